# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries and foreign cities
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "copenhagen": ("city", "DK", 55.67594, 12.56553, "Copenhagen"),                        # G
 # Algeria
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G (written الجزائر العاصمة)
 "boufarik": ("town", "DZ", 36.57413, 2.91214, "Boufarik"),                             # G
 "boufarik_base": ("base", "DZ", 36.54580, 2.87611, "Boufarik Air Base"),               # G* (row kind airport)
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 "border_dz_ly": ("region", "DZ", 24.70, 9.85, "Algeria-Libya border (Algeria side)"),  # K
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "almaza": ("base", "EG", 30.09180, 31.36000, "Almaza Air Base"),                       # G* (row kind airport)
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 # Libya: Ghat and the Algerian border
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "akakus": ("region", "LY", 24.83333, 10.33333, "Akakus Mountains"),                    # G
 "barkat": ("town", "LY", 24.89400, 10.18336, "Al Barakat"),                            # G* (row البركات, written البركت)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "tin_alkoum": ("crossing", "LY", 24.80000, 10.10000, "Isayen / Tin Alkoum border crossing"),  # G* (row منفذ إيسين)
 # Libya: Fezzan
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G (also written اوباري)
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                 # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G
 # Libya: Kufra, the east and the north
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G (also written الكفره)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G (also written تازيربو)
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G (also written منفذ السلوم)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
}

TRAPS = {
 "qpg1": ["المكتب الإعلامي لبلدية غات", "البلاغات", "الجيش الجزائري", "الهلال الأحمر الجزائري",
          "الهلال الأحمر الليبي"],
 "qpg2": ["الجزائر الغد", "الهلال الأحمر الجزائري", "الناحية العسكرية الرابعة", "الجيش الوطني الشعبي",
          "القيادة العامة", "جزائرية", "الجزائرية", "الليبية", "ليبية", "الليبي"],
 "qpg3": ["جمعية الهلال الأحمر الليبي", "القيادة العامة", "اللواء طارق بن زياد", "الشرقية"],
 "qpg4": ["دريم", "كتيبة سبل السلام", "الهلال الأحمر المصري", "مصري", "الليبي",
          "إعصار دانيال"],
 "qpg5": ["المجلس الدنماركي للاجئين", "ريليف ويب", "رئاسة الأركان العامة", "الجزائرية",
          "المصرية", "الهلال الأحمر الليبي"],
}

PHEN = {
 "qpg1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "ambiguity_tripoli"],
 "qpg2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qpg3": ["clitics", "spelling", "multiword", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "coverage_bases"],
 "qpg4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qpg5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "ambiguity_tripoli",
          "coverage_bases", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qpg1": [
  mv("deploy", "reported", "Libyan National Army", ["أوباري"], ["غات"], ["العوينات"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["مطار غات"]),
  mv("deploy", "planned", "Libyan National Army", ["غات"], ["البركت"]),
  mv("reinforce", "conditional", "Libyan National Army", ["سبها"], ["غات"]),
  mv("advance", "denied", "Algerian army", [], ["غات"], ["منفذ إيسين"]),
 ],
 "qpg2": [
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["جانت"]),
  mv("deploy", "planned", "Algerian army", [], ["الحدود مع ليبيا"]),
  mv("deploy", "conditional", "Algerian army", [], ["غات"]),
  mv("airlift", "denied", "Algerian army", ["بوفاريك"], ["غات"]),
  mv("deploy", "reported", "Libyan National Army", ["أوباري"], ["غات"]),
 ],
 "qpg3": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["وادي الحياة"]),
  mv("withdraw", "reported", "Libyan National Army", ["جرمة"], ["أوباري"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة تمنهنت"], ["أوباري"]),
  mv("reinforce", "conditional", "Libyan National Army", ["براك"], ["وادي الحياة"]),
  mv("advance", "denied", None, ["مرزق"], ["أوباري"]),
 ],
 "qpg4": [
  mv("airlift", "reported", "Egyptian army", ["قاعدة ألماظة الجوية"], ["مطار الكفرة"]),
  mv("deploy", "planned", "Egyptian army", ["الكفرة"], ["تازيربو"]),
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["تازربو"]),
  mv("airlift", "conditional", "Egyptian army", ["مرسى مطروح"], ["الكفره"]),
  mv("advance", "denied", "Egyptian army", [], ["الجغبوب"], ["منفذ امساعد"]),
  mv("shipment", "denied", "Egyptian army", ["قاعدة ألماظة الجوية"], ["الكفرة"]),
 ],
 "qpg5": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["أوباري"], ["وادي الحياة"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["غات"]),
  mv("redeploy", "planned", "Libyan National Army", ["بنغازي"], ["تازربو"]),
  mv("withdraw", "conditional", "Libyan National Army", ["غات"], []),
  mv("airlift", "denied", "GNA forces", ["مطار معيتيقة"], ["غات"]),
 ],
}

NOTES = {
 "qpg1": "Ghat municipality's media office page (post from Ghat) on the floods: an LNA military-engineering company "
         "Ubari→Ghat via Al-Awaynat, two LNA helicopters Tamanhint air base→Ghat airport carrying military police, "
         "a planned platoon Ghat→Al-Barakat (written البركت), a conditional battalion Sabha→Ghat («إذا استمر هطول "
         "الأمطار») and a denied Algerian army entry into Ghat via the Isayen crossing; the Algerian Red Crescent "
         "convoy from Djanet through the crossing, civil-defence teams from Sabha and Ubari, the 2019 aid flights "
         "from Tripoli and Benghazi, the Akakus floodwater and «البلاغات» (holds غات) are not movements.",
 "qpg2": "Algerian daily (El Djazair El Ghad) from Djanet: an Algerian air-force Il-76 Boufarik air base→Ghat "
         "airport with aid, civil protection and Red Crescent doctors (humanitarian, not a movement), a civil-"
         "protection convoy Djanet→Ghat via Tin Alkoum and on to Al-Awaynat (civilian), 4th Military Region "
         "reinforcements Ouargla→Djanet, a planned border-guard deployment along the border with Libya (Algeria side), "
         "a conditional engineering detachment to Ghat («لن يرسل ... إلا بطلب رسمي»), the MoD's denial that the "
         "plane from Boufarik carried soldiers to Ghat, and an LNA engineering company Ubari→Ghat; Algiers is only "
         "the Red Crescent's seat.",
 "qpg3": "Libyan Red Crescent Society site from Sabha on the sandstorm that closed the Sabha–Ubari road: LRC teams and "
         "a three-truck LRC convoy (civilian), an LNA engineering company Sabha→Wadi al-Hayat, Tariq bin Ziyad "
         "patrols pulling back Germa→Ubari, a planned helicopter with army engineers Tamanhint air base→Ubari, a "
         "conditional extra company Brak→Wadi al-Hayat and a denied armed-group move Murzuq→Ubari (actor null); "
         "Sabha airport (flights suspended), Ubari hospital, Germa/Al-Ghurayfa as the blocked stretch and Ghat's road "
         "are not movement places.",
 "qpg4": "Egyptian channel site (Dream TV) from Cairo on the Tazirbu floods: two Egyptian air-force C-130s with army "
         "engineers Almaza air base→Kufra airport (airlift), the engineers' planned road move Kufra→Tazirbu (written "
         "تازيربو), Subul al-Salam's company Kufra→Tazirbu, a conditional third plane Marsa Matruh→Kufra (written "
         "الكفره), a denied Egyptian column across the Amsaad crossing towards Jaghbub and the denial that the planes "
         "carried weapons to Kufra (shipment); the Egyptian Red Crescent convoy through «منفذ السلوم» (same crossing) "
         "to Tobruk, Egypt's aid to Libya and the 2023 Derna storm are not movements.",
 "qpg5": "Danish Refugee Council Arabic statement as posted on ReliefWeb: DRC's own convoy Sabha→Ghat (civilian), an "
         "LNA column Sabha→Ubari via Wadi al-Hayat, LNA helicopters with engineers and soldiers Brak air base→Ghat, a "
         "planned LNA engineering battalion Benghazi→Tazirbu (redeploy), LNA units in Ghat that will not withdraw "
         "until the water recedes (conditional) and the Tripoli General Staff's denial of a troop flight Mitiga "
         "airport→Ghat (GNA forces); the Algerian and Egyptian aid planes landing in Ghat and Kufra, Copenhagen (DRC "
         "seat), Kufra and Tripoli as the speakers' seats are not movements or movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qpg1", "qpg2", "qpg3", "qpg4", "qpg5")
