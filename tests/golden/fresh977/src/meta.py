# Metadata for fresh977 (qkq1-qkq5). Place rows: key -> (kind, country, lat, lon, name).
# G = gazetteer row (data/gazetteer.csv, found with grep -F); K = own knowledge / representative point (see README
# "Coordinates not from the gazetteer"); G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "saudi": ("country", "SA", 24.24431, 44.66286, "Saudi Arabia"),                        # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 # qkq1 Ghadames festival (Akhbar al-Adab)
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),        # G* (town row)
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),     # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G (city row تونس)
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G (town row)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G (town row)
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                 # G
 # qkq2 Al-Ahly Benghazi v Zamalek (Yallakora)
 "suluq": ("town", "LY", 31.66818, 20.25205, "Suluq"),                                  # G
 "qaminis": ("town", "LY", 31.65760, 20.01697, "Qaminis"),                              # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "cairo_airport": ("airport", "EG", 30.12190, 31.40560, "Cairo International Airport"),  # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "emsaed": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (row أجدابيا)
 "almaza": ("base", "EG", 30.09180, 31.36000, "Almaza Air Base"),                       # G* (row kind airport)
 # qkq3 Tripoli International Fair (Al-Ahram Al-Iqtisadi)
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "khums_naval": ("base", "LY", 32.67610, 14.24130, "Khoms Naval Base"),                 # G* (row ميناء الخمس)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G (row مصراتة)
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                      # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G (town row)
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G (city row)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G (city row)
 # qkq4 Ghat festival seen from Djanet (El Bassair)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G (town row)
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G (town row)
 "border_dz_ly": ("region", "DZ", 24.75, 9.95, "Algeria-Libya border (Algerian side, Djanet sector)"),  # K
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "tripoint": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G (city row)
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 # qkq5 Kufra desert rally (Al-Riyadiya)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "jeddah": ("city", "SA", 21.49012, 39.18624, "Jeddah"),                                # G
 "riyadh": ("city", "SA", 24.68773, 46.72185, "Riyadh"),                                # G* (row رياض)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "border_td": ("region", "TD", 21.0, 20.0, "Chad-Libya border (Chadian side)"),         # K
 "dabba": ("town", "SD", 18.05, 30.95, "Ad Dabbah"),                                    # K
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
}

TRAPS = {
 "qkq1": ["درع غدامس", "أخبار الأدب", "مهرجان غدامس", "علي الفزاني", "الغدامسية", "التونسية"],
 "qkq2": ["الأهلي بنغازي", "الزمالك", "يلا كورة", "الغرفة الأمنية المشتركة بنغازي", "ملعب شهداء بنينا",
          "كأس الكونفدرالية الإفريقية", "علي المرجاوي", "المصري", "مصرية", "الليبي", "الليبية"],
 "qkq3": ["مصرية", "مصريون", "معرض طرابلس الدولي", "الأهرام الاقتصادي", "اللبنانية", "العجز المالي", "مديرية أمن طرابلس",
          "اللواء 52 مشاة", "شارع عمر المختار", "القوة المشتركة", "التونسي", "التركية", "الليبية"],
 "qkq4": ["مهرجان غات", "البصائر", "الليبية", "لغات", "إدريس أغ محمد", "الناحية العسكرية الرابعة",
          "الليبي", "النيجري"],
 "qkq5": ["رالي الكفرة الصحراوي", "الرياضية", "الليبية", "الاتحاد السعودي للسيارات والدراجات النارية",
          "الأخبار السارة", "محمد إدريس بوخطوة", "الليبي", "كتيبة سبل السلام", "التشادي", "السوداني", "رالي داكار"],
}

PHEN = {
 "qkq1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours",
          "countries"],
 "qkq2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qkq3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qkq4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qkq5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qkq1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["غدامس"], ["نالوت"]),
  mv("withdraw", "planned", "GNA forces", ["غدامس"], ["طرابلس"]),
  mv("airlift", "planned", "GNA forces", ["قاعدة الوطية"], ["مطار غدامس"]),
  mv("reinforce", "conditional", "Zintan forces", ["الزنتان"], ["غدامس"]),
  mv("reinforce", "denied", "Tunisian army", ["تطاوين"], ["برج الخضراء"]),
 ],
 "qkq2": [
  mv("mobilise", "reported", "Libyan National Army", ["سلوق", "قمينس"], ["بنغازي"]),
  mv("naval_landing", "planned", "Libyan National Army", ["قاعدة طبرق البحرية"], ["ميناء بنغازي"]),
  mv("redeploy", "planned", "Libyan National Army", ["طبرق"], ["منفذ امساعد"]),
  mv("reinforce", "conditional", "Libyan National Army", ["اجدابيا"], ["بنغازي"]),
  mv("airlift", "denied", "Egyptian army", ["قاعدة ألماظة الجوية"], ["مطار بنينا"]),
 ],
 "qkq3": [
  mv("deploy", "reported", "GNA forces", ["الزاوية"], ["طرابلس"], ["جنزور"]),
  mv("naval_landing", "reported", "GNA forces", ["قاعدة الخمس البحرية"], ["ميناء طرابلس"]),
  mv("reinforce", "conditional", "Misrata forces", ["مصراته"], ["طرابلس"]),
  mv("reinforce", "planned", "Tunisian army", ["مدنين"], ["بن قردان"]),
  mv("shipment", "denied", "Turkish armed forces", ["مرسين"], ["ميناء طرابلس"]),
 ],
 "qkq4": [
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت"]),
  mv("deploy", "planned", "Algerian army", ["جانت"], ["الحدود مع ليبيا"]),
  mv("airlift", "conditional", "Algerian army", ["تمنراست"], ["مطار جانت"]),
  mv("redeploy", "reported", "Libyan National Army", ["حقل الشرارة"], ["غات"], ["أوباري"]),
  mv("mobilise", "denied", "Nigerien army", [], ["ماداما"]),
 ],
 "qkq5": [
  mv("shipment", "reported", "Libyan National Army", ["حقل السرير"], ["الكفرة"]),
  mv("withdraw", "reported", "Libyan National Army", ["ربيانة"], ["الكفرة"]),
  mv("redeploy", "planned", "Libyan National Army", ["الكفرة"], ["تازربو"]),
  mv("advance", "conditional", "Chadian army", ["فايا لارجو"], ["الحدود مع ليبيا"]),
  mv("advance", "denied", "Sudanese army", ["الدبة"], ["المثلث الحدودي"]),
 ],
}

NOTES = {
 "qkq1": "Culture-weekly report from the Ghadames festival (festival name and the plan «درع غدامس» are traps; the "
         "nisba الغدامسية and the poet علي الفزاني contain Ghadames/Fezzan): a GNU staff force Tripoli→Ghadames "
         "via Nalut (arrival told with «المدينة»), its planned return Ghadames→Tripoli after the festival, a planned "
         "special-forces airlift Al-Watiya→Ghadames airport, a conditional Zintan battalion to Ghadames and a "
         "Tunisian-MoD denial of reinforcements Tataouine→Borj El Khadra; the Lebanese Tripoli and Tunis (capital) are "
         "only the troupes' origins.",
 "qkq2": "Sports-site preview of Al-Ahly Benghazi v Zamalek (clubs, stadium, security room named after Benghazi and "
         "the spokesman المرجاوي are traps): 3,500 men massed in Benghazi with companies from Suluq and Qaminis, a "
         "planned marine landing Tobruk naval base→Benghazi port, a planned MP company Tobruk→Emsaed crossing, a "
         "conditional reinforcement Ajdabiya→Benghazi and a denied Egyptian special-forces flight Almaza→Benina; the "
         "team's charter Cairo airport→Benina, the fans' ferry from Alexandria and buses from Sallum are civilian, "
         "not movements.",
 "qkq3": "Economic weekly on the Tripoli International Fair (fair, security directorate, street and «العجز المالي» "
         "are traps; exhibitors from Lebanese Tripoli): a brigade Zawiya→Tripoli via Janzour, marines landed Khums "
         "naval base→Tripoli port, a conditional Joint Force reinforcement Misrata (مصراته)→Tripoli, a planned "
         "Tunisian reinforcement Medenine→Ben Gardane (Sfax trucks through Ras Ajdir are civilian) and a denied "
         "Turkish ammunition shipment Mersin→Tripoli port; Cairo, Derna, Benghazi are trade background.",
 "qkq4": "Algerian daily from Djanet on troupes going to the Ghat festival (festival name, «لغات», the artist "
         "إدريس أغ محمد are traps): reinforcements Illizi→Djanet, a planned move Djanet→the border with Libya, a "
         "conditional special-forces airlift Tamanrasset→Djanet airport, an LNA company Sharara field→Ghat via Ubari "
         "and a Niamey denial of Nigerien massing in Madama; the troupes crossing Isayen and the delegation from "
         "Algiers are civilian.",
 "qkq5": "Saudi sports daily on a Kufra desert rally (rally names, «الرياضية» containing الرياض, «الأخبار السارة» "
         "and the official إدريس are traps): an LNA fuel convoy Sarir field→Kufra, heavy vehicles pulled back "
         "Rebiana→Kufra, a planned Subul al-Salam company Kufra→Tazirbu, a conditional Chadian-army advance "
         "Faya-Largeau→the border with Libya (Kufra only the requester) and a denied Sudanese-army push Al-Dabba→the "
         "border triangle; the rally cars' charter Jeddah→Kufra airport is civilian.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qkq1", "qkq2", "qkq3", "qkq4", "qkq5")
