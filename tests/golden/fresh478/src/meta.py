# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                              # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                   # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 # foreign cities and border regions
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "hague": ("city", "NL", 52.0705, 4.3007, "The Hague"),                                  # K
 "border_eg": ("region", "EG", 31.2, 25.1, "Egypt's border with Libya (Egyptian side)"),  # K
 "border_tn": ("region", "TN", 32.6, 11.0, "Tunisia's border with Libya (Tunisian side)"),  # K
 # Tripoli and its southern approaches
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "tripoli_port": ("crossing", "LY", 32.905, 13.19, "Port of Tripoli"),                   # K
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                              # G
 "qasr": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                         # G
 "tip_airport": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),  # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                 # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                           # G
 "south_tripoli": ("region", "LY", 32.72, 13.22, "South of Tripoli"),                    # K
 "west_region": ("region", "LY", 30.79644, 14.18653, "Western region (Tripolitania)"),   # G* (row إقليم طرابلس)
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),           # G
 # Tarhuna, Bani Walid and the hills
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                               # G
 "tarhuna_mun": ("district", "LY", 32.43501, 13.63320, "Tarhuna municipality"),          # G* (town row)
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                          # G
 "bw_mun": ("district", "LY", 31.74554, 13.98354, "Bani Walid municipality"),            # G* (town row)
 "bw_airport": ("airport", "LY", 31.73920, 13.95400, "Bani Walid Airport"),              # G
 "khadra": ("town", "LY", 32.44403, 13.76735, "Al Khadra"),                              # G
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                             # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                  # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 # coast east of Tripoli
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                                # G
 "khums_port": ("crossing", "LY", 32.655, 14.275, "Port of Al Khums"),                   # K
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                          # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                              # G
 # centre, south and east
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "jufra": ("district", "LY", 29.15, 16.0, "Al Jufra"),                                   # K (point near Hun/Waddan)
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                       # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                   # G
}

TRAPS = {
 "rl1": ["ليبيا الخبر", "الراية الخضراء", "شارع طرابلس", "ما ادري", "سالم الترهوني", "اللواء 444 قتال"],
 "rl2": ["القاهرة الإخبارية", "القيادة العامة للجيش الوطني الليبي", "مفتاح الجفراوي", "غرفة عمليات المنطقة الوسطى",
         "قوات تركية", "الجيش المصري", "الشعب الليبي"],
 "rl3": ["يورونيوز", "الأخبار الليبية", "إدريس الزليتني", "اللواء 444 قتال"],
 "rl4": ["قناة التناصح", "عملية بركان الغضب", "مليشيات حفتر", "قبائل ورفلة"],
 "rl5": ["عبد الله الخمسي", "السنوات الخمس", "الساحل", "القيادة العامة للجيش الوطني الليبي", "وزارة الدفاع التونسية",
         "اللواء 444 قتال"],
}

PHEN = {
 "rl1": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "operation_trap",
         "ambiguity_tripoli", "ambiguity_idri", "town_vs_district", "coverage_oil"],
 "rl2": ["spelling", "multiword", "coverage_bases", "coverage_crossings", "media_trap", "person_trap",
         "operation_trap", "countries", "coverage_neighbours", "border_phrase", "nisba"],
 "rl3": ["spelling", "multiword", "clitics", "vague_area", "countries", "coverage_neighbours",
         "ambiguity_country_capital", "ambiguity_tripoli", "ambiguity_idri", "nisba", "person_trap", "operation_trap"],
 "rl4": ["spelling", "multiword", "clitics", "coverage_bases", "coverage_oil", "vague_area", "town_vs_district",
         "countries", "coverage_neighbours", "operation_trap", "media_trap"],
 "rl5": ["clitics", "multiword", "coverage_bases", "coverage_crossings", "countries", "coverage_neighbours",
         "ambiguity_country_capital", "border_phrase", "person_trap", "common_word_trap", "operation_trap", "nisba"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    """One movement row in the golden field order."""
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


GNA, LNA, MIS = "GNA forces", "Libyan National Army", "Misrata forces"

MOVES = {
 "rl1": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["ترهونة"], ["عين زارة"]),
  mv("deploy", "planned", GNA, ["ترهونة"], ["الخضراء"]),
  mv("shipment", "reported", GNA, ["مصراتة"], ["ترهونة"], ["مسلاتة"]),
  mv("shipment", "reported", GNA, ["مصفاة الزاوية"], ["ترهونة"]),
  mv("advance", "denied", None, ["بني وليد"], ["ترهونة"]),
  mv("withdraw", "conditional", GNA, ["ترهونة"], ["طرابلس"]),
 ],
 "rl2": [
  mv("advance", "denied", LNA, ["قاعدة الجفرة الجوية"], ["بنى وليد"]),
  mv("redeploy", "reported", LNA, ["الشويرف"], ["قاعدة الجفرة"]),
  mv("redeploy", "planned", LNA, ["هون"], ["الشويرف"]),
  mv("advance", "conditional", None, ["بني وليد"], ["ترهونة"]),
  mv("mobilise", "reported", MIS, ["مصراتة"], ["أبوقرين"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء طرابلس"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["الحدود مع ليبيا"]),
 ],
 "rl3": [
  mv("withdraw", "reported", LNA, ["ترهونة"], ["الجفرة"], ["بني وليد"]),
  mv("reinforce", "reported", GNA, ["تاجوراء"], ["قصر بن غشير", "مطار طرابلس الدولي"]),
  mv("withdraw", "denied", GNA, ["العزيزية"], ["طرابلس"]),
  mv("deploy", "planned", GNA, [], ["ترهونة", "بني وليد"]),
  mv("reinforce", "conditional", GNA, ["طرابلس"], ["ترهونة"]),
 ],
 "rl4": [
  mv("mobilise", "reported", LNA, ["قاعدة براك الجوية", "حقل الشرارة"], ["الشويريف"]),
  mv("airlift", "reported", LNA, ["بنغازي"], ["قاعدة براك الجوية"]),
  mv("advance", "denied", LNA, ["الشويريف"], ["ترهونة", "طرابلس"], ["بني وليد"]),
  mv("reinforce", "planned", GNA, ["طرابلس"], ["مزدة"]),
  mv("advance", "conditional", MIS, ["مصراته"], ["الوشكة"]),
 ],
 "rl5": [
  mv("withdraw", "conditional", GNA, ["الخضراء"], ["طرابلس"]),
  mv("deploy", "planned", GNA, ["الخمس"], ["الخضراء"]),
  mv("withdraw", "reported", None, ["ترهونة"], ["بني وليد"]),
  mv("naval_landing", "reported", MIS, ["مصراتة"], ["ميناء الخمس"]),
  mv("airlift", "denied", LNA, ["قاعدة بنينا الجوية"], ["مطار بني وليد"]),
 ],
}

NOTES = {
 "rl1": "Libya Alkhabar style, Tarhuna dateline: a 444 Brigade column Tripoli→Tarhuna via Ain Zara (reported deploy), "
        "a company planned Tarhuna («من المدينة»)→Al-Khadra (Msallata only the road's purpose), two supply runs "
        "to Tarhuna («إلى المدينة»): ammunition Misrata→via Msallata and fuel from the Zawiya refinery (two reported "
        "shipments), the Tarhuna municipality's denial of Kaniyat men coming from Bani Walid (denied advance, actor "
        "null) and the brigade's return to Tripoli «بمجرد» the security directorate takes over (conditional). Traps: "
        "the outlet ليبيا الخبر, الراية الخضراء before the gold الخضراء, شارع طرابلس, «ما ادري», the person الترهوني.",
 "rl2": "Al-Qahera News style, Benghazi dateline: the LNA denies a column Jufra air base→Bani Walid (spelled بنى وليد), "
        "reports an infantry battalion Ash Shwayrif→«قاعدة الجفرة» (redeploy) and plans a company Hun→Ash Shwayrif; "
        "Bani Walid's youth «لن يتحركوا نحو ترهونة … إلا إذا» (conditional, actor null); Misrata's joint force massed "
        "vehicles at Abu Qurayn (reported mobilise); the GNU denies a Turkish landing at Tripoli port; an Egyptian "
        "reinforcement of «الحدود مع ليبيا» «إذا» (conditional). Cairo and Egypt are speaker places. القاهرة occurs "
        "inside the outlet name (trap) and as the city; مصر inside مصراتة and المصري; هون inside ترهونة.",
 "rl3": "Euronews Arabic explainer: the June 2020 pull-out Tarhuna→Al-Jufra via Bani Walid (flashback, reported "
        "withdraw), a 444 Brigade reinforcement Tajura→Qasr Bin Ghashir/Tripoli International Airport (reported), the "
        "SSA's denied pull-back Al-Aziziyah→«العاصمة» (Tripoli), a planned joint force on the road «بين ترهونة وبني "
        "وليد» (both destinations) and a conditional reinforcement Tripoli→Tarhuna «إذا». Headline spelling ترهونه; "
        "جنوب طرابلس is one vague region; Turkey, The Hague and تونس العاصمة are not movement places; the person "
        "إدريس الزليتني is an Idri/Zliten trap.",
 "rl4": "Al-Tanasuh TV style, Tripoli dateline: LNA massing at Ash Shwayrif (spelled الشويريف) with vehicles from "
        "Brak air base and the Sharara field (reported mobilise; Mizda only a locator there), two cargo planes "
        "Benghazi→Brak air base (reported airlift), the Bani Walid municipality's denial of any passage «عبر المدينة "
        "نحو ترهونة أو طرابلس» (denied advance, via Bani Walid), a planned GNA reinforcement Tripoli→the positions "
        "around Mizda and Misrata's conditional advance to Al-Washka «في حال» (مصراته spelling). GNU forces «تتمركز "
        "… في ترهونة منذ مطلع الشهر» is presence, not a movement; the UAE and Egypt are not movement places.",
 "rl5": "Al-Mashhad style, Msallata dateline (venue of the truce, not a movement place): the 444 Brigade to leave "
        "Al-Khadra for Tripoli «شريطة» a neutral force takes over (conditional), that joint force to set out from "
        "Al-Khums for Al-Khadra next week (planned), Bani Walid gunmen pulled back from the hills round Tarhuna to "
        "«مدينتها» (reported withdraw, actor null), a Misrata force moved by sea to Al-Khums port (reported landing) "
        "and the LNA's denied cargo flight Benina air base→Bani Walid airport. Algeria and Tunisia (countries) and the "
        "Tunisian units already on «الحدود مع ليبيا» are not movements. Traps الخمسي and السنوات الخمس around the "
        "gold الخمس, and «نحو الساحل» (Sahel).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("rl1", "rl2", "rl3", "rl4", "rl5")
