# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                            # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                              # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                                # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                            # G
 # the junction: Mizda, Al-Qaryat, Ash-Shwayrif
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                  # G
 "mizda_mun": ("district", "LY", 31.44934, 12.98530, "Mizdah municipality"),             # G* (town row)
 "qaryat": ("town", "LY", 30.38333, 13.58333, "Al Qaryat"),                              # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 "shwayrif_mun": ("district", "LY", 29.92428, 14.21152, "Ash Shwayrif municipality"),    # G* (town row)
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                      # G
 # west and the Nafusa mountains
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                               # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabaa"),                              # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "bani_walid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "misrata_port": ("crossing", "LY", 32.3706, 15.2139, "Misrata port (Qasr Ahmad)"),      # K
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G (row قاعدة الوطية)
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                      # G
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),     # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                   # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),              # G* (row الحدود الليبية التونسية)
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                              # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),         # G* (town row)
 "darj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                    # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                    # G
 # south and centre
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),               # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                 # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 # east
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                   # G
 # Algeria
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                  # G
 "debdeb_crossing": ("crossing", "DZ", 29.96750, 9.42389, "Debdeb border crossing"),     # G* (Debdeb town row)
 "border_dz": ("region", "DZ", 29.60, 9.55, "Algeria-Libya border (Algerian side)"),     # K
 # elsewhere
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                   # G* (row spelled ربات)
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                             # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                 # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                             # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                 # G
 "afrin": ("town", "SY", 36.50833, 36.86944, "Afrin"),                                   # G
 "north_syria": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                  # G* (row شمال سوريا)
 "tripoli_lb_port": ("crossing", "LB", 34.4600, 35.8200, "Port of Tripoli (Lebanon)"),   # K
}

TRAPS = {
 "qy1": ["فرانس 24", "خليفة حفتر", "العقيد إدريس بن نايل", "اللواء 444 قتال", "المنطقة العسكرية الغربية",
         "عماد الطرابلسي", "المجلس العسكري الزنتان", "طوفان الكرامة", "ليبيا الحدث", "الملف الليبي"],
 "qy2": ["الرياض", "حشود زنتانية", "المجلس العسكري الزنتان", "قوات الزنتان", "علي الشويرفي", "الشرارة الأولى",
         "البحرية التركية", "الجنود الأتراك", "مقاتلين سوريين", "الأسواق الجنوبية"],
 "qy3": ["هسبريس", "عماد الطرابلسي", "نظيره المغربي", "الليبيين"],
 "qy4": ["يورونيوز", "درجة التأهب", "ما ادري", "الجيش الوطني الشعبي الجزائري", "مصدر أمني جزائري",
         "الحدود الجزائرية", "غرين ستريم"],
 "qy5": ["عنب بلدي", "فرقة السلطان مراد", "الجيش الوطني السوري", "أبو خالد الحلبي", "الفصائل السورية",
         "الثورة السورية", "الوجود التركي"],
}

PHEN = {
 "qy1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "town_vs_district",
         "coverage_bases"],
 "qy2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "coverage_bases", "coverage_oil", "countries"],
 "qy3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "qy4": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "qy5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "coverage_bases", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qy1": [
  mv("deploy", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["الشويرف"]),
  mv("reinforce", "reported", "GNA forces", ["غريان"], ["مزده"]),
  mv("deploy", "planned", "GNA forces", ["مزدة"], ["القريات"]),
  mv("mobilise", "conditional", "Zintan forces", [], ["الزنتان"]),
  mv("withdraw", "denied", "Libyan National Army", ["الشويرف"], ["قاعدة الجفرة الجوية"]),
 ],
 "qy2": [
  mv("mobilise", "reported", "Zintan forces", [], ["الأصابعة"]),
  mv("redeploy", "reported", "Libyan National Army", ["حقل الشرارة"], ["الشويرف"]),
  mv("naval_landing", "reported", "Turkish armed forces", ["مرسين"], ["ميناء مصراتة"]),
  mv("shipment", "planned", "GNA forces", ["مصراتة"], ["مزدة"], ["بني وليد"]),
  mv("advance", "conditional", "Zintan forces", [], ["القريات"]),
  mv("redeploy", "denied", "Syrian mercenaries", ["قاعدة الوطية"], ["مزدة"]),
 ],
 "qy3": [
  mv("withdraw", "reported", "Libyan National Army", ["قريات"], ["الشويرف"]),
  mv("redeploy", "planned", "GNA forces", ["منفذ وازن"], ["القريات"]),
  mv("reinforce", "conditional", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["الشويرف"]),
  mv("airlift", "denied", "Libyan National Army", ["بنغازي"], ["قاعدة براك الجوية"]),
 ],
 "qy4": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["قاعدة براك الجوية"]),
  mv("advance", "reported", "Libyan National Army", ["الشويرف"], ["القريات"]),
  mv("deploy", "planned", "GNA forces", ["غدامس"], ["درج"]),
  mv("withdraw", "denied", "GNA forces", ["غدامس"], ["نالوت"]),
  mv("reinforce", "conditional", "Algerian army", ["عين أميناس"], ["الدبداب", "معبر الدبداب"]),
 ],
 "qy5": [
  mv("redeploy", "reported", "Syrian mercenaries", ["قاعدة الوطية"], ["مزدة"]),
  mv("airlift", "reported", "Syrian mercenaries", ["إسطنبول"], ["مطار معيتيقة"]),
  mv("withdraw", "planned", "Syrian mercenaries", ["قاعدة الوطية"], ["سوريا"], ["مطار معيتيقة"]),
  mv("naval_landing", "denied", "Syrian mercenaries", ["ميناء طرابلس"], ["ميناء مصراتة"]),
  mv("shipment", "conditional", "Turkish armed forces", [], ["قاعدة الوطية"]),
 ],
}

NOTES = {
 "qy1": ("France 24 Arabic, Tripoli: an LNA column Brak air base→Ash-Shwayrif (deploy, reported; the commander's "
         "battalion 'stationed for two years in Idri' is presence), a GNA reinforcement Gharyan→Mizda (spelled مزده), "
         "a planned company Mizda→Al-Qaryat, Zintan's conditional massing in Zintan («إذا تقدمت») and the LNA's denied "
         "pull-out Ash-Shwayrif→Jufra air base. Tunis is the diplomat's city, not a movement place."),
 "qy2": ("Al-Riyadh (Saudi daily), Cairo bureau: Zintan massing in Al-Asabaa (mobilise, reported), an LNA redeploy "
         "Sharara field→Ash-Shwayrif, a Turkish landing ship Mersin→Misrata port (naval landing), a planned ammunition "
         "convoy Misrata→Mizda via Bani Walid, Zintan's conditional advance on Al-Qaryat («لن … إلا إذا») and a denied "
         "transfer of Syrian fighters Al-Watiya→Mizda («عارية عن الصحة»). Traps: the paper «الرياض», «الشرارة الأولى», "
         "the officer «علي الشويرفي»."),
 "qy3": ("Hespress, Rabat: during the Bouznika talks, an LNA unit pulls back from the checkpoint at the southern entrance "
         "of Al-Qaryat (written للقريات → surface قريات) to Ash-Shwayrif, a planned GNA redeploy Wazin crossing→"
         "Al-Qaryat, a conditional LNA reinforcement Jufra air base→Ash-Shwayrif («في حال») and a denied «air bridge» "
         "Benghazi→Brak air base (the planes that landed at براك الشاطئ carried medicine: not a movement)."),
 "qy4": ("Euronews Arabic, Tripoli: an LNA airlift Benina air base→Brak air base, an advance Ash-Shwayrif→the outskirts "
         "of Al-Qaryat, a planned GNA company Ghadames→Darj, a denied GNA pull-out Ghadames→Nalut and a conditional "
         "Algerian reinforcement In Amenas→Debdeb/the Debdeb crossing («إذا»). Traps: «درجة التأهب» (contains درج), "
         "the dialect «ما ادري»; الجزائر is the country (headline, last paragraph) and Algiers («الجزائر العاصمة»)."),
 "qy5": ("Enab Baladi, Istanbul: Syrian fighters Al-Watiya→Mizda (redeploy, reported), a new batch airlifted "
         "Istanbul→Mitiga airport, a planned return Al-Watiya→Syria via Mitiga, a denied sea transfer from the port of "
         "Tripoli (Lebanon) to Misrata port and Turkey's conditional drone shipment to Al-Watiya («إذا»). Two Tripolis: "
         "the Libyan capital (city) and «ميناء طرابلس شمالي لبنان» (LB)."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qy1", "qy2", "qy3", "qy4", "qy5")
