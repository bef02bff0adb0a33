# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                  # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 # Libyan cities and towns
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                                # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                  # G
 "tamimi": ("town", "LY", 32.31000, 23.07000, "At Tamimi"),                              # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                  # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                        # G (row أبوقرين)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 # Libyan bases, airports, ports
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                     # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G
 "benina_ap": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),    # G
 "mitiga_b": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                      # G
 "mitiga_ap": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                   # G
 "misrata_ap": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),   # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G
 "kufra_ap": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                     # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),                # G* (city / naval base row)
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                     # G
 "benghazi_port": ("crossing", "LY", 32.1050, 20.0530, "Port of Benghazi"),              # K
 "khums_port": ("crossing", "LY", 32.6550, 14.2750, "Port of Al Khums"),                 # K
 # Libyan districts and regions
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),        # G* (row برقة, matched by grep شرق ليبيا)
 "brak_mun": ("district", "LY", 27.54956, 14.27139, "Brak al-Shati municipality"),      # G* (Brak town row)
 "kufra_mun": ("district", "LY", 23.30855, 22.08059, "Al Kufra municipality"),           # G (district row LY-KF)
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                      # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                            # G* (Hun town row)
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),            # G* (row الحدود الليبية النيجرية)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),            # G* (row الحدود الليبية السودانية)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),     # G* (row مثلث العوينات)
 # abroad
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                 # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                  # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                 # G
 "gaziantep": ("city", "TR", 37.05944, 37.38250, "Gaziantep"),                           # G (row عنتاب)
 "konya": ("city", "TR", 37.87135, 32.48464, "Konya"),                                   # G
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                               # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                 # G
 "bab_salama": ("crossing", "SY", 36.6380, 37.0690, "Bab al-Salama crossing"),           # K
 "azaz": ("town", "SY", 36.5863, 37.0478, "Azaz"),                                       # K
 "afrin": ("town", "SY", 36.50833, 36.86944, "Afrin"),                                   # G
 "n_aleppo": ("region", "SY", 36.45, 37.20, "Northern Aleppo countryside"),              # K
 "tripoli_lb_port": ("crossing", "LB", 34.43352, 35.84415, "Port of Tripoli (Lebanon)"),  # G* (row Tripoli (Lebanon))
 "athens": ("city", "GR", 37.98376, 23.72784, "Athens"),                                 # G (row آتن)
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                 # G
 "souda": ("base", "GR", 35.48717, 24.07344, "Souda Bay naval base"),                    # G* (town row خليج سودا)
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                 # G
 "novorossiysk": ("crossing", "RU", 44.7239, 37.7688, "Port of Novorossiysk"),           # K
 "bosphorus": ("region", "TR", 41.12, 29.07, "Bosphorus"),                               # K
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                          # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                             # G (row خرطوم)
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                   # G
 "s_darfur": ("district", "SD", 10.95622, 24.44234, "South Darfur"),                     # G
 "n_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                     # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                # G
 "debba": ("town", "SD", 18.0500, 30.9500, "Ad Dabbah"),                                 # K
 "border_sd_ly": ("region", "SD", 20.5, 25.3, "Sudan-Libya border (Sudanese side)"),     # K
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "e_oweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                        # G* (airport row مطار شرق العوينات)
}

TRAPS = {
 "fs1": ["درج", "سالم البراكي", "الفيلق الأفريقي", "الليبي", "وزارة الدفاع الروسية", "نحن بنينا"],
 "fs2": ["عنب بلدي", "فرقة السلطان مراد", "الجيش الوطني السوري", "أيمن الحلبي", "وزارة الدفاع التركية"],
 "fs3": ["يورونيوز", "أندرياس كريتيكوس", "مرصد المتوسط", "الفيلق الأفريقي", "هيدرا", "الموانئ الليبية", "اللبناني"],
 "fs4": ["الميادين", "علي الطرابلسي", "مختار المصراتي", "يني شفق", "العاصمة الليبية", "وزارة الدفاع التركية"],
 "fs5": ["سودان تريبيون", "الدعم السريع", "خليفة حفتر", "سبل السلام", "الجيش السوداني", "خالد الأبيض",
         "الجيش المصري", "مصادر مصرية", "عمر الإدريسي", "تعطّل الخادم"],
}

PHEN = {
 "fs1": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_neighbours", "countries"],
 "fs2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba",
         "ambiguity_country_capital", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "fs3": ["multiword", "media_trap", "person_trap", "operation_trap", "nisba", "ambiguity_tripoli", "coverage_bases",
         "coverage_oil", "coverage_crossings", "countries"],
 "fs4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "coverage_bases", "countries"],
 "fs5": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
}

RU, SY, TR, LNA, SDG, EGA = ("Russian forces", "Syrian mercenaries", "Turkish armed forces", "Libyan National Army",
                             "Sudanese armed groups", "Egyptian army")


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "fs1": [
  mv("withdraw", "reported", RU, ["قاعدة براك الجوية"], ["قاعدة الخادم"]),
  mv("withdraw", "planned", RU, ["قاعدة الجفرة الجوية"], ["الخادم"]),
  mv("redeploy", "conditional", RU, [], ["براك"]),
  mv("airlift", "denied", RU, [], ["قاعدة بنينا"]),
 ],
 "fs2": [
  mv("withdraw", "reported", SY, ["مطار معيتيقة"], ["أعزاز"], ["غازي عنتاب", "معبر باب السلامة"]),
  mv("withdraw", "planned", SY, ["قاعدة الوطية"], []),
  mv("withdraw", "conditional", SY, ["مصراتة"], []),
  mv("airlift", "denied", SY, ["قونية"], ["مطار مصراتة"]),
 ],
 "fs3": [
  mv("shipment", "reported", RU, ["ميناء نوفوروسيسك"], ["ميناء طبرق"], ["مضيق البوسفور", "كريت"]),
  mv("shipment", "reported", RU, ["ميناء طبرق"], ["قاعدة الخادم"], ["التميمي"]),
  mv("naval_landing", "denied", RU, [], ["طبرق"]),
  mv("shipment", "planned", RU, [], ["ميناء بنغازي"]),
  mv("deploy", "conditional", None, ["قاعدة خليج سودا"], ["بنغازي"]),
 ],
 "fs4": [
  mv("redeploy", "reported", TR, ["قاعدة الوطية الجوية"], ["قاعدة معيتيقة"]),
  mv("airlift", "reported", TR, ["قيصري"], ["مطار معيتيقة"]),
  mv("reinforce", "planned", TR, [], ["مصراتة"]),
  mv("naval_landing", "denied", TR, [], ["ميناء الخمس"]),
  mv("mobilise", "reported", LNA, [], ["الجفرة"]),
  mv("advance", "conditional", LNA, ["سرت"], ["أبو قرين"]),
 ],
 "fs5": [
  mv("airlift", "reported", None, ["قاعدة الخادم"], ["نيالا"], ["مطار الكفرة", "المثلث الحدودي"]),
  mv("reinforce", "reported", SDG, ["الكفرة"], ["المالحة"]),
  mv("shipment", "denied", LNA, ["حقل السرير"], ["الحدود مع السودان"], ["الكفرة"]),
  mv("mobilise", "reported", None, [], ["الدبة"]),
  mv("deploy", "planned", None, ["الدبة"], ["الحدود مع ليبيا"]),
  mv("advance", "conditional", EGA, ["شرق العوينات"], ["المثلث الحدودي"]),
 ],
}

NOTES = {
 "fs1": "Daraj OSINT investigation: Il-76 flights and Planet imagery show a Russian (Africa Corps) pull-out Brak air base→"
        "Al Khadim, confirmed by an LNA air-force officer (reported withdraw); a planned Jufra air base→Al Khadim pull-out; "
        "a conditional return to Brak «إذا طلبت نيامي أو باماكو»; the LNA denies a Gerjon claim of Pantsir systems flown "
        "into Benina (denied airlift; the «مطار بنينا» spare-parts flights are civil). Not movement places: Idri (where "
        "residents heard the planes), Niamey/Bamako (requesters), Algeria/Mali (airspace context), Sabha/Tobruk (analyst). "
        "Traps: outlet «درج» (= town Derj), «نحن بنينا» ('we built'), the analyst سالم البراكي (contains براك), الفيلق الأفريقي.",
 "fs2": "Enab Baladi: flight trackers see charter flights Mitiga airport→Gaziantep and a faction commander confirms 300 "
        "Syrian fighters went home overland via Bab al-Salama to Azaz (reported withdraw); a planned second batch from "
        "Al-Watiya; fighters in Misrata «لن يغادروا إلا إذا…» (conditional); the GNU denies a new batch flown Konya→Misrata "
        "airport (denied airlift). Tunisia (where the charter firm is registered), Afrin / northern Aleppo (where the men "
        "come from) and Jufra (Russian presence) are not movement places; traps: أيمن الحلبي (contains حلب), فرقة السلطان "
        "مراد, الجيش الوطني السوري.",
 "fs3": "Euronews Arabic: ship trackers follow the Russian cargo ship «أدلر ستار» Novorossiysk→Bosphorus→(AIS off south "
        "of Crete)→Tobruk port (reported shipment); Maxar sees the cargo trucked «من الميناء» towards Al Khadim near "
        "At Tamimi (reported shipment); a claimed Russian marine landing at Tobruk denied by the embassy in Tripoli; a "
        "second ship expected at Benghazi port (planned); IRINI's Greek frigate would sail from Souda Bay to off Benghazi "
        "«إذا توافرت أسباب» (conditional, actor null). The ship's wheat call at the port of Tripoli (Lebanon) last year "
        "and the nearby Hariga oil port are not movements. Traps: أندرياس كريتيكوس (contains كريت), the frigate «هيدرا», "
        "the account «مرصد المتوسط».",
 "fs4": "Al Mayadeen: imagery shows Turkish Akinci drones moved Al-Watiya air base→Mitiga air base, confirmed by a GNU "
        "chief-of-staff source (reported redeploy); two A400M flights Kayseri→Mitiga airport (reported airlift); a planned "
        "Turkish Hisar reinforcement in Misrata; Ankara denies a landing at Al-Khums port; an LNA officer in Benghazi: two "
        "battalions massed in Jufra (reported mobilise) and an advance Sirte→Abu Qurayn «إذا اقتربت المسيّرات» "
        "(conditional; أبو قرين spelled apart). Traps: علي الطرابلسي (contains طرابلس), مختار المصراتي, «يني شفق», "
        "العاصمة الليبية.",
 "fs5": "Sudan Tribune: researchers document Il-76 flights Al Khadim air base→Kufra airport→Nyala, tracking off over the "
        "border triangle (reported airlift, no force named); an RSF column Kufra→Al Malha, confirmed by Kufra municipality "
        "(reported reinforce); the LNA denies that Subul al-Salam escorted fuel trucks Sarir field→Kufra→the Sudanese "
        "border (denied shipment); the Sudanese army massing at Al Debba (reported mobilise, actor null) to be sent to the "
        "border with Libya (planned deploy); Egypt would push units East Oweinat→the triangle «إذا امتدت المعارك إليه» "
        "(conditional advance). Traps: الجيش السوداني (contains السودان), الجيش المصري / مصادر مصرية (contain مصر), "
        "خالد الأبيض (El Obeid), عمر الإدريسي (Idri), «تعطّل الخادم» (the server), سودان تريبيون.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("fs1", "fs2", "fs3", "fs4", "fs5")
