# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries and capitals
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                      # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),    # G* (row مرفأ طرابلس)
 # Tunisian south-east
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                           # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                                # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),            # G* (district row مدنين)
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                              # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),           # G* (district row تطاوين)
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                    # G
 "remada_base": ("base", "TN", 32.306, 10.382, "Remada Air Base"),                          # K
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                    # G
 "dehiba_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"), # G* (row منفذ وازن)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),           # G* (row منفذ رأس جدير)
 "choucha": ("village", "TN", 33.14590, 11.49120, "Choucha"),                               # G* (row مخيم الشوشة)
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                    # G
 "zarzis_port": ("crossing", "TN", 33.50, 11.12, "Port of Zarzis"),                         # K
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                                  # G
 "djerba_airport": ("airport", "TN", 33.87500, 10.77550, "Djerba-Zarzis International Airport"),  # G* (row مطار جربة جرجيس)
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                      # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                        # G
 "sfax_port": ("crossing", "TN", 34.728, 10.772, "Port of Sfax"),                           # K
 "bizerte": ("city", "TN", 37.27442, 9.87391, "Bizerte"),                                   # G
 "sidi_ahmed": ("base", "TN", 37.24540, 9.79150, "Bizerte-Sidi Ahmed Air Base"),            # G
 "kebili": ("town", "TN", 33.70439, 8.96903, "Kebili"),                                     # G
 "kasserine": ("town", "TN", 35.1676, 8.8365, "Kasserine"),                                 # K
 "borjkhadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                      # G
 "borma": ("oilfield", "TN", 31.70430, 9.25460, "El Borma oil field"),                      # G
 "tripoint": ("region", "TN", 30.25, 9.55, "Tunisia-Algeria-Libya border triangle (Tunisian side)"),  # K
 "bufferzone": ("region", "TN", 32.6, 11.0, "Tunisian military buffer zone (south-east)"),   # K
 "border_tn_side": ("region", "TN", 33.0, 11.3, "Tunisia-Libya border (Tunisian side)"),     # K
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                       # G* (row جنوب تونس)
 "southeast_tn": ("region", "TN", 32.28531, 10.16200, "South-eastern Tunisia"),             # G* (row جنوب شرق تونس)
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                              # G* (row لامبيدوسا)
 # Libyan side
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                    # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                           # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                                 # G
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                    # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                      # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                      # G
 "nalut_mun": ("district", "LY", 31.86848, 10.98120, "Nalut municipality"),                 # G* (town row)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                    # G
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),               # G
 "border_lytn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),              # G
 "border_ly_tn": ("region", "LY", 33.05, 11.70, "Libya-Tunisia border (Libyan side, coast)"),  # K
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                        # G* (row جنوب ليبيا)
}

TRAPS = {
 "xu1": ["ديوان أف أم", "سوق ليبيا", "نهج طرابلس", "محمد المدنيني", "الليبية", "المنطقة العسكرية الساحل الغربي"],
 "xu2": ["جوهرة أف أم", "الهادي القابسي", "الليبية", "اللبناني", "الإيطالية"],
 "xu3": ["الصحافة اليوم", "إذاعة تطاوين", "الليبية", "إدريس"],
 "xu4": ["ألترا تونس", "الحبيب الجربي", "سوسة", "المنطقة العسكرية الساحل الغربي", "البنزين الليبي", "تونسية"],
 "xu5": ["باب نات", "إدريس الورغمي", "ليبياً", "مالي", "الجيش الجزائري"],
}

PHEN = {
 "xu1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "town_vs_district", "coverage_crossings", "coverage_neighbours"],
 "xu2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "coverage_bases", "coverage_crossings", "coverage_neighbours"],
 "xu3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_idri", "vague_area", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "xu4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "xu5": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "xu1": [
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["بن قردان"], ["مدنين"]),
  mv("redeploy", "planned", "Tunisian army", ["بن قردان"], ["الشوشة"]),
  mv("withdraw", "denied", "Tunisian army", ["المنطقة العسكرية العازلة"]),
  mv("advance", "conditional", "GNA forces", ["زوارة"], ["منفذ رأس جدير"]),
  mv("mobilise", "reported", "GNA forces", [], ["زوارة"]),
 ],
 "xu2": [
  mv("naval_landing", "reported", "Tunisian army", ["ميناء صفاقس"], ["ميناء جرجيس"]),
  mv("airlift", "planned", "Tunisian army", ["قاعدة سيدي أحمد الجوية"], ["مطار جربة جرجيس الدولي"]),
  mv("reinforce", "conditional", "Tunisian army", ["قابس"], ["جرجيس"]),
  mv("shipment", "denied", None, ["زوارة"], ["جرجيس"]),
 ],
 "xu3": [
  mv("reinforce", "reported", "Tunisian army", ["رمادة"], ["معبر ذهيبة وازن"]),
  mv("airlift", "planned", "Tunisian army", ["قاعدة رمادة الجوية"], ["برج الخضراء"]),
  mv("withdraw", "denied", "GNA forces", ["وازن"]),
  mv("mobilise", "conditional", "Tunisian army", [], ["ولاية تطاوين"]),
 ],
 "xu4": [
  mv("deploy", "reported", "Tunisian army", ["بنقردان"], ["المنطقة العسكرية العازلة"]),
  mv("redeploy", "planned", "Tunisian army", ["قبلي"], ["رمادة"]),
  mv("naval_landing", "denied", "Tunisian army", [], ["أبو كماش"]),
  mv("deploy", "conditional", "GNA forces", ["الجميل"], ["زلطن"]),
 ],
 "xu5": [
  mv("redeploy", "reported", "Tunisian army", ["القصرين"], ["تطاوين"]),
  mv("shipment", "planned", "Tunisian army", ["صفاقس"], ["بن قردان"]),
  mv("reinforce", "conditional", "Tunisian army", ["مدنين"], ["معبر رأس جدير"]),
  mv("advance", "denied", "Foreign fighters", ["الجنوب الليبي"], ["الجنوب التونسي"]),
 ],
}

NOTES = {
 "xu1": "Diwan FM from Ben Gardane: army reinforcements Gabes→Ben Gardane via Medenine, a planned company Ben Gardane→"
        "Choucha (the Ras Ajdir crossing only a distance reference there), a denied pull-out from the military buffer "
        "zone, a GNU law-enforcement force's conditional advance Zuwara→the Ras Ajdir crossing and its confirmed massing "
        "at Zuwara's western entrance; Tripoli only the origin of a civilian delegation, Abu Kammash only checkpoints "
        "'working normally', Medenine governorate and the Ben Gardane delegate are speakers; traps «سوق ليبيا», «نهج "
        "طرابلس», «محمد المدنيني», «المنطقة العسكرية الساحل الغربي».",
 "xu2": "Jawhara FM from Zarzis: navy patrol boats landed a marine platoon at Zarzis port after sailing from Sfax port, "
        "a planned C-130 lift of a second platoon Sidi Ahmed air base (Bizerte only its locator)→Djerba-Zarzis airport, "
        "a conditional army reinforcement Gabes→Zarzis and a denied weapons boat Zuwara→Zarzis (no force named, actor "
        "null); patrols 'from Djerba to Ras Jedir', migrant boats to Lampedusa and a cement ship from the port of "
        "Tripoli in Lebanon are not movements.",
 "xu3": "Essahafa from Tataouine: army reinforcements Remada→the Dehiba-Wazin crossing (Wazin only where the shooting "
        "was), a planned helicopter lift Remada air base→Borj El Khadra (the border triangle, Algeria and Libya only its "
        "locators), the Nalut mayor's denial of a Libyan border battalion's pull-out from Wazin, and a conditional "
        "call-up of reservists to the units in Tataouine governorate; Dehiba's café owner Idris (trap), Nalut/Zintan "
        "trade and the El Borma fuel trucks via Remada are background.",
 "xu4": "Ultra Tunisia feature from Medenine (spelling بنقردان): armoured patrols Ben Gardane→the military buffer zone, "
        "a planned engineering unit Kebili→Remada, a denied Tunisian naval landing on the Abu Kammash shore, and a "
        "conditional Libyan force Al-Jmail→Zaltan; the Medenine–Ben Gardane road, the source in the capital Tunis, the "
        "smuggling tracks between the west coast and the border with Tunisia, Ras Ajdir and Medenine governorate "
        "(customs figures) are not movement places; «سوسة» is the common word 'woodworm'.",
 "xu5": "Babnet from Tunis (the dateline is the capital; «تونس لن تسمح» the country): an infantry regiment moved "
        "Kasserine→Tataouine, a planned shipment of electronic-warfare equipment and armoured vehicles Sfax→Ben Gardane "
        "(Ras Jedir→Dehiba only the span of the surveillance system), a conditional reinforcement Medenine→the Ras "
        "Jedir crossing if fighting resumes in Zuwara or Al-Jmail (conditions, not movement places), and a denied "
        "infiltration of foreign fighters from southern Libya towards southern Tunisia; the border in the headline "
        "restates that denial and is not a via; a military delegation from Tripoli is a visit; El Borma only locates "
        "foiled crossings.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("xu1", "xu2", "xu3", "xu4", "xu5")
