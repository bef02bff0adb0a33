# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# G* = gazetteer row reused under another label/kind (listed in the README). No own (K) coordinates in this sample.
P = {
 # countries and foreign cities
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                                  # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                       # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                    # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                     # G (row gn:2643743)
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                      # G
 # Tripoli and its southern approaches
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                   # G
 "abu_salim": ("town", "LY", 32.88743, 13.18733, "Abu Salim (Tripoli)"),                     # G (row cur:abu-salim)
 "ain_zara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                                 # G
 "khallat_furjan": ("town", "LY", 32.80000, 13.18000, "Khallat al-Furjan (Tripoli)"),        # G
 "qbg": ("town", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                              # G (row kind city)
 "qbg_mun": ("district", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir Municipality"),         # G* (town row as district)
 "tip_airport": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),      # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                       # G* (row قاعدة معيتيقة, written معيتيقة)
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                               # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                                   # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                      # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                         # G
 # Tarhuna, Msallata, Bani Walid and the coast
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                                   # G (also written ترهونه)
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                                 # G (also written مِسلاتة)
 "bani_walid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                             # G (also written بنى وليد)
 "bani_walid_mun": ("district", "LY", 31.74554, 13.98354, "Bani Walid Municipality"),        # G* (town row as district)
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                                    # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                     # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                   # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                             # G (row أبوقرين, written أبو قرين)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                       # G
 # the south and vague areas
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                             # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                      # G
 "jufra_dist": ("district", "LY", 27.95582, 17.52693, "Al Jufra District"),                  # G
 "west_libya": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),         # G* (row إقليم طرابلس, written الغرب الليبي)
}

TRAPS = {
 "qoc1": ["فساطو نيوز", "أخبار بني وليد", "المجلس الاجتماعي لقبائل ورفلة", "لواء 444 قتال", "مديرية أمن بني وليد",
          "الإدارة العامة للدعم المركزي", "الراية الخضراء", "سالم الزليتني"],
 "qoc2": ["ليبيا الإخبارية", "مديرية أمن طرابلس", "جهاز دعم الاستقرار", "دعم الاستقرار", "لواء 444 قتال",
          "منطقة طرابلس العسكرية", "حكومة الوحدة الوطنية", "قوات حفتر"],
 "qoc3": ["قناة النجع", "مديرية أمن ترهونة", "لواء 444 قتال", "الكانيات", "القيادة العامة", "الخمسين", "أسرته",
          "الهيئة العامة للبحث والتعرف على المفقودين"],
 "qoc4": ["المشاهد السياسي", "القيادة العامة", "حكومة الوحدة الوطنية", "لواء 444 قتال", "الصادق الغرياني",
          "قوات حفتر", "قوة العمليات المشتركة", "المجلس الاجتماعي", "الليبية"],
 "qoc5": ["رصد الجرائم الليبية", "لواء 444 قتال", "جهاز دعم الاستقرار", "حكومة الوحدة الوطنية",
          "الإدارة العامة للدعم المركزي", "الكانيات", "مجلس حقوق الإنسان"],
}

PHEN = {
 "qoc1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "vague_area", "town_vs_district"],
 "qoc2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "town_vs_district"],
 "qoc3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap"],
 "qoc4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "coverage_bases", "coverage_neighbours", "countries"],
 "qoc5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qoc1": [
  mv("advance", "reported", "GNA forces", ["ترهونة"], ["بني وليد"]),
  mv("withdraw", "conditional", "GNA forces", ["بني وليد"], ["ترهونة"]),
  mv("advance", "denied", "Misrata forces", ["مصراتة"], ["بنى وليد"], ["زليتن"]),
  mv("reinforce", "planned", "GNA forces", ["طرابلس"], ["بني وليد"]),
 ],
 "qoc2": [
  mv("reinforce", "reported", "GNA forces", ["أبو سليم"], ["قصر بنغشير"]),
  mv("deploy", "reported", "GNA forces", [], ["مطار طرابلس الدولي"]),
  mv("withdraw", "conditional", "GNA forces", ["قصر بن غشير"], []),
  mv("advance", "denied", "GNA forces", ["ترهونة"], ["طرابلس"]),
  mv("deploy", "planned", "GNA forces", ["العزيزية"], ["قصر بن غشير"]),
 ],
 "qoc3": [
  mv("withdraw", "reported", "GNA forces", ["ترهونة"], ["قصر بن غشير"]),
  mv("reinforce", "planned", "GNA forces", ["مسلاتة"], ["ترهونة"]),
  mv("redeploy", "conditional", "GNA forces", [], ["ترهونة"]),
  mv("advance", "denied", "Libyan National Army", ["سرت"], ["ترهونة"]),
 ],
 "qoc4": [
  mv("redeploy", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["الشويرف"]),
  mv("deploy", "planned", "GNA forces", ["غريان"], ["مزدة"]),
  mv("advance", "conditional", "Libyan National Army", [], ["بني وليد"]),
  mv("mobilise", "denied", "Misrata forces", [], ["أبو قرين"]),
 ],
 "qoc5": [
  mv("advance", "reported", "GNA forces", ["قصر بن غشير"], ["ترهونة"]),
  mv("deploy", "planned", "GNA forces", [], ["ترهونة", "قصر بن غشير"]),
  mv("withdraw", "conditional", "GNA forces", ["ترهونة"], []),
  mv("advance", "denied", "GNA forces", [], ["مسلاتة"]),
 ],
}

NOTES = {
 "qoc1": "Libyan news site (Fassato News) retelling a Bani Walid local Facebook page («أخبار بني وليد»): the social "
         "council's night curfew, a 444 Brigade column Tarhuna→the northern gate of Bani Walid (advance, reported), its "
         "conditional return Bani Walid→Tarhuna («لن يعيد ... إلا بعد أن تتسلم»), the council's denial of a Misrata force "
         "moving on Bani Walid (written بنى وليد) via Zliten, and a planned Central Support company Tripoli→Bani Walid; "
         "the 2012 entry of forces from Misrata (background), flour and fuel trucks from Zliten (civilian), the 444's "
         "control of Tarhuna's gates (no movement) and Tripoli as a distance reference are not movements; «أخبار بني "
         "وليد» and «مديرية أمن بني وليد» hold بني وليد, «الراية الخضراء» holds الخضراء, «سالم الزليتني» holds زليتن.",
 "qoc2": "Tripoli paper's site (Libya Al-Ikhbariya) on Qasr Bin Ghashir: SSA reinforcements Abu Salim→Qasr Bin Ghashir "
         "(written قصر بنغشير), 444 units deployed around Tripoli International Airport, the SSA's conditional pull-out "
         "from Qasr Bin Ghashir («لن تغادر ... ما لم»), the 444's denial of vehicles moving Tarhuna→the capital "
         "(«العاصمة», resolved to طرابلس) and a planned separation battalion Al-Aziziya→Qasr Bin Ghashir; the curfew, "
         "families fleeing to Ain Zara and central Tripoli, the dateline and the LNA's 2019 advance Tarhuna→Qasr Bin "
         "Ghashir (background) are not movements; «مديرية أمن طرابلس», «منطقة طرابلس العسكرية» and «ليبيا الإخبارية» "
         "hold place names.",
 "qoc3": "Libyan TV site (Al-Najaa TV) from Tarhuna (also written ترهونه): the security directorate takes over two gates, "
         "a 444 column leaves Tarhuna for Qasr Bin Ghashir (withdraw, reported), a planned police company Msallata→"
         "Tarhuna, the 444's conditional return to Tarhuna («ستعود ... إذا»), and the denied infiltration of Kaniyat "
         "men serving with the LNA Sirte→Tarhuna; displaced families returning from Bani Walid and Al-Khums (civilian), "
         "the Kaniyat's flight east in 2020 (background) and the mass-grave teams are not movements; «الخمسين» holds "
         "الخمس, «أسرته» holds سرت, «مديرية أمن ترهونة» holds ترهونة.",
 "qoc4": "Pan-Arab weekly (Al-Mushahid Al-Siyasi, London) analysis of Tripoli's «southern belt»: an LNA redeploy of two "
         "companies Jufra air base→Ash Shwayrif (reported), a planned 444 force Gharyan→Mizda, the LNA's conditional "
         "advance on Bani Walid («لن تتقدم ... إلا إذا») and Misrata's denied massing at Abu Qurayn (written أبو قرين); "
         "the list of towns on the approaches, the 2019 offensive from Tarhuna and the June 2020 pull-back to Ash "
         "Shwayrif and Jufra (background), Turkish advisers kept at Al-Watiya and Mitiga (presence) and Turkey, the UAE "
         "and Egypt (مصر, also inside مصراتة) are not movements or movement places; «الصادق الغرياني» holds غريان.",
 "qoc5": "Human-rights statement (Libya Crimes Watch, London): a 444 raid Qasr Bin Ghashir→Tarhuna (advance, reported), "
         "the Interior Ministry's planned Central Support deployment in Tarhuna and Qasr Bin Ghashir, the 444's "
         "conditional pull-out from Tarhuna («متى تسلمت»), and its denial of entering Msallata; detainees moved to "
         "Tripoli, families displaced Tarhuna→Bani Walid/Msallata (civilian), the Kaniyat's 2019–2020 crimes "
         "(background) and Geneva (Human Rights Council) are not movements or movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qoc1", "qoc2", "qoc3", "qoc4", "qoc5")
