# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "iraq": ("country", "IQ", 33.22078, 42.49205, "Iraq"),                                 # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "jordan": ("country", "JO", 31.26963, 36.29991, "Jordan"),                             # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # Libya
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G (also written bare الوطية)
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                        # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                           # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G (also written bare الخادم)
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica"),                        # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G (row منفذ امساعد, written منفذ أمساعد)
 "amsaad_town": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                           # G (row امساعد, written أمساعد)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libya side)"),  # G* (row الحدود الليبية النيجرية)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 # Syria, Turkey, Lebanon, Iraq, Jordan, Russia
 "gaziantep_airport": ("airport", "TR", 36.94720, 37.47870, "Gaziantep International Airport"),  # G
 "afrin": ("town", "SY", 36.50833, 36.86944, "Afrin"),                                  # G
 "azaz": ("town", "SY", 36.58330, 37.05000, "Azaz"),                                    # G
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                            # G
 "aleppo": ("city", "SY", 36.20124, 37.16117, "Aleppo"),                                # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G (also written bare حميميم)
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "konya": ("city", "TR", 37.87135, 32.48464, "Konya"),                                  # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "bashiqa": ("town", "IQ", 36.4536, 43.3486, "Bashiqa"),                                # K
 "mosul": ("city", "IQ", 36.33500, 43.11889, "Mosul"),                                  # G (row موصل, written الموصل)
 "baghdad": ("city", "IQ", 33.34058, 44.40088, "Baghdad"),                              # G
 "zakho": ("town", "IQ", 37.1437, 42.6819, "Zakho"),                                    # K
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G (row عمان, written عمّان)
 # Egypt
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                    # G
 "border_eg_ly": ("region", "EG", 30.0, 25.3, "Egypt-Libya border (Egypt side)"),       # K
 # Sahel, Chad, Sudan, Algeria
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "aouzou": ("town", "TD", 21.83750, 17.42750, "Aozou"),                                 # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G
}

TRAPS = {
 "qrt1": ["الجيش الوطني السوري", "المرصد السوري لحقوق الإنسان", "الجيش الوطني الليبي", "قوات الردع العربية",
          "أجنحة الشام", "مركز حرمون للدراسات المعاصرة", "فايز الحوراني", "سوريين", "السورية", "التركية"],
 "qrt2": ["سامر الحمصي", "الفيلق الأفريقي", "إيفان غرين", "الجمهورية.نت", "روسياً", "روسية", "الروسي", "الروسية", "السوريين",
          "الليبيين"],
 "qrt3": ["عادل المطروحي", "الجيش المصري", "مصرية", "مصري", "المصريون", "الجيش الوطني الليبي", "حسم 2020",
          "صباح الخير", "الليبيون"],
 "qrt4": ["مركز البيان للدراسات والتخطيط", "وكالة الأناضول", "حزب العمال الكردستاني", "التركي", "التركية",
          "تركياً", "تركية", "عراقية", "ليبية"],
 "qrt5": ["مركز دراسات الشرق الأوسط", "جبهة الوفاق من أجل التغيير", "الناحية العسكرية الرابعة", "الجيش النيجري",
          "الجزائريون", "التشادية", "الجيش الليبي"],
}

PHEN = {
 "qrt1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "coverage_bases",
          "coverage_neighbours", "countries"],
 "qrt2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qrt3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qrt4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "coverage_bases", "coverage_crossings",
          "countries"],
 "qrt5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qrt1": [
  mv("airlift", "reported", "Syrian mercenaries", ["مطار غازي عنتاب"], ["مطار معيتيقة"]),
  mv("mobilise", "reported", "Syrian mercenaries", [], ["أعزاز"]),
  mv("withdraw", "planned", "Syrian mercenaries", ["قاعدة الوطية"], ["عفرين"]),
  mv("deploy", "denied", "Turkish armed forces", [], ["الخمس"]),
  mv("reinforce", "conditional", "Syrian mercenaries", ["مصراتة"], ["أبوقرين"]),
 ],
 "qrt2": [
  mv("naval_landing", "reported", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الخادم"]),
  mv("withdraw", "conditional", "Russian forces", ["قاعدة حميميم"], []),
  mv("airlift", "planned", "Russian forces", ["قاعدة الجفرة الجوية"], ["مالي", "النيجر"]),
  mv("deploy", "denied", "Russian forces", [], ["براك"]),
 ],
 "qrt3": [
  mv("reinforce", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["السلوم"]),
  mv("deploy", "planned", "Egyptian army", [], ["سيوة"]),
  mv("reinforce", "reported", "Libyan National Army", ["طبرق"], ["الجغبوب"]),
  mv("advance", "denied", "Egyptian army", [], ["الجغبوب"]),
  mv("advance", "conditional", "Egyptian army", [], ["طبرق"], ["منفذ أمساعد"]),
 ],
 "qrt4": [
  mv("airlift", "reported", "Turkish armed forces", ["قونية"], ["قاعدة الوطية"]),
  mv("shipment", "reported", "Turkish armed forces", [], ["ميناء مصراتة"]),
  mv("deploy", "planned", "Turkish armed forces", [], ["بنغازي"]),
  mv("redeploy", "denied", "Turkish armed forces", ["قاعدة الوطية"], ["مصراتة"]),
  mv("withdraw", "conditional", "Turkish armed forces", ["ليبيا"], []),
 ],
 "qrt5": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["القطرون"]),
  mv("shipment", "reported", None, ["الكفرة"], ["دارفور"], ["مثلث العوينات"]),
  mv("redeploy", "planned", "Nigerien army", [], ["ماداما"]),
  mv("advance", "denied", "Chadian armed groups", ["أم الأرانب"], ["تيبستي"]),
  mv("reinforce", "conditional", "Algerian army", ["إليزي"], ["جانت"]),
 ],
}

NOTES = {
 "qrt1": "Op-ed by a retired Syrian officer (Harmoon Center) on Syrian mercenaries in Libya: a reported airlift of "
         "Syrian National Army fighters Gaziantep airport→Mitiga airport, a new batch massing near Azaz (mobilise), "
         "an old batch due back al-Watiya base→Afrin (planned withdraw), Ankara's denial of new Turkish troops to "
         "Al-Khums, and Syrian groups in Misrata to reinforce the Abu Qurayn front only if the LNA moves west from "
         "Sirte (conditional; Sirte is inside the condition). Tripoli 2020 and Niger 2024 are past background, Lebanon "
         "1976 a historical comparison, Cham Wings workers Damascus→Benghazi civilian; Afrin (informants), Istanbul "
         "(informant), Ankara (metonymy) and the second Abu Qurayn (rhetorical question) are not movement places.",
 "qrt2": "Op-ed by a Syrian writer (Al-Jumhuriya.net) on Russia moving from Syria to Libya: a landing ship "
         "Tartus→Tobruk port unloading armour and troops (naval_landing reported), Il-76 flights Hmeimim base→al-Khadim "
         "base (airlift reported), no withdrawal from Hmeimim unless Damascus asks (conditional), part of the force to "
         "be flown al-Jufra air base→Mali and Niger (planned airlift), and a denied Russian deployment in Brak. The "
         "headline «من حميميم إلى الخادم» repeats the airlift; Wagner's 2020 pull-back Tripoli→al-Jufra is past "
         "background; Cyrenaica (activists), Benghazi (distance reference), Moscow and Damascus (metonymy), Aleppo "
         "2016 are not movement places; روسياً (adverbial adjective) holds روسيا.",
 "qrt3": "Column by a retired Egyptian general (Sabah Al-Khair) on the western border: a mechanised battalion "
         "Mohamed Naguib base→Sallum (reinforce reported), a planned border-guard company in Siwa, an LNA company "
         "Tobruk→Jaghbub (reinforce reported), Egyptian tanks in Jaghbub denied (advance denied) and no crossing via "
         "the Amsaad crossing to Tobruk unless the Libyan parliament asks (conditional, via). The 1977 raid on Amsaad is "
         "past background; trucks through the crossing and workers from Benghazi are civilian; Marsa Matruh, Sidi "
         "Barrani (2020 speech), the Sirte-Jufra red line and the border with Libya are not movement places; «الحدود "
         "الغربية» is not annotated; المصري/مصرية/مصري/المصريون hold مصر.",
 "qrt4": "Op-ed by an Iraqi analyst (Al-Bayan Center) comparing Bashiqa with Turkish bases in Libya: A400M flights "
         "Konya→al-Watiya base (airlift reported), a Turkish navy supply ship unloading ammunition at Misrata port "
         "(shipment reported), a planned Turkish training team to Benghazi, a denied transfer al-Watiya→Misrata "
         "(redeploy) and no withdrawal from Libya unless all other foreign forces leave first (conditional; the Russians "
         "in al-Jufra are inside the condition). Bashiqa 2015 and Zakho 2021 are history; the headline «من بعشيقة إلى "
         "الوطية» is not a move; Baghdad, Mosul, Ankara are not movement places; تركياً holds تركيا.",
 "qrt5": "Op-ed by a retired Jordanian general (Middle East Studies Center, Amman) on Fezzan: LNA reinforcements "
         "Sabha→Al-Qatrun (reported), UN-reported arms shipments Kufra→Darfur via the Uweinat triangle (actor null), "
         "Niger's planned redeployment of a battalion to Madama, FACT's denied move Umm al-Aranib→Tibesti and an "
         "Algerian reinforcement Illizi→Djanet only if chaos reaches Ghat (conditional). The border with Niger (clash "
         "site), Niamey (source), Aouzou 1994 (history), Jordan and Syria (comparison), Tripoli and Benghazi "
         "(metonymy) are not movement places; عمّان is Amman (not عمان Oman); الجيش النيجري and الجزائريون hold "
         "النيجر and الجزائر.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qrt1", "qrt2", "qrt3", "qrt4", "qrt5")
