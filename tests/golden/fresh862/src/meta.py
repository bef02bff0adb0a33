# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                  # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # the triangle and Kufra (shared)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 23.30855, 22.08059, "Al Kufra municipality"),          # G* (district row الكفرة)
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                            # K
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"), # G* (row مثلث العوينات)
 "triangle_td": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),               # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 # Sudan
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "portsudan_port": ("crossing", "SD", 19.61, 37.23, "Port of Port Sudan"),              # K
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G
 "omdurman": ("city", "SD", 15.64453, 32.47773, "Omdurman"),                            # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                           # G
 "karb": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                           # G
 "dabbah": ("town", "SD", 18.05, 30.95, "Ad Dabbah"),                                   # K
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                              # G
 "northern": ("district", "SD", 19.45943, 29.85719, "Northern State"),                  # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "merowe": ("town", "SD", 18.48330, 31.81670, "Merowe"),                                # G
 "wadihalfa": ("town", "SD", 21.79577, 31.37129, "Wadi Halfa"),                         # G (gazetteer spelling وادى حلفا)
 "argeen": ("crossing", "SD", 22.00000, 31.25000, "Argeen land port"),                  # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "mellit_loc": ("district", "SD", 14.13333, 25.55000, "Mellit locality"),               # G* (town row)
 "ndarfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                     # G
 "kutum": ("town", "SD", 14.20000, 24.66667, "Kutum"),                                  # G
 "tina_sd": ("town", "SD", 15.03, 22.83, "Tina (Sudan)"),                               # K
 "geneina": ("city", "SD", 13.45262, 22.44725, "Geneina"),                              # G
 "border_sd_td": ("region", "SD", 15.27115, 23.08771, "Sudan-Chad border (Sudanese side)"),  # G* (row الحدود السودانية التشادية)
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "aswan": ("city", "EG", 24.09082, 32.89942, "Aswan"),                                  # G
 "aswan_gov": ("district", "EG", 23.64102, 32.82169, "Aswan Governorate"),              # G
 "abusimbel": ("town", "EG", 22.34570, 31.61624, "Abu Simbel"),                         # G
 "border_eg_sd": ("region", "EG", 22.22287, 31.25544, "Egypt-Sudan border (Egyptian side)"),  # G* (row الحدود المصرية السودانية)
 "safaga_port": ("crossing", "EG", 26.74906, 33.93891, "Port of Safaga"),               # G* (town row سفاجا)
 "eo_airport": ("airport", "EG", 22.58570, 28.71660, "Sharq El Owainat Airport"),       # G
 "east_oweinat": ("town", "EG", 22.58570, 28.71660, "East Owainat"),                    # G* (airport row)
 # Chad and beyond
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                          # G
 "amdjarass_airport": ("airport", "TD", 16.07, 22.83, "Amdjarass Airport"),             # K
 "tine_td": ("town", "TD", 15.02528, 22.80222, "Tine (Chad)"),                          # G* (row تيني)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "adre": ("crossing", "TD", 13.46648, 22.19875, "Adre border crossing"),                # G* (town row أدري)
 "djibouti": ("city", "DJ", 11.58901, 43.14503, "Djibouti"),                            # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 # Libya elsewhere
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "jufra": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                      # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "sw_libya": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),               # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat (Ghat)"),                    # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
}

TRAPS = {
 "qgf1": ["وكالة السودان للأنباء", "حركة تحرير السودان", "إدريس آدم عبد الرحمن", "المياه المالحة", "الليبية",
          "السودانية"],
 "qgf2": ["السوداني", "الخارجة عن القانون", "حماة النيل", "خالد الأسواني", "مصري"],
 "qgf3": ["الأخبار السارة", "فصيل تشادي", "التشادية", "الجزائري", "السوداني", "روسية"],
 "qgf4": ["دارفورية", "الليبي", "السودانية", "السوداني"],
 "qgf5": ["دارفور 24", "القوة المشتركة لحماية المدنيين في دارفور", "أحمد إدريس حسين", "التشادية", "الليبية"],
}

PHEN = {
 "qgf1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "coverage_oil", "coverage_neighbours", "countries"],
 "qgf2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qgf3": ["clitics", "spelling", "multiword", "common_word_trap", "nisba", "ambiguity_country_capital", "vague_area",
          "coverage_bases", "coverage_neighbours", "countries"],
 "qgf4": ["clitics", "spelling", "multiword", "nisba", "ambiguity_tripoli", "vague_area", "town_vs_district",
          "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qgf5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


SAG = "Sudanese armed groups"
LNA = "Libyan National Army"

MOVES = {
 "qgf1": [
  mv("shipment", "reported", SAG, ["الكفرة"], ["المالحة"], ["جبل العوينات"]),
  mv("advance", "reported", SAG, ["الدبة"], ["كرب التوم"]),
  mv("redeploy", "planned", SAG, ["دنقلا"], ["المثلث الحدودي"]),
  mv("advance", "conditional", SAG, ["كرب التوم"], ["المالحة"]),
  mv("deploy", "denied", LNA, ["الكفرة"], ["الحدود مع السودان"]),
 ],
 "qgf2": [
  mv("reinforce", "reported", "Egyptian army", ["أسوان"], ["منفذ أرقين"], ["أبو سمبل"]),
  mv("naval_landing", "planned", "Egyptian army", ["ميناء سفاجا"], ["ميناء بورتسودان"]),
  mv("airlift", "denied", "Egyptian army", ["مطار شرق العوينات"], ["مروي"]),
  mv("withdraw", "conditional", SAG, ["المثلث الحدودي"]),
 ],
 "qgf3": [
  mv("airlift", "reported", None, ["قاعدة الخادم"], ["مطار أم جرس"]),
  mv("shipment", "reported", SAG, ["أمجرس"], ["مليط"], ["الطينة"]),
  mv("redeploy", "planned", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة معطن السارة"]),
  mv("naval_landing", "conditional", "Russian forces", [], ["بورتسودان"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["ربيانة"]),
 ],
 "qgf4": [
  mv("redeploy", "reported", SAG, ["الكفرة"], ["العوينات"], ["سبها"]),
  mv("deploy", "planned", LNA, ["قاعدة معطن السارة"], ["جبل العوينات"]),
  mv("mobilise", "denied", LNA, [], ["حقل السرير"]),
  mv("withdraw", "conditional", SAG, ["كرب التوم"], ["المالحة"]),
 ],
 "qgf5": [
  mv("reinforce", "reported", SAG, ["الكفرة"], ["مليط"], ["كرب التوم", "المالحة"]),
  mv("advance", "planned", SAG, ["الطينة"], ["كتم"]),
  mv("mobilise", "conditional", SAG, [], ["الطينة"]),
  mv("shipment", "denied", SAG, ["معبر أدري"], ["الجنينة"]),
 ],
}

NOTES = {
 "qgf1": "SUNA: an RSF fuel-and-ammunition convoy Kufra→Al-Malha via Jebel Uweinat, hit '60 km north of Wadi Howar' "
         "(distance reference); the joint force's advance Ad Dabbah→Karb al-Tom; a planned battalion Dongola→the border "
         "triangle; a conditional advance Karb al-Tom→Al-Malha (Northern State only the condition); Subul al-Salam "
         "(LNA) denies escorting convoys Kufra→the border with Sudan. Sarir is only the source of the fuel, El Fasher "
         "a time and distance reference, Benghazi the seat of the General Command, Port Sudan the dateline.",
 "qgf2": "Al-Sudani: Egyptian reinforcements Aswan→Argeen via Abu Simbel (Aswan governorate the speaker, the border with "
         "Sudan the aim); a planned Egyptian landing Safaga port→Port Sudan port; a denied Egyptian airlift East "
         "Oweinat airport→Merowe; the RSF's conditional withdrawal from the triangle (East Oweinat in the condition is "
         "the source of air strikes, not a movement place). Cairo, Khartoum, Tripoli speakers/datelines; Jebel "
         "Uweinat–Wadi Halfa and Kufra only describe areas; travellers at Argeen are civilians.",
 "qgf3": "Al-Tayar: tracked cargo flights Al-Khadim base→Amdjarass airport (no force named: actor null; Benghazi and "
         "Chad only locate them); RSF trucks Amdjarass→Mellit via Tine (Chad); Russian units' planned move Jufra air "
         "base→Maaten al-Sarra (Kufra a distance reference); Moscow's conditional marine landing at Port Sudan; a "
         "Chadian rebel group denies massing at Rebiana. Khartoum (للخرطوم), Algiers, Benghazi and southern Libya "
         "are not movement places.",
 "qgf4": "Alrakoba: Darfuri fighters Kufra→Al-Awaynat (the town north of Ghat, not Jebel Uweinat) via Sabha; Subul "
         "al-Salam's planned company Maaten al-Sarra→Jebel Uweinat; the LNA denies massing 100 vehicles at the Sarir "
         "field; the RSF's conditional withdrawal Karb al-Tom→Al-Malha. Ghat a distance reference, Niger the smugglers' "
         "destination, Kufra municipality, Cairo, Tripoli and Tripoli in northern Lebanon not movement places.",
 "qgf5": "Darfur24: RSF reinforcements Kufra→Mellit via Karb al-Tom and Al-Malha; the joint force's planned advance "
         "Tina→Kutum; its conditional massing at Tina (the border with Chad is the condition); Chad denies RSF arms "
         "trucks Adre crossing→Geneina. N'Djamena and Djibouti are speakers, the triangle a vague area, the displaced "
         "fleeing Kutum and Wadi Howar are civilians, El Fasher a time reference.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qgf1", "qgf2", "qgf3", "qgf4", "qgf5")
