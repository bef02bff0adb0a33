# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # Wadi al-Shati, Brak and the Fezzan
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_mun": ("district", "LY", 27.54956, 14.27139, "Brak al-Shati municipality"),      # G* (town row براك)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G* (row قاعدة براك الجوية)
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "aqar": ("town", "LY", 27.53914, 14.16251, "Aqar"),                                    # G
 "qirah": ("town", "LY", 27.58595, 14.35375, "Qirah"),                                  # G
 "tamzawa": ("town", "LY", 27.57154, 14.20234, "Tamzawah"),                             # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "idri_mun": ("district", "LY", 27.44707, 13.05173, "Idri municipality"),               # G* (town row إدري)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                     # G
 "hamada_field": ("oilfield", "LY", 29.53110, 12.94370, "Hamada oil field"),            # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),            # G
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Port of Tobruk"),                     # K
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "south_west": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),             # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 # other Libyan cities
 "tripoli_ly": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                           # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # abroad
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "akkar": ("district", "LB", 34.54278, 36.07972, "Akkar"),                              # G* (row حلبا, Akkar's seat)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
}

TRAPS = {
 "yi1": ["طارق بن زياد", "الجيش الوطني الليبي", "سرية شهداء الشاطئ", "مسعود البراكي", "إدريس المحجوب", "الأنباء", "غدوة", "روسية",
         "الفيلق الأفريقي"],
 "yi2": ["طرابلسية", "اللواء", "اللواء 128 مشاة", "لبنانية", "ليبية", "براك الآن", "التشادية"],
 "yi3": ["شفق نيوز", "محمد إدريس المقرحي", "خالد الطرابلسي", "الليبية", "المنطقة العسكرية الوسطى", "سودانيين"],
 "yi4": ["روسية", "سبق", "روسيتين", "الفيلق الأفريقي", "الروسي", "الجيش الوطني الليبي", "الدعم المالي"],
 "yi5": ["أخبار الخليج", "الطاهر السبهاوي", "الجيش الوطني الليبي", "الجيش الجزائري"],
}

PHEN = {
 "yi1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases"],
 "yi2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "coverage_crossings", "coverage_neighbours", "countries"],
 "yi3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil"],
 "yi4": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "yi5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "yi1": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["قاعدة براك الشاطئ الجوية"], ["سبها"]),
  mv("deploy", "reported", None, [], ["براك الشاطي"]),
  mv("withdraw", "planned", None, [], ["أقار"]),
  mv("advance", "conditional", "Libyan National Army", [], ["براك"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك"]),
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
 ],
 "yi2": [
  mv("withdraw", "reported", None, ["براك"], ["قيرة"]),
  mv("redeploy", "planned", "Libyan National Army", ["سبها"], ["براك"]),
  mv("advance", "conditional", "Libyan National Army", [], ["قيرة", "تمزاوة"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["إدري"]),
 ],
 "yi3": [
  mv("deploy", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["إدري"], ["أقار"]),
  mv("withdraw", "planned", None, ["إدري"]),
  mv("redeploy", "conditional", "GNA forces", ["الشويرف"], ["حقل الحمادة"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["أم الأرانب"]),
 ],
 "yi4": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الخادم"], ["قاعدة براك الشاطئ"]),
  mv("naval_landing", "reported", "Russian forces", [], ["قاعدة طبرق البحرية"]),
  mv("shipment", "planned", "Russian forces", ["قاعدة براك"], ["النيجر", "مالي"], ["منفذ التوم"]),
  mv("reinforce", "conditional", "Libyan National Army", ["قاعدة تمنهنت"], ["براك"]),
  mv("withdraw", "denied", "Libyan National Army", ["تمزاوة", "أقار"]),
 ],
 "yi5": [
  mv("withdraw", "reported", None, ["تمزاوة", "قيرة"], ["الحمادة الحمراء"]),
  mv("deploy", "planned", "Libyan National Army", ["سبها"], ["تمزاوة", "أقار"]),
  mv("shipment", "denied", None, ["براك"], ["الحمادة الحمراء"]),
  mv("reinforce", "conditional", "Algerian army", [], ["الدبداب"]),
 ],
}

NOTES = {
 "yi1": "Al-Anba (Sabha): a Tariq bin Ziyad (LNA) reinforcement Tamanhint base→Brak al-Shati air base via Sabha; a local "
        "group's checkpoints set up at the northern entrance of Brak al-Shati (deploy, actor null); the mediated deal that "
        "they return to their camp in Aqar (planned withdraw; '10 km west of Brak' is a distance reference; no origin "
        "named); the LNA commander's conditional entry into Brak; a denied Russian cargo flight Jufra air base→Brak base. "
        "Sabha is also dateline, arrest place and distance reference; غدوة in the quote is 'tomorrow'.",
 "yi2": "Al-Liwaa (Tripoli, Lebanon): a local group removes its checkpoint at Brak's southern entrance and returns to Qirah "
        "(reported withdraw, actor null); a planned LNA company Sabha→Brak; the LNA's conditional entry into Qirah and "
        "Tamzawa; a denied arrival of Chadian rebels Ubari→Idri. Tripoli (Lebanon) is dateline and home town; Tripoli "
        "(Libya) only the seat of the government; the Lebanese technicians' road/air trip to Sabha, Tunis and Lebanon is "
        "civilian, not a movement; Sabha in the resident's quote is not a movement place.",
 "yi3": "Shafaq News: an LNA column Brak air base→Idri via Aqar after clashes (deploy); the truce's planned pull-out of "
        "both local groups from central Idri (origin only); the GNA's conditional move Ash Shwayrif→Hamada field; a denied "
        "arrival of Sudanese fighters Umm al-Aranib→Idri. Tripoli is the speaker's city, Sharara a distance reference, "
        "Brak and Sabha only the home of past mediators; إدري inside the mediator's name إدريس is a trap.",
 "yi4": "Sabq (Benghazi): two Russian Il-76 cargo planes Al-Khadim base→Brak al-Shati base (reported airlift); a planned "
        "overland transfer of equipment from Brak base to Niger and Mali via the Toummo crossing (the border with Niger "
        "only locates the crossing); an LNA company Tamanhint→Brak if checkpoints return (conditional); a denied LNA "
        "pull-out from Tamzawa and Aqar. Brak's distance from the base, Moscow (speaker) and Benghazi (dateline) are not "
        "movement places; الدعم المالي is 'financial support'.",
 "yi5": "Akhbar Al-Khaleej (Cairo): a local group leaves its checkpoints in Tamzawa and Qirah for a camp in Hamada al-Hamra "
        "(reported withdraw, actor null; 'on either side of Brak' is a locator); a planned LNA company Sabha→Tamzawa and "
        "Aqar; the group's denied transfer of heavy weapons Brak→Hamada al-Hamra; an Algerian reinforcement of Debdeb "
        "'if armed groups approach the border with Algeria' (conditional; the border is only the condition). Algiers is "
        "the sources' city; Brak in the resident's quote and the Sharara closure are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("yi1", "yi2", "yi3", "yi4", "yi5")
