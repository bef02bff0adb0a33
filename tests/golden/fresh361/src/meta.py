# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                  # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                       # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                              # G
 # capitals and cities used in several articles
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                  # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                            # G* (city row نجامينا)
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                 # G
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                    # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),                # G* (Tobruk city / naval base point)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                              # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),             # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                 # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا)
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),            # G* (row الحدود الليبية الجزائرية)
 # my1 Algeria (Ouargla, Illizi, Djanet)
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                  # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                   # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                               # G
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),    # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                        # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),      # G* (row منفذ إيسين, country DZ)
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                  # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),      # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "border_dz_ly": ("region", "DZ", 27.0, 9.7, "Algeria-Libya border (Algerian side)"),    # K
 # my2 Niger (Dirkou, Madama, Toummo) and the Russian route
 "border_ne_ly": ("region", "NE", 22.2, 13.8, "Niger-Libya border (Nigerien side)"),     # K
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                 # G
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                        # G
 "triangle": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),# G
 "toummo_ne": ("crossing", "NE", 22.65000, 14.20000, "Toummo border post (Niger)"),      # G* (row منفذ التوم, country NE)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "agadez_airport": ("airport", "NE", 16.96600, 8.00011, "Mano Dayak International Airport"),  # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),             # G* (row الحدود الليبية النيجرية)
 # my3 Chad (Ennedi, Borkou, Tibesti)
 "ounianga": ("town", "TD", 19.05263, 20.48887, "Ounianga Kebir"),                       # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                        # G
 "fada": ("town", "TD", 17.19186, 21.58081, "Fada"),                                     # G
 "border_td_ly": ("region", "TD", 21.9, 17.2, "Chad-Libya border (Chadian side)"),       # K
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                             # G
 "faya_airport": ("airport", "TD", 17.91710, 19.11110, "Faya Largeau Airport"),          # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                  # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 # my4 Libya's south-west (Ghat, Isayen, Sharara)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                  # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),                # G* (town row)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),               # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                 # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 # my5 round-up
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                         # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                            # G
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    """One gold movement in the README's field order."""
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


ALG, LNA, GNA, RUS, CHG = "Algerian army", "Libyan National Army", "GNA forces", "Russian forces", "Chadian armed groups"

TRAPS = {
 "my1": ["النهار", "الليبي", "الليبية", "ليبية", "جزائرية"],
 "my2": ["سبوتنيك", "الفيلق الأفريقي", "تحالف دول الساحل", "الجيش الوطني الليبي", "النيجري", "نيجري", "روسية",
         "الفرنسية", "الليبي"],
 "my3": ["تلفزيون تشاد الوطني", "جبهة التناوب والوفاق في تشاد", "محمد إدريس ديبي", "بي بي سي", "التشادي", "التشادية",
         "الليبية", "ليبية"],
 "my4": ["بوابة أفريقيا الإخبارية", "الزنتاني", "الشرارة التي كادت تشعل المنطقة", "غرفة عمليات الجنوب الغربي",
         "الجزائرية", "شارع الجزائر"],
 "my5": ["العرب", "الفيلق الأفريقي", "علي الغدامسي", "دعم مالي", "الليبية", "الليبي", "التشادية", "روسية"],
}

PHEN = {
 "my1": ["clitics", "multiword", "media_trap", "nisba", "ambiguity_tripoli", "ambiguity_country_capital",
         "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "my2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "my3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "coverage_neighbours", "countries"],
 "my4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_crossings", "countries"],
 "my5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases",
         "coverage_neighbours", "countries"],
}

MOVES = {
 "my1": [
  mv("reinforce", "reported", ALG, ["ورقلة"], ["جانت"], ["إليزي"]),
  mv("airlift", "reported", ALG, ["تمنراست"], ["مطار جانت"]),
  mv("deploy", "planned", ALG, [], ["الدبداب"]),
  mv("redeploy", "conditional", ALG, ["عين أميناس"], ["الحدود مع ليبيا"]),
  mv("advance", "denied", ALG, [], ["منفذ إيسين"]),
 ],
 "my2": [
  mv("reinforce", "reported", None, ["ديركو"], ["قاعدة ماداما"], ["سيغيدين"]),
  mv("withdraw", "denied", None, ["التوم"], ["ديركو"]),
  mv("naval_landing", "reported", RUS, [], ["ميناء طبرق"]),
  mv("airlift", "planned", RUS, ["قاعدة الجفرة الجوية"], ["مطار أغاديز"]),
  mv("deploy", "conditional", LNA, ["القطرون"], ["الحدود مع النيجر"]),
 ],
 "my3": [
  mv("advance", "reported", None, ["فادا"], ["أونيانغا كبير"]),
  mv("withdraw", "reported", CHG, ["كوري بوقدي"], ["الحدود مع ليبيا"]),
  mv("airlift", "planned", None, ["إنجامينا"], ["مطار فايا لارجو"]),
  mv("advance", "conditional", None, [], ["وور"]),
  mv("mobilise", "denied", CHG, [], ["أم الأرانب"]),
 ],
 "my4": [
  mv("airlift", "reported", LNA, ["قاعدة براك الجوية"], ["مطار غات"]),
  mv("deploy", "planned", LNA, [], ["منفذ إيسين"]),
  mv("redeploy", "reported", LNA, ["إدري"], ["حقل الشرارة"]),
  mv("shipment", "denied", None, ["النيجر"], ["القطرون"], ["منفذ التوم"]),
  mv("mobilise", "conditional", LNA, [], ["اوباري"]),
 ],
 "my5": [
  mv("shipment", "reported", LNA, ["سبها"], ["قاعدة الويغ"], ["القطرون"]),
  mv("mobilise", "reported", CHG, [], ["تمسة"]),
  mv("naval_landing", "planned", RUS, [], ["ميناء طبرق"]),
  mv("deploy", "denied", GNA, [], ["غدامس"]),
  mv("withdraw", "conditional", None, ["مادما"], []),
 ],
}

NOTES = {
 "my1": "Ennahar Online (Algiers): the Algerian side — a reinforcement Ouargla→Djanet via Illizi, an Il-76 airlift "
        "Tamanrasset→Djanet airport, a planned border-guard deployment at Debdeb, a conditional armour move In Amenas→the "
        "border with Libya (في حال) and a denied incursion near the Isayen crossing; Algiers dateline vs Algeria the "
        "country; Illizi as town (via) and as ولاية (district); Ghadames, Ghat, Tin Alkoum, Tiguentourine only as locators.",
 "my2": "Sputnik Arabic (Niamey): a Nigerien reinforcement Dirkou→Madama base via Seguedine, a denied pull-out from the "
        "Toummo post towards Dirkou, a Russian landing ship at Tobruk port (reported), a planned Africa Corps airlift "
        "Jufra air base→Agadez airport (spelled أغاديز) and a conditional LNA deployment from Al Qatrun to the Niger "
        "border (إذا); headline retells two moves; Moscow, Niamey, Paris, Mali, Burkina Faso, Russia are not move places.",
 "my3": "BBC News Arabic (N'Djamena): a Chadian army advance Fada→Ounianga Kebir, CCMSR rebels pulling out of Kouri "
        "Bougoudi towards the border with Libya, a planned airlift N'Djamena→Faya-Largeau airport, a conditional advance "
        "on Wour (إذا) and FACT's denied massing in Umm al-Aranib; the president's name hides إدري, the rebel front and "
        "the state TV hide تشاد; Tripoli and Benghazi only as speakers.",
 "my4": "Afrigate News (Ghat): an LNA airlift Brak air base→Ghat airport, a planned company for the Isayen crossing, a "
        "company moved Idri→the Sharara field, a denied arms shipment from Niger via the Toummo crossing to Al Qatrun and "
        "a conditional LNA build-up in Ubari (spelled اوباري); traps: the commander الزنتاني, «الشرارة» as 'spark', the "
        "operations room of الجنوب الغربي next to the gold region; Ghat town vs بلدية غات.",
 "my5": "Al-Arab (London, Tripoli dateline), a weekly round-up: an LNA fuel-and-ammunition convoy Sabha→Al Wigh base via "
        "Al Qatrun, Chadian rebels massing at Tmassah, a second Russian landing ship due at Tobruk port (planned), the "
        "GNU's denied force for Ghadames and Niger's conditional pull-out from Madama (بمجرد, spelled مادما); Algiers as "
        "الجزائر العاصمة vs Algeria; traps: analyst الغدامسي, «دعم مالي», the Africa Corps.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("my1", "my2", "my3", "my4", "my5")
