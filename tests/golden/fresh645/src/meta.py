# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                           # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 # xw1 the House of Representatives' defence committee (Al-Quds Al-Arabi, Benghazi)
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 # xw2 the High Council of State and the GNU defence ministry (Monte Carlo Doualiya, Tripoli)
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),       # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 # xw3 the Libyan speaker in Cairo and the Egyptian defence committee (Al-Wafd, Cairo)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة, names include شرق ليبيا)
 # xw4 the GNU interior minister's press conference, seen from Beirut (Nidaa Al-Watan, Beirut)
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "qasrbenghashir": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),              # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "qalamoun": ("town", "LB", 34.3870, 35.7870, "Qalamoun (North Lebanon)"),              # K
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "akkar": ("district", "LB", 34.54278, 36.07972, "Akkar"),                              # G* (row حلبا (Akkar))
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 # xw5 the Presidential Council and Kufra (Al-Sudani, Kufra)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                      # G* (row مثلث العوينات)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "tripoint_sd_td": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
}

TRAPS = {
 "xw1": ["القدس العربي", "المرجاوي", "الجيش الوطني الليبي", "مالياً", "غرفة عمليات تحرير سرت", "عبد الرؤوف السرتي",
         "مجلس النواب الليبي"],
 "xw2": ["مونت كارلو الدولية", "الطرابلسي", "اللواء 444 قتال", "منطقة الساحل الغربي العسكرية", "التونسية", "زنتانية"],
 "xw3": ["الوفد", "مجلس النواب المصري", "القيادة العامة للجيش الوطني الليبي", "الجيش المصري", "حرس الحدود المصري", "الليبية", "الملك إدريس السنوسي"],
 "xw4": ["نداء الوطن", "وزير الداخلية الليبي", "الجيش اللبناني", "خفر السواحل الليبي", "السواحل الليبية"],
 "xw5": ["السوداني", "سبل السلام", "منطقة الكفرة العسكرية", "الجيش الوطني الليبي", "الدعم السريع", "سودانية", "إدريس الزوي"],
}

PHEN = {
 "xw1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "coverage_bases", "coverage_oil", "countries"],
 "xw2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "xw3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_neighbours", "countries"],
 "xw4": ["clitics", "multiword", "media_trap", "nisba", "ambiguity_tripoli", "vague_area", "town_vs_district",
         "coverage_crossings", "countries"],
 "xw5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase",
         "town_vs_district", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "xw1": [
  mv("redeploy", "reported", "Libyan National Army", ["المرج"], ["سرت"], ["اجدابيا"]),
  mv("reinforce", "planned", "Libyan National Army", ["قاعدة بنينا"], ["قاعدة الجفرة الجوية"]),
  mv("advance", "conditional", "Libyan National Army", ["الوشكة"], ["أبوقرين"]),
  mv("withdraw", "denied", "Wagner Group", ["الجفرة"], ["مالي"]),
  mv("mobilise", "reported", "Misrata forces", [], ["أبوقرين"]),
 ],
 "xw2": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية"], ["جنزور"]),
  mv("naval_landing", "reported", "GNA forces", [], ["مصفاة الزاوية"]),
  mv("redeploy", "planned", "GNA forces", ["قاعدة الوطية"], ["منفذ وازن"], ["نالوت"]),
  mv("advance", "conditional", "Misrata forces", ["مصراتة"], ["تاجوراء"]),
  mv("mobilise", "reported", "Zintan forces", [], ["العزيزية"]),
  mv("airlift", "denied", "Turkish armed forces", ["أنقرة"], ["مطار امعيتيقة"]),
 ],
 "xw3": [
  mv("shipment", "denied", "Egyptian army", [], ["قاعدة الخادم"]),
  mv("reinforce", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سيوة"], ["مرسى مطروح"]),
  mv("deploy", "planned", "Libyan National Army", ["طبرق"], ["امساعد"]),
  mv("advance", "conditional", "Egyptian army", [], ["شرق ليبيا"]),
 ],
 "xw4": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["ترهونة"], ["قصر بن غشير"]),
  mv("withdraw", "conditional", "GNA forces", ["ترهونة"], ["طرابلس"]),
  mv("naval_landing", "planned", "GNA forces", ["ميناء طرابلس"], ["ميناء الخمس"]),
  mv("advance", "denied", "Wagner Group", ["الجفرة"], ["بني وليد"]),
 ],
 "xw5": [
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["جبل العوينات", "الحدود مع السودان"]),
  mv("airlift", "planned", "Libyan National Army", ["مطار بنينا"], ["مطار الكفرة"]),
  mv("reinforce", "conditional", "Libyan National Army", ["تازربو"], ["ربيانة"]),
  mv("shipment", "denied", "Sudanese armed groups", ["الكفرة"], ["شمال دارفور"]),
 ],
}

NOTES = {
 "xw1": "The HoR defence committee chair (MP for Tobruk; his name al-Marjawi is a trap) reports two LNA battalions moved "
        "Al-Marj→Sirte via Ajdabiya and announces a helicopter squadron Benina base→Jufra air base; an operations-room "
        "commander (office name with Sirte = trap) says units in Al-Washka will not advance on Abu Qurayn unless "
        "attacked (Tripoli only seat of the government); the HoR spokesman denies Wagner's pull-out from Jufra and "
        "airlift to Mali ('مالياً' = trap); the Misrata MP (al-Sirti = trap) reports his city's brigades massing 40 "
        "vehicles in Abu Qurayn. Benghazi (dateline, venue), Tobruk and Misrata (constituencies), Geneva (ceasefire) "
        "and Es Sider port (oil exports) are not movement places; headline moves repeat body moves.",
 "xw2": "The High Council of State welcomes a GNU force Tripoli→Zawiya via Janzour (Tripoli also venue/dateline) and two "
        "navy boats land 40 men at the Zawiya refinery; the defence spokesman (al-Trabelsi = trap) announces a "
        "border-guard company Al-Watiya base→Wazin crossing via Nalut (the border with Tunisia and Dehiba only locate "
        "the crossing, Tunis the agreement); Misrata's military council will not "
        "leave Misrata for Tajura except at the Presidential Council's request (conditional; Misrata also the "
        "speaker's city); Zintani brigades ('زنتانية' = nisba trap) reported massing in "
        "Al-Aziziyah; the HCS head denies Turkish troop flights Ankara→Mitiga airport (Turkey only as partner).",
 "xw3": "In Cairo the Libyan speaker denies Egyptian arms shipments to Al-Khadim base (Benghazi only locates it) and "
        "came from Algeria (a visit, country); an Egyptian MP (for Marsa Matruh) reports units Mohamed Naguib base→Siwa "
        "via Marsa Matruh (Jaghbub only a distance reference), a planned LNA battalion Tobruk→Emsaed (Sallum only the "
        "partner's location) and a conditional Egyptian advance into eastern Libya (Sirte–Jufra only the condition).",
 "xw4": "A Beirut daily on the GNU interior minister: a joint force Tripoli→Tarhuna via Qasr Bin Ghashir (reported), "
        "its conditional return Tarhuna→Tripoli barracks, a planned marine company Tripoli port→Khoms port, and a "
        "denied Wagner advance Jufra→Bani Walid; migrant boats from North Lebanon/Qalamoun/Tripoli (Lebanon) port and "
        "arrests in Lebanese Tripoli are not armed-force movements.",
 "xw5": "The Presidential Council (in Tripoli) calls for a joint force; Subul al-Salam (trap) sends 25 vehicles "
        "Kufra→Jebel Uweinat on the border with Sudan (both destinations), a planned airlift Benina airport→Kufra "
        "airport announced by the Kufra municipality head, a conditional company Tazirbu→Rebiana if RSF infiltrate "
        "via the Chad–Sudan triangle (condition only), and a denied RSF fuel convoy Kufra→North Darfur; aid from "
        "Benghazi is civilian.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("xw1", "xw2", "xw3", "xw4", "xw5")
