# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russian Federation"),                 # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 # vc1 Turkish flights and Syrian fighters (Al-Quds Al-Arabi)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "kayseri": ("base", "TR", 38.77040, 35.49540, "Kayseri Erkilet Air Base"),             # G* (row قاعدة إركيليت الجوية, kind airport)
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 # vc2 Russian ships, planes and bases (Al-Jarida)
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),               # G* (row قاعدة طبرق البحرية)
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G* (row قاعدة الجفرة الجوية)
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "washington": ("city", "US", 38.89511, -77.03637, "Washington"),                       # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "matan_sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),         # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 # vc3 Kufra, the Uweinat triangle and North Darfur (SUNA)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "malha_loc": ("district", "SD", 15.13330, 26.20000, "Al Malha locality"),              # G* (town row)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),     # G* (row مثلث العوينات)
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "east_owainat_airport": ("airport", "EG", 22.58570, 28.71660, "Shark El Oweinat International Airport"),  # G
 "aswan": ("city", "EG", 24.09082, 32.89942, "Aswan"),                                  # G
 "dabbah": ("town", "SD", 18.050, 30.950, "Ad Dabbah"),                                 # K
 "border_sd_ly": ("region", "SD", 20.5, 24.6, "Sudan-Libya border (Sudanese side)"),    # K
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # vc4 the two Tripolis (Al-Liwaa)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tripoli_lb_port": ("crossing", "LB", 34.458, 35.818, "Port of Tripoli (Lebanon)"),    # K
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_port": ("crossing", "LY", 32.36, 15.21, "Port of Misrata (Qasr Ahmed)"),      # K
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "salahaldin": ("town", "LY", 32.88743, 13.18733, "Salah al-Din (Tripoli)"),            # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 # vc5 Dehiba, Wazin and the Tunisian south (France 24)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine governorate"),       # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "border_tn_ly": ("region", "TN", 32.05, 10.55, "Tunisia-Libya border (Tunisian side)"),  # K
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
}

TRAPS = {
 "vc1": ["القدس العربي", "رادار الساحل", "المرصد السوري لحقوق الإنسان", "السلطان مراد", "مقاتلاً سورياً",
         "الدعم المالي", "محمد الطرابلسي", "السواحل الليبية"],
 "vc2": ["نوفا", "أفريكوم", "الجيش الوطني الليبي", "إدريس المهدوي", "روسيا اليوم", "الفيلق الأفريقي", "السورية",
         "الروسية"],
 "vc3": ["وكالة السودان للأنباء", "الدعم السريع", "سبل السلام", "القوة المشتركة لحركات الكفاح المسلح",
         "صحيفة مصرية", "الحرب السودانية", "الليبية"],
 "vc4": ["طرابلسَين", "طرابلس الآن", "اللواء 444 قتال", "جهاز الردع", "هذه الزاوية", "اللبنانية", "الليبية"],
 "vc5": ["فرانس 24", "وكالة تونس إفريقيا للأنباء", "الجيش التونسي", "محمد الإدريسي", "الليبية", "عسكري تونسي", "التونسية"],
}

PHEN = {
 "vc1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "coverage_bases", "coverage_oil", "countries"],
 "vc2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
 "vc3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital", "vague_area",
         "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "vc4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "coverage_crossings", "coverage_neighbours", "countries"],
 "vc5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "vc1": [
  mv("airlift", "reported", "Turkish armed forces", ["قاعدة قيصري الجوية"], ["قاعدة الوطية"]),
  mv("withdraw", "planned", "Syrian mercenaries", ["طرابلس"], ["سوريا"], ["مطار مصراتة"]),
  mv("redeploy", "denied", "Syrian mercenaries", ["قاعدة الوطية"], ["الزاوية"]),
  mv("naval_landing", "conditional", "Turkish armed forces", [], ["ميناء الخمس"]),
 ],
 "vc2": [
  mv("naval_landing", "reported", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة حميميم"], ["قاعدة الجفرة"]),
  mv("redeploy", "planned", "Russian forces", ["قاعدة الجفرة"], ["قاعدة معطن السارة"]),
  mv("mobilise", "conditional", "Libyan National Army", [], ["حقل الشرارة"]),
 ],
 "vc3": [
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["المالحة"], ["المثلث الحدودي"]),
  mv("deploy", "denied", "Libyan National Army", ["الكفرة"], ["المثلث الحدودي"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["محلية المالحة"]),
  mv("deploy", "planned", "Egyptian army", ["أسوان"], ["مطار شرق العوينات"]),
  mv("advance", "conditional", "Sudanese armed groups", ["الدبة"], ["المثلث الحدودي"]),
 ],
 "vc4": [
  mv("shipment", "denied", None, ["مرفأ طرابلس"], ["ميناء مصراته"]),
  mv("reinforce", "reported", "Misrata forces", ["مصراته"], ["طرابلس"], ["زليتن"]),
  mv("withdraw", "denied", "GNA forces", ["صلاح الدين"], ["ترهونة"]),
  mv("deploy", "planned", "GNA forces", [], ["مطار معيتيقة"]),
  mv("withdraw", "conditional", "Misrata forces", ["طرابلس"], ["مصراته"]),
 ],
 "vc5": [
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("advance", "denied", "Tunisian army", [], ["وازن"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["منفذ وازن"], ["نالوت"]),
  mv("withdraw", "conditional", "Tunisian army", ["الذهيبة"]),
 ],
}

NOTES = {
 "vc1": "Layers of attribution: a Turkish A400M airlift Kayseri→Al-Watiya first posted by an X page citing tracking "
        "sites and then confirmed to the paper by a source at the base (reported); a planned return of Syrian "
        "fighters Tripoli→Syria via Misrata airport told by the Syrian Observatory citing a faction leader citing a "
        "Turkish officer (planned); a Facebook claim of fighters moved Al-Watiya→Zawiya, denied by the GNA defence "
        "spokesman, re-asserted by a page with a video he calls old, unverified by the paper (denied); a Turkish "
        "frigate's marines landing at Khoms port only on a formal request (conditional). Ankara is the venue, Zawiya "
        "in the last paragraph and its refinery are scene only.",
 "vc2": "Russian moves told through a chain of sources: a landing ship Tartus→Tobruk port, confirmed by two port "
        "workers and satellite images (reported); an Il-76 bridge Khmeimim→Al-Jufra base told by Nova citing a "
        "Libyan officer citing operations-room officers, denied by the LNA spokesman, Nova standing by it (denied); "
        "a State Department spokesman relaying an AFRICOM assessment that Moscow plans to move Africa Corps elements "
        "Al-Jufra→Maaten al-Sarra near the Chad border (planned; the border is a locator); LNA units to be massed "
        "around the Sharara field if closures recur (conditional). Cairo, Washington, Moscow, Fezzan, Idri, Wadi "
        "al-Shati and Brak are not movement places.",
 "vc3": "SUNA relays the foreign ministry relaying military intelligence: an RSF fuel/ammunition convoy Kufra→Al-Malha "
        "via the border triangle (reported) and RSF massing in Al-Malha locality (reported); an escort of the LNA's "
        "Subul al-Salam sent Kufra→the triangle, denied by the brigade's page and re-asserted by the SAF spokesman "
        "(denied; a counter-denial does not make it reported); an Egyptian paper citing a source on border guards "
        "Aswan→East Oweinat airport (planned); the Joint Force's advance Ad Dabbah→the triangle if supplies across "
        "the Libyan border continue (conditional; the border is the condition). The TikTok 'aid' trucks to Darfur "
        "are the same convoy, not a second movement.",
 "vc4": "Two Tripolis: the Lebanese army denies a Libyan page's claim (citing 'shipping sources' citing a UN panel "
        "draft) of an ammunition ship Tripoli (Lebanon) port→Misrata port (denied, no actor); Misrata columns "
        "Misrata→Tripoli (Libya) via Zliten, confirmed by residents and footage (reported); the GNA staff deny "
        "444 Brigade's pull-out Salah al-Din→Tarhuna (denied); regular units to deploy at Mitiga airport per a "
        "diplomat citing an official (planned); the columns will not leave Tripoli for Misrata unless a ceasefire "
        "(conditional). Lebanese Tripoli as speaker/twin city, Beirut dateline, and the civilian evacuation route "
        "via Ras Ajdir to Tunisia are not movement places.",
 "vc5": "A Tunisian reinforcement Tataouine→Dehiba relayed by TAP from the defence ministry and seen by the "
        "correspondent (reported); Libyan pages' claim of a Tunisian incursion into Wazin, denied by the ministry "
        "spokesman, re-asserted by a Nalut councillor, denied again (denied); a GNA force Tripoli→Wazin crossing via "
        "Nalut announced by the General Staff (planned); the reinforcements not withdrawn from Dehiba until the "
        "crossing reopens (conditional). The border with Libya, Ras Ajdir, Tataouine governorate and Ben Gardane "
        "are background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("vc1", "vc2", "vc3", "vc4", "vc5")
