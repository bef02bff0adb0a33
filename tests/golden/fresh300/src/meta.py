# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                   # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                   # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                     # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                                # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                    # G
 # Libya: Kufra district and the east
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                      # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                   # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                                  # G
 "tazirbu_mun": ("district", "LY", 25.67289, 21.07286, "Tazirbu municipality"),             # G* (town row)
 "buzayma": ("village", "LY", 25.00000, 22.00000, "Buzayma"),                               # G (coarse row)
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                                  # G
 "arkenu": ("region", "LY", 22.20833, 24.73750, "Jabal Arkanu"),                           # K
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),         # G* (row مثلث العوينات)
 "jebel_uweinat": ("region", "LY", 21.90000, 24.97000, "Jebel Uweinat"),                    # K
 "uwaynat_se": ("region", "LY", 21.95000, 24.80000, "Al Uwaynat area (south-east Libya)"),  # K
 "sarra_base": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),              # G* (row قاعدة معطن السارة)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                        # G
 "sarir_short": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                  # G* (surface السرير)
 "south_east": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                 # G* (row جنوب شرق ليبيا)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                           # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "benghazi_port": ("crossing", "LY", 32.09800, 20.05000, "Port of Benghazi"),               # K
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                    # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),                   # K
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                                # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                        # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                      # G
 "east_oweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                        # G* (airport row)
 "east_oweinat_airport": ("airport", "EG", 22.58570, 28.71660, "Shark El Oweinat Airport"), # G
 "western_desert": ("region", "EG", 25.70408, 28.49824, "Western Desert (Egypt)"),          # G* (row غرب مصر)
 "abu_simbel": ("town", "EG", 22.35000, 31.61700, "Abu Simbel"),                            # K
 "cairo_west": ("base", "EG", 30.11600, 30.91500, "Cairo West Air Base"),                   # K
 "kharga": ("town", "EG", 25.45101, 30.54653, "Al Kharga"),                                 # G
 "new_valley": ("district", "EG", 24.79939, 28.92955, "New Valley Governorate"),            # G
 "border_eg_sd": ("region", "EG", 22.22287, 31.25544, "Egypt-Sudan border"),                # G* (row الحدود المصرية السودانية)
 "argeen": ("crossing", "EG", 22.00000, 31.33000, "Argeen land port"),                      # K
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G
 # Sudan
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                            # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                   # G
 "malha_loc": ("district", "SD", 15.13330, 26.20000, "Al Malha locality"),                  # G* (town row)
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                                 # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                    # G
 "kutum": ("town", "SD", 14.20000, 24.66667, "Kutum"),                                      # G
 "dabba": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                                  # G (row الدبه)
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),                # G
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                          # G
 "tina_sd": ("town", "SD", 15.03000, 22.83000, "Tina (Sudan)"),                             # K
 "karb_tom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                           # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                    # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                  # G
 "border_sd_ly": ("region", "SD", 20.50000, 24.60000, "Sudan-Libya border (Sudanese side)"),# K
 "border_sd_td": ("region", "SD", 15.27115, 23.08771, "Sudan-Chad border"),                 # G* (row الحدود السودانية التشادية)
 "atrun": ("region", "SD", 18.17000, 26.60000, "Al Atrun (Bir Natrun)"),                    # K
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                      # G
 # Chad
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                               # G (row نجامينا)
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                              # G (row أم جرس)
 "amdjarass_airport": ("airport", "TD", 16.06666, 22.83536, "Amdjarass airport"),           # G* (town row)
 "ennedi": ("region", "TD", 17.04167, 21.86278, "Ennedi Plateau"),                          # G
 "ennedi_est": ("district", "TD", 17.65000, 23.15000, "Ennedi Est province"),               # K
 "ennedi_ouest": ("district", "TD", 18.97756, 21.85686, "Ennedi Ouest province"),           # K
 "fada": ("town", "TD", 17.19186, 21.58081, "Fada"),                                        # G (row فدا)
 "ounianga": ("town", "TD", 19.05263, 20.48887, "Ounianga Kebir"),                          # G (row أونيانقا كبير)
 "border_td_ly": ("region", "TD", 20.70000, 21.00000, "Chad-Libya border (Chadian side)"),  # K
 "bahai": ("town", "TD", 15.55000, 22.90000, "Bahai"),                                      # K
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abeche"),                                    # G (row أبشي)
 "tine_td": ("town", "TD", 15.02528, 22.80222, "Tine (Chad)"),                              # G
 "adre": ("crossing", "TD", 13.46648, 22.19875, "Adre crossing"),                           # G* (town row أدري)
 # elsewhere
 "djibouti": ("city", "DJ", 11.58901, 43.14503, "Djibouti"),                                # G
}

TRAPS = {
 "kp1": ["فواصل", "كتيبة سبل السلام", "عبد السلام الأوجلي", "غرفة عمليات المنطقة الجنوبية", "سودانيون", "تشاديون",
         "شركة الخليج العربي للنفط", "شارع طرابلس"],
 "kp2": ["الشروق", "المنطقة الجنوبية العسكرية", "الخارجة عن القانون", "السودانية", "الليبية", "المصرية", "مصرية",
         "غريب عبد الحافظ"],
 "kp3": ["راديو دبنقا", "قوات الدعم السريع", "الدعم السريع", "القوة المشتركة لحركات الكفاح المسلح", "قوات درع السودان",
         "حركة تحرير السودان", "حركة العدل والمساواة", "الطاهر إدريس", "مني أركو مناوي"],
 "kp4": ["التلفزيون الوطني التشادي", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "المنطقة العسكرية الثامنة", "سودانية",
         "تشادية", "محمد إدريس ديبي إتنو", "المجلس الرئاسي الليبي", "الدور الليبي", "اتفاق طرابلس"],
 "kp5": ["سودان تريبيون", "الجيش السوداني", "قوات حفتر", "قوات الدعم السريع", "الدعم السريع", "سوداني", "الليبية",
         "دعم مالي", "السودانيين", "الاتحاد الأفريقي", "الهيئة الحكومية للتنمية"],
}

PHEN = {
 "kp1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "countries"],
 "kp2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "kp3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_idri", "border_phrase",
         "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "kp4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "border_phrase", "coverage_neighbours", "countries"],
 "kp5": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
}


def _m(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, EGY, SAG, CAG = "Libyan National Army", "Egyptian army", "Sudanese armed groups", "Chadian armed groups"

MOVES = {
 "kp1": [
  _m("reinforce", "reported", LNA, ["الكفرة"], ["تازربو"], ["بزيمة"]),
  _m("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  _m("naval_landing", "reported", LNA, ["طبرق"], ["ميناء بنغازي"]),
  _m("shipment", "reported", LNA, ["ميناء بنغازي"], ["الكفرة"], ["أجدابيا", "جالو"]),
  _m("deploy", "planned", LNA, [], ["ربيانة"]),
  _m("advance", "conditional", LNA, [], ["جبل أركنو"]),
  _m("withdraw", "denied", LNA, ["حقل السرير"], ["الكفرة"]),
 ],
 "kp2": [
  _m("reinforce", "reported", EGY, ["أبوسمبل"], ["شرق العوينات"]),
  _m("airlift", "reported", EGY, ["قاعدة غرب القاهرة الجوية"], ["مطار شرق العوينات"]),
  _m("shipment", "reported", EGY, ["الخارجة"], ["شرق العوينات"]),
  _m("deploy", "planned", EGY, [], ["الحدود مع السودان", "منفذ أرقين"]),
  _m("advance", "conditional", EGY, [], ["جبل العوينات"]),
  _m("naval_landing", "denied", EGY, [], ["ميناء طبرق"]),
 ],
 "kp3": [
  _m("mobilise", "reported", SAG, ["مليط", "كتم"], ["المالحة", "محلية المالحة"]),
  _m("advance", "planned", SAG, [], ["الدبة"], ["وادي هور"]),
  _m("airlift", "reported", None, ["بورتسودان"], ["الدبة"]),
  _m("withdraw", "denied", SAG, ["الطينة"], ["تشاد"]),
  _m("redeploy", "conditional", SAG, ["الطينة"], ["كرب التوم"]),
 ],
 "kp4": [
  _m("airlift", "reported", None, ["انجمينا"], ["مطار أمجرس"]),
  _m("deploy", "reported", None, ["فادا"], ["أونيانغا كبير", "الحدود مع ليبيا"]),
  _m("withdraw", "reported", CAG, ["أونيانغا كبير"], ["ليبيا"]),
  _m("reinforce", "planned", None, ["أبشة"], ["فادا"]),
  _m("mobilise", "denied", None, [], ["باهاي"]),
  _m("redeploy", "conditional", None, ["أمجرس"], ["تيني"]),
 ],
 "kp5": [
  _m("shipment", "reported", SAG, ["الكفرة"], ["العطرون"], ["المثلث الحدودي"]),
  _m("redeploy", "reported", LNA, ["قاعدة معطن السارة الجوية"], ["العوينات"]),
  _m("airlift", "denied", LNA, ["مطار الكفرة"], ["نيالا"]),
  _m("advance", "planned", None, ["الدبة"], ["المثلث الحدودي"]),
  _m("withdraw", "reported", None, ["المثلث الحدودي"], []),
  _m("withdraw", "conditional", SAG, ["المثلث الحدودي"], ["وادي هور"]),
 ],
}

NOTES = {
 "kp1": "Fawasel (Libyan), Kufra dateline: an LNA (Subul al-Salam) reinforcement Kufra→Tazirbu via Buzayma, an Il-76 "
        "Benina air base→Kufra airport, a landing ship Tobruk→Benghazi port and the armour trucked on to Kufra via "
        "Ajdabiya and Jalu, a planned company for Rabyana, a conditional advance on Jebel Arkenu and a denied pull-out "
        "Sarir field→Kufra. Traps: «شارع طرابلس» in Kufra beside the GNU «في طرابلس», a person with a nisba, AGOCO; the "
        "locators «غربي الكفرة», «في بنغازي» and the purpose «الطريق المؤدي إلى تازربو» are not movement places.",
 "kp2": "Al-Shorouk (Egyptian), Cairo dateline: an Egyptian reinforcement Abu Simbel→East Oweinat, a C-130 airlift Cairo "
        "West air base→East Oweinat airport, a supply convoy Kharga→East Oweinat («المنطقة نفسها»), planned border guards "
        "along the border with Sudan to the Argeen land port, a conditional advance on Jebel Uweinat and a denied landing "
        "at Tobruk port. Traps: «الخارجة عن القانون» beside the town الخارجة, «الصحراء الغربية» is Egypt's Western Desert "
        "(not Western Sahara), الجزائر العاصمة (city) vs الجزائر (country); the armed groups' hypothetical move towards "
        "the triangle is a condition, not a movement.",
 "kp3": "Radio Dabanga (Sudanese), Tina/Kutum dateline: RSF massing in Al Malha with fighters from Mellit and Kutum, a "
        "planned RSF advance on Ad Dabbah via Wadi Howar, a Sudanese army airlift Port Sudan→Ad Dabbah, the Joint Force's "
        "denied pull-out Tina→Chad and its conditional redeploy Tina→Karb al-Tom. Refugees crossing to Chad via the Adré "
        "crossing are not a force movement; «الحدود مع ليبيا» is inside the condition (RSF moving), not a destination. "
        "Idri trap: «الطاهر إدريس» beside the gold Chadian «أدري».",
 "kp4": "Chad's national TV, Amdjarass dateline: a Chadian army airlift N'Djamena→Amdjarass airport, an armoured battalion "
        "Fada→Ounianga Kebir/the border with Libya, a CCMSR pull-back Ounianga Kebir→Libya, planned reinforcements "
        "Abeche→Fada, a denied build-up at Bahai and a conditional redeploy Amdjarass→Tine. Caravans from Kufra are "
        "civilian; «في شمال دارفور» is the condition's locator. Traps: «محمد إدريس ديبي إتنو» (Idri), «اتفاق طرابلس» "
        "(a named 2006 agreement) beside the gold «في طرابلس».",
 "kp5": "Sudan Tribune, Port Sudan dateline: an RSF fuel-and-ammunition convoy Kufra→Al Atrun via the triangle, an LNA "
        "redeploy Maaten al-Sarra air base→Al Uwaynat, denied LNA cargo flights Kufra airport→Nyala, a planned Sudanese "
        "army advance Ad Dabbah→the triangle, the army's earlier pull-out from the triangle (flashback) and the RSF's "
        "conditional pull-back triangle→Wadi Howar. Refugees in Kufra from Darfur and the IGAD meeting in Djibouti are "
        "not movements; «دعم مالي» is the common word 'financial'.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("kp1", "kp2", "kp3", "kp4", "kp5")
