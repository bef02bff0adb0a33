# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                   # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                    # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                     # G
 # cities outside the Fezzan
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                      # G
 # Sabha, its quarters and facilities
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                      # G
 "sabha_mun": ("district", "LY", 27.03766, 14.42832, "Sabha municipality"),                 # G* (city row)
 "qurdha": ("town", "LY", 27.03766, 14.42832, "Al Qurda (Sabha)"),                          # G
 "tayuri": ("town", "LY", 27.03766, 14.42832, "Al-Tayouri (Sabha)"),                        # G
 "manshiya": ("town", "LY", 27.03766, 14.42832, "Al Manshiya (Sabha)"),                     # G
 "abdulkafi": ("town", "LY", 27.03766, 14.42832, "Abdulkafi (Sabha)"),                      # G
 "hajara": ("town", "LY", 27.03766, 14.42832, "Hajara (Sabha)"),                            # G
 "jadid": ("city", "LY", 27.05000, 14.40000, "Al Jadid"),                                   # G
 "sukra": ("town", "LY", 27.03766, 14.42832, "Sukra (Sabha)"),                              # K (Sabha city point)
 "sabha_castle": ("base", "LY", 27.03766, 14.42832, "Sabha Castle (Fort Elena)"),           # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                   # G
 "airport_road": ("region", "LY", 27.01000, 14.45000, "Sabha airport road"),                # K
 # around Sabha
 "tamanhint": ("town", "LY", 27.24010, 14.65630, "Tamanhint"),                              # G* (air base row)
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                # G
 "tamanhint_airport": ("airport", "LY", 27.24010, 14.65630, "Taminhint Airport"),           # G
 "samnu": ("town", "LY", 27.27459, 14.88190, "Samnu"),                                      # G
 "bawanis": ("region", "LY", 27.25000, 14.75000, "Wadi al Bawanis"),                        # K
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                                  # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                         # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                    # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                        # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                          # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                        # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                    # G
 # bases and crossings further away
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                     # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                      # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),                # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),             # G* (row منفذ امساعد, country EG)
 # regions
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                  # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا)
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                # G* (row الحدود الليبية النيجرية)
 "border_ly_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border"),                # G* (row الحدود الليبية المصرية)
}

LNA, NONE, CHAD, GNA = "Libyan National Army", None, "Chadian armed groups", "GNA forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "iy1": ["كتيبة طارق بن زياد المعززة", "شارع مصراتة", "غدوة الصبح", "غرفة عمليات الجنوب", "تشاديين", "الشارع السبهاوي"],
 "iy2": ["القاهرة الإخبارية", "الجيش الوطني الليبي", "الاتفاق الجديد", "عبد الكافي الحضيري"],
 "iy3": ["الجيش الليبي", "الجيش الوطني الليبي", "المعارضة التشادية", "محمد الفزاني"],
 "iy4": ["المصرى اليوم", "القيادة العامة للجيش الليبى", "وزارة الخارجية المصرية", "المصريين", "مصرياً", "خالد الشامى"],
 "iy5": ["فسانيا", "الهوني", "ما ادري"],
}

PHEN = {
 "iy1": ["clitics", "multiword", "operation_trap", "common_word_trap", "nisba", "coverage_bases", "vague_area",
         "town_vs_district"],
 "iy2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "countries", "coverage_bases", "coverage_neighbours"],
 "iy3": ["clitics", "multiword", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli", "vague_area",
         "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "iy4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "ambiguity_country_capital", "ambiguity_tripoli", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "iy5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "ambiguity_idri",
         "town_vs_district", "vague_area"],
}

MOVES = {
 "iy1": [
  mv("deploy", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["طريق المطار", "القرضة"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة تمنهنت الجوية"]),
  mv("withdraw", "reported", NONE, ["طريق المطار"], ["الطيوري"]),
  mv("redeploy", "planned", LNA, ["قلعة سبها"], ["عبد الكافي"]),
  mv("advance", "conditional", NONE, ["القرضة"], ["الطيوري"]),
  mv("advance", "denied", CHAD, ["غدوة"], ["الطيوري"]),
 ],
 "iy2": [
  mv("mobilise", "reported", NONE, [], ["المنشية"]),
  mv("reinforce", "reported", LNA, ["قاعدة براك الجوية"], ["سكرة", "الجديد"]),
  mv("deploy", "planned", LNA, [], ["المنشية", "الجديد"]),
  mv("advance", "conditional", NONE, ["المنشية"], ["سكرة"]),
  mv("withdraw", "denied", LNA, ["مطار سبها"], ["قاعدة تمنهنت الجوية"]),
 ],
 "iy3": [
  mv("advance", "reported", LNA, ["سبها"], ["غدوة"]),
  mv("withdraw", "reported", CHAD, ["غدوة"], ["أم الأرانب"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار تمنهنت"]),
  mv("withdraw", "conditional", LNA, ["غدوة"], ["قلعة سبها"]),
  mv("deploy", "denied", GNA, ["مصراتة"], ["سبها"]),
  mv("shipment", "reported", LNA, [], ["سبها"], ["سمنو"]),
 ],
 "iy4": [
  mv("redeploy", "reported", LNA, ["القرضة"], ["الجديد"]),
  mv("shipment", "reported", LNA, ["قاعدة الجفرة الجوية"], ["قلعة سبها"], ["تمنهنت"]),
  mv("withdraw", "planned", NONE, ["القرضة", "حجارة"], []),
  mv("reinforce", "conditional", LNA, ["براك"], ["سبها"]),
  mv("reinforce", "denied", NONE, ["مرزق"], ["الطيورى"]),
 ],
 "iy5": [
  mv("deploy", "reported", LNA, ["مطار سبها"], ["سمنو"], ["تمنهنط"]),
  mv("mobilise", "reported", NONE, [], ["سمنو"]),
  mv("withdraw", "reported", NONE, ["سمنو"], ["حجارة"]),
  mv("redeploy", "planned", LNA, ["سمنو"], ["تمنهنط"]),
  mv("advance", "conditional", LNA, [], ["حجارة"]),
  mv("reinforce", "denied", LNA, ["إدري"], []),
 ],
}

NOTES = {
 "iy1": ("Fawasel-style Libyan news site, Sabha, 15 Feb 2026: airport-road clashes between Al-Tayuri and Al-Qurdha. "
         "Reported LNA (Tariq bin Ziyad) deploy Tamanhint air base->airport road/Al-Qurdha; reported airlift Benina air "
         "base->Tamanhint air base («في القاعدة» = the base named just before); reported Al-Tayuri gunmen "
         "pull-back airport road->Al-Tayuri («حيّهم»); planned LNA company castle->Abdel Kafi; conditional Al-Qurdha "
         "advance on Al-Tayuri (dialect «لل[طيوري]», surface طيوري); denied Chadian gunmen Ghuddwa->Al-Tayuri. "
         "Traps: «غدوة الصبح» (dialect 'tomorrow morning'), شارع مصراتة, الشارع السبهاوي; the Samnu ambulances and "
         "the headline «من تمنهنت» are not separate moves."),
 "iy2": ("Al-Qahera News-style Egyptian TV site, 10 Mar 2026: Awlad Suleiman «نفير» in Al-Manshiya after a killing "
         "at the Sukra gate. Reported mobilise (destination Al-Manshiya); reported LNA 128 Brigade reinforce Brak air "
         "base->Sukra/Al-Jadid; planned LNA separation force Al-Manshiya/Al-Jadid; conditional elders' advance "
         "Al-Manshiya->Sukra («إذا لم يُسلَّموا»); denied LNA pull-out Sabha airport->Tamanhint air base. Cairo is a "
         "speaker, not a movement place; «الاتفاق الجديد» is the common word."),
 "iy3": ("Euronews Arabic-style, Sabha, 17 Apr 2026: reported LNA advance Sabha->Ghuddwa; reported Chadian "
         "opposition pull-back Ghuddwa->Umm al-Aranib; planned airlift Benina air base->Tamanhint airport; conditional "
         "return Ghuddwa->Sabha castle («بمجرد»); denied GNA column Misrata->Sabha (speaker in Tripoli); reported LNA supply trucks "
         "via Samnu («عبرت البلدة») to Sabha (no origin written). The "
         "Sabha-Ghuddwa road is a purpose, the Niger border/Toummo/Chad paragraph is background."),
 "iy4": ("Al-Masry Al-Youm-style Egyptian paper with Egyptian orthography (final ى: الطيورى، الجنوب الليبى), 9 May "
         "2026: reported LNA redeploy Al-Qurdha->Al-Jadid; reported ammunition/fuel trucks Jufra air base->Sabha "
         "castle via Tamanhint; planned armed groups' pull-out from Al-Qurdha and Hajara (no named destination); "
         "conditional LNA reinforcement Brak->Sabha («في حال»); denied Tebu fighters Murzuq->Al-Tayuri. The Egyptian "
         "workers leaving Sabha for the Sallum land port are civilians, not a movement."),
 "iy5": ("Fasania-style Sabha local paper, 11 Jun 2026: reported LNA 177 Battalion deploy Sabha airport->Samnu via "
         "Tamanhint (spelled تمنهنط); reported Samnu youths massing at the town's entrance («مدخلها») = mobilise; "
         "reported armed group pull-back Samnu->Hajara; planned company Samnu->Tamanhint; "
         "conditional entry into Hajara («لن تدخل … إلا إذا»); denied bringing fighters from Idri (Wadi al-Shati is "
         "a locator). Traps: «ما ادري» (dialect), الهوني (surname from Hun), فسانيا (the paper)."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("iy1", "iy2", "iy3", "iy4", "iy5")
