# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 # foreign cities, bases, ports, border regions
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                              # G
 "erkilet": ("base", "TR", 38.7704, 35.4954, "Kayseri Erkilet Air Base"),               # K
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "border_eg": ("region", "EG", 31.0, 25.2, "Egypt-Libya border (Egyptian side)"),       # K
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),             # G* (row الحدود الليبية التونسية)
 "tripoli_lb_port": ("crossing", "LB", 34.463, 35.825, "Port of Tripoli (Lebanon)"),    # K
 # Misrata
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_mun": ("district", "LY", 32.37535, 15.09254, "Misrata municipality"),         # G* (city row)
 "misrata_port": ("crossing", "LY", 32.3667, 15.2333, "Misrata port (Qasr Ahmad)"),     # K
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "air_college": ("base", "LY", 32.32556, 15.05972, "Misrata Air College (air base)"),   # G* (airport row)
 # the road east and south: Misrata -> Sirte, Abu Qurayn -> Bu Njem -> Jufra
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "hisha": ("village", "LY", 31.64583, 15.28417, "Al-Hisha"),                            # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "bunjem": ("town", "LY", 30.58000, 15.41000, "Bu Njem"),                               # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),             # G* (city row)
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row, README rule)
 "centre_ly": ("region", "LY", 26.33899, 17.22077, "Central Libya"),                    # G
 # south, oil crescent, east
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                      # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # west
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "khums_port": ("crossing", "LY", 32.656, 14.276, "Al Khums port"),                     # K
}

TRAPS = {
 "el1": ["فواصل", "القوة المشتركة مصراتة", "المصراتية", "شارع طرابلس", "قناة مصراتة"],
 "el2": ["ترك برس", "وكالة الأناضول", "التركية", "التركي", "سوريين", "أحمد معيتيق", "الليبي", "محمود الإدريسي"],
 "el3": ["مصراتية", "القاهرة الإخبارية", "ليبية", "القيادة العامة للجيش الوطني الليبي", "شائعات قد سرت", "غرفة عمليات سرت الجفرة",
         "المصري"],
 "el4": ["الجيش الوطني", "الشرق", "الزليتني", "ما ادري", "الفيلق الإفريقي", "الروسي", "اللبناني"],
 "el5": ["عملية البنيان المرصوص", "الليالي الخمس", "نون بوست"],
}

PHEN = {
 "el1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "town_vs_district"],
 "el2": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_idri", "coverage_bases",
         "coverage_crossings", "countries"],
 "el3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
 "el4": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli", "ambiguity_idri",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "el5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap",
         "ambiguity_country_capital", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "el1": [
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["أبوقرين"], ["تاورغاء", "الهيشة"]),
  mv("advance", "planned", "Misrata forces", [], ["الوشكة"]),
  mv("withdraw", "denied", "Misrata forces", ["بونجيم"]),
  mv("mobilise", "conditional", "Misrata forces", [], ["مصراتة"]),
 ],
 "el2": [
  mv("airlift", "reported", "Turkish armed forces", ["قاعدة إركيليت الجوية"], ["قاعدة الكلية الجوية"]),
  mv("naval_landing", "reported", "Turkish armed forces", ["مرسين"], ["ميناء مصراتة"]),
  mv("redeploy", "planned", "Turkish armed forces", ["قاعدة الوطية"], ["الكلية الجوية"]),
  mv("deploy", "conditional", "Turkish armed forces", [], ["أبوقرين"]),
  mv("deploy", "denied", "Syrian mercenaries", ["مصراتة"], ["سرت"]),
 ],
 "el3": [
  mv("mobilise", "reported", "Misrata forces", [], ["ابوقرين", "الوشكة"]),
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["سرت"], ["أجدابيا", "راس لانوف"]),
  mv("shipment", "planned", "Libyan National Army", [], ["قاعدة القرضابية"]),
  mv("advance", "denied", "Misrata forces", ["الوشكة"], ["سرت"]),
  mv("reinforce", "conditional", "Egyptian army", ["مرسى مطروح"], ["الحدود مع ليبيا"]),
 ],
 "el4": [
  mv("reinforce", "reported", "Libyan National Army", ["إدري"], ["سرت"], ["براك", "قاعدة الجفرة الجوية"]),
  mv("deploy", "planned", "Libyan National Army", [], ["بويرات الحسون"]),
  mv("redeploy", "reported", "Russian forces", ["قاعدة القرضابية"], ["قاعدة الجفرة الجوية"]),
  mv("withdraw", "conditional", "Libyan National Army", ["سرت"], ["الجفرة"]),
  mv("shipment", "denied", "Turkish armed forces", ["مرسين"], ["ميناء مصراتة"], ["مرفأ طرابلس"]),
 ],
 "el5": [
  mv("redeploy", "reported", "Misrata forces", ["الحدود مع تونس"], ["بو نجيم"], ["مصراتة"]),
  mv("withdraw", "reported", "Misrata forces", ["الوشكه"], ["مصراتة"]),
  mv("advance", "conditional", "Misrata forces", ["الوشكه"], ["سرت"]),
  mv("naval_landing", "planned", "GNA forces", ["ميناء مصراتة"], ["ميناء الخمس"]),
  mv("airlift", "denied", "GNA forces", ["مطار معيتيقة"], ["مطار مصراتة"]),
 ],
}

NOTES = {
 "el1": "Fawasel-style local report from Misrata: a Misrata brigades' column Misrata->Abu Qurayn via Tawergha and "
        "Al-Hisha (headline retells it), a planned advance to Al-Washka with no origin written, the military council's "
        "denied pull-out from Bu Njem (لا صحة) and a conditional «النفير العام» in Misrata (إذا); Misrata Street "
        "«شارع طرابلس», the Joint Force and the local TV channel are traps; Tripoli/Benghazi are only institutions' seats.",
 "el2": "Turk Press-style report from Ankara: an A400M airlift Erkilet air base (Kayseri)->the Misrata air college "
        "(headline retells it), a landing ship Mersin->Misrata port, a planned Turkish team move Al-Watiya->the air "
        "college, a conditional air-defence deployment at Abu Qurayn (لن…إلا إذا) and a denied transfer of Syrian "
        "fighters Misrata->Sirte; Ahmed Maiteeq and a researcher named al-Idrisi are person traps.",
 "el3": "Alqahera News-style report from Cairo: Misrata brigades massing at Abu Qurayn and Al-Washka, an LNA "
        "reinforcement Benghazi->Sirte via Ajdabiya and Ras Lanuf, a planned fuel-and-ammunition convoy to Gardabiya "
        "base (no origin written), a rumoured Misrata advance Al-Washka->Sirte denied by the operations room, and "
        "Egypt's conditional reinforcement Marsa Matruh->the border with Libya; «قد سرت» and the Sirte-Jufra "
        "operations room are traps; Algiers vs Algeria.",
 "el4": "Asharq-style report from Benghazi: an LNA battalion Idri->Sirte via Brak and Jufra air base (headline and a "
        "resident retell it), a planned company for Buwairat al-Hassoun (no origin written), Africa Corps "
        "repositioning Gardabiya->Jufra air base, a conditional LNA pull-back Sirte->Jufra (لن…إلا إذا) and an alleged "
        "Turkish armour shipment Mersin->Misrata port via the port of Tripoli (Lebanon) denied by the port; «ما ادري» "
        "and the commander al-Zlitni are traps.",
 "el5": "Noon Post-style feature from Misrata: a Misrata company redeployed from the border with Tunisia to Bu Njem "
        "through Misrata (arrival told with «البلدة»), a battalion pulled back Al-Washka->Misrata, a conditional "
        "advance Al-Washka->Sirte, a planned marine sea move Misrata port->Al-Khums port and a denied Mitiga->Misrata "
        "airport air bridge; Tunis (5+5 venue) vs Tunisia; «الليالي الخمس» is a trap; the Zliten driver's trade run "
        "and the Misrata–Sirte road opening are not force movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("el1", "el2", "el3", "el4", "el5")
