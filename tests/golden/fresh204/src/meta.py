# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                   # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                    # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                     # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                     # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                        # G (row جنوب ليبيا)
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador Pass / triangle"),              # G* (row مثلث السلفادور)
 # gx1 Ghat - Djanet (Algeria)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                        # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                     # G* (gazetteer kind village)
 "djanet_w": ("district", "DZ", 24.55528, 9.48500, "Djanet province"),                      # G* (town row)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),       # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                     # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                           # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G
 "border_dz": ("region", "DZ", 24.75, 9.95, "Algerian side of the Libya border near Djanet"),  # K
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                 # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                               # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),                # G
 "tinalkoum": ("crossing", "DZ", 24.76, 10.03, "Tin Alkoum border crossing"),               # K
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                   # G
 # gx2 Ras Ajdir (Tunisia)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),           # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                           # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                                # G
 "medenine_w": ("district", "TN", 32.98260, 11.25905, "Medenine governorate"),              # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                      # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                                 # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                    # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                              # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                    # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                      # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                      # G
 "tripoli_port": ("crossing", "LY", 32.90, 13.19, "Port of Tripoli"),                       # K
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port"),                      # K
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                           # G
 # gx3 Amsaad - Sallum (Egypt)
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                    # G
 "border_eg": ("region", "EG", 31.2, 25.1, "Egyptian side of the Libya border south of Sallum"),  # K
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                              # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh governorate"),                # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                         # G
 "sallum_port": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),                 # G* (row منفذ امساعد, country EG)
 "sallum_harbour": ("crossing", "EG", 31.557, 25.165, "Sallum harbour"),                    # K
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                      # G
 "amsaad_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad border crossing"),       # G
 "amsaad": ("town", "LY", 31.60968, 25.04999, "Amsaad"),                                    # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                    # G
 "bardia": ("town", "LY", 31.75601, 25.08530, "Bardia"),                                    # G
 "rastin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),                     # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                            # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                        # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                               # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),              # G
 # gx4 Kufra - Sudan
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                                # K
 "karbaltom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                          # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                             # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                      # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                   # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),     # G* (row مثلث العوينات)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                           # G
 "wadihowar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                           # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                   # G
 "ndarfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                         # G
 "debba": ("town", "SD", 18.05, 30.95, "Ad Dabbah"),                                        # K
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                  # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                        # G
 # gx5 Toummo, Salvador pass (Niger, Chad)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),                # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                      # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                   # G* (row الحدود الليبية النيجرية)
 "ummaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                          # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                 # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                    # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                    # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                     # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                                # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                     # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                                # G
 "tri_ne_td": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"),     # G* (row المثلث الحدودي مع النيجر وتشاد)
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                            # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                           # G
}

TRAPS = {
 "gx1": ["الشروق", "غرفة عمليات الجنوب الغربي", "العميد عمر الغاتي", "ما ادري", "الجزائرية", "الجزائري", "الليبية"],
 "gx2": ["شمس أف أم", "العميد محمد الطرابلسي", "من هذه الزاوية", "سوق ليبيا", "الليبية", "تونسية"],
 "gx3": ["اليوم السابع", "اللواء خالد السلومي", "مالياً", "قيادة المنطقة الغربية العسكرية", "المصرية", "الليبية"],
 "gx4": ["سودان تربيون", "قوات الدعم السريع", "كتيبة سبل السلام", "اللواء عثمان الدنقلاوي", "متحرك الصحراء",
         "الجيش الوطني الليبي", "السوداني"],
 "gx5": ["الشرق الأوسط", "المقدم عيسى التومي", "جبهة الوفاق من أجل التغيير في تشاد", "الرائد صالح الإدريسي",
         "النيجري", "اللواء 128 مشاة"],
}

PHEN = {
 "gx1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "gx2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "gx3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "gx4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "gx5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "gx1": [
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت", "مطار جانت", "الحدود مع ليبيا"]),
  mv("shipment", "reported", "Algerian army", ["تمنراست"], ["جانت"]),
  mv("deploy", "reported", "Libyan National Army", ["حقل الشرارة"], ["غات", "منفذ إيسين"], ["العوينات"]),
  mv("deploy", "planned", "Algerian army", ["جانت"], ["معبر تين الكوم", "ممر السلفادور"]),
  mv("reinforce", "conditional", "Algerian army", ["ورقلة"], ["إليزي"]),
  mv("advance", "denied", "Algerian army", [], ["العوينات"]),
 ],
 "gx2": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان", "معبر رأس جدير"]),
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["منفذ راس اجدير"], ["الزاوية", "زوارة"]),
  mv("deploy", "planned", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("deploy", "planned", "GNA forces", ["نالوت"], ["وازن"]),
  mv("withdraw", "conditional", "Tunisian army", ["بنقردان"], []),
  mv("naval_landing", "conditional", "GNA forces", ["ميناء طرابلس"], ["ميناء زوارة"]),
  mv("withdraw", "denied", "GNA forces", ["راس اجدير"], ["أبو كماش"]),
 ],
 "gx3": [
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["السلوم", "منفذ السلوم"], ["سيدي براني"]),
  mv("deploy", "reported", "Libyan National Army", ["طبرق"], ["منفذ امساعد"], ["البردية"]),
  mv("naval_landing", "reported", "Egyptian army", ["قاعدة رأس التين البحرية"], ["ميناء السلوم"]),
  mv("redeploy", "planned", "Egyptian army", ["السلوم"], ["سيوة"]),
  mv("deploy", "planned", "Libyan National Army", ["طبرق"], ["الجغبوب"]),
  mv("airlift", "conditional", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سيدي براني"]),
  mv("advance", "denied", "Egyptian army", [], ["امساعد"]),
 ],
 "gx4": [
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["جبل العوينات"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("withdraw", "reported", "Sudanese armed groups", ["المثلث الحدودي"], ["وادي هور"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["المالحة"]),
  mv("deploy", "planned", None, ["الدبة"], ["كرب التوم"]),
  mv("advance", "conditional", None, ["كرب التوم"], ["المثلث الحدودي"]),
  mv("shipment", "denied", "Libyan National Army", ["حقل السرير"], ["المالحة"], ["الكفرة"]),
 ],
 "gx5": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["منفذ التوم", "الحدود مع النيجر"], ["أم الأرانب", "القطرون"]),
  mv("redeploy", "reported", None, ["ديركو"], ["ماداما"]),
  mv("deploy", "planned", None, ["فايا لارجو"], ["وور"]),
  mv("reinforce", "conditional", "Libyan National Army", ["قاعدة الويغ"], ["ممر السلفادور"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["كوري بوقودي"]),
 ],
}

NOTES = {
 "gx1": "Echorouk-style Algerian report from Djanet: an Algerian reinforcement Illizi→Djanet/its airport/the border "
        "with Libya and a supply convoy from Tamanrasset (reported), an LNA battalion Sharara field→Ghat via Al-Awaynat "
        "with a company at the Isayen crossing (reported), the first joint patrol Djanet→Tin Alkoum and on to the "
        "Salvador pass (planned), an Ouargla→Illizi reinforcement «إذا تأكد» (conditional) and a denied Algerian "
        "incursion to Al-Awaynat. Traps: the outlet, the Libyan operations room named after the south-west, an officer "
        "called الغاتي, dialect «ما ادري», nisbas. Algiers vs Algeria; Djanet town vs «والي جانت».",
 "gx2": "Shems FM-style Tunisian radio report from Ben Gardane: Tunisian army units Medenine→Ben Gardane and the Ras "
        "Ajdir crossing and a GNU Interior force Tripoli→Ras Ajdir via Zawiya and Zuwara (reported), joint patrols "
        "Tataouine→Dehiba and Nalut→Wazin (planned), the Tunisian units leaving Ben Gardane «لن … إلا إذا» and a sea "
        "move Tripoli port→Zuwara port «في حال» (conditional), a denied GNU pull-back Ras Ajdir→Abu Kammash. Spelling "
        "variants رأس جدير/راس اجدير and بن قردان/بنقردان; traps: spokesman الطرابلسي, «من هذه الزاوية», «سوق ليبيا».",
 "gx3": "Youm7-style Egyptian report from Marsa Matruh: border guards Marsa Matruh→Sallum/the Sallum land port via "
        "Sidi Barrani, an LNA company Tobruk→Amsaad crossing via Bardia and marines landed at Sallum harbour from Ras "
        "el-Tin (reported), Egyptian units Sallum→Siwa and an LNA force Tobruk→Jaghbub (planned), a Saiqa airlift "
        "Mohamed Naguib base→Sidi Barrani «في حال» (conditional), a denied Egyptian entry to Amsaad. Traps: the outlet, "
        "an officer السلومي, «مالياً», the Western Military Region command; Matruh governorate vs Marsa Matruh.",
 "gx4": "Sudan Tribune-style report from Port Sudan: an LNA battalion Kufra→Jebel Uweinat and a Benina→Kufra airport "
        "airlift (reported), an RSF pull-back triangle→Wadi Howar and RSF massing in Al Malha (reported), a Sudanese "
        "army force Ad Dabbah→Karb al-Tom (planned) and its advance Karb al-Tom→the triangle «إذا» (conditional), a "
        "denied LNA fuel convoy Sarir field→Al Malha via Kufra. A military delegation's visit to Kufra is not a move. "
        "Traps: the outlet, RSF, Subul al-Salam, an officer الدنقلاوي, «متحرك الصحراء».",
 "gx5": "Asharq Al-Awsat-style report from Sabha: an LNA column Sabha→the Toummo crossing/the Niger border via Umm "
        "al-Aranib and Al Qatrun and a Nigerien company Dirkou→Madama (reported), a Chadian unit Faya-Largeau→Wour "
        "(planned), an LNA company Al Wigh base→the Salvador pass «في حال» (conditional), a denied FACT build-up at "
        "Kouri Bougoudi. Commercial trucks and capitals used as actors (Niamey, Chad, Tripoli) are not moves. Traps: "
        "the outlet, officers التومي and الإدريسي, the FACT name containing تشاد; Mali as a country.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("gx1", "gx2", "gx3", "gx4", "gx5")
