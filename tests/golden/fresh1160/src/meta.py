# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label, spelling or kind (listed in the README).
P = {
 # countries and capitals
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G (written مالى)
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G (dateline الجزائر)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G (also written بنغازى)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (row نجامينا, alias انجمينا)
 # Tunisia and the Tunisian border
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                      # G
 "border_tn_ly": ("region", "TN", 32.90, 11.20, "Tunisia-Libya border (Tunisian side)"),  # K
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "dehiba_wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G* (row منفذ وازن)
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "ras_jedir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),      # G* (row منفذ رأس جدير)
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                 # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 # Libya, west and south
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "daraj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                  # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "sw_libya": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا, written الجنوب الليبي)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G (also written أوبارى)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G (alias براك الشاطئ)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libya side)"),  # G* (row الحدود الليبية النيجرية)
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),           # G* (row الحدود الليبية الجزائرية, written الحدود الليبية)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),             # G* (row الحدود الليبية التشادية, written الحدود الليبية)
 # Libya, east and south-east
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libya side)"),  # G* (row الحدود الليبية السودانية)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),     # G* (row مثلث العوينات, written المثلث الحدودي)
 # Algeria
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village → town)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "in_guezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                         # G (row إن قزام, written عين قزام)
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "tam_airport": ("airport", "DZ", 22.81150, 5.45108, "Tamanrasset Aguenar Airport"),    # G
 "bbm": ("town", "DZ", 21.32500, 0.94611, "Bordj Badji Mokhtar"),                       # G (written برج باجى مختار)
 "border_dz_ne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border (Algerian side)"),  # G* (row الحدود الجزائرية النيجرية)
 "border_dz_ml": ("region", "DZ", 22.09206, -0.15677, "Algeria-Mali border (Algerian side)"),  # G* (row الحدود الجزائرية المالية)
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G (written إليزى)
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                           # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),     # G
 # Niger
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 # Sudan
 "dabbah": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                             # G (row الدبه, written الدبة)
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                      # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "karb_tom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                       # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "el_fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                          # G
 "kutum": ("town", "SD", 14.20000, 24.66667, "Kutum"),                                  # G
 # Chad
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G (row كوري بوقودي, written كوري بوغودي)
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "faya_airport": ("airport", "TD", 17.91710, 19.11110, "Faya Largeau Airport"),         # G
 "bardai": ("town", "TD", 21.35468, 17.00158, "Bardai"),                                # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                 # G
 "aozou": ("town", "TD", 21.83750, 17.42750, "Aozou"),                                  # G
}

TRAPS = {
 "qrs1": ["تونس الآن", "سوق ليبيا", "مصطفى الجرجيسي", "إذاعة تطاوين", "الليبي"],
 "qrs2": ["اليمن العربى", "وكالة الأنباء الجزائرية", "الجزائرى", "الجزائرية", "الجيش الوطنى الشعبى",
          "الناحية العسكرية الرابعة", "القيادة العامة للجيش الليبى", "الليبية", "الليبى"],
 "qrs3": ["رأي الخليج", "قوة مكافحة الإرهاب", "حكومة الوحدة الوطنية", "اللواء طارق بن زياد المعزز",
          "مسعود الأوباري", "القيادة العامة"],
 "qrs4": ["أبعاد", "القوة المشتركة", "مليشيا الدعم السريع", "كتيبة سبل السلام", "القيادة العامة للجيش الليبي",
          "ذا سنتري", "حركة تحرير السودان", "مني أركو مناوي", "الليبية", "السودانية"],
 "qrs5": ["العربي الأصيل", "التشادية", "محمد إدريس ديبي إتنو", "إدريس ديبي",
          "مجلس القيادة العسكرية لإنقاذ الجمهورية", "جبهة التناوب والوفاق في تشاد"],
}

PHEN = {
 "qrs1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qrs2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "border_phrase", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qrs3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_tripoli",
          "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qrs4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "border_phrase", "coverage_oil", "coverage_neighbours", "countries"],
 "qrs5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qrs1": [
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["الذهيبة", "معبر الذهيبة وازن"]),
  mv("redeploy", "planned", "Tunisian army", ["تطاوين"], ["رمادة"]),
  mv("reinforce", "conditional", "Tunisian army", [], ["معبر رأس جدير"]),
  mv("withdraw", "denied", "Tunisian army", ["برج الخضراء"], ["تطاوين"]),
  mv("deploy", "reported", "GNA forces", ["نالوت"], ["وازن"]),
 ],
 "qrs2": [
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["جانت"]),
  mv("airlift", "planned", "Algerian army", ["مطار تمنراست"], ["مطار جانت"]),
  mv("deploy", "conditional", "Algerian army", ["عين أميناس"], ["تيقنتورين"]),
  mv("withdraw", "denied", "Libyan National Army", ["غات"], ["أوبارى"]),
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["منفذ إيسين"]),
 ],
 "qrs3": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الشويرف"]),
  mv("advance", "conditional", "GNA forces", [], ["أوباري"]),
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["أوباري"]),
  mv("redeploy", "planned", "Libyan National Army", ["مرزق"], ["القطرون"]),
  mv("advance", "denied", "Libyan National Army", ["براك الشاطئ"], ["الشويرف"]),
 ],
 "qrs4": [
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["شمال دارفور"], ["وادي هور"]),
  mv("reinforce", "reported", "Sudanese army", ["الدبة"], ["المثلث الحدودي"]),
  mv("advance", "planned", "Sudanese armed groups", ["كرب التوم"], ["المالحة"]),
  mv("advance", "conditional", "Libyan National Army", [], ["الحدود مع السودان"]),
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["المالحة"]),
 ],
 "qrs5": [
  mv("deploy", "reported", "Chadian army", ["فايا لارجو"], ["كوري بوغودي"]),
  mv("airlift", "planned", "Chadian army", ["مطار فايا لارجو"], ["برداي"]),
  mv("withdraw", "conditional", "Chadian army", ["كوري بوغودي"], ["فايا لارجو"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["وور"]),
  mv("advance", "denied", "Chadian armed groups", ["القطرون"], ["تيبستي"]),
 ],
}

NOTES = {
 "qrs1": "Tunisian news site (Tunis Now) from Ben Gardane on the crackdown on fuel smuggling from Libya: a Tunisian "
         "army company Gabes→Dehiba with part at the Dehiba-Wazin crossing (reinforce), a planned unit Tataouine→"
         "Remada, a conditional reinforcement of the Ras Jedir crossing («لن يدفع ... إلا إذا»), a denied pull-out Borj "
         "El Khadra→Tataouine and a GNU column Nalut→Wazin announced from Tripoli; the customs seizure of two petrol "
         "trucks Souk Libya→Sfax, petrol from Zuwara/Al-Jumayl sold up to Zarzis and Gabes, Tripoli as seat and by "
         "metonymy, Tunisia–Libya trade and the headline («يعزز انتشاره على الحدود مع ليبيا») are not movements.",
 "qrs2": "Yemeni/Egyptian-style news site (Al-Yemen Al-Arabi, final ى spelling: إليزى، أوبارى، بنغازى، برج باجى "
         "مختار، مالى) reporting an Algerian Ministry of Defence statement: reinforcements Ouargla→Djanet, a planned "
         "airlift Tamanrasset airport→Djanet airport, a conditional deployment In Amenas→Tiguentourine, the LNA's "
         "denied pull-out Ghat→Ubari and an LNA company Sabha→the Isayen crossing («إلى المنفذ»); seizures at In "
         "Guezzam, Tamanrasset and Bordj Badji Mokhtar, a smugglers' car from Niger, goods for the Mali border, "
         "arrested migrants, the headline's border with Niger, the Libyan border inside the condition, Illizi "
         "(source) and Benghazi (denying command) are not movement places; the dateline الجزائر is Algiers, the later "
         "الجزائر the country.",
 "qrs3": "Gulf news site (Rai Al-Khalij) from Tripoli: a GNU Counter-Terrorism Force column Tripoli→Ash-Shwayrif, its "
         "conditional advance towards Ubari, LNA (Tariq Ben Ziyad brigade) reinforcements Sabha→Ubari, a planned LNA "
         "company Murzuq→Al-Qatrun and a denied LNA column Brak al-Shati→Ash-Shwayrif; the Toummo crossing and the "
         "border with Niger (end of the road, not the company's destination), the Shwayrif–Daraj–Ghadames roads, a "
         "fuel tanker bound for Niger, migrants Agadez→Al-Qatrun→Sabha→Zawiya/Sabratha→Italy, fuel to Chad and "
         "Niger, Tripoli/Benghazi rivalry and Fezzan are not movements; مسعود الأوباري holds أوباري.",
 "qrs4": "Sudanese-war news site (Abaad) from Ad-Dabbah: an RSF supply convoy of fuel and ammunition Kufra→North "
         "Darfur intercepted near Wadi Howar (shipment, via), Sudanese army reinforcements Ad-Dabbah→the Libya–Egypt–"
         "Sudan border triangle, a planned joint-force advance Karb al-Tom→Al-Malha, Subul al-Salam's conditional "
         "advance to the border with Sudan (Libya side) and the LNA's denied fuel-and-ammunition convoys Kufra→"
         "Al-Malha; Mellit (distance reference, traders), El Fasher and Kutum (fronts), Benghazi (denying command), "
         "the Oil Crescent (The Sentry report), Chad (alternative routes), Cairo and Tripoli (addressees) are not "
         "movement places.",
 "qrs5": "Pan-Arab news site (Al-Araby Al-Asil) from N'Djamena on Kouri Bougoudi gold: a Chadian army deployment "
         "Faya-Largeau→Kouri Bougoudi, a planned special-forces flight Faya-Largeau airport→Bardai, a conditional "
         "pull-back Kouri Bougoudi→Faya-Largeau («لن تنسحب ... إلا إذا»), CCMSR rebels massing around Wour and their "
         "denied crossing Al-Qatrun→Tibesti; miners from Sudan, Niger and Libya, gold smuggled to Umm al-Aranib and "
         "Sabha, a seizure near Aozou, the Libyan border as a distance, Deby's 2022 visit and FACT's 2021 incursion "
         "from Libya (past background) are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qrs1", "qrs2", "qrs3", "qrs4", "qrs5")
