# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "china": ("country", "CN", 36.90357, 98.60509, "China"),                               # G
 # Libya: Fezzan and the south-west
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "barkat": ("town", "LY", 24.89400, 10.18336, "Al Barakat"),                            # G (row البركات, written البركت)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq District"),              # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                           # G (row تمسة, written تمسه)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "wigh": ("town", "LY", 24.18590, 14.53280, "Al Wigh"),                                 # G* (row قاعدة الويغ, the oasis by the airstrip)
 "wigh_base": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                   # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G (also written براك الشاطئ)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "tripoint_ne_td": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"),  # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libya side)"),    # G* (row الحدود الليبية الجزائرية)
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libya side)"),     # G* (row الحدود الليبية النيجرية)
 "south_west": ("region", "LY", 25.9, 12.6, "South-western Libya"),                     # K
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G (row جنوب ليبيا; also written الجنوب الليبي)
 # Libya: north
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "yarmouk": ("base", "LY", 32.88743, 13.18733, "Yarmouk Camp (Tripoli)"),               # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                           # G (row district:LY-JU)
 # Algeria
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (row kind village)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "in_guezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                         # G (row إن قزام, written عين قزام)
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                           # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),     # G (row تيقنتورين, written منشأة تيقنتورين)
 "border_dz_ly": ("region", "DZ", 24.7, 9.9, "Algeria-Libya border (Algeria side)"),    # K
 "border_dz_ne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border (Algeria side)"),  # G* (row الحدود الجزائرية النيجرية)
 # Niger, Chad, Mali
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "assamaka": ("village", "NE", 19.36667, 5.80000, "Assamaka"),                          # G
 "border_ne_ly": ("region", "NE", 22.3, 13.8, "Niger-Libya border (Niger side)"),       # K
 "border_ne_td": ("region", "NE", 18.35106, 15.48017, "Niger-Chad border (Niger side)"),  # G* (row الحدود النيجرية التشادية)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (row نجامينا, written أنجمينا)
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G (row كوري بوقودي, written كوري بوغودي)
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                               # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                      # G
 "north_niger": ("region", "NE", 20.11996, 11.22198, "Northern Niger"),                 # G
 "north_mali": ("region", "ML", 20.45092, -2.20255, "Northern Mali"),                   # G
 # further afield
 "gaziantep_airport": ("airport", "TR", 36.94720, 37.47870, "Gaziantep International Airport"),  # G
 "afrin": ("town", "SY", 36.50833, 36.86944, "Afrin"),                                  # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
}

TRAPS = {
 "qpu1": ["صوت سبها الحرة", "اللواء طارق بن زياد المعزز", "شركة أكاكوس للعمليات النفطية", "غرفة عمليات الجنوب",
          "بلاغات", "شمالي", "التشادية", "شركة البريقة لتسويق النفط", "الخطوط الجوية الليبية"],
 "qpu2": ["وكالة فرات للأنباء", "الجيش الوطني السوري", "السلطان مراد", "الحمزات", "سادات", "وزارة الدفاع التركية",
          "الاحتلال التركي", "حكومة الوفاق", "شمالي", "سوريين", "سورية", "تركية", "الليبي"],
 "qpu3": ["الصين اليوم", "المؤسسة الوطنية للنفط", "الجيش الوطني الليبي", "وزارة الدفاع الوطني الجزائرية",
          "الجيش النيجري", "شركة البترول الوطنية الصينية", "شركة أكاكوس للعمليات النفطية", "شركة مليتة للنفط والغاز",
          "الصينيين", "الصيني", "صينية", "صينياً", "الليبي"],
 "qpu4": ["روسيا سيغودنيا", "الفيلق الأفريقي", "الفيلق", "فاغنر", "وزارة الدفاع الروسية", "الجيش النيجري", "الجيش التشادي",
          "الروسي", "الروس", "روسي", "روسية", "الليبيين", "الليبية"],
 "qpu5": ["جزايرس", "الجيش الوطني الشعبي", "وزارة الدفاع الوطني", "الناحية العسكرية الرابعة",
          "الناحية العسكرية السادسة", "جزائرية", "التراب الليبي", "مبالغات", "الجيش الليبي", "نيجرية",
          "الجيش النيجري", "الهلال الأحمر الجزائري"],
}

PHEN = {
 "qpu1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qpu2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba", "vague_area",
          "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "qpu3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qpu4": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area", "border_phrase",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qpu5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"

MOVES = {
 "qpu1": [
  mv("reinforce", "reported", LNA, ["سبها"], ["أوباري", "حقل الشرارة"], ["الغريفة", "جرمة"]),
  mv("redeploy", "planned", LNA, ["أوباري"], ["غات"]),
  mv("withdraw", "denied", LNA, ["القطرون"], ["مرزق"]),
  mv("advance", "conditional", LNA, ["تمسه", "أم الأرانب"], ["الحدود مع النيجر"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["كوري بوغودي"]),
 ],
 "qpu2": [
  mv("airlift", "reported", "Syrian mercenaries", ["مطار غازي عنتاب"], ["أغاديس"], ["مطار معيتيقة"]),
  mv("airlift", "planned", "Syrian mercenaries", ["معسكر اليرموك"], ["نيامي"], ["مطار معيتيقة"]),
  mv("deploy", "denied", "Turkish armed forces", [], ["النيجر"]),
  mv("deploy", "planned", "Syrian mercenaries", ["أغاديس"], ["ماداما"]),
  mv("withdraw", "conditional", "Syrian mercenaries", ["النيجر"], ["عفرين"]),
  mv("reinforce", "reported", LNA, ["سبها"], ["القطرون", "قاعدة الويغ"]),
 ],
 "qpu3": [
  mv("deploy", "reported", LNA, ["أوباري"], ["حقل الفيل"]),
  mv("airlift", "planned", LNA, ["قاعدة براك الجوية"], ["مطار غات"]),
  mv("withdraw", "denied", LNA, ["حقل الشرارة"], ["أوباري"]),
  mv("advance", "denied", "Algerian army", [], ["منفذ إيسين"]),
  mv("advance", "conditional", "Algerian army", ["جانت", "إليزي"], ["الحدود مع ليبيا"]),
  mv("reinforce", "reported", "Nigerien army", ["ديركو"], ["ماداما"]),
 ],
 "qpu4": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الخادم"], ["قاعدة براك الجوية"]),
  mv("deploy", "planned", "Russian forces", ["براك"], ["ماداما"], ["سبها", "القطرون", "قاعدة الويغ"]),
  mv("withdraw", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["براك"]),
  mv("reinforce", "conditional", "Nigerien army", ["أغاديس"], ["ديركو"]),
  mv("reinforce", "reported", "Chadian army", ["فايا لارجو"], ["زوار"]),
 ],
 "qpu5": [
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["جانت", "الحدود مع ليبيا"], ["إليزي"]),
  mv("redeploy", "planned", "Algerian army", ["تمنراست"], ["عين قزام", "الحدود مع النيجر"]),
  mv("advance", "denied", "Algerian army", [], ["العوينات", "البركت"]),
  mv("deploy", "reported", LNA, ["أوباري"], ["العوينات"]),
  mv("advance", "conditional", LNA, ["العوينات"], ["منفذ إيسين"]),
  mv("mobilise", "reported", "Nigerien army", [], ["أسامكا"]),
 ],
}

NOTES = {
 "qpu1": "Sabha radio news desk (Sawt Sabha Alhurra FM) in one run-on wire paragraph: Tariq bin Ziyad reinforcements "
         "Sabha→Ubari via Al-Ghurayfa and Germa with part stationed at the Sharara field gate, a planned 128th-battalion "
         "company Ubari→Ghat (the Isayen crossing only a distance reference) and, in the same sentence, a denied "
         "withdrawal Al-Qatrun→Murzuq, a conditional advance Tmassah/Umm al-Aranib→border with Niger (Al-Wigh only in the "
         "condition) and Chadian rebels massing at Kouri Bougoudi; the headline, the dateline, N'Djamena and Tripoli as "
         "governments, a civilian fuel convoy Misrata→Brak, Libyan Airlines flights Sabha airport–Tripoli and the 2019 "
         "entry Tamanhint→Sabha (past background) are not movements; صوت سبها الحرة holds سبها, بلاغات holds غات.",
 "qpu2": "Kurdish agency from Turkey (ANF Arabic, «مركز الأخبار») on Turkish-backed Syrian fighters: an airlift Gaziantep "
         "airport→Agadez via Mitiga airport, a planned second airlift Yarmouk camp→Niamey via Mitiga («المطار نفسه») "
         "with, in the same sentence, the Turkish MoD's denial of sending troops to Niger, a planned Sadat move "
         "Agadez→Madama (the border with Libya only a distance reference), a conditional return Niger→Afrin and LNA "
         "reinforcements Sabha→Al-Qatrun and Al-Wigh base; the tripoint (purpose clause), migrants Agadez→Sabha, the "
         "2020 transfers to Libya (background), Ankara and Niamey as governments and the headline are not movements.",
 "qpu3": "Chinese magazine's Arabic edition (China Today, Cairo office) on oil-field security: an LNA deployment "
         "Ubari→El Feel field, a planned airlift Brak air base→Ghat airport and, in the same sentence, a denied "
         "withdrawal Sharara field→Ubari, Algeria's denied move to the Isayen crossing and its conditional advance "
         "Djanet/Illizi→border with Libya (Algeria side), Nigerien reinforcements Dirkou→Madama; Chinese technicians "
         "returning to Sharara via Mitiga (civilian), a business delegation to Tripoli and Benghazi, China as a "
         "government, Cairo dateline and company names holding places (Akakus, Mellitah) are not movements.",
 "qpu4": "Russian agency (Rossiya Segodnya, Moscow) on the Africa Corps: an Il-76 airlift Al-Khadim base→Brak air base, "
         "a planned column Brak→Madama via Sabha, Al-Qatrun and Al-Wigh base and, in the same sentence, the Russian MoD's "
         "denied withdrawal Jufra air base→Brak, a conditional Nigerien battalion Agadez→Dirkou (the border with Chad "
         "only in the condition) and Chadian army reinforcements Faya-Largeau→Zouar; Wadi al-Shati, northern Niger and "
         "Tibesti are locators, Russian wheat Benghazi port→Sabha is civilian, Wagner's 2020 move to Jufra is "
         "background, Moscow and Benghazi are governments; روسيا سيغودنيا holds روسيا.",
 "qpu5": "Algerian wire copy as carried by Djazairess (Algiers dateline = the city; الجزائر later = the country): 4th "
         "Region units Ouargla→Djanet via Illizi and on to the border with Libya, planned 6th Region detachments "
         "Tamanrasset→In Guezzam on the border with Niger and, in the same sentence, a denied Algerian entry into "
         "Al-Awaynat and Al-Barkat, an LNA battalion's reported move Ubari→Al-Awaynat (relative clause) with its "
         "conditional advance to the Isayen crossing, Nigerien army massing at Assamaka; a Red Crescent convoy "
         "Djanet→Ghat (civilian), northern Mali (condition/purpose), Tiguentourine/In Amenas (2013 background) and the "
         "headline are not movements; مبالغات and الهلال الأحمر الجزائري hold غات and الجزائر.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qpu1", "qpu2", "qpu3", "qpu4", "qpu5")
