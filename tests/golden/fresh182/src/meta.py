# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 # cities (datelines, speakers, venues)
 "amsterdam": ("city", "NL", 52.37403, 4.88969, "Amsterdam"),                            # G (row spelled آمستردام)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                          # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                              # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "aswan": ("city", "EG", 24.09082, 32.89942, "Aswan"),                                   # G
 "djibouti_city": ("city", "DJ", 11.58901, 43.14503, "Djibouti"),                        # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                             # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                            # G (row spelled نجامينا)
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abeche"),                                 # G
 "abudhabi": ("city", "AE", 24.45118, 54.39696, "Abu Dhabi"),                            # G
 # Sudan: North Darfur and the north
 "n_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                     # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                               # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                 # G
 "mellit_loc": ("district", "SD", 14.13333, 25.55000, "Mellit locality"),                # G* (town row)
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                # G
 "kutum": ("town", "SD", 14.20000, 24.66667, "Kutum"),                                   # G
 "karb": ("town", "SD", 19.0, 24.5, "Karb al-Tom"),                                      # K (low confidence)
 "tina_sd": ("town", "SD", 15.03, 22.83, "Tina (Sudan)"),                                # K
 "tina_crossing": ("crossing", "SD", 15.03, 22.83, "Tina border crossing"),              # K
 "dabbah": ("town", "SD", 18.05, 30.95, "Ad Dabbah"),                                    # K
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),             # G
 "dongola_airport": ("airport", "SD", 19.1539, 30.4301, "Dongola Airport"),              # K
 "border_sd_ly": ("region", "SD", 19.8, 24.6, "Sudan-Libya border (Sudanese side)"),     # K
 "border_sd_td": ("region", "SD", 15.27115, 23.08771, "Sudan-Chad border (Sudanese side)"),  # G (row الحدود السودانية التشادية)
 # the triangle and the Egyptian side
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),      # G* (row مثلث العوينات)
 "jebel_uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                 # G* (row مثلث العوينات)
 "east_oweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                     # G* (row مطار شرق العوينات)
 # Libya: Kufra and the south-east, the coast
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),              # G* (town row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                     # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                     # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                               # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                               # G
 "sarra_base": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),           # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                     # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),                # G* (Tobruk city row)
 "benghazi_port": ("crossing", "LY", 32.11486, 20.06859, "Port of Benghazi"),            # G* (Benghazi city row)
 "southeast_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),            # G* (row جنوب شرق ليبيا)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),             # G* (row الحدود الليبية السودانية)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),              # G* (row الحدود الليبية التشادية)
 # Chad
 "tine_td": ("town", "TD", 15.02528, 22.80222, "Tine (Chad)"),                           # G (row spelled تيني)
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                           # G
 "amdjarass_airport": ("airport", "TD", 16.06666, 22.83536, "Amdjarass Airport"),        # G* (town row)
 "adre_crossing": ("crossing", "TD", 13.46648, 22.19875, "Adre border crossing"),        # G* (row أدري, the town)
 "ounianga": ("town", "TD", 19.05263, 20.48887, "Ounianga Kebir"),                       # G (row spelled أونيانقا كبير)
 "north_td": ("region", "TD", 18.20680, 19.78454, "Northern Chad"),                      # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                        # G (row spelled كوري بوقودي)
 "border_td_ly": ("region", "TD", 22.5, 17.2, "Chad-Libya border (Chadian side)"),       # K
}

SAG, LNA, EGY, FF, CAG = ("Sudanese armed groups", "Libyan National Army", "Egyptian army", "Foreign fighters",
                          "Chadian armed groups")


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "gb1": ["راديو دبنقا", "دبنقا", "الدعم السريع", "القوة المشتركة لحركات الكفاح المسلح", "حركة تحرير السودان",
         "درع الصحراء", "عثمان الفاشري", "المياه المالحة", "الليبية"],
 "gb2": ["التغيير", "القوات المسلحة السودانية", "الدعم السريع", "حفتر", "سبل السلام", "الجيش الوطني الليبي",
         "عمر الدنقلاوي", "إيغاد", "الليبية", "ليبية", "مصري"],
 "gb3": ["ليبيا أوبزرفر", "سبل السلام", "خليفة حفتر", "الدعم السريع", "الأخبار السارة", "منطقة الكفرة العسكرية",
         "إدريس المجبري", "السودانية", "الليبية"],
 "gb4": ["مدى مصر", "الدعم السريع", "إليوشن-76", "شركة الخليج العربي للنفط", "حامد السلومي", "كولومبي",
         "المصري", "مصرية"],
 "gb5": ["الشرق", "التشادي", "تشادية", "القوة المشتركة السودانية", "سوداني", "جبهة الوفاق من أجل التغيير في تشاد",
         "فاكت", "الجيش الوطني الليبي", "محمد إدريس ديبي"],
}

PHEN = {
 "gb1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "gb2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "coverage_neighbours", "countries"],
 "gb3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "gb4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours"],
 "gb5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
}

MOVES = {
 "gb1": [
  mv("advance", "reported", SAG, ["مليط"], ["المالحة"]),
  mv("mobilise", "reported", SAG, [], ["كتم"]),
  mv("withdraw", "reported", SAG, ["كرب التوم"], ["الطينة"]),
  mv("advance", "conditional", SAG, ["الطينة"], ["كرب التوم"]),
  mv("deploy", "planned", SAG, [], ["كرب التوم"]),
  mv("shipment", "denied", SAG, ["الكفرة"], ["المالحة"]),
 ],
 "gb2": [
  mv("advance", "reported", None, ["الدبة"], ["كرب التوم"]),
  mv("reinforce", "reported", SAG, ["المالحة"], ["المثلث الحدودي"]),
  mv("advance", "denied", LNA, ["الكفرة"], [], ["الحدود مع السودان"]),
  mv("airlift", "planned", None, ["بورتسودان"], ["مطار دنقلا"]),
  mv("reinforce", "conditional", EGY, [], ["شرق العوينات"]),
 ],
 "gb3": [
  mv("shipment", "reported", LNA, ["أجدابيا"], ["الكفرة"], ["جالو", "حقل السرير"]),
  mv("shipment", "planned", LNA, ["الكفرة"], ["المالحة"], ["مثلث العوينات"]),
  mv("redeploy", "reported", LNA, ["ربيانة"], ["قاعدة معطن السارة"]),
  mv("naval_landing", "reported", LNA, ["بنغازي"], ["ميناء طبرق"]),
  mv("airlift", "denied", LNA, ["قاعدة الخادم"], ["مطار الكفرة"]),
  mv("reinforce", "conditional", LNA, ["تازربو"], ["الحدود مع السودان"]),
 ],
 "gb4": [
  mv("airlift", "reported", None, ["قاعدة الخادم الجوية"], ["مطار الكفرة"]),
  mv("shipment", "reported", None, ["الكفرة"], ["كرب التوم"], ["جبل العوينات"]),
  mv("naval_landing", "reported", FF, [], ["ميناء بنغازي"]),
  mv("airlift", "reported", FF, [], ["الكفرة"]),
  mv("deploy", "planned", EGY, ["أسوان"], ["شرق العوينات"]),
  mv("deploy", "denied", EGY, [], ["المثلث الحدودي"]),
  mv("advance", "conditional", SAG, [], ["الدبة"]),
 ],
 "gb5": [
  mv("redeploy", "reported", None, ["أبشي"], ["الطينة", "أم جرس"]),
  mv("withdraw", "reported", SAG, ["الطينة"], ["تشاد"]),
  mv("airlift", "planned", None, ["انجمينا"], ["مطار أمجرس"]),
  mv("shipment", "denied", None, ["ليبيا"], ["دارفور"], ["أونيانغا كبير"]),
  mv("mobilise", "reported", CAG, [], ["كوري بوغودي"]),
  mv("deploy", "conditional", LNA, ["الكفرة"], ["الحدود مع تشاد"]),
 ],
}

NOTES = {
 "gb1": "Radio Dabanga (Amsterdam): RSF column Mellit→Al Malha (headline + body, one move), RSF massing at Kutum, "
        "Joint Force pull-out Karb al-Tom→Tina (Sudan) and its conditional return Tina→Karb al-Tom («إذا واصل»), "
        "a planned RSF «Desert Shield» deployment to Karb al-Tom («ستنشر»; «نحو المثلث الحدودي» is the road's "
        "purpose, not a destination), a denied RSF fuel/ammunition run Kufra→Al Malha; El Fasher only as background "
        "(fell in 2025); traps: «المياه المالحة» (salt water), «عثمان الفاشري», the Sudan Liberation Movement.",
 "gb2": "Altaghyeer (Port Sudan): the Sudanese army's column Al Dabbah→Karb al-Tom (actor null: a state army not "
        "in the canonical list), RSF reinforcements Al Malha→the border triangle, an LNA crossing from Kufra via "
        "the Libya–Sudan border accused then denied by the General Command (denied), a planned airlift Port "
        "Sudan→Dongola airport («تعتزم»), an Egyptian reinforcement of East Oweinat «في حال اقتربت المعارك» "
        "(conditional); Cairo (speaker) and Djibouti (IGAD summit, the city) are not movement places.",
 "gb3": "Libya Observer (Tripoli): an LNA-escorted fuel convoy Ajdabiya→Kufra via Jalu and the Sarir field, its "
        "planned onward leg Kufra→Al Malha via the Uweinat triangle, an LNA company Rebiana→Maaten al-Sarra air "
        "base (redeploy), a naval landing at Tobruk port from Benghazi, a denied Al Khadim→Kufra airport arms "
        "airlift, a conditional reinforcement Tazirbu→the Sudanese border; smuggled fuel «نحو تونس» and the "
        "Jalu driver's origin are not force moves; traps «الأخبار السارة», «منطقة الكفرة العسكرية», «إدريس».",
 "gb4": "Mada Masr (Cairo): cargo flights Al Khadim air base→Kufra airport (actor null), trucks Kufra→Karb "
        "al-Tom via Jebel Uweinat (actor null), a ship landing Colombian fighters at Benghazi port and their later "
        "airlift to Kufra (no origin written), a planned Egyptian border-guard move Aswan→East Oweinat, a denied "
        "Egyptian entry into the triangle (photos «قرب جبل عوينات» are the same claim), a conditional RSF advance "
        "on Al Dabbah; the Sarir field and «المسار من الكفرة إلى دارفور» are distance/route references only.",
 "gb5": "Asharq (N'Djamena): Chadian army battalions Abeche→Tine (Chad) and Amdjarass (redeploy, actor null), Joint "
        "Force fighters withdrawing from Tina (Sudan) into Chad (their later transfer after disarmament to a camp near "
        "the Adre crossing is not a force move), a planned airlift N'Djamena→Amdjarass airport, a denied arms run "
        "Libya→Darfur via Ounianga Kebir, Chadian rebels massing at Kouri Bougoudi, a conditional LNA deployment "
        "Kufra→the Chad border; the UN «مسار» Kufra→north Chad→Al Malha is a route, not a movement.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("gb1", "gb2", "gb3", "gb4", "gb5")
