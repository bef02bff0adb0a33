# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                 # G
 # cities used in several articles
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                              # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 # lw1 Fezzan (Libya Al-Hadath, Sabha)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                    # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                       # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                    # G
 "samnu": ("town", "LY", 27.27459, 14.88190, "Samnu"),                                    # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                   # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                 # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                    # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                               # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                             # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                  # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                      # G
 "south_west": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),               # G
 # lw2 Egyptian western border (Youm7, Cairo)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                    # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                      # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                               # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                            # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),              # G
 "sallum_port": ("crossing", "EG", 31.566, 25.163, "Sallum sea port"),                       # K
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                          # G
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                      # G
 "border_eg": ("region", "EG", 30.5, 25.1, "Egypt-Libya border (Egyptian side)"),         # K
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                  # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                             # G
 "emsaed": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),       # G* (row منفذ امساعد)
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                    # G
 # lw3 Algerian-Libyan border (Echorouk Online, Algiers)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                 # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                   # G
 "debdeb_mun": ("district", "DZ", 29.96750, 9.42389, "Debdeb municipality"),              # G* (town row)
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                               # G
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),               # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                             # G* (row spelled عين أميناس)
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),         # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                 # G
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),     # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                      # G
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),       # G
 "tripoint_dz_tn": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "border_dz_ly": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),             # G* (row الحدود الليبية الجزائرية)
 # lw4 Sudan-Libya border (Sudan Tribune, Khartoum)
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                              # G* (row spelled خرطوم)
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                        # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                    # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                 # G
 "border_sd": ("region", "SD", 20.5, 25.3, "Sudan-Libya border (Sudanese side)"),         # K
 "tina_sd": ("town", "SD", 15.04, 22.83, "Tina (Sudan)"),                                 # K
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                  # G
 "jebel_uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                  # G* (row مثلث العوينات)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                # G
 "triangle_uweinat": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 # lw5 Tripoli and the west (RT Arabic, Tripoli)
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                            # G
 "bir_ghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                       # G
 "swani": ("town", "LY", 32.71667, 13.06667, "As Swani"),                                 # G
 "warshefana": ("region", "LY", 32.51012, 13.02794, "Warshefana"),                        # G* (district row الجفارة, which lists ورشفانة)
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                                # G
 "tekbali": ("base", "LY", 32.88743, 13.18733, "Tekbali Camp"),                           # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                # G
 "tripoli_port": ("crossing", "LY", 32.902, 13.185, "Port of Tripoli"),                     # K
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),            # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                    # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                                # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                               # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                  # G
}

TRAPS = {
 "lw1": ["ليبيا الحدث", "طارق بن زياد", "خالد المرزوقي", "الجيش_الوطني_الليبي", "غرفة عمليات الجنوب",
         "العصابات التشادية", "سرت شائعات", "فزان الآن", "شارع طرابلس", "حكومة الوحدة الوطنية"],
 "lw2": ["اليوم السابع", "المنطقة الغربية العسكرية", "شارع الإسكندرية", "الأمن القومي المصري", "الليبية",
         "شعبة الإعلام الحربي", "أحمد السلومي"],
 "lw3": ["الشروق أونلاين", "«الشروق»", "الجيش الوطني الشعبي", "الجيش_الوطني_الشعبي", "درع_الوطن",
         "وحدات جزائرية", "حكومة الوحدة الوطنية", "سليمان الغدامسي", "الجانب الجزائري",
         "الجانب الليبي"],
 "lw4": ["سودان تربيون", "الدعم السريع", "القوة المشتركة", "سبل السلام", "الجيش السوداني", "ناشطون سودانيون",
         "الأراضي الليبية", "الآبار المالحة", "الدارفوري"],
 "lw5": ["444 قتال", "RT", "روسيا اليوم", "المجلس العسكري الزنتان", "عماد الزنتاني", "شارع طرابلس",
         "جهاز دعم الاستقرار", "قوة العمليات المشتركة", "حكومة الوحدة الوطنية"],
}

PHEN = {
 "lw1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "coverage_bases"],
 "lw2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "town_vs_district", "border_phrase", "countries", "coverage_crossings", "coverage_neighbours"],
 "lw3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_oil",
         "coverage_neighbours", "countries"],
 "lw4": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
         "border_phrase", "coverage_neighbours", "countries"],
 "lw5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours"],
}


def _m(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"

MOVES = {
 "lw1": [
  _m("deploy", "reported", LNA, ["قاعدة الجفرة الجوية"], ["سبها"], ["سوكنة", "سمنو", "قاعدة تمنهنت"]),
  _m("airlift", "reported", LNA, ["بنغازي"], ["مطار سبها"]),
  _m("reinforce", "planned", LNA, [], ["أوباري"]),
  _m("advance", "conditional", LNA, [], ["القطرون", "تجرهي"]),
  _m("withdraw", "denied", LNA, ["أم الأرانب"], ["مرزق"]),
 ],
 "lw2": [
  _m("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["سيوة"]),
  _m("redeploy", "planned", "Egyptian army", [], ["السلوم", "سيدي براني"]),
  _m("naval_landing", "reported", "Egyptian army", ["الإسكندرية"], ["ميناء السلوم"]),
  _m("mobilise", "conditional", "Egyptian army", [], ["الحدود مع ليبيا"]),
  _m("deploy", "reported", LNA, ["طبرق"], ["الجغبوب"]),
  _m("withdraw", "denied", LNA, ["منفذ إمساعد"], ["درنة"]),
 ],
 "lw3": [
  _m("reinforce", "reported", "Algerian army", ["برج عمر إدريس"], ["الدبداب"], ["تيقنتورين", "عين أمناس"]),
  _m("shipment", "reported", "Algerian army", ["ورقلة"], ["الدبداب"]),
  _m("airlift", "planned", "Algerian army", [], ["مطار جانت"]),
  _m("advance", "denied", "Algerian army", [], ["غدامس"]),
  _m("redeploy", "reported", GNA, ["درج"], ["مطار غدامس"]),
  _m("advance", "conditional", GNA, [], ["المثلث الحدودي"]),
 ],
 "lw4": [
  _m("advance", "reported", "Sudanese armed groups", ["المالحة"], ["وادي هور"]),
  _m("mobilise", "planned", "Sudanese armed groups", [], ["الطينة"]),
  _m("deploy", "reported", LNA, ["الكفرة"], ["جبل العوينات"]),
  _m("shipment", "denied", None, ["الكفرة"], ["دارفور"], ["المثلث الحدودي"]),
  _m("deploy", "conditional", LNA, [], ["الحدود مع السودان"]),
 ],
 "lw5": [
  _m("deploy", "reported", GNA, ["طرابلس"], ["العزيزية"], ["السواني"]),
  _m("withdraw", "reported", GNA, ["غريان"], ["معسكر التكبالي"]),
  _m("advance", "denied", "Zintan forces", ["الزنتان"], ["بئر الغنم"]),
  _m("naval_landing", "planned", "Misrata forces", ["مصراتة"], ["ميناء طرابلس"]),
  _m("deploy", "conditional", GNA, [], ["الزاوية", "صرمان"]),
 ],
}

NOTES = {
 "lw1": ("Libya Al-Hadath on LNA unit Facebook posts (Sabha): a Tariq Bin Ziyad column Jufra air base->Sabha via Sokna, "
         "Samnu and Tamanhint base (photo caption = via; witnesses retell the same move), last week's cargo plane "
         "Benghazi->Sabha airport, the 116th battalion's planned company for Ubari (no origin written), the southern "
         "operations room's conditional advance on Al Qatrun and Tajarhi, and a denied pull-out Umm al-Aranib->Murzuq. "
         "Traps: the outlet name containing Libya, a spokesman whose name contains the variant مرزوق, the verb «سرت», "
         "the page «فزان الآن», the hashtag #الجيش_الوطني_الليبي; the hashtag #سبها is a gold place."),
 "lw2": ("Youm7 on the Egyptian military spokesman's Facebook post and an LNA media-division post: Egyptian border "
         "guards Marsa Matruh->Siwa (the send-off on a Matruh street is the same move), a planned second wave to Sallum "
         "and Sidi Barrani, a conditional push to the border with Libya (Egyptian side), an LNA battalion "
         "Tobruk->Jaghbub and a denied pull-out Emsaed crossing->Derna. Tobruk's unrest and Benghazi (seat of the media "
         "division) are not movement places; #مصر_أولاً and #الجغبوب_آمنة carry gold places."),
 "lw3": ("Echorouk Online on Algerian MoD and Libyan border-guard Facebook posts: an Algerian reinforcement Bordj Omar "
         "Driss->Debdeb via In Amenas, a planned airlift to Djanet airport, a denied crossing towards Ghadames, a GNU "
         "border-guard patrol Derj->Ghadames airport and its conditional advance to the border triangle. The bare "
         "dateline الجزائر is Algiers; «بلدية الدبداب» on a photographed sign is the municipality; smuggled fuel bound "
         "for Libya is not a force movement."),
 "lw4": ("Sudan Tribune on RSF platform clips and Subul al-Salam posts: an RSF advance Al Malha->Wadi Howar, the Joint "
         "Force's planned reinforcement of Tina, an LNA patrol Kufra->Jebel Uweinat, a denied fuel-and-ammunition run "
         "Kufra->Darfur via the border triangle (no owner named: actor null) and a conditional LNA deployment along the "
         "border with Sudan. The hilltop «on the border with Libya» is a locator; «المثلث» alone and «الإقليم» are not "
         "annotated; «الآبار المالحة» is a common-word trap."),
 "lw5": ("RT Arabic on Tripoli and western brigades' Facebook pages: a 444 Brigade column Tripoli->Al-Aziziyah via "
         "As-Swani, last month's pull-back Gharyan->Tekbali camp, Zintan's denied move on Bir al-Ghanam, Misrata's "
         "planned company for Zliten and the SSA's conditional deployment to Zawiya and Surman (the Janzour photo is a "
         "locator). Traps: RT/«روسيا اليوم», the Zintan military council, the activist «الزنتاني», a street named after "
         "Omar al-Mukhtar; #الزاوية_تستحق_الأمان carries a gold place."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("lw1", "lw2", "lw3", "lw4", "lw5")
