# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "guinea": ("country", "GN", 9.93192, -9.67529, "Guinea"),                               # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                  # G
 "nigeria": ("country", "NG", 9.07750, 7.93472, "Nigeria"),                              # G
 # datelines / speakers abroad
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                  # G
 "amsterdam": ("city", "NL", 52.37403, 4.88969, "Amsterdam"),                            # G (gazetteer spelling آمستردام)
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                    # G
 # Niger
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                  # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                  # G (gazetteer spelling أغاديس)
 "zinder": ("city", "NE", 13.80716, 8.98810, "Zinder"),                                  # G (city row زندر; text زيندر)
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                 # G
 "dirkou_mun": ("district", "NE", 18.96870, 12.86870, "Dirkou commune"),                 # G* (town row)
 "dirkou_airport": ("airport", "NE", 18.96870, 12.86870, "Dirkou Airport"),              # G
 "bilma": ("town", "NE", 18.68532, 12.91643, "Bilma"),                                   # G (gazetteer spelling بيلما)
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                        # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                 # G
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado"),                                 # G
 "assamaka": ("village", "NE", 19.36667, 5.80000, "Assamaka"),                           # G (gazetteer spelling أسامكا)
 "north_ne": ("region", "NE", 20.11996, 11.22198, "Northern Niger"),                     # G
 "border_ne_ly": ("region", "NE", 22.40, 14.00, "Niger-Libya border (Niger side)"),      # K
 # Libya
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),        # G* (town row)
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                         # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                            # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G
 "tripoint": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"),   # G* (row المثلث الحدودي مع النيجر وتشاد)
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),             # G (row الحدود الليبية النيجرية)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),              # G* (row الحدود الليبية التشادية)
 # Chad
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                            # G* (city row نجامينا; text إنجامينا)
 "faya_airport": ("airport", "TD", 17.91710, 19.11110, "Faya Largeau Airport"),          # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                   # G
 "zouarke": ("village", "TD", 20.60000, 16.20000, "Zouarke"),                            # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                  # G
 "bardai": ("town", "TD", 21.35468, 17.00158, "Bardai"),                                 # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                        # G (gazetteer spelling كوري بوقودي)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                             # G
 "north_td": ("region", "TD", 18.20680, 19.78454, "Northern Chad"),                      # G (row شمال تشاد)
 "border_td_ly": ("region", "TD", 22.50, 16.30, "Chad-Libya border (Chad side)"),        # K
 # Sudan
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                              # G
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                   # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                               # G
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, SUD, CHAD_AG, RUS = "Libyan National Army", "Sudanese armed groups", "Chadian armed groups", "Russian forces"

MOVES = {
 "qe1": [
  mv("deploy", "reported", None, ["ديركو"], ["سيغيدين", "ماداما"]),          # Nigerien army patrols (headline = same move)
  mv("redeploy", "planned", None, ["قاعدة ماداما"], ["معبر تومو"]),          # «تعتزم نقل سرية»
  mv("withdraw", "denied", None, ["ماداما"]),                                 # «نفى ... سحب الحامية»
  mv("advance", "conditional", LNA, ["القطرون"], ["منفذ التوم"]),            # «ستتقدم ... إذا تأكد»
 ],
 "qe2": [
  mv("reinforce", "reported", None, ["زوار"], ["زواركي"]),                    # Chadian army (headline = same move)
  mv("withdraw", "reported", SUD, ["وور"], ["الحدود مع ليبيا"]),              # armed Sudanese guards
  mv("deploy", "denied", SUD, ["دارفور"], ["تيبستي"]),                        # RSF denial
  mv("airlift", "planned", None, ["إنجامينا"], ["مطار فايا لارجو"]),          # «تعتزم نقل كتيبة جواً»
  mv("advance", "conditional", None, [], ["كوري بوغودي"]),                    # «سيدخل ... إذا رفض»
 ],
 "qe3": [
  mv("deploy", "reported", LNA, ["سبها"], ["قاعدة الويغ"], ["القطرون"]),
  mv("shipment", "reported", LNA, ["قاعدة تمنهنت"], ["قاعدة الويغ"]),       # ammunition and fuel trucks «إلى القاعدة»
  mv("deploy", "planned", LNA, ["قاعدة الويغ"], ["منفذ التوم"]),             # «دوريات ستنطلق من القاعدة نحو المنفذ»
  mv("withdraw", "denied", LNA, ["القطرون"], ["مرزق"]),
  mv("redeploy", "conditional", None, [], ["ماداما"]),                        # Niger «سيعيد نشر ... في حال»
 ],
 "qe4": [
  mv("reinforce", "reported", None, ["أغاديز"], ["ماداما"], ["ديركو"]),      # Nigerien army (headline = same move)
  mv("deploy", "planned", None, [], ["جادو"]),                                # «يعتزم نشر وحدة دائمة»
  mv("airlift", "reported", RUS, ["نيامي"], ["مطار ديركو"]),                  # Russian military transport, flashback
  mv("mobilise", "reported", None, [], ["ديركو"]),                            # Nigerien National Guard «حشد ... في ديركو»
  mv("advance", "denied", CHAD_AG, ["ليبيا"], ["جادو"]),                      # CCMSR denial
  mv("reinforce", "conditional", None, [], ["سيغيدين"]),                      # «في حال تجددت الهجمات»
 ],
 "qe5": [
  mv("redeploy", "reported", LNA, ["مرزق"], ["القطرون"]),                     # «إلى البلدة» = Al Qatrun
  mv("shipment", "planned", LNA, ["سبها"], ["القطرون"]),                      # fuel and ammunition convoy «ستصل»
  mv("withdraw", "reported", CHAD_AG, ["أم الأرانب"], ["وور"], ["الحدود مع تشاد"]),
  mv("advance", "conditional", None, ["زواركي"], ["وور"]),                    # Chadian army «إذا ثبت»
  mv("mobilise", "denied", CHAD_AG, [], ["تجرهي"]),                           # FACT denial «حشدت»
 ],
}

TRAPS = {
 "qe1": ["أخبار الأمم المتحدة", "الجيش النيجري", "وزارة الدفاع النيجرية", "الجيش الوطني الليبي"],
 "qe2": ["راديو دبنقا", "الجيش التشادي", "قوات الدعم السريع", "جوال التوم", "السلطات التشادية", "ضابط تشادي"],
 "qe3": ["مونت كارلو الدولية", "الجيش الوطني الليبي", "الحاج محمد التومي", "جبهة التناوب والوفاق في تشاد",
         "الأراضي الليبية"],
 "qe4": ["مجلس القيادة العسكرية لإنقاذ الجمهورية", "حركة تشادية", "مصادر عسكرية نيجرية", "الحرس الوطني النيجري"],
 "qe5": ["رصيف22", "شارع النيجر", "علي القطروني", "القيادة العامة للجيش الوطني الليبي",
         "جبهة التناوب والوفاق في تشاد", "مسلحين تشاديين", "ضابط تشادي", "الزوار"],
}

PHEN = {
 "qe1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qe2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "coverage_neighbours", "countries"],
 "qe3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "vague_area",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qe4": ["clitics", "spelling", "multiword", "operation_trap", "nisba", "ambiguity_country_capital", "town_vs_district",
         "coverage_crossings",
         "coverage_neighbours", "countries"],
 "qe5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap",
         "nisba", "town_vs_district", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
}

NOTES = {
 "qe1": "UN News Arabic style (Niamey/Geneva): an IOM desert rescue north of Seguedine and migrant transfers "
        "Dirkou->Agadez (not movements) beside a Nigerien army patrol Dirkou->Seguedine/Madama (reported; the headline "
        "is the same move), a planned company Madama base->Toummo crossing, a denied pull-out from Madama and an LNA "
        "conditional advance Al Qatrun->Toummo; Algeria's expulsions to Assamaka are not movements.",
 "qe2": "Radio Dabanga style (Amsterdam): Sudanese gold-miners leaving Kouri Bougoudi for Al Qatrun (not movements) "
        "beside a Chadian army reinforcement Zouar->Zouarke, armed Sudanese guards pulling back from Wour to the "
        "Libyan border, an RSF denial (Darfur->Tibesti), a planned airlift N'Djamena->Faya airport and a conditional "
        "entry into Kouri Bougoudi; «جوال التوم» is a sack of garlic, Zouar is also inside Zouarke.",
 "qe3": "Monte Carlo Doualiya style (Paris): an LNA column Sabha->Al Wigh base via Al Qatrun, ammunition and fuel "
        "trucks Tamanhint base->Al Wigh («إلى القاعدة»), planned patrols from the base to the Toummo crossing told by "
        "anaphora («من القاعدة نحو المنفذ»), a denied pull-out Al Qatrun->Murzuq and Niger's conditional "
        "redeployment at Madama; migrant trucks Agadez->Al Qatrun via Dirkou and Madama, miners from Kouri Bougoudi "
        "and bodies found near Seguedine are not movements.",
 "qe4": "Al-Akhbar (Mauritania) style (Agadez): a Nigerien reinforcement Agadez->Madama via Dirkou, a planned unit "
        "for Djado (Niger, not Libya's Jadu), a past Russian military transport flight Niamey->Dirkou airport, the "
        "Nigerien National Guard massing in Dirkou, the CCMSR's denied crossing Libya->Djado and a conditional "
        "reinforcement of Seguedine; miners leaving Djado, lorries to Libya and stranded migrants are not movements.",
 "qe5": "Raseef22 feature style (Al Qatrun): an LNA battalion Murzuq->Al Qatrun (anaphora «إلى البلدة»), a planned "
        "fuel-and-ammunition convoy Sabha->Al Qatrun, Chadian gunmen withdrawing Umm al-Aranib->Wour across the "
        "Chad border, the Chadian army's conditional advance Zouarke->Wour and FACT's denied massing at Tajarhi; "
        "migrant lorries Agadez->Al Qatrun via Madama, trucks from Toummo and miners to Kouri Bougoudi are not "
        "movements.",
}

WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qe1", "qe2", "qe3", "qe4", "qe5")
