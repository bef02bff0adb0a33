# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # shared Libyan cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 # qfp1 Zawiya and the west coast (Al-Quds Al-Arabi / AFP)
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "zawiya_mun": ("district", "LY", 32.75222, 12.72778, "Zawiya municipality"),           # G* (city row)
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),          # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "zuwara_airport": ("airport", "LY", 32.95230, 12.01550, "Zwara Airport"),              # G
 "zuwara_port": ("crossing", "LY", 32.925, 12.100, "Port of Zuwara"),                   # K
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                       # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 # qfp2 Sirte and the oil crescent (Akhbar Al Khaleej / Reuters)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (row هون, README convention)
 "zueitina": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),           # G* (town row الزويتينة)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G (row أبوقرين)
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 # qfp3 Kufra and the Sudanese border (Al-Watan / AP)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "tripoint_sd": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G* (row مثلث العوينات)
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "east_uweinat": ("town", "EG", 22.58570, 28.71660, "East Owainat"),                    # G* (airport row مطار شرق العوينات)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G* (city row خرطوم)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya"),                      # G* (row برقة)
 # qfp4 Dehiba, Wazin and the western border (Al-Jarida / AFP)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),       # G* (row منفذ وازن)
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "hassi_messaoud": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                 # G
 "border_dz": ("region", "DZ", 29.9, 9.45, "Algeria-Libya border (Algerian side, Debdeb sector)"),  # K
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 # qfp5 the Russian presence (Al-Liwaa / AFP, Reuters)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.070, 23.975, "Port of Tobruk"),                   # K
 "novorossiysk_port": ("crossing", "RU", 44.73330, 37.78330, "Port of Novorossiysk"),   # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
}

TRAPS = {
 "qfp1": ["القدس العربي", "فرانس برس", "الليبية", "التركية", "مالي", "جهاز دعم الاستقرار", "محمد الزاوي"],
 "qfp2": ["أخبار الخليج", "الجيش الوطني الليبي", "كتيبة طارق بن زياد", "المؤسسة الوطنية للنفط"],
 "qfp3": ["الوطن", "أسوشيتد برس", "الجيش الوطني الليبي", "المصري", "الجيش السوداني", "قوات الدعم السريع",
          "كتيبة سبل السلام", "إدريس بوخمادة", "السودانية"],
 "qfp4": ["الجريدة", "فرانس برس", "الجيش التونسي", "وكالة تونس إفريقيا للأنباء", "سالم النالوتي", "الجيش الجزائري",
          "دوراً وازناً", "التونسية"],
 "qfp5": ["اللواء", "روسيا اليوم", "الفيلق الأفريقي", "إدريس المقرحي", "الروسية",
          "اللبنانية", "شمالي"],
}

PHEN = {
 "qfp1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
          "countries"],
 "qfp2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "coverage_oil", "countries"],
 "qfp3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_neighbours", "countries"],
 "qfp4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qfp5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qfp1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية", "مصفاة الزاوية"], ["جنزور"]),
  mv("naval_landing", "reported", "GNA forces", ["ميناء طرابلس"], ["ميناء زوارة"]),
  mv("redeploy", "planned", "GNA forces", ["قاعدة معيتيقة"], ["مجمع مليتة"]),
  mv("advance", "conditional", "Zintan forces", [], ["العجيلات"]),
  mv("airlift", "denied", "Turkish armed forces", ["قاعدة الوطية"], ["مطار زوارة"]),
 ],
 "qfp2": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["سرت"], ["أجدابيا", "البريقة"]),
  mv("shipment", "planned", "Libyan National Army", ["بنغازي"], ["الجفرة"]),
  mv("withdraw", "denied", "Libyan National Army", ["ميناء الزويتينة"]),
  mv("mobilise", "conditional", "Misrata forces", [], ["أبو قرين"]),
 ],
 "qfp3": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("deploy", "planned", "Libyan National Army", ["الكفرة"], ["المثلث الحدودي"]),
  mv("withdraw", "conditional", "Libyan National Army", ["قاعدة معطن السارة"], ["الكفرة"]),
  mv("shipment", "denied", "Egyptian army", ["شرق العوينات"], ["الكفرة"]),
 ],
 "qfp4": [
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["الذهيبة"], ["تطاوين"]),
  mv("advance", "planned", "GNA forces", ["نالوت"], ["معبر وازن"]),
  mv("mobilise", "denied", "Zintan forces", [], ["زلطن"]),
  mv("redeploy", "conditional", "Algerian army", ["حاسي مسعود"], ["الحدود مع ليبيا"]),
 ],
 "qfp5": [
  mv("naval_landing", "reported", "Russian forces", ["ميناء نوفوروسيسك"], ["ميناء طبرق"]),
  mv("airlift", "planned", "Russian forces", ["قاعدة الجفرة الجوية"], ["باماكو"]),
  mv("withdraw", "denied", "Russian forces", ["قاعدة القرضابية"]),
  mv("advance", "conditional", "Libyan National Army", ["براك"], ["إدري"]),
 ],
}

NOTES = {
 "qfp1": "AFP flash from Tripoli run by Al-Quds Al-Arabi: a GNA force Tripoli→Zawiya (and the refinery) via Janzour, a "
         "naval landing Tripoli port→Zuwara port, a planned company Mitiga base→the Mellitah complex (Sabratha only a "
         "locator, Italy the export destination), Zintan's conditional advance toward Al-Ajaylat (Zintan only the "
         "speaker's town) and Ankara's denial of a Turkish airlift Al-Watiya base→Zuwara airport; Latin glosses in "
         "brackets are not separate places.",
 "qfp2": "Reuters flash from Benghazi run by Akhbar Al Khaleej: an LNA column Benghazi→Sirte via Ajdabiya and Brega, a "
         "planned ammunition shipment Benghazi→Al-Jufra, a denied pull-out from Zueitina port, and Misrata fighters' "
         "conditional massing in Abu Qurayn (Misrata = the speaker's city and a distance reference to Sirte; Sirte in "
         "the UN call and Geneva are not movement places; 'سرت' also sits inside 'خسرت').",
 "qfp3": "AP flash from Cairo run by Al-Watan (Oman): an LNA airlift Benina air base→Kufra airport (Benghazi locates the "
         "base; the border with Sudan and Egypt locates Kufra), a planned deployment Kufra→the Uweinat border "
         "triangle, a conditional pull-back Maaten al-Sarra base→Kufra, and an Egyptian denial of arms shipments East "
         "Owainat→Kufra; refugees from Darfur are not a force movement.",
 "qfp4": "AFP flash from Tunis run by Al-Jarida: a Tunisian army reinforcement Gabes→Dehiba via Tataouine (the Wazin "
         "crossing only the place of the clashes there), a planned GNA advance Nalut→the Wazin crossing, Zintan's "
         "denied massing in Zaltan (Ras Ajdir a locator), and an Algerian conditional redeployment Hassi Messaoud→the "
         "border with Libya if fighting reaches Ghadames (Ghadames only the condition).",
 "qfp5": "AFP/Reuters compilation datelined 'Tripoli of the West' in the Lebanese Al-Liwaa: a Russian landing ship "
         "Novorossiysk port→Tobruk port, a planned Africa Corps airlift Jufra air base→Bamako, Moscow's denial of a "
         "pull-out from Gardabiya base (Sirte a locator), and the LNA's conditional advance Brak→Idri; Tripoli "
         "(Lebanon) and its port are only the source of shipping information.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qfp1", "qfp2", "qfp3", "qfp4", "qfp5")
