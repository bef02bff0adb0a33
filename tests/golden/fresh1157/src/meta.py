# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/spelling/kind (listed in the README).
P = {
 # countries and foreign cities
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                 # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                  # G
 # Libya: east, south-west (Fezzan)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                   # G
 "sw_libya": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G (also written اوباري)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G* (row براك, written براك الشاطئ)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G* (row قاعدة تمنهنت, written قاعدة تمنهنت الجوية)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                  # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libya side)"),  # G* (row الحدود الليبية النيجرية)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libya side)"),   # G* (row الحدود الليبية التشادية)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),   # G (also written المثلث الحدودي)
 # Libya: west
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),              # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G* (row قاعدة الوطية; also written الوطية, قاعدة الوطية الجوية)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                                # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                  # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                 # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G (written زنتان after لل)
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabaa"),                              # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                             # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                 # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                   # G
 "ras_jdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G* (row منفذ رأس جدير, written معبر رأس جدير)
 # Tunisia
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                 # G
 "kebili": ("town", "TN", 33.70439, 8.96903, "Kebili"),                                  # G
 "kebili_gov": ("district", "TN", 33.37438, 8.68774, "Kebili Governorate"),              # G
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                  # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                             # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                 # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                     # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                 # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                           # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),        # G
 "tozeur_gov": ("district", "TN", 33.98245, 8.04736, "Tozeur Governorate"),              # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                    # G* (row جنوب تونس, written الجنوب التونسي)
 "border_tn_ly": ("region", "TN", 32.3, 10.6, "Tunisia-Libya border (Tunisia side)"),   # K
 # Algeria
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "biskra": ("city", "DZ", 34.85038, 5.72805, "Biskra"),                                  # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                  # G (row kind village)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),    # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                  # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),      # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                        # G
 "bbm": ("town", "DZ", 21.32500, 0.94611, "Bordj Badji Mokhtar"),                        # G
 "in_guezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                          # G (row إن قزام, written عين قزام)
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                # G
 "border_dz_ly": ("region", "DZ", 27.5, 9.3, "Algeria-Libya border (Algeria side)"),    # K
 # Sudan
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),             # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                 # G
 "border_sd_ly": ("region", "SD", 20.8, 25.4, "Sudan-Libya border (Sudan side)"),       # K
 "dabbah": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                              # G (row الدبه, written الدبة)
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                               # G
 "merowe": ("town", "SD", 18.48330, 31.81670, "Merowe"),                                 # G
 "wadi_seidna": ("base", "SD", 15.81670, 32.51530, "Wadi Seidna Air Base"),              # G
 "atrun": ("village", "SD", 18.16670, 26.60000, "Al Atrun"),                             # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                # G
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                       # G
 "el_fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                           # G
}

TRAPS = {
 "qrp1": ["صدى نيوز", "الغدامسي", "لواء طارق بن زياد", "الليبية", "تشادية", "سودانية"],
 "qrp2": ["وطنا اليوم", "القابسي", "وكالة تونس إفريقيا للأنباء", "الفوج الصحراوي", "المنطقة العسكرية العازلة",
          "التونسية", "تونسية", "الليبي", "ليبية"],
 "qrp3": ["ساب برس", "الدعم السريع", "القوة المشتركة", "قوات درع السودان", "السودانية"],
 "qrp4": ["صدى الضاحية", "وكالة الأنباء الجزائرية", "الجيش الوطني الشعبي", "الناحية العسكرية الرابعة", "الجزائري", "الليبية"],
 "qrp5": ["القلعة نيوز", "الزنتاني", "الأيام الخمسة", "مستشفى الخمس التعليمي", "عاصفة السلام",
          "غرفة عمليات تحرير سرت الجفرة", "حكومة الوحدة الوطنية", "التركي", "تركية", "الإيطالية"],
}

PHEN = {
 "qrp1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qrp2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "qrp3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "coverage_bases", "coverage_neighbours", "countries"],
 "qrp4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "border_phrase", "coverage_oil", "coverage_neighbours", "countries"],
 "qrp5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qrp1": [
  mv("reinforce", "reported", "Libyan National Army", ["براك الشاطئ"], ["اوباري", "حقل الشرارة"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["القطرون"]),
  mv("deploy", "conditional", "Libyan National Army", ["سبها"], ["مرزق"]),
  mv("withdraw", "denied", "Libyan National Army", ["حقل الشرارة"], ["أوباري"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار غات"]),
 ],
 "qrp2": [
  mv("reinforce", "reported", "Tunisian army", ["قبلي"], ["رمادة", "برج الخضراء"]),
  mv("deploy", "planned", "Tunisian army", [], ["الحدود مع ليبيا"]),
  mv("reinforce", "conditional", "Tunisian army", [], ["معبر رأس جدير"]),
  mv("advance", "denied", "Tunisian army", ["الذهيبة"], ["وازن"]),
  mv("redeploy", "reported", "Tunisian army", ["صفاقس"], ["جرجيس"]),
  mv("withdraw", "reported", "Tunisian army", ["الذهيبة"], ["تطاوين"]),
 ],
 "qrp3": [
  mv("reinforce", "reported", "Sudanese army", ["مروي"], ["الدبة"]),
  mv("airlift", "planned", "Sudanese army", ["قاعدة وادي سيدنا الجوية"], ["دنقلا"]),
  mv("deploy", "planned", "Sudanese army", ["دنقلا"], ["العطرون"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["المالحة"]),
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["المالحة"], ["مثلث العوينات"]),
  mv("advance", "conditional", "Sudanese army", [], ["وادي هور"]),
  mv("advance", "denied", "Sudanese armed groups", ["المالحة"], ["العطرون"]),
 ],
 "qrp4": [
  mv("airlift", "reported", "Algerian army", ["بسكرة"], ["مطار جانت"]),
  mv("deploy", "planned", "Algerian army", [], ["الدبداب", "عين أميناس", "الحدود مع ليبيا"]),
  mv("reinforce", "conditional", "Algerian army", ["تمنراست"], ["جانت"]),
  mv("advance", "denied", "Algerian army", [], ["غات"]),
  mv("shipment", "reported", None, ["ليبيا"], ["الدبداب"]),
 ],
 "qrp5": [
  mv("reinforce", "reported", "GNA forces", ["مصراتة"], ["أبوقرين"]),
  mv("redeploy", "planned", "GNA forces", ["قاعدة الوطية الجوية"], ["مطار معيتيقة"]),
  mv("advance", "conditional", "GNA forces", [], ["الزاوية"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء الخمس"]),
  mv("mobilise", "reported", "Zintan forces", [], ["الأصابعة"]),
 ],
}

NOTES = {
 "qrp1": "Palestinian news site (Sada News) carrying the LNA spokesman's weekly briefing from Benghazi as five numbered "
         "points: Tariq bin Ziyad reinforcements Brak al-Shati→Ubari (written اوباري) with part placed around the "
         "Sharara field, a planned infantry company Tamanhint air base→Al-Qatrun (the road «towards the border with "
         "Niger» is purpose, not destination), a conditional reserve battalion Sabha→Murzuq (Umm al-Aranib only in the "
         "condition), a denied withdrawal Sharara→Ubari and a military transport plane Benina air base→Ghat airport; the "
         "civilian fuel convoy Brega→Sabha, Tripoli (addressee), Benghazi (dateline/venue), Fezzan and the area between "
         "Murzuq and the border with Chad (background) are not movement places; الغدامسي (the invented spokesman) holds "
         "غدامس.",
 "qrp2": "Jordanian news site (Watana Al-Youm) on the Tunisian defence ministry's weekly press briefing (Tunis dateline), "
         "six numbered points: reinforcements Kebili→Remada with part deployed near Borj El Khadra, a planned deployment "
         "along the border with Libya (Tunisian side), a conditional reinforcement of the Ras Jedir crossing (Medenine "
         "only in the condition), a denied patrol Dehiba→Wazin, two navy patrol boats Sfax→Zarzis (redeploy) and an "
         "engineering unit withdrawn Dehiba→Tataouine; migrants leaving Zuwara, 40,000 travellers through Ras Jedir and "
         "Tripoli (coordination partner) are not movements; Tataouine/Kebili are towns in the points and governorates "
         "(«والي تطاوين أو قبلي») in the background; وكالة تونس إفريقيا للأنباء and القابسي hold place names.",
 "qrp3": "Sudanese e-paper (Saap Press) on the Sudanese army spokesman's weekly «تنوير» from Port Sudan in five «بنود»: "
         "army columns Merowe→Ad-Dabbah (written الدبة), a planned special-forces airlift Wadi Seidna air base→Dongola "
         "and its planned onward deployment Dongola→Al-Atrun, RSF massing around Al-Malha, an RSF supply convoy "
         "Kufra→Al-Malha via the Uweinat triangle (shipment), a conditional army advance to Wadi Howar (the supply lines "
         "«from Libya» are the condition) and a denied RSF advance Al-Malha→Al-Atrun; the Dabbah–Dongola road, Benghazi "
         "(silent command), El Fasher's fall, the border triangle with Libya and Egypt (written المثلث الحدودي) and Chad's "
         "closed border are background.",
 "qrp4": "Lebanese site (Sada Al-Dahiya) re-running the Algerian defence ministry's weekly operational balance (agency "
         "copy, Algiers dateline) as six points: a special-forces detachment flown Biskra→Djanet airport, a planned "
         "deployment around Debdeb and In Amenas along the border with Libya (Algerian side), a conditional "
         "reinforcement Tamanrasset→Djanet (Ghat only in the condition), a denied crossing towards Ghat and an arms "
         "shipment from Libya seized at Debdeb (actor null); gold-digger arrests in Tamanrasset, Bordj Badji Mokhtar and "
         "In Guezzam (written عين قزام), Ouargla (regional command), the shared land border and Tiguentourine (2013) are "
         "not movements; الجزائر is the city in the dateline and the country twice in the body.",
 "qrp5": "Jordanian news site (Al-Qalaa News, whose name holds the Nafusa town name القلعة) on the Tripoli chief of "
         "staff's weekly press conference, five points: a force Misrata→Abu Qurayn (Sirte only as a reference «غرب سرت»), "
         "a planned air-defence company Al-Watiya air base→Mitiga airport, a conditional entry into Zawiya (the Zawiya "
         "refinery only in the condition), a denied Turkish naval landing at Khoms port (the ship carried medical "
         "equipment) and Zintani armed groups massing in Al-Asabaa; migrants leaving Sabratha and Zuwara, Ankara "
         "(metonymy), Geneva (ceasefire) and Al-Watiya's 2020 capture are background; الزنتاني, الأيام الخمسة and "
         "مستشفى الخمس التعليمي hold place strings.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qrp1", "qrp2", "qrp3", "qrp4", "qrp5")
