# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind or spelling (listed in the README).
P = {
 # countries
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 # Niger (Agadez region, Kawar, Djado)
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "niamey_airport": ("airport", "NE", 13.48150, 2.18361, "Niamey Diori Hamani Airport"),  # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "dirkou_airport": ("airport", "NE", 18.96870, 12.86870, "Dirkou Airport"),             # G
 "kawar": ("region", "NE", 18.90000, 12.90000, "Kawar"),                                # G
 "bilma": ("town", "NE", 18.68532, 12.91643, "Bilma"),                                  # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G* (row ماداما, also written قاعدة ماداما)
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                       # G
 "chirfa": ("village", "NE", 20.95000, 12.33330, "Chirfa"),                             # G
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado"),                                # G
 # Libya (Fezzan and the bases)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),            # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G (also written الجنوب الليبي: G*)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "umm_araneb": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libya side)"),  # G* (row الحدود الليبية التشادية, written الحدود مع تشاد)
 # Chad (Tibesti, Borkou, Ennedi, east)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (row نجامينا, written أنجمينا)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G (also written كوري بوغودي, a spelling the row lists)
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "faya_airport": ("airport", "TD", 17.91710, 19.11110, "Faya-Largeau Airport"),         # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "bardai": ("town", "TD", 21.35470, 16.99810, "Bardai"),                                # G
 "aozou": ("town", "TD", 21.83750, 17.42750, "Aozou"),                                  # G
 "border_td_ly": ("region", "TD", 22.2, 17.5, "Chad-Libya border (Chad side, Tibesti)"),  # K
 "tine": ("town", "TD", 15.02528, 22.80222, "Tine"),                                    # G
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                          # G
 # Sudan (Darfur, Red Sea)
 "tina_sd": ("town", "SD", 15.0330, 22.8180, "Tina (Sudan)"),                           # K
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                        # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "kutum": ("town", "SD", 14.20000, 24.66667, "Kutum"),                                  # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G (written ولاية شمال دارفور)
 "el_fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                          # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "border_sd_td": ("region", "SD", 15.27115, 23.08771, "Sudan-Chad border (Sudan side)"),  # G
 # elsewhere
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "gaziantep_airport": ("airport", "TR", 36.94720, 37.47870, "Gaziantep Airport"),       # G
 "aleppo": ("city", "SY", 36.20124, 37.16117, "Aleppo"),                                # G
 "afrin": ("town", "SY", 36.50833, 36.86944, "Afrin"),                                  # G
 "erbil": ("city", "IQ", 36.19117, 44.00943, "Erbil"),                                  # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
}

TRAPS = {
 "qsb1": ["دقة الأخبار", "كتيبة التدخل الخاصة", "القيادة العامة للجيش الوطني الليبي", "الكتيبة 128", "كوارث", "الفرنسيون"],
 "qsb2": ["المجتمع", "قوات الدعم السريع", "الدعم السريع", "القوة المشتركة", "حركة تحرير السودان",
          "مني أركو مناوي", "تشادي", "الهلال الأحمر السوداني"],
 "qsb3": ["أورينت نيوز", "الجيش الوطني السوري", "الجيش الوطني", "القيادة العامة للجيش الوطني الليبي", "فرقة السلطان مراد", "الفيلق الأفريقي",
          "قوات سوريا الديمقراطية", "مالية", "الليبية", "تركية", "التركية", "سوريون", "السوريين"],
 "qsb4": ["شبكة فلسطين الإخبارية", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "جبهة الوفاق من أجل التغيير في تشاد",
          "الجيش التشادي", "الجيش الوطني الليبي", "محكمة العدل الدولية", "الزوار", "التشاديين", "التشادي",
          "الليبية", "سودانيون", "ليبيون"],
 "qsb5": ["باسنيوز", "الفيلق الأفريقي", "وزارة الدفاع الروسية", "تاس", "مجموعة فاغنر", "النيجرية", "روسيتين",
          "الروس", "الروسي", "تشادي", "الليبية"],
}

PHEN = {
 "qsb1": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
          "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qsb2": ["spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "coverage_neighbours", "countries"],
 "qsb3": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area", "border_phrase",
          "coverage_bases", "coverage_neighbours", "countries"],
 "qsb4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "coverage_neighbours", "countries"],
 "qsb5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area",
          "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qsb1": [
  mv("reinforce", "reported", "Nigerien army", ["أغاديس"], ["ديركو"]),
  mv("airlift", "reported", "Nigerien army", ["مطار نيامي"], ["مطار ديركو"]),
  mv("deploy", "planned", "Nigerien army", ["ديركو"], ["قاعدة ماداما"]),
  mv("reinforce", "conditional", "Nigerien army", [], ["سيغيدين", "شيرفا"]),
  mv("advance", "denied", "Libyan National Army", ["القطرون"], ["ماداما"]),
 ],
 "qsb2": [
  mv("advance", "reported", "Sudanese armed groups", ["مليط"], ["المالحة"]),
  mv("advance", "planned", "Sudanese armed groups", ["الفاشر"], ["الطينة"]),
  mv("deploy", "reported", "Sudanese armed groups", [], ["الطينة"]),
  mv("withdraw", "conditional", "Sudanese armed groups", ["الطينة"], ["الحدود السودانية التشادية"]),
  mv("reinforce", "conditional", "Chadian army", ["أم جرس"], ["تيني"]),
  mv("withdraw", "denied", "Sudanese armed groups", ["كتم"], ["مثلث العوينات"]),
 ],
 "qsb3": [
  mv("airlift", "reported", "Syrian mercenaries", ["مطار غازي عنتاب"], ["مطار نيامي"], ["مطار معيتيقة"]),
  mv("deploy", "reported", "Syrian mercenaries", [], ["أغاديس"]),
  mv("redeploy", "planned", "Syrian mercenaries", ["أغاديس"], ["ديركو"]),
  mv("withdraw", "conditional", "Syrian mercenaries", ["النيجر"], ["سوريا"]),
  mv("redeploy", "denied", "Syrian mercenaries", ["قاعدة براك الجوية"], ["القطرون"]),
 ],
 "qsb4": [
  mv("reinforce", "reported", "Chadian army", ["فايا لارجو"], ["كوري بوقودي"]),
  mv("airlift", "reported", "Chadian army", ["مطار فايا لارجو"], ["زوار"]),
  mv("deploy", "planned", "Chadian army", ["زوار"], ["برداي"]),
  mv("withdraw", "conditional", "Chadian armed groups", ["كوري بوغودي"], []),
  mv("advance", "denied", "Libyan National Army", ["القطرون"], ["الحدود مع تشاد"]),
 ],
 "qsb5": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة معطن السارة"]),
  mv("redeploy", "reported", "Russian forces", ["قاعدة براك الجوية"], ["قاعدة الويغ"]),
  mv("deploy", "planned", "Russian forces", ["قاعدة الويغ"], ["ديركو"], ["منفذ التوم"]),
  mv("reinforce", "conditional", "Chadian army", [], ["الحدود مع ليبيا"]),
  mv("deploy", "denied", "Russian forces", [], ["القطرون", "تجرهي"]),
 ],
}

NOTES = {
 "qsb1": "Mauritanian news site (Diqqat al-Akhbar) from Niamey on Niger's far north-east: a special-intervention "
         "battalion convoy Agadez→Dirkou, a military transport plane Niamey airport→Dirkou airport, a planned move "
         "of part of these forces Dirkou→Madama base, a conditional push to Seguedine and Chirfa (southern Libya and "
         "Djado only inside the condition), and the LNA's denied column Al Qatrun→Madama; the Toummo crossing and the "
         "Libya-Niger border (purpose of the deployment), migrant trucks Agadez→Libya via Bilma, Niamey as government "
         "and the transporter's road to Al Qatrun are not movements or movement places; «كوارث» holds كوار (Kawar).",
 "qsb2": "Kuwaiti magazine site (Al-Mujtama) from Port Sudan on North Darfur's border strip: RSF columns Mellit→Al "
         "Malha, the RSF's announced advance El Fasher→Tina, the joint force deployed in Tina, its conditional "
         "pull-back from Tina to the Sudan-Chad border, a conditional Chadian reinforcement Amdjarass→Tine and the "
         "RSF's denied withdrawal Kutum→Uweinat triangle; refugees Al Malha→Tina→Chad, N'Djamena and Port Sudan "
         "(speakers, «إعلام بورتسودان») and Darfur/Sudan as background are not movement places.",
 "qsb3": "Syrian opposition news site (Orient News) from Istanbul on Syrian fighters sent to Niger: a chartered "
         "flight Gaziantep airport→Niamey airport via Mitiga airport, the fighters moved on to Agadez, a planned "
         "group Agadez→Dirkou, a conditional return Niger→Syria (only if salaries are paid) and the LNA's denial "
         "that Syrian fighters of the Russian Africa Corps moved Brak air base→Al Qatrun; Aleppo and Afrin "
         "(recruitment), Niger in «لتأمين الطريق نحو النيجر» (purpose), Southern Libya, Niamey (a promise, and the "
         "silent government) and the headline are not movement places; «قوات سوريا الديمقراطية» holds سوريا.",
 "qsb4": "Palestinian news network (PNN) from N'Djamena on Tibesti: Chadian army reinforcements Faya-Largeau→Kouri "
         "Bougoudi, special forces by helicopter Faya-Largeau airport→Zouar, a planned company Zouar→Bardai, the "
         "CCMSR rebels' conditional withdrawal from around Kouri Bougoudi (written كوري بوغودي) and the LNA's denied "
         "advance Al Qatrun→the border with Chad (Libya side); the border with Libya as distance reference, Libya's "
         "1994 withdrawal from Aozou (background), gold miners leaving Kouri Bougoudi for Al Qatrun and Umm al "
         "Aranib (civilians), Benghazi (speaker) and the headline are not movements; «الزوار» holds زوار (Zouar), "
         "the FACT name holds تشاد.",
 "qsb5": "Kurdish news agency (Basnews, Arabic service) from Erbil on Russia's Africa Corps in southern Libya: two "
         "Il-76 cargo planes Al Jufra air base→Maaten al-Sarra base, advisers moved Brak air base→Al Wigh base, a "
         "planned overland transfer Al Wigh→Dirkou via the Toummo crossing, a conditional Chadian reinforcement of "
         "the border with Libya (Chad side; Aozou only in the condition) and Russia's denial of units stationed in "
         "Al Qatrun or Tajarhi; Moscow (planner), N'Djamena and Niamey (governments), Russia's lost bases in Syria, "
         "migrants Agadez→Sabha and the checkpoints between Umm al Aranib and Al Qatrun are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qsb1", "qsb2", "qsb3", "qsb4", "qsb5")
