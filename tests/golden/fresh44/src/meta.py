# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge of GeoNames / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.8838, "Niger"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "algeria": ("country", "DZ", 28.0512, 0.58775, "Algeria"),                             # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # at1 Fezzan / Al Qatrun
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "qatrun_muni": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),       # G* (town point)
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "ummaranib": ("town", "LY", 26.13386, 14.7372, "Umm al Aranib"),                       # G
 "tamanhint": ("base", "LY", 27.2401, 14.6563, "Tamanhint Air Base"),                   # G
 "wigh": ("village", "LY", 24.1859, 14.5328, "Al Wigh"),                                # G* (air base row)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.6986, "Libya-Niger border (Libyan side)"),  # G
 "tibesti": ("region", "TD", 20.8, 17.8, "Tibesti"),                                    # G
 "border_td_ly": ("region", "TD", 22.2, 17.5, "Chad-Libya border (Chadian side, Tibesti sector)"),  # K
 "south_libya": ("region", "LY", 24.6764, 17.6011, "Southern Libya"),                   # G
 # at2 Kufra district
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "kufra": ("town", "LY", 24.1989, 23.29093, "Kufra"),                                   # G
 "kufra_muni": ("district", "LY", 24.1989, 23.29093, "Kufra municipality"),             # G* (town point)
 "kufra_airport": ("airport", "LY", 24.1787, 23.314, "Kufra Airport"),                  # G
 "benina": ("base", "LY", 32.0968, 20.2695, "Benina Air Base"),                         # G
 "rebiana": ("town", "LY", 24.233, 21.983, "Rebiana"),                                  # G
 "zighan": ("village", "LY", 25.49806, 22.11778, "Az-Zighan"),                          # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "jalu": ("town", "LY", 29.03333, 21.55, "Jalu"),                                       # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G
 "uweinat": ("region", "LY", 21.9, 24.97, "Jebel Uweinat"),                             # K
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"), # G* (مثلث العوينات row)
 "south_east_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),          # G* (جنوب شرق ليبيا row)
 "sarir": ("oilfield", "LY", 27.6624, 22.5086, "Sarir oil field"),                      # G
 "darfur": ("region", "SD", 13.5, 24.5, "Darfur"),                                      # G
 # at3 Algerian far south
 "tamanrasset": ("town", "DZ", 22.785, 5.52278, "Tamanrasset"),                         # G
 "tam_airport": ("airport", "DZ", 22.8115, 5.4511, "Tamanrasset Aguenar airport"),      # K
 "inguezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                          # G
 "tinzaouatine": ("town", "DZ", 19.95333, 2.96667, "Tin Zaouatine"),                    # G
 "bbm": ("town", "DZ", 21.325, 0.94611, "Bordj Badji Mokhtar"),                         # G
 "djanet": ("town", "DZ", 24.55528, 9.485, "Djanet"),                                   # G (gazetteer kind village)
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                   # G
 "assamaka": ("village", "NE", 19.36667, 5.8, "Assamaka"),                              # G
 "niamey": ("city", "NE", 13.51366, 2.1098, "Niamey"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 "border_dz_ne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border (Algerian side)"),  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "inguezzam_crossing": ("crossing", "DZ", 19.45, 5.78, "In Guezzam-Assamaka border crossing (Algerian post)"),  # K
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G
 # at4 northern Niger
 "dirkou": ("town", "NE", 18.9687, 12.8687, "Dirkou"),                                  # G
 "bilma": ("town", "NE", 18.68532, 12.91643, "Bilma"),                                  # G
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                       # G
 "chirfa": ("village", "NE", 20.95, 12.35, "Chirfa"),                                   # K
 "djado": ("region", "NE", 20.983, 12.333, "Djado"),                                    # G
 "border_ne_ly": ("region", "NE", 22.3, 13.0, "Niger-Libya border (Nigerien side)"),    # K
 "libyan_border": ("region", "LY", 23.17309, 13.6986, "Libya-Niger border"),            # G* (الحدود الليبية النيجرية row)
 "agadem": ("oilfield", "NE", 16.4, 13.2, "Agadem oil block"),                        # K (representative point)
 "benin": ("country", "BJ", 9.30715, 2.28152, "Benin"),                                 # G
 "kawar": ("region", "NE", 18.9, 12.9, "Kawar"),                                        # G (gazetteer spelling كوار)
 # at5 North Darfur / eastern Chad
 "mellit": ("town", "SD", 14.13333, 25.55, "Mellit"),                                   # G
 "tine": ("town", "SD", 15.03, 22.82, "Tina (Sudan)"),                                  # K (next to the gazetteer's Chadian Tiné)
 "tine_crossing": ("crossing", "SD", 15.03, 22.81, "Tine border crossing"),             # K
 "wadi_howar": ("region", "SD", 16.8, 25.3, "Wadi Howar"),                              # K
 "north_darfur": ("district", "SD", 15.8958, 25.49583, "North Darfur"),                 # G
 "border_sd_td": ("region", "SD", 15.27115, 23.08771, "Sudan-Chad border (Sudanese side)"),  # G
 "border_td_sd": ("region", "TD", 15.25834, 22.8325, "Chad-Sudan border (Chadian side)"),    # G
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                          # G
 "fada": ("town", "TD", 17.19186, 21.58081, "Fada"),                                    # G (gazetteer spelling فدا)
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                  # G
 "ndjamena": ("city", "TD", 12.10672, 15.0444, "N'Djamena"),                            # G
 "kutum": ("town", "SD", 14.2, 24.66667, "Kutum"),                                      # G
 "elfasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                           # G
}

TRAPS = {
 "at1": ["الكتيبة 116 مشاة", "ليبيا الحدث", "سالم المرزوقي", "المرزوقي", "القيادة العامة", "مسلحة تشادية",
         "الهلال الأحمر", "شركة البريقة لتسويق النفط", "حرس الحدود"],
 "at2": ["الخليج", "كتيبة شهداء الكفرة", "للجيش الوطني الليبي", "الجيش الليبي", "القيادة العامة", "محمد السوداني",
         "جماعات سودانية", "لاجئ سوداني", "المنظمة الدولية للهجرة", "دعماً مالياً", "مجلس النواب"],
 "at3": ["الجيش الوطني الشعبي", "الناحية العسكرية السادسة", "النهار أونلاين", "النهار", "الجانب النيجري والمالي",
         "الجانب المالي", "وزارة الدفاع الوطني", "الأراضي النيجرية", "قوات حفتر", "غلاف مالي", "مهاجر نيجري",
         "التراب الوطني"],
 "at4": ["أ ف ب", "الجيش النيجري", "الجبهة الوطنية للعدالة", "فرانس برس", "خليفة حفتر", "القوات المسلحة النيجرية",
         "المجلس العسكري", "التلفزيون الرسمي"],
 "at5": ["راديو دبنقا", "قوات الدعم السريع", "الدعم السريع", "القوة المشتركة لحركات الكفاح المسلح", "الليبية",
         "التشادية", "الجيش التشادي", "الجانب السوداني", "الجيش السوداني", "آدم الطيناوي",
         "المفوضية السامية للأمم المتحدة لشؤون اللاجئين"],
}

PHEN = {
 "at1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "at2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
 "at3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "at4": ["clitics", "spelling", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "coverage_oil", "coverage_neighbours", "countries"],
 "at5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
}

LNA, SAG = "Libyan National Army", "Sudanese armed groups"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "at1": [
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["القطرون"], ["سبها", "مرزق"]),
  mv("deploy", "planned", LNA, [], ["تجرهي", "الحدود مع النيجر"]),
  mv("reinforce", "conditional", LNA, ["أم الأرانب"], ["تجرهي"]),
  mv("withdraw", "denied", LNA, ["الويغ"], ["القطرون"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["تيبستي", "الحدود مع ليبيا"]),
 ],
 "at2": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة", "الكفرة"]),
  mv("deploy", "reported", LNA, [], ["ربيانة"]),
  mv("deploy", "planned", LNA, [], ["الزيغن"]),
  mv("reinforce", "conditional", LNA, ["إجدابيا"], ["الكفرة"]),
  mv("withdraw", "denied", LNA, ["تازربو"], ["جالو"]),
  mv("deploy", "reported", SAG, [], ["جبل العوينات"]),
 ],
 "at3": [
  mv("reinforce", "reported", "Algerian army", ["تمنراست"], ["عين قزام", "تين زواتين", "الحدود مع النيجر"]),
  mv("airlift", "planned", "Algerian army", ["مطار تمنراست"], ["جانت"]),
  mv("redeploy", "conditional", "Algerian army", ["برج باجي مختار"], ["تين زواتين"]),
  mv("advance", "denied", "Algerian army", [], ["أرليت"]),
  mv("deploy", "reported", LNA, [], ["غات", "الحدود مع الجزائر"]),
 ],
 "at4": [
  mv("reinforce", "reported", None, ["ديركو"], ["جادو"], ["سيغيدين"]),
  mv("withdraw", "reported", None, ["شيرفا"], ["الحدود مع ليبيا"]),
  mv("airlift", "planned", None, ["أغاديز"], ["بيلما"]),
  mv("advance", "conditional", None, [], ["الحدود الليبية"]),
  mv("advance", "denied", LNA, [], ["شيرفا"]),
  mv("shipment", "reported", None, ["جنوب ليبيا"], []),
 ],
 "at5": [
  mv("shipment", "reported", SAG, ["الكفرة"], ["مليط"], ["وادي هور"]),
  mv("mobilise", "reported", SAG, [], ["الطينة", "الحدود مع تشاد"]),
  mv("advance", "conditional", SAG, [], ["مليط"]),
  mv("airlift", "denied", SAG, ["الكفرة"], ["نيالا"]),
  mv("redeploy", "planned", None, ["فادا"], ["ام جرس", "الحدود مع السودان"]),
 ],
}

NOTES = {
 "at1": "Libya Al-Hadath (ليبيا الحدث, LNA-aligned Libyan channel): attack on a patrol near Tajarhi; Sabha dateline. Reported LNA («الكتيبة 116 مشاة») reinforcement Tamanhint Air Base (`قاعدة تمنهنت الجوية`, Libyan spelling) -> Al Qatrun via Sabha and Murzuq (headline «تعزيزات عسكرية تصل القطرون» = same move); planned LNA deployment towards Tajarhi and the border with Niger («سيواصل تحركه»; origin not written; the Qatrun-Al Wigh road is purpose); conditional LNA company Umm al-Aranib -> Tajarhi («في حال»); LNA withdrawal Al Wigh -> Al Qatrun denied («كذب لا أساس له»; headline = same denial); reported mobilisation of Chadian armed groups in Tibesti near the border with Libya (Chadian side). Spelling: Al Qatrun written `القطرون` and `قطرون`, Murzuq `مرزق` and `مرزوق`, Ubari without hamza `اوباري`. Not movements: commercial trucks Qatrun-Murzuq, the Red Crescent medicine convoy from the Ubari branch, the fuel company's trucks from Sabha, the attackers who «جاؤوا من الجانب الآخر للحدود». Traps: سالم المرزوقي / المرزوقي (person containing مرزوق), شركة البريقة لتسويق النفط (company containing البريقة), ليبيا الحدث (media containing ليبيا), مسلحة تشادية (nisba containing تشاد).",
 "at2": "Al Khaleej (الخليج, Sharjah daily): LNA campaign against smugglers in the Kufra oases; Benghazi dateline. Reported LNA («كتيبة شهداء الكفرة») airlift Benina Air Base -> Kufra Airport (headline «ينقل قوات جواً إلى الكفرة» = same move, so `الكفرة` is added as destination); reported LNA deploy by land to Rebiana (origin not written; «غرب الكفرة» is a distance reference); planned LNA deploy in Az-Zighan (the desert road to the border with Sudan is purpose); conditional LNA reinforcement Ajdabiya (Gulf spelling with hamza `إجدابيا`) -> Kufra (إذا); LNA withdrawal Tazirbu -> Jalu denied («مجرد شائعات»); reported deployment of Sudanese rebel groups near Jebel Uweinat (the border triangle only locates it). Rebiana written `ربيانة` and `ربيانه`. Not movements: the smugglers' cars seized west of Rebiana, the IOM return flight Kufra -> Benghazi, Sudanese refugees from Darfur, the municipality's funding. Traps: كتيبة شهداء الكفرة (force containing الكفرة), محمد السوداني (person containing السودان), الخليج (media = Gulf), دعماً مالياً (contains مالي).",
 "at3": "Ennahar Online (النهار أونلاين, Algeria): the Algerian army on the Niger border; Tamanrasset dateline, «أفريل». Reported Algerian reinforcement Tamanrasset -> In Guezzam (`عين قزام`) and Tin Zaouatine, plus the headline's `الحدود مع النيجر` (Algerian side; headline = same move); planned airlift Tamanrasset airport -> Djanet (headline «ووحدات خاصة نحو جانت» = same move; the border strip with Libya is purpose, Ghat only locates smugglers); conditional redeploy Bordj Badji Mokhtar -> Tin Zaouatine (إذا); Algerian crossing into Niger towards Arlit denied by the Ministry of Defence; reported (Libyan media) LNA («قوات حفتر») deployment in Ghat and on the border with Algeria (Libyan side). In Guezzam written `عين قزام` and `إن قزام`; Maghrebi `أغاديس`. Not movements: deportation of 600 Nigerien migrants via In Guezzam to Assamaka (`أسامكا`), the solidarity caravan from Algiers (`الجزائر العاصمة`), the smuggling axis Agadez-In Guezzam. Traps: الجانب النيجري والمالي / الجانب المالي (nisba containing النيجر / مالي), غلاف مالي (financial), الأراضي النيجرية, النهار (media).",
 "at4": "AFP Arabic (أ ف ب): the Nigerien army retakes the Djado gold site; Niamey dateline. Reported Nigerien reinforcement (null) Dirkou -> Djado via Seguedine; reported rebel withdrawal (null, «الجبهة الوطنية للعدالة») Chirfa -> the border with Libya (Nigerien side); planned airlift (null) Agadez (AFP spelling `أغاديز`) -> Bilma; conditional pursuit by the Nigerien army to the Libyan border (إذا; null); LNA («قوات تابعة للمشير خليفة حفتر») entry into Chirfa denied by the Nigerien general staff; reported arms shipments (null) to the rebels from southern Libya (no destination place). `جادو` is Djado in Niger, not Jadu in the Nafusa mountains (ambiguity); Dirkou written `ديركو` and `دركو`; Kawar `كاوار` (gazetteer `كوار`). Not movements: commercial trips Dirkou-Agadez, miners' trucks at the entrance of Dirkou, the headline's recapture (control, no move). Traps: الجيش النيجري / القوات المسلحة النيجرية (containing النيجر), فرانس برس, أ ف ب.",
 "at5": "Radio Dabanga (راديو دبنقا, Sudan): RSF supplies from Libya and the closure of the Tine crossing; Tine dateline. Reported RSF (Sudanese armed groups) convoy of fuel and ammunition Kufra -> Mellit via Wadi Howar (shipment; headline = same move); reported mobilisation of the joint force of the armed movements (Sudanese armed groups) in Tine and along the border with Chad (Sudanese side); conditional joint-force advance towards Mellit (إذا); RSF airlift of fighters Kufra -> Nyala denied; planned Chadian army (null) redeploy Fada (`فادا`; gazetteer `فدا`) -> Amdjarass and the border with Sudan (Chadian side). Amdjarass written `أم جرس` (the speaker's place, not a movement place) and `ام جرس` (destination). Not movements: N'Djamena's decision (venue), civilian trucks stuck at the crossing, refugees crossing into Chad, the trader from Kutum, supplies through the border triangle (accusation, no movement verb). Traps: الجيش التشادي / التشادية (containing تشاد), الجيش السوداني / الجانب السوداني (containing السودان), آدم الطيناوي (person resembling الطينة), الليبية.",
}

# Read by tests/golden/sample_tools.py check (values from this sample's former src/check.py).
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
SAMPLE_MIN_STATUS = 4  # each status at least this often over the sample
BAR_IN_TEXT = True  # the text has a literal "|" (e.g. «عاجل |»): no "|" residue test, which the former check.py did not do
