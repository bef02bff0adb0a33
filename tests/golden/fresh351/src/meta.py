# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label, kind, country or spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                           # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # places used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # mo1 Fezzan / south-west (Al-Raya)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G (row الجنوب الغربي)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),          # G* (row الحدود الليبية الجزائرية)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 # mo2 Sudanese border and the triangle (Al-Sudani)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),     # G* (row مثلث العوينات)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "uweinat": ("region", "LY", 21.90000, 24.97000, "Jebel Uweinat"),                      # K
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                      # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),            # G* (row الحدود الليبية السودانية)
 # mo3 Egypt's western border (Al-Watan)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "western_desert": ("region", "EG", 25.70408, 28.49824, "Western Desert (Egypt)"),      # G* (row غرب مصر)
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                    # G
 "border_eg": ("region", "EG", 30.50000, 25.15000, "Egypt-Libya border (Egyptian side)"),  # K
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # K
 "benghazi_port": ("crossing", "LY", 32.11000, 20.05000, "Port of Benghazi"),           # K
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "bardia": ("town", "LY", 31.75601, 25.08530, "Bardia"),                                # G* (row بردية)
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 # mo4 Algeria's eastern and south-eastern borders (Ennahar)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "border_dz": ("region", "DZ", 27.00000, 9.50000, "Algeria-Libya border (Algerian side)"),  # K
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 "djanet_wilaya": ("district", "DZ", 24.55528, 9.48500, "Djanet province"),             # G* (town row)
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "boufarik": ("base", "DZ", 36.54580, 2.87610, "Boufarik Air Base"),                    # K
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, country DZ)
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                           # G* (row spelled عين أميناس)
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),             # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),     # G
 "tripoint_tn": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                   # G
 # mo5 the Chad and Niger borders (Afrigate News)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G* (row spelled كوري بوقودي)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),        # G* (town row)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),            # G* (row الحدود الليبية النيجرية)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
}

TRAPS = {
 "mo1": ["الراية", "الليبي", "شارع طرابلس", "المنطقة العسكرية سبها", "ما ادري",
         "علي الأوباري"],
 "mo2": ["السوداني", "السودانية", "قوات الدعم السريع", "الدعم السريع", "سبل السلام", "الليبية", "مالي"],
 "mo3": ["الوطن", "المنطقة الغربية العسكرية", "الليبية", "مصرية", "الجانب الليبي", "الجديد"],
 "mo4": ["النهار", "الليبية", "جزائرية", "التونسي", "رضا الطرابلسي", "الجيش الوطني الشعبي", "الجديدة"],
 "mo5": ["بوابة إفريقيا", "التشادية", "جبهة الوفاق من أجل التغيير في تشاد", "جبهة الوفاق", "الليبية",
         "الجيش الوطني الليبي", "محمد المرزقي", "الجديد", "التشادي"],
}

PHEN = {
 "mo1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "mo2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "mo3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "mo4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "mo5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    """One movement row in the order used by tests/golden/README.md."""
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"
MOVES = {
 "mo1": [
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["أوباري"], ["سبها"]),
  mv("redeploy", "reported", LNA, ["اوباري"], ["حقل الشرارة"]),
  mv("airlift", "planned", GNA, ["مطار معيتيقة"], ["مطار غات"]),
  mv("withdraw", "denied", LNA, ["منفذ إيسين"]),
  mv("mobilise", "reported", LNA, [], ["قاعدة براك الجوية"]),
  mv("deploy", "reported", LNA, ["قاعدة براك الجوية"], ["إدري"]),
  mv("reinforce", "conditional", LNA, [], ["العوينات"]),
  mv("withdraw", "reported", LNA, ["إدري"], ["براك"]),
 ],
 "mo2": [
  mv("reinforce", "reported", "Sudanese armed groups", ["مليط"], ["المالحة"]),
  mv("advance", "denied", "Sudanese armed groups", [], ["الكفرة"], ["المثلث الحدودي"]),
  mv("deploy", "reported", LNA, ["الكفرة"], ["جبل العوينات"]),
  mv("shipment", "reported", None, ["كفرة"], ["المالحة"], ["وادي هور"]),
  mv("advance", "planned", None, [], ["المالحة"]),
  mv("withdraw", "reported", LNA, ["جبل العوينات"], ["الكفرة"]),
  mv("deploy", "conditional", LNA, [], ["الحدود مع السودان"]),
 ],
 "mo3": [
  mv("reinforce", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["السلوم"], ["مرسى مطروح", "سيدي براني"]),
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء طبرق"]),
  mv("withdraw", "reported", LNA, ["امساعد"], ["طبرق"]),
  mv("redeploy", "reported", LNA, [], ["مساعد"]),
  mv("naval_landing", "denied", "Egyptian army", [], ["البردية"]),
  mv("deploy", "planned", LNA, [], ["الجغبوب"]),
  mv("deploy", "conditional", "Egyptian army", [], ["سيوة"]),
 ],
 "mo4": [
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["جانت"], ["إليزي"]),
  mv("airlift", "reported", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار جانت"]),
  mv("withdraw", "reported", "Algerian army", ["معبر تين الكوم"], ["جانت"]),
  mv("redeploy", "reported", "Algerian army", ["جانت"], ["معبر تين الكوم"]),
  mv("advance", "denied", "Algerian army", [], ["غات"]),
  mv("deploy", "planned", "Algerian army", ["برج عمر إدريس"], ["الدبداب", "عين أمناس"]),
  mv("redeploy", "conditional", GNA, ["غدامس"], ["حقل الوفاء"]),
 ],
 "mo5": [
  mv("withdraw", "reported", "Chadian armed groups", ["كوري بوقدي"], ["أم الأرانب"]),
  mv("reinforce", "reported", LNA, ["سبها"], ["القطرون"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["قاعدة الويغ"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["تجرهي"]),
  mv("shipment", "reported", None, ["القطرون"], ["ماداما"], ["منفذ التوم"]),
  mv("advance", "conditional", LNA, [], ["الحدود مع النيجر"]),
  mv("withdraw", "reported", LNA, ["القطرون"], ["سبها"]),
 ],
}

NOTES = {
 "mo1": "Year-in-review timeline (Al-Raya, Doha) of the Fezzan: an LNA column Tamanhint air base→Ubari via Sabha "
        "later repositioned to the Sharara field, a GNU airlift Mitiga→Ghat airport announced but never flown "
        "(planned), a denied pull-out from the Isayen crossing, LNA massing at Brak air base and a company to Idri "
        "that was pulled back to Brak in December, and a conditional reinforcement of Al-Awaynat; traps: a Tripoli "
        "street in Sabha, «المنطقة العسكرية سبها», «ما ادري», a resident named الأوباري.",
 "mo2": "Year-in-review timeline (Al-Sudani, Port Sudan) of the Libya–Sudan–Egypt triangle: an RSF reinforcement "
        "Mellit→Al Malha, a denied RSF advance through the triangle towards Kufra, an LNA company Kufra→Jebel Uweinat "
        "that withdrew back in October, a UN-reported fuel and ammunition convoy Kufra→Al Malha via Wadi Howar "
        "(actor unnamed), a planned Sudanese-army advance on Al Malha (non-canonical actor, null) and a conditional "
        "LNA deployment on the border with Sudan; «دعم مالي» and «سبل السلام» are traps.",
 "mo3": "Year-in-review timeline (Al-Watan, Cairo) of Egypt's western border: an Egyptian reinforcement Mohamed "
        "Naguib base→Sallum via Marsa Matruh and Sidi Barrani, an LNA landing at Tobruk port from Benghazi port, an "
        "LNA battalion pulled out of Emsaed to Tobruk and sent back in August (spelled مساعد), a denied Egyptian "
        "landing at Bardia, a planned LNA company for Jaghbub and a conditional Egyptian move to Siwa; «الصحراء "
        "الغربية» is Egypt's Western Desert (not Western Sahara).",
 "mo4": "Year-in-review timeline (Ennahar, Algiers; Algerian month names) of Algeria's borders with Libya: a "
        "reinforcement Ouargla→Djanet via Illizi, an airlift Boufarik air base→Djanet airport, border guards pulled "
        "out of the Tin Alkoum crossing to Djanet and sent back in June, a denied incursion into Ghat, a planned "
        "battalion from Bordj Omar Driss for Debdeb and In Amenas, and a conditional GNU move Ghadames→Al Wafa field; "
        "الجزائر is Algiers in the dateline and the country in «للجزائر»; جانت after «والي» is the province.",
 "mo5": "Year-in-review timeline (Afrigate News, Tunis) of Libya's borders with Chad and Niger: FACT fighters "
        "pulling out of Kouri Bougoudi to Umm al-Aranib, an LNA reinforcement Sabha→Al Qatrun reversed in December "
        "(half sent back to Sabha), a planned Benina→Al Wigh airlift, a denied FACT build-up in Tajarhi, an arms "
        "shipment Al Qatrun→Madama via the Toummo crossing and a conditional LNA advance to the Niger border; the "
        "FACT name containing تشاد, «العام الجديد» and a notable named المرزقي are traps.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("mo1", "mo2", "mo3", "mo4", "mo5")
