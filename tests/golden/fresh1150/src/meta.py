# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                              # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                                # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                              # G
 # foreign cities and bases
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                 # G
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                             # G
 "suwayda": ("city", "SY", 32.7094, 36.5695, "As-Suwayda"),                              # K
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                     # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                 # G
 # Libya: east and centre
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                  # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                     # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),                # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "jufra_ab": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                    # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 # Libya: west
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),              # G
 "qasr_bin_ghashir": ("town", "LY", 32.68333, 13.18333, "Qasr bin Ghashir"),             # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                               # G
 "bani_walid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                  # G
 "qaryat": ("town", "LY", 30.38333, 13.58333, "Al Qaryat"),                              # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                               # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                 # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                            # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                              # G
 # Libya: Fezzan
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "brak_ab": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                         # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G (also written اوباري)
 "ubari_dist": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row, kind district)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                   # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                            # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                         # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libya side)"),  # G* (row الحدود الليبية النيجرية)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libya side)"),   # G* (row الحدود الليبية التشادية)
}

TRAPS = {
 "qri1": ["السعودية اليوم", "الهرج والمرج", "الشرارة الأولى", "عمر السرتي", "القوة المشتركة", "اللجنة العسكرية المشتركة",
          "الهلال الأحمر الليبي", "الليبي"],
 "qri2": ["المكتب الإعلامي للمجلس الأعلى للدولة", "فتحي الغرياني", "كتائب الزنتان", "الأتراك"],
 "qri3": ["أصوات", "عبد الرحمن القطروني", "اللواء طارق بن زياد", "تشاديين", "النيجري"],
 "qri4": ["السويداء 24", "الفيلق الأفريقي", "الفيلق الخامس", "سالم الخادمي", "سورياً", "السوريين", "السورية",
          "سوريين", "السوريون", "سورية", "الروسي", "روسية", "الروس", "الأتراك", "الليبي", "ليبية"],
 "qri5": ["الجبهة الشعبية لتحرير ليبيا", "ليبيا الأحرار", "علي الشويرفي", "اللواء 444", "المنطقة العسكرية الوسطى",
          "قبائل ورفلة"],
}

PHEN = {
 "qri1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil"],
 "qri2": ["spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "coverage_bases",
          "coverage_crossings", "countries"],
 "qri3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "border_phrase",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qri4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "coverage_bases",
          "coverage_crossings", "countries"],
 "qri5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qri1": [
  mv("reinforce", "denied", "Libyan National Army", ["قاعدة براك الجوية"], ["اوباري"], ["جرمة"]),
  mv("deploy", "reported", "Libyan National Army", ["براك"], ["حقل الشرارة"]),
  mv("redeploy", "planned", "Libyan National Army", ["سرت"], ["قاعدة الجفرة الجوية"]),
  mv("withdraw", "conditional", "Misrata forces", ["أبوقرين"], ["مصراتة"]),
  mv("advance", "denied", "Misrata forces", ["مصراتة"], ["الوشكة"]),
 ],
 "qri2": [
  mv("airlift", "reported", "Turkish armed forces", ["تركيا"], ["قاعدة الوطية"]),
  mv("airlift", "reported", "Turkish armed forces", ["مطار معيتيقة"], []),
  mv("deploy", "planned", "GNA forces", ["الزاوية"], ["معبر رأس اجدير"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["غريان"]),
  mv("withdraw", "conditional", "GNA forces", ["العجيلات"], ["طرابلس"]),
 ],
 "qri3": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["القطرون", "قاعدة الويغ"], ["مرزق"]),
  mv("deploy", "planned", "Libyan National Army", ["القطرون"], ["منفذ التوم"]),
  mv("advance", "denied", "Chadian armed groups", ["الحدود مع النيجر"], ["القطرون"]),
  mv("withdraw", "conditional", "Libyan National Army", ["القطرون"], ["سبها"]),
  mv("reinforce", "reported", "Nigerien army", [], ["ماداما"]),
 ],
 "qri4": [
  mv("airlift", "reported", "Syrian mercenaries", ["قاعدة حميميم"], ["قاعدة الخادم"]),
  mv("redeploy", "planned", "Russian forces", ["قاعدة الخادم"], ["قاعدة براك الجوية"]),
  mv("shipment", "reported", "Russian forces", [], ["ميناء طبرق"]),
  mv("redeploy", "denied", "Syrian mercenaries", ["قاعدة الجفرة الجوية"], ["سرت"]),
  mv("withdraw", "conditional", "Syrian mercenaries", ["طرابلس"], ["تركيا"]),
 ],
 "qri5": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["ترهونة"], ["قصر بن غشير"]),
  mv("redeploy", "planned", "GNA forces", ["ترهونة"], ["مزدة"]),
  mv("advance", "denied", "Misrata forces", ["مصراتة"], ["بني وليد"]),
  mv("mobilise", "conditional", None, [], ["بني وليد"]),
 ],
}

NOTES = {
 "qri1": "Saudi news site (Al-Saudia Today) on a House of Representatives session in Benghazi, MPs contradicting each "
         "other: Ubari's MP claims LNA reinforcements Brak air base→Ubari (written اوباري) via Germa, which the defence "
         "committee chairman calls «عارية عن الصحة» (one denied reinforce) and says the units moved Brak→Sharara field "
         "(reported deploy); a planned LNA battalion Sirte→Jufra air base; Misrata's MP: forces in Abu Qurayn «لن تنسحب "
         "إلى مصراتة إلا إذا» (conditional; Sirte only in the condition); Al-Marj's MP accuses Tripoli of funding a move "
         "Misrata→Al-Washka, denied by the Joint Force (denied advance). The Red Crescent convoy Benghazi→Kufra, the "
         "HoR's own move Tobruk→Benghazi, the venue, Fezzan and Sirte in the lead, «بلدية أوباري» (town_vs_district) and "
         "«حكومة طرابلس» are not movements or movement places; «الهرج والمرج» holds Al-Marj, «عمر السرتي» holds Sirte, "
         "«الشرارة الأولى» (the first spark) holds Sharara.",
 "qri2": "High Council of State media office (official copy) on an HCS session in Tripoli: Turkish trainers flown "
         "Turkey→Al-Watiya and the previous batch flown out of Mitiga airport (two reported airlifts), a planned GNU "
         "deployment of two companies Zawiya→Ras Ajdir crossing (written معبر رأس اجدير), a Zintan move Zintan→Gharyan "
         "claimed by one member and denied by another (denied advance), and GNU units in Al-Ajaylat that «لن تنسحب نحو "
         "طرابلس إلا إذا» (conditional). Ankara (the president's visit), Benghazi (HoR decisions), Libya (demand that "
         "foreign forces leave) and the medical convoy Tripoli→Ghadames are not movement places; «فتحي الغرياني» holds "
         "Gharyan, «كتائب الزنتان» holds Zintan.",
 "qri3": "Libyan paper (Aswat) on an emergency meeting of the Al-Qatrun municipal council, members disagreeing: an LNA "
         "battalion (Tariq bin Ziyad brigade) Sabha→Al-Qatrun via Murzuq, part stationed at Al Wigh base (reported), a "
         "planned company Al-Qatrun→Toummo crossing, Chadian gunmen's entry from the border with Niger denied by a "
         "member, the commander's conditional pull-out Al-Qatrun→Sabha and the Nigerien army reinforcing Madama "
         "(reported). Tajarhi and Umm al-Aranib (delegations, a clash site, the committee), Niger as locator of Toummo, "
         "the border with Chad in the condition and the civilian fuel trucks Sabha→Al-Qatrun are not movement places; "
         "«عبد الرحمن القطروني» holds Al-Qatrun, «النيجري» holds Niger, «تشاديين» holds Chad.",
 "qri4": "Syrian local network (Suwayda 24) on a HoR defence committee hearing in Benghazi about Syrians recruited by "
         "Russia: a batch of Syrian fighters flown Hmeimim→Al Khadim base (reported), an Africa Corps unit to move Al "
         "Khadim→Brak air base (planned, Russian forces), a Russian cargo ship that unloaded equipment and ammunition at "
         "Tobruk port (reported shipment), a Syrian move Jufra air base→Sirte denied by the chief of staff's "
         "representative, and the chairman's claim that the pro-Ankara Syrian factions «لن تغادر طرابلس إلى تركيا إلا "
         "إذا» (conditional). Benghazi (venue, locator of Al Khadim), As-Suwayda (recruitment, families), Ankara "
         "(allegiance), Syria and Damascus are not movement places; «السويداء 24» holds As-Suwayda, «سالم الخادمي» "
         "holds Al Khadim, «سورياً» holds Syria.",
 "qri5": "Gaddafist party site (Popular Front for the Liberation of Libya) on a Warfalla elders' meeting in Bani Walid "
         "with delegations from Tarhuna, Mizda, Ash-Shwayrif and Al-Qaryat: a 444 Brigade column Tripoli→Tarhuna via "
         "Qasr bin Ghashir (reported; a Tarhuna elder only says it stayed hours), a planned company Tarhuna→Mizda "
         "(Ash-Shwayrif only the road's end), a Misrata move towards Bani Walid denied by the Central Military Region "
         "commander, and the elders' conditional mobilisation to defend Bani Walid (actor null). The delegations' "
         "towns, Libya, Tripoli as government and the 2012 background are not movement places; «علي الشويرفي» holds "
         "Ash-Shwayrif, «الجبهة الشعبية لتحرير ليبيا» and «ليبيا الأحرار» hold Libya.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qri1", "qri2", "qri3", "qri4", "qri5")
