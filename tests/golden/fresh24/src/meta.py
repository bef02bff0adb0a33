# key -> (kind, country, lat, lon, name). G = data/gazetteer.csv row found by grep -F;
# G* = gazetteer row reused under another label/kind; OWN = own point (listed in the README).
P = {
 # countries (G)
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),
 "niger": ("country", "NE", 17.60313, 9.8838, "Niger"),
 "algeria": ("country", "DZ", 28.0512, 0.58775, "Algeria"),
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),
 # i1 Gharyan / Jabal Nafusa
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                      # G
 "gharyan_mun": ("district", "LY", 32.17222, 13.02028, "Gharyan municipality"),  # G* town row
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabi'ah"),                   # G
 "asabaa_v": ("town", "LY", 32.03333, 12.86667, "Al Asabi'ah"),                 # G (variant الاصابعة)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                       # G
 "aziziya": ("town", "LY", 32.53194, 13.0175, "Al Aziziyah"),                    # G
 "kikla": ("town", "LY", 32.08333, 12.7, "Kiklah"),                              # G
 "qawalish": ("town", "LY", 31.99972, 12.63, "Al-Qawalish"),                     # G
 "nafusa": ("region", "LY", 30.3338, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G region row
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                         # G
 "yafran": ("town", "LY", 32.06329, 12.52859, "Yafran"),                         # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                 # G
 "mizdah": ("town", "LY", 31.44934, 12.9853, "Mizdah"),                          # G
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),   # G
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                             # G
 "nalut": ("town", "LY", 31.86848, 10.9812, "Nalut"),                            # G
 # i2 Ajdabiya / Brega / oil crescent
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                     # G (spelling اجدابيا)
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                           # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Brega oil port"),         # G* town row
 "brega_mun": ("district", "LY", 30.40624, 19.57386, "Brega municipality"),      # G* town row
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                     # G
 "zueitina": ("oilfield", "LY", 30.9522, 20.12022, "Zueitina oil terminal"),     # G* town row
 "jalu": ("town", "LY", 29.03333, 21.55, "Jalu"),                                # G
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjilah"),                        # G (spelling اوجلة)
 "sarir": ("oilfield", "LY", 27.6624, 22.5086, "Sarir oil field"),               # G
 "wahat": ("district", "LY", 29.02035, 20.78359, "Al Wahat"),                    # G
 "oil_crescent": ("region", "LY", 30.59758, 19.9357, "Oil Crescent"),            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                           # G
 "agheila": ("town", "LY", 30.25583, 19.19944, "El Agheila"),                    # G
 "kufra": ("town", "LY", 24.1989, 23.29093, "Kufra"),                            # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                       # G
 "rebiana": ("town", "LY", 24.233, 21.983, "Rebiana"),                           # G
 # i3 Djanet / Ghat
 "djanet": ("town", "DZ", 24.55528, 9.485, "Djanet"),                            # G (row kind village)
 "dz_ly_border": ("region", "DZ", 24.65, 9.8, "Algeria-Libya border near Djanet"),  # OWN
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                        # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                        # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                          # G
 "illizi_w": ("district", "DZ", 26.97285, 7.8652, "Illizi Province"),            # G
 "tin_alkoum": ("crossing", "DZ", 24.8, 10.1, "Tin Alkoum border crossing"),     # G* Isayen crossing row (alias)
 "tamanrasset": ("town", "DZ", 22.785, 5.52278, "Tamanrasset"),                  # G
 "djanet_airport": ("airport", "DZ", 24.2928, 9.45244, "Djanet Inedbirene Airport"),  # G
 "ly_dz_border": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),    # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                           # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                             # G
 "ghat_mun": ("district", "LY", 26.01562, 10.4066, "Ghat municipality"),         # G district row
 "isayen": ("crossing", "LY", 24.8, 10.1, "Isayen border crossing"),             # G
 "sw_libya": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),        # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                    # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                       # G
 # i4 Northern State / triangle / Darfur
 "dabba": ("town", "SD", 18.05, 30.95, "Ad Dabbah"),                             # G (row spelled الدبه)
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                       # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* row مثلث العوينات
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                  # G
 "omdurman": ("city", "SD", 15.64453, 32.47773, "Omdurman"),                     # G
 "northern": ("district", "SD", 19.45943, 29.85719, "Northern State"),           # G
 "north_darfur": ("district", "SD", 15.8958, 25.49583, "North Darfur"),          # G
 "mellit": ("town", "SD", 14.13333, 25.55, "Mellit"),                            # G
 "ly_sd_border": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),     # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                           # G
 "east_owainat": ("region", "EG", 22.5857, 28.7166, "East Owainat"),             # G* airport row
 "darfur": ("region", "SD", 13.5, 24.5, "Darfur"),                               # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                      # G
 "kutum": ("town", "SD", 14.2, 24.66667, "Kutum"),                               # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                     # G
 # i5 northern Niger
 "dirkou": ("town", "NE", 18.9687, 12.8687, "Dirkou"),                           # G
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                # G
 "ne_ly_border": ("region", "NE", 22.5, 13.8, "Niger-Libya border"),             # OWN
 "niamey": ("city", "NE", 13.51366, 2.1098, "Niamey"),                           # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                          # G
 "agadez_region": ("district", "NE", 19.42135, 10.68918, "Agadez Region"),       # G
 "agadez_airport": ("airport", "NE", 16.966, 8.00011, "Mano Dayak International Airport"),  # G
 "ly_ne_border": ("region", "LY", 23.17309, 13.6986, "Libya-Niger border"),      # G
 "madama": ("base", "NE", 21.95, 13.65, "Madama"),                               # G
 "djado": ("region", "NE", 20.983, 12.333, "Djado"),                             # G
 "tibesti": ("region", "TD", 20.8, 17.8, "Tibesti"),                             # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                           # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                           # G
 "wigh": ("base", "LY", 24.1859, 14.5328, "Al Wigh Air Base"),                   # G
 "toummo": ("crossing", "LY", 22.65, 14.2, "Toummo border crossing"),            # G
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                            # G
}

TRAPS = {
 "i1": ["عين ليبيا", "المجلس العسكري الزنتان", "مديرية أمن غريان", "الصادق الغرياني", "من هذه الزاوية",
        "الجيش الوطني الليبي"],
 "i2": ["الساعة 24", "جهاز حرس المنشآت النفطية", "غرفة عمليات الجنوب الشرقي", "كتيبة «سبل السلام»", "لا سلطان",
        "المؤسسة الوطنية للنفط", "الهلال الأحمر", "عقيلة صالح"],
 "i3": ["«الشروق»", "الناحية العسكرية الرابعة", "القيادة العامة للجيش الليبي", "السلطات الجزائرية", "محمد الغاتي"],
 "i4": ["سودان تربيون", "الجيش السوداني", "عثمان الدنقلاوي", "القوة المشتركة لحركات دارفور", "الخارجية السودانية",
        "الصحراء الغربية", "القيادة العامة للجيش الوطني الليبي", "دبلوماسي مصري", "كتم أصوات الناجين"],
 "i5": ["أ ف ب", "فرانس برس", "الجيش النيجري", "«الفيلق الأفريقي» الروسي", "حامية نيجرية", "القوات الفرنسية",
        "مجلس القيادة العسكرية لإنقاذ الجمهورية", "فصيل تشادي", "الجانب الليبي", "الجيش الوطني الليبي",
        "شركة «أورانو» الفرنسية", "زوار المنطقة"],
}

PHEN = {
 "i1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
        "nisba", "vague_area", "town_vs_district"],
 "i2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
        "vague_area", "town_vs_district", "coverage_oil", "countries"],
 "i3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
        "vague_area", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "i4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
        "nisba", "vague_area", "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "i5": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
        "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours",
        "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "i1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["غريان"], ["العزيزية"]),
  mv("deploy", "planned", "GNA forces", [], ["ككلة", "القواليش", "الأصابعة"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["القواليش", "غريان"]),
  mv("mobilise", "reported", None, [], ["الأصابعة"]),
  mv("withdraw", "conditional", "GNA forces", [], ["طرابلس"]),
 ],
 "i2": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["اجدابيا", "ميناء الزويتينة"]),
  mv("deploy", "planned", "Libyan National Army", [], ["جالو", "اوجلة", "حقل السرير"]),
  mv("redeploy", "reported", "Libyan National Army", ["سرت"], ["البريقة"]),
  mv("withdraw", "denied", "Libyan National Army", ["ميناء البريقة"], ["العقيلة"]),
  mv("advance", "conditional", "Libyan National Army", ["الكفرة"], ["تازربو", "ربيانة"]),
 ],
 "i3": [
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت", "الحدود مع ليبيا"]),
  mv("airlift", "planned", "Algerian army", ["تمنراست"], ["مطار جانت"]),
  mv("advance", "denied", "Libyan National Army", ["أوباري"], ["غات", "منفذ إيسين"]),
  mv("redeploy", "conditional", "Libyan National Army", ["العوينات"], ["غات"]),
 ],
 "i4": [
  mv("reinforce", "reported", None, ["أم درمان"], ["الدبة", "دنقلا"]),
  mv("advance", "reported", "Sudanese armed groups", ["المثلث الحدودي"], ["الدبة"]),
  mv("advance", "planned", None, ["الدبة"], ["المثلث"]),
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["مليط"], ["المثلث الحدودي"]),
  mv("advance", "denied", "Libyan National Army", ["الكفرة"], ["الحدود مع السودان"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["شرق العوينات"]),
 ],
 "i5": [
  mv("reinforce", "reported", None, ["أغاديس"], ["ديركو", "سيغيدين"]),
  mv("airlift", "planned", "Russian forces", ["نيامي"], ["قاعدة ماداما"], ["مطار أغاديس"]),
  mv("withdraw", "reported", None, ["ماداما"], ["ديركو"]),
  mv("advance", "denied", "Chadian armed groups", ["تيبستي"], ["جادو"]),
  mv("reinforce", "conditional", "Libyan National Army", ["قاعدة الويغ"], ["منفذ التوم"]),
 ],
}

NOTES = {
 "i1": ("Ean Libya (عين ليبيا): GNA force to Gharyan amid clashes with Al-Asabaa. Reported GNA deployment Tripoli→Gharyan via "
        "Al-Aziziya (headline = same move); planned GNA deployment in Kikla, Al-Qawalish and Al-Asabaa (ستنتشر خلال 48 ساعة); "
        "Zintani column Zintan→Al-Qawalish/Gharyan denied by the Zintan military council; reported mobilisation of local armed "
        "groups at Al-Asabaa's eastern gate (actor null); conditional GNA return to Tripoli (بمجرد). Not movements: Tripoli "
        "dateline, protesters closing the Yafran road, fuel trucks to Jabal Nafusa, smuggling routes from Ash Shwayrif/Mizdah to "
        "the western coast, the 2019 background, Jadu/Nalut tensions, traffic resuming. Traps: عين ليبيا (media containing "
        "ليبيا), المجلس العسكري الزنتان, مديرية أمن غريان, الصادق الغرياني (person containing غريان), من هذه الزاوية (idiom; "
        "الزاوية is a city), الجيش الوطني الليبي."),
 "i2": ("Al-Saa 24 (الساعة 24): LNA secures oil ports at Ajdabiya/Brega. Reported LNA reinforcement Benghazi→Ajdabiya and "
        "Zueitina port; planned deployment of (LNA-aligned) Petroleum Facilities Guard patrols in Jalu, Awjila and around the "
        "Sarir field; reported redeployment of an LNA battalion Sirte→Brega; PFG withdrawal Brega port→El Agheila denied; "
        "conditional Subul al-Salam advance Kufra→Tazirbu and Rebiana (في حال). Headline = summary of the reinforce and redeploy "
        "moves. Not movements: Benghazi dateline, supply lines from Al Wahat to the oil crescent, generators distributed, the "
        "Ajdabiya electricity deal. Traps: لا سلطان (Sultan is a town near Ajdabiya), الهلال الأحمر (not الهلال النفطي), "
        "عقيلة صالح (person; العقيلة is a gold town), غرفة عمليات الجنوب الشرقي, media and force names."),
 "i3": ("Echorouk (الشروق): Algerian army reinforces Djanet on the Libyan border. Reported Algerian reinforcement Illizi→"
        "Djanet and the border with Libya (headline); planned Algerian airlift of special forces Tamanrasset→Djanet airport; "
        "LNA column Ubari→Ghat/Isayen crossing denied; conditional LNA battalion Al Awaynat→Ghat (إذا). Not movements: Algiers "
        "dateline, 4th military region HQ in Ouargla, smugglers near Tin Alkoum, the closed crossing and stranded trucks in "
        "Djanet, the Ghat local source, goods from Algeria, fears of infiltration from Mali/Niger, Fezzan, the Illizi province "
        "background, travellers between Djanet and Ghat. Traps: «الشروق», الناحية العسكرية الرابعة, القيادة العامة للجيش الليبي, "
        "السلطات الجزائرية (contains الجزائر), محمد الغاتي (person containing غات)."),
 "i4": ("Sudan Tribune (سودان تربيون): SAF reinforces Al-Dabba and Dongola after an RSF push from the Libya–Egypt–Sudan "
        "triangle. Reported SAF reinforcement Omdurman→Al-Dabba, Dongola (actor null; headline = same move); reported RSF "
        "advance triangle→Al-Dabba; planned SAF (with the Joint Force) advance Al-Dabba→the triangle (actor null); reported "
        "(attributed by the Sudanese MFA) RSF convoys of weapons/fuel Kufra→Mellit via the triangle (shipment); LNA move "
        "Kufra→the border with Sudan denied; conditional Egyptian reinforcement of East Owainat (إذا). Not movements: Port Sudan "
        "dateline, air strikes north-west of Al-Dabba, the Cairo diplomat, RSF control of El Fasher/Kutum, Khartoum's UN request, "
        "displacement towards Dongola and refugees to Chad. Traps: الصحراء الغربية (the state's western desert, not Western "
        "Sahara), كتم أصوات الناجين (verb; Kutum is gold), عثمان الدنقلاوي (contains دنقلا), nisbas and force names."),
 "i5": ("AFP Arabic (فرانس برس): Niger reinforces Dirkou and Seguedine after attacks near the Libyan border. Reported Nigerien "
        "reinforcement Agadez→Dirkou, Seguedine (actor null; headline = same move); planned Russian (Africa Corps) airlift "
        "Niamey→Madama base via Agadez airport; reported Nigerien withdrawal Madama→Dirkou (actor null); Chadian rebels' entry "
        "into the Djado plateau from Tibesti denied; conditional LNA reinforcement Al Wigh base→Toummo crossing (إذا). Not "
        "movements: Niamey dateline, attacked convoys on the road to the Libyan border, the Agadez region background, French "
        "departure, Zouar positions, the Sabha official, Arlit uranium licence, caravans Agadez–Sabha. Traps: زوار المنطقة "
        "(visitors; Zouar is gold), الجيش النيجري (contains النيجر), media, force and company names."),
}

# Read by tests/golden/sample_tools.py check (values from this sample's former src/check.py).
WORDS = (240, 265)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
