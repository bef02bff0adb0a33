# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "qatar": ("country", "QA", 25.36383, 51.13780, "Qatar"),                                # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                              # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 # cities and facilities outside the mountain
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "tripoli_port": ("crossing", "LY", 32.905, 13.190, "Port of Tripoli"),                  # K
 "tripoli_airport": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),  # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                              # G
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),                # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G (row قاعدة الوطية)
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                               # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                          # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "jufra": ("district", "LY", 29.12, 15.95, "Al Jufra"),                                  # K (point at Hun, README rule)
 # Jafara plain
 "jafara_plain": ("region", "LY", 32.45, 12.80, "Jafara plain"),                         # K
 "jafara": ("district", "LY", 32.51012, 13.02794, "Al Jafara"),                          # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                           # G
 "swani": ("town", "LY", 32.71667, 13.06667, "As Sawani"),                               # G
 "bir_ghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                      # G (row بئر الغنم)
 "zahra": ("town", "LY", 32.67889, 12.87327, "Az Zahra"),                                # G
 # western mountain
 "jabal_gharbi": ("region", "LY", 32.00, 12.60, "Western Mountain (Jabal Nafusa)"),      # K
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                               # G
 "gharyan_mun": ("district", "LY", 32.17222, 13.02028, "Gharyan municipality"),          # G* (town row)
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabaa"),                              # G
 "asabaa_mun": ("district", "LY", 32.03333, 12.86667, "Al Asabaa municipality"),         # G* (town row)
 "kikla": ("town", "LY", 32.08333, 12.70000, "Kikla"),                                   # G
 "qawalish": ("town", "LY", 31.99972, 12.63000, "Al-Qawalish"),                          # G
 "yafran": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                 # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "rayayna": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                          # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),              # G* (row الحدود الليبية التونسية)
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G (row منفذ وازن)
 # Mizda and the road south
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                  # G
 "mizda_mun": ("district", "LY", 31.44934, 12.98530, "Mizdah municipality"),             # G* (town row)
 "qaryat": ("town", "LY", 30.38333, 13.58333, "Al Qaryat"),                              # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 "hamada_field": ("oilfield", "LY", 29.53110, 12.94370, "Hamada oil field"),             # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                # G* (row الحدود الليبية النيجرية)
}

TRAPS = {
 "uz1": ["ليبيا برس", "شارع طرابلس", "المجلس العسكري الزنتان", "عمر الزنتاني", "الجيش الوطني الليبي",
         "عبد الرزاق الغرياني"],
 "uz2": ["الجريدة", "طوفان الكرامة", "بركان الغضب", "قوة حماية طرابلس", "الإدريسي", "تركية", "الليبية"],
 "uz3": ["قنا", "الليبية", "أصابع الاتهام"],
 "uz4": ["ليبيا الخبر", "ما ادري"],
 "uz5": ["عمون", "المنطقة العسكرية الساحل الغربي", "السفارة التركية", "بركان الغضب", "فاطمة الزهراء الورشفاني",
         "السواني المروية"],
}

PHEN = {
 "uz1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "town_vs_district", "coverage_oil"],
 "uz2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_crossings",
         "countries"],
 "uz3": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
         "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "uz4": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "ambiguity_idri", "vague_area",
         "border_phrase", "town_vs_district", "coverage_oil", "coverage_neighbours", "countries"],
 "uz5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_crossings"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


GNA, LNA, ZIN = "GNA forces", "Libyan National Army", "Zintan forces"

MOVES = {
 "uz1": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["غريان"], ["العزيزية"]),
  mv("withdraw", "conditional", GNA, ["غريان"], ["طرابلس"]),
  mv("deploy", "planned", GNA, [], ["الاصابعة"]),
  mv("mobilise", "denied", ZIN, ["الزنتان"], ["الرياينة"]),
  mv("advance", "reported", LNA, [], ["غريان"]),
  mv("withdraw", "reported", LNA, ["غريان"], []),
 ],
 "uz2": [
  mv("advance", "reported", LNA, ["قاعدة الجفرة الجوية"], ["غريان"], ["الشويرف", "مزدة"]),
  mv("withdraw", "reported", "Wagner Group", [], ["بني وليد"]),
  mv("airlift", "reported", "Wagner Group", ["بني وليد"], ["الجفرة"]),
  mv("naval_landing", "reported", "Turkish armed forces", [], ["ميناء طرابلس"]),
  mv("redeploy", "reported", GNA, ["ترهونة"], ["مزدة"]),
  mv("deploy", "planned", GNA, [], ["القريات"]),
  mv("advance", "conditional", ZIN, ["الزنتان"], ["مزدة"]),
  mv("advance", "denied", LNA, ["الشويرف"], ["مزدة"]),
 ],
 "uz3": [
  mv("reinforce", "reported", GNA, ["غريان"], ["الأصابعة"]),
  mv("redeploy", "conditional", GNA, ["الأصابعة"], ["ككلة"]),
  mv("airlift", "planned", GNA, ["مطار معيتيقة"], ["الأصابعة"]),
  mv("mobilise", "reported", None, [], ["القواليش"]),
  mv("withdraw", "denied", GNA, ["يفرن"], ["الزنتان"]),
 ],
 "uz4": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["مزدة"], ["غريان"]),
  mv("shipment", "reported", GNA, ["العزيزية"], ["مزدة"]),
  mv("advance", "planned", GNA, ["مزدة"], ["الشويرف"]),
  mv("reinforce", "conditional", GNA, ["بني وليد"], ["مزدة"]),
  mv("withdraw", "denied", GNA, ["القريات"], []),
 ],
 "uz5": [
  mv("redeploy", "reported", GNA, ["السواني"], ["بير الغنم"]),
  mv("shipment", "reported", GNA, ["الزاوية"], ["بير الغنم"], ["الزهراء"]),
  mv("withdraw", "planned", ZIN, ["العزيزية"], ["الزنتان"]),
  mv("advance", "conditional", GNA, ["الزاوية"], ["الزهراء"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء طرابلس"]),
  mv("deploy", "denied", "Turkish armed forces", ["ميناء طرابلس"], ["قاعدة الوطية"]),
  mv("advance", "reported", LNA, ["غريان"], ["مطار طرابلس الدولي"], ["العزيزية"]),
  mv("withdraw", "reported", LNA, ["مطار طرابلس الدولي"], []),
 ],
}

NOTES = {
 "uz1": "Libya Press from Gharyan: a GNU chief-of-staff force Tripoli→Gharyan via Al-Aziziyah (reported), its return to "
        "«العاصمة» (=Tripoli) «بمجرد» (conditional), a company planned for Al-Asabaa (spelled الاصابعة), the Zintan "
        "military council's denied massing Zintan→Al-Rayayna; 2019 flashbacks: the LNA entering Gharyan and pulling out "
        "of it. Fuel tankers from the Zawiya refinery are civilian (no movement); traps: Tripoli Street, a Zintani "
        "spokesman, a Gharyani activist, the outlet name with ليبيا.",
 "uz2": "Al-Jarida (Kuwait) analysis from Tripoli: 2019-2020 flashbacks (LNA Jufra air base→Gharyan via Shwayrif and "
        "Mizda; Wagner pull-back to Bani Walid and airlift Bani Walid→Jufra; a Turkish landing at Tripoli port), a 444 "
        "Brigade redeploy Tarhuna→Mizda, a planned post at Al-Qaryat, a conditional Zintan advance on Mizda «إذا», the "
        "LNA's denied Shwayrif→Mizda move; Benghazi is only the speaker's seat; traps: operation names, Tripoli "
        "Protection Force, an officer named الإدريسي.",
 "uz3": "QNA wire from Tripoli: GNU reinforcement Gharyan→Al-Asabaa, conditional redeploy to Kikla «في حال», a planned "
        "helicopter airlift Mitiga airport→Al-Asabaa, armed men massing at Al-Qawalish (no canonical actor), a denied "
        "pull-out Yafran→Zintan; border phrase, Wazin crossing and Tunis (city) vs Tunisia (country) are locators only; "
        "common-word trap أصابع الاتهام next to الأصابعة.",
 "uz4": "Libya Alkhabar from Mizda (dateline مزده): a GNU anti-smuggling force Tripoli→Mizda via Gharyan, ammunition "
        "trucks Al-Aziziyah→Mizda (shipment), a planned advance Mizda→Shwayrif, conditional reinforcements from Bani "
        "Walid «إذا», a denied patrol pull-out from Al-Qaryat; migrants from Chad/the Niger border, fuel tankers to the "
        "Hamada field and a driver's trip to Sabha are not force movements; «ما ادري» is an Idri trap.",
 "uz5": "Ammon News from Tripoli on the Jafara plain: an SSA redeploy Al-Swani→Bir al-Ghanam (spelled بير), ammunition "
        "convoy Zawiya→Bir al-Ghanam via Az-Zahra, a planned Zintan pull-out Al-Aziziyah→Zintan, a conditional advance "
        "Zawiya→Az-Zahra, a denied Turkish landing at Tripoli port chained with a denied move to Al-Watiya, and the "
        "2019-2020 LNA advance Gharyan→Tripoli airport via Al-Aziziyah and pull-out; traps: السواني المروية (farms), "
        "فاطمة الزهراء, the Western Coast military region, the Turkish embassy.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("uz1", "uz2", "uz3", "uz4", "uz5")
