# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and foreign places
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (row نجامينا, written أنجمينا)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "border_td_ly": ("region", "TD", 20.9, 20.5, "Chad-Libya border (Chad side)"),         # K
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 # Kufra town and its quarters
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G (also written الكُفرة)
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Al Kufra District"),             # G* (row district:LY-KF, written بلدية الكفرة)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G (also written مطار الكفره)
 "jawf": ("town", "LY", 24.19890, 23.29093, "Al Jawf (Kufra)"),                         # G* (the Kufra town row)
 "tag": ("town", "LY", 24.20487, 23.28570, "At Taj"),                                   # G
 "qadarfi": ("district", "LY", 24.17, 23.27, "Qadarfi (Kufra)"),                        # K
 "shura": ("district", "LY", 24.19, 23.28, "Al-Shura (Kufra)"),                         # K
 "hawari": ("village", "LY", 24.31667, 23.16667, "Al Hawwari"),                         # G
 # the south-east and the roads north
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "buzayma": ("village", "LY", 25.00000, 22.00000, "Buzayma"),                           # G
 "zighan": ("village", "LY", 25.49806, 22.11778, "Az-Zighan"),                          # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),               # G* (row جنوب شرق ليبيا, written الجنوب الشرقي)
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjilah"),                               # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
}

TRAPS = {
 "qoo1": ["مكتب إعلام منطقة الكفرة العسكرية", "منطقة الكفرة العسكرية", "سبل السلام", "لواء طارق بن زياد",
          "مفتاح التاجوري", "الهلال الأحمر الليبي"],
 "qoo2": ["المكتب الإعلامي للحكومة الليبية", "الحكومة الليبية", "لواء طارق بن زياد", "كتيبة سبل السلام",
          "جهاز الإسعاف والطوارئ"],
 "qoo3": ["توبوليب", "مجلس أعيان التبو", "تشاديين", "الليبيين", "كتيبة سبل السلام", "التباوية", "مبدأ الشورى"],
 "qoo4": ["البوابة", "الجيش الوطني الليبي", "كتيبة سبل السلام", "الحكومة التشادية", "الجيش التشادي",
          "داخلي ليبي", "ليبية", "سودانية", "قوات الدعم السريع", "سالم الجالوي", "الباحث الليبي"],
 "qoo5": ["صندوق الأمم المتحدة للسكان", "الجيش الوطني الليبي", "قوات الدعم السريع", "السودانيين"],
}

PHEN = {
 "qoo1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba"],
 "qoo2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "town_vs_district",
          "coverage_bases"],
 "qoo3": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "coverage_bases",
          "coverage_neighbours"],
 "qoo4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "coverage_neighbours", "countries"],
 "qoo5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "vague_area",
          "town_vs_district", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"

MOVES = {
 "qoo1": [
  mv("deploy", "reported", LNA, ["التاج"], ["قدرفي", "الشورى"]),
  mv("reinforce", "reported", LNA, ["أجدابيا"], ["الكفرة"], ["جالو"]),
  mv("deploy", "planned", LNA, [], ["الهواري"]),
  mv("withdraw", "conditional", None, ["مطار الكفره"], []),
  mv("advance", "denied", None, ["ربيانة"], ["الكفرة"]),
 ],
 "qoo2": [
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("deploy", "planned", LNA, [], ["قدرفي", "الجوف"]),
  mv("withdraw", "reported", LNA, ["مطار الكفرة"], ["التاج"]),
  mv("withdraw", "conditional", LNA, ["الكفرة"], []),
  mv("shipment", "denied", None, ["أجدابيا"], ["الكفرة"]),
 ],
 "qoo3": [
  mv("advance", "reported", None, ["الجوف"], ["الشورى"]),
  mv("advance", "denied", "Chadian armed groups", ["تيبستي"], ["الكفرة"], ["ربيانة"]),
  mv("withdraw", "conditional", None, ["قدرفي"], []),
  mv("withdraw", "reported", None, ["مطار الكفرة"], ["الشورى"]),
  mv("redeploy", "planned", LNA, ["قاعدة معطن السارة"], ["الكفرة"]),
 ],
 "qoo4": [
  mv("reinforce", "reported", LNA, ["تازربو"], ["الكُفرة"]),
  mv("deploy", "planned", LNA, [], ["بزيمة", "الزيغن"]),
  mv("withdraw", "conditional", None, ["الشورى"], ["الجوف"]),
  mv("advance", "denied", "Chadian army", [], ["ربيانة"], ["الحدود مع ليبيا"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["مثلث العوينات"]),
 ],
 "qoo5": [
  mv("deploy", "reported", LNA, [], ["قدرفي", "الشورى"]),
  mv("deploy", "planned", LNA, ["الكفرة"], ["ربيانة", "الهواري"]),
  mv("withdraw", "conditional", LNA, ["مطار الكفرة"], ["تازربو"]),
  mv("advance", "denied", "Sudanese armed groups", ["مثلث العوينات"], ["الكفرة"]),
 ],
}

NOTES = {
 "qoo1": "Kufra Military Region media office page (LNA) retold, Kufra, 12 Apr 2026: Subul al-Salam companies from "
         "their Al-Taj base into Qadarfi and Al-Shura (reported), Tariq bin Ziyad reinforcements Ajdabiya→Kufra via "
         "Jalu (flashback, reported), a military-police company to Al-Hawari on Tuesday (planned), a Zuwaya notable's "
         "colloquial «ما يطلعوش من جنب مطار الكفره إلا لو» (conditional pull-back, actor null; Al-Shura only in the "
         "condition) and a denied armed column Rebiana→Kufra (null). Not moves: the Red Crescent convoy from Benghazi, "
         "families returning Al-Hawari→Qadarfi, the headline (repeats the deployment), the dateline; «منطقة الكفرة "
         "العسكرية» and the office name hold الكفرة, «مفتاح التاجوري» holds التاج.",
 "qoo2": "Eastern Libyan Government media office, Benghazi, 14 Apr 2026: a separation force of the Tariq bin Ziyad "
         "brigade to be flown Benina air base→Kufra airport (planned airlift) and then to deploy in Qadarfi and on the "
         "edge of Al-Jawf (planned deploy, no origin written), Subul al-Salam's Sunday pull-back from around Kufra "
         "airport to its Al-Taj base (flashback, reported), the force «لن تغادر الكفرة إلا بعد» (conditional) and denied "
         "arms shipments Ajdabiya→Kufra (null). Not moves: the meeting venue Benghazi, the elders' delegation, twenty "
         "relief trucks, the field hospital near Al-Shura, Tripoli's politicians (metonymy), Jalu and Awjila mediators.",
 "qoo3": "Tebu community site (Toboulib), Kufra, about 16 Apr 2026: Zuwaya gunmen storming Al-Shura from Al-Jawf "
         "(reported, null), the Tebu notables' denial of Chadian fighters Tibesti→Kufra via Rebiana (Chadian armed "
         "groups), Tebu youths «لن يغادروا مواقعهم في قدرفي ... إلا إذا» (conditional, null; the neutral force is only "
         "the condition), Tebu youths' Sunday pull-back from around Kufra airport to Al-Shura (flashback, reported, "
         "null) and a planned LNA company Maaten al-Sarra base→Kufra. Not moves: water trucks sent by Rebiana's people, "
         "the headline; «مبدأ الشورى» is a common word holding الشورى, «تشاديين» holds تشاد.",
 "qoo4": "Pan-Arab portal (Albawaba), Benghazi, about 19 Apr 2026: Subul al-Salam reinforcements Tazirbu→Kufra (written "
         "الكُفرة, reported), planned fixed posts at Buzayma and Az-Zighan, a Zuwaya pull-back Al-Shura→Al-Jawf «في حال» "
         "(conditional, null), Chad's denial that army units crossed the border with Libya towards Rebiana (Chadian "
         "army, via the Chad-side border region) and RSF massing near the Uweinat triangle (reported, Sudanese armed "
         "groups). Not moves: N'Djamena as the speaker's seat, Cairo hosting talks, refugees from Darfur, Egypt's "
         "borders, the headline; «سالم الجالوي» holds جالو.",
 "qoo5": "UNFPA Libya humanitarian update in Arabic, Tripoli, period 10-22 Apr 2026: an LNA separation force deployed at "
         "the entrances of Qadarfi and Al-Shura (reported), patrols to be sent from Kufra to Rebiana and Al-Hawari "
         "(planned), units round Kufra airport to be pulled back to Tazirbu «إذا صمد وقف إطلاق النار» (conditional) "
         "and RSF entry Uweinat triangle→Kufra denied by local authorities. Not moves: 640 displaced families "
         "Qadarfi/Al-Shura→Al-Taj/Al-Hawari, UNFPA's humanitarian flight Benghazi→Kufra airport, its mobile teams "
         "«نشر الصندوق فريقين», refugees on the desert road; Kufra inside «مستشفى الكفرة العام» is kept gold.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qoo1", "qoo2", "qoo3", "qoo4", "qoo5")
