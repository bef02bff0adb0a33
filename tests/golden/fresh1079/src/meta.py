# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # Sirte and its facilities
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "gardabya_base": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),              # G (row قاعدة القرضابية)
 "sirte_airport": ("airport", "LY", 31.06350, 16.59500, "Sirte (Gardabya) Airport"),   # G* (row مطار القرضابية, names include مطار سرت)
 "sirte_port": ("crossing", "LY", 31.21500, 16.58500, "Port of Sirte"),                 # G (row ميناء سرت, kind crossing)
 "gate50": ("base", "LY", 31.28000, 16.07000, "Gate 50 checkpoint"),                    # G (row البوابة 50, names include بوابة الخمسين)
 # the coastal road west to Misrata
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                        # G (row أبوقرين; also written أبو قرين)
 "hisha": ("village", "LY", 31.64583, 15.28417, "Al-Hisha"),                            # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G (also written مصراته)
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 # Jufra
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row, kind district: golden README «point near Hun/Waddan»)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 # the coastal road east
 "nofaliya": ("town", "LY", 30.78306, 17.83306, "Nofaliya"),                            # G
 "bin_jawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                          # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 # Egypt
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "border_eg_ly": ("region", "EG", 31.25, 25.30, "Egypt-Libya border (Egyptian side)"),  # K
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "minya_gov": ("district", "EG", 28.18109, 30.10272, "Minya Governorate"),              # G (row district:EG-MN, written محافظة المنيا)
 "samalut": ("city", "EG", 28.31214, 30.71007, "Samalut"),                              # G
 # further afield
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "ouaga": ("city", "BF", 12.36566, -1.53388, "Ouagadougou"),                            # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                      # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
}

TRAPS = {
 "qop1": ["راديو أمواج الشبابي", "صباحك يا سرت", "غرفة عمليات سرت الكبرى", "الهلال الأحمر الليبي",
          "مجمع واغادوغو للمؤتمرات", "راديو سرت الثقافي", "الطريق الساحلي"],
 "qop2": ["غرفة عمليات سرت الكبرى", "قناة المستقبل", "القوات المسلحة العربية الليبية", "اللواء طارق بن زياد المعزز",
          "الدعم المالي", "مجمع واقادوقو للمؤتمرات", "روسية", "التركية"],
 "qop3": ["البنيان المرصوص", "الهلال الأحمر الليبي", "الكتيبة 166", "ساحة الشهداء", "مرتزقة فاغنر", "تنظيم داعش", "الطريق الساحلي"],
 "qop4": ["وطني", "المنياوي", "شهداء ليبيا", "المصريين", "الليبية", "الجيش الليبي", "ليبية", "مصري", "الجيش المصري",
          "المنطقة الغربية العسكرية", "كنيسة شهداء الإيمان والوطن", "الطريق الساحلي"],
 "qop5": ["روبتلي", "الفيلق الأفريقي", "الجيش الوطني الليبي", "غرفة عمليات سرت الكبرى", "مجمع واغادوغو للمؤتمرات",
          "الليبية", "الليبي", "الروسي", "روسي", "روسية", "أفريقية"],
}

PHEN = {
 "qop1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "coverage_bases"],
 "qop2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "coverage_bases", "countries"],
 "qop3": ["clitics", "spelling", "multiword", "operation_trap", "common_word_trap", "coverage_bases"],
 "qop4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "border_phrase",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qop5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "coverage_bases", "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qop1": [
  mv("deploy", "reported", "Libyan National Army", ["سرت"], ["الوشكة"]),
  mv("redeploy", "planned", "Libyan National Army", ["سرت"], ["بن جواد"]),
  mv("reinforce", "denied", "Libyan National Army", ["الجفرة"], ["سرت"]),
  mv("withdraw", "conditional", "Libyan National Army", ["بوابة الخمسين"], ["قاعدة القرضابية"]),
 ],
 "qop2": [
  mv("reinforce", "reported", "Libyan National Army", ["أجدابيا"], ["سرت"], ["بن جواد", "النوفلية"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار سرت"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة القرضابية الجوية"], ["قاعدة الجفرة الجوية"]),
  mv("withdraw", "conditional", "Libyan National Army", ["سرت", "الجفرة"], []),
  mv("airlift", "denied", "Russian forces", ["القرضابية"], ["مالي"]),
 ],
 "qop3": [
  mv("deploy", "reported", "Misrata forces", ["أبو قرين"], ["الوشكة"]),
  mv("withdraw", "planned", "Misrata forces", ["الوشكة"], ["أبو قرين"]),
  mv("airlift", "reported", "Wagner Group", ["قاعدة الجفرة الجوية"], ["قاعدة القرضابية"]),
  mv("advance", "conditional", "Misrata forces", ["أبو قرين"], ["بويرات الحسون"]),
  mv("reinforce", "denied", "Misrata forces", ["مصراتة"], ["أبوقرين"]),
 ],
 "qop4": [
  mv("deploy", "reported", "Libyan National Army", [], ["النوفلية", "بن جواد"]),
  mv("deploy", "planned", "Libyan National Army", ["بنغازي"], ["قاعدة القرضابية"]),
  mv("deploy", "denied", "Egyptian army", [], ["قاعدة القرضابية"]),
  mv("reinforce", "conditional", "Egyptian army", ["مرسى مطروح"], ["السلوم"]),
 ],
 "qop5": [
  mv("redeploy", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["القرضابية"]),
  mv("deploy", "reported", "Libyan National Army", [], ["مطار سرت"]),
  mv("airlift", "planned", "Russian forces", ["القرضابية"], ["واغادوغو"]),
  mv("withdraw", "conditional", "Russian forces", ["القرضابية"], []),
  mv("naval_landing", "denied", "Russian forces", [], ["ميناء سرت"]),
 ],
}

NOTES = {
 "qop1": "Sirte youth radio (Radio Amwaj) bulletin retold: the coastal road reopened (civilian), an LNA military-police "
         "company Sirte→Al-Washka to secure Thursday's detainee exchange, a planned battalion Sirte→Bin Jawad, the "
         "operations room's denial of LNA columns Jufra→Sirte (destination written «المدينة», resolved to Sirte) and a "
         "conditional return Gate 50→Gardabya base (Abu Qurayn only in the condition); detainees on Red Crescent buses, a "
         "Misrata/Tawergha notables' delegation to Sirte, a civil flight Sirte airport→Benghazi, the Ouagadougou "
         "conference centre (venue, trap) and the station's sister «راديو سرت الثقافي» are not movements.",
 "qop2": "Eastern Libyan TV (Al-Mustaqbal) from Sirte: the Greater Sirte operations room commander at Gardabya, an LNA "
         "column Ajdabiya→Sirte via Bin Jawad and Nofaliya, a military plane Benina air base→Sirte airport, a planned "
         "air-defence battalion Gardabya→Jufra air base, a conditional LNA pull-out from Sirte and Jufra (Misrata and "
         "Tripoli only in the condition) and a denied Russian airlift Gardabya→Mali; «الدعم المالي» (financial) holds "
         "مالي; Tripoli as government, the venue (written واقادوقو), detainees moved to prisons and a parliamentary "
         "visit to Sirte and Al-Washka are not movements or movement places.",
 "qop3": "Misrata's Al-Bunyan al-Marsous media centre on a detainee exchange at Al-Washka: a Misratan company (166th "
         "battalion) Abu Qurayn→Al-Washka and its planned return, two Il-76s Jufra air base→Gardabya base carrying "
         "Wagner (reported by the centre), a conditional advance Abu Qurayn→Buwairat al-Hassoun (Gardabya only in the "
         "condition) and denied reinforcements Misrata→Abu Qurayn (written أبوقرين; أبو قرين elsewhere); released "
         "detainees returning to Misrata, ambulances, families on the coastal road and the May 2016 advance Abu "
         "Qurayn→Sirte (past background) are not movements.",
 "qop4": "Egyptian weekly (Watani) on Samalut workers returning to Sirte: the worker's bus Samalut→Sallum→Amsaad→Tobruk/"
         "Benghazi/Ajdabiya→Sirte is civilian; LNA patrols deployed in Nofaliya and Bin Jawad, a planned LNA engineer "
         "company Benghazi→Gardabya base, an Egyptian army unit to Gardabya denied and a conditional Egyptian "
         "reinforcement Marsa Matruh→Sallum (the border with Libya, Egyptian side, only in the condition); the 2018 "
         "flight of the 21 Copts' remains Misrata→Cairo (past, not forces), Cairo as government and Egypt as the "
         "workers' home are not movement places; المنياوي holds المنيا, شهداء ليبيا holds ليبيا, مصراتة holds مصر.",
 "qop5": "Russian video agency (Ruptly) script from Sirte: a Russian air-defence unit Jufra air base→Gardabya (bare "
         "القرضابية), LNA units deployed around Sirte airport, a planned Il-76 of Russian instructors Gardabya→"
         "Ouagadougou (the city, gold, beside the trap «مجمع واغادوغو للمؤتمرات»), the instructors' conditional exit "
         "from Gardabya (Benghazi only in the condition) and a denied Russian landing from a warship at Sirte port; the shot list, "
         "Moscow, the 5+5 venue and observers from Russia and Turkey are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qop1", "qop2", "qop3", "qop4", "qop5")
BAR_IN_TEXT = True  # the headlines of qop1-qop3 carry a literal "|" (house style «X | ...»)
