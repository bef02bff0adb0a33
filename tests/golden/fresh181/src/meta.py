# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                              # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                  # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                               # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                     # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                     # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Darnah"),                                    # G
 # ga1 Bouznika talks, the Sirte line
 "bouznika": ("town", "MA", 33.7894, -7.1597, "Bouznika"),                                 # K
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                     # G
 "casablanca": ("city", "MA", 33.58831, -7.61138, "Casablanca"),                           # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                    # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                            # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                                # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                     # G
 # ga2 oil money, the fields and terminals
 "dubai": ("city", "AE", 25.07725, 55.30927, "Dubai"),                                     # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                   # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                 # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                       # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                          # G (row راس لانوف)
 "sidra": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),                 # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                       # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa el Brega oil terminal"),      # G* (Brega town row)
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                        # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                                # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                      # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),       # G
 # ga3 Cairo, the Egyptian western border
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                  # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                             # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                       # G
 "border_eg": ("region", "EG", 29.40, 25.10, "Egypt-Libya border (Egyptian side, near Siwa)"),  # K
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),             # G
 "abraq": ("airport", "LY", 32.78870, 21.96430, "La Abraq Airport"),                       # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                              # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                   # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),            # G* (row منفذ امساعد, country EG)
 # ga4 municipal elections, Misrata and the coast
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                 # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                   # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                                  # G
 "zliten_mun": ("district", "LY", 32.46739, 14.56874, "Zliten municipality"),              # G* (town row)
 "khums_mun": ("district", "LY", 32.64861, 14.26191, "Al Khums municipality"),             # G* (town row)
 "misrata_port": ("crossing", "LY", 32.368, 15.214, "Port of Misrata (Qasr Ahmed)"),       # K
 "khums_port": ("crossing", "LY", 32.659, 14.284, "Port of Al Khums"),                     # K
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                            # G
 "dafniya": ("village", "LY", 32.35000, 14.88000, "Dafniya"),                              # G
 # ga5 reconstruction money in the east
 "susa": ("town", "LY", 32.89702, 21.96583, "Susah"),                                      # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                                  # G
 "jabal_akhdar": ("region", "LY", 32.02519, 21.79830, "Jebel Akhdar"),                     # G* (district row, as region)
 "derna_mun": ("district", "LY", 32.76704, 22.63669, "Derna municipality"),                # G* (city row)
 "benghazi_port": ("crossing", "LY", 32.105, 20.052, "Port of Benghazi"),                  # K
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                    # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad border crossing"),               # G
 "border_eg_ly": ("region", "LY", 31.45, 24.95, "Libya-Egypt border (Libyan side, near Amsaad)"),  # K
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                          # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                               # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                       # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),                  # G* (Tobruk city row)
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                                 # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),    # G* (row الحدود الليبية السودانية)
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA, MIS, EGY, TUR, RUS = ("Libyan National Army", "GNA forces", "Misrata forces", "Egyptian army",
                                "Turkish armed forces", "Russian forces")

TRAPS = {
 "ga1": ["هسبريس", "عقيلة صالح", "وكالة المغرب العربي للأنباء", "ناصر بوريطة", "اتفاق الصخيرات", "أحمد المسماري",
         "محمد الغدامسي", "لا أدري", "الليبي"],
 "ga2": ["اقتصاد الشرق", "العجز المالي", "مليتة للنفط والغاز", "علي الزليتني", "الإيطالية"],
 "ga3": ["الشروق", "المصرية", "وفداً ليبياً", "المنطقة الغربية العسكرية", "الأهرام", "الجيش الوطني الليبي"],
 "ga4": ["يورونيوز", "السنوات الخمس", "مصراتة أولاً", "شارع طرابلس", "التركية", "الليبية", "المجلس العسكري مصراتة"],
 "ga5": ["الاقتصادية", "بلقاسم حفتر", "الورقة البيضاء", "اللبنانية", "عملية الكرامة"],
}

PHEN = {
 "ga1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
 "ga2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "vague_area", "coverage_oil", "countries"],
 "ga3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital", "border_phrase",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "ga4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "town_vs_district", "countries"],
 "ga5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
}

MOVES = {
 "ga1": [
  mv("reinforce", "reported", LNA, ["قاعدة الجفرة الجوية"], ["سرت"]),
  mv("withdraw", "denied", GNA, ["أبوقرين"]),
  mv("deploy", "planned", GNA, [], ["الوشكة"]),
  mv("advance", "conditional", LNA, [], ["الوشكة"]),
 ],
 "ga2": [
  mv("redeploy", "reported", LNA, ["رأس لانوف"], ["ميناء السدرة"]),
  mv("deploy", "planned", LNA, ["إدري"], ["حقل الشرارة"]),
  mv("shipment", "denied", None, ["الإمارات"], ["ميناء البريقة"]),
  mv("airlift", "conditional", GNA, ["مطار معيتيقة"], ["غدامس"]),
 ],
 "ga3": [
  mv("reinforce", "reported", EGY, ["مرسى مطروح"], ["سيوة"]),
  mv("airlift", "planned", EGY, ["قاعدة محمد نجيب العسكرية"], ["مطار الأبرق"]),
  mv("withdraw", "denied", LNA, ["الجغبوب"], ["طبرق"]),
  mv("advance", "conditional", EGY, [], ["سرت"]),
 ],
 "ga4": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["الخمس", "زليتن"]),
  mv("shipment", "reported", GNA, ["تركيا"], ["ميناء مصراتة"]),
  mv("naval_landing", "planned", TUR, [], ["ميناء الخمس"]),
  mv("advance", "denied", MIS, ["مصراتة"], ["بني وليد"]),
  mv("mobilise", "conditional", MIS, [], ["الدافنية"]),
 ],
 "ga5": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("redeploy", "planned", LNA, ["اجدابيا"], ["جالو"]),
  mv("naval_landing", "denied", RUS, [], ["ميناء طبرق"]),
  mv("mobilise", "conditional", LNA, [], ["تازربو"]),
 ],
}

NOTES = {
 "ga1": ("Hespress, Bouznika: the House delegation 'withdraws' from the talks, its head 'heads' to Cairo, Morocco "
         "'mobilises support', both camps 'mobilise supporters' in Benghazi and Tripoli (no movements); real moves: an "
         "LNA reinforcement Jufra air base->Sirte (headline + body = one), a denied GNA pull-out from Abu Qurayn, a "
         "planned GNA company for Al-Washka and the LNA's conditional advance on Al-Washka ('west of Sirte' is in the "
         "condition, not an origin)."),
 "ga2": ("Asharq Business, Dubai: the NOC 'deploys' $4bn, 'advances' towards 2m b/d, 'mobilises' finance in London "
         "and Dubai, Italian investment 'lands' off Zuwara, a company 'withdrew' from the project, speculators "
         "'attack' the dinar (no movements); real moves: an LNA battalion Ras Lanuf->Es Sider terminal (redeploy), a "
         "planned LNA company Idri->Sharara field, a denied arms shipment UAE->Brega port and a conditional GNA "
         "airlift Mitiga->Ghadames (Al Wafa field is in the condition)."),
 "ga3": ("Al-Shorouk, Cairo: Libyan delegations 'head' to Cairo and Algiers and one arrived from Benghazi, Egypt "
         "'advances' a plan and will 'mobilise' Arab support (no movements); real moves: an Egyptian reinforcement "
         "Marsa Matruh->Siwa (the border phrase only locates Siwa), a planned Egyptian engineer airlift Mohamed Naguib "
         "base->La Abraq airport (Derna is the purpose), a denied LNA pull-out Jaghbub->Tobruk and Egypt's "
         "conditional advance on Sirte; trucks through the Sallum land port are not a movement."),
 "ga4": ("Euronews Arabic, Misrata: lists 'mobilise' voters, a list 'advances', a candidate 'withdraws' and "
         "'repositions', the commission 'deploys' 400 observers (no movements); real moves: a GNA column Tripoli->Al "
         "Khums and Zliten, an armour shipment from Turkey unloaded at Misrata port (for the GNA chief of staff), a "
         "planned Turkish marine landing at Al Khums port, Misrata's denied column towards Bani Walid ('from the city' "
         "-> Misrata) and a conditional Misrata muster at Dafniya."),
 "ga5": ("Al-Eqtisadiah, Benghazi: the reconstruction fund 'deploys' 2bn dinars in Derna, Susah and Al Bayda and "
         "calls it an 'offensive', the government 'advances' a plan, Egyptian and Turkish investment 'lands' in "
         "Benghazi, a cargo ship of cranes at Benghazi port, trucks through Amsaad (no movements); real moves: an LNA "
         "airlift Benina air base->Kufra airport, a planned battalion Ajdabiya->Jalu, a denied Russian landing at "
         "Tobruk port and a conditional LNA muster in Tazirbu (the Sudan border is in the condition)."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ga1", "ga2", "ga3", "ga4", "ga5")
