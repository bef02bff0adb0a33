# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# G* = gazetteer row reused under another label/kind/country; K = own representative point
# (see README "Coordinates not from the gazetteer").
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 # used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                   # G
 # bo1 Libya-Niger-Chad triangle
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                        # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                             # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                            # G (city row; إنجامينا spelling too)
 "tripoint_lnt": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"),  # G* (row المثلث الحدودي مع النيجر وتشاد)
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                  # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                   # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                 # G (row ماداما)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                 # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G (row قاعدة تمنهنت)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),              # G* (row الحدود الليبية التشادية)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا)
 # bo2 Libya-Tunisia
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G* (row منفذ رأس جدير)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                        # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                             # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                        # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                 # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                   # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                           # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                 # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),         # G (district row)
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                   # G
 # bo3 Libya-Algeria
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                  # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                              # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),    # G* (town row)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                  # G (town row)
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                             # G (row عين أميناس)
 "darj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                    # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                  # G* (row kind village)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "border_ly_dz": ("region", "LY", 29.80, 9.85, "Libya-Algeria border (Ghadames-Darj sector)"),  # K
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                      # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),      # G
 # bo4 Egypt-LNA, Sudan triangle
 "gan_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),          # G* (row مطار طبرق, kind airport)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),   # G (row ميناء الحريقة)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),           # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum border crossing"),    # G* (row منفذ امساعد, country EG)
 "amsaad": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                 # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                            # G
 "east_oweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                     # G* (row مطار شرق العوينات)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),      # G* (row مثلث العوينات)
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                       # G* (row مثلث العوينات)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),             # G* (row الحدود الليبية السودانية)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                               # G
 # bo5 Warshefana
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                           # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "warshefana": ("region", "LY", 32.65, 12.93, "Warshefana"),                             # K
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                               # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                              # G
 "zahra": ("town", "LY", 32.67889, 12.87327, "Az Zahra"),                                # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Maya"),                                  # G
 "birghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                       # G
 "sawani": ("town", "LY", 32.71667, 13.06667, "As Sawani"),                              # G
}

TRAPS = {
 "bo1": ["الوحدة أنفو", "الجيش الوطني الليبي", "جبهة الوفاق من أجل التغيير", "فاكت", "التشادية", "النيجرية", "الليبية", "مسلحين تشاديين"],
 "bo2": ["الصباح نيوز", "الجيش الوطني التونسي", "الجيش التونسي", "الحرس الوطني", "حكومة الوحدة الوطنية الليبية", "الليبي", "نهج طرابلس"],
 "bo3": ["الشعب", "الجيش الوطني الشعبي", "الناحية العسكرية الرابعة", "حكومة الوحدة الوطنية الليبية", "جزائرية", "العقيد علي الغدامسي"],
 "bo4": ["الشروق", "درع الصحراء", "الجيش الوطني الليبي", "الدعم السريع", "سودانية", "المصرية"],
 "bo5": ["المرصد", "المجلس العسكري الزنتان", "اللواء 444", "العقيد سالم الغرياني", "مصراتية", "حكومة الوفاق", "لا أدري"],
}

PHEN = {
 "bo1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_idri", "vague_area", "border_phrase",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "bo2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "town_vs_district",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "bo3": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "person_trap", "operation_trap", "nisba",
         "town_vs_district",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_oil", "coverage_neighbours", "countries"],
 "bo4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "bo5": ["clitics", "multiword", "media_trap", "common_word_trap", "person_trap", "operation_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area"],
}


def M(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"

MOVES = {
 "bo1": [
  M("airlift", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["القطرون"]),           # cargo plane on Thursday, before the patrol
  M("deploy", "reported", None, ["زوار"], ["منفذ التوم"]),                       # Chadian army company (not canonical)
  M("deploy", "reported", None, ["قاعدة ماداما"], ["منفذ التوم"]),               # Nigerien unit (not canonical)
  M("deploy", "reported", LNA, ["القطرون"], ["منفذ التوم"]),                     # General Command battalion
  M("deploy", "reported", LNA, ["منفذ التوم"], ["كوري بوقودي"]),                 # joint column: Libyan part
  M("deploy", "reported", None, ["منفذ التوم"], ["كوري بوقودي"]),                # joint column: Chadian + Nigerien parts
  M("mobilise", "reported", "Chadian armed groups", [], ["كوري بوقودي"]),         # «مسلحين تشاديين معارضين حشدوا» (حيث)
  M("redeploy", "planned", None, [], ["ديركو"]),                                 # Nigerien unit, second phase
  M("reinforce", "conditional", LNA, ["إدري"], ["القطرون"]),
  M("withdraw", "denied", "Chadian armed groups", ["تيبستي"], ["الجنوب الليبي"]),  # FACT
 ],
 "bo2": [
  M("deploy", "reported", "Tunisian army", ["مدنين"], ["بن قردان", "رأس جدير"]),
  M("deploy", "reported", GNA, ["زوارة"], ["رأس جدير"], ["أبو كماش"]),
  M("deploy", "reported", "Tunisian army", ["رأس جدير"], ["الذهيبة"]),
  M("deploy", "reported", GNA, ["رأس جدير"], ["وازن"]),
  M("shipment", "reported", "Tunisian army", ["صفاقس"], ["بن قردان"]),           # thermal cameras and radars
  M("deploy", "planned", None, ["تطاوين"], ["رمادة", "الذهيبة"]),                 # Tunisian National Guard (not the army)
  M("reinforce", "planned", GNA, ["نالوت"], ["وازن"]),
  M("reinforce", "conditional", "Tunisian army", ["قابس"], ["بن قردان"]),
  M("advance", "denied", "Tunisian army", [], ["ليبيا"], ["رأس جدير"]),
 ],
 "bo3": [
  M("deploy", "reported", "Algerian army", [], ["الدبداب", "عين أمناس"]),
  M("deploy", "reported", GNA, [], ["غدامس", "درج"]),
  M("reinforce", "reported", "Algerian army", ["ورقلة"], ["الدبداب"], ["عين أمناس"]),
  M("reinforce", "reported", GNA, ["طرابلس"], ["غدامس"], ["نالوت"]),
  M("deploy", "planned", "Algerian army", [], ["جانت"]),
  M("deploy", "planned", None, [], ["غات"]),                                     # «قوات ليبية», no force named
  M("redeploy", "conditional", GNA, ["درج"], ["الحدود مع الجزائر"]),
  M("advance", "denied", "Algerian army", [], ["غدامس"]),
 ],
 "bo4": [
  M("airlift", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["قاعدة جمال عبد الناصر الجوية"]),
  M("deploy", "reported", "Egyptian army", [], ["قاعدة جمال عبد الناصر الجوية"], ["منفذ السلوم", "امساعد"]),
  M("deploy", "reported", LNA, ["امساعد"], ["قاعدة جمال عبد الناصر الجوية"]),    # the escort
  M("shipment", "reported", "Egyptian army", [], ["قاعدة جمال عبد الناصر الجوية"], ["منفذ السلوم"]),  # «عبر المنفذ ذاته … إلى القاعدة»
  M("deploy", "planned", "Egyptian army", ["طبرق"], ["الجغبوب"]),                 # joint patrol: Egyptian part
  M("deploy", "planned", LNA, ["طبرق"], ["الجغبوب"]),                             # joint patrol: LNA part
  M("naval_landing", "planned", "Egyptian army", [], ["ميناء الحريقة"]),          # joint landing: Egyptian marines
  M("naval_landing", "planned", LNA, [], ["ميناء الحريقة"]),                      # joint landing: General Command navy unit
  M("advance", "conditional", "Egyptian army", ["شرق العوينات"], ["المثلث الحدودي"]),
  M("reinforce", "reported", LNA, ["الكفرة"], ["جبل العوينات"]),
  M("deploy", "denied", "Egyptian army", [], ["الكفرة"]),
 ],
 "bo5": [
  M("deploy", "reported", "Misrata forces", ["مصراتة"], ["العزيزية", "الزهراء", "الماية"], ["ترهونة"]),
  M("mobilise", "reported", None, [], ["الماية"]),                                # the Zawiya group, before the force arrived
  M("withdraw", "reported", "Zintan forces", ["الزهراء"], ["بئر الغنم"]),
  M("redeploy", "reported", GNA, ["السواني"], ["الزهراء"]),                       # 444 Brigade takes the Zintan positions
  M("withdraw", "planned", None, ["الماية"], ["الزاوية"]),                        # the Zawiya armed group
  M("deploy", "planned", "Misrata forces", ["الماية"], ["الزاوية"]),              # the escort
  M("advance", "conditional", "Misrata forces", [], ["الماية"]),
  M("reinforce", "denied", "Zintan forces", ["الزنتان"], ["العزيزية"]),
  M("deploy", "reported", GNA, [], ["ورشفانة"]),                                 # 2017 flashback
 ],
}

NOTES = {
 "bo1": "Alwihda Info (Chadian), N'Djamena: a Libya-Niger-Chad joint patrol; three units from three armies converge on "
        "Toummo (two not canonical -> null), then move as one column to Kouri Bougoudi (one movement per canonical actor); "
        "a planned Nigerien leg to Dirkou, a conditional LNA reinforcement Sabha->Al Qatrun, FACT's denied withdrawal from "
        "Tibesti. Sabha as the source's location, N'Djamena/Niamey as governments and Niamey as a signing venue are not "
        "movement places.",
 "bo2": "Assabah News (Tunisian), Ben Gardane: synchronised (not joint) Tunisian and Libyan patrols either side of Ras "
        "Ajdir; each side's moves told in parallel (Medenine->Ben Gardane->Ras Ajdir vs Zuwara via Abu Kammash; Ras "
        "Ajdir->Dehiba vs Ras Ajdir->Wazin); a planned National Guard move (not the army -> null) and a planned GNA "
        "company Nalut->Wazin; conditional Tunisian reinforcement Gabes->Ben Gardane; the MoD's denial of an incursion "
        "into Libya via Ras Ajdir.",
 "bo3": "Echaab (Algerian), Illizi: coordinated Algerian and GNA patrols either side of the border (Debdeb-In Amenas vs "
        "Ghadames-Darj); Algerian reinforcements Ouargla->Debdeb via In Amenas, GNA border guards Tripoli->Ghadames via "
        "Nalut; planned Algerian deployment near Djanet and «قوات ليبية» in Ghat (no force named -> null); conditional "
        "GNA company Darj->border with Algeria; Algerian denial of entering Ghadames. Ouargla as HQ seat, Algiers as venue, "
        "Hamada al-Hamra as the smugglers' origin and Tiguentourine (2013) are not movement places.",
 "bo4": "Al-Shorouk (Egyptian), Cairo: Egyptian special forces airlifted to an LNA base (hosted), an Egyptian armoured "
        "convoy via the Sallum crossing and Emsaed escorted to the base by an LNA unit (two movements), a planned joint "
        "patrol Tobruk->Jaghbub (one movement per force), a conditional Egyptian advance East Oweinat->the triangle, an "
        "LNA reinforcement Kufra->Jebel Uweinat and a denied Egyptian deployment to Kufra. Cairo as sender/speaker is not "
        "a movement place.",
 "bo5": "Al Marsad (Libyan), Tripoli: a Misrata separation force of four battalions moving as one column Misrata->Al "
        "Aziziyah via Tarhuna, then between Az Zahra and Al Maya; a swap of positions (Zintan forces Zahra->Bir al Ghanam, "
        "444 Brigade As Sawani->Zahra); the Zawiya group's planned withdrawal Al Maya->Zawiya under escort by the "
        "separation force (two movements); a conditional advance on Al Maya; Zintan's denied reinforcement; a 2017 "
        "flashback entry into Warshefana.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("bo1", "bo2", "bo3", "bo4", "bo5")
