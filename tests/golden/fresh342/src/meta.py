# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 # datelines and capitals
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G (row spelled «لأندأن»)
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G (row spelled «ربات»)
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # mf1 Sirte-Jufra line and the oil crescent
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.11, 15.95, "Al Jufra"),                                 # K (README rule: point near Hun/Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G* (row قاعدة الوطية)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf terminal"),         # G* (row راس لانوف)
 # mf2 Fezzan and the Algerian border
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "tamanhint": ("town", "LY", 27.24010, 14.65630, "Tamanhint"),                          # G* (base row)
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "border_dz": ("region", "LY", 24.90, 10.15, "Libya-Algeria border (near Ghat)"),       # K
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 # mf3 Egypt's western border, Tobruk and Kufra
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "border_eg": ("region", "EG", 31.20, 25.20, "Egypt-Libya border (Egyptian side)"),     # K
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "benghazi_port": ("crossing", "LY", 32.105, 20.050, "Benghazi port"),                  # K
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Tobruk port"),                      # K
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"), # G* (row مثلث العوينات)
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 # mf4 the Tunisian and Algerian borders
 "border_lytn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),           # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine governorate"),        # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "border_tnside": ("region", "TN", 32.10, 10.62, "Tunisia-Libya border (Tunisian side)"),  # K
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 # mf5 Tripoli and the west
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),          # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khums_port": ("crossing", "LY", 32.655, 14.275, "Al Khums port"),                     # K
 "misrata_port": ("crossing", "LY", 32.36, 15.21, "Misrata port (Qasr Ahmed)"),         # K
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA, MIS, ZIN = "Libyan National Army", "GNA forces", "Misrata forces", "Zintan forces"
TUR, DZA, EGY, TUN = "Turkish armed forces", "Algerian army", "Egyptian army", "Tunisian army"
SYR, SUD = "Syrian mercenaries", "Sudanese armed groups"

MOVES = {
 "mf1": [
  # «الوسط»: column Jufra air base -> Sirte via Waddan, joining units around Gardabiya (contradicted only on size)
  mv("reinforce", "reported", LNA, ["قاعدة الجفرة الجوية"], ["سرت", "قاعدة القرضابية"], ["ودان"]),
  # «يني شفق» claim, denied by the GNA-side operations room
  mv("advance", "denied", MIS, ["أبوقرين"], ["الوشكة"]),
  # «حرييت»: Ankara intends to send an air-defence system to Al-Watiya
  mv("shipment", "planned", TUR, [], ["قاعدة الوطية"]),
  # «بوابة إفريقيا»: artillery Sirte -> Jufra «شريطة …»
  mv("withdraw", "conditional", LNA, ["سرت"], ["الجفرة"]),
  # «أخبار ليبيا 24»: two battalions massed at Bin Jawad and around Ras Lanuf port (confirmed by a PFG source)
  mv("mobilise", "reported", LNA, [], ["بن جواد", "ميناء راس لانوف"]),
 ],
 "mf2": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة تمنهنت الجوية"]),
  # «الوسط» two battalions, «الساعة 24» one and later: same move, reported
  mv("redeploy", "reported", LNA, ["سبها"], ["أوباري"], ["جرمة"]),
  mv("deploy", "planned", LNA, ["إدري"], ["منفذ إيسين"]),
  # «جون أفريك» claim, denied by the Algerian Ministry of National Defence
  mv("advance", "denied", DZA, ["جانت"], ["غات"]),
  # «الخبر»: reinforcements Illizi -> Djanet
  mv("reinforce", "reported", DZA, ["إليزي"], ["جانت"]),
  # Tuareg local armed groups (no canonical actor) «ستنسحب … إذا»
  mv("withdraw", "conditional", None, ["العوينات"], ["غات"]),
 ],
 "mf3": [
  mv("reinforce", "reported", EGY, ["مرسى مطروح"], ["السلّوم"], ["سيدي براني"]),
  # «ميدل إيست آي» claim, denied by the Egyptian military spokesman
  mv("advance", "denied", EGY, ["سيوة"], ["الجغبوب"]),
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء طبرق"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا"], ["مطار الكفرة"]),
  # RSF «ستحشد … إذا»
  mv("mobilise", "conditional", SUD, [], ["المثلث الحدودي"]),
 ],
 "mf4": [
  mv("reinforce", "reported", TUN, ["مدنين"], ["بنقردان"]),
  # «الصباح» quoting «عين ليبيا»; «الشروق» disputes only the hour of arrival
  mv("deploy", "reported", GNA, ["طرابلس"], ["معبر رأس اجدير"], ["زوارة"]),
  # «الشروق» claim, denied by the Tunisian defence spokesman
  mv("withdraw", "denied", TUN, ["الذهيبة"], ["تطاوين"]),
  mv("redeploy", "planned", DZA, ["عين أميناس"], ["دبداب"]),
  # «ستدفع بقوات إضافية إلى المدينة إذا …» -> Ghadames
  mv("reinforce", "conditional", GNA, [], ["غدامس"]),
 ],
 "mf5": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["الزاوية", "مصفاة الزاوية"], ["جنزور"]),
  # numbers disputed by «عين ليبيا», the move itself is not
  mv("airlift", "reported", SYR, ["مطار معيتيقة"], ["تركيا"]),
  mv("naval_landing", "planned", TUR, [], ["ميناء الخمس"]),
  # «218» claim, denied by the GNU defence ministry; no owner named
  mv("shipment", "denied", None, [], ["ميناء مصراتة"]),
  mv("mobilise", "conditional", ZIN, [], ["العزيزية"]),
 ],
}

TRAPS = {
 "mf1": ["الشرق الأوسط", "الوسط", "الجيش الوطني الليبي", "ليبيا الأحرار", "يني شفق", "غرفة عمليات تحرير سرت الجفرة",
         "بوابة إفريقيا الإخبارية", "أخبار ليبيا 24", "الليبية", "ليبية", "التركية"],
 "mf2": ["القدس العربي", "الوسط", "سالم الإدريسي", "طارق بن زياد", "الساعة 24", "جون أفريك", "الجيش الجزائري",
         "الخبر", "ليبيا الحدث", "الليبية", "الجزائرية", "الفرنسية", "ليبية"],
 "mf3": ["القاهرة الإخبارية", "الأهرام", "ميدل إيست آي", "المرصد", "السودان تريبيون", "قوات الدعم السريع",
         "الجيش السوداني", "مالي", "المصرية", "مصرية", "المصري", "الليبية", "ليبية", "البريطاني"],
 "mf4": ["المغرب", "سوق ليبيا", "الطرابلسي", "الصباح", "عين ليبيا", "الشروق", "الخبر", "مغاربية", "تونسية",
         "التونسي", "ليبية", "الجزائرية"],
 "mf5": ["لوسيل", "اللواء 444", "ليبيا الأحرار", "ما ادري", "المرصد السوري لحقوق الإنسان", "السوريين", "عين ليبيا",
         "ديلي صباح", "بوابة الوسط", "قوة حماية طرابلس", "الخمسة", "التركية", "الليبية", "ليبية"],
}

PHEN = {
 "mf1": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "coverage_bases",
         "coverage_oil"],
 "mf2": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "mf3": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "mf4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "mf5": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "coverage_oil", "countries"],
}

NOTES = {
 "mf1": "Press review (Asharq Al-Awsat manner, Cairo) of Libyan and Turkish papers on the Sirte-Jufra line: an LNA "
        "reinforcement Jufra air base->Sirte/Gardabiya via Waddan whose size another channel disputes (reported), a "
        "Misrata advance Abu Qurayn->Al-Washka denied by the operations room, a planned Turkish air-defence shipment to "
        "Al-Watiya, a conditional LNA artillery pull-back Sirte->Jufra and LNA massing at Bin Jawad/Ras Lanuf port. "
        "Traps: outlets, the GNA-side operations room named after Sirte and Jufra.",
 "mf2": "Press review (Al-Quds Al-Arabi manner, London) on the Fezzan and the Algerian border: an airlift Benina->"
        "Tamanhint, a Tariq bin Ziyad redeploy Sabha->Ubari via Germa that two sites count differently, a planned company "
        "Idri->Isayen crossing (the border phrase locates it), a Jeune Afrique claim of an Algerian advance Djanet->Ghat "
        "denied from Algiers, Algerian reinforcements Illizi->Djanet and a conditional Tuareg pull-back Awaynat->Ghat.",
 "mf3": "Press review (Elaph manner, Cairo) of Egyptian, Libyan and Sudanese outlets: an Egyptian reinforcement Marsa "
        "Matruh->Sallum via Sidi Barrani (the border phrase is a purpose), a Middle East Eye claim of an advance Siwa->"
        "Jaghbub denied by the spokesman, an LNA naval landing Benghazi port->Tobruk port, a planned Benina->Kufra "
        "airport airlift and a conditional RSF massing in the triangle (Al Malha is only the target of air raids).",
 "mf4": "Press review (Hespress manner, Rabat) of Tunisian, Algerian and Libyan papers: a Tunisian reinforcement "
        "Medenine->Ben Gardane, a GNU Interior force Tripoli->Ras Ajdir via Zuwara (another paper disputes only the "
        "hour), a denied Tunisian pull-out Dehiba->Tataouine, a planned Algerian move In Amenas->Debdeb (Ghadames only "
        "locates it) and a conditional GNU reinforcement of Ghadames («المدينة»). Traps: the Tunisian daily «المغرب», "
        "«سوق ليبيا», the spokesman «الطرابلسي».",
 "mf5": "Press review (Lusail manner, Doha) of Libyan, Syrian-opposition and Turkish outlets on Tripoli and the west: a "
        "444 Brigade force Tripoli->Zawiya/the refinery via Janzour, Syrian fighters flown Mitiga->Turkey (numbers "
        "disputed), a planned Turkish landing at Al-Khums port, a denied arms shipment at Misrata port and a conditional "
        "Zintan massing at Al-Aziziyah (Janzour in the condition is not a destination).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("mf1", "mf2", "mf3", "mf4", "mf5")
