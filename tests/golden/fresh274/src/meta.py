# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                   # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                    # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                  # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 # capitals, datelines and speakers' cities
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                  # G
 "nouakchott": ("city", "MR", 18.08581, -15.97850, "Nouakchott"),                          # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                   # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                     # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                    # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                              # G* (city row spelled نجامينا)
 "djibouti_city": ("city", "DJ", 11.58901, 43.14503, "Djibouti"),                          # G
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                           # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 # Niger (jp1, jp2)
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                    # G
 "agadez_reg": ("district", "NE", 19.42135, 10.68918, "Agadez Region"),                    # G (district row)
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                   # G
 "dirkou_ap": ("airport", "NE", 18.96870, 12.86870, "Dirkou Airport"),                     # G
 "tenere": ("region", "NE", 18.8, 10.5, "Ténéré desert"),                                  # K
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                   # G
 "border_ne_ly": ("region", "NE", 22.6, 13.8, "Niger-Libya border (Nigerien side)"),       # K
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),               # G
 "bilma": ("town", "NE", 18.68532, 12.91643, "Bilma"),                                     # G
 "bilma_dep": ("district", "NE", 18.68532, 12.91643, "Bilma Department"),                  # G* (town row)
 "air": ("region", "NE", 18.3, 8.7, "Aïr Mountains"),                                      # K
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado"),                                   # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                       # G* (row جنوب ليبيا)
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                       # G
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Port of Tobruk"),                      # K
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                # G
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Séguédine"),                          # G
 "agadem": ("oilfield", "NE", 16.0, 13.3, "Agadem oil block"),                             # K
 # Chad (jp3, jp4)
 "ounianga": ("town", "TD", 19.05263, 20.48887, "Ounianga Kébir"),                         # G
 "bardai": ("town", "TD", 21.35470, 16.99810, "Bardaï"),                                   # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                               # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                     # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                               # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                          # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                        # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                  # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                # G* (row الحدود الليبية التشادية)
 "tine_td": ("town", "TD", 15.02528, 22.80222, "Tiné (Chad)"),                             # G
 "adre": ("town", "TD", 13.46648, 22.19875, "Adré"),                                       # G
 "adre_crossing": ("crossing", "TD", 13.46648, 22.19875, "Adré border crossing"),          # G* (town row)
 # Sudan (jp4, jp5)
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                  # G
 "n_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                       # G
 "karb_tom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                          # G
 "tri_ly_td_sd": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"), # G* (row المثلث الحدودي مع تشاد والسودان)
 "tine_sd": ("town", "SD", 15.03, 22.83, "Tina (Sudan)"),                                  # K
 "border_sd_td": ("region", "SD", 15.27115, 23.08771, "Sudan-Chad border"),                # G* (row الحدود السودانية التشادية)
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                         # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                     # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                                # G
 "debba": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                                 # G (row spelled الدبه)
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),               # G
 "border_sd_ly": ("region", "SD", 20.8, 25.3, "Sudan-Libya border (Sudanese side)"),       # K
 "tri_ly_eg_sd": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"), # G* (row مثلث العوينات)
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                         # G* (row مثلث العوينات)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                 # G
 "benghazi_port": ("crossing", "LY", 32.105, 20.055, "Port of Benghazi"),                  # K
 "east_oweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                       # G* (airport row)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                       # G
}

TRAPS = {
 "jp1": ["آير إنفو", "تيلي ساحل", "الجبهة الوطنية للتحرير", "فندق طرابلس", "النيجري", "الليبيون"],
 "jp2": ["سبوتنيك", "أكتو نيجر", "وكالة الأنباء النيجرية", "مجلس القيادة العسكرية لإنقاذ الجمهورية",
         "الجزائري", "الأراضي النيجرية"],
 "jp3": ["هسبريس", "تشاد إنفو", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "الجيش الوطني الليبي",
         "العقيد خالد الطرابلسي", "محمد إدريس ديبي", "الزوار", "التشادي"],
 "jp4": ["راديو دبنقا", "لو بروغريه", "قوات الدعم السريع", "القوة المشتركة لحركات الكفاح المسلح",
         "محمد إدريس ديبي", "لا أدري", "السودانية", "التشادية"],
 "jp5": ["سودان تربيون", "السوداني", "قوات الدعم السريع", "الجيش الوطني الليبي", "خليفة حفتر",
         "مني أركو مناوي", "الجيش المصري"],
}

PHEN = {
 "jp1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "jp2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "jp3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
         "coverage_neighbours", "countries"],
 "jp4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "border_phrase", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "jp5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "jp1": [
  mv("reinforce", "reported", None, ["أغاديز"], ["ديركو"], ["تينيري"]),
  mv("airlift", "reported", None, ["نيامي"], ["مطار ديركو"]),
  mv("redeploy", "planned", None, ["ديركو"], ["قاعدة ماداما"]),
  mv("withdraw", "denied", None, ["ماداما"], ["بيلما"]),
  mv("advance", "conditional", None, [], ["الحدود مع ليبيا"]),
 ],
 "jp2": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الخادم الجوية"], ["نيامي"]),
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
  mv("deploy", "planned", None, [], ["بيلما"]),
  mv("shipment", "reported", None, ["القطرون"], ["سقدين"], ["منفذ التوم"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["جادو"]),
  mv("reinforce", "conditional", None, ["ديركو"], ["سقدين"]),
 ],
 "jp3": [
  mv("reinforce", "reported", None, ["فايا لارجو"], ["أونيانغا كبير"]),
  mv("advance", "planned", None, ["زوار"], ["برداي"]),
  mv("withdraw", "reported", "Chadian armed groups", ["كوري بوغودي"], ["أم الأرانب"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["قاعدة معطن السارة"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["الحدود مع تشاد"]),
 ],
 "jp4": [
  mv("advance", "reported", "Sudanese armed groups", ["المالحة"], ["كرب التوم"], ["وادي هور"]),
  mv("withdraw", "reported", "Sudanese armed groups", ["كرب التوم"], ["الطينة"]),
  mv("deploy", "planned", None, [], ["الطينة", "معبر أدري"]),
  mv("shipment", "denied", None, ["الكفرة"], ["المالحة"]),
  mv("advance", "conditional", "Sudanese armed groups", [], ["الطينة"]),
 ],
 "jp5": [
  mv("airlift", "reported", None, ["بورتسودان"], ["الدبة"]),
  mv("advance", "reported", None, ["الدبة"], ["وادي هور"]),
  mv("naval_landing", "denied", "Foreign fighters", [], ["ميناء بنغازي"]),
  mv("deploy", "planned", "Egyptian army", [], ["شرق العوينات"]),
  mv("redeploy", "conditional", None, ["الدبة"], ["المثلث الحدودي"]),
 ],
}

NOTES = {
 "jp1": "Niger's press via a Mauritanian agency: Nigerien reinforcement Agadez→Dirkou across the Ténéré (reported), "
        "C-130 Niamey→Dirkou airport (reported), planned company Dirkou→Madama base, denied pull-out Madama→Bilma, "
        "conditional advance to the border with Libya; Libyan delegation's visit to Agadez is not a force move; "
        "«فندق طرابلس» is a hotel in Agadez.",
 "jp2": "Nigerien sites via Sputnik: Russian airlift Al Khadim air base→Niamey and landing at Tobruk port (reported), "
        "planned unit for Bilma, smugglers' arms shipment Al Qatrun→Séguédine via Toummo (reported), CCMSR's denied "
        "massing at Djado, conditional company Dirkou→Séguédine; the minister's visit to Algeria/Algiers is not a move.",
 "jp3": "Chadian sites via Hespress: reinforcement Faya-Largeau→Ounianga Kébir (reported), planned advance Zouar→Bardaï, "
        "CCMSR pull-out Kouri Bougoudi→Umm al-Aranib (reported), LNA-denied rebel massing at Maaten al-Sarra, conditional "
        "LNA deployment to the border with Chad; gold miners leaving for Faya and Déby's visit are not force moves.",
 "jp4": "Radio Dabanga with Chadian press: RSF advance Al Malha→Karb al-Tom via Wadi Howar, Joint Force pull-back "
        "Karb al-Tom→Tina (Sudan), planned Chadian battalion for Tiné (Chad)/the Adré crossing, Chad's denied fuel "
        "shipment Kufra→Al Malha, RSF conditional advance on Tina; refugees Sudan→Adré and the smuggling road are not moves.",
 "jp5": "Sudan Tribune: Sudanese army airlift Port Sudan→Ad Dabbah, advance Ad Dabbah→Wadi Howar (reported), LNA-denied "
        "landing of mercenaries at Benghazi port, Egypt's planned deployment at East Oweinat, conditional redeploy "
        "Ad Dabbah→the triangle; RSF control of the triangle, a drone strike and Minawi's rhetoric are not moves.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("jp1", "jp2", "jp3", "jp4", "jp5")
