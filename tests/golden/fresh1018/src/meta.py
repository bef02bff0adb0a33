# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "china": ("country", "CN", 36.90357, 98.60509, "China"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # qmg1 the Sabha–Ghat road seen from Algeria (Maghreb Emergent)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 26.01562, 10.40660, "Ghat municipality"),              # G* (row district:LY-GT, written بلدية غات)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Tin Alkoum / Isayen border crossing"),  # G* (row منفذ إيسين, found by grep تين الكوم)
 "illizi_prov": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),              # G* (row district:DZ-33, written ولاية إليزي)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village; Djanet is a town and wilaya seat)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat (Ghat district)"),           # G
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                 # G
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),            # G (row قاعدة تمنهنت; found by grep تمنهنط too)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "border_dz_ly": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),           # G (row الحدود الليبية الجزائرية, found by grep الحدود الجزائرية الليبية)
 # qmg2 the Tamanhint–Jufra road (China Radio International, Arabic)
 "tamanhint": ("town", "LY", 27.25000, 14.66000, "Tamanhint"),                          # K (village beside the air base; ±3 km)
 "jufra": ("district", "LY", 29.13000, 15.95000, "Al Jufra"),                           # K (README: area point near Hun/Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "sawknah": ("town", "LY", 29.06941, 15.78266, "Sawknah"),                              # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 # qmg3 the Kufra–Sarir road (Economy Middle East)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),      # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية, written الحدود مع السودان)
 "se_libya": ("region", "LY", 24.50000, 22.50000, "South-eastern Libya"),               # K
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # qmg4 the Tunisian coastal road to Ras Jedir (African Manager)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                      # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),      # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),        # G* (row district:TN-82, written ولاية مدنين)
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "border_tn_ly": ("region", "TN", 33.10000, 11.45000, "Tunisia-Libya border (Tunisian side)"),  # K
 # qmg5 the Libyan coastal road Ras Ajdir–Zawiya (L'Economiste Maghrebin)
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "jumayl": ("town", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G* (row kind city; a small town)
 "regdalin": ("town", "LY", 32.88718, 11.98729, "Regdalin"),                            # G* (row Sidi Bin Zinah, found by grep رقدالين)
 "abu_kammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                      # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
}

TRAPS = {
 "qmg1": ["مغرب إيمرجنت", "الجيش الوطني الليبي", "اللواء طارق بن زياد", "الجيش الوطني الشعبي", "الجزائريين",
          "الجزائري", "الجزائرية", "جزائرية", "ليبية", "الليبي", "المالي", "بلاغات"],
 "qmg2": ["إذاعة الصين الدولية", "الجيش الوطني الليبي", "الفيلق الأفريقي", "الروسي", "صينية", "الصينية",
          "مرهوناً", "ليبية", "الليبي"],
 "qmg3": ["إيكونومي ميدل إيست", "كتيبة سبل السلام", "الجيش الوطني الليبي", "شركة الخليج العربي للنفط",
          "شركة البريقة لتسويق النفط", "قوات الدعم السريع", "اللواء 106 مجحفل", "سودانية", "السودانيين",
          "الشمالي"],
 "qmg4": ["أفريكان مانجر", "حكومة الوحدة الوطنية", "الاتحاد التونسي للصناعة والتجارة", "التونسية", "الليبي",
          "الهادي القابسي"],
 "qmg5": ["ليكونوميست ماغريبان", "اللواء 111 مجحفل", "الجيش التونسي", "ترد الجميل", "التونسية", "التونسيون",
          "التونسيين", "ليبية", "الليبية", "الليبي", "منير الصفاقسي"],
}

PHEN = {
 "qmg1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qmg2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "coverage_bases", "countries"],
 "qmg3": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
          "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qmg4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "person_trap", "ambiguity_tripoli",
          "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qmg5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qmg1": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["أوباري", "العوينات"]),
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["غات"]),
  mv("reinforce", "planned", "Algerian army", ["جانت"], ["معبر تين الكوم"]),
  mv("reinforce", "conditional", "Libyan National Army", ["قاعدة تمنهنط"], ["غات"]),
  mv("mobilise", "reported", None, [], ["حقل الشرارة"]),
  mv("advance", "denied", "Algerian army", [], ["غات"]),
 ],
 "qmg2": [
  mv("deploy", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["تمنهنت"]),
  mv("deploy", "reported", "Libyan National Army", ["ودان"], ["سوكنة"]),
  mv("redeploy", "planned", "Libyan National Army", ["براك"], ["تمنهنت"]),
  mv("reinforce", "conditional", "Libyan National Army", ["سرت"], ["سوكنة"]),
  mv("redeploy", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة تمنهنت"]),
 ],
 "qmg3": [
  mv("deploy", "reported", "Libyan National Army", ["حقل السرير"], ["الكفرة"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("deploy", "planned", "Libyan National Army", ["أجدابيا"], ["جالو"]),
  mv("advance", "conditional", "Libyan National Army", ["الكفرة"], ["مثلث العوينات"]),
  mv("advance", "denied", "Sudanese armed groups", [], ["الكفرة"], ["الحدود مع السودان"]),
 ],
 "qmg4": [
  mv("deploy", "reported", "Tunisian army", ["قابس"], ["بن قردان", "معبر رأس جدير"]),
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["رأس جدير"], ["زوارة"]),
  mv("reinforce", "planned", "Tunisian army", ["صفاقس"], ["بن قردان"]),
  mv("deploy", "conditional", "Tunisian army", ["بن قردان"], ["رأس جدير"]),
  mv("withdraw", "denied", "Tunisian army", ["الذهيبة"], ["تطاوين"]),
 ],
 "qmg5": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الجميل"]),
  mv("withdraw", "reported", None, ["أبو كماش"], ["زوارة"]),
  mv("deploy", "planned", "GNA forces", ["صبراتة"], ["أبو كماش"]),
  mv("advance", "conditional", "Zintan forces", ["الزنتان"], ["رقدالين"]),
  mv("advance", "denied", "Tunisian army", [], ["الجميل"], ["راس اجدير"]),
 ],
}

NOTES = {
 "qmg1": "Algerian economic site (Maghreb Emergent) from Algiers (dateline = the capital) on the Sabha–Ghat road: "
         "three LNA companies Sabha→Ubari and Al-Awaynat to set up checkpoints, the first truck convoy Sabha→Ghat "
         "escorted by armed LNA vehicles (the escort is the move), a planned Algerian detachment Djanet→the Tin "
         "Alkoum crossing, a conditional LNA company Tamanhint base→Ghat, gunmen massing around the Sharara field "
         "(actor null) and a denied Algerian entry into Ghat; fuel-smuggling trucks towards Niger, the Djanet source, "
         "the road «بين سبها وغات», Fezzan markets and the barter-trade countries are not movement places.",
 "qmg2": "China Radio International (Arabic) from Sabha on the reopened Tamanhint–Jufra road: two LNA battalions from "
         "Al Jufra air base setting checkpoints up to the entrance of Tamanhint, a unit Waddan→Sawknah chasing the "
         "attackers, a planned company Brak→Tamanhint, a conditional reinforcement Sirte→Sawknah and a denied move of "
         "Russian «Africa Corps» men Al Jufra air base→Tamanhint base; trucks sent back to Sabha, the Hun military "
         "prosecutor, the attack near Sawknah and the Chinese embassy in Tripoli are not moves; «مرهوناً» holds هون.",
 "qmg3": "Gulf economic site (Economy Middle East) from Kufra on the Kufra–Sarir road: fuel tankers Sarir field→Kufra "
         "escorted by Subul al-Salam (LNA), an LNA cargo flight with armour and ammunition Benina air base→Kufra "
         "airport, a planned company Ajdabiya→Jalu, a conditional advance Kufra→the Uweinat triangle and a denied RSF "
         "infiltration into Kufra across the border with Sudan (Libyan side, via); trucks of subsidised goods bound for Sudan and Chad, "
         "goods from Benghazi and the refugees are not moves; company names hold الخليج العربي and البريقة.",
 "qmg4": "Tunisian economic site (African Manager) from Tunis (dateline = capital; تونس later the country) on the "
         "coastal road to Ras Jedir: army units Gabes→Ben Gardane and along the road to the Ras Jedir crossing, a GNU "
         "central-security force Tripoli→Ras Jedir via Zuwara, planned units Sfax→Ben Gardane, a conditional move "
         "Ben Gardane→Ras Jedir and a denied pull-back Dehiba→Tataouine; the trucker's Medenine–Ben Gardane night "
         "driving, seized fuel trucks near Zarzis and trade figures are not moves.",
 "qmg5": "Tunisian economic magazine (L'Economiste Maghrébin) from Ben Gardane on the Libyan coastal road Ras "
         "Ajdir–Zawiya: a GNU column Tripoli→Al Jumayl, armed groups pulling back from around Abu Kammash to Zuwara "
         "(actor null), a planned border-guard force Sabratha→Abu Kammash, a conditional Zintan move Zintan→Regdalin "
         "and a denied Tunisian army crossing via Ras Ajdir to Al Jumayl; «ترد الجميل» (return the favour) holds "
         "الجميل, Tripoli as the staff's seat and the Ras Ajdir–Tripoli trade road are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qmg1", "qmg2", "qmg3", "qmg4", "qmg5")
