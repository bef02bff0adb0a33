# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                   # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                  # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 # capitals and coast
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "benghazi_port": ("crossing", "LY", 32.10000, 20.05000, "Port of Benghazi"),              # K
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                          # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 # od1 Sirte and the central front
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                     # G
 "sirte_port": ("crossing", "LY", 31.21500, 16.57500, "Port of Sirte"),                    # K
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                              # G* (Hun town row)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                    # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                   # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                     # G* (row قاعدة القرضابية)
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                 # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                                # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                     # G
 "gulf_sirte": ("region", "LY", 30.90000, 18.00000, "Gulf of Sirte"),                     # G
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                         # G (row راس لانوف)
 # od2 Ghat and the Algerian border
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                 # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                       # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),                  # G* (town row)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                    # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                     # G
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),               # G* (row قاعدة تمنهنت)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                     # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                              # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),               # G (row منفذ إيسين)
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),                 # G* (row الحدود الليبية الجزائرية)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                    # G* (gazetteer kind village)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                    # G
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador Pass"),                        # G* (row مثلث السلفادور)
 # od3 Kufra and the south-east
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                     # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),                # G* (town row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                  # G
 "southeast": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                 # G* (row جنوب شرق ليبيا)
 "uweinat": ("region", "LY", 21.90000, 24.97000, "Jebel Uweinat"),                         # K
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                  # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),    # G* (row مثلث العوينات)
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                  # G* (row قاعدة معطن السارة)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),                  # G* (row الحدود الليبية السودانية)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                 # G
 "east_oweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                       # G* (airport row مطار شرق العوينات)
 # od4 Sabha and the Fezzan
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                 # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                  # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                         # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                        # G (row وادي الشاطئ)
 "ummaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                         # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                   # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),               # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                  # G* (row الحدود الليبية النيجرية)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                       # G
 # od5 round-up
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                       # G* (row جنوب ليبيا)
 "border_dzside": ("region", "DZ", 25.00000, 9.85000, "Algeria-Libya border (Algerian side)"),  # K
}

TRAPS = {
 "od1": ["المجلس العسكري مصراتة", "قناة ليبيا الوطنية", "عادل السرتي", "طارق بن زياد", "شارع طرابلس", "«طبرق»",
         "سرتُ", "غرفة عمليات تحرير سرت الجفرة"],
 "od2": ["قناة التناصح", "سالم الإدريسي", "الشرارة الأولى", "الجيش الجزائري"],
 "od3": ["الدعم السريع", "قناة الليبية", "كتيبة سبل السلام", "السودانية", "دعماً مالياً", "الجيش المصري",
         "صحف مصرية"],
 "od4": ["اللواء 128", "قناة المسار", "تشادية", "ما ادري"],
 "od5": ["قناة ليبيا روحها الوطن", "الجزائرية", "كتيبة سبل السلام", "الدعم السريع", "خالد الطرابلسي"],
}

PHEN = {
 "od1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_tripoli", "coverage_bases"],
 "od2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "od3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "od4": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "od5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases",
         "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA, MIS = "Libyan National Army", "GNA forces", "Misrata forces"

MOVES = {
 "od1": [
  mv("reinforce", "reported", LNA, ["قاعدة الجفرة الجوية"], ["سرت"], ["ودان"]),
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء سرت"]),
  mv("redeploy", "planned", LNA, ["سرت"], ["قاعدة القرضابية الجوية"]),
  mv("withdraw", "denied", MIS, ["أبوقرين"], ["مصراتة"]),
  mv("advance", "conditional", MIS, [], ["الوشكة"]),
 ],
 "od2": [
  mv("deploy", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["غات"], ["اوباري", "العوينات"]),
  mv("deploy", "planned", LNA, [], ["منفذ إيسين"]),
  mv("airlift", "conditional", LNA, ["قاعدة تمنهنت"], ["مطار غات"]),
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت"]),
  mv("advance", "denied", "Foreign fighters", ["النيجر"], ["غات"], ["ممر السلفادور"]),
 ],
 "od3": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("withdraw", "reported", "Sudanese armed groups", ["جبل العوينات"], ["المالحة"]),
  mv("redeploy", "planned", LNA, ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("shipment", "denied", LNA, ["الكفرة"], ["دارفور"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["شرق العوينات"]),
 ],
 "od4": [
  mv("redeploy", "reported", LNA, ["قاعدة براك الجوية"], ["سبها", "مطار سبها"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["أم الأرانب"]),
  mv("deploy", "planned", LNA, ["سبها"], ["منفذ التوم"], ["القطرون"]),
  mv("withdraw", "denied", LNA, ["إدري"], []),
  mv("shipment", "conditional", LNA, ["قاعدة الجفرة الجوية"], ["سبها"]),
 ],
 "od5": [
  mv("naval_landing", "reported", LNA, ["بنغازي"], ["ميناء رأس لانوف"]),
  mv("mobilise", "denied", "Algerian army", [], ["الحدود مع ليبيا"]),
  mv("advance", "reported", LNA, ["الكفرة"], ["جبل العوينات"]),
  mv("withdraw", "reported", "Sudanese armed groups", ["جبل العوينات"], ["السودان"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا"], ["مطار سبها"]),
  mv("withdraw", "conditional", GNA, ["أبوقرين"], ["مصراتة"]),
 ],
}

NOTES = {
 "od1": "Libya Al-Wataniya morning bulletin, Sirte correspondent: an LNA reinforcement Jufra air base->Sirte via "
        "Waddan (reported), a landing ship Benghazi port->Sirte port (reported), a planned armour company "
        "Sirte->Gardabiya air base, the Misrata military council's denied pull-out Abu Qurayn->Misrata read on air "
        "and its conditional advance on Al-Washka; traps: a street, a ship, the correspondent, «سرتُ» 'I walked', "
        "force names containing Misrata/Sirte/Jufra.",
 "od2": "Al-Tanasuh noon bulletin, Ghat correspondent: an LNA force Tamanhint air base->Ghat via Ubari and "
        "Al-Awaynat (reported), a planned company for the Isayen crossing, a conditional Tamanhint->Ghat airport "
        "airlift, an Algerian reinforcement Illizi->Djanet (reported) and the Ghat mayor's denial of foreign gunmen "
        "from Niger via the Salvador Pass; the Sharara field is passed, not a destination.",
 "od3": "Al-Libiya afternoon bulletin, Kufra correspondent: an LNA airlift Benina air base->Kufra airport "
        "(reported), an RSF pull-back Jebel Uweinat->Al Malha (reported), a planned move of two companies "
        "Kufra->Maaten al-Sarra air base, a denied fuel-and-ammunition convoy Kufra->Darfur and Egypt's conditional "
        "reinforcement of East Oweinat; refugees arriving in Kufra are not a movement.",
 "od4": "Al-Masar evening bulletin, Sabha correspondent: Brigade 128 Brak air base->Sabha/Sabha airport "
        "(reported redeploy), Chadian rebels massing at Umm al-Aranib (reported), a planned company Sabha->Toummo "
        "crossing via Al Qatrun, the LNA's denied pull-out from Idri and a conditional ammunition shipment Jufra air "
        "base->Sabha; families leaving for Murzuq are civilians.",
 "od5": "Libya Rouhha al-Watan midnight round-up: an LNA landing at Ras Lanuf port from Benghazi (reported), "
        "Algeria's denied build-up on the border with Libya, a Subul al-Salam advance Kufra->Jebel Uweinat and the "
        "RSF pull-back to Sudan (both reported), a planned Benina->Sabha airport airlift and the GNA's conditional "
        "pull-back Abu Qurayn->Misrata («لن … إلا إذا»).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("od1", "od2", "od3", "od4", "od5")
BAR_IN_TEXT = True  # od5's headline has a literal "|" («موجز منتصف الليل |»)
