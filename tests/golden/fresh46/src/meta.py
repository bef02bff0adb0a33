# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "algeria": ("country", "DZ", 28.0512, 0.58775, "Algeria"),                             # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.8838, "Niger"),                                 # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "turkey": ("country", "TR", 38.9611, 35.47856, "Turkey"),                              # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 # cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (gazetteer spelling أجدابيا)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "matruh": ("city", "EG", 31.3529, 27.23725, "Marsa Matruh"),                           # G
 "biskra": ("city", "DZ", 34.85038, 5.72805, "Biskra"),                                 # G
 "riyadh": ("city", "SA", 24.68773, 46.72185, "Riyadh"),                                # G* (gazetteer name رياض)
 # towns / villages
 "abyar": ("town", "LY", 32.19, 20.59653, "Al Abyar"),                                  # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "tocra": ("town", "LY", 32.53414, 20.57911, "Tukrah"),                                 # G
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                            # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "hassi": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                          # G
 "bordj": ("town", "DZ", 28.15, 6.81667, "Bordj Omar Driss"),                           # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ummaranib": ("town", "LY", 26.13386, 14.7372, "Umm al Aranib"),                       # G
 "tmassah": ("village", "LY", 26.4, 15.78333, "Tmassah"),                               # G
 "wawkabir": ("village", "LY", 25.35, 16.72, "Waw al-Kabir"),                           # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "zuwaylah": ("town", "LY", 26.16188, 15.12522, "Zawilah"),                             # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "wour": ("village", "TD", 21.3667, 15.9833, "Wour"),                                   # G
 "siwa": ("town", "EG", 29.2032, 25.51965, "Siwa"),                                     # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "rebiana": ("town", "LY", 24.233, 21.983, "Rebiana"),                                  # G
 "hawari": ("village", "LY", 24.31667, 23.16667, "Al Hawwari"),                         # G
 "kufra": ("town", "LY", 24.1989, 23.29093, "Kufra"),                                   # G
 "jawf": ("town", "LY", 24.1989, 23.29093, "Al Jawf (Kufra)"),                          # G* (Kufra town row)
 "marada": ("town", "LY", 29.22054, 19.20454, "Maradah"),                               # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjilah"),                               # G
 "zuwara": ("town", "LY", 32.9312, 12.08199, "Zuwarah"),                                # G
 "djanet": ("town", "DZ", 24.55528, 9.485, "Djanet"),                                   # G* (gazetteer kind village)
 # airports / bases / oil / crossings
 "kufra_airport": ("airport", "LY", 24.1787, 23.314, "Kufra Airport"),                  # G
 "mitiga_airport": ("airport", "LY", 32.8941, 13.276, "Mitiga Airport"),                # G
 "sabha_airport": ("airport", "LY", 26.987, 14.4725, "Sabha Airport"),                  # G
 "brega_airport": ("airport", "LY", 30.3781, 19.5764, "Marsa Brega Airport"),           # G
 "benina_base": ("base", "LY", 32.0968, 20.2695, "Benina Air Base"),                    # G
 "wigh_base": ("base", "LY", 24.1859, 14.5328, "Al Wigh Air Base"),                     # G
 "watiya": ("base", "LY", 32.4769, 11.8968, "Al Watiya Air Base"),                      # G
 "madama": ("base", "NE", 21.95, 13.65, "Madama"),                                      # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "zelten": ("oilfield", "LY", 28.5871, 19.3034, "Zelten oil field"),                    # G
 "toummo": ("crossing", "LY", 22.65, 14.2, "Toummo border crossing"),                   # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 # districts
 "kufra_district": ("district", "LY", 23.30855, 22.08059, "Al Kufra district"),         # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),        # K (town point)
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (README: point near Hun/Waddan; Jufra air base row)
 # regions
 "southeast_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),           # G* (row جنوب شرق ليبيا)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),            # G* (row الحدود الليبية السودانية)
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),           # G* (row الحدود الليبية الجزائرية)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),             # G (row الحدود الليبية التشادية)
 "border_ly_ne": ("region", "LY", 23.17309, 13.6986, "Libya-Niger border"),             # G* (row الحدود الليبية النيجرية)
 "border_eg_ly": ("region", "EG", 29.5, 25.2, "Egypt-Libya border (Egyptian side)"),    # K
 "border_tn_ly": ("region", "TN", 32.6, 11.2, "Tunisia-Libya border (Tunisian side)"),  # K
 "tibesti": ("region", "TD", 20.8, 17.8, "Tibesti"),                                    # G
 "north_chad": ("region", "TD", 18.2068, 19.78454, "Northern Chad"),                    # G
 "jabal_akhdar": ("region", "LY", 32.02519, 21.7983, "Jebel Akhdar"),                   # G* (district row used for the upland area)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "farwa": ("region", "LY", 33.10, 11.73, "Farwa Island"),                               # K
}

TRAPS = {
 "av1": ["ليبيا برس", "اتفاق جنيف", "كتيبة سبل السلام", "قوة حماية أوباري", "مسلحين سودانيين",
         "وزارة الدفاع الجزائرية", "صفحات ليبية", "دوريات جزائرية", "الطارقية", "الجديد"],
 "av2": ["مركز دراسات الساحل والصحراء", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "فصيل تشادي", "عيسى القطروني",
         "الجيش التشادي", "الهلال الأحمر الليبي", "مؤتمر برلين"],
 "av3": ["مرصد الحدود الليبية", "الجيش المصري", "المتحدث العسكري المصري", "الجانب الليبي", "اللبنانية",
         "مجموعة مسلحة سودانية", "كتيبة سبل السلام", "المكوّن التباوي", "مصدر أمني مصري", "مهاجر مصري"],
 "av4": ["الشرق للأخبار", "الشرق", "المعارضة التشادية", "فرج المرادي", "حرس المنشآت النفطية", "فصيل تشادي",
         "القوة المشتركة", "غرفة عمليات سرت والجفرة", "اتفاق جنيف"],
 "av5": ["قناة ليبيا الوطنية", "الجيش الوطني الشعبي", "وكالة الأنباء الجزائرية", "الجيش التونسي",
         "الخطوط الجوية الليبية", "إدريس بشير", "سرت شائعات", "مصرف ليبيا المركزي", "دعماً مالياً",
         "الأهلي طرابلس", "النصر", "إماراتية", "النازحين السودانيين"],
}

PHEN = {
 "av1": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
         "coverage_neighbours", "countries"],
 "av2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "av3": ["clitics", "multiword", "media_trap", "nisba", "ambiguity_tripoli", "border_phrase", "town_vs_district",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "av4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "coverage_bases", "coverage_oil"],
 "av5": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
         "coverage_neighbours", "countries"],
}

LNA, GNA = "Libyan National Army", "GNA forces"


def M(kind, status, actor, origins, destinations, via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "av1": [
  M("reinforce", "reported", LNA, ["المرج"], ["الأبيار"]),
  M("deploy", "conditional", LNA, [], ["توكرة"]),
  M("mobilise", "reported", GNA, ["الخمس"], ["مسلاتة"]),
  M("advance", "conditional", GNA, [], ["مسلاتة"]),
  M("advance", "denied", "Sudanese armed groups", ["الحدود مع السودان"], ["تازربو"]),
  M("naval_landing", "reported", LNA, ["بنغازي"], ["سرت"]),
  M("airlift", "planned", LNA, ["قاعدة بنينا"], ["سرت"]),
  M("redeploy", "reported", "Algerian army", ["حاسي مسعود"], ["برج عمر إدريس"]),
  M("advance", "denied", "Algerian army", [], ["غدامس"]),
  M("mobilise", "reported", None, ["إدري", "غات"], ["أوباري"]),
  M("deploy", "planned", LNA, ["سبها"], ["أوباري"]),
 ],
 "av2": [
  M("withdraw", "reported", "Chadian armed groups", ["أم الأرانب"], ["الواو الكبير"], ["تمسة"]),
  M("deploy", "reported", LNA, ["سبها"], ["أم الأرانب"]),
  M("mobilise", "reported", None, [], ["القطرون"]),
  M("advance", "denied", None, ["القطرون"], ["قاعدة الويغ"]),
  M("reinforce", "reported", None, ["زوار"], ["وور"]),
  M("advance", "denied", "Chadian armed groups", [], ["تمسة"]),
  M("shipment", "reported", None, ["ام الارانب"], ["الحدود مع تشاد"]),
  M("redeploy", "planned", LNA, ["أم الأرانب"], ["القطرون"]),
  M("advance", "conditional", LNA, ["القطرون"], ["منفذ التوم"]),
 ],
 "av3": [
  M("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["سيوة"]),
  M("advance", "denied", "Egyptian army", [], ["الجغبوب"]),
  M("shipment", "reported", None, ["طرابلس"], ["ميناء الحريقة"]),
  M("withdraw", "reported", "Sudanese armed groups", ["ربيانة"], ["الحدود مع السودان"]),
  M("mobilise", "reported", None, [], ["الهواري"]),
  M("deploy", "planned", LNA, [], ["الهواري", "الجوف"]),
  M("deploy", "denied", GNA, [], ["الكفرة"]),
  M("reinforce", "conditional", "Egyptian army", ["سيوة"], ["السلوم"]),
 ],
 "av4": [
  M("reinforce", "reported", LNA, ["اجدابيا"], ["مرادة"], ["البريقة"]),
  M("airlift", "reported", LNA, ["قاعدة بنينا"], ["مطار البريقة"]),
  M("reinforce", "planned", LNA, ["مطار البريقة"], ["مرادة"]),
  M("withdraw", "reported", "Chadian armed groups", ["مرادة"], ["حقل زلطن"]),
  M("withdraw", "denied", None, ["حقل زلطن"], []),
  M("advance", "denied", "Chadian armed groups", [], ["مرادة"]),
  M("advance", "denied", "Misrata forces", ["مصراتة"], ["الجفرة"]),
  M("deploy", "planned", LNA, [], ["مرادة"]),
  M("advance", "conditional", LNA, [], ["حقل زلطن"]),
 ],
 "av5": [
  M("naval_landing", "reported", GNA, ["طرابلس"], ["فروة"]),
  M("withdraw", "planned", GNA, ["فروة"], ["زوارة"]),
  M("withdraw", "denied", GNA, ["قاعدة الوطية"], []),
  M("shipment", "denied", None, ["تركيا"], ["مصراتة"]),
  M("airlift", "reported", "Algerian army", ["بسكرة"], ["جانت"]),
  M("reinforce", "conditional", "Tunisian army", [], ["الحدود مع ليبيا"]),
  M("deploy", "planned", None, [], ["ماداما"]),
 ],
}

NOTES = {
 "av1": "Weekly roundup, one paragraph per day (Libya Press). Day-initial and place-initial sentences; destinations given by "
        "«المدينة» (Ubari) and by «بها» (Sirte); Sirte is a meeting venue on Tuesday (not a movement place) and a landing "
        "destination on Friday; prisoner exchange in Ash Shwayrif, passenger flight Mitiga→Kufra airport, Algiers as the "
        "venue of a statement and the Sudanese border as origin of a denied move.",
 "av2": "Month chronology, one dated line per event. The Chadian column's origin is on the 2 March line and its path on "
        "3 March; the CCMSR is named once and then called «المجلس»; «من هناك» on 28 March points to Al Qatrun in the 27 March "
        "line. Chadian army (null) vs Chadian armed groups; Red Crescent convoy, passenger flight, prisoner exchange, "
        "meeting and the road to Murzuq are not movement places.",
 "av3": "Numbered monitoring bulletin. Egyptian army reported/denied/conditional; Lebanese Tripoli as origin of a ship vs "
        "the GNU in (Libyan) Tripoli as speaker; the LNA brigade named in item 4 is the implicit actor of item 5; aid "
        "convoy via Amsaad, Tobruk–Alexandria flights, deportation of migrants and a notables' visit are not movements.",
 "av4": "«What we know so far» explainer after a clash; Marada mostly referred to as «الواحة». Chained airlift Benina→Brega "
        "airport then planned link-up in Marada; same actor reported withdrawing (LNA account) and denying presence "
        "(faction statement); PFG denial with «الحقل»; ops-room name and Geneva agreement are traps; Sirte is a meeting "
        "venue and Brega a distance reference in the first paragraph.",
 "av5": "TV news-bar transcript. Second item has no named actor (GNA from the first item). Country prefixes «الجزائر:», "
        "«تونس:», «النيجر:» vs Algiers in a flight item and «تونس العاصمة»; club «الأهلي طرابلس», «سرت شائعات», "
        "«دعماً مالياً» vs Mali, «إدريس» vs Idri; aid trucks to Kufra, medicines to Idri, flights and the minister's visit "
        "are not movements.",
}

# Read by tests/golden/sample_tools.py check (values from this sample's former src/check.py).
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
BAR_IN_TEXT = True  # the text has a literal "|" (e.g. «عاجل |»): no "|" residue test, which the former check.py did not do
