# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                            # G* (base row, near Hun/Waddan)
 # qjn1 Tunis terrorism appeal chamber, Ben Guerdane 2016 case (Legal Agenda)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                             # G
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                             # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                 # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                   # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                 # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                   # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                 # G
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                  # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                           # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G* (row منفذ رأس جدير)
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),      # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                     # G
 "el_borma": ("oilfield", "TN", 31.70430, 9.25460, "El Borma oil field"),                # G
 "border_tn_side": ("region", "TN", 32.60, 10.85, "Tunisia-Libya border (Tunisian side)"),  # K
 # qjn2 Port Sudan war-crimes court, RSF supply case (Al-Tayyar)
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                             # G* (row خرطوم)
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                 # G
 "karb_tom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                        # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "uweinat_triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G
 "sarra_base": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),           # G
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                   # G
 "dabba": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                               # K
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                # G
 "border_sd_side": ("region", "SD", 20.80, 25.30, "Sudan-Libya border (Sudanese side)"),  # K
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                    # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                              # G
 # qjn3 Egyptian State Security court, "Oases cell" (Al-Ahaly)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "badr": ("town", "EG", 30.13600, 31.71500, "Badr"),                                     # K
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                   # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                     # G
 "farafra": ("town", "EG", 27.05680, 27.96979, "Farafra"),                               # G
 "assiut": ("city", "EG", 27.18096, 31.18368, "Assiut"),                                 # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                           # G
 "east_oweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                     # G* (row مطار شرق العوينات)
 "kharga": ("town", "EG", 25.45101, 30.54653, "Kharga"),                                 # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                 # G
 "ras_tin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),               # G
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                            # G
 # qjn4 Ouargla criminal appeal court, Ubari arms network (Sawt al-Ahrar)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                  # G* (row kind village)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                  # G
 "awinat": ("town", "LY", 25.78123, 10.56133, "Al Awinat"),                              # G
 "tam_airport": ("airport", "DZ", 22.81150, 5.45110, "Tamanrasset Aguenar Airport"),     # K (written مطار تامنغست)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),    # G
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),              # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                  # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),          # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "djanet_prov": ("district", "DZ", 24.55528, 9.48500, "Djanet Province"),                # G* (town row)
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                  # G* (row جنوب ليبيا)
 # qjn5 ICC confirmation hearing, Tarhuna (Alestiklal)
 "hague": ("city", "NL", 52.07667, 4.29861, "The Hague"),                                # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                               # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G (row مصراتة; written مصراته)
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                               # G
 "qasr_bin_ghashir": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),             # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                            # G
 "bani_walid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
}

TRAPS = {
 "qjn1": ["ملحمة بن قردان", "المفكرة القانونية", "منير القابسي", "نزار الزواري", "وازنت", "الليبية", "الليبي"],
 "qjn2": ["التيار", "الدعم السريع", "صلاح الدنقلاوي", "المياه المالحة", "الجيش الوطني الليبي", "درع السودان",
          "الليبية", "السودانية"],
 "qjn3": ["الأهالي", "محمد بدر الدين", "إدريس عبد الحميد", "خلية الواحات", "المنطقة الجنوبية العسكرية",
          "المصرية", "الليبية"],
 "qjn4": ["صوت الأحرار", "الجيش الوطني الشعبي", "عبد القادر الورقلي", "لغات", "جزائرية", "الليبية", "الليبي"],
 "qjn5": ["الاستقلال", "الكانيات", "الجيش الوطني", "فتحي الترهوني", "الروسية", "الليبي", "اللبنانية"],
}

PHEN = {
 "qjn1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qjn2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "qjn3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "coverage_bases", "coverage_neighbours", "countries"],
 "qjn4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qjn5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qjn1": [
  mv("advance", "reported", None, ["صبراتة"], ["بن قردان"]),
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان"]),
  mv("naval_landing", "reported", "Tunisian army", ["صفاقس"], ["جرجيس"]),
  mv("withdraw", "denied", "Tunisian army", ["بن قردان"], ["جرجيس"]),
  mv("deploy", "reported", "Tunisian army", ["قابس"], ["الذهيبة"]),
  mv("redeploy", "planned", "Tunisian army", ["رمادة"], ["برج الخضراء"]),
  mv("reinforce", "conditional", "Tunisian army", ["تطاوين"], ["معبر رأس جدير"]),
 ],
 "qjn2": [
  mv("advance", "reported", "Sudanese armed groups", ["مليط"], ["كرب التوم"]),
  mv("shipment", "reported", None, ["الكفرة"], ["كرب التوم"], ["مثلث العوينات"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["وادي هور"]),
  mv("airlift", "denied", "Libyan National Army", ["قاعدة معطن السارة"], ["نيالا"]),
  mv("deploy", "reported", None, ["الدبة"], ["المالحة"]),
  mv("advance", "planned", "Sudanese armed groups", ["المالحة"], ["كرب التوم"]),
  mv("advance", "conditional", None, [], ["الحدود مع ليبيا"]),
 ],
 "qjn3": [
  mv("advance", "reported", None, ["درنة"], ["الفرافرة"], ["سيوة"]),
  mv("reinforce", "reported", "Egyptian army", ["أسيوط"], ["الفرافرة"]),
  mv("shipment", "denied", None, ["طبرق"], ["مرسى مطروح"]),
  mv("deploy", "reported", "Egyptian army", ["الخارجة"], ["شرق العوينات"]),
  mv("naval_landing", "planned", "Egyptian army", ["قاعدة رأس التين البحرية"], ["سيدي براني"]),
  mv("advance", "conditional", "Egyptian army", [], ["الجغبوب"]),
 ],
 "qjn4": [
  mv("shipment", "reported", None, ["أوباري"], ["جانت"], ["غات"]),
  mv("deploy", "reported", "Algerian army", ["إليزي"], ["جانت"]),
  mv("airlift", "denied", "Algerian army", ["جانت"], ["العوينات"]),
  mv("airlift", "reported", "Algerian army", ["مطار تامنغست"], ["مطار جانت"]),
  mv("redeploy", "planned", "Algerian army", ["برج عمر إدريس"], ["الدبداب"]),
  mv("withdraw", "conditional", "Algerian army", ["جانت"]),
 ],
 "qjn5": [
  mv("advance", "reported", "Libyan National Army", ["غريان"], ["قصر بن غشير"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["ترهونة"]),
  mv("withdraw", "reported", "Wagner Group", ["ترهونة"], ["بني وليد"]),
  mv("airlift", "reported", "Wagner Group", ["بني وليد"], ["الجفرة"]),
  mv("reinforce", "denied", "Libyan National Army", ["الجفرة"], ["ترهونة"]),
  mv("deploy", "reported", "GNA forces", ["مصراته"], ["ترهونة"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["ترهونة"]),
  mv("withdraw", "conditional", "GNA forces", ["ترهونة"]),
 ],
}

NOTES = {
 "qjn1": "Tunis terrorism appeal chamber (venue Tunis, the city; 'أمن تونس' the country) re-hears the 2016 Ben Guerdane "
         "attack: the indictment's IS gunmen Sabratha→Ben Guerdane (actor null), a witness's army reinforcements "
         "Medenine→Ben Guerdane and a navy unit landed Sfax→Zarzis coast, a lawyer's claim of an army pull-back "
         "Ben Guerdane→Zarzis denied by the prosecutor; then the defence ministry's unit from Gabes placed in Dehiba "
         "(Wazin only the watched area), a planned company Remada→Borj El Khadra (El Borma field only the purpose) "
         "and a conditional push Tataouine→Ras Ajdir crossing; Tripoli only the coordination partner. Traps: the case "
         "name 'ملحمة بن قردان', the judge القابسي, the lawyer الزواري, the verb 'وازنت' (Wazin).",
 "qjn2": "Port Sudan war-crimes court hears the RSF supply case: the investigator (name contains Dongola) recounts an RSF "
         "column Mellit→Karb al-Tom, smugglers' shipments Kufra→Karb al-Tom via the Uweinat triangle and RSF massing in "
         "Wadi Howar; the defence files an LNA statement denying cargo flights Maaten al-Sarra base→Nyala; the Sudanese "
         "army (actor null) reports a force Ad Dabbah→Al Malha, the Joint Force plans Al Malha→Karb al-Tom, and the "
         "army makes an advance toward the border with Libya conditional. Khartoum (the court's old seat) and El Fasher "
         "(distance) are background; 'المياه المالحة' and 'درع السودان' are traps.",
 "qjn3": "Egyptian State Security court (venue Badr, judge 'بدر الدين', witness Idris) tries the 'Oases cell' (a Libyan "
         "district name inside the case name): the cell Derna ('منها')→Farafra via Siwa (actor null), army "
         "reinforcements Assiut→Farafra, a defendant's denial of carrying arms Tobruk→Marsa Matruh; then a border-guard "
         "battalion Kharga→East Oweinat (the border triangle only its purpose), a planned marine landing Ras el-Tin "
         "naval base→Sidi Barrani beach (Sallum only the extent of the plan) and a conditional advance toward Jaghbub; "
         "the 2014 Farafra attack is background.",
 "qjn4": "Ouargla criminal appeal court (dateline Algiers; 'أمن الجزائر' the country) tries an arms network: a shipment "
         "Ubari→Djanet via Ghat (Ghat also inside 'لغات'; the Isayen crossing avoided, not a via), an army detachment "
         "Illizi→near Djanet, a defendant's claim of helicopters Djanet→Al Awinat (the Libyan town) denied by the "
         "prosecutor; then an airlift Tamanghasset airport→Djanet airport, a planned battalion Bordj Omar Driss "
         "(contains إدري)→Debdeb and a conditional stay of the units in Djanet tied to Southern Libya (Sharara field "
         "and Djanet province only background).",
 "qjn5": "ICC confirmation hearing in The Hague on Tarhuna ('الكانيات' militia; suspect arrested in Tripoli, Lebanon): a "
         "witness speaking from Misrata (written مصراته; speaker place) recounts the LNA advance Gharyan→Qasr Bin "
         "Ghashir south of Tripoli and its massing in Tarhuna; a second witness the Wagner withdrawal Tarhuna→Bani "
         "Walid and airlift from there ('منها') to Al-Jufra; the defence denies LNA reinforcements Al-Jufra→Tarhuna; "
         "the GNU deploys a force Misrata→Tarhuna, plans a military-police company from Tripoli, and its commander "
         "makes leaving Tarhuna conditional.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qjn1", "qjn2", "qjn3", "qjn4", "qjn5")
