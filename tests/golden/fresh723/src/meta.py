# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer"; none in this sample);
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 # shared: the Nafusa mountains and the road south
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "gharyan_mun": ("district", "LY", 32.17222, 13.02028, "Gharyan municipality"),         # G* (town row)
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "mizda_mun": ("district", "LY", 31.44934, 12.98530, "Mizdah municipality"),            # G* (town row)
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabaa"),                             # G
 "asabaa_mun": ("district", "LY", 32.03333, 12.86667, "Al Asabaa municipality"),        # G* (town row)
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "qaryat": ("town", "LY", 30.38333, 13.58333, "Al Qaryat"),                             # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "jabal": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),      # G (region row الجبل الغربي)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 # qaw1 Gharyan (Ammon)
 "qbg": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                         # G
 "yarmouk": ("base", "LY", 32.88743, 13.18733, "Yarmouk Camp (Tripoli)"),               # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 # qaw2 Mizda and Ash-Shwayrif (Shafaq News)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "hamada": ("oilfield", "LY", 29.53110, 12.94370, "Hamada oil field"),                  # G
 # qaw3 Al-Asabaa (Al-Wafd)
 "rayayinah": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                       # G
 "yafran": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                # G
 "birghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                      # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),   # G* (row الحدود الليبية التونسية)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # qaw4 Mizda, Misrata and the Lebanese workers (Al-Liwaa)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                  # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "akkar": ("district", "LB", 34.54278, 36.07972, "Akkar"),                              # G* (row حلبا, Halba (Akkar))
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 # qaw5 the mayors in Bouznika (Al-Ahdath Al-Maghribia)
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G (row spelled ربات)
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                            # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
}

TRAPS = {
 "qaw1": ["عمون", "كتيبة ثوار طرابلس", "الككلي", "القواسم المشتركة", "الجيش الوطني الليبي", "عملية الكرامة"],
 "qaw2": ["شفق نيوز", "ليبية", "الجيش الوطني الليبي", "إدريس المشاي", "اللواء 128 معزز"],
 "qaw3": ["محمود المصري", "الوفد", "الجيش الوطني الليبي", "الوفد المصري", "الملف الليبي"],
 "qaw4": ["اللواء", "ليبيا الحدث", "لبنانيون", "لبنانياً", "الليبي", "التركية", "جندي تركي", "سليم الطرابلسي"],
 "qaw5": ["الأحداث المغربية", "الليبية", "الجيش الوطني الليبي", "تشاديين", "الزاوية المحلية", "محمد الإدريسي",
          "الجوار الليبي"],
}

PHEN = {
 "qaw1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_bases"],
 "qaw2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil"],
 "qaw3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qaw4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "qaw5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qaw1": [
  mv("deploy", "reported", "GNA forces", ["قصر بن غشير"], ["غريان"]),
  mv("shipment", "reported", "GNA forces", ["معسكر اليرموك"], ["غريان"]),
  mv("withdraw", "conditional", "GNA forces", ["غريان"], ["العزيزية"]),
  mv("redeploy", "planned", "GNA forces", ["غريان"], ["مزدة"]),
  mv("reinforce", "denied", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["الشويرف"]),
 ],
 "qaw2": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["الشويرف"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["الشويرف"]),
  mv("advance", "planned", "GNA forces", ["غريان"], ["القريات"], ["مزدة"]),
  mv("advance", "conditional", "Libyan National Army", ["الشويرف"], ["القريات"]),
  mv("airlift", "denied", "Wagner Group", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
 ],
 "qaw3": [
  mv("deploy", "reported", "Zintan forces", ["الزنتان"], ["الاصابعة"], ["الرياينة", "يفرن"]),
  mv("withdraw", "conditional", "Zintan forces", ["الأصابعة"], ["الزنتان"]),
  mv("redeploy", "planned", "GNA forces", ["بئر الغنم"], ["الأصابعة"]),
  mv("withdraw", "denied", "Libyan National Army", ["الأصابعة"], ["الشويرف"]),
 ],
 "qaw4": [
  mv("reinforce", "reported", "Misrata forces", ["مصراته"], ["مزدة"], ["بني وليد"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["الشويرف"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["قاعدة الجفرة الجوية"]),
  mv("advance", "conditional", "GNA forces", ["مزدة"], ["الشويرف"]),
  mv("naval_landing", "denied", "Turkish armed forces", ["مرسين"], ["ميناء طرابلس"]),
 ],
 "qaw5": [
  mv("withdraw", "reported", "GNA forces", ["الأصابعة"], ["غريان"]),
  mv("deploy", "planned", "Zintan forces", ["الزنتان"], ["مزدة"]),
  mv("advance", "conditional", "Libyan National Army", ["الشويرف"], ["مزدة"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["الشويرف"]),
  mv("naval_landing", "reported", "Turkish armed forces", ["تركيا"], ["ميناء الخمس"]),
 ],
}

NOTES = {
 "qaw1": "Gharyan under the municipal council's three conditions: a GNA force Qasr bin Ghashir→Gharyan (Tripoli only "
         "locates Qasr bin Ghashir) preceded by ammunition trucks from Yarmouk camp ('the city' = Gharyan); a conditional "
         "pull-out Gharyan→Al-Aziziyah once the gates are handed over (بمجرد); a planned transfer of 15 vehicles from the "
         "force in the city to Mizda ('90 km south' and the road to Ash-Shwayrif add no movement place); the LNA's denied "
         "reinforcement Al-Jufra air base→Ash-Shwayrif. Al-Qawasim only inside 'القواسم المشتركة' (common words); Tripoli "
         "inside the brigade name is a trap; 2019 control of Gharyan and displaced families are not movements.",
 "qaw2": "Ash-Shwayrif and the Mizda road: an LNA column Brak air base→Ash-Shwayrif (Wadi al-Shati only locates the base) "
         "after LNA fuel/ammunition trucks Sabha→the town; a planned GNA company Gharyan→Al-Qaryat via Mizda; the LNA "
         "warns it will advance Ash-Shwayrif→Al-Qaryat if a government force enters it (conditional); the LNA denies a "
         "Wagner airlift Al-Jufra air base→Brak air base. The Mizda council's terms add no movement; Brak, Idri and the "
         "Hamada field are only where the road branches; Idri also inside the mayor's name Idris.",
 "qaw3": "Al-Asabaa: Zintan military council forces Zintan→Al-Asabaa (written without hamza) via Ar-Rayayinah and "
         "Yafran; their conditional return Al-Asabaa→Zintan (فور); a planned GNA company Bir al-Ghanam→Al-Asabaa "
         "(Gharyan only the other end of the road and a distance reference); the LNA denies a pull-out Al-Asabaa→Ash-"
         "Shwayrif. Cairo is the dateline and a metonym for Egypt; the Wazin crossing, the border with Tunisia and Tunis "
         "only the traffic report and a travel warning; 'الوفد' is the paper and 'the delegation'.",
 "qaw4": "A Lebanese daily: Misrata Joint Force reinforcements Misrata (spelt مصراته)→Mizda via Bani Walid; the LNA's "
         "massing in Ash-Shwayrif shown on TV and confirmed (reported; Mizda there only a distance reference); a planned "
         "LNA airlift Benina air base→Al-Jufra air base; the GNA's conditional advance Mizda→Ash-Shwayrif (لن...إلا "
         "إذا); Turkey's denied landing of 400 soldiers at Tripoli port from Mersin. Lebanese workers from Tripoli "
         "(Lebanon) and Akkar stuck in Gharyan, bus to 'طرابلس الغرب' (Tripoli, Libya) and flight to Beirut: civilians, "
         "not movements.",
 "qaw5": "A Moroccan daily on the mayors' meeting in Bouznika: GNA units withdrew Al-Asabaa→Gharyan (reported); a "
         "planned neutral Zintan force Zintan→Mizda (securing the road 'as far as Al-Qaryat' is its task, not a "
         "destination); the LNA's conditional advance Ash-Shwayrif→Mizda (في حال); its denial of Chadian fighters massing "
         "in the town (the border with Chad only a distance reference); a Turkish landing ship Turkey→Khoms port. Rabat, "
         "Bouznika, Algiers, Morocco and the Hamada field are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qaw1", "qaw2", "qaw3", "qaw4", "qaw5")
