# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # qdv1 the south-west: Ubari, Ghat, El Feel (Al-Anba)
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "ghat_mun": ("district", "LY", 26.01562, 10.40660, "Ghat municipality"),               # G* (district row غات)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G* (row منفذ إيسين, written معبر)
 "hayat_dist": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat district"),        # G* (row وادي الحياة)
 # qdv2 Murzuq, Al Qatrun and the Niger/Chad borders (Al-Liwaa)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G (headline التوم: G*)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "tri_ne_td": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"),  # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "North Lebanon"),                     # G* (row شمال لبنان)
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G* (district row مرزق)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G* (row نجامينا, written انجامينا)
 # qdv3 the Algerian side: Illizi, In Amenas, Debdeb; Ghadames and Derj (Annasr)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G* (row عين أميناس, written عين أمناس)
 "border_dz_side": ("region", "DZ", 28.0, 9.75, "Algeria-Libya border (Algerian side)"),  # K
 "illizi_airport": ("airport", "DZ", 26.7235, 8.6227, "Illizi Takhamalt Airport"),      # K
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),     # G
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),             # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                    # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G* (row الجزائر city, written الجزائر العاصمة)
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                  # G* (district row إليزي)
 # qdv4 the Libya-Sudan-Egypt triangle and Kufra (Al-Sudani)
 "karbaltom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                      # G
 "uweinat": ("region", "LY", 21.93, 24.85, "Jebel Uweinat (Libyan side)"),              # K
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G* (row خرطوم)
 "tri_ly_eg_sd": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G* (row مثلث العوينات)
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "tobruk_port": ("crossing", "LY", 32.078, 23.975, "Port of Tobruk"),                   # K
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "southeast": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),              # G* (row جنوب شرق ليبيا)
 # qdv5 Jufra, Wadi al-Shati and the Russian presence (Al-Ayam)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (point of row قاعدة الجفرة الجوية, near Hun/Waddan)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "manama": ("city", "BH", 26.22787, 50.58565, "Manama"),                                # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G* (row قاعدة الجفرة الجوية)
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                # G
}

TRAPS = {
 "qdv1": ["الأنباء", "الليبي", "الجيش الوطني الليبي", "موسى الغاتي", "صوت فزان", "فيسبوك", "جزائرية",
          "الجيش الجزائري"],
 "qdv2": ["اللواء", "الجيش الوطني الليبي", "عيسى القطروني", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "تشادي",
          "سودانيون", "الأفريقية"],
 "qdv3": ["النصر", "الناحية العسكرية الرابعة", "درجة التأهب", "الجيش الوطني الشعبي", "الليبية",
          "عبد القادر الغدامسي", "الجيش الوطني الليبي"],
 "qdv4": ["الجيش الليبي", "السوداني", "قوات الدعم السريع", "سبل السلام", "الجيش الوطني الليبي", "الليبية", "روسية",
          "سوداني", "الأنباء السارة"],
 "qdv5": ["روسية", "الأيام", "الجيش الوطني الليبي", "خطة تأمين الجنوب", "الفيلق الأفريقي", "الليبيين",
          "إدريس المقرحي", "زلة لسان"],
}

PHEN = {
 "qdv1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qdv2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qdv3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "border_phrase",
          "town_vs_district", "coverage_oil", "coverage_neighbours", "countries"],
 "qdv4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "qdv5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"

MOVES = {
 "qdv1": [
  mv("deploy", "reported", LNA, ["سبها"], ["اوباري"], ["جرمة"]),
  mv("redeploy", "reported", LNA, ["أوباري"], ["حقل الفيل"]),
  mv("airlift", "planned", LNA, ["قاعدة تمنهنت"], ["مطار غات"]),
  mv("withdraw", "denied", LNA, ["العوينات"]),
  mv("reinforce", "conditional", "Algerian army", [], ["جانت"]),
 ],
 "qdv2": [
  mv("deploy", "reported", LNA, ["مرزق"], ["القطرون"], ["تراغن", "أم الأرانب"]),
  mv("advance", "denied", "Chadian armed groups", ["كوري بوقودي"], ["القطرون"]),
  mv("deploy", "planned", LNA, [], ["منفذ التوم"]),
  mv("advance", "conditional", LNA, [], ["قاعدة الويغ"]),
  mv("mobilise", "reported", "Foreign fighters", [], ["المثلث الحدودي مع النيجر وتشاد"]),
 ],
 "qdv3": [
  mv("airlift", "reported", "Algerian army", ["ورقلة"], ["مطار إليزي"]),
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["عين أمناس"]),
  mv("redeploy", "planned", "Algerian army", ["برج عمر إدريس"], ["الدبداب"]),
  mv("deploy", "denied", "GNA forces", ["الزنتان"], ["غدامس"]),
  mv("deploy", "reported", LNA, ["الشويرف"], ["درج"]),
  mv("withdraw", "conditional", "Algerian army", ["عين أمناس"], ["إليزي"]),
 ],
 "qdv4": [
  mv("mobilise", "reported", "Sudanese armed groups", ["مليط"], ["كرب التوم"]),
  mv("reinforce", "reported", LNA, ["الكفرة"], ["جبل العوينات"]),
  mv("redeploy", "planned", LNA, ["تازربو"], ["ربيانة"]),
  mv("advance", "denied", "Sudanese armed groups", [], ["قاعدة معطن السارة"]),
  mv("naval_landing", "denied", "Russian forces", [], ["ميناء طبرق"]),
  mv("shipment", "denied", LNA, ["ميناء طبرق"], ["الكفرة"]),
  mv("withdraw", "conditional", LNA, ["جبل العوينات"], ["الكفرة"]),
 ],
 "qdv5": [
  mv("redeploy", "reported", LNA, ["قاعدة الجفرة"], ["براك الشاطئ"], ["سوكنة"]),
  mv("naval_landing", "reported", "Russian forces", [], ["قاعدة طبرق البحرية"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الخادم"], ["قاعدة براك الجوية"]),
  mv("shipment", "reported", LNA, ["بنغازي"], ["قاعدة الجفرة"]),
  mv("deploy", "planned", LNA, ["براك"], ["إدري"]),
  mv("withdraw", "conditional", LNA, [], ["قاعدة الجفرة"]),
 ],
}

NOTES = {
 "qdv1": "Weekly digest of the south-west (Al-Anba, Sabha, 7-13 Feb): an LNA column Sabha→Ubari (written اوباري) via "
         "Germa, a company Ubari→El Feel field (Sharara only the place of the pipeline attack), a planned airlift "
         "Tamanhint base→Ghat airport, a denied pull-out from Al-Awaynat, and a conditional Algerian reinforcement of "
         "Djanet (Ghat only the condition, Isayen only a distance reference). Sabha is also the dateline; the Friday "
         "road reopening, the Tuareg elders' meeting in Ghat and the closing paragraph hold no movement.",
 "qdv2": "Weekly digest of the Murzuq basin and the Niger/Chad borders (Al-Liwaa, Beirut, 7-12 March): an LNA "
         "battalion Murzuq→Al Qatrun via Traghen and Umm al-Aranib, a Chadian rebel advance Kouri Bougoudi→Al Qatrun "
         "denied, a planned company at the Tummo crossing (Niger only the end of the trade road), a conditional "
         "advance on Al Wigh base, and foreign fighters massing in the Libya-Niger-Chad triangle (Al Qatrun there "
         "only the residents' town). Lebanese Tripoli is the analyst's home town; Libyan Tripoli and Benghazi are "
         "the two governments; N'Djamena only stands for Chad's government.",
 "qdv3": "Weekly digest of the Algerian side (Annasr, Illizi, 4-9 April): an airlift Ouargla→Illizi airport, a "
         "convoy Illizi→In Amenas (Tiguentourine only a distance reference), a planned regiment Bordj Omar Driss→"
         "Debdeb (Ghadames only the area watched), the GNA's denied column Zintan→Ghadames, an LNA company "
         "Shwayrif→Derj ('95 km east of Ghadames' a distance reference; Benghazi the press office), and a conditional "
         "return In Amenas→Illizi announced in Algiers. Illizi is also the dateline and the province.",
 "qdv4": "Weekly digest of the Libya-Sudan-Egypt triangle (Al-Sudani, Khartoum, 2-7 May): RSF massing at Karb al-Tom "
         "from Mellit (North Darfur only locates Mellit), LNA reinforcements Kufra→Jebel Uweinat, a planned company "
         "Tazirbu→Rebiana, a denied RSF push to Maaten al-Sarra base, a denied Russian landing at Tobruk port and "
         "onward LNA trucking Tobruk port→Kufra, and a conditional pull-back Jebel Uweinat→Kufra (the border with "
         "Sudan only the condition). The Kufra–Uweinat road in the last paragraph is a distance, not a movement.",
 "qdv5": "Weekly digest of Jufra and Wadi al-Shati (Al-Ayam, Manama, 6-11 June): an LNA column Jufra base→Brak "
         "(written براك الشاطئ) via Sokna, Russian Africa Corps troops landed at Tobruk naval base, a denied Russian "
         "airlift Al-Khadim base→Brak air base, an ammunition convoy Benghazi→Jufra base (Hun only the source), a "
         "planned company Brak→Idri (Ubari only the road's direction), and a conditional return to Jufra base (Brak "
         "and Idri there only the condition). Headline places repeat body moves.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qdv1", "qdv2", "qdv3", "qdv4", "qdv5")
