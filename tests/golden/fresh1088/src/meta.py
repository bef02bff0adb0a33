# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                              # G
 "romania": ("country", "RO", 45.96110, 24.24801, "Romania"),                             # G
 # cities abroad (datelines, venues)
 "bucharest": ("city", "RO", 44.43225, 26.10626, "Bucharest"),                            # G (row بخارست, written بوخارست)
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                    # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                   # G
 # Libya: Tripoli and the western coast
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),               # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),               # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                                # G
 "sawani": ("town", "LY", 32.71667, 13.06667, "As Sawani"),                               # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Maya"),                                   # G
 "judaim": ("town", "LY", 32.78000, 12.80000, "Judaim"),                                  # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Zawiya"),                                  # G
 "zawiya_mun": ("district", "LY", 32.54560, 12.62698, "Zawiya municipality"),             # G* (row district:LY-ZA)
 "refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Harsha"),                               # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                  # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                              # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                             # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                  # G
 "zuwara_airport": ("airport", "LY", 32.95230, 12.01550, "Zwara Airport"),                # G
 "abu_kammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                        # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G* (row منفذ رأس جدير)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                      # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                            # G
 "warshefana": ("region", "LY", 32.51012, 13.02794, "Warshefana"),                        # G* (row district:LY-JI, alias ورشفانة)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                # G
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),            # G
 # Tunisia (south-east)
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                        # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                              # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),          # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                  # G
 "djerba_airport": ("airport", "TN", 33.87500, 10.77550, "Djerba-Zarzis International Airport"),  # G
 "border_tn_ly": ("region", "TN", 33.10, 11.45, "Tunisia-Libya border (Tunisia side)"),   # K
}

TRAPS = {
 "qoy1": ["المكتب الإعلامي لبلدية الزاوية", "الكتيبة 459", "جهاز دعم الاستقرار", "اللواء 52 مشاة", "الأمن المركزي",
          "من هذه الزاوية", "من زاوية الأسر", "عبد الرؤوف الصرماني", "شركة الزاوية لتكرير النفط"],
 "qoy2": ["مديرية أمن طرابلس", "مديرية أمن جنزور", "اللواء 111 مجحفل", "خالد الجنزوري"],
 "qoy3": ["راديو رومانيا الدولي", "رومانياً", "الرومانية", "الرومانيين", "اللواء 111", "اللواء 52 مشاة",
          "وزارة الدفاع التركية", "الليبية", "ليبية"],
 "qoy4": ["تونيسكوب", "الهادي المدنيني", "وزارة الدفاع الوطني", "قوة إنفاذ القانون", "اللواء 52 مشاة",
          "الجانب الليبي", "الليبي"],
 "qoy5": ["تفصيلة", "المرصد الأورومتوسطي لحقوق الإنسان", "جهاز دعم الاستقرار", "اللواء 111", "الهلال الأحمر الليبي",
          "سعاد الغرياني", "الليبي"],
}

PHEN = {
 "qoy1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "town_vs_district",
          "coverage_oil"],
 "qoy2": ["clitics", "spelling", "media_trap", "operation_trap", "person_trap", "ambiguity_country_capital", "countries"],
 "qoy3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "coverage_bases",
          "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qoy4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "border_phrase",
          "town_vs_district", "ambiguity_country_capital", "coverage_oil", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qoy5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qoy1": [
  mv("deploy", "reported", "GNA forces", ["العجيلات"], ["مصفاة الزاوية"]),
  mv("withdraw", "planned", "GNA forces", ["الحرشة"], []),
  mv("reinforce", "conditional", "GNA forces", ["طرابلس"], ["الزاوية"]),
  mv("advance", "denied", None, ["ورشفانة"], ["جودائم"]),
 ],
 "qoy2": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["جنزور", "الماية"]),
  mv("redeploy", "planned", "GNA forces", ["السواني"], ["جودائم"]),
  mv("withdraw", "conditional", "GNA forces", ["الماية"], ["طرابلس"]),
  mv("advance", "denied", "Misrata forces", ["مصراته"], ["جنزور"]),
  mv("mobilise", "reported", None, [], ["العزيزية"]),
 ],
 "qoy3": [
  mv("reinforce", "reported", "GNA forces", ["طرابلس"], ["مصفاة الزاوية"]),
  mv("airlift", "reported", "GNA forces", ["مطار معيتيقة"], ["مطار زوارة"]),
  mv("redeploy", "planned", "GNA forces", ["صبراتة"], ["العجيلات"]),
  mv("naval_landing", "conditional", "GNA forces", ["ميناء طرابلس"], ["مصفاة الزاوية"]),
  mv("deploy", "denied", "Turkish armed forces", ["قاعدة الوطية"], ["الزاوية"]),
 ],
 "qoy4": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان"]),
  mv("deploy", "planned", "Tunisian army", [], ["الحدود مع ليبيا"]),
  mv("advance", "denied", None, ["أبو كماش"], ["بن قردان"]),
  mv("withdraw", "reported", None, ["مصفاة الزاوية"], ["العجيلات"]),
  mv("deploy", "conditional", "GNA forces", ["زوارة"], ["أبو كماش"]),
 ],
 "qoy5": [
  mv("deploy", "reported", "GNA forces", ["الزاوية"], ["صرمان"]),
  mv("mobilise", "reported", None, [], ["العجيلات"]),
  mv("withdraw", "conditional", "GNA forces", ["صرمان"], []),
  mv("shipment", "denied", "GNA forces", ["مصراتة"], ["الزاوية"]),
  mv("redeploy", "planned", "GNA forces", ["جنزور"], ["صبراتة"]),
 ],
}

NOTES = {
 "qoy1": "Zawiya municipality media office on the elders' ceasefire in Al-Harsha: a 52nd Infantry Brigade force "
         "Al-Ajaylat→Zawiya refinery (reported, placed at its gates), the planned pull-out of Battalion 459 and the "
         "Stability Support Apparatus from Al-Harsha (no destination named), the Interior Ministry's conditional "
         "Central Security reinforcement Tripoli→Zawiya («إذا خرق أي طرف الهدنة») and a denied armed column "
         "Warshefana→Judaim (actor null); the elders' delegation from Sabratha and Surman, families returning from "
         "Janzour, fuel tankers and the road Judaim–Al-Maya are not movements; «من هذه الزاوية» (this angle), the outlet "
         "name and the refining company hold Zawiya.",
 "qoy2": "Tripoli Security Directorate media office: patrols Tripoli→Janzour and Al-Maya (reported), a planned 111th "
         "Brigade company As-Sawani→Judaim, the patrols' conditional return Al-Maya→Tripoli («لن تعود ... قبل أن»), "
         "a denied Misrata column Misrata→Janzour and unidentified gunmen massing near Al-Aziziyah (actor null); "
         "goods trucks and travellers returning from Tunisia, a seized fuel tanker Zawiya→Zintan via Al-Aziziyah and "
         "«طرابلس لن تكون ساحة» are not movements; خالد الجنزوري and مديرية أمن جنزور hold Janzour.",
 "qoy3": "Radio Romania International's Arabic service from Bucharest (written بوخارست) on Romanian workers in Zawiya: "
         "their road trip Zawiya→Ras Ajdir→Tunisia and flight home from Djerba-Zarzis are civilian; wire items: 111th "
         "Brigade units Tripoli→Zawiya refinery, an Interior Ministry special-forces flight Mitiga airport→Zuwara airport "
         "(airlift), a planned 52nd Brigade company Sabratha→Al-Ajaylat, a conditional marine landing Tripoli port→"
         "refinery and Turkey's denied transfer of soldiers Al-Watiya base→Zawiya (Ankara only the venue); رومانياً "
         "and the outlet name hold Romania.",
 "qoy4": "Tunisian portal Tuniscope (Arabic) from Ben Gardane on smuggled Libyan fuel after the Zawiya refinery stopped: "
         "Tunisian army units Medenine→Ben Gardane (reported), a planned regiment along the border with Libya (Tunisia "
         "side), a denied infiltration of smuggling-network gunmen Abu Kammash→Ben Gardane, those gunmen's reported "
         "pull-back refinery→Al-Ajaylat (actor null) and the Law Enforcement Force's conditional deployment Zuwara→Abu "
         "Kammash; fuel cans, travellers through Ras Ajdir and Tunisia's 2024 closure are not movements; الهادي المدنيني "
         "holds Medenine; ولاية مدنين is the governorate beside the town.",
 "qoy5": "Egyptian site Tafsela quoting a Euro-Med Human Rights Monitor statement: Stability Support Apparatus units "
         "Zawiya→Surman (reported), smuggling-network groups massing in Al-Ajaylat (null), the SSA's conditional "
         "withdrawal from Surman («لن تغادر ... إلا بعد»), the defence ministry's denied ammunition-and-drone shipments "
         "Misrata→Zawiya and its planned move of the 111th Brigade Janzour→Sabratha; families fleeing to Sabratha, drone "
         "strikes near Al-Harsha, ambulances and Red Crescent convoys, Geneva (seat) and Tripoli (authorities) are not "
         "movements; سعاد الغرياني holds Gharyan.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qoy1", "qoy2", "qoy3", "qoy4", "qoy5")
