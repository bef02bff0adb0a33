# Gold metadata for fresh949 (qjo1-qjo5). Place rows: (kind, country, lat, lon, name).
# G = gazetteer row (data/gazetteer.csv, found with grep -F); K = own knowledge / representative point (see README
# "Coordinates not from the gazetteer"); G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "france": ("country", "FR", 46.70829, 2.18957, "France"),                              # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 # shared
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "ummaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G (row أم الأرانب)
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 # qjo1 Sasa Post translation of a Foreign Affairs op-ed
 "washington": ("city", "US", 38.89511, -77.03637, "Washington"),                       # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "agadez_airport": ("airport", "NE", 16.96600, 8.00011, "Agadez Mano Dayak Airport"),   # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 # qjo2 Al Jazeera Centre for Studies position paper
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 "border_dzly": ("region", "LY", 26.89863, 9.99442, "Algeria-Libya border"),            # G* (row الحدود الليبية الجزائرية)
 "bordj_omar": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),                   # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                    # G (row درج)
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawin"),                              # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "border_dz": ("region", "DZ", 24.75, 9.95, "Algeria-Libya border (Algerian side, east of Djanet)"),  # K
 # qjo3 Al-Siyassa Al-Dawliya analysis
 "triangle_lnt": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"),  # G* (row المثلث الحدودي مع النيجر وتشاد)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 "north_chad": ("region", "TD", 18.20680, 19.78454, "Northern Chad"),                   # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا)
 # qjo4 Interregional for Strategic Analyses reading
 "border_lytn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),           # G
 "abudhabi": ("city", "AE", 24.45118, 54.39696, "Abu Dhabi"),                           # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "zuwara_port": ("crossing", "LY", 32.92200, 12.12000, "Port of Zuwara"),               # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                              # G
 # qjo5 Strategiecs assessment
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "sw_libya": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),               # G* (row الجنوب الغربي)
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G (row عمان)
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (base row, near Hun/Waddan)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
}

TRAPS = {
 "qjo1": ["فورين أفيرز", "ساسة بوست", "الأمريكية", "الليبي", "الفيلق الإفريقي", "الجيش الوطني الليبي",
          "التشادية", "الروسية", "سبوتنيك", "مبالغات", "سلمى السبهاوي"],
 "qjo2": ["مركز الجزيرة للدراسات", "عبد الحكيم الغدامسي", "الدرجة الأولى", "الجيش الوطني", "الجزائري",
          "الليبي"],
 "qjo3": ["السياسة الدولية", "نادر الفزاني", "ليبية", "اللواء طارق بن زياد", "الأهرام", "سودانية",
          "الدعم السريع", "إدريس المهدوي", "اتفاق الدوحة", "التشادي", "جبهة الوفاق من أجل التغيير", "إدريس ديبي"],
 "qjo4": ["إنترريجونال للتحليلات الاستراتيجية", "سليم النالوتي", "توازن القوى", "التركية", "التونسي",
          "بركان الغضب", "التونسية", "ليبيا الأحرار", "تونسية"],
 "qjo5": ["ستراتيجيكس", "خالد الأوباري", "إيني", "الإيطالية", "سودانياً", "ريبسول", "الإسبانية", "الروسية",
          "إدريس أخماد", "شرارة صغيرة"],
}

PHEN = {
 "qjo1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qjo2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase",
          "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "qjo3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qjo4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qjo5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_bases",
          "coverage_oil"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qjo1": [
  mv("redeploy", "reported", "Russian forces", ["قاعدة براك الجوية"], ["قاعدة الويغ"], ["سبها"]),
  mv("deploy", "planned", "Libyan National Army", ["القطرون"], ["منفذ التوم"]),
  mv("airlift", "conditional", "Russian forces", ["قاعدة الجفرة الجوية"], ["مطار أغاديس"]),
  mv("withdraw", "reported", "Chadian armed groups", ["أم الأرانب"], ["تيبستي"]),
  mv("withdraw", "denied", "Russian forces", ["مرزق"], ["براك"]),
 ],
 "qjo2": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["غات"], ["أوباري"]),
  mv("redeploy", "reported", "Algerian army", ["برج عمر إدريس", "إليزي"], ["جانت"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["منفذ إيسين"]),
  mv("deploy", "planned", "Zintan forces", ["الزنتان"], ["غدامس"]),
  mv("reinforce", "conditional", "Algerian army", ["جانت"], ["الحدود مع ليبيا"]),
 ],
 "qjo3": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["القطرون"]),
  mv("redeploy", "reported", "Libyan National Army", ["القطرون"], ["قاعدة الويغ"]),
  mv("shipment", "planned", "Libyan National Army", ["بنغازي"], ["القطرون"]),
  mv("advance", "denied", "Sudanese armed groups", ["الكفرة"], ["مرزق"]),
  mv("advance", "conditional", "Chadian armed groups", ["شمال تشاد"], ["أم الارانب", "تراغن"]),
 ],
 "qjo4": [
  mv("naval_landing", "reported", "GNA forces", ["ميناء طرابلس"], ["ميناء زوارة"]),
  mv("shipment", "reported", "Turkish armed forces", ["مصراتة"], ["قاعدة الوطية"]),
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["بن قردان"]),
  mv("deploy", "planned", "GNA forces", ["نالوت"], ["منفذ وازن"]),
  mv("naval_landing", "conditional", "Misrata forces", ["مصراتة"], ["مجمع مليتة"]),
  mv("advance", "denied", "Tunisian army", ["الذهيبة"], ["وازن"]),
 ],
 "qjo5": [
  mv("mobilise", "reported", "Libyan National Army", [], ["أوباري"]),
  mv("deploy", "planned", "Libyan National Army", ["أوباري"], ["حقل الفيل"]),
  mv("redeploy", "reported", "Sudanese armed groups", ["الجفرة"], ["حقل الشرارة"]),
  mv("withdraw", "conditional", "Russian forces", ["قاعدة تمنهنت"]),
  mv("airlift", "denied", "Syrian mercenaries", ["مطار معيتيقة"], ["مطار غات"]),
 ],
}

NOTES = {
 "qjo1": "Sasa Post translation of a Foreign Affairs op-ed (author in Washington, translator's name contains Sabha): a "
         "satellite-hedged Africa Corps move Brak air base→Al-Wigh base via Sabha, a planned LNA battalion Al Qatrun→"
         "Toummo crossing, a conditional Russian airlift Al-Jufra air base→Agadez airport (Niamey only the condition, "
         "Mali only a comparison), Chadian rebels pulled back Umm al-Aranib→Tibesti, and a denied Russian pull-out "
         "Murzuq→Brak ('مبالغات' hides Ghat); Madama, Syria, France and the Ghat–Qatrun span are background.",
 "qjo2": "Al Jazeera Centre for Studies position paper with three scenarios (dateline Doha; author's name contains "
         "Ghadames): an LNA reinforcement Sabha→Ghat via Ubari, Algerian units Bordj Omar Driss and Illizi→Djanet, a "
         "denied LNA massing near the Isayen crossing, a planned Zintan force Zintan→Ghadames (Derj–Sinawen road "
         "only the reason, 'بالدرجة الأولى' hides Derj), and a conditional Algerian reinforcement Djanet→the border "
         "with Libya (Ghat municipality only the condition); Algiers (city) vs Algeria (country).",
 "qjo3": "Al-Siyassa Al-Dawliya analysis from Cairo (author's name contains Fezzan) on the Libya–Niger–Chad triangle: "
         "LNA companies Sabha→Al Qatrun, part of them on to Al-Wigh base (anaphora 'بجزء منها'), a planned armour "
         "shipment Benghazi→Al Qatrun, a denied RSF entry Kufra→Murzuq (Murzuq district and town), and a conditional "
         "Chadian rebel return northern Chad→Umm al-Aranib and Traghen; the Sabha–Toummo span, the border with Niger, "
         "Niamey, Agadez, N'Djamena and Cairo are background; two persons named Idris.",
 "qjo4": "Interregional for Strategic Analyses reading from Abu Dhabi (author's name contains Nalut) on the "
         "Libya–Tunisia border: a GNU marine landing Tripoli port→Zuwara port, a Turkish drone shipment Misrata→"
         "Al-Watiya, a Tunisian reinforcement Gabes→Ben Gardane (source in Tunis the capital), a planned GNU company "
         "Nalut→Wazin crossing, a conditional Misratan landing near Mellitah (Zuwara only the condition) and a "
         "denied Tunisian crossing Dehiba→Wazin ('توازن القوى' hides Wazin); refugees to Ben Gardane and Djerba are "
         "not a force move.",
 "qjo5": "Strategiecs assessment from Amman (spelled عمّان; also the spelling of Oman) on the oil fields: an LNA "
         "massing in Ubari, a planned company from it to El Feel, Sudanese fighters Al-Jufra→Sharara field, a "
         "conditional Russian withdrawal from Tamanhint base and a denied Syrian-mercenary airlift Mitiga airport→"
         "Ghat airport; Idri only the site of a road block (persons named Idris and al-Awbari), 'شرارة صغيرة' is a "
         "spark, Benghazi–Tripoli deal and the fields in the closing scenario are not moves.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qjo1", "qjo2", "qjo3", "qjo4", "qjo5")
