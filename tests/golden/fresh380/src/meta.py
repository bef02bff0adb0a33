# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # capitals and cities outside Libya
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # Tripoli and its districts
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "abusalim": ("town", "LY", 32.8460, 13.1890, "Abu Salim"),                             # K (gazetteer row sits on the city point)
 "abusalim_mun": ("district", "LY", 32.8460, 13.1890, "Abu Salim municipality"),        # K (same point as the town)
 "salahaldin": ("town", "LY", 32.8200, 13.2050, "Salah al-Din (Tripoli)"),              # K (gazetteer row sits on the city point)
 "hadba": ("town", "LY", 32.8400, 13.2200, "Al Hadba al Khadra"),                       # K (gazetteer row sits on the city point)
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                             # G
 "souqjumaa": ("town", "LY", 32.88300, 13.23300, "Souq al Jum'aa"),                     # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "wadirabie": ("town", "LY", 32.7700, 13.3200, "Wadi al Rabie"),                        # K (gazetteer row sits on the city point)
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzur"),                               # G
 "qasr": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                        # G
 "sawani": ("town", "LY", 32.71667, 13.06667, "As Sawani"),                             # G
 # bases, airports, ports
 "tekbali": ("base", "LY", 32.8150, 13.2000, "Tekbali Camp (Tripoli)"),                 # K (gazetteer row sits on the city point)
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "abusitta": ("base", "LY", 32.9060, 13.2100, "Abu Sitta Naval Base"),                  # K (gazetteer row sits on the city point)
 "tripoli_port": ("crossing", "LY", 32.9040, 13.1880, "Port of Tripoli"),               # K (no gazetteer row)
 "tip_airport": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),  # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 # west coast
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "judaim": ("town", "LY", 32.78000, 12.80000, "Judaim"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratah"),                            # G
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 # south of Tripoli and the Nafusa mountains
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "aziziya_mun": ("district", "LY", 32.53194, 13.01750, "Al Aziziyah municipality"),     # G* (town row)
 "warshefana": ("region", "LY", 32.6000, 12.9500, "Warshefana"),                        # K
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "birghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                      # G
 "jabal_gharbi": ("region", "LY", 31.9500, 12.5000, "Western Mountain (Jabal Nafusa)"),  # K (gazetteer point is a district centroid far south)
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 # east of Tripoli
 "qarabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 # border regions
 "border_tn": ("region", "LY", 33.1000, 11.5500, "Libya-Tunisia border (coast, Libyan side)"),  # K
 "border_eg": ("region", "EG", 31.0000, 25.2000, "Egypt-Libya border (Egyptian side)"),  # K
}

GNA, ZIN, MIS = "GNA forces", "Zintan forces", "Misrata forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
    "nr1": ["قناة المسار", "شارع الزاوية", "عماد الطرابلسي", "عبد الغني الككلي"],
    "nr2": ["يورونيوز", "فجر ليبيا", "الزنتانية", "ما ادري", "المالي"],
    "nr3": ["بي بي سي نيوز عربي", "قوة حماية طرابلس", "خالد الترهوني", "المصراتيين", "ميدان الجزائر", "الليبية"],
    "nr4": ["الشروق", "محشورة في الزاوية", "زنتانياً", "التركية", "الليبية"],
    "nr5": ["سبوتنيك", "نوري الإدريسي", "المنطقة العسكرية الساحل الغربي", "الخطوط الليبية"],
}

PHEN = {
    "nr1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "ambiguity_tripoli",
            "town_vs_district", "coverage_bases", "coverage_oil", "countries"],
    "nr2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
            "ambiguity_tripoli", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases"],
    "nr3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
            "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "coverage_bases",
            "coverage_crossings", "coverage_neighbours", "countries"],
    "nr4": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
            "vague_area", "town_vs_district", "border_phrase", "coverage_crossings", "coverage_neighbours",
            "countries"],
    "nr5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
            "ambiguity_idri", "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil",
            "coverage_crossings"],
}

MOVES = {
    "nr1": [
        mv("deploy", "reported", GNA, ["معسكر التكبالي"], ["أبو سليم", "صلاح الدين"]),
        mv("reinforce", "reported", GNA, ["تاجوراء"], ["مطار معيتيقة"]),
        mv("withdraw", "denied", GNA, ["أبوسليم"], ["الهضبة"]),
        mv("deploy", "planned", GNA, [], ["عين زارة"]),
        mv("advance", "conditional", None, ["الزاوية"], ["جنزور"]),
    ],
    "nr2": [
        mv("mobilise", "reported", ZIN, ["الزنتان"], ["العزيزية"], ["بئر الغنم"]),
        mv("advance", "denied", ZIN, [], ["مطار طرابلس الدولي"]),
        mv("advance", "conditional", ZIN, ["العزيزية"], ["طرابلس"]),
        mv("withdraw", "reported", GNA, ["السواني"], ["قصر بن غشير"]),
        mv("reinforce", "planned", GNA, ["معسكر التكبالي"], ["قصر بن غشير"]),
    ],
    "nr3": [
        mv("naval_landing", "reported", MIS, ["مصراتة"], ["قاعدة أبوستة البحرية"]),
        mv("reinforce", "reported", MIS, ["مصراتة"], ["تاجورا"], ["القره بوللي"]),
        mv("withdraw", "conditional", GNA, ["أبو سليم"], ["معسكر التكبالي"]),
        mv("redeploy", "planned", GNA, ["ترهونة"], ["وادي الربيع"]),
        mv("redeploy", "denied", GNA, ["قاعدة معيتيقة"], ["عين زارة"]),
    ],
    "nr4": [
        mv("withdraw", "reported", ZIN, ["العزيزية"], ["الزنتان"], ["بئر الغنم"]),
        mv("deploy", "reported", GNA, ["قصر بن غشير"], ["العزيزية"]),
        mv("advance", "conditional", ZIN, [], ["العزيزية"]),
        mv("airlift", "planned", GNA, ["مطار مصراتة"], ["مطار معيتيقة"]),
        mv("shipment", "denied", "Turkish armed forces", [], ["ميناء طرابلس"]),
    ],
    "nr5": [
        mv("deploy", "reported", GNA, [], ["أبو سليم"]),
        mv("withdraw", "reported", ZIN, ["العزيزية"], []),
        mv("mobilise", "reported", None, ["الزاوية"], ["الماية", "جودائم"]),
        mv("airlift", "reported", GNA, ["مطار مصراتة"], ["قاعدة معيتيقة"]),
        mv("shipment", "reported", GNA, ["مصراته"], ["معسكر التكبالي"]),
        mv("withdraw", "denied", GNA, ["صلاح الدين"], []),
        mv("redeploy", "planned", GNA, ["سوق الجمعة"], ["تاجوراء"]),
        mv("naval_landing", "conditional", MIS, ["مصراتة"], ["ميناء طرابلس"]),
    ],
}

NOTES = {
    "nr1": "Al-Masar TV, Tripoli, Monday: a 444 Brigade separation force Tekbali camp→Abu Salim/Salah al-Din (reported), "
           "a Radaa reinforcement Tajura→Mitiga airport told as «محيط المطار» after a headline (reported), the SSA's "
           "denied pull-out أبوسليم→Al-Hadba (spelling variant of أبو سليم), a planned neutral force for Ain Zara, and a "
           "Zawiya battalion's conditional move Zawiya→Janzour («إذا»). Civil flights diverted to Misrata airport and "
           "the refinery its fighters guard are not movement places. Traps: a street, the interior minister "
           "«الطرابلسي», the late SSA chief «الككلي», the outlet.",
    "nr2": "Euronews Arabic, Tripoli, Tuesday: Zintan massing Zintan→Al-Aziziyah via Bir al-Ghanam (reported; the video "
           "retelling «بين الزنتان والعزيزية» is the same move), the Zintan council's denied advance on Tripoli "
           "International Airport, its conditional advance from Al-Aziziyah on the capital («لن… إلا إذا», «بالعزيزية» "
           "with clitic), a 444 company pulled back As-Sawani→Qasr Bin Ghashir (reported) and a planned reinforcement "
           "Tekbali camp→Qasr Bin Ghashir («هناك»). «للزنتان» → زنتان (clitic); «فجر ليبيا», «ما ادري», «المالي» traps.",
    "nr3": "BBC News Arabic, Tripoli, Wednesday: a Misrata sea landing at Abu Sitta naval base and a Misrata road column "
           "to Tajura via Al-Qarabulli (both reported, headline not counted again; «تاجورا» vs «تاجوراء» in the resident's "
           "retelling), a 444 pull-back Abu Salim→Tekbali camp «بمجرد» (conditional), a planned Tarhuna→Wadi al-Rabie "
           "redeploy and Radaa's denied Mitiga base→Ain Zara move. The Ras Ajdir crossing, the border phrase and "
           "Janzour–Sabratha checkpoints are not movements. Traps: «قوة حماية طرابلس», «ميدان الجزائر», «الترهوني».",
    "nr4": "Al-Shorouk, Cairo, Thursday: the Zintan pull-back Al-Aziziyah→Zintan via Bir al-Ghanam («عائدة إلى مدينتها», "
           "reported), a 444 force Qasr Bin Ghashir→Al-Aziziyah (reported), the Zintan commander's conditional return "
           "to Al-Aziziyah, a planned Interior Ministry airlift Misrata airport→Mitiga airport and Turkey's denied "
           "armour shipment to Tripoli port. Cairo and Ankara are speakers; Tunis is a meeting venue; the Egyptian "
           "units on the border with Libya are presence, not movement. Trap: «محشورة في الزاوية».",
    "nr5": "Sputnik Arabic, Tripoli, Sunday weekly round-up: two recap moves (the 444 separation force into Abu Salim, "
           "the Zintan pull-out from Al-Aziziyah, both reported), Zawiya battalions massing in Al-Maya and Judaim "
           "(reported), the Interior Ministry airlift Misrata airport→Mitiga base and an ammunition convoy "
           "«مصراته»→Tekbali camp (reported), the 444's denied pull-out from Salah al-Din, Radaa's planned Souq "
           "al-Jumaa→Tajura redeploy and Misrata's conditional sea move to Tripoli port («في حال»). Civil flights "
           "Tripoli–Tunis are not movements. Traps: «الإدريسي», the western military zone, the airline.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("nr1", "nr2", "nr3", "nr4", "nr5")
