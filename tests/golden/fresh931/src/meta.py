# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (none in this sample);
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "iraq": ("country", "IQ", 33.22078, 42.49205, "Iraq"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 # shared Libyan places
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa el Brega oil port"),       # G
 "brega_airport": ("airport", "LY", 30.37810, 19.57640, "Marsa Brega Airport"),         # G
 "zueitina": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),           # G
 "zueitina_town": ("town", "LY", 30.95220, 20.12022, "Zueitina"),                       # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (row أجدابيا)
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "wahat": ("district", "LY", 29.02035, 20.78359, "Al Wahat"),                           # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 "raslanuf_town": ("town", "LY", 30.50000, 18.52720, "Ras Lanuf"),                      # G* (row راس لانوف, kind oilfield)
 "sidra_port": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),         # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 # qiw1 Ajwa, Brega
 "agheila": ("town", "LY", 30.25583, 19.19944, "El Agheila"),                           # G
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjila"),                                # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "brega_mun": ("district", "LY", 30.40624, 19.57386, "Brega municipality"),             # G* (town row)
 # qiw2 Al-Musawwar, Cairo
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "nofaliya": ("town", "LY", 30.78306, 17.83306, "Nofaliya"),                            # G
 "raslanuf_airport": ("airport", "LY", 30.50000, 18.52720, "Ras Lanuf Oil Airport"),    # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (base row, near Hun/Waddan)
 # qiw3 Al-Sabah Al-Jadeed, Baghdad
 "baghdad": ("city", "IQ", 33.34058, 44.40088, "Baghdad"),                              # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "border_eg_ly": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libyan side)"),  # G* (row الحدود الليبية المصرية)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "messla": ("oilfield", "LY", 27.97472, 22.35833, "Messla oil field"),                  # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "basra": ("city", "IQ", 30.50852, 47.78040, "Basra"),                                  # G (row بصرة)
 # qiw4 Al-Weeam, Benghazi
 "raslanuf_mun": ("district", "LY", 30.50000, 18.52720, "Ras Lanuf municipality"),      # G* (row راس لانوف)
 "marada": ("town", "LY", 29.22054, 19.20454, "Marada"),                                # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil terminal"),          # G (row راس لانوف)
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "sirte_basin": ("region", "LY", 28.60000, 19.30000, "Sirte Basin"),                    # G
 # qiw5 Atheer, Muscat
 "muscat": ("city", "OM", 23.58413, 58.40778, "Muscat"),                                # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "nafoura": ("oilfield", "LY", 29.21320, 21.59240, "Nafoora oil field"),                # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "gulf_sirte": ("region", "LY", 30.90000, 18.00000, "Gulf of Sirte"),                    # G
}

TRAPS = {
 "qiw1": ["أجواء", "إدريس الفاخري", "القيادة العامة للجيش الوطني الليبي", "عملية البرق الخاطف",
          "شركة سرت لإنتاج وتصنيع النفط والغاز", "يونانية"],
 "qiw2": ["المصور", "روسي", "القيادة العامة للجيش الوطني الليبي", "الفيلق الأفريقي", "سرت شائعات", "القوة المشتركة",
          "غرفة عمليات الهلال النفطي", "محمد المصري", "حكومة الوحدة الوطنية"],
 "qiw3": ["الجيش الليبي", "الصباح الجديد", "القوة القاهرة", "شركة الخليج العربي للنفط", "رويترز",
          "الجيش الوطني الليبي", "عادل الطبرقي", "روسيتين", "السورية", "مصرية", "الجيش المصري", "الليبية"],
 "qiw4": ["الوئام", "القيادة العامة للجيش الوطني الليبي", "اللواء طارق بن زياد", "سرت أنباء", "حكومة الوحدة الوطنية",
          "محمود السرتي"],
 "qiw5": ["أثير", "الليبي", "اللواء 106 مجحفل", "إدريس العبيدي", "البعثة الأممية"],
}

PHEN = {
 "qiw1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil",
          "countries"],
 "qiw2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qiw3": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "border_phrase", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qiw4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_oil", "coverage_crossings"],
 "qiw5": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
          "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours",
          "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qiw1": [
  mv("deploy", "reported", None, ["اجدابيا"], ["ميناء البريقة"]),
  mv("redeploy", "reported", None, ["ميناء البريقة"], ["العقيلة"]),
  mv("withdraw", "denied", None, ["ميناء الزويتينة"]),
  mv("reinforce", "conditional", "Libyan National Army", ["بنغازي"], ["الزويتينة"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار البريقة"]),
 ],
 "qiw2": [
  mv("mobilise", "reported", "Libyan National Army", [], ["بن جواد", "النوفلية"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["مطار راس لانوف"]),
  mv("advance", "denied", "Misrata forces", ["أبوقرين"], ["الهلال النفطي"]),
  mv("withdraw", "conditional", "Libyan National Army", ["بن جواد"]),
  mv("naval_landing", "planned", "Libyan National Army", ["ميناء بنغازي"], ["ميناء السدرة"]),
 ],
 "qiw3": [
  mv("deploy", "reported", "Libyan National Army", ["بنغازي"], ["ميناء الحريقة"], ["درنة"]),
  mv("redeploy", "reported", None, ["ميناء الزويتينة"], ["الحريقة"]),
  mv("withdraw", "conditional", None, ["ميناء الحريقة"]),
  mv("shipment", "denied", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("deploy", "planned", "Egyptian army", ["مرسى مطروح"], ["السلوم"]),
 ],
 "qiw4": [
  mv("deploy", "reported", None, ["مرادة"], ["ميناء السدرة", "رأس لانوف"]),
  mv("reinforce", "reported", "Libyan National Army", ["سرت"], ["رأس لانوف"], ["بن جواد"]),
  mv("shipment", "planned", "Libyan National Army", ["ميناء بنغازي"], ["ميناء رأس لانوف"]),
  mv("mobilise", "denied", "GNA forces", [], ["الوشكة"]),
  mv("advance", "conditional", "Libyan National Army", ["سرت"], ["أبوقرين"]),
 ],
 "qiw5": [
  mv("advance", "reported", None, ["جالو"], ["ميناء الزويتينة"]),
  mv("reinforce", "reported", "Libyan National Army", ["أجدابيا"], ["ميناء الزويتينة"]),
  mv("redeploy", "planned", None, ["ميناء البريقة"], ["الزويتينة"]),
  mv("airlift", "conditional", "Libyan National Army", ["قاعدة الخادم"], ["مطار البريقة"]),
  mv("naval_landing", "denied", "Foreign fighters", ["مالطا"], ["الزويتينة"]),
 ],
}

NOTES = {
 "qiw1": "Petroleum Facilities Guard rotation at Brega (dateline Brega, municipality only a requester): the new PFG "
         "company Ajdabiya (spelled اجدابيا)→Brega port and the relieved one from the port (anaphora «داخل الميناء»)"
         "→El Agheila (PFG = null actor), a denied PFG pull-out from Zueitina terminal, a conditional LNA "
         "reinforcement Benghazi→Zueitina and a planned LNA flight Benina air base→Brega airport; Awjila, Jalu and "
         "Al-Wahat are the protesters' towns and fields, Italy the destination of a crude tanker (not a force); the "
         "PFG officer is named Idris, Sirte is inside the Sirte Oil Company's name.",
 "qiw2": "Cairo weekly's analysis of the Oil Crescent standoff: LNA massing in Bin Jawad and Nofaliya, Russian Africa "
         "Corps flown Al-Jufra air base→Ras Lanuf airport (headline says Ras Lanuf), a rumoured Misrata advance from "
         "Abu Qurayn towards the Oil Crescent denied (Misrata only where the rumour spread; «سرت شائعات» = rumours "
         "spread), a conditional LNA withdrawal from Bin Jawad and a planned marine landing Benghazi port→Es Sider; "
         "the Sirte–Brega coast and the Sirte–Jufra red line are from–to phrases without a move.",
 "qiw3": "Iraqi daily's market story on the Hariga blockade («القوة القاهرة» = force majeure, not Cairo): an LNA "
         "armoured company Benghazi→Hariga port via Derna (anaphora «محيط الميناء»), 60 PFG guards Zueitina "
         "terminal→Hariga, a conditional PFG departure from the port, a denied Russian unloading Tartus→Tobruk port and "
         "a planned Egyptian deployment Marsa Matruh→Sallum; the border with Egypt is only a distance, Sarir/Messla "
         "the fields, Iraq, Basra and Algeria (the country, OPEC presidency) market background.",
 "qiw4": "Saudi site's wire story on the end of a 40-day Es Sider/Ras Lanuf blockade (variant رأس لانوف): three PFG "
         "companies return from Marada to Es Sider port and Ras Lanuf, LNA reinforcements Sirte→Ras Lanuf via Bin "
         "Jawad, a planned supply ship Benghazi port→Ras Lanuf port, a denied GNU massing in Al-Washka ('وسرت أنباء' "
         "= news spread) and a conditional LNA advance Sirte→Abu Qurayn; Bin Jawad and the Ras Lanuf municipality as "
         "project sites, Tripoli as the denying staff's seat and the Sirte Basin are not movement places.",
 "qiw5": "Omani site's agency story on an attack on Zueitina (on the Gulf of Sirte): unnamed gunmen came from Jalu towards the terminal "
         "(null actor), LNA reinforcements Ajdabiya→the port (anaphora), a planned PFG company Brega port→Zueitina, a "
         "conditional commando airlift Al-Khadim base→Brega airport and a denied landing of foreign mercenaries at "
         "Zueitina from Malta (spokesman named Idris); Nafoora, Al-Wahat, the border with Chad (a refuge, no move) and "
         "Tunis (the 5+5 venue) are background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qiw1", "qiw2", "qiw3", "qiw4", "qiw5")
