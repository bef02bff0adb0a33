# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 # xs1 a week across Libya (Carnegie Middle East Center, Beirut)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # K (README convention: point near Hun/Waddan)
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "zueitina_port": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),      # G* (town row الزويتينة)
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 # xs2 the southern borders in a month (Emirates Policy Center, Abu Dhabi)
 "abudhabi": ("city", "AE", 24.45118, 54.39696, "Abu Dhabi"),                           # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "uweinat_triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "maaten_sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),        # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                # G
 # xs3 the western border of Egypt in a month (ECSS, Cairo)
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "amsaad_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "border_ly_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border"),            # G* (row الحدود الليبية المصرية)
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica"),                        # G
 "naguib_base": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),     # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "bardia": ("town", "LY", 31.75000, 25.08333, "Bardia"),                                # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G
 # xs4 western Libya in a month (Arab Center for Research and Policy Studies, Doha)
 "west_ly": ("region", "LY", 31.0, 12.5, "Western Libya"),                              # K
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "yarmouk": ("base", "LY", 32.88743, 13.18733, "Yarmouk Camp (Tripoli)"),               # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                  # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 # xs5 the south-west and the Algerian border in a week (Libyan Organization for Policies and Strategies, Tripoli)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "southwest_ly": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),           # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
}

TRAPS = {
 "xs1": ["مركز مالكوم كير–كارنيغي للشرق الأوسط", "برنامج شمال أفريقيا والساحل", "الجيش الوطني الليبي", "خالد المحجوب",
         "لواء المحجوب", "بوابة الوسط", "المصراتية", "الجيش اللبناني", "اللبنانية", "التركية"],
 "xs2": ["مركز الإمارات للسياسات", "برنامج دراسات الساحل والصحراء", "الجيش الوطني الليبي", "سبل السلام",
         "قوات الدعم السريع", "الدعم السريع", "السودانية", "محمد إدريس ديبي", "التشادي", "دعم مالي"],
 "xs3": ["مرصد الحدود الغربية", "المركز المصري للفكر والدراسات الاستراتيجية", "القوات المسلحة المصرية",
         "الاتجاه الاستراتيجي الغربي", "مصري", "مصرية", "ليبية", "الجيش المصري", "حسم 2026"],
 "xs4": ["المركز العربي للأبحاث ودراسة السياسات", "هذه الزاوية", "قوة حماية طرابلس", "الجيش التونسي", "تونسية",
         "القوة المشتركة", "تركية", "دعم مالي"],
 "xs5": ["المنظمة الليبية للسياسات والاستراتيجيات", "الجيش الوطني الليبي", "إدريس الغدامسي", "جزائري",
         "الجيش الجزائري", "الجزائري"],
}

PHEN = {
 "xs1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "xs2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "xs3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "xs4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "xs5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_oil", "coverage_neighbours",
         "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "xs1": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["سرت"]),
  mv("withdraw", "conditional", "Misrata forces", ["الوشكة"], ["مصراتة"]),
  mv("shipment", "denied", None, ["مرفأ طرابلس"], ["ميناء الخمس"]),
  mv("redeploy", "planned", "Libyan National Army", ["البريقة"], ["ميناء الزويتينة"]),
  mv("airlift", "reported", "Turkish armed forces", ["أنقرة"], ["قاعدة الوطية"]),
 ],
 "xs2": [
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["الحدود مع السودان"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["مثلث العوينات"]),
  mv("reinforce", "planned", "Libyan National Army", ["سبها"], ["القطرون"], ["أم الأرانب"]),
  mv("advance", "conditional", "Libyan National Army", ["القطرون"], ["منفذ التوم"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة الخادم"], ["قاعدة معطن السارة"]),
 ],
 "xs3": [
  mv("reinforce", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["السلوم"], ["مرسى مطروح", "سيدي براني"]),
  mv("advance", "denied", "Egyptian army", [], ["البردي"], ["منفذ امساعد"]),
  mv("naval_landing", "planned", "Libyan National Army", ["قاعدة طبرق البحرية"], ["درنة"]),
  mv("withdraw", "conditional", "Libyan National Army", ["امساعد"], ["طبرق"]),
  mv("mobilise", "reported", "Egyptian army", [], ["سيدي براني"]),
 ],
 "xs4": [
  mv("deploy", "reported", "GNA forces", ["معسكر اليرموك"], ["الزاوية"], ["جنزور"]),
  mv("redeploy", "denied", "Zintan forces", ["الزنتان"], ["قاعدة الوطية"]),
  mv("deploy", "planned", "Tunisian army", ["قابس"], ["الذهيبة"]),
  mv("advance", "conditional", "Misrata forces", ["مصراته"], ["طرابلس"], ["القره بوللي"]),
  mv("naval_landing", "reported", "Turkish armed forces", [], ["قاعدة أبوستة البحرية"]),
 ],
 "xs5": [
  mv("withdraw", "reported", "Libyan National Army", ["إدري"], ["براك"]),
  mv("airlift", "planned", "Algerian army", ["ورقلة"], ["إليزي"]),
  mv("deploy", "denied", "Foreign fighters", ["النيجر"], ["العوينات"]),
  mv("redeploy", "conditional", "Libyan National Army", ["حقل الشرارة"], ["حقل الفيل"]),
  mv("shipment", "reported", "Algerian army", ["عين أميناس"], ["الدبداب"]),
 ],
}

NOTES = {
 "xs1": "Carnegie weekly digest, numbered dated items: an LNA column Jufra air base→Sirte (Hun only locates the base; "
        "'the Sirte–Jufra line' adds no move), Misrata forces' conditional return Al-Washka→Misrata ('بمجرد'), a "
        "Lebanese-army denial of an ammunition shipment from the port of Tripoli (Lebanon)→Khoms port (Mersin = the "
        "civilian ship's declared destination, not a movement place), a planned PFG company Brega→Zueitina terminal, "
        "and a Turkish A400M airlift Ankara→Al-Watiya recalled from the previous week. Beirut dateline; Tripoli (Libya) "
        "only as the seat of the chief of staff.",
 "xs2": "Emirates Policy Center monthly on the southern borders: an LNA (Subul al-Salam) deployment Kufra→the border "
        "with Sudan ('400 km south-east of the city' adds no place), the RSF's denied massing in the Uweinat triangle "
        "(their claimed earlier departure names no place), a planned LNA reinforcement Sabha→Al Qatrun via Umm "
        "al-Aranib (first Sabha = the sources' location), a conditional advance Qatrun→Toummo crossing, and a "
        "recalled Russian airlift Al-Khadim→Maaten al-Sarra; Benghazi (Déby's visit), Chad, Niger and the Libya–Chad "
        "border are not movement places.",
 "xs3": "ECSS monthly on the Egyptian–Libyan border: Egyptian reinforcement Mohamed Naguib base→Sallum via Marsa Matruh "
        "and Sidi Barrani, a denied Egyptian crossing through the Amsaad crossing toward Bardia, a planned LNA landing "
        "exercise Tobruk naval base→Derna beach (Benghazi = the announcing office), a conditional LNA pull-back "
        "Emsaed→Tobruk (first Tobruk = the source's city), and a recalled Egyptian massing in Sidi Barrani before the "
        "«Hasm 2026» manoeuvres; Cairo, Cyrenaica, the border region, Egypt and Libya are not movement places.",
 "xs4": "Arab Center monthly on western Libya: a GNA force Yarmouk camp→Zawiya via Janzour (Tripoli only locates the "
        "camp, the Zawiya refinery only where the clashes were), Zintan's denied transfer Zintan→Al-Watiya (first "
        "Zintan = the council's seat), a planned Tunisian deployment Gabes→Dehiba (Wazin crossing only 'opposite'), "
        "Misrata forces' conditional advance on Tripoli via Garabulli, and a recalled Turkish landing at Abu Sitta "
        "naval base; 'من هذه الزاوية' is a common-word trap, Tunis the ministry's city.",
 "xs5": "LOPS weekly on the south-west: an LNA company's withdrawal Idri→Brak ('ستبقى ببراك' is the same move), a "
        "planned Algerian airlift Ouargla→Illizi (Ghat a distance reference; Algiers the ministry's city), a denied "
        "arrival of foreign fighters Niger→Al-Awaynat (Ghat municipality = the denier), a conditional PFG company "
        "Sharara→El Feel (Ubari locates the field), and a recalled Algerian ammunition convoy In Amenas→Debdeb "
        "(Ghadames '18 km' a distance reference); Idri also inside the person trap إدريس الغدامسي.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("xs1", "xs2", "xs3", "xs4", "xs5")
