# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # capitals and big cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "brussels": ("city", "BE", 50.85045, 4.34878, "Brussels"),                             # G
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "athens": ("city", "GR", 37.98376, 23.72784, "Athens"),                                # G* (row آتن)
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 # west coast: Zuwara, Sabratha and the road from Al-Watiya
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwarah municipality"),          # G* (town row)
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Port of Zuwarah"),              # K
 "zuwara_airport": ("airport", "LY", 32.95230, 12.01550, "Zwara Airport"),              # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G* (row قاعدة الوطية)
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "regdalin": ("town", "LY", 32.88718, 11.98729, "Regdalin"),                            # G* (row سيدي بن زينة)
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "mellitah_town": ("town", "LY", 32.87000, 12.23000, "Mellitah"),                       # G* (complex row)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 32.95, 11.60, "Libya-Tunisia border (Libyan side, coast)"),  # K
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),          # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratah"),                            # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "tripoli_port": ("crossing", "LY", 32.905, 13.215, "Port of Tripoli"),                 # K
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 # Tunisia and the central Mediterranean
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                          # G* (row لامبيدوسا)
 # Garabulli, Tajura, Al-Khums
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli (Garabulli)"),      # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                            # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khums_port": ("crossing", "LY", 32.655, 14.275, "Port of Al Khums"),                  # K
 "misrata_port": ("crossing", "LY", 32.367, 15.233, "Port of Misrata (Qasr Ahmed)"),    # K
 # the east: Tobruk, the Egyptian border, Crete
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.078, 23.983, "Port of Tobruk"),                   # K
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "gan_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),         # G* (row مطار طبرق)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "benghazi_port": ("crossing", "LY", 32.117, 20.050, "Port of Benghazi"),               # K
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "kambut": ("town", "LY", 31.90434, 24.47840, "Kambut"),                                # G
 "bardia": ("town", "LY", 31.75601, 25.08530, "Bardia"),                                # G (row بردية)
 "bomba_gulf": ("region", "LY", 32.40000, 23.10000, "Gulf of Bomba"),                   # G
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                # G
 "gavdos": ("region", "GR", 34.83333, 24.08333, "Gavdos"),                              # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 "border_eg": ("region", "EG", 31.0, 25.2, "Egypt-Libya border (Egyptian side)"),       # K
}

TRAPS = {
 "pq1": ["الشرق الأوسط", "إيطالي", "الإيطالية", "الهلال الأحمر", "التونسي"],
 "pq2": ["فرانس 24", "فرانس برس", "ما ادري", "الشاطئ", "الساحل", "مصطفى الزنتاني", "طريق السكة"],
 "pq3": ["يورونيوز", "إيريني", "عملية صوفيا", "الأوروبية", "الإيطالية", "التركية", "اليونانية", "اللبنانية",
         "الليبية", "الليبي"],
 "pq4": ["سبوتنيك", "اللواء 444", "القوة المشتركة", "المجلس العسكري مصراتة", "مصراتي", "الخمسينيات",
         "نور الدين الإدريسي", "سالم الطرابلسي", "الليبية"],
 "pq5": ["الشروق", "الجيش الوطني", "الجيش الوطني الليبي", "اليونانية", "اليوناني", "الليبية", "المصري",
         "المصريين", "محمد السلومي", "المطروحة"],
}

PHEN = {
 "pq1": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_country_capital", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "pq2": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "ambiguity_idri",
         "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
 "pq3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "coverage_crossings", "coverage_neighbours", "countries"],
 "pq4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_idri", "coverage_crossings"],
 "pq5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "pq1": [
  mv("deploy", "reported", "GNA forces", ["قاعدة الوطية الجوية"], ["زوارة", "مجمع مليتة"], ["الجميل", "رقدالين"]),
  mv("redeploy", "reported", "GNA forces", ["ميناء طرابلس"], ["ميناء زوارة"]),
  mv("airlift", "planned", "GNA forces", ["مطار معيتيقة"], ["مطار زوارة"]),
  mv("withdraw", "conditional", "GNA forces", ["زوارة"]),
  mv("naval_landing", "denied", None, [], ["مليتة"]),
 ],
 "pq2": [
  mv("advance", "reported", "GNA forces", ["مصفاة الزاوية"], ["صبراتة"], ["صرمان"]),
  mv("withdraw", "reported", None, ["صبراتة"], ["العجيلات"]),
  mv("advance", "conditional", "GNA forces", [], ["العجيلات"]),
  mv("redeploy", "planned", "GNA forces", ["قاعدة أبوستة البحرية"], ["صبراتة"]),
  mv("reinforce", "denied", "Zintan forces", ["الزنتان"], ["صبراتة"]),
 ],
 "pq3": [
  mv("redeploy", "reported", None, ["بنغازي"], ["زوارة", "صبراتة"]),
  mv("deploy", "planned", None, [], ["طبرق"]),
  mv("deploy", "conditional", None, [], ["ميناء طرابلس"]),
  mv("naval_landing", "denied", None, [], ["القربوللي"]),
  mv("shipment", "reported", "Turkish armed forces", ["مرسين"], ["ميناء مصراتة"]),
 ],
 "pq4": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["القربوللي"], ["تاجوراء"]),
  mv("withdraw", "reported", None, ["القربوللي"], ["مسلاتة"]),
  mv("redeploy", "reported", "GNA forces", ["ميناء الخمس"], ["قره بوللي"]),
  mv("mobilise", "planned", "Misrata forces", [], ["الخمس"]),
  mv("advance", "denied", "Misrata forces", ["مصراتة"], ["القربوللي"]),
  mv("advance", "conditional", None, ["مسلاتة"], ["القربوللي"]),
 ],
 "pq5": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["طبرق", "ميناء الحريقة"], ["درنة"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("shipment", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء طبرق"]),
  mv("mobilise", "conditional", "Libyan National Army", [], ["كمبوت", "البردية"]),
  mv("naval_landing", "denied", None, [], ["خليج البمبة"]),
  mv("deploy", "planned", "Egyptian army", ["مرسى مطروح"], ["السلوم"]),
 ],
}

NOTES = {
 "pq1": ("Asharq Al-Awsat, Tripoli dateline. Zuwara after a migrant boat capsized: a GNA (chief of staff) force "
         "Al-Watiya air base->Zuwara/the Mellitah complex via Al-Jumayl and Regdalin (reported deploy), two coast-guard "
         "patrol boats Tripoli port->Zuwara port (reported redeploy), special forces to be flown Mitiga->Zuwara airport "
         "(planned airlift), the force 'will not leave Zuwara unless' the police take over (conditional withdraw) and an "
         "'Italian marines landing' near Mellitah denied as rumours (actor null). Precision: the migrant boat Zuwara->"
         "Lampedusa, survivors taken to Zuwara hospital, smuggling networks shifting 'east towards Zuwara and Sabratha', "
         "the minister's meeting in Tunis and the Ras Ajdir crossing named only as the end of the coastal strip are not "
         "movements. Headline retells the deploy and the denial."),
 "pq2": ("France 24 / AFP, Sabratha dateline. A GNA defence-ministry force from the Zawiya refinery towards Sabratha "
         "via Surman (reported advance), smuggling gunmen pulling back from Sabratha's coastal districts to Al-Ajaylat "
         "(reported withdraw, actor null), the commander's threat to storm Al-Ajaylat 'if' suspects are not handed over "
         "(conditional advance), a coast-guard unit to move Abu Sitta naval base->Sabratha (planned redeploy; the "
         "patrols 'between the city and the Mellitah complex' are a purpose, not a destination) and Zintan's denial that "
         "forces went to Sabratha (denied reinforce). Precision: ambulances to Tripoli, 300 migrants moved to Tripoli, a "
         "boat that reached Malta and the Tunisian National Guard stopping departures from Zarzis are not movements. "
         "Traps: the commander Mustafa al-Zintani, «ما ادري», «الشاطئ», «الساحل»."),
 "pq3": ("Euronews Arabic, Brussels dateline. EU operation Irini: an Italian frigate moved from off Benghazi to off "
         "Zuwara and Sabratha (reported redeploy, actor null, both ends of «بين X وY» as destinations), a second ship to "
         "be deployed off Tobruk in June (planned), Irini ships entering Tripoli port only 'if' the Libyan authorities "
         "ask (conditional deploy), a denied 'landing' on the Garabulli beach (denied naval_landing), and a "
         "Turkish-escorted cargo of armour Mersin->Misrata port (reported shipment). Precision: an inspected civilian "
         "ship from Tripoli (Lebanon) to Benghazi, Frontex's migrant arrivals in Italy and Malta from Zuwara, Sabratha "
         "and Tobruk, and Rome as the speaker's seat are not movements. Headline retells the redeploy and the denial."),
 "pq4": ("Sputnik Arabic, Tripoli dateline. The 444 Brigade (GNA) into Garabulli from Tripoli ('انطلقت منها') via "
         "Tajura (reported deploy), a local armed group leaving 'the city' for Msallata (reported withdraw, actor null), "
         "three coast-guard boats Al-Khums port->off Garabulli (reported redeploy, surface «قره بوللي»), Misrata's Joint "
         "Force planning to mass battalions in Al-Khums (planned mobilise), Misrata's military council denying any "
         "battalion moved on Garabulli (denied advance) and the ousted group's threat to return Msallata->Garabulli "
         "'if' the newcomers do not leave (conditional advance). Precision: intercepted migrants taken to Tajura and "
         "smugglers 'pushed east' are not movements. Spelling: «القره بوللي», «القربوللي», «قره بوللي»."),
 "pq5": ("Shorouk News (Cairo). Tobruk and the Crete route: LNA reinforcements Benghazi->Tobruk/the Marsa al-Hariga "
         "terminal via Derna (reported reinforce), a cargo plane Benina air base->Gamal Abdel Nasser air base with "
         "coast guards (reported airlift), fast patrol boats shipped Benghazi port->Tobruk port (reported shipment), the "
         "LNA 'will mass' units in Kambut and Bardia 'if' departures go on (conditional mobilise), a Greek coast-guard "
         "'landing' in the Gulf of Bomba denied (actor null) and Egyptian border guards to move Marsa Matruh->Sallum next "
         "week (planned deploy; the border with Libya is the purpose). Precision: migrants from Tobruk and Kambut to "
         "Crete and Gavdos and Egyptian workers at the Amsaad crossing are not movements. Headline retells the "
         "reinforcement and the Egyptian plan."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("pq1", "pq2", "pq3", "pq4", "pq5")
