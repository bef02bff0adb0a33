# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/spelling (listed in the README).
P = {
 # countries and capitals
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G* (row نجامينا, written أنجمينا)
 "ndjamena_airport": ("airport", "TD", 12.13370, 15.03400, "N'Djamena International Airport"),  # G
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 # Libya: Fezzan and the south-east
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا, written الجنوب الليبي)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G (also written أباري)
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G (also written قطرون)
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G* (row قاعدة الويغ, also written الويغ)
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G* (row منفذ التوم)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 # Niger (Agadez region, Kawar, Djado)
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G (row أغاديس)
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "bilma": ("town", "NE", 18.68532, 12.91643, "Bilma"),                                  # G
 "kawar": ("region", "NE", 18.90000, 12.90000, "Kawar"),                                # G
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                       # G
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado"),                                # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "border_ne_ly": ("region", "NE", 22.3, 13.8, "Niger-Libya border (Niger side)"),        # K
 # Chad (Borkou, Tibesti, Ennedi)
 "north_chad": ("region", "TD", 18.20680, 19.78454, "Northern Chad"),                   # G
 "borkou": ("district", "TD", 18.98295, 18.31207, "Borkou Province"),                   # G* (row بوركو, written إقليم بوركو)
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "faya_airport": ("airport", "TD", 17.91710, 19.11110, "Faya-Largeau Airport"),         # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "zouarke": ("village", "TD", 20.60000, 16.20000, "Zouarke"),                           # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                 # G
 "bardai": ("town", "TD", 21.35470, 16.99810, "Bardai"),                                # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G
 "border_td_ly": ("region", "TD", 21.6, 17.6, "Chad-Libya border (Chad side)"),          # K
 "ounianga": ("town", "TD", 19.05263, 20.48887, "Ounianga Kebir"),                      # G* (row أونيانقا كبير, written أونيانغا كبير)
 "ounianga_serir": ("town", "TD", 18.91670, 20.86670, "Ounianga Serir"),                # G
 "ennedi": ("region", "TD", 17.04167, 21.86278, "Ennedi"),                              # G (row إنيدي, Ennedi Plateau)
 # Sudan
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "el_fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                          # G
 "border_sd_td": ("region", "SD", 15.27115, 23.08771, "Sudan-Chad border (Sudan side)"),  # G* (row الحدود السودانية التشادية, written الحدود مع تشاد)
}

TRAPS = {
 "qor1": ["الأصوات العالمية", "النيجرية", "وزارة الدفاع النيجرية", "النيجري", "عمر القطروني",
          "اللواء طارق بن زياد", "الليبي", "السلطات الليبية", "تشادية", "جبهة التناوب والوفاق في تشاد"],
 "qor2": ["الجيش التشادي", "لوديسك", "القوات المسلحة التشادية", "Forces armées tchadiennes", "الزوار",
          "مجلس القيادة العسكرية لإنقاذ الجمهورية", "ليبية", "تشادية", "الأراضي الليبية", "الفرنسي"],
 "qor3": ["ليبيا فيجن", "Libya Vision", "اللواء 128 معزز", "درع الجنوب", "منطقة سبها العسكرية",
          "حكومة الوحدة الوطنية", "الفيلق الأفريقي", "الروسي", "Africa Corps", "شركة البريقة لتسويق النفط"],
 "qor4": ["تشاد أكتو", "Tchadactu", "إدريس عبد الكريم", "قوات الدعم السريع", "السوداني", "تشادية", "ليبية", "الليبي", "سودانيون"],
 "qor5": ["مشروع التقييم الأمني في شمال أفريقيا", "مسح الأسلحة الصغيرة", "Small Arms Survey", "النيجرية",
          "قوات الدعم السريع", "تشادية", "الأمريكي", "الدعم المالي", "الليبية"],
}

PHEN = {
 "qor1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qor2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "qor3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qor4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area",
          "border_phrase", "coverage_neighbours", "countries"],
 "qor5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
          "coverage_bases", "coverage_crossings", "coverage_neighbours"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qor1": [
  mv("reinforce", "reported", "Nigerien army", ["ديركو"], ["قاعدة ماداما"]),
  mv("deploy", "planned", "Libyan National Army", ["القطرون"], ["منفذ التوم"]),
  mv("advance", "conditional", "Nigerien army", [], ["الحدود مع ليبيا"]),
  mv("advance", "denied", "Chadian armed groups", ["تجرهي"], ["جادو"]),
 ],
 "qor2": [
  mv("deploy", "reported", "Chadian army", ["فايا لارجو"], ["زوار", "زواركي"]),
  mv("airlift", "planned", "Chadian army", ["مطار إنجامينا"], ["مطار فايا لارجو"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["كوري بوقودي"]),
  mv("advance", "denied", "Chadian army", ["وور"], ["تجرهي"]),
  mv("advance", "conditional", "Libyan National Army", ["قاعدة الويغ"], ["كوري بوقودي"]),
 ],
 "qor3": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["القطرون"], ["مرزق"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة تمنهنت"], ["قاعدة الويغ"]),
  mv("withdraw", "conditional", "Libyan National Army", ["أوباري"], ["سبها"]),
  mv("redeploy", "denied", "Russian forces", ["قاعدة براك الجوية"], ["مطار سبها"]),
 ],
 "qor4": [
  mv("reinforce", "reported", "Chadian army", ["فايا لارجو"], ["أونيانغا كبير", "أونيانغا الصغير"]),
  mv("shipment", "planned", "Chadian army", ["فايا لارجو"], ["برداي"]),
  mv("advance", "conditional", "Sudanese armed groups", ["المالحة"], ["الحدود مع تشاد"]),
  mv("advance", "denied", "Chadian army", ["أونيانغا كبير"], ["الكفرة"]),
 ],
 "qor5": [
  mv("shipment", "reported", None, ["سبها"], ["ديركو"], ["القطرون", "منفذ التوم"]),
  mv("redeploy", "planned", "Nigerien army", ["أغاديس"], ["ديركو"]),
  mv("advance", "denied", "Sudanese armed groups", ["المالحة"], ["الكفرة"]),
  mv("reinforce", "conditional", "Chadian army", ["فايا لارجو"], ["زوار"]),
 ],
}

NOTES = {
 "qor1": "Global Voices Arabic («الأصوات العالمية», translated from English) on bloggers tracking the Dirkou–Tummo road, "
         "Latin glosses in brackets: a Nigerien army (FAN) column Dirkou→Madama base confirmed by Niamey (reinforce), "
         "an LNA company planned Al Qatrun→Tummo crossing, Niger's conditional advance to the border with Libya (Niger "
         "side; «لن ... إلا إذا»), and FACT's denied crossing Tajarhi→Djado; the migrants' trucks Agadez→Sabha via "
         "Seguedine are civilian, Niamey is the speaker, Bilma/Madama/Niamey in a joke and Fezzan/Kawar are not moves; "
         "the blogger «عمر القطروني» holds القطرون.",
 "qor2": "Le Desk's Arabic page («لوديسك», translated from French) on the Chadian army (FAT) in Tibesti: a column "
         "Faya-Largeau→Zouar with part stationed at Zouarke (deploy), a planned C-130 airlift N'Djamena airport→"
         "Faya-Largeau airport, CCMSR fighters massing around the Kouri Bougoudi mines, N'Djamena's denial of units "
         "crossing Wour→Tajarhi and an LNA conditional advance Al Wigh base→Kouri Bougoudi; gold miners from Sudan "
         "and Niger (civilian), the end of the French presence (background), Paris, the speaker N'Djamena and «الزوار» "
         "(visitors; holds Zouar) are not moves.",
 "qor3": "Libyan bilingual site (Libya Vision «ليبيا فيجن», dateline Sabha) with Latin glosses and a numbered list: "
         "LNA reinforcements Sabha→Al Qatrun via Murzuq, a planned airlift Tamanhint base→Al Wigh base (list item 1), "
         "a conditional pull-back Ubari→Sabha, a denied Africa Corps move Brak air base→Sabha airport; the Brega "
         "company fuel convoy Sabha→Al Qatrun and drivers waiting to cross Tummo to Niger are civilian, Tripoli is the "
         "government (twice), list items 2–3 and the headline are not separate moves; «منطقة سبها العسكرية» is a trap.",
 "qor4": "Chadian trilingual site (Tchadactu «تشاد أكتو», dateline Faya-Largeau) with a distribution list and figures: "
         "an army battalion Faya-Largeau→Ounianga Kebir and Ounianga Serir (reinforce), a planned ammunition convoy "
         "Faya-Largeau→Bardai, the RSF's conditional advance Al Malha→the border with Chad (Sudan side), N'Djamena's "
         "denial of units crossing Ounianga Kebir→Kufra; refugees El Fasher→Kufra via Ounianga Kebir are civilian, "
         "N'Djamena is the speaker and a metonym, the figures lines and the headline are not moves.",
 "qor5": "Small Arms Survey (SANA) Arabic brief with numbered findings and a price table written as lines with «|»: "
         "arms shipments Sabha→Dirkou via Al Qatrun and the Tummo crossing (reported, actor null), a planned Nigerien "
         "battalion Agadez→Dirkou (redeploy), RSF fighters Al Malha→Kufra (denied), a conditional Chadian "
         "reinforcement Faya-Largeau→Zouar (Wour only in the condition); Geneva (dateline), Murzuq (traders' home), "
         "table rows, the migrants' route Agadez–Seguedine–Al Qatrun and the 2011 stockpiles are not moves.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qor1", "qor2", "qor3", "qor4", "qor5")
BAR_IN_TEXT = True  # qor5's table and heading use a literal "|"
