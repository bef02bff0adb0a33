# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge of the GeoNames value (see README table "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                  # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                    # G
 "niger": ("country", "NE", 17.60313, 9.8838, "Niger"),                                    # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                    # G
 "algeria": ("country", "DZ", 28.0512, 0.58775, "Algeria"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                               # G
 "turkey": ("country", "TR", 38.9611, 35.47856, "Türkiye"),                                # G
 "greece": ("country", "GR", 39.0717, 21.9517, "Greece"),                                  # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russian Federation"),                    # G
 # Libya, east and south-east (ac1, ac5)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                               # G* (اجدابيا for أجدابيا)
 "jalu": ("town", "LY", 29.03333, 21.55, "Jalu"),                                          # G
 "jalu_mun": ("district", "LY", 29.03333, 21.55, "Jalu municipality"),                     # G* (town row)
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjila"),                                   # G (اوجلة = same row)
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                                 # G
 "kufra": ("town", "LY", 24.1989, 23.29093, "Kufra"),                                      # G
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Al Kufra district"),                # G
 "wahat": ("district", "LY", 29.02035, 20.78359, "Al Wahat district"),                     # G
 "messla": ("oilfield", "LY", 27.97472, 22.35833, "Messla oil field"),                     # G
 "sarir": ("oilfield", "LY", 27.6624, 22.5086, "Sarir oil field"),                         # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),                  # G* (الحدود الليبية السودانية)
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                  # G* (جنوب شرق ليبيا)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                   # G
 "tobruk_port": ("city", "LY", 32.08963, 23.95385, "Tobruk port"),                         # G* (Tobruk city row)
 "khadim": ("base", "LY", 31.9985, 21.1918, "Al Khadim Air Base"),                         # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                    # G
 "sarra": ("base", "LY", 21.6877, 21.8309, "Maaten al-Sarra Air Base"),                    # G
 "tri_ly_sd_td": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"), # G* (المثلث الحدودي مع تشاد والسودان)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),             # G* (برقة)
 # Libya, centre and west (ac2, ac4)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                 # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                   # G
 "tawergha": ("town", "LY", 31.97083, 15.0525, "Tawergha"),                                # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                            # G (أبوقرين; بوقرين = same row)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                     # G
 "qardabiya": ("base", "LY", 31.0635, 16.595, "Gardabya Air Base"),                        # G
 "jufra": ("district", "LY", 29.1981, 16.001, "Al Jufra (district)"),                      # G* (air-base row as point near Hun/Waddan)
 "jufra_base": ("base", "LY", 29.1981, 16.001, "Al Jufra Air Base"),                       # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                         # G
 "waddan": ("town", "LY", 29.1614, 16.13904, "Waddan"),                                    # G
 "centre_ly": ("region", "LY", 26.33899, 17.22077, "Central Libya"),                       # G
 "south_libya": ("region", "LY", 24.6764, 17.6011, "Southern Libya"),                      # G* (جنوب ليبيا)
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                                  # G
 "watiya": ("base", "LY", 32.4769, 11.8968, "Al Watiya Air Base"),                         # G
 "mitiga_base": ("base", "LY", 32.8941, 13.276, "Mitiga Air Base"),                        # G
 "zuwara": ("town", "LY", 32.9312, 12.08199, "Zuwarah"),                                   # G
 # Libya, Fezzan (ac3)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                     # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                       # G
 "brak_base": ("base", "LY", 27.653, 14.264, "Brak Air Base"),                             # G
 "tamanhint": ("base", "LY", 27.2401, 14.6563, "Tamanhint Air Base"),                      # G* (تمنهنط for تمنهنت)
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                        # G
 "shati_dist": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii district"),          # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                       # G
 "idri_mun": ("district", "LY", 27.44707, 13.05173, "Idri municipality"),                  # G* (town row)
 "hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                         # G
 "sharara": ("oilfield", "LY", 26.55, 12.22, "El Sharara oil field"),                      # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                   # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                     # G
 "border_ne": ("region", "LY", 23.17309, 13.6986, "Libya-Niger border"),                   # G* (الحدود الليبية النيجرية)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                 # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                 # G
 # abroad
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                   # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                   # G
 "izmir": ("city", "TR", 38.41273, 27.13838, "Izmir"),                                     # G
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                                 # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                    # G
 "athens": ("city", "GR", 37.98376, 23.72784, "Athens"),                                   # G (row name آتن)
 "crete": ("region", "GR", 35.30919, 24.4671, "Crete"),                                    # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                   # G (row name garbled)
 "baltiysk": ("city", "RU", 54.6533, 19.9147, "Baltiysk"),                                 # K
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                   # G
 "niamey": ("city", "NE", 13.51366, 2.1098, "Niamey"),                                     # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                  # G
 "tamanrasset": ("town", "DZ", 22.785, 5.52278, "Tamanrasset"),                            # G
 "bbm": ("town", "DZ", 21.325, 0.94611, "Bordj Badji Mokhtar"),                            # G
 "border_dz_ml": ("region", "DZ", 22.09206, -0.15677, "Algeria-Mali border (Algerian side)"),  # G* (الحدود الجزائرية المالية)
 "washington": ("city", "US", 38.89511, -77.03637, "Washington"),                          # G
}

TRAPS = {
 "ac1": ["«الجيش الوطني»", "أخبار ليبيا 24", "كتيبة شهداء أوجلة", "القوة القاهرة", "طريح السرير",
         "منطقة الكفرة العسكرية", "سالم الجالوي", "منصات سودانية", "قوات الدعم السريع", "حرس المنشآت النفطية"],
 "ac2": ["القوة المشتركة مصراتة", "ليبيا الأحرار", "غرفة عمليات تأمين وحماية سرت الجفرة", "طائرات شحن روسية",
         "الفيلق الأفريقي", "«الجيش الوطني»", "انحسرت", "محمد الوداني", "الطائرات الروسية", "رئاسة الأركان العامة"],
 "ac3": ["اللواء 128 معزز", "«218»", "المعارضة التشادية", "العناصر التشادية", "إدريس المهدي", "الحياة عادت",
         "قبائل التبو", "شبكة أخبار فزان", "الطوارق", "مرزوق الحضيري", "خبراء روس"],
 "ac4": ["درع طرابلس 2026", "مشاة البحرية التركية", "TRT عربي", "القوات البحرية الليبية", "صلاح الطرابلسي",
         "وزارة الدفاع التركية", "«كاثيميريني» اليونانية", "وحدات تركية", "الرعايا الأتراك", "حكومة الوحدة الوطنية",
         "وكالة الأناضول", "الضباط الليبيين"],
 "ac5": ["«القدس العربي»", "كالينينغراد", "سفينة الإنزال الروسية", "مصادر ليبية", "«الجيش الوطني»", "الفيلق الأفريقي",
         "جنوداً روساً", "الجيش الجزائري", "الوجود الروسي", "الأراضي الليبية", "الجوار الليبي", "سفينة حربية روسية"],
}

PHEN = {
 "ac1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "town_vs_district", "coverage_oil", "coverage_neighbours", "countries"],
 "ac2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "vague_area", "coverage_bases"],
 "ac3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
 "ac4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "coverage_bases", "countries"],
 "ac5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital", "vague_area",
         "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA, MIS, TUR, RUS = "Libyan National Army", "GNA forces", "Misrata forces", "Turkish armed forces", "Russian forces"

MOVES = {
 "ac1": [
  mv("deploy", "reported", LNA, ["بنغازي"], ["جالو", "أوجلة"], ["اجدابيا"]),
  mv("withdraw", "reported", None, ["حقل مسلة"], ["اوجلة"]),
  mv("deploy", "planned", LNA, ["جالو"], ["تازربو"]),
  mv("reinforce", "conditional", LNA, ["اجدابيا"], ["حقل السرير"]),
  mv("advance", "denied", "Sudanese armed groups", ["الحدود مع السودان"], ["الكفرة"]),
 ],
 "ac2": [
  mv("airlift", "reported", RUS, ["قاعدة الخادم"], ["قاعدة القرضابية"]),
  mv("reinforce", "reported", MIS, ["مصراتة"], ["أبوقرين"], ["تاورغاء"]),
  mv("redeploy", "planned", GNA, ["زليتن"], ["بوقرين"]),
  mv("advance", "denied", LNA, ["سرت"], ["أبوقرين"]),
  mv("advance", "conditional", MIS, [], ["سرت"]),
 ],
 "ac3": [
  mv("reinforce", "reported", LNA, ["سبها"], ["براك", "قاعدة تمنهنط"]),
  mv("withdraw", "reported", "Chadian armed groups", ["إدري"], ["الحدود مع النيجر"], ["وادي الحياة"]),
  mv("deploy", "planned", LNA, [], ["إدري"]),
  mv("withdraw", "conditional", LNA, ["براك"], ["سبها"]),
  mv("advance", "denied", None, ["مرزق"], ["أوباري"]),
  mv("mobilise", "reported", None, [], ["أوباري"]),
 ],
 "ac4": [
  mv("naval_landing", "reported", TUR, ["إزمير"], ["الخمس"]),
  mv("airlift", "reported", TUR, ["قيصري"], ["قاعدة الوطية"]),
  mv("redeploy", "planned", TUR, [], ["قاعدة معيتيقة"]),
  mv("advance", "denied", TUR, ["مصراتة"], ["سرت"]),
  mv("deploy", "conditional", TUR, [], ["زوارة"]),
 ],
 "ac5": [
  mv("shipment", "reported", RUS, ["بالتييسك"], ["ميناء طبرق"]),
  mv("shipment", "reported", RUS, ["طبرق"], ["قاعدة الخادم"]),
  mv("airlift", "planned", RUS, [], ["باماكو", "نيامي"], ["قاعدة معطن السارة"]),
  mv("naval_landing", "denied", RUS, [], ["طبرق"]),
  mv("reinforce", "conditional", "Algerian army", [], ["تمنراست", "برج باجي مختار", "الحدود مع مالي"]),
 ],
}

NOTES = {
 "ac1": "Akhbar Libya 24 (أخبار ليبيا 24): an LNA column reaches Jalu/Awjila while protesters keep the Messla and Sarir fields shut. "
        "Reported LNA deployment Benghazi→Jalu and Awjila via Ajdabiya (`اجدابيا`; headline = same move); reported withdrawal of a "
        "Petroleum Facilities Guard unit Messla field→Awjila (`اوجلة`, actor null); planned LNA company Jalu→Tazirbu (ستتحرك … مطلع "
        "الأسبوع المقبل); conditional LNA reinforcement Ajdabiya→Sarir field (إذا); Sudanese RSF incursion from the border with Sudan "
        "towards Kufra denied. Not movements: Ajdabiya dateline, the NOC in Tripoli, foreign workers evacuated to Benghazi by air, "
        "the Kufra–Ajdabiya road, Sudanese refugees heading for Kufra district, the Jalu mayor's warning about the Wahat. Traps: "
        "أخبار ليبيا 24 (media), «الجيش الوطني», كتيبة شهداء أوجلة, منطقة الكفرة العسكرية, قوات الدعم السريع, حرس المنشآت النفطية "
        "(forces), سالم الجالوي (person, contains جالو), القوة القاهرة and طريح السرير (common words containing القاهرة/السرير), "
        "منصات سودانية (nisba).",
 "ac2": "Libya Alahrar (ليبيا الأحرار): Russian cargo flights to Gardabya and Misrata reinforcements at Abu Qurayn. Reported Russian "
        "(Africa Corps) airlift Al Khadim base→Gardabya base (headline = same move); reported Misrata reinforcement Misrata→Abu "
        "Qurayn via Tawergha (headline = same move); planned GNA redeployment of two battalions Zliten→Abu Qurayn (`بوقرين`, "
        "ستعيدان تمركزهما … خلال أيام); LNA advance Sirte→Abu Qurayn denied; conditional Misrata advance towards Sirte (لن … إلا إذا). "
        "Not movements: Misrata dateline, the Chief of Staff in Tripoli, the 2020 Sirte–Jufra line and Cairo's red line, Moscow as "
        "actor, Jufra base between Hun and Waddan as a habitual transit hub for Russian flights to southern Libya. Traps: ليبيا الأحرار "
        "(media), القوة المشتركة مصراتة and غرفة عمليات تأمين وحماية سرت الجفرة (forces named after places), الفيلق الأفريقي, "
        "«الجيش الوطني», رئاسة الأركان العامة, محمد الوداني (person, contains ودان), انحسرت (common word containing سرت), "
        "طائرات شحن روسية / الطائرات الروسية (nisba).",
 "ac3": "218 (قناة 218): Chadian gunmen near Idri and LNA reinforcements in Wadi al-Shati. Reported LNA (128th Brigade) reinforcement "
        "Sabha→Brak and Tamanhint base (`قاعدة تمنهنط`; headline = same move); reported withdrawal of Chadian armed groups Idri→the "
        "border with Niger via Wadi al-Hayat; planned LNA deployment in Idri (ستتمركز … اعتباراً من الأسبوع المقبل); conditional LNA "
        "withdrawal Brak→Sabha (فور تسلّم); move of gunmen Murzuq→Ubari denied by the Tebu council (actor null); reported mobilisation "
        "of Tuareg youths at Ubari's eastern entrance (actor null). Not movements: Sabha dateline, two wounded taken to the Sabha "
        "medical centre, the road to the Sharara field, Russian experts stationed at Brak air base, smuggling between Fezzan and "
        "Chad. Traps: «218», شبكة أخبار فزان (media), اللواء 128 معزز (force), إدريس المهدي (person, contains إدري), مرزوق الحضيري "
        "(person = spelling variant of Murzuq), الحياة عادت (common word, cf. وادي الحياة), المعارضة التشادية / العناصر التشادية / "
        "خبراء روس / قبائل التبو / الطوارق (nisba, ethnonyms).",
 "ac4": "TRT Arabic (TRT عربي): Turkish-Libyan exercise with a marine landing at Al Khums. Reported Turkish naval landing Izmir→Al "
        "Khums (headline = same move); reported Turkish airlift Kayseri→Al Watiya base; planned transfer of the training teams to "
        "Mitiga base (على أن تنتقل … الأسبوع المقبل; origin implied); Turkish move Misrata→Sirte denied (Greek press claim); "
        "conditional frigate deployment off Zuwara (إذا). Not movements: Ankara dateline and government, the ship's past evacuation "
        "of Turkish nationals from Tripoli in Lebanon, Athens' complaint about waters near Crete, Greece's view of the maritime MoU. "
        "Traps: TRT عربي, وكالة الأناضول (media), درع طرابلس 2026 (exercise named after Tripoli), صلاح الطرابلسي (person, contains "
        "طرابلس), «كاثيميريني» اليونانية (nisba, contains اليونان), مشاة البحرية التركية, وحدات تركية, القوات البحرية الليبية, "
        "الضباط الليبيين, الرعايا الأتراك, وزارة الدفاع التركية, حكومة الوحدة الوطنية.",
 "ac5": "Al-Quds Al-Arabi (القدس العربي): a Russian landing ship unloads armour at Tobruk. Reported Russian shipment Baltiysk→Tobruk "
        "port (headline = same move); reported overland shipment Tobruk→Al Khadim base; planned Russian airlift via Maaten al-Sarra "
        "base to Bamako and Niamey (على أن يُنقل جواً; origin implied); Russian landing of troops at Tobruk denied by the LNA; "
        "conditional Algerian-army reinforcement at Tamanrasset, Bordj Badji Mokhtar and the border with Mali (إذا). Not movements: "
        "London dateline, Al Marj and the border triangle with Chad and Sudan as locators, Benghazi/Moscow contracts, Algiers as the "
        "diplomat's location, Tunisia/Algeria/Washington as actors, eastern Libya as a future rear base, Mali/Niger where the Africa "
        "Corps operates. Traps: «القدس العربي» (media, contains القدس), كالينينغراد (ship named after a city), الجيش الجزائري "
        "(contains الجزائر), «الجيش الوطني», الفيلق الأفريقي, nisbas (سفينة الإنزال الروسية, سفينة حربية روسية, جنوداً روساً, "
        "الوجود الروسي, مصادر ليبية, الأراضي الليبية, الجوار الليبي).",
}

# Read by tests/golden/sample_tools.py check (values from this sample's former src/check.py).
WORDS = (240, 265)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
