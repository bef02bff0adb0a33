# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # the Sirte–Jufra line
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),             # G* (city row)
 "sirte_port": ("crossing", "LY", 31.215, 16.575, "Port of Sirte"),                     # K
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "gardabiya_airport": ("airport", "LY", 31.06350, 16.59500, "Gardabya Airport"),        # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                                # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun row, README convention)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                # G
 "central_ly": ("region", "LY", 26.33899, 17.22077, "Central Libya"),                   # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 # Misrata and the west
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_port": ("crossing", "LY", 32.367, 15.217, "Port of Misrata (Qasr Ahmad)"),    # K
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 # the east and the south
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "border_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libyan side)"),  # G* (row الحدود الليبية المصرية)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 # abroad
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "border_tn_side": ("region", "TN", 32.95, 11.30, "Tunisia-Libya border (Tunisian side)"),  # K
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
}

TRAPS = {
 "qar1": ["الشرق الأوسط", "الليبية", "الجيش الوطني الليبي", "المصراتية", "سرت شائعات", "غرفة عمليات المنطقة الوسطى",
          "مفتاح السرتي"],
 "qar2": ["الليبي", "القدس العربي", "الروسية", "بركان الغضب", "التركية"],
 "qar3": ["الجيش الليبي", "الوفد", "الجيش الوطني الليبي", "إدريس الفرجاني", "الفيلق الأفريقي", "الروسي", "عسكري مصري",
          "الجيش المصري"],
 "qar4": ["الأنباء", "التونسية", "مقاتل سوداني", "عبد الله الهوني", "السوريين", "زلة لسان", "الجيش التونسي", "تشادية",
          "التركية والروسية"],
 "qar5": ["مصراتية", "بترا", "إدريس القماطي", "الجيش الوطني الليبي", "هون من شأن", "التركية"],
}

PHEN = {
 "qar1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "town_vs_district", "coverage_bases", "countries"],
 "qar2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "vague_area",
          "coverage_bases", "coverage_crossings", "countries"],
 "qar3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qar4": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "qar5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qar1": [
  mv("withdraw", "reported", "Libyan National Army", ["الوشكة"], ["قاعدة القرضابية"]),
  mv("redeploy", "planned", "Misrata forces", ["أبو قرين"], ["الوشكة"]),
  mv("mobilise", "denied", "GNA forces", [], ["بويرات الحسون"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["الوشكة"]),
 ],
 "qar2": [
  mv("reinforce", "reported", "Wagner Group", ["قاعدة الجفرة الجوية"], ["قاعدة القرضابية"]),
  mv("redeploy", "planned", "GNA forces", ["مصراته"], ["أبوقرين"]),
  mv("shipment", "denied", None, ["مرفأ طرابلس"], ["ميناء مصراتة"]),
  mv("advance", "conditional", "Libyan National Army", ["سرت"], ["الوشكة"]),
 ],
 "qar3": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار القرضابية"]),
  mv("naval_landing", "planned", "Libyan National Army", ["قاعدة طبرق البحرية"], ["ميناء سرت"]),
  mv("withdraw", "denied", "Russian forces", ["القرضابية"], ["الجفرة"]),
  mv("advance", "conditional", "Egyptian army", [], ["سرت", "الجفرة"]),
 ],
 "qar4": [
  mv("withdraw", "planned", "Sudanese armed groups", ["الجفرة"], ["الحدود مع السودان"], ["الكفرة"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["هون"]),
  mv("airlift", "denied", "Syrian mercenaries", ["تركيا"], ["مطار معيتيقة"]),
  mv("deploy", "conditional", "Tunisian army", [], ["الحدود مع ليبيا"]),
 ],
 "qar5": [
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["أبوقرين"], ["تاورغا"]),
  mv("shipment", "planned", "Misrata forces", ["زليتن"], ["أبوقرين"]),
  mv("advance", "conditional", "Libyan National Army", ["الوشكة"], ["أبوقرين"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء الخمس"]),
 ],
}

NOTES = {
 "qar1": "Exchange of positions on the line west of Sirte: the LNA pulls two companies Al-Washka→Gardabiya base "
         "(reported), Misrata brigades are to move Abu Grein→Al-Washka (planned), a GNA massing at Buwairat al-Hassoun "
         "is denied, and the LNA will redeploy in Al-Washka only if observers record a breach (conditional). The "
         "observers who flew Tripoli→Gardabiya airport are unarmed monitors, not a force movement; Harawa (drone "
         "overflight), Geneva, Cairo, Misrata (road), Egypt and the Sirte–Jufra 'red line' are not movement places; "
         "'سرت شائعات' (rumours spread) and 'مفتاح السرتي' are traps.",
 "qar2": "Accusations of breaches: satellite images show Wagner vehicles Jufra air base→Gardabiya base (reported); the "
         "GNA will move an artillery battalion Misrata→Abu Grein (planned); a ship with ammunition from the port of "
         "Tripoli (Lebanon) to Misrata port is denied (no force named, actor null); the LNA will advance from Sirte "
         "towards Al-Washka if Turkish drones keep flying (conditional). Geneva, Gardabiya as the Russians' location, "
         "Buwairat al-Hassoun–Jufra as the extent of the line, central Libya and Libya are not movement places.",
 "qar3": "LNA airlift Benina air base→Gardabiya airport (reported); a planned marine landing Tobruk naval base→Sirte "
         "port (the oil crescent, Es Sider and Ras Lanuf are the purpose, not destinations); the denied pull-out of "
         "Russia's Africa Corps Gardabiya→Jufra; an Egyptian conditional advance towards Sirte and Jufra. The 2020 "
         "'red line' (Sirte and Jufra again), Sidi Barrani (speech venue), Cairo, the border with Egypt, 'Tripoli of "
         "the West' (the government) and Abu Grein (GNA-aligned forces stationed there for years, no move) are not "
         "movement places.",
 "qar4": "5+5 meeting in Tunis: Sudanese fighters are to leave Jufra for the border with Sudan via Kufra (planned), "
         "they are already gathering on the outskirts of Hun (reported; Jufra base and Zillah are their former guard "
         "posts); a GNA delegate denies an airlift of Syrian mercenaries Turkey→Mitiga airport; the Tunisian army "
         "will deploy on the border with Libya if fighters head west (conditional). Tunis is venue/dateline, Tunisia "
         "the country; Sirte (earlier round) and southern Libya (a fear) are not movement places.",
 "qar5": "Misrata brigades' column Misrata→Abu Grein via Tawergha (reported, 'the city' = Misrata); a planned fuel and "
         "ammunition convoy Zliten→Abu Grein; the LNA's conditional advance Al-Washka→Abu Grein ('ما لم'); a denied "
         "Turkish marine landing at Khoms port. Al-Washka in 'breaches near Al-Washka', Tripoli (no comment), Algiers "
         "(meeting venue), Algeria and Tunisia (offer of observers, no place), the oil crescent and Es Sider are not "
         "movement places; 'هون من شأن' (downplayed) is a trap.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qar1", "qar2", "qar3", "qar4", "qar5")
