# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 # shared
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "susa": ("town", "LY", 32.89702, 21.96583, "Susah (Apollonia)"),                       # G* (row أبولونيا)
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 # qjj1 Ghat floods (Al-Raed, Sabha)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G (row أوباري)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat (Ghat)"),                    # G
 "tanezzuft": ("region", "LY", 25.35, 10.30, "Wadi Tanezzuft"),                         # K
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Tin Alkoum / Isayen border crossing"),  # G* (row منفذ إيسين)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 # qjj2 Egyptian army in the Jebel Akhdar floods (Al-Fagr, Cairo)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "jabal_akhdar": ("district", "LY", 32.02519, 21.79830, "Al Jabal al Akhdar"),          # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "shahhat": ("town", "LY", 32.80430, 21.86605, "Shahhat"),                              # G (row شحات)
 "cairo_west": ("base", "EG", 30.1164, 30.9153, "Cairo West Air Base"),                 # K
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "Al Abraq Airport"),            # G
 "ras_tin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),                # G
 "wadi_kuf": ("region", "LY", 32.69650, 21.56560, "Wadi al-Kuf"),                       # G
 # qjj3 Tunisian army mission to the east (Al-Anwar, Tunis)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "aouina": ("base", "TN", 36.85100, 10.22700, "El Aouina Air Base"),                    # G
 "sousse": ("city", "TN", 35.82539, 10.63699, "Sousse"),                                # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "tocra": ("town", "LY", 32.53414, 20.57911, "Tocra"),                                  # G
 "sfax_port": ("crossing", "TN", 34.7280, 10.7700, "Port of Sfax"),                     # K
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 # qjj4 sandstorm in the Murzuq basin (Al-Ittihad Al-Ishtiraki, Rabat)
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),           # G* (town row)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "south": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                       # G* (row جنوب ليبيا)
 "traghan": ("town", "LY", 25.92333, 14.42056, "Traghan"),                              # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 # qjj5 dust storm over the Sudanese refugees in Kufra (Al-Rai Al-Aam, Port Sudan)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),               # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "hawari": ("village", "LY", 24.31667, 23.16667, "Al Hawwari"),                         # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                            # K
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
}

TRAPS = {
 "qjj1": ["الرائد", "طارق بن زياد", "إدريس الغاتي", "الغاتي", "عون فزان", "أكاكوس للعمليات النفطية", "جزائرياً", "الجزائري",
          "سوسة النخيل الحمراء"],
 "qjj2": ["الفجر", "المصري", "مصرية", "الليبي", "ليبية", "سند الجبل الأخضر", "أنور السادات", "الخيار المطروح"],
 "qjj3": ["الأنوار", "تونسية", "جيش الطيران", "جيش البحر", "الهادي القابسي", "التونسي", "الجانب الليبي"],
 "qjj4": ["الاتحاد الاشتراكي", "الجيش الليبي", "تشاديين", "صلاة المغرب", "القطروني",
          "كتيبة شهداء أم الأرانب", "تشادية"],
 "qjj5": ["السودانيين", "سبل السلام", "الدعم السريع", "الرأي العام", "الليبي", "السوداني", "آدم الفاشري"],
}

PHEN = {
 "qjj1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qjj2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "coverage_bases", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qjj3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qjj4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "town_vs_district",
          "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qjj5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qjj1": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["غات"], ["اوباري"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["مطار غات"]),
  mv("redeploy", "planned", "Libyan National Army", ["اوباري"], ["العوينات"]),
  mv("reinforce", "conditional", "Libyan National Army", ["قاعدة تمنهنت"], ["غات"]),
  mv("advance", "denied", "Algerian army", ["جانت"], ["غات"], ["منفذ تين الكوم"]),
 ],
 "qjj2": [
  mv("deploy", "reported", "Egyptian army", ["مرسى مطروح"], ["البيضاء", "شحّات"], ["منفذ السلوم البري"]),
  mv("airlift", "reported", "Egyptian army", ["قاعدة غرب القاهرة الجوية"], ["مطار الأبرق"]),
  mv("naval_landing", "planned", "Egyptian army", ["قاعدة رأس التين البحرية"], ["سوسة"]),
  mv("reinforce", "conditional", "Egyptian army", ["السلوم"], ["درنة"]),
  mv("deploy", "denied", "Egyptian army", [], ["الجغبوب"]),
  mv("withdraw", "reported", "Libyan National Army", ["وادي الكوف"], ["المرج"]),
 ],
 "qjj3": [
  mv("airlift", "reported", "Tunisian army", ["قاعدة العوينة"], ["مطار بنينا"]),
  mv("redeploy", "planned", "Tunisian army", ["بنغازي"], ["المرج"]),
  mv("shipment", "conditional", "Tunisian army", ["ميناء صفاقس"], ["ميناء بنغازي"]),
  mv("deploy", "denied", "Tunisian army", ["بن قردان"], ["طرابلس"], ["معبر رأس جدير"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["توكرة"]),
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["توكرة"]),
 ],
 "qjj4": [
  mv("redeploy", "reported", "Libyan National Army", ["سبها"], ["مرزق"], ["غدوة"]),
  mv("withdraw", "reported", "Libyan National Army", ["منفذ التوم"], ["القطرون"]),
  mv("reinforce", "planned", "Libyan National Army", ["إدري"], ["القطرون"]),
  mv("airlift", "conditional", "GNA forces", ["مطار معيتيقة"], ["مطار سبها"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["تيبستي"]),
  mv("advance", "denied", "Chadian armed groups", ["تيبستي"], ["أم الأرانب"]),
 ],
 "qjj5": [
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["الهواري"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("shipment", "planned", "Libyan National Army", ["تازربو"], ["الكفرة"]),
  mv("withdraw", "conditional", "Libyan National Army", ["جبل العوينات"], ["قاعدة معطن السارة"]),
  mv("advance", "denied", "Sudanese armed groups", ["المثلث الحدودي"], ["الكفرة"]),
 ],
}

NOTES = {
 "qjj1": "Al-Raed from Sabha on flash floods in Ghat: an LNA (Tariq bin Ziyad) engineer battalion Sabha→Ghat via Ubari "
         "(spelled اوباري), a cargo flight Brak air base→Ghat airport, a planned company Ubari→Al-Awaynat, conditional "
         "reinforcements Tamanhint base→Ghat (في حال), and an Algerian army entry Djanet→Ghat via the Tin Alkoum crossing "
         "denied by the Ghat mayor (what crossed were Algerian civil-protection fire trucks: no movement). The Sabha "
         "civil-defence convoy, the Germa Red Crescent aid, Sharara field output, Wadi Tanezzuft rain, the border "
         "with Algeria (locator of the crossing) and the 2019 flood are not movement places; the colonel's name "
         "holds Idri and Ghat, 'سوسة النخيل' is the palm weevil.",
 "qjj2": "Al-Fagr from Cairo: an Egyptian army rescue column Marsa Matruh→Al Bayda and Shahhat via the Sallum land port, "
         "C-130s Cairo West air base→Al Abraq airport, a planned landing of navy divers from Ras el-Tin naval base on the "
         "Susa coast, a conditional battalion Sallum→Derna (إذا), a denied Egyptian deployment in Jaghbub, and an LNA "
         "pull-back from the Wadi al-Kuf dam to Al Marj. The Jebel Akhdar in the headline, Red Crescent work in "
         "Shahhat, the 2023 Derna disaster, Cairo as dateline and as government, and 'الخيار المطروح' (not Matruh) are "
         "not movements.",
 "qjj3": "Al-Anwar from Tunis: a Tunisian air-force C-130 El Aouina base→Benina airport, the team's planned move "
         "Benghazi→Al Marj (Tocra only locates the road), a conditional support ship Sfax port→Benghazi port (إذا), a "
         "denied Tunisian army crossing Ben Gardane→Tripoli via Ras Ajdir (the convoy was civil protection and Red "
         "Crescent), and the LNA massing engineers in Tocra after a navy ship from Benghazi port landed them on 'the "
         "city's' shore (anaphora → Tocra). Sousse (Tunisia) is only the divers' home station and Susa (Libya) a "
         "damaged town; Derna 2023 and Tunisia–Libya solidarity are background.",
 "qjj4": "Al-Ittihad Al-Ishtiraki (Rabat, agencies) on a sandstorm in the Murzuq basin: an LNA company repositioned "
         "Sabha→Murzuq via Ghuddwa, border-guard patrols pulled back Tummo crossing→Al Qatrun, a planned battalion "
         "Idri→Al Qatrun (تعتزم), a GNU medical unit to be flown Mitiga→Sabha airport as soon as it reopens (فور → "
         "conditional), and a denied Chadian massing in the Tibesti with an advance on Umm al-Aranib (two denied "
         "moves). Sabha airport closed, Tripoli as the ministry's seat, Murzuq municipality, El Feel field, Chad as "
         "'no vehicle came from', Morocco's solidarity and 'صلاة المغرب' are not movements.",
 "qjj5": "Al-Rai Al-Aam from Port Sudan on a dust storm over Sudanese refugees in Kufra: Subul al-Salam (LNA) companies "
         "Kufra→Al Hawari, two military cargo planes Benina base→Kufra airport, a planned fuel-and-ammunition convoy "
         "Tazirbu→Kufra, a conditional pull-back of observation posts Jebel Uweinat→Maaten al-Sarra base (إذا), and "
         "a denied RSF infiltration from the border triangle into Kufra. Refugees from El Fasher/North Darfur across "
         "the border with Sudan, the Red Crescent convoy from Ajdabiya, Port Sudan as dateline and venue, Chad as a "
         "refugee route and 'الرأي العام' (public opinion) are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qjj1", "qjj2", "qjj3", "qjj4", "qjj5")
