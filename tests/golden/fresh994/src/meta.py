# Gold metadata for fresh994 (qlh1-qlh5), written blind. Place rows: (kind, country, lat, lon, name).
# Source per row: G = gazetteer row (data/gazetteer.csv, found with grep -F), K = own knowledge (listed in the
# README), G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                                # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                              # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                        # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G (row منفذ رأس جدير)
 # qlh1 Zuwara, fuel smuggling on the western coast (Ean Libya)
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                        # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                 # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "regdalin": ("town", "LY", 32.88718, 11.98729, "Regdalin"),                             # G* (row سيدي بن زينة, alias رقدالين)
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                            # G
 "zuwara_port": ("crossing", "LY", 32.92200, 12.12000, "Port of Zuwara"),                # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                 # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                             # G
 "farwa": ("region", "LY", 33.10000, 11.73000, "Farwa Island"),                          # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                  # G
 # qlh2 Tunisian army on the Libyan border (Assahafa Al-Yaoum)
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                 # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                             # G
 "border_ly_tn": ("region", "TN", 32.90, 11.20, "Tunisia-Libya border (Tunisian side)"),  # K
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                   # G
 "aouina": ("base", "TN", 36.85100, 10.22700, "El Aouina Air Base"),                     # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                 # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                           # G
 "borjkhadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                   # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                 # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 # qlh3 Algerian army facing Ghat (El Wassat)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                  # G* (row kind village)
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),              # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                  # G
 "illizi_prov": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                # G
 "boufarik": ("base", "DZ", 36.54580, 2.87611, "Boufarik Air Base"),                     # G* (row kind airport)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),    # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),      # G* (row منفذ إيسين, alias تين الكوم, country DZ)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),             # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "awinat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                             # G
 "barakat": ("town", "LY", 24.89400, 10.18336, "Al Barakat"),                            # G (row البركات, alias البركت)
 # qlh4 LNA at the Toummo crossing, Niger border (Mareb Press)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                         # G
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador triangle"),                  # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                  # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                 # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                 # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                  # G (row جنوب ليبيا, alias الجنوب الليبي)
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 # qlh5 Kufra, drugs from the Chad border (Al-Aalem Al-Jadeed)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "kufra_mun": ("district", "LY", 23.30855, 22.08059, "Al Kufra municipality"),           # G (district row الكفرة)
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                               # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),   # G* (row الحدود الليبية التشادية)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                             # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                               # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                        # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                             # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                          # G
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                               # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                # G
 "southeast_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),            # G
}

TRAPS = {
 "qlh1": ["عين ليبيا", "غرفة العمليات المشتركة لمكافحة التهريب بالساحل الغربي", "كتيبة ثوار طرابلس",
          "عبد السلام الزواري", "إذاعة تطاوين", "تونسي", "ليبية", "اللبنانية"],
 "qlh2": ["الصحافة اليوم", "منير القابسي", "الجيش الوطني", "الحرس الوطني", "الليبي"],
 "qlh3": ["الوسط", "الجيش الوطني الشعبي", "الناحية العسكرية الرابعة", "الغاتي", "مبالغات", "الجزائري",
          "جزائرية", "ليبية", "الليبي"],
 "qlh4": ["مأرب برس", "الجيش الوطني الليبي", "كتيبة شهداء أم الأرانب", "محمد المرزقي", "وكالة الأنباء النيجرية",
          "الجيش النيجري", "تشاديين", "الليبية"],
 "qlh5": ["العالم الجديد", "سبل السلام", "الدعم السريع", "محمد إدريس ديبي", "التشادي", "الجيش الليبي",
          "ليبية", "السوداني", "السودانية", "السودانيون"],
}

PHEN = {
 "qlh1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qlh2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qlh3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "ambiguity_idri", "town_vs_district", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qlh4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qlh5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qlh1": [
  mv("reinforce", "reported", "GNA forces", ["طرابلس"], ["أبو كماش"], ["العجيلات"]),
  mv("naval_landing", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("deploy", "planned", "GNA forces", ["أبو كماش"], ["معبر رأس اجدير"]),
  mv("withdraw", "conditional", "GNA forces", ["أبو كماش"], ["طرابلس"]),
  mv("naval_landing", "denied", "Tunisian army", [], ["جزيرة فروة"]),
 ],
 "qlh2": [
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["بن قردان"]),
  mv("airlift", "reported", "Tunisian army", ["قاعدة العوينة"], ["رمادة"]),
  mv("redeploy", "planned", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("reinforce", "conditional", "Tunisian army", ["رمادة"], ["برج الخضراء"]),
  mv("withdraw", "denied", "Tunisian army", ["معبر رأس جدير"], ["مدنين"]),
 ],
 "qlh3": [
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["جانت"], ["إليزي"]),
  mv("airlift", "planned", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار جانت"]),
  mv("deploy", "conditional", "Algerian army", ["جانت"], ["تين الكوم"]),
  mv("reinforce", "reported", "Libyan National Army", ["أوباري"], ["غات"], ["العوينات"]),
  mv("advance", "denied", "Algerian army", [], ["البركت"]),
 ],
 "qlh4": [
  mv("reinforce", "reported", "Libyan National Army", ["القطرون"], ["منفذ التوم"], ["تجرهي"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["منفذ التوم"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة تمنهنت"], ["قاعدة الويغ"]),
  mv("advance", "conditional", "Libyan National Army", ["منفذ التوم"], ["مثلث السلفادور"]),
  mv("deploy", "reported", "Nigerien army", ["ديركو"], ["ماداما"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["أم الأرانب"]),
 ],
 "qlh5": [
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["ربيانة"]),
  mv("reinforce", "conditional", "Libyan National Army", ["تازربو"], ["الكفرة"]),
  mv("mobilise", "reported", "Chadian army", [], ["كوري بوقودي"]),
  mv("redeploy", "planned", "Sudanese army", ["دنقلا"], ["المثلث الحدودي"]),
  mv("shipment", "denied", "Sudanese armed groups", ["الكفرة"], ["المالحة"]),
 ],
}

NOTES = {
 "qlh1": "Ean Libya report from Zuwara on fuel smuggling: a GNU chief-of-staff column Tripoli→Abu Kammash via "
         "Al-Ajaylat (with fighters of a brigade named after Tripoli), marines landed at Zuwara port from Abu Sitta "
         "naval base, a planned company from the column (anaphora → Abu Kammash) to the Ras Ajdir crossing, a "
         "conditional return Abu Kammash→Tripoli («لن تغادر ... إلا إذا») and a Tunisian naval landing on Farwa "
         "island denied by a Tunisian source; the fuel route Zawiya refinery→the Tunisian border, the boats to Malta, "
         "the cigarettes to Ben Gardane, migrants at Sabratha and a captagon container from Tripoli (Lebanon) are "
         "smugglers' routes or background, not force movements.",
 "qlh2": "Assahafa Al-Yaoum from Medenine (dateline, later also a denied destination): Tunisian army reinforcements "
         "Gabes→Ben Gardane, a helicopter lift of special forces El Aouina base→Remada, a planned transfer "
         "Tataouine→Dehiba, a conditional push Remada→Borj El Khadra («لن يدفع ... إلا إذا») and a denied "
         "pull-back from the Ras Jedir crossing to Medenine (spokesman's name contains Gabes); smuggled goods "
         "Zuwara/Al-Jumayl→Ben Gardane/Zarzis via the road from «طرابلس الغرب» are not moves; Tunis (capital) vs "
         "Tunisia (country) in the last paragraph.",
 "qlh3": "El Wassat (Algeria) weekly MoD-style toll from Illizi: Fourth Military Region reinforcements "
         "Ouargla→Djanet via Illizi, a planned military airlift Boufarik air base→Djanet airport, a conditional "
         "deployment Djanet→Tin Alkoum («في حال»), an LNA column Ubari→Ghat via Al-Awaynat reported by Libyan "
         "sources and a denied Algerian incursion into Al-Barakat («مبالغات», which contains Ghat); Bordj Omar "
         "Driss contains «إدري», the baron «الغاتي» contains Ghat, Algiers (capital) vs Algeria (country).",
 "qlh4": "Mareb Press (Yemeni site, wire round-up) on the Niger border: an LNA column Al-Qatrun→Toummo crossing via "
         "Tajarhi, supply trucks Sabha→the crossing (anaphora «المنفذ»), a planned airlift Tamanhint base→Al Wigh "
         "base, a conditional advance from the crossing to the Salvador triangle, a Nigerien battalion "
         "Dirkou→Madama, and a denied massing of Chadian gunmen near Umm al-Aranib (the denier's battalion is "
         "named after Umm al-Aranib, his name contains Murzuq); the tramadol route Agadez→Sabha and migrants' "
         "routes are not moves.",
 "qlh5": "Al-Aalem Al-Jadeed (Iraqi site) from Kufra: Subul al-Salam patrols Kufra→Rebiana, a conditional LNA "
         "reinforcement Tazirbu→Kufra, a Chadian army massing at Kouri Bougoudi (Faya-Largeau only the command's "
         "seat), a planned Sudanese army move Dongola→the border triangle, and a denied RSF fuel/ammunition "
         "transfer Kufra→Al Malha; the drug route from the Chad border to Ajdabiya and the migrants' road to Kufra "
         "are not moves; Chad's president's name contains «إدري».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qlh1", "qlh2", "qlh3", "qlh4", "qlh5")
