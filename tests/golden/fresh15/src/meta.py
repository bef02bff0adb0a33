# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge (see README table "Coordinates not from the gazetteer").
P = {
 # x1 -- Ubari oil fields, Fezzan
 "sharara": ("oilfield", "LY", 26.55, 12.22, "El Sharara oil field"),            # G
 "feel": ("oilfield", "LY", 24.98, 11.98, "El Feel oil field"),                   # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                            # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari Municipality"),       # G (town row)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                            # G
 "germa": ("town", "LY", 26.544, 13.064, "Germa"),                                # G
 "sw": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),               # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                        # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                        # G
 "riyayna": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                   # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                          # G
 "mellitah": ("oilfield", "LY", 32.87, 12.23, "Mellitah oil and gas complex"),     # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                          # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),               # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                              # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                              # G
 # x2 -- Tobruk-Crete migration route
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                          # G
 "crete": ("region", "GR", 35.24, 24.81, "Crete"),                                # K
 "athens": ("city", "GR", 37.98376, 23.72784, "Athens"),                          # G (آتن)
 "gavdos": ("region", "GR", 34.84, 24.09, "Gavdos island"),                       # K
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                         # G
 "bangladesh": ("country", "BD", 23.67779, 89.86016, "Bangladesh"),               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                         # G
 "ly": ("country", "LY", 26.34236, 17.23247, "Libya"),                            # G
 "kambut": ("town", "LY", 31.90434, 24.4784, "Kambut"),                           # G
 "bardia": ("town", "LY", 31.75601, 25.0853, "Bardia"),                           # G (بردية)
 "bomba": ("village", "LY", 32.37, 23.12, "Bomba"),                               # K
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                            # G
 "emsaed": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                      # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),           # G
 "cyprus": ("country", "CY", 34.90514, 32.97957, "Cyprus"),                       # G
 "greece": ("country", "GR", 39.0717, 21.9517, "Greece"),                         # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                         # G
 "benina": ("airport", "LY", 32.0968, 20.2695, "Benina International Airport"),   # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                      # G (أجدابيا)
 # x3 -- Turkish forces in the west
 "watiya": ("base", "LY", 32.4769, 11.8968, "Al Watiya Air Base"),                # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                          # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                        # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                      # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),       # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                      # G
 "kayseri": ("base", "TR", 38.7703, 35.4954, "Kayseri Erkilet Air Base"),         # K (city row 38.73222,35.48528)
 "asaba": ("town", "LY", 32.03333, 12.86667, "Al Asabi'ah"),                      # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),            # G
 "izmir": ("city", "TR", 38.41273, 27.13838, "Izmir"),                            # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                         # G
 "turkey": ("country", "TR", 38.9611, 35.47856, "Turkey"),                        # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),    # G
 "misrata_ap": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 # x4 -- Ghadames and the Algerian border
 "daraj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                            # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                       # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames Municipality"),  # G (town row)
 "ghadames_airport": ("airport", "LY", 30.1517, 9.71531, "Ghadames East Airport"),  # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),               # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),        # G
 "algeria": ("country", "DZ", 28.0512, 0.58775, "Algeria"),                       # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawin"),                        # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat (Ghat district)"),     # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                              # G
 "debdeb": ("town", "DZ", 29.9675, 9.42389, "Debdeb"),                            # G
 "inamenas": ("town", "DZ", 28.0515, 9.64291, "In Amenas"),                       # G
 "illizi_w": ("district", "DZ", 26.97285, 7.8652, "Illizi Province"),             # G
 "tri_tn": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                         # G
 "nalut": ("town", "LY", 31.86848, 10.9812, "Nalut"),                             # G
 # x5 -- Mali, Algeria and the Sahel
 "north_ml": ("region", "ML", 20.45092, -2.20255, "Northern Mali"),               # G
 "bonn": ("city", "DE", 50.7374, 7.0982, "Bonn"),                                 # K
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                           # G
 "kidal": ("town", "ML", 18.44345, 1.40921, "Kidal"),                             # G
 "tessalit": ("town", "ML", 20.20126, 1.01186, "Tessalit"),                       # G (village row)
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                          # G
 "timbuktu": ("town", "ML", 16.77348, -3.00742, "Timbuktu"),                      # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                          # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                          # G
 "bbm": ("town", "DZ", 21.3275, 0.9541, "Bordj Badji Mokhtar"),                   # K
 "tinz_dz": ("town", "DZ", 19.967, 2.967, "Tin Zaouatine (Algeria)"),             # K
 "tinz_ml": ("town", "ML", 19.95, 2.92, "Tinzaouaten (Mali)"),                    # K
 "border_ml": ("region", "DZ", 20.3, 2.0, "Algeria-Mali border"),                 # K
 "tam_w": ("district", "DZ", 24.08657, 4.95931, "Tamanrasset Province"),          # G (تامنغست)
 "tam": ("town", "DZ", 22.785, 5.52278, "Tamanrasset"),                           # G
 "assamaka": ("village", "NE", 19.35, 5.78, "Assamaka"),                          # K
 "niger": ("country", "NE", 17.60313, 9.8838, "Niger"),                           # G
 "sahel": ("region", "ML", 15.5, 0.5, "Sahel (African)"),                         # K representative point
 "tri_ne": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                       # G
}

TRAPS = {
 "x1": ["حراك فزان", "«المرصد»", "الكتيبة 128 مشاة", "القيادة العامة", "الشرارة الأولى", "بشير الشويرفي",
        "حكومة الوحدة الوطنية", "المنطقة العسكرية سبها", "المؤسسة الوطنية للنفط", "الخام الليبي", "إدريس",
        "السوق السوداء"],
 "x2": ["الحرة", "«الحرة»", "وزارة الدفاع اليونانية", "المياه الإقليمية الليبية", "وزير الهجرة اليوناني",
        "الجيش الوطني الليبي", "اللواء البحري", "القيادة العامة", "جهاز حرس الحدود", "سالم الطبرقي", "سوريين",
        "اللبناني", "منظمة الهجرة الدولية", "خفر السواحل الليبي", "وفد أوروبي"],
 "x3": ["TRT عربي", "وزارة الدفاع التركية", "وحدات تركية", "مشاة البحرية التركية", "القوات البحرية الليبية",
        "درع طرابلس 2026", "تي سي جي بايراكتار", "محمد الزنتاني", "رئاسة الأركان", "تي سي جي غيرسون",
        "القيادة العامة", "البرلمان التركي", "عملية بركان الغضب", "شركات تركية", "وكالة الأناضول"],
 "x4": ["القيادة العامة", "ليبيا أوبزرفر", "درجت", "درجة الاستعداد", "رئاسة الأركان العامة", "كتيبة شهداء غدامس",
        "صحف جزائرية", "الجيش الجزائري", "عيسى الغدامسي", "لا ناقة لهم فيه ولا جمل", "أهل مكة أدرى بشعابها",
        "بعثة الأمم المتحدة", "لجنة الحدود المشتركة", "حكومة الوحدة الوطنية", "الخطوط الليبية", "وزارة المواصلات"],
 "x5": ["دويتشه فيله", "DW عربية", "مجموعة فاغنر", "«فاغنر»", "«الفيلق الأفريقي»", "المجلس العسكري",
        "وزارة الدفاع الروسية", "الباحث الألماني", "الدعم المالي", "سفن شحن روسية", "السورية", "الجيش الجزائري",
        "مسيّرة مالية", "تحالف دول الساحل", "الخارجية الجزائرية", "وحدات جزائرية", "المالية",
        "مسؤول عسكري جزائري", "جبهة تحرير أزواد", "يوهانس ريشتر"],
}

PHEN = {
 "x1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
        "nisba", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_oil"],
 "x2": ["clitics", "spelling", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
        "ambiguity_tripoli", "countries", "coverage_crossings", "coverage_neighbours"],
 "x3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
        "border_phrase", "coverage_bases", "coverage_neighbours", "countries", "ambiguity_tripoli"],
 "x4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
        "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_neighbours"],
 "x5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
        "vague_area", "border_phrase", "town_vs_district", "countries", "coverage_neighbours"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"
MOVES = {
 "x1": [
  mv("deploy", "reported", LNA, ["سبها"], ["حقل الشرارة"], ["جرمة", "اوباري"]),
  mv("advance", "denied", GNA, ["الشويرف"], ["الشرارة"]),
  mv("deploy", "planned", LNA, [], ["حقل الفيل"]),
  mv("deploy", "conditional", "Zintan forces", [], ["الرياينة"]),
 ],
 "x2": [
  mv("deploy", "reported", None, [], ["طبرق"]),
  mv("deploy", "conditional", None, [], ["كريت"]),
  mv("deploy", "reported", LNA, [], ["طبرق", "كمبوت", "البردية"]),
  mv("deploy", "planned", LNA, [], ["البمبة"]),
  mv("withdraw", "denied", LNA, ["امساعد"], ["طبرق"]),
 ],
 "x3": [
  mv("airlift", "reported", "Turkish armed forces", ["قيصري"], ["الوطية"]),
  mv("redeploy", "denied", "Turkish armed forces", ["الوطية"], ["غريان", "الأصابعة"]),
  mv("naval_landing", "planned", "Turkish armed forces", [], ["القره بوللي"]),
  mv("shipment", "planned", "Turkish armed forces", ["إزمير"], ["الخمس"]),
  mv("withdraw", "conditional", "Zintan forces", ["الوطية"], ["الزنتان"]),
 ],
 "x4": [
  mv("deploy", "reported", LNA, ["سبها"], ["درج"], ["الحمادة الحمراء"]),
  mv("reinforce", "conditional", GNA, [], ["غدامس", "سيناون"]),
  mv("advance", "denied", LNA, [], ["غدامس"]),
  mv("deploy", "planned", LNA, [], ["العوينات", "غات"]),
  mv("reinforce", "reported", "Algerian army", [], ["الدبداب", "عين أميناس"]),
 ],
 "x5": [
  mv("withdraw", "reported", "Wagner Group", ["مالي"], []),
  mv("deploy", "reported", "Russian forces", [], ["كيدال", "تساليت"]),
  mv("deploy", "planned", "Russian forces", [], ["تمبكتو"]),
  mv("shipment", "reported", "Russian forces", ["طرطوس"], ["طبرق"]),
  mv("reinforce", "reported", "Algerian army", [], ["برج باجي مختار", "تين زواتين"]),
  mv("advance", "denied", "Algerian army", [], ["تينزاواتين"]),
  mv("reinforce", "conditional", "Algerian army", [], ["تمنراست"]),
 ],
}

NOTES = {
 "x1": ("Al Marsad (المرصد): Ubari oil fields and the «Fezzan movement» sit-in. Reported LNA (128th Infantry Battalion) "
        "deployment Sabha→El Sharara field via Germa and Ubari (headline = same move); GNA column Ash Shwayrif→Sharara "
        "denied («مفبرك بالكامل»); planned LNA company to the El Feel field (تعتزم); conditional Zintan deployment to "
        "secure the Rayayinah valve (إذا). Not movements: Ubari dateline, the sit-in and the threat to close El Feel, the "
        "NOC delegation coming from Tripoli, the pipeline via Rayayinah to the Zawiya refinery, El Feel output to Mellitah, "
        "youths from Idri and Brak joining the sit-in. Traps: حراك فزان (contains فزان), المنطقة العسكرية سبها, "
        "بشير الشويرفي (contains الشويرف), الشرارة الأولى, إدريس (contains إدري)."),
 "x2": ("Alhurra (الحرة): the Tobruk–Crete migration route. Reported Greek navy deployment off Tobruk (actor null; "
        "headline = same move); conditional Greek ship to the Crete area (إذا, actor null); reported LNA patrols on the coast "
        "Tobruk–Kambut–Bardia; planned LNA fast boats to Bomba (ستدفع الأسبوع المقبل); LNA border-guard withdrawal "
        "Emsaed→Tobruk denied. Not movements: Athens dateline and statement, migrants arriving in Crete and Gavdos, asylum "
        "suspension, Syrians flown to Benghazi, old boat route from Tripoli (Lebanon) to Cyprus, migrants intercepted and "
        "returned to Tobruk/Ajdabiya detention, EU delegation turned back at Benina, Tripoli accusing Benghazi. "
        "Traps: سالم الطبرقي (contains طبرق), الحرة, اللبناني, الجيش الوطني الليبي."),
 "x3": ("TRT Arabic: Turkish forces in western Libya. Reported Turkish A400M airlift Kayseri→Al Watiya (headline = same "
        "move); Turkish redeploy Al Watiya→Gharyan/Al Asabi'ah denied by the Turkish MoD; planned Turkish naval landing "
        "exercise at Garabulli; planned shipment on a landing ship Izmir→Al Khums port (على أن); conditional Zintan "
        "withdrawal from the Watiya gates to Zintan (إذا). Not movements: Istanbul dateline, the Ankara briefing, the "
        "frigate's friendly port visit to Benghazi, the mandate extension, Misrata airport contracts, an expected LNA "
        "delegation visit to Ankara. Traps: درع طرابلس 2026 (exercise name containing طرابلس), تي سي جي غيرسون (ship named "
        "after Giresun), محمد الزنتاني (contains الزنتان), وكالة الأناضول, عملية بركان الغضب."),
 "x4": ("Libya Observer (ليبيا أوبزرفر): an LNA column near Ghadames and the Algerian border. Reported LNA deployment "
        "Sabha→Daraj via Hamada al-Hamra (headline = same move); conditional GNA reinforcement of Ghadames and Sinawin "
        "(إذا); LNA advance on Ghadames denied; planned LNA move on to Al Awaynat and Ghat; reported Algerian army "
        "reinforcement in Debdeb and In Amenas (Illizi province). Not movements: Tripoli dateline and headline metonymy, "
        "raising readiness, the Ghadames mayor, the battalion guarding the airport, border committee meeting in Algiers, "
        "planned Libyan Airlines flights Tripoli→Ghadames airport, truck traffic Daraj–Nalut. Traps: درجت and درجة "
        "الاستعداد (contain درج), كتيبة شهداء غدامس and عيسى الغدامسي (contain غدامس), the idioms لا ناقة لهم فيه ولا جمل and "
        "أهل مكة أدرى بشعابها (Mecca inside an idiom is not a news location), ليبيا أوبزرفر."),
 "x5": ("DW Arabic (دويتشه فيله): Russia, Algeria and Mali. Reported Wagner withdrawal from Mali; reported Africa Corps "
        "(Russian forces) deployment in Kidal and Tessalit; planned Russian unit to Timbuktu (تعتزم موسكو); reported "
        "Russian shipment Tartus→Tobruk port; reported Algerian reinforcement of Bordj Badji Mokhtar and Tin Zaouatine on "
        "the Mali border; Algerian incursion near Malian Tinzaouaten denied; conditional Algerian air-defence reinforcement "
        "of Tamanrasset province (إذا). Not movements: Bonn dateline, the drone shoot-down, AES ambassadors recalled, "
        "Bamako's accusations, migrant deportations Tamanrasset→Assamaka (Niger), gold/arms smuggling in the "
        "Libya–Algeria–Niger triangle, Burkina/Niger coordination with Russia. Traps: الدعم المالي, مسيّرة مالية and المالية "
        "(contain مالي), تحالف دول الساحل, جبهة تحرير أزواد, «الفيلق الأفريقي», مجموعة فاغنر."),
}

# Read by tests/golden/sample_tools.py check (values from this sample's former src/check.py).
WORDS = (235, 265)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
BAR_IN_TEXT = True  # the text has a literal "|" (e.g. «عاجل |»): no "|" residue test, which the former check.py did not do
