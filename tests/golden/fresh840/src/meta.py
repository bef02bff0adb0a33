# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                               # G
 "bangladesh": ("country", "BD", 23.67779, 89.86016, "Bangladesh"),                     # G* (row بنغلادش; written بنغلاديش)
 # the western coast (shared)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "zawiya_mun": ("district", "LY", 32.75710, 12.72764, "Az Zawiya municipality"),        # G* (city row)
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "zuwara_port": ("crossing", "LY", 32.925, 12.105, "Port of Zuwara"),                   # K
 "zuwara_airport": ("airport", "LY", 32.95230, 12.01550, "Zwara Airport"),              # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Hurshah"),                            # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 33.05, 11.70, "Libya-Tunisia border (Libyan side, coast)"),  # K
 "tripolitania": ("region", "LY", 30.79644, 14.18653, "Tripolitania (western Libya)"),  # G* (row إقليم طرابلس)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # Tunisia
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine governorate"),        # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "border_ly_tn": ("region", "TN", 33.10, 11.40, "Tunisia-Libya border (Tunisian side)"),  # K
 # Egypt, Europe
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                          # G (لامبيدوسا); G* for لامبيدوزا
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 # Lebanon
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "akkar": ("district", "LB", 34.54278, 36.07972, "Akkar"),                              # G* (row Halba (Akkar))
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tabbaneh": ("town", "LB", 34.44300, 35.84000, "Bab al-Tabbaneh"),                     # G
 "beirut_airport": ("airport", "LB", 33.8209, 35.4884, "Beirut-Rafic Hariri International Airport"),  # K
 "qalamoun": ("town", "LB", 34.389, 35.785, "Qalamoun (Lebanon)"),                      # K
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
}

TRAPS = {
 "qfj1": ["القدس العربي", "قوة دعم المديريات بالمنطقة الغربية", "عادل الطرابلسي", "محمد إدريس الكوني", "الإيطالية", "الليبي"],
 "qfj2": ["الشرق الأوسط", "عملية تطهير الساحل", "هذه الزاوية", "الليبية"],
 "qfj3": ["جوهرة أف أم", "الجيش التونسي", "منجي الجرجيسي", "نرد الجميل", "الليبية"],
 "qfj4": ["مونت كارلو الدولية", "إدريس الهمالي", "الإيطالية", "الألمانية", "الليبية"],
 "qfj5": ["لبنان 24", "خالد العكاري", "لبنانية", "اللبنانيين", "الجيش اللبناني", "مصريون", "الليبية"],
}

PHEN = {
 "qfj1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area",
          "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qfj2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "vague_area", "town_vs_district", "coverage_oil", "coverage_neighbours", "countries"],
 "qfj3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "qfj4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_idri", "vague_area",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qfj5": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qfj1": [
  mv("deploy", "reported", "GNA forces", ["جنزور"], ["صبراتة"], ["الزاوية", "العجيلات"]),
  mv("reinforce", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("deploy", "planned", "GNA forces", [], ["مجمع مليتة"]),
  mv("withdraw", "conditional", "GNA forces", ["صبراته"]),
  mv("withdraw", "denied", "GNA forces", ["الزاوية"], ["طرابلس"]),
 ],
 "qfj2": [
  mv("mobilise", "reported", "GNA forces", [], ["الحرشة"]),
  mv("advance", "reported", "GNA forces", ["الماية"], ["الزاويه"]),
  mv("airlift", "planned", "GNA forces", ["مطار معيتيقة"], ["مطار زوارة"]),
  mv("advance", "conditional", "Zintan forces", [], ["العجيلات"]),
  mv("reinforce", "denied", "Misrata forces", ["مصراتة"], ["الزاوية"], ["جنزور"]),
 ],
 "qfj3": [
  mv("reinforce", "reported", "Tunisian army", ["جرجيس"], ["معبر راس جدير"], ["بن قردان"]),
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["منفذ رأس اجدير"], ["الجميل"]),
  mv("mobilise", "planned", "GNA forces", [], ["أبو كماش"]),
  mv("withdraw", "conditional", "Tunisian army", [], ["جرجيس"]),
  mv("advance", "denied", "Tunisian army", [], ["زلطن"]),
 ],
 "qfj4": [
  mv("shipment", "reported", None, ["إيطاليا"], ["قاعدة أبوستة البحرية"]),
  mv("redeploy", "reported", "GNA forces", ["طرابلس"], ["زوارة"]),
  mv("naval_landing", "planned", "GNA forces", ["ميناء زوارة"], ["أبو كماش"]),
  mv("airlift", "conditional", "GNA forces", ["مطار معيتيقة"], ["قاعدة الوطية"]),
  mv("advance", "denied", "GNA forces", [], ["مالطا"]),
 ],
 "qfj5": [
  mv("advance", "reported", "GNA forces", ["الزاوية"], ["العجيلات"]),
  mv("withdraw", "conditional", "GNA forces", ["العجيلات"]),
  mv("redeploy", "planned", "GNA forces", ["طرابلس"], ["صبراتة"]),
  mv("naval_landing", "denied", "GNA forces", [], ["زوارة"]),
  mv("shipment", "reported", "GNA forces", ["مصراتة"], ["الزاوية"]),
 ],
}

NOTES = {
 "qfj1": "Al-Quds Al-Arabi: a column of the 'Directorates Support Force of the Western Region' (force-name trap) "
         "Janzour→Sabratha via Zawiya and Al-Ajaylat; two coast guard boats Abu Sitta naval base→Zuwara port (Abu "
         "Kammash and the border only the extent of the patrols); a planned company to the Mellitah complex (Zuwara only "
         "the road's end); a conditional stay in Sabratha (written صبراته); a denied pull-out Zawiya→Tripoli (the "
         "refinery only where the clashes were). Tunisia as fuel destination, Lampedusa, Libya and the dateline Tripoli "
         "are not movement places; the reporter عادل الطرابلسي is a person trap.",
 "qfj2": "Asharq Al-Awsat from Cairo: MoD massing at Al-Harsha; the 52nd Infantry's advance Al-Maya→southern Zawiya "
         "(written الزاويه); a planned special-forces airlift Mitiga airport→Zuwara airport; Zintan's conditional move "
         "to Al-Ajaylat (Zintan the speaker's town, Sabratha a distance reference); a denied Misrata column "
         "Misrata→Zawiya via Janzour. 'من هذه الزاوية' is a common-word trap; Egypt/Sudan (migrants' origin), Malta "
         "and Tunisia (fuel smuggling) and Tripoli (government seat) are not movement places.",
 "qfj3": "Jawhara FM from Ben Gardane: Tunisian reinforcements Zarzis→Ras Ajdir crossing via Ben Gardane; an Interior "
         "Ministry force Tripoli→Ras Ajdir (written منفذ رأس اجدير) via Al-Jumayl; a planned massing of a company in Abu "
         "Kammash (Zuwara only the road); a conditional return to Zarzis; a denied Tunisian incursion to the outskirts "
         "of Zaltan (the border only a limit). 'نرد الجميل' (return the favour) is a common-word trap beside the town "
         "Al-Jumayl. Medenine, its governorate, Tunis, southern Tunisia and Sfax are background.",
 "qfj4": "Monte Carlo Doualiya from Paris: three patrol boats shipped from Italy to Abu Sitta naval base (actor null: a "
         "cargo ship, Italy is not a listed force); two boats moved Tripoli→Zuwara (Lampedusa only the migrants' "
         "goal); a planned marine landing Zuwara port→Abu Kammash beach; a conditional special-forces airlift Mitiga "
         "airport→Al-Watiya base if clashes resume in Sabratha (Sabratha only the condition); a denied entry into "
         "Malta's waters. Rome, western Libya, Sabratha and Zuwara as departure beaches, Bangladesh and Egypt are not "
         "movement places.",
 "qfj5": "Lebanon24 from Beirut: Lebanese migrants from Tripoli (Lebanon) and Akkar held in Libya; a raid Zawiya→Al-Ajaylat "
         "farm; a conditional stay in Al-Ajaylat; a planned company from 'the Libyan capital Tripoli' to Sabratha; a "
         "denied sea landing on the Zuwara shore; an earlier armoured-vehicle and ammunition shipment Misrata→Zawiya. "
         "The migrants' trip (Beirut airport→Benghazi→the western coast, 'طرابلس الغرب' then Sabratha) and the "
         "Lebanese army's foiled departure from Qalamoun are civilian or non-movement mentions.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qfj1", "qfj2", "qfj3", "qfj4", "qfj5")
