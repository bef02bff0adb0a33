# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                                 # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                               # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                   # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                   # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                             # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                              # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                              # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                             # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                  # G
 # lg1 Sirte–Jufra line (Asharq Al-Awsat)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                    # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),               # G* (city row)
 "jufra": ("district", "LY", 29.12, 15.95, "Al Jufra"),                                   # K (area: point near Hun/Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                  # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                           # G
 "tripoli_port": ("crossing", "LY", 32.9035, 13.1850, "Port of Tripoli"),                 # K
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                  # G
 "gulf_sirte": ("region", "LY", 30.90000, 18.00000, "Gulf of Sirte"),                     # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                    # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                    # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                  # G
 # lg2 Russia from Syria to Libya (Al-Modon)
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                      # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                      # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                  # G
 "tartus_port": ("crossing", "SY", 34.8960, 35.8740, "Port of Tartus"),                   # K
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                  # G
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                              # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                  # G
 "tobruk_port": ("crossing", "LY", 32.0760, 23.9800, "Port of Tobruk"),                   # K
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                  # G
 "sarra_base": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),            # G
 # lg3 Kufra and the war in Sudan (Raseef22)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                    # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                 # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                               # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                # G
 "uweinat": ("region", "LY", 21.905, 24.970, "Jebel Uweinat"),                            # K
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),   # G* (row مثلث العوينات)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),   # G* (row الحدود الليبية السودانية)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                         # G* (row قاعدة بنينا الجوية)
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                                # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                 # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                              # G
 # lg4 Tripoli and the west (Al-Jarida)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                   # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                               # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                                # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),            # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                  # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),         # G* (row منفذ رأس جدير)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                  # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                            # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                         # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                    # G
 # lg5 the Algeria–Libya border (Hespress)
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),       # G* (row تيقنتورين)
 "border_dz": ("region", "DZ", 28.0, 9.7, "Algeria-Libya border (Algerian side)"),        # K
 "debdeb_crossing": ("crossing", "DZ", 29.96750, 9.42389, "Debdeb border crossing"),      # G* (town row الدبداب)
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                   # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                              # G* (row عين أميناس)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                   # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                   # G* (row kind village)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                      # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),                 # G* (town row)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                    # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                               # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                 # G
 "north_mali": ("region", "ML", 20.45092, -2.20255, "Northern Mali"),                     # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                    # G* (row spelled ربات)
}

TRAPS = {
 "lg1": ["سالم الغرياني", "المصري", "الليبيون", "التركية", "الشرق الأوسط", "لا أدري", "الروسية", "الفيلق الأفريقي",
         "عمر المختار", "شارع طرابلس", "شارع دبي"],
 "lg2": ["نادر الحلبي", "الروس", "الروسية", "العميد خالد الطرابلسي", "روسياً", "نوفوستي", "الكرملين"],
 "lg3": ["السودانية", "سبل السلام", "آدم الدارفوري", "قوات الدعم السريع", "ليبيا الحدث", "لا أدري"],
 "lg4": ["كتيبة شهداء الزاوية", "عادل الزاوي", "الزاوية الإنسانية", "الليبية"],
 "lg5": ["عبد الإله الفاسي", "الجزائري", "الليبي", "الجزائرية", "اتحاد المغرب العربي", "دعم مالي"],
}

PHEN = {
 "lg1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "countries"],
 "lg2": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "coverage_bases", "coverage_neighbours",
         "countries"],
 "lg3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "lg4": ["clitics", "spelling", "multiword", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "lg5": ["clitics", "spelling", "multiword", "person_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def _m(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "lg1": [
  # flashback: «أنزلت السفن التركية مطلع 2020 جنوداً ومدرعات في ميناء طرابلس»
  _m("naval_landing", "reported", "Turkish armed forces", destinations=["ميناء طرابلس"]),
  # flashback: «تقدمت قوات حكومة الوفاق في يونيو ... من مصراتة حتى مشارف سرت»
  _m("advance", "reported", "GNA forces", origins=["مصراتة"], destinations=["سرت"]),
  # «نقلت القيادة العامة ... كتيبتين مدرعتين من قاعدة الجفرة الجوية إلى سرت مروراً بودان»
  _m("reinforce", "reported", "Libyan National Army", origins=["قاعدة الجفرة الجوية"], destinations=["سرت"],
     via=["ودان"]),
  # «ستدفع بسرية إضافية من مصراتة إلى أبوقرين خلال أيام» (speaker in Tripoli)
  _m("reinforce", "planned", "GNA forces", origins=["مصراتة"], destinations=["أبوقرين"]),
  # «سيتحرك نحو سرت إذا تجاوزت أي قوة أجنبية الخط»
  _m("advance", "conditional", "Egyptian army", destinations=["سرت"]),
  # the Russian embassy denies «سحب عناصر الفيلق الأفريقي من قاعدة الجفرة الجوية»
  _m("withdraw", "denied", "Russian forces", origins=["قاعدة الجفرة الجوية"]),
 ],
 "lg2": [
  # flashback: Russian cargo planes Hmeimim -> Al Khadim (the headline «من حميميم إلى الخادم» is the same move)
  _m("airlift", "reported", "Russian forces", origins=["قاعدة حميميم"], destinations=["قاعدة الخادم"]),
  # a Russian cargo ship from Tartus port unloads military trucks at Tobruk port
  _m("shipment", "reported", "Russian forces", origins=["ميناء طرطوس"], destinations=["ميناء طبرق"]),
  # the LNA spokesman denies that the ship landed Russian soldiers in Tobruk
  _m("naval_landing", "denied", "Russian forces", destinations=["طبرق"]),
  # «ستنقل جواً، مطلع الربيع، مدربين عسكريين من قاعدة الخادم إلى باماكو»
  _m("airlift", "planned", "Russian forces", origins=["قاعدة الخادم"], destinations=["باماكو"]),
  # «ستدفع بمزيد من العناصر إلى قاعدة معطن السارة إذا تعرّضت مصالحها ... لأي تهديد»
  _m("reinforce", "conditional", "Russian forces", destinations=["قاعدة معطن السارة"]),
 ],
 "lg3": [
  # flashback 2023: Subul al-Salam from Kufra towards Jebel Uweinat (the triangle is the purpose, not a destination)
  _m("deploy", "reported", "Libyan National Army", origins=["الكفرة"], destinations=["جبل العوينات"]),
  # two LNA cargo planes from Benina base landed at Kufra airport
  _m("airlift", "reported", "Libyan National Army", origins=["قاعدة بنينا"], destinations=["مطار الكفرة"]),
  # «تعتزم نقل سرية من تازربو إلى قاعدة معطن السارة»
  _m("redeploy", "planned", "Libyan National Army", origins=["تازربو"], destinations=["قاعدة معطن السارة"]),
  # the officer denies ammunition trucks left Kufra for Al Malha (owner not named)
  _m("shipment", "denied", None, origins=["الكفرة"], destinations=["المالحة"]),
  # the RSF deny crossing to Jebel Uweinat
  _m("advance", "denied", "Sudanese armed groups", destinations=["جبل العوينات"]),
  # «كتائب تابعة للقيادة العامة في أجدابيا ستتحرك جنوباً إلى الكفرة إذا تكررت اشتباكات»
  _m("reinforce", "conditional", "Libyan National Army", origins=["أجدابيا"], destinations=["الكفرة"]),
 ],
 "lg4": [
  # flashback August 2022: forces from Misrata loyal to Bashagha marched on Tripoli
  _m("advance", "reported", "Misrata forces", origins=["مصراتة"], destinations=["طرابلس"]),
  # a GNU column Tripoli -> Zawiya via Janzour (the refinery locates the clashes)
  _m("deploy", "reported", "GNA forces", origins=["طرابلس"], destinations=["الزاوية"], via=["جنزور"]),
  # «ستعيد تموضع قوة من زوارة عند معبر رأس اجدير مطلع الشهر المقبل»
  _m("redeploy", "planned", "GNA forces", origins=["زوارة"], destinations=["معبر رأس اجدير"]),
  # a Zintan commander denies his forces massed in Al-Aziziyah
  _m("mobilise", "denied", "Zintan forces", destinations=["العزيزية"]),
  # Tunisia: the army will reinforce Ben Gardane if the crossing is closed again
  _m("reinforce", "conditional", "Tunisian army", destinations=["بن قردان"]),
 ],
 "lg5": [
  # flashback 2013: Algeria sent thousands of soldiers to the border with Libya
  _m("deploy", "reported", "Algerian army", destinations=["الحدود مع ليبيا"]),
  # «نقل الجيش الجزائري وحدات إضافية من إليزي إلى جانت»
  _m("reinforce", "reported", "Algerian army", origins=["إليزي"], destinations=["جانت"]),
  # «سترسل سرية من سبها إلى غات خلال أيام» (speaker in Benghazi)
  _m("deploy", "planned", "Libyan National Army", origins=["سبها"], destinations=["غات"]),
  # the GNU denies its forces withdrew from Ghadames
  _m("withdraw", "denied", "GNA forces", origins=["غدامس"]),
  # «سيعلن التعبئة ويحشد قواته في الدبداب إذا امتدت المواجهات شمالاً»
  _m("mobilise", "conditional", "Algerian army", destinations=["الدبداب"]),
 ],
}

NOTES = {
 "lg1": "Op-ed (Asharq Al-Awsat style) on the Sirte-Jufra line: two flashbacks (Turkish landing at Tripoli port 2020, "
        "GNA advance Misrata->Sirte) are reported; a current LNA reinforcement Jufra air base->Sirte via Waddan; a planned "
        "GNA company Misrata->Abu Qurayn; Egypt's conditional advance on Sirte; a denied Africa Corps pull-out from Jufra. "
        "The columnist's own 'what if' (Ankara's frigates to the Gulf of Sirte, Moscow's planes to the Oil Crescent) is "
        "not a movement; traps: outlet, columnist, streets, Omar al-Mukhtar, 'la adri'.",
 "lg2": "Column (Al-Modon style) on Russia moving from Syria to Libya: a recalled Hmeimim->Al Khadim airlift (headline "
        "repeats it), a reported shipment Tartus port->Tobruk port, the LNA's denial that the ship landed troops in "
        "Tobruk, a planned airlift Al Khadim->Bamako and a conditional reinforcement of Maaten al-Sarra. Rhetorical "
        "questions (Tobruk a new Tartus? Benghazi asking the Russians to leave) are not movements.",
 "lg3": "First-person op-ed (Raseef22 style) on Kufra and Sudan's war: a recalled 2023 deployment Kufra->Jebel Uweinat "
        "(the triangle is a purpose), a reported LNA airlift Benina base->Kufra airport, a planned redeploy "
        "Tazirbu->Maaten al-Sarra, a denied ammunition shipment Kufra->Al Malha, the RSF's denied crossing to Jebel "
        "Uweinat and a conditional LNA reinforcement Ajdabiya->Kufra. Refugees from Darfur/El Fasher and the "
        "columnist's 'what if' are not movements.",
 "lg4": "Column (Al-Jarida style) on Tripoli's columns: a recalled 2022 Misrata advance on Tripoli, a GNU column "
        "Tripoli->Zawiya via Janzour (the refinery only locates the clashes), a planned redeploy Zuwara->Ras Ajdir "
        "crossing, Zintan's denied massing in Al-Aziziyah and Tunisia's conditional reinforcement of Ben Gardane. "
        "Tripoli of the West vs Tripoli of Sham; 'من الزاوية الإنسانية' is a common-word trap; rhetorical questions "
        "are not movements.",
 "lg5": "Op-ed (Hespress style) on the Algeria-Libya border: a recalled 2013 deployment to the border with Libya, a "
        "reported Algerian reinforcement Illizi->Djanet, a planned LNA company Sabha->Ghat, the GNU's denied pull-out "
        "from Ghadames and Algeria's conditional mobilisation at Debdeb. The closing of the Debdeb crossing, In "
        "Amenas turned into a barracks, the 'what if' about northern Mali and 'from Rabat to Tripoli' are not "
        "movements; traps: 'دعم مالي', 'اتحاد المغرب العربي', nisbas.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("lg1", "lg2", "lg3", "lg4", "lg5")
