# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # mu1 Jaghbub and the Egyptian border (Masrawy)
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "border_eg": ("region", "LY", 29.75, 24.85, "Libya-Egypt border (Libyan side, near Jaghbub)"),  # K
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "gan_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),         # G* (row مطار طبرق, HLGN)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"), # G* (row مثلث العوينات)
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # mu2 Tripoli's southern suburbs and the coastal road to Misrata (Hespress)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G
 "salahaddin": ("town", "LY", 32.83, 13.21, "Salah al-Din (Tripoli)"),                  # K
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                             # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Al Qarabulli"),                       # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "tripoli_port": ("crossing", "LY", 32.905, 13.19, "Port of Tripoli"),                # K
 "misrata_port": ("crossing", "LY", 32.36, 15.21, "Port of Misrata (Qasr Ahmed)"),      # K
 "tekbali": ("base", "LY", 32.88743, 13.18733, "Tekbali Camp"),                         # G
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                            # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 # mu3 Ubari, Murzuq and the Sharara field (Libya Panorama)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (row قاعدة تمنهنت)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                   # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 # mu4 Debdeb, Illizi, Djanet and Ghadames (TSA Arabi)
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "border_dz": ("region", "DZ", 29.9, 9.35, "Algeria-Libya border (Algerian side, near Debdeb)"),  # K
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                   # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                  # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (gazetteer kind village)
 "bordj": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),                        # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين)
 # mu5 Ben Gardane and Ras Jedir (Jawhara FM)
 "rasjdir": ("crossing", "TN", 33.15000, 11.56000, "Ras Jedir border crossing"),        # G* (row منفذ رأس جدير, TN side)
 "rasjdir_ly": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),     # G* (row منفذ رأس جدير)
 "medenine_w": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),         # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "mu1": ["مصراوي", "المنطقة العسكرية طبرق", "الجيش الوطني الليبي", "الجيش المصري", "مصرية", "مصري",
         "المنطقة الغربية العسكرية", "الليبي", "خالد المحجوب"],
 "mu2": ["هسبريس", "اتفاق الصخيرات", "المجلس العسكري الزنتان", "الليبية", "الليبيين", "المغربي",
         "محمد الإدريسي", "صلاح الدين النمروش"],
 "mu3": ["ليبيا بانوراما", "طارق بن زياد", "الشرارة الأولى", "حرس المنشآت النفطية", "ما ادري"],
 "mu4": ["TSA عربي", "الجيش الوطني الشعبي", "الجزائري", "جزائرية", "الليبية", "الناحية العسكرية الرابعة",
         "غلاف مالي"],
 "mu5": ["جوهرة أف أم", "نهج ليبيا", "التونسية", "الليبية", "الجانب الليبي", "جيش البحر"],
}

PHEN = {
 "mu1": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "border_phrase", "vague_area",
         "coverage_bases", "coverage_neighbours", "countries"],
 "mu2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "coverage_bases", "coverage_crossings", "countries"],
 "mu3": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "ambiguity_idri",
         "vague_area", "coverage_bases", "coverage_oil"],
 "mu4": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "mu5": ["spelling", "multiword", "media_trap", "nisba", "ambiguity_tripoli", "ambiguity_country_capital",
         "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
}

MOVES = {
 "mu1": [
  mv("reinforce", "reported", "Libyan National Army", ["طبرق"], ["الجغبوب"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة جمال عبد الناصر الجوية"], ["مطار الكفرة"]),
  mv("advance", "denied", "Egyptian army", ["سيوة"], ["الجغبوب"]),
  mv("reinforce", "conditional", "Egyptian army", ["مرسى مطروح"], ["السلوم"]),
  mv("withdraw", "reported", "Libyan National Army", ["الجغبوب"], ["طبرق"]),
  mv("shipment", "planned", "Libyan National Army", ["بنغازي"], ["الجغبوب"]),
 ],
 "mu2": [
  mv("withdraw", "reported", "Misrata forces", ["صلاح الدين", "عين زارة"], ["مصراتة"],
     ["القره بوللي", "الخمس", "زليتن"]),
  mv("naval_landing", "reported", "Misrata forces", ["ميناء طرابلس"], ["ميناء مصراتة"]),
  mv("advance", "conditional", "Misrata forces", [], ["طرابلس"]),
  mv("deploy", "planned", "GNA forces", ["معسكر التكبالي"], ["صلاح الدين"]),
  mv("deploy", "reported", "GNA forces", ["معسكر التكبالي"], ["عين زارة"]),
  mv("mobilise", "denied", "Zintan forces", ["الزنتان"], ["العزيزية"]),
 ],
 "mu3": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["أوباري"],
     ["سبها", "جرمة", "الغريفة"]),
  mv("mobilise", "reported", None, [], ["الغريفة"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["العوينات"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة براك الجوية"], ["مرزق"]),
  mv("withdraw", "denied", None, ["حقل الشرارة"], ["أوباري"]),
  mv("reinforce", "reported", "Libyan National Army", ["أوباري"], ["حقل الشرارة"]),
 ],
 "mu4": [
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["الدبداب"], ["عين أميناس"]),
  mv("shipment", "reported", "Algerian army", ["عين أميناس"], ["الدبداب"]),
  mv("airlift", "planned", "Algerian army", ["تمنراست"], ["مطار جانت"]),
  mv("advance", "denied", "Algerian army", [], ["غدامس"]),
  mv("deploy", "conditional", "GNA forces", ["نالوت"], ["غدامس"]),
  mv("redeploy", "reported", "Algerian army", ["جانت"], ["معبر تين الكوم"]),
 ],
 "mu5": [
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["بن قردان", "معبر رأس جدير"]),
  mv("reinforce", "conditional", "Tunisian army", ["مدنين"], ["بن قردان"]),
  mv("deploy", "planned", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("naval_landing", "planned", "Tunisian army", ["صفاقس"], ["جرجيس"]),
  mv("withdraw", "denied", "GNA forces", ["منفذ رأس اجدير"], ["زوارة"]),
 ],
}

NOTES = {
 "mu1": "Erratum on the origin (Benghazi -> Tobruk) and on the status of the second company (\"arrived\" in Kufra -> "
        "planned airlift Gamal Abdel Nasser air base -> Kufra airport); the appended update adds the outgoing "
        "battalion's pull-back Jaghbub -> Tobruk and a planned ammunition shipment Benghazi -> Jaghbub. Egypt denies "
        "a crossing Siwa -> Jaghbub and conditions a Marsa Matruh -> Sallum reinforcement. Benghazi and Kufra in the "
        "erratum are wrong versions, not movement places.",
 "mu2": "Erratum turns Zliten from destination into a place passed through (withdrawal Salah al-Din/Ain Zara -> "
        "Misrata via Garabulli, Al-Khums, Zliten) beside an armour company by landing ship Tripoli port -> Misrata "
        "port; a removed paragraph on Zintan fighters massing in Al-Aziziyah is a denied mobilisation; the update "
        "splits the GNA neutral force's plan into a reported deploy (Ain Zara) and a still-planned one (Salah al-Din). "
        "Bouznika, Morocco and Rabat are no movement places; صلاح الدين النمروش is a person.",
 "mu3": "Erratum turns a reported arrival in Murzuq into a planned redeploy Brak air base -> Murzuq; a retracted "
        "story of the Sharara guards pulling out to Ubari is denied; the update adds a reported Ubari -> Sharara "
        "reinforcement. The main column Tamanhint air base -> Ubari goes via Sabha, Germa and Al-Ghurayfa, where a "
        "local group had massed (mobilise, no canonical actor); a conditional company for Al-Awaynat.",
 "mu4": "Erratum changes the destination (Djanet -> Debdeb) of the reinforcement Illizi -> Debdeb via In Amenas, "
        "preceded by a supply convoy In Amenas -> Debdeb; the appended update overturns an earlier denial: a "
        "border-guard company moved Djanet -> Tin Alkoum crossing (reported). Planned Il-76 Tamanrasset -> Djanet "
        "airport; Algiers denies units crossing towards Ghadames; a conditional GNA move Nalut -> Ghadames. Ghadames "
        "in the headline and the deployment sentence is a locator; Bordj Omar Driss is an inspection visit.",
 "mu5": "Erratum fixes a mistranslated kind (\"withdrew from\" -> \"took up positions at\" the crossing) and a "
        "wrong status (\"will be sent\" -> arrived), so the Gabes -> Ben Gardane/Ras Jedir reinforcement is "
        "reported; planned Tataouine -> Dehiba engineers and a Sfax -> Zarzis marine company; a conditional "
        "Medenine -> Ben Gardane reinforcement; the GNA's pull-out from the Libyan side towards Zuwara is denied; "
        "the update's travellers crossing to Tunisia are not a force.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("mu1", "mu2", "mu3", "mu4", "mu5")
