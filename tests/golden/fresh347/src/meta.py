# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                    # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                    # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                    # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                      # G
 # Libya: Kufra and the south-east
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                       # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),                  # G* (town row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                    # G
 "matan_sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),              # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                                   # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                                   # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                         # G
 "sarir_refinery": ("oilfield", "LY", 27.66240, 22.50860, "Sarir refinery"),                 # G* (field row)
 "jebel_uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                           # K
 "arkenu": ("region", "LY", 22.25, 24.70, "Jebel Arkenu"),                                   # K
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),      # G* (row مثلث العوينات)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),   # G* (row الحدود الليبية السودانية)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),    # G* (row الحدود الليبية التشادية)
 # Libya: the north
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                 # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                            # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                         # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                   # G
 # Egypt
 "kharga": ("town", "EG", 25.45101, 30.54653, "Al Kharga"),                                  # G
 "baris": ("town", "EG", 24.67, 30.60, "Baris (New Valley)"),                                # K
 "east_uweinat": ("region", "EG", 22.58570, 28.71660, "East Oweinat"),                       # G* (airport row)
 "east_uweinat_airport": ("airport", "EG", 22.58570, 28.71660, "Shark El Oweinat Airport"),  # G
 "aswan": ("city", "EG", 24.09082, 32.89942, "Aswan"),                                       # G
 "argeen": ("crossing", "EG", 22.00, 31.20, "Argeen (Arqin) land crossing"),                 # K
 "border_eg_sd": ("region", "EG", 22.22287, 31.25544, "Egypt-Sudan border (Egyptian side)"), # G* (row الحدود المصرية السودانية)
 "gilf_kebir": ("region", "EG", 23.40, 25.90, "Gilf Kebir plateau"),                         # K
 "halayeb": ("region", "EG", 22.469, 35.523, "Halaib Triangle"),                             # K
 "berenice": ("base", "EG", 23.95, 35.47, "Berenice Military Base"),                         # K
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                       # G
 # Sudan
 "karb_tom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                            # G
 "uweinat_sd": ("region", "SD", 21.80, 25.10, "Al-Uwaynat area (Sudanese side)"),            # K
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                    # G
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                           # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                   # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                     # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                     # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                                  # G
 "omdurman": ("city", "SD", 15.64453, 32.47773, "Omdurman"),                                 # G
 "tina": ("town", "SD", 15.04, 22.84, "Tina (Sudan)"),                                       # K
 "north_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),                    # G
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                                   # G
 "dongola_loc": ("district", "SD", 19.18163, 30.47689, "Dongola locality"),                  # G* (town row)
 "merowe": ("town", "SD", 18.48330, 31.81670, "Merowe"),                                     # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                                 # G* (city row spelled خرطوم)
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                             # G
 "flamingo": ("base", "SD", 19.65, 37.22, "Flamingo naval base (Port Sudan)"),               # K
 # elsewhere
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                    # G
}

TRAPS = {
 "mk1": ["الوطن", "الخارجة عن القانون", "الجانب السوداني", "آليات مصرية", "الأراضي الليبية",
         "المنطقة الجنوبية العسكرية", "الجيش الوطني الليبي", "عبد الله الباريسي", "لا أدري"],
 "mk2": ["راديو دبنقا", "قوات الدعم السريع", "القوة المشتركة لحركات الكفاح المسلح", "سوق ليبيا",
         "الجيش السوداني", "لا أدري"],
 "mk3": ["المتوسط", "النازحين السودانيين", "العويناتي", "الجيش السوداني", "قوات الدعم السريع"],
 "mk4": ["التغيير", "قوات الدعم السريع", "يوسف الدنقلاوي", "الليبية", "الشاحنات الداخلة",
         "دبلوماسي مصري", "سفينة مصرية"],
 "mk5": ["المدن", "قوات الدعم السريع", "الجانب السوداني", "مصرية", "الحكومة السودانية"],
}

PHEN = {
 "mk1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "ambiguity_idri",
         "nisba", "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "mk2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "ambiguity_idri",
         "nisba", "vague_area", "border_phrase", "coverage_neighbours", "countries"],
 "mk3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "countries"],
 "mk4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "mk5": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "coverage_crossings", "coverage_neighbours", "countries"],
}


def _m(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


EG, LNA, SAG = "Egyptian army", "Libyan National Army", "Sudanese armed groups"

MOVES = {
 "mk1": [
  _m("reinforce", "reported", EG, ["الخارجة"], ["شرق العوينات"], ["باريس"]),
  _m("airlift", "planned", EG, ["أسوان"], ["مطار شرق العوينات"]),
  _m("deploy", "conditional", EG, [], ["المثلث الحدودي"]),
  _m("advance", "denied", EG, [], ["الكفرة"]),
  _m("redeploy", "reported", LNA, ["الكفرة"], ["جبل العوينات"]),
 ],
 "mk2": [
  _m("reinforce", "reported", SAG, ["المالحة"], ["كرب التوم"], ["وادي هور"]),
  _m("advance", "reported", SAG, ["كرب توم"], ["المثلث"]),
  _m("mobilise", "reported", SAG, [], ["الطينة"]),
  _m("advance", "planned", SAG, ["الطينة"], ["كرب التوم"]),
  _m("deploy", "denied", LNA, ["الكفرة"], ["كرب التوم"]),
  _m("reinforce", "conditional", LNA, [], ["الحدود مع السودان"]),
  _m("shipment", "reported", SAG, [], [], ["وادي هور"]),
 ],
 "mk3": [
  _m("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  _m("reinforce", "planned", LNA, [], ["قاعدة معطن السارة الجوية"]),
  _m("deploy", "reported", LNA, ["الكفرة"], ["ربيانة"]),
  _m("withdraw", "denied", LNA, ["جبل العوينات"], ["الكفرة"]),
  _m("reinforce", "conditional", LNA, [], ["المثلث الحدودي"]),
 ],
 "mk4": [
  _m("shipment", "reported", SAG, ["الكفرة"], ["كرب التوم"], ["جبل عوينات"]),
  _m("airlift", "denied", LNA, ["قاعدة الخادم"], ["مطار الكفرة"]),
  _m("reinforce", "reported", None, ["مروي"], ["دنقلا"]),
  _m("advance", "planned", None, ["دنقلا"], ["العوينات"]),
  _m("deploy", "conditional", EG, ["شرق العوينات"], ["الحدود مع السودان"]),
  _m("naval_landing", "reported", EG, ["قاعدة برنيس"], ["قاعدة فلامنغو البحرية"]),
 ],
 "mk5": [
  _m("withdraw", "reported", SAG, ["المثلث"], ["كرب التوم"]),
  _m("mobilise", "reported", SAG, ["المالحة", "مليط"], ["كرب التوم"]),
  _m("redeploy", "reported", LNA, ["تازربو"], ["الكفرة"]),
  _m("airlift", "denied", EG, [], ["مطار الكفرة"]),
  _m("deploy", "planned", EG, ["شرق العوينات"], ["الجلف الكبير"]),
  _m("naval_landing", "conditional", EG, [], ["بورتسودان"]),
 ],
}

NOTES = {
 "mk1": "Al-Watan (Egyptian daily), Kharga: border-guard reinforcement Kharga→East Oweinat via Baris (Baris EG, not "
        "Paris); planned recce-company airlift Aswan→East Oweinat airport; battalion near the triangle only «إذا استمر "
        "التسلل»; denied Egyptian entry towards Kufra («لا صحة»); LNA units Kufra→Jebel Uweinat reported as the "
        "background. Traps: الوطن (outlet), الخارجة عن القانون (common word), الباريسي (person), لا أدري.",
 "mk2": "Radio Dabanga (Sudanese), Karb al-Tom: RSF reinforcement Al Malha→Karb al-Tom via Wadi Howar, a group on to "
        "the triangle (told by a trader, «كرب توم»), joint-force massing in Tina and its planned advance Tina→Karb "
        "al-Tom, the SAF's charge of an LNA escort Kufra→Karb al-Tom denied, an LNA company to the Sudan border only "
        "«إذا امتدت الاشتباكات», RSF-escorted fuel trucks through Wadi Howar. Traps: سوق ليبيا (Omdurman market).",
 "mk3": "Al-Mutawassit (Libyan), Kufra: an Il-76 Benina air base→Kufra airport, the troops' planned move to Maaten "
        "al-Sarra air base, a Subul al-Salam patrol Kufra→Rebiana, a denied pull-back Jebel Uweinat→Kufra and a "
        "conditional push to the triangle («لن … إلا إذا»). Refugees, the hospital and fuel tankers to Sarir are not "
        "movements. Traps: العويناتي (the commander), المتوسط (outlet).",
 "mk4": "Al-Tagheer (Sudanese), Khartoum/Dongola: an RSF-escorted fuel-and-ammunition convoy Kufra→Karb al-Tom near "
        "«جبل عوينات», the SAF's denied claim of LNA cargo flights Al Khadim→Kufra airport, an SAF reinforcement "
        "Merowe→Dongola, a planned SAF push Dongola→Al-Uwaynat (Sudanese side), Egypt's conditional move East "
        "Oweinat→the Sudan border and an Egyptian company landed at Flamingo base (Port Sudan) from Berenice. Trucks "
        "through Argeen are civilian.",
 "mk5": "Al-Modon (Lebanese analysis): RSF pull-back triangle→Karb al-Tom and massing there from Al Malha and Mellit, "
        "an LNA battalion Tazirbu→Kufra, Egypt's denial of transport planes at Kufra airport, a planned Egyptian "
        "post East Oweinat→Gilf Kebir and a conditional Egyptian landing at Port Sudan («لن … إلا إذا»). Halaib "
        "triangle vs the Uweinat triangle; المدن (outlet and 'the cities') is a trap.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("mk1", "mk2", "mk3", "mk4", "mk5")
