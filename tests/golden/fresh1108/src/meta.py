# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# G* = gazetteer row reused under another label/kind (listed in the README "Coordinates not from the gazetteer").
# No row comes from own knowledge alone.
P = {
 # countries and capitals
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                              # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                  # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                   # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                 # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                              # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                    # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                 # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                   # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                    # G
 # Fezzan: Ghat, Al-Awaynat, Ubari, Wadi al-Hayat
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                      # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                   # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                             # G (row العوينات; also written عوينات after لل)
 "barkat": ("town", "LY", 24.89400, 10.18336, "Al Barakat"),                              # G (row البركات, written البركت)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),              # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libya side)"),  # G* (row الحدود الليبية الجزائرية)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                    # G (also written أباري)
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                    # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                          # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),               # G
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat District"),          # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                   # G* (row جنوب ليبيا, written الجنوب الليبي)
 # Sabha, Jufra road, Wadi al-Shati
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                    # G (also written سبـها)
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                 # G
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),              # G
 "samnu": ("town", "LY", 27.27459, 14.88190, "Samnu"),                                    # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                      # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                      # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                          # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra (area; point at Hun)"),         # G* (row هون; README: الجفرة as an area = district near Hun)
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                        # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                  # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                    # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G
 "fuqaha": ("town", "LY", 27.83333, 16.35000, "Al Fuqaha"),                               # G
 # Murzuq, Umm al-Aranib, Qatrun, the Niger border
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                  # G (also written مرزوق)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                       # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                                # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                                # G
 "zuwaila": ("town", "LY", 26.16188, 15.12522, "Zuwaila"),                                # G
 "wadi_etba": ("town", "LY", 26.09502, 13.55744, "Wadi Utbah"),                           # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                               # G (also written قطرون)
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                             # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                          # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),              # G (row منفذ التوم; also bare تومو)
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libya side)"),  # G* (row الحدود الليبية النيجرية)
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador triangle"),                   # G
 # neighbours: Niger, Chad, Algeria, Tunisia
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                  # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                  # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                   # G (row أغاديس)
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                         # G
 "tibesti": ("district", "TD", 20.30159, 16.62370, "Tibesti Province"),                   # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                         # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                   # G* (row kind village; the town is the wilaya seat)
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                      # G
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                        # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G (row منفذ رأس جدير, written معبر رأس جدير)
}

TRAPS = {
 "qps1": ["المكتب الإعلامي لبلدية العوينات", "اللواء طارق بن زياد", "علي الأوباري", "بوابة الكيلو 40", "الجزائري",
          "مصرية", "المبالغات"],
 "qps2": ["ويب مانجر سنتر", "غرفة التجارة والصناعة الليبية التونسية المشتركة", "شركة البريقة لتسويق النفط",
          "اللواء طارق بن زياد", "تقاطع الكيلو 60", "مرهونة", "خالد الهوني", "تونسيون"],
 "qps3": ["قناة العاصمة", "شعبة الإعلام الحربي", "شركة الشرارة الذهبية للخدمات النفطية"],
 "qps4": ["وقت الجزائر", "جزائرية", "القيادة العامة للجيش الليبي", "الليبي", "الجيش النيجري", "الجيش الوطني الشعبي",
          "جبهة الوفاق من أجل التغيير في تشاد", "محمد القطروني"],
 "qps5": ["مرصد الأزهر لمكافحة التطرف", "مرصد الأزهر", "ولاية فزان", "تنظيم داعش", "المجلس الاجتماعي لقبائل التبو",
          "تشادية"],
}

PHEN = {
 "qps1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qps2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qps3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "ambiguity_idri", "coverage_oil"],
 "qps4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qps5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"

MOVES = {
 "qps1": [
  mv("deploy", "reported", LNA, ["أوباري"], ["عوينات"]),
  mv("redeploy", "reported", LNA, [], ["مطار غات"]),
  mv("deploy", "planned", LNA, [], ["العوينات", "غات"]),
  mv("reinforce", "conditional", LNA, ["قاعدة تمنهنت"], ["غات"]),
  mv("advance", "denied", "Algerian army", [], ["البركت"], ["منفذ إيسين"]),
 ],
 "qps2": [
  mv("deploy", "reported", LNA, ["هون"], ["سبها", "قاعدة تمنهنت"]),
  mv("airlift", "reported", LNA, ["قاعدة الجفرة الجوية"], ["مطار سبها"]),
  mv("redeploy", "planned", LNA, ["براك"], ["سمنو"]),
  mv("reinforce", "conditional", LNA, ["قاعدة الجفرة الجوية"], ["سوكنة"]),
  mv("withdraw", "denied", LNA, ["سوكنة"], ["ودان"]),
 ],
 "qps3": [
  mv("deploy", "reported", LNA, ["سبها"], ["أوباري"], ["جرمة"]),
  mv("redeploy", "reported", LNA, ["سبها"], ["جرمة"]),
  mv("deploy", "planned", LNA, ["أوباري"], ["حقل الشرارة"]),
  mv("withdraw", "conditional", LNA, ["وادي الحياة"], []),
  mv("advance", "denied", "GNA forces", ["الشويرف"], ["إدري"]),
 ],
 "qps4": [
  mv("deploy", "reported", LNA, ["قطرون"], ["منفذ التوم"], ["تجرهي"]),
  mv("shipment", "reported", LNA, ["قاعدة الويغ"], ["منفذ التوم"]),
  mv("reinforce", "reported", "Nigerien army", ["ديركو"], ["ماداما"]),
  mv("reinforce", "planned", "Algerian army", ["تمنراست"], ["جانت"]),
  mv("advance", "conditional", LNA, [], ["مثلث السلفادور"]),
  mv("advance", "denied", "Chadian armed groups", ["كوري بوقودي"], ["القطرون"]),
 ],
 "qps5": [
  mv("deploy", "reported", LNA, ["سبها"], ["أم الأرانب"], ["غدوة"]),
  mv("deploy", "reported", LNA, ["مرزق"], ["أم الأرانب"], ["تراغن"]),
  mv("deploy", "planned", LNA, [], ["تراغن"]),
  mv("mobilise", "reported", None, [], ["وادي عتبة"]),
  mv("advance", "conditional", LNA, [], ["الحدود مع النيجر"]),
  mv("withdraw", "denied", LNA, ["أم الأرانب"], ["سبها"]),
 ],
}

NOTES = {
 "qps1": "Fezzan municipal media office (Al-Awaynat) on the reopened Ghat–Al-Awaynat road: an LNA (Tariq bin Ziyad) "
         "escort with a supply convoy Ubari→Al-Awaynat (written «للعوينات», surface عوينات), the «km 40 gate» crew moved "
         "to the junction by Ghat airport (redeploy; the km gate is a trap), planned joint patrols between Al-Awaynat "
         "and Ghat, a conditional reinforcement Tamanhint base→Ghat («لن ... إلا إذا») and a denied Algerian patrol "
         "into Al-Barkat (written البركت) via the Isayen crossing; the tankers going on to Ghat «دون مرافقة», the attack "
         "site near Al-Awaynat, the border inside the denial, Tripoli/Benghazi governments and Fezzan prices are not "
         "movements or movement places; علي الأوباري and «المبالغات» hold Ubari and Ghat.",
 "qps2": "Tunisian economic site (Web Manager Center Arabic) from Tunis on the Jufra–Sabha road: an LNA company escorting "
         "42 tankers Hun→Sabha with part left near Tamanhint base (the «km 60 junction» is a trap), a military cargo "
         "plane Jufra air base→Sabha airport with escort troops and vehicles, a planned battalion Brak→Samnu, a "
         "conditional reinforcement Jufra air base→Sokna («إذا») and a denied pull-back of the gates Sokna→Waddan; "
         "Tunisian trucks Sfax/Ben Gardane→Sabha via Ras Ajdir, fuel smuggled to Niger/Chad/Sudan, the attack near "
         "Sokna and the operations room in Jufra are not movements or movement places; خالد الهوني and «مرهونة» "
         "hold Hun, السودان holds ودان.",
 "qps3": "Libyan TV website (Al-Asima TV) from Sabha on the Sabha–Ubari road: an LNA column Sabha→Ubari via Germa, the "
         "gate at Sabha's western exit moved to Germa's eastern entrance (redeploy), a planned company Ubari→the "
         "Sharara field perimeter, a conditional pull-out from Wadi al-Hayat («لن ... قبل أن»), Tripoli's denied "
         "force Ash Shwayrif→Idri; the headline repeating the column, trucks queueing at the Al-Ghurayfa gate, a "
         "driver from Brak, the 2019 take-over of Sabha and Ubari (control, past) and Tripoli as the denier are not "
         "movements or movement places; Ubari also written أباري.",
 "qps4": "Algerian paper (Waqt El Djazair) from Algiers on the Qatrun–Toummo track: an LNA company Qatrun (written "
         "قطرون)→Toummo crossing via Tajarhi with two ammunition/fuel trucks from Al Wigh base (shipment), a Nigerien "
         "reinforcement Dirkou→Madama, a planned Algerian move Tamanrasset→Djanet, the LNA's conditional advance to "
         "the Salvador triangle («لن ... إلا ب») and FACT's denied crossing Kouri Bougoudi→Qatrun; fuel smuggling to "
         "Dirkou/Agadez, migrants' trucks Niger→Sabha, Niamey/Algeria as partners, Tibesti inside the denial are not "
         "movements or movement places; الجزائر is Algiers in the dateline and Algeria in the quote.",
 "qps5": "Egyptian monitoring platform (Al-Azhar Observatory for Combating Extremism) from Cairo on the Murzuq–Umm "
         "al-Aranib road: an LNA battalion Sabha→Umm al-Aranib via Ghuddwa, an LNA escort with a food convoy "
         "Murzuq→Umm al-Aranib via Traghen, a planned company at Traghen, IS cells gathering near Wadi Utbah "
         "(mobilise, actor null), a conditional pursuit to the border with Niger («لن ... إلا إذا») and a denied "
         "LNA pull-out Umm al-Aranib→Sabha; the attacked aid convoy, the tracks towards Zuwaila, the 2018 attack on "
         "Al-Fuqaha and Chadian gangs are not movements; «ولاية فزان» holds Fezzan; Murzuq also written مرزوق.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qps1", "qps2", "qps3", "qps4", "qps5")
