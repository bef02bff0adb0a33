# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                             # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),              # G
 # cr1 Fezzan municipal elections
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G (row قاعدة تمنهنت)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                      # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),               # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),            # G* (town row)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),             # G* (row الحدود الليبية النيجرية)
 # cr2 Sirte national conference
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                 # G
 "sirte_port": ("crossing", "LY", 31.215, 16.58, "Sirte port"),                          # K
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G (row راس لانوف)
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                          # G
 # cr3 Algerian PM's visit to Ghadames
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                              # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),         # G* (town row)
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),      # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                  # G
 "debdeb_crossing": ("crossing", "DZ", 30.04, 9.45, "Debdeb-Ghadames border crossing"),  # K
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                             # G
 "border_dzside": ("region", "DZ", 29.6, 9.55, "Algeria-Libya border (Algerian side)"), # K
 "border_lyside_dz": ("region", "LY", 29.6, 10.1, "Libya-Algeria border near Ghadames"), # K
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                    # G
 # cr4 cup final in Benghazi
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),# G
 "benghazi_port": ("crossing", "LY", 32.105, 20.05, "Benghazi port"),                    # K
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                   # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                             # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                  # G
 # cr5 parliamentary election day in the west
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),          # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                               # G
 "janzour_mun": ("district", "LY", 32.81868, 13.01727, "Janzour municipality"),          # G* (city row)
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                 # G
 "tripoli_port": ("crossing", "LY", 32.903, 13.185, "Tripoli port"),                     # K
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                   # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                             # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                        # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                           # G
}

TRAPS = {
 "cr1": ["روسيا اليوم", "اللواء طارق بن زياد", "الجيش الوطني الليبي", "تشاديين", "مسعود الغاتي", "لا أدري"],
 "cr2": ["العرب", "الجيش الوطني الليبي", "قاعات واغادوغو", "غرفة عمليات سرت الكبرى", "علي الإدريسي", "عقيلة صالح"],
 "cr3": ["الخبر", "جزائري", "الجيش الجزائري", "الجزائرية", "سالم الغدامسي", "الليبية"],
 "cr4": ["كووورة", "كأس ليبيا", "الأهلي طرابلس", "الأهلي بنغازي", "ملعب شهداء بنينا", "الجيش الوطني الليبي",
         "محمد الطرابلسي", "من الزاوية اليمنى", "الاتحاد الليبي لكرة القدم"],
 "cr5": ["DW عربية", "قوة حماية طرابلس", "المجلس العسكري الزنتان", "الكتائب المصراتية", "التونسية"],
}

PHEN = {
 "cr1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_neighbours", "countries"],
 "cr2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil"],
 "cr3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "cr4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "coverage_bases"],
 "cr5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
}

LNA, GNA = "Libyan National Army", "GNA forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "cr1": [
  mv("deploy", "reported", LNA, destinations=["سبها", "اوباري", "غات"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة تمنهنت الجوية"]),
  mv("redeploy", "planned", LNA, ["حقل الشرارة"], ["إدري", "براك"]),
  mv("reinforce", "conditional", LNA, ["قاعدة تمنهنت"], ["مرزق", "القطرون"]),
  mv("mobilise", "denied", "Chadian armed groups", destinations=["الحدود مع النيجر"]),
 ],
 "cr2": [
  mv("reinforce", "reported", LNA, ["قاعدة الجفرة الجوية"], ["سرت"], ["ودان"]),
  mv("naval_landing", "reported", LNA, ["بنغازي"], ["ميناء سرت"]),
  mv("redeploy", "planned", LNA, ["ميناء راس لانوف"], ["قاعدة القرضابية الجوية"]),
  mv("withdraw", "conditional", "Misrata forces", ["أبوقرين"], ["مصراتة"]),
  mv("advance", "denied", LNA, ["سرت"], ["طرابلس"]),
 ],
 "cr3": [
  mv("reinforce", "reported", "Algerian army", ["عين امناس"], ["الدبداب", "الحدود مع ليبيا"]),
  mv("airlift", "reported", GNA, ["مطار معيتيقة"], ["مطار غدامس"]),
  mv("shipment", "reported", "Algerian army", destinations=["غدامس"], via=["معبر الدبداب"]),
  mv("deploy", "planned", GNA, destinations=["الحدود مع الجزائر", "حقل الوفاء"]),
  mv("withdraw", "conditional", "Algerian army", ["الدبداب"], ["عين امناس"]),
  mv("advance", "denied", "Algerian army", destinations=["غدامس"]),
 ],
 "cr4": [
  mv("deploy", "reported", LNA, destinations=["بنغازي", "مطار بنينا"]),
  mv("naval_landing", "reported", LNA, ["طبرق"], ["ميناء بنغازي"]),
  mv("deploy", "planned", LNA, destinations=["البريقة", "اجدابيا"]),
  mv("reinforce", "conditional", LNA, ["المرج"], ["بنغازي"]),
  mv("airlift", "denied", GNA, ["مطار معيتيقة"], ["قاعدة بنينا الجوية"]),
 ],
 "cr5": [
  mv("deploy", "reported", GNA, destinations=["طرابلس", "جنزور", "تاجوراء"]),
  mv("naval_landing", "reported", "Misrata forces", ["مصراته"], ["ميناء طرابلس"]),
  mv("shipment", "planned", "Turkish armed forces", ["تركيا"], ["قاعدة معيتيقة"]),
  mv("reinforce", "conditional", "Tunisian army", ["مدنين"], ["بن قردان"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["طرابلس"]),
  mv("mobilise", "denied", "Zintan forces", destinations=["العزيزية"]),
 ],
}

NOTES = {
 "cr1": "Municipal elections in Fezzan (RT Arabic, Sabha): LNA units at polling stations in Sabha, Ubari (spelled "
        "اوباري) and Ghat; a Benina→Tamanhint airlift; a planned Sharara→Idri/Brak redeployment (Wadi al-Shati only "
        "locates); a conditional Tamanhint→Murzuq/Al Qatrun reinforcement («إذا»); a denied Chadian build-up on the "
        "Niger border. Traps: «لا أدري» (Idri), «مسعود الغاتي» (Ghat), the outlet «روسيا اليوم», the brigade name.",
 "cr2": "National reconciliation conference in Sirte (Al-Arab, Sirte): an LNA column Jufra air base→Sirte via "
        "Waddan (anaphora «المدينة»), a landing at Sirte port from Benghazi, a planned Ras Lanuf port→Gardabiya "
        "redeployment, a conditional Misrata «Joint Force» pull-back Abu Qurayn→Misrata and a denied LNA move "
        "Sirte→Tripoli. Delegates arriving from Tripoli, Misrata, Kufra and Idri are civilians (not movements). "
        "Traps: «قاعات واغادوغو» (venue), «غرفة عمليات سرت الكبرى», «علي الإدريسي» (Idri inside).",
 "cr3": "Algerian PM's visit to Ghadames (El Khabar, Ghadames): Algerian reinforcements In Amenas→Debdeb and along "
        "the Algerian side of the border, a GNA Mitiga→Ghadames airport airlift, vehicles handed over via the Debdeb "
        "crossing (shipment, «عبر المعبر» resolved to معبر الدبداب), a planned GNA deployment on the border with "
        "Algeria and round the Wafa field, a conditional return to In Amenas («لن … إلا بعد») and a denied Algerian "
        "advance towards Ghadames. الجزائر العاصمة = Algiers; الجزائر inside the border phrase = the country.",
 "cr4": "Libyan Cup final in Benghazi (Kooora, Benghazi): LNA military police at Benghazi's western gates and Benina "
        "airport, a landing ship Tobruk→Benghazi port, planned patrols at Brega and Ajdabiya, a conditional Al-Marj "
        "→Benghazi reinforcement («إذا») and a denied GNA flight Mitiga→Benina air base. Traps: the clubs «الأهلي "
        "طرابلس»/«الأهلي بنغازي», «كأس ليبيا», «ملعب شهداء بنينا», the player «محمد الطرابلسي», «من الزاوية اليمنى».",
 "cr5": "Parliamentary election day in the west (DW Arabic, Tripoli): GNA units at polling stations in Tripoli («في "
        "العاصمة» resolved), Janzour and Tajura; a Misrata company by sea to Tripoli port; a planned Turkish shipment "
        "to Mitiga base; a conditional Tunisian Medenine→Ben Gardane reinforcement («في حال») and Zintan's denial of "
        "a column towards Tripoli and a build-up in Al-Aziziyah. العاصمة تونس = Tunis; الليبيون في تونس = country.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("cr1", "cr2", "cr3", "cr4", "cr5")
