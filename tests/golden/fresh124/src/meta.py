# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                    # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                               # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                              # G
 # Libyan cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                 # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                     # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                       # G
 # dv1 Misrata, the Bunyan al-Marsous anniversary
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                            # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"), # G (row مطار مصراتة)
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                   # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                            # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                                # G
 "misrata_port": ("crossing", "LY", 32.37, 15.21, "Port of Misrata (Qasr Ahmad)"),         # K
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                    # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                     # G* (row قاعدة القرضابية)
 # dv2 Algeria, the Fourth Military Region
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                    # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                  # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                  # G
 "cherchell": ("town", "DZ", 36.6075, 2.1900, "Cherchell"),                                # K
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                    # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                     # G
 "border_dz_ly": ("region", "DZ", 28.3, 9.5, "Algeria-Libya border (Algerian side)"),     # K
 "debdeb_crossing": ("crossing", "DZ", 29.96750, 9.42389, "Debdeb-Ghadames border crossing"),  # G* (Debdeb row)
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                                # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),          # G* (town row)
 "boufarik_base": ("base", "DZ", 36.5458, 2.8761, "Boufarik Air Base"),                    # K
 "inamenas_airport": ("airport", "DZ", 28.05150, 9.64291, "In Amenas Airport"),            # G (row مطار عين أميناس)
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),        # G
 "daraj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                     # G
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),               # G
 # dv3 Fezzan, Saddam Haftar's tour
 "tamanhint": ("town", "LY", 27.24010, 14.65630, "Tamanhint"),                             # G* (base row)
 "benina": ("town", "LY", 32.09680, 20.26950, "Benina"),                                   # G* (base row)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                     # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                 # G
 "south_west": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                # G
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),               # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                     # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                   # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                     # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                       # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                        # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                # G* (row الحدود الليبية التشادية)
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                          # G (row كوري بوقودي)
 # dv4 Bouznika, the 5+5 talks
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                               # K
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                     # G
 "rabat_airport": ("airport", "MA", 34.0515, -6.7515, "Rabat-Sale Airport"),               # K
 "west_libya": ("region", "LY", 30.79644, 14.18653, "Western Libya"),                      # G* (row إقليم طرابلس)
 "tantan": ("town", "MA", 28.43799, -11.10321, "Tan-Tan"),                                 # K
 "agadir": ("city", "MA", 30.42018, -9.59815, "Agadir"),                                   # K
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                       # G
 "jufra": ("district", "LY", 29.1, 16.0, "Al Jufra"),                                      # K (README: point near Hun/Waddan)
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa Brega port"),                 # G* (Brega town row)
 "khums_port": ("crossing", "LY", 32.64861, 14.26191, "Port of Al Khums"),                 # G* (Al Khums city row)
 # dv5 Tunisia, the army's 70th anniversary
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                         # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G
 "carthage": ("town", "TN", 36.85278, 10.32333, "Carthage"),                               # K
 "bizerte": ("city", "TN", 37.27442, 9.87391, "Bizerte"),                                  # G
 "border_tn_ly": ("region", "TN", 32.6, 11.0, "Tunisia-Libya border (Tunisian side)"),    # K
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                               # G
 "medenine_w": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),             # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                      # G* (row جنوب تونس)
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                   # G
 "rasjedir_tn": ("crossing", "TN", 33.15000, 11.56000, "Ras Jedir border crossing (Tunisian post)"),  # G* (row منفذ رأس جدير)
 "rasajdir_ly": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                  # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                                # G
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                   # G
}

TRAPS = {
 "dv1": ["البنيان المرصوص", "قناة مصراتة", "شارع طرابلس", "سالم السرتي"],
 "dv2": ["حصن تاسيلي", "إذاعة إليزي", "الشروق", "الليبية"],
 "dv3": ["الميادين نت", "المنطقة العسكرية سبها", "مسعود الإدريسي", "الشرارة الأولى",
         "جبهة الوفاق من أجل التغيير في تشاد", "التشادية", "الليبية"],
 "dv4": ["المنطقة العسكرية طرابلس", "سالم الناظوري", "السنوات الخمس", "الأسد الإفريقي", "المغربية", "الليبية"],
 "dv5": ["منطقة الساحل الغربي العسكرية", "شارع الحبيب بورقيبة", "الفرنسي", "قناة ليبية"],
}

PHEN = {
 "dv1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_tripoli",
         "coverage_bases", "countries"],
 "dv2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "dv3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
 "dv4": ["clitics", "multiword", "operation_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "coverage_bases", "coverage_oil", "countries"],
 "dv5": ["clitics", "spelling", "multiword", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "dv1": [
  mv("redeploy", "reported", "Misrata forces", ["الوشكة"], ["أبوقرين"]),
  mv("advance", "conditional", "Misrata forces", [], ["سرت"]),
  mv("shipment", "planned", "GNA forces", ["تركيا"], ["ميناء مصراتة"]),
  mv("naval_landing", "reported", "GNA forces", ["طرابلس"], ["ميناء مصراتة"]),
  mv("withdraw", "denied", "Libyan National Army", ["سرت"], ["قاعدة الجفرة الجوية"]),
 ],
 "dv2": [
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["الدبداب"]),
  mv("airlift", "planned", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار عين أمناس"]),
  mv("deploy", "conditional", "Algerian army", [], ["الحدود مع ليبيا"]),
  mv("withdraw", "denied", "Algerian army", ["برج عمر إدريس"], ["ورقلة"]),
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["غدامس"]),
 ],
 "dv3": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["قاعدة تمنهنت الجوية"]),
  mv("redeploy", "reported", "Libyan National Army", ["براك الشاطئ"], ["إدري"]),
  mv("reinforce", "planned", "Libyan National Army", ["سبها"], ["القطرون", "أم الأرانب"]),
  mv("advance", "conditional", "Libyan National Army", [], ["الحدود مع تشاد"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["كوري بوغودي"]),
 ],
 "dv4": [
  mv("withdraw", "planned", "Syrian mercenaries", ["قاعدة الوطية"], ["تركيا"]),
  mv("withdraw", "conditional", "Wagner Group", ["الجفرة", "براك"], []),
  mv("naval_landing", "reported", "Libyan National Army", ["بنغازي"], ["ميناء البريقة"]),
  mv("shipment", "denied", "Turkish armed forces", [], ["ميناء الخمس"]),
 ],
 "dv5": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان"]),
  mv("deploy", "planned", "Tunisian army", [], ["الذهيبة"]),
  mv("withdraw", "denied", "Tunisian army", ["معبر رأس جدير"], []),
  mv("mobilise", "conditional", "GNA forces", [], ["زوارة", "الجميل"]),
 ],
}

NOTES = {
 "dv1": ("Misrata's 10th Bunyan al-Marsous anniversary: parade, graduation, wreath, the PM's flight Tripoli→Misrata "
         "airport, families from Sirte/Zliten/Bani Walid and LNA drills at Gardabiya are not movements; the joint "
         "force's Washka→Abu Qurayn redeployment (also in the headline), its conditional advance on Sirte, a planned "
         "armour shipment Türkiye→Misrata port, a reported marine landing Tripoli→Misrata port and the LNA's denied "
         "Sirte→Jufra air base pull-out are."),
 "dv2": ("Chanegriha's inspection of the 4th Military Region after the Cherchell graduation: his trips to Ouargla and "
         "Illizi, the «حصن تاسيلي» live-fire exercise, units stationed on the border and the Algiers ceremony are not "
         "movements; Ouargla→Debdeb reinforcements (also in the headline), a planned Boufarik→In Amenas airport "
         "airlift, a conditional deployment on the border with Libya (Ghadames/Daraj are only the condition), a denied "
         "Bordj Omar Driss→Ouargla pull-out and a GNU force Tripoli→Ghadames are."),
 "dv3": ("Saddam Haftar's Fezzan tour: his arrival in Sabha, visits to Sharara, Brak and Ubari, the Tamanhint "
         "graduation, notables from Sabha/Ubari/Murzuq, a past Benghazi meeting and a routine exercise are not "
         "movements; an Il-76 airlift Benina air base→Tamanhint air base (also in the headline), a company Brak→Idri, "
         "planned reinforcements Sabha→Al Qatrun/Umm al-Aranib, a conditional advance to the Chad border and FACT's "
         "denied massing at Kouri Bougoudi are."),
 "dv4": ("5+5 talks in Bouznika: the delegations' flights Tripoli/Benghazi→Rabat-Salé, the earlier Sirte meeting, "
         "observers at African Lion (Tan-Tan, Agadir), the Sirte–Misrata road agenda and the planned trip to Cairo are "
         "not movements; the planned Syrian pull-out Al-Watiya→Türkiye, Wagner's conditional pull-out from Jufra and "
         "Brak, an LNA marine landing Benghazi→Brega port and a denied Turkish shipment to Al-Khums port are."),
 "dv5": ("Tunisian army 70th anniversary: the Carthage ceremony, graduation, flypast, Bizerte open day, the "
         "minister's and governor's visits and a GNU live-fire drill near Zaltan are not movements; Medenine→Ben "
         "Gardane reinforcements (also in the headline), a planned deployment around Dehiba, a denied pull-out from "
         "the Ras Jedir crossing and a conditional GNU massing in Zuwara and Al-Jumayl are."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("dv1", "dv2", "dv3", "dv4", "dv5")
