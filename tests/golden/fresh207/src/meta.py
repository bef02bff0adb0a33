# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                    # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                   # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                  # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 # cities outside the south
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                 # G (row مصراتة)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                   # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                  # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                    # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                   # G
 # Sabha: city, municipality, facilities
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                     # G
 "sabha_mun": ("district", "LY", 27.03766, 14.42832, "Sabha municipality"),                # G* (city row)
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                  # G
 "castle": ("base", "LY", 27.03766, 14.42832, "Sabha Castle (Fort Elena)"),                # G (row قلعة سبها)
 "south_gate": ("crossing", "LY", 26.96, 14.45, "Sabha southern gate (checkpoint)"),      # K
 # Sabha neighbourhoods (district, as the README's neighbourhood rule)
 "tayuri": ("district", "LY", 27.03766, 14.42832, "Al-Tayouri (Sabha)"),                  # G* (row الطيوري, kind town)
 "qurda": ("district", "LY", 27.03766, 14.42832, "Al Qurda (Sabha)"),                     # G* (row القرضة, kind town)
 "hajara": ("district", "LY", 27.03766, 14.42832, "Hajara (Sabha)"),                      # G* (row حجارة, kind town)
 "jadid": ("district", "LY", 27.05000, 14.40000, "Al Jadid (Sabha)"),                     # G* (row الجديد, kind city)
 "manshiya": ("district", "LY", 27.03766, 14.42832, "Al-Manshiya (Sabha)"),               # K (city point)
 "nasiriya": ("district", "LY", 27.03766, 14.42832, "An-Nasiriya (Sabha)"),               # K (city point)
 "abdulkafi": ("district", "LY", 27.03766, 14.42832, "Abdulkafi (Sabha)"),                # K (city point)
 # bases and towns around Sabha
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                    # G
 "tamanhint_v": ("village", "LY", 27.24010, 14.65630, "Tamanhint"),                        # G* (base row)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                         # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                       # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                    # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                          # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                       # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                        # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                     # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                        # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                   # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                                 # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                              # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),               # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 # ports
 "tobruk_port": ("crossing", "LY", 32.075, 23.980, "Tobruk port"),                         # K
 "misrata_port": ("crossing", "LY", 32.355, 15.213, "Misrata port (Qasr Ahmed)"),          # K
 # regions and borders
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                       # G* (row جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                 # G
 "border_dz_ly": ("region", "DZ", 25.0, 9.9, "Algeria-Libya border (Algerian side)"),      # K
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 # neighbours
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                    # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),     # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),        # G* (row منفذ إيسين, country DZ)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),               # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                   # G
}

LNA, RU, TR, DZ, TD = "Libyan National Army", "Russian forces", "Turkish armed forces", "Algerian army", "Chadian armed groups"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "ha1": [
  mv("deploy", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["الطيوري", "المنشية"]),
  mv("redeploy", "reported", LNA, ["قلعة سبها"], ["البوابة الجنوبية"]),
  mv("deploy", "planned", LNA, [], ["عبد الكافي", "الناصرية"]),
  mv("advance", "conditional", LNA, [], ["القرضة"]),
  mv("withdraw", "denied", LNA, ["مطار سبها"], ["براك"]),
 ],
 "ha2": [
  mv("airlift", "reported", RU, ["قاعدة الجفرة الجوية"], ["قاعدة تمنهنط الجوية"]),
  mv("naval_landing", "reported", RU, ["طرطوس"], ["ميناء طبرق"]),
  mv("mobilise", "denied", None, ["أوباري", "أم الأرانب"], ["الطيوري"]),
  mv("redeploy", "planned", LNA, ["ادري"], ["الجديد"]),
  mv("reinforce", "conditional", LNA, ["قاعدة براك الجوية"], ["قلعة سبها"]),
 ],
 "ha3": [
  mv("reinforce", "reported", DZ, ["إليزي"], ["جانت", "الحدود مع ليبيا"]),
  mv("airlift", "planned", DZ, ["الجزائر العاصمة"], ["مطار جانت"]),
  mv("advance", "denied", DZ, [], [], ["معبر تين الكوم"]),
  mv("withdraw", "reported", TD, ["حجارة"], ["أم الأرانب"]),
  mv("mobilise", "conditional", LNA, [], ["الطيوري", "حجارة"]),
 ],
 "ha4": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار سبها"]),
  mv("shipment", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["القرضة", "المنشية"]),
  mv("advance", "planned", LNA, ["إدري"], ["عبدالكافي", "الجديد"]),
  mv("withdraw", "conditional", TD, ["الطيوري"], ["تمسة"]),
  mv("naval_landing", "denied", TR, [], ["ميناء مصراته"]),
 ],
 "ha5": [
  mv("deploy", "reported", LNA, ["قاعدة براك الجوية"], ["البوابة الجنوبية", "الناصرية"]),
  mv("mobilise", "reported", None, [], ["المنشية"]),
  mv("shipment", "planned", LNA, ["سبها"], ["حقل الفيل"]),
  mv("withdraw", "denied", TD, ["القرضة"], ["الحدود مع النيجر"], ["منفذ التوم"]),
  mv("reinforce", "conditional", None, [], ["ماداما"]),
 ],
}

TRAPS = {
 "ha1": ["طارق بن زياد", "قورينا", "الجيش الوطني الليبي", "غرفة عمليات الجنوب الغربي", "عبدالكافي المقريف",
         "ليبيا الحدث", "المجلس البلدي الجديد"],
 "ha2": ["فيلق أفريقيا", "الميادين", "الروسي", "محمد الطرابلسي", "لا ادري"],
 "ha3": ["الشروق", "الجيش الجزائري", "المعارضة التشادية", "عبد الرحمن السبهاوي", "وكالة الأنباء الجزائرية",
         "حلاً ليبياً–ليبياً"],
 "ha4": ["الجيش الليبي", "القيادة العامة للجيش الوطني الليبي", "المعارضة التشادية", "الإدريسي", "اليوم السابع", "الترتيب الأمني الجديد",
         "قوة حماية الجنوب", "التركية"],
 "ha5": ["الجيش الليبي", "الجيش الوطني الليبي", "شينخوا", "شارع طرابلس", "علي القطروني", "وكالة الأنباء الليبية"],
}

PHEN = {
 "ha1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "vague_area", "town_vs_district", "coverage_bases"],
 "ha2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil"],
 "ha3": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital", "vague_area",
         "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "ha4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "countries"],
 "ha5": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
}

NOTES = {
 "ha1": "Quryna-style local report from Sabha: an LNA deployment Tamanhint air base→Al-Tayuri/Al-Manshiya (headline "
        "and witness retelling are the same move), a company castle→southern gate, a planned deployment to Abdulkafi "
        "and An-Nasiriya, a conditional advance on Al-Qurda («إذا لم تسلّم») and the 116 battalion's denied pull-out "
        "Sabha airport→Brak. Traps: the operations room «الجنوب الغربي», the officer «عبدالكافي», the outlet «قورينا» "
        "(Cyrene), «ليبيا الحدث», «المجلس البلدي الجديد»; variants الطيورى and عبد الكافي.",
 "ha2": "Al-Mayadeen-style report from Tripoli: a Russian Il-76 airlift Jufra air base→Tamanhint air base, a Russian "
        "landing ship Tartus→Tobruk port, a denied Tebu mobilisation (fighters from Ubari and Umm al-Aranib into "
        "Al-Tayuri), a planned LNA redeploy Idri (ادري)→Al-Jadid and a conditional reinforcement Brak air "
        "base→Sabha castle («في حال»). Sabha as a distance reference and Sharara as background guarding are not "
        "movement places; «لا ادري» and «الطرابلسي» are traps.",
 "ha3": "Echorouk-style Algerian report: the Algerian army reinforces Illizi→Djanet and the border with Libya "
        "(Algerian side), a planned Algiers→Djanet airport airlift, a denied crossing into Libya via Tin Alkoum, "
        "a reported Chadian pull-out Hajara→Umm al-Aranib and a conditional LNA massing in Al-Tayuri/Hajara («إذا "
        "عاد»). Algeria the country vs «الجزائر العاصمة»; «حلاً ليبياً–ليبياً» is a nisba trap containing ليبيا.",
 "ha4": "Youm7-style Egyptian report: an LNA airlift Benina air base→Sabha airport (headline بنغازي→سبها is the same "
        "move), ammunition trucks Tamanhint air base→Al-Qurda/Al-Manshiya, a planned advance from Idri to Abdulkafi and "
        "Al-Jadid, a Chadian pull-out Al-Tayuri→Tmassah «شريطة …» (conditional) and Ankara's denied naval landing at "
        "Misrata port. Ankara and Cairo are speakers; «الإدريسي», «الترتيب الأمني الجديد», «قوة حماية الجنوب» are traps.",
 "ha5": "Xinhua-style wire from Tripoli: an LNA deployment Brak air base→Sabha's southern gate/An-Nasiriya, a local "
        "mobilisation in Al-Manshiya, a planned ammunition shipment Sabha→El Feel field, a Chadian faction's denied "
        "pull-out Al-Qurda→the Niger border via Toummo and Niger's conditional reinforcement of Madama («إذا ثبت»). "
        "Niamey and Algiers are venues; «شارع طرابلس» and «علي القطروني» are traps.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ha1", "ha2", "ha3", "ha4", "ha5")
