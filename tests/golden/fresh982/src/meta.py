# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 # qkv1 Akhbar Alaan, Sabha: LNA in the south-west, denied Russian airlift
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G (row أوباري; also written اوباري)
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "south": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                       # G* (row جنوب ليبيا)
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (base row, near Hun/Waddan)
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G (row الجزائر, city)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "border_dz_ly": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 # qkv2 Lebanon Files, Beirut: Turkish landing ship, Tripoli vs Tripoli
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "north_lebanon": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),             # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "erkilet": ("base", "TR", 38.77040, 35.49540, "Kayseri Erkilet Air Base"),             # G* (row قاعدة إركيليت الجوية, kind airport)
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                              # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),               # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 # qkv3 Hashtag Syria, Damascus: Syrian fighters flown home
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                            # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "gaziantep_airport": ("airport", "TR", 36.94720, 37.47870, "Gaziantep Airport"),       # G
 "gaziantep": ("city", "TR", 37.05944, 37.38250, "Gaziantep"),                          # G (row عنتاب)
 "salahaddin": ("town", "LY", 32.88743, 13.18733, "Salah al-Din (Tripoli)"),            # G
 "north_aleppo": ("region", "SY", 36.50, 37.10, "Northern Aleppo countryside"),         # K
 "afrin": ("town", "SY", 36.50833, 36.86944, "Afrin"),                                  # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "yarmouk": ("base", "LY", 32.88743, 13.18733, "Yarmouk Camp (Tripoli)"),               # G
 "yarmouk_dam": ("district", "SY", 33.4736, 36.3036, "Yarmouk Camp (Damascus)"),        # K
 # qkv4 Arabesque, Tunis: Tunisian army on the Libyan border
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),       # G
 "dehiba_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G* (row منفذ وازن)
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tn_side": ("region", "TN", 32.60, 10.90, "Tunisia-Libya border (Tunisian side)"),  # K
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 # qkv5 Sudanese Online, Port Sudan: Sudanese army, RSF, LNA, Chadian army
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "dabbah": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                             # G (row الدبه)
 "howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                           # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "merowe_airport": ("airport", "SD", 18.4433, 31.8433, "Merowe Airport"),               # K
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "border_sd_td": ("region", "SD", 15.27115, 23.08771, "Sudan-Chad border (Sudanese side)"),  # G* (row الحدود السودانية التشادية)
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abeche"),                                # G
 "adre": ("town", "TD", 13.46648, 22.19875, "Adre"),                                    # G
}

TRAPS = {
 "qkv1": ["الجيش الوطني", "روسياً", "أخبار الآن", "سرت شائعات", "لواء طارق بن زياد", "إدريس المقرحي", "فرنسي",
          "الفيلق الأفريقي"],
 "qkv2": ["ليبانون فايلز", "التركية", "الليبية", "تركياً", "اللواء 111 مجحفل", "مصراتية", "ربيع الطرابلسي"],
 "qkv3": ["هاشتاغ سوريا", "السوريين", "الليبية", "فرقة السلطان مراد", "فرقة الحمزة", "الجيش الوطني السوري",
          "أبو خالد العفريني", "اللبنانية"],
 "qkv4": ["أرابيسك", "إذاعة تطاوين", "الجيش الوطني", "الليبية", "الليبي", "محسن التطاويني", "التونسي",
          "بركان الغضب"],
 "qkv5": ["القيادة العامة", "الليبية", "سودانيز أونلاين", "القوة المشتركة", "الدنقلاوي", "الليبي",
          "الدعم السريع", "التشادي", "لا أدري"],
}

PHEN = {
 "qkv1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qkv2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "qkv3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "coverage_bases", "countries"],
 "qkv4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qkv5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "border_phrase", "coverage_neighbours",
          "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qkv1": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["اوباري"], ["جرمة"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["حقل الشرارة"]),
  mv("redeploy", "planned", "Libyan National Army", ["إدري"], ["قاعدة تمنهنط"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["نيامي"]),
  mv("advance", "conditional", "Libyan National Army", ["اوباري"], ["العوينات"]),
 ],
 "qkv2": [
  mv("naval_landing", "reported", "Turkish armed forces", ["مرسين"], ["ميناء مصراتة"]),
  mv("airlift", "denied", "Turkish armed forces", ["قاعدة إركيليت الجوية"], ["قاعدة الوطية"]),
  mv("withdraw", "conditional", "Turkish armed forces", ["قاعدة الوطية"]),
  mv("redeploy", "planned", "GNA forces", ["طرابلس"], ["غريان"]),
  mv("mobilise", "reported", "Misrata forces", [], ["الوشكة"]),
 ],
 "qkv3": [
  mv("airlift", "reported", "Syrian mercenaries", ["قاعدة الوطية"], ["مطار غازي عنتاب"]),
  mv("withdraw", "reported", "Syrian mercenaries", ["صلاح الدين"], ["قاعدة الوطية"]),
  mv("redeploy", "planned", "Syrian mercenaries", ["غازي عنتاب"], ["ريف حلب الشمالي"]),
  mv("deploy", "denied", "Syrian mercenaries", ["عفرين"], ["طرابلس"]),
  mv("withdraw", "conditional", "Syrian mercenaries", ["معسكر اليرموك"]),
 ],
 "qkv4": [
  mv("advance", "denied", "Tunisian army", [], ["وازن"]),
  mv("deploy", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة", "معبر الذهيبة"]),
  mv("naval_landing", "planned", "Tunisian army", ["صفاقس"], ["جرجيس"]),
  mv("reinforce", "conditional", "Tunisian army", ["مدنين"], ["معبر راس جدير"], ["بن قردان"]),
  mv("mobilise", "reported", "GNA forces", [], ["الجميل"]),
 ],
 "qkv5": [
  mv("advance", "reported", "Sudanese army", ["الدبة"], ["المالحة"], ["وادي هور"]),
  mv("airlift", "planned", "Sudanese army", ["بورتسودان"], ["مطار مروي"]),
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["المثلث الحدودي"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["الفاشر"]),
  mv("deploy", "conditional", "Chadian army", ["أبشي"], ["أدري"]),
 ],
}

NOTES = {
 "qkv1": "Akhbar Alaan correction notice (Sabha dateline): the LNA column first placed in Ghat actually reached Ubari "
         "(spelled اوباري; أوباري in the headline and in 'بلدية أوباري') from Sabha via Germa, a supply convoy Sabha→"
         "Sharara field, a battalion move Idri→Tamanhint base (spelled تمنهنط) corrected from done to planned "
         "(commander named إدريس), a Russian 'Africa Corps' airlift Jufra air base→Niamey retracted after the LNA "
         "denial, and a conditional advance Ubari→Al-Awaynat (the town on the Ghat road, not Jebel Uweinat). Ghat, "
         "Algiers (the wrongly cited source) and the border with Algeria are not movement places; 'سرت شائعات' is "
         "a verb, not Sirte.",
 "qkv2": "Lebanon Files correction: the Turkish landing ship put marines ashore at Misrata port (from Mersin), not at "
         "the port of Tripoli (Libya), which Lebanese readers had taken for the port of Tripoli in northern Lebanon; "
         "a denied Turkish airlift Kayseri Erkilet air base→Al-Watiya, a misquoted pull-out from Al-Watiya restated as "
         "conditional, a planned GNA brigade Tripoli→Gharyan and Misratan battalions massing at Al-Washka; the Zawiya "
         "refinery is background and the researcher's surname الطرابلسي a trap.",
 "qkv3": "Hashtag Syria correction: Syrian fighters were flown from Al-Watiya (not Mitiga) to Gaziantep airport after "
         "being pulled out of Salah al-Din to Al-Watiya, with a planned land transfer Gaziantep→northern Aleppo "
         "countryside; a reported batch Afrin→Tripoli denied by a commander whose nickname contains Afrin; the Tripoli "
         "meant is the Libyan one, not Lebanese Tripoli; fighters in Yarmouk camp (Tripoli, not the Damascus camp) "
         "leave only if paid.",
 "qkv4": "Arabesque retraction (Tunis dateline = city; 'حدود تونس' = country): a reported incursion to Wazin denied by "
         "the defence ministry, the real deployment Tataouine→Dehiba and the Dehiba crossing, a marine landing "
         "Sfax→Zarzis corrected from done to planned, a conditional reinforcement Medenine→Ras Ajdir crossing "
         "(spelled راس) via Ben Gardane, and GNU forces massing in Al-Jumayl; Nalut is only the scene of clashes, "
         "'إذاعة تطاوين' and the spokesman التطاويني are traps, Tataouine governorate beside the town.",
 "qkv5": "Sudanese Online correction: the army and joint force did not reach the border triangle but advanced "
         "Al-Dabbah→Al-Malha via Wadi Howar; a planned airlift Port Sudan→Merowe airport; a retracted LNA arms "
         "shipment Kufra→the triangle denied from Benghazi; RSF massing around El Fasher; a Chadian battalion "
         "Abeche→Adre (أدري, cf. Libyan Idri and 'لا أدري') walked back into a conditional move; refugees crossing "
         "the border with Chad are no force movement.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qkv1", "qkv2", "qkv3", "qkv4", "qkv5")
