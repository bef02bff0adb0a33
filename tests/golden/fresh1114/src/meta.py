# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # Türkiye
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "izmir": ("city", "TR", 38.41273, 27.13838, "Izmir"),                                  # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "aksaz": ("base", "TR", 36.83440, 28.39000, "Aksaz Naval Base"),                       # G
 # Italy, Greece, Syria, Russia, Qatar
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "augusta": ("town", "IT", 37.24065, 15.22121, "Augusta"),                              # G
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                              # G
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                          # G (row لامبيدوسا, written لامبيدوزا)
 "souda": ("town", "GR", 35.48717, 24.07344, "Souda"),                                  # G (row خليج سودا, written سودا)
 "souda_base": ("base", "GR", 35.48717, 24.07344, "Souda Bay naval base"),              # G* (Souda row, written قاعدة سودا البحرية)
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
 # Libya, west coast (Ras Jedir to Tripoli)
 "ras_jedir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),      # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libya side)"),  # G* (row الحدود الليبية التونسية)
 "abu_kammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                      # G (written أبوكماش and أبو كماش)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "zuwara_port": ("crossing", "LY", 32.92200, 12.12000, "Port of Zuwara"),               # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "sabratha_port": ("crossing", "LY", 32.7970, 12.4870, "Port of Sabratha"),             # K
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "abu_sitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),               # G
 # Libya, Al-Khums to the Gulf of Sirte and the east
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sirte_port": ("crossing", "LY", 31.21500, 16.58500, "Port of Sirte"),                 # G
 "gulf_sirte": ("region", "LY", 30.90000, 18.00000, "Gulf of Sirte"),                   # G
 "bin_jawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                          # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                      # G (row راس لانوف; also written ميناء راس لانوف)
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa el Brega oil port"),       # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "tobruk_base": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
}

TRAPS = {
 "qpy1": ["الأمن والدفاع العربي", "سبيتساي", "إيريني", "إيفان غرين", "الفيلق الأفريقي", "سرت تكهنات",
          "كارلو مارغوتيني", "كريت ستار", "شركة راس لانوف لتصنيع النفط والغاز", "سالم الطرابلسي", "اليونانية",
          "الروسية", "الإيطالية", "الأوروبية", "ليبي"],
 "qpy2": ["زمان عربي", "غيرسون", "غازي عنتاب", "«إسطنبول»", "مرسين إكسبريس", "السنوات الخمس", "التركية", "تركية",
          "الليبية", "يونانية"],
 "qpy3": ["جسور", "نوراس", "تريميتي", "إيتنا", "سان ماركو", "شركة مليتة للنفط والغاز", "إيني", "الإيطالي",
          "الإيطالية", "الليبي", "ليبية", "ليبي", "زوارق"],
 "qpy4": ["طرابلس اليوم", "قطاع غرب طرابلس", "«صبراتة»", "شركة الزاوية لتكرير النفط", "الهلال الأحمر",
          "زوارق"],
 "qpy5": ["مرسال قطر", "ابن عوف", "الزليتني", "كتائب مصراتة", "غرفة عمليات سرت الجفرة", "قوات الشرق", "سوريين",
          "فاليتا بريز", "المالطية", "شركة سرت لإنتاج وتصنيع النفط والغاز"],
}

PHEN = {
 "qpy1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings"],
 "qpy2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "coverage_bases",
          "coverage_crossings", "countries"],
 "qpy3": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "coverage_bases",
          "coverage_oil", "coverage_crossings", "countries"],
 "qpy4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "border_phrase", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qpy5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qpy1": [
  mv("deploy", "reported", None, ["قاعدة سودا البحرية"], ["راس لانوف"]),
  mv("shipment", "reported", "Russian forces", ["طرطوس"], ["ميناء سرت"]),
  mv("naval_landing", "denied", "Russian forces", [], ["سرت"]),
  mv("reinforce", "planned", "Libyan National Army", ["ميناء بنغازي"], ["ميناء راس لانوف"]),
  mv("deploy", "conditional", None, ["أوغستا"], ["خليج سرت"]),
 ],
 "qpy2": [
  mv("deploy", "reported", "Turkish armed forces", ["قاعدة أكساز البحرية"], ["ميناء الخمس"]),
  mv("withdraw", "reported", "Turkish armed forces", ["ميناء الخمس"], ["إزمير"]),
  mv("shipment", "planned", "Turkish armed forces", ["مرسين"], ["ميناء مصراتة"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["زليتن"]),
  mv("deploy", "conditional", "Turkish armed forces", [], ["ميناء طرابلس"]),
  mv("deploy", "reported", "GNA forces", ["مصراتة"], ["الخمس"]),
 ],
 "qpy3": [
  mv("withdraw", "reported", None, ["ميناء طرابلس"], ["أوغستا"]),
  mv("deploy", "planned", None, ["أوغستا"], ["طرابلس"]),
  mv("shipment", "conditional", None, [], ["زوارة"]),
  mv("naval_landing", "denied", None, [], ["ميناء زوارة"]),
  mv("reinforce", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["صبراتة", "مجمع مليتة"]),
 ],
 "qpy4": [
  mv("reinforce", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("redeploy", "planned", "GNA forces", ["ميناء الخمس"], ["ميناء صبراتة"]),
  mv("withdraw", "denied", "GNA forces", ["أبوكماش"], ["طرابلس"]),
  mv("redeploy", "conditional", "GNA forces", ["ميناء زوارة"], ["منفذ رأس جدير"]),
 ],
 "qpy5": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة طبرق البحرية"], ["ميناء السدرة"]),
  mv("redeploy", "planned", "Libyan National Army", ["ميناء السدرة"], ["ميناء البريقة"]),
  mv("naval_landing", "reported", "Libyan National Army", [], ["بن جواد"]),
  mv("advance", "conditional", "Misrata forces", ["ميناء مصراتة"], ["خليج سرت"]),
  mv("deploy", "denied", "Syrian mercenaries", ["طرطوس"], ["ميناء طبرق"]),
 ],
}

NOTES = {
 "qpy1": "Defence-and-naval magazine site (Security & Defense Arabia) on traffic in the Gulf of Sirte: a Greek Irini "
         "frigate Souda naval base (Crete)→off Ras Lanuf (actor null), a Russian landing ship Tartus→Sirte port with "
         "armour and ammunition (shipment), a denied Russian landing west of Sirte, a planned LNA marine company "
         "Benghazi port→Ras Lanuf port and an Italian frigate's conditional move Augusta→Gulf of Sirte (only if Irini "
         "in Rome asks); the headline ports (Souda, Augusta, Tartus) repeat the body, Moscow is metonymic, the tanker "
         "«كريت ستار», the Ras Lanuf company, «سرت تكهنات» (rumours spread) and «سالم الطرابلسي» are traps.",
 "qpy2": "Turkish paper's Arabic site (Zaman Arabic) from Istanbul on the Turkish navy in Libya: a frigate Aksaz naval "
         "base→Khoms port relieving one that sailed Khoms port→Izmir, a planned landing-ship shipment Mersin→Misrata "
         "port, Ankara's denial of a marine landing at Zliten, a conditional frigate for Tripoli port, and a GNU marine "
         "company Misrata→Khoms; the container line Mersin–Khoms and «مرسين إكسبريس» are civilian, Ankara and Tripoli "
         "(memorandum) are metonymic, the frigates «غيرسون», «غازي عنتاب» and «إسطنبول» and «السنوات الخمس» are traps.",
 "qpy3": "Italy-based Arabic site (Gusur) from Rome on the Italian naval support mission («نوراس») at Abu Sitta: the "
         "support ship «تريميتي» Tripoli port→Augusta, the supply ship «إيتنا» planned Augusta→Tripoli with technicians "
         "and San Marco marines, Rome's conditional handover of patrol boats for Zuwara, the embassy's denial of an "
         "Italian landing at Zuwara port, and GNU coast-guard boats Abu Sitta→Sabratha and Mellitah; migrant boats "
         "Sabratha→Lampedusa, Rome and Tripoli as governments and the Mellitah company are not movements.",
 "qpy4": "Libyan news site (Tripoli Al-Youm) from Zuwara on the coast guard: the patrol boat «صبراتة» Abu Sitta naval "
         "base→Zuwara port, a planned boat Khoms port→Sabratha port, a denied pull-out Abu Kammash→Tripoli (written "
         "أبوكماش and أبو كماش), a conditional redeployment Zuwara port→near the Ras Ajdir crossing; the border with "
         "Tunisia (patrol area), the migrant boat to Lampedusa, the fuel tanker seized off Surman and the fishermen of "
         "Zuwara are not movements; «طرابلس اليوم» and «قطاع غرب طرابلس» hold Tripoli.",
 "qpy5": "Qatari news site (Marsal Qatar) from Doha with agency copy on the Oil Crescent: an LNA landing ship and boats "
         "Tobruk naval base→Es Sider port, a planned partial move Es Sider port→Brega port, a reported LNA marine "
         "landing at Bin Jawad, the Misrata brigades' conditional advance Misrata port→Gulf of Sirte and a denied "
         "transfer of Syrian fighters Tartus→Tobruk port; Benghazi and Tripoli are metonymic, the Maltese tanker "
         "«فاليتا بريز» loading at Brega is civilian, «مرسال قطر», «الزليتني», «غرفة عمليات سرت الجفرة», «كتائب مصراتة» "
         "and the Sirte oil company are traps.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qpy1", "qpy2", "qpy3", "qpy4", "qpy5")
