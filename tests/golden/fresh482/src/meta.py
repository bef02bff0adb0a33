# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 # datelines abroad
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                   # G (row عمان, written عمّان)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                 # G
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                    # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 # rp1 Nafusa mountains / Gharyan
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabaa"),                              # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                               # G
 "rayayna": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                          # G
 "yafran": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                 # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                               # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G (row قاعدة الوطية)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                # G
 "gharyan_mun": ("district", "LY", 32.17222, 13.02028, "Gharyan municipality"),         # G* (town row)
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                  # G
 # rp2 Egyptian border / Tobruk
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                 # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                              # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                      # G (gn row)
 "border_eg": ("region", "EG", 31.2, 25.25, "Egypt-Libya border (Egyptian side)"),       # K
 "emsaed_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G (row منفذ امساعد)
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Tobruk port"),                  # G* (Tobruk city row)
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                         # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                            # G
 "bardia": ("town", "LY", 31.75601, 25.08530, "Bardia"),                                 # G (gn row بردية)
 # rp3 Sirte front
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G (row الجزائر)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                          # G
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                    # G (written الهلال_النفطي)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "jufra": ("district", "LY", 29.12, 15.95, "Al Jufra"),                                  # K (point at Hun, README rule)
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf port"),              # G* (row راس لانوف)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                              # G
 # rp4 Kufra / Sudanese border
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                # G
 "southeast_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),            # G* (row جنوب شرق ليبيا)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),      # G* (row مثلث العوينات)
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                             # K
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                            # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                               # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),                # G* (row الحدود الليبية السودانية)
 # rp5 Murzuq / Qatrun
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),         # G* (town row)
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                               # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "ummaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                       # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                 # G* (row الحدود الليبية التشادية)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
}

TRAPS = {
 "rp1": ["يورونيوز", "ما ادري", "اللبنانية", "المجلس العسكري الزنتان", "علي الغرياني", "الليبية"],
 "rp2": ["فتبينوا", "حسم 2020", "اليوم السابع", "مصرية", "المصري", "الليبية", "الجيش الوطني الليبي"],
 "rp3": ["رصيف22", "ليبيا روحها الوطن", "محمد المصراتي", "شارع طرابلس", "المجلس العسكري مصراتة",
         "عادل الطرابلسي", "الليبية", "الشأن الليبي"],
 "rp4": ["فرانس 24", "قوات الدعم السريع", "السودانية", "سبل السلام", "محمود السوداني", "مالي"],
 "rp5": ["المشهد", "طارق بن زياد", "أخبار الجنوب الليبي", "تشاديين", "التشادية", "يوسف القطروني"],
}

PHEN = {
 "rp1": ["clitics", "multiword", "person_trap", "operation_trap", "media_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "town_vs_district", "coverage_bases", "countries"],
 "rp2": ["clitics", "spelling", "multiword", "operation_trap", "media_trap", "nisba", "border_phrase",
         "coverage_crossings", "coverage_neighbours", "countries", "ambiguity_country_capital"],
 "rp3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
 "rp4": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area",
         "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "rp5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba",
         "border_phrase", "town_vs_district", "ambiguity_idri", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA, ZIN, MIS = "Libyan National Army", "GNA forces", "Zintan forces", "Misrata forces"

MOVES = {
 "rp1": [
  mv("deploy", "reported", ZIN, ["الزنتان"], ["الأصابعة"], ["الرياينة", "يفرن"]),
  mv("shipment", "reported", ZIN, ["قاعدة الوطية"], ["الزنتان"]),
  mv("withdraw", "denied", GNA, ["غريان"], ["طرابلس"]),
  mv("deploy", "planned", GNA, ["طرابلس"], ["مزدة"]),
  mv("advance", "conditional", ZIN, ["الأصابعة"], ["غريان"]),
 ],
 "rp2": [
  mv("deploy", "denied", "Egyptian army", ["السلوم"], ["امساعد"]),
  mv("reinforce", "reported", LNA, ["طبرق"], ["جغبوب"]),
  mv("redeploy", "planned", LNA, ["البردية"], ["جغبوب"]),
  mv("naval_landing", "denied", "Egyptian army", [], ["ميناء طبرق"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["السلوم"]),
 ],
 "rp3": [
  mv("mobilise", "reported", MIS, ["مصراتة"], ["أبوقرين"]),
  mv("withdraw", "denied", LNA, ["سرت"], ["الجفرة"]),
  mv("naval_landing", "reported", LNA, ["بنغازي"], ["ميناء رأس لانوف"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا"], ["قاعدة القرضابية"]),
  mv("advance", "conditional", MIS, ["أبوقرين"], ["الوشكة"]),
 ],
 "rp4": [
  mv("advance", "reported", "Sudanese armed groups", ["السودان"], ["جبل العوينات"], ["المثلث الحدودي"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("withdraw", "denied", LNA, ["تازربو"], []),
  mv("shipment", "reported", LNA, ["الكفرة"], ["ربيانة"]),
  mv("deploy", "planned", LNA, ["الكفرة"], ["جبل العوينات"]),
  mv("advance", "conditional", LNA, [], ["الحدود مع السودان"]),
 ],
 "rp5": [
  mv("reinforce", "reported", LNA, ["سبها"], ["مرزق"], ["غدوة"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["القطرون"]),
  mv("redeploy", "planned", LNA, ["القطرون"], ["منفذ التوم"]),
  mv("withdraw", "reported", "Chadian armed groups", ["أم الأرانب"], ["الحدود مع تشاد"]),
  mv("withdraw", "conditional", LNA, ["مرزق"], ["سبها"]),
 ],
}

NOTES = {
 "rp1": "Euronews Arabic round-up of viral clips from the Nafusa mountains: a Zintan column Zintan→Al-Asabaa via "
        "Al-Rayayna and Yafran and fuel/ammunition trucks Al-Watiya→Zintan confirmed by the Zintan military council "
        "(reported); a TikTok clip of a GNA pull-out Gharyan→Tripoli denied as fabricated; a planned GNA company from "
        "the capital (→Tripoli) to Mizda; a conditional Zintan advance Al-Asabaa→Gharyan («إذا»). Old clips from Tarhuna "
        "and Tripoli (Lebanon), the hashtags and the caption «الزنتان وصلت» are not separate moves; «ما ادري» is no Idri.",
 "rp2": "Fatabyyano fact-check: a viral clip of Egyptian tanks «entering Emsaed» from Sallum is the 2020 exercise near "
        "Sidi Barrani and the Egyptian army denies any entry (denied deploy); a post on Egyptian landing ships at Tobruk "
        "port denied by the LNA (denied naval landing); an LNA company Tobruk→Jaghbub confirmed (reported); a planned "
        "second company Bardia→Jaghbub («المنطقة ذاتها»); Egypt's conditional reinforcement of Sallum («قد … إذا»). "
        "The border phrase is only a distance reference; Alexandria is where the photo was taken.",
 "rp3": "Raseef22 round-up of hashtags on the Sirte front: Misrata brigades massing at Abu Qurayn (reported mobilise); "
        "a clip of an LNA pull-out Sirte→Jufra denied as rumour; a «Turkish warship» clip that is an LNA landing "
        "Benghazi→Ras Lanuf port (reported); a planned airlift Benina→Gardabiya; a conditional Misrata advance Abu "
        "Qurayn→Al-Washka («لن … إلا إذا»). Tripoli appears only in a Misrata street and a person's name; Tunisia and "
        "Algiers are where pages are run.",
 "rp4": "France 24 Observers on Kufra clips: a Sudanese armed group from Sudan through the triangle to Jebel Uweinat "
        "(reported; the umbrella claim about the south-east is the same move); an Il-76 airlift Benina→Kufra airport "
        "and ammunition/fuel trucks Kufra→Rebiana (reported); a denied Subul al-Salam pull-out from Tazirbu; a planned "
        "deployment Kufra→Jebel Uweinat; a conditional pursuit to the border with Sudan («إذا»). A clip mislabelled "
        "Jebel Uweinat was filmed in Al-Awaynat (Fezzan): no movement.",
 "rp5": "Al Mashhad on Tebu activists' posts around Murzuq: an LNA (Tariq bin Ziyad) reinforcement Sabha→Murzuq via "
        "Ghuddwa, retold in the caption «رتل داخل لمرزوق» (reported); Chadian gunmen «massing on the edge of Al Qatrun» "
        "denied by the municipality (denied mobilise); a planned company Al Qatrun→Toummo crossing; foreign gunmen's "
        "pull-out Umm al-Aranib→the border with Chad (reported); the column's conditional return Murzuq→Sabha («بمجرد»).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("rp1", "rp2", "rp3", "rp4", "rp5")
