# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 # Chad: capital, Borkou, Tibesti
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                            # G* (city row نجامينا; written أنجمينا / إنجامينا)
 "ndjamena_airport": ("airport", "TD", 12.13370, 15.03400, "N'Djamena International Airport"),  # G* (row مطار إنجامينا)
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                             # G
 "faya_airport": ("airport", "TD", 17.91710, 19.11110, "Faya-Largeau Airport"),          # G
 "bardai": ("town", "TD", 21.35468, 17.00158, "Bardai"),                                 # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                   # G
 "zouarke": ("village", "TD", 20.60000, 16.20000, "Zouarke"),                            # G
 "aozou": ("town", "TD", 21.83750, 17.42750, "Aozou"),                                   # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                  # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                        # G* (row spelled كوري بوقودي)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                             # G (the mountains / area)
 "tibesti_prov": ("district", "TD", 20.30159, 16.62370, "Tibesti province"),             # G* (district row spelled تبستي)
 "borkou": ("district", "TD", 18.98295, 18.31207, "Borkou province"),                    # G
 "north_td": ("region", "TD", 18.20680, 19.78454, "Northern Chad"),                      # G
 "adre": ("town", "TD", 13.46648, 22.19875, "Adre"),                                     # G
 "border_td_sd": ("region", "TD", 15.25834, 22.83250, "Chad-Sudan border (Chadian side)"),  # G* (row الحدود التشادية السودانية)
 "border_td_side": ("region", "TD", 22.30, 17.00, "Chad-Libya border (Chadian side)"),   # K
 # Libya: Fezzan and the south
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),              # G* (row الحدود الليبية التشادية)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "murzuq_sha": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),                # G (district row)
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),            # G* (town row, kind district)
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                            # G
 "ummaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                       # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                         # G (row قاعدة الويغ)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G (row قاعدة تمنهنت)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),               # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                    # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 # elsewhere
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                     # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                          # G
 "geneina": ("city", "SD", 13.45262, 22.44725, "El Geneina"),                            # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                 # G
}

TRAPS = {
 "qr1": ["تلفزيون تشاد", "جبهة الوفاق من أجل التغيير في تشاد", "الجيش الوطني الليبي", "الجيش التشادي"],
 "qr2": ["فرانس برس", "الجزيرة مباشر", "عبد الرحمن القطروني", "الحكومة التشادية"],
 "qr3": ["السوداني", "لا أدري", "الجيش الوطني الليبي", "الجيش التشادي"],
 "qr4": ["القاهرة الإخبارية", "فندق تيبستي", "المنطقة العسكرية سبها", "القيادة العامة للجيش الوطني الليبي", "الجيش التشادي"],
 "qr5": ["بوابة إفريقيا الإخبارية", "المرزوقي", "الجيش التشادي", "الزوار"],
}

PHEN = {
 "qr1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "qr2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "vague_area", "coverage_bases",
         "coverage_neighbours", "countries"],
 "qr3": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "coverage_neighbours", "countries"],
 "qr4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "coverage_bases", "coverage_crossings", "coverage_oil", "countries"],
 "qr5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "border_phrase", "town_vs_district", "coverage_crossings", "coverage_oil", "coverage_neighbours",
         "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, CAG, SAG = "Libyan National Army", "Chadian armed groups", "Sudanese armed groups"

MOVES = {
 "qr1": [
  mv("reinforce", "reported", None, ["فايا لارجو"], ["برداي"], ["زوار"]),
  mv("airlift", "reported", None, ["مطار أنجمينا الدولي"], ["مطار فايا لارجو"]),
  mv("withdraw", "reported", None, ["كوري بوغودي"]),
  mv("advance", "denied", None, [], ["القطرون"], ["الحدود مع ليبيا"]),
  mv("deploy", "planned", None, [], ["أوزو", "وور"]),
  mv("reinforce", "conditional", None, ["فايا"], ["زواركي"]),
 ],
 "qr2": [
  mv("deploy", "reported", None, ["زوار"], ["كوري بوغودي"]),
  mv("withdraw", "reported", CAG, ["وور"], ["جنوب ليبيا"]),
  mv("advance", "denied", None, [], ["تجرهي"]),
  mv("reinforce", "planned", LNA, ["سبها", "قاعدة تمنهنت الجوية"], ["القطرون"]),
  mv("mobilise", "reported", LNA, [], ["سبها"]),
  mv("advance", "conditional", CAG, [], ["تيبستي"]),
 ],
 "qr3": [
  mv("withdraw", "reported", SAG, ["كوري بوغودي"], ["القطرون"]),
  mv("redeploy", "reported", None, ["أدري"], ["بوركو"]),
  mv("shipment", "reported", None, ["فايا لارجو"], ["كوري بوغودي"]),
  mv("deploy", "planned", None, [], ["كوري بوغودي"]),
  mv("deploy", "denied", SAG, ["شمال دارفور"], ["كوري بوغودي"]),
  mv("reinforce", "conditional", LNA, [], ["تجرهي"]),
 ],
 "qr4": [
  mv("reinforce", "reported", LNA, ["سبها"], ["القطرون"], ["أم الأرانب"]),
  mv("airlift", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["قاعدة الويغ"]),
  mv("withdraw", "denied", LNA, ["منفذ التوم"]),
  mv("deploy", "planned", LNA, ["القطرون"], ["الحدود مع تشاد"]),
  mv("redeploy", "conditional", LNA, ["الويغ"], ["تجرهي"]),
 ],
 "qr5": [
  mv("mobilise", "reported", None, [], ["القطرون"]),
  mv("withdraw", "reported", CAG, ["تجرهي"], ["الحدود مع تشاد"]),
  mv("advance", "denied", "Foreign fighters", [], ["مرزق"]),
  mv("shipment", "reported", LNA, ["سبها"], ["مرزق"]),
  mv("deploy", "planned", LNA, [], ["أم الأرانب", "تجرهي"]),
  mv("advance", "conditional", None, [], ["كوري بوغودي"]),
 ],
}

NOTES = {
 "qr1": "Chadian state-TV bulletin (Tele Tchad, N'Djamena): Chadian army reinforcement Faya-Largeau->Bardai via Zouar, "
        "airlift N'Djamena airport->Faya-Largeau airport, gunmen pulling out of Kouri Bougoudi (reported); a denied "
        "incursion towards Al Qatrun across the border; joint patrols Aozou-Wour planned; a conditional battalion "
        "Faya->Zouarke. Chadian army = null actor. Tibesti as province (ولاية) vs mountains (جبال).",
 "qr2": "Gulf daily wire round-up (Al-Raya, 'capitals - agencies'): Chadian armour Zouar->Kouri Bougoudi (reported), "
        "CCMSR rebels pull back from Wour towards southern Libya (reported), LNA denial of Chadian troops in Tajarhi, "
        "planned LNA reinforcement Sabha->Al Qatrun, rebels' conditional return to Tibesti. Speakers/venues "
        "(Benghazi, N'Djamena, Doha) are not movement places; person trap with the Qatrun nisba.",
 "qr3": "Sudanese daily (Al-Sudani, Port Sudan): Sudanese gunmen withdraw Kouri Bougoudi->Al Qatrun (reported; the "
        "country Libya after عبرت الحدود إلى is not added as a destination), Chadian battalions Adre->Borkou (redeploy), "
        "a planned permanent company at Kouri Bougoudi, the Darfur joint force's denied North Darfur->Kouri Bougoudi "
        "deployment, a conditional LNA reinforcement of Tajarhi. Idri trap: Chad's Adre written أدري beside «لا أدري».",
 "qr4": "Egyptian news channel (Al Qahera News, Benghazi): LNA column Sabha->Al Qatrun via Umm al-Aranib, cargo plane "
        "Tamanhint air base->Al Wigh base (reported), denied LNA pull-out from the Toummo crossing, planned joint "
        "patrols from Al Qatrun on the border with Chad, conditional company Al Wigh->Tajarhi. Cairo as city beside "
        "the outlet name; Tibesti inside a hotel name; Sabha inside a military-zone name.",
 "qr5": "Libyan news portal (Afrigate, Murzuq): Tebu youths mass at Al Qatrun's southern gate (mobilise, reported), "
        "Chadian gunmen withdraw from Tajarhi towards the border with Chad, the Murzuq mayor denies foreign gunmen "
        "entered Murzuq, a planned LNA force for Umm al-Aranib and Tajarhi, a conditional Tebu move to Kouri Bougoudi. "
        "Murzuq as town (مرزق, مُرزق), district (شعبية) and municipality (بلدية); smuggling routes and kinship "
        "ties are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qr1", "qr2", "qr3", "qr4", "qr5")
