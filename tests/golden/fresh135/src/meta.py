# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
# Commercial sea ports are kind `crossing` (fresh51's convention for ميناء زوارة); naval bases are `base`.
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # Libyan west coast
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_port": ("crossing", "LY", 32.904, 13.188, "Port of Tripoli"),                 # K
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G (row قاعدة أبوستة البحرية)
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khums_mun": ("district", "LY", 32.64861, 14.26191, "Al Khums municipality"),         # G* (town row)
 "khums_port": ("crossing", "LY", 32.67606, 14.24128, "Port of Al Khums"),              # K (logcluster LCA)
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_port": ("crossing", "LY", 32.367, 15.233, "Port of Misrata (Qasr Ahmad)"),    # K (32°22'N 15°14'E)
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G (row قاعدة الوطية)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Port of Zuwara"),               # K (GeoNames 2208423 via fresh51 README)
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G (row منفذ رأس جدير)
 "farwa": ("region", "LY", 33.10000, 11.73000, "Farwa Island"),                         # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),  # G (row مجمع مليتة)
 "zawiya_refinery": ("oilfield", "LY", 32.775, 12.700, "Zawiya refinery"),             # K
 "border_lyside": ("region", "LY", 33.08, 11.62, "Libya-Tunisia border (Libyan side, coast)"),  # K
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),          # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "benghazi_port": ("crossing", "LY", 32.117, 20.050, "Port of Benghazi"),               # K (32°7'N 20°3'E)
 # Tunisia
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine governorate"),        # G (district row مدنين)
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "zarzis_port": ("crossing", "TN", 33.50398, 11.11215, "Port of Zarzis"),               # G* (Zarzis town row)
 "bizerte": ("city", "TN", 37.27442, 9.87391, "Bizerte"),                               # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 "border_tnside": ("region", "TN", 33.10, 11.45, "Tunisia-Libya border (Tunisian side)"),  # K
 # Turkey, Italy, Egypt
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "augusta": ("town", "IT", 37.24065, 15.22121, "Augusta"),                              # G
 "augusta_base": ("base", "IT", 37.22, 15.21, "Augusta naval base"),                    # K
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                              # G
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                          # G (row spelled لامبيدوسا)
 "pratica": ("base", "IT", 41.654, 12.445, "Pratica di Mare Air Base"),                 # K
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "rasaltin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),               # G
 "tripoli_port_lb": ("crossing", "LB", 34.460, 35.833, "Port of Tripoli (Lebanon)"),  # K
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
}

TRAPS = {
 "eg1": ["الشرق الأوسط", "عبد السلام الزليتني", "السنوات الخمس", "ما ادري", "التركية", "الليبية"],
 "eg2": ["بوابة إفريقيا الإخبارية", "العقيد مسعود الطرابلسي", "شارع الزاوية", "الإيطالية", "الليبي"],
 "eg3": ["اليوم السابع", "محمود التونسي", "القيادة العامة للجيش الوطني الليبي", "التركي", "المصرية"],
 "eg4": ["موزاييك أف أم", "موزاييك", "الصادق الجرجيسي", "الجرجيسي", "نهج ليبيا", "العميد محسن الإدريسي", "التونسي", "التونسية"],
 "eg5": ["الميادين نت", "سالم الخمسي", "النقاط الخمس", "القوة المشتركة مصراتة", "اللبناني", "الإيطالية", "التركية"],
}

PHEN = {
 "eg1": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "countries",
         "coverage_bases", "town_vs_district", "ambiguity_idri"],
 "eg2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "countries",
         "coverage_bases", "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "coverage_oil",
         "coverage_crossings", "coverage_neighbours"],
 "eg3": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "vague_area", "countries",
         "coverage_bases", "coverage_neighbours"],
 "eg4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "vague_area",
         "border_phrase", "coverage_crossings", "coverage_neighbours", "countries", "ambiguity_country_capital",
         "ambiguity_idri", "town_vs_district", "coverage_oil"],
 "eg5": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area", "countries", "coverage_bases", "ambiguity_tripoli"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TR, GNA, LNA, MIS = "Turkish armed forces", "GNA forces", "Libyan National Army", "Misrata forces"
MOVES = {
 "eg1": [
  mv("naval_landing", "reported", TR, ["مرسين"], ["ميناء الخمس"]),
  mv("deploy", "reported", TR, ["ميناء الخمس"], ["مطار مصراتة"], ["زليتن"]),
  mv("redeploy", "planned", TR, ["الخمس"], ["ميناء طرابلس"]),
  mv("naval_landing", "denied", TR, [], ["ميناء مصراتة"]),
  mv("deploy", "conditional", GNA, ["قاعدة أبوستة البحرية"], ["الخمس"]),
 ],
 "eg2": [
  mv("shipment", "reported", None, ["قاعدة أوغستا البحرية"], ["ميناء طرابلس"]),
  mv("withdraw", "planned", None, [], ["أوغستا"]),
  mv("shipment", "planned", GNA, [], ["زوارة", "أبوكماش"]),
  mv("naval_landing", "denied", None, [], ["مصراته"]),
  mv("deploy", "conditional", None, [], ["ميناء زوارة"]),
 ],
 "eg3": [
  mv("shipment", "reported", TR, ["مرسين"], ["ميناء مصراتة"]),
  mv("shipment", "reported", GNA, ["ميناء مصراتة"], ["قاعدة الوطية الجوية"], ["طرابلس"]),
  mv("shipment", "planned", TR, [], ["ميناء الخمس"]),
  mv("advance", "denied", "Egyptian army", ["قاعدة رأس التين البحرية"], ["الساحل الغربي"]),
  mv("redeploy", "conditional", LNA, ["ميناء بنغازي"], ["سرت"]),
  mv("mobilise", "reported", LNA, [], ["سرت"]),
 ],
 "eg4": [
  mv("reinforce", "reported", "Tunisian army", ["صفاقس"], ["ميناء جرجيس"]),
  mv("reinforce", "planned", "Tunisian army", ["بنزرت"], ["ميناء جرجيس"]),
  mv("deploy", "reported", GNA, ["زوارة"], ["أبو كماش"]),
  mv("deploy", "denied", "Tunisian army", [], ["بن قردان", "الحدود مع ليبيا"]),
  mv("advance", "conditional", GNA, ["ميناء زوارة"], ["جزيرة فروة"]),
 ],
 "eg5": [
  mv("airlift", "reported", None, ["قاعدة براتيكا دي ماري الجوية"], ["مطار مصراتة"]),
  mv("airlift", "planned", None, [], ["مصراتة"]),
  mv("withdraw", "reported", TR, ["ميناء الخمس"], ["تركيا"]),
  mv("deploy", "conditional", GNA, [], ["ميناء الخمس"]),
  mv("withdraw", "denied", MIS, ["ميناء مصراتة"], []),
  mv("mobilise", "reported", MIS, [], ["ميناء مصراتة"]),
 ],
}

NOTES = {
 "eg1": "Asharq Al-Awsat style, Tripoli: a Turkish frigate and landing ship at Al-Khums port from Mersin (landing), "
        "the marines on to Misrata airport via Zliten, a planned frigate move Al-Khums→Tripoli port, Ankara's denial "
        "of a landing at Misrata port and a conditional coast-guard move Abu Sitta→Al-Khums; traps: الزليتني (person), "
        "«السنوات الخمس» (common word), «الشرق الأوسط» (media).",
 "eg2": "Afrigate News style, Tripoli: an Italian navy ship Augusta naval base→Tripoli port with equipment and "
        "technicians, its planned return to Augusta, a planned land transfer to Zuwara and Abu Kammash (أبوكماش), "
        "Rome's denial of troops to Misrata (مصراته) and a conditional second ship to Zuwara port; Abu Sitta is only a "
        "press-conference venue; traps: الطرابلسي (person), شارع الزاوية (street), the outlet.",
 "eg3": "Youm7 style, Cairo: a Turkish arms ship Mersin→Misrata port, GNA trucks Misrata port→Al-Watiya via Tripoli, "
        "a planned second ship to Al-Khums port, Egypt's denied sailing Ras el-Tin→the western coast and a conditional "
        "LNA naval move Benghazi port→Sirte; Alexandria, Cairo, Ankara and background stationing are not movement "
        "places; traps: the byline محمود التونسي, القيادة العامة للجيش الوطني الليبي, the outlet.",
 "eg4": "Mosaique FM style, Medenine: Tunisian navy units Sfax→Zarzis port and a planned third boat from Bizerte, "
        "Libyan coast guard Zuwara→Abu Kammash (أبو كماش), Tunisia's denied deployment to Ben Gardane and the border "
        "(nested border phrase), a conditional coast-guard move Zuwara port→Farwa island; Ras Jedir is a locator; "
        "traps: الجرجيسي (person), نهج ليبيا (street), the outlet.",
 "eg5": "Al Mayadeen style, Tripoli: an Italian C-130 Pratica di Mare→Misrata airport, a planned second flight to "
        "Misrata, a Turkish landing ship leaving Al-Khums port for Turkey, a conditional GNA deployment around the "
        "port («الميناء» → ميناء الخمس) and the Misrata joint force's denied pull-out from Misrata port; traps: "
        "«خطة النقاط الخمس» (a district name as a common phrase), الخمسي (person), القوة المشتركة مصراتة (force).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("eg1", "eg2", "eg3", "eg4", "eg5")
