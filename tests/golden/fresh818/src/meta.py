# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                      # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # capitals, datelines and speakers' cities
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "riyadh": ("city", "SA", 24.68773, 46.72185, "Riyadh"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G* (row الجزائر, written الجزائر العاصمة)
 # the coast (naval landings)
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),              # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "zuwara_port": ("crossing", "LY", 32.935, 12.090, "Port of Zuwara"),                   # K
 # Fezzan and the Libyan south
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),        # G* (town row)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "jufra": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                      # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "wau": ("village", "LY", 25.35000, 16.72000, "Wau al-Kabir"),                          # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                           # G
 "waw_namus": ("region", "LY", 24.92000, 17.77000, "Waw an Namus"),                     # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G (row جنوب ليبيا; also for الجنوب الليبي)
 "triangle": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G (row المثلث الحدودي)
 "border_lyside_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "border_lyside_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),   # G* (row الحدود الليبية التشادية)
 # Niger
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "dirkou_airport": ("airport", "NE", 18.96870, 12.86870, "Dirkou Airport"),             # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G (gazetteer spelling أغاديس)
 "agadez_reg": ("district", "NE", 19.42135, 10.68918, "Agadez region"),                 # G* (district row أغاديس)
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                       # G
 "bilma": ("town", "NE", 18.68532, 12.91643, "Bilma"),                                  # G
 "border_neside_ly": ("region", "NE", 22.30, 14.00, "Niger-Libya border (Nigerien side)"),  # K
 # Chad
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "tibesti_prov": ("district", "TD", 20.80000, 17.80000, "Tibesti province"),            # G* (region row تيبستي)
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "wour": ("town", "TD", 21.35, 15.95, "Wour"),                                          # K
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G (gazetteer spelling كوري بوقودي)
 "north_td": ("region", "TD", 18.20680, 19.78454, "Northern Chad"),                     # G
 "aouzou": ("town", "TD", 21.83750, 17.42750, "Aozou"),                                 # G
 "border_tdside_ly": ("region", "TD", 21.90, 17.30, "Chad-Libya border (Chadian side)"),  # K
}

TRAPS = {
 "qen1": ["الجيش الليبي", "صحراء آمنة", "الجيش الوطني الليبي", "اللواء 128 معزز", "صدى البلد", "وزارة الدفاع النيجرية",
          "الجيش النيجري", "الدعم المالي"],
 "qen2": ["الأيام", "تيلي ساحل", "وزارة الدفاع النيجرية", "الأراضي الليبية", "الجيش الوطني الليبي", "تحالف دول الساحل",
          "دعماً مالياً"],
 "qen3": ["الشبيبة", "الجيش التشادي", "تلفزيون تشاد", "محمد إدريس ديبي", "مجلس القيادة العسكرية لإنقاذ الجمهورية",
          "الجيش الوطني الليبي", "تشاديين"],
 "qen4": ["سبق", "الجيش الوطني الليبي", "ليبيا الحدث", "لبنانياً", "الجيش التشادي", "الجوار الليبي"],
 "qen5": ["طارق بن زياد", "الجيش الوطني الليبي", "شفق نيوز", "إدريس الزوي", "حركة العدل والمساواة السودانية",
          "الجانب التشادي", "الساحل"],
}

PHEN = {
 "qen1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
          "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qen2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "qen3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "qen4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qen5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli",
          "ambiguity_idri", "vague_area",
          "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qen1": [
  mv("deploy", "reported", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["القطرون"], ["سبها", "غدوة"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["القطرون"]),
  mv("advance", "reported", "Libyan National Army", ["القطرون"], ["منفذ التوم"]),
  mv("deploy", "planned", "Libyan National Army", ["القطرون"], ["تجرهي"]),
  mv("withdraw", "denied", "Libyan National Army", ["أم الأرانب"]),
  mv("reinforce", "conditional", None, ["ديركو"], ["ماداما"]),
 ],
 "qen2": [
  mv("deploy", "reported", None, ["أغاديز"], ["ديركو"]),
  mv("advance", "reported", None, ["ديركو"], ["سيغيدين"]),
  mv("airlift", "planned", None, ["نيامي"], ["مطار ديركو"]),
  mv("mobilise", "reported", None, [], ["ماداما"]),
  mv("advance", "denied", None, [], ["تجرهي"]),
  mv("reinforce", "conditional", "Libyan National Army", ["سبها"], ["القطرون"]),
 ],
 "qen3": [
  mv("reinforce", "reported", None, ["فايا لارجو"], ["زوار"]),
  mv("redeploy", "planned", None, ["زوار"], ["ويور"]),
  mv("advance", "denied", "Chadian armed groups", ["كوري بوقدي"], ["الواو الكبير"]),
  mv("advance", "conditional", "Libyan National Army", ["قاعدة الويغ"], ["الواو الكبير"]),
 ],
 "qen4": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["مطار سبها"]),
  mv("deploy", "planned", "Libyan National Army", ["سبها"], ["القطرون", "الحدود مع النيجر"]),
  mv("deploy", "denied", "GNA forces", ["مصراتة"], ["أوباري"]),
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["قاعدة طبرق البحرية"]),
  mv("mobilise", "conditional", None, [], ["أوزو"]),
 ],
 "qen5": [
  mv("advance", "reported", "Libyan National Army", ["تمسة"], ["الواو الكبير"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["الواو الكبير"], ["تمسة"]),
  mv("redeploy", "planned", "Libyan National Army", ["الواو الكبير"], ["واو الناموس"]),
  mv("advance", "conditional", "Libyan National Army", [], ["الحدود مع تشاد"]),
  mv("withdraw", "denied", "Sudanese armed groups", ["الواو الكبير"], ["الكفرة"]),
  mv("naval_landing", "reported", "GNA forces", ["ميناء طرابلس"], ["ميناء زوارة"]),
 ],
}

NOTES = {
 "qen1": "Sada El Balad (Cairo dateline): the LNA's 'Safe Desert' operation — a 128th Brigade column Tamanhint air base→"
         "Al Qatrun via Sabha and Ghuddwa, a fuel-and-ammunition convoy Sabha→Al Qatrun, a reconnaissance company Al "
         "Qatrun→the Toummo crossing ('300 km south' adds no place), a planned border-guard unit Al Qatrun→Tajarhi (the "
         "border with Niger and the Qatrun municipality only describe Tajarhi), a denied pull-out of a battalion from Umm "
         "al-Aranib, and a conditional Nigerien reinforcement Dirkou→Madama (actor null: the Nigerien army is not a "
         "canonical actor; Niamey the speaker's city, Benghazi only the LNA command's seat). El Feel (fuel theft), "
         "migrants stopped on the road, Agadez and the Fezzan/southern-Libya background are not movement places.",
 "qen2": "Al-Ayam (Niamey, agencies): a Nigerien convoy Agadez→Dirkou (Agadez region the district), a company Dirkou→"
         "Seguedine (Bilma and the border with Libya only locate the smugglers' track), a planned special-forces airlift "
         "Niamey→Dirkou airport, 200 soldiers massed in Madama (reported mobilise), a denied Nigerien patrol incursion "
         "towards Tajarhi ('inside Niger's borders' is not a movement place), and a conditional LNA reinforcement Sabha→"
         "Al Qatrun (the border triangle is only the condition). Nigerien moves have actor null; the Agadez–Qatrun road, "
         "Mali, Burkina Faso and the meeting in Algiers (city) under Algeria's (country) sponsorship are background.",
 "qen3": "Al-Shabiba (N'Djamena, agencies): Chadian reinforcements Faya-Largeau→Zouar in Tibesti province (the headline "
         "repeats it), a planned battalion Zouar→Wour (Kouri Bougoudi only a distance reference there), CCMSR's denied "
         "move of fighters Kouri Bougoudi→Wau al-Kabir, and an LNA force's conditional advance Al Wigh base→Wau al-Kabir. "
         "Chadian army moves have actor null. The border with Libya (Chadian side) is only the route of smuggling; Al "
         "Qatrun is the migrants' road; 'Chad to Libya' is migrants, not forces; Idriss in the president's name is a trap.",
 "qen4": "Sabq (Riyadh dateline): an LNA airlift Jufra air base→Sabha airport, a planned land move Sabha→Al Qatrun and "
         "then along the border with Niger (two destinations; Toummo only locates the patrols), the GNU defence "
         "ministry in Tripoli denying a force Misrata→Ubari, an LNA naval landing Benghazi port→Tobruk naval base, and a "
         "conditional Chadian massing in Aouzou (actor null; N'Djamena the speaker). Deportations through Toummo, a fuel "
         "seizure near Sharara and migrants flown from Tripoli in Lebanon are not force movements; Tunis (city) hosts a "
         "meeting and Tunisia (country) proposes an operations room.",
 "qen5": "Shafaq News (no place dateline): the LNA's Tariq bin Ziyad brigade advancing Tmassah→Wau al-Kabir, a military "
         "supply convoy Sabha→'the oasis' (= Wau al-Kabir) via Tmassah, a planned company Wau al-Kabir→Waw an Namus, a "
         "conditional advance to the border with Chad ('only after coordination'), JEM's denied withdrawal Wau "
         "al-Kabir→Kufra, and a GNU naval landing Tripoli port→Zuwara port (Tripoli also the speaker's city). Migrants "
         "freed from Chad and Sudan, the Fezzan/Kufra background and migrants held in Idri (Wadi al-Shati) are not "
         "movements; Idris al-Zuwai is a person; 'الساحل' here is 'the coast', not the Sahel.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qen1", "qen2", "qen3", "qen4", "qen5")
