# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G (as used in fresh571)
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                               # G
 # shared Libyan places
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                      # G* (row مثلث العوينات)
 # xh1 Ajdabiya–Jalu road (Al-Quds Al-Arabi)
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjila"),                                # G
 "jalu_mun": ("district", "LY", 29.03333, 21.55000, "Jalu municipality"),               # G* (town row)
 "nafoura": ("oilfield", "LY", 29.21320, 21.59240, "Nafoora oil field"),                # G
 "messla": ("oilfield", "LY", 27.97472, 22.35833, "Messla oil field"),                  # G
 "buattifel": ("oilfield", "LY", 28.79540, 22.08090, "Bu Attifel oil field"),           # G* (row حقل بوعطيفل)
 "wahat": ("district", "LY", 29.02035, 20.78359, "Al Wahat district"),                  # G
 "southeast_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),           # G
 # xh2 Kufra to Karb al-Tom (Al-Sudani)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "karbaltom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                      # G
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),            # G
 "triangle_sd": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "elfasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                           # G
 "dabbah": ("town", "SD", 18.05, 30.95, "Ad Dabbah"),                                   # K
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "border_sd_ly": ("region", "SD", 20.8, 25.0, "Sudan-Libya border (Sudanese side)"),    # K
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                              # G
 # xh3 the Kufra road (Al-Anba)
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "buzayma": ("village", "LY", 25.00000, 22.00000, "Buzayma"),                           # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # xh4 Siwa and Jaghbub (Al-Wafd)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),          # G* (district row مطروح)
 "border_eg": ("region", "EG", 29.3, 25.1, "Egypt-Libya border (Egyptian side, Siwa sector)"),  # K
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "western_desert": ("region", "EG", 25.70408, 28.49824, "Western Desert (Egypt)"),      # G* (row غرب مصر)
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "sallum_port": ("crossing", "EG", 31.570, 25.160, "Port of Sallum"),                   # K
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 # xh5 the Marada road and a tanker in Tripoli, Lebanon (Al-Liwaa)
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "marada": ("town", "LY", 29.22054, 19.20454, "Marada"),                                # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "agheila": ("town", "LY", 30.25583, 19.19944, "El Agheila"),                           # G
 "zueitina": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),           # G* (town row الزويتينة)
}

TRAPS = {
 "xh1": ["القدس العربي", "الجيش الوطني الليبي", "إدريس المغربي", "السودانيين", "البنزين الليبي"],
 "xh2": ["السوداني", "قوات الدعم السريع", "الجيش الوطني الليبي", "الجيش السوداني", "الأراضي الليبية"],
 "xh3": ["الأنباء", "كتيبة سبل السلام", "يغادر السرير", "مقاتلين سودانيين", "عماد الطرابلسي"],
 "xh4": ["الوفد", "الجيش المصري", "الجيش الوطني الليبي", "الملك إدريس السنوسي", "الزاوية السنوسية",
         "السولار الليبي"],
 "xh5": ["اللواء", "حركة تحرير السودان", "خليفة حفتر", "الإمام موسى الصدر", "الوقود الليبي"],
}

PHEN = {
 "xh1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_idri", "vague_area", "town_vs_district", "coverage_oil", "coverage_neighbours", "countries"],
 "xh2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "coverage_bases", "coverage_neighbours", "countries"],
 "xh3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "xh4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "xh5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "coverage_crossings", "coverage_oil",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "xh1": [
  mv("deploy", "reported", "Libyan National Army", ["اجدابيا"], ["جالو"], ["أوجلة"]),
  mv("redeploy", "planned", "Libyan National Army", ["جالو"], ["حقل السرير"]),
  mv("reinforce", "conditional", "Libyan National Army", ["أوجلة"], ["حقل أبو الطفل"]),
  mv("deploy", "denied", "Sudanese armed groups", ["الكفرة"], ["جالو"]),
 ],
 "xh2": [
  mv("advance", "reported", "Sudanese armed groups", ["الكفرة"], ["كرب التوم"], ["جبل العوينات"]),
  mv("advance", "planned", "Sudanese armed groups", ["الدبة"], ["المالحة"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["المالحة"]),
  mv("redeploy", "conditional", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("airlift", "denied", "Libyan National Army", ["قاعدة الخادم"], ["مطار الكفرة"]),
 ],
 "xh3": [
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["تازربو"]),
  mv("shipment", "reported", "Libyan National Army", ["اجدابيا"], ["الكفرة"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["الكفرة"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("deploy", "conditional", "Libyan National Army", ["تازربو"], ["ربيانة", "بزيمة"]),
  mv("withdraw", "denied", "Libyan National Army", ["حقل السرير"]),
 ],
 "xh4": [
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["سيوة"]),
  mv("deploy", "reported", "Libyan National Army", ["طبرق"], ["الجغبوب"]),
  mv("redeploy", "planned", "Libyan National Army", ["الجغبوب"], ["جالو"]),
  mv("airlift", "conditional", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سيوة"]),
  mv("naval_landing", "planned", "Egyptian army", ["الإسكندرية"], ["ميناء السلوم"]),
  mv("advance", "denied", "Egyptian army", [], ["الجغبوب"]),
 ],
 "xh5": [
  mv("deploy", "reported", "Libyan National Army", ["البريقة"], ["مرادة"]),
  mv("naval_landing", "reported", "Libyan National Army", ["بنغازي"], ["ميناء الزويتينة"]),
  mv("redeploy", "planned", "Libyan National Army", ["مرادة"], ["العقيلة"]),
  mv("shipment", "denied", "Libyan National Army", ["البريقة"], ["بنغازي"]),
  mv("withdraw", "conditional", "Sudanese armed groups", ["حقل السرير"], ["دارفور"]),
 ],
}

NOTES = {
 "xh1": "Al-Quds Al-Arabi from Ajdabiya: an LNA column Ajdabiya→Jalu via Awjila (the 'km 120' gate south of Ajdabiya "
        "and the Nafoura junction on the Jalu–Kufra road are checkpoints, not movement places; Kufra, Sudan and Chad "
        "there are only where smuggled fuel goes), a planned company Jalu→Sarir field (Messla only the scene of a "
        "theft), a conditional reinforcement of the Bu Attifel field from Awjila, and a denied entry of Sudanese "
        "fighters from Kufra into Jalu ('البلدة'); Jalu municipality is the speaker's office.",
 "xh2": "Al-Sudani from Port Sudan: an RSF convoy Kufra→Karb al-Tom via Jebel Uweinat (the border triangle stop and "
        "the 'km 70 south of Kufra' fuel station add no movement place; Darfur/North Darfur/El Fasher are the supply "
        "line's end, not a move), a planned joint-force advance Ad Dabbah→Al Malha, the LNA's conditional redeploy "
        "Kufra→Maaten al-Sarra base, and a denied LNA airlift Al Khadim base→Kufra airport; Benghazi is the speaker's "
        "city and the border with Libya and Dongola are background.",
 "xh3": "Al-Anba on the Kufra road: Subul al-Salam's 25 vehicles Kufra→Tazirbu ('280 km north-west'), a planned "
        "special-forces airlift Benina air base→Kufra airport, patrols Tazirbu→Rebiana and Buzayma if tankers keep "
        "by-passing the gates (conditional), and a denied pull-out of the facilities guard from the Sarir field; the "
        "'km 400 south of Jalu' and 'km 250 on the Jalu–Kufra road' gates, the Kufra hospital, Tunis (5+5 talks) and "
        "Benghazi (officials) are not movement places.",
 "xh4": "Al-Wafd from Cairo: Egyptian reinforcements Marsa Matruh→Siwa (the Matruh–Siwa road name adds no via), an "
        "LNA battalion Tobruk→Jaghbub ('120 km north-west of Siwa' = distance reference) and a planned company "
        "Jaghbub→Jalu, a conditional Egyptian airlift Mohamed Naguib base→Siwa, and a denied Egyptian entry into "
        "Jaghbub; smugglers' routes from Jalu near Jaghbub, Benghazi (speaker), Sallum and Uweinat are not movement "
        "places.",
 "xh5": "Al-Liwaa from Beirut: a tanker held in Tripoli (Lebanon) port (civilian, no movement), the LNA's 128th "
        "brigade Brega→Marada ('km 35 of the Agheila–Marada road' gate), a planned company Marada→El Agheila, a "
        "denied LNA fuel haul Brega→Benghazi, and SLA fighters near the Sarir field who would go back to Darfur if "
        "given guarantees (conditional); Tripoli, Lebanon is the customs source's city, 'طرابلس الغرب' the Libyan "
        "capital (seat of the GNU), Malta only on forged papers.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("xh1", "xh2", "xh3", "xh4", "xh5")
