# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 # qdb1 Ras Ajdir seen from Ben Gardane (Diwan FM)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine governorate"),        # G (row district:TN-82)
 "border_tn_side": ("region", "TN", 33.00, 11.40, "Tunisia-Libya border (Tunisian side)"),  # K
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                              # G
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "se_tn": ("region", "TN", 33.20, 10.60, "South-eastern Tunisia"),                      # K
 # qdb2 Zawiya refinery, Zuwara and Mellitah (Sada Economic)
 "zuwara_port": ("crossing", "LY", 32.935, 12.095, "Port of Zuwara"),                   # K
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "port_tripoli_lb": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Maya"),                                 # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 # qdb3 Brega to Kufra (Al-Wafd)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "brega_port": ("oilfield", "LY", 30.415, 19.585, "Marsa el Brega oil port"),           # K
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "se_ly": ("region", "LY", 24.20, 22.50, "South-eastern Libya"),                        # K
 # qdb4 Sabha depot (Akhbar Al-Khaleej)
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (row هون, README convention)
 "tayouri": ("district", "LY", 27.03766, 14.42832, "Al-Tayouri (Sabha)"),               # G* (row الطيوري, kind district)
 "sabha_dist": ("district", "LY", 27.03149, 15.06865, "Sabha district"),                # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 # qdb5 Ubari depot (Al-Seyassah)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "border_dz_ly": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "daraj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                  # G* (row درج, written الدرج)
}

TRAPS = {
 "qdb1": ["ديوان أف أم", "الجيش التونسي", "منير القابسي", "نهج طرابلس", "المالي", "الليبي", "التونسي"],
 "qdb2": ["صدى الاقتصادية", "شركة البريقة لتسويق النفط", "الزواري"],
 "qdb3": ["الوفد", "صهاريج «البريقة»", "شركة البريقة لتسويق النفط", "كتيبة سبل السلام", "الجيش الليبي",
          "الوطني الليبي", "سالم الجالوي", "قوات الدعم السريع السودانية"],
 "qdb4": ["أخبار الخليج", "الوطني الليبي", "إدريس السبهاوي", "تشاديين", "التشادية", "شركة البريقة لتسويق النفط"],
 "qdb5": ["السياسة", "الجيش الليبي", "الجيش الوطني الليبي", "محمد إدريس الطاهر", "شركة البريقة",
          "الليبي"],
}

PHEN = {
 "qdb1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qdb2": ["clitics", "multiword", "media_trap", "person_trap", "ambiguity_tripoli", "vague_area", "coverage_bases",
          "coverage_oil", "coverage_crossings", "countries"],
 "qdb3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qdb4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri", "vague_area",
          "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qdb5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qdb1": [
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["بن قردان"], ["مدنين"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["معبر رأس اجدير"]),
  mv("advance", "conditional", "GNA forces", [], ["زلطن", "الجميل"]),
  mv("withdraw", "denied", "GNA forces", ["أبو كماش"], ["زوارة"]),
 ],
 "qdb2": [
  mv("deploy", "reported", "GNA forces", ["مصفاة الزاوية"], ["زوارة"], ["صبراتة", "العجيلات"]),
  mv("naval_landing", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("naval_landing", "planned", "GNA forces", ["ميناء طرابلس"], ["مجمع مليتة"]),
  mv("advance", "conditional", "GNA forces", [], ["الماية"]),
  mv("reinforce", "denied", "Misrata forces", ["مصراتة"], ["الزاوية"]),
 ],
 "qdb3": [
  mv("deploy", "reported", "Libyan National Army", ["ميناء البريقة"], ["الكفرة"], ["اجدابيا", "جالو"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("advance", "conditional", "Libyan National Army", [], ["الحدود مع السودان"]),
  mv("advance", "denied", "Sudanese armed groups", [], ["ربيانة"]),
 ],
 "qdb4": [
  mv("shipment", "reported", "Libyan National Army", ["راس لانوف"], ["سبها"], ["الجفرة"]),
  mv("withdraw", "reported", None, [], ["الطيوري"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["براك"]),
  mv("airlift", "conditional", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["مطار سبها"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["القطرون"]),
 ],
 "qdb5": [
  mv("advance", "reported", "Libyan National Army", ["سبها"], ["أوباري"], ["جرمة"]),
  mv("shipment", "reported", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["أوباري"]),
  mv("withdraw", "conditional", "Libyan National Army", ["أوباري"]),
  mv("redeploy", "planned", "Libyan National Army", ["أوباري"], ["العوينات"]),
  mv("mobilise", "denied", "Foreign fighters", ["النيجر"], ["حقل الشرارة"]),
 ],
}

NOTES = {
 "qdb1": "Diwan FM from Ben Gardane: Tunisian army reinforcements Gabes→Ben Gardane via Medenine (the buffer zone by "
         "the border with Libya is where they work, not a named destination); a GNU interior-ministry force planned "
         "Tripoli→Ras Ajdir crossing; its conditional advance on Zaltan and Al-Jumayl if the seized fuel tanks are not "
         "handed over; the Zuwara joint security room's denied pull-out Abu Kammash→Zuwara. Zarzis/Djerba (fuel "
         "markets), Tunis (speaker), Tunisia/Libya (trade) and the south-east are not movement places.",
 "qdb2": "NOC via Sada Economic: a GNU chief-of-staff force escorting 42 tankers Zawiya refinery→Zuwara via Sabratha "
         "and Al-Ajaylat; navy boats landing 60 men at Zuwara port from Abu Sitta naval base (Tripoli only locates the "
         "base); a facilities-guard battalion to be shipped by landing ship from Tripoli port to the Mellitah complex "
         "quay (planned); a conditional advance on Al-Maya; the Misrata joint force's denied column to Zawiya. Malta, "
         "the port of Tripoli in Lebanon, Lebanon, Italy and the west coast are smuggling/gas/shortage context.",
 "qdb3": "Al-Wafd from Benghazi: a Subul al-Salam company escorting Brega-company tankers Brega port→Kufra via "
         "Ajdabiya and Jalu; a planned airlift Benina air base→Kufra airport; a conditional advance to the border with "
         "Sudan; the denied entry of RSF fighters into Rebiana (headline repeats it; 'الكفره' in the quote and Jalu in "
         "the background are not movement places). Sudan/Chad as smuggling targets and the oil crescent are context.",
 "qdb4": "Akhbar Al-Khaleej from Sabha: 35 LNA-logistics tankers with an escort company Ras Lanuf→Sabha via Jufra "
         "(shipment); a local armed group (no named force, actor null) handing back the depot and withdrawing to "
         "Al-Tayouri; a planned company Tamanhint air base→Brak (Wadi al-Shati and Idri only the area served); a "
         "conditional airlift Jufra air base→Sabha airport; a denied massing of Chadian opposition fighters in "
         "Al-Qatrun (Murzuq only the road's end). Niger/Chad are smuggling targets.",
 "qdb5": "Al-Seyassah from Cairo: LNA units Sabha→Ubari via Germa retaking the fuel depot; 14 ammunition-and-fuel "
         "trucks Tamanhint air base→Ubari; their conditional stay ('لن تنسحب من أوباري إلا بعد'); a planned company "
         "Ubari→Al-Awaynat (Ghat and the border with Algeria only the smugglers' road); a denied massing of foreign "
         "gunmen from Niger near the Sharara field. Idri, Daraj, Wadi al-Shati, Algeria, Tunisia and Niger in the "
         "smuggling-route paragraph are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qdb1", "qdb2", "qdb3", "qdb4", "qdb5")
