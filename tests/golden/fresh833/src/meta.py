# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 # shared: Kufra and the Uweinat triangle
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                     # G* (row مثلث العوينات; names include جبل العوينات)
 "tri_les": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "arkenu": ("region", "LY", 22.25000, 24.73000, "Jebel Arkenu"),                        # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                           # G
 "karbaltom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                      # G
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                              # G
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),            # G
 "wadihalfa": ("town", "SD", 21.79577, 31.37129, "Wadi Halfa"),                         # G
 "argeen": ("crossing", "SD", 22.00000, 31.25000, "Argeen land port"),                  # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G (qfc2 جنوب ليبيا); G* for الجنوب الليبي (qfc5)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 # qfc1 Karb al-Tom and Dongola (SUNA)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "ndarfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                     # G
 "border_sd_ly": ("region", "SD", 20.8, 25.3, "Sudan-Libya border (Sudanese side)"),    # K
 "dongola_airport": ("airport", "SD", 19.1539, 30.4301, "Dongola Airport"),             # K
 # qfc2 miners' testimony (Al-Rakoba)
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G* (city row written خرطوم)
 # qfc3 LNA moves (Al-Quds Al-Arabi)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sarra_base": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),          # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "se_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                  # G* (row جنوب شرق ليبيا)
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Al Kufra district"),             # G
 # qfc4 East Oweinat (Al-Wafd)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "east_oweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                    # G* (airport row)
 "east_oweinat_airport": ("airport", "EG", 22.58570, 28.71660, "Shark El Oweinat Airport"),  # G
 "kharga": ("town", "EG", 25.45101, 30.54653, "Kharga"),                                # G
 "baris": ("town", "EG", 24.671, 30.599, "Baris"),                                      # K (gazetteer has only Paris, FR)
 "wadi_jadid": ("district", "EG", 24.79939, 28.92955, "New Valley Governorate"),        # G
 "sw_egypt": ("region", "EG", 25.00940, 28.49824, "South-western Egypt"),               # G
 "abusimbel_port": ("crossing", "EG", 22.34570, 31.61624, "Abu Simbel port"),       # G* (town row)
 "lake_nasser": ("region", "EG", 22.9, 32.1, "Lake Nasser"),                            # K
 "highdam_port": ("crossing", "EG", 23.955, 32.890, "High Dam port (Aswan)"),           # K
 "aswan": ("city", "EG", 24.09082, 32.89942, "Aswan"),                                  # G
 "aswan_gov": ("district", "EG", 23.64102, 32.82169, "Aswan Governorate"),              # G
 "abusimbel": ("town", "EG", 22.34570, 31.61624, "Abu Simbel"),                         # G
 "western_desert": ("region", "EG", 25.70408, 28.49824, "Western Desert (Egypt)"),      # G* (row غرب مصر)
 # qfc5 the kidnapped engineer (Al-Liwaa)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "messla": ("oilfield", "LY", 27.97472, 22.35833, "Messla oil field"),                  # G
 "tri_lst": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),   # G* (row المثلث الحدودي مع تشاد والسودان)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G* (row كوري بوقودي)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
}

TRAPS = {
 "qfc1": ["القوات المسلحة السودانية", "قوات درع السودان", "ميليشيا الدعم السريع", "وكالة السودان للأنباء",
          "عثمان الدنقلاوي", "الآبار المالحة", "الليبية"],
 "qfc2": ["الراكوبة", "الدعم السريع", "تشاديون", "تشادية", "المصريين", "محمد إدريس ديبي", "كتيبة سبل السلام",
          "الليبية"],
 "qfc3": ["القدس العربي", "اللواء طارق بن زياد", "كتيبة سبل السلام", "تشاديين", "الأخبار السارة", "محمد الطرابلسي",
          "الدعم السريع", "الليبية"],
 "qfc4": ["بوابة الوفد", "الخارجة عن القانون", "مصرية", "الجيش المصري", "الشأن السوداني"],
 "qfc5": ["اللواء", "إدريس", "تشاديون", "التشادية", "عملية ثأر العوينات", "الجيش الوطني الليبي",
          "مجلس القيادة العسكرية لإنقاذ الجمهورية", "اللبنانية"],
}

PHEN = {
 "qfc1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "coverage_neighbours", "countries"],
 "qfc2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "coverage_crossings", "coverage_neighbours", "countries"],
 "qfc3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qfc4": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "vague_area",
          "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "qfc5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase",
          "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


SAG, LNA, CAG, EGA = "Sudanese armed groups", "Libyan National Army", "Chadian armed groups", "Egyptian army"

MOVES = {
 "qfc1": [
  mv("advance", "reported", SAG, ["دنقلا"], ["كرب التوم"]),
  mv("shipment", "reported", SAG, ["الكُفرة"], ["المالحة"], ["وادي هور"]),
  mv("airlift", "planned", SAG, ["بورتسودان"], ["مطار دنقلا"]),
  mv("advance", "conditional", SAG, ["كرب التوم"], ["المالحة"]),
  mv("advance", "denied", SAG, [], ["جبل العوينات"]),
 ],
 "qfc2": [
  mv("advance", "reported", CAG, ["جبل أركنو"], ["العوينات"]),
  mv("withdraw", "reported", SAG, ["العوينات"], ["المالحة"], ["وادي هور"]),
  mv("mobilise", "denied", SAG, [], ["المالحة"]),
  mv("deploy", "planned", SAG, ["وادي حلفا"], ["منفذ أرقين"]),
  mv("advance", "conditional", LNA, ["الكفرة"], ["جبل العوينات"]),
 ],
 "qfc3": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("redeploy", "reported", LNA, ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("redeploy", "planned", LNA, ["حقل السرير"], ["تازربو"]),
  mv("naval_landing", "reported", LNA, ["قاعدة طبرق البحرية"], ["ميناء بنغازي"]),
  mv("withdraw", "denied", LNA, ["جبل أركنو"]),
  mv("advance", "conditional", LNA, [], ["الحدود مع السودان"]),
 ],
 "qfc4": [
  mv("reinforce", "reported", EGA, ["الخارجة"], ["شرق العوينات"], ["باريس"]),
  mv("airlift", "planned", EGA, ["أسوان"], ["مطار شرق العوينات"]),
  mv("naval_landing", "reported", EGA, ["ميناء السد العالي"], ["ميناء أبو سمبل"], ["بحيرة ناصر"]),
  mv("advance", "conditional", EGA, [], ["المثلث الحدودي"]),
  mv("advance", "denied", EGA, [], ["وادي حلفا"], ["منفذ أرقين"]),
 ],
 "qfc5": [
  mv("withdraw", "reported", CAG, ["جبل العوينات"], ["الحدود مع تشاد"]),
  mv("deploy", "reported", LNA, ["قاعدة معطن السارة"], ["المثلث الحدودي"]),
  mv("reinforce", "planned", LNA, ["الكفرة"], ["ربيانة", "تازربو"]),
  mv("shipment", "reported", LNA, ["اجدابيا"], ["الكفرة"], ["جالو"]),
  mv("advance", "conditional", LNA, [], ["كوري بوغودي"]),
  mv("mobilise", "denied", CAG, [], ["جبل العوينات"]),
 ],
}

NOTES = {
 "qfc1": "SUNA statement of the Sudanese army (actor mapped to 'Sudanese armed groups', the only Sudanese canonical "
         "actor): army/joint-force units advance Dongola→Karb al-Tom; RSF fuel-and-ammunition shipments Kufra→Al Malha "
         "via Wadi Howar (army accusation, reported); a planned special-forces airlift Port Sudan→Dongola airport; a "
         "conditional advance Karb al-Tom→Al Malha; a denied incursion into Jebel Uweinat. Port Sudan is the dateline "
         "(occ. 1) and the airlift origin (occ. 2); Dongola occ. 3 is only where a miner returned (occ. 2 is inside the trap عثمان الدنقلاوي); the border triangle "
         "is a distance reference; Jebel Uweinat occ. 1 and the border with Libya are background.",
 "qfc2": "Al-Rakoba miners' testimony: Chadian gunmen advance Jebel Arkenu→the Uweinat mines ('العوينات' = Jebel "
         "Uweinat, not the Ghat-district town); the RSF pulled out of Uweinat towards Al Malha via Wadi Howar; the RSF "
         "denies reinforcing Karb al-Tom from Al Malha; a planned army company Wadi Halfa→Argeen crossing; the LNA's "
         "Subul al-Salam patrols in Kufra will advance to Jebel Uweinat only if fighting spreads (conditional). Wadi "
         "Halfa/Dongola occ. 1 are where miners arrived; Kufra occ. 2 is a distance reference; Khartoum the dateline.",
 "qfc3": "Al-Quds Al-Arabi (London): LNA airlift Benina air base→Kufra airport (Benghazi only locates the base); "
         "Subul al-Salam units Kufra→Maaten al-Sarra base (the border with Chad is where smugglers go, not the units); "
         "a planned company Sarir field→Tazirbu; a denied pull-out from Jebel Arkenu; a conditional advance to the "
         "border with Sudan. Tripoli, Tunis, Tunisia, Egypt and the south-east are only speakers' context.",
 "qfc4": "Al-Wafd (Cairo): Egyptian reinforcements Kharga→East Oweinat via Baris (the Egyptian town, not Paris); a "
         "planned border-guard airlift Aswan→East Oweinat airport (Abu Simbel only names the tracks they will watch); "
         "a conditional advance to the border triangle (the Western Desert is the condition); a denied crossing of the "
         "Argeen land port towards Wadi Halfa. Jebel Uweinat and East Oweinat occ. 3 are distance references; Kharga "
         "and Baris in the last paragraph are residents' and a driver's home towns.",
 "qfc5": "Al-Liwaa (Beirut): a kidnapped engineer from Tripoli (Lebanon); the kidnappers (Chadian gunmen) withdrew "
         "Jebel Uweinat→the border with Chad; an LNA force Maaten al-Sarra base→the Libya–Chad–Sudan triangle; a "
         "planned reinforcement Kufra→Rebiana and Tazirbu; a conditional pursuit to Kouri Bougoudi (N'Djamena the "
         "condition, Tibesti a locator); the CCMSR denies massing near Jebel Uweinat. Tripoli occ. 3 is the Libyan "
         "capital; Kuwait, Messla and Beirut are civilian context.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qfc1", "qfc2", "qfc3", "qfc4", "qfc5")
