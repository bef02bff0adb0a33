# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                 # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                              # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                              # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                              # G
 # Tripoli and its suburbs
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "tripoli_gharb": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                          # G* (Tripoli city row; «طرابلس الغرب»)
 "south_tripoli": ("region", "LY", 32.80, 13.22, "South Tripoli (southern suburbs)"),    # K
 "airport_road": ("region", "LY", 32.79, 13.17, "Airport Road (Tripoli)"),                # K
 "furjan": ("town", "LY", 32.795, 13.19, "Khallat al-Furjan"),                            # K (not in gazetteer)
 "salahdin": ("town", "LY", 32.835, 13.205, "Salah al-Din (Tripoli)"),                    # K (gazetteer row is the city-centre point)
 "tekbali": ("base", "LY", 32.843, 13.203, "Tekbali Camp (Tripoli)"),                     # K (gazetteer row is the city-centre point)
 "abusalim": ("town", "LY", 32.855, 13.19, "Abu Salim"),                                  # K (gazetteer row is the city-centre point)
 "rabi": ("town", "LY", 32.78, 13.32, "Wadi al-Rabi"),                                    # K (gazetteer row is the city-centre point)
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                               # G
 "ainzara_mun": ("district", "LY", 32.81330, 13.26970, "Ain Zara municipality"),          # G* (town row)
 "tia": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),           # G
 "qbg": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                           # G
 "souq": ("town", "LY", 32.88300, 13.23300, "Souq al Jum'aa"),                            # G
 "tajoura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                 # G
 "tajoura_mun": ("district", "LY", 32.88167, 13.35056, "Tajura municipality"),            # G* (town row)
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzur"),                                 # G
 "janzour_mun": ("district", "LY", 32.81868, 13.01727, "Janzur municipality"),            # G* (town row)
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                    # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),               # G
 "tripoli_port": ("crossing", "LY", 32.903, 13.19, "Port of Tripoli"),                    # K
 "abusitta": ("base", "LY", 32.900, 13.215, "Abu Sitta Naval Base"),                      # K (gazetteer row is the city-centre point)
 # west and Nafusa
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                               # G
 "zawiya_refinery": ("oilfield", "LY", 32.776, 12.700, "Zawiya refinery"),                # K
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                  # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                  # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                            # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),         # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),              # G* (row الحدود الليبية التونسية)
 "west_libya": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),     # G* (row إقليم طرابلس)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),               # G
 # centre and east
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                                # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                           # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                    # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G
 # abroad
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                    # G
 "salloum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum border crossing"),    # G* (row منفذ امساعد, country EG)
 "border_eg": ("region", "EG", 31.40, 25.12, "Egypt-Libya border (Egyptian side)"),      # K
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                  # G
 "berlin": ("city", "DE", 52.52437, 13.41053, "Berlin"),                                  # G
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


GNA, ZIN, MIS, LNA, TUR = "GNA forces", "Zintan forces", "Misrata forces", "Libyan National Army", "Turkish armed forces"

TRAPS = {
 "dt1": ["الميادين", "اللواء 444 قتال", "جهاز دعم الاستقرار", "المجلس العسكري الزنتان", "إدريس المبروك",
         "عماد الطرابلسي", "الليبية"],
 "dt2": ["المصري اليوم", "صلاح الدين النمروش", "جهاز دعم الاستقرار", "الصعيد المصري", "المصريين", "مصادر ليبية",
         "الليبية"],
 "dt3": ["يورونيوز", "وكالة الأناضول", "يوم الجمعة", "السفارة التركية", "ليبي - ليبي"],
 "dt4": ["DW عربية", "عملية طوفان الكرامة", "المنطقة العسكرية الغربية", "إدريس الفاخري", "الجيش الوطني الليبي",
         "مسار برلين", "أي شرارة", "تركية", "الألمانية", "الليبية"],
 "dt5": ["فواصل", "جهاز دعم الاستقرار", "عماد الطرابلسي", "من هذه الزاوية"],
}

PHEN = {
 "dt1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "coverage_bases", "countries"],
 "dt2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "dt3": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
         "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "dt4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings"],
 "dt5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}

MOVES = {
 "dt1": [
  mv("reinforce", "reported", GNA, ["معسكر التكبالي"], ["خلة الفرجان"], ["صلاح الدين"]),
  mv("withdraw", "reported", GNA, ["طريق المطار"], ["أبو سليم"]),
  mv("deploy", "planned", GNA, [], ["وادي الربيع", "عين زارة"]),
  mv("advance", "denied", ZIN, ["الزنتان"], ["قصر بن غشير"]),
  mv("advance", "conditional", GNA, [], ["قصر بن غشير"]),
  mv("deploy", "reported", GNA, [], ["صلاح الدين"]),
 ],
 "dt2": [
  mv("withdraw", "reported", GNA, ["عين زارة"], ["معسكر التكبالي"]),
  mv("withdraw", "planned", GNA, ["طريق المطار"], ["قاعدة امعيتيقة"]),
  mv("deploy", "reported", GNA, [], ["صلاح الدين", "عين زارة"]),
  mv("reinforce", "denied", GNA, ["الزاوية"], ["جنزور"]),
  mv("reinforce", "conditional", MIS, ["مصراتة"], ["طرابلس"]),
 ],
 "dt3": [
  mv("mobilise", "reported", GNA, [], ["تاجوراء"]),
  mv("withdraw", "planned", GNA, ["مطار معيتيقة"], ["تاجوراء"]),
  mv("withdraw", "planned", GNA, [], ["سوق الجمعة"]),
  mv("naval_landing", "reported", MIS, ["مصراتة"], ["ميناء طرابلس"]),
  mv("airlift", "denied", TUR, ["تركيا"], ["قاعدة معيتيقة"]),
  mv("advance", "conditional", GNA, [], ["سوق الجمعة"]),
 ],
 "dt4": [
  mv("advance", "reported", ZIN, ["الزنتان"], ["العزيزية"]),
  mv("advance", "conditional", ZIN, [], ["قصر بن غشّير", "طريق المطار"]),
  mv("advance", "denied", LNA, ["قاعدة الجفرة الجوية"], ["بني وليد", "ترهونة"]),
  mv("mobilise", "reported", LNA, [], ["سرت"]),
  mv("airlift", "reported", GNA, ["مطار مصراتة"], ["مطار معيتيقة"]),
  mv("redeploy", "reported", GNA, ["جنزور"], ["قصر بن غشّير"]),
  mv("shipment", "planned", GNA, ["مرسين"], ["ميناء طرابلس"]),
 ],
 "dt5": [
  mv("redeploy", "reported", GNA, ["جنزور"], ["الماية"]),
  mv("deploy", "reported", GNA, [], ["جنزور"]),
  mv("shipment", "denied", GNA, ["الزاوية"], ["جنزور"], ["الماية"]),
  mv("deploy", "planned", GNA, ["معسكر التكبالي"], ["جنزور"]),
  mv("naval_landing", "conditional", GNA, ["قاعدة أبو ستة البحرية"], ["جنزور"]),
 ],
}

NOTES = {
 "dt1": "Al-Mayadeen-style report (Beirut outlet, «طرابلس الغرب» dateline): 444 Brigade reinforcement Tekbali camp→"
        "Khallat al-Furjan via Salah al-Din, SSA pull-back airport road→Abu Salim, a planned neutral force for Wadi "
        "al-Rabi/Ain Zara, Zintan's denied move on Qasr bin Ghashir, 444's conditional advance there and Interior "
        "patrols at Salah al-Din; traps: the outlet name (a Syrian town), the Zintan military council, persons "
        "with إدريس and الطرابلسي.",
 "dt2": "Al-Masry Al-Youm-style report (Cairo): curfew in Ain Zara/Salah al-Din/Wadi al-Rabi, units back to "
        "barracks — 444 Ain Zara→Tekbali camp (reported), Radaa airport road→«قاعدة امعيتيقة» (planned), police "
        "patrols (reported), SSA Zawiya→Janzour denied, Misrata battalions to the capital if the truce breaks "
        "(conditional, destination = Tripoli written earlier); Egyptian angle (Sallum crossing, civil); traps: "
        "«صلاح الدين النمروش» beside the suburb صلاح الدين, «الصعيد المصري».",
 "dt3": "Euronews Arabic-style report (Tripoli): mediators' truce between Radaa and Tajoura battalions — Tajoura "
        "mobilisation (reported), two planned pull-backs (to Tajoura and to Souq al-Jumaa), a Misrata sea landing "
        "at Tripoli port (reported), a denied Turkish cargo flight to Mitiga base, a conditional advance on Souq "
        "al-Jumaa; «يوم الجمعة» next to سوق الجمعة; Tunisia and Algeria welcome the deal (not movements).",
 "dt4": "DW Arabic-style analysis (Tripoli/agencies): threats to march on the capital — Zintan column "
        "Zintan→Al-Aziziyah (reported), Juwaili's conditional advance on Qasr bin Ghashir/airport road, LNA denial "
        "Jufra base→Bani Walid/Tarhuna, LNA massing in Sirte (reported), GNU airlift Misrata airport→Mitiga, "
        "redeploy Janzour→Qasr bin Ghashir, planned armour shipment Mersin→Tripoli port; Qasr bin Ghashir as a "
        "distance reference is not a movement place; «أي شرارة» vs حقل الشرارة.",
 "dt5": "Fawasel-style local report (Tripoli): curfew in Janzour — SSA redeploy Janzour→Al-Maya (reported), "
        "Interior patrols in Janzour (reported), denied ammunition trucks Zawiya→Janzour via Al-Maya, a planned "
        "444 takeover from Tekbali camp, a conditional landing from Abu Sitta naval base on the Janzour coast; "
        "fuel trucks from the Zawiya refinery are civil; «من هذه الزاوية» vs الزاوية.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("dt1", "dt2", "dt3", "dt4", "dt5")
