# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 # zs1 Turkish forces, Al-Watiya and the west coast (Al-Quds Al-Arabi)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "misrata_port": ("crossing", "LY", 32.365, 15.215, "Port of Misrata (Qasr Ahmed)"),    # K
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                       # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "border_tn": ("region", "LY", 33.02, 11.65, "Libya-Tunisia border (Libyan side, coast)"),  # K
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 # zs2 Sirte, Jufra and the Russians (Al-Jarida)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "jufra": ("district", "LY", 29.15, 16.05, "Al Jufra"),                                 # K (README convention: point near Hun/Waddan)
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 # zs3 the Egyptian western border (Veto)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "alamein_airport": ("airport", "EG", 30.92450, 28.46140, "El Alamein International Airport"),  # G
 "east_ly": ("region", "LY", 31.5, 21.5, "Eastern Libya"),                              # K
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),              # G
 "border_eg": ("region", "EG", 31.3, 25.1, "Egypt-Libya border (Egyptian side)"),       # K
 # zs4 Djanet, Ghat and Isayen (El Fadjr)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),             # G
 "illizi_wilaya": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),             # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, country DZ)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "border_dz": ("region", "DZ", 25.5, 9.7, "Algeria-Libya border (Algerian side)"),      # K
 "southwest_ly": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),           # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 # zs5 Dehiba, Remada and the Tunisian border (Jawhara FM)
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G* (row منفذ وازن, country TN)
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                 # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),       # G* (district row تطاوين)
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "border_tn_side": ("region", "TN", 32.5, 10.95, "Tunisia-Libya border (Tunisian side)"),  # K
}

TRAPS = {
 "zs1": ["القدس العربي", "الجميلي", "منطقة الساحل الغربي العسكرية", "ليبيا بانوراما", "الليبية", "التركية"],
 "zs2": ["الجريدة", "الإدريسي", "ليبيا روحها الوطن", "الجيش الوطني الليبي", "الفيلق الإفريقي"],
 "zs3": ["فيتو", "طبرق الآن", "السلومي", "القاهرة الإخبارية", "الجيش الوطني الليبي", "البرلمان المصري", "مصرية"],
 "zs4": ["الفجر", "الجيش الوطني الشعبي", "الجيش الجزائري", "فزان الحدث", "الليبية"],
 "zs5": ["جوهرة أف أم", "القابسي", "الجيش التونسي", "الطرابلسي"],
}

PHEN = {
 "zs1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "zs2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "countries"],
 "zs3": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "vague_area", "border_phrase",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "zs4": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_crossings", "coverage_oil", "coverage_neighbours", "countries"],
 "zs5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "zs1": [
  mv("withdraw", "denied", "Turkish armed forces", ["قاعدة الوطية الجوية"], ["ميناء مصراتة"]),
  mv("redeploy", "reported", "GNA forces", ["الوطية"], ["العجيلات"], ["الجميل"]),
  mv("airlift", "planned", "Turkish armed forces", ["تركيا"], ["قاعدة معيتيقة"]),
  mv("deploy", "denied", "Misrata forces", ["مصراتة"], ["زوارة"]),
  mv("deploy", "conditional", "Misrata forces", [], ["زوارة"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء طرابلس"]),
 ],
 "zs2": [
  mv("withdraw", "denied", "Libyan National Army", ["سرت"], ["الجفرة"]),
  mv("reinforce", "reported", "Libyan National Army", ["هون"], ["سرت"], ["ودّان"]),
  mv("shipment", "planned", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("mobilise", "denied", "Russian forces", [], ["إدري"]),
  mv("reinforce", "conditional", "Libyan National Army", ["بنغازي"], ["سرت"]),
  mv("reinforce", "denied", "Libyan National Army", ["سبها"], ["سرت"]),
 ],
 "zs3": [
  mv("advance", "denied", "Egyptian army", [], ["طبرق"], ["منفذ السلوم البري"]),
  mv("redeploy", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سيوة"], ["مرسى مطروح"]),
  mv("airlift", "planned", "Egyptian army", ["مطار العلمين"], ["سيوة"]),
  mv("advance", "conditional", "Egyptian army", [], ["الجغبوب"]),
  mv("naval_landing", "denied", "Egyptian army", [], ["قاعدة طبرق البحرية"]),
 ],
 "zs4": [
  mv("deploy", "denied", "Algerian army", [], ["غات"], ["معبر إيسين"]),
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت"]),
  mv("redeploy", "planned", "Algerian army", ["ورقلة"], ["برج عمر إدريس"]),
  mv("advance", "conditional", "Algerian army", ["جانت"], ["تين الكوم"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["غات"], ["أوباري"]),
 ],
 "zs5": [
  mv("reinforce", "denied", "Tunisian army", ["قابس"], ["معبر الذهيبة"]),
  mv("mobilise", "denied", "Tunisian army", [], ["الذهيبة"]),
  mv("redeploy", "reported", "Tunisian army", ["رمادة"], ["برج الخضراء"]),
  mv("deploy", "planned", "Zintan forces", ["الزنتان"], ["وازن"], ["نالوت"]),
  mv("withdraw", "conditional", "GNA forces", ["معبر رأس اجدير"]),
  mv("withdraw", "denied", "GNA forces", ["معبر رأس اجدير"], ["زوارة"]),
 ],
}

NOTES = {
 "zs1": "A defence-ministry denial with the claim quoted: Turkish forces' denied pull-out Al-Watiya air base→Misrata "
        "port; what residents saw was a GNA battalion Al-Watiya→Al-Ajaylat via Al-Jumayl (reported; 'Al-Jumayl' is "
        "also inside the spokesman's name al-Jumayli); a planned Turkish transport plane from Turkey to Mitiga base; a "
        "denied Misrata→Zuwara move of 40 vehicles and the conditional entry into Zuwara ('لن تدخل المدينة إلا إذا'); a "
        "TV channel's retracted report of a Turkish landing ship putting armour and troops ashore at Tripoli port "
        "(denied), corrected to footage from the port of Tripoli, Lebanon (not a movement place). Ankara is the "
        "ministry's seat, the border with Tunisia and Ras Ajdir are background; the closing presence at Al-Watiya, "
        "Mitiga and Khoms port is a standing deployment since 2020, not a movement.",
 "zs2": "LNA denies pulling Brigade 128 from Sirte to Al-Jufra; reinforcements Hun→Sirte via Waddan (written ودّان) "
        "are reported; the Russian Africa Corps is to ship two air-defence systems and missiles Al-Jufra air base→Brak "
        "air base (planned shipment; Wadi al-Shati only locates the base); a denied Russian massing in Idri (beside "
        "the spokesman al-Idrisi, a trap three times); a conditional reinforcement Benghazi→Sirte if Misrata forces "
        "move east from Abu Qurayn (the condition's places are not movement places); the outlet's closing correction "
        "retracts a Sabha→Sirte origin (denied) and restates Hun. Benghazi is also the dateline; Gardabiya (units "
        "staying), Geneva and the oil ports are background.",
 "zs3": "Egyptian military source denies a 70-armour column through the Sallum land port towards Tobruk (the "
        "headline's 'إلى ليبيا' repeats it); the footage was a battalion Mohamed Naguib base→Siwa via Marsa Matruh "
        "(reported); a planned airlift of a commando company El Alamein airport→Siwa; a conditional advance to "
        "Al-Jaghbub (Siwa only a distance reference there); a Tobruk page's deleted claim of an Egyptian landing ship "
        "putting 300 troops ashore at Tobruk naval base (denied; Benghazi is the speaker's city). Sallum in the "
        "elder's quote, the border length, Cairo, Egypt and Libya at the end are not movement places.",
 "zs4": "Algeria's defence ministry denies units entering Ghat through the Isayen crossing; a special-forces battalion "
        "Illizi→Djanet is reported; a planned infantry regiment Ouargla→Bordj Omar Driss (Illizi province only its "
        "locator); a conditional advance Djanet→Tin Alkoum; a Libyan channel's correction says the filmed column was "
        "an LNA fuel-and-ammunition convoy Sabha→Ghat via Ubari (reported shipment). Algiers is the dateline, Algeria "
        "the country three times; the border, the south-west, El Feel and Al-Awaynat are background (smuggling routes).",
 "zs5": "Tunisia's defence ministry denies reinforcements from the Gabes barracks to the Dehiba crossing; the radio "
        "corrects its own report of reinforcements massing in Dehiba (denied mobilise) — it was an engineering unit "
        "Remada→Borj El Khadra (reported; southern Tunisia a locator); Zintan's planned force Zintan→Wazin via Nalut; "
        "the GNA interior ministry's conditional pull-out from Ras Ajdir and its denied withdrawal Ras Ajdir→Zuwara. "
        "Medenine (dateline), Tataouine and its governorate (distance reference), Tripoli (seat of the ministry), "
        "Tunis, Ben Gardane, Dehiba at the end and the border are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("zs1", "zs2", "zs3", "zs4", "zs5")
