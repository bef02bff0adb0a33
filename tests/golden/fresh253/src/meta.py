# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "jufra": ("district", "LY", 29.12, 15.95, "Al Jufra"),                                 # K (area point near Hun, root README rule)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 # iu1 the Sirte line (Al-Arab)
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G (gazetteer kind kept)
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 # iu2 the Fezzan (Raseef22)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                   # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                   # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 # iu3 Egypt's western border (Al-Shorouk)
 "sidi_barrani": ("town", "EG", 31.61083, 25.92556, "Sidi Barrani"),                    # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "cairo_west": ("base", "EG", 30.1164, 30.9153, "Cairo West Air Base"),                 # K
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "bomba_gulf": ("region", "LY", 32.40000, 23.10000, "Gulf of Bomba"),                   # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "benghazi_port": ("crossing", "LY", 32.10, 20.05, "Port of Benghazi"),                  # K
 "border_eg_sd": ("region", "EG", 22.22287, 31.25544, "Egypt-Sudan border"),            # G* (row الحدود المصرية السودانية)
 "triangle_eg_sd": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G* (row مثلث العوينات)
 # iu4 the Maghreb view (Hespress)
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "west_ly": ("region", "LY", 31.5, 12.5, "Western Libya"),                              # K
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                           # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "triangle_dz_tn": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),      # G* (row منفذ رأس جدير)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                      # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "west_mountain": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwarah municipality"),              # G* (town row)
 "border_tn_side": ("region", "TN", 33.10, 11.45, "Tunisia-Libya border (Tunisian side)"),  # K
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                             # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 # iu5 Tripoli (Al-Qabas)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                  # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "misrata_port": ("crossing", "LY", 32.368, 15.215, "Port of Misrata (Qasr Ahmad)"),    # K
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "khums_port": ("crossing", "LY", 32.654, 14.280, "Port of Al Khums"),                  # K
 "abu_salim": ("town", "LY", 32.88743, 13.18733, "Abu Salim"),                          # G (row أبو سليم)
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    """One movement row as movements.jsonl holds it."""
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA, MIS, ZIN = "Libyan National Army", "GNA forces", "Misrata forces", "Zintan forces"

TRAPS = {
 "iu1": ["ميدان الشهداء", "محمود المصراتي", "العرب", "كتيبة ثوار طرابلس"],
 "iu2": ["الفيلق الأفريقي", "السفارة الروسية", "دعم مالي", "علي السبهاوي", "المنطقة العسكرية الجنوبية",
         "التشادية", "لا أدري"],
 "iu3": ["المنطقة الغربية العسكرية", "المسيّرات التركية", "الشروق", "المياه الإقليمية المصرية",
         "الجيش الوطني الليبي", "قوات الدعم السريع"],
 "iu4": ["الجيش الجزائري", "الجوار الليبي", "هسبريس", "شأناً ليبياً", "صحف جزائرية", "تونسياً",
         "المجلس العسكري الزنتان", "الشؤون المغاربية", "عبد الرحيم التونسي", "محمد الإدريسي",
         "اتفاق الصخيرات"],
 "iu5": ["الطرابلسين", "اللبنانية", "شقيقتها الليبية", "المنطقة العسكرية الغربية", "الأناضول",
         "جهاز دعم الاستقرار", "من هذه الزاوية"],
}

PHEN = {
 "iu1": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "ambiguity_tripoli",
         "coverage_bases", "coverage_oil", "vague_area", "countries"],
 "iu2": ["clitics", "multiword", "person_trap", "common_word_trap", "operation_trap", "nisba", "vague_area",
         "ambiguity_idri", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "iu3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "border_phrase", "vague_area",
         "coverage_bases", "coverage_neighbours", "countries"],
 "iu4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "town_vs_district", "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "iu5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "coverage_crossings", "countries"],
}

MOVES = {
 "iu1": [
  mv("reinforce", "reported", LNA, ["قاعدة الجفرة الجوية"], ["سرت"], ["ودان"]),
  mv("deploy", "reported", MIS, ["مصراتة"], ["الوشكة"]),
  mv("withdraw", "reported", MIS, ["الوشكة"], ["أبوقرين"]),
  mv("advance", "conditional", LNA, [], ["أبوقرين"]),
  mv("reinforce", "planned", GNA, ["مصراتة"], ["أبوقرين"]),
  mv("withdraw", "denied", LNA, ["رأس لانوف"], ["سرت"]),
 ],
 "iu2": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الخادم"], ["قاعدة براك الجوية"]),
  mv("redeploy", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["مالي"]),
  mv("deploy", "planned", LNA, ["سبها"], ["حقل الشرارة"]),
  mv("advance", "reported", LNA, ["قاعدة تمنهنت"], ["سبها"]),
  mv("mobilise", "conditional", LNA, [], ["القطرون", "أم الأرانب"]),
 ],
 "iu3": [
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["السلوم"], ["سيدي براني"]),
  mv("airlift", "planned", "Egyptian army", ["قاعدة غرب القاهرة الجوية"], ["قاعدة محمد نجيب العسكرية"]),
  mv("naval_landing", "denied", "Egyptian army", [], ["خليج البمبة"]),
  mv("shipment", "reported", LNA, ["الإسكندرية"], ["ميناء بنغازي"]),
  mv("advance", "conditional", "Egyptian army", [], ["سرت", "الجفرة"]),
 ],
 "iu4": [
  mv("reinforce", "reported", "Algerian army", ["عين أمناس"], ["الدبداب"]),
  mv("deploy", "planned", GNA, ["طرابلس"], ["غدامس"], ["نالوت"]),
  mv("redeploy", "reported", GNA, ["معبر رأس اجدير"], ["زوارة"]),
  mv("reinforce", "conditional", "Tunisian army", ["مدنين"], ["بن قردان"]),
  mv("mobilise", "denied", ZIN, [], ["الرجبان"]),
 ],
 "iu5": [
  mv("deploy", "reported", MIS, ["مصراتة"], ["تاجوراء"], ["القره بوللي"]),
  mv("shipment", "reported", GNA, ["مرسين"], ["ميناء مصراتة"]),
  mv("withdraw", "planned", GNA, ["طرابلس"], []),
  mv("advance", "denied", ZIN, ["الزنتان"], ["غريان"]),
  mv("naval_landing", "conditional", "Turkish armed forces", [], ["ميناء الخمس"]),
 ],
}

NOTES = {
 "iu1": "Al-Arab-style analysis of the Sirte line: an LNA reinforcement Jufra air base→Sirte via Waddan (reported); "
        "Misrata's brigades sent to Al-Washka in January and pulled back to Abu Qurayn in February (reported; the "
        "counterfactual «لو لم تنسحب تلك الكتائب من الوشكة» retells the same withdrawal); the LNA spokesman's "
        "conditional advance on Abu Qurayn; a planned GNA company Misrata→Abu Qurayn; a denied LNA artillery pull-out "
        "Ras Lanuf→Sirte. The headline/body «ماذا لو تقدم الجيش نحو أبوقرين؟», the condition «إذا تحركت أي قوة من "
        "مصراتة» and «لو وصلت المدافع إلى مشارف مصراتة» are columnists' hypotheticals, not movements.",
 "iu2": "Raseef22-style column on the Fezzan: two Russian Il-76 flights Al Khadim→Brak air base (reported); a rumoured "
        "Africa Corps redeployment Jufra air base→Mali denied by the Russian embassy; a planned LNA battalion "
        "Sabha→Sharara field; the 2019 LNA advance Tamanhint base→Sabha presupposed by «فلو لم يتقدم الجيش» "
        "(reported); a conditional LNA mass in Al Qatrun and Umm al-Aranib. «لو انسحب الروس من براك», «المسلحين "
        "القادمين من تشاد والنيجر» and the condition about Chadian groups are not movements.",
 "iu3": "Al-Shorouk-style column on Egypt's red line: an Egyptian reinforcement Marsa Matruh→Sallum via Sidi Barrani "
        "(reported); a planned paratroop airlift Cairo West air base→Mohamed Naguib base; a denied Egyptian naval "
        "landing in the Gulf of Bomba; an armour shipment Alexandria→Benghazi port for the LNA (reported); the "
        "defence minister's conditional intervention in Sirte and Jufra. The 2020 speech at Sidi Barrani, «هل كانت "
        "الميليشيات ستدخل سرت؟» and the what-ifs about the south are not movements.",
 "iu4": "Hespress-style analysis of western Libya seen from the Maghreb: an Algerian reinforcement In Amenas→Debdeb "
        "(reported); a planned GNA security force Tripoli→Ghadames via Nalut; a GNA company Ras Ajdir crossing→Zuwara "
        "(reported redeploy); a conditional Tunisian battalion Medenine→Ben Gardane; a denied Zintan mass in "
        "Al-Rujban. «ماذا لو عبر الجيش الجزائري إلى غدامس؟» (headline and body) is hypothetical; the «رتل عسكري» near "
        "Al-Watiya was civilian fuel trucks; neither is a movement.",
 "iu5": "Al-Qabas-style column on Tripoli: a Misrata force Misrata→Tajoura via Garabulli (reported, retold by "
        "residents); a shipment of armoured vehicles Mersin→Misrata port for the GNA (reported); the Presidential "
        "Council's planned pull-out of armed groups from central Tripoli (no destination named); a denied Zintan move "
        "towards Gharyan; Turkey's conditional marine landing at Al-Khums port. «ماذا لو قرر جهاز دعم الاستقرار "
        "استعادة مواقعه في أبوسليم؟» and «لو لم تتدخل تركيا» are hypotheticals; Lebanese Tripoli is a place, not a "
        "movement.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("iu1", "iu2", "iu3", "iu4", "iu5")
