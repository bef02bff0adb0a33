# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / stored public pages (see README table "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "turkey": ("country", "TR", 38.9611, 35.47856, "Türkiye"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                               # G
 "niger": ("country", "NE", 17.60313, 9.8838, "Niger"),                                    # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                    # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                  # G
 # Libya, west
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "tarhuna": ("town", "LY", 32.43501, 13.6332, "Tarhuna"),                                  # G
 "tarhuna_mun": ("district", "LY", 32.43501, 13.6332, "Tarhuna municipality"),             # G*
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                            # G
 "bw_airport": ("airport", "LY", 31.7392, 13.954, "Bani Walid Airport"),                   # G
 "qbg": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                 # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"), # G
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                               # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al-Qarabulli (Garabulli)"),         # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                                 # G
 "mizdah": ("town", "LY", 31.44934, 12.9853, "Mizdah"),                                    # G
 "westlibya": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),        # G*
 "southlibya": ("region", "LY", 24.6764, 17.6011, "Southern Libya"),                       # G*
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                   # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                                  # G
 "watiya": ("base", "LY", 32.4769, 11.8968, "Al Watiya Air Base"),                         # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                     # G
 "tawergha": ("town", "LY", 31.97083, 15.0525, "Tawergha"),                                # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                 # G
 "zuwara": ("town", "LY", 32.9312, 12.08199, "Zuwara"),                                    # G
 "jumayl": ("city", "LY", 32.85286, 12.0612, "Al Jumayl"),                                 # G
 "regdalin": ("town", "LY", 32.88718, 11.98729, "Regdalin (Sidi Bin Zinah)"),              # G* (alias)
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                   # G
 "rasajdir": ("crossing", "LY", 33.15, 11.56, "Ras Ajdir border crossing"),                # G* (منفذ رأس جدير)
 "mellitah": ("oilfield", "LY", 32.87, 12.23, "Mellitah oil and gas complex"),             # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                   # G
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),             # G
 # Libya, east
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                   # G
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                   # G
 "emsaed_crossing": ("crossing", "LY", 31.60968, 25.04999, "Emsaed-Salloum border crossing"),  # G* (منفذ امساعد)
 "bardia": ("town", "LY", 31.75, 25.08333, "Bardia"),                                      # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),           # G*
 "border_ly_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border"),               # G
 "benina": ("base", "LY", 32.0968, 20.2695, "Benina Air Base"),                            # G
 # Libya, south
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                     # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                     # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                   # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),              # G*
 "murzuq_basin": ("region", "LY", 25.8, 12.2, "Murzuq basin"),                             # K
 "elfeel": ("oilfield", "LY", 24.98, 11.98, "El Feel oil field"),                          # G
 "sharara": ("oilfield", "LY", 26.55, 12.22, "El Sharara oil field"),                      # G
 "sharara_short": ("oilfield", "LY", 26.55, 12.22, "El Sharara oil field"),                # G* (short form)
 "tummo": ("crossing", "LY", 22.65, 14.2, "Toummo border crossing"),                       # G* (منفذ التوم)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                # G
 "umaranib": ("town", "LY", 26.13386, 14.7372, "Umm al Aranib"),                           # G
 "tmassah": ("village", "LY", 26.4, 15.78333, "Tmassah"),                                  # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                 # G
 "wigh": ("base", "LY", 24.1859, 14.5328, "Al Wigh Air Base"),                             # G
 "ghurayfah": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                          # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.6986, "Libya-Niger border"),                # G* (الحدود الليبية النيجرية)
 # Türkiye, Syria
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                   # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                   # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                               # G
 "northsyria": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                     # G
 # Egypt
 "salloum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                               # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                        # G
 "matrouh": ("city", "EG", 31.3529, 27.23725, "Marsa Matruh"),                             # G
 "matrouh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),              # G
 "siwa": ("town", "EG", 29.2032, 25.51965, "Siwa"),                                        # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "border_eg_side": ("region", "EG", 31.3, 25.2, "Egypt-Libya border near Salloum (Egyptian side)"),  # K
 # Tunisia
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                          # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                               # G
 "medenine_gov": ("district", "TN", 32.9826, 11.25905, "Medenine Governorate"),            # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                   # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                   # G
 "djerba": ("region", "TN", 33.8, 10.88, "Djerba (island)"),                               # K
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                       # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G* (العاصمة تونس)
 "border_tn_side": ("region", "TN", 33.0, 11.3, "Tunisia-Libya border near Ben Gardane (Tunisian side)"),  # K
}

TRAPS = {
 "c1": ["اللواء 444 قتال", "المجلس العسكري مصراتة", "بوابة الوسط", "«الوسط»", "محمد الترهوني", "رئاسة الأركان العامة",
        "حكومة الوحدة الوطنية", "قبائل ورفلة", "«الكانيات»", "السنوات الخمس"],
 "c2": ["الجزيرة نت", "البحرية التركية", "مدربون أتراك", "علي الزليتني", "وزارة الدفاع التركية", "منصات ليبية",
        "رئاسة الأركان العامة", "الشأن الليبي", "الشحنات التركية"],
 "c3": ["«الأهرام»", "القوات المسلحة", "قوات مصرية", "الأراضي الليبية", "الملف المطروح", "الجانب الليبي",
        "القيادة العامة", "منطقة طبرق العسكرية", "العمالة المصرية", "مهاجرين سودانيين"],
 "c4": ["موزاييك أف أم", "لموزاييك", "وزارة الدفاع الوطني", "الحرس الوطني", "صفحات ليبية", "وحدات تونسية",
        "الأراضي الليبية", "الجانب الليبي", "مرضى ليبيون", "سوق ليبيا", "الليبيون", "نردّ الجميل"],
 "c5": ["«الشرق الأوسط»", "القيادة العامة", "«الجيش الوطني»", "حراك فزان", "المعارضة التشادية",
        "الفيلق الأفريقي الروسي", "محمد الأوباري", "الفيل في الغرفة", "المؤسسة الوطنية للنفط", "وسائل إعلام غربية"],
}

PHEN = {
 "c1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
        "vague_area", "town_vs_district", "coverage_bases"],
 "c2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area", "countries",
        "coverage_bases", "coverage_neighbours"],
 "c3": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
        "border_phrase", "town_vs_district", "ambiguity_country_capital", "coverage_crossings", "coverage_neighbours",
        "countries"],
 "c4": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
        "border_phrase", "town_vs_district", "ambiguity_country_capital", "coverage_crossings", "coverage_neighbours",
        "coverage_oil", "countries"],
 "c5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
        "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
        "coverage_neighbours", "countries"],
}

def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}

LNA, GNA, MIS = "Libyan National Army", "GNA forces", "Misrata forces"
MOVES = {
 "c1": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["ترهونة"], ["قصر بن غشير"]),
  mv("deploy", "planned", GNA, [], ["بني وليد"]),
  mv("advance", "denied", MIS, ["مصراته"], ["بنى وليد"]),
  mv("mobilise", "reported", None, [], ["بني وليد"]),
  mv("withdraw", "conditional", GNA, ["ترهونة"], ["طرابلس"]),
 ],
 "c2": [
  mv("shipment", "reported", "Turkish armed forces", ["مرسين"], ["مصراتة"]),
  mv("shipment", "planned", "Turkish armed forces", [], ["الوطية"]),
  mv("deploy", "reported", MIS, ["مصراتة"], ["زليتن"]),
  mv("airlift", "denied", "Syrian mercenaries", ["شمال سوريا"], ["مصراتة"], ["إسطنبول"]),
  mv("deploy", "conditional", GNA, [], ["زليتن"]),
 ],
 "c3": [
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["السلوم", "سيدي براني"]),
  mv("deploy", "planned", "Egyptian army", [], ["السلوم", "سيوة"]),
  mv("advance", "denied", "Egyptian army", [], ["طبرق"]),
  mv("deploy", "reported", LNA, ["طبرق"], ["امساعد", "البردي"]),
  mv("reinforce", "conditional", LNA, ["بنغازي"], ["امساعد"]),
 ],
 "c4": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان", "رأس جدير", "الحدود مع ليبيا"]),
  mv("deploy", "planned", "Tunisian army", [], ["رأس جدير", "الذهيبة"]),
  mv("advance", "denied", "Tunisian army", [], ["زلطن"]),
  mv("reinforce", "conditional", "Tunisian army", [], ["جرجيس", "جربة"]),
  mv("deploy", "reported", GNA, ["زوارة"], ["رأس جدير"]),
 ],
 "c5": [
  mv("reinforce", "reported", LNA, ["سبها"], ["حقل الفيل", "مرزق"]),
  mv("advance", "reported", "Chadian armed groups", [], ["القطرون"], ["التوم"]),
  mv("advance", "conditional", LNA, [], ["أم الأرانب", "تمسة"]),
  mv("airlift", "planned", LNA, ["بنينا"], ["الويغ"]),
  mv("deploy", "denied", "Russian forces", [], ["حقل الفيل"]),
 ],
}

NOTES = {
 "c1": "Al-Wasat (بوابة الوسط): tension in Tarhuna and Bani Walid. Reported GNA (444 Brigade) deployment Tripoli→Tarhuna via Qasr Bin Ghashir (headline = same move); planned GNA company to Bani Walid airport (ستتسلم … مطلع الأسبوع المقبل); Misrata move Misrata (`مصراته`)→Bani Walid (`بنى وليد`) denied by the Misrata military council (headline = same denial); reported mobilisation of local armed groups at Bani Walid's northern gate (actor null); conditional GNA withdrawal Tarhuna→Tripoli (إذا). Not movements: Tripoli dateline, goods trucks to southern Libya, families displaced to Msallata/Garabulli, the Gharyan/Mizdah mediators, the Kaniyat background. Traps: بوابة الوسط/«الوسط» (media), اللواء 444 قتال, المجلس العسكري مصراتة, «الكانيات» (forces), محمد الترهوني (person), السنوات الخمس (common word containing الخمس), قبائل ورفلة.",
 "c2": "Al Jazeera Net: a Turkish navy ship unloads armour at Misrata port; Misrata brigades deploy near Zliten. Reported Turkish shipment Mersin→Misrata port (headline); planned onward transfer to Al Watiya air base (ستُنقل براً; no origin surface); reported Misrata deployment Misrata→Zliten's eastern gate (headline); airlift of fighters from northern Syria via Istanbul to Misrata airport denied by the Turkish MoD (Syrian mercenaries); conditional GNA interposition force to Zliten (في حال; origin only `العاصمة`, the Tripoli mention is the speaker). Not movements: the Tripoli MoU, Ankara statement, closed Zliten–Khums road, families to Msallata, Sirte distance, goods to Fezzan/southern Libya, habitual convoys through Tawergha. Traps: الجزيرة نت (media), علي الزليتني (person containing زليتن), البحرية التركية, وزارة الدفاع التركية, منصات ليبية etc.",
 "c3": "Al-Ahram: Egyptian border-guard reinforcements at Salloum. Reported Egyptian-army reinforcement Marsa Matruh→Salloum and Sidi Barrani (headline); planned fixed patrols on the Salloum–Siwa road (ستنتشر اعتباراً من الأسبوع المقبل); Egyptian entry towards Tobruk denied (headline quote); reported LNA deployment Tobruk→Emsaed crossing and Bardia; conditional LNA reinforcement Benghazi→Emsaed (إذا). Not movements: Salloum dateline, returning Egyptian workers, ambulances to Marsa Matruh hospital, the Matruh governor, the Cairo diplomat, coordination with Benghazi and Tripoli, migrants' bodies south of Sidi Barrani. Traps: «الأهرام» (media), الملف المطروح (common word containing مطروح), منطقة طبرق العسكرية, القيادة العامة (forces), nisbas.",
 "c4": "Mosaique FM (موزاييك أف أم): Tunisian reinforcements at Ben Gardane and Ras Ajdir. Reported Tunisian-army reinforcement Medenine→Ben Gardane and Ras Ajdir (headline: near the border with Libya); planned deployment along the earth barrier from Ras Ajdir to Dehiba (ستنتشر); incursion towards Zaltan denied; conditional reinforcement in Zarzis and Djerba (إذا); reported GNA (Chief of Staff) deployment Zuwara→the Libyan side of Ras Ajdir. Not movements: Medenine dateline, travellers and patients heading for Sfax clinics, Ben Gardane traders, the Zuwara/Al Jumayl/Regdalin notables' protest, the Tunis meeting, border traffic, the Mellitah gas pipeline to Italy. Traps: موزاييك أف أم/لموزاييك (media), سوق ليبيا (market name containing ليبيا), نردّ الجميل (idiom containing الجميل), الحرس الوطني, وزارة الدفاع الوطني, nisbas.",
 "c5": "Asharq Al-Awsat (الشرق الأوسط): LNA reinforcements to El Feel field amid an Ubari sit-in. Reported LNA reinforcement Sabha→El Feel field and Murzuq (headline); reported Chadian-opposition infiltration via the Tummo crossing towards Al Qatrun (Chadian armed groups); conditional LNA advance on Umm al-Aranib and Tmassah (إذا); planned LNA airlift Benina base→Al Wigh base (ستنقل … مطلع الأسبوع المقبل); deployment of the Russian Africa Corps at El Feel denied. Not movements: Cairo dateline, the Ubari sit-in and threat to close Sharara, the road to Al Ghurayfah, the NOC in Tripoli, fuel trucks back in Murzuq, exports via Zawiya and Mellitah. Traps: «الشرق الأوسط» (media), الفيلق الأفريقي الروسي and الفيل في الغرفة (contain الفيل), حراك فزان (contains فزان), محمد الأوباري (person containing أوباري), المعارضة التشادية (contains تشاد).",
}

# Read by tests/golden/sample_tools.py check (values from this sample's former src/check.py).
WORDS = (240, 265)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
