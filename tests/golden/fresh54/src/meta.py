# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another surface, label or kind (listed in the README).
P = {
 # countries and capitals
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                            # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 # Fezzan (bd1, bd3)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),               # G* (district row, surface شعبية مرزق)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G* (row قاعدة براك الجوية)
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                            # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                               # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),               # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G (G* for bare الجفرة after قاعدتي)
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                 # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                   # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                            # G
 # Algerian border, Ghadames (bd2)
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                               # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G* (row spelled عين أميناس)
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                  # G
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),              # G
 "border_dz_side": ("region", "DZ", 27.5, 9.5, "Algeria-Libya border (Algerian side)"),  # K
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                        # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                  # G
 "illizi_dist": ("district", "DZ", 26.97285, 7.86520, "Illizi province"),                # G* (district row إليزي)
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                              # G
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),      # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                   # G
 "daraj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                   # G
 "sinawin": ("town", "LY", 31.02604, 10.60238, "Sinawin"),                               # G
 "tripoint_dz_tn": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),             # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                      # G
 "se_algeria": ("region", "DZ", 24.38530, 5.41784, "South-eastern Algeria"),             # G* (row جنوب شرق الجزائر)
 # oil (bd1, bd3)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G* (row حقل الشرارة, bare surface)
 "sharara_field": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),        # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                    # G* (row حقل الفيل, bare surface)
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                    # G (G* for bare الوفاء)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                     # G* (row حقل السرير, bare surface)
 "nafoura": ("oilfield", "LY", 29.21320, 21.59240, "Nafoora oil field"),                 # G* (row حقل النافورة, bare surface)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                             # G
 "sidra": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),               # G* (row ميناء السدرة, bare surface)
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                   # G
 "zuwaytina": ("town", "LY", 30.95220, 20.12022, "Az Zuwaytinah"),                       # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),     # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"), # G* (row الحدود الليبية الجزائرية)
 "marada": ("town", "LY", 29.22054, 19.20454, "Marada"),                                 # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                     # G
 # south-east (bd4)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                     # G
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjilah"),                                # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                               # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                               # G
 "matan_sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),          # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "tripoint_sd_td": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                             # K
 "waw_namus": ("region", "LY", 24.92000, 17.77000, "Waw an Namus"),                      # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                               # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                   # G
 "bardai": ("town", "TD", 21.35468, 17.00158, "Bardai"),                                 # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                              # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                     # G
 "east_oweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                     # G* (airport row مطار شرق العوينات)
 "border_eg_side": ("region", "EG", 28.5, 25.3, "Egypt-Libya border (Egyptian side)"),   # K
 # Tunisia and the west coast (bd5)
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                 # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                 # G
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                  # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                   # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                   # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                             # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                           # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine governorate"),        # G
 "border_tn_side": ("region", "TN", 32.5, 10.8, "Tunisia-Libya border (Tunisian side)"), # K
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                 # G
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                 # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                             # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                              # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                              # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "abu_kammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
}

TRAPS = {
 "bd1": ["ليبيا المستقبل", "كتيبة طارق بن زياد", "أحمد الإدريسي", "بلاغات", "محمد السبهاوي",
         "إذاعة فزان", "شركة أكاكوس للعمليات النفطية"],
 "bd2": ["إرم نيوز", "الجيش الجزائري", "وزارة الدفاع الجزائرية", "سليم الغدامسي", "تندرج", "مولودية الجزائر"],
 "bd3": ["الشرق", "الجيش الوطني الليبي", "الشرارة الأولى", "شركة الزاوية لتكرير النفط", "شركة مليتة للنفط والغاز",
         "شركة سرت للنفط", "الوفاء والانضباط"],
 "bd4": ["البيان", "سبل السلام", "قبيلة الزوية", "الأهلي بنغازي", "الجيش المصري", "المنطقة الغربية العسكرية",
         "فصائل تشادية", "الاتحاد الليبي لكرة القدم", "الجيش الليبي"],
 "bd5": ["الأيام", "وزارة الدفاع الوطني", "التراب التونسي", "الجامعة التونسية لكرة القدم", "اتحاد بن قردان",
         "الأهلي طرابلس", "نهج ليبيا"],
}

PHEN = {
 "bd1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "bd2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "bd3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "ambiguity_tripoli",
         "vague_area", "border_phrase", "coverage_oil", "coverage_neighbours", "countries"],
 "bd4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "coverage_bases", "coverage_neighbours", "countries"],
 "bd5": ["clitics", "multiword", "media_trap", "nisba", "ambiguity_tripoli", "ambiguity_country_capital",
         "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA, DZA, TNA = "Libyan National Army", "GNA forces", "Algerian army", "Tunisian army"
MOVES = {
 "bd1": [
  mv("deploy", "reported", LNA, ["قاعدة الجفرة الجوية"], ["سبها", "غات", "أوباري", "مرزق", "القطرون", "براك", "مطار سبها"],
     ["الشويرف", "وادي الشاطئ"]),
  mv("deploy", "denied", LNA, [], ["تجرهي", "منفذ التوم"]),
  mv("redeploy", "planned", LNA, ["قطرون"], ["أم الأرانب", "تراغن"]),
  mv("reinforce", "conditional", LNA, ["براك", "الجفرة"], ["سبها"]),
 ],
 "bd2": [
  mv("deploy", "reported", DZA, ["تمنراست", "ولاية إليزي"],
     ["جانت", "عين أمناس", "الدبداب", "برج عمر إدريس", "الحدود مع ليبيا"]),
  mv("reinforce", "reported", GNA, ["نالوت"], ["غدامس", "درج", "سيناون"]),
  mv("deploy", "planned", GNA, [], ["مطار غدامس", "المثلث الحدودي"]),
  mv("advance", "denied", DZA, [], ["غات", "منفذ إيسين"]),
  mv("airlift", "conditional", DZA, ["تمنراست"], ["جانت", "إليزي"]),
 ],
 "bd3": [
  mv("deploy", "reported", LNA, ["سبها", "أباري"], ["الشرارة", "الفيل"]),
  mv("redeploy", "reported", LNA, ["أجدابيا"], ["السدرة", "راس لانوف", "البريقة"]),
  mv("deploy", "denied", LNA, [], ["حقل الوفاء"]),
  mv("shipment", "denied", None, [], ["مجمع مليتة"]),
  mv("mobilise", "planned", LNA, [], ["السرير", "النافورة"]),
  mv("naval_landing", "conditional", LNA, [], ["الزويتينة"]),
 ],
 "bd4": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية", "قاعدة الخادم"], ["مطار الكفرة"]),
  mv("reinforce", "reported", LNA, ["اجدابيا"], ["الكفرة"], ["جالو", "أوجلة", "تازربو"]),
  mv("deploy", "reported", LNA, ["الكفرة"], ["ربيانة", "قاعدة معطن السارة", "الحدود مع السودان"]),
  mv("withdraw", "denied", LNA, ["تازربو", "واو الناموس"], ["الكفرة"]),
  mv("advance", "conditional", LNA, [], ["المثلث الحدودي"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["زوار", "برداي"]),
  mv("deploy", "planned", "Egyptian army", [], ["السلوم", "سيوة", "شرق العوينات"]),
 ],
 "bd5": [
  mv("reinforce", "reported", TNA, ["قابس"], ["بن قردان", "رمادة", "الذهيبة", "برج الخضراء"], ["مدنين", "تطاوين"]),
  mv("deploy", "reported", GNA, ["طرابلس", "الزاوية"], ["زوارة", "الجميل", "معبر رأس جدير"]),
  mv("advance", "denied", TNA, [], ["وازن", "نالوت"]),
  mv("withdraw", "planned", TNA, ["برج الخضراء"], ["رمادة"]),
  mv("shipment", "conditional", TNA, [], ["الذهيبة", "بن قردان"]),
  mv("naval_landing", "planned", GNA, [], ["أبو كماش"]),
 ],
}

NOTES = {
 "bd1": "Libya Al Mostakbal style, Sabha dateline: an LNA deployment to six Fezzan towns (headline list, body list with "
        "مدن/بلدتي heads, a distributive «السرية الأولى ب… والثانية ب… والثالثة في…» retelling, route via Shwayrif and Wadi "
        "al-Shati); non-destination lists in the same sentences (clashes, calm towns, welcoming municipalities); a denied "
        "list (Tajarhi or Toummo), a planned «إلى … ثم …» move and a conditional reinforcement from «قاعدتي براك والجفرة».",
 "bd2": "Erem News style, Algiers dateline: the Algerian army to «كلٍّ من» four towns and the border (origins given two "
        "sentences later, distributive retelling), a GNA «على التوالي» reinforcement of Ghadames/Daraj/Sinawin, a planned "
        "move to Ghadames airport and the border triangle, a denied Algerian crossing (Ghat or Isayen), a conditional "
        "airlift; clash and calm lists that are not destinations.",
 "bd3": "Asharq (Bloomberg) style, Tripoli dateline, oil: LNA vehicles to «حقلي الشرارة والفيل» (dual head outside), an «على "
        "التوالي» redeployment to «موانئ السدرة وراس لانوف والبريقة», a denied deployment (Al Wafa), a denied arms shipment "
        "(Mellitah), a planned mobilisation at «حقلي السرير والنافورة», a conditional naval landing; protesters' towns, "
        "production towns and a Lebanese Tripoli tanker are not movements.",
 "bd4": "Al Bayan (UAE) style, Benghazi dateline: an LNA airlift from two bases to Kufra airport and a column via «جالو "
        "وأوجلة ثم تازربو», a three-axis distributive deployment from Kufra, clash places (triangle, Jebel Uweinat), a denied "
        "withdrawal from two places, a conditional advance, Chadian rebels mobilising in Zouar and Bardai, a planned Egyptian "
        "deployment to three places.",
 "bd5": "Tunisian Al Ayam style, Tunis dateline: Tunisian reinforcements from Gabes to four border towns via Medenine and "
        "Tataouine, a GNA «على التوالي» deployment from two origins to three places, a denied crossing (Wazin or Nalut), a "
        "planned withdrawal, a conditional fuel/ammunition shipment, a planned GNA naval landing; clash and calm lists, "
        "team, street and federation traps.",
}

# Read by tests/golden/sample_tools.py check (values from this sample's former src/check.py).
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("bd1", "bd2", "bd3", "bd4", "bd5")
