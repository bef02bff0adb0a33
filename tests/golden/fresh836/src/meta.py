# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (row أجدابيا)
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 # qff1 Ramadan in Tripoli (Al-Anbaa)
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "abusalim": ("town", "LY", 32.88743, 13.18733, "Abu Salim"),                           # G (row on the Tripoli point)
 "souqjuma": ("town", "LY", 32.88300, 13.23300, "Souq al Jum'aa"),                      # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "jeddah": ("city", "SA", 21.49012, 39.18624, "Jeddah"),                                # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                             # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 # qff2 Eid al-Fitr in Misrata (Sada El Balad)
 "misrata_mun": ("district", "LY", 32.37535, 15.09254, "Misrata municipality"),         # G* (city row)
 "qasrahmed_port": ("crossing", "LY", 32.355, 15.215, "Misrata port (Qasr Ahmed)"),      # K
 "dafniya": ("village", "LY", 32.35000, 14.88000, "Dafniya"),                           # G
 "zawiyat_mahjub": ("town", "LY", 32.385, 15.030, "Zawiyat al-Mahjub"),                 # K
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 "border_eg_ly": ("region", "LY", 31.45, 24.95, "Libya-Egypt border (Libyan side, near Amsaad)"),  # K
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 # qff3 municipal elections in Benghazi and the east (Akhbar Al Khaleej)
 "benghazi_mun": ("district", "LY", 32.11486, 20.06859, "Benghazi municipality"),       # G* (city row)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "sabri": ("town", "LY", 32.11486, 20.06859, "As Sabri"),                               # G (row on the Benghazi point)
 "sidihussein": ("town", "LY", 32.11486, 20.06859, "Sidi Hussein (Benghazi)"),          # G (row on the Benghazi point)
 "kish": ("town", "LY", 32.11486, 20.06859, "Al Kish"),                                 # G (row on the Benghazi point)
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                               # G
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Eastern region (Cyrenaica)"),       # G* (row برقة)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "tocra": ("town", "LY", 32.53414, 20.57911, "Tocra"),                                  # G
 "qaryunis": ("town", "LY", 32.11486, 20.06859, "Qar Yunis"),                           # G (row on the Benghazi point)
 "ganfouda": ("town", "LY", 32.11486, 20.06859, "Ganfouda (Benghazi)"),                 # G (row on the Benghazi point)
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "zueitina": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),           # G* (town row الزويتينة)
 # qff4 Eid al-Adha in Sabha (Alyaoum24)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "manshiya": ("town", "LY", 27.03766, 14.42832, "Al Manshiya (Sabha)"),                 # G (row on the Sabha point)
 "jadid": ("town", "LY", 27.05000, 14.40000, "Al Jadid (Sabha)"),                       # G* (row kind city)
 "sabha_mun": ("district", "LY", 27.03766, 14.42832, "Sabha municipality"),             # G* (city row)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                            # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # qff5 general elections (Al-Quds Al-Arabi)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (row هون, README convention)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "warshefana": ("district", "LY", 32.51012, 13.02794, "Warshefana (Al Jafara)"),        # G* (district row الجفارة)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
}

TRAPS = {
 "qff1": ["الأنباء", "شرطة النجدة", "الصلوات الخمس", "القوة المشتركة", "الطرابلسي", "اللواء 444 قتال", "جهاز الردع",
          "الليبية"],
 "qff2": ["صدى البلد", "المصراتي", "قناة مصراتة", "الكتيبة 166", "الجيش الوطني الليبي", "الليبية", "المصريين"],
 "qff3": ["أخبار الخليج", "اللواء 106 مجحفل", "الجيش الوطني الليبي", "قوات الصاعقة", "الأوراق البيضاء", "إدريس الفيتوري",
          "الليبية"],
 "qff4": ["اليوم 24", "اللواء السادس مشاة", "الجيش الوطني الليبي", "المجلس البلدي الجديد", "صلاة المغرب",
          "المنطقة العسكرية سبها", "إدريس الطاهر", "الإدريسي", "تشادية", "المغربية"],
 "qff5": ["القدس العربي", "الجيش الوطني الليبي", "اللجنة العسكرية (5+5)", "الجيش اللبناني", "اللبنانية"],
}

PHEN = {
 "qff1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_crossings",
          "countries"],
 "qff2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "border_phrase",
          "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qff3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours",
          "countries"],
 "qff4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qff5": ["clitics", "spelling", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "vague_area", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qff1": [
  mv("deploy", "reported", "GNA forces", ["تاجوراء"], ["أبو سليم", "سوق الجمعة"]),
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["طرابلس"], ["زليتن", "الخمس"]),
  mv("redeploy", "planned", "GNA forces", ["ترهونة"], ["مطار معيتيقة"]),
  mv("naval_landing", "planned", "GNA forces", ["ميناء الخمس"], ["ميناء طرابلس"]),
  mv("deploy", "conditional", "GNA forces", ["قاعدة معيتيقة"], ["عين زارة"]),
  mv("withdraw", "denied", "GNA forces", ["جنزور"], ["الزاوية"]),
 ],
 "qff2": [
  mv("redeploy", "reported", "Misrata forces", ["الدافنية"], ["زاوية المحجوب", "مصراتة"]),
  mv("airlift", "planned", "GNA forces", ["مطار معيتيقة"], ["مطار مصراتة"]),
  mv("naval_landing", "reported", "GNA forces", ["ميناء طرابلس"], ["ميناء قصر أحمد"]),
  mv("deploy", "conditional", "Misrata forces", ["مصراتة"], ["تاورغاء"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["قاعدة القرضابية"]),
 ],
 "qff3": [
  mv("deploy", "reported", "Libyan National Army", ["الرجمة"], ["الصابري", "سيدي حسين", "الكيش"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("redeploy", "planned", "Libyan National Army", ["المرج"], ["البيضاء"]),
  mv("reinforce", "conditional", "Libyan National Army", ["توكرة"], ["قاريونس", "قنفودة"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["درنة"]),
 ],
 "qff4": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["سبها", "المنشية", "الجديد"]),
  mv("shipment", "reported", "Libyan National Army", ["براك"], ["سبها"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["مطار سبها"]),
  mv("deploy", "conditional", "Libyan National Army", ["سبها"], ["مرزق"]),
  mv("advance", "denied", "Chadian armed groups", ["تجرهي"], ["القطرون"]),
 ],
 "qff5": [
  mv("deploy", "reported", "GNA forces", ["مصراتة"], ["سرت"]),
  mv("withdraw", "planned", "GNA forces", ["سرت"], ["مصراتة"]),
  mv("deploy", "planned", "Libyan National Army", ["بنغازي"], ["سرت"], ["اجدابيا"]),
  mv("advance", "conditional", "Misrata forces", ["مصراتة"], ["طرابلس"]),
  mv("shipment", "denied", None, ["الزنتان"], ["طرابلس"]),
 ],
}

NOTES = {
 "qff1": "Ramadan plan in Tripoli: GNU interior patrols Tajura→Abu Salim and Souq al-Jum'a markets; the Misrata 'Joint "
         "Force' Misrata→Tripoli via Zliten and Al-Khums; a planned 444 Brigade company Tarhuna→Mitiga airport (Jeddah = "
         "pilgrims' flights, not a movement place); a planned marine landing Khums port→Tripoli port; Radaa's "
         "conditional move Mitiga base→Ain Zara; a denied pull-back of patrols Janzour→Zawiya (Janzour also only a "
         "locator of 'Gate 27'). Kuwait = the minister's visit; traps: 'الصلوات الخمس' (Al-Khums), 'شرطة النجدة' "
         "(Jeddah inside), 'الطرابلسي' (spokesman).",
 "qff2": "Eid al-Fitr in Misrata: city brigades Dafniya→prayer grounds in Zawiyat al-Mahjub and central Misrata; a planned "
         "GNU special-forces flight Mitiga airport→Misrata airport (Tripoli only locates Mitiga); marines landed Tripoli "
         "port→Qasr Ahmed port; Brigade 166's conditional move Misrata→Tawergha; the LNA's denied massing at Gardabya "
         "base (Sirte locates the base, Benghazi is the speaker); Bani Walid only names a road; Egyptian workers via the "
         "Amsaad crossing and civilian flights Misrata airport→Cairo/Alexandria are not force movements.",
 "qff3": "Benghazi municipal elections: LNA units Al-Rajma→polling centres in Sabri, Sidi Hussein and Al-Kish; Saiqa "
         "airlifted Benina air base→Kufra airport (headline 'جسر جوي إلى الكفرة' repeats it); a planned company "
         "Al-Marj→Al-Bayda; conditional reinforcements Tocra→Qar Yunis and Ganfouda; a denied massing of 20 vehicles in "
         "Derna. Sudan (refugees), Tobruk and Ajdabiya (later rounds) and the Zueitina terminal (guards stay put) are not "
         "movement places; 'الأوراق البيضاء' (blank ballots) is a trap beside gold Al-Bayda; 'إدريس الفيتوري' a person.",
 "qff4": "Eid al-Adha in Sabha: LNA 6th Infantry reinforcement Tamanhint base→Sabha (Al-Manshiya livestock market, "
         "Al-Jadid entrances); an ammunition-and-fuel convoy Brak→Sabha ('المدينة'); a planned cargo flight Jufra air "
         "base→Sabha airport; a conditional company Sabha→Murzuq; Chadian groups' denied advance Tajarhi→Al-Qatrun (the "
         "Niger border and Toummo crossing are only the patrols' range). El Feel field, Idri/Wadi al-Shati (activist's "
         "home), Bouznika and Morocco are not movement places; traps 'المجلس البلدي الجديد', 'صلاة المغرب', "
         "'إدريس الطاهر', 'الإدريسي'.",
 "qff5": "General elections: a joint 5+5 force's GNA contingent Misrata→Sirte and its planned return Sirte→Misrata after "
         "the results; a planned LNA unit Benghazi→Sirte via Ajdabiya; Misrata brigades' conditional move towards "
         "Tripoli; a denied shipment of armour and ammunition Zintan→Tripoli (no force named: actor null), whose photos were from Tripoli in Lebanon "
         "(LB, not a movement place). London dateline, Tripoli as seat of the chief of staff, the four cities of the "
         "plan, Sabha–Jufra road gates, Zintan/Warshefana as addressees, Tunisia/Algeria (observers) and Fezzan are not "
         "movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qff1", "qff2", "qff3", "qff4", "qff5")
