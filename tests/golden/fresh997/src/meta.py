# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 # shared
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat (Serdeles)"),                # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "southwest": ("region", "LY", 25.90, 11.50, "South-western Libya"),                    # K
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 # qlk1 Ghat (Ultra Libya)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "barakat": ("town", "LY", 24.89400, 10.18336, "Al Barakat"),                           # G (row البركات)
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "akakus": ("region", "LY", 24.83333, 10.33333, "Akakus Mountains"),                    # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 # qlk2 Tahala (Al-Jazair Al-Youm)
 "tahala": ("village", "LY", 25.40, 10.40, "Tahala"),                                   # K (low confidence, see README)
 "tahala_mun": ("district", "LY", 25.40, 10.40, "Tahala municipality"),                 # K (same point)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "border_dz_ly": ("region", "DZ", 24.80, 9.90, "Algeria-Libya border (Algerian side, Djanet sector)"),  # K
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "ghat_dist": ("district", "LY", 26.01562, 10.40660, "Ghat District"),                  # G (district row غات)
 # qlk3 Al-Awaynat (Chaabpress)
 "awaynat_mun": ("district", "LY", 25.78123, 10.56133, "Al Awaynat municipality"),      # G* (town row)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                      # G* (row مثلث العوينات)
 # qlk4 Brak al-Shati (Zawia3)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "brak_mun": ("district", "LY", 27.54956, 14.27139, "Brak municipality"),               # G* (town row)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (base row, near Hun/Waddan)
 "shwerif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 # qlk5 Traghen (Al-Araby TV)
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "traghen_mun": ("district", "LY", 25.92333, 14.42056, "Traghen municipality"),         # G* (town row)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G* (row منفذ التوم, written منفذ التوم)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "border_td": ("region", "TD", 21.30, 20.00, "Chad-Libya border (Chadian side)"),       # K
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G
}

TRAPS = {
 "qlk1": ["الترا ليبيا", "إذاعة غات المحلية", "بلاغات", "طارق بن زياد", "محمد أغالي", "سرية حماية غات",
          "الجزائري", "إدريس الأنصاري", "مبالغات", "الجزائرية"],
 "qlk2": ["الليبية", "إذاعة تهالة المحلية", "تهالة الحدث", "الجزائر اليوم", "عبد القادر الغاتي",
          "الجزائري", "الجيش الوطني الشعبي", "الليبي"],
 "qlk3": ["تشاديين", "شعب بريس", "الليبية", "العوينات اليوم", "لواء 128 المعزز", "أحمد الأوباري", "نيجرية",
          "الجيش النيجري", "تركية", "الليبي"],
 "qlk4": ["براكات", "زاوية ثالثة", "براك الآن", "الفيلق الأفريقي", "الروسي", "روسية", "الحاج إدريس", "ليبيون",
          "مجزرة براك"],
 "qlk5": ["إذاعة تراغن المحلية", "التلفزيون العربي", "سودانيين", "الجيش الوطني", "تشاديين", "هيئة الأركان",
          "الحاج محمد"],
}

PHEN = {
 "qlk1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qlk2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qlk3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "border_phrase", "town_vs_district", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qlk4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_idri", "town_vs_district", "coverage_bases"],
 "qlk5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area",
          "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"

MOVES = {
 "qlk1": [
  # «رتل التعزيزات ... وصل قادماً من أوباري مروراً بالعوينات» (into Ghat: «دخل المدينة»)
  mv("reinforce", "reported", LNA, ["أوباري"], ["غات"], ["العوينات"]),
  # «سرية منه ستتسلم تأمين منفذ إيسين مطلع الأسبوع المقبل»
  mv("deploy", "planned", LNA, ["غات"], ["منفذ إيسين"]),
  # «قافلة من 12 صهريج وقود وصلت صباح الجمعة من سبها لتموينه»
  mv("shipment", "reported", LNA, ["سبها"], ["غات"]),
  # «سرية حماية غات ... لمّت حوايجها الصبح من مطار غات ومشت لجهة البركت» (local Tuareg unit: actor null)
  mv("withdraw", "reported", None, ["مطار غات"], ["البركت"]),
  # «لن يتقدم نحو الحدود مع الجزائر إلا إذا ...»
  mv("advance", "conditional", LNA, ["غات"], ["الحدود مع الجزائر"]),
  # «نفى مدير المطار ... هبوط طائرة شحن عسكرية قادمة من قاعدة تمنهنت» (no force named)
  mv("airlift", "denied", None, ["قاعدة تمنهنت"], ["مطار غات"]),
 ],
 "qlk2": [
  # «انسحاب مجموعة مسلحة من البلدة فجر الأحد نحو العوينات» (unnamed group)
  mv("withdraw", "reported", None, ["تهالة"], ["العوينات"]),
  # «وعدت بإرسال سرية من سبها إلى البلدة خلال أيام»
  mv("deploy", "planned", LNA, ["سبها"], ["تهالة"]),
  # «بجمع شباب تهالة وتسليحهم إذا رجع المسلحون»
  mv("mobilise", "conditional", None, [], ["تهالة"]),
  # «وحدات من الجيش الوطني الشعبي وصلت ... قادمة من إليزي مروراً بجانت إلى الحدود مع ليبيا»
  mv("deploy", "reported", "Algerian army", ["إليزي"], ["الحدود مع ليبيا"], ["جانت"]),
  # «ستنقل وحدات إضافية من القوات الخاصة إلى مطار جانت في حال تدهور الوضع»
  mv("airlift", "conditional", "Algerian army", [], ["مطار جانت"]),
  # «نفى مصدر في القيادة العامة ... انسحاب قواته من منفذ إيسين»
  mv("withdraw", "denied", LNA, ["منفذ إيسين"]),
 ],
 "qlk3": [
  # «عبر المدينة ... رتل تابع للواء 128 المعزز قادماً من سبها مروراً بأوباري، في طريقه إلى منفذ إيسين»
  mv("deploy", "reported", LNA, ["سبها"], ["منفذ إيسين"], ["أوباري", "العوينات"]),
  # «مسلحين تشاديين ... في مزارع على أطراف المدينة غادروها ليلاً باتجاه الحدود مع النيجر»
  mv("withdraw", "reported", "Chadian armed groups", ["العوينات"], ["الحدود مع النيجر"]),
  # «القيادة العامة ستنشر بوابة تفتيش ثابتة عند المدخل الشمالي للمدينة»
  mv("deploy", "planned", LNA, [], ["العوينات"]),
  # «الجيش النيجري سيعزز نقطة ماداما بوحدات من ديركو إذا استمر تدفق المسلحين»
  mv("reinforce", "conditional", "Nigerien army", ["ديركو"], ["ماداما"]),
  # «نفى ... نقل وحداته إلى حقل الشرارة»
  mv("redeploy", "denied", LNA, ["العوينات"], ["حقل الشرارة"]),
  # «فنّد ناشطون ... إنزال قوات تركية في ميناء طرابلس»
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء طرابلس"]),
 ],
 "qlk4": [
  # «ثلاث طائرات شحن تابعة للقيادة العامة هبطت ... قادمة من قاعدة الجفرة الجوية وعلى متنها جنود»
  mv("airlift", "reported", LNA, ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  # «أُنزل قبل ذلك في ميناء طبرق من سفينة روسية أبحرت من طرطوس»
  mv("naval_landing", "reported", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  # «الفيلق الأفريقي الروسي ... سيغادرونها نحو الجفرة مطلع الشهر المقبل»
  mv("withdraw", "planned", "Russian forces", ["قاعدة براك الجوية"], ["الجفرة"]),
  # «شفنا كتيبة من الجيش طالعة من القاعدة ... قالوا ماشين لسبها»
  mv("redeploy", "reported", LNA, ["قاعدة براك الجوية"], ["سبها"]),
  # «قوات تابعة لحكومة الوحدة الوطنية ... قد تتقدم من الشويرف نحو براك إذا أُخليت القاعدة»
  mv("advance", "conditional", "GNA forces", ["الشويرف"], ["براك"]),
  # «نفى المجلس البلدي ... حشد مسلحين في إدري»
  mv("mobilise", "denied", None, [], ["إدري"]),
 ],
 "qlk5": [
  # «مسلحين سودانيين عبر تراغن ... قادماً من مرزق ومتجهاً إلى أم الأرانب»
  mv("deploy", "reported", "Sudanese armed groups", ["مرزق"], ["أم الأرانب"], ["تراغن"]),
  # «سرية تابعة للجيش الوطني ... انسحبت منها الخميس إلى قاعدة تمنهنت»
  mv("withdraw", "reported", LNA, ["تراغن"], ["قاعدة تمنهنت"]),
  # «تعزيزات ستتحرك من سبها نحو تراغن إذا تكررت عمليات العبور الليلية»
  mv("reinforce", "conditional", LNA, ["سبها"], ["تراغن"]),
  # «طرق التهريب من منفذ التوم نحو القطرون تشهد منذ أشهر مرور شحنات سلاح» (no force named)
  mv("shipment", "reported", None, ["منفذ التوم"], ["القطرون"]),
  # «نفى المجلس البلدي ... دخول مسلحين تشاديين إلى أحياء البلدة»
  mv("advance", "denied", "Chadian armed groups", [], ["تراغن"]),
  # «ستدفع الأسبوع المقبل بكتيبة من فايا لارجو إلى الحدود مع ليبيا»
  mv("deploy", "planned", "Chadian army", ["فايا لارجو"], ["الحدود مع ليبيا"]),
 ],
}

NOTES = {
 "qlk1": "Ultra Libya report from Ghat built on the municipal radio and local Facebook pages: an LNA reinforcement "
         "column Ubari→Ghat via Al-Awaynat, a planned company Ghat→Isayen crossing, a fuel convoy Sabha→Ghat, the "
         "local «سرية حماية غات» pulling out of Ghat airport towards Al-Barakat (written «البركت», actor null), a "
         "conditional advance Ghat→the border with Algeria (Akakus only the condition) and a denied cargo flight "
         "Tamanhint base→Ghat airport («مبالغات», the airport director is named إدريس); Ghat also inside the radio's "
         "and the unit's names and inside «بلاغات»; Algiers (a visit), Tripoli and Djanet (distances) are background.",
 "qlk2": "Algerian site Al-Jazair Al-Youm, Djanet dateline, on Tahala: an armed group's pull-out Tahala→Al-Awaynat "
         "(reported by residents to the Tahala radio), a planned LNA company Sabha→Tahala, notables' conditional "
         "gathering of Tahala's youth, Algerian army units Illizi→the border with Libya via Djanet, a conditional "
         "Algerian airlift to Djanet airport and an LNA denial of a pull-out from the Isayen crossing; Algiers (the "
         "ministry) vs Algeria (the country) vs the outlet's name; Ghat district, Fezzan, Ghat and Djanet background.",
 "qlk3": "Moroccan site Chaabpress relaying Al-Awaynat Facebook pages: an LNA brigade Sabha→Isayen crossing via Ubari "
         "and Al-Awaynat (Serdeles, old name), Chadian gunmen leaving Al-Awaynat for the Niger border, a planned LNA "
         "checkpoint at Al-Awaynat, a conditional Nigerien reinforcement Dirkou→Madama, a denied LNA redeploy "
         "Al-Awaynat→Sharara field and a denied Turkish landing at Tripoli port; Jebel Uweinat in the far south-east "
         "is named only to say it is a different place.",
 "qlk4": "Egyptian site Zawia3 feature from Brak al-Shati: an LNA airlift Jufra air base→Brak air base, a Russian "
         "ship Tartus→Tobruk port, the Africa Corps' planned pull-out Brak air base→Al-Jufra, a battalion leaving "
         "for Sabha (resident's account), a conditional GNU advance Ash-Shwayrif→Brak and a denied massing in Idri "
         "(speaker named إدريس); «براكات» (shacks), the page «براك الآن» and «مجزرة براك» are traps; Tripoli is "
         "written «طرابلس الغرب».",
 "qlk5": "Al-Araby TV, Sabha dateline, on Traghen (also «تراقن»): Sudanese gunmen Murzuq→Umm al-Aranib through "
         "Traghen, an LNA company's pull-out Traghen→Tamanhint base, a conditional LNA reinforcement Sabha→Traghen, "
         "arms shipments Toummo crossing→Al-Qatrun, a denied entry of Chadian gunmen into Traghen and a planned "
         "Chadian army battalion Faya-Largeau→the border with Libya; El Feel field, Fezzan, Murzuq (history) and "
         "southern Libya are background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qlk1", "qlk2", "qlk3", "qlk4", "qlk5")
