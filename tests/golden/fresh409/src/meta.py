# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                              # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                  # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 # foreign cities
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                  # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                 # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                 # G
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                     # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G (city row الجزائر)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G (city row تونس)
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                 # G
 # Libyan cities and the coast
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G (row مطار مصراتة)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                             # G
 "tobruk_port": ("crossing", "LY", 32.078, 23.975, "Tobruk port"),                       # K
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                     # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G (row قاعدة الوطية)
 # the Sirte front
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G (row قاعدة القرضابية)
 "abugrein": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                           # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                              # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                  # G
 "hisha": ("village", "LY", 31.64583, 15.28417, "Al-Hisha"),                             # G
 # Jufra
 "jufra": ("district", "LY", 29.14, 16.05, "Al Jufra"),                                  # K (point between Hun and Waddan)
 "jufra_ab": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                    # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                       # G
 "hun_mun": ("district", "LY", 29.12684, 15.94772, "Hun municipality"),                  # G* (town row)
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                 # G
 "zella": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                  # G
 # Fezzan
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "brak_ab": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                         # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                      # G
 "tamanhint": ("town", "LY", 27.24010, 14.65630, "Tamanhint"),                           # G* (base row)
 "tamanhint_ab": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),               # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),            # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),         # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                # G* (row الحدود الليبية النيجرية)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 # south-east
 "maaten": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                 # G* (row الحدود الليبية التشادية)
}

LNA, GNA, MIS, RU, TR = "Libyan National Army", "GNA forces", "Misrata forces", "Russian forces", "Turkish armed forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "ou1": ["إرم نيوز", "الفيلق الأفريقي", "مجمع قاعات واغادوغو", "الجيش الوطني الليبي", "العميد مفتاح الوداني",
         "مرهون", "خسرت", "قوات حفتر", "الروسي"],
 "ou2": ["RT", "الفيلق الأفريقي", "وزارة الدفاع الروسية", "إيفان غرين", "ريا نوفوستي", "مقابل مالي", "الليبية"],
 "ou3": ["ليبيا بانوراما", "الفيلق الأفريقي", "المجلس العسكري مصراتة", "قوات حفتر", "شارع طرابلس", "تنظيم داعش", "الرائد علي الإدريسي"],
 "ou4": ["بي بي سي", "أبوبكر البراكي", "اللواء طارق بن زياد", "القيادة العامة للجيش الوطني الليبي", "المنطقة العسكرية سبها",
         "مجموعة فاغنر", "الفيلق الأفريقي", "ما ادري", "الروسية"],
 "ou5": ["يورونيوز", "نوفا", "الفيلق الأفريقي", "الإيطالية", "وزارة الدفاع التركية", "عزلة", "الليبية", "السورية"],
}

PHEN = {
 "ou1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "coverage_bases", "town_vs_district", "vague_area", "coverage_oil", "ambiguity_country_capital"],
 "ou2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
         "coverage_bases", "countries", "coverage_neighbours", "ambiguity_country_capital", "ambiguity_tripoli",
         "coverage_crossings"],
 "ou3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_tripoli",
         "ambiguity_idri", "coverage_bases"],
 "ou4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "town_vs_district", "coverage_bases", "countries", "coverage_neighbours", "ambiguity_idri", "border_phrase",
         "coverage_crossings", "coverage_oil", "common_word_trap"],
 "ou5": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "border_phrase",
         "town_vs_district", "coverage_bases", "countries", "coverage_neighbours", "spelling", "coverage_crossings"],
}

MOVES = {
 "ou1": [
  mv("withdraw", "reported", LNA, ["قاعدة القرضابية"], ["هون"]),
  mv("withdraw", "planned", GNA, ["الوشكة"], ["الهيشة"]),
  mv("redeploy", "conditional", LNA, ["هون"], ["القرضابية"]),
  mv("deploy", "denied", RU, ["الجفرة"], ["سرت"]),
  mv("advance", "reported", LNA, [], ["سرت"]),
 ],
 "ou2": [
  mv("airlift", "reported", RU, ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("naval_landing", "reported", RU, [], ["ميناء طبرق"]),
  mv("withdraw", "planned", RU, ["براك الشاطئ"], ["روسيا"]),
  mv("redeploy", "conditional", RU, ["الجفرة"], ["براك الشاطئ"]),
  mv("withdraw", "denied", RU, ["قاعدة تمنهنت"], ["مالي", "النيجر"]),
 ],
 "ou3": [
  mv("reinforce", "reported", MIS, ["مصراتة"], ["أبو قرين"], ["الهيشة"]),
  mv("mobilise", "reported", LNA, [], ["القرضابية"]),
  mv("reinforce", "reported", RU, [], ["الجفرة"]),
  mv("advance", "conditional", MIS, [], ["بويرات الحسون"]),
  mv("advance", "denied", MIS, ["الوشكة"], ["سرت"]),
  mv("airlift", "reported", TR, ["أنقرة"], ["مطار مصراتة الدولي"]),
  mv("deploy", "planned", GNA, ["طرابلس"], ["ابوقرين"]),
  mv("withdraw", "planned", MIS, ["ابوقرين"], ["مصراتة"]),
 ],
 "ou4": [
  mv("redeploy", "reported", RU, ["قاعدة تمنهنت"], ["قاعدة براك الجوية"], ["سبها"]),
  mv("reinforce", "reported", LNA, ["سبها"], ["براك"]),
  mv("deploy", "denied", RU, [], ["مطار سبها"]),
  mv("shipment", "planned", RU, ["قاعدة براك الجوية"], ["النيجر"], ["القطرون", "منفذ التوم"]),
  mv("mobilise", "conditional", LNA, [], ["وادي الشاطئ"]),
 ],
 "ou5": [
  mv("airlift", "reported", RU, ["قاعدة الجفرة الجوية"], ["نيامي"]),
  mv("shipment", "reported", RU, ["قاعدة الخادم"], ["الجفرة"], ["أجدابيا", "زلة"]),
  mv("naval_landing", "reported", RU, ["طرطوس"], ["ميناء طبرق"]),
  mv("redeploy", "planned", RU, ["الجفرة"], ["قاعدة معطن السارة"]),
  mv("deploy", "denied", RU, [], ["هون"]),
  mv("withdraw", "conditional", TR, ["قاعدة الوطية"], []),
 ],
}

NOTES = {
 "ou1": "Erem News, Sirte: a 5+5 session at the Ouagadougou halls; an LNA artillery pull-back Gardabiya air base→Hun "
        "(reported), a GNA pull-back Al-Washka→Al-Hisha (planned, «تعهد… خلال أسبوعين»), the battalion's return "
        "Hun→Gardabiya if Misrata moves (conditional), Africa Corps Jufra→Sirte (denied; headline «إلى المدينة» = "
        "Sirte) and the 2020 LNA entry into Sirte (flashback, reported). Traps: خسرت (Sirte), مرهون (Hun), "
        "الوداني (Waddan), واغادوغو inside a Sirte venue; UN monitors' visit to Hun/Waddan is not a move.",
 "ou2": "RT, Moscow: Russian MoD statement — an Il-76 rotation Jufra air base→Brak air base (reported), a landing "
        "ship putting troops and trucks ashore at Tobruk port (reported), the Brak group home to Russia (planned), "
        "an engineering unit Jufra→Brak only «إذا وافقت القيادة العامة» (conditional; «محلها» = Brak al-Shati) and "
        "the denied pull-out Tamanhint air base→Mali/Niger. Traps: «مقابل مالي», RT, RIA Novosti; Yevkurov's visit "
        "to Benghazi and Lavrov's tour (Algiers, Tripoli, Benghazi) are diplomatic, not moves.",
 "ou3": "Libya Panorama, Misrata: Joint Force reinforcements Misrata→Abu Grein via Al-Hisha («من المدينة» = "
        "Misrata), LNA massing near Gardabiya and new Africa Corps elements at Jufra (both reported), a conditional "
        "advance on Buwairat al-Hassoun, the military council's denied advance Al-Washka→Sirte, a Turkish cargo "
        "plane Ankara→Misrata airport, a planned GNA military-police battalion Tripoli→Abu Grein and the Joint "
        "Force's planned return to Misrata. Three spellings of Abu Grein; شارع طرابلس (a Misrata street) vs "
        "Tripoli; the spokesman الإدريسي (Idri).",
 "ou4": "BBC News Arabic, Sabha: a Russian convoy Tamanhint air base→Brak air base via Sabha (reported), an LNA "
        "reinforcement Sabha→Brak («إلى البلدة») (reported), Russians at Sabha airport denied, a planned equipment "
        "transfer from the Brak base («في القاعدة») to Niger via Al Qatrun and the Toummo crossing (the border "
        "phrase locates the crossing) and a conditional LNA massing in Wadi al-Shati. Traps: البراكي (Brak), "
        "«ما ادري» (Idri), المنطقة العسكرية سبها; the road to Idri is a locator; the Sharara background has no move.",
 "ou5": "Euronews Arabic, Rome: an Italian intelligence report — Il-76 flights Jufra air base→Niamey (reported; "
        "the headline's Jufra→Niger is the same move), a Russian air-defence convoy Al Khadim base→Jufra via "
        "Ajdabiya and Zella (shipment, reported), a landing ship Tartus→Tobruk port (reported), a planned "
        "Jufra→Maaten al-Sarra move (the border phrase is a locator), Hun's mayor denying Russians entered the "
        "town and a Turkish pull-out from Al-Watiya only «إذا غادرت القوات الروسية الجفرة» (conditional; the "
        "condition is not a separate movement). Traps: عزلة (Zella); spelling ودّان.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ou1", "ou2", "ou3", "ou4", "ou5")
