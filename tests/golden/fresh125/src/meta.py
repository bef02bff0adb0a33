# fresh125 (dw1-dw5). key -> (kind, country, lat, lon, name). Source per row: G = data/gazetteer.csv row found by grep -F;
# G* = gazetteer row reused under another label/kind (README "Coordinates not from the gazetteer");
# K = own knowledge / own representative point (same README section).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                    # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                   # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                  # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 # Chad
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                              # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                               # G (also for the short form فايا)
 "faya_airport": ("airport", "TD", 17.91710, 19.11110, "Faya Largeau Airport"),            # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                     # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                    # G
 "bardai": ("town", "TD", 21.35468, 17.00158, "Bardai"),                                   # G
 "aozou": ("town", "TD", 21.83750, 17.42750, "Aozou"),                                     # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                          # G (row كوري بوقودي; also for كوري بوغودي)
 "miski": ("town", "TD", 20.0, 17.1, "Miski"),                                             # K (not in the gazetteer)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                               # G
 "tibesti_d": ("district", "TD", 20.30159, 16.62370, "Tibesti province"),                  # G (district row تبستي)
 "north_td": ("region", "TD", 18.20680, 19.78454, "Northern Chad"),                        # G
 "border_td": ("region", "TD", 22.5, 17.0, "Chad-Libya border (Chadian side)"),            # K
 # Libya
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                # G* (row الحدود الليبية التشادية)
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                       # G* (row جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                 # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "benghazi_port": ("crossing", "LY", 32.11486, 20.06859, "Port of Benghazi"),              # G* (city row)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                   # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),                  # G* (city row)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                 # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                     # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                # G (also for قطرون)
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),           # G* (town row)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                        # G
 "umm_aranib_mun": ("district", "LY", 26.13386, 14.73720, "Umm al Aranib municipality"),   # G* (town row)
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                              # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                              # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),               # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                      # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                           # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                    # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                       # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                  # G (also for معطن السارة without قاعدة)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                     # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                   # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                       # G
 # elsewhere
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                   # G
}

LNA, CAG, GNA, RU = "Libyan National Army", "Chadian armed groups", "GNA forces", "Russian forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "dw1": ["مجلس القيادة العسكرية لإنقاذ الجمهورية", "DW عربية", "الأراضي الليبية", "الجيش الوطني الليبي",
         "محمد إدريس ديبي", "الجزائري"],
 "dw2": ["جبهة الوفاق من أجل التغيير في تشاد", "الميادين", "قوات حفتر", "اللواء طارق بن زياد", "إدريس ديبي",
         "دعم مالي", "التشادي"],
 "dw3": ["إيلاف", "الفيلق الأفريقي", "الجيش الوطني الليبي", "الأراضي الليبية", "محمد إدريس ديبي", "التشادي"],
 "dw4": ["يورونيوز", "الزوار", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "التشادي"],
 "dw5": ["سبوتنيك", "عبد الرحمن القطروني", "جبهة الوفاق من أجل التغيير في تشاد", "الأراضي الليبية",
         "القيادة العامة للجيش الوطني الليبي", "الليبية"],
}

PHEN = {
 "dw1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_neighbours",
         "countries"],
 "dw2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "dw3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "countries"],
 "dw4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area", "town_vs_district", "coverage_neighbours", "countries"],
 "dw5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours",
         "countries"],
}

MOVES = {
 "dw1": [
  mv("airlift", "reported", None, ["نجامينا"], ["مطار فايا لارجو"]),
  mv("advance", "reported", None, ["زوار"], ["كوري بوقودي"], ["وور"]),
  mv("reinforce", "planned", None, ["فايا"], ["برداي"]),
  mv("withdraw", "denied", CAG, ["كوري بوغودي"], []),
  mv("deploy", "conditional", LNA, [], ["الحدود مع تشاد"]),
 ],
 "dw2": [
  mv("advance", "reported", CAG, ["قطرون"], ["وور"], ["الحدود مع تشاد"]),
  mv("mobilise", "denied", CAG, [], ["أم الأرانب", "تمسة"]),
  mv("deploy", "reported", LNA, ["سبها"], ["القطرون", "تجرهي"]),
  mv("redeploy", "planned", LNA, ["حقل الفيل"], ["قاعدة الويغ"]),
  mv("advance", "reported", CAG, ["الجنوب الليبي"], ["شمال تشاد"]),
  mv("shipment", "conditional", LNA, ["قاعدة تمنهنت"], ["القطرون"]),
 ],
 "dw3": [
  mv("naval_landing", "reported", RU, [], ["ميناء طبرق"]),
  mv("airlift", "reported", RU, ["قاعدة الخادم"], ["قاعدة معطن السارة"]),
  mv("naval_landing", "denied", RU, [], ["ميناء بنغازي"]),
  mv("redeploy", "conditional", LNA, ["معطن السارة"], ["الحدود مع تشاد"]),
  mv("shipment", "planned", LNA, ["إدري"], ["أم الأرانب"], ["سبها"]),
 ],
 "dw4": [
  mv("deploy", "reported", None, [], ["مسكي"]),
  mv("withdraw", "planned", None, ["مسكي"], []),
  mv("mobilise", "conditional", CAG, [], ["زوار"]),
  mv("advance", "denied", CAG, [], ["زوار"]),
  mv("shipment", "reported", None, ["فايا لارجو"], ["زوار"]),
 ],
 "dw5": [
  mv("deploy", "denied", GNA, ["مصراتة"], ["الحدود مع تشاد"]),
  mv("mobilise", "planned", None, [], ["برداي", "أوزو"]),
  mv("withdraw", "reported", CAG, ["برداي"], ["تمسة"], ["الحدود مع ليبيا"]),
  mv("redeploy", "reported", None, ["زوار"], ["أوزو"]),
  mv("reinforce", "reported", None, ["فايا لارجو"], ["وور"]),
  mv("airlift", "conditional", None, ["نجامينا"], ["برداي"]),
 ],
}

NOTES = {
 "dw1": "DW Arabic wire story (N'Djamena): Chadian army airlift N'Djamena->Faya airport and advance Zouar->Kouri "
        "Bougoudi via Wour (reported; the Chadian army is not a canonical actor -> null); planned Faya->Bardai "
        "reinforcement; the CCMSR denies withdrawing from Kouri Bougoudi; the LNA's conditional deployment to the "
        "border with Chad («إذا حاول المتمردون»; Al Qatrun/Umm al-Aranib are only in the trigger). Sabha is the "
        "speaker's place; the Algiers visit, miners fleeing to Faya-Largeau are not movements.",
 "dw2": "Al Mayadeen (Sabha): FACT fighters Qatrun->Wour across the Libyan side of the Chad border (reported; the "
        "headline retells it); FACT massing at Umm al-Aranib/Tmassah denied by the LNA; Tariq Bin Ziyad companies "
        "Sabha->Al Qatrun/Tajarhi (Toummo only as the road's end); a planned El Feel->Al Wigh battalion; the 2021 "
        "flashback southern Libya->northern Chad; a conditional ammunition shipment Tamanhint->Al Qatrun.",
 "dw3": "Elaph (Benghazi): a Russian landing ship at Tobruk port and an Il-76 airlift Al Khadim->Maaten al-Sarra "
        "(reported; headline retells both); a denied landing at Benghazi port (port named twice = one move); a "
        "conditional LNA redeploy Maaten al-Sarra->the border with Chad (Kouri Bougoudi only in the trigger); a "
        "planned supply convoy Idri->Umm al-Aranib via Sabha. Sharara is a purpose, Kufra a locator, Moscow and "
        "Benghazi (last line) are not movement places.",
 "dw4": "Euronews Arabic (Faya-Largeau): Chadian army units deployed in Miski (reported) and a planned pull-out "
        "from Miski; the Miski self-defence committee's conditional massing at Zouar; a denied CCMSR advance on "
        "Zouar; a military supply convoy Faya-Largeau->Zouar (shipment, reported). Gold miners' journeys (from "
        "Tibesti, Sudan, Niger, Sabha, Murzuq) are civilian and not movements; «الزوار» (visitors) is a trap.",
 "dw5": "Sputnik Arabic (Tripoli): the GNU Defence Ministry denies sending a force Misrata->the border with Chad; "
        "Chad's planned mobilisation of reserves in Bardai and Aozou; FACT withdrawal Bardai->Tmassah via the "
        "Chadian side of the Libyan border (reported); Chadian army redeploy Zouar->Aozou and reinforcement "
        "Faya-Largeau->Wour (reported); a conditional airlift N'Djamena->Bardai. Toummo's closure is not a movement.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("dw1", "dw2", "dw3", "dw4", "dw5")
