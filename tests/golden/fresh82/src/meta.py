# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                 # G
 # cf1 Ras Ajdir (Tunisian side)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                        # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                             # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                # G
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port"),                   # K (GeoNames value quoted in fresh51 README)
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                 # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                           # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                            # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 # cf2 Wazin / Ghadames (Libyan side)
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G (row منفذ وازن)
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                   # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                   # G
 "nalut_mun": ("district", "LY", 31.86848, 10.98120, "Nalut municipality"),              # G* (town row)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                               # G
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                                     # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawin"),                               # G
 "ghadames_crossing": ("crossing", "LY", 30.06, 9.47, "Ghadames-Debdeb border crossing"),  # K
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                  # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                    # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                    # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                             # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),      # G
 "border_dz": ("region", "LY", 29.9, 9.8, "Libya-Algeria border (Libyan side, Ghadames-Derj)"),  # K
 # cf3 Tin Alkoum / Isayen (Algerian side)
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                               # G
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),    # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),      # G* (row منفذ إيسين, country DZ)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),             # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                  # G
 "southwest_ly": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),            # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                # G
 "boufarik": ("base", "DZ", 36.57413, 2.91214, "Boufarik Air Base"),                     # G* (town row)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),                # G* (town row)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "border_ly_dzside": ("region", "DZ", 24.7, 9.95, "Algeria-Libya border (Algerian side, Djanet)"),  # K
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "southeast_dz": ("region", "DZ", 25.0, 8.6, "Far south-east of Algeria (Illizi-Djanet)"),  # K
 # cf4 Toummo (Nigerien side)
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                  # G
 "toummo_ne": ("crossing", "NE", 22.65000, 14.20000, "Toummo border post (Niger)"),      # G* (row منفذ التوم, country NE)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                 # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                 # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                         # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                  # G (row أغاديس)
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado"),                                 # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                        # G
 # cf5 Sallum / Musaid and Al Karb (Egyptian side)
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),          # G* (row منفذ امساعد, country EG)
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                              # G
 "musaid": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),      # G (row منفذ امساعد)
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                           # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                # G
 "karb": ("region", "SD", 19.7, 24.3, "Al Karb (Karb al-Tom area), North Darfur"),       # K (low confidence)
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                 # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),                # G* (row الحدود الليبية السودانية)
 "triangle": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "west_border_eg": ("region", "EG", 31.0, 25.2, "Egypt's western border (with Libya)"),  # K (fresh51's Egyptian-side point)
}

TRAPS = {
 "cf1": ["الصباح نيوز", "الجيش الوطني", "حسام الجميلي", "الليبي", "الليبية", "التونسية"],
 "cf2": ["أخبار ليبيا 24", "ما ادري", "الجنوب الغربي", "حرس المنشآت النفطية", "التونسية", "التونسي", "الجزائرية", "الجزائري"],
 "cf3": ["الخبر", "وكالة الأنباء الجزائرية", "اللواء طارق بن زياد", "عبد القادر الإدريسي", "الجزائرية", "الليبي",
         "جزائرية ليبية"],
 "cf4": ["صحراء ميديا", "الجيش الوطني الليبي", "جبهة الوفاق من أجل التغيير في تشاد", "فاكت", "مالي", "النيجري",
         "الليبي"],
 "cf5": ["اليوم السابع", "مساعد وزير الداخلية", "الجيش الليبي", "قوات الدعم السريع", "المصرية", "المصريين", "مصري"],
}

PHEN = {
 "cf1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "coverage_crossings", "coverage_neighbours", "countries"],
 "cf2": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_tripoli", "ambiguity_idri",
         "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "cf3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "cf4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "cf5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


GNA, LNA, TN, DZ, EG = "GNA forces", "Libyan National Army", "Tunisian army", "Algerian army", "Egyptian army"

MOVES = {
 "cf1": [
  mv("naval_landing", "reported", GNA, ["طرابلس"], ["ميناء زوارة"]),
  mv("deploy", "reported", GNA, ["ميناء زوارة"], ["معبر رأس اجدير"]),
  mv("withdraw", "reported", None, ["معبر رأس اجدير"], ["زوارة"]),
  mv("reinforce", "reported", TN, ["مدنين"], ["معبر رأس اجدير"]),
  mv("redeploy", "denied", TN, ["تطاوين"], ["الذهيبة"]),
  mv("deploy", "planned", TN, ["بن قردان"], ["الذهيبة"]),
  mv("advance", "conditional", GNA, ["العجيلات"], ["رأس اجدير"]),
 ],
 "cf2": [
  mv("deploy", "reported", GNA, ["غريان"], ["منفذ وازن"], ["جادو", "نالوت"]),
  mv("shipment", "reported", GNA, ["طرابلس"], ["منفذ وازن"]),
  mv("withdraw", "denied", "Zintan forces", ["سيناون"], []),
  mv("redeploy", "planned", GNA, ["حقل الوفاء"], ["منفذ غدامس"], ["درج"]),
  mv("reinforce", "conditional", DZ, ["عين أميناس"], ["الدبداب"]),
 ],
 "cf3": [
  mv("reinforce", "reported", DZ, ["ورقلة"], ["جانت", "معبر تين الكوم"]),
  mv("airlift", "reported", DZ, ["قاعدة بوفاريك الجوية"], ["مطار جانت"]),
  mv("deploy", "reported", LNA, ["سبها"], ["منفذ إيسين"], ["أوباري", "غات"]),
  mv("withdraw", "denied", None, ["منفذ إيسين"], []),
  mv("deploy", "planned", DZ, ["جانت"], ["الحدود مع ليبيا"]),
  mv("reinforce", "conditional", DZ, ["إليزي"], ["تين الكوم"]),
 ],
 "cf4": [
  mv("deploy", "reported", None, ["ديركو"], ["تومو"], ["ماداما"]),
  mv("airlift", "reported", LNA, ["بنغازي"], ["قاعدة الويغ"]),
  mv("deploy", "reported", LNA, ["قاعدة الويغ"], ["منفذ التوم"]),
  mv("deploy", "planned", None, ["ماداما"], ["منفذ التوم"]),
  mv("redeploy", "conditional", None, ["أغاديز"], ["ديركو"]),
  mv("shipment", "denied", None, [], ["النيجر"], ["منفذ التوم"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["كوري بوقودي"]),
  mv("advance", "denied", "Chadian armed groups", ["كوري بوقودي"], ["منفذ التوم"]),
 ],
 "cf5": [
  mv("reinforce", "reported", EG, ["مرسى مطروح"], ["منفذ السلوم"]),
  mv("naval_landing", "reported", LNA, ["بنغازي"], ["قاعدة طبرق البحرية"]),
  mv("reinforce", "reported", LNA, ["قاعدة طبرق البحرية"], ["منفذ مساعد"]),
  mv("deploy", "planned", LNA, ["الكفرة"], ["الحدود مع السودان"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["الكرب", "المثلث الحدودي"]),
  mv("reinforce", "conditional", EG, [], ["سيدي براني", "السلوم"]),
 ],
}

NOTES = {
 "cf1": ("Ras Ajdir reopened after five days (Tunisian outlet, Ben Gardane): a GNA Interior force by sea Tripoli→Zuwara "
         "port then by road to the crossing, taking it over from a local battalion that withdrew to Zuwara; Tunisian "
         "army reinforcements Medenine→the buffer zone near the crossing; a denied Tataouine→Dehiba move; planned joint "
         "patrols Ben Gardane→Dehiba; a conditional advance Al-Ajaylat→Ras Ajdir. Traders' trucks, stranded travellers "
         "and the 2024 closure are not movements."),
 "cf2": ("Wazin crossing reopened (Libyan outlet, Nalut): a GNA border-guard company Gharyan→Wazin crossing via Jadu "
         "and Nalut, GNA supply trucks Tripoli→the crossing (shipment); Zintan's denial of a pull-out from Sinawen; a "
         "planned move of oil-facility guards Al Wafa field→Ghadames crossing via Derj; a conditional Algerian "
         "reinforcement In Amenas→Debdeb. Tunisian traders' trucks and smugglers' cars turned back are not movements."),
 "cf3": ("Tin Alkoum reopened (Algerian outlet, Illizi): Algerian army reinforcements Ouargla→Djanet and the strip by the "
         "crossing, an airlift Boufarik→Djanet airport; an LNA brigade Sabha→Isayen via Ubari and Ghat; a denied "
         "withdrawal of the local battalion from Isayen; planned joint patrols from Djanet along the border; a "
         "conditional reinforcement Illizi→Tin Alkoum. Barter caravans and smugglers' cars turned back are not movements."),
 "cf4": ("Toummo (Sahel outlet, Niamey): a Nigerien unit Dirkou→Toummo via Madama (actor null); an LNA airlift "
         "Benghazi→Al Wigh then by road to the Toummo crossing (two movements); planned joint patrols Madama→Toummo; a "
         "conditional Agadez→Dirkou move; a denied arms shipment through the crossing into Niger; FACT's denial of "
         "massing at Kouri Bougoudi and of advancing on Toummo. The smugglers' convoy turned back is not a movement."),
 "cf5": ("Sallum/Musaid and Al Karb (Egyptian outlet, Sallum): Egyptian border guards Marsa Matruh→Sallum land port; an "
         "LNA landing ship Benghazi→Tobruk naval base, then the company by road to Musaid (reinforce); a planned LNA "
         "battalion Kufra→the border with Sudan; the RSF's denial of massing at Al Karb or near the triangle; a "
         "conditional Egyptian reinforcement of Sidi Barrani and Sallum. Returning workers and trucks are not movements."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("cf1", "cf2", "cf3", "cf4", "cf5")
