# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "jordan": ("country", "JO", 31.26963, 36.29991, "Jordan"),                             # G
 # Greater Tripoli
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                             # G
 "ainzara_mun": ("district", "LY", 32.81330, 13.26970, "Ain Zara municipality"),        # G* (town row)
 "souqjuma": ("town", "LY", 32.88300, 13.23300, "Souq al Jum'aa"),                      # G
 "tajoura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                               # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "abusalim": ("town", "LY", 32.852, 13.190, "Abu Salim"),                               # K (gazetteer row has the Tripoli centre point)
 "abusalim_mun": ("district", "LY", 32.852, 13.190, "Abu Salim municipality"),          # K
 "salahaldin": ("town", "LY", 32.805, 13.200, "Salah al-Din (Tripoli)"),                # K (gazetteer row has the Tripoli centre point)
 "tekbali": ("base", "LY", 32.812, 13.196, "Tekbali Camp (Tripoli)"),                   # K (gazetteer row has the Tripoli centre point)
 "wadirabie": ("town", "LY", 32.765, 13.295, "Wadi al Rabie"),                          # K (gazetteer row has the Tripoli centre point)
 "abusitta": ("base", "LY", 32.904, 13.218, "Abu Sitta Naval Base"),                    # K (gazetteer row has the Tripoli centre point)
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "qasr": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                        # G
 "swani": ("town", "LY", 32.71667, 13.06667, "As Sawani"),                              # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                  # G
 "south_tripoli": ("region", "LY", 32.72, 13.18, "Southern Tripoli (outskirts)"),       # K
 # west of the capital (qgd3)
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "camp27": ("base", "LY", 32.810, 12.910, "Camp 27 (Kilometre 27)"),                    # K (gazetteer row has the Janzour point)
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "zahra": ("town", "LY", 32.67889, 12.87327, "Az Zahra"),                               # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G
 "border_tn": ("region", "LY", 33.05, 11.70, "Libya-Tunisia border (Libyan side, coast)"),  # K
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 # south and south-east of the capital (qgd4)
 "sidisayeh": ("town", "LY", 32.33462, 13.47942, "Sidi as-Sayeh"),                      # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G* (row عمان, written عمّان)
 # Lebanon (qgd2)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tabbaneh": ("district", "LB", 34.44300, 35.84000, "Bab al-Tabbaneh"),                  # G (gazetteer kind town)
 "jabalmohsen": ("district", "LB", 34.44400, 35.84600, "Jabal Mohsen"),                  # G (gazetteer kind town)
 "akkar": ("district", "LB", 34.54278, 36.07972, "Akkar"),                              # G* (row حلبا (Akkar))
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G* (row شمال لبنان)
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 # east of the capital and Egypt (qgd5)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),      # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "border_eg": ("region", "EG", 31.3, 25.1, "Egypt-Libya border (Egyptian side)"),       # K
}

TRAPS = {
 "qgd1": ["اللواء 444 قتال", "القدس العربي", "الجنزوري", "جهاز الردع", "يوم الجمعة", "المصراتية", "الليبية",
          "اللبنانية"],
 "qgd2": ["اللواء", "جهاز الردع", "الليبية", "التركية", "اللبنانيين", "لبنانيون", "الخارجية اللبنانية"],
 "qgd3": ["المنطقة العسكرية الساحل الغربي", "العرب", "كتيبة فرسان جنزور", "الزنتاني", "تونسية"],
 "qgd4": ["رؤيا", "الكتيبة 93 مشاة", "صلاح الدين المشاي", "الجيش الوطني الليبي", "إدريس الورفلي", "الأردنيين",
          "الليبية"],
 "qgd5": ["صدى البلد", "جهاز الردع", "عبد السلام الإدريسي", "مصر للطيران", "مصرية", "المصريين", "الليبية"],
}

PHEN = {
 "qgd1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "town_vs_district"],
 "qgd2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_bases", "coverage_crossings", "countries"],
 "qgd3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qgd4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases",
          "coverage_crossings", "countries"],
 "qgd5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qgd1": [
  mv("withdraw", "reported", "GNA forces", ["عين زارة"], ["السواني"], ["قصر بن غشير"]),
  mv("deploy", "planned", "GNA forces", [], ["عين زارة"]),
  mv("mobilise", "denied", "GNA forces", [], ["سوق الجمعة"]),
  mv("reinforce", "conditional", "Misrata forces", ["مصراتة"], ["تاجوراء"]),
 ],
 "qgd2": [
  mv("redeploy", "reported", "GNA forces", ["تاجوراء"], ["القره بوللي"]),
  mv("deploy", "planned", "GNA forces", [], ["مطار معيتيقة"]),
  mv("withdraw", "conditional", "GNA forces", ["قاعدة معيتيقة"]),
  mv("airlift", "denied", "Turkish armed forces", ["أنقرة"], ["قاعدة معيتيقة"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء طرابلس"]),
  mv("mobilise", "reported", None, [], ["تاجوراء"]),
 ],
 "qgd3": [
  mv("deploy", "reported", "GNA forces", ["الزاوية"], ["جنزور"], ["الماية"]),
  mv("withdraw", "conditional", "GNA forces", ["جنزور"]),
  mv("redeploy", "planned", "GNA forces", ["جنزور"], ["معسكر 27"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["الزهراء"]),
 ],
 "qgd4": [
  mv("redeploy", "reported", "GNA forces", ["أبو سليم"], ["وادي الربيع"], ["صلاح الدين"]),
  mv("redeploy", "planned", "GNA forces", ["معسكر التكبالي"], ["سيدي السايح"]),
  mv("advance", "conditional", "GNA forces", ["قصر بن غشير"], ["أبو سليم"]),
  mv("shipment", "reported", "GNA forces", ["ميناء طرابلس"], ["معسكر التكبالي"]),
  mv("reinforce", "denied", "Libyan National Army", ["بني وليد"], ["ترهونة"]),
 ],
 "qgd5": [
  mv("airlift", "reported", "GNA forces", ["مطار مصراتة"], ["مطار معيتيقة"]),
  mv("withdraw", "planned", "GNA forces", ["مطار معيتيقة"], ["سوق الجمعة"]),
  mv("shipment", "denied", "GNA forces", ["ميناء الخمس"], ["تاجوراء"]),
  mv("naval_landing", "conditional", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء الخمس"]),
 ],
}

NOTES = {
 "qgd1": "Brigade 444 pulls its heavy vehicles out of Ain Zara to camps in Al-Swani via Qasr Bin Ghashir (reported); "
         "an Interior Ministry force is to deploy in Ain Zara (planned; Ain Zara municipality only the speaker); "
         "Radaa denies massing in Souq al-Juma ('يوم الجمعة' is a common-word trap); a Misrata brigade will move to "
         "Tajoura only if asked or if the capital is attacked (conditional, origin Misrata by anaphora 'in the city'). "
         "Tripoli (dateline, 'columns entering Tripoli'), Abu Salim, Mitiga airport, Janzour and the second Tajoura "
         "are background places, not movement places.",
 "qgd2": "Two battalions redeployed Tajoura→a camp near Garabulli (reported); a joint force is to take over Mitiga "
         "airport (planned); Radaa will not withdraw from Mitiga base until the handover is complete (conditional); "
         "Turkey denies a military cargo flight Ankara→Mitiga base (denied). Flights Mitiga→Beirut and stranded "
         "Lebanese from Tripoli (Lebanon) and Akkar are civilian; Beirut is the dateline; 'اللواء' is the paper and "
         "a rank.",
 "qgd3": "A dispute-resolution force Zawiya→Janzour via Al-Maya (reported); it will not withdraw from Janzour until "
         "weapons are handed over (conditional); Janzour battalions are to move heavy weapons to Camp 27 (planned, "
         "origin Janzour by 'from the city centre'); Zintan denies a column Zintan→Az-Zahra (denied; Janzour only "
         "locates Az-Zahra). Tunis is the dateline; Ras Ajdir, the border, the Zawiya refinery and the western coast "
         "are background.",
 "qgd4": "Battalion 93 moved Abu Salim→a camp in Wadi al-Rabie via Salah al-Din (reported); another battalion is to "
         "leave Tekbali camp for Sidi as-Sayeh (planned); the reserve force in Qasr Bin Ghashir will intervene in Abu "
         "Salim if clashes resume (conditional); the LNA denies reinforcements Bani Walid→Tarhuna (denied; southern "
         "Tripoli only in the quote). Amman (dateline and ministry), Jordan, Libya are not movement places.",
 "qgd5": "Two military planes flew 120 military police Misrata airport→Mitiga airport (reported); Radaa is to pull "
         "its men out of the airport to its HQs in Souq al-Juma (planned, origin by anaphora 'the airport'); the navy "
         "will deploy boats from Abu Sitta naval base in Tripoli port if arms smuggling recurs (conditional); a Tajoura "
         "battalion denies an arms shipment Khoms port→Tajoura (denied). Flights diverted to Misrata airport, Egypt's "
         "border guards raising readiness 'without any change in deployment', and EgyptAir are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qgd1", "qgd2", "qgd3", "qgd4", "qgd5")
