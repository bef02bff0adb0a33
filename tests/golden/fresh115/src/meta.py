# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                              # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                  # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                    # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                  # G
 # foreign cities and towns
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                     # G
 "casablanca": ("city", "MA", 33.58831, -7.61138, "Casablanca"),                           # G
 "bouznika": ("town", "MA", 33.7896, -7.1597, "Bouznika"),                                 # K
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                         # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                             # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                                # G
 # regions
 "barqa": ("region", "LY", 26.22677, 22.07486, "Cyrenaica"),                               # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),             # G (row lists شرق ليبيا)
 "jabal_akhdar": ("region", "LY", 32.02519, 21.79830, "Al Jabal al Akhdar"),               # G* (district row, as region)
 "border_eg": ("region", "LY", 31.30, 24.95, "Libya-Egypt border (Libyan side, north)"),  # K
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                     # G
 # Benghazi and its plain
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "benghazi_port": ("crossing", "LY", 32.11486, 20.06859, "Port of Benghazi"),             # G* (city row)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                          # G
 "benina_ap": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),       # G
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                                  # G
 "buatni": ("town", "LY", 32.11486, 20.06859, "Bu Atni (Benghazi)"),                       # G
 "ganfouda": ("town", "LY", 32.11486, 20.06859, "Ganfouda (Benghazi)"),                    # G
 "guwarsha": ("town", "LY", 32.11486, 20.06859, "Al Guwarsha (Benghazi)"),                 # G
 "salmani": ("town", "LY", 32.11486, 20.06859, "Al Salmani (Benghazi)"),                   # G
 "majouri": ("town", "LY", 32.11486, 20.06859, "Al Majouri (Benghazi)"),                   # G
 "abyar": ("town", "LY", 32.19000, 20.59653, "Al Abyar"),                                  # G
 "abyar_mun": ("district", "LY", 32.19000, 20.59653, "Al Abyar municipality"),             # G* (town row)
 "daryana": ("town", "LY", 32.34751, 20.30933, "Daryanah"),                                # G
 "suluq": ("town", "LY", 31.66818, 20.25205, "Suluq"),                                     # G
 "qaminis": ("town", "LY", 31.65760, 20.01697, "Qaminis"),                                 # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                    # G
 # Jebel Akhdar and Derna
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                                  # G
 "shahat": ("town", "LY", 32.80430, 21.86605, "Shahhat"),                                  # G
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                                 # G
 "qubba_mun": ("district", "LY", 32.75684, 22.24106, "Al Qubbah municipality"),            # G* (town row)
 "martuba": ("town", "LY", 32.57421, 22.76353, "Martubah"),                                # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                     # G
 "fataih": ("town", "LY", 32.76704, 22.63669, "Al Fataih (Derna)"),                        # G
 "abraq_ap": ("airport", "LY", 32.78870, 21.96430, "Al Abraq Airport"),                    # G
 # Tobruk and the Egyptian border
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                   # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),                 # G* (city / naval base row)
 "gan_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),            # G* (row مطار طبرق, HLGN)
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),         # G
 "imsaed_x": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),      # G* (row منفذ امساعد)
 "bardia": ("town", "LY", 31.75000, 25.08333, "Bardia"),                                   # G
 "tamimi": ("town", "LY", 32.31000, 23.07000, "At Tamimi"),                                # G
 # Ajdabiya and the south-east
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                               # G
 "zueitina": ("town", "LY", 30.95220, 20.12022, "Az Zuwaytinah"),                          # G
 "zueitina_port": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),         # G* (town row)
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa al-Brega port"),              # G* (town row)
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjilah"),                                  # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                     # G
}

LNA, EGY = "Libyan National Army", "Egyptian army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "dm1": ["الجيش الليبي", "الصاعقة", "العواقير", "المصري اليوم", "الجيش الوطني الليبي", "الأسلحة البيضاء",
         "العبيدات", "سالم المرجاوي", "المرجاوي", "ليبيا الحدث"],
 "dm2": ["طارق بن زياد", "العبيدات", "هسبريس", "مصادر ليبية", "الملك إدريس السنوسي", "عمر المختار",
         "الحوار الليبي"],
 "dm3": ["الصاعقة", "طارق بن زياد", "القبس", "الجيش الوطني الليبي", "الراية البيضاء", "خالد الإدريسي",
         "الإدريسي", "عملية الكرامة"],
 "dm4": ["الجيش الليبي", "العبيدات", "اليوم السابع", "الجيش الوطني الليبي", "مصادر ليبية", "الصاعقة",
         "عقيلة صالح", "مصدر عسكري مصري", "المنطقة الغربية العسكرية", "الجانب الليبي"],
 "dm5": ["الصاعقة", "طارق بن زياد", "عكاظ", "العواقير", "عملية الكرامة"],
}

PHEN = {
 "dm1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "town_vs_district",
         "coverage_bases", "coverage_neighbours", "countries"],
 "dm2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "dm3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "ambiguity_country_capital", "coverage_bases",
         "coverage_crossings", "countries"],
 "dm4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "dm5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "vague_area", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}

MOVES = {
 "dm1": [
  mv("withdraw", "reported", LNA, ["الابيار"], ["بنغازي"]),
  mv("deploy", "reported", LNA, ["بوعطني"], ["الابيار"], ["قاعدة بنينا الجوية"]),
  mv("redeploy", "planned", LNA, ["الابيار"], ["دريانة"]),
  mv("mobilise", "denied", None, [], ["سلوق", "قمينس"]),
  mv("reinforce", "conditional", LNA, ["المرج"], ["الأبيار"]),
 ],
 "dm2": [
  mv("redeploy", "reported", LNA, ["البيضاء"], ["درنة", "الفتائح"], ["شحات", "القبة"]),
  mv("mobilise", "denied", None, [], ["القبة", "مرتوبة"]),
  mv("withdraw", "conditional", LNA, ["درنة"], ["البيضاء"]),
  mv("airlift", "planned", LNA, ["مطار بنينا"], ["مطار الأبرق"]),
 ],
 "dm3": [
  mv("withdraw", "reported", LNA, ["قنفودة", "القوارشة"], ["الرجمة"]),
  mv("withdraw", "reported", LNA, ["ميناء بنغازي"], ["بوعطني"]),
  mv("shipment", "denied", LNA, ["تركيا"], ["ميناء بنغازي"]),
  mv("redeploy", "planned", LNA, ["بنغازي"], ["أجدابيا"]),
  mv("deploy", "conditional", LNA, ["الرجمة"], ["السلماني", "الماجوري"]),
 ],
 "dm4": [
  mv("reinforce", "reported", LNA, ["طبرق"], ["منفذ إمساعد"]),
  mv("redeploy", "reported", LNA, ["طبرق"], ["البردي"]),
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء طبرق", "قاعدة جمال عبد الناصر الجوية"]),
  mv("airlift", "planned", LNA, ["مطار بنينا"], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("mobilise", "denied", None, [], ["طبرق", "التميمي"]),
  mv("reinforce", "conditional", EGY, ["مرسى مطروح"], ["السلوم"]),
 ],
 "dm5": [
  mv("redeploy", "reported", LNA, ["اجدابيا"], ["الزويتينة"]),
  mv("advance", "reported", LNA, ["اجدابيا"], ["أوجلة"]),
  mv("naval_landing", "conditional", LNA, ["ميناء بنغازي"], ["ميناء البريقة"]),
  mv("shipment", "planned", LNA, ["الرجمة"], ["اجدابيا"]),
  mv("advance", "denied", LNA, ["بنغازي"], ["أجدابيا"]),
 ],
}

NOTES = {
 "dm1": "Al-Masry Al-Youm, Benghazi: two LNA battalions recalled Al Abyar→Benghazi barracks («داخل/في بنغازي» after "
        "«للأولى» = Al Abyar); a Saiqa company Bu Atni→Al Abyar via Benina air base («لتحل محلهما», «الأخيرة» = the "
        "company); the Al Abyar checkpoint to be moved to the Daryanah junction (planned, «من وسط البلدة»); an Awaqir "
        "mobilisation in Suluq and Qaminis denied; a conditional Al Marj→Al Abyar reinforcement («إذا خرق»). Al Abyar "
        "is written الابيار and الأبيار; Cairo, Cyrenaica, Egypt, the Libyan east and Tripoli are not movement places.",
 "dm2": "Hespress, Rabat: part of the Tariq bin Ziyad brigade moved Al Bayda→Derna via Shahhat and Al Qubbah, stationed "
        "at Al Fataih («الأخيرة» = Derna); an Obeidat mobilisation in Al Qubbah and Martubah denied («مجرد شائعات»); a "
        "conditional withdrawal Derna→Al Bayda («بمجرد أن», «الأولى» = Derna); a planned airlift Benina airport→Al "
        "Abraq airport («الأخيرة» = Al Bayda). The border phrase, Jebel Akhdar, Morocco, Bouznika and a tribal "
        "delegation's visit to Casablanca are not movement places.",
 "dm3": "Al-Qabas, Kuwait: brigades recalled to barracks in Benghazi — Tariq bin Ziyad («الثانية») "
        "Ganfouda/Guwarsha→Al Rajma and the Saiqa («الأولى») Benghazi port→Bu Atni; an armour shipment Turkey→Benghazi "
        "port denied («عارٍ عن الصحة»); a planned Saiqa company Benghazi («من المدينة»)→Ajdabiya; a conditional "
        "military-police deployment Al Rajma→Al Salmani/Al Majouri («لن…إلا إذا»). Kuwait (dateline) and Tripoli are "
        "not movement places.",
 "dm4": "Youm7, Cairo: an LNA reinforcement Tobruk→the Imsaed crossing on the border with Egypt; two checkpoints moved "
        "from Tobruk («الأولى») to the outskirts of Bardia the day before; a Saiqa sea landing Benghazi port→Tobruk port "
        "then overland to Gamal Abdel Nasser air base (one move, two destinations); a planned Il-76 airlift Benina "
        "airport→the base («الأخيرة»); an Obeidat mobilisation in Tobruk and At Tamimi denied («لا صحة»); Egypt's "
        "conditional Marsa Matruh→Sallum reinforcement («إذا شهد»). Hariga port, the border phrase, eastern Libya, "
        "Cairo and Benghazi are not movement places.",
 "dm5": "Okaz, Benghazi: the Saiqa's Ajdabiya checkpoint moved to the Zueitina junction; a Saiqa company advanced "
        "Ajdabiya («من المدينة»)→Awjila after a smugglers' attack («قرب الأخيرة»); a conditional naval landing "
        "Benghazi port→Brega port; a planned ammunition shipment Al Rajma→Ajdabiya; a Tariq bin Ziyad advance "
        "Benghazi→Ajdabiya denied («الأولى» = the brigade). Ajdabiya is written اجدابيا and أجدابيا; Sudan, Chad, the "
        "Oil Crescent, Kufra, Zueitina port and Italy are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("dm1", "dm2", "dm3", "dm4", "dm5")
