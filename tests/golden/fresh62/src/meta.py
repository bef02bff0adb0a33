# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 # cities and regions used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.13, 16.05, "Al Jufra"),                                 # K (README: point near Hun/Waddan)
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # bl1 Tripoli war anniversary, Ras Ajdir, Ben Gardane
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),             # G* (row الحدود الليبية التونسية)
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "border_tnside": ("region", "TN", 33.05, 11.35, "Tunisia-Libya border (Tunisian side)"),  # K
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "mitiga_apt": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                 # G
 "tripoli_port": ("crossing", "LY", 32.90, 13.19, "Port of Tripoli"),                   # K
 "tripoli_intl": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),  # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 # bl2 Sirte-Jufra
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                      # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),             # G* (city row)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 # bl3 Algerian border, south-west Libya, Niger
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G (row spelled عين أميناس)
 "sw_libya": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),               # G* (row الجنوب الغربي)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "border_dzside": ("region", "DZ", 26.5, 9.6, "Algeria-Libya border (Algerian side)"),  # K
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanghasset"),                      # G
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),             # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi province"),                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),     # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_dz": ("region", "DZ", 24.38530, 3.68071, "Southern Algeria"),                   # G* (row جنوب الجزائر)
 # bl4 the Libya-Sudan-Egypt triangle, Kufra, Chad
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),     # G* (row مثلث العوينات)
 "malha": ("town", "SD", 15.13, 26.18, "Al Malha"),                                     # K
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "debba": ("town", "SD", 18.05, 30.95, "Ed Debba"),                                     # K
 "n_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                    # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G* (city row spelled خرطوم)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),            # G* (row الحدود الليبية السودانية)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 # bl5 Sallum, Derna, Tobruk
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "sallum_x": ("crossing", "EG", 31.60968, 25.04999, "Sallum border crossing"),          # G* (row منفذ امساعد, country EG)
 "amsaad_x": ("crossing", "LY", 31.60968, 25.04999, "Amsaad border crossing"),          # G (row spelled منفذ امساعد)
 "border_egside": ("region", "EG", 30.8, 25.2, "Egypt-Libya border (Egyptian side)"),   # K
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "tamimi": ("town", "LY", 32.31000, 23.07000, "At Tamimi"),                             # G
 "benghazi_port": ("crossing", "LY", 32.11, 20.05, "Port of Benghazi"),                 # K
 "derna_port": ("crossing", "LY", 32.77, 22.645, "Port of Derna"),                      # K
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
}

TRAPS = {
 "bl1": ["عربي21", "ديوان أف أم", "عماد الطرابلسي", "عملية طوفان الكرامة", "عملية بركان الغضب", "مالي",
         "التونسي", "الليبي"],
 "bl2": ["سكاي نيوز عربية", "القيادة العامة للجيش الوطني الليبي", "الجيش الليبي", "قوة حماية طرابلس", "دروب النصر",
         "غرفة عمليات تحرير سرت والجفرة", "فاغنر", "المصري"],
 "bl3": ["الخبر", "الجيش الوطني الشعبي", "القيادة العامة للجيش الليبي", "ليبية", "الليبية", "جزائريون"],
 "bl4": ["سودان تريبيون", "الدعم السريع", "سبل السلام", "جبهة التناوب والوفاق التشادية", "السوداني",
         "الليبية"],
 "bl5": ["اليوم السابع", "حسم 2020", "عقيلة صالح", "لا أدري", "مصرية", "الليبي"],
}

PHEN = {
 "bl1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "bl2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "countries"],
 "bl3": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_country_capital", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "bl4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "coverage_bases", "coverage_neighbours", "countries"],
 "bl5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"
MOVES = {
 "bl1": [
  mv("reinforce", "reported", GNA, ["الزاوية"], ["معبر رأس اجدير"], ["صبراتة", "زوارة"]),
  mv("deploy", "planned", GNA, ["طرابلس"], ["الجميل"]),
  mv("withdraw", "denied", GNA, ["رأس اجدير"]),
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["بن قردان"]),
  mv("deploy", "conditional", "Tunisian army", [], ["الحدود مع ليبيا"]),
  mv("advance", "reported", LNA, ["غريان"], ["طرابلس"]),
  mv("airlift", "reported", "Syrian mercenaries", ["تركيا"], ["مطار معيتيقة"]),
  mv("shipment", "reported", "Turkish armed forces", [], ["ميناء طرابلس"]),
  mv("withdraw", "reported", LNA, ["مطار طرابلس الدولي", "ترهونة"], ["سرت", "الجفرة"], ["بني وليد"]),
 ],
 "bl2": [
  mv("redeploy", "reported", LNA, ["سرت"], ["قاعدة الجفرة الجوية"]),
  mv("reinforce", "planned", LNA, ["قاعدة القرضابية"], ["ميناء السدرة"]),
  mv("naval_landing", "denied", "Foreign fighters", [], ["راس لانوف"]),
  mv("advance", "conditional", "Misrata forces", ["أبوقرين"], ["الوشكة"]),
  mv("advance", "reported", LNA, ["الهلال النفطي"], ["سرت"]),
  mv("withdraw", "reported", "Wagner Group", ["طرابلس"], ["بني وليد"]),
  mv("airlift", "reported", "Wagner Group", ["بني وليد"], ["قاعدة الجفرة الجوية"]),
  mv("advance", "reported", GNA, ["أبوقرين"], ["سرت"]),
  mv("deploy", "conditional", "Egyptian army", [], ["ليبيا"]),
 ],
 "bl3": [
  mv("reinforce", "reported", "Algerian army", ["تمنراست"], ["الحدود مع ليبيا", "جانت", "عين أمناس", "برج عمر إدريس"]),
  mv("redeploy", "reported", LNA, ["سبها", "إدري"], ["أوباري"]),
  mv("deploy", "planned", LNA, [], ["منفذ إيسين"]),
  mv("mobilise", "denied", LNA, [], ["غات"]),
  mv("deploy", "conditional", None, [], ["قاعدة ماداما"]),
  mv("deploy", "reported", "Algerian army", [], ["الحدود مع ليبيا"]),
  mv("advance", "reported", LNA, ["سبها"], ["حقل الشرارة", "أوباري"]),
 ],
 "bl4": [
  mv("advance", "planned", None, ["الدبة"], ["المثلث الحدودي"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["المالحة"]),
  mv("reinforce", "reported", "Sudanese armed groups", ["المالحة"], ["المثلث الحدودي"]),
  mv("withdraw", "reported", None, ["المثلث الحدودي"]),
  mv("advance", "denied", LNA, ["الكفرة"], ["المثلث الحدودي"]),
  mv("shipment", "reported", None, [], ["المثلث الحدودي"], ["الكفرة", "قاعدة معطن السارة"]),
  mv("deploy", "conditional", LNA, [], ["الحدود مع السودان"]),
  mv("advance", "reported", "Chadian armed groups", ["جنوب ليبيا"], ["تشاد"]),
 ],
 "bl5": [
  mv("reinforce", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["السلوم", "سيدي براني"]),
  mv("deploy", "conditional", "Egyptian army", [], ["الحدود مع ليبيا", "سيوة"]),
  mv("redeploy", "reported", LNA, ["درنة"], ["طبرق"], ["التميمي"]),
  mv("naval_landing", "planned", LNA, ["ميناء بنغازي"], ["ميناء درنة"]),
  mv("deploy", "denied", LNA, [], ["الجغبوب"]),
  mv("advance", "reported", LNA, [], ["درنة"]),
 ],
}

NOTES = {
 "bl1": ("Tripoli-war anniversary (Arabi21, Tripoli): today a GNA column Zawiya->Ras Ajdir via Sabratha/Zuwara, a planned "
         "Tripoli->Al-Jumayl move, a denied pull-out from Ras Ajdir, Tunisian units Gabes->Ben Gardane and a conditional "
         "deployment on the border; before: the LNA's April 2019 advance Gharyan->Tripoli, the 2020 airlift of Syrian "
         "fighters to Mitiga and Turkish arms at Tripoli port, the June 2020 LNA withdrawal via Bani Walid to Sirte/Jufra."),
 "bl2": ("Sirte-Jufra (Sky News Arabia, Sirte): today an LNA redeployment Sirte->Jufra air base, a planned Gardabya->Es "
         "Sider move, a denied foreign landing at Ras Lanuf, a conditional Misrata advance Abu Qurayn->Al-Washka; before "
         "(2020): the LNA takes Sirte from the Oil Crescent, Wagner withdraws to Bani Walid then is flown to Jufra, the GNA "
         "advance on Sirte, Egypt's conditional threat to enter Libya."),
 "bl3": ("Algerian border (El Khabar, Algiers): today Algerian reinforcements from Tamanrasset to the border, Djanet, In "
         "Amenas, Bordj Omar Driss; an LNA redeployment Sabha/Idri->Ubari, a planned unit at Isayen, a denied build-up in "
         "Ghat, Niger's conditional move to Madama; before: Algeria's 2013 border deployment after Tiguentourine, the LNA's "
         "2019 advance Sabha->Sharara->Ubari. «تتجه أنظارها شمالاً نحو طرابلس» is not a movement."),
 "bl4": ("Libya-Sudan-Egypt triangle (Sudan Tribune, Port Sudan): a planned SAF advance Ed Debba->triangle, RSF massing at "
         "Al Malha and reinforcing the triangle, a fuel/ammunition convoy through Kufra and Maaten al-Sarra, a conditional "
         "LNA deployment on the Sudan border; before: the June 2025 army withdrawal from the triangle, the denied Kufra "
         "advance of «سبل السلام», FACT's April 2021 crossing from southern Libya into Chad."),
 "bl5": ("Egyptian border (Youm7, Sallum): Egyptian reinforcements from Mohamed Naguib base to Sallum/Sidi Barrani and a "
         "conditional deployment along the border to Siwa; an LNA brigade Derna->Tobruk via At Tamimi, a planned sea "
         "landing Benghazi port->Derna port, a denied move to Jaghbub; before: the 2018 LNA advance into Derna. The "
         "«حسم 2020» exercise is not a movement."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("bl1", "bl2", "bl3", "bl4", "bl5")
