# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "belarus": ("country", "BY", 53.69985, 28.01942, "Belarus"),                           # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                  # G
 "jordan": ("country", "JO", 31.26963, 36.29991, "Jordan"),                             # G
 # shared Libyan cities and airfields
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                  # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "La Abraq Airport"),            # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G (also written قاعدة الجفرة: G*)
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),        # G* (row برقة)
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 # qag1 Mitiga and Misrata (Al-Quds Al-Arabi)
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G* (row مطار مصراتة)
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "souq_juma": ("town", "LY", 32.88300, 13.23300, "Souq al Jum'aa"),                     # G
 "souq_juma_mun": ("district", "LY", 32.88300, 13.23300, "Souq al Jum'aa municipality"),  # G* (town row)
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "tripoli_intl": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),  # G (also مطار إدريس: G*)
 "qasr": ("city", "LY", 32.68333, 13.18333, "Qasr bin Ghashir"),                        # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "incirlik": ("base", "TR", 37.00194, 35.42583, "Incirlik Air Base"),                   # G* (row قاعدة إنجيرليك)
 "adana": ("city", "TR", 36.98615, 35.32531, "Adana"),                                  # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),     # G* (row منفذ رأس جدير)
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 # qag2 Benina and Al-Abraq (Sada El Balad)
 "cairo_airport": ("airport", "EG", 30.12190, 31.40560, "Cairo International Airport"),  # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "jabal_akhdar": ("district", "LY", 32.02519, 21.79830, "Al Jabal al Akhdar"),          # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "border_eg": ("region", "EG", 31.0, 25.1, "Egypt-Libya border (Egyptian side)"),       # K
 "tobruk_port": ("crossing", "LY", 32.070, 23.975, "Port of Tobruk"),                 # K
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 "borg_arab": ("airport", "EG", 30.91770, 29.69640, "Borg El Arab International Airport"),  # G
 # qag3 Jufra and the Russian air bridge (Al-Jarida)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "central_ly": ("region", "LY", 26.33899, 17.22077, "Central Libya"),                   # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "latakia": ("city", "SY", 35.53125, 35.79088, "Latakia"),                              # G
 "jufra_dist": ("district", "LY", 29.15, 16.05, "Al Jufra"),                            # K (README: point near Hun/Waddan)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "gardabya_base": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "hun_mun": ("district", "LY", 29.12684, 15.94772, "Hun municipality"),                 # G* (town row)
 "hun_airport": ("airport", "LY", 29.11010, 15.96560, "Hon Airport"),                   # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 # qag4 Kufra and the Sudan war (Al-Sudani)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Al Kufra district"),             # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G (row name خرطوم)
 "se_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                  # G* (row جنوب شرق ليبيا)
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                  # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),      # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "east_td": ("region", "TD", 15.37168, 20.30227, "Eastern Chad"),                       # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 # qag5 Al-Khadim and the eastern airfields (Roya)
 "khadim_base": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),               # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G
 "irbid": ("city", "JO", 32.5556, 35.8500, "Irbid"),                                    # K
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "nasser_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),      # G* (row مطار طبرق)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
}

TRAPS = {
 "qag1": ["القدس العربي", "الليبية", "الأفريقية للطيران", "الجيش التركي", "التركية", "عبد السلام الزاوي"],
 "qag2": ["مصر للطيران", "صدى البلد", "مصري", "الجيش المصري", "الجيش الوطني الليبي", "الليبية"],
 "qag3": ["الجريدة", "الفيلق الأفريقي", "فاغنر", "الروسية", "الدعم المالي", "الجيش الوطني الليبي", "إدريس الهوني"],
 "qag4": ["السوداني", "الدعم السريع", "سبل السلام", "الجيش الوطني الليبي", "الليبية", "سوداني", "الجيش السوداني"],
 "qag5": ["الملكية الأردنية", "رؤيا", "اللبنانية", "الليبية", "الأردنية", "الفيلق الأفريقي الروسي", "لبنانيون"],
}

PHEN = {
 "qag1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "ambiguity_idri", "town_vs_district", "coverage_bases", "coverage_crossings",
          "coverage_neighbours"],
 "qag2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
          "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qag3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_neighbours",
          "countries"],
 "qag4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours",
          "countries"],
 "qag5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qag1": [
  mv("airlift", "reported", "Misrata forces", ["مطار مصراتة الدولي"], ["قاعدة معيتيقة"]),
  mv("airlift", "planned", "Turkish armed forces", ["قاعدة إنجرليك"], ["قاعدة الوطية"]),
  mv("redeploy", "denied", "Turkish armed forces", ["الوطية"], ["قاعدة معيتيقة"]),
  mv("advance", "conditional", "GNA forces", ["الزاوية"], ["تاجوراء"]),
 ],
 "qag2": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["قاعدة الجفرة الجوية"]),
  mv("deploy", "planned", "Libyan National Army", ["المرج"], ["مطار بنينا"]),
  mv("airlift", "denied", "Egyptian army", [], ["مطار الأبرق"]),
  mv("naval_landing", "denied", "Egyptian army", [], ["ميناء طبرق"]),
  mv("reinforce", "conditional", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["الحدود مع ليبيا"]),
 ],
 "qag3": [
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الجفرة الجوية"]),
  mv("shipment", "reported", "Russian forces", ["الجفرة"], ["قاعدة براك الجوية"], ["سوكنة"]),
  mv("airlift", "planned", "Russian forces", ["قاعدة براك الجوية"], ["مالي", "النيجر"]),
  mv("redeploy", "denied", "Russian forces", ["الجفرة"], ["قاعدة القرضابية"]),
  mv("reinforce", "conditional", "Libyan National Army", ["سبها"], ["ودان"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["ودان"]),
 ],
 "qag4": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("shipment", "reported", "Libyan National Army", ["حقل السرير"], ["الكفرة"]),
  mv("airlift", "denied", "Libyan National Army", ["مطار الكفرة"], ["نيالا"]),
  mv("advance", "reported", "Sudanese armed groups", ["الفاشر"], ["مثلث العوينات"]),
  mv("withdraw", "reported", "Libyan National Army", ["مثلث العوينات"], ["الكفرة"]),
  mv("redeploy", "planned", "Libyan National Army", ["تازربو"], ["قاعدة معطن السارة"]),
  mv("reinforce", "conditional", "Libyan National Army", ["الكفرة"], ["الحدود مع السودان"]),
 ],
 "qag5": [
  mv("airlift", "reported", None, ["الإمارات"], ["قاعدة الخادم"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["المرج"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة الخادم"], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["قاعدة طبرق البحرية"]),
  mv("withdraw", "denied", "Russian forces", ["الخادم"], ["مطار الأبرق"]),
  mv("deploy", "conditional", "Libyan National Army", ["بنغازي"], ["قاعدة الخادم"]),
 ],
}

NOTES = {
 "qag1": "Mitiga closed to civil flights after shelling (flights diverted to Misrata airport; Istanbul, Tunis, "
         "Alexandria only destinations of cancelled civil flights); a reported airlift of Misrata's Joint Force "
         "Misrata airport→Mitiga base (Tajoura only locates the gates); a planned Turkish A400M Incirlik→Al-Watiya "
         "(Adana only locates the base); a denied Turkish transfer Al-Watiya→Mitiga base (Benghazi = where the "
         "accounts are); a conditional GNA move Zawiya→Tajoura. Old Tripoli airport (= 'Idris airport'), Qasr bin "
         "Ghashir and Souq al-Juma are background.",
 "qag2": "EgyptAir suspends Cairo–Benina flights, Libyan carriers divert to Al-Abraq (Al-Bayda, Jabal Akhdar only "
         "locators); a reported LNA Il-76 airlift Benina air base→Jufra air base; a planned LNA battalion Al-Marj→"
         "around Benina airport; a denied Egyptian special-forces landing at Al-Abraq (Egypt in 'outside Egypt's "
         "borders' is not a movement place); a conditional Egyptian reinforcement Mohamed Naguib base→the border "
         "with Libya if fighting reaches eastern Libya (condition only); Borg El Arab/Alexandria civil alternative.",
 "qag3": "Russian Il-76 air bridge: a reported airlift Hmeimim→Jufra air base (Latakia locates Hmeimim; Belarus is "
         "only the registration); a reported road transfer Jufra→Brak air base via Sokna; a planned onward airlift "
         "Brak air base→Mali and Niger; a denied transfer Jufra→Gardabya base (Sirte locator); a conditional LNA "
         "reinforcement Sabha→Waddan. Hun airport closed to civil flights; patients travel to Misrata (civil); "
         "Cairo dateline, Moscow and Syria background.",
 "qag4": "Kufra: a reported LNA Il-76 airlift Benina air base→Kufra airport; civil flights from Benghazi suspended; "
         "Khartoum's accusation of an arms airlift Kufra airport→Nyala, denied by the LNA; a reported RSF column "
         "El Fasher→the Uweinat triangle (Kufra residents are the source); a planned company Tazirbu→Maaten "
         "al-Sarra; a conditional LNA reinforcement Kufra→the border with Sudan. Chad, eastern Chad, Darfur and "
         "refugees are background.",
 "qag5": "Royal Jordanian suspends Amman–Benghazi flights (Misrata, Tripoli, Irbid, Tripoli of Lebanon, Al-Abraq "
         "for stranded passengers: civil); a reported cargo airlift with no named force UAE→Al-Khadim base (Al-Marj "
         "locator); a planned LNA air-defence transfer Al-Khadim→Gamal Abdel Nasser air base (Tobruk locator); a "
         "denied Africa Corps transfer Al-Khadim→Al-Abraq airport; a conditional LNA battalion Benghazi→around "
         "Al-Khadim base.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qag1", "qag2", "qag3", "qag4", "qag5")
