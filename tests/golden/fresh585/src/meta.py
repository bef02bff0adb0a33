# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                              # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                  # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                             # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                   # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                  # G (gazetteer kind village)
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),              # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                   # G
 "nafusa": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),      # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G* (row منفذ رأس جدير)
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                     # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                    # G* (row جنوب تونس)
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                 # G
 # vo1 In Amenas and Tiguentourine (Ech-Chaab)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                  # G
 "hassimessaoud": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                   # G
 "border_dz": ("region", "DZ", 28.20, 9.80, "Algeria-Libya border (Algerian side, In Amenas)"),  # K
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),      # G
 "inamenas_airport": ("airport", "DZ", 28.05150, 9.64291, "In Amenas Airport"),          # G
 "boufarik": ("base", "DZ", 36.54580, 2.87611, "Boufarik Air Base"),                     # G* (airport row, kind base)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                  # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                    # G
 # vo2 Dehiba-Wazin (Al-Maghrib)
 "dehiba_wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"), # G (row منفذ وازن)
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                 # G
 "dehiba_del": ("district", "TN", 32.00799, 10.70135, "Dehiba delegation"),              # G* (town row)
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                           # G
 "tataouine_w": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),          # G
 "border_tn": ("region", "TN", 32.40, 10.75, "Tunisia-Libya border (Tunisian side, Dehiba sector)"),  # K
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabès"),                                   # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                   # G
 # vo3 Ras Ajdir (Diwan FM)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                        # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                             # G
 "medenine_w": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),           # G
 "zuwara_port": ("crossing", "LY", 32.932, 12.090, "Port of Zuwara"),                    # K
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                 # G
 "zarzis_port": ("crossing", "TN", 33.470, 11.120, "Port of Zarzis"),                    # K
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                        # G
 # vo4 Debdeb and Ghadames (El Djoumhouria)
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),         # G* (town row)
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawen"),                               # G
 "border_ly_dz": ("region", "LY", 29.60, 10.00, "Libya-Algeria border (Libyan side, south of Ghadames)"),  # K
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),              # G
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),      # G
 "debdeb_crossing": ("crossing", "DZ", 30.05, 9.46, "Debdeb-Ghadames border crossing"),  # K
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                     # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 # vo5 El Borma and Borj El Khadra (Essahafa)
 "borma": ("oilfield", "TN", 31.70430, 9.25460, "El Borma oil field"),                   # G
 "borjkhadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                   # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "tripoint": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                      # G
}

TRAPS = {
 "vo1": ["الشعب", "الجيش الوطني الشعبي", "الناحية العسكرية الرابعة", "اللبنانية", "الجيش الجزائري",
         "البلدة الجزائرية", "الجانب الليبي"],
 "vo2": ["المغرب", "سالم النالوتي", "وازناً", "جيش البر", "الجيش التونسي", "الليبيين", "تونسية"],
 "vo3": ["ديوان أف أم", "محسن الطرابلسي", "جيش البر", "جيش البحر", "الجيش التونسي", "الداخلية الليبية", "تونسية"],
 "vo4": ["الجمهورية", "الناحية العسكرية الرابعة", "عبد الرحمن الغدامسي", "الجيش الوطني الليبي", "درجت",
         "المصدر العسكري الجزائري", "الليبية", "تندرج",
         "اللجنة الأمنية الجزائرية الليبية المشتركة"],
 "vo5": ["الصحافة اليوم", "الجيش الوطني", "الجزائرية", "قناة ليبية", "العسكري التونسي", "الدولة التونسية"],
}

PHEN = {
 "vo1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
 "vo2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "vo3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "vo4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "town_vs_district",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "vo5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "vo1": [
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["عين أمناس"], ["حاسي مسعود"]),
  mv("deploy", "reported", "Algerian army", ["عين أمناس"], ["مجمع تيقنتورين"]),
  mv("airlift", "planned", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار عين أمناس"]),
  mv("mobilise", "conditional", "Algerian army", [], ["الدبداب"]),
  mv("advance", "denied", "Algerian army", [], ["حقل الوفاء"]),
 ],
 "vo2": [
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"], ["رمادة"]),
  mv("deploy", "reported", "GNA forces", ["نالوت"], ["معبر وازن"]),
  mv("withdraw", "conditional", "GNA forces", ["معبر وازن"], ["نالوت"]),
  mv("deploy", "planned", "Tunisian army", ["قابس"], ["الذهيبة"]),
  mv("shipment", "denied", "Tunisian army", ["الذهيبة"], ["وازن"]),
 ],
 "vo3": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["معبر راس جدير"], ["بنقردان"]),
  mv("naval_landing", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("deploy", "reported", "GNA forces", ["ميناء زوارة"], ["معبر رأس اجدير"]),
  mv("withdraw", "conditional", "GNA forces", ["معبر رأس اجدير"]),
  mv("naval_landing", "planned", "Tunisian army", ["صفاقس"], ["ميناء جرجيس"]),
  mv("deploy", "denied", "Tunisian army", [], ["أبو كماش"]),
 ],
 "vo4": [
  mv("redeploy", "reported", "Algerian army", ["برج عمر إدريس"], ["الدبداب"]),
  mv("shipment", "reported", "GNA forces", ["نالوت"], ["غدامس"], ["سيناون"]),
  mv("airlift", "planned", "GNA forces", ["مطار معيتيقة"], ["مطار غدامس"]),
  mv("withdraw", "conditional", "Algerian army", ["الدبداب"], ["برج عمر إدريس"]),
  mv("advance", "denied", "Libyan National Army", ["الشويرف"], ["درج"]),
 ],
 "vo5": [
  mv("reinforce", "reported", "Tunisian army", ["رمادة"], ["حقل البرمة"]),
  mv("redeploy", "planned", "Tunisian army", ["حقل البرمة"], ["برج الخضراء"]),
  mv("mobilise", "reported", "Zintan forces", [], ["الحمادة الحمراء"]),
  mv("advance", "conditional", "Zintan forces", [], ["غدامس"]),
  mv("advance", "denied", "Foreign fighters", ["الحمادة الحمراء"], ["برج الخضراء"]),
 ],
}

NOTES = {
 "vo1": "Ech-Chaab (Illizi): Algerian reinforcements Ouargla→In Amenas via Hassi Messaoud (Ouargla also 'seat of the "
        "4th Military Region', a trap), a company In Amenas→the Tiguentourine gas complex ('50 km south-west of the "
        "town' adds no place), a planned Il-76 airlift Boufarik air base→In Amenas airport (Tripoli in Lebanon only as "
        "the planes' earlier aid flight), a conditional massing in Debdeb if fighting reaches Ghadames (Ghadames only "
        "condition and distance reference) and a denied entry into the Wafa field; Djanet, Bordj Omar Driss and the "
        "last In Amenas are background.",
 "vo2": "Al-Maghrib (Tataouine): a Tunisian reinforcement Tataouine→Dehiba via Remada, a GNA force Nalut→the Wazin "
        "crossing and its conditional return 'from the crossing' to Nalut, a planned engineering unit Gabès→Dehiba, "
        "and a denied ammunition-truck crossing Dehiba→Wazin; Ras Ajdir, Sfax and southern Tunisia are background, "
        "'دوراً وازناً' is a common-word trap.",
 "vo3": "Diwan FM (Ben Gardane): a Tunisian reinforcement Medenine→Ras Ajdir crossing via Ben Gardane, GNA men landed "
        "Abu Sitta naval base→Zuwara port (Tripoli only locates the base) then deployed to the Ras Ajdir crossing ('60 "
        "km west' adds nothing) and will not leave it except on a condition, a planned marine company by sea Sfax→"
        "Zarzis port, and a denied Tunisian deployment near Abu Kammash; spokesman Trabelsi is a trap.",
 "vo4": "El Djoumhouria (Ouargla): a battalion Bordj Omar Driss→Debdeb, a GNA supply convoy Nalut→Ghadames via "
        "Sinawen (Tripoli only the seat of the government), a planned airlift Mitiga airport→Ghadames airport, the "
        "battalion's conditional return Debdeb→Bordj Omar Driss (the Debdeb-Ghadames crossing only in the condition), "
        "and the LNA's denied advance Ash Shwayrif→Derj (Ghadames only a distance reference there); 'درجت' is a "
        "common-word trap.",
 "vo5": "Essahafa (Tunis): a Tunisian reinforcement Remada→El Borma field, a planned unit 'from the field'→Borj El "
        "Khadra (the tri-border, Debdeb only locators), Zintan forces massing in the Hamada al-Hamra (Zintan only in "
        "the council's name), their conditional advance towards Ghadames, and a denied infiltration of foreign "
        "gunmen Hamada al-Hamra→Borj El Khadra.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("vo1", "vo2", "vo3", "vo4", "vo5")
