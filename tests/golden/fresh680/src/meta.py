# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G
 # zf1 Ras Ajdir (Al-Eqtisadiah)
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine governorate"),        # G (district row مدنين)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "border_tn_side": ("region", "TN", 33.00, 11.40, "Tunisia-Libya border (Tunisian side)"),  # K
 "jumayl": ("town", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G (gazetteer kind city)
 "se_tn": ("region", "TN", 33.00, 10.60, "South-eastern Tunisia"),                      # K
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),               # G
 "zuwara_port": ("crossing", "LY", 32.925, 12.090, "Port of Zuwara"),                   # K
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 # zf2 Dehiba-Wazin (Assarih)
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba-Wazin border crossing (Tunisian side)"),  # G* (row منفذ وازن, country TN)
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G (row منفذ وازن)
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "nalut_dist": ("district", "LY", 30.45393, 10.78371, "Nalut district"),                # G
 "jabal": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),      # G
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),          # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                                    # G
 # zf3 Emsaed-Sallum (Al-Mal News)
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh governorate"),            # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G
 "bardia": ("town", "LY", 31.75000, 25.08333, "Bardia"),                                # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "border_eg": ("region", "EG", 29.6, 25.1, "Egypt-Libya border (Egyptian side, south of Jaghbub)"),  # K
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "sallum_port": ("crossing", "EG", 31.565, 25.155, "Port of Sallum"),                   # K
 "matruh_naval": ("base", "EG", 31.360, 27.240, "Marsa Matruh naval base"),              # K
 # zf4 Toummo (CNBC Arabia)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G* (row أغاديس)
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "tripoint": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"),  # G* (row المثلث الحدودي مع النيجر وتشاد)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 # zf5 Tin Alkoum / Isayen (Echaab)
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, country DZ)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi province"),                  # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "border_dz": ("region", "DZ", 25.0, 9.95, "Algeria-Libya border (Algerian side, near Tin Alkoum)"),  # K
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "southwest_ly": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),           # G
}

TRAPS = {
 "zf1": ["عادل الطرابلسي", "وكالة تونس إفريقيا للأنباء", "مالي", "قد سرت", "الليبية", "التونسية", "التونسي",
         "دينار تونسي"],
 "zf2": ["الجيش الوطني التونسي", "محمد الوازني", "إذاعة تطاوين", "عسكري تونسي"],
 "zf3": ["المال", "المنطقة الشمالية الغربية العسكرية", "الجيش الوطني الليبي", "اللواء طارق بن زياد", "المصرية",
         "اللبناني", "الليبية"],
 "zf4": ["CNBC عربية", "اللواء 128", "الفيلق الإفريقي الروسي", "صحراء إف إم", "مجلس القيادة العسكرية لإنقاذ الجمهورية",
         "التشادي", "محمد إدريس ديبي", "علي القطروني", "زاوية اقتصادية"],
 "zf5": ["الشعب", "الجيش الوطني الشعبي", "الناحية العسكرية الرابعة", "الليبية", "الجزائرية", "إدريس بوعلام"],
}

PHEN = {
 "zf1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "zf2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "zf3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "zf4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri",
         "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "zf5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "zf1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["معبر راس جدير"], ["زوارة", "أبو كماش"]),
  mv("withdraw", "conditional", "GNA forces", ["معبر راس جدير"], ["طرابلس"]),
  mv("naval_landing", "planned", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("redeploy", "planned", "Tunisian army", ["جرجيس"], ["بن قردان"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["الجميل"]),
 ],
 "zf2": [
  mv("deploy", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"], ["رمادة"]),
  mv("redeploy", "planned", "GNA forces", ["نالوت"], ["منفذ وازن"]),
  mv("withdraw", "conditional", "Tunisian army", ["الذهيبة"], ["رمادة"]),
  mv("advance", "denied", "Zintan forces", ["جادو"], ["وازن"]),
 ],
 "zf3": [
  mv("reinforce", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["السلوم"], ["سيدي براني"]),
  mv("naval_landing", "reported", "Egyptian army", ["قاعدة مرسى مطروح البحرية"], ["ميناء السلوم"]),
  mv("withdraw", "conditional", "Egyptian army", [], ["مرسى مطروح"]),
  mv("redeploy", "planned", "Libyan National Army", ["طبرق"], ["امساعد"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["البردي"]),
 ],
 "zf4": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["منفذ التوم"], ["القطرون", "قاعدة الويغ"]),
  mv("airlift", "conditional", "Libyan National Army", ["قاعدة تمنهنت"], ["قاعدة الويغ"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["القطرون"]),
  mv("airlift", "planned", "Russian forces", ["نيامي"], ["ديركو"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["تجرهي"]),
 ],
 "zf5": [
  mv("deploy", "reported", "Algerian army", ["إليزي"], ["تين الكوم"], ["جانت"]),
  mv("reinforce", "conditional", "Algerian army", ["ورقلة"], ["إليزي"]),
  mv("redeploy", "planned", "Libyan National Army", ["حقل الشرارة"], ["غات"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["غات"], ["أوباري"]),
  mv("withdraw", "denied", "Libyan National Army", ["منفذ إيسين"], ["العوينات"]),
 ],
}

NOTES = {
 "zf1": "Ras Ajdir reopened: a GNU Interior force Tripoli→Ras Ajdir ('معبر راس جدير') via Zuwara and Abu Kammash; its "
        "commander's conditional return from the crossing ('لن تغادر المعبر') to Tripoli; a planned sea move of 120 men "
        "Abu Sitta naval base→Zuwara port (Mellitah only bounds the coastal strip); a planned Tunisian army unit "
        "Zarzis→Ben Gardane ('to watch the border with Libya' is a purpose, not a destination); Zintan's denied column "
        "Zintan→Al-Jumayl (the first Zintan only locates the council). Medenine governorate, Ben Gardane's fuel market, "
        "trade figures and the south-east are not movement places; traps: commander 'الطرابلسي', TAP, 'مالياً', 'قد سرت'.",
 "zf2": "Dehiba-Wazin: Tunisian army units Tataouine→Dehiba via Remada; a planned GNA border-guard company Nalut→the Wazin "
        "crossing; the Tunisian units' conditional return Dehiba→Remada barracks; Wazin council denies a Zintan column "
        "Jadu→Wazin ('إلى البلدة' resolved to Wazin; Zintan only names the military council). Lorries to Nalut and "
        "the Western Mountain, Nalut district customs and Tripoli's authorities are not movement places.",
 "zf3": "Sallum land port reopened: Egyptian reinforcements Mohamed Naguib base→Sallum via Sidi Barrani; marines landed "
        "at Sallum port from the Marsa Matruh naval base; the units' conditional return to Marsa Matruh (no origin "
        "written: 'هذه الوحدات'); a planned LNA battalion Tobruk→Emsaed; a denied LNA massing at Bardia ('20 km north "
        "of the crossing' is a distance reference). Lorries between Sidi Barrani and Sallum, Lebanese goods from "
        "Tripoli port (LB) to Tripoli (LY) and the infiltration across the border south of Jaghbub are civilian or "
        "unattributed and not force movements.",
 "zf4": "Niger reopens Toummo: an LNA 128 Brigade force Sabha→the Toummo crossing via Al-Qatrun and Al-Wigh base (escorting "
        "convoys 'up to the border with Niger' is its purpose, not another move); a conditional airlift Tamanhint "
        "base→Al-Wigh base; 10 fuel-and-ammunition lorries Sabha→Al-Qatrun; a planned Russian Africa Corps airlift "
        "Niamey→Dirkou; a Chadian rebel council's denied massing near Tajarhi ('no presence in the border triangle' is "
        "a statement of absence, no movement). Goods Sabha→Agadez and fuel smuggled to Niger and Chad are not force "
        "movements.",
 "zf5": "Tin Alkoum/Isayen reopened for barter trade: Algerian army units Illizi→Tin Alkoum via Djanet (the first Djanet "
        "is only a distance reference); a conditional reinforcement Ouargla→Illizi; a planned LNA company Sharara "
        "field→Ghat; 9 LNA supply lorries Sabha→Ghat via Ubari ('إلى المدينة' resolved to Ghat); a denied LNA pull-out "
        "from the Isayen crossing to Al-Awaynat. The barter convoy to Ghat, Benghazi (seat of the command) and Algiers "
        "(ministry) are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("zf1", "zf2", "zf3", "zf4", "zf5")
