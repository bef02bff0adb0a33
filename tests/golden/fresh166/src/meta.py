# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                  # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                   # G (row الإمارات)
 # foreign cities
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "dubai": ("city", "AE", 25.07725, 55.30927, "Dubai"),                                   # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                 # G
 # Libyan cities and towns outside the Jufra
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                             # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                   # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                          # G (row أبوقرين)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 # the Jufra, Zillah, Marada, the Harouj
 "jufra": ("district", "LY", 29.13, 16.05, "Al Jufra"),                                  # K (README rule: point near Hun/Waddan)
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                       # G
 "hun_mun": ("district", "LY", 29.12684, 15.94772, "Hun municipality"),                  # G* (town row)
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                 # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                   # G
 "fuqaha": ("town", "LY", 27.83333, 16.35000, "Al-Fuqaha"),                              # G
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                 # G
 "zillah_mun": ("district", "LY", 28.55099, 17.54358, "Zillah municipality"),            # G* (town row)
 "marada": ("town", "LY", 29.22054, 19.20454, "Marada"),                                 # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                            # G
 "haruj": ("region", "LY", 27.25000, 17.50000, "Al Haruj"),                              # G
 "wawnamus": ("region", "LY", 24.92000, 17.77000, "Waw an Namus"),                       # G
 # vague areas and border phrases
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا)
 "sirte_basin": ("region", "LY", 28.60000, 19.30000, "Sirte Basin"),                     # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "border_td": ("region", "LY", 22.5, 17.8, "Libya-Chad border (south of Waw an Namus)"),  # K
 "border_td2": ("region", "LY", 20.8, 21.8, "Libya-Chad border (near Maaten al-Sarra)"), # K
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                        # G (row كوري بوقودي)
 # bases
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                     # G
 "maaten": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 # oil and ports
 "zelten": ("oilfield", "LY", 28.58710, 19.30340, "Zelten oil field"),                   # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),               # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                        # G
 "brega_port": ("oilfield", "LY", 30.415, 19.585, "Marsa el Brega port"),                # K
 "benghazi_port": ("crossing", "LY", 32.106, 20.052, "Benghazi port"),                   # K
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Tobruk port"),                   # G* (Tobruk city / naval base row)
 # crossings
 "salloum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
}

LNA, RUS = "Libyan National Army", "Russian forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "fl1": ["الميادين نت", "القوات المسلحة العربية الليبية", "تشاديين", "مفتاح الهوني", "ما ادري", "قناة ليبيا الحدث",
         "زلة لسان"],
 "fl2": ["الجيش الليبي", "اليوم السابع", "الليبيون", "حرس المنشآت النفطية", "مراد الزوي", "مراده", "الجوار الليبي"],
 "fl3": ["فواصل", "الإدريسي", "شارع طرابلس", "شارع سبها", "الفيلق الأفريقي", "الروسي", "إذاعة الجفرة المحلية"],
 "fl4": ["يورونيوز", "غرينتش", "خليفة حفتر", "تشاديين", "حركة تحرير السودان – المجلس الانتقالي"],
 "fl5": ["CNN", "الفيلق الأفريقي الروسي", "وزارة الدفاع الروسية", "القوة المشتركة", "يوسف السرتي", "قوات حفتر"],
}

PHEN = {
 "fl1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "town_vs_district", "coverage_bases"],
 "fl2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "fl3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases"],
 "fl4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "fl5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
}

MOVES = {
 "fl1": [
  mv("deploy", "reported", LNA, ["قاعدة الجفرة الجوية"], ["زلة"], ["ودان"]),
  mv("deploy", "planned", LNA, ["زلة"], ["الفقهاء"]),
  mv("deploy", "conditional", LNA, ["تمسة"], ["هروج الأسود"]),
  mv("advance", "denied", "Chadian armed groups", ["الهروج"], ["زلة"]),
  mv("withdraw", "reported", LNA, ["مرادة"], ["قاعدة الجفرة الجوية"]),
 ],
 "fl2": [
  mv("reinforce", "reported", LNA, ["بنغازي"], ["مرادة"], ["أجدابيا"]),
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء البريقة"]),
  mv("deploy", "planned", LNA, ["مرادة"], ["حقل زلطن"]),
  mv("airlift", "conditional", LNA, ["قاعدة بنينا الجوية"], ["مرادة"]),
  mv("withdraw", "denied", LNA, ["ميناء السدرة", "راس لانوف"], ["مرادة"]),
 ],
 "fl3": [
  mv("reinforce", "reported", LNA, ["سبها"], ["هون"], ["سوكنة"]),
  mv("shipment", "planned", LNA, ["هون"], ["الفقهاء"]),
  mv("redeploy", "denied", RUS, ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("mobilise", "conditional", None, [], ["ودان"]),
 ],
 "fl4": [
  mv("advance", "reported", LNA, ["تمسة"], ["الهروج"]),
  mv("withdraw", "reported", "Chadian armed groups", ["الهروج"], ["الحدود مع تشاد"], ["واو الناموس"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["قاعدة الجفرة الجوية"]),
  mv("deploy", "conditional", LNA, ["زلة"], ["الهروج"]),
  mv("redeploy", "denied", "Sudanese armed groups", ["الكفرة"], ["الهروج"]),
 ],
 "fl5": [
  mv("airlift", "reported", RUS, ["قاعدة الخادم"], ["قاعدة الجفرة الجوية"]),
  mv("shipment", "planned", RUS, ["قاعدة الجفرة الجوية"], ["قاعدة معطن السارة"]),
  mv("naval_landing", "reported", RUS, [], ["ميناء طبرق"]),
  mv("withdraw", "denied", LNA, ["زلة", "مرادة", "حقل زلطن"], ["الجفرة"]),
  mv("mobilise", "reported", "Misrata forces", [], ["أبو قرين"]),
  mv("advance", "conditional", "Misrata forces", ["أبو قرين"], ["سرت"]),
 ],
}

NOTES = {
 "fl1": "Al Mayadeen (Lebanese outlet, Tripoli dateline = the Libyan capital), 7 Ramadan 1447 / 24 Feb 2026, times "
        "around iftar and tarawih: Battalion 166 (٣٠٠ عنصر، ١٥ آلية، لاندات، هايلوكسات، كمايين، تريلا) Jufra air base→Zillah "
        "via Waddan (reported; the «بوابة الكيلو ٤٠ شرقي ودان» stop is a locator); a planned company Zillah→Al-Fuqaha; a "
        "conditional company Tmassah→«للهروج الأسود» told in dialect; the mayor's denial of Chadian gunmen Harouj→Zillah; a "
        "flashback withdrawal Marada→Jufra air base. Traps: «زلة لسان», «ما ادري», the mayor مفتاح الهوني.",
 "fl2": "Youm7 (Cairo), 21 Shawwal 1447 / 9 April 2026: LNA column with ١٢ تريلا of tanks Benghazi→Marada via Ajdabiya "
        "(reported reinforce), a landing ship Benghazi port→Brega port, a planned armoured company Marada→Zelten field on "
        "Sunday 24 Shawwal at 6 am, a conditional Benina→Marada air bridge, the oil guards' denied pull-out from Es Sider/"
        "Ras Lanuf to Marada. Brega, the Sirte basin, the Oil Crescent, Zillah, Cairo, Algeria, Tunisia and the Sallum "
        "land port are places but not movement places. Traps: «مراده» (his aim), مراد الزوي.",
 "fl3": "Fawasel (Hun), 1 Dhu al-Hijjah 1447 / 18 May 2026, dialect witness quote («الكمايين عدّت… ماشين لهون طول»): "
        "Battalion 604 Sabha→Hun via Sokna (reported reinforce), a planned fuel/ammunition truck convoy Hun→Al-Fuqaha "
        "(shipment), the denied Africa Corps move Jufra air base→Brak air base, and Waddan's conditional «فزعة» (mobilise, "
        "no canonical actor). Traps: streets شارع طرابلس / شارع سبها in Hun, the commander الإدريسي, the Jufra local radio.",
 "fl4": "Euronews Arabic feature, 6 Muharram 1448 / 21 June 2026, local time vs GMT: LNA patrol Tmassah→the Harouj "
        "(reported advance), Chadian-led gunmen's pull-out Harouj→the border with Chad via Waw an-Namus, a planned "
        "Benina→Jufra air base airlift on 10 Muharram / 25 June, a conditional Zillah→Harouj deployment and a Sudanese "
        "movement's denied Kufra→Harouj move. Kouri Bougoudi, Chad, Sudan, Niger and the Toummo crossing are background.",
 "fl5": "CNN Arabic analysis (Dubai dateline), an LNA statement dated 3 Jumada I 1448 / 14 Oct 2026, flight times at "
        "night: Russian Il-76s Al Khadim→Jufra air base (reported airlift), a planned equipment transfer Jufra air "
        "base→Maaten al-Sarra (shipment; the Chad border phrase only locates it), a Russian landing ship at Tobruk port, "
        "the LNA's denied pull-back of Battalion 302 Zillah/Marada/Zelten field→the Jufra, Misrata battalions massing at "
        "Abu Qurayn (reported mobilise) and their conditional advance Abu Qurayn→Sirte. Tunis is the city (a diplomat "
        "there); the Sirte–Jufra line and Hun/Waddan/Sokna/Tripoli are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("fl1", "fl2", "fl3", "fl4", "fl5")
BAR_IN_TEXT = True  # fl1 and fl3 datelines have a literal "|" (outside any marker)
