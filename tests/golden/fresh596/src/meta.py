# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # shared Libyan west
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawin"),                              # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                    # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                     # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                   # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 # vz1 Nalut, Derj and the Nafusa (Tawalt)
 "derj_mun": ("district", "LY", 30.16502, 10.45804, "Derj municipality"),               # G* (town row)
 "nalut_dist": ("district", "LY", 30.45393, 10.78371, "Nalut district"),                # G* (district row نالوت)
 "nafusa": ("region", "LY", 30.33380, 13.28744, "Jabal Nafusa (Western Mountain)"),     # G* (row الجبل الغربي, region)
 # vz2 airlift to Ghadames (Al-Quds Al-Arabi)
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),     # G
 "tripoint": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 # vz3 Dehiba and Tataouine (Jawhara FM)
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "dehiba_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G* (row منفذ وازن)
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "tataouine_dist": ("district", "TN", 31.75068, 9.81691, "Tataouine governorate"),      # G* (district row تطاوين)
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                 # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "border_tn_side": ("region", "TN", 32.10, 10.55, "Tunisia-Libya border (Tunisian side)"),  # K
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 # vz4 In Amenas and Debdeb (Echaab)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "inamenas_airport": ("airport", "DZ", 28.05150, 9.64291, "In Amenas Airport"),         # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),             # G
 "border_dz": ("region", "DZ", 29.30, 9.65, "Algeria-Libya border (Algerian side)"),    # K
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_dist": ("district", "DZ", 26.97285, 7.86520, "Illizi province"),               # G* (district row إليزي)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (gazetteer kind village)
 # vz5 the Hamada field and Al-Qaryat (Quryna)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "hamada_field": ("oilfield", "LY", 29.53110, 12.94370, "Hamada oil field"),            # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                # G
 "qaryat": ("town", "LY", 30.38333, 13.58333, "Al Qaryat"),                             # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
}

TRAPS = {
 "vz1": ["قوة حماية نالوت", "إذاعة نالوت المحلية", "إبراهيم الغدامسي", "يوسف الوازني", "الزنتانية", "درجات الحرارة",
         "درجة مئوية", "التوازن"],
 "vz2": ["القدس العربي", "سالم الطرابلسي", "الغدامسية", "اللبنانية", "أدرجتها"],
 "vz3": ["الجوهرة أف أم", "الجيش التونسي", "الليبية", "صفحات تونسية"],
 "vz4": ["الجيش الوطني الشعبي", "وكالة الأنباء الجزائرية", "الجيش الجزائري", "الجانب الليبي", "صفحات ليبية"],
 "vz5": ["قورينا", "الجيش الوطني الليبي", "درع الحمادة", "الإدريسي"],
}

PHEN = {
 "vz1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "vague_area", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "vz2": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "vz3": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_country_capital", "vague_area",
         "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "vz4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_oil", "coverage_neighbours", "countries"],
 "vz5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_idri",
         "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "vz1": [
  mv("deploy", "reported", "Zintan forces", ["الزنتان"], ["درج"], ["نالوت", "سيناون"]),
  mv("redeploy", "planned", "GNA forces", ["نالوت"], ["منفذ وازن"]),
  mv("withdraw", "denied", "GNA forces", ["سيناوين"], ["نالوت"]),
  mv("advance", "conditional", "Zintan forces", [], ["غدامس"]),
 ],
 "vz2": [
  mv("airlift", "reported", "GNA forces", ["قاعدة معيتيقة"], ["مطار غدامس"]),
  mv("deploy", "reported", "GNA forces", ["غدامس"], ["المثلث الحدودي"]),
  mv("redeploy", "planned", "Libyan National Army", ["الشويرف"], ["حقل الوفاء"], ["الحمادة الحمراء"]),
  mv("advance", "denied", "Libyan National Army", [], ["درج"]),
  mv("advance", "conditional", "GNA forces", ["غدامس"], ["درج"]),
 ],
 "vz3": [
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"], ["رمادة"]),
  mv("redeploy", "planned", "Tunisian army", ["رمادة"], ["برج الخضراء"]),
  mv("reinforce", "conditional", "Tunisian army", ["قابس"], ["الذهيبة"]),
  mv("withdraw", "denied", "GNA forces", ["منفذ وازن"], ["نالوت"]),
  mv("deploy", "reported", "Zintan forces", ["الزنتان"], ["وازن"]),
 ],
 "vz4": [
  mv("airlift", "reported", "Algerian army", ["ورقلة"], ["مطار عين أميناس"]),
  mv("reinforce", "reported", "Algerian army", ["عين أميناس"], ["الدبداب"]),
  mv("redeploy", "planned", "Algerian army", ["برج عمر إدريس"], ["عين أميناس"]),
  mv("deploy", "conditional", "Algerian army", [], ["الحدود مع ليبيا"]),
  mv("deploy", "denied", "Algerian army", [], ["حقل الوفاء"]),
 ],
 "vz5": [
  mv("reinforce", "reported", "Libyan National Army", ["الشويرف"], ["حقل الحمادة"], ["الحمادة الحمراء"]),
  mv("shipment", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["الشويرف"]),
  mv("redeploy", "planned", "Libyan National Army", ["حقل الحمادة"], ["القريات"]),
  mv("withdraw", "conditional", "Libyan National Army", ["حقل الحمادة"], ["الشويرف"]),
  mv("advance", "denied", "Libyan National Army", [], ["درج", "غدامس"]),
  mv("deploy", "denied", "Zintan forces", ["الزنتان"], ["مزده"]),
 ],
}

NOTES = {
 "vz1": "Tawalt (Nalut): a Zintan column Zintan→Derj via Nalut and Sinawen (Tripoli only the seat of the general staff "
        "that ordered it; Ghadames in 'the road between Derj and Ghadames' is the mission, not a destination); the Nalut "
        "protection force's planned company Nalut→the Wazin crossing (the force name with Nalut is a trap); its denied "
        "pull-out from Sinawen (spelled سيناوين) back to Nalut; the Zintan battalion's conditional move to Ghadames "
        "(no origin written). The Hamada, Derj–Ghadames distance and the three countries are background; درجات/درجة "
        "and التوازن are common words holding درج and وازن.",
 "vz2": "Al-Quds Al-Arabi (Tripoli): a GNA airlift of border guards Mitiga base→Ghadames airport, a patrol Ghadames→the "
        "border triangle, the LNA's planned battalion Ash Shwayrif→Al Wafa field via the Hamada, its denial of a company "
        "entering Derj, and the Ghadames border-guard commander's conditional advance Ghadames→Derj. Tripoli (Lebanon) "
        "is only where an ammunition container was seized; the road Ghadames–Derj–Sinawen–Nalut is background.",
 "vz3": "Jawhara FM (Tataouine): Tunisian army reinforcements Tataouine→Dehiba via Remada, a planned regiment "
        "Remada→Borj El Khadra, a conditional battalion Gabes→Dehiba (Tunis the speaker's city; the units 'on the border "
        "with Libya' are a standing position, no movement), a denied pull-out of Libyan border guards from the Wazin "
        "crossing towards Nalut, and a reported Zintan column Zintan→Wazin. Wazin in the shooting and the Dehiba–Wazin "
        "crossing are only distance references there.",
 "vz4": "Echaab (Algiers): an airlift Ouargla→In Amenas airport, a convoy In Amenas→Debdeb, a planned infantry battalion "
        "Bordj Omar Driss→In Amenas, a conditional deployment along the border with Libya (Ghadames and Derj are only "
        "the clashes referred to), and a denied entry into the Al Wafa field. Illizi, Illizi province and Djanet are the "
        "venue and the notables' home; Debdeb–Ghadames '18 km' is background.",
 "vz5": "Quryna (Benghazi): an LNA column Ash Shwayrif→the Hamada field via the Hamada al-Hamra, a planned company from "
        "the field to Al-Qaryat, a conditional pull-back from the field to Ash Shwayrif once the oil guards take over, "
        "a shipment of fuel and spare parts Al Jufra air base→Ash Shwayrif, a denied advance towards Derj or Ghadames, and Zintan's denial of a column Zintan→Mizdah (spelled مزده; the "
        "headline's مزدة repeats it). Idri is only the battalion's home base; the Qaryat–Derj road and the Algerian "
        "border are background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("vz1", "vz2", "vz3", "vz4", "vz5")
