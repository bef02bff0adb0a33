# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point / value read in fresh51's README (see README "Coordinates not from the
# gazetteer"); G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # Libyan cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # cx1 west (KUNA, Tripoli)
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس)
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabaa"),                             # G
 "jabal_gharbi": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 # cx2 east and the oil crescent (Xinhua, Benghazi)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),            # G* (row الحدود الليبية السودانية)
 "south_east_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),          # G* (row جنوب شرق ليبيا)
 "raslanuf": ("town", "LY", 30.50000, 18.52720, "Ras Lanuf"),                           # G* (row راس لانوف, kind oilfield)
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf port"),             # G* (row راس لانوف)
 "benghazi_port": ("crossing", "LY", 32.10500, 20.05500, "Port of Benghazi"),           # K
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "tripoli_lb_port": ("crossing", "LB", 34.46000, 35.83000, "Port of Tripoli (Lebanon)"),  # K
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 # cx3 the Egyptian border and the south-east (Al Qahera News, Cairo)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "matrouh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                         # G
 "matrouh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),           # G
 "border_eg_side": ("region", "EG", 31.0, 25.2, "Egypt-Libya border (Egyptian side)"),  # K
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),         # G* (row برقة)
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                    # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "triangle_eg_sd": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                            # K
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 # cx4 the Tunisian border (Diwan FM, Ben Gardane)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "rasjdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G* (row منفذ رأس جدير)
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),        # G
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port"),                  # K (value in fresh51's README)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "dhehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "border_tn_side": ("region", "TN", 33.0, 11.45, "Tunisia-Libya border (Tunisian side)"),  # K
 # cx5 the Algerian border (Ennahar Online, Illizi)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_gov": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "border_dz_side": ("region", "DZ", 26.8, 9.7, "Algeria-Libya border (Algerian side)"),  # K
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G (row الجزائر, city)
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "tin_alkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border post"),        # G* (row منفذ إيسين, country DZ)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "south_west_ly": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),          # G
}

TRAPS = {
 "cx1": ["كونا", "عملية بركان الغضب", "محمد الغرياني", "شارع طرابلس", "الهلال الأحمر الليبي"],
 "cx2": ["شينخوا", "الجيش الوطني الليبي", "عملية الكرامة", "اللبناني", "صالح الإدريسي", "شركة سرت"],
 "cx3": ["القاهرة الإخبارية", "القوات المسلحة المصرية", "الجيش الوطني الليبي", "سودانيين", "عقيلة صالح",
         "المسؤولين المصريين"],
 "cx4": ["ديوان أف أم", "الليبية", "الجانب الليبي", "دورا وازنا"],
 "cx5": ["النهار أونلاين", "النهار", "الجيش الوطني الشعبي", "الجيش الوطني الليبي", "الناحية العسكرية الرابعة", "غلاف مالي", "ليبية",
         "مفتاح الإدريسي"],
}

PHEN = {
 "cx1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_tripoli",
         "vague_area", "coverage_bases", "countries"],
 "cx2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
         "countries"],
 "cx3": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "cx4": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
         "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "cx5": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "cx1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["غريان"], ["العزيزية"]),
  mv("mobilise", "denied", "Zintan forces", [], ["الأصابعة"]),
  mv("withdraw", "planned", "Misrata forces", ["أبوقرين"], ["مصراته"]),
  mv("reinforce", "conditional", "GNA forces", ["قاعدة الوطية"], ["مزدة"]),
 ],
 "cx2": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("naval_landing", "planned", "Libyan National Army", ["ميناء بنغازي"], ["ميناء راس لانوف"]),
  mv("shipment", "denied", None, ["ميناء طرابلس"], ["ميناء بنغازي"]),
  mv("redeploy", "conditional", "Libyan National Army", ["اجدابيا"], ["البريقة"]),
 ],
 "cx3": [
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["السلوم"]),
  mv("deploy", "planned", "Libyan National Army", ["طبرق"], ["الجغبوب"]),
  mv("advance", "denied", "Sudanese armed groups", ["المثلث الحدودي"], ["جبل العوينات"]),
  mv("withdraw", "conditional", "Egyptian army", ["السلوم"], ["قاعدة محمد نجيب العسكرية"]),
 ],
 "cx4": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["معبر راس جدير"]),
  mv("naval_landing", "reported", "GNA forces", ["طرابلس"], ["ميناء زوارة"]),
  mv("redeploy", "planned", "GNA forces", ["زوارة"], ["معبر راس جدير"]),
  mv("mobilise", "denied", "GNA forces", [], ["نالوت"]),
  mv("withdraw", "conditional", "Tunisian army", ["معبر راس جدير"], ["مدنين"]),
 ],
 "cx5": [
  mv("deploy", "reported", "Algerian army", ["ورقلة"], ["جانت", "عين أميناس", "الحدود مع ليبيا"]),
  mv("airlift", "planned", "Algerian army", ["تمنراست"], ["مطار جانت"]),
  mv("shipment", "reported", None, ["ليبيا"], ["الدبداب"]),
  mv("withdraw", "denied", "Libyan National Army", ["منفذ إيسين"], ["غات"]),
  mv("advance", "conditional", "Libyan National Army", ["إدري"], ["أوباري"]),
 ],
}

NOTES = {
 "cx1": "KUNA bulletin from Tripoli, four terse dispatches: GNA force Tripoli->Gharyan via Al-Aziziyah (reported); "
        "Zintan denies massing in Al-Asabaa (denied); Misrata battalions to pull units Abu Qurayn->Misrata (planned, "
        "variant مصراته); reinforcements Al-Watiya->Mizda 'إذا تجددت' (conditional). Traps: Tripoli Street in Misrata, "
        "a spokesman named الغرياني, Operation Volcano of Rage.",
 "cx2": "Xinhua flashes from Benghazi: LNA cargo planes Benina->Kufra airport (reported); a planned marine landing "
        "Benghazi port->Ras Lanuf port; a denied arms shipment from the Lebanese port of Tripoli to Benghazi port "
        "(two Tripolis in one sentence, no owner named: actor null); an Ajdabiya->Brega redeployment 'إذا' "
        "(conditional). The Sudan border and the oil crescent are purposes, not destinations.",
 "cx3": "Al Qahera News flashes from Cairo: Egyptian reinforcements Marsa Matruh->Sallum (reported; the border phrase "
        "locates Sallum); an LNA battalion Tobruk->Jaghbub (planned); Sudanese gunmen from the triangle towards Jebel "
        "Uweinat (denied); the units to go back Sallum->Mohamed Naguib base 'حال استقرار' (conditional). Aqila Saleh's "
        "visit to Cairo is not a movement.",
 "cx4": "Diwan FM items from Ben Gardane: Tunisian reinforcements Medenine->Ras Jdir (reported); a GNA force by sea "
        "Tripoli->Zuwara port (reported) that will redeploy Zuwara->Ras Jdir (planned); GNA denies massing in Nalut "
        "(denied); the Tunisian units to return Ras Jdir->Medenine 'بمجرد' (conditional). Tunis (city) vs Tunisia "
        "(country); والي مدنين is the governorate; 'دورا وازنا' is a common word.",
 "cx5": "Ennahar Online flashes from Illizi: Algerian army Ouargla->Djanet, In Amenas and the Libyan border (reported); "
        "special forces to be flown Tamanrasset->Djanet airport (planned); a smuggled arms shipment from Libya seized "
        "near Debdeb (reported, actor null); Libyan sources deny an LNA pull-out Isayen crossing->Ghat (denied); an "
        "Idri->Ubari advance 'إذا' (conditional). The commander's trip from Algiers is not a force movement.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("cx1", "cx2", "cx3", "cx4", "cx5")
