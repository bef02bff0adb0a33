# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                   # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                  # G
 # di1 Bani Walid airport
 "bw_airport": ("airport", "LY", 31.73920, 13.95400, "Beni Walid Airport"),                 # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                             # G
 "bw_mun": ("district", "LY", 31.74554, 13.98354, "Bani Walid municipality"),               # G* (town row)
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                                  # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                      # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                            # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                      # G
 # di2 Amsaad / Sallum / Jaghbub
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),          # G
 "border_ly_eg": ("region", "LY", 31.45, 24.95, "Libya-Egypt border (Libyan side near Amsaad)"),  # K
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                    # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                                 # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                              # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port (Egyptian side of Amsaad)"),  # G* (row منفذ امساعد, country EG)
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                               # G
 "gan_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),             # G* (row مطار طبرق, kind base)
 "bardia": ("town", "LY", 31.75601, 25.08530, "Bardia"),                                    # G (row بردية)
 "border_eg_ly": ("region", "EG", 31.3, 25.2, "Egypt-Libya border (Egyptian side near Sallum)"),  # K
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                      # G
 # di3 Illizi wilaya, In Amenas, Debdeb
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                                # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                     # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                                 # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                     # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                      # G
 "tripoint": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "debdeb_crossing": ("crossing", "DZ", 29.96750, 9.42389, "Debdeb border crossing"),        # G* (Debdeb town row)
 "boufarik_base": ("base", "DZ", 36.57413, 2.91214, "Boufarik Air Base"),                   # G* (Boufarik town row)
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas field"),         # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                   # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G
 "border_dz_ly": ("region", "DZ", 28.3, 9.7, "Algeria-Libya border (Algerian side near In Amenas)"),  # K
 # di4 Sirte, Gardabiya, Ras Lanuf
 "gardabiya_b": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                    # G
 "gardabiya_base": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                 # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                      # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                      # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                     # G
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil port"),             # G* (row راس لانوف)
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                             # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                    # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                    # G
 # di5 Sharara, Ubari, Sabha
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                 # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                      # G
 "sw_libya": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                   # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                      # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                   # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                        # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                         # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),                 # G* (town row)
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                            # G
}

TRAPS = {
 "di1": ["بوابة إفريقيا الإخبارية", "الطرابلسي", "اللواء 444 قتال", "لا أدري"],
 "di2": ["الجيش الوطني الليبي", "اليوم السابع", "المنطقة الغربية العسكرية", "عادل الجغبوبي", "الليبية", "المصرية"],
 "di3": ["الجيش الوطني الشعبي", "الخبر", "الليبية", "جزائرية", "الجنوب الغربي منها"],
 "di4": ["الميادين نت", "الفيلق الإفريقي", "الوطني الليبي", "السنوات الخمس", "الروسي", "التركية"],
 "di5": ["DW عربية", "إدريس المقرحي", "دعم مالي"],
}

PHEN = {
 "di1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "town_vs_district", "coverage_bases"],
 "di2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "di3": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_country_capital", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "di4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil", "countries"],
 "di5": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "ambiguity_idri", "vague_area",
         "town_vs_district", "coverage_oil", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"

MOVES = {
 "di1": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["مطار بني وليد"], ["ترهونة"]),
  mv("withdraw", "reported", None, ["مطار بني وليد"], ["بني وليد"]),
  mv("airlift", "planned", GNA, ["قاعدة معيتيقة"], ["مطار بني وليد"]),
  mv("reinforce", "conditional", "Misrata forces", ["مصراتة"], ["مطار بني وليد"]),
  mv("advance", "denied", LNA, ["الشويرف"], ["بني وليد"]),
 ],
 "di2": [
  mv("reinforce", "reported", LNA, ["طبرق"], ["منفذ امساعد"]),
  mv("deploy", "reported", "Egyptian army", ["مرسى مطروح"], ["السلوم", "منفذ السلوم"]),
  mv("redeploy", "planned", LNA, ["قاعدة جمال عبد الناصر الجوية"], ["الجغبوب"]),
  mv("naval_landing", "conditional", LNA, ["بنغازي"], ["البردية"]),
  mv("withdraw", "denied", LNA, ["منفذ امساعد"], []),
 ],
 "di3": [
  mv("airlift", "reported", "Algerian army", ["قاعدة بوفاريك الجوية"], ["عين أميناس"]),
  mv("reinforce", "reported", "Algerian army", ["عين أميناس"], ["حقل تيقنتورين"]),
  mv("shipment", "planned", "Algerian army", ["ورقلة"], ["الدبداب"]),
  mv("mobilise", "conditional", "Algerian army", [], ["معبر الدبداب"]),
  mv("advance", "denied", "Algerian army", [], ["غدامس"]),
 ],
 "di4": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة القرضابية الجوية"]),
  mv("redeploy", "reported", LNA, ["سرت"], ["ميناء راس لانوف"]),
  mv("naval_landing", "planned", LNA, ["بنغازي"], ["ميناء راس لانوف"]),
  mv("advance", "conditional", "Misrata forces", ["أبوقرين"], ["سرت"]),
  mv("shipment", "denied", "Turkish armed forces", [], ["مصراتة"]),
 ],
 "di5": [
  mv("deploy", "reported", LNA, ["سبها"], ["حقل الشرارة"], ["أوباري"]),
  mv("withdraw", "reported", LNA, ["حقل الشرارة"], ["أوباري"]),
  mv("airlift", "planned", LNA, ["بنغازي"], ["مطار سبها"]),
  mv("reinforce", "planned", LNA, ["مطار سبها"], ["حقل الشرارة"]),
  mv("reinforce", "conditional", LNA, ["إدري"], ["حقل الشرارة"]),
  mv("mobilise", "denied", "Foreign fighters", [], ["الغريفة"]),
 ],
}

NOTES = {
 "di1": ("Afrigate-style report, Bani Walid: the airport is named, then «المطار» carries the GNA deployment "
         "(origin «من العاصمة» = Tripoli of the headline, via Tarhuna), the local battalion's pull-back «منه … إلى "
         "مقراتها داخل المدينة» (Bani Walid), the planned Mitiga flight «أن تهبط في المطار» and Misrata's conditional "
         "«وحدات منها … نحو المطار»; the Tarhuna witness «يعبر المدينة» retells the same column; LNA move from Ash "
         "Shwayrif denied («عارية عن الصحة»). Traps: the outlet, the commander «الطرابلسي», «اللواء 444 قتال», «لا أدري» (Idri)."),
 "di2": ("Youm7-style report, Tobruk: «وصلت إلى المنفذ» = Amsaad crossing (LNA reinforcement from Tobruk); Egypt's "
         "Marsa Matruh→Sallum deployment also placed at «منفذ السلوم»; planned company move Gamal Abdel Nasser air base→"
         "«إلى البلدة» (Al-Jaghbub); conditional sea move Benghazi→Bardia «على أن تنزل في ميناء البلدة»; denied "
         "«انسحاب القوات من المنفذ». «جنوب المنفذ», «شمال المنفذ» are locators only."),
 "di3": ("El Khabar-style report, Illizi: Il-76s «حطت بمطار المدينة» = In Amenas (named only as the sources' location), "
         "a column «انطلق من المدينة» to the Tiguentourine field, a planned supply convoy Ouargla→Debdeb «أن تصل إليها», a "
         "conditional build-up «بمحاذاة المعبر» (Debdeb crossing named in the lede) and a denied entry «إلى المدينة "
         "الليبية» (Ghadames). Algiers as venue is not a movement place; «إلى الجنوب الغربي منها» is a direction, not the region."),
 "di4": ("Al-Mayadeen-style report, Tripoli dateline: Russian cargo planes «هبطتا في القاعدة» (Gardabiya air base) from "
         "Jufra air base; an LNA battalion leaves «المدينة» (Sirte) for Ras Lanuf port; a planned landing «أن ترسو في "
         "الميناء» from Benghazi; Misrata forces' conditional advance from Abu Qurayn «نحو المدينة» (Sirte); Turkey denies "
         "an arms shipment to Misrata. «طرابلس الغرب» is the Libyan capital; «السنوات الخمس» is not Al-Khums."),
 "di5": ("DW Arabic-style report, Sabha: an LNA force from Sabha via Ubari reaches «الحقل» (Sharara); the guard battalion "
         "«انسحبت منه» to Ubari; a planned Benghazi→Sabha airport airlift then «من المطار براً إلى الحقل»; a conditional "
         "company from Idri «ستتحرك إلى الحقل»; the Ubari mayor denies foreign gunmen gathering at Al-Ghurayfa. "
         "Traps: «إدريس المقرحي» (Idri inside a name), «دعم مالي» (Mali)."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("di1", "di2", "di3", "di4", "di5")
