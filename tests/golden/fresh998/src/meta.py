# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                               # G
 "iraq": ("country", "IQ", 33.22078, 42.49205, "Iraq"),                                 # G
 "spain": ("country", "ES", 39.89911, -3.47555, "Spain"),                               # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 # qll1 Sharara reopened, El Feel guards (Al-Madina News)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 # qll2 Zelten sit-in, Brega, Sarir (Al Jadeed)
 "zelten": ("oilfield", "LY", 28.58710, 19.30340, "Zelten (Nasser) oil field"),         # G
 "central_ly": ("region", "LY", 26.33899, 17.22077, "Central Libya"),                   # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa el Brega oil port"),       # G
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                               # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (row أجدابيا)
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 # qll3 Sahel armies, El Feel supplies (Elhourriya)
 "nouakchott": ("city", "MR", 18.08581, -15.97850, "Nouakchott"),                       # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "border_ne": ("region", "NE", 22.40, 13.85, "Niger-Libya border (Nigerien side)"),    # K
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador triangle"),                 # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 # qll4 Riyayna valve, Zawiya, Mellitah (TelQuel Arabi)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "riyayna": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                         # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                             # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "bir_ghanam": ("town", "LY", 32.30912, 12.56935, "Bir al-Ghanam"),                     # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "border_tn_side": ("region", "TN", 33.00, 11.30, "Tunisia-Libya border (Tunisian side)"),  # K
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                            # G
 # qll5 Sarir/Messla handover, Sudan (Al-Maalomah)
 "baghdad": ("city", "IQ", 33.34058, 44.40088, "Baghdad"),                              # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya"),                      # G* (row برقة / Cyrenaica)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "messla": ("oilfield", "LY", 27.97472, 22.35833, "Messla oil field"),                  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "debba": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                              # G (row الدبه)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
}

TRAPS = {
 "qll1": ["المدينة نيوز", "نوفا", "الإيطالية", "المنطقة الجنوبية", "اللواء طارق بن زياد", "الجيش الوطني الليبي",
          "الشرارة الأولى", "سالم الأوباري", "شركة أكاكوس للعمليات النفطية", "شركة مليتة للنفط والغاز",
          "حراك غضب فزان"],
 "qll2": ["الجديد", "فرع الوسطى", "شركة سرت لإنتاج وتصنيع النفط والغاز", "شركة سرت", "مفتاح الطبرقي",
          "شركة الخليج العربي للنفط", "اللبنانية", "الليبي"],
 "qll3": ["الحرية", "النيجري", "التشادي", "الليبية", "محمد إدريس ديبي", "المنطقة العسكرية الجنوبية",
          "جبهة التناوب والوفاق في تشاد", "موريتانيون", "ماليون", "الفرنسية"],
 "qll4": ["تيل كيل عربي", "المنطقة الغربية", "عماد الطرابلسي", "اتفاق الصخيرات", "المغربية"],
 "qll5": ["المعلومة", "خام برنت", "خام البصرة", "العراقي", "الأوروبية", "الليبية", "كتيبة سبل السلام",
          "خام السرير", "إدريس العبيدي", "شركة الخليج العربي للنفط", "سودانية", "السوداني", "العراقية"],
}

PHEN = {
 "qll1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "town_vs_district", "coverage_oil", "countries"],
 "qll2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "qll3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
          "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qll4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "border_phrase", "coverage_oil", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qll5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qll1": [
  mv("withdraw", "reported", None, ["حقل الشرارة"], ["أوباري"]),                 # Petroleum Facilities Guard
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["حقل الشرارة"], ["جرمة"]),
  mv("airlift", "planned", "GNA forces", ["مطار معيتيقة"], ["حقل الفيل"]),
  mv("withdraw", "denied", None, ["حقل الفيل"]),                                  # Petroleum Facilities Guard
  mv("reinforce", "conditional", None, ["مرزق"], ["حقل الفيل"]),                 # Petroleum Facilities Guard
 ],
 "qll2": [
  mv("mobilise", "reported", None, [], ["حقل زلطن"]),                             # Petroleum Facilities Guard
  mv("redeploy", "reported", "Libyan National Army", ["اجدابيا"], ["البريقة"]),
  mv("deploy", "planned", "Libyan National Army", ["البريقة"], ["حقل زلطن"]),
  mv("naval_landing", "conditional", "Libyan National Army", ["ميناء بنغازي"], ["ميناء البريقة"]),
  mv("withdraw", "denied", None, ["حقل السرير"], ["الكفرة"]),                    # Petroleum Facilities Guard
 ],
 "qll3": [
  mv("reinforce", "reported", "Nigerien army", ["ديركو"], ["قاعدة ماداما"]),
  mv("deploy", "planned", "Chadian army", ["فايا لارجو"], ["زوار"]),
  mv("shipment", "reported", None, ["قاعدة الويغ"], ["حقل الفيل"]),              # supplies for the PFG
  mv("advance", "conditional", "Libyan National Army", ["القطرون"], ["منفذ التوم"]),
  mv("advance", "denied", "Chadian armed groups", ["تيبستي"], ["حقل الشرارة"]),  # FACT rebels
 ],
 "qll4": [
  mv("deploy", "reported", "Zintan forces", ["الزنتان"], ["الرياينة"]),
  mv("withdraw", "conditional", "Zintan forces", ["الرياينة"]),
  mv("redeploy", "planned", "GNA forces", ["الزاوية"], ["مجمع مليتة"]),
  mv("naval_landing", "planned", "GNA forces", ["ميناء طرابلس"], ["مجمع مليتة"]),  # coast guard boats
  mv("mobilise", "reported", None, [], ["بئر الغنم"]),                          # unnamed armed groups
  mv("shipment", "denied", None, ["مالطا"], ["مصفاة الزاوية"]),                  # a tanker
 ],
 "qll5": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا"], ["حقل السرير"]),
  mv("withdraw", "planned", "Libyan National Army", ["حقل السرير", "حقل مسلة"], ["الكفرة"]),  # Subul al-Salam
  mv("shipment", "denied", None, ["حقل السرير"], ["دارفور"], ["الكفرة"]),          # fuel tankers
  mv("advance", "conditional", "Sudanese army", ["الدبة"], ["المثلث الحدودي"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["المالحة"]),           # RSF
 ],
}

NOTES = {
 "qll1": "Sharara reopened after its guards were swapped (Jordanian site, Tripoli dateline): PFG guards leave the "
         "field for their camp in Ubari (reported withdraw, actor null; Ubari also a distance reference and inside the "
         "trap 'سالم الأوباري'), an LNA brigade (named after Tariq bin Ziyad) Sabha→Sharara via Germa, a planned GNU "
         "airlift Mitiga airport→El Feel's airstrip, the PFG's denied pull-out from El Feel and its conditional "
         "reinforcement Murzuq→El Feel; 'الشرارة الأولى' is the common word 'spark'; Akakus and Mellitah only inside "
         "company names, Fezzan inside the protest group's name; Sabha/Ubari fuel and the Ubari municipality are "
         "background.",
 "qll2": "Zelten (also called Nasser field) sit-in (Lebanese TV site, Benghazi dateline): PFG guards mass inside Zelten "
         "(mobilise, null), an LNA battalion Ajdabiya→Brega (redeploy), a planned company from it Brega→Zelten, a "
         "conditional sea landing Benghazi port→Brega port, and a denied PFG pull-out Sarir→Kufra; oil pumped to Brega "
         "port, the Ajdabiya–Brega road, Sarir crude exported via Hariga and the source in Al-Rajma are not moves; "
         "Sirte only inside the company name; Tripoli (Libya, the GNU seat) vs Tripoli (Lebanon, oil installations); "
         "the spokesman's surname contains Tobruk.",
 "qll3": "Sahel armies around the southern fields (Mauritanian site, Nouakchott dateline): the Nigerien army "
         "Dirkou→Madama base (headline = same move), a planned Chadian army battalion Faya-Largeau→Zouar (Tibesti only "
         "location there), a reported supply convoy Al Wigh base→El Feel (shipment, null), a conditional LNA advance "
         "Qatrun→Toummo crossing and a denied FACT infiltration Tibesti→Sharara; Niamey, N'Djamena and Algiers are "
         "sources/venues; 'تشاد' also inside FACT's name and 'التشادي', 'النيجر' inside 'النيجري', 'مالي' inside "
         "'ماليون'; the border with Libya is on the Nigerien side.",
 "qll4": "Zintan force shuts the Riyayna valve station (Moroccan site, Rabat dateline): Zintan forces deployed "
         "Zintan→Riyayna (reported), their conditional withdrawal from Riyayna, a planned GNU battalion Zawiya→Mellitah "
         "with a planned coast-guard landing Tripoli port→Mellitah, an armed build-up at Bir al-Ghanam (Zawiya only a "
         "distance reference there) and a denied arms shipment from Malta to the Zawiya refinery; oil pumped "
         "Sharara→Zawiya, the gas line to Italy, El Feel dismissals and the Bouznika talks are not moves; the "
         "minister's surname contains Tripoli; the border with Libya is seen from Tunis (Tunisian side).",
 "qll5": "Oil-market piece from Baghdad on the Sarir/Messla handover: an LNA airlift Benina base→Sarir airstrip, a "
         "planned Subul al-Salam (LNA) pull-out Sarir and Messla→Kufra, a denied fuel-tanker run Sarir→Darfur via "
         "Kufra, a conditional Sudanese army advance Al-Dabba→the border triangle and a reported RSF build-up at Al "
         "Malha; 'خام البصرة', 'خام برنت', 'خام السرير' are crude grades, the RSF 'supplies coming from Libya' and "
         "crude pumped to Hariga are not moves; the Kufra municipality beside the town; the engineer is named إدريس.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qll1", "qll2", "qll3", "qll4", "qll5")
