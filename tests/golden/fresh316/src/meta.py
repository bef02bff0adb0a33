# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and capitals
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                 # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                             # G (row أجدابيا)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G* (row قاعدة بنينا الجوية)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G (lf2) / G* (lf3 قاعدة الجفرة)
 # lf1 Aziziyah and the Nafusa foothills
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                           # G
 "bir_ghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                      # G
 "qasr_ghashir": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                 # G
 "sawani": ("town", "LY", 32.71667, 13.06667, "As Sawani"),                              # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),              # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                              # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                               # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabaa"),                              # G
 "yafran": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                 # G
 "kikla": ("town", "LY", 32.08333, 12.70000, "Kikla"),                                   # G
 "warshefana": ("region", "LY", 32.60, 12.90, "Warshefana"),                             # K
 "zahra": ("town", "LY", 32.67889, 12.87327, "Az Zahra"),                                # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),           # G
 # lf2 oil crescent
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "sider_port": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),          # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider"),                            # G* (row ميناء السدرة)
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                   # G
 "benghazi_port": ("crossing", "LY", 32.100, 20.052, "Port of Benghazi"),                # K
 "brega_port": ("oilfield", "LY", 30.418, 19.585, "Marsa el Brega port"),                # K
 "bin_jawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 "nofaliya": ("town", "LY", 30.78306, 17.83306, "Nofaliya"),                             # G
 "ras_lanuf_airport": ("airport", "LY", 30.50000, 18.52720, "Ras Lanuf Oil Airport"),    # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                              # G
 # lf3 Fezzan
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),            # G* (town row)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G* (row قاعدة تمنهنت)
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                               # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                # G* (row الحدود الليبية النيجرية)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                            # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                 # G* (row الحدود الليبية التشادية)
 # lf4 Tobruk, Jaghbub and the Egyptian side
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                            # G
 "jaghbub_mun": ("district", "LY", 29.74262, 24.51676, "Al Jaghbub municipality"),       # G* (town row)
 "border_eg_ly": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libyan side)"),  # G* (row الحدود الليبية المصرية)
 "border_ly_eg": ("region", "EG", 30.40, 25.20, "Egypt-Libya border (Egyptian side)"),   # K
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "gan_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),          # G* (row مطار طبرق)
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                   # G
 "tobruk_port": ("crossing", "LY", 32.073, 23.967, "Port of Tobruk"),                    # K
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),      # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                     # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                           # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                 # G
 # lf5 Kufra and the Sudanese border
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),      # G* (row مثلث العوينات)
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                       # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                 # G
 "jebel_uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                       # K
 "matan_sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),          # G* (row قاعدة معطن السارة)
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                     # G
 "malha": ("town", "SD", 15.133, 26.183, "Al Malha"),                                    # K
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                 # G
}

LNA, GNA = "Libyan National Army", "GNA forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "lf1": ["المجلس العسكري الزنتان", "محمد الرجباني", "شارع طرابلس", "ليبيا الأحرار", "الليبية"],
 "lf2": ["الجيش الوطني الليبي", "خليفة حفتر", "وكالة الأنباء الألمانية", "طريق بنغازي", "شارع طرابلس",
         "شركة سرت لإنتاج وتصنيع النفط والغاز", "غرفة عمليات تحرير سرت الجفرة", "مصراتية", "معمر القذافي"],
 "lf3": ["سبوتنيك", "الجيش الليبي", "اللواء طارق بن زياد", "تشاديين", "حامد القطروني", "يتسكر غدوة"],
 "lf4": ["الواحات الحدودية", "وكالة أنباء الشرق الأوسط", "عبد الكريم الإدريسي", "منطقة طبرق العسكرية",
         "صالح الجغبوبي", "مصري", "الأوروبية", "القيادة العامة للجيش الوطني الليبي"],
 "lf5": ["ليبيان", "سودانيين", "قوات الدعم السريع", "السودانية", "محمد الجالوي", "الجيش الوطني الليبي", "خليفة حفتر"],
}

PHEN = {
 "lf1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "coverage_bases", "coverage_oil", "countries"],
 "lf2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil", "countries"],
 "lf3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "lf4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "lf5": ["clitics", "spelling", "multiword", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "coverage_bases", "coverage_neighbours", "countries"],
}

MOVES = {
 "lf1": [
  mv("withdraw", "reported", "Zintan forces", ["العزيزية"], ["الزنتان"], ["بئر الغنم"]),
  mv("deploy", "reported", GNA, ["طرابلس"], ["العزيزية"], ["قصر بن غشير", "السواني"]),
  mv("airlift", "planned", GNA, ["مطار معيتيقة"], ["قاعدة الوطية"]),
  mv("advance", "conditional", GNA, ["غريان"], ["الأصابعة", "بئر الغنم"]),
  mv("mobilise", "denied", "Zintan forces", [], ["يفرن", "ككلة"]),
 ],
 "lf2": [
  mv("reinforce", "reported", LNA, ["بنغازي"], ["راس لانوف", "السدرة"], ["اجدابيا", "البريقة"]),
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء البريقة"]),
  mv("redeploy", "planned", LNA, ["قاعدة الجفرة الجوية"], ["بن جواد", "النوفلية"]),
  mv("airlift", "conditional", LNA, ["قاعدة بنينا"], ["مطار راس لانوف"]),
  mv("mobilise", "denied", "Misrata forces", [], ["أبوقرين", "الوشكة"]),
 ],
 "lf3": [
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["مرزق"], ["سبها", "غدوة"]),
  mv("withdraw", "reported", "Chadian armed groups", ["أم الأرانب"], ["الحدود مع النيجر"], ["القطرون"]),
  mv("deploy", "planned", LNA, ["القطرون"], ["منفذ التوم", "تجرهي"]),
  mv("shipment", "conditional", LNA, ["قاعدة براك الجوية"], ["مرزق"]),
  mv("redeploy", "denied", "Russian forces", ["قاعدة الجفرة"], ["مرزق", "إدري"]),
 ],
 "lf4": [
  mv("deploy", "reported", LNA, ["طبرق"], ["الجغبوب"]),
  mv("airlift", "reported", LNA, ["قاعدة جمال عبد الناصر الجوية"], ["الجغبوب"]),
  mv("naval_landing", "planned", LNA, ["درنة"], ["ميناء طبرق"]),
  mv("withdraw", "denied", LNA, ["منفذ امساعد"], ["طبرق"]),
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["سيوة"]),
  mv("deploy", "conditional", "Egyptian army", [], ["السلوم", "سيوة"]),
 ],
 "lf5": [
  mv("advance", "reported", "Sudanese armed groups", ["وادي هور"], ["جبل العوينات"], ["المثلث الحدودي"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("deploy", "planned", LNA, ["الكفرة"], ["جبل العوينات", "قاعدة معطن السارة"]),
  mv("shipment", "conditional", LNA, ["اجدابيا"], ["الكفرة"], ["جالو"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["الملحة", "مليط"]),
 ],
}

NOTES = {
 "lf1": "Xinhua-style wire (Tripoli): Zintan pull-back Aziziyah->Zintan via Bir al-Ghanam and a GNA column Tripoli->"
        "Aziziyah via Qasr Bin Ghashir/Sawani (retold by witnesses), a planned Mitiga->Al-Watiya airlift, a conditional "
        "Gharyan->Al-Asabaa/Bir al-Ghanam advance and Zintan's denied massing in Yafran/Kikla; the purpose road "
        "Al-Jumayl-Bir al-Ghanam, the Warshefana elders, the refinery and the boilerplate capitals are not movement places.",
 "lf2": "dpa-style wire (Benghazi): LNA reinforcement Benghazi->Ras Lanuf/Es Sider via Ajdabiya and Brega (witnesses in "
        "Ajdabiya retell it), a marine landing Benghazi port->Brega port, a planned Jufra base->Bin Jawad/Nofaliya "
        "redeploy, a conditional Benina->Ras Lanuf airport airlift and a denied Misrata massing at Abu Qurayn/Al-Washka; "
        "Misrata as the speaker's location and the attacked Es Sider port are not movement places.",
 "lf3": "Sputnik-style wire (Sabha): LNA reinforcement Tamanhint air base->Murzuq via Sabha and Ghuddwa, a Chadian pull-back "
        "Umm al-Aranib->the Niger border past Al Qatrun (witness), a planned deployment Al Qatrun->Toummo/Tajarhi, a "
        "conditional supply convoy Brak air base->Murzuq and Moscow's denied transfer of Russian troops Jufra->Murzuq/Idri; "
        "the gunmen's hypothetical return to Umm al-Aranib (the condition) is not a movement.",
 "lf4": "MENA-style wire (Tobruk): LNA company Tobruk->Jaghbub, an airlift Gamal Abdel Nasser air base->Jaghbub "
        "(«الواحة»), a planned sea move Derna->Tobruk port, a denied pull-out Amsaad crossing->Tobruk, an Egyptian "
        "reinforcement Marsa Matruh->Siwa and a conditional Egyptian deployment on the Sallum-Siwa road; the border "
        "phrases are locators, not movement places.",
 "lf5": "AP-style wire (Cairo): RSF-linked gunmen Wadi Howar->Jebel Uweinat through the border triangle, an LNA airlift "
        "Benina air base->Kufra airport (retold by a resident), a planned deployment Kufra->Jebel Uweinat/Maaten al-Sarra, "
        "a conditional supply convoy Ajdabiya->Kufra via Jalu («فور») and the RSF's denied massing in Al Malha/Mellit; "
        "refugees reaching Kufra are not a movement of forces.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("lf1", "lf2", "lf3", "lf4", "lf5")
