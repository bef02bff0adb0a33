# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind or written in another spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 # Libya: Fezzan and the south-west (qpt1, qpt5)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "brak_ab": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                        # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libya side)"),  # G* (row الحدود الليبية النيجرية)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 # Libya: Sirte, Jufra and the coast (qpt2, qpt3)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra (area)"),                    # G* (area, Hun point as tests/golden/README.md says)
 "jufra_ab": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "bin_jawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                          # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                        # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                      # G* (row راس لانوف, written رأس لانوف)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),      # G (row منفذ رأس جدير; also written معبر راس جدير)
 # Tunisia (qpt3)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "border_tn_ly": ("region", "TN", 32.95, 11.20, "Tunisia-Libya border (Tunisia side)"),  # K
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                      # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                 # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 # Egypt and the Libyan east (qpt4)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G* (row مطروح, written محافظة مطروح)
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "matruh_airport": ("airport", "EG", 31.32540, 27.22170, "Mersa Matruh Airport"),       # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "border_eg_ly": ("region", "EG", 30.80, 25.30, "Egypt-Libya border (Egypt side)"),     # K
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "alamein": ("town", "EG", 30.83007, 28.95502, "El Alamein"),                           # G
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                    # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "east_libya": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),       # G* (row برقة, whose Arabic names include شرق ليبيا)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_airport": ("airport", "LY", 31.86100, 23.90700, "Tobruk Airport (Gamal Abdel Nasser)"),  # G
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G
 # Algeria (qpt5)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "border_dz_ly": ("region", "DZ", 27.00, 9.20, "Algeria-Libya border (Algeria side)"),  # K
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_prov": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),               # G* (row district:DZ-33 إليزي, written ولاية إليزي)
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G
 "boufarik": ("base", "DZ", 36.54580, 2.87611, "Boufarik Air Base"),                    # G* (row قاعدة بوفاريك الجوية, kind airport there)
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                           # G* (row عين أميناس, written عين أمناس)
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "bbm": ("town", "DZ", 21.32500, 0.94611, "Bordj Badji Mokhtar"),                       # G
}

TRAPS = {
 "qpt1": ["المكتب الإعلامي لمجلس النواب", "المنطقة العسكرية سبها", "محمد الأوباري", "البلاغات"],
 "qpt2": ["الحياة الليبية", "انحسرت", "اللجنة العسكرية المشتركة 5+5", "المنطقة العسكرية الوسطى", "الفيلق الأفريقي",
          "الروسي", "الروس", "عبد السلام السرتاوي"],
 "qpt3": ["التونسي", "الوحدوي", "مجلس نواب الشعب", "جيش البر", "الحرس الوطني", "الليبي", "ليبية", "تونسية",
          "الطاهر المدنيني", "جيش البحر"],
 "qpt4": ["المنطقة الغربية العسكرية", "الرئيس نيوز", "صقر الغرب 26", "مجلس النواب الليبي", "مصرية",
          "الجيش الوطني الليبي", "المصريين", "المالي", "الليبي"],
 "qpt5": ["الجزائريين", "سامر الحلبي", "180 بوست", "المجلس الشعبي الوطني", "الناحية العسكرية الرابعة", "الجيش الوطني الليبي",
          "جزائرية", "الجيش الوطني الشعبي", "المالي", "الليبية"],
}

PHEN = {
 "qpt1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "vague_area",
          "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qpt2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qpt3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "border_phrase", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qpt4": ["multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area", "border_phrase",
          "town_vs_district", "coverage_neighbours", "countries"],
 "qpt5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "town_vs_district", "border_phrase", "coverage_bases", "coverage_neighbours",
          "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qpt1": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["أوباري"], ["سبها"]),
  mv("deploy", "reported", "Libyan National Army", ["العوينات"], ["غات"]),
  mv("deploy", "planned", "Libyan National Army", ["أوباري"], ["حقل الشرارة"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["الحدود مع النيجر"]),
  mv("withdraw", "denied", "Libyan National Army", ["القطرون"], ["سبها"]),
 ],
 "qpt2": [
  mv("redeploy", "reported", "Libyan National Army", ["بن جواد"], ["سرت"]),
  mv("shipment", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["سرت"]),
  mv("withdraw", "planned", "Libyan National Army", ["قاعدة القرضابية"], ["قاعدة الجفرة الجوية"]),
  mv("reinforce", "reported", "GNA forces", ["مصراتة"], ["أبوقرين"]),
  mv("advance", "conditional", "Libyan National Army", [], ["الوشكة"]),
  mv("redeploy", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة القرضابية"]),
 ],
 "qpt3": [
  mv("reinforce", "reported", "Tunisian army", ["قابس", "مدنين"], ["بن قردان"]),
  mv("redeploy", "planned", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("deploy", "conditional", "Tunisian army", [], ["معبر راس جدير"]),
  mv("deploy", "reported", "GNA forces", ["زوارة"], ["منفذ رأس جدير"]),
  mv("deploy", "denied", "Tunisian army", [], ["وازن"]),
 ],
 "qpt4": [
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["سيوة"]),
  mv("deploy", "reported", "Egyptian army", [], ["الحدود مع ليبيا"]),
  mv("naval_landing", "planned", "Egyptian army", ["الإسكندرية"], ["السلوم"]),
  mv("advance", "conditional", "Egyptian army", [], ["الجغبوب"]),
  mv("airlift", "denied", "Egyptian army", ["مطار مرسى مطروح"], ["مطار طبرق"]),
  mv("deploy", "reported", "Libyan National Army", ["طبرق"], ["امساعد"]),
 ],
 "qpt5": [
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["العوينات"]),
  mv("airlift", "planned", "Algerian army", ["قاعدة بوفاريك الجوية"], ["تمنراست"]),
  mv("reinforce", "conditional", "Algerian army", ["عين أمناس"], ["الدبداب"]),
  mv("advance", "denied", "Algerian army", [], ["غات"]),
 ],
}

NOTES = {
 "qpt1": "HoR media office summary (Benghazi) of the defence and national security committee's closed hearing of the "
         "Sabha military-zone commander, numbered answers: two 128th Brigade battalions Brak air base→Ubari via Sabha "
         "and an engineer company Al Awaynat→Ghat (reported), a planned company Ubari→Sharara field, a conditional "
         "deployment to the border with Niger (Libya side), a denied pull-out Al Qatrun→Sabha; the rapporteur's "
         "counterfactual («لو وصلت التعزيزات إلى مرزق ... لما»), the normative «كان من المفترض أن تتحرك قوة من قاعدة "
         "تمنهنت», the impossibility «لم يكن بالإمكان نقل ... عبر طريق تراغن», the committee's demand to send drones "
         "to Ghat airport and the recommended Sabha–Murzuq patrols are not movements; «المنطقة العسكرية سبها» (a "
         "command), «محمد الأوباري» (an MP) and «البلاغات» (holds غات) are traps; the headline repeats the denial.",
 "qpt2": "Libyan paper Al-Hayat Al-Libiya's site (Sirte) on the hearing of the LNA ground-forces chief of staff: an "
         "artillery battalion Bin Jawad→Sirte and ammunition trucks Jufra air base→Sirte (reported), a planned 5+5 "
         "pull-back Gardabya base→Jufra air base, a GNU Central Military Region column Misrata→Abu Qurayn (reported), "
         "the LNA's conditional advance on Al-Washka (Abu Qurayn only in the condition), the denied Africa Corps move "
         "Jufra air base→Gardabya base; the MP's counterfactual about Hun/Waddan, the impossible airlift of wounded to "
         "Benghazi, foreign fighters from Chad and Sudan (a file to discuss) and the recommended military-police "
         "company for Ras Lanuf are not movements; «انحسرت» and «السرتاوي» hold سرت, «السودان» holds ودان.",
 "qpt3": "Yemeni Nasserist weekly Al-Wahdawi's digest (Tunis) of the Tunisian parliament's security and defence "
         "committee hearing on the Libyan border: army reinforcements Gabes/Medenine→Ben Gardane (reported), a planned "
         "engineer regiment Tataouine→Dehiba, a conditional deployment to the Ras Ajdir crossing, a GNU security force "
         "Zuwara→Ras Ajdir crossing (written منفذ رأس جدير, reported), the denied Tunisian presence in Wazin; the "
         "Remada counterfactual and «كان من المفترض أن تتحرك وحدة التدخل من رمادة», the impossible transfer of two "
         "wounded to Tataouine, the demanded navy boats for Zarzis, Borj El Khadra (end of an earth berm) and "
         "«فتور بين تونس وطرابلس» (governments) are not movements.",
 "qpt4": "Egyptian site Al-Raees News (Cairo) on the Egyptian House defence committee's minutes with the Western "
         "Military Region commander: border guards Marsa Matruh→Siwa and air-defence battalions along the border with "
         "Libya (Egypt side) (reported), a planned training landing Alexandria→Sallum coast, a conditional advance "
         "on Jaghbub (only on the Libyan HoR's request), a denied ammunition airlift Marsa Matruh airport→Tobruk "
         "airport, an LNA battalion Tobruk→Emsaed (reported); Egyptian workers crossing to Libya (civilian), the "
         "counterfactual about El Alamein, the impossible radar move to Sidi Barrani, an MP's demand for a battalion "
         "in Sallum and the Matruh governorate (who asked) are not movements; the headline repeats two body moves.",
 "qpt5": "Pan-Arab site 180Post's account of the Algerian APN national defence committee hearing: reinforcements "
         "Illizi→Djanet and an LNA massing of about forty vehicles in Al Awaynat (reported), a planned special-forces "
         "airlift Boufarik air base→Tamanrasset, a conditional reinforcement In Amenas→Debdeb (Ghadames only in the "
         "condition and the question), a denied Algerian entry into Ghat; the headline's and the MP's counterfactual "
         "about helicopters to Djanet, the normative «كان من المفترض أن تنتقل المروحيات من ورقلة», the demanded field "
         "hospital for Bordj Badji Mokhtar and Mali/Niger as sources of pressure are not movements; «المالي» "
         "(financial) holds مالي, «الجزائريين» holds الجزائر.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qpt1", "qpt2", "qpt3", "qpt4", "qpt5")
