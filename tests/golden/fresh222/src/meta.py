# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                   # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                     # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                   # G
 # Libya: Kufra and its oases, the south-eastern border
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                      # G
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Al Kufra district"),                 # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                   # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                   # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),         # G (مثلث العوينات)
 "uweinat_mt": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                       # G* (same row; grep جبل العوينات)
 "awaynat_e": ("village", "LY", 21.93, 24.78, "Al Uwaynat (east)"),                         # K
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                                  # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                                  # G
 "buzayma": ("village", "LY", 25.00000, 22.00000, "Buzayma"),                               # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),                # G (الحدود الليبية السودانية)
 "south_east_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),              # G* (row جنوب شرق ليبيا)
 # Libya: the north
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                           # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                                # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                        # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                        # G
 "kufra_mun": ("district", "LY", 23.30855, 22.08059, "Kufra municipality"),                 # G* (district row)
 # elsewhere
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 "djibouti_city": ("city", "DJ", 11.58901, 43.14503, "Djibouti"),                           # G (city row)
 # Sudan
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                            # G
 "port_sudan_port": ("crossing", "SD", 19.61745, 37.21644, "Port Sudan port"),              # G* (city row)
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                                # G (row خرطوم)
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                   # G
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                          # G
 "karb": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                               # G
 "kutum": ("town", "SD", 14.20000, 24.66667, "Kutum"),                                      # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                    # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                  # G
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),                # G
 "debba": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                                  # G (row الدبه)
 "tina_sd": ("town", "SD", 15.02528, 22.80222, "Tina (Sudan)"),                             # G* (row تيني / Tiné, country SD)
 # Chad
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                               # G (city row نجامينا)
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abeche"),                                    # G
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                              # G
 "fada": ("town", "TD", 17.19186, 21.58081, "Fada"),                                        # G (row فدا)
 "ounianga": ("town", "TD", 19.05263, 20.48887, "Ounianga Kebir"),                          # G (row أونيانقا كبير)
 "ennedi": ("region", "TD", 17.04167, 21.86278, "Ennedi"),                                  # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                                # G
 "tri_ly_sd_td": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G
 "border_td_ly": ("region", "TD", 20.6, 21.0, "Chad-Libya border (Chadian side)"),          # K
 "border_td_sd": ("region", "TD", 15.25834, 22.83250, "Chad-Sudan border"),                 # G (الحدود التشادية السودانية)
 "tine_crossing": ("crossing", "TD", 15.02528, 22.80222, "Tine crossing"),                  # G* (row تيني / Tiné)
 "adre_crossing": ("crossing", "TD", 13.46648, 22.19875, "Adre crossing"),                  # G* (row أدري / Adré)
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                      # G
 "cairo_west": ("base", "EG", 30.116, 30.915, "Cairo West Air Base"),                       # K
 "aswan": ("city", "EG", 24.09082, 32.89942, "Aswan"),                                      # G
 "new_valley": ("district", "EG", 24.79939, 28.92955, "New Valley Governorate"),            # G
 "kharga": ("town", "EG", 25.45101, 30.54653, "Kharga"),                                    # G
 "dakhla": ("region", "EG", 25.495, 28.978, "Dakhla Oasis"),                                # K (point = Mut)
 "east_oweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                        # G* (airport row)
 "eo_airport": ("airport", "EG", 22.58570, 28.71660, "Shark El Oweinat International Airport"),  # G
 "border_eg_sd": ("region", "EG", 22.1, 28.7, "Egypt-Sudan border (south of East Oweinat)"),     # K
 "western_desert": ("region", "EG", 25.5, 28.5, "Western Desert (Egypt)"),                  # K
 "berenice": ("base", "EG", 23.99, 35.46, "Berenice Military Base"),                        # K
}

TRAPS = {
 "hp1": ["سودان تربيون", "قوات الدعم السريع", "سبل السلام", "الجيش السوداني", "الليبي",
         "قوات بحرية مصرية"],
 "hp2": ["محمود الأسواني", "اليوم السابع", "قوات مصرية", "الجيش الوطني الليبي",
         "شركة تنمية الريف المصري الجديد", "الأراضي الليبية"],
 "hp3": ["راديو دبنقا", "تعزيزات تشادية", "الجيش التشادي", "قوات الدعم السريع",
         "جبهة التناوب والوفاق في تشاد", "السلطات التشادية", "لا أدري",
         "الجانب التشادي"],
 "hp4": ["سبل السلام", "فواصل", "طارق بن زياد", "الحرب السودانية", "الجانب السوداني", "شارع السودان",
         "اللاجئين السودانيين", "عادل الإدريسي"],
 "hp5": ["الليبي", "الشرق", "الحكومة السودانية", "قوات حفتر", "الأراضي السودانية", "الجيش التشادي",
         "عمر الطرابلسي"],
}

PHEN = {
 "hp1": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries", "ambiguity_tripoli", "ambiguity_country_capital"],
 "hp2": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "border_phrase", "coverage_bases",
         "coverage_neighbours", "countries", "vague_area"],
 "hp3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "border_phrase", "vague_area", "ambiguity_idri", "coverage_crossings", "coverage_neighbours", "countries"],
 "hp4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "border_phrase", "vague_area", "town_vs_district", "coverage_bases",
         "coverage_oil", "countries"],
 "hp5": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "ambiguity_tripoli",
         "ambiguity_country_capital", "nisba", "vague_area", "town_vs_district", "coverage_oil",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, SUD, CHA, EGY = "Libyan National Army", "Sudanese armed groups", "Chadian armed groups", "Egyptian army"

MOVES = {
 "hp1": [
  mv("advance", "reported", SUD, ["المالحة"], ["جبل العوينات"], ["وادي هور"]),
  mv("advance", "denied", SUD, [], ["الكفرة"]),
  mv("deploy", "reported", LNA, ["الكفرة"], ["قاعدة معطن السارة الجوية"]),
  mv("advance", "planned", SUD, [], ["كرب التوم"]),
  mv("mobilise", "reported", None, [], ["الدبة"]),
  mv("deploy", "conditional", None, ["الدبة"], ["المثلث الحدودي"]),
  mv("naval_landing", "denied", EGY, [], ["ميناء بورتسودان"]),
 ],
 "hp2": [
  mv("reinforce", "reported", EGY, ["الخارجة"], ["شرق العوينات"], ["الداخلة"]),
  mv("airlift", "reported", EGY, ["قاعدة غرب القاهرة الجوية"], ["مطار شرق العوينات"]),
  mv("naval_landing", "reported", EGY, [], ["قاعدة برنيس العسكرية"]),
  mv("withdraw", "reported", SUD, ["جبل العوينات"], ["وادي هور"]),
  mv("deploy", "planned", EGY, ["شرق العوينات"], ["جبل العوينات"]),
  mv("deploy", "conditional", EGY, [], ["الحدود مع السودان"]),
  mv("advance", "denied", EGY, [], ["الكفرة", "معطن السارة"]),
 ],
 "hp3": [
  mv("reinforce", "reported", None, ["فادا"], ["أونيانغا كبير"]),
  mv("withdraw", "reported", SUD, ["كرب التوم"], ["المالحة"]),
  mv("shipment", "reported", SUD, ["أمجرس"], ["المالحة"]),
  mv("deploy", "planned", SUD, ["الطينة"], ["كرب التوم"]),
  mv("advance", "denied", CHA, ["تيبستي"], ["ربيانة"]),
  mv("reinforce", "conditional", None, ["أبشي"], ["الحدود التشادية السودانية"]),
 ],
 "hp4": [
  mv("redeploy", "reported", LNA, ["ربيانه"], ["تازربو"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("reinforce", "planned", LNA, ["الكفره"], ["العوينات", "قاعدة معطن السارة"]),
  mv("advance", "denied", SUD, [], ["تازربو"], ["بزيمة"]),
  mv("advance", "conditional", LNA, [], ["جبل العوينات"]),
 ],
 "hp5": [
  mv("reinforce", "reported", LNA, ["بنغازي"], ["الكفرة"], ["أجدابيا", "جالو"]),
  mv("deploy", "reported", LNA, [], ["حقل السرير"]),
  mv("redeploy", "planned", LNA, [], ["تازربو", "ربيانة"]),
  mv("shipment", "denied", LNA, ["الكفرة"], ["المالحة"], ["المثلث الحدودي"]),
  mv("mobilise", "reported", None, [], ["أم جرس"]),
  mv("advance", "conditional", SUD, [], ["الدبة", "الولاية الشمالية"]),
 ],
}

NOTES = {
 "hp1": ("Sudan Tribune style, Port Sudan dateline: an RSF column Al Malha→Jebel Uweinat via Wadi Howar (reported); "
         "its entry into Kufra denied by Subul al-Salam; a Subul al-Salam company Kufra→Ma'tan as-Sarra air base "
         "(reported, LNA); the Joint Force's planned advance on Karb al-Tom (Tina is only the speaker's place); the "
         "Sudanese army's massing in Ad Dabbah (mobilise, reported) and its conditional move «من هناك نحو المثلث» "
         "(Ad Dabbah→the triangle, «إذا»; actor null: a state army with no canonical name); a denied Egyptian naval "
         "landing at Port Sudan port. Khartoum/Cairo/Tripoli/Benghazi are governments, Darfur a purpose and "
         "Djibouti a venue: not movement places."),
 "hp2": ("Youm7 style: Egyptian border-guard reinforcement Kharga→East Oweinat via Dakhla, C-130s Cairo West air "
         "base→East Oweinat airport, a marine battalion landed at Berenice base (all reported); a flashback RSF "
         "pull-back Jebel Uweinat→Wadi Howar (reported); a planned reconnaissance company East Oweinat→Jebel "
         "Uweinat; a conditional deployment along the border with Sudan; a denied crossing towards Kufra or "
         "Ma'tan as-Sarra. Aswan (command seat), the LNA in Kufra, domestic flights to Cairo and the Western "
         "Desert farm project are not movements."),
 "hp3": ("Radio Dabanga style, Tina dateline: a Chadian army reinforcement Fada→Ounianga Kebir (actor null) told "
         "twice (the trader's retelling is the same move); an RSF pull-back Karb al-Tom→Al Malha and an RSF supply "
         "convoy Amdjarass→Al Malha (shipment), both reported; the Joint Force's planned convoy Tina→Karb al-Tom; "
         "FACT's denied crossing Tibesti→Rebiana; a conditional Chadian battalion Abeche→the Chad–Sudan border "
         "(«في حال»). Refugees through the Tine crossing, aid convoys at Adre and N'Djamena (a speaker by "
         "metonymy) are not movements; «لا أدري» is an Idri look-alike."),
 "hp4": ("Fawasel style, Kufra dateline: a Subul al-Salam company Rebiana→Tazirbu (redeploy, reported); an Il-76 "
         "Benina air base→Kufra airport (reported); a planned force Kufra (spelt الكفره)→Al-Uwaynat (east) and "
         "Ma'tan as-Sarra base; a denied RSF entry into Tazirbu via Buzayma; a conditional advance to Jebel "
         "Uweinat («إذا»). Civilian fuel trucks from the Sarir field and wounded brought from the triangle by "
         "ambulance are not movements; «شارع السودان» and «عادل الإدريسي» are traps; «مستشفى الكفرة العام» keeps "
         "Kufra as gold and «بلدية الكفرة» is a district."),
 "hp5": ("Asharq News style, Benghazi dateline: an LNA column Benghazi→Kufra via Ajdabiya and Jalu (reinforce, "
         "reported) that left a company at the Sarir field (deploy, reported, no origin written); part of it "
         "planned on to Tazirbu and Rebiana («إعادة توزيع», redeploy, no origin written); an LNA fuel/ammunition "
         "shipment Kufra→Al Malha via the triangle denied by the General Command; the Chadian army massing in "
         "Amdjarass (mobilise, actor null); an RSF commander's conditional march on Ad Dabbah and the Northern "
         "State. Refugees entering Libya via Kufra are not forces; Algeria is the country; «عمر الطرابلسي» is a "
         "person trap."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("hp1", "hp2", "hp3", "hp4", "hp5")
