# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "ndarfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                     # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G* (row خرطوم)
 # qbg1 Monte Carlo Doualiya (Paris)
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "qasr": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                        # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "idri_mun": ("district", "LY", 27.44707, 13.05173, "Idri municipality"),               # G* (town row)
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "misrata_port": ("crossing", "LY", 32.360, 15.210, "Port of Misrata (Qasr Ahmad)"),    # K
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 # qbg2 Jawhara FM (Sousse)
 "sousse": ("city", "TN", 35.82539, 10.63699, "Sousse"),                                # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine governorate"),       # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "dhehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                               # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "border_lytn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),           # G
 # qbg3 Algerian Radio, Channel One (Algiers)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "inamenas_airport": ("airport", "DZ", 28.05150, 9.64291, "In Amenas Airport"),         # G
 "boufarik": ("base", "DZ", 36.54580, 2.87611, "Boufarik Air Base"),                    # G* (row قاعدة بوفاريك الجوية, kind airport)
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_prov": ("district", "DZ", 26.97285, 7.86520, "Illizi province"),               # G
 "hassi": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                          # G
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),             # G
 "border_dzml": ("region", "DZ", 22.09206, -0.15677, "Algeria-Mali border"),            # G* (row الحدود الجزائرية المالية)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "border_lydz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),            # G* (row الحدود الليبية الجزائرية)
 # qbg4 Radio Misr (Cairo)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "gamal": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),            # G* (row مطار طبرق, HLGN)
 "tobruk_navbase": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),             # G
 "east_owainat": ("town", "EG", 22.58570, 28.71660, "East Owainat"),                    # G* (row مطار شرق العوينات)
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 # qbg5 Sudanese national radio (Omdurman)
 "omdurman": ("city", "SD", 15.64453, 32.47773, "Omdurman"),                            # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "uweinat_mt": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                         # K
 "border_lysd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),             # G* (row الحدود الليبية السودانية)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (city row; surface إنجامينا = district/airport rows)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "triangle": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
}

TRAPS = {
 "qbg1": ["مونت كارلو الدولية", "عماد الطرابلسي", "كتيبة ثوار طرابلس", "الجيش الوطني الليبي", "اللواء طارق بن زياد",
          "إدريس الهادي", "المالي", "الأعوام الخمسة", "القوات المسلحة التركية", "الليبيين", "الجيش اللبناني", "الليبية"],
 "qbg2": ["جوهرة أف أم", "الجيش الوطني", "منير الزواري", "الليبية", "الجيش التونسي"],
 "qbg3": ["الإذاعة الجزائرية", "الجيش الوطني الشعبي", "الليبية", "المالي", "الجيش الوطني الليبي"],
 "qbg4": ["راديو مصر", "القوات المسلحة المصرية", "الجيش الوطني الليبي", "مصرية", "القاهرة الإخبارية", "سودانية"],
 "qbg5": ["الإذاعة السودانية", "الليبية", "كتيبة سبل السلام", "الجيش الوطني الليبي", "التشادي",
          "مجلس القيادة العسكرية لإنقاذ الجمهورية", "الفيلق الأفريقي"],
}

PHEN = {
 "qbg1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_crossings", "countries"],
 "qbg2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qbg3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qbg4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital", "vague_area",
          "coverage_bases", "coverage_neighbours", "countries"],
 "qbg5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qbg1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["ترهونة"], ["قصر بن غشير"]),
  mv("withdraw", "denied", "Libyan National Army", ["قاعدة الجفرة الجوية"]),
  mv("redeploy", "planned", "Libyan National Army", ["هون"], ["سرت"]),
  mv("deploy", "reported", "Libyan National Army", ["براك"], ["إدري"]),
  mv("naval_landing", "conditional", "Turkish armed forces", [], ["ميناء الخمس"]),
  mv("shipment", "reported", "Turkish armed forces", [], ["ميناء مصراتة"]),
 ],
 "qbg2": [
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["بن قردان"], ["مدنين"]),
  mv("redeploy", "planned", "Tunisian army", ["رمادة"], ["الذهيبة"]),
  mv("advance", "denied", "Tunisian army", [], ["نالوت"], ["منفذ وازن"]),
  mv("deploy", "conditional", "GNA forces", ["الزاوية"], ["معبر رأس اجدير"]),
  mv("mobilise", "reported", "Zintan forces", [], ["الجميل"]),
 ],
 "qbg3": [
  mv("airlift", "reported", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار عين أميناس"]),
  mv("deploy", "reported", "Algerian army", ["عين أمناس"], ["الدبداب"]),
  mv("redeploy", "planned", "Algerian army", ["ورقلة"], ["إليزي"], ["حاسي مسعود"]),
  mv("withdraw", "conditional", "Algerian army", ["الدبداب"], ["ورقلة"]),
  mv("advance", "denied", "Libyan National Army", ["أوباري"], ["غات"]),
 ],
 "qbg4": [
  mv("reinforce", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سيوة"], ["مرسى مطروح"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة جمال عبد الناصر الجوية"], ["الجغبوب"]),
  mv("naval_landing", "denied", "Egyptian army", [], ["قاعدة طبرق البحرية"]),
  mv("deploy", "conditional", "Egyptian army", ["شرق العوينات"], ["مثلث العوينات"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["المالحة"]),
 ],
 "qbg5": [
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["مليط"], ["جبل العوينات"]),
  mv("deploy", "planned", "Libyan National Army", ["الكفرة"], ["الحدود مع السودان"]),
  mv("advance", "conditional", "Chadian armed groups", ["القطرون"], ["زوار"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الخادم"], ["قاعدة معطن السارة"]),
 ],
}

NOTES = {
 "qbg1": "MCD morning bulletin, six datelined items: a GNA force Tripoli→Tarhuna via Qasr Bin Ghashir (Bani Walid only "
         "the road it will guard; Tripoli also the dateline and the seat of the general staff in the headline); the LNA "
         "denies pulling battalions out of Al-Jufra air base and plans a battalion Hun→Sirte; a Tariq bin Ziyad column "
         "Brak→Idri (Sharara only on the road where the clashes were; Idri also in the municipality and the mayor's "
         "name); Turkey's conditional landing of marines at Khoms port ('لن ... إلا إذا') and a reported Turkish cargo "
         "unloaded at Misrata port; Tripoli (Lebanon) and Beirut only a migrant-boat item; Paris is the dateline. "
         "Headlines repeat body moves and are not counted again.",
 "qbg2": "Jawhara FM bulletin: Tunisian army reinforcements Gabes→Ben Gardane via Medenine (Zuwara and Ras Ajdir only "
         "the clashes' place and a distance reference), a planned move Remada→Dehiba (Wazin only 'facing'), a denied "
         "Tunisian entry into Nalut via the Wazin crossing, the GNA border guard's conditional force Zawiya→Ras Ajdir "
         "'if clashes in Zuwara go on', and Zintan forces massed at Al-Jumayl ('10 km south of Zuwara' a distance "
         "reference); Sousse, Tataouine, Tunis and Tripoli are datelines.",
 "qbg3": "Algerian Radio bulletin: special forces airlifted Boufarik air base→In Amenas airport, a 40-vehicle column In "
         "Amenas→Debdeb (Ghadames '18 km' a distance reference), a planned battalion Ouargla→Illizi via Hassi "
         "Messaoud, a conditional return Debdeb→Ouargla 'as soon as' southern Libya calms, and the LNA's denial of a "
         "column Ubari→Ghat (Sharara and El Feel only where units stayed); border-guard seizures in Illizi province, "
         "Bordj Omar Driss and on the Mali border are not moves.",
 "qbg4": "Radio Misr bulletin: an Egyptian convoy Mohamed Naguib base→Siwa via Marsa Matruh (Jaghbub '120 km' a "
         "distance reference), the LNA's planned company Gamal Abdel Nasser air base→Jaghbub (Tobruk only locates the "
         "base and is the dateline), Egypt denies landing marines at Tobruk naval base, a conditional deployment East "
         "Owainat→the Uweinat triangle if Sudan's war nears (Sudan only the condition), and RSF massing at Al Malha in "
         "North Darfur.",
 "qbg5": "Sudanese radio bulletin: an RSF supply convoy Kufra→Mellit via Jebel Uweinat, the Subul al-Salam battalion's "
         "planned company from Kufra to the border with Sudan, a Chadian rebel council's conditional advance Qatrun→"
         "Zouar (Tibesti only locates Zouar; 'if N'Djamena refuses' is the condition), and the LNA's denial of Russian "
         "cargo planes Al-Khadim→Maaten al-Sarra; Omdurman, N'Djamena, Benghazi and Port Sudan are datelines.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qbg1", "qbg2", "qbg3", "qbg4", "qbg5")
