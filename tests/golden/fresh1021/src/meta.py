# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                  # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                              # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                   # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                   # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                 # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                               # G
 # capitals and other cities
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                   # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                  # G
 "ouaga": ("city", "BF", 12.36566, -1.53388, "Ouagadougou"),                              # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                 # G (row الجزائر, city; written الجزائر العاصمة)
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                     # G
 # Niger (Agadez, Air, Djado, Kawar)
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                   # G
 "agadez_reg": ("district", "NE", 19.42135, 10.68918, "Agadez Region"),                   # G* (row district:NE-1, written ولاية أغاديس)
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                     # G
 "iferouane": ("town", "NE", 19.06250, 8.42000, "Iferouane"),                             # G
 "assamaka": ("village", "NE", 19.36667, 5.80000, "Assamaka"),                            # G (row أسامكا; qmj1 writes أساماكا)
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado plateau"),                          # G
 "chirfa": ("village", "NE", 20.95000, 12.33330, "Chirfa"),                               # G
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                         # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                  # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama military post"),                    # G
 "north_ne": ("region", "NE", 20.11996, 11.22198, "Northern Niger"),                      # G
 "border_ne_dz": ("region", "NE", 21.21580, 8.29050, "Niger-Algeria border (Niger side)"),  # G* (row الحدود النيجرية الجزائرية)
 "border_ne_ly": ("region", "NE", 22.3, 13.8, "Niger-Libya border (Niger side)"),         # K
 # Mali (Kidal region)
 "kidal": ("town", "ML", 18.44345, 1.40921, "Kidal"),                                     # G
 "tessalit": ("village", "ML", 20.20126, 1.01186, "Tessalit"),                            # G (row تساليت; written تيساليت)
 "aguelhok": ("town", "ML", 19.46139, 0.85889, "Aguelhok"),                               # G (row أغيلهوك)
 "tinza_ml": ("town", "ML", 19.96278, 2.88278, "Tinzaouaten"),                            # G (row تينزاواتين)
 "gao": ("city", "ML", 16.27167, -0.04472, "Gao"),                                        # G (row جاو; written غاو)
 "north_ml": ("region", "ML", 20.45092, -2.20255, "Northern Mali"),                       # G
 "border_ml_ne": ("region", "ML", 17.01942, 4.10331, "Mali-Niger border (Mali side)"),    # G* (row الحدود المالية النيجرية)
 # Algeria (Tamanrasset, In Guezzam, Bordj Badji Mokhtar, Illizi)
 "in_guezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                           # G (row إن قزام; written عين قزام)
 "tinza_dz": ("town", "DZ", 19.95333, 2.96667, "Tin Zaouatine"),                          # G (row تين زواتين; written تين زاواتين)
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                         # G
 "bbm": ("town", "DZ", 21.32500, 0.94611, "Bordj Badji Mokhtar"),                         # G
 "timiaouine": ("town", "DZ", 20.44080, 1.80551, "Timiaouine"),                           # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                                # G
 "south_dz": ("region", "DZ", 24.38530, 3.68071, "Southern Algeria"),                     # G
 "border_dz_ly": ("region", "DZ", 24.75, 9.85, "Algeria-Libya border (Algeria side, near Djanet)"),  # K
 # Libya (Fezzan, Ghat, Al Qatrun)
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                   # G* (row جنوب ليبيا, written الجنوب الليبي)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                      # G
 "ghat_mun": ("district", "LY", 26.01562, 10.40660, "Ghat Municipality"),                 # G* (row district:LY-GT, written بلدية غات)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                   # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                             # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                    # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                    # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),              # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                               # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                          # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),              # G
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador triangle"),                   # G
 "tripoint_ne_td": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"),  # G* (row المثلث الحدودي مع النيجر وتشاد)
}

TRAPS = {
 "qmj1": ["كانال 3", "حركة العدالة وإعادة تأهيل النيجر", "القوات المسلحة النيجرية", "نيجرية", "جزائرية", "الجزائري",
          "الجزائرية", "الفرنسية"],
 "qmj2": ["لوريبوبليكان", "الجبهة الوطنية للديمقراطية والعدالة في تشاد", "التشاديين", "الليبية", "الجيش الوطني الليبي",
          "القطروني", "برخان", "الفرنسية"],
 "qmj3": ["ليسور", "القوات المسلحة المالية", "عملية ماليكو", "الفيلق الإفريقي", "الروسي", "الروسية",
          "جبهة تحرير أزواد", "الجزائرية", "ماليون", "نصرة الإسلام والمسلمين", "إياد أغ غالي",
          "الشمالية"],
 "qmj4": ["أوريزون", "الجيش الوطني الشعبي", "الناحية العسكرية السادسة", "المالي", "مالية", "جزائرية",
          "جبهة تحرير أزواد", "النيجرية"],
 "qmj5": ["موند أفريك", "لواء طارق بن زياد", "خليفة حفتر", "صدام حفتر", "ليبية", "الجزائرية", "الجزائري",
          "التشاديين", "الفيلق الإفريقي", "الروسي", "مبالغات", "لغات"],
}

PHEN = {
 "qmj1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "town_vs_district", "coverage_neighbours", "countries"],
 "qmj2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qmj3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_neighbours", "countries"],
 "qmj4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "coverage_neighbours", "countries"],
 "qmj5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qmj1": [
  mv("reinforce", "reported", "Nigerien army", ["أرليت"], ["أساماكا"]),
  mv("advance", "reported", None, ["مثلث السلفادور"], ["إيفروان"]),
  mv("deploy", "planned", "Nigerien army", ["أغاديس"], ["أرليت", "إيفروان"]),
  mv("withdraw", "conditional", "Nigerien army", ["أساماكا"]),
  mv("advance", "denied", "Algerian army", ["عين قزام"], ["أساماكا"]),
 ],
 "qmj2": [
  mv("deploy", "reported", "Nigerien army", ["قاعدة ماداما"], ["منفذ التوم", "الحدود مع ليبيا"]),
  mv("advance", "reported", "Chadian armed groups", ["القطرون"], ["هضبة جادو"], ["منفذ التوم"]),
  mv("reinforce", "conditional", "Nigerien army", ["ديركو"], ["شيرفا"]),
  mv("deploy", "planned", "Libyan National Army", ["القطرون"], ["منفذ التوم"]),
  mv("shipment", "denied", None, ["القطرون"], ["جادو"]),
 ],
 "qmj3": [
  mv("deploy", "reported", None, ["كيدال"], ["تيساليت"], ["أغيلهوك"]),
  mv("airlift", "reported", "Russian forces", ["غاو"], ["كيدال"]),
  mv("advance", "planned", None, ["تيساليت"], ["تينزاواتين"]),
  mv("redeploy", "conditional", None, ["كيدال"], ["تيساليت"]),
  mv("withdraw", "denied", "Russian forces", ["كيدال"], ["غاو"]),
  mv("withdraw", "reported", None, ["أغيلهوك"], ["تينزاواتين"]),
  mv("mobilise", "reported", None, [], ["تينزاواتين"]),
 ],
 "qmj4": [
  mv("reinforce", "reported", "Algerian army", ["تمنراست"], ["عين قزام"]),
  mv("deploy", "reported", "Algerian army", ["برج باجي مختار"], ["تيمياوين", "تين زاواتين"]),
  mv("shipment", "planned", "Algerian army", ["تمنراست"], ["عين قزام", "برج باجي مختار"]),
  mv("advance", "conditional", "Algerian army", [], ["مالي", "النيجر"]),
  mv("airlift", "denied", "Algerian army", ["تمنراست"], ["تين زاواتين"]),
 ],
 "qmj5": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["غات"], ["أوباري", "العوينات"]),
  mv("deploy", "reported", "Libyan National Army", ["غات"], ["منفذ إيسين"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة الويغ"], ["منفذ التوم"]),
  mv("withdraw", "reported", "Chadian armed groups", ["القطرون"], ["المثلث الحدودي"]),
  mv("reinforce", "conditional", "Algerian army", ["جانت"], ["الحدود مع ليبيا"]),
  mv("shipment", "denied", "Russian forces", ["القطرون"], ["النيجر"], ["منفذ التوم"]),
 ],
}

NOTES = {
 "qmj1": "Nigerien private TV (Canal 3) from Agadez: army reinforcements Arlit→Assamaka on the Algerian border, an armed "
         "4x4 convoy (actor null) from the Salvador triangle towards the gold sites near Iferouane, a planned battalion "
         "Agadez→Arlit and Iferouane, a conditional stay in Assamaka (لن تنسحب ... إلا إذا) and a denied Algerian army "
         "entry In Guezzam→Assamaka; migrants deported Tamanrasset→Assamaka via In Guezzam (civilians), gold sites north "
         "of Arlit, smuggling to Libya, the Niamey government and the rebel movement holding «النيجر» are not movements.",
 "qmj2": "Nigerien private weekly (Le Républicain) from Niamey: a unit of the Madama garrison deployed near the Toummo "
         "crossing on the border with Libya, a Chadian rebel (FNDJT) convoy Al Qatrun→Djado plateau via Toummo, a "
         "conditional company Dirkou→Chirfa (rebels reaching Djado only the condition), a planned LNA company "
         "Al Qatrun→Toummo and a denied arms shipment Al Qatrun→Djado (actor null); Dirkou as the officer's seat, "
         "Barkhane at Madama, the Niamey–Paris defence accords, miners from Chad/Sudan/Libya and Séguédine residents "
         "are background; «القطروني» (spokesman's name) holds Al Qatrun.",
 "qmj3": "Malian state daily (L'Essor) from Kidal: a Malian army column Kidal→Tessalit via Aguelhok (actor null), a "
         "Russian Africa Corps airlift Gao→Kidal, a planned advance Tessalit→Tinzaouaten, a conditional move of the "
         "forward HQ Kidal→Tessalit, a denied Russian pull-out Kidal→Gao FLA fighters (null) reported withdrawing "
         "Aguelhok→Tinzaouaten and massing there; Malian Tinzaouaten (تينزاواتين) faces Algerian Tin Zaouatine (تين زاواتين); «عملية "
         "ماليكو», «القوات المسلحة المالية», «ماليون» and the common word «الشمالية» hold «مالي», «جبهة تحرير أزواد» holds Azawad; the border with "
         "Niger (gold mines), Bamako's accusations and trucks from Algeria are not movement places.",
 "qmj4": "Algerian daily (Horizons) from Tamanrasset: 6th military region reinforcements Tamanrasset→In Guezzam, a "
         "detachment Bordj Badji Mokhtar→Timiaouine and Tin Zaouatine (Algerian side), a planned supply convoy "
         "Tamanrasset→In Guezzam and Bordj Badji Mokhtar, a conditional crossing into Mali or Niger (only with the "
         "president's decision and parliament's two-thirds vote) and a denied helicopter arms airlift Tamanrasset→Tin "
         "Zaouatine for the FLA; the drone shot down near Tin Zaouatine, ambassadors recalled from Algiers (الجزائر "
         "العاصمة), migrants deported In Guezzam→Assamaka and «مالية» (Malian/financial) are not movements.",
 "qmj5": "French Africa site (Mondafrique) from Paris on Haftar's southern redeployment: a Tariq bin Ziyad battalion "
         "Sabha→Ghat via Ubari and Al-Awaynat, a company of it (anaphora → Ghat) at the Isayen crossing, a planned move "
         "Al Wigh base→Toummo, Chadian gunmen withdrawn from south of Al Qatrun to the Libya–Niger–Chad border triangle, "
         "a conditional Algerian reinforcement Djanet→the border with Libya (Salvador triangle only in the condition) "
         "and a denied Africa Corps convoy Al Qatrun→Niger via Toummo; «مبالغات» and «لغات» hold «غات», Ghat airport "
         "rehabilitated and Ghat municipality are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qmj1", "qmj2", "qmj3", "qmj4", "qmj5")
