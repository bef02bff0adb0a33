# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 # shared Libyan places
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.14, 16.04, "Al Jufra"),                                 # K (area point between Hun and Waddan)
 "jufra_dist": ("district", "LY", 29.14, 16.04, "Al Jufra district"),                   # K (same point)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "qardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 # qej1 satellite imagery, Jufra -> Brak (Al-Quds Al-Arabi)
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                              # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 # qej2 Khadim -> Bamako, Jufra -> Toummo (France 24)
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                # G
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),        # G* (row برقة)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 # qej3 Novorossiysk -> Tartus -> Tobruk (Al-Liwaa)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Port of Tobruk"),                   # K
 "novorossiysk": ("city", "RU", 44.73188, 37.76176, "Novorossiysk"),                    # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (row أجدابيا)
 "marada": ("town", "LY", 29.22054, 19.20454, "Marada"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                            # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "gan_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),         # G* (row مطار طبرق, kind base)
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                # G
 # qej4 the "red line" seen from Cairo (Al-Wafd)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),             # G* (city row)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 # qej5 massing around Sirte (Al-Jarida)
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "novorossiysk_port": ("crossing", "RU", 44.73330, 37.78330, "Port of Novorossiysk"),   # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G (row أبوقرين)
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil port"),         # G* (row راس لانوف)
}

TRAPS = {
 "qej1": ["القدس العربي", "الفيلق الأفريقي", "محمد إدريس", "فرج الهوني", "هون المتحدث", "الجيش الوطني الليبي",
          "الباحث الليبي"],
 "qej2": ["فرانس 24", "الفيلق الأفريقي", "دعماً مالياً", "النيجرية", "إذاعة فرنسا الدولية", "اللواء 128",
          "إدريس بوشاقور"],
 "qej3": ["الجديد", "سبوتنيك", "سامر الحلبي", "اللبنانية", "السورية", "الجيش الوطني الليبي"],
 "qej4": ["لواء طارق بن زياد", "القاهرة الإخبارية", "الجيش الوطني الليبي", "القوات المصرية", "الجانب المصري"],
 "qej5": ["الفيلق الأفريقي", "قوة حماية طرابلس", "المنطقة العسكرية الوسطى", "العسكرية الليبية"],
}

PHEN = {
 "qej1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours",
          "countries"],
 "qej2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qej3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "coverage_bases", "coverage_crossings", "countries"],
 "qej4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area",
          "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qej5": ["clitics", "spelling", "multiword", "operation_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qej1": [
  mv("redeploy", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الخادم"]),
  mv("shipment", "planned", "Russian forces", ["قاعدة القرضابية"], ["قاعدة معطن السارة"]),
  mv("withdraw", "conditional", "Wagner Group", ["سرت"], ["الجفرة"]),
  mv("deploy", "denied", "Russian forces", [], ["سوكنة", "هون"]),
 ],
 "qej2": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الخادم"], ["باماكو"]),
  mv("redeploy", "reported", "Russian forces", ["الجفرة"], ["منفذ التوم"], ["سبها", "القطرون"]),
  mv("advance", "conditional", "Russian forces", [], ["النيجر"]),
  mv("withdraw", "planned", "Russian forces", ["نيامي"], ["قاعدة الجفرة الجوية"]),
  mv("mobilise", "denied", "Russian forces", [], ["الحدود مع النيجر"]),
 ],
 "qej3": [
  mv("naval_landing", "reported", "Russian forces", ["نوفوروسيسك"], ["ميناء طبرق"], ["طرطوس"]),
  mv("deploy", "reported", "Russian forces", ["طبرق"], ["قاعدة الجفرة الجوية"], ["اجدابيا", "مرادة", "زلة"]),
  mv("airlift", "planned", "Russian forces", ["قاعدة حميميم"], ["مطار بنينا"]),
  mv("redeploy", "conditional", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("deploy", "denied", "Russian forces", [], ["قاعدة جمال عبد الناصر الجوية"]),
 ],
 "qej4": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["سرت"], ["البريقة", "راس لانوف"]),
  mv("shipment", "reported", "Russian forces", ["قاعدة القرضابية"], ["قاعدة الجفرة الجوية"]),
  mv("mobilise", "planned", "Libyan National Army", [], ["الهلال النفطي"]),
  mv("advance", "conditional", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سرت", "الجفرة"]),
  mv("withdraw", "denied", "Syrian mercenaries", ["سرت"], ["بني وليد"]),
 ],
 "qej5": [
  mv("mobilise", "reported", "Libyan National Army", [], ["سرت"]),
  mv("reinforce", "reported", "Russian forces", ["قاعدة براك الجوية"], ["قاعدة القرضابية"], ["هون"]),
  mv("naval_landing", "planned", "Russian forces", ["ميناء نوفوروسيسك"], ["ميناء بنغازي"]),
  mv("advance", "conditional", "GNA forces", ["أبو قرين"], ["سرت"]),
  mv("deploy", "denied", "Russian forces", [], ["ودان"]),
 ],
}

NOTES = {
 "qej1": "Satellite imagery: Africa Corps jets Jufra base→Brak base (headline 'from Jufra to Brak' repeats it; Idri "
         "'120 km' only a distance reference, Wadi al-Shati a locator); Il-76 flights Hmeimim→Al-Khadim (Syria and "
         "Benghazi only locate the bases); a planned Pantsir shipment by truck Qardabiya→Maaten al-Sarra (Sirte, the "
         "Chad border only locators; Tripoli the diplomat's city); ex-Wagner fighters' conditional pull-out Sirte→Jufra; "
         "the LNA's denial of Russians in Sokna and Hun (headline Hun repeats it). London dateline; the Sirte–Jufra "
         "line and the Jufra district towns in the background are not movement places.",
 "qej2": "France 24 investigation: 11 flights Al-Khadim→Bamako (eastern Libya a locator, Mali the junta's country); a "
         "convoy Jufra→Toummo crossing via Sabha and Al-Qatrun (Niger after it only a locator); a conditional entry "
         "into Niger (no origin written; Niamey in the condition is not a movement place); a planned pull-out of "
         "trainers Niamey→Jufra air base; the LNA's denial of a Russian massing near the border with Niger (Fezzan "
         "only in the explanation). Paris dateline, Algiers speaker, Syria and southern Libya background.",
 "qej3": "Landing ship Novorossiysk→Tobruk port via Tartus (a two-day stop); a convoy with the Russians Tobruk→Jufra "
         "base via Ajdabiya, Marada and Zillah; a planned airlift Hmeimim→Benina airport; a conditional naval move "
         "Tartus→Tobruk port; the LNA's denied deployment at Gamal Abdel Nasser base (Tobruk south of it only a "
         "locator). Beirut dateline; Tripoli (Lebanon) the analyst's home town, Tripoli (Libya) written 'طرابلس "
         "الغرب'; Damascus, Crete and the headline places are not movement places.",
 "qej4": "LNA reinforcements Benghazi→Sirte via Brega and Ras Lanuf (Sirte municipality only the mayor); Russian "
         "trucks carry radars Qardabiya→Jufra base ('250 km' adds no place); a planned LNA massing in the oil "
         "crescent (Misrata only the feared threat); an Egyptian expert's conditional advance Mohamed Naguib base→Sirte "
         "and Jufra (Sidi Barrani is where the 2020 red line was announced); the LNA denies a pull-out of Syrian "
         "mercenaries Sirte→Bani Walid. Cairo dateline; the Sallum land port is background (travellers only).",
 "qej5": "LNA massing around Sirte (reported; the closing 'الحشد حول سرت' in the denial repeats it); Africa Corps "
         "reinforces Qardabiya base from Brak base via Hun; a planned marine landing Novorossiysk port→Benghazi port; "
         "GNA central-region forces' conditional advance Abu Qurayn→Sirte (Misrata the speaker's city, Tripoli the "
         "government's seat); the LNA denies foreigners entered Waddan. Kuwait City dateline vs Kuwait the country; "
         "Geneva, Es Sider and Ras Lanuf ports are background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qej1", "qej2", "qej3", "qej4", "qej5")
