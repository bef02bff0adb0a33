# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries and foreign cities
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                  # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                 # G
 # Libya: north
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 # Libya: Fezzan
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                  # G* (row جنوب ليبيا; also written الجنوب الليبي)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "southwest_ly": ("region", "LY", 25.6, 11.5, "South-western Libya"),                    # K
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                # G
 "jadid": ("district", "LY", 27.05000, 14.40000, "Al Jadid (Sabha)"),                    # G* (row الجديد, city -> district: a quarter of Sabha)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G (row قاعدة تمنهنت; also written with الجوية)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G (also written براك الشاطئ)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "ghurayfah": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                            # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                  # G
 "akakus": ("region", "LY", 24.83333, 10.33333, "Akakus Mountains"),                     # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),             # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                               # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                         # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G (row منفذ التوم; also written معبر التوم)
 "tripoint": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libya side)"),  # G* (row الحدود الليبية النيجرية, written الحدود مع النيجر)
 # Algeria
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                  # G (row kind village; town here)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),    # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                  # G
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),              # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                        # G
 "in_guezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                          # G (row إن قزام, written عين قزام)
 "border_dz_ne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border (Algeria side)"),  # G* (row الحدود الجزائرية النيجرية)
 "border_dz_ly": ("region", "DZ", 24.9, 9.8, "Algeria-Libya border (Algeria side, opposite Ghat)"),  # K
 # Niger
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                  # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                  # G (row أغاديس, written أغاديز)
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                 # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                 # G
 "assamaka": ("village", "NE", 19.36667, 5.80000, "Assamaka"),                           # G (row أسامكا, written أساماكا)
}

TRAPS = {
 "qqz1": ["صراحة نيوز", "اللواء طارق بن زياد", "المنطقة العسكرية الغربية", "الهلال الأحمر الليبي", "حراك فزان",
          "شركة أكاكوس للعمليات النفطية"],
 "qqz2": ["شمسان بوست", "الجيش الوطني الشعبي", "الجزائرية", "جزائري", "الليبية", "الليبي", "نيجرية", "النيجري"],
 "qqz3": ["أردو بوینت نتورك", "سبوتنيك", "الفيلق الأفريقي", "الكتيبة 116 مشاة", "السفارة الروسية", "روسية", "الروسي",
          "التشادية", "ليبية"],
 "qqz4": ["الجديد 24", "قوات حفتر", "خليفة حفتر", "اللواء 128 معزز", "الكتيبة 116 مشاة", "الجزائرية", "ليبية"],
 "qqz5": ["كازابريس", "جبهة الوفاق من أجل التغيير في تشاد", "فاكت"],
}

PHEN = {
 "qqz1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_tripoli", "vague_area",
          "coverage_bases", "coverage_oil", "countries"],
 "qqz2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qqz3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_idri", "border_phrase",
          "coverage_bases", "coverage_neighbours", "countries"],
 "qqz4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qqz5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "ambiguity_tripoli", "vague_area",
          "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qqz1": [
  mv("deploy", "reported", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["أوباري"], ["سبها", "الغريفة"]),
  mv("redeploy", "planned", "Libyan National Army", ["أوباري"], ["حقل الشرارة"]),
  mv("deploy", "denied", "Libyan National Army", [], ["غات", "العوينات"]),
  mv("advance", "conditional", "GNA forces", [], ["حقل الشرارة"]),
 ],
 "qqz2": [
  mv("reinforce", "reported", "Algerian army", ["برج عمر إدريس", "إليزي"], ["جانت"]),
  mv("airlift", "planned", "Algerian army", ["تمنراست"], ["مطار جانت"]),
  mv("advance", "denied", "Algerian army", [], ["غات"]),
  mv("deploy", "reported", "Nigerien army", ["ديركو"], ["ماداما"]),
  mv("advance", "conditional", "Nigerien army", ["ماداما"], ["معبر التوم"]),
 ],
 "qqz3": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("redeploy", "planned", "Russian forces", ["قاعدة براك الجوية"], ["قاعدة الويغ"]),
  mv("deploy", "denied", "Russian forces", ["براك"], ["الحدود مع النيجر"]),
  mv("shipment", "denied", "Russian forces", [], ["النيجر"], ["الحدود مع النيجر"]),
  mv("advance", "conditional", "Libyan National Army", ["سبها"], ["أم الأرانب"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["أم الأرانب"]),
 ],
 "qqz4": [
  mv("deploy", "reported", "Libyan National Army", ["أوباري"], ["غات", "مطار غات"], ["العوينات"]),
  mv("deploy", "planned", "Libyan National Army", ["غات"], ["منفذ إيسين"]),
  mv("withdraw", "conditional", "Libyan National Army", ["غات"], []),
  mv("mobilise", "denied", "Algerian army", [], ["الحدود مع ليبيا"]),
  mv("withdraw", "reported", "Libyan National Army", ["الجديد"], ["قاعدة تمنهنت"]),
 ],
 "qqz5": [
  mv("reinforce", "reported", "Libyan National Army", ["براك الشاطئ"], ["تراغن"], ["سبها"]),
  mv("airlift", "denied", "GNA forces", ["مصراتة"], ["مطار سبها"]),
  mv("deploy", "planned", "Libyan National Army", ["القطرون"], ["منفذ التوم"]),
  mv("withdraw", "conditional", "Chadian armed groups", ["أم الأرانب"], ["الحدود مع النيجر"]),
  mv("advance", "denied", "Chadian armed groups", [], ["مرزق"]),
 ],
}

NOTES = {
 "qqz1": "Jordanian news site (Saraha News) live page of time-stamped Fezzan tickers: an LNA column whose origin is "
         "corrected from Sabha to Tamanhint air base (Sabha and Al-Ghurayfah become via) deployed to Ubari (first "
         "flash, update and arrival are one movement), its planned move Ubari→Sharara field, the Tariq bin Ziyad "
         "brigade's denial of units sent to Ghat and Al-Awaynat, and the GNU western region's conditional move on the "
         "Sharara field; the Red Crescent convoy Sabha→Murzuq (civilian), Tripoli as government, the 2019 entry into "
         "Sabha (background) and the headline are not movements; «حراك فزان» and «شركة أكاكوس» hold place names.",
 "qqz2": "Yemeni news site (Shamsan Post) digest of «خبر عاجل» items on the Libya-Algeria-Niger triangle: Algerian "
         "reinforcements Bordj Omar Driss/Illizi→Djanet, a planned airlift Tamanrasset→Djanet airport, a denied "
         "Algerian crossing near Ghat, Nigerien units deployed to Madama (origin corrected from Agadez to Dirkou) and "
         "their conditional advance Madama→Toummo crossing; the closed Isayen crossing, the deportation of migrants "
         "Tamanrasset→In Guezzam→the border with Niger→Assamaka (civilian), Niamey and Tripoli as governments, a joint "
         "patrol agreement with no place and the headline are not movements; برج عمر إدريس holds إدري.",
 "qqz3": "Pakistani network's Arabic page (UrduPoint) relaying Sputnik flashes with «(تستمر)»: a Russian Il-76 airlift "
         "to Brak air base whose origin is corrected from Benghazi to Jufra air base, a planned overland move of part "
         "of the Africa Corps elements Brak air base→Al-Wigh base, the Russian embassy's denial of units moving "
         "Brak→the border with Niger and of arms shipments across it into Niger, the 116th battalion's conditional "
         "advance Sabha→Umm al-Aranib and Chadian armed groups massing south of Umm al-Aranib; Moscow's statement, "
         "the Western reports on Brak/Jufra as hubs for Mali and Niger and the Brak-Idri road security are not moves.",
 "qqz4": "Moroccan news site (Aljadide24, whose name holds the Sabha quarter Al-Jadid) «عاجل..» items: brigade 128 "
         "column Ubari→Ghat via Al-Awaynat with part at Ghat airport (update on the vehicle count is the same move), a "
         "planned company Ghat→Isayen crossing, a conditional withdrawal from Ghat, Algeria's denied massing on the "
         "border with Libya (Algeria side; «قبالة غات» is a locator) and a reported pull-back Al-Jadid→Tamanhint "
         "base whose unit is corrected to the 116th battalion (actor unchanged); Djanet and Akakus (background) are "
         "not movement places.",
 "qqz5": "Moroccan news site (Casapress) ticker on Murzuq: LNA reinforcements from Brak al-Shati via Sabha whose "
         "destination is corrected from Murzuq to Traghen, the GNU general staff's denied airlift Misrata→Sabha "
         "airport, a planned LNA company Al-Qatrun→Toummo crossing, FACT's conditional withdrawal Umm al-Aranib→the "
         "border with Niger and FACT's denied entry into Murzuq; the fuel-truck convoy Sabha→Al-Qatrun (civilian), "
         "the 2019 displacement to Sabha and Ubari, Tripoli as government and the headline are not movements; the "
         "FACT name holds تشاد.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qqz1", "qqz2", "qqz3", "qqz4", "qqz5")
BAR_IN_TEXT = True  # the tickers use a literal "|" (عاجل | ...)
