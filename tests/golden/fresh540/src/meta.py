# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # Fezzan and the southern routes
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                         # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G (district row مرزق)
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),        # G* (town row)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G (row قاعدة الويغ)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador triangle"),                 # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                           # G
 "zuwaylah": ("town", "LY", 26.16188, 15.12522, "Zawilah"),                             # G
 "wawnamus": ("region", "LY", 24.92000, 17.77000, "Waw an Namus"),                      # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "south": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                       # G* (row جنوب ليبيا)
 "border_td": ("region", "LY", 22.70, 17.60, "Libya-Chad border (Libyan side, south of Waw an Namus)"),  # K
 # rest of Libya
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "zuwara_port": ("crossing", "LY", 32.922, 12.120, "Zuwara port"),                      # K
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "tripoli_port": ("crossing", "LY", 32.902, 13.188, "Tripoli port"),                    # K
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 # Niger
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G (row أغاديس)
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "north_niger": ("region", "NE", 19.50, 11.00, "Northern Niger"),                       # K
 # Chad and Sudan
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G (alias row)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "north_chad": ("region", "TD", 20.00, 18.00, "Northern Chad"),                         # K
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                  # G
 # Algeria
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "guezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                            # G* (row إن قزام)
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G (city row الجزائر)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "border_dzly": ("region", "DZ", 24.40, 10.60, "Algeria-Libya border (Algerian side, south-east of Djanet)"),  # K
 "border_dzne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border"),           # G* (row الحدود الجزائرية النيجرية)
 # Europe
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "amsterdam": ("city", "NL", 52.37403, 4.88969, "Amsterdam"),                           # G (row آمستردام)
}

LNA = "Libyan National Army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "tv1": ["الجيش الليبي", "للجيش الوطني الليبي", "سبوتنيك", "شركة البريقة لتسويق النفط", "شارع طرابلس",
         "المنطقة العسكرية سبها", "بركة القطروني"],
 "tv2": ["يورونيوز", "للجيش الليبي", "العواصم الأوروبية", "الأراضي الليبية", "الساحل", "الدعم المالي",
         "إيطالية", "الفيلق الأفريقي الروسي", "الأراضي النيجرية", "وزارة الدفاع الإيطالية"],
 "tv3": ["راديو دبنقا", "دبنقا", "سودانيون", "آدم إسحق الفاشري", "اللواء طارق بن زياد", "تجمع قوى تحرير السودان",
         "مجموعة مسلحة سودانية", "دوريات ليبية", "الليبيين", "لا ادري"],
 "tv4": ["الجيش الليبي", "للجيش الوطني الليبي", "المشهد", "غرفة عمليات الجنوب", "سالم الغاتي",
         "جبهة الوفاق من أجل التغيير في تشاد", "فاكت", "سودانياً وتشادياً"],
 "tv5": ["النهار أونلاين", "النهار", "الناحية العسكرية السادسة", "الجيش الوطني الشعبي", "وزارة الدفاع الوطني",
         "الحاج موسى الجانتي", "صفحات ليبية", "دورية جزائرية"],
}

PHEN = {
 "tv1": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "town_vs_district",
         "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "tv2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital",
         "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "tv3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area",
         "border_phrase", "coverage_neighbours", "countries"],
 "tv4": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap", "nisba",
         "town_vs_district", "coverage_oil",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "tv5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba",
         "ambiguity_country_capital", "coverage_oil",
         "border_phrase", "coverage_neighbours", "countries"],
}

MOVES = {
 "tv1": [
  mv("deploy", "reported", LNA, ["سبها"], ["القطرون"], ["أم الأرانب"]),
  mv("mobilise", "reported", LNA, [], ["سبها"]),
  mv("shipment", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["أم الأرانب"]),
  mv("deploy", "planned", LNA, ["القطرون"], ["منفذ التوم"]),
  mv("reinforce", "conditional", LNA, [], ["تجرهي"]),
  mv("withdraw", "denied", LNA, ["قاعدة الويغ"], ["مرزق"]),
 ],
 "tv2": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار سبها"]),
  mv("deploy", "planned", LNA, [], ["القطرون", "أم الأرانب"]),
  mv("deploy", "conditional", "GNA forces", [], ["سبها"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة براك الجوية"], ["ماداما"]),
  mv("naval_landing", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("naval_landing", "denied", None, [], ["ميناء طرابلس"]),
 ],
 "tv3": [
  mv("deploy", "reported", LNA, ["أم الأرانب"], ["تمسة", "واو الناموس"]),
  mv("withdraw", "reported", "Sudanese armed groups", ["واو الناموس"], ["الحدود مع تشاد"]),
  mv("redeploy", "planned", LNA, ["زويلة"], ["واو الناموس"]),
  mv("advance", "conditional", LNA, ["تمسة"], ["الحدود مع تشاد"]),
  mv("deploy", "denied", "Sudanese armed groups", ["كوري بوغودي"], ["ام الارانب"]),
 ],
 "tv4": [
  mv("redeploy", "reported", LNA, ["مرزق"], ["تجرهي"], ["القطرون"]),
  mv("shipment", "reported", LNA, ["سبها"], ["تجرهي"]),
  mv("airlift", "planned", LNA, ["قاعدة تمنهنت الجوية"], ["قاعدة الويغ الجوية"]),
  mv("advance", "conditional", LNA, ["تجرهي"], ["مثلث السلفادور"]),
  mv("mobilise", "denied", "Chadian armed groups", ["تيبستي"], ["القطرون"]),
 ],
 "tv5": [
  mv("reinforce", "reported", "Algerian army", ["تمنراست"], ["عين قزام"]),
  mv("airlift", "reported", "Algerian army", ["ورقلة"], ["مطار جانت"]),
  mv("deploy", "planned", "Algerian army", [], ["الحدود مع ليبيا", "مثلث السلفادور"]),
  mv("reinforce", "conditional", "Algerian army", ["إليزي"], ["جانت"]),
  mv("advance", "denied", "Algerian army", [], ["غات"], ["مثلث السلفادور"]),
 ],
}

NOTES = {
 "tv1": ("Sputnik Arabic, Sabha: LNA border-guard company Sabha->Al Qatrun via Umm al-Aranib (reported), earlier massing "
         "in Sabha (reported mobilise), ammunition "
         "trucks Tamanhint air base->Umm al-Aranib (reported shipment), patrols Al Qatrun->Toummo crossing (planned), "
         "reinforcements for Tajarhi 'في حال' (conditional), Al Wigh base->Murzuq pull-out denied. Not movements: smuggled "
         "fuel tankers bound for Niger/Chad, fuel sold in Agadez, a migrant truck from the Toummo crossing handed to a "
         "Sabha shelter, the Al Qatrun mayor's call for a permanent post. Gold Idri in the fuel-source list; "
         "بلدية القطرون (district) beside the town. Traps: Brega company, Tripoli street, 'المنطقة العسكرية سبها', "
         "person القطروني."),
 "tv2": ("Euronews Arabic, Rome: migrant route from northern Niger Agadez->Dirkou->Madama->Toummo/Salvador->Sabha->Bani Walid/Ash Shwayrif "
         "(not a movement), LNA airlift Benina air base->Sabha airport (reported), planned deployment to Al Qatrun/Umm "
         "al-Aranib (no origin written), GNU Interior units for Sabha 'إذا' (conditional; Tripoli is the venue), Africa "
         "Corps airlift Brak air base->Madama denied, GNU marines landed at Zuwara port from Abu Sitta naval base "
         "(reported), an Italian landing at Tripoli port denied (actor null). Not movements: voluntary return flight Sabha airport->Niamey, a "
         "boat from Zuwara towards Italy. Traps: 'الدعم المالي' (Mali), 'الساحل' (coast, not the Sahel), nisbas."),
 "tv3": ("Radio Dabanga, Amsterdam: Sudanese refugees' route Kouri Bougoudi->Waw an-Namus->Tmassah/Zuwaylah (not a "
         "movement), LNA Tariq bin Ziyad patrols Umm al-Aranib->Tmassah/Waw an-Namus (reported), a Sudanese armed group "
         "Waw an-Namus->the Chad border (reported withdraw), a planned redeployment of a Zuwaylah company to a post at Waw an-Namus ('الواحة'), a "
         "conditional advance Tmassah->the Chad border, a Darfur faction's denied Kouri Bougoudi->Umm al-Aranib move "
         "(spelled ام الارانب). Traps: person الفاشري, Sudanese faction name with السودان, colloquial 'لا ادري'."),
 "tv4": ("Al-Mashhad, Benghazi: LNA redeploy Murzuq->Tajarhi via Al Qatrun (reported), army fuel/water tankers "
         "Sabha->Tajarhi (reported shipment, beside smugglers' tankers that are not movements), planned airlift "
         "Tamanhint air base->Al Wigh air base, conditional advance Tajarhi->Salvador triangle, FACT's denied massing "
         "near Al Qatrun after arriving from Tibesti ('حشد', mobilise). Not movements: smuggled fuel from Sabha/Ubari/near the "
         "Sharara field via Salvador/Toummo, a migrant truck from Kouri Bougoudi. شعبية مرزق (district) beside the "
         "town Murzuq. "
         "Traps: FACT's full name with تشاد, person الغاتي, 'المشهد'."),
 "tv5": ("Ennahar, Tamanrasset: Algerian reinforcement Tamanrasset->In Guezzam (reported), Il-76 airlift Ouargla->Djanet "
         "airport (reported), planned deployment on the Libyan border up to the Salvador triangle (no origin written), conditional reinforcement Illizi->Djanet, "
         "denied Algerian patrol via the Salvador triangle towards Ghat. Not movements: smuggled fuel trucks to Niger, "
         "a deportation bus convoy Tamanrasset->the Niger border, background detachments on the Niger border, the "
         "route to the El Feel field. Border phrases on the Algerian side; spelling عين قزام; الجزائر العاصمة "
         "(Algiers) vs الجزائر (country) in the quote."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("tv1", "tv2", "tv3", "tv4", "tv5")
