# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                              # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                              # G
 "usa": ("country", "US", 37.24635, -99.69832, "United States"),                          # G
 # Tunisian south-east
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                         # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                              # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine governorate"),          # G (district row)
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                            # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine governorate"),        # G (district row)
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                  # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                  # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba border crossing"),     # G* (row منفذ وازن, country TN)
 "rasjedir_tn": ("crossing", "TN", 33.15000, 11.56000, "Ras Jedir border crossing"),      # G* (row منفذ رأس جدير, country TN)
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                    # G
 "bizerte": ("city", "TN", 37.27442, 9.87391, "Bizerte"),                                 # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                    # G
 "aouina": ("base", "TN", 36.85100, 10.22700, "El Aouina Air Base"),                      # G
 "djerba_airport": ("airport", "TN", 33.87500, 10.77550, "Djerba-Zarzis International Airport"),  # G
 "benikhedache": ("town", "TN", 33.25279, 10.19883, "Beni Kheddache"),                    # G
 "zarzis_port": ("crossing", "TN", 33.49000, 11.12000, "Port of Zarzis"),                 # K
 "ghomrassen": ("town", "TN", 33.05936, 10.33712, "Ghomrassen"),                          # G
 "sfax_airport": ("airport", "TN", 34.72000, 10.69000, "Sfax-Thyna International Airport"),  # K
 "borjkhadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                    # G
 "elborma": ("oilfield", "TN", 31.70000, 9.25000, "El Borma oil field"),                  # K
 # regions
 "border_tnside": ("region", "TN", 32.60000, 11.00000, "Tunisia-Libya border (Tunisian side)"),  # K
 "border_lyside": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),           # G* (row الحدود الليبية التونسية)
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),            # G* (row الحدود الليبية التونسية)
 "south_east_tn": ("region", "TN", 32.28531, 10.16200, "South-eastern Tunisia"),          # G* (row جنوب شرق تونس)
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Tripolitania (western Libya)"),         # G* (row إقليم طرابلس)
 "triangle_tn": ("region", "TN", 30.24000, 9.54000, "Tunisia-Algeria-Libya border triangle"),  # K
 # Libyan west
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                      # G
 "rasajdir_ly": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),      # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                         # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                 # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                               # G
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                  # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                    # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                    # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                  # G
 "hawamid": ("town", "LY", 31.97528, 11.16222, "Al Hawamid"),                             # G
 "tiji": ("town", "LY", 32.01493, 11.35461, "Tiji"),                                      # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),     # G
 "farwa": ("region", "LY", 33.10000, 11.73000, "Farwa Island"),                          # G
}

TRAPS = {
 "ql1": ["سوق ليبيا", "حمزة الطرابلسي", "اتحاد بن قردان", "الجدير بالذكر", "الليبي", "التونسي"],
 "ql2": ["علي المدنيني", "رد الجميل", "نهج قابس", "سامي الإدريسي"],
 "ql3": ["عام الرمادة", "إذاعة تطاوين", "صالح الإدريسي", "ليبية", "الليبي"],
 "ql4": ["ألترا تونس", "بشير النالوتي", "حضور وازن", "المجلس العسكري نالوت", "الليبي", "الليبية", "التونسية"],
 "ql5": ["الطرابلسي", "المنطقة العسكرية الغربية", "التونسي"],
}

PHEN = {
 "ql1": ["clitics", "spelling", "multiword", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "ql2": ["clitics", "multiword", "person_trap", "common_word_trap", "ambiguity_idri", "vague_area", "border_phrase",
         "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "ql3": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "vague_area", "town_vs_district", "coverage_oil", "coverage_neighbours", "countries"],
 "ql4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "coverage_crossings", "coverage_neighbours", "countries"],
 "ql5": ["clitics", "spelling", "multiword", "person_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
         "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "ql1": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["الحدود مع ليبيا"], ["بن قردان"]),
  mv("deploy", "reported", None, [], ["بن قردان", "معبر رأس جدير"]),
  mv("reinforce", "planned", "Tunisian army", ["قابس"], ["بن قردان"]),
  mv("airlift", "conditional", "Tunisian army", ["قاعدة العوينة"], ["مطار جربة جرجيس"]),
  mv("naval_landing", "planned", "Tunisian army", ["بنزرت"], ["بن قردان"]),
  mv("advance", "denied", "GNA forces", ["أبو كماش"], ["منفذ رأس اجدير"]),
 ],
 "ql2": [
  mv("mobilise", "reported", None, [], ["مدنين"]),
  mv("withdraw", "reported", "Tunisian army", ["بني خداش"], ["مدنين"]),
  mv("shipment", "planned", "Tunisian army", ["الولايات المتحدة"], ["ميناء جرجيس"]),
  mv("deploy", "conditional", "Tunisian army", [], ["رأس جدير", "الذهيبة"]),
  mv("withdraw", "denied", None, ["بن قردان"], ["مدنين"]),
 ],
 "ql3": [
  mv("airlift", "reported", "Tunisian army", ["مطار صفاقس طينة"], ["رمادة"]),
  mv("reinforce", "reported", "Tunisian army", ["رمادة"], ["برج الخضراء"]),
  mv("redeploy", "planned", "Tunisian army", ["حقل البرمة"], ["رمادة"]),
  mv("reinforce", "conditional", None, ["تطاوين"], ["الذهيبة"]),
  mv("withdraw", "denied", "Tunisian army", ["برج الخضراء"], ["رمادة"]),
 ],
 "ql4": [
  mv("deploy", "reported", None, ["غمراسن"], ["معبر الذهيبة"]),
  mv("withdraw", "reported", "GNA forces", ["منفذ وازن"], ["نالوت"]),
  mv("shipment", "planned", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("advance", "conditional", "Zintan forces", ["الزنتان"], ["وازن"]),
  mv("advance", "denied", "Tunisian army", [], ["وازن"]),
 ],
 "ql5": [
  mv("reinforce", "reported", "GNA forces", ["قاعدة الوطية الجوية"], ["منفذ رأس اجدير"], ["الجميل", "زلطن"]),
  mv("reinforce", "reported", "Tunisian army", [], ["بن قردان", "رمادة"]),
  mv("redeploy", "reported", "GNA forces", ["مجمع مليتة"], ["أبو كماش"]),
  mv("naval_landing", "reported", "GNA forces", ["زوارة"], ["جزيرة فروة"]),
  mv("deploy", "planned", "GNA forces", ["نالوت"], ["منفذ وازن"]),
  mv("withdraw", "conditional", "GNA forces", ["منفذ رأس اجدير"], ["الوطية"]),
  mv("mobilise", "denied", "GNA forces", [], ["الحوامد", "تيجي"]),
 ],
}

NOTES = {
 "ql1": ("Diwan FM style, Ben Gardane: Tunisian army column Medenine→the border with Libya via Ben Gardane (reported), "
         "National Guard spread on the Ben Gardane–Ras Jedir road (reported, both ends), a planned engineering company "
         "Gabes→Ben Gardane, a conditional special-forces airlift El Aouina→Djerba-Zarzis airport, a planned navy landing "
         "Bizerte→the Ben Gardane coast, and a denied Libyan border-guard advance Abu Kammash→Ras Ajdir crossing "
         "(Tripoli is only the source's seat). Traps: «سوق ليبيا», the trader الطرابلسي, the club اتحاد بن قردان, "
         "«الجدير بالذكر», nisbas."),
 "ql2": ("Al Chourouk style, Medenine: National Guard massing in Medenine (reported), an army company Beni Khedache→"
         "Medenine (reported), a planned US equipment shipment to Zarzis port, an army deployment Ras Jedir–Dehiba "
         "conditional on Zuwara/Al-Jumayl (locators only), and a denied Guard pull-out Ben Gardane→Medenine. Town vs "
         "district (والي مدنين); traps «رد الجميل» next to gold الجميل, the MP المدنيني, the street نهج قابس, the "
         "spokesman الإدريسي."),
 "ql3": ("Jawhara FM style, Tataouine: a C-130 airlift Sfax-Thyna airport→Remada (reported), an armoured column "
         "Remada→Borj El Khadra (reported), a planned company move El Borma field→Remada, a conditional National Guard "
         "move Tataouine→Dehiba quoted from the governor (والي تطاوين = district), and the MoD's denial of a pull-out "
         "Borj El Khadra→Remada. The border triangle and the two countries are locators. Traps «عام الرمادة», «إذاعة "
         "تطاوين», the café owner الإدريسي."),
 "ql4": ("Ultra Tunisia style feature, Dehiba: a National Guard unit Ghomrassen→the Dehiba crossing (reported), Libyan "
         "border guards Wazin crossing→Nalut (reported), a planned army supply convoy Tataouine→Dehiba, a conditional "
         "Zintan move on Wazin (origin by anaphora «من المدينة»), and a denied Tunisian patrol towards Wazin. Country vs "
         "capital (بين تونس وليبيا / تونس العاصمة). Traps «حضور وازن», «ألترا تونس», the trader النالوتي, «المجلس "
         "العسكري نالوت»."),
 "ql5": ("Al-Tanasuh TV style, Tripoli: GNU border guards Al-Watiya air base→Ras Ajdir crossing via Al-Jumayl and "
         "Zaltan (reported), Tunisia's reinforcements to Ben Gardane and Remada (reported, no origin), patrols "
         "Mellitah complex→Abu Kammash (reported), a coast-guard landing Zuwara→Farwa island (reported; Abu Kammash a "
         "locator), a planned company Nalut→Wazin crossing, a conditional return crossing→Al-Watiya (بمجرد), and a "
         "denied massing at Al-Hawamid and Tiji (Dehiba a locator). Traps: spokesman الطرابلسي, «المنطقة العسكرية "
         "الغربية»; العاصمة تونس is Tunis."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ql1", "ql2", "ql3", "ql4", "ql5")
