# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                   # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                   # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                                 # G
 "greece": ("country", "GR", 39.07170, 21.95170, "Greece"),                                 # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                                   # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                                   # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                               # G
 # Libyan cities, ports and bases
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "tripoli_port": ("crossing", "LY", 32.90300, 13.18600, "Port of Tripoli"),                 # K
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                    # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                  # G
 "misrata_mun": ("district", "LY", 32.37535, 15.09254, "Misrata municipality"),             # G* (city row)
 "misrata_port": ("crossing", "LY", 32.36360, 15.21280, "Port of Misrata (Qasr Ahmed)"),    # K
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"), # G
 "khums_port": ("crossing", "LY", 32.65600, 14.27900, "Port of Al Khums"),                  # K
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                    # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),               # G* (town row)
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Port of Zuwara"),                   # K
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                                # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                                 # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),        # G
 "bouri": ("oilfield", "LY", 33.90000, 12.65000, "Bouri offshore oil field"),               # K
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                        # G
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),              # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),          # G* (row منفذ رأس جدير)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "benghazi_port": ("crossing", "LY", 32.10100, 20.05200, "Port of Benghazi"),               # K
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                    # G
 "tobruk_port": ("crossing", "LY", 32.07400, 23.98000, "Port of Tobruk"),                   # K
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),          # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                        # G
 "gan_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),             # G* (row مطار طبرق)
 "bomba": ("region", "LY", 32.40000, 23.10000, "Gulf of Bomba"),                            # G* (row خليج البمبة)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),              # G* (row برقة)
 "border_ly_eg": ("region", "LY", 31.60000, 25.00000, "Libya-Egypt border (Libyan side, coast)"),  # K
 # Tunisia
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                      # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                        # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                    # G
 "border_sea_tn": ("region", "TN", 33.20000, 11.45000, "Tunisia-Libya maritime border (Tunisian side)"),  # K
 # Algeria, Turkey, Italy, Malta, Greece, Egypt, Syria, Lebanon, Russia, Belgium
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                    # G
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                                  # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                    # G
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                        # G
 "taranto": ("city", "IT", 40.46438, 17.24707, "Taranto"),                                  # G
 "augusta": ("base", "IT", 37.24065, 15.22121, "Augusta naval base"),                       # G* (town row أوغستا)
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                                  # G
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                              # G* (spelled لامبيدوسا)
 "valletta": ("city", "MT", 35.89968, 14.51480, "Valletta"),                                # G
 "athens": ("city", "GR", 37.98376, 23.72784, "Athens"),                                    # G* (row spelled آتن)
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                    # G
 "gavdos": ("region", "GR", 34.83333, 24.08333, "Gavdos"),                                  # G
 "souda": ("base", "GR", 35.49000, 24.13000, "Souda Bay naval base"),                       # K
 "heraklion": ("city", "GR", 35.32787, 25.14341, "Heraklion"),                              # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                      # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                            # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                    # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                        # G
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                                # G
 "tripoli_lb_port": ("crossing", "LB", 34.46300, 35.82600, "Port of Tripoli (Lebanon)"),    # K
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                    # G
 "brussels": ("city", "BE", 50.85045, 4.34878, "Brussels"),                                 # G
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TR, GNA, LNA, RU, TN = "Turkish armed forces", "GNA forces", "Libyan National Army", "Russian forces", "Tunisian army"

TRAPS = {
 "gv1": ["الراية", "وكالة الأناضول", "غازي عنتاب", "رضا الطرابلسي", "الطرابلسي", "السنوات الخمس", "إيريني",
         "التركية", "الجزائرية", "الليبي"],
 "gv2": ["الشروق", "سان جورجو", "تريميتي", "البحر الآمن", "ومالياً", "سان ماركو", "لا أدري", "الإيطالية",
         "تونسية", "ليبية", "الليبي"],
 "gv3": ["الميادين", "ألكسندر أوتراكوفسكي", "سالم الطبرقي", "الفيلق الأفريقي", "الأدميرال غولوفكو", "الروسية",
         "السورية", "لبنانية", "بريطانية"],
 "gv4": ["المصري اليوم", "ليمنوس", "ميدوزا", "ستيليوس كريتيكوس", "كريتيكوس", "اليونانية", "المصرية", "القبرصية",
         "تركية", "الليبية"],
 "gv5": ["العرب", "تايمز أوف مالطا", "مسعود الإدريسي", "مالطي", "الليبية", "الأوروبية"],
}

PHEN = {
 "gv1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "gv2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "gv3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "gv4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "border_phrase",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "gv5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_idri",
         "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
}

MOVES = {
 "gv1": [
  mv("deploy", "reported", TR, ["الجزائر العاصمة"], ["ميناء مصراتة"]),
  mv("naval_landing", "reported", TR, [], ["ميناء الخمس"]),
  mv("airlift", "reported", TR, ["قيصري"], ["مطار مصراتة"]),
  mv("redeploy", "planned", TR, ["مصراتة"], ["قاعدة أبوستة البحرية"]),
  mv("reinforce", "conditional", TR, ["مرسين"], ["مصراتة"]),
  mv("shipment", "denied", TR, [], ["قاعدة الوطية الجوية"], ["ميناء زوارة"]),
 ],
 "gv2": [
  mv("withdraw", "reported", None, ["ميناء طرابلس"], ["تارانتو"]),
  mv("deploy", "reported", None, ["قاعدة أوغستا البحرية"], ["ميناء طرابلس"]),
  mv("deploy", "planned", GNA, [], ["صبراتة", "زوارة"]),
  mv("naval_landing", "denied", None, [], ["ميناء زوارة"]),
  mv("reinforce", "conditional", TN, ["صفاقس"], ["الحدود البحرية مع ليبيا"]),
 ],
 "gv3": [
  mv("shipment", "reported", RU, ["طرطوس"], ["مرفأ طبرق", "قاعدة الخادم الجوية"]),
  mv("airlift", "reported", RU, ["قاعدة حميميم"], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("deploy", "planned", RU, [], ["ميناء بنغازي"]),
  mv("deploy", "denied", RU, [], ["خليج بومبة"]),
  mv("redeploy", "conditional", RU, ["طرطوس"], ["طبرق"]),
 ],
 "gv4": [
  mv("deploy", "reported", None, ["قاعدة سودا البحرية"], ["ميناء بنغازي"]),
  mv("reinforce", "reported", None, [], ["غافدوس"]),
  mv("mobilise", "reported", LNA, [], ["ميناء طبرق"]),
  mv("redeploy", "planned", None, ["بنغازي"], ["الإسكندرية"]),
  mv("advance", "denied", None, [], ["طبرق"]),
  mv("withdraw", "conditional", None, ["كريت"], []),
 ],
 "gv5": [
  mv("deploy", "reported", None, ["فاليتا"], ["ميناء طرابلس"]),
  mv("redeploy", "reported", GNA, ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("deploy", "planned", GNA, [], ["مجمع مليتة", "صبراتة"]),
  mv("withdraw", "conditional", None, [], ["مالطا"]),
  mv("mobilise", "reported", None, [], ["مصفاة الزاوية"]),
  mv("advance", "denied", None, [], ["صبراتة"]),
  mv("deploy", "denied", None, [], ["حقل البوري"]),
 ],
}

NOTES = {
 "gv1": "Turkish navy at Misrata (Al-Raya, Doha): frigate and landing ship Algiers→Misrata port, marines landed at Al-Khums "
        "port, A400M Kayseri→Misrata airport, planned frigate move Misrata→Abu Sitta naval base, conditional second frigate "
        "from Mersin, denied armour shipment via Zuwara port to Al-Watiya; a civilian car carrier and a habitual "
        "'doubled its naval visits to the western coast' are not movements; trap الطرابلسي, السنوات الخمس.",
 "gv2": "Italian ships at Tripoli port, seen from Tunisia (Al-Chourouk, Tunis): San Giorgio Tripoli port→Taranto, "
        "Tremiti Augusta→Tripoli port («الميناء نفسه»), planned joint patrols off Sabratha and Zuwara, denied San Marco "
        "landing at Zuwara port, conditional Tunisian navy reinforcement Sfax→the maritime border; migrants returned to "
        "Tripoli port are not a movement; traps ومالياً and لا أدري.",
 "gv3": "Russian navy at Tobruk (Al-Mayadeen, Beirut): a landing ship's cargo Tartus→Tobruk port→Al Khadim air base (one "
        "shipment), Il-76s Hmeimim→Gamal Abdel Nasser air base, a planned frigate call at Benghazi port, a denied "
        "submarine for the Gulf of Bomba, a conditional Tartus→Tobruk move; a Lebanese cement ship from Tripoli "
        "(Lebanon) is not a movement; Libya's capital written طرابلس الغرب.",
 "gv4": "Greek navy and the LNA (Al-Masry Al-Youm, Cairo): frigate Souda Bay→Benghazi port, reinforcement off Gavdos, LNA "
        "boats massed at Tobruk port, planned Benghazi→Alexandria sailing for an exercise, denied advance off Tobruk, "
        "conditional withdrawal from south of Crete; migrants moved Gavdos→Heraklion and the LNA patrols' purpose "
        "(«حتى الحدود مع مصر») are not movement places.",
 "gv5": "Maltese patrol boat and Libyan coast guard (Al-Arab, London): P61 Valletta→Tripoli port, coast-guard boats Abu "
        "Sitta→Zuwara port, planned joint patrols off Mellitah and Sabratha, conditional return to Malta, gunboats "
        "massed at the Zawiya refinery and their denied advance on Sabratha, Malta's denied boats at the Bouri field; "
        "مالطة/مالطا spellings, trap تايمز أوف مالطا.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("gv1", "gv2", "gv3", "gv4", "gv5")
