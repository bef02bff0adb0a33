# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russian Federation"),                 # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "germany": ("country", "DE", 51.08509, 10.48110, "Germany"),                           # G
 "usa": ("country", "US", 37.24635, -99.69832, "United States"),                        # G
 # shared Libyan places
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # qbb1 Turkish trainers (Al-Quds Al-Arabi, London)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G* (row مطار مصراتة, written مصراته)
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "west_ly": ("region", "LY", 31.80, 12.80, "Western Libya"),                            # K
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 # qbb2 Russian advisers (France 24, Paris)
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "tripoint_sd_td": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                      # G* (row مثلث العوينات)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "tobruk_port": ("crossing", "LY", 32.075, 23.985, "Port of Tobruk"),                   # K
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 # qbb3 Italian trainers (Bawabat Al-Wafd, Rome)
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "naples": ("city", "IT", 40.85216, 14.26811, "Naples"),                                # G
 "benghazi_port": ("crossing", "LY", 32.105, 20.055, "Port of Benghazi"),               # K
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "misrata_mun": ("district", "LY", 32.37535, 15.09254, "Misrata municipality"),         # G* (city row)
 # qbb4 American trainers (Al-Jarida, Kuwait)
 "washington": ("city", "US", 38.89511, -77.03637, "Washington"),                       # G
 "jufra_dist": ("district", "LY", 29.12, 15.95, "Al Jufra"),                            # K (README: point near Hun/Waddan)
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "sigonella": ("base", "IT", 37.40170, 14.92240, "Sigonella Air Base"),                 # G* (row قاعدة سيغونيلا, kind airport)
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                              # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),             # G* (city row)
 "stuttgart": ("city", "DE", 48.78232, 9.17702, "Stuttgart"),                           # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # qbb5 Tunisian denial and Turkish trainers in the west (Diwan FM, Sfax)
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                              # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "djerba_airport": ("airport", "TN", 33.87500, 10.77550, "Djerba Zarzis International Airport"),  # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_ly_tnside": ("region", "TN", 32.60, 11.00, "Tunisia-Libya border (Tunisian side)"),  # K
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "western_mountain": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine governorate"),       # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
}

TRAPS = {
 "qbb1": ["القدس العربي", "الساعات الخمس", "القيادة العامة للجيش الوطني الليبي", "علي الزليتني", "البرلمان التركي"],
 "qbb2": ["فرانس 24", "الفيلق الأفريقي", "الجيش الوطني الليبي", "إدريس القطعاني", "الدعم المالي", "القواعد الليبية",
          "شمالي", "روسياً"],
 "qbb3": ["بوابة الوفد", "ليبيا الأحرار", "من هذه الزاوية", "وزارة الدفاع الإيطالية", "خفر السواحل الليبي"],
 "qbb4": ["واشنطن بوست", "سرت أنباء", "عماد الطرابلسي", "البنيان المرصوص", "القيادة العامة للجيش الوطني الليبي",
          "القيادة الأمريكية لأفريقيا"],
 "qbb5": ["ديوان أف أم", "إذاعة تطاوين", "إدريس الحمروني", "قصر قرطاج", "الأراضي التونسية", "الرئاسة التونسية",
          "تركياً"],
}

PHEN = {
 "qbb1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "qbb2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_neighbours", "countries"],
 "qbb3": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "vague_area",
          "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qbb4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "town_vs_district", "coverage_bases", "countries"],
 "qbb5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qbb1": [
  mv("airlift", "reported", "Turkish armed forces", ["قاعدة الوطية"], ["مطار مصراته"]),
  mv("naval_landing", "planned", "Turkish armed forces", ["مرسين"], ["ميناء الخمس"]),
  mv("airlift", "denied", "Turkish armed forces", ["إسطنبول"], ["مطار معيتيقة"]),
  mv("deploy", "conditional", "Turkish armed forces", [], ["الوطية"]),
  mv("advance", "conditional", "Libyan National Army", [], ["أبوقرين"]),
 ],
 "qbb2": [
  mv("redeploy", "reported", "Russian forces", ["قاعدة الخادم"], ["قاعدة معطن السارة"], ["الكفرة"]),
  mv("advance", "reported", "Libyan National Army", ["الكفرة"], ["جبل العوينات"]),
  mv("shipment", "planned", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("withdraw", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["مالي"]),
  mv("reinforce", "conditional", "Russian forces", [], ["قاعدة براك الجوية"]),
 ],
 "qbb3": [
  mv("redeploy", "reported", None, ["مصراتة"], ["قاعدة أبوستة البحرية"], ["زليتن", "الخمس"]),
  mv("shipment", "reported", None, ["نابولي"], ["ميناء طرابلس"]),
  mv("naval_landing", "planned", None, ["قاعدة أبو ستة"], ["ميناء بنغازي"]),
  mv("deploy", "denied", None, ["غات"], ["الحدود مع النيجر"]),
  mv("withdraw", "conditional", None, ["مصراتة"], ["طرابلس"]),
 ],
 "qbb4": [
  mv("airlift", "reported", None, ["قاعدة سيغونيلا"], ["قاعدة القرضابية"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["قاعدة القرضابية"]),
  mv("deploy", "planned", None, [], ["مطار معيتيقة"]),
  mv("deploy", "conditional", None, [], ["مصراتة"]),
  mv("deploy", "denied", None, [], ["قاعدة الجفرة الجوية"]),
 ],
 "qbb5": [
  mv("deploy", "denied", "Turkish armed forces", [], ["قاعدة الوطية"], ["مطار جربة جرجيس", "معبر رأس اجدير"]),
  mv("reinforce", "conditional", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("mobilise", "reported", "GNA forces", [], ["وازن"]),
  mv("redeploy", "reported", "Turkish armed forces", ["قاعدة الوطية"], ["الزاوية"], ["الجميل", "صرمان"]),
  mv("redeploy", "planned", "Turkish armed forces", [], ["زوارة"]),
 ],
}

NOTES = {
 "qbb1": "Turkish trainers: an A400M airlift Al-Watiya base→Misrata airport (spelt مصراته), a planned landing of 25 "
         "naval trainers Mersin→Khoms port, the Turkish embassy's denial of 300 soldiers flown Istanbul→Mitiga airport, "
         "the Turkish MoD's conditional extra team to Al-Watiya, and the LNA's conditional advance on Abu Qurayn. London "
         "(dateline), Tripoli and Ankara (speakers, MoU), Benghazi (LNA spokesman), 'east of Misrata' (condition) and "
         "the Oil Crescent (a red line in a quote) are not movement places; 'الساعات الخمس' is not Al-Khums.",
 "qbb2": "Russian advisers (Africa Corps = Russian forces): Al-Khadim base→Maaten al-Sarra via Kufra (Benghazi only "
         "locates Al-Khadim, the border triangle, Sudan and Chad only locate Maaten al-Sarra), the LNA's advance "
         "Kufra→Jebel Uweinat ('from the city' = Kufra), a planned shipment Tartus→Tobruk port (Tripoli here is "
         "Tripoli in Lebanon, the shipping agent's city), the Russian embassy in Tripoli (Libya) denying a pull-out "
         "Jufra air base→Mali (الدعم المالي is a trap), and a conditional reinforcement of Brak air base (Idri only a "
         "distance reference; إدريس القطعاني a person).",
 "qbb3": "Italian trainers (actor null: no canonical label): MIASIT staff redeployed Misrata→Abu Sitta naval base via "
         "Zliten and Al-Khums (Tripoli only locates the base), four patrol boats shipped Naples→Tripoli port, a planned "
         "naval landing of 15 trainers Abu Sitta (spelt أبو ستة)→Benghazi port, Rome's denial of paratroopers sent "
         "Ghat→the border with Niger, and a conditional pull-out Misrata→Tripoli if fighting resumes around Sirte "
         "(Sirte = condition). Rome, Cairo, the Misrata municipality and Southern Libya are not movement places; "
         "'من هذه الزاوية' is not Az-Zawiya.",
 "qbb4": "American trainers (actor null): a C-17 airlift Sigonella→Gardabya base (Sirte and Sicily only locators), "
         "the LNA massing 40 vehicles around the base ('محيط القاعدة' = Gardabya), a planned team to Mitiga airport, "
         "a conditional move to Misrata, and the US embassy (working from Tunis, the city) denying marines at Jufra "
         "air base; the headline's Al-Jufra is the district. Kuwait (dateline, the city), Washington, Stuttgart, "
         "Germany, the 2016 Sirte background are not movement places; 'سرت أنباء' is a verb, not Sirte.",
 "qbb5": "Tunisian MoD denies Turkish trainers landed at Djerba-Zarzis airport and drove to Al-Watiya via Ras Ajdir; "
         "the army's conditional reinforcement Tataouine→Dehiba (the Western Mountain and the Wazin crossing only "
         "the condition); GNA forces massing at Wazin (town, reported by Radio Tataouine - trap); Turkish trainers "
         "Al-Watiya→Az-Zawiya via Al-Jumayl and Surman (the Zawiya refinery only locates the course) and a planned "
         "move to Zuwara. Sfax (dateline), Tunisia, Tripoli, the Tataouine governorate and Turkey are not movement "
         "places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qbb1", "qbb2", "qbb3", "qbb4", "qbb5")
