# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # regions used as section headings (west / south / east)
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "tripolitania": ("region", "LY", 30.79644, 14.18653, "Tripolitania"),                  # G
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica"),                        # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 # shared cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # yu1 Carnegie «Sada» (Beirut)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                       # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "zueitina_port": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil port"),          # G* (town row الزويتينة)
 # yu2 ECSS (Cairo)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "border_lyeg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border"),             # G (row الحدود الليبية المصرية)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "misrata_port": ("crossing", "LY", 32.365, 15.215, "Port of Misrata (Qasr Ahmad)"),    # K
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G (matched by grep براك الشاطئ)
 # yu3 Future for Advanced Research and Studies (Abu Dhabi)
 "abudhabi": ("city", "AE", 24.45118, 54.39696, "Abu Dhabi"),                           # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),           # G* (town row)
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                            # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "tripoint_sd_td": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 # yu4 Libyan Organization for Policies and Strategies (Tripoli)
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "qasr": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                        # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                           # G
 "waw": ("region", "LY", 24.92000, 17.77000, "Waw an Namus"),                           # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "tocra": ("town", "LY", 32.53414, 20.57911, "Tocra"),                                  # G
 # yu5 Arab Center for Research and Policy Studies (Doha)
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "zliten_mun": ("district", "LY", 32.46739, 14.56874, "Zliten municipality"),           # G* (city row)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "gaziantep": ("city", "TR", 37.05944, 37.38250, "Gaziantep"),                          # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "bordj": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),                        # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "border_dz": ("region", "DZ", 28.3, 9.6, "Algeria-Libya border (Algerian side)"),      # K
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
}

TRAPS = {
 "yu1": ["مركز مالكوم كير–كارنيغي للشرق الأوسط", "المعارضة التشادية", "اللواء طارق بن زياد", "ليبيا الحدث",
         "الفيلق الأفريقي", "هذه الزاوية", "برنامج الشرق الأوسط وشمال أفريقيا", "اللبنانية"],
 "yu2": ["المركز المصري للفكر والدراسات الاستراتيجية", "كتيبة سبل السلام", "قوات الدعم السريع", "الجانب المصري",
         "المنطقة الغربية العسكرية", "الاتجاه الاستراتيجي الغربي", "تركية"],
 "yu3": ["مركز المستقبل للأبحاث والدراسات المتقدمة", "عبد السلام الإدريسي", "مجلس القيادة العسكرية لإنقاذ الجمهورية",
         "التشادي", "الفيلق الأفريقي"],
 "yu4": ["المنظمة الليبية للسياسات والاستراتيجيات", "التركية", "وكالة الأناضول", "الأيام الخمسة",
         "منطقة سبها العسكرية", "تشاديين", "بنغازي الآن", "خالد الزنتاني"],
 "yu5": ["المركز العربي للأبحاث ودراسة السياسات", "سوريين", "الجيش الجزائري", "التونسية"],
}

PHEN = {
 "yu1": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "yu2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "yu3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "countries"],
 "yu4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "vague_area", "coverage_crossings"],
 "yu5": ["clitics", "multiword", "media_trap", "nisba", "ambiguity_country_capital", "ambiguity_idri", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "yu1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية"], ["جنزور"]),
  mv("redeploy", "planned", "GNA forces", ["قاعدة معيتيقة"], ["قاعدة الوطية"]),
  mv("advance", "denied", "Zintan forces", [], ["العزيزية"]),
  mv("withdraw", "reported", "Chadian armed groups", ["أم الأرانب"], ["الحدود مع النيجر"]),
  mv("deploy", "conditional", "Libyan National Army", ["تراغن"], ["القطرون"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة الخادم"]),
  mv("naval_landing", "reported", "Libyan National Army", ["بنغازي"], ["ميناء الزويتينة"]),
 ],
 "yu2": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["طبرق"], ["درنة"]),
  mv("deploy", "reported", "Libyan National Army", ["جالو"], ["حقل السرير"]),
  mv("withdraw", "conditional", "Libyan National Army", ["الكفرة"]),
  mv("reinforce", "planned", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["السلوم"]),
  mv("shipment", "denied", "Turkish armed forces", [], ["ميناء مصراتة"]),
  mv("deploy", "reported", "Libyan National Army", ["براك الشاطئ"], ["أوباري"]),
 ],
 "yu3": [
  mv("redeploy", "reported", "Libyan National Army", ["الشويرف"], ["إدري"]),
  mv("deploy", "planned", "Libyan National Army", ["سبها"], ["مرزق"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["حقل الفيل"]),
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["مسلاتة"]),
  mv("advance", "conditional", "Misrata forces", ["تاورغاء"], ["بني وليد"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة الخادم"], ["قاعدة معطن السارة"]),
 ],
 "yu4": [
  mv("withdraw", "reported", "GNA forces", ["ترهونة"], ["قصر بن غشير"]),
  mv("naval_landing", "planned", "Turkish armed forces", ["طرابلس"], ["ميناء الخمس"]),
  mv("deploy", "conditional", "Libyan National Army", ["سبها"], ["غات"], ["اوباري"]),
  mv("mobilise", "reported", "Chadian armed groups", ["تمسة"], ["واو الناموس"]),
  mv("withdraw", "denied", "Libyan National Army", ["درنة"], ["المرج"]),
  mv("deploy", "reported", "Libyan National Army", ["بنغازي"], ["توكرة"]),
 ],
 "yu5": [
  mv("deploy", "reported", "Misrata forces", ["مصراتة"], ["زليتن"]),
  mv("deploy", "planned", "GNA forces", ["زوارة"], ["معبر رأس جدير"]),
  mv("airlift", "denied", "Syrian mercenaries", ["مطار معيتيقة"], ["غازي عنتاب"]),
  mv("shipment", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["سبها"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["برج عمر إدريس"]),
  mv("reinforce", "conditional", "Tunisian army", ["قابس"], ["بن قردان"]),
 ],
}

NOTES = {
 "yu1": "Carnegie «Sada» weekly, items under West/South/East headings (each heading a gold region, not a movement "
        "place): the Stability Support Apparatus Tripoli→Zawiya via Janzour (the refinery unnamed), a planned air-defence "
        "company Mitiga base→Al-Watiya base, Zintan's denied column towards Al-Aziziyah, Chadian rebels' reported pull-out "
        "from Umm al-Aranib towards the border with Niger, Tariq bin Ziyad brigade's conditional move Traghen→Al-Qatrun, a "
        "denied Russian airlift Jufra air base→Al-Khadim base and LNA marines landed at Zueitina port from Benghazi; "
        "Beirut is the dateline and Tripoli (Lebanon) only a postponed workshop; «من هذه الزاوية» is a common-word trap.",
 "yu2": "ECSS weekly observatory: an LNA reinforcement Benghazi→Tobruk via Derna, oil guards Jalu→Sarir field, a "
        "conditional pull-out from Kufra (the Sudan border only the condition), a planned Egyptian battalion Mohamed "
        "Naguib base→Sallum, a denied Turkish armour shipment to Misrata port and an LNA column Brak (written «براك "
        "الشاطئ»)→Ubari; Misrata/Sirte roads and the neighbours' meeting in Tunis add places but no movement.",
 "yu3": "Future Center weekly estimate under Fezzan / Tripolitania / Cyrenaica headings: an LNA company Shwayrif→Idri "
        "(al-Idrisi a person trap), a planned battalion Sabha→Murzuq (Murzuq municipality only the requester; the closing "
        "forecast repeats the plan, not a new move), Chadian rebels' denied presence near El Feel field, the 444 Brigade "
        "Tripoli→Msallata, Misrata brigades' conditional advance Tawergha→Bani Walid (Misrata is the speaker) and a "
        "reported Russian airlift Al-Khadim→Maaten al-Sarra (the border triangle only locates the base).",
 "yu4": "Libyan Organization for Policies and Strategies weekly brief with bare headings «الغرب/الجنوب/الشرق» "
        "(annotated as regions): the 444 Brigade's pull-out Tarhuna→Qasr Bin Ghashir, a planned Turkish landing "
        "Tripoli→Khoms port (Ankara the venue, the second Tripoli the government's reaction), a conditional LNA move "
        "Sabha→Ghat via Ubari («منطقة سبها العسكرية» is a trap), Chadian fighters massing near Waw an-Namus from Tmassah, "
        "a denied pull-out Derna→Al-Marj and an LNA company Benghazi→Tocra.",
 "yu5": "Arab Center weekly summary: Misrata's joint force Misrata→Zliten (Zliten municipality only a source), a planned "
        "GNA takeover of Ras Ajdir from Zuwara, a denied Syrian airlift Mitiga airport→Gaziantep, an LNA supply convoy "
        "Jufra air base→Sabha, an LNA airlift Benina→Kufra airport, an Algerian reinforcement Ouargla→Bordj Omar Driss "
        "(the border with Libya only a distance reference; Algiers the papers' city) and a conditional Tunisian "
        "reinforcement Gabes→Ben Gardane (Ras Ajdir only the condition there).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("yu1", "yu2", "yu3", "yu4", "yu5")
