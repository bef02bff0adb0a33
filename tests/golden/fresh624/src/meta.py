# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "jordan": ("country", "JO", 31.26963, 36.29991, "Jordan"),                             # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                         # G
 # the central coast (shared)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "gulf_sirte": ("region", "LY", 30.90000, 18.00000, "Gulf of Sirte"),                   # G
 "qardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G (written القرضابية / الغردابية)
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                                # G
 "harawa_mun": ("district", "LY", 31.05000, 17.15000, "Harawa municipality"),           # G* (town row)
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G (written بنجواد in xb1)
 "nofaliya": ("town", "LY", 30.78306, 17.83306, "Nofaliya"),                            # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "misrata_port": ("crossing", "LY", 32.36, 15.21, "Port of Misrata (Qasr Ahmed)"),     # K
 "sirte_port": ("crossing", "LY", 31.215, 16.575, "Port of Sirte"),                     # K
 "umm_khanafis": ("region", "LY", 30.95, 16.45, "Umm al-Khanafis area (near Sirte)"),   # K (uncertain, see README)
 "central": ("region", "LY", 30.80, 16.50, "Central region of Libya"),                  # K
 "jufra": ("district", "LY", 29.15, 16.05, "Al Jufra"),                                 # K (README convention: point near Hun/Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "agheila": ("town", "LY", 30.25583, 19.19944, "El Agheila"),                           # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 "raslanuf_airport": ("airport", "LY", 30.50000, 18.52720, "Ras Lanuf Oil Airport"),    # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (written اجدابيا)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G (written طرابلس الغرب in xb2)
 # xb1 datelines and venues (Al-Quds Al-Arabi)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 # xb2 Lebanon (Al-Liwaa)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tabbaneh": ("district", "LB", 34.44300, 35.84000, "Bab al-Tabbaneh"),                 # G* (row kind town; README: Lebanese neighbourhoods are district)
 "akkar": ("district", "LB", 34.53, 36.08, "Akkar"),                                    # K
 "border_lb_sy": ("region", "LB", 34.62, 36.20, "Lebanon-Syria border (Lebanese side, Akkar)"),  # K
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 # xb3 Jordan (Ammon)
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G (written عمّان)
 # xb4 Oman daily
 "muscat": ("city", "OM", 23.58413, 58.40778, "Muscat"),                                # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "mersin_port": ("crossing", "TR", 36.795, 34.645, "Port of Mersin"),                   # K
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # xb5 Egypt (Sada El Balad)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "border_eg": ("region", "EG", 31.0, 25.15, "Egypt-Libya border (Egyptian side)"),      # K
 "sidibarrani": ("town", "EG", 31.61083, 25.92556, "Sidi Barrani"),                     # G
}

TRAPS = {
 "xb1": ["القدس العربي", "الأمريكية", "الفيلق الأفريقي", "الروسي", "طارق بن زياد", "الجيش الوطني الليبي",
         "عادل السرتي", "الليبي", "غرفة عمليات تأمين وحماية سرت والجفرة"],
 "xb2": ["لبنانية", "اللواء", "المصراتية", "الجيش الوطني الليبي", "التركية", "سوريين"],
 "xb3": ["عمون", "ليبية", "الجيش الوطني الليبي", "سرت أنباء", "روسية", "الأردني", "سليمان الكركي", "الليبيين"],
 "xb4": ["عُمان", "المشهد الليبي", "ليبية", "الجيش الوطني الليبي", "ليبيا روحها الوطن", "إيريني", "الأوروبية",
         "إيطالية", "يونانية", "التركية", "التركي", "المنطقة العسكرية الوسطى", "المغربي",
         "عبد الإله الإدريسي", "الروسي"],
 "xb5": ["صدى البلد", "الجيش الوطني الليبي", "المرصد السوري لحقوق الإنسان", "السوريين", "ليبية", "المصري",
         "حسام المنياوي", "إدريس الفرجاني", "روسية", "زلة لسان", "المنطقة العسكرية الغربية"],
}

PHEN = {
 "xb1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "coverage_bases", "countries"],
 "xb2": ["clitics", "multiword", "media_trap", "nisba", "ambiguity_tripoli", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_oil", "countries"],
 "xb3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "coverage_bases", "coverage_oil", "countries"],
 "xb4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "xb5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "xb1": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة القرضابية"]),
  mv("redeploy", "reported", "Libyan National Army", ["بنجواد"], ["هراوة"]),
  mv("redeploy", "planned", "Russian forces", ["القرضابية"], ["مطار راس لانوف"]),
  mv("advance", "conditional", "GNA forces", ["الوشكة"], ["سرت"]),
  mv("withdraw", "denied", "Libyan National Army", ["النوفلية"], ["العقيلة"]),
 ],
 "xb2": [
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["أبوقرين"], ["تاورغاء"]),
  mv("reinforce", "conditional", "Libyan National Army", ["الجفرة"], ["سرت"]),
  mv("redeploy", "planned", "Turkish armed forces", ["قاعدة الوطية"], ["مطار مصراتة"]),
  mv("airlift", "denied", "Syrian mercenaries", ["تركيا"], ["مصراتة"]),
 ],
 "xb3": [
  mv("reinforce", "reported", "Libyan National Army", ["اجدابيا"], ["بن جواد"], ["رأس لانوف"]),
  mv("redeploy", "reported", "Wagner Group", ["هراوه"], ["النوفلية"]),
  mv("withdraw", "conditional", "Libyan National Army", ["بن جواد"], ["اجدابيا"]),
  mv("deploy", "planned", "Libyan National Army", ["قاعدة الخادم"], ["قاعدة الغردابية"]),
  mv("mobilise", "denied", "GNA forces", [], ["بويرات الحسون"]),
 ],
 "xb4": [
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء سرت"]),
  mv("naval_landing", "planned", "Libyan National Army", ["ميناء راس لانوف"], ["سرت"]),
  mv("airlift", "planned", "Russian forces", ["قاعدة حميميم"], ["قاعدة القرضابية"]),
  mv("shipment", "denied", "Turkish armed forces", ["ميناء مرسين"], ["ميناء مصراتة"]),
  mv("reinforce", "conditional", "GNA forces", ["مصراتة"], ["أبوقرين"]),
 ],
 "xb5": [
  mv("mobilise", "reported", "Libyan National Army", [], ["أم الخنافس"]),
  mv("deploy", "reported", "Syrian mercenaries", ["مصراتة"], ["الوشكة"]),
  mv("shipment", "reported", "GNA forces", ["ميناء مصراتة"], ["بويرات الحسون"]),
  mv("redeploy", "planned", "Libyan National Army", ["المرج"], ["هراوة"]),
  mv("advance", "conditional", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["الحدود مع ليبيا"]),
  mv("withdraw", "denied", "Russian forces", ["سرت"], ["الجفرة"]),
 ],
}

NOTES = {
 "xb1": "Satellite images and hedges ('يُعتقد', 'رجّح', 'لم يتسنَّ التحقق'): two Il-76s believed to have flown Russian "
        "(Africa Corps) personnel Jufra air base→Qardabiya base; an LNA column Bin Jawad (written بنجواد)→Harawa ('east of "
        "Sirte' and '60 km from the city' only locate it); an analyst's reading of a planned air-defence move "
        "Qardabiya→Ras Lanuf airport; GNA forces at Al-Washka will not move on Sirte unless Russians arrive "
        "(conditional); the LNA denies a pull-out Nofaliya→El Agheila. London (dateline), Moscow, Istanbul, Misrata "
        "(speaker), Geneva (venue) and the Gulf of Sirte are not movement places; Sirte inside the operations-room "
        "name and the person عادل السرتي are traps.",
 "xb2": "Lebanese daily: families in Tripoli (Lebanon) and Akkar worry about workers at Ras Lanuf; drone footage of a "
        "Misrata column Misrata→Abu Qurayn via Tawergha (reported, hedged 'قالت إنه'); LNA reinforcements Jufra→Sirte "
        "only if the column moves east of Al-Washka (Al-Washka = condition); a planned Turkish air-defence battery "
        "Al-Watiya base→Misrata airport; the GNA denies flying Syrian fighters Turkey→Misrata. The workers' evacuation "
        "via Benina airport is civilian (no movement); Tripoli (Libya) is written طرابلس الغرب.",
 "xb3": "Jordanian site: a drone hits an LNA column on its way Ajdabiya→Bin Jawad via Ras Lanuf (the strike point '15 km "
        "east of the town' adds nothing); unconfirmed reports ('سرت أنباء', a verb) of Wagner men Harawa (written هراوه)"
        "→Nofaliya; the column will return Bin Jawad→Ajdabiya once its mission ends (بمجرد = conditional); a planned "
        "drone squadron Al-Khadim base→Qardabiya base (written الغردابية); the GNA denies an advance Buwairat al-Hassoun→"
        "Sirte. Amman (dateline), Benghazi (speaker), the central region and the Gulf of Sirte are not movement places.",
 "xb4": "Omani daily from agencies: an LNA landing ship Benghazi port→Sirte port (reported, seen by an Irini aircraft); "
        "Russia's planned airlift of materiel Hmeimim base→Qardabiya base ('near Sirte' is a locator); Turkey denies an "
        "arms ship Mersin port→Misrata port; GNA reinforcements Misrata→Abu Qurayn if the landed troops move out of "
        "Sirte (Sirte = condition). Muscat (dateline), Russia, Syria (locator of Hmeimim), Tunis and Sirte as meeting "
        "venues are not movement places; the newspaper «عُمان» is a trap.",
 "xb5": "Egyptian site: satellite images of an LNA build-up in the Umm al-Khanafis area near Sirte (mobilise, reported); "
        "Syrian mercenaries moved Misrata→front lines near Al-Washka (reported by the Syrian Observatory); a planned "
        "LNA artillery battalion Al-Marj→Harawa (Sirte only a reference); an expert's conditional Egyptian move "
        "Mohamed Naguib base→the border with Libya (Sirte and Jufra in the red line are conditions); the LNA denies a "
        "Russian pull-out Sirte→Jufra. Cairo (dateline), Egypt, Sidi Barrani (2020 speech venue) are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("xb1", "xb2", "xb3", "xb4", "xb5")
