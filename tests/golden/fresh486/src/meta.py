# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind or for a spelling the gazetteer does not have (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                              # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                              # G
 # capitals and datelines
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                              # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                 # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                    # G
 # Ghadames, Derj and the Libyan west
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                               # G (also for غدّامس: G*)
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),          # G* (town row)
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),       # G
 "ghadames_crossing": ("crossing", "LY", 30.05, 9.46, "Ghadames-Debdeb border crossing"), # K
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                      # G (also for الدرج)
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawen"),                                # G* (row سيناون)
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                    # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Wazin-Dehiba border crossing"),  # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                  # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                      # G* (row قاعدة الوطية)
 "tripoli_port": ("crossing", "LY", 32.905, 13.19, "Port of Tripoli"),                    # K
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Port of Zuwara"),                 # K (GeoNames value, see README)
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                               # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                    # G
 # the Hamada and the south-west
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                       # G (also for الحمادة: G*)
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                          # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                      # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                  # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                        # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                # G
 "triangle": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 # Algeria
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                   # G
 "debdeb_crossing": ("crossing", "DZ", 30.05, 9.46, "Debdeb-Ghadames border crossing"),  # K (same point as ghadames_crossing)
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                 # G
 "bordj": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),                          # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                    # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                             # G
 "tigu": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),               # G
 "hassi": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                            # G
 "border_dzside": ("region", "DZ", 29.5, 9.55, "Algeria-Libya border (Algerian side)"),  # K
 # Tunisia
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                            # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),         # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                  # G
 "borj": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                          # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                  # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G* (row منفذ وازن, country TN)
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                    # G
 "borma": ("oilfield", "TN", 31.68, 9.25, "El Borma oil field"),                          # K
 "zarzis_port": ("crossing", "TN", 33.48, 11.12, "Port of Zarzis"),                       # K
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                     # G* (row جنوب تونس)
 "border_tnside": ("region", "TN", 32.05, 10.55, "Tunisia-Libya border (Tunisian side)"),  # K
}

TRAPS = {
 "rt1": ["بوابة إفريقيا الإخبارية", "القيادة العامة للقوات المسلحة العربية الليبية", "الغدامسي", "درع الحمادة", "درجوا"],
 "rt2": ["ليبيا الأحرار", "جزائرية", "الناحية العسكرية الرابعة"],
 "rt3": ["وكالة تونس إفريقيا للأنباء", "إذاعة تطاوين", "لا أدري", "الجانب الليبي", "المنطقة العسكرية العازلة"],
 "rt4": ["أصوات مغاربية", "فرج الطرابلسي", "الوفاء بالتزاماتها", "حرس الحدود الليبي", "السلطات الليبية"],
 "rt5": ["الشرق", "عبد الرؤوف الطرابلسي", "قوة حماية غدامس", "الجيش الوطني الليبي", "البحرية الليبية"],
}

PHEN = {
 "rt1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "countries"],
 "rt2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_idri", "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "rt3": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "rt4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_crossings", "countries"],
 "rt5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_crossings", "countries"],
}


def _m(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"
DZA, TUN, ZIN = "Algerian army", "Tunisian army", "Zintan forces"

MOVES = {
 "rt1": [
  _m("deploy", "reported", LNA, ["الشويرف"], ["درج"], ["الحمادة الحمراء"]),
  _m("redeploy", "reported", LNA, ["إدري"], ["الشويرف"]),
  _m("reinforce", "planned", LNA, ["قاعدة براك الجوية"], ["درج"]),
  _m("withdraw", "denied", GNA, ["مطار غدامس"], ["نالوت"]),
  _m("advance", "conditional", LNA, ["درج"], ["غدامس"]),
 ],
 "rt2": [
  _m("reinforce", "reported", DZA, ["برج عمر إدريس"], ["الدبداب"]),
  _m("airlift", "reported", DZA, ["ورقلة"], ["عين أميناس"]),
  _m("deploy", "planned", DZA, [], ["تيقنتورين"]),
  _m("advance", "denied", DZA, [], ["غدامس"], ["معبر الدبداب"]),
  _m("redeploy", "conditional", DZA, ["حاسي مسعود"], ["المثلث الحدودي"]),
 ],
 "rt3": [
  _m("reinforce", "reported", TUN, ["رمادة"], ["برج الخضراء"]),
  _m("shipment", "reported", TUN, ["قابس"], ["رمادة"]),
  _m("withdraw", "denied", TUN, ["معبر الذهيبة"], ["تطاوين"]),
  _m("mobilise", "planned", TUN, [], ["الذهيبة"]),
  _m("naval_landing", "conditional", TUN, [], ["ميناء جرجيس"]),
 ],
 "rt4": [
  _m("mobilise", "reported", GNA, [], ["غدّامس"]),
  _m("withdraw", "reported", None, ["حقل الوفاء"], ["الحدود مع الجزائر"]),
  _m("airlift", "planned", GNA, ["قاعدة الوطية"], ["مطار غدامس"]),
  _m("deploy", "conditional", ZIN, ["الزنتان"], ["درج"]),
  _m("shipment", "denied", None, [], ["تونس"], ["منفذ وازن"]),
 ],
 "rt5": [
  _m("naval_landing", "reported", GNA, ["ميناء طرابلس"], ["ميناء زوارة"]),
  _m("deploy", "reported", GNA, ["ميناء زوارة"], ["غدامس"], ["نالوت", "الدرج"]),
  _m("shipment", "planned", GNA, ["قاعدة الوطية"], ["غدامس"]),
  _m("withdraw", "conditional", GNA, ["غدامس"], ["طرابلس"]),
  _m("mobilise", "denied", LNA, [], ["الشويرف", "الحمادة"]),
 ],
}

NOTES = {
 "rt1": "Afrigate-style LNA report: a battalion Ash Shwayrif->Derj across the Hamada al-Hamra (reported deploy), its "
        "earlier Idri->Ash Shwayrif move (flashback redeploy), a planned support company Brak air base->Derj, the "
        "Tripoli border guards' denied pull-out Ghadames airport->Nalut, and a conditional LNA advance Derj->Ghadames; "
        "traps: the outlet, the LNA's official name, the commander «الغدامسي», the operation «درع الحمادة», the verb "
        "«درجوا»; Idri is the real town.",
 "rt2": "Ech-Chaab-style Algerian report: a reinforcement Bordj Omar Driss->Debdeb, a helicopter airlift from the 4th "
        "region HQ (Ouargla, anaphora) to In Amenas, a planned deployment at Tiguentourine, a denied advance into "
        "Ghadames via the Debdeb crossing, a conditional redeployment Hassi Messaoud->the border triangle; dateline "
        "الجزائر = Algiers vs the country; برج عمر إدريس contains the string إدري.",
 "rt3": "Jawhara FM-style Tunisian report: a reinforcement Remada->Borj El Khadra, an ammunition shipment Gabes->Remada, "
        "a denied pull-out from the Dehiba crossing to Tataouine, a planned massing in Dehiba, a conditional naval "
        "landing at Zarzis port; تونس as country, as the capital (بالعاصمة تونس) and inside the TAP agency name; "
        "«لا أدري» trap; Tataouine town vs governorate.",
 "rt4": "Maghreb Voices-style feature: GNU border guards massing in Ghadames (spelled غدّامس), an armed smuggling group "
        "pulling out from the Al Wafa field toward the Algerian border (actor null), a planned airlift Al-Watiya->"
        "Ghadames airport, Zintan's conditional move toward Derj (origin by anaphora منها), a denied arms shipment to "
        "Tunisia via the Wazin crossing; the Nalut-Sinawen road is only a comparison; traps: «الوفاء بالتزاماتها», "
        "«فرج الطرابلسي».",
 "rt5": "Asharq-style report: a GNU naval landing Tripoli port->Zuwara port, the same company's road move Zuwara "
        "port->Ghadames via Nalut and Derj (الدرج, origin by anaphora من هناك), a planned ammunition shipment Al-Watiya->"
        "Ghadames, a conditional pull-back to Tripoli (origin المدينة = Ghadames), and the LNA's denied massing at Ash "
        "Shwayrif and the Hamada (الحمادة); traps: «قوة حماية غدامس», the officer «الطرابلسي», the outlet «الشرق».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("rt1", "rt2", "rt3", "rt4", "rt5")
