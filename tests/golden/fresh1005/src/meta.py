# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/surface (listed in the README).
P = {
 # countries
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 # Tunisia: south-east (Medenine governorate) and the capital
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "aouina": ("base", "TN", 36.85100, 10.22700, "El Aouina Air Base"),                    # G (row قاعدة العوينة)
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),        # G (district TN-82, written ولاية مدنين)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G (row بن قردان)
 "choucha": ("village", "TN", 33.14590, 11.49120, "Choucha"),                           # G* (row مخيم الشوشة)
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "zarzis_port": ("crossing", "TN", 33.470, 11.120, "Port of Zarzis"),                   # K
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                              # G
 "djerba_airport": ("airport", "TN", 33.87500, 10.77550, "Djerba Zarzis International Airport"),  # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس, written الجنوب التونسي)
 "southeast_tn": ("region", "TN", 32.28531, 10.16200, "South-eastern Tunisia"),         # G* (row جنوب شرق تونس, written الجنوب الشرقي)
 "border_tn_coast": ("region", "TN", 33.10, 11.50, "Tunisia-Libya border, coastal sector (Tunisian side)"),  # K
 "border_tn_south": ("region", "TN", 32.10, 10.65, "Tunisia-Libya border near Dehiba (Tunisian side)"),       # K
 # Tunisia: Tataouine governorate
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),       # G (district TN-83, written ولاية تطاوين)
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                 # G
 "elborma": ("oilfield", "TN", 31.70430, 9.25460, "El Borma oil field"),                # G
 # Libya: the coastal west (Ras Ajdir - Zuwara - Zawiya)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G (row منفذ رأس جدير)
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                # G
 "regdalin": ("town", "LY", 32.88718, 11.98729, "Regdalin"),                            # G* (row سيدي بن زينة, returned by grep رقدالين)
 "jmail": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                              # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "zuwara_port": ("crossing", "LY", 32.92200, 12.12000, "Port of Zuwara"),               # G
 "zuwara_airport": ("airport", "LY", 32.95230, 12.01550, "Zwara Airport"),              # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Tripolitania (western Libya)"),       # G* (row إقليم طرابلس, returned by grep الغرب الليبي)
 # Libya: Nafusa mountains and Ghadames
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G (row منفذ وازن)
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "nalut_mun": ("district", "LY", 31.86848, 10.98120, "Nalut municipality"),             # G* (town row, kind district)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "western_mountain": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "tripoint": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 # Algeria
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                           # G
}

TRAPS = {
 "qls1": ["لابريس", "ملحمة بن قردان", "محمد المدنيني", "الليبية", "ليبية", "التونسية"],
 "qls2": ["رياليتي", "الحبيب الصفاقسي", "عام الرمادة", "التونسي", "الليبي"],
 "qls3": ["كابيتاليس", "فرج الزلطني", "ليبيا الأحرار", "من هذه الزاوية", "الليبيين", "الليبية"],
 "qls4": ["إذاعة تونس الدولية", "حرفاء الجزيرة", "الليبي", "الليبيين", "الليبيون"],
 "qls5": ["إذاعة كلمة", "عبد الله النالوتي", "درع غدامس", "الجزائري", "الليبي", "الليبية", "التونسي"],
}

PHEN = {
 "qls1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qls2": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "vague_area",
          "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "qls3": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qls4": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "vague_area",
          "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours"],
 "qls5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qls1": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بنقردان", "الشوشة"]),
  mv("deploy", "planned", "Tunisian army", ["جرجيس"], ["معبر رأس جدير"]),
  mv("withdraw", "denied", "GNA forces", ["رأس جدير"], ["أبو كماش"]),
  mv("deploy", "reported", "GNA forces", ["الزاوية"], ["زلطن"], ["العجيلات", "الجميل"]),
  mv("advance", "conditional", None, ["زوارة"], ["رأس جدير"]),
 ],
 "qls2": [
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"], ["رمادة"]),
  mv("deploy", "reported", "GNA forces", ["نالوت"], ["منفذ وازن"]),
  mv("shipment", "planned", "Tunisian army", ["صفاقس"], ["رمادة"]),
  mv("redeploy", "denied", "Tunisian army", ["الذهيبة"], ["برج الخضراء"]),
  mv("reinforce", "conditional", "Tunisian army", ["قابس"], ["الذهيبة"]),
 ],
 "qls3": [
  mv("mobilise", "reported", None, [], ["الجميل", "رقدالين"]),
  mv("naval_landing", "reported", "GNA forces", ["ميناء طرابلس"], ["ميناء زوارة"]),
  mv("airlift", "denied", "Turkish armed forces", ["قاعدة الوطية"], ["مطار زوارة"]),
  mv("withdraw", "conditional", None, ["أبو كماش"]),
  mv("naval_landing", "planned", "Tunisian army", ["صفاقس"], ["ميناء جرجيس"]),
 ],
 "qls4": [
  mv("airlift", "reported", "Tunisian army", ["قاعدة العوينة"], ["مطار جربة جرجيس"]),
  mv("deploy", "planned", "Tunisian army", ["مطار جربة جرجيس"], ["بنقردان"]),
  mv("mobilise", "reported", "GNA forces", [], ["أبو كماش"]),
  mv("withdraw", "conditional", "GNA forces", ["رأس جدير"]),
  mv("redeploy", "denied", "Tunisian army", ["بنقردان"], ["تطاوين"]),
 ],
 "qls5": [
  mv("shipment", "reported", "Tunisian army", ["رمادة"], ["برج الخضراء"], ["حقل البرمة"]),
  mv("reinforce", "reported", "Algerian army", ["عين أميناس"], ["الدبداب"]),
  mv("deploy", "planned", "GNA forces", ["نالوت"], ["غدامس"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["منفذ وازن"]),
  mv("withdraw", "conditional", "Tunisian army", ["الذهيبة"], ["قابس"]),
 ],
}

NOTES = {
 "qls1": "Tunisian state daily (La Presse «لابريس») from Ben Gardane on Ras Ajdir closed again: army units Medenine→"
         "Ben Gardane with part of them in the Choucha area, a planned National Guard move Zarzis→the Ras Ajdir "
         "crossing, the Libyan Interior Ministry's denied pull-out Ras Ajdir→Abu Kammash (Tripoli only the speaker), "
         "a chief-of-staff column Zawiya→Zaltan via Al-Ajaylat and Al-Jmail, and Zuwara gunmen's conditional return "
         "to Ras Ajdir; the clash with Zuwara gunmen, the Tunis crisis meeting, «ملحمة بن قردان» (holds Ben Gardane), "
         "the merchant «المدنيني» (holds Medenine), the 32 km distance and the border zone are not movement places.",
 "qls2": "Tunisian weekly (Réalités «رياليتي») from Tataouine on the Dehiba–Wazin crossing reopened: reinforcements "
         "Tataouine→Dehiba via Remada, a Nalut border-guard company to the Wazin crossing, a planned shipment of armour "
         "and thermal cameras Sfax→Remada, a denied transfer Dehiba→Borj El Khadra and a conditional reinforcement "
         "Gabès→Dehiba («في صورة»); the spokesman «الصفاقسي» holds Sfax, «عام الرمادة» holds Remada, Nalut municipality "
         "is only the source, the crossing linking Tataouine governorate with the Western Mountain is background.",
 "qls3": "Tunisian news site (Kapitalis «كابيتاليس») from Tunis on the Libyan west: Nwail tribesmen massing in Al-Jmail "
         "and Regdalin, coast-guard boats landing men Tripoli port→Zuwara port, a denied Turkish airlift Al-Watiya base"
         "→Zuwara airport, Zuwara gunmen's conditional pull-out from Abu Kammash (Al-Jmail, Regdalin, Zaltan only in the "
         "condition) and a planned Tunisian marine company Sfax→Zarzis port; the headline repeats the massing; «فرج "
         "الزلطني» holds Zaltan, «من هذه الزاوية» holds Zawiya, «ليبيا الأحرار» holds Libya; Tunis (dateline) vs Tunisia.",
 "qls4": "Tunisian international radio (RTCI «إذاعة تونس الدولية», name holds Tunis) from Medenine: the governor announces "
         "a staged Ras Ajdir reopening; a C-130 lands National Guard units El Aouina base→Djerba-Zarzis airport, their "
         "planned road move on to Ben Gardane, the GNU Interior force massing in Abu Kammash, its conditional pull-out "
         "from Ras Ajdir (Tripoli only in the condition) and a denied transfer Ben Gardane→Tataouine; travellers "
         "diverted to the Dehiba–Wazin crossing, lorries stuck in Ben Gardane and Djerba hotels are not moves.",
 "qls5": "Tunisian independent radio (Kalima «إذاعة كلمة») from Remada on the far south: a fuel-and-ammunition convoy "
         "Remada→Borj El Khadra via the El Borma field, an Algerian reinforcement In Amenas→Debdeb (Ghadames only a "
         "locator), a planned Nalut border-guard company to around Ghadames, Zintan's denied column to the Wazin "
         "crossing and the conditional return of the extra units Dehiba→Gabès; the border triangle, El Borma as "
         "background, Tripoli as the seat of the chief of staff, the operation «درع غدامس» (holds Ghadames), "
         "Remada/Dehiba residents and Tataouine governorate are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qls1", "qls2", "qls3", "qls4", "qls5")
