# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                  # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                    # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 # Libya: Kufra and the south-east
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                     # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),                # G* (town row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                  # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                                 # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                                 # G
 "sarra_base": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),             # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),        # G* (row مثلث العوينات)
 "uweinat_mt": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                            # K
 "south_east_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),             # G* (row جنوب شرق ليبيا)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),               # G
 "border_ly_sd_ly": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                       # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                   # G
 "tobruk_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),         # G* (row مطار طبرق)
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                              # G
 # Sudan
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                            # G
 "omdurman": ("city", "SD", 15.64453, 32.47773, "Omdurman"),                               # G
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                                 # G
 "dabbah": ("town", "SD", 18.05, 30.95, "Ad Dabbah"),                                      # K
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),               # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                   # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                 # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                  # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                   # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                                # G
 "kutum": ("town", "SD", 14.20000, 24.66667, "Kutum"),                                     # G
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                         # G
 "karb_tom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                          # G
 "tina_sd": ("town", "SD", 15.035, 22.840, "Tina (Sudan)"),                                # K
 "tina_crossing": ("crossing", "SD", 15.03, 22.82, "Tina-Tiné border crossing"),            # K
 "border_sd_td": ("region", "SD", 15.27115, 23.08771, "Sudan-Chad border (Sudanese side)"),  # G* (row الحدود السودانية التشادية)
 "border_sd_ly": ("region", "SD", 20.8, 25.3, "Sudan-Libya border (Sudanese side)"),       # K
 # Chad
 "east_chad": ("region", "TD", 15.37168, 20.30227, "Eastern Chad"),                        # G
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                             # G
 "amdjarass_airport": ("airport", "TD", 16.06666, 22.83536, "Amdjarass airstrip"),         # G* (town row)
 "tine_td": ("town", "TD", 15.02528, 22.80222, "Tiné (Chad)"),                             # G
 "ennedi": ("region", "TD", 17.04167, 21.86278, "Ennedi Plateau"),                         # G
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abéché"),                                   # G
 "fada": ("town", "TD", 17.19186, 21.58081, "Fada"),                                       # G (gazetteer spells فدا)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                              # G (row نجامينا)
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                               # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                          # G (gazetteer spells كوري بوقودي)
 "border_td_ly": ("region", "TD", 20.9, 20.5, "Chad-Libya border (Chadian side)"),         # K
 # Egypt
 "marsa_matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                       # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                   # G
 "sallum_port": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),                # G* (row منفذ امساعد, country EG)
 "sidi_barrani": ("town", "EG", 31.61083, 25.92556, "Sidi Barrani"),                       # G
 "naguib_base": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),        # G
 "kharga": ("town", "EG", 25.45101, 30.54653, "Kharga"),                                   # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G
 "new_valley": ("district", "EG", 24.79939, 28.92955, "New Valley Governorate"),           # G
 "east_uweinat": ("town", "EG", 22.58570, 28.71660, "East Owainat"),                       # G* (airport row)
 "east_uweinat_airport": ("airport", "EG", 22.58570, 28.71660, "Sharq El Owainat Airport"),  # G
}

SAG, LNA, EA = "Sudanese armed groups", "Libyan National Army", "Egyptian army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "kj1": [
  mv("shipment", "reported", SAG, ["الكفرة"], ["المالحة"], ["المثلث الحدودي", "جبل العوينات"]),
  mv("advance", "reported", SAG, ["الطينة"], ["وادي هور"]),
  mv("withdraw", "reported", SAG, ["كرب التوم"], ["الطينة"]),
  mv("deploy", "planned", None, ["الدبة"], ["كرب التوم"]),
  mv("advance", "conditional", SAG, [], ["المثلث الحدودي"]),
  mv("withdraw", "denied", SAG, ["المالحة"], ["الحدود مع ليبيا"]),
 ],
 "kj2": [
  mv("reinforce", "reported", SAG, ["أم جرس"], ["مليط"]),
  mv("shipment", "reported", SAG, ["الكفرة"], ["مليط"], ["إنيدي"]),
  mv("redeploy", "reported", None, ["أبشي"], ["الطينة"]),
  mv("deploy", "planned", None, ["فادا"], ["الحدود مع ليبيا"]),
  mv("advance", "conditional", SAG, ["وادي هور"], ["مليط"]),
  mv("airlift", "denied", None, ["مطار أم جرس"], ["دارفور"]),
 ],
 "kj3": [
  mv("reinforce", "reported", EA, ["الخارجة"], ["شرق العوينات"]),
  mv("airlift", "reported", EA, ["قاعدة محمد نجيب العسكرية"], ["مطار شرق العوينات"]),
  mv("deploy", "planned", EA, ["سيدي براني"], ["منفذ السلوم البري"]),
  mv("advance", "conditional", EA, [], ["جبل العوينات"]),
  mv("deploy", "denied", EA, [], ["الكفرة", "الجغبوب"]),
 ],
 "kj4": [
  mv("deploy", "reported", LNA, ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("mobilise", "reported", SAG, [], ["الحدود مع السودان"]),
  mv("airlift", "reported", LNA, ["قاعدة جمال عبد الناصر الجوية"], ["مطار الكفرة"]),
  mv("redeploy", "planned", LNA, ["تازربو"], ["المثلث الحدودي"]),
  mv("advance", "conditional", LNA, [], ["جبل العوينات"]),
  mv("shipment", "denied", SAG, ["الكفرة"], ["دارفور"]),
 ],
 "kj5": [
  mv("reinforce", "reported", "Chadian armed groups", ["كوري بوغودي"], ["المالحة"], ["الكفرة"]),
  mv("mobilise", "reported", SAG, [], ["كرب التوم"]),
  mv("airlift", "reported", None, ["قاعدة الخادم"], ["مطار الكفرة"]),
  mv("deploy", "denied", LNA, ["الكفرة"], ["الحدود مع السودان"]),
  mv("redeploy", "planned", None, ["أم درمان"], ["دنقلا"]),
  mv("advance", "conditional", None, ["فايا لارجو"], ["كوري بوغودي"]),
 ],
}

TRAPS = {
 "kj1": ["سودان تربيون", "وكالة السودان للأنباء", "قوات الدعم السريع", "آدم الفاشري", "سوق ليبيا", "منبر جدة",
         "الجيش السوداني", "الليبية"],
 "kj2": ["راديو دبنقا", "دبنقا", "محمد إدريس ديبي", "قوات الدعم السريع", "الجيش التشادي", "التشادية", "الليبية", "سودانية"],
 "kj3": ["المصري اليوم", "القاهرة الإخبارية", "وكالة أنباء الشرق الأوسط", "الخارجة عن القانون", "شارع الإسكندرية",
         "الجيش المصري", "مصرية", "الليبيتين"],
 "kj4": ["فواصل", "كتيبة سبل السلام", "الأخبار السارة", "قوات الدعم السريع", "حرس الحدود المصري", "سودانية"],
 "kj5": ["بي بي سي", "محمد إدريس ديبي", "قوات الدعم السريع", "المياه المالحة", "التشاديين", "التشادية", "القيادة العامة للجيش الوطني الليبي",
         "الجيش التشادي"],
}

PHEN = {
 "kj1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area", "border_phrase",
         "coverage_neighbours", "countries"],
 "kj2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_idri", "vague_area", "border_phrase",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "kj3": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "vague_area", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "town_vs_district", "countries"],
 "kj4": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "countries"],
 "kj5": ["spelling", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_idri", "common_word_trap", "nisba", "border_phrase",
         "coverage_bases", "coverage_neighbours", "countries"],
}

NOTES = {
 "kj1": "Sudan Tribune (Port Sudan): an RSF supply convoy Kufra→Al Malha via the triangle and Jebel Uweinat, a joint-force "
        "advance Tina→Wadi Howar and its February pull-back Karb al-Tom→Tina (flashback), a planned army column Ad "
        "Dabbah→Karb al-Tom, a conditional joint-force push to the triangle and the RSF's denied pull-out Al Malha→the "
        "Libyan border; Port Sudan (dateline, venue), Omdurman (market), Mellit/El Fasher (route purpose), North Darfur, "
        "the Northern State and Benghazi are not movement places.",
 "kj2": "Radio Dabanga (Tina): RSF reinforcements Amdjarass→Mellit, a fuel shipment Kufra→Mellit via Ennedi, a Chadian "
        "army redeploy Abéché→Tiné (Chad), a planned Chadian battalion Fada→the Libyan border, a conditional joint-force "
        "advance Wadi Howar→Mellit and a denied arms airlift from Amdjarass airstrip to Darfur; Sudanese Tina (dateline, "
        "refugee arrivals) vs Chadian Tiné, both written الطينة; refugees from Kutum/El Fasher and traders at the Tina "
        "crossing are not movements; Déby's name holds إدري.",
 "kj3": "Al-Masry Al-Youm (Marsa Matruh): Egyptian border-guard reinforcements Kharga→East Owainat, an airlift Mohamed "
        "Naguib base→East Owainat airport, a planned unit Sidi Barrani→Sallum land port, a conditional advance to Jebel "
        "Uweinat and a denied entry into Kufra/Al Jaghbub; the governor's inspection visit is not a movement; Matruh "
        "governorate vs the city Marsa Matruh.",
 "kj4": "Fawasel (Kufra): Subul al-Salam patrols Kufra→Maaten al-Sarra air base, Sudanese armed groups massing near the "
        "border with Sudan (reported), an LNA airlift Gamal Abdel Nasser air base (Tobruk)→Kufra airport, a planned "
        "battalion Tazirbu→the triangle, a conditional push to Jebel Uweinat and a denied RSF supply run Kufra→Darfur; "
        "the Rebiana company that stays put and the refugees are not movements.",
 "kj5": "BBC News Arabic: Chadian fighters Kouri Bougoudi→Al Malha via Kufra, RSF massing at Karb al-Tom, Il-76 flights "
        "Al Khadim→Kufra airport, the LNA's denied escort Kufra→the Sudanese border, a planned Sudanese army brigade "
        "Omdurman→Dongola and Chad's conditional advance Faya-Largeau→Kouri Bougoudi; N'Djamena is the speaker's place; "
        "Déby's name holds إدري.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("kj1", "kj2", "kj3", "kj4", "kj5")
