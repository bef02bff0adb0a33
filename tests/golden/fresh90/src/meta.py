# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 # cities used in several articles
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G (cn1 spelled مصراته)
 "misrata_port": ("crossing", "LY", 32.366, 15.213, "Misrata port (Qasr Ahmad)"),       # K
 # cn1 oil crescent, Sirte-Jufra line, Wadi al-Shati
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa al-Brega port"),           # G* (Brega town row)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (gazetteer أجدابيا)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                      # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                        # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "gardabiya": ("airport", "LY", 31.06350, 16.59500, "Gardabya Airport"),                # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 # cn2 Algeria's eastern border (Algerian outlet)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "border_dz_side": ("region", "DZ", 27.2, 9.6, "Algeria-Libya border (Algerian side)"),  # K
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                           # G* (row عين أميناس)
 "tin_alkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),    # G* (row منفذ إيسين, DZ side)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "illizi_dist": ("district", "DZ", 26.97285, 7.86520, "Illizi province"),               # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "boufarik": ("town", "DZ", 36.57413, 2.91214, "Boufarik"),                             # G
 "debdeb_crossing": ("crossing", "DZ", 29.96750, 9.42389, "Debdeb border crossing"),    # G* (Debdeb town row)
 # cn3 Egypt's western border (Egyptian outlet)
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "western_desert": ("region", "EG", 25.70408, 28.49824, "Western Desert (Egypt)"),      # G* (row غرب مصر)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "amsaad": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "sidi_barrani": ("town", "EG", 31.61083, 25.92556, "Sidi Barrani"),                    # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, EG side)
 "border_eg_side": ("region", "EG", 31.0, 25.2, "Egypt-Libya border (Egyptian side)"),  # K
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 # cn4 western Libya (Libyan outlet)
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس)
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "zawiya_refinery": ("oilfield", "LY", 32.776, 12.703, "Zawiya refinery"),              # K
 "zawiya_mun": ("district", "LY", 32.75710, 12.72764, "Az Zawiya municipality"),        # G* (city row)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                             # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "bani_walid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                        # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),      # G* (row منفذ رأس جدير)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "gharyan_mun": ("district", "LY", 32.17222, 13.02028, "Gharyan municipality"),         # G* (town row)
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 # cn5 Turkish forces (Turkish outlet)
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                              # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "khums_port": ("crossing", "LY", 32.652, 14.278, "Al Khums port"),                     # K
}

LNA, GNA, MIS, ZIN = "Libyan National Army", "GNA forces", "Misrata forces", "Zintan forces"
DZA, EGA, TUR, SYR = "Algerian army", "Egyptian army", "Turkish armed forces", "Syrian mercenaries"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "cn1": ["العين الإخبارية", "الجيش الوطني الليبي", "غرفة عمليات سرت والجفرة", "إدريس الفاخري"],
 "cn2": ["الشروق", "غلافاً مالياً", "الجيش الوطني الشعبي", "الناحية العسكرية الرابعة"],
 "cn3": ["المصري اليوم", "الجيش الوطني الليبي", "المنطقة الغربية العسكرية"],
 "cn4": ["المتوسط", "ما ادري", "محمد الطرابلسي", "غرفة عمليات المنطقة الغربية", "كتائب مصراتية"],
 "cn5": ["TRT عربي", "المرصد السوري لحقوق الإنسان", "مقاتلاً سورياً", "السنوات الخمس", "قوة حماية طرابلس"],
}

PHEN = {
 "cn1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil"],
 "cn2": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "cn3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "cn4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase",
         "town_vs_district", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "cn5": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "coverage_bases", "countries"],
}

MOVES = {
 "cn1": [
  mv("reinforce", "reported", LNA, ["بنغازي"], ["ميناء البريقة"], ["اجدابيا"]),
  mv("redeploy", "reported", LNA, ["قاعدة الجفرة الجوية"], ["راس لانوف"]),
  mv("mobilise", "denied", MIS, [], ["أبوقرين"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار القرضابية"]),
  mv("advance", "conditional", LNA, [], ["الوشكة"]),
  mv("withdraw", "reported", LNA, ["إدري"], ["براك"]),
 ],
 "cn2": [
  mv("reinforce", "reported", DZA, ["ورقلة"], ["عين أمناس"]),
  mv("deploy", "planned", DZA, [], ["معبر تين الكوم"]),
  mv("advance", "denied", DZA, [], ["غات"]),
  mv("deploy", "reported", LNA, ["أوباري"], ["منفذ إيسين"]),
  mv("airlift", "conditional", DZA, ["بوفاريك"], ["جانت"]),
 ],
 "cn3": [
  mv("reinforce", "reported", EGA, ["مرسى مطروح"], ["السلوم"]),
  mv("naval_landing", "reported", LNA, ["بنغازي"], ["قاعدة طبرق البحرية"]),
  mv("advance", "denied", EGA, [], ["امساعد"]),
  mv("redeploy", "planned", LNA, ["طبرق"], ["الجغبوب"]),
  mv("deploy", "conditional", EGA, [], ["سيوة"]),
 ],
 "cn4": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["الزاوية", "مصفاة الزاوية"], ["جنزور"]),
  mv("withdraw", "reported", MIS, ["تاجوراء"], ["مصراتة"]),
  mv("mobilise", "denied", ZIN, [], ["الرجبان"]),
  mv("redeploy", "planned", GNA, ["ترهونة"], ["بني وليد"]),
  mv("shipment", "denied", None, ["طرابلس"], ["ميناء مصراتة"]),
  mv("reinforce", "conditional", GNA, [], ["معبر رأس اجدير"]),
 ],
 "cn5": [
  mv("airlift", "reported", TUR, ["قيصري"], ["قاعدة الوطية"]),
  mv("withdraw", "reported", SYR, ["مطار معيتيقة"], ["تركيا"]),
  mv("shipment", "reported", TUR, ["مرسين"], ["ميناء مصراتة"]),
  mv("deploy", "denied", TUR, [], ["بنغازي"]),
  mv("naval_landing", "planned", TUR, [], ["ميناء الخمس"]),
  mv("reinforce", "conditional", TUR, [], ["قاعدة الوطية"]),
 ],
}

NOTES = {
 "cn1": "Al-Ain News weekly digest (Benghazi): day-by-day bullets and a «what we know» box. Reported LNA reinforcement "
        "Benghazi→Brega port via Ajdabiya and Jufra base→Ras Lanuf redeployment; Misrata council denies massing at Abu "
        "Qurayn; planned Benina→Gardabiya airlift (Sirte only a locator); conditional advance to Al-Washka; reported "
        "pull-back Idri→Brak. Headline and box retell moves (not counted again). Traps: outlet, LNA name, the "
        "Sirte-Jufra operations room, a general named Idris.",
 "cn2": "Echorouk diary (Algiers) of a week on the Algeria–Libya border: Algerian army Ouargla→In Amenas (reported), a "
        "planned deployment near the Tin Alkoum crossing (Djanet only a locator), a denied incursion near Ghat, an LNA "
        "force Ubari→Isayen crossing (reported), a conditional airlift Boufarik→Djanet. The Wali of Illizi meeting and the "
        "border alert are not movements.",
 "cn3": "Al-Masry Al-Youm week on Egypt's western border (Marsa Matruh), entries by weekday only: Egyptian reinforcement "
        "Marsa Matruh→Sallum (reported), LNA landing Benghazi→Tobruk naval base (reported), denied Egyptian entry into "
        "Emsaed, planned LNA redeployment Tobruk→Jaghbub, conditional deployment to Siwa. A commander's inspection at "
        "Sidi Barrani/Sallum and the box are not movements.",
 "cn4": "Al-Mutawaset weekly list (Tripoli) for western Libya: GNA 444 Brigade Tripoli→Zawiya via Janzour, stationed near "
        "the refinery (reported); Misrata battalions Tajura→Misrata (reported); Zintan denies massing at Rujban "
        "(«ما ادري» trap); planned GNA redeployment Tarhuna→Bani Walid; denied arms shipment from Tripoli (Lebanon) to "
        "Misrata port; conditional reinforcement of Ras Ajdir. Tunis (city) vs Tunisia (country).",
 "cn5": "TRT Arabi weekly file (Istanbul) on Turkish forces in Libya: A400M Kayseri→Al-Watiya (reported), Syrian "
        "fighters Mitiga→Turkey (reported), cargo ship Mersin→Misrata port (reported), denied deployment in Benghazi, "
        "planned marine landing at Al-Khums port («السنوات الخمس» trap), conditional reinforcement of Al-Watiya. Ankara "
        "is the speaker, not a movement place.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("cn1", "cn2", "cn3", "cn4", "cn5")
