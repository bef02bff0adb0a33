# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G* (row قاعدة الوطية)
 # gz1 Garabulli depot (Al-Mayadeen)
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Al Qarabulli"),                        # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                               # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                 # G
 "ain_zara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                             # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                              # G
 "beirut_port": ("crossing", "LB", 33.9025, 35.5186, "Port of Beirut"),                  # K
 # gz2 Suluq depot, Egyptian border (Al-Masry Al-Youm)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "suluq": ("town", "LY", 31.66818, 20.25205, "Suluq"),                                   # G
 "suluq_mun": ("district", "LY", 31.66818, 20.25205, "Suluq municipality"),              # G* (town row)
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                     # G* (row قاعدة الخادم)
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                  # G
 "abyar": ("town", "LY", 32.19000, 20.59653, "Al Abyar"),                                # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "jabal_akhdar": ("region", "LY", 32.02519, 21.79830, "Jebel Akhdar"),                   # G* (district row)
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica"),                         # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                 # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                           # G
 "border_eg_ly": ("region", "EG", 31.2, 25.1, "Egypt-Libya border (Egyptian side)"),     # K
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad crossing"),                    # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 # gz3 Ghat depot, Algerian side (Echorouk)
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                               # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                  # G
 "illizi_wilaya": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),              # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                            # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                 # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),             # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                        # G
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),    # G
 "border_dz_ly": ("region", "DZ", 25.3, 9.85, "Algeria-Libya border (Algerian side)"),   # K
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),      # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا)
 # gz4 Dafniya depot, Misrata (Al-Qabas)
 "dafniya": ("village", "LY", 32.35000, 14.88000, "Dafniya"),                            # G
 "air_academy": ("base", "LY", 32.32556, 15.05972, "Misrata Air Academy"),               # G* (row مطار مصراتة)
 "misrata_port": ("crossing", "LY", 32.36, 15.21, "Misrata port (Qasr Ahmed)"),          # K
 "abu_sitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "tripoli_port": ("crossing", "LY", 32.90, 13.19, "Port of Tripoli"),                    # K
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                              # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                  # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 # gz5 Al-Watiya depot, Tunisian side (Acharaa Al Maghrebi)
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),           # G* (row الحدود الليبية التونسية)
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                   # G
 "jabal_gharbi": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"), # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "riyayna": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                          # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                 # G
 "zuwara_port": ("crossing", "LY", 32.922, 12.12, "Zuwara port"),                        # K
 "ras_jedir": ("crossing", "TN", 33.15000, 11.56000, "Ras Jedir border crossing"),       # G* (row منفذ رأس جدير, country TN)
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                    # G* (row جنوب تونس)
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                           # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba crossing"),           # G* (row منفذ وازن, country TN)
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),         # G
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


GNA, LNA, MIS, ZIN = "GNA forces", "Libyan National Army", "Misrata forces", "Zintan forces"

TRAPS = {
 "gz1": ["الميادين نت", "خالد الطرابلسي", "الساعات الخمس", "عملية بركان الغضب", "ليبيون"],
 "gz2": ["الليبي", "المصري اليوم", "ما ادري", "مصري", "الأراضي المصرية", "الجيش الوطني الليبي",
         "قوات الدعم السريع", "المدن الليبية"],
 "gz3": ["الليبية", "الشروق أونلاين", "الشروق", "الشرارة الأولى", "صفحات جزائرية", "الجيش الوطني الشعبي"],
 "gz4": ["القبس", "شارع طرابلس", "قناة مصراتة", "سالم الزليتني", "عملية البنيان المرصوص"],
 "gz5": ["الشارع المغاربي", "أمنية ليبية", "الجانب التونسي", "وكالة تونس إفريقيا للأنباء"],
}

PHEN = {
 "gz1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "coverage_bases"],
 "gz2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "gz3": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "gz4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_tripoli",
         "vague_area", "coverage_bases", "coverage_oil"],
 "gz5": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_country_capital", "vague_area",
         "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}

MOVES = {
 "gz1": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["القره بوللي"]),
  mv("shipment", "reported", GNA, ["القره بوللي"], ["ترهونة"]),
  mv("shipment", "planned", GNA, ["تاجوراء", "عين زارة"], ["قاعدة الوطية الجوية"]),
  mv("reinforce", "conditional", MIS, ["مصراتة"], ["القره بوللي"]),
  mv("shipment", "denied", None, ["القره بوللي"], ["الزاوية"]),
 ],
 "gz2": [
  mv("reinforce", "reported", LNA, ["بنغازي"], ["سلوق"]),
  mv("shipment", "reported", LNA, ["سلوق"], ["قاعدة الخادم الجوية"], ["الأبيار"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["قاعدة الجفرة الجوية"]),
  mv("deploy", "conditional", "Egyptian army", ["مرسى مطروح"], ["الحدود مع ليبيا"]),
  mv("shipment", "denied", LNA, ["الكفرة"], ["السودان"], ["المثلث الحدودي"]),
 ],
 "gz3": [
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت"]),
  mv("shipment", "reported", LNA, ["غات"], ["أوباري"], ["العوينات"]),
  mv("shipment", "planned", LNA, ["أوباري"], ["إدري"]),
  mv("advance", "reported", None, [], ["العوينات"]),
  mv("redeploy", "conditional", LNA, ["اوباري"], ["منفذ إيسين"]),
  mv("airlift", "planned", "Algerian army", ["تمنراست"], ["مطار جانت"]),
  mv("withdraw", "denied", LNA, ["غات"], ["سبها"]),
 ],
 "gz4": [
  mv("withdraw", "reported", MIS, ["الدافنية"], ["الكلية الجوية"]),
  mv("naval_landing", "reported", GNA, ["قاعدة أبوستة البحرية"], ["ميناء مصراتة"]),
  mv("shipment", "planned", GNA, ["ميناء مصراتة"], ["ميناء طرابلس"]),
  mv("mobilise", "conditional", MIS, [], ["أبو قرين"]),
  mv("advance", "denied", LNA, ["سرت"], ["الوشكة"]),
 ],
 "gz5": [
  mv("shipment", "reported", GNA, ["قاعدة الوطية الجوية"], ["نالوت"]),
  mv("redeploy", "reported", ZIN, ["قاعدة الوطية الجوية"], ["الرياينة"]),
  mv("naval_landing", "planned", GNA, ["مصراتة"], ["ميناء زوارة"]),
  mv("mobilise", "conditional", "Tunisian army", [], ["بنقردان", "رأس جدير"]),
  mv("shipment", "denied", None, ["الوطية"], ["تطاوين"], ["معبر الذهيبة"]),
 ],
}

NOTES = {
 "gz1": "Al-Mayadeen-style report on explosions at a GNA ammunition depot south of Al-Qarabulli (also spelled "
        "القربولي): a 444 Brigade company deployed from Tripoli to cordon it, the surviving shells trucked to a camp "
        "near Tarhuna, a planned transfer of the Tajura and Ain Zara stores to Al-Watiya air base, Misrata's "
        "conditional bomb-disposal reinforcement and a denied weapons run from the depot to Zawiya. Traps: the "
        "engineer خالد الطرابلسي, «الساعات الخمس» (Al-Khums), the outlet, Operation Volcano of Anger; Beirut port "
        "is a comparison, not a movement.",
 "gz2": "Al-Masry Al-Youm-style report on a fire at an LNA depot near Suluq (Suluq municipality next to the town): "
        "an infantry battalion Benghazi→Suluq reinforcing the guard company, the surviving ammunition trucked "
        "Suluq→Al Khadim air base via Al Abyar (Al Marj only locates the base), a planned missile airlift Benina air "
        "base→Jufra air base, Egypt's conditional deployment Marsa Matruh→the border with Libya (Sallum and the "
        "Amsaad crossing are not movement places) and the LNA's denied ammunition run Kufra→Sudan via the border "
        "triangle. Traps: «ما ادري» (Idri), the outlet and «مصري», the LNA's and the RSF's names.",
 "gz3": "Echorouk-style report from Illizi on a fire at an LNA depot in Ghat: the Algerian army's reinforcement "
        "Illizi→Djanet (told again in the headline), the LNA trucking munitions Ghat→Ubari via Al-Awaynat and planning "
        "to move them on to Idri, unknown gunmen advancing on another store in Al-Awaynat, a conditional LNA "
        "redeploy Ubari (spelled اوباري)→the Isayen crossing, a planned Algerian paratroop airlift Tamanrasset→Djanet "
        "airport and a denied withdrawal of the depot guards Ghat→Sabha. The border phrase, Tiguentourine, Algiers "
        "and the southern-Libya region are not movement places. Traps: «الشرارة الأولى» (Sharara), the outlet.",
 "gz4": "Al-Qabas-style report on a depot blast at Dafniya west of Misrata (headline spelling مصراته): the guard "
        "battalion's withdrawal to the Air Academy, marines landed at Misrata port from Abu Sitta naval base (Tripoli "
        "only locates the base), a planned sea shipment Misrata port→Tripoli port, the Misrata brigades' conditional "
        "massing at Abu Qurayn and the LNA's denied advance Sirte→Al-Washka. Geneva, the Oil Crescent and Ras Lanuf "
        "are not movement places. Traps: شارع طرابلس, قناة مصراتة, the spokesman سالم الزليتني, Bunyan al-Marsous.",
 "gz5": "Acharaa Al Maghrebi-style report from Tunis on a fire at Al-Watiya air base: a GNA truck convoy Al-Watiya→"
        "Nalut, a Zintan force repositioning Al-Watiya→Al-Rayayina, a planned marine landing at Zuwara port from "
        "Misrata, the Tunisian army's conditional massing at Ben Gardane (spelled بنقردان) and Ras Jedir, and the "
        "customs' denial of stolen-ammunition trucks Al-Watiya→Tataouine via the Dehiba crossing. The dateline and "
        "«العاصمة تونس» are Tunis (city), the country sits in the border phrase. Traps: TAP's name, the outlet.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("gz1", "gz2", "gz3", "gz4", "gz5")
