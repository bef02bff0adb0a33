# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 # capitals and cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G (row قاعدة الوطية)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 # ud1 Tobruk and the Egyptian border
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                            # G
 "bardia": ("town", "LY", 31.75601, 25.08530, "Al Bardiyah"),                            # G (row بردية)
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                     # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),                # G* (row قاعدة طبرق البحرية)
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),       # G
 "gamal_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),        # G* (row مطار طبرق)
 "amsaad_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad border crossing"),   # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                              # G
 "border_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libyan side)"), # G* (row الحدود الليبية المصرية)
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                   # G
 # ud2 south of Tripoli
 "mizdah": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                               # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                               # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),              # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 "hamada_field": ("oilfield", "LY", 29.53110, 12.94370, "Hamada oil field"),             # G
 "qaryat": ("town", "LY", 30.38333, 13.58333, "Al Qaryat"),                              # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                              # G
 # ud3 Kufra and the south-east
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),              # G* (town row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                     # G (row قاعدة الخادم)
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"), # G* (row مثلث العوينات)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                               # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                     # G
 # ud4 Misrata and the central coast
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                             # G
 "tawergha_mun": ("district", "LY", 31.97083, 15.05250, "Tawergha municipality"),        # G* (town row)
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                          # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                              # G
 "misrata_port": ("crossing", "LY", 32.365, 15.215, "Port of Misrata (Qasr Ahmad)"),     # K
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                  # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                          # G
 # ud5 Zintan and the west
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                              # G
 "rayayinah": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                        # G
 "jabal_gharbi": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"), # G (region row)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G* (row منفذ رأس جدير)
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                              # G
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                 # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"), # G* (row الحدود الليبية التونسية)
 "yafran": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                 # G
 "kabaw": ("town", "LY", 31.84724, 11.33055, "Kabaw"),                                   # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),           # G
}

TRAPS = {
 "ud1": ["ليبيا الحدث", "عملية الكرامة", "عمر المختار", "المصري", "ليبية"],
 "ud2": ["كتيبة ثوار طرابلس", "زلة لسان", "الجزائرية"],
 "ud3": ["القاهرة الإخبارية", "الإدريسي", "لا أدري", "السودانيين", "مصرية"],
 "ud4": ["ليبيا أوبزرفر", "غرفة عمليات المنطقة الوسطى", "شارع طرابلس", "عملية البنيان المرصوص",
         "السنوات الخمس"],
 "ud5": ["إرم نيوز", "مختار الزنتاني", "المجلس العسكري الزنتان", "رد الجميل", "لا أدري", "التونسي"],
}

PHEN = {
 "ud1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "border_phrase",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "ud2": ["clitics", "multiword", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "coverage_bases", "coverage_oil", "countries"],
 "ud3": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_idri", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "ud4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap",
         "ambiguity_tripoli", "town_vs_district", "coverage_crossings"],
 "ud5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"
MOVES = {
 "ud1": [
  mv("reinforce", "reported", LNA, ["طبرق"], ["الجغبوب"]),
  mv("naval_landing", "planned", LNA, ["بنغازي"], ["ميناء طبرق"]),
  mv("deploy", "denied", "Egyptian army", [], ["طبرق"], ["منفذ امساعد"]),
  mv("deploy", "conditional", LNA, [], ["الحدود مع مصر"]),
  mv("withdraw", "denied", LNA, ["البردية"]),
 ],
 "ud2": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["مزدة"], ["غريان"]),
  mv("airlift", "reported", GNA, ["مطار معيتيقة"], ["قاعدة الوطية"]),
  mv("shipment", "planned", GNA, ["مزدة"], ["الشويرف"]),
  mv("mobilise", "conditional", GNA, [], ["القريات"]),
  mv("withdraw", "denied", GNA, ["ترهونة"]),
 ],
 "ud3": [
  mv("airlift", "reported", LNA, ["قاعدة الخادم الجوية"], ["مطار الكفرة"]),
  mv("redeploy", "reported", LNA, ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("deploy", "planned", LNA, [], ["المثلث الحدودي"]),
  mv("advance", "conditional", LNA, [], ["الحدود مع السودان"]),
  mv("withdraw", "denied", LNA, ["تازربو"], ["الكفرة"]),
 ],
 "ud4": [
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["تاورغاء"]),
  mv("shipment", "reported", "Misrata forces", ["مصراتة"], ["ابوقرين"]),
  mv("advance", "conditional", "Misrata forces", [], ["الوشكة"]),
  mv("naval_landing", "planned", "Misrata forces", ["ميناء مصراتة"], ["ميناء الخمس"]),
  mv("withdraw", "denied", "Misrata forces", ["ابوقرين"]),
 ],
 "ud5": [
  mv("redeploy", "reported", "Zintan forces", ["الرياينة"], ["قاعدة الوطية"]),
  mv("mobilise", "planned", "Zintan forces", [], ["الرجبان"]),
  mv("advance", "conditional", "Zintan forces", ["الجميل"], ["معبر رأس اجدير"], ["زلطن"]),
  mv("deploy", "denied", "Zintan forces", ["الزنتان"], ["طرابلس"]),
 ],
}

NOTES = {
 "ud1": ("Al-Majalla-style Q&A with an LNA regional commander in Tobruk: reported reinforcement Tobruk→Jaghbub "
         "(a garrison is already there), planned naval landing Benghazi→Tobruk port, denied Egyptian column via the "
         "Amsaad crossing towards Tobruk, conditional deployment on the border with Egypt, denied withdrawal from "
         "Bardia. Question-only places (Gamal Abdel Nasser air base, Derna) and locators (Siwa, Sallum, Hariga as the "
         "end of a coastline to protect) are not movement places."),
 "ud2": ("Al-Ittihad-style Q&A with the GNU deputy defence minister: reported GNA force Tripoli→Mizdah via Gharyan, "
         "reported transport flight Mitiga airport→Al-Watiya, planned fuel/ammunition trucks Mizdah→Ash Shwayrif, "
         "conditional massing in Al-Qaryat, denied withdrawal from Tarhuna. Hamada field (purpose), Algiers (a "
         "visit), Zawiya and Sirte (questions, a meeting venue) are not movement places."),
 "ud3": ("Al-Qahera News TV interview transcript with the LNA commander in Kufra: reported airlift Al-Khadim air "
         "base→Kufra airport, reported redeployment Kufra→Maaten al-Sarra, planned desert patrols to the border "
         "triangle, conditional advance to the border with Sudan, denied withdrawal Tazirbu→Kufra. Cairo (inside "
         "the channel name and in a question), Sarir field (a road it guards), refugees' origins are not movements."),
 "ud4": ("Libya Observer-style Q&A with a Misrata operations-room commander: reported reinforcement "
         "Misrata→Tawergha, reported ammunition/fuel convoy Misrata→Abu Qurayn, conditional advance on Al-Washka, "
         "planned exercise landing Misrata port→Khums port, denied withdrawal from Abu Qurayn. Sirte, Tripoli and "
         "Bani Walid appear only in questions or as seat of command; Tripoli Street and 'the five years' are traps."),
 "ud5": ("Erem News-style Q&A with a Zintan military-council spokesman: reported redeployment Ar Rayayinah→Al-Watiya "
         "air base, planned massing at Ar Rujban, conditional advance Al-Jumayl→Ras Ajdir crossing via Zaltan, "
         "denied dispatch of fighters Zintan→Tripoli. Tunis (a meeting), the border with Tunisia (a shared "
         "responsibility), Yafran, Kabaw and the Zawiya refinery (fuel shortage) are not movement places."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ud1", "ud2", "ud3", "ud4", "ud5")
