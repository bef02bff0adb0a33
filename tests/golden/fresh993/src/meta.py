# Gold metadata for fresh993 (qlg1-qlg5), written blind to the extractor.
# P: key -> (kind, country, lat, lon, name). Source comment per row: G = gazetteer row (data/gazetteer.csv, found with
# grep -F); K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "greece": ("country", "GR", 39.07170, 21.95170, "Greece"),                             # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 # shared (qlg1, qlg2)
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "shahhat": ("town", "LY", 32.80430, 21.86605, "Shahhat"),                              # G
 # qlg1 LNA relief after storm "Bereniki" (Libya Al-Mostakbal, Al Bayda)
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "La Abraq Airport"),            # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "jabal_akhdar": ("region", "LY", 32.02519, 21.79830, "Jebel Akhdar"),                  # G* (district row, kind region)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "ras_hilal": ("village", "LY", 32.87000, 22.18000, "Ras al Hilal"),                    # G
 "susa": ("town", "LY", 32.89702, 21.96583, "Susah (Apollonia)"),                       # G* (row أبولونيا)
 "wadi_kuf": ("region", "LY", 32.69650, 21.56560, "Wadi al-Kuf"),                       # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "derna_mun": ("district", "LY", 32.76704, 22.63669, "Derna municipality"),             # G* (city row)
 # qlg2 Egyptian army relief (El Fagr, Cairo)
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "almaza": ("base", "EG", 30.09180, 31.36000, "Almaza Air Base"),                       # G* (row kind airport)
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G (row الإسكندرية)
 "derna_port": ("crossing", "LY", 32.77000, 22.64800, "Port of Derna"),                 # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "border_eg": ("region", "EG", 31.2, 25.2, "Egypt-Libya border (Egyptian side)"),       # K
 "alamein": ("town", "EG", 30.83007, 28.95502, "El Alamein"),                           # G
 # qlg3 Algerian army relief to Ghat (Radio Ouargla)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 "tinalkoum": ("crossing", "LY", 24.80000, 10.10000, "Tin Alkoum / Isayen border crossing"),  # G* (row منفذ إيسين)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 # qlg4 Tunisian army relief to Zuwara (Radio Sfax)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "sfax_port": ("crossing", "TN", 34.728, 10.772, "Port of Sfax"),                       # K
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G (row بن قردان)
 "zuwara_port": ("crossing", "LY", 32.92200, 12.12000, "Port of Zuwara"),               # G
 "regdalin": ("town", "LY", 32.88718, 11.98729, "Regdalin (Sidi Bin Zinah)"),           # G (row سيدي بن زينة)
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "aouina": ("base", "TN", 36.85100, 10.22700, "El Aouina Air Base"),                    # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                # G
 "border_tn": ("region", "TN", 33.05, 11.40, "Tunisia-Libya border (Tunisian side)"),   # K
 # qlg5 Sudanese, Chadian and Nigerien armies (Al-Sahafa, Port Sudan)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),               # G
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                              # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "debba": ("town", "SD", 18.05, 30.95, "Ed Debba"),                                     # K
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (row نجامينا)
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "kawar": ("region", "NE", 18.90000, 12.90000, "Kawar"),                                # G
}

TRAPS = {
 "qlg1": ["برنيكي", "الجيش الوطني الليبي", "ليبيا المستقبل", "الطبرقي", "الهلال الأحمر الليبي", "درنة في القلب",
          "اللبناني", "الخوذ البيضاء", "السورية", "دانيال"],
 "qlg2": ["الفجر", "مصري", "المنطقة العسكرية الغربية", "برنيكي", "أنور السادات", "عبور برقة",
          "الهلال الأحمر المصري", "الليبية", "الليبي", "دانيال"],
 "qlg3": ["الجيش الوطني الشعبي", "إذاعة ورقلة الجهوية", "الناحية العسكرية الرابعة", "التمنراستي",
          "طاسيلي للتضامن", "جزائرية", "طارق بن زياد", "إدريس أغ محمد", "لغات", "الهلال الأحمر الجزائري",
          "الليبي"],
 "qlg4": ["إذاعة صفاقس", "درع قرطاج", "ردّ الجميل", "المدنيني", "قرقنة", "الخطوط التونسية",
          "الهلال الأحمر التونسي", "تونسي", "ليبية", "الليبيين"],
 "qlg5": ["الصحافة", "أهل السودان", "الدعم السريع", "محمد إدريس ديبي", "الزوار", "سلوى", "السودانية", "سودانية",
          "الهلال الأحمر السوداني", "التشادي", "النيجري", "الليبي"],
}

PHEN = {
 "qlg1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_bases", "countries"],
 "qlg2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qlg3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qlg4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qlg5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil", "coverage_neighbours",
          "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qlg1": [
  mv("deploy", "reported", "Libyan National Army", ["بنغازي"], ["درنة"], ["المرج"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا"], ["مطار الأبرق"]),
  mv("reinforce", "planned", "Libyan National Army", ["طبرق"], ["سوسة"]),
  mv("withdraw", "conditional", "Libyan National Army", ["وادي الكوف"], ["البيضاء"]),
  mv("redeploy", "denied", "Libyan National Army", ["سرت"], ["الجبل الأخضر"]),
 ],
 "qlg2": [
  mv("deploy", "reported", "Egyptian army", ["مرسى مطروح"], ["طبرق"], ["منفذ السلوم"]),
  mv("airlift", "reported", "Egyptian army", ["قاعدة ألماظة الجوية"], ["مطار بنينا"]),
  mv("naval_landing", "planned", "Egyptian army", ["الاسكندرية"], ["ميناء درنة"]),
  mv("mobilise", "conditional", "Egyptian army", [], ["سيدي براني"]),
  mv("advance", "denied", "Egyptian army", [], ["الجغبوب"]),
 ],
 "qlg3": [
  mv("airlift", "reported", "Algerian army", ["ورقلة"], ["مطار غات"]),
  mv("deploy", "reported", "Algerian army", ["إليزي"], ["غات"], ["جانت", "معبر تين الكوم"]),
  mv("shipment", "planned", "Algerian army", ["جانت"], ["غات"]),
  mv("withdraw", "conditional", "Algerian army", ["غات"], ["جانت"]),
  mv("advance", "denied", "Algerian army", [], ["إدري"]),
  mv("redeploy", "reported", "Libyan National Army", ["حقل الشرارة"], ["أوباري"]),
 ],
 "qlg4": [
  mv("deploy", "reported", "Tunisian army", ["مدنين"], ["زوارة"], ["معبر رأس جدير"]),
  mv("redeploy", "reported", "Tunisian army", ["قابس"], ["بنقردان"]),
  mv("naval_landing", "planned", "Tunisian army", ["ميناء صفاقس"], ["ميناء زوارة"]),
  mv("deploy", "conditional", "Tunisian army", ["زوارة"], ["رقدالين", "الجميل"]),
  mv("airlift", "denied", "Tunisian army", ["قاعدة العوينة"], ["مطار معيتيقة"]),
  mv("reinforce", "reported", "GNA forces", ["الزاوية"], ["زوارة"]),
 ],
 "qlg5": [
  mv("deploy", "reported", "Sudanese army", ["دنقلا"], ["الكفرة"], ["المثلث الحدودي"]),
  mv("deploy", "denied", "Sudanese army", [], ["قاعدة معطن السارة"]),
  mv("shipment", "reported", "Libyan National Army", ["حقل السرير"], ["الكفرة"]),
  mv("airlift", "reported", "Chadian army", ["إنجامينا"], ["فايا لارجو"]),
  mv("reinforce", "planned", "Chadian army", ["فايا لارجو"], ["زوار"]),
  mv("mobilise", "conditional", "Nigerien army", [], ["ديركو"]),
 ],
}

NOTES = {
 "qlg1": "Libyan site report from Al Bayda (dateline only) after Mediterranean storm 'Bereniki' (storm named after "
         "Benghazi's ancient name, a trap): an LNA engineering column Benghazi→Derna via Al Marj, an LNA airlift "
         "Benina base→La Abraq airport, a planned company Tobruk→Susa (spokesman's nisba الطبرقي contains Tobruk), a "
         "conditional pull-back from Wadi al-Kuf to Al Bayda and a denied transfer of brigades Sirte→Jebel Akhdar; a "
         "Red Crescent convoy Tripoli→Derna, a Lebanese civil-defence team from Tripoli (Lebanon) and the White "
         "Helmets ('الخوذ البيضاء' contains Al Bayda) are civilian and give no movement; Shahhat, Ras al-Hilal, "
         "Derna municipality and Greece are only damage, official or background places.",
 "qlg2": "Egyptian daily ('الفجر' is also 'dawn'), Cairo: an Egyptian army relief column Marsa Matruh→Tobruk via the "
         "Sallum land port, four C-130s Almaza air base→Benina airport, a planned landing of rescue divers from the "
         "helicopter carrier 'Anwar al-Sadat' (a person) Alexandria (spelled الاسكندرية)→Derna port under operation "
         "'عبور برقة' (a region inside a name), a conditional massing at Sidi Barrani and a denied incursion towards "
         "Al-Jaghbub; the Egyptian Red Crescent convoy El Alamein→Al Bayda/Shahhat through the same crossing is "
         "civilian and not a movement; 'الحدود مع ليبيا' repeats the column's crossing.",
 "qlg3": "Algerian regional radio of Ouargla (Ouargla inside the station's name and as dateline): an Il-76 airlift "
         "from the air base at Ouargla to Ghat airport, a 4th-region engineering column Illizi→Ghat via Djanet and "
         "the Tin Alkoum crossing, a planned supply convoy Djanet→Ghat, a conditional return Ghat→Djanet (Ubari only "
         "the road in the condition), a denied entry into Idri (spokesman named Idris, the mayor of Ghat; Algiers "
         "vs Algeria) and an LNA company Sharara field→Ubari; 'لغات' contains Ghat, 'التمنراستي' Tamanrasset.",
 "qlg4": "Tunisian regional radio of Sfax (Sfax inside the station's name and as dateline): an engineering regiment "
         "Medenine→Zuwara via the Ras Ajdir crossing, the military field hospital Gabes→Ben Gardane (spelled "
         "بنقردان), a planned landing ship (named after Kerkennah) Sfax port→Zuwara port, a conditional move "
         "Zuwara→Regdalin and Al-Jumayl ('ردّ الجميل' is a common phrase), a denied Tunisian C-130 flight El Aouina "
         "base→Mitiga (the plane was a civilian Tunisair flight) and a GNU reinforcement Zawiya→Zuwara announced in "
         "'طرابلس الغرب'; Tunis the capital vs Tunisia the country; the border phrase is on the Tunisian side.",
 "qlg5": "Sudanese daily Al-Sahafa ('الصحافة' is also 'the press'), Port Sudan: a Sudanese army relief convoy Dongola→Kufra via the "
         "border triangle, a denied Sudanese deployment at Maaten al-Sarra base, an LNA fuel convoy Sarir field→"
         "Kufra, a Chadian army airlift N'Djamena (spelled إنجامينا)→Faya-Largeau, a planned Chadian company "
         "Faya→Zouar ('الزوار' visitors contains Zouar; Tibesti only locates it) and a conditional Nigerien massing "
         "at Dirkou (Kawar only in the condition); Zakat and Red Crescent convoys from Ed Debba are civilian; the "
         "person 'محمد إدريس ديبي' contains إدري; the coming low 'سلوى' is a storm name.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qlg1", "qlg2", "qlg3", "qlg4", "qlg5")
