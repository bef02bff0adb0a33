# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                               # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                  # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                                # G (country row)
 # cities outside Libya
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                       # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                               # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                          # G
 # Tripoli and its neighbourhoods / suburbs
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "south_tripoli": ("region", "LY", 32.80, 13.20, "Southern Tripoli"),                      # K (representative point)
 "souq": ("town", "LY", 32.88300, 13.23300, "Souq al Jum'aa"),                             # G
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                                # G
 "ainzara_mun": ("district", "LY", 32.81330, 13.26970, "Ain Zara municipality"),           # G* (town row)
 "abusalim": ("town", "LY", 32.855, 13.190, "Abu Salim"),                                  # K (gazetteer row = Tripoli centroid)
 "abusalim_mun": ("district", "LY", 32.855, 13.190, "Abu Salim municipality"),             # K (as abusalim)
 "salahdin": ("town", "LY", 32.820, 13.205, "Salah al-Din (Tripoli)"),                     # K (gazetteer row = Tripoli centroid)
 "hadba": ("town", "LY", 32.845, 13.215, "Al Hadba al Khadra"),                            # K (gazetteer row = Tripoli centroid)
 "fornaj": ("town", "LY", 32.855, 13.225, "Al Fornaj"),                                    # K (gazetteer row = Tripoli centroid)
 "wadirabie": ("town", "LY", 32.77, 13.27, "Wadi al Rabie"),                               # K (gazetteer row = Tripoli centroid)
 "gargaresh": ("town", "LY", 32.865, 13.110, "Gargaresh"),                                 # K (gazetteer row = Tripoli centroid)
 "siraj": ("town", "LY", 32.845, 13.075, "Al Siraj (Tripoli)"),                            # K (gazetteer row = Tripoli centroid)
 "airport_rd": ("region", "LY", 32.79, 13.17, "Airport Road, Tripoli"),                    # K (not in gazetteer)
 "furusiya": ("region", "LY", 32.835, 13.180, "Al-Furusiya bridge, Tripoli"),              # K (not in gazetteer; low confidence)
 "tekbali": ("base", "LY", 32.81, 13.20, "Tekbali Camp (Tripoli)"),                        # K (gazetteer row = Tripoli centroid)
 "yarmouk": ("base", "LY", 32.765, 13.195, "Yarmouk Camp (Tripoli)"),                      # K (gazetteer row = Tripoli centroid)
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                        # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                     # G
 "tripoli_port": ("crossing", "LY", 32.903, 13.180, "Port of Tripoli"),                    # K (not in gazetteer)
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                   # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzur"),                                  # G
 "qasr": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                           # G
 # west of Tripoli
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                   # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                                # G
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"), # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),       # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),          # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),                # G* (row الحدود الليبية التونسية)
 "border_tnside": ("region", "TN", 33.10, 11.40, "Tunisia's border with Libya (Tunisian side)"),  # K
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),             # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),          # G* (row إقليم طرابلس)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                   # G
 # Misrata
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                 # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
}

GNA, MIS, ZIN, TUN = "GNA forces", "Misrata forces", "Zintan forces", "Tunisian army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "gq1": ["فرانس 24", "الليبية", "جهاز دعم الاستقرار", "نادي الفروسية", "عادل الجنزوري", "الجيش التونسي"],
 "gq2": ["مونت كارلو الدولية", "الليبية", "خالد الإدريسي", "المجلس العسكري الزنتان", "عمر الزنتاني", "الاتحاد الليبي لكرة القدم", "الأهلي طرابلس", "الخطوط التونسية"],
 "gq3": ["قناة التناصح", "منطقة طرابلس العسكرية", "كتيبة فرسان جنزور", "القوة المشتركة مصراتة", "من هذه الزاوية"],
 "gq4": ["لوسيل", "الليبية", "قوة الردع الخاصة", "وكالة الأنباء الفرنسية", "الزاوية الشمالية الشرقية",
         "سالم الإدريسي", "القطرية"],
 "gq5": ["الأنباء", "الليبية", "جهاز دعم الاستقرار", "صلاح الدين الترهوني", "كتائب الزنتان"],
}

PHEN = {
 "gq1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "gq2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "town_vs_district", "coverage_bases"],
 "gq3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "ambiguity_tripoli",
         "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "gq4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil", "countries"],
 "gq5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases",
         "countries"],
}

MOVES = {
 "gq1": [
  mv("advance", "reported", GNA, ["معسكر التكبالي"], ["كوبري الفروسية"], ["طريق المطار"]),
  mv("withdraw", "reported", GNA, ["كوبري الفروسية"], ["أبوسليم"]),
  mv("withdraw", "reported", GNA, [], ["معسكر التكبالي"]),
  mv("naval_landing", "planned", MIS, ["مصراتة"], ["ميناء طرابلس"]),
  mv("deploy", "planned", MIS, [], ["طريق المطار", "كوبري الفروسية"]),
  mv("reinforce", "denied", GNA, ["الهضبة"], ["طريق المطار"]),
  mv("advance", "conditional", GNA, [], ["أبوسليم"]),
  mv("reinforce", "reported", TUN, ["مدنين"], ["بن قردان"]),
 ],
 "gq2": [
  mv("mobilise", "reported", None, [], ["الفرناج"]),
  mv("deploy", "reported", GNA, ["معسكر اليرموك"], ["عين زارة", "صلاح الدين"]),
  mv("shipment", "reported", GNA, ["معسكر اليرموك"], ["عين زارة"]),
  mv("withdraw", "reported", None, ["صلاح الدين"], ["وادي الربيع"]),
  mv("deploy", "planned", GNA, [], ["عين زارة"]),
  mv("reinforce", "conditional", GNA, ["معسكر التكبالي"], ["عين زارة"]),
  mv("reinforce", "denied", ZIN, ["الزنتان"], ["طريق المطار"]),
 ],
 "gq3": [
  mv("deploy", "reported", GNA, ["معسكر اليرموك"], ["جنزور"], ["قرقارش", "السراج"]),
  mv("withdraw", "reported", None, ["جنزور"], ["الماية"]),
  mv("deploy", "planned", GNA, [], ["جنزور"]),
  mv("advance", "conditional", None, ["الزاوية"], ["جنزور"]),
  mv("reinforce", "denied", MIS, ["مصراتة"], ["جنزور"]),
 ],
 "gq4": [
  mv("reinforce", "reported", GNA, ["سوق الجمعة"], ["مطار معيتيقة"]),
  mv("withdraw", "reported", None, ["مطار معيتيقة"], ["تاجوراء"]),
  mv("redeploy", "planned", GNA, ["معسكر التكبالي"], ["تاجوراء", "سوق الجمعة"]),
  mv("advance", "conditional", GNA, [], ["تاجوراء"]),
  mv("airlift", "denied", GNA, ["مصراتة"], ["قاعدة معيتيقة"]),
  mv("shipment", "denied", None, [], ["ميناء طرابلس"]),
 ],
 "gq5": [
  mv("withdraw", "reported", GNA, ["الهضبة"], ["معسكر التكبالي"]),
  mv("redeploy", "reported", GNA, ["أبو سليم"], ["قصر بن غشير"]),
  mv("deploy", "planned", GNA, [], ["كوبري الفروسية", "أبوسليم"]),
  mv("airlift", "reported", GNA, ["مطار مصراتة"], ["معيتيقة"]),
  mv("naval_landing", "planned", GNA, [], ["ميناء طرابلس"]),
  mv("mobilise", "denied", GNA, [], ["جنزور"]),
  mv("deploy", "conditional", ZIN, ["الزنتان"], ["طريق المطار"]),
 ],
}

NOTES = {
 "gq1": "France 24 style: night clashes at the Al-Furusiya bridge; 444 Brigade advance Tekbali camp→bridge via the "
        "airport road; SSA pull-back to Abu Salim and part of the 444 column back to «المعسكر» (anaphora) under a "
        "truce; a planned Misrata neutral force by sea to Tripoli port, then deployed on the airport road/bridge "
        "(two movements); denied SSA reinforcement Hadba→airport road; conditional 444 advance on Abu Salim; "
        "Tunisian army reinforcement Medenine→Ben Gardane (the border phrase only locates Ben Gardane).",
 "gq2": "Monte Carlo Doualiya style: Ain Zara clashes; a reported massing in Al-Fornaj (flashback); 111 Brigade "
        "deployed Yarmouk camp→Ain Zara and the road to Salah al-Din, then ammunition trucks from «المعسكر نفسه»; "
        "a local group's pull-back Salah al-Din→Wadi al-Rabie; planned Interior patrols in Ain Zara; conditional "
        "reinforcement from Tekbali camp («ما لم»); Zintan's denied move towards the airport road. Wounded to the "
        "Abu Salim hospital, flights Tunis–Mitiga and a football match are not movements.",
 "gq3": "Al-Tanasuh TV style: a Tripoli Military Region column Yarmouk camp→Janzour via Gargaresh and Al-Siraj; "
        "Brigade 55's pull-back from Janzour («البوابة الغربية للمدينة») to Al-Maya; a planned military-police "
        "company at Janzour's gates; a Zawiya commander's conditional advance on Janzour; the Misrata joint "
        "force's denial. Fuel trucks from the Zawiya refinery and families heading to Ras Ajdir are civilian flows.",
 "gq4": "Lusail style (agency copy, Doha): Radaa reinforcement Souq al-Jumaa→Mitiga airport («محيط المطار»), "
        "Tajura groups' pull-back from the airport wall into Tajura, a planned joint-force repositioning Tekbali "
        "camp→the coast road between Tajura and Souq al-Jumaa, Radaa's conditional entry into Tajura, a denied "
        "airlift Misrata→Mitiga base and a denied ammunition shipment to Tripoli port (no owner named). Flights "
        "diverted to Misrata airport and gas exports Mellitah→Italy are not movements.",
 "gq5": "Al-Anbaa (Kuwait) style: truce implementation — 444 Brigade pull-back Hadba→Tekbali camp, SSA heavy "
        "vehicles moved Abu Salim→Qasr Bin Ghashir, a planned joint force at the Al-Furusiya bridge and Abu Salim, "
        "its first batch flown Misrata airport→Mitiga and a second due by sea at Tripoli port; a denied massing in "
        "Janzour; a Zintan commander's conditional force to the airport road. Abu Salim spelled three ways "
        "(أبو سليم، أبوسليم، بوسليم).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("gq1", "gq2", "gq3", "gq4", "gq5")
