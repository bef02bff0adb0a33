# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                  # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                            # G
 "bangladesh": ("country", "BD", 23.70, 90.35, "Bangladesh"),                            # K
 # Libya, west coast (hm1, hm5)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "tripoli_port": ("crossing", "LY", 32.905, 13.180, "Port of Tripoli"),                  # K
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                 # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                             # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                 # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),            # G* (town row)
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                        # G (row أبو كماش)
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                              # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                 # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),     # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G (row منفذ رأس جدير)
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                            # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                              # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),              # G* (row الحدود الليبية التونسية)
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "assa": ("town", "LY", 32.80, 11.65, "Al Assah"),                                       # K
 # Italy, Lebanon (hm1, hm5)
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                           # G (row لامبيدوسا)
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                     # G
 "augusta": ("base", "IT", 37.24065, 15.22121, "Augusta naval base"),                    # G* (Augusta town row)
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                               # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                  # G
 # Egypt and eastern Libya (hm2)
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                              # G
 "sallum_port": ("crossing", "EG", 31.575, 25.075, "Sallum land port"),                  # K
 "marsa_matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                     # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),             # G
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "border_eg": ("region", "EG", 30.8, 25.1, "Egypt-Libya border (Egyptian side)"),        # K
 "western_desert": ("region", "EG", 29.5, 26.5, "Western Desert (Egypt)"),               # K
 "cairo_west": ("base", "EG", 30.1164, 30.9153, "Cairo West Air Base"),                  # K
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                     # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                            # G
 "amsaad_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad border crossing"),    # G
 "amsaad": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),           # G* (row برقة)
 # Algeria (hm3)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                  # G (kind village in the row)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),    # G
 "djanet_wil": ("district", "DZ", 24.55528, 9.48500, "Djanet Province"),                 # G* (town row)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                  # G
 "illizi_wil": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                 # G
 "boufarik": ("base", "DZ", 36.546, 2.876, "Boufarik Air Base"),                         # K
 "border_dz_ly": ("region", "DZ", 24.8, 9.9, "Algeria-Libya border (Algerian side)"),    # K
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),      # G* (row منفذ إيسين)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                        # G
 "inguezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                           # G (row إن قزام)
 "assamaka": ("village", "NE", 19.36667, 5.80000, "Assamaka"),                           # G (row أسامكا)
 "border_dz_ne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border"),            # G* (row الحدود الجزائرية النيجرية)
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                             # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),      # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                  # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                              # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                            # G
 # Fezzan (hm4)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),         # G* (town row)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),             # G* (row الحدود الليبية النيجرية)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G* (row قاعدة تمنهنت)
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                      # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                  # G
 # Tunisia (hm5)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                        # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                     # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                             # G
 "border_tn_ly": ("region", "TN", 33.05, 11.40, "Tunisia-Libya border (Tunisian side)"), # K
 "jebiniana": ("town", "TN", 35.035, 10.908, "Jebiniana"),                               # K
 "borders_ly": ("region", "LY", 26.34158, 9.74576, "Libya's land borders"),              # G
 "kerkennah": ("region", "TN", 34.72, 11.20, "Kerkennah Islands"),                       # K
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                 # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                           # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                 # G
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                               # G
}

TRAPS = {
 "hm1": ["يورونيوز", "نوفا", "محمد الصبراتي", "عملية إيريني", "الجيش اللبناني", "لا أدري", "الجديد",
         "الإيطالية", "الليبي"],
 "hm2": ["اليوم السابع", "الجيش الوطني الليبي", "الليبية", "السودانيين", "مصرياً"],
 "hm3": ["الشروق أونلاين", "«الشروق»", "الجيش الوطني الشعبي", "العائدات المالية", "الليبية", "الجزائري"],
 "hm4": ["بي بي سي", "علي الطرابلسي", "اللواء طارق بن زياد", "النيجريين", "التشاديين", "التشادية"],
 "hm5": ["جوهرة أف أم", "جنوب الصحراء", "تونسية", "الأراضي الليبية", "الجانب الليبي", "الإيطالية",
         "المنتدى التونسي للحقوق الاقتصادية والاجتماعية"],
}

PHEN = {
 "hm1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "hm2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "hm3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "hm4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "hm5": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_country_capital", "vague_area",
         "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "hm1": [
  # headline + para 2: the GNU column Tripoli -> Zuwara via Zawiya and Sabratha (told twice, one movement)
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["زوارة"], ["الزاوية", "صبراتة"]),
  mv("naval_landing", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["مجمع مليتة"]),
  mv("withdraw", "denied", "GNA forces", ["معبر رأس اجدير"]),
  mv("redeploy", "planned", "GNA forces", ["العجيلات"], ["الجميل"]),
  # Italian navy ship carrying patrol boats for the coast guard: cargo, owner not a canonical actor
  mv("shipment", "conditional", None, ["قاعدة أوغستا البحرية"], ["ميناء طرابلس"]),
 ],
 "hm2": [
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["السلوم"], ["سيدي براني"]),
  mv("airlift", "planned", "Egyptian army", ["قاعدة غرب القاهرة الجوية"], ["مرسى مطروح"]),
  mv("mobilise", "conditional", "Egyptian army", [], ["سيوة"]),
  mv("deploy", "reported", "Libyan National Army", ["طبرق"], ["منفذ امساعد"]),
  mv("withdraw", "denied", "Libyan National Army", ["الجغبوب"], ["طبرق"]),
 ],
 "hm3": [
  mv("airlift", "reported", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار جانت"]),
  mv("deploy", "planned", "Algerian army", [], ["الحدود مع ليبيا", "معبر تين الكوم"]),
  mv("redeploy", "reported", "Algerian army", ["عين أميناس"], ["الدبداب"]),
  mv("advance", "denied", "Algerian army", [], ["غات"]),
  mv("mobilise", "conditional", "Libyan National Army", [], ["العوينات"]),
 ],
 "hm4": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["القطرون"], ["مرزق"]),
  mv("advance", "planned", "Libyan National Army", ["قطرون"], ["منفذ التوم"]),
  mv("shipment", "conditional", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["القطرون"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["القطرون"]),
 ],
 "hm5": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان"]),
  mv("naval_landing", "planned", "Tunisian army", ["صفاقس"], ["قرقنة"]),
  mv("withdraw", "denied", "Tunisian army", ["الذهيبة"], ["تطاوين"]),
  mv("advance", "conditional", "GNA forces", ["زوارة"], ["العسة"]),
 ],
}

NOTES = {
 "hm1": "Euronews Arabic, west coast: boats intercepted off Sabratha and returned to Tripoli port, a boat from Abu "
        "Kammash reaching Lampedusa, a Lebanese-army interception off Tripoli (Lebanon) — none are movements; the GNU "
        "column Tripoli->Zuwara via Zawiya and Sabratha (headline + body = one), a marines landing from Abu Sitta at the "
        "Mellitah complex, a denied pull-out from Ras Ajdir, a planned Al-Ajaylat->Al-Jumayl redeploy and a conditional "
        "Italian shipment of patrol boats Augusta->Tripoli port.",
 "hm2": "Youm7, Egypt's western border: 320 Egyptians deported from Benghazi/Tobruk through the Sallum land port and "
        "bussed to Marsa Matruh, bodies of Sudanese migrants, trucks of migrants seized near Emsaed — not movements; an "
        "Egyptian reinforcement Marsa Matruh->Sallum via Sidi Barrani, a planned Cairo West->Marsa Matruh airlift, a "
        "conditional massing in Siwa (Jaghbub is only the smugglers' road), an LNA company Tobruk->the Amsaad crossing "
        "and a denied LNA pull-out Jaghbub->Tobruk.",
 "hm3": "Echorouk, Algeria's south-east: an Il-76 airlift Boufarik air base->Djanet airport, its planned deployment on "
        "the border with Libya near Tin Alkoum (Ghat is a distance reference), a redeploy In Amenas->Debdeb (Ghadames "
        "a locator), a denied advance towards Ghat and an LNA conditional massing in Al Awaynat; the smuggling network's "
        "vehicles Ghat->Djanet and the deportation convoy Tamanrasset->In Guezzam->Assamaka are not movements.",
 "hm4": "BBC News Arabic, Fezzan: migrants trucked Agadez->Toummo->Al Qatrun->Sabha->Tripoli, a truck stopped near "
        "Idri bound for Ash Shwayrif, migrants held in Brak and deported Sabha->Niamey — none are movements; an LNA "
        "reinforcement Sabha->Al Qatrun via Murzuq, a planned advance Qatrun->the Toummo crossing (the Niger border "
        "phrase locates Toummo), a conditional supply convoy Tamanhint air base->Al Qatrun and a denied Chadian "
        "opposition massing in Al Qatrun.",
 "hm5": "Jawhara FM, Tunisia: a Tunisian reinforcement Medenine->Ben Gardane, boats stopped off Sfax and migrants "
        "moved from Jebiniana to the Libyan borders (not movements), a planned navy landing Sfax->Kerkennah (Lampedusa "
        "only as the migrants' goal), a denied pull-out Dehiba->Tataouine and a conditional GNA advance Zuwara->Al-Assa.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("hm1", "hm2", "hm3", "hm4", "hm5")
