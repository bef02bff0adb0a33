# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "nigeria": ("country", "NG", 9.07750, 7.93472, "Nigeria"),                             # G
 # shared Libyan places
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "jufra": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                      # G* (row قاعدة الجفرة الجوية)
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 # shared Nigerien / Chadian places
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G (gazetteer spelling أغاديس)
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G
 # vague areas: direction + country (one region each, the country not annotated separately)
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "north_ne": ("region", "NE", 20.11996, 11.22198, "Northern Niger"),                    # G
 "north_td": ("region", "TD", 18.20680, 19.78454, "Northern Chad"),                     # G
 # qba1 arms from Lebanon through the Fezzan (Daraj)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "misrata_port": ("crossing", "LY", 32.365, 15.215, "Port of Misrata (Qasr Ahmad)"),    # K
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 # qba2 migrants Agadez -> Tripoli (ARIJ)
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                       # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # qba3 fuel to Niger, Chad and Algeria (Al-Quds Al-Arabi)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "darj": ("town", "LY", 30.16502, 10.45804, "Darj"),                                    # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 # qba4 Kufra -> Darfur (Darfur24)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Kufra district"),                # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "tripoint_td_sd": ("region", "LY", 19.50, 24.00, "Libya-Chad-Sudan border triangle"),  # K
 "karbaltom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                      # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 # qba5 the Russian corridor Tobruk -> Niamey (Mada Masr)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Port of Tobruk"),                   # K
 "novorossiysk_port": ("crossing", "RU", 44.73330, 37.78330, "Port of Novorossiysk"),   # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (gazetteer spelling نجامينا)
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G
}

TRAPS = {
 "qba1": ["درج", "أبو خالد الطرابلسي", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "التشادي", "تشاديين", "مالي",
          "اللواء 128 معزز", "جيش الوطني الليبي", "إدريس ديبي", "اللبنانية"],
 "qba2": ["أريج", "تشاديين", "كتيبة طارق بن زياد", "جيش الوطني الليبي", "علي المرزوقي", "التشادية"],
 "qba3": ["القدس العربي", "شركة البريقة لتسويق النفط", "ليبية", "سودانيين", "الكتيبة 116 مشاة",
          "جيش الوطني الليبي", "محمد إدريس", "جزائري", "الجيش الجزائري"],
 "qba4": ["دارفور24", "قوات الدعم السريع", "الدعم السريع", "سوداني", "كتيبة سبل السلام", "جيش الوطني الليبي",
          "الأخبار السارة"],
 "qba5": ["مدى مصر", "روسيتين", "الفيلق الإفريقي", "روسية", "جلال الطرابلسي", "المصري"],
}

PHEN = {
 "qba1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qba2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qba3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
          "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qba4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qba5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qba1": [
  mv("shipment", "reported", None, ["مرفأ طرابلس"], ["سبها"], ["ميناء مصراتة"]),
  mv("shipment", "reported", "Chadian armed groups", ["سبها"], ["منفذ التوم"], ["غدوة", "القطرون"]),
  mv("redeploy", "denied", "Libyan National Army", ["أم الأرانب"], ["الحدود مع النيجر"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة الويغ"], ["منفذ التوم"]),
  mv("withdraw", "conditional", "Chadian armed groups", [], ["كوري بوقودي"]),
 ],
 "qba2": [
  mv("deploy", "reported", "Chadian armed groups", ["سيغيدين"], ["القطرون"], ["معبر تومّو"]),
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["القطرون"]),
  mv("withdraw", "denied", "Libyan National Army", ["معبر تومّو"]),
  mv("deploy", "planned", "Libyan National Army", [], ["تجرهي"]),
  mv("mobilise", "conditional", "Chadian armed groups", [], ["سيغيدين"]),
 ],
 "qba3": [
  mv("shipment", "reported", "Sudanese armed groups", ["أم الأرانب"], ["كوري بوقودي"], ["القطرون"]),
  mv("shipment", "denied", "Libyan National Army", ["إدري"], ["درج"]),
  mv("advance", "planned", "Libyan National Army", ["قاعدة تمنهنت"], ["القطرون"]),
  mv("reinforce", "conditional", "Algerian army", [], ["الدبداب"]),
 ],
 "qba4": [
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["كرب التوم"], ["قاعدة معطن السارة"]),
  mv("deploy", "denied", "Libyan National Army", ["الكفرة"], ["الحدود مع السودان"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة الجفرة"], ["قاعدة معطن السارة"]),
  mv("advance", "conditional", "Libyan National Army", [], ["المثلث الحدودي"]),
 ],
 "qba5": [
  mv("naval_landing", "reported", "Russian forces", ["ميناء نوفوروسيسك"], ["ميناء طبرق"]),
  mv("shipment", "reported", "Russian forces", ["طبرق"], ["قاعدة براك الجوية"], ["قاعدة الجفرة"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة براك الجوية"], ["نيامي"]),
  mv("naval_landing", "planned", "Russian forces", [], ["ميناء طبرق"]),
  mv("withdraw", "conditional", "Russian forces", ["قاعدة معطن السارة"]),
  mv("mobilise", "denied", "Egyptian army", [], ["مثلث العوينات"]),
 ],
}

NOTES = {
 "qba1": "Daraj: ammunition shipped from the port of Tripoli (Lebanon) via Misrata port to depots at Sabha (actor "
         "null: no force named for the sea leg); a Chadian rebel escort Sabha→Tummo crossing via Ghuddwa and "
         "Al-Qatrun (Madama and Agadez are only the Nigerien smugglers' onward route); the LNA's denied move Umm "
         "al-Aranib→the border with Niger; a planned company Al-Wigh base→Tummo; the Chadians' conditional "
         "pull-back to Kouri Bougoudi (Chad only locates it; Al-Qatrun only the speaker's town). Tripoli here is the "
         "Lebanese city; Beirut and Benghazi are dateline/speaker places.",
 "qba2": "ARIJ: migrants' route Agadez→Dirkou→Seguedine→Tummo→Al-Qatrun→Sabha→Bani Walid→Tripoli and the Tunisian "
         "border is a civilian flow, not a movement; movements are the Chadian escort Seguedine ('من هناك')→Al-Qatrun "
         "via the Tummo crossing, the LNA brigade's reinforcement Sabha→Al-Qatrun ('البلدة'), its denied pull-out from "
         "the crossing, a planned post at Tajarhi, and a Chadian group's conditional massing at Seguedine. Amman is "
         "the dateline, Tunis (العاصمة تونس) where the migrant now is.",
 "qba3": "Al-Quds Al-Arabi: fuel tankers from Sabha and Brak depots are a smuggling flow (no force named), Madama the "
         "market and Sharara a distance reference; a Sudanese-escorted tanker convoy Umm al-Aranib→Kouri Bougoudi via "
         "Al-Qatrun; the LNA battalion's denied escort Idri→Darj; a planned LNA advance Tamanhint base→Al-Qatrun "
         "(Tummo only names the road); the Algerian army's conditional reinforcement of Debdeb. London is the dateline, "
         "Algiers the researcher's city.",
 "qba4": "Darfur24: an RSF-escorted convoy Kufra→Karb al-Tom via Maaten al-Sarra (Sarir only where fuel is loaded; "
         "the headline Kufra→North Darfur repeats it and is not counted again); Sabul al-Salam denies sending men "
         "Kufra→the border with Sudan; a planned LNA air-defence airlift Jufra base→Maaten al-Sarra; a conditional "
         "advance toward the (Libya-Chad-Sudan) border triangle. Rebiana and Tibesti are unescorted smugglers' routes; "
         "Benghazi the speaker's city.",
 "qba5": "Mada Masr: Russian landing ships Novorossiysk port→Tobruk port; a Russian-escorted equipment convoy Tobruk→"
         "Brak air base via Jufra base; an Il-76 airlift from Brak base ('القاعدة')→Niamey; a planned landing at Tobruk "
         "port; a conditional Russian pull-out from Maaten al-Sarra (Moscow/N'Djamena only the condition); the "
         "Egyptian army's denied massing in the Uweinat triangle. Smugglers' tankers Tummo→Dirkou are not a force "
         "movement; Cairo, Tripoli and Benghazi are dateline/speaker/seat places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
BAR_IN_TEXT = True  # headlines "تحقيق | ..." (qba1, qba5) carry a literal bar
IDS = ("qba1", "qba2", "qba3", "qba4", "qba5")
