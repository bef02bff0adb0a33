# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # shared
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                           # G
 # qek1 Murzuq (Al-Quds Al-Arabi)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),           # G* (town row)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 # qek2 Qatrun (Al-Jarida)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "wigh_base": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                   # G
 # qek3 Umm al-Aranib (Monte Carlo Doualiya)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "tobruk_base": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 # qek4 Wadi Etba (Alrakoba)
 "wadietba": ("town", "LY", 26.09502, 13.55744, "Wadi Etba"),                           # G
 "wadietba_mun": ("district", "LY", 26.09502, 13.55744, "Wadi Etba municipality"),      # G* (town row)
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G* (row خرطوم)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "ndarfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                     # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 # qek5 Traghen (France 24)
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "zuwaylah": ("town", "LY", 26.16188, 15.12522, "Zuwaylah"),                            # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
}

TRAPS = {
 "qek1": ["لواء طارق بن زياد", "القدس العربي", "أبوبكر التراغني", "مرزق الآن", "التشادية", "تركية"],
 "qek2": ["الجيش الوطني الليبي", "الجريدة", "إدريس بركة", "علي القطروني", "سودانية", "زلة"],
 "qek3": ["مونت كارلو الدولية", "تشاديين", "تشادية", "هون", "الفيلق الأفريقي", "السورية"],
 "qek4": ["سودانيين", "السودانيين", "الراكوبة", "راديو دبنقا", "الجيش السوداني", "الجيش الوطني الليبي"],
 "qek5": ["الجيش الوطني الليبي", "إدريس عبد الكريم", "فرانس 24", "الليبية"],
}

PHEN = {
 "qek1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qek2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qek3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases",
          "coverage_neighbours", "countries"],
 "qek4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "town_vs_district",
          "coverage_oil", "coverage_neighbours", "countries"],
 "qek5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qek1": [
  mv("deploy", "reported", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["مرزق"], ["تراغن"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["مرزق"]),
  mv("advance", "denied", "Chadian armed groups", ["كوري بوقودي"], ["مرزوق"]),
  mv("redeploy", "planned", "Libyan National Army", ["مرزق"], ["حقل الفيل"]),
  mv("withdraw", "conditional", "Libyan National Army", [], ["تمنهنت"]),
  mv("naval_landing", "reported", "Turkish armed forces", ["مرسين"], ["قاعدة أبوستة البحرية"]),
 ],
 "qek2": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["القطرون"], ["سبها", "أم الأرانب"]),
  mv("deploy", "planned", "Libyan National Army", ["القطرون"], ["منفذ التوم"], ["تجرهي"]),
  mv("withdraw", "conditional", "Libyan National Army", ["القطرون"], ["سبها"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["قاعدة الويغ"]),
 ],
 "qek3": [
  mv("withdraw", "reported", "Chadian armed groups", ["أم الأرانب"], ["تيبستي"], ["الحدود مع تشاد"]),
  mv("redeploy", "denied", "Russian forces", ["قاعدة تمنهنت"], ["ام الارانب"]),
  mv("deploy", "planned", "Libyan National Army", ["سبها"], ["أم الأرانب"], ["غدوة"]),
  mv("withdraw", "conditional", "Sudanese armed groups", ["تمسة"], ["دارفور"]),
  mv("naval_landing", "reported", "Russian forces", ["طرطوس"], ["قاعدة طبرق البحرية"]),
 ],
 "qek4": [
  mv("mobilise", "reported", "Sudanese armed groups", [], ["وادي عتبة"]),
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["وادي عتبة"]),
  mv("deploy", "planned", "Sudanese armed groups", ["وادي عتبة"], ["المالحة"], ["الكفرة"]),
  mv("airlift", "denied", "Sudanese armed groups", ["مطار الكفرة"], ["نيالا"]),
  mv("advance", "conditional", "Libyan National Army", ["أوباري"], ["وادي عتبة"]),
 ],
 "qek5": [
  mv("airlift", "reported", "Libyan National Army", ["مطار بنينا"], ["مطار سبها"]),
  mv("deploy", "reported", "Libyan National Army", ["مطار سبها"], ["تراغن"]),
  mv("redeploy", "denied", "Libyan National Army", ["زويلة"], ["تراغن"]),
  mv("reinforce", "planned", "Libyan National Army", ["تراغن"], ["تمسة"]),
  mv("airlift", "conditional", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["مطار سبها"]),
 ],
}

NOTES = {
 "qek1": "Murzuq's councils welcome a Tariq bin Ziyad battalion Tamanhint air base→Murzuq via Traghen, preceded by "
         "fuel/ammunition trucks Sabha→Murzuq; they deny a Chadian opposition advance Kouri Bougoudi→Murzuq (written "
         "'مرزوق' inside the rumour; the page 'مرزق الآن' is a trap); a planned company Murzuq→El Feel field; a "
         "conditional return to Tamanhint once Murzuq's police is ready (no origin written; Murzuq in 'مديرية أمن مرزق' "
         "is only the condition); a separate Turkish landing Mersin→Abu Sitta naval base. Sabha (source), Tripoli "
         "(general staff seat), the Chad border and the south-west are not movement places.",
 "qek2": "Qatrun's elders demand a force on the road to the Toummo crossing; an LNA reinforcement Brak air base→Qatrun "
         "via Sabha and Umm al-Aranib; a planned group Qatrun→Toummo crossing via Tajarhi; a conditional pull-back "
         "Qatrun→Sabha if the council asks; the council denies an RSF massing at Al Wigh base ('100 km south of the "
         "town' adds no place). Sabha as dateline and distance reference, the Niger border, Niger and Chad are not "
         "movement places; 'قطرون' in the quote is the town, not a movement place.",
 "qek3": "Umm al-Aranib's council announces Chadian gunmen left for Tibesti across the Chad border (withdraw reported); "
         "denies Russian Africa Corps men came from Tamanhint base (written 'ام الارانب'); a planned LNA company "
         "Sabha→Umm al-Aranib via Ghuddwa; a Sudanese group's conditional departure Tmassah→Darfur; a Russian landing "
         "Tartus→Tobruk naval base. Sabha as dateline/locator, Fezzan, Algeria (host of a meeting) and Tripoli (the "
         "government) are not movement places.",
 "qek4": "Wadi Etba's council gives Sudanese recruits 72 hours: RSF-linked mobilisation at Wadi Etba (reported, "
         "confirmed by witnesses and a council member), light-weapons trucks Kufra→the camp at Wadi Etba, a planned "
         "transfer Wadi Etba→Al Malha via Kufra (North Darfur only locates Al Malha), an RSF-denied airlift Kufra "
         "airport→Nyala, and an LNA battalion's conditional advance Ubari→Wadi Etba (the first Ubari locates the "
         "battalion and is a distance reference). Sharara field, Sudan, Libya, Khartoum (dateline) are not movement places.",
 "qek5": "Traghen's elders asked for protection: an LNA airlift Benina airport→Sabha airport, then by road Sabha "
         "airport→Traghen (origin resolved from the same sentence); a denied transfer of units Zuwaylah→Traghen; a "
         "planned reinforcement Traghen→Tmassah; a conditional airlift Jufra air base→Sabha airport. Sabha's '150 km', "
         "Murzuq district, the second Zuwaylah, Tunis (forum), Tripoli, the Toummo crossing and Niger (fuel smuggling) "
         "are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qek1", "qek2", "qek3", "qek4", "qek5")
