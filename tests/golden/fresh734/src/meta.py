# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "bahrain": ("country", "BH", 26.00211, 50.54527, "Bahrain"),                           # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 # Tripoli and its districts
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_w": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                            # G* (row طرابلس, written طرابلس الغرب)
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "tia": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),         # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "abusalim": ("town", "LY", 32.88743, 13.18733, "Abu Salim"),                           # G (row carries Tripoli's centre point)
 "fornaj": ("town", "LY", 32.88743, 13.18733, "Al Fornaj"),                             # G (row carries Tripoli's centre point)
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                             # G
 "souq": ("town", "LY", 32.88300, 13.23300, "Souq al Jum'aa"),                          # G
 "souq_mun": ("district", "LY", 32.88300, 13.23300, "Souq al Jum'aa municipality"),     # G* (town row)
 "tekbali": ("base", "LY", 32.88743, 13.18733, "Tekbali Camp (Tripoli)"),               # G (row carries Tripoli's centre point)
 "salahaddin": ("town", "LY", 32.88743, 13.18733, "Salah al-Din (Tripoli)"),            # G (row carries Tripoli's centre point)
 "qasr": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                        # G
 "south_tripoli": ("region", "LY", 32.76, 13.20, "Southern Tripoli"),                   # K
 "tajoura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                               # G
 "tajoura_mun": ("district", "LY", 32.88167, 13.35056, "Tajura municipality"),          # G* (town row)
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzur"),                               # G
 # west of Tripoli
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "warshefana": ("region", "LY", 32.60, 12.95, "Warshefana"),                            # K
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 33.00, 11.60, "Libya-Tunisia border (Libyan side, coast)"),  # K
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "jabal": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),      # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 # east of Tripoli
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                  # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 # abroad
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G* (row شمال لبنان, written الشمال اللبناني)
 "akkar": ("district", "LB", 34.53, 36.15, "Akkar"),                                    # K
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G (row عمان, written عمّان)
 "manama": ("city", "BH", 26.22787, 50.58565, "Manama"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "baghdad": ("city", "IQ", 33.34058, 44.40088, "Baghdad"),                              # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "border_eg": ("region", "EG", 31.2, 25.2, "Egypt-Libya border (Egyptian side)"),       # K
}

TRAPS = {
 "qbh1": ["لبنان 24", "جهاز دعم الاستقرار", "اللواء 444 قتال", "عادل الترهوني", "يوم الجمعة", "الليبية"],
 "qbh2": ["عمون", "فرسان جنزور", "الإسناد الأولى", "محمد الورشفاني", "اللواء 111 مجحفل", "التونسية", "الأردنيين",
          "الليبية"],
 "qbh3": ["الأيام", "جهاز الردع", "القوة المشتركة", "أحمد الإدريسي", "الليبية"],
 "qbh4": ["شفق نيوز", "اللواء 444 قتال", "سالم الطرابلسي", "عمر الإدريسي", "مالياً", "شرارة", "الليبية"],
 "qbh5": ["الوفد", "قوة النواصي", "الكتيبة 166", "الزنتاني", "السنوات الخمس", "الليبية"],
}

PHEN = {
 "qbh1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_bases", "countries"],
 "qbh2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qbh3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "town_vs_district", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qbh4": ["multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_idri", "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "qbh5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qbh1": [
  mv("deploy", "reported", "GNA forces", ["أبو سليم"], ["الفرناج", "عين زارة"]),
  mv("advance", "conditional", "GNA forces", ["سوق الجمعة"], ["عين زارة"]),
  mv("reinforce", "denied", "GNA forces", ["الزاوية", "الزنتان"], ["طرابلس"]),
  mv("withdraw", "planned", "GNA forces", ["الفرناج"], ["أبو سليم"]),
  mv("deploy", "planned", "GNA forces", ["معسكر التكبالي"], ["الفرناج"]),
 ],
 "qbh2": [
  mv("deploy", "reported", "GNA forces", ["الزاوية"], ["جنزور"], ["الماية"]),
  mv("redeploy", "denied", "GNA forces", ["مصفاة الزاوية", "مجمع مليتة"]),
  mv("naval_landing", "denied", "GNA forces", ["زوارة"], ["جنزور"]),
  mv("reinforce", "conditional", "GNA forces", ["ورشفانة"], ["جنزور"]),
  mv("deploy", "planned", "GNA forces", ["العزيزية"], ["جنزور"]),
 ],
 "qbh3": [
  mv("airlift", "denied", "Misrata forces", ["مطار مصراتة"], ["مطار معيتيقة"]),
  mv("shipment", "denied", "GNA forces", [], ["ميناء طرابلس"]),
  mv("deploy", "reported", "Misrata forces", [], ["تاجوراء"], ["القرة بوللي"]),
  mv("advance", "conditional", "GNA forces", ["قاعدة معيتيقة"], ["تاجوراء"]),
  mv("withdraw", "planned", "Misrata forces", ["تاجوراء"], ["مصراتة"]),
 ],
 "qbh4": [
  mv("naval_landing", "denied", "GNA forces", ["ميناء الخمس"], ["ميناء طرابلس"]),
  mv("mobilise", "reported", "GNA forces", [], ["معسكر التكبالي", "صلاح الدين"]),
  mv("advance", "conditional", "GNA forces", ["صلاح الدين"]),
  mv("redeploy", "planned", "GNA forces", ["ترهونة"], ["ميناء طرابلس"]),
 ],
 "qbh5": [
  mv("mobilise", "denied", "Zintan forces", [], ["قصر بن غشير"]),
  mv("shipment", "reported", None, ["مصراتة"], ["سوق الجمعة"], ["تاجوراء"]),
  mv("advance", "conditional", "Zintan forces", ["الزنتان"], ["طرابلس"]),
  mv("airlift", "planned", "Misrata forces", ["مطار مصراتة"], ["مطار معيتيقة"]),
 ],
}

NOTES = {
 "qbh1": "Radaa and SSA spokesmen answer each other: SSA's 40 vehicles Abu Salim→Al-Fornaj and Ain Zara (confirmed by "
         "residents), Radaa's conditional move Souq al-Juma→Ain Zara, SSA's denial of bringing fighters from Zawiya or "
         "Zintan to Tripoli, and the chief of staff's plan: SSA vehicles back Al-Fornaj→Abu Salim, then a 444 Brigade "
         "buffer force Tekbali camp→Al-Fornaj. Mitiga base is only where the Radaa spokesman spoke; Tripoli/Akkar in "
         "north Lebanon and 'Tripoli of the West' in the headline and last line are not movement places.",
 "qbh2": "Janzour Knights vs the First Support Force: 25 vehicles Zawiya→Janzour via Al-Maya (confirmed by the security "
         "directorate), a denied pull-out of guards from the Zawiya refinery and Mellitah 'to reinforce the front', a "
         "counter-accusation of a boat landing Zuwara→Janzour beach denied by the Knights, the Knights' conditional call "
         "of companies from Warshefana to Janzour, and a planned 111 Brigade deployment Al-Aziziyah→Janzour. The western "
         "coast (excluded from the plan), Ras Ajdir, the border with Tunisia and Amman are not movement places.",
 "qbh3": "Radaa accuses Misrata's Joint Force of an airlift Misrata airport→Mitiga airport (denied); the Joint Force's "
         "counter-claim of a weapons boat to Tripoli port for Radaa (denied by Radaa); a Joint Force column seen in "
         "Garabulli and stationed at Tajoura's eastern entrance (admitted); Radaa's conditional move Mitiga base→Tajoura; "
         "a planned pull-back Tajoura→Misrata under a deal by Zliten and Khoms notables (mediators, not movement places). "
         "Souq al-Juma is only the venue of the press conference; Tunis hosts talks.",
 "qbh4": "444 Brigade accuses Radaa of landing 100 fighters at Tripoli port from Khoms port (denied); Radaa's "
         "counter-accusation of 444 massing in Tekbali camp and Salah al-Din (not denied, called precautionary); 444's "
         "conditional move out of Salah al-Din (no named destination; Qasr bin Ghashir and the old airport are only the "
         "condition); a planned transfer of 400 police Tarhuna→Tripoli port. Southern Tripoli and Al-Watiya (Turkish "
         "advisers) are not movement places.",
 "qbh5": "Nawasi accuses Zintan of massing 50 vehicles in Qasr bin Ghashir (denied); Zintan's counter-accusation about "
         "ammunition from Misrata is the reported unattributed shipment Misrata→Souq al-Juma via Tajoura (actor null); "
         "Zintan's conditional advance Zintan→Tripoli (Qasr bin Ghashir only the condition; Sharara and the Zawiya "
         "refinery only a pipeline threat; Jabal Nafusa only 'no vehicle outside'); a planned airlift of a 166 Brigade "
         "company Misrata airport→Mitiga airport. Cairo, Egypt and the border with Libya are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qbh1", "qbh2", "qbh3", "qbh4", "qbh5")
