# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                  # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                            # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                              # G
 # foreign cities
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                 # G
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                             # G
 "homs": ("city", "SY", 34.7324, 36.7137, "Homs"),                                       # K
 "deirezzor": ("city", "SY", 35.3359, 40.1408, "Deir ez-Zor"),                           # K
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                   # G
 "masnaa": ("crossing", "LB", 33.695, 35.925, "Masnaa border crossing"),                  # K
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                 # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                          # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                             # G* (city row spelled خرطوم)
 "nyala_airport": ("airport", "SD", 12.0535, 24.9562, "Nyala Airport"),                  # K
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                               # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                 # G
 "south_darfur": ("district", "SD", 10.95622, 24.44234, "South Darfur"),                 # G
 # Al-Jufra
 "jufra": ("district", "LY", 29.15, 16.05, "Al Jufra"),                                  # K (README: point near Hun/Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "jufra_airport": ("airport", "LY", 29.19810, 16.00100, "Al Jufra Airport"),             # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                       # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                 # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sukna"),                                   # G
 "hun_mun": ("district", "LY", 29.12684, 15.94772, "Hun municipality"),                   # G* (town row)
 "waddan_mun": ("district", "LY", 29.16140, 16.13904, "Waddan municipality"),             # G* (town row)
 # central coast and roads
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                          # G
 "sirte_port": ("crossing", "LY", 31.215, 16.595, "Port of Sirte"),                       # K
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                    # G
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                        # G* (row راس لانوف)
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                 # G
 "marada": ("town", "LY", 29.22054, 19.20454, "Maradah"),                                # G
 # east
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                             # G
 "benghazi_port": ("crossing", "LY", 32.098, 20.052, "Port of Benghazi"),                 # K
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Port of Tobruk"),                     # K
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                  # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                     # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                   # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 # south
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                      # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                      # G* (row جنوب ليبيا)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),              # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                 # G* (row الحدود الليبية النيجرية)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                # G
 "border_sd": ("region", "SD", 19.7, 24.6, "Sudan-Libya border (Sudanese side)"),        # K
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),      # G* (row مثلث العوينات)
}

LNA, RU, SYR, SUD, MIS = "Libyan National Army", "Russian forces", "Syrian mercenaries", "Sudanese armed groups", "Misrata forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "uo1": ["محمد الهوني", "إيتاميل رادار", "مونت كارلو الدولية", "سبوتنيك", "فواصل", "القيادة العامة للجيش الوطني الليبي",
         "المدن الليبية", "الأردني"],
 "uo2": ["شارع بنغازي", "شركة سرت للنفط", "لا أدري", "ليبيا الأحرار", "عمر السوكني", "المجلس العسكري مصراتة"],
 "uo3": ["غرفة عمليات سرت الجفرة", "يهون", "الفيلق الإفريقي"],
 "uo4": ["نحنا هون", "أبو علي الحمصي", "الفيلق الإفريقي", "القيادة العامة للجيش الوطني الليبي", "الليبية"],
 "uo5": ["الدعم السريع", "سودانية", "سودان تريبيون", "القيادة العامة للجيش الوطني الليبي"],
}

PHEN = {
 "uo1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba",
         "ambiguity_country_capital", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "uo2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil", "countries"],
 "uo3": ["clitics", "spelling", "multiword", "operation_trap", "common_word_trap", "ambiguity_tripoli",
         "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings"],
 "uo4": ["clitics", "multiword", "common_word_trap", "person_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "uo5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "coverage_bases", "coverage_neighbours", "countries"],
}

MOVES = {
 "uo1": [
  mv("airlift", "reported", RU, ["قاعدة الخادم"], ["قاعدة الجفرة الجوية"]),
  mv("redeploy", "denied", RU, ["قاعدة الجفرة الجوية"], ["هون"]),
  mv("redeploy", "planned", LNA, ["سرت"], ["ودان"]),
  mv("advance", "conditional", LNA, [], ["بويرات الحسون"]),
  mv("shipment", "reported", LNA, ["بنغازي"], ["سوكنة"], ["أجدابيا", "زلة"]),
  mv("naval_landing", "reported", RU, [], ["ميناء طبرق"]),
 ],
 "uo2": [
  mv("reinforce", "reported", LNA, ["سرت"], ["سبها"], ["ودان", "هون", "سوكنه"]),
  mv("deploy", "planned", LNA, ["سبها"], ["أوباري"]),
  mv("shipment", "reported", LNA, ["ميناء راس لانوف"], ["هون"]),
  mv("airlift", "reported", LNA, ["مطار بنينا"], ["مطار الجفرة"]),
  mv("reinforce", "conditional", LNA, ["قاعدة براك الجوية"], ["سبها"]),
  mv("mobilise", "denied", MIS, ["مصراتة"], ["أبوقرين"]),
 ],
 "uo3": [
  mv("redeploy", "planned", LNA, ["المرج"], ["قاعدة الجفرة الجوية"], ["أجدابيا", "مرادة"]),
  mv("naval_landing", "planned", LNA, ["ميناء بنغازي"], ["ميناء سرت"]),
  mv("withdraw", "planned", LNA, ["قاعدة الجفرة الجوية"], ["بنغازي"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة الجفرة الجوية"]),
  mv("withdraw", "conditional", LNA, ["سوكنة"], ["بنغازي"]),
  mv("withdraw", "denied", RU, ["قاعدة الجفرة الجوية"], ["براك الشاطئ", "إدري"]),
 ],
 "uo4": [
  mv("redeploy", "reported", SYR, ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("airlift", "planned", SYR, ["مطار الجفرة"], ["بنغازي"]),
  mv("redeploy", "conditional", SYR, ["الجفرة"], ["مالي"], ["الحدود مع النيجر"]),
  mv("deploy", "denied", SYR, ["بنغازي"], ["ودان"]),
 ],
 "uo5": [
  mv("redeploy", "reported", SUD, ["قاعدة الجفرة الجوية"], ["شمال دارفور"], ["الكفرة", "المثلث الحدودي"]),
  mv("mobilise", "reported", SUD, [], ["ودان"]),
  mv("redeploy", "planned", SUD, ["ودان"], ["الكفرة"]),
  mv("airlift", "reported", RU, ["قاعدة الجفرة الجوية"], ["مطار الكفرة"]),
  mv("airlift", "denied", LNA, ["قاعدة الجفرة"], ["مطار نيالا"]),
  mv("advance", "conditional", None, [], ["الحدود مع ليبيا"]),
 ],
}

NOTES = {
 "uo1": "Al-Dustour-style agency round-up on the Russian presence at the Jufra base: a reported Russian Il-76 airlift "
        "Al Khadim base→Jufra air base, a witnessed Russian move base→Hun denied by the embassy in the next clause, a "
        "planned LNA rotation Sirte→Waddan, a conditional advance on Buwairat al-Hassoun, a flashback supply shipment "
        "Benghazi→Sokna via Ajdabiya and Zillah and a Russian landing ship at Tobruk port; Moscow (headline, analyst) is "
        "a metonymic city, عمان is Amman (the analyst's city), Sirte after «غرب» and the Toummo crossing in a generic "
        "route are not movement places; بلدية هون is the district, هون the town.",
 "uo2": "Al-Anbaa-style agency story: an LNA convoy Sirte→Sabha via Waddan, Hun and Sokna (spelled سوكنه), its planned "
        "company Sabha→Ubari (the Sharara field is a purpose, not a destination), an LNA fuel convoy Ras Lanuf port→Hun, "
        "a reported cargo flight Benina airport→Jufra airport, a conditional reinforcement Brak air base→Sabha and "
        "Misrata's denied massing toward Abu Qurayn; street, company, council, channel and person names containing "
        "places are traps, «لا أدري» is the Idri look-alike, الكويت is the country.",
 "uo3": "Al-Ayam-style agency story on a planned garrison rotation at the Jufra base: incoming battalion Al-Marj→base "
        "via Ajdabiya and Marada and its tanks with crews by landing ship Benghazi port→Sirte port (both planned), "
        "outgoing battalion base→Benghazi (planned), an advance party flown from Benina air base (reported, «القاعدة»), "
        "an armoured company's return Sokna→Benghazi made conditional with «لن…إلا إذا», and a denied Africa Corps "
        "pull-out base→Brak/Idri; the operations-room name and «يهون» are traps; بلدية ودان is the district.",
 "uo4": "Al-Liwaa-style feature on Syrian fighters in Jufra: a reported truck move Jufra air base→Brak air base, a "
        "planned flight Jufra airport→Benghazi, a conditional transfer Jufra→Mali via the border with Niger («لن يتم "
        "إلا إذا») and a denied new group Benghazi→Waddan; Levantine «هون» ('here') and the nom de guerre «الحمصي» are "
        "traps; Tripoli here is the Lebanese city and the Masnaa crossing a civilian route (families, not a movement).",
 "uo5": "Al-Tayar-style story from Port Sudan: RSF fighters Jufra air base→North Darfur via Kufra and the border "
        "triangle (reported), a second group massing near Waddan (reported mobilise) and its planned move Waddan→Kufra, "
        "a reported Russian Il-76 pair Jufra air base→Kufra airport, an alleged LNA air bridge Jufra base→Nyala airport "
        "denied in the next sentence (Sudan in the denial is not added as a destination), and the Sudanese army's "
        "conditional advance to the border with Libya (Sudanese side; actor null); «ودان» also occurs inside «السودان».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("uo1", "uo2", "uo3", "uo4", "uo5")
