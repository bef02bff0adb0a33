# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another surface/label (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                                  # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                  # G
 "greece": ("country", "GR", 39.07170, 21.95170, "Greece"),                                # G
 "cyprus": ("country", "CY", 34.90514, 32.97957, "Cyprus"),                                # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                                  # G* (row سوريا, written سورية)
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 # Libya: oil terminals, ports, bases, towns, regions
 "es_sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                          # G (row راس لانوف; also written ميناء رأس لانوف)
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa el Brega oil port"),          # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                     # G
 "zueitina_port": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),         # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),         # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                   # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),                  # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),              # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                 # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),                # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                    # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                   # G
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"), # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),       # G (row مجمع مليتة; also bare مليتة)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                  # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                     # G
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica (eastern Libya)"),           # G* (row برقة, Arabic alias الشرق الليبي)
 "tripolitania": ("region", "LY", 30.79644, 14.18653, "Tripolitania (western Libya)"),     # G* (row إقليم طرابلس, alias الغرب الليبي)
 # Mediterranean: Malta, Italy, Greece
 "valletta": ("city", "MT", 35.89968, 14.51480, "Valletta"),                               # G
 "augusta": ("town", "IT", 37.24065, 15.22121, "Augusta"),                                 # G
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                                 # G
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                             # G
 "souda": ("town", "GR", 35.48717, 24.07344, "Souda (Souda Bay)"),                         # G (row خليج سودا)
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                   # G
 "piraeus": ("city", "GR", 37.94203, 23.64619, "Piraeus"),                                 # G
 # Syria, Lebanon, Russia, Jordan
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                   # G
 "baniyas": ("town", "SY", 35.18222, 35.94028, "Baniyas"),                                 # K
 "latakia": ("city", "SY", 35.53125, 35.79088, "Latakia"),                                 # G
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                               # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),   # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                   # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                     # G* (row عمان, written عمّان)
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                           # G
 "ras_el_tin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),                # G
 "port_said": ("city", "EG", 31.26531, 32.30190, "Port Said"),                             # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                             # G
 "suez": ("region", "EG", 30.57780, 32.28890, "Suez Canal"),                               # G
}

TRAPS = {
 "qqq1": ["طاقة نيوز", "شركة الخليج العربي للنفط", "شركة الزويتينة للنفط", "المتوسط", "روسية"],
 "qqq2": ["الخليج بوست", "ليمنوس", "إيريني", "البحر الآمن", "القائمة السوداء", "اليونانية", "التونسية", "الليبية",
          "التركية", "المالطية", "الإيطالية"],
 "qqq3": ["سيريا ديلي نيوز", "الفيلق الأفريقي", "السورية", "اللبناني", "العراقي", "الروسية", "الليبية"],
 "qqq4": ["بنوك مصر", "هيئة قناة السويس", "تحيا مصر", "جمال عبد الناصر", "المصرية", "المصري", "الليبية"],
 "qqq5": ["الوقائع الإخبارية", "القوة المشتركة", "حرس المنشآت النفطية", "زاوية أمنية", "شركة الزاوية لتكرير النفط",
          "شركة مليتة للنفط والغاز", "إيتنا", "الإيطالية"],
}

PHEN = {
 "qqq1": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "vague_area",
          "coverage_bases", "coverage_crossings", "coverage_oil", "countries"],
 "qqq2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "coverage_crossings",
          "coverage_oil", "countries"],
 "qqq3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "coverage_bases", "coverage_crossings", "coverage_oil", "countries"],
 "qqq4": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "vague_area", "coverage_bases",
          "coverage_oil", "coverage_neighbours", "countries"],
 "qqq5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "vague_area", "coverage_crossings", "coverage_oil"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qqq1": [
  mv("deploy", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء السدرة"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة طبرق البحرية"], ["ميناء الزويتينة"]),
  mv("deploy", "conditional", "Libyan National Army", ["ميناء البريقة"], ["راس لانوف"]),
  mv("naval_landing", "denied", "Russian forces", ["طرطوس"], ["ميناء الحريقة"]),
 ],
 "qqq2": [
  mv("deploy", "reported", None, ["خليج سودا"], ["مالطا"]),
  mv("reinforce", "planned", None, ["أوغستا"], ["زاوية"]),
  mv("deploy", "conditional", None, [], ["ميناء الزويتينة"]),
  mv("deploy", "denied", "Turkish armed forces", ["ميناء مصراتة"], ["مالطا"]),
  mv("withdraw", "reported", None, [], ["فاليتا"]),
 ],
 "qqq3": [
  mv("shipment", "reported", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("deploy", "planned", "Russian forces", ["طرطوس"], ["قاعدة طبرق البحرية"]),
  mv("withdraw", "conditional", "Russian forces", ["طرطوس"], ["طبرق"]),
  mv("deploy", "denied", "Syrian mercenaries", ["طرطوس"], ["بنغازي"]),
 ],
 "qqq4": [
  mv("deploy", "reported", "Egyptian army", ["قاعدة رأس التين البحرية"], ["ميناء الحريقة"]),
  mv("redeploy", "planned", "Egyptian army", ["بورسعيد"], ["مرسى مطروح"]),
  mv("deploy", "conditional", "Egyptian army", [], ["ميناء الزويتينة", "ميناء البريقة"]),
  mv("naval_landing", "denied", "Egyptian army", [], ["طبرق"]),
 ],
 "qqq5": [
  mv("reinforce", "reported", "GNA forces", ["ميناء طرابلس"], ["مجمع مليتة"]),
  mv("deploy", "planned", "GNA forces", ["ميناء الخمس"], ["مليتة"]),
  mv("advance", "conditional", "Misrata forces", ["مصراتة"], ["الزاوية"]),
  mv("withdraw", "denied", "GNA forces", ["مصفاة الزاوية"], ["طرابلس"]),
  mv("deploy", "reported", None, ["أوغستا"], ["ميناء طرابلس"]),
 ],
}

NOTES = {
 "qqq1": "Energy news site (Taqa News) from Benghazi, a weekly tanker bulletin on the oil crescent: LNA navy patrol "
         "boats Benghazi port→Es Sider port, a planned LNA marine company Tobruk naval base→Zueitina port, the LNA "
         "frigate's conditional move Brega port→Ras Lanuf (written راس لانوف; ميناء رأس لانوف earlier) and a denied "
         "Russian landing at Hariga with troops from Tartus; the tanker Es Sider→Augusta, the AIS gap after Hariga and "
         "the reappearance south of Crete, the conditional escort with no place, NOC Tripoli, fishermen of Brega and "
         "«في المتوسط» (on average) are not movements or movement places.",
 "qqq2": "Gulf news site (Al-Khaleej Post) retelling a maritime-risk newsletter: the Greek Irini frigate «ليمنوس» "
         "Souda Bay→south-east of Malta (actor null), a planned Italian patrol ship Augusta→off Zawiya (written «للزاوية», surface "
         "زاوية) to reinforce Mare Sicuro, the frigate's conditional approach to Zueitina port, Ankara's denied escort Misrata port→east "
         "of Malta and a Maltese patrol boat back to Valletta; STS transfers east of Malta, tankers loaded at Zawiya "
         "and Mellitah, fishing boats near Lampedusa, Khoms port inside the denial and «القائمة السوداء» (holds سودا) "
         "are not movements or movement places.",
 "qqq3": "Syrian news site (Syria Daily News) from Damascus: a Russian landing ship's cargo Tartus→Tobruk port (origin "
         "by anaphora «في المدينة»), a planned Russian frigate Tartus→Tobruk naval base, Moscow's conditional "
         "withdrawal Tartus→Tobruk and a denied transfer of Syrian fighters Tartus→Benghazi; tankers Hariga→Baniyas, "
         "off Latakia and Cyprus→the Lebanese Tripoli port, tankers crossing the Suez Canal, Damascus and Moscow as "
         "governments and the Libyan Tripoli (NOC) are not movements or movement places.",
 "qqq4": "Egyptian banking and insurance site (Bunook Misr) from Cairo on war-risk premiums: the Egyptian frigate "
         "«تحيا مصر» Ras el-Tin naval base→off Hariga, a planned redeployment of the Mistral «جمال عبد الناصر» Port "
         "Said→Marsa Matruh, a conditional escort to Zueitina and Brega ports (Benghazi only in the condition) and a "
         "denied landing of Egyptian naval special forces at Tobruk (actor Egyptian army); tankers to Alexandria, "
         "through the Suez Canal and waiting off Port Said, container ships Alexandria–Piraeus are civilian.",
 "qqq5": "Jordanian news site (Al-Wakaai) from Amman with agency copy on clashes near the Zawiya refinery: GNU navy "
         "patrol boats Tripoli port→Mellitah complex, a planned GNU support ship Khoms port→Mellitah (bare مليتة), the "
         "Misrata joint force's conditional advance Misrata→Zawiya, the Petroleum Facilities Guard's denied "
         "withdrawal Zawiya refinery→Tripoli and the Italian support ship «إيتنا» Augusta→Tripoli port (actor null); "
         "tankers diverted to south of Malta and Misrata port, Zuwara fishermen and «من زاوية أمنية» are not "
         "movements or movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qqq1", "qqq2", "qqq3", "qqq4", "qqq5")
BAR_IN_TEXT = True  # qqq1 headline «نشرة الناقلات | ...» has a literal bar
