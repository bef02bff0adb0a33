# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and capitals
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G (row الجزائر, city)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G (row تونس, city)
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                 # G
 # Libya: Ghadames, the road north and east, the west and the LNA rear
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                              # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames Municipality"),         # G* (town row, written بلدية غدامس)
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames Airport"),           # G (row مطار غدامس, HLTD)
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                     # G (row درج, Daraj)
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawen"),                               # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                   # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                   # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G (row منفذ وازن)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                               # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                   # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                      # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                    # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "triangle": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libya side)"),  # G* (row الحدود الليبية الجزائرية)
 "south_west": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G (row الجنوب الغربي)
 # Algeria: Illizi province and the 4th Military Region
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                  # G
 "debdeb_crossing": ("crossing", "DZ", 29.99, 9.45, "Debdeb border crossing"),           # K
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G (row عين أميناس, written إن أمناس / عين أمناس)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                  # G
 "illizi_prov": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                # G* (row district:DZ-33 إليزي, written ولاية إليزي)
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                # G
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),              # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),      # G
 "border_dz_ly": ("region", "DZ", 29.85, 9.40, "Algeria-Libya border (Algeria side)"),   # K
 # Tunisia: Tataouine and Kebili governorates
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                  # G
 "kebili": ("town", "TN", 33.70439, 8.96903, "Kebili"),                                  # G (row قبلي, written قبلّي)
 "el_borma": ("oilfield", "TN", 31.70430, 9.25460, "El Borma oil field"),                # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                           # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),        # G* (row district:TN-83 تطاوين, written ولاية تطاوين)
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                 # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                 # G
 "border_tn_ly": ("region", "TN", 32.05, 10.55, "Tunisia-Libya border (Tunisia side)"),  # K
}

TRAPS = {
 "qom1": ["المكتب الإعلامي لبلدية غدامس", "المنطقة العسكرية غدامس", "سالم الغدامسي", "الغدامسي", "جهاز حرس الحدود",
          "المدرج"],
 "qom2": ["أخبار غدامس الآن", "المنطقة العسكرية غدامس", "المنطقة العسكرية الغربية", "تبيان", "ليبية"],
 "qom3": ["المرصد الجزائري", "الناحية العسكرية الرابعة", "الجيش الوطني الشعبي", "خليفة حفتر", "الجزائرية", "الليبية",
          "الليبي"],
 "qom4": ["صوت الشعب", "الاتحاد العام التونسي للشغل", "الحرس الوطني", "جيش البر", "التونسي", "الجزائري", "جزائرية",
          "ليبية", "الليبي"],
 "qom5": ["مجلس الشرق الأوسط للشؤون الدولية", "المنطقة العسكرية الجبل الغربي", "بعثة الأمم المتحدة للدعم في ليبيا",
          "التونسية", "التركية", "الليبيين", "درجة", "التوازن"],
}

PHEN = {
 "qom1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "countries"],
 "qom2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area"],
 "qom3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qom4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qom5": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area", "coverage_bases",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qom1": [
  mv("reinforce", "reported", "GNA forces", ["نالوت"], ["غدامس", "مطار غدامس"], ["سيناون", "درج"]),
  mv("deploy", "planned", "GNA forces", ["غدامس"], ["المثلث الحدودي", "الحدود مع الجزائر", "حقل الوفاء"]),
  mv("airlift", "conditional", "GNA forces", ["قاعدة الوطية"], ["مطار غدامس"]),
  mv("advance", "denied", "Libyan National Army", ["الشويرف"], ["درج"], ["الحمادة الحمراء"]),
 ],
 "qom2": [
  mv("advance", "denied", "Libyan National Army", ["الشويرف"], ["غدامس"], ["درج"]),
  mv("withdraw", "denied", "GNA forces", ["غدامس"], ["نالوت"]),
  mv("deploy", "reported", "GNA forces", ["الزنتان"], ["مطار غدامس"]),
  mv("reinforce", "planned", "GNA forces", ["نالوت"], ["مطار غدامس"]),
  mv("advance", "conditional", "Libyan National Army", ["الشويرف"], ["درج", "غدامس"]),
 ],
 "qom3": [
  mv("reinforce", "reported", "Algerian army", ["عين أمناس"], ["الدبداب", "معبر الدبداب"]),
  mv("deploy", "planned", "Algerian army", [], ["الحدود مع ليبيا"]),
  mv("reinforce", "conditional", "Algerian army", ["برج عمر إدريس"], ["الدبداب"]),
  mv("withdraw", "denied", "Algerian army", ["الدبداب"], ["إليزي"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["الشويرف"]),
 ],
 "qom4": [
  mv("reinforce", "reported", "Tunisian army", ["قبلّي"], ["برج الخضراء"], ["حقل البرمة"]),
  mv("deploy", "planned", "Tunisian army", ["برج الخضراء"], ["المثلث الحدودي"]),
  mv("withdraw", "conditional", "Tunisian army", ["الذهيبة"], ["تطاوين"]),
  mv("advance", "denied", "GNA forces", ["غدامس"], ["برج الخضراء"]),
  mv("mobilise", "reported", "Algerian army", [], ["الدبداب"]),
 ],
 "qom5": [
  mv("airlift", "reported", "GNA forces", ["قاعدة معيتيقة"], ["مطار غدامس"]),
  mv("redeploy", "reported", "Libyan National Army", ["سبها"], ["الشويرف"]),
  mv("shipment", "denied", "Turkish armed forces", ["قاعدة الوطية"], ["مطار غدامس"]),
  mv("reinforce", "conditional", "GNA forces", ["نالوت", "الزنتان"], ["غدامس"]),
  mv("deploy", "planned", "Tunisian army", [], ["برج الخضراء"]),
 ],
}

NOTES = {
 "qom1": "Ghadames municipality media office page (weekly round-up, retold) from Ghadames: a Border Guards company "
         "Nalut→Ghadames via Sinawen and Derj with part placed near Ghadames airport (reinforce reported), planned desert "
         "patrols Ghadames→the border triangle, the border with Algeria (Libya side) and the Wafa field, a military cargo "
         "plane Al-Watiya base→Ghadames airport only if the runway is certified (conditional), and the LNA column "
         "Ash Shwayrif→Derj across the Hamada al-Hamra that the mayor denies; the civilian fuel convoy from Tripoli, "
         "Tripoli as the government, the 2020 5+5 meetings, «المدرج» (runway; holds درج), the office's own name and the "
         "«المنطقة العسكرية غدامس» (both hold غدامس) and the commander «سالم الغدامسي» are not movements or places.",
 "qom2": "Libyan fact-checking platform (Tibyan) rating a viral clip misleading: the caption's LNA entry Ash Shwayrif→"
         "Ghadames via Derj and the Border Guards' pull-out Ghadames→Nalut are both denied by the Ghadames military zone; "
         "what did happen is a Western Military Region company Zintan→Ghadames airport (deploy reported), with a second "
         "company Nalut→Ghadames airport next week (reinforce planned); the LNA will not advance Ash Shwayrif→Derj/Ghadames "
         "unless attacked (conditional). The clip's real 2019 column between Gharyan and Mizda is past background, not a "
         "movement; the page «أخبار غدامس الآن» holds غدامس; the headline repeats the claim.",
 "qom3": "Algerian news site (Al-Marsad Al-Djazairi) on Debdeb: 4th Military Region reinforcements In Amenas (written "
         "عين أمناس, headline إن أمناس)→Debdeb and the Debdeb crossing (reported; Ouargla is the HQ seat, Ghadames only "
         "locates the crossing), planned detachments along the border with Libya (Algeria side), an armoured battalion "
         "Bordj Omar Driss→Debdeb only if fighting resumes in Ghadames (conditional; Ghadames inside the condition), the "
         "MoD's denial of a pull-out Debdeb→Illizi, and LNA massing at Ash Shwayrif (mobilise reported); the clashes near "
         "Ghadames airport, the 2013 Tiguentourine attack, Algiers as ministry seat and stranded lorries are not moves.",
 "qom4": "Tunisian Workers' Party paper (Sawt Ech-Chaab) from Tataouine: an army convoy Kebili (written قبلّي)→Borj El "
         "Khadra via the El Borma field (reinforce reported), planned army–National Guard patrols Borj El Khadra→the "
         "border triangle, units in Dehiba that will not return to Tataouine unless Wazin and the Wazin crossing calm "
         "down (withdraw conditional; Wazin only in the condition), the ministry's denial of a GNU patrol Ghadames→Borj "
         "El Khadra, and Algerian massing at Debdeb reported by Algerian papers; the clashes near Ghadames airport, the "
         "young man from Remada, the «قافلة التشغيل» metaphor, smuggling across the border with Libya and Tunis as "
         "seat of government are not movements.",
 "qom5": "Doha think tank's policy brief (Middle East Council on Global Affairs) on the Ghadames triangle: a GNU airlift "
         "Mitiga base→Ghadames airport in May 2026 (reported), an LNA redeploy Sabha→Ash Shwayrif (reported), Ankara's "
         "denial of an air-defence transfer Al-Watiya base→Ghadames airport (shipment denied, Turkish armed forces), "
         "GNU reinforcements Nalut and Zintan→Ghadames if the LNA advances (conditional; the LNA advance Ash Shwayrif→"
         "Derj is only the condition) and a planned Tunisian reconnaissance unit at Borj El Khadra; the July 2025 "
         "Western Mountain deployment and the 2020 5+5 meetings are background, Algeria watching from Debdeb and In "
         "Amenas is no move, «مثلث غدامس» is the triangle region (its غدامس not annotated separately).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qom1", "qom2", "qom3", "qom4", "qom5")
BAR_IN_TEXT = True  # «حصاد الأسبوع |», «مضلل |», «موجز سياسات |» headers hold a literal "|"
