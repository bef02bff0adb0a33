# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                  # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                              # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                              # G
 # Libyan cities and towns
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                                # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "zella": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                  # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                     # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                       # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                          # G
 # Libyan districts and municipalities
 "jufra_d": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                          # G* (Hun town row; README rule)
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                      # G
 "brak_mun": ("district", "LY", 27.54956, 14.27139, "Brak al-Shati municipality"),       # G* (Brak town row)
 "hun_mun": ("district", "LY", 29.12684, 15.94772, "Hun municipality"),                  # G* (Hun town row)
 # Libyan regions
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G (row جنوب ليبيا)
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),        # G* (row إقليم طرابلس)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Sudan-Egypt border triangle"),  # G* (row مثلث العوينات)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "border_td_side": ("region", "TD", 22.0, 17.5, "Chad-Libya border (Chadian side)"),     # K
 # bases, airports, ports, crossings, fields
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "qardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G (row قاعدة الوطية)
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                     # G
 "mitiga_apt": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                  # G
 "kufra_apt": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                    # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),                # G* (Tobruk city row)
 "khums_port": ("crossing", "LY", 32.657, 14.280, "Port of Al Khums"),                   # K
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                     # G
 # abroad
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                 # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                             # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                 # G
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                             # G
 "damascus_apt": ("airport", "SY", 33.4114, 36.5156, "Damascus International Airport"),  # K
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                  # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                            # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                          # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                             # G (row خرطوم)
 "dabba": ("town", "SD", 18.05, 30.95, "Ad Dabbah"),                                     # K
 "northern_sd": ("district", "SD", 19.45943, 29.85719, "Northern State"),                # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                 # G
}

TRAPS = {
 "ky1": ["الشرق الأوسط", "سالم البراكي", "الدعم المالي", "غرفة عمليات سرت الجفرة", "الحكومة السودانية",
         "التشاديين", "التركية", "المشتركة الليبية"],
 "ky2": ["سبوتنيك", "وول ستريت جورنال", "الفيلق الأفريقي", "مفتاح الإدريسي", "الأعباء المالية", "الروسية",
         "الجانب الليبي", "السلطات الليبية"],
 "ky3": ["ترك برس", "شارع طرابلس", "بركان الغضب", "إيريني", "الحكومة السورية", "القوات البحرية الليبية",
         "الأوروبية", "حكومة الوفاق"],
 "ky4": ["سودان تريبيون", "قوات الدعم السريع", "القوة المشتركة لحركات الكفاح المسلح", "الدارفورية",
         "الجيش السوداني", "المقاتلين السودانيين", "الخارجية السودانية", "العسكرية الليبية"],
 "ky5": ["فرانس 24", "أ ف ب", "علي الطرابلسي", "الفيلق الأفريقي", "ما أدري", "الجيش الوطني الليبي",
         "التشادي"],
}

PHEN = {
 "ky1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_neighbours",
         "countries"],
 "ky2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "ky3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "ky4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area",
         "coverage_oil", "coverage_neighbours", "countries"],
 "ky5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "ky1": [
  mv("withdraw", "reported", "Sudanese armed groups", ["قاعدة الجفرة الجوية"], ["الكفرة"], ["زلّة", "جالو"]),
  mv("shipment", "reported", "Libyan National Army", [], ["بنغازي"]),
  mv("withdraw", "planned", "Chadian armed groups", ["قاعدة براك الجوية"], ["أم الأرانب", "الحدود مع تشاد"]),
  mv("deploy", "planned", None, [], ["سرت", "القرضابية"]),
  mv("withdraw", "conditional", "Turkish armed forces", ["قاعدة الوطية"]),
  mv("redeploy", "denied", "Wagner Group", ["القرضابية"], ["الجفرة"]),
 ],
 "ky2": [
  mv("withdraw", "denied", "Russian forces", ["قاعدة براك الجوية"]),
  mv("airlift", "reported", "Russian forces", ["روسيا"], ["قاعدة الجفرة الجوية"], ["قاعدة الخادم"]),
  mv("shipment", "planned", "Russian forces", ["القرضابية"], ["قاعدة الجفرة"]),
  mv("naval_landing", "planned", "Russian forces", [], ["ميناء طبرق"]),
  mv("withdraw", "conditional", "Russian forces", ["الجفرة"]),
  mv("redeploy", "reported", "Russian forces", ["براك"], ["إدري"]),
 ],
 "ky3": [
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء الخمس"]),
  mv("airlift", "reported", "Syrian mercenaries", ["قاعدة الوطية"], ["مطار دمشق الدولي"]),
  mv("redeploy", "planned", "Turkish armed forces", ["الوطية"], ["مصراته"]),
  mv("advance", "conditional", "GNA forces", [], ["سرت"]),
  mv("mobilise", "reported", "GNA forces", [], ["أبوقرين"]),
 ],
 "ky4": [
  mv("withdraw", "reported", "Sudanese armed groups", ["براك"], ["الكفره"]),
  mv("airlift", "planned", "Sudanese armed groups", ["مطار الكفرة"], ["بورتسودان"]),
  mv("withdraw", "conditional", "Sudanese armed groups", ["الجفرة"]),
  mv("reinforce", "reported", None, ["الدبة"], ["المثلث الحدودي"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["المالحة"]),
 ],
 "ky5": [
  mv("deploy", "reported", None, ["سرت"], ["هون"]),
  mv("airlift", "planned", None, ["مطار معيتيقة"], ["قاعدة براك الجوية"]),
  mv("withdraw", "reported", "Chadian armed groups", ["إدري"], ["أم الأرانب"]),
  mv("withdraw", "reported", "Chadian armed groups", [], ["النيجر"], ["منفذ التوم"]),
  mv("advance", "denied", "Libyan National Army", [], ["أم الأرانب"]),
  mv("reinforce", "conditional", None, [], ["الحدود مع ليبيا"]),
 ],
}

NOTES = {
 "ky1": ("Asharq Al-Awsat, Sirte: the 5+5 committee starts the foreign-fighter exit. Reported Sudanese withdrawal "
         "Jufra air base->Kufra via Zella (written زلّة with shadda) and Jalu, plus their heavy weapons trucked to "
         "Benghazi (shipment, no origin written); planned Chadian pull-out Brak air base->Umm al-Aranib->the border "
         "with Chad; planned joint-monitor deployment to Sirte and Qardabiya; Turkish pull-out from Al-Watiya "
         "conditional (لن ... إلا إذا, condition without a place); Wagner move Qardabiya->Jufra denied (عارٍ عن "
         "الصحة). Ankara (speaker), the Tunis meeting, Tripoli (government), the operations-room name are not "
         "movement places."),
 "ky2": ("Sputnik Arabic, Moscow: the Russian MoD denies an Africa Corps pull-out from Brak air base (headline "
         "براك = same move); reported Il-76 rotation Russia->Jufra air base via Al Khadim (Benghazi a locator); "
         "planned Pantsir transfer Qardabiya->Jufra base (shipment); planned landing at Tobruk port; a conditional "
         "reduction at Jufra (مرهون); a reported column Brak->Idri (redeploy) whose stated purpose, the Sharara "
         "road, is not a destination. Mali/Niger and the closing estimate of where Russians are are presence, "
         "not movement."),
 "ky3": ("Turk Press, Istanbul: Ankara denies landing troops at Al-Khums port (headline الخمس = same move); "
         "reported airlift of Syrian fighters Al-Watiya base->Damascus airport (headline retelling); planned move "
         "of the Turkish training unit Al-Watiya->Misrata (spelled مصراته), Tripoli Street a trap; GNU chief of "
         "staff's conditional advance on Sirte (condition has no place); reported GNA massing at Abu Qurayn "
         "(west of Sirte = locator)."),
 "ky4": ("Sudan Tribune, Port Sudan: reported Sudanese pull-out Brak->Kufra (body الكفره, headline الكفرة = same "
         "move); planned airlift Kufra airport->Port Sudan; Sudanese fighters at Jufra leave only after being paid "
         "(conditional, إلا بعد); Sudanese army reinforcement Ad Dabbah->the border triangle (army not canonical: "
         "null); RSF deny massing at Al Malha (denied mobilise). Libya/Egypt after the triangle, the Sarir field "
         "(past guard duty) and the closing estimate are not movement places."),
 "ky5": ("France 24 / AFP, Tripoli: joint 5+5 monitoring teams reported deployed Sirte->Hun (headline الجفرة = "
         "same move, not a second destination); a planned UN flight Mitiga airport->Brak air base; Chadian "
         "fighters reported leaving Idri for Umm al-Aranib, and another group crossing Toummo to Niger (no origin "
         "written); the LNA denies advancing on Umm al-Aranib; Chad's conditional border reinforcement (في حال). "
         "Geneva, N'Djamena, Algiers, Algeria and Fezzan are not movement places."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ky1", "ky2", "ky3", "ky4", "ky5")
