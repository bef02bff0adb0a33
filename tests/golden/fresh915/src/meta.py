# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # qig1 Egypt at Sallum (Sada El Balad)
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "border_eg": ("region", "EG", 31.10, 25.10, "Egypt-Libya border (Egyptian side)"),     # K
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "negila": ("town", "EG", 31.40710, 26.58320, "An-Najaylah"),                           # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "rasaltin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),               # G
 "sallum_port": ("crossing", "EG", 31.560, 25.160, "Port of Sallum"),                   # K
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "bardia": ("town", "LY", 31.75000, 25.08333, "Bardia"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G (row برقة; found by الشرق الليبي)
 # qig2 Tunisia at Ras Ajdir (Jawhara FM)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "border_tn": ("region", "TN", 33.00, 11.45, "Tunisia-Libya border (Tunisian side)"),   # K
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),        # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "djerba_airport": ("airport", "TN", 33.87500, 10.77550, "Djerba-Zarzis Airport"),      # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "bizerte": ("city", "TN", 37.27442, 9.87391, "Bizerte"),                                # G
 "zarzis_port": ("crossing", "TN", 33.475, 11.120, "Port of Zarzis"),                   # K
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 # qig3 Algeria at Debdeb (El Hiwar)
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "border_dz": ("region", "DZ", 29.50, 9.70, "Algeria-Libya border (Algerian side, Debdeb sector)"),  # K
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_wil": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "hassimessaoud": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                  # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "inamenas_airport": ("airport", "DZ", 28.05150, 9.64291, "In Amenas Airport"),         # G
 "boufarik": ("base", "DZ", 36.54580, 2.87611, "Boufarik Air Base"),                    # G* (row قاعدة بوفاريك الجوية, kind airport)
 "debdeb_crossing": ("crossing", "DZ", 29.98, 9.47, "Debdeb-Ghadames border crossing"), # K
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawen"),                              # G
 "bordj": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),                        # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                   # G
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),     # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "se_dz": ("region", "DZ", 28.00, 8.50, "South-eastern Algeria (Illizi-In Amenas border belt)"),  # K
 "tripoint_tn": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),     # G* (row المثلث الحدودي مع تونس والجزائر)
 # qig4 Niger at Assamaka (Monte Carlo Doualiya)
 "assamaka": ("village", "NE", 19.36667, 5.80000, "Assamaka"),                          # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                   # G
 "border_ne_dz": ("region", "NE", 21.21580, 8.29050, "Niger-Algeria border (Niger side)"),  # G* (row الحدود النيجرية الجزائرية)
 "agadez_reg": ("district", "NE", 19.42135, 10.68918, "Agadez Region"),                 # G
 "dirkou_airport": ("airport", "NE", 18.96870, 12.86870, "Dirkou Airport"),             # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "north_ne": ("region", "NE", 20.11996, 11.22198, "Northern Niger"),                    # G
 # qig5 Chad at Wour (Al-Quds Al-Arabi)
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                 # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "border_td": ("region", "TD", 22.20, 18.00, "Chad-Libya border (Chadian side)"),       # K
 "tibesti_prov": ("district", "TD", 20.30159, 16.62370, "Tibesti Province"),            # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "bardai": ("town", "TD", 21.35468, 17.00158, "Bardai"),                                # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti Mountains"),                  # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                           # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "north_td": ("region", "TD", 18.20680, 19.78454, "Northern Chad"),                     # G
}

TRAPS = {
 "qig1": ["صدى البلد", "المصريين", "مصريون", "أحمد السلومي", "الجيش المصري", "الليبية", "الجيش الوطني الليبي",
          "وكالة أنباء الشرق الأوسط"],
 "qig2": ["الليبية", "لطفي المدنيني", "الحمامات", "وكالة تونس إفريقيا للأنباء", "الجيش التونسي"],
 "qig3": ["الهلال الأحمر الجزائري", "إذاعة إليزي الجهوية", "محمد الغدامسي", "الجيش الجزائري",
          "الجيش الوطني الشعبي"],
 "qig4": ["مونت كارلو الدولية", "الجزائرية", "إدريسا ساني", "تيلي ساحل", "النيجريين", "دعم مالي",
          "الجيش الوطني الليبي", "النيجرية"],
 "qig5": ["القدس العربي", "التشادية", "التشاديين", "محمد إدريس ديبي", "الجيش الوطني الليبي", "إذاعة فرنسا الدولية"],
}

PHEN = {
 "qig1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qig2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qig3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase",
          "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qig4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qig5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qig1": [
  mv("reinforce", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["السلوم"], ["النجيلة", "سيدي براني"]),
  mv("deploy", "reported", "Egyptian army", [], ["سيوة"]),
  mv("naval_landing", "planned", "Egyptian army", ["قاعدة رأس التين البحرية"], ["ميناء السلوم"]),
  mv("deploy", "conditional", "Egyptian army", ["السلوم"], ["منفذ السلوم البري"]),
  mv("withdraw", "denied", "Libyan National Army", ["البردي"], ["طبرق"]),
 ],
 "qig2": [
  mv("deploy", "reported", "Tunisian army", ["مدنين"], ["الحدود مع ليبيا", "معبر راس اجدير"]),
  mv("redeploy", "reported", "Tunisian army", ["رمادة"], ["الذهيبة"]),
  mv("naval_landing", "planned", "Tunisian army", ["بنزرت"], ["ميناء جرجيس"]),
  mv("mobilise", "reported", "GNA forces", [], ["زوارة"]),
  mv("advance", "conditional", "GNA forces", ["زوارة"], ["رأس جدير"]),
  mv("advance", "denied", "Tunisian army", [], ["أبو كماش"]),
 ],
 "qig3": [
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["الدبداب"], ["حاسي مسعود", "عين أميناس"]),
  mv("airlift", "reported", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار عين أميناس"]),
  mv("redeploy", "planned", "Algerian army", ["برج عمر إدريس"], ["عين أميناس"]),
  mv("reinforce", "conditional", "GNA forces", ["نالوت"], ["غدامس"]),
  mv("airlift", "denied", "Algerian army", [], ["مطار غدامس"]),
 ],
 "qig4": [
  mv("deploy", "reported", None, ["أغاديس"], ["أساماكا"], ["أرليت"]),
  mv("airlift", "planned", None, ["نيامي"], ["مطار ديركو"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["القطرون"]),
  mv("advance", "conditional", "Libyan National Army", ["القطرون"], ["منفذ التوم"]),
  mv("withdraw", "denied", "Russian forces", ["أغاديس"], ["نيامي"]),
 ],
 "qig5": [
  mv("deploy", "reported", None, ["فايا لارجو"], ["وور"], ["زوار"]),
  mv("airlift", "planned", None, ["نجامينا"], ["زوار"]),
  mv("advance", "conditional", "Chadian armed groups", ["تمسة"], ["وور"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["كوري بوقودي"]),
  mv("shipment", "denied", "Libyan National Army", ["قاعدة معطن السارة"], ["كوري بوقودي"]),
 ],
}

NOTES = {
 "qig1": "Sada El Balad from Marsa Matruh: Egyptian reinforcements Mohamed Naguib base→Sallum via Negila and Sidi "
         "Barrani; border guards deployed around Siwa (Jaghbub only a distance reference); a planned landing ship Ras "
         "el-Tin naval base→Sallum port (Matruh governorate's camp '10 km east of Sallum' adds no movement place); units "
         "in Sallum will deploy inside the Sallum land port only if arrivals pass 15,000 a day (conditional); the LNA "
         "denies pulling a battalion out of Bardia to Tobruk. Returnees from Benghazi, Ajdabiya, Tripoli, Misrata and "
         "families at Emsaed are civilians; Cairo and eastern Libya are background.",
 "qig2": "Jawhara FM from Ben Gardane: Tunisian army units from Medenine deployed on the border with Libya near the Ras "
         "Ajdir crossing; units moved Remada→Dehiba (opposite the Wazin crossing, a locator); a planned navy ship "
         "Bizerte→Zarzis port with a field hospital and marines (Djerba-Zarzis airport is only the evacuees' exit); a "
         "GNA force massing in Zuwara ('in the city' = Zuwara) will advance Zuwara→Ras Ajdir if the armed groups do not "
         "leave (their leaving is a condition, not a movement); the ministry denies units entered Abu Kammash. Tripoli "
         "(Lebanon) and northern Lebanon are the workers' home, Libyan Tripoli their workplace and the chief of staff's "
         "seat.",
 "qig3": "El Hiwar from Illizi: an Algerian convoy Ouargla→Debdeb via Hassi Messaoud and In Amenas and two transport "
         "aircraft Boufarik air base→In Amenas airport (reported); a planned battalion move Bordj Omar Driss→In Amenas "
         "('tracks running south towards Djanet' is not a destination); a GNA force Nalut→Ghadames if clashes reach the "
         "Wafa field (conditional; Wafa only the condition); a denied Algerian airlift to Ghadames airport. Families "
         "from Ghadames and Sinawen crossing to Debdeb are civilians.",
 "qig4": "Monte Carlo Doualiya from Niamey: Nigerien army units Agadez→Assamaka via Arlit (reported; actor null, no "
         "canonical name for Niger's army); a planned special-forces airlift Niamey→Dirkou airport ('560 km north-east "
         "of Agadez' is a distance reference); 20 LNA fuel and ammunition trucks Sabha→Al Qatrun (Sharara field only "
         "where the clashes were); forces in 'the town' (Al Qatrun) will not advance to the Toummo crossing unless "
         "attacked (conditional); a denied pull-out of Russian instructors Agadez→Niamey. Migrants heading to Libya and "
         "Algeria are civilians.",
 "qig5": "Al-Quds Al-Arabi from N'Djamena: Chadian army reinforcements Faya-Largeau→Wour via Zouar (reported; actor "
         "null; Tibesti province only locates Wour); a planned second airlift N'Djamena→Zouar; CCMSR fighters in "
         "Tmassah will advance on Wour if the army attacks Kouri Bougoudi (conditional; Kouri Bougoudi only the "
         "condition there); CCMSR fighters massing at Kouri Bougoudi (reported; Wour a distance reference); the LNA "
         "(source in Kufra) denies an arms shipment from Maaten al-Sarra base to the rebels at Kouri Bougoudi.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qig1", "qig2", "qig3", "qig4", "qig5")
