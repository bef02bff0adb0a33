# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 # foreign cities
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 # Tripoli and its southern suburbs
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "ain_zara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                            # G
 "ain_zara_mun": ("district", "LY", 32.81330, 13.26970, "Ain Zara municipality"),       # G* (town row)
 "salah_din": ("town", "LY", 32.83300, 13.21500, "Salah al-Din (Tripoli)"),             # K (gazetteer row = Tripoli centre)
 "wadi_rabi": ("town", "LY", 32.79000, 13.33000, "Wadi al-Rabi"),                       # K (gazetteer row = Tripoli centre)
 "khalla": ("town", "LY", 32.80000, 13.19000, "Khallat al-Furjan"),                     # K (not in gazetteer)
 "airport_road": ("region", "LY", 32.78000, 13.17000, "Tripoli airport road"),          # K (not in gazetteer)
 "qasr_bg": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                     # G
 "qasr_bg_mun": ("district", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir municipality"),  # G* (town row)
 "tip": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),         # G
 "tekbali": ("base", "LY", 32.83800, 13.22200, "Tekbali camp"),                         # K (gazetteer row = Tripoli centre)
 "yarmouk": ("base", "LY", 32.81500, 13.20500, "Yarmouk camp"),                         # K (gazetteer row = Tripoli centre)
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "abu_sitta": ("base", "LY", 32.90500, 13.21500, "Abu Sitta Naval Base"),               # K (gazetteer row = Tripoli centre)
 "tripoli_port": ("crossing", "LY", 32.90300, 13.18000, "Port of Tripoli"),             # K (not in gazetteer)
 "souq_juma": ("town", "LY", 32.88300, 13.23300, "Souq al-Juma"),                       # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 # around Tripoli and the west
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "sawani": ("town", "LY", 32.71667, 13.06667, "As Sawani"),                             # G
 "warshefana": ("region", "LY", 32.60000, 12.95000, "Warshefana"),                      # K (not in gazetteer)
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),               # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah complex"),                # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G* (row قاعدة الوطية)
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),          # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس)
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),      # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),             # G* (row الحدود الليبية التونسية)
 # Misrata and the central coast
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "misrata_port": ("crossing", "LY", 32.36000, 15.21000, "Port of Misrata (Qasr Ahmed)"),  # K (not in gazetteer)
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
}

TRAPS = {
 "mj1": ["بي بي سي", "كتيبة ثوار طرابلس", "الليبية"],
 "mj2": ["مونت كارلو الدولية", "قوة حماية طرابلس", "لا أدري", "الساعات الخمس", "التركية", "الليبية"],
 "mj3": ["القاهرة الإخبارية", "قاهرة الإخبارية", "صلاح الدين الككلي", "المجلس العسكري الزنتان", "تونسي", "التونسية", "الليبية",
         "المصرية"],
 "mj4": ["نون بوست", "عملية طوفان الكرامة", "عملية بركان الغضب", "الجيش الوطني الليبي", "محمد الطرابلسي",
         "ما ادري"],
 "mj5": ["قناة التناصح", "بنوده الخمس"],
}

PHEN = {
 "mj1": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "town_vs_district",
         "coverage_bases", "vague_area"],
 "mj2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "ambiguity_tripoli", "coverage_crossings", "countries"],
 "mj3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "mj4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "ambiguity_tripoli", "town_vs_district", "coverage_bases"],
 "mj5": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "ambiguity_country_capital",
         "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "mj1": [
  # body para 1 + «وصلوا برا عبر الطريق الساحلي مرورا بالخمس» (para 6): one move; headline not counted again
  mv("deploy", "reported", "Misrata forces", ["مصراتة"], ["عين زارة", "صلاح الدين"], ["الخمس"]),
  mv("withdraw", "reported", "GNA forces", ["معسكر اليرموك"], ["معسكر التكبالي"]),
  mv("redeploy", "planned", "GNA forces", ["معسكر التكبالي"], ["طريق المطار"]),
  mv("withdraw", "conditional", "GNA forces", ["وادي الربيع", "صلاح الدين"], ["العزيزية"]),
  mv("airlift", "denied", "Misrata forces", ["مطار مصراتة"], ["قاعدة معيتيقة"]),
 ],
 "mj2": [
  mv("naval_landing", "reported", "Misrata forces", ["ميناء مصراتة"], ["ميناء طرابلس"]),
  mv("reinforce", "reported", "Misrata forces", ["ميناء طرابلس"], ["قصر بنغشير"], ["طريق المطار"]),
  mv("deploy", "planned", "GNA forces", [], ["مطار طرابلس الدولي"]),
  mv("advance", "conditional", "GNA forces", [], ["قصر بنغشير"], ["السواني"]),
  mv("shipment", "denied", "Turkish armed forces", [], ["ميناء طرابلس"]),
 ],
 "mj3": [
  # headline «تبدأ الانسحاب من جنوب طرابلس نحو العزيزية» = the same withdrawal, not counted again
  mv("withdraw", "reported", "GNA forces", ["وادي الربيع", "صلاح الدين"], ["العزيزية"]),
  mv("deploy", "planned", "GNA forces", [], ["طريق المطار", "خلة الفرجان"]),
  mv("mobilise", "denied", "Zintan forces", [], ["الزنتان"]),
  mv("reinforce", "conditional", "Tunisian army", ["مدنين"], ["معبر رأس اجدير"]),
 ],
 "mj4": [
  # flashback (April 2019): a past move with places = reported
  mv("advance", "reported", "Libyan National Army", ["غريان"], ["قصر بن غشير", "مطار طرابلس الدولي"]),
  mv("reinforce", "reported", "GNA forces", ["معسكر التكبالي"], ["قصر بن غشير"]),
  mv("withdraw", "reported", "GNA forces", [], ["العزيزيه"]),
  mv("redeploy", "planned", "GNA forces", ["وادي الربيع"], ["معسكر اليرموك"]),
  mv("withdraw", "denied", "GNA forces", ["قصر بن غشير"], []),
  mv("shipment", "reported", None, ["مصراتة"], ["معسكر اليرموك"]),
  mv("naval_landing", "conditional", "Misrata forces", [], ["قاعدة أبوستة البحرية"]),
 ],
 "mj5": [
  # headline «تنقل قوة خاصة جوا إلى معيتيقة» = the same airlift; its destination is given once as the body's مطار معيتيقة
  mv("airlift", "reported", "GNA forces", ["قاعدة الوطية الجوية"], ["مطار معيتيقة"]),
  mv("advance", "reported", "GNA forces", ["وادى الربيع"], ["عين زارة"]),
  mv("withdraw", "planned", "GNA forces", [], ["معسكر اليرموك"]),
  mv("mobilise", "conditional", None, [], ["سوق الجمعة", "تاجوراء"]),
  mv("redeploy", "denied", "GNA forces", ["الحدود مع تونس", "مجمع مليتة"], []),
 ],
}

NOTES = {
 "mj1": "BBC News Arabic style report: a Misrata joint-force deployment Misrata→Ain Zara/Salah al-Din via Al-Khums (the "
        "via told in the denial paragraph), a 444 Brigade pull-back Yarmouk camp→Tekbali camp, a planned Tekbali→airport "
        "road redeploy, Battalion 55's conditional return to Al-Aziziyah barracks and a denied Misrata airport→Mitiga "
        "airlift; civilians fleeing to Tripoli/Tajura are not movements.",
 "mj2": "Monte Carlo Doualiya style report: a sea landing Misrata port→Tripoli port chained to a road reinforcement "
        "Tripoli port→Qasr Bin Ghashir via the airport road, a planned military-police deployment at the old airport, "
        "Battalion 55's conditional advance via Al-Sawani and a Turkish-denied armour shipment to Tripoli port; Ankara "
        "is only the place of the denial.",
 "mj3": "Al-Qahera News style report: Battalion 55's reported withdrawal Wadi al-Rabi/Salah al-Din→Al-Aziziyah, planned "
        "military-police patrols on the airport road and in Khallat al-Furjan, Zintan's denied mobilisation and a "
        "conditional Tunisian reinforcement Medenine→Ras Ajdir; families crossing the border, fuel from the Zawiya "
        "refinery and statements from Tunis and Cairo are not movements.",
 "mj4": "Noon Post style analysis: a 2019 flashback (LNA Gharyan→Qasr Bin Ghashir/Tripoli airport), a 444 reinforcement "
        "Tekbali→Qasr Bin Ghashir, Battalion 55's return to Al-Aziziyah (spelled العزيزيه), a planned 111 Brigade HQ move "
        "Wadi al-Rabi→Yarmouk camp, 111's denied pull-out from Qasr Bin Ghashir, an ammunition shipment Misrata→Yarmouk "
        "camp and a conditional sea move to Abu Sitta naval base.",
 "mj5": "Al-Tanasuh TV style report: a special-forces airlift Al-Watiya→Mitiga airport, a 111 Brigade advance Wadi al-Rabi "
        "(spelled وادى)→Ain Zara, its planned pull-back to Yarmouk camp, a conditional «النفير» in Souq al-Juma and Tajura "
        "and a denied redeploy from the Tunisian border and Mellitah; civil flights to Tunis and Istanbul and displaced "
        "families are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("mj1", "mj2", "mj3", "mj4", "mj5")
