# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # shared
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                            # K
 # qji1 Akeed (Amman): Ghat, Djanet, Isayen/Tin Alkoum
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G (row عمان, city JO; not Oman)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, country DZ)
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),              # G* (row الحدود الليبية الجزائرية)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 # qji2 Saheeh Masr (Cairo): East Oweinat, Kufra, New Valley
 "new_valley": ("district", "EG", 24.79939, 28.92955, "New Valley Governorate"),        # G
 "east_oweinat": ("town", "EG", 22.58, 28.72, "Sharq El Owainat"),                      # K
 "kharga": ("town", "EG", 25.45101, 30.54653, "Kharga"),                                # G
 "east_oweinat_airport": ("airport", "EG", 22.58570, 28.71660, "Sharq El Owainat Airport"),  # G
 "cairo_west": ("base", "EG", 30.1164, 30.9153, "Cairo West Air Base"),                 # K
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 # qji3 Beam Reports (Khartoum): Kufra, Mellit, Al-Malha, Karb al-Tom
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G (row خرطوم)
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G (row المالحة)
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                      # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "karb_tom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                       # G
 "dabbah": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                             # G (row الدبه)
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 # qji4 Tech 4 Peace (Baghdad): Qatrun, Al Wigh, Toummo, Niger and Chad
 "baghdad": ("city", "IQ", 33.34058, 44.40088, "Baghdad"),                              # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),        # G* (town row)
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G (row كوري بوقودي)
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),             # G* (row الحدود الليبية التشادية)
 "kanem": ("district", "TD", 15.03933, 15.02364, "Kanem"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado plateau"),                        # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 # qji5 Da Begad (Cairo): Wazin/Dehiba, Gharyan, Ghadames, Jadu
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabaa"),                             # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),     # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                    # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                   # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                                    # G
 "jadu_mun": ("district", "LY", 31.95506, 12.02901, "Jadu municipality"),               # G* (town row)
 "zuwara_port": ("crossing", "LY", 32.92200, 12.12000, "Port of Zuwara"),               # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),             # G* (row الحدود الليبية التونسية)
 "western_mountain": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G
}

TRAPS = {
 "qji1": ["أكيد", "الجيش الجزائري", "مبالغات", "وزارة الدفاع الوطني الجزائرية", "الناحية العسكرية الرابعة",
          "الأراضي الجزائرية", "وزارة الدفاع الجزائرية", "وكالة الأنباء الجزائرية", "الجيش الوطني الليبي", "إدريس الأوباري"],
 "qji2": ["صحيح مصر", "القوات المصرية", "قوات مصرية", "العلم المصري", "الدعم السريع", "سبل السلام",
          "الأراضي الليبية", "المتحدث العسكري المصري", "جمال عبد الناصر", "اللبنانية", "محمود السوداني",
          "مصدر عسكري مصري", "قوة مصرية"],
 "qji3": ["بيم ريبورتس", "الجيش الوطني الليبي", "الدعم السريع", "سبل السلام", "القوة المشتركة",
          "حركات الكفاح المسلح", "سلمى الفاشري", "الحاجة الملحة"],
 "qji4": ["تك فور بيس", "تشاديين", "جبهة التناوب والوفاق في تشاد", "الجيش الوطني الليبي", "المنطقة العسكرية سبها",
          "إدريس المقرحي", "النيجري", "الفيلق الإفريقي", "الأراضي الليبية"],
 "qji5": ["دا بجد", "دبابات تونسية", "الجيش التونسي", "بدرجة", "الجيش الوطني الليبي", "وزارة الدفاع التونسية",
          "سالم النالوتي", "زوارق تونسية", "مصرية"],
}

PHEN = {
 "qji1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qji2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "coverage_bases", "coverage_neighbours", "countries"],
 "qji3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area", "coverage_bases", "coverage_neighbours", "countries"],
 "qji4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qji5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
          "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qji1": [
  mv("advance", "denied", "Algerian army", [], ["غات"], ["معبر تين الكوم"]),
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["جانت"]),
  mv("deploy", "conditional", "Algerian army", ["جانت"], ["الحدود مع ليبيا"]),
  mv("reinforce", "reported", "Libyan National Army", ["أوباري"], ["غات"], ["العوينات"]),
  mv("deploy", "planned", "Libyan National Army", ["غات"], ["منفذ إيسين"]),
  mv("mobilise", "reported", "Algerian army", ["تمنراست"], ["جانت"]),
 ],
 "qji2": [
  mv("advance", "denied", "Egyptian army", ["شرق العوينات"], ["الكفرة"]),
  mv("reinforce", "reported", "Egyptian army", ["الخارجة"], ["شرق العوينات"]),
  mv("advance", "conditional", "Libyan National Army", ["الكفرة"], ["جبل العوينات"]),
  mv("airlift", "reported", "Egyptian army", ["قاعدة غرب القاهرة الجوية"], ["مطار شرق العوينات"]),
  mv("naval_landing", "planned", "Egyptian army", ["الإسكندرية"], ["السلوم"]),
 ],
 "qji3": [
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["مليط"], ["المثلث الحدودي"]),
  mv("advance", "reported", "Sudanese armed groups", ["الملحة"], ["وادي هور"]),
  mv("reinforce", "planned", "Libyan National Army", [], ["قاعدة معطن السارة"]),
  mv("advance", "reported", "Sudanese armed groups", ["الدبة"], ["كرب التوم"]),
  mv("advance", "conditional", "Sudanese armed groups", ["كرب التوم"], ["المثلث الحدودي"]),
  mv("withdraw", "reported", "Sudanese armed groups", ["جبل العوينات"], ["شمال دارفور"]),
 ],
 "qji4": [
  mv("advance", "denied", "Chadian armed groups", ["كوري بوغودي"], ["القطرون"]),
  mv("advance", "reported", "Chadian armed groups", ["الحدود الليبية"], ["كانم"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["قاعدة الويغ"], ["القطرون", "تجرهي"]),
  mv("deploy", "conditional", "Libyan National Army", ["قاعدة الويغ"], ["منفذ التوم"]),
  mv("redeploy", "planned", None, ["ديركو"], ["ماداما"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة تمنهنت"], ["قاعدة الويغ"]),
 ],
 "qji5": [
  mv("advance", "denied", "Tunisian army", ["الذهيبة"], ["نالوت"], ["منفذ وازن"]),
  mv("withdraw", "reported", "Libyan National Army", ["غريان"], ["الأصابعة"]),
  mv("redeploy", "planned", "Tunisian army", ["تطاوين"], ["الذهيبة", "رمادة"]),
  mv("airlift", "reported", "GNA forces", ["مطار معيتيقة"], ["مطار غدامس"]),
  mv("deploy", "conditional", "GNA forces", ["غدامس"], ["درج"]),
  mv("mobilise", "reported", "Zintan forces", ["الزنتان"], ["جادو"]),
  mv("naval_landing", "denied", "Tunisian army", ["جرجيس"], ["ميناء زوارة"]),
 ],
}

NOTES = {
 "qji1": "Akeed fact-check (dateline Amman = the Jordanian capital, not Oman): a viral «Algerian army entered Ghat "
         "through the Tin Alkoum crossing» clip is rated misleading and denied by an Algerian MoD source (advance, "
         "destination Ghat, via the crossing); the footage really shows a 2023 reinforcement Ouargla→Djanet; the same "
         "source's «لن تنتشر على الحدود مع ليبيا إلا إذا» is a conditional deploy from Djanet; a true LNA battalion "
         "Ubari→Ghat via Al Awaynat (Libyan Awaynat, not Jebel Uweinat) with a planned company to the Isayen crossing "
         "(El Feel only background); an unproven massing of 60 vehicles from Tamanrasset in Djanet is reported. Traps: "
         "'مبالغات' (Ghat inside), 'إدريس الأوباري' (Idri and Ubari inside), Algerian nisbas.",
 "qji2": "Saheeh Masr fact-check: «Egyptian forces advanced from East Oweinat into Kufra» is false and denied (advance); "
         "the 2024 footage from the New Valley shows border guards Kharga→East Oweinat (reinforce, reported); the LNA's "
         "Subul al-Salam units in Kufra will not advance to Jebel Uweinat unless infiltration is seen (conditional); "
         "a true C-130 airlift Cairo West air base→East Oweinat airport ('المطار' resolved); an unproven claim that the "
         "carrier 'جمال عبد الناصر' will sail from Alexandria to land marines at Sallum (planned naval landing). "
         "Sirte/Tripoli (Lebanon) are a mislabelled photo of clashes, no move; Sudan/Egypt/Libya only background.",
 "qji3": "Beam Reports fact-check (Khartoum): a «weapons convoy sent by the LNA from Kufra to Mellit via the border "
         "triangle» is misleading and denied by Subul al-Salam (shipment, denied); the footage is a 2025 RSF column "
         "Al-Malha→Wadi Howar (advance, reported; spelling الملحة, also inside the trap 'الحاجة الملحة'); a planned "
         "extra company to Maaten al-Sarra base (reinforce, no origin); the joint force's true arrival Ad-Dabbah→Karb "
         "al-Tom and its conditional push to the triangle; an unproven RSF pull-out Jebel Uweinat→North Darfur is "
         "reported. Kufra is also only the place the terrain is compared with.",
 "qji4": "Tech 4 Peace fact-check (Baghdad): fabricated images of FACT «advancing from Kouri Bougoudi and seizing Al "
         "Qatrun in southern Libya» (advance, denied by the Qatrun mayor and FACT; 'الجنوب الليبي' only a locator); the "
         "photos are from FACT's April 2021 push from the Libyan border towards Kanem (advance, reported); a true LNA "
         "fuel-and-ammunition convoy Sabha→Al Wigh base via Al Qatrun and Tajarhi (shipment); the Sabha military zone "
         "commander's conditional deployment Al Wigh→Toummo crossing; Niger's planned company Dirkou→Madama (actor null; "
         "Djado only the smugglers' area); an unproven Russian cargo flight Tamanhint→Al Wigh (airlift, reported).",
 "qji5": "Da Begad fact-check (Cairo): «Tunisian tanks cross the Wazin crossing from Dehiba and advance on Nalut» is "
         "false and denied by the Tunisian MoD (advance); the clip is the LNA's June 2019 pull-out Gharyan→Al Asabaa "
         "(withdraw, reported; the GNA's control of the town is no move); the Tunisian units' planned rotation "
         "Tataouine→Dehiba/Remada; a true GNA airlift Mitiga airport→Ghadames airport (Tripoli only the seat of the "
         "chief of staff) with a conditional move Ghadames→Derj (Al Wafa only the condition; Derj also inside 'بدرجة'); "
         "an unproven Zintan massing in Jadu (Libyan Jadu, not Niger's Djado); a denied Tunisian landing "
         "Zarzis→Zuwara port checked last month.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qji1", "qji2", "qji3", "qji4", "qji5")
