# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                    # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                     # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                      # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                     # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                          # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                      # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                               # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                            # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                        # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                        # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                        # G (row جنوب ليبيا)
 # ho1 Wadi al-Hayat, Ubari and the fields
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                     # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                 # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                       # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                            # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                         # G
 "south_west": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                 # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                  # G
 # ho2 Djanet, Illizi and the Ghat border
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                                  # G
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),       # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                     # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                      # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                   # G
 "border_dzside": ("region", "DZ", 25.50, 9.80, "Algeria-Libya border (Algerian side)"),    # K
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),         # G* (row منفذ إيسين)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),                # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                        # G
 # ho3 Al Qatrun, Al Wigh and the Niger border
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                 # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),            # G* (town row)
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                    # G
 "wigh_base": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                       # G
 "wigh": ("town", "LY", 24.18590, 14.53280, "Al Wigh"),                                     # G* (base row)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                   # G (row الحدود الليبية النيجرية)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),                # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                           # G (row كوري بوقودي)
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                               # G
 # ho4 Ghadames, Ash Shwayrif and the west
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                                 # G
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),         # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                 # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                                  # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                     # G
 "tripoli_port": ("crossing", "LY", 32.9040, 13.1880, "Port of Tripoli"),                   # K
 "misrata_port": ("crossing", "LY", 32.3650, 15.2150, "Port of Misrata (Qasr Ahmed)"),      # K
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                        # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                       # G
 "border_dz_lyside": ("region", "LY", 28.85, 10.05, "Libya-Algeria border near Al Wafa"),   # K
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                         # G
 # ho5 Benghazi, Tamanhint, Idri and Wadi al-Shati
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                           # G
 "benghazi_port": ("crossing", "LY", 32.1050, 20.0500, "Port of Benghazi"),                 # K
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                    # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                    # G
}

LNA, GNA, DZA = "Libyan National Army", "GNA forces", "Algerian army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "ho1": ["فسانيا", "غرفة عمليات الجنوب الغربي", "الشرارة الأولى", "لواء طارق بن زياد", "شركة أكاكوس",
         "صالح الأوباري", "مجموعات تشادية"],
 "ho2": ["الشروق", "الجيش الوطني الشعبي", "الناحية العسكرية الرابعة", "طيران الطاسيلي", "مصدر ليبي",
         "مصدر عسكري جزائري", "صفحات ليبية", "وحدات جزائرية"],
 "ho3": ["يورونيوز", "عبد الرحمن المرزقي", "فصيل تشادي", "الأراضي الليبية", "طائرة شحن روسية", "الفيلق الإفريقي"],
 "ho4": ["الليبية", "شينخوا", "الطرابلسي", "درج مقر الرئاسة"],
 "ho5": ["الجيش الليبي", "القاهرة الإخبارية", "خطة تأمين الجنوب", "شارع طرابلس", "محمد الإدريسي"],
}

PHEN = {
 "ho1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "vague_area", "coverage_bases", "coverage_oil"],
 "ho2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "ho3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "ho4": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "coverage_oil", "countries"],
 "ho5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "coverage_bases"],
}

MOVES = {
 "ho1": [
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["أوباري"], ["سبها", "الغريفة"]),
  mv("shipment", "reported", LNA, ["سبها"], ["أوباري"]),
  mv("withdraw", "reported", LNA, ["العوينات"], ["أوباري"]),
  mv("deploy", "planned", LNA, [], ["حقل الشرارة", "حقل الفيل"]),
  mv("reinforce", "conditional", LNA, ["قاعدة براك الجوية"], ["الشرارة"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["أم الأرانب"]),
 ],
 "ho2": [
  mv("reinforce", "reported", DZA, ["إليزي"], ["جانت"]),
  mv("airlift", "reported", DZA, ["ورقلة"], ["مطار جانت"]),
  mv("deploy", "planned", DZA, [], ["الحدود مع ليبيا"]),
  mv("advance", "conditional", DZA, ["جانت"], ["معبر تين الكوم"]),
  mv("redeploy", "reported", LNA, ["أوباري"], ["منفذ إيسين"], ["غات"]),
  mv("advance", "denied", DZA, [], ["غات", "العوينات"]),
 ],
 "ho3": [
  mv("deploy", "reported", LNA, ["سبها"], ["القطرون"], ["تراغن", "مرزق"]),
  mv("shipment", "reported", LNA, ["سبها"], ["القطرون"]),
  mv("redeploy", "reported", LNA, ["القطرون"], ["قاعدة الويغ"]),
  mv("deploy", "planned", LNA, [], ["منفذ التوم"]),
  mv("advance", "conditional", "Chadian armed groups", ["كوري بوغودي"], ["تجرهي"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة براك الجوية"], ["الويغ"]),
 ],
 "ho4": [
  mv("airlift", "reported", GNA, ["مطار معيتيقة"], ["مطار غدامس"]),
  mv("deploy", "reported", GNA, ["طرابلس"], ["الشويرف"], ["غريان", "مزدة"]),
  mv("naval_landing", "reported", GNA, ["ميناء مصراتة"], ["ميناء طرابلس"]),
  mv("deploy", "planned", GNA, ["غدامس"], ["درج"]),
  mv("advance", "conditional", LNA, ["براك"], ["الشويرف"]),
  mv("withdraw", "denied", LNA, ["إدري"], []),
 ],
 "ho5": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة تمنهنت"]),
  mv("deploy", "reported", LNA, ["قاعدة تمنهنت"], ["إدري"], ["براك الشاطئ"]),
  mv("naval_landing", "reported", LNA, ["طبرق"], ["ميناء بنغازي"]),
  mv("withdraw", "planned", LNA, ["إدري"], ["بنغازي"]),
  mv("deploy", "conditional", LNA, ["سبها"], ["وادي الشاطئ"]),
  mv("mobilise", "denied", GNA, [], ["الشويرف"]),
 ],
}

NOTES = {
 "ho1": "Fasania (Sabha) weekly piece: an LNA reinforcement Tamanhint air base→Ubari via Sabha and Al-Ghurayfa confirmed "
        "three days later, a Sabha→Ubari fuel-and-ammunition convoy, a company's pull-back Al Awaynat→Ubari «الخميس "
        "الماضي», a deployment to the Sharara and El Feel fields set for Sunday 15 March, a conditional company Brak air "
        "base→Sharara and a denied Chadian massing in Umm al-Aranib; traps «الشرارة الأولى», the Akakus company, a person "
        "named الأوباري and the south-west operations room.",
 "ho2": "Echorouk (Algiers): an Algerian reinforcement Illizi→Djanet «منذ الأحد», an Il-76 airlift Ouargla→Djanet airport "
        "only revealed on Thursday, a deployment along the border set for 20 April, a conditional advance Djanet→the Tin "
        "Alkoum crossing, an LNA company Ubari→the Isayen crossing via Ghat «الخميس الماضي», and a denied Algerian entry "
        "into Ghat and Al Awaynat; Algiers vs Algeria, Illizi town vs wilaya, the Tassili airline.",
 "ho3": "Euronews Arabic: an LNA column Sabha→Al Qatrun via Traghen and Murzuq announced four days after it moved, a "
        "supply convoy Sabha→Al Qatrun, a part of the battalion Al Qatrun→Al Wigh air base «منذ ثلاثة أيام», the Toummo "
        "crossing to be taken over on 1 May, a Chadian faction's conditional advance Kouri Bougoudi→Tajarhi and a denied "
        "Russian flight Brak air base→Al Wigh «الليلة الماضية»; spelling قطرون/القطرون, a mayor named المرزقي.",
 "ho4": "Xinhua (Tripoli): a GNA airlift Mitiga airport→Ghadames airport «فجر اليوم (الأربعاء)», a land force Tripoli→Ash "
        "Shwayrif via Gharyan and Mizda, an earlier landing Misrata port→Tripoli port, a company Ghadames→Derj set for "
        "Thursday 16 April, the LNA's conditional advance Brak→Ash Shwayrif and its denied pull-out from Idri; traps "
        "«الطرابلسي» and «درج مقر الرئاسة», «قد يتقدم يوماً أو يومين» (a date, not a move).",
 "ho5": "Al Qahera News (Benghazi): an LNA airlift Benina air base→Tamanhint base «الليلة الماضية», the battalion "
        "Tamanhint base→Idri via Brak al-Shati «فجر اليوم», last week's landing Tobruk→Benghazi port, its planned return "
        "Idri→Benghazi on 25 March, a conditional company Sabha→Wadi al-Shati and the GNA's denied massing at Ash "
        "Shwayrif; traps the outlet «القاهرة الإخبارية», «شارع طرابلس», «محمد الإدريسي».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ho1", "ho2", "ho3", "ho4", "ho5")
