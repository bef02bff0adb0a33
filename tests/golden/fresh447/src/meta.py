# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 # border phrases and vague areas
 "border_eg": ("region", "EG", 31.30, 25.10, "Egyptian side of the border with Libya"),  # K
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),               # G* (row الحدود الليبية السودانية)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "gulf_sirte": ("region", "LY", 30.90000, 18.00000, "Gulf of Sirte"),                   # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, other side)
 # foreign cities (datelines, speakers)
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "dubai": ("city", "AE", 25.07725, 55.30927, "Dubai"),                                  # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 # Sirte and its facilities
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),             # G* (city row)
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G (row قاعدة القرضابية)
 "sirte_port": ("crossing", "LY", 31.2130, 16.5880, "Sirte port"),                       # K
 # Sirte neighbourhoods (district, as the README's Lebanese neighbourhoods)
 "district2": ("district", "LY", 31.2040, 16.5990, "Sirte Residential District 2"),      # K
 "district3": ("district", "LY", 31.2100, 16.5930, "Sirte Residential District 3"),      # K
 "gharbiyat": ("district", "LY", 31.1880, 16.5600, "Al-Gharbiyat (Sirte)"),              # K
 "zafran": ("district", "LY", 31.1970, 16.5640, "Al-Zafran (Sirte)"),                    # K
 "giza_bahriya": ("district", "LY", 31.2140, 16.6060, "Al-Giza al-Bahriya (Sirte)"),     # K
 # around Sirte and the central front
 "abuhadi": ("town", "LY", 31.05926, 16.65905, "Qasr Abu Hadi"),                        # G (row قصر ابو هادي)
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                                # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawwad"),                          # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "hisha": ("village", "LY", 31.64583, 15.28417, "Al-Hisha"),                            # G
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                      # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row)
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 # east and west
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.1080, 20.0500, "Benghazi port"),                 # K
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (row أجدابيا)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
}

TRAPS = {
 "qg1": ["سبوتنيك", "الروسية", "الليبية", "ميلاد السرتي", "السرتي", "غرفة عمليات سرت الكبرى", "الفيلق الأفريقي"],
 "qg2": ["الشروق", "الجيش الليبي", "سالم الوداني", "الوداني", "مصري"],
 "qg3": ["يورونيوز", "الفيلق الأفريقي", "الروسي", "الروسية", "المجلس العسكري مصراتة", "البنيان المرصوص",
         "عبد الله الإدريسي", "من هذه الزاوية"],
 "qg4": ["لوسيل", "درنة", "شارع بنغازي", "عمر الزعفراني", "ما ادري", "الدعم المالي"],
 "qg5": ["الإمارات اليوم", "طارق بن زياد", "الفيلق الأفريقي", "طريق طرابلس", "الليبية", "الروسي"],
}

PHEN = {
 "qg1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "coverage_bases", "coverage_neighbours", "countries"],
 "qg2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "countries"],
 "qg3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "qg4": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "ambiguity_idri", "vague_area",
         "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qg5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "town_vs_district", "coverage_bases", "coverage_oil"],
}

LNA, RU, GNA = "Libyan National Army", "Russian forces", "GNA forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qg1": [
  mv("withdraw", "denied", RU, ["قاعدة القرضابية الجوية"], ["بنغازي"]),
  mv("airlift", "reported", RU, ["قاعدة الجفرة الجوية"], ["قاعدة القرضابية الجوية"]),
  mv("airlift", "reported", RU, ["قاعدة القرضابية الجوية"], ["نيامي"]),
  mv("mobilise", "reported", "Misrata forces", ["مصراتة"], ["أبوقرين"]),
  mv("redeploy", "planned", LNA, ["قاعدة القرضابية الجوية"], ["ميناء سرت"]),
  mv("reinforce", "conditional", LNA, ["بنغازي"], ["سرت"]),
  mv("deploy", "reported", "Wagner Group", [], ["سرت", "القرضابية"]),
 ],
 "qg2": [
  mv("redeploy", "reported", LNA, ["الحي رقم 2"], ["الغربيات"]),
  mv("reinforce", "reported", LNA, ["قاعدة الجفرة"], ["الزعفران"], ["ودان"]),
  mv("withdraw", "denied", LNA, ["الحي الثاني"], ["هراوة"]),
  mv("redeploy", "planned", LNA, ["الجيزة البحرية", "ميناء سرت"], ["قاعدة القرضابية"]),
  mv("deploy", "conditional", LNA, ["بنغازي"], ["الزعفران"]),
  mv("reinforce", "denied", "Egyptian army", [], ["منفذ السلوم"]),
 ],
 "qg3": [
  mv("redeploy", "denied", RU, ["قاعدة القرضابية"], ["ميناء سرت"]),
  mv("shipment", "denied", None, ["طبرق"], ["ميناء سرت", "الحدود مع السودان"]),
  mv("redeploy", "reported", LNA, ["الزعفران"], ["ميناء سرت"]),
  mv("reinforce", "reported", GNA, ["مصراتة"], ["أبوقرين"], ["تاورغاء"]),
  mv("deploy", "planned", GNA, [], ["الوشكة"]),
  mv("advance", "conditional", "Misrata forces", [], ["سرت"]),
  mv("mobilise", "reported", "Misrata forces", [], ["الهيشة"]),
  mv("advance", "reported", LNA, [], ["سرت"]),
 ],
 "qg4": [
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء سرت"], ["خليج سرت"]),
  mv("deploy", "reported", LNA, ["ميناء سرت"], ["قاعدة القرضابية الجوية"], ["الحي رقم 2"]),
  mv("naval_landing", "denied", RU, [], ["ميناء سرت"]),
  mv("redeploy", "planned", LNA, ["طبرق"], ["ميناء سرت"]),
  mv("withdraw", "conditional", LNA, ["ميناء سرت"], ["الغربيات"]),
 ],
 "qg5": [
  mv("reinforce", "reported", LNA, ["بنغازي"], ["الغربيات"], ["اجدابيا", "بن جواد"]),
  mv("shipment", "reported", LNA, ["راس لانوف"], ["قاعدة القرضابية الجوية"]),
  mv("withdraw", "reported", LNA, ["الغربيات"], ["الحي الثاني"]),
  mv("redeploy", "planned", LNA, ["الغربيات"], ["قصر أبو هادي"]),
  mv("redeploy", "denied", RU, ["قاعدة القرضابية الجوية"], ["الجفرة"]),
  mv("advance", "conditional", GNA, ["بوقرين"], ["الوشكة"]),
 ],
}

NOTES = {
 "qg1": ("Sputnik-style Moscow copy: the Russian MoD denies a Gardabiya→Benghazi pull-out (headline repeats it), two Il-76s "
         "Jufra air base→Gardabiya told by a Libyan source («القاعدة» = the base), a planned LNA air-defence company "
         "base→Sirte port, a conditional Benghazi→Sirte reinforcement («لن…إلا إذا»; Misrata/Abu Qurayn only in the "
         "condition) and the 2020 Wagner deployment as a flashback; Al-Gharbiyat/Al-Zafran are presence, Qasr Abu Hadi "
         "and District 3 are locators; traps: the spokesman «السرتي», «غرفة عمليات سرت الكبرى», «الفيلق الأفريقي»."),
 "qg2": ("Cairo daily: LNA reshuffle inside Sirte — 604 Battalion District 2→Al-Gharbiyat, a column Jufra base→Al-Zafran "
         "via Waddan, a denied pull-out District 2→Harawa («الحي الثاني» variant; «لم تنسحب أي وحدة من سرت» restates it), "
         "a planned handover Giza al-Bahriya/port→Gardabiya and a Saiqa company conditional on renewed tension; Cairo, "
         "Jufra and Turkey are context; the officer «الوداني» contains Waddan."),
 "qg3": ("GNU claim vs LNA denial: Africa Corps Gardabiya→Sirte port and an arms ship from Tobruk, both denied; the LNA's "
         "own account (a military-police company Al-Zafran→port) is reported; GNU reinforcements Misrata→Abu Qurayn via "
         "Tawergha, a planned post at Al-Washka, Misrata's conditional advance on Sirte and the LNA's January 2020 entry "
         "(flashback); «حكومة طرابلس» is Tripoli, «المجلس العسكري مصراتة» a trap."),
 "qg4": ("Qatari paper at Sirte port: an LNA landing ship Benghazi port→Sirte port (the ship «درنة» is a trap), the armour "
         "on to Gardabiya through District 2 («شارع بنغازي» is a street), a denied Russian landing, a planned coast-guard "
         "unit Tobruk→port and a pull-out to Al-Gharbiyat «بمجرد» the police take over; civilian ships from Egypt and Turkey "
         "and the Russian naval ambitions in Sirte/Tobruk are not movements; «الدعم المالي» is not Mali."),
 "qg5": ("UAE daily: Tariq bin Ziyad reinforcements Benghazi→Al-Gharbiyat via Ajdabiya and Bin Jawad after a clash at the "
         "«طريق طرابلس» junction, 210 Battalion Al-Gharbiyat→District 2 («من الحي»), a planned company →Qasr Abu Hadi, a "
         "denied Africa Corps move base→Al-Jufra and the GNU's conditional advance Bu Qurayn→Al-Washka («إذا»; the LNA "
         "build-up «غرب سرت» is only the condition); Geneva is the ceasefire venue."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qg1", "qg2", "qg3", "qg4", "qg5")
