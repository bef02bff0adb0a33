# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 # qkt1 Sabha central prison (Libya Alaan)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "qurda": ("town", "LY", 27.03766, 14.42832, "Al Qurda (Sabha)"),                       # G
 "samnu": ("town", "LY", 27.27459, 14.88190, "Samnu"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 # qkt2 Gernada prison break, Egyptian border (Moheet)
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "gernada": ("town", "LY", 32.73174, 21.90350, "Gernada"),                              # G (row قرنادة, Qirnadah)
 "jabal_akhdar": ("district", "LY", 32.02519, 21.79830, "Al Jabal al Akhdar"),          # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "matruh_airport": ("airport", "EG", 31.32540, 27.22170, "Mersa Matruh Airport"),       # G
 "amsaad": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                              # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "bomba": ("town", "LY", 32.33000, 23.12000, "Bomba"),                                  # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 # qkt3 Jdeida prison break, Tunisian border (Radio Medenine)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "benguerdane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                      # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),        # G* (district row مدنين)
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "border_tn_side": ("region", "TN", 32.6, 11.0, "Tunisia-Libya border (Tunisian side)"),  # K
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # qkt4 Kufra prison break, Sudanese army (Al-Nilein)
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                              # G
 "dabba": ("town", "SD", 18.05, 30.95, "Ad Dabbah"),                                    # K
 "dabba_loc": ("district", "SD", 18.05, 30.95, "Ad Dabbah locality"),                   # K
 "karb_tom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                       # G
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),            # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                      # G* (row مثلث العوينات)
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                      # G
 "border_sd_side": ("region", "SD", 21.0, 25.3, "Sudan-Libya border (Sudanese side)"),  # K
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "east_libya": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),       # G* (row برقة)
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G* (row خرطوم)
 # qkt5 Niamey prison break, Nigerien and Chadian armies (Akhbar Nouakchott)
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G (row أغاديس)
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama military base"),                  # G* (row ماداما)
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا)
 "niamey_airport": ("airport", "NE", 13.48150, 2.18361, "Diori Hamani International Airport"),  # G
 "dirkou_airport": ("airport", "NE", 18.96870, 12.86870, "Dirkou Airport"),             # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                 # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G (row كوري بوقودي)
}

TRAPS = {
 "qkt1": ["ليبيا الآن", "سودانية", "تشادية", "نيجرية", "اللواء طارق بن زياد", "الجيش الوطني الليبي",
          "منطقة سبها العسكرية", "إدريس الأوباري", "غدوة الصبح"],
 "qkt2": ["محيط", "مصريين", "الليبية", "ليبية", "المصرية", "مصرية", "الطبرقي", "الجيش الوطني الليبي",
          "تحت القبة", "العملية الشاملة سيناء 2018"],
 "qkt3": ["الجديدة", "إذاعة مدنين", "الجيش الوطني", "تونسيين", "لبناني", "الليبية", "القابسي", "ليبية",
          "التونسية", "حكومة الوحدة الوطنية", "ملحمة بن قردان"],
 "qkt4": ["الدعم السريع", "النيلين", "السودانية", "الفرقة 19 مشاة", "المنطقة العسكرية الشمالية",
          "درع السودان", "الليبية", "الدنقلاوي", "السودانيين"],
 "qkt5": ["أخبار نواكشوط", "الزوار", "نهر النيجر", "النيجري", "التشادي", "التشادية", "الجيش الوطني الليبي",
          "نيجرية", "المنطقة العسكرية الجنوبية", "إدريس القطروني", "الشنقيطي", "مكافأة مالية"],
}

PHEN = {
 "qkt1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "coverage_bases", "coverage_oil", "countries",
          "coverage_neighbours"],
 "qkt2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qkt3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "town_vs_district",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qkt4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "qkt5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries", "ambiguity_country_capital"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qkt1": [
  mv("reinforce", "reported", "Libyan National Army", ["براك"], ["سبها"]),
  mv("deploy", "reported", "Libyan National Army", [], ["غدوة", "أم الأرانب"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["مطار سبها"]),
  mv("redeploy", "planned", "Libyan National Army", ["حقل الشرارة"], ["أوباري"]),
  mv("advance", "conditional", "Libyan National Army", ["تراغن"], ["مرزق"]),
  mv("withdraw", "denied", "Libyan National Army", ["سبها"], ["قاعدة تمنهنت"]),
 ],
 "qkt2": [
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["السلوم"], ["سيدي براني"]),
  mv("deploy", "reported", "Egyptian army", [], ["سيوة"]),
  mv("airlift", "planned", "Egyptian army", ["مطار مرسى مطروح"], ["سيوة"]),
  mv("advance", "denied", "Egyptian army", [], ["امساعد"]),
  mv("advance", "conditional", "Libyan National Army", ["طبرق"], ["الجغبوب"]),
  mv("naval_landing", "reported", "Libyan National Army", ["قاعدة طبرق البحرية"], ["البمبة"]),
 ],
 "qkt3": [
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["معبر راس جدير"], ["مدنين"]),
  mv("deploy", "reported", "Tunisian army", [], ["بن قردان", "الذهيبة"]),
  mv("redeploy", "planned", "Tunisian army", ["رمادة"], ["الذهيبة"]),
  mv("shipment", "reported", "Tunisian army", ["تونس العاصمة"], ["رمادة"]),
  mv("withdraw", "conditional", "Tunisian army", ["معبر راس جدير"]),
  mv("naval_landing", "denied", "Tunisian army", [], ["أبو كماش"]),
 ],
 "qkt4": [
  mv("reinforce", "reported", "Sudanese army", ["دنقلا"], ["الدبة"]),
  mv("deploy", "reported", "Sudanese army", [], ["كرب التوم"]),
  mv("shipment", "reported", "Sudanese army", ["الدبة"], ["كرب التوم"]),
  mv("deploy", "planned", "Sudanese army", ["الدبة"], ["وادي هور"]),
  mv("advance", "conditional", "Sudanese army", ["كرب التوم"], ["الحدود مع ليبيا"]),
  mv("advance", "denied", "Sudanese army", [], ["الكفرة"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["المالحة"]),
 ],
 "qkt5": [
  mv("reinforce", "reported", "Nigerien army", ["أغاديز"], ["قاعدة ماداما"], ["ديركو"]),
  mv("airlift", "planned", "Nigerien army", ["مطار نيامي"], ["مطار ديركو"]),
  mv("deploy", "reported", "Chadian army", [], ["زوار", "وور"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["كوري بوغودي"]),
  mv("advance", "denied", "Nigerien army", [], ["قاعدة الويغ"]),
  mv("advance", "conditional", "Libyan National Army", ["حقل الفيل", "القطرون"], ["منفذ التوم"]),
 ],
}

NOTES = {
 "qkt1": "Sabha central prison break reported by a Libyan site: LNA reinforcements Brak→Sabha (destination given "
         "only as «المدينة», resolved to Sabha), LNA checkpoints deployed in Ghuddwa and Umm al-Aranib, a planned "
         "special-forces airlift Al-Jufra air base→Sabha airport, a planned redeploy of oil guards Sharara field→"
         "Ubari, a conditional advance Traghen→Murzuq and a denied pull-back of the prison guard Sabha→Tamanhint "
         "base; the escapees' flight towards Ubari and Idri in Wadi al-Shati, the arrests in Al-Qurda and on the "
         "Samnu road, Tripoli (justice ministry) and the Umm al-Aranib driver are not movement places; Sabha also "
         "sits inside the trap 'منطقة سبها العسكرية', Idri and Ubari inside the commander's name 'إدريس الأوباري', "
         "Ghuddwa in the dialect phrase 'غدوة الصبح' (tomorrow morning).",
 "qkt2": "Egyptian site on the Gernada prison break (Jebel Akhdar): Egyptian reinforcements Marsa Matruh→Sallum via "
         "Sidi Barrani, ambushes deployed around Siwa, a planned helicopter lift Marsa Matruh airport→Siwa, a denied "
         "Egyptian entry into Emsaed, a conditional LNA move Tobruk→Jaghbub and an LNA marine landing Tobruk naval "
         "base→Bomba; the re-arrest near Al-Qubba, the Sallum resident, Cairo and the Sallum land port are not "
         "movement places; traps: the outlet 'محيط' (also the word 'surroundings'), 'تحت القبة' (parliament), the "
         "LNA officer 'الطبرقي' and the Sinai operation name.",
 "qkt3": "Tunisian regional radio on the Jdeida (Tripoli) prison break: Tunisian army reinforcements Gabes→Ras Ajdir "
         "crossing (spelled راس) via Medenine, units deployed around Ben Gardane and near Dehiba, a planned redeploy "
         "Remada→Dehiba, a shipment of thermal cameras Tunis (تونس العاصمة)→Remada, a conditional withdrawal from "
         "Ras Ajdir and a denied Tunisian marine landing near Abu Kammash; Tripoli (Libya) vs Tripoli (Lebanon) of "
         "a Lebanese escapee, the border with Libya inside the condition, the Medenine governorate, Janzour "
         "(arrests), Zuwara (escapees) and the 2016 'ملحمة بن قردان' are not movement places; Medenine also inside "
         "the outlet name, Gabes inside the spokesman's name 'القابسي', 'الجديدة' is the prison, not a place.",
 "qkt4": "Sudanese site on the Kufra prison break of RSF detainees: army reinforcements Dongola→Ad-Dabbah, units "
         "deployed at Karb al-Tom, a fuel-and-ammunition convoy Ad-Dabbah→Karb al-Tom, planned patrols Ad-Dabbah→"
         "Wadi Howar, a conditional advance Karb al-Tom→the border with Libya (Sudanese side), a denied army entry "
         "towards Kufra and an RSF massing near Al-Malha (El Fasher only a distance); the escapees' route to the "
         "Northern State, the sighting near Jebel Uweinat, Benghazi, eastern Libya, Khartoum and Chad are not "
         "movement places; traps 'درع السودان', 'المنطقة العسكرية الشمالية', 'الدنقلاوي'.",
 "qkt5": "Mauritanian site on a Niamey prison break: a Nigerien army column Agadez→Madama base via Dirkou, a planned "
         "airlift Niamey airport→Dirkou airport, Chadian army units deployed to Zouar and Wour, Chadian rebels "
         "massing near Kouri Bougoudi, a denied Nigerien entry into Al-Wigh base (LNA denial) and a conditional "
         "LNA advance from El Feel field and Qatrun to the Toummo crossing; Algeria handing a prisoner to Niamey, "
         "'نيامي' as the requesting government, the escapees' direction (southern Libya), Tibesti, Mali and Libya "
         "are not movement places; traps: the outlet name with Nouakchott, 'نهر النيجر', 'الزوار' (visitors) "
         "beside Zouar, 'إدريس القطروني' (Idri, Qatrun), 'الشنقيطي', 'مكافأة مالية'.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qkt1", "qkt2", "qkt3", "qkt4", "qkt5")
