# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 # Kufra and the Libyan south-east
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Al Kufra district"),             # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "qadarfi": ("district", "LY", 24.190, 23.300, "Qadarfi quarter (Kufra)"),              # K
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                            # K
 "tri_uw": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "tazirbu_mun": ("district", "LY", 25.67289, 21.07286, "Tazirbu municipality"),         # G* (town row)
 "buzayma": ("village", "LY", 25.00000, 22.00000, "Buzayma"),                           # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "se_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                  # G (row جنوب شرق ليبيا)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 # Lebanon
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 # Sudan
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                               # G
 "ndarfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                     # G
 "howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                           # G
 "karbaltom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                      # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "dabbah": ("town", "SD", 18.05, 30.95, "Ad Dabbah"),                                   # K
 "border_sd_ly": ("region", "SD", 20.8, 25.3, "Sudan-Libya border (Sudanese side)"),    # K
 # Chad
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "kharga": ("town", "EG", 25.45101, 30.54653, "Kharga"),                                # G
 "eoweinat": ("region", "EG", 22.5857, 28.7166, "East Oweinat"),                        # K (point of the gazetteer airport row)
 "eoweinat_airport": ("airport", "EG", 22.58570, 28.71660, "Shark El Oweinat Airport"), # G
 "argeen": ("crossing", "SD", 22.00000, 31.25000, "Argeen land port"),                  # G
 "border_eg_sd": ("region", "EG", 22.22287, 31.25544, "Egypt-Sudan border (Egyptian side)"),  # G* (row الحدود المصرية السودانية)
 "border_eg_ly": ("region", "EG", 24.2, 25.2, "Egypt-Libya border (Egyptian side, Kufra latitude)"),  # K
 "berenice": ("base", "EG", 23.93330, 35.48330, "Berenice Military Base"),             # G
 "safaga_port": ("crossing", "EG", 26.74, 33.94, "Port of Safaga"),                    # K
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Port of Tobruk"),                   # K
 # Djibouti
 "djibouti_city": ("city", "DJ", 11.58901, 43.14503, "Djibouti (city)"),              # G
 # Kuwait
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
}

TRAPS = {
 "xy1": ["القدس العربي", "الوطني الليبي", "كتيبة سبل السلام", "كتيبة طارق بن زياد", "الأخبار السارة",
         "دارفورية", "سوداني"],
 "xy2": ["السوداني", "الهادي إدريس", "كتيبة سبل السلام الليبية", "القوة المشتركة لحركات الكفاح المسلح",
         "طرف ليبي أو مصري"],
 "xy3": ["أخبار الخليج", "الجيش الليبي", "الوطني الليبي", "كتيبة طارق بن زياد", "محمد الجالوي", "نجيب الطرابلسي",
         "مجلس القيادة العسكرية لإنقاذ الجمهورية", "تشادي", "ليبية"],
 "xy4": ["عُمان", "فرانس برس", "جبهة الوفاق من أجل التغيير في تشاد", "كتيبة سبل السلام", "الجيش الليبي",
         "محمد إدريس ديبي", "إدريس ديبي إتنو", "تشادية", "تشادي", "مالي", "ليبية"],
 "xy5": ["الأنباء", "الهلال الأحمر الكويتي", "كويتية", "الكويتية", "مصريتان", "مصرية", "المصري", "السودانيين",
         "الليبية", "كتيبة سبل السلام"],
}

PHEN = {
 "xy1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
 "xy2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "xy3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_oil", "coverage_neighbours"],
 "xy4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "xy5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital", "vague_area",
         "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "xy1": [
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("deploy", "planned", "Libyan National Army", [], ["جبل العوينات"]),
  mv("withdraw", "denied", "Libyan National Army", ["المثلث الحدودي"]),
  mv("reinforce", "conditional", "Libyan National Army", ["حقل السرير"], ["كفرة"]),
 ],
 "xy2": [
  mv("advance", "reported", "Sudanese armed groups", ["المالحة"], ["جبل العوينات"], ["وادي هور"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["مليط"]),
  mv("redeploy", "planned", "Sudanese armed groups", ["الدبة"], ["كرب التوم"]),
  mv("advance", "conditional", "Sudanese armed groups", [], ["المثلث الحدودي"]),
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["المالحة"]),
 ],
 "xy3": [
  mv("reinforce", "reported", "Libyan National Army", ["اجدابيا"], ["تازربو"], ["جالو"]),
  mv("redeploy", "planned", "Libyan National Army", ["تيزربو"], ["ربيانه"]),
  mv("withdraw", "conditional", "Libyan National Army", ["تازربو"], ["اجدابيا"]),
  mv("advance", "denied", "Chadian armed groups", [], ["بزيمة"]),
 ],
 "xy4": [
  mv("redeploy", "reported", "Chadian armed groups", ["كوري بوقودي"], ["ربيانة"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["كوري بوقودي"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("deploy", "planned", "Libyan National Army", ["الكفرة"], ["الحدود مع تشاد"]),
  mv("withdraw", "conditional", "Chadian armed groups", ["ربيانة"], ["تيبستي"]),
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["كوري بوقودي"]),
 ],
 "xy5": [
  mv("airlift", "reported", "Egyptian army", ["الخارجة"], ["مطار شرق العوينات"]),
  mv("naval_landing", "reported", "Egyptian army", ["ميناء سفاجا"], ["قاعدة برنيس العسكرية"]),
  mv("advance", "conditional", "Egyptian army", [], ["منفذ أرقين"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة معطن السارة"], ["العوينات"]),
  mv("deploy", "denied", "Egyptian army", [], ["الكفرة"], ["الحدود مع ليبيا"]),
  mv("naval_landing", "denied", "Egyptian army", [], ["ميناء طبرق"]),
 ],
}

NOTES = {
 "xy1": "Al-Quds Al-Arabi from Kufra: a Subul al-Salam company Kufra→Maaten al-Sarra air base (the headline repeats it "
        "as 'معطن السارة'), a planned second company at the foot of Jebel Uweinat (its first body mention is only the "
        "smugglers' route, like Rebiana), a denied pull-out from the border triangle with Egypt and Sudan (the two "
        "countries only qualify the triangle), and a conditional Tariq bin Ziyad reinforcement from the Sarir field to "
        "Kufra ('للكفرة' → 'كفرة'; Benghazi is only the speaker's city, Qadarfi only the condition). 'الأخبار السارة' is "
        "a common-word trap; migrants Sudan→Kufra and the Tripoli (Libya) / Tripoli (Lebanon) money trail are not "
        "movements.",
 "xy2": "Al-Sudani from Port Sudan: an RSF column Al Malha (North Darfur)→Jebel Uweinat via Wadi Howar ('60 km south of "
        "Jebel Uweinat' is the same place as a distance reference; the supply line across the border with Libya is a "
        "general charge, not a move), RSF massing in Mellit, the joint force's planned move Ad Dabbah→Karb al-Tom, its "
        "conditional advance to the border triangle (Wadi Howar there is only the condition), and Subul al-Salam's "
        "denied fuel escort Kufra→Al Malha. El Fasher, Chad, Libya, Egypt, the Argeen crossing and Kufra in the refugee "
        "paragraph and Djibouti (IGAD seat, city) are not movement places.",
 "xy3": "Akhbar Al-Khaleej from Benghazi: a Tariq bin Ziyad reinforcement Ajdabiya→Tazirbu via Jalu, a planned company "
        "'تيزربو'→'ربيانه' (spelling variants), a conditional return Tazirbu→Ajdabiya ('بمجرد'), and the CCMSR's denied "
        "infiltration to Buzayma (Tibesti only locates the group, Kufra only the distance reference; the Sarir field "
        "only the origin of civilian fuel trucks; Tripoli only the seat of the Presidential Council). Person traps "
        "'محمد الجالوي' (Jalu) and 'نجيب الطرابلسي' (Tripoli).",
 "xy4": "Oman daily with AFP from N'Djamena: Chadian rebels redeployed Kouri Bougoudi→around Rebiana ('غرب الكُفرة' a "
        "distance reference) while others mass at Kouri Bougoudi, an LNA airlift Benina air base→Kufra airport, a "
        "planned LNA deployment Kufra→the border with Chad, FACT's conditional return Rebiana→Tibesti, and a denied LNA "
        "arms shipment Kufra→Kouri Bougoudi. Benghazi and N'Djamena are speakers; Déby names hold 'إدري'; 'دعم مالي' is "
        "a common-word trap; miners from Sudan and Niger are not a movement.",
 "xy5": "Al-Anba from Kuwait: a Kuwaiti aid plane at Kufra airport (humanitarian, no movement), an Egyptian border-guard "
        "airlift Kharga→East Oweinat airport, marines landed Safaga port→Berenice base, a conditional Egyptian advance "
        "to the Argeen crossing (the border with Sudan only the condition), a planned Subul al-Salam move Maaten "
        "al-Sarra→'العوينات' (= Jebel Uweinat, not the Fezzan town), and a denied Egyptian entry into Kufra across the "
        "border with Libya and a denied landing at Tobruk port. Kuwait is the city in the dateline and the country "
        "later; Cairo is a source.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("xy1", "xy2", "xy3", "xy4", "xy5")
