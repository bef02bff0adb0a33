# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G (row مصراتة; qik2 spells مصراته)
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (base row, near Hun/Waddan)
 # qik1 Al Jazeera Mubasher live page, Tripoli and the western coast
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "mitiga_bare": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                # G* (row مطار معيتيقة, bare name)
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al-Qarabulli"),                  # G* (row القره بوللي; written القربولي)
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Harshah"),                            # G
 # qik2 Al-Araby TV live page, Sirte-Jufra front
 "gardabya_bare": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),              # G* (row قاعدة القرضابية, bare name)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "sirte_port": ("crossing", "LY", 31.21500, 16.58500, "Port of Sirte"),                 # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 "nofaliya": ("town", "LY", 30.78306, 17.83306, "Nofaliya"),                            # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "sidra": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 # qik3 Extra News live page, Egypt's western front
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "cairo_west": ("base", "EG", 30.1164, 30.9154, "Cairo West Air Base"),                 # K
 "matruh_airport": ("airport", "EG", 31.32540, 27.22170, "Mersa Matruh Airport"),       # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "bardia": ("town", "LY", 31.75000, 25.08333, "Bardia"),                                # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 "east_libya": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),       # G* (row برقة)
 # qik4 Libya's Channel live page, Fezzan
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G (rows أوباري / اوباري)
 "tamanhint_bare": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),            # G* (row قاعدة تمنهنت, bare name)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (row قاعدة تمنهنت, variant تمنهنط)
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "idri_mun": ("district", "LY", 27.44707, 13.05173, "Idri municipality"),               # G* (town row)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 # qik5 Hannibal TV live page, Tunisia's south-east border
 "rasajdir_bare": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),  # G* (row منفذ رأس جدير, bare name)
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير, written معبر راس جدير)
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),        # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G* (row منفذ وازن)
 "border_ly": ("region", "TN", 32.30, 10.60, "Tunisia-Libya border (Tunisian side)"),   # K
}

TRAPS = {
 "qik1": ["الجزيرة مباشر", "سوريين", "المجلس العسكري مصراتة", "هذه الزاوية", "كتيبة ثوار طرابلس",
          "إدريس المصراتي"],
 "qik2": ["الجيش الوطني الليبي", "التلفزيون العربي", "هون من شأن", "غرفة عمليات تحرير سرت الجفرة",
          "الصادق السرتاوي"],
 "qik3": ["إكسترا نيوز", "مصري", "الليبي", "ليبية", "خالد الطبرقي", "الخيار المطروح", "القاهرة الإخبارية"],
 "qik4": ["قناة ليبيا", "اللواء طارق بن زياد", "الجيش الوطني الليبي", "المنطقة العسكرية سبها", "علي القطروني",
          "القطروني", "الشرارة الأولى", "الجزائرية", "الجزائري", "ليبية", "إدريس الحضيري"],
 "qik5": ["حنبعل", "الجيش الوطني", "الليبي", "سفيان الطرابلسي", "الطرابلسي", "حضور وازن",
          "المنطقة العسكرية الساحل الغربي"],
}

PHEN = {
 "qik1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_idri", "coverage_oil", "countries"],
 "qik2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings"],
 "qik3": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "vague_area",
          "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qik4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qik5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "town_vs_district",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qik1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية", "مصفاة الزاوية"], ["جنزور", "الماية"]),
  mv("mobilise", "reported", None, [], ["الحرشة"]),
  mv("reinforce", "planned", "Misrata forces", ["مصراتة"], ["طرابلس"], ["القربولي", "تاجوراء"]),
  mv("advance", "conditional", "Zintan forces", ["العزيزية"], ["الماية"]),
  mv("airlift", "denied", "Syrian mercenaries", ["تركيا"], ["مطار معيتيقة"]),
 ],
 "qik2": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["قاعدة القرضابية"], ["ودان"]),
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء سرت"]),
  mv("mobilise", "reported", "GNA forces", [], ["أبوقرين"]),
  mv("advance", "conditional", "GNA forces", ["أبوقرين"], ["الوشكة"]),
  mv("reinforce", "planned", "Misrata forces", ["مصراته"], ["أبوقرين"], ["تاورغاء"]),
  mv("withdraw", "denied", "Libyan National Army", ["بن جواد", "النوفلية"]),
 ],
 "qik3": [
  mv("airlift", "reported", "Egyptian army", ["قاعدة غرب القاهرة الجوية"], ["مطار مرسى مطروح"]),
  mv("deploy", "planned", "Egyptian army", ["مرسى مطروح"], ["سيوة"]),
  mv("shipment", "reported", "Libyan National Army", ["طبرق"], ["الجغبوب"]),
  mv("advance", "conditional", "Egyptian army", ["السلوم"], ["البردي"]),
  mv("naval_landing", "denied", "Egyptian army", ["الإسكندرية"], ["ميناء طبرق"]),
 ],
 "qik4": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["اوباري"], ["جرمة"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["قاعدة تمنهنط"]),
  mv("redeploy", "planned", "Libyan National Army", ["اوباري"], ["حقل الشرارة"]),
  mv("advance", "conditional", "Libyan National Army", ["القطرون"], ["الحدود مع النيجر"]),
  mv("advance", "denied", "Algerian army", ["جانت"], ["غات"]),
 ],
 "qik5": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["معبر راس جدير"], ["بن قردان"]),
  mv("redeploy", "planned", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("shipment", "reported", "Tunisian army", ["قابس"], ["بن قردان"]),
  mv("withdraw", "denied", "Tunisian army", ["رمادة"]),
  mv("reinforce", "conditional", "GNA forces", ["زوارة"], ["أبو كماش"]),
 ],
}

NOTES = {
 "qik1": "Al Jazeera Mubasher live page told newest-first: a GNU chief-of-staff column Tripoli→Zawiya (east gate) and "
         "the refinery's surroundings via Janzour and Al-Maya, told across three updates; Surman, claimed at 12:20, "
         "is retracted by a 17:55 correction and is no movement place; a reported massing of unnamed armed groups in "
         "Al-Harsha, a planned Misrata reinforcement Misrata→Tripoli via Garabulli (spelled القربولي) and Tajura, a "
         "conditional Zintani advance Al-Aziziya→Al-Maya (Zintan only the source) and a denied airlift of Syrian "
         "mercenaries Turkey→Mitiga airport; traps 'من هذه الزاوية', 'كتيبة ثوار طرابلس', 'المجلس العسكري مصراتة', "
         "'إدريس المصراتي'.",
 "qik2": "Al-Araby TV live page told oldest-first on the Sirte-Jufra front: an LNA column first placed in Hun, then "
         "corrected to Al-Jufra air base (Hun is no movement place), via Waddan to Gardabya air base; an LNA landing "
         "Benghazi port→Sirte port; the GNU operations room massing in Abu Qurayn and its conditional advance from "
         "there ('هناك') to Al-Washka; a planned Misrata Joint Force reinforcement from 'المدينة' (Misrata, spelled "
         "مصراته) to Abu Qurayn via Tawergha; a denied LNA pull-out from Bin Jawad and Nofaliya (the Oil Crescent, "
         "Es Sider and Ras Lanuf are only what the forces stay to protect). 'هون من شأن' is the verb, not Hun; "
         "Sirte/Jufra inside the operations-room name and 'السرتاوي' are traps; Geneva is background.",
 "qik3": "Extra News live page: an airlift Cairo West air base→Marsa Matruh airport (the 10:05 landing at Sidi "
         "Barrani corrected at 11:20; Sidi Barrani is no movement place), a planned onward land move Marsa Matruh→"
         "Siwa, an LNA fuel-and-ammunition convoy Tobruk→Al-Jaghbub (spokesman named الطبرقي), a conditional "
         "Egyptian advance Sallum→Bardia ('الخيار المطروح' trap) and a denied Egyptian marine landing Alexandria→"
         "Tobruk port; Matruh governorate, the Amsaad crossing, Cairo and eastern Libya are background; 'القاهرة "
         "الإخبارية' is a media trap.",
 "qik4": "Libya's Channel live page on the Fezzan: a Tariq bin Ziyad Brigade column Sabha→Ubari (spelled اوباري) via "
         "Germa told over three updates, an LNA cargo flight to Tamanhint base (spelled تمنهنط) whose origin is "
         "corrected from Al-Jufra to Benina air base, a planned company Ubari→Sharara field, a conditional advance "
         "Al-Qatrun→the Niger border (commander named القطروني), and a denied Algerian entry Djanet→Ghat announced "
         "from Algiers; the Sabha-Ubari road reopening, Wadi al-Shati, Idri and its municipality (mayor named "
         "إدريس) are background; 'الشرارة الأولى' is a common-word trap.",
 "qik5": "Hannibal TV live page on Tunisia's south-east: Tunisian army reinforcements Medenine→the Ras Ajdir crossing "
         "(spelled معبر راس جدير) via Ben Gardane, the 10:15 route via Zarzis corrected at 11:40 (Zarzis no movement "
         "place; Ben Gardane also the correspondent's town), a planned unit Tataouine→Dehiba, a supply convoy Gabes→"
         "Ben Gardane, a denied withdrawal from Remada ('حضور وازن' trap) and a conditional GNU-side reinforcement "
         "Zuwara→Abu Kammash; Tunis dateline vs Tunisia the country, spokesman named الطرابلسي vs Tripoli; the Dehiba-"
         "Wazin crossing and the border with Libya are background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qik1", "qik2", "qik3", "qik4", "qik5")
