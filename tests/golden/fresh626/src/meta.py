# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "spain": ("country", "ES", 39.89911, -3.47555, "Spain"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # oil and gas fields, terminals, refinery
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                   # G
 "hamada_field": ("oilfield", "LY", 29.53110, 12.94370, "Hamada oil field"),            # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 # Libyan cities and towns
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "rayayina": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                        # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                   # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 # Libyan districts
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 # Libyan bases, airports, crossings
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "mellitah_port": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil port"),         # G* (row مجمع مليتة)
 "zawiya_port": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya oil terminal"),          # G* (row مصفاة الزاوية)
 "misrata_port": ("crossing", "LY", 32.365, 15.215, "Port of Misrata (Qasr Ahmad)"),    # K
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),             # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # regions
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "south_west": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),             # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس)
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "murzuq_basin": ("region", "LY", 26.0, 12.5, "Murzuq Basin"),                          # K
 "hamada_region": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),              # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "border_dz": ("region", "LY", 28.9, 9.95, "Libya-Algeria border (Libyan side, near Wafa)"),  # K
 # abroad
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
}

TRAPS = {
 "xd1": ["حراك غضب فزان", "القدس العربي", "شركة أكاكوس للعمليات النفطية", "الإسبانية", "القوة القاهرة",
         "كتيبة طارق بن زياد", "حامد المرزوقي", "الشرارة الأولى", "قوة حماية طرابلس"],
 "xd2": ["الشرق الأوسط", "شركة مليتة للنفط والغاز", "الإيطالية", "اللواء 128 معزز", "عيسى الغاتي", "تشادية"],
 "xd3": ["الجيش الجزائري", "الناحية العسكرية الرابعة", "فرانس 24", "الجانب الليبي", "الوفاء بوعود",
         "شركة مليتة للنفط والغاز"],
 "xd4": ["مونت كارلو الدولية", "اللواء 444 قتال", "العقيد عمر الزنتاني", "التركية", "اللبناني"],
 "xd5": ["رؤيا", "طارق بن زياد", "إدريس بوخزام", "شركة أكاكوس للعمليات النفطية", "حركة العدل والمساواة السودانية"],
}

PHEN = {
 "xd1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "coverage_oil", "spelling"],
 "xd2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "xd3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
 "xd4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "coverage_crossings",
         "vague_area", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "xd5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries", "spelling"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "xd1": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["حقل الشرارة"], ["جرمة", "اوباري"]),
  mv("reinforce", "planned", "Libyan National Army", ["العوينات"], ["حقل الفيل"]),
  mv("mobilise", "conditional", "Zintan forces", [], ["الرياينة"]),
  mv("deploy", "denied", "GNA forces", ["الزاوية"], ["أوباري"]),
 ],
 "xd2": [
  mv("deploy", "reported", "Libyan National Army", ["مرزق"], ["حقل الفيل"]),
  mv("shipment", "reported", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["الفيل"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["مطار سبها"]),
  mv("redeploy", "conditional", "Libyan National Army", ["حقل الشرارة"], ["حقل الفيل"]),
  mv("advance", "denied", "Chadian armed groups", ["الحدود مع النيجر"], ["الفيل"]),
 ],
 "xd3": [
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["عين أمناس"], ["برج عمر إدريس"]),
  mv("deploy", "planned", "Zintan forces", ["الزنتان"], ["حقل الوفاء"], ["نالوت", "درج"]),
  mv("naval_landing", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء مليتة"]),
  mv("deploy", "conditional", "GNA forces", ["قاعدة الوطية"], ["حقل الحمادة"]),
  mv("advance", "denied", "Libyan National Army", ["الشويرف"], ["الحمادة الحمراء"]),
 ],
 "xd4": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["مصفاة الزاوية"]),
  mv("deploy", "planned", "GNA forces", [], ["الرياينة"]),
  mv("naval_landing", "planned", "GNA forces", ["ميناء مصراتة"], ["ميناء الزاوية"]),
  mv("withdraw", "conditional", "Zintan forces", ["الرياينة"]),
  mv("shipment", "denied", "Turkish armed forces", [], ["قاعدة الوطية"]),
 ],
 "xd5": [
  mv("withdraw", "reported", "Libyan National Army", ["الشرارة"], ["سبها"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة الخادم"], ["مطار غات"]),
  mv("redeploy", "planned", "Libyan National Army", ["غات"], ["حقل الفيل"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["الشرارة"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["مرزق"]),
 ],
}

NOTES = {
 "xd1": "Fezzan protesters shut Sharara (no movement: protesters, evacuated Akakus workers). An LNA Tariq bin Ziyad "
        "column Sabha→Sharara via Germa and Ubari (written اوباري there; deploy, reported); the LNA-affiliated PFG's "
        "planned reinforcement of El Feel with a company from Al-Awaynat; Zintan's conditional massing at Al-Rayayina "
        "('if anyone tries to close the valve'); the GNU defence ministry denies sending Tripoli Protection Force units "
        "Zawiya→Ubari. Tripoli (dateline; again inside the force name), the Zawiya refinery (pipeline end), Zintan "
        "(seat of the council), the Murzuq basin, southern Libya and Fezzan are not movement places; the protest "
        "spokesman's threat to close El Feel is no force movement. Traps: a protest movement named after Fezzan, "
        "'force majeure' (القوة القاهرة), 'the first spark' beside the field's short name الشرارة.",
 "xd2": "El Feel's own guards stop work over pay. The LNA sends a company Murzuq→El Feel (reported) and 6 fuel and "
        "ammunition trucks Tamanhint air base→«الفيل» (shipment, reported), plans a cargo flight Al-Jufra air "
        "base→Sabha airport, would move units Sharara→El Feel if output does not resume (conditional), and denies "
        "Chadian groups crossed from the border with Niger toward «الفيل» (denied; actor = the group the claim is "
        "about). The Mellitah complex, the western coast, Tummo crossing (patrols' position, not a move), Tripoli, "
        "Ghat (distance references), the south-west, Murzuq district, Benghazi and Cairo (dateline) are not "
        "movement places.",
 "xd3": "The Wafa gas field shut by job protesters. Algerian reinforcements Ouargla (4th military region HQ)→In "
        "Amenas via Bordj Omar Driss (reported; 'about 100 km from the Wafa field' is a distance reference); a "
        "Zintani field-protection battalion will leave Zintan for Wafa via Nalut and Derj (planned); GNU navy boats "
        "landed 120 men at Mellitah port from Abu Sitta naval base (reported; Tripoli only locates the base); the "
        "chief of staff would push a force Al-Watiya→Hamada field 'if the protests spread to it' (conditional); the "
        "LNA denies a column Ash Shwayrif→Hamada al-Hamra (denied). Sonatrach staff returned to Algeria by road are "
        "civilians (no movement). Tunis (dateline), Algiers, Ghadames, the border with Algeria, Tripoli, the "
        "Mellitah complex, the Zawiya refinery and Italy are not movement places.",
 "xd4": "Losses of the Sharara/El Feel shutdown (Paris dateline). The GNU moves two battalions Tripoli→around the "
        "Zawiya refinery (reported); 444 Brigade units are to deploy around the Al-Rayayina valve (planned); a landing "
        "ship is to carry a marine company Misrata port→Zawiya port (planned); Zintan's forces in Al-Rayayina 'will "
        "not withdraw except after a written agreement' (conditional withdraw); Ankara denies sending a shipment of "
        "drones to Al-Watiya base (denied). Tripoli of Lebanon (a Lebanese analyst's city), Lebanon, Italy, Spain, "
        "Tunis and Tunisia, Ankara (speaker), Zawiya city (clashes), western Libya (purpose inside the denied claim), "
        "Ubari and Murzuq (protesters) are not movement places.",
 "xd5": "Sharara reopens. The Tariq bin Ziyad column withdraws from around «الشرارة» to Sabha (reported); a military "
        "plane Al-Khadim base→Ghat airport with 80 PFG men (reported; the Isayen crossing and Algeria only locate the "
        "airport); they are to move Ghat→El Feel (planned); the column 'will return to Sharara at once if the valves "
        "are closed again' (conditional); JEM denies massing fighters in Murzuq (denied mobilise). Benghazi "
        "(dateline), Ubari (signing venue), Idri and Wadi al-Shati (written الشاطي; protesters' origin), Ubari "
        "municipality, Murzuq district, the south-west, Fezzan and Libya are not movement places; إدري occurs again "
        "inside the spokesman's name إدريس.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("xd1", "xd2", "xd3", "xd4", "xd5")
