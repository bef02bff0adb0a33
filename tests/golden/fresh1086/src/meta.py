# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
LNA = "Libyan National Army"

P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                   # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                              # G
 # foreign cities and facilities
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                 # G
 "sousse_tn": ("city", "TN", 35.82539, 10.63699, "Sousse (Tunisia)"),                    # G
 "birmingham": ("city", "GB", 52.48142, -1.89983, "Birmingham"),                         # G (row برمينغهام, written برمنغهام)
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                           # G
 "matruh_airport": ("airport", "EG", 31.32540, 27.22170, "Mersa Matruh Airport"),        # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port (Amsaad-Sallum crossing)"),  # G* (row منفذ امساعد)
 "border_eg_ly": ("region", "EG", 30.0, 25.2, "Egypt-Libya border (Egypt side)"),        # K
 # Derna
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                   # G (also row for درنه)
 "derna_port": ("crossing", "LY", 32.77000, 22.64800, "Port of Derna"),                  # G
 "derna_mun": ("district", "LY", 31.86895, 22.56213, "Derna (municipality/district)"),  # G* (row district:LY-DR)
 "wadi_derna": ("region", "LY", 32.755, 22.625, "Wadi Derna (lower course)"),            # K
 "bab_tobruk": ("town", "LY", 32.76704, 22.63669, "Bab Tobruk (Derna)"),                 # G
 "fataih": ("town", "LY", 32.76704, 22.63669, "Al Fataih (Derna)"),                      # G
 "shiha": ("town", "LY", 32.76704, 22.63669, "Shiha (Derna)"),                           # G
 # Green Mountain and the coast road
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica / eastern Libya"),         # G* (row برقة, written شرق ليبيا / الشرق الليبي)
 "jabal_akhdar": ("district", "LY", 32.02519, 21.79830, "Al Jabal al Akhdar"),           # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                  # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                                # G
 "abraq": ("town", "LY", 32.78991, 22.00050, "Al Abraq"),                                # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "La Abraq Airport"),             # G
 "shahhat": ("town", "LY", 32.80430, 21.86605, "Shahhat"),                               # G
 "susa_ly": ("town", "LY", 32.89702, 21.96583, "Susa (Apollonia)"),                      # G (row gn:81584, name_ar أبولونيا)
 "ras_hilal": ("village", "LY", 32.87000, 22.18000, "Ras al Hilal"),                     # G
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                               # G
 "martuba": ("town", "LY", 32.57421, 22.76353, "Martuba"),                               # G
 "martuba_base": ("base", "LY", 32.542, 22.745, "Martuba Air Base"),                     # K
 "umm_rizam": ("town", "LY", 32.53332, 23.00904, "Umm ar Rizam"),                        # G
 "mukhayla": ("town", "LY", 32.16005, 22.27845, "Al Mukhayli"),                          # G (row المخيلي, written المخيلى)
 "tamimi": ("town", "LY", 32.31000, 23.07000, "At Tamimi"),                              # G
 "ain_ghazala": ("town", "LY", 32.15000, 23.33000, "Ain al Ghazala"),                    # G
 # Tobruk and the Egyptian border
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),                # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                # G
 "nasser_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),       # G* (row مطار طبرق, icao HLGN)
 "kambut": ("town", "LY", 31.90434, 24.47840, "Kambut"),                                 # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),      # G
 "border_ly_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libya side)"),  # G* (row الحدود الليبية المصرية)
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                  # G* (row جنوب ليبيا, written الجنوب الليبي)
}

TRAPS = {
 "qow1": ["درنة_زوم", "درنة زوم", "الكتيبة 20 هندسة عسكرية", "مديرية أمن درنة", "اللواء طارق بن زياد",
          "الهلال الأحمر الليبي", "قوة حماية درنة", "مصرية", "يوناني", "إماراتية"],
 "qow2": ["الأحرار", "الجيش المصرى", "المصرى", "مصرية", "المصرية", "مصرى", "الليبية", "ليبية", "الليبى",
          "الهيئة الهندسية للقوات المسلحة", "الجيش الوطنى الليبى", "شعبة الإعلام الحربى",
          "التحالف الوطنى للعمل الأهلى التنموى"],
 "qow3": ["تلفزيون الشارقة", "اللواء 106 مجحفل", "الجيش الوطني الليبي", "قوات الصاعقة",
          "هيئة الهلال الأحمر الإماراتي", "الإماراتي", "الخوذ البيضاء", "السورية"],
 "qow4": ["صندوق التنمية وإعادة الإعمار", "صندوق التنمية وإعادة إعمار ليبيا", "بلقاسم حفتر", "جامعة عمر المختار",
          "سلاح الهندسة", "المصرية", "التركية"],
 "qow5": ["الإغاثة الإسلامية عبر العالم", "الإغاثة الإسلامية", "شبكة قدس الإخبارية", "شبكة قدس", "الجيش الوطني الليبي", "التونسية",
          "ليبية", "البريطانية", "أتراك"],
}

PHEN = {
 "qow1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba"],
 "qow2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qow3": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
          "coverage_bases", "coverage_crossings", "countries"],
 "qow4": ["clitics", "multiword", "operation_trap", "person_trap", "nisba", "vague_area", "town_vs_district",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qow5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qow1": [
  mv("deploy", "reported", LNA, ["بنغازي"], ["درنة"], ["المرج", "البيضاء"]),
  mv("redeploy", "planned", LNA, ["درنة"], ["سوسة"]),
  mv("deploy", "reported", LNA, ["مرتوبة"], ["باب طبرق"]),
  mv("withdraw", "conditional", LNA, ["باب طبرق"], ["مرتوبة"]),
  mv("reinforce", "denied", LNA, ["طبرق"], ["الفتائح"]),
 ],
 "qow2": [
  mv("withdraw", "reported", "Egyptian army", ["درنه"], ["مرسى مطروح"], ["طبرق", "منفذ السلوم"]),
  mv("airlift", "planned", "Egyptian army", ["مطار مرسى مطروح"], ["مطار الأبرق"]),
  mv("redeploy", "denied", "Egyptian army", ["درنه"], ["قاعدة مرتوبة الجوية"]),
  mv("deploy", "conditional", "Egyptian army", [], ["الحدود مع ليبيا"]),
  mv("advance", "reported", LNA, ["أم الرزم"], ["المخيلى"]),
 ],
 "qow3": [
  mv("deploy", "reported", LNA, [], ["شحات", "رأس الهلال", "القبة"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الأبرق"]),
  mv("deploy", "reported", LNA, ["مطار الأبرق"], ["درنة"]),
  mv("redeploy", "planned", LNA, ["المرج"], ["البيضاء"]),
  mv("mobilise", "conditional", LNA, [], ["مرتوبة"]),
  mv("shipment", "reported", None, ["الإمارات"], ["ميناء طبرق"]),
  mv("withdraw", "denied", LNA, ["درنة"], ["بنغازي"]),
 ],
 "qow4": [
  mv("naval_landing", "reported", LNA, ["قاعدة طبرق البحرية"], ["ميناء درنة"]),
  mv("reinforce", "reported", LNA, ["عين الغزالة"], ["التميمي"]),
  mv("redeploy", "planned", LNA, ["درنة"], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("withdraw", "conditional", LNA, ["وادي درنة"], []),
  mv("redeploy", "denied", LNA, ["درنة"], ["الجنوب الليبي"]),
 ],
 "qow5": [
  mv("mobilise", "reported", LNA, [], ["مرتوبة", "أم الرزم"]),
  mv("withdraw", "reported", LNA, ["سوسة"], ["البيضاء"]),
  mv("deploy", "planned", LNA, [], ["القبة"]),
  mv("advance", "conditional", LNA, ["كمبوت", "التميمي"], ["الحدود مع مصر"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء درنة"]),
 ],
}

NOTES = {
 "qow1": "Derna local news page (Derna Zoom, «درنة زوم») on an LNA engineering battalion arriving Benghazi→Derna via "
         "Al-Marj and Al-Bayda to put temporary bridges over Wadi Derna, its planned move Derna→Susa, a military-police "
         "company from Martuba manning a new checkpoint at Bab Tobruk (Derna's eastern entrance), its conditional "
         "return to Martuba («لن تعود ... إلا إذا») and denied Tariq bin Ziyad reinforcements Tobruk→Al-Fataih; an "
         "Egyptian company's concrete trucks, a Greek rescue team via La Abraq airport, an Emirati aid convoy from "
         "Benghazi, cars from Tobruk and Umm al-Rizam and the 2018 expulsion of the Derna Protection Force (background, "
         "a trap name holding درنة) are not movements; Shiha and Shahhat are work sites only.",
 "qow2": "Egyptian daily (El-Ahrar, «الأحرار», Egyptian spelling with ى: درنه، بنغازى، المخيلى، وادى درنة) on Egyptian "
         "army engineers: the third batch back Derna→Marsa Matruh via Tobruk and the Sallum land port (withdraw), a "
         "planned airlift Mersa Matruh airport→La Abraq airport, a denied move of an Egyptian unit Derna→Martuba air "
         "base, a conditional deployment to the border with Libya (Egypt side) and an LNA advance Umm al-Rizam→"
         "Al-Mukhayli after fuel smugglers; a civilian aid convoy through the Sallum crossing to Al-Bayda and Shahhat, "
         "patients from eastern Libya in Marsa Matruh, Benghazi (coordination venue) and Egypt's 2023 rescue teams "
         "are not movements.",
 "qow3": "Gulf channel's site (Sharjah TV, «تلفزيون الشارقة», dateline Benghazi): LNA Brigade 106 checkpoints in "
         "Shahhat, Ras al-Hilal and Al-Qubba, a Saiqa airlift Benina air base→La Abraq airport chained with the road "
         "move airport→Derna, a planned infantry battalion Al-Marj→Al-Bayda, a conditional massing at Martuba, a "
         "reported shipment of military bridging equipment UAE→Tobruk port (actor null), and a denied pull-out "
         "Derna→Benghazi; the Emirati Red Crescent aid plane at Benina airport, the UAE air bridge, Syrian White "
         "Helmets volunteers (الخوذ البيضاء holds البيضاء), the coast road linking the Green Mountain to Derna and the "
         "2023 storm over eastern Libya are not movements.",
 "qow4": "Libyan state agency's media office (Development and Reconstruction Fund of Libya) from Derna: an LNA "
         "engineering company landed at Derna port from Tobruk naval base (naval_landing), military-police "
         "reinforcements Ain al-Ghazala→At-Tamimi, the company's planned move Derna→Gamal Abdel Nasser air base (redeploy), a "
         "conditional pull-out of guard units from Wadi Derna and a denied transfer of engineering vehicles Derna→"
         "southern Libya; a civilian convoy of Egyptian contractors' equipment through the Amsaad crossing to Derna, "
         "the Derna municipality (district) and Shiha (bridge site) are not movements.",
 "qow5": "Quds News Network («شبكة قدس الإخبارية») quoting Islamic Relief Worldwide's Arabic bulletin: LNA forces massed around Martuba and "
         "Umm al-Rizam, an army unit withdrawn from a school in Susa (Libya) to Al-Bayda, a planned military-police "
         "deployment near the Al-Qubba camp, a conditional advance from Kambut and At-Tamimi towards the border with "
         "Egypt and Ankara's denial of a Turkish troop landing at Derna port; the NGO's convoys to Derna and Susa, a "
         "Tunisian civil-protection team from Sousse (Tunisia; same spelling سوسة as Libyan Susa), volunteers from "
         "Algeria and Turkey, the Turkish ship's field hospitals and Birmingham (the NGO's seat) are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qow1", "qow2", "qow3", "qow4", "qow5")
BAR_IN_TEXT = True  # «عاجل |», «#درنة_زوم |», «درنة | المكتب الإعلامي» are literal bars in the plain text
