# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # capitals
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # Tunisian south
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "remada_ab": ("base", "TN", 32.3060, 10.3820, "Remada Air Base"),                      # K
 "borjkhadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                  # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "dehiba_del": ("district", "TN", 32.00799, 10.70135, "Dehiba delegation"),             # G* (town row)
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine governorate"),       # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine governorate"),        # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "zarzis_port": ("crossing", "TN", 33.490, 11.110, "Port of Zarzis"),                  # K
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "aouina": ("base", "TN", 36.85100, 10.22700, "El Aouina Air Base"),                    # G
 "djerba_airport": ("airport", "TN", 33.87500, 10.77550, "Djerba-Zarzis International Airport"),  # G
 "borma": ("oilfield", "TN", 31.70430, 9.25460, "El Borma oil field"),                  # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 "border_ly": ("region", "TN", 33.00, 11.40, "Tunisia-Libya border (Tunisian side, coast)"),  # K
 # crossings and the Libyan side
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G (row منفذ رأس جدير)
 "dehiba_wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G (row منفذ وازن)
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),           # G
 "zuwara_port": ("crossing", "LY", 32.930, 12.090, "Port of Zuwara"),                  # K
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "nafusa": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),     # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),          # G* (row الحدود الليبية التونسية)
 "tripoint": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 # Algeria
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G* (row عين أميناس)
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
}

TRAPS = {
 "qav1": ["ديوان أف أم", "الجيش التونسي", "محمد الذهيبي"],
 "qav2": ["الجوهرة أف أم", "الجيش التونسي", "سوق ليبيا", "قوة حماية طرابلس", "مالي"],
 "qav3": ["ألترا تونس", "الجيش التونسي", "يوسف الطرابلسي", "وكالة تونس إفريقيا للأنباء", "الليبية", "درع الصحراء"],
 "qav4": ["القدس العربي", "إدريس النالوتي", "الجميل", "الجيش التونسي", "الهلال الأحمر الليبي",
          "الجانب التونسي"],
 "qav5": ["فرانس 24", "الجيش التونسي", "وزارة الدفاع التونسية", "القوات الجوية التونسية", "نهج طرابلس",
          "إدريس الحناشي"],
}

PHEN = {
 "qav1": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "vague_area", "town_vs_district",
          "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qav2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "border_phrase",
          "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qav3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_oil",
          "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qav4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qav5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qav1": [
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["رمادة"], ["تطاوين"]),
  mv("redeploy", "planned", "Tunisian army", ["رمادة"], ["برج الخضراء"]),
  mv("airlift", "conditional", "Tunisian army", ["قاعدة العوينة"], ["قاعدة رمادة الجوية"]),
  mv("withdraw", "denied", "Tunisian army", ["الذهيبة"]),
  mv("deploy", "reported", "GNA forces", ["الزنتان"], ["منفذ وازن"]),
  mv("shipment", "reported", "Tunisian army", ["تطاوين"], ["حقل البرمة"]),
 ],
 "qav2": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["معبر رأس جدير"], ["بن قردان"]),
  mv("withdraw", "conditional", "Tunisian army", ["رأس جدير"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["منفذ رأس اجدير"], ["زوارة"]),
  mv("redeploy", "denied", "GNA forces", ["قاعدة الوطية"], ["الجميل"]),
  mv("naval_landing", "reported", "Tunisian army", ["صفاقس"], ["ميناء جرجيس"]),
 ],
 "qav3": [
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["برج الخضراء"], ["رمادة"]),
  mv("reinforce", "planned", "Algerian army", ["عين أمناس"], ["الدبداب"]),
  mv("mobilise", "conditional", "Tunisian army", [], ["الذهيبة"]),
  mv("shipment", "planned", "Tunisian army", ["قابس"], ["حقل البرمة"]),
  mv("withdraw", "denied", "Tunisian army", ["برج الخضراء"], ["رمادة"]),
 ],
 "qav4": [
  mv("deploy", "reported", "GNA forces", ["قاعدة الوطية"], ["منفذ وازن"], ["نالوت"]),
  mv("deploy", "planned", "GNA forces", [], ["الحدود مع تونس"]),
  mv("mobilise", "reported", None, [], ["وازن"]),
  mv("advance", "denied", "Zintan forces", [], ["وازن"]),
  mv("reinforce", "conditional", "Tunisian army", ["رمادة"], ["الذهيبة"]),
 ],
 "qav5": [
  mv("deploy", "reported", "Tunisian army", ["رمادة"], ["الذهيبة"]),
  mv("redeploy", "reported", "GNA forces", ["زوارة"], ["رأس اجدير"]),
  mv("advance", "conditional", "GNA forces", ["نالوت"], ["منفذ وازن"]),
  mv("naval_landing", "planned", "GNA forces", ["ميناء طرابلس"], ["ميناء زوارة"]),
  mv("airlift", "planned", "Tunisian army", ["قاعدة العوينة"], ["مطار جربة جرجيس"]),
  mv("reinforce", "denied", "Tunisian army", [], ["بن قردان"]),
 ],
}

NOTES = {
 "qav1": "Diwan FM from Tataouine: army reinforcements Gabes barracks→Remada via Tataouine (Tataouine also the "
         "dateline), part of them planned Remada→Borj El Khadra (El Borma field there only a distance reference, the "
         "border triangle only a locator), a conditional special-forces airlift El Aouina base→Remada air base (Nalut "
         "only the condition), a denied pull-out from Dehiba (Dehiba delegation = where the army stays, no move), a GNA "
         "force Zintan→Wazin crossing sent by the chief of staff in Tripoli (Tripoli = seat, not origin; the Dehiba "
         "crossing only locates Wazin), and a supply convoy Tataouine→El Borma field (the field is now a destination).",
 "qav2": "Jawhara FM from Ben Gardane: Ras Ajdir closed; army reinforcements Medenine→the Ras Ajdir crossing ('محيط "
         "المعبر', resolved) via Ben Gardane; a conditional 'will not leave the Ras Ajdir area until reopening'; a "
         "planned GNU Interior force Tripoli→Ras Ajdir (Libyan spelling منفذ رأس اجدير) via Zuwara; a denied battalion "
         "Al-Watiya base→Al-Jumayl; a navy landing of marines at Zarzis port coming from Sfax. Abu Kammash is only the "
         "end of a civilian lorry queue; the border phrase is where patrols watch tracks, not a move; 'سوق ليبيا' is a "
         "market, 'قوة حماية طرابلس' a force, 'مالي' means financial.",
 "qav3": "Ultra Tunisia from Tunis (city; Tunisia as state in 'أبلغت تونس'): army units Tataouine→Borj El Khadra via "
         "Remada, Algeria's planned reinforcement In Amenas→Debdeb, a conditional massing in Dehiba (Nafusa only the "
         "condition, Dehiba crossing only a possible closure), a planned fuel/ammunition shipment Gabes→El Borma field, "
         "and a denied pull-back Borj El Khadra→Remada; Ghadames only a distance reference; Tataouine governorate only "
         "the MP's constituency; the last Remada/Borj El Khadra mention is an area of infiltration attempts, not a move; "
         "'درع الصحراء' is an exercise name.",
 "qav4": "Al-Quds Al-Arabi from Tripoli: a chief-of-staff column Al-Watiya base→Wazin crossing via Nalut, unnamed local "
         "gunmen massing vehicles around Wazin (actor null), a planned company onto the border with Tunisia (no origin "
         "written), Zintan's denied move toward Wazin, a conditional Tunisian reinforcement Remada→Dehiba; the clashes "
         "'in the vicinity of Wazin' and civilians displaced Wazin→Nalut are not movements; the Red Crescent branch in "
         "Nalut, the Dehiba crossing suspension and Ras Ajdir's ranking are not movement places; Idris al-Nalouti is a "
         "person.",
 "qav5": "France 24 report from Dehiba (Tunisia = country in the dateline): a daily army patrol Remada→Dehiba, a GNU "
         "border-guard unit Zuwara→Ras Ajdir (Tripoli only the ministry's seat), a conditional advance Nalut→Wazin "
         "crossing, a planned sea move Tripoli port→Zuwara port, a planned drone/equipment airlift El Aouina base→"
         "Djerba-Zarzis airport, a denied reinforcement to Ben Gardane (Tripoli Street there is a trap); smugglers from "
         "Wazin and residents of Dehiba/Remada are not moves; Idris al-Hanashi is a person.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qav1", "qav2", "qav3", "qav4", "qav5")
