# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label, spelling or kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 # cities outside the south-west (datelines, capitals, venues)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                             # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G (row تونس, city)
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                 # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                  # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),              # G
 # Libya: Fezzan and the south-west
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "sw_libya": ("region", "LY", 26.0, 12.0, "South-western Libya"),                        # K
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                  # G* (row جنوب ليبيا, written الجنوب الليبي)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G (row قاعدة تمنهنت; written with الجوية, and تمنهنط)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "ghat_dist": ("district", "LY", 26.01562, 10.40660, "Ghat District"),                 # G (row district:LY-GT, written بلدية غات)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                            # G
 "akakus": ("region", "LY", 24.83333, 10.33333, "Akakus Mountains"),                     # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),             # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq District"),               # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G (also written قطرون)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                               # G
 "zawila": ("town", "LY", 26.16188, 15.12522, "Zuwaylah"),                               # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                         # G
 "tumu": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),               # G
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra District"),                   # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                              # G
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),      # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                     # G (row Daraj)
 # Libyan border regions and triangles
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libya side)"),      # G* (row الحدود الليبية الجزائرية)
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libya side)"),        # G* (row الحدود الليبية النيجرية)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libya side)"),         # G* (row الحدود الليبية التشادية)
 "tri_ly_dz_ne": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),   # G
 "tri_ly_dz_tn": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G
 # Algeria
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                  # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                  # G* (row kind village; a town)
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                  # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "border_dz_ly": ("region", "DZ", 29.8, 9.35, "Algeria-Libya border (Algeria side, Debdeb)"),   # K
 # Niger
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                 # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                 # G (row ماداما; also written قاعدة ماداما)
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                  # G (row أغاديس; also written أغاديز)
 # Chad
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                   # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                  # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                        # G (row كوري بوقودي, written كوري بوغودي)
 "border_td_ly": ("region", "TD", 22.2, 16.3, "Chad-Libya border (Chad side, Tibesti)"),        # K
}

TRAPS = {
 "qpp1": ["الجيش الوطني الليبي", "إنفوتايمز", "الليبي", "لغات", "درجة", "اللواء طارق بن زياد المعزز",
          "مبالغات", "إدريس الغدامسي", "نُدرج", "شركة البريقة لتسويق النفط"],
 "qpp2": ["منتدى الشرق", "الجزائري", "النيجري", "القوات المسلحة النيجرية", "وزارة الدفاع الجزائرية",
          "الجيش الوطني الشعبي", "بلاغات"],
 "qpp3": ["ليبيا الدولية", "المدرج", "علي القطروني", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "التشادي", "مركز سبها الطبي"],
 "qpp4": ["الفيلق الأفريقي", "المشارق", "مجموعة فاغنر", "النيجرية", "الخطوط الأفريقية", "ليبية", "نيجرية",
          "الروسي", "روسيتان", "روسية"],
 "qpp5": ["بيلينغكات", "الزاوية الغربية", "الجيش الوطني الليبي", "وزارة الدفاع الجزائرية", "جزائري", "نُدرجه"],
}

PHEN = {
 "qpp1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qpp2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qpp3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qpp4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours",
          "countries"],
 "qpp5": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area",
          "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qpp1": [
  mv("redeploy", "reported", "Libyan National Army", ["سبها"], ["أوباري"]),
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["القطرون"], ["أم الأرانب"]),
  mv("deploy", "planned", "Libyan National Army", ["القطرون"], ["منفذ التوم"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["الحدود مع الجزائر"]),
  mv("advance", "denied", "GNA forces", ["درج"], ["غدامس"]),
 ],
 "qpp2": [
  mv("deploy", "reported", "Libyan National Army", ["أوباري"], ["حقل الشرارة"]),
  mv("reinforce", "reported", "Nigerien army", ["ديركو"], ["قاعدة ماداما"]),
  mv("redeploy", "planned", "Algerian army", ["إليزي"], ["جانت"]),
  mv("advance", "conditional", "Libyan National Army", ["غات"], ["منفذ إيسين"]),
  mv("withdraw", "denied", "Libyan National Army", ["العوينات"], ["أوباري"]),
 ],
 "qpp3": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["مرزق"]),
  mv("redeploy", "planned", "Libyan National Army", ["القطرون"], ["قاعدة الويغ"]),
  mv("advance", "conditional", "Libyan National Army", [], ["منفذ التوم"]),
  mv("advance", "denied", "Chadian armed groups", ["كوري بوغودي"], ["أم الأرانب"]),
  mv("mobilise", "reported", "Chadian army", [], ["زوار", "وور", "الحدود مع ليبيا"]),
 ],
 "qpp4": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("airlift", "planned", "Russian forces", ["قاعدة براك الجوية"], ["نيامي"]),
  mv("withdraw", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], []),
  mv("shipment", "reported", "Russian forces", ["سبها"], ["أغاديس"], ["قاعدة الويغ", "ماداما"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["الحدود مع النيجر"]),
 ],
 "qpp5": [
  mv("reinforce", "reported", "GNA forces", ["درج"], ["غدامس"]),
  mv("airlift", "planned", "GNA forces", ["مطار معيتيقة"], ["مطار غدامس"]),
  mv("advance", "reported", "Libyan National Army", ["براك"], ["الشويرف"]),
  mv("withdraw", "denied", "Algerian army", ["الدبداب"], []),
  mv("reinforce", "conditional", "Algerian army", ["عين أميناس"], ["الدبداب"]),
 ],
}

NOTES = {
 "qpp1": "Data-journalism piece (InfoTimes) from Cairo built on a before/after control map and a table turned into "
         "text («الوحدة | المنطلق | الوجهة | الحالة»): the Tariq bin Ziyad brigade Sabha→Ubari (redeploy, «مؤكد»), the "
         "128th battalion Tamanhint air base→Al Qatrun via Umm al-Aranib (reinforce, «مؤكد»), a border-guard company "
         "Al Qatrun→Toummo crossing («معلن، لم يُنفذ», «ستتمركز في المنفذ»: planned deploy), a conditional deployment to "
         "the border with Algeria (Isayen only in the condition) and the Tripoli chief of staff's denial of a force "
         "Derj→Ghadames; the control-map caption, the abstract shift «من سبها نحو الغرب والجنوب», Brega company fuel "
         "convoys Sabha→Murzuq and medical evacuations from Sabha airport are not movements; traps: لغات/مبالغات "
         "(hold غات), درجة/نُدرج (hold درج), إدريس الغدامسي (holds إدري and غدامس; Idri itself is in the caption), "
         "شركة البريقة لتسويق النفط (holds البريقة).",
 "qpp2": "Think-tank map brief (Al-Sharq Forum) from Istanbul: two control maps (1 Feb / 31 Mar, no movement), a legend "
         "naming statuses and five arrows described in words: red Ubari→Sharara field (LNA company, deploy "
         "reported), red Dirkou→Madama base (Nigerien army, reinforce reported), dashed orange Illizi→Djanet (Algerian "
         "army, «ستُنقل إلى هناك», redeploy planned), yellow Ghat→Isayen crossing (LNA advance only if Algeria reopens; "
         "conditional), struck grey Al Awaynat→Ubari (LNA withdrawal denied); migrants Agadez (written أغاديز)→Sabha "
         "are civilian; residents' unconfirmed reports of clashes near the triangle and Tripoli and Niamey trading "
         "accusations are not movements; بلاغات holds غات.",
 "qpp3": "Libyan TV website (Libya International) from Sabha with a verbless «المواقع:» list: 116th battalion "
         "reinforcements Sabha→Murzuq (reported), a company Al Qatrun→Al Wigh base (planned redeploy), an LNA advance "
         "to the Toummo crossing only if armed groups cross from Niger (conditional), the CCMSR's denied entry Kouri "
         "Bougoudi (written كوري بوغودي)→Umm al-Aranib and the Chadian army massing in Zouar and Wour near the border "
         "with Libya (Chad side; mobilise reported); the position list, past clashes on the Murzuq–Qatrun road, the "
         "Sabha Medical Centre's vaccination convoy to Traghen and Zuwaylah and civilian flights to Tripoli are not "
         "movements; the headline repeats; المدرج holds درج, مركز سبها الطبي holds سبها.",
 "qpp4": "Pan-Arab site (Al-Mashareq) infographic on Russia's Africa Corps, dateline Tunis (city): arrows Jufra air "
         "base→Brak air base (airlift reported) and Brak air base→Niamey (airlift planned; the body's «إلى العاصمة "
         "النيجرية» is the same), Moscow's denial of a withdrawal from Jufra air base, a truck convoy of Russian "
         "military equipment Sabha→Agadez via Al Wigh base and Madama (shipment reported) and an LNA deployment to the "
         "border with Niger only if Niamey asks (conditional); the 2020 Wagner background in Al Jufra, civilian "
         "Afriqiyah flights Sabha airport–Benghazi and the headline «من الجفرة إلى النيجر» are not movements.",
 "qpp5": "Open-source monitor (Bellingcat) with image captions, flight-tracking data and a colour legend (verified / "
         "alleged / denied withdrawal): a geolocated 444 Brigade column Derj→Ghadames (reinforce reported), a "
         "scheduled GNU C-130 Mitiga airport→Ghadames airport (airlift planned), an alleged LNA column Brak→Ash "
         "Shwayrif that the monitor could not verify and nobody denied (reported claim), Algeria's denial of a "
         "withdrawal from Debdeb and Algerian reinforcements In Amenas→Debdeb only if a column nears the border with "
         "Libya (conditional; the border phrase is in the condition); civilian fuel trucks Derj–Ghadames are not "
         "movements; الزاوية الغربية (the western corner) holds الزاوية, نُدرجه holds درج.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qpp1", "qpp2", "qpp3", "qpp4", "qpp5")
BAR_IN_TEXT = True  # tables and headline separators use a literal "|"
