# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "greece": ("country", "GR", 39.07170, 21.95170, "Greece"),                             # G
 "cyprus": ("country", "CY", 34.90514, 32.97957, "Cyprus"),                             # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                  # G
 # Turkey
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                              # G
 "erkilet": ("base", "TR", 38.77040, 35.49540, "Kayseri Erkilet Air Base"),             # G* (row قاعدة إركيليت الجوية, kind airport there)
 "aksaz": ("base", "TR", 36.83440, 28.39000, "Aksaz Naval Base"),                       # G
 "gaziantep": ("city", "TR", 37.05944, 37.38250, "Gaziantep"),                          # G (row عنتاب, written غازي عنتاب)
 "gaziantep_airport": ("airport", "TR", 36.94720, 37.47870, "Gaziantep Airport"),       # G
 # Syria
 "north_syria": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                 # G
 "azaz": ("town", "SY", 36.58330, 37.05000, "Azaz"),                                    # G (row أعزاز)
 "afrin": ("town", "SY", 36.50833, 36.86944, "Afrin"),                                  # G
 "aleppo": ("city", "SY", 36.20124, 37.16117, "Aleppo"),                                # G
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                            # G
 # Greece and Cyprus
 "athens": ("city", "GR", 37.98376, 23.72784, "Athens"),                                # G (row آتن, written أثينا)
 "piraeus": ("city", "GR", 37.94203, 23.64619, "Piraeus"),                              # G
 "salamis": ("base", "GR", 37.96427, 23.49649, "Salamis Naval Base"),                   # G* (town row سالاميس, written قاعدة سالاميس البحرية)
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                # G
 "souda": ("town", "GR", 35.48717, 24.07344, "Souda Bay"),                              # G (row خليج سودا)
 "gavdos": ("region", "GR", 34.83333, 24.08333, "Gavdos"),                              # G
 "nicosia": ("city", "CY", 35.17284, 33.35397, "Nicosia"),                              # G
 # Gulf and Tunisia
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # Lebanon
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 # western Libya
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "abu_sitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),               # G
 "tekbali": ("base", "LY", 32.88743, 13.18733, "Tekbali Camp"),                         # G
 "souq_juma": ("town", "LY", 32.88300, 13.23300, "Souq al Juma"),                       # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Zawiya"),                                # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "border_tn": ("region", "LY", 32.45, 11.15, "Libya-Tunisia border (Libya side)"),      # K
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس, written الغرب الليبي)
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata Airport"),           # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G
 "air_academy": ("base", "LY", 32.32556, 15.05972, "Misrata Air Force Academy"),        # G* (row مطار مصراتة, kind base)
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                        # G
 # central Libya and the east
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (town row هون, README rule)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
}

TRAPS = {
 "qnt1": ["تايم ترك", "تي سي جي إسطنبول", "عبد الرحمن الخمسي", "السنوات الخمس", "القيادة العامة", "عاصفة السلام",
          "الخطوط الجوية التركية", "وكالة الأناضول", "السوريين", "الأتراك"],
 "qnt2": ["الرافدين", "الجيش الوطني السوري", "فيلق الشام", "المرصد السوري لحقوق الإنسان", "حكومة الوحدة الوطنية",
          "القيادة العامة", "قد سرت", "سورية", "السوريين", "الليبية", "أتراك"],
 "qnt3": ["راديو غرب طرابلس", "جهاز الردع", "اللواء 444 قتال", "منطقة طرابلس العسكرية", "عماد الطرابلسي",
          "صباح الخير يا طرابلس", "اللبنانية", "التركي"],
 "qnt4": ["منشور", "حكومة الوفاق", "الفيلق الأفريقي", "اللواء طارق بن زياد", "القيادة العامة",
          "حكومة الوحدة الوطنية", "يونانية", "الليبية", "الإيطالية", "الأتراك"],
 "qnt5": ["فيليا", "هيئة الإذاعة والتلفزيون اليونانية", "هيدرا", "ذئب البحر", "اليونانية", "اليوناني",
          "القبرصية", "سوريين"],
}

PHEN = {
 "qnt1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "qnt2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
          "coverage_bases", "countries"],
 "qnt3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "coverage_bases", "coverage_crossings", "coverage_neighbours"],
 "qnt4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "ambiguity_country_capital", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qnt5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "coverage_bases",
          "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TAF, SYR, GNA, LNA = "Turkish armed forces", "Syrian mercenaries", "GNA forces", "Libyan National Army"

MOVES = {
 "qnt1": [
  mv("deploy", "reported", TAF, ["قاعدة أكساز البحرية"], ["ميناء الخمس"]),
  mv("withdraw", "planned", TAF, ["الخمس"], ["مرسين"]),
  mv("airlift", "reported", TAF, ["قاعدة إركيليت الجوية"], ["مطار معيتيقة"]),
  mv("airlift", "denied", SYR, ["غازي عنتاب"], ["مطار مصراتة"]),
  mv("withdraw", "conditional", TAF, ["قاعدة الوطية"], []),
 ],
 "qnt2": [
  mv("airlift", "reported", SYR, ["مطار غازي عنتاب"], ["قاعدة الوطية"]),
  mv("withdraw", "reported", SYR, ["الوطية"], ["شمال سوريا"], ["تركيا"]),
  mv("redeploy", "planned", SYR, ["معسكر التكبالي"], ["قاعدة الوطية"]),
  mv("advance", "denied", SYR, ["الوطية"], ["أبوقرين"]),
  mv("withdraw", "conditional", SYR, [], ["سوريا"]),
 ],
 "qnt3": [
  mv("airlift", "reported", TAF, ["أنقرة"], ["مطار معيتيقة"]),
  mv("redeploy", "planned", GNA, ["معسكر التكبالي"], ["قاعدة الوطية الجوية"]),
  mv("redeploy", "denied", TAF, ["الوطية"], ["معيتيقة"]),
  mv("deploy", "conditional", GNA, [], ["مطار امعيتيقة"]),
  mv("reinforce", "reported", GNA, ["قاعدة أبوستة البحرية"], ["زوارة"]),
 ],
 "qnt4": [
  mv("shipment", "reported", TAF, ["مرسين"], ["ميناء مصراتة"]),
  mv("redeploy", "planned", TAF, ["معيتيقة"], ["الخمس"]),
  mv("deploy", "denied", TAF, [], ["قاعدة الوطية"]),
  mv("withdraw", "conditional", TAF, ["ليبيا"], []),
  mv("mobilise", "reported", LNA, [], ["سرت", "قاعدة القرضابية"]),
 ],
 "qnt5": [
  mv("deploy", "reported", TAF, ["قاعدة أكساز البحرية"], ["ميناء الخمس"], ["غافدوس"]),
  mv("deploy", "reported", None, ["خليج سودا"], ["غافدوس"]),
  mv("naval_landing", "planned", TAF, [], ["ميناء مصراتة"]),
  mv("naval_landing", "denied", SYR, [], ["الخمس"]),
  mv("deploy", "conditional", None, ["قاعدة سالاميس البحرية"], ["كريت"]),
 ],
}

NOTES = {
 "qnt1": "Turkish news site (Time Turk) from Istanbul: the frigate «TCG Istanbul» brings a training group Aksaz naval "
         "base→Al-Khums port, the outgoing group's planned return Al-Khums→Mersin, two A400Ms with spare parts Erkilet "
         "air base (Kayseri)→Mitiga airport, the denied airlift of Syrian fighters Gaziantep→Misrata airport and the "
         "conditional «لن تسحب ... ما لم» withdrawal from Al-Watiya; the headline, Benghazi (source), Tripoli "
         "(government), Turkish Airlines flights Istanbul→Misrata and a business delegation to Al-Khums are not moves; "
         "the ship name holds إسطنبول and a person's name holds الخمس.",
 "qnt2": "Istanbul-based Iraqi TV (Al-Rafidain) on a rotation of Syrian fighters: 300 flown Gaziantep airport→Al-Watiya "
         "base, 250 sent back Al-Watiya→northern Syria via Turkey, a Faylaq al-Sham group's planned move Tekbali "
         "camp→Al-Watiya, the GNU's denial of an advance Al-Watiya→Abu Qurayn and Ankara's conditional return of all "
         "fighters to Syria («فور»); the fighters' home towns (Azaz, Afrin, Aleppo), Sirte (5+5 talks), the "
         "distribution of fighters and families' commercial flights Misrata–Istanbul are not movement places.",
 "qnt3": "Tripoli local radio (Radio West Tripoli): a Turkish military plane with 40 trainers Ankara→Mitiga airport, a "
         "planned 444 Brigade battalion Tekbali camp→Al-Watiya air base, the airport's denial of Turkish drones moved "
         "Al-Watiya→Mitiga, the Tripoli military zone's conditional deployment around Mitiga (written امعيتيقة; Souq "
         "al-Juma only in the condition) and two navy patrol boats Abu Sitta naval base→Zuwara; civil flights to Tunis "
         "(city) and Istanbul, a cement ship from Tripoli (Lebanon) and the safe Tripoli–Zawiya road are not moves.",
 "qnt4": "Pan-Arab explainer site (Manshoor) from Kuwait on Turkey's forces in Libya: presence at Al-Watiya, Mitiga, "
         "Misrata port, Al-Khums and the air academy (no moves), a Turkish armour shipment Mersin→Misrata port, a "
         "planned transfer of naval training Mitiga→Al-Khums, a denied air-defence deployment at Al-Watiya, the "
         "conditional withdrawal from Libya (Jufra and Sirte only in the condition) and the LNA massing in Sirte and "
         "Gardabya base; Jufra air base (Russian presence), Benghazi and Tripoli (governments) are not movement places.",
 "qnt5": "Greek public radio's Arabic service (ERT «فيليا») from Athens: two Turkish frigates Aksaz naval base→Al-Khums "
         "port via Gavdos, the Greek frigate «Hydra» Souda Bay→waters off Gavdos (actor null), a planned Turkish marine "
         "landing at Misrata port, the embassy's denial of Syrian fighters carried to Al-Khums and Greece's conditional "
         "second frigate Salamis naval base→Crete; the 2019 memorandum (Ankara, Tripoli), Greece, Cyprus, Nicosia and "
         "commercial shipping Piraeus→Benghazi are not moves.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qnt1", "qnt2", "qnt3", "qnt4", "qnt5")
