# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                                   # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                                 # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                     # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                    # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                          # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                     # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                   # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 # capitals and cities named as datelines, speakers or metonyms
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                    # G
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                      # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G
 "nouakchott": ("city", "MR", 18.08581, -15.97850, "Nouakchott"),                           # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 # Syria and Lebanon
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                        # G (row قاعدة حميميم)
 "latakia": ("city", "SY", 35.53125, 35.79088, "Latakia"),                                  # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                    # G
 "syria_coast": ("region", "SY", 35.20, 35.95, "Syrian coast"),                             # K
 "tripoli_lb_port": ("crossing", "LB", 34.43352, 35.84415, "Port of Tripoli (Lebanon)"),    # G* (city row Tripoli (Lebanon))
 # Libya: bases, towns, fields, crossings, regions
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                        # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                     # G
 "jufra_airport": ("airport", "LY", 29.19810, 16.00100, "Al Jufra Airport"),                # G
 "jufra_district": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                      # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                   # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                          # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                        # G* (row براك, written براك الشاطئ)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                        # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                    # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                      # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                 # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                      # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),                # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                 # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                        # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                      # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),                 # G* (town row)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                    # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),                   # G* (city row)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                        # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                # G* (row الحدود الليبية النيجرية)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                 # G* (row الحدود الليبية التشادية)
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),               # G* (row الحدود الليبية الجزائرية)
 # Sahel
 "sahel": ("region", "ML", 15.50, 1.00, "Sahel"),                                           # K
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                    # G
 "bamako_airport": ("airport", "ML", 12.5335, -7.9499, "Modibo Keita International Airport"),  # K
 "gao": ("city", "ML", 16.27167, -0.04472, "Gao"),                                          # G* (row جاو)
 "kidal": ("town", "ML", 18.44345, 1.40921, "Kidal"),                                       # G
 "tinzaouaten": ("town", "ML", 19.96278, 2.88278, "Tinzaouaten"),                           # G
 "tessalit": ("village", "ML", 20.20126, 1.01186, "Tessalit"),                              # G* (row تساليت)
 "timbuktu": ("town", "ML", 16.77348, -3.00742, "Timbuktu"),                                # G
 "north_ml": ("region", "ML", 20.45092, -2.20255, "Northern Mali"),                         # G
 "border_ml_dz": ("region", "ML", 21.87911, -0.25308, "Mali-Algeria border"),               # G* (row الحدود المالية الجزائرية)
 "ouaga": ("city", "BF", 12.36566, -1.53388, "Ouagadougou"),                                # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                     # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                     # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                    # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                    # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                                # G
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abeche"),                                    # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                               # G* (city row نجامينا)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                  # G
 # Egypt and Algeria
 "east_oweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                        # G* (row مطار شرق العوينات)
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                                  # G
 "inguezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                              # G* (row إن قزام)
}

TRAPS = {
 "dn1": ["عنب بلدي", "تلفزيون سوريا", "محمد الحمصي", "فيلق أفريقيا", "اللبناني", "الحكومة السورية"],
 "dn2": ["الميادين", "وول ستريت جورنال", "فيلق أفريقيا", "مالياً", "النيجري", "القيادة العامة للجيش الوطني الليبي",
         "الأراضي الليبية", "الروسية الإفريقية"],
 "dn3": ["اليوم السابع", "سبل السلام", "جبهة الوفاق من أجل التغيير", "إدريس ديبي", "الأنباء السارة",
         "قوات الدعم السريع", "التشادية", "الرئيس التشادي", "الجيش الوطني الليبي"],
 "dn4": ["الأخبار", "الفيلق الإفريقي", "جبهة تحرير أزواد", "مصدر أمني مالي", "الجيش المالي", "الدعم المالي",
         "الجزائرية", "البوركينية"],
 "dn5": ["الشروق", "منطقة سبها العسكرية", "فرج الفزاني", "عبد القادر الإدريسي", "اللواء طارق بن زياد",
         "الجيش الوطني الشعبي", "الجيش الوطني الليبي", "السفارة الروسية", "الجانب الليبي"],
}

PHEN = {
 "dn1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "coverage_bases", "coverage_crossings", "countries"],
 "dn2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "dn3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_neighbours", "countries"],
 "dn4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours",
         "countries"],
 "dn5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}

RU, LNA = "Russian forces", "Libyan National Army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "dn1": [
  mv("airlift", "reported", RU, ["قاعدة حميميم الجوية"], ["باماكو"], ["قاعدة الخادم الجوية", "الجفرة"]),
  mv("naval_landing", "reported", RU, ["طرطوس"], ["ميناء طبرق"]),
  mv("airlift", "planned", RU, ["حميميم"], ["الخادم"]),
  mv("redeploy", "denied", RU, ["سوريا"], ["ليبيا"]),
  mv("withdraw", "conditional", RU, ["طرطوس"], ["ميناء طبرق"]),
 ],
 "dn2": [
  mv("mobilise", "denied", RU, [], ["قاعدة الجفرة الجوية"]),
  mv("airlift", "planned", RU, ["روسيا"], ["واغادوغو"], ["مطار الجفرة"]),
  mv("deploy", "reported", RU, [], ["نيامي"]),
  mv("reinforce", "conditional", RU, ["ليبيا"], ["أغاديس"]),
  mv("naval_landing", "planned", RU, ["طرطوس"], ["ميناء طبرق"]),
  mv("advance", "denied", LNA, ["براك الشاطئ", "إدري"], ["الحدود مع النيجر"]),
 ],
 "dn3": [
  mv("shipment", "reported", RU, ["قاعدة الجفرة الجوية", "حقل السرير"], ["فايا لارجو"],
     ["الكفرة", "قاعدة معطن السارة", "الحدود مع تشاد"]),
  mv("airlift", "reported", RU, ["قاعدة الخادم"], ["معطن السارة"]),
  mv("deploy", "planned", RU, [], ["معطن السارة"]),
  mv("redeploy", "planned", RU, ["معطن السارة"], ["أبشي"]),
  mv("shipment", "denied", LNA, ["معطن السارة"], ["دارفور"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["شرق العوينات"]),
  mv("advance", "reported", "Chadian armed groups", ["جنوب ليبيا"], ["إنجامينا"]),
 ],
 "dn4": [
  mv("airlift", "reported", RU, ["قاعدة براك الشاطئ الجوية"], ["مطار موديبو كيتا الدولي"], ["النيجر"]),
  mv("deploy", "reported", RU, ["باماكو"], ["غاو"]),
  mv("advance", "reported", RU, ["كيدال"], ["تينزاواتين"]),
  mv("withdraw", "denied", RU, ["تيساليت"], []),
  mv("withdraw", "planned", RU, ["تمبكتو"], ["غاو"]),
  mv("reinforce", "conditional", RU, ["باماكو"], ["واغادوغو"]),
 ],
 "dn5": [
  mv("shipment", "reported", RU, ["قاعدة براك الجوية"], ["نيامي"],
     ["سبها", "القطرون", "منفذ التوم", "ماداما", "ديركو", "أغاديس"]),
  mv("redeploy", "reported", RU, ["قاعدة الجفرة"], ["براك الشاطئ"]),
  mv("shipment", "planned", RU, ["براك الشاطئ"], ["ديركو"]),
  mv("mobilise", "reported", LNA, [], ["أوباري"]),
  mv("deploy", "denied", RU, [], ["إدري", "الحدود مع الجزائر"]),
  mv("reinforce", "conditional", "Algerian army", [], ["جانت", "عين قزام"]),
 ],
}

NOTES = {
 "dn1": "Enab Baladi (Damascus): an Il-76 chain Hmeimim->Al Khadim->Jufra->Bamako in one sentence (origin, two vias, "
        "destination), a landing ship Tartus->Tobruk port, a planned Hmeimim-Al Khadim rotation, the Kremlin's denial "
        "of a Syria->Libya transfer and a conditional Tartus->Tobruk pull-out (إذا لم تجدد); Lebanese Tripoli port as a "
        "news source beside the Libyan capital.",
 "dn2": "Al Mayadeen (Moscow): Moscow denies massing at Jufra air base, a planned rotation Russia->Ouagadougou via Jufra "
        "airport, trainers reported in Niamey, a conditional Libya->Agadez reinforcement (إذا طلبت), a planned landing "
        "Tartus->Tobruk port and the LNA's denial of an advance from Brak al-Shati/Idri to the Niger border; the ship's "
        "return to the Syrian coast is not a movement of forces.",
 "dn3": "Youm7 (Cairo): a convoy with two origins (Jufra air base, Sarir field) via Kufra, Maaten al-Sarra and the "
        "Chad border to Faya-Largeau, an Al Khadim->Sarra airlift, a planned deployment to Sarra and onward move to "
        "Abeche, the LNA's denial of shipments Sarra->Darfur, Egypt's conditional reinforcement of East Oweinat and the "
        "2021 FACT advance as a flashback; السارة in «الأنباء السارة» and إدري inside «إدريس ديبي» are traps.",
 "dn4": "Alakhbar (Nouakchott): an airlift Brak al-Shati air base->Bamako airport through Niger's airspace, an onward "
        "Bamako->Gao deployment, an advance Kidal->Tinzaouaten on the Algerian border, a denied pull-out from Tessalit, "
        "a planned Timbuktu->Gao pull-back and a conditional Bamako->Ouagadougou move (إذا طلبت); «مصدر أمني مالي» "
        "and «الدعم المالي» are not the country.",
 "dn5": "Echorouk (Algiers): a supply convoy Brak air base->Niamey through Sabha, Al Qatrun, Toummo, Madama, Dirkou and "
        "Agadez, an earlier Jufra->Brak redeployment, a planned fortnightly Brak->Dirkou convoy, LNA massing at Ubari for "
        "the Sharara field, the LNA's denial of Russians in Idri or at the Algerian border and Algeria's conditional "
        "reinforcement of Djanet and In Guezzam; the Latakia->Bamako «line» is a description, not a movement.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("dn1", "dn2", "dn3", "dn4", "dn5")
