# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge of GeoNames / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "turkey": ("country", "TR", 38.9611, 35.47856, "Turkey"),                              # G
 "uk": ("country", "GB", 54.31449, -1.91252, "United Kingdom"),                         # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "niger": ("country", "NE", 17.60313, 9.8838, "Niger"),                                 # G
 "bf": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                           # G
 "algeria": ("country", "DZ", 28.0512, 0.58775, "Algeria"),                             # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                               # G
 # Libyan cities and towns
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "zuwara": ("town", "LY", 32.9312, 12.08199, "Zuwarah"),                                # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak (Brak al-Shati)"),                    # G
 "kufra": ("town", "LY", 24.1989, 23.29093, "Kufra"),                                   # G
 # Libyan bases, airports, crossings, oil
 "khadim": ("base", "LY", 31.9985, 21.1918, "Al Khadim Air Base"),                      # G
 "kharruba": ("base", "LY", 31.9985, 21.1918, "Al Khadim (Al-Kharruba) Air Base"),      # G* (Al Khadim row)
 "jufrabase": ("base", "LY", 29.1981, 16.001, "Al Jufra Air Base"),                     # G
 "brakbase": ("base", "LY", 27.653, 14.264, "Brak Air Base"),                           # G
 "benina_base": ("base", "LY", 32.0968, 20.2695, "Benina Air Base"),                    # G
 "benina_apt": ("airport", "LY", 32.0968, 20.2695, "Benina International Airport"),     # G
 "watiya": ("base", "LY", 32.4769, 11.8968, "Al Watiya Air Base"),                      # G
 "mitiga_base": ("base", "LY", 32.8941, 13.276, "Mitiga Air Base"),                     # G
 "mitiga_apt": ("airport", "LY", 32.8941, 13.276, "Mitiga Airport"),                    # G
 "misrata_naval": ("base", "LY", 32.367, 15.215, "Misrata naval base (Qasr Ahmad port)"),  # K
 "khoms_naval": ("base", "LY", 32.655, 14.283, "Al Khums naval base (port)"),           # K
 "maaten": ("base", "LY", 21.6877, 21.8309, "Maaten al-Sarra Air Base"),                # G
 "gardabya": ("base", "LY", 31.0635, 16.595, "Gardabya Air Base"),                      # G
 "kufra_apt": ("airport", "LY", 24.1787, 23.314, "Kufra Airport"),                      # G
 "rasajdir": ("crossing", "LY", 33.15, 11.56, "Ras Ajdir border crossing"),             # G
 "toummo": ("crossing", "LY", 22.65, 14.2, "Toummo border crossing"),                   # G
 "sharara": ("oilfield", "LY", 26.55, 12.22, "El Sharara oil field"),                   # G
 "raslanuf": ("oilfield", "LY", 30.5, 18.5272, "Ras Lanuf"),                            # G
 "zueitina": ("oilfield", "LY", 30.9522, 20.12022, "Zueitina oil terminal"),            # G* (town row)
 # Libyan districts and regions
 "jufradist": ("district", "LY", 29.14, 16.04, "Al Jufra (area, point between Hun and Waddan)"),  # K (README rule)
 "kufra_mun": ("district", "LY", 24.1989, 23.29093, "Kufra municipality"),             # G* (town point)
 "eastly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (Cyrenaica row)
 "westly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (Tripolitania row)
 "southly": ("region", "LY", 24.6764, 17.6011, "Southern Libya"),                       # G
 "sely": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                  # G* (جنوب شرق ليبيا row)
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.6986, "Libya-Niger border (Libyan side)"),     # G
 "triangle_ly_td_sd": ("region", "LY", 19.8, 23.8, "Libya-Chad-Sudan border triangle (Libyan side)"),  # K
 "gulfsirte": ("region", "LY", 31.3, 18.0, "Gulf of Sirte"),                            # K
 # Syria, Turkey, Lebanon, Europe, Egypt
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "latakia": ("city", "SY", 35.53125, 35.79088, "Latakia"),                              # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "damascus": ("city", "SY", 33.5102, 36.29128, "Damascus"),                             # G
 "afrin": ("town", "SY", 36.50833, 36.86944, "Afrin"),                                  # G
 "northsy": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                     # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "gaziantep_apt": ("airport", "TR", 36.9472, 37.4787, "Gaziantep Oguzeli Airport"),     # K
 "aksaz": ("base", "TR", 36.83, 28.4, "Aksaz naval base"),                              # K
 "marmaris": ("town", "TR", 36.855, 28.27417, "Marmaris"),                              # K
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "northlb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                   # G
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                          # G* (gazetteer spelling لامبيدوسا)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 # Sahel
 "sahel": ("region", "ML", 16.0, 0.0, "Sahel (representative point)"),                  # K
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                # G (بماكو = G*)
 "gao": ("city", "ML", 16.27167, -0.04472, "Gao"),                                      # G (غاو = G*)
 "tessalit": ("village", "ML", 20.20126, 1.01186, "Tessalit"),                          # G
 "menaka": ("town", "ML", 15.9182, 2.4022, "Menaka"),                                   # K
 "niamey": ("city", "NE", 13.51366, 2.1098, "Niamey"),                                  # G (نيامى = G*)
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 "agadez_reg": ("district", "NE", 19.42135, 10.68918, "Agadez region"),                 # G
 "madama": ("base", "NE", 21.95, 13.65, "Madama"),                                      # G
 "dirkou": ("town", "NE", 18.9687, 12.8687, "Dirkou"),                                  # G
 "ouaga": ("city", "BF", 12.36566, -1.53388, "Ouagadougou"),                            # G (واغادوجو = G*)
 "dori": ("town", "BF", 14.0354, -0.0345, "Dori"),                                      # K
 "abeche": ("city", "TD", 13.82916, 20.8324, "Abeche"),                                 # G
 "adre": ("town", "TD", 13.46648, 22.19875, "Adre"),                                    # G
 "easttd": ("region", "TD", 15.37168, 20.30227, "Eastern Chad"),                        # G
 "darfur": ("region", "SD", 13.5, 24.5, "Darfur"),                                      # G
}

TRAPS = {
 "an1": ["رويترز", "الفيلق الأفريقي", "مجموعة فاغنر", "القيادة العامة للجيش الوطني الليبي", "أجنحة الشام", "عمر الطرابلسي",
         "الدعم المالي", "لا أدري", "السورية", "ليبيان"],
 "an2": ["فرانس برس", "المرصد السوري لحقوق الإنسان", "السلطان مراد", "الخطوط التونسية", "خفر السواحل الليبي",
         "السفارة التركية", "المرتزقة السوريين", "خليفة حفتر"],
 "an3": ["الشرق الأوسط", "الفيلق الأفريقي", "تحالف دول الساحل", "دوريات", "الجيش النيجري", "العاصمة النيجرية",
         "الطيران المالي", "مالية", "البوركيني", "السفارة الروسية"],
 "an4": ["اندبندنت عربية", "ريا نوفوستي", "الفيلق الأفريقي", "قوات الدعم السريع", "لا أدري", "النزاع السوداني",
         "محمد السوداني", "السفارة الروسية", "تشادياً"],
 "an5": ["الأناضول", "تي سي جي غازي عنتاب", "تي سي جي بيرقدار", "درع المتوسط 2026", "القيادة العامة للجيش الوطني الليبي",
         "سي ليون", "البرلمان التركي", "الإيطالية", "الليبية", "دورية"],
}

PHEN = {
 "an1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "countries"],
 "an2": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "an3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "an4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_neighbours", "countries"],
 "an5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
}

RF, TAF, SM, LNA = "Russian forces", "Turkish armed forces", "Syrian mercenaries", "Libyan National Army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "an1": [
  mv("airlift", "reported", RF, ["قاعدة حميميم الجوية"], ["قاعدة الخادم"]),
  mv("airlift", "reported", RF, ["قاعدة الخادم"], ["باماكو"], ["قاعدة الجفرة الجوية"]),
  mv("redeploy", "reported", RF, ["الجفرة"], ["قاعدة براك الشاطئ", "حقل الشرارة"]),
  mv("shipment", "reported", RF, ["طرطوس"], ["طبرق"]),
  mv("shipment", "planned", RF, ["طرطوس"], ["طبرق"]),
  mv("withdraw", "conditional", RF, ["حميميم"], ["ليبيا"]),
  mv("airlift", "denied", RF, [], ["قاعدة بنينا"]),
 ],
 "an2": [
  mv("airlift", "reported", TAF, ["أنقرة"], ["قاعدة معيتيقة الجوية"]),
  mv("withdraw", "reported", SM, ["قاعدة الوطية"], ["شمال سوريا"], ["مطار غازي عنتاب"]),
  mv("deploy", "reported", SM, ["عفرين"], ["الوطية"]),
  mv("deploy", "planned", TAF, [], ["قاعدة مصراتة البحرية"]),
  mv("withdraw", "conditional", TAF, ["ليبيا"], []),
  mv("redeploy", "denied", TAF, ["الوطية"], ["زوارة"]),
  mv("deploy", "reported", TAF, [], ["غرب ليبيا"]),
 ],
 "an3": [
  mv("shipment", "reported", RF, ["براك الشاطئ"], ["أغاديز"], ["منفذ التوم", "ماداما", "ديركو"]),
  mv("airlift", "reported", RF, ["قاعدة الجفرة الجوية"], ["نيامى"]),
  mv("deploy", "planned", RF, [], ["دوري"]),
  mv("reinforce", "conditional", RF, ["بماكو"], ["ميناكا"]),
  mv("advance", "reported", RF, ["غاو"], ["تساليت"]),
  mv("withdraw", "reported", None, ["النيجر"], ["تشاد"]),
  mv("withdraw", "denied", RF, ["النيجر"], ["ليبيا"]),
 ],
 "an4": [
  mv("redeploy", "reported", RF, ["قاعدة الخروبة"], ["قاعدة معطن السارة الجوية"]),
  mv("deploy", "planned", RF, [], ["قاعدة القرضابية"]),
  mv("reinforce", "conditional", RF, [], ["معطن السارة"]),
  mv("mobilise", "reported", SM, [], ["قاعدة الجفرة"]),
  mv("airlift", "denied", RF, ["الكفرة"], ["السودان"]),
  mv("withdraw", "reported", "Wagner Group", ["طرابلس"], ["جفرة"]),
  mv("advance", "denied", RF, [], ["الكفرة"]),
 ],
 "an5": [
  mv("deploy", "reported", TAF, ["قاعدة أكساز البحرية"], ["قاعدة الخمس البحرية"]),
  mv("naval_landing", "reported", TAF, [], ["قاعدة مصراتة البحرية"]),
  mv("deploy", "planned", TAF, [], ["طرابلس"]),
  mv("naval_landing", "denied", TAF, [], ["الزاوية"]),
  mv("mobilise", "conditional", LNA, [], ["سرت", "راس لانوف"]),
  mv("deploy", "reported", TAF, [], ["قاعدة الوطية"]),
 ],
}

NOTES = {
 "an1": ("Reuters Arabic (رويترز): flight-tracking data on a Russian air bridge; Benghazi dateline «بنغازي (ليبيا) 9 مارس آذار (رويترز)». "
         "Reported Russian (Africa Corps = Russian forces) airlift Hmeimim base->Al Khadim base (headline حميميم->شرق ليبيا->مالي = same flights) "
         "and onward Al Khadim->Bamako via Al Jufra Air Base (chained legs = two movements); reported redeploy Al Jufra (area, district)->Brak al-Shati base "
         "and the Sharara field (Idri = distance reference only); reported shipment Tartus->Tobruk (satellite images, Russian navy ship); planned "
         "second ship Tartus->Tobruk («يُتوقع أن تبحر»); conditional withdrawal Hmeimim->Libya (إذا; Damascus = the negotiating party); airlift to Benina "
         "base denied by the LNA. Not movements: the Cham Wings cargo plane Damascus->Benina airport with medicines, the Russian deputy defence "
         "minister's planned visit to Benghazi, «الساحل الأفريقي» as the official's guess of the final destination. Traps: الدعم المالي (contains مالي), "
         "لا أدري (Idri look-alike), عمر الطرابلسي (person containing طرابلس), أجنحة الشام (airline), الفيلق الأفريقي, مجموعة فاغنر, رويترز."),
 "an2": ("AFP Arabic (أ ف ب): Turkey rotates Syrian mercenaries at Al-Watiya; Tripoli dateline. Reported Turkish A400M airlift Ankara->Mitiga "
         "(the locator «في طرابلس» is not a separate destination); Syrian mercenaries withdrawn Al-Watiya->northern Syria via Gaziantep airport "
         "(Ankara «أعادت» = metonymic actor, not a place of the move) and a new batch Afrin->Al-Watiya (headline = both); planned Turkish naval "
         "training team to Misrata naval base (تعتزم; Ankara = venue of the briefing); conditional withdrawal from Libya («لن تغادر … إلا إذا»); "
         "Turkish redeploy Al-Watiya->Zuwara denied by the Turkish embassy in Tripoli. Not movements: the Turkish trade minister's visit, Tunisair "
         "flights Tunis->Mitiga airport, travellers through Ras Ajdir, migrants rescued off Zuwara from a boat that left Tripoli (Lebanon) for Italy. "
         "The background «أرسلت … إلى غرب ليبيا مطلع 2020» is a reported historical Turkish deployment (region). Ambiguity: طرابلس LY (occ. 1-4) vs LB (occ. 5); العاصمة تونس = Tunis, تونس in the border phrase = country, "
         "الخطوط التونسية = trap."),
 "an3": ("Asharq Al-Awsat (الشرق الأوسط): Africa Corps supply lines from southern Libya to the Sahel; Cairo dateline. Translators' spellings kept: "
         "نيامي/نيامى, واغادوغو/واغادوجو, أغاديز/أغاديس (+ district إقليم أغاديس), باماكو-type بماكو, جاو/غاو. Reported shipment (Africa Corps "
         "truck convoy) Brak al-Shati->Agadez via the Toummo crossing, Madama and Dirkou (the Nigerien army escort is not a separate move); "
         "reported airlift Al Jufra Air Base->Niamey; planned deployment in Dori (Burkina Faso; the road to Ouagadougou is purpose); conditional "
         "reinforcement Bamako->Menaka (إذا; the Gao road is the condition); reported Russian-Malian advance Gao->Tessalit; withdrawal Niger->Libya "
         "denied by the Russian embassy in Niamey (speaker); background: French forces withdrew Niger->Chad in late 2023 (reported, actor null). Not movements: Algeria closing its airspace, migrants Agadez->Sabha, private "
         "goods flights Sabha-Niamey. Traps: دوريات (contains دوري), مالية and الطيران المالي (contain مالي), تحالف دول الساحل, الشرق الأوسط."),
 "an4": ("Independent Arabia (اندبندنت عربية): satellite images of Maaten al-Sarra; Russian plans and denials. Reported Russian redeploy "
         "Al-Kharruba base->Maaten al-Sarra base (headline = same); planned air-defence deployment at Gardabya base (RIA Novosti quoting the "
         "Russian deputy defence minister; Sirte = locator); conditional reinforcement of Maaten al-Sarra (إذا); Syrian fighters recruited by the "
         "Africa Corps mobilised at Al Jufra base (Sahel = speculation, «لا أدري»); background: Wagner withdrew from around Tripoli to Al Jufra (area; «للجفرة» -> surface جفرة) in May 2020 (reported); airlift Kufra->Sudan denied by the Russian embassy in Tripoli "
         "(headline «تنفي نقل جنود إلى السودان» = same); Russian entry into Kufra denied by the Kufra mayor. Not movements: the evacuation flight "
         "Kufra airport->Abeche with Chadian workers, refugees from Darfur crossing to Adre, the researcher's Benghazi remark. Traps: لا أدري vs "
         "أدري (Chad), محمد السوداني, النزاع السوداني, قوات الدعم السريع."),
 "an5": ("Anadolu Arabic (الأناضول): Turkish frigate arrives before an exercise; Tripoli dateline, «22.03.2026». Reported deployment of the "
         "frigate Aksaz naval base (Marmaris = locator)->Al Khums naval base (headline = same; Misrata = locator); reported naval landing of "
         "Turkish marines at Misrata naval base; planned second frigate to Tripoli; Turkish naval landing at Zawiya denied by the ministry; "
         "conditional LNA mobilisation in Sirte and Ras Lanuf (إذا; the Gulf of Sirte is the condition); background: Turkey deployed Hawk air defence at Al-Watiya in 2020 (reported; Ankara = speaker). Not movements: the «درع المتوسط 2026» "
         "exercise off Misrata and Khums (announced exercise area, no force sent to a place beyond the frigate already counted), the tanker "
         "flagged in Malta at Zueitina, migrants from Tripoli (Lebanon) towards Lampedusa handed over in Misrata, the parliament's mandate "
         "to send forces to Libya (authorisation, no movement)."),
}

# Read by tests/golden/sample_tools.py check (values from this sample's former src/check.py).
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
