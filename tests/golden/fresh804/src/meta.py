# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # qdz1 Libya v Egypt in Benghazi (Asharq Al-Awsat)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "abyar": ("town", "LY", 32.19000, 20.59653, "Al Abyar"),                               # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "border_eg": ("region", "LY", 31.50, 24.98, "Libya-Egypt border (Libyan side, Emsaed)"),  # K
 "amsaad_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya"),                      # G* (row برقة, Cyrenaica)
 # qdz2 Nejmeh in Tripoli (Al-Liwaa)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "qbg": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                         # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "misrata_port": ("crossing", "LY", 32.375, 15.215, "Port of Misrata (Qasr Ahmad)"),   # K
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G* (row شمال لبنان)
 # qdz3 the Ghadames festival (Diwan FM)
 "tripoint": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G* (row منفذ وازن, country TN)
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),        # G* (town row)
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                    # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                 # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G (row عين أميناس, names include عين أمناس)
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "border_dz": ("region", "DZ", 29.90, 9.47, "Algeria-Libya border (Algerian side, Debdeb)"),  # K
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                   # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 # qdz4 the Mawlid in Zliten (Al-Quds Al-Arabi)
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "zliten_mun": ("district", "LY", 32.46739, 14.56874, "Zliten municipality"),           # G* (city row)
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "dafniya": ("village", "LY", 32.35000, 14.88000, "Dafniya"),                           # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 # qdz5 Al-Ahly Benghazi v Al-Ittihad (Kooora)
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "suluq": ("town", "LY", 31.66818, 20.25205, "Suluq"),                                  # G
 "tocra": ("town", "LY", 32.53414, 20.57911, "Tocra"),                                  # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "labraq_airport": ("airport", "LY", 32.78870, 21.96430, "La Abraq Airport"),           # G
 "jabal_akhdar": ("district", "LY", 32.02519, 21.79830, "Al Jabal al Akhdar"),          # G
}

TRAPS = {
 "qdz1": ["الجيش الوطني الليبي", "شهداء بنينا", "طارق بن زياد", "المنتخب المصري", "الشرق الأوسط", "المنتخبين الليبي والمصري"],
 "qdz2": ["الاتحاد الليبي", "اللواء", "النبيذي", "علي الطرابلسي", "نادي طرابلس"],
 "qdz3": ["مهرجان غدامس", "ديوان أف أم", "عبد الرحمن الغدامسي", "المدرجة", "الجيش التونسي", "الجيش الجزائري",
          "الجيش الوطني الليبي", "الجانب التونسي", "إدريس بن علي"],
 "qdz4": ["القدس العربي", "الزاوية الأسمرية", "عبد السلام الأسمر", "الزليتني", "صلاة المغرب", "الشيخ المغربي",
          "محمد الإدريسي"],
 "qdz5": ["كووورة", "شهداء بنينا", "الأهلي بنغازي", "الأهلي طرابلس", "حمدي البنغازي", "نادي الأخضر", "الدوري الليبي"],
}

PHEN = {
 "qdz1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qdz2": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "vague_area", "coverage_crossings", "coverage_neighbours", "countries"],
 "qdz3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qdz4": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_idri",
          "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "qdz5": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli", "coverage_bases",
          "coverage_crossings"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qdz1": [
  mv("reinforce", "reported", "Libyan National Army", ["المرج"], ["بنغازي"], ["الأبيار"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة الخادم"], ["مطار بنينا"]),
  mv("mobilise", "conditional", "Libyan National Army", ["إجدابيا"], ["بنغازي"]),
  mv("redeploy", "denied", "Libyan National Army", ["سرت", "حقل السرير"]),
 ],
 "qdz2": [
  mv("deploy", "reported", "GNA forces", ["ترهونة"], ["طرابلس"], ["قصر بن غشير"]),
  mv("deploy", "planned", "GNA forces", ["الزاوية"], ["جنزور"]),
  mv("withdraw", "planned", "GNA forces", ["طرابلس"], ["ترهونة"]),
  mv("naval_landing", "conditional", "Misrata forces", ["ميناء مصراتة"], ["ميناء طرابلس"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["العزيزية"]),
 ],
 "qdz3": [
  mv("reinforce", "reported", "GNA forces", ["درج"], ["غدامس"]),
  mv("shipment", "reported", "GNA forces", ["نالوت"], ["غدامس"]),
  mv("redeploy", "planned", "Tunisian army", ["تطاوين"], ["برج الخضراء"], ["رمادة"]),
  mv("reinforce", "conditional", "Algerian army", ["عين أمناس"], ["الدبداب"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["الشويرف"]),
  mv("advance", "denied", "Libyan National Army", ["الشويرف"], ["درج"]),
 ],
 "qdz4": [
  mv("deploy", "reported", "Misrata forces", ["مصراتة"], ["زليتن"], ["الدافنية"]),
  mv("deploy", "planned", "GNA forces", ["الخمس"], ["زليتن"]),
  mv("withdraw", "conditional", "Misrata forces", ["زليتن"], ["مصراتة"]),
  mv("shipment", "denied", "GNA forces", ["قاعدة معيتيقة"], ["زليتن"]),
 ],
 "qdz5": [
  mv("deploy", "reported", "Libyan National Army", ["سلوق"], ["بنغازي"]),
  mv("naval_landing", "reported", "Libyan National Army", ["قاعدة طبرق البحرية"], ["ميناء بنغازي"]),
  mv("deploy", "planned", "Libyan National Army", ["توكرة"], ["مطار بنينا"]),
  mv("reinforce", "conditional", "Libyan National Army", ["البيضاء"], ["بنغازي"]),
  mv("airlift", "denied", "Libyan National Army", ["مطار الأبرق"], ["مطار بنينا"]),
 ],
}

NOTES = {
 "qdz1": "Libya v Egypt in Benghazi: an LNA column Al-Marj→Benghazi via Al-Abyar (the lede's «تعزيزات إلى بنغازي» is "
         "the same move), a planned airlift of military police Al-Khadim base→Benina airport, a conditional massing of "
         "reserves from Ajdabiya in Benghazi, and a denied pull-out of two battalions from Sirte and the Sarir field (no "
         "destination written). Cairo (dateline, team's origin), the Amsaad crossing, the border with Egypt and Tobruk "
         "(Egyptian fans' buses), the stadium «شهداء بنينا» (trap) and eastern Libya are not movement places.",
 "qdz2": "Nejmeh in Tripoli as a Beirut daily tells it («طرابلس الغرب» = the Libyan capital): a 444 Brigade force "
         "Tarhuna→Tripoli via Qasr Bin Ghashir and its planned return Tripoli→Tarhuna 48 hours after the match, a "
         "planned battalion Zawiya→Janzour, the Misrata Joint Force's conditional sea move Misrata port→Tripoli port, "
         "and Zintan's denied column «من المدينة» (= Zintan) towards Al-Aziziyah. Beirut, Mitiga, Lebanon and Tunis are "
         "only the team's and fans' flights; Tripoli (Lebanon) twice and North Lebanon, beside the club «نادي طرابلس» "
         "and the player «الطرابلسي» (traps).",
 "qdz3": "The Ghadames festival from Tunis: a GNA border-guard company Derj→Ghadames and its ammunition trucks "
         "Nalut→Ghadames, a planned Tunisian move Tataouine→Borj El Khadra via Remada, an Algerian conditional "
         "reinforcement In Amenas→Debdeb (the border with Libya is only the condition) and the LNA's denied massing in "
         "Al-Shwayrif with an advance towards Derj. Tunisian tourists via the Dehiba crossing, Nalut and Ghadames are "
         "civilians; the Al-Wafa field is only the sponsor's field; «مهرجان غدامس», «الغدامسي» and «إدريس» are traps; "
         "Tunis is the dateline, تونس in «وفود من تونس والجزائر» the country.",
 "qdz4": "The Mawlid at Zliten's Asmariya shrine: a Joint Force column Misrata→Zliten via Dafniya, a planned police "
         "company Al-Khums→Zliten, the column's conditional return Zliten→Misrata «بمجرد انتهاء الاحتفالات», and a "
         "denied heavy-weapons shipment Mitiga base→Zliten. «الزاوية الأسمرية» (Zawiya inside), «الزليتني», «صلاة "
         "المغرب», «الشيخ المغربي» and «الإدريسي» are traps; Sufi delegations from Tunisia, Algeria and Morocco are "
         "not forces; Tripoli is only the dateline.",
 "qdz5": "Al-Ahly Benghazi v Al-Ittihad: a Saiqa battalion Suluq→Benghazi, marines landed Tobruk naval base→Benghazi "
         "port, a planned company Tocra→Benina airport, a conditional entry of units from Al-Bayda into Benghazi "
         "(Tripoli only in the condition), and a denied airlift La Abraq airport→Benina airport. Fans' flights "
         "Mitiga→Benina and back to Tripoli and the Jabal al-Akhdar supporters are civilian; «الأهلي بنغازي», «الأهلي "
         "طرابلس», «حمدي البنغازي» and «شهداء بنينا» are traps.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qdz1", "qdz2", "qdz3", "qdz4", "qdz5")
