# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries and foreign cities
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G* (row ربات, listed under الرباط)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G (city row الجزائر)
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 # Libyan cities and regions used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G (row الجنوب الغربي)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # ns1 Ubari, Sharara, El Feel
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),              # G* (row الحدود الليبية الجزائرية)
 # ns2 Ghat
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "akakus": ("region", "LY", 24.83333, 10.33333, "Akakus Mountains"),                    # G* (row جبل أكاكوس)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, country DZ)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (kind village in the gazetteer)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 # ns3 Ghadames
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                       # G
 "ghadames_ap": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),          # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                   # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawen"),                              # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                   # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                     # G
 "khums_port": ("crossing", "LY", 32.64861, 14.26191, "Al Khums port"),                  # G* (city row الخمس)
 # ns4 the triangle
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "north_mali": ("region", "ML", 20.45092, -2.20255, "Northern Mali"),                   # G
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador Pass"),                     # G* (row مثلث السلفادور)
 "triangle": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G
 "guezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                            # G* (row إن قزام)
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "border_dz_ne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border"),            # G* (row الحدود الجزائرية النيجرية)
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Tobruk port"),                   # G* (city row طبرق)
 # ns5 Wadi al-Shati
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G* (row براك, written براك الشاطئ)
 "brak_mun": ("district", "LY", 27.54956, 14.27139, "Brak al-Shati municipality"),      # G* (town row)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "qirah": ("town", "LY", 27.58595, 14.35375, "Qirah"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
}

LNA, GNA = "Libyan National Army", "GNA forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "ns1": ["بي بي سي", "اللواء سالم المرزوقي", "غرفة عمليات الجنوب الغربي", "حرس المنشآت النفطية", "شارع طرابلس"],
 "ns2": ["مونت كارلو الدولية", "مدرّس لغات", "الجيش الجزائري", "الجانب الجزائري", "الجزائريون"],
 "ns3": ["منطقة غدامس العسكرية", "العميد عبد السلام النالوتي", "سبوتنيك", "حرس المنشآت النفطية", "وجوداً روسياً"],
 "ns4": ["هسبريس", "الباحث المغربي", "إدريس العلمي", "الدعم المالي", "الجيش الجزائري", "الجزائريون"],
 "ns5": ["يورونيوز", "الحاج مسعود البراكي", "ما ادري", "شارع طرابلس"],
}

PHEN = {
 "ns1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_tripoli",
         "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "ns2": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "vague_area", "town_vs_district",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "ns3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "ns4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases",
         "coverage_neighbours", "countries"],
 "ns5": ["spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "ambiguity_tripoli",
         "ambiguity_idri", "town_vs_district", "coverage_bases"],
}

MOVES = {
 "ns1": [
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["أوباري"], ["جرمة", "الغريفة"]),
  mv("withdraw", "denied", LNA, ["حقل الشرارة"]),
  mv("redeploy", "reported", LNA, ["حقل الشرارة"], ["الغريفة"]),
  mv("deploy", "planned", LNA, ["أوباري"], ["حقل الفيل"]),
  mv("advance", "conditional", LNA, [], ["العوينات"]),
 ],
 "ns2": [
  mv("deploy", "reported", LNA, ["سبها"], ["غات"], ["أوباري", "العوينات"]),
  mv("withdraw", "reported", "Foreign fighters", ["غات"], ["أكاكوس"]),
  mv("deploy", "planned", LNA, [], ["منفذ إيسين"]),
  mv("advance", "denied", "Algerian army", [], ["غات"]),
  mv("reinforce", "conditional", "Algerian army", ["إليزي"], ["جانت"]),
 ],
 "ns3": [
  mv("airlift", "reported", GNA, ["قاعدة معيتيقة"], ["مطار غدامس", "غدامس"]),
  mv("deploy", "planned", GNA, ["غدامس"], ["درج", "سيناون"]),
  mv("shipment", "planned", GNA, ["طرابلس"], ["غدامس"]),
  mv("reinforce", "conditional", GNA, [], ["حقل الوفاء"]),
  mv("advance", "denied", "Algerian army", ["الدبداب"], ["غدامس"]),
  mv("mobilise", "reported", LNA, [], ["الحمادة الحمراء"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء الخمس"]),
 ],
 "ns4": [
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("withdraw", "denied", "Russian forces", ["قاعدة براك الجوية"]),
  mv("advance", "reported", "Foreign fighters", ["شمال مالي"], [], ["ممر السلفادور"]),
  mv("deploy", "planned", LNA, [], ["المثلث الحدودي"]),
  mv("reinforce", "conditional", "Algerian army", ["تمنراست"], ["عين قزام"]),
 ],
 "ns5": [
  mv("redeploy", "reported", LNA, ["قاعدة براك الجوية"], ["إدري"]),
  mv("shipment", "reported", LNA, ["سبها"], ["إدري"]),
  mv("deploy", "planned", LNA, ["سبها"], ["قاعدة براك الجوية"]),
  mv("mobilise", "conditional", None, [], ["قيرة"]),
  mv("withdraw", "reported", "Chadian armed groups", ["إدري"], ["مرزق"]),
  mv("advance", "denied", "Misrata forces", ["مصراتة"], ["الشويرف"]),
 ],
}

NOTES = {
 "ns1": "BBC Arabic Q&A with an LNA south-west operations commander: reported reinforcement Tamanhint air base→Ubari "
        "via Germa and Al-Ghurayfa (destination given as «المدينة» in the answer), denied pull-out from the Sharara "
        "field («الحقل») next to a reported redeploy of one platoon from the field to Al-Ghurayfa, planned post at El "
        "Feel from Ubari, conditional advance on Al-Awaynat («البلدة», «إذا»); the operations-room name holds الجنوب "
        "الغربي, the commander's name holds مرزوق, «شارع طرابلس» in Sabha is a street.",
 "ns2": "Monte Carlo Doualiya phone interview with Ghat's mayor: reported LNA border-guard deployment Sabha→Ghat via "
        "Ubari and Al-Awaynat, reported pull-back of foreign gunmen from Ghat («لغات» = ل + غات) to the Akakus, "
        "planned company at the Isayen crossing, denied Algerian entry into Ghat, conditional Algerian reinforcement "
        "Illizi→Djanet; Tin Alkoum is only a locator; «مدرّس لغات» is a trap.",
 "ns3": "Sputnik Arabic interview with the GNU's Ghadames military-zone commander: reported airlift Mitiga→Ghadames "
        "airport/Ghadames, planned deployment Ghadames→Derj and Sinawen, planned ammunition shipment Tripoli→Ghadames, "
        "conditional reinforcement of the Wafa field («إذا»), denied Algerian entry Debdeb→Ghadames, reported LNA "
        "massing in the Hamada al-Hamra, denied Turkish landing at Al-Khums port; «وجوداً روسياً» is a question with "
        "no move; الجزائر (country) vs الجزائر العاصمة (Algiers).",
 "ns4": "Hespress Q&A with a Moroccan analyst: reported Russian landing at Tobruk port and airlift Jufra air base→Brak "
        "air base, Moscow's denied pull-out from the same base («القاعدة»), reported crossing of fighters from "
        "northern Mali via the Salvador Pass (destination only «الأراضي الليبية», not annotated), planned LNA force "
        "for the border triangle, conditional Algerian reinforcement Tamanrasset→In Guezzam (the border with Niger "
        "is only the condition's locator); traps إدريس (Idri), الدعم المالي (Mali), المغربي (Morocco).",
 "ns5": "Euronews Arabic interview with the mayor of Brak al-Shati: reported LNA battalion Brak air base→Idri and an "
        "ammunition shipment Sabha→Idri, planned company Sabha→the base («القاعدة»), conditional gathering of local "
        "armed youth at Qirah (no named force: actor null), reported Chadian pull-out from near Idri towards Murzuq, "
        "denied Misrata move to Ash Shwayrif; traps «ما ادري», the mayor's name البراكي and «شارع طرابلس».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ns1", "ns2", "ns3", "ns4", "ns5")
