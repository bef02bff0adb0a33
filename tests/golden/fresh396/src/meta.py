# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and vague areas
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G (country row)
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G (country row)
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                       # G* (row جنوب ليبيا)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                # G* (row الحدود الليبية التشادية)
 "waw": ("region", "LY", 24.92000, 17.77000, "Waw an Namus"),                           # G
 # cities and towns
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G (both اوباري and أوباري)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G (town row)
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),           # G* (town row, kind district)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                         # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                           # G
 "zawila": ("town", "LY", 26.16188, 15.12522, "Zawilah"),                               # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
 "taraghin": ("town", "LY", 25.92333, 14.42056, "Taraghin"),                            # G
 "manshiya": ("town", "LY", 27.03766, 14.42832, "Al Manshiya (Sabha)"),               # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),        # G* (town row, kind district)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row: README rule «الجفرة as an area = district, point near Hun/Waddan»)
 # bases, airports, oil, crossings
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "benina_short": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                 # G* (base row; headline «من بنينا»)
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "tamanhint_short": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),           # G* (row قاعدة تمنهنت; «إلى تمنهنت» = the air base)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
}

LNA = "Libyan National Army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "oh1": ["قورينا", "القيادة العامة للقوات المسلحة العربية الليبية", "مفتاح الأوباري", "شارع دبي", "إدريس الفيتوري",
         "الشرارة التي تشعل"],
 "oh2": ["الشرق الأوسط", "المنطقة العسكرية سبها", "التشادية", "«الجيش الوطني» الليبي", "يفتح غدوة"],
 "oh3": ["سبوتنيك", "علي القطروني", "التشادية", "الجيش الوطني الليبي"],
 "oh4": ["فرانس 24", "الجيش الوطني الليبي", "التشادية", "أولاد سليمان", "معمر القذافي"],
 "oh5": ["بي بي سي", "طارق بن زياد", "سارة الفزاني", "فيلق أفريقيا"],
}

PHEN = {
 "oh1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil"],
 "oh2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_oil", "coverage_neighbours", "countries"],
 "oh3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "oh4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "coverage_neighbours", "countries"],
 "oh5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
}

MOVES = {
 "oh1": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة تمنهنت الجوية"]),
  mv("airlift", "planned", LNA, ["قاعدة الجفرة الجوية"], ["مطار سبها"]),
  mv("deploy", "reported", LNA, ["سبها"], ["اوباري"], ["الغريفة"]),
  mv("shipment", "reported", LNA, ["الجفرة"], ["سبها"]),
  mv("advance", "conditional", LNA, [], ["حقل الشرارة"]),
  mv("withdraw", "denied", LNA, ["مرزق"], ["سبها"]),
 ],
 "oh2": [
  mv("reinforce", "reported", LNA, ["سبها"], ["مرزق"], ["غدوة"]),
  mv("redeploy", "planned", LNA, ["أم الأرانب"], ["زويلة"]),
  mv("advance", "conditional", LNA, [], ["مرزق"]),
  mv("mobilise", "denied", None, [], ["مرزق", "القطرون"]),
  mv("withdraw", "reported", "Chadian armed groups", ["مرزق"], ["الحدود مع النيجر"]),
 ],
 "oh3": [
  mv("reinforce", "reported", LNA, ["سبها"], ["القطرون"], ["ام الارانب"]),
  mv("withdraw", "reported", "Chadian armed groups", ["القطرون"], ["الحدود مع تشاد"]),
  mv("deploy", "planned", LNA, [], ["منفذ التوم"]),
  mv("airlift", "conditional", LNA, ["الجفرة"], ["قاعدة الويغ"]),
  mv("advance", "denied", "Sudanese armed groups", ["السودان"], ["ام الارانب"]),
 ],
 "oh4": [
  mv("advance", "reported", LNA, ["زويلة"], ["تمسة"]),
  mv("withdraw", "reported", "Chadian armed groups", ["تمسة"], ["واو الناموس"]),
  mv("airlift", "reported", LNA, ["الجفرة"], ["تمنهنت"]),
  mv("redeploy", "planned", LNA, ["أم الأرانب"], ["تمسة"]),
  mv("shipment", "reported", LNA, ["سبها"], ["تمسة"]),
  mv("deploy", "conditional", None, ["مرزق"], ["تمسة"]),
  mv("withdraw", "denied", LNA, ["تمسة"], ["زويلة"]),
 ],
 "oh5": [
  mv("airlift", "reported", LNA, ["مطار بنينا", "الجفرة"], ["مطار سبها"]),
  mv("reinforce", "reported", LNA, [], ["سبها"]),
  mv("withdraw", "reported", None, ["أوباري"], ["العوينات"]),
  mv("mobilise", "reported", None, [], ["المنشية"]),
  mv("redeploy", "planned", LNA, ["سبها"], ["القطرون"]),
  mv("advance", "conditional", LNA, [], ["أم الأرانب"]),
  mv("redeploy", "denied", "Russian forces", ["قاعدة براك الجوية"], ["سبها"]),
 ],
}

NOTES = {
 "oh1": "Quryna-style Benghazi report: Il-76 airlift Benina air base->Tamanhint air base (headline retells it), planned "
        "Jufra air base->Sabha airport flights, an LNA column Sabha->Ubari (spelled اوباري) via Al-Ghurayfa, a conditional "
        "advance on the Sharara field (لن...إلا إذا) and a denied pull-out Murzuq->Sabha; Taraghin is background only.",
 "oh2": "Asharq Al-Awsat-style Cairo-datelined report: an LNA reinforcement Sabha->Murzuq via Ghuddwa, a planned company "
        "Umm al-Aranib->Zawila, a conditional entry into Murzuq, the Tebu council's denied «حشد» in Murzuq and Al Qatrun, "
        "and Chadian rebels withdrawing from around the town (anaphora «بالمدينة») to the border with Niger; Cairo and "
        "Benghazi are dateline/source only.",
 "oh3": "Sputnik-style Sabha report: an LNA reinforcement Sabha->Al Qatrun via Umm al-Aranib (spelled ام الارانب, retold "
        "as «للقطرون»), Chadian rebels pulling back from near Al Qatrun to the border with Chad, a planned company for "
        "the Toummo crossing (the Niger border is a locator), a conditional airlift Jufra->Al Wigh base and a denied "
        "Sudanese incursion into Umm al-Aranib; the distance reference Sabha is not a movement place.",
 "oh4": "France 24-style report: an LNA advance Zawila->Tmassah (تمسّة/تمسة), Chadian gunmen fleeing Tmassah towards Waw "
        "an-Namus, a reported airlift Jufra->Tamanhint, a planned battalion Umm al-Aranib->Tmassah, Tebu elders' "
        "conditional dispatch of armed youths Murzuq->Tmassah, and a denied LNA pull-out Tmassah->Zawila.",
 "oh5": "BBC Arabic-style explainer with sub-headings: an airlift Benina airport/Jufra->Sabha airport (sub-heading "
        "retells it), a reinforcement reaching Sabha by road (no origin), Tuareg gunmen pulling out of Ubari to Al "
        "Awaynat, a planned battalion Sabha->Al Qatrun, a conditional advance on Umm al-Aranib and a denied move of "
        "Russian Africa Corps men Brak air base->Sabha.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("oh1", "oh2", "oh3", "oh4", "oh5")
