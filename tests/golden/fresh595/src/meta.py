# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "bangladesh": ("country", "BD", 23.67779, 89.86016, "Bangladesh"),                     # G* (row بنغلادش, written بنغلاديش)
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (row أجدابيا; written اجدابيا)
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "benghazi_port": ("crossing", "LY", 32.105, 20.055, "Port of Benghazi"),               # K
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G (vy3 جنوب ليبيا); G* for vy5 الجنوب الليبي
 # vy1 Jabal al-Hasawna (Al-Quds Al-Arabi)
 "hasawna": ("region", "LY", 28.40, 13.60, "Jabal al-Hasawna wellfields"),              # K
 "brak_ab": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                        # G
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "jabal_gharbi": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G
 # vy2 Sirte (Al Jazeera Net)
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                                # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),             # G* (city row)
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "sirte_port": ("crossing", "LY", 31.215, 16.570, "Port of Sirte"),                    # K
 "gulf_sirte": ("region", "LY", 30.90000, 18.00000, "Gulf of Sirte"),                   # G
 # vy3 Egyptian tanker drivers (Al-Wafd)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "sohag_gov": ("district", "EG", 26.53303, 31.75865, "Sohag Governorate"),              # G
 "sohag": ("city", "EG", 26.55695, 31.69478, "Sohag"),                                  # G
 "asyut_gov": ("district", "EG", 27.23432, 31.11334, "Asyut Governorate"),              # G
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                           # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "border_eg": ("region", "EG", 31.30, 25.15, "Egypt-Libya border (Egyptian side)"),   # K
 # vy4 Ajdabiya and the Zueitina terminal (Al-Anbaa)
 "zueitina_port": ("oilfield", "LY", 30.87, 20.06, "Zueitina oil terminal"),            # K
 "zuwaytina": ("town", "LY", 30.95220, 20.12022, "Az Zuwaytinah"),                      # G
 "brega_port": ("oilfield", "LY", 30.418, 19.600, "Marsa el Brega oil port"),           # K
 "messla": ("oilfield", "LY", 27.97472, 22.35833, "Messla oil field"),                  # G
 "ajdabiya_mun": ("district", "LY", 30.75545, 20.22625, "Ajdabiya municipality"),       # G* (city row)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 # vy5 Tazirbu and Kufra (Oman daily)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "tripoint_td_sd": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
}

TRAPS = {
 "vy1": ["القدس العربي", "الجيش الوطني الليبي", "الطاهر الإدريسي", "النهر الصناعي", "اللبنانية"],
 "vy2": ["الجزيرة نت", "الجيش الوطني الليبي", "شركة سرت للنفط", "البنيان المرصوص", "الليبيين", "النهر الصناعي",
         "الأيام الخمسة"],
 "vy3": ["بوابة الوفد", "الجيش الوطني الليبي", "شركة البريقة لتسويق النفط", "مصرياً", "المصريين",
         "عبد الرحيم إدريس"],
 "vy4": ["الأنباء", "قبيلة المغاربة", "الجيش الوطني الليبي", "مالي", "شركة الزويتينة للنفط"],
 "vy5": ["عُمان", "سبل السلام", "الجيش الوطني الليبي", "حركة تحرير السودان", "السودانية", "النهر الصناعي"],
}

PHEN = {
 "vy1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_bases",
         "coverage_neighbours", "countries"],
 "vy2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "town_vs_district", "coverage_oil", "coverage_crossings"],
 "vy3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "vy4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "vague_area", "town_vs_district", "coverage_oil", "coverage_crossings"],
 "vy5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital", "vague_area",
         "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"
MOVES = {
 "vy1": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا"], ["قاعدة براك الجوية"]),
  mv("deploy", "reported", LNA, ["قاعدة براك الجوية"], ["جبل الحساونة"]),
  mv("reinforce", "planned", LNA, ["سبها"], ["الشويرف"]),
  mv("withdraw", "denied", LNA, ["إدري"], ["براك"]),
  mv("mobilise", "conditional", "GNA forces", ["غريان"], ["مزدة"]),
 ],
 "vy2": [
  mv("reinforce", "reported", LNA, ["اجدابيا"], ["سرت"], ["البريقة", "بن جواد"]),
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء سرت"]),
  mv("redeploy", "planned", LNA, ["سرت"], ["هراوة"]),
  mv("advance", "conditional", "GNA forces", ["أبوقرين"], ["الوشكة"]),
  mv("shipment", "denied", "Misrata forces", ["مصراتة"], ["أبوقرين"]),
 ],
 "vy3": [
  mv("deploy", "reported", LNA, ["البريقة"], ["سبها"], ["الجفرة"]),
  mv("redeploy", "planned", LNA, ["قاعدة تمنهنت"], ["براك"]),
  mv("withdraw", "denied", LNA, ["الشويرف"]),
  mv("deploy", "conditional", "Misrata forces", ["مصراتة"], ["الشويرف"], ["بني وليد"]),
 ],
 "vy4": [
  mv("reinforce", "reported", LNA, ["بنغازي"], ["الزويتينة"]),
  mv("deploy", "planned", LNA, ["البريقة"], ["اجدابيا"]),
  mv("naval_landing", "conditional", LNA, ["ميناء بنغازي"], ["ميناء البريقة"]),
  mv("mobilise", "denied", LNA, ["حقل مسلة", "حقل السرير"], ["اجدابيا"]),
 ],
 "vy5": [
  mv("deploy", "reported", LNA, ["الكفرة"], ["تازربو"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("advance", "conditional", LNA, ["قاعدة معطن السارة"], ["الحدود مع تشاد"]),
  mv("shipment", "denied", "Sudanese armed groups", ["ربيانة"], ["تازربو"]),
 ],
}

NOTES = {
 "vy1": "Protesters close the Jabal al-Hasawna valves: an LNA company airlifted Benina→Brak air base, then by road Brak "
        "air base→the Hasawna wellfields (two reported moves), a second company Sabha→the Shwayrif pumping station "
        "(planned reinforcement; '330 km to the north' adds no place), the LNA's denied pull-out Idri→Brak, and GNA "
        "units from Gharyan to be massed at the Mizda pumping station if the closure reaches the Western Mountain "
        "(conditional mobilise; the Western Mountain is only the condition). Brak in the protesters' fuel demand, Idri "
        "as the speaker's town, Tripoli (dateline, GNA seat), Tripoli (Lebanon), Bangladesh and Tunisia (workers' "
        "origins) are not movement places.",
 "vy2": "Sirte without water: an LNA battalion Ajdabiya→Sirte via Brega and Bin Jawad (reported), marines and army "
        "engineers landed Benghazi port→Sirte port (reported), a planned company Sirte→Harawa ('60 km east of the "
        "city'), the GNA's Bunyan al-Marsous force will not advance Abu Qurayn→Al-Washka unless attacked "
        "(conditional), and the Misrata military council denies an ammunition shipment Misrata→Abu Qurayn. Misrata as "
        "dateline and the council's seat, Tripoli (GNA seat), the pipe damage south of Harawa, the Sarir/Tazirbu "
        "wellfields and the Ajdabiya reservoir (water route), Sirte municipality and the Gulf of Sirte are not movement "
        "places.",
 "vy3": "Egyptian tanker drivers stuck at the Shwayrif gate: an LNA unit escorted 35 tankers Brega→Sabha via Al-Jufra "
        "(reported), a planned company Tamanhint base→Brak fuel depot, the LNA's denied withdrawal from around Shwayrif, "
        "and a Misrata force to escort tankers Misrata→Shwayrif via Bani Walid if the gate is not opened (conditional). "
        "The civilian tanker convoy stopped on its way to Sabha, the fuel demand 'from Brak to Idri', Sohag/Asyut, "
        "Cairo, Benghazi (consulate), Egypt, the Sallum crossing and the border (drivers' return) are not movement "
        "places.",
 "vy4": "Tribal protesters close the Zueitina terminal and the Ajdabiya reservoir: an LNA battalion Benghazi→Zueitina "
        "(reported), a company Brega→Ajdabiya to guard the reservoir (planned), marines from Benghazi port to be landed "
        "at Brega port if the closure spreads (conditional), and a denied massing in Ajdabiya of units pulled from the "
        "Messla and Sarir fields (mobilise, denied). Benghazi as dateline and as water recipient, Sirte, Tazirbu and the "
        "Oil Crescent are not movement places.",
 "vy5": "Gunmen attack GMMR wells near Tazirbu: Subul al-Salam (LNA) 12 armed vehicles Kufra→Tazirbu (reported), a "
        "planned cargo-plane airlift Benina→Kufra airport, units at Maaten al-Sarra to advance to the border with Chad "
        "if the kidnappers took the tri-border route (conditional; the border triangle is only the condition), and a "
        "Sudanese movement's denied arms shipment Rebiana→Tazirbu. The fleeing gunmen have no named destination; Sudan, "
        "Algeria, Port Sudan, Benghazi, Sarir ('260 km'), Ajdabiya and the border with Sudan are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("vy1", "vy2", "vy3", "vy4", "vy5")
