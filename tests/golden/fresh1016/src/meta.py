# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # western Libya
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "souq_juma": ("town", "LY", 32.88300, 13.23300, "Souq al Jum'aa"),                     # G
 "qasr": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                        # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "dafniya": ("village", "LY", 32.35000, 14.88000, "Dafniya"),                           # G
 "abuqurain": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),               # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),      # G (row منفذ رأس جدير)
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "dehiba_wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G* (row منفذ وازن)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 # centre and east
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (row هون: point near Hun)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "matan": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G
 # Fezzan
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 26.01562, 10.40660, "Ghat Municipality"),               # G (district row LY-GT)
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 # neighbours
 "border_dz_ly": ("region", "DZ", 25.0, 9.8, "Algeria-Libya border (Algerian side)"),  # K
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanghasset"),                      # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama military post"),                  # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 # datelines, capitals and other cities
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G (row عمان)
 "aden": ("city", "YE", 12.77957, 45.03852, "Aden"),                                    # G
 "nouakchott": ("city", "MR", 18.08581, -15.97850, "Nouakchott"),                       # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
}

TRAPS = {
 "qme1": ["التلفزيون الأردني", "الجيش الوطني الليبي", "مبالغات", "السنوات الخمس عشرة", "التركية",
          "اللواء طارق بن زياد", "الجزائرية", "كتيبة سبل السلام"],
 "qme2": ["سبأ", "اليمنية", "اللواء 444 قتال", "التركية", "الفيلق الأفريقي", "غرفة عمليات تحرير سرت والجفرة",
          "الجيش الوطني الليبي", "قوات الدعم السريع", "السودانية", "الليبية", "عقيلة صالح"],
 "qme3": ["كنوز إف إم", "الليبي", "تونسية", "الليبية", "التونسي", "المجلس العسكري مصراتة"],
 "qme4": ["المرابطون", "الجزائري", "الليبية", "الجيش الوطني الليبي", "الفيلق الأفريقي", "الروسي", "النيجري",
          "التشادية", "موريتانياً"],
 "qme5": ["الجيش الوطني الليبي", "تلفزيون لبنان", "الليبية", "لبناني", "تركية", "روسية", "المصري",
          "المنطقة الغربية العسكرية"],
}

PHEN = {
 "qme1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_neighbours",
          "countries"],
 "qme2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "coverage_bases", "countries"],
 "qme3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qme4": ["multiword", "media_trap", "operation_trap", "nisba", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qme5": ["multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qme1": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["سرت"], ["أجدابيا"]),
  mv("reinforce", "denied", "GNA forces", ["مصراتة"], ["أبوقرين"]),
  mv("shipment", "planned", "Turkish armed forces", [], ["ميناء الخمس"]),
  mv("deploy", "reported", "Libyan National Army", ["أوباري"], ["غات"]),
  mv("deploy", "conditional", "Algerian army", [], ["الحدود مع ليبيا"]),
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["مثلث العوينات"]),
 ],
 "qme2": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["ترهونة"], ["قصر بن غشير"]),
  mv("airlift", "denied", "Turkish armed forces", [], ["قاعدة الوطية"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة الخادم"], ["قاعدة معطن السارة"]),
  mv("advance", "conditional", "GNA forces", ["أبوقرين"], ["سرت"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("advance", "denied", "Sudanese armed groups", [], ["الكفرة"]),
 ],
 "qme3": [
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["بن قردان"]),
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["معبر رأس جدير"], ["زوارة"]),
  mv("mobilise", "reported", None, [], ["زوارة"]),
  mv("advance", "denied", "Tunisian army", ["الذهيبة"], ["وازن"]),
  mv("reinforce", "conditional", "Tunisian army", [], ["معبر رأس جدير"]),
  mv("deploy", "planned", "Misrata forces", ["مصراتة"], ["الزاوية", "مصفاة الزاوية"]),
 ],
 "qme4": [
  mv("reinforce", "reported", "Algerian army", ["تمنراست"], ["جانت"]),
  mv("redeploy", "planned", "Libyan National Army", ["سبها"], ["غات"], ["أوباري"]),
  mv("withdraw", "conditional", None, ["غات"], ["العوينات"]),
  mv("shipment", "planned", "Russian forces", ["قاعدة براك الجوية"], ["النيجر"], ["منفذ التوم"]),
  mv("advance", "denied", "Nigerien army", [], ["منفذ التوم"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["أم الأرانب"]),
 ],
 "qme5": [
  mv("withdraw", "denied", "Libyan National Army", ["سرت"], ["الجفرة"]),
  mv("mobilise", "reported", "Misrata forces", [], ["الدافنية"]),
  mv("deploy", "reported", None, ["مطار معيتيقة"], ["سوق الجمعة"]),
  mv("reinforce", "conditional", "Turkish armed forces", [], ["قاعدة الوطية"]),
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
  mv("redeploy", "planned", "Egyptian army", ["مرسى مطروح"], ["السلوم"]),
 ],
}

NOTES = {
 "qme1": "Jordan TV news ticker (Amman dateline) with eight Libya flashes: an LNA column Benghazi→Sirte via Ajdabiya "
         "(headline repeats it), the GNU chief of staff's denied reinforcement Misrata→Abu Qurayn, a planned Turkish "
         "military cargo ship to Khoms port, an LNA company (Tariq bin Ziyad brigade) Ubari→Ghat, a conditional Algerian "
         "deployment on the border with Libya (Ghat only in the condition) and Subul al-Salam patrols Kufra→the Uweinat "
         "triangle; the Presidential Council's call, civil flights Mitiga→Istanbul/Tunis and Sudan's war are no moves; "
         "«مبالغات» holds Ghat, «السنوات الخمس عشرة» holds Khoms.",
 "qme2": "Yemen's agency Saba (Aden) lists Libya flashes: a 444 Brigade column Tripoli→Tarhuna via Qasr Bin Ghashir, "
         "Turkish cargo planes with drones at Al-Watiya denied by the Turkish embassy (Tripoli the venue, Ankara in the "
         "headline a government), two Russian Il-76s Al Khadim→Maaten al-Sarra, a conditional GNU-side advance Abu "
         "Qurayn→Sirte (the ops-room name holds Sirte and Jufra), a planned LNA airlift Benina air base→Kufra airport and "
         "the RSF's denied infiltration into Kufra; Sudanese refugees reaching Kufra and the HoR session in Benghazi "
         "are no moves.",
 "qme3": "Tunisian regional radio Knooz FM (Sfax) flash bulletin: Tunisian army reinforcements Gabes→Ben Gardane, a GNU "
         "force Tripoli→the Ras Ajdir crossing via Zuwara, local armed groups massing in Zuwara (actor null), a denied "
         "Tunisian crossing Dehiba→Wazin, a conditional Tunisian reinforcement of Ras Ajdir («في صورة» = if) and the "
         "Misrata Military Council's planned force Misrata→Zawiya and its refinery; migrants off Sfax, traffic through "
         "the Dehiba-Wazin crossing and the neighbours' meeting in Algiers are no moves.",
 "qme4": "Mauritanian channel Al-Mourabitoun's Sahel digest (Nouakchott): Algerian army reinforcements Tamanrasset→Djanet, "
         "a planned LNA battalion Sabha→Ghat via Ubari, local Tuareg armed groups' conditional pull-out Ghat→Al-Awaynat "
         "(actor null), a planned Africa Corps truck convoy Brak air base→Niger via the Toummo crossing, the Nigerien "
         "army's denied advance on Toummo (Madama only where its posts are) and Chadian rebels massing near Umm "
         "al-Aranib (Sabha a distance reference); the UN envoy's visit to Sabha, El Feel output and migrants flown "
         "Libya→Nouakchott are no moves.",
 "qme5": "Télé Liban's evening ticker (Beirut): the LNA's denied pull-out Sirte→Jufra, Misrata brigades massing at "
         "Dafniya, the Radaa apparatus's vehicles from around Mitiga airport to Souq al-Jumaa (actor null), Lebanese "
         "Tripoli (army stops a migrant boat; no move), Turkey's conditional extra forces for Al-Watiya (Ankara the "
         "government), a Russian landing ship unloading troops at Tobruk port and a planned Egyptian armoured battalion "
         "Marsa Matruh→Sallum; a Lebanese judicial delegation to Libyan Tripoli, Moscow and Benghazi (no comment) are "
         "no movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qme1", "qme2", "qme3", "qme4", "qme5")
BAR_IN_TEXT = True  # headlines and flashes use a literal "|" («شريط الأخبار |», «عاجل |», «المرابطون |»)
