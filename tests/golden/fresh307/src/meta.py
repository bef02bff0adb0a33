# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                                # G
 # capitals and cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                   # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                     # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                 # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                                # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                            # G
 # kw1 LNA press conference (Benghazi, centre, oil crescent)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "benghazi_port": ("crossing", "LY", 32.108, 20.050, "Port of Benghazi"),                  # K
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                              # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                    # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                   # G
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                         # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                               # G
 "brega_port": ("oilfield", "LY", 30.415, 19.585, "Marsa al-Brega port"),                  # K
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                       # G (row قاعدة الوطية)
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya"),                         # G* (row إقليم طرابلس)
 # kw2 Tunisian MoD interview (south-east Tunisia, Zuwara)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                          # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                   # G
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port"),                     # K (GeoNames 2208423 via fresh51)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),          # G (row منفذ رأس جدير)
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                     # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                               # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine governorate"),           # G
 "border_tn": ("region", "TN", 33.05, 11.45, "Tunisian side of the Libyan border"),        # K
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                         # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                   # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                   # G
 # kw3 Western coast press conference (Zawiya)
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                                # G
 "zawiya_mun": ("district", "LY", 32.75710, 12.72764, "Az Zawiya municipality"),           # G* (city row)
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),             # G
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Harsha"),                                # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                                 # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Maya"),                                    # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                   # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                               # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                   # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                             # G
 # kw4 Misrata commander interview
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                               # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                            # G
 "dafniya": ("village", "LY", 32.35000, 14.88000, "Dafniya"),                              # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                   # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabiya Air Base"),                    # G* (row قاعدة القرضابية)
 # kw5 Sudanese army press conference (Port Sudan)
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                           # G
 "karb_altom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                        # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                   # G
 "border_sd": ("region", "SD", 21.0, 25.3, "Sudanese side of the Libyan border"),          # K
 "tina_sd": ("town", "SD", 15.03, 22.83, "Tina (Sudan)"),                                  # K
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                   # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                  # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),    # G* (row مثلث العوينات)
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),               # G
 "dabbah": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                                # G* (row spelled الدبه)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                     # G
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                         # G
}

TRAPS = {
 "kw1": ["الجيش الوطني الليبي", "الطرابلسي", "الوطن", "حرس المنشآت النفطية", "عملية الكرامة", "تركية"],
 "kw2": ["المغرب", "الإدريسي", "القابسي", "التراب الليبي", "التراب التونسي", "جندي تونسي", "الليبية", "ليبية"],
 "kw3": ["الساحل الغربي", "الغرياني", "الشرق", "قوة حماية طرابلس", "من هذه الزاوية", "المجلس العسكري الزنتان"],
 "kw4": ["نون بوست", "الإدريسي", "الزليتني", "الراية البيضاء", "عملية بركان الغضب"],
 "kw5": ["الجيش السوداني", "القوات المسلحة السودانية", "الدنقلاوي", "سودان تربيون", "الدعم السريع", "دعماً مالياً"],
}

PHEN = {
 "kw1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil", "countries"],
 "kw2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "kw3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_tripoli", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings"],
 "kw4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_idri", "ambiguity_country_capital", "coverage_bases"],
 "kw5": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "vague_area",
         "border_phrase", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA, TR = "Libyan National Army", "GNA forces", "Turkish armed forces"
MIS, ZIN, TUN, SUD = "Misrata forces", "Zintan forces", "Tunisian army", "Sudanese armed groups"

MOVES = {
 "kw1": [
  mv("reinforce", "reported", LNA, ["قاعدة الجفرة الجوية"], ["سرت"], ["ودان"]),
  mv("withdraw", "denied", LNA, ["راس لانوف"], ["أجدابيا"]),
  mv("naval_landing", "planned", LNA, ["ميناء بنغازي"], ["ميناء البريقة"]),
  mv("advance", "conditional", LNA, ["سرت"], ["الوشكة"]),
  mv("airlift", "reported", TR, ["تركيا"], ["الوطية"]),
 ],
 "kw2": [
  mv("reinforce", "reported", TUN, ["قابس"], ["بن قردان", "الحدود مع ليبيا"], ["مدنين"]),
  mv("advance", "denied", TUN, [], ["زوارة", "أبو كماش"]),
  mv("redeploy", "planned", TUN, ["رمادة"], ["الذهيبة"]),
  mv("reinforce", "conditional", TUN, ["مدنين"], ["راس جدير"]),
  mv("naval_landing", "reported", GNA, ["طرابلس"], ["ميناء زوارة", "زوارة"]),
 ],
 "kw3": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["الزاوية", "مصفاة الزاوية"], ["جنزور", "الماية"]),
  mv("withdraw", "denied", GNA, ["مصفاة الزاوية"], ["صرمان"]),
  mv("redeploy", "planned", GNA, ["قاعدة الوطية الجوية"], ["صبراتة"]),
  mv("advance", "conditional", GNA, [], ["الحرشة"]),
  mv("mobilise", "denied", ZIN, [], ["العزيزية"]),
 ],
 "kw4": [
  mv("reinforce", "reported", MIS, ["مصراتة"], ["أبوقرين"], ["تاورغاء"]),
  mv("shipment", "reported", GNA, ["طرابلس"], ["أبوقرين"]),
  mv("withdraw", "denied", MIS, ["الوشكة"], ["مصراتة"]),
  mv("mobilise", "denied", MIS, [], ["بني وليد"]),
  mv("redeploy", "planned", MIS, ["الدافنية"], ["أبوقرين"]),
  mv("advance", "conditional", MIS, [], ["القرضابية"]),
 ],
 "kw5": [
  mv("withdraw", "denied", None, ["كرب التوم"], ["الطينة"]),
  mv("advance", "reported", SUD, ["مليط"], ["المالحة"]),
  mv("shipment", "reported", SUD, ["المثلث الحدودي"], ["المالحة"]),
  mv("airlift", "reported", None, ["بورتسودان"], ["الدبة"]),
  mv("deploy", "planned", None, ["الدبة"], ["المثلث الحدودي"]),
  mv("advance", "conditional", None, [], ["وادي هور"]),
 ],
}

NOTES = {
 "kw1": "Egyptian daily's transcript of the LNA spokesman's press conference in Benghazi: the question's Jufra→Sirte "
        "column confirmed (origin given as the answer's Jufra air base, via Waddan), the Ras Lanuf→Ajdabiya pull-out "
        "denied, a planned sea move Benghazi port→Brega port, a conditional advance Sirte→Al-Washka (the question's Abu "
        "Qurayn is not taken up), a Turkish airlift Turkey→Al-Watiya confirmed; Ankara and western Libya are not "
        "movement places; the closing 5+5 meetings in Sirte are not a move.",
 "kw2": "Tunisian daily's interview with the MoD spokesman: an army reinforcement Gabès→Ben Gardane/the border via "
        "Medenine, a denied Tunisian entry into Zuwara and Abu Kammash (places only in the question), a planned "
        "engineering unit Remada→Dehiba, a conditional Medenine→Ras Jedir reinforcement («في صورة»; «المعبر» resolved "
        "to Ras Jedir), and a GNA landing at Zuwara port from Tripoli named in the question and confirmed in the answer; "
        "the governor of Medenine, the ministry in Tripoli and Tunis as dateline are not movement places.",
 "kw3": "Press-conference Q&A of the western coast military region commander in Zawiya: a GNA force Tripoli→Zawiya/the "
        "refinery via Janzour and Al-Maya, a denied pull-out refinery→Surman, a planned company Al-Watiya air base→"
        "Sabratha (the road to Ras Ajdir is purpose only), a conditional entry into Al-Harsha, and a denied Zintan "
        "massing at Al-Aziziyah; the armed group asked to hand over its positions does not move.",
 "kw4": "Online magazine's interview with a Misrata front commander: two companies Misrata→Abu Qurayn via Tawergha, a "
        "fuel and ammunition shipment from the General Staff in Tripoli to the front («المحور» = Abu Qurayn), a denied "
        "pull-back Al-Washka→Misrata, a denied massing near Bani Walid, a planned artillery move Dafniya→Abu Qurayn and "
        "a conditional advance to Gardabiya; «لا نية لدينا للتحرك جنوباً» names no place; the Tunis 5+5 meeting is not "
        "a move.",
 "kw5": "Sudanese outlet's Q&A of the army spokesman in Port Sudan: a denied army pull-out Karb al-Tom→Tina (RSF claim "
        "in the question), an RSF column Mellit→Al Malha, an RSF supply convoy from the border triangle to Al Malha, an "
        "army airlift Port Sudan→Ad Dabbah, a planned force Ad Dabbah→the triangle and a conditional advance to Wadi "
        "Howar; supplies «from Kufra» are only the condition, the visit to Cairo is not a force move.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("kw1", "kw2", "kw3", "kw4", "kw5")
