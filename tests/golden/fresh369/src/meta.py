# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 # Kufra and the south-east
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "sarra_base": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),          # G (row قاعدة معطن السارة)
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G* (same row, headline without قاعدة)
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "hawari": ("village", "LY", 24.31667, 23.16667, "Al Hawwari"),                         # G
 "zighan": ("village", "LY", 25.49806, 22.11778, "Az-Zighan"),                          # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "tazirbu_mun": ("district", "LY", 25.67289, 21.07286, "Tazirbu municipality"),         # G* (town row)
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                      # G* (row مثلث العوينات)
 "uweinat_area": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat area"),            # G* (row مثلث العوينات)
 "triangle_eg": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "triangle_sdtd": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 "se_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                  # G* (row جنوب شرق ليبيا)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),            # G* (row الحدود الليبية السودانية)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),             # G* (row الحدود الليبية التشادية)
 # the north of the Wahat
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G (row قاعدة بنينا الجوية)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjilah"),                               # G
 "awjila_mun": ("district", "LY", 29.10806, 21.28694, "Awjilah municipality"),       # G* (town row)
 "wahat": ("district", "LY", 29.02035, 20.78359, "Al Wahat"),                           # G
 "nafoura": ("oilfield", "LY", 29.21320, 21.59240, "Nafoora oil field"),                # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                  # G
 "amal": ("oilfield", "LY", 29.47950, 21.12240, "Amal oil field"),                      # G (row spelled حقل أمل)
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 # Sudan
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "n_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                    # G
 "howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                           # G
 "karb": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                           # G
 "border_ly_sdside": ("region", "SD", 20.30000, 25.20000, "Sudan-Libya border (Sudanese side)"),  # K
 "dabbah": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                             # K
 "northern": ("district", "SD", 19.45943, 29.85719, "Northern State"),                  # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "e_oweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                       # G* (row مطار شرق العوينات)
 "e_oweinat_apt": ("airport", "EG", 22.58570, 28.71660, "Shark El Oweinat Airport"),   # G
 "new_valley": ("district", "EG", 24.79939, 28.92955, "New Valley Governorate"),        # G
 "kharga": ("town", "EG", 25.45101, 30.54653, "Al Kharga"),                             # G
 "border_eg_ly": ("region", "EG", 26.76000, 25.15000, "Egypt-Libya border (Egyptian side)"),  # K
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sallum_port": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),            # G* (row منفذ امساعد, country EG)
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "west_eg": ("region", "EG", 25.70408, 28.49824, "Western Desert (Egypt)"),             # G* (row غرب مصر)
}

TRAPS = {
 "ng1": ["المتوسط", "أحمد المصراتي", "كتيبة سبل السلام", "قوات الدعم السريع", "السلطات الليبية", "تقارير سودانية"],
 "ng2": ["الراكوبة", "ليبيا الحدث", "حركة تحرير السودان", "قوات الدعم السريع", "الجيش السوداني", "الأراضي السودانية",
         "قوة سودانية"],
 "ng3": ["الشروق", "القاهرة الإخبارية", "قوات مصرية", "المصدر المصرى", "السلطات المصرية", "الليبية",
         "حسابات ليبية", "الجانب الليبى"],
 "ng4": ["الرياض", "الجيش الوطني الليبي", "سالم الأوجلي", "آمال الشباب", "شركة الواحة للنفط",
         "شركة الخليج العربي للنفط", "قوة للجيش الليبي"],
 "ng5": ["الراي", "عمر المختار", "وكالة الأنباء الليبية", "الواحات الجنوبية", "مسلحين تشاديين", "ليبيون"],
}

PHEN = {
 "ng1": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "coverage_bases", "countries", "coverage_neighbours"],
 "ng2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "countries",
         "coverage_neighbours"],
 "ng3": ["clitics", "spelling", "multiword", "media_trap", "nisba", "vague_area", "border_phrase", "coverage_bases",
         "countries", "coverage_neighbours", "coverage_crossings"],
 "ng4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap",
         "nisba", "vague_area", "coverage_oil", "countries", "town_vs_district"],
 "ng5": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "vague_area", "border_phrase",
         "town_vs_district", "countries", "coverage_oil"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, SDG, EGA, CHG = "Libyan National Army", "Sudanese armed groups", "Egyptian army", "Chadian armed groups"

MOVES = {
 "ng1": [
  mv("deploy", "reported", LNA, ["الكفرة"], ["قاعدة معطن السارة الجوية"], ["الهواري"]),
  mv("redeploy", "planned", LNA, ["قاعدة معطن السارة الجوية"], ["جبل العوينات"]),
  mv("airlift", "conditional", LNA, ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("mobilise", "reported", SDG, [], ["المالحة"]),
  mv("withdraw", "denied", LNA, ["ربيانة"], ["الكفرة"]),
 ],
 "ng2": [
  mv("shipment", "denied", None, ["الكفرة"], ["المالحة"], ["المثلث الحدودي", "وادي هور"]),
  mv("reinforce", "reported", SDG, ["المالحة"], ["كرب التوم"]),
  mv("reinforce", "conditional", LNA, ["الكفرة"], ["العوينات"]),
  mv("mobilise", "reported", SDG, [], ["الدبة"]),
  mv("advance", "planned", SDG, ["الدبة"], ["وادي هور"]),
  mv("airlift", "reported", None, ["بورتسودان"], ["الدبة"]),
 ],
 "ng3": [
  mv("reinforce", "reported", EGA, ["الخارجة"], ["شرق العوينات"]),
  mv("reinforce", "planned", EGA, ["مرسى مطروح"], ["سيوة"]),
  mv("advance", "denied", EGA, ["سيوة"], ["الجغبوب"]),
  mv("redeploy", "reported", LNA, ["جالو"], ["الجغبوب"]),
  mv("airlift", "conditional", EGA, ["قاعدة محمد نجيب العسكرية"], ["مطار شرق العوينات"]),
 ],
 "ng4": [
  mv("deploy", "reported", LNA, ["أجدابيا"], ["جالو"]),
  mv("deploy", "planned", LNA, [], ["الكفرة"]),
  mv("shipment", "planned", LNA, ["بنغازي"], ["جالو"]),
  mv("deploy", "reported", None, ["أوجلة"], ["حقل النافورة"]),
  mv("withdraw", "denied", LNA, ["أوجلة"], ["أجدابيا"]),
  mv("deploy", "conditional", LNA, [], ["حقل آمال"]),
 ],
 "ng5": [
  mv("deploy", "reported", LNA, ["الكفرة"], ["تازربو"], ["الزيغن"]),
  mv("withdraw", "reported", None, ["تازربو"], ["ربيانة"]),
  mv("advance", "conditional", LNA, [], ["ربيانة"]),
  mv("reinforce", "planned", LNA, ["جالو"], ["تازربو"]),
  mv("advance", "denied", CHG, [], ["تازربو"], ["الحدود مع تشاد"]),
 ],
}

NOTES = {
 "ng1": ("Al-Mutawassit (Libya), Kufra, Sun 8 Feb 2026: Subul al-Salam (LNA) patrols Kufra->Maaten al-Sarra air base "
         "via Al-Hawwari (reported; the headline 'تصل إلى معطن السارة' is the same move); an ordered company move from "
         "'القاعدة' (= the base) to Jebel Uweinat (planned; 'قرب الحدود مع السودان' locates the post, not a destination); "
         "a Benina->Kufra airport airlift 'إذا تأكد' (conditional); RSF massing in Al Malha (reported mobilise); a "
         "withdrawal Rebiana->Kufra denied by the spokesman. Traps: the outlet, the spokesman 'المصراتي', force names, "
         "nisbas; Benghazi is a distance reference and the Sudan war background only."),
 "ng2": ("Al-Rakoba (Sudan), Mon 9 Feb 2026: the Joint Force's claim of a supply convoy Kufra->Al Malha via the "
         "triangle and Wadi Howar, denied by the LNA ('عارية عن الصحة') -> one shipment, denied, actor null (no force "
         "named as moving it); an RSF reinforcement Al Malha->Karb al-Tom (reported; 'القريبة من الحدود الليبية' is a "
         "locator); the LNA's 'لن تتردد … إذا' Kufra->Al-Uwaynat (conditional; العوينات = the Jebel Uweinat area, not the "
         "south-western town); the Joint Force's massing of fighters in Ad Dabbah 'حشدت خلال الأسابيع الماضية' (reported "
         "mobilise) and its planned advance 'منها' (= Ad Dabbah)->Wadi Howar; the Sudanese army's airlift Port "
         "Sudan->Ad Dabbah (reported, actor null). 'من ليبيا' after طرق الإمداد is a purpose, not a movement place."),
 "ng3": ("Al-Shorouk (Egypt), Cairo, Tue 10 Feb 2026: Egyptian border guards Kharga->East Oweinat (reported); a "
         "battalion Marsa Matruh->Siwa next week (planned; Jaghbub 'المقابلة لبلدة' is a locator); a Siwa->Jaghbub "
         "crossing denied ('لا صحة لذلك'); the LNA's 'أعادت … تموضع رتل' Jalu->Jaghbub (reported redeploy; smuggled "
         "fuel trucks 'باتجاه مصر' are not forces); paratroopers Mohamed Naguib base->East Oweinat airport 'إذا تدهور' (conditional). The "
         "border phrase and Sudan in 'تشديد الرقابة على' are purposes; 'الصحراء الغربية' is Egypt's Western Desert. "
         "Egyptian spelling with final ى throughout ('الوادى الجديد', 'المثلث الحدودى', 'منفذ السلوم البرى', 'فى'); the "
         "Sallum land port with travellers and trucks is not a movement place."),
 "ng4": ("Al-Riyadh (Saudi Arabia), Benghazi, Thu 12 Feb 2026: an LNA battalion Ajdabiya->Jalu (reported); its "
         "onward move to Kufra 'ستواصل طريقها' (planned, no origin written in that sentence); a fuel-and-ammunition "
         "truck convoy Benghazi->Jalu ('تصل إليها', planned shipment); oil guards Awjila->the "
         "Nafoura field (reported, actor null); a pull-out Awjila->Ajdabiya denied by the commander; a company to the "
         "Amal field 'إذا حاول أي طرف إغلاقه' (conditional, no origin). 'بلدية أوجلة' is the municipality. Tazirbu locates the positions on the road, not a "
         "destination. Traps: the outlet «الرياض», 'آمال الشباب', 'الأوجلي', oil companies."),
 "ng5": ("Al-Rai (Kuwait), Cairo dateline, Sat 14 Feb 2026: Subul al-Salam (LNA) Kufra->Tazirbu via Az-Zighan "
         "(reported; the headline is the same move); the local armed group's night pull-out Tazirbu->Rebiana "
         "(reported, actor null); the 48-hour ultimatum 'ستتقدم نحو ربيانة إذا لم يلتزموا' (conditional, no origin "
         "written); a company from the force now at Jalu to Tazirbu (planned); Chadian gunmen crossing the Chad border "
         "towards Tazirbu, denied. The Sarir field and the triangle only bound the area the unit covers. Traps: 'عمر المختار' (a school), LANA, 'الواحات الجنوبية' ('the southern oases')."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ng1", "ng2", "ng3", "ng4", "ng5")
