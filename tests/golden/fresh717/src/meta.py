# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # Kufra and its oases
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "jawf": ("town", "LY", 24.19890, 23.29093, "Al Jawf (Kufra)"),                         # G* (Kufra town row; names_ar has الجوف)
 "shura": ("district", "LY", 24.190, 23.280, "Al-Shura neighbourhood (Kufra)"),         # K
 "qadarfi": ("district", "LY", 24.210, 23.300, "Qadarfi neighbourhood (Kufra)"),       # K
 "hawari": ("village", "LY", 24.31667, 23.16667, "Al Hawwari"),                         # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "tazirbu_mun": ("district", "LY", 25.67289, 21.07286, "Tazirbu municipality"),         # G* (town row)
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "buzayma": ("village", "LY", 25.00000, 22.00000, "Buzayma"),                           # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "messla": ("oilfield", "LY", 27.97472, 22.35833, "Messla oil field"),                  # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjilah"),                               # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 # regions and borders
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),               # G (row جنوب شرق ليبيا)
 "north_chad": ("region", "TD", 18.20680, 19.78454, "Northern Chad"),                   # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "border_ly_sd": ("region", "SD", 21.0, 25.3, "Sudan-Libya border (Sudanese side)"),    # K
 "tri_sd_td": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                      # G* (row مثلث العوينات)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 # coast and capitals
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "benghazi_port": ("crossing", "LY", 32.100, 20.055, "Port of Benghazi"),               # K
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Port of Tobruk"),                   # K
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 # abroad
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G (row عمان; written عمّان)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "tabbaneh": ("district", "LB", 34.44300, 35.84000, "Bab al-Tabbaneh"),                 # G* (gazetteer kind town)
 "jabal_mohsen": ("district", "LB", 34.44400, 35.84600, "Jabal Mohsen"),                # G* (gazetteer kind town)
}

TRAPS = {
 "qaq1": ["القدس العربي", "سبل السلام", "كتيبة طارق بن زياد", "الجيش الوطني الليبي", "المعارضة التشادية", "الزوية"],
 "qaq2": ["السوداني", "قوات الدعم السريع", "الأخبار السارة", "الهلال الأحمر", "التشادية", "الزوية"],
 "qaq3": ["عمون", "صالح الجالوي", "إدريس بوسيف", "السرير نفسه", "الجيش الوطني الليبي", "الزوية"],
 "qaq4": ["اللواء", "الجبل الأخضر", "الجيش الوطني الليبي", "الجيش اللبناني", "الزوية"],
 "qaq5": ["الأيام", "سبل السلام", "قوات الدعم السريع السودانية", "الملك إدريس السنوسي", "عبد الرحمن الزوي",
          "الزوية"],
}

PHEN = {
 "qaq1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "qaq2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours",
          "countries"],
 "qaq3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "ambiguity_idri", "town_vs_district", "coverage_oil"],
 "qaq4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "coverage_crossings"],
 "qaq5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_oil", "coverage_crossings",
          "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"

MOVES = {
 "qaq1": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("deploy", "reported", LNA, [], ["الشورى", "الجوف"]),
  mv("redeploy", "planned", LNA, ["تازربوا"], ["الكفرة"]),
  mv("withdraw", "conditional", None, ["قدرفي"]),
  mv("reinforce", "denied", "Chadian armed groups", ["شمال تشاد"], ["الشورى"]),
 ],
 "qaq2": [
  mv("advance", "reported", LNA, [], ["الشورى"]),
  mv("reinforce", "reported", LNA, ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("advance", "conditional", LNA, ["معطن السارة"], ["المثلث الحدودي"]),
  mv("deploy", "planned", LNA, ["اجدابيا"], ["الكفرة"], ["جالو"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["جبل العوينات"]),
 ],
 "qaq3": [
  mv("deploy", "reported", LNA, ["الكفرة"], ["تازربو"], ["بزيمة"]),
  mv("shipment", "reported", LNA, ["حقل السرير"], ["تازربو"]),
  mv("redeploy", "planned", LNA, ["تازربو"], ["ربيانة"]),
  mv("reinforce", "conditional", LNA, ["أجدابيا"], ["تازربو"]),
  mv("withdraw", "denied", LNA, ["حقل السرير"]),
 ],
 "qaq4": [
  mv("naval_landing", "reported", LNA, ["ميناء طبرق"], ["ميناء بنغازي"]),
  mv("reinforce", "reported", LNA, ["ميناء بنغازي"], ["الكفرة"], ["اجدابيا"]),
  mv("airlift", "planned", LNA, ["مطار الكفرة"], ["ربيانة"]),
  mv("mobilise", "denied", None, [], ["ربيانة"]),
  mv("withdraw", "conditional", None, ["الهواري"]),
 ],
 "qaq5": [
  mv("withdraw", "planned", None, ["مطار الكفرة", "الهواري"]),
  mv("deploy", "planned", LNA, [], ["قدرفي"]),
  mv("redeploy", "reported", LNA, ["ربيانه"], ["الكفرة"]),
  mv("naval_landing", "conditional", LNA, ["ميناء طبرق"], ["ميناء بنغازي"]),
  mv("shipment", "denied", "Sudanese armed groups", [], [], ["المثلث الحدودي"]),
 ],
}

NOTES = {
 "qaq1": "Kufra clashes (Al-Quds Al-Arabi, Benghazi): a reported airlift of a Tariq bin Ziyad company Benina air base→"
         "Kufra airport, Subul al-Salam units deployed on the contact line between Al-Shura and central Al-Jawf, a "
         "planned second company Tazirbu (spelt تازربوا)→Kufra, Tebu gunmen's conditional pull-out from Qadarfi "
         "(لن...إلا إذا) and the Tebu council's denial of Chadian opposition fighters arriving from northern Chad in "
         "Al-Shura. Benghazi (dateline), Tripoli (government seat), south-east Libya, the Sudan border, Chad, Ajdabiya and "
         "Jalu (earlier truces) are not movement places.",
 "qaq2": "Sudanese refugees in Kufra (Al-Sudani, Port Sudan): a reported LNA advance into Al-Shura after a short clash, "
         "40 vehicles Kufra→Maaten al-Sarra base ('300 km to the south-west' adds no place), a conditional advance "
         "Maaten al-Sarra→the border triangle, a planned 600-man separation force Ajdabiya→Kufra via Jalu, and the RSF's "
         "denied massing around Jebel Uweinat (the border with Libya only a distance reference). Darfur, Tunis (UNHCR "
         "team), Sudan and Egypt (refugees going home) are civilian, not movements.",
 "qaq3": "Tazirbu (Ammon, Amman): an LNA company Kufra→Tazirbu via Buzayma ('north-west of Kufra' is a locator; the "
         "origin is the second Kufra), a fuel-and-ammunition convoy Sarir field→Tazirbu ('the town'), two platoons "
         "planned Tazirbu→Rebiana, a conditional battalion Ajdabiya→Tazirbu if the truce is breached, and a denied "
         "withdrawal from the Sarir field. «السرير» in the headline is the field; 'السرير نفسه' (the same bed) is a trap.",
 "qaq4": "Armour by sea (Al-Liwaa, Beirut): a reported landing Tobruk port→Benghazi port, the column then Benghazi port→"
         "Kufra via Ajdabiya, a planned helicopter lift Kufra airport→Rebiana ('130 km west' adds no place), the Tebu "
         "notables' denial of 150 gunmen massed in Rebiana, and the Zway's conditional exit from Al-Hawari (بمجرد). The "
         "headline repeats the sea move and is not counted again; Tripoli is the Presidential Council's seat, and "
         "Tripoli in northern Lebanon (Bab al-Tabbaneh, Jabal Mohsen) only an analogy.",
 "qaq5": "The elders' truce (Al-Ayyam, Kufra): the agreement's planned withdrawal of both sides' gunmen from around Kufra "
         "airport and Al-Hawari, the army's planned take-over of the contact points in Qadarfi, a reported Subul "
         "al-Salam transfer Rebiana (spelt ربيانه)→Kufra, a conditional landing Tobruk port→Benghazi port if the truce "
         "collapses, and a denied RSF arms shipment via the border triangle. Awjila and Jalu (mediators), the Sarir and "
         "Messla fields (a threat to close them), Algiers (venue) and the south-east are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qaq1", "qaq2", "qaq3", "qaq4", "qaq5")
