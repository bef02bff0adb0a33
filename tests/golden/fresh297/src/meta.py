# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 # cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (row أجدابيا)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 # towns and villages
 "tamanhint": ("town", "LY", 27.24010, 14.65630, "Tamanhint"),                          # G* (base row قاعدة تمنهنت)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G (row أوباري)
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "wigh": ("village", "LY", 24.18590, 14.53280, "Al Wigh"),                              # G* (base row قاعدة الويغ)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G
 # bases and airports
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),            # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                  # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "wigh_base": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                   # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "ubari_airport": ("airport", "LY", 26.567, 12.823, "Ubari Airport"),                   # K
 # ports, oil, crossings
 "brega_port": ("oilfield", "LY", 30.42, 19.61, "Marsa al-Brega port"),                 # K
 "benghazi_port": ("crossing", "LY", 32.097, 20.050, "Benghazi port"),                  # K
 "tobruk_port": ("crossing", "LY", 32.075, 23.980, "Tobruk port"),                      # K
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "tin_alkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),    # G* (row منفذ إيسين, country DZ)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 # districts and regions
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row)
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "brak_mun": ("district", "LY", 27.54956, 14.27139, "Brak al-Shati municipality"),      # G* (town row)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "south_west": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),             # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "border_dzside": ("region", "DZ", 24.90, 9.90, "Algerian side of the Libya-Algeria border (Djanet sector)"),  # K
 "border_lyside_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),       # G* (row الحدود الليبية الجزائرية)
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),            # G* (row الحدود الليبية النيجرية)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),             # G* (row الحدود الليبية التشادية)
}

LNA = "Libyan National Army"


def M(kind, status, actor, origins, destinations, via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "km1": ["إيلاف", "الروسية الصنع", "اللواء طارق بن زياد", "العقيد ميلاد الطرابلسي", "مبالغات", "لا أدري",
         "شركة البريقة لتسويق النفط"],
 "km2": ["الخبر", "الشيخ إبراهيم الغاتي", "بلغات", "غرفة عمليات الجنوب الغربي", "الجيش الليبي", "الجزائري"],
 "km3": ["المصري اليوم", "القوات البحرية الليبية", "شارع طرابلس", "تشادية", "كتيبة شهداء الشاطئ",
         "العقيد عمر الإدريسي"],
 "km4": ["فواصل", "الرائد عبد السلام الأوباري", "أفارقة"],
 "km5": ["الفيلق الأفريقي", "المدن", "براكات", "دعم مالي", "وزارة الدفاع الروسية", "الجيش الليبي",
         "المعارضة التشادية"],
}

PHEN = {
 "km1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil"],
 "km2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "km3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "town_vs_district", "coverage_bases"],
 "km4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "km5": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
         "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}

MOVES = {
 "km1": [
  M("shipment", "reported", LNA, ["ميناء البريقة"], ["قاعدة تمنهنت الجوية"], ["الجفرة", "سبها"]),
  M("deploy", "reported", LNA, ["الجفرة"], ["قاعدة تمنهنت الجوية"]),
  M("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["تمنهنت"]),
  M("reinforce", "conditional", LNA, ["قاعدة براك الجوية"], ["سبها"]),
  M("withdraw", "denied", LNA, ["مطار سبها"], ["تمنهنت"]),
 ],
 "km2": [
  M("airlift", "reported", LNA, ["قاعدة تمنهنت"], ["مطار غات"]),
  M("redeploy", "reported", LNA, ["العوينات"], ["منفذ إيسين"]),
  M("reinforce", "planned", "Algerian army", ["إليزي"], ["جانت"]),
  M("deploy", "conditional", "Algerian army", [], ["الحدود مع ليبيا"]),
  M("mobilise", "denied", LNA, [], ["الحدود مع الجزائر"]),
 ],
 "km3": [
  M("naval_landing", "reported", LNA, ["ميناء طبرق"], ["ميناء بنغازي"]),
  M("shipment", "reported", LNA, ["ميناء بنغازي"], ["قاعدة براك الجوية"], ["اجدابيا", "الجفرة"]),
  M("mobilise", "planned", LNA, [], ["براك الشاطئ"]),
  M("advance", "conditional", LNA, [], ["الشويرف"]),
  M("withdraw", "denied", LNA, ["إدري"], ["سبها"]),
 ],
 "km4": [
  M("shipment", "reported", LNA, ["سبها"], ["مطار أوباري"], ["الغريفة", "جرمة"]),
  M("deploy", "reported", LNA, ["قاعدة تمنهنت"], ["مطار أوباري", "اوباري"]),
  M("redeploy", "planned", LNA, ["مطار أوباري"], ["حقل الشرارة"]),
  M("advance", "conditional", LNA, [], ["العوينات"]),
  M("airlift", "denied", "Foreign fighters", [], ["مطار غات"]),
 ],
 "km5": [
  M("airlift", "reported", "Russian forces", ["قاعدة براك الجوية"], ["قاعدة الويغ"]),
  M("shipment", "reported", LNA, ["سبها"], ["الويغ"], ["أم الأرانب", "القطرون"]),
  M("withdraw", "planned", "Russian forces", ["الويغ"], ["قاعدة الجفرة الجوية"]),
  M("naval_landing", "denied", "Russian forces", [], ["ميناء طبرق"]),
  M("advance", "conditional", LNA, ["الويغ"], ["منفذ التوم"]),
  M("mobilise", "reported", "Chadian armed groups", [], ["الحدود مع تشاد"]),
 ],
}

NOTES = {
 "km1": ("Elaph (Benghazi dateline): an LNA fuel-and-ammunition convoy Brega port→Tamanhint air base via Jufra and "
         "Sabha (shipment, cargo only) told apart from its escort company that joined at Jufra and stayed at the base "
         "(deploy); two Il-76 cargo flights Benina→Tamanhint (planned airlift, crews only); a conditional company "
         "Brak air base→Sabha («إذا»); a denied pull-out of the Sabha airport guard to Tamanhint. Headline spelling "
         "تمنهنط; Brak/Idri petrol queues, civil flights and the Brega company's allocation to Fezzan are not moves; "
         "traps الطرابلسي, «لا أدري», «مبالغات», شركة البريقة."),
 "km2": ("El Khabar (Algiers dateline): two LNA transport planes with troops and ammunition Tamanhint base→Ghat "
         "airport (reported airlift) vs a chartered civil cargo plane with a foreign crew (not a move); an LNA company "
         "Al-Awaynat→Isayen crossing (redeploy); a planned Algerian reinforcement Illizi→Djanet (headline repeats it); "
         "a conditional Algerian deployment on the border with Libya («لن…إلا إذا»); the LNA's denied massing on the "
         "border with Algeria. Algiers (dateline) vs Algeria (country); traps الغاتي, بلغات, غرفة عمليات الجنوب الغربي."),
 "km3": ("Al-Masry Al-Youm (Benghazi dateline): an LNA landing ship Tobruk port→Benghazi port with ammunition and "
         "supply troops (reported naval landing); a cargo-only truck convoy Benghazi port→Brak air base via Ajdabiya and "
         "Jufra, its military-police escort part of the same move, retold by an Ajdabiya witness; a planned massing of "
         "two battalions in Brak al-Shati; a conditional advance towards Ash Shwayrif; the denied pull-out of the Idri "
         "garrison to Sabha. Traps شارع طرابلس, الإدريسي, كتيبة شهداء الشاطئ; بلدية براك الشاطئ vs the town."),
 "km4": ("Fawasel (Sabha dateline): an LNA food-and-fuel convoy Sabha→Ubari airport via Al-Ghurayfa and Germa "
         "(shipment) and its escort company Tamanhint base→Ubari airport/Ubari (deploy); a planned move Ubari "
         "airport→Sharara field and a conditional advance to Al-Awaynat («في حال»); a denied «mercenaries» flight "
         "into Ghat airport (the real plane was a civil cargo flight). Drivers returning to Sabha, WFP trucks to Ghat "
         "and the Ghat notables' visit to Algiers are not moves. Spelling اوباري/أوباري; trap الأوباري."),
 "km5": ("Al-Modon (no dateline): two Russian Il-76s flying about 80 Africa Corps personnel Brak air base→Al-Wigh base "
         "(reported airlift) vs the LNA fuel convoy Sabha→Al-Wigh via Umm al-Aranib and Al-Qatrun that preceded them "
         "(shipment, no troops); the crews flying the planes back to Brak is not a separate move; a planned Russian "
         "pull-back Al-Wigh→Jufra air base; a denied Russian landing at Tobruk port; a conditional LNA advance "
         "Al-Wigh→Toummo crossing («إذا»); reported Chadian rebel massing on the border with Chad. Traps «المدن», "
         "براكات, دعم مالي, الفيلق الأفريقي."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("km1", "km2", "km3", "km4", "km5")
