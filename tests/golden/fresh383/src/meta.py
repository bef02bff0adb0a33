# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                  # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                   # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                    # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                          # G
 # nu1 (dpa) Tripoli and the west coast
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                                # G
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),                  # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                   # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                             # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzur"),                                  # G
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Hurshah"),                               # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                   # G
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port"),                     # K
 "border_tn": ("region", "LY", 33.10, 11.55, "Libya-Tunisia border (Libyan side, coast)"), # K
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                 # G
 # nu2 (Sputnik) the south and Jufra
 "jufra": ("district", "LY", 29.12, 15.94, "Al Jufra"),                                    # K
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                    # G* (row قاعدة تمنهنت)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                     # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                       # G* (row جنوب ليبيا)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                     # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                     # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                   # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                    # G
 "central_ly": ("region", "LY", 26.33899, 17.22077, "Central Libya"),                      # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                       # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                        # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),    # G* (row الحدود الليبية النيجرية)
 "north_td": ("region", "TD", 18.20680, 19.78454, "Northern Chad"),                        # G
 # nu3 (MENA) the Egyptian border and the east
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),             # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                                # G
 "border_eg": ("region", "EG", 31.20, 25.10, "Egypt-Libya border (Egyptian side)"),        # K
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                             # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                   # G
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Tobruk port"),                         # K
 "benghazi_port": ("crossing", "LY", 32.105, 20.052, "Benghazi port"),                     # K
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),            # G* (row منفذ امساعد, country EG)
 "east_ly": ("region", "LY", 31.0, 22.0, "Eastern Libya"),                                 # K
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                  # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                 # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                     # G
 "east_oweinat": ("town", "EG", 22.5857, 28.7166, "East Oweinat"),                         # G* (row مطار شرق العوينات)
 "border_eg_sd": ("region", "EG", 22.22287, 31.25544, "Egypt-Sudan border (Egyptian side)"),  # G* (row الحدود المصرية السودانية)
 # nu4 (APS) the Algerian border
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                  # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                  # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                    # G
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),                # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                              # G
 "border_dz": ("region", "DZ", 28.50, 9.60, "Algeria-Libya border (Algerian side)"),       # K
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                    # G (gazetteer kind village)
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                          # G
 "djanet_wil": ("district", "DZ", 24.55528, 9.48500, "Djanet province"),                   # G* (town row)
 "boufarik": ("base", "DZ", 36.5458, 2.8761, "Boufarik Air Base"),                         # K
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),      # G
 "south_east_dz": ("region", "DZ", 24.38530, 5.41784, "South-eastern Algeria"),            # G* (row جنوب شرق الجزائر)
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                                # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                       # G
 # nu5 (TAP) the Tunisian border
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                         # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                               # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),          # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba border crossing"),      # G* (row منفذ وازن, country TN)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                   # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                   # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                             # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine governorate"),          # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                   # G
 "border_tnside": ("region", "TN", 32.15, 10.70, "Tunisia-Libya border (Tunisian side)"),  # K
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                     # G
 "wazin": ("crossing", "LY", 31.97500, 10.68300, "Wazin border crossing"),                 # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                       # G
 "sfax_port": ("crossing", "TN", 34.727, 10.765, "Sfax port"),                             # K
 "zarzis_port": ("crossing", "TN", 33.50, 11.13, "Zarzis port"),                           # K
 "south_east_tn": ("region", "TN", 32.28531, 10.16200, "South-eastern Tunisia"),           # G* (row جنوب شرق تونس)
}

TRAPS = {
 "nu1": ["وكالة الأنباء الألمانية", "د ب أ", "عماد الطرابلسي", "قوة حماية طرابلس", "السنوات الخمس", "الليبية"],
 "nu2": ["سبوتنيك", "العميد عيسى القطروني", "غرفة عمليات الجنوب الغربي", "لا أدري", "القيادة العامة للجيش الوطني الليبي",
         "الجيش الليبي", "تشادية", "التشادي", "روسي"],
 "nu3": ["أ ش أ", "وكالة أنباء الشرق الأوسط", "المصرية", "المصري", "مصرية", "ليبية", "الجيش الوطني الليبي"],
 "nu4": ["وأج", "وكالة الأنباء الجزائرية", "الجيش الوطني الشعبي", "درع الصحراء", "جزائرية", "الجزائري", "الليبي",
         "الليبية"],
 "nu5": ["وكالة تونس إفريقيا للأنباء", "وات", "نهج طرابلس", "الليبية", "الليبي"],
}

PHEN = {
 "nu1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "nu2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
 "nu3": ["clitics", "multiword", "media_trap", "nisba", "vague_area", "border_phrase", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "nu4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours",
         "countries"],
 "nu5": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_tripoli", "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "nu1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية", "مصفاة الزاوية"], ["جنزور"]),
  mv("withdraw", "reported", None, ["مصفاة الزاوية"], ["الحرشة"]),
  mv("advance", "denied", "Zintan forces", [], ["العزيزية"]),
  mv("naval_landing", "planned", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("reinforce", "conditional", "Misrata forces", ["مصراتة"], ["الزاوية"]),
 ],
 "nu2": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["قاعدة تمنهنط الجوية"]),
  mv("redeploy", "reported", "Libyan National Army", ["سبها"], ["اوباري"], ["جرمة"]),
  mv("withdraw", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["مالي"]),
  mv("deploy", "planned", "Libyan National Army", [], ["إدري"]),
  mv("advance", "conditional", "Chadian armed groups", ["الحدود مع النيجر"], ["القطرون"]),
 ],
 "nu3": [
  mv("reinforce", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["السلوم"], ["مرسى مطروح"]),
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء طبرق"]),
  mv("deploy", "denied", "Egyptian army", [], ["شرق ليبيا"], ["منفذ السلوم"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("mobilise", "conditional", "Egyptian army", [], ["شرق العوينات"]),
 ],
 "nu4": [
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["الدبداب"], ["برج عمر إدريس", "عين امناس"]),
  mv("shipment", "reported", "Algerian army", ["تمنراست"], ["جانت"]),
  mv("airlift", "planned", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار جانت"]),
  mv("deploy", "denied", "Algerian army", [], ["غدامس"]),
  mv("mobilise", "conditional", "GNA forces", [], ["غدامس", "درج"]),
 ],
 "nu5": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بنقردان"]),
  mv("redeploy", "planned", "GNA forces", ["زوارة"], ["معبر راس اجدير"]),
  mv("withdraw", "denied", "Tunisian army", ["الذهيبة"]),
  mv("mobilise", "conditional", "Tunisian army", [], ["رمادة", "الحدود مع ليبيا"]),
  mv("shipment", "reported", "Tunisian army", ["ميناء صفاقس"], ["ميناء جرجيس"]),
 ],
}

NOTES = {
 "nu1": "dpa-style Arabic wire items (Tripoli/Zintan/Misrata datelines): a GNA force Tripoli→Zawiya and the Zawiya "
        "refinery via Janzour (reported deploy), a local group's pull-back refinery→Al-Harsha told through «المصفاة» "
        "(reported withdraw, no canonical actor), Zintan's denied advance on Al-Aziziyah (headline + body = one move), "
        "a planned marines' move Abu Sitta naval base→Zuwara port, Misrata's conditional reinforcement «إذا تجددت». "
        "Not movement places: datelines, the minister's «الوضع في الزاوية», «حتى الحدود مع تونس» (purpose strip).",
 "nu2": "Sputnik-style items (Benghazi/Sabha/Moscow/Al Qatrun datelines): an Il-76 airlift Benina→Tamanhint air base "
        "(written تمنهنط), a Brigade 128 column Sabha→Ubari (written اوباري) via Germa called «إعادة تمركز» (reported "
        "redeploy), a Russian diplomat's denial of a pull-out Jufra air base→Mali (headline «الجفرة» is the same move), "
        "a planned company for Idri, a conditional Chadian rebel advance from near the Niger border to Al Qatrun "
        "(«قد تتقدم … إذا»). Not movement places: «لتأمين الجنوب الليبي وحقل الشرارة» (purpose), «بوادي الشاطئ», "
        "«في وسط ليبيا» (locators), «في شمال تشاد» (the Chadian army's pursuit is the condition, not a move).",
 "nu3": "MENA-style items (Cairo/Benghazi datelines): an Egyptian reinforcement Mohamed Naguib base→Sallum via Marsa "
        "Matruh, an LNA landing ship Benghazi port→Tobruk port (reported naval_landing), the Egyptian spokesman's denial "
        "of units crossing the Sallum land port into eastern Libya, a planned air bridge Benina→Kufra airport, Egypt's "
        "conditional massing at East Oweinat. Not movement places: «على الحدود مع ليبيا» locating Sallum, refugees "
        "flowing to Kufra (civilians), Darfur/Sudan (context), «الحدود مع السودان» (the condition).",
 "nu4": "APS-style items (Algiers/Djanet datelines): an Algerian reinforcement Ouargla→Debdeb via Bordj Omar Driss and "
        "In Amenas, a supply convoy Tamanrasset→Djanet (reported shipment), a planned airlift Boufarik air base→Djanet "
        "airport, the MoD's denial of deploying near Ghadames, the GNA chief of staff's conditional massing in Ghadames "
        "and Derj. Not movement places: the dateline «الجزائر» and «زيارة عمل إلى الجزائر العاصمة» (Algiers, an "
        "official's visit), «الحدود مع ليبيا» (purpose), «الجنوب الشرقي» (exercise area, purpose).",
 "nu5": "TAP-style items (Tunis/Ben Gardane/Tataouine/Sfax datelines): a Tunisian reinforcement Medenine→Ben Gardane "
        "(written بنقردان), a planned GNU Interior redeploy Zuwara→the Ras Ajdir crossing (written راس اجدير), a denied "
        "pull-out from Dehiba, the governor's conditional massing at Remada and along the border with Libya, an "
        "equipment shipment by sea Sfax port→Zarzis port. Not movement places: Ras Ajdir as a distance reference, "
        "traders' protest in «نهج طرابلس», Nalut/Wazin crossing (the condition), the Dehiba crossing's civilian "
        "traffic, «بالجنوب الشرقي» (beneficiary units).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("nu1", "nu2", "nu3", "nu4", "nu5")
