# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 # regions
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                # G* (row الحدود الليبية النيجرية)
 # Murzuq basin
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),            # G* (town row)
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq District"),               # G
 "majdoul": ("village", "LY", 25.92, 13.96, "Majdul"),                                   # K
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                               # G
 "zuwaila": ("town", "LY", 26.16188, 15.12522, "Zuwaylah"),                              # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "umm_aranib_mun": ("district", "LY", 26.13386, 14.73720, "Umm al Aranib municipality"),  # G* (town row)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                            # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                            # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                               # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                         # G
 # Sabha and the bases
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 # elsewhere
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                     # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
}

LNA, TD = "Libyan National Army", "Chadian armed groups"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "pi1": ["المتوسط", "غرفة عمليات الجنوب", "سالم المرزوقي", "المجدول"],
 "pi2": ["قورينا", "اللواء طارق بن زياد", "المعارضة التشادية", "علي الإدريسي"],
 "pi3": ["سبوتنيك", "تشاديون", "المعارضة التشادية", "الجيش الوطني الليبي", "قوة حماية الجنوب",
         "الفيلق الأفريقي"],
 "pi4": ["الشروق", "الليبية", "الجيش المصري", "باب زويلة"],
 "pi5": ["رصيف22", "ما ادري", "موسى القطروني", "تشادية"],
}

PHEN = {
 "pi1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "town_vs_district", "ambiguity_tripoli"],
 "pi2": ["clitics", "multiword", "spelling", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil", "countries", "coverage_neighbours"],
 "pi3": ["clitics", "multiword", "spelling", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "countries",
         "coverage_neighbours"],
 "pi4": ["clitics", "multiword", "spelling", "media_trap", "operation_trap", "nisba", "vague_area",
         "coverage_bases", "coverage_oil", "coverage_neighbours"],
 "pi5": ["clitics", "multiword", "spelling", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "border_phrase", "coverage_crossings", "countries", "coverage_neighbours"],
}

MOVES = {
 "pi1": [
  mv("deploy", "reported", None, ["مرزق"], ["مجدول"]),
  mv("reinforce", "reported", LNA, ["سبها"], ["مرزق"], ["تراغن"]),
  mv("redeploy", "planned", LNA, ["أم الأرانب"], ["زويلة"]),
  mv("withdraw", "denied", None, ["مجدول"], ["تراغن"]),
  mv("advance", "conditional", None, [], ["القطرون"]),
 ],
 "pi2": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة تمنهنت الجوية"]),
  mv("deploy", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["أم الارانب"], ["غدوة"]),
  mv("shipment", "reported", LNA, ["سبها"], ["أم الارانب"]),
  mv("mobilise", "reported", None, [], ["مرزق"]),
  mv("redeploy", "planned", LNA, ["قاعدة الويغ"], ["القطرون"]),
  mv("advance", "conditional", LNA, ["سبها"], ["تمسة"]),
  mv("withdraw", "denied", LNA, ["زويلة"], ["سبها"]),
 ],
 "pi3": [
  mv("withdraw", "reported", TD, ["أم الأرانب"], ["الحدود مع النيجر"]),
  mv("advance", "reported", LNA, ["تراغن"], ["أم الأرانب"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا"], ["مطار سبها"]),
  mv("deploy", "planned", LNA, ["سبها"], ["القطرون"]),
  mv("withdraw", "conditional", None, ["تراغن"], ["مرزق"]),
  mv("redeploy", "denied", "Russian forces", ["قاعدة براك الجوية"], ["قاعدة الويغ"]),
 ],
 "pi4": [
  mv("withdraw", "conditional", None, ["مجدول"], []),
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت"], ["تراقن"]),
  mv("mobilise", "reported", None, [], ["أم الأرانب"]),
  mv("deploy", "planned", LNA, ["سبها"], ["مرزق"]),
  mv("deploy", "denied", "Egyptian army", [], ["الجنوب الليبي"]),
 ],
 "pi5": [
  mv("reinforce", "reported", None, ["القطرون"], ["مرزق"], ["أم الأرانب"]),
  mv("shipment", "reported", LNA, ["سبها"], ["تجرهي"], ["القطرون"]),
  mv("redeploy", "planned", LNA, ["القطرون"], ["منفذ التوم"]),
  mv("advance", "conditional", TD, ["تمسة"], ["أم الأرانب"]),
  mv("advance", "denied", None, [], ["تراغن"]),
 ],
}

NOTES = {
 "pi1": "Al-Mutawaset-style report from Murzuq on a revenge raid on Majdoul: Tebu groups Murzuq→Majdoul (anaphoric "
        "origin «وسط المدينة»), an LNA reinforcement Sabha→Murzuq via Traghen, a planned company Umm al-Aranib→Zuwaila "
        "(تعتزم), a denied Tebu pull-out Majdoul→Traghen and a conditional pursuit to Al Qatrun (إذا); the raid itself "
        "is an attack, not a movement; traps: the outlet «المتوسط», an officer «المرزوقي», «الاجتماع المجدول» "
        "(scheduled), the operations room; Tripoli only as the seat of the GNU.",
 "pi2": "Quryna-style LNA report from Benghazi: an Il-76 airlift Benina→Tamanhint, the units on by road to Umm "
        "al-Aranib (spelled أم الارانب) via Ghuddwa, an ammunition convoy Sabha→Umm al-Aranib, a Tebu build-up at "
        "Murzuq, a planned Al Wigh→Al Qatrun redeploy (تدرس), a conditional Sabha→Tmassah advance (في حال) and a denied "
        "pull-out Zuwaila→Sabha (the headline repeats it); Chad and Niger as sources of smugglers and the Sharara field "
        "(a fear) are not movement places; «علي الإدريسي» is a person trap.",
 "pi3": "Sputnik-Arabic-style agency story from Sabha: Chadian rebels pull out of Umm al-Aranib to the Niger border, an "
        "LNA advance Traghen→Umm al-Aranib («نحو البلدة»), a cargo flight Benina base→Sabha airport, a planned company "
        "Sabha→Al Qatrun (the Toummo crossing only as the road's end), a conditional Tebu pull-back Traghen→Murzuq (إذا) "
        "and a denied Africa Corps move Brak air base→Al Wigh base; displaced families Majdoul→Sabha are civilians.",
 "pi4": "Al-Shorouk-style Cairo piece on Tebu–Murzuq talks: a conditional pull-out from Majdoul (بمجرد التوقيع), an LNA "
        "reinforcement Tamanhint→Traghen (spelled تراقن), a Tebu build-up at Umm al-Aranib, a planned Sabha→Murzuq "
        "separation battalion and the Egyptian army's denied move to southern Libya; the delegations' flight from Sabha "
        "airport is civilian; «باب زويلة» (the Cairo gate) is a trap and El Feel is only named.",
 "pi5": "Raseef22-style reportage on the Al Qatrun road: Tebu fighters Al Qatrun→Murzuq via Umm al-Aranib, LNA "
        "ammunition trucks Sabha→Tajarhi via Al Qatrun, a planned company Al Qatrun→the Toummo crossing, a conditional "
        "Chadian advance Tmassah→Umm al-Aranib (قد … إذا) and a denied Tebu entry into Traghen; «قطرون» without the "
        "article, «ما ادري» (dialect 'I don't know') and «موسى القطروني» are traps.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("pi1", "pi2", "pi3", "pi4", "pi5")
