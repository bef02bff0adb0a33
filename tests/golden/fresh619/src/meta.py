# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "oman": ("country", "OM", 20.81734, 56.96504, "Oman"),                                 # G* (row عمان, written عُمان)
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # ww1 fuel for the south (Al-Eqtisadiah)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "sabha_dist": ("district", "LY", 27.03149, 15.06865, "Sabha district"),                # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa el Brega oil port"),       # G* (town row البريقة)
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "idri_mun": ("district", "LY", 27.44707, 13.05173, "Idri municipality"),               # G* (town row)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "zueitina": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),           # G* (town row الزويتينة)
 # ww2 Ras Ajdir, Ben Gardane and the Tunisian south-east (Jawhara FM)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine governorate"),        # G* (district row مدنين)
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "border_tn_side": ("region", "TN", 33.05, 11.40, "Tunisia-Libya border (Tunisian side)"),  # K
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "sousse": ("city", "TN", 35.82539, 10.63699, "Sousse"),                                # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "regdalin": ("town", "LY", 32.88718, 11.98729, "Regdalin"),                            # G* (row Sidi Bin Zinah, matched by رقدالين)
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # ww3 north Lebanon to Benghazi and the sea (Al-Liwaa)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "akkar": ("district", "LB", 34.55, 36.10, "Akkar"),                                    # K
 "tabbaneh": ("district", "LB", 34.44300, 35.84000, "Bab al-Tabbaneh"),                 # G* (row kind town)
 "minieh": ("town", "LB", 34.47, 35.93, "Minieh"),                                      # K
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                  # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                # G
 "kambut": ("town", "LY", 31.90434, 24.47840, "Kambut"),                                # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "Al Abraq Airport"),            # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "susa": ("town", "LY", 32.89702, 21.96583, "Susa (Apollonia)"),                        # G* (row Sūsah, name_ar أبولونيا)
 "jabal_akhdar": ("district", "LY", 32.02519, 21.79830, "Al Jabal al Akhdar"),          # G
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                            # G
 # ww4 Sudan, Kufra and the desert trade (Al-Sudani)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                              # G
 "dabba": ("town", "SD", 18.05, 30.95, "Ad Dabbah"),                                    # K
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),            # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "malha": ("town", "SD", 15.13, 26.19, "Al Malha"),                                     # K
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G* (row خرطوم, written الخرطوم)
 # ww5 Zawiya's schools, hospital and refinery (Oman daily)
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Zawiya"),                                # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),          # G
 "zawiya_port": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya oil port"),            # G* (row مصفاة الزاوية)
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Maya"),                                 # G
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Harsha"),                             # G
 "judaim": ("town", "LY", 32.78000, 12.80000, "Judaim"),                                # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
}

TRAPS = {
 "ww1": ["شركة البريقة لتسويق النفط", "الجيش الوطني الليبي", "السبهاوي", "الشرارة الأولى", "محمد إدريس القماطي",
         "المنطقة العسكرية سبها", "المالي"],
 "ww2": ["جوهرة أف أم", "سامي المدنيني", "الجيش التونسي", "هذه الزاوية", "المنتدى التونسي للحقوق الاقتصادية"],
 "ww3": ["الجيش الوطني الليبي", "اللواء طارق بن زياد", "خالد الطرابلسي", "قناة «الجديد»", "لبنانيين"],
 "ww4": ["السوداني", "الشهادة السودانية", "آدم الفاشري", "الجيش الوطني الليبي", "كتيبة سبل السلام"],
 "ww5": ["«عُمان»", "الخمس من", "الهلال الأحمر الليبي", "مصطفى إدريس", "شارع طرابلس"],
}

PHEN = {
 "ww1": ["clitics", "spelling", "multiword", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
 "ww2": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
         "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "ww3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "coverage_bases", "countries"],
 "ww4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "ww5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "vague_area", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "ww1": [
  mv("deploy", "reported", "Libyan National Army", ["ميناء البريقة"], ["سبها"], ["هون"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["قاعدة تمنهنت الجوية"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["الشويرف"]),
  mv("reinforce", "conditional", "Libyan National Army", ["سبها"], ["اوباري"]),
  mv("withdraw", "denied", "Libyan National Army", ["ميناء الزويتينة"]),
 ],
 "ww2": [
  mv("deploy", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("deploy", "planned", "GNA forces", ["زوارة"], ["معبر رأس جدير"]),
  mv("mobilise", "denied", "GNA forces", [], ["الجميل", "رقدالين"]),
  mv("reinforce", "conditional", "Tunisian army", ["قابس"], ["بن قردان"]),
 ],
 "ww3": [
  mv("deploy", "reported", "Libyan National Army", ["بنغازي"], ["كمبوت"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الأبرق"]),
  mv("naval_landing", "conditional", "Libyan National Army", ["درنة"], ["سوسة"]),
  mv("airlift", "denied", "Syrian mercenaries", ["دمشق"], ["بنغازي"]),
 ],
 "ww4": [
  mv("redeploy", "reported", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة الخادم"], ["مطار الكفرة"]),
  mv("advance", "conditional", "Sudanese armed groups", ["الملحة"], ["الدبة"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["مثلث العوينات"]),
  mv("shipment", "denied", "Sudanese armed groups", ["الكفرة"]),
 ],
 "ww5": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية"], ["جنزور", "الماية"]),
  mv("withdraw", "planned", None, [], ["الحرشة", "جودائم"]),
  mv("advance", "conditional", "Zintan forces", [], ["العزيزية"]),
  mv("naval_landing", "denied", "Misrata forces", ["مصراتة"], ["ميناء الزاوية"]),
 ],
}

NOTES = {
 "ww1": "Fuel for the south: an LNA company escorts 40 tankers Brega oil port→Sabha via Hun; 4 army ammunition trucks "
        "leave the convoy in Sabha for Tamanhint air base (shipment); a planned company Al-Jufra air base→Ash Shwayrif "
        "(Sabha only the end of the road there); a conditional reinforcement Sabha→Ubari (written اوباري; the company's "
        "second convoy to أوباري is civilian); a denied pull-out from the Zueitina terminal. Ubari, Murzuq, Al-Qatrun, "
        "Brak, Idri, Wadi al-Shati, Egypt, Algeria, Tunisia and Tripoli (NOC) are fuel/price places only.",
 "ww2": "Jawhara FM on Ras Ajdir trade and smuggling: the Tunisian army deploys Tataouine→Dehiba (Wazin only 'opposite'); "
        "a planned GNA force Zuwara→Ras Ajdir crossing; the force denies massing in Al-Jumayl and Regdalin; a conditional "
        "Tunisian battalion Gabes→Ben Gardane (Zuwara only the condition there, Tunis the speaker). Flour from Sfax and "
        "Sousse, migrants from Sfax, travellers and prices are not movements.",
 "ww3": "Al-Liwaa (dateline Tripoli = Lebanon) on migrants flying Beirut→Benina airport and sailing from Tobruk: an LNA "
        "company Benghazi→Kambut (Tobruk only the distance reference); a planned military-police flight Benina air "
        "base→Al-Abraq airport; a conditional move by sea Derna→Susa (the Jabal Akhdar shores only the condition); a "
        "denied airlift of Syrian fighters Damascus→Benghazi. طرابلس الغرب is the Libyan capital.",
 "ww4": "Al-Sudani on Libyan flour in Dongola and refugees in Kufra: Subul al-Salam (LNA) vehicles redeployed "
        "Kufra→Maaten al-Sarra base (the border with Chad and Sudan only the purpose); a planned cargo flight "
        "Al-Khadim→Kufra airport; the RSF's conditional advance Al-Malha→Al-Dabbah (North Darfur only the condition); the "
        "RSF denies massing in the Uweinat triangle and arms shipments from Kufra. Trucks, refugees, exams and medicine "
        "are not movements.",
 "ww5": "The Oman daily on Zawiya's schools, hospital and refinery: a GNA force Tripoli→Zawiya via Janzour and Al-Maya "
        "(Tripoli Street in Zawiya is a trap); unnamed armed groups' planned pull-back to their camps in Al-Harsha and "
        "Judaim (actor null); Zintan's conditional move towards Al-Aziziyah (Gharyan only the purpose); Misrata denies "
        "sending boats with fighters to the Zawiya oil port. Exams moved to Sabratha/Surman, the wounded to Tripoli, the "
        "Omani aid flight to Mitiga and trucks from Tunisia via Ras Ajdir are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ww1", "ww2", "ww3", "ww4", "ww5")
