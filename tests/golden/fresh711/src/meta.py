# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # the coast road, Misrata -> Tripoli
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "dafniya": ("village", "LY", 32.35000, 14.88000, "Dafniya"),                           # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "zliten_mun": ("district", "LY", 32.46739, 14.56874, "Zliten municipality"),           # G* (city row)
 "kaam": ("village", "LY", 32.56, 14.43, "Wadi Kaam"),                                  # K
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khoms_mun": ("district", "LY", 32.64861, 14.26191, "Al Khums municipality"),          # G* (city row)
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "khoms_navalbase": ("base", "LY", 32.670, 14.250, "Khoms naval base"),                 # K
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                            # G
 "murqub": ("district", "LY", 32.35451, 14.01966, "Al Murqub"),                         # G* (row المرقب)
 "qasrakhyar": ("town", "LY", 32.69677, 13.84634, "Qasr al-Akhyar"),                    # G* (row قصر خيار)
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Garabulli"),                          # G
 "garabulli_mun": ("district", "LY", 32.74506, 13.71467, "Garabulli municipality"),     # G* (town row)
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "tajoura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                               # G
 "tajoura_mun": ("district", "LY", 32.88167, 13.35056, "Tajura municipality"),          # G* (city row)
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                             # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 33.05, 11.70, "Libya-Tunisia border (Libyan side, coast)"),  # K
 "border_eg": ("region", "LY", 31.55, 24.95, "Libya-Egypt border (Libyan side, coast)"),  # K
 "souqjuma": ("town", "LY", 32.88300, 13.23300, "Souq al Jum'aa"),                      # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),          # G* (row مصفاة الزاوية)
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "west_region": ("region", "LY", 30.79644, 14.18653, "Western region (Tripolitania)"),  # G* (row إقليم طرابلس)
 "west_ly": ("region", "LY", 31.8, 13.0, "Western Libya"),                              # K
 # abroad
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
}

TRAPS = {
 "qak1": ["المنارة", "القوة المشتركة مصراتة", "تركية", "السنوات الخمس", "سالم الزليتني", "ليبيا الأحرار", "شارع طرابلس"],
 "qak2": ["الشرق الأوسط", "التركية", "الليبي", "سوري", "عبد السلام الترهوني"],
 "qak3": ["القدس العربي", "لواء المحجوب", "اللبناني", "عادل إدريس"],
 "qak4": ["الأنباء", "الليبية", "الدقائق الخمس", "المصراتية", "الجيش الوطني الليبي"],
 "qak5": ["رؤيا", "سورياً", "التركية", "محمد إدريس"],
}

PHEN = {
 "qak1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "qak2": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "coverage_bases", "coverage_crossings",
          "countries"],
 "qak3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "town_vs_district", "coverage_crossings", "countries"],
 "qak4": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_oil", "coverage_crossings",
          "countries"],
 "qak5": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital", "ambiguity_idri",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qak1": [
  mv("reinforce", "reported", "Misrata forces", ["مصراته"], ["تاجوراء"], ["زليتن", "الخمس", "القره بوللي"]),
  mv("advance", "conditional", "Misrata forces", [], ["طرابلس"]),
  mv("withdraw", "planned", "Misrata forces", ["تاجوراء"], ["مصراته"]),
  mv("reinforce", "denied", "GNA forces", ["ترهونة"], ["قصر الأخيار"]),
 ],
 "qak2": [
  mv("shipment", "reported", "Turkish armed forces", ["مرسين"], ["ميناء الخمس"]),
  mv("naval_landing", "reported", "Turkish armed forces", [], ["قاعدة الخمس البحرية"]),
  mv("deploy", "planned", "GNA forces", ["جنزور"], ["القره بوللي", "قصر الأخيار"]),
  mv("withdraw", "conditional", "Misrata forces", ["القره بوللي"], ["زليتن"]),
  mv("redeploy", "denied", "Syrian mercenaries", ["تاجوراء"], ["الخمس"]),
 ],
 "qak3": [
  mv("deploy", "reported", "GNA forces", [], ["القربوللي"], ["تاجوراء"]),
  mv("withdraw", "conditional", "GNA forces", ["القربوللي"]),
  mv("deploy", "planned", "Misrata forces", ["مصراتة"], ["قصر الأخيار"]),
  mv("shipment", "denied", None, ["مرفأ طرابلس"], ["ميناء الخمس"]),
 ],
 "qak4": [
  mv("airlift", "reported", "GNA forces", ["مطار معيتيقة"], ["مطار مصراتة"]),
  mv("deploy", "reported", "GNA forces", ["مطار مصراتة"], ["الخمس"]),
  mv("naval_landing", "planned", "GNA forces", ["ميناء طرابلس"], ["ميناء الخمس"]),
  mv("advance", "conditional", "Misrata forces", ["زليتن"], ["مسلاتة"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["سرت"]),
 ],
 "qak5": [
  mv("airlift", "reported", "Syrian mercenaries", ["قاعدة معيتيقة"], ["إسطنبول"]),
  mv("mobilise", "reported", None, [], ["سوق الجمعة"]),
  mv("redeploy", "planned", "GNA forces", ["عين زارة"], ["تاجوراء"]),
  mv("reinforce", "conditional", "Misrata forces", [], ["تاجوراء"]),
  mv("withdraw", "denied", "Turkish armed forces", ["قاعدة معيتيقة"], ["قاعدة الخمس البحرية"]),
 ],
}

NOTES = {
 "qak1": "A Misrata Joint Force column (force name = trap) Misrata→Tajoura via Zliten, Khoms and Garabulli on the coast "
         "road; Dafniya and Wadi Kaam are only checkpoints closed to civilians; a conditional entry into central Tripoli "
         "(origin not written; Tajoura there is only where the commander spoke); a planned return Tajoura→Misrata; the "
         "GNA staff's denial of a 444 Brigade reinforcement Tarhuna→Qasr al-Akhyar. Zliten is also the dateline and the "
         "seat of the security directorate and council; 'شارع طرابلس' (a street in Zliten) is a trap; Misrata–Tripoli "
         "(210 km), the borders with Egypt and Tunisia the road runs between, Murqub, Khoms and Msallata in the closing "
         "paragraph are background.",
 "qak2": "A Turkish navy cargo of armour Mersin→Khoms port (Tripoli only locates the port, Ankara the party to the "
         "memorandum); Turkish marines landed at Khoms naval base; a planned GNA force Janzour→Garabulli and Qasr "
         "al-Akhyar ('between Tajoura and Khoms' is the stretch it will secure, not a movement place); Misrata brigades' "
         "conditional pull-back Garabulli→Zliten ('فور تسلم'); Turkey's denial of 300 Syrians moved Tajoura→Khoms. Wadi "
         "Kaam, Khoms and Zliten in the last paragraph are background; Cairo is the dateline.",
 "qak3": "A GNA brigade (111) enters Garabulli via Tajoura (origin 'the capital' not named; Tripoli only in '50 km east "
         "of Tripoli'); its conditional pull-out from 'the town' (= Garabulli; the Garabulli police directorate in the "
         "condition is not a movement place; spokesman Adel Idris is a trap); the Mahjoub brigade's (trap; Misrata forces) planned 25 vehicles "
         "Misrata→Qasr al-Akhyar ('12 km east of Garabulli' is a distance reference); a denied arms shipment from the "
         "port of Tripoli, Lebanon, to Khoms port (no force named → actor null). London is the dateline.",
 "qak4": "GNA special forces airlifted Mitiga airport→Misrata airport, then by road to Khoms (the Garabulli closure is "
         "only the reason; Tripoli locates Mitiga); a planned landing Tripoli port→Khoms port; Misrata's 166 battalion "
         "would advance Zliten→Msallata if the attackers fled there (south of Khoms is part of the condition); the LNA "
         "denies massing 50 vehicles in Sirte ('250 km from Misrata' is a distance reference; the Oil Crescent is where its "
         "forces already are, not a move). Kuwait is the dateline "
         "(city) and the condemning state (country).",
 "qak5": "Syrian fighters airlifted from Mitiga air base (in Tripoli) to Istanbul; a local armed group's reported "
         "massing of 30 vehicles on the edge of Souq al-Juma (no canonical actor → null); a planned GNA battalion Ain "
         "Zara→Tajoura; Misrata brigades' conditional reinforcement of Tajoura (Misrata names the speaker's brigades, no "
         "origin written); Turkey denies its advisers pulled out Mitiga→Khoms naval base. Trucks from Ras Ajdir on the "
         "Tunisian border and tankers from the Zawiya refinery to Misrata are civilian traffic; Janzour, Tunis (speaker), "
         "western Libya and Amman (dateline) are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qak1", "qak2", "qak3", "qak4", "qak5")
