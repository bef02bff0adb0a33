# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 # foreign cities and towns
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "izmir": ("city", "TR", 38.41273, 27.13838, "Izmir"),                                  # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G (row عمان, city)
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                            # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G (row ربات)
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                            # G
 # Egypt's western border
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                    # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "matruh_airport": ("airport", "EG", 31.32540, 27.22170, "Mersa Matruh Airport"),       # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "border_egside": ("region", "EG", 31.45, 25.12, "Egypt-Libya border (Egyptian side)"),  # K
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad crossing"),                   # G
 # Tunisia and Algeria
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "border_tnside": ("region", "TN", 33.10, 11.40, "Tunisia-Libya border (Tunisian side)"),  # K
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 # Tripoli and the west
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_port": ("crossing", "LY", 32.9000, 13.1850, "Port of Tripoli"),               # K
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                       # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G (row قاعدة الوطية)
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "tarhuna_mun": ("district", "LY", 32.43501, 13.63320, "Tarhuna municipality"),         # G* (town row)
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabaa"),                             # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir crossing"),              # G (row منفذ رأس جدير)
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس)
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),          # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 # Misrata and the central coast
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_port": ("crossing", "LY", 32.3560, 15.2150, "Port of Misrata (Qasr Ahmad)"),  # K
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),             # G* (city row)
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                                # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 "sidra": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider"),                           # G* (row ميناء السدرة)
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 "crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                      # G
 # the east
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                               # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.0720, 23.9750, "Port of Tobruk"),                 # K
 # Jufra and the south
 "jufra": ("district", "LY", 29.13, 16.00, "Al Jufra"),                                 # K (point between Hun and Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
}

LNA, GNA, MIS = "Libyan National Army", "GNA forces", "Misrata forces"
TUR, RUS, EGY = "Turkish armed forces", "Russian forces", "Egyptian army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "um1": ["يوسف الغرياني", "طوفان الكرامة", "الجيش الوطني الليبي", "لا أدري", "من هذه الزاوية"],
 "um2": ["شارع طرابلس", "قناة ليبيا الأحرار", "المجلس العسكري مصراتة", "غرفة عمليات سرت الجفرة"],
 "um3": ["ربيع الطرابلسي", "اللبناني", "الليبية", "الجيش الوطني الليبي", "الفيلق الأفريقي", "الدعم المالي", "التركية"],
 "um4": ["المنطقة الغربية العسكرية", "المصري", "مصرية", "ليبية", "الوفد"],
 "um5": ["عبد الإله التونسي", "اتفاق الصخيرات", "المجلس العسكري الزنتان", "الملف الليبي", "الجزائرية",
         "المغربية", "الباحث المغربي", "رشيد الإدريسي"],
}

PHEN = {
 "um1": ["clitics", "multiword", "person_trap", "operation_trap", "common_word_trap", "ambiguity_idri",
         "town_vs_district", "coverage_bases", "vague_area", "countries", "ambiguity_country_capital"],
 "um2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "ambiguity_tripoli", "town_vs_district",
         "coverage_bases", "coverage_oil", "vague_area", "countries"],
 "um3": ["clitics", "multiword", "person_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "coverage_bases", "countries"],
 "um4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "border_phrase",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "um5": ["clitics", "spelling", "multiword", "person_trap", "operation_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries",
         "ambiguity_country_capital"],
}

MOVES = {
 "um1": [
  mv("redeploy", "reported", LNA, ["قاعدة براك الجوية"], ["الشويرف"]),
  mv("reinforce", "reported", LNA, ["قاعدة الجفرة الجوية"], ["سرت"]),
  mv("shipment", "reported", LNA, [], ["الشويرف"], ["سوكنة"]),
  mv("advance", "denied", LNA, [], ["غريان"]),
  mv("withdraw", "denied", GNA, ["العزيزية"], []),
  mv("advance", "conditional", LNA, ["الشويرف"], ["طرابلس"], ["مزدة", "غريان"]),
  mv("reinforce", "conditional", MIS, ["مصراتة"], ["طرابلس"]),
  mv("airlift", "conditional", TUR, [], ["قاعدة الوطية"]),
  mv("deploy", "planned", GNA, [], ["ترهونة"]),
 ],
 "um2": [
  mv("mobilise", "reported", MIS, [], ["أبوقرين"]),
  mv("reinforce", "reported", MIS, ["مصراته"], ["الوشكة"], ["تاورغاء"]),
  mv("airlift", "reported", LNA, ["مطار بنينا"], ["قاعدة القرضابية"]),
  mv("advance", "conditional", MIS, ["الوشكة"], ["سرت"], ["بويرات الحسون"]),
  mv("reinforce", "conditional", LNA, ["الجفرة", "راس لانوف"], ["سرت"]),
  mv("withdraw", "conditional", LNA, ["سرت"], ["بن جواد"]),
  mv("advance", "denied", GNA, [], ["بويرات الحسون"]),
  mv("withdraw", "denied", LNA, ["السدرة"], []),
  mv("deploy", "planned", LNA, [], ["هراوة"]),
 ],
 "um3": [
  mv("airlift", "reported", TUR, ["إزمير"], ["قاعدة الوطية"]),
  mv("airlift", "reported", RUS, ["قاعدة الخادم"], ["قاعدة الجفرة"]),
  mv("shipment", "reported", None, [], ["ميناء مصراتة"]),
  mv("deploy", "denied", RUS, [], ["سرت"]),
  mv("withdraw", "denied", TUR, ["مصراتة"], []),
  mv("deploy", "planned", TUR, [], ["ميناء الخمس"]),
  mv("advance", "conditional", LNA, ["الجفرة"], []),
  mv("naval_landing", "conditional", TUR, [], ["ميناء طرابلس"]),
  mv("reinforce", "conditional", TUR, [], ["قاعدة معيتيقة"]),
  mv("redeploy", "conditional", RUS, ["براك"], ["سرت"]),
  mv("naval_landing", "conditional", RUS, [], ["ميناء طبرق"]),
 ],
 "um4": [
  mv("reinforce", "reported", EGY, ["قاعدة محمد نجيب العسكرية"], ["السلوم"]),
  mv("reinforce", "reported", GNA, ["زليتن", "الخمس"], ["أبو قرين"]),
  mv("deploy", "denied", EGY, [], ["طبرق"]),
  mv("withdraw", "denied", "Syrian mercenaries", ["الجفرة"], ["دمشق"]),
  mv("deploy", "planned", EGY, [], ["مطار مرسى مطروح"]),
  mv("advance", "conditional", MIS, [], ["سرت"], ["الوشكة"]),
  mv("deploy", "conditional", EGY, [], ["الجفرة", "سرت"], ["منفذ امساعد"]),
 ],
 "um5": [
  mv("reinforce", "reported", "Tunisian army", [], ["بن قردان", "الحدود مع ليبيا"]),
  mv("mobilise", "denied", "Zintan forces", [], ["الأصابعة"]),
  mv("deploy", "planned", "Algerian army", [], ["الدبداب"]),
  mv("advance", "conditional", LNA, [], ["طرابلس"]),
  mv("redeploy", "conditional", "Tunisian army", ["قابس"], ["الذهيبة"]),
  mv("advance", "conditional", MIS, [], ["سرت"]),
  mv("redeploy", "conditional", GNA, ["الزاوية", "صبراتة"], []),
 ],
}

NOTES = {
 "um1": "Al-Jarida (Kuwait) column: what if the LNA marched on Tripoli again. Real moves this month (LNA Brak air base→"
        "Ash Shwayrif, Jufra air base→Sirte), an LNA denial (no advance on Gharyan) and a GNA denial (no pull-out from "
        "Al-Aziziyah), a planned GNA force for Tarhuna, and the scenario as conditional moves: LNA Shwayrif→Tripoli via "
        "Mizda and Gharyan (destination from «الضواحي الجنوبية للعاصمة»), Misrata battalions «من مدينتها» to Tripoli, "
        "a Turkish air bridge to Al-Watiya. Rajma (LNA HQ), Ankara, Benghazi, Geneva, Kuwait are not movement places.",
 "um2": "Ad-Dustour (Amman) column: three scenarios for Misrata and Sirte. Reported: Misrata military council massing at "
        "Abu Qurayn, two battalions Misrata («من المدينة»)→Al-Washka via Tawergha, LNA cargo flights Benina airport→"
        "Gardabiya base. Conditional branches: Misrata Washka→Sirte via Buwairat al-Hassoun, LNA reinforcements Jufra/Ras "
        "Lanuf→Sirte («إلى داخل المدينة»), LNA pull-back Sirte→Bin Jawad. Denied: the Sirte-Jufra operations room's "
        "advance on Buwairat, an LNA artillery pull-out from Es Sider. Planned: LNA tank company to Harawa.",
 "um3": "Nidaa al-Watan (Beirut) column: Tripoli (Libya) vs Tripoli (Lebanon) and the Turkish-Russian chessboard. "
        "Reported: Turkish military cargo flights Izmir→Al-Watiya, Russian Africa Corps Al Khadim→Jufra air base, a "
        "Turkish cargo ship's armour at Misrata port (actor null). Denied: Moscow's troops to Sirte, Ankara's advisers out "
        "of Misrata. Planned: a Turkish frigate to Khums port. Conditional tree: LNA advance from Jufra westwards (the if-"
        "clause), Turkish marines at Tripoli port, Turkish drones to Mitiga, Russian fighters Brak→Sirte.",
 "um4": "Al-Wafd (Cairo) column: Egypt's Sirte-Jufra red line six years on. Reported: an Egyptian armoured column "
        "Mohamed Naguib base→Sallum, three GNA battalions Zliten/Khums→Abu Qurayn. Denied: Egyptian units into Tobruk "
        "(Egyptian spokesman), Syrian fighters leaving Jufra for Damascus (LNA). Planned: Egyptian helicopters to Marsa "
        "Matruh airport. Conditional: Misrata forces crossing Al-Washka towards Sirte, then the Egyptian army via the "
        "Amsaad crossing to Jufra and Sirte. Sidi Barrani (2020 speech venue) and Marsa Matruh (tribal sources) are not "
        "movement places.",
 "um5": "Al-Massae (Rabat) column: western Libya between two scenarios, seen from the Maghreb. Reported: Tunisian army "
        "reinforcements to Ben Gardane and the border with Libya (Tunisian side). Denied: Zintan column to Al-Asabaa. "
        "Planned: Algerian units to Debdeb. Conditional: LNA march on Tripoli, Tunisian units Gabes→Dehiba, Misrata "
        "advance on Sirte, GNA units pulled from Zawiya and Sabratha «ودفعها شرقاً» (no named destination). Refugees at "
        "Ras Ajdir and 2019 workers «عبر المعبر» are not troop movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("um1", "um2", "um3", "um4", "um5")
