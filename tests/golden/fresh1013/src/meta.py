# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                      # G
 # datelines and capitals abroad
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G (found by grep -F London; name_ar there is garbled)
 "washington": ("city", "US", 38.89511, -77.03637, "Washington"),                       # G
 "newyork": ("city", "US", 40.71427, -74.00597, "New York City"),                       # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G (row عمان, written عمّان)
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                            # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 # Syria, Turkey, Sudan
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "tartus_port": ("crossing", "SY", 34.8950, 35.8720, "Port of Tartus"),                 # K
 "north_syria": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                 # G
 "erkilet": ("base", "TR", 38.77040, 35.49540, "Kayseri Erkilet Air Base"),             # G* (row icao:LTAU, kind airport)
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                              # G
 "gaziantep_airport": ("airport", "TR", 36.94720, 37.47870, "Gaziantep Airport"),       # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 # Egypt
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                         # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "border_eg": ("region", "EG", 30.5, 25.2, "Egypt-Libya border (Egyptian side)"),       # K
 # Libya: east
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 # Libya: centre and south
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "gardabiya_airport": ("airport", "LY", 31.06350, 16.59500, "Gardabya Airport"),        # G
 "gulf_sirte": ("region", "LY", 30.90000, 18.00000, "Gulf of Sirte"),                   # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (row هون: point near Hun, README rule)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 # Libya: west
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G
 "air_college": ("base", "LY", 32.32556, 15.05972, "Misrata Air College (Misrata airport)"),  # G* (row icao:HLMS, written الكلية الجوية)
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
}

TRAPS = {
 "qmb1": ["لوفيغارو", "كيو بوست", "الفيلق الأفريقي", "الجيش الوطني الليبي", "بشار الأسد", "الفرنسية", "الروسية",
          "السورية", "الليبيين"],
 "qmb2": ["ذا تايمز", "بغداد بوست", "الفيلق الأفريقي", "حلف شمال الأطلسي", "عماد الطرابلسي", "بركان الغضب",
          "صدام حفتر", "البريطانية", "التركية", "التركي", "السوريين"],
 "qmb3": ["فايننشال تايمز", "زاد الأردن", "عبد الفتاح السيسي", "الجيش الوطني الليبي", "مصرف ليبيا المركزي",
          "القوات المسلحة المصرية", "البريطانية", "المصري", "مصريين", "مصرية", "الليبية", "الليبيين", "السودانيين", "الروسية"],
 "qmb4": ["واشنطن بوست", "الصحوة نت", "الفيلق الأفريقي", "ألكسندر أوتراكوفسكي", "الأسطول السادس",
          "الجيش الوطني الليبي", "حلف شمال الأطلسي", "خسرت", "الأمريكية", "الروسية", "الليبية", "الأوروبيين"],
 "qmb5": ["وول ستريت جورنال", "يقين", "أنباء الشرق الأوسط", "إيريني", "الجيش الوطني الليبي", "حفتر", "الأمريكية",
          "مصري", "الأوروبيون"],
}

PHEN = {
 "qmb1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qmb2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
          "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qmb3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qmb4": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
          "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qmb5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qmb1": [
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الخادم"]),
  mv("shipment", "reported", "Russian forces", ["الخادم"], ["قاعدة براك الجوية"], ["قاعدة الجفرة الجوية"]),
  mv("deploy", "planned", "Russian forces", [], ["قاعدة معطن السارة"]),
  mv("redeploy", "conditional", "Russian forces", ["ميناء طرطوس"], ["ميناء طبرق"]),
  mv("withdraw", "reported", "Libyan National Army", ["براك"], ["سبها"]),
  mv("deploy", "denied", "Russian forces", [], ["سرت"]),
 ],
 "qmb2": [
  mv("airlift", "reported", "Turkish armed forces", ["قاعدة إركيليت الجوية"], ["قاعدة الوطية"]),
  mv("shipment", "reported", "Turkish armed forces", [], ["ميناء مصراتة"]),
  mv("deploy", "reported", "Turkish armed forces", ["ميناء مصراتة"], ["أبوقرين"]),
  mv("redeploy", "planned", "Turkish armed forces", ["الوطية"], ["الكلية الجوية"]),
  mv("advance", "conditional", "Turkish armed forces", [], ["سرت"]),
  mv("airlift", "denied", "Syrian mercenaries", ["مطار غازي عنتاب"], ["مطار معيتيقة"]),
 ],
 "qmb3": [
  mv("mobilise", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سيدي براني", "السلوم"]),
  mv("advance", "conditional", "Egyptian army", [], ["سرت"]),
  mv("shipment", "planned", "Egyptian army", [], ["بنغازي"], ["منفذ امساعد"]),
  mv("deploy", "reported", "Libyan National Army", ["طبرق"], ["الجغبوب"]),
  mv("deploy", "denied", "Egyptian army", [], ["قاعدة الخادم"]),
 ],
 "qmb4": [
  mv("naval_landing", "reported", "Russian forces", ["ميناء طرطوس"], ["ميناء طبرق"]),
  mv("redeploy", "reported", "Russian forces", ["قاعدة القرضابية"], ["قاعدة الجفرة الجوية"]),
  mv("shipment", "planned", "Russian forces", ["طبرق"], ["الجفرة"], ["أجدابيا"]),
  mv("deploy", "conditional", None, [], ["خليج سرت"]),
  mv("deploy", "denied", "Russian forces", [], ["قاعدة معطن السارة"]),
 ],
 "qmb5": [
  mv("withdraw", "reported", "Russian forces", ["سرت"], ["الجفرة"]),
  mv("redeploy", "planned", "Libyan National Army", ["بنغازي"], ["سرت"]),
  mv("shipment", "reported", None, ["مرسين"], ["ميناء الخمس"]),
  mv("advance", "conditional", "Misrata forces", ["أبوقرين"]),
  mv("withdraw", "planned", "Syrian mercenaries", ["طرابلس"], ["شمال سوريا"]),
  mv("airlift", "denied", "Egyptian army", ["مرسى مطروح"], ["قاعدة بنينا الجوية"]),
 ],
}

NOTES = {
 "qmb1": "Saudi-funded site Qposts («كيو بوست», translation) retells a Le Figaro investigation (Paris dateline): Il-76 "
         "flights Hmeimim base→Al-Khadim base, the cargo moved on overland Al-Khadim→Brak air base via Jufra air base "
         "(shipment), a planned helicopter squadron and ~200 troops to Maaten al-Sarra base, a retired officer's "
         "conditional naval move Tartus port→Tobruk port, an LNA battalion pulled out Brak→Sabha and the Russian "
         "embassy's denial of troops sent to Sirte; Benghazi (locator), Tripoli (the embassy's seat), Mali/Niger/"
         "Burkina Faso (purpose of the supply lines), Moscow, Damascus, Paris and Washington are not movement places.",
 "qmb2": "Iraqi site The Baghdad Post («بغداد بوست», name holds Baghdad) from London retells The Times: Turkish A400M "
         "flights Erkilet air base (Kayseri)→Al-Watiya base, a Turkish landing ship's armour unloaded at Misrata port "
         "and taken on by Turkish units to Abu Qurayn, a planned drone squadron move Al-Watiya→the Air College in "
         "Misrata, a conditional Turkish advance on Sirte (Gardabiya only in the condition) and a denied airlift of "
         "Syrian mercenaries Gaziantep airport→Mitiga airport (the minister's name الطرابلسي holds Tripoli); the "
         "border with Tunisia is a distance reference, Tripoli and Ankara background.",
 "qmb3": "Jordanian site Zad Al-Urdun («زاد الأردن», name holds Jordan) from Amman («عمّان», not Oman) retells the "
         "Financial Times: Egyptian armoured brigades massed Mohamed Naguib base→Sidi Barrani and Sallum, a "
         "conditional advance on Sirte (the Oil Crescent only the condition), a planned Egyptian armour convoy via "
         "the Amsaad crossing to Benghazi, an LNA battalion Tobruk→Jaghbub and the Egyptian spokesman's denial of "
         "Rafales at Al-Khadim base; the Sirte–Jufra «red line», the 1,100 km border with Libya, Sudan's war and "
         "«مصرف ليبيا المركزي» (holds Egypt and Libya) are not movement places.",
 "qmb4": "Yemeni site Al-Sahwa Net («الصحوة نت») from Washington retells The Washington Post (name holds "
         "Washington): a Russian landing ship Tartus port→Tobruk port with troops and armour, Africa Corps units "
         "Gardabiya base→Jufra air base (Sirte a locator), a planned overland armour move Tobruk→Al-Jufra via "
         "Ajdabiya, a US official's conditional Sixth Fleet deployment to the Gulf of Sirte (actor null) and the "
         "LNA's denial of Russians at Maaten al-Sarra base; «خسرت» holds Sirte, the border with Sudan and Port "
         "Sudan are background.",
 "qmb5": "Iraqi agency Yaqeen («وكالة يقين للأنباء», translation) with a New York dateline retells The Wall Street "
         "Journal: Russians withdrawn Sirte→Al-Jufra, a planned LNA brigade Benghazi→Sirte, two Turkish cargo ships "
         "Mersin→Khoms port (actor null: no force named), a Misratan commander's conditional move east from Abu "
         "Qurayn (Al-Washka only in the condition), a planned return of Syrian fighters Tripoli→northern Syria and "
         "an Egyptian source's denial of cargo flights Marsa Matruh→Benina air base; Misrata is the commander's "
         "town, Gardabiya airport keeps a team (no move), Geneva is background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qmb1", "qmb2", "qmb3", "qmb4", "qmb5")
