# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and capitals
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                   # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                  # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                              # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                              # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                    # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                 # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                    # G
 # bh1 Al Qatrun
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                               # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                                # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                  # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),             # G* (town row)
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                 # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                   # G (row قاعدة تمنهنت)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),              # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                 # G* (الحدود الليبية النيجرية)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                      # G* (جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                # G
 # bh2 Nafusa mountains
 "nafusa": ("region", "LY", 31.95000, 12.00000, "Jabal Nafusa"),                          # K
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                                      # G
 "kabaw": ("town", "LY", 31.84724, 11.33055, "Kabaw"),                                    # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                    # G
 "nalut_mun": ("district", "LY", 31.86848, 10.98120, "Nalut municipality"),               # G* (town row)
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                               # G
 "rahaibat": ("town", "LY", 31.84637, 11.84360, "Ar-Rahaibat"),                           # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                  # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                                # G
 "yafran": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                  # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"), # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),               # G* (الحدود الليبية التونسية)
 # bh3 Kufra
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                    # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                 # G
 "jawf": ("town", "LY", 24.19890, 23.29093, "Al Jawf (Kufra)"),                           # G* (Kufra row, which lists الجوف)
 "hawari": ("village", "LY", 24.31667, 23.16667, "Al Hawwari"),                           # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                                # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                      # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                         # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                      # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),                 # G* (الحدود الليبية السودانية)
 # bh4 Ubari / Wadi al-Shati
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                    # G
 "ubari_var": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                # G* (spelling أباري)
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),               # G* (town row)
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                    # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                             # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                      # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                      # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                        # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                      # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                       # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),               # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),              # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),                # G* (الحدود الليبية الجزائرية)
 # bh5 Al Maya / west coast
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Maya"),                                   # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                               # G
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Hurshah"),                              # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                            # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                  # G
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),            # G
 "warshefana": ("region", "LY", 32.51012, 13.02794, "Warshefana area"),                   # G* (Al Jafara district row, which lists ورشفانة)
}

TRAPS = {
 "bh1": ["العربي الجديد", "محمد السبهاوي", "لا أدري", "اللواء طارق بن زياد", "الليبية"],
 "bh2": ["اندبندنت عربية", "الديوانة التونسية", "عبد الله الطرابلسي", "المجلس العسكري الزنتان"],
 "bh3": ["عربي21", "المياه الجوفية", "المعارضة التشادية", "اللاجئين السودانيين", "خليفة حفتر"],
 "bh4": ["فواصل", "علي الإدريسي", "الليبية", "الجزائرية"],
 "bh5": ["سكاي نيوز عربية", "المنطقة العسكرية الساحل الغربي", "كتيبة ثوار طرابلس", "الكهرباء والماية",
         "قبيلة ورشفانة", "أعيان ورشفانة", "شباب ورشفانة"],
}

PHEN = {
 "bh1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "bh2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "bh3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "bh4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "bh5": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "ambiguity_tripoli",
         "vague_area", "coverage_bases"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA, ZIN = "Libyan National Army", "GNA forces", "Zintan forces"

MOVES = {
 "bh1": [
  mv("mobilise", "reported", None, [], ["القطرون"]),                          # Tebu fighters gather at the town's northern entrance
  mv("advance", "denied", None, ["سبها"], ["القطرون"]),                       # Awlad Suleiman column, denied by the tribe's council
  mv("deploy", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["القطرون"]),        # Tariq ibn Ziyad force sent to separate them
  mv("airlift", "planned", LNA, ["بنغازي"], ["مطار سبها"]),                   # military police flown Wednesday
  mv("advance", "conditional", None, [], ["سبها"]),                           # Tebu threat to march on Sabha (إذا لم تُلبَّ)
 ],
 "bh2": [
  mv("mobilise", "reported", None, ["كاباو", "نالوت"], ["جادو"]),              # Amazigh towns' fighters massed in Jadu
  mv("advance", "reported", None, ["جادو"], ["الرجبان"]),                     # Jadu youth to the outskirts of Rujban
  mv("withdraw", "reported", None, ["الرجبان"], ["الرحيبات"]),                # pulled back after Yafran elders' mediation
  mv("advance", "conditional", None, [], ["الرجبان"]),                        # «سيتقدمون ... إذا لم يُطلق سراح»
  mv("reinforce", "denied", ZIN, ["الزنتان"], ["الرجبان"]),                   # Zintan military council denies a column
  mv("deploy", "planned", GNA, ["غريان"], ["يفرن"]),                          # GNU chief of staff: separation force
 ],
 "bh3": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),    # Brigade 106 by two cargo planes
  mv("mobilise", "reported", None, [], ["الجوف"]),                            # Zuwaya youth mass in Al Jawf
  mv("withdraw", "reported", None, ["مطار الكفرة"], ["الهواري"]),             # Tebu gunmen leave the airport area
  mv("shipment", "denied", None, ["تشاد"], ["الكفرة"]),                       # arms from Chad, denied by the Tebu council
  mv("redeploy", "planned", LNA, ["حقل السرير"], ["الكفرة"]),                 # battalion from the Sarir field next week
  mv("advance", "conditional", LNA, [], ["الهواري"]),                         # «في حال رفض المسلحين»
 ],
 "bh4": [
  mv("mobilise", "reported", None, ["العوينات", "غات"], ["أوباري"]),          # Tuareg youth mass at Ubari's eastern gate
  mv("advance", "conditional", None, [], ["جرمة"]),                           # 48-hour ultimatum, threat to march on Germa
  mv("redeploy", "reported", LNA, ["قاعدة براك الجوية"], ["جرمة"]),           # Battalion 173 «إعادة تموضع»
  mv("withdraw", "planned", LNA, ["جرمة"], []),                               # the same units to pull out on Saturday
  mv("reinforce", "denied", None, ["براك", "إدري"], ["جرمة"]),                # Magarha council denies sending gunmen
  mv("shipment", "denied", None, ["الجزائر"], ["أوباري"], ["منفذ إيسين"]),    # arms trucks, denied by the Ubari mayor
 ],
 "bh5": [
  mv("naval_landing", "reported", GNA, ["قاعدة أبوستة البحرية"], ["الماية"]),  # GNU naval force lands on Al Maya beach
  mv("reinforce", "reported", None, ["الزاوية"], ["الماية"], ["الحرشة"]),     # Zawiya groups' reinforcements via Al Hurshah
  mv("mobilise", "reported", None, ["العزيزية"], ["الماية"]),                 # Warshefana «النفير العام», gathered in the town square
  mv("naval_landing", "denied", None, ["الزاوية"], ["جنزور"]),                # fishing-boat landing at Janzour, denied
  mv("deploy", "planned", GNA, [], ["الماية", "الحرشة"]),                     # West Coast military zone, Sunday
  mv("withdraw", "conditional", None, ["الماية"], []),                        # «متى انتشرت القوة الحكومية وسُلّم المتورطون»
 ],
}

NOTES = {
 "bh1": "Tebu mobilisation in Al Qatrun (reported), an Awlad Suleiman column from Sabha denied by the tribe's council, an LNA "
        "separation force from Tamanhint (reported), a planned airlift Benghazi→Sabha airport and a conditional Tebu threat to "
        "march on Sabha; community fighters have actor null. Traps: the outlet, a person «السبهاوي», «لا أدري», a brigade name.",
 "bh2": "Amazigh towns of the Nafusa: fighters from Kabaw and Nalut massed in Jadu (reported), a Jadu advance to Rujban and a "
        "withdrawal to Rahaibat after mediation (reported), a conditional advance on Rujban, a Zintan column denied by the Zintan "
        "military council (Zintan forces), a planned GNU separation force Gharyan→Yafran. Tunis (capital) vs Tunisia (border).",
 "bh3": "Zuwaya and Tebu in Kufra: an LNA airlift Benina→Kufra airport (reported), Zuwaya mobilisation in Al Jawf, a Tebu "
        "withdrawal from the airport area to Al Hawari, a denied arms shipment from Chad, a planned redeployment from the Sarir "
        "field and a conditional advance on Al Hawari. Benghazi as a distance reference is not a movement place.",
 "bh4": "Tuareg youth massing in Ubari from Al Awaynat and Ghat (reported), a conditional threat on Germa, an LNA redeployment "
        "Brak air base→Germa (reported) and its planned withdrawal, a Magarha reinforcement from Brak and Idri denied, arms "
        "trucks from Algeria via Isayen denied. A notable's own travel (Sabha, Algiers) is not a movement.",
 "bh5": "Warshefana and Zawiya groups at Al Maya: a GNU naval landing from Abu Sitta (reported), Zawiya reinforcements via Al "
        "Hurshah, a Warshefana mobilisation from Al Aziziyah, a denied fishing-boat landing at Janzour, a planned deployment "
        "between Al Maya and Al Hurshah and a conditional withdrawal. Tribe-name uses of ورشفانة are traps; the area is gold.",
}

# Read by tests/golden/sample_tools.py check (values from this sample's former src/check.py).
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("bh1", "bh2", "bh3", "bh4", "bh5")
BAR_IN_TEXT = True  # the text has a literal "|" (e.g. «عاجل |»): no "|" residue test, which the former check.py did not do
