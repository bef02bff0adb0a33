# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 # qbd1 Brak al-Shati (Radio Sawa)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_mun": ("district", "LY", 27.54956, 14.27139, "Brak al-Shati municipality"),      # G* (town row)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (row هون, README: point near Hun)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "qirah": ("town", "LY", 27.58595, 14.35375, "Qirah"),                                  # G
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Port of Tobruk"),                   # K
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 # qbd2 Ubari (Monte Carlo Doualiya)
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                      # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 # qbd3 Murzuq (France 24)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 # qbd4 Al-Qatrun (Al-Manara Media)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G* (row منفذ التوم, written منفذ التوم)
 "tripoint": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"),  # G* (row المثلث الحدودي مع النيجر وتشاد)
 "tobruk_base": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 # qbd5 Ghat (Afrigate News)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "barakat": ("town", "LY", 24.89400, 10.18336, "Al Barakat"),                           # G* (row البركات, written البركت)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"), # G* (row الحدود الليبية الجزائرية)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
}

TRAPS = {
 "qbd1": ["راديو سوا", "لواء طارق بن زياد", "الجيش الوطني الليبي", "الحاج إدريس", "روسية", "زلة"],
 "qbd2": ["مونت كارلو الدولية", "جيش الوطني الليبي", "النيجرية", "دعماً مالياً", "قوة حماية الجنوب"],
 "qbd3": ["فرانس 24", "جيش الوطني الليبي", "المعارضة التشادية", "الشيخ بركة المرزوقي", "اللبنانية"],
 "qbd4": ["المنارة للإعلام", "اللواء 128 معزز", "جيش الوطني الليبي", "عبد السلام القطروني", "الزاوية", "روسية",
          "المعارضة التشادية"],
 "qbd5": ["بوابة أفريقيا الإخبارية", "بوابة أفريقيا", "غرفة عمليات الجنوب الغربي", "الجيش الوطني الليبي", "لغات",
          "إدريس", "جزائري", "الجيش الجزائري"],
}

PHEN = {
 "qbd1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "town_vs_district", "coverage_bases"],
 "qbd2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qbd3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qbd4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qbd5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase",
          "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qbd1": [
  mv("reinforce", "reported", "Libyan National Army", ["الجفرة"], ["سبها"], ["براك الشاطي"]),
  mv("airlift", "reported", None, [], ["قاعدة براك الجوية"]),
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
  mv("deploy", "planned", "Libyan National Army", [], ["قيرة"]),
  mv("withdraw", "conditional", "Libyan National Army", ["براك"], ["قاعدة تمنهنت"]),
  mv("redeploy", "denied", "Russian forces", ["قاعدة براك الجوية"], ["قاعدة الجفرة الجوية"]),
 ],
 "qbd2": [
  mv("deploy", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["أوباري"], ["جرمة", "الغريفة"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["حقل الشرارة"]),
  mv("redeploy", "planned", "Libyan National Army", [], ["حقل الشرارة"]),
  mv("reinforce", "conditional", "Libyan National Army", ["سبها"], ["أوباري"]),
  mv("mobilise", "denied", "Foreign fighters", ["النيجر", "مالي"], ["أوباري"]),
 ],
 "qbd3": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["مرزق"]),
  mv("advance", "reported", "Libyan National Army", ["مرزق"], ["تراغن"]),
  mv("shipment", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["مرزق"]),
  mv("redeploy", "planned", "Libyan National Army", ["مرزق"], ["حقل الفيل"]),
  mv("withdraw", "conditional", "Libyan National Army", ["مرزق"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["مرزوق"], ["الحدود مع النيجر"]),
 ],
 "qbd4": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["القطرون"]),
  mv("deploy", "reported", "Libyan National Army", ["القطرون"], ["قاعدة الويغ"], ["تجرهي"]),
  mv("deploy", "planned", "Libyan National Army", [], ["منفذ التوم"]),
  mv("advance", "conditional", "Libyan National Army", ["قاعدة الويغ"], ["المثلث الحدودي"]),
  mv("naval_landing", "denied", "Russian forces", [], ["قاعدة طبرق البحرية"]),
  mv("airlift", "denied", "Russian forces", ["طبرق"], ["قاعدة الويغ"]),
 ],
 "qbd5": [
  mv("deploy", "reported", "Libyan National Army", ["أوباري"], ["غات"], ["العوينات"]),
  mv("deploy", "planned", "Libyan National Army", [], ["منفذ إيسين"]),
  mv("withdraw", "denied", "Libyan National Army", ["البركت"], ["العوينات"]),
  mv("reinforce", "conditional", "Algerian army", ["إليزي"], ["جانت"]),
 ],
}

NOTES = {
 "qbd1": "Brak residents on a Tariq bin Ziyad (trap) column Al-Jufra→Sabha with reinforcements via Brak al-Shati; cargo "
         "planes heard landing at Brak air base (no actor named); a Russian ship reported unloading at Tobruk port; a "
         "planned company in Qirah; the gate detachment's conditional return Brak→Tamanhint base; a denied Russian move "
         "from 'the base' (Brak air base) to Al-Jufra air base. Tripoli and Idri are only truck destinations, Sabha's "
         "'70 km' a distance reference; 'الحاج إدريس' (Idri inside) and 'زلة' (Zillah) are traps.",
 "qbd2": "A 40-vehicle LNA column Tamanhint base→Ubari via Germa and Al-Ghurayfa; 15 fuel-and-ammunition trucks "
         "Sabha→Sharara field (the column's 'mission to secure the road to Sharara' is a purpose, not a move); a planned "
         "company to 'the field' (Sharara; no origin written); a conditional reinforcement Sabha→Ubari; the mayor denies "
         "foreign fighters from Niger and Mali massing around 'the city' (Ubari). Algeria is only the source of "
         "smuggled flour; 'دعماً مالياً' and 'النيجرية' are traps.",
 "qbd3": "Murzuq returnees: an LNA column Sabha→Murzuq, part of it advancing Murzuq→Traghen, 8 trucks of ammunition "
         "and fuel from Tamanhint base, a planned company Murzuq→El Feel field, a conditional non-withdrawal from Murzuq, "
         "and a denied massing of Chadian rebels around Murzuq (spelt مرزوق) after crossing the border with Niger (via). "
         "Tripoli (Lebanon) is a doctor's home town, Tripoli (Libya) the ministry's seat; the taxi line Murzuq–Sabha, "
         "the medicine shipment and the returnees from Sabha are civilian.",
 "qbd4": "An LNA (128th brigade, trap) column Sabha→Al-Qatrun and then Al-Qatrun→Al-Wigh base via Tajarhi; a planned "
         "company at the Tummo crossing ('300 km south of the town' a distance reference); a conditional advance "
         "Al-Wigh base→the border triangle; a denied Russian landing at Tobruk naval base and airlift Tobruk→Al-Wigh "
         "base. Migrants from Chad and Niger and traders' trips to Sabha are civilian; 'للويغ' is written with the "
         "clitic, surface ويغ.",
 "qbd5": "An LNA force (operations-room name a trap) Ubari→Ghat via Al-Awaynat; a planned company to the Isayen "
         "crossing (no origin written); a denied pull-out Al-Barakat→Al-Awaynat; the Algerian army's conditional "
         "reinforcement Illizi→Djanet if clashes reach the border with Algeria (a condition, not a movement place). "
         "Algiers is the source's city; Ghat airport's suspended flights to Tripoli are civilian; 'لغات' (languages) "
         "is a trap.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qbd1", "qbd2", "qbd3", "qbd4", "qbd5")
