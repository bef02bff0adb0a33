# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/spelling/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                               # G
 # datelines and foreign places
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G* (row عمان, written عمّان)
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                          # G (row لامبيدوسا; also written لامبيدوزا)
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                              # G
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                      # G
 # Tripoli and the road west
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "abu_sitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),               # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Zawiya"),                                # G
 "refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Hurshah"),                            # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G (row مجمع مليتة; also written مليتة)
 "jmail": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                              # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara Municipality"),           # G* (town row, written بلدية زوارة)
 "zuwara_port": ("crossing", "LY", 32.92200, 12.12000, "Port of Zuwara"),               # G
 "zuwara_airport": ("airport", "LY", 32.95230, 12.01550, "Zwara Airport"),              # G
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                # G
 "abu_kammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                      # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),      # G* (row منفذ رأس جدير, written معبر رأس جدير)
 "border_ly_tn": ("region", "LY", 33.05, 11.70, "Libya-Tunisia border (Libyan side, coast)"),  # K
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 # inland: Jafara and the Western Mountain
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "bir_ghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                     # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 # vague areas
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),          # G
 "west_region": ("region", "LY", 30.79644, 14.18653, "Tripolitania (western region)"),  # G (row إقليم طرابلس, found by المنطقة الغربية)
 "western_mountain": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G
}

TRAPS = {
 "qnn1": ["نيروز الإخبارية", "المنطقة العسكرية الساحل الغربي", "قوة الإسناد الأولى الزاوية", "شركة الزاوية لتكرير النفط",
          "عماد الطرابلسي", "حشر الحكومة في الزاوية", "الليبية"],
 "qnn2": ["قناة الوطن", "قوة حماية صبراتة", "مفتاح الزنتاني", "منظمة الهجرة الدولية", "الليبية"],
 "qnn3": ["أساداكا نيوز", "شركة إيني الإيطالية", "المؤسسة الوطنية للنفط", "الإيطالي", "إيطالية", "الليبي", "الأوروبيين"],
 "qnn4": ["ميدل إيست مونيتور", "المنطقة العسكرية الغربية", "سالم النالوتي", "الليبي"],
 "qnn5": ["ريبورتاج", "القوة المشتركة زوارة", "جهاز حرس الحدود", "لن ينسوا الجميل", "الجانب التونسي"],
}

PHEN = {
 "qnn1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "border_phrase", "coverage_oil", "coverage_neighbours", "countries"],
 "qnn2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area"],
 "qnn3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qnn4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qnn5": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qnn1": [
  mv("reinforce", "reported", "GNA forces", ["طرابلس"], ["الزاوية", "مصفاة الزاوية"], ["جنزور", "الماية"]),
  mv("deploy", "planned", "GNA forces", ["صرمان"], ["الحرشة"]),
  mv("withdraw", "denied", "GNA forces", ["مصفاة الزاوية"], ["بئر الغنم"]),
  mv("advance", "conditional", "Zintan forces", ["الزنتان"], ["بئر الغنم"]),
 ],
 "qnn2": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["صبراتة"], ["الزاوية", "صرمان"]),
  mv("withdraw", "conditional", "GNA forces", ["صبراتة"], ["طرابلس"]),
  mv("redeploy", "planned", "GNA forces", ["نالوت"], ["العجيلات"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["صرمان"]),
 ],
 "qnn3": [
  mv("deploy", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("naval_landing", "planned", "GNA forces", ["ميناء طرابلس"], ["مجمع مليتة"]),
  mv("reinforce", "conditional", "GNA forces", ["طرابلس"], ["زوارة"]),
  mv("advance", "denied", "Foreign fighters", [], ["أبو كماش"], ["الحدود مع تونس"]),
 ],
 "qnn4": [
  mv("mobilise", "reported", None, [], ["الحرشة", "صرمان"]),
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["جنزور"]),
  mv("redeploy", "planned", "GNA forces", ["العزيزية"], ["الماية"]),
  mv("advance", "conditional", "GNA forces", ["نالوت"], ["الجميل"]),
  mv("shipment", "denied", "GNA forces", ["قاعدة الوطية"], ["صرمان"]),
 ],
 "qnn5": [
  mv("airlift", "reported", "GNA forces", ["مطار معيتيقة"], ["مطار زوارة"]),
  mv("deploy", "reported", "GNA forces", ["مطار زوارة"], ["معبر رأس جدير"], ["زلطن"]),
  mv("deploy", "planned", "GNA forces", [], ["أبو كماش"]),
  mv("withdraw", "conditional", "GNA forces", ["معبر رأس جدير"], ["زوارة"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["الجميل"]),
 ],
}

NOTES = {
 "qnn1": "Jordanian news site (Nayrouz) from Amman retelling Zawiya's local pages on clashes by the refinery: a GNU "
         "chief-of-staff reinforcement Tripoli→Zawiya and the refinery gates via Janzour and Al-Maya, a planned Western "
         "Coast unit Surman→Al-Harsha, the First Support Force's denied pull-out refinery→Bir al-Ghanam and a Zintani "
         "commander's conditional advance Zintan→Bir al-Ghanam; the road closure, travellers between Tripoli and the border "
         "with Tunisia (road via Al-Aziziyah), families fleeing Al-Harsha→Surman/Janzour, the refinery company, «حشر "
         "الحكومة في الزاوية» (cornered) and Sabratha/Surman elders are not movements or movement places.",
 "qnn2": "Libyan TV site (Al Watan TV) from Tripoli: a Presidential Council force Tripoli→Sabratha via Zawiya and Surman, "
         "its conditional return Sabratha→Tripoli («لن تعود ... إلا إذا»), a planned Nalut battalion Nalut→Al-Ajaylat and "
         "the Zintan military council's denial of a column Zintan→Surman; Tripoli as government («طرابلس ترفض»), the "
         "western region, the 2017 fighting, the road Sabratha–Al-Jmail (purpose of the planned move) and a migrants' "
         "boat Sabratha→Lampedusa returned to Tripoli port are not movements or movement places.",
 "qnn3": "Italian Arabic-language agency (Assadakah News) from Rome: navy patrol boats Abu Sitta naval base→Zuwara port, a "
         "planned marine landing Tripoli port→Mellitah complex, a conditional reinforcement Tripoli→Zuwara (Sabratha only "
         "in the condition) and the Zuwara mayor's denial of foreign fighters entering Abu Kammash across the border with "
         "Tunisia (via); migrants Zuwara/Abu Kammash→Lampedusa→Sicily, Malta's request, Rome, Italy, Libya and the "
         "diplomats' «من مليتة ... في لامبيدوزا» are not movements or movement places.",
 "qnn4": "Pan-Arab site (Middle East Monitor) from London: local armed groups massing in Al-Harsha and on the edge of "
         "Surman (actor null), Misrata brigades' reinforcements Misrata→Janzour, a planned battalion Al-Aziziyah→Al-Maya "
         "(«دون الدخول إلى الزاوية» is not a destination), Nalut brigades' conditional advance Nalut→Al-Jmail (Ras Ajdir "
         "only in the condition) and a denied ammunition-and-drone shipment Al-Watiya base→Surman; fuel smuggled to "
         "Tunisia, migrants' boats, Tripoli as government, the 2023/2025 truces and Zuwara's beaches are background.",
 "qnn5": "Libyan news site (Reportage) retelling the Zuwara municipality's statement: a military transport plane Mitiga "
         "airport→Zuwara airport with border guards, who went on by road Zuwara airport→Ras Ajdir crossing via Zaltan, a "
         "planned company to Abu Kammash, the Zuwara joint force's conditional pull-back Ras Ajdir crossing→Zuwara («فور "
         "اكتمال») and a denied Zintan column Zintan→Al-Jmail; the municipality as speaker, migrants' boats stopped at "
         "Abu Kammash (bound for Lampedusa), the authorities in Tunisia, Ben Gardane's traders and «لن ينسوا الجميل» "
         "are not movements or movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qnn1", "qnn2", "qnn3", "qnn4", "qnn5")
