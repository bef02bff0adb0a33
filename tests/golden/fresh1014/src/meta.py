# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "mauritania": ("country", "MR", 21.01152, -11.48274, "Mauritania"),                    # G
 # Fezzan: Sabha, Wadi al-Shati, Wadi al-Hayat
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (row قاعدة تمنهنت; also matched by تمنهنط)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "ghadduwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                             # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G (row أوباري; also for the spelling اوباري)
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا, written الجنوب الليبي)
 "southwest": ("region", "LY", 25.80, 11.80, "South-western Libya"),                    # K
 # Murzuq, Al Qatrun and the Chad border
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq District"),              # G (row district:LY-MQ, written شعبية مرزق)
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 # Ghat, Al-Awaynat and the Algerian border
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 26.01562, 10.40660, "Ghat Municipality"),               # G* (row district:LY-GT, written بلدية غات)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "el_feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 # rest of Libya
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                  # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (README rule: Jufra as area = district, point at the Hun row)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 # Sudan
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                  # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                        # G
 # Chad
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (row نجامينا, written أنجمينا)
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "tibesti_prov": ("district", "TD", 20.30159, 16.62370, "Tibesti Province"),            # G* (row district:TD-TI تبستي, written إقليم تيبستي)
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G
 "border_td_ly": ("region", "TD", 22.40, 16.60, "Chad-Libya border (Chad side)"),       # K
 # Niger
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 "agadez_reg": ("district", "NE", 19.42135, 10.68918, "Agadez Region"),                 # G* (row district:NE-1, written ولاية أغاديس)
 "zinder": ("city", "NE", 13.80716, 8.98810, "Zinder"),                                 # G (city row زندر, written زيندر)
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama military post"),                 # G (row ماداما, written قاعدة ماداما)
 # Mauritania, Egypt
 "nouakchott": ("city", "MR", 18.08581, -15.97850, "Nouakchott"),                       # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
}

TRAPS = {
 "qmc1": ["راديو عافية دارفور", "الجيش الوطني الليبي", "حركة تحرير السودان", "سودانياً", "السودانية", "السودانيين",
          "الليبية", "بلاغات"],
 "qmc2": ["مكايلا", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "محمد إدريس ديبي", "الجيش الوطني الليبي",
          "تشاديين", "تشادياً", "التشادي", "الليبية", "ليبية"],
 "qmc3": ["أنفاني", "موسى إدريسا", "طارق بن زياد", "الجيش الوطني الليبي", "الجيش النيجري", "نيجرياً", "نيجريون",
          "الليبي"],
 "qmc4": ["المرابطون", "الجيش الوطني الليبي", "إدريس المهدي", "بلاغات", "موريتانيين", "موريتانياً", "ليبية",
          "الليبية", "الليبي"],
 "qmc5": ["أخبارك", "كتيبة شهداء أم الأرانب", "سالم الطرابلسي", "مصريين", "الليبي"],
}

PHEN = {
 "qmc1": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
          "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "qmc2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "qmc3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases",
          "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qmc4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "town_vs_district",
          "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qmc5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_bases", "coverage_neighbours",
          "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qmc1": [
  mv("deploy", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["سبها"]),
  mv("advance", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["أم الأرانب"]),
  mv("withdraw", "reported", "Sudanese armed groups", ["أم الأرانب"], ["الحدود مع تشاد"]),
  mv("airlift", "planned", "Libyan National Army", ["مطار سبها"], ["بنغازي"]),
  mv("reinforce", "conditional", "Libyan National Army", ["الجفرة"], ["سبها"]),
  mv("redeploy", "denied", "Sudanese armed groups", ["الكفرة"], ["أم الأرانب"]),
 ],
 "qmc2": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["مرزق"], ["غدوة"]),
  mv("withdraw", "reported", "Chadian armed groups", ["مرزق"], ["تجرهي"]),
  mv("deploy", "planned", "Libyan National Army", ["القطرون"], ["سبها"]),
  mv("deploy", "conditional", "Chadian army", ["زوار"], ["الحدود مع ليبيا"]),
  mv("advance", "denied", "Chadian armed groups", ["تجرهي"], ["القطرون"]),
 ],
 "qmc3": [
  mv("shipment", "reported", None, ["أغاديس"], ["اوباري"], ["منفذ التوم"]),
  mv("deploy", "reported", "Libyan National Army", ["اوباري"], ["سبها"], ["جرمة"]),
  mv("deploy", "planned", "Libyan National Army", ["سبها"], ["منفذ التوم"], ["القطرون"]),
  mv("deploy", "conditional", "Nigerien army", ["قاعدة ماداما"], ["منفذ التوم"]),
  mv("advance", "denied", None, ["اوباري"], ["حقل الشرارة"]),
 ],
 "qmc4": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["أوباري"]),
  mv("deploy", "planned", None, ["إدري"], ["سبها"], ["براك"]),
  mv("redeploy", "conditional", "Libyan National Army", ["أوباري"], ["غات"]),
  mv("mobilise", "denied", None, [], ["العوينات"]),
 ],
 "qmc5": [
  mv("mobilise", "reported", None, [], ["تراغن"]),
  mv("advance", "reported", None, ["تراغن"], ["مرزق"]),
  mv("withdraw", "reported", None, ["مرزق"], ["أم الأرانب"]),
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["مرزق"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["قاعدة تمنهنط"]),
  mv("deploy", "planned", "Libyan National Army", ["قاعدة تمنهنط"], ["مرزق"]),
  mv("advance", "conditional", "Libyan National Army", ["مرزق"], ["أم الأرانب"]),
  mv("advance", "denied", None, [], ["مرزق"]),
  mv("shipment", "reported", None, ["القطرون"], ["مرزق"]),
 ],
}

NOTES = {
 "qmc1": "Sudanese Darfur radio (Radio Afia Darfur, whose name holds Darfur) from Sabha on the trial of 23 Sudanese: "
         "LNA vehicles Brak air base→Sabha to guard the court, the February raid Tamanhint base→near Umm al-Aranib, "
         "the rest of the Sudanese group fleeing towards the border with Chad, a planned military-police airlift "
         "Sabha airport→Benghazi with the accused, a conditional reinforcement Al-Jufra→Sabha and the SLA-TC's denied "
         "transfer of fighters Kufra→Umm al-Aranib; Darfur, Nyala, El Fasher (families), Port Sudan (ministry), Sudan "
         "and Southern Libya are background; «بلاغات» holds Ghat.",
 "qmc2": "Chadian news site (Makaila) from N'Djamena on Murzuq prosecution warrants: an LNA force Sabha→Murzuq via "
         "Ghadduwa to execute them and guard the prosecution office, CCMSR fighters pulling out of Murzuq's outskirts "
         "(«أطراف المدينة» = Murzuq) to Tajarhi, a planned military-police escort Al Qatrun→Sabha, a conditional Chadian "
         "army unit Zouar→the border with Libya (Chad side) and the CCMSR's denied advance Tajarhi→Al Qatrun; N'Djamena "
         "as dateline and regime, Tibesti province, Kouri Bougoudi, Southern Libya and Murzuq district are background.",
 "qmc3": "Nigerien radio (Anfani) from Niamey on an Ubari court verdict (spelled اوباري): the convicts' arms shipment "
         "Agadez→Ubari via the Toummo crossing (reported in the judgment), their LNA escort Ubari→Sabha via Germa, a "
         "planned LNA escort Sabha→Toummo via Al Qatrun, the Nigerien army's conditional unit Madama base→Toummo and a "
         "local brigade's denied move Ubari→Sharara field; Agadez region and Zinder (origin of the convicts), Niamey "
         "(dateline, ministry), Niger and Algeria (smuggling routes) are not movement places.",
 "qmc4": "Mauritanian TV (Al-Mourabitoun) with agency copy on a HoR human-rights committee tour of Fezzan prisons: an "
         "LNA company Sabha→Ubari to reinforce the prison guard, a planned judicial-police convoy Idri→Sabha via Brak "
         "(actor null), a conditional LNA company Ubari→Ghat and the Tuareg council's denial of gunmen massing in "
         "Al-Awaynat; the migrants' entry from Algeria via the Isayen crossing near El Feel, the deportation flight "
         "Benghazi→Nouakchott and the prisons visited are not movements; Idri beside the MP إدريس المهدي.",
 "qmc5": "Egyptian news site (Akhbarak) from Benghazi on the HoR defence committee after gunmen stormed the Murzuq court: "
         "the attackers massing in Traghen, moving Traghen→Murzuq and pulling back to Umm al-Aranib, an LNA force "
         "Sabha→Murzuq («المدينة» = Murzuq), a planned military-police airlift Benina air base→Tamanhint base (spelled "
         "تمنهنط) and deployment on to Murzuq, a conditional LNA advance Murzuq→Umm al-Aranib, the Umm al-Aranib "
         "brigade's denied entry into Murzuq and an intercepted arms shipment Al Qatrun→Murzuq; Tripoli (Attorney "
         "General), Cairo (visit), Chad/Sudan (feared infiltration) and the displaced to Sabha/Ubari are not moves.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qmc1", "qmc2", "qmc3", "qmc4", "qmc5")
