# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                   # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                   # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                     # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G* (city row الجزائر)
 # Libya
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                           # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                                # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                      # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                   # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),                 # G* (town row)
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Tobruk port"),                    # G* (city row)
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                                  # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                        # G
 "maaten": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                  # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                        # G* (row جنوب ليبيا)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),     # G* (row مثلث العوينات)
 "jebel_uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                    # G* (row مثلث العوينات)
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Al Uwaynat area (south-east Libya)"),     # G* (row مثلث العوينات)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 # Sudan
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                            # G
 "omdurman": ("city", "SD", 15.64453, 32.47773, "Omdurman"),                                # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                                 # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                    # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                   # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                    # G
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                          # G
 "karb_tom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                           # G
 "atrun": ("town", "SD", 18.18, 26.60, "Al Atrun"),                                         # K
 "dabba": ("town", "SD", 18.05, 30.95, "Ad Dabbah"),                                        # K
 "dabba_loc": ("district", "SD", 18.05, 30.95, "Ad Dabbah locality"),                        # K (town point)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                  # G
 "adre": ("crossing", "TD", 13.46648, 22.19875, "Adré crossing"),                           # G* (town row أدري)
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                                  # G
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),                # G
 "border_sd_ly": ("region", "SD", 20.8, 25.3, "Sudan-Libya border (Sudanese side)"),        # K
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                      # G
 "aswan": ("city", "EG", 24.09082, 32.89942, "Aswan"),                                      # G
 "kharga": ("town", "EG", 25.45101, 30.54653, "Al Kharga"),                                 # G
 "new_valley": ("district", "EG", 24.79939, 28.92955, "New Valley Governorate"),            # G
 "dakhla": ("town", "EG", 25.4947, 28.9797, "Dakhla Oasis (Mut)"),                          # K
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),          # G* (row منفذ امساعد)
 "gilf": ("region", "EG", 23.40000, 25.80000, "Gilf Kebir"),                                # G
 "east_uweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                        # G* (airport row)
 "east_uweinat_airport": ("airport", "EG", 22.58570, 28.71660, "Shark El Oweinat Airport"), # G
 "border_eg_ly": ("region", "EG", 23.5, 25.3, "Egypt-Libya border (Egyptian side, south)"), # K
}

SAG, LNA, EGA = "Sudanese armed groups", "Libyan National Army", "Egyptian army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "qq1": ["الدعم السريع", "راديو دبنقا", "القوة المشتركة لحركات الكفاح المسلح", "المياه المالحة", "الليبية", "التشادي"],
 "qq2": ["القاهرة الإخبارية", "الدعم السريع", "المصرية", "السودانية", "السوداني", "عبد الرحيم الأسواني"],
 "qq3": ["الترا سودان", "الدعم السريع", "القوة المشتركة لحركات الكفاح المسلح", "سوق ليبيا", "الجيش السوداني",
         "القيادة العامة للجيش الليبي", "السودانية", "الليبية"],
 "qq4": ["بوابة إفريقيا الإخبارية", "سبل السلام", "عطية الكاسح", "الأخبار السارة", "السودانيين", "ما ادري"],
 "qq5": ["الشرق الأوسط", "الدعم السريع", "محمد الكفراوي", "السودانية", "الليبي", "المصري"],
}

PHEN = {
 "qq1": ["clitics", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area", "multiword",
         "ambiguity_idri", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qq2": ["clitics", "media_trap", "person_trap", "nisba", "multiword", "border_phrase", "ambiguity_country_capital",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "qq3": ["clitics", "media_trap", "operation_trap", "nisba", "vague_area", "multiword", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qq4": ["clitics", "spelling", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "border_phrase", "multiword", "coverage_bases", "town_vs_district",
         "countries"],
 "qq5": ["clitics", "spelling", "media_trap", "person_trap", "nisba", "vague_area", "border_phrase",
         "ambiguity_tripoli", "ambiguity_country_capital", "multiword", "coverage_oil", "coverage_neighbours",
         "countries"],
}

MOVES = {
 "qq1": [
  mv("shipment", "reported", SAG, ["الكفرة"], ["المالحة"], ["المثلث الحدودي", "وادي هور"]),
  mv("reinforce", "reported", SAG, ["مليط"], ["المالحة"]),
  mv("redeploy", "planned", SAG, ["المالحة"], ["كرب التوم"]),
  mv("advance", "conditional", SAG, [], ["وادي هور"]),
  mv("deploy", "denied", SAG, [], ["قاعدة معطن السارة"]),
 ],
 "qq2": [
  mv("deploy", "reported", EGA, ["الداخلة"], ["الجلف الكبير"]),
  mv("shipment", "reported", SAG, ["جبل العوينات"], ["وادي هور"]),
  mv("deploy", "planned", EGA, ["شرق العوينات"], ["جبل العوينات"]),
  mv("reinforce", "conditional", EGA, ["أسوان"], ["مطار شرق العوينات"]),
  mv("airlift", "denied", EGA, ["مطار شرق العوينات"], ["دنقلا"]),
  mv("naval_landing", "denied", EGA, [], ["بورتسودان"]),
 ],
 "qq3": [
  mv("advance", "reported", SAG, ["الفاشر"], ["كرب التوم"], ["مليط"]),
  mv("shipment", "denied", LNA, ["حقل السرير"], ["وادي هور"], ["قاعدة معطن السارة"]),
  mv("airlift", "planned", None, ["بورتسودان"], ["الدبة"]),
  mv("advance", "conditional", None, [], ["المثلث الحدودي"]),
  mv("withdraw", "reported", SAG, ["العطرون"], ["الدبة"]),
  mv("mobilise", "reported", SAG, [], ["الدبة"]),
 ],
 "qq4": [
  mv("deploy", "reported", LNA, ["الكفرة"], ["الحدود مع السودان"]),
  mv("redeploy", "reported", LNA, ["تازربو"], ["الكفرة"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("deploy", "planned", LNA, [], ["العوينات"]),
  mv("reinforce", "conditional", LNA, ["اجدابيا"], ["الكفرة"]),
  mv("withdraw", "denied", LNA, ["قاعدة معطن السارة"], []),
 ],
 "qq5": [
  mv("shipment", "reported", SAG, ["حقل السرير"], ["السودان"], ["الكفرة", "جبل العوينات"]),
  mv("mobilise", "reported", SAG, [], ["الحدود مع ليبيا"]),
  mv("airlift", "denied", "GNA forces", ["مصراته"], ["بورسودان"]),
  mv("reinforce", "planned", LNA, ["بنغازي"], ["الكفرة"]),
  mv("withdraw", "conditional", LNA, ["المثلث الحدودي"], []),
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
 ],
}

NOTES = {
 "qq1": "Radio Dabanga style (Al Malha/Kufra dateline): an RSF fuel-and-ammunition convoy Kufra->Al Malha via the "
        "triangle and Wadi Howar (shipment), RSF reinforcements Mellit->Al Malha (anaphora «البلدة»), a planned "
        "repositioning Al Malha->Karb al-Tom, the joint force's conditional advance to Wadi Howar and the RSF's denied "
        "deployment near Maaten al-Sarra; refugee families on trucks to Kufra and UN aid convoys through the Adré "
        "crossing are not movements; «للمالحة» -> «مالحة»; trap «المياه المالحة».",
 "qq2": "Al Qahera News style (Cairo): an Egyptian border-guard deploy Dakhla->Gilf Kebir, an RSF convoy Jebel "
        "Uweinat->Wadi Howar seen by Egyptian reconnaissance, a planned company East Oweinat->Jebel Uweinat, a "
        "conditional reinforcement Aswan->East Oweinat airport and two denied Egyptian moves (an airlift East Oweinat "
        "airport->Dongola, a naval landing at Port Sudan); «القريبة من الحدود مع ليبيا» is a locator; Sudanese "
        "arriving through the Sallum land port are not a movement; the outlet name contains «القاهرة».",
 "qq3": "Ultra Sudan style (Port Sudan): an RSF advance El Fasher->Karb al-Tom via Mellit, an alleged LNA fuel "
        "shipment Sarir field->Wadi Howar via Maaten al-Sarra denied by the LNA (anaphora «تلك القاعدة»), a planned "
        "Sudanese army airlift Port Sudan->Al Dabbah, a conditional army advance to the triangle, the joint force's "
        "pull-out Al Atrun->Al Dabbah and its mobilisation there («في المدينة»); «سوق ليبيا» (an Omdurman market) is "
        "a trap; displaced people's convoys are not a movement.",
 "qq4": "Afrigate News style (Kufra): Kufra hospitals under pressure; Subul al-Salam (LNA) patrols Kufra->the "
        "Sudan border (anaphora «المدينة»), two companies Tazirbu->Kufra, an airlift Benina air base->Kufra airport, "
        "a planned company for the Uweinat area, a conditional reinforcement Ajdabiya->Kufra («إلى المدينة») and a "
        "denied pull-out from Maaten al-Sarra; refugees, a GNU medicine flight from Tripoli, an aid convoy from "
        "Benghazi are not movements; trap «ما ادري».",
 "qq5": "Asharq Al-Awsat style (Benghazi): RSF fuel trucks Sarir field->Sudan via Kufra and Jebel Uweinat, RSF "
        "massing on the Sudanese side of the border with Libya, a GNU airlift Misrata->Port Sudan denied, a planned "
        "LNA battalion Benghazi->Kufra, a conditional LNA pull-out from the triangle and a Russian landing at Tobruk "
        "port; a refugee convoy from El Fasher to Kufra is not a movement; «لليبيا» -> «ليبيا»; spellings «مصراته», "
        "«بورسودان».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qq1", "qq2", "qq3", "qq4", "qq5")
