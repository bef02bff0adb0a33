# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / stored public pages (see README table "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # shared
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.0512, 0.58775, "Algeria"),                             # G
 "niger": ("country", "NE", 17.60313, 9.8838, "Niger"),                                 # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 # a1 -- Kufra, Jebel Uweinat and the RSF (Sky News Arabia)
 "uweinat": ("region", "LY", 21.917, 24.983, "Jebel Uweinat"),                          # K (stored pages: 21°55'N 24°59'E)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "kufra": ("town", "LY", 24.1989, 23.29093, "Kufra"),                                   # G
 "kufra_mun": ("district", "LY", 24.1989, 23.29093, "Kufra municipality"),              # G* (town row, fresh15-17 practice)
 "jawf": ("town", "LY", 24.1989, 23.29093, "Al Jawf (Kufra)"),                          # G* (alias on the Kufra row)
 "hawari": ("village", "LY", 24.31667, 23.16667, "Al Hawwari"),                         # G
 "abudhabi": ("city", "AE", 24.45118, 54.39696, "Abu Dhabi"),                           # G
 "matan": ("base", "LY", 21.6877, 21.8309, "Maaten al-Sarra Air Base"),                 # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),            # G* (الحدود الليبية السودانية)
 "triangle_uw": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (مثلث العوينات)
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "rebiana": ("town", "LY", 24.233, 21.983, "Rebiana"),                                  # G
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),               # G
 "mellit": ("town", "SD", 14.13333, 25.55, "Mellit"),                                   # G
 "east_libya": ("region", "LY", 26.22677, 22.07486, "Cyrenaica (eastern Libya)"),       # G* (برقة row, alias)
 "n_darfur": ("district", "SD", 15.8958, 25.49583, "North Darfur"),                     # G
 "east_uweinat": ("region", "EG", 22.5857, 28.7166, "East Oweinat (Sharq El Owainat)"), # G* (airport row as area point)
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "kutum": ("town", "SD", 14.2, 24.66667, "Kutum"),                                      # G
 # a2 -- Wazin-Dehiba and the Tunisian border (Libya Al-Ahrar)
 "wazin_x": ("crossing", "LY", 31.975, 10.683, "Dehiba-Wazin border crossing"),         # G
 "wazin": ("town", "LY", 31.942, 10.66532, "Wazin"),                                    # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "nalut": ("town", "LY", 31.86848, 10.9812, "Nalut"),                                   # G
 "ghezaia": ("village", "LY", 31.90389, 10.81056, "Ayn al Ghazaya"),                    # K (stored pages: 31.90389, 10.81056)
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),          # G
 "border_tn_ly": ("region", "TN", 32.5, 10.95, "Tunisia-Libya border (Tunisian side)"), # K representative point
 "jumayl": ("town", "LY", 32.85286, 12.0612, "Al Jumayl"),                              # G (row kind city)
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                # G
 "ras_ajdir": ("crossing", "LY", 33.15, 11.56, "Ras Ajdir border crossing"),            # G* (منفذ رأس جدير)
 "zuwara": ("town", "LY", 32.9312, 12.08199, "Zuwarah"),                                # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),       # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "hawamid": ("town", "LY", 31.97528, 11.16222, "Al Hawamid"),                           # G
 "tiji": ("town", "LY", 32.01493, 11.35461, "Tiji"),                                    # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # a3 -- Derna, Susa and a new storm (Independent Arabia)
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "susa": ("town", "LY", 32.89702, 21.96583, "Susah (Apollonia)"),                       # G* (row name أبولونيا; not Sousse TN)
 "jabal_akhdar": ("region", "LY", 32.02519, 21.7983, "Jebel Akhdar (Green Mountain)"),  # G* (district row as area point)
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "wadi_derna": ("region", "LY", 32.74, 22.61, "Wadi Derna"),                            # K representative point (valley through/above Derna)
 "benina_base": ("base", "LY", 32.0968, 20.2695, "Benina Air Base"),                    # G
 "abraq_ap": ("airport", "LY", 32.7887, 21.9643, "La Abraq Airport"),                   # G
 "shahhat": ("town", "LY", 32.8043, 21.86605, "Shahhat"),                               # G
 "qubbah": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                             # G
 "martuba": ("town", "LY", 32.57421, 22.76353, "Martubah"),                             # G
 "emsaed_x": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),   # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica (eastern Libya)"),        # G* (برقة row, alias الشرق الليبي)
 "qandula": ("town", "LY", 32.53798, 21.57525, "Qandulah"),                             # G
 # a4 -- Algeria, Niger and the Africa Corps (Al-Quds Al-Arabi)
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G* (row name أغاديس)
 "agadez_ap": ("airport", "NE", 16.966, 8.00011, "Mano Dayak International Airport"),   # G* (مطار أغاديس)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tamanrasset_t": ("town", "DZ", 22.785, 5.52278, "Tamanrasset"),                       # G
 "inguezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                          # G* (row name إن قزام)
 "timiaouine": ("town", "DZ", 20.4408, 1.80551, "Timiaouine"),                          # G
 "border_dz_ne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border"),           # G* (الحدود الجزائرية النيجرية)
 "niamey": ("city", "NE", 13.51366, 2.1098, "Niamey"),                                  # G
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                   # G
 "north_niger": ("region", "NE", 20.11996, 11.22198, "Northern Niger"),                 # G
 "north_mali": ("region", "ML", 20.45092, -2.20255, "Northern Mali"),                   # G
 "tinzaouaten": ("town", "ML", 19.96278, 2.88278, "Tinzaouaten"),                       # G
 "kidal": ("town", "ML", 18.44345, 1.40921, "Kidal"),                                   # G
 "assamaka": ("village", "NE", 19.36667, 5.8, "Assamaka"),                              # G
 "bbm": ("town", "DZ", 21.325, 0.94611, "Bordj Badji Mokhtar"),                         # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                # G
 "south_libya": ("region", "LY", 24.6764, 17.6011, "Southern Libya"),                   # G
 "triangle_ldn": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G
 # a5 -- the oil crescent (Erem News)
 "binjawad": ("town", "LY", 30.80418, 18.0772, "Bin Jawwad"),                           # G
 "zueitina": ("town", "LY", 30.9522, 20.12022, "Az Zuwaytinah"),                        # G
 "oil_crescent": ("region", "LY", 30.59758, 19.9357, "Oil Crescent"),                   # G
 "nofaliya": ("town", "LY", 30.78306, 17.83306, "Nofaliya"),                            # G
 "sidra": ("oilfield", "LY", 30.625, 18.3517, "Es Sider oil terminal"),                 # G* (ميناء السدرة)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "raslanuf_t": ("town", "LY", 30.5, 18.5272, "Ras Lanuf"),                              # G* (Ras Lanuf row, used as town)
 "raslanuf": ("oilfield", "LY", 30.5, 18.5272, "Ras Lanuf"),                            # G
 "raslanuf_ap": ("airport", "LY", 30.5, 18.5272, "Ras Lanuf Oil Airport"),              # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "buwairat": ("town", "LY", 31.4, 15.73333, "Buwairat al-Hassoun"),                     # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "jufra_base": ("base", "LY", 29.1981, 16.001, "Al Jufra Air Base"),                    # G
 "zelten_field": ("oilfield", "LY", 28.5871, 19.3034, "Zelten oil field"),              # G
 "agheila": ("town", "LY", 30.25583, 19.19944, "El Agheila"),                           # G
}

LNA, GNA = "Libyan National Army", "GNA forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "a1": ["الجيش الليبي", "سكاي نيوز عربية", "القيادة العامة للجيش الوطني الليبي", "سبل السلام", "قوات الدعم السريع",
        "القوة المشتركة", "الجيش السوداني", "مصدر أمني مصري", "الجيش المصري", "الجانب الليبي", "الأسر السودانية"],
 "a2": ["ليبيا الأحرار", "الجيش التونسي", "رئاسة الأركان العامة", "حكومة الوحدة الوطنية", "الكتيبة 19 حرس حدود",
        "سالم النالوتي", "التوازن", "وزارة الدفاع التونسية", "الأسواق الليبية", "عام الرمادة",
        "جهاز مكافحة الهجرة غير الشرعية", "اللجنة الأمنية المشتركة"],
 "a3": ["«دانيال»", "اندبندنت عربية", "القيادة العامة للجيش الوطني الليبي", "الشرطة العسكرية", "القوات البحرية",
        "المتحدث العسكري المصري", "الهرج والمرج", "غرفة عمليات عمر المختار", "تحت القبة", "الهلال الأحمر الليبي",
        "المركز الوطني للأرصاد"],
 "a4": ["«الفيلق الأفريقي»", "«القدس العربي»", "الجيش الجزائري", "«تحالف الساحل»", "طائرة شحن روسية",
        "وزارة الدفاع الروسية", "مصدر أمني نيجري", "وزارة الدفاع الجزائرية", "وسائل إعلام نيجرية",
        "الأراضي النيجرية", "المسيّرات المالية", "الحركات الأزوادية", "الانتشار الجزائري", "الدعم المالي"],
 "a5": ["إرم نيوز", "القيادة العامة للجيش الوطني الليبي", "الخام الليبي", "القوات البحرية", "قوات القيادة العامة",
        "مجموعة فاغنر", "المؤسسة الوطنية للنفط", "مجلس النواب", "عقيلة صالح", "عملية «البرق الخاطف»",
        "المجلس الرئاسي"],
}

PHEN = {
 "a1": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
        "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "a2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
        "vague_area", "border_phrase", "town_vs_district", "ambiguity_country_capital", "coverage_crossings",
        "coverage_neighbours", "countries"],
 "a3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
        "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours"],
 "a4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
        "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_neighbours", "countries"],
 "a5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
        "coverage_oil", "coverage_bases"],
}

MOVES = {
 "a1": [
  mv("reinforce", "reported", LNA, ["الكفرة", "معطن السارة"], ["جبل العوينات"]),
  mv("deploy", "planned", LNA, [], ["تازربو", "ربيانة"]),
  mv("advance", "reported", "Sudanese armed groups", ["مليط"], ["المثلث الحدودي"]),
  mv("shipment", "denied", LNA, ["معطن السارة"], ["شمال دارفور"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["شرق العوينات"]),
 ],
 "a2": [
  mv("deploy", "reported", GNA, ["غريان"], ["وازن"], ["نالوت", "الغزايا"]),
  mv("redeploy", "planned", GNA, ["الجميل"], ["زلطن"]),
  mv("withdraw", "denied", GNA, ["رأس اجدير"], ["زوارة"]),
  mv("deploy", "reported", "Tunisian army", [], ["الذهيبة", "رمادة"]),
  mv("reinforce", "conditional", "Tunisian army", [], ["بن قردان"]),
 ],
 "a3": [
  mv("deploy", "reported", LNA, ["بنغازي"], ["درنة", "وادي درنة"], ["المرج", "البيضاء"]),
  mv("airlift", "reported", LNA, ["بنينا"], ["الأبرق"]),
  mv("naval_landing", "reported", LNA, [], ["سوسة"]),
  mv("mobilise", "conditional", LNA, [], ["شحات"]),
  mv("withdraw", "denied", LNA, ["درنة"], ["القبة", "مرتوبة"]),
  mv("deploy", "planned", "Egyptian army", [], ["طبرق", "درنة"], ["امساعد"]),
 ],
 "a4": [
  mv("reinforce", "reported", "Algerian army", ["تمنراست"], ["عين قزام", "تيمياوين", "الحدود مع النيجر"]),
  mv("airlift", "reported", "Russian forces", ["نيامي"], ["أغاديز"]),
  mv("deploy", "planned", "Russian forces", [], ["أرليت"]),
  mv("withdraw", "reported", "Russian forces", ["تينزاواتين"], ["كيدال"]),
  mv("advance", "denied", "Algerian army", [], ["أسامكا"]),
  mv("reinforce", "conditional", "Algerian army", [], ["برج باجي مختار"]),
 ],
 "a5": [
  mv("mobilise", "reported", LNA, [], ["بن جواد", "النوفلية"]),
  mv("redeploy", "reported", LNA, ["سرت"], ["راس لانوف"]),
  mv("shipment", "reported", LNA, ["بنغازي"], ["البريقة"]),
  mv("naval_landing", "planned", LNA, [], ["الزويتينة"]),
  mv("advance", "conditional", "Misrata forces", [], ["بويرات الحسون", "سرت"]),
  mv("airlift", "denied", "Wagner Group", ["الجفرة"], ["راس لانوف"]),
 ],
}

NOTES = {
 "a1": "Sky News Arabia (سكاي نيوز عربية): Kufra, Jebel Uweinat and the RSF supply-route accusations. Reported LNA "
       "reinforcement from Kufra and Maaten al-Sarra base to Jebel Uweinat (headline = same move); planned LNA company to "
       "Tazirbu and Rebiana (ستنتشر الأسبوع المقبل); reported RSF advance from Mellit towards the border triangle; LNA "
       "denial of arms shipments from Maaten al-Sarra to North Darfur («لا صحة»); conditional Egyptian-army reinforcement "
       "of East Oweinat (إذا). Not movements: Abu Dhabi dateline, the source in Kufra, the Port Sudan statement, the Cairo "
       "source, the triangle as a smuggling corridor between Sudan, Chad and Libya, Sudanese families fleeing El Fasher and "
       "Kutum, the camps in Al Jawf and Al Hawwari. Traps: سكاي نيوز عربية (media), سبل السلام / قوات الدعم السريع / القوة "
       "المشتركة (forces), الجيش السوداني / الأسر السودانية (contain السودان), شرق ليبيا inside جنوب شرق ليبيا.",
 "a2": "Libya Al-Ahrar (ليبيا الأحرار): reinforcements at the Wazin-Dehiba crossing after a clash with smugglers. Reported GNA "
       "(Chief of Staff) columns Gharyan→Wazin crossing via Nalut and Ghezaia (headline = same move); planned GNA redeployment "
       "of a company Al Jumayl→Zaltan (تعتزم); GNA withdrawal Ras Ajdir→Zuwara denied; reported Tunisian-army deployment in "
       "Dehiba and Remada (Tataouine governorate); conditional Tunisian reinforcement of Ben Gardane (إذا). Not movements: "
       "Tripoli dateline, migrants from Sfax and Zarzis, traders from Ben Gardane and Medenine, the trader from Wazin, the "
       "Hawamid/Tiji notables, migrants left near the border, the meeting in Tunis. Traps: ليبيا الأحرار (media), سالم النالوتي "
       "(person, contains نالوت), التوازن (contains وازن), عام الرمادة (idiom, contains رمادة), الكتيبة 19 حرس حدود (force).",
 "a3": "Independent Arabia (اندبندنت عربية): Derna two years after Storm Daniel, a new storm warning. Reported LNA engineering "
       "units Benghazi→Derna and Wadi Derna via Al Marj and Al Bayda (headline = same move); reported LNA airlift Benina air "
       "base→Al Abraq airport; reported LNA naval landing on the Susa coast; conditional LNA mobilisation in Shahhat (إذا); LNA "
       "withdrawal Derna→Al Qubbah and Martuba denied; planned Egyptian-army engineers via the Emsaed crossing to Tobruk and "
       "Derna (ستعبر … صباح الأربعاء). Not movements: Benghazi dateline, the Cairo spokesman, families fleeing to Al Bayda, the "
       "reconstruction debate, Red Crescent teams to Qandula. Traps: الهرج والمرج (idiom, contains المرج), تحت القبة "
       "(parliament idiom, contains القبة), غرفة عمليات عمر المختار (operations room / person), «دانيال» (storm name).",
 "a4": "Al-Quds Al-Arabi (القدس العربي): Algeria reinforces its southern border as the Africa Corps reaches Agadez. Reported "
       "Algerian-army reinforcement Tamanrasset→In Guezzam and Timiaouine on the border with Niger; reported Russian (Africa "
       "Corps) airlift Niamey→Agadez airport; planned Russian deployment in Arlit (على أن); reported Africa Corps withdrawal "
       "Tinzaouaten→Kidal; Algerian incursion near Assamaka denied; conditional Algerian reinforcement of Bordj Badji Mokhtar "
       "(إذا). Not movements: Algiers dateline, In Guezzam–Tamanrasset distance, Niamey recalling its ambassador, migrant "
       "deportations Tamanrasset→Assamaka, Bamako's accusations, smuggling towards southern Libya via the triangle. Traps: "
       "«القدس العربي» (media, contains القدس), «الفيلق الأفريقي», «تحالف الساحل», المسيّرات المالية / الدعم المالي (contain مالي).",
 "a5": "Erem News (إرم نيوز): mobilisation in the oil crescent. Reported LNA mobilisation in Bin Jawad and Nofaliya (headline = "
       "same move); reported LNA redeployment Sirte→Ras Lanuf; reported LNA shipment of armoured vehicles Benghazi→Brega port; "
       "planned LNA naval-landing exercise at Zueitina (على أن; headline = same move); conditional Misrata advance on Buwairat "
       "al-Hassoun and Sirte (إذا); Wagner airlift Al Jufra base→Ras Lanuf airport denied. Not movements: Benghazi dateline, "
       "Misrata commanders' threats, Misrata brigades stationed in Abu Qurayn, NOC exports from Es Sider/Ras Lanuf/Zueitina, "
       "Zelten field output, the closed coastal road El Agheila–Brega, the Presidential Council in Tripoli. Traps: إرم نيوز "
       "(media; Iram), عقيلة صالح (person; cf. العقيلة), عملية «البرق الخاطف» (operation), الخام الليبي (nisba).",
}

# Read by tests/golden/sample_tools.py check (values from this sample's former src/check.py).
WORDS = (235, 265)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
