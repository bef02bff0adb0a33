# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # Al-Jufra
 "jufra": ("district", "LY", 29.14, 16.05, "Al Jufra"),                                 # K (area point between Hun and Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "hun_mun": ("district", "LY", 29.12684, 15.94772, "Hun municipality"),                 # G* (town row)
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "waddan_mun": ("district", "LY", 29.16140, 16.13904, "Waddan municipality"),           # G* (town row)
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "zella": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                 # G
 "fuqaha": ("town", "LY", 27.83333, 16.35000, "Al-Fuqaha"),                             # G
 # roads north and east: Sirte, Misrata, the oil crescent, Benghazi
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G* (row أبوقرين; also written أبو قرين, بوقرين)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "marada": ("town", "LY", 29.22054, 19.20454, "Maradah"),                               # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "sidra": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Tobruk port"),                  # G* (Tobruk city / naval base point)
 "centre_ly": ("region", "LY", 26.33899, 17.22077, "Central Libya"),                    # G
 # west
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "yarmouk": ("base", "LY", 32.88743, 13.18733, "Yarmouk Camp (Tripoli)"),               # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "khums_port": ("crossing", "LY", 32.653, 14.276, "Al Khums port"),                     # K
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya"),                      # G* (row إقليم طرابلس)
 # south
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 # abroad
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                            # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "idlib": ("district", "SY", 35.93062, 36.63393, "Idlib governorate"),                  # G* (city row; «ريف إدلب»)
 "afrin": ("town", "SY", 36.50833, 36.86944, "Afrin"),                                  # G
 "north_syria": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                 # G* (row شمال سوريا)
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G* (row spelled ربات)
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                            # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "border_dz": ("region", "DZ", 27.0, 9.6, "Algeria-Libya border (Algerian side)"),      # K
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                      # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),      # G* (row منفذ رأس جدير)
 "border_tn": ("region", "TN", 33.05, 11.45, "Tunisia-Libya border (Tunisian side)"),   # K
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G* (row منفذ امساعد)
 "sidi_barrani": ("town", "EG", 31.61083, 25.92556, "Sidi Barrani"),                    # G
 "border_eg": ("region", "EG", 31.0, 25.2, "Egypt-Libya border (Egyptian side)"),       # K
}

LNA, GNA, TUR, SYR, FF = "Libyan National Army", "GNA forces", "Turkish armed forces", "Syrian mercenaries", "Foreign fighters"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "rr1": ["المدن", "الجيش الوطني الليبي", "غرفة عمليات سرت الجفرة", "زلة لسان", "أجنحة الشام", "سالم الهوني",
         "التركية", "روسية"],
 "rr2": ["عنب بلدي", "فصائل سورية", "فرقة السلطان مراد", "الجيش الوطني السوري", "أبو عمر الإدلبي", "نحنا هون",
         "شارع طرابلس", "التركية"],
 "rr3": ["هسبريس", "اتفاق الصخيرات", "خليفة حفتر", "المجلس العسكري مصراتة", "الجيش الوطني الشعبي", "محمد الإدريسي",
         "الجزائرية", "المغربي", "الليبيين"],
 "rr4": ["موزاييك أف أم", "الفيلق الإفريقي", "ليبيا الحدث", "الجيش الوطني", "مختار الإدريسي", "الروسية", "التونسي"],
 "rr5": ["الشروق", "الجيش الوطني الليبي", "عبد الفتاح السيسي", "المنطقة الغربية العسكرية", "المصرية",
         "الجيش المصري", "مصدر مصري"],
}

PHEN = {
 "rr1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil", "countries"],
 "rr2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "coverage_bases", "countries"],
 "rr3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_neighbours",
         "countries"],
 "rr4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "rr5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
}

MOVES = {
 "rr1": [
  mv("reinforce", "reported", LNA, ["بنغازي"], ["قاعدة الجفرة الجوية"], ["مرادة", "زلة"]),
  mv("redeploy", "conditional", LNA, ["هون"], ["سرت"]),
  mv("airlift", "denied", TUR, [], ["مطار مصراتة"]),
  mv("deploy", "planned", GNA, ["مصراتة"], ["الوشكة"]),
  mv("airlift", "reported", SYR, ["دمشق"], ["مطار بنينا"]),
 ],
 "rr2": [
  mv("redeploy", "reported", SYR, ["معسكر اليرموك"], ["أبو قرين"]),
  mv("airlift", "reported", SYR, ["عفرين"], ["مطار معيتيقة"]),
  mv("advance", "denied", SYR, [], ["ودان", "هون"]),
  mv("withdraw", "conditional", SYR, ["ليبيا"], ["الشمال السوري"]),
  mv("shipment", "planned", TUR, [], ["قاعدة الوطية"]),
 ],
 "rr3": [
  mv("deploy", "reported", LNA, ["سبها"], ["سوكنه", "الفقهاء"]),
  mv("redeploy", "planned", LNA, ["إدري"], ["هون"], ["براك"]),
  mv("mobilise", "denied", "Misrata forces", [], ["بوقرين"]),
  mv("reinforce", "conditional", "Algerian army", [], ["الحدود مع ليبيا"]),
 ],
 "rr4": [
  mv("withdraw", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
  mv("withdraw", "planned", FF, ["الجفرة", "سرت"], []),
  mv("advance", "denied", LNA, ["هون"], ["سرت"]),
  mv("reinforce", "conditional", "Tunisian army", [], ["بن قردان", "معبر رأس جدير"]),
 ],
 "rr5": [
  mv("mobilise", "reported", "Misrata forces", ["مصراتة"], ["أبوقرين", "الوشكة"]),
  mv("shipment", "reported", LNA, ["بنغازي"], ["ودان"], ["أجدابيا"]),
  mv("deploy", "denied", "Egyptian army", [], ["قاعدة الجفرة الجوية"], ["منفذ إمساعد"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["سيدي براني", "الحدود مع ليبيا"]),
  mv("naval_landing", "planned", TUR, [], ["ميناء الخمس"]),
 ],
}

NOTES = {
 "rr1": ("Al-Modon (Beirut) style. LNA reinforcement Benghazi→Jufra air base via Maradah and Zillah (reported); a battalion "
         "Hun→Sirte «في حال» (conditional redeploy); a Turkish drone airlift to Misrata airport claimed by the LNA "
         "spokesman and denied by the Turkish MoD (denied); GNA units from Misrata to the Al-Washka gate «تعتزم» (planned "
         "deploy); Syrian recruits flown Damascus→Benina airport (reported). Lebanese Tripoli is a source, not a place of "
         "movement; «زلة لسان», «سالم الهوني», «غرفة عمليات سرت الجفرة», «أجنحة الشام» are traps."),
 "rr2": ("Enab Baladi style. Syrian fighters Yarmouk camp (Tripoli)→Abu Qurayn axis (reported redeploy); a batch "
         "Afrin→Mitiga airport by air (reported airlift); a denied advance on Waddan and Hun; a conditional return "
         "Libya→northern Syria «إذا لم تُصرف» (withdraw); a planned Turkish drone shipment to Al-Watiya. Drone sightings "
         "over Sokna/the Jufra base and the fighters' distribution are not movements; «نحنا هون» (Levantine 'here') and "
         "«شارع طرابلس» (a street in Misrata) are traps."),
 "rr3": ("Hespress (Rabat) style. LNA units Sabha→Sokna (written سوكنه) and Al-Fuqaha (reported deploy); a battalion "
         "Idri→Hun via Brak «ستتحرك» (planned redeploy); a denied Misrata mobilisation at Abu Qurayn (written بوقرين); the "
         "Algerian army's conditional reinforcement of the border with Libya. الجزائر is the country in the headline and "
         "the analyst's quote and Algiers in «بيان صدر بالجزائر»; Bouznika, Rabat and Morocco are venue/dateline only."),
 "rr4": ("Mosaique FM (Tunis) style. Russian (Africa Corps) elements Jufra air base→Brak air base (reported withdraw, "
         "told twice: headline + lede); a Russian landing ship unloading at Tobruk port (reported); the 5+5 plan to take "
         "foreign fighters out of Jufra and Sirte (planned withdraw, no destination); the LNA's denied Hun→Sirte move; "
         "the Tunisian army's conditional reinforcement at Ben Gardane and the Ras Ajdir crossing. تونس is Tunis in the "
         "headline (venue) and the country in the analyst's quote."),
 "rr5": ("Al-Shorouk (Cairo) style. Misrata formations massing at Abu Qurayn and Al-Washka (reported mobilise); an LNA "
         "fuel/ammunition convoy Benghazi→Waddan via Ajdabiya (reported shipment); the denied entry of Egyptian army units "
         "via the Emsaed crossing to the Jufra air base (headline «إلى ليبيا» is the same move); a conditional Egyptian "
         "reinforcement to Sidi Barrani and the border; a planned Turkish landing at Al-Khums port. The 2020 Sidi Barrani "
         "speech is background, not a movement."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("rr1", "rr2", "rr3", "rr4", "rr5")
BAR_IN_TEXT = True  # the datelines have a literal "|" (e.g. «المدن - عرب وعالم | الأحد»)
