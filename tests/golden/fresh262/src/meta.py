# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 # capitals and cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 # jd1 Sharara (south-west)
 "sharara_f": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),           # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "sw_libya": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),               # G
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "mitiga_ap": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                  # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "rayayina": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                        # G
 # jd2 El Feel (Murzuq basin)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 # jd3 centre (Zella, Mabruk, Sirte basin)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "east_libya": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),       # G* (row برقة)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "zella_f": ("oilfield", "LY", 28.55099, 17.54358, "Zella oil field"),                  # K (Zillah town point)
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "mabruk_f": ("oilfield", "LY", 30.05000, 17.05000, "Mabruk oil field"),                # K
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil terminal"),         # G* (row راس لانوف)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "sirte_basin": ("region", "LY", 28.60000, 19.30000, "Sirte Basin"),                    # G
 "marada": ("town", "LY", 29.22054, 19.20454, "Maradah"),                               # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 # jd4 south-east (Sarir, Messla, Hariga)
 "sarir_f": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                  # G
 "messla_f": ("oilfield", "LY", 27.97472, 22.35833, "Messla oil field"),                # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),               # G* (row جنوب شرق ليبيا)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "benghazi_port": ("crossing", "LY", 32.11000, 20.05000, "Port of Benghazi"),           # K
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "triangle_sd": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 # jd5 Wafa, Hamada, Mellitah and the Algerian side
 "wafa_f": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                 # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "border_dz_side": ("region", "DZ", 29.30000, 9.55000, "Algeria-Libya border (Algerian side)"),  # K
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                           # G (matched spelled عين أمناس)
 "debdeb_crossing": ("crossing", "DZ", 29.96750, 9.42389, "Debdeb border crossing"),    # G* (Debdeb town row)
 "triangle_tn_dz": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G* (row قاعدة الوطية)
 "ghadames_ap": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),          # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),        # G* (town row)
 "hamada_f": ("oilfield", "LY", 29.50000, 12.50000, "Hamada oil field"),                # K (low confidence)
}

TRAPS = {
 "jd1": ["بوابة الوسط", "حراك فزان", "أحمد الأوباري", "مصطفى الطرابلسي", "الليبية"],
 "jd2": ["تشادي", "خالد المرزوقي", "اللبنانية", "لا أدري", "الفيل في الغرفة", "شركة مليتة للنفط والغاز"],
 "jd3": ["الفرنسية", "غرفة عمليات تحرير سرت والجفرة", "ليبيا الحدث", "مبروك لنا جميعاً", "شركة الزويتينة للنفط"],
 "jd4": ["علي السريري", "سودان تريبيون", "السودانية", "شركة الخليج العربي للنفط", "الأوروبية"],
 "jd5": ["الليبي", "ليبيين", "جزائري", "الوفاء بعقود", "كتيبة شهداء غدامس", "الأوروبيين"],
}

PHEN = {
 "jd1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_bases",
         "coverage_oil"],
 "jd2": ["clitics", "multiword", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli", "ambiguity_idri",
         "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "jd3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area", "coverage_bases", "coverage_oil", "countries"],
 "jd4": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "vague_area", "coverage_bases",
         "coverage_oil", "coverage_neighbours", "countries"],
 "jd5": ["clitics", "spelling", "multiword", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"

MOVES = {
 "jd1": [
  # PFG company (GNU chief of staff) flown Mitiga airport -> the field's airstrip (headline «تصل إلى الحقل جواً» = same move)
  mv("airlift", "reported", GNA, ["مطار معيتيقة"], ["حقل الشرارة"]),
  # armed local youth gather in Ubari in support of the protesters
  mv("mobilise", "reported", None, [], ["أوباري"]),
  # «حراك فزان» spokesman denies a move on El Feel: «لم يخرج أحد من أوباري»
  mv("advance", "denied", None, ["أوباري"], ["حقل الفيل"]),
  # LNA Brigade 128 company to be sent Brak air base -> Ubari (written اوباري) «لحماية الطريق المؤدي إلى الحقل»
  mv("deploy", "planned", LNA, ["قاعدة براك الجوية"], ["اوباري"]),
  # a Zintan brigades force at the Rayayina valve «إذا حاول أي طرف…»
  mv("deploy", "conditional", "Zintan forces", [], ["الرياينة"]),
 ],
 "jd2": [
  mv("reinforce", "reported", LNA, ["سبها"], ["حقل الفيل"], ["مرزق"]),
  # Chadian opposition attackers pull back from the field towards the Niger border (also the headline)
  mv("withdraw", "reported", "Chadian armed groups", ["حقل الفيل"], ["الحدود مع النيجر"]),
  mv("redeploy", "planned", LNA, ["حقل الشرارة"], ["الفيل"]),
  mv("advance", "conditional", LNA, [], ["أم الأرانب", "القطرون"]),
  # arms shipment from Niger via Toummo, denied by a Murzuq district official
  mv("shipment", "denied", None, ["النيجر"], [], ["منفذ التوم"]),
 ],
 "jd3": [
  mv("deploy", "reported", LNA, ["قاعدة الجفرة الجوية"], ["حقل زلة"], ["ودان"]),
  mv("shipment", "reported", LNA, ["سرت"], ["حقل مبروك"]),
  mv("redeploy", "planned", LNA, ["ميناء راس لانوف"], ["حقل مبروك"]),
  mv("withdraw", "denied", LNA, ["حقل زلة"], ["مرادة"]),
  mv("mobilise", "conditional", "Misrata forces", [], ["أبوقرين"]),
 ],
 "jd4": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["حقل السرير"]),
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء الحريقة"]),
  mv("withdraw", "planned", LNA, ["حقل مسلة"], ["جالو"]),
  mv("reinforce", "conditional", LNA, ["الكفرة"], ["حقل السرير"]),
  mv("advance", "denied", "Sudanese armed groups", ["السودان"], ["حقل مسلة"], ["المثلث الحدودي"]),
 ],
 "jd5": [
  # «عزز انتشاره على الحدود مع ليبيا، حيث وصلت وحدات من عين أمناس إلى الدبداب» (also the headline)
  mv("reinforce", "reported", "Algerian army", ["عين أمناس"], ["الحدود مع ليبيا", "الدبداب"]),
  mv("advance", "denied", "Algerian army", [], ["حقل الوفاء"]),
  mv("naval_landing", "reported", GNA, ["قاعدة أبوستة البحرية"], ["مجمع مليتة"]),
  # flown to Ghadames airport, «ومنه براً إلى الحقل» = second destination of the same move
  mv("airlift", "planned", GNA, ["قاعدة الوطية"], ["مطار غدامس", "حقل الوفاء"]),
  mv("redeploy", "conditional", GNA, ["حقل الحمادة"], ["حقل الوفاء"]),
 ],
}

NOTES = {
 "jd1": "CNBC Arabia-style market story on a Sharara shutdown by protesters: a PFG airlift Mitiga airport->the field's "
        "airstrip (anaphora; also the headline), armed youth massing in Ubari, the protest movement's denied move on El Feel "
        "(الفيل alone in a quote), a planned LNA company Brak air base->Ubari (written اوباري) and a conditional Zintan "
        "deployment at the Rayayina valve; traps: «بوابة الوسط», «حراك فزان», persons الأوباري/الطرابلسي; Tunis written "
        "تونس العاصمة; the Zawiya refinery and port are one oil-terminal row.",
 "jd2": "Fawasel-style report from Sabha on an attack at El Feel: an LNA reinforcement Sabha->El Feel via Murzuq, a Chadian "
        "faction's withdrawal field->the Niger border (nested border phrase, also the headline), a planned company "
        "Sharara->«الفيل», a conditional advance to Umm al-Aranib and Al Qatrun, a denied arms shipment from Niger via the "
        "Toummo crossing; Murzuq town vs شعبية مرزق; Libyan vs Lebanese Tripoli; traps «الفيل في الغرفة», «لا أدري», a "
        "company and a colonel whose names look like places; evacuated workers and a drone sighting are not moves.",
 "jd3": "CNN Arabic-style dispatch from Sirte on the central fields: an LNA column Jufra air base->Zella field via Waddan "
        "(headline spelled زلّة), a supply convoy Sirte->Mabruk field (shipment), a planned company Ras Lanuf port->Mabruk, "
        "a denied pull-back Zella->Marada and Misrata's conditional massing at Abu Qurayn (Misrata is only the speaker's "
        "place); traps «مبروك لنا جميعاً», the former «غرفة عمليات تحرير سرت والجفرة», «ليبيا الحدث», the Zueitina company; "
        "شرق ليبيا and حوض سرت as regions.",
 "jd4": "Euronews Arabic-style report from Benghazi on the Sarir and Messla fields: an LNA airlift Benina air base->Sarir, a "
        "naval landing Benghazi port->Marsa al-Hariga (Tobruk only locates it), a planned battalion pull-back Messla->Jalu, "
        "a conditional reinforcement Kufra->Sarir and a denied Sudanese advance via the border triangle to Messla; bare "
        "field names (السرير، مسلة، الحريقة) as gold; traps علي السريري, «سودان تريبيون», the Arabian Gulf Oil Company.",
 "jd5": "El Khabar-style story from Algiers on the Wafa closure: the Algerian army In Amenas (written عين أمناس)->Debdeb and "
        "the border, its denied entry towards Wafa, a GNA naval landing Abu Sitta naval base->Mellitah, a planned airlift "
        "Al-Watiya->Ghadames airport and on to the field, a conditional PFG redeploy Hamada field->Wafa; Algiers (dateline) "
        "vs Algeria; Ghadames town vs بلدية غدامس; traps «الوفاء بعقود», «كتيبة شهداء غدامس»; غاز الوفاء is the field.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("jd1", "jd2", "jd3", "jd4", "jd5")
