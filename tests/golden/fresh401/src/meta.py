# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # cities and capitals
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),               # G* (city row)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (row نجامينا)
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abeche"),                                # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 # bases, airports, fields, crossings
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (row قاعدة تمنهنت)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "faya_airport": ("airport", "TD", 17.91710, 19.11110, "Faya-Largeau Airport"),         # G
 "zilla_field": ("oilfield", "LY", 28.55099, 17.54358, "Zallah oil field"),             # G* (Zilla town row)
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 # Fezzan towns
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                           # G
 "zuwaylah": ("town", "LY", 26.16188, 15.12522, "Zuwaylah"),                            # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G (district row)
 "waw_kabir": ("village", "LY", 25.35000, 16.72000, "Wau al-Kabir"),                    # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 # Jufra and the central desert
 "zilla": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                 # G
 "zilla_mun": ("district", "LY", 28.55099, 17.54358, "Zillah municipality"),            # G* (town row)
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "marada": ("town", "LY", 29.22054, 19.20454, "Maradah"),                               # G
 "fuqaha": ("town", "LY", 27.83333, 16.35000, "Al-Fuqaha"),                             # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Suknah"),                                 # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "jufra_dist": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                      # G
 # Chad (Tibesti)
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G (row كوري بوقودي)
 "bardai": ("town", "TD", 21.35468, 17.00158, "Bardai"),                                # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "aozou": ("town", "TD", 21.83750, 17.42750, "Aozou"),                                  # G
 # regions
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G (row جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "waw_namus": ("region", "LY", 24.92000, 17.77000, "Waw an Namus"),                     # G
 "haruj": ("region", "LY", 27.25000, 17.50000, "Al Haruj"),                             # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "north_td": ("region", "TD", 19.50000, 18.50000, "Northern Chad"),                     # K
 "tripoint_ly_ne_td": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"),  # G* (row المثلث الحدودي مع النيجر وتشاد)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),        # G* (row الحدود الليبية التشادية)
 "border_td_side": ("region", "TD", 22.60000, 17.00000, "Chad-Libya border (Chadian side)"),     # K
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),      # G* (row الحدود الليبية النيجرية)
}

LNA, CHAD_GROUPS, RUS = "Libyan National Army", "Chadian armed groups", "Russian forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "om1": ["سبوتنيك", "الجيش الليبي", "كتيبة طارق بن زياد", "درع فزان", "عمر المرزقي",
         "جبهة الوفاق من أجل التغيير في تشاد", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "الأراضي التشادية"],
 "om2": ["الغد", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "التشادي", "صالح التباوي", "شارع طرابلس",
         "الجيش الوطني الليبي"],
 "om3": ["بوابة أفريقيا الإخبارية", "الجيش الوطني الليبي", "جبهة الوفاق من أجل التغيير في تشاد",
         "شركة الزويتينة للنفط", "الزويتينة", "زلة لسان", "المشايخ والفقهاء", "تنظيم داعش"],
 "om4": ["مونت كارلو الدولية", "الجيش التشادي", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "الزوار",
         "محمد إدريس ديبي", "السلطات الليبية", "الفصائل التشادية"],
 "om5": ["المشهد", "اللواء طارق بن زياد", "جبهة الوفاق من أجل التغيير في تشاد", "محمد إدريس ديبي",
         "الاتهامات الليبية", "روسياً", "السفارة الروسية", "المنطقة العسكرية طرابلس", "علي الفزاني"],
}

PHEN = {
 "om1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "om2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "town_vs_district", "ambiguity_tripoli", "coverage_bases", "coverage_neighbours", "countries"],
 "om3": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "town_vs_district",
         "coverage_bases", "coverage_oil"],
 "om4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "om5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
}

MOVES = {
 "om1": [
  mv("advance", "reported", LNA, ["سبها"], ["أم الأرانب"], ["غدوة"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة تمنهنت الجوية"]),
  mv("deploy", "planned", LNA, [], ["تمسة"]),
  mv("advance", "conditional", LNA, [], ["واو الناموس"]),
  mv("withdraw", "denied", CHAD_GROUPS, ["أم الأرانب"], ["كوري بوغودي"]),
 ],
 "om2": [
  mv("advance", "reported", CHAD_GROUPS, ["الواو الكبير"], ["تمسة"]),
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت"], ["تمسّة"], ["زويلة"]),
  mv("shipment", "planned", LNA, ["سبها"], ["تمسة"]),
  mv("withdraw", "conditional", CHAD_GROUPS, ["تمسة"], []),
  mv("mobilise", "denied", None, [], ["الحدود مع ليبيا"]),
 ],
 "om3": [
  mv("redeploy", "reported", LNA, ["قاعدة الجفرة الجوية"], ["زلة", "حقل زلة"], ["ودان"]),
  mv("withdraw", "reported", CHAD_GROUPS, ["زلة"], ["الهروج"]),
  mv("shipment", "planned", LNA, ["بنغازي"], ["زلة"]),
  mv("deploy", "conditional", LNA, [], ["زلة", "مرادة"]),
  mv("reinforce", "denied", "Misrata forces", ["مصراتة"], ["أبوقرين"]),
 ],
 "om4": [
  mv("advance", "reported", None, ["برداي"], ["كوري بوقودي"]),
  mv("airlift", "reported", None, ["أبشي"], ["مطار فايا لارجو"]),
  mv("withdraw", "denied", CHAD_GROUPS, ["كوري بوقودي"], ["جنوب ليبيا"]),
  mv("deploy", "planned", None, [], ["أوزو"]),
  mv("advance", "conditional", None, [], ["الجنوب الليبي"]),
 ],
 "om5": [
  mv("advance", "denied", CHAD_GROUPS, ["أم الأرانب"], ["زلة"]),
  mv("redeploy", "reported", LNA, ["قاعدة براك الجوية"], ["القطرون", "حقل الفيل"]),
  mv("mobilise", "reported", CHAD_GROUPS, [], ["الحدود مع النيجر"]),
  mv("withdraw", "conditional", CHAD_GROUPS, ["ليبيا"], ["تشاد"]),
  mv("naval_landing", "reported", RUS, [], ["ميناء طبرق"]),
  mv("naval_landing", "planned", RUS, [], ["ميناء طبرق"]),
 ],
}

NOTES = {
 "om1": ("Sputnik Arabic, Benghazi: LNA advance Sabha→Umm al-Aranib via Ghuddwa (reported), Il-76 airlift Benina→Tamanhint "
         "(reported), a company planned for Tmassah, a conditional advance on Waw an-Namus, FACT's denied pull-out "
         "Umm al-Aranib→Kouri Bougoudi; displaced families to Murzuq/Sabha and supply routes from the Chad border are not moves."),
 "om2": ("Alghad, Sabha: CCMSR advance Wau al-Kabir→Tmassah (reported), LNA reinforcement Tamanhint base→Tmassah via "
         "Zuwaylah (reported), a planned fuel/ammunition convoy Sabha→Tmassah, a conditional CCMSR pull-out (لن…إلا إذا), "
         "Chad's denied build-up on the border with Libya; fleeing families, a sit-in in Sabha and units 'in Tibesti' are not moves."),
 "om3": ("Afrigate News, Zilla: LNA redeploy Jufra air base→Zilla/Zallah field via Waddan (reported), FACT pull-back from "
         "Zilla's outskirts to the Haruj (reported), a planned convoy Benghazi→Zilla, a conditional deployment on the "
         "Zilla–Marada road (في حال), a denied reinforcement of Misrata forces at Abu Qurayn; a civilian delegation is not a move; "
         "traps زلة لسان and المشايخ والفقهاء."),
 "om4": ("Monte Carlo Doualiya, N'Djamena: Chadian army advance Bardai→Kouri Bougoudi and airlift Abeche→Faya-Largeau "
         "airport (reported, actor null), CCMSR's denied pull-out into southern Libya, a planned garrison at Aozou, a "
         "conditional pursuit into southern Libya (إذا); the Zouar garrison and the closure of the mining area are not moves."),
 "om5": ("Al-Mashhad, Tripoli: a GNU claim of a Chadian move Umm al-Aranib→Zilla denied by the LNA, an LNA redeploy Brak "
         "air base→Al Qatrun/El Feel field (reported), Chadian gunmen massing at the Niger border (reported), FACT's conditional "
         "return Libya→Chad (إذا), a Russian landing at Tobruk port (reported) and a second one planned; Moscow, Algeria and "
         "the Benghazi media office are not movement places."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("om1", "om2", "om3", "om4", "om5")
