# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                              # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                   # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                  # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                              # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                                 # G
 # capitals and cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                    # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                    # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                              # G
 # fz1 west coast and the Tunisian border (Falso)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),         # G* (row منفذ رأس جدير)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                  # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),             # G* (town row)
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Port of Zuwara"),                 # K
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                         # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                              # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                  # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                               # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                              # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),      # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                  # G
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),            # G
 "border_tn_side": ("region", "TN", 33.10, 11.45, "Tunisia-Libya border (Tunisian side)"),  # K
 # fz2 the Egyptian border (Matsada2sh)
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                               # G
 "border_eg_side": ("region", "EG", 31.0, 25.2, "Egypt-Libya border (Egyptian side)"),   # K
 "matruh_city": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                       # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),              # G
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                      # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),            # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                      # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                             # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                  # G
 "amsaad_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 # fz3 Kufra, Darfur and the Chad-Sudan border (Beam Reports)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                    # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                  # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),       # G* (row مثلث العوينات)
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                  # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                               # G
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                              # K
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),              # G* (row الحدود الليبية السودانية)
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                      # G
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abeche"),                                  # G
 "tine": ("town", "TD", 15.02528, 22.80222, "Tine"),                                      # G (row تيني, grep الطينة)
 "border_td_sd": ("region", "TD", 15.25834, 22.83250, "Chad-Sudan border"),               # G* (row الحدود التشادية السودانية)
 # fz4 Fezzan and the Russian presence (Annir)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                      # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                        # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                      # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                    # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                    # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),               # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                      # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                  # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                      # G* (row جنوب ليبيا)
 # fz5 Turkish and Syrian claims, the central coast (Verify-Sy)
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                                 # G
 "khums_port": ("crossing", "LY", 32.66, 14.27, "Port of Al Khums"),                      # K
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                  # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                    # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                      # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                           # G
}

TRAPS = {
 "fz1": ["زوارة الآن", "ما ادري", "الحوار التونسي", "سوق ليبيا", "الهادي الطرابلسي", "التونسي", "تونسية", "الليبية"],
 "fz2": ["صوت طبرق", "حسم 2020", "المنطقة الغربية العسكرية", "القاهرة الإخبارية", "المطروحة", "المصري",
         "الجيش الوطني الليبي"],
 "fz3": ["قوات الدعم السريع", "كتيبة سبل السلام", "الجيش الوطني الليبي", "السوداني", "سودانية", "الليبية",
         "التشادي"],
 "fz4": ["محمد البراكي", "الفيلق الإفريقي", "التلفزيون الجزائري", "الجيش الوطني الشعبي الجزائري",
         "اللواء طارق بن زياد"],
 "fz5": ["تلفزيون سوريا", "الجيش الوطني السوري", "السلطان مراد", "المجلس العسكري مصراتة", "شارع طرابلس", "التركية",
         "السوريين"],
}

PHEN = {
 "fz1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "fz2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "fz3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "coverage_neighbours", "countries"],
 "fz4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
 "fz5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "coverage_bases", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "fz1": [
  # the viral claim, refuted by the Tunisian MoD spokesman and the verdict
  mv("advance", "denied", "Tunisian army", destinations=["زوارة"], via=["معبر رأس اجدير"]),
  # what the 2016 footage really shows
  mv("reinforce", "reported", "Tunisian army", origins=["مدنين"], destinations=["بن قردان"]),
  mv("redeploy", "planned", "Tunisian army", origins=["بن قردان"], destinations=["الذهيبة"]),
  # confirmed by the checkers: the GNU interior-ministry column («وصل إلى المنفذ»)
  mv("deploy", "reported", "GNA forces", origins=["طرابلس"], destinations=["معبر رأس اجدير"],
     via=["الزاوية", "صبراتة", "مجمع مليتة"]),
  mv("naval_landing", "conditional", "GNA forces", origins=["قاعدة أبوستة البحرية"], destinations=["ميناء زوارة"]),
 ],
 "fz2": [
  mv("mobilise", "denied", "Egyptian army", destinations=["السلوم"]),
  # what the 2020 footage really shows
  mv("deploy", "reported", "Egyptian army", origins=["مرسى مطروح"], destinations=["سيدي براني"]),
  mv("airlift", "planned", "Egyptian army", origins=["قاعدة محمد نجيب العسكرية"], destinations=["سيوة"]),
  # confirmed by the checkers on the Libyan side («وصلت إلى الواحة»)
  mv("shipment", "reported", "Libyan National Army", origins=["طبرق"], destinations=["الجغبوب"]),
  mv("withdraw", "conditional", "Libyan National Army", origins=["منفذ امساعد"], destinations=["طبرق"]),
 ],
 "fz3": [
  mv("advance", "denied", "Sudanese armed groups", destinations=["الكفرة"], via=["المثلث الحدودي"]),
  # what the 2024 footage really shows
  mv("advance", "reported", "Sudanese armed groups", origins=["مليط"], destinations=["الفاشر"]),
  mv("redeploy", "reported", "Libyan National Army", origins=["الكفرة"], destinations=["جبل العوينات"]),
  mv("shipment", "planned", "Libyan National Army", origins=["بنغازي"], destinations=["الكفرة"], via=["جالو"]),
  # the Chadian army (not a canonical actor)
  mv("reinforce", "conditional", None, origins=["أبشي"], destinations=["الطينة"]),
 ],
 "fz4": [
  mv("withdraw", "denied", "Russian forces", origins=["قاعدة براك الجوية"], destinations=["النيجر"]),
  mv("airlift", "reported", "Russian forces", origins=["قاعدة الخادم"], destinations=["قاعدة الجفرة الجوية"]),
  mv("mobilise", "reported", "Libyan National Army", destinations=["سبها"]),
  mv("redeploy", "planned", "Libyan National Army", origins=["سبها"], destinations=["اوباري"]),
  mv("advance", "conditional", "Libyan National Army", destinations=["إدري"]),
 ],
 "fz5": [
  # claim 1, verdict true
  mv("naval_landing", "reported", "Turkish armed forces", origins=["مرسين"], destinations=["ميناء الخمس"]),
  # claim 2, verdict false, and what its 2019 footage really shows
  mv("deploy", "denied", "Syrian mercenaries", origins=["قاعدة الوطية"], destinations=["سرت"]),
  mv("advance", "reported", "GNA forces", destinations=["غريان"]),
  mv("withdraw", "planned", "Syrian mercenaries", origins=["طرابلس"], destinations=["تركيا"]),
  mv("mobilise", "conditional", "Misrata forces", destinations=["أبو قرين"]),
 ],
}

NOTES = {
 "fz1": "Libyan fact-check (Falso manner), verdict misleading/old footage: a viral 'Tunisian tanks cross Ras Ajdir "
        "towards Zuwara' clip is denied; the 2016 footage shows a real Tunisian reinforcement Medenine->Ben Gardane "
        "(reported flashback); planned Tunisian redeploy Ben Gardane->Dehiba; confirmed GNU column Tripoli->Ras Ajdir "
        "crossing via Zawiya, Sabratha and Mellitah (destination given by anaphora «المنفذ»); conditional coast-guard "
        "landing Abu Sitta->Zuwara port. Traps: Facebook page «زوارة الآن», «ما ادري», TV «الحوار التونسي», "
        "«سوق ليبيا», spokesman «الطرابلسي»; Tunis as «تونس العاصمة» beside the country; Tunisian-side border phrase.",
 "fz2": "Egyptian fact-check (Matsada2sh manner), verdict misleading: the claimed Egyptian massing at Sallum is "
        "denied; the 2020 exercise footage shows a column Marsa Matruh->Sidi Barrani (reported flashback); planned "
        "border-guard airlift Mohamed Naguib base->Siwa; confirmed LNA ammunition/fuel trucks Tobruk->Jaghbub "
        "(«الواحة»); conditional LNA pull-out Amsaad crossing->Tobruk. Sallum in the road sign and the verdict is not "
        "a movement place. Traps: «صوت طبرق», «القاهرة الإخبارية», «حسم 2020», «المطروحة»; Matruh governorate vs "
        "Marsa Matruh.",
 "fz3": "Sudanese fact-check (Beam Reports manner), verdict false: the claimed RSF entry into Kufra via the border "
        "triangle is denied; the 2024 footage shows an RSF advance Mellit->El Fasher (reported flashback); confirmed "
        "LNA redeploy Kufra->Jebel Uweinat near the Sudan border (locator, not a destination); planned shipment "
        "Benghazi->Kufra via Jalu; Chadian army's conditional reinforcement Abeche->Tine (actor null). Traps: "
        "newspaper «السوداني», «قوات الدعم السريع», «كتيبة سبل السلام», nisbas.",
 "fz4": "Libyan fact-check (Annir manner), verdict false: the claimed Russian pull-out Brak air base->Niger is "
        "denied; the footage is the 2022 Algiers parade (not a movement); confirmed Il-76 airlift Al Khadim->Jufra "
        "air base (flight tracking) and an LNA build-up in Sabha; planned redeploy Sabha->Ubari (Sharara is a "
        "purpose); conditional advance on Idri (Wadi al-Shati a locator). Traps: account «محمد البراكي», Africa "
        "Corps, Algerian TV and army, «اللواء طارق بن زياد»; Algiers vs Algeria; presence in the south not a move.",
 "fz5": "Syrian fact-check (Verify-Sy/Ta'akkad manner), one claim true and one false: confirmed Turkish landing "
        "ship Mersin->Al-Khums port (reported); the claimed Syrian mercenaries Al-Watiya->Sirte is denied and its "
        "2019 footage shows a GNA advance into Gharyan (reported flashback); planned return of Syrian fighters "
        "Tripoli->Turkey; conditional Misrata mobilisation at Abu Qurayn. Traps: «تلفزيون سوريا», «الجيش الوطني "
        "السوري», «السلطان مراد», «المجلس العسكري مصراتة», «شارع طرابلس» in Misrata.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("fz1", "fz2", "fz3", "fz4", "fz5")
