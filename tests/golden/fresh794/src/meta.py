# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                            # G
 # capitals and datelines
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 # Zawiya and the coastal road west of Tripoli
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                              # G (gn:2218970)
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Hurshah"),                             # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzur"),                                # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                            # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                 # G
 "swani": ("town", "LY", 32.71667, 13.06667, "As Sawani"),                               # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                           # G
 "warshefana": ("region", "LY", 32.51012, 13.02794, "Warshefana"),                       # G* (row الجفارة, names include ورشفانة)
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),            # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                 # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),              # G
 # Sabratha, Zuwara and the road to Ras Ajdir
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                             # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),     # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),            # G* (town row)
 "zuwara_port": ("crossing", "LY", 32.935, 12.095, "Port of Zuwara"),                    # K
 "zuwara_airport": ("airport", "LY", 32.95230, 12.01550, "Zwara Airport"),               # G
 "jmail": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                               # G
 "regdalin": ("town", "LY", 32.88718, 11.98729, "Regdalin"),                             # G* (row سيدي بن زينة, names include رقدالين)
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                 # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                        # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 33.0, 11.6, "Libya-Tunisia border (Libyan side, coast)"),  # K
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),           # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                   # G
 # elsewhere in Libya
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                          # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 # southern Tunisia
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                        # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                             # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine governorate"),         # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                           # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                 # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G* (row منفذ وازن, country TN)
 "border_tn_side": ("region", "TN", 33.05, 11.45, "Tunisia-Libya border (Tunisian side)"),  # K
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                   # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                     # G
 "zarzis_port": ("crossing", "TN", 33.495, 11.115, "Port of Zarzis"),                    # K
 # Lebanon
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
}

TRAPS = {
 "qdp1": ["القدس العربي", "اللواء 444 قتال", "الزنتاني", "حجر الزاوية", "الليبية"],
 "qdp2": ["ديوان أف أم", "الطرابلسي", "الليبية", "الليبي", "التونسي"],
 "qdp3": ["الشرق الأوسط", "إدريس الهادي", "المنطقة العسكرية الساحل الغربي", "الجيش الوطني الليبي", "فجر ليبيا",
          "جيش القبائل"],
 "qdp4": ["الجريدة", "غرفة العمليات المشتركة بالمنطقة الغربية", "مادغيس النالوتي", "الليبية", "الأمازيغية",
          "الزواريون", "الخمس"],
 "qdp5": ["الأيام", "وكالة الأنباء الليبية", "إدريس الزواوي", "تونسي", "الأمازيغية", "مالي"],
}

PHEN = {
 "qdp1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qdp2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qdp3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "coverage_bases"],
 "qdp4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qdp5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qdp1": [
  mv("withdraw", "reported", None, ["مصفاة الزاوية"], ["الحرشة"]),
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية"], ["جنزور"]),
  mv("redeploy", "denied", "GNA forces", ["العجيلات"], ["الزاوية"]),
  mv("deploy", "planned", "Misrata forces", ["مصراتة"], ["الزاوية"]),
  mv("reinforce", "conditional", "GNA forces", ["قاعدة الوطية"], ["الزاوية"]),
 ],
 "qdp2": [
  mv("withdraw", "reported", "GNA forces", ["معبر رأس جدير"], ["أبو كماش"]),
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان"]),
  mv("naval_landing", "reported", "Tunisian army", ["صفاقس"], ["ميناء جرجيس"]),
  mv("redeploy", "planned", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("advance", "conditional", "Tunisian army", ["بن قردان"], ["الحدود مع ليبيا"]),
  mv("mobilise", "denied", None, [], ["رأس جدير"]),
 ],
 "qdp3": [
  mv("mobilise", "reported", None, [], ["الماية"]),
  mv("advance", "reported", None, ["الزاوية"], ["الماية"]),
  mv("deploy", "planned", "Zintan forces", ["الزنتان"], ["الماية"]),
  mv("advance", "conditional", "GNA forces", ["العزيزية"], ["الماية"]),
  mv("shipment", "denied", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["ورشفانة"], ["بني وليد"]),
 ],
 "qdp4": [
  mv("naval_landing", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("deploy", "reported", "GNA forces", ["صبراتة"], ["الجميل", "رقدالين", "زلطن"]),
  mv("airlift", "planned", "GNA forces", ["مطار معيتيقة"], ["قاعدة الوطية"]),
  mv("withdraw", "conditional", None, ["منفذ رأس اجدير"]),
  mv("reinforce", "denied", None, ["نالوت"], ["زوارة"]),
 ],
 "qdp5": [
  mv("deploy", "reported", "Zintan forces", ["الزنتان"], ["منفذ رأس اجدير"], ["قاعدة الوطية", "الجميل"]),
  mv("withdraw", "reported", None, ["منفذ رأس اجدير"], ["زوارة"]),
  mv("airlift", "planned", "GNA forces", ["مطار معيتيقة"], ["مطار زوارة"]),
  mv("shipment", "denied", "Zintan forces", ["قاعدة الوطية"], ["منفذ رأس اجدير"]),
  mv("withdraw", "conditional", "Tunisian army", ["بن قردان"], ["قابس"]),
 ],
}

NOTES = {
 "qdp1": "Zawiya fuel-smuggling clashes (Al-Quds Al-Arabi): one group pulls back from around the refinery ('المصفاة' "
         "resolved to مصفاة الزاوية) to Al-Harsha (unnamed local group, actor null); a GNU brigade Tripoli→Zawiya via "
         "Janzour; a denied transfer of units Al-Ajaylat→Zawiya; a planned neutral force from Misrata into Zawiya; a "
         "conditional reinforcement from Al-Watiya base 'to the city' (= Zawiya) if the truce collapses. Zintan and "
         "Warshefana are only the elders' towns, Tripoli the dateline, the border with Tunisia a smuggling route, the "
         "Lebanese Tripoli port a tanker seizure; 'حجر الزاوية' and the spokesman's surname 'الزنتاني' (twice) are traps.",
 "qdp2": "Ras Ajdir closed again (Diwan FM, Ben Gardane): GNU interior-ministry force withdraws from the crossing "
         "('المعبر') to Abu Kammash; Tunisian army reinforcement Medenine→Ben Gardane ('الجيش الوطني' is the "
         "Tunisian army here); a navy unit from Sfax lands marines at Zarzis port; a planned unit Tataouine→Dehiba "
         "(the Dehiba crossing is only the reason); a conditional advance from Ben Gardane to the border with Libya; "
         "Zuwara council denies massing gunmen around Ras Ajdir (no origin: 'أبناء المدينة' is affiliation). Tunis is "
         "the speaker's city; Medenine governorate and Libya/Tunisia in the last paragraph are background.",
 "qdp3": "Warshefana–Zawiya stand-off at Al-Maya (Asharq Al-Awsat, Cairo): Warshefana groups mass in Al-Maya (no "
         "origin: 'من ورشفانة' is affiliation); a column from Zawiya advances to Al-Maya's western edge (the 'bridge of "
         "Al-Maya' is a distance reference); elders of Zintan and Bani Walid meet in As-Sawani (not movement places) "
         "and agree in principle on a neutral force from Zintan into Al-Maya (planned); the western military zone's "
         "units in Al-Aziziyah will move to Al-Maya only if the ceasefire collapses; the LNA denies an arms shipment "
         "(12 trucks) reaching Warshefana from Jufra air base via Bani Walid. Tripoli, Cairo and the Libya–Tunisia border are "
         "not movement places.",
 "qdp4": "Zuwara and the GNU (Al-Jarida): a naval landing Abu Sitta naval base→Zuwara port (Tripoli only locates the "
         "base); land units from Sabratha deploy in Al-Jmail, Regdalin and Zaltan (checkpoints on the road to "
         "Mellitah add no place); a planned airlift Mitiga airport→Al-Watiya base (Al-Jmail only the distance "
         "reference there); Zuwara's military council will leave the Ras Ajdir crossing only if a neutral force "
         "takes it (conditional withdrawal, no destination) and denies fighters arriving from Nalut in Zuwara.",
 "qdp5": "Elders' deal on Ras Ajdir (Al-Ayam, Tunis dateline): a Zintan neutral force Zintan→Ras Ajdir crossing via "
         "Al-Watiya base and Al-Jmail (Sabratha only the signing venue; Zuwara, Zawiya, Warshefana the elders' "
         "towns); the gunmen leave the crossing ('المنفذ') for Zuwara; a planned airlift of a border-guard unit "
         "Mitiga airport→Zuwara airport (its purpose, securing the crossing, is not a further move); the neutral force denies moving heavy weapons from Al-Watiya 'to the crossing'; extra Tunisian "
         "units in Ben Gardane will return to Gabes barracks 'as soon as' traffic resumes (conditional).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qdp1", "qdp2", "qdp3", "qdp4", "qdp5")
