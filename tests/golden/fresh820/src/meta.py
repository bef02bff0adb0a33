# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (row أجدابيا; written اجدابيا)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "messla": ("oilfield", "LY", 27.97472, 22.35833, "Messla oil field"),                  # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G (qep5 written براك الشاطئ)
 # qep1 Sharara and El Feel (Al-Jarida)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 # qep2 the oil crescent ports (Al-Ayam)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G (row أبوقرين; written بوقرين)
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil port"),         # G* (row راس لانوف)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "raslanuf_airport": ("airport", "LY", 30.50000, 18.52720, "Ras Lanuf Oil Airport"),    # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa al-Brega oil port"),       # G* (town row البريقة)
 "zueitina_port": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),      # G* (town row الزويتينة)
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                  # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 # qep3 the Sirte basin and Cairo's red line (Al-Wafd)
 "zella": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                 # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "sirte_basin": ("region", "LY", 28.60000, 19.30000, "Sirte Basin"),                    # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "wahat": ("district", "LY", 29.02035, 20.78359, "Al Wahat district"),                  # G
 "border_eg": ("region", "EG", 31.3, 25.1, "Egypt-Libya border (Egyptian side)"),       # K
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row, README rule)
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس)
 # qep4 Kufra, the Sarir field and the Sudanese border (Al-Sudani)
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G* (city row خرطوم)
 "triangle_sd": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "dabbah": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                             # K
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "southeast": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),              # G* (row جنوب شرق ليبيا)
 # qep5 Fezzan, Idri and the Hamada (Al-Shabiba)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "hamada_region": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),              # G
 "hamada_field": ("oilfield", "LY", 29.53110, 12.94370, "Hamada oil field"),            # G
 "daraj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G* (row الجزائر, city)
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),              # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),          # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
}

TRAPS = {
 "qep1": ["الجريدة", "الجيش الوطني الليبي", "الشرارة التي", "حراك غضب فزان", "عماد الطرابلسي", "محمد الإدريسي"],
 "qep2": ["الأيام", "الحكومة الليبية", "المصراتية", "طارق بن زياد", "سرت شائعات", "اللبنانية", "ميناء ليبي",
          "الهلال الأحمر الليبي"],
 "qep3": ["الوفد", "الفيلق الأفريقي", "الجيش الوطني الليبي", "زلة لسان", "مصدر مصري", "الجيش المصري",
          "شركة الواحة للنفط", "الليبية"],
 "qep4": ["السوداني", "سبل السلام", "الجيش الوطني الليبي", "القوة المشتركة لحركات دارفور", "الليبية"],
 "qep5": ["الشبيبة", "الجيش الوطني الليبي", "إدريس مادي", "الليبية"],
}

PHEN = {
 "qep1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "ambiguity_tripoli", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil",
          "countries"],
 "qep2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil"],
 "qep3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qep4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "border_phrase", "town_vs_district", "coverage_oil", "coverage_neighbours", "countries"],
 "qep5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_crossings", "coverage_oil",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qep1": [
  mv("redeploy", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["حقل الشرارة"], ["أوباري"]),
  mv("deploy", "denied", "Libyan National Army", ["مرزق"], ["حقل الفيل"]),
  mv("airlift", "planned", "GNA forces", ["الزنتان"], ["حقل الشرارة"]),
  mv("withdraw", "conditional", "Libyan National Army", ["حقل الشرارة"]),
 ],
 "qep2": [
  mv("advance", "denied", "Misrata forces", ["مصراتة"], ["الوشكة"], ["بوقرين"]),
  mv("reinforce", "reported", "Libyan National Army", ["سرت"], ["ميناء السدرة", "ميناء راس لانوف"]),
  mv("naval_landing", "reported", "Libyan National Army", ["قاعدة طبرق البحرية"], ["ميناء البريقة"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا"], ["مطار راس لانوف"]),
  mv("naval_landing", "conditional", "GNA forces", [], ["ميناء الزويتينة"]),
 ],
 "qep3": [
  mv("deploy", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["زلة"]),
  mv("reinforce", "reported", "Libyan National Army", ["اجدابيا"], ["جالو"]),
  mv("redeploy", "planned", "Libyan National Army", ["جالو"], ["حقل السرير"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["الحدود مع ليبيا"]),
  mv("mobilise", "reported", "Egyptian army", [], ["سيدي براني"]),
 ],
 "qep4": [
  mv("deploy", "denied", "Sudanese armed groups", ["المثلث الحدودي"], ["حقل مسلة"], ["الكفرة"]),
  mv("reinforce", "reported", "Libyan National Army", ["الكفرة"], ["حقل السرير"]),
  mv("shipment", "reported", "Libyan National Army", ["الكفرة"], ["حقل السرير"]),
  mv("deploy", "planned", "Libyan National Army", [], ["الحدود مع السودان"]),
  mv("advance", "conditional", "Sudanese armed groups", ["الدبة"], ["المثلث الحدودي"]),
 ],
 "qep5": [
  mv("advance", "denied", "Libyan National Army", ["براك الشاطئ"], ["حقل الشرارة"], ["إدري"]),
  mv("withdraw", "reported", "Libyan National Army", ["حقل الشرارة"], ["أوباري"]),
  mv("deploy", "reported", "GNA forces", ["درج"], ["حقل الحمادة"]),
  mv("shipment", "planned", "Libyan National Army", ["أوباري"], ["حقل الفيل"]),
  mv("mobilise", "reported", "Zintan forces", [], ["الزنتان"]),
  mv("deploy", "conditional", "Zintan forces", ["الزنتان"], ["حقل الشرارة"]),
 ],
}

NOTES = {
 "qep1": "Rival claims over Sharara and El Feel: the LNA confirms a column Tamanhint base→Sharara via Ubari but calls it a "
         "rotation (reported redeploy); the GNU ministry's claim of 40 vehicles Murzuq→El Feel is denied (Murzuq's second "
         "mention, 'our units in Murzuq have not left', is a position, not a move); a planned PFG airlift Zintan→the "
         "Sharara airstrip under the GNU chief of staff; the LNA battalion will not leave Sharara unless a neutral force "
         "takes over (conditional withdraw). Tripoli (dateline, seat of the staff), Ubari (speaker's town), Fezzan and the "
         "south-west are not movement places; Imad Trabelsi, Mohamed al-Idrisi, the Fezzan Anger movement and 'the spark "
         "that ignites' are traps.",
 "qep2": "Oil crescent ports: the Hammad government's claim of 70 vehicles Misrata→Al-Washka via Abu Qurayn (spelt "
         "بوقرين) is denied by the GNU staff; LNA reinforcements Sirte→Es Sider, part of them around Ras Lanuf port "
         "(reported); LNA marines landed at Brega port from Tobruk naval base (reported); a planned LNA airlift "
         "Benina→Ras Lanuf airport; the GNU's naval units will not land at Zueitina port unless the NOC asks (conditional, "
         "no origin written). Benghazi (dateline, press conference), Ajdabiya (rumours), Tripoli (Lebanon) in northern "
         "Lebanon (a fuel seizure, no armed force) and the headline's oil crescent are not movement places; 'سرت شائعات' "
         "(rumours spread) is a common-word trap.",
 "qep3": "Sirte basin: the GNU says Russian 'Africa Corps' elements moved Jufra air base→near Zella; the LNA denies it "
         "('زلة لسان' = slip of the tongue, a trap); an LNA battalion Ajdabiya→Jalu (reported; the Sarir and Messla fields "
         "are only the road it secures); a planned company Jalu→Sarir field; Egypt would reinforce its border with Libya "
         "if any force crosses the Sirte–Jufra line (conditional; Sirte and Jufra are only the condition) and is massing "
         "armour in Sidi Barrani (reported mobilise; the Sallum land port is a distance reference). Cairo is the dateline "
         "and venue; Jufra and Brak in the last paragraph are places of alleged presence, not moves.",
 "qep4": "Sudanese fighters: the RSF denies moving 300 fighters from the Libya-Egypt-Sudan triangle to the Messla field via "
         "Kufra; the LNA's Subul al-Salam battalion moved 25 vehicles Kufra→Sarir field (reported) and a 15-truck fuel and "
         "ammunition convoy left Kufra for Sarir (reported shipment); a company will deploy on the border with Sudan "
         "(planned, no origin written); the Darfur joint force will not advance Al-Dabbah→the triangle unless RSF use of "
         "Libya is proven (conditional). Khartoum (dateline), Port Sudan (speaker), Tripoli and Benghazi (governments), "
         "the RSF's 2025 control of the triangle (no movement), Hariga port and Tobruk (export route) and the south-east "
         "are not movement places.",
 "qep5": "Fezzan fields: the GNU's claim of an LNA column Brak (written براك الشاطئ)→Sharara via Idri is denied by Idris "
         "Madi (trap containing إدري; Hamada al-Hamra is only where old photos were taken), who says the only column "
         "returned Sharara→Ubari (reported withdraw); a GNU staff force Daraj→Hamada field (reported); a planned LNA "
         "ammunition shipment Ubari→El Feel; Zintan's military council masses 50 vehicles at Zintan (reported mobilise) "
         "that will move to Sharara if the columns are not pulled back (conditional, origin Zintan by anaphora). Algiers "
         "(venue), Algeria, the Isayen crossing and the Libya-Algeria border (distance references for El Feel), Wadi "
         "al-Shati and Ubari in the last paragraph are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qep1", "qep2", "qep3", "qep4", "qep5")
