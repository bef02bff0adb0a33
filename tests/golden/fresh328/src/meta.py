# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and foreign cities
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                   # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                     # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russian Federation"),                     # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                    # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                      # G
 # regions
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                        # G* (row جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                  # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),      # G* (row الحدود الليبية التشادية)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),    # G* (row الحدود الليبية النيجرية)
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                    # G
 # Sabha, its quarters and facilities
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                      # G
 "sabha_mun": ("district", "LY", 27.03766, 14.42832, "Sabha municipality"),                  # G* (city row as district)
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                   # G
 "sabha_castle": ("base", "LY", 27.03766, 14.42832, "Sabha Castle (Fort Elena)"),           # G
 "manshiya": ("town", "LY", 27.03766, 14.42832, "Al Manshiya (Sabha)"),                     # G
 "qurda": ("town", "LY", 27.03766, 14.42832, "Al Qurda (Sabha)"),                           # G
 "jadid": ("city", "LY", 27.05000, 14.40000, "Al Jadid (Sabha)"),                           # G (GeoNames 2219960 Al Jadīd)
 "nasiriya": ("town", "LY", 27.04000, 14.44000, "An Nasiriyah (Sabha)"),                    # K (a point inside Sabha)
 "tayuri": ("town", "LY", 27.03766, 14.42832, "Al-Tayouri (Sabha)"),                        # G
 "hajara": ("town", "LY", 27.03766, 14.42832, "Hajara (Sabha)"),                            # G
 "abdulkafi": ("town", "LY", 27.03766, 14.42832, "Abdulkafi (Sabha)"),                      # G
 # around Sabha
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                # G (row قاعدة تمنهنت)
 "tamanhint": ("town", "LY", 27.24010, 14.65630, "Tamanhint"),                              # G* (air-base row as the town)
 "samnu": ("town", "LY", 27.27459, 14.88190, "Samnu"),                                      # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                                  # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                        # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                          # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                    # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                         # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                 # G
 # elsewhere in Libya
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                      # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                     # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Suknah"),                                     # G
}

LNA, NULL = "Libyan National Army", None


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "lr1": ["أولاد سليمان", "بي بي سي", "الجيش الوطني الليبي", "مسعود عبد الكافي", "الحظر الجديد"],
 "lr2": ["الشرق الأوسط", "الجيش الوطني الليبي", "اللواء طارق بن زياد", "الليبيين"],
 "lr3": ["سبوتنيك", "الجيش الوطني الليبي", "شارع جمال عبد الناصر", "وزارة الدفاع الروسية", "خليفة حفتر"],
 "lr4": ["بوابة إفريقيا الإخبارية", "عمر السبهاوي", "القرار الجديد"],
 "lr5": ["فرانس 24", "خليفة حفتر", "تشاديين", "المجلس الاجتماعي لقبائل التبو", "الهلال الأحمر الليبي"],
}

PHEN = {
 "lr1": ["clitics", "multiword", "coverage_bases", "media_trap", "operation_trap", "person_trap",
         "common_word_trap", "vague_area", "nisba", "countries"],
 "lr2": ["clitics", "multiword", "coverage_bases", "media_trap", "operation_trap", "nisba", "vague_area",
         "town_vs_district"],
 "lr3": ["clitics", "spelling", "multiword", "coverage_bases", "media_trap", "operation_trap", "person_trap",
         "nisba", "countries"],
 "lr4": ["clitics", "spelling", "multiword", "coverage_bases", "media_trap", "person_trap", "common_word_trap",
         "vague_area", "town_vs_district", "border_phrase", "countries", "coverage_oil"],
 "lr5": ["clitics", "spelling", "multiword", "coverage_bases", "media_trap", "person_trap", "nisba",
         "border_phrase", "countries"],
}

MOVES = {
 "lr1": [
  mv("deploy", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["القرضة", "المنشية"]),
  mv("withdraw", "reported", NULL, ["الطيوري"], ["حجارة"]),
  mv("deploy", "planned", LNA, [], ["الناصرية"]),
  mv("mobilise", "denied", NULL, ["مرزق"], ["سبها"]),
  mv("withdraw", "conditional", LNA, ["القرضة"], ["قاعدة تمنهنت الجوية"]),
 ],
 "lr2": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار سبها"]),
  mv("redeploy", "planned", LNA, ["قاعدة براك الجوية"], ["قلعة سبها"]),
  mv("deploy", "reported", LNA, [], ["الناصرية"]),
  mv("withdraw", "denied", LNA, ["قلعة سبها"], ["تمنهنت"]),
  mv("deploy", "conditional", "GNA forces", [], ["سبها"]),
 ],
 "lr3": [
  mv("redeploy", "reported", LNA, ["المنشية"], ["الجديد"]),
  mv("withdraw", "reported", NULL, ["مطار سبها"], ["غدوة"]),
  mv("shipment", "planned", LNA, ["قاعدة الجفرة الجوية"], ["سبها"], ["سوكنة"]),
  mv("redeploy", "denied", "Russian forces", ["قاعدة تمنهنت الجوية"], ["مطار سبها"]),
  mv("advance", "conditional", NULL, ["الطيوري"], ["القرضه"]),
 ],
 "lr4": [
  mv("deploy", "planned", LNA, [], ["مطار سبها", "قلعة سبها"]),
  mv("withdraw", "denied", LNA, ["المنشية"], []),
  mv("reinforce", "reported", LNA, ["براك"], ["الناصرية"]),
  mv("mobilise", "reported", NULL, ["مرزق", "أم الأرانب", "الحدود مع النيجر"], ["غدوة"]),
  mv("advance", "conditional", NULL, ["غدوة"], ["الطيوري"]),
 ],
 "lr5": [
  mv("withdraw", "reported", LNA, ["القرضة", "المنشية"], ["قاعدة تمنهنت الجوية"]),
  mv("redeploy", "reported", LNA, ["الجديد"], ["القرضة", "المنشية"]),
  mv("airlift", "planned", LNA, ["تمنهنط"], ["بنغازي"]),
  mv("deploy", "conditional", LNA, [], ["القرضة"]),
  mv("reinforce", "denied", "Chadian armed groups", ["القطرون"], ["سبها"]),
 ],
}

NOTES = {
 "lr1": "BBC Arabic style, no dateline: LNA separation force Tamanhint air base→Al-Qurdha/Al-Manshiya (headline retells it), "
        "gunmen Al-Tayuri→Hajara, a planned company for Al-Nasiriya, a denied Tebu massing Murzuq→Sabha and a conditional "
        "pull-back to «القاعدة» (= Tamanhint air base); curfew, Sabha medical centre and Tripoli are not movement places.",
 "lr2": "Asharq Al-Awsat style (Cairo dateline): an Il-76 airlift Benina air base→Sabha airport, a planned Brigade 128 move "
        "Brak air base→Sabha castle, a flashback deploy in Al-Nasiriya, a denied castle→Tamanhint pull-out (castle by "
        "anaphora «القلعة») and the GNA's conditional «لن ترسل…إلا إذا»; displaced families to Samnu/Tamanhint are not movements.",
 "lr3": "Sputnik Arabic style: LNA armour Al-Manshiya→Al-Jadid (headline retells it), gunmen Sabha airport→Ghuddwa, a planned "
        "supply convoy Jufra air base→Sabha («المدينة») via Sokna, a denied Russian Tamanhint→Sabha airport move and a Tebu "
        "conditional advance Al-Tayuri→Al-Qurdha spelled القرضه.",
 "lr4": "Afrigate News style: planned joint patrols at Sabha airport and the castle, a denied pull-out from Al-Manshiya, "
        "Battalion 116 Brak→Al-Nasiriya, gunmen massing in Ghuddwa from Murzuq and Umm al-Aranib and their conditional move "
        "on Al-Tayuri; Sabha spelled with tatweel; «جنوب سبها» is a distance reference.",
 "lr5": "France 24 / AFP style: the separation force Al-Qurdha/Al-Manshiya→Tamanhint air base, Battalion 116 Al-Jadid→those "
        "positions, a planned airlift Tamanhint (تمنهنط)→Benghazi, a conditional return to Al-Qurdha and a denied Chadian "
        "reinforcement Al-Qatrun→Sabha; civil flights to Tripoli/Benghazi and a displaced mother in Samnu are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("lr1", "lr2", "lr3", "lr4", "lr5")
