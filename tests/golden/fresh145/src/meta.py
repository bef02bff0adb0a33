# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 # eq1 Algeria's eastern border (Echorouk)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),        # G* (town row)
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "hassi": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                          # G
 "tigu": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),              # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "border_dzside": ("region", "DZ", 27.6, 9.6, "Algeria-Libya border (Algerian side)"),  # K
 "bordj": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),                    # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G (gazetteer kind kept)
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                   # G
 # eq2 Oil Crescent, Sirte line, Egypt (Al-Masry Al-Youm)
 "zueitina": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),        # G* (town row)
 "benghazi_port": ("crossing", "LY", 32.1100, 20.0500, "Port of Benghazi"),            # K
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),        # G* (row منفذ امساعد)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 "sidra": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row)
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 # eq3 Ras Ajdir and the Tunisian south-east (Acharaa Al-Maghrebi)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "border_tnside": ("region", "TN", 33.10, 11.45, "Tunisia-Libya border (Tunisian side)"),  # K
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "aouina": ("base", "TN", 36.85100, 10.22700, "El Aouina Air Base"),                    # G
 "djerba_airport": ("airport", "TN", 33.8750, 10.7755, "Djerba-Zarzis International Airport"),  # K
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 # eq4 Zliten and the central coast (Euronews Arabic)
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "dafniya": ("town", "LY", 32.35, 14.82, "Ad Dafiniyah"),                               # K
 "zliten_mun": ("district", "LY", 32.46739, 14.56874, "Zliten municipality"),        # G* (city row)
 "khums_port": ("crossing", "LY", 32.6550, 14.2700, "Port of Al Khums"),               # K
 "misrata_port": ("crossing", "LY", 32.3700, 15.2100, "Port of Misrata (Qasr Ahmed)"),  # K
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 # eq5 Kufra and the Sudanese war (Sudan Tribune)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"), # G* (row مثلث العوينات)
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "border_lysd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
}

TRAPS = {
 "eq1": ["الشروق أونلاين", "الجيش الوطني الشعبي", "وكالة الأنباء الجزائرية", "قاسم الدرجي", "الليبية", "الليبي"],
 "eq2": ["المصري اليوم", "القيادة العامة للجيش الوطني الليبي", "البرق الخاطف", "علي السرتاوي", "المصرية", "الليبية"],
 "eq3": ["الشارع المغاربي", "هشام القابسي", "نهج ليبيا", "نهج طرابلس", "التونسية", "الليبي"],
 "eq4": ["يورونيوز عربي", "سالم الزليتني", "شارع طرابلس", "المجلس العسكري مصراتة", "السنوات الخمس", "التركية", "الليبية"],
 "eq5": ["سودان تربيون", "الدعم السريع", "الفاتح إدريس", "سبل السلام", "الآبار المالحة", "السودانية", "السوداني", "الليبية"],
}

PHEN = {
 "eq1": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital", "ambiguity_idri",
         "border_phrase", "town_vs_district", "coverage_oil", "coverage_neighbours", "countries"],
 "eq2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "eq3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "eq4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "town_vs_district", "coverage_bases", "countries"],
 "eq5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area",
         "border_phrase", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


ALG, LNA, GNA = "Algerian army", "Libyan National Army", "GNA forces"
MOVES = {
 "eq1": [
  mv("redeploy", "reported", ALG, ["ورقلة"], ["عين أميناس"], ["حاسي مسعود"]),
  mv("reinforce", "planned", ALG, ["إليزي", "برج عمر إدريس"], ["الدبداب"]),
  mv("advance", "denied", ALG, [], ["غدامس"]),
  mv("deploy", "conditional", ALG, [], ["الحدود مع ليبيا"]),
  mv("deploy", "reported", GNA, ["نالوت"], ["غدامس"], ["درج"]),
 ],
 "eq2": [
  mv("reinforce", "reported", LNA, ["بنغازي"], ["راس لانوف"], ["اجدابيا", "البريقة"]),
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء الزويتينة"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["قاعدة القرضابية"]),
  mv("withdraw", "denied", LNA, ["ميناء السدرة"], []),
  mv("advance", "conditional", LNA, [], ["أبوقرين"]),
  mv("mobilise", "reported", "Misrata forces", ["مصراتة"], ["الوشكة"]),
  mv("deploy", "denied", "Egyptian army", [], ["الجفرة"]),
 ],
 "eq3": [
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["بنقردان"]),
  mv("airlift", "planned", "Tunisian army", ["قاعدة العوينة"], ["مطار جربة جرجيس"]),
  mv("advance", "denied", "Tunisian army", [], ["زوارة"]),
  mv("deploy", "reported", GNA, ["زوارة"], ["معبر رأس جدير"]),
  mv("reinforce", "conditional", GNA, ["طرابلس"], ["أبي كماش"]),
 ],
 "eq4": [
  mv("deploy", "reported", GNA, ["مصراتة"], ["زليتن"], ["الدافنية"]),
  mv("naval_landing", "planned", GNA, ["طرابلس"], ["ميناء الخمس"]),
  mv("deploy", "denied", "Misrata forces", ["مصراتة"], ["طرابلس"]),
  mv("withdraw", "conditional", "Turkish armed forces", ["قاعدة الوطية"], []),
  mv("shipment", "reported", "Turkish armed forces", ["مرسين"], ["ميناء مصراتة"]),
 ],
 "eq5": [
  mv("shipment", "denied", "Sudanese armed groups", ["الكفرة"], ["المالحة"], ["المثلث الحدودي"]),
  mv("redeploy", "reported", "Sudanese armed groups", ["المالحة"], ["مليط"]),
  mv("reinforce", "reported", LNA, ["تازربو"], ["الكفرة"]),
  mv("deploy", "planned", LNA, [], ["ربيانة"]),
  mv("mobilise", "conditional", LNA, [], ["الحدود مع السودان"]),
 ],
}

NOTES = {
 "eq1": "Algerian MoD communiqué in four numbered points (Echorouk Online): reported armour Ouargla→In Amenas via Hassi "
        "Messaoud («تحويل» = redeploy), planned border guards Illizi/Bordj Omar Driss→Debdeb, denied advance on Ghadames, "
        "conditional deployment on the border with Libya; a GNU statement on a company Nalut→Ghadames via Derj. Not "
        "movements: the inspection visit to Djanet, Debdeb inside the condition, the Tiguentourine purpose. Traps: the "
        "mayor «قاسم الدرجي», Algiers (dateline) vs Algeria (last sentence).",
 "eq2": "LNA General Command «البيان رقم 27» quoted in full (Al-Masry Al-Youm): reported Benghazi→Ras Lanuf via Ajdabiya "
        "and Brega, a reported marine landing Benghazi port→Zueitina terminal, planned airlift Benina→Gardabiya, denied "
        "pull-out from Es Sider, conditional advance on Abu Qurayn with the Misrata massing at Al-Washka (reported, "
        "inside the condition); the Egyptian military spokesman denies troops for Jufra. Cairo, Ankara, the Sallum land "
        "port and the Sirte MP are speakers/addressees/locators only.",
 "eq3": "Tunisian MoD «بلاغ» in three points (Acharaa Al-Maghrebi): reported Gabes→Ben Gardane, planned airlift El "
        "Aouina→Djerba-Zarzis airport, denied entry into Zuwara; GNU Interior statement: reported Zuwara→Ras Ajdir, "
        "conditional Tripoli→Abu Kammash (genitive spelling «أبي كماش»). Traps: the streets «نهج ليبيا»/«نهج طرابلس», "
        "the spokesman «القابسي», Tunis (dateline) vs Tunisia (last sentence).",
 "eq4": "GNU MoD statement No. 12 (Euronews Arabic): reported Misrata→Zliten via Al-Dafniya, planned sea landing "
        "Tripoli→Al-Khums port; the Misrata military council denies a column to the capital (= Tripoli); Turkish MoD: no "
        "withdrawal from Al-Watiya «إلا إذا» (conditional) and a reported cargo ship Mersin→Misrata port. Traps: "
        "«السنوات الخمس», «شارع طرابلس», the spokesman «الزليتني», the council name; the road closure is not a move.",
 "eq5": "SAF accusation and RSF four-point reply (Sudan Tribune): the claimed shipment Kufra→Al Malha via the triangle "
        "is denied by the RSF; reported RSF redeploy Al Malha→Mellit; LNA statement: reported Tazirbu→Kufra, planned "
        "company for Rebiana, conditional massing on the border with Sudan («ستحشد … إذا»). Refugees to Kufra and "
        "smuggling routes are not movements; «الآبار المالحة» is a common-word trap, «الفاتح إدريس» a person.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("eq1", "eq2", "eq3", "eq4", "eq5")
