# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # capitals and large cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G* (row spelled خرطوم)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G* (city row نجامينا; surface إنجامينا)
 # bb1 Derj / Ghadames / Algerian border
 "derj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                   # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawin"),                              # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "sw_libya": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),               # G* (row الجنوب الغربي)
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),              # G* (row الحدود الليبية الجزائرية)
 "tri_tdz": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                   # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "border_dzside": ("region", "DZ", 29.50, 9.60, "Algeria-Libya border (Algerian side)"),  # K
 # bb2 Niger border
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "zawila": ("town", "LY", 26.16188, 15.12522, "Zawilah"),                               # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G* (row spelled أغاديس)
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                       # G
 # bb3 Chad / Sudan border
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row, kind district)
 "tri_lsdt": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),               # G* (row الحدود الليبية السودانية)
 "ounianga": ("town", "TD", 19.05263, 20.48887, "Ounianga Kebir"),                      # G* (row spelled أونيانقا كبير)
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "n_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                    # G
 # bb4 Tunisian border and coast
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                # G
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                              # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "border_tnside": ("region", "TN", 33.05, 11.45, "Tunisia-Libya border (Tunisian side)"),  # K
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 # bb5 Egyptian border and east coast
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G
 "emsaed_x": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),   # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "border_egside": ("region", "EG", 31.30, 25.20, "Egypt-Libya border (Egyptian side)"),  # K
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "kambut": ("town", "LY", 31.90434, 24.47840, "Kambut"),                                # G
 "bardia": ("town", "LY", 31.75601, 25.08530, "Bardia"),                                # G* (row spelled بردية)
 "gan_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),         # G* (airport row مطار طبرق)
 "east_libya": ("region", "LY", 31.50, 21.50, "Eastern Libya"),                         # K
}

TRAPS = {
 "bb1": ["العربية.نت", "قناة ليبيا الحدث", "عبد السلام الغدامسي", "ما ادري", "الجيش الجزائري", "أمنية جزائرية"],
 "bb2": ["سكاي نيوز عربية", "الجيش الوطني الليبي", "شركة تراغن للنقل البري", "الجيش النيجري", "المعارضة التشادية",
         "ما ادري"],
 "bb3": ["العين الإخبارية", "سبل السلام", "العقيد محمود السوداني", "الجيش التشادي", "الهلال الأحمر الليبي",
         "المقاتلين السودانيين", "مسلحين تشاديين", "الحرب الليبية التشادية"],
 "bb4": ["اندبندنت عربية", "وكالة تونس إفريقيا للأنباء", "نهج الجزائر", "اتحاد بن قردان", "الجيش التونسي",
         "وحدات تونسية"],
 "bb5": ["العربي الجديد", "شركة سيوة للمياه المعدنية", "القوات المسلحة الليبية", "الجيش المصري", "الأسواق الليبية",
         "عامل مصري", "مصدر عسكري ليبي"],
}

PHEN = {
 "bb1": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "ambiguity_idri", "nisba",
         "vague_area", "border_phrase", "coverage_oil", "coverage_neighbours", "countries", "ambiguity_country_capital",
         "ambiguity_tripoli"],
 "bb2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "ambiguity_idri",
         "nisba", "vague_area", "border_phrase", "town_vs_district", "coverage_oil", "coverage_neighbours", "countries"],
 "bb3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries", "ambiguity_tripoli"],
 "bb4": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_country_capital", "ambiguity_tripoli",
         "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "bb5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"
MOVES = {
 "bb1": [
  mv("deploy", "reported", GNA, ["نالوت"], ["درج"], ["سيناون"]),
  mv("deploy", "planned", GNA, [], ["غدامس", "الحدود مع الجزائر"]),
  mv("mobilise", "reported", LNA, [], ["حقل الوفاء"]),
  mv("advance", "conditional", LNA, ["حقل الوفاء"], ["درج"]),
  mv("shipment", "denied", LNA, ["سبها"], ["حقل الوفاء"]),
  mv("reinforce", "reported", "Algerian army", [], ["الدبداب"]),
 ],
 "bb2": [
  mv("deploy", "reported", LNA, ["سبها"], ["الحدود مع النيجر"], ["تراغن", "القطرون"]),
  mv("deploy", "planned", LNA, [], ["تجرهي"]),
  mv("airlift", "conditional", LNA, [], ["مرزق"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["زويلة"]),
  mv("withdraw", "denied", None, ["سيغيدين"], ["أغاديز"]),
  mv("reinforce", "planned", None, [], ["سيغيدين"]),
 ],
 "bb3": [
  mv("reinforce", "reported", LNA, ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("shipment", "reported", LNA, ["تازربو"], ["قاعدة معطن السارة"]),
  mv("deploy", "planned", LNA, [], ["الحدود مع السودان"]),
  mv("withdraw", "denied", "Chadian armed groups", ["ربيانة"], []),
  mv("advance", "conditional", LNA, [], ["ربيانة"]),
  mv("advance", "reported", "Chadian armed groups", [], ["أونيانغا كبير"]),
  mv("withdraw", "reported", "Chadian armed groups", ["أونيانغا كبير"], ["ربيانة"]),
  mv("advance", "reported", "Sudanese armed groups", ["مليط"], ["الكفرة"]),
 ],
 "bb4": [
  mv("withdraw", "reported", GNA, ["أبو كماش"], ["زوارة"]),
  mv("naval_landing", "conditional", GNA, ["زوارة"], ["أبو كماش"]),
  mv("redeploy", "reported", "Tunisian army", ["جربة"], ["جرجيس", "بن قردان"]),
  mv("redeploy", "planned", "Tunisian army", ["قابس"], ["الحدود مع ليبيا"]),
  mv("advance", "denied", "Tunisian army", [], ["أبو كماش"]),
 ],
 "bb5": [
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["سيدي براني", "السلوم"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["سيوة"]),
  mv("redeploy", "denied", LNA, ["طبرق"], ["امساعد"]),
  mv("redeploy", "denied", LNA, [], ["كمبوت"]),
  mv("naval_landing", "reported", LNA, [], ["البردية"]),
  mv("airlift", "planned", LNA, ["بنغازي"], ["قاعدة جمال عبد الناصر الجوية"]),
 ],
}

NOTES = {
 "bb1": ("Al-Arabiya.net copy on Derj/Ghadames and the Algerian border. Reported GNA deploy Nalut->Derj via Sinawen "
         "(وصلت); planned onward move to Ghadames and the Algerian border (ستتحرك); reported LNA mobilisation at Al Wafa "
         "(حشدت); conditional LNA advance Wafa->Derj as an ultimatum (ستتقدم ... ما لم تنسحب); denied arms shipment "
         "Sabha->Wafa (نفى ... عارٍ عن الصحة); double negation = reported Algerian reinforcement of Debdeb (لم تنفِ وصول). "
         "Not movements: the withdrawal named only as the ultimatum's condition, the municipal council's demand to pull "
         "forces out of Derj, the question «هل تتحرك ... نحو غدامس؟», trucks Ghadames->Tripoli, «ما ادري»."),
 "bb2": ("Sky News Arabia copy on the Niger border. Reported LNA deploy Sabha->Niger border via Traghen and Al Qatrun "
         "(دفعت بـ); order + expected arrival = one planned deploy to Tajarhi (أُمرت بالتوجه، من المقرر أن تصل); airlift "
         "to Murzuq stated as future fact and made conditional in the next sentence (مرهونة بـ); unconfirmed report of "
         "Chadian mobilisation at Zawila = reported (أنباء غير مؤكدة); Niger army withdrawal Seguedine->Agadez denied "
         "(كذّب، لن ينسحب), its reinforcement of Seguedine planned (يُتوقع أن تصل). Not movements: migrant and goods "
         "trucks Agadez->Al Qatrun, «ما ادري» and the columns seen «every night» (no place), El Feel (purpose of convoys)."),
 "bb3": ("Al-Ain copy on the Libya-Chad-Sudan border. Reported LNA reinforcement Kufra->Maaten al-Sarra (استقدمت) and "
         "a supply shipment Tazirbu->'the same base' (anaphora); an order = planned deploy to the Sudan border (أُمرت "
         "بالتوجه); refusal = denied withdrawal of Chadian gunmen from Rebiana (رفضت الانسحاب); LNA ultimatum = "
         "conditional advance on Rebiana (وإلا); a past move later reversed = two reported moves (entered Ounianga "
         "Kebir, then withdrew to Rebiana); unconfirmed Sudanese fighters Mellit->Kufra = reported. Not movements: the "
         "demand that the gunmen leave Rebiana, displaced Sudanese families, the mayor's call for action."),
 "bb4": ("Independent Arabia copy on the Tunisian border and coast. Reported GNA withdrawal Abu Kammash->Zuwara "
         "(أكملت انسحابها); conditional return by sea from Zuwara (شريطة أن); reported Tunisian redeploy Djerba->Zarzis "
         "and Ben Gardane (نقل); planned Gabes->border (تعتزم); denied Tunisian entry into Abu Kammash (نفت، لا صحة، لم "
         "يتجاوز، لا نية). Not movements: a football club crossing Ras Ajdir to Tripoli, goods trucks, a closed "
         "street, a trader's question about closing the crossing."),
 "bb5": ("Al-Araby Al-Jadeed copy on the Egyptian border. Reported Egyptian reinforcement Marsa Matruh->Sidi Barrani "
         "and Sallum (دفع بـ); conditional Siwa reinforcement with the condition in the next sentence (لن تُنفذ إلا في حال); "
         "denied LNA Tobruk->Emsaed move (نفى; a plan announced and later dropped = the same denied move) and denied "
         "Kambut move (لا نية لدينا لنقل); reported LNA naval landing at Bardia (أنزلت; لم ينفِ = still reported); "
         "planned airlift Benghazi->Gamal Abdel Nasser base (من المقرر أن تصل). Not movements: Egyptian workers crossing "
         "Emsaed, Siwa water company trucks to Libyan markets."),
}

# Read by tests/golden/sample_tools.py check (values from this sample's former src/check.py).
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("bb1", "bb2", "bb3", "bb4", "bb5")
