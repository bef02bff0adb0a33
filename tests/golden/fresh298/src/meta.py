# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point / value cited in fresh51's README (see README "Coordinates not from the
# gazetteer"); G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                              # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                              # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                 # G
 # capitals
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                    # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                 # G
 # kn1 Tripoli and the Tunisian south-east
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                               # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                                # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                              # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                         # G
 "rasjedir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),         # G* (row منفذ رأس جدير)
 "rasjedir_pt": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),      # G* (same row, bare name)
 "border_tnside": ("region", "TN", 32.60, 11.00, "Libya border (Tunisian side)"),         # K
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                         # G (row أبو كماش)
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                # G
 # kn2 Ghadames and the Algerian side
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                               # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                              # G (row عين أميناس)
 "inamenas_airport": ("airport", "DZ", 28.05150, 9.64291, "In Amenas Airport"),           # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                 # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                   # G
 "debdeb_mun": ("district", "DZ", 29.96750, 9.42389, "Debdeb municipality"),            # G* (town row)
 "hassi_messaoud": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                   # G
 "boufarik_base": ("base", "DZ", 36.57413, 2.91214, "Boufarik Air Base"),                 # G* (town row)
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),       # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                      # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                    # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawen"),                                # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                   # G
 "border_dzside": ("region", "DZ", 28.20, 9.75, "Libya border (Algerian side)"),          # K
 # kn3 Zuwara and the Tunisian coast
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                  # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),          # G* (town row)
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port"),                    # K
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                               # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                              # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                               # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                      # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                  # G
 "zarzis_port": ("crossing", "TN", 33.48, 11.12, "Zarzis port"),                          # K
 "aouina": ("base", "TN", 36.85100, 10.22700, "El Aouina Air Base"),                      # G
 "djerba_airport": ("airport", "TN", 33.87500, 10.77550, "Djerba-Zarzis International Airport"),  # G
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                                # G
 "south_east_tn": ("region", "TN", 33.20, 10.80, "South-eastern Tunisia"),                # K
 # kn4 Zawiya and the Algerian gas installations
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),            # G
 "zawiya_terminal": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya oil terminal"),      # G* (row مصفاة الزاوية)
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                  # G
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Harsha"),                               # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah complex"),                  # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                  # G
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),               # G
 "south_east_dz": ("region", "DZ", 28.00, 8.00, "South-eastern Algeria"),                 # K
 "west_region": ("region", "LY", 30.79644, 14.18653, "Western region (Tripolitania)"),    # G* (row إقليم طرابلس)
 # kn5 Nalut, Wazin and Tataouine
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                            # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine governorate"),         # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                  # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                  # G
 "rhaibat": ("town", "LY", 31.84637, 11.84360, "Ar Rahaybat"),                            # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                    # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                   # G
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "kn1": ["حقائق أونلاين", "مراد الطرابلسي", "الجيش الوطني", "التونسية", "الليبية"],
 "kn2": ["الخبر", "عبد السلام الغدامسي", "الجيش الوطني الشعبي", "الليبية", "جزائرية"],
 "kn3": ["الترا تونس", "سامي الزواري", "نهج طرابلس", "ما ادري", "الصيد الجميل", "قوة دعم المديريات", "الليبية"],
 "kn4": ["الشعب", "شارع الزاوية", "الجيش الوطني الشعبي", "اللواء 111 مجحفل", "الجزائرية", "الليبية"],
 "kn5": ["ديوان أف أم", "إذاعة تطاوين", "خليفة النالوتي", "نبيل الإدريسي", "المنطقة العسكرية الغربية", "الليبية"],
}

PHEN = {
 "kn1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "kn2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "kn3": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "kn4": ["clitics", "multiword", "media_trap", "common_word_trap", "operation_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
 "kn5": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "ambiguity_idri",
         "town_vs_district",
         "coverage_crossings", "coverage_neighbours", "countries"],
}

MOVES = {
 "kn1": [
  mv("deploy", "reported", "GNA forces", ["جنزور"], ["عين زارة"]),
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان", "معبر راس جدير"]),
  mv("mobilise", "reported", None, [], ["تاجوراء"]),
  mv("deploy", "planned", "Tunisian army", [], ["الحدود مع ليبيا"]),
  mv("advance", "denied", "Tunisian army", [], ["بوكماش"], ["راس جدير"]),
  mv("advance", "conditional", "Misrata forces", ["مصراتة"], ["طرابلس"]),
 ],
 "kn2": [
  mv("reinforce", "reported", "Algerian army", ["عين أمناس"], ["الدبداب"]),
  mv("shipment", "reported", "Algerian army", ["حاسي مسعود"], ["الدبداب"]),
  mv("airlift", "reported", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار عين أمناس"]),
  mv("withdraw", "reported", "GNA forces", ["غدامس"], ["درج"]),
  mv("deploy", "planned", "GNA forces", ["نالوت"], ["غدامس"], ["سيناون"]),
  mv("reinforce", "conditional", "Algerian army", ["إليزي"], ["الحدود مع ليبيا"]),
  mv("advance", "denied", "Algerian army", [], ["غدامس"]),
 ],
 "kn3": [
  mv("naval_landing", "reported", "GNA forces", ["طرابلس"], ["ميناء زوارة"]),
  mv("withdraw", "conditional", "GNA forces", ["زوارة"], []),
  mv("shipment", "planned", "GNA forces", ["الزاوية"], ["زوارة"], ["صبراتة"]),
  mv("advance", "denied", None, ["زوارة"], ["الجميل"]),
  mv("airlift", "reported", "Tunisian army", ["قاعدة العوينة"], ["مطار جربة جرجيس"]),
  mv("redeploy", "reported", "Tunisian army", ["صفاقس"], ["ميناء جرجيس"]),
 ],
 "kn4": [
  mv("redeploy", "reported", "GNA forces", ["الحرشة"], ["مصفاة الزاوية"]),
  mv("naval_landing", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء الزاوية"]),
  mv("advance", "conditional", "GNA forces", [], ["الزاوية"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["مجمع مليتة"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["الزاوية"]),
  mv("reinforce", "reported", "Algerian army", ["برج عمر إدريس"], ["مجمع تيقنتورين"]),
 ],
 "kn5": [
  mv("reinforce", "reported", "Tunisian army", ["رمادة"], ["الذهيبة"]),
  mv("advance", "reported", "GNA forces", ["الزنتان"], ["نالوت"], ["الرحيبات"]),
  mv("mobilise", "reported", None, [], ["نالوت"]),
  mv("withdraw", "denied", "GNA forces", ["وازن"], ["نالوت"]),
  mv("deploy", "conditional", "GNA forces", [], ["منفذ وازن"]),
  mv("deploy", "planned", "Tunisian army", ["تطاوين"], ["برج الخضراء"]),
 ],
}

NOTES = {
 "kn1": ("Hakaek Online (Tunis) on night clashes in Tripoli: a GNA separation force Janzour→Ain Zara (reported), one "
         "armed group massing in Tajura (reported mobilise, no force named), a Tunisian army reinforcement Medenine→Ben "
         "Gardane/the Ras Jedir crossing (reported), Tunisian units for the Libya border (planned), a Tunisian crossing at "
         "Ras Jedir towards Abu Kammash (denied), Misrata brigades towards the capital «إذا لم يتوقف القتال» (conditional; "
         "'العاصمة الليبية' resolved to طرابلس). Dateline تونس = Tunis, last paragraph تونس = the country; مراد الطرابلسي "
         "is a person; the crossing's civilian traffic is not a movement."),
 "kn2": ("El Khabar (Algeria) on Ghadames: an Algerian army reinforcement In Amenas→Debdeb (reported), its fuel and "
         "supply convoy Hassi Messaoud→Debdeb (reported shipment), an Il-76 airlift Boufarik air base→In Amenas airport "
         "(reported; guarding Tiguentourine is a purpose, not a destination), a GNA withdrawal from Ghadames airport "
         "area→Derj (reported; 'مطار المدينة' resolved to غدامس), a GNA border-guard company Nalut→Ghadames via Sinawen "
         "(planned), Algerian units Illizi→the Libyan border «في حال» (conditional), Algerian units entering Ghadames "
         "(denied). عين أمناس spelled as Algerian press writes it; بلدية الدبداب is the municipality (district)."),
 "kn3": ("Ultra Tunisia on Zuwara: a GNA force landed by sea Tripoli→Zuwara port (reported), its withdrawal from the "
         "town «ما إن يُعاد فتح المعبر» (conditional), an ammunition shipment Zawiya→Zuwara via Sabratha (planned), "
         "Zuwara fighters towards Al-Jumayl (denied, no force named), a Tunisian C-130 airlift El Aouina base→Djerba-Zarzis "
         "airport (reported), the Tunisian navy Sfax→Zarzis port (reported). Migrant boats to Italy and residents crossing "
         "to Ben Gardane/Djerba are not movements; joint patrols with no place are not counted; نهج طرابلس (a street), "
         "«ما ادري» and «الصيد الجميل» are traps."),
 "kn4": ("Echaab (Algiers) on Zawiya: a GNA redeployment Al-Harsha→the Zawiya refinery (reported), a naval landing Abu "
         "Sitta naval base→Zawiya oil port (reported), a GNA advance on central Zawiya «ما لم تنسحب» (conditional), a "
         "Petroleum Facilities Guard company Tripoli→Mellitah (planned), a Zintan column to Zawiya (denied), Algerian units "
         "Bordj Omar Driss→Tiguentourine (reported). Dateline الجزائر = Algiers, the other الجزائر = the country; شارع "
         "الزاوية is a Tripoli street; gas to Italy is not a movement."),
 "kn5": ("Diwan FM on Nalut: a Tunisian army reinforcement Remada→Dehiba (reported), a Western Military Region force "
         "Zintan→Nalut via Ar-Rahaybat (reported), local gunmen massing at the town's entrances (reported mobilise, no "
         "force named), the force's withdrawal Wazin→Nalut (denied), border guards for the Wazin crossing «إذا عاد "
         "الهدوء» (conditional), a Tunisian engineering unit Tataouine→Borj El Khadra (planned). والي تطاوين is the "
         "governorate (district); إذاعة تطاوين, خليفة النالوتي and نبيل الإدريسي are traps."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("kn1", "kn2", "kn3", "kn4", "kn5")
