# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries and capitals
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                              # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                           # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                           # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                             # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                              # G (row الجزائر, alias الجزائر العاصمة)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                 # G
 # Ghadames, Derj, Sinawen, Nalut and the Nafusa
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                            # G
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames Airport"),         # G
 "ghadames_crossing": ("crossing", "LY", 30.06, 9.46, "Ghadames-Debdeb border crossing (Libyan post)"),  # K
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                   # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawen"),                             # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                 # G (also written لالوت, a row alias)
 "nalut_dist": ("district", "LY", 30.45393, 10.78371, "Nalut District"),                 # G (row district:LY-NL)
 "nalut_mun": ("district", "LY", 31.86848, 10.98120, "Nalut Municipality"),            # G* (town row نالوت, kind district)
 "nafusa": ("region", "LY", 30.33380, 13.28744, "Jabal Nafusa (Western Mountain)"),    # G* (row الجبل الغربي, alias أدرار نفوسة)
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                                   # G
 "kabaw": ("town", "LY", 31.84724, 11.33055, "Kabaw"),                                 # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                               # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                               # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                   # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),            # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                 # G
 # the Hamada and the south-west
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                       # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                    # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                 # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                     # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                 # G
 "tripoint": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 # Algeria (Illizi, Ouargla)
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                # G
 "debdeb_crossing": ("crossing", "DZ", 30.06, 9.46, "Debdeb-Ghadames border crossing (Algerian post)"),  # K
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                 # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                          # G (row عين أميناس, written عين أمناس)
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),    # G
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),            # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                              # G
 "border_dz_ly": ("region", "DZ", 29.95, 9.38, "Algeria-Libya border (Algerian side, Debdeb)"),  # K
 # Tunisia (Kebili, Tataouine)
 "kebili": ("town", "TN", 33.70439, 8.96903, "Kebili"),                                # G
 "douz": ("town", "TN", 33.457, 9.021, "Douz"),                                        # K
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                         # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                               # G
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                # G
 "borma": ("oilfield", "TN", 31.70430, 9.25460, "El Borma oil field"),                 # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                               # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "border_tn_ly": ("region", "TN", 31.95, 10.55, "Tunisia-Libya border (Tunisian side)"),  # K
}

TRAPS = {
 "qmz1": ["عروس البحر", "المنطقة العسكرية الغربية", "كتيبة شهداء درج", "مختار النالوتي", "الغدامسية", "درجة الاستعداد",
          "الخطوط الجوية الليبية"],
 "qmz2": ["طاسيلي نيوز", "الجيش الوطني الشعبي", "الناحية العسكرية الرابعة", "الليبية", "ليبية", "جزائرية", "جزائري",
          "الليبيين"],
 "qmz3": ["راديو نفزاوة", "الجيش الوطني", "المنطقة العسكرية العازلة", "الشركة الإيطالية التونسية لاستغلال النفط",
          "تونسية", "التونسي", "التونسيين", "الليبية", "الليبي", "عام الرمادة"],
 "qmz4": ["ؤسان", "المجلس الأعلى لأمازيغ ليبيا", "المنطقة العسكرية الغربية", "إبراهيم الكاباوي", "الكتائب الزنتانية",
          "أدرجت"],
 "qmz5": ["بانا", "وكالة الأنباء الإفريقية", "اللواء 444 قتال", "الكتيبة 128", "الفيلق الإفريقي",
          "الجيش الوطني الشعبي", "بعثة الأمم المتحدة للدعم في ليبيا", "الليبية", "الليبي",
          "الروسي"],
}

PHEN = {
 "qmz1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba", "vague_area",
          "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qmz2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_idri", "vague_area",
          "border_phrase", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qmz3": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qmz4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area", "town_vs_district"],
 "qmz5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital", "vague_area",
          "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qmz1": [
  mv("reinforce", "reported", "GNA forces", ["قاعدة الوطية"], ["غدامس", "مطار غدامس"], ["نالوت", "سيناون"]),
  mv("deploy", "planned", "GNA forces", ["غدامس"], ["منفذ غدامس"]),
  mv("advance", "conditional", "Libyan National Army", ["درج"], ["غدامس"]),
  mv("shipment", "reported", "Libyan National Army", ["الشويرف"], ["درج"], ["الحمادة الحمراء"]),
  mv("withdraw", "denied", "GNA forces", ["سيناون"], ["نالوت"]),
 ],
 "qmz2": [
  mv("reinforce", "reported", "Algerian army", ["عين أمناس"], ["الدبداب"]),
  mv("deploy", "planned", "Algerian army", ["برج عمر إدريس"], ["الدبداب"]),
  mv("reinforce", "conditional", "Algerian army", ["عين أمناس"], ["الحدود مع ليبيا"]),
  mv("advance", "denied", "Algerian army", ["الدبداب"], ["مطار غدامس"]),
  mv("withdraw", "reported", "Libyan National Army", ["درج"], ["الحمادة الحمراء"]),
 ],
 "qmz3": [
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["برج الخضراء"], ["رمادة"]),
  mv("deploy", "reported", "GNA forces", [], ["مطار غدامس"]),
  mv("redeploy", "planned", "Tunisian army", ["قبلي"], ["حقل البرمة"]),
  mv("deploy", "conditional", "Tunisian army", ["دوز"], ["الحدود مع ليبيا"]),
  mv("advance", "denied", "Tunisian army", ["برج الخضراء"], ["غدامس"]),
 ],
 "qmz4": [
  mv("deploy", "reported", "GNA forces", [], ["غدامس"], ["لالوت", "سيناون"]),
  mv("reinforce", "planned", "Zintan forces", ["الزنتان"], ["درج"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["الشويرف"]),
  mv("advance", "conditional", "GNA forces", ["سيناون"], ["درج"]),
  mv("reinforce", "denied", None, ["أوباري"], ["درج"]),
 ],
 "qmz5": [
  mv("airlift", "reported", "GNA forces", ["قاعدة معيتيقة"], ["مطار غدامس"]),
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["درج"], ["الشويرف"]),
  mv("redeploy", "denied", "Russian forces", ["قاعدة براك الجوية"], ["الشويرف"]),
  mv("withdraw", "conditional", "GNA forces", ["مطار غدامس"], ["نالوت"]),
  mv("deploy", "planned", "Algerian army", [], ["الدبداب"]),
 ],
}

NOTES = {
 "qmz1": "Libyan western site (Aroos Al-Bahr, Tripoli) on a GNU chief-of-staff column: reinforcement Al-Watiya base→"
         "Ghadames and its airport via Nalut and Sinawen, a planned company Ghadames→the Ghadames border crossing, "
         "the LNA's conditional advance Derj→Ghadames («لن تتقدم ... إلا إذا»), an LNA fuel-and-ammunition shipment "
         "Ash Shwayrif→Derj across the Hamada al-Hamra, and a denied GNU pull-back Sinawen→Nalut; the dateline "
         "Tripoli, the Red Crescent aid convoy Tripoli→Ghadames, the airline's planned civil flights Mitiga airport→"
         "Ghadames airport, Algeria as trade partner, the Ghadames elders and Nalut municipality are not movement "
         "places; «كتيبة شهداء درج» and «درجة الاستعداد» hold درج, «الغدامسية» holds غدامس.",
 "qmz2": "Algerian regional paper (Tassili News, Illizi) from Debdeb: an Algerian reinforcement In Amenas→Debdeb "
         "(spread along the strip facing Ghadames: Ghadames only locates the strip), a planned border-guard unit "
         "Bordj Omar Driss→Debdeb, a conditional push In Amenas→the border with Libya (Algerian side; the crossing "
         "only in the condition), a denied Algerian incursion Debdeb→Ghadames airport and the LNA's reported "
         "pull-back Derj→the Hamada al-Hamra; Ouargla (seat of the 4th Military Region), the closed Debdeb crossing "
         "and stranded trucks, Tiguentourine 2013 and Algeria/Libya as states are not movement places; the outlet "
         "name «طاسيلي نيوز» holds the region name Tassili.",
 "qmz3": "Tunisian community radio (Radio Nefzawa, Kebili): a Tunisian army reinforcement Tataouine→Borj El Khadra "
         "via Remada, GNU units deployed around Ghadames airport, a planned company Kebili→El Borma field, a "
         "conditional deployment Douz→the border with Libya (Tunisian side, «في صورة»), and a denied Tunisian "
         "patrol Borj El Khadra→Ghadames; Ghadames as distance reference, the triangle, Tunis as the spokesman's "
         "seat, Tunisian workers returning Ghadames→Dehiba via the Wazin crossing (civilian) and date exports to "
         "Libya are not movement places; «راديو نفزاوة» holds the region Nefzawa, «عام الرمادة» holds رمادة.",
 "qmz4": "Libyan Amazigh site (Ossan, dateline Lalut = Nalut): a GNU column deployed to Ghadames via Lalut and "
         "Sinawen, a planned Zintani reinforcement Zintan→Derj, an LNA massing in Ash Shwayrif, a GNU commander's "
         "conditional advance Sinawen→Derj («إذا لم تنسحب»), and Tuareg fighters' denied move Ubari→Derj (actor "
         "null); the Nalut Amazigh council, Jadu and Kabaw councils, the Nafusa (written أدرار نفوسة), the Tuareg "
         "elders in Ghadames, the civilian cultural convoy Zuwara→Ghadames and UNESCO's old town are not movement "
         "places; «إبراهيم الكاباوي» holds كاباو, «الكتائب الزنتانية» holds الزنتان, «أدرجت» holds درج.",
 "qmz5": "International agency Arabic desk (PANA «بانا», dateline Ghadames, Libya): a GNU airlift Mitiga base→"
         "Ghadames airport (Tripoli only locates the base), an LNA reinforcement Sabha→Derj via Ash Shwayrif, a "
         "denied Africa Corps (Russian) redeploy Brak air base→Ash Shwayrif, the GNU's conditional pull-back "
         "Ghadames airport→Nalut («متى تسلمت»), and a planned Algerian deployment to Debdeb announced in Algiers; "
         "the border with Algeria and the triangle (location of Ghadames), Tripoli as seat, the 2020 5+5 meeting, "
         "300 displaced families Ghadames→Nalut and Zintan (civilian) and the UN envoy's visit are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qmz1", "qmz2", "qmz3", "qmz4", "qmz5")
