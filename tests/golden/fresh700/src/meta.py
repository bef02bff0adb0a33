# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "france": ("country", "FR", 46.70829, 2.18957, "France"),                              # G
 # Niger
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G (row أغاديس)
 "agadez_reg": ("district", "NE", 19.42135, 10.68918, "Agadez region"),                 # G (district row NE-1)
 "ab201": ("base", "NE", 16.95030, 8.01390, "Niger Air Base 201"),                      # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "dirkou_airport": ("airport", "NE", 18.96870, 12.86870, "Dirkou Airport"),             # G
 "tenere": ("region", "NE", 17.58330, 10.91670, "Ténéré desert"),                       # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "niamey_airport": ("airport", "NE", 13.48150, 2.18361, "Diori Hamani International Airport"),  # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado plateau"),                        # G (row جادو, NE)
 "bilma": ("town", "NE", 18.68532, 12.91643, "Bilma"),                                  # G
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                   # G
 "assamaka": ("village", "NE", 19.36667, 5.80000, "Assamaka"),                          # G
 "border_ne_ly": ("region", "NE", 22.9, 13.5, "Niger-Libya border (Nigerien side)"),    # K
 "border_ne_td": ("region", "NE", 18.35106, 15.48017, "Niger-Chad border (Nigerien side)"),  # G* (row الحدود النيجرية التشادية)
 # the tripoint
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador Pass"),                     # G* (row مثلث السلفادور)
 "triangle": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G
 # Algeria
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                  # G
 "boufarik": ("base", "DZ", 36.54580, 2.87611, "Boufarik Air Base"),                    # G* (row قاعدة بوفاريك الجوية, kind airport)
 "tam": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                               # G
 "inguezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                          # G (row إن قزام)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, country DZ)
 "border_dz_ly": ("region", "DZ", 25.3, 9.9, "Algeria-Libya border (Algerian side)"),   # K
 "north_ml": ("region", "ML", 20.45092, -2.20255, "Northern Mali"),                     # G
 # Libya
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G (row منفذ التوم)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.105, 20.055, "Port of Benghazi"),               # K
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "eastcoast": ("region", "LY", 32.75, 21.75, "Eastern coast of Libya"),                 # K
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "zuwara_port": ("crossing", "LY", 32.930, 12.090, "Port of Zuwara"),                   # K
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 # Chad
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G (row كوري بوقودي)
 # Lebanon
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
}

TRAPS = {
 "zz1": ["الجيش النيجري", "مونت كارلو الدولية", "الدعم المالي", "الليبية", "الفيلق الإفريقي", "الروسي", "الأمريكية",
         "النيجرية", "تشادية", "الأوروبي"],
 "zz2": ["الجيش الوطني الشعبي", "الحوار", "الحاج أحمد إدريس", "الناحية العسكرية السادسة", "الجيش الجزائري", "الليبية"],
 "zz3": ["فرانس 24", "روسية", "الفيلق الإفريقي", "الجيش النيجري", "عملية برخان", "الفرنسي", "الليبية",
         "مجلس القيادة العسكرية لخلاص الجمهورية", "تشادية"],
 "zz4": ["بوابة أفريقيا الإخبارية", "كتيبة طارق بن زياد", "الجيش الوطني", "علي الطرابلسي", "التشاديين",
         "محمد إدريس ديبي"],
 "zz5": ["القدس العربي", "عماد الطرابلسي", "الجيش الجزائري", "الجانب الليبي", "السنوات الخمس"],
}

PHEN = {
 "zz1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "zz2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "zz3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "zz4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "zz5": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "zz1": [
  mv("deploy", "reported", None, ["أغاديز"], ["ديركو"], ["صحراء تينيري"]),
  mv("redeploy", "planned", None, ["ديركو"], ["مادما"]),
  mv("deploy", "conditional", "Russian forces", ["نيامي"], ["القاعدة الجوية 201"]),
  mv("advance", "denied", "Chadian armed groups", ["الجنوب الليبي"], ["هضبة جادو"]),
 ],
 "zz2": [
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت"]),
  mv("airlift", "planned", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار جانت"]),
  mv("redeploy", "conditional", "Algerian army", ["تمنراست"], ["عين قزام"]),
  mv("advance", "denied", "Algerian army", [], ["غات"], ["معبر تين الكوم"]),
 ],
 "zz3": [
  mv("airlift", "reported", "Russian forces", ["مطار نيامي"], ["مطار ديركو"]),
  mv("withdraw", "reported", None, ["ممر السلفادور"], ["ماداما"]),
  mv("shipment", "planned", None, ["ديركو"], ["قاعدة ماداما"]),
  mv("advance", "conditional", None, [], ["معبر التوم"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["ممر السلفادور"]),
 ],
 "zz4": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["القطرون"], ["أم الأرانب"]),
  mv("withdraw", "denied", "Libyan National Army", ["منفذ التوم"], ["قاعدة الويغ"]),
  mv("shipment", "conditional", "Libyan National Army", ["قاعدة تمنهنت"], ["قاعدة الويغ"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["كوري بوقودي"]),
  mv("naval_landing", "planned", "Libyan National Army", ["ميناء بنغازي"], ["قاعدة طبرق البحرية"]),
 ],
 "zz5": [
  mv("naval_landing", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("airlift", "planned", "GNA forces", ["مطار معيتيقة"], ["مطار غات"]),
  mv("mobilise", "conditional", "Algerian army", [], ["جانت"]),
  mv("shipment", "denied", "GNA forces", ["طرابلس"], ["أوباري"], ["غدامس"]),
 ],
}

NOTES = {
 "zz1": "Monte Carlo Doualiya from Agadez: a 40-vehicle Nigerien army column Agadez→Dirkou across the Ténéré with 60 "
        "migrant trucks behind it (the trucks, the driver's onward trip to the Libyan border and Al-Qatrun are civilian "
        "and not movements); a planned company Dirkou→Madama (the Salvador pass only locates Madama); Russian Africa "
        "Corps instructors in Niamey who would move to Air Base 201 only on request (Agadez there only locates the "
        "base); a denied infiltration of Chadian rebels from southern Libya into the Djado plateau. Nigerien army "
        "moves have actor null (no canonical actor). Bilma only a destination of goods trucks.",
 "zz2": "El Hiwar from Djanet: an Algerian army reinforcement Illizi→Djanet ('100 km from the border with Libya' is a "
        "distance reference); a planned C-295 airlift Boufarik air base→Djanet airport; a conditional regiment "
        "Tamanrasset→In Guezzam if fighters keep coming from northern Mali (condition place), beside 25 buses "
        "deporting migrants towards Assamaka (civilian, not a movement); the ministry (statement issued in Algiers) "
        "denies units entered Libya via the Tin Alkoum crossing towards Ghat. Arlit→Ghat/Ubari is the migrants' route.",
 "zz3": "France 24 from Niamey: an Africa Corps Il-76 Niamey airport→Dirkou airport (Russian forces); a Nigerien patrol "
        "pulled back from the Salvador pass to Madama while a migrant convoy crossed towards Al-Qatrun (civilian); a "
        "planned fuel/ammunition convoy Dirkou→Madama base; a conditional advance to the Toummo crossing (Madama there "
        "a distance reference); a Chadian rebel group (CCMSR) denies massing near the Salvador pass. The last "
        "paragraph's places (tripoint countries, Dirkou's 270 km to the Chad border) are background.",
 "zz4": "Afrigate from Benghazi: an LNA (Tariq bin Ziyad brigade) reinforcement Sabha→Al-Qatrun via Umm al-Aranib, "
        "with migrant trucks heading to Sabha in the same paragraph (civilian); a denied pull-back from the Toummo "
        "crossing to Al-Wigh base (Tripoli only the seat of the GNA pages); a conditional supply convoy Tamanhint "
        "base→Al-Wigh base if clashes continue near El Feel (condition; Murzuq district and town are locators); "
        "Chadian fighters reported massing in Kouri Bougoudi; a planned marine company by landing ship Benghazi "
        "port→Tobruk naval base.",
 "zz5": "Al-Quds Al-Arabi from Tripoli: GNA special forces landed at Zuwara port from Abu Sitta naval base (Tripoli "
        "only locates the base; migrants from Niger via the Salvador pass and Ubari are civilian); a planned airlift "
        "Mitiga airport→Ghat airport; the Algerian army would mass more units in Djanet if infiltration continues "
        "(said in Algiers; Isayen only a locator); the GNA denies a weapons shipment Tripoli→Ubari via Ghadames. The "
        "researcher from Tripoli in northern Lebanon and her route Agadez→Sabha/Ghat/Ubari are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("zz1", "zz2", "zz3", "zz4", "zz5")
