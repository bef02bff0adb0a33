# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and foreign cities
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                              # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                              # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                 # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                 # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "border_eg_ly": ("region", "EG", 31.0, 25.15, "Egyptian side of the border with Libya"),  # K
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libyan side of the border with Sudan"),  # G* (row الحدود الليبية السودانية)
 # Libyan cities and bases away from the front
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                             # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                   # G
 "agheila": ("town", "LY", 30.25583, 19.19944, "El Agheila"),                            # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G* (row قاعدة الوطية)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "jufra_dist": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                       # G* (Hun town row, README rule)
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                 # G
 # Misrata and the western side of the line
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "misrata_port": ("crossing", "LY", 32.366, 15.212, "Misrata port (Qasr Ahmad)"),        # K
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                          # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                              # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                  # G
 # Sirte
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),              # G* (city row)
 "sirte_port": ("crossing", "LY", 31.2150, 16.5900, "Sirte port"),                       # K
 "gardabiya": ("village", "LY", 31.06350, 16.59500, "Al Qardabiya (Gardabiya)"),         # G* (base row)
 "gardabiya_base": ("base", "LY", 31.06350, 16.59500, "Gardabiya Air Base"),             # G
 # Oil Crescent
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "nofaliya": ("town", "LY", 30.78306, 17.83306, "Nofaliya"),                             # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                            # G
 "binjawad_mun": ("district", "LY", 30.80418, 18.07720, "Bin Jawad municipality"),       # G* (town row)
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider"),                            # G* (row ميناء السدرة)
 "sider_port": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),          # G
 "raslanuf": ("town", "LY", 30.50000, 18.52720, "Ras Lanuf"),                            # G* (row راس لانوف, kind oilfield)
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil port"),          # G* (row راس لانوف)
 "raslanuf_airport": ("airport", "LY", 30.50000, 18.52720, "Ras Lanuf Oil Airport"),     # G
}

LNA, GNA, MIS = "Libyan National Army", "GNA forces", "Misrata forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "ey1": ["الجيش الليبي", "القيادة العامة للجيش الوطني الليبي", "اليوم السابع", "السرتي", "غرفة عمليات سرت الكبرى", "روسية",
         "شارع طرابلس"],
 "ey2": ["الجيش الوطني الليبي", "قاعات واغادوغو", "المصراتية", "العرب", "انحسرت", "الأتراك", "اتفاق جنيف"],
 "ey3": ["المسار", "الأجدابي", "حرس المنشآت النفطية", "سودانيين", "ما ادري", "شركة راس لانوف لتصنيع النفط والغاز"],
 "ey4": ["الجيش الوطني الليبي", "الشرق", "الغرياني", "تركي", "عملية البنيان المرصوص", "أسرته"],
 "ey5": ["يورونيوز", "أ ف ب", "السوريين", "فرانس برس", "السودانيون", "الروسي", "نوفوستي", "الفيلق الأفريقي",
         "السودانيين", "الإدريسي", "السنوات الخمس", "الأتراك"],
}

PHEN = {
 "ey1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "town_vs_district", "border_phrase", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
 "ey2": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "ey3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_idri", "vague_area", "coverage_oil"],
 "ey4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours"],
 "ey5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases",
         "coverage_neighbours", "countries"],
}

MOVES = {
 "ey1": [
  mv("reinforce", "reported", LNA, ["قاعدة الجفرة الجوية"], ["سرت"], ["ودان"]),
  mv("deploy", "reported", LNA, ["بنغازي"], ["بن جواد"], ["أجدابيا", "البريقة"]),
  mv("redeploy", "reported", LNA, ["ميناء راس لانوف"], ["النوفلية"]),
  mv("deploy", "planned", LNA, [], ["القرضابية"]),
  mv("withdraw", "planned", LNA, ["القرضابية"], ["الجفرة"]),
  mv("mobilise", "reported", MIS, [], ["أبو قرين"]),
  mv("advance", "conditional", MIS, [], ["بويرات الحسون"]),
  mv("withdraw", "denied", "Russian forces", ["قاعدة القرضابية الجوية"], ["الجفرة"]),
 ],
 "ey2": [
  mv("deploy", "reported", LNA, ["سرت"], ["أبوقرين"], ["الوشكة"]),
  mv("deploy", "reported", GNA, ["سرت"], ["أبوقرين"], ["الوشكة"]),
  mv("deploy", "reported", MIS, ["أبوقرين"], ["بويرات الحسون"]),
  mv("deploy", "planned", LNA, [], ["بويرات الحسون"]),
  mv("withdraw", "planned", MIS, ["بويرات الحسون"], ["أبوقرين"]),
  mv("shipment", "conditional", "Turkish armed forces", [], ["ميناء مصراتة"]),
  mv("naval_landing", "denied", GNA, [], ["ميناء سرت"]),
 ],
 "ey3": [
  mv("deploy", "reported", LNA, ["أجدابيا"], ["ميناء رأس لانوف", "ميناء السدرة"], ["البريقة", "العقيلة"]),
  mv("redeploy", "reported", LNA, ["ميناء رأس لانوف", "ميناء السدرة"], ["بن جواد"]),
  mv("shipment", "reported", LNA, ["السدرة"], ["بن جواد"]),
  mv("airlift", "planned", LNA, ["بنغازي"], ["مطار راس لانوف"]),
  mv("advance", "conditional", LNA, [], ["النوفلية"]),
  mv("deploy", "denied", "Sudanese armed groups", [], ["السدرة"]),
 ],
 "ey4": [
  mv("withdraw", "reported", MIS, ["الوشكه"], ["أبوقرين"]),
  mv("withdraw", "reported", LNA, ["بويرات الحسون"], ["سرت"]),
  mv("reinforce", "reported", LNA, ["سرت"], ["بن جواد"], ["النوفلية"]),
  mv("withdraw", "planned", MIS, ["أبوقرين"], ["مصراتة"]),
  mv("naval_landing", "conditional", "Turkish armed forces", [], ["ميناء مصراتة"]),
  mv("redeploy", "denied", "Wagner Group", ["الجفرة"], ["قاعدة القرضابية"]),
 ],
 "ey5": [
  mv("withdraw", "reported", "Sudanese armed groups", ["راس لانوف", "بن جواد"], ["الكفرة"], ["الجفرة"]),
  mv("withdraw", "reported", "Syrian mercenaries", ["أبوقرين"], ["قاعدة الوطية الجوية"]),
  mv("airlift", "planned", "Syrian mercenaries", ["قاعدة الوطية الجوية"], ["تركيا"]),
  mv("deploy", "reported", LNA, [], ["راس لانوف"]),
  mv("withdraw", "conditional", "Russian forces", ["سرت", "قاعدة الجفرة"], []),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["النوفلية"]),
 ],
}

NOTES = {
 "ey1": ("Youm7-style Cairo report. One sentence carries three LNA moves on three routes (Jufra base→Sirte via Waddan, "
         "Benghazi→Bin Jawad via Ajdabiya and Brega, Ras Lanuf port→Nofaliya) joined by «فيما»/«بينما»; a planned "
         "handover of the Gardabiya gate (a company in, Brigade 128 back to Jufra); Misrata massing at Abu Qurayn paired "
         "«في حين» with a conditional advance on Buwairat al-Hassoun (Al-Washka is the condition, not a destination); a "
         "denied Russian pull-out Gardabiya base→Jufra. Not moves: the Sirte–Jufra red line, Egypt's units kept on the "
         "border, the Sirte street reopening."),
 "ey2": ("Al-Arab (London) analysis. A joint LNA+GNA patrol Sirte→Abu Qurayn via Al-Washka (one movement per actor) "
         "paired «بينما» with a Misrata patrol Abu Qurayn→Buwairat al-Hassoun; an agreed (planned) checkpoint handover "
         "at Buwairat (LNA company in, the Misrata patrol back to Abu Qurayn); Turkey's conditional arms shipments to "
         "Misrata port; a denied GNA landing at Sirte port. Not moves: the Ouagadougou-halls meeting, advisers that "
         "'will not be withdrawn' (no place of theirs), Wagner's stationing at Jufra/Gardabiya."),
 "ey3": ("Al-Masar TV-style handover in the Oil Crescent. One sentence: LNA 106 Brigade Ajdabiya→Ras Lanuf port and "
         "Es Sider port via Brega and El Agheila, the outgoing 210 Battalion from both ports→Bin Jawad («فيما»), its "
         "ammunition trucked Es Sider→Bin Jawad («بينما»); a planned engineer airlift Benghazi→Ras Lanuf airport; a "
         "conditional advance to Nofaliya; a denied Sudanese arrival at Es Sider. Traps: the Ras Lanuf company, «ما "
         "ادري», the commander al-Ajdabi."),
 "ey4": ("Asharq-style Misrata report. One sentence with three moves of two sides: Misrata forces Al-Washka→Abu "
         "Qurayn, the LNA Buwairat al-Hassoun→Sirte («فيما»), an LNA artillery battalion Sirte→Bin Jawad via Nofaliya "
         "(«في حين»); a planned 166 Battalion pull-back Abu Qurayn→Misrata; Turkey's conditional landing at Misrata "
         "port; a denied Wagner move Jufra→Gardabiya base. Cairo is only a venue; «أسرته» contains سرت."),
 "ey5": ("Euronews Arabic wire copy (with AFP) on the foreign-fighter withdrawal. One sentence: Sudanese fighters Ras "
         "Lanuf and Bin Jawad→Kufra via Jufra paired «بينما» with Syrians Abu Qurayn→Al-Watiya base, then a planned "
         "airlift Al-Watiya→Turkey; the LNA takes over the vacated Ras Lanuf positions; Russia's conditional pull-out "
         "from Sirte and Jufra base; a denied Sudanese massing at Nofaliya. The later «وصلوا إلى الكفرة» retells the "
         "first move. Not moves: the Tunis meeting, Turkish forces' presence in Misrata, the closed Sudan border."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ey1", "ey2", "ey3", "ey4", "ey5")
