# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "jordan": ("country", "JO", 31.26963, 36.29991, "Jordan"),                             # G
 # Tripoli and its southern suburbs (shared)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "south_tripoli": ("region", "LY", 32.78, 13.20, "Southern Tripoli"),                   # K
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                             # G
 "ainzara_mun": ("district", "LY", 32.81330, 13.26970, "Ain Zara municipality"),        # G* (town row)
 "salahdin": ("town", "LY", 32.815, 13.210, "Salah al-Din (Tripoli)"),                  # K (gazetteer row has the Tripoli centre point)
 "furjan": ("town", "LY", 32.790, 13.180, "Khallet al-Furjan"),                         # K
 "rabie": ("town", "LY", 32.785, 13.330, "Wadi al-Rabie"),                              # K (gazetteer row has the Tripoli centre point)
 "abusalim": ("town", "LY", 32.88743, 13.18733, "Abu Salim"),                           # G
 "abusalim_mun": ("district", "LY", 32.88743, 13.18733, "Abu Salim municipality"),     # G* (town row)
 "souqjuma": ("town", "LY", 32.88300, 13.23300, "Souq al-Juma"),                        # G
 "qasr": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                        # G
 "tajoura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                               # G
 "tripoli_airport": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),  # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "yarmouk": ("base", "LY", 32.805, 13.220, "Yarmouk Camp"),                             # K (gazetteer row has the Tripoli centre point)
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "sawani": ("town", "LY", 32.71667, 13.06667, "As Sawani"),                             # G
 # west and centre of Libya
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "misrata_port": ("crossing", "LY", 32.370, 15.215, "Port of Misrata (Qasr Ahmed)"),    # K
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al-Qarabulli"),                  # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),          # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya"),                      # G* (row إقليم طرابلس)
 # Tunisia and the border
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),       # G
 "border_lytn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),           # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 32.90, 11.50, "Libya-Tunisia border (Libyan side)"),     # K
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "border_eg": ("region", "EG", 31.3, 25.1, "Egypt-Libya border (Egyptian side)"),       # K
 # Turkey, Lebanon, Jordan
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "akkar": ("district", "LB", 34.54278, 36.07972, "Akkar"),                              # G* (row حلبا, Akkar's seat)
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G
}

TRAPS = {
 "qao1": ["فرانس 24", "الليبية", "سرت", "مصلحة الطيران المدني", "المصراتية", "وكالة الصحافة الفرنسية",
          "اللواء 444 قتال"],
 "qao2": ["صدى البلد", "الخارجية المصرية", "الجيش الوطني الليبي", "قوة الردع", "صلاح الدين الفيتوري", "المصراتية",
          "جهاز دعم الاستقرار", "إدريس الشريف", "مصرياً", "المصريين"],
 "qao3": ["القدس العربي", "التركية", "إدريس القماطي", "جهاز الأمن العام", "المصراتية", "قوة الردع الخاصة", "تونسي",
          "قوة حماية طرابلس"],
 "qao4": ["LBCI", "اللبنانية", "اللواء 444 قتال", "ليبيا الأحرار", "المنطقة العسكرية الغربية", "الأمن المركزي",
          "الزاوية", "موسى الصدر", "اللبنانيين", "لبنانية"],
 "qao5": ["رؤيا", "الأردنية", "تونسي", "المجلس الرئاسي", "جهاز دعم الاستقرار", "محمود الزاوي", "بوابة الوسط",
          "الليبية", "الأردنيين"],
}

PHEN = {
 "qao1": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
          "town_vs_district", "coverage_bases"],
 "qao2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qao3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qao4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_bases", "coverage_crossings",
          "countries"],
 "qao5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qao1": [
  mv("advance", "conditional", "Zintan forces", ["العزيزية"], ["مطار طرابلس الدولي"]),
  mv("deploy", "planned", "GNA forces", [], ["صلاح الدين", "وادي الربيع"]),
  mv("withdraw", "denied", "GNA forces", ["خلة الفرجان"]),
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["تاجوراء"], ["القره بوللي"]),
  mv("advance", "reported", "GNA forces", ["قصر بن غشير"], ["عين زارة"]),
 ],
 "qao2": [
  mv("advance", "denied", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["بني وليد"]),
  mv("mobilise", "reported", "GNA forces", [], ["سوق الجمعة"]),
  mv("shipment", "planned", "Misrata forces", ["مصراتة"], ["وادي الربيع"], ["زليتن"]),
  mv("reinforce", "reported", "GNA forces", ["ابوسليم"], ["صلاح الدين"]),
  mv("withdraw", "conditional", "GNA forces", ["صلاح الدين"]),
 ],
 "qao3": [
  mv("deploy", "denied", "Turkish armed forces", ["قاعدة الوطية"], ["طرابلس"]),
  mv("withdraw", "reported", "GNA forces", ["معسكر اليرموك"], ["قصر بن غشير"]),
  mv("naval_landing", "planned", "Misrata forces", ["ميناء مصراتة"], ["ميناء طرابلس"]),
  mv("redeploy", "planned", "GNA forces", ["ترهونة"], ["قصر بن غشير"]),
  mv("deploy", "reported", "GNA forces", ["قاعدة معيتيقة"], ["عين زارة"]),
  mv("reinforce", "conditional", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
 ],
 "qao4": [
  mv("redeploy", "reported", "GNA forces", ["وادي الربيع"], ["عين زارة"]),
  mv("airlift", "reported", "GNA forces", ["مطار مصراته"], ["قاعدة معيتيقة"]),
  mv("mobilise", "denied", "Zintan forces", [], ["السواني"]),
  mv("naval_landing", "reported", "GNA forces", ["ميناء الخمس"], ["ميناء طرابلس"]),
  mv("deploy", "planned", "GNA forces", [], ["أبو سليم"]),
  mv("withdraw", "conditional", "Misrata forces", ["تاجورا"], ["مصراتة"]),
 ],
 "qao5": [
  mv("reinforce", "conditional", "Tunisian army", ["بن قردان"], ["معبر رأس اجدير"]),
  mv("deploy", "planned", "GNA forces", ["سوق الجمعة"], ["عين زارة"]),
  mv("airlift", "denied", "Syrian mercenaries", ["قاعدة الوطية"], ["مطار معيتيقة"]),
  mv("shipment", "reported", "GNA forces", ["الزاوية"], ["خلة الفرجان"], ["جنزور"]),
 ],
}

NOTES = {
 "qao1": "France 24 live page, newest first: Zintan's conditional advance Al-Aziziyah→Tripoli airport (Zintan only the "
         "council's seat); a planned interior-ministry separation force to Salah al-Din and Wadi al-Rabie; a correction "
         "turning a reported pull-out from Khallet al-Furjan into a denied one; a Misrata column Misrata→Tajoura via "
         "Garabulli; an unverified 444 Brigade advance Qasr Bin Ghashir→Ain Zara. Flights moved Mitiga→Misrata airport, "
         "the Abu Salim hospital, the Ain Zara municipality and the 'time in Tripoli' credit are not movements; «سرت» is "
         "the verb 'spread'.",
 "qao2": "Sada El Balad live page: the LNA denies a column Jufra air base→Bani Walid (Tripoli only the subject of the "
         "quote); an unverified Radaa massing in Souq al-Juma; a planned ammunition/fuel convoy Misrata→Wadi al-Rabie "
         "via Zliten; SSA reinforcements Abu Salim→Salah al-Din; the SSA's conditional pull-out from Salah al-Din "
         "(بمجرد). Egyptian workers through the Sallum land port, the calm border, the Zawiya refinery and the closed "
         "airport roads are not movements; the colonel Salah al-Din al-Fitouri is a person.",
 "qao3": "Al-Quds Al-Arabi (Tunis dateline): Ankara denies Turkish troops Al-Watiya→Tripoli; a reported pull-out "
         "Yarmouk camp→Qasr Bin Ghashir; a planned landing Misrata port→Tripoli port; a planned battalion "
         "Tarhuna→Qasr Bin Ghashir (the airport only the road's end, not a destination); Radaa armour Mitiga base→Ain "
         "Zara; a conditional Tunisian reinforcement Tataouine→Dehiba (Wazin and the Libya-Tunisia border only "
         "locator and condition). Shelling of Wadi al-Rabie and Mellitah are not movements; «قوة حماية طرابلس» is a trap.",
 "qao4": "LBCI live page: Tripoli of Libya vs Tripoli of Lebanon (title pair, then plain «طرابلس» = Lebanon beside "
         "Akkar); 444 Brigade units Wadi al-Rabie→Ain Zara; an ammunition flight Misrata airport→Mitiga base; Zintan "
         "forces' denied massing in As-Sawani; a landing Khoms port→Tripoli port; a planned Central Security deployment "
         "in Abu Salim; Misrata forces' conditional return Tajoura→Misrata (the first Misrata is the speaker's town). "
         "«من هذه الزاوية» is a common-word trap.",
 "qao5": "Roya live page (Amman dateline): Jordanian students to Tunis through Ras Ajdir and home to Amman are civilian "
         "travel, not movements; a conditional Tunisian reinforcement Ben Gardane→Ras Ajdir crossing; a planned neutral "
         "force Souq al-Juma→Ain Zara; a denied airlift of Syrian mercenaries Al-Watiya→Mitiga airport; an unverified "
         "ammunition convoy Zawiya→Khallet al-Furjan via Janzour. The correction about Janzour (fighting did not reach "
         "it) adds no movement.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qao1", "qao2", "qao3", "qao4", "qao5")
