# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and cities used in several articles
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 # hd1 Jabal Nafusa (Al-Asabaa, Gharyan)
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabaa"),                              # G
 "rayayinah": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                        # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "qawalish": ("town", "LY", 31.99972, 12.63000, "Al-Qawalish"),                          # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                               # G
 "yafran": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                 # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                           # G
 "kikla": ("town", "LY", 32.08333, 12.70000, "Kikla"),                                   # G
 "jabal_gharbi": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),# G (region row)
 # hd2 the south-west and the Algerian border
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                            # G
 "border_dz": ("region", "DZ", 24.70, 9.90, "Algerian side of the border with Libya"),   # K
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                  # G
 "illizi_wilaya": ("district", "DZ", 26.97285, 7.86520, "Illizi province"),              # G (district row)
 "sw_libya": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "north_mali": ("region", "ML", 20.45092, -2.20255, "Northern Mali"),                    # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G* (row قاعدة تمنهنت)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                        # G
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),    # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),      # G* (row منفذ إيسين, country DZ)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 # hd3 the Sirte front, the oil crescent, Egypt
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                              # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                          # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                             # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                  # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "sirte_port": ("crossing", "LY", 31.215, 16.595, "Port of Sirte"),                      # K
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),               # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                        # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                           # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                 # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                            # G* (air-base row point, near Hun/Waddan)
 # hd4 North Darfur and the Libya-Sudan-Egypt triangle
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                # G
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                       # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),      # G* (row مثلث العوينات)
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                             # G* (city row spelled خرطوم)
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                 # G
 "dabbah": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                              # G* (row spelled الدبه)
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                              # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                 # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),              # G* (town row)
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                             # K
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libyan side of the border with Sudan"),  # G* (row الحدود الليبية السودانية)
 # hd5 Ras Ajdir and Ben Gardane
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                 # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                        # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                        # G
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                 # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                             # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "border_tn": ("region", "TN", 33.10, 11.45, "Tunisian side of the border with Libya"),  # K
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Port of Zuwara"),                # K (GeoNames 2208423 as cited in fresh51's README)
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                 # G
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA, ZIN, MIS = "Libyan National Army", "GNA forces", "Zintan forces", "Misrata forces"
SUD, DZA, EGY, TUN = "Sudanese armed groups", "Algerian army", "Egyptian army", "Tunisian army"

MOVES = {
 "hd1": [
  mv("withdraw", "reported", ZIN, ["الأصابعة"], ["الرياينة"], ["يفرن"]),
  mv("advance", "reported", GNA, ["غريان"], ["القواليش"]),
  mv("shipment", "reported", GNA, ["طرابلس"], ["غريان"], ["العزيزية"]),
  mv("withdraw", "denied", ZIN, ["القواليش"]),
  mv("mobilise", "reported", ZIN, [], ["الرياينة"]),
  mv("advance", "planned", ZIN, ["الرياينة"], ["الاصابعة"]),
  mv("advance", "conditional", GNA, [], ["القواليش"]),
 ],
 "hd2": [
  mv("withdraw", "reported", LNA, ["العوينات"], ["أوباري"]),
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["أوباري"], ["سبها"]),
  mv("redeploy", "reported", LNA, ["إدري"], ["حقل الشرارة"]),
  mv("advance", "planned", LNA, [], ["العوينات"]),
  mv("withdraw", "denied", LNA, ["غات"]),
  mv("airlift", "reported", DZA, ["تمنراست"], ["مطار جانت"]),
  mv("deploy", "conditional", DZA, [], ["الحدود مع ليبيا", "معبر تين الكوم"]),
 ],
 "hd3": [
  mv("withdraw", "reported", MIS, ["الوشكة"], ["تاورغاء"], ["أبوقرين"]),
  mv("advance", "reported", LNA, ["سرت"], ["أبو قرين"], ["بويرات الحسون"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة القرضابية"]),
  mv("naval_landing", "reported", LNA, ["بنغازي"], ["ميناء سرت"]),
  mv("advance", "planned", MIS, ["تاورغاء"], ["الوشكة"]),
  mv("withdraw", "denied", LNA, ["ميناء السدرة", "راس لانوف"]),
  mv("reinforce", "conditional", EGY, ["مرسى مطروح"], ["السلوم"]),
 ],
 "hd4": [
  mv("advance", "reported", SUD, ["الدبة"], ["المالحة"]),
  mv("withdraw", "reported", SUD, ["المالحة"], ["وادي هور"]),
  mv("mobilise", "reported", SUD, [], ["مليط"]),
  mv("advance", "planned", SUD, ["مليط"], ["المالحة"]),
  mv("redeploy", "reported", LNA, ["الكفرة"], ["المثلث الحدودي", "جبل العوينات"]),
  mv("reinforce", "conditional", LNA, [], ["الحدود مع السودان"]),
  mv("shipment", "denied", LNA, ["الكفرة"], ["وادي هور"]),
 ],
 "hd5": [
  mv("withdraw", "reported", None, ["معبر رأس جدير"], ["زوارة"], ["أبو كماش"]),
  mv("advance", "reported", GNA, ["زلطن"], ["معبر رأس جدير"]),
  mv("reinforce", "reported", TUN, ["مدنين"], ["بن قردان"]),
  mv("advance", "denied", TUN, [], ["رأس اجدير"]),
  mv("deploy", "conditional", TUN, [], ["الحدود مع ليبيا"]),
  mv("naval_landing", "planned", GNA, ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
 ],
}

TRAPS = {
 "hd1": ["قناة النبأ", "كتيبة ثوار طرابلس", "مختار الغرياني", "الغرياني", "ما ادري", "هذا الجميل", "الليبية"],
 "hd2": ["الشروق أونلاين", "خليفة حفتر", "الطاهر الإدريسي", "الجيش الوطني الليبي", "الدعم المالي", "الجزائري",
         "الليبي", "ليبية"],
 "hd3": ["المصري اليوم", "الجيش الوطني الليبي", "الجيش الليبي", "اللواء طارق بن زياد", "الساعات الخمس",
         "غرفة عمليات تحرير سرت والجفرة", "عبد الحميد الدبيبة", "الهلال الأحمر الليبي", "المنطقة الغربية العسكرية",
         "المصرية", "مصري"],
 "hd4": ["سودان تريبيون", "قوات الدعم السريع", "القوة المشتركة لحركات الكفاح المسلح", "المياه المالحة", "الهادي إدريس",
         "كتيبة سبل السلام", "خليفة حفتر", "الليبية", "سودانية"],
 "hd5": ["جوهرة أف أم", "المهدي الطرابلسي", "سوق ليبيا", "التونسي", "الليبية", "الليبي"],
}

PHEN = {
 "hd1": ["clitics", "spelling", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area"],
 "hd2": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "hd3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
         "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "hd4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "hd5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
}

NOTES = {
 "hd1": "Alnabaa TV, Gharyan: Zintan-aligned fighters routed from Al-Asabaa fall back via Yafran and regroup in "
        "Ar-Rayayinah (reported withdraw); GNA pursuit Gharyan→Al-Qawalish (reported advance); an ammunition convoy "
        "Tripoli→Gharyan via Al-Aziziyah (reported shipment); Zintan's denied pull-out from Al-Qawalish; Zintan massing "
        "in Ar-Rayayinah (reported mobilise) and its planned counter-attack from there («انطلاقاً منها») on Al-Asabaa "
        "(spelled الاصابعة); a GNA advance on Al-Qawalish conditional on an ultimatum. Traps: Tripoli inside a brigade "
        "name, a spokesman named الغرياني, «ما ادري», «هذا الجميل»; displaced families to Gharyan are not a movement.",
 "hd2": "Echorouk Online, Illizi: an LNA pull-back Al-Awaynat→Ubari (reported), reinforcements Tamanhint air "
        "base→Ubari via Sabha, a battalion repositioned Idri→Sharara field, a planned counter-attack on Al-Awaynat and a "
        "denied pull-out from Ghat; an Algerian special-forces airlift Tamanrasset→Djanet airport and a conditional "
        "deployment on the border near the Tin Alkoum crossing. Illizi as town (dateline) and province (والي إليزي); "
        "Algiers vs Algeria; Idri vs the officer الإدريسي; «الدعم المالي» vs northern Mali.",
 "hd3": "Al-Masry Al-Youm, Cairo: Misrata groups routed from Al-Washka flee via Abu Qurayn and regroup in Tawergha "
        "(reported withdraw); an LNA pursuit Sirte→Abu Qurayn (written أبو قرين) via Buwairat al-Hassoun; an airlift "
        "Benina air base→Gardabiya base; marines landed at Sirte port from Benghazi; Misrata's planned counter-attack "
        "Tawergha→Al-Washka; the LNA's denied pull-out from Es Sider port and Ras Lanuf; Egypt's conditional reinforcement "
        "Marsa Matruh→Sallum. Sirte/Jufra inside an operations-room name are traps; «خط سرت–الجفرة» is gold but not a "
        "movement place; مصر occurs inside مصراتة/المصري.",
 "hd4": "Sudan Tribune, Khartoum: the Joint Force enters Al Malha from Ad Dabbah (reported advance); RSF flee Al "
        "Malha→Wadi Howar (reported withdraw), mass in Mellit (reported mobilise) and plan a counter-attack Mellit→Al "
        "Malha; the LNA's Subul al-Salam battalion repositions Kufra→the border triangle near Jebel Uweinat (reported "
        "redeploy); a conditional LNA reinforcement of the border with Sudan; a denied fuel-and-ammunition shipment "
        "Kufra→Wadi Howar. Traps: «المياه المالحة», the person الهادي إدريس; Kufra written الكفره; refugees are not a "
        "movement.",
 "hd5": "Jawhara FM, Ben Gardane: an unnamed armed group routed from the Ras Ajdir crossing falls back via Abu Kammash "
        "to Zuwara (reported withdraw, actor null); a GNA Interior force advances Zaltan→the crossing; a Tunisian "
        "reinforcement Medenine→Ben Gardane; the Tunisian MoD's denied advance to رأس اجدير; a conditional Tunisian "
        "deployment on the border with Libya; a planned GNA landing at Zuwara port from Abu Sitta naval base. Traps: the "
        "trader المهدي الطرابلسي, «سوق ليبيا»; Tunis (العاصمة تونس) vs Tunisia; stranded trucks are not a movement.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("hd1", "hd2", "hd3", "hd4", "hd5")
