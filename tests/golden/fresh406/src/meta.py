# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                   # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                     # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                   # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                                 # G (country row)
 # Libya: Kufra and the road north
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                      # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),                 # G* (town row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                   # G
 "sarra_base": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),              # G
 "uweinat": ("region", "LY", 21.90, 24.95, "Jebel Uweinat"),                                # K
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),     # G* (row مثلث العوينات)
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                   # G* (row جنوب شرق ليبيا)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "benghazi_port": ("crossing", "LY", 32.100, 20.053, "Benghazi port"),                      # K
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                           # G
 "tobruk_base": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                    # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                                # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                        # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                        # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 # Sudan
 "karb": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                               # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                   # G
 "howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                               # G
 "n_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                        # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                  # G
 "tina_sd": ("town", "SD", 15.030, 22.810, "Tina (Sudan)"),                                 # K
 "tina_crossing": ("crossing", "SD", 15.030, 22.810, "Tina border crossing"),               # K
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                    # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                                 # G
 "kutum": ("town", "SD", 14.20000, 24.66667, "Kutum"),                                      # G
 "debba": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                                  # G* (row spelled الدبه)
 "northern": ("district", "SD", 19.45943, 29.85719, "Northern State"),                      # G
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                                  # G
 "geneina": ("city", "SD", 13.45262, 22.44725, "Geneina"),                                  # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                                # G* (city row spelled خرطوم)
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                            # G
 "port_sudan_port": ("crossing", "SD", 19.61745, 37.21644, "Port Sudan port"),              # G* (city row)
 "border_sd_ly": ("region", "SD", 20.50, 25.30, "Sudan-Libya border (Sudanese side)"),      # K
 # Chad
 "tine": ("town", "TD", 15.02528, 22.80222, "Tiné"),                                        # G
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abéché"),                                    # G
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                              # G
 "iriba": ("town", "TD", 15.11667, 22.25000, "Iriba"),                                      # G* (row spelled إريبا)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                               # G* (city row spelled نجامينا)
 "adre": ("town", "TD", 13.46648, 22.19875, "Adré"),                                        # G
 "adre_crossing": ("crossing", "TD", 13.46648, 22.19875, "Adré crossing"),                  # G* (town row)
 "border_td_sd": ("region", "TD", 15.25834, 22.83250, "Chad-Sudan border"),                 # G
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                      # G
 "east_oweinat": ("region", "EG", 22.5857, 28.7166, "East Oweinat"),                        # K (airport row's point)
 "border_eg_sd": ("region", "EG", 22.15, 26.00, "Egypt-Sudan border (Egyptian side, near Uweinat)"),  # K
}

TRAPS = {
 "or1": ["راديو دبنقا", "الآبار المالحة", "القوة المشتركة لحركات دارفور", "صفحات سودانية", "السودانيين"],
 "or2": ["دارفور 24", "الضفة التشادية", "الجيش التشادي"],
 "or3": ["التغيير", "مفتاح العويناتي", "الجانب الليبي", "مصدر أمني مصري", "مساعدات مصرية"],
 "or4": ["سونا", "وكالة السودان للأنباء", "قوات درع السودان", "السلطات الليبية", "للجيش الليبي"],
 "or5": ["يورونيوز", "الهلال الأحمر الليبي", "مصطفى الطبرقي", "الأخبار السارة", "السودانيين"],
}

PHEN = {
 "or1": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_oil"],
 "or2": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_idri", "vague_area",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "or3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "vague_area", "border_phrase",
         "coverage_bases", "coverage_neighbours", "countries"],
 "or4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "coverage_crossings", "countries"],
 "or5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}

LNA, SAG, FF, EGY = "Libyan National Army", "Sudanese armed groups", "Foreign fighters", "Egyptian army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "or1": [
  mv("advance", "reported", SAG, ["المالحة"], ["كرب التوم"], ["وادي هور"]),
  mv("reinforce", "reported", LNA, ["الكفرة"], ["جبل العوينات"]),
  mv("deploy", "planned", LNA, [], ["قاعدة معطن السارة الجوية"]),
  mv("shipment", "denied", LNA, ["الكفرة"], ["المالحة"]),
  mv("withdraw", "conditional", SAG, ["كرب التوم"], ["الطينة"]),
 ],
 "or2": [
  mv("mobilise", "reported", SAG, ["الفاشر"], ["مليط"], ["كتم"]),
  mv("advance", "planned", SAG, [], ["الطينة"]),
  mv("reinforce", "reported", SAG, ["الدبة"], ["الطينة"]),
  mv("withdraw", "denied", SAG, ["الطينة"], ["تشاد"]),
  mv("airlift", "conditional", None, ["أبشي"], ["أم جرس"]),
 ],
 "or3": [
  mv("advance", "reported", SAG, ["كرب التوم"], ["جبل العوينات"], ["وادي هور"]),
  mv("withdraw", "reported", SAG, ["المثلث الحدودي"], ["الدبة"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("redeploy", "denied", LNA, ["جبل العوينات"], ["الكفرة"]),
  mv("deploy", "conditional", EGY, [], ["شرق العوينات"]),
 ],
 "or4": [
  mv("airlift", "denied", FF, ["بنغازي"], ["مطار الكفرة"]),
  mv("shipment", "denied", None, ["الكفرة"], ["المالحة"], ["الحدود مع ليبيا"]),
  mv("airlift", "reported", None, ["بورتسودان"], ["دنقلا"]),
  mv("advance", "planned", None, ["الدبة"], ["كرب التوم", "المثلث الحدودي"]),
  mv("mobilise", "conditional", None, [], ["الدبة"]),
 ],
 "or5": [
  mv("naval_landing", "reported", LNA, ["قاعدة طبرق البحرية"], ["ميناء بنغازي"]),
  mv("naval_landing", "planned", LNA, [], ["ميناء بنغازي"]),
  mv("deploy", "conditional", LNA, ["بنغازي"], ["جبل العوينات"]),
  mv("redeploy", "reported", LNA, ["الكفرة"], ["معطن السارّة"]),
  mv("withdraw", "denied", LNA, ["الكفرة"], ["تازربو"]),
 ],
}

NOTES = {
 "or1": ("Radio Dabanga from Kufra: refugees from Karb al-Tom and a WFP convoy Benghazi→Kufra via Ajdabiya/Jalu/Sarir "
         "(civilian, not movements) beside an RSF advance Al Malha→Karb al-Tom via Wadi Howar (told in the headline "
         "too), a Subul al-Salam reinforcement Kufra→Jebel Uweinat (the triangle is a locator), a planned company for "
         "Maaten al-Sarra air base, a denied fuel-and-ammunition shipment Kufra→Al Malha and the joint force's "
         "conditional pull-back Karb al-Tom→Tina («لن…إلا إذا»); traps: the salty wells, the Darfur joint force."),
 "or2": ("Darfur 24 from Tina: refugees Tina→Tiné and UNHCR trucks to Iriba, Geneina→Adré in a quote (civilian); "
         "RSF massing in Mellit with men from El Fasher via Kutum, the RSF's announced advance on Tina (planned), "
         "joint-force reinforcements Ad Dabbah→Tina, the joint force's denied pull-out Tina→Chad and the Chadian "
         "army's conditional airlift Abéché→Amdjarass («في حال»; the first Abéché is the speaker's place)."),
 "or3": ("Al-Taghyeer from Khartoum: an RSF advance Karb al-Tom→Jebel Uweinat via Wadi Howar, the joint force's "
         "withdrawal from the triangle's mining sites («منها») towards Ad Dabbah, a planned Benina→Kufra airport "
         "airlift, the LNA's denied redeployment Jebel Uweinat→Kufra and Egypt's conditional deployment in East "
         "Oweinat; miners fleeing to Kufra, an analyst's «خط إمداد نحو ليبيا» and an aid convoy to Dongola are not "
         "movements; the Egyptian-side border phrase is only in the condition."),
 "or4": ("SUNA from Port Sudan: the army's charge of a mercenary airlift Benghazi→Kufra airport and an arms "
         "shipment Kufra→Al Malha across the border, both denied by the LNA in the next sentence; air strikes in Wadi "
         "Howar and near Al Malha (not movements); a reported army airlift Port Sudan→Dongola, a planned advance Ad "
         "Dabbah→Karb al-Tom/the triangle, a conditional mobilisation in Ad Dabbah; a Kuwaiti aid ship at Port Sudan "
         "port and displaced people from El Fasher/Mellit are not movements."),
 "or5": ("Euronews from Benghazi: an aid convoy Benghazi→Kufra via Ajdabiya, Jalu and the Sarir field and a GNU "
         "medicine flight to Kufra airport (civilian, not movements); an LNA landing ship Tobruk naval base→Benghazi "
         "port, a second landing planned at «الميناء نفسه», the landed force's conditional move Benghazi→Jebel "
         "Uweinat, Subul al-Salam's redeployment Kufra («المدينة»)→Maaten al-Sarra and a denied pull-out "
         "Kufra→Tazirbu; the border with Sudan is only in the condition."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("or1", "or2", "or3", "or4", "or5")
