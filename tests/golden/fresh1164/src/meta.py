# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                              # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "ethiopia": ("country", "ET", 9.12901, 38.96958, "Ethiopia"),                          # G
 "somalia": ("country", "SO", 5.12792, 46.75724, "Somalia"),                            # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 # Fezzan
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا, written الجنوب الليبي)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "zawila": ("town", "LY", 26.16188, 15.12522, "Zawilah"),                               # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (row قاعدة تمنهنت, written قاعدة تمنهنت الجوية)
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libya side)"),  # G* (row الحدود الليبية النيجرية)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G (row براك, alias براك الشاطئ)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                 # G
 # north-west Libya
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzur"),                               # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "judaim": ("town", "LY", 32.78000, 12.80000, "Judaim"),                                # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Hurshah"),                            # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),      # G (row منفذ رأس جدير, written معبر رأس جدير)
 "dehiba_wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G (row منفذ وازن, written معبر الذهيبة وازن)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "mizdah": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                # G
 "qaryat": ("town", "LY", 30.38333, 13.58333, "Al Qaryat"),                             # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                        # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 # east and south-east Libya
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G
 "tripoint_ly_sd_td": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان, written المثلث الحدودي)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libya side)"),  # G* (row الحدود الليبية السودانية)
 # Tunisia
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),        # G* (row district:TN-82 مدنين, written ولاية مدنين)
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                      # G
 "choucha": ("village", "TN", 33.14590, 11.49120, "Choucha camp"),                      # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                              # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "border_tn_ly": ("region", "TN", 32.7, 11.0, "Tunisia-Libya border (Tunisia side)"),   # K
 # Somalia and Turkey
 "mogadishu": ("city", "SO", 2.03711, 45.34375, "Mogadishu"),                           # G
 "mogadishu_airport": ("airport", "SO", 2.0144, 45.3047, "Aden Adde International Airport"),  # K
 "somaliland": ("region", "SO", 9.5, 45.0, "Somaliland"),                               # K
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
}

TRAPS = {
 "qrw1": ["مركز سبها الطبي", "جامعة سبها", "كتيبة طارق بن زياد", "الجيش الوطني الليبي", "المرزوقي", "الغاتي", "لغات",
          "الليبية"],
 "qrw2": ["الصومال الجديد", "الصوماليين", "صومالياً", "مستشفى أردوغان", "المنظمة الدولية للهجرة", "الهلال الأحمر الليبي",
          "الجيش الوطني الليبي", "كتيبة سبل السلام", "قوات الدعم السريع", "الليبية", "ليبية"],
 "qrw3": ["مركز طب الطوارئ والدعم", "مستشفى الزاوية التعليمي", "المنطقة العسكرية الساحل الغربي", "قوة فض النزاع",
          "اللواء 444 قتال", "الإسعاف الطائر"],
 "qrw4": ["الهلال الأحمر التونسي", "الجيش الوطني", "الحماية المدنية", "الحبيب بورقيبة", "حكومة الوحدة الوطنية",
          "تجربة", "الليبية"],
 "qrw5": ["جهاز الطب العسكري", "مستشفى معيتيقة العسكري", "القوة المشتركة – مصراتة", "المنطقة العسكرية الغربية",
          "المنطقة الغربية", "الإسعاف الطائر", "أتراكاً"],
}

PHEN = {
 "qrw1": ["clitics", "spelling", "multiword", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "qrw2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area", "border_phrase",
          "coverage_neighbours", "countries"],
 "qrw3": ["clitics", "multiword", "media_trap", "operation_trap", "ambiguity_tripoli", "ambiguity_country_capital",
          "coverage_oil", "coverage_neighbours", "countries"],
 "qrw4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "qrw5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "coverage_bases",
          "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qrw1": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["مرزق"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["القطرون"]),
  mv("withdraw", "conditional", "Libyan National Army", ["أم الأرانب"], []),
  mv("shipment", "denied", "Libyan National Army", ["براك الشاطئ"], ["أوباري"]),
 ],
 "qrw2": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["الكفرة"]),
  mv("deploy", "planned", "Libyan National Army", [], ["الحدود مع السودان"]),
  mv("redeploy", "conditional", "Libyan National Army", ["الكفرة"], ["تازربو"]),
  mv("advance", "denied", "Sudanese armed groups", ["المثلث الحدودي"], ["الكفرة"]),
 ],
 "qrw3": [
  mv("withdraw", "reported", "GNA forces", ["الزاوية"], ["جودائم"]),
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية"]),
  mv("deploy", "planned", "GNA forces", [], ["صرمان"]),
  mv("advance", "conditional", "GNA forces", [], ["الحرشة"]),
  mv("reinforce", "denied", None, ["العجيلات"], ["الزاوية"]),
 ],
 "qrw4": [
  mv("reinforce", "reported", "Tunisian army", [], ["الحدود مع ليبيا"]),
  mv("deploy", "planned", "Tunisian army", [], ["الذهيبة"]),
  mv("withdraw", "conditional", "Tunisian army", ["مخيم الشوشة"], []),
  mv("advance", "reported", "GNA forces", ["الزاوية"], ["زوارة"]),
  mv("deploy", "denied", "Tunisian army", ["بن قردان"], ["زوارة"]),
 ],
 "qrw5": [
  mv("reinforce", "reported", "GNA forces", ["غريان"], ["مزدة"]),
  mv("redeploy", "planned", "Misrata forces", ["مصراته"], ["أبوقرين"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["الشويرف"]),
  mv("advance", "conditional", "Libyan National Army", [], ["القريات"]),
  mv("airlift", "denied", "Turkish armed forces", ["مطار مصراتة"], ["قاعدة الوطية"]),
 ],
}

NOTES = {
 "qrw1": "Science and development site (SciDev.Net Arabic) from Sabha on a measles vaccination campaign in Fezzan: an LNA "
         "company (Tariq Ben Ziyad brigade) escorting the vaccination convoy Sabha→Murzuq (deploy), a planned company "
         "Tamanhint air base→Al Qatrun (Tajarhi and the border with Niger only the campaign's next phase), the LNA's "
         "conditional pull-out from around Umm al-Aranib and a denied ammunition shipment in the campaign's trucks Brak "
         "(written براك الشاطئ)→Ubari; the vaccine flight Tripoli→Sabha airport, mobile teams to Ghat and Traghen, the "
         "attack near Zawilah and migrant families from Chad and Niger are not movements; مركز سبها الطبي, جامعة سبها "
         "(hold سبها), الغاتي and لغات (hold غات) are traps.",
 "qrw2": "Somali news site (Al-Somal al-Jadid) from Mogadishu on an IOM voluntary-return flight Benina airport→Aden Adde "
         "airport (civilian) and migrants held in Kufra and Ajdabiya (written اجدابيا), bussed Kufra→Benghazi with Red "
         "Crescent cars (civilian): LNA reinforcements Benghazi→Kufra, a planned deployment on the border with Sudan "
         "(Libya side), a conditional Subul al-Salam move Kufra→Tazirbu (Uweinat triangle only in the condition) and the "
         "RSF's denied crossing from the border triangle (Libya-Chad-Sudan) towards Kufra; Ethiopia/Sudan (migrants' "
         "route), Somaliland (origin) and Italy (hope) are not movement places; الصومال الجديد and الصوماليين hold الصومال.",
 "qrw3": "Statement of Tripoli's Emergency Medicine and Support Center on evacuating Zawiya Teaching Hospital during "
         "clashes: Western Coast military zone vehicles withdrawing Zawiya→Judaim, the Conflict Resolution Force "
         "Tripoli→Zawiya («دخلت المدينة»), 444 Brigade units to be stationed at Surman, the force's conditional advance "
         "on Al-Hurshah and a denied transport of gunmen Al-Ajaylat→Zawiya in the center's ambulances (actor null); the "
         "evacuation to Janzour and Tripoli and the air ambulance Mitiga→Tunisia are civilian; مصفاة الزاوية is a gazetteer "
         "facility (oilfield kind), مستشفى الزاوية التعليمي a trap.",
 "qrw4": "Tunisian Red Crescent bulletin (Medenine governorate) from Ben Gardane on families fleeing Zuwara through Ras "
         "Ajdir: Tunisian army reinforcements along the border with Libya (Tunisia side), a planned deployment to Dehiba, "
         "a conditional withdrawal from Choucha camp («المخيم»), a GNU column Zawiya→Zuwara told by arrivals and the "
         "denied army escort of the Red Crescent convoy Ben Gardane→Zuwara; ambulances to Medenine and Zarzis, the army "
         "helicopter carrying three patients to Sfax, trucks from Tunis and the Dehiba-Wazin crossing are not movements; "
         "الهلال الأحمر التونسي holds تونس, تجربة holds جربة, ولاية مدنين (district) beside مدنين (town).",
 "qrw5": "Bulletin of the Tripoli defence ministry's Military Medicine Service on a field hospital in Mizdah after clashes "
         "south of Al-Qaryat: Western military zone reinforcements Gharyan→Mizdah, a planned Misrata Joint Force company "
         "Misrata (written مصراته)→Abu Qurayn (Sirte only the road's end), the LNA massing fighters in Ash-Shwayrif, its "
         "conditional advance on Al-Qaryat and a denied airlift of Turkish soldiers Misrata airport→Al-Watiya base; "
         "air-ambulance flights Misrata airport→Istanbul/Turkey, the wounded to Tripoli and the Watiya→Tripoli medical "
         "flight are not movements; مستشفى معيتيقة العسكري and «القوة المشتركة – مصراتة» are traps.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qrw1", "qrw2", "qrw3", "qrw4", "qrw5")
