# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README); F51 = value quoted in fresh51's README.
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                               # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                  # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                                  # G
 # capitals and foreign places
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                       # G
 "valletta": ("city", "MT", 35.89968, 14.51480, "Valletta"),                               # G
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                             # G (row spelled لامبيدوسا)
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                                 # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                          # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                               # G (town row, not the governorate)
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                      # G* (row جنوب تونس)
 "border_tnside": ("region", "TN", 33.05, 11.45, "Tunisia-Libya border (Tunisian side, Ben Gardane)"),  # K
 "border_lyside": ("region", "LY", 32.85, 11.55, "Libya-Tunisia border (Libyan side, Al-Assa)"),        # K
 # Zawiya and the road from Tripoli
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                                # G
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"), # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzur"),                                  # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                   # G
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Hurshah"),                               # G
 "judaim": ("town", "LY", 32.78000, 12.80000, "Judaim"),                                   # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                   # G
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),             # G
 # Sabratha, Al-Ajaylat, Zintan
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                               # G
 "sabratha_mun": ("district", "LY", 32.79335, 12.48845, "Sabratha municipality"),          # G* (town row)
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                              # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                   # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),       # G
 # Zuwara and the border strip
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                  # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),              # G* (town row)
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port"),                     # F51 (GeoNames 2208423)
 "zuwara_airport": ("airport", "LY", 32.95230, 12.01550, "Zwara Airport"),                 # G
 "jmail": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                                 # G
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                   # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                         # G
 "assa": ("town", "LY", 32.80, 11.62, "Al Assah"),                                         # K
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),          # G (row منفذ رأس جدير)
 # bases
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                          # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                       # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                   # G
}

TRAPS = {
 "pg1": ["سبوتنيك", "عملية الساحل الآمن", "الطرابلسي", "السنوات الخمس", "الليبية"],
 "pg2": ["موزاييك", "وكالة تونس إفريقيا للأنباء", "محمد الطرابلسي", "الليبي", "ليبية"],
 "pg3": ["فرانس 24", "المنطقة العسكرية الساحل الغربي", "ما ادري", "لترد الجميل", "الرومانية", "الأوروبية"],
 "pg4": ["يورونيوز", "شركة مليتة للنفط والغاز", "تايمز أوف مالطا", "الإيطالية", "الليبية", "الليبي"],
 "pg5": ["بوابة إفريقيا الإخبارية", "جهاز حرس الحدود", "الإدريسي", "السنوات الخمس", "ليبية", "تونسية"],
}

PHEN = {
 "pg1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil", "countries"],
 "pg2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "pg3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "town_vs_district", "coverage_oil", "countries"],
 "pg4": ["clitics", "spelling", "multiword", "media_trap", "nisba", "coverage_bases", "coverage_oil",
         "coverage_crossings", "countries"],
 "pg5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "ambiguity_country_capital", "border_phrase", "town_vs_district",
         "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


GNA = "GNA forces"
MOVES = {
 "pg1": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["الزاوية", "مصفاة الزاوية", "الحرشة"], ["جنزور", "الماية"]),
  mv("airlift", "reported", GNA, ["قاعدة معيتيقة"], ["قاعدة الوطية"]),
  mv("advance", "planned", GNA, [], ["صرمان", "صبراتة"]),
  mv("reinforce", "conditional", GNA, ["قاعدة الوطية"], ["الزاوية"]),
  mv("withdraw", "denied", None, ["الحرشة"], ["جودائم"]),
 ],
 "pg2": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان", "الحدود مع ليبيا"]),
  mv("deploy", "reported", GNA, ["طرابلس"], ["منفذ رأس اجدير"], ["زواره"]),
  mv("shipment", "planned", GNA, [], ["منفذ رأس اجدير"]),
  mv("mobilise", "denied", None, [], ["أبو كماش"]),
  mv("withdraw", "conditional", "Tunisian army", ["بن قردان"], ["مدنين"]),
 ],
 "pg3": [
  mv("advance", "reported", GNA, ["العجيلات"], ["صبراتة"]),
  mv("withdraw", "reported", None, ["صبراته"], ["الجميل"]),
  mv("deploy", "planned", GNA, [], ["مجمع مليتة"]),
  mv("mobilise", "conditional", None, [], ["الجميل"]),
  mv("reinforce", "denied", "Zintan forces", ["الزنتان"], ["العجيلات"]),
 ],
 "pg4": [
  mv("naval_landing", "reported", GNA, ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("redeploy", "reported", GNA, ["زوارة"], ["مجمع مليتة"]),
  mv("airlift", "planned", GNA, ["قاعدة معيتيقة"], ["مطار زوارة"]),
  mv("shipment", "denied", None, ["مالطا"], ["زوارة"]),
  mv("withdraw", "conditional", None, ["مجمع مليته"], ["زوارة"]),
 ],
 "pg5": [
  mv("deploy", "reported", GNA, ["الجميل"], ["العسة", "الحدود مع تونس"]),
  mv("shipment", "reported", GNA, ["طرابلس"], ["زلطن"]),
  mv("redeploy", "planned", GNA, ["العسة"], ["معبر رأس اجدير"]),
  mv("naval_landing", "denied", GNA, [], ["ابوكماش"]),
  mv("mobilise", "conditional", None, [], ["العسة"]),
 ],
}

NOTES = {
 "pg1": ("Sputnik Arabic, Tripoli: a GNU chief-of-staff column Tripoli→Zawiya (refinery, Al-Harsha) via Janzour and "
         "Al-Maya; a special-forces airlift Mitiga→Al-Watiya; a planned advance on Surman and Sabratha; a conditional "
         "Al-Watiya→Zawiya reinforcement («في حال»); a local brigade's denied pull-out Al-Harsha→Judaim. Traps: the "
         "spokesman «الطرابلسي», «السنوات الخمس», the operation name; the fuel sent by sea to Malta/Italy is not a move."),
 "pg2": ("Mosaique FM, Ben Gardane: Tunisian army reinforcements Medenine→Ben Gardane/the border with Libya; a GNU "
         "interior force Tripoli («العاصمة الليبية»)→Ras Ajdir via Zuwara (زواره); a planned equipment shipment to the "
         "crossing («المنفذ»); Zuwara council denies massing in Abu Kammash; the extra units return to Medenine «متى» "
         "calm returns (conditional). Tunis vs Tunisia; the trader «محمد الطرابلسي» is a trap."),
 "pg3": ("France 24 Arabic, Sabratha: a Western Coast military zone force Al-Ajaylat→Sabratha; gunmen pull back "
         "Sabratha (صبراته)→Al-Jmail; a planned permanent force for the Mellitah complex; a conditional «النفير» in "
         "Al-Jmail («إذا»); a Zintan official denies a column Zintan→Al-Ajaylat. Traps «ما ادري», «لترد الجميل», "
         "«الرومانية»; Sabratha municipality vs town; Tripoli is only a distance reference."),
 "pg4": ("Euronews Arabic, Rome: Libyan navy boats land marines at Zuwara port from Abu Sitta naval base; a facilities-"
         "guard company Zuwara→Mellitah complex; a planned special-forces airlift Mitiga→Zuwara airport (Abu Kammash is "
         "only a purpose); Valletta denies an arms shipment Malta→Zuwara; Zuwara brigades «لن ينسحبوا … إلا إذا» "
         "(conditional withdraw Mellitah→Zuwara). Migrant boats to Lampedusa and gas to Sicily are not moves."),
 "pg5": ("Afrigate News, Zuwara: a GNU border-guard force Al-Jmail→Al-Assa/the border with Tunisia; an ammunition and "
         "armour shipment Tripoli→Zaltan; a planned redeploy Al-Assa→Ras Ajdir; Abu Kammash (ابوكماش) denies a naval "
         "landing on its beach; notables threaten to mass in Al-Assa «إذا». Fuel tankers heading to Tunisia are not "
         "a move; «الإدريسي» and «السنوات الخمس» are traps; Tunis vs Tunisia; Zuwara municipality vs town."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("pg1", "pg2", "pg3", "pg4", "pg5")
