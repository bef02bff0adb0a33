# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# G* = gazetteer row reused under another label/spelling (listed in the README). No row here is own knowledge.
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                    # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                   # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 # Sirte front, Misrata, the Oil Crescent (qrr1)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                     # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                 # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                           # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                                # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                     # G
 "bin_jawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                             # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                     # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                     # G
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                              # G (district row)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                               # G (written اجدابيا and أجدابيا)
 # Zawiya, Warshefana, the coastal road (qrr2)
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                   # G
 "zawiya_mun": ("district", "LY", 32.54560, 12.62698, "Az Zawiya municipality/district"),  # G* (row district:LY-ZA)
 "warshefana": ("region", "LY", 32.51012, 13.02794, "Warshefana"),                         # G* (row الجفارة, whose names hold ورشفانة)
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Maya"),                                    # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziya"),                              # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                                 # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                               # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                                 # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                   # G (also written زنتان)
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),         # G* (row منفذ رأس جدير, written معبر رأس اجدير)
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                               # G
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libya side)"),  # G* (row الحدود الليبية التونسية)
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                     # G* (row عمان, written عمّان)
 # Fezzan (qrr3)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                     # G
 "sabha_castle": ("base", "LY", 27.03766, 14.42832, "Sabha Castle (Fort Elena)"),          # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                  # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                       # G (row براك, written براك الشاطئ)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                       # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                   # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                   # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq District"),                 # G (district row, written شعبية مرزق)
 "ghudwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                    # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                          # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                        # G
 "el_feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                                 # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                 # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G (row جنوب ليبيا; also written الجنوب الليبي)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                     # G
 # Eastern Libya and Egypt (qrr4)
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),           # G* (row برقة, whose names hold شرق ليبيا)
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                       # G
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjila"),                                   # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),        # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                   # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),                  # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                     # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                                 # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                             # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                   # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 # Chad and the Libya-Chad border (qrr5)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                              # G
 "ndjamena_airport": ("airport", "TD", 12.13370, 15.03400, "N'Djamena International Airport"),  # G (row مطار إنجامينا)
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                               # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                     # G
 "aozou": ("town", "TD", 21.83750, 17.42750, "Aozou"),                                     # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                          # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                               # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libya side)"),   # G* (row الحدود الليبية التشادية)
}

TRAPS = {
 "qrr1": ["البلاد", "الجيش الوطني الليبي", "لواء طارق بن زياد", "الليبي"],
 "qrr2": ["راديو البلد", "المجلس الاجتماعي لقبائل ورشفانة", "جامعة الزاوية", "جهاز دعم الاستقرار"],
 "qrr3": ["إذاعة المكلا", "الجيش الوطني الليبي", "بركة إدريس", "التشادية", "أولاد سليمان"],
 "qrr4": ["إذاعة الشارقة", "الجيش الوطني الليبي", "مصرياً", "المصري", "المصرية", "مصرية", "سودانيين"],
 "qrr5": ["قناة بغداد", "جبهة التناوب والوفاق في تشاد", "جبهة التناوب", "محمد إدريس ديبي", "الجيش الوطني الليبي",
          "التشادية", "التشادي", "الزوار"],
}

PHEN = {
 "qrr1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "coverage_bases", "coverage_neighbours", "countries"],
 "qrr2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap",
          "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qrr3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "town_vs_district", "coverage_bases", "coverage_oil"],
 "qrr4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qrr5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qrr1": [
  mv("deploy", "reported", "GNA forces", ["مصراتة"], ["أبوقرين"]),
  mv("withdraw", "reported", "Libyan National Army", ["الوشكة"], ["سرت"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة القرضابية"], ["بن جواد"]),
  mv("withdraw", "conditional", "GNA forces", ["أبوقرين"], []),
  mv("advance", "denied", "Misrata forces", ["مصراتة"], ["الوشكة"]),
 ],
 "qrr2": [
  mv("withdraw", "reported", "GNA forces", ["الماية"], ["جنزور"]),
  mv("deploy", "reported", "GNA forces", [], ["الماية", "الزاوية"]),
  mv("deploy", "planned", "Zintan forces", ["زنتان"], ["العزيزية"]),
  mv("advance", "conditional", "GNA forces", ["الزاوية"], ["ورشفانة"]),
  mv("shipment", "denied", None, ["مصراتة"], ["الزاوية"]),
 ],
 "qrr3": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["مرزق"], ["غدوة"]),
  mv("withdraw", "reported", "Libyan National Army", ["قلعة سبها"], ["قاعدة تمنهنت"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار سبها"]),
  mv("advance", "conditional", "Libyan National Army", [], ["أم الأرانب"]),
  mv("advance", "denied", "Chadian armed groups", ["القطرون"], ["تراغن"]),
 ],
 "qrr4": [
  mv("mobilise", "reported", "Libyan National Army", [], ["أوجلة"]),
  mv("deploy", "reported", "Libyan National Army", ["أجدابيا"], ["منفذ امساعد"], ["طبرق"]),
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["السلوم"]),
  mv("withdraw", "planned", "Libyan National Army", ["أوجلة", "جالو"], ["أجدابيا"]),
  mv("advance", "conditional", "Libyan National Army", ["تازربو"], ["الكفرة"]),
  mv("naval_landing", "denied", "Egyptian army", [], ["ميناء طبرق"]),
 ],
 "qrr5": [
  mv("airlift", "reported", "Chadian army", ["مطار إنجامينا"], ["فايا لارجو"]),
  mv("withdraw", "reported", "Chadian armed groups", ["أم الأرانب", "القطرون"], ["كوري بوقودي"]),
  mv("deploy", "planned", "Chadian army", ["زوار"], ["أوزو"]),
  mv("reinforce", "conditional", "Libyan National Army", [], ["الحدود مع تشاد"]),
  mv("shipment", "denied", "Chadian armed groups", ["الكفرة"], ["تيبستي"]),
 ],
}

NOTES = {
 "qrr1": "Bahraini daily (Al-Bilad «البلاد») from Sirte on an LNA-GNU detainee exchange under the 5+5 commission: a GNU "
         "military-police battalion escorting the released detainees' buses Misrata→Abu Qurayn (the buses are civilian), "
         "two LNA companies pulled back Al-Washka→Sirte, a planned Tariq bin Ziyad unit Gardabya base→Bin Jawad, the GNU "
         "columns' conditional pull-out from Abu Qurayn and a denied Misrata advance towards Al-Washka; Tripoli («طرابلس "
         "لن تقبل», chief of staff), Benghazi (command, civilian flight), Chad/Niger/Jufra (detainees), the Oil Crescent "
         "(road's end), Brega (past exchange) and the headline are not movement places; «البلاد» is a media trap.",
 "qrr2": "Jordanian community radio (Radio Al-Balad «راديو البلد», Amman) on the Zawiya-Warshefana reconciliation: Red "
         "Crescent ambulances carrying freed detainees Al-Aziziya→Zawiya municipality (civilian), a Stability Support "
         "Apparatus force withdrawn Al-Maya→Janzour, a GNU military-police buffer between Al-Maya and Zawiya, a planned "
         "neutral force Zintan (written زنتان)→Al-Aziziya, a conditional GNU advance Zawiya→Warshefana and a denied arms "
         "shipment Misrata→Zawiya (actor null); mediators from Gharyan and Zintan, 2017 displacement Al-Maya→Al-Aziziya, "
         "Sabratha/Janzour (past road closure), Ras Ajdir on the border with Tunisia (goods trucks) and Tripoli (government) are not movements.",
 "qrr3": "Yemeni radio (Al-Mukalla Radio «إذاعة المكلا») from Sabha on a Tebu-Awlad Suleiman deal: two LNA companies "
         "escorting the freed Tebu detainees' convoy Sabha→Murzuq via Ghuddwa, an LNA company pulled back Sabha castle→"
         "Tamanhint base, a planned LNA military flight Benina air base→Sabha airport, the LNA's conditional entry into "
         "Umm al-Aranib and a denied move of Chadian opposition gunmen Al-Qatrun→Traghen; Brak al-Shati (signing), Idri and "
         "Wadi al-Shati (mediators), El Feel field (guard unchanged), Murzuq district, Fezzan, 2019 displacement "
         "Murzuq→Sabha/Ubari are not movement places; «بركة إدريس» holds إدري.",
 "qrr4": "Emirati radio (Sharjah Radio «إذاعة الشارقة») on 14 Egyptian workers freed near Jalu: LNA units massed around "
         "Awjila (mobilise), an LNA patrol escorting the workers' civilian bus Ajdabiya→Amsaad crossing via Tobruk, "
         "Egyptian army reinforcements Marsa Matruh→Sallum, a planned LNA pull-back from around Awjila and Jalu→Ajdabiya, a conditional LNA "
         "advance Tazirbu→Kufra and a denied Egyptian special-forces landing at Tobruk port; eastern Libya (sources), the "
         "kidnap road Awjila-Jalu, Cairo (thanks), the workers' return to Marsa Matruh and Egypt (diplomacy) are not "
         "movements; مصر occurs inside مصرياً/المصري/المصرية/مصرية.",
 "qrr5": "Iraqi TV (Baghdad TV «قناة بغداد») datelined N'Djamena on a Chad-FACT prisoner exchange: a Chadian army plane "
         "airlifting a presidential-guard unit N'Djamena airport→Faya-Largeau, FACT fighters withdrawing from near Umm "
         "al-Aranib and Al-Qatrun to Kouri Bougoudi, a planned Chadian army company Zouar→Aozou, the LNA's conditional "
         "reinforcement of the border with Chad (Libya side; southern Libya only in the condition) and FACT's denied "
         "transfer of weapons/prisoners Kufra→Tibesti; visitors from Faya-Largeau (الزوار holds زوار), the exchange near "
         "Zouar, Libya/Niger mediators, Benghazi command and fighters' return to Chad are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qrr1", "qrr2", "qrr3", "qrr4", "qrr5")
