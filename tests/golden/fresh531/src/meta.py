# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 # cities outside the mountains
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                      # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                      # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                                 # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                   # G
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port"),                      # K (GeoNames 2208423, via fresh51 README)
 "tripoli_port": ("crossing", "LY", 32.903, 13.186, "Tripoli port"),                        # K
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),           # G* (row إقليم طرابلس)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),                 # G* (row الحدود الليبية التونسية)
 # Tunisian side
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                              # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),           # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                    # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba-Wazin border crossing"), # G* (row منفذ وازن, country TN)
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                    # G
 "remada_base": ("base", "TN", 32.306, 10.382, "Remada Air Base"),                          # K
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                     # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                       # G* (row جنوب تونس)
 # Nafusa Mountains and the west
 "nafusa": ("region", "LY", 31.98, 12.00, "Jabal Nafusa"),                                  # K
 "jabal_gharbi": ("region", "LY", 31.98, 12.00, "Western Mountain (Jabal Nafusa)"),         # K
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                      # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                      # G
 "kabaw": ("town", "LY", 31.84724, 11.33055, "Kabaw"),                                      # G
 "tiji": ("town", "LY", 32.01493, 11.35461, "Tiji"),                                        # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                    # G
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                                 # G
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                                        # G
 "jadu_mun": ("district", "LY", 31.95506, 12.02901, "Jadu municipality"),                   # G* (town row)
 "yafran": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                    # G
 "riyayna": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                             # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                                  # G
 "bir_ghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                         # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                        # G
 # oil
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                 # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                       # G
 # Ghadames, Derj, Sinawen and the desert
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                                 # G
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),         # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Daraj (Derj)"),                                # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawin"),                                  # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                            # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                          # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                         # G
 "triangle_dz_tn": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "border_dz": ("region", "LY", 29.80, 10.00, "Libya-Algeria border (near Ghadames)"),       # K
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                     # G
}

TRAPS = {
 "tm1": ["ديوان أف أم", "نهج ليبيا", "الطاهر الإدريسي", "فتحي النالوتي", "الليبية", "الليبي",
         "المنطقة العسكرية الغربية"],
 "tm2": ["المسار", "المجلس العسكري نالوت", "حسن الطرابلسي", "سالم الوازني", "المجلس العسكري الزنتان", "زنتاني",
         "الجانب التونسي"],
 "tm3": ["الراي", "العاصمة الليبية", "شارع طرابلس", "اللواء 444 قتال", "محمود الزنتاني", "الكتائب الزنتانية",
         "زنتانية", "المجلس العسكري الزنتان"],
 "tm4": ["زنتانية", "التناصح", "المنطقة العسكرية الغربية", "مسعود الجادوي", "ما ادري", "علي الرجباني",
         "الأمازيغية"],
 "tm5": ["الدستور", "الجيش الوطني الليبي", "خليفة حفتر", "عثمان الغدامسي", "أدرجت", "الجزائري"],
}

PHEN = {
 "tm1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "tm2": ["clitics", "multiword", "media_trap", "common_word_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "tm3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil"],
 "tm4": ["clitics", "multiword", "media_trap", "common_word_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_idri", "vague_area", "town_vs_district"],
 "tm5": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "operation_trap", "person_trap",
         "nisba", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    """One movement row in movements.jsonl key order."""
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "tm1": [
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة", "معبر الذهيبة"], ["رمادة"]),
  mv("airlift", "reported", "Tunisian army", ["العاصمة تونس"], ["قاعدة رمادة الجوية"]),
  mv("withdraw", "denied", "Tunisian army", ["معبر الذهيبة"], ["تطاوين"]),
  mv("deploy", "planned", "Tunisian army", ["رمادة"], ["برج الخضراء"]),
  mv("reinforce", "conditional", "GNA forces", ["نالوت"], ["منفذ وازن"]),
  mv("withdraw", "reported", None, ["وازن"], ["الحمادة الحمراء"]),
 ],
 "tm2": [
  mv("deploy", "reported", "GNA forces", ["نالوت"], ["منفذ وازن", "وازن"]),
  mv("withdraw", "reported", "GNA forces", ["منفذ وازن"], ["ميناء زوارة"], ["تيجي"]),
  mv("naval_landing", "planned", "GNA forces", ["ميناء زوارة"], ["ميناء طرابلس"]),
  mv("naval_landing", "reported", "GNA forces", ["مصراتة"], ["ميناء زوارة"]),
  mv("reinforce", "planned", "GNA forces", ["كاباو"], ["منفذ وازن"]),
  mv("deploy", "denied", "Zintan forces", [], ["وازن"]),
  mv("mobilise", "conditional", None, [], ["منفذ وازن"]),
 ],
 "tm3": [
  mv("withdraw", "reported", "Zintan forces", ["بئر الغنم"], ["الزنتان"], ["الرياينة"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["بئر الغنم"]),
  mv("deploy", "reported", "GNA forces", [], ["بئر الغنم"]),
  mv("redeploy", "conditional", "Zintan forces", [], ["بئر الغنم"]),
  mv("redeploy", "denied", "Zintan forces", [], ["قاعدة الوطية"]),
 ],
 "tm4": [
  mv("deploy", "reported", "Zintan forces", ["الزنتان"], ["الرجبان"]),
  mv("reinforce", "reported", "GNA forces", ["يفرن", "كاباو"], ["جادو"]),
  mv("mobilise", "reported", None, [], ["جادو"]),
  mv("shipment", "reported", "Zintan forces", ["الزنتان"], ["الرجبان"]),
  mv("deploy", "planned", "GNA forces", ["غريان"], ["الرجبان", "جادو"]),
  mv("advance", "denied", "Zintan forces", [], ["جادو"]),
  mv("withdraw", "conditional", "Zintan forces", ["الرجبان"], ["الزنتان"]),
 ],
 "tm5": [
  mv("advance", "reported", "Libyan National Army", ["الشويرف"], ["درج"]),
  mv("shipment", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["درج"]),
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["غدّامس"], ["نالوت", "سيناون"]),
  mv("airlift", "planned", "GNA forces", ["قاعدة الوطية"], ["مطار غدامس"]),
  mv("deploy", "reported", "GNA forces", ["غدامس"], ["المثلث الحدودي"]),
  mv("advance", "denied", "Libyan National Army", [], ["غدامس"]),
  mv("reinforce", "conditional", "Algerian army", [], ["الدبداب"]),
 ],
}

NOTES = {
 "tm1": "Diwan FM (Tataouine): Tunisian army reinforcement Tataouine→Dehiba/the Dehiba crossing via Remada; a C-130 "
        "airlift Tunis→Remada air base; denied pull-out crossing→Tataouine; planned company Remada→Borj El Khadra; "
        "conditional GNA move Nalut→Wazin crossing («فور تجدد»); gunmen's reported pull-back Wazin→Hamada al-Hamra. "
        "Nalut as the council's seat is no movement place; street نهج ليبيا, officer النالوتي and resident الإدريسي are "
        "traps; العاصمة تونس is the city, تونس/ليبيا in «بين تونس وليبيا» the countries; ولاية تطاوين district vs town.",
 "tm2": "Al-Masar TV (Nalut): Nalut military council force Nalut→Wazin crossing/Wazin (GNA chain of command); border "
        "security pull-out crossing→Zuwara port via Tiji, a planned sea move Zuwara port→Tripoli port (Zawiya is only "
        "the reason) and the same ship's earlier landing Misrata→Zuwara port (flashback, reported); planned company "
        "Kabaw→crossing; Zintan's denied column to Wazin (no origin given); Wazin elders' conditional «سيحتشدون» at the "
        "crossing gate. Ghadames is only the road's end; force names with a town inside are traps («كتائب نالوت» keeps "
        "the town); «المسار» is outlet and common word; الطرابلسي hides طرابلس.",
 "tm3": "Al-Rai (Tripoli dateline): Zintan forces' reported pull-out Bir al-Ghanam→Zintan via Al-Riyayna; planned 444 "
        "Brigade battalion Tripoli→Bir al-Ghanam; Gharyan security patrols at the Bir al-Ghanam junction (affiliation, "
        "no origin); conditional Zintani return to Bir al-Ghanam; denied transfer to Al-Watiya base. قوات الزنتان keeps "
        "the town as gold; شارع طرابلس (a Zintan street), الزنتاني/الزنتانية/المجلس العسكري الزنتان are traps; Yafran and "
        "Ghadames are mediators' towns; the Riyayna valve, Sharara and the Zawiya refinery are background, not moves.",
 "tm4": "Al-Tanasuh (Jadu): a Zintan force's checkpoint at Al-Rujban (deploy Zintan→Rujban) and its ammunition trucks "
        "Zintan→the checkpoint; GNA brigades reinforce Jadu from Yafran and Kabaw; Jadu youths' «النفير» in the town "
        "square; planned neutral force Gharyan→between Rujban and Jadu (both destinations); denied entry into Jadu; "
        "conditional pull-back Rujban→Zintan («فور تسليم»). A civilian's trip from Gharyan is not a movement; «المرتفعات "
        "المطلة على الرجبان» is a locator; بلدية جادو is the district; «ما ادري» and الجادوي/الرجباني are traps.",
 "tm5": "Al-Dustour (Cairo): LNA column Ash Shwayrif→Derj and its fuel/ammunition trucks Brak air base→Derj; GNA force "
        "Tripoli→Ghadames via Nalut and Sinawen; planned airlift Al-Watiya base→Ghadames airport; border-guard patrols "
        "Ghadames→the border triangle; LNA denies any move on Ghadames; Algeria's conditional reinforcement of Debdeb. "
        "Cairo and Benghazi are dateline/speaker; Al Wafa field and Hamada al-Hamra are the stated mission, not places "
        "of the move; أدرجت hides درج; الجيش الجزائري hides الجزائر; «وفي الجزائر» is the country.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("tm1", "tm2", "tm3", "tm4", "tm5")
