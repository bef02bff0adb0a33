# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                              # G
 "greece": ("country", "GR", 39.07170, 21.95170, "Greece"),                              # G
 "france": ("country", "FR", 46.70829, 2.18957, "France"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                                # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                   # G
 "sierra_leone": ("country", "SL", 8.45948, -11.88964, "Sierra Leone"),                  # G
 "panama": ("country", "PA", 8.41727, -81.46644, "Panama"),                              # G
 "togo": ("country", "TG", 8.63425, 1.01549, "Togo"),                                    # G
 # Libya: cities, ports, bases, regions
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),            # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),                # G
 "tobruk_naval_base": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),           # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                   # G
 "derna_port": ("crossing", "LY", 32.77000, 22.64800, "Port of Derna"),                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G (also written مصراته)
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),              # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                                # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),              # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                 # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "sirte_port": ("crossing", "LY", 31.21500, 16.58500, "Port of Sirte"),                  # G
 "gulf_of_sirte": ("region", "LY", 30.90000, 18.00000, "Gulf of Sirte"),                 # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G* (row راس لانوف, written رأس لانوف)
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),         # G (row برقة, alias الشرق الليبي)
 "border_ly_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libya side)"),  # G* (row الحدود الليبية المصرية)
 # Greece
 "athens": ("city", "GR", 37.98376, 23.72784, "Athens"),                                 # G* (row آتن, written أثينا)
 "piraeus": ("city", "GR", 37.94203, 23.64619, "Piraeus"),                               # G (row بيرايوس; also written بيريوس)
 "souda": ("town", "GR", 35.48717, 24.07344, "Souda Bay"),                               # G (row خليج سودا; also written سودا)
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                 # G
 # Italy, Malta, France, Belgium, Germany
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                     # G
 "augusta": ("town", "IT", 37.24065, 15.22121, "Augusta"),                               # G
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                               # G
 "taranto": ("city", "IT", 40.46438, 17.24707, "Taranto"),                               # G
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                           # G* (row لامبيدوسا, written لامبيدوزا)
 "valletta": ("city", "MT", 35.89968, 14.51480, "Valletta"),                             # G
 "malta_freeport": ("crossing", "MT", 35.817, 14.540, "Malta Freeport (Birzebbuga)"),    # K
 "toulon": ("city", "FR", 43.12442, 5.92836, "Toulon"),                                  # G
 "brussels": ("city", "BE", 50.85045, 4.34878, "Brussels"),                              # G
 "berlin": ("city", "DE", 52.52437, 13.41053, "Berlin"),                                 # G
 # Turkey
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                 # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                             # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                 # G
 "izmir": ("city", "TR", 38.41273, 27.13838, "Izmir"),                                   # G
 "aksaz": ("base", "TR", 36.83440, 28.39000, "Aksaz Naval Base"),                        # G
 # Egypt, Syria, UAE
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                         # G
 "suez_canal": ("region", "EG", 30.57780, 32.28890, "Suez Canal"),                       # G
 "latakia": ("city", "SY", 35.53125, 35.79088, "Latakia"),                               # G
 "jebel_ali_port": ("crossing", "AE", 25.01130, 55.06120, "Port of Jebel Ali"),          # G
 "dubai": ("city", "AE", 25.07725, 55.30927, "Dubai"),                                   # G
}

TRAPS = {
 "qog1": ["وكالة الأنباء الأثينية المقدونية", "ليمنوس", "إيريني", "أمير طرطوس", "يورغوس كريتيكوس",
          "الجيش الوطني الليبي", "القائمة السوداء", "اليونانية", "يونانية", "الأوروبية"],
 "qog2": ["إيريني", "بعثة الاتحاد الأوروبي إلى ليبيا", "كارلو مارغوتيني", "نجمة الإسكندرية", "سبيتسيس", "بروفانس",
          "هامبورغ", "صوفيا", "السنوات الخمس", "الإيطالية", "اليونانية", "الفرنسية", "فرنسية", "الألمانية", "الليبية"],
 "qog3": ["إلكا", "غازي عنتاب", "إيريني", "جاهد مرسينلي", "السنوات الخمس", "غيرسون", "وكالة الأناضول", "التركية",
          "التركي", "تركية", "الألمانية", "ألمانية", "الليبية", "الأوروبية", "أتراك"],
 "qog4": ["إدارة التوجيه المعنوي", "القوات المسلحة العربية الليبية", "سالم الطبرقي", "الطبرقي", "الجيش الوطني الليبي", "إيريني", "إيطالية", "التركية",
          "تركية", "الأتراك", "الأوروبية"],
 "qog5": ["تايمز أوف مالطا", "فيرجينيو فازان", "إيريني", "القيادة العامة للجيش الوطني الليبي", "الإيطالية", "المالطية",
          "الأوروبية", "إيطالية"],
}

PHEN = {
 "qog1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area", "coverage_crossings", "countries"],
 "qog2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
          "coverage_crossings", "countries"],
 "qog3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "qog4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qog5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area",
          "coverage_bases", "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qog1": [
  mv("shipment", "reported", "Libyan National Army", ["ميناء جبل علي"], ["ميناء بنغازي"], ["قناة السويس"]),
  mv("shipment", "reported", None, [], ["خليج سودا"]),
  mv("shipment", "planned", None, [], ["بيريوس"]),
  mv("deploy", "conditional", None, ["سودا"], ["طبرق"]),
  mv("shipment", "denied", "Libyan National Army", [], ["ميناء طبرق", "ميناء بنغازي"]),
 ],
 "qog2": [
  mv("shipment", "reported", None, ["اللاذقية"], ["ميناء الخمس"]),
  mv("shipment", "reported", None, [], ["أوغستا"]),
  mv("shipment", "conditional", None, [], ["بيرايوس"]),
  mv("deploy", "planned", None, ["تولون"], ["طبرق", "درنة"]),
  mv("withdraw", "denied", None, ["بنغازي"], []),
 ],
 "qog3": [
  mv("deploy", "reported", "Turkish armed forces", ["مرسين"], ["ميناء مصراتة"]),
  mv("shipment", "denied", "GNA forces", ["مرسين"], ["ميناء مصراتة"]),
  mv("deploy", "conditional", "Turkish armed forces", [], ["مصراتة", "الخمس"]),
  mv("naval_landing", "planned", "Turkish armed forces", ["قاعدة أكساز البحرية"], ["ميناء الخمس"]),
  mv("redeploy", "reported", "Turkish armed forces", ["ميناء طرابلس"], ["زوارة"]),
 ],
 "qog4": [
  mv("reinforce", "reported", "Libyan National Army", ["ميناء درنة"], ["ميناء بنغازي"]),
  mv("shipment", "denied", "Libyan National Army", ["ميناء طبرق"], ["ميناء سرت"]),
  mv("redeploy", "planned", "Libyan National Army", ["بنغازي"], ["رأس لانوف"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["خليج سرت"]),
  mv("naval_landing", "reported", "Turkish armed forces", [], ["ميناء الخمس"]),
 ],
 "qog5": [
  mv("shipment", "reported", None, ["ميناء مالطا الحر"], ["ميناء بنغازي"]),
  mv("shipment", "reported", None, [], ["أوغستا"]),
  mv("shipment", "planned", None, ["أوغستا"], ["تارانتو"]),
  mv("deploy", "denied", None, ["ميناء مالطا الحر"], []),
  mv("deploy", "conditional", "Libyan National Army", ["قاعدة طبرق البحرية"], ["ميناء بنغازي"]),
 ],
}

NOTES = {
 "qog1": "Greek agency (ANA-MPA, Arabic service) from Athens: the Greek Irini frigate Limnos stops a Sierra Leone-flagged "
         "ship 140 miles north of Benghazi (position only); its voyage Jebel Ali port→Benghazi port via the Suez Canal "
         "with armour «for LNA units» (shipment reported, LNA), the ship taken to Souda Bay (shipment reported, null), "
         "the seized cargo to go to Piraeus (written بيريوس; planned, null), a second frigate Souda→off Tobruk only if "
         "satellites spot other ships (deploy conditional, null) and the LNA's denial of any delivery via Tobruk or "
         "Benghazi port; Crete locates Souda, Athens is the government, the Alexandria–Izmir fertiliser trade, Dubai "
         "(owner) and merchant ships calling at Misrata port are not movements; القائمة السوداء holds سودا.",
 "qog2": "EU Delegation to Libya's Arabic press release retold (Irini monthly figures), Tripoli dateline: a Panama-"
         "flagged tanker Latakia→Al-Khums port with jet fuel (shipment reported, null), diverted to Augusta (reported, "
         "null), a container ship shadowed off Derna to be taken to Piraeus only if the flag state refuses (conditional), "
         "the French frigate Provence Toulon→off Tobruk and Derna (deploy planned, null) and the denied withdrawal of "
         "the German frigate Hamburg from off Benghazi; Brussels and Rome are speakers' places, Sophia and the ship "
         "names are traps, «السنوات الخمس» holds الخمس.",
 "qog3": "Turkish agency (ILKHA, Arabic service) from Ankara: the Turkish frigate Gaziantep escorting a merchant ship "
         "Mersin→Misrata port (deploy reported), Ankara's denial that the ship carried arms for GNU forces (shipment "
         "denied, GNA forces), conditional escorts to Misrata and Al-Khums if Irini keeps boarding, a planned landing "
         "ship with a marine company Aksaz naval base→Al-Khums port, a frigate redeployed Tripoli port→off Zuwara; "
         "north of Misrata (written مصراته) is a position, the hospital in Misrata a cargo purpose, eastern Libya, "
         "Greece, France, Berlin and the 2020 Rosalina-A inspection north of Benghazi are background.",
 "qog4": "LNA Moral Guidance Department bulletin (east Libya) from Benghazi: LNA patrol boats Derna port→Benghazi "
         "port (reinforce reported), the denied armour shipment Tobruk port→Sirte port, a planned marine company "
         "Benghazi→Ras Lanuf (written رأس لانوف), no naval units to the Gulf of Sirte unless Turkish frigates near the "
         "Oil Crescent (conditional), and a Turkish landing at Al-Khums port reported by the LNA naval operations room; "
         "the coast watched from Tobruk to the border with Egypt, a wheat ship Alexandria→Tobruk port, ships from "
         "Turkey and Malta, Tripoli and Ankara as adversaries and a sea line with Greece/Crete are not movements; the "
         "spokesman الطبرقي holds طبرق.",
 "qog5": "Maltese paper (Times of Malta, rendered in Arabic) from Valletta: containers loaded at Malta Freeport for "
         "Benghazi port (shipment reported, null), the ship taken by an Italian Irini frigate to Augusta (reported, "
         "null), the drone parts to go Augusta→Taranto (planned, null), Malta's denial that an AFM patrol boat "
         "escorted the ship out of the Freeport (deploy denied, null) and an LNA source's conditional boats Tobruk "
         "naval base→Benghazi port; south-east of Lampedusa (written لامبيدوزا) is a position, Rome the command, "
         "Malta's 2020 suspension a political step, Istanbul the operator's seat and patrols south of Sicily continue "
         "without a move; «تايمز أوف مالطا» holds مالطا.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qog1", "qog2", "qog3", "qog4", "qog5")
BAR_IN_TEXT = True  # qog2 has a literal "|" in its press-release header
