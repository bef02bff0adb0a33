# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # shared Fezzan places
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq District"),              # G (district row مرزق)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                           # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 # qio1 Al-Youm Al-Tali, Al Qatrun
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G (row منفذ التوم)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 # qio2 Attounissia, Tunis
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),           # G* (town row)
 # qio3 Donia Al-Watan, Sabha
 "umm_aranib_mun": ("district", "LY", 26.13386, 14.73720, "Umm al Aranib municipality"),  # G* (town row)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "wau": ("village", "LY", 25.35000, 16.72000, "Wau al-Kabir"),                          # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "zuwaylah": ("town", "LY", 26.16188, 15.12522, "Zawilah"),                             # G
 # qio4 Al-Binaa, Tripoli
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "triangle": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"),  # G* (row المثلث الحدودي مع النيجر وتشاد)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "border_td": ("region", "TD", 21.3, 19.0, "Chad-Libya border (Chadian side)"),         # K
 # qio5 Makkah, Benghazi
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "shwerif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
}

TRAPS = {
 "qio1": ["الوطني الليبي", "التشاديون", "اليوم التالي", "اللواء طارق بن زياد", "جبهة التناوب والوفاق في تشاد",
          "سالم المرزوقي", "سودانيين", "تشادية", "سودانية"],
 "qio2": ["التونسية", "الليبي", "كتيبة شهداء مرزق", "الفزاني", "الجديد"],
 "qio3": ["دنيا الوطن", "غرفة عمليات الجنوب", "الوطني الليبي", "ليبيين", "سودانيان", "إدريس أبوبكر"],
 "qio4": ["الوطني الليبي", "البناء", "القطروني", "التشادي", "الدعم المالي", "ليبية"],
 "qio5": ["الليبي", "مكة", "إدريس الشريف", "القوة القاهرة", "حراك غضب فزان"],
}

PHEN = {
 "qio1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qio2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qio3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "town_vs_district"],
 "qio4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "qio5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qio1": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["القطرون"], ["أم الأرانب"]),
  mv("advance", "planned", "Libyan National Army", ["القطرون"], ["منفذ التوم"]),
  mv("withdraw", "reported", "Chadian armed groups", ["تجرهي"], ["كوري بوقودي"]),
  mv("advance", "denied", "Sudanese armed groups", ["الكفرة"], ["القطرون"]),
  mv("airlift", "conditional", "Libyan National Army", ["قاعدة تمنهنت"], ["قاعدة الويغ"]),
 ],
 "qio2": [
  mv("redeploy", "reported", "Libyan National Army", ["براك"], ["مرزق"], ["سبها"]),
  mv("withdraw", "planned", None, ["مرزق"], ["تراغن"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["مرزق"]),
  mv("mobilise", "denied", None, [], ["تمسة"]),
  mv("reinforce", "conditional", "Libyan National Army", ["ام الارانب"], ["مرزق"]),
 ],
 "qio3": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["أم الأرانب"]),
  mv("airlift", "planned", "Libyan National Army", ["مطار سبها"], ["تمسة"]),
  mv("advance", "conditional", None, ["تمسه"], ["الواو الكبير"]),
  mv("withdraw", "denied", "Libyan National Army", ["زويلة"]),
 ],
 "qio4": [
  mv("advance", "reported", "Libyan National Army", ["القطرون"], ["تجرهي"]),
  mv("deploy", "planned", "Libyan National Army", ["تجرهي"], ["قاعدة الويغ"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة الويغ"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["المثلث الحدودي"]),
  mv("withdraw", "conditional", "Chadian armed groups", ["كوري بوقودي"]),
 ],
 "qio5": [
  mv("deploy", "reported", "Libyan National Army", ["مرزق"], ["حقل الفيل"]),
  mv("withdraw", "reported", None, ["حقل الفيل"], ["أوباري"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["حقل الفيل"]),
  mv("redeploy", "planned", "Libyan National Army", ["حقل الفيل"], ["حقل الشرارة"]),
  mv("reinforce", "conditional", "Libyan National Army", ["قاعدة تمنهنت"], ["حقل الفيل"]),
  mv("advance", "denied", "GNA forces", ["طرابلس"], ["أوباري"], ["الشويرف"]),
 ],
}

NOTES = {
 "qio1": "Sudanese daily's report datelined Al Qatrun: an LNA brigade named after a person (Tariq bin Ziyad) "
         "Sabha→Al Qatrun via Umm al-Aranib, a planned company Al Qatrun→the Toummo crossing, Chadian rebels (a front "
         "whose name contains Chad) pulling back from around Tajarhi towards Kouri Bougoudi, a municipal council's "
         "denial of Sudanese fighters entering the town from Kufra, and a conditional airlift Tamanhint→Al Wigh; "
         "displaced families in Murzuq (spelled مرزوق, also inside the commander's name المرزوقي) and Sabha, the "
         "Chad war and the Niger border are background.",
 "qio2": "Tunisian site (its name is also a nisba; dateline Tunis the city, later Tunisia the country): an LNA "
         "battalion back in Murzuq from Brak via Sabha, a planned pull-out of local armed groups (one named after "
         "Murzuq's martyrs) from the town to a camp near Traghen, an ammunition-and-fuel convoy Sabha→Murzuq beside "
         "a Red Crescent aid convoy (no movement), displaced families returning from Sabha and Ubari (civilians, no "
         "movement), the mayor (surname contains Fezzan) denying a massing in Tmassah, and a conditional company "
         "Umm al-Aranib (spelled ام الارانب)→Murzuq; Murzuq municipality and district beside the town.",
 "qio3": "Gaza-based news site datelined Sabha: LNA reinforcements Sabha→Umm al-Aranib after a kidnapping on the "
         "Tmassah road (the victims' trip from Idri to Tmassah and the presumed hideout in Wau al-Kabir are not "
         "moves), a planned helicopter lift Sabha airport→Tmassah, Tmassah's elders (one named Idris) threatening to "
         "move on Wau al-Kabir if the hostages are not freed (conditional, no canonical actor), and a denied pull-out "
         "from the Zuwaylah checkpoint; Fezzan and the roads to Tmassah and Zuwaylah are background.",
 "qio4": "Lebanese daily datelined «طرابلس الغرب» (the Libyan capital; bare طرابلس at the end is the same city): "
         "an LNA advance Al Qatrun→Tajarhi (headline spelling تجرهى), a planned company from there to Al Wigh base, "
         "a denied Russian cargo flight Al-Jufra air base→Al Wigh, Chadian rebels massing near the border triangle "
         "and refusing to leave Kouri Bougoudi unless strikes stop (conditional); N'Djamena (speaker), Tibesti, the "
         "border with Libya (Chadian side) and southern Libya are background; the spokesman's name contains Al Qatrun.",
 "qio5": "Saudi daily (its name is Makkah) with wires from Benghazi: LNA units Murzuq→El Feel field, a Tuareg "
         "battalion pulling back from the field to Ubari, a supply convoy Sabha→El Feel, a planned company El Feel→"
         "Sharara, conditional reinforcements Tamanhint→the field, and a denied GNU move Tripoli→Ubari via Ash "
         "Shwayrif; 'القوة القاهرة' (Cairo), 'حراك غضب فزان' and the spokesman Idris are traps; the Isayen crossing "
         "closure, the Algeria border, the neighbours' meeting in Algiers and the distance from Tripoli are "
         "background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qio1", "qio2", "qio3", "qio4", "qio5")
