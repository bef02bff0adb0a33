# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # shared
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 # qhh1 exercise «حصن الصحراء 2026» near Debdeb (El Djeich)
 "border_dz_n": ("region", "DZ", 29.6, 9.55, "Algeria-Libya border near Debdeb (Algerian side)"),  # K
 "touggourt": ("city", "DZ", 33.11083, 6.07000, "Touggourt"),                           # G
 "hassimessaoud": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                  # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "boufarik": ("base", "DZ", 36.54580, 2.87611, "Boufarik Air Base"),                    # G* (row قاعدة بوفاريك الجوية, kind airport)
 "inamenas_airport": ("airport", "DZ", 28.05150, 9.64291, "In Amenas Airport"),         # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),             # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),     # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawin"),                              # G
 "border_lydz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),            # G* (row الحدود الليبية الجزائرية)
 # qhh2 Illizi and Djanet (Radio Algérienne, Chaîne 1)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "illizi_airport": ("airport", "DZ", 26.7235, 8.6226, "Illizi Takhamalt Airport"),      # K
 "isayen": ("village", "LY", 24.80000, 10.10000, "Isayen"),                             # G* (row منفذ إيسين, kind crossing)
 "illizi_wil": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                # G
 "border_dz": ("region", "DZ", 25.3, 9.9, "Algeria-Libya border (Algerian side, near Djanet)"),  # K
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "southwest_ly": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),           # G
 "djanet_wil": ("district", "DZ", 24.55528, 9.48500, "Djanet Province"),                # G* (town row)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 # qhh3 Gabes, Ben Gardane and Ras Ajdir (Tunisian national radio)
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "aouina": ("base", "TN", 36.85100, 10.22700, "El Aouina Air Base"),                    # G (row قاعدة العوينة; written with الجوية)
 "djerba_airport": ("airport", "TN", 33.87500, 10.77550, "Djerba-Zarzis International Airport"),  # G
 "southeast_tn": ("region", "TN", 33.0, 10.6, "South-eastern Tunisia"),                 # K
 "border_lytn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),           # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "border_tn": ("region", "TN", 33.05, 11.45, "Tunisia-Libya border (Tunisian side, coast)"),  # K
 # qhh4 exercise «درع الجنوب 2026» at Borj El Khadra (Radio Sfax)
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "borjkhadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                  # G
 "borma": ("oilfield", "TN", 31.70430, 9.25460, "El Borma oil field"),                  # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),       # G
 "sfax_airbase": ("base", "TN", 34.7180, 10.6910, "Sfax-Thyna air base"),               # K
 "tripoint": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "dehiba_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G* (row منفذ وازن)
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "jabal_gharbi": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 # qhh5 naval exercise off Zarzis (TAP)
 "zarzis_port": ("crossing", "TN", 33.47, 11.12, "Port of Zarzis"),                     # K
 "sfax_naval": ("base", "TN", 34.725, 10.775, "Sfax naval base"),                       # K
 "bizerte_naval": ("base", "TN", 37.26, 9.87, "Bizerte naval base"),                    # K
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                              # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "maritime_border": ("region", "TN", 33.3, 11.6, "Tunisia-Libya maritime border (off Ras Ajdir)"),  # K
 "zuwara_port": ("crossing", "LY", 32.92200, 12.12000, "Port of Zuwara"),               # G
}

TRAPS = {
 "qhh1": ["مجلة «الجيش»", "الناحية العسكرية الرابعة", "حصن الصحراء 2026", "الجيش الوطني الشعبي", "الوادي",
          "إدريس بوزيدي", "التراب الليبي"],
 "qhh2": ["الإذاعة الجزائرية", "القناة الأولى", "الجيش الوطني الشعبي", "الجيش الوطني الليبي", "خليفة حفتر",
          "السلطات الجزائرية", "الجانب الليبي", "مالياً", "الإدريسي"],
 "qhh3": ["الإذاعة الوطنية", "القابسي", "تونسيين", "الجيش التونسي", "حكومة الوحدة الوطنية", "اللبنانية",
          "المنطقة العسكرية العازلة"],
 "qhh4": ["درع الجنوب 2026", "إذاعة صفاقس", "الطرابلسي", "الفوج الترابي الصحراوي", "التجربة", "الليبية",
          "الجيش التونسي", "حكومة الوحدة الوطنية"],
 "qhh5": ["(وات)", "وكالة تونس إفريقيا للأنباء", "التونسية", "تونسية", "تجربة", "ليبية"],
}

PHEN = {
 "qhh1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
          "coverage_oil", "coverage_neighbours", "countries"],
 "qhh2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "qhh3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qhh4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qhh5": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
          "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qhh1": [
  mv("deploy", "reported", "Algerian army", ["ورقلة", "تقرت"], ["الدبداب"], ["حاسي مسعود"]),
  mv("airlift", "reported", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار عين أميناس"]),
  mv("mobilise", "conditional", "Algerian army", [], ["الدبداب"]),
  mv("redeploy", "planned", "Algerian army", ["برج عمر إدريس"], ["حقل تيقنتورين"]),
  mv("advance", "denied", "Algerian army", [], ["سيناون"]),
 ],
 "qhh2": [
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت"]),
  mv("airlift", "reported", "Algerian army", ["ورقلة"], ["مطار إليزي"]),
  mv("redeploy", "planned", "Algerian army", ["إن أمناس"], ["جانت"]),
  mv("deploy", "conditional", "Algerian army", ["جانت"], ["الحدود مع ليبيا"]),
  mv("advance", "reported", "Libyan National Army", ["أوباري"], ["غات"]),
  mv("advance", "denied", "Algerian army", [], ["إيسين"]),
 ],
 "qhh3": [
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["بن قردان"]),
  mv("airlift", "planned", "Tunisian army", ["قاعدة العوينة الجوية"], ["مطار جربة جرجيس"]),
  mv("reinforce", "conditional", "Tunisian army", ["مدنين"], ["معبر راس جدير"]),
  mv("reinforce", "reported", "GNA forces", ["الزاوية"], ["زوارة"]),
  mv("deploy", "denied", "Tunisian army", [], ["طرابلس"]),
 ],
 "qhh4": [
  mv("deploy", "reported", "Tunisian army", ["رمادة"], ["برج الخضراء"]),
  mv("airlift", "reported", "Tunisian army", ["قاعدة صفاقس الجوية"], ["رمادة"]),
  mv("shipment", "reported", "Tunisian army", ["تطاوين"], ["برج الخضراء"]),
  mv("withdraw", "reported", "Tunisian army", ["برج الخضراء"], ["رمادة"]),
  mv("redeploy", "planned", "Tunisian army", ["برج الخضراء"], ["حقل البرمة"]),
  mv("reinforce", "conditional", "Tunisian army", ["رمادة"], ["منفذ الذهيبة وازن"]),
  mv("mobilise", "denied", "Tunisian army", [], ["الذهيبة"]),
 ],
 "qhh5": [
  mv("naval_landing", "reported", "Tunisian army", ["قاعدة صفاقس البحرية"], ["جرجيس"]),
  mv("withdraw", "reported", "Tunisian army", [], ["صفاقس"]),
  mv("redeploy", "reported", "Tunisian army", ["قاعدة بنزرت البحرية"], ["ميناء جرجيس"]),
  mv("naval_landing", "planned", "Tunisian army", [], ["جربة"]),
  mv("shipment", "planned", "Tunisian army", ["صفاقس"], ["ميناء جرجيس"]),
  mv("advance", "conditional", "Tunisian army", [], ["الحدود البحرية مع ليبيا"]),
  mv("advance", "denied", "Tunisian army", [], ["ميناء زوارة"]),
 ],
}

NOTES = {
 "qhh1": "El Djeich: exercise units Ouargla+Touggourt→Debdeb via Hassi Messaoud (Ouargla also locates the 4th "
         "military region; the range 'beside Debdeb' is the same place), paratroopers Boufarik air base→In Amenas "
         "airport (their road leg to the unnamed exercise area adds no place), a conditional reinforcement In "
         "Amenas→Debdeb if Ghadames deteriorates (Ghadames only the condition; Illizi only the speaker's sector), a "
         "planned battalion Bordj Omar Driss→the Tiguentourine field, and a denied incursion towards Sinawen.",
 "qhh2": "Radio Algérienne: a 40-vehicle column Illizi→Djanet (Illizi also the dateline), an Il-76 airlift "
         "Ouargla→Illizi airport, a planned border-guard battalion In Amenas→Djanet (the border there only a distance "
         "reference), a conditional deployment from Djanet along the border with Libya (second border mention) if the "
         "Ghat clashes spread, the LNA's reported entry Ubari→Ghat, and a denied Algerian entry into Isayen.",
 "qhh3": "Tunisian national radio: reinforcements Gabes→Ben Gardane (Ras Ajdir only a distance reference there), a "
         "planned C-130 airlift El Aouina→Djerba-Zarzis airport, a conditional reinforcement Medenine→the Ras Ajdir "
         "crossing ('قرب المعبر' resolved; Zuwara and the border only the condition), the GNA's reinforcement "
         "Zawiya→Zuwara, and a denied deployment of Tunisian soldiers to Tripoli. The merchant ship from Tripoli "
         "(Lebanon) bound for Misrata and searched off Zarzis is not a force movement.",
 "qhh4": "Radio Sfax: exercise column Remada→Borj El Khadra, special forces flown Sfax air base→Remada, the return "
         "Borj El Khadra→Remada barracks (withdraw), a planned company Borj El Khadra→El Borma field ('باستثناء "
         "سرية' = origin of the return), a conditional reinforcement Remada→the Dehiba-Wazin crossing if fighting "
         "in Nalut continues (Nalut only the condition), and a denied massing in Dehiba. Tataouine's hospital team "
         "and Tripoli/Jabal Gharbi in the background are not movements.",
 "qhh5": "TAP: marines landed at Zarzis from Sfax naval base, three patrol boats moved Bizerte naval base→Zarzis "
         "port, a planned fuel/ammunition shipment Sfax→Zarzis port, a conditional advance to the maritime border "
         "with Libya if departures from Zuwara grow (Zuwara only the condition; no origin written), and a denied "
         "entry into the waters off Zuwara port. Djerba, Medenine (TAP office), Tunis, Ras Ajdir and Ben Gardane are "
         "not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qhh1", "qhh2", "qhh3", "qhh4", "qhh5")
