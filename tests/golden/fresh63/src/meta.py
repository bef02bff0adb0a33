# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                 # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                 # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                   # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                  # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                              # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                              # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 # bm1 Misrata-Sirte and Jufra
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                # G (written مصراته)
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                           # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                   # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                    # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                  # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                    # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                               # G
 # bm2 Kufra, the Sudan and Chad borders
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                           # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),      # G* (row مثلث العوينات)
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                  # G
 "ndarfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                        # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                    # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),               # G* (town row)
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                 # G* (row قاعدة معطن السارة, written without قاعدة)
 "sarra_base": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),            # G
 "border_sd_ly": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),              # G* (row الحدود الليبية السودانية)
 "tine": ("town", "TD", 15.02528, 22.80222, "Tine (Chad)"),                               # G (row تيني)
 "border_sd_td": ("region", "TD", 15.25834, 22.83250, "Chad-Sudan border"),               # G* (row الحدود التشادية السودانية)
 "debba": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                                # G* (row الدبه, found by its English name)
 # bm3 Algeria's southern borders, Fezzan, Niger
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                         # G
 "guezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                              # G (written عين قزام)
 "tinzaouatine": ("town", "DZ", 19.95333, 2.96667, "Tin Zaouatine"),                      # G
 "border_dz_ml": ("region", "DZ", 22.09206, -0.15677, "Algeria-Mali border"),             # G* (row الحدود الجزائرية المالية)
 "boufarik": ("base", "DZ", 36.57413, 2.91214, "Boufarik Air Base"),                      # G* (town row)
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                                # G (gazetteer kind kept)
 "djanet_wil": ("district", "DZ", 24.55528, 9.48500, "Djanet province"),                  # G* (town row)
 "border_ly_dzside": ("region", "DZ", 25.0, 9.8, "Algeria-Libya border (Algerian side)"), # K
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                 # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum-Isayen border crossing"),# G* (row منفذ إيسين, country DZ)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                      # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                      # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                      # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                       # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),               # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                   # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                  # G
 # bm4 Tripoli, the west coast and southern Tunisia
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                    # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                         # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),         # G* (row منفذ رأس جدير)
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                              # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                 # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                               # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                              # G
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port"),                    # K (GeoNames value quoted in fresh51's README)
 "tripoli_port": ("crossing", "LY", 32.90500, 13.19500, "Tripoli port"),                  # K
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                      # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                  # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                            # G
 "border_tnside": ("region", "TN", 32.60, 10.95, "Tunisia-Libya border (Tunisian side)"), # K
 # bm5 Egypt's western border and the oil crescent
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                    # G
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                     # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                       # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                               # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matrouh Governorate"),             # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),            # G
 "border_egside": ("region", "EG", 30.80, 25.20, "Egypt-Libya border (Egyptian side)"),   # K
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                              # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                         # G
 "sidra": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),                # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                              # G (written اجدابيا)
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                    # G
 "benghazi_port": ("crossing", "LY", 32.10000, 20.05500, "Benghazi port"),                # K
 "brega_port": ("crossing", "LY", 30.40624, 19.57386, "Brega port"),                      # G* (town row)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),         # G* (row برقة, whose names include شرقي ليبيا)
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                      # G
 "alamein": ("town", "EG", 30.83007, 28.95502, "El Alamein"),                             # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),           # G* (row منفذ امساعد, country EG)
}

TRAPS = {
 "bm1": ["الساعة 24", "تركية", "غرفة عمليات تحرير سرت والجفرة", "قد سرت", "شارع طرابلس"],
 "bm2": ["سودان تربيون", "سودانية", "قوات الدعم السريع", "خليفة حفتر", "الجيش السوداني", "ليبية", "التشادية",
         "منظمة الصحة العالمية"],
 "bm3": ["الخبر", "ليبية", "جزائرية", "للجيش الوطني الليبي", "الناحية العسكرية السادسة"],
 "bm4": ["الصباح نيوز", "اللواء 444 قتال", "كتيبة ثوار طرابلس", "حكومة الوحدة الوطنية", "تونسي", "التونسي",
         "الليبي", "لا أدري"],
 "bm5": ["المصري اليوم", "الليبي", "الخيارات المطروحة", "ليبية", "سفينة الإنزال «طبرق»", "المؤسسة الوطنية للنفط",
         "العقيد غريب عبد الحافظ", "معرض مصر الدولي للطيران والفضاء"],
}

PHEN = {
 "bm1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "coverage_bases"],
 "bm2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "bm3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "bm4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "bm5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "bm1": [
  # 60 vehicles with the «القوة المشتركة» emblem of Misrata's battalions; the commander's words show his force is
  # already at Abu Qurayn -> reinforce
  mv("reinforce", "reported", "Misrata forces", ["مصراته"], ["أبوقرين"]),
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["بويرات الحسون"], ["ودان"]),
  mv("deploy", "planned", "Libyan National Army", [], ["قاعدة القرضابية"]),
  mv("advance", "conditional", "Misrata forces", [], ["الوشكة"]),
  mv("withdraw", "denied", "Misrata forces", ["أبوقرين"], ["مصراته"]),
 ],
 "bm2": [
  mv("mobilise", "reported", "Sudanese armed groups", ["مليط"], ["المثلث الحدودي"]),
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["المثلث الحدودي"]),
  mv("reinforce", "reported", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة", "الحدود مع السودان"]),
  # the Chadian army is not a canonical actor (Chadian armed groups = non-state)
  mv("deploy", "planned", None, [], ["الطينة"]),
  # the Sudanese army is not a canonical actor (Sudanese armed groups = the RSF)
  mv("advance", "conditional", None, ["الدبة"], ["المثلث الحدودي"]),
 ],
 "bm3": [
  mv("reinforce", "reported", "Algerian army", ["تمنراست"], ["عين قزام", "تين زواتين"]),
  mv("airlift", "planned", "Algerian army", ["قاعدة بوفاريك الجوية"], ["جانت"]),
  mv("shipment", "denied", "Algerian army", [], ["غات"], ["معبر تين الكوم"]),
  mv("redeploy", "reported", "Libyan National Army", ["براك"], ["إدري"]),
  # the Nigerien army is not a canonical actor
  mv("deploy", "conditional", None, ["أغاديس"], ["ماداما"]),
 ],
 "bm4": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان", "معبر رأس جدير"]),
  # owner told only by the emblems of the 444 Brigade and the Tripoli Revolutionaries Battalion
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["زوارة"], ["الزاوية", "صبراتة"]),
  mv("naval_landing", "planned", "GNA forces", ["ميناء طرابلس"], ["ميناء زوارة"]),
  mv("redeploy", "denied", "GNA forces", ["قاعدة الوطية"], ["زوارة"]),
  mv("mobilise", "conditional", "Tunisian army", [], ["الذهيبة", "تطاوين"]),
 ],
 "bm5": [
  mv("deploy", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سيدي براني", "السلوم"]),
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["راس لانوف", "ميناء السدرة"], ["اجدابيا", "البريقة"]),
  mv("naval_landing", "planned", "Libyan National Army", ["ميناء بنغازي"], ["ميناء البريقة"]),
  mv("withdraw", "conditional", "Libyan National Army", ["راس لانوف"], ["اجدابيا"]),
  mv("airlift", "denied", "Egyptian army", ["مصر"], ["قاعدة الخادم"]),
 ],
}

NOTES = {
 "bm1": "Misrata-Sirte and Jufra: a 60-vehicle column (Kirpi armour, technicals, 8 ammunition trucks, 2 fuel tankers) "
        "whose owner is told by the «القوة المشتركة» emblem; an LNA tank battalion and Grad launchers Jufra base->"
        "Buwairat al-Hassoun via Waddan; a planned Pantsir deployment at Gardabiya; a conditional advance on Al-Washka; a "
        "rumoured launcher pull-back Abu Qurayn->Misrata denied. Not movements: the Misrata parade on Tripoli Street, "
        "commercial trucks and fuel tankers for Sirte's stations, the condition «إذا تحركت دبابات حفتر غرب بويرات الحسون».",
 "bm2": "Kufra and the Sudan/Chad borders: an RSF build-up (300 fighters, 70 Land Cruisers with RSF badges) from Mellit in "
        "the Uweinat triangle; an alleged LNA ammunition convoy Kufra->triangle denied; an LNA reinforcement (two companies, "
        "Tiger armour, two drones) to Maaten al-Sarra and the Sudan border; a planned Chadian battalion at Tine; a "
        "conditional Sudanese army armoured brigade Ad-Dabbah->triangle. Not movements: WHO dialysis machines to Kufra "
        "hospital, 20 fuel tankers for Kufra's stations.",
 "bm3": "Algeria's southern borders and Fezzan: Algerian armour, launchers, ammunition trucks and tankers Tamanrasset->"
        "In Guezzam/Tin Zaouatine; a planned Il-76 airlift of a special-forces company Boufarik->Djanet; Algerian ammunition "
        "trucks via Tin Alkoum to Ghat denied; an LNA battalion (20 vehicles) Brak->Idri; a conditional Nigerien battalion "
        "Agadez->Madama. Not movements: medical equipment and ambulances to Djanet's hospital, smugglers' night convoys.",
 "bm4": "Tripoli, the west coast and southern Tunisia: Tunisian armour and a mobile radar Medenine->Ben Gardane/Ras Ajdir; a "
        "50-vehicle column known only by the 444 Brigade and Tripoli Revolutionaries emblems Tripoli->Zuwara via Zawiya and "
        "Sabratha; a planned company by landing ship Tripoli port->Zuwara port; launchers Al-Watiya->Zuwara denied; a "
        "conditional Tunisian build-up at Dehiba and Tataouine. Not movements: stranded commercial trucks, petrol tankers for "
        "Ben Gardane's stations.",
 "bm5": "Egypt's western border and the oil crescent: Egyptian air-defence systems and a radar company Mohamed Naguib base->"
        "Sidi Barrani/Sallum; 40 LNA tanks Benghazi->Ras Lanuf/Es Sider via Ajdabiya and Brega; a planned marine battalion by "
        "the landing ship «Tobruk» Benghazi port->Brega port; a conditional tank pull-back Ras Lanuf->Ajdabiya; an Egyptian "
        "air bridge to Al Khadim denied. Not movements: fighter jets and helicopters arriving in El Alamein for the air show, "
        "commercial trucks at the Sallum land port.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("bm1", "bm2", "bm3", "bm4", "bm5")
