# Gold metadata for fresh995 (qli1-qli5), written blind: holiday security plans and unit rotations.
# P: key -> (kind, country, lat, lon, name). Comment per row: G = gazetteer row (data/gazetteer.csv, grep -F);
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "saudi": ("country", "SA", 24.24431, 44.66286, "Saudi Arabia"),                        # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G (row مصراتة)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "jeddah": ("city", "SA", 21.49012, 39.18624, "Jeddah"),                                # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 # qli1 GNU chief of staff, Eid al-Fitr (Oea, Tripoli)
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),        # G* (town row)
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "western_mountain": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "zuwara_port": ("crossing", "LY", 32.92200, 12.12000, "Port of Zuwara"),               # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 # qli2 Egyptian border guards, Eid al-Adha (Al-Badil, Marsa Matruh)
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "alamein": ("town", "EG", 30.83007, 28.95502, "El Alamein"),                           # G
 "border_eg": ("region", "EG", 31.2, 25.2, "Egypt-Libya border (Egyptian side)"),       # K
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 # qli3 Tunisian defence ministry, New Year (Attessia, Tataouine)
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                              # G
 "hammamet": ("city", "TN", 36.40000, 10.61667, "Hammamet"),                            # G (row حمامات)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                 # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 "triangle_tn": ("region", "TN", 30.24, 9.56, "Tunisia-Algeria-Libya border triangle (Tunisian tip)"),  # K
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G* (row منفذ وازن)
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),        # G (district row مدنين)
 # qli4 Algerian operational sector Djanet, Eid al-Fitr (Aures News, Djanet)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "boufarik": ("base", "DZ", 36.54580, 2.87611, "Boufarik Air Base"),                    # G* (row kind airport)
 "batna": ("city", "DZ", 35.55597, 6.17414, "Batna"),                                   # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G (row عين أميناس)
 "illizi_prov": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),               # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),     # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),             # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "border_ne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border (Algerian side)"),  # G* (row الحدود الجزائرية النيجرية)
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tassili": ("region", "DZ", 25.50000, 9.00000, "Tassili n'Ajjer"),                     # G* (row تاسيلي ناجر)
 # qli5 Sudanese army spokesman, Eid al-Adha (Al-Quwat al-Musallaha, Dongola)
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                              # G
 "debba": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                              # G (row الدبه)
 "merowe": ("town", "SD", 18.48330, 31.81670, "Merowe"),                                # G
 "atbara": ("city", "SD", 17.70217, 33.98638, "Atbara"),                                # G
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),            # G
 "wadi_seidna": ("base", "SD", 15.81670, 32.51530, "Wadi Seidna Air Base"),             # G
 "triangle_sd": ("region", "SD", 21.85, 25.15, "Libya-Egypt-Sudan border triangle (Sudanese side)"),  # K
 "karb_tom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                       # G
 "border_sd_ly": ("region", "SD", 20.8, 25.2, "Sudan-Libya border (Sudanese side)"),    # K
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abeche"),                                # G
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                          # G
 "argeen": ("crossing", "SD", 22.00000, 31.25000, "Argeen land port"),                  # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
}

TRAPS = {
 "qli1": ["أويا", "عبد الرزاق الغرياني", "قوة حماية غدامس", "الليبيين", "هذه الزاوية", "مديرية أمن طرابلس",
          "ليبيا الأحرار"],
 "qli2": ["البديل", "المنطقة العسكرية الغربية", "ليبية", "المصريين", "ليبيين", "المصرية", "خالد السيوي",
          "القاهرة الإخبارية"],
 "qli3": ["التاسعة", "محمد الصفاقسي", "الليبي", "الجيش الوطني", "تونسية", "التونسي", "تجربة", "إذاعة تطاوين"],
 "qli4": ["الأوراس نيوز", "الناحية العسكرية الرابعة", "القطاع العملياتي جانت", "رشيد البسكري", "جزائرية", "الليبية",
          "الجيش الوطني الشعبي", "الخطوط الجوية الجزائرية", "الوضع المالي"],
 "qli5": ["القوات المسلحة", "شريان الشمال", "القطاع المروي", "المحور الشمالي الغربي", "إدريس الدنقلاوي", "الدنقلاوي",
          "الدعم السريع", "التشادي"],
}

PHEN = {
 "qli1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_crossings", "countries"],
 "qli2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "border_phrase",
          "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qli3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "town_vs_district",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qli4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qli5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qli1": [
  mv("deploy", "reported", "GNA forces", ["الزاوية"], ["غدامس"], ["نالوت"]),
  mv("withdraw", "reported", "GNA forces", ["غدامس"], ["مصراته"]),
  mv("naval_landing", "reported", "GNA forces", ["ميناء طرابلس"], ["ميناء زوارة"]),
  mv("redeploy", "planned", "GNA forces", ["زوارة"], ["معبر رأس اجدير"]),
  mv("reinforce", "conditional", "GNA forces", ["قاعدة الوطية"], ["العجيلات"]),
  mv("withdraw", "denied", "GNA forces", ["مصفاة الزاوية"], ["طرابلس"]),
 ],
 "qli2": [
  mv("deploy", "reported", "Egyptian army", ["الإسكندرية"], ["منفذ السلوم البري"]),
  mv("withdraw", "reported", "Egyptian army", ["سيوة"], ["قاعدة محمد نجيب العسكرية"]),
  mv("naval_landing", "planned", "Egyptian army", ["مرسى مطروح"], ["سيدي براني"]),
  mv("reinforce", "conditional", "Egyptian army", ["العلمين"], ["الحدود مع ليبيا"]),
  mv("advance", "denied", "Egyptian army", [], ["امساعد"]),
 ],
 "qli3": [
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["بن قردان"]),
  mv("withdraw", "reported", "Tunisian army", ["الذهيبة"], ["رمادة"]),
  mv("redeploy", "planned", "Tunisian army", ["رمادة"], ["برج الخضراء"]),
  mv("mobilise", "conditional", "Tunisian army", [], ["معبر راس جدير"]),
  mv("advance", "denied", "Tunisian army", [], ["وازن"]),
 ],
 "qli4": [
  mv("airlift", "reported", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار جانت"]),
  mv("withdraw", "reported", "Algerian army", ["جانت"], ["باتنة"]),
  mv("shipment", "reported", "Algerian army", ["عين أمناس"], ["جانت"], ["إليزي"]),
  mv("redeploy", "planned", "Algerian army", ["برج عمر إدريس"], ["الدبداب"]),
  mv("reinforce", "conditional", "Algerian army", ["إليزي"], ["الحدود مع النيجر"]),
  mv("mobilise", "denied", "Algerian army", [], ["غات"]),
 ],
 "qli5": [
  mv("deploy", "reported", "Sudanese army", ["مروي"], ["الدبة"]),
  mv("shipment", "reported", "Sudanese army", ["عطبرة"], ["الدبة"]),
  mv("airlift", "planned", "Sudanese army", ["قاعدة وادي سيدنا الجوية"], ["دنقلا"]),
  mv("advance", "conditional", "Sudanese army", ["الدبة"], ["المثلث الحدودي"]),
  mv("advance", "denied", "Sudanese armed groups", ["كرب التوم"], ["الدبة"]),
  mv("reinforce", "reported", "Chadian army", ["أبشي"], ["أم جرس"]),
 ],
}

NOTES = {
 "qli1": "GNU chief-of-staff spokesman (name contains Gharyan) on the Eid al-Fitr plan: a relief battalion Zawiya→"
         "Ghadames via Nalut (anaphora «إلى المدينة»; Western Mountain only locates Nalut), the relieved battalion "
         "Ghadames→Misrata (spelled مصراته), a marine company landed at Zuwara port from Tripoli port, a planned company "
         "Zuwara→Ras Ajdir crossing (Libyan travellers to Tunisia are not a move), a conditional reserve Watiya base→"
         "Al-Ajaylat and a denied pull-out Zawiya refinery→Tripoli; «هذه الزاوية» (angle), «قوة حماية غدامس» and "
         "«مديرية أمن طرابلس» are traps; Umrah pilgrims Jeddah→Mitiga are not a move.",
 "qli2": "Egyptian border-guard rotation for Eid al-Adha, told by a military source: a battalion Alexandria→Sallum land "
         "port, the relieved company Siwa→Mohamed Naguib base, a planned marine landing Marsa Matruh→Sidi Barrani coast, "
         "a conditional reserve Alamein→the border with Libya and a denied entry into Libyan Emsaed; Egyptian workers "
         "returning from Benghazi and Tobruk and Libyan pilgrims bound for Saudi Arabia are traps, Matruh governorate "
         "only the governor's title; «القاهرة الإخبارية» is a channel.",
 "qli3": "Tunisian defence ministry spokesman (name contains Sfax) on the New Year plan: reinforcements Gabes→Ben "
         "Gardane, the relieved unit Dehiba→Remada, a planned company Remada→Borj El Khadra (the border triangle only "
         "the purpose), conditional massing at Ras Jedir crossing (spelled راس جدير) and a denied incursion near "
         "Libyan Wazin; Libyan holiday-makers from Tripoli and Misrata to Djerba, Hammamet and Tunis are not moves; "
         "«التاسعة» is the outlet and the hour, «تجربة» hides Djerba, «إذاعة تطاوين» hides the dateline.",
 "qli4": "Algerian operational-sector commander in Djanet (sector named after Djanet; his name recalls Biskra) before "
         "Eid al-Fitr: an airlift Boufarik air base→Djanet airport, relieved units Djanet→Batna, a supply convoy In "
         "Amenas→Djanet via Illizi (Tiguentourine and Illizi province only locate In Amenas), a planned battalion Bordj "
         "Omar Driss (contains إدري)→Debdeb, a conditional reinforcement Illizi→the border with Niger (Agadez only the "
         "condition) and denied massing near Ghat; travellers to Algiers and tourists in Tassili are traps.",
 "qli5": "Sudanese army newspaper, Eid al-Adha: a 19th Division column Merowe→Ad Dabbah, a supply convoy Atbara→Ad "
         "Dabbah (anaphora «إلى المدينة نفسها»), a planned airlift of soldiers back from leave Wadi Seidna base→Dongola, a "
         "conditional advance Ad Dabbah→the border triangle, a denied RSF advance Karb al-Tom→Ad Dabbah and a Chadian "
         "army reinforcement Abeche→Amdjarass; the spokesman's name contains Dongola and إدري, «القطاع المروي» is "
         "'the irrigated sector'; travellers at Argeen, pilgrims Port Sudan→Jeddah and families fleeing El Fasher are "
         "not moves.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qli1", "qli2", "qli3", "qli4", "qli5")
