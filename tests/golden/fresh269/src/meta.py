# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # foreign cities and regions
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G* (city row الجزائر; surface الجزائر العاصمة)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "sidi_barrani": ("town", "EG", 31.61083, 25.92556, "Sidi Barrani"),                    # G
 "border_eg": ("region", "EG", 31.20000, 25.10000, "Egypt-Libya border (Egyptian side)"),  # K
 # Libya: regions
 "centre_ly": ("region", "LY", 26.33899, 17.22077, "Central Libya"),                    # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G (row جنوب ليبيا, names include الجنوب الليبي)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 # Libya: cities and towns
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),             # G* (city row)
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "bunjem": ("town", "LY", 30.58000, 15.41000, "Bu Njem"),                               # G
 "jufra": ("district", "LY", 29.13000, 16.05000, "Al Jufra"),                           # K (point between Hun and Waddan)
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "hun_mun": ("district", "LY", 29.12684, 15.94772, "Hun municipality"),                 # G* (town row)
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "fuqaha": ("town", "LY", 27.83333, 16.35000, "Al-Fuqaha"),                             # G
 "zalla": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                 # G
 "marada": ("town", "LY", 29.22054, 19.20454, "Maradah"),                               # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 "nofaliya": ("town", "LY", 30.78306, 17.83306, "Nofaliya"),                            # G
 # Libya: bases, airports, ports, terminals
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G* (row قاعدة القرضابية)
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "misrata_port": ("crossing", "LY", 32.37000, 15.21000, "Misrata port (Qasr Ahmed)"),   # K
 "benghazi_port": ("crossing", "LY", 32.10500, 20.04800, "Benghazi port"),              # K
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa Brega oil port"),          # G* (town row البريقة)
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil port"),         # G (row راس لانوف)
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
}

TRAPS = {
 "jk1": ["شينخوا", "الليبية", "الوداني", "الجيش الوطني الليبي", "شائعات سرت",
         "غرفة عمليات تأمين وحماية سرت والجفرة"],
 "jk2": ["د ب أ", "وكالة الأنباء الألمانية", "الجيش الوطني الليبي", "المجلس العسكري مصراتة",
         "المؤسسة الوطنية للنفط"],
 "jk3": ["سبوتنيك", "الروس", "الجيش الوطني الليبي", "الفيلق الأفريقي", "الطرابلسي", "التركية",
         "الإدريسي", "الليبية"],
 "jk4": ["مصرية", "أ ش أ", "وكالة أنباء الشرق الأوسط", "الليبية", "الأمن القومي المصري",
         "المنطقة الغربية العسكرية", "الجيش الوطني الليبي"],
 "jk5": ["سودانيون", "السودانيين", "إفي", "الهوني", "ما ادري", "الجيش الوطني الليبي", "قوات مصراتة",
         "شارع طرابلس", "زلة لسان"],
}

PHEN = {
 "jk1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases",
         "coverage_neighbours", "countries"],
 "jk2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area",
         "coverage_oil", "countries"],
 "jk3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "jk4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "jk5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA, MIS = "Libyan National Army", "GNA forces", "Misrata forces"
RUS, TUR, SYR = "Russian forces", "Turkish armed forces", "Syrian mercenaries"
EGY, SDN = "Egyptian army", "Sudanese armed groups"

MOVES = {
 "jk1": [
  mv("redeploy", "reported", GNA, ["الوشكة"], ["أبوقرين"]),
  mv("withdraw", "planned", LNA, ["سرت"], ["قاعدة الجفرة الجوية"], ["ودّان"]),
  mv("deploy", "conditional", None, [], ["بويرات الحسون"]),
  mv("reinforce", "denied", LNA, ["بنغازي"], ["سرت"]),
 ],
 "jk2": [
  mv("reinforce", "reported", LNA, ["أجدابيا"], ["ميناء البريقة", "ميناء راس لانوف"]),
  mv("naval_landing", "reported", LNA, ["بنغازي"], ["ميناء السدرة"]),
  mv("deploy", "planned", LNA, [], ["بن جواد", "النوفلية"]),
  mv("withdraw", "denied", LNA, ["رأس لانوف"], ["أجدابيا"]),
  mv("advance", "conditional", MIS, [], ["سرت"]),
 ],
 "jk3": [
  mv("withdraw", "denied", RUS, ["قاعدة القرضابية الجوية"], []),
  mv("airlift", "reported", RUS, ["قاعدة الخادم"], ["قاعدة الجفرة الجوية"]),
  mv("shipment", "planned", RUS, ["الجفرة"], ["قاعدة براك الجوية"]),
  mv("airlift", "reported", SYR, ["مطار مصراتة"], ["تركيا"]),
  mv("reinforce", "conditional", TUR, [], ["ميناء مصراتة"]),
 ],
 "jk4": [
  mv("reinforce", "reported", EGY, ["قاعدة محمد نجيب العسكرية"], ["السلوم"]),
  mv("deploy", "denied", EGY, [], ["ليبيا"], ["منفذ السلوم"]),
  mv("advance", "conditional", EGY, [], ["سرت", "الجفرة"]),
  mv("mobilise", "reported", LNA, [], ["هون", "ودان"]),
  mv("redeploy", "planned", LNA, ["سوكنة"], ["الفقهاء"]),
 ],
 "jk5": [
  mv("withdraw", "reported", SDN, ["الجفرة"], ["الحدود مع السودان"]),
  mv("shipment", "reported", LNA, ["بنغازي"], ["قاعدة الجفرة الجوية"], ["مرادة", "زلة"]),
  mv("naval_landing", "planned", LNA, ["ميناء بنغازي"], ["ميناء رأس لانوف"]),
  mv("mobilise", "conditional", LNA, [], ["سوكنه"]),
  mv("advance", "denied", MIS, ["أبو قرين"], ["بونجيم"]),
 ],
}

NOTES = {
 "jk1": "Xinhua-style agency copy from a 5+5 meeting in Sirte: a reported GNA redeploy Al-Washka->Abu Qurayn, a planned "
        "LNA artillery pull-back Sirte->Jufra air base via Waddan (ودّان with shadda), a conditional deploy of a joint "
        "force (no canonical actor) to Buwairat al-Hassoun and a denied Benghazi->Sirte reinforcement; traps: the verb "
        "«شائعات سرت» (rumours spread), the person «الوداني», the GNA operations room named after Sirte and Jufra; "
        "Tunis (city) in «اجتماع تونس»; Geneva and Tripoli are background.",
 "jk2": "dpa-style copy from Benghazi on the oil crescent: a reported LNA reinforcement Ajdabiya->Brega and Ras Lanuf "
        "ports, a reported sea landing Benghazi->Es Sider terminal, a planned deployment to Bin Jawad and Nofaliya, a "
        "denied pull-out from Ras Lanuf (spelled رأس) towards Ajdabiya and a conditional Misrata advance on Sirte "
        "(«إذا»); Zalla and Marada are where protests spread (not movement places); «المجلس العسكري مصراتة» is a trap.",
 "jk3": "Sputnik-style copy: a denied Russian pull-out from Gardabiya air base, a reported Il-76 airlift Al Khadim->"
        "Jufra air base, a planned Russian supply shipment Jufra->Brak air base, a reported airlift of Syrian "
        "fighters Misrata airport->Turkey and a conditional Turkish reinforcement of Misrata port; traps: the "
        "spokesman «الطرابلسي» after «في طرابلس», the analyst «الإدريسي», «الفيلق الأفريقي»; Ankara/Moscow are speakers.",
 "jk4": "MENA-style copy from Cairo: a reported Egyptian reinforcement Mohamed Naguib base->Sallum (the border phrase "
        "is a locator), a denied crossing into Libya via the Sallum land port, a conditional advance on Sirte and "
        "Jufra, a reported LNA massing in Hun and Waddan and a planned Sokna->Al-Fuqaha battalion move; Algiers "
        "(«الجزائر العاصمة») beside Algeria the country; Sidi Barrani is a flashback venue, not a movement.",
 "jk5": "EFE-style copy from Tripoli: a reported Sudanese (Darfur factions) pull-out Jufra->the border with Sudan, a "
        "reported LNA ammunition/fuel convoy Benghazi->Jufra air base via Marada and Zalla, a planned sea move "
        "Benghazi port->Ras Lanuf port, a conditional LNA massing in Sokna (spelled سوكنه) and a denied Misrata "
        "advance Abu Qurayn (spelled أبو قرين)->Bu Njem; traps: «زلة لسان», «ما ادري», «الهوني», «شارع طرابلس».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("jk1", "jk2", "jk3", "jk4", "jk5")
