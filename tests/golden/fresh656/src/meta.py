# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 # al-Jufra
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "jufra": ("district", "LY", 29.14, 16.05, "Al Jufra"),                                 # K (point between Hun and Waddan)
 "jufra_dist": ("district", "LY", 29.14, 16.05, "Al Jufra district"),                   # K (same point)
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "hun_mun": ("district", "LY", 29.12684, 15.94772, "Hun municipality"),                 # G* (town row)
 "hun_airport": ("airport", "LY", 29.11010, 15.96560, "Hon Airport"),                   # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "zella": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                 # G
 "fuqaha": ("town", "LY", 27.83333, 16.35000, "Al-Fuqaha"),                             # G
 # Libya, other
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil port"),         # G* (row راس لانوف)
 "brega_port": ("oilfield", "LY", 30.420, 19.580, "Marsa el Brega oil port"),           # K
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "central_ly": ("region", "LY", 26.33899, 17.22077, "Central Libya"),                   # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G* (district row مرزق)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "traghan": ("town", "LY", 25.92333, 14.42056, "Traghan"),                              # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت; headline تمنهنت)
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Port of Tobruk"),                   # K
 # abroad
 "niamey_airport": ("airport", "NE", 13.48150, 2.18361, "Niamey Diori Hamani Airport"), # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
}

TRAPS = {
 "yh1": ["القدس العربي", "الفيلق الإفريقي", "الجيش الوطني الليبي", "سودانية", "رامي الطرابلسي", "محمد الهوني"],
 "yh2": ["الجيش الوطني الليبي", "علي الوداني", "أخبار ليبيا 24", "غرفة عمليات سرت الجفرة", "الأمن القومي المصري"],
 "yh3": ["إدريس بوخطوة", "المجموعات التشادية", "المعارضة التشادية", "ليبيا الحدث", "الجديد"],
 "yh4": ["الخليج أونلاين", "خالد السوكني", "سوريين", "قوة حماية طرابلس", "الفيلق الإفريقي"],
 "yh5": ["منطقة الجفرة العسكرية", "أخبار الخليج", "إدريس الفرجاني", "السورية", "الفيلق الإفريقي", "المالي",
         "القوات الفرنسية"],
}

PHEN = {
 "yh1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours",
         "countries"],
 "yh2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings",
         "countries"],
 "yh3": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
 "yh4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "coverage_bases", "countries"],
 "yh5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "yh1": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الخادم"], ["قاعدة الجفرة الجوية"]),
  mv("airlift", "planned", "Russian forces", ["قاعدة الجفرة الجوية"], ["مطار نيامي"]),
  mv("deploy", "denied", "Libyan National Army", ["الجفرة"], ["الحدود مع السودان"], ["الكفرة"]),
  mv("redeploy", "conditional", "Libyan National Army", ["قاعدة الجفرة"], ["سوكنة"]),
 ],
 "yh2": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["الجفرة"], ["اجدابيا", "زله"]),
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء راس لانوف"]),
  mv("deploy", "planned", "Libyan National Army", ["هون"], ["سوكنة", "الفقهاء"]),
  mv("advance", "denied", "Libyan National Army", ["الجفرة"], ["أبوقرين"]),
  mv("reinforce", "conditional", "GNA forces", ["مصراتة"], ["بوقرين"]),
 ],
 "yh3": [
  mv("deploy", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["مرزق"], ["سوكنة", "سبها"]),
  mv("shipment", "reported", "Libyan National Army", ["ميناء البريقة"], ["سبها"], ["الجفرة"]),
  mv("deploy", "planned", "Libyan National Army", ["هون"], ["القطرون"]),
  mv("reinforce", "conditional", "Libyan National Army", ["سبها"], ["أم الأرانب"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["تراغن"]),
  mv("withdraw", "denied", "Libyan National Army", ["قاعدة براك الجوية"], ["الجفرة"]),
 ],
 "yh4": [
  mv("deploy", "reported", "Libyan National Army", ["هون"], ["ودّان"]),
  mv("reinforce", "planned", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["ودان"]),
  mv("airlift", "denied", "Syrian mercenaries", ["قاعدة حميميم"], ["مطار هون"]),
  mv("advance", "conditional", "GNA forces", ["مصراتة"], ["سرت"]),
  mv("mobilise", "reported", "Misrata forces", [], ["الوشكة"]),
 ],
 "yh5": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["قاعدة تمنهنت"]),
  mv("deploy", "planned", "Libyan National Army", ["قاعدة تمنهنت"], ["وادي الشاطئ", "إدري", "أوباري"]),
  mv("redeploy", "conditional", "Libyan National Army", ["ودان"], ["غات"]),
  mv("withdraw", "denied", "Russian forces", ["قاعدة الجفرة"], ["مالي"]),
  mv("naval_landing", "reported", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("shipment", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
 ],
}

NOTES = {
 "yh1": "Aircraft at the Jufra air base: Il-76s Al-Khadim base→Jufra air base (Benghazi only locates Al-Khadim, Hun "
        "the residents' town), a planned fourth flight from 'the base' (= Jufra air base) to Niamey airport (Niger only "
        "locates the airport), the LNA's denied transfer of 200 men Al-Jufra→the border with Sudan via Kufra, a "
        "conditional move of a company stationed at Jufra base to Sokna ('the town'; Hun only a distance reference); "
        "Tripoli = dateline and GNA seat, Tripoli (Lebanon) the analyst's city, Waddan only where a past blast happened.",
 "yh2": "A commander's inspection visit (his flight from Benghazi and his trip to Waddan are not troop movements): a "
        "120-vehicle convoy Benghazi→Al-Jufra via Ajdabiya and Zillah (written زله), a reported landing of marines "
        "Benghazi port→Ras Lanuf port, a planned deployment of companies Hun→Sokna and Al-Fuqaha (the Hun–Sokna road "
        "and the south are not movement places), a denied advance Al-Jufra→Abu Qurayn, the GNA's conditional "
        "reinforcement Misrata→Bu Qurayn (Sirte only in the condition); Cairo speaks for Egypt.",
 "yh3": "Units leaving the base for the south: a battalion Jufra air base→Murzuq via Sokna and Sabha (its deployment "
        "'in Murzuq and around it' is the same move), a fuel-and-ammunition convoy Brega port→Sabha via Al-Jufra, a "
        "planned battalion Hun→Al-Qatrun (the border with Niger only the road it will guard), a conditional push "
        "Sabha→Umm al-Aranib, Chadian fighters' massing near Traghan, a denied pull-out Brak air base→Al-Jufra (Idri "
        "only a distance reference); the chief of staff's visit to Hun and Waddan is no movement.",
 "yh4": "Waddan clashes: an LNA force Hun→Waddan (written ودّان; Hun also the hospital's town), a second unit planned "
        "Jufra air base→Waddan, a denied airlift of Syrian fighters Hmeimim base→Hun airport (Syria locates the base), "
        "the GNA's conditional advance Misrata→Sirte (Al-Jufra only in the condition), Misrata brigades massing in "
        "Al-Washka; Tunis (meeting venue), Geneva (past agreement), Ankara (mandate extended, no move) are not "
        "movement places.",
 "yh5": "A commander's tour of Sokna and Hun (no movement), a C-130 airlift Jufra air base→Tamanhint base (Sabha "
        "locates it), a planned onward deployment from Tamanhint to Wadi al-Shati (incl. Idri) and Ubari, a "
        "conditional company Waddan→Ghat (Isayen crossing and the Algerian border only where guards were killed), the "
        "Russian embassy's denial of an evacuation of Jufra base to Mali, a Russian landing Tartus→Tobruk port and "
        "Russian trucks Jufra air base→Brak air base; Moscow speaks for Russia, Mali/Niger (second mentions) are "
        "context, the 2019 advance 'towards the capital' names no place.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("yh1", "yh2", "yh3", "yh4", "yh5")
