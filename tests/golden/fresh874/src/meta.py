# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "zuwara_port": ("crossing", "LY", 32.92200, 12.12000, "Port of Zuwara"),               # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 # qgr1 Zuwara -> Ben Gardane (Inkyfada)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "border_tn_side": ("region", "TN", 33.00, 11.35, "Tunisia-Libya border (Tunisian side, coast)"),  # K
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 # qgr2 Kufra -> Chad (Daraj)
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),               # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G* (row كوري بوقودي)
 "kufra_mun": ("district", "LY", 23.30855, 22.08059, "Kufra municipality"),             # G* (district row الكفرة)
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G* (row نجامينا)
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 # qgr3 Kufra -> Sudan (Al-Sudani)
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "tri_uweinat": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "ndarfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                     # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G* (row خرطوم)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                  # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "debba": ("town", "SD", 18.05, 30.95, "Ed Debba"),                                     # K
 "wadihowar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                       # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 # qgr4 Ubari -> Niger (Asharq Al-Awsat)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "sw_libya": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),               # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador triangle"),                 # G
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                   # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row أوباري)
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "dirkou_airport": ("airport", "NE", 18.96870, 12.86870, "Dirkou Airport"),             # G
 "border_ne_side": ("region", "NE", 22.30, 13.80, "Niger-Libya border (Nigerien side)"),  # K
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 # qgr5 the three routes (Al-Quds Al-Arabi)
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),          # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
}

TRAPS = {
 "qgr1": ["إنكفاضة", "نهج طرابلس", "كتيبة شهداء زوارة", "عماد المدنيني", "الجميل", "الجيش التونسي", "الليبي"],
 "qgr2": ["درج", "سبل السلام", "الجيش الوطني الليبي", "الأخبار السارة", "محمد إدريس ديبي", "اتحاد قوى المقاومة",
          "الجيش التشادي", "تشادية", "تشاديين"],
 "qgr3": ["السوداني", "الدعم السريع", "الجيش الوطني الليبي", "القوة المشتركة لحركات الكفاح المسلح", "الليبية",
          "كولومبياً"],
 "qgr4": ["الشرق الأوسط", "طارق بن زياد", "الفيلق الإفريقي", "إدريس القطروني", "مالي", "روسية"],
 "qgr5": ["القدس العربي", "فاغنر", "الجيش الوطني الليبي", "سرت", "اللبنانية", "تونسي", "ليبية"],
}

PHEN = {
 "qgr1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qgr2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours",
          "countries"],
 "qgr3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "coverage_neighbours", "countries"],
 "qgr4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qgr5": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qgr1": [
  mv("shipment", "reported", "GNA forces", ["زوارة"], ["بن قردان"], ["أبو كماش"]),
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["الحدود مع ليبيا"]),
  mv("redeploy", "planned", "GNA forces", ["صبراتة"], ["زلطن"]),
  mv("withdraw", "reported", "GNA forces", ["معبر راس جدير"]),
  mv("naval_landing", "denied", "GNA forces", ["ميناء زوارة"], ["جرجيس"]),
  mv("reinforce", "conditional", "Tunisian army", [], ["بن قردان"]),
 ],
 "qgr2": [
  mv("shipment", "reported", "Libyan National Army", ["الكفرة"], ["الحدود مع تشاد"], ["قاعدة معطن السارة"]),
  mv("shipment", "reported", "Chadian armed groups", ["الحدود مع تشاد"], ["كوري بوغودي"]),
  mv("deploy", "planned", "Libyan National Army", [], ["ربيانة"]),
  mv("shipment", "denied", "Libyan National Army", [], ["تشاد"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["كوري بوغودي"]),
  mv("advance", "conditional", "Chadian armed groups", [], ["فايا لارجو"]),
 ],
 "qgr3": [
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["مليط"], ["المثلث الحدودي"]),
  mv("airlift", "reported", "Foreign fighters", ["مطار الكفرة"], ["نيالا"]),
  mv("advance", "planned", "Sudanese armed groups", ["الدبة"], ["وادي هور"]),
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["الحدود مع السودان"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["المالحة"]),
  mv("withdraw", "conditional", "Sudanese armed groups", ["المالحة"]),
 ],
 "qgr4": [
  mv("shipment", "reported", "Libyan National Army", ["أوباري"], ["منفذ التوم"], ["مرزق", "القطرون"]),
  mv("shipment", "denied", "Libyan National Army", ["أوباري"], ["أرليت"], ["مثلث السلفادور"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة تمنهنت"], ["القطرون"]),
  mv("airlift", "conditional", "Russian forces", ["قاعدة براك الجوية"], ["مطار ديركو"]),
 ],
 "qgr5": [
  mv("shipment", "reported", "Wagner Group", ["قاعدة براك الجوية"], ["أوباري"]),
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["زوارة"], ["الزاوية", "صبراتة"]),
  mv("naval_landing", "reported", "GNA forces", ["ميناء طرابلس"], ["ميناء زوارة"]),
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["دارفور"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["أوباري"]),
  mv("reinforce", "conditional", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
 ],
}

NOTES = {
 "qgr1": "Inkyfada investigation from Ben Gardane: 18 tankers escorted by gunmen of a GNA-affiliated battalion (its name "
         "'Zuwara Martyrs Battalion' is a trap) Zuwara→Ben Gardane via Abu Kammash (Ras Ajdir only locates the desert "
         "tracks); a reported Tunisian reinforcement Medenine→the border zone; a planned GNA company Sabratha→Zaltan; "
         "the battalion denies a sea escort Zuwara port→Zarzis (its general 'no escort' denial names no place); a "
         "conditional Tunisian company to Ben Gardane. Zarzis as the driver's home, Gabes, Tunis and southern Tunisia "
         "are not movement places.",
 "qgr2": "Daraj from Kufra: an LNA-affiliated Subul al-Salam escort Kufra→the border with Chad via Maaten al-Sarra base, "
         "then Chadian armed groups take the cargo 'from there' (the border) to Kouri Bougoudi; a planned LNA company "
         "Kufra→Rebiana; the battalion denies escorting any truck into Chad; a Chadian rebel group's conditional advance "
         "to Faya-Largeau (Tibesti only the condition, N'Djamena only the seat of Mahamat Idriss Deby's government).",
 "qgr3": "Al-Sudani from Port Sudan: an RSF-escorted convoy Kufra→Mellit via the border triangle; Colombian fighters "
         "flown Kufra airport→Nyala; a planned Joint Force advance Al-Debba→Wadi Howar; the LNA denies escorting trucks "
         "Kufra→the border with Sudan; the RSF's conditional withdrawal from Al-Malha (Darfur only the condition). "
         "El Fasher is only a distance reference for Mellit; Khartoum and Libya are fuel-price references.",
 "qgr4": "Asharq Al-Awsat (Cairo): 22 tankers escorted by the LNA's Tariq bin Ziyad brigade Ubari→the Toummo crossing via "
         "Murzuq and Al-Qatrun (the unescorted onward trip to Dirkou and Agadez is civilian); the brigade denies an "
         "escort Ubari→Arlit via the Salvador triangle; a planned LNA battalion Tamanhint base→Al-Qatrun (Toummo later "
         "only a distance reference); Russian Africa Corps' conditional move Brak air base→the border with Niger "
         "(Niamey only the condition). Sharara is a distance reference.",
 "qgr5": "Al-Quds Al-Arabi from Tripoli on a UN Panel draft: three smuggling routes (no forces); a tanker to Tripoli in "
         "Lebanon (not armed); Wagner escorts Brak air base→Ubari (reported by the panel); a reported GNA force "
         "Tripoli→Zuwara via Zawiya and Sabratha; the LNA denies sending units from Kufra to escort convoys to Darfur "
         "and announces a planned battalion Jufra air base→Ubari; a conditional Tunisian reinforcement "
         "Tataouine→Dehiba. Moscow only declines comment; 'سرت' is the verb.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qgr1", "qgr2", "qgr3", "qgr4", "qgr5")
BAR_IN_TEXT = True  # qgr1's headline has a literal "|" («تحقيق | ...»), so "|" is not taken for marker residue
