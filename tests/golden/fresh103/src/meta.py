# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries and capitals
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                              # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                              # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                 # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                    # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 # da1 Djanet / Tin Alkoum / Illizi
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                   # G* (row kind village)
 "djanet_dist": ("district", "DZ", 24.55528, 9.48500, "Djanet Province"),                 # G* (town row)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Tiska (Inedbirene) Airport"),  # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                   # G
 "illizi_dist": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                 # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),       # G* (row منفذ إيسين, country DZ)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),              # G
 "boufarik_base": ("base", "DZ", 36.57413, 2.91214, "Boufarik Air Base"),                 # G* (Boufarik town row)
 "border_dz_djanet": ("region", "DZ", 24.6, 9.9, "Algeria-Libya border (Algerian side, south-east of Djanet)"),  # K
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                      # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                         # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                      # G* (row جنوب ليبيا)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                    # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                    # G
 # da2 / da5 In Amenas / Debdeb
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),               # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                   # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                             # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                               # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),          # G* (town row)
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                     # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),       # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                 # G
 "hassi_messaoud": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                   # G
 "border_dz_debdeb": ("region", "DZ", 29.8, 9.55, "Algeria-Libya border (Algerian side, near Debdeb)"),  # K
 "laghouat": ("city", "DZ", 33.80000, 2.86514, "Laghouat"),                               # G
 "tripoint": ("region", "DZ", 30.24, 9.54, "Algeria-Tunisia-Libya border tripoint"),      # K
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                          # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                      # G
 # da3 Ben Gardane / Ras Jedir / Zarzis
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                        # G
 "ras_jedir": ("crossing", "TN", 33.15000, 11.56000, "Ras Jedir border crossing"),        # G* (row منفذ رأس جدير, country TN)
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                  # G
 "zarzis_port": ("crossing", "TN", 33.50398, 11.11215, "Port of Zarzis"),                 # G* (town row)
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                              # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                  # G
 "zuwara_port": ("crossing", "LY", 32.93120, 12.08199, "Port of Zuwara"),                 # G* (town row)
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                               # G
 "border_tn": ("region", "TN", 33.0, 11.35, "Tunisia-Libya border (Tunisian side, near Ben Gardane)"),  # K
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                      # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                    # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                     # G* (row جنوب تونس)
 # da4 Tataouine / Remada / Dhehiba
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                            # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),         # G
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                   # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                  # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                  # G
 "remada_base": ("base", "TN", 32.31662, 10.39551, "Remada military base"),               # G* (town row)
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba-Wazin border crossing (Tunisian side)"),  # G* (row منفذ وازن, country TN)
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                    # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                    # G
}

TRAPS = {
 "da1": ["الناحية العسكرية الرابعة", "إذاعة إليزي", "الجيش الوطني الليبي", "الليبية", "ليبية",
         "جزائري"],
 "da2": ["الجيش الوطني الشعبي", "الغدامسي", "دعم مالي", "الليبية", "حكومة الوحدة الوطنية"],
 "da3": ["الشارع المغاربي", "عملية «حصن الجنوب»", "الجرجيسي", "ليبيا الأحرار", "مقهى طرابلس", "سوق ليبيا",
         "ليبية", "حكومة الوحدة الوطنية"],
 "da4": ["المغرب", "إذاعة تطاوين", "الإدريسي", "الوادي", "الجيش التونسي", "حكومة الوحدة الوطنية", "ليبية", "الليبي"],
 "da5": ["الناحية العسكرية الرابعة", "الجيش الوطني الليبي", "الجيش الوطني الشعبي", "خليفة حفتر", "الليبي",
         "الليبية", "التونسي"],
}

PHEN = {
 "da1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "da2": ["clitics", "spelling", "multiword", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_oil", "coverage_neighbours", "countries"],
 "da3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "da4": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "da5": ["clitics", "multiword", "operation_trap", "nisba", "ambiguity_country_capital", "vague_area", "coverage_oil",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


DZ, TN, LNA, GNA = "Algerian army", "Tunisian army", "Libyan National Army", "GNA forces"

MOVES = {
 "da1": [
  mv("airlift", "reported", DZ, ["قاعدة بوفاريك الجوية"], ["مطار جانت"]),
  mv("reinforce", "reported", DZ, ["إليزي"], ["معبر تين الكوم"], ["جانت"]),
  mv("deploy", "planned", DZ, [], ["الحدود مع ليبيا"]),
  mv("redeploy", "conditional", DZ, ["تمنراست"], ["جانت"]),
  mv("reinforce", "reported", LNA, ["سبها"], ["غات"], ["أوباري"]),
  mv("withdraw", "denied", DZ, ["تينالكوم"]),
 ],
 "da2": [
  mv("redeploy", "reported", DZ, ["برج عمر إدريس"], ["الدبداب"]),
  mv("reinforce", "reported", DZ, ["عين أمناس"], ["مجمع تيقنتورين"]),
  mv("shipment", "planned", DZ, ["ورقلة"], ["الدبداب"], ["حاسي مسعود"]),
  mv("mobilise", "conditional", DZ, [], ["الحدود مع ليبيا"]),
  mv("deploy", "denied", GNA, ["طرابلس"], ["غدامس"]),
 ],
 "da3": [
  mv("deploy", "reported", TN, ["مدنين"], ["معبر رأس جدير"]),
  mv("naval_landing", "reported", TN, ["صفاقس"], ["ميناء جرجيس"]),
  mv("reinforce", "reported", None, ["بن قردان"], ["الحدود مع ليبيا"]),
  mv("reinforce", "conditional", TN, ["قابس"], ["بن قردان"]),
  mv("naval_landing", "planned", GNA, ["طرابلس"], ["ميناء زوارة"]),
  mv("withdraw", "denied", TN, ["بن قردان"]),
 ],
 "da4": [
  mv("airlift", "reported", TN, ["قاعدة رمادة"], ["برج الخضراء"]),
  mv("redeploy", "planned", TN, ["تطاوين"], ["الذهيبة"]),
  mv("withdraw", "reported", GNA, ["منفذ وازن"], ["نالوت"]),
  mv("deploy", "conditional", None, [], ["معبر الذهيبة"]),
  mv("advance", "denied", TN, [], ["ليبيا"], ["وازن"]),
 ],
 "da5": [
  mv("mobilise", "reported", DZ, [], ["الدبداب"]),
  mv("shipment", "reported", DZ, ["الأغواط"], ["إليزي"]),
  mv("deploy", "planned", DZ, [], ["المثلث الحدودي"]),
  mv("advance", "conditional", LNA, ["الشويرف"], ["غدامس"], ["درج"]),
  mv("withdraw", "denied", DZ, ["عين أميناس", "مجمع تيقنتورين"]),
 ],
}

NOTES = {
 "da1": "Algerian daily (El Massa), Illizi: an Il-76 airlift Boufarik air base→Djanet airport and a land convoy Illizi→Tin "
        "Alkoum crossing via Djanet (reported); a battalion planned for the border south-east of Djanet; paratroopers "
        "Tamanrasset→Djanet only «إلا إذا» (conditional); an LNA reinforcement Sabha→Ghat via Ubari (reported flashback); a "
        "withdrawal from Tinalkoum denied. Smugglers caught between Illizi and Djanet and the airlift's purpose «لتأمين الحدود "
        "مع ليبيا» are not movements; Isayen is only the Libyan counterpart of the crossing.",
 "da2": "Algerian daily (An-Nasr), In Amenas: armour Bordj Omar Driss→Debdeb (redeploy) and special forces In Amenas→"
        "Tiguentourine (reinforce), reported; an ammunition convoy Ouargla→Debdeb via Hassi Messaoud «ينتظر أن تصل» "
        "(planned shipment); massing on the border «في حال» (conditional); a GNA column Tripoli→Ghadames denied by the mayor. "
        "Customs seizing smuggled fuel and fleeing smugglers are not movements; Wafa field is a locator.",
 "da3": "Tunisian weekly (Acharaa Al Maghribi), Ben Gardane: army units Medenine→Ras Jedir crossing and a navy landing "
        "Sfax→Zarzis port (reported); National Guard patrols Ben Gardane→the border (reported, actor null); reinforcements "
        "Gabes→Ben Gardane «إذا» (conditional); a GNA sea move Tripoli→Zuwara port «ستنقل» (planned); a pull-out from Ben "
        "Gardane denied. Clashes in Zuwara/Al Jumayl, smugglers, the café and market names are not movements.",
 "da4": "Tunisian daily (Al-Maghreb), Tataouine: helicopters Remada base→Borj El Khadra (reported airlift); a regiment "
        "Tataouine→Dehiba «تعتزم» (planned redeploy); GNA forces Wazin crossing→Nalut (reported withdrawal); customs teams to "
        "the Dehiba crossing «في حال» (conditional, actor null); Tunisian units into Libya via Wazin denied. Smugglers crossing "
        "the wadi between Remada and Dehiba and the ministry's communiqué in Tunis are not movements.",
 "da5": "Algerian daily (El Hiwar), Algiers: armour and artillery massed at Debdeb and an armoured-vehicle shipment "
        "Laghouat→Illizi (reported); border guards for the Algeria–Tunisia–Libya tripoint «من المقرر» (planned); an LNA "
        "threat to advance Ash Shwayrif→Ghadames via Derj «إذا» (conditional); a withdrawal from In Amenas and Tiguentourine "
        "denied. A smuggling ring between Bordj Omar Driss and Debdeb and Wafa as a locator are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("da1", "da2", "da3", "da4", "da5")
