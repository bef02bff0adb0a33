# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # Sabha and around
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "tayouri": ("town", "LY", 27.03766, 14.42832, "Al-Tayouri (Sabha)"),                   # G
 "manshiya": ("town", "LY", 27.03766, 14.42832, "Al Manshiya (Sabha)"),                 # G
 "abdulkafi": ("town", "LY", 27.03766, 14.42832, "Abdulkafi (Sabha)"),                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "samnu": ("town", "LY", 27.27459, 14.88190, "Samnu"),                                  # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 # Wadi al-Shati
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "aqar": ("town", "LY", 27.53914, 14.16251, "Aqar"),                                    # G
 "qirah": ("town", "LY", 27.58595, 14.35375, "Qirah"),                                  # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 # Wadi al-Hayat, Ubari, Ghat
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                 # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_dist": ("district", "LY", 26.01562, 10.40660, "Ghat District"),                  # G (row district:LY-GT)
 "awinat": ("town", "LY", 25.78123, 10.56133, "Al Awinat (Serdeles)"),                  # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G (row منفذ إيسين)
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libya side)"),  # G* (row الحدود الليبية الجزائرية)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 # Murzuq and the far south
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq District"),              # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "zawila": ("town", "LY", 26.16188, 15.12522, "Zawilah"),                               # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G (row منفذ التوم)
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا, written الجنوب الليبي)
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                           # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 # north Libya
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),      # G (row منفذ رأس جدير)
 # Chad and Niger
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "aozou": ("town", "TD", 21.83750, 17.42750, "Aozou"),                                  # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (row نجامينا)
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G (row ماداما)
 "border_ne_ly": ("region", "NE", 22.8, 13.6, "Niger-Libya border (Niger side)"),       # K
}

TRAPS = {
 "qry1": ["بنغازي إف إم", "شركة البريقة لتسويق النفط", "الكتيبة 116 مشاة", "مركز سبها الطبي",
          "الليبية", "الشركة العامة للكهرباء", "الجديد"],
 "qry2": ["الشروق", "شركة أكاكوس للعمليات النفطية", "اللواء طارق بن زياد", "المؤسسة الوطنية للنفط", "الجزائري"],
 "qry3": ["البداية", "الكتيبة 128 مشاة معززة", "القطروني", "المجلس الاجتماعي لقبائل التبو", "التشادية", "الليبي",
          "مصريون"],
 "qry4": ["Tachad.com", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "جبهة التناوب والوفاق في تشاد",
          "الجيش الوطني الليبي", "المنطقة العسكرية الجنوبية", "الجانب الليبي", "التشادي", "النيجري", "الليبية",
          "سودانيون", "نيجريون"],
 "qry5": ["Tunisien.tn", "محمد إدريس", "اللواء طارق بن زياد", "الفيلق الأفريقي الروسي", "حكومة الوحدة الوطنية",
          "القيادة العامة", "تونسيين", "الليبي"],
}

PHEN = {
 "qry1": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
          "coverage_bases"],
 "qry2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "border_phrase",
          "town_vs_district", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qry3": ["clitics", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
          "town_vs_district", "countries"],
 "qry4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qry5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "ambiguity_tripoli", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qry1": [
  mv("deploy", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["مطار سبها"]),
  mv("reinforce", "planned", "Libyan National Army", ["براك"], ["سبها"]),
  mv("advance", "conditional", "Libyan National Army", [], ["الطيوري"]),
  mv("withdraw", "denied", "Libyan National Army", ["قاعدة تمنهنت"], ["الجفرة"]),
 ],
 "qry2": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["حقل الشرارة"]),
  mv("deploy", "planned", "Libyan National Army", ["أوباري"], ["حقل الفيل"]),
  mv("advance", "conditional", "Libyan National Army", [], ["العوينات"]),
  mv("deploy", "denied", "Algerian army", ["جانت"], ["منفذ إيسين"]),
 ],
 "qry3": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["مرزق"]),
  mv("deploy", "planned", "Libyan National Army", ["مرزق"], ["تراغن"]),
  mv("withdraw", "conditional", "Libyan National Army", ["مرزق"], []),
  mv("advance", "denied", "Chadian armed groups", ["القطرون"], ["مرزق"]),
 ],
 "qry4": [
  mv("reinforce", "reported", "Chadian army", ["زوار"], ["كوري بوقودي"]),
  mv("deploy", "planned", "Libyan National Army", ["القطرون"], ["منفذ التوم"]),
  mv("withdraw", "denied", "Chadian armed groups", ["كوري بوقودي"], ["القطرون"]),
  mv("deploy", "conditional", "Nigerien army", ["ماداما"], ["الحدود مع ليبيا"]),
 ],
 "qry5": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة براك الجوية"], ["إدري"]),
  mv("withdraw", "conditional", "Russian forces", ["قاعدة براك الجوية"], ["الجفرة"]),
  mv("advance", "denied", "GNA forces", ["الشويرف"], ["إدري"]),
 ],
}

NOTES = {
 "qry1": "Libyan local radio (Benghazi FM) from Sabha: fuel queues after a tanker convoy from Misrata was delayed "
         "(civilian, route via Ash Shwayrif), an LNA company deployed Tamanhint air base→around Sabha airport, a "
         "planned second company Brak→Sabha, a conditional entry into the Tayouri district («لن تدخل ... إلا إذا») and a "
         "denied pull-out Tamanhint→Jufra; the civilian flight Mitiga→Sabha airport, «وتقول طرابلس» (metonymy), the power "
         "line from Ubari and the headline that repeats the deployment are not movements; سبها inside «مركز سبها الطبي» "
         "and بنغازي inside the outlet name are traps.",
 "qry2": "Libyan weekly (Al-Shuruq) from Ubari: Sharara restarts after a sit-in, Tariq bin Ziyad reinforcements "
         "Sabha→Sharara field, a planned unit Ubari→El Feel field, a conditional move to Al-Awinat (the Ghat-road town, "
         "not the Uweinat triangle) and the Ghat mayor's denial that the Algerian army moved units Djanet→Isayen "
         "crossing; the border with Algeria (calm), the NOC delegation from Tripoli and the sit-in are not movements.",
 "qry3": "Egyptian news site (Albedaiah) from Murzuq: displaced families returning from Sabha, Ubari and Tripoli "
         "(civilian), the 128th Brigade deployed Sabha→Murzuq, a planned force Murzuq→Traghen, a conditional "
         "withdrawal from Murzuq («لن تنسحب ... إلا إذا») and the Tebu council's denial that Chadian opposition fighters "
         "came Qatrun→Murzuq; Red Crescent convoy, Egyptian workers going home, Benghazi government, Zawila and Umm "
         "al-Aranib are not movement places; القطروني (a commander's surname) holds القطرون.",
 "qry4": "Chadian bilingual site (Tachad.com) from Faya-Largeau: Chadian army reinforcements Zouar→Kouri Bougoudi, "
         "gold miners fleeing to Qatrun and via Aozou to Faya (civilian), a planned LNA patrol Qatrun→Toummo crossing, "
         "the CCMSR's denied pull-out Kouri Bougoudi→Qatrun, and a conditional Nigerien army deployment Madama→the "
         "border with Libya (Niger side); N'Djamena (metonymy), Southern Libya (rear base), the Madama–Toummo road "
         "and trucks from Sabha are not movements.",
 "qry5": "Tunisian news site (Tunisien.tn) from Brak on the Wadi al-Shati date harvest: dates trucked to Tunisia via "
         "Ras Ajdir (civilian trade), an LNA military cargo plane Jufra air base→Brak air base, a planned company moved "
         "from the base to Idri (redeploy), Africa Corps staying at Brak unless air defences are handed over "
         "(conditional withdraw to Jufra, Russian forces) and the LNA's denial of a GNU column advancing Ash "
         "Shwayrif→Idri; محمد إدريس holds إدري, تونسيين holds تونس.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qry1", "qry2", "qry3", "qry4", "qry5")
