# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and capitals
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                  # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G (row الجزائر, city)
 # Algeria: Illizi, In Amenas, Debdeb, Ouargla
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                  # G
 "illizi_dist": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G (row عين أميناس, written عين أمناس)
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),              # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),      # G
 "hassi_messaoud": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                  # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                  # G
 "border_dz_ly_e": ("region", "DZ", 28.9, 9.45, "Algeria-Libya border (Algeria side, Debdeb-In Amenas sector)"),  # K
 # Algeria: Djanet, Tamanrasset, Bordj Badji Mokhtar, In Guezzam
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                  # G (row kind village)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),    # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                        # G (also written تامنغست)
 "tamanrasset_airport": ("airport", "DZ", 22.81150, 5.45108, "Tamanrasset Aguenar Airport"),  # G
 "bbm": ("town", "DZ", 21.32500, 0.94611, "Bordj Badji Mokhtar"),                        # G
 "in_guezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                          # G (row إن قزام, written عين قزام)
 "border_dz_ly_s": ("region", "DZ", 24.9, 9.7, "Algeria-Libya border (Algeria side, Djanet sector)"),  # K
 "border_dz_ml": ("region", "DZ", 22.09206, -0.15677, "Algeria-Mali border (Algeria side)"),  # G* (row الحدود الجزائرية المالية)
 # Libya: the west and the south-west
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                              # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                     # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                   # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                   # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                 # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 "jabal_nafusa": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "al_awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                         # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "tripoint": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 # crossings (one key per crossing whatever the spelling)
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G (row منفذ رأس جدير)
 "dehiba_wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G (row منفذ وازن)
 # Tunisia: the south-east
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G (row بن قردان)
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                             # G
 "medenine_dist": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),        # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                           # G
 "tataouine_dist": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),       # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                 # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                 # G (row الذهيبة; also written ذهيبة)
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                   # G
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                               # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                 # G
 "borj_el_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),               # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                    # G* (row جنوب تونس, written الجنوب التونسي)
 "border_tn_ly_coast": ("region", "TN", 33.0, 11.3, "Tunisia-Libya border (Tunisia side, Ben Gardane sector)"),  # K
}

TRAPS = {
 "qqv1": ["جيل إف إم", "الجيش الوطني الشعبي", "الناحية العسكرية الرابعة", "إدريس حمادي", "درجة", "الليبية",
          "ليبي", "الجزائريين"],
 "qqv2": ["كي بي سي", "الخبر", "الناحية العسكرية السادسة", "وزارة الدفاع الوطني", "الجيش الوطني الشعبي",
          "الشهيد باجي مختار", "مبالغات", "المالي", "تندرج", "الليبية", "ليبية", "جزائرية",
          "الهلال الأحمر الجزائري"],
 "qqv3": ["جكتيس إف إم", "الإدارة العامة للحرس الوطني", "حكومة الوحدة الوطنية", "رياض الطرابلسي", "تجربة",
          "الليبية", "الليبي", "ليبي", "التونسي", "تونسية"],
 "qqv4": ["السيدة إف إم", "المعهد العربي لحقوق الإنسان", "الهلال الأحمر التونسي",
          "المنتدى التونسي للحقوق الاقتصادية والاجتماعية", "محمد التطاويني", "تونسي", "الليبي"],
 "qqv5": ["دزاير أنفو", "اللجنة الثنائية الجزائرية التونسية", "حكومة الوحدة الوطنية", "مهرجان غدامس السياحي",
          "الغدامسي", "تونسية", "جزائري", "الليبي"],
}

PHEN = {
 "qqv1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_oil", "coverage_neighbours",
          "countries"],
 "qqv2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "border_phrase", "coverage_neighbours", "countries"],
 "qqv3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "qqv4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "vague_area",
          "town_vs_district", "coverage_crossings", "coverage_neighbours"],
 "qqv5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qqv1": [
  mv("reinforce", "reported", "Algerian army", ["برج عمر إدريس"], ["عين أمناس", "تيقنتورين"]),
  mv("deploy", "planned", "Algerian army", ["الدبداب"], ["الحدود مع ليبيا"]),
  mv("reinforce", "conditional", "Algerian army", ["ورقلة"], ["إليزي"]),
  mv("advance", "denied", "Libyan National Army", [], ["غدامس"], ["درج"]),
 ],
 "qqv2": [
  mv("airlift", "reported", "Algerian army", ["مطار تمنراست"], ["مطار جانت"]),
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["غات"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["العوينات"]),
  mv("advance", "conditional", "Algerian army", ["جانت"], ["الحدود مع ليبيا"]),
  mv("advance", "denied", "Algerian army", ["جانت"], ["غات"]),
  mv("redeploy", "planned", "Algerian army", ["برج باجي مختار"], ["عين قزام"]),
 ],
 "qqv3": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بنقردان", "معبر راس جدير"]),
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["منفذ رأس اجدير"]),
  mv("withdraw", "conditional", "Tunisian army", ["بنقردان"], ["مدنين"]),
  mv("deploy", "planned", "Tunisian army", ["بنقردان"], ["الحدود مع ليبيا"]),
  mv("shipment", "denied", None, ["زوارة"], ["بنقردان"], ["رأس جدير"]),
 ],
 "qqv4": [
  mv("deploy", "reported", "Tunisian army", ["رمادة"], ["معبر الذهيبة وازن"]),
  mv("deploy", "reported", "GNA forces", ["نالوت"], ["وازن"]),
  mv("withdraw", "conditional", "Tunisian army", ["الذهيبة"], ["تطاوين"]),
  mv("redeploy", "planned", "Tunisian army", ["قابس"], ["رمادة"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["نالوت"]),
 ],
 "qqv5": [
  mv("deploy", "reported", "Algerian army", ["ورقلة"], ["الدبداب"], ["حاسي مسعود"]),
  mv("deploy", "planned", "Tunisian army", ["رمادة"], ["برج الخضراء"]),
  mv("reinforce", "reported", "GNA forces", ["نالوت"], ["غدامس"]),
  mv("advance", "denied", "Libyan National Army", ["الشويرف"], ["درج", "غدامس"]),
  mv("advance", "conditional", "Algerian army", ["الدبداب"], ["غدامس"]),
 ],
}

NOTES = {
 "qqv1": "Algerian public youth radio (Jil FM) from Illizi: army units Bordj Omar Driss→In Amenas with part stationed "
         "at the Tiguentourine gas plant (reinforce reported), planned border-guard detachments from Debdeb along the "
         "border with Libya (Algeria side), a conditional transfer of battalions Ouargla→Illizi (Ghadames and Derj only "
         "in the condition) and a denied LNA column towards Ghadames via Derj; Sonatrach buses Hassi Messaoud→In Amenas "
         "(civilian), Ouargla as the officer's seat, the 2013 attack and «درجة» (holds Derj) are not movements.",
 "qqv2": "Algerian private TV (KBC, El Khabar group) from Tamanrasset: an Il-76 airlift Tamanrasset airport→Djanet "
         "airport, LNA reinforcements Sabha→Ghat and LNA units massing in Al Awaynat (reported from its page), a "
         "conditional advance Djanet→the border with Libya (Algeria side), the MoD's denial of an incursion Djanet→Ghat "
         "and a planned infantry company Bordj Badji Mokhtar→In Guezzam; the Red Crescent convoy Tamanrasset (written "
         "تامنغست)→In Guezzam and migrants' deportation to Niger are civilian; «مبالغات» holds Ghat, «المالي» holds Mali.",
 "qqv3": "Tunisian associative radio (Radio Jektiss, Medenine) from Ben Gardane: National Guard reinforcements "
         "Medenine→Ben Gardane and the Ras Jedir crossing, the GNU interior force Tripoli→the crossing (written منفذ رأس "
         "اجدير), a conditional return Ben Gardane→Medenine, planned joint patrols Ben Gardane→the border with Libya "
         "(Tunisia side) and a denied arms shipment Zuwara→Ben Gardane via Ras Jedir (actor null); Libyan cars to Djerba "
         "and Zarzis, lorries, and the March 2016 attack are not movements.",
 "qqv4": "Tunisian human-rights radio (Essayda FM) from Tataouine on migrants stranded near Dhehiba: migrants walking "
         "Nalut→Dhehiba and a Red Crescent convoy from Tataouine (civilian), army units Remada→the Dehiba-Wazin crossing, "
         "a GNU border-guard company Nalut→Wazin (Tripoli only the seat of the staff), a conditional pull-back "
         "Dhehiba→Tataouine, a planned unit Gabes→Remada and a denied Zintan column Zintan→Nalut; «ترفض طرابلس» is "
         "metonymic.",
 "qqv5": "Algerian news site (Dzayer Info) from Algiers (dateline الجزائر = the city; الجزائر in the headline and body = "
         "the country; الجزائر العاصمة = the city): an army convoy Ouargla→Debdeb via Hassi Messaoud, a planned Tunisian "
         "unit Remada→Borj El Khadra, GNU reinforcements Nalut→Ghadames, the LNA's denial of a move Ash Shwayrif→Derj/"
         "Ghadames and a conditional Algerian crossing Debdeb→Ghadames (Tripoli only in the condition); visitors' buses "
         "to the Ghadames festival are civilian; the border triangle is one region.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qqv1", "qqv2", "qqv3", "qqv4", "qqv5")
