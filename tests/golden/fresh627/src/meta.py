# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "tarhuna_airport": ("airport", "LY", 32.41, 13.60, "Tarhuna airstrip"),               # K
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "baniwalid_airport": ("airport", "LY", 31.73920, 13.95400, "Bani Walid Airport"),      # G
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                             # G
 "wadirabi": ("town", "LY", 32.77, 13.33, "Wadi al Rabie"),                            # K (gazetteer row has Tripoli's point)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 # xe1 Tarhuna (Al-Quds Al-Arabi)
 "tarhuna_mun": ("district", "LY", 32.43501, 13.63320, "Tarhuna municipality"),         # G* (town row)
 # xe2 Bani Walid (Asharq Al-Awsat)
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                            # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 # xe3 Qasr Bin Ghashir and Wadi al-Rabi (France 24)
 "qbg": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                         # G
 "qbg_mun": ("district", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir municipality"),    # G* (town row)
 "tip_airport": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"), # G
 "south_tripoli": ("region", "LY", 32.76, 13.20, "Southern outskirts of Tripoli"),      # K
 "misrata_port": ("crossing", "LY", 32.37, 15.21, "Port of Misrata (Qasr Ahmed)"),      # K
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 # xe4 Tarhuna airstrip and Al-Khums (Monte Carlo Doualiya)
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس)
 "border_ly_tn": ("region", "TN", 33.05, 11.40, "Tunisia-Libya border (Tunisian side)"),  # K
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 # xe5 the Tarhuna–Bani Walid agreement (Al-Jarida)
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                  # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "bunjem": ("town", "LY", 30.58000, 15.41000, "Bu Njem"),                               # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),          # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
}

TRAPS = {
 "xe1": ["444 قتال", "القدس العربي", "إدريس الفرجاني", "الجيش الوطني الليبي", "الكانيات", "عماد الطرابلسي",
         "الترهونيين"],
 "xe2": ["ورفلة", "الشرق الأوسط", "444 قتال", "المصراتية", "مصراتية", "جيش الوطني الليبي", "طارق بن زياد",
         "القبائل الليبية", "السنوات الخمس", "حسين المغربي"],
 "xe3": ["فرانس 24", "جهاز دعم الاستقرار", "اللواء 111 مجحفل", "قوة الردع الخاصة", "444 قتال", "الترهونية",
         "الزاوية الأمنية"],
 "xe4": ["مونت كارلو الدولية", "عبد الرحمن الخمسي", "إدريس الزليتني"],
 "xe5": ["الجريدة", "مصراتية", "البنود الخمسة", "جيش الوطني الليبي", "الترهونيين", "الورفليين"],
}

PHEN = {
 "xe1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "town_vs_district", "coverage_bases"],
 "xe2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "xe3": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings"],
 "xe4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "ambiguity_tripoli",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "xe5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "xe1": [
  mv("deploy", "reported", "GNA forces", ["عين زارة"], ["ترهونة"], ["وادي الربيع"]),
  mv("withdraw", "conditional", "GNA forces", ["ترهونة"], ["طرابلس"]),
  mv("redeploy", "planned", "GNA forces", [], ["مطار ترهونة"]),
  mv("mobilise", "denied", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["بني وليد"]),
 ],
 "xe2": [
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["ترهونة"], ["مسلاتة"]),
  mv("airlift", "denied", "GNA forces", [], ["مطار بني وليد"]),
  mv("advance", "conditional", "Misrata forces", ["ترهونة"], ["بني وليد"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة الجفرة"], ["الشويرف"]),
 ],
 "xe3": [
  mv("redeploy", "reported", "GNA forces", ["عين زارة"], ["وادي الربيع"]),
  mv("deploy", "reported", "GNA forces", [], ["مطار طرابلس الدولي"]),
  mv("naval_landing", "planned", "GNA forces", ["ميناء مصراتة"], ["ميناء طرابلس"]),
  mv("reinforce", "conditional", "GNA forces", ["قاعدة معيتيقة"], ["عين زارة"]),
  mv("mobilise", "denied", "GNA forces", [], ["وادي الربيع"]),
 ],
 "xe4": [
  mv("airlift", "reported", "GNA forces", ["مطار مصراتة"], ["مطار ترهونة"]),
  mv("naval_landing", "reported", "GNA forces", ["ميناء طرابلس"], ["ميناء الخمس"]),
  mv("deploy", "conditional", "GNA forces", [], ["مسلاتة"]),
  mv("airlift", "planned", "GNA forces", ["مطار ترهونة"], ["مطار بني وليد"]),
  mv("shipment", "denied", None, ["مرفأ طرابلس"], ["ميناء الخمس"]),
 ],
 "xe5": [
  mv("withdraw", "reported", "Misrata forces", ["ترهونة"], ["مصراتة"], ["زليتن"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["القربوللي"]),
  mv("advance", "conditional", "Zintan forces", ["العزيزية"], ["ترهونة"]),
  mv("shipment", "denied", "Libyan National Army", ["سرت"], ["بونجيم"]),
 ],
}

NOTES = {
 "xe1": "Tarhuna after a tribal-council deal: Brigade 444 Ain Zara→Tarhuna via Wadi al-Rabi (positions at the northern "
        "gate and the municipality add nothing); the elders' condition that it leave Tarhuna for Tripoli once police "
        "take over (بمجرد); a planned company to Tarhuna's airstrip (no origin written); the LNA's denial of ex-Kaniyat "
        "fighters massing in Bani Walid after arriving from Jufra air base. Tripoli is also the dateline and the "
        "'90 km south-east of Tripoli' reference; traps: إدريس الفرجاني, عماد الطرابلسي, الترهونيين, القدس العربي.",
 "xe2": "Bani Walid: Misrata brigades reinforce Tarhuna from Misrata via Msallata (Bani Walid only as '90 km' and 'the "
        "road south to'); the Warfalla council denies a plane landing 444 fighters at Bani Walid airport; a Misratan "
        "commander's conditional advance Tarhuna→Bani Walid (ما لم); the LNA's planned battalion Jufra base→Shwayrif "
        "('200 km south of Bani Walid' and the Sudan border are only reference and reason). Cairo = dateline; "
        "Warfalla (tribe) is a trap.",
 "xe3": "South Tripoli: SSA units Ain Zara→Wadi al-Rabi; Brigade 111 to the old Tripoli International Airport (Qasr Bin "
        "Ghashir only locates it); a planned landing ship Misrata port→Tripoli port; Rada's conditional reinforcement "
        "Mitiga base→Ain Zara; Brigade 444 denies massing in Wadi al-Rabi. 'جنوب طرابلس' is one region; 2019 battle "
        "places, Ubari protesters, Sharara, Mitiga airport and the road warning are not movement places.",
 "xe4": "MCD from Tunis: a C-130 Misrata airport→Tarhuna airstrip (headline 'مهبط ترهونة' = same move); marines landed "
        "Tripoli port→Khums port (Tarhuna only 'the road leading to'); their conditional move to Msallata; a planned "
        "flight Tarhuna airstrip→Bani Walid airport; the Khums port denies a ship with armour from Tripoli port in "
        "Lebanon (actor null). Tunis dateline vs Tunisia the country; the border with Libya on the Tunisian side.",
 "xe5": "Al-Jarida (Kuwait): a Misratan battalion withdrew from around Tarhuna to Misrata via Zliten; a planned neutral "
        "military-police force Tripoli→Garabulli (headline spelling القره بوللي, body القربوللي); Zintan's conditional "
        "advance Al-Aziziyah→Tarhuna (Zintan = seat of the council only); the LNA denies an arms shipment Sirte→Bu "
        "Njem (Bani Walid only a locator). Cairo venue vs Egypt; Kuwait City dateline; Zawiya refinery background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("xe1", "xe2", "xe3", "xe4", "xe5")
