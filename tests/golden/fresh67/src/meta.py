# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 # cities and capitals
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G* (city row الجزائر)
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 # Ghat, Ubari and the Algerian border
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 26.01562, 10.40660, "Ghat municipality"),               # G (district row غات)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G (bq3 أباري: G*)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awinat"),                            # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "border_dz": ("region", "LY", 25.2, 10.35, "Libya-Algeria border (Libyan side, near Ghat)"),   # K
 "border_dzside": ("region", "DZ", 25.3, 9.75, "Algeria-Libya border (Algerian side)"),        # K
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G (gazetteer kind kept)
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                  # G* (district row إليزي)
 # Murzuq, Al Qatrun and the Niger/Chad borders
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G (bq2 مرزوق: G*)
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G* (district row مرزق)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G (also surface قطرون)
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),        # G* (town row)
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 "triangle": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),   # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 # Wadi al-Shati
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G* (row براك; written براك الشاطئ)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 # regions
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "sw_libya": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),               # G* (row الجنوب الغربي)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # the coast (bq3)
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf port"),             # G* (row راس لانوف)
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
}

TRAPS = {
 "bq1": ["سكاي نيوز عربية", "الجيش الجزائري", "المنطقة العسكرية سبها", "سالم الغاتي",
         "الجزائرية", "حكومة الوحدة الوطنية"],
 "bq2": ["العين الإخبارية", "الجيش الوطني الليبي", "مسلحون تشاديون", "علي القطروني",
         "مجلس القيادة العسكرية لإنقاذ الجمهورية", "التشادي المعارض", "الصراع الليبي"],
 "bq3": ["قناة ليبيا الحدث", "القيادة العامة", "محمد الإدريسي", "غرفة عمليات الجنوب الغربي", "على الشاطئ",
         "الهلال الأحمر", "المؤسسة الوطنية للنفط"],
 "bq4": ["وكالة أنباء العالم العربي", "AWP", "الجيش الوطني الليبي", "خليفة حفتر", "قوة حماية طرابلس",
         "إيني الإيطالية", "حكومة الوحدة الوطنية"],
 "bq5": ["RT", "وزارة الدفاع الوطني الجزائرية", "الجيش النيجري", "مصدر أمني نيجري", "القوات النيجرية",
         "عناصر روسية", "لا أدري", "دعم مالي", "شارع طرابلس"],
}

PHEN = {
 "bq1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "bq2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "bq3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil"],
 "bq4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "town_vs_district", "coverage_oil"],
 "bq5": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"
MOVES = {
 "bq1": [
  mv("reinforce", "reported", LNA, ["سبها"], ["غات"], ["أوباري", "العوينات"]),   # headline + 1st عاجل + body: one move
  mv("deploy", "planned", LNA, [], ["منفذ إيسين"]),                               # «على أن تتوجه سرية منه»
  mv("deploy", "reported", "Algerian army", [], ["ولاية إليزي"]),                 # 2nd عاجل (+ headline «الجزائر تعزز»)
  mv("reinforce", "conditional", LNA, ["قاعدة تمنهنت"], ["غات"]),                # «ستدفع … إذا استمرت»
  mv("redeploy", "denied", LNA, ["حقل الشرارة"], ["غات"]),                       # «نفى … سحب قوات من الحقل لتعزيز غات»
 ],
 "bq2": [
  mv("advance", "reported", "Chadian armed groups", ["تجرهي"], ["قطرون"]),        # 09:10
  mv("airlift", "reported", LNA, ["قاعدة تمنهنت"], ["قاعدة الويغ"]),              # 11:45 (origin as corrected)
  mv("reinforce", "reported", LNA, ["مرزوق"], ["القطرون"], ["أم الأرانب"]),       # 13:20 (+ headline «تعزيزات»)
  mv("withdraw", "reported", "Chadian armed groups", ["القطرون"], ["الحدود مع النيجر"]),  # 14:30 (+ headline)
  mv("mobilise", "denied", "Chadian armed groups", [], ["تيبستي"]),               # 16:00
  mv("deploy", "planned", LNA, [], ["تجرهي", "منفذ التوم"]),                      # 18:40 «ستنتشر»
  mv("advance", "conditional", LNA, [], ["الحدود مع النيجر"]),                    # 18:40 «ستلاحق … إذا حاولوا العودة»
 ],
 "bq3": [
  mv("deploy", "reported", LNA, ["سبها"], ["براك الشاطئ"]),                       # 1st item (+ last item, same move)
  mv("mobilise", "reported", None, [], ["إدري"]),                                 # unnamed armed groups
  mv("deploy", "conditional", LNA, ["قاعدة براك الجوية"], ["إدري"]),              # «في حال فشل»
  mv("withdraw", "denied", LNA, ["حقل الشرارة"], []),                             # «تنفي سحب أي قوة من محيط»
  mv("shipment", "planned", LNA, ["سبها"], ["أباري"], ["جرمة"]),                  # «تصل مطلع الأسبوع المقبل»
  mv("naval_landing", "reported", LNA, ["بنغازي"], ["ميناء رأس لانوف"]),          # the coast item
  mv("naval_landing", "denied", LNA, [], ["ميناء السدرة"]),                       # «لا صحة لأنباء عن إنزال مماثل»
 ],
 "bq4": [
  mv("redeploy", "reported", LNA, ["حقل الفيل"], ["أوباري"]),                     # headline + lede: one move
  mv("mobilise", "reported", LNA, [], ["جرمة"]),                                  # «حشدت … في جرمة»
  mv("withdraw", "conditional", LNA, ["أوباري"], []),                             # «لن تنسحب … إلا إذا»
  mv("airlift", "planned", GNA, ["مطار معيتيقة"], ["مطار غات"]),                  # «ستنقل جواً»
  mv("shipment", "denied", GNA, ["طرابلس"], ["غات"]),                             # «نفت … عارٍ عن الصحة»
 ],
 "bq5": [
  mv("deploy", "reported", "Algerian army", [], ["جانت", "الحدود مع ليبيا"]),     # 10:05
  mv("withdraw", "reported", None, ["ماداما"], ["ديركو"]),                        # 11:20 as corrected at the end
  mv("airlift", "planned", LNA, ["مطار سبها"], ["مطار غات"]),                     # 12:15 «ستنقل مساء اليوم»
  mv("deploy", "denied", "Russian forces", [], ["قاعدة الويغ"]),                  # 13:00
  mv("shipment", "reported", LNA, ["سبها"], ["إدري"]),                            # 13:45
  mv("reinforce", "conditional", LNA, [], ["المثلث الحدودي"]),                    # 14:30 «في حال تجدد»
 ],
}

NOTES = {
 "bq1": ("Sky News Arabia bulletin: headline, two «عاجل» one-liners and a short body. The LNA column Sabha→Ghat is told "
         "in the headline, the first one-liner and the body (one reinforce); the Algerian deployment in Illizi exists only "
         "in the second one-liner and the metonymic headline «الجزائر تعزز» (one deploy, Algiers is the venue of the "
         "statement). Planned company to the Isayen crossing (border phrase locates it), conditional battalion from "
         "Tamanhint, denied Sharara→Ghat pull-out; the closing one-liner is no movement."),
 "bq2": ("Al Ain News stacked updates (تحديث HH:MM) on Al Qatrun: Chadian gunmen advance from Tajarhi (surface قطرون "
         "after لل), LNA airlift Tamanhint→Al Wigh (origin as fixed by the closing «تصحيح:»; مطار سبها there is only "
         "the wrong earlier version), reinforcement from مرزوق via Umm al-Aranib and the gunmen's withdrawal towards the "
         "Niger border (both also in the headline, counted once), a denied mobilisation in Tibesti, a planned deployment "
         "to Tajarhi and Toummo and a conditional pursuit to the Niger border. The 85 km distance reference is no place "
         "of a movement."),
 "bq3": ("Libya Al-Hadath ticker fragments without full sentences: Sabha→Brak al-Shati deployment (retold in the last "
         "fragment), unnamed groups massing near Idri, conditional move from Brak air base to Idri, denied pull-out from "
         "Sharara, planned supply shipment Sabha→Ubari (أباري) via Germa, and the one coastal item: a landing at Ras Lanuf "
         "port from Benghazi and a denied landing at Es Sider. Cash, a medical convoy and flights are not movements."),
 "bq4": ("AWP wire: headline + lede on one LNA redeployment El Feel→Ubari, mobilisation in Germa, conditional withdrawal "
         "from Ubari (لن … إلا إذا), planned GNU airlift Mitiga→Ghat airport, denied arms shipment Tripoli→Ghat. The "
         "appended «تصحيح» names حقل الشرارة only as the wrong earlier wording: a gold place, no movement place."),
 "bq5": ("RT Arabic live blog with timed posts: Algerian army to Djanet and the border with Libya (Algerian side), Niger "
         "army Madama→Dirkou (the post says Agadez; the closing «تصحيح» fixes it to Dirkou, so Agadez is a gold place but "
         "not the destination), planned LNA airlift Sabha airport→Ghat airport, denied Russian arrival at Al Wigh, fuel "
         "and ammunition trucks Sabha→Idri, conditional reinforcement of the border triangle."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("bq1", "bq2", "bq3", "bq4", "bq5")
