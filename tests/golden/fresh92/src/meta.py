# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "greece": ("country", "GR", 39.07170, 21.95170, "Greece"),                             # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                               # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russian Federation"),                 # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 # Libyan cities and towns
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G (also the spelling مصراته)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratah"),                            # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Darnah"),                                 # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 # districts (G*: town rows with kind district)
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),           # G*
 "tobruk_mun": ("district", "LY", 32.08963, 23.95385, "Tobruk municipality"),           # G*
 # ports, bases, airports, crossings
 "misrata_port": ("crossing", "LY", 32.36600, 15.21500, "Misrata port (Qasr Ahmad)"),   # K
 "khums_port": ("crossing", "LY", 32.65700, 14.27500, "Al Khums port"),                 # K
 "benghazi_port": ("crossing", "LY", 32.10600, 20.05200, "Benghazi port"),              # K
 "tobruk_port": ("crossing", "LY", 32.07300, 23.97500, "Tobruk port"),                  # K
 "tripoli_port": ("crossing", "LY", 32.90200, 13.18200, "Tripoli port"),                # K
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port"),                  # K (GeoNames 2208423)
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil port"),         # G* (row راس لانوف)
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa el Brega oil port"),       # G* (Brega town row)
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "raslanuf_airport": ("airport", "LY", 30.50000, 18.52720, "Ras Lanuf Oil Airport"),    # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G* (row قاعدة الخادم)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "khums_base": ("base", "LY", 32.65700, 14.27500, "Al Khums naval base"),               # K
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G
 # regions
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "gulf_sirte": ("region", "LY", 31.40000, 18.20000, "Gulf of Sirte"),                   # K
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "border_tn": ("region", "LY", 33.05000, 11.60000, "Libya-Tunisia border (coast)"),     # K
 "border_eg": ("region", "LY", 31.60000, 24.95000, "Libya-Egypt border (coast)"),       # K
 "south_tr": ("region", "TR", 36.90000, 35.00000, "Southern Turkey"),                 # K
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                # G
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                              # G
 # foreign cities and towns
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                          # G (gazetteer spells لامبيدوسا)
 "augusta": ("town", "IT", 37.24065, 15.22121, "Augusta"),                              # G
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "baltiysk": ("town", "RU", 54.65400, 19.91400, "Baltiysk"),                            # K
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "brussels": ("city", "BE", 50.85045, 4.34878, "Brussels"),                             # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
}

TRAPS = {
 "cp1": ["TRT عربي", "وكالة الأناضول", "غازي عنتاب", "غرفة عمليات تحرير سرت والجفرة", "كتائب مصراتة", "شارع طرابلس",
         "الليبية", "التركية"],
 "cp2": ["الاتحاد", "الجيش الوطني الليبي", "السفينة «طبرق»", "سرت أنباء", "قناة ليبيا الحدث"],
 "cp3": ["يورونيوز", "أسامة الطرابلسي", "إدريس", "وكالة نوفا", "كابريرا", "اللبنانية", "الليبي", "التونسي",
         "الإيطالية"],
 "cp4": ["روسيا اليوم", "أسطول البلطيق", "الجيش الوطني الليبي", "ريا نوفوستي", "الكرملين", "الشروق", "الروسية", "المصرية"],
 "cp5": ["إيريني", "DW عربية", "هيدرا", "حرييت", "إدريس بوسنينة", "السنوات الخمس", "اليونانية", "الليبية"],
}

PHEN = {
 "cp1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "cp2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "coverage_bases", "coverage_oil", "countries"],
 "cp3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "cp4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "cp5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_neighbours",
         "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "cp1": [
  mv("naval_landing", "reported", "Turkish armed forces", ["مرسين"], ["ميناء مصراتة"]),
  mv("redeploy", "reported", "GNA forces", ["مصراتة"], ["قاعدة أبوستة البحرية"]),
  mv("deploy", "planned", "Turkish armed forces", ["مصراتة"], ["ميناء الخمس"]),
  mv("deploy", "denied", "Syrian mercenaries", [], ["مصراتة"]),
  mv("advance", "conditional", "Misrata forces", [], ["سرت"]),
 ],
 "cp2": [
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء راس لانوف"]),
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة طبرق البحرية"], ["ميناء السدرة"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار راس لانوف"]),
  mv("withdraw", "denied", "Libyan National Army", ["ميناء البريقة"], ["راس لانوف"]),
  mv("advance", "conditional", "Libyan National Army", ["الهلال النفطي"], ["سرت"]),
 ],
 "cp3": [
  mv("redeploy", "reported", "GNA forces", ["ميناء طرابلس"], ["ميناء زوارة"]),
  mv("mobilise", "conditional", "GNA forces", [], ["أبو كماش", "الحدود مع تونس"]),
  mv("withdraw", "denied", "GNA forces", ["منفذ رأس جدير"], []),
  mv("deploy", "planned", None, ["أوغستا"], ["ميناء طرابلس"]),
  mv("reinforce", "reported", "Tunisian army", ["صفاقس"], ["جرجيس"]),
 ],
 "cp4": [
  mv("shipment", "reported", "Russian forces", ["بالتييسك"], ["ميناء طبرق"]),
  mv("shipment", "reported", "Libyan National Army", ["ميناء طبرق"], ["قاعدة الخادم الجوية"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["ميناء طبرق"]),
  mv("naval_landing", "planned", "Russian forces", [], ["ميناء بنغازي"]),
  mv("deploy", "denied", "Russian forces", [], ["قاعدة طبرق البحرية"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["مرسى مطروح", "السلوم"]),
 ],
 "cp5": [
  mv("shipment", "denied", "Libyan National Army", [], ["ميناء بنغازي"], ["كريت"]),
  mv("shipment", "reported", "Turkish armed forces", ["إسطنبول"], ["ميناء مصراتة"]),
  mv("airlift", "reported", "Turkish armed forces", ["تركيا"], ["قاعدة الوطية"]),
  mv("reinforce", "conditional", "Turkish armed forces", [], ["قاعدة الخمس البحرية"]),
  mv("deploy", "planned", None, [], ["طبرق", "درنة"]),
 ],
}

NOTES = {
 "cp1": ("TRT Arabic, Misrata: a Turkish landing ship lands marines at Misrata port from Mersin (naval_landing, "
         "reported); a GNA marine company moved by sea Misrata→Abu Sitta naval base (redeploy, reported); a Turkish "
         "frigate to sail from off the city to Al-Khums port (deploy, planned; «قبالة المدينة» = Misrata); Syrian "
         "mercenaries to Misrata denied by the embassy (deploy, denied); Misrata forces «ستتقدم نحو سرت … إذا» "
         "(advance, conditional). The fuel tanker from Greece is not a force; the Oil Crescent is only the trigger's "
         "place; traps: the ship «غازي عنتاب», the operations room, «كتائب مصراتة», «شارع طرابلس»."),
 "cp2": ("Al-Ittihad, Benghazi: LNA marines landed at Ras Lanuf port from Benghazi port aboard the ship «طبرق» "
         "(naval_landing, reported; the TV footage retells it); two patrol boats Tobruk naval base→Es Sider "
         "(reinforce, reported); a Saiqa company to be flown Benina→Ras Lanuf airport (airlift, planned); a pull-out "
         "of boats from Brega port to Ras Lanuf denied (withdraw, denied); units in the Oil Crescent ports «ستتقدم … "
         "باتجاه سرت» if boats from Misrata approach the Gulf of Sirte (advance, conditional; Misrata and the Gulf are "
         "the condition's places). The Maltese-flagged tanker is not a force; «سرت أنباء» is the verb."),
 "cp3": ("Euronews, Lampedusa: migrant boats from Zuwara, Sabratha and Tripoli (Lebanon) are not forces; four GNA "
         "coast-guard boats Tripoli port→Zuwara port (redeploy, reported); the coast guard «سيحشد» patrols at Abu "
         "Kammash and the Tunisian border «إذا» (mobilise, conditional); a pull-out from Ras Ajdir denied (withdraw, "
         "denied); the Italian ship «كابريرا» to sail Augusta→Tripoli port (deploy, planned, actor null); the "
         "Tunisian navy sends two patrol vessels Sfax→Zarzis (reinforce, reported). Rome and Tunis are venues."),
 "cp4": ("RT Arabic, Moscow: a Russian landing ship unloads equipment at Tobruk port after sailing from Baltiysk "
         "(shipment, reported); LNA trucks carry part of it from the port to Al Khadim air base (shipment, reported); "
         "LNA units massed round Tobruk port (mobilise, reported); a second ship with marines «ستصل» to Benghazi port "
         "(naval_landing, planned); a permanent deployment at Tobruk naval base denied by the Kremlin (deploy, "
         "denied); Cairo «ستعزز» its units at Marsa Matruh and Sallum «إذا» (reinforce, conditional). Tartus, the "
         "border phrase and the civilian tanker/container ships are not movement places."),
 "cp5": ("DW Arabic, Brussels: Irini says a cargo ship crossing south of Crete to Benghazi port carried armoured "
         "vehicles for the LNA, which denies it (shipment, denied, via Crete); a Turkish frigate escorts a cargo ship "
         "Istanbul→Misrata port (shipment, reported); Turkish cargo planes from Turkey to Al-Watiya (airlift, "
         "reported); Ankara «ستدفع» ships to the Al-Khums naval base «إذا» (reinforce, conditional); Irini to move a "
         "frigate off Tobruk and Derna (deploy, planned, actor null). The Greek frigate's interception, migrant "
         "boats and tankers are not movements; الجزائر is the country then Algiers (venue)."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("cp1", "cp2", "cp3", "cp4", "cp5")
