# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 # Egyptian side of the border
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "sallum_plateau": ("region", "EG", 31.50, 25.10, "Sallum plateau"),                    # K
 "border_eg": ("region", "EG", 31.2, 25.2, "Egypt-Libya border (Egyptian side)"),       # K
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G (alias سيدى برانى)
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G (row مطروح, alias محافظة مطروح)
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "hammam": ("town", "EG", 30.84532, 29.38818, "El Hammam"),                             # G
 "najila": ("town", "EG", 31.40710, 26.58320, "An-Najaylah"),                           # G
 "alamein": ("town", "EG", 30.83007, 28.95502, "El Alamein"),                           # G
 "north_coast": ("region", "EG", 31.0, 28.4, "North Coast of Egypt"),                   # K
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "siwa_airport": ("airport", "EG", 29.345, 25.506, "Siwa Airport"),                     # K
 "farafra": ("town", "EG", 27.05680, 27.96979, "Farafra"),                              # G
 "sandsea": ("region", "EG", 26.00000, 25.00000, "Great Sand Sea"),                     # G
 "western_desert": ("region", "EG", 25.70408, 28.49824, "Western Desert of Egypt"),     # G (row غرب مصر, alias الصحراء الغربية)
 "gilf": ("region", "EG", 23.40000, 25.80000, "Gilf Kebir"),                            # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "rastin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),                 # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "cairo_masr": ("city", "EG", 30.06263, 31.24967, "Cairo"),                             # G* (Cairo row; colloquial «مصر»)
 # Libyan side
 "amsaad_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad border crossing"),   # G (row منفذ امساعد)
 "amsaad": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G (row امساعد, written أمساعد)
 "border_ly_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libyan side)"),  # G (row الحدود الليبية المصرية)
 "east_libya": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),       # G (row برقة, alias الشرق الليبي)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "tobruk_airport": ("airport", "LY", 31.86100, 23.90700, "Tobruk (Gamal Abdel Nasser) Airport"),  # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "kambut": ("town", "LY", 31.90434, 24.47840, "Kambut"),                                # G
 "bardia": ("town", "LY", 31.75000, 25.08333, "Bardia"),                                # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G (row مثلث العوينات, alias المثلث الحدودي)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 # elsewhere
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G (alias الجزائر العاصمة)
}

TRAPS = {
 "qjb1": ["أهل مصر", "قوات حرس الحدود", "الجيش الوطني الليبي", "فرج الجغبوبي", "السؤال المطروح", "ليبية"],
 "qjb2": ["الأسبوع", "محمد بن علي السنوسي", "الملك إدريس السنوسي", "المنطقة العسكرية الغربية", "الليبية", "مصري",
          "الزاوية السنوسية"],
 "qjb3": ["صقور السلوم 2026", "الأهرام المسائي", "تحيا مصر", "السيناريوهات المطروحة", "ليبية", "المصرية"],
 "qjb4": ["الأهالي", "الجيش الليبي", "القيادة العامة للجيش الوطني الليبي", "اللواء طارق بن زياد", "الفيلق الإفريقي", "سعيد الطرابلسي",
          "الروسي", "مصري", "ليبية", "مجلس النواب الليبي"],
 "qjb5": ["الموجز", "قوات حرس الحدود", "المنطقة العسكرية الغربية", "إدريس. م", "مكسب مالي", "اللبنانية",
          "الجيش الوطني الليبي", "الدعم السريع", "السودانية", "مصري"],
}

PHEN = {
 "qjb1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qjb2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_neighbours"],
 "qjb3": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
          "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qjb4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qjb5": ["spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


EG, LNA = "Egyptian army", "Libyan National Army"

MOVES = {
 "qjb1": [
  mv("reinforce", "reported", EG, ["قاعدة محمد نجيب العسكرية"], ["السلوم"], ["سيدى برانى"]),
  mv("deploy", "planned", EG, ["السلوم"], ["هضبة السلوم"]),
  mv("withdraw", "conditional", EG, ["السلوم"], ["الحمام"]),
  mv("mobilise", "denied", LNA, [], ["منفذ امساعد"]),
  mv("shipment", "reported", EG, ["مرسى مطروح"], ["سيدى برانى"]),
 ],
 "qjb2": [
  mv("airlift", "reported", EG, ["قاعدة محمد نجيب العسكرية"], ["مطار سيوة"]),
  mv("advance", "reported", EG, ["سيوة"], ["بحر الرمال الأعظم"]),
  mv("redeploy", "planned", EG, ["الفرافرة"], ["سيوة"]),
  mv("reinforce", "conditional", LNA, ["طبرق"], ["الجغبوب"]),
  mv("advance", "denied", None, ["الجغبوب"], ["سيوة"]),
 ],
 "qjb3": [
  mv("naval_landing", "reported", EG, ["قاعدة رأس التين البحرية"], ["سيدي براني"]),
  mv("mobilise", "reported", EG, [], ["قاعدة محمد نجيب العسكرية"]),
  mv("naval_landing", "planned", EG, [], ["النجيلة"]),
  mv("reinforce", "conditional", EG, [], ["السلوم", "سيوة"]),
  mv("deploy", "denied", EG, [], ["ميناء الحريقة النفطي"]),
 ],
 "qjb4": [
  mv("redeploy", "reported", LNA, ["بنغازي"], ["الجغبوب"], ["طبرق"]),
  mv("shipment", "reported", LNA, ["ميناء طبرق"], ["كمبوت"]),
  mv("deploy", "planned", LNA, [], ["منفذ امساعد"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الخادم"], ["مطار طبرق"]),
  mv("advance", "conditional", EG, [], ["ليبيا"]),
 ],
 "qjb5": [
  mv("reinforce", "reported", EG, ["مرسى مطروح"], ["سيوة"]),
  mv("shipment", "planned", EG, ["القاهرة"], ["السلوم"]),
  mv("mobilise", "reported", LNA, [], ["البردي"]),
  mv("withdraw", "conditional", LNA, ["أمساعد"]),
  mv("advance", "denied", "Sudanese armed groups", [], ["الجلف الكبير"], ["المثلث الحدودي"]),
 ],
}

NOTES = {
 "qjb1": "Governorate news from Matruh (dateline = the governorate): border-guard reinforcements Mohamed Naguib base→"
         "Sallum via Sidi Barrani (written سيدى برانى; El Hammam only locates the base there), a planned company from "
         "them (anaphora «سرية منها» → Sallum) onto the Sallum plateau, a conditional return Sallum→El Hammam, a "
         "denied LNA massing in front of the Amsaad crossing (the Sallum land port, Tobruk and the governor's visit "
         "are not movement places) and a supply convoy Marsa Matruh→Sidi Barrani; traps «أهل مصر» (Egypt inside), "
         "a trader named الجغبوبي and «السؤال المطروح».",
 "qjb2": "Weekly feature from Siwa on the smugglers' route: Jaghbub's history (Senussi founder, King Idris) and the "
         "120 km distance are background, smugglers' cars and a youth going «ينزل مصر» (Cairo, Egyptian colloquial) "
         "are no moves; an airlift of commandos Mohamed Naguib base→Siwa airport, patrols advancing from Siwa into "
         "the Great Sand Sea, a planned battalion Farafra→Siwa, a conditional LNA reinforcement Tobruk→Jaghbub (the "
         "first Jaghbub is only the speaker's town) and a denied crossing of an unnamed armed group Jaghbub→Siwa.",
 "qjb3": "Evening-daily report on the exercise «صقور السلوم 2026» (Sallum inside the name): a marine landing Ras el-Tin "
         "naval base (in Alexandria)→the Sidi Barrani coast, armour massed at the Mohamed Naguib base, a planned "
         "second landing at An-Najaylah, a conditional reinforcement to Sallum and Siwa and a denied frigate trip to "
         "the Hariga oil terminal in Tobruk; the simulated infiltration on the North Coast, the exercise area «بين "
         "النجيلة والسلوم», Cairo (attachés) and El Alamein (distance) are not movements.",
 "qjb4": "Opinion-leaning weekly from Cairo on LNA moves near the border: a battalion of the Tariq Ben Ziyad brigade "
         "Benghazi→Jaghbub via Tobruk, ammunition unloaded at Tobruk port and trucked to Kambut, a planned company "
         "to the Amsaad crossing, a denied Russian Africa Corps airlift Al-Khadim→Tobruk airport and an MP's "
         "conditional «no soldier crosses into Libya unless»; Tripoli (government), Sarir, the Kufra→Sudan smuggling "
         "routes, Siwa (distance) and the Algiers meeting are background; the MP's surname الطرابلسي is a trap.",
 "qjb5": "Crime-desk story from Sallum: a weapons haul seized south of Sallum (spelled السلّوم; no route, no move), "
         "captagon from Tripoli in Lebanon via Benghazi port (contraband, not a force move), border-guard units "
         "Marsa Matruh→Siwa, a planned equipment shipment Cairo→Sallum, an LNA massing in Bardia, a conditional LNA "
         "withdrawal from Emsaed (written أمساعد) and a denied RSF entry into the Gilf Kebir via the border triangle; "
         "suspect «إدريس. م» from Matruh governorate, «مكسب مالي», Kufra and Siwa at the end are background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qjb1", "qjb2", "qjb3", "qjb4", "qjb5")
