# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # datelines / cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G* (row spelled خرطوم)
 # Fezzan: Murzuq, Al-Qatrun, Um al-Aranib
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G (district row)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Taraghin"),                             # G
 "zawila": ("town", "LY", 26.16188, 15.12522, "Zawilah"),                               # G
 "umaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                       # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G (row قاعدة الويغ)
 "wigh_airport": ("airport", "LY", 24.18590, 14.53280, "Al Wigh Airport"),              # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                # G* (row الحدود الليبية التشادية)
 "wau": ("village", "LY", 25.35000, 16.72000, "Wau al-Kabir"),                          # G (row spelled الواو الكبير)
 # Kufra, Tazirbu, Rebiana and the south-east
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),            # G* (town row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "buzayma": ("village", "LY", 25.00000, 22.00000, "Buzayma"),                           # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjilah"),                               # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "southeast_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),           # G (row جنوب شرق ليبيا)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),            # G
 "triangle_eg_sd": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                            # K
 "argeen": ("crossing", "EG", 22.00, 31.30, "Argeen land port"),                       # K
 # Chad and Sudan
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "ndarfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                     # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
}

LNA, SUD, CHAD = "Libyan National Army", "Sudanese armed groups", "Chadian armed groups"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "mp1": ["إرم نيوز", "الجيش الوطني الليبي", "علي القطروني", "تشاديون", "ما ادري"],
 "mp2": ["الراكوبة", "دارفورية", "السودانيين", "كتيبة سبل السلام", "الجيش الليبي", "عبد الرحمن هاشم الكفراوي",
         "قوات الدعم السريع"],
 "mp3": ["روسيا اليوم", "صالح التازرباوي", "الجيش الوطني الليبي", "قبيلة الزوية", "ما ادري"],
 "mp4": ["الشروق", "الجيش الليبي", "مصري", "جبهة الوفاق من أجل التغيير في تشاد", "التشادية", "السودانيين",
         "كتيبة سبل السلام", "قوات الدعم السريع"],
 "mp5": ["قناة ليبيا بانوراما", "المرزوقي", "غرفة عمليات الجنوب", "المجلس العسكري لإنقاذ الجمهورية", "تشادي",
         "ليبية", "قوة حماية القطرون"],
}

PHEN = {
 "mp1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "countries"],
 "mp2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "mp3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "coverage_oil", "coverage_neighbours",
         "countries"],
 "mp4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "mp5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "vague_area",
         "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}

MOVES = {
 "mp1": [
  mv("deploy", "reported", LNA, ["سبها"], ["مرزق"], ["تراغن"]),
  mv("withdraw", "denied", None, ["القطرون"], ["مرزق"]),
  mv("deploy", "planned", LNA, [], ["قاعدة الويغ"]),
  mv("reinforce", "conditional", LNA, ["قاعدة تمنهنت الجوية"], ["مرزق"]),
  mv("withdraw", "reported", CHAD, ["مرزق"], ["ام الارانب"]),
 ],
 "mp2": [
  mv("withdraw", "reported", SUD, ["أم الأرانب"], ["ربيانة"], ["واو الكبير"]),
  mv("deploy", "reported", LNA, ["الكفرة"], ["ربيانه"]),
  mv("advance", "conditional", LNA, [], ["ربيانة"]),
  mv("deploy", "denied", SUD, [], ["الكفرة", "ربيانة"], ["المثلث الحدودي"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
 ],
 "mp3": [
  mv("withdraw", "reported", None, ["تازربو"], ["ربيانة"]),
  mv("deploy", "reported", LNA, ["الكفرة"], ["تازيربو"], ["بزيمة"]),
  mv("withdraw", "planned", LNA, ["تازربو"], ["الكفرة"]),
  mv("mobilise", "denied", None, [], ["ربيانة"]),
  mv("reinforce", "conditional", LNA, ["جالو"], ["تازربو"], ["حقل السرير"]),
 ],
 "mp4": [
  mv("redeploy", "reported", LNA, ["الكفرة"], ["قاعدة معطن السارة الجوية"]),
  mv("shipment", "planned", LNA, ["أجدابيا"], ["الكفرة"], ["جالو", "حقل السرير"]),
  mv("advance", "denied", CHAD, ["تيبستي"], ["الكفرة"]),
  mv("withdraw", "reported", SUD, ["الكفرة"], ["المالحة"]),
  mv("mobilise", "reported", SUD, [], ["المالحة"]),
  mv("advance", "conditional", LNA, [], ["جبل العوينات"]),
 ],
 "mp5": [
  mv("advance", "reported", LNA, ["القطرون"], ["تجرهي"]),
  mv("airlift", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["مطار الويغ"]),
  mv("shipment", "reported", LNA, ["سبها"], ["القطرون"]),
  mv("redeploy", "denied", CHAD, ["كوري بوقودي"], ["القطرون"]),
  mv("withdraw", "planned", None, ["تجرهي"], ["القطرون"]),
  mv("reinforce", "conditional", LNA, ["الويغ"], ["منفذ التوم"]),
 ],
}

NOTES = {
 "mp1": ("Erem News (Benghazi dateline) on Murzuq: an LNA force Sabha→Murzuq via Traghen (reported deploy; headline "
         "repeats it), the Tebu council's denial of a pull-out Al-Qatrun→Murzuq (`قطرون` variant in the quote, same "
         "move; Tebu fighters = actor null), a planned LNA company for Al Wigh air base («تعتزم»; the Niger border is a "
         "locator), a conditional reinforcement Tamanhint air base→Murzuq («إذا عادت الاشتباكات»), and Chadian gunmen's "
         "reported pull-back from around Murzuq to Umm al-Aranib (written `ام الارانب`). Not moves: the elders' "
         "committee coming to the town, the 2019 displacement to Sabha and Ubari. Traps: the outlet, the LNA's name, "
         "the spokesman «علي القطروني», the nisba «تشاديون»."),
 "mp2": ("Al-Rakoba (Khartoum dateline) on Darfur fighters in the south-east: a reported withdrawal Umm al-Aranib→"
         "Rebiana via Wau al-Kabir (Sudanese armed groups), the LNA-affiliated Subul al-Salam brigade Kufra→Rebiana "
         "(written `ربيانه`; reported deploy, «أول انتشار»), its commander's conditional advance on Rebiana («إذا لم "
         "يخرجوا … فسنتقدم نحو المزارع» → Rebiana), the RSF's denial of sending fighters to Kufra or Rebiana via the "
         "border triangle, and a planned LNA airlift Benina air base→Kufra airport. Not moves: refugees arriving via "
         "the Libya–Sudan border, the Khartoum dateline. Traps: the outlet, «دارفورية», «السودانيين», force names, "
         "the commander «الكفراوي»."),
 "mp3": ("RT Arabic (Benghazi dateline) on a tribal mediation in Tazirbu: Tebu fighters' reported pull-back Tazirbu→"
         "Rebiana (actor null), an LNA separation force Kufra→Tazirbu (written `تازيربو`) via Buzayma (reported "
         "deploy; headline repeats it), its planned return Tazirbu→Kufra after thirty days, the Tebu council's denied "
         "mobilisation in Rebiana («حشد مقاتلين في البلدة»), and a conditional armoured reinforcement Jalu→Tazirbu "
         "via the Sarir field («إذا تجدد القتال»). Not moves: the mediators from Kufra, Jalu and Awjila, migrants from "
         "Chad and Sudan, the 2025 truce brokered from Ajdabiya. Traps: «روسيا اليوم» (outlet containing Russia), "
         "the mediator «التازرباوي», the LNA's name, the Zuwayya tribe."),
 "mp4": ("Al-Shorouk (Cairo dateline) on the LNA between Kufra and Maaten al-Sarra: a reported redeploy Kufra→Maaten "
         "al-Sarra air base (headline repeats it), a planned fuel-and-ammunition convoy Ajdabiya→Kufra via Jalu "
         "(shipment), FACT's denial of an advance Tibesti→Kufra, Sudanese fighters' reported pull-out from the farms "
         "south of Kufra («جنوب المدينة» → Kufra) to Al Malha in North Darfur, and a conditional LNA advance on Jebel "
         "Uweinat («لن … إلا إذا»; the triangle is a locator). Not moves: the Libyan delegation's visit to Cairo, roads "
         "leading to Sudan and Chad, reconnaissance planes. Traps: the outlet, FACT's name (contains تشاد), nisbas "
         "«مصري»، «التشادية»، «السودانيين», force names."),
 "mp5": ("Libya Panorama (Sabha dateline) on Al-Qatrun: an LNA (Tebu-manned) battalion's reported advance Al-Qatrun→"
         "Tajarhi, a reported airlift Tamanhint air base→Al Wigh airport (headline «إلى الويغ»), the CCMSR's denial "
         "of moving fighters Kouri Bougoudi→Al-Qatrun, the planned pull-back of the local «قوة حماية القطرون» "
         "Tajarhi→Al-Qatrun (actor null), and a conditional company Al Wigh→the Toummo crossing («إذا رصدنا»; the "
         "Chad border is the hypothetical enemy's origin, not a move). Not moves: gold diggers from Niger and Chad, "
         "the fuel shipments the elders ask for. Traps: the channel (contains Libya), the commander «المرزوقي» "
         "(contains the variant مرزوق), the operations room, the CCMSR, the Qatrun protection force, nisbas."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("mp1", "mp2", "mp3", "mp4", "mp5")
