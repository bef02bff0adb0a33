# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and capitals
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G (row الجزائر, written الجزائر العاصمة)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G (row تونس, written تونس العاصمة)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                            # G (row نجامينا, written أنجمينا)
 # Libya (west and south-west)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                      # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                              # G
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),      # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                   # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                     # G (row درج, Daraj)
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                 # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                 # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                               # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                  # G
 "bani_walid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                   # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G (row منفذ رأس جدير, written معبر رأس جدير)
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                            # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                  # G* (row جنوب ليبيا, written الجنوب الليبي)
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libya side)"),  # G* (row الحدود الليبية الجزائرية)
 # Tunisia (south-east)
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                           # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),        # G (row district:TN-83)
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                 # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                 # G
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                  # G
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                 # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                             # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),         # G (row district:TN-82)
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                   # G
 "border_tn_ly": ("region", "TN", 32.55, 10.85, "Tunisia-Libya border (Tunisia side)"),  # K
 # Egypt (Matrouh)
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),             # G (row district:EG-MT)
 "marsa_matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                     # G
 "mm_airport": ("airport", "EG", 31.32540, 27.22170, "Mersa Matruh Airport"),            # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                     # G
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                 # G
 "sallum_crossing": ("crossing", "EG", 31.575, 25.07, "Sallum land port"),               # K
 "najila": ("town", "EG", 31.40710, 26.58320, "An-Najaylah"),                            # G
 "alamein": ("town", "EG", 30.83007, 28.95502, "El Alamein"),                            # G
 "dabaa": ("town", "EG", 31.02819, 28.44498, "El Dabaa"),                                # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                         # G
 "border_eg_ly": ("region", "EG", 30.5, 25.3, "Egypt-Libya border (Egypt side)"),        # K
 # Algeria (south-east)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                  # G (also written إيليزي)
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                   # G (row district:DZ-33)
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),              # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                  # G* (row kind village; town here)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),    # G
 "tam_airport": ("airport", "DZ", 22.81150, 5.45108, "Tamanrasset Aguenar Airport"),     # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                  # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G (row عين أميناس, written عين أمناس)
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                # G
 "border_dz_ly": ("region", "DZ", 28.8, 9.5, "Algeria-Libya border (Algeria side)"),     # K
 # Chad (Borkou, Tibesti)
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                             # G (also written فايا)
 "faya_airport": ("airport", "TD", 17.91710, 19.11110, "Faya Largeau Airport"),          # G
 "bardai": ("town", "TD", 21.35468, 17.00158, "Bardai"),                                 # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                   # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                  # G
 "aozou": ("town", "TD", 21.83750, 17.42750, "Aozou"),                                   # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                        # G (row كوري بوقودي, written كوري بوغودي)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                             # G
 "tibesti_prov": ("district", "TD", 20.80000, 17.80000, "Tibesti Province"),             # G* (row تيبستي, kind district)
 "border_td_ly": ("region", "TD", 22.5, 17.4, "Chad-Libya border (Chad side)"),          # K
}

TRAPS = {
 "qrq1": ["الغرفة الرئيسية لتأمين وحماية الانتخابات", "الإدارة العامة للعمليات الأمنية", "جهاز دعم المديريات",
          "المفوضية الوطنية العليا للانتخابات", "مديرية أمن نالوت", "عماد الطرابلسي", "درجة", "القيادة العامة",
          "بعثة الأمم المتحدة للدعم في ليبيا"],
 "qrq2": ["أفان بريميير", "الجيش الوطني", "الحرس الوطني", "المنطقة العسكرية العازلة", "وزارة الدفاع الوطني",
          "الهيئة العليا المستقلة للانتخابات", "منير التطاويني", "التطاويني", "الليبية", "التونسيين"],
 "qrq3": ["مؤسسة ماعت للسلام والتنمية وحقوق الإنسان", "ماعت", "المنطقة الغربية العسكرية", "مديرية أمن مطروح",
          "الهيئة الوطنية للانتخابات", "خالد شعيب", "المصريين", "الليبية"],
 "qrq4": ["مندوبية إليزي", "السلطة الوطنية المستقلة للانتخابات", "الجيش الوطني الشعبي", "الدرك الوطني", "الناحية العسكرية الرابعة",
          "المجلس الشعبي الوطني", "الجزائرية", "الليبية"],
 "qrq5": ["الوكالة الوطنية لإدارة الانتخابات", "سلاح الجو التشادي", "الحرس الوطني والبدو", "الجيش الوطني التشادي",
          "مجلس القيادة العسكرية لإنقاذ الجمهورية", "الزوار", "التشادي"],
}

PHEN = {
 "qrq1": ["clitics", "multiword", "operation_trap", "person_trap", "common_word_trap", "border_phrase",
          "coverage_neighbours", "countries"],
 "qrq2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "town_vs_district",
          "ambiguity_country_capital", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qrq3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "town_vs_district",
          "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qrq4": ["clitics", "spelling", "multiword", "operation_trap", "nisba", "ambiguity_country_capital",
          "ambiguity_idri", "town_vs_district", "border_phrase", "coverage_neighbours", "countries"],
 "qrq5": ["clitics", "spelling", "multiword", "operation_trap", "common_word_trap", "nisba", "vague_area",
          "town_vs_district", "border_phrase", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qrq1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["غدامس"], ["نالوت"]),
  mv("airlift", "reported", "GNA forces", ["مطار معيتيقة"], ["مطار غدامس"]),
  mv("deploy", "planned", "GNA forces", [], ["الزاوية", "صرمان"]),
  mv("reinforce", "conditional", "GNA forces", ["غريان"], ["مزدة"]),
  mv("advance", "denied", "Libyan National Army", ["الشويرف"], ["درج"]),
 ],
 "qrq2": [
  mv("deploy", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة", "رمادة"]),
  mv("redeploy", "planned", "Tunisian army", ["رمادة"], ["برج الخضراء"]),
  mv("deploy", "planned", "Tunisian army", [], ["بن قردان", "جرجيس"]),
  mv("reinforce", "conditional", "Tunisian army", ["قابس"], ["بن قردان"]),
  mv("advance", "denied", None, ["وازن"], ["الذهيبة"]),
  mv("withdraw", "denied", "Tunisian army", ["الحدود مع ليبيا"], ["تطاوين"]),
 ],
 "qrq3": [
  mv("airlift", "reported", "Egyptian army", ["مطار مرسى مطروح"], ["سيوة"]),
  mv("deploy", "reported", "Egyptian army", ["مرسى مطروح"], ["سيدي براني", "السلوم"]),
  mv("deploy", "planned", "Egyptian army", [], ["العلمين", "الضبعة"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["منفذ السلوم"]),
  mv("shipment", "denied", None, ["الجغبوب"], ["سيوة"]),
 ],
 "qrq4": [
  mv("deploy", "reported", "Algerian army", ["إليزي"], ["برج عمر إدريس"]),
  mv("airlift", "reported", "Algerian army", ["مطار تمنراست"], ["مطار جانت"]),
  mv("deploy", "planned", "Algerian army", [], ["الدبداب", "عين أمناس"]),
  mv("withdraw", "planned", "Algerian army", [], ["إيليزي"]),
  mv("reinforce", "conditional", "Algerian army", ["ورقلة"], ["الدبداب"]),
  mv("mobilise", "denied", "Algerian army", [], ["عين أمناس"]),
 ],
 "qrq5": [
  mv("airlift", "reported", "Chadian army", ["أنجمينا"], ["مطار فايا لارجو"]),
  mv("deploy", "reported", "Chadian army", ["فايا"], ["برداي"]),
  mv("deploy", "planned", "Chadian army", [], ["زوار", "وور"]),
  mv("reinforce", "conditional", "Chadian army", ["برداي"], ["كوري بوغودي"]),
  mv("advance", "denied", "Chadian armed groups", ["الجنوب الليبي"], ["وور"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["الحدود مع ليبيا"]),
 ],
}

NOTES = {
 "qrq1": "Media office of the GNU Interior Ministry's main elections-security room (Tripoli) before a 2026 constitutional "
         "referendum: Directorates Support Apparatus patrols escorting HNEC ballot trucks Tripoli→Ghadames via Nalut "
         "(deploy), a military transport plane with 60 support-force men Mitiga→Ghadames airport (airlift), units planned "
         "around polling centres in Zawiya and Surman, a reinforcement Gharyan→Mizda only if the sub-room asks or a "
         "centre is attacked (conditional) and the denied LNA column Ash Shwayrif→Derj; the civilian charter with ink, "
         "the unescorted HNEC trucks to Bani Walid, the 2025 arson in Zawiya, the border with Algeria (remote centres), "
         "«درجة» (holds درج) and «عماد الطرابلسي» (holds طرابلس) are not movements or movement places.",
 "qrq2": "Tunisian news site (Avant-Première) from Tataouine before 2026 municipal elections: army units escorting "
         "ballot material Tataouine→Dehiba and Remada, a unit planned Remada→Borj El Khadra (redeploy), joint "
         "army/National Guard patrols planned in Ben Gardane and Zarzis, reinforcements Gabes→Ben Gardane only «في حال» "
         "of obstruction near Ras Ajdir (conditional), a denied crossing of gunmen Wazin→Dehiba (actor null) and a "
         "denied pull-back of buffer-zone units from the border with Libya (Tunisia side) to Tataouine; workers "
         "returning from Libya via Ras Ajdir, the ISIE in Tunis and candidates in Medenine are not movements.",
 "qrq3": "Egyptian NGO Maat's election-observation statement (Cairo) on 2026 local-council elections in Matrouh: a "
         "military transport plane with judges, ballot boxes and military police Marsa Matruh airport→Siwa (airlift), "
         "Western Military Region armour escorting the ballot convoy Marsa Matruh→Sidi Barrani and Sallum (deploy), "
         "units planned around polling stations in El Alamein and El Dabaa, a reinforcement to the Sallum land port only "
         "if the border with Libya sees unusual moves (conditional; the border is in the condition) and a denied arms "
         "shipment Jaghbub→Siwa (actor null); civilian buses Alexandria→Najila, observers from Cairo and workers back "
         "from Libya are not movements.",
 "qrq4": "Statement of Algeria's election authority ANIE (Illizi delegation) before the June 2026 legislative elections: "
         "an army detachment escorting mobile polling offices Illizi→Bordj Omar Driss, a military transport plane with "
         "ballot material and a gendarmerie platoon Tamanrasset airport→Djanet airport (airlift), Fourth Military Region "
         "units planned at Debdeb and In Amenas and the detachments' planned return to Illizi (written إيليزي; withdraw), a "
         "reinforcement Ouargla→Debdeb only if the situation on the border with Libya requires it (conditional) and the "
         "denied massing of forces in In Amenas (mobilise); Ghadames (Libyan authorities), Djanet and Algiers are places only.",
 "qrq5": "Press release of Chad's election agency ANGE (N'Djamena, written أنجمينا) on partial legislative elections in "
         "Tibesti: an air-force plane with election kits and a GNNT company N'Djamena→Faya-Largeau airport (airlift), army "
         "units escorting the convoy Faya (written فايا)→Bardai, companies planned in Zouar and Wour, reinforcements "
         "Bardai→Kouri Bougoudi only if gold-miner clashes resume (conditional), the CCMSR's denied entry southern "
         "Libya→Wour and CCMSR fighters reported massing near the border with Libya (Chad side); «الزوار» (visitors, holds "
         "زوار) and Aozou (a reference point) are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qrq1", "qrq2", "qrq3", "qrq4", "qrq5")
