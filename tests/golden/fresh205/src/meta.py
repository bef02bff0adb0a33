# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # Benghazi city and its districts (the gazetteer has rows for most districts, all on the city-centre point;
 # the district points below are my own, closer to each district — K)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                              # G
 "sabri": ("district", "LY", 32.1250, 20.0780, "As Sabri (Benghazi)"),                    # K (G row at city centre)
 "sidi_hussein": ("district", "LY", 32.1100, 20.0800, "Sidi Hussein (Benghazi)"),        # K (G row at city centre)
 "sidi_khreibish": ("district", "LY", 32.1180, 20.0640, "Sidi Khreibish (Benghazi)"),    # K (G row سيدي اخريبيش at centre)
 "hawari": ("district", "LY", 32.0500, 20.1100, "Al Hawari (Benghazi)"),                 # K (G row الهواري is a Kufra village)
 "buatni": ("district", "LY", 32.0900, 20.1250, "Bu Atni (Benghazi)"),                   # K (G row at city centre)
 "buatni_camp": ("base", "LY", 32.0900, 20.1250, "Bu Atni camp (Benghazi)"),            # K (same point as the district)
 "qawarsha": ("district", "LY", 32.0450, 20.0300, "Al Guwarsha (Benghazi)"),             # K (G row at city centre)
 "qaryunis": ("district", "LY", 32.0780, 20.0420, "Qar Yunis (Benghazi)"),               # K (G row at city centre)
 "ganfouda": ("district", "LY", 32.0500, 19.9850, "Ganfouda (Benghazi)"),                # K (G row at city centre)
 "buhdeima": ("district", "LY", 32.1050, 20.1050, "Bu Hdeima (Benghazi)"),               # K (G row at city centre)
 "laithi": ("district", "LY", 32.0950, 20.0900, "Al Laithi (Benghazi)"),                 # K (G row at city centre)
 "kish": ("district", "LY", 32.1000, 20.0750, "Al Kish (Benghazi)"),                     # K (G row at city centre)
 "fuwayhat": ("district", "LY", 32.1000, 20.0950, "Al Fuwayhat (Benghazi)"),             # K (G row at city centre)
 "benghazi_port": ("crossing", "LY", 32.1120, 20.0550, "Port of Benghazi"),              # K
 # bases and airports around Benghazi
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                   # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma camp"),                           # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                     # G
 # towns of the east
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                   # G
 "tocra": ("town", "LY", 32.53414, 20.57911, "Tocra"),                                    # G
 "abyar": ("town", "LY", 32.19000, 20.59653, "Al Abyar"),                                 # G
 "daryana": ("town", "LY", 32.34751, 20.30933, "Daryanah"),                               # G
 "suluq": ("town", "LY", 31.66818, 20.25205, "Suluq"),                                    # G
 "qaminis": ("town", "LY", 31.65760, 20.01697, "Qaminis"),                                # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                  # G
 "tobruk_base": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                 # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "La Abraq Airport"),             # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                             # G* (Hun town row)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "benghazi_mun": ("district", "LY", 32.11486, 20.06859, "Benghazi municipality"),         # G* (city row)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                      # G
 "messla": ("oilfield", "LY", 27.97472, 22.35833, "Messla oil field"),                    # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),        # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "border_ly_eg": ("region", "LY", 31.55, 24.95, "Libya-Egypt border (Libyan side, near Amsaad)"),  # K
 "border_eg": ("region", "EG", 31.40, 25.15, "Egypt-Libya border (Egyptian side, near Sallum)"),   # K
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),           # G* (row منفذ امساعد, country EG)
 # abroad
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                              # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                              # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                    # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                 # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                    # G
 "jeddah": ("city", "SA", 21.49012, 39.18624, "Jeddah"),                                  # G
 "riyadh": ("city", "SA", 24.68773, 46.72185, "Riyadh"),                                  # G (row رياض)
}

LNA = "Libyan National Army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "gy1": ["الجيش الليبى", "اليوم السابع", "شارع جمال عبد الناصر", "مستشفى الجلاء", "فندق تيبستى", "شارع دبى",
         "اللواء 106 مجحفل", "سالم المرجاوى", "كتيبة طارق بن زياد", "عملية الكرامة", "قوات الصاعقة", "قوات حرس الحدود المصرية"],
 "gy2": ["الميادين نت", "قناة ليبيا الحدث", "شارع فينيسيا", "فرج القوارشي", "الفيلق الأفريقي", "الروسي",
         "الكتيبة 166"],
 "gy3": ["عكاظ", "حفتر", "فهد الحربي", "القيادة العامة للجيش الوطني الليبي", "العواقير", "بنيناها", "المرجح",
         "قوات الصاعقة", "عبدالله القحطاني", "لا أدري"],
 "gy4": ["فواصل", "فندق أوزو", "محمد الهواري", "الاتحاد الليبي لكرة القدم", "الأهلي بنغازي", "ملعب شهداء بنينا",
         "الأهلي طرابلس", "اللواء 20 مشاة", "قوات الصاعقة", "شركة الخليج العربي للنفط"],
 "gy5": ["الخليج أونلاين", "حفتر", "شارع دبي", "عبد الله الكبير", "قوات الصاعقة",
         "القيادة العامة للجيش الوطني الليبي", "حكومة الوحدة الوطنية", "لا أدري"],
}

PHEN = {
 "gy1": ["spelling", "clitics", "multiword", "media_trap", "person_trap", "operation_trap", "nisba",
         "coverage_bases", "countries", "coverage_neighbours", "vague_area", "border_phrase", "coverage_crossings",
         "ambiguity_country_capital"],
 "gy2": ["spelling", "clitics", "multiword", "media_trap", "person_trap", "operation_trap", "nisba",
         "coverage_bases", "vague_area", "town_vs_district"],
 "gy3": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "ambiguity_country_capital", "ambiguity_idri"],
 "gy4": ["spelling", "clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "coverage_bases", "coverage_oil", "ambiguity_tripoli"],
 "gy5": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "coverage_bases", "coverage_crossings",
         "coverage_oil", "countries", "border_phrase", "ambiguity_tripoli", "town_vs_district", "ambiguity_idri"],
}

MOVES = {
 "gy1": [
  mv("deploy", "reported", LNA, ["بوهديمة"], ["الصابرى", "سيدى حسين"]),
  mv("reinforce", "planned", LNA, ["معسكر الرجمة"], ["الهوارى"]),
  mv("airlift", "reported", LNA, ["طبرق"], ["قاعدة بنينا الجوية"]),
  mv("deploy", "conditional", LNA, [], ["القوارشة", "قاريونس"]),
  mv("withdraw", "denied", LNA, ["بوعطنى"], ["المرج"]),
 ],
 "gy2": [
  mv("withdraw", "reported", LNA, ["القوارشة"], ["قاعدة بنينا الجوية"]),
  mv("deploy", "reported", LNA, ["الصابري"], ["القوارشه"]),
  mv("redeploy", "planned", LNA, ["قار يونس"], ["قنفودة"]),
  mv("advance", "conditional", LNA, ["المرج", "توكرة"], ["القوارشة"]),
  mv("deploy", "denied", "Russian forces", ["قاعدة الخادم"], ["قاريونس"]),
 ],
 "gy3": [
  mv("redeploy", "reported", LNA, ["معسكر الرجمة"], ["قاعدة بنينا الجوية"]),
  mv("airlift", "reported", LNA, ["قاعدة الخادم"], ["بنينا"]),
  mv("deploy", "planned", LNA, ["بوهديمة"], ["توكرة", "دريانة"]),
  mv("naval_landing", "conditional", LNA, ["ميناء بنغازي"], ["توكرة"]),
  mv("mobilise", "denied", None, [], ["الأبيار"]),
 ],
 "gy4": [
  mv("withdraw", "reported", LNA, ["الليثي"], ["بوهديمة"]),
  mv("shipment", "reported", LNA, ["المرج"], ["معسكر بوعطني"], ["الأبيار"]),
  mv("mobilise", "planned", None, [], ["الكيش"]),
  mv("advance", "conditional", LNA, ["بو عطني"], ["الليثي"]),
  mv("reinforce", "denied", LNA, ["توكرة"], ["الليثي"]),
 ],
 "gy5": [
  mv("shipment", "reported", LNA, ["الهواري"], ["قمينس"]),
  mv("redeploy", "reported", LNA, ["الصابري"], ["معسكر الرجمة"]),
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["قاعدة طبرق البحرية"]),
  mv("redeploy", "planned", LNA, ["بوهديمة"], ["قاعدة بنينا"]),
  mv("withdraw", "conditional", LNA, ["القوارشة"], ["قمينس"]),
  mv("airlift", "denied", LNA, ["قاعدة بنينا"], ["الجفرة"]),
 ],
}

NOTES = {
 "gy1": ("Youm7 (Egyptian spelling with final ى: الصابرى، سيدى حسين، الهوارى، بوعطنى، بنغازى) after a car bomb in central "
         "Benghazi: reported Saiqa deploy Bu Hdeima→Sabri/Sidi Hussein (headline = same move), planned 106 Brigade "
         "reinforcement Rajma camp→Hawari (Benina airport is a purpose, not a destination), reported airlift "
         "Tobruk→Benina air base, conditional armoured deploy to Qawarsha/Qar Yunis («إذا ثبت»), denied Tariq bin Ziyad "
         "pull-out Bu Atni→Al-Marj; «ولم تغادر بنغازى» in the denial is not a second place of the move; traps: Tibesti "
         "hotel, Dubai street, a person whose name contains المرج; Egypt's raised alert at the Sallum land port «على الحدود مع ليبيا» "
         "(Egyptian side, nested country) is not a movement, Algeria and Tunisia are countries (they condemn)."),
 "gy2": ("Al Mayadeen Net on a clash in Qawarsha: reported pull-out of the 166th Qawarsha→Benina air base, reported "
         "military-police deploy Sabri→Qawarsha (spelled القوارشه), planned company Qar Yunis (قار يونس)→Ganfouda, "
         "conditional advance Al-Marj/Tocra→«الحي» = Qawarsha («في حال»), denied Africa Corps (Russian forces) move "
         "Al Khadim→Qaryunis; «للقوارشة» gives the surface قوارشة; the commander القوارشي and Venice street are traps; "
         "بلدية بنغازي (mayor's call) is the municipality, not a move."),
 "gy3": ("Okaz on a drone over Al-Rajma: reported air-defence redeploy Rajma camp→Benina air base, reported cargo airlift "
         "Al Khadim→«بنينا» (bare name = the air base), planned Saiqa company Bu Hdeima→Tocra/Daryana (the Benghazi–Al-Marj "
         "road is a purpose), conditional landing Benghazi port→Tocra coast («إذا تأكد»), denied Awaqir massing in "
         "Al-Abyar (actor null); civil flights from Jeddah/Cairo diverted to Al Abraq airport, the unknown drone and the "
         "delegation's visit to Riyadh are not force movements; «بنيناها» and «المرجح» are common-word traps, تونس (a flight "
         "origin) is Tunis the city, «لا أدري» an Idri-like common word."),
 "gy4": ("Fawasel (Libyan site, a dialect quote) on night clashes in Al-Laithi: reported pull-out Laithi→Bu Hdeima, "
         "reported ammunition trucks Al-Marj→Bu Atni camp via Al-Abyar, planned police massing in Al-Kish (actor null), "
         "conditional Saiqa advance Bu Atni (بو عطني)→Laithi («إذا لم يسلّم»), denied 20th Brigade column Tocra→Laithi; the "
         "exercise near Suluq two months ago is not a movement place; traps: Uzu hotel, a resident named الهواري, the "
         "clubs الأهلي بنغازي / الأهلي طرابلس, the Benina Martyrs stadium and AGOCO (شركة الخليج العربي للنفط); مديرية أمن بنغازي "
         "keeps بنغازي gold; the Sarir and Messla fields are gold places with no movement."),
 "gy5": ("Alkhaleej Online on moving camps out of Benghazi after a depot blast in Hawari: reported ammunition shipment "
         "Hawari→Qaminis, reported battalion redeploy Sabri→Rajma camp, reported sea move of tanks Benghazi port→Tobruk "
         "naval base, planned Saiqa camp move Bu Hdeima→Benina base, conditional guard pull-out Qawarsha→Qaminis "
         "(«لن … إلا إذا»), denied airlift Benina base→Al Jufra; the lede's «من أحياء سكنية في بنغازي إلى مواقع خارج المدينة» "
         "summarises the same moves; Hariga terminal and «الحدود مع مصر» only locate Tobruk naval base; Tripoli is where the "
         "platforms' government sits; Sidi Hussein/Al-Fuwayhat residents' demands are not moves."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("gy1", "gy2", "gy3", "gy4", "gy5")
