# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and regions
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica (eastern Libya)"),         # G* (row برقة; matched الشرق الليبي / شرق ليبيا)
 "jabal_akhdar": ("region", "LY", 32.02519, 21.79830, "Al Jabal al Akhdar"),             # G* (district row, used as region)
 "wadi_kuf": ("region", "LY", 32.69650, 21.56560, "Wadi al-Kuf"),                        # G
 "border_eg": ("region", "LY", 31.55, 24.95, "Libya-Egypt border (Libyan side, near Amsaad)"),  # K
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                     # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 # Benghazi and its districts
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "benghazi_port": ("crossing", "LY", 32.108, 20.052, "Benghazi port"),                   # K
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                   # G
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                                # G* (row الرجمة; surface معسكر الرجمة)
 "laithi": ("town", "LY", 32.11486, 20.06859, "Al Laithi (Benghazi)"),                   # G
 "sidi_hussein": ("town", "LY", 32.11486, 20.06859, "Sidi Hussein (Benghazi)"),          # G
 "sabri": ("town", "LY", 32.11486, 20.06859, "As Sabri"),                                # G
 "bu_atni": ("town", "LY", 32.11486, 20.06859, "Bu Atni (Benghazi)"),                    # G
 "guwarsha": ("town", "LY", 32.11486, 20.06859, "Al Guwarsha (Benghazi)"),               # G
 "ganfuda": ("town", "LY", 32.11486, 20.06859, "Ganfouda (Benghazi)"),                   # G
 "bu_hdeima": ("town", "LY", 32.11486, 20.06859, "Bu Hdeima (Benghazi)"),                # G
 "kish": ("town", "LY", 32.11486, 20.06859, "Al Kish"),                                  # G
 "qar_yunis": ("town", "LY", 32.11486, 20.06859, "Qar Yunis"),                           # G
 "fuwayhat": ("town", "LY", 32.11486, 20.06859, "Al Fuwayhat (Benghazi)"),               # G
 "salmani": ("town", "LY", 32.11486, 20.06859, "Al Salmani (Benghazi)"),                 # G
 "hawari": ("town", "LY", 32.06, 20.10, "Al Hawari (Benghazi)"),                         # K (gazetteer row is another Al Hawwari, near Kufra)
 # Benghazi plain and the Jebel Akhdar
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                  # G
 "tocra": ("town", "LY", 32.53414, 20.57911, "Tukrah (Tocra)"),                          # G
 "daryanah": ("town", "LY", 32.34751, 20.30933, "Daryanah"),                             # G
 "abyar": ("town", "LY", 32.19000, 20.59653, "Al Abyar"),                                # G
 "abyar_mun": ("district", "LY", 32.19000, 20.59653, "Al Abyar municipality"),           # G* (town row)
 "jardas": ("town", "LY", 32.30337, 20.98615, "Jardas al Abid"),                         # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                             # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                                # G
 "shahhat": ("town", "LY", 32.80430, 21.86605, "Shahhat"),                               # G
 "shahhat_mun": ("district", "LY", 32.80430, 21.86605, "Shahhat municipality"),         # G* (town row)
 "susah": ("town", "LY", 32.89702, 21.96583, "Susah (Apollonia)"),                       # G* (row أبولونيا, found by grep سوسة)
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "Al Abraq Airport"),             # G (row مطار الأبرق)
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                               # G
 # Derna, Tobruk and the road between
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                   # G
 "bab_tobruk": ("town", "LY", 32.76704, 22.63669, "Bab Tobruk (Derna)"),                 # G
 "shiha": ("town", "LY", 32.76704, 22.63669, "Shiha (Derna)"),                           # G
 "maghar": ("town", "LY", 32.76704, 22.63669, "Al Maghar (Derna)"),                      # G
 "martuba": ("town", "LY", 32.57421, 22.76353, "Martubah"),                              # G
 "tamimi": ("town", "LY", 32.31000, 23.07000, "At Tamimi"),                              # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),       # G (row ميناء الحريقة)
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),      # G (row منفذ امساعد)
}

LNA = "Libyan National Army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "ka1": ["شارع دبي", "الشرق الأوسط", "الجيش الوطني الليبي", "دعم مالي", "عملية الكرامة", "سالم المرجاوي"],
 "ka2": ["الجيش الليبي", "الجيش الوطني الليبي", "المصري اليوم", "غرفة عمليات المنطقة الشرقية", "المصرية",
         "مجلس شورى مجاهدي درنة"],
 "ka3": ["طارق بن زياد", "الجيش الوطني الليبي", "عبد السلام المرجاوي", "مفتاح الإدريسي"],
 "ka4": ["بوابة إفريقيا الإخبارية", "الجيش الوطني الليبي", "الدفع الرباعي البيضاء"],
 "ka5": ["بي بي سي", "الجيش الوطني الليبي", "عمر المختار", "الإيطالي", "أيمن الطبرقي", "إدريس السنوسي"],
}

PHEN = {
 "ka1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "coverage_bases", "countries"],
 "ka2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "ka3": ["clitics", "spelling", "multiword", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "town_vs_district"],
 "ka4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "coverage_oil", "coverage_crossings"],
 "ka5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_neighbours", "countries"],
}

MOVES = {
 "ka1": [
  mv("deploy", "reported", LNA, ["قاعدة بنينا الجوية"], ["الليثي", "سيدي حسين"]),
  mv("withdraw", "reported", LNA, ["الصابري"], ["بوعطني"]),
  mv("deploy", "planned", LNA, [], ["القوارشة", "قنفودة"]),
  mv("reinforce", "conditional", LNA, ["معسكر الرجمة"], ["بنغازي"]),
  mv("redeploy", "denied", LNA, ["بنغازي"], ["المرج"]),
 ],
 "ka2": [
  mv("reinforce", "reported", LNA, ["طبرق"], ["درنة", "شيحا", "باب طبرق"], ["التميمي", "مرتوبة"]),
  mv("shipment", "reported", LNA, ["قاعدة طبرق البحرية"], ["درنة"]),
  mv("airlift", "planned", None, ["قاعدة بنينا الجوية"], ["مطار الأبرق"]),
  mv("withdraw", "denied", LNA, ["درنة"], ["القبة"]),
  mv("deploy", "conditional", LNA, [], ["المغار"]),
 ],
 "ka3": [
  mv("deploy", "reported", LNA, ["بنغازي"], ["توكرة"], ["دريانة"]),
  mv("mobilise", "reported", LNA, [], ["المرج"]),
  mv("withdraw", "conditional", LNA, ["توكرة"], ["بنغازي"]),
  mv("deploy", "planned", LNA, [], ["الابيار", "جردس العبيد"]),
  mv("shipment", "denied", None, ["أجدابيا"], ["الابيار"]),
 ],
 "ka4": [
  mv("naval_landing", "reported", LNA, ["طبرق"], ["ميناء بنغازي"]),
  mv("deploy", "reported", LNA, ["بوهديمة"], ["الهواري"]),
  mv("redeploy", "planned", LNA, ["الكيش"], ["قار يونس"]),
  mv("advance", "conditional", None, [], ["الفويهات"]),
  mv("mobilise", "denied", LNA, [], ["السلماني"]),
 ],
 "ka5": [
  mv("advance", "reported", LNA, ["البيضاء"], ["وادي الكوف"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الأبرق"]),
  mv("withdraw", "planned", LNA, ["شحات"], ["طبرق"]),
  mv("mobilise", "conditional", LNA, [], ["القبة"]),
  mv("naval_landing", "denied", LNA, [], ["سوسة"]),
 ],
}

NOTES = {
 "ka1": "Asharq Al-Awsat, Benghazi: military police Benina air base→Al-Laithi/Sidi Hussein after night clashes (reported "
        "deploy), an infantry battalion's pull-back As-Sabri→Bu Atni (reported), planned patrols in Al-Guwarsha and "
        "Ganfuda, a conditional reinforcement Al-Rajma camp→central Benghazi («إذا تجددت») and a denied Brigade 106 "
        "move Benghazi→Al-Marj; traps: the street شارع دبي, the blogger سالم المرجاوي, the outlet, «عملية الكرامة».",
 "ka2": "Al-Masry Al-Youm (Cairo desk) on Derna: an LNA reinforcement Tobruk→Derna/Shiha/Bab Tobruk via At-Tamimi and "
        "Martuba, a supply convoy Tobruk naval base→Derna (shipment), a planned internal-security flight Benina air "
        "base→Al-Abraq airport (actor null), a denied pull-out Derna→Al-Qubba and a conditional entry into Al-Maghar "
        "(«لن… إلا إذا»); باب طبرق is a Derna district (Tobruk inside it); Cairo and Egypt are not movement places.",
 "ka3": "Elaph, Benghazi: a Tariq bin Ziyad column Benghazi→Tocra via Daryanah after a tribal clash (reported deploy), "
        "military police massing in Al-Marj (reported mobilise), the column's conditional return Tocra→Benghazi "
        "(«بمجرد»), planned gates between Al-Abyar and Jardas al-Abid, and a denied arms shipment Ajdabiya→Al-Abyar "
        "(«عارية عن الصحة», actor null); «للأبيار» gives the surface أبيار; بلدية الأبيار is the district.",
 "ka4": "Afrigate News, Benghazi: a landing ship Tobruk→Benghazi port with military police (reported naval_landing), a "
        "Saiqa company Bu Hdeima→Al-Hawari (reported deploy), a planned HQ move Al-Kish→Qar Yunis (written قار يونس), "
        "the internal security's conditional storming of Al-Fuwayhat (actor null) and Battalion 210's denied massing in "
        "Al-Salmani; مستشفى الهواري keeps its district as gold; «الدفع الرباعي البيضاء» is a common-word trap.",
 "ka5": "BBC News Arabic on the Jebel Akhdar: an LNA advance Al-Bayda→Wadi al-Kuf after an ambush, a reported airlift "
        "Benina air base→Al-Abraq airport, a planned pull-back Shahhat→Tobruk, a conditional massing in Al-Qubba and a "
        "denied marine landing at Susa (the Libyan سوسة, not Tunisia's Sousse); the Tobruk naval base in the denial is "
        "where the ships stayed, not a movement place; traps: عمر المختار, أيمن الطبرقي, الإيطالي.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ka1", "ka2", "ka3", "ka4", "ka5")
