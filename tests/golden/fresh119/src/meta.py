# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                              # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                                 # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                 # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                             # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                                 # G
 # cities and towns
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                   # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                    # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                               # G
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Hurshah"),                              # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzur"),                                 # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                  # G
 "judaim": ("town", "LY", 32.785, 12.795, "Judaim (Jodaim)"),                             # K
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                  # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                              # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                             # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                               # G
 "regdalin": ("town", "LY", 32.88718, 11.98729, "Regdalin"),                              # G* (row سيدي بن زينة)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                  # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                  # G
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                               # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabaa"),                               # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                                # G
 "kikla": ("town", "LY", 32.08333, 12.70000, "Kiklah"),                                   # G
 "yafran": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                  # G
 "zahra": ("town", "LY", 32.67889, 12.87327, "Az Zahra"),                                 # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                            # G
 "bir_ghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                       # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                         # G
 # municipalities (district, on the town point)
 "zawiya_mun": ("district", "LY", 32.75710, 12.72764, "Az Zawiya municipality"),          # G* (city row)
 "maya_mun": ("district", "LY", 32.80194, 12.87917, "Al Mayah municipality"),             # G* (town row)
 "surman_mun": ("district", "LY", 32.75668, 12.57159, "Surman municipality"),             # G* (town row)
 "gharyan_mun": ("district", "LY", 32.17222, 13.02028, "Gharyan municipality"),           # G* (town row)
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),             # G* (town row)
 # regions
 "warshefana": ("region", "LY", 32.51012, 13.02794, "Warshefana"),                        # G* (Al Jafara district row, lists ورشفانة)
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),             # G
 "jabal_gharbi": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"), # G
 "western_region": ("region", "LY", 30.79644, 14.18653, "Western region (Tripolitania)"),  # G* (row إقليم طرابلس, lists المنطقة الغربية)
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),          # G* (row إقليم طرابلس, lists غرب ليبيا)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "border_tnside": ("region", "TN", 33.00, 11.45, "Tunisia-Libya border (Tunisian side)"), # K
 # facilities
 "zawiya_ref": ("oilfield", "LY", 32.775, 12.705, "Zawiya oil refinery"),                  # K
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),       # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                   # G
 "camp27": ("base", "LY", 32.81868, 13.01727, "Camp 27 (Kilometre 27)"),                  # G
 "mitiga_ap": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                     # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                       # G
 "zuwara_ap": ("airport", "LY", 32.95230, 12.01550, "Zwara Airport"),                      # G
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port"),                     # K (value from fresh51 README table)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),          # G* (row منفذ رأس جدير)
}

TRAPS = {
 "dq1": ["عربي بوست", "عملية درع الساحل الغربي", "من هذه الزاوية", "شارع طرابلس"],
 "dq2": ["الشروق", "غرفة عمليات المنطقة الغربية", "لا أدري", "الليبية"],
 "dq3": ["الشارع المغاربي", "الليبية", "عسكري ليبي", "عسكري تونسي", "الجانب التونسي"],
 "dq4": ["القبس", "الصادق الغرياني", "القوات الزنتانية", "رتل غرياني", "لا ادري"],
 "dq5": ["الميادين", "قوة دعم المديريات بالمنطقة الغربية", "عبد الناصر الزنتاني", "رد الجميل", "الليبيين",
         "اللبنانية"],
}

PHEN = {
 "dq1": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "ambiguity_tripoli",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "dq2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_idri",
         "vague_area", "town_vs_district", "coverage_bases"],
 "dq3": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_country_capital", "border_phrase",
         "town_vs_district", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "dq4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_idri", "vague_area",
         "town_vs_district", "coverage_bases"],
 "dq5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


GNA, ZIN, MIS, TUN = "GNA forces", "Zintan forces", "Misrata forces", "Tunisian army"

MOVES = {
 "dq1": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["مصفاة الزاوية", "الحرشة"], ["جنزور", "الماية"]),
  mv("naval_landing", "reported", GNA, ["قاعدة أبوستة البحرية"], ["مصفاة الزاوية"]),
  mv("deploy", "planned", GNA, [], ["صرمان", "جودائم"]),
  mv("reinforce", "denied", ZIN, ["الزنتان"], ["الزاوية"]),
  mv("withdraw", "conditional", None, ["مصفاة الزاوية"], ["الحرشة"]),
  mv("withdraw", "conditional", GNA, [], ["طرابلس"]),
 ],
 "dq2": [
  mv("advance", "reported", GNA, ["معسكر 27"], ["جودائم", "الماية"]),
  mv("withdraw", "reported", None, ["الماية"], ["الزهراء", "العزيزية"]),
  mv("mobilise", "planned", GNA, [], ["العزيزية", "بئر الغنم"]),
  mv("withdraw", "conditional", GNA, ["جودائم"], ["معسكر 27"]),
  mv("reinforce", "denied", MIS, ["مصراتة"], ["الماية"]),
 ],
 "dq3": [
  mv("deploy", "reported", GNA, ["الزاوية"], ["صبراته"], ["صرمان"]),
  mv("redeploy", "reported", None, ["صبراتة"], ["مجمع مليتة"]),
  mv("naval_landing", "planned", GNA, ["طرابلس"], ["ميناء زوارة"]),
  mv("withdraw", "denied", GNA, ["صرمان"], ["العجيلات"]),
  mv("reinforce", "conditional", TUN, [], ["بن قردان", "الحدود مع ليبيا"]),
 ],
 "dq4": [
  mv("mobilise", "reported", ZIN, ["الزنتان", "الرجبان"], ["الاصابعة"]),
  mv("shipment", "reported", GNA, ["طرابلس"], ["غريان"], ["العزيزية"]),
  mv("airlift", "reported", GNA, ["مطار معيتيقة"], ["قاعدة الوطية"]),
  mv("redeploy", "planned", GNA, ["غريان"], ["ككلة"]),
  mv("withdraw", "conditional", ZIN, ["الأصابعة"], ["الزنتان"]),
  mv("advance", "denied", None, ["غريان"], ["الأصابعة"]),
 ],
 "dq5": [
  mv("airlift", "reported", GNA, ["قاعدة معيتيقة"], ["مطار زوارة"]),
  mv("shipment", "reported", GNA, ["طرابلس"], ["العجيلات"]),
  mv("advance", "planned", GNA, [], ["الجميل", "رقدالين"]),
  mv("mobilise", "conditional", None, [], ["زوارة"]),
  mv("naval_landing", "denied", None, [], ["ميناء زوارة"]),
 ],
}

NOTES = {
 "dq1": "Zawiya fuel-smuggling crackdown (Arabi Post, Zawiya): SSA force Tripoli→Zawiya refinery/Al-Harsha via Janzour "
        "and Al-Maya; coast-guard landing from Abu Sitta naval base at the refinery shore; planned security-directorate "
        "patrols for Surman and Jodaim; the municipality denies a Zintan column; elders' ceasefire terms with a conditional "
        "local pull-back to Al-Harsha and a conditional («لن…إلا إذا») return of the force to Tripoli. Traps: operation "
        "name containing الساحل الغربي, «من هذه الزاوية», «شارع طرابلس»; مديرية أمن الزاوية keeps الزاوية as gold.",
 "dq2": "Warshefana clashes at Al-Maya (Al-Shorouk, Tripoli): 444 Brigade advance Camp 27→Jodaim/Al-Maya; Warshefana "
        "gunmen pull back Al-Maya→Az-Zahra/Al-Aziziyah; planned massing at Al-Aziziyah and Bir al-Ghanam; elders' terms and "
        "the brigade's «فور تسليم…وليس قبل ذلك» return Jodaim→Camp 27 (conditional); Al-Maya municipality denies a Misrata "
        "column. Spelling ورشفانه; «لا أدري» (Idri trap); غرفة عمليات المنطقة الغربية (trap); غرب ليبيا one region.",
 "dq3": "Coastal-road columns Surman–Sabratha seen from Tunis (Acharaa Al Maghrebi, Tunis): GNA column Zawiya→Sabratha "
        "via Surman; the Mellitah guard battalion repositions Sabratha→Mellitah complex; planned marine landing "
        "Tripoli→Zuwara port; Surman municipality denies a pull-out Surman→Al-Ajaylat; Tunisian army's conditional "
        "reinforcement at Ben Gardane and the border. Tunis dateline (city) vs Tunisia (country); صبراته spelling.",
 "dq4": "Zintan–Gharyan tension over Al-Asabaa (Al-Qabas, Tripoli): Zintan/Rujban forces mass at Al-Asabaa; GNA "
        "ammunition trucks Tripoli→Gharyan via Al-Aziziyah and a Mitiga→Al-Watiya flight; planned Gharyan→Kikla "
        "separation battalion; elders' «بشرط أن» Zintan pull-back Al-Asabaa→Zintan; Gharyan municipality denies an "
        "advance on Al-Asabaa. Families leaving for Kikla/Yafran are civilians. Traps: الصادق الغرياني, القوات الزنتانية, "
        "رتل غرياني, «لا ادري». Spellings الاصابعة, زنتان.",
 "dq5": "Fuel-smuggling campaign Zuwara–Al-Jumayl (Al Mayadeen, Tripoli): Mitiga base→Zuwara airport airlift; trucks "
        "Tripoli→Al-Ajaylat; planned advance to Al-Jumayl and Regdalin (the Tunisian border is a purpose, not a "
        "destination); Zuwara elders' conditional gathering at the town's gate; Zuwara municipality denies a naval "
        "landing at Zuwara port. Tripoli (LY) vs طرابلس اللبنانية; Tunis (ministry) vs Tunisia (border); «رد الجميل» trap.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("dq1", "dq2", "dq3", "dq4", "dq5")
