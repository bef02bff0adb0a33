# Metadata for fresh957 (qjw1-qjw5), written blind. Place rows: (kind, country, lat, lon, name).
# G = gazetteer row (grep -F in data/gazetteer.csv), K = own knowledge (see README), G* = gazetteer row reused under
# another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 # qjw1 Sabha Eid al-Fitr plan (Fasania)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "sabha_mun": ("district", "LY", 27.03766, 14.42832, "Sabha municipality"),              # G* (city row)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                      # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                            # G* (base row, near Hun/Waddan)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                 # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                  # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                  # G
 # qjw2 Ben Gardane Eid al-Adha plan (Achahed)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                        # G (row بن قردان)
 "border_tn_ly": ("region", "TN", 32.60000, 11.00000, "Tunisia-Libya border (Tunisian side)"),  # K
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                   # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                             # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),         # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                 # G
 "dehiba": ("crossing", "TN", 32.00799, 10.70135, "Dehiba border crossing"),             # G* (town row الذهيبة)
 "aouina": ("base", "TN", 36.85100, 10.22700, "El Aouina Air Base"),                     # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                     # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "zuwara_port": ("crossing", "LY", 32.92200, 12.12000, "Port of Zuwara"),                # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G
 # qjw3 Illizi/Djanet Eid al-Adha plan (El Ayam El Djazairia)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                  # G* (row kind village)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),    # G
 "djanet_prov": ("district", "DZ", 24.55528, 9.48500, "Djanet Province"),                # G* (town row)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                  # G
 "illizi_prov": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                # G
 "bordj": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),                         # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                  # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                             # G (row عين أميناس)
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),      # G
 "border_dz_ly": ("region", "DZ", 27.00000, 9.75000, "Algeria-Libya border (Algerian side)"),  # K
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 # qjw4 Marsa Matruh / Sallum Eid al-Fitr plan (Al-Mehwar)
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                           # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),             # G* (row مطروح)
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),          # G* (row منفذ امساعد, country EG)
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                 # G
 "dabaa": ("town", "EG", 31.02819, 28.44498, "El Dabaa"),                                # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                      # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                         # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                     # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                            # G
 "border_eg_ly": ("region", "EG", 31.00000, 25.30000, "Egypt-Libya border (Egyptian side)"),  # K
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),                # G
 "bardia": ("town", "LY", 31.75000, 25.08333, "Bardia"),                                 # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),      # G
 "north_coast": ("region", "EG", 30.95000, 28.60000, "North Coast of Egypt"),            # K
 # qjw5 Dongola Eid al-Adha plan (Kush News)
 "northern": ("district", "SD", 19.45943, 29.85719, "Northern State"),                   # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                               # G
 "dongola_loc": ("district", "SD", 19.18163, 30.47689, "Dongola locality"),              # G* (town row)
 "merowe": ("town", "SD", 18.48330, 31.81670, "Merowe"),                                 # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                             # G
 "omdurman": ("city", "SD", 15.64453, 32.47773, "Omdurman"),                             # G
 "dabbah": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                              # K
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "karb_tom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                        # G
 "argeen": ("crossing", "SD", 22.00000, 31.25000, "Argeen land port"),                   # G
 "wadihalfa": ("town", "SD", 21.79577, 31.37129, "Wadi Halfa"),                          # G (row وادى حلفا)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                            # G
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abeche"),                                 # G
 "tine": ("town", "TD", 15.02528, 22.80222, "Tine"),                                     # G* (row تيني)
 "border_td_sd": ("region", "TD", 15.00000, 22.50000, "Chad-Sudan border (Chadian side)"),  # K
}

TRAPS = {
 "qjw1": ["سويس إنفو", "فرانس برس", "المنطقة العسكرية سبها", "محمد الغاتي", "الجديدة", "الجيش الوطني الليبي", "النيجري"],
 "qjw2": ["إي إف إم", "وكالة تونس إفريقيا للأنباء", "سوق ليبيا", "وازن", "الهادي القابسي", "التونسيين", "الليبي"],
 "qjw3": ["الأيام الجزائرية", "الناحية العسكرية الرابعة", "الجيش الوطني الشعبي", "إدريس أخموك", "طيران الطاسيلي",
          "مجرى الوادي", "جزائرية", "ليبية", "الليبي"],
 "qjw4": ["المحور", "المنطقة الغربية العسكرية", "الجيش الوطني", "السؤال المطروح", "المصرية", "مصرية", "الليبية"],
 "qjw5": ["كوش نيوز", "الدعم السريع", "عاصم الحلفاوي", "الحلفاوي", "الليبية", "تشادية", "التشادي"],
}

PHEN = {
 "qjw1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qjw2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qjw3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qjw4": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qjw5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qjw1": [
  mv("deploy", "reported", "Libyan National Army", ["براك"], ["سبها"]),
  mv("redeploy", "planned", "Libyan National Army", ["سبها"], ["أوباري"]),
  mv("shipment", "planned", "Libyan National Army", ["الجفرة"], ["سبها"]),
  mv("reinforce", "conditional", "Libyan National Army", ["قاعدة تمنهنت"], ["القطرون", "منفذ التوم"]),
  mv("advance", "denied", "Nigerien army", ["ماداما"], ["منفذ التوم"]),
 ],
 "qjw2": [
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["بنقردان"], ["مدنين"]),
  mv("redeploy", "planned", "Tunisian army", ["رمادة"], ["معبر الذهيبة"]),
  mv("airlift", "denied", "Tunisian army", ["قاعدة العوينة"], ["رمادة"]),
  mv("naval_landing", "reported", "GNA forces", ["طرابلس"], ["ميناء زوارة"]),
  mv("reinforce", "conditional", "GNA forces", ["ميناء زوارة"], ["منفذ رأس جدير"]),
 ],
 "qjw3": [
  mv("airlift", "reported", "Algerian army", ["ورقلة"], ["مطار جانت"]),
  mv("deploy", "reported", None, [], ["إليزي"]),
  mv("reinforce", "planned", "Algerian army", ["برج عمر إدريس"], ["الدبداب"]),
  mv("reinforce", "conditional", "Algerian army", ["عين أمناس"], ["الحدود مع ليبيا"]),
  mv("mobilise", "denied", "Algerian army", [], ["غات"]),
 ],
 "qjw4": [
  mv("reinforce", "reported", "Egyptian army", ["الضبعة"], ["منفذ السلوم البري"], ["سيدي براني"]),
  mv("deploy", "planned", "Egyptian army", ["الإسكندرية"], ["مرسى مطروح"]),
  mv("withdraw", "planned", "Egyptian army", ["منفذ السلوم البري"], ["الضبعة"]),
  mv("advance", "denied", "Egyptian army", ["سيوة"], ["الجغبوب"]),
  mv("naval_landing", "conditional", "Libyan National Army", ["ميناء طبرق"], ["البردي"]),
 ],
 "qjw5": [
  mv("reinforce", "reported", "Sudanese army", ["مروي"], ["دنقلا"]),
  mv("advance", "planned", "Sudanese army", ["الدبة"], ["المثلث الحدودي"]),
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["كرب التوم"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["كرب التوم"]),
  mv("withdraw", "denied", "Sudanese army", ["منفذ أرقين"]),
  mv("reinforce", "conditional", "Chadian army", ["أبشي"], ["الطينة"]),
 ],
}

NOTES = {
 "qjw1": "Sabha joint operations room's Eid al-Fitr plan (Swissinfo Arabic wire copy, AFP as the source): an LNA "
         "column Brak→Sabha deployed round mosques, markets and prayer grounds, a planned company from it (anaphora "
         "'سرية منه') to Ubari (Sharara only the road's end), a planned supply convoy Al-Jufra→Sabha, a conditional "
         "reinforcement Tamanhint base→Al-Qatrun and the Toummo crossing (the Niger border only the condition) and a "
         "denied Nigerien-army incursion Madama→Toummo; Murzuq, Idri, Wadi al-Shati (shoppers), the municipality, "
         "Niamey (liaison), Libya in the dateline, southern Libya (background) and the spokesman's name (Ghat inside) are not movement places.",
 "qjw2": "Ben Gardane (spelled بنقردان) before Eid al-Adha (IFM radio): Tunisian army reinforcements Gabes→Ben Gardane via "
         "Medenine spread round 'سوق ليبيا' (a market name, trap), a planned unit Remada→the Dehiba crossing, a denied "
         "airlift El Aouina base→Remada; on the Libyan side a marine force landed Tripoli→Zuwara port and will move "
         "(anaphora 'وأنها') to the Ras Ajdir crossing only if travellers exceed capacity; Tripoli also as the "
         "staff's seat, Sfax and the capital Tunis (shoppers) and the country Tunisia (also inside the TAP agency's name) are not movement places.",
 "qjw3": "Algerian Eid al-Adha plan in Illizi and Djanet (El Ayam El Djazairia): an airlift Ouargla→Djanet airport, "
         "gendarmes deployed in Illizi (actor null: not an army), a planned move Bordj Omar Driss (إدريس inside a "
         "town name)→Debdeb, a conditional push In Amenas (spelled عين أمناس)→the border with Libya and a denied "
         "massing near Ghat; Djanet and Illizi also as provinces ('بولايتي'), the road between them, Tiguentourine "
         "(background), Algiers (civil flights) and the country in 'حدود الجزائر' are not movement places.",
 "qjw4": "Egyptian Eid al-Fitr plan at Marsa Matruh and Sallum (Al-Mehwar; also the word 'axis'): reinforcements "
         "El Dabaa→Sallum land port via Sidi Barrani, a planned military-police deployment Alexandria→Marsa Matruh, a "
         "planned return of the reinforcements from the crossing (anaphora 'المنفذ') to El Dabaa, a denied crossing "
         "Siwa→Jaghbub and a conditional LNA marine landing Tobruk port→Bardia; workers from Tripoli, Misrata and "
         "Benghazi, the civil buses to Matruh and Alexandria, Tobruk as the source's town and 'السؤال المطروح' "
         "(trap) are not movements.",
 "qjw5": "Sudanese army Eid al-Adha plan in Dongola (Kush News): a force Merowe→Dongola round mosques and markets, a "
         "planned advance Ad Dabbah→the border triangle, an RSF fuel-and-ammunition convoy Kufra→Karb al-Tom where "
         "the militia is massing (two movements), a denied withdrawal from the Argeen crossing (Wadi Halfa only a "
         "distance reference; the spokesman's name holds Halfa) and a conditional Chadian-army reinforcement "
         "Abeche→Tine (the Sudan border only the condition); Khartoum, Omdurman, N'Djamena and Egypt are background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qjw1", "qjw2", "qjw3", "qjw4", "qjw5")
