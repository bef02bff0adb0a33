# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 # capitals and cities used in several articles
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # no1 Algeria's eastern border (Ouargla, In Amenas, Debdeb, Ghadames)
 "border_dz_e": ("region", "DZ", 28.8, 9.65, "Algeria's border with Libya (Algerian side, In Amenas-Debdeb)"),  # K
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                           # G (row spelled عين أميناس)
 "hassi_messaoud": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                 # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),     # G
 "boufarik_base": ("base", "DZ", 36.5458, 2.8761, "Boufarik Air Base"),                 # K
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                  # G
 "triangle_dz": ("region", "DZ", 30.05, 9.35, "Algeria-Tunisia-Libya border triangle (Algerian side)"),  # K
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                   # G
 # no2 Tunisia's south-east (Ben Gardane, Ras Jedir, Dehiba)
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                      # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "ras_jedir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),     # G (row منفذ رأس جدير)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port"),                  # K (GeoNames value quoted in fresh51's README)
 "abu_kammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                      # G
 "border_tn": ("region", "TN", 32.8, 11.1, "Tunisia's border with Libya (Tunisian side)"),  # K
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "bardo": ("town", "TN", 36.809, 10.134, "Le Bardo"),                                   # K
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 # no3 Egypt's western border (Matruh, Siwa, Sallum)
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "sallum_port": ("crossing", "EG", 31.565, 25.165, "Sallum port"),                      # K
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                    # G
 "ras_el_tin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),             # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.15, 15.98, "Al Jufra"),                                 # K (README: point near Hun/Waddan)
 # no4 Algeria's far south-east and Libya's south-west (Djanet, Tin Alkoum, Ghat)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "djanet_w": ("district", "DZ", 24.55528, 9.48500, "Djanet Province"),                  # G* (town row)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G (row جنوب ليبيا)
 "tin_alkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border post"),        # G* (row منفذ إيسين, country DZ)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),             # G
 "border_dz_s": ("region", "DZ", 24.9, 9.9, "Algeria's border with Libya (Algerian side, Djanet sector)"),  # K
 # no5 Egypt's south-west (New Valley, East Oweinat, the Uweinat triangle)
 "east_oweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                    # G* (airport row)
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                      # G* (row مثلث العوينات)
 "kharga": ("town", "EG", 25.45101, 30.54653, "Al Kharijah"),                           # G
 "baris": ("town", "EG", 24.67, 30.60, "Baris"),                                        # K
 "new_valley": ("district", "EG", 24.79939, 28.92955, "New Valley Governorate"),        # G
 "triangle_eg": ("region", "EG", 22.2, 25.3, "Libya-Egypt-Sudan border triangle (Egyptian side)"),  # K
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "border_eg": ("region", "EG", 24.0, 25.3, "Egypt's border with Libya (Egyptian side, south)"),  # K
 "nac": ("city", "EG", 30.02, 31.73, "New Administrative Capital"),                     # K
}

TRAPS = {
 "no1": ["النهار أونلاين", "الناحية العسكرية الرابعة", "الجانب الليبي", "درجت", "درجة التأهب",
         "الجيش الوطني الشعبي", "نور الدين الطرابلسي", "بوابة الوسط", "العاصمة الليبية"],
 "no2": ["جوهرة أف أم", "وحدات تونسية", "التراب الليبي", "الجانب الليبي", "الحرس الوطني", "سالم الجرجيسي",
         "سوق ليبيا", "نهج طرابلس"],
 "no3": ["صدى البلد", "إدريس عبد الحميد", "الساحة الليبية", "المنطقة الغربية العسكرية", "الجيش الوطني الليبي",
         "الدولة المصرية", "عادل المطروحي", "الجيش المصري", "جمال عبد الناصر"],
 "no4": ["الإذاعة الجزائرية", "الأطراف الليبية", "الجيش الوطني الليبي", "القيادة العامة", "الجيش الوطني الشعبي",
         "مبالغات"],
 "no5": ["بوابة الوفد", "الوفد", "السودانية", "قوات الدعم السريع", "المنطقة الجنوبية العسكرية",
         "الجيش الوطني الليبي", "عادل الأسواني"],
}

PHEN = {
 "no1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "no2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "border_phrase", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "no3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "no4": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "no5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area", "border_phrase",
         "town_vs_district", "coverage_neighbours", "countries"],
}


def M(kind, status, actor, origins=(), destinations=(), via=()):
    """One gold movement, keys in the order of tests/golden/README.md."""
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "no1": [
  M("reinforce", "reported", "Algerian army", ["ورقلة"], ["عين أمناس", "الدبداب"], ["حاسي مسعود"]),
  M("airlift", "planned", "Algerian army", ["قاعدة بوفاريك الجوية"], ["إليزي"]),
  M("withdraw", "denied", "Algerian army", ["الدبداب"], ["ورقلة"]),
  M("deploy", "conditional", "Algerian army", [], ["المثلث الحدودي"]),
  M("deploy", "reported", "GNA forces", ["طرابلس"], ["غدامس"], ["نالوت", "درج"]),
 ],
 "no2": [
  M("reinforce", "reported", "Tunisian army", ["قابس"], ["بن قردان", "معبر رأس جدير"], ["مدنين"]),
  M("naval_landing", "reported", "GNA forces", ["طرابلس"], ["ميناء زوارة"]),
  M("deploy", "reported", "GNA forces", ["ميناء زوارة"], ["أبو كماش"]),
  M("advance", "denied", "Tunisian army", [], ["وازن"], ["الذهيبة"]),
  M("deploy", "planned", "Tunisian army", [], ["رمادة"]),
  M("reinforce", "conditional", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
 ],
 "no3": [
  M("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["سيوة"]),
  M("deploy", "planned", "Egyptian army", [], ["السلوم", "سيدي براني"]),
  M("naval_landing", "planned", "Egyptian army", ["قاعدة رأس التين البحرية"], ["ميناء السلوم"]),
  M("redeploy", "reported", "Libyan National Army", ["طبرق"], ["امساعد"]),
  M("advance", "denied", "Egyptian army", ["سيوة"], ["الجغبوب"]),
  M("advance", "conditional", "Egyptian army", [], ["سرت", "الجفرة"]),
 ],
 "no4": [
  M("airlift", "reported", "Algerian army", ["تمنراست"], ["مطار جانت"]),
  M("reinforce", "planned", "Algerian army", ["إليزي"], ["منفذ تين الكوم"]),
  M("withdraw", "reported", "Libyan National Army", ["منفذ إيسين"], ["غات"]),
  M("mobilise", "reported", "Libyan National Army", [], ["إدري", "أوباري"]),
  M("shipment", "reported", "Libyan National Army", ["سبها"], ["غات"]),
  M("redeploy", "denied", "Algerian army", ["جانت"], ["إليزي"]),
  M("reinforce", "conditional", "Algerian army", [], ["جانت", "الحدود مع ليبيا"]),
 ],
 "no5": [
  M("mobilise", "reported", "Sudanese armed groups", [], ["جبل العوينات"]),
  M("reinforce", "reported", "Egyptian army", ["الخارجة"], ["شرق العوينات"], ["باريس"]),
  M("deploy", "planned", "Egyptian army", [], ["المثلث الحدودي"]),
  M("reinforce", "reported", "Libyan National Army", ["الكفرة"], ["جبل العوينات"]),
  M("shipment", "denied", "Egyptian army", [], ["الكفرة"]),
  M("reinforce", "conditional", "Egyptian army", [], ["الحدود مع ليبيا"]),
 ],
}

NOTES = {
 "no1": "Algerian press (Ennahar Online, Algiers) on an MoD communiqué and an APN committee hearing: a reported "
        "reinforcement Ouargla→In Amenas/Debdeb via Hassi Messaoud (Tiguentourine only a purpose), a planned airlift "
        "Boufarik air base→Illizi, a denied pull-out Debdeb→Ouargla, a conditional deployment in the border triangle, and "
        "a reported GNA column Tripoli→Ghadames via Nalut and Derj; a chief of staff's planned visit to In Amenas is not a "
        "movement; الجزائر as dateline (Algiers) vs country; درج inside درجت/درجة; a deputy named الطرابلسي.",
 "no2": "Tunisian radio (Jawhara FM, Medenine) on a Defence Ministry «بلاغ» and a parliament hearing in Bardo: a reported "
        "reinforcement Gabès→Ben Gardane/the Ras Jedir crossing via Medenine, a GNU interior force by sea Tripoli→Zuwara "
        "port and on by road to Abu Kammash (two moves), a denied Tunisian entry into Wazin via Dehiba, a planned company "
        "for Remada and a conditional Tataouine→Dehiba reinforcement (لن … إلا إذا); «مراقبة الحدود مع ليبيا» is a task, "
        "not a destination; traps سوق ليبيا, نهج طرابلس, سالم الجرجيسي, وحدات تونسية.",
 "no3": "Egyptian site (Sada El Balad, Cairo) on the House defence committee: a reported reinforcement Marsa Matruh→Siwa, "
        "planned border guards for Sallum and Sidi Barrani, a planned marine landing at Sallum port from Ras El Tin naval "
        "base (Alexandria only locates the base), a reported LNA battalion Tobruk→Emsaed, a denied Egyptian move "
        "Siwa→Jaghbub and a conditional advance to Sirte and Jufra (إذا); a Libyan delegation's visit to Cairo and a "
        "helicopter carrier operating off Marsa Matruh are not movements; person traps إدريس (Idri), المطروحي.",
 "no4": "Algerian radio (Illizi) on a Foreign Ministry statement: a reported Il-76 airlift Tamanrasset→Djanet airport, a "
        "planned convoy Illizi→the Tin Alkoum post, the LNA's reported pull-back Isayen→Ghat, massing in Idri and Ubari and "
        "a fuel-and-ammunition shipment Sabha→Ghat, a denied Algerian redeployment Djanet→Illizi and a conditional reinforcement "
        "of Djanet and the border (إذا); Bordj Omar Driss and Djanet in «باقية في مواقعها» are presence; مبالغات holds غات.",
 "no5": "Egyptian paper (Al-Wafd, Cairo) on a Foreign Ministry statement and a deputy's remarks: RSF massing near Jebel "
        "Uweinat, a reported Egyptian reinforcement Kharga→East Oweinat via Baris (the New Valley town, not Paris), a "
        "planned company for the border triangle, a reported LNA reinforcement Kufra→Jebel Uweinat, a denied Egyptian arms "
        "shipment to Kufra and a conditional reinforcement of the border (إذا); the triangle's second mention is only the "
        "condition; the committee session in the New Administrative Capital is not a movement.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("no1", "no2", "no3", "no4", "no5")
