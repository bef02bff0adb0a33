# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G (row جنوب ليبيا; also found by الجنوب الليبي)
 # qdd1 Sabha–Ghat road (Asharq Al-Awsat)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat (Ubari–Ghat road)"),         # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),             # G
 # qdd2 Kufra–Sudan road (Al-Sudani)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Al Uwaynat / Jebel Uweinat area"),    # G* (row مثلث العوينات)
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                              # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "triangle_ly_eg_sd": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 # qdd3 Jufra–Sirte road (Al-Quds Al-Arabi)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.14, 16.05, "Al Jufra"),                                 # K (README convention: point near Hun/Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "hun_mun": ("district", "LY", 29.12684, 15.94772, "Hun municipality"),                 # G* (town row)
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "sirte_port": ("crossing", "LY", 31.213, 16.575, "Port of Sirte"),                      # K
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 # qdd4 Ghadames–Derj road seen from Algeria (Echaab)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                    # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "tripoint_ly_dz_tn": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                     # G
 # qdd5 Kufra–Chad road (Monte Carlo Doualiya)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "matan": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G* (row قاعدة معطن السارة; also bare معطن السارة)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G* (row كوري بوقودي, written كوري بوغودي)
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
}

TRAPS = {
 "qdd1": ["الشرق الأوسط", "الجيش الوطني الليبي", "لواء طارق بن زياد", "إبراهيم الغاتي", "محمد إدريس", "جزائرية"],
 "qdd2": ["السوداني", "سبل السلام", "الدعم السريع", "التركية", "الليبية", "سودانية"],
 "qdd3": ["القدس العربي", "هون عليك", "سودانيين", "تشاديين", "قوة حماية وتأمين سرت", "روسية"],
 "qdd4": ["الجيش الوطني الشعبي", "الشعب", "الليبية", "عبد الحميد الغدامسي", "درجة", "درجت", "الجزائري"],
 "qdd5": ["مونت كارلو الدولية", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "تشادية", "سبل السلام", "الليبية",
          "التشادية", "إدريس أبكر"],
}

PHEN = {
 "qdd1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qdd2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "vague_area",
          "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qdd3": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings"],
 "qdd4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "coverage_crossings", "coverage_neighbours", "countries"],
 "qdd5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "border_phrase",
          "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"

MOVES = {
 "qdd1": [
  mv("deploy", "reported", LNA, ["سبها"], ["أوباري"], ["جرمة", "الغريفة"]),
  mv("redeploy", "planned", LNA, ["أوباري"], ["العوينات"]),
  mv("deploy", "conditional", LNA, ["اوباري"], ["غات"]),
  mv("withdraw", "denied", LNA, ["مطار غات"], ["قاعدة تمنهنت"]),
 ],
 "qdd2": [
  mv("deploy", "reported", LNA, ["الكفرة"], ["العوينات"]),
  mv("mobilise", "denied", "Sudanese armed groups", ["المالحة"], ["المثلث الحدودي"]),
  mv("shipment", "denied", LNA, ["الكفرة"], ["المالحة"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("deploy", "conditional", LNA, ["الكفرة"], ["الحدود مع السودان"]),
 ],
 "qdd3": [
  mv("redeploy", "reported", LNA, ["قاعدة الجفرة الجوية"], ["سرت"], ["ودان"]),
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء سرت"]),
  mv("redeploy", "planned", LNA, ["هون"], ["سوكنة"]),
  mv("naval_landing", "denied", "Russian forces", [], ["قاعدة طبرق البحرية"]),
  mv("shipment", "denied", "Russian forces", ["قاعدة طبرق البحرية"], ["قاعدة الجفرة الجوية"]),
  mv("mobilise", "reported", "GNA forces", [], ["أبوقرين"]),
  mv("advance", "conditional", "GNA forces", ["أبوقرين"], ["بويرات الحسون"]),
 ],
 "qdd4": [
  mv("reinforce", "reported", "Algerian army", ["عين أميناس"], ["الدبداب"]),
  mv("deploy", "reported", "GNA forces", ["نالوت"], ["درج"]),
  mv("deploy", "planned", "GNA forces", ["درج"], ["غدامس"]),
  mv("withdraw", "conditional", "GNA forces", ["درج"], ["نالوت"]),
  mv("mobilise", "denied", "Zintan forces", ["الزنتان"], ["درج"]),
 ],
 "qdd5": [
  mv("reinforce", "reported", LNA, ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("airlift", "reported", LNA, ["قاعدة الخادم"], ["مطار الكفرة"]),
  mv("advance", "denied", "Chadian armed groups", ["كوري بوغودي"], ["ربيانة"]),
  mv("redeploy", "planned", LNA, ["قاعدة معطن السارة"], ["الحدود مع تشاد"]),
  mv("withdraw", "conditional", LNA, ["معطن السارة"], ["الكفرة"]),
 ],
}

NOTES = {
 "qdd1": "Sabha–Ghat road told by truckers: LNA patrols Sabha→Ubari via Germa and Al-Ghurayfa (reported); a company "
         "Ubari→Al-Awaynat (the Fezzan town) for a checkpoint (planned); the first convoy escorted by the brigade's "
         "vehicles Ubari (written اوباري)→Ghat only if the armed group hands over the last gate (conditional); the denied "
         "pull-out of the Ghat airport battalion to Tamanhint base. Sabha–Ghat in 'the road linking', Idri/Wadi al-Shati "
         "(drivers' origin), the border with Algeria, the closed Isayen crossing, Ghat municipality, Fezzan and Cairo "
         "(dateline) are not movement places; Idri sits beside the mayor 'محمد إدريس' (trap) and Ghat beside the driver "
         "'إبراهيم الغاتي' (trap).",
 "qdd2": "Kufra–Sudan road: Subul al-Salam patrols Kufra→Al-Uwaynat (Jebel Uweinat area, not the Fezzan town) "
         "(reported); RSF deny massing 50 vehicles from Al-Malha in the border triangle (mobilise, denied); the LNA denies "
         "fuel/ammunition shipments Kufra→Al-Malha (denied; Al-Malha's first mention is only a driver's home town); a "
         "planned airlift Benina base→Kufra airport; escorts Kufra→the border with Sudan only with written guarantees "
         "(conditional). The goods' route (Tripoli port in Lebanon, Mersin, Benghazi port, Jalu, Sarir field, Dongola, "
         "Darfur), the Sudanese embassy in Tripoli (Libya), the LNA command in Benghazi and Port Sudan (dateline) are not "
         "movement places; 'السوداني' is the newspaper.",
 "qdd3": "Jufra–Sirte road: an LNA armoured battalion Jufra air base→Sirte via Waddan and a marine company landed at "
         "Sirte port from Benghazi port (both reported); a company of the 128th Hun→Sokna (planned; Sabha only names the "
         "road it secures); a Russian ship landing personnel and air defences at Tobruk naval base and the systems "
         "trucked on to Jufra base, both denied; a GNA-affiliated force massing 70 vehicles in Abu Qurayn (reported) "
         "that would advance to Buwairat al-Hassoun if trucks keep being stopped at Sirte's gates (conditional; Sirte "
         "only the condition). Misrata, Hun (first) and Tripoli port are a civilian driver's route; 'هون عليك' is a "
         "phrase; 'سودانيين' contains Waddan's letters.",
 "qdd4": "Ghadames–Derj road seen from Algeria: an Algerian army column In Amenas→Debdeb (reinforce, reported); a GNA "
         "force Nalut→Derj (reported), to escort the first convoy Derj→Ghadames (planned) and to pull back Derj→Nalut "
         "once Ghadames security takes over (conditional, 'بمجرد'); Zintan denies massing 40 vehicles from Zintan near "
         "Derj (mobilise, denied). Ghadames as distance reference and trucker's location, the border triangle with "
         "Algeria/Libya/Tunisia, Hamada al-Hamra and Algiers (dateline) are not movement places; 'درجة'/'درجت' are "
         "common words containing Derj.",
 "qdd5": "Kufra–Chad road from N'Djamena: LNA reinforcements and patrols Kufra→Maaten al-Sarra base (reported); a "
         "cargo plane with 60 soldiers Al-Khadim base→Kufra airport (airlift, reported); CCMSR denies moving 25 "
         "vehicles Kouri Bougoudi→Rebiana (Tibesti only where the group is active); a Subul al-Salam company from 'the "
         "base' (Maaten al-Sarra) to the border with Chad (planned); the patrols in Maaten al-Sarra would return to "
         "Kufra if supplies do not arrive (conditional). Faya-Largeau (traders' town), N'Djamena (dateline) and the "
         "Chad–Libya corridor are not movement places; the trader 'إدريس أبكر' is a trap (no Idri here).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qdd1", "qdd2", "qdd3", "qdd4", "qdd5")
