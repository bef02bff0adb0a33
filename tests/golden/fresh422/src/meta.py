# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # the oil crescent
 "crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                      # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G (surface السدرة alone)
 "sider_port": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),         # G (row ميناء السدرة)
 "raslanuf_town": ("town", "LY", 30.50000, 18.52720, "Ras Lanuf"),                      # G* (oilfield row as town)
 "raslanuf_mun": ("district", "LY", 30.50000, 18.52720, "Ras Lanuf municipality"),      # G* (oilfield row)
 "raslanuf_airport": ("airport", "LY", 30.50000, 18.52720, "Ras Lanuf Oil Airport"),    # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa Brega oil port"),          # G* (town row)
 "uqayla": ("town", "LY", 30.25583, 19.19944, "El Agheila"),                            # G
 "zueitina": ("town", "LY", 30.95220, 20.12022, "Az Zuwaytinah"),                       # G
 "zueitina_port": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),      # G* (town row)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawwad"),                          # G
 "binjawad_mun": ("district", "LY", 30.80418, 18.07720, "Bin Jawad municipality"),      # G* (town row)
 "nawfaliya": ("town", "LY", 30.78306, 17.83306, "Nofaliya"),                           # G
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                                # G
 "marada": ("town", "LY", 29.22054, 19.20454, "Maradah"),                               # G
 # rest of Libya
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.10500, 20.05000, "Benghazi port"),              # K
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.14000, 16.04000, "Al Jufra"),                           # K (between the Hun and Waddan rows)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya"),                      # G* (row برقة, Cyrenaica)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 # abroad
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "border_eg": ("region", "EG", 31.30000, 25.20000, "Egypt-Libya border (Egyptian side)"),  # K
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                               # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "trieste": ("city", "IT", 45.64950, 13.77680, "Trieste"),                              # K
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
}

TRAPS = {
 "ph1": ["بوابة إفريقيا الإخبارية", "شارع طرابلس", "الهلالي", "شركة الزويتينة للنفط", "الهلال الأحمر الليبي"],
 "ph2": ["سبوتنيك", "الجيش الوطني الليبي", "اللواء طارق بن زياد", "طبرق", "السفارة الروسية",
         "شركة راس لانوف لتصنيع النفط والغاز", "الخام الليبي"],
 "ph3": ["يورونيوز", "الخام الليبي", "الأسواق الأوروبية", "الجيش الوطني الليبي", "ميلاد الإدريسي",
         "شركة الزويتينة للنفط", "شركة سرت لإنتاج وتصنيع النفط والغاز", "مسار برلين"],
 "ph4": ["الوفد", "مصراتية", "الجيش الليبي", "اللواء طارق بن زياد", "التركية", "حسام السلومي",
         "مركز الأهرام للدراسات السياسية والاستراتيجية", "المنطقة الغربية العسكرية", "الأراضي الليبية",
         "النفط الليبي"],
 "ph5": ["مونت كارلو الدولية", "شارع السدرة", "ما ادري", "الجيش الوطني الليبي", "شائعات قد سرت", "سودانيين"],
}

PHEN = {
 "ph1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "town_vs_district", "coverage_bases", "coverage_oil", "countries"],
 "ph2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "coverage_bases",
         "coverage_oil", "countries"],
 "ph3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_oil",
         "countries"],
 "ph4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "ph5": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def M(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"

MOVES = {
 "ph1": [
  M("reinforce", "reported", LNA, ["اجدابيا"], ["ميناء السدرة", "رأس لانوف"], ["البريقة", "العقيلة"]),
  M("shipment", "reported", LNA, ["قاعدة بنينا الجوية"], ["رأس لانوف"]),
  M("deploy", "planned", LNA, ["ميناء بنغازي"], ["ميناء السدرة"]),
  M("redeploy", "conditional", None, ["بن جواد"], ["السدرة"]),
  M("withdraw", "denied", None, ["ميناء الزويتينة"], ["اجدابيا"]),
 ],
 "ph2": [
  M("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار راس لانوف"]),
  M("redeploy", "reported", LNA, ["سرت"], ["بن جواد", "النوفلية"]),
  M("naval_landing", "planned", LNA, ["ميناء بنغازي"], ["ميناء السدرة"]),
  M("redeploy", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["راس لانوف"]),
  M("advance", "conditional", "Misrata forces", ["الوشكة"], ["بن جواد"]),
 ],
 "ph3": [
  M("withdraw", "conditional", None, ["ميناء البريقة", "ميناء الزويتينة"], []),
  M("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء الزويتينة"]),
  M("redeploy", "planned", LNA, ["الزويتينة"], ["البريقة"], ["أجدابيا"]),
  M("withdraw", "denied", LNA, ["البريقة"], ["سرت"]),
 ],
 "ph4": [
  M("mobilise", "reported", "Misrata forces", [], ["أبوقرين"]),
  M("reinforce", "reported", LNA, ["بنغازي"], ["رأس لانوف"], ["إجدابيا", "البريقة"]),
  M("deploy", "planned", LNA, [], ["هراوة"]),
  M("airlift", "denied", "Turkish armed forces", [], ["مطار مصراتة"]),
  M("deploy", "conditional", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["السلوم"]),
 ],
 "ph5": [
  M("withdraw", "reported", None, ["النوفلية"], ["بن جواد"]),
  M("advance", "reported", LNA, ["البريقة"], ["مرادة"]),
  M("shipment", "planned", LNA, ["اجدابيا"], ["بن جواد"]),
  M("mobilise", "conditional", LNA, ["سرت", "راس لانوف"], ["النوفلية"]),
  M("advance", "denied", "Sudanese armed groups", [], ["بن جواد"]),
 ],
}

NOTES = {
 "ph1": ("Afrigate-style report from Ajdabiya: an LNA reinforcement Ajdabiya→Es Sider port/Ras Lanuf via Brega and "
         "El Agheila after unknown boats were seen (reported), LNA ammunition and fuel trucks Benina air base→Ras "
         "Lanuf (reported shipment), LNA navy patrol boats Benghazi port→Es Sider port (planned, تعتزم), the PFG "
         "reserve Bin Jawad→Es Sider «إذا تكرر» (conditional, PFG = null actor) and a PFG pull-out Zueitina "
         "port→Ajdabiya («لا صحة», denied); traps: the outlet, «شارع طرابلس» in Ajdabiya, the PFG commander "
         "«الهلالي», Zueitina Oil Company, the Libyan Red Crescent; NOC in Tripoli and بلدية رأس لانوف are gold."),
 "ph2": ("Sputnik-style report from Benghazi: an LNA Il-76 airlift Benina air base→Ras Lanuf airport (reported), "
         "artillery redeployed Sirte→Bin Jawad/Nawfaliya (reported), a planned landing of marines Benghazi port→Es "
         "Sider port by the landing ship «طبرق» (trap), a Russian move Jufra air base→Ras Lanuf denied by the "
         "embassy, and a Misrata Joint Force advance Al-Washka→Bin Jawad «لن…إلا إذا» (conditional); Misrata and "
         "Moscow are only venue/speaker; RASCO is a trap."),
 "ph3": ("Euronews-style report: PFG guards threaten to leave Brega and Zueitina ports «ما لم» (conditional "
         "withdraw, no destination), an LNA landing ship Benghazi port→Zueitina port (reported), the same force "
         "Zueitina→Brega via Ajdabiya next week (planned) and an LNA pull-out Brega→Sirte called «مجرد شائعات» "
         "(denied); tankers to Trieste and to Tripoli (Lebanon), the NOC in Tripoli and a Berlin-process meeting in "
         "Tunis are not movement places; «شرق ليبيا» is one region."),
 "ph4": ("Al-Wafd-style analysis from Cairo: Misratan battalions massing at Abu Qurayn (reported mobilise), a Tariq "
         "bin Ziyad column Benghazi→Ras Lanuf via Ajdabiya and Brega (reported), a planned battalion for Harawa, "
         "Turkish cargo flights to Misrata airport denied by Ankara, and an Egyptian move Mohamed Naguib base→Sallum "
         "«إذا تجاوزت» (conditional); the border phrase only locates Sallum; the Sirte–Jufra line, the neighbours' "
         "meeting in Algiers and the Sallum land port are not movement places; «حسام السلومي» is a person trap."),
 "ph5": ("Monte Carlo Doualiya-style feature from Bin Jawad: a PFG unit pulled back Nawfaliya→Bin Jawad (reported, "
         "«إلى البلدة»), an LNA company Brega→Marada (reported advance), a planned supply convoy Ajdabiya→Bin Jawad, "
         "LNA massing at Nawfaliya from Sirte and Ras Lanuf «في حال» (conditional) and Sudanese gunmen entering Bin "
         "Jawad denied by the mayor; the smugglers' route (the south, Toummo, the Niger border) and the 2016-2018 "
         "displacement to Sirte and Ajdabiya are not movements; traps «شارع السدرة», «ما ادري», «شائعات قد سرت»."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ph1", "ph2", "ph3", "ph4", "ph5")
