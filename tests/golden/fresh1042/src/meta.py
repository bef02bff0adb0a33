# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 # Algeria: capital, 4th military region (Ouargla, Illizi, In Amenas, Debdeb, Djanet)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G (row الجزائر, city)
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),             # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                           # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),     # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "border_dz_ly_amenas": ("region", "DZ", 28.05, 9.80, "Algeria-Libya border (Algerian side, In Amenas sector)"),  # K
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 "djanet_w": ("district", "DZ", 24.55528, 9.48500, "Djanet Province"),                  # K (town point)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "tin_alkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),    # G* (point of row منفذ إيسين)
 "border_dz_ly_djanet": ("region", "DZ", 24.80, 9.90, "Algeria-Libya border (Algerian side, Djanet sector)"),  # K
 # Algeria: 6th military region (Tamanrasset, Bordj Badji Mokhtar, In Guezzam)
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "tam_airport": ("airport", "DZ", 22.8115, 5.4511, "Tamanrasset Aguenar Airport"),      # K
 "bbm": ("town", "DZ", 21.32500, 0.94611, "Bordj Badji Mokhtar"),                       # G
 "in_guezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                         # G (row إن قزام)
 "tin_zaouatine": ("town", "DZ", 19.95333, 2.96667, "Tin Zaouatine"),                   # G
 "timiaouine": ("town", "DZ", 20.44080, 1.80551, "Timiaouine"),                         # G
 # Mali, Niger
 "north_mali": ("region", "ML", 20.45092, -2.20255, "Northern Mali"),                   # G
 "assamaka": ("village", "NE", 19.36667, 5.80000, "Assamaka"),                          # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G (row أغاديس)
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                   # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 # Libya: the west (Ghadames, Nalut) and the far south-west (Ghat, Al-Awaynat, Ubari, Sabha)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames Municipality"),        # G* (town row, kind district)
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawen"),                              # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                    # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat Municipality"),               # G* (town row, kind district)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "barkat": ("town", "LY", 24.89400, 10.18336, "Al Barakat"),                            # G (row البركات, written البركت)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G (row أوباري, written اوباري)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
}

TRAPS = {
 "qne1": ["الوسيط المغاربي", "الناحية العسكرية الرابعة", "الجيش الوطني الشعبي", "وزارة الدفاع الوطني", "آر بي جي 7",
          "حرس الحدود", "الليبية", "الليبي", "جزائرية", "درجت"],
 "qne2": ["التلفزيون الجزائري", "الجزائري", "إليوشين 76", "حرس الحدود", "الليبي", "ليبية", "جزائرية"],
 "qne3": ["أخبار دزاير", "وزارة الدفاع الوطني", "الجيش الوطني الشعبي", "الناحية العسكرية السادسة", "السعيد شنقريحة",
          "المالي", "النيجرية"],
 "qne4": ["منبر ليبيا", "منطقة غات العسكرية", "الجيش الجزائري", "الجزائري", "الجزائرية", "جزائري", "حرس الحدود",
          "التشادية"],
 "qne5": ["قنطرة", "الجيش النيجري", "النيجرية", "الفيلق الإفريقي", "خليفة حفتر", "رشيد تلمساني", "الجزائرية",
          "الفرنسية", "الليبية", "روسية"],
}

PHEN = {
 "qne1": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_oil", "coverage_neighbours", "countries"],
 "qne2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "border_phrase", "town_vs_district",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qne3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "vague_area", "coverage_neighbours", "countries"],
 "qne4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
          "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "qne5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qne1": [
  mv("reinforce", "reported", "Algerian army", ["برج عمر إدريس"], ["عين أميناس", "الدبداب"]),
  mv("redeploy", "planned", "Algerian army", ["ورقلة"], ["الدبداب"]),
  mv("deploy", "conditional", "Algerian army", ["عين أميناس"], ["تيقنتورين"]),
  mv("advance", "denied", "Algerian army", [], ["غدامس"]),
  mv("deploy", "reported", "GNA forces", ["نالوت"], ["غدامس"], ["سيناون", "درج"]),
 ],
 "qne2": [
  mv("airlift", "reported", "Algerian army", ["مطار تمنراست"], ["مطار جانت"]),
  mv("deploy", "planned", "Algerian army", ["جانت"], ["الحدود مع ليبيا"]),
  mv("withdraw", "conditional", "Algerian army", ["معبر تين الكوم"], ["جانت"]),
  mv("airlift", "reported", "Libyan National Army", ["مطار سبها"], ["مطار غات"]),
  mv("deploy", "denied", "Algerian army", [], ["منفذ إيسين"]),
 ],
 "qne3": [
  mv("shipment", "reported", None, ["شمال مالي"], [], ["تين زواتين"]),
  mv("reinforce", "reported", "Algerian army", ["تمنراست"], ["عين قزام"]),
  mv("airlift", "planned", "Algerian army", ["تمنراست"], ["تيمياوين"]),
  mv("reinforce", "conditional", "Algerian army", ["تمنراست"], ["برج باجي مختار"]),
  mv("withdraw", "denied", "Algerian army", ["عين قزام"], ["تمنراست"]),
 ],
 "qne4": [
  mv("reinforce", "reported", "Libyan National Army", ["اوباري"], ["العوينات"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["العوينات"]),
  mv("deploy", "planned", "Libyan National Army", ["غات"], ["منفذ إيسين"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["الحدود مع الجزائر"]),
  mv("advance", "denied", "Algerian army", [], ["البركت"]),
 ],
 "qne5": [
  mv("deploy", "reported", "Nigerien army", ["أغاديس"], ["أسامكا"]),
  mv("airlift", "denied", "Russian forces", [], ["أرليت"]),
  mv("advance", "conditional", "Algerian army", [], ["أسامكا"]),
  mv("redeploy", "planned", "Algerian army", ["إليزي"], ["جانت"]),
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["منفذ إيسين"]),
 ],
}

NOTES = {
 "qne1": "Algerian daily (El Wassit El Maghrebi) from Illizi after an arms cache found south-east of In Amenas: 4th-region "
         "reinforcements Bordj Omar Driss→In Amenas and Debdeb, a planned battalion transfer Ouargla→Debdeb, a conditional "
         "push In Amenas→the Tiguentourine gas plant, the MoD's denial of Algerian units entering Libya near Ghadames and a "
         "Tripoli border-guard company Nalut→Ghadames via Sinawen and Derj (GNA forces); the headline, the cache's "
         "distance reference, Ghadames as the area faced, the 2013 attack, lorries to Libya and «درجت» (holds Derj) are "
         "not movements or movement places.",
 "qne2": "Algerian public television from Djanet: two Il-76s Tamanrasset airport→Djanet airport with special forces, their "
         "planned move Djanet→the border with Libya (Algerian side), a conditional return Tin Alkoum crossing→Djanet "
         "(«لن تعود ... إلا بعد»), an LNA flight Sabha airport→Ghat airport and the denied stationing of Algerian units "
         "inside the Isayen crossing; the conditional reopening of the crossing (Ghat only in the condition), the "
         "governor of Djanet province, the sources in Ghat and a civilian food convoy Djanet→Ghat are not movements.",
 "qne3": "Algerian news site (Akhbar Dzair) retelling the MoD weekly balance: caches near Djanet and Bordj Badji Mokhtar "
         "and gold-miner arrests (no movement), an intercepted arms shipment from northern Mali via Tin Zaouatine (actor "
         "null, reported), 6th-region armour Tamanrasset→In Guezzam, a planned helicopter lift Tamanrasset→Timiaouine, a "
         "conditional reinforcement Tamanrasset→Bordj Badji Mokhtar and a denied pull-back In Guezzam→Tamanrasset; the "
         "dateline الجزائر is Algiers, the later الجزائر the country; «الدعم المالي» holds مالي.",
 "qne4": "Libyan site (Minbar Libya) from Ghat: LNA reinforcements Ubari (written اوباري)→Al-Awaynat after Chadian "
         "opposition gunmen massed near Al-Awaynat (mobilise, Chadian armed groups), a planned company "
         "Ghat→Isayen crossing, a conditional LNA deployment to the border with Algeria (Libyan side) and the denial of "
         "Algerian army units entering Al-Barakat (written البركت) by the commander of «منطقة غات العسكرية» (a command, "
         "trap); migrants from Niger via Ghat towards Sabha, trade with Djanet and Illizi and a trader's Tripoli are "
         "not movements or movement places.",
 "qne5": "Pan-Arab portal (Qantara) analysis of Algeria's southern flank: a Nigerien battalion Agadez→Assamaka, a denied "
         "Russian (Africa Corps) flight to Arlit, Algeria's conditional crossing towards Assamaka (Niamey only in the "
         "condition), a planned Algerian regiment Illizi→Djanet and an LNA column Sabha→Isayen crossing; the French "
         "withdrawal from Niger in 2023 (background), migrants deported between In Guezzam and Assamaka, a civilian "
         "cargo plane at Arlit and the border with Algeria as the LNA's aim are not annotated as movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qne1", "qne2", "qne3", "qne4", "qne5")
