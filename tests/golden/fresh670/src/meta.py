# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "jordan": ("country", "JO", 31.26963, 36.29991, "Jordan"),                             # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russian Federation"),                 # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # shared: the Sirte-Jufra line
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (point of row قاعدة الجفرة الجوية, between Hun and Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "ghardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                 # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 # yv1 Sirte, Abu Qurayn and the oil crescent (Al-Anbaa)
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),             # G* (city row)
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                                # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sirte_port": ("crossing", "LY", 31.215, 16.575, "Port of Sirte"),                     # K
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 # yv2 the first UN observers (Al-Ayam)
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "ghardabiya_airport": ("airport", "LY", 31.06350, 16.59500, "Gardabya Airport"),       # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 # yv3 the Egyptian view of the red line (Sada El Balad)
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "border_eg": ("region", "EG", 31.35, 25.20, "Egypt-Libya border (Egyptian side)"),     # K
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),           # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "hurghada": ("city", "EG", 27.25738, 33.81291, "Hurghada"),                            # G
 # yv4 Jordanian observers and the Jufra towns (Ammon)
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G
 "central_ly": ("region", "LY", 26.33899, 17.22077, "Central Libya"),                   # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "hun_mun": ("district", "LY", 29.12684, 15.94772, "Hun municipality"),                 # G* (town row)
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 # yv5 the exit of foreign fighters (Al-Madina)
 "jeddah": ("city", "SA", 21.49012, 39.18624, "Jeddah"),                                # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "misrata_port": ("crossing", "LY", 32.365, 15.215, "Port of Misrata (Qasr Ahmed)"),   # K
}

TRAPS = {
 "yv1": ["الأنباء", "مصراتية", "الجيش الوطني الليبي", "السرتاوي", "ليبيا الأحرار", "السوريين", "الجديد",
         "غرفة عمليات تحرير سرت والجفرة"],
 "yv2": ["الأيام", "إدريس الورفلي", "الجيش الوطني الليبي", "التركية", "الأتراك", "الروسية", "الليبية", "قوة حماية طرابلس"],
 "yv3": ["صدى البلد", "الجيش المصري", "المصرية", "السوريين", "مصري", "القاهرة الإخبارية", "عبد الحميد الزليتني",
         "بركان الغضب", "تركية"],
 "yv4": ["عمون", "الأردنية", "الروسية", "كتيبة طارق بن زياد", "إدريس الهوني", "سوداني", "زلة لسان", "الأردني"],
 "yv5": ["المدينة", "السودانية", "مختار الطرابلسي", "التشادية", "الروسية", "سبوتنيك", "التركية"],
}

PHEN = {
 "yv1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings"],
 "yv2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "ambiguity_idri", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "yv3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "yv4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "countries"],
 "yv5": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "yv1": [
  mv("advance", "reported", "Misrata forces", ["أبوقرين"], ["الوشكة"]),
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["قاعدة القرضابية"]),
  mv("naval_landing", "reported", "Libyan National Army", ["بنغازي"], ["ميناء سرت"]),
  mv("withdraw", "planned", "Libyan National Army", ["هراوة"], ["بن جواد"]),
  mv("withdraw", "conditional", "Misrata forces", ["الوشكة"], ["مصراتة"]),
  mv("airlift", "denied", "Syrian mercenaries", ["قاعدة بنينا"], ["الجفرة"]),
 ],
 "yv2": [
  mv("withdraw", "reported", "GNA forces", ["بويرات الحسون"], ["أبوقرين"], ["الوشكة"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة القرضابية"], ["سوكنة"]),
  mv("naval_landing", "conditional", "Turkish armed forces", [], ["ميناء الخمس"]),
  mv("deploy", "denied", "Wagner Group", [], ["قاعدة براك الجوية"]),
 ],
 "yv3": [
  mv("reinforce", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سيدي براني"]),
  mv("airlift", "reported", "Syrian mercenaries", ["مطار معيتيقة"], ["اسطنبول"]),
  mv("mobilise", "planned", "GNA forces", [], ["أبو قرين"]),
  mv("advance", "conditional", "Egyptian army", [], ["الجفرة"]),
  mv("shipment", "denied", "Turkish armed forces", ["مرسين"], ["ميناء طرابلس"]),
 ],
 "yv4": [
  mv("redeploy", "reported", "Wagner Group", ["قاعدة الجفرة الجوية"], ["زلة"], ["ودّان"]),
  mv("withdraw", "planned", "Libyan National Army", ["سوكنة"], ["هون"]),
  mv("deploy", "conditional", "Libyan National Army", ["براك"], ["سوكنة"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["زلة"]),
 ],
 "yv5": [
  mv("withdraw", "reported", "Sudanese armed groups", ["الجفرة"], ["الكفرة"]),
  mv("airlift", "planned", "Foreign fighters", ["مطار بنينا"]),
  mv("withdraw", "conditional", "Chadian armed groups", ["أم الأرانب"], ["الحدود مع تشاد"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة حميميم"], ["قاعدة الجفرة الجوية"]),
  mv("shipment", "denied", "GNA forces", ["مرفأ طرابلس"], ["ميناء مصراتة"]),
 ],
}

NOTES = {
 "yv1": "A 5+5 violations list: Misrata brigades advance Abu Qurayn→Al-Washka (reported; the '4 km from the separation "
        "point' adds no place), an LNA column Jufra air base→Ghardabiya base (reported), a planned LNA pull-back "
        "Harawa→Bin Jawad, the brigades' conditional return Al-Washka→Misrata (Sirte only the condition), and a denied "
        "airlift of Syrian mercenaries Benina base→Al-Jufra. Sirte municipality is the meeting venue, Tripoli the seat "
        "of the government, Geneva the place of signature, the oil crescent/Es Sider and 'west of Sirte' background.",
 "yv2": "UN observers (unarmed) flown from Tunis to Gardabya airport and to be spread between Sirte and Al-Jufra are "
        "NOT movements; GNA battalions withdraw Buwairat al-Hassoun→Abu Qurayn via Al-Washka (reported), a planned LNA "
        "artillery company Ghardabiya base→Sokna (Benghazi = the source's city), Turkey's conditional withdrawal of "
        "advisers from Al-Watiya (Ankara = the speaker's city), and Wagner's denied move Jufra base→Brak air base.",
 "yv3": "Egyptian armour Mohamed Naguib base→Sidi Barrani (reported; the border only a distance reference), 300 Syrian "
        "mercenaries flown Mitiga→Istanbul (reported), the GNA's planned advance Abu Qurayn→Sirte (claimed intent), "
        "Egypt's conditional advance to Al-Jufra (Sirte = condition), and a denied airlift of Syrian mercenaries from "
        "Turkey to Al-Watiya. Cairo is the dateline and, metonymically, the Egyptian state; Hurghada a past venue.",
 "yv4": "Jordanian officers (UN observers) Amman→Benghazi via Cairo are NOT movements; Wagner Jufra air base→Zillah "
        "via Waddan (reported), a planned LNA battalion Sokna→Hun, the LNA's conditional reinforcement Brak→Sokna "
        "(Al-Washka only the condition), and a denied massing of Sudanese fighters around Zillah ('زلة لسان' is a "
        "common-word trap). Al-Jufra in 'not giving up Al-Jufra' is no movement place.",
 "yv5": "Sudanese fighters leave Al-Jufra for Kufra (reported), a planned airlift of foreign fighters from Benina "
        "airport (origin only), Chadian groups' conditional withdrawal Umm al-Aranib→the border with Chad (N'Djamena "
        "only the condition), a denied Russian airlift Hmeimim→Jufra air base, and a denied GNA ammunition shipment "
        "from the port of Tripoli in Lebanon to Misrata port. Jeddah dateline, Moscow/Libya headline, Sirte background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("yv1", "yv2", "yv3", "yv4", "yv5")
