# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                   # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                   # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                    # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                     # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                   # G
 # shared Libyan cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                   # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                                 # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                 # G
 # oj1 Kufra and the Sudanese border
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                      # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),                 # G* (town row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                   # G
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                   # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                                # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                        # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                                  # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                  # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),     # G* (row الحدود الليبية السودانية)
 "border_ly": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),                   # G* (row الحدود الليبية السودانية)
 "uweinat": ("region", "LY", 21.90000, 24.97000, "Jebel Uweinat"),                          # K
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),         # G* (row مثلث العوينات)
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                   # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                           # G
 "maaten": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                  # G
 # oj2 western coast, Italy, Lebanon
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                              # G
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                        # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                                # G
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port"),                      # K
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                    # G
 "tripoli_port": ("crossing", "LY", 32.90300, 13.18500, "Tripoli port"),                    # K
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),        # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                                 # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                     # G
 "west_libya": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),        # G* (row إقليم طرابلس)
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                           # G
 # oj3 Ghat, Djanet, Illizi
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                        # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),                   # G* (town row)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                     # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                     # G* (row kind village)
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),         # G* (row منفذ إيسين)
 "sw_libya": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                   # G* (row الجنوب الغربي)
 "illizi_dist": ("district", "DZ", 26.97285, 7.86520, "Illizi province"),                   # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                     # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                   # G
 "border_dz_ly": ("region", "DZ", 24.80000, 9.85000, "Algeria-Libya border (Algerian side)"),  # K
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                      # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                               # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                     # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                 # G
 # oj4 Ras Ajdir and southern Tunisia
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),           # G
 "rasajdir_ly": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G* (row منفذ رأس جدير)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                           # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                                # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                      # G
 "border_tn_ly": ("region", "TN", 33.00000, 11.35000, "Tunisia-Libya border (Tunisian side)"),  # K
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                    # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                              # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                      # G
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                                  # G
 # oj5 Tobruk, Crete and the Egyptian border
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                    # G
 "tobruk_port": ("crossing", "LY", 32.07000, 23.98000, "Tobruk port"),                      # K
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                    # G
 "marsa_matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                        # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),                # G
 "kambut": ("town", "LY", 31.90434, 24.47840, "Kambut"),                                    # G
 "east_libya": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),           # G* (row برقة)
 "gamal_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),           # G* (row مطار طبرق)
 "bomba_gulf": ("region", "LY", 32.40000, 23.10000, "Gulf of Bomba"),                       # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                    # G
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                        # G
 "border_eg_ly": ("region", "EG", 31.30000, 25.10000, "Egypt-Libya border (Egyptian side)"),  # K
 "sallum_port": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),                 # G* (row منفذ امساعد)
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad border crossing"),                # G
 "piraeus_port": ("crossing", "GR", 37.94203, 23.64619, "Port of Piraeus"),                 # G* (city row بيرايوس)
 "dakahlia": ("district", "EG", 31.04968, 31.49762, "Dakahlia Governorate"),                # G
}

TRAPS = {
 "oj1": ["الدعم السريع", "دبنقا", "اللواء طارق بن زياد", "محمد الإدريسي", "سوداني", "المالي",
         "منطقة الكفرة العسكرية"],
 "oj2": ["الليبي", "يورونيوز", "الإيطالية", "عماد الطرابلسي", "القبرصية", "عملية إيريني",
         "منطقة الساحل الغربي العسكرية"],
 "oj3": ["جزائرية", "النهار أونلاين", "الليبية", "الجزائري", "أحمد الإدريسي", "الناحية العسكرية الرابعة",
         "وكالة الأنباء الجزائرية", "الجيش الوطني الشعبي", "المالي"],
 "oj4": ["موزاييك", "تونسيون", "ليبية", "التونسي", "وكالة تونس إفريقيا للأنباء", "هشام الطرابلسي", "الليبية"],
 "oj5": ["الدستور", "اليونانية", "المصريين", "الليبي", "اللواء 106", "قناة ليبيا الحدث", "مصرية",
         "منطقة طبرق العسكرية"],
}

PHEN = {
 "oj1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_neighbours", "countries"],
 "oj2": ["clitics", "spelling", "multiword", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "oj3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "oj4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "oj5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"

MOVES = {
 "oj1": [
  mv("deploy", "reported", LNA, ["بنغازي"], ["الكفرة"], ["اجدابيا", "جالو"]),
  mv("reinforce", "reported", LNA, ["الكفره"], ["جبل العوينات", "المثلث الحدودي"]),
  mv("advance", "denied", "Sudanese armed groups", ["المالحة"], ["الحدود الليبية"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا"], ["قاعدة معطن السارة"]),
  mv("withdraw", "conditional", LNA, ["جبل العوينات"], ["الكفرة"]),
 ],
 "oj2": [
  mv("redeploy", "reported", GNA, ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("shipment", "reported", None, ["إيطاليا"], ["ميناء طرابلس"]),
  mv("deploy", "planned", GNA, [], ["صبراتة", "مجمع مليتة", "الجميل"]),
  mv("naval_landing", "denied", None, [], ["ميناء طرابلس"]),
  mv("reinforce", "conditional", GNA, ["الزاوية"], ["زوارة"]),
 ],
 "oj3": [
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت"]),
  mv("deploy", "reported", LNA, ["أوباري"], ["غات"], ["العوينات"]),
  mv("airlift", "planned", LNA, ["قاعدة تمنهنت"], ["مطار غات"]),
  mv("advance", "denied", "Algerian army", [], ["غات"], ["تين الكوم"]),
  mv("redeploy", "conditional", LNA, ["حقل الشرارة"], ["غات"]),
 ],
 "oj4": [
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["بن قردان", "الحدود مع ليبيا"]),
  mv("deploy", "planned", GNA, ["زوارة"], ["منفذ رأس اجدير"]),
  mv("withdraw", "reported", None, ["منفذ رأس اجدير"], []),
  mv("withdraw", "denied", "Tunisian army", ["الذهيبة", "تطاوين"], ["بن قردان"]),
  mv("mobilise", "conditional", "Tunisian army", [], ["مدنين"]),
 ],
 "oj5": [
  mv("deploy", "reported", LNA, ["قاعدة جمال عبد الناصر الجوية"], ["طبرق", "خليج البمبة"]),
  mv("mobilise", "reported", "Egyptian army", [], ["السلوم", "سيدي براني"]),
  mv("naval_landing", "denied", "Egyptian army", [], ["ميناء طبرق"]),
  mv("shipment", "planned", None, ["ميناء بيرايوس"], ["طبرق"]),
  mv("reinforce", "conditional", LNA, ["بنغازي"], ["طبرق"]),
 ],
}

NOTES = {
 "oj1": "Radio Dabanga style, Kufra: a WFP convoy Benghazi→Kufra via Ajdabiya and Jalu escorted by an LNA company "
        "(the escort is the movement, the convoy is not), a Subul al-Salam reinforcement Kufra (spelled الكفره, origin "
        "«من المدينة»)→Jebel Uweinat/the border triangle, the RSF's denied advance Al Malha→the Libyan border, a planned "
        "airlift Benina base→Maaten al-Sarra base and a conditional return Uweinat→Kufra («لن تعود … إلا إذا»). "
        "Not movements: IOM medicine flights, refugees fleeing Darfur or moving north to Tazirbu/Ajdabiya.",
 "oj2": "Euronews Arabic style, Rome: coast-guard boats Abu Sitta naval base→Zuwara port (redeploy), Italian patrol "
        "boats shipped Italy→Tripoli port, a planned Interior Ministry force for Sabratha/Mellitah/Al Jumayl, Italy's "
        "denied marine landing at Tripoli port and a conditional reinforcement Zawiya→Zuwara («في حال»). Not movements: "
        "migrant boats to Lampedusa, a UNHCR evacuation flight Mitiga→Rome, a boat from Tripoli (Lebanon); Abu Kammash "
        "is a past-clash locator. Traps: the minister عماد الطرابلسي, the West Coast military region, Operation Irini.",
 "oj3": "Ennahar style, Djanet: an Algerian aid convoy Djanet→Ghat through Tin Alkoum «دون مرافقة عسكرية» (not a "
        "movement), an Algerian reinforcement Illizi→Djanet (Ouargla is the command's seat, the border a purpose), an "
        "LNA company Ubari→Ghat via Al Awaynat, a planned airlift Tamanhint base→Ghat airport, the Algerian MoD's denied "
        "entry into Ghat via Tin Alkoum and a conditional LNA redeploy Sharara field→Ghat («قد تنقل … إذا»). Migrants from Niger "
        "and Mali are not movements.",
 "oj4": "Mosaique FM style, Medenine: evacuees through Ras Ajdir (not a movement), a Tunisian army reinforcement "
        "Gabes→Ben Gardane/the border with Libya, a planned GNA force Zuwara→Ras Ajdir crossing (Libyan spelling رأس "
        "اجدير), a local armed group's reported pull-out from the crossing («من المنفذ»), the denied withdrawal "
        "Dehiba/Tataouine→Ben Gardane and a conditional reserve call-up in Medenine. Not movements: conditional "
        "evacuation flights Mitiga→Djerba, a worker back from Zawiya.",
 "oj5": "Al-Dostour style, Marsa Matruh: migrant boats Tobruk/Kambut→Crete (not movements), an LNA deployment Gamal "
        "Abdel Nasser air base→the coast between Tobruk and the Gulf of Bomba, Egyptian border guards massing in Sallum "
        "and Sidi Barrani (the border phrase is a locator), a denied Egyptian landing at Tobruk port, a planned Greek "
        "shipment of patrol boats Piraeus port→Tobruk and a conditional LNA reinforcement Benghazi→Tobruk. Returnees "
        "through Amsaad/Sallum and deportees from Benghazi/Tobruk are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("oj1", "oj2", "oj3", "oj4", "oj5")
