# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "jordan": ("country", "JO", 31.26963, 36.29991, "Jordan"),                             # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 # ej1 Kufra and the south-east (Al-Qabas)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "hawari": ("village", "LY", 24.31667, 23.16667, "Al Hawwari"),                         # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                  # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),               # G* (row الحدود الليبية السودانية)
 "uweinat": ("region", "LY", 21.904, 24.969, "Jebel Uweinat"),                          # K
 # ej2 Misrata (Al-Modon)
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 # ej3 Zuwara (Hespress)
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),           # G* (town row)
 "regdalin": ("town", "LY", 32.88718, 11.98729, "Regdalin"),                            # G* (row سيدي بن زينة)
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 # ej4 Oil Crescent and Jufra (Ammon News)
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "brega_port": ("oilfield", "LY", 30.42, 19.59, "Port of Marsa el Brega"),              # K
 "benghazi_port": ("crossing", "LY", 32.104, 20.055, "Port of Benghazi"),               # K
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row, root README: point near Hun/Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 # ej5 the Tunisian side (Echorouk)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "rasjedir_tn": ("crossing", "TN", 33.15000, 11.56000, "Ras Jedir border crossing"),    # G* (row منفذ رأس جدير, country TN)
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "border_tnside": ("region", "TN", 32.60, 11.00, "Tunisian side of the border with Libya"),  # K
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine governorate"),      # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
}

TRAPS = {
 "ej1": ["القبس", "شارع بنغازي", "غرفة عمليات الجنوب الشرقي", "الجيش الوطني الليبي", "السودانيين"],
 "ej2": ["القوة المشتركة مصراتة", "المدن", "شارع طرابلس", "ليبيا الحدث", "سوريين", "تركية", "لا أدري"],
 "ej3": ["هسبريس", "يوسف الإدريسي", "زنتاني", "التونسي", "تونسية", "مدن الساحل"],
 "ej4": ["عمون", "السرتاوي", "السفينة «طبرق»", "القوات المسلحة العربية الليبية", "الروسية"],
 "ej5": ["الشروق", "نزار الطرابلسي", "تونسي", "الليبي", "الليبية"],
}

PHEN = {
 "ej1": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "border_phrase", "coverage_bases",
         "coverage_neighbours", "countries"],
 "ej2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri"],
 "ej3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "common_word_trap", "ambiguity_idri",
         "town_vs_district",
         "coverage_crossings", "coverage_bases", "coverage_oil", "coverage_neighbours"],
 "ej4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "vague_area",
         "ambiguity_country_capital", "coverage_bases", "coverage_oil", "countries"],
 "ej5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "border_phrase", "vague_area",
         "town_vs_district", "ambiguity_country_capital", "ambiguity_tripoli", "coverage_crossings", "coverage_neighbours", "countries"],
}

LNA, MIS, GNA, TUN = "Libyan National Army", "Misrata forces", "GNA forces", "Tunisian army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "ej1": [
  mv("deploy", "reported", LNA, ["الكفرة"], ["ربيانة"]),
  mv("shipment", "reported", LNA, ["جالو"], ["الكفرة"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("reinforce", "planned", LNA, ["مطار الكفرة"], ["قاعدة معطن السارة"]),
  mv("withdraw", "denied", LNA, ["تازربو"]),
  mv("advance", "conditional", LNA, [], ["جبل العوينات"]),
 ],
 "ej2": [
  mv("mobilise", "reported", MIS, [], ["تاورغاء"]),
  mv("reinforce", "planned", MIS, ["تاورغاء"], ["أبوقرين"]),
  mv("airlift", "denied", "Syrian mercenaries", [], ["مطار مصراتة"]),
  mv("advance", "conditional", MIS, [], ["بويرات الحسون"]),
 ],
 "ej3": [
  mv("withdraw", "reported", None, ["راس اجدير"], ["أبو كماش"]),
  mv("deploy", "reported", GNA, ["قاعدة الوطية"], ["راس اجدير"], ["الجميل"]),
  mv("deploy", "planned", None, ["زوارة"], ["مجمع مليتة"]),
  mv("redeploy", "conditional", None, [], ["رأس اجدير"]),
  mv("deploy", "denied", "Zintan forces", ["الزنتان"], ["رقدالين"]),
 ],
 "ej4": [
  mv("redeploy", "reported", LNA, ["اجدابيا"], ["راس لانوف"], ["البريقة"]),
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء السدرة"]),
  mv("shipment", "planned", LNA, ["بنغازي"], ["قاعدة الجفرة الجوية"]),
  mv("naval_landing", "planned", LNA, [], ["ميناء البريقة"]),
  mv("mobilise", "reported", MIS, [], ["أبوقرين"]),
  mv("advance", "conditional", LNA, [], ["الوشكة"]),
  mv("withdraw", "denied", "Russian forces", ["الجفرة"], ["النيجر"]),
 ],
 "ej5": [
  mv("reinforce", "reported", TUN, ["قابس"], ["بنقردان"], ["مدنين"]),
  mv("withdraw", "reported", None, ["معبر رأس جدير"], ["زوارة"]),
  mv("deploy", "planned", TUN, ["تطاوين"], ["الذهيبة"]),
  mv("deploy", "conditional", TUN, ["جرجيس"], ["رأس جدير"]),
  mv("advance", "denied", TUN, [], ["أبو كماش"], ["معبر رأس جدير"]),
 ],
}

NOTES = {
 "ej1": "Q/A interview (Al-Qabas): an LNA commander in Kufra in the first person — two companies Kufra→Rebiana (reported, "
        "headline retells it), a fuel-and-ammunition convoy Jalu→Kufra (reported shipment), a Benina→Kufra airport airlift and a company on to Maaten al-Sarra «من هناك» (planned), "
        "a denied pull-out from Tazirbu, a conditional advance on Jebel Uweinat; street شارع بنغازي and the operations "
        "room «الجنوب الشرقي» are traps; the smugglers' attack near Al-Hawari is not a move.",
 "ej2": "Q/A interview (Al-Modon): the Misrata Joint Force spokesman — massing at Tawergha (reported), part of it on to Abu "
        "Qurayn «سننقل جزءاً منها» (planned), a denied airlift of Syrian fighters into Misrata airport, a conditional "
        "advance to Buwairat al-Hassoun; «لا أدري» is a common-word trap (Idri); the LNA move from Sirte in the «إذا» clause is the condition, not a movement; "
        "Sirte 2016 is memory without a move.",
 "ej3": "Q/A interview (Hespress): the Zuwara mayor on «our forces» — Zuwara men out of Ras Ajdir to Abu Kammash "
        "(reported), a GNA force Al-Watiya→the crossing via Al-Jumayl (reported), planned patrols Zuwara→Mellitah, a "
        "conditional return to Ras Ajdir «إليه», a denied Zintan column at Regdalin; the byline يوسف الإدريسي is a person; travellers back to Ben Gardane and "
        "the venue Rabat are not moves.",
 "ej4": "Q/A interview by phone (Ammon News): the LNA spokesman — a battalion Ajdabiya→Ras Lanuf via Brega and a landing "
        "at Es Sider port from Benghazi port (reported), a supply convoy Benghazi→Jufra air base and a second landing at Brega port (planned), the "
        "journalist's reported Misrata massing at Abu Qurayn, a conditional advance to Al-Washka if Misrata forces leave Abu Qurayn, a denied Russian pull-out from Jufra to Niger; the ship "
        "«طبرق» and the officer السرتاوي are traps.",
 "ej5": "Q/A interview (Echorouk, Tunis): the Tunisian defence spokesman — a regiment Gabès→Ben Gardane via Medenine and "
        "Libyan gunmen leaving the crossing for Zuwara (reported), an engineer unit Tataouine→Dehiba (planned), navy "
        "boats Zarzis→off Ras Jedir (conditional), a denied crossing into Libya towards Abu Kammash; the 2019 exercise "
        "at Remada is not a move; نزار الطرابلسي is a person; الجنوب التونسي is a vague region and ولاية مدنين the "
        "governorate next to the town مدنين.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ej1", "ej2", "ej3", "ej4", "ej5")
BAR_IN_TEXT = True  # ej1's headline starts «حوار |»: no "|" residue test
