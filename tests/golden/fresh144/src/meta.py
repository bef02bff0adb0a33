# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                    # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                   # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                  # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                           # G
 # ep1 Sabratha (Al Jazeera Net)
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                                # G
 "sabratha_mun": ("district", "LY", 32.79335, 12.48845, "Sabratha municipality"),           # G* (town row)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                    # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                        # G (row قاعدة الوطية)
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),        # G (row مجمع مليتة)
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                                 # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                    # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                               # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                    # G (row قاعدة أبوستة البحرية)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                      # G
 # ep2 Al Qatrun (Al-Hadath)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                 # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),            # G* (town row)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                        # G* (row جنوب ليبيا)
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                               # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                   # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                     # G (row قاعدة تمنهنت)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                    # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                            # G (row قاعدة الويغ)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),                # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                   # G* (row الحدود الليبية النيجرية)
 # ep3 Bani Walid (Erem News)
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                             # G
 "baniwalid_mun": ("district", "LY", 31.74554, 13.98354, "Bani Walid municipality"),        # G* (town row)
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                    # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                                  # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                     # G
 # ep4 Debdeb / In Amenas (Echorouk Online)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                     # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                                # G (row عين أميناس)
 "border_dz": ("region", "DZ", 29.20, 9.45, "Algeria-Libya border (Algerian side)"),        # K
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi province"),                      # G (row ولاية إليزي)
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                   # G
 "bod": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),                              # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                                 # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),            # G* (town row)
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                                  # G
 "debdeb_crossing": ("crossing", "DZ", 29.97, 9.45, "Debdeb border crossing"),             # K
 # ep5 Oil Crescent (Youm7)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                      # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                      # G
 "sidra": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),                  # G (row ميناء السدرة)
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil terminal"),         # G (row راس لانوف)
 "raslanuf": ("town", "LY", 30.50000, 18.52720, "Ras Lanuf"),                               # G* (row راس لانوف, kind town)
 "raslanuf_airport": ("airport", "LY", 30.50000, 18.52720, "Ras Lanuf Oil Airport"),        # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                             # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                                 # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                      # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                                # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                      # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                               # G
}

TRAPS = {
 "ep1": ["الجزيرة نت", "شارع الزاوية", "المجلس العسكري زوارة", "مصطفى الصبراتي", "المنطقة العسكرية الوسطى",
         "شارع طرابلس", "الجالية التونسية"],
 "ep2": ["الحدث", "عمر القطروني", "كتيبة طارق بن زياد", "المنطقة العسكرية سبها", "التشادية", "إدريس الشريف"],
 "ep3": ["إرم نيوز", "ورفلة", "المجلس العسكري مصراتة", "سالم الترهوني", "اللواء 444 قتال", "أسامة الطرابلسي"],
 "ep4": ["الشروق أونلاين", "الجيش الوطني الشعبي", "التراب الليبي", "ليبية", "جزائرية", "دعم مالي"],
 "ep5": ["اليوم السابع", "القوة القاهرة", "الجيش الوطنى الليبى", "شركة راس لانوف لتصنيع النفط والغاز",
         "حرس المنشآت النفطية", "الأطراف الليبية"],
}

PHEN = {
 "ep1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours"],
 "ep2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "ep3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_tripoli",
         "town_vs_district",
         "coverage_bases"],
 "ep4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "ep5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


GNA, LNA, MIS = "GNA forces", "Libyan National Army", "Misrata forces"
CHAD, DZA = "Chadian armed groups", "Algerian army"

MOVES = {
 "ep1": [
  # 09:35 + 11:50 correction: one column; the corrected origin (Tripoli) only, the misreported Watiya is no movement place
  mv("deploy", "reported", GNA, ["طرابلس"], ["صبراتة"], ["الزاوية", "صرمان"]),
  # 10:20 claim, denied at 11:05 by the Zuwara military council (local force, no canonical actor)
  mv("advance", "denied", None, ["زوارة"], ["مجمع مليتة"]),
  # 12:40 marines landed on the Sabratha shore from Abu Sitta («ساحل» outside the surface)
  mv("naval_landing", "reported", GNA, ["قاعدة أبوستة البحرية"], ["صبراتة"]),
  # 13:15 «ستتحرك مساء الخميس لتعزيز»
  mv("reinforce", "planned", MIS, ["مصراتة"], ["صبراتة"]),
  # 14:40 «انسحبوا من وسط المدينة ... باتجاه العجيلات» (one of the two local groups, unnamed)
  mv("withdraw", "reported", None, ["صبراتة"], ["العجيلات"]),
  # 15:20 «ستتقدم إلى العجيلات إذا ...»; no origin written
  mv("advance", "conditional", GNA, [], ["العجيلات"]),
 ],
 "ep2": [
  # 05:40 «هاجموا ... قادمين من جهة تجرهي»
  mv("advance", "reported", CHAD, ["تجرهي"], ["القطرون"]),
  # 08:30 + 09:50 correction: landed at Tamanhint, not Sabha airport
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة تمنهنت"]),
  # 10:40 «ستتحرك براً من هناك ... عبر مرزق»
  mv("reinforce", "planned", LNA, ["قاعدة تمنهنت"], ["القطرون"], ["مرزق"]),
  # 11:25 claim, denied at 12:05
  mv("withdraw", "denied", LNA, ["قاعدة الويغ"], ["القطرون"]),
  # 13:30 «ستلاحق ... حتى منفذ التوم ... إذا ثبت»; the border phrase locates Toummo
  mv("advance", "conditional", LNA, [], ["منفذ التوم"]),
  # 14:10 «انسحبوا من محيط المدينة جنوباً باتجاه تجرهي»
  mv("withdraw", "reported", CHAD, ["القطرون"], ["تجرهي"]),
  # 15:00 the municipality declares «النفير العام» among the town's young men (local, no canonical actor)
  mv("mobilise", "reported", None, [], ["القطرون"]),
 ],
 "ep3": [
  # 09:05 + 11:40 correction: the column stopped at Tarhuna
  mv("deploy", "reported", GNA, ["طرابلس"], ["ترهونة"]),
  # 11:40 «ستدخل المدينة صباح السبت» (10:30's false entry is this planned entry); no origin written
  mv("deploy", "planned", GNA, [], ["بني وليد"]),
  # 12:20 claim, denied at 13:10
  mv("mobilise", "denied", MIS, ["مصراتة"], ["زليتن"]),
  # 14:00 «ستتحرك نحو بني وليد إذا تعرض أهلها لأي هجوم»
  mv("advance", "conditional", LNA, ["قاعدة الجفرة الجوية"], ["بني وليد"]),
  # 15:15 supply trucks for the column
  mv("shipment", "reported", GNA, ["طرابلس"], ["ترهونة"]),
 ],
 "ep4": [
  # 08:20
  mv("reinforce", "reported", DZA, ["ورقلة"], ["عين أمناس"]),
  # 09:40 helicopters
  mv("airlift", "reported", DZA, ["برج عمر إدريس"], ["الدبداب"]),
  # 10:55 claim, denied at 11:30
  mv("advance", "denied", DZA, [], ["غدامس"], ["الحدود مع ليبيا"]),
  # 12:45 «ستُنقل من جانت إلى الدبداب»
  mv("redeploy", "planned", DZA, ["جانت"], ["الدبداب"]),
  # 14:10 «ستدفع بقوة من طرابلس إلى المدينة إذا ...»
  mv("deploy", "conditional", GNA, ["طرابلس"], ["غدامس"]),
 ],
 "ep5": [
  # 09:00
  mv("naval_landing", "reported", LNA, ["بنغازى"], ["ميناء السدرة"]),
  # 10:15 claim, denied at 10:50
  mv("advance", "denied", MIS, ["أبوقرين"], ["الوشكة"]),
  # 11:40 + 12:25 correction (cargo, not troops: still an airlift)
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار راس لانوف"]),
  # 13:30 «ستتمركز ... بدءاً من الأحد»
  mv("redeploy", "planned", LNA, ["أجدابيا"], ["راس لانوف"]),
  # 14:45 «ستعود ... فور استئناف التصدير»
  mv("withdraw", "conditional", LNA, ["ميناء السدرة"], ["بنغازى"]),
  # 16:10 army lorries with ammunition and fuel (cargo, no troops)
  mv("shipment", "reported", LNA, ["البريقة"], ["راس لانوف"]),
 ],
}

NOTES = {
 "ep1": "Live blog (Al Jazeera Net) on clashes in Sabratha: a GNA column whose origin is corrected from Al-Watiya to "
        "Tripoli (via Zawiya and Surman), a Zuwara move on Mellitah denied, GNA marines landed from Abu Sitta, a planned "
        "Misrata reinforcement, a local group's pull-back to Al-Ajaylat and a conditional GNA advance there.",
 "ep2": "Live blog (Al-Hadath) on an attack on Al Qatrun: Chadian gunmen from Tajarhi and back, an LNA airlift whose "
        "landing site is corrected from Sabha airport to Tamanhint, a planned move on via Murzuq given by «من هناك», "
        "a denied pull-out from Al Wigh, a conditional pursuit to Toummo and the municipality's «النفير العام».",
 "ep3": "Live blog (Erem News) on Bani Walid: a 444 Brigade column first said to have entered the town, corrected to "
        "having stopped at Tarhuna, with the entry now planned; a Misrata build-up in Zliten denied; a conditional LNA "
        "move from Jufra; supply trucks Tripoli→Tarhuna.",
 "ep4": "Live blog (Echorouk Online) on an attack near Debdeb: Algerian reinforcements Ouargla→In Amenas, helicopters "
        "Bordj Omar Driss→Debdeb, a reported incursion towards Ghadames denied by the defence ministry, a planned "
        "Djanet→Debdeb move and a conditional GNA force for Ghadames; the Debdeb crossing closed (no movement).",
 "ep5": "Live blog (Youm7, Egyptian spelling with ى) on the Oil Crescent: an LNA landing at Es Sider from Benghazi, a "
        "Misrata advance Abu Qurayn→Al-Washka denied, a Benina→Ras Lanuf airlift whose cargo is corrected, a planned "
        "Ajdabiya→Ras Lanuf battalion, a conditional return Es Sider→Benghazi and an ammunition convoy Brega→Ras Lanuf.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ep1", "ep2", "ep3", "ep4", "ep5")
BAR_IN_TEXT = True  # ep1's headline has a literal "|" («مباشر |», «تغطية مستمرة |» ...)
