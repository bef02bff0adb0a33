# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # capitals and other cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (city row نجامينا)
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G (city row تونس)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G (city row الجزائر)
 "dubai": ("city", "AE", 25.07725, 55.30927, "Dubai"),                                  # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "aswan": ("city", "EG", 24.09082, 32.89942, "Aswan"),                                  # G
 # Kufra and the Libyan south-east
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Al Kufra district"),             # G (district row)
 "kufra_apt": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                   # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "tazirbu_mun": ("district", "LY", 25.67289, 21.07286, "Tazirbu municipality"),         # G* (town row)
 "buzayma": ("village", "LY", 25.00000, 22.00000, "Buzayma"),                           # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                            # K
 "southeast": ("region", "LY", 24.0, 22.5, "South-eastern Libya"),                      # K
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "border_td_ly": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "triangle_td_sd": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G
 "triangle_eg": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle (Libya-Egypt-Sudan)"),  # G* (row مثلث العوينات)
 # elsewhere in Libya
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G (row قاعدة الخادم)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G (row قاعدة الجفرة الجوية)
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                           # G (district row)
 "tobruk_port": ("base", "LY", 32.08963, 23.95385, "Tobruk port"),                      # G* (row قاعدة طبرق البحرية)
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "tobruk_apt": ("airport", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Airport (Tobruk)"),  # G (row مطار طبرق)
 # Sudan
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                      # G
 "karb_tom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                       # G
 "atrun": ("village", "SD", 18.17, 26.60, "Bir al-Atrun"),                              # K
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "tina": ("town", "SD", 15.04, 22.83, "At Tina (Sudan)"),                               # K
 "border_sd_ly": ("region", "SD", 20.5, 25.3, "Sudan-Libya border (Sudanese side)"),    # K
 # Chad
 "adre_crossing": ("crossing", "TD", 13.46648, 22.19875, "Adré crossing"),              # G* (town row أدري)
 "ounianga": ("town", "TD", 19.05263, 20.48887, "Ounianga Kébir"),                      # G (row أونيانقا كبير)
 "ounianga_serir": ("town", "TD", 18.92, 20.87, "Ounianga Sérir"),                      # K
 "fada": ("town", "TD", 17.19186, 21.58081, "Fada"),                                    # G (row فدا)
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "ennedi_ouest": ("district", "TD", 19.0, 21.0, "Ennedi-Ouest province"),               # K
 "borkou": ("district", "TD", 18.98295, 18.31207, "Borkou"),                            # G
 "tibesti": ("district", "TD", 20.80000, 17.80000, "Tibesti province"),                 # G* (region row تيبستي)
 "kanem": ("district", "TD", 15.03933, 15.02364, "Kanem"),                              # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G (row كوري بوقودي)
 "border_td_side": ("region", "TD", 21.0, 20.5, "Chad-Libya border (Chadian side)"),    # K
 # Egypt
 "east_uweinat": ("town", "EG", 22.58570, 28.71660, "East Owainat"),                    # G* (row مطار شرق العوينات)
 "eo_airport": ("airport", "EG", 22.58570, 28.71660, "Shark El Oweinat International Airport"),  # G
 "salloum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),        # G* (row منفذ امساعد, country EG)
}

TRAPS = {
 "qa1": ["الجيش الليبي", "إرم نيوز", "القيادة العامة للجيش الوطني الليبي", "المعارضة التشادية", "اللواء 128 معزز",
         "جبهة التناوب والوفاق في تشاد", "ليست بالسارة"],
 "qa2": ["سودانيين", "راديو دبنقا", "قوات حفتر", "مياهها المالحة", "آدم الفاشري", "حركة تحرير السودان",
         "قوات الدعم السريع"],
 "qa3": ["الحدث", "روسي", "الحدث.نت", "ليبية", "الفيلق الأفريقي", "اللواء طارق بن زياد",
         "مجلس القيادة العسكرية لإنقاذ الجمهورية", "المعارضة التشادية", "الجيش التشادي",
         "وزارة الدفاع الروسية"],
 "qa4": ["تعزيزات تشادية", "الاتحاد", "الجيش التشادي", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "مصدر أمني تشادي",
         "الحرس الوطني", "جبهة التناوب والوفاق في تشاد", "الأراضي التشادية", "محمد إدريس ديبي",
         "الجيش الوطني الليبي", "إدريس ديبي إتنو"],
 "qa5": ["الجيش المصري", "مصراوي", "المنطقة الجنوبية العسكرية", "مجموعات مسلحة سودانية", "الجانب الليبي",
         "الجيش الوطني الليبي", "روسي", "محمد عبد الواحد المصري", "الأمن القومي المصري",
         "المتحدث العسكري المصري"],
}

PHEN = {
 "qa1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "countries"],
 "qa2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "qa3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "qa4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours",
         "countries"],
 "qa5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, CHAD_AG, SUD_AG = "Libyan National Army", "Chadian armed groups", "Sudanese armed groups"
RUS, EGY = "Russian forces", "Egyptian army"

MOVES = {
 "qa1": [
  mv("advance", "reported", CHAD_AG, destinations=["ربيانة"]),
  mv("reinforce", "reported", LNA, origins=["الكفرة"], destinations=["ربيانة"], via=["بزيمة"]),
  mv("redeploy", "reported", LNA, origins=["تازربو"], destinations=["قاعدة معطن السارة الجوية"]),
  mv("airlift", "reported", LNA, origins=["قاعدة الخادم الجوية"], destinations=["مطار الكفرة"]),
  mv("withdraw", "denied", LNA, origins=["حقل السرير"]),
  mv("deploy", "planned", LNA, destinations=["تازربو"]),
  mv("advance", "conditional", LNA, origins=["معطن السارة"], destinations=["الحدود مع تشاد"]),
 ],
 "qa2": [
  mv("deploy", "reported", SUD_AG, origins=["المالحة"], destinations=["الحدود مع ليبيا"], via=["وادي هور"]),
  mv("deploy", "planned", SUD_AG, destinations=["الكفرة"], via=["العطرون", "كرب التوم"]),
  mv("shipment", "reported", None, origins=["الكفرة"], destinations=["العطرون"]),
  mv("advance", "reported", SUD_AG, destinations=["جبل العوينات"]),
  mv("withdraw", "denied", SUD_AG, origins=["المالحة"], destinations=["مليط"]),
  mv("advance", "conditional", SUD_AG, origins=["الطينة"], destinations=["وادي هور"]),
 ],
 "qa3": [
  mv("naval_landing", "reported", RUS, destinations=["ميناء طبرق"]),
  mv("airlift", "reported", RUS, origins=["مطار طبرق"], destinations=["قاعدة معطن السارة"]),
  mv("redeploy", "reported", RUS, origins=["قاعدة الجفرة"], destinations=["قاعدة معطن السارة"]),
  mv("deploy", "planned", RUS, destinations=["النيجر"]),
  mv("withdraw", "denied", LNA, origins=["معطن السارة"], destinations=["الكفرة"]),
  mv("withdraw", "conditional", CHAD_AG, origins=["أونيانغا كبير"], destinations=["ليبيا"]),
 ],
 "qa4": [
  mv("reinforce", "reported", None, origins=["فادا"], destinations=["أونيانغا الكبير"]),
  mv("advance", "reported", CHAD_AG, origins=["ليبيا"], destinations=["أونيانغا الكبير"]),
  mv("redeploy", "planned", None, destinations=["أونيانغا سرير"]),
  mv("shipment", "planned", None, origins=["فايا لارجو"], destinations=["أونيانغا الكبير"]),
  mv("advance", "conditional", None, destinations=["الحدود مع ليبيا"]),
  mv("redeploy", "denied", CHAD_AG, origins=["الجفرة"], destinations=["ربيانة"]),
  mv("mobilise", "reported", CHAD_AG, destinations=["كوري بوغودي"]),
 ],
 "qa5": [
  mv("reinforce", "reported", EGY, origins=["أسوان"], destinations=["شرق العوينات"]),
  mv("advance", "reported", SUD_AG, destinations=["المثلث الحدودي"]),
  mv("mobilise", "reported", SUD_AG, destinations=["كرب التوم"]),
  mv("airlift", "planned", EGY, destinations=["مطار شرق العوينات"]),
  mv("advance", "conditional", EGY, origins=["شرق العوينات"], destinations=["جبل العوينات"]),
  mv("deploy", "reported", LNA, origins=["الكفرة"], destinations=["جبل العوينات"]),
  mv("naval_landing", "denied", RUS, destinations=["قاعدة طبرق البحرية"]),
 ],
}

NOTES = {
 "qa1": "Erem News-style report from Benghazi: a reported Chadian-opposition infiltration to Rebiana's surroundings "
        "(«محيط الواحة» = Rebiana), an LNA reinforcement Kufra→Rebiana via the Buzayma road (written ربيانه), a "
        "redeploy Tazirbu→Maaten al-Sarra air base, an airlift Al-Khadim air base→Kufra airport, a denied pull-out "
        "from the Sarir field, a planned deployment to Tazirbu (بلدية تازربو = district, speaker only) and a "
        "conditional advance Maaten al-Sarra→the border with Chad. Traps: FACT's name containing تشاد, «ليست بالسارة».",
 "qa2": "Radio Dabanga-style report datelined At-Tina (Sudan): a column of Sudanese fighters Al Malha→the border with "
        "Libya via Wadi Howar (reported), its announced next leg to Kufra via Al-Atrun and Karb al-Tom (planned), "
        "weekly fuel/ammunition trucks Kufra→Al-Atrun (shipment, no owner named), a flashback infiltration to Jebel Uweinat, the RSF's denied pull-out Al Malha→Mellit and the joint force's "
        "conditional advance At-Tina→Wadi Howar. Refugees crossing to Chad via the Adré crossing are not a movement; "
        "the Sarir field is a purpose, not a destination. Traps: «آدم الفاشري», «مياهها المالحة».",
 "qa3": "Al-Hadath-style report datelined Dubai: a Russian landing at Tobruk port, an airlift Tobruk airport→Maaten "
        "al-Sarra base, Africa Corps personnel Jufra base→«القاعدة الجنوبية» (= Maaten al-Sarra), a planned move to "
        "Niger (no origin written), the LNA's denied pull-out Maaten al-Sarra→Kufra, and the CCMSR's conditional "
        "withdrawal from near Ounianga Kébir into Libya. Niamey, Tunis (تونس العاصمة), Moscow, N'Djamena are not "
        "movement places; the Chadian army's shelling is the condition, not a movement.",
 "qa4": "Al-Ittihad-style report datelined N'Djamena: the Chadian army (actor null) reinforces Fada→Ounianga Kébir, "
        "CCMSR fighters cross from Libya to north of the town (= Ounianga Kébir), a planned company move to Ounianga "
        "Sérir (no origin written), a planned supply convoy Faya-Largeau→Ounianga Kébir, the rebels' massing at Kouri Bougoudi, a conditional pursuit to the border with Libya (Chadian side), and FACT's denied "
        "transfer of fighters Jufra→Rebiana. Déby's visit to Faya, the 2021 Kanem battle, the general «عودة المقاتلين "
        "من ليبيا» and the LNA's intensified patrols near Maaten al-Sarra are not movements. Trap «محمد إدريس ديبي».",
 "qa5": "Masrawy-style Egyptian report: the Egyptian army reinforces Aswan→East Owainat, Sudanese armed groups "
        "reportedly move toward the border triangle, the RSF masses fighters at Karb al-Tom, a planned airlift to East Owainat airport, a conditional advance "
        "East Owainat→Jebel Uweinat, an LNA company Kufra→Jebel Uweinat (reported), and a denied Russian landing at "
        "Tobruk naval base. لل+كفرة → كفرة. Algiers (الجزائر العاصمة), the Sallum crossing, Darfur are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qa1", "qa2", "qa3", "qa4", "qa5")
