# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # shared
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G (row مطروح, district)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 # wc1 Siwa (Sada El Balad)
 "border_eg_siwa": ("region", "EG", 29.40, 25.05, "Egypt-Libya border (Egyptian side, west of Siwa)"),  # K
 "westdesert": ("region", "EG", 25.70408, 28.49824, "Western Desert of Egypt"),         # G* (row غرب مصر)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 # wc2 the Sallum crossing (Vetogate)
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G
 "borg_airport": ("airport", "EG", 30.91770, 29.69640, "Borg El Arab International Airport"),  # G
 "buqbuq": ("town", "EG", 31.50, 25.55, "Buqbuq"),                                      # K
 "bardia": ("town", "LY", 31.75000, 25.08333, "Bardia"),                                # G
 # wc3 East Oweinat and the triangle (Al Qahera News)
 "east_oweinat": ("region", "EG", 22.60, 28.70, "East Oweinat"),                        # K
 "sw_egypt": ("region", "EG", 25.00940, 28.49824, "South-western Egypt"),               # G
 "kharga": ("town", "EG", 25.45101, 30.54653, "Kharga"),                                # G
 "dakhla": ("town", "EG", 25.495, 28.979, "Dakhla Oasis (Mut)"),                        # K
 "border_sd": ("region", "EG", 22.10, 28.80, "Egypt-Sudan border (Egyptian side, south of East Oweinat)"),  # K
 "oweinat_airport": ("airport", "EG", 22.58570, 28.71660, "Shark El Oweinat International Airport"),  # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "jebel_uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                # G* (row مثلث العوينات)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 # wc4 the coast (Akhbar El Yom)
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "hammam": ("town", "EG", 30.84532, 29.38818, "El Hammam"),                             # G
 "alamein": ("town", "EG", 30.83007, 28.95502, "El Alamein"),                           # G
 "matruh_airport": ("airport", "EG", 31.32540, 27.22170, "Mersa Matruh Airport"),       # G
 "alamein_airport": ("airport", "EG", 30.92450, 28.46140, "El Alamein International Airport"),  # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "northcoast": ("region", "EG", 30.95, 28.70, "North Coast (Sahel) of Egypt"),          # K
 "cairo_misr": ("city", "EG", 30.06263, 31.24967, "Cairo"),                             # G* (row القاهرة, written مصر)
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G* (row مرفأ طرابلس; written ميناء طرابلس)
 # wc5 Jaghbub and the Great Sand Sea (Al-Wafd)
 "greatsandsea": ("region", "EG", 26.00000, 25.00000, "Great Sand Sea"),                # G
 "farafra": ("town", "EG", 27.05680, 27.96979, "Farafra"),                              # G
 "gamal_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),       # G* (row مطار طبرق)
 "jaghbub_mun": ("district", "LY", 29.74262, 24.51676, "Al Jaghbub municipality"),      # G* (town row)
}

TRAPS = {
 "wc1": ["مصرية", "صدى البلد", "المصري", "ليبية", "الجارة", "إدريس العبيدي", "الجيش الوطني الليبي",
         "سعد المطروحي", "السيوية"],
 "wc2": ["ليبية", "فيتو", "الليبيين", "المصرية", "الجيش المصري", "المنطقة العسكرية الغربية", "مطروحة", "الليبي",
         "السلومي"],
 "wc3": ["سودانية", "الدعم السريع", "القاهرة الإخبارية", "الجيش المصري", "الخارجة عن القانون", "الشاحنات الداخلة",
         "كتيبة سبل السلام", "الليبي", "سودانيين", "الليبية", "مصرية"],
 "wc4": ["حسم 2026", "بوابة أخبار اليوم", "الجيش المصري", "المنطقة العسكرية الغربية", "جمال عبد الناصر",
         "الليبي", "مصرية", "اللبناني"],
 "wc5": ["الوفد", "المصري", "الجيش الوطني الليبي", "روسية", "ليبيين", "الملك إدريس السنوسي", "عمر المختار"],
}

PHEN = {
 "wc1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_neighbours",
         "countries"],
 "wc2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "wc3": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
         "border_phrase", "coverage_oil", "coverage_neighbours", "countries"],
 "wc4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_crossings"],
 "wc5": ["spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_crossings"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "wc1": [
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["سيوة"]),
  mv("deploy", "planned", "Egyptian army", ["سيوة"], ["الحدود مع ليبيا"]),
  mv("advance", "denied", "Egyptian army", ["سيوة"], ["الجغبوب"]),
  mv("shipment", "conditional", "Libyan National Army", ["طبرق"], ["الجغبوب"]),
 ],
 "wc2": [
  mv("reinforce", "reported", "Egyptian army", ["سيدى برانى"], ["السلوم"], ["بقبق"]),
  mv("reinforce", "conditional", "Egyptian army", ["مرسى مطروح"], ["منفذ السلوم"]),
  mv("deploy", "reported", "Libyan National Army", ["طبرق"], ["امساعد"]),
  mv("withdraw", "planned", "Libyan National Army", ["امساعد"], ["طبرق"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["البردي"]),
 ],
 "wc3": [
  mv("reinforce", "reported", "Egyptian army", ["الخارجة"], ["شرق العوينات"], ["الداخلة"]),
  mv("airlift", "planned", "Egyptian army", ["القاهرة"], ["مطار شرق العوينات"]),
  mv("advance", "conditional", "Libyan National Army", [], ["جبل العوينات"]),
  mv("redeploy", "reported", "Libyan National Army", ["حقل السرير"], ["الكفرة"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["المثلث الحدودي"]),
 ],
 "wc4": [
  mv("redeploy", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سيدي براني"], ["العلمين", "مرسى مطروح"]),
  mv("airlift", "reported", "Egyptian army", ["مطار العلمين"], ["مطار مرسى مطروح"]),
  mv("naval_landing", "planned", "Egyptian army", ["الإسكندرية"], ["سيدي براني"]),
  mv("naval_landing", "conditional", "Libyan National Army", ["بنغازي"], ["ميناء الحريقة"]),
  mv("shipment", "denied", "Egyptian army", ["مرسى مطروح"], ["طبرق"]),
 ],
 "wc5": [
  mv("deploy", "reported", "Egyptian army", ["سيوة"], ["بحر الرمال الأعظم"]),
  mv("redeploy", "planned", "Egyptian army", ["الفرافرة"], ["سيوة"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة جمال عبد الناصر الجوية"], ["الجغبوب"]),
  mv("withdraw", "conditional", "Libyan National Army", ["الجغبوب"], ["طبرق"]),
  mv("deploy", "denied", "Russian forces", [], ["الجغبوب"]),
 ],
}

NOTES = {
 "wc1": "Sada El Balad from Marsa Matruh: border guards reinforce Siwa from Marsa Matruh (the Matruh governorate is only "
        "the source's seat); a planned company Siwa→observation points on the border with Libya (the Western Desert is "
        "only the smuggling area); a denied column Siwa→Jaghbub; the LNA's conditional ammunition shipment Tobruk→"
        "Jaghbub; date trucks to Alexandria and Cairo and the trader's 'Matruh road' are civilian, not movements.",
 "wc2": "Vetogate from Sallum: pilgrims to Borg El Arab airport and trucks to Benghazi, Tripoli and Tunisia are not forces; "
        "Egyptian reinforcements Sidi Barrani (written سيدى برانى)→Sallum via Buqbuq; a conditional reinforcement Marsa "
        "Matruh→the Sallum land port; an LNA company Tobruk→Emsaed and its planned return Emsaed→Tobruk; a denied LNA "
        "massing in Bardia. 'مطروحة' is the common word 'on the table'; السلومي is the spokesman's name.",
 "wc3": "Al Qahera News from Cairo: Egyptian reinforcements Kharga→East Oweinat via Dakhla (the border with Sudan is "
        "only where outlaws operate); a planned airlift Cairo→East Oweinat airport (Cairo also the dateline); the Subul "
        "al-Salam battalion's conditional advance toward Jebel Uweinat (no origin written; Kufra is the source's town "
        "there) and its reported transfer Sarir field→Kufra; the RSF's denied massing in the border triangle. الخارجة "
        "and الداخلة also occur as common words.",
 "wc4": "Akhbar El Yom from Alexandria: exercise 'Hasm 2026' — armour Mohamed Naguib base→Sidi Barrani via El Alamein "
        "and Marsa Matruh (El Hammam only locates the base), paratroopers flown El Alamein airport→Marsa Matruh airport, "
        "a planned naval landing Alexandria→Sidi Barrani beach; an LNA landing ship's conditional sail Benghazi→Marsa "
        "al-Hariga (Tobruk only locates the terminal); a denied arms shipment Marsa Matruh→Tobruk (Tripoli = seat of "
        "the accounts' government). مصر in the road name is Cairo; the cargo ship from the Lebanese port of Tripoli "
        "(ميناء طرابلس اللبناني) is civilian.",
 "wc5": "Al-Wafd from Siwa: border-guard patrols Siwa→the Great Sand Sea; a planned battalion Farafra→Siwa; an LNA "
        "transport plane Gamal Abdel Nasser air base→Jaghbub (Tobruk only locates the base); a conditional pull-back "
        "Jaghbub→Tobruk; a denied arrival of Russian personnel in Jaghbub; families and visitors detouring via the "
        "Sallum land port are civilians.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("wc1", "wc2", "wc3", "wc4", "wc5")
