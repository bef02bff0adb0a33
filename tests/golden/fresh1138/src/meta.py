# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# G* = gazetteer row reused under another label/kind (listed in the README). No row here comes from own knowledge.
P = {
 # countries and capitals
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                  # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                   # G
 "qatar": ("country", "QA", 25.36383, 51.13780, "Qatar"),                                 # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                             # G (row نجامينا)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                              # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                              # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                         # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G
 # Sabha and its quarters
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                    # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                 # G
 "tayouri": ("district", "LY", 27.03766, 14.42832, "Al-Tayouri (Sabha)"),                 # G* (row kind town)
 "manshiya": ("district", "LY", 27.03766, 14.42832, "Al Manshiya (Sabha)"),               # G* (row kind town)
 "abdulkafi": ("district", "LY", 27.03766, 14.42832, "Abdulkafi (Sabha)"),                # G* (row kind town)
 "qurda": ("district", "LY", 27.03766, 14.42832, "Al Qurda (Sabha)"),                     # G* (row kind town)
 "sukra": ("district", "LY", 27.03766, 14.42832, "Sukra (Sabha)"),                        # G* (row kind town)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                   # G
 # Wadi al-Shati and Wadi al-Hayat
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                      # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                        # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                  # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                      # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),             # G
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                   # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                    # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                          # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                    # G
 "tekerkiba": ("town", "LY", 26.54340, 13.21510, "Tekerkiba"),                            # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),               # G
 # Murzuq and the east of the Fezzan
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                  # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq District"),                # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                                # G
 "um_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                        # G
 "zuwila": ("town", "LY", 26.16188, 15.12522, "Zuwila"),                                  # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                             # G
 "waw": ("village", "LY", 25.35000, 16.72000, "Wau al-Kabir"),                            # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                               # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),              # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libya side)"),  # G* (row الحدود الليبية النيجرية)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libya side)"),   # G* (row الحدود الليبية التشادية)
 # vague areas
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                      # G* (row جنوب ليبيا, written الجنوب الليبي)
}

TRAPS = {
 "qqw1": ["UTV", "المنطقة العسكرية سبها", "اللواء طارق بن زياد", "شركة البريقة لتسويق النفط"],
 "qqw2": ["عدن المستقلة", "عبد السلام القطروني", "جبهة الوفاق من أجل التغيير في تشاد", "التشادية"],
 "qqw3": ["الموصلية", "المنطقة العسكرية سبها", "مصطفى السبهاوي"],
 "qqw4": ["السعيدة", "الفيلق الإفريقي", "الهلال الأحمر الليبي", "إدريس الحضيري", "روسية"],
 "qqw5": ["شبوة برس", "اللواء طارق بن زياد", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "التشادية"],
}

PHEN = {
 "qqw1": ["clitics", "multiword", "media_trap", "operation_trap", "coverage_oil", "countries"],
 "qqw2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "vague_area",
          "border_phrase", "coverage_crossings", "coverage_neighbours", "countries", "town_vs_district"],
 "qqw3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "coverage_bases"],
 "qqw4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "coverage_bases"],
 "qqw5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qqw1": [
  mv("redeploy", "reported", "Libyan National Army", ["حقل الشرارة"], ["جرمة"], ["أوباري", "الغريفة"]),
  mv("withdraw", "reported", "Libyan National Army", ["جرمة"], ["حقل الشرارة"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["جرمة"]),
  mv("reinforce", "planned", "Libyan National Army", ["جرمة"], ["تكركيبة"]),
  mv("withdraw", "denied", "Libyan National Army", ["أوباري"], ["براك"]),
  mv("advance", "conditional", "Libyan National Army", [], ["أوباري"]),
 ],
 "qqw2": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["مرزق"], ["أم الأرانب"]),
  mv("withdraw", "reported", "Chadian armed groups", ["تراغن"], ["القطرون"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["القطرون"]),
  mv("deploy", "planned", "Libyan National Army", [], ["تراغن", "زويلة"]),
  mv("advance", "conditional", "Libyan National Army", [], ["منفذ التوم"]),
  mv("advance", "denied", "Chadian armed groups", [], ["مرزق"]),
 ],
 "qqw3": [
  mv("advance", "reported", None, ["الطيوري"], ["المنشية"]),
  mv("withdraw", "reported", None, ["المنشية"], ["الطيوري"]),
  mv("deploy", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["المنشية", "عبد الكافي"]),
  mv("redeploy", "planned", "Libyan National Army", ["مطار سبها"], ["الطيوري"]),
  mv("reinforce", "conditional", "Libyan National Army", ["براك"], ["سبها"]),
  mv("reinforce", "denied", "Foreign fighters", ["أم الأرانب"], ["عبدالكافي"]),
 ],
 "qqw4": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("redeploy", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["إدري"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["قاعدة براك الجوية"]),
  mv("redeploy", "denied", "Russian forces", ["براك"], ["قاعدة تمنهنت"]),
  mv("advance", "conditional", "Libyan National Army", ["إدري"], ["الحدود الليبية الجزائرية"]),
 ],
 "qqw5": [
  mv("advance", "reported", None, ["الواو الكبير"], ["زويلة"], ["تمسة"]),
  mv("deploy", "reported", "Libyan National Army", ["أم الأرانب"], ["زويلة"]),
  mv("deploy", "planned", "Libyan National Army", [], ["تمسة", "الواو الكبير"]),
  mv("advance", "conditional", "Libyan National Army", [], ["الحدود مع تشاد"]),
  mv("deploy", "denied", "Chadian armed groups", ["تيبستي"], ["تمسة"]),
 ],
}

NOTES = {
 "qqw1": "Iraqi satellite channel (UTV) with a Sabha correspondent on a night column in Wadi al-Hayat: an LNA column "
         "(Tariq bin Ziyad brigade, owner named only in the noon statement) moved at 2 a.m. from the Sharara field "
         "through Ubari and Al-Ghurayfa to the western entrance of Germa (redeploy reported), six vehicles went back "
         "Germa→Sharara at 7 a.m. (withdraw reported), three ammunition trucks and a military fuel tanker Sabha→Germa "
         "to supply the column (shipment reported), a company is to go Germa→Tekerkiba tomorrow (reinforce planned), "
         "a pull-out Ubari→Brak is denied and the brigade will enter Ubari only on a written request (advance "
         "conditional; Al-Ghurayfa inside that condition is no movement place); the fuel convoy outside Ubari bound "
         "for Sabha is civilian, and the 2014-2016 clashes, Qatar's truce, Tripoli's silence, the Ubari hospital and "
         "the Wadi al-Hayat MP are not movements.",
 "qqw2": "Aden Independent Channel (AIC) from Murzuq on a night clash on the Traghen-Murzuq road: LNA reinforcements "
         "Sabha→Murzuq via Umm al-Aranib at 4 a.m. (reinforce reported), the gunmen (with Chadian opposition members) "
         "pulling back from around Traghen towards Al-Qatrun (withdraw reported) and massing by its northern entrance "
         "(mobilise reported), two companies to deploy in Traghen and "
         "Zuwila (planned), no advance on the Toummo crossing without orders (conditional; the border with Niger only "
         "locates the crossing) and FACT's denial that its fighters entered Murzuq; families fleeing to Murzuq "
         "(written مرزوق) and the 2019 displacement to Sabha and Ubari are civilian; Tripoli is a metonym; the colonel "
         "«القطروني» holds Al-Qatrun.",
 "qqw3": "Mosul channel Al-Mawsilya from Sabha on a night of shooting in Al-Tayouri: Al-Tayouri gunmen advancing to the "
         "Al-Manshiya roundabout and falling back into their quarter (null actor), an LNA separation force Tamanhint "
         "base→Al-Manshiya and Abdulkafi at 6 a.m. (deploy reported), a battalion Sabha airport→Al-Tayouri tomorrow "
         "(redeploy planned), brigade 128 from Brak to Sabha if shooting resumes in Al-Tayouri (reinforce conditional) "
         "and denied foreign fighters Umm al-Aranib→Abdulkafi (written عبدالكافي); families leaving for Al-Qurda and "
         "Sukra, the wounded taken to the medical centre and the notables' meeting in Al-Manshiya are civilian.",
 "qqw4": "Yemeni channel Al-Saeeda from Brak: a Russian Il-76 Jufra air base→Brak air base at 2:45 a.m. (airlift "
         "reported, Africa Corps), an LNA column of 18 vehicles leaving the base for Idri (redeploy reported), a second "
         "flight Benina air base→Brak air base next week (airlift planned), a denied Russian move Brak→Tamanhint base and "
         "no advance beyond Idri to the Libya-Algeria border unless smugglers are seen (conditional); the Red Crescent "
         "convoy Sabha→Brak is civilian; «إدريس الحضيري» holds إدري; Tripoli and Benghazi are metonyms.",
 "qqw5": "Yemeni news site Shabwah Press on a column of thirty unmarked cars crossing Tmassah (also written تمسه) at "
         "2:30 a.m. from Wau al-Kabir towards Zuwila (advance reported, actor null), an LNA company Umm al-Aranib→Zuwila "
         "to intercept it (deploy reported), planned checkpoints in Tmassah and Wau al-Kabir, pursuit to the border "
         "with Chad only if the column is Chadian (conditional) and the CCMSR's denial of sending fighters Tibesti→"
         "Tmassah; the WFP convoy Sabha→Murzuq is civilian, N'Djamena is a metonym and Southern Libya sits inside the "
         "denial.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qqw1", "qqw2", "qqw3", "qqw4", "qqw5")
BAR_IN_TEXT = True  # qqw5's headline starts «عاجل |»
