# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                  # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                    # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                   # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                               # G
 # capitals, datelines
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                               # G* (row خرطوم)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                  # G* (city row الجزائر)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G* (city row تونس)
 "amsterdam": ("city", "NL", 52.37403, 4.88969, "Amsterdam"),                              # G (row آمستردام)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 # Libyan east and the Egyptian border
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                   # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Tobruk port"),                     # G* (city row)
 "benghazi_port": ("crossing", "LY", 32.11486, 20.06859, "Benghazi port"),                 # G* (city row)
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),         # G
 "gan_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),            # G* (row مطار طبرق)
 "kambut": ("town", "LY", 31.90434, 24.47840, "Kambut"),                                   # G
 "bardia": ("town", "LY", 31.75000, 25.08333, "Bardia"),                                   # G
 "amsaad": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                   # G
 "amsaad_x": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),      # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                              # G
 "border_ly_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libyan side)"), # G* (row الحدود الليبية المصرية)
 # Egyptian Western Desert
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                                # G
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                       # G
 "marsa_matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                       # G
 "matruh_airport": ("airport", "EG", 31.32540, 27.22170, "Mersa Matruh Airport"),          # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),               # G* (district row مطروح)
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),             # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                       # G
 "siwa_airport": ("airport", "EG", 29.345, 25.506, "Siwa Oasis North Airport"),            # K
 "qara": ("village", "EG", 29.6216, 26.4975, "Qara (Qarat Umm al-Saghir) oasis"),              # K
 "sandsea": ("region", "EG", 26.00000, 25.00000, "Great Sand Sea"),                        # G* (row بحر الرمال الأعظم)
 "border_eg": ("region", "EG", 31.0, 25.2, "Egypt-Libya border (Egyptian side)"),          # K
 # Kufra and the south-east
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                     # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),                # G* (town row)
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                                 # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                                 # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                       # G
 "sarra_base": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),             # G
 "uweinat_jebel": ("region", "LY", 21.917, 24.983, "Jebel Uweinat"),                         # K
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),    # G* (row مثلث العوينات)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                       # G* (row جنوب ليبيا)
 "south_east_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),             # G* (row جنوب شرق ليبيا)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 # Sudan
 "border_sd": ("region", "SD", 20.8, 25.3, "Sudan-Libya border (Sudanese side)"),          # K
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                  # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur State"),             # G* (row شمال دارفور)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                 # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                                # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                   # G
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                         # G
 "atrun": ("village", "SD", 18.17, 26.62, "Al Atrun (Bir Natrun)"),                        # K
 "debba": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                                 # G (row الدبه)
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                                 # G
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),               # G
 "portsudan_airport": ("airport", "SD", 19.43361, 37.23417, "Port Sudan New International Airport"),  # K
}

LNA, EGA, SAG, CAG = "Libyan National Army", "Egyptian army", "Sudanese armed groups", "Chadian armed groups"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "rj1": ["الشروق", "الجيش الوطني الليبي", "حرس الحدود المصري", "قناة ليبيا الحدث", "منطقة طبرق العسكرية",
         "عقيلة صالح"],
 "rj2": ["راديو دبنقا", "الجيش السوداني", "الآبار المالحة", "القوة المشتركة لحركات دارفور"],
 "rj3": ["صدى البلد", "المنطقة الغربية العسكرية", "سالم الجغبوبي", "الملك إدريس السنوسي", "ما ادري",
         "قناة القاهرة الإخبارية", "الواحات المتناثرة"],
 "rj4": ["الراكوبة", "قوات درع السودان", "وزير الخارجية السوداني"],
 "rj5": ["الجريدة", "الجيش الوطني الليبي", "اللواء طارق بن زياد", "الأخبار غير السارة", "معارضين تشاديين",
         "ما ادري"],
}

PHEN = {
 "rj1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "rj2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "rj3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "coverage_neighbours", "countries"],
 "rj4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "coverage_neighbours", "countries"],
 "rj5": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}

MOVES = {
 "rj1": [
  mv("redeploy", "reported", LNA, ["كمبوت"], ["الجغبوب"]),
  mv("deploy", "reported", EGA, ["سيدي براني"], ["الحدود مع ليبيا"]),
  mv("naval_landing", "planned", LNA, ["ميناء طبرق"], ["البردي"]),
  mv("airlift", "denied", EGA, ["قاعدة محمد نجيب العسكرية"], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("mobilise", "conditional", LNA, [], ["إمساعد", "الجغبوب"]),
 ],
 "rj2": [
  mv("withdraw", "reported", SAG, ["جبل العوينات"], ["المالحة"]),
  mv("deploy", "planned", LNA, ["الكفرة"], ["جبل العوينات"]),
  mv("shipment", "denied", LNA, ["قاعدة معطن السارة الجوية"], ["المالحة"]),
  mv("mobilise", "conditional", SAG, [], ["وادي هور"]),
 ],
 "rj3": [
  mv("shipment", "reported", None, ["الجغبوب"], []),
  mv("reinforce", "reported", EGA, ["سيدي براني"], ["قارة أم الصغير"]),
  mv("airlift", "planned", EGA, ["مطار مرسى مطروح"], ["مطار سيوة"]),
  mv("reinforce", "conditional", EGA, ["مرسى مطروح"], ["سيوة"]),
  mv("withdraw", "denied", LNA, ["الجغبوب"], ["طبرق"]),
 ],
 "rj4": [
  mv("advance", "reported", SAG, ["الدبة"], ["العطرون"]),
  mv("advance", "planned", SAG, [], ["المثلث الحدودي"]),
  mv("airlift", "reported", None, ["مطار بورتسودان"], ["دنقلا"]),
  mv("withdraw", "denied", SAG, ["المثلث الحدودي"], ["الكفرة"], ["الحدود مع ليبيا"]),
  mv("deploy", "conditional", LNA, [], ["الحدود مع السودان"]),
 ],
 "rj5": [
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء طبرق"]),
  mv("reinforce", "reported", LNA, ["ميناء طبرق"], ["منفذ امساعد"]),
  mv("redeploy", "planned", LNA, ["تازربو"], ["الكفرة"]),
  mv("advance", "conditional", LNA, ["الكفرة"], ["جبل العوينات"]),
  mv("mobilise", "denied", CAG, [], ["ربيانة"]),
 ],
}

NOTES = {
 "rj1": ("Al-Shorouk (Cairo), Sallum dateline: Egyptian-LNA border committee after a smuggling clash at the Amsaad "
         "crossing. LNA battalion Kambut->Jaghbub (redeploy, reported; = headline); Egyptian border guards Sidi "
         "Barrani->the border, Egyptian side (deploy, reported); a planned drill landing Tobruk port->Bardia beach; a "
         "denied Egyptian airlift Mohamed Naguib base->Gamal Abdel Nasser base; the Tobruk zone commander's "
         "conditional massing in Amsaad (written إمساعد) and Jaghbub. Not movements: the patrol's clash near the "
         "crossing, the seized fuel truck from the Hariga depots, patrols on the road towards Kufra, smuggling flows "
         "towards Egypt and Sudan, Tobruk as a distance reference."),
 "rj2": ("Radio Dabanga (Kufra/Amsterdam): RSF pull-out from the Jebel Uweinat gold mines towards Al Malha (withdraw, "
         "reported; = headline); a planned Subul al-Salam company Kufra->Jebel Uweinat; a denied LNA fuel/ammunition "
         "convoy Maaten al-Sarra air base->Al Malha; an RSF commander's conditional massing in Wadi Howar. Not "
         "movements: miners and refugees reaching Kufra from El Fasher (civilians), the army's drone strikes, the "
         "joint force watching tracks north of Mellit (no move). الكفره is a spelling variant of الكفرة."),
 "rj3": ("Sada El Balad (Marsa Matruh, dateline spelled مرسي مطروح): an arms shipment from Jaghbub intercepted south-"
         "west of Siwa (shipment, null actor, origin only; Siwa is a locator); an Egyptian company Sidi Barrani->Qara "
         "oasis to reinforce the post there; a planned helicopter airlift Marsa Matruh airport->Siwa airport; a "
         "conditional battalion Marsa Matruh->Siwa; the LNA's denied pull-out Jaghbub->Tobruk. Traps: the officer "
         "الجغبوبي, King Idris, colloquial «ما ادري», Al Qahera News, «الواحات المتناثرة»."),
 "rj4": ("Al-Rakoba (Khartoum): the Darfur joint force advances Ad Dabbah->Al Atrun (reported; = headline) and plans to "
         "go on to the border triangle (no origin written); military cargo planes Port Sudan airport->Dongola (Sudanese "
         "army, not a canonical actor -> null; = headline); the army's claim of an RSF pull-out from the triangle via "
         "the border (Sudanese side) into the Kufra area, denied by the LNA; the LNA's conditional deployment on the "
         "border with Sudan (Libyan side). Not movements: the RSF's 2025 capture of the triangle, Sudan Shield Forces "
         "without orders, a possible refugee wave towards Kufra and Chad, the foreign minister's meeting in Algiers."),
 "rj5": ("Al-Jarida (Kuwait), Cairo dateline: a Tariq bin Ziyad battalion landed at Tobruk port from Benghazi port "
         "(naval_landing, reported), then by road to the Amsaad crossing (reinforce, reported; origin = the port it "
         "landed at; the border phrase only locates the crossing); a planned redeploy Tazirbu->Kufra; Subul al-Salam's "
         "conditional advance Kufra (\"المدينة\")->Jebel Uweinat; Rebiana notables deny a Chadian rebel build-up in "
         "the town (mobilise, denied). Not movements: fuel convoys leaving the Maaten al-Sarra area (smuggling "
         "background), the 5+5 meeting in Tunis, Tripoli and Cairo as speakers/venues."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("rj1", "rj2", "rj3", "rj4", "rj5")
