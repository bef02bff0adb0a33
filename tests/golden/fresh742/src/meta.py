# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 # qbp1 the Green Mountain storm (Al-Quds Al-Arabi)
 "jabal_akhdar": ("district", "LY", 32.02519, 21.79830, "Al Jabal al Akhdar"),          # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "shahhat": ("town", "LY", 32.80430, 21.86605, "Shahhat"),                              # G
 "susa": ("town", "LY", 32.89702, 21.96583, "Susah (Apollonia)"),                       # G* (row أبولونيا, names include سوسة)
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "ras_hilal": ("village", "LY", 32.87000, 22.18000, "Ras al Hilal"),                    # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 # qbp2 the Egyptian relief convoy and airlift (Sada El Balad)
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "Al Abraq Airport"),            # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "border_eg": ("region", "EG", 31.0, 25.2, "Egypt-Libya border (Egyptian side)"),       # K
 "matruh_airport": ("airport", "EG", 31.32540, 27.22170, "Mersa Matruh Airport"),       # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "derna_port": ("crossing", "LY", 32.7655, 22.6460, "Port of Derna"),                   # K
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                               # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G* (row قاعدة الخادم)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة, names include الشرق الليبي)
 # qbp3 Kufra floods and the Uweinat sand storm (Al-Sudani)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                      # G* (row مثلث العوينات)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "southeast_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),           # G* (row جنوب شرق ليبيا)
 "jawf": ("town", "LY", 24.19890, 23.29093, "Al Jawf (Kufra)"),                         # G* (Kufra town row, names include الجوف)
 "hawari": ("village", "LY", 24.31667, 23.16667, "Al Hawwari"),                         # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "tripoint_ly_eg_sd": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 # qbp4 the Ghat floods (Roya)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                 # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "barkat": ("town", "LY", 24.89400, 10.18336, "Al Barkat"),                             # G (row البركات, names include البركت)
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "southwest_ly": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),           # G
 # qbp5 the Jufra sand storm (Al-Anba)
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row: README puts Jufra-as-area near Hun/Waddan)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjila"),                                # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "nafoora": ("oilfield", "LY", 29.21320, 21.59240, "Nafoora oil field"),                # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "hun_mun": ("district", "LY", 29.12684, 15.94772, "Hun municipality"),                 # G* (town row)
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G* (row قاعدة القرضابية)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "brega_port": ("oilfield", "LY", 30.420, 19.580, "Marsa al-Brega oil port"),           # K
}

TRAPS = {
 "qbp1": ["القدس العربي", "الجيش الوطني", "الهلال الأحمر الليبي", "اللبناني"],
 "qbp2": ["صدى البلد", "جمال عبد الناصر", "المنطقة الغربية العسكرية", "الليبية", "المصرية"],
 "qbp3": ["السوداني", "سبل السلام", "الجيش الوطني الليبي", "قوات الدعم السريع", "حسن الجوفي", "سودانيون"],
 "qbp4": ["رؤيا", "طارق بن زياد", "الجيش الوطني الليبي", "إبراهيم إدريس", "مالي", "المنطقة العسكرية سبها", "تشادية",
          "الليبية"],
 "qbp5": ["الأنباء", "الجيش الوطني الليبي", "القوة المشتركة", "الفيلق الأفريقي", "زلة لسان", "إدريس بوخمادة",
          "الهلال الأحمر الكويتي"],
}

PHEN = {
 "qbp1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
          "countries"],
 "qbp2": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "vague_area",
          "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qbp3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qbp4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area",
          "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "qbp5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases",
          "coverage_oil", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qbp1": [
  mv("deploy", "reported", "Libyan National Army", ["بنغازي"], ["درنة"], ["المرج"]),
  mv("reinforce", "planned", "Libyan National Army", ["اجدابيا"], ["سرت"]),
  mv("airlift", "conditional", "GNA forces", ["مطار معيتيقة"], ["مطار بنينا"]),
  mv("withdraw", "denied", "Libyan National Army", ["رأس الهلال"]),
 ],
 "qbp2": [
  mv("deploy", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["طبرق"],
     ["مرسى مطروح", "سيدي براني", "منفذ السلوم"]),
  mv("airlift", "reported", "Egyptian army", ["مطار مرسى مطروح"], ["مطار الأبرق"]),
  mv("naval_landing", "planned", "Egyptian army", ["الإسكندرية"], ["ميناء درنة"]),
  mv("mobilise", "conditional", "Egyptian army", [], ["السلوم"]),
  mv("shipment", "denied", "Egyptian army", [], ["قاعدة الخادم الجوية"]),
 ],
 "qbp3": [
  mv("reinforce", "reported", "Libyan National Army", ["الكفرة"], ["جبل العوينات"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("redeploy", "conditional", "Libyan National Army", ["الكفرة"], ["تازربو"]),
  mv("shipment", "reported", "Libyan National Army", ["إجدابيا"], ["كفرة"], ["جالو", "حقل السرير"]),
  mv("advance", "denied", "Sudanese armed groups", ["شمال دارفور"], ["المثلث الحدودي"]),
 ],
 "qbp4": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["غات"], ["اوباري", "العوينات"]),
  mv("withdraw", "reported", "Libyan National Army", ["البركت"]),
  mv("airlift", "planned", "GNA forces", ["مطار مصراتة"], ["مطار غات"]),
  mv("deploy", "conditional", "Algerian army", ["جانت"], ["غات"], ["منفذ إيسين"]),
  mv("advance", "denied", "Chadian armed groups", ["تيبستي"], ["القطرون"]),
 ],
 "qbp5": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا"], ["قاعدة براك الجوية"]),
  mv("deploy", "reported", "Libyan National Army", ["أجدابيا"], ["أوجلة", "جالو"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["ودان"]),
  mv("naval_landing", "conditional", "Misrata forces", ["مصراتة"], ["سرت"]),
  mv("mobilise", "denied", "Russian forces", [], ["قاعدة القرضابية الجوية"]),
 ],
}

NOTES = {
 "qbp1": "A storm over the Green Mountain: LNA engineers and river-rescue units Benghazi→Derna via Al-Marj (Shahhat, "
         "Susa and Al-Bayda only describe the cut road), a postponed LNA column Ajdabiya→Sirte now due on Friday "
         "(planned), the GNA's conditional airlift Mitiga→Benina ('if the weather allows'), and a denied pull-out "
         "from the Ras al-Hilal camp; Tripoli (Libya) is the GNA's seat, Tripoli (Lebanon) the home town of a "
         "civil-defence team (not an armed force, no movement).",
 "qbp2": "Egyptian relief: an army convoy Mohamed Naguib base→Tobruk via Marsa Matruh, Sidi Barrani and the Sallum "
         "land port (held 9 hours by a dust storm), two C-130s Marsa Matruh airport→Al-Abraq airport (Benina, the "
         "scheduled airport, and Benghazi are not movement places), a planned helicopter carrier Alexandria→Derna "
         "port (ship name «جمال عبد الناصر» a trap), a conditional massing in Sallum and a denied arms delivery to "
         "Al-Khadim air base ('east of Benghazi' a locator); Al-Rajma only the LNA HQ.",
 "qbp3": "Kufra floods and a sand storm: the LNA Subul al-Salam battalion Kufra→Jebel Uweinat (3 days), a planned "
         "airlift Benina base→Kufra airport, a conditional redeployment Kufra→Tazirbu, a reported fuel-and-ammunition "
         "delivery Ajdabiya→Kufra (written «للكفرة», surface كفرة) via Jalu and a stop at the Sarir field, and the "
         "RSF's denied advance North Darfur→the Libya-Egypt-Sudan triangle; Port Sudan only the dateline, the border "
         "with Sudan only a patrol area.",
 "qbp4": "Ghat floods: the LNA Tariq bin Ziyad brigade Sabha→Ghat via Ubari (written اوباري) and Al-Awaynat (Wadi "
         "al-Hayat only where the sand storm hit), an LNA unit's reported pull-out from its flooded camp in Al-Barkat, "
         "a planned GNA airlift Misrata airport→Ghat airport, a conditional Algerian deployment Djanet→Ghat via the "
         "Isayen crossing, and a denied Chadian advance Tibesti→Al-Qatrun; Algiers only the speaker's city.",
 "qbp5": "A sand storm over Al-Jufra: an LNA cargo plane Benina base→Brak air base (diverted: Jufra air base not a "
         "place of that move), LNA bulldozers and rescue units Ajdabiya→Awjila and Jalu, a planned company Jufra air "
         "base→Waddan, the Misrata Joint Force's conditional sea landing Misrata→Sirte, and a denied Russian massing "
         "at Gardabiya air base ('south of Sirte' a locator); Kuwait only an aid donor.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qbp1", "qbp2", "qbp3", "qbp4", "qbp5")
