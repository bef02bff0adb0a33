# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / stored public pages (see README table "Coordinates not from the gazetteer");
# R = golden README / earlier fresh README convention point.
P = {
 # z1 -- Zawiya clashes (Al Arabiya)
 "zawiya": ("city", "LY", 32.7571, 12.72764, "Az Zawiya"),                              # G
 "zawiya_mun": ("district", "LY", 32.7571, 12.72764, "Az Zawiya municipality"),         # G (city row, fresh15 practice)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "dubai": ("city", "AE", 25.07725, 55.30927, "Dubai"),                                  # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "sawani": ("town", "LY", 32.71667, 13.06667, "As Sawani"),                             # G
 "aziziya": ("town", "LY", 32.53194, 13.0175, "Al Aziziyah"),                           # G
 "warshefana": ("region", "LY", 32.51012, 13.02794, "Warshefana"),                      # G (alias on the Al Jafara district row)
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Hurshah"),                            # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "bir_ghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                     # G
 "ras_ajdir": ("crossing", "LY", 33.15, 11.56, "Ras Ajdir border crossing"),            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "ly_tn_border": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),          # G
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),          # G
 # z2 -- Niger, Kawar, Russian trainers (RT Arabic)
 "niger": ("country", "NE", 17.60313, 9.8838, "Niger"),                                 # G
 "dirkou": ("town", "NE", 18.9687, 12.8687, "Dirkou"),                                  # G
 "dirkou_ap": ("airport", "NE", 18.9687, 12.8687, "Dirkou Airport"),                    # G
 "niamey": ("city", "NE", 13.51366, 2.1098, "Niamey"),                                  # G
 "niamey_ap": ("airport", "NE", 13.4815, 2.1836, "Niamey Diori Hamani Airport"),        # K (fresh14 value)
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 "kawar": ("region", "NE", 19.0, 12.9, "Kawar (Kaouar)"),                               # K
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                       # G
 "bilma": ("town", "NE", 18.68532, 12.91643, "Bilma"),                                  # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "ne_ly_border": ("region", "NE", 22.7, 13.5, "Niger-Libya border (Niger side)"),       # K
 "madama": ("base", "NE", 21.95, 13.65, "Madama"),                                      # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                      # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "tummo": ("crossing", "LY", 22.65, 14.2, "Toummo border crossing"),                    # G
 "djado": ("region", "NE", 20.983, 12.333, "Djado (plateau, Niger)"),                   # K (pages)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tri_ly_dz_ne": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G
 "algeria": ("country", "DZ", 28.0512, 0.58775, "Algeria"),                             # G
 # z3 -- Ghat, the Isayen crossing, Djanet (France 24 Arabic)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_ap": ("airport", "LY", 25.1456, 10.1426, "Ghat Airport"),                        # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G (town row)
 "isayen": ("crossing", "LY", 24.8, 10.1, "Isayen border crossing"),                    # G
 "sw_libya": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),               # G
 "djanet": ("town", "DZ", 24.55528, 9.485, "Djanet"),                                   # G (row kind village)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "barakat": ("town", "LY", 24.894, 10.18336, "Al Barakat"),                             # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "illizi": ("district", "DZ", 26.97285, 7.8652, "Illizi province"),                     # G
 "tin_alkoum": ("town", "DZ", 24.6, 10.2, "Tin Alkoum"),                                # K (pages)
 "dz_ly_border": ("region", "DZ", 24.55, 10.0, "Algeria-Libya border near Djanet (Algerian side)"),  # K
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "akakus": ("region", "LY", 24.83333, 10.33333, "Akakus Mountains"),                    # G
 # z4 -- Jaghbub, the Egyptian border (Ain Libya)
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "ly_eg_border": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border"),            # G
 "eg_ly_border": ("region", "EG", 29.5, 25.1, "Egypt-Libya border near Siwa (Egyptian side)"),  # K
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "jalu": ("town", "LY", 29.03333, 21.55, "Jalu"),                                       # G
 "jalu_mun": ("district", "LY", 29.03333, 21.55, "Jalu municipality"),                  # G (town row)
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjila"),                                # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "asyut": ("district", "EG", 27.23432, 31.11334, "Asyut governorate"),                  # G
 "minya": ("district", "EG", 28.18109, 30.10272, "Minya governorate"),                  # G
 "fayyum": ("district", "EG", 29.33158, 30.57173, "Faiyum governorate"),                # G
 "siwa": ("town", "EG", 29.2032, 25.51965, "Siwa"),                                     # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "marada": ("town", "LY", 29.22054, 19.20454, "Marada"),                                # G
 "wahat": ("district", "LY", 29.02035, 20.78359, "Al Wahat district"),                  # G
 # z5 -- Nafusa Mountains, Yefren-Zintan tension (Al-Araby Al-Jadeed)
 "jabal_gharbi": ("region", "LY", 30.3338, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G
 "yafran": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                # G
 "yafran_mun": ("district", "LY", 32.06329, 12.52859, "Yafran municipality"),           # G (town row)
 "rayayinah": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                       # G
 "kikla": ("town", "LY", 32.08333, 12.7, "Kikla"),                                      # G
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                                    # G
 "nalut": ("town", "LY", 31.86848, 10.9812, "Nalut"),                                   # G
 "kabaw": ("town", "LY", 31.84724, 11.33055, "Kabaw"),                                  # G
 "rujban": ("town", "LY", 31.95, 12.16667, "Ar Rujban"),                                # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "asabia": ("town", "LY", 32.03333, 12.86667, "Al Asabiah"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "watiya": ("base", "LY", 32.4769, 11.8968, "Al Watiya Air Base"),                      # G
}

TRAPS = {
 "z1": ["العربية.نت", "مركز طب الطوارئ والدعم", "«العربية»", "«الحدث»", "رئاسة الأركان العامة",
        "حكومة الوحدة الوطنية", "اللواء 111 مجحفل", "المجلس العسكري الزنتان", "وزارة الدفاع", "عمر الصرماني",
        "من هذه الزاوية", "المؤسسة الوطنية للنفط", "القوة القاهرة", "العاصمة الليبية", "البعثة الأممية",
        "الليبيين"],
 "z2": ["RT", "الجيش النيجري", "الجبهة الوطنية للتحرير", "التبو", "الفيلق الأفريقي", "وزارة الدفاع الروسية",
        "المدربون الروس", "حرس الحدود", "المجلس العسكري الحاكم", "القوات الفرنسية والأمريكية", "دعماً مالياً",
        "تحالف الساحل", "القيادة العامة للجيش الليبي", "وحدات ليبية", "الجانب النيجري", "مسلحين تشاديين",
        "فصائل تشادية", "الباحث الليبي", "محمود التومي"],
 "z3": ["أ ف ب", "فرانس برس", "فرانس24", "إبراهيم الغاتي", "الطوارق",
        "اللواء طارق بن زياد", "الجيش الوطني الليبي", "الجيش الجزائري", "نقطة جزائرية", "الخارجية الفرنسية"],
 "z4": ["شعبة الإعلام الحربي", "القيادة العامة", "الكتيبة 155 مشاة", "درع الواحات", "عين ليبيا",
        "السواحل الإيطالية", "مصدر عسكري مصري", "الجيش المصري", "صفحات ليبية", "منطقة طبرق العسكرية",
        "الحركة السنوسية", "محمد بن علي السنوسي"],
 "z5": ["سالم الرجباني", "كتائب زنتانية", "«العربي الجديد»", "المجلس البلدي جادو", "رئاسة الأركان العامة",
        "حكومة الوحدة الوطنية", "المجلس الرئاسي", "المجلس العسكري الزنتان", "المكونين العربي والأمازيغي",
        "بالأمازيغية"],
}

PHEN = {
 "z1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
        "nisba", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours",
        "countries"],
 "z2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
        "nisba", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours",
        "countries"],
 "z3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
        "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
        "coverage_neighbours", "countries"],
 "z4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
        "vague_area", "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "z5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
        "town_vs_district", "coverage_bases"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "z1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الماية"], ["جنزور"]),
  mv("redeploy", "reported", "GNA forces", ["السواني"], ["العزيزية"]),
  mv("mobilise", "reported", None, [], ["الحرشة"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["الزاوية"], ["بئر الغنم"]),
  mv("deploy", "planned", "GNA forces", [], ["الزاوية"]),
  mv("withdraw", "conditional", "GNA forces", ["الماية"], ["طرابلس"]),
 ],
 "z2": [
  mv("reinforce", "reported", None, ["أغاديز"], ["ديركو"]),
  mv("airlift", "reported", "Russian forces", ["نيامي"], ["ديركو"]),
  mv("deploy", "planned", "Russian forces", [], ["ماداما"]),
  mv("advance", "denied", "Libyan National Army", ["القطرون"], ["ماداما"], ["التوم"]),
  mv("advance", "conditional", "Chadian armed groups", ["جادو"], ["سيغيدين"]),
 ],
 "z3": [
  mv("deploy", "reported", "Libyan National Army", ["أوباري"], ["غات", "البركت"]),
  mv("withdraw", "denied", "Libyan National Army", ["العوينات"], ["أباري"]),
  mv("deploy", "planned", "Libyan National Army", [], ["إيسين"]),
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت", "تين الكوم"]),
  mv("reinforce", "conditional", "Algerian army", [], ["الحدود مع ليبيا"]),
 ],
 "z4": [
  mv("deploy", "reported", "Libyan National Army", ["طبرق"], ["الجغبوب"]),
  mv("reinforce", "reported", "Libyan National Army", ["اجدابيا"], ["جالو", "أوجلة"]),
  mv("advance", "denied", "Egyptian army", ["سيوة"], ["الجغبوب"]),
  mv("deploy", "planned", "Egyptian army", [], ["سيوة", "الحدود مع ليبيا"]),
  mv("redeploy", "conditional", "Libyan National Army", ["الجغبوب"], ["مرادة"]),
 ],
 "z5": [
  mv("reinforce", "reported", "Zintan forces", ["الزنتان"], ["الرياينة"]),
  mv("mobilise", "reported", None, ["ككلة"], ["يفرن"]),
  mv("advance", "denied", None, ["جادو", "نالوت"], ["يفرن"]),
  mv("deploy", "planned", "GNA forces", ["غريان"], ["الرياينة", "يفرن"]),
  mv("withdraw", "conditional", "Zintan forces", ["الرياينة"], ["الزنتان"]),
 ],
}

NOTES = {
 "z1": ("Al Arabiya (العربية.نت): renewed clashes in Zawiya near the refinery. Reported GNA (Chief of Staff) columns "
        "Tripoli→Al Maya via Janzour (headline = same move); reported GNA (111 Brigade) redeployment As Sawani→Al Aziziyah; "
        "reported mobilisation of unnamed local armed groups in Al Hurshah (actor null); Zintan move from Zintan towards "
        "Zawiya via Bir al-Ghanam denied by the Zintan military council («أخبار مفبركة»); planned GNA joint force around "
        "the Zawiya refinery (تعتزم); conditional GNA withdrawal Al Maya→Tripoli (بمجرد). Not movements: Dubai dateline, "
        "Tripoli as distance reference, families displaced to Surman and Sabratha, the road to Ras Ajdir closed to "
        "travellers, the mayor's appeal. Traps: المجلس العسكري الزنتان (contains الزنتان), عمر الصرماني (contains صرمان), "
        "من هذه الزاوية (common phrase containing الزاوية), القوة القاهرة (force majeure; contains القاهرة), "
        "«العربية»/«الحدث»/العربية.نت (media)."),
 "z2": ("RT Arabic: Niger reinforces the Kawar after attacks near Seguedine and Bilma. Reported Niger-army reinforcement "
        "Agadez→Dirkou (headline = same move; Niger army is not a canonical actor → null); reported Russian (Africa "
        "Corps) airlift Niamey airport→Dirkou airport; planned Russian move to Madama base (على أن); LNA crossing "
        "Al Qatrun→Madama via the Tummo crossing denied; conditional advance of Chadian factions from the Djado plateau "
        "on Seguedine (إذا). Not movements: Niamey dateline, the distance Dirkou–Agadez, migrants returning from Libya, "
        "the past French/US withdrawal (background, no place), migrant trucks Agadez→Al Qatrun/Sabha, smugglers via the "
        "Libya–Algeria–Niger triangle. Traps: الجيش النيجري/الجانب النيجري (contain النيجر), دعماً مالياً (contains "
        "مالي), محمود التومي (contains التوم), RT, الفيلق الأفريقي. جادو here is the Djado plateau in Niger, not Jadu "
        "(LY)."),
 "z3": ("France 24 Arabic (فرانس24/ أ ف ب): protests in Ghat over the closed Isayen crossing. Reported LNA (Tariq bin "
        "Ziyad Brigade) deployment Ubari→Ghat, Al Barakat and the Ghat airport area; LNA withdrawal Al Awaynat→Ubari "
        "(spelt أباري) denied; planned LNA company to take over the Isayen crossing (ستتسلم); reported Algerian-army "
        "reinforcement Illizi province→Djanet and Tin Alkoum (headline = same move); conditional Algerian move towards the "
        "border with Libya (إذا). Not movements: the Ghat dateline, trade Ghat–Djanet, the Tuareg delegation's visit to "
        "Algiers, Tripoli/Benghazi governments, Akakus tourism, fuel smuggling from Algeria. Traps: إبراهيم الغاتي "
        "(contains غات), الجيش الجزائري (contains الجزائر), اللواء طارق بن زياد, أ ف ب, فرانس برس."),
 "z4": ("Ain Libya (عين ليبيا): LNA operation against people smuggling at Jaghbub. Reported LNA (155th Infantry "
        "Battalion) deployment Tobruk→Jaghbub (headline = same move); reported LNA reinforcement Ajdabiya→Jalu and "
        "Awjila; Egyptian-army crossing Siwa→Jaghbub denied («عارٍ تماماً من الصحة»); planned Egyptian patrols in Siwa "
        "and along the border with Libya (تعتزم); conditional LNA redeployment Jaghbub→Marada (إذا). Not movements: "
        "migrants from Asyut/Minya/Faiyum via Siwa→Jaghbub→Jalu→Ajdabiya/Tobruk, bodies found near the oasis, the "
        "Tobruk shelter, the Jalu mayor's appeal to the Benghazi government. Traps: درع الواحات (operation name "
        "containing الواحات), منطقة طبرق العسكرية (contains طبرق), عين ليبيا (contains ليبيا), محمد بن علي السنوسي."),
 "z5": ("Al-Araby Al-Jadeed (العربي الجديد): Yefren–Zintan tension in the Western Mountain. Reported Zintan "
        "reinforcement Zintan→Ar Rayayinah; reported mobilisation of local groups (with gunmen from Kikla) at the "
        "western entrance of Yefren (actor null); move of forces from Jadu and Nalut towards Yefren denied by the Jadu "
        "council (actor null); planned GNA (Chief of Staff) interposition force from Gharyan between Ar Rayayinah and "
        "Yefren (ستنشر); conditional Zintan withdrawal Ar Rayayinah→Zintan (إذا). Not movements: Tripoli dateline and "
        "locator, the Presidential Council delegation arriving in Zintan, the Gharyan–Asabi'a road closed to trucks, "
        "Misrata/Rujban mediators, the 2014 fighting near Al Watiya and displacement to Gharyan/Tripoli. Traps: سالم "
        "الرجباني (byline, contains الرجبان), المجلس البلدي جادو, المجلس العسكري الزنتان, كتائب زنتانية."),
}

# Read by tests/golden/sample_tools.py check (values from this sample's former src/check.py).
WORDS = (235, 265)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
