# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G (surface «العاصمة تونس»)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G (surface «الجزائر العاصمة»)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G
 # hr1 Zuwara and the west coast
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                 # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),            # G* (town row)
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                             # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                              # G
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),     # G
 "tripoli_port": ("crossing", "LY", 32.90300, 13.19000, "Port of Tripoli"),              # K
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port"),                   # K (GeoNames 2208423, value from fresh51 README)
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                        # G (row أبو كماش)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G* (row منفذ رأس جدير)
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),               # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G* (row قاعدة الوطية)
 # hr2 Ubari, Sabha, Murzuq
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                         # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),            # G* (row الحدود الليبية الجزائرية)
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),            # G* (town row)
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica"),                       # G
 "tripolitania": ("region", "LY", 30.79644, 14.18653, "Tripolitania"),                   # G (row إقليم طرابلس)
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 # hr3 Al Qatrun and the far south
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                            # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),             # G* (row الحدود الليبية النيجرية)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),              # G* (row الحدود الليبية التشادية)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G* (row قاعدة تمنهنت)
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                         # G* (row قاعدة الويغ)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G (row منفذ التوم)
 # hr4 Ajdabiya, Kufra and the south-east
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                             # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                     # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),             # G* (row الحدود الليبية السودانية)
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                               # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                               # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                # G
 "triangle_east": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                       # G* (row مثلث العوينات)
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                # G* (row قاعدة معطن السارة)
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                               # G
 # hr5 Ghadames, Debdeb and the Algerian side
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                              # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                  # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                  # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                   # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                # G
 "hassi": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                           # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                             # G* (row عين أميناس)
 "inamenas_airport": ("airport", "DZ", 28.05150, 9.64291, "In Amenas Airport"),          # G* (row مطار عين أميناس)
 "border_dz_ly": ("region", "DZ", 29.50000, 9.55000, "Algeria-Libya border (Algerian side)"),  # K
 "triangle_west": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                   # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawin"),                               # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                    # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
}

TRAPS = {
 "hr1": ["الميادين نت", "سالم الزواري", "من زاوية اقتصادية"],
 "hr2": ["ليبيا الحدث", "مسعود السبهاوي", "صالح الإدريسي", "تشاديين"],
 "hr3": ["إيلاف", "فزان ناو", "علي القطروني", "النيجرية", "الجيش الوطني الليبي", "غرفة عمليات الجنوب", "تشاديين",
         "ما ادري"],
 "hr4": ["المصري اليوم", "قناة القاهرة الإخبارية", "قوات الدعم السريع", "سبل السلام", "السودانيين", "سودانية",
         "الأراضي الليبية", "الأمن القومي المصري"],
 "hr5": ["الشروق", "عبد القادر الغدامسي", "مفتاح الطرابلسي", "درجة التأهب", "الليبية", "الجانب الجزائري",
         "حرس الحدود الليبي", "الجيش الوطني الشعبي"],
}

PHEN = {
 "hr1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "vague_area",
         "ambiguity_country_capital", "countries", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_oil", "coverage_neighbours"],
 "hr2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "vague_area", "border_phrase", "countries", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_neighbours"],
 "hr3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "border_phrase", "countries", "coverage_bases", "coverage_crossings", "coverage_neighbours"],
 "hr4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "countries", "coverage_bases", "coverage_neighbours"],
 "hr5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "countries",
         "town_vs_district", "coverage_neighbours"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "hr1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["زوارة"], ["صبراتة"]),
  mv("withdraw", "reported", None, ["مجمع مليتة"], ["زوارة"]),
  mv("naval_landing", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("naval_landing", "planned", "GNA forces", ["ميناء طرابلس"], ["ميناء زوارة"]),
  mv("advance", "conditional", "GNA forces", [], ["أبوكماش"]),
  mv("deploy", "denied", "Zintan forces", ["الزنتان"], ["قاعدة الوطية الجوية"]),
 ],
 "hr2": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["أوباري"], ["الغريفة"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار سبها"]),
  mv("deploy", "planned", "Libyan National Army", ["سبها"], ["مرزق"]),
  mv("redeploy", "conditional", "Libyan National Army", ["أوباري"], ["حقل الشرارة"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["إدري"]),
  mv("advance", "denied", "Chadian armed groups", ["أم الأرانب"], ["مرزوق"]),
 ],
 "hr3": [
  mv("deploy", "reported", "Libyan National Army", ["مرزق"], ["القطرون", "تَجَرهي"]),
  mv("withdraw", "reported", "Chadian armed groups", ["قطرون"], ["الحدود مع تشاد"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["القطرون"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["قاعدة الويغ الجوية"]),
  mv("advance", "conditional", "Libyan National Army", [], ["منفذ التوم"]),
  mv("withdraw", "denied", "Libyan National Army", ["القطرون"], ["سبها"]),
 ],
 "hr4": [
  mv("reinforce", "reported", "Libyan National Army", ["اجدابيا"], ["الكفرة"], ["جالو"]),
  mv("shipment", "reported", "Libyan National Army", ["بنغازي"], ["الكفرة"]),
  mv("redeploy", "reported", "Libyan National Army", ["تازربو"], ["ربيانة"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("advance", "conditional", "Libyan National Army", [], ["جبل العوينات"]),
  mv("advance", "denied", "Sudanese armed groups", [], ["معطن السارة"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["المالحة"]),
 ],
 "hr5": [
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["الدبداب", "حدود مع ليبيا"], ["حاسي مسعود", "عين أمناس"]),
  mv("airlift", "conditional", "Algerian army", ["ورقلة"], ["مطار إن أمناس"]),
  mv("deploy", "planned", "GNA forces", ["نالوت"], ["غدّامس"], ["سيناون", "درج"]),
  mv("advance", "denied", "Libyan National Army", ["الشويرف"], ["درج"]),
 ],
}

NOTES = {
 "hr1": ("Al-Mayadeen (Tripoli): a GNA force Tripoli→Zuwara via Sabratha (reported deploy); the Zuwara battalion's "
         "flashback pull-back Mellitah complex→«داخل المدينة» = Zuwara (reported withdraw, actor null); coast-guard marines "
         "landed at Zuwara port from Abu Sitta naval base (reported naval landing) and a second company Tripoli port→«الميناء "
         "نفسه» = Zuwara port (planned naval landing); «ستتقدم … نحو أبوكماش إذا» (conditional advance, no origin written); "
         "Zintan's denied column towards Al-Watiya air base. Stress: زوارة/زواره (also «بلدية زواره»), «كالزاوية», «للزنتان» "
         "→ زنتان, «أبوكماش» written joined, «تونس» country vs «العاصمة تونس»; traps «الميادين نت», «سالم الزواري», "
         "«من زاوية اقتصادية»."),
 "hr2": ("Libya Al-Hadath (Sabha): an LNA reinforcement Sabha→Ubari via Al-Ghurayfa (headline «أوبـاري» with tatweel = "
         "same move); an airlift Benina air base→Sabha airport; a planned company Sabha→Murzuq; a redeploy Ubari→Sharara "
         "conditional on «إذا تجددت»; an LNA-affiliated battalion massing in Idri (reported mobilise); Chadian gunmen Umm "
         "al-Aranib→«مرزوق» denied by the Murzuq mayor. Stress: «سبـها» dateline, «فلأوباري», «فبمرزق», «وبسبها», مرزق/مرزوق, "
         "«طرابلس» = Tripolitania in «بإقليمي برقة وطرابلس»; traps «مسعود السبهاوي», «صالح الإدريسي»."),
 "hr3": ("Elaph (Cairo): an LNA battalion Murzuq→Al Qatrun and on to «تَجَرهي» (one deploy, two destinations); Chadian "
         "gunmen's reported pull-back «من محيط قطرون» towards the border with Chad; ammunition trucks Sabha→«إليها» = Al "
         "Qatrun (reported shipment); a planned airlift Tamanhint air base→Al Wigh air base; «لن تتقدم إلى منفذ التوم إلا "
         "إذا» (conditional); a denied LNA pull-back Al Qatrun→Sabha. Stress: «القطـرون» (tatweel), القطرون/قطرون, "
         "«وبالقطرون», تَجَرهي/تجرهي, مرزق/مرزوق; traps «علي القطروني», «فزان ناو», «النيجرية», the dialect «ما ادري»."),
 "hr4": ("Al-Masry Al-Youm (Cairo): an LNA column «اجدابيا»→Kufra via Jalu (headline «أجدابيا» = same move); ammunition "
         "trucks Benghazi→«المدينة» = Kufra (reported shipment); a reported redeploy Tazirbu→Rebiana; a planned airlift "
         "Benina air base→Kufra airport; a conditional advance to Jebel Uweinat («إذا حاولت»); RSF entry into Ma'tan "
         "as-Sarra denied («عارية عن الصحة») while their massing in Al Malha is confirmed (reported mobilise). Not "
         "movements: refugees to Kufra. Stress: أجدابيا/اجدابيا, «وللكفرة» → كفرة, «المثلث الحدودي» = the Libya–Egypt–Sudan "
         "triangle here; traps «قناة القاهرة الإخبارية», «السودانيين»."),
 "hr5": ("Echorouk Online (Illizi): an Algerian army convoy Ouargla→Debdeb via Hassi Messaoud and In Amenas, spreading "
         "along «للحدود مع ليبيا» (one reinforce, two destinations); a conditional airlift Ouargla→In Amenas airport «في "
         "حال»; a planned GNA border-guard company Nalut→«غدّامس» via Sinawen and Derj; an LNA column Ash Shwayrif→Derj "
         "denied («مجرد شائعات»). Not movements: traders' trucks, dates and sheep. Stress: غدامس/غدّامس, الدبداب/دبداب, "
         "عين أمناس/إن أمناس, «للحدود مع ليبيا» → «حدود مع ليبيا», «الجزائر العاصمة» vs the country «الجزائر»; traps «عبد "
         "القادر الغدامسي», «مفتاح الطرابلسي», «درجة التأهب»."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("hr1", "hr2", "hr3", "hr4", "hr5")
