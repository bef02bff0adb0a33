# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # go1 Bani Walid / Tarhuna (Warfalla)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "khums_port": ("crossing", "LY", 32.65500, 14.27500, "Al Khums port"),                 # K
 # go2 Wadi al-Shati / Ash Shwayrif (Magarha, Mashashiya)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "qirah": ("town", "LY", 27.58595, 14.35375, "Qirah"),                                  # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                     # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 # go3 Sabha (Awlad Suleiman, Qadhadhfa)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "manshiya": ("town", "LY", 27.04000, 14.43000, "Al-Manshiya (Sabha)"),                 # K
 "tayouri": ("town", "LY", 27.03766, 14.42832, "Al-Tayouri (Sabha)"),                   # G
 "samnu": ("town", "LY", 27.27459, 14.88190, "Samnu"),                                  # G
 "sabha_castle": ("base", "LY", 27.03766, 14.42832, "Sabha Castle (Fort Elena)"),       # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sirte_port": ("crossing", "LY", 31.21500, 16.58000, "Sirte port"),                    # K
 # go4 Kufra (Zuwayya, Tebu)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "buzayma": ("village", "LY", 25.00000, 22.00000, "Buzayma"),                           # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 # go5 Ghat / Djanet (Tuareg)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (gazetteer kind village)
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                  # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, country DZ)
 "border_dz": ("region", "DZ", 24.90000, 9.95000, "Algeria-Libya border (Algerian side near Djanet)"),  # K
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                              # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
}

TRAPS = {
 "go1": ["ورفلة", "العرب", "شارع طرابلس", "ميليشيا الكانيات", "صالح الورفلي", "اللواء 444 قتال", "الليبية"],
 "go2": ["المقارحة", "المشاشية", "المتوسط", "امحمد المقرحي", "علي الشويرفي", "اللواء 128 معزز"],
 "go3": ["أولاد سليمان", "القذاذفة", "معمر القذافي", "مسعود السبهاوي", "اليوم السابع", "القيادة العامة للجيش الوطني الليبي",
         "الكتيبة 116 مشاة", "ليبية", "أحمد الإدريسي", "الجديد"],
 "go4": ["الزوية", "التبو", "المشهد", "الزاوية السنوسية", "فرج الزوي", "قوات الصاعقة", "كتيبة سبل السلام"],
 "go5": ["طوارق", "الشروق", "الحاج موسى الغاتي", "الجيش الجزائري", "المجلس الاجتماعي لطوارق ليبيا",
         "الناحية العسكرية الرابعة", "التبو", "جزائرية", "الليبية", "الليبي"],
}

PHEN = {
 "go1": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "countries",
         "ambiguity_tripoli", "coverage_crossings"],
 "go2": ["clitics", "spelling", "town_vs_district", "multiword", "media_trap", "person_trap", "operation_trap",
         "nisba", "coverage_bases", "vague_area", "ambiguity_tripoli", "ambiguity_idri", "ambiguity_country_capital",
         "countries"],
 "go3": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "coverage_bases",
         "vague_area", "countries", "ambiguity_idri", "common_word_trap", "coverage_crossings"],
 "go4": ["clitics", "multiword", "common_word_trap", "media_trap", "person_trap", "operation_trap", "coverage_bases",
         "coverage_neighbours", "countries", "spelling", "border_phrase", "coverage_oil"],
 "go5": ["clitics", "multiword", "border_phrase", "coverage_crossings", "coverage_oil", "coverage_neighbours",
         "countries", "media_trap", "person_trap", "operation_trap", "nisba", "vague_area", "town_vs_district", "spelling",
         "ambiguity_country_capital"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "go1": [
  mv("mobilise", "reported", None, destinations=["بني وليد"]),
  mv("advance", "reported", None, ["بني وليد"], ["ترهونة"]),
  mv("advance", "conditional", None, destinations=["ترهونة"]),
  mv("withdraw", "planned", None, ["ترهونة"], ["بني وليد"]),
  mv("naval_landing", "denied", "GNA forces", ["طرابلس"], ["ميناء الخمس", "ترهونة"]),
  mv("advance", "conditional", "Misrata forces", ["مصراتة"], ["بني وليد"]),
 ],
 "go2": [
  mv("mobilise", "reported", None, destinations=["براك"]),
  mv("reinforce", "reported", None, ["قيرة", "إدري"], ["براك"]),
  mv("deploy", "reported", None, destinations=["الحمادة الحمراء"]),
  mv("shipment", "reported", None, ["سبها"], ["براك"]),
  mv("withdraw", "conditional", None, ["الحمادة"], ["براك"]),
  mv("advance", "denied", None, ["الشويرف"], ["براك"]),
  mv("deploy", "planned", "Libyan National Army", ["قاعدة براك الجوية"], ["الشويرف"]),
 ],
 "go3": [
  mv("mobilise", "reported", None, destinations=["المنشية"]),
  mv("reinforce", "reported", None, ["سمنو"], ["الطيوري"]),
  mv("redeploy", "reported", "Libyan National Army", ["منفذ التوم"], ["سبها"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["مطار سبها"]),
  mv("deploy", "planned", "Libyan National Army", destinations=["المنشية", "الطيوري"]),
  mv("advance", "denied", None, ["سرت"], ["سبها"], ["هون"]),
  mv("naval_landing", "reported", "Libyan National Army", ["بنغازي"], ["ميناء سرت"]),
  mv("withdraw", "conditional", None, ["الطيوري"], ["سمنو"]),
 ],
 "go4": [
  mv("mobilise", "reported", None, destinations=["الكفرة"]),
  mv("advance", "reported", None, ["الكفرة"], ["بزيمة"]),
  mv("shipment", "denied", None, ["تيبستي"], ["ربيانة"], ["الحدود مع تشاد"]),
  mv("mobilise", "denied", None, destinations=["ربيانة"]),
  mv("withdraw", "planned", None, ["بزيمة"], ["الكفرة"]),
  mv("airlift", "conditional", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("redeploy", "reported", "Libyan National Army", ["الكفرة"], ["مطار الكفرة"]),
 ],
 "go5": [
  mv("mobilise", "reported", None, destinations=["غات"]),
  mv("reinforce", "reported", None, ["غات"], ["العوينات"]),
  mv("advance", "denied", None, ["أوباري"], ["حقل الشرارة"]),
  mv("withdraw", "conditional", None, ["العوينات"], ["غات"]),
  mv("reinforce", "planned", "Algerian army", ["ورقلة"], ["جانت", "معبر تين الكوم"]),
 ],
}

NOTES = {
 "go1": "Warfalla «النفير» in Bani Walid after a kidnapping (Al-Arab, London style): massing in Bani Walid, a column "
        "Bani Walid→the outskirts of Tarhuna (origin by anaphora «من المدينة»), a conditional entry into Tarhuna, an "
        "elders' planned pull-back Tarhuna→Bani Walid, the GNA's denied 444 Brigade sea landing Tripoli→Al-Khums port "
        "on its way to Tarhuna and a conditional Misrata move «من المدينة» (=Misrata)→Bani Walid; elders from "
        "Zliten/Misrata are not forces; «شارع طرابلس» is a street in Bani Walid.",
 "go2": "Magarha «النفير» in Wadi al-Shati (Al-Mutawassit style): massing in Brak, youths from Qirah and Idri joining "
        "them, a deployment to the edge of the Hamada al-Hamra (no origin written), an ammunition-and-fuel shipment "
        "Sabha→Brak, a conditional return «من الحمادة» to Brak, the Mashashiya's denied move Ash Shwayrif→Brak and an "
        "LNA company planned Brak air base→Ash Shwayrif; Sabha as the prosecution's seat, Zintan (2011), Tripoli, "
        "Tunisia and Algeria (road and smuggling) are not movement places.",
 "go3": "Awlad Suleiman–Qadhadhfa clashes in Sabha (Youm7 style): Qadhadhfa massing in Al-Manshiya, Awlad Suleiman "
        "youths Samnu→Al-Tayouri, an LNA company pulled Toummo crossing→Sabha, a planned airlift Jufra air base→Sabha "
        "airport and the separation force's planned deployment to Al-Manshiya/Al-Tayouri (no origin written), the "
        "Qadhadhfa council's denied column Sirte→Sabha via Hun (origin by anaphora «من المدينة»), last week's LNA sea "
        "move Benghazi→Sirte port and a conditional pull-back Al-Tayouri→Samnu; Sabha castle is a locator only.",
 "go4": "Zuwayya «النفير» in Kufra (Al Mashhad style): massing in Kufra, a column Kufra→Buzayma (Rebiana only a "
        "distance reference), a claimed arms shipment Tibesti→Rebiana via the Chad border denied by the Tebu, the "
        "Tebu's denied massing in Rebiana, an elders' planned pull-back Buzayma→Kufra, a conditional LNA airlift Benina "
        "air base→Kufra airport and Subul al-Salam's reported redeploy Kufra→Kufra airport; the threat to shut the "
        "Sarir field is not a movement, «الزاوية السنوسية» is a Sufi lodge, not Zawiya.",
 "go5": "Tuareg «النفير» in Ghat (Echorouk, Algerian style): massing in Ghat, a reinforcement Ghat→Al-Awaynat (origin by "
        "anaphora), the Tuareg council's denied move Ubari (written اوباري)→the Sharara field, a conditional return "
        "Al-Awaynat→Ghat and a planned Algerian reinforcement Ouargla→Djanet/Tin Alkoum crossing (the border phrase is "
        "a locator); Algiers, the 2015 Ubari clashes and the south-west are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("go1", "go2", "go3", "go4", "go5")
