# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # border phrases and vague areas
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "border_eg_ly": ("region", "EG", 31.0, 25.3, "Egypt-Libya border (Egyptian side)"),   # K
 "west_libya": ("region", "LY", 30.79644, 14.18653, "Western Libya"),                  # G* (row إقليم طرابلس)
 # Sirte and its surroundings
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),             # G* (city row)
 "sirte_airport": ("airport", "LY", 31.06350, 16.59500, "Sirte (Gardabya) Airport"),    # G* (row مطار القرضابية)
 "sirte_port": ("crossing", "LY", 31.217, 16.595, "Port of Sirte"),                     # K
 "gardabiya_base": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),             # G (row قاعدة القرضابية)
 "wadi_jarif": ("village", "LY", 31.03, 16.37, "Wadi Jarif"),                           # K
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                                # G
 # the road west to Misrata
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                        # G
 "hisha": ("village", "LY", 31.64583, 15.28417, "Al-Hisha"),                            # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "air_academy": ("base", "LY", 32.32556, 15.05972, "Misrata Air Academy (air base)"),   # G* (airport row)
 "misrata_port": ("crossing", "LY", 32.36, 15.21, "Port of Misrata (Qasr Ahmed)"),      # K
 "misrata_mun": ("district", "LY", 32.37535, 15.09254, "Misrata municipality"),       # G* (city row)
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 # Jufra, the east
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.11, 20.05, "Port of Benghazi"),                 # K
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "es_sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),           # G (row ميناء السدرة)
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                      # G
 # abroad
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "sidi_barrani": ("town", "EG", 31.61083, 25.92556, "Sidi Barrani"),                    # G
 "naguib_base": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),     # G
}

TRAPS = {
 "nj1": ["بوابة إفريقيا الإخبارية", "القيادة العامة للجيش الوطني الليبي", "غرفة عمليات المنطقة الوسطى", "صالح البويراتي", "شارع دبي",
         "روسية", "لا أدري"],
 "nj2": ["التناصح", "المصراتي", "شارع طرابلس", "غرفة عمليات تحرير سرت والجفرة", "سوريين",
         "لا أدري"],
 "nj3": ["الشرق الأوسط", "مجمع واغادوغو للمؤتمرات", "سيل جارف", "الليبية", "قوات الجيش الوطني", "الروس"],
 "nj4": ["الوطن", "الإسكندراني", "المنطقة الغربية العسكرية", "القيادة العامة للجيش الوطني الليبي", "التركية", "المصرية"],
 "nj5": ["بي بي سي", "الهلال الأحمر الليبي", "شارع طرابلس", "التركية", "الأتراك"],
}

PHEN = {
 "nj1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "coverage_bases"],
 "nj2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "town_vs_district", "coverage_bases", "countries"],
 "nj3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "nj4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "nj5": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "town_vs_district", "vague_area", "coverage_bases", "coverage_oil",
         "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA, MIS = "Libyan National Army", "GNA forces", "Misrata forces"

MOVES = {
 "nj1": [
  mv("reinforce", "reported", LNA, ["قاعدة القرضابية الجوية"], ["وادي جارف", "بويرات الحسون"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة القرضابية الجوية"]),
  mv("advance", "conditional", LNA, [], ["أبوقرين"]),
  mv("mobilise", "reported", MIS, ["مصراتة"], ["أبوقرين"], ["تاورغاء"]),
  mv("advance", "planned", MIS, [], ["سرت"]),
  mv("withdraw", "denied", "Russian forces", ["القرضابية"], ["قاعدة الجفرة الجوية"]),
 ],
 "nj2": [
  mv("reinforce", "reported", MIS, ["مصراتة"], ["أبوقرين"], ["تاورغاء", "الهيشة"]),
  mv("mobilise", "reported", GNA, ["زليتن", "الخمس"], ["الهيشة"]),
  mv("redeploy", "reported", MIS, ["بوقرين"], ["الوشكة"]),
  mv("deploy", "planned", GNA, ["الكلية الجوية"], ["أبوقرين"]),
  mv("advance", "conditional", MIS, [], ["بويرات الحسون", "وادي جارف"]),
  mv("airlift", "denied", "Syrian mercenaries", ["تركيا"], ["مطار مصراته"]),
 ],
 "nj3": [
  mv("withdraw", "planned", LNA, ["بويرات الحسون"], ["قاعدة الجفرة الجوية"]),
  mv("withdraw", "planned", GNA, ["الوشكة"], ["مصراتة"]),
  mv("withdraw", "conditional", "Wagner Group", ["القرضابية"], []),
  mv("reinforce", "reported", LNA, ["هراوة"], ["وادي جارف"], ["سرت"]),
  mv("naval_landing", "denied", LNA, ["بنغازي"], ["ميناء سرت"]),
  mv("advance", "denied", GNA, [], ["البويرات"]),
 ],
 "nj4": [
  mv("shipment", "reported", "Turkish armed forces", ["مرسين"], ["ميناء مصراتة"]),
  mv("reinforce", "reported", GNA, ["زليتن"], ["أبو قرين"]),
  mv("redeploy", "reported", LNA, ["وادي جارف"], ["قاعدة القرضابية"]),
  mv("naval_landing", "planned", LNA, ["ميناء بنغازي"], ["ميناء سرت"]),
  mv("advance", "conditional", "Egyptian army", [], ["سرت", "الجفرة"]),
  mv("deploy", "denied", "Egyptian army", [], ["قاعدة القرضابية"]),
 ],
 "nj5": [
  mv("withdraw", "reported", MIS, ["الوشكه"], ["ابوقرين"]),
  mv("withdraw", "reported", LNA, ["البويرات"], ["قاعدة الجفرة الجوية"]),
  mv("deploy", "planned", None, [], ["البويرات", "الوشكة"]),
  mv("advance", "conditional", MIS, [], ["سرت"]),
  mv("shipment", "reported", "Turkish armed forces", [], ["ميناء مصراتة"]),
  mv("deploy", "denied", "Turkish armed forces", [], ["ابوقرين"]),
 ],
}

NOTES = {
 "nj1": "Afrigate-style report from Sirte: an LNA reinforcement Gardabya air base->Wadi Jarif/Buairat al-Hassoun, an "
        "airlift Benina->'the same base' (anaphora), a conditional advance on Abu Grein (لن...إلا إذا), Misrata columns "
        "massing at Abu Grein via Tawergha, a vow to enter Sirte (planned) and a denied Russian pull-out Gardabya->Jufra "
        "air base; the red-line quote, Benghazi (locator), Geneva and Sirte's Dubai Street are not movement places.",
 "nj2": "Al-Tanasuh-style report from Misrata: a Joint Force reinforcement Misrata->Abu Grein via Tawergha and Al-Hisha, "
        "brigades from Zliten and Al-Khums massing at Al-Hisha, artillery repositioned بوقرين->Al-Washka (بوقرين is also "
        "a substring of أبوقرين), a planned air-defence deployment Air Academy->Abu Grein, a conditional advance on "
        "Buairat/Wadi Jarif and a denied airlift of Syrian mercenaries Turkey->Misrata airport (مصراته); a drone strike "
        "near Al-Hisha, a funeral and Misrata's Tripoli Street are not movements or movement places.",
 "nj3": "Asharq Al-Awsat-style report on the 5+5 meeting in Sirte: two planned withdrawals (LNA Buairat->Jufra air base, "
        "GNA Al-Washka->Misrata), a conditional withdrawal of Russian mercenaries from Gardabya (لن...إلا إذا), a reported "
        "LNA column Harawa->Wadi Jarif via Sirte, a denied LNA sea landing Benghazi->Sirte port and a denied GNA advance "
        "on Buairat; the venue, Geneva, Cairo, Ankara, Tunisia, Algeria and the border with Sudan (background presence) "
        "are not movement places.",
 "nj4": "Al-Watan (Egypt)-style analysis of the red line: a Turkish shipment Mersin->Misrata port, a GNA column "
        "Zliten->Abu Grein (أبو قرين), an LNA artillery repositioning Wadi Jarif->Gardabya base, a planned LNA sea move "
        "Benghazi port->Sirte port, Egypt's conditional move on Sirte and Jufra (an expert's إذا) and a denied Egyptian "
        "deployment to Gardabya base; Sidi Barrani (a 2020 speech), the Mohamed Naguib base (background stationing), the "
        "oil ports and the border with Libya (in the denial) are not movement places.",
 "nj5": "BBC Arabic-style week wrap: reported pull-backs Al-Washka (الوشكه)->Abu Grein (ابوقرين) and Buairat->Jufra "
        "air base, planned joint patrols between Buairat and Al-Washka (no named actor), a conditional Misrata advance "
        "on Sirte, the Turkish shipment at Misrata port (reported, confirmed by the GNU) and a denied Turkish deployment "
        "near Abu Grein; Sirte municipality, Sirte airport (civil flights), Tunis and Ankara (venues), Misrata's Tripoli "
        "Street and the Oil Crescent/Es Sider are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("nj1", "nj2", "nj3", "nj4", "nj5")
