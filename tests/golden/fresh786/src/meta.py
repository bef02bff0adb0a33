# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 # the Sirte-Jufra line (shared)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sirte_port": ("crossing", "LY", 31.215, 16.575, "Port of Sirte"),                     # K
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),             # G* (city row)
 "jufra": ("district", "LY", 29.13, 16.05, "Al Jufra"),                                 # K (README rule: point near Hun/Waddan)
 "jufra_dist": ("district", "LY", 27.95582, 17.52693, "Al Jufra district"),            # G* (district row الجفرة)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "gardabya_base": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),              # G
 "gardabya_airport": ("airport", "LY", 31.06350, 16.59500, "Gardabya Airport"),         # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "hisha": ("village", "LY", 31.64583, 15.28417, "Al-Hisha"),                            # G
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                                # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "zella": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                 # G
 "fuqaha": ("town", "LY", 27.83333, 16.35000, "Al-Fuqaha"),                             # G
 "gulf_sirte": ("region", "LY", 30.90000, 18.00000, "Gulf of Sirte"),                   # G
 "central_ly": ("region", "LY", 26.33899, 17.22077, "Central Libya"),                   # G
 # west of the line
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "misrata_port": ("crossing", "LY", 32.36, 15.21, "Port of Misrata"),                   # K
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 # east and south
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.10, 20.05, "Port of Benghazi"),                 # K
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 "nofaliya": ("town", "LY", 30.78306, 17.83306, "Nofaliya"),                            # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "maaten": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),              # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "border_eg": ("region", "EG", 31.2, 25.1, "Egypt-Libya border (Egyptian side)"),       # K
 # farther away
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
}

TRAPS = {
 "qdh1": ["القدس العربي", "قوات الشرق", "سرت به الأنباء", "غرفة عمليات تحرير سرت والجفرة", "الكتائب المصراتية",
          "الرئيس المصري", "الليبيون"],
 "qdh2": ["الجريدة", "مصرية", "الفيلق الأفريقي", "الروسي", "سودانيين", "زلة لسان", "التركية", "الجيش المصري",
          "إدريس الفرجاني"],
 "qdh3": ["فرانس 24", "شارع طرابلس", "خالد السرتي", "المنطقة العسكرية الوسطى", "الوجود التركي", "سودانية"],
 "qdh4": ["الجيش الوطني الليبي", "فيتو", "الكتائب المصراتية", "صالح الإدريسي", "أحمد المسماري", "ليبية"],
 "qdh5": ["إيريني", "روسية", "الفيلق الأفريقي", "مونت كارلو الدولية", "السورية", "سورياً", "المنطقة العسكرية الوسطى",
          "المرتزقة الروس"],
}

PHEN = {
 "qdh1": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "coverage_bases",
          "coverage_neighbours", "countries"],
 "qdh2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qdh3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "coverage_bases", "coverage_neighbours", "countries"],
 "qdh4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "coverage_bases", "coverage_oil", "coverage_crossings"],
 "qdh5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "vague_area",
          "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qdh1": [
  mv("redeploy", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["ودان"]),
  mv("advance", "denied", "GNA forces", ["أبوقرين"], ["الوشكة"]),
  mv("withdraw", "planned", "Foreign fighters", ["قاعدة القرضابية"]),
  mv("advance", "conditional", "Misrata forces", [], ["بويرات الحسون"]),
 ],
 "qdh2": [
  mv("redeploy", "reported", "Russian forces", ["قاعدة الجفرة"], ["قاعدة براك الجوية"], ["سوكنة"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["قاعدة الجفرة"]),
  mv("deploy", "denied", "Sudanese armed groups", [], ["زلة"]),
  mv("airlift", "planned", "Turkish armed forces", ["قاعدة الوطية"], ["مطار مصراتة"]),
  mv("reinforce", "conditional", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["الحدود مع ليبيا"]),
 ],
 "qdh3": [
  mv("reinforce", "reported", "GNA forces", ["مصراته"], ["أبو قرين"], ["تاورغاء"]),
  mv("withdraw", "planned", "Libyan National Army", ["سرت"], ["هراوة"]),
  mv("withdraw", "planned", "GNA forces", [], ["الهيشة"]),
  mv("withdraw", "conditional", "Turkish armed forces", ["قاعدة الوطية"]),
  mv("deploy", "denied", "Sudanese armed groups", [], ["الفقهاء"]),
 ],
 "qdh4": [
  mv("mobilise", "reported", "Misrata forces", [], ["الهيشة"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار القرضابية"]),
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء سرت"]),
  mv("redeploy", "planned", "Libyan National Army", ["بن جواد"], ["النوفلية"]),
  mv("advance", "conditional", "Libyan National Army", ["بويرات الحسون"], ["الوشكة"]),
  mv("withdraw", "denied", "Wagner Group", ["قاعدة الجفرة الجوية"], ["براك"]),
 ],
 "qdh5": [
  mv("shipment", "reported", "Russian forces", ["طرطوس"], ["قاعدة طبرق البحرية"]),
  mv("redeploy", "planned", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة معطن السارة"]),
  mv("naval_landing", "denied", "Syrian mercenaries", ["مرفأ طرابلس"], ["ميناء مصراتة"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["النوفلية"]),
  mv("advance", "conditional", "GNA forces", [], ["سرت"]),
 ],
}

NOTES = {
 "qdh1": "The 5+5 control map: an LNA armoured battalion Jufra air base→Waddan (reported; Hun and Sokna only "
         "locate it inside LNA ground), a denied crossing Abu Qurayn→Al-Washka by western (GNA) units, a planned "
         "withdrawal of foreign fighters from Gardabya base ('south of Sirte' a locator), and the Misrata brigades' "
         "conditional advance to Buwairat al-Hassoun ('west of Sirte' only the condition). Sirte the venue, Geneva "
         "the ceasefire, Sidi Barrani the speech, Egypt and the Sirte-Jufra line background; 'سرت به الأنباء' is a verb.",
 "qdh2": "Aerial reconnaissance leaked in Cairo: Russian Africa Corps fighters Jufra base→Brak air base via Sokna "
         "and an LNA fuel/ammunition convoy Sabha→Jufra base (both reported), a denied deployment of Sudanese "
         "fighters in Zella ('زلة لسان' a common-word trap; the Jufra district only locates Zella), a planned Turkish "
         "airlift Al-Watiya→Misrata airport (the Gulf of Sirte only the area watched), and a conditional Egyptian "
         "reinforcement Mohamed Naguib base→the border with Libya; Alexandria and the Sallum crossing only locate the "
         "base, Tunis is the next meeting's venue, Idris al-Furjani a person.",
 "qdh3": "The Tunis 5+5 round: a GNA reinforcement Misrata (from camps on Tripoli Street, a trap)→Abu Qurayn via "
         "Tawergha (reported by monitors), planned pull-backs of LNA heavy weapons Sirte→Harawa and of western "
         "artillery towards Al-Hisha, a conditional Turkish withdrawal from Al-Watiya (the Jufra and Gardabya bases "
         "only in the condition), and a denied deployment of Sudanese groups in Al-Fuqaha ('south of Jufra' a "
         "locator). Tunis city vs Tunisia country; Khalid al-Sirti a person.",
 "qdh4": "LNA reconnaissance seen from Benghazi: Misrata brigades massing in Al-Hisha (Abu Qurayn a distance "
         "reference), an LNA special-forces airlift Benina→Gardabya airport and a marine landing Benghazi port→Sirte "
         "port, a planned battalion Bin Jawad→Nofaliya (Es Sider only a distance reference), a conditional LNA advance "
         "Buwairat al-Hassoun→Al-Washka, and a denied Wagner pull-out Jufra air base→Brak; Cairo, Ankara, Misrata and "
         "Sirte in the last paragraph only background. Salih al-Idrisi is a person (Idri inside a name).",
 "qdh5": "Irini's reconnaissance: a Russian shipment Tartus→Tobruk naval base (reported), a planned Russian redeploy "
         "Jufra air base→Maaten al-Sarra (the border with Chad a locator), a denied landing of Syrian fighters at "
         "Misrata port from the port of Tripoli in northern Lebanon, an LNA massing in Nofaliya (reported), and a GNA "
         "conditional advance on Sirte (Gardabya only in the condition). Paris dateline, Moscow the planner, the Sirte "
         "municipality and the oil ports background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qdh1", "qdh2", "qdh3", "qdh4", "qdh5")
