# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and regions
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "north_syria": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                 # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* row الحدود الليبية التونسية
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),   # G* row الحدود الليبية الجزائرية
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "carthage": ("airport", "TN", 36.85100, 10.22720, "Tunis-Carthage International Airport"),  # G row مطار تونس قرطاج
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "south_tripoli": ("region", "LY", 32.78, 13.19, "Southern Tripoli (southern suburbs)"),  # K representative point
 # Tripoli and its southern suburbs
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "qbg": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                         # G
 "qbg_mun": ("district", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir municipality"),    # G* (town row)
 "wadi_rabi": ("town", "LY", 32.78, 13.31, "Wadi al-Rabi"),                             # K (gazetteer row has the Tripoli centre point)
 "salahdin": ("town", "LY", 32.83, 13.21, "Salah al-Din (Tripoli)"),                    # K (gazetteer row has the Tripoli centre point)
 "ain_zara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                            # G
 "sawani": ("town", "LY", 32.71667, 13.06667, "As Sawani"),                             # G
 "old_airport": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),  # G
 "tekbali": ("base", "LY", 32.835, 13.22, "Tekbali Camp (Tripoli)"),                    # K (gazetteer row has the Tripoli centre point)
 "yarmouk": ("base", "LY", 32.80, 13.19, "Yarmouk Camp (Tripoli)"),                     # K (gazetteer row has the Tripoli centre point)
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "mitiga_ap": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                  # G
 "tripoli_port": ("crossing", "LY", 32.903, 13.189, "Port of Tripoli"),                 # K
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "tajura_mun": ("district", "LY", 32.88167, 13.35056, "Tajura municipality"),            # G* (town row)
 # further afield
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),                # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_port": ("crossing", "LY", 32.355, 15.215, "Port of Misrata (Qasr Ahmed)"),    # K
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "rk1": ["سبوتنيك", "الليبية", "مختار الغرياني", "قوة حماية طرابلس", "طوفان الكرامة", "السنوات الخمس"],
 "rk2": ["قناة المسار", "محمد التاجوري", "كتيبة ثوار تاجوراء", "سالم الإدريسي"],
 "rk3": ["يورونيوز", "وكالة الأناضول", "فجر ليبيا", "الليبية", "التركية"],
 "rk4": ["عنب بلدي", "الجيش الوطني السوري", "عجز مالي", "السلطان مراد", "أبو خالد الحلبي", "الليبية", "السوريين",
         "إدريس العمر"],
 "rk5": ["المشهد", "عماد الطرابلسي", "الطرابلسي", "زنتانية", "الجديدة", "الجزائري", "المنطقة العسكرية الغربية",
         "القيادة العامة للجيش الوطني الليبي"],
}

PHEN = {
 "rk1": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "town_vs_district", "coverage_bases", "coverage_oil"],
 "rk2": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "ambiguity_idri",
         "town_vs_district", "coverage_oil", "coverage_crossings"],
 "rk3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "rk4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "coverage_bases", "countries"],
 "rk5": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_crossings",
         "coverage_neighbours", "countries"],
}

MOVES = {
 "rk1": [
  mv("deploy", "reported", "GNA forces", ["معسكر التكبالي"], ["قصر بن غشير"], ["صلاح الدين"]),
  mv("shipment", "reported", "GNA forces", ["مصفاة الزاوية"], ["قصر بن غشير"]),
  mv("withdraw", "reported", None, ["مطار طرابلس العالمي"], ["السواني"]),
  mv("redeploy", "planned", "GNA forces", ["معسكر اليرموك"], ["مطار طرابلس العالمي"]),
  mv("mobilise", "denied", "Zintan forces", [], ["العزيزية"]),
  mv("withdraw", "conditional", None, ["قصر بن غشير"], []),
 ],
 "rk2": [
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["وادي الربيع"], ["تاجوراء"]),
  mv("withdraw", "reported", None, ["وادي الربيع"], ["تاجوراء"]),
  mv("deploy", "denied", "Misrata forces", [], ["عين زارة"]),
  mv("deploy", "planned", "GNA forces", [], ["وادي الربيع"]),
  mv("naval_landing", "conditional", "Misrata forces", ["ميناء مصراتة"], ["ميناء طرابلس"]),
 ],
 "rk3": [
  mv("deploy", "reported", "GNA forces", ["قصر بنغشير"], ["مطار طرابلس الدولي"]),
  mv("reinforce", "reported", "GNA forces", ["معسكر التكبالي"], ["مطار طرابلس الدولي"]),
  mv("airlift", "reported", "Turkish armed forces", ["تركيا"], ["قاعدة معيتيقة"]),
  mv("naval_landing", "planned", "Turkish armed forces", [], ["ميناء طرابلس"]),
  mv("deploy", "denied", "Syrian mercenaries", ["مطار معيتيقة"], ["مطار طرابلس الدولي"]),
  mv("withdraw", "conditional", None, ["مطار طرابلس الدولي"], []),
 ],
 "rk4": [
  mv("airlift", "reported", "Syrian mercenaries", ["مطار معيتيقة"], ["شمال سوريا"], ["تركيا"]),
  mv("redeploy", "reported", "Syrian mercenaries", ["معسكر اليرموك"], ["مطار طرابلس العالمي"]),
  mv("airlift", "planned", "Syrian mercenaries", ["سوريا"], ["طرابلس"]),
  mv("advance", "denied", "Syrian mercenaries", [], ["وادي الربيع", "عين زاره"]),
  mv("withdraw", "conditional", "Syrian mercenaries", ["صلاح الدين"], ["سوريا"]),
  mv("deploy", "reported", "Syrian mercenaries", [], ["ليبيا"]),
 ],
 "rk5": [
  mv("deploy", "planned", "GNA forces", [], ["صلاح الدين", "عين زارة"]),
  mv("deploy", "planned", "GNA forces", [], ["قصر بن غشير"]),
  mv("withdraw", "reported", "Zintan forces", ["قصر بن غشير"], ["الزنتان"], ["العزيزية"]),
  mv("shipment", "reported", "GNA forces", [], ["ميناء طرابلس"]),
  mv("advance", "conditional", "GNA forces", [], ["السواني"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["ترهونة", "غريان"]),
 ],
}

NOTES = {
 "rk1": "Sputnik Arabic-style report from Tripoli: a GNU Defence Ministry force Tekbali camp→Qasr bin Ghashir via Salah "
        "al-Din (reported), ammunition trucks and fuel tankers from the Zawiya refinery joining it (reported shipment; "
        "«لحقت بالقوة» = Qasr bin Ghashir), a local group's pull-back from the old airport to Al-Sawani (reported), a planned "
        "battalion Yarmouk camp→the airport («تعتزم»; «محيط المطار» resolved to the named airport), Zintan's denied "
        "massing in Al-Aziziyah («نفى … لم نحشد») and a conditional withdrawal from Qasr bin Ghashir («لن تخرج … إلا "
        "إذا»); «بلدية قصر بن غشير» is the district; traps: the outlet, a commander «مختار الغرياني», «قوة حماية طرابلس», "
        "the 2019 operation name, «السنوات الخمس» (Al-Khums) and the nisba «الليبية».",
 "rk2": "Al-Masar TV-style report: Misrata's joint force reinforces Wadi al-Rabi from Misrata via Tajura (reported), "
        "a Tajura brigade pulls back Wadi al-Rabi→Tajura (reported; the force name «كتيبة ثوار تاجوراء» is a trap), the "
        "joint force's spokesman «سالم الإدريسي» denies moving armour to Ain Zara («لا صحة … مجرد شائعات»), a planned "
        "Interior Ministry deployment to «البوابات الثلاث بالمنطقة» (= Wadi al-Rabi) and a conditional sea move Misrata "
        "port→Tripoli port («إذا أُغلق»); the Sharara field (fuel queues) and «بلدية تاجوراء» are places, not moves.",
 "rk3": "Euronews Arabic-style piece on the old airport: a 444 Brigade deployment Qasr bin Ghashir (spelled قصر "
        "بنغشير)→the airport and its reinforcement from Tekbali camp (reported), a Turkish military cargo plane "
        "Turkey→Mitiga base (reported), a planned Turkish landing ship at Tripoli port (the airport is only the purpose), "
        "Ankara's denied transfer of Syrian fighters Mitiga airport→the airport («عارية عن الصحة») and a conditional "
        "pull-out of local groups from near the airport («لن تنسحب … إلا إذا»); «فجر ليبيا» (operation) contains the "
        "country and is a trap; civilians' overland trips to «الحدود مع تونس» and Tunis («العاصمة تونس») are not moves.",
 "rk4": "Enab Baladi-style report on Syrian fighters: an airlift Mitiga airport→northern Syria via Turkey (reported; "
        "the headline/lede «تعود من ليبيا» is the same move), a move Yarmouk camp→near the old airport (reported; «في "
        "منطقة صلاح الدين» is a locator), a planned replacement airlift Syria→Tripoli, a denied advance on Wadi al-Rabi "
        "and Ain Zara (spelled عين زاره), a conditional return Salah al-Din→Syria («إذا دُفعت») and the 2019–2020 "
        "flashback «استقدمت … إلى ليبيا» (reported deploy); traps: «عجز مالي» (Mali), «إدريس العمر» (Idri), the SNA.",
 "rk5": "Al-Mashhad-style report on the Interior Ministry's plan: two planned deployment phases (Salah al-Din and Ain "
        "Zara; then Qasr bin Ghashir), a Zintani battalion's reported pull-back Qasr bin Ghashir→Zintan via Al-Aziziyah, "
        "an armour shipment received at Tripoli port (reported), a conditional 444 Brigade advance on Al-Sawani "
        "(«إذا رفضت») and the LNA's denied massing in Tarhuna and near Gharyan; the minister's trip to «الجزائر العاصمة» "
        "and «الحدود مع الجزائر» are places, not moves; traps: «عماد الطرابلسي» (contains طرابلس), «المشهد», «زنتانية», "
        "«الجديدة», «الجزائري», the Western Military Region and the LNA's name.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("rk1", "rk2", "rk3", "rk4", "rk5")
