# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "panama": ("country", "PA", 8.41727, -81.46644, "Panama"),                             # G
 # Libyan cities and towns
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),           # G* (town row)
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "derna_mun": ("district", "LY", 32.76704, 22.63669, "Derna municipality"),             # G* (city row)
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "bardia": ("town", "LY", 31.75601, 25.08530, "Al Bardiyah"),                           # G
 # ports (commercial sea ports = crossing, as fresh51 for Zuwara port)
 "tripoli_port": ("crossing", "LY", 32.8990, 13.1850, "Port of Tripoli"),               # K
 "benghazi_port": ("crossing", "LY", 32.1050, 20.0500, "Port of Benghazi"),             # K
 "tobruk_port": ("crossing", "LY", 32.0750, 23.9700, "Port of Tobruk"),                 # K
 "misrata_port": ("crossing", "LY", 32.3550, 15.2150, "Port of Misrata (Qasr Ahmed)"),  # K
 "khoms_port": ("crossing", "LY", 32.6550, 14.2800, "Port of Al Khums"),                # K
 "derna_port": ("crossing", "LY", 32.7700, 22.6450, "Port of Derna"),                   # K
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Port of Zuwara"),               # K (GeoNames 2208423)
 "tripoli_lb_port": ("crossing", "LB", 34.4560, 35.8200, "Port of Tripoli (Lebanon)"),  # K
 "tartus_port": ("crossing", "SY", 34.8950, 35.8720, "Port of Tartus"),                 # K
 # bases and oil terminals
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "tobruk_base": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "augusta": ("base", "IT", 37.24065, 15.22121, "Augusta naval base"),                   # G* (Augusta town row)
 "souda": ("base", "GR", 35.48717, 24.07344, "Souda Bay naval base"),                   # G* (row خليج سودا)
 "taranto": ("base", "IT", 40.46438, 17.24707, "Taranto naval base"),                   # G* (Taranto city row)
 "baltiysk": ("base", "RU", 54.6530, 19.9100, "Baltiysk naval base"),                   # K
 "aksaz": ("base", "TR", 36.8390, 28.4040, "Aksaz naval base"),                         # K
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 # regions
 "east_ly": ("region", "LY", 31.0, 21.5, "Eastern Libya"),                              # K
 "west_ly": ("region", "LY", 31.5, 12.8, "Western Libya"),                              # K
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),          # G
 "border_eg": ("region", "LY", 31.60, 25.05, "Libya-Egypt border (Libyan side, coast)"),  # K
 "border_tn": ("region", "LY", 33.10, 11.62, "Libya-Tunisia border (Libyan side, coast)"),  # K
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                              # G
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                # G
 "south_it": ("region", "IT", 40.69949, 16.16739, "Southern Italy"),                    # G* (row جنوب إيطاليا)
 "sw_turkey": ("region", "TR", 37.30, 28.60, "South-western Turkey"),                   # K
 # foreign cities and towns
 "brussels": ("city", "BE", 50.85045, 4.34878, "Brussels"),                             # G
 "luxembourg": ("city", "LU", 49.60982, 6.13268, "Luxembourg"),                         # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                            # G
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "laspezia": ("city", "IT", 44.1025, 9.8240, "La Spezia"),                              # K
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                          # G* (row spelled لامبيدوسا)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
}

TRAPS = {
 "lv1": ["يورونيوز", "إيريني", "فيرجينيو فاسان", "ليمنوس", "فرانشيسكو ميسينا", "الإيطالية", "اليونانية",
         "اللبناني", "الليبية", "الأوروبية"],
 "lv2": ["سبوتنيك", "كالينينغراد", "أسطول البلطيق", "سيفيرومورسك", "الفيلق الأفريقي", "الجيش الوطني الليبي",
         "ديمتري سمولينسكي", "الروسية", "الروسي"],
 "lv3": ["الشرق الأوسط", "غيرسون", "المجلس العسكري مصراتة", "شارع طرابلس", "الزوارق الخمس", "سالم المصراتي",
         "التركية", "الليبية"],
 "lv4": ["آكي", "فولكانو", "سان ماركو", "المرسى", "رضا الإدريسي", "الإيطالية", "الإيطالي", "الليبي", "التونسية"],
 "lv5": ["قورينا", "ما ادري", "عبد الكريم البرقاوي"],
}

PHEN = {
 "lv1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "lv2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "lv3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "lv4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "lv5": ["clitics", "multiword", "media_trap", "person_trap", "ambiguity_idri", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "lv1": [
  mv("deploy", "reported", None, ["قاعدة أوغستا البحرية"], ["طبرق"]),
  mv("airlift", "reported", None, [], ["قاعدة الخادم الجوية"]),
  mv("deploy", "planned", None, ["قاعدة سودا البحرية"], ["زوارة", "الساحل الغربي"]),
  mv("reinforce", "conditional", None, [], ["مصراتة"]),
  mv("withdraw", "denied", None, ["بنغازي"], ["إيطاليا"]),
 ],
 "lv2": [
  mv("naval_landing", "reported", "Russian forces", ["قاعدة بالتييسك البحرية"], ["ميناء طبرق"]),
  mv("shipment", "reported", "Russian forces", ["ميناء طبرق"], ["قاعدة الخادم الجوية"]),
  mv("deploy", "planned", "Russian forces", [], ["ميناء بنغازي"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة حميميم"], ["بنغازي"]),
  mv("redeploy", "conditional", "Russian forces", ["طرطوس"], ["طبرق"]),
 ],
 "lv3": [
  mv("deploy", "reported", "Turkish armed forces", ["قاعدة أكساز البحرية"], ["ميناء الخمس"]),
  mv("shipment", "reported", "Turkish armed forces", ["إسطنبول"], ["ميناء مصراته"]),
  mv("mobilise", "reported", "Misrata forces", [], ["ميناء مصراته"]),
  mv("redeploy", "planned", "Turkish armed forces", ["الخُمس"], ["قاعدة أبو ستة البحرية"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["زوارة"]),
  mv("reinforce", "conditional", "GNA forces", ["ميناء مصراته"], ["زوارة"]),
 ],
 "lv4": [
  mv("deploy", "reported", None, ["قاعدة تارانتو البحرية"], ["ميناء طرابلس"]),
  mv("shipment", "planned", None, ["لا سبيتسيا"], ["طرابلس"]),
  mv("reinforce", "reported", "GNA forces", ["طرابلس"], ["صبراتة", "زوارة"]),
  mv("deploy", "denied", None, [], ["ميناء زوارة"]),
  mv("advance", "denied", "GNA forces", [], ["الحدود مع تونس"]),
  mv("redeploy", "conditional", None, [], ["ميناء مصراتة"]),
 ],
 "lv5": [
  mv("redeploy", "reported", "Libyan National Army", ["ميناء بنغازي"], ["قاعدة طبرق البحرية"], ["درنة"]),
  mv("naval_landing", "reported", "Libyan National Army", ["بنغازي"], ["ميناء درنة"]),
  mv("withdraw", "planned", "Libyan National Army", ["ميناء درنة"], ["بنغازي"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["سرت"]),
  mv("advance", "conditional", "Libyan National Army", [], ["مصراتة", "الخمس"]),
 ],
}

NOTES = {
 "lv1": "Euronews Arabic (Brussels) on EU Operation Irini: an Italian frigate Augusta naval base (Sicily)->off Tobruk "
        "(reported deploy), nine military cargo flights into Al Khadim air base (reported airlift, no force named), a "
        "Greek frigate planned Souda naval base (Crete)->off Zuwara and the western coast, a conditional «قد ... إذا» "
        "second ship off Misrata, and a denied pull-out from around Benghazi back to Italy. The inspected Panama-flagged "
        "cargo ship from the Lebanese port of Tripoli to Benghazi is civilian (no movement); Luxembourg (EU meeting), "
        "Tripoli (GNU) and Ankara are venue/speaker places only. Traps: ship names (Virginio Fasan, Limnos), the "
        "commander «فرانشيسكو ميسينا», Irini, the outlet, nisbas.",
 "lv2": "Sputnik Arabic (Moscow) on Russian ships: a landing ship from Baltiysk naval base landing vehicles at Tobruk "
        "port (reported naval_landing), trucks taking the gear from the port (anaphora «من الميناء») to Al Khadim air "
        "base (reported shipment), a destroyer due at Benghazi port (planned deploy), a denied Africa Corps airlift "
        "Hmeimim->Benghazi, and an analyst's conditional Tartus->Tobruk move «قد ... إذا». Hmeimim/Tartus port in Syria "
        "(background), Al-Marj (locator), Damascus, Moscow and the border with Egypt (locator of Tobruk) are not movement "
        "places in their own sentences. Traps: ships named after cities (Kaliningrad, Severomorsk), the Baltic Fleet, the "
        "Africa Corps, the LNA, an analyst's surname, the outlet.",
 "lv3": "Asharq Al-Awsat (Tripoli) on Turkish ships: a frigate Aksaz naval base->Al-Khums port (reported deploy), a "
        "supply ship Istanbul->Misrata port unloading patrol boats (reported shipment), the Misrata military council "
        "putting its men on alert round the port (reported mobilise), the frigate's planned Al-Khums (spelled الخُمس)->Abu "
        "Sitta naval base move, Ankara's denied marine landing near Zuwara, and a conditional coast-guard reinforcement "
        "from the port (anaphora «من الميناء» = ميناء مصراته) to Zuwara. A minister's talks in Tripoli and the static patrol "
        "area Zliten-Sirte are not movements. Traps: «الزوارق الخمس» (the five boats, not Al-Khums), «شارع طرابلس» in "
        "Misrata, the Misrata military council, the officer «سالم المصراتي», the frigate «غيرسون», the outlet.",
 "lv4": "AKI (Rome) on the Italian navy and the western coast guard: a support ship Taranto naval base->Tripoli port "
        "(reported deploy), two boats planned La Spezia->Tripoli (shipment), four coast-guard boats Tripoli->Sabratha and "
        "Zuwara (reported reinforce), a denied San Marco marine unit for Zuwara port, a denied coast-guard advance to the "
        "border with Tunisia, and a conditional move of the Italian ship to Misrata port (no origin written). The migrant "
        "boat from near Mellitah returned to Zuwara port and the boats heading for Lampedusa are not force movements. "
        "Tunis (meeting venue, city) vs Tunisia (border, country). Traps: «المرسى» (the mooring), «فولكانو», «سان ماركو», "
        "the spokesman «رضا الإدريسي», the outlet, nisbas.",
 "lv5": "Quryna (Benghazi) on the LNA navy: three patrol boats Benghazi port->Tobruk naval base past Derna (reported "
        "redeploy with via), a marine company landed at Derna port from Benghazi (reported naval_landing) and its planned "
        "return from the port (anaphora) to Benghazi (withdraw), a denied «حشد بحري» off Sirte (mobilise, «هناك» = Sirte), "
        "and a conditional advance towards the waters off Misrata and Al-Khums «لن ... إلا إذا». Coast-guard stationing "
        "in Tobruk (Hariga terminal, Bardia, the border with Egypt) and the tankers at Es Sider are not movements. A "
        "fisherman's dialect retelling of the boats (with «ما ادري») is the same move. Traps: the outlet «قورينا» "
        "(Cyrene), «ما ادري», the spokesman «البرقاوي».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("lv1", "lv2", "lv3", "lv4", "lv5")
