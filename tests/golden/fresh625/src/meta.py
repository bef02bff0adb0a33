# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 # Libya, shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "yarmouk": ("base", "LY", 32.88743, 13.18733, "Yarmouk Camp (Tripoli)"),               # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_ap": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                    # G
 "benina_ap": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),   # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # xc1 Zaman al-Wasl (Gaziantep)
 "gaziantep": ("city", "TR", 37.05944, 37.38250, "Gaziantep"),                          # G
 "gaziantep_ap": ("airport", "TR", 36.94720, 37.47870, "Gaziantep International Airport"),  # G
 "mitiga_ap": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                  # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "azaz": ("town", "SY", 36.5863, 37.0441, "Azaz"),                                      # K
 "north_sy": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                    # G
 "tekbali": ("base", "LY", 32.88743, 13.18733, "Tekbali Camp (Tripoli)"),               # G
 "afrin": ("town", "SY", 36.50833, 36.86944, "Afrin"),                                  # G
 "babsalama": ("crossing", "SY", 36.63440, 37.08580, "Bab al-Salama border crossing"),  # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "akkar": ("district", "LB", 34.54, 36.10, "Akkar"),                                    # K
 # xc2 Syria TV (Istanbul)
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                            # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "aleppo": ("city", "SY", 36.20124, 37.16117, "Aleppo"),                                # G
 "mersin_port": ("crossing", "TR", 36.795, 34.645, "Port of Mersin"),                   # K
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "idlib": ("city", "SY", 35.93062, 36.63393, "Idlib"),                                  # G
 # xc3 Al-Quds Al-Arabi (London)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "se_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                  # G* (row جنوب شرق ليبيا)
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "ndarfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                     # G
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "nyala_ap": ("airport", "SD", 12.0535, 24.9562, "Nyala Airport"),                      # K
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "border_lysd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # xc4 Al-Sudani (Port Sudan)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "adre": ("town", "TD", 13.46648, 22.19875, "Adre"),                                    # G
 "adre_crossing": ("crossing", "TD", 13.46648, 22.19875, "Adre border crossing"),       # G* (town row)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "sdarfur": ("district", "SD", 10.95622, 24.44234, "South Darfur"),                     # G
 "border_sdly": ("region", "SD", 20.9, 25.3, "Sudan-Libya border (Sudanese side)"),     # K
 # xc5 Khaleej Online (Doha)
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
 "latakia": ("city", "SY", 35.53125, 35.79088, "Latakia"),                              # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),         # G* (row برقة, found by grep شرق ليبيا)
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "tobruk_port": ("crossing", "LY", 32.076, 23.978, "Port of Tobruk"),                   # K
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "jufra_dist": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                      # G* (row هون, Hun)
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "brak_mun": ("district", "LY", 27.54956, 14.27139, "Brak al-Shati municipality"),      # G* (town row)
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "border_lyne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "border_lydz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
}

TRAPS = {
 "xc1": ["زمان الوصل", "الليبية", "التركية", "فرقة السلطان مراد", "لواء صقور الشمال", "الأشهر الخمسة", "أبو بكر الإدلبي",
         "المرصد السوري لحقوق الإنسان", "السوريين"],
 "xc2": ["تلفزيون سوريا", "أبو محمد الحلبي", "التركية", "الجيش الوطني السوري", "الليبية", "وزارة الدفاع السورية",
         "الجيش السوري الجديد", "السوريين"],
 "xc3": ["القدس العربي", "الدعم السريع", "التشاديين", "السودانيين", "تحويلات مالية", "الجيش الوطني الليبي", "سبل السلام",
         "الحرب السودانية", "كولومبيين", "نيجريون"],
 "xc4": ["السوداني", "كولومبيون", "نيجريون", "وتشاديون", "فصيل تشادي", "الكولومبي", "التشادي", "الدعم السريع", "محمد إدريس ديبي"],
 "xc5": ["الفيلق الأفريقي", "الخليج أونلاين", "الروسية", "دعم مالي", "محمد الإدريسي"],
}

PHEN = {
 "xc1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "xc2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "xc3": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_neighbours", "countries"],
 "xc4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "xc5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


SM, FF, RU = "Syrian mercenaries", "Foreign fighters", "Russian forces"
MOVES = {
 "xc1": [
  mv("mobilise", "reported", SM, [], ["اعزاز"]),
  mv("airlift", "reported", SM, ["مطار غازي عنتاب"], ["مطار معيتيقة"]),
  mv("deploy", "reported", SM, [], ["معسكر التكبالي"]),
  mv("redeploy", "reported", SM, ["معسكر اليرموك"], ["قاعدة الوطية"]),
  mv("withdraw", "planned", SM, ["طرابلس"], ["عفرين"], ["تركيا", "معبر باب السلامة"]),
  mv("reinforce", "conditional", SM, [], ["سرت"]),
  mv("deploy", "denied", SM, [], ["ليبيا"]),
 ],
 "xc2": [
  mv("withdraw", "reported", SM, ["ليبيا", "قاعدة الوطية"], ["الشمال السوري", "أعزاز"],
     ["مطار غازي عنتاب", "معبر باب السلامة"]),
  mv("naval_landing", "planned", SM, ["ميناء مرسين"], ["ميناء طرابلس", "معسكر اليرموك"]),
  mv("withdraw", "conditional", SM, ["قاعدة الوطية"], ["طرابلس"]),
  mv("deploy", "denied", SM, [], ["ليبيا"]),
 ],
 "xc3": [
  mv("deploy", "reported", "Sudanese armed groups", ["الكفرة"], ["المالحة"], ["مثلث العوينات"]),
  mv("airlift", "reported", "Sudanese armed groups", ["مطار الكفرة"], ["مطار نيالا"]),
  mv("shipment", "reported", "Sudanese armed groups", ["حقل السرير"], ["المالحة"]),
  mv("reinforce", "planned", "Sudanese armed groups", ["قاعدة معطن السارة"], ["الفاشر"]),
  mv("advance", "conditional", "Libyan National Army", ["الكفرة"], ["الحدود مع السودان"]),
  mv("airlift", "denied", FF, ["مطار بنينا"], ["نيالا"]),
 ],
 "xc4": [
  mv("airlift", "reported", FF, ["مطار الكفرة"], ["مطار نيالا"]),
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["المالحة"], ["الحدود مع ليبيا"]),
  mv("airlift", "planned", FF, ["مطار بنينا"], ["نيالا"], ["الكفرة"]),
  mv("advance", "conditional", "Chadian armed groups", ["الجنوب الليبي"], ["دارفور"]),
  mv("deploy", "denied", FF, [], ["السودان"], ["معبر أدري"]),
 ],
 "xc5": [
  mv("airlift", "reported", RU, ["قاعدة حميميم"], ["قاعدة الخادم"]),
  mv("naval_landing", "reported", RU, ["طرطوس"], ["ميناء طبرق"]),
  mv("shipment", "reported", RU, ["الخادم"], ["قاعدة براك الجوية"], ["الجفرة"]),
  mv("airlift", "planned", RU, ["قاعدة براك الجوية"], ["مالي"], ["نيامي"]),
  mv("redeploy", "conditional", RU, ["قاعدة الجفرة الجوية"], ["القطرون"]),
  mv("mobilise", "denied", RU, [], ["الحدود مع الجزائر"]),
 ],
}

NOTES = {
 "xc1": "Zaman al-Wasl: Syrian fighters gathered near Azaz (mobilise; 'in northern Syria' only locates the town), "
        "flown Gaziantep airport→Mitiga airport (Tripoli only locates the airport; headline 'معيتيقة' repeats the move), "
        "moved on to Tekbali camp (no origin written), a second group Yarmouk camp→Al-Watiya, a planned return "
        "Tripoli→Afrin via Turkey and Bab al-Salama, a conditional reinforcement of the Sirte fronts, and Ankara's "
        "denial of sending 'any mercenaries' to Libya (Ankara = speaker). Lebanon's Tripoli and Akkar are only where "
        "recruiters work; Gaziantep (dateline) is not the airport.",
 "xc2": "Syria TV: 140 Syrian fighters returned Libya/Al-Watiya→northern Syria/Azaz via Gaziantep airport and Bab "
        "al-Salama; a planned replacement batch by sea Mersin port→Tripoli port to Yarmouk camp; the 300 left at "
        "Al-Watiya will not pull back to Tripoli unless Turkey orders it (conditional); Damascus denies sending "
        "fighters to Libya. Tripoli occurs as Tripoli, Lebanon (a returnee's family; not a movement place) and as the "
        "Libyan capital (destination of the conditional withdrawal); Aleppo and Idlib are origins of people, not moves.",
 "xc3": "Al-Quds Al-Arabi on a UN panel report: an RSF convoy Kufra→Al-Malha via the Uweinat triangle (south-eastern "
        "Libya and North Darfur only locate), an RSF airlift Kufra airport→Nyala airport, RSF fuel tankers Sarir "
        "field→Al-Malha, a planned RSF reinforcement Maaten al-Sarra→El Fasher, the LNA's conditional advance "
        "Kufra→the border with Sudan, and the LNA's denial of a Colombian airlift Benina airport→Nyala (Benghazi = "
        "where the statement came from; Kufra also where wages are paid; Tunis only the venue of a meeting).",
 "xc4": "Al-Sudani: the SAF says foreign mercenaries were flown Kufra airport→Nyala airport, an RSF ammunition and fuel "
        "convoy went Kufra→Al-Malha across the border with Libya, a new Colombian batch is due Benina airport→Nyala "
        "via Kufra (planned), a Chadian faction in southern Libya will not advance to Darfur unless paid (conditional), "
        "and N'Djamena denies fighters crossing the Adre crossing into Sudan. Port Sudan = dateline; Chad, Egypt, Libya "
        "at the end receive refugees (not a force).",
 "xc5": "Khaleej Online on the Russian Africa Corps: cargo flights Hmeimim base→Al-Khadim base (Latakia only locates "
        "Hmeimim), landing ships Tartus→Tobruk port, a 40-truck convoy Al-Khadim→Brak air base via Al-Jufra (Brak town, "
        "Wadi al-Shati and Idri '120 km' only locate the base), a planned airlift Brak air base→Mali via Niamey, a "
        "conditional redeployment Jufra air base→Al-Qatrun (the Niger border and Niger are locator/condition; Sabha the "
        "speaker's city), and the embassy in Tripoli denies massing near the border with Algeria.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("xc1", "xc2", "xc3", "xc4", "xc5")
