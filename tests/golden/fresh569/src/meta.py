# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                   # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                     # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                   # G
 # Libya
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                      # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                   # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                      # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                                  # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                                  # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                         # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                           # G (row قاعدة بنينا الجوية)
 "maaten": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                  # G
 "jufra": ("district", "LY", 29.14, 16.04, "Al Jufra"),                                     # G* (between the Hun and Waddan rows)
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                   # G* (row جنوب شرق ليبيا)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                        # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),     # G* (row مثلث العوينات)
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                          # G* (row مثلث العوينات, found by grep جبل العوينات)
 "triangle_ltc": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),     # G* (row الحدود الليبية السودانية)
 "sabha_mun": ("district", "LY", 27.03766, 14.42832, "Sabha municipality"),                # G* (city row)
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Al Kufra municipality"),              # G* (town row)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                        # G
 # Sudan
 "omdurman": ("city", "SD", 15.64453, 32.47773, "Omdurman"),                                # G
 "argeen": ("crossing", "SD", 22.00000, 31.25000, "Argeen land port"),                      # G (row منفذ أرقين)
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                      # G
 "nyala_airport": ("airport", "SD", 12.0535, 24.9562, "Nyala Airport"),                     # K
 "kordofan": ("region", "SD", 13.18420, 30.21670, "Kordofan"),                              # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                  # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                    # G
 "daein": ("city", "SD", 11.46186, 26.12583, "Ed Daein"),                                   # G* (row spelled الدعين)
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                   # G
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                          # G
 "karb": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                               # G
 "geneina": ("city", "SD", 13.45262, 22.44725, "Geneina"),                                  # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                             # G
 "debba": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                                  # G* (row spelled الدبه)
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),                # G
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                      # G
 "east_oweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                        # G* (row مطار شرق العوينات, as town)
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                                # G
 "djibouti": ("city", "DJ", 11.58901, 43.14503, "Djibouti"),                                # G
 # Chad
 "adre": ("crossing", "TD", 13.46648, 22.19875, "Adre crossing"),                           # G* (town row أدري)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                               # G (city row نجامينا)
 "fada": ("town", "TD", 17.19186, 21.58081, "Fada"),                                        # G* (row spelled فدا)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                                # G
 "border_td": ("region", "TD", 21.0, 19.5, "Chad-Libya border (Chadian side)"),             # K
}

SAG, LNA = "Sudanese armed groups", "Libyan National Army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "uy1": ["دارفور24", "قوات الدعم السريع", "للجيش الوطني الليبي", "ليبيا الحدث",
         "القوة المشتركة لحركات الكفاح المسلح"],
 "uy2": ["الراكوبة", "ود نيالا", "قوات الدعم السريع", "كتيبة سبل السلام", "للجيش الوطني الليبي",
         "اللواء طارق بن زياد", "الجيش الليبي", "سودانيين", "السودانيين", "سوق ليبيا", "لا أدري"],
 "uy3": ["السوداني", "الآبار المالحة", "القوة المشتركة لحركات الكفاح المسلح", "حركة تحرير السودان",
         "حركة العدل والمساواة", "للجيش الوطني الليبي", "ليبية", "دارفورية"],
 "uy4": ["الجريدة", "للجيش الوطني الليبي", "كتيبة سبل السلام", "قوات الدعم السريع", "السوداني",
         "الجيش المصري", "مصري", "قوات حفتر", "سودانيين"],
 "uy5": ["مونت كارلو الدولية", "جبهة الوفاق من أجل التغيير في تشاد", "فاكت", "تشاديون", "التشادية",
         "تشادي", "قوات الدعم السريع", "للجيش الوطني الليبي", "محمد إدريس ديبي"],
}

PHEN = {
 "uy1": ["clitics", "multiword", "media_trap", "operation_trap", "vague_area", "countries",
         "coverage_neighbours", "coverage_bases"],
 "uy2": ["clitics", "spelling", "person_trap", "common_word_trap", "media_trap", "operation_trap", "nisba",
         "vague_area", "ambiguity_tripoli", "ambiguity_idri", "town_vs_district", "countries", "coverage_neighbours"],
 "uy3": ["clitics", "spelling", "multiword", "common_word_trap", "media_trap", "operation_trap", "nisba",
         "vague_area", "ambiguity_country_capital", "coverage_oil", "countries", "coverage_neighbours"],
 "uy4": ["clitics", "multiword", "coverage_bases", "coverage_oil", "coverage_crossings", "border_phrase",
         "media_trap", "operation_trap", "nisba", "vague_area", "town_vs_district", "ambiguity_tripoli",
         "ambiguity_country_capital", "countries", "coverage_neighbours"],
 "uy5": ["clitics", "spelling", "multiword", "border_phrase", "vague_area", "media_trap", "operation_trap",
         "person_trap", "nisba", "ambiguity_idri", "coverage_crossings", "countries", "coverage_neighbours"],
}

MOVES = {
 "uy1": [
  mv("airlift", "reported", SAG, ["مطار الكفرة"], ["مطار نيالا"]),
  mv("deploy", "reported", SAG, ["نيالا"], ["كردفان"], ["الضعين"]),
  mv("airlift", "planned", SAG, ["الكفرة"], ["نيالا"]),
  mv("deploy", "denied", LNA, [], ["مطار الكفرة"]),
  mv("advance", "conditional", SAG, [], ["المثلث الحدودي"]),
 ],
 "uy2": [
  mv("mobilise", "reported", SAG, ["سبها"], ["الكفرة"], ["تازربو"]),
  mv("deploy", "planned", SAG, ["الكفرة"], ["المالحة"], ["المثلث الحدودي"]),
  mv("deploy", "reported", SAG, [], ["وادي هور"]),
  mv("withdraw", "denied", LNA, ["ربيانة"], []),
  mv("shipment", "reported", SAG, ["الكفرة"], ["المالحة"]),
  mv("reinforce", "conditional", LNA, [], ["سبها"]),
 ],
 "uy3": [
  mv("withdraw", "reported", SAG, ["جنوب ليبيا"], ["وادي هور"], ["المثلث الحدودي"]),
  mv("advance", "reported", SAG, ["المالحة"], ["وادي هور"]),
  mv("redeploy", "planned", SAG, [], ["الدبة"]),
  mv("advance", "conditional", SAG, [], ["كرب التوم"]),
  mv("advance", "denied", LNA, [], ["جبل العوينات"]),
 ],
 "uy4": [
  mv("advance", "denied", LNA, ["الكفرة"], ["جبل العوينات", "الحدود مع السودان"]),
  mv("redeploy", "reported", LNA, ["قاعدة معطن السارة"], ["الكفرة"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("shipment", "reported", SAG, ["الكفرة"], ["المالحة"], ["المثلث الحدودي"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["شرق العوينات"]),
 ],
 "uy5": [
  mv("deploy", "reported", "Chadian armed groups", ["أم الأرانب"], ["شمال دارفور"], ["ربيانة", "المثلث الحدودي"]),
  mv("airlift", "reported", SAG, ["مطار الكفرة"], ["نيالا"]),
  mv("deploy", "planned", None, ["فادا"], ["الحدود مع ليبيا"]),
  mv("withdraw", "denied", LNA, ["أم الأرانب"], []),
  mv("mobilise", "conditional", "Chadian armed groups", [], ["القطرون"]),
 ],
}

NOTES = {
 "uy1": "Darfur24-style report from Nyala: a reported Il-76 airlift Kufra airport→Nyala airport, the recruits moved on "
        "Nyala→Kordofan via Ed Daein (origin by anaphora «أطراف المدينة»), a planned second airlift Kufra→Nyala, the LNA's "
        "denied deployment at Kufra airport and the joint force's conditional advance to the border triangle; traps: "
        "the outlet name دارفور24 (contains دارفور), the channel «ليبيا الحدث», force names; Nyala in a threat quote and "
        "the closing paragraph is not a movement place.",
 "uy2": "Al-Rakoba-style investigation into RSF recruiters in Sabha and Kufra: recruits trucked Sabha→Kufra via Tazirbu "
        "and gathered there (mobilise), their planned move Kufra (anaphora «من هناك»)→Al Malha across the triangle, a "
        "flashback batch that reached Wadi Howar, a habitual fuel run Kufra→Al Malha (shipment), the LNA's denied pull-out "
        "from Rebiana and a conditional LNA reinforcement of Sabha (بلدية سبها district beside the city); spelling الكفره; "
        "traps: the broker's nickname «ود نيالا», «سوق ليبيا» (an Omdurman market), «لا أدري», Tariq bin Ziyad brigade, "
        "nisba forms; Tripoli (GNU ministry) is a speaker, not a movement place.",
 "uy3": "Al-Sudani-style report from Port Sudan: the Darfur joint force's reported withdrawal from southern Libya across "
        "the triangle to Wadi Howar, an RSF advance Al Malha→Wadi Howar, a planned move of the returnees to Ad Debba, a "
        "conditional advance on Karb al-Tom and the LNA's denied advance to Jebel Uweinat; Port Sudan spelled two ways; "
        "common-word trap «الآبار المالحة» before the town Al Malha; UN-report presence at Jufra/Umm al-Aranib is not a move.",
 "uy4": "Al-Jarida-style report from Cairo on the LNA's denials: a denied Subul al-Salam advance Kufra→Jebel Uweinat/the "
        "border with Sudan, a reported company redeploy Maaten al-Sarra air base→Kufra, a planned Benina→Kufra airport "
        "airlift, an RSF fuel-and-ammunition convoy Kufra→Al Malha via the triangle (shipment) and Egypt's conditional "
        "reinforcement of East Oweinat; the RSF's seizure of the triangle last June is control, not a movement; Sarir field, "
        "the Argeen land port, Kufra municipality, Tripoli and Kuwait are mentioned without movement.",
 "uy5": "Monte Carlo Doualiya-style report from N'Djamena: FACT fighters Umm al-Aranib→North Darfur via Rebiana and the "
        "Libya–Chad–Sudan triangle (a different triangle from uy1–uy4), an earlier RSF airlift Kufra airport→Nyala, the "
        "Chadian army's planned battalion Fada→the border with Libya (actor null), the LNA's denied pull-out from Umm "
        "al-Aranib and FACT's conditional massing of a second group in Al Qatrun; spelling إنجامينا; the Adré crossing "
        "(أدري) open to aid convoys is not a movement; traps: the FACT name (contains تشاد), President «محمد إدريس "
        "ديبي» (contains إدري), the radio name (contains مونت كارلو), Chadian nisba forms.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("uy1", "uy2", "uy3", "uy4", "uy5")
