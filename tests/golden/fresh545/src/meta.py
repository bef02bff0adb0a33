# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                    # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                   # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                  # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 "qatar": ("country", "QA", 25.36383, 51.13780, "Qatar"),                                  # G
 # capitals and cities outside the Sahara
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                  # G
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                       # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                              # G (city row نجامينا)
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abeche"),                                   # G
 # Chad: Borkou, Tibesti, Ennedi
 "adji": ("base", "TD", 12.13370, 15.03400, "Adji Kossei Air Base"),                       # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                               # G
 "faya_airport": ("airport", "TD", 17.91710, 19.11110, "Faya Largeau Airport"),            # G
 "borkou": ("district", "TD", 18.98295, 18.31207, "Borkou"),                               # G
 "miski": ("village", "TD", 20.16670, 18.01670, "Miski"),                                  # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                          # G (row كوري بوقودي)
 "ounianga": ("town", "TD", 19.05263, 20.48887, "Ounianga Kebir"),                         # G (row أونيانقا كبير)
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                     # G
 "zouarke": ("village", "TD", 20.60000, 16.20000, "Zouarke"),                              # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                    # G
 "bardai": ("town", "TD", 21.35468, 17.00158, "Bardai"),                                   # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                               # G
 "tibesti_var": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                           # G* (region row تيبستي, spelled تبستي)
 "tibesti_prov": ("district", "TD", 20.30159, 16.62370, "Tibesti province"),               # G (district row تبستي)
 "north_td": ("region", "TD", 19.50000, 18.50000, "Northern Chad"),                        # K
 "border_td_ly": ("region", "TD", 22.30000, 17.00000, "Chad-Libya border (Chadian side)"), # K
 "adre": ("crossing", "TD", 13.46648, 22.19875, "Adre crossing"),                          # G* (town row أدري)
 # Libya: the south
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                       # G* (row جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                 # G
 "triangle": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"),     # G* (row المثلث الحدودي مع النيجر وتشاد)
 "border_lytd": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                 # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                     # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),           # G* (town row)
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                              # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                        # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                           # G (row قاعدة الويغ)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),               # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                      # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                    # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Tobruk port"),                  # G* (city row طبرق)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                          # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                     # G
 "maaten": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                 # G (row قاعدة معطن السارة)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                       # G
 # Sudan
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                 # G
}

LNA, CAG, SAG = "Libyan National Army", "Chadian armed groups", "Sudanese armed groups"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "ua1": ["الأخبار", "الجيش التشادي", "مجلس الإنقاذ", "مجلس القيادة العسكرية لإنقاذ الجمهورية",
         "جبهة التناوب والوفاق في تشاد", "إدريس ديبي إتنو", "محمد إدريس ديبي"],
 "ua2": ["الرياض", "القيادة العامة للجيش الوطني الليبي", "تشاديين", "التشادية", "وورد", "سالم القطروني",
         "جبهة التناوب والوفاق في تشاد"],
 "ua3": ["لوسيل", "فاكت", "جبهة التناوب والوفاق في تشاد", "اتفاق السلام التشادي", "العاصمة القطرية",
         "مجلس القيادة العسكرية لإنقاذ الجمهورية", "القيادة العامة الليبية", "الأراضي الليبية", "الوساطة القطرية",
         "وزير الخارجية التشادي", "محمد إدريس ديبي"],
 "ua4": ["التغيير", "الدعم السريع", "سبل السلام", "الجيش التشادي", "سودانيون", "دارفورية", "الجانب الليبي"],
 "ua5": ["رصيف22", "الزوار", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "جبهة التناوب والوفاق في تشاد",
         "باحث تشادي", "القذافي"],
}

PHEN = {
 "ua1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "ua2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "ua3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_neighbours", "countries"],
 "ua4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "ua5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases"],
}

MOVES = {
 "ua1": [
  mv("reinforce", "reported", None, ["فايا لارجو"], ["مسكي"]),
  mv("airlift", "reported", None, ["قاعدة أدجي كوسي الجوية"], ["مطار فايا لارجو"]),
  mv("withdraw", "denied", CAG, ["كوري بوغودي"], ["الحدود مع ليبيا"]),
  mv("deploy", "planned", None, [], ["أونيانغا كبير"]),
  mv("airlift", "conditional", None, ["فايا"], ["زوار"]),
 ],
 "ua2": [
  mv("deploy", "reported", LNA, ["سبها"], ["المثلث الحدودي"], ["القطرون"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة الويغ الجوية"]),
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
  mv("redeploy", "planned", LNA, ["حقل الفيل"], ["منفذ التوم"]),
  mv("advance", "conditional", LNA, ["القطرون"], ["تجرهي"]),
  mv("advance", "denied", CAG, ["أم الأرانب"], ["وور"]),
 ],
 "ua3": [
  mv("advance", "reported", CAG, ["ليبيا"], ["زواركي"], ["الحدود الليبية التشادية"]),
  mv("redeploy", "planned", None, ["زوار"], ["وور"]),
  mv("mobilise", "denied", CAG, [], ["كوري بوغودي"]),
  mv("deploy", "conditional", LNA, [], ["الحدود مع تشاد"]),
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
 ],
 "ua4": [
  mv("advance", "reported", None, ["وور"], ["كوري بوغودي"]),
  mv("withdraw", "reported", SAG, ["كوري بوغودي"], ["القطرون"]),
  mv("withdraw", "conditional", SAG, ["كوري بوغودي"], []),
  mv("shipment", "denied", SAG, ["الكفرة"], ["كوري بوغودي"], ["أونيانغا كبير"]),
  mv("reinforce", "planned", LNA, ["الكفرة"], ["قاعدة معطن السارة الجوية"]),
  mv("redeploy", "reported", LNA, ["الكفرة"], ["حقل السرير"]),
 ],
 "ua5": [
  mv("reinforce", "reported", None, ["برداي"], ["زوار"]),
  mv("shipment", "planned", None, ["فايا لارجو"], ["زوار"]),
  mv("withdraw", "reported", CAG, ["وور"], ["فزان"]),
  mv("airlift", "denied", CAG, ["قاعدة الجفرة الجوية"], ["مطار سبها"]),
  mv("mobilise", "conditional", CAG, [], ["تبستي"]),
 ],
}

NOTES = {
 "ua1": "Alakhbar (Nouakchott) from N'Djamena: a Chadian army reinforcement Faya-Largeau→Miski, a C-130 airlift Adji "
        "Kossei air base→Faya-Largeau airport, the CCMSR's denied pull-out Kouri Bougoudi→the border with Libya, a "
        "planned battalion for Ounianga Kebir and a conditional airlift Faya→Zouar; Idriss Deby (ادري inside إدريس) and "
        "the rebel movements' names are traps; Kufra (purpose), Bardai (a road) and the last Libya (presence) are not "
        "movement places.",
 "ua2": "Al-Riyadh from Benghazi: an LNA deployment Sabha→the border triangle via Al Qatrun, a Benina→Al Wigh air base "
        "airlift, a Russian landing ship at Tobruk port, a planned company El Feel field→the Toummo crossing, a conditional advance Al Qatrun→Tajarhi and "
        "FACT's denied move Umm al-Aranib→Wour; the outlet الرياض, the officer سالم القطروني and «وورد» are traps; "
        "بلدية القطرون is the district beside the town.",
 "ua3": "Lusail from Doha: FACT columns Libya→Zouarke across the Libya-Chad border (reported; the headline's Tibesti "
        "is the same move), a planned Chadian army redeploy Zouar→Wour, the CCMSR's denied massing in Kouri Bougoudi "
        "a conditional LNA deployment on the border with Chad and a Russian landing at Tobruk port; Doha, Qatar, Algeria/Algiers and Niger are "
        "diplomatic background; the outlet لوسيل is a trap.",
 "ua4": "Al-Tagheer (Sudan) from Abeche: a Chadian army advance Wour→Kouri Bougoudi, Darfuri fighters' pull-out Kouri "
        "Bougoudi→Al Qatrun, a conditional pull-out of the rest, the RSF's denied fuel-and-ammunition shipment "
        "Kufra→Kouri Bougoudi via Ounianga Kebir, a planned Subul al-Salam reinforcement Kufra→Maaten al-Sarra air base "
        "and last month's company Kufra→Sarir field; refugees through the Adre crossing are not a movement.",
 "ua5": "Raseef22 feature from Zouar: a Chadian army reinforcement Bardai→Zouar, a planned supply convoy Faya-Largeau"
        "→Zouar, the CCMSR's pull-out Wour→Fezzan, FACT's denied airlift Jufra air base→Sabha airport and its "
        "conditional mobilisation in the Tibesti; «الزوار» (visitors) is a trap; تبستي is the mountains (region) twice "
        "and the province (district) after والي; Tunis is the city; Tripoli and Benghazi are metonymic governments.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ua1", "ua2", "ua3", "ua4", "ua5")
