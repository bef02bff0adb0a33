# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                               # G
 "france": ("country", "FR", 46.70829, 2.18957, "France"),                                 # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                                # G
 # capitals and cities named as speakers or venues
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                   # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                   # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                    # G
 # fx1 Benghazi, Ajdabiya and the oil crescent
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                               # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                     # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa al-Brega port"),              # G* (Brega town row)
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                          # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                              # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                          # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                     # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                              # G* (Hun town row)
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                                # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),            # G* (row برقة)
 "border_eg_side": ("region", "EG", 31.0, 25.2, "Egypt-Libya border (Egyptian side)"),    # K
 # fx2 Tripoli airport, Zintan, Warshafana
 "tia": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                 # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                   # G
 "warshafana": ("region", "LY", 32.51012, 13.02794, "Warshefana"),                         # G* (Al Jafara district row)
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                             # G
 "nafusa": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),        # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),          # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),                # G* (row الحدود الليبية التونسية)
 "qasr": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                           # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                                 # G
 # fx3 Sirte and the Bunyan al-Marsous front
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                            # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                                # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                     # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),                # G* (city row)
 "sirte_port": ("crossing", "LY", 31.2100, 16.6000, "Sirte port"),                         # K
 "jiza": ("district", "LY", 31.2100, 16.5700, "Al-Jiza al-Bahriya (Sirte)"),               # K
 "nofaliya": ("town", "LY", 30.78306, 17.83306, "Nofaliya"),                               # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),                 # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                    # G
 "gardabya": ("airport", "LY", 31.06350, 16.59500, "Gardabya Airport"),                    # G
 # fx4 the Tripoli war 2019-2020
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                   # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                        # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                       # G* (row قاعدة الوطية)
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                            # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                                 # G
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                                # G
 "khums_port": ("crossing", "LY", 32.6550, 14.2850, "Al Khums port"),                      # K
 # fx5 Dehiba, Wazin and the Tunisian border
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                   # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine governorate"),          # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                     # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                     # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                                # G
 "tripoli_port": ("crossing", "LY", 32.9040, 13.1920, "Port of Tripoli"),                  # K
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                               # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                          # G
 "border_tn_side": ("region", "TN", 32.05, 10.60, "Tunisia-Libya border (Tunisian side)"), # K
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA, MIS, ZIN = "Libyan National Army", "GNA forces", "Misrata forces", "Zintan forces"

TRAPS = {
 "fx1": ["القذافي", "اليوم السابع", "فرج العبيدي", "شارع دبي", "الشرارة الأولى", "عملية الكرامة",
         "الجيش الوطني الليبي", "خالد المحجوب", "المصري"],
 "fx2": ["فجر ليبيا", "نون بوست", "القعقاع", "الصواعق", "الصادق الغرياني", "الزنتانيون", "شارع الزاوية",
         "ما ادري", "اللواء 444 قتال", "مصراتية", "الليبيين", "جلال حرشاوي"],
 "fx3": ["البنيان المرصوص", "العرب", "شارع طرابلس", "قاعة واغادوغو", "خليفة حفتر", "البرق الخاطف",
         "الجيش الوطني الليبي", "الفيلق الأفريقي", "علي السرتاوي", "الأمريكية"],
 "fx4": ["طوفان الكرامة", "الجريدة", "الجيش الوطني الليبي", "بركان الغضب", "فاغنر", "سوريين",
         "الخمس سنوات", "التركية", "عماد الطرابلسي"],
 "fx5": ["القذافي", "نواة", "الجيش التونسي", "الهادي التطاويني", "لا أدري", "فرنسية", "شارع طرابلس",
         "صفحات ليبية", "الأراضي الليبية", "الجانب الليبي", "دورية تونسية"],
}

PHEN = {
 "fx1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "fx2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "fx3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil"],
 "fx4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "coverage_bases", "countries"],
 "fx5": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
         "coverage_crossings", "coverage_neighbours", "countries"],
}

MOVES = {
 "fx1": [
  mv("advance", "reported", None, ["اجدابيا"], ["بنغازي"]),                    # 19 March 2011, Gaddafi's columns
  mv("withdraw", "reported", None, [], ["أجدابيا"]),                           # the survivors «انسحب إلى أجدابيا»
  mv("advance", "reported", None, [], ["اجدابيا"]),                            # the rebels retake Ajdabiya (March 2011)
  mv("advance", "reported", None, ["اجدابيا"], ["بن جواد"], ["البريقة", "راس لانوف"]),
  mv("reinforce", "reported", LNA, ["قاعدة بنينا الجوية"], ["اجدابيا"]),       # this week
  mv("redeploy", "planned", LNA, ["اجدابيا"], ["ميناء البريقة"]),
  mv("withdraw", "planned", LNA, ["ميناء البريقة"], ["بنغازي"]),               # «تعود الوحدة المرابطة هناك»
  mv("withdraw", "denied", LNA, ["اجدابيا"], ["الجفرة"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["السلوم"]),
 ],
 "fx2": [
  mv("advance", "reported", MIS, ["مصراتة"], ["مطار طرابلس الدولي"]),          # 13 July 2014
  mv("withdraw", "reported", ZIN, ["مطار طرابلس الدولي"], ["الزنتان"], ["ورشفانة", "العزيزية"]),  # 23 Aug 2014
  mv("deploy", "reported", GNA, [], ["مطار طرابلس الدولي", "قصر بن غشير"]),   # this week, 444 Brigade
  mv("deploy", "planned", GNA, ["مصراته"], ["مطار طرابلس"]),                    # engineer battalion
  mv("mobilise", "conditional", ZIN, [], ["العزيزية"]),
  mv("advance", "denied", ZIN, ["الزنتان"], ["طرابلس"], ["غريان"]),
 ],
 "fx3": [
  mv("advance", "reported", GNA, ["أبوقرين"], ["سرت"], ["الوشكة"]),            # May-June 2016
  mv("naval_landing", "reported", GNA, ["مصراته"], ["ميناء سرت"]),             # 10 June 2016
  mv("advance", "reported", None, [], ["بن جواد", "النوفلية"]),               # Petroleum Facilities Guard
  mv("advance", "reported", LNA, [], ["ميناء السدرة", "راس لانوف"]),           # September 2016
  mv("reinforce", "reported", LNA, ["قاعدة الجفرة الجوية"], ["سرت"]),          # this week
  mv("redeploy", "planned", LNA, ["سرت"], ["مطار القرضابية"]),
  mv("airlift", "denied", "Russian forces", [], ["مطار القرضابية"]),
  mv("advance", "conditional", MIS, [], ["أبوقرين"]),
 ],
 "fx4": [
  mv("advance", "reported", LNA, ["غريان"], ["قصر بن غشير", "مطار طرابلس الدولي"]),  # April 2019
  mv("mobilise", "reported", MIS, [], ["تاجوراء"]),
  mv("advance", "reported", GNA, [], ["غريان"]),                               # 26 June 2019
  mv("airlift", "reported", "Syrian mercenaries", [], ["مطار معيتيقة"]),      # early 2020
  mv("deploy", "denied", "Wagner Group", [], ["ليبيا"]),
  mv("advance", "reported", GNA, [], ["قاعدة الوطية"]),                        # 18 May 2020
  mv("withdraw", "reported", "Wagner Group", [], ["بني وليد"]),
  mv("airlift", "reported", "Wagner Group", ["بني وليد"], ["قاعدة الجفرة"]),
  mv("withdraw", "reported", LNA, ["ترهونه"], ["سرت"]),                         # 5 June 2020
  mv("shipment", "reported", "Turkish armed forces", [], ["ميناء الخمس"]),     # this week
  mv("deploy", "planned", "Turkish armed forces", [], ["قاعدة الوطية"]),
  mv("deploy", "conditional", GNA, [], ["ترهونة"]),
 ],
 "fx5": [
  mv("advance", "reported", None, [], ["منفذ وازن"]),                          # 21 April 2011, Nalut rebels
  mv("withdraw", "reported", None, [], ["الذهيبة"]),                           # Gaddafi soldiers into Tunisia
  mv("shipment", "reported", None, [], ["الجبل الغربي"]),                      # French arms drops, June 2011
  mv("advance", "reported", None, ["الجبل الغربي"], ["طرابلس"], ["الزاوية"]),  # August 2011
  mv("naval_landing", "reported", MIS, ["مصراتة"], ["ميناء طرابلس"]),
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["الذهيبة", "الحدود مع ليبيا"]),  # this week
  mv("redeploy", "conditional", "Tunisian army", ["بن قردان"], ["الذهيبة"]),
  mv("deploy", "planned", GNA, ["نالوت"], ["منفذ وازن"]),
  mv("advance", "denied", "Tunisian army", [], ["وازن"]),
 ],
}

NOTES = {
 "fx1": "Youm7-style anniversary feature from Benghazi: 19 March 2011 (Gaddafi columns Ajdabiya→Benghazi, survivors back "
        "to Ajdabiya, rebels retake Ajdabiya and push to Bin Jawad via Brega and Ras Lanuf) beside this week's LNA "
        "reinforcement Benina→Ajdabiya, a planned Ajdabiya→Brega port rotation with the relieved unit back to Benghazi, "
        "a denied Ajdabiya→Jufra pull-out and Egypt's conditional reinforcement of Sallum; Operation Dignity's launch, "
        "the Egyptian border presence and Cairo as speaker are not moves.",
 "fx2": "Noon Post-style feature from Tripoli on the 2014 airport battle (Misrata column→airport, Zintan pull-out "
        "airport→Zintan via Warshafana and Al-Aziziyah; foreign workers through Ras Ajdir and embassy staff to Tunis "
        "are civilians) beside a 444 Brigade deployment at the airport and Qasr Bin Ghashir, a planned engineer "
        "battalion Misrata→the airport, Zintan's conditional massing at Al-Aziziyah and a denied Zintan column "
        "towards Tripoli via Gharyan.",
 "fx3": "Al-Arab-style feature from Misrata on the tenth anniversary of Bunyan al-Marsous (GNA advance Abu Qurayn→Sirte "
        "via Al-Washka, a sea landing near Sirte port, the PFG at Bin Jawad and Nofaliya, the LNA's September 2016 "
        "oil-port seizure) beside an LNA reinforcement Jufra air base→Sirte, a planned Sirte→Gardabya move, a denied "
        "Russian airlift to Gardabya and Misrata's conditional advance to Abu Qurayn; the parade, US air strikes, the "
        "liberation of Al-Jiza and a returning resident are not moves.",
 "fx4": "Al-Jarida-style feature on seven years since the 2019 Tripoli offensive (LNA Gharyan→Qasr Bin Ghashir/the "
        "airport, Misrata massing in Tajura, Gharyan retaken, Syrian fighters flown to Mitiga, Moscow's denial, Al-Watiya "
        "retaken, Wagner to Bani Walid and flown to Jufra, the LNA out of Tarhuna to Sirte) beside a Turkish shipment "
        "at Al-Khums port, planned Turkish trainers for Al-Watiya and a conditional GNU deployment in Tarhuna; the "
        "Sirte-Jufra line, Cairo, Geneva and Ain Zara are not movement places.",
 "fx5": "Nawaat-style feature from Dehiba on April 2011 (Nalut rebels take the Wazin crossing, Gaddafi soldiers flee to "
        "Dehiba, French arms drops on the Nafusa, the August push Nafusa→Tripoli via Zawiya, Misratans by sea to "
        "Tripoli port; refugee families are civilians) beside a Tunisian reinforcement Medenine→Dehiba and the border, "
        "a conditional Ben Gardane→Dehiba redeploy, a planned GNU force Nalut→the Wazin crossing and Tunis's denial "
        "of a patrol near Wazin.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("fx1", "fx2", "fx3", "fx4", "fx5")
