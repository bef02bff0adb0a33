# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # the Misrata–Sirte front
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_mun": ("district", "LY", 32.37535, 15.09254, "Misrata municipality"),         # G* (city row)
 "misrata_port": ("crossing", "LY", 32.365, 15.215, "Misrata port (Qasr Ahmad)"),        # K
 "academy": ("base", "LY", 32.32556, 15.05972, "Misrata Air Academy air base"),          # G* (row مطار مصراتة, alias الكلية الجوية)
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "hisha": ("village", "LY", 31.64583, 15.28417, "Al-Hisha"),                            # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn (Abu Grein)"),             # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),             # G* (city row)
 "sirte_port": ("crossing", "LY", 31.215, 16.580, "Sirte port"),                        # K
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                                # G
 "jufra": ("district", "LY", 29.15, 16.05, "Al Jufra"),                                 # K (point between Hun and Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # other Libyan cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "raslanuf": ("town", "LY", 30.50000, 18.52720, "Ras Lanuf"),                           # G* (oilfield row راس لانوف, as town)
 "raslanuf_oil": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil terminal"),      # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G (row ميناء السدرة)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                    # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "border_eg": ("region", "EG", 31.45, 25.10, "Egypt-Libya border (Egyptian side)"),     # K
 # Turkey
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 # Maghreb and Switzerland
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G (row spelled ربات)
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                            # G
 "skhirat": ("town", "MA", 33.8527, -7.0300, "Skhirat"),                                # K
 "tangier": ("city", "MA", 35.76727, -5.79975, "Tangier"),                              # G (row spelled تنجه)
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
}

_M = lambda kind, status, actor, origins=(), destinations=(), via=(): {
    "kind": kind, "status": status, "actor": actor,
    "origins": list(origins), "destinations": list(destinations), "via": list(via)}

LNA, GNA, MIS, TUR, EGY = "Libyan National Army", "GNA forces", "Misrata forces", "Turkish armed forces", "Egyptian army"

MOVES = {
 "rg1": [
  _M("deploy", "reported", GNA, ["مصراتة"], ["الوشكة"], ["أبوقرين"]),
  _M("withdraw", "planned", MIS, ["الوشكة"], ["أبوقرين"]),
  _M("withdraw", "planned", LNA, ["بويرات الحسون"], ["سرت"]),
  _M("deploy", "conditional", None, [], ["الوشكة", "بويرات الحسون"]),
  _M("advance", "reported", GNA, ["أبوقرين"], ["الوشكة"]),
  _M("mobilise", "denied", LNA, [], ["قاعدة القرضابية"]),
 ],
 "rg2": [
  _M("advance", "reported", MIS, ["أبو قرين"], ["سرت"], ["الوشكة", "بويرات الحسون"]),
  _M("mobilise", "denied", MIS, [], ["أبوقرين", "الهيشة"]),
  _M("withdraw", "planned", MIS, ["الوشكة"], ["مصراتة"]),
  _M("reinforce", "reported", LNA, ["قاعدة الجفرة"], ["سرت"], ["ودان"]),
  _M("advance", "conditional", MIS, [], ["سرت"]),
  _M("naval_landing", "reported", MIS, [], ["ميناء سرت"]),
 ],
 "rg3": [
  _M("advance", "reported", LNA, ["سرت"], ["أبوقرين"]),
  _M("withdraw", "reported", MIS, ["الوشكة"], ["أبوقرين"]),
  _M("redeploy", "planned", LNA, ["بويرات الحسون"], ["قاعدة القرضابية الجوية"]),
  _M("advance", "conditional", GNA, [], ["الوشكة"]),
  _M("airlift", "denied", TUR, [], ["قاعدة الكلية الجوية"]),
  _M("shipment", "reported", LNA, ["سرت"], ["بويرات الحسون"]),
 ],
 "rg4": [
  _M("reinforce", "reported", EGY, ["قاعدة محمد نجيب العسكرية"], ["سيدي براني"]),
  _M("advance", "conditional", EGY, [], ["سرت", "الجفرة"]),
  _M("airlift", "denied", EGY, [], ["قاعدة القرضابية"]),
  _M("naval_landing", "denied", EGY, [], ["ميناء السدرة"]),
  _M("redeploy", "reported", LNA, ["بنغازي"], ["سرت"], ["اجدابيا", "رأس لانوف"]),
  _M("withdraw", "planned", MIS, ["الوشكة"], ["الهيشة"]),
 ],
 "rg5": [
  _M("mobilise", "denied", LNA, [], ["سرت"]),
  _M("withdraw", "planned", LNA, ["بويرات الحسون"], ["هراوة"]),
  _M("reinforce", "reported", GNA, ["مصراتة"], ["ابوقرين"], ["تاورغا"]),
  _M("shipment", "reported", TUR, [], ["ميناء مصراتة"]),
  _M("reinforce", "conditional", LNA, ["قاعدة الجفرة الجوية"], ["بويرات الحسون"]),
  _M("advance", "reported", LNA, [], ["سرت"]),
 ],
}

TRAPS = {
 "rg1": ["هسبريس", "قاعة واغادوغو", "سالم السرتي", "الجيش الوطني الليبي", "المغربية", "الليبية", "حرس المنشآت النفطية"],
 "rg2": ["التناصح", "عملية البنيان المرصوص", "شارع طرابلس", "الزروق", "المجلس العسكري مصراتة", "الروس", "لا أدري"],
 "rg3": ["يورونيوز", "الحسوني", "تركية", "شارع طرابلس", "ما ادري"],
 "rg4": ["الجريدة", "مصرية", "المنطقة الغربية العسكرية", "الجيش المصري", "تركية", "الجيش الوطني الليبي",
         "السوريين", "الصاعقة المصرية"],
 "rg5": ["سبوتنيك", "الهوني", "الجيش الوطني الليبي", "التركية", "فيلق أفريقيا", "روسية"],
}

PHEN = {
 "rg1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "countries",
         "coverage_bases", "coverage_oil", "ambiguity_country_capital"],
 "rg2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_tripoli", "ambiguity_idri", "nisba", "town_vs_district", "coverage_bases", "coverage_crossings"],
 "rg3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "ambiguity_tripoli",
         "ambiguity_idri", "nisba", "town_vs_district", "countries", "coverage_bases"],
 "rg4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "countries", "coverage_neighbours", "coverage_bases", "coverage_oil"],
 "rg5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "countries", "coverage_bases", "coverage_crossings", "coverage_neighbours"],
}

NOTES = {
 "rg1": ("Hespress (Rabat): a 5+5 field visit to Abu Grein, Al-Washka and Bwairat al-Hassoun. Reported GNA military-police "
         "deploy Misrata→Al-Washka via Abu Grein; two planned pull-backs agreed in Sirte (Misrata forces Al-Washka→Abu Grein, "
         "LNA Bwairat al-Hassoun→Sirte); a joint force «ستنتشر … إذا» between Al-Washka and Bwairat (conditional, actor null); "
         "the 2020 GNA advance Abu Grein→Al-Washka (reported flashback); LNA build-up at Gardabiya denied. Not movements: the "
         "committee's visit, UN monitors, talks in Skhirat/Bouznika/Tangier and Tunis, the Geneva ceasefire, the Es Sider/Ras Lanuf ports guarded by the PFG; Cairo, Benghazi = speakers."),
 "rg2": ("Al-Tanasuh (Misrata): the 10th anniversary of Sirte's liberation. Reported 2016 Misrata advance Abu Grein (written "
         "«أبو قرين»)→Sirte via Al-Washka and Bwairat; Misrata build-up at Abu Grein and Al-Hisha denied by the military council; "
         "the 2016 landing by Misrata boats at Sirte port (reported naval_landing); planned return of two battalions Al-Washka→Misrata; reported LNA column Jufra base→Sirte via Waddan; conditional "
         "Misrata advance on Sirte. Not movements: a civilian car convoy to Abu Grein, Wagner stationed at Gardabiya since 2020 "
         "(background), «شارع طرابلس» in Misrata (trap)."),
 "rg3": ("Euronews Arabic (Al-Washka, dateline «الوشكه»): families return to Al-Washka. Reported 2020 LNA advance Sirte→Abu Grein "
         "(a resident's memory); reported Misrata pull-back «من البلدة» (= Al-Washka)→Abu Grein; planned LNA redeploy Bwairat→"
         "Gardabiya air base; conditional GNA return to Al-Washka; a reported (alleged) LNA ammunition shipment Sirte→Bwairat; Turkish cargo-plane airlift to the Air Academy base in Misrata "
         "denied. Not movements: returning families, a mother back from Misrata, deminers."),
 "rg4": ("Al-Jarida (Cairo): Egypt and the Sirte–Jufra line. Reported 2020 Egyptian reinforcement Mohamed Naguib base→Sidi Barrani "
         "(the border phrase only locates Sidi Barrani); conditional Egyptian advance on Sirte and Jufra; Egyptian airlift to "
         "Gardabiya denied (headline = same) and an Egyptian commando landing at Es Sider port denied; reported LNA battalion Benghazi→Sirte via Ajdabiya (`اجدابيا`) and Ras Lanuf; "
         "planned Misrata pull-back of heavy weapons Al-Washka→Al-Hisha (the other side's «شرقاً» has no place: not annotated). "
         "Not movements: the committee visit, the demand that Syrian mercenaries leave Libya."),
 "rg5": ("Sputnik Arabic (Benghazi): an LNA officer interviewed. LNA build-up in Sirte denied (the road «المؤدي للوشكة» is a "
         "locator); planned LNA pull-back Bwairat→Harawa (headline = same); reported GNA column Misrata→Abu Grein (`ابوقرين`) via "
         "Tawergha (`تاورغا`); reported Turkish navy shipment to Misrata port; conditional LNA reinforcement Jufra air base→Bwairat "
         "(Hun = locator); the LNA's January 2020 entry into Sirte (reported flashback, no origin). Not movements: any advance "
         "«شرق أبوقرين» (hypothetical, in a condition), Russians in Jufra, Africa Corps in the south (presence)."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("rg1", "rg2", "rg3", "rg4", "rg5")
