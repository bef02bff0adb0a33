# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another surface or label (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 # foreign cities (datelines, governments by metonymy, airlift origin)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "riyadh": ("city", "SA", 24.68773, 46.72185, "Riyadh"),                                # G (row رياض, written الرياض)
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 # Tripoli and the western coast
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G (gazetteer kind crossing)
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G (gn:2216885)
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Harshah"),                            # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G (also written عجيلات after لل)
 "jmail": ("city", "LY", 32.85286, 12.06120, "Al Jmail"),                               # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "zuwara_port": ("crossing", "LY", 32.92200, 12.12000, "Port of Zuwara"),               # G (gazetteer kind crossing)
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),     # G (row مجمع مليتة; also written مليتة)
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libya side)"),  # G* (row الحدود الليبية التونسية, written الحدود مع تونس)
 "abu_kammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                      # G
 "ras_jdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير; also written معبر رأس جدير, رأس جدير)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G* (row قاعدة الوطية; also written الوطية, قاعدة عقبة بن نافع)
 # Jebel Nafusa and the south-west approaches
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabi'ah"),                           # G (also written أصابعة after لل)
 "qawalish": ("town", "LY", 31.99972, 12.63000, "Al Qawalish"),                         # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "mizdah": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 # southern Tunisia
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                      # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                              # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "border_tn_ly": ("region", "TN", 33.14, 11.45, "Tunisia-Libya border (Tunisia side, near Ras Jdir)"),  # K
}

TRAPS = {
 "qov1": ["الخضراء", "ميلاد الزاوي", "الطرابلسي", "هذه الزاوية", "حرس الحدود", "تركية", "تركي"],
 "qov2": ["الراديو 9090", "مجلس زوارة العسكري", "التونسي", "مصري", "الليبية", "الليبي", "التوانسة"],
 "qov3": ["أخبار 961", "سوق الجمعة", "الغرياني", "طرابلسية", "غرفة عمليات الجبل الغربي",
          "المنطقة العسكرية الغربية", "الليبيين", "الليبي", "التركي"],
 "qov4": ["الوطنية الثانية", "الجربي", "حرس الحدود", "الصبر الجميل", "التونسية", "التوانسة", "الليبيين"],
 "qov5": ["روتانا خليجية", "الككلي", "تركيتين", "تركية", "المصراتية", "الليبية", "ليبي–ليبي", "الأفريقية"],
}

PHEN = {
 "qov1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "coverage_bases", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qov2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "border_phrase",
          "coverage_crossings", "coverage_oil", "coverage_neighbours", "countries"],
 "qov3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "coverage_bases"],
 "qov4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "border_phrase", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qov5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "coverage_bases", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qov1": [
  mv("reinforce", "reported", "GNA forces", ["الزاوية"], ["العجيلات"]),
  mv("advance", "denied", "Turkish armed forces", ["الوطية"], ["زوارة"]),
  mv("advance", "conditional", None, ["صبراتة"], ["عجيلات"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["عجيلات"]),
  mv("deploy", "planned", "GNA forces", [], ["معبر رأس جدير"]),
 ],
 "qov2": [
  mv("withdraw", "reported", None, ["رأس جدير"], ["زوارة"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["رأس جدير"]),
  mv("advance", "denied", "Tunisian army", ["بن قردان"], ["أبو كماش"]),
  mv("mobilise", "reported", None, [], ["الجميل"]),
  mv("reinforce", "conditional", "Tunisian army", ["مدنين"], ["بن قردان"]),
 ],
 "qov3": [
  mv("deploy", "reported", "GNA forces", ["غريان"], ["أصابعة"]),
  mv("advance", "conditional", "GNA forces", ["الأصابعة"], ["مزدة"]),
  mv("withdraw", "denied", "GNA forces", ["القواليش"], ["غريان"]),
  mv("redeploy", "planned", "Turkish armed forces", ["قاعدة الوطية"], ["مطار معيتيقة"]),
 ],
 "qov4": [
  mv("deploy", "reported", "Tunisian army", [], ["الحدود مع ليبيا"]),
  mv("withdraw", "denied", "Tunisian army", ["بن قردان"], ["مدنين"]),
  mv("deploy", "planned", "GNA forces", ["الجميل"], ["منفذ رأس جدير"]),
  mv("withdraw", "conditional", None, ["أبو كماش"], ["زوارة"]),
 ],
 "qov5": [
  mv("airlift", "reported", "Turkish armed forces", ["أنقرة"], ["الوطية"]),
  mv("withdraw", "denied", "Misrata forces", ["طرابلس"], ["مصراتة"]),
  mv("redeploy", "planned", "GNA forces", ["الزاوية"], ["صبراتة"]),
  mv("shipment", "reported", None, ["تركيا"], ["ميناء زوارة"]),
  mv("naval_landing", "conditional", "Turkish armed forces", [], ["ميناء طرابلس"]),
 ],
}

NOTES = {
 "qov1": "Libyan satellite channel (Al-Khadra TV) summary of a talk show with transcript turns in Libyan dialect: a "
         "GNU defence-ministry reinforcement Zawiya→Al-Ajaylat, a denied Turkish move Al-Watiya→Zuwara (asked by the "
         "host, denied by the guest), Sabratha brigades' conditional advance to Al-Ajaylat (written للعجيلات → "
         "عجيلات), a rumoured Zintan column to Al-Ajaylat denied by Zintan's military council and a planned border-guard "
         "deployment at the Ras Jdir crossing; the host's questions on Al-Harsha and Surman, travellers to Tunisia, "
         "the guest's surname الطرابلسي and «من هذه الزاوية» (from this angle) are not movements or places.",
 "qov2": "Egyptian talk radio (Radio 9090) from Cairo with a Zuwara activist by phone and an Egyptian general in the "
         "studio: the Zuwara military council's force withdrew from Ras Jdir (written المعبر, resolved to رأس جدير) "
         "to Zuwara, a planned interior-ministry force Tripoli→Ras Jdir, the Tunisian army's denied entry Ben Gardane→"
         "Abu Kammash, armed groups massing in Al-Jmail and the general's conditional Tunisian reinforcement Medenine→"
         "Ben Gardane; the Tripoli government (metonymy), Egypt (the host's vantage), trucks and travellers through "
         "the crossing are not movement places.",
 "qov3": "Lebanese news site (Akhbar 961) summarising a Libyan YouTube podcast with quoted exchanges: a Western "
         "Military Zone column Gharyan→Al-Asabaa (written للأصابعة → أصابعة), its conditional advance Al-Asabaa→Mizdah "
         "(Ash-Shwayrif and the first Mizdah only inside the condition), a denied pull-out Al-Qawalish→Gharyan and a "
         "planned Turkish air-defence transfer Al-Watiya base→Mitiga airport; Tripoli in the host's question, the 2019 "
         "background and the guest's surname الغرياني are not movements.",
 "qov4": "Tunisian regional public TV (Watania 2) broadcast from Ben Gardane, Tunisian and Libyan dialect: the "
         "Tunisian army deployed along the border with Libya (Tunisia side), a denied pull-back Ben Gardane→Medenine, "
         "a planned Libyan border-guard force Al-Jmail→Ras Jdir crossing (written منفذ رأس جدير) and armed groups' "
         "conditional return Abu Kammash→Zuwara; the host's «نمشيو لزوارة» (let's go to Zuwara, i.e. to the caller), "
         "Tunis and Tripoli as governments, 1200 commercial trucks Ras Jdir→Ben Gardane and holiday-makers to Djerba "
         "and Zarzis are not movements.",
 "qov5": "Saudi satellite channel (Rotana Khalijia, «ياهلا») talk show with a Libyan guest from Tripoli and a Saudi "
         "analyst: two Turkish military cargo planes Ankara→Al-Watiya (also called قاعدة عقبة بن نافع), Misrata "
         "forces' denied pull-out Tripoli→Misrata, a planned battalion Zawiya→Sabratha, an ammunition ship Turkey→"
         "Zuwara port (actor null) and the analyst's conditional Turkish marine landing at Tripoli port (Ankara there "
         "is the government, not an origin); Gharyan and Al-Asabaa «ما فيش أي تحرك» and Riyadh's position are not "
         "movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qov1", "qov2", "qov3", "qov4", "qov5")
BAR_IN_TEXT = True  # qov1 headline «على المكشوف» | ... has a literal bar
