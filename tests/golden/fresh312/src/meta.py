# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                  # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                              # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                   # G
 # cities, towns, districts
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                    # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                    # G (also written اوباري, أباري)
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),               # G* (town row)
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                          # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                    # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                  # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                             # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                      # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                      # G (grep براك الشاطئ returned this row)
 "tamanhint_town": ("town", "LY", 27.24010, 14.65630, "Tamanhint"),                       # G* (base row)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                  # G
 "rayayina": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                          # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                      # G
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                   # G
 # oil
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),               # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "hamada": ("oilfield", "LY", 29.50000, 12.80000, "Hamada oil field"),                    # K (representative point)
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),                 # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),      # G
 # bases, airports, crossings
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                   # G* (row قاعدة تمنهنت)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                         # G
 "mitiga_ap": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                    # G
 "ghat_ap": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                        # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),              # G
 # regions
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),            # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                      # G* (row جنوب ليبيا)
 "south_west": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),               # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                # G
 "hamada_hamra": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                 # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                 # G* (row الحدود الليبية النيجرية)
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),                # G* (row الحدود الليبية الجزائرية)
}

TRAPS = {
 "lb1": ["حراك فزان", "بوابة إفريقيا الإخبارية", "موسى الأوباري", "الشرارة التي انطلقت", "لا أدري", "الإيطالية",
         "شركة أكاكوس للعمليات النفطية", "الإسبانية", "الفرنسية"],
 "lb2": ["الشرق الأوسط", "المجلس العسكري للزنتان", "صالح حمادة", "الليبية"],
 "lb3": ["فرانس 24", "الليبي", "الجيش الوطني الليبي", "جبهة الوفاق من أجل التغيير في تشاد", "التشادية", "الإيطالية",
         "عمر الغاتي", "الفيل في الغرفة"],
 "lb4": ["الجيش الليبي", "سبوتنيك", "القيادة العامة للجيش الوطني الليبي"],
 "lb5": ["بي بي سي", "دعم مالي", "لا أدري", "شركة أكاكوس"],
}

PHEN = {
 "lb1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "countries"],
 "lb2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area", "coverage_oil"],
 "lb3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba", "vague_area",
         "border_phrase", "coverage_oil", "coverage_neighbours", "countries"],
 "lb4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "lb5": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "ambiguity_idri",
         "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
}

LNA, GNA, ZIN, CHAD = "Libyan National Army", "GNA forces", "Zintan forces", "Chadian armed groups"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "lb1": [
  mv("reinforce", "reported", LNA, ["سبها"], ["حقل الشرارة"], ["الغريفة", "أوباري"]),
  mv("redeploy", "planned", LNA, ["حقل الشرارة"], ["حقل الفيل"]),
  mv("mobilise", "conditional", None, ["أوباري"], ["الشرارة"]),
  mv("withdraw", "denied", LNA, ["حقل الفيل"], ["قاعدة تمنهنت الجوية"]),
 ],
 "lb2": [
  mv("deploy", "reported", ZIN, ["الزنتان"], ["الرياينة"]),
  mv("deploy", "planned", GNA, ["طرابلس"], ["الرياينة"]),
  mv("withdraw", "denied", GNA, ["حقل الحمادة"], ["درج"]),
  mv("advance", "conditional", LNA, ["حقل الشرارة"], ["الحمادة الحمراء"]),
 ],
 "lb3": [
  mv("withdraw", "reported", LNA, ["حقل الفيل"], ["مرزق"]),
  mv("deploy", "reported", None, ["أوباري"], ["الفيل"], ["حقل الشرارة"]),
  mv("shipment", "reported", None, ["أوباري"], ["الفيل"]),
  mv("withdraw", "conditional", None, ["حقل الفيل"], ["أوباري"]),
  mv("advance", "denied", CHAD, ["الحدود مع النيجر"], ["حقل الفيل"]),
  mv("airlift", "planned", GNA, ["مطار معيتيقة"], ["مطار غات"]),
 ],
 "lb4": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة تمنهنط الجوية"]),
  mv("deploy", "reported", LNA, ["قاعدة تمنهنط الجوية"], ["حقل الشرارة"], ["سبها", "أوباري"]),
  mv("shipment", "reported", LNA, ["سبها"], ["حقل الشرارة"]),
  mv("redeploy", "planned", LNA, ["حقل الشرارة"], ["العوينات", "غات"]),
  mv("advance", "denied", LNA, ["براك الشاطئ"], ["حقل الفيل"]),
  mv("reinforce", "conditional", LNA, ["سبها"], ["أوباري"]),
 ],
 "lb5": [
  mv("mobilise", "reported", None, ["غات", "العوينات"], ["أوباري"]),
  mv("withdraw", "reported", LNA, ["حقل الشرارة"], ["جرمة"]),
  mv("advance", "denied", None, ["أوباري"], ["الشرارة"]),
  mv("withdraw", "conditional", None, [], ["غات", "العوينات"]),
  mv("deploy", "planned", GNA, ["طرابلس"], ["أوباري"]),
 ],
}

NOTES = {
 "lb1": "Afrigatenews-style report from Ubari: an LNA (Tariq Bin Ziyad) reinforcement Sabha→Sharara via Al-Ghurayfa and "
        "Ubari (reported), a planned PFG company Sharara→El Feel, a conditional Tuareg gathering at the Sharara gates and "
        "a denied pull-out El Feel→Tamanhint air base; traps: «حراك فزان», the person «موسى الأوباري», «الشرارة التي "
        "انطلقت» (spark), «لا أدري», the Akakus company; threatened closures are not movements.",
 "lb2": "Asharq Al-Awsat-style report: the Reyayna valve closure stops Sharara and Hamada; a Zintani group Zintan→Reyayna "
        "(reported), a planned 444 Brigade force Tripoli→Reyayna, the western PFG's denied pull-out Hamada field→Derj and "
        "an LNA conditional move Sharara→Hamada al-Hamra; «شمال شرقي الزنتان» is a locator, the closure itself is not a "
        "movement; traps: «المجلس العسكري للزنتان», the colonel «صالح حمادة».",
 "lb3": "France 24-style report (Sabha dateline): LNA units pull out El Feel→Murzuq, Tuareg fighters Ubari→El Feel via "
        "Sharara with supply trucks from Ubari, their conditional return to Ubari, FACT's denied advance from the Niger "
        "border and a planned GNU PFG airlift Mitiga airport→Ghat airport; traps: «الفيل في الغرفة», «عمر الغاتي», the "
        "FACT name with «تشاد».",
 "lb4": "Sputnik-style LNA statement (Benghazi): a PFG battalion airlifted Benina→Tamanhint (spelled تمنهنط) and on by land "
        "to Sharara via Sabha and Ubari, fuel/ammunition trucks Sabha→Sharara, a planned company Sharara→Al-Awaynat/Ghat, "
        "a denied Brigade 128 move Brak→El Feel to shut it and conditional reinforcements Sabha→Ubari; smuggling on the "
        "Algerian border and the closed Isayen crossing are not movements.",
 "lb5": "BBC Arabic-style feature from Ubari (also أباري): Tuareg youths massing in Ubari from Ghat and Al-Awaynat, an LNA "
        "PFG unit pulling back Sharara→Germa, the elders' denial of a march Ubari→Sharara, a conditional return to Ghat/"
        "Al-Awaynat and a planned GNU force Tripoli→Ubari; the 2014 war, Niger/Mali births and fuel queues are not "
        "movements (nor the civilian crossings via Isayen to Djanet); traps «دعم مالي», «لا أدري».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("lb1", "lb2", "lb3", "lb4", "lb5")
