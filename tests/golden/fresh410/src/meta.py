# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 # capitals and big cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G (city row الجزائر)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 # Ubari, Ghat and the far south-west
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 26.01562, 10.40660, "Ghat municipality"),               # G (district row غات)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "tahala": ("village", "LY", 25.40, 10.42, "Tahala"),                                   # K (±30 km)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "border_lyside": ("region", "LY", 24.85, 10.12, "Libya-Algeria border (Libyan side, near Isayen)"),  # K
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G (and G* for جنوب غربي ليبيا)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # oil installations
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),               # G
 # bases, ports, airports
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),            # G (row قاعدة تمنهنت)
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                  # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "benghazi_port": ("crossing", "LY", 32.115, 20.050, "Port of Benghazi"),               # K
 "tripoli_port": ("crossing", "LY", 32.900, 13.180, "Port of Tripoli"),                 # K
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 # Algeria
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G
 "djanet_prov": ("district", "DZ", 24.55528, 9.48500, "Djanet Province"),               # K (town point)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "tinalkoum": ("town", "DZ", 24.60, 10.20, "Tin Alkoum"),                               # K
 "tinalkoum_xing": ("crossing", "DZ", 24.65, 10.18, "Tin Alkoum border crossing"),      # K
 "border_dzside": ("region", "DZ", 25.2, 9.9, "Algeria-Libya border (Algerian side, Djanet province)"),  # K
 "border_dz_ne": ("region", "DZ", 22.6, 10.2, "Algeria-Niger border (Algerian side, Djanet province)"),   # K
}

TRAPS = {
 "ov1": ["شركة مليتة للنفط والغاز", "ليبيا الأحرار", "فرع الجنوب الغربي بجهاز حرس المنشآت النفطية", "محمد البراكي",
         "الفيل في الغرفة"],
 "ov2": ["وكالة الأنباء الجزائرية", "القطاع العملياتي جانت", "أحمد الجانتي", "التراب الليبي", "الجانب الليبي"],
 "ov3": ["بوابة إفريقيا الإخبارية", "شارع طرابلس", "ما ادري", "اللغات"],
 "ov4": ["الجيش الليبي", "الجيش الوطني الليبي", "غرفة عمليات فزان", "خالد الإدريسي", "لا ادري", "سبوتنيك"],
 "ov5": ["فرانس 24", "شرارة الاحتجاجات", "شركة أكاكوس للعمليات النفطية", "الطرابلسي"],
}

PHEN = {
 "ov1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_oil"],
 "ov2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "ov3": ["clitics", "multiword", "media_trap", "common_word_trap", "ambiguity_tripoli", "ambiguity_idri",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "ov4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil"],
 "ov5": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "ambiguity_tripoli", "vague_area",
         "coverage_oil", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "ov1": [
  # «انسحبت كتيبة إيموهاغ ... من حقل الفيل ... واتجهت إلى بلدة العوينات» (headline repeats it)
  mv("withdraw", "reported", "GNA forces", ["حقل الفيل"], ["العوينات"]),
  # «وصلت إلى الحقل سرية من الكتيبة 177 ... قادمة من قاعدة تمنهنت الجوية مروراً بأوباري»
  mv("deploy", "reported", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["حقل الفيل"], ["أوباري"]),
  # «إذا لم تُصرف المستحقات ... فسنعود إلى الفيل»
  mv("advance", "conditional", "GNA forces", [], ["الفيل"]),
  # «سينقل الأسبوع المقبل نحو ستين من عناصره من حقل الشرارة إلى حقل الفيل» (Petroleum Facilities Guard)
  mv("redeploy", "planned", None, ["حقل الشرارة"], ["حقل الفيل"]),
  # «نفى ... تحرك رتل من الحقل نحو غات»
  mv("advance", "denied", "Libyan National Army", ["حقل الفيل"], ["غات"]),
 ],
 "ov2": [
  # «وصل رتل ... قادماً من إليزي مروراً بجانت إلى منطقة تين الكوم»
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["تين الكوم"], ["جانت"]),
  # «طائرتين ... حطتا ... في مطار جانت قادمتين من تمنراست»
  mv("airlift", "reported", "Algerian army", ["تمنراست"], ["مطار جانت"]),
  # «أعادت تموضعها الخميس من وسط المدينة [غات] إلى منفذ إيسين»
  mv("redeploy", "reported", "Libyan National Army", ["غات"], ["منفذ إيسين"]),
  # «نفت وزارة الدفاع الوطني ... توغل وحدات من الجيش داخل التراب الليبي باتجاه تهالة»
  mv("advance", "denied", "Algerian army", [], ["تهالة"]),
  # «أن تنتشر خلال الأسبوع المقبل مفارز ... من تين الكوم إلى الحدود مع النيجر»
  mv("deploy", "planned", "Algerian army", [], ["تين الكوم", "الحدود مع النيجر"]),
  # «التعزيزات ستعود إلى ثكناتها في إليزي بمجرد عودة الهدوء»
  mv("withdraw", "conditional", "Algerian army", [], ["إليزي"]),
 ],
 "ov3": [
  # «قافلة من 22 شاحنة ... انطلقت ... من مستودعات سبها ... عبر أوباري والعوينات» to Ghat, escorted by an LNA company
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["غات"], ["أوباري", "العوينات"]),
  # «تعهدت بنشر نقطة تفتيش ثابتة في تهالة وأخرى عند مدخل العوينات خلال أيام»
  mv("deploy", "planned", "Libyan National Army", [], ["تهالة", "العوينات"]),
  # «سيعلنون النفير ويحشدون شباب المنطقة في تهالة إذا تكرر الاعتداء»
  mv("mobilise", "conditional", None, [], ["تهالة"]),
  # «نفى المجلس البلدي ... انسحاب الكتيبة المكلفة بحماية منفذ إيسين إلى داخل المدينة [غات]»
  mv("withdraw", "denied", "Libyan National Army", ["منفذ إيسين"], ["غات"]),
 ],
 "ov4": [
  # «وصول كتيبة مشاة إلى قاعدة تمنهنت الجوية على متن ثلاث طائرات ... أقلعت فجراً من قاعدة بنينا الجوية»
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["قاعدة تمنهنت الجوية"]),
  # «نُقلوا الأسبوع الماضي بحراً من قاعدة طبرق البحرية إلى ميناء بنغازي على متن سفينة إنزال»
  mv("naval_landing", "reported", "Libyan National Army", ["قاعدة طبرق البحرية"], ["ميناء بنغازي"]),
  # «وصلت إلى تمنهنت أمس 14 شاحنة ذخيرة ووقود قادمة من قاعدة الجفرة الجوية»
  mv("shipment", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["تمنهنت"]),
  # «ستتحرك برّاً خلال الأيام المقبلة إلى حقل الشرارة عبر أوباري لتعزيز السرايا»
  mv("reinforce", "planned", "Libyan National Army", [], ["حقل الشرارة"], ["أوباري"]),
  # «السرية المتمركزة في إدري ... لن تعود إلى براك إلا بعد أن ...»
  mv("withdraw", "conditional", "Libyan National Army", ["إدري"], ["براك"]),
  # «نفى ... حشد قوات في قاعدة براك الجوية» (headline «وينفي الحشد في براك» is the same claim)
  mv("mobilise", "denied", "Libyan National Army", [], ["قاعدة براك الجوية"]),
 ],
 "ov5": [
  # «عناصر حرس المنشآت النفطية انسحبوا ليل الثلاثاء من الشرارة إلى أوباري»
  mv("withdraw", "reported", None, ["الشرارة"], ["أوباري"]),
  # «حشدت كتيبة إيموهاغ الموالية لرئاسة الأركان في طرابلس نحو مئتي مقاتل في العوينات»
  mv("mobilise", "reported", "GNA forces", [], ["العوينات"]),
  # «وحداتها المتمركزة في أوباري ستتقدم نحو الشرارة ... إذا لم يُرفع الإغلاق»
  mv("advance", "conditional", "Libyan National Army", ["أوباري"], ["الشرارة"]),
  # «قوة مشتركة من الداخلية وخفر السواحل ستبحر الخميس من ميناء طرابلس إلى مجمع مليتة» (headline repeats it)
  mv("naval_landing", "planned", "GNA forces", ["ميناء طرابلس"], ["مجمع مليتة"]),
  # «نفى الطرابلسي تقارير عن إرسال مقاتلين جواً من مطار معيتيقة إلى مطار غات»
  mv("airlift", "denied", "GNA forces", ["مطار معيتيقة"], ["مطار غات"]),
 ],
}

NOTES = {
 "ov1": "Euronews Arabic, Ubari: guard handover at the El Feel field — a Tuareg battalion (GNA-affiliated) withdraws "
        "El Feel→Al Awaynat, an LNA company deploys Tamanhint air base→El Feel via Ubari, the PFG's planned "
        "Sharara→El Feel redeploy, a conditional return to El Feel and a denied move towards Ghat; traps: the "
        "operator Mellitah Oil & Gas, «ليبيا الأحرار», the PFG's south-west branch, «الفيل في الغرفة», a person "
        "البراكي; dateline spelling اوباري.",
 "ov2": "Ennahar Online, Djanet: Algerian reinforcement Illizi→Tin Alkoum via Djanet, an Il-76 airlift "
        "Tamanrasset→Djanet airport, an LNA redeploy Ghat→the Isayen crossing, Algeria's denied incursion towards "
        "Tahala, planned border-guard detachments Tin Alkoum→the Niger border and a conditional return to Illizi; "
        "Algiers vs Algeria, Algerian-side border phrases, Tin Alkoum as تين الكوم/تين ألكوم, Djanet province vs town.",
 "ov3": "Africa Gate News, Ghat: an LNA-escorted fuel convoy Sabha→Ghat via Ubari and Al Awaynat, planned LNA "
        "checkpoints at Tahala and Al Awaynat, Tuareg elders' conditional «النفير» in Tahala and the municipality's "
        "denial of a pull-out from the Isayen crossing; traps «شارع طرابلس», dialect «ما ادري», «اللغات» (contains "
        "غات), the outlet; Algiers vs Algeria in a border phrase.",
 "ov4": "Sputnik Arabic, Benghazi: an LNA battalion to the south-west — airlift Benina air base→Tamanhint air base, "
        "an earlier sea move Tobruk naval base→Benghazi port, an ammunition shipment Jufra air base→Tamanhint, a "
        "planned reinforcement of Sharara via Ubari, a conditional Idri→Brak pull-back and a denied build-up at "
        "Brak air base; traps «غرفة عمليات فزان», «خالد الإدريسي» (contains إدري), «لا ادري».",
 "ov5": "France 24 Arabic: force majeure at Sharara and El Feel — PFG pull-out Sharara→Ubari, a Tuareg battalion "
        "massing in Al Awaynat, the LNA's conditional advance Ubari→Sharara, a planned GNU sea move Tripoli "
        "port→the Mellitah complex and a denied Mitiga→Ghat airport airlift; traps «شرارة الاحتجاجات», the operator "
        "Akakus Oil Operations, the minister «الطرابلسي» (contains طرابلس).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ov1", "ov2", "ov3", "ov4", "ov5")
