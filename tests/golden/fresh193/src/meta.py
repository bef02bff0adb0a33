# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and capitals used in several articles
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                 # G
 # gm1 west and centre (Al Mayadeen)
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                              # G
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),                # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                               # G
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                          # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                               # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                  # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabaa"),                              # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                                # G
 "khoms_port": ("crossing", "LY", 32.66000, 14.28000, "Al Khums port"),                  # K
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                 # G
 # gm2 Egypt's western border and eastern Libya (Youm7)
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                     # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                           # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),             # G
 "border_eg": ("region", "EG", 29.50000, 25.10000, "Egypt-Libya border (Egyptian side, near Siwa)"),  # K
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                       # G* (row مثلث العوينات)
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                            # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                   # G
 "east_ly": ("region", "LY", 27.07571, 20.30816, "Eastern Libya"),                       # G* (row شمال شرق ليبيا)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),          # G* (row منفذ امساعد, country EG)
 "bardia": ("town", "LY", 31.75601, 25.08530, "Bardia"),                                 # G (row بردية)
 "bardia_port": ("crossing", "LY", 31.76400, 25.09500, "Bardia port"),                   # K
 "benghazi_port": ("crossing", "LY", 32.09600, 20.05100, "Benghazi port"),               # K
 # gm3 Algeria's eastern and southern borders (Echorouk)
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                  # G
 "in_guezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                          # G (row إن قزام)
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                # G
 "bordj_omar": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),                    # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G (row عين أميناس)
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                              # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                        # G
 "border_dz_ne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border (Algerian side)"),  # G* (row الحدود الجزائرية النيجرية)
 "bbm": ("town", "DZ", 21.32500, 0.94611, "Bordj Badji Mokhtar"),                        # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                   # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                  # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                  # G* (gazetteer kind village)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 # gm4 Fezzan (Fasania)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),               # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),            # G* (town row)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "sabha_castle": ("base", "LY", 27.03766, 14.42832, "Sabha Castle (Fort Elena)"),        # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G* (row قاعدة تمنهنت)
 "ghudwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                                # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                      # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),             # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 # gm5 Tunisia's south-eastern border (Acharaa Al Maghrebi)
 "border_tn": ("region", "TN", 32.50000, 10.90000, "Tunisia-Libya border (Tunisian side)"),  # K
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                  # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                    # G* (row جنوب تونس)
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                   # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                 # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                 # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                   # G
 "wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),        # G
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                 # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                             # G
}

TRAPS = {
 "gm1": ["الميادين نت", "الليبي", "شارع طرابلس", "ليبيا الأحرار", "زنتانيون", "الصادق الغرياني", "تركي",
         "السنوات الخمس", "غرفة عمليات تحرير سرت الجفرة", "الجيش الوطني الليبي"],
 "gm2": ["قوات مصرية", "اليوم السابع", "القيادة العامة للجيش الليبي", "مصدر عسكري مصري", "صفحات ليبية", "الجيش المصري",
         "سرت شائعات", "القوات المصرية", "مصادر ليبية", "القاهرة الإخبارية"],
 "gm3": ["الشروق", "الجيش الوطني الشعبي", "الليبية", "صفحات ليبية", "وحدات جزائرية", "الباحث الليبي",
         "أحمد الغدامسي", "وفد عسكري ليبي"],
 "gm4": ["فسانيا", "تشاديون", "لا أدري", "المنطقة العسكرية سبها", "غرفة عمليات تطهير الجنوب الغربي", "حراك فزان"],
 "gm5": ["قوة ليبية", "الشارع المغاربي", "الجانب الليبي", "عماد الطرابلسي", "صفحات ليبية", "الجيش التونسي",
         "التونسية الليبية"],
}

PHEN = {
 "gm1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil", "countries"],
 "gm2": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "gm3": ["clitics", "spelling", "multiword", "person_trap", "nisba", "ambiguity_country_capital", "ambiguity_idri",
         "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "gm4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_crossings", "countries"],
 "gm5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours",
         "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "gm1": [
  mv("reinforce", "reported", "GNA forces", ["طرابلس"], ["الزاوية", "مصفاة الزاوية"], ["جنزور"]),
  mv("advance", "planned", "Misrata forces", ["أبوقرين"], ["الوشكة"]),
  mv("withdraw", "denied", "GNA forces", ["غريان"], ["مزدة"]),
  mv("mobilise", "conditional", "Zintan forces", ["الزنتان"], ["الأصابعة"]),
  mv("naval_landing", "reported", "Turkish armed forces", [], ["ميناء الخمس"]),
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["سرت"], ["ودان"]),
 ],
 "gm2": [
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["سيوة"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("redeploy", "planned", "Libyan National Army", ["درنة"], ["الجغبوب"]),
  mv("deploy", "denied", "Egyptian army", [], ["طبرق"], ["منفذ السلوم البري"]),
  mv("naval_landing", "conditional", "Libyan National Army", ["ميناء بنغازي"], ["ميناء البردية"]),
 ],
 "gm3": [
  mv("shipment", "reported", "Algerian army", ["ورقلة"], ["الدبداب"], ["برج عمر إدريس", "عين امناس"]),
  mv("airlift", "reported", "Algerian army", ["تمنراست"], ["عين قزام"]),
  mv("deploy", "planned", "Algerian army", ["إليزي"], ["جانت"]),
  mv("deploy", "denied", "Algerian army", [], ["غات"]),
  mv("mobilise", "conditional", "Algerian army", [], ["الدبداب", "عين امناس"]),
 ],
 "gm4": [
  mv("deploy", "reported", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["مرزق"], ["سبها", "غدوة"]),
  mv("withdraw", "reported", "Chadian armed groups", ["القطرون"], ["الحدود مع النيجر"]),
  mv("deploy", "planned", "Libyan National Army", ["قاعدة براك الجوية"], ["إدري"]),
  mv("shipment", "denied", None, [], ["غات"], ["منفذ إيسين"]),
  mv("advance", "conditional", "Libyan National Army", ["اوباري"], ["حقل الشرارة"]),
 ],
 "gm5": [
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["برج الخضراء"], ["رمادة"]),
  mv("deploy", "reported", "GNA forces", ["زوارة"], ["معبر رأس اجدير"]),
  mv("reinforce", "denied", "GNA forces", ["طرابلس"], ["نالوت"]),
  mv("redeploy", "planned", "Tunisian army", ["بن قردان"], ["الذهيبة"]),
  mv("deploy", "conditional", "Tunisian army", ["مدنين"], ["الحدود مع ليبيا"]),
 ],
}

NOTES = {
 "gm1": ("Al Mayadeen weekly roundup, six numbered town items: GNA 444 Brigade reinforcement Tripoli->Zawiya/refinery "
         "via Janzour (destination given by the item label and «إلى المدينة»); Misrata forces' planned advance Abu "
         "Qurayn->Al-Washka; a GNA commander's denied pull-out Gharyan->Mizda; Zintan's conditional massing at Al "
         "Asabaa; a Turkish landing at Al-Khums port; an LNA reinforcement Jufra air base->Sirte via Waddan. Traps: "
         "Tripoli Street in Misrata, the Gharyani mufti, the Sirte-Jufra operations room, «السنوات الخمس»."),
 "gm2": ("Youm7 monthly roundup (أولاً…خامساً): Egyptian border guards Marsa Matruh->Siwa («إلى الواحة»); an LNA "
         "airlift Benina air base->Kufra airport; a planned LNA battalion Derna->Jaghbub; a denied Egyptian entry to "
         "Tobruk via the Sallum land port; a conditional LNA marine landing Benghazi port->Bardia port. Matruh "
         "governor = district; «سرت شائعات» is a verb, not Sirte."),
 "gm3": ("Echorouk weekly MoD tally: an Algerian supply convoy Ouargla->Debdeb via Bordj Omar Driss and In Amenas "
         "(shipment); a special-forces airlift Tamanrasset->In Guezzam; a planned regiment Illizi->Djanet; a denied "
         "Algerian crossing to Ghat; conditional massing at Debdeb and In Amenas. Arrests in Tamanrasset/Bordj Badji "
         "Mokhtar/In Guezzam and a Libyan delegation's visit to Algiers are not movements."),
 "gm4": ("Fasania weekly Fezzan harvest (bullets): an LNA column Tamanhint air base->Murzuq via Sabha and Ghudwa; "
         "Chadian gunmen pulling out of the Al Qatrun area towards the Niger border; a planned company Brak air "
         "base->Idri; a denied arms shipment to Ghat via the Isayen crossing; a conditional LNA advance Ubari->Sharara "
         "field («نحو الحقل»). A Sabha meeting, stationing at Sabha castle and a forecast of more columns on the "
         "Sabha-Ubari road are not movements; «لا أدري» is not Idri."),
 "gm5": ("Acharaa Al Maghrebi weekly, items headed by day and town: a Tunisian reinforcement Gabes->Borj El Khadra via "
         "Remada; a GNU Interior force Zuwara->Ras Ajdir crossing; the interior minister's denied reinforcement "
         "Tripoli->Nalut (Wazin only a locator); a planned Tunisian redeploy Ben Gardane->Dehiba; a conditional "
         "deployment Medenine->the border with Libya (Tunisian side). Tunis dateline and «العاصمة تونس» = city, "
         "«حدود تونس» = country; «عماد الطرابلسي» is a person."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("gm1", "gm2", "gm3", "gm4", "gm5")
