# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                   # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                   # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                     # G
 # Sudan
 "fashir": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                                 # G
 "tina_sd": ("town", "SD", 15.03, 22.83, "Tina (Sudan)"),                                   # K
 "tina_loc": ("district", "SD", 15.03, 22.83, "Tina locality"),                            # K (same point as the town)
 "kutum": ("town", "SD", 14.20000, 24.66667, "Kutum"),                                      # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                   # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                    # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                  # G
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                          # G
 "karb": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                               # G
 "geneina": ("city", "SD", 13.45262, 22.44725, "Geneina"),                                  # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                                # G* (row spelled خرطوم)
 "omdurman": ("city", "SD", 15.64453, 32.47773, "Omdurman"),                                # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                             # G
 "dabbah": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                                 # G* (row spelled الدبه)
 "wadi_seidna": ("base", "SD", 15.81667, 32.51528, "Wadi Seidna Air Base"),                 # K
 "heglig": ("oilfield", "SD", 9.99944, 29.39861, "Heglig oil field"),                       # K
 "border_sd_td": ("region", "SD", 15.27115, 23.08771, "Sudan-Chad border (Sudanese side)"),  # G* (row الحدود السودانية التشادية)
 # Chad
 "tina_td": ("town", "TD", 15.02528, 22.80222, "Tine (Chad)"),                              # G
 "iriba": ("town", "TD", 15.11667, 22.25000, "Iriba"),                                      # G
 "adre": ("town", "TD", 13.46648, 22.19875, "Adre"),                                        # G
 "adre_crossing": ("crossing", "TD", 13.46648, 22.19875, "Adre border crossing"),           # G* (Adre town row)
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abeche"),                                    # G
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                              # G
 "amdjarass_airport": ("airport", "TD", 16.06666, 22.83536, "Amdjarass airport"),           # G* (town row)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                               # G* (city row spelled نجامينا)
 "east_chad": ("region", "TD", 14.0, 21.5, "Eastern Chad"),                                 # K
 "border_td_sd": ("region", "TD", 15.25834, 22.83250, "Chad-Sudan border (Chadian side)"),   # G* (row الحدود التشادية السودانية)
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                      # G
 "aswan": ("city", "EG", 24.09082, 32.89942, "Aswan"),                                      # G
 "abu_simbel": ("town", "EG", 22.3372, 31.6258, "Abu Simbel"),                              # K
 "east_oweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                        # G* (airport row)
 "east_oweinat_airport": ("airport", "EG", 22.58570, 28.71660, "Shark El Oweinat airport"), # G
 "berenice": ("base", "EG", 23.95, 35.47, "Berenice military base"),                        # K
 "western_desert": ("region", "EG", 25.70408, 28.49824, "Western Desert (Egypt)"),          # G* (row غرب مصر)
 "sinai": ("region", "EG", 29.5, 33.8, "Sinai"),                                            # K
 "border_eg_ly": ("region", "EG", 23.5, 25.3, "Egypt-Libya border (Egyptian side)"),        # K
 # Libya
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                      # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),                 # G* (town row)
 "jawf": ("town", "LY", 24.19890, 23.29093, "Al Jawf (Kufra)"),                             # G* (Kufra row lists الجوف)
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                                  # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                   # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                           # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                        # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                                # K
 "uweinat_area": ("region", "LY", 21.98654, 24.69566, "Uweinat area (border triangle)"),    # G* (row مثلث العوينات)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),     # G* (row مثلث العوينات)
 "arkenu": ("region", "LY", 22.25000, 24.73000, "Jebel Arkenu"),                            # G* (row spelled جبل أركنو)
 "south_east_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),              # G* (row جنوب شرق ليبيا)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),   # G* (row الحدود الليبية السودانية)
}

SDA = "Sudanese armed groups"
LNA = "Libyan National Army"
EGA = "Egyptian army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "ob1": ["راديو دبنقا", "قوات الدعم السريع", "الصادق الفاشري", "الآبار المالحة",
         "القوة المشتركة لحركات الكفاح المسلح", "التشادية", "الجيش التشادي"],
 "ob2": ["الشروق", "قوات الدعم السريع", "سمير الأسواني", "العملية الشاملة «سيناء 2018»", "المصرية", "الليبية",
         "العمق الليبي"],
 "ob3": ["قناة المسار", "كتيبة سبل السلام", "عملية «درع الصحراء»", "اللواء طارق بن زياد", "الأنباء السارة",
         "سودانية", "السودانيين"],
 "ob4": ["بي بي سي", "لا أدري", "محمد إدريس ديبي", "القوة المشتركة لحركات دارفور", "الجيش التشادي",
         "قوات الدعم السريع", "سودانية"],
 "ob5": ["ألترا سودان", "سوق ليبيا", "القيادة العامة للجيش الليبي", "قوات الدعم السريع", "سودانية",
         "التشادية"],
}

PHEN = {
 "ob1": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "ob2": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "vague_area",
         "border_phrase", "ambiguity_country_capital", "coverage_bases", "coverage_neighbours", "countries"],
 "ob3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "ambiguity_tripoli",
         "countries"],
 "ob4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "ambiguity_idri",
         "ambiguity_country_capital", "nisba", "vague_area", "border_phrase", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "ob5": ["clitics", "spelling", "multiword", "media_trap", "nisba", "vague_area", "coverage_bases", "coverage_oil",
         "coverage_crossings", "ambiguity_idri", "ambiguity_tripoli", "ambiguity_country_capital",
         "coverage_neighbours", "countries"],
}

MOVES = {
 "ob1": [
  mv("reinforce", "reported", SDA, ["الفاشر"], ["الطينة"], ["كتم"]),
  mv("withdraw", "denied", SDA, ["الطينة"]),
  mv("deploy", "planned", SDA, [], ["وادي هور"]),
  mv("mobilise", "reported", SDA, [], ["المالحة"]),
  mv("reinforce", "conditional", None, ["إريبا"], ["الطينة"]),
 ],
 "ob2": [
  mv("airlift", "reported", EGA, ["أسوان"], ["مطار شرق العوينات"]),
  mv("redeploy", "planned", EGA, ["مطار شرق العوينات"], ["جبل العوينات"]),
  mv("advance", "reported", SDA, ["وادي هور"], ["المثلث الحدودي"]),
  mv("advance", "denied", EGA, [], ["الكفرة"], ["الحدود مع ليبيا"]),
  mv("reinforce", "conditional", EGA, ["أبو سمبل"], ["شرق العوينات"]),
  mv("naval_landing", "reported", EGA, [], ["قاعدة برنيس العسكرية"]),
 ],
 "ob3": [
  mv("deploy", "reported", LNA, ["الكفرة"], ["جبل العوينات"], ["جبل عركنو"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة معطن السارة"]),
  mv("deploy", "planned", LNA, ["قاعدة معطن السارة"], ["الحدود مع السودان"]),
  mv("shipment", "denied", None, ["الكفرة"], ["المالحة"], ["وادي هور"]),
  mv("reinforce", "conditional", LNA, ["ربيانة"], ["العوينات"]),
 ],
 "ob4": [
  mv("reinforce", "reported", None, ["أبشي"], ["أدري"]),
  mv("shipment", "denied", None, [], ["دارفور"], ["مطار أم جرس"]),
  mv("redeploy", "planned", None, ["إريبا"], ["الحدود مع السودان", "أدري", "تيني"]),
  mv("mobilise", "reported", SDA, [], ["الطينة"]),
  mv("advance", "conditional", SDA, ["كتم"], ["الطينة"]),
 ],
 "ob5": [
  mv("airlift", "reported", None, ["قاعدة وادي سيدنا الجوية"], ["الدبة"]),
  mv("withdraw", "reported", SDA, ["كرب التوم"], ["المالحة"]),
  mv("advance", "planned", SDA, ["الدبة"], ["المالحة"], ["وادي هور"]),
  mv("advance", "denied", SDA, [], ["الكفرة"]),
  mv("deploy", "conditional", EGA, [], ["جبل العوينات"]),
 ],
}

NOTES = {
 "ob1": "Radio Dabanga (Tina): RSF reinforcement El Fasher->Tina via Kutum (reported; the witness's «أطراف كتم» is the "
        "same move), the joint force's denied pull-out from Tina, its planned deployment along Wadi Howar, RSF massing "
        "in Al Malha (mobilise), and a Chadian battalion Iriba->Tine «إذا عبرت المعارك» (conditional, actor null; «إلى "
        "المدينة» = Chadian Tina). Refugee families crossing the wadi and the supply lines «من المثلث الحدودي» are not "
        "movements.",
 "ob2": "Al-Shorouk (Cairo): an Egyptian airlift Aswan->East Oweinat airport, the planned move «من المطار» to Jebel "
        "Uweinat (redeploy), an RSF column Wadi Howar->the border triangle seen by reconnaissance (reported advance), "
        "a denied Egyptian crossing of the border towards Kufra, a conditional reinforcement Abu Simbel->East Oweinat "
        "and a naval landing at Berenice base. Cairo/Benghazi/Port Sudan coordination, the Western Desert and Sinai "
        "are not movement places.",
 "ob3": "Al-Masar TV (Kufra): LNA patrols Kufra->Jebel Uweinat via Jebel Arkenu (reported deploy; the Al-Jawf "
        "residents' «تغادر المدينة» is the same move), an airlift Benina air base->Maaten al-Sarra, the same elements' "
        "planned move «من القاعدة» to the Sudan border, a denied fuel-and-ammunition shipment Kufra->Al Malha via Wadi "
        "Howar (actor null), and a conditional reinforcement Rebiana->the Uweinat area. Fuel from the Sarir field to "
        "stations, refugees in Kufra and infiltration «من دارفور» (a purpose) are not movements.",
 "ob4": "BBC News Arabic (N'Djamena): a Chadian reinforcement Abeche->Adre (actor null), a denied arms shipment via "
        "Amdjarass airport to Darfur (actor null), the planned redeployment of the Iriba battalion to the Sudan border "
        "between Adre and Tine, joint-force massing in Tina (mobilise) and the RSF's conditional advance Kutum->Tina. "
        "A refugee's arrival from Geneina and a feared displacement wave towards Tine are not movements.",
 "ob5": "Ultra Sudan (Port Sudan), a day-by-day round-up: an army airlift Wadi Seidna air base->Al Dabbah (actor null), "
        "an RSF pull-out Karb al-Tom->Al Malha, the joint force's planned advance Al Dabbah->Al Malha via Wadi Howar, "
        "the LNA's denial of RSF fighters entering Kufra, and Egypt's conditional deployment near Jebel Uweinat. The "
        "Adre crossing closure, Omdurman's market and Heglig production talks are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ob1", "ob2", "ob3", "ob4", "ob5")
