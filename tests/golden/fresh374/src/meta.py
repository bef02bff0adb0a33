# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "benin": ("country", "BJ", 9.30715, 2.28152, "Benin"),                                 # G
 # Niger
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 "agadez_reg": ("district", "NE", 19.42135, 10.68918, "Agadez Region"),                 # G (district row)
 "agadez_airport": ("airport", "NE", 16.96600, 8.00011, "Mano Dayak International Airport (Agadez)"),  # G
 "base201": ("base", "NE", 16.96, 8.04, "Niger Air Base 201 (Agadez)"),                 # K
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                       # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "bilma": ("town", "NE", 18.68532, 12.91643, "Bilma"),                                  # G
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado plateau"),                        # G
 "kawar": ("region", "NE", 18.90000, 12.90000, "Kawar"),                                # G* (row كوار)
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                   # G
 "salvador": ("crossing", "NE", 23.52000, 11.99000, "Salvador Pass"),                   # G* (row مثلث السلفادور)
 "agadem": ("oilfield", "NE", 16.2, 13.2, "Agadem oil block"),                          # K
 "north_ne": ("region", "NE", 20.11996, 11.22198, "Northern Niger"),                    # G
 "border_ne_ly": ("region", "NE", 22.5, 13.6, "Niger-Libya border (Niger side)"),       # K
 "sahel": ("region", "NE", 15.0, 5.0, "Sahel"),                                         # K
 # datelines and other capitals
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G
 "nouakchott": ("city", "MR", 18.08581, -15.97850, "Nouakchott"),                       # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 # Benin
 "seme": ("oilfield", "BJ", 6.37, 2.60, "Seme oil export terminal"),                    # K
 # Mali
 "north_ml": ("region", "ML", 20.45092, -2.20255, "Northern Mali"),                     # G
 "kidal": ("town", "ML", 18.44345, 1.40921, "Kidal"),                                   # G
 # Chad
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G* (city row نجامينا)
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                 # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "faya_mun": ("district", "TD", 17.92570, 19.10428, "Faya-Largeau municipality"),       # G* (town row)
 "fada": ("town", "TD", 17.19186, 21.58081, "Fada"),                                    # G
 "borkou": ("district", "TD", 18.98295, 18.31207, "Borkou Province"),                   # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti Mountains"),                  # G
 "tibesti_prov": ("district", "TD", 20.80000, 17.80000, "Tibesti Province"),            # G* (region row)
 "border_td_ly": ("region", "TD", 21.7, 17.3, "Chad-Libya border (Chad side)"),         # K
 # Sudan
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "geneina": ("city", "SD", 13.45262, 22.44725, "Geneina"),                              # G
 "kutum": ("town", "SD", 14.20000, 24.66667, "Kutum"),                                  # G
 # Libya
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G
 "sw_ly": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                  # G* (row الجنوب الغربي)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya"),                      # G* (row برقة)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "wigh_base": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                   # G
 "wigh_airport": ("airport", "LY", 24.18590, 14.53280, "Al Wigh Airport"),              # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),               # G* (city row)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.10, 20.05, "Port of Benghazi"),                 # K
}

NG = None  # Nigerien / Chadian state armies and unnamed smugglers: no canonical actor


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "nl1": ["هسبريس", "النيجرية", "وكالة الأنباء النيجرية", "الأمريكية", "إبراهيم بوبكر جادو", "تيلي صحل",
         "الجبهة الوطنية للتحرير"],
 "nl2": ["الأخبار", "وكالة الأخبار المستقلة", "النيجري", "الدعم المالي", "الجيش الوطني الليبي", "قوات حفتر",
         "خليفة حفتر", "الليبية"],
 "nl3": ["التشادي", "الشرق", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "زوار السوق", "عزيز محمد صالح",
         "محمد إدريس ديبي", "إدريس ديبي", "جبهة التناوب والوفاق في تشاد"],
 "nl4": ["نون بوست", "الفيلق الأفريقي", "الروسي", "الروسية", "ألكسندر أوتراكوفسكي", "النيجري",
         "الجيش الوطني الليبي", "عمر الطرابلسي", "السورية", "الأمريكية"],
 "nl5": ["الراكوبة", "التشادي", "السودانيين", "قوات الدعم السريع", "اللواء طارق بن زياد", "الجيش الوطني الليبي",
         "أحمد صالح بركة", "محمد إدريس ديبي"],
}

PHEN = {
 "nl1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "nl2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "nl3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_neighbours",
         "countries"],
 "nl4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "nl5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
}

MOVES = {
 "nl1": [
  mv("reinforce", "reported", NG, ["ديركو"], ["سيغيدين"]),
  mv("airlift", "reported", NG, ["نيامي"], ["القاعدة الجوية 201"]),
  mv("redeploy", "planned", NG, ["بيلما"], ["مادما"]),
  mv("advance", "conditional", NG, ["سيغيدين"], ["ممر السلفادور"]),
  mv("mobilise", "denied", NG, [], ["جادو"]),
 ],
 "nl2": [
  mv("shipment", "reported", NG, ["أوباري"], ["شمال مالي"], ["ممر السلفادور"]),
  mv("withdraw", "reported", "Libyan National Army", ["منفذ التوم"], ["قاعدة الويغ الجوية"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة تمنهنت"], ["مطار الويغ"]),
  mv("redeploy", "conditional", "Libyan National Army", [], ["منفذ التوم"]),
  mv("advance", "denied", NG, [], [], ["منفذ التوم"]),
 ],
 "nl3": [
  mv("advance", "reported", NG, ["زوار"], ["وور"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["كوري بوغودي"]),
  mv("withdraw", "denied", NG, ["زوار"], ["فايا لارجو"]),
  mv("redeploy", "planned", NG, ["فدا"], ["فايا"]),
  mv("advance", "conditional", "Chadian armed groups", [], ["زوار"]),
 ],
 "nl4": [
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
  mv("shipment", "reported", "Russian forces", ["طبرق"], ["ماداما"], ["قاعدة الجفرة الجوية", "سبها", "منفذ التوم"]),
  mv("airlift", "planned", "Russian forces", ["قاعدة الجفرة"], ["مطار أغاديز"]),
  mv("naval_landing", "denied", "Russian forces", [], ["ميناء بنغازي"]),
  mv("withdraw", "conditional", "Russian forces", ["أغاديز"], ["نيامي"]),
 ],
 "nl5": [
  mv("deploy", "reported", NG, ["فايا"], ["كوري بوقودي"]),
  mv("withdraw", "reported", "Sudanese armed groups", ["كوري بوقودي"], ["الحدود مع ليبيا"]),
  mv("deploy", "denied", "Sudanese armed groups", ["شمال دارفور"], ["كوري بوغودي"]),
  mv("reinforce", "planned", "Libyan National Army", ["سبها"], ["القطرون"]),
  mv("deploy", "conditional", NG, [], ["وور"]),
 ],
}

NOTES = {
 "nl1": "Hespress-style Rabat desk copy on Niger's north: a reported reinforcement Dirkou→Seguedine (headline retells it), "
        "a C-130 airlift Niamey→Air Base 201 (بأغاديس is a locator), a planned regiment move Bilma→Madama (spelled مادما), "
        "a conditional advance Seguedine→the Salvador Pass and the FPL's denied massing on the Djado plateau. "
        "Madama on the ambush road, Kawar, Agadem→Seme pipeline and southern Libya are not movement places; "
        "the Nigerien army has no canonical actor (null). Traps: a governor surnamed Djado, Tele Sahel, the news agency.",
 "nl2": "Alakhbar-style Nouakchott agency copy: a reported arms convoy Ubari→northern Mali via the Salvador Pass "
        "(Sharara, Kidal, Arlit are locators; «عند مدخل الممر» is the same pass, no new move), an LNA company pulled back "
        "Toummo crossing→Al Wigh air base, a planned LNA airlift Tamanhint→Al Wigh airport, its conditional return «إلى "
        "المنفذ» (destination Toummo by anaphora, no origin written) and Niamey's denied crossing via Toummo. "
        "الدعم المالي is a common-word trap for Mali; Tripoli and Algeria are background.",
 "nl3": "Al-Sharq (Doha) agency-style copy on Chad's Tibesti: a reported army advance Zouar→Wour (retold as «الرتل … "
        "مشارف البلدة»), CCMSR rebels massing at Kouri Bougoudi, the army's denied pull-out Zouar→Faya-Largeau, a planned "
        "battalion move Fada→Faya and the rebels' conditional advance on Zouar. «زوار السوق» (visitors) is a trap for "
        "Zouar; Idriss Deby names test Idri; Borkou/Tibesti are purposes, not destinations; miners from Sudan/Niger are civilians.",
 "nl4": "Noon Post-style analysis of the Russian Africa Corps line to Niger: a reported landing at Tobruk port, the "
        "equipment trucked Tobruk→Madama via Jufra air base, Sabha and the Toummo crossing (shipment), a planned Il-76 "
        "airlift Jufra base→Agadez airport, a denied second landing at Benghazi port (Benghazi's wheat cargo is not a move) "
        "and a conditional withdrawal of Russian trainers Agadez→Niamey. Algeria's recalled ambassador is diplomatic, not a move.",
 "nl5": "Al-Rakoba-style Sudanese follow-up on Kouri Bougoudi: a reported Chadian deployment Faya→Kouri Bougoudi "
        "(body spelling كوري بوقودي), Sudanese fighters' reported pull-out from the mines (anaphora) towards the border "
        "with Libya, the RSF's denied deployment North Darfur→Kouri Bougoudi, a planned LNA reinforcement Sabha→Al Qatrun "
        "and a conditional Chadian deployment in Wour. Miners from Geneina/Kutum and from Sudan/Chad/Niger are civilians.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("nl1", "nl2", "nl3", "nl4", "nl5")
