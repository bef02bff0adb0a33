# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
# Latin-script glosses («Ubari», «Al-Wigh», «Tunis» ...) use the key of the Arabic surface they gloss.
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 # foreign cities
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G (city row الجزائر)
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "novo_port": ("crossing", "RU", 44.72, 37.79, "Port of Novorossiysk"),                 # K
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # Libyan cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # lx1 Fezzan (Euronews)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "wigh": ("town", "LY", 24.18590, 14.53280, "Al Wigh"),                                 # G* (row قاعدة الويغ / مطار الويغ)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 # lx2 Jufra, Brak, Wadi al-Shati (Sputnik)
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row, README: area near Hun/Waddan)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Port of Tobruk"),                   # K
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 # lx3 Zawiya and Tripoli (CNN Arabic)
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzur"),                               # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),          # G
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Hurshah"),                            # G
 "tripoli_port": ("crossing", "LY", 32.905, 13.185, "Port of Tripoli"),                 # K
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 # lx4 Tunisian border (BBC News Arabic)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine governorate"),        # G (district row مدنين)
 "border_tnside": ("region", "TN", 32.80, 11.20, "Tunisian side of the Libyan border"), # K
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba border crossing"),   # G* (row منفذ وازن, country TN)
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "wazin": ("crossing", "LY", 31.97500, 10.68300, "Wazin border crossing"),              # G
 # lx5 east and south-east (Xinhua)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                  # G
 "benghazi_port": ("crossing", "LY", 32.105, 20.050, "Port of Benghazi"),               # K
 "uweinat": ("region", "LY", 21.906, 24.970, "Jebel Uweinat"),                          # K
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"), # G* (row مثلث العوينات)
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "border_sdside": ("region", "SD", 21.0, 25.4, "Sudanese side of the Libyan border"),   # K
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad border crossing"),            # G
}

TRAPS = {
 "lx1": ["الجيش الوطني الليبي", "تأمين الجنوب الغربي", "إدريس الأوباري", "الأوباري", "أوباري الآن", "الشرارة الأولى",
         "التشادية", "الجزائري"],
 "lx2": ["الجيش الوطني الليبي", "سالم الطرابلسي", "وول ستريت جورنال", "الفيلق الأفريقي", "Africa Corps", "الروسية",
         "الأمريكية"],
 "lx3": ["ليبيا الأحرار", "المنطقة العسكرية طرابلس", "المجلس العسكري الزنتان", "مالي"],
 "lx4": ["إذاعة تطاوين", "الهادي المدنيني", "التونسي", "التونسية", "الليبي", "ليبية"],
 "lx5": ["الجيش الليبي", "الجيش الوطني الليبي", "قوات الدعم السريع", "السودانية", "المصري", "مصرية"],
}

PHEN = {
 "lx1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
 "lx2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "vague_area", "coverage_bases", "countries"],
 "lx3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "ambiguity_tripoli",
         "coverage_oil", "countries"],
 "lx4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "lx5": ["clitics", "multiword", "operation_trap", "nisba", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"
MOVES = {
 "lx1": [
  mv("reinforce", "reported", LNA, ["سبها"], ["أوباري"], ["جرمة"]),
  mv("deploy", "planned", LNA, [], ["الويغ"]),
  mv("withdraw", "reported", "Chadian armed groups", ["الويغ"]),
  mv("airlift", "conditional", LNA, ["قاعدة تمنهنت الجوية"], ["مطار غات"]),
  mv("withdraw", "denied", LNA, ["حقل الشرارة"]),
 ],
 "lx2": [
  mv("redeploy", "reported", LNA, ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"], ["الشويرف"]),
  mv("deploy", "planned", LNA, [], ["إدري"]),
  mv("airlift", "conditional", LNA, ["مطار بنينا"], ["براك"]),
  mv("withdraw", "denied", "Russian forces", ["قاعدة براك الجوية"], ["مالي"]),
  mv("shipment", "reported", None, ["ميناء نوفوروسيسك"], ["ميناء طبرق"]),
 ],
 "lx3": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["الزاوية"], ["جنزور", "الماية"]),
  mv("withdraw", "conditional", GNA, ["مصفاة الزاوية"], ["الحرشة"]),
  mv("naval_landing", "planned", "Misrata forces", ["مصراته"], ["ميناء طرابلس", "مطار معيتيقة"]),
  mv("mobilise", "denied", "Zintan forces", [], ["العزيزية"]),
 ],
 "lx4": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان"]),
  mv("deploy", "planned", GNA, ["زوارة"], ["معبر رأس اجدير"]),
  mv("shipment", "denied", None, ["ليبيا"], ["ولاية مدنين"], ["معبر الذهيبة"]),
  mv("redeploy", "conditional", GNA, ["نالوت"], ["منفذ وازن"]),
 ],
 "lx5": [
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء طبرق"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("advance", "planned", LNA, ["الكفرة"], ["جبل العوينات"]),
  mv("advance", "denied", "Sudanese armed groups", ["المالحة"], ["الحدود مع ليبيا"]),
  mv("mobilise", "conditional", "Egyptian army", [], ["السلوم"]),
 ],
}

NOTES = {
 "lx1": "Euronews-style translated copy from Rome on Fezzan, with Latin glosses (Ubari/Awbari, Sebha, Germa, Al-Wigh/Wigh, "
        "Tamanhint, El Sharara, Algiers, Fezzan), 4x4, Il-76, km, bpd: LNA reinforcement Sabha->Ubari via Germa (reported), "
        "a company for Al-Wigh (planned), Chadian rebels out of Al-Wigh (reported), a Tamanhint->Ghat airport airlift "
        "«في حال تجددت المواجهات» (conditional), a pull-out from the Sharara field denied. Rome, Algiers and the Niger "
        "border are dateline, speaker and locator only.",
 "lx2": "Sputnik-style copy with Russian transliterations (Tigr, Africa Corps, Sparta IV, Novorossiysk): LNA battalion "
        "Jufra air base->Brak air base via Ash Shwayrif (reported redeploy), a company for Idri (planned), a Benina->Brak "
        "air bridge «إذا تدهور» (conditional), Moscow's denial of an Africa Corps move Brak air base->Mali, a Russian "
        "cargo ship Novorossiysk port->Tobruk port (reported shipment, owner not named). Colonel «الطرابلسي» and the "
        "WSJ are traps.",
 "lx3": "CNN Arabic-style copy with «طرابلس، ليبيا (CNN)--» dateline and GNU/SSA/UNSMIL glosses: 444 Brigade "
        "Tripoli->Zawiya via Janzour and Al-Maya (reported deploy), SSA pull-back refinery->Al-Harsha «إذا» "
        "(conditional), a Misrata sea move to Tripoli port and Mitiga (planned naval landing), Zintan's denied massing "
        "at Al-Aziziya. «المنطقة العسكرية طرابلس», «المجلس العسكري الزنتان», «ليبيا الأحرار», «دعم مالي» are traps.",
 "lx4": "BBC News Arabic-style copy with French-style glosses (Ben Guerdane, Médenine, Ras Jedir, Dehiba, Tunis), TND: "
        "Tunisian army Medenine->Ben Gardane (reported reinforce), a GNU force Zuwara->Ras Ajdir crossing (planned), "
        "an arms shipment Libya->Medenine governorate via the Dehiba crossing (denied), a Nalut->Wazin company «لن... إلا "
        "إذا» (conditional). Tunisia country vs «تونس العاصمة».",
 "lx5": "Xinhua-style copy (dateline «بنغازي، ليبيا 14 مارس 2026 (شينخوا)», double-bracket quotes, C-130, RSF, X, 5+5): "
        "LNA marines Benghazi port->Tobruk port (reported landing), a Benina air base->Kufra airport airlift (reported), "
        "a planned advance Kufra->Jebel Uweinat, the RSF's denied advance Al Malha->the border with Libya, Egypt's "
        "conditional massing at Sallum. Refugees arriving in Kufra are not a movement.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("lx1", "lx2", "lx3", "lx4", "lx5")
