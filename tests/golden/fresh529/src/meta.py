# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 # tk1 House session in Benghazi, Sirte
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G* (row قاعدة القرضابية)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                              # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                          # G (row أبوقرين)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "benghazi_port": ("crossing", "LY", 32.108, 20.048, "Port of Benghazi"),                 # K
 "sirte_port": ("crossing", "LY", 31.21, 16.60, "Port of Sirte"),                         # K
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawwad"),                           # G
 # tk2 Presidential Council decree on Zawiya
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                              # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),           # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),              # G* (row الحدود الليبية التونسية)
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                               # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                 # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                 # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G* (row منفذ رأس جدير)
 # tk3 the Sharara field
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "sw_libya": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),              # G* (town row)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G* (row قاعدة تمنهنت)
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),             # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 # tk4 the southern border, Kufra
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),                # G* (row الحدود الليبية السودانية)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                               # G
 "uweinat": ("region", "LY", 21.90, 24.95, "Jebel Uweinat"),                             # K
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),      # G* (row مثلث العوينات)
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                # G* (row قاعدة معطن السارة)
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                 # G* (row الحدود الليبية التشادية)
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                 # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                             # G
 # tk5 Bani Walid
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                          # G
 "bw_airport": ("airport", "LY", 31.73920, 13.95400, "Beni Walid Airport"),              # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                               # G
 "tekbali": ("base", "LY", 32.88743, 13.18733, "Tekbali Camp (Tripoli)"),                # G
 "jufra": ("district", "LY", 29.13, 15.95, "Al Jufra"),                                  # K (README: area point near Hun/Waddan)
}

TRAPS = {
 "tk1": ["الشرق الأوسط", "الليبي", "الليبيين", "عقيلة صالح", "تحت القبة", "قاعات واغادوغو", "عبد الحميد الدبيبة",
         "أحمد المسماري", "فندق تيبستي"],
 "tk2": ["الليبي", "الجزيرة نت", "الجزيرة", "محمد المنفي", "أسامة حماد", "عماد الطرابلسي", "شارع الزاوية",
         "القوة المشتركة"],
 "tk3": ["إرم نيوز", "الليبية", "الليبيين", "عبد الحميد الدبيبة", "اللواء طارق بن زياد", "صدام حفتر", "أكاكوس"],
 "tk4": ["الاتحاد", "الليبي", "قوات الدعم السريع", "السودانية"],
 "tk5": ["الرياض", "الليبية", "عبد السلام زوبي", "اللواء 444 قتال", "الجيش الوطني الليبي", "زلة لسان",
         "قبائل ورفلة", "عبد الله الإدريسي"],
}

PHEN = {
 "tk1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "vague_area",
         "coverage_bases", "coverage_oil", "ambiguity_tripoli", "coverage_crossings"],
 "tk2": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries", "operation_trap", "coverage_crossings"],
 "tk3": ["spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "vague_area",
         "coverage_bases", "coverage_oil", "ambiguity_idri", "town_vs_district", "coverage_crossings",
         "countries", "ambiguity_country_capital", "coverage_neighbours"],
 "tk4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "coverage_bases", "coverage_neighbours", "countries"],
 "tk5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap",
         "nisba", "countries", "town_vs_district", "coverage_bases", "ambiguity_idri"],
}

LNA, GNA = "Libyan National Army", "GNA forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "tk1": [
  mv("deploy", "planned", LNA, ["بنغازي"], ["سرت"]),
  mv("naval_landing", "planned", LNA, ["ميناء بنغازي"], ["ميناء سرت"]),
  mv("reinforce", "reported", LNA, ["قاعدة الجفرة الجوية"], ["قاعدة القرضابية الجوية"]),
  mv("redeploy", "planned", LNA, ["بن جواد"], ["سرت"]),
  mv("reinforce", "denied", GNA, ["مصراتة"], ["الوشكة", "أبو قرين"]),
  mv("advance", "conditional", LNA, ["سرت"], ["أبو قرين"]),
 ],
 "tk2": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["الزاوية", "مصفاة الزاوية"], ["جنزور", "الماية"]),
  mv("naval_landing", "reported", GNA, ["قاعدة أبوستة البحرية"], ["الزاوية"]),
  mv("withdraw", "planned", None, ["مصفاة الزاوية"], ["الزاوية"]),
  mv("deploy", "conditional", "Misrata forces", ["مصراتة"], ["الزاوية"]),
  mv("advance", "denied", LNA, ["قاعدة براك الجوية"], ["الشويرف"]),
 ],
 "tk3": [
  mv("deploy", "planned", GNA, ["طرابلس"], ["حقل الشرارة"], ["الشويرف"]),
  mv("reinforce", "reported", LNA, ["سبها"], ["اوباري"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة تمنهنت الجوية"]),
  mv("reinforce", "conditional", LNA, ["قاعدة تمنهنت الجوية"], ["الشرارة"]),
  mv("withdraw", "denied", LNA, ["حقل الفيل"], ["مرزق"]),
  mv("withdraw", "denied", LNA, ["إدري"], ["براك"]),
 ],
 "tk4": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("reinforce", "planned", LNA, ["الكفرة"], ["جبل العوينات"]),
  mv("shipment", "planned", LNA, ["أجدابيا"], ["الكفرة"]),
  mv("deploy", "conditional", LNA, ["قاعدة معطن السارة"], ["الحدود مع تشاد"]),
  mv("mobilise", "conditional", None, [], ["الكفرة"]),
  mv("advance", "denied", "Sudanese armed groups", ["المالحة"], ["ليبيا"]),
 ],
 "tk5": [
  mv("deploy", "planned", GNA, ["طرابلس"], ["مطار بني وليد"], ["ترهونة"]),
  mv("redeploy", "reported", GNA, ["معسكر التكبالي"], ["ترهونة"]),
  mv("advance", "conditional", LNA, ["الجفرة"], ["بني وليد"]),
  mv("mobilise", "conditional", None, [], ["بني وليد"]),
  mv("deploy", "denied", LNA, ["سرت"], ["بني وليد"]),
  mv("shipment", "denied", LNA, ["الشويرف"], ["بني وليد"]),
 ],
}

NOTES = {
 "tk1": "Asharq Al-Awsat (Cairo dateline): House session in Benghazi moves its sittings to Sirte; planned LNA "
        "protection force Benghazi->Sirte with a planned landing ship Benghazi port->Sirte port, a reported armoured "
        "battalion Jufra air base->Gardabiya air base, a planned artillery redeploy Bin Jawad->Sirte (تعتزم), a "
        "GNU-denied reinforcement Misrata->Al-Washka/Abu Qurayn and a conditional LNA advance Sirte->Abu Qurayn "
        "(إلا إذا). Cairo is only the dateline; «فندق تيبستي», «قاعات واغادوغو» and «تحت القبة» are traps.",
 "tk2": "Al Jazeera Net (Tripoli): Presidential Council decree on Zawiya; a reported GNA column Tripoli (العاصمة)->"
        "Zawiya and its refinery via Janzour and Al-Maya, navy boats landing men from Abu Sitta naval base, a planned "
        "pull-back of the feuding groups from the refinery into town, a conditional Misrata joint-force call-up "
        "(إذا خُرقت) and an LNA move Brak air base->Ash Shwayrif denied by the Hammad government. Police patrols "
        "resuming «بمجرد انسحاب المسلحين» and travellers on the road to Ras Ajdir are not force movements.",
 "tk3": "Erem News (Tripoli): the GNU defence ministry plans an oil-protection force Tripoli->Sharara field via Ash "
        "Shwayrif; a reported LNA battalion Sabha->Ubari (spelled اوباري) and an airlift Benina air base->Tamanhint air "
        "base, a conditional LNA move Tamanhint->Sharara (إذا), and two denied LNA pull-outs (El Feel->Murzuq, "
        "Idri->Brak). Akakus (operator name) is a trap; the closed Isayen crossing is not a movement.",
 "tk4": "Al-Ittihad (Benghazi): House defence committee hearing; a reported airlift Benina air base->Kufra airport, a "
        "planned fuel-and-ammunition convoy Ajdabiya->Kufra (ستنطلق غداً), a planned move Kufra->Jebel Uweinat, a conditional battalion "
        "Maaten al-Sarra->the border with Chad (في حال), Kufra elders' conditional «النفير العام», and the RSF "
        "denying it entered Libya from Al Malha. The border with Sudan, Darfur, refugees and smuggling routes are "
        "not moves.",
 "tk5": "Al-Riyadh (Tripoli bureau): the GNU plans a force Tripoli->Bani Walid airport via Tarhuna; a reported 444 "
        "Brigade redeploy Tekbali camp->Tarhuna, the Warfalla council's conditional call to gather at the gates (mobilise, إذا), a "
        "conditional LNA advance Jufra->Bani Walid (إذا), and an LNA column Sirte->Bani Walid and arms trucks from "
        "Ash Shwayrif both denied by the Warfalla council. «زلة لسان» (Zillah), «الرياض» and «الإدريسي» are traps.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("tk1", "tk2", "tk3", "tk4", "tk5")
