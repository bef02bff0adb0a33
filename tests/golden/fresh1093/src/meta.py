# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # Misrata and the western end of the front
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G (also written مصراته)
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),            # G (gazetteer kind crossing)
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "abu_grein": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G (row أبوقرين; also بوقرين, أبو قرين)
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G (also وشكة after لل)
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "gate50": ("base", "LY", 31.28000, 16.07000, "Gate 50 checkpoint"),                    # G (gazetteer kind base)
 # Sirte
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sirte_dist": ("district", "LY", 29.87703, 17.59600, "Sirte District"),                # G (row district:LY-SR, written بلدية سرت)
 "jiza_bahriya": ("district", "LY", 31.20892, 16.58866, "Al Jiza al Bahriya (Sirte)"),  # G* (gazetteer town row, neighbourhood)
 "qardabiya_base": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),             # G* (row قاعدة القرضابية; written with الجوية / bare)
 "abu_hadi": ("town", "LY", 31.05926, 16.65905, "Qasr Abu Hadi"),                       # G (row قصر ابو هادي, written قصر أبوهادي)
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                                # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 # Jufra
 "jufra": ("district", "LY", 29.14, 16.04, "Al Jufra"),                                 # K (README: point near Hun/Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G (also written ودّان)
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 # rest of Libya
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G (also bare الوطية)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libya side)"),  # G* (row الحدود الليبية النيجرية)
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 # abroad
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "north_syria": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                 # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
}

TRAPS = {
 "qpd1": ["الوقت", "غرفة عمليات المنطقة الوسطى", "لواء المحجوب", "الفيلق الأفريقي", "الروسي", "أتراك", "بركان الغضب",
          "أسرته", "خسرت"],
 "qpd2": ["إذاعة مكداش", "مكداش", "الهلال الأحمر", "فرج السرتي", "نادي خليج سرت"],
 "qpd3": ["المبادرة الإفريقية", "الفيلق الأفريقي", "فاغنر", "الدعم المالي", "يوجهون", "التركية", "تركية", "سوريون",
          "الروسية", "الروسي", "الروس", "روسي", "الليبية"],
 "qpd4": ["تركيا بالعربي", "تي آر تي خبر", "الخطوط الجوية التركية", "التركية", "تركية", "أتراك", "الفيلق الأفريقي",
          "اللواء 444 قتال", "الليبي", "ليبي", "السوريين", "سوريين"],
 "qpd5": ["دار الهلال", "بعثة الأمم المتحدة للدعم في ليبيا", "يتوجهون", "الليبيين", "الأممية", "الأجنبية"],
}

PHEN = {
 "qpd1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "coverage_bases"],
 "qpd2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "town_vs_district", "coverage_bases"],
 "qpd3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "qpd4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "coverage_bases",
          "coverage_crossings", "countries"],
 "qpd5": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "vague_area", "coverage_oil",
          "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qpd1": [
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["بوقرين"], ["تاورغاء"]),
  mv("redeploy", "planned", "Misrata forces", ["أبوقرين"], ["الوشكة"]),
  mv("withdraw", "conditional", "Turkish armed forces", ["مطار مصراتة"], []),
  mv("advance", "denied", "GNA forces", ["الوشكة"], ["سرت"]),
 ],
 "qpd2": [
  mv("deploy", "reported", "Libyan National Army", ["سرت"], ["البوابة 50", "بويرات الحسون"]),
  mv("withdraw", "conditional", "Libyan National Army", ["قصر أبوهادي"], ["قاعدة القرضابية الجوية"]),
  mv("deploy", "planned", None, ["البوابة 50"], ["وشكة"]),
  mv("reinforce", "denied", "Libyan National Army", ["الجفرة"], ["سرت"]),
 ],
 "qpd3": [
  mv("mobilise", "denied", "Russian forces", [], ["قاعدة القرضابية الجوية"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الجفرة الجوية"]),
  mv("redeploy", "planned", "Russian forces", ["قاعدة الجفرة الجوية"], ["مالي"]),
  mv("shipment", "reported", "Russian forces", ["قاعدة براك الجوية"], ["الحدود مع النيجر"]),
  mv("withdraw", "conditional", "Russian forces", ["الجفرة"], []),
 ],
 "qpd4": [
  mv("naval_landing", "reported", "Turkish armed forces", ["مرسين"], ["ميناء مصراتة"]),
  mv("deploy", "planned", "Turkish armed forces", [], ["قاعدة الوطية"]),
  mv("withdraw", "conditional", "Turkish armed forces", ["ليبيا"], []),
  mv("airlift", "denied", "Syrian mercenaries", ["شمال سوريا"], ["مصراتة"]),
  mv("redeploy", "reported", "GNA forces", ["أبو قرين"], ["الوشكة"]),
 ],
 "qpd5": [
  mv("deploy", "planned", None, ["سرت"], ["هون", "سوكنة"]),
  mv("deploy", "planned", None, [], ["أبوقرين", "البوابة 50"]),
  mv("withdraw", "reported", "Libyan National Army", ["ودان"], ["قاعدة الجفرة الجوية"]),
  mv("withdraw", "conditional", None, ["سرت"], ["بنغازي", "مصراتة"]),
  mv("advance", "denied", None, ["سرت"], ["الهلال النفطي"]),
 ],
}

NOTES = {
 "qpd1": "Libyan weekly (Al-Waqt) from Misrata (written مصراته in the dateline): a Mahjoub brigade column Misrata→Abu "
         "Grein (written بوقرين) via Tawergha (reinforce, Misrata forces), two companies planned Abu Grein (أبوقرين)→"
         "Al-Washka, Ankara's trainers who will leave Misrata airport only if the Africa Corps leaves Al-Qardabiya and "
         "Jufra air base (conditional withdraw; the two bases are only in the condition), a denied GNU advance Al-Washka"
         "→Sirte; the restatement «لم تتجاوز خط التماس غرب بويرات الحسون», the unescorted commercial trucks Misrata→Sirte, "
         "Benghazi as the rumour's source, Tripoli's staff, Cairo's 2020 red line at Sirte and Jufra and the 2020 halt "
         "of «بركان الغضب» are not movements or movement places; أسرته and خسرت hold سرت.",
 "qpd2": "Sirte radio page (Mekdash Radio): civilian buses Sirte↔Misrata via Gate 50 (no move), LNA demining units "
         "deployed from Sirte between Gate 50 and Buwairat al-Hassoun, units in Qasr Abu Hadi returning to Al-Qardabiya "
         "air base «فور انتهاء» the survey (conditional), joint patrols planned Gate 50→Al-Washka (written «للوشكة», "
         "surface وشكة, actor null), the 128th brigade's denial of reinforcements Jufra→Sirte; Red Crescent families "
         "Harawa→Al-Jiza al-Bahriya, Sirte municipality, Tripoli and Benghazi allowing fans are not moves; «نادي خليج "
         "سرت» and «فرج السرتي» hold سرت.",
 "qpd3": "Russian agency's Arabic channel (African Initiative) from Moscow: a denied Africa Corps build-up at "
         "Al-Qardabiya air base (mobilise), two Il-76s Hmeimim→Jufra air base with trainers (airlift), a planned group "
         "Jufra air base→Mali, a supply convoy Brak air base→the border with Niger (shipment), Russians who will not "
         "leave Jufra while Turkish forces stay at Al-Watiya and Misrata (conditional; those two only in the condition); "
         "Wagner's 2019-2020 presence in Hun and Waddan and its 2020 pull-back Tripoli→Jufra are background; «الدعم "
         "المالي» holds مالي, «يوجهون» holds هون.",
 "qpd4": "Istanbul-based Arabic site (Turkey in Arabic) translating Turkish media: a Turkish landing ship Mersin→Misrata "
         "port unloading troops and armour (naval_landing), trainers planned for Al-Watiya base (deploy; Ankara is the "
         "sender, not the origin), Turkish forces that will leave Libya only if the Africa Corps leaves Jufra and Sirte "
         "(conditional), the denied airlift of Syrian fighters Northern Syria→Misrata, 444 Brigade units moved Abu Grein "
         "(written أبو قرين)→Al-Washka (redeploy, GNA forces); Turkish demining around Abu Grein (ongoing), officers "
         "trained in Turkey and Turkish Airlines flights Istanbul→Misrata are not moves; «تركيا بالعربي» holds تركيا.",
 "qpd5": "Egyptian site (Dar El Hilal) quoting a UNSMIL statement: joint patrols planned Sirte→Hun and Sokna and later along "
         "the road between Abu Grein and Gate 50 (both deploy planned, actor null), a verified LNA battalion pull-back Waddan→Jufra air base, all forces to leave the Sirte contact lines for "
         "Benghazi and Misrata «بمجرد» foreign forces start leaving (conditional, actor null), UNSMIL's denial of "
         "vehicles entering the Oil Crescent from Sirte (actor null); Chad and Sudan "
         "(fighters' origin, no movement verb), Egypt, Harawa–Sirte bridges and Geneva are not movement places; «دار "
         "الهلال» holds الهلال, «يتوجهون» holds هون, the UNSMIL name holds ليبيا.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qpd1", "qpd2", "qpd3", "qpd4", "qpd5")
BAR_IN_TEXT = True  # qpd2 headline «مكداش | ...» has a literal bar
