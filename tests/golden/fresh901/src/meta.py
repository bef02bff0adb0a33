# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G (row قاعدة بنينا الجوية)
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                           # G
 "zuwaylah": ("town", "LY", 26.16188, 15.12522, "Zawilah"),                             # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 # qhs1 Tazirbu (Monte Carlo Doualiya)
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "tazirbu_mun": ("district", "LY", 25.67289, 21.07286, "Tazirbu municipality"),         # G* (town row)
 "bzeima": ("village", "LY", 25.00000, 22.00000, "Buzayma"),                            # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Al Kufra district"),             # G (district row الكفرة)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # qhs2 Rebiana (Middle East Radio, Cairo)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "aljawf": ("town", "LY", 24.19890, 23.29093, "Al Jawf (Kufra)"),                       # G* (Kufra town row)
 "triangle_sd": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 "maaten": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),              # G
 "southeast_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),           # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 # qhs3 Tmassah (Libya FM, Sabha)
 "wau": ("village", "LY", 25.35000, 16.72000, "Wau al-Kabir"),                          # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 # qhs4 Zuwaylah (Radio Sawa, Tripoli)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 # qhs5 Umm al-Aranib (Algerian Radio, Algiers)
 "ummalaranib_mun": ("district", "LY", 26.13386, 14.73720, "Umm al-Aranib municipality"),  # G* (town row)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "border_dz": ("region", "DZ", 24.80, 9.95, "Algeria-Libya border (Algerian side, Djanet sector)"),  # K
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
}

TRAPS = {
 "qhs1": ["مونت كارلو الدولية", "كتيبة سبل السلام", "الجيش الوطني الليبي", "إدريس بوشناف", "سودانيين"],
 "qhs2": ["إذاعة الشرق الأوسط", "الجيش الوطني الليبي", "قوات الدعم السريع", "سوداني", "جوف الصحراء", "المصري",
          "الجزائري"],
 "qhs3": ["ليبيا إف إم", "الجيش الوطني الليبي", "الجديد", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "تشادي"],
 "qhs4": ["راديو سوا", "الجيش الوطني الليبي", "غرفة عمليات المنطقة العسكرية سبها", "خالد الطرابلسي", "الفيلق الأفريقي",
          "الروسي", "بشير المرزوقي", "غدوة"],
 "qhs5": ["الإذاعة الجزائرية", "الجيش الوطني الليبي", "تشادية", "إدريس محمد", "غدوة نشوفوا",
          "جبهة الوفاق من أجل التغيير في تشاد", "الجيش الوطني الشعبي", "الجزائري"],
}

PHEN = {
 "qhs1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qhs2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qhs3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "qhs4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings"],
 "qhs5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qhs1": [
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["تازربو"], ["بزيمة"]),
  mv("shipment", "reported", "Libyan National Army", ["حقل السرير"], ["تازربو"]),
  mv("withdraw", "denied", "Libyan National Army", ["تازيربو"], ["جالو"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("advance", "conditional", "Libyan National Army", ["تازربو"], ["ربيانة"]),
 ],
 "qhs2": [
  mv("advance", "reported", "Libyan National Army", ["الجوف"], ["الربيانة"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["المثلث الحدودي"]),
  mv("redeploy", "planned", "Libyan National Army", ["ربيانة"], ["قاعدة معطن السارة"]),
  mv("withdraw", "conditional", "Libyan National Army", ["ربيانة"], ["الجوف"]),
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
 ],
 "qhs3": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["تمسه"], ["زويلة"]),
  mv("redeploy", "planned", "Libyan National Army", ["تمسة"], ["الواو الكبير"]),
  mv("reinforce", "conditional", "Libyan National Army", ["قاعدة تمنهنت"], ["تمسة"]),
  mv("advance", "denied", "Chadian armed groups", ["تيبستي"], ["تمسة"]),
 ],
 "qhs4": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["زويلة"], ["أم الأرانب"]),
  mv("deploy", "denied", "GNA forces", ["مصراتة"], ["زويلة"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا"], ["مطار سبها"]),
  mv("mobilise", "conditional", "Libyan National Army", [], ["تراغن"]),
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
 ],
 "qhs5": [
  mv("advance", "reported", "Libyan National Army", ["غدوة"], ["ام الارانب"]),
  mv("withdraw", "denied", "Chadian armed groups", ["أم الأرانب"], ["منفذ التوم"]),
  mv("shipment", "planned", "Libyan National Army", ["سبها"], ["أم الأرانب"]),
  mv("reinforce", "conditional", "Algerian army", ["جانت"], ["الحدود مع ليبيا"]),
 ],
}

NOTES = {
 "qhs1": "Monte Carlo Doualiya bulletin from Kufra: a Subul al-Salam (LNA) column Kufra→Tazirbu via Bzeima (the "
         "Subul al-Salam battalion name is a trap), a fuel convoy escorted by the battalion Sarir field→Tazirbu, a denied "
         "pull-out from Tazirbu (spelled تازيربو) to Jalu, a planned cargo flight Benina air base→Kufra airport (the "
         "Kufra district only where the men will be spread), and patrols that will move Tazirbu→Rebiana only if Sudanese "
         "infiltration across the border with Sudan is confirmed (the border is the condition, not a movement place); "
         "Kufra's '280 km' and Benghazi (medicine) are not movement places.",
 "qhs2": "Middle East Radio (Cairo): an LNA force entered Rebiana (written الربيانة) from Al-Jawf (Kufra only locates "
         "Al-Jawf and measures Rebiana's '130 km'), the RSF's denied massing in the border triangle, a planned company "
         "Rebiana→Maaten al-Sarra base (the border with Chad is the purpose), the rest's conditional return Rebiana→Al-Jawf, "
         "and a Russian landing ship at Tobruk port weeks earlier; Cairo, Algiers and Tripoli are only speakers/venues.",
 "qhs3": "Libya FM (Sabha): a 116th Battalion (LNA) force Sabha→Tmassah (written تمسه) via Zuwaylah, a planned company "
         "Tmassah→Wau al-Kabir ('150 km', the border with Chad only the smugglers' direction), a conditional reinforcement "
         "Tamanhint air base→Tmassah if attacks recur, and a Chadian rebel column Tibesti→Tmassah denied by the CCMSR; "
         "Murzuq district, Sabha's '230 km' and the road to Zuwaylah and Umm al-Aranib are not movement places.",
 "qhs4": "Radio Sawa (Tripoli): LNA reinforcements Sabha→Zuwaylah (written زويله in the headline) via Umm al-Aranib, the "
         "GNA's denial of a force Misrata→Zuwaylah, a planned flight Benina base→Sabha airport, a conditional massing in "
         "Traghen if the truce fails, and a Russian landing at Tobruk port (the Fezzan fields are only a concern); "
         "Murzuq and Qatrun delegations are civilians; Sabha inside the operations-room name and Tripoli inside the "
         "spokesman's name are traps; «غدوة» is the dialect word 'tomorrow'.",
 "qhs5": "Algerian Radio (Algiers): LNA units entered Umm al-Aranib (written ام الارانب) from Ghuddwa, FACT's denied "
         "pull-out Umm al-Aranib→the Tummo crossing, a planned fuel-and-ammunition convoy Sabha→Umm al-Aranib, and the "
         "Algerian army's conditional push Djanet→the border with Libya if fighting spreads to Ghat (Ghat is the "
         "condition); Algiers is the dateline, Algeria the country; «غدوة نشوفوا» is dialect ('tomorrow we'll see'), "
         "the town Ghuddwa is gold.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qhs1", "qhs2", "qhs3", "qhs4", "qhs5")
