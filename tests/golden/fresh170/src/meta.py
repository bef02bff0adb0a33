# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية; surface بنينا alone)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 # fp1 Sirte-Jufra (Libya Al-Hadath)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "jufra": ("district", "LY", 29.14, 16.05, "Al Jufra"),                                 # K (area point near Hun/Waddan)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "gardabiya_ap": ("airport", "LY", 31.06350, 16.59500, "Gardabya Airport"),             # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "sirte_port": ("crossing", "LY", 31.215, 16.595, "Port of Sirte"),                      # K
 # fp2 Zawiya clashes (February TV)
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "gharyan_mun": ("district", "LY", 32.17222, 13.02028, "Gharyan municipality"),         # G* (town row)
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "mitiga_ap": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                  # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "birghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                      # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "misrata_port": ("crossing", "LY", 32.36, 15.21, "Port of Misrata (Qasr Ahmed)"),       # K
 "tripoli_port": ("crossing", "LY", 32.90, 13.19, "Port of Tripoli"),                     # K
 # fp3 Ras Ajdir closed (Shems FM)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G (row منفذ رأس جدير)
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "border_tnside": ("region", "TN", 32.6, 11.0, "Tunisia-Libya border (Tunisian side)"), # K
 # fp4 Fezzan (Erem News)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G (district row)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "ghat_ap": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                      # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "ummaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 # fp5 Kufra and the triangle (Al Qahera News)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_ap": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                    # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "ndarfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                     # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"), # G* (row مثلث العوينات)
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                            # K
 "eowainat": ("town", "EG", 22.58570, 28.71660, "East Owainat"),                        # G* (row مطار شرق العوينات)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),               # G* (row الحدود الليبية السودانية)
 "southeast": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),              # G* (row جنوب شرق ليبيا)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G (city row الجزائر)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                  # G
}

TRAPS = {
 "fp1": ["ليبيا الحدث", "مجمع واغادوغو للمؤتمرات", "سالم الجفراوي", "الجيش الوطني الليبي", "شارع طرابلس"],
 "fp2": ["قناة فبراير", "عبد الرحمن الغرياني", "شارع الزاوية", "ما ادري", "محشوراً في الزاوية"],
 "fp3": ["شمس أف أم", "نهج ليبيا", "محمد الزواري", "الجانب الليبي"],
 "fp4": ["إرم نيوز", "حسن المرزوقي", "اللواء طارق بن زياد", "الليبي", "علي الإدريسي", "المالي"],
 "fp5": ["القاهرة الإخبارية", "الدعم السريع", "سبل السلام", "محمد الكفراوي", "السودانيين", "اللبناني"],
}

PHEN = {
 "fp1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba",
         "ambiguity_tripoli", "coverage_bases", "coverage_oil", "coverage_crossings", "vague_area"],
 "fp2": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "ambiguity_idri",
         "town_vs_district", "coverage_crossings"],
 "fp3": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital", "border_phrase",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "fp4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "fp5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area",
         "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"

MOVES = {
 "fp1": [
  mv("reinforce", "reported", LNA, ["قاعدة الجفرة الجوية"], ["سرت"], ["ودان"]),
  mv("airlift", "reported", LNA, ["بنينا"], ["مطار القرضابية"]),
  mv("naval_landing", "reported", LNA, ["بنغازي"], ["ميناء سرت"]),
  mv("mobilise", "reported", "Misrata forces", ["مصراتة"], ["أبوقرين"]),
  mv("redeploy", "planned", LNA, ["بنغازي"], ["بن جواد"]),
  mv("advance", "conditional", LNA, [], ["أبوقرين"]),
  mv("withdraw", "denied", LNA, ["راس لانوف"], ["اجدابيا"]),
 ],
 "fp2": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["الزاوية"], ["جنزور"]),
  mv("deploy", "denied", None, ["غريان"], ["الزاوية"]),
  mv("naval_landing", "planned", GNA, ["ميناء مصراتة"], ["ميناء طرابلس"]),
  mv("advance", "conditional", "Zintan forces", ["الزنتان"], ["العزيزية"]),
  mv("withdraw", "reported", None, ["الماية"], ["صرمان"]),
 ],
 "fp3": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان"]),
  mv("withdraw", "denied", "Tunisian army", ["الذهيبة"]),
  mv("deploy", "reported", GNA, ["زوارة"], ["أبو كماش"]),
  mv("deploy", "planned", "Tunisian army", ["قابس"], ["رأس جدير"]),
  mv("reinforce", "conditional", "Tunisian army", ["تطاوين"], ["الحدود مع ليبيا"]),
  mv("shipment", "reported", None, ["ليبيا"]),
 ],
 "fp4": [
  mv("reinforce", "reported", LNA, ["سبها"], ["القطرون"], ["مرزق"]),
  mv("airlift", "reported", LNA, ["قاعدة براك الجوية"], ["مطار غات"]),
  mv("withdraw", "denied", LNA, ["حقل الشرارة"], ["اوباري"]),
  mv("deploy", "planned", LNA, ["القطرون"], ["تجرهي", "منفذ التوم"]),
  mv("shipment", "reported", LNA, ["إدري"], ["القطرون"]),
  mv("redeploy", "conditional", LNA, ["تراغن"], ["أم الأرانب"]),
 ],
 "fp5": [
  mv("reinforce", "reported", LNA, ["أجدابيا"], ["الكفرة"], ["جالو"]),
  mv("airlift", "planned", LNA, ["بنينا"], ["مطار الكفرة"]),
  mv("mobilise", "denied", "Sudanese armed groups", ["شمال دارفور"], ["المثلث الحدودي"]),
  mv("deploy", "conditional", "Egyptian army", [], ["شرق العوينات"]),
  mv("deploy", "reported", LNA, ["الكفرة"], ["جبل العوينات"]),
  mv("deploy", "reported", None, [], ["طرابلس"]),
 ],
}

NOTES = {
 "fp1": "Libya Al-Hadath ticker (Benghazi): «عاجل |» lines and a bullet list retell the same moves. Reported LNA "
        "reinforcement Jufra air base→Sirte via Waddan (bullet «من الجفرة» = same move, origin given once as the base); "
        "reported cargo flight Benina→Gardabiya airport; reported landing ship Benghazi→Sirte port; reported massing of "
        "Misrata formations at Abu Qurayn («حشد … في محيط»); planned LNA battalion Benghazi→Bin Jawad («إعادة تموضع … "
        "الأسبوع المقبل», the Oil Crescent is the purpose); conditional advance on Abu Qurayn («في حال خرق», Al-Washka "
        "is a locator); denied pull-out Ras Lanuf→Ajdabiya (ticker, bullet and the social-media clip are one move). "
        "Traps: the outlet, the Ouagadougou conference hall in Sirte, the officer «الجفراوي», the LNA's name, Misrata's "
        "«شارع طرابلس». Tripoli (staff HQ) and Misrata (road, the clip's location) are not movement places.",
 "fp2": "February TV ticker (Tripoli) on clashes in Zawiya. Reported 444 Brigade (GNA) column Tripoli→Zawiya via "
        "Janzour (ticker + bullet = one move); denied Gharyan→Zawiya force («لا صحة لخروج», the mayor's denial of «رتل "
        "خرج من المدينة» = same move, no actor named); planned GNA sea move Misrata port→Tripoli port («نقل مقرر … بحراً "
        "… مساء اليوم»); conditional Zintan advance →Al-Aziziyah («إذا امتدت», Bir al-Ghanam is a locator); reported "
        "pull-back of an unnamed armed group Al-Maya gate→Surman. The Red Crescent evacuation to Sabratha is civilian. "
        "Traps: the outlet, the spokesman «الغرياني» (contains غريان), Tripoli's «شارع الزاوية», the idiom «محشوراً في "
        "الزاوية», the dialect «ما ادري».",
 "fp3": "Shems FM ticker (Tunis) on the Ras Ajdir closure. Reported Tunisian army reinforcement Medenine→Ben Gardane "
        "(ticker + bullet = one move); denied Tunisian withdrawal from Dehiba (ticker, spokesman, bullet = one); reported "
        "ammunition truck from Libya seized by customs (shipment, no owner; «قرب الذهيبة» locates the seizure); reported "
        "GNU Interior Ministry column Zuwara→Abu Kammash (ticker + bullet = one); planned engineering unit Gabes→Ras "
        "Ajdir («مبرمجة يوم الثلاثاء»); conditional reinforcement Tataouine→the border with Libya («في صورة», Tunisian "
        "for 'if'). Tunis dateline = city; «بين تونس وليبيا» = countries. Traps: the outlet, «نهج ليبيا» (street), the "
        "spokesman «الزواري», «الجانب الليبي».",
 "fp4": "Erem News ticker (Sabha) on the Fezzan. Reported LNA reinforcement Sabha→Al Qatrun via Murzuq (ticker + "
        "bullet = one move); reported airlift Brak air base→Ghat airport; denied LNA pull-out Sharara field→Ubari (ticker, "
        "«لم يسحب أي عنصر من الحقل», «مغادرة قافلة … باتجاه اوباري» «مفبرك», bullet = one move); planned patrols Al "
        "Qatrun→Tajarhi and the Toummo crossing; reported supply convoy Idri→Al Qatrun (shipment); conditional reserve "
        "battalion Traghen→Umm al-Aranib («إعادة تموضع … في حال»). The attack south of Ubari, the Niger-border smugglers, "
        "the Murzuq hospital and the Sabha–Qatrun road are not movements. Traps: the outlet, the elder «المرزوقي», the "
        "Tariq bin Ziyad brigade, «الليبي», the colonel «الإدريسي» (contains إدري), «المالي» ('financial').",
 "fp5": "Al Qahera News ticker (Cairo) on Kufra and the triangle. Reported LNA reinforcement Ajdabiya→Kufra via Jalu "
        "(ticker + bullet = one move); planned air bridge Benina→Kufra airport («مرتقبة», first flight Sunday); denied "
        "RSF massing of fighters from North Darfur in the border triangle (ticker + bullet = one; «لا قوات لنا داخل "
        "ليبيا» is presence, not a movement place); conditional Egyptian army move →East Owainat («إذا اقترب»; the "
        "ticker «رفع درجة الاستعداد» is not a move); reported Subul al-Salam patrols Kufra→Jebel Uweinat (LNA); "
        "reported Lebanese army deployment in Tripoli (Lebanon), actor null. The minister's trip to Algiers and refugees "
        "into Kufra are not force moves. Traps: the outlet (contains القاهرة), «الدعم السريع», «سبل السلام», the analyst "
        "«الكفراوي», «السودانيين», «اللبناني».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("fp1", "fp2", "fp3", "fp4", "fp5")
BAR_IN_TEXT = True  # the text has a literal "|" («عاجل |»)
