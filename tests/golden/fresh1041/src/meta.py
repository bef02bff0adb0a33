# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries and vague areas
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                              # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                               # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                              # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                # G* (row جنوب ليبيا, written الجنوب الليبي)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                             # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libya side)"),   # G* (row الحدود الليبية التشادية)
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libya side)"),  # G* (row الحدود الليبية النيجرية)
 # Sabha and its quarters
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                 # G (also written سبـها)
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),              # G
 "castle": ("base", "LY", 27.03766, 14.42832, "Sabha Castle (Fort Elena)"),            # G (also written قلعة القاهرة)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                # G* (row قاعدة تمنهنت; written قاعدة تمنهنت الجوية, قاعدة تمنهنط)
 "tayouri": ("district", "LY", 27.03766, 14.42832, "Al-Tayouri (Sabha)"),              # G* (kind town -> district)
 "hajara": ("district", "LY", 27.03766, 14.42832, "Hajara (Sabha)"),                   # G* (kind town -> district)
 "qurda": ("district", "LY", 27.03766, 14.42832, "Al Qurda (Sabha)"),                  # G* (kind town -> district)
 "manshiya": ("district", "LY", 27.03766, 14.42832, "Al Manshiya (Sabha)"),            # G* (kind town -> district)
 "sukra": ("district", "LY", 27.03766, 14.42832, "Sukra (Sabha)"),                     # G* (kind town -> district)
 "abdulkafi": ("district", "LY", 27.03766, 14.42832, "Abdulkafi (Sabha)"),             # G* (kind town -> district)
 "mahdiya": ("district", "LY", 27.03766, 14.42832, "Al Mahdiya (Sabha)"),              # G* (kind town -> district)
 "jadid": ("district", "LY", 27.05000, 14.40000, "Al Jadid (Sabha)"),                  # G* (row الجديد, kind city -> district)
 "samnu": ("town", "LY", 27.27459, 14.88190, "Samnu"),                                 # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                             # G
 # Wadi al-Shati
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),               # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                   # G
 "brak_shati": ("town", "LY", 27.54956, 14.27139, "Brak al-Shati"),                    # G* (row براك, written براك الشاطئ / براك الشاطي)
 "brak_ab": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "qirah": ("town", "LY", 27.58595, 14.35375, "Qirah"),                                 # G
 "tamzawa": ("town", "LY", 27.57154, 14.20234, "Tamzawah"),                            # G
 "aqar": ("town", "LY", 27.53914, 14.16251, "Aqar"),                                   # G
 "birqin": ("town", "LY", 27.54801, 13.62914, "Barqin"),                               # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                   # G
 # Wadi al-Hayat and Ubari
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                 # G (also written أباري)
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari Municipality"),            # G* (Ubari town row, kind district)
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                 # G
 "tekerkiba": ("town", "LY", 26.54340, 13.21510, "Tekerkiba"),                         # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                       # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),            # G
 # Murzuq area
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                               # G (also written مرزوق)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 # elsewhere in Libya
 "jufra_ab": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                           # G
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                              # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                             # G
}

TRAPS = {
 "qnd1": ["سبها برس", "طارق بن زياد", "المنطقة العسكرية سبها", "مصطفى السبهاوي", "الجيش الوطني الليبي",
          "الاتفاق الجديد"],
 "qnd2": ["فضاء ليبيا", "المنطقة العسكرية سبها", "علي إدريس", "الوادي"],
 "qnd3": ["العرب في بريطانيا", "الفيلق الأفريقي", "الروسي", "تشاديين"],
 "qnd4": ["أذرتاج", "الجيش الوطني الليبي", "المنطقة العسكرية سبها", "مجلس القيادة العسكرية لإنقاذ الجمهورية",
          "فصيل تشادي", "ليبية", "القوة الجديدة"],
 "qnd5": ["أسطر", "المنطقة العسكرية سبها", "الهلال الأحمر الليبي"],
}

PHEN = {
 "qnd1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "coverage_bases"],
 "qnd2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "ambiguity_idri", "coverage_bases"],
 "qnd3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "coverage_bases", "coverage_neighbours", "countries"],
 "qnd4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "border_phrase",
          "town_vs_district", "coverage_oil", "coverage_neighbours", "countries"],
 "qnd5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "coverage_bases",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"

MOVES = {
 "qnd1": [
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["سبها", "قلعة سبها"]),
  mv("withdraw", "conditional", None, ["الطيوري"], ["حجارة"]),
  mv("deploy", "planned", LNA, [], ["الطيوري"]),
  mv("advance", "conditional", LNA, [], ["حجارة"]),
  mv("withdraw", "denied", LNA, ["مطار سبها"], ["قاعدة تمنهنت"]),
 ],
 "qnd2": [
  mv("redeploy", "reported", LNA, ["قاعدة براك الجوية"], ["إدري"], ["برقن"]),
  mv("redeploy", "reported", LNA, ["إدري"], ["سبها"]),
  mv("withdraw", "conditional", None, ["قيرة"], ["تمزاوة"]),
  mv("deploy", "planned", LNA, [], ["تمزاوة"]),
  mv("reinforce", "denied", LNA, ["سبها"], ["براك الشاطي"]),
 ],
 "qnd3": [
  mv("airlift", "reported", LNA, ["قاعدة الجفرة الجوية"], ["مطار سبها"]),
  mv("redeploy", "planned", LNA, ["قاعدة تمنهنت الجوية"], ["قلعة سبها"]),
  mv("advance", "conditional", LNA, [], ["القرضة", "حجارة"]),
  mv("redeploy", "denied", "Russian forces", ["قاعدة براك الجوية"], ["قاعدة تمنهنت الجوية"]),
  mv("mobilise", "reported", None, [], ["القرضة"]),
 ],
 "qnd4": [
  mv("reinforce", "reported", LNA, ["سبها"], ["أوباري"], ["جرمة"]),
  mv("mobilise", "reported", None, [], ["جرمة"]),
  mv("deploy", "planned", LNA, [], ["تكركيبة", "الغريفة"]),
  mv("withdraw", "conditional", None, ["الغريفة"], ["أباري"]),
  mv("advance", "denied", "Chadian armed groups", [], ["أوباري"], ["الحدود مع النيجر"]),
 ],
 "qnd5": [
  mv("withdraw", "conditional", None, ["المنشية"], ["سكرة"]),
  mv("advance", "denied", None, ["مرزق", "أم الأرانب"], ["حجارة"]),
  mv("deploy", "reported", LNA, ["قلعة سبها"], ["المنشية", "حجارة"]),
  mv("reinforce", "planned", LNA, ["قاعدة تمنهنط"], ["سبها"]),
  mv("shipment", "denied", LNA, ["قاعدة تمنهنط"], ["المنشية"]),
 ],
}

NOTES = {
 "qnd1": "Sabha local news network (Sebha Press) from Sabha on clashes in Al-Tayouri and Hajara: Tariq bin Ziyad "
         "reinforcements Tamanhint air base→Sabha with most of them at Sabha castle (also named «قلعة القاهرة», holds "
         "Cairo), an elders' truce with a conditional pull-back of the Al-Tayouri group to Hajara («فور تسلّم الجيش») "
         "and a planned company in Al-Tayouri («على أن تنتشر»), the brigade's conditional advance on Hajara («إذا "
         "خُرق»), and the Sabha military zone's denial that the airport guard was pulled back to Tamanhint base; "
         "families fleeing to Al-Mahdiya and Al-Jadid, civilian flights from Benghazi and Tripoli, Al-Qurda and "
         "Abdulkafi (last summer's fighting) and elders from Wadi al-Shati are not movements; «الاتفاق الجديد» holds "
         "the quarter name الجديد; «سبها برس», «المنطقة العسكرية سبها» and «مصطفى السبهاوي» hold سبها.",
 "qnd2": "Libyan TV site (Fadaa Libya, Sabha-based) from Brak al-Shati on Wadi al-Shati: a Battalion 128 column Brak "
         "air base→Idri via Birqin, the company it replaces moved Idri→Sabha last month, a conditional pull-back of "
         "the Tamzawa group from around Qirah to Tamzawa («متى أُفرج») with a planned army unit at the Tamzawa gate, "
         "and the Sabha military zone's denial of reinforcements Sabha→Brak al-Shati (written براك الشاطي); the "
         "reopening of the Qirah gate, mediating elders from Idri, Aqar and Birqin, a civilian fuel convoy "
         "Sabha→Brak al-Shati and the headline repeating the Brak→Idri move are not movements; «علي إدريس» holds إدري.",
 "qnd3": "London Arabic news paper/site (Al-Arab fi Britannia, dateline London, with agency copy) on Sabha's fragile truce: two military cargo planes Jufra "
         "air base→Sabha airport with LNA special forces, a planned battalion Tamanhint air base→Sabha castle "
         "(«تعتزم»), the LNA's conditional entry into Al-Qurda and Hajara («لن تدخل ... إلا إذا»), a denied move of "
         "Russian «Africa Corps» personnel Brak air base→Tamanhint air base and armed groups massing in Al-Qurda "
         "(residents, actor null); London (dateline), Tripoli and Al-Rajma (governments by metonymy), the border with "
         "Chad (unguarded, no move), Fezzan (possible spread) and the buses to an undisclosed place are not movement "
         "places.",
 "qnd4": "International agency in Arabic (AZERTAC, dateline Tripoli) on the Sabha–Ubari road: LNA reinforcements "
         "Sabha→Ubari via Germa, gunmen gathering on the edge of Germa (residents, actor null), a planned Battalion "
         "116 deployment in Tekerkiba and Al-Ghurayfa («من المقرر»), the local group's conditional pull-back "
         "Al-Ghurayfa→Ubari (written أباري, «شرط») and a Chadian rebel group's denied crossing of the border with "
         "Niger towards Ubari; the attack on the Tekerkiba checkpoint, the closure of the Ghurayfa gate, the road to "
         "the Sharara field and the 55-km distance reference are not movements.",
 "qnd5": "Libyan paper/site (Asstor) retelling a tribal council statement from Sabha: Awlad Suleiman's youth "
         "conditionally leaving Al-Manshiya for Sukra («لن يغادروا ... إلا بعد»; Hajara only in the condition), the "
         "claimed and denied entry of gunmen from Murzuq and Umm al-Aranib into Hajara (actor null; «لم يتحرك أحد من "
         "مرزوق» repeats the denial), a Battalion 116 company Sabha castle→the contact lines between Al-Manshiya and "
         "Hajara, a planned reinforcement Tamanhint base (written تمنهنط)→Sabha and the zone's denied ammunition "
         "shipment Tamanhint→Al-Manshiya; the headline, families displaced to Samnu and Ghuddwa, Chad and Niger "
         "(accused backers) and the 2012/2014 background are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qnd1", "qnd2", "qnd3", "qnd4", "qnd5")
