# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and foreign capitals
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G (city row الجزائر)
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 # Sabha and its neighbourhoods
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_mun": ("district", "LY", 27.03766, 14.42832, "Sabha municipality"),             # G* (city row)
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "sabha_castle": ("base", "LY", 27.03766, 14.42832, "Sabha Castle (Fort Elena)"),       # G
 "tayouri": ("town", "LY", 27.03766, 14.42832, "Al-Tayouri (Sabha)"),                   # G
 "hajara": ("town", "LY", 27.03766, 14.42832, "Hajara (Sabha)"),                        # G
 "manshiya": ("town", "LY", 27.03766, 14.42832, "Al Manshiya (Sabha)"),                 # G
 "qurda": ("town", "LY", 27.03766, 14.42832, "Al Qurda (Sabha)"),                       # G
 "abdulkafi": ("town", "LY", 27.03766, 14.42832, "Abdulkafi (Sabha)"),                  # G
 "jadid": ("town", "LY", 27.05000, 14.45000, "Al Jadid (Sabha)"),                       # K
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),            # G (row قاعدة تمنهنت)
 "samnu": ("town", "LY", 27.27459, 14.88190, "Samnu"),                                  # G
 # Wadi al-Shati and the north-west of Fezzan
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "qirah": ("town", "LY", 27.58595, 14.35375, "Qirah"),                                  # G
 "tamzawa": ("town", "LY", 27.57154, 14.20234, "Tamzawah"),                             # G
 "barqin": ("town", "LY", 27.54801, 13.62914, "Barqin"),                                # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "idri_mun": ("district", "LY", 27.44707, 13.05173, "Idri municipality"),               # G* (town row)
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                     # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "derj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                   # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 # Wadi al-Hayat, Ubari, Ghat
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                 # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 26.01562, 10.40660, "Ghat municipality"),               # G (district row غات)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G (gazetteer kind kept)
 # Murzuq and the south
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 # vague areas
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
}

LNA = "Libyan National Army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "nz1": ["«فسانيا»", "عمر السبهاوي", "سالم عبد الكافي", "عبد الكافي", "الحجارة", "شارع جمال عبد الناصر",
         "تشاديين", "مدير الأمن الجديد"],
 "nz2": ["قناة المسار", "اللواء طارق بن زياد", "«طارق بن زياد»", "محمد البراكي", "مفتاح الإدريسي", "الإدريسي",
         "«الفيلق الأفريقي»", "روسيتين", "روسية"],
 "nz3": ["«المتوسط»", "ادريس امحمد", "ما ادري", "المنطقة العسكرية سبها"],
 "nz4": ["قناة ليبيا روحها الوطن", "موسى الغاتي", "الشرارة الأولى", "الليبيين", "الجزائري"],
 "nz5": ["التناصح", "«الفيلق الأفريقي»", "«قوة حماية الجنوب»", "مليشيات حفتر", "روسية", "الروسي"],
}

PHEN = {
 "nz1": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "town_vs_district",
         "coverage_bases", "vague_area"],
 "nz2": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "ambiguity_idri",
         "coverage_bases", "countries"],
 "nz3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "operation_trap",
         "ambiguity_idri", "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "town_vs_district",
         "coverage_neighbours", "countries"],
 "nz4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "town_vs_district", "coverage_oil", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries", "ambiguity_country_capital", "vague_area"],
 "nz5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "border_phrase",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries", "vague_area"],
}

MOVES = {
 "nz1": [
  mv("deploy", "reported", LNA, ["مطار سبها"], ["الطيوري", "حجارة"]),
  mv("withdraw", "conditional", None, ["حجارة"], ["القرضة"]),
  mv("reinforce", "planned", LNA, ["قاعدة تمنهنت"], ["الطيوري"]),
  mv("advance", "denied", "Chadian armed groups", ["أم الأرانب"], ["سبها"]),
 ],
 "nz2": [
  mv("reinforce", "reported", LNA, ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"], ["الشويرف"]),
  mv("redeploy", "planned", LNA, ["قاعدة براك الجوية"], ["تمزاوة", "قيرة"]),
  mv("withdraw", "conditional", LNA, [], ["قاعدة الجفرة"]),
  mv("airlift", "denied", "Russian forces", [], ["قاعدة براك الجوية"]),
  mv("shipment", "reported", LNA, ["سبها"], ["قاعدة براك الجوية"]),
 ],
 "nz3": [
  mv("advance", "reported", LNA, ["براك"], ["ادري"], ["برقن"]),
  mv("withdraw", "reported", None, ["ادري"], ["الحمادة الحمراء"]),
  mv("mobilise", "conditional", None, [], ["ادري"]),
  mv("shipment", "denied", None, ["الزنتان"], ["ادري"], ["الشويرف"]),
  mv("reinforce", "planned", LNA, ["براك"], ["ادري"]),
 ],
 "nz4": [
  mv("reinforce", "reported", LNA, ["سبها"], ["أوباري"], ["جرمة", "الغريفة"]),
  mv("redeploy", "reported", LNA, ["جرمة"], ["الغريفة"]),
  mv("airlift", "planned", LNA, ["قاعدة تمنهنت"], ["حقل الشرارة"]),
  mv("advance", "conditional", LNA, [], ["العوينات", "غات"]),
  mv("withdraw", "denied", None, ["حقل الشرارة"], ["أوباري"]),
  mv("mobilise", "denied", "Foreign fighters", ["النيجر"], ["منفذ إيسين"]),
  mv("reinforce", "reported", "Algerian army", [], ["جانت"]),
 ],
 "nz5": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة"], ["قاعدة تمنهنت الجوية"]),
  mv("mobilise", "reported", LNA, [], ["عبد الكافي", "قلعة سبها"]),
  mv("advance", "planned", LNA, ["سبها"], ["مرزق"], ["أم الأرانب"]),
  mv("deploy", "conditional", None, [], ["مرزق", "أم الأرانب"]),
  mv("shipment", "denied", "Russian forces", ["تمنهنت"], ["مالي"], ["منفذ التوم"]),
 ],
}

NOTES = {
 "nz1": "Sabha neighbourhoods (Fasania): LNA 116 Battalion deploys from its HQ by Sabha airport into Al-Tayouri and "
        "Hajara (reported); the Hajara gunmen's pull-back to Al-Qurda «بشرط» (conditional; origin from «من الحي»); a "
        "company from Tamanhint to reinforce Al-Tayouri next week (planned); Chadian gunmen entering Sabha from Umm "
        "al-Aranib denied. Traps: stones «بالحجارة», the new security chief «الجديد», persons السبهاوي/عبد الكافي.",
 "nz2": "Brak and Wadi al-Shati (Al-Masar TV): Tariq bin Ziyad column Jufra air base→Brak air base via Ash Shwayrif "
        "(reported reinforce); two companies from the base to the Tamzawa and Qirah gates (planned redeploy); return to "
        "the Jufra base «كان الأمور هدت» (dialect conditional, no origin written); Russian planes at Brak air base "
        "denied; ammunition trucks Sabha→the base (reported shipment, «إلى القاعدة»). Idri is only a road locator.",
 "nz3": "Idri (Al-Mutawaset): Brigade 128 advance Brak→Idri via Barqin (reported); smugglers' pull-back from Idri "
        "towards Hamada al-Hamra (reported; the Algerian border is a locator); Shati youth «كان رجعوا… يجوا لين ادري» "
        "(conditional mobilise); arms shipment Zintan→Idri via Ash Shwayrif denied by the Zintan military council "
        "(no force named as sender: actor null); a second company Brak→Idri next week (planned reinforce).",
 "nz4": "Ubari (Libya Rouhaha al-Watan): LNA reinforcements Sabha→Ubari via Germa and Al-Ghurayfa (reported); the "
        "Maghawir battalion's company Germa→Al-Ghurayfa gate (reported redeploy); a planned air bridge Tamanhint→the "
        "Sharara airstrip («مهبط الحقل»); a conditional advance on Al-Awaynat and Ghat («في حال»); the oil guards' "
        "pull-out Sharara→Ubari denied; foreign gunmen from Niger at the Isayen crossing denied; Algerian army "
        "reinforced in Djanet (reported; Algiers is only the source).",
 "nz5": "Sabha and Murzuq (Al-Tanasuh, hostile framing «مليشيات حفتر»): Russian Il-76s Jufra base→Tamanhint air base "
        "(reported airlift); LNA massing in Abdulkafi and at Sabha castle (reported mobilise); an advance Sabha→Murzuq "
        "via Umm al-Aranib (planned); Murzuq youth to take positions in Murzuq and Umm al-Aranib «إذا» (conditional "
        "deploy); Russian kit Tamanhint→Mali via the Toummo crossing denied by the embassy in Tripoli.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("nz1", "nz2", "nz3", "nz4", "nz5")
