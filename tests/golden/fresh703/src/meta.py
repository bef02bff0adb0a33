# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 "jordan": ("country", "JO", 31.26963, 36.29991, "Jordan"),                             # G
 # shared Libyan cities, towns and facilities
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "shahhat": ("town", "LY", 32.80430, 21.86605, "Shahhat"),                              # G
 "susa": ("town", "LY", 32.89702, 21.96583, "Susa (Apollonia)"),                        # G (row name_ar أبولونيا)
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                              # G
 "martuba": ("town", "LY", 32.57421, 22.76353, "Martuba"),                              # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "Al Abraq Airport"),            # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),         # G* (row برقة)
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "border_eg": ("region", "LY", 31.55, 24.95, "Libya-Egypt border (Libyan side, coast)"),  # K
 # qac1 Shahhat, Al-Bayda and Wadi al-Kuf (Al-Quds Al-Arabi)
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "wadi_kuf": ("region", "LY", 32.69650, 21.56560, "Wadi al-Kuf"),                       # G
 "shahhat_mun": ("district", "LY", 32.80430, 21.86605, "Shahhat municipality"),         # G* (town row)
 "jabal_akhdar": ("region", "LY", 32.65, 21.80, "Green Mountain (Jebel Akhdar)"),       # K
 # qac2 Derna port (France 24)
 "derna_port": ("crossing", "LY", 32.7700, 22.6460, "Port of Derna"),                   # K
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                  # G
 "fataih": ("town", "LY", 32.76704, 22.63669, "Al Fataih (Derna)"),                     # G
 "wadi_derna": ("region", "LY", 32.745, 22.610, "Wadi Derna"),                          # K
 # qac3 Susa and the coast (Monte Carlo Doualiya)
 "sousse": ("city", "TN", 35.82539, 10.63699, "Sousse"),                                # G
 "gernada": ("town", "LY", 32.73174, 21.90350, "Qirnadah (Gernada)"),                   # G
 "monastir_airport": ("airport", "TN", 35.7581, 10.7547, "Monastir Habib Bourguiba Airport"),  # K
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "ras_hilal": ("village", "LY", 32.87000, 22.18000, "Ras al Hilal"),                    # G
 "massah": ("town", "LY", 32.75249, 21.62807, "Massah"),                                # G
 "susa_port": ("crossing", "LY", 32.9020, 21.9640, "Port of Susa"),                     # K
 # qac4 Kuwaiti air bridge and Egyptian engineers (Al-Anba)
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "mubarak_base": ("base", "KW", 29.2400, 47.9700, "Abdullah Al-Mubarak Air Base"),      # K
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G
 "emsaed_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 # qac5 Al-Qubba and the Jordanian field hospital (Roya)
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G* (row عمان, written عمّان)
 "marka_base": ("base", "JO", 31.9727, 35.9916, "Marka (King Abdullah I) Air Base"),    # K
 "umm_rizam": ("town", "LY", 32.53332, 23.00904, "Umm ar Rizam"),                       # G
 "qubba_mun": ("district", "LY", 32.75684, 22.24106, "Al Qubbah municipality"),         # G* (town row)
}

TRAPS = {
 "qac1": ["القدس العربي", "الجيش الوطني الليبي", "سالم الشحاتي", "الخيام البيضاء", "جامعة عمر المختار"],
 "qac2": ["فرانس 24", "الجيش الوطني الليبي", "اللبنانية", "إدريس الفاخري"],
 "qac3": ["مونت كارلو الدولية", "التونسية", "الليبية", "الجيش الوطني الليبي", "فرج الطبرقي", "درع الجبل الأخضر"],
 "qac4": ["الأنباء", "الكويتي", "المصري", "مصري", "الليبية", "الجيش الوطني الليبي"],
 "qac5": ["رؤيا", "الجيش الليبي", "الجيش الوطني الليبي", "الأردني", "الأردنية", "محمد الإدريسي", "الفيلق الأفريقي",
          "القبة البرلمانية"],
}

PHEN = {
 "qac1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "town_vs_district"],
 "qac2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings",
          "countries"],
 "qac3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "coverage_crossings", "coverage_neighbours", "countries"],
 "qac4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qac5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"
MOVES = {
 "qac1": [
  mv("deploy", "reported", LNA, ["بنغازي"], ["شحات"], ["المرج", "البيضاء"]),
  mv("redeploy", "planned", LNA, ["شحات"], ["سوسة"]),
  mv("withdraw", "conditional", LNA, ["وادي الكوف"], ["البيضاء"]),
  mv("mobilise", "denied", LNA, [], ["القبة"]),
 ],
 "qac2": [
  mv("naval_landing", "reported", LNA, ["قاعدة طبرق البحرية"], ["ميناء درنة"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار الأبرق"]),
  mv("reinforce", "conditional", LNA, ["مرتوبة"], ["الفتائح"]),
  mv("withdraw", "denied", LNA, ["درنة"], ["بنغازي"]),
 ],
 "qac3": [
  mv("reinforce", "reported", LNA, ["قرنادة"], ["سوسة"], ["شحات"]),
  mv("redeploy", "planned", LNA, ["سوسة"], ["رأس الهلال"]),
  mv("airlift", "conditional", LNA, ["مطار الأبرق"], ["سوسة"]),
  mv("advance", "reported", LNA, ["البيضاء"], ["مسة"]),
  mv("naval_landing", "denied", "Foreign fighters", [], ["ميناء سوسة"]),
 ],
 "qac4": [
  mv("deploy", "reported", "Egyptian army", ["مرسى مطروح"], ["درنة"], ["منفذ امساعد", "طبرق"]),
  mv("shipment", "planned", LNA, ["ميناء الحريقة"], ["القبة"]),
  mv("deploy", "conditional", "Egyptian army", ["درنة"], ["البيضاء", "شحات"]),
  mv("mobilise", "denied", "Egyptian army", [], ["السلوم"]),
 ],
 "qac5": [
  mv("deploy", "reported", LNA, ["مرتوبة"], ["القبة"]),
  mv("shipment", "reported", LNA, ["بنغازي"], ["القبة"]),
  mv("advance", "conditional", LNA, [], ["درنة"]),
  mv("redeploy", "planned", LNA, ["القبة"], ["أم الرزم"]),
  mv("airlift", "denied", "Russian forces", [], ["مطار الأبرق"]),
 ],
}

NOTES = {
 "qac1": "Shahhat cut off by new floods: an LNA engineering battalion Benghazi→Shahhat via Al-Marj and Al-Bayda (the Red "
         "Crescent convoy entering at the same hour is civilian), a planned company Shahhat→Susa (civil-protection teams "
         "and ambulances following are not moves), a conditional pull-back from the Wadi al-Kuf bridge to Al-Bayda ('20 km "
         "west of the city' is a distance reference), and a denied massing of 50 vehicles in Al-Qubba (Derna only in the "
         "quoted purpose). Al-Bayda is also the dateline and the university's seat; Shahhat municipality is the district.",
 "qac2": "Derna port: an LNA landing ship Tobruk naval base→Derna port (the Lebanese aid ship from Tripoli port and the fuel "
         "tanker from Marsa al-Hariga are civilian), a planned Il-76 airlift of military police Benina air base→Al-Abraq "
         "airport, a conditional infantry battalion Martuba→Al-Fataih if Wadi Derna rises again (the wadi is only the "
         "condition; Martuba's '25 km south-east of the city' is its own origin), and a denied pull-out from Derna to its "
         "camps in Benghazi. Tripoli (LB) sends aid, Tripoli (LY) is the government's seat; its ambulance teams are civilian.",
 "qac3": "Susa (LY) and Sousse (TN): LNA reinforcements Gernada→Susa via Shahhat (Al-Bayda a distance reference), a "
         "Tunisian civil-protection team flown from Monastir airport to Al-Abraq (civilian, and a conditional second team "
         "from Tunisia is not a force move), a planned two-company move Susa→Ras al-Hilal, a conditional helicopter "
         "airlift Al-Abraq airport→Susa, military police advancing Al-Bayda→Massah in an anti-looting operation (trap name "
         "with the Green Mountain in it), and a denied landing of foreign fighters at Susa port.",
 "qac4": "Kuwaiti air bridge (a Kuwaiti air-force plane with aid landing at Benina airport from Abdullah Al-Mubarak base is "
         "humanitarian, not a move): Egyptian army engineers Marsa Matruh→Derna via the Emsaed crossing and Tobruk (Cairo "
         "only the source's city), a planned LNA fuel-tanker convoy Marsa al-Hariga→Al-Qubba, a conditional Egyptian move "
         "Derna→Al-Bayda and Shahhat, and a denied Egyptian massing in Sallum. Tobruk 'about 140 km from the border with "
         "Egypt' is a distance reference; Kuwait is the city in the dateline and the country in 'دولة الكويت'.",
 "qac5": "Jordanian field hospital flown Marka air base (Amman)→Al-Abraq airport and taken by road to Al-Qubba (aid, not a "
         "move); an LNA company Martuba→Al-Qubba, an LNA fuel-and-generator convoy Benghazi→Al-Qubba, a conditional "
         "advance towards Derna ('لن تتقدم ... إلا إذا', no origin written), a planned engineering company Al-Qubba→Umm ar "
         "Rizam, and a denied Russian 'Africa Corps' flight into Al-Abraq airport. 'From Al-Qubba to the border with "
         "Egypt' only describes the hospital's catchment; 'القبة البرلمانية' is the Jordanian parliament.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qac1", "qac2", "qac3", "qac4", "qac5")
