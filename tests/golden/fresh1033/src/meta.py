# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# G* = gazetteer row reused under another label/kind (listed in the README). No row comes from own knowledge.
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 # Libya: Kufra, Tazirbu, Rebiana and the south-east
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G (also written كفرة)
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "buzayma": ("village", "LY", 25.00000, 22.00000, "Buzayma"),                           # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G (also written معطن السارة)
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libya side)"),   # G* (row الحدود الليبية التشادية)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libya side)"),  # G* (row الحدود الليبية السودانية)
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),               # G (row جنوب شرق ليبيا; G* when written الجنوب الشرقي)
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا, written الجنوب الليبي)
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica (eastern Libya)"),        # G (row برقة; its Arabic names hold الشرق الليبي)
 # Libya: the oases (Jalu, Awjila) and the oil fields
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "jalu_mun": ("district", "LY", 29.03333, 21.55000, "Jalu Municipality"),               # G* (town row, written بلدية جالو)
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjila"),                                # G (also written أوجله)
 "wahat": ("district", "LY", 29.02035, 20.78359, "Al Wahat"),                           # G
 "messla": ("oilfield", "LY", 27.97472, 22.35833, "Messla oil field"),                  # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "nafoora": ("oilfield", "LY", 29.21320, 21.59240, "Nafoora oil field"),                # G
 # Libya: the north and the east
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (also written اجدابيا)
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 # Chad
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G (row كوري بوقودي; also written كوري بوغودي)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 # Sudan
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                        # G
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                              # G
 "karb_tom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                       # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "el_fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                          # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 # Italy and the Gulf
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                          # G (row لامبيدوسا, written لامبيدوزا)
 "dubai": ("city", "AE", 25.07725, 55.30927, "Dubai"),                                  # G
}

TRAPS = {
 "qmv1": ["الليبي اليوم", "سبل السلام", "كتيبة سبل السلام", "اللواء طارق بن زياد", "جبهة التناوب والوفاق في تشاد",
          "حرس الحدود", "التشادية", "سوداني"],
 "qmv2": ["أول النهار", "الدعم السريع", "الجيش الوطني الليبي", "الجيش الليبي", "الليبية", "سودانية"],
 "qmv3": ["آكي", "الإيطالية", "إيطالي", "الجيش الوطني الليبي", "اللواء طارق بن زياد", "الفيلق الإفريقي",
          "كتيبة سبل السلام", "السودانيين", "سوداني", "ليبية"],
 "qmv4": ["إذاعة أوجلة المحلية", "الجيش الوطني الليبي", "صباح الواحات", "الجالوي", "التشاديين", "السودانيين",
          "سودانيين"],
 "qmv5": ["الكتيبة", "كتيبة سبل السلام", "المجلس العسكري لإنقاذ الجمهورية", "التشادية", "التشادي", "تشادي",
          "الليبي", "سوداني"],
}

PHEN = {
 "qmv1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "coverage_neighbours", "countries"],
 "qmv2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "coverage_neighbours",
          "countries"],
 "qmv3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "coverage_bases", "coverage_neighbours", "countries"],
 "qmv4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "town_vs_district", "coverage_oil", "coverage_neighbours", "countries"],
 "qmv5": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area", "border_phrase",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, SAG, CAG = "Libyan National Army", "Sudanese armed groups", "Chadian armed groups"

MOVES = {
 "qmv1": [
  mv("redeploy", "reported", LNA, ["الكفرة"], ["ربيانة"]),
  mv("reinforce", "reported", LNA, ["أجدابيا"], ["تازربو", "بزيمة"]),
  mv("deploy", "planned", LNA, [], ["الحدود مع تشاد"]),
  mv("withdraw", "conditional", LNA, ["ربيانة"], ["الكفرة"]),
  mv("advance", "denied", CAG, ["كوري بوغودي"], ["ربيانة"]),
 ],
 "qmv2": [
  mv("reinforce", "reported", "Sudanese army", ["دنقلا"], ["كرب التوم"]),
  mv("advance", "reported", SAG, ["المالحة"], ["كرب التوم"]),
  mv("shipment", "denied", LNA, ["الكفرة"], ["المالحة"], ["مثلث العوينات"]),
  mv("withdraw", "conditional", SAG, ["مثلث العوينات"], []),
  mv("airlift", "planned", "Sudanese army", ["بورتسودان"], ["دنقلا"]),
 ],
 "qmv3": [
  mv("deploy", "reported", LNA, [], ["جالو", "أوجلة"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة معطن السارة"]),
  mv("redeploy", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["معطن السارة"]),
  mv("deploy", "planned", LNA, ["الكفرة"], ["الحدود مع السودان"]),
  mv("reinforce", "conditional", LNA, ["تازربو"], ["ربيانة"]),
 ],
 "qmv4": [
  mv("deploy", "reported", LNA, ["اجدابيا"], ["أوجلة"]),
  mv("mobilise", "reported", CAG, [], ["حقل مسلة"]),
  mv("advance", "conditional", CAG, [], ["حقل السرير"]),
  mv("redeploy", "planned", LNA, ["حقل النافورة"], ["جالو"]),
  mv("deploy", "denied", SAG, ["الكفرة"], ["بلدية جالو"]),
 ],
 "qmv5": [
  mv("reinforce", "reported", "Chadian army", ["فايا لارجو"], ["زوار"]),
  mv("deploy", "planned", "Chadian army", ["زوار"], ["كوري بوقودي"]),
  mv("withdraw", "conditional", CAG, ["كوري بوقودي"], []),
  mv("deploy", "denied", LNA, ["الكفرة"], ["كوري بوقودي"]),
 ],
}

NOTES = {
 "qmv1": "Eastern Libyan site (Al-Libi Al-Youm) from Kufra on the Subul al-Salam battalion: a company moved Kufra→Rebiana "
         "(reported redeploy; the headline repeats it), Tareq bin Ziyad reinforcements Ajdabiya→Tazirbu with part going on "
         "to Buzayma, a planned deployment along the border with Chad (Libya side), the company's conditional return "
         "Rebiana→Kufra («لن تغادر ... إلا إذا») and a denied FACT crossing Kouri Bougoudi (written كوري بوغودي)→Rebiana; "
         "the civilian fuel convoy Brega→Kufra (written كفرة), fuel leaking to Chad and Sudan, N'Djamena's demand to the "
         "authorities in Benghazi about camps in Southern Libya and the south-east as the plan's area are not movements "
         "or movement places; FACT's name holds تشاد.",
 "qmv2": "Sudanese daily (Awal Al-Nahar) from Port Sudan: SAF reinforcements Dongola→Karb al-Tom, an RSF column Al-Malha→"
         "Karb al-Tom (reported, stopped on the way), the LNA's denied fuel-and-ammunition shipments Kufra→Al-Malha via "
         "the Uweinat triangle (the headline repeats the accusation), the RSF's conditional withdrawal from the triangle "
         "(North Darfur only in the condition) and a planned special-forces airlift Port Sudan→Dongola; the SAF's June "
         "2025 withdrawal from the triangle (past background), Port Sudan as "
         "dateline, the command in Benghazi as denier, refugees El Fasher→Kufra, gold traders in Dongola and Karb "
         "al-Tom's gold, Libya and Egypt as neighbours of the triangle are not movement places.",
 "qmv3": "Italian agency's Arabic service (AKI) from Rome: LNA units deployed in Jalu and Awjila (the Kufra–Ajdabiya road "
         "only as the road's ends), a military airlift Benina air base→Maaten al-Sarra base, the LNA's denial that "
         "Russia's Africa Corps moved Al Jufra air base→Maaten al-Sarra (written معطن السارة without its head), a planned "
         "company Kufra→the border with Sudan (Libya side) and a conditional reinforcement Tazirbu→Rebiana; migrants on "
         "the road, Sudanese in eastern Libya (الشرق الليبي), boats Tobruk→Lampedusa (written لامبيدوزا), Rome and Italy as "
         "speakers and a planned visit of an Italian security delegation to Benghazi are not movements.",
 "qmv4": "Local radio (Awjila Local Radio) from Awjila: an LNA company Ajdabiya (written اجدابيا)→Awjila, stationed on the "
         "road to Jalu (Jalu only as the road's end), Chadian gunmen massing near Messla field (south-east of Jalu, a "
         "distance reference), their conditional threat to advance on Sarir field, the Nafoora-field patrol's planned "
         "move to Jalu and a denied transfer of Sudanese fighters Kufra→Jalu municipality (بلدية جالو, district); fuel "
         "trucks Jalu→Kufra seized (civilian), the prosecutor in Ajdabiya, workers from Sudan and Chad in Awjila "
         "(written أوجله) are not movement places; the radio's name holds أوجلة, «صباح الواحات» holds الواحات and the "
         "councillor's name الجالوي holds جالو.",
 "qmv5": "Tunisian investigative site (Al-Qatiba «الكتيبة») on the gold route Kouri Bougoudi (Tibesti)→Rebiana→Kufra→"
         "Benghazi→Dubai by traders' cars and air luggage (civilian, not movements): Chadian army reinforcements "
         "Faya-Largeau→Zouar (satellite images), a planned army unit Zouar→Kouri Bougoudi, the CCMSR's conditional "
         "withdrawal from Kouri Bougoudi (N'Djamena only in the condition) and the LNA's denied dispatch of forces Kufra→"
         "Kouri Bougoudi; fuel tankers from Kufra and Rebiana to the mines are civilian; «الكتيبة» is both the outlet and "
         "the word for the battalion.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qmv1", "qmv2", "qmv3", "qmv4", "qmv5")
