# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "belarus": ("country", "BY", 53.69985, 28.01942, "Belarus"),                           # G (row روسيا البيضاء)
 # if1 Benghazi and Al-Marj
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "bgz_port": ("crossing", "LY", 32.105, 20.050, "Benghazi port"),                       # K
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "abyar": ("town", "LY", 32.19000, 20.59653, "Al Abyar"),                               # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "qaminis": ("town", "LY", 31.65760, 20.01697, "Qaminis"),                              # G
 "suluq": ("town", "LY", 31.66818, 20.25205, "Suluq"),                                  # G
 "tocra": ("town", "LY", 32.53414, 20.57911, "Tocra"),                                  # G
 "jabal_akhdar": ("region", "LY", 32.02519, 21.79830, "Jebel Akhdar"),                  # G* (district row)
 # if2 Al-Bayda, Derna and the Jebel Akhdar
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "derna_mun": ("district", "LY", 32.76704, 22.63669, "Derna municipality"),             # G* (city row)
 "shahhat": ("town", "LY", 32.80430, 21.86605, "Shahhat"),                              # G
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                              # G
 "abraq": ("town", "LY", 32.78991, 22.00050, "Al Abraq"),                               # G
 "martuba": ("town", "LY", 32.57421, 22.76353, "Martuba"),                              # G
 # if3 Tobruk and the Egyptian border
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Tobruk port"),                      # K
 "tobruk_mun": ("district", "LY", 32.08963, 23.95385, "Tobruk municipality"),           # G* (city row)
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),   # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "border_ly_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libyan side)"),  # G* (الحدود الليبية المصرية)
 "sallum_crossing": ("crossing", "EG", 31.585, 25.075, "Sallum land port"),             # K
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "kambut": ("town", "LY", 31.90434, 24.47840, "Kambut"),                                # G
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G
 "butnan": ("district", "LY", 30.16346, 23.87338, "Al Butnan"),                         # G
 # if4 Ajdabiya, Jalu, Awjila, Brega
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjila"),                                # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa el Brega oil terminal"),   # G* (town row)
 "nafoura": ("oilfield", "LY", 29.21320, 21.59240, "Nafoora oil field"),                # G
 # if5 Kufra and Tazirbu
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "hawari": ("village", "LY", 24.31667, 23.16667, "Al Hawwari"),                         # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                   # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                      # G* (row مثلث العوينات)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (الحدود الليبية السودانية)
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "n_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                    # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"), # G* (row مثلث العوينات)
}

TRAPS = {
 "if1": ["بوابة إفريقيا الإخبارية", "اللحوم البيضاء", "الليبية", "شارع دبي", "الأهلي بنغازي", "الأهلي طرابلس", "ملعب شهداء بنينا"],
 "if2": ["يورونيوز عربي", "جامعة عمر المختار", "إدريس الفاخري", "تركية", "نادي الأخضر", "دارنس", "أوروبي"],
 "if3": ["اليوم السابع", "الجيش الليبي", "الجيش الوطني الليبي", "الروسي", "عادل الطبرقي", "الملك إدريس السنوسي", "الليبية", "المصرية",
         "مصري"],
 "if4": ["الشرق", "شركة البريقة لتسويق النفط", "عوض الجالوي", "المؤسسة الوطنية للنفط"],
 "if5": ["بي بي سي نيوز عربي", "أطباء بلا حدود", "السودانيين", "الليبية", "سبل السلام", "قوات الدعم السريع"],
}

PHEN = {
 "if1": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "if2": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "vague_area", "town_vs_district", "countries"],
 "if3": ["spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "if4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "coverage_oil", "countries"],
 "if5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours",
         "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"
MOVES = {
 "if1": [
  mv("shipment", "reported", LNA, [], ["ميناء بنغازي"]),
  mv("reinforce", "reported", LNA, ["بنغازي"], ["المرج"], ["الأبيار"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["الكفرة"]),
  mv("redeploy", "planned", LNA, ["قمينس"], ["سلوق"]),
  mv("deploy", "conditional", LNA, [], ["توكرة"]),
  mv("withdraw", "denied", LNA, ["الأبيار"], ["بنغازي"]),
 ],
 "if2": [
  mv("deploy", "reported", LNA, ["البيضاء"], ["شحات"]),
  mv("deploy", "reported", LNA, ["بنغازي"], ["درنة"]),
  mv("redeploy", "planned", LNA, ["مرتوبة"], ["القبة"]),
  mv("reinforce", "conditional", LNA, ["المرج"], ["البيضاء"]),
  mv("mobilise", "denied", None, [], ["درنة"]),
 ],
 "if3": [
  mv("reinforce", "reported", LNA, ["طبرق"], ["الجغبوب"]),
  mv("naval_landing", "reported", LNA, ["بنغازي"], ["ميناء طبرق"]),
  mv("deploy", "conditional", LNA, ["كمبوت"], ["أمساعد"]),
  mv("reinforce", "planned", "Egyptian army", ["مرسى مطروح"], ["السلوم"]),
  mv("deploy", "denied", "Egyptian army", [], ["ليبيا"], ["منفذ السلوم"]),
 ],
 "if4": [
  mv("reinforce", "reported", LNA, ["أجدابيا"], ["جالو"], ["أوجلة"]),
  mv("shipment", "planned", LNA, ["بنغازي"], ["جالو"]),
  mv("naval_landing", "planned", LNA, ["بنغازي"], ["ميناء البريقة"]),
  mv("withdraw", "conditional", LNA, ["حقل النافورة"], ["جالو"]),
  mv("advance", "denied", LNA, ["جالو"], ["الكفرة"]),
 ],
 "if5": [
  mv("withdraw", "reported", LNA, ["ربيانة"], ["الكفرة"]),
  mv("deploy", "planned", LNA, ["الكفرة"], ["تازربو"]),
  mv("airlift", "reported", LNA, ["قاعدة الخادم"], ["مطار الكفرة"]),
  mv("advance", "conditional", LNA, [], ["جبل العوينات"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["المالحة"]),
 ],
}

NOTES = {
 "if1": "Benghazi general news (appeal court, white-meat prices and the parallel dollar in Tripoli and Benghazi, "
        "Benghazi port, kidney transplants with a team from Tunisia, Dubai Street, Al-Ahly Benghazi v Al-Ahly Tripoli "
        "at the Benina Martyrs stadium, weather) with six LNA moves: arms unloaded at Benghazi port (reported "
        "shipment, told inside an economy sentence), an infantry company Benghazi→Al-Marj via Al-Abyar (reported, "
        "also the headline), a cargo plane Benina air base→Kufra (reported), an artillery battalion Qaminis→Suluq "
        "(planned, تعتزم), military police for Tocra (conditional, إذا) and a pull-out Al-Abyar→Benghazi (denied).",
 "if2": "Al-Bayda/Derna general news (university exams, a Derna dam contract, measles in Al-Qubba and Al-Abraq, "
        "tractors from Belarus written روسيا البيضاء, a football match, weather) with an LNA company Al-Bayda→Shahhat "
        "and engineers Benghazi→Derna (reported), a battalion Martuba→Al-Qubba (planned, من المنتظر), reinforcements "
        "Al-Marj→Al-Bayda (conditional, في حال) and a denied build-up in Derna («في المدينة» → درنة; no force named).",
 "if3": "Tobruk news in an Egyptian outlet's style (wheat at Tobruk port, crude from Marsa al-Hariga, a "
        "fuel-smuggling verdict, dialysis, khamsin over Al-Butnan, a market, King Idris's palace, a footballer named "
        "الطبرقي) with an LNA reinforcement Tobruk→Al-Jaghbub (reported; «الحدود مع مصر» only locates Jaghbub), a "
        "marine landing at Tobruk port from Benghazi (reported), a conditional Kambut→Emsaed company (written أمساعد), "
        "Egyptian border guards Marsa Matruh→Sallum (planned) and a denied Egyptian crossing into Libya via the Sallum "
        "land port.",
 "if4": "Ajdabiya/Jalu general news (fuel queues, Brega depots and oil terminal, the Nafoora field, a court verdict, "
        "Awjila hospital, the Jalu dates festival, a sandstorm on the Ajdabiya–Jalu road) with an LNA convoy "
        "Ajdabiya→Jalu via Awjila (reported), an ammunition and fuel shipment Benghazi→Jalu and a marine landing "
        "Benghazi→Brega port (both planned), a pull-back Nafoora field→Jalu (conditional, بمجرد) and a denied move "
        "Jalu→Kufra.",
 "if5": "Kufra/Tazirbu general news (diarrhoea among Sudanese refugees, MSF speaking from Tunis, camps in Al-Hawari, "
        "Tazirbu municipal election, wells, a court verdict, flights Tripoli→Kufra cancelled) with a Subul al-Salam "
        "company back Rebiana→Kufra (reported withdraw), another Kufra→Tazirbu (planned; «من المدينة» → الكفرة), a "
        "cargo plane Al Khadim air base→Kufra airport (reported, pluperfect كانت … قد هبطت), an advance on Jebel "
        "Uweinat (conditional, إذا; «عبر الحدود مع السودان» is where infiltrators would come from, not a move place) "
        "and an RSF build-up in Al-Malha (denied; «تمهيداً للتقدم نحو المثلث الحدودي» is its purpose, not a second move).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("if1", "if2", "if3", "if4", "if5")
