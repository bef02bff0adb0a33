# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 # qkb1 Sharara shutdown (Hapi)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "border_ne": ("region", "NE", 22.6, 13.4, "Niger-Libya border (Nigerien side)"),       # K
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 # qkb2 Great Man-Made River, Jabal Hasawna system (BNA)
 "hasawna": ("region", "LY", 28.15, 13.95, "Jabal Hasawna (GMMR wellfields)"),          # K
 "jafara": ("region", "LY", 32.51012, 13.02794, "Jafara Plain"),                        # G* (district row الجفارة)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "shwerif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G (row مصراتة)
 # qkb3 Sudanese army and RSF at the border triangle (Radio Tamazuj)
 "dabba": ("town", "SD", 18.05, 30.95, "Ad Dabbah"),                                    # K
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),            # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                            # K
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "east_uweinat": ("region", "EG", 22.58570, 28.71660, "East Oweinat project area"),     # G* (row مطار شرق العوينات)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "fada": ("town", "TD", 17.19186, 21.58081, "Fada"),                                    # G (row فدا)
 "ounianga": ("town", "TD", 19.05263, 20.48887, "Ounianga Kebir"),                      # G (row أونيانقا كبير)
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "east_libya": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),       # G* (row برقة)
 # qkb4 Oil Crescent terminals (Economy Plus)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil terminal"),          # G* (row راس لانوف)
 "trieste": ("city", "IT", 45.64953, 13.77678, "Trieste"),                              # G (row تريستي)
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawwad"),                          # G
 "raslanuf_airport": ("airport", "LY", 30.50000, 18.52720, "Ras Lanuf Oil Airport"),    # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa el Brega oil port"),       # G
 "zueitina": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),           # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (row أجدابيا)
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 # qkb5 western pipelines, Wafa and Mellitah (Jo24)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "rayayina": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                        # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G (row مجمع مليتة)
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                             # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),     # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                   # G
 "khoms_base": ("base", "LY", 32.67610, 14.24130, "Khoms naval base"),                  # G* (row ميناء الخمس, kind crossing)
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "border_dz": ("region", "DZ", 29.0, 9.7, "Algeria-Libya border (Algerian side)"),      # K
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "gela": ("town", "IT", 37.0662, 14.2503, "Gela"),                                      # K
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                              # G
}

TRAPS = {
 "qkb1": ["حراك فزان", "الشرارة الأولى", "شركة أكاكوس للعمليات النفطية", "الإسبانية", "الفرنسية", "حابي",
          "اللواء طارق بن زياد", "الليبي", "سالم الأوباري", "شركة مليتة للنفط والغاز", "ليبية",
          "النيجري"],
 "qkb2": ["جهاز تنفيذ وإدارة مشروع النهر الصناعي", "وكالة الأنباء الليبية", "إدريس الطاهر", "الليبيين",
          "الليبي", "كتيبة شهداء براك"],
 "qkb3": ["راديو تمازج", "السودانية", "الدعم السريع", "إدريس حسن", "الحجر الرملي النوبي", "المصرية",
          "الليبية", "الليبي", "سبل السلام", "التشادي", "سوداني", "السوداني"],
 "qkb4": ["إيكونومي بلس", "خام السدرة", "الإيطالية", "اللواء 128 معزز", "سوريين",
          "سرت أنباء", "شركة سرت لإنتاج وتصنيع النفط والغاز", "الليبي"],
 "qkb5": ["تركياً", "جو 24", "المجلس العسكري الزنتان", "عماد الطرابلسي", "الوفاء بتعهداتها", "الأوروبيين",
          "التركية", "الجزائري", "سوناطراك", "الإيطالية", "غرين ستريم", "الليبي", "الأوروبية"],
}

PHEN = {
 "qkb1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qkb2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "vague_area", "countries"],
 "qkb3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_idri",
          "vague_area", "town_vs_district", "coverage_neighbours", "countries"],
 "qkb4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "qkb5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qkb1": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["حقل الشرارة"], ["أوباري"]),
  mv("redeploy", "planned", "Libyan National Army", ["حقل الشرارة"], ["حقل الفيل"]),
  mv("airlift", "conditional", "Libyan National Army", ["قاعدة براك الجوية"], ["حقل الشرارة"]),
  mv("advance", "denied", "Nigerien army", ["ماداما"], ["منفذ التوم"]),
  mv("reinforce", "reported", "Nigerien army", ["ديركو"], ["ماداما"]),
 ],
 "qkb2": [
  mv("mobilise", "reported", None, [], ["إدري"]),
  mv("advance", "reported", None, [], ["جبل الحساونة"]),
  mv("deploy", "reported", "GNA forces", ["غريان"], ["الشويرف"], ["مزدة"]),
  mv("redeploy", "planned", "Libyan National Army", ["براك"], ["جبل الحساونة"]),
  mv("reinforce", "conditional", "Misrata forces", ["مصراته"], ["الشويرف"]),
  mv("withdraw", "denied", "GNA forces", ["الشويرف"], ["غريان"]),
 ],
 "qkb3": [
  mv("reinforce", "reported", "Sudanese army", ["الدبة"], ["المثلث الحدودي"]),
  mv("withdraw", "denied", "Sudanese armed groups", ["المثلث"], ["مليط"]),
  mv("deploy", "planned", "Libyan National Army", ["الكفرة"], ["تازربو"]),
  mv("advance", "conditional", "Chadian army", ["فادا"], ["أونيانغا كبير"]),
  mv("shipment", "denied", "Sudanese armed groups", ["الكفرة"], ["شمال دارفور"], ["المثلث الحدودي"]),
 ],
 "qkb4": [
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء راس لانوف"]),
  mv("deploy", "reported", "Libyan National Army", ["سرت"], ["ميناء السدرة"], ["بن جواد"]),
  mv("airlift", "denied", "Syrian mercenaries", ["قاعدة الجفرة الجوية"], ["مطار راس لانوف"]),
  mv("withdraw", "conditional", "Libyan National Army", ["ميناء البريقة"]),
  mv("shipment", "planned", "Libyan National Army", ["بنغازي"], ["ميناء الزويتينة"]),
 ],
 "qkb5": [
  mv("deploy", "reported", "Zintan forces", ["الزنتان"], ["الرياينة"]),
  mv("mobilise", "reported", None, [], ["الرجبان"]),
  mv("airlift", "planned", "GNA forces", ["مطار معيتيقة"], ["حقل الوفاء"], ["مطار غدامس"]),
  mv("naval_landing", "denied", "Turkish armed forces", ["قاعدة الخمس البحرية"], ["مجمع مليتة"]),
  mv("advance", "conditional", "Algerian army", ["الدبداب"], ["الحدود مع ليبيا"]),
 ],
}

NOTES = {
 "qkb1": "Economic-site report on the Sharara shutdown (the valve protest and the Sharara-Zawiya pipeline are not "
         "moves): an LNA column Sabha→Sharara via Ubari (destination given only as 'الحقل'), a planned company "
         "from that column to El Feel, a conditional special-forces airlift Brak air base→Sharara's airstrip, a "
         "Nigerien patrol Madama→Toummo crossing denied by Niamey, and the Nigerien reinforcement Dirkou→Madama it "
         "admits; traps 'الشرارة الأولى', 'حراك فزان', 'شركة أكاكوس', 'شركة مليتة', the spokesman 'سالم الأوباري'; "
         "Algiers (written 'الجزائر') is only the venue, Ubari municipality and Murzuq only contacts.",
 "qkb2": "Agency dispatch (BNA) on the cut of the Jabal Hasawna water system: gunmen massing near Idri and storming the Jabal "
         "Hasawna control station (both actor null), a "
         "GNU chief-of-staff force Gharyan→Ash-Shwayrif via Mizda, a planned LNA company from the 'Martyrs of Brak' "
         "battalion Brak→Jabal Hasawna, a conditional Misrata reinforcement (spelled مصراته) to Ash-Shwayrif and a "
         "denied pull-back Ash-Shwayrif→Gharyan; Tripoli (dateline 'طرابلس (ليبيا)'), the Jafara plain and the "
         "wellfield/city list of the background are not movement places; 'إدريس الطاهر' holds an 'إدري'.",
 "qkb3": "Radio Tamazuj report: Sudanese army reinforcements Ad-Dabbah→the Libya-Egypt-Sudan triangle, an RSF "
         "pull-back from the triangle (written 'المثلث') to Mellit denied by an RSF adviser named Idris, a planned "
         "LNA company Kufra→Tazirbu pumping stations, a conditional Chadian move Fada→Ounianga Kebir, and fuel and "
         "ammunition shipments for the RSF Kufra→North Darfur via the triangle, alleged by Khartoum's government and "
         "denied by Kufra municipality; Uweinat airstrikes, East Oweinat, Port Sudan and N'Djamena are not movement "
         "places.",
 "qkb4": "Economic-site report on Oil Crescent exports (a crude tanker Es Sider→Trieste is no force movement): an LNA "
         "marine landing Benghazi port→Ras Lanuf terminal, a battalion Sirte→Es Sider via Bin Jawad, a denied airlift "
         "of Syrian mercenaries Al-Jufra air base→Ras Lanuf airport, a conditional withdrawal from Brega port "
         "('إلا بعد'), and planned trucks with boats Benghazi→Zueitina; traps 'خام السدرة', the verb in 'وسرت أنباء' "
         "and 'شركة سرت'.",
 "qkb5": "Jordanian site's roundup on western pipelines: a Zintan force Zintan→Ar-Rayayinah pumping station (the "
         "Sharara-Zawiya pipeline is not a move), gunmen massing near Ar-Rujban (actor null), a planned GNU Interior "
         "airlift Mitiga→Wafa field via Ghadames airport, a denied Turkish marine landing Khoms naval base→Mellitah, "
         "and a conditional Algerian advance Debdeb→the border with Libya; traps 'المجلس العسكري الزنتان', 'عماد "
         "الطرابلسي', 'الوفاء بتعهداتها', 'الجزائري'; Algeria (country) vs 'الجزائر العاصمة'; the Greenstream gas route "
         "Mellitah→Gela is not a move.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qkb1", "qkb2", "qkb3", "qkb4", "qkb5")
