# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 # the triangle and Jebel Uweinat (shared)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "uweinat_mt": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                   # G* (row مثلث العوينات)
 "karbtom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                        # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "northern": ("district", "SD", 19.45943, 29.85719, "Northern State"),                  # G
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                              # G
 "debba": ("town", "SD", 18.05000, 30.95000, "Ed Debba"),                               # K
 "howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                           # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 # yk1 the Sudanese army's column (SUNA)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "merowe_airport": ("airport", "SD", 18.44300, 31.84300, "Merowe Airport"),             # K
 # yk2 the RSF column from Mellit (Al-Rakoba)
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G
 "ndarfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                     # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "border_sdly": ("region", "SD", 20.8, 25.3, "Sudan-Libya border (Sudanese side)"),    # K
 # yk3 satellite images, Egypt and the joint force (Ultra Sudan)
 "nairobi": ("city", "KE", -1.28333, 36.81667, "Nairobi"),                              # G
 "eow_airport": ("airport", "EG", 22.58570, 28.71660, "Sharq El Owainat Airport"),      # G
 "berenice": ("base", "EG", 23.93330, 35.48330, "Berenice Military Base"),         # G
 "safaga": ("town", "EG", 26.74906, 33.93891, "Safaga"),                                # G
 "aswan": ("city", "EG", 24.09082, 32.89942, "Aswan"),                                  # G
 "argeen": ("crossing", "SD", 22.00000, 31.25000, "Argeen land port"),                  # G
 # yk4 Haftar's reinforcements and the flights (Al-Quds Al-Arabi)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),               # G (row جنوب شرق ليبيا)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat (Serdeles)"),                # G
 "ghat_dist": ("district", "LY", 26.01562, 10.40660, "Ghat district"),                  # G
 "sw_libya": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),               # G
 "sarra_base": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),          # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "kufra_mun": ("district", "LY", 23.30855, 22.08059, "Kufra municipality/district"),    # G (district row; names include بلدية الكفرة)
 # yk5 Kufra under pressure (Al-Jarida)
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "hawari": ("village", "LY", 24.31667, 23.16667, "Al Hawwari"),                         # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "jawf": ("town", "LY", 24.19890, 23.29093, "Al Jawf (Kufra)"),                         # G* (Kufra town row)
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Kufra district"),                # G
 "border_lysd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
}

TRAPS = {
 "yk1": ["سونا", "السودانية", "وكالة السودان للأنباء", "كتيبة سبل السلام", "الجيش الوطني الليبي",
         "قوات الدعم السريع", "كامل إدريس", "الليبية"],
 "yk2": ["الراكوبة", "الدنقلاوي", "قوات الدعم السريع", "الليبية", "خليفة حفتر"],
 "yk3": ["الترا سودان", "القاهرة الإخبارية", "قوات الدعم السريع", "القوة المشتركة لحركات الكفاح المسلح", "السوداني",
         "مصرياً", "مصرية", "المصري"],
 "yk4": ["القدس العربي", "كتيبة سبل السلام", "طارق بن زياد", "علي الطرابلسي", "الخطوة السارة", "السوداني",
         "الليبية", "خليفة حفتر"],
 "yk5": ["الجريدة", "الجيش الوطني الليبي", "قوات الدعم السريع", "المياه الجوفية", "كامل إدريس", "السودانية",
         "السوداني", "المصري", "مصري", "الليبية"],
}

PHEN = {
 "yk1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "yk2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli", "vague_area",
         "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "yk3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "yk4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
 "yk5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


SAF = RSF = "Sudanese armed groups"  # no canonical name for the Sudanese army; see README "Actors"
LNA = "Libyan National Army"

MOVES = {
 "yk1": [
  mv("deploy", "reported", SAF, ["الدبة"], ["كرب التوم"], ["دنقلا"]),
  mv("deploy", "reported", RSF, ["الكفرة"], ["المثلث الحدودي"]),
  mv("withdraw", "denied", SAF, ["جبل العوينات"]),
  mv("airlift", "planned", SAF, ["مطار مروي"], ["دنقلا"]),
  mv("shipment", "planned", SAF, ["دنقلا"], ["كرب التوم"]),
  mv("advance", "conditional", SAF, ["كرب التوم"], ["المثلث الحدودي"]),
 ],
 "yk2": [
  mv("advance", "reported", RSF, ["مليط"], ["وادي هور"], ["المالحة"]),
  mv("shipment", "reported", RSF, ["المثلث الحدودي"], ["المالحة"]),
  mv("advance", "denied", RSF, [], ["الكفرة"]),
  mv("redeploy", "planned", RSF, ["الفاشر"], ["كرب التوم"]),
  mv("withdraw", "conditional", RSF, ["المثلث الحدودي"]),
 ],
 "yk3": [
  mv("advance", "reported", RSF, ["كرب التوم"], ["جبل العوينات"]),
  mv("airlift", "reported", "Egyptian army", ["أسوان"], ["مطار شرق العوينات"]),
  mv("naval_landing", "reported", "Egyptian army", ["سفاجا"], ["قاعدة برنيس العسكرية"]),
  mv("mobilise", "denied", "Egyptian army", [], ["جبل العوينات"]),
  mv("advance", "planned", SAF, ["الدبة"], ["وادي هور"]),
  mv("reinforce", "conditional", SAF, ["دنقلا"], ["منفذ أرقين"]),
 ],
 "yk4": [
  mv("reinforce", "reported", LNA, ["بنغازي"], ["الكفرة"], ["اجدابيا", "جالو"]),
  mv("airlift", "reported", None, ["قاعدة الخادم"], ["مطار الكفرة"]),
  mv("deploy", "denied", RSF, ["الكفرة"], ["المثلث الحدودي"]),
  mv("redeploy", "planned", LNA, ["العوينات"], ["قاعدة معطن السارة"]),
  mv("reinforce", "conditional", LNA, ["الكفرة"], ["حقل السرير"]),
 ],
 "yk5": [
  mv("deploy", "reported", LNA, ["الكفرة"], ["الحدود مع السودان", "جبل العوينات"]),
  mv("mobilise", "denied", RSF, [], ["الهواري"]),
  mv("advance", "conditional", RSF, [], ["كفرة"]),
  mv("reinforce", "planned", LNA, ["تازربو"], ["الكفرة"]),
  mv("naval_landing", "planned", "Egyptian army", [], ["قاعدة برنيس العسكرية"]),
 ],
}

NOTES = {
 "yk1": "SUNA: an army column Ed Debba→Karb al-Tom via Dongola; the army's accusation that Subul al-Salam let RSF "
        "fighters cross Kufra→the triangle (reported, not denied in this article); a denied pull-out from Jebel "
        "Uweinat; a planned airlift Merowe airport→Dongola; a conditional advance Karb al-Tom→the triangle; a planned "
        "fuel-and-ammunition convoy Dongola→Karb al-Tom. The 2025 seizure of the triangle and of El Fasher is control "
        "without movement; Port Sudan is dateline and venue; the Dongola–Ed Debba road, the Northern State and the "
        "Argeen crossing (lorry traffic) are not movement places; 'Kamil Idris' contains إدري.",
 "yk2": "Al-Rakoba: a monitor-sourced RSF column Mellit→Wadi Howar via Al-Malha ('300 km from the border with Libya' is "
        "a distance reference); 15 RSF fuel-and-ammunition lorries into Al-Malha 'from the direction of' the triangle; "
        "the RSF adviser denies approaching Kufra (Libya in 'no element inside Libya' is not a movement place); a "
        "planned move El Fasher→Karb al-Tom; a conditional withdrawal from the triangle (the Northern State is only in "
        "the condition). The Mellit–triangle corridor, the 2025 background, Benghazi and Tripoli are not moves.",
 "yk3": "Ultra Sudan: satellite images show RSF vehicles Karb al-Tom→Jebel Uweinat (monitor in Nairobi = source only); "
        "two C-130s Aswan→East Owainat airport; marines landed at Berenice base from Safaga; an Egyptian source denies "
        "massing units near Jebel Uweinat; the joint force plans to move Ed Debba→Wadi Howar; the army's conditional "
        "reinforcement Dongola→Argeen land port. Dongola is also dateline and venue; Cairo is the government's voice.",
 "yk4": "Al-Quds Al-Arabi: an LNA column Benghazi→Kufra via Ajdabiya and Jalu; three Il-76 flights Al-Khadim→Kufra "
        "airport (no force named: actor null); the LNA denies moving RSF fighters Kufra→the triangle; a planned "
        "company from Al-Awaynat (Ghat district, not Jebel Uweinat) to Maaten al-Sarra base; a conditional force "
        "Kufra→Sarir field. The reopened road to Ajdabiya (civilian lorries) and Tripoli (GNU) are not movement places.",
 "yk5": "Al-Jarida wire round-up: LNA units left Kufra ('the city') for the border with Sudan and posts around Jebel "
        "Uweinat; RSF denies massing fighters in Al-Hawari; RSF's conditional 'will not approach Kufra unless' (كفرة "
        "without the article); planned reinforcements Tazirbu→Kufra (Sarir only as the source of stopped fuel "
        "supplies); a planned Egyptian marine battalion to Berenice base. Kuwait dateline (city) vs Kuwait (country); "
        "Cairo and Benghazi as voices; Libya/Chad only urged to control their borders.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("yk1", "yk2", "yk3", "yk4", "yk5")
