# Metadata for fresh952 (qjr1-qjr5). Place rows: (kind, country, lat, lon, name).
# G = gazetteer row (grep -F in data/gazetteer.csv), K = own knowledge, G* = gazetteer row reused under another
# label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # shared
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 # qjr1 Tishreen timeline (Fezzan)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G (row حقل الشرارة; bare الشرارة too)
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "traghan": ("town", "LY", 25.92333, 14.42056, "Taraghin"),                             # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G (district row مرزق)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 # qjr2 Ma'an timeline (Kufra and the border triangle)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "ounianga": ("town", "TD", 19.05263, 20.48887, "Ounianga Kebir"),                      # G (row أونيانقا كبير)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G* (row قاعدة معطن السارة, written bare)
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                        # G
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                              # G
 "karb_tom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                       # G
 # qjr3 Al-Hayat al-Jadida day-by-day (Murzuq-Qatrun axis, Niger)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G (row منفذ التوم; bare التوم too)
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 # qjr4 26 September hour-by-hour (Jufra and the oil ports)
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (base row, near Hun/Waddan)
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G (row راس لانوف; also with ميناء)
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "sanaa": ("city", "YE", 15.35452, 44.20646, "Sanaa"),                                  # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "zella": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                 # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "sidra": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G (row ميناء السدرة; bare السدرة too)
 # qjr5 Aden al-Ghad day on the Ghat border
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G (row منفذ إيسين; bare إيسين too)
 "barakat": ("town", "LY", 24.89400, 10.18336, "Al Barakat"),                           # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 "border_dz": ("region", "DZ", 24.90, 9.90, "Algeria-Libya border near Ghat (Algerian side)"),  # K
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
}

TRAPS = {
 "qjr1": ["تشرين", "فزان الآن", "اللواء طارق بن زياد", "منطقة سبها العسكرية", "فرج الأوباري", "إدريس بوخمادة",
          "الشرارة الأولى", "الجيش الوطني الليبي", "التشادية"],
 "qjr2": ["معاً", "الدعم السريع", "سبل السلام", "محمد السوداني", "الجيش الوطني الليبي", "الجيش التشادي",
          "السودانية", "الليبي", "تشادية", "ليبية"],
 "qjr3": ["الحياة الجديدة", "الكتيبة الجديدة", "سالم المرزوقي", "إدريسا مامادو", "الجيش الوطني الليبي",
          "الجيش النيجري", "نيجرية", "فرنسية", "الليبية"],
 "qjr4": ["26 سبتمبر", "الفيلق الإفريقي", "غرفة عمليات الجفرة", "علي الهوني", "هون من شأنها",
          "الجيش الوطني الليبي", "الروسي", "روسية"],
 "qjr5": ["عدن الغد", "الناحية العسكرية الرابعة", "الجيش الوطني الشعبي", "مديرية أمن غات", "أحمد الغاتي", "لغات",
          "الجزائرية", "الجزائري", "جزائرية", "ليبية", "الجيش الوطني الليبي"],
}

PHEN = {
 "qjr1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qjr2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "coverage_bases", "coverage_neighbours", "countries"],
 "qjr3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qjr4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "coverage_bases", "coverage_oil", "countries"],
 "qjr5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qjr1": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["أوباري"], ["جرمة"]),
  mv("reinforce", "planned", "Libyan National Army", ["أوباري"], ["حقل الشرارة"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["أم الأرانب"]),
  mv("advance", "conditional", "Libyan National Army", ["تراغن"], ["الحدود مع النيجر"]),
  mv("advance", "denied", "Libyan National Army", ["براك"], ["حقل الشرارة"]),
 ],
 "qjr2": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة الخادم"], ["مطار الكفرة"]),
  mv("redeploy", "reported", "Chadian army", ["فايا لارجو"], ["أونيانغا الكبير"]),
  mv("shipment", "reported", "Libyan National Army", ["الكفرة"], ["ربيانة"]),
  mv("withdraw", "conditional", "Sudanese armed groups", ["المثلث الحدودي"], ["شمال دارفور"]),
  mv("reinforce", "planned", "Sudanese army", ["دنقلا"], ["كرب التوم"]),
  mv("advance", "denied", "Sudanese armed groups", [], ["معطن السارة"]),
 ],
 "qjr3": [
  mv("redeploy", "reported", "Libyan National Army", ["مرزوق"], ["القطرون"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["قاعدة الويغ"]),
  mv("deploy", "planned", "Nigerien army", ["ديركو"], ["ماداما"]),
  mv("advance", "conditional", "Libyan National Army", ["القطرون"], ["تجرهي"]),
  mv("withdraw", "denied", "Libyan National Army", ["منفذ التوم"], ["القطرون"]),
 ],
 "qjr4": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["ودان"]),
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء طبرق"], ["ميناء راس لانوف"]),
  mv("redeploy", "planned", "Libyan National Army", ["ميناء راس لانوف"], ["الجفرة"]),
  mv("withdraw", "conditional", "Libyan National Army", ["زلة"], ["هون"]),
  mv("naval_landing", "denied", "Libyan National Army", ["طبرق"], ["ميناء السدرة"]),
 ],
 "qjr5": [
  mv("reinforce", "reported", "Libyan National Army", ["أوباري"], ["غات"], ["العوينات"]),
  mv("deploy", "reported", "Algerian army", ["جانت"], ["الحدود مع ليبيا"]),
  mv("airlift", "planned", "Libyan National Army", ["مطار سبها"], ["مطار غات"]),
  mv("withdraw", "conditional", "Libyan National Army", ["البركات"]),
  mv("advance", "denied", "Algerian army", [], ["غات"], ["منفذ إيسين"]),
 ],
}

NOTES = {
 "qjr1": "Tishreen-style hour-by-hour timeline of a day in Fezzan (dateline 'طرابلس الغرب', the Levantine way of "
         "naming the Libyan capital): an LNA column Sabha→Ubari via Germa, a planned company from 'المدينة' (Ubari) "
         "to the Sharara field, Chadian opposition gunmen massing south of Umm al-Aranib, a conditional advance "
         "Traghan→the border with Niger, and a correction that denies an earlier report of a Tariq Ben Ziyad brigade "
         "force entering Sharara (it never left Brak); Murzuq and its district are background, Ubari also inside "
         "the commander's name 'فرج الأوباري', Sharara also in the common phrase 'الشرارة الأولى'.",
 "qjr2": "Ma'an-style live timeline from Kufra: an Ilyushin Al-Khadim base→Kufra airport (Benghazi only a reference), "
         "the Chadian army moving a battalion Faya-Largeau→Ounianga Kebir (N'Djamena only the radio's town), a "
         "fuel-and-ammunition convoy Kufra→Rebiana, an RSF commander's conditional withdrawal from the border "
         "triangle to North Darfur, a planned Sudanese-army reinforcement Dongola→Karb al-Tom (Port Sudan only the "
         "source), and a correction denying the RSF entry into Maaten al-Sarra reported at 13:00; the person "
         "'محمد السوداني' contains Sudan.",
 "qjr3": "Al-Hayat al-Jadida day-by-day recap (Sunday-Tuesday) on the Murzuq-Qatrun axis: a battalion Murzuq (spelled "
         "مرزوق)→Qatrun, a fuel-and-ammunition convoy Sabha→Al-Wigh base, a planned Nigerien company Dirkou→Madama "
         "(Niamey only the ministry's seat), a conditional advance Qatrun→Tajarhi, and a correction denying "
         "yesterday's report of a withdrawal from the Tummo crossing towards Qatrun; 'النيجري' contains Niger, "
         "'سالم المرزوقي' contains مرزوق, 'طرابلس الليبية' disambiguates Tripoli.",
 "qjr4": "26 September-style hour-by-hour harvest around Al-Jufra (dateline Sanaa): a Russian Africa Corps Il-76 Jufra "
         "air base→Brak air base, LNA vehicles massing near Waddan, an LNA landing ship putting a company ashore at "
         "Ras Lanuf port from Tobruk port, a planned onward move 'من هناك' (Ras Lanuf) to Al-Jufra, a conditional "
         "withdrawal Zella→Hun (بمجرد), and a correction denying that the landing was at Es Sider; Sokna only a "
         "quiet night, Hun also inside 'علي الهوني' and the verb in 'هون من شأنها'.",
 "qjr5": "Aden al-Ghad recap of a day on the Ghat border: an LNA column Ubari→Ghat via Al-Awaynat, Algerian 4th-region "
         "units deployed from Djanet along the border with Libya (Algiers only the statement's venue), a planned "
         "airlift Sabha airport→Ghat airport, a conditional LNA withdrawal from Al-Barakat (Ghat municipality only "
         "the agreement partner), and a correction denying an Algerian crossing through Isayen towards Ghat; Ghat "
         "also inside 'لغات', 'أحمد الغاتي' and 'مديرية أمن غات', Aden inside the outlet's name.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qjr1", "qjr2", "qjr3", "qjr4", "qjr5")
