# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 # Fezzan: Sabha, Wadi al-Shati, Ubari
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_mun": ("district", "LY", 27.54956, 14.27139, "Brak municipality"),               # G* (town row)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "shati_coll": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G* (colloquial «الشاطئ»)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (row قاعدة تمنهنت)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 # Ubari, Sharara, Ghat and the Algerian border
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 26.01562, 10.40660, "Ghat municipality"),               # G (district row)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "border_dz": ("region", "LY", 25.20, 10.30, "Libya-Algeria border (Libyan side near Ghat)"),  # K
 "tripoint_dz_ne": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G
 "border_ly_dzside": ("region", "DZ", 24.70, 9.80, "Algeria-Libya border (Algerian side near Djanet)"),  # K
 # Murzuq, Al Qatrun, the Chad and Niger borders
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G (district row)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "border_td": ("region", "LY", 23.00, 16.80, "Libya-Chad border (Libyan side south-east of Al Qatrun)"),  # K
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 # Nafusa mountains west, Wazin/Dehiba, Zuwara
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba border crossing"),   # G* (row منفذ وازن, country TN)
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),             # G* (row الحدود الليبية التونسية)
 "kabaw": ("town", "LY", 31.84724, 11.33055, "Kabaw"),                                  # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Port of Zuwara"),               # K (GeoNames value quoted in fresh51's README)
 "nafusa": ("region", "LY", 31.95, 12.00, "Nafusa Mountains (Jabal al Gharbi)"),        # K
 # Nafusa mountains east, Gharyan, Tripoli port
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabaa"),                             # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "gharyan_mun": ("district", "LY", 32.17222, 13.02028, "Gharyan municipality"),         # G* (town row)
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                             # G
 "yafran": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                # G
 "kikla": ("town", "LY", 32.08333, 12.70000, "Kikla"),                                  # G
 "tripoli_port": ("crossing", "LY", 32.902, 13.185, "Port of Tripoli"),                 # K
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
}

TRAPS = {
 "by1": ["المرصد", "عبد السلام الإدريسي", "عملية تأمين الجنوب الغربي", "مفتاح الشاطئي"],
 "by2": ["الحرة", "إبراهيم الأوباري", "الشرارة الأولى", "ما ادري", "الخبر", "الجزائري"],
 "by3": ["تشاديون", "تشادية", "فواصل", "جبهة الوفاق من أجل التغيير في تشاد", "مالي"],
 "by4": ["روسيا اليوم", "شارع طرابلس", "المجلس العسكري نالوت", "سالم النالوتي", "الجميل", "التونسي"],
 "by5": ["العين الإخبارية", "المجلس العسكري الزنتان", "تركية"],
}

PHEN = {
 "by1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_idri",
         "vague_area", "town_vs_district", "coverage_bases"],
 "by2": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "by3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "by4": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "by5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "vague_area",
         "town_vs_district", "coverage_bases", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA, ZIN = "Libyan National Army", "GNA forces", "Zintan forces"
MOVES = {
 "by1": [
  mv("deploy", "reported", LNA, ["أوباري"], ["براك"], ["سبها"]),
  mv("mobilise", "reported", None, [], ["إدري"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["قاعدة تمنهنت الجوية"]),
  mv("deploy", "conditional", LNA, ["سبها"], ["إدري"]),
  mv("withdraw", "denied", LNA, ["قاعدة براك الجوية"], ["سبها"]),
 ],
 "by2": [
  mv("reinforce", "reported", LNA, ["سبها"], ["حقل الشرارة"], ["أوباري"]),
  mv("shipment", "reported", LNA, ["أوباري"], ["العوينات"]),
  mv("deploy", "planned", LNA, [], ["منفذ إيسين", "الحدود مع الجزائر"]),
  mv("advance", "denied", "Foreign fighters", ["المثلث الحدودي"], ["غات"]),
  mv("redeploy", "conditional", "Algerian army", ["جانت"], ["الحدود مع ليبيا"]),
 ],
 "by3": [
  mv("withdraw", "reported", "Chadian armed groups", ["القطرون"], ["الحدود مع تشاد"]),
  mv("airlift", "reported", LNA, ["قاعدة الجفرة الجوية"], ["قاعدة الويغ"]),
  mv("redeploy", "planned", LNA, ["مرزق"], ["القطرون"]),
  mv("advance", "conditional", LNA, [], ["منفذ التوم"]),
  mv("mobilise", "denied", None, [], ["مرزق"]),
 ],
 "by4": [
  mv("redeploy", "reported", GNA, ["نالوت"], ["منفذ وازن"]),
  mv("deploy", "planned", GNA, [], ["الحدود مع تونس"]),
  mv("shipment", "denied", None, ["تونس"], ["كاباو"], ["معبر الذهيبة"]),
  mv("reinforce", "conditional", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء زوارة"]),
 ],
 "by5": [
  mv("advance", "reported", ZIN, ["الزنتان"], ["الأصابعة"], ["الرجبان", "يفرن"]),
  mv("withdraw", "planned", ZIN, ["الأصابعة"], ["الزنتان"]),
  mv("advance", "denied", ZIN, ["الزنتان"], ["غريان"]),
  mv("reinforce", "conditional", GNA, ["طرابلس"], ["غريان"]),
  mv("naval_landing", "reported", "Turkish armed forces", ["تركيا"], ["ميناء طرابلس"]),
  mv("deploy", "planned", "Turkish armed forces", ["ميناء طرابلس"], ["قاعدة الوطية"]),
 ],
}

NOTES = {
 "by1": ("Al-Marsad, Sabha: an LNA column Ubari→Brak via Sabha told in WhatsApp voice notes («الرتل ماشي للشاطئ»، "
         "«طلعوا من اوباري الصبح»); a tribal «فزعة» in Idri; a planned airlift Benina→Tamanhint; a Sabha battalion "
         "to Idri only «إذا تجددت الاشتباكات» («بيجوا لو صار شي»); a withdrawal from Brak air base denied "
         "(«ما فيش حد تحرك»)."),
 "by2": ("Alhurra, Ubari: LNA reinforcements Sabha→Sharara via Ubari («جو من سبها»); ammunition trucks Ubari→Al "
         "Awaynat; a planned company at Isayen and patrols on the Algerian border; foreign gunmen from the border "
         "triangle «دخلوا البلاد» (Ghat) denied; the Algerian army's conditional move Djanet→the border."),
 "by3": ("Fawasel, Murzuq: Chadian gunmen withdraw from Al Qatrun towards the Chad border (voice note «طلعوا في "
         "الليل»); an LNA airlift Jufra base→Al Wigh; a planned redeployment Murzuq→Al Qatrun; a conditional "
         "advance to Toummo («لو رجعوا … لين التوم»); a Tebu mobilisation in Murzuq denied («ما فيش نفير»)."),
 "by4": ("RT Arabic, Nalut: GNA units Nalut→Wazin crossing (Facebook post «الرتل طلع من شارع طرابلس»); a planned "
         "border-guard company on the Tunisian border; an arms shipment Tunisia→Kabaw via Dehiba denied («ما فيش "
         "حتى شاحنة سلاح دخلت»); the Tunisian army's conditional reinforcement Tataouine→Dehiba; a Turkish landing "
         "at Zuwara port denied («ما فيش حد نزل في الميناء»)."),
 "by5": ("Al-Ain News, Gharyan: Zintan forces into Al-Asabaa via Ar-Rujban and Yafran (phone-in «دخلوا البلاد بعد نص "
         "الليل»); their planned withdrawal to Zintan; a second column to Gharyan denied («ما طلع حتى رتل من الزنتان "
         "لغريان»); GNA forces from Tripoli only if they stay («بيجوا لو صار شي»); a Turkish landing at Tripoli port "
         "and a planned move to Al-Watiya."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("by1", "by2", "by3", "by4", "by5")
