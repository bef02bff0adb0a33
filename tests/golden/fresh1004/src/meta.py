# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 # Egypt: Matrouh governorate (Western Military Zone)
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G (row مطروح district:EG-MT, written محافظة مطروح)
 "matruh_airport": ("airport", "EG", 31.32540, 27.22170, "Mersa Matruh Airport"),       # G
 "matruh_port": ("crossing", "EG", 31.358, 27.240, "Port of Marsa Matruh"),             # K
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "sallum_plateau": ("region", "EG", 31.50, 25.10, "Sallum plateau"),                    # K
 "barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                         # G
 "barrani_base": ("base", "EG", 31.466, 25.878, "Sidi Barrani Air Base"),               # K
 "negaila": ("town", "EG", 31.40710, 26.58320, "An-Najaylah"),                          # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "border_eg": ("region", "EG", 31.0, 25.2, "Egypt-Libya border (Egyptian side)"),       # K
 # Egypt: Nile valley and New Valley
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "cairo_west": ("base", "EG", 30.1164, 30.9158, "Cairo West Air Base"),                 # K
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "wadi_jadid": ("district", "EG", 24.79939, 28.92955, "New Valley Governorate"),        # G (row الوادي الجديد, written محافظة الوادي الجديد)
 "kharga": ("town", "EG", 25.45101, 30.54653, "Kharga"),                                # G
 "farafra": ("town", "EG", 27.05680, 27.96979, "Farafra"),                              # G
 "east_owainat": ("town", "EG", 22.58570, 28.71660, "East Owainat"),                    # G* (row مطار شرق العوينات, used for the area)
 "east_owainat_airport": ("airport", "EG", 22.58570, 28.71660, "Shark El Oweinat International Airport"),  # G
 # eastern Libya
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة, found by شرق ليبيا / الشرق الليبي)
 "border_ly_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libyan side)"),  # G* (row الحدود الليبية المصرية)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "tobruk_airbase": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),   # G* (row مطار طبرق, kind base)
 "bardia": ("town", "LY", 31.75601, 25.08530, "Bardia"),                                # G (row بردية)
 "amsaad": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G
 "kambut": ("town", "LY", 31.90434, 24.47840, "Kambut"),                                # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                           # G
 # the Libya-Egypt-Sudan tripoint and Sudan
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                            # K
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),     # G* (row مثلث العوينات, written المثلث الحدودي)
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G (row خرطوم)
}

TRAPS = {
 "qlr1": ["راديو مصر", "المنطقة الغربية العسكرية", "الجيش الوطني الليبي", "المطروح", "مصرية", "المصري", "ليبية"],
 "qlr2": ["القاهرة والناس", "الطنطاوي", "المنطقة العسكرية طبرق", "الجيش الوطني الليبي", "الزاوية السنوسية",
          "محمد بن علي السنوسي", "الليبية", "مصرية", "المصري"],
 "qlr3": ["صوت العرب", "المنطقة الغربية العسكرية", "رعد 2026", "الدمياطي", "جامعة مطروح", "وكالة الأناضول",
          "المطروحة", "مجلس النواب الليبي", "الجيش المصري", "مصرية"],
 "qlr4": ["TeN", "الجيش الوطني الليبي", "البرديسي", "أكاديمية ناصر العسكرية", "الجزيرة مباشر", "مصرية", "مصري",
          "الليبية", "البريطانية", "الإيطالية"],
 "qlr5": ["البشاير", "الدعم السريع", "سبل السلام", "الفيومي", "السودانية", "سودانية", "مصري", "المصرية"],
}

PHEN = {
 "qlr1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qlr2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "qlr3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qlr4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "qlr5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qlr1": [
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["السلوم"], ["سيدي براني"]),
  mv("reinforce", "planned", "Egyptian army", ["السلوم"], ["هضبة السلوم"]),
  mv("advance", "denied", "Egyptian army", [], ["البردية", "امساعد"]),
  mv("advance", "conditional", "Egyptian army", [], [], ["منفذ السلوم"]),
  mv("deploy", "reported", "Libyan National Army", ["طبرق"], ["امساعد"]),
 ],
 "qlr2": [
  mv("deploy", "reported", "Egyptian army", ["مرسى مطروح"], ["سيوة"]),
  mv("reinforce", "planned", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سيوة"]),
  mv("advance", "denied", "Egyptian army", [], ["الجغبوب"]),
  mv("advance", "conditional", "Egyptian army", ["سيوة"], ["الجغبوب"]),
  mv("deploy", "reported", "Libyan National Army", ["طبرق"], ["الجغبوب"]),
 ],
 "qlr3": [
  mv("naval_landing", "reported", "Egyptian army", ["الإسكندرية"], ["ميناء مرسى مطروح"]),
  mv("airlift", "planned", "Egyptian army", ["قاعدة غرب القاهرة الجوية"], ["مطار مرسى مطروح"]),
  mv("redeploy", "reported", "Egyptian army", ["النجيلة"], ["سيدي براني"]),
  mv("deploy", "conditional", "Egyptian army", [], ["طبرق"]),
  mv("shipment", "denied", "Egyptian army", ["مرسى مطروح"], ["ميناء طبرق"]),
 ],
 "qlr4": [
  mv("redeploy", "reported", "Libyan National Army", ["بنغازي"], ["طبرق"], ["درنة"]),
  mv("deploy", "reported", "Libyan National Army", ["طبرق"], ["البردي", "كمبوت"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("withdraw", "conditional", "Libyan National Army", ["البردي"]),
  mv("advance", "conditional", "Egyptian army", [], ["امساعد"]),
  mv("airlift", "denied", "Egyptian army", ["مطار مرسى مطروح"], ["مطار الكفرة"]),
 ],
 "qlr5": [
  mv("reinforce", "reported", "Egyptian army", ["الخارجة"], ["شرق العوينات"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["جبل العوينات"]),
  mv("reinforce", "planned", "Egyptian army", ["الفرافرة"], ["شرق العوينات", "مطار شرق العوينات"]),
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("advance", "denied", "Egyptian army", ["شرق العوينات"], ["الكفرة"]),
  mv("advance", "conditional", "Egyptian army", ["شرق العوينات"], ["المثلث الحدودي"]),
 ],
}

NOTES = {
 "qlr1": "Egyptian state radio (Radio Masr, whose name holds مصر) from Sallum (dateline only): a Western Military Zone "
         "convoy Marsa Matruh→Sallum via Sidi Barrani, a planned border-guard company Sallum→the Sallum plateau (the "
         "crossing it overlooks is no move place), a denied Egyptian entry into Bardia and Emsaed, a conditional «لن "
         "تتجاوز منفذ السلوم إلا إذا» (via only) and an LNA battalion reported Tobruk→Emsaed; Sisi's 2020 speech at "
         "Sidi Barrani air base (Sirte–Jufra red line), the crossing's civilian traffic, Matruh governorate and the "
         "common word «المطروح» are background or traps.",
 "qlr2": "A retired general on Al-Kahera Wal Nas (the outlet's name holds القاهرة): a mechanised battalion Marsa Matruh→"
         "Siwa, a planned artillery company Mohamed Naguib base→Siwa (joins the battalion there), a denied Egyptian "
         "entry into Jaghbub, a conditional advance Siwa→Jaghbub and an LNA battalion Tobruk→Jaghbub (the LNA command "
         "«المنطقة العسكرية طبرق» is a trap); the Siwa–border distance, the Jaghbub–Kufra road, the 1925 cession to "
         "Italy and the Senussi lodge («الزاوية السنوسية» holds الزاوية) are background; «الطنطاوي» holds طنطا.",
 "qlr3": "Sout El Arab radio special from Marsa Matruh: a landing ship Alexandria→Matruh port with marines, planned C-130s "
         "Cairo West air base→Matruh airport, air-defence units back from an exercise near Negaila to Sidi Barrani, a "
         "political scientist's conditional «لن ترسل جندياً واحداً إلى طبرق ... إلا إذا» and a denied ammunition ship "
         "Marsa Matruh→Tobruk port (the repeated «باتجاه ليبيا» is the same denial); holidaymakers from Cairo and "
         "Alexandria, the coastal road to Sallum, «جامعة مطروح» and «المطروحة» are no moves.",
 "qlr4": "Ten TV talk show from Cairo on LNA moves in the east: an armoured brigade Benghazi→Tobruk via Derna, companies "
         "from it Tobruk→Bardia (written البردي) and Kambut, a planned ammunition airlift Benina→Gamal Abdel Nasser air "
         "base, the LNA's conditional stay in Bardia, the host's conditional «لو ... فستكون قواتنا في امساعد» and a "
         "denied Egyptian cargo flight Matruh airport→Kufra airport; the border with Egypt is only the road's "
         "direction, Sallum a distance reference, 1941 background; the guest «البرديسي» holds البردي.",
 "qlr5": "Elbashayer (press) from Cairo on the south-western corner: Egyptian reinforcements Kharga→East Owainat, RSF "
         "massing near Jebel Uweinat, a planned battalion Farafra→East Owainat and its airport, a Subul al-Salam "
         "company Kufra→Maaten al-Sarra base, a denied Egyptian column East Owainat→Kufra and a commentator's "
         "conditional East Owainat→the border triangle (Jebel Uweinat in the condition is no move place); Kufra as "
         "the source's seat, Cairo/Benghazi/Khartoum as governments, the tripoint and distances are background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qlr1", "qlr2", "qlr3", "qlr4", "qlr5")
