# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/spelling (listed in the README).
P = {
 # countries
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 # Chad: capital, Borkou, Tibesti
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G* (row نجامينا; written أنجمينا / انجمينا)
 "north_td": ("region", "TD", 18.20680, 19.78454, "Northern Chad"),                     # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G (also written فايا)
 "faya_airport": ("airport", "TD", 17.91710, 19.11110, "Faya-Largeau Airport"),         # G
 "kirdimi": ("town", "TD", 18.15223, 18.53850, "Kirdimi"),                              # G
 "borkou_prov": ("district", "TD", 18.98295, 18.31207, "Borkou Province"),              # G* (row بوركو, written إقليم بوركو)
 "ounianga": ("town", "TD", 19.05263, 20.48887, "Ounianga Kebir"),                      # G* (row أونيانقا كبير, written أونيانغا كبير)
 "miski": ("village", "TD", 20.16670, 18.01670, "Miski"),                               # G (row مسكي)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "tibesti_prov": ("district", "TD", 20.30159, 16.62370, "Tibesti Province"),            # G* (row تبستي, written إقليم تيبستي)
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "zouarke": ("village", "TD", 20.60000, 16.20000, "Zouarke"),                           # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                 # G
 "bardai": ("town", "TD", 21.35468, 17.00158, "Bardai"),                                # G
 "aozou": ("town", "TD", 21.83750, 17.42750, "Aozou"),                                  # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G (also written كوري بوغودي)
 "border_td_ly": ("region", "TD", 22.0, 17.6, "Chad-Libya border (Chad side)"),         # K
 # Libya: Fezzan and the south
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا, written الجنوب الليبي)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libya side)"),  # G* (row الحدود الليبية التشادية)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al-Aranib"),                     # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 # Sudan
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
}

TRAPS = {
 "qnb1": ["السلام", "تلي تشاد", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "الليبية", "المسكين", "درع تيبستي"],
 "qnb2": ["وكالة جرمة للأنباء", "طارق بن زياد", "جبهة الوفاق من أجل التغيير في تشاد", "التشادي", "التشادية",
          "علي القطروني", "المنطقة العسكرية سبها"],
 "qnb3": ["إيه جيه بلس عربي", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "تشادي", "تشادية", "الفيلق الإفريقي",
          "الروسي", "الروسية", "روسية"],
 "qnb4": ["ليبراسيون", "الجيش الوطني التشادي", "التشادي", "الفرنسيين", "الليبية", "إفادات",
          "محمد إدريس ديبي إتنو", "مجلس القيادة العسكرية لإنقاذ الجمهورية"],
 "qnb5": ["رفيق انفو", "جبهة الوفاق من أجل التغيير في تشاد", "فاكت", "التشاديين",
          "مجلس القيادة العسكرية لإنقاذ الجمهورية", "قطرية", "اتفاق الدوحة", "الليبية", "إدريس ديبي إتنو"],
}

PHEN = {
 "qnb1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qnb2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "countries"],
 "qnb3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area",
          "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "qnb4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "coverage_neighbours", "countries"],
 "qnb5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qnb1": [
  mv("reinforce", "reported", "Chadian army", ["فايا لارجو"], ["زوار"], ["كرديمي"]),
  mv("deploy", "planned", "Chadian army", ["زوار"], ["وور"]),
  mv("withdraw", "reported", "Chadian armed groups", ["زواركي"], ["الحدود مع ليبيا"]),
  mv("withdraw", "denied", "Chadian army", ["كوري بوقودي"], ["برداي"]),
  mv("advance", "conditional", "Chadian army", [], ["منفذ التوم", "القطرون"]),
 ],
 "qnb2": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["القطرون"], ["أم الأرانب"]),
  mv("deploy", "planned", "Libyan National Army", ["القطرون"], ["منفذ التوم"]),
  mv("withdraw", "conditional", "Libyan National Army", ["القطرون"], ["سبها"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["قاعدة الويغ"]),
  mv("advance", "denied", "Chadian armed groups", ["كوري بوغودي"], ["تجرهي"]),
 ],
 "qnb3": [
  mv("airlift", "reported", "Chadian army", ["أنجمينا"], ["مطار فايا لارجو"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["مسكي"]),
  mv("advance", "planned", "Chadian army", ["برداي"], ["كوري بوقودي"]),
  mv("withdraw", "conditional", "Chadian armed groups", ["كوري بوقودي"], []),
  mv("airlift", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة الويغ"]),
 ],
 "qnb4": [
  mv("redeploy", "reported", "Chadian army", ["أونيانغا كبير"], ["مسكي"]),
  mv("deploy", "planned", "Chadian army", ["فايا"], ["أونيانغا كبير"]),
  mv("shipment", "reported", None, ["القطرون"], ["كوري بوقودي"], ["تجرهي"]),
  mv("withdraw", "denied", "Chadian army", ["كرديمي"], []),
  mv("advance", "conditional", "Chadian armed groups", [], ["فايا"]),
 ],
 "qnb5": [
  mv("advance", "denied", "Chadian armed groups", ["منفذ التوم"], ["زواركي"]),
  mv("withdraw", "conditional", "Chadian armed groups", ["كوري بوقودي"], ["الحدود مع ليبيا"]),
  mv("reinforce", "reported", "Chadian army", ["زوار"], ["زواركي"]),
  mv("airlift", "planned", "Chadian army", ["انجمينا"], ["برداي"]),
 ],
}

NOTES = {
 "qnb1": "Chadian Arabic paper (Assalam) from N'Djamena on a general-staff communique: an armoured column "
         "Faya-Largeau→Zouar via Kirdimi (reinforce), a planned company Zouar→Wour (anaphora «سرية من هذه القوات»), "
         "CCMSR attackers pulling back from around Zouarke towards the border with Libya (Chad side), the army's "
         "denied pull-back Kouri Bougoudi→Bardai and its conditional push towards the Tummo crossing or Al Qatrun "
         "(«لن يدفع ... إلا بطلب رسمي»); the miners coming from Sudan and Niger, a miner back in N'Djamena, the attack "
         "place Zouarke in the planned move's clause, Southern Libya as the rebels' rear and «درع تيبستي» are not "
         "movements; «تلي تشاد» holds Chad, «المسكين» holds Miski, زوار also occurs inside every زواركي.",
 "qnb2": "South Libyan news agency (Germa) from Al Qatrun: Tariq bin Ziyad brigade reinforcements Sabha→Al Qatrun via "
         "Umm al-Aranib, a planned company Al Qatrun→Tummo crossing, the force's conditional return to Sabha («بمجرد»), "
         "FACT fighters massing near Al Wigh base and the mayor's denial of Chadian gunmen entering Tajarhi from Kouri "
         "Bougoudi (written كوري بوغودي); the closed zone from Tummo to the border with Chad (Libya side), migrants' "
         "and miners' convoys from Tajarhi, the Zouarke/Wour battles, Al Qatrun as a distance reference and N'Djamena "
         "(no comment) are not movements; the media name holds Germa, «علي القطروني» holds Al Qatrun and «المنطقة "
         "العسكرية سبها» holds Sabha.",
 "qnb3": "Pan-Arab digital video channel (AJ+ Arabic) explainer in five points: a C-130 airlift N'Djamena→Faya-Largeau "
         "airport, CCMSR fighters massing near Miski, a planned army offensive Bardai→Kouri Bougoudi, the CCMSR's "
         "conditional pull-out from Kouri Bougoudi (no destination) and Russia's denied airlift Al Jufra air base→Al "
         "Wigh base; the lede's «طائرات عسكرية تهبط في فايا لارجو» (summary of the airlift), Africa Corps stationed in "
         "Southern Libya, miners from Chad/Sudan/Niger, displaced families Zouarke→Zouar/Faya, migrants towards Al "
         "Qatrun and a feared flight to Libya are not movements; شمال تشاد is one region.",
 "qnb4": "French daily (Libération) reportage rendered in Arabic from Faya-Largeau: an army battalion moved Ounianga "
         "Kebir→Miski (redeploy), a planned company Faya→Ounianga Kebir, smugglers' fuel-and-ammunition trucks Al "
         "Qatrun→Kouri Bougoudi via Tajarhi (shipment, actor null), the Borkou governor's denial of a pull-out from "
         "Kirdimi and the CCMSR's conditional advance on Faya («لن نتقدم ... ما دام»); miners' trucks Faya→Kouri "
         "Bougoudi, traders from Libya, the French departure (background), the front Wour–Aozou via Zouar and Bardai, "
         "the migration route to Libya and a miner from Darfur are not movements; «إفادات» holds Fada.",
 "qnb5": "Chadian Arabic news site (Rafiq Info) retelling a FACT Facebook statement: FACT denies entering Zouarke from "
         "the Tummo crossing, offers to pull its units from Kouri Bougoudi beyond the border with Libya if talks resume "
         "(conditional), and the army answers with reinforcements Zouar→Zouarke and a planned special-forces airlift "
         "N'Djamena (written انجمينا)→Bardai; «لم تغادر مواقعها في الجنوب الليبي», Fezzan's demand, the 2021 offensive "
         "and «اتفاق الدوحة»/«بوساطة قطرية» are not movements or places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qnb1", "qnb2", "qnb3", "qnb4", "qnb5")
