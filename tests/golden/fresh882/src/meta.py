# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 # the Jalu–Kufra road and its oases
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjilah"),                               # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "tazirbu_mun": ("district", "LY", 25.67289, 21.07286, "Tazirbu municipality"),         # G* (town row)
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "bzeima": ("village", "LY", 25.00000, 22.00000, "Buzayma"),                            # G
 "hawari": ("village", "LY", 24.31667, 23.16667, "Al Hawwari (Kufra)"),                 # G
 "zighan": ("village", "LY", 25.49806, 22.11778, "Az-Zighan"),                          # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "maaten": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),              # G
 "se_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                  # G (row جنوب شرق ليبيا; G* for الجنوب الشرقي)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),            # G* (row الحدود الليبية السودانية)
 "jebel_uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                # G* (row مثلث العوينات)
 "tripoint": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"), # G* (row مثلث العوينات)
 # Benghazi and the coast
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "hawari_bgz": ("district", "LY", 32.050, 20.100, "Al-Hawari (Benghazi)"),              # K
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "zueitina": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),           # G
 "messla": ("oilfield", "LY", 27.97472, 22.35833, "Messla oil field"),                  # G
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                       # G
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "kharga": ("town", "EG", 25.45101, 30.54653, "Kharga"),                                # G
 "sharq_uweinat": ("region", "EG", 22.58570, 28.71660, "East Oweinat (Sharq al-Uwaynat)"),  # G* (airport row)
 "sharq_airport": ("airport", "EG", 22.58570, 28.71660, "Shark El Oweinat Airport"),    # G
 "west_eg": ("region", "EG", 25.70408, 28.49824, "Western Desert of Egypt"),            # G* (row غرب مصر)
 "border_eg": ("region", "EG", 23.0, 25.1, "Egypt-Libya border (Egyptian side, south)"),  # K
 "cairo_west": ("base", "EG", 30.1164, 30.9156, "Cairo West Air Base"),                 # K
 "new_valley": ("district", "EG", 24.79939, 28.92955, "New Valley Governorate"),        # G
 "dakhla": ("town", "EG", 25.495, 28.979, "Dakhla Oasis (Mut)"),                        # K
 "argeen": ("crossing", "SD", 22.00000, 31.25000, "Argeen land port"),                  # G
 # Sudan
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "tina_sd": ("town", "SD", 15.030, 22.830, "Tina (Sudan)"),                             # K
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 # elsewhere
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
}

TRAPS = {
 "qgz1": ["قورينا", "سبل السلام", "الجيش الوطني الليبي", "إدريس بوحليقة", "طريح السرير", "طارق بن زياد",
          "التشادية"],
 "qgz2": ["الجريدة", "الجيش الوطني الليبي", "الدعم السريع", "القوات السودانية"],
 "qgz3": ["الوفد", "القوات المسلحة المصرية", "الليبي والسوداني", "الدعم السريع", "سبل السلام",
          "وزارة الخارجية المصرية", "الأمن القومي المصري"],
 "qgz4": ["السوداني", "الدعم السريع", "القوة المشتركة لحركات الكفاح المسلح", "الجيش الوطني الليبي",
          "ليبيا الحدث", "الهادي إدريس", "تأسيس"],
 "qgz5": ["طارق بن زياد", "الجيش الوطني الليبي", "أخبار الخليج", "مصطفى الجالوي",
          "مجلس القيادة العسكرية لإنقاذ الجمهورية", "التشادية", "النهر الصناعي", "الجيش اللبناني",
          "سبل السلام"],
}

PHEN = {
 "qgz1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "town_vs_district", "coverage_oil", "coverage_neighbours", "countries"],
 "qgz2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qgz3": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
          "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qgz4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_neighbours", "countries"],
 "qgz5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qgz1": [
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["بزيمة"], ["الهواري"]),
  mv("redeploy", "planned", "Libyan National Army", ["تازربو"], ["ربيانة"]),
  mv("reinforce", "conditional", "Libyan National Army", ["جالو"], ["الكفرة"]),
  mv("withdraw", "denied", "Libyan National Army", ["حقل السرير"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["ربيانة"]),
 ],
 "qgz2": [
  mv("reinforce", "reported", "Libyan National Army", ["الهواري"], ["الكفرة"], ["اجدابيا", "جالو"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء طبرق"], ["ميناء بنغازي"]),
  mv("deploy", "planned", "Libyan National Army", [], ["الهواري"]),
  mv("advance", "conditional", "Libyan National Army", [], ["الحدود مع السودان"]),
  mv("redeploy", "denied", "Libyan National Army", ["أوجلة"], ["الكفرة"]),
 ],
 "qgz3": [
  mv("deploy", "reported", "Egyptian army", ["الخارجة"], ["شرق العوينات", "الحدود مع ليبيا"]),
  mv("airlift", "planned", "Egyptian army", ["قاعدة غرب القاهرة الجوية"], ["مطار شرق العوينات"]),
  mv("advance", "conditional", "Egyptian army", [], ["جبل العوينات"]),
  mv("advance", "denied", "Sudanese armed groups", [], ["الكفرة"], ["جبل العوينات"]),
 ],
 "qgz4": [
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["المالحة"], ["المثلث الحدودي"]),
  mv("advance", "conditional", "Sudanese armed groups", ["الطينة"], ["المالحة"]),
  mv("redeploy", "planned", "Libyan National Army", ["تازيربو"], ["قاعدة معطن السارة"]),
  mv("shipment", "denied", "Libyan National Army", ["جالو"], ["الكفرة"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["المالحة"]),
 ],
 "qgz5": [
  mv("reinforce", "reported", "Libyan National Army", ["أجدابيا"], ["تازربو"], ["جالو"]),
  mv("withdraw", "reported", "Libyan National Army", ["تازربو"], ["الكفرة"]),
  mv("deploy", "planned", "Libyan National Army", [], ["الزيغن"]),
  mv("naval_landing", "planned", "Libyan National Army", ["ميناء بنغازي"], ["ميناء الزويتينة"]),
  mv("advance", "conditional", "Chadian armed groups", [], ["ربيانة"]),
  mv("airlift", "denied", "GNA forces", ["قاعدة معيتيقة"], ["مطار الكفرة"]),
 ],
}

NOTES = {
 "qgz1": "Quryna (Kufra): a Subul al-Salam patrol Kufra→Bzeima via Al-Hawari (Kufra's village) after an ambush; a "
         "planned company Tazirbu→Rebiana (Tazirbu and Rebiana in the commander's quote about smugglers are not movement "
         "places); the Tariq bin Ziyad brigade's conditional reinforcement Jalu→Kufra (Ajdabiya only the speaker's "
         "place); a denied pull-out from the Sarir field ('طريح السرير' is a common-word trap) and a denied "
         "Chadian-opposition massing around Rebiana. Smugglers from Sudan and Chad and convoys seized near Az-Zighan "
         "are not forces.",
 "qgz2": "Al-Jarida (Benghazi): an LNA column from its camp in Al-Hawari (the Benghazi district, first mention) →Kufra via "
         "Ajdabiya and Jalu; an Il-76 Benina air base→Kufra airport; a landing ship bringing 40 vehicles Tobruk "
         "port→Benghazi port; a planned deployment of two companies to Al-Hawari (the Kufra village, second mention; "
         "Kufra only a distance reference there); a conditional advance to the border with Sudan (Jebel Uweinat only "
         "the condition); a denied transfer Awjila→Kufra. Kuwait City is the diplomat's place; Rebiana, Jalu and Awjila "
         "in the last paragraph are not movements.",
 "qgz3": "Al-Wafd (Cairo): Egyptian reinforcements Kharga→East Oweinat, spread along 150 km of the border with Libya (a "
         "second destination of the same move, not a separate one); a planned airlift Cairo West air base→Sharq El "
         "Oweinat airport; a conditional advance to Jebel Uweinat (the border triangle only the condition); a denied "
         "RSF incursion via Jebel Uweinat toward Kufra (Benghazi = speaker). Smugglers' convoys from Kufra, seizures "
         "near Dakhla and trucks through Argeen are not forces' moves.",
 "qgz4": "Al-Sudani (Port Sudan): an RSF-escorted supply convoy Kufra→Al Malha via the border triangle; the Joint Force's "
         "conditional advance Tina→Al Malha (the Libyan border only the condition); a planned LNA battalion "
         "Tazirbu→Maaten al-Sarra air base; the LNA's denied ammunition shipment Jalu→Kufra (Bzeima and Rebiana gates "
         "are only inspection points); the RSF massing of 200 vehicles in Al Malha (reported). El Fasher is background; "
         "Tripoli and Benghazi are the Libyan authorities addressed by the Sudanese government.",
 "qgz5": "Akhbar Al-Khaleej (Tripoli): a Tariq bin Ziyad column Ajdabiya→Tazirbu via Jalu; a Subul al-Salam unit's "
         "pull-out Tazirbu→Kufra after the handover (reported); a planned company to Az-Zighan ('100 km east of "
         "Tazirbu' is a distance reference, Kufra the smugglers' goal) and a planned landing of 25 vehicles Benghazi "
         "port→Zueitina terminal; a Chadian opposition threat to advance on Rebiana (conditional); the GNA's denied "
         "cargo flight Mitiga→Kufra airport. Tripoli (Lebanon), North Lebanon and the captagon bound for Libya are not "
         "forces; the Messla field is only the site of an attack; Tunis is a venue.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qgz1", "qgz2", "qgz3", "qgz4", "qgz5")
BAR_IN_TEXT = True  # qgz1 headline «عاجل |» has a literal bar
