# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # Sabha, its airport, castle and neighbourhoods
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "sabha_mun": ("district", "LY", 27.03766, 14.42832, "Sabha municipality"),             # G* (city row)
 "sabha_castle": ("base", "LY", 27.03766, 14.42832, "Sabha Castle (Fort Elena)"),       # G
 "manshiya": ("town", "LY", 27.03766, 14.42832, "Al Manshiya (Sabha)"),                 # G
 "qurda": ("town", "LY", 27.03766, 14.42832, "Al Qurda (Sabha)"),                       # G
 "tayouri": ("town", "LY", 27.03766, 14.42832, "Al-Tayouri (Sabha)"),                   # G
 "hajara": ("town", "LY", 27.03766, 14.42832, "Hajara (Sabha)"),                        # G
 "jadid": ("town", "LY", 27.05000, 14.40000, "Al Jadid (Sabha)"),                       # G* (row الجديد, kind city -> town)
 "qahira_sabha": ("town", "LY", 27.01, 14.45, "Al-Qahira (Sabha neighbourhood)"),       # K
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "samnu": ("town", "LY", 27.27459, 14.88190, "Samnu"),                                  # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "ghudwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                               # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "tripoint": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G
 # the rest of Libya
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 # Tunisia
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "sousse": ("city", "TN", 35.82539, 10.63699, "Sousse"),                                # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "tunis_carthage": ("airport", "TN", 36.85100, 10.22720, "Tunis Carthage International Airport"),  # G
 # Algeria
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, country DZ)
 "border_dz": ("region", "DZ", 25.0, 9.8, "Algeria-Libya border (Algerian side)"),      # K
 # Lebanon
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tabbaneh": ("district", "LB", 34.44300, 35.84000, "Bab al-Tabbaneh"),                 # G* (kind town -> district)
 "jabal_mohsen": ("district", "LB", 34.44400, 35.84600, "Jabal Mohsen"),                # G* (kind town -> district)
}

TRAPS = {
 "zd1": ["طارق بن زياد", "إذاعة سبها المحلية", "الخطوط الجوية الليبية", "إدريس الفزاني", "غدوة الصبح", "سبها الآن",
         "ترددها الجديد"],
 "zd2": ["راديو سوا", "شارع طرابلس", "الجيش الوطني الليبي", "طارق بن زياد"],
 "zd3": ["مونت كارلو الدولية", "طارق بن زياد", "الجيش الوطني الليبي", "المجلس الاجتماعي لقبائل الجنوب", "سودانيين"],
 "zd4": ["تونسيون", "تونسياً", "طارق بن زياد", "جوهرة إف إم", "منير الصفاقسي", "القنصلية التونسية", "المعارضة التشادية",
         "التونسيين", "وضعه المالي"],
 "zd5": ["الجيش الوطني الشعبي", "الإذاعة الجزائرية", "طارق بن زياد", "الليبية", "الجزائريين",
         "عبد السلام الإدريسي"],
}

PHEN = {
 "zd1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "town_vs_district", "coverage_bases"],
 "zd2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "ambiguity_country_capital",
         "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "zd3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "town_vs_district", "coverage_bases"],
 "zd4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "zd5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"
MOVES = {
 "zd1": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار سبها"]),
  mv("deploy", "reported", LNA, [], ["المنشية"]),
  mv("withdraw", "planned", None, ["القرضة"]),
  mv("advance", "conditional", LNA, [], ["القرضة"]),
  mv("redeploy", "denied", LNA, ["قاعدة تمنهنت"], ["غدوة"]),
 ],
 "zd2": [
  mv("airlift", "reported", LNA, ["قاعدة الجفرة الجوية"], ["مطار سبها"]),
  mv("reinforce", "reported", LNA, ["سمنو"], ["القاهرة"]),
  mv("redeploy", "planned", LNA, ["سبها"], ["أم الأرانب"], ["غدوة"]),
  mv("naval_landing", "reported", LNA, ["قاعدة طبرق البحرية"], ["ميناء بنغازي"]),
  mv("mobilise", "denied", None, [], ["المنشية"]),
  mv("withdraw", "conditional", LNA, ["مطار سبها"]),
 ],
 "zd3": [
  mv("deploy", "reported", LNA, ["قاعدة براك الجوية"], ["المنشية", "القرضة"]),
  mv("mobilise", "reported", None, [], ["القرضة"]),
  mv("reinforce", "planned", LNA, ["قاعدة تمنهنت"], ["حجارة"]),
  mv("shipment", "reported", LNA, ["هون"], ["سبها"]),
  mv("advance", "conditional", None, ["الطيوري"], ["القرضة"]),
  mv("airlift", "denied", "Sudanese armed groups", ["الكفرة"], ["مطار سبها"]),
 ],
 "zd4": [
  mv("airlift", "reported", LNA, ["قاعدة الخادم"], ["قاعدة تمنهنت"]),
  mv("deploy", "planned", LNA, [], ["مطار سبها"]),
  mv("withdraw", "conditional", LNA, ["المنشية"], ["قاعدة تمنهنت"]),
  mv("naval_landing", "planned", LNA, ["قاعدة طبرق البحرية"], ["ميناء بنغازي"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار سبها"]),
  mv("advance", "denied", "Chadian armed groups", ["أم الأرانب"], ["غدوة"]),
 ],
 "zd5": [
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت"]),
  mv("deploy", "conditional", "Algerian army", ["جانت"], ["معبر تين الكوم"]),
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت"], ["حقل الشرارة"], ["أوباري"]),
  mv("redeploy", "planned", LNA, ["اوباري"], ["مطار غات"]),
  mv("shipment", "planned", LNA, ["سبها"], ["حقل الشرارة"]),
  mv("airlift", "denied", "Algerian army", [], ["مطار سبها"]),
 ],
}

NOTES = {
 "zd1": "Sabha local radio: two Il-76s Benina air base→Sabha airport with Tariq bin Ziyad troops, who then set up "
        "checkpoints in Al-Manshiya (origin not named in that sentence); a planned tribal pull-out from Al-Qurda to the "
        "city's edge (no named destination); the brigade's conditional entry into Al-Qurda; a denied battalion transfer "
        "Tamanhint base→Ghudwa ('70 km south of the city' adds nothing). Mitiga/Tripoli are a civil flight's "
        "destination, Murzuq and Brak the mediators' towns, Sabha castle and Al-Jadid places of past clashes; traps: "
        "the radio's name, the 'Sabha Now' page, Col. Idris al-Fazzani, colloquial 'غدوة الصبح' (tomorrow morning) and "
        "'ترددها الجديد' (its new frequency).",
 "zd2": "Radio Sawa: a C-130 Jufra air base→Sabha airport despite the closure; 12 brigade vehicles Samnu→Al-Qahira "
        "(a Sabha neighbourhood, not Cairo; the mortar fell in its 'Tripoli Street', a trap); a planned company "
        "Sabha→Umm al-Aranib via Ghudwa (Al-Qatrun and the border with Niger only the road's direction); a ship landed "
        "24 armoured vehicles and 110 men at Benghazi port from Tobruk naval base; Al-Manshiya notables deny a massing "
        "'in the neighbourhood'; the brigade will not leave the airport's surroundings until heavy weapons are handed "
        "over (conditional). Civil flights to Mitiga and Benina, Tripoli as a distance reference and the southern region "
        "are not movement places.",
 "zd3": "Monte Carlo Doualiya (Tunis dateline = the city): 40 brigade vehicles Brak air base→the street between "
        "Al-Manshiya and Al-Qurda (Sabha only locates the neighbourhoods; Brak base also a '70 km' reference); Al-Qurda "
        "men mass 25 pick-ups there; a planned battalion Tamanhint base→Hajara; 10 ammunition-and-fuel trucks Hun→Sabha; "
        "gunmen in Al-Tayouri would advance on Al-Qurda if another man is killed; the brigade denies a plane with "
        "Sudanese fighters Kufra→Sabha airport (a civil flight from Tripoli is no movement); Bab al-Tabbaneh, Jabal "
        "Mohsen and Tripoli (Lebanon) are a comparison only.",
 "zd4": "Jawhara FM (Sousse): Tunisian workers in Sabha and a civil evacuation flight Sabha airport→Tunis-Carthage "
        "(not a movement); a military plane Al-Khadim base→Tamanhint base with 90 brigade soldiers; planned "
        "checkpoints around Sabha airport; Battalion 116's conditional return Al-Manshiya→its barracks at Tamanhint; a "
        "planned landing ship Tobruk naval base→Benghazi port chained to a planned airlift Benina air base→Sabha "
        "airport; Chadian rebels' advance Umm al-Aranib→Ghudwa denied. Sfax, Medenine, El Feel, Tripoli (consulate), "
        "Tunisia, Fezzan and Ras Ajdir (suggested civilian road trips) are not movement places; 'المنشيه' is a "
        "colloquial spelling; 'وضعه المالي' (his financial situation) is a Mali trap.",
 "zd5": "Algerian radio (Algiers dateline = the city): an Algerian reinforcement Illizi→Djanet; a conditional move "
        "Djanet→the Tin Alkoum crossing (Ghat only locates it, Fezzan only the condition); a brigade column Tamanhint "
        "base→Sharara field via Ubari; a planned company Ubari (written اوباري)→Ghat airport and a planned fuel-and-"
        "ammunition convoy Sabha→Sharara; the Algerian MoD denies a military plane landing at Sabha airport (no "
        "origin). Al-Manshiya/Al-Qurda (clashes), Ghadames, the border triangle and Niger (border length) are not "
        "movement places; the officer Abdessalam al-Idrissi is a trap containing إدري.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("zd1", "zd2", "zd3", "zd4", "zd5")
BAR_IN_TEXT = True  # zd1's headline starts «عاجل |»
