# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 # hj1 west coast (Elaph, London)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G* (row قاعدة الوطية)
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "khums_port": ("crossing", "LY", 32.66, 14.28, "Al Khums port"),                       # K
 "border_tn": ("region", "LY", 33.10, 11.60, "Libya-Tunisia border (coastal end, Libyan side)"),  # K
 # hj2 Egypt's western border (Youm7, Cairo)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "sallum_port": ("crossing", "EG", 31.58, 25.08, "Sallum land port"),                   # K
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "border_eg": ("region", "EG", 31.45, 25.10, "Egypt-Libya border (Egyptian side, near Sallum)"),  # K
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G
 "amsaad": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G (row امساعد)
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya"),                      # G* (row برقة)
 "western_desert": ("region", "EG", 25.70408, 28.49824, "Western Desert (Egypt)"),     # G* (row غرب مصر)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "gan_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),         # G* (row مطار طبرق)
 # hj3 Algeria-Libya border (El Khabar, Algiers)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "illizi_prov": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),               # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G (row عين أميناس)
 "border_dz": ("region", "DZ", 29.95, 9.45, "Algeria-Libya border (Algerian side, near Debdeb)"),  # K
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "debdeb_crossing": ("crossing", "DZ", 29.96750, 9.42389, "Debdeb border crossing"),    # G* (town row Debdeb)
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "ghadames_ap": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),          # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),        # G* (town row)
 "triangle_dtl": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                    # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawen"),                              # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                     # G
 # hj4 Sirte, Jufra and the oil crescent (Al-Qabas, Kuwait)
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.13, 15.95, "Al Jufra"),                                 # K (point near Hun, README rule)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf port"),             # G* (row راس لانوف)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "sidra_port": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),         # G
 "benghazi_port": ("crossing", "LY", 32.10, 20.05, "Benghazi port"),                    # K
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G (row أبوقرين)
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 # hj5 Fezzan (Hespress, Rabat)
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G (row براك)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "ummaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "murzuq_sh": ("district", "LY", 24.48768, 15.32547, "Murzuq District"),                # G
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                            # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
}

TRAPS = {
 "hj1": ["شارع طرابلس", "المجلس العسكري الزنتان", "عبد السلام الزنتاني", "قناة ليبيا الأحرار", "السنوات الخمس",
         "مشاة البحرية التركية", "العناصر الليبيين"],
 "hj2": ["الأراضي الليبية", "القوات المسلحة المصرية", "وحدات مصرية", "الجيش الوطني الليبي",
         "قناة القاهرة الإخبارية", "وفداً عسكرياً ليبياً"],
 "hj3": ["التراب الليبي", "صفحات ليبية", "جنود جزائريين", "مدرج", "الباحث التونسي",
         "رياض الطرابلسي", "الإذاعة الجزائرية", "الجيش الوطني الليبي", "السلطات الجزائرية"],
 "hj4": ["الجيش الوطني الليبي", "عنصر روسي", "غرفة عمليات سرت الجفرة", "الهادي الإدريسي", "الأطراف الليبية"],
 "hj5": ["الجيش الليبي", "الجيش الوطني الليبي", "كتيبة طارق بن زياد", "المؤسسة الوطنية للنفط", "لا أدري",
         "المجموعات التشادية المسلحة", "مجلسي النواب والدولة الليبيين"],
}

PHEN = {
 "hj1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "border_phrase", "coverage_bases", "coverage_crossings", "countries"],
 "hj2": ["clitics", "spelling", "multiword", "media_trap", "nisba", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "hj3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "hj4": ["clitics", "spelling", "multiword", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil", "countries"],
 "hj5": ["clitics", "multiword", "common_word_trap", "nisba", "ambiguity_idri", "vague_area", "border_phrase",
         "coverage_bases", "coverage_oil", "countries"],
}


def _m(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "hj1": [
  _m("reinforce", "reported", "GNA forces", ["طرابلس"], ["صبراتة"], ["الزاوية", "صرمان"]),
  _m("withdraw", "denied", "GNA forces", ["صبراتة"], ["طرابلس"]),
  _m("deploy", "planned", "GNA forces", ["قاعدة الوطية الجوية"], ["معبر رأس اجدير"]),
  _m("mobilise", "denied", "Zintan forces", [], ["العجيلات", "الجميل"]),
  _m("naval_landing", "conditional", "Turkish armed forces", [], ["ميناء الخمس"]),
 ],
 "hj2": [
  _m("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["منفذ السلوم البري"], ["سيدي براني"]),
  _m("advance", "denied", "Egyptian army", [], ["أمساعد", "الجغبوب"]),
  _m("mobilise", "conditional", "Egyptian army", [], ["السلوم", "سيدي براني"]),
  _m("shipment", "reported", "Libyan National Army", ["طبرق"], ["الجغبوب"]),
  _m("airlift", "planned", "Libyan National Army", ["قاعدة بنينا"], ["قاعدة جمال عبد الناصر الجوية"]),
 ],
 "hj3": [
  _m("reinforce", "reported", "Algerian army", ["عين أمناس"], ["الدبداب"]),
  _m("shipment", "reported", "Algerian army", ["ورقلة"], ["عين أمناس"]),
  _m("deploy", "denied", "Algerian army", [], ["غدامس"]),
  _m("airlift", "planned", "GNA forces", ["مطار معيتيقة"], ["مطار غدامس"]),
  _m("advance", "conditional", "Libyan National Army", ["الشويرف"], ["درج", "سيناون"]),
 ],
 "hj4": [
  _m("reinforce", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["سرت"], ["ودان"]),
  _m("redeploy", "reported", "Libyan National Army", ["ميناء رأس لانوف"], ["أجدابيا"]),
  _m("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء السدرة"]),
  _m("withdraw", "conditional", "Russian forces", ["الجفرة"], []),
  _m("redeploy", "planned", "Misrata forces", ["مصراتة"], ["أبو قرين"]),
  _m("advance", "denied", "Misrata forces", [], ["سرت"]),
 ],
 "hj5": [
  _m("airlift", "reported", "Libyan National Army", ["قاعدة بنينا"], ["قاعدة تمنهنت الجوية"]),
  _m("deploy", "reported", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["أوباري"], ["سبها"]),
  _m("withdraw", "denied", "Libyan National Army", ["أوباري"], ["براك الشاطئ"]),
  _m("redeploy", "planned", "Libyan National Army", ["سبها"], ["إدري"]),
  _m("withdraw", "conditional", "Chadian armed groups", ["أم الأرانب"], ["الحدود مع تشاد"]),
 ],
}

NOTES = {
 "hj1": "Elaph (London) on Sabratha: a reported GNA reinforcement Tripoli->Sabratha via Zawiya and Surman beside "
        "«لا نية» to withdraw (denied, anaphora المدينة/العاصمة), a Ras Ajdir deployment from Al-Watiya with «لم يُتخذ "
        "قرار بعد» (planned), Zintan's «نفى أن يكون قد حشد» at Al-Ajaylat/Al-Jumayl (denied) and a Turkish landing at "
        "Al-Khums port «من غير المرجح … إلا إذا» (conditional); traps شارع طرابلس, السنوات الخمس, the Zintan council.",
 "hj2": "Youm7 (Cairo) on Egypt's western border: a reported reinforcement Marsa Matruh->Sallum land port via Sidi "
        "Barrani, «لا تعتزم» + «نافياً أن تكون … قد عبرت» towards Amsaad/Jaghbub (denied advance), «استبعد … ما لم» "
        "massing at Sallum/Sidi Barrani (conditional), an LNA supply run Tobruk->Jaghbub (reported shipment) and a "
        "planned airlift Benina->Gamal Abdel Nasser air base; a military delegation to Cairo is not a movement.",
 "hj3": "El Khabar (Algiers) on the Libyan border: a reported Algerian reinforcement In Amenas->Debdeb and supply "
        "convoys Ouargla->In Amenas, «لا يعتزم» + a denied deployment in Ghadames, «لم يُتخذ قرار بعد» on reopening the "
        "Debdeb crossing (not a movement), a planned GNA airlift Mitiga->Ghadames airport and an analyst's «استبعد … "
        "ما لم» LNA advance Ash Shwayrif->Derj/Sinawen (conditional); traps مدرج, الطرابلسي, الإذاعة الجزائرية.",
 "hj4": "Al-Qabas (Kuwait) on Sirte and Jufra: a reported LNA reinforcement Jufra air base->Sirte via Waddan, a move "
        "Ras Lanuf port->Ajdabiya whose «انسحاب» label is denied (reported redeploy), a landing Benghazi port->Es Sider, "
        "«لا نية … من غير المرجح أن يغادروا الجفرة ما لم» (conditional Russian withdrawal), a planned Misrata move "
        "Misrata->Abu Qurayn and «لا تعتزم التقدم نحو سرت» (denied advance); «نافياً أن يكون الهلال النفطي قد بات "
        "مكشوفاً» is not a movement.",
 "hj5": "Hespress (Rabat) on the Fezzan: a reported LNA airlift Benina->Tamanhint air base and a deployment from the "
        "base to Ubari via Sabha, «نفى أن تكون … قد انسحبت» Ubari->Brak al-Shati with «لا تنوي سحب» (one denied "
        "withdrawal), a planned company Sabha->Idri and an elder's «استبعد … ما لم» Chadian pull-out Umm al-Aranib->the "
        "Chad border (conditional); the resident's «لا أدري» is an Idri trap.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("hj1", "hj2", "hj3", "hj4", "hj5")
