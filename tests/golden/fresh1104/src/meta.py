# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 # Egypt, Chad, Switzerland
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 # Libya: east
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "Al Abraq Airport"),            # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية, written قاعدة بنينا)
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 # Libya: centre and west
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.14, 16.04, "Al Jufra"),                                 # K (point between Hun and Waddan)
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames Municipality"),       # G* (town row; written بلدية غدامس)
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libya side)"),  # G* (row الحدود الليبية الجزائرية, written الحدود مع الجزائر)
 # Libya: south
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                     # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G (also written براك الشاطئ)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 # Algeria
 "ghardaia": ("city", "DZ", 32.49094, 3.67347, "Ghardaia"),                             # G
 "ghardaia_w": ("district", "DZ", 31.20661, 3.03663, "Ghardaia Province"),              # G (district row, written ولاية غرداية)
 "metlili": ("town", "DZ", 32.27, 3.63, "Metlili"),                                     # K
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G* (row عين أميناس, written عين أمناس)
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "border_dz_ly": ("region", "DZ", 29.0, 9.6, "Algeria-Libya border (Algeria side)"),    # K
}

TRAPS = {
 "qpo1": ["مصر تايمز", "كتيبة شهداء الزاوية", "الطبرقي", "الجيش الوطني الليبي", "جبهة التناوب والوفاق في تشاد",
          "المصرية", "الليبي"],
 "qpo2": ["المجلس الأعلى للقبائل والمدن الليبية", "الورفلي", "الزنتاني", "الترهوني", "المجلس الاجتماعي لقبائل الزنتان",
          "مجلس حكماء وأعيان مزدة", "قبائل ورفلة", "مالي", "الليبية"],
 "qpo3": ["منطقة براك العسكرية", "الغدامسي", "إدريس عمر الحضيري", "حكومة الوحدة الوطنية",
          "القوات المسلحة العربية الليبية", "الليبية"],
 "qpo4": ["إذاعة غرداية الجهوية", "إذاعة غرداية", "الجيش الوطني الشعبي", "الليبية"],
 "qpo5": ["مفكرة الإسلام", "القوة المشتركة", "أسامة عبد الله الغرياني", "الغرياني", "الزليتني", "حكومة الوحدة الوطنية",
          "خليفة حفتر", "تنظيم الدولة", "الليبيين"],
}

PHEN = {
 "qpo1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "coverage_bases",
          "coverage_neighbours", "countries"],
 "qpo2": ["clitics", "multiword", "operation_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli", "vague_area",
          "town_vs_district"],
 "qpo3": ["clitics", "spelling", "multiword", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours",
          "countries"],
 "qpo4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "qpo5": ["spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qpo1": [
  mv("deploy", "reported", "Libyan National Army", ["بنغازي"], ["القطرون"], ["سبها"]),
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["القطرون"]),
  mv("deploy", "planned", "Libyan National Army", ["المرج"], ["القطرون"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["القطرون"]),
  mv("withdraw", "conditional", "Libyan National Army", ["قطرون"], []),
  mv("advance", "denied", "Chadian armed groups", ["كوري بوقودي"], ["ليبيا"]),
 ],
 "qpo2": [
  mv("redeploy", "reported", "Libyan National Army", ["الجفرة"], ["الشويرف"]),
  mv("withdraw", "denied", "Libyan National Army", ["الشويرف"], ["الجفرة"]),
  mv("reinforce", "planned", "Libyan National Army", ["سبها"], ["الشويرف"]),
  mv("advance", "conditional", "Libyan National Army", [], ["الحمادة الحمراء"]),
 ],
 "qpo3": [
  mv("deploy", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["إدري"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا"], ["قاعدة براك الجوية"]),
  mv("deploy", "planned", "Libyan National Army", ["براك"], ["إدري"]),
  mv("advance", "conditional", "Libyan National Army", [], ["الحدود مع الجزائر"]),
  mv("advance", "denied", "GNA forces", ["الشويرف"], ["إدري"]),
 ],
 "qpo4": [
  mv("redeploy", "reported", "Algerian army", ["ورقلة"], ["الدبداب"]),
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["عين أمناس", "الدبداب"]),
  mv("airlift", "planned", "Algerian army", ["تمنراست"], ["عين أمناس"]),
  mv("advance", "conditional", "Algerian army", [], ["غدامس"]),
  mv("advance", "denied", None, ["غدامس"], ["الدبداب"]),
 ],
 "qpo5": [
  mv("deploy", "reported", "Misrata forces", ["مصراتة"], ["أبوقرين"]),
  mv("reinforce", "reported", "GNA forces", ["طرابلس"], ["أبوقرين"]),
  mv("redeploy", "planned", "Misrata forces", ["تاورغاء"], ["الوشكة"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["سرت"]),
  mv("advance", "conditional", "Misrata forces", [], ["سرت"]),
  mv("advance", "denied", "Libyan National Army", ["سرت"], ["الوشكة"]),
 ],
}

NOTES = {
 "qpo1": "Egyptian news site (Masr Times) from Cairo on the Tobruk funeral of two LNA soldiers killed near Al-Qatrun: "
         "the battalion's earlier move Benghazi→Al-Qatrun via Sabha (reported), reinforcements Tamanhint base→Al-Qatrun, "
         "a planned border-guard company Al-Marj→Al-Qatrun, army trucks of ammunition and fuel Sabha→Al-Qatrun (shipment), the commander's conditional «لن يغادروا قطرون إلا إذا» (written قطرون) and "
         "FACT's denial of a crossing Kouri Bougoudi→Libya; the bodies flown Sabha→Al-Abraq airport, the funeral "
         "procession, the wounded taken to Benghazi, the Marsa Matruh elders' visit, the Cairo dateline and «القاهرة "
         "قدّمت تعازيها» are not movements; الطبرقي (Tobruk) and «كتيبة شهداء الزاوية» (Zawiya) are traps.",
 "qpo2": "Statement no. 14 of the Supreme Council of Libyan Tribes and Cities (its page) mourning three soldiers named "
         "الورفلي، الزنتاني، الترهوني (nisba traps; الزنتان inside الزنتاني): their company's move Al-Jufra→Ash Shwayrif "
         "(reported), the denied pull-back Ash Shwayrif→Al-Jufra, a planned company Sabha→Ash Shwayrif and the brigade "
         "commander's conditional advance to the Hamada al-Hamra; the bodies carried to Bani Walid, Zintan and Tarhuna "
         "for burial, Tripoli's «صمت» (metonymy) and the councils named after Zintan and Mizda are not movements; «دعم مالي» (financial) is a common-word trap.",
 "qpo3": "LNA Brak military zone media office obituary of a sergeant (الغدامسي) killed on the Idri–Ash Shwayrif road: "
         "his company's move Brak air base→Idri (reported), a cargo plane with special forces Benina base→Brak air base, "
         "a planned patrol Brak→Idri, the zone commander's conditional pursuit to the border with Algeria and the "
         "denied GNU column Ash Shwayrif→Idri; the body flown by helicopter to Ghadames and the wounded taken to "
         "Sabha are not movements; إدريس (holds إدري) and منطقة براك العسكرية (holds براك) are traps.",
 "qpo4": "Algerian regional radio (Radio Ghardaia) on the Metlili funeral of an Algerian corporal killed near Debdeb on "
         "the border with Libya: his battalion's move Ouargla→Debdeb (reported), reinforcements Illizi→In Amenas/Debdeb, "
         "a planned special-forces airlift Tamanrasset→In Amenas, the conditional advance towards Ghadames only on a "
         "Libyan request and the Ghadames mayor's denial that gunmen crossed Ghadames→Debdeb (actor null); the body on "
         "a military plane In Amenas→Ghardaia, the funeral procession and the wounded in Ouargla are not movements.",
 "qpo5": "Pan-Arab Islamic site (Islam Memo) on the Misrata (headline مصراته) funeral of four Joint Force fighters killed by a drone west "
         "of Al-Washka: a fighter's battalion sent Misrata→Abu Qurayn (reported deploy), GNU reinforcements Tripoli→Abu Qurayn, a "
         "planned artillery company Tawergha→Al-Washka, LNA massing around Sirte, the field commander's conditional "
         "advance on Sirte and the LNA's denied advance Sirte→Al-Washka; the 2016 Sirte battles, the wounded flown "
         "Misrata airport→Turkey, the Sirte–Jufra front and Geneva are not movements; الغرياني and الزليتني are traps.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qpo1", "qpo2", "qpo3", "qpo4", "qpo5")
