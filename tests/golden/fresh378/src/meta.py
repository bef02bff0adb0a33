# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                      # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # Libyan cities, towns, districts, regions
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),             # G* (city row)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_mun": ("district", "LY", 27.54956, 14.27139, "Brak al-Shati municipality"),      # G* (town row)
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row)
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),               # G* (row الحدود الليبية السودانية)
 # Libyan bases, airports, ports, crossings, oil
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "misrata_academy": ("base", "LY", 32.32556, 15.05972, "Misrata Air Academy base"),     # G* (row مطار مصراتة)
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.98500, "Port of Tobruk"),               # K
 "misrata_port": ("crossing", "LY", 32.36600, 15.21300, "Port of Misrata (Qasr Ahmad)"),# K
 "khums_port": ("crossing", "LY", 32.65700, 14.28200, "Port of Al Khums"),              # K
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "sidra": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 # Russia, Syria, Turkey
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "latakia": ("city", "SY", 35.53125, 35.79088, "Latakia"),                              # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "aleppo": ("city", "SY", 36.20124, 37.16117, "Aleppo"),                                # G
 "albab": ("city", "SY", 36.37050, 37.51570, "Al-Bab"),                                 # K
 "bab_salama": ("crossing", "SY", 36.63800, 37.08100, "Bab al-Salama border crossing"), # K
 "north_sy": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                    # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                              # G
 "erkilet": ("base", "TR", 38.77000, 35.49500, "Kayseri Erkilet Air Base"),             # K
 "anatolia": ("region", "TR", 39.00000, 34.00000, "Central Anatolia"),                  # K
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "izmir": ("city", "TR", 38.41273, 27.13838, "Izmir"),                                  # G
 "gaziantep": ("city", "TR", 37.05944, 37.38250, "Gaziantep"),                          # G
 "gaziantep_airport": ("airport", "TR", 36.94720, 37.47870, "Gaziantep Oguzeli Airport"),  # K
 # Africa and the Maghreb
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


RU, TR, SYR, LNA, MIS = "Russian forces", "Turkish armed forces", "Syrian mercenaries", "Libyan National Army", "Misrata forces"

TRAPS = {
 "np1": ["روسيا اليوم", "الفيلق الأفريقي", "الجيش المالي", "الشركاء الليبيين", "جيش الوطني الليبي", "خليفة حفتر",
         "القواعد الليبية"],
 "np2": ["ترك برس", "وكالة الأناضول", "شارع طرابلس", "الدفاع التركية", "البرلمان التركي"],
 "np3": ["عنب بلدي", "سورياً", "الجيش الوطني السوري", "الفيلق الأفريقي", "فتح الباب", "ما أدري", "الملف المالي",
         "فرقة السلطان مراد", "فيلق الشام", "وزارة الدفاع السورية"],
 "np4": ["الجزيرة نت", "الفيلق الأفريقي", "علي القطروني", "اللواء طارق بن زياد", "العصابات التشادية", "الجيش النيجري",
         "وزارة الدفاع النيجرية", "تحالف دول الساحل", "عائد مالي"],
 "np5": ["إرم نيوز", "وزارة الدفاع التركية", "جيش الوطني الليبي", "صدام حفتر", "المجلس العسكري مصراتة",
         "محمد المصراتي"],
}

PHEN = {
 "np1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "border_phrase",
         "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "np2": ["clitics", "multiword", "media_trap", "nisba", "ambiguity_tripoli", "vague_area", "coverage_bases",
         "coverage_crossings", "countries"],
 "np3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "np4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "np5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
}

MOVES = {
 "np1": [
  mv("airlift", "reported", RU, ["قاعدة حميميم"], ["قاعدة الخادم الجوية"]),
  mv("airlift", "reported", RU, ["قاعدة الخادم الجوية"], ["باماكو"], ["قاعدة الجفرة الجوية"]),
  mv("withdraw", "denied", RU, ["قاعدة براك الشاطئ الجوية"]),
  mv("naval_landing", "planned", RU, ["طرطوس"], ["ميناء طبرق"]),
  mv("reinforce", "conditional", RU, ["الخادم"], ["قاعدة معطن السارة"]),
 ],
 "np2": [
  mv("airlift", "reported", TR, ["قاعدة إركليت"], ["قاعدة الوطية الجوية"]),
  mv("naval_landing", "reported", TR, ["مرسين"], ["ميناء مصراتة"]),
  mv("redeploy", "planned", TR, ["الوطية"], ["قاعدة الكلية الجوية"]),
  mv("mobilise", "denied", TR, [], ["مصراتة"]),
  mv("withdraw", "conditional", TR, ["ليبيا"]),
 ],
 "np3": [
  mv("withdraw", "reported", SYR, ["مطار معيتيقة"], ["شمال سوريا"], ["مطار غازي عنتاب", "معبر باب السلامة"]),
  mv("airlift", "planned", SYR, ["طرابلس الغرب"], ["غازي عنتاب"]),
  mv("redeploy", "reported", SYR, ["الجفرة"], ["قاعدة براك الجوية"]),
  mv("redeploy", "conditional", SYR, ["براك"], ["مالي"]),
  mv("deploy", "denied", SYR, [], ["ليبيا"]),
  mv("deploy", "reported", SYR, [], ["ليبيا"]),
 ],
 "np4": [
  mv("shipment", "reported", RU, ["قاعدة براك الجوية"], ["الحدود مع النيجر"], ["سبها", "القطرون"]),
  mv("mobilise", "reported", LNA, ["إدري"], ["القطرون"]),
  mv("advance", "conditional", LNA, ["القطرون"], ["منفذ التوم"]),
  mv("airlift", "planned", RU, ["قاعدة الجفرة"], ["نيامي"]),
  mv("shipment", "denied", RU, [], ["أغاديس"], ["منفذ التوم"]),
 ],
 "np5": [
  mv("shipment", "reported", TR, ["إزمير"], ["مصراتة"], ["ميناء الخمس"]),
  mv("reinforce", "reported", RU, ["قاعدة الجفرة الجوية"], ["قاعدة القرضابية"]),
  mv("airlift", "denied", RU, ["قاعدة الخادم"], ["سرت"]),
  mv("deploy", "planned", TR, [], ["بنغازي"]),
  mv("advance", "conditional", MIS, ["أبوقرين"], ["الوشكة"]),
 ],
}

NOTES = {
 "np1": ("RT Arabic («روسيا اليوم»), Moscow: Africa Corps Il-76s Hmeimim→Al Khadim air base and two of them on to Bamako "
         "via the Jufra air base (reported), a denied pull-out from Brak al-Shati air base, a landing ship planned "
         "Tartus→Tobruk port and a conditional Al Khadim→Maaten al-Sarra reinforcement near the border with Sudan. "
         "Moscow as headline subject and as «قد ترسل» is not a movement place; Yevkurov's visit and the background "
         "presence at Jufra, Brak and Sharara are not movements; «روسيا» occurs twice inside the trap «روسيا اليوم»."),
 "np2": ("Turk Press, Istanbul: an A400M Erkilet air base (Kayseri)→Al-Watiya air base, TCG Bayraktar landing marines "
         "Mersin→Misrata port (reported), trainers Al-Watiya→the Air Academy base in Misrata (planned), a denied "
         "«حشد» in Misrata (Sirte is the rumoured goal, not a destination), a conditional Turkish withdrawal from "
         "Libya. «الأناضول» is the region once and inside the agency trap once; «شارع طرابلس» in Misrata is a trap; "
         "Ankara (briefing venue, government) and Benghazi (delegations' origin) are not movement places."),
 "np3": ("Enab Baladi, Gaziantep: 140 Syrian fighters back to northern Syria from Mitiga airport via Gaziantep airport "
         "and the Bab al-Salama crossing (reported withdraw), a second batch planned from «طرابلس الغرب» to Gaziantep, "
         "Wagner-recruited Syrians moved Jufra→Brak air base (reported), a conditional move Brak→Mali, a denied new "
         "batch to Libya and the 2019–2020 flashback «نقلت … إلى ليبيا» (reported deploy). Traps: «فتح الباب» "
         "(al-Bab), «ما أدري» (Idri), «الملف المالي» (Mali), «فيلق الشام»."),
 "np4": ("Al Jazeera Net, Sabha: a Russian truck convoy Brak air base→the border with Niger via Sabha and Al Qatrun "
         "(reported shipment, the municipal official's «غادرت القاعدة» is the same move), the LNA massing in Al Qatrun "
         "with men from Idri (reported), a conditional LNA advance Al Qatrun→Toummo, a planned Jufra base→Niamey "
         "airlift and Niger's denial of arms reaching Agadez via Toummo. «النيجر» occurs inside «النيجري»/«النيجرية», "
         "«القطرون» inside the driver's name; Algeria (country) vs «الجزائر العاصمة» (city)."),
 "np5": ("Erem News, Benghazi: Turkish Kirpi MRAPs Izmir→Misrata via Al-Khums port (reported shipment), Russian Pantsir "
         "systems Jufra air base→Gardabiya air base (reported reinforce), a denied airlift of Russian troops Al Khadim "
         "base→Sirte, Turkish trainers planned for Benghazi and a conditional Misrata advance Abu Qurayn→Al-Washka. "
         "«المجلس العسكري مصراتة» and «محمد المصراتي» are traps; «بلدية سرت» is a district beside the city; «العاصمة "
         "تونس» is Tunis; Ankara as the sender and Es Sider as a distance reference are not movement places."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("np1", "np2", "np3", "np4", "np5")
