# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # capitals and coastal cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 # Al-Jufra
 "jufra": ("district", "LY", 29.14, 16.04, "Al Jufra"),                                 # K (README: point near Hun/Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "hun_mun": ("district", "LY", 29.12684, 15.94772, "Hun municipality"),                 # G* (town row)
 "hun_airport": ("airport", "LY", 29.11010, 15.96560, "Hon Airport"),                   # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                # G
 "zillah_field": ("oilfield", "LY", 28.55099, 17.54358, "Zella oil field"),             # G* (town row; field lies near the town)
 "haruj": ("region", "LY", 27.25000, 17.50000, "Al Haruj"),                             # G
 # Sirte basin, Al-Wahat and the oil crescent
 "marada": ("town", "LY", 29.22054, 19.20454, "Marada"),                                # G
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjila"),                                # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "jalu_mun": ("district", "LY", 29.03333, 21.55000, "Jalu municipality"),               # G* (town row)
 "wahat": ("district", "LY", 29.02035, 20.78359, "Al Wahat"),                           # G
 "nafoora": ("oilfield", "LY", 29.21320, 21.59240, "Nafoora oil field"),                # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa al-Brega port"),           # G* (town row)
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf port"),                  # G (row راس لانوف)
 "benghazi_port": ("crossing", "LY", 32.10900, 20.05200, "Benghazi port"),              # K
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "sirte_basin": ("region", "LY", 28.60000, 19.30000, "Sirte Basin"),                    # G
 # the south-west
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G
 # borders and crossings
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 "border_eg": ("region", "LY", 31.55, 25.00, "Libya-Egypt border (Libyan side, near Amsaad)"),  # K
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),             # G* (row الحدود الليبية التونسية)
 "border_dz": ("region", "DZ", 26.90, 9.70, "Algeria-Libya border (Algerian side)"),    # K
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"

TRAPS = {
    "py1": ["سبوتنيك", "غرفة عمليات سرت والجفرة", "شارع طرابلس", "سالم الهوني", "الهوني", "زلة لسان",
            "شركة الزويتينة للنفط"],
    "py2": ["الشروق", "مصادر ليبية", "شركة الخليج العربي للنفط", "صالح الأوجلي", "الجيش المصري",
            "النافورة الكبيرة"],
    "py3": ["يورونيوز", "الجيش الوطني الليبي", "شركة خدمات نفطية تونسية", "الليبيين"],
    "py4": ["النهار أونلاين", "النهار", "الأجهزة الأمنية الجزائرية", "عبد السلام الإدريسي", "الجيش الوطني الشعبي"],
    "py5": ["صدى الاقتصادية", "المنطقة الوسطى", "لا أدري", "زلة في جدول الصيانة", "شركة الزويتينة للنفط"],
}

PHEN = {
    "py1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
            "ambiguity_tripoli", "town_vs_district", "coverage_bases", "coverage_oil"],
    "py2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
            "town_vs_district", "coverage_oil", "coverage_crossings", "border_phrase", "coverage_neighbours",
            "countries"],
    "py3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
            "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_oil", "coverage_crossings",
            "coverage_neighbours", "countries"],
    "py4": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_idri",
            "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours",
            "countries"],
    "py5": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "ambiguity_idri",
            "ambiguity_tripoli", "vague_area", "coverage_oil"],
}

MOVES = {
    "py1": [
        mv("deploy", "reported", LNA, ["قاعدة الجفرة الجوية"], ["حقل زلة"], ["ودان"]),
        mv("withdraw", "reported", LNA, ["حقل زلة"], ["هون"]),
        mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار هون"]),
        mv("withdraw", "denied", LNA, ["مرادة"]),
        mv("reinforce", "conditional", LNA, ["سوكنة"], ["زلة"]),
    ],
    "py2": [
        mv("reinforce", "reported", LNA, ["اجدابيا"], ["اوجلة"]),
        mv("redeploy", "reported", LNA, ["جالو"], ["حقل النافورة"]),
        mv("mobilise", "planned", LNA, [], ["جالو"]),
        mv("shipment", "conditional", LNA, ["ميناء البريقة"], ["أوجلة"]),
        mv("deploy", "denied", "Egyptian army", [], ["الجفرة"]),
    ],
    "py3": [
        mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء راس لانوف"]),
        mv("advance", "reported", LNA, ["ميناء راس لانوف"], ["مرادة"]),
        mv("shipment", "planned", LNA, ["البريقة"], ["حقل زلة"]),
        mv("naval_landing", "conditional", LNA, ["بنغازي"], ["ميناء البريقة"]),
        mv("advance", "denied", "GNA forces", ["مصراتة"], ["الجفرة"]),
    ],
    "py4": [
        mv("redeploy", "reported", LNA, ["إدري"], ["هون"], ["براك"]),
        mv("airlift", "reported", LNA, ["قاعدة تمنهنت"], ["قاعدة الجفرة الجوية"]),
        mv("deploy", "planned", LNA, [], ["زلة"]),
        mv("redeploy", "conditional", LNA, ["قاعدة براك الجوية"], ["هون"]),
        mv("reinforce", "denied", "Algerian army", [], ["الحدود مع ليبيا"]),
    ],
    "py5": [
        mv("withdraw", "denied", LNA, ["حقل زله"]),
        mv("shipment", "reported", LNA, ["اجدابيا"], ["حقل زله"], ["مرادة"]),
        mv("mobilise", "reported", LNA, [], ["ودان"]),
        mv("redeploy", "planned", LNA, ["مرادة"], ["زلة"]),
        mv("redeploy", "planned", LNA, ["حقل النافورة"], ["مرادة"]),
        mv("advance", "conditional", LNA, ["زلة"], ["الهروج"]),
    ],
}

NOTES = {
    "py1": "Sputnik Arabic, Hun: LNA rotation at the Zillah field — the incoming battalion Jufra air base→Zillah field "
           "via Waddan (deploy, the field resolved from «الحقل»), the outgoing one back to Hun (withdraw), a planned "
           "engineer airlift Benina air base→Hun airport, the oil guards' denied pull-out from Marada (headline repeats "
           "it) and a conditional Sokna→Zillah reinforcement «إذا تكررت». Traps: the Sirte–Jufra operations room, "
           "«شارع طرابلس» in Hun, the spokesman «الهوني», «زلة لسان», the Zueitina company; «مرهونة» holds «هون».",
    "py2": "Al-Shorouk, Cairo: an LNA column Ajdabiya→Awjila (spelled اوجلة in the body, أوجلة in the headline), a "
           "company Jalu→the Nafoora field (redeploy), a planned build-up in Jalu, conditional fuel/ammunition convoys "
           "Brega port→Awjila «في حال» and an Egyptian denial of troops in Jufra. Egyptian workers going home via the "
           "Amsaad crossing are a civilian flow, not a movement; Cairo is dateline and speaker.",
    "py3": "Euronews Arabic, Tunis: an LNA landing Benghazi port→Ras Lanuf port and part of the force on to Marada "
           "(advance), a planned military supply convoy Brega→Zillah field, a conditional landing at Brega port from "
           "Benghazi «إذا» and the GNA staff's denial of a Misrata→Jufra move. Tunisian workers evacuated via Ras "
           "Ajdir are not a movement; Tunis (dateline, تونس العاصمة) vs Tunisia (الحدود مع تونس).",
    "py4": "Ennahar, Algiers: an LNA battalion Idri→Hun via Brak (redeploy), an Il-76 airlift Tamanhint air base→"
           "Jufra air base, a planned company for Zillah (no origin written), the rest of the battalion's conditional "
           "move Brak air base→Hun «لن … إلا إذا» and Algeria's denied border reinforcement. Smugglers near Djanet are "
           "not a movement; Algiers (dateline) vs Algeria (headline, speaker); Idri vs the officer «الإدريسي».",
    "py5": "Sada Economic, Benghazi: the oil guards' denied pull-out from the Zillah field (حقل زله, headline repeats "
           "it), a military supply convoy Ajdabiya→the field via Marada, an LNA build-up in Waddan, two planned "
           "rotation legs (Marada→Zillah, Nafoora field→Marada «تحل محلها») and a conditional advance Zillah→Al "
           "Haruj «في حال». Traps: «لا أدري», «زلة في جدول الصيانة», the Zueitina company.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("py1", "py2", "py3", "py4", "py5")
