# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                   # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                  # G
 "france": ("country", "FR", 46.70829, 2.18957, "France"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                              # G
 "djibouti_city": ("city", "DJ", 11.58901, 43.14503, "Djibouti (city)"),                  # G
 # capitals and cities outside the triangle
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                             # G (row نجامينا)
 "ndj_airport": ("airport", "TD", 12.13370, 15.03400, "N'Djamena International Airport"), # G
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                     # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                    # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                          # G
 # eastern Chad
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abeche"),                                  # G
 "iriba": ("town", "TD", 15.11667, 22.25000, "Iriba"),                                    # G
 "tine": ("town", "TD", 15.02528, 22.80222, "Tine (Chad)"),                               # G* (row تيني)
 "tine_crossing": ("crossing", "TD", 15.02528, 22.80222, "Tine border crossing"),         # G* (town row, kind crossing)
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                            # G
 "amdj_airport": ("airport", "TD", 16.06666, 22.83536, "Amdjarass airport"),              # G* (town row, kind airport)
 "fada": ("town", "TD", 17.19186, 21.58081, "Fada"),                                      # G* (row فدا)
 "adre_crossing": ("crossing", "TD", 13.46648, 22.19875, "Adre border crossing"),        # G* (row أدري, kind crossing)
 "east_td": ("region", "TD", 15.37168, 20.30227, "Eastern Chad"),                         # G
 "border_td_sd": ("region", "TD", 15.25834, 22.83250, "Chad-Sudan border (Chadian side)"),  # G* (row الحدود التشادية السودانية)
 # northern Chad / Tibesti
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                              # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                              # G
 "faya_airport": ("airport", "TD", 17.91710, 19.11110, "Faya-Largeau Airport"),           # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                         # G* (row كوري بوقودي)
 "bardai": ("town", "TD", 21.35468, 17.00158, "Bardai"),                                  # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                    # G
 "border_td_ly": ("region", "TD", 22.40, 17.20, "Chad-Libya border (Chadian side)"),      # K
 # Darfur
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                  # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                               # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                  # G
 "kutum": ("town", "SD", 14.20000, 24.66667, "Kutum"),                                    # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                 # G
 "karb_tom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                         # G
 "tina_sd": ("town", "SD", 15.03, 22.83, "Tina (Sudan)"),                                 # K
 # Libya
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                              # G
 "benghazi_port": ("crossing", "LY", 32.10, 20.05, "Port of Benghazi"),                    # K
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                  # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),                 # G* (row قاعدة طبرق البحرية = town point, kind crossing)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),               # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                      # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),               # G* (town row, kind district)
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),          # G* (town row, kind district)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                         # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                      # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                    # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                 # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                 # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                                # G
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                              # K
 "tri_lsc": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),     # G* (row المثلث الحدودي مع تشاد والسودان)
 "se_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                    # G* (row جنوب شرق ليبيا)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),            # G* (row برقة)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                      # G* (row جنوب ليبيا)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"), # G* (row الحدود الليبية التشادية)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                    # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                               # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                       # G
 # Egypt
 "east_oweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                      # G* (row مطار شرق العوينات, kind town)
}

TRAPS = {
 "ly1": ["مونت كارلو الدولية", "الجيش التشادي", "قوات الدعم السريع", "القوة المشتركة لحركات دارفور", "أطباء بلا حدود",
         "محمد إدريس ديبي", "التشادية", "السودانية", "لاجئ سوداني"],
 "ly2": ["الجيش السوداني", "قوات حفتر", "فرانس 24", "الجيش الوطني الليبي", "كتيبة سبل السلام", "قوات الدعم السريع",
         "دارفور 24", "الأخبار السارة", "السودانية"],
 "ly3": ["إذاعة فرنسا الدولية", "التشادية", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "الطيران التشادي", "لا أدري",
         "الليبية", "الجيش الوطني الليبي"],
 "ly4": ["أوريان 21", "الجيش التشادي", "قوات الدعم السريع", "التشادية", "عثمان الفاشري", "الفاشري",
         "القوة المشتركة لحركات الكفاح المسلح", "السودانية", "الجانب السوداني"],
 "ly5": ["الفرنسيين", "لوموند ديبلوماتيك", "الفرنسية", "الفيلق الإفريقي", "التشادية", "الفرنسيون", "الجيش المصري",
         "عسكري مصري", "باحث تشادي", "«فاغنر»"],
}

PHEN = {
 "ly1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "ly2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours"],
 "ly3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "ly4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "ly5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "ly1": [
  mv("reinforce", "reported", None, ["أبشي"], ["الطينة"], ["إريبا"]),
  mv("airlift", "planned", None, ["نجامينا"], ["أم جرس"]),
  mv("reinforce", "conditional", None, ["فادا"], ["الحدود مع السودان"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["الطينة"]),
  mv("advance", "denied", "Sudanese armed groups", ["كتم"], ["الطينة"]),
 ],
 "ly2": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("naval_landing", "reported", "Libyan National Army", ["طبرق"], ["ميناء بنغازي"]),
  mv("reinforce", "planned", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["جبل العوينات"]),
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["المالحة"], ["المثلث الحدودي"]),
  mv("withdraw", "reported", "Sudanese armed groups", ["كرب التوم"], ["المالحة"]),
 ],
 "ly3": [
  mv("airlift", "reported", None, ["مطار إنجامينا"], ["مطار فايا لارجو"]),
  mv("advance", "planned", None, ["فايا"], ["كوري بوغودي"], ["برداي"]),
  mv("withdraw", "reported", "Chadian armed groups", ["كوري بوغودي"], ["الحدود مع ليبيا"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["أم الأرانب"]),
  mv("deploy", "conditional", "Libyan National Army", ["سبها"], ["القطرون", "الحدود مع تشاد"]),
 ],
 "ly4": [
  mv("airlift", "reported", None, ["قاعدة الخادم"], ["مطار أم جرس"]),
  mv("shipment", "reported", "Sudanese armed groups", ["أم جرس"], ["مليط"], ["الطينة"]),
  mv("redeploy", "denied", None, ["أبشي"], ["أم جرس"]),
  mv("redeploy", "planned", "Sudanese armed groups", ["مليط"], ["كرب التوم"]),
  mv("advance", "conditional", "Sudanese armed groups", [], ["المالحة"]),
 ],
 "ly5": [
  mv("withdraw", "reported", None, ["فايا لارجو", "أبشي", "نجامينا"], ["فرنسا"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة معطن السارة"]),
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
  mv("deploy", "denied", "Russian forces", [], ["تشاد"]),
  mv("redeploy", "planned", None, ["نجامينا"], ["أبشي"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["شرق العوينات"]),
 ],
}

NOTES = {
 "ly1": "Monte Carlo Doualiya, N'Djamena: a Chadian reinforcement Abeche→Tine via Iriba told through a correspondent "
        "in Abeche quoting a security source quoting a commander (Abeche first as the correspondent's place, then as "
        "origin); the joint force massing in Tina (Sudanese side) told by witnesses; a planned special-forces airlift "
        "N'Djamena→Amdjarass (Fada only in a purpose clause); a conditional push Fada→the border with Sudan («إذا "
        "تكرر»); the RSF adviser's denied advance Kutum→Tina. Refugee families crossing the Tine crossing to Iriba are "
        "not a movement; إنجامينا/نجامينا spelling; محمد إدريس ديبي holds إدري.",
 "ly2": "France 24, Benghazi: an LNA airlift Benina air base→Kufra airport reported through the correspondent's military "
        "source; an LNA naval landing of armour at Benghazi port from Tobruk; a planned company Kufra→Maaten al-Sarra air "
        "base; a conditional deployment to Jebel Uweinat («إذا اقترب»); the Sudanese army's claim of a fuel-and-ammunition "
        "convoy Kufra→Al Malha via the border triangle, denied by the LNA spokesman in the next paragraph (denied); an RSF "
        "pull-back Karb al-Tom→Al Malha told by activists quoted by «دارفور 24». Port Sudan, Tripoli, the Kufra–Sarir "
        "road and Kufra municipality are not movement places; الأخبار السارة is a trap.",
 "ly3": "RFI, Paris: a Chadian airlift N'Djamena airport→Faya-Largeau airport (the headline's نجامينا/فايا repeat it); "
        "a planned advance Faya→Kouri Bougoudi via Bardai; CCMSR fighters' pull-out Kouri Bougoudi→the border with "
        "Libya told by a Zouar notable relaying drivers; the CCMSR's denied massing at Umm al-Aranib; the LNA's "
        "conditional move Sabha→Al Qatrun and the border with Chad. «لا أدري» is a trap; Al Qatrun municipality and the "
        "2012 gold rush from Sudan and Niger (miners, not forces) are not movements.",
 "ly4": "Orient XXI, investigation: an airlift Al Khadim air base→Amdjarass airport told by a former officer quoting a "
        "colleague; RSF trucks Amdjarass→Mellit via Tine; the Chadian government's denial of a redeploy Abeche→Amdjarass "
        "(only that move is denied); a planned RSF move Mellit→Karb al-Tom (researcher quoting a field commander); the "
        "joint force's conditional advance on Al Malha. Abeche (interview venue), Tina (speaker), aid through the Adre "
        "crossing, Port Sudan, Djibouti and the fall of El Fasher are not movement places; عثمان الفاشري holds الفاشر.",
 "ly5": "Le Monde diplomatique Arabic edition, analysis: France's 2025 withdrawal Faya-Largeau/Abeche/N'Djamena→France "
        "(one withdrawal, flashback, reported); a Russian airlift Jufra air base→Maaten al-Sarra air base reported by a "
        "diplomat quoting intelligence reports; a Russian landing at Tobruk port in 2024 (flashback, reported); Moscow's "
        "denial of any deployment to Chad; a planned Chadian redeploy «من العاصمة» (N'Djamena)→Abeche; Egypt's "
        "conditional reinforcement of East Oweinat. Wagner at the Sharara field (presence), Tripoli (the ambassador's "
        "seat), Paris/Moscow/Cairo/Algeria (metonymy), Darfur/Tibesti and Kufra/Amdjarass in the closing quote are not "
        "movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ly1", "ly2", "ly3", "ly4", "ly5")
