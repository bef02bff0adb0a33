# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and neighbours
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "el_fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                          # G
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                        # G
 # east and Kufra
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                               # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),      # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libya side)"),  # G* (row الحدود الليبية التشادية)
 # centre and Fezzan
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (also written تمنهنط)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                   # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libya side)"),  # G* (row الحدود الليبية الجزائرية)
 # Tripoli and the west
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tia": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),         # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "abu_salim": ("town", "LY", 32.88743, 13.18733, "Abu Salim"),                          # G
 "salah": ("town", "LY", 32.88743, 13.18733, "Salah al-Din (Tripoli)"),                 # G
 "tekbali": ("base", "LY", 32.88743, 13.18733, "Tekbali Camp (Tripoli)"),               # G
 "qasr": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                        # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "bani_walid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                        # G (also written بنى وليد)
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "bir_ghanam": ("town", "LY", 32.30912, 12.56935, "Bir al-Ghanam"),                     # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G (also written زنتان)
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                             # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabaa"),                             # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "nafusa": ("region", "LY", 31.95000, 12.40000, "Jabal Nafusa (Western Mountain)"),     # K
 # Misrata and the coast
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G (also written مصراته)
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G
 "air_academy": ("base", "LY", 32.32556, 15.05972, "Misrata Air Academy base"),         # G* (row مطار مصراتة / الكلية الجوية)
 "dafniya": ("village", "LY", 32.35000, 14.88000, "Dafniya"),                           # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                        # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
}

TRAPS = {
 "qoh1": ["طارق بن زياد", "مركز المسبار للدراسات والبحوث", "المسبار", "الجيش الوطني الليبي", "طوفان الكرامة",
          "صدام حفتر", "خالد الغدامسي", "الغدامسي"],
 "qoh2": ["444 قتال", "بدايات", "جهاز الردع", "الردع", "جهاز دعم الاستقرار", "الكانيات", "محمود حمزة",
          "الطرابلسية"],
 "qoh3": ["ليبيا الحرية", "القوة المشتركة", "شارع طرابلس", "البنيان المرصوص", "داعش", "حكومة الوحدة الوطنية",
          "مجلس مصراتة العسكري", "الهلال الأحمر"],
 "qoh4": ["سبل السلام", "بوابة الحركات الإسلامية", "البوابة", "عبد الرحمن هاشم الكيلاني", "قوات الدعم السريع",
          "التشادية", "تشادية", "سودانية", "السودانيين"],
 "qoh5": ["بلد الطيوب", "جامعة الزنتان", "علي امحمد الرجباني", "الرجباني", "دفاتر الجبل", "فجر ليبيا",
          "حكومة الوفاق", "أسامة الجويلي", "عماد الطرابلسي", "زنتاني", "الجبل الذي نزل إلى العاصمة"],
}

PHEN = {
 "qoh1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qoh2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "coverage_bases", "countries"],
 "qoh3": ["spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "ambiguity_tripoli",
          "coverage_bases", "coverage_crossings"],
 "qoh4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "qoh5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "vague_area", "coverage_bases"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA, MIS, ZIN = "Libyan National Army", "GNA forces", "Misrata forces", "Zintan forces"

MOVES = {
 "qoh1": [
  mv("advance", "reported", LNA, ["بنغازي"], ["درنة"]),
  mv("advance", "reported", LNA, ["قاعدة الجفرة الجوية"], ["سبها", "حقل الشرارة"], ["قاعدة تمنهنت"]),
  mv("withdraw", "reported", LNA, ["طرابلس"], ["سرت"]),
  mv("reinforce", "reported", LNA, ["سبها"], ["أوباري"]),
  mv("redeploy", "planned", LNA, ["قاعدة براك الجوية"], ["القطرون"]),
  mv("advance", "conditional", LNA, [], ["غدامس"]),
  mv("deploy", "denied", LNA, ["غات"], ["الحدود مع الجزائر"]),
 ],
 "qoh2": [
  mv("advance", "reported", GNA, ["قصر بن غشير"], ["ترهونة"]),
  mv("withdraw", "reported", LNA, ["ترهونة"], ["بني وليد", "سرت"]),
  mv("reinforce", "reported", GNA, ["معسكر التكبالي"], ["بنى وليد"], ["ترهونة"]),
  mv("deploy", "planned", GNA, [], ["مزدة"]),
  mv("withdraw", "conditional", GNA, ["أبو سليم"], ["صلاح الدين"]),
  mv("advance", "denied", GNA, ["صلاح الدين"], ["مطار معيتيقة"]),
 ],
 "qoh3": [
  mv("advance", "reported", MIS, ["الدافنية"], ["طرابلس"], ["زليتن"]),
  mv("advance", "reported", MIS, ["أبو قرين"], ["سرت"]),
  mv("naval_landing", "reported", MIS, ["ميناء مصراتة"], ["ميناء الخمس"]),
  mv("redeploy", "planned", MIS, ["قاعدة الكلية الجوية"], ["أبو قرين"]),
  mv("advance", "conditional", MIS, [], ["الوشكة"]),
  mv("reinforce", "denied", MIS, ["مصراتة"], ["طرابلس"]),
 ],
 "qoh4": [
  mv("advance", "reported", LNA, ["الكفرة"], ["ربيانة"]),
  mv("airlift", "reported", LNA, ["مطار الكفرة"], ["قاعدة تمنهنط"]),
  mv("reinforce", "reported", LNA, ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("deploy", "planned", LNA, ["قاعدة معطن السارة"], ["مثلث العوينات"]),
  mv("mobilise", "conditional", LNA, [], ["الحدود مع تشاد"]),
  mv("shipment", "denied", LNA, ["الكفرة"], ["دارفور"]),
 ],
 "qoh5": [
  mv("advance", "reported", ZIN, ["الزنتان"], ["طرابلس"], ["بئر الغنم", "الزاوية"]),
  mv("withdraw", "reported", ZIN, ["مطار طرابلس الدولي"], ["الزنتان"], ["العزيزية"]),
  mv("deploy", "reported", ZIN, ["الزنتان"], ["الأصابعة"]),
  mv("redeploy", "planned", ZIN, ["الرجبان"], ["قاعدة الوطية"]),
  mv("advance", "conditional", ZIN, [], ["غريان"]),
  mv("advance", "denied", ZIN, [], ["طرابلس"], ["العزيزية"]),
 ],
}

NOTES = {
 "qoh1": "Think-tank profile (Al-Mesbar) of the LNA's Tariq bin Ziyad brigade: dated flashbacks told as fact are "
         "reported moves (May 2018 Benghazi→Derna, January 2019 Jufra air base→Sabha and the Sharara field via "
         "Tamanhint, June 2020 pull-back from Tripoli's outskirts to Sirte); this week two companies Sabha→Ubari "
         "(reinforce), a planned battalion Brak air base→Al Qatrun, a conditional advance on Ghadames (Al-Rajma as "
         "the command's seat and the Al Wafa field only inside the condition) and denied columns Ghat→the border with "
         "Algeria; founding in Benghazi, fighting on the capital's fronts, the road to Ghat (purpose), Algeria's "
         "worry and the recruitment area Al Marj–Sabha are not movements; الغدامسي (spokesman) holds غدامس.",
 "qoh2": "Long-form magazine essay (Bidayat) on the 444 Brigade: June 2020 flashbacks (the brigade entering Tarhuna "
         "from Qasr Bin Ghashir, the LNA and Kaniyat pulling out of it to Bani Walid and Sirte); this week a company "
         "Tekbali camp→Bani Walid (written بنى وليد) via Tarhuna, a planned company for Mizda, a conditional pull-out "
         "Abu Salim→the barracks in Salah al-Din and a denied advance Salah al-Din→Mitiga airport; the road it "
         "guards (Tarhuna–Bani Walid–Mizda), Hamza's 2023 detention at Mitiga and the 2025 control of Abu Salim are "
         "not movements; الطرابلسية holds طرابلس.",
 "qoh3": "Libyan weekly (Libya Al-Hurriya, Misrata) on the Misrata Joint Force: 2011 rebels Dafniya→Tripoli via "
         "Zliten and the 2016 Bunyan al-Marsous advance Abu Qurayn→Sirte (reported flashbacks); this week a ferry "
         "landing Misrata port→Al-Khums port, a planned company Air Academy base→Abu Qurayn, a conditional advance on "
         "Al-Washka (Sirte only in the condition) and a denied reinforcement Misrata→Tripoli; شارع طرابلس (a street in "
         "Misrata), مجلس مصراتة العسكري, the headline Dafniya/Al-Washka, the dateline, the metonymic «طرابلس لا تحتاج» "
         "and Red Crescent convoys Misrata→Tawergha (civilian) are not movement places.",
 "qoh4": "Islamist Movements Portal profile of the Kufra-based Subul al-Salam brigade (LNA): 2017 advance "
         "Kufra→Rebiana and a 2019 airlift Kufra airport→Tamanhint base (written تمنهنط) as reported flashbacks; this "
         "week reinforcements Kufra→Maaten al-Sarra base, a planned patrol from there to the Uweinat triangle, a "
         "conditional massing on the border with Chad (Rebiana only in the condition) and denied fuel-and-ammunition "
         "trucks Kufra→Darfur; founding in Kufra, the command in Al-Rajma, the Libya–Egypt–Sudan triangle, refugees "
         "from El Fasher and North Darfur and Port Sudan (accuser) are not movement places.",
 "qoh5": "Libyan cultural site (Bilad al-Tuyub) retelling a Zintani academic's blog on Zintan's brigades: the August "
         "2011 descent Zintan→Tripoli via Bir al-Ghanam and Zawiya and the 2014 pull-out Tripoli airport→Zintan via "
         "Al-Aziziya (reported flashbacks); this week a company Zintan→Al-Asabaa, a planned battalion Rujban→Al-Watiya "
         "base, a conditional advance on Gharyan (Al-Asabaa in the condition) and a denied column towards Tripoli via "
         "Al-Aziziya; control of the airport, the 2019 fighting in Gharyan, Jabal Nafusa and the closing «تتنافس على "
         "طرابلس» are not movements; الرجباني holds الرجبان, عماد الطرابلسي holds طرابلس, جامعة الزنتان holds الزنتان.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qoh1", "qoh2", "qoh3", "qoh4", "qoh5")
