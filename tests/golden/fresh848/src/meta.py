# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (row قاعدة الجفرة الجوية)
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 # qfr1 Sirte and the drones (Al-Quds Al-Arabi)
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G* (row قاعدة الجفرة الجوية)
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 # qfr2 the Fezzan (Al-Hiwar Al-Mutamaddin)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 # qfr3 the western coast and Ras Ajdir (Al-Manara Media)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "nuqat": ("district", "LY", 32.74574, 11.99562, "Nuqat al Khams"),                     # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 # qfr4 Kufra and the south-east (Febrayer)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 23.30855, 22.08059, "Kufra municipality/district"),     # G (row الكفرة district, alias بلدية الكفرة)
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "tripoint_eg_sd": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),               # G (row جنوب شرق ليبيا)
 "asyut": ("city", "EG", 27.18096, 31.18368, "Asyut"),                                  # G
 "east_oweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                    # G* (row مطار شرق العوينات)
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 # qfr5 foreign forces (Al-Arab)
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "leptis": ("town", "LY", 32.638, 14.293, "Leptis Magna (Lebda)"),                      # K
 "tartus_port": ("crossing", "SY", 34.88902, 35.88659, "Port of Tartus"),               # G* (row طرطوس, city)
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),               # G* (row قاعدة طبرق البحرية)
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
}

TRAPS = {
 "qfr1": ["القدس العربي", "عبد الحكيم الطرابلسي", "الجيش الوطني الليبي", "فاغنر", "روسية"],
 "qfr2": ["الحوار المتمدن", "فرج الفزاني", "الملك إدريس", "طارق بن زياد",
          "مجلس القيادة العسكرية لإنقاذ الجمهورية", "التشادي", "المالي"],
 "qfr3": ["المنارة للإعلام", "خليفة الجنزوري", "محمد إدريس", "حكومة الوحدة الوطنية", "وزارة الدفاع التونسية"],
 "qfr4": ["فبراير", "عبد السلام الجالوي", "الجيش الوطني الليبي", "عملية تأمين الحدود الجنوبية", "قوات الدعم السريع",
          "السودانية", "مصرية", "التشادية"],
 "qfr5": ["العرب اللندنية", "رمضان الخمسي", "تركية", "السوريين", "الجيش المصري", "الباب السوري", "النافذة الليبية", "الدول الخمس"],
}

PHEN = {
 "qfr1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "coverage_bases", "coverage_oil", "countries"],
 "qfr2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
          "coverage_oil", "coverage_neighbours", "countries"],
 "qfr3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_idri", "border_phrase",
          "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "qfr4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "town_vs_district", "border_phrase", "coverage_neighbours", "countries"],
 "qfr5": ["multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qfr1": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["سرت"], ["اجدابيا"]),
  mv("naval_landing", "reported", "Libyan National Army", [], ["ميناء السدرة"]),
  mv("mobilise", "planned", "GNA forces", ["مصراتة"], ["أبوقرين"]),
  mv("redeploy", "conditional", "Turkish armed forces", ["قاعدة الوطية"], ["مصراتة"]),
  mv("withdraw", "denied", "Wagner Group", ["قاعدة الجفرة"], ["براك"]),
 ],
 "qfr2": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["اوباري"], ["جرمة"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["حقل الشرارة"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة تمنهنت"], ["إدري"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["القطرون"]),
  mv("reinforce", "conditional", "Algerian army", ["إليزي"], ["جانت"]),
 ],
 "qfr3": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["معبر رأس اجدير"], ["جنزور", "صبراتة", "زوارة"]),
  mv("deploy", "denied", "Misrata forces", [], ["الزاوية"]),
  mv("redeploy", "planned", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("withdraw", "conditional", "Zintan forces", ["العزيزية"]),
 ],
 "qfr4": [
  mv("reinforce", "reported", "Libyan National Army", ["اجدابيا"], ["كفرة"], ["جالو"]),
  mv("advance", "denied", "Sudanese armed groups", [], ["المثلث الحدودي مع مصر والسودان"]),
  mv("airlift", "planned", "Egyptian army", ["أسيوط"], ["شرق العوينات"]),
  mv("withdraw", "conditional", "Chadian armed groups", ["ربيانة"], ["تيبستي"]),
 ],
 "qfr5": [
  mv("naval_landing", "reported", "Turkish armed forces", ["مرسين"], ["ميناء الخمس"]),
  mv("airlift", "denied", "Syrian mercenaries", ["إسطنبول"], ["مطار معيتيقة"]),
  mv("shipment", "planned", "Russian forces", ["ميناء طرطوس"], ["ميناء طبرق"]),
  mv("advance", "conditional", "Egyptian army", ["سيدي براني"]),
 ],
}

NOTES = {
 "qfr1": "Opinion column: an LNA column Benghazi→Sirte via Ajdabiya told in passing (reported), an LNA ship landing about "
         "100 men at Es Sider port (reported, no origin), a GNA plan to mass two battalions from Misrata in Abu Qurayn, Ankara's drones that will not move from Al-Watiya to Misrata unless asked "
         "(conditional), Moscow's denial of a Wagner pull-out from the Jufra base toward Brak. Rhetorical questions "
         "and the imagined return of all columns 'from Al-Jufra to Al-Watiya' are not movements; Tripoli (LY) and "
         "Ankara/Moscow are only seats of speakers; Tripoli in Lebanon is only a comparison.",
 "qfr2": "Opinion column: the LNA's Tariq bin Ziyad brigade enters Ubari from Sabha via Germa (reported), fuel and "
         "ammunition trucks Sabha→Sharara field two days earlier (reported), a planned company Tamanhint base→Idri, a Chadian rebel group denies massing near Al-Qatrun, Algeria's conditional "
         "reinforcement Illizi→Djanet if chaos reaches Ghat (Ghat only the condition). The phone calls from Benghazi "
         "or Tripoli, the imagined doctors' convoy and 'where is Mali from here' are not movements; Idri also sits "
         "inside King Idris; 'المالي' (financial) is a trap beside the country Mali.",
 "qfr3": "Opinion column: an interior-ministry (GNA) column Tripoli→Ras Ajdir crossing via Janzour, Sabratha and "
         "Zuwara (reported), Misrata's military council denies sending a battalion to Zawiya (no origin written), "
         "Tunisia's planned move Tataouine→Dehiba (Wazin only a locator, 'قبالة'), Zintan's forces will not leave "
         "Al-Aziziyah unless the others do (conditional). 'What if every Tripoli district sent its own column to the "
         "border' and the imagined meeting of columns are not movements; the stranded traveller at the Tunisian border "
         "is no force.",
 "qfr4": "Opinion column: an LNA column Ajdabiya→Kufra (written كفرة) via Jalu (reported), the RSF denies advancing "
         "toward the border triangle with Egypt and Sudan, a planned Egyptian airlift Asyut→East Oweinat (Cairo only "
         "the newspapers' city), Chadian factions near Rebiana will not return to Tibesti unless fighting stops there "
         "(conditional withdraw). Khartoum is a distance reference; Kufra in the last mention of Rebiana is a distance "
         "reference; 'will Rebiana become their capital' is rhetorical.",
 "qfr5": "Opinion column: a Turkish landing ship lands troops at Khoms port from Mersin (reported by port workers), the "
         "Tripoli defence ministry denies a flight of Syrian mercenaries Istanbul→Mitiga airport, Moscow's planned sea "
         "shipment of air-defence systems Tartus port→Tobruk port, Egypt's army will not advance west of Sidi Barrani "
         "unless the Sirte–Jufra line is crossed (conditional; Sirte and Jufra only the condition). Leptis is a "
         "rhetorical tourist site; 'from Al-Watiya to Al-Jufra' is a hypothetical; Tripoli 'of the West' vs Tripoli "
         "'of the Levant'.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qfr1", "qfr2", "qfr3", "qfr4", "qfr5")
