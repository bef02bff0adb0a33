# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 # qbm1 HoR defence committee hearing (Al-Quds Al-Arabi)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 # qbm2 High Council of State session (Al-Jarida)
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                       # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس)
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "warshefana": ("region", "LY", 32.65, 12.95, "Warshefana"),                            # K
 # qbm3 a committee member on Russian moves (Al-Wafd)
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (row هون: README point near Hun)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 # qbm4 Kufra municipal council (Monte Carlo Doualiya)
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "tri_sd_td": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 # qbm5 western-coast municipal councils (France 24)
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "regdalin": ("town", "LY", 32.88718, 11.98729, "Regdalin"),                            # G* (row سيدي بن زينة, names include رقدالين)
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "zuwara_port": ("crossing", "LY", 32.928, 12.098, "Port of Zuwara"),                   # K
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),           # G* (town row)
 "wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),       # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "border_ly_tnside": ("region", "TN", 33.10, 11.45, "Tunisia-Libya border (Tunisian side, coast)"),  # K
}

TRAPS = {
 "qbm1": ["القدس العربي", "الجيش الوطني الليبي", "إدريس المغربي", "الأراضي الليبية", "سرت به الأنباء", "الشرق الأوسط"],
 "qbm2": ["الوجود التركي", "محمد الزاوي", "سفينة تركية", "اللواء 444 قتال", "قوة حماية طرابلس", "عين ليبيا"],
 "qbm3": ["فرج البراكي", "الفيلق الأفريقي", "القوات التركية", "روسيا اليوم", "دعم مالي", "عمر الإدريسي"],
 "qbm4": ["سبل السلام", "مونت كارلو الدولية", "مجموعات مسلحة سودانية", "الأراضي الليبية",
          "قوات الدعم السريع السودانية", "الأراضي السودانية"],
 "qbm5": ["فرانس 24", "يردّون الجميل", "أيوب الزواري", "وزارة الدفاع التونسية"],
}

PHEN = {
 "qbm1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qbm2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "qbm3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qbm4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area",
          "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "qbm5": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qbm1": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["قاعدة الجفرة الجوية"], ["أجدابيا"]),
  mv("airlift", "planned", "Libyan National Army", ["مطار بنينا"], ["مطار الكُفرة"]),
  mv("withdraw", "conditional", "Libyan National Army", ["سرت"]),
  mv("advance", "denied", "Libyan National Army", ["سرت"], ["أبوقرين"]),
 ],
 "qbm2": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية"], ["جنزور"]),
  mv("shipment", "reported", "Turkish armed forces", ["مرسين"], ["ميناء الخمس"]),
  mv("airlift", "planned", "Turkish armed forces", ["أنقرة"], ["قاعدة معيتيقة"]),
  mv("withdraw", "conditional", "Misrata forces", ["طرابلس"], ["مصراتة"]),
  mv("mobilise", "denied", "GNA forces", [], ["ورشفانة"]),
 ],
 "qbm3": [
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الخادم"]),
  mv("naval_landing", "reported", "Russian forces", ["طرطوس"], ["قاعدة طبرق البحرية"]),
  mv("redeploy", "planned", "Russian forces", ["قاعدة براك الجوية"], ["مالي", "النيجر"]),
  mv("withdraw", "conditional", "Russian forces", ["الجفرة"]),
  mv("deploy", "denied", "Russian forces", [], ["حقل الشرارة"]),
 ],
 "qbm4": [
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["مثلث العوينات"]),
  mv("reinforce", "planned", "Libyan National Army", ["اجدابيا"], ["الكفرة"], ["جالو"]),
  mv("advance", "conditional", "Libyan National Army", [], ["المثلث الحدودي مع تشاد والسودان"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["قاعدة معطن السارة"]),
 ],
 "qbm5": [
  mv("naval_landing", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("deploy", "reported", "GNA forces", [], ["رأس جدير"]),
  mv("withdraw", "conditional", "GNA forces", ["رأس جدير"], ["طرابلس"]),
  mv("redeploy", "planned", "GNA forces", ["زوارة"], ["منفذ وازن"]),
  mv("shipment", "denied", None, ["مرفأ طرابلس"], ["ميناء زوارة"]),
 ],
}

NOTES = {
 "qbm1": "HoR defence committee hearing of the LNA land-forces chief: three battalions Benghazi→Al-Jufra air base via "
         "Ajdabiya (Hun only locates the base), a planned company Benina airport→Kufra airport (Darfur and the Sudan "
         "border are only where fighting/infiltration happen), a conditional withdrawal from Sirte (headline and "
         "body are one move; 'سرت به الأنباء' is the verb 'spread', a trap) and a denied advance Sirte→Abu Qurayn; "
         "Benghazi is also the venue; the south, El Feel field and Murzuq are only questions.",
 "qbm2": "High Council of State questions the GNU defence undersecretary: 40 vehicles Tripoli→Zawiya via Janzour, a "
         "Turkish ship unloading armour at Khoms port from Mersin, 60 Turkish trainers due by plane Ankara→Mitiga "
         "base (headline 'معيتيقة' repeats it), Misrata battalions' conditional return Tripoli→Misrata (their first "
         "mention only says where they come from), and a denied GNA massing in Warshefana; Tripoli is also the "
         "venue, Turkey only the MoU partner, Algeria only where a delegation came back from.",
 "qbm3": "An HoR defence-committee member to Al-Wafd: Russian Il-76 flights Hmeimim→Al-Khadim base (Syria and Benghazi "
         "only locate the bases), a landing ship Tartus→Tobruk naval base, a planned transfer Brak air base→Mali and "
         "Niger, a conditional Russian withdrawal from Al-Jufra (headline 'للجفرة' → 'جفرة' is the same move), and a "
         "denied deployment to the Sharara field; Moscow, Cairo, Idri, Wadi al-Shati and Libya are not movement "
         "places.",
 "qbm4": "Kufra municipal council statement: Subul al-Salam's 35 vehicles Kufra→the Uweinat triangle (Libya, Egypt and "
         "Sudan only describe the triangle), a planned column Ajdabiya→Kufra via Jalu, a conditional advance towards "
         "the Chad-Sudan border triangle, and the RSF's denied massing near Maaten al-Sarra base; Kufra is also "
         "dateline, venue and refugee host.",
 "qbm5": "Zuwara, Al-Jmail and Regdalin councils set conditions for the withdrawal from Ras Ajdir: 150 men by sea Abu "
         "Sitta naval base→Zuwara port (Tripoli only locates the base), then to Ras Ajdir (origin not written again), "
         "the commander's conditional return Ras Ajdir→Tripoli (the councils' conditions in headline and lede are "
         "the same move), a planned company Zuwara→Wazin crossing, and a denied weapons ship from the port of "
         "Tripoli in northern Lebanon to Zuwara port; Tunis and the border only frame a Tunisian statement.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qbm1", "qbm2", "qbm3", "qbm4", "qbm5")
