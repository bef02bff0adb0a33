# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 # qcm1 the west coast and the Jafara (Al-Quds Al-Arabi)
 "west_ly": ("region", "LY", 32.0, 12.5, "Western Libya"),                              # K
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzur"),                               # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "yafran": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                # G
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                                    # G
 "qasr_bengashir": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),              # G
 "warshafana": ("region", "LY", 32.58, 12.90, "Warshefana"),                            # K
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),              # G
 "zuwara_port": ("crossing", "LY", 32.937, 12.090, "Port of Zuwara"),                  # K
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 # qcm2 Cyrenaica, Kufra and the Jufra accusation (Akhbar Al-Khaleej)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica"),                        # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "brega_port": ("oilfield", "LY", 30.415, 19.585, "Marsa al-Brega oil port"),         # K
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 # qcm3 Fezzan (Al-Jarida)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),          # G
 "border_dz_ly": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),           # G* (town row)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "traghan": ("town", "LY", 25.92333, 14.42056, "Traghan"),                              # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G* (row براك, written براك الشاطئ)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 # qcm4 Misrata, Bani Walid and the Sirte line (Al-Liwaa)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                                # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 # qcm5 Nafusa, the Tunisian border and the Moroccan venue (Le360)
 "border_tn_side": ("region", "TN", 32.6, 10.80, "Tunisia-Libya border (Tunisian side)"),  # K
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                            # G
 "skhirat": ("town", "MA", 33.85270, -7.03171, "Skhirate"),                             # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G* (row الذهيبة, written ذهيبة)
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G* (row منفذ وازن)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "kabaw": ("town", "LY", 31.84724, 11.33055, "Kabaw"),                                  # G
}

TRAPS = {
 "qcm1": ["القدس العربي", "ليبيا الحدث", "علي الزاوي", "عادل الترهوني", "كتيبة ثوار طرابلس", "الليبية"],
 "qcm2": ["أخبار الخليج", "الجيش الوطني الليبي", "سالم الدرناوي", "الأوراق البيضاء", "عملية الكرامة", "إدريس بوعجيلة"],
 "qcm3": ["الجريدة", "الجيش الوطني الليبي", "مدرسة الملك إدريس", "تشادية", "الجديد"],
 "qcm4": ["اللواء", "الكتائب المصراتية", "القوة المصراتية", "الجيش الوطني الليبي", "قبائل ورفلة", "اللبناني", "مالي"],
 "qcm5": ["لو360", "الجيش التونسي", "المجلس الأعلى لأمازيغ ليبيا", "تونسية", "مغاربة", "الليبية"],
}

PHEN = {
 "qcm1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "coverage_crossings"],
 "qcm2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qcm3": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qcm4": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_tripoli", "coverage_bases",
          "coverage_neighbours", "countries"],
 "qcm5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qcm1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية", "صبراتة"], ["جنزور"]),
  mv("naval_landing", "reported", "GNA forces", ["ميناء طرابلس"], ["ميناء زوارة"]),
  mv("deploy", "planned", "Zintan forces", ["الزنتان"], ["يفرن", "جادو"]),
  mv("withdraw", "conditional", "GNA forces", ["صبراتة"], ["طرابلس"]),
  mv("mobilise", "denied", "GNA forces", [], ["ترهونة", "قصر بن غشير"]),
 ],
 "qcm2": [
  mv("deploy", "reported", "Libyan National Army", ["بنغازي"], ["درنة"], ["المرج", "البيضاء"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء البريقة"]),
  mv("deploy", "planned", "Libyan National Army", ["طبرق"], ["الجغبوب"]),
  mv("withdraw", "conditional", "Libyan National Army", ["سرت"]),
  mv("advance", "denied", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["الشويرف"]),
 ],
 "qcm3": [
  mv("reinforce", "reported", "Libyan National Army", ["هون"], ["سبها"], ["سوكنة"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["مطار غات"]),
  mv("deploy", "planned", "Libyan National Army", ["سبها"], ["مرزق", "القطرون", "تراغن"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["حقل الشرارة"]),
  mv("shipment", "denied", "Libyan National Army", ["سبها"], ["حقل الشرارة"]),
  mv("advance", "conditional", "Libyan National Army", [], ["أوباري"]),
 ],
 "qcm4": [
  mv("deploy", "reported", "Misrata forces", ["مصراتة"], ["بني وليد"], ["زليتن"]),
  mv("deploy", "reported", "GNA forces", ["مصراتة"], ["تاورغاء"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة القرضابية"], ["هراوة", "بن جواد"]),
  mv("withdraw", "conditional", "Misrata forces", ["بني وليد"], ["مصراتة"]),
  mv("advance", "denied", "Misrata forces", ["أبوقرين"], ["سرت"]),
  mv("shipment", "denied", "Misrata forces", ["مطار مصراتة"], ["أبوقرين"]),
 ],
 "qcm5": [
  mv("deploy", "reported", "GNA forces", ["قاعدة الوطية"], ["نالوت", "وازن"]),
  mv("withdraw", "conditional", "GNA forces", ["وازن"], ["نالوت"]),
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["ذهيبة"]),
  mv("redeploy", "planned", "GNA forces", ["زوارة"], ["معبر رأس جدير"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["كاباو"]),
 ],
}

NOTES = {
 "qcm1": "Western polling centres: a GNA interior-ministry column Tripoli→Zawiya and Sabratha via Janzour (reported) and "
         "a company landed by a navy ship at Zuwara port from Tripoli port (reported; Al-Ajaylat is only the coastal road "
         "the ship avoided); Zintan units to leave Zintan for Yafran and Jadu on Thursday (planned); the Sabratha force "
         "will return to Tripoli 'as soon as' the count ends (conditional, origin 'the city' = Sabratha); the LNA's claim "
         "of 90 vehicles massed in Tarhuna and Qasr bin Ghashir, denied by the GNA chief of staff (headline repeats it). "
         "Warshafana (closed centres) and Al-Aziziyah (staff detained) are not movement places; 'كتيبة ثوار طرابلس' is "
         "a dissolved brigade's name.",
 "qcm2": "Eastern polling centres: an LNA battalion Benghazi→Derna via Al-Marj and Al-Bayda, an airlift Benina air "
         "base→Kufra airport and a navy landing Benghazi port→Brega oil port (reported); a company Tobruk→Jaghbub on "
         "Sunday (planned); LNA units in Sirte 'will pull back to the outskirts ... if' the commission adopts the joint "
         "plan (conditional withdraw, no named destination); the GNA's claim of 70 vehicles pushed from Al-Jufra air base "
         "toward Ash-Shwayrif, denied (headline repeats it). Kufra town/municipality and the Sudan border are background "
         "of the last municipal vote; 'الأوراق البيضاء' are blank ballots; 'إدريس بوعجيلة' is the mayor.",
 "qcm3": "Fezzan polling centres: 38 LNA vehicles Hun→Sabha via Sokna and a cargo plane Tamanhint air base→Ghat "
         "airport (reported; the Isayen crossing and the Algerian border only locate the 11 centres); three companies "
         "Sabha→Murzuq, Al-Qatrun, Traghan on Sunday (planned); the Ubari mayor's two claims — 50 vehicles massed around "
         "the Sharara field and 6 ammunition trucks Sabha→the field — both denied; the army 'will not enter Ubari unless' "
         "asked (conditional advance). Brak is only the speaker's place; the Idri ballot boxes and Umm al-Aranib's "
         "suspended registration are not force movements; 'مدرسة الملك إدريس' (a school used as a polling centre) is a "
         "trap containing 'إدري'.",
 "qcm4": "Central polling centres: Misrata brigades Misrata→Bani Walid via Zliten (reported) and a GNA police company "
         "Misrata→Tawergha (reported); the LNA to move 400 soldiers from Gardabya air base to Harawa and Bin Jawad "
         "(planned redeploy); the Misrata force will return from Bani Walid to Misrata 'if' Warfalla's council asks "
         "(conditional); the LNA's claims of 60 vehicles pushed Abu Qurayn→Sirte and a missile shipment Misrata "
         "airport→Abu Qurayn, both denied by Misrata's military council (headline repeats the first). Dateline "
         "'طرابلس الغرب' is the Libyan capital; the Arab League observer's home town is Tripoli in Lebanon; his visit to "
         "Sirte 'if conditions allow' is not a force movement.",
 "qcm5": "Commission's five conditions handed over in Bouznika: a GNA column Al-Watiya base→Nalut and Wazin (reported), "
         "the Wazin force back to Nalut 'as soon as' police take over (conditional); the Tunisian army Tataouine→Dehiba "
         "opposite the Wazin crossing (reported; the crossing only locates Dehiba); an interior-ministry force "
         "Zuwara→Ras Ajdir crossing on the eve of the vote (planned redeploy); Zintan's military council denies moving 40 "
         "vehicles Zintan→Kabaw. Rabat (dateline and metonymy), Tunis (source), Skhirat, Morocco and Algeria are not "
         "movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qcm1", "qcm2", "qcm3", "qcm4", "qcm5")
