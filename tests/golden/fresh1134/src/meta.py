# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# G* = gazetteer row reused under another label/kind (listed in the README). No own-knowledge coordinates.
P = {
 # Sabha and the Fezzan
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                # G
 "tayouri": ("town", "LY", 27.03766, 14.42832, "Al-Tayouri (Sabha)"),                    # G (Sabha neighbourhood)
 "manshiya": ("town", "LY", 27.03766, 14.42832, "Al Manshiya (Sabha)"),                  # G (Sabha neighbourhood)
 "hajara": ("town", "LY", 27.03766, 14.42832, "Hajara (Sabha)"),                         # G (Sabha neighbourhood)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G* (row قاعدة تمنهنت; also written قاعدة تمنهنت الجوية, تمنهنت)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                  # G* (row جنوب ليبيا, written الجنوب الليبي)
 "south_west": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G (row الجنوب الغربي)
 # Wadi al-Hayat, Ubari, Ghat
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari Municipality"),              # G* (town row, kind district)
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                  # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                   # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                         # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                            # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libya side)"),  # G* (row الحدود الليبية النيجرية)
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 # Murzuq and the south-west
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G (also written مرزوق)
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq District"),               # G (row district:LY-MQ)
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                               # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "zuwaylah": ("town", "LY", 26.16188, 15.12522, "Zuwaylah"),                             # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                            # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libya side)"),   # G* (row الحدود الليبية التشادية)
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 # Ghadames, Nalut, Zintan
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                              # G
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),      # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                   # G
 "daraj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                   # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawin"),                               # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),        # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                 # G (row الذهيبة)
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                  # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                      # G
 "nafusa": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),      # G (row region:western-mountain)
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),              # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 # Zuwara and the coast to Ras Ajdir
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                 # G
 "zuwara_airport": ("airport", "LY", 32.95230, 12.01550, "Zwara Airport"),               # G
 "zuwara_port": ("crossing", "LY", 32.92200, 12.12000, "Port of Zuwara"),                # G (gazetteer kind crossing)
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير, written رأس اجدير)
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                            # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                              # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),     # G
 "abu_sitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libya side)"),  # G* (row الحدود الليبية التونسية)
}

TRAPS = {
 "qqs1": ["سهيل", "الكتيبة 116 مشاة", "حكومة الوحدة الوطنية", "أحمد الفزاني"],
 "qqs2": ["المؤتمر نت", "لواء طارق بن زياد", "قوة الفصل", "حرس المنشآت النفطية", "موسى الغاتي"],
 "qqs3": ["بكرا", "لواء 128 مشاة", "الجيش الوطني", "المعارضة التشادية", "التشادية", "تشاديين", "إدريس آدم",
          "ليبية", "الليبي"],
 "qqs4": ["الصنارة", "مجلس النواب الليبي", "حكومة الوحدة الوطنية", "علي النالوتي", "درجة", "الجيش الجزائري",
          "التونسية"],
 "qqs5": ["اليمني الجديد", "المجلس الأعلى لأمازيغ ليبيا", "حكومة الوحدة الوطنية", "تركياً", "تركية", "التونسية"],
}

PHEN = {
 "qqs1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_tripoli", "vague_area",
          "coverage_bases"],
 "qqs2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_tripoli",
          "town_vs_district", "vague_area", "border_phrase", "coverage_oil", "coverage_neighbours", "countries"],
 "qqs3": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "operation_trap", "person_trap",
          "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_neighbours", "countries"],
 "qqs4": ["clitics", "multiword", "media_trap", "common_word_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qqs5": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "operation_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "coverage_crossings", "coverage_bases",
          "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qqs1": [
  mv("withdraw", "reported", "Libyan National Army", ["مطار سبها"], ["قاعدة تمنهنت الجوية"]),
  mv("deploy", "planned", "Libyan National Army", ["براك"], ["مطار سبها"]),
  mv("advance", "denied", "GNA forces", ["الشويرف"], ["سبها"]),
  mv("redeploy", "conditional", "Libyan National Army", ["تمنهنت"], ["سبها"]),
 ],
 "qqs2": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["أوباري"], ["جرمة", "الغريفة"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["أوباري"], ["جرمة", "الغريفة"]),
  mv("redeploy", "planned", "Libyan National Army", ["أوباري"], ["حقل الشرارة"]),
  mv("advance", "denied", "Foreign fighters", ["الحدود مع النيجر"], ["أوباري"]),
  mv("advance", "conditional", "Libyan National Army", ["أوباري"], ["العوينات", "غات"]),
 ],
 "qqs3": [
  mv("withdraw", "reported", "Libyan National Army", ["مرزق"], ["تراغن"]),
  mv("deploy", "planned", "Libyan National Army", ["القطرون"], ["مرزق"]),
  mv("advance", "denied", "Chadian armed groups", ["تجرهي"], ["مرزوق"]),
  mv("reinforce", "conditional", "Libyan National Army", ["قاعدة تمنهنت"], ["مرزق"]),
 ],
 "qqs4": [
  mv("airlift", "reported", "GNA forces", ["مطار معيتيقة"], ["مطار غدامس"]),
  mv("deploy", "planned", "GNA forces", ["نالوت"], ["منفذ وازن"]),
  mv("withdraw", "planned", "Zintan forces", ["منفذ وازن"], ["الزنتان"]),
  mv("advance", "denied", "Algerian army", ["الدبداب"], ["غدامس"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["الشويرف"]),
  mv("advance", "conditional", "Libyan National Army", ["الشويرف"], ["درج", "غدامس"], ["الحمادة الحمراء"]),
 ],
 "qqs5": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["منفذ رأس اجدير"], ["العجيلات", "الجميل"]),
  mv("airlift", "planned", "GNA forces", ["مطار معيتيقة"], ["مطار زوارة"]),
  mv("naval_landing", "denied", "Turkish armed forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("withdraw", "conditional", "GNA forces", ["رأس اجدير"], ["طرابلس"]),
 ],
}

NOTES = {
 "qqs1": "Yemeni TV (Suhail) on a five-point joint statement of Sabha's municipal council and elders: the LNA's 116th "
         "battalion pulled out from near Sabha airport to Tamanhint air base (reported), LNA military police to come "
         "from Brak to guard Sabha airport (planned, «على أن تصل»), a GNU column Ash Shwayrif→Sabha denied by the "
         "council, and the battalion's conditional return Tamanhint→Sabha («لن تعود ... إلا إذا»); the demand to remove "
         "armed groups from Al-Tayouri, Al-Manshiya and Hajara, the warning against any return, the signature «صدر في "
         "سبها», Tripoli's silence, the LNA spokesman in Benghazi and the 2024 clashes are not movements.",
 "qqs2": "Yemeni party site (Al-Motamar Net) on a bulletin of Ubari's municipal council: the LNA's separation force "
         "arrived Sabha→Ubari via Germa and Al-Ghurayfa (reported), a planned company Ubari→Sharara field (handover "
         "from the Petroleum Facilities Guard, which does not move in the text), foreign gunmen's entry from the border "
         "with Niger denied, and a conditional advance Ubari→Al-Awaynat and Ghat; the demand that armed groups leave "
         "the Sharara area, Tripoli's rejection, the 2014-2016 war and the displaced in Sabha and Murzuq are not "
         "movements; موسى الغاتي holds Ghat.",
 "qqs3": "Nazareth news site (Bokra) on a four-point appeal of Murzuq's elders: an LNA (128th brigade) company left "
         "Murzuq for Traghen (reported), a joint LNA force to come Al-Qatrun→Murzuq (planned), a Chadian rebel advance "
         "Tajarhi→Murzuq (written مرزوق in the quoted rumour) denied, and LNA reinforcements Tamanhint base→Murzuq "
         "if clashes resume (conditional); the demand that foreign groups leave Murzuq district, the road to Umm "
         "al-Aranib, civilians displaced to Al-Qatrun and Sabha in 2019, smuggling across the border with Niger and "
         "past tension in Umm al-Aranib and Zuwaylah are not movements; إدريس آدم holds إدري.",
 "qqs4": "Nazareth weekly (Al-Sinara) on a joint statement of the MPs for Ghadames, Nalut and Daraj: two GNU military "
         "planes Mitiga airport→Ghadames airport with about eighty men (reported airlift), the planned handover of the "
         "Wazin crossing (a Tripoli General Staff battalion Nalut→crossing, the Zintan force crossing→Zintan), an "
         "Algerian army crossing Debdeb→Ghadames denied, and the LNA's conditional advance Ash Shwayrif→Daraj and "
         "Ghadames across the Hamada al-Hamra; the demand that forces leave Ghadames and Sinawen, Algeria as a "
         "partner, Dehiba and the Jabal Nafusa background are not movements; «بدرجة» holds درج.",
 "qqs5": "Yemeni news site (Al-Yemeni Al-Jadeed) on a statement of Zuwara's municipal council and the Amazigh Supreme "
         "Council: a GNU Interior force Tripoli→Ras Ajdir crossing via Al-Ajaylat and Al-Jumayl, avoiding Zuwara "
         "(reported; Zuwara is not a via), a planned police airlift Mitiga airport→Zuwara airport, a Turkish landing "
         "Abu Sitta naval base→Zuwara port denied, and the force's conditional withdrawal Ras Ajdir→Tripoli («لن تنسحب "
         "... إلا بعد»); the council's demand to pull the force back to Tripoli, Zuwara port and Mellitah as sites to "
         "guard, Ben Gardane, the 2024 closure and Tunisia's mediation are not movements; «تركياً» holds تركيا.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qqs1", "qqs2", "qqs3", "qqs4", "qqs5")
