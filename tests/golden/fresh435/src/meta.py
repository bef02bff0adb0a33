# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # Libyan cities and towns
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),           # G* (town row)
 "murzuq_sh": ("district", "LY", 24.48768, 15.32547, "Murzuq District"),                # G (district row)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "wadi_utbah": ("town", "LY", 26.09502, 13.55744, "Wadi Utbah"),                        # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "zuwaylah": ("town", "LY", 26.16188, 15.12522, "Zawilah"),                             # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 # facilities
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (row قاعدة تمنهنت)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G (row منفذ التوم)
 # regions and border phrases
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G (row جنوب ليبيا)
 "south_ly2": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                   # G (row جنوب ليبيا)
 "south_west": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),             # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                # G* (row الحدود الليبية التشادية)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 # Chad, Sudan, Algeria
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G* (row spelled كوري بوقودي)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                  # G
 "karb_tom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                       # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (gazetteer kind village)
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    """One movement in the golden format."""
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, CHAD, SUDAN = "Libyan National Army", "Chadian armed groups", "Sudanese armed groups"

TRAPS = {
 "pu1": ["قناة التناصح", "التناصح", "شارع طرابلس", "موسى الغاتي", "تشادي", "غرفة عمليات الجنوب الغربي"],
 "pu2": ["راديو دبنقا", "دبنقا", "إسحاق الفاشري", "حركة تحرير السودان", "السودانيين", "التشاديين"],
 "pu3": ["ألترا سودان", "الدعم السريع", "القوة المشتركة لحركات الكفاح المسلح في دارفور", "الجيش السوداني",
         "التشادية", "السودانيين"],
 "pu4": ["يورونيوز", "مالي", "المجلس الأعلى لطوارق ليبيا", "جبهة التناوب والوفاق في تشاد", "فاكت",
         "حسابات ليبية", "الجيش الجزائري", "الليبية"],
 "pu5": ["المتوسط", "مدرسة طرابلس للتعليم الأساسي", "علي المرزقي", "ما ادري", "التشاديين"],
}

PHEN = {
 "pu1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "town_vs_district", "coverage_oil", "countries"],
 "pu2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "border_phrase", "vague_area", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "pu3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "border_phrase", "vague_area",
         "coverage_neighbours", "countries"],
 "pu4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
 "pu5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "ambiguity_country_capital", "vague_area", "border_phrase",
         "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
}

MOVES = {
 "pu1": [
  mv("withdraw", "reported", None, ["أوباري"], ["العوينات"]),
  mv("advance", "reported", None, ["وادي عتبة"], ["أوباري"]),
  mv("withdraw", "conditional", None, ["حقل الشرارة"], ["مرزق"]),
  mv("reinforce", "denied", CHAD, ["مرزق"], ["أوباري"]),
  mv("deploy", "planned", LNA, ["جرمة"], ["أوباري"]),
 ],
 "pu2": [
  mv("withdraw", "reported", SUDAN, ["مرزق"], ["أم الأرانب"]),
  mv("withdraw", "planned", SUDAN, ["أم الأرانب"], ["الحدود مع تشاد"], ["قطرون"]),
  mv("reinforce", "denied", SUDAN, ["كوري بوغودي"], ["تراغن"]),
  mv("advance", "conditional", LNA, ["قاعدة الويغ"], ["أم الأرانب"]),
  mv("deploy", "reported", LNA, ["تجرهي"], ["منفذ التوم"]),
  mv("mobilise", "reported", None, [], ["زويلة"]),
 ],
 "pu3": [
  mv("redeploy", "reported", SUDAN, ["أوباري", "مرزق"], ["مليط"], ["تشاد", "تيبستي"]),
  mv("airlift", "denied", SUDAN, ["مطار سبها"], ["نيالا"]),
  mv("reinforce", "planned", SUDAN, [], ["كرب التوم"]),
  mv("withdraw", "conditional", SUDAN, ["أم الأرانب"], ["الحدود مع النيجر"]),
  mv("deploy", "reported", None, ["أوباري"], ["وادي عتبة"]),
 ],
 "pu4": [
  mv("withdraw", "reported", None, ["حقل الفيل"], ["اوباري"]),
  mv("deploy", "reported", None, ["مرزق"], ["حقل الفيل"]),
  mv("redeploy", "conditional", None, [], ["حقل الفيل"]),
  mv("advance", "denied", CHAD, ["تيبستي"], ["أم الأرانب"]),
  mv("deploy", "planned", LNA, ["قاعدة تمنهنت الجوية"], ["حقل الفيل"], ["أوباري"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار سبها"]),
  mv("reinforce", "reported", "Algerian army", [], ["جانت"]),
 ],
 "pu5": [
  mv("withdraw", "planned", None, ["أوباري"], ["مرزق"]),
  mv("withdraw", "conditional", CHAD, ["أم الارانب"], ["الحدود مع تشاد"]),
  mv("mobilise", "reported", None, ["القطرون", "تجرهي"], ["تراغن"]),
  mv("shipment", "reported", None, ["غات"], ["أوباري"]),
  mv("shipment", "denied", None, ["النيجر"], ["مرزق"], ["منفذ التوم"]),
  mv("deploy", "reported", LNA, ["سبها"], ["الحدود مع النيجر"]),
 ],
}

NOTES = {
 "pu1": "Ubari municipal council statement (Al-Tanasuh TV): a Tuareg pull-out Ubari→Al-Awaynat told twice, a flashback Tebu "
        "entry Wadi Utbah→Ubari, a Tebu return Sharara field→Murzuq made conditional («فقط إذا»), a Chadian reinforcement "
        "Murzuq→Ubari denied by the Tebu social council, and an LNA company planned Germa→Ubari; the headline's «من تشاد» "
        "is the same denied move (origin given as Murzuq only); traps: a Tripoli street, a person «الغاتي», an operations room.",
 "pu2": "Murzuq municipality via Radio Dabanga: Sudanese fighters Murzuq→Umm al-Aranib (reported) and on via Qatrun to "
        "the Chad border (planned), an SLM-TC reinforcement Kouri Bougoudi→Traghen denied, an LNA advance Al Wigh→Umm "
        "al-Aranib «إذا», an LNA company Tajarhi→the Toummo crossing (the Niger border phrase only locates it) and a Tebu "
        "build-up in Zuwaylah; «ينحدر أغلبهم من شمال دارفور» is the fighters' home, not an origin.",
 "pu3": "Ultra Sudan from Port Sudan: Sudanese fighters Ubari/Murzuq→Mellit via Chad and Tibesti (headline «من جنوب "
        "ليبيا» is the same move), an RSF airlift Sabha airport→Nyala denied, a joint-force reinforcement planned for Karb "
        "al-Tom, a conditional expulsion Umm al-Aranib→the Niger border, and Tuareg fighters Ubari→Wadi Utbah («قرب "
        "البلدة»); Port Sudan is the dateline/speaker, «قادمة من ليبيا» a hypothetical.",
 "pu4": "Euronews Arabic from Sabha: a Tuareg battalion El Feel→Ubari and a Tebu group Murzuq→El Feel («دخلت الحقل»), its "
        "conditional return «لن تعود إلى الحقل إلا إذا» (no origin written), FACT's denied advance Tibesti→Umm al-Aranib, "
        "an LNA force planned Tamanhint air base→El Feel via Ubari, an Il-76 Benina air base→Sabha airport, and an Algerian "
        "reinforcement near Djanet; Ghat only locates Djanet; «دعم مالي» is a common-word trap.",
 "pu5": "Almutawaset on the Murzuq truce text: Tebu vehicles Ubari→Murzuq (planned), Chadian fighters Umm al-Aranib→the "
        "Chad border «متى» (conditional, N'Djamena only the authority), a Tebu build-up in Traghen from Al Qatrun and "
        "Tajarhi, an ammunition shipment Ghat→Ubari (reported by a source), an arms shipment Niger→Murzuq via Toummo "
        "denied («إلى المدينة» = Murzuq), and an LNA company Sabha→the Niger border; a displaced family to Sabha is not a "
        "movement.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("pu1", "pu2", "pu3", "pu4", "pu5")
