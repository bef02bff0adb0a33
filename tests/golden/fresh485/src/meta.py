# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                            # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                                # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                # G
 "spain": ("country", "ES", 39.89911, -3.47555, "Spain"),                                # G
 "china": ("country", "CN", 36.90357, 98.60509, "China"),                                # G
 "saudi": ("country", "SA", 24.24431, 44.66286, "Saudi Arabia"),                         # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                              # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                              # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                              # G
 "jordan": ("country", "JO", 31.26963, 36.29991, "Jordan"),                              # G
 # capitals and datelines
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "riyadh": ("city", "SA", 24.68773, 46.72185, "Riyadh"),                                 # G* (row spelled رياض)
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                       # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                   # G* (row spelled ربات)
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                   # G (row عمان)
 # the oil crescent and Sirte
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "sirte_basin": ("region", "LY", 28.60000, 19.30000, "Sirte Basin"),                     # G
 "gulf_sirte": ("region", "LY", 30.90000, 18.00000, "Gulf of Sirte"),                    # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),               # G (row ميناء السدرة)
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 "ras_lanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil port"),         # G* (row راس لانوف)
 "zueitina": ("town", "LY", 30.95220, 20.12022, "Az Zuwaytinah"),                        # G
 "zueitina_port": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),       # G* (town row)
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                   # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa Brega oil port"),           # G* (town row)
 "brega_mun": ("district", "LY", 30.40624, 19.57386, "Brega municipality"),              # G* (town row)
 "brega_airport": ("airport", "LY", 30.37810, 19.57640, "Marsa Brega Airport"),          # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                             # G
 "bin_jawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawwad"),                          # G
 "nofaliya": ("town", "LY", 30.78306, 17.83306, "Nofaliya"),                             # G
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                                 # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),              # G* (city row)
 "gardabiya_base": ("base", "LY", 31.06350, 16.59500, "Gardabiya Air Base"),             # G (row قاعدة القرضابية)
 "gardabiya_airport": ("airport", "LY", 31.06350, 16.59500, "Gardabiya Airport"),        # G
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                            # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G
 "benghazi_port": ("crossing", "LY", 32.11300, 20.05300, "Port of Benghazi"),            # K
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                     # G
 # the western side of the line
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                              # G
 # borders
 "border_eg": ("region", "EG", 31.00000, 25.20000, "Egypt-Libya border (Egyptian side)"),  # K
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),    # G* (row الحدود الليبية السودانية)
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land crossing"),      # G* (row منفذ امساعد, country EG)
 # Egypt
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),           # G
 "matruh_airport": ("airport", "EG", 31.32540, 27.22170, "Mersa Matruh Airport"),        # G
 # Morocco
 "skhirat": ("town", "MA", 33.85300, -7.03200, "Skhirat"),                               # K
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                             # G
}

TRAPS = {
 "rs1": ["المغاربة", "المالي", "الليبية", "عقيلة صالح", "الجيش الوطني الليبي", "قناة ليبيا الحدث"],
 "rs2": ["الجيش الليبي", "عملية البرق الخاطف", "الشرق الأوسط", "المصري"],
 "rs3": ["الجيش الوطني الليبي", "الجزيرة نت", "ما ادري", "الليبية", "الموانئ الخمسة"],
 "rs4": ["ناجي المغربي", "المحلل المغربي", "اللواء طارق بن زياد", "غرفة عمليات سرت الجفرة", "مونت كارلو الدولية",
         "عماد الطرابلسي", "الإدريسي", "الليبي"],
 "rs5": ["الجيش الليبي", "الجيش الوطني الليبي", "الخمس", "شارع طرابلس", "تشاديين", "بترا", "الأردنية"],
}

PHEN = {
 "rs1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "rs2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "rs3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "rs4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
 "rs5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"
MOVES = {
 "rs1": [
  mv("deploy", "reported", None, ["راس لانوف"], ["ميناء السدرة"]),
  mv("withdraw", "denied", None, ["ميناء الزويتينة"]),
  mv("advance", "conditional", None, [], ["ميناء رأس لانوف"]),
  mv("redeploy", "planned", LNA, ["قاعدة القرضابية الجوية"], ["بن جواد", "النوفلية"]),
  mv("shipment", "reported", LNA, ["ميناء بنغازي"], ["ميناء البريقة"]),
 ],
 "rs2": [
  mv("reinforce", "reported", LNA, ["بنغازي"], ["سرت"], ["اجدابيا", "البريقة"]),
  mv("mobilise", "conditional", None, [], ["هراوة"]),
  mv("deploy", "denied", "GNA forces", ["مصراتة"], ["أبوقرين"]),
  mv("deploy", "reported", "Egyptian army", [], ["الحدود مع ليبيا"]),
  mv("airlift", "planned", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["مطار مرسى مطروح"]),
 ],
 "rs3": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار البريقة"]),
  mv("naval_landing", "planned", LNA, ["ميناء بنغازي"], ["ميناء الزويتينة"]),
  mv("withdraw", "conditional", None, ["ميناء الزويتينة"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["جالو"], ["الحدود مع السودان"]),
 ],
 "rs4": [
  mv("advance", "reported", LNA, ["سرت"], ["ميناء السدرة"], ["بن جواد"]),
  mv("redeploy", "reported", None, ["ميناء السدرة"], ["راس لانوف"]),
  mv("shipment", "denied", None, ["تركيا"], ["ميناء رأس لانوف"]),
  mv("reinforce", "conditional", LNA, ["قاعدة الجفرة الجوية"], ["سرت"]),
  mv("withdraw", "planned", LNA, ["ميناء السدرة"], ["سرت"]),
 ],
 "rs5": [
  mv("mobilise", "reported", "Misrata forces", ["مصراتة"], ["أبوقرين"]),
  mv("advance", "planned", "Misrata forces", [], ["الوشكة"]),
  mv("naval_landing", "reported", LNA, ["بنغازي"], ["ميناء راس لانوف"]),
  mv("airlift", "denied", "Chadian armed groups", ["قاعدة الجفرة الجوية"], ["مطار القرضابية"]),
  mv("deploy", "conditional", None, [], ["سرت"]),
 ],
}

NOTES = {
 "rs1": ("Al-Eqtisadiah (Riyadh/Benghazi), markets angle: a PFG company Ras Lanuf→Es Sider port (reported deploy); the "
         "NOC's denial of a PFG pull-out from Zueitina port (denied withdraw); Magharba youths to Ras Lanuf port «إذا» "
         "(conditional advance); an LNA battalion Gardabiya air base→Bin Jawad/Nofaliya (planned redeploy); a ship "
         "Benghazi port→Brega port with LNA vehicles and ammunition (reported shipment). Malta/Italy tanker, Sirte as "
         "the base's locator, Brega municipality and the buyer countries are not movement places."),
 "rs2": ("Al-Wafd (Cairo), Egyptian angle: an LNA column Benghazi→Sirte via Ajdabiya and Brega (reported reinforce); "
         "Ferjan elders' «النفير» at Harawa «إذا» (conditional mobilise); the GNU staff's denial of forces "
         "Misrata→Abu Qurayn (denied deploy); Egyptian border guards to the border with Libya near the Sallum crossing "
         "(reported deploy; Sallum is a locator) and a planned Mohamed Naguib base→Marsa Matruh airport airlift. "
         "The 2020 Sirte–Jufra «red line» is not a movement."),
 "rs3": ("Al-Anba (Kuwait): an LNA air bridge Benina air base→Brega airport (reported airlift; headline «إلى البريقة» is "
         "the same move); a planned marine landing at Zueitina port from Benghazi port; local guards to be pulled out of "
         "Zueitina port «إذا» (conditional withdraw; the headline retells it); Sudanese fighters across the border with "
         "Sudan massing in Jalu, denied. Kuwait dateline (city) vs «وأعربت الكويت» (country); «ما ادري» and «الموانئ "
         "الخمسة» are traps."),
 "rs4": ("Hespress (Rabat): an LNA force Sirte→Es Sider port via Bin Jawad (reported advance); the PFG from the port's "
         "gates into Ras Lanuf (reported redeploy, anaphora «بوابات الميناء»); a denied arms shipment Turkey→Ras Lanuf "
         "port; an LNA reinforcement Jufra air base→Sirte «إذا» (conditional); the force's pull-back Es Sider→Sirte "
         "«من المقرر» (planned withdraw). Persons with place names inside (المغربي، الطرابلسي، الإدريسي) are traps."),
 "rs5": ("Al-Dustour (Amman): Misrata battalions massing at Abu Qurayn (reported mobilise); their advance to Al-Washka "
         "«الأسبوع المقبل» (planned, no origin written); an LNA landing at Ras Lanuf port from Benghazi (reported "
         "naval_landing); a denied airlift of Chadian mercenaries Jufra air base→Gardabiya airport; Qadhadhfa youths "
         "to deploy at Sirte's western gate «إذا» (conditional deploy; Al-Washka in the condition is not a destination). "
         "Amman dateline, Tripoli Street in Misrata, «السنوات الخمس» and «بترا» are traps or ambiguity tests."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("rs1", "rs2", "rs3", "rs4", "rs5")
