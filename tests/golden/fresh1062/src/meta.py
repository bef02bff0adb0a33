# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and capitals
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                  # G
 "abu_dhabi": ("city", "AE", 24.45118, 54.39696, "Abu Dhabi"),                          # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 # Libya: Kufra and the south-east
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Al Kufra District"),             # G
 "south_east_ly": ("region", "LY", 23.30855, 22.08059, "South-eastern Libya"),          # G* (row district:LY-KF as representative point)
 "hawari": ("village", "LY", 24.31667, 23.16667, "Al Hawwari"),                         # G
 "buzayma": ("village", "LY", 25.00000, 22.00000, "Buzayma"),                           # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "arkenu": ("region", "LY", 22.25000, 24.73000, "Jebel Arkenu"),                        # G
 "uweinat_mt": ("region", "LY", 21.93, 24.90, "Jebel Uweinat"),                         # K
 "tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),          # G* (row مثلث العوينات, written المثلث الحدودي)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libya side)"),  # G* (row الحدود الليبية السودانية)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libya side)"),   # G* (row الحدود الليبية التشادية)
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 # Sudan
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                      # G
 "karb": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                           # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "el_fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                          # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "dabbah": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                             # G (row الدبه, written الدبة)
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                              # G
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),            # G
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                        # G
 "wadi_halfa": ("town", "SD", 21.79577, 31.37129, "Wadi Halfa"),                        # G (row وادى حلفا, written وادي حلفا)
 "argeen": ("crossing", "SD", 22.00000, 31.25000, "Argeen land port"),                  # G
 "border_sd_ly": ("region", "SD", 20.8, 25.3, "Sudan-Libya border (Sudan side)"),       # K
 # Egypt
 "east_uweinat": ("town", "EG", 22.5857, 28.7166, "East Oweinat"),                      # K (point of the airport row)
 "east_uweinat_airport": ("airport", "EG", 22.58570, 28.71660, "Shark El Oweinat Airport"),  # G
 "kharga": ("town", "EG", 25.45101, 30.54653, "Kharga"),                                # G
 "new_valley": ("district", "EG", 24.79939, 28.92955, "New Valley Governorate"),        # G
 "aswan": ("city", "EG", 24.09082, 32.89942, "Aswan"),                                  # G
 "abu_simbel": ("town", "EG", 22.34570, 31.61624, "Abu Simbel"),                        # G
 "border_eg_sd": ("region", "EG", 22.22287, 31.25544, "Egypt-Sudan border (Egypt side)"),  # G* (row الحدود المصرية السودانية)
}

TRAPS = {
 "qny1": ["رأي الشعب", "القوات المسلحة", "الفرقة التاسعة عشرة مشاة", "مليشيا الدعم السريع", "الآبار المالحة",
          "الأراضي الليبية", "الليبية", "الطيب الدنقلاوي", "القيادة العامة", "الصحراء الغربية"],
 "qny2": ["الأخبار المسائي", "حرس الحدود", "محمود الأسواني", "مصرية", "قوات الدعم السريع", "السودانية",
          "السودانيين", "شاحنات القمح الخارجة", "القوات المسلحة"],
 "qny3": ["عرب خبر", "المكتب الإعلامي لبلدية الكفرة", "كتيبة سبل السلام", "سبل السلام", "اللواء طارق بن زياد",
          "الدعم السريع", "الهلال الأحمر الليبي", "القيادة العامة"],
 "qny4": ["إذاعة ليبيا الوطنية", "القيادة العامة للقوات المسلحة العربية الليبية", "اللواء 128 معزز",
          "إدارة التوجيه المعنوي", "السوداني", "السودانيين", "مديرية أمن الكفرة", "الأخبار السارة"],
 "qny5": ["قوات الدعم السريع", "الدعم السريع", "وكالة خبر للأنباء", "الجيش السوداني", "حرس الحدود",
          "القيادة العامة الليبية", "مصري", "المفوضية السامية للأمم المتحدة لشؤون اللاجئين"],
}

PHEN = {
 "qny1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area"],
 "qny2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qny3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "town_vs_district", "coverage_bases", "countries"],
 "qny4": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
          "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "qny5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qny1": [
  mv("advance", "reported", "Sudanese army", ["الدبة"], ["وادي هور"]),
  mv("reinforce", "reported", "Sudanese armed groups", ["مليط"], ["المالحة"]),
  mv("withdraw", "conditional", "Sudanese armed groups", ["المالحة"], []),
  mv("advance", "denied", "Sudanese army", [], ["جبل العوينات"]),
  mv("redeploy", "planned", "Sudanese army", ["دنقلا"], ["الدبة"]),
 ],
 "qny2": [
  mv("reinforce", "reported", "Egyptian army", ["الخارجة"], ["شرق العوينات", "مطار شرق العوينات"]),
  mv("deploy", "planned", "Egyptian army", ["شرق العوينات"], ["المثلث الحدودي"]),
  mv("advance", "reported", "Sudanese armed groups", ["كرب التوم"], ["وادي هور"]),
  mv("reinforce", "conditional", "Egyptian army", ["أبو سمبل"], ["منفذ أرقين"]),
  mv("advance", "denied", "Egyptian army", ["شرق العوينات"], ["جبل العوينات", "ليبيا"]),
 ],
 "qny3": [
  mv("deploy", "reported", "Libyan National Army", [], ["مطار الكفرة", "الهواري"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة الخادم"], ["مطار الكفرة"]),
  mv("deploy", "planned", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("withdraw", "conditional", "Libyan National Army", ["بزيمة"], []),
  mv("advance", "denied", "Sudanese armed groups", ["المثلث الحدودي"], ["الكفرة"]),
 ],
 "qny4": [
  mv("reinforce", "reported", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("deploy", "planned", "Libyan National Army", ["قاعدة معطن السارة"], ["جبل العوينات", "جبل أركنو"]),
  mv("mobilise", "reported", None, [], ["جبل العوينات"]),
  mv("redeploy", "reported", "Libyan National Army", ["تازربو"], ["ربيانة"]),
  mv("redeploy", "conditional", "Libyan National Army", ["ربيانة"], ["الحدود مع تشاد"]),
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["المالحة"]),
 ],
 "qny5": [
  mv("reinforce", "reported", "Sudanese armed groups", ["المالحة"], ["كرب التوم"]),
  mv("deploy", "planned", "Sudanese army", [], ["الحدود مع ليبيا"]),
  mv("reinforce", "reported", "Egyptian army", [], ["شرق العوينات"]),
  mv("withdraw", "conditional", "Libyan National Army", ["جبل العوينات"], []),
  mv("airlift", "denied", "Sudanese armed groups", [], ["أبوظبي"], ["مطار الكفرة"]),
 ],
}

NOTES = {
 "qny1": "Sudanese paper (Ra'y al-Sha'b) from Ad-Dabbah (written الدبة, gazetteer الدبه): an army «متحرك» Ad-Dabbah→"
         "Wadi Howar, RSF reinforcements Mellit→Al-Malha, the RSF's conditional pull-out from Al-Malha («ستنسحب ... إذا»), "
         "the army's denied crossing near Jebel Uweinat and a planned battalion Dongola→Ad-Dabbah announced by the "
         "Northern State governor; the refugees' trucks El Fasher/Mellit→Kufra via the triangle are civilian, Port Sudan "
         "and Benghazi are governments by metonymy, «الآبار المالحة» (salty wells) holds المالحة, «الطيب الدنقلاوي» holds "
         "دنقلا and «الصحراء الغربية» is Sudan's western desert, not Western Sahara.",
 "qny2": "Egyptian evening daily (Al-Akhbar Al-Masa'i) from Cairo on East Uweinat: border-guard reinforcements Kharga→"
         "East Uweinat and its airport, planned patrols East Uweinat→the triangle, RSF columns Karb al-Tom→Wadi Howar, a "
         "conditional reinforcement Abu Simbel→the Argeen land port («في حال ... فإن القيادة ستدفع») and a denied Egyptian "
         "advance East Uweinat→Jebel Uweinat/Libya; wheat trucks leaving the East Uweinat project for Aswan («شاحنات القمح "
         "الخارجة», holds الخارجة) and Sudanese arrivals via Argeen from Wadi Halfa are civilian; the byline «محمود "
         "الأسواني» holds أسوان; Kufra and Al-Malha are background.",
 "qny3": "News site Arab Khabar retelling the Kufra municipality media office: refugees' trucks Al-Malha→Kufra via Jebel "
         "Arkenu (civilian), a Subul al-Salam company deployed around Kufra airport and in Al-Hawari, a military transport "
         "plane Al-Khadim base→Kufra airport (written «في المطار»), planned patrols Kufra→Maaten al-Sarra base, a conditional "
         "return from Buzayma («لن تعود ... إلا إذا», the border with Sudan only in the condition) and a denied RSF entry "
         "triangle→Kufra; the Red Crescent medical convoy from Benghazi is civilian and the 2015 clashes are background; "
         "the media office's name holds الكفرة and بلدية الكفرة.",
 "qny4": "Libya National Radio (Benghazi station) on the General Command's south-east: an LNA column Kufra→Maaten al-Sarra "
         "base, planned desert patrols from the base (written «من القاعدة») to Jebel Uweinat and Jebel Arkenu, unidentified "
         "armed groups massing near Jebel Uweinat on the Sudanese side (actor null), units moved Tazirbu→Rebiana, a "
         "conditional redeployment Rebiana→the border with Chad («ستعيد تمركز ... إذا») and denied arms shipments "
         "Kufra→Al-Malha; the deputy commander's visit to Kufra is not a movement, Sudan is only the origin of unnamed "
         "groups, «الأخبار السارة» holds السارة and «مديرية أمن الكفرة» holds الكفرة.",
 "qny5": "Arab agency wire (Khabar News Agency) from Cairo: RSF reinforcements Al-Malha→Karb al-Tom, the Sudanese army's "
         "planned deployment on the border with Libya (Sudan side), Egypt's reported reinforcement of East Uweinat (Egypt "
         "as actor by metonymy), the LNA's conditional withdrawal from Jebel Uweinat («لن تسحب ... إلا إذا») and the RSF's "
         "denied airlift of wounded fighters to Abu Dhabi via Kufra airport; UNHCR's refugee flights Kufra→Benghazi and "
         "refugee trucks from North Darfur are civilian, the UAE's denial is metonymy, the headline repeats the body.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qny1", "qny2", "qny3", "qny4", "qny5")
