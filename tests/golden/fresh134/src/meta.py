# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                    # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                     # G
 # Algerian side
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G (row الجزائر, city)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                     # G* (row جانت, kind village -> town)
 "djanet_wil": ("district", "DZ", 24.07152, 9.61558, "Djanet Province"),                    # K (Djanet daira point, zahsadz dataset)
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),         # G* (row منفذ إيسين, country DZ)
 "tassili": ("region", "DZ", 25.50000, 9.00000, "Tassili n'Ajjer"),                         # K
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                   # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                     # G
 "illizi_wil": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                    # G
 "bordj_haouas": ("town", "DZ", 24.87856, 8.44295, "Bordj El Haouas"),                      # K (zahsadz dataset)
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                           # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                     # G (row الدبداب)
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                                # G (row عين أميناس)
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),         # G (row تيقنتورين)
 "hassi_messaoud": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                     # G
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),                 # G
 "border_dz_djanet": ("region", "DZ", 24.90000, 9.90000, "Algeria-Libya border (Algerian side, Djanet sector)"),  # K
 "border_dz_amenas": ("region", "DZ", 28.30000, 9.70000, "Algeria-Libya border (Algerian side, In Amenas sector)"),  # K
 # Libyan side
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                        # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),                   # G* (town row)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                     # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),                # G
 "barakat": ("town", "LY", 24.89400, 10.18336, "Al Barakat"),                               # G
 "akakus": ("region", "LY", 24.83333, 10.33333, "Akakus Mountains"),                        # G (row جبل أكاكوس)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                               # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                      # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                      # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                     # G (row قاعدة تمنهنت)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                          # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                 # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                        # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                         # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                                 # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "tripoli_port": ("crossing", "LY", 32.90000, 13.18000, "Port of Tripoli"),                 # K
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),                   # G* (Tobruk city / naval base row)
 "tripoint": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),   # G (row المثلث الحدودي)
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"), # G* (row الحدود الليبية الجزائرية)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                  # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                        # G* (row جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                  # G
 # further afield
 "north_mali": ("region", "ML", 20.45092, -2.20255, "Northern Mali"),                       # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                    # G
}

TRAPS = {
 "ef1": ["الشروق", "الناحية العسكرية الرابعة", "الأراضي الليبية", "الجانب الليبي", "صفحات ليبية", "الجيش الجزائري",
         "الجيش الوطني الشعبي", "طيران الطاسيلي"],
 "ef2": ["طارق بن زياد", "فواصل", "الجانب الجزائري", "الغاتي", "شارع طرابلس",
         "غرفة عمليات الجنوب الغربي", "المجلس الاجتماعي لطوارق ليبيا", "مبالغات"],
 "ef3": ["أصوات مغاربية", "الماليين", "جبهة تحرير أزواد", "القيادة العامة للجيش الليبي", "الطوارق الليبيين",
         "عبد الرحمن السبهاوي", "الفيلق الأفريقي", "المجلس الأعلى لطوارق ليبيا", "دعم مالي"],
 "ef4": ["بي بي سي", "الجانب الجزائري", "لا أدري", "عمر الأوباري", "شارع طرابلس", "البحرية التركية",
         "صفحات ليبية", "دورية جزائرية", "الأراضي الليبية"],
 "ef5": ["الخبر", "الناحية العسكرية الرابعة", "الجانب الليبي", "مواقع ليبية", "الجيش الوطني الشعبي"],
}

PHEN = {
 "ef1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "ef2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "ef3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "ef4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "ef5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    """One movement row in the golden format."""
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


DZ, LNA, GNA = "Algerian army", "Libyan National Army", "GNA forces"

MOVES = {
 "ef1": [
  mv("reinforce", "reported", DZ, ["ورقلة"], ["جانت"], ["إليزي", "برج الحواس"]),
  mv("airlift", "reported", DZ, ["تمنراست"], ["معبر تين الكوم"]),
  mv("deploy", "planned", DZ, [], ["تين الكوم", "المثلث الحدودي"]),
  mv("reinforce", "conditional", DZ, ["إليزي"], ["الدبداب", "عين أمناس"]),
  mv("withdraw", "denied", DZ, ["تين الكوم"], []),
 ],
 "ef2": [
  mv("deploy", "reported", LNA, ["سبها"], ["غات"], ["أوباري", "العوينات"]),
  mv("redeploy", "reported", LNA, ["غات"], ["البركات"]),
  mv("airlift", "planned", LNA, ["قاعدة تمنهنت الجوية"], ["مطار غات"]),
  mv("advance", "conditional", LNA, [], ["أكاكوس"]),
  mv("mobilise", "denied", None, [], ["العوينات"]),
 ],
 "ef3": [
  mv("withdraw", "reported", "Foreign fighters", ["العوينات"], ["النيجر"], ["المثلث الحدودي"]),
  mv("mobilise", "reported", None, [], ["اوباري"]),
  mv("naval_landing", "reported", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("shipment", "planned", "Russian forces", [], ["النيجر", "مالي"], ["قاعدة براك الجوية"]),
  mv("advance", "conditional", LNA, [], ["المثلث الحدودي"]),
  mv("shipment", "denied", None, ["غات"], ["شمال مالي"]),
 ],
 "ef4": [
  mv("redeploy", "reported", LNA, ["أوباري"], ["غات"]),
  mv("redeploy", "planned", LNA, [], ["منفذ ايسين"]),
  mv("naval_landing", "reported", "Turkish armed forces", [], ["ميناء طرابلس"]),
  mv("deploy", "conditional", GNA, [], ["غات", "غدامس"]),
  mv("advance", "denied", DZ, [], ["البركات"]),
 ],
 "ef5": [
  mv("deploy", "reported", DZ, ["ورقلة", "حاسي مسعود"], ["مجمع تيقنتورين"], ["برج عمر إدريس"]),
  mv("withdraw", "planned", DZ, ["الدبداب"], ["إليزي"]),
  mv("reinforce", "conditional", DZ, ["تمنراست"], ["جانت"]),
  mv("redeploy", "denied", DZ, ["جانت"], ["عين أمناس"]),
 ],
}

NOTES = {
 "ef1": ("Echorouk-style Algerian report from Djanet: reinforcement Ouargla→Djanet via Illizi and Bordj El Haouas, "
         "helicopter airlift Tamanrasset→the Tin Alkoum crossing («محيط المعبر»), planned deployment along the strip "
         "Tin Alkoum–border triangle, conditional reinforcement Illizi→Debdeb/In Amenas («في حال»), denied pull-out "
         "from Tin Alkoum; smugglers fleeing towards Ghat and civil flights Algiers–Djanet are not movements."),
 "ef2": ("Fawasel-style Libyan report from Ghat: LNA column Sabha→Ghat via Ubari and Al-Awaynat, the Maghawir battalion "
         "Ghat→Al Barakat («أعادت تموضعها», origin «وسط المدينة» = Ghat), a planned cargo flight Tamanhint air base→Ghat "
         "airport, a conditional advance on the Akakus («إذا ثبت»), a denied Tuareg massing in Al-Awaynat; residents "
         "travelling via Sabha and Tripoli and smugglers fleeing Djanet are not movements."),
 "ef3": ("Maghreb Voices-style analysis: Malian Tuareg fighters withdraw Al-Awaynat→Niger via the border triangle, "
         "Libyan Tuareg massing in Ubari, a Russian ship Tartus→Tobruk port, the planned overland transfer via Brak air "
         "base to Niger and Mali (no origin phrase), a conditional LNA advance on the triangle, a denied arms shipment "
         "Ghat→northern Mali."),
 "ef4": ("BBC Arabic-style feature on fuel smuggling Ghat–Djanet: smugglers' trips and fuel queues are not movements; "
         "an LNA battalion Ubari→Ghat, a planned company for the Isayen crossing (no origin phrase), a Turkish naval "
         "landing of armour at Tripoli port, a conditional GNA border-guard deployment to Ghat and Ghadames («إذا جرى "
         "التوافق»), a denied Algerian patrol incursion near Al Barakat."),
 "ef5": ("El Khabar-style Algerian report from Illizi: deployment Ouargla/Hassi Messaoud→the Tiguentourine plant via "
         "Bordj Omar Driss, a planned return Debdeb→Illizi, a conditional reinforcement Tamanrasset→Djanet («في حال»), "
         "a denied transfer Djanet→In Amenas; the 2013 attack and a ministry visit are not movements."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ef1", "ef2", "ef3", "ef4", "ef5")
