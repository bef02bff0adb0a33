# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and regions
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                  # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "south_west": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                   # G
 # capitals and cities outside the Fezzan
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                  # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"), # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                 # G
 "beirut_airport": ("airport", "LB", 33.8209, 35.4884, "Beirut-Rafic Hariri International Airport"),  # K
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),                # K
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                 # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                 # G
 # air bases and airports outside the Fezzan
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                     # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G* (row قاعدة بنينا الجوية)
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),              # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "La Abraq Airport"),             # G
 "tobruk_base": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                 # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                            # G* (row مطار الجفرة, between Hun and Waddan)
 # the Fezzan: Sabha, Brak, Tamanhint
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G* (row قاعدة تمنهنت)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "brak_mun": ("district", "LY", 27.54956, 14.27139, "Brak municipality"),                # G* (town row)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                      # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                               # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),              # G
 "wigh_airport": ("airport", "LY", 24.18590, 14.53280, "Al Wigh Airport"),               # G
 # Wadi al-Hayat, Ubari, Ghat
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "ubari_airport": ("airport", "LY", 26.567, 12.823, "Ubari Airport"),                    # K
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                  # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                   # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                    # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                            # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),                # G* (town row)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                  # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),             # G
 # Algeria across from Ghat
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                  # G (gazetteer kind village)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                  # G
}

TRAPS = {
 "yd1": ["القدس العربي", "الفيلق الأفريقي", "محمد الطرابلسي", "الخطوط الجوية الليبية", "الجيش الوطني الليبي",
         "إدريس البراكي"],
 "yd2": ["الجريدة", "الجيش الوطني الليبي", "عبد الرحمن الغاتي", "الجديد", "غدامس للنقل الجوي", "الجيش الجزائري",
         "المعارضة التشادية", "البلاغات"],
 "yd3": ["اللواء", "اللبناني", "الجيش الوطني الليبي", "الليبية", "أجنحة الشام"],
 "yd4": ["قنا", "الليبية", "مالي", "الخطوط الجوية الأفريقية", "طيران البراق", "الجيش الوطني الليبي",
         "غرفة عمليات الجنوب الغربي", "سودانيين"],
 "yd5": ["عُمان", "الجيش الوطني الليبي", "إدريس الجرمي", "طيران برنيق"],
}

PHEN = {
 "yd1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "yd2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "yd3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "coverage_oil", "coverage_crossings", "countries"],
 "yd4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "yd5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "town_vs_district", "coverage_bases", "coverage_oil", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "yd1": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الخادم"], ["قاعدة براك الجوية"]),
  mv("naval_landing", "reported", "Russian forces", [], ["قاعدة طبرق البحرية"]),
  mv("airlift", "planned", "Russian forces", ["براك"], ["باماكو"]),
  mv("withdraw", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["براك"]),
  mv("deploy", "conditional", "Libyan National Army", ["قاعدة تمنهنت"], ["مطار غات"]),
 ],
 "yd2": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا"], ["مطار غات"], ["قاعدة تمنهنط"]),
  mv("redeploy", "planned", "Libyan National Army", ["غات"], ["منفذ إيسين"]),
  mv("reinforce", "conditional", "Algerian army", ["إليزي"], ["جانت"]),
  mv("airlift", "denied", "GNA forces", ["مطار معيتيقة"], ["أوباري"]),
  mv("withdraw", "reported", "Chadian armed groups", ["العوينات"], ["الحدود مع النيجر"]),
 ],
 "yd3": [
  mv("airlift", "reported", "Libyan National Army", ["مطار الأبرق"], ["مطار اوباري"]),
  mv("shipment", "planned", "Libyan National Army", ["أوباري"], ["حقل الشرارة"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["مطار اوباري"]),
  mv("withdraw", "conditional", "Libyan National Army", ["مطار اوباري"], ["سبها"]),
  mv("naval_landing", "denied", "Foreign fighters", ["مرفأ طرابلس"], ["ميناء بنغازي"]),
 ],
 "yd4": [
  mv("airlift", "reported", "Libyan National Army", ["الجفرة"], ["قاعدة تمنهنت الجوية"]),
  mv("deploy", "reported", "Libyan National Army", ["تمنهنت"], ["أم الارانب"], ["سبها", "غدوة"]),
  mv("redeploy", "planned", "Libyan National Army", ["أم الارانب"], ["قطرون"]),
  mv("advance", "conditional", "Libyan National Army", [], ["منفذ التوم"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["مطار الويغ"]),
 ],
 "yd5": [
  mv("reinforce", "reported", "Libyan National Army", ["براك"], ["أوباري"], ["سبها", "جرمة"]),
  mv("redeploy", "planned", "Libyan National Army", ["إدري"], ["أوباري"]),
  mv("airlift", "conditional", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["مطار أوباري"]),
  mv("advance", "reported", "Libyan National Army", ["أوباري"], ["العوينات"]),
  mv("shipment", "denied", "Libyan National Army", ["أوباري"], ["حقل الفيل"]),
 ],
}

NOTES = {
 "yd1": "A Russian Il-76 air bridge Al Khadim base→Brak air base (Sabha, Benghazi only locate the bases; the Brak "
        "resident, the Brak municipality member and Libyan Airlines' civil flights add no move), Russian ships landing "
        "about 300 men at Tobruk naval base, a planned airlift Brak→Bamako (Mali only in 'capital of Mali', Moscow a "
        "party), a denied Russian pull-out Jufra air base→Brak, and an LNA company's conditional deployment "
        "Tamanhint base→around Ghat airport if the sand-covered runway reopens (Sabha airport = the speaker's place). "
        "Traps: «الفيلق الأفريقي», persons «محمد الطرابلسي» and «إدريس البراكي» (Tripoli, Brak and Idri inside names).",
 "yd2": "Ghat airport reopens: a C-130 with an LNA battalion Benina base→Ghat airport via a refuelling stop at Tamanhint "
        "(written تمنهنط), a planned company Ghat→Isayen crossing ('20 km' from Ghat), the Algerian army's conditional "
        "reinforcement Illizi→Djanet (Ghat only 'opposite'; Algiers the source's city, الجزائر the country), a GNA "
        "airlift Mitiga airport→Ubari denied (Mitiga's second mention only in the denial), and Chadian rebels' reported "
        "pull-out from Al-Awaynat ('100 km north of Ghat' a distance reference) toward the border with Niger. Patients "
        "travelling by road to Sabha are civilians. Traps: «غدامس للنقل الجوي» (airline), «عبد الرحمن الغاتي», «الجديد».",
 "yd3": "Lebanese paper: a pilot from Tripoli (Lebanon) survives an An-26 accident at Ubari airport (written اوباري); the "
        "plane carried 35 LNA soldiers from La Abraq airport (reported airlift), a planned truck shipment of its ammunition "
        "Ubari→Sharara field, a reported LNA massing of 30 vehicles around Ubari airport, the guard unit's conditional "
        "withdrawal from the airport to Sabha, and a denied landing of foreign fighters by a ship from Tripoli (Lebanon) "
        "port at Benghazi port. The pilot's transfer to a hospital in Tripoli (Libya), his departure from Beirut airport "
        "and the earlier «أجنحة الشام» Il-76 accident at Sabha airport are not force moves.",
 "yd4": "QNA agency item: Sabha airport's runway closed, flights moved to Tamanhint base ('30 km north-east of Sabha'); "
        "an An-32 airlift of 200 LNA soldiers from Al Jufra (area) →Tamanhint base, the force's road move Tamanhint→Umm "
        "al-Aranib via Sabha and Ghuddwa, a planned company Umm al-Aranib→Qatrun (written قطرون; the border with Niger "
        "only a distance reference), a conditional advance to the Tummo crossing (Niger only in the condition), and a "
        "denied massing of Sudanese fighters near Al Wigh airport. Civil airlines' flights are not moves. Traps: «قنا» "
        "(QNA = Qena), «مالي» (financial), «غرفة عمليات الجنوب الغربي».",
 "yd5": "Oman daily, agencies (Tunis dateline): Ubari airport shut by a sandstorm; a 40-vehicle LNA column Brak→Ubari via "
        "Sabha and Germa (Sharara only on 'the road to' it), a planned company Idri→Ubari, a conditional airlift Jufra "
        "air base→Ubari airport on Berniq Air Embraers after the storm, a reported advance Ubari→Al-Awaynat (Ghat only "
        "'on the road to'), and a denied arms shipment Ubari→El Feel field. Traps: «عُمان» (the paper = Oman), "
        "«طيران برنيق» (Berniq = old Benghazi), «إدريس الجرمي» (Idri and Germa-like nisba).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("yd1", "yd2", "yd3", "yd4", "yd5")
