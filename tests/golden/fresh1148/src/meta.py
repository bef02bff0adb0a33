# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries and capitals
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "asyut": ("city", "EG", 27.18096, 31.18368, "Assiut"),                                    # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                   # G
 # Egypt: the Western Military Region, Matrouh coast, Siwa
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                           # G (also written الاسكندرية)
 "ras_el_tin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),                # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),             # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                             # G
 "matruh_airport": ("airport", "EG", 31.32540, 27.22170, "Mersa Matruh Airport"),          # G
 "najaylah": ("town", "EG", 31.40710, 26.58320, "An-Najaylah"),                            # G
 "barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                            # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                   # G (also written سلوم after لل)
 "sallum_port": ("crossing", "EG", 31.59, 25.06, "Sallum land port"),                      # K
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                       # G (also written سيوه)
 "west_eg": ("region", "EG", 25.70408, 28.49824, "Western Desert (Egypt)"),                # G* (row غرب مصر, written الصحراء الغربية)
 "great_sand_sea": ("region", "EG", 26.00000, 25.00000, "Great Sand Sea"),                 # G
 "border_eg_ly": ("region", "EG", 30.5, 25.2, "Egypt-Libya border (Egypt side)"),          # K
 # Libya: Butnan, the Green Mountain, Benghazi
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                   # G (row امساعد, written إمساعد)
 "emsaed_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "bardia": ("town", "LY", 31.75000, 25.08333, "Bardia"),                                   # G
 "kambut": ("town", "LY", 31.90434, 24.47840, "Kambut"),                                   # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                              # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                   # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),                  # G
 "nasser_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),         # G* (row مطار طبرق, airport)
 "ain_ghazala": ("town", "LY", 32.15000, 23.33000, "Ain al Ghazala"),                      # G
 "martuba": ("town", "LY", 32.57421, 22.76353, "Martuba"),                                 # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                     # G (also written درنه)
 "bab_tobruk": ("town", "LY", 32.76704, 22.63669, "Bab Tobruk (Derna)"),                   # G
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                                 # G
 "shahhat": ("town", "LY", 32.80430, 21.86605, "Shahhat"),                                 # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                                  # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "La Abraq Airport"),               # G
 "green_mountain": ("district", "LY", 32.02519, 21.79830, "Al Jabal al Akhdar"),           # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                    # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                               # G (row أجدابيا, written اجدابيا)
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica (eastern Libya)"),           # G* (row برقة, written الشرق الليبي)
 # Libya: the Sirte-Jufra line and the west
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                     # G
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                              # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                                # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                           # G (row أبوقرين)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                 # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
}

TRAPS = {
 "qrg1": ["إذاعة الإسكندرية", "صقر الغرب 2026", "أنور السادات", "المنطقة الغربية العسكرية", "مصرية", "المصرية",
          "الليبية"],
 "qrg2": ["الفضائية المصرية", "الهلال الأحمر المصري", "الجيش الوطني الليبي", "الفيلق الأفريقي الروسي", "حرس الحدود",
          "مساعدات", "المصرية", "المصري", "الليبي"],
 "qrg3": ["هنا درنة", "عملية الكرامة", "عمر المختار", "الجيش المصري", "المصرية", "مصري"],
 "qrg4": ["آخر الأنباء", "عبد السلام الجغبوبي", "الجغبوبي", "المنطقة العسكرية طبرق", "الجيش الوطني الليبي",
          "حرس الحدود", "رعد الصحراء", "الليبية", "الليبي"],
 "qrg5": ["زهرة التحرير", "درع الصحراء 2026", "حسم 2020", "الجيش الوطني الليبي", "الجيش المصري", "مصرية", "مصري",
          "ليبي", "التركية", "تركية"],
}

PHEN = {
 "qrg1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "coverage_bases", "coverage_crossings"],
 "qrg2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qrg3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qrg4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "coverage_bases", "countries"],
 "qrg5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qrg1": [
  mv("deploy", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سيدي براني"], ["مرسى مطروح"]),
  mv("naval_landing", "reported", "Egyptian army", ["قاعدة رأس التين البحرية"], ["النجيلة"]),
  mv("airlift", "planned", "Egyptian army", ["مطار مرسى مطروح"], ["سيوة"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["السلوم"]),
  mv("advance", "denied", "Egyptian army", [], ["الجغبوب"]),
 ],
 "qrg2": [
  mv("reinforce", "reported", "Egyptian army", ["سيدي براني"], ["سلوم", "منفذ السلوم البري"]),
  mv("deploy", "reported", "Libyan National Army", ["طبرق"], ["إمساعد"]),
  mv("deploy", "planned", "Libyan National Army", ["البردي"], ["منفذ امساعد"]),
  mv("deploy", "denied", "Russian forces", [], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("deploy", "conditional", "Egyptian army", ["مرسى مطروح"], ["الحدود مع ليبيا"]),
 ],
 "qrg3": [
  mv("deploy", "reported", "Libyan National Army", ["البيضاء"], ["درنة", "باب طبرق"]),
  mv("redeploy", "planned", "Libyan National Army", ["درنه"], ["عين الغزالة"]),
  mv("withdraw", "reported", "Libyan National Army", ["درنة"], ["مرتوبة"]),
  mv("reinforce", "conditional", "Libyan National Army", ["درنة", "القبة"], ["سرت"]),
  mv("deploy", "denied", "Egyptian army", [], ["درنة", "مطار الأبرق"]),
 ],
 "qrg4": [
  mv("reinforce", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سيوة"]),
  mv("deploy", "planned", "Egyptian army", ["سيوة"], ["الحدود مع ليبيا"]),
  mv("reinforce", "conditional", "Libyan National Army", ["البردي"], ["الجغبوب"]),
  mv("withdraw", "denied", "Libyan National Army", ["الجغبوب"], ["كمبوت"]),
 ],
 "qrg5": [
  mv("deploy", "planned", "Egyptian army", ["السلوم"], ["طبرق"], ["منفذ امساعد"]),
  mv("redeploy", "reported", "Libyan National Army", ["البيضاء", "المرج"], ["طبرق"]),
  mv("shipment", "reported", None, [], ["ميناء طبرق"]),
  mv("advance", "conditional", "Egyptian army", ["مرسى مطروح", "سيدي براني"], ["سرت", "الجفرة"]),
  mv("mobilise", "reported", "GNA forces", [], ["الوشكة"]),
  mv("airlift", "denied", "Turkish armed forces", ["أنقرة"], ["مصراتة"]),
 ],
}

NOTES = {
 "qrg1": "Egyptian regional radio (Alexandria Radio) from Marsa Matruh on the exercise «صقر الغرب 2026»: armour "
         "Mohamed Naguib base→Sidi Barrani via Marsa Matruh for the exercise (moved for it, so a deploy), a marine "
         "landing from Ras el-Tin naval base (Alexandria) on the An-Najaylah beach, a planned C-130 lift of a commando "
         "company Marsa Matruh airport→Siwa, a conditional reinforcement of Sallum (Sirte and Jufra only in the "
         "red-line condition, Cairo as government) and a denied Egyptian crossing into Jaghbub; the exercise held south "
         "of Sallum, holidaymakers from Cairo and Alexandria, lorries to the Sallum land port and the closing parade are "
         "not movements; «إذاعة الإسكندرية» holds Alexandria.",
 "qrg2": "Egyptian state satellite TV (ESC) from Sallum: border-guard reinforcements Sidi Barrani→Sallum (written "
         "للسلوم) stationed at the Sallum land port, an LNA company Tobruk→Emsaed (written إمساعد), a planned military "
         "police unit Bardia→Amsaad crossing, a denied Russian Africa Corps arrival at Gamal Abdel Nasser air base, and "
         "a conditional deployment Marsa Matruh→the border with Libya (Egypt side); workers returning from Benghazi and "
         "Tobruk, lorries to Libya, training south of Sidi Barrani and the Red Crescent medical convoy to Derna and "
         "Al-Bayda are not movements.",
 "qrg3": "Derna local radio (Huna Derna «هنا درنة», holds Derna) on LNA units: an engineering company Al-Bayda→Derna "
         "stationed in Bab Tobruk (a Derna district holding طبرق), a planned platoon Derna (written درنه)→Ain al-Ghazala "
         "(Tobruk only as the road's direction), a support company back from Derna to its camp in Martuba, a "
         "conditional reinforcement Derna/Al-Qubbah→Sirte (Abu Qurayn only in the condition), a denied Egyptian entry "
         "into Derna and La Abraq airport; the Shahhat parade and Egyptian firms' lorries Marsa Matruh→Amsaad crossing "
         "are not movements.",
 "qrg4": "Egyptian news site (Akher Al-Anbaa) from Siwa (headline سيوه): a border-guard company Mohamed Naguib base→"
         "Siwa, a planned reconnaissance patrol Siwa→the border with Libya (Egypt side), the LNA's conditional company "
         "Bardia→Jaghbub and its denied pull-out Jaghbub→Kambut; Jaghbub as the road's end, drug smugglers' cars, "
         "tourist buses from Cairo and Alexandria (written الاسكندرية), air-force sorties over the Western Desert and "
         "firing ranges near Sallum are not movements; «عبد السلام الجغبوبي» holds Jaghbub, «المنطقة العسكرية طبرق» "
         "holds Tobruk.",
 "qrg5": "Egyptian news site (Zahrat Al-Tahrir) from Cairo: a planned Egyptian convoy Sallum→Tobruk via the Amsaad "
         "crossing for a joint exercise, LNA battalions Al-Bayda/Al-Marj→Tobruk, an unattributed ammunition ship at Tobruk "
         "port (shipment, actor null), the red-line conditional advance Marsa Matruh/Sidi Barrani→Sirte and Jufra, GNU "
         "massing in Al-Washka for a 'routine manoeuvre' (mobilise) and a denied Turkish airlift Ankara→Misrata; Sirte "
         "and Jufra inside the line, Benghazi and Tripoli as governments and the 2020 exercise near Sallum are not "
         "movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qrg1", "qrg2", "qrg3", "qrg4", "qrg5")
