# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 # capitals and cities used in several records
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 # Kufra and the Libyan south-east
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "hawari": ("village", "LY", 24.31667, 23.16667, "Al Hawwari"),                         # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                             # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                   # G
 "messla": ("oilfield", "LY", 27.97472, 22.35833, "Messla oil field"),                 # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "southeast_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),           # G* (row جنوب شرق ليبيا)
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Al Uweinat area (Jebel Uweinat)"),    # G* (row مثلث العوينات)
 "uweinat_mt": ("region", "LY", 21.905, 24.970, "Jebel Uweinat"),                       # K
 "triangle_eg": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "triangle_sd": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),   # G* (row المثلث الحدودي مع تشاد والسودان)
 "border_lysd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G (row الحدود الليبية السودانية; G* for «الحدود مع السودان»)
 # Sudan
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "ndarfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                     # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "karbaltom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                      # G
 "howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                           # G
 "dabbah": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                             # G (row الدبه)
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),            # G
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                              # G
 "merowe": ("town", "SD", 18.48330, 31.81670, "Merowe"),                                # G
 "suakin_port": ("crossing", "SD", 19.105, 37.335, "Port of Suakin"),                  # K
 "flamingo": ("base", "SD", 19.640, 37.220, "Flamingo Naval Base (Port Sudan)"),       # K
 "wadiseidna": ("base", "SD", 15.81670, 32.51530, "Wadi Seidna Air Base"),              # G
 "nw_desert_sd": ("region", "SD", 19.0, 27.0, "North-western desert of Sudan"),         # K
 "border_sdly": ("region", "SD", 20.8, 25.2, "Sudan-Libya border (Sudanese side)"),     # K
 "tina_sd": ("town", "SD", 15.030, 22.830, "Tina (Sudan)"),                             # K
 "wadihalfa": ("town", "SD", 21.79577, 31.37129, "Wadi Halfa"),                         # G
 "argeen": ("crossing", "SD", 22.00000, 31.25000, "Argeen land port"),                  # G
 # Egypt
 "aswan": ("city", "EG", 24.09082, 32.89942, "Aswan"),                                  # G
 "aswan_airport": ("airport", "EG", 23.9644, 32.8200, "Aswan International Airport"),   # K
 "abusimbel": ("town", "EG", 22.34570, 31.61624, "Abu Simbel"),                         # G
 "sharqowainat": ("town", "EG", 22.58570, 28.71660, "East Owainat"),                    # G* (airport row)
 "sharqowainat_airport": ("airport", "EG", 22.58570, 28.71660, "Shark El Oweinat International Airport"),  # G
 "berenice": ("base", "EG", 23.93330, 35.48330, "Berenice Military Base"),             # G
 "safaga": ("town", "EG", 26.74906, 33.93891, "Safaga"),                                # G
 "border_eg": ("region", "EG", 22.2, 25.5, "Egypt's border (south-western corner)"),     # K
 # Chad
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                          # G
 "bahai": ("town", "TD", 15.55000, 22.90000, "Bahai"),                                  # G
 "border_sdtd": ("region", "SD", 15.27115, 23.08771, "Sudan-Chad border (Sudanese side)"),  # G* (row الحدود السودانية التشادية)
}

TRAPS = {
 "qea1": ["القدس العربي", "الجيش الوطني الليبي", "سبل السلام", "القوة المشتركة لحركات دارفور", "الجيش السوداني",
          "مالي", "صفحات سودانية", "السودانيين"],
 "qea2": ["سونا", "وكالة السودان للأنباء", "كامل إدريس", "إدريس", "القائم بالأعمال الليبي", "الدبلوماسي الليبي",
          "السودانيين"],
 "qea3": ["الترا سودان", "الجيش الوطني الليبي", "الهلال الأحمر الليبي", "الطاهر الجالوي", "الجالوي",
          "القوة المشتركة لحركات دارفور", "الهلال الأحمر الكويتي", "مالي"],
 "qea4": ["عُمان", "وكالة أنباء الشرق الأوسط", "الجيش المصري", "الأراضي السودانية", "وحدات مصرية", "الأراضي الليبية",
          "القوات المصرية", "مصادر سودانية", "الجيش السوداني", "الهلال الأحمر المصري", "السودانيين",
          "القوات البحرية المصرية"],
 "qea5": ["السوداني", "الجيش الليبي", "الليبية", "الجيش التشادي", "اتفاق طرابلس", "إدريس ديبي", "مواقع سودانية",
          "خليفة حفتر"],
}

PHEN = {
 "qea1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours",
          "countries"],
 "qea2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qea3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "qea4": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_country_capital", "vague_area",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qea5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
          "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, SUD, EGY, CHD = "Libyan National Army", "Sudanese armed groups", "Egyptian army", "Chadian armed groups"

MOVES = {
 "qea1": [
  mv("reinforce", "reported", LNA, ["أجدابيا"], ["الكفرة"], ["جالو"]),
  mv("shipment", "reported", LNA, ["تازربو"], ["الكفرة"]),
  mv("redeploy", "planned", LNA, ["الكفرة"], ["العوينات"]),
  mv("withdraw", "denied", LNA, ["قاعدة معطن السارة"]),
  mv("reinforce", "reported", SUD, ["مليط"], ["المالحة"]),
  mv("advance", "conditional", SUD, ["كرب التوم"], ["المالحة"]),
 ],
 "qea2": [
  mv("advance", "reported", SUD, ["الدبة"], ["كرب التوم"], ["وادي هور"]),
  mv("advance", "conditional", SUD, [], ["المالحة"]),
  mv("airlift", "planned", SUD, ["قاعدة وادي سيدنا الجوية"], ["دنقلا"]),
  mv("naval_landing", "reported", SUD, ["قاعدة فلامنغو البحرية"], ["ميناء سواكن"]),
  mv("withdraw", "denied", SUD, ["مروي"]),
 ],
 "qea3": [
  mv("deploy", "reported", LNA, ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("deploy", "planned", SUD, ["كرب التوم"], ["الطينة"]),
  mv("reinforce", "conditional", LNA, ["الكفرة"], ["الحدود مع السودان"]),
  mv("mobilise", "denied", SUD, [], ["المالحة"]),
 ],
 "qea4": [
  mv("reinforce", "reported", EGY, ["أسوان"], ["شرق العوينات"], ["أبو سمبل"]),
  mv("airlift", "planned", EGY, ["مطار أسوان"], ["مطار شرق العوينات"]),
  mv("advance", "conditional", EGY, [], ["جبل العوينات"]),
  mv("advance", "denied", EGY, [], ["الكفرة"]),
  mv("naval_landing", "reported", EGY, ["سفاجا"], ["قاعدة برنيس العسكرية"]),
  mv("mobilise", "reported", SUD, [], ["المثلث الحدودي"]),
 ],
 "qea5": [
  mv("withdraw", "reported", SUD, ["كرب التوم"], ["الطينة"]),
  mv("advance", "reported", SUD, ["المالحة"], ["كرب التوم"]),
  mv("advance", "conditional", SUD, ["الطينة"], ["كرب التوم"]),
  mv("redeploy", "planned", LNA, ["الكفرة"], ["معطن السارة"]),
  mv("shipment", "denied", CHD, ["أم جرس"], ["باهاي"]),
 ],
}

NOTES = {
 "qea1": "Al-Quds Al-Arabi from Kufra: an LNA reinforcement Ajdabiya→Kufra via Jalu, an LNA fuel-and-ammunition shipment "
         "Tazirbu→Kufra ('the city' = Kufra), a planned redeploy of two Subul al-Salam companies Kufra→the Uweinat area "
         "(the border triangle, Egypt and Sudan only locate it; Darfur is the refugees' origin), a denied LNA pull-out "
         "from Maaten al-Sarra base, an RSF reinforcement Mellit→Al-Malha and the joint force's conditional advance Karb "
         "al-Tom→Al-Malha. The civil medicine flight Benghazi→Kufra airport and the young men leaving for the Sarir field "
         "are not movements; Tripoli is only the seat of the government; «دعم مالي» is a common word.",
 "qea2": "SUNA from Port Sudan: the army and joint force's advance Ad Dabbah→Karb al-Tom via Wadi Howar (the border with "
         "Libya is where civilians flee), a conditional advance on Al-Malha with no origin written, a planned battalion "
         "airlift Wadi Seidna air base→Dongola, a battalion landed at Suakin port from Flamingo naval base (Port Sudan "
         "only locates the base), and a denied pull-out from Merowe. Khartoum (meeting), Kufra, Benghazi and Tripoli "
         "(refugees), the Libya–Sudan border (crossings) are not movement places; Kamil Idris is a person.",
 "qea3": "Ultra Sudan from Benghazi: an LNA company escorting an aid convoy Kufra→Maaten al-Sarra base, a planned joint "
         "force escort Karb al-Tom→Tina (the triangle only locates Karb al-Tom), a conditional LNA reinforcement "
         "Kufra→the border with Sudan, and the RSF's denied massing in Al-Malha. The trucks crossing the border, the "
         "Kuwaiti relief flight to Kufra airport and the planned WFP convoy Benghazi→Kufra are civilian, not movements.",
 "qea4": "Oman daily from Cairo: Egyptian reinforcements Aswan→East Owainat via Abu Simbel, a planned border-guard "
         "airlift Aswan airport→East Owainat airport, a conditional advance to Jebel Uweinat (the Egyptian border only "
         "the condition), a denied Egyptian entry towards Kufra, marines landed at Berenice base from Safaga, and an "
         "RSF massing in the border triangle. Kufra's '550 km west of East Owainat' is a distance reference; Argeen and "
         "Wadi Halfa are refugees' routes; Cairo is the dateline and a host city.",
 "qea5": "Al-Sudani from Khartoum: the joint force's pull-out Karb al-Tom→Tina (on the border with Chad), an RSF advance "
         "Al-Malha→Karb al-Tom, the joint force's conditional return Tina→Karb al-Tom (Ad Dabbah only the supplies' "
         "origin in the condition), a planned LNA battalion Kufra→Maaten al-Sarra, and N'Djamena's denial of Chadian "
         "army ammunition shipments Amdjarass→Bahai; «اتفاق طرابلس» and «إدريس ديبي» are traps, the Messla and Sarir "
         "fields only where young men look for work.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qea1", "qea2", "qea3", "qea4", "qea5")
