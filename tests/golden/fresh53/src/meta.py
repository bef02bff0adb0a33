# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries and cities used in several articles
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G
 # bc1 Ghat and the Algerian border
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "ghat_mun": ("district", "LY", 26.01562, 10.40660, "Ghat municipality"),                # G* (district row غات)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                  # G
 "barakat": ("town", "LY", 24.89400, 10.18336, "Al Barakat"),                            # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),             # G (row منفذ إيسين)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                            # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                               # G
 "akakus": ("region", "LY", 24.83333, 10.33333, "Akakus Mountains"),                     # G (row جبل أكاكوس)
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"), # G* (row الحدود الليبية الجزائرية)
 # bc2 Wadi al-Shati, Ubari, Sharara
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                 # G
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                  # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                              # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                   # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                   # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 # bc3 the Algerian side
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                  # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "tin_alkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border post"),        # G* (row منفذ إيسين, country DZ)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                  # G
 "border_ly_dz": ("region", "DZ", 27.0, 9.7, "Algeria-Libya border (Algerian side)"),   # K
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                        # G
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),    # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                              # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                # G
 "sw_libya": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                # G* (row الجنوب الغربي)
 # bc4 Al Qatrun and the Niger border
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),              # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                         # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                            # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                 # G (row ماداما)
 # bc5 the Egyptian side and Tobruk
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad border crossing"),             # G (row منفذ امساعد)
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum border crossing"),    # G* (row منفذ امساعد, country EG)
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                     # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                           # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),             # G
 "border_eg": ("region", "EG", 30.5, 25.15, "Egypt-Libya border (Egyptian side)"),      # K
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                 # G
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "bardia": ("town", "LY", 31.75601, 25.08530, "Bardia"),                                 # G (row بردية)
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                            # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),     # G (row ميناء الحريقة)
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                   # G
}

TRAPS = {
 "bc1": ["عين ليبيا", "محمد الغاتي", "شارع الجزائر", "نادي أكاكوس", "الأهلي طرابلس", "كأس ليبيا"],
 "bc2": ["فواصل", "شركة البريقة", "مفتاح الأوباري", "شركة أكاكوس للعمليات النفطية", "شارع طرابلس",
         "لا أدري", "مالي"],
 "bc3": ["الخبر", "طاسيلي للطيران", "عبد القادر الورقلي", "التراب الليبي", "وحدات جزائرية", "الناحية العسكرية الرابعة",
         "المنطقة العسكرية الرابعة"],
 "bc4": ["الساعة 24", "المعارضة التشادية", "الجيش النيجري", "علي القطروني", "شركة التوم للنقل والخدمات", "الأراضي الليبية", "ما ادري"],
 "bc5": ["اليوم السابع", "قوات مصرية", "المنطقة الغربية العسكرية", "منطقة طبرق العسكرية", "شارع الإسكندرية",
         "الأهلي بنغازي", "الأراضي الليبية", "العمال المصريين", "الجيش الوطني الليبي"],
}

PHEN = {
 "bc1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "border_phrase",
         "coverage_crossings", "coverage_bases", "coverage_neighbours", "countries", "town_vs_district",
         "ambiguity_tripoli", "ambiguity_country_capital"],
 "bc2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "coverage_oil",
         "coverage_bases", "vague_area", "ambiguity_tripoli", "ambiguity_idri", "common_word_trap"],
 "bc3": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "border_phrase", "coverage_crossings",
         "coverage_neighbours", "countries", "vague_area", "ambiguity_country_capital", "common_word_trap"],
 "bc4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "border_phrase",
         "coverage_crossings", "coverage_bases", "coverage_neighbours", "countries", "operation_trap", "ambiguity_idri"],
 "bc5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "border_phrase",
         "coverage_crossings", "coverage_bases", "coverage_neighbours", "countries", "town_vs_district", "coverage_oil"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, ALG, EGY = "Libyan National Army", "Algerian army", "Egyptian army"
MOVES = {
 "bc1": [
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت"], ["غات"], ["أوباري"]),
  mv("deploy", "reported", LNA, ["غات"], ["منفذ ايسين"]),
  mv("deploy", "planned", LNA, [], ["العوينات"]),
  mv("airlift", "conditional", LNA, ["سبها"], ["مطار غات"]),
  mv("withdraw", "denied", LNA, ["البركات"], ["أوباري"]),
 ],
 "bc2": [
  mv("deploy", "reported", LNA, ["سبها"], ["براك"]),
  mv("mobilise", "reported", LNA, [], ["سبها"]),
  mv("redeploy", "planned", LNA, ["قاعدة براك الجوية"], ["الشرارة"]),
  mv("reinforce", "conditional", LNA, ["سبها"], ["أوباري"]),
  mv("withdraw", "denied", None, ["حقل الشرارة"], []),
 ],
 "bc3": [
  mv("reinforce", "reported", ALG, [], ["الدبداب", "عين أميناس"]),
  mv("shipment", "reported", ALG, ["ورقلة"], ["الدبداب"]),
  mv("airlift", "reported", ALG, ["تمنراست"], ["مطار جانت"]),
  mv("redeploy", "planned", ALG, ["عين أميناس"], ["تين الكوم"]),
  mv("reinforce", "conditional", ALG, [], ["الحدود مع ليبيا"]),
  mv("advance", "denied", ALG, [], ["غدامس"]),
 ],
 "bc4": [
  mv("reinforce", "reported", LNA, ["سبها"], ["قطرون"], ["أم الأرانب", "مرزق"]),
  mv("shipment", "reported", LNA, ["سبها"], ["قطرون"]),
  mv("withdraw", "reported", "Chadian armed groups", ["منفذ التوم"], ["تشاد"]),
  mv("airlift", "planned", LNA, ["سبها"], ["قاعدة الويغ"]),
  mv("advance", "conditional", LNA, ["القطرون"], ["تجرهي"]),
  mv("mobilise", "denied", LNA, [], ["الحدود مع النيجر"]),
 ],
 "bc5": [
  mv("reinforce", "reported", EGY, ["مرسى مطروح"], ["سيوة"]),
  mv("redeploy", "planned", EGY, [], ["سيدي براني"]),
  mv("advance", "denied", EGY, [], ["البردية"], ["منفذ أمساعد"]),
  mv("naval_landing", "reported", LNA, ["بنغازي"], ["قاعدة طبرق البحرية"]),
  mv("naval_landing", "planned", LNA, ["بنغازي"], []),
  mv("withdraw", "conditional", LNA, ["الجغبوب"], ["طبرق"]),
 ],
}

NOTES = {
 "bc1": "Ghat and the Algerian border (Ain Libya style): border-guard reinforcement Tamanhint→Ghat via Ubari and a patrol "
        "sent Ghat→Isayen to be stationed there (movements) vs patrols staying around Al Barakat, a migrants' truck from "
        "Djanet, crossing closure, a health delegation with an aid convoy, a medicine flight, mine clearing and a football "
        "team (not movements); planned company to Al Awaynat, conditional airlift Sabha→Ghat airport, denied withdrawal.",
 "bc2": "Wadi al-Shati and Ubari (Fawasel style): an LNA company escorting a fuel convoy Sabha→Brak (deploy) vs unescorted "
        "fuel trucks Zawiya→Ubari, checkpoints set up by a unit already in Ubari, a raid on a fuel store, election staff "
        "(not movements); reported mobilisation in Sabha, planned Brak base→Sharara, conditional Sabha→Ubari, denied PFG "
        "withdrawal.",
 "bc3": "The Algerian side (El Khabar style): reinforcements to Debdeb/In Amenas and an airlift Tamanrasset→Djanet vs a "
        "civil Tassili flight, arrests, seized smugglers' convoys, prisoners sent to Ouargla prison, a minister's visit, "
        "reopening of Tin Alkoum (not movements); planned redeployment In Amenas→Tin Alkoum, conditional border "
        "reinforcement, denied incursion near Ghadames.",
 "bc4": "Al Qatrun and the Niger border (Al Saa 24 style): LNA column and a military supply shipment Sabha→Al Qatrun, "
        "Chadian rebels withdrawing from Tummo vs Niger army patrols at Madama, a smugglers' convoy from Chad, detainees "
        "transferred, mine clearing, an aid convoy, a transport company's trips (not movements); planned air bridge "
        "Sabha→Al Wigh, conditional advance to Tajarhi, denied mobilisation on the Niger border.",
 "bc5": "Egypt's western border and Tobruk (Youm7 style): Egyptian border-guard reinforcement Matruh→Siwa and LNA sea moves "
        "Benghazi→Tobruk vs patrols around Sallum, arrests of infiltrators, an aid convoy through Sallum to Derna, "
        "returning workers, a governor's inspection, a football team (not movements); planned redeployment to Sidi "
        "Barrani, denied crossing via Amsaad to Bardia, conditional withdrawal Jaghbub→Tobruk.",
}

# Read by tests/golden/sample_tools.py check (values from this sample's former src/check.py).
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("bc1", "bc2", "bc3", "bc4", "bc5")
