# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                      # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # shared
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G (q5 writes قاعدة الجفرة)
 # qgy1 Russian MoD via TASS (Moscow)
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G (body adds الجوية)
 "chkalovsky": ("airport", "RU", 55.878, 38.062, "Chkalovsky airfield"),               # K
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 # qgy2 LNA in the south-east via RIA Novosti (Benghazi)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G* (row أجدابيا, written اجدابيا)
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),      # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "southeast": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),              # G* (row جنوب شرق ليبيا)
 # qgy3 Baltic Fleet port call via Russia Beyond (Tobruk)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "baltiysk": ("base", "RU", 54.63580, 19.88330, "Baltiysk naval base"),                 # G* (row قاعدة بالتييسك البحرية, written بالتيسك)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "gamal_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),       # G* (row مطار طبرق)
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "rashilal": ("village", "LY", 32.87000, 22.18000, "Ras al Hilal"),                     # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 # qgy4 Turkish MoD briefing via Voice of Turkey (Ankara)
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "cigli": ("base", "TR", 38.51300, 27.01010, "Cigli Air Base"),                         # G
 "izmir": ("city", "TR", 38.41273, 27.13838, "Izmir"),                                  # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "golcuk": ("base", "TR", 40.716, 29.830, "Golcuk naval base"),                         # K
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "afrin": ("town", "SY", 36.50833, 36.86944, "Afrin"),                                  # G
 "gaziantep_airport": ("airport", "TR", 36.94720, 37.47870, "Gaziantep International Airport"),  # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 # qgy5 Sirte front via Yeni Safak Arabic (Misrata)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G* (row أبوقرين, written أبو قرين)
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "misrata_mun": ("district", "LY", 32.37535, 15.09254, "Misrata municipality"),         # G* (city row)
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G
 "mersin_port": ("crossing", "TR", 36.795, 34.640, "Port of Mersin"),                   # K
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "jufra_dist": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                      # G* (row هون: point near Hun/Waddan)
}

TRAPS = {
 "qgy1": ["تاس", "الجيش الوطني الليبي", "الشركاء الليبيين", "أسطول البحر الأسود", "نيويورك تايمز", "الفيلق الأفريقي",
          "المالية"],
 "qgy2": ["ريا نوفوستي", "الجيش الوطني الليبي", "اللواء طارق بن زياد", "السوداني", "حرس المنشآت النفطية",
          "الدعم السريع", "الأراضي الليبية", "إدريس عبد السلام"],
 "qgy3": ["البزات البيضاء", "أسطول البلطيق", "روسيا ما وراء العناوين", "كراسنايا زفيزدا", "الجيش الوطني الليبي",
          "التايمز", "الجيش السوداني", "أسطول المحيط الهادئ", "روسياً"],
 "qgy4": ["صوت تركيا", "السواحل الليبية", "قوة الأمم المتحدة المؤقتة في لبنان", "الأشهر الخمسة", "الجيش الوطني السوري",
          "عماد الطرابلسي", "الجيش الجزائري"],
 "qgy5": ["يني شفق", "الفيلق الأفريقي", "المصراتية", "شارع طرابلس", "حرس المنشآت", "المصراتي", "أحمد معيتيق"],
}

PHEN = {
 "qgy1": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_idri",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qgy2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qgy3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "qgy4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qgy5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qgy1": [
  mv("airlift", "reported", "Russian forces", ["مطار تشكالوفسكي"], ["قاعدة الخادم الجوية"], ["قاعدة حميميم"]),
  mv("redeploy", "planned", "Russian forces", ["قاعدة الخادم الجوية"], ["قاعدة براك الجوية"]),
  mv("naval_landing", "conditional", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("redeploy", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["النيجر"], ["القطرون"]),
 ],
 "qgy2": [
  mv("reinforce", "reported", "Libyan National Army", ["اجدابيا"], ["الكفرة"], ["جالو"]),
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["مثلث العوينات", "الحدود مع السودان"]),
  mv("airlift", "planned", "Libyan National Army", ["مطار بنينا"], ["مطار الكفرة"]),
  mv("reinforce", "conditional", "Libyan National Army", ["حقل السرير"], ["قاعدة معطن السارة"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["الكفرة"]),
  mv("advance", "denied", "Sudanese armed groups", ["الكفرة"], ["دارفور"]),
 ],
 "qgy3": [
  mv("naval_landing", "reported", "Russian forces", ["قاعدة بالتيسك البحرية"], ["ميناء طبرق"]),
  mv("deploy", "reported", "Russian forces", ["ميناء طبرق"], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("redeploy", "planned", "Russian forces", ["طبرق"], ["ميناء بنغازي"]),
  mv("naval_landing", "conditional", "Russian forces", [], ["رأس الهلال"]),
  mv("shipment", "denied", "Russian forces", ["طبرق"], ["بورتسودان"]),
 ],
 "qgy4": [
  mv("airlift", "reported", "Turkish armed forces", ["قاعدة تشيغلي الجوية"], ["مطار معيتيقة"]),
  mv("deploy", "reported", "Turkish armed forces", ["مرفأ طرابلس"], ["ميناء طرابلس"]),
  mv("deploy", "planned", "Turkish armed forces", ["قاعدة غولجوك البحرية"], ["ميناء الخمس"]),
  mv("withdraw", "conditional", "Turkish armed forces", ["ليبيا"]),
  mv("airlift", "denied", "Syrian mercenaries", ["عفرين"], ["مصراتة"], ["مطار غازي عنتاب"]),
 ],
 "qgy5": [
  mv("redeploy", "reported", "Wagner Group", ["قاعدة الجفرة"], ["قاعدة القرضابية"], ["ودان"]),
  mv("mobilise", "reported", "Misrata forces", [], ["أبو قرين"]),
  mv("advance", "conditional", "Misrata forces", ["أبو قرين"], ["سرت"]),
  mv("shipment", "planned", "Turkish armed forces", ["ميناء مرسين"], ["ميناء مصراتة"]),
  mv("withdraw", "denied", "Wagner Group", ["ميناء السدرة", "حقل الشرارة"]),
 ],
}

NOTES = {
 "qgy1": "TASS relaying the Russian MoD: two Il-76s Chkalovsky→Al-Khadim air base with a refuelling stop at Khmeimim "
         "(via); a planned transfer of 30 trainers from 'the same base' (= Al-Khadim) to Brak air base in Wadi al-Shati "
         "(Idri only a distance reference); a conditional Black Sea Fleet landing ship Tartus→Tobruk port; a denied "
         "overland move of 400 fighters Jufra air base→Niger via Al-Qatrun. Benghazi (distance reference, visits), "
         "Moscow (dateline, speaker), Syria (locates Khmeimim), Mali/Burkina Faso/Niger in the Africa Corps background "
         "and Russia are not movement places; 'المالية' (financial) is a common-word trap containing Mali.",
 "qgy2": "RIA Novosti quoting an LNA source: a Tariq Ben Ziyad column Ajdabiya (spelt اجدابيا)→Kufra via Jalu; a company "
         "Kufra→the Uweinat triangle on the border with Sudan (border phrase is a placement, so a second destination); "
         "a planned airlift Benina airport→Kufra airport; a conditional Petroleum Facilities Guard force Sarir field→"
         "Maaten al-Sarra base (the Chad border only in the condition); RSF massing in Kufra and its push to Darfur, "
         "both denied. Benghazi (dateline), Moscow, Algeria (Lavrov's visit), Libya, Mali, Sudan (the war) and the "
         "south-east are context; 'إدريس عبد السلام' (mayor) is a person trap containing Idri.",
 "qgy3": "Russia Beyond on a Baltic Fleet call: landing ship and frigate Baltiysk naval base (spelt بالتيسك)→Tobruk port "
         "with vehicles and marines landed; the marines' column Tobruk port→Gamal Abdel Nasser air base ('25 km south "
         "of the city' is a locator); a planned frigate passage Tobruk→Benghazi port; a conditional training landing "
         "at Ras al-Hilal (Derna only a locator); a denied arms shipment Tobruk→Port Sudan. The 2023 visit in the last "
         "paragraph is background without a named origin and is not counted; 'البزات البيضاء' hides Al-Bayda.",
 "qgy4": "Voice of Turkey on the MoD weekly briefing: an A400M Cigli air base (Izmir locates it)→Mitiga airport; the "
         "frigate Gediz from the port of Tripoli in Lebanon (مرفأ طرابلس)→the port of Tripoli in Libya (ميناء طرابلس); "
         "a planned naval commando group Golcuk naval base→Khoms port ('الأشهر الخمسة' hides Al-Khums); a conditional "
         "withdrawal from Libya ('لن تغادرها إلا إذا'); a denied airlift of Syrian National Army fighters Afrin→Misrata "
         "via Gaziantep airport. Ankara (dateline, venue), the Tunisian border, Algeria (minister's visit), Lebanon and "
         "UNIFIL's name, and Emad Trabelsi (person) are not movement places.",
 "qgy5": "Yeni Safak Arabic: a Wagner/Africa Corps column Jufra base→Gardabya base via Waddan (Sirte only locates "
         "Gardabya); Misrata brigades massing 90 vehicles in Abu Qurayn (spelt أبو قرين; '130 km west of Sirte' is a "
         "distance reference) and their conditional advance on Sirte; a planned Turkish armour shipment Mersin port→"
         "Misrata port; a denied Wagner pull-out from Es Sider and Sharara. Tripoli only seats the government, 'شارع "
         "طرابلس' is a Misrata street (trap), the civilian cars are not forces, and the Sirte–Jufra line is context.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qgy1", "qgy2", "qgy3", "qgy4", "qgy5")
