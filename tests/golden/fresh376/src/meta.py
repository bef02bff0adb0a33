# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # cities and regions used in several articles
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (row قاعدة تمنهنت)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G (city row الجزائر)
 "benghazi_port": ("crossing", "LY", 32.09700, 20.05000, "Port of Benghazi"),           # K
 "sirte_port": ("crossing", "LY", 31.21500, 16.58500, "Port of Sirte"),                 # K
 # Ubari and Wadi al-Hayat
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                 # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 # Ghat and the Algerian border
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "barakat": ("town", "LY", 24.89400, 10.18336, "Al Barakat"),                           # G* (row البركات)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border post"),         # G* (row منفذ إيسين, country DZ)
 "border_dz": ("region", "LY", 24.90000, 10.15000, "Libya-Algeria border near Ghat"),   # K
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 # Murzuq, Traghen, Umm al-Aranib, Al-Qatrun and the southern borders
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),           # G* (town row)
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "border_td": ("region", "LY", 22.70000, 17.20000, "Libya-Chad border"),                # K
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G (row كوري بوقودي)
 "north_td": ("region", "TD", 18.20680, 19.78454, "Northern Chad"),                     # G* (row شمال تشاد)
}

LNA, CHAD = "Libyan National Army", "Chadian armed groups"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "nn1": ["شارع طرابلس", "ما ادري", "فسانيا", "إذاعة أوباري المحلية", "أخبار الجنوب الليبي",
         "المجلس الاجتماعي لطوارق ليبيا", "علي المرزوقي", "قطرية"],
 "nn2": ["الجزائري", "صحف جزائرية", "موسى الغاتي", "شبكة أخبار غات", "مبالغات"],
 "nn3": ["بوابة إفريقيا الإخبارية", "شارع طرابلس", "إذاعة مرزق المحلية", "قوة حماية مرزق", "غرفة عمليات المنطقة الجنوبية"],
 "nn4": ["الرتل التشادي", "المعارضة التشادية", "صفحات ليبية"],
 "nn5": ["فرانس 24", "الشرارة التي أشعلت", "الرتل التشادي", "غرفة عمليات المنطقة الجنوبية", "أخبار فزان",
         "صوت الجنوب", "سالم الإدريسي", "محمد السبهاوي"],
}

PHEN = {
 "nn1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "coverage_oil"],
 "nn2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "nn3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "ambiguity_tripoli", "vague_area",
         "town_vs_district", "coverage_crossings"],
 "nn4": ["clitics", "spelling", "multiword", "operation_trap", "nisba", "vague_area", "border_phrase",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "nn5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
}

MOVES = {
 "nn1": [
  mv("reinforce", "reported", LNA, ["سبها"], ["أوباري"], ["وادي الحياة", "جرمة", "الغريفة"]),
  mv("withdraw", "denied", None, ["حقل الشرارة"], ["أوباري"]),
  mv("redeploy", "planned", LNA, ["اوباري"], ["العوينات"]),
  mv("reinforce", "conditional", None, ["مرزق"], ["أوباري"]),
 ],
 "nn2": [
  mv("deploy", "reported", LNA, ["غات"], ["منفذ إيسين"]),
  mv("withdraw", "denied", LNA, ["مطار غات"], ["العوينات"]),
  mv("airlift", "planned", LNA, ["قاعدة تمنهنت الجوية"], ["مطار غات"]),
  mv("shipment", "reported", LNA, ["سبها"], ["غات"], ["أوباري"]),
  mv("reinforce", "conditional", "Algerian army", ["إليزي"], ["جانت"]),
 ],
 "nn3": [
  mv("deploy", "reported", LNA, ["سبها"], ["تراغن"]),
  mv("withdraw", "reported", LNA, ["تراغن"], ["سبها"]),
  mv("deploy", "planned", LNA, ["تراغن"], ["مرزق"]),
  mv("naval_landing", "planned", LNA, ["ميناء بنغازي"], ["ميناء سرت"]),
  mv("advance", "denied", None, ["أم الأرانب"], ["مرزوق"]),
  mv("mobilise", "conditional", None, [], ["تراغن"]),
 ],
 "nn4": [
  mv("advance", "denied", CHAD, ["الحدود مع تشاد"], ["أم الأرانب"]),
  mv("reinforce", "reported", LNA, ["القطرون"], ["منفذ التوم"], ["تجرهي"]),
  mv("shipment", "denied", None, ["النيجر"], ["القطرون"], ["منفذ التوم"]),
  mv("airlift", "planned", LNA, ["مطار سبها"], ["قاعدة الويغ"]),
  mv("mobilise", "conditional", None, ["قطرون"], ["أم الأرانب"]),
 ],
 "nn5": [
  mv("reinforce", "reported", LNA, ["سبها"], ["أوباري"]),
  mv("redeploy", "reported", LNA, ["أوباري"], ["العوينات"]),
  mv("redeploy", "reported", None, ["حقل الشرارة"], ["حقل الفيل"]),
  mv("airlift", "reported", LNA, ["قاعدة تمنهنت"], ["مطار غات"]),
  mv("deploy", "conditional", LNA, ["تراغن"], ["مرزق"]),
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء سرت"]),
  mv("withdraw", "denied", LNA, ["أم الأرانب"], ["سبها"]),
  mv("reinforce", "planned", LNA, ["سبها"], ["القطرون"]),
 ],
}

NOTES = {
 "nn1": "Ubari (Fasania style, Sabha): an LNA reinforcement Sabha->Ubari via Wadi al-Hayat, Germa and Al-Ghurayfa "
        "(reported); Tuareg fighters' pull-out Sharara field->Ubari claimed on Facebook and denied; a company "
        "Ubari->Al-Awaynat planned (Ghat is only the purpose); Tebu youth Murzuq->Ubari conditional (إذا). Media, "
        "person (المرزوقي) and nisba (قطرية) traps; Doha only as the 2015 agreement's venue.",
 "nn2": "Ghat (Al-Masar TV style): border-guard patrols Ghat->Isayen crossing (reported; Tin Alkoum is the same "
        "crossing's Algerian name, no second destination); a denied pull-out Ghat airport->Al-Awaynat («مبالغات»); "
        "a reported LNA fuel-and-ammunition shipment Sabha->Ghat via Ubari; a planned cargo flight Tamanhint air base->Ghat "
        "airport; an Algerian conditional reinforcement "
        "Illizi->Djanet (في حال). Djanet as the truck driver's route and Algerian border guards stationed near the "
        "crossing are not moves.",
 "nn3": "Traghen and Murzuq (Afrigate News style): an LNA company Sabha->Traghen (reported), the same brigade's "
        "January pull-out Traghen->Sabha (flashback, origin resolved from «البلدة»), a planned force Traghen->Murzuq, "
        "planned armour by sea Benghazi port->Sirte port, "
        "a Facebook claim of gunmen Umm al-Aranib->Murzuq (spelled مرزوق) denied by the mayor, Traghen youth's "
        "conditional massing (إن لم). Media and force-name traps with Murzuq inside.",
 "nn4": "Umm al-Aranib and Al-Qatrun (BBC Arabic verification style): a viral claim of Chadian rebels from the "
        "Chad border into Umm al-Aranib (denied; the clip is from Kouri Bougoudi in 2023, not a move); a "
        "border-guard patrol Al-Qatrun->Toummo via Tajarhi (reported); a denied arms shipment Niger->Al-Qatrun via "
        "Toummo (actor null); a planned airlift Sabha airport->Al Wigh "
        "base; Tebu youth's «النفير» Qatrun->Umm al-Aranib conditional (إذا). Border phrases with nested Chad and Niger.",
 "nn5": "A week in the Fezzan (France 24 style round-up): Sabha->Ubari reinforcement and Ubari->Al-Awaynat company "
        "(both reported), oil guards Sharara->El Feel (reported, actor null), a cargo flight Tamanhint base->Ghat "
        "airport (reported), Traghen->Murzuq force conditional («مرهون»), armour landed Benghazi port->Sirte port "
        "(reported), a denied pull-out Umm al-Aranib->Sabha, "
        "a planned battalion Sabha->Al-Qatrun (Toummo only the purpose). Patrols stationed near Isayen are not a move.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("nn1", "nn2", "nn3", "nn4", "nn5")
