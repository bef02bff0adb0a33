# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 # Libya: the Kufra area and the south-east
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G (row قاعدة معطن السارة)
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                            # K
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"), # G* (row مثلث العوينات)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "tazirbu_mun": ("district", "LY", 25.67289, 21.07286, "Tazirbu municipality"),         # G* (town row)
 "rabyana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "buzayma": ("village", "LY", 25.00000, 22.00000, "Buzayma"),                           # G
 "zighan": ("village", "LY", 25.49806, 22.11778, "Az-Zighan"),                          # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G (row قاعدة بنينا الجوية)
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G (row مطار بنينا)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "benghazi_port": ("crossing", "LY", 32.105, 20.055, "Port of Benghazi"),               # K
 "tobruk_port": ("crossing", "LY", 32.07, 23.97, "Port of Tobruk"),                     # K
 # Sudan
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "ndarfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                     # G
 "howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                           # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "karbtom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                        # G
 "border_sd_ly": ("region", "SD", 19.85, 24.50, "Sudan-Libya border (Sudanese side)"),  # K
 "tina": ("town", "SD", 15.03, 22.83, "Tina (Sudan)"),                                  # K
 "dabbah": ("town", "SD", 18.05, 30.95, "Ad Dabbah"),                                   # K
 "adre": ("crossing", "TD", 13.46648, 22.19875, "Adre crossing"),                       # G* (town row أدري)
 "omdurman": ("city", "SD", 15.64453, 32.47773, "Omdurman"),                            # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "kharga": ("town", "EG", 25.45101, 30.54653, "Kharga"),                                # G
 "aswan": ("city", "EG", 24.09082, 32.89942, "Aswan"),                                  # G
 "eoweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                        # G* (airport row)
 "eoweinat_airport": ("airport", "EG", 22.58570, 28.71660, "Shark El Oweinat International Airport"),  # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),          # G* (row منفذ امساعد, country EG)
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                  # G
 "abudhabi": ("city", "AE", 24.45118, 54.39696, "Abu Dhabi"),                           # G
 "border_eg_sd": ("region", "EG", 22.22287, 31.25544, "Egypt-Sudan border (Egyptian side)"),  # G* (row الحدود المصرية السودانية)
}

LNA, SAG, EGA = "Libyan National Army", "Sudanese armed groups", "Egyptian army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "lk1": ["سودان تربيون", "الجيش السوداني", "القوات المسلحة السودانية", "قوات الدعم السريع", "سبل السلام",
         "الليبية", "القيادة العامة للجيش الليبي", "نبيل عبد الله", "سوق ليبيا", "كامل إدريس"],
 "lk2": ["راديو دبنقا", "سبل السلام", "الأخبار السارة", "الليبية", "سودانيين", "الدعم السريع",
         "مفتاح الزوي", "إدريس يحيى"],
 "lk3": ["الوطن الليبية", "اللواء طارق بن زياد", "فندق تيبستي", "سودانية", "قوات الدعم السريع", "الحدود الجنوبية",
         "قبيلة الزوية"],
 "lk4": ["الشروق", "مصري", "مصرّ", "خالد المصراتي", "الجيش الوطني الليبي", "الدعم السريع", "الواحات المصرية",
         "سمير راغب"],
 "lk5": ["المتوسط", "سبل السلام", "عمر الزوي", "إبراهيم الجالوي", "سودانية", "الحرب السودانية", "مدن الساحل",
         "النهر الصناعي"],
}

PHEN = {
 "lk1": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "border_phrase", "vague_area", "countries",
         "coverage_neighbours", "coverage_crossings", "ambiguity_idri", "ambiguity_country_capital", "person_trap"],
 "lk2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "border_phrase",
         "vague_area", "coverage_bases", "countries", "ambiguity_idri", "ambiguity_tripoli", "town_vs_district", "person_trap"],
 "lk3": ["spelling", "clitics", "multiword", "media_trap", "operation_trap", "nisba", "coverage_bases", "coverage_oil",
         "countries", "coverage_crossings", "ambiguity_tripoli"],
 "lk4": ["multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba", "border_phrase",
         "vague_area", "ambiguity_country_capital", "coverage_neighbours", "countries", "coverage_crossings"],
 "lk5": ["spelling", "clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "town_vs_district", "countries", "coverage_oil"],
}

MOVES = {
 "lk1": [
  mv("shipment", "reported", SAG, ["الكفرة"], ["المالحة"], ["المثلث الحدودي", "وادي هور"]),
  mv("reinforce", "reported", SAG, ["مليط"], ["كرب التوم"]),
  mv("advance", "denied", LNA, ["الكفرة"], ["وادي هور"]),
  mv("mobilise", "reported", SAG, [], ["الطينة"]),
  mv("advance", "planned", SAG, ["الطينة"], ["كرب التوم"]),
  mv("airlift", "conditional", None, ["بورتسودان"], ["الدبة"]),
 ],
 "lk2": [
  mv("deploy", "reported", LNA, ["الكفرة"], ["جبل العوينات"]),
  mv("withdraw", "denied", LNA, ["قاعدة معطن السارة"], ["الكفرة"]),
  mv("redeploy", "reported", LNA, ["تازربو"], ["الكفرة"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("reinforce", "conditional", LNA, [], ["الحدود مع السودان"]),
 ],
 "lk3": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("reinforce", "planned", LNA, ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("redeploy", "reported", LNA, ["تازيربو"], ["ربيانا"]),
  mv("shipment", "denied", None, ["حقل السرير"], ["الكفرة"]),
  mv("deploy", "conditional", LNA, [], ["تازيربو"]),
  mv("airlift", "planned", LNA, ["مطار بنينا"], ["مطار الكفرة"]),
  mv("naval_landing", "reported", None, ["ميناء طبرق"], ["ميناء بنغازي"]),
  mv("naval_landing", "planned", None, [], ["ميناء بنغازي"]),
 ],
 "lk4": [
  mv("reinforce", "reported", EGA, ["الخارجة"], ["شرق العوينات"]),
  mv("advance", "denied", SAG, ["السودان"], [], ["جبل العوينات"]),
  mv("airlift", "planned", EGA, ["أسوان"], ["مطار شرق العوينات"]),
  mv("deploy", "reported", LNA, ["الكفرة"], ["المثلث الحدودي"]),
  mv("reinforce", "conditional", EGA, [], ["الحدود مع السودان"]),
 ],
 "lk5": [
  mv("deploy", "reported", LNA, ["الكفرة"], ["تازربو", "بزيمة"]),
  mv("shipment", "reported", LNA, ["اجدابيا"], ["تازربو"], ["جالو"]),
  mv("deploy", "planned", LNA, ["الكفرة"], ["الزيغن"]),
  mv("withdraw", "conditional", LNA, ["تازربو"], ["الكفره"]),
  mv("mobilise", "denied", SAG, [], ["ربيانة"]),
 ],
}

NOTES = {
 "lk1": "Sudan Tribune (Port Sudan): the Sudanese army's charge of an RSF fuel-and-ammunition convoy Kufra→Al Malha via "
        "the triangle and Wadi Howar (reported shipment, told twice), an RSF reinforcement Mellit→Karb al-Tom, the LNA's "
        "denial of a Subul al-Salam patrol Kufra→Wadi Howar, a planned joint-force advance Tina→Karb al-Tom and a "
        "conditional army airlift Port Sudan→Ad Dabbah («إذا رُصدت»); Benghazi as speaker, «القادم من ليبيا» as purpose, "
        "Omdurman's market (سوق ليبيا trap) not movement places.",
 "lk2": "Radio Dabanga (Kufra): refugees from El Fasher/Mellit reaching Kufra (civilian, not movements) beside a Subul "
        "al-Salam deployment Kufra→Jebel Uweinat (headline «العوينات»), a denied pull-out Maaten al-Sarra base→Kufra, a "
        "planned airlift Benina air base→Kufra airport and a conditional reinforcement to the border with Sudan; "
        "drivers taking refugees to Benghazi/Tripoli are not force moves; «الأخبار السارة» is a common-word trap.",
 "lk3": "Al-Watan Al-Libiya (Benghazi): an Il-76 airlift Benina air base→Kufra airport, a planned reinforcement "
        "Kufra→Maaten al-Sarra base, a reported redeploy Tazirbu→Rebiana (spelled تازيربو/ربيانا), a denied fuel "
        "shipment Sarir field→Kufra, a deployment to Tazirbu «مرهون بـ» (conditional) and planned continuing flights "
        "Benina airport→Kufra airport («للكفرة» → كفرة); the Tibesti Hotel and the Zuwayya delegation are not moves.",
 "lk4": "Al-Shorouk (Cairo): an Egyptian reinforcement Kharga→East Oweinat, a denied RSF crossing from Sudan near Jebel "
        "Uweinat, a planned airlift Aswan→East Oweinat airport, an LNA patrol deployment Kufra→the triangle and a "
        "conditional Egyptian reinforcement to the border with Sudan; the LNA officer's visit to East Oweinat, "
        "refugees in Aswan and smugglers' routes are not movements; traps مصري/مصرّ/المصراتي contain مصر.",
 "lk5": "Al-Mutawaset (Tazirbu): Subul al-Salam patrols Kufra→Tazirbu/Buzayma (both ends of the road), an ammunition "
        "and fuel shipment Ajdabiya→Tazirbu via Jalu, a planned checkpoint force Kufra→Az-Zighan, a conditional return "
        "Tazirbu→Kufra («فور», spelled الكفره) and a denied Sudanese gathering at Rebiana («في محيط الواحة»); migrants "
        "and smugglers are not forces; the elder إبراهيم الجالوي is a trap containing جالو.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("lk1", "lk2", "lk3", "lk4", "lk5")
