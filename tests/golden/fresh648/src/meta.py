# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country or for a spelling variant (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # Ubari, Ghat and the Tanezzouft valley
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat (Serdeles)"),                # G (also for سردلس)
 "tahala": ("village", "LY", 25.30, 10.35, "Tahala"),                                   # K (least certain row)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "ghat_dist": ("district", "LY", 26.01562, 10.40660, "Ghat district"),                  # G* (district row غات)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "barakat": ("town", "LY", 24.89400, 10.18336, "Al Barakat"),                           # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border post"),         # G* (row منفذ إيسين, country DZ)
 "akakus": ("region", "LY", 24.83333, 10.33333, "Akakus Mountains (Tadrart Akakus)"),   # G (row جبل أكاكوس)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                      # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador triangle"),                 # G
 "tripoint": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 # the Algerian side
 "border_dz_ly": ("region", "DZ", 26.90, 9.85, "Algeria-Libya border (Algerian side)"),  # K
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "tassili": ("region", "DZ", 25.50000, 9.00000, "Tassili n'Ajjer"),                     # G* (row تاسيلي ناجر, written طاسيلي)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G* (town row إليزي, written إيليزي)
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G* (town row تمنراست, written تامنغست)
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),             # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 # Mali, Niger, Mauritania
 "azawad": ("region", "ML", 19.00000, 0.00000, "Azawad"),                               # G
 "north_mali": ("region", "ML", 20.45092, -2.20255, "Northern Mali"),                   # G
 "kidal": ("town", "ML", 18.44345, 1.40921, "Kidal"),                                   # G
 "ifoghas": ("region", "ML", 19.80, 1.60, "Adrar des Ifoghas"),                         # K
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 "nouakchott": ("city", "MR", 18.08581, -15.97850, "Nouakchott"),                       # G
 # capitals, coast, others
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "misrata_port": ("crossing", "LY", 32.355, 15.210, "Port of Misrata (Qasr Ahmed)"),    # K
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
}

TRAPS = {
 "xz1": ["بوابة إفريقيا الإخبارية", "الجيش الوطني الليبي", "سرية «أكاكوس»", "محمد الغاتي", "كل أجر", "لغات",
         "اللواء طارق بن زياد", "الجيش الجزائري", "إدريس المقرحي"],
 "xz2": ["الحوار", "الجيش الوطني الشعبي", "الجيش الجزائري", "إدريس آغ الطاهر", "ليبية"],
 "xz3": ["السراج", "جبهة تحرير أزواد", "دعم مالي", "كل أدرار", "كل أجر", "اتفاق الجزائر", "الجيش الوطني الليبي"],
 "xz4": ["الأنباء", "الجيش الوطني الليبي", "موسى الغاتي", "الباحث الليبي", "قوات تركية"],
 "xz5": ["عمان", "الجيش الوطني الليبي", "درع أكاكوس", "عبد الرحمن السبهاوي", "وكالة الأنباء الجزائرية",
         "الجيش الجزائري", "ليبية", "اللبنانية", "الخمسة"],
}

PHEN = {
 "xz1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "xz2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "xz3": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_neighbours", "countries"],
 "xz4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "xz5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "common_word_trap", "ambiguity_tripoli", "vague_area",
         "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "xz1": [
  mv("deploy", "reported", "Libyan National Army", ["اوباري"], ["العوينات"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["أوباري"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["العوينات"]),
  mv("redeploy", "planned", "Libyan National Army", ["العوينات"], ["تهالة"]),
  mv("advance", "conditional", "Libyan National Army", [], ["غات"]),
  mv("withdraw", "denied", "Libyan National Army", ["أوباري"], ["سبها"]),
  mv("reinforce", "reported", "Algerian army", [], ["تين ألكوم"]),
 ],
 "xz2": [
  mv("reinforce", "reported", "Algerian army", ["إيليزي"], ["جانت"]),
  mv("deploy", "reported", "Algerian army", ["جانت"], ["تين ألكوم"]),
  mv("airlift", "planned", "Algerian army", ["تامنغست"], ["مطار جانت"]),
  mv("mobilise", "planned", "Algerian army", [], ["إليزي"]),
  mv("redeploy", "conditional", "Algerian army", ["برج عمر إدريس"], ["الحدود مع ليبيا"]),
  mv("advance", "denied", "Algerian army", [], ["غات"], ["معبر إيسين"]),
 ],
 "xz3": [
  mv("deploy", "reported", "Foreign fighters", ["شمال مالي", "كيدال"], ["أوباري"], ["مثلث السلفادور"]),
  mv("withdraw", "conditional", "Foreign fighters", ["أوباري"], ["كيدال"]),
  mv("deploy", "denied", "Foreign fighters", ["أزواد"], ["ليبيا"]),
  mv("deploy", "planned", "Libyan National Army", ["غات"], ["المثلث الحدودي"]),
 ],
 "xz4": [
  mv("airlift", "reported", "GNA forces", ["مطار معيتيقة"], ["مطار غات"]),
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["غات"], ["أوباري", "العوينات"]),
  mv("withdraw", "denied", "Libyan National Army", ["مطار غات"]),
  mv("advance", "conditional", "GNA forces", [], ["منفذ إيسين"]),
  mv("airlift", "planned", "GNA forces", [], ["أوباري"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء مصراتة"]),
  mv("naval_landing", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء الخمس"]),
 ],
 "xz5": [
  mv("deploy", "reported", "Libyan National Army", ["غات"], ["جبال أكاكوس"], ["البركات"]),
  mv("withdraw", "conditional", "Libyan National Army", ["الأكاكوس"], ["غات"]),
  mv("shipment", "planned", "Libyan National Army", ["سبها"], ["العوينات"]),
  mv("advance", "denied", "Algerian army", ["جانت"], ["تادرارت أكاكوس"]),
  mv("reinforce", "conditional", "Libyan National Army", ["أوباري"], ["العوينات"]),
 ],
}

NOTES = {
 "xz1": "Afrigate News from Ubari: an LNA Tuareg battalion Ubari (written اوباري)→Al-Awaynat (also its Tamasheq name "
        "سردلس, same place, listed once), the battalion's massing in its Ubari camp the evening before, 6 fuel-and-ammunition "
        "trucks Sabha→Al-Awaynat, its «Akakus» company (trap) planned Al-Awaynat→Tahala, a conditional entry into "
        "Ghat (only 'if the council asks'; the first Ghat, 'the road leading to Ghat', is not a movement place), the Tariq "
        "bin Ziyad brigade's denied pull-out Ubari→Sabha, and an Algerian reinforcement of Tin Alkoum (Isayen and the "
        "border only locate it). Sharara is a distance reference; Wadi al-Hayat and the Akakus are where clashes were; "
        "«لغات» and «الغاتي» contain غات.",
 "xz2": "El Hiwar from Djanet: Algerian reinforcements Illizi (written إيليزي)→Djanet, units Djanet→the Tin Alkoum post, "
        "a planned paratroop airlift Tamanrasset (written تامنغست)→Djanet airport, planned reserve units massed in Illizi "
        "(standard spelling this time), a conditional move Bordj Omar Driss→the "
        "border with Libya (Ghat and Ubari only the condition), and a denied crossing via the Isayen crossing toward Ghat. "
        "The first Isayen mention only locates Tin Alkoum; Algiers is where the command sits; Ghat in the notable's "
        "quote is not a movement place.",
 "xz3": "Essirage from Nouakchott: Tuareg fighters from northern Mali/Kidal reached Ubari through the Salvador triangle "
        "(reported; both origins written), their conditional return Ubari→Kidal, the FLA's denied dispatch Azawad→Libya "
        "(force name is a trap), and the LNA's planned company Ghat→the border triangle (Niger and Algeria only name the "
        "triangle's other sides). Adrar des Ifoghas is where strikes fall; Agadez is the migrants' route; Bamako is the "
        "Malian government; «اتفاق الجزائر» and «دعم مالي» are traps.",
 "xz4": "Al-Anba from Cairo: a GNU cargo plane Mitiga airport→Ghat airport with the Tuareg «Maghawir» battalion, an LNA "
        "column Tamanhint base→Ghat via Ubari and Al-Awaynat, the LNA's denied withdrawal from around Ghat airport, the "
        "Maghawir's conditional advance to the Isayen crossing, and a planned second plane to Ubari (Tripoli only the "
        "seat of the general staff, so no origin); up north a denied Turkish landing at Misrata port and a reported GNU "
        "marine landing Abu Sitta naval base→Khoms port. Sharara, Tahala, Al-Barakat, the Ghat district, Tripoli (Lebanon) "
        "and northern Lebanon are not movement places.",
 "xz5": "Oman daily from Tunis: an LNA company Ghat→the Akakus mountains via Al-Barakat (operation «درع أكاكوس» is a "
        "trap), its conditional return from the Akakus to Ghat, a planned fuel-and-ammunition shipment Sabha→Al-Awaynat, "
        "Algeria's denied entry Djanet→Tadrart Akakus (Tassili n'Ajjer only where patrols stop), and the Ubari Tuareg "
        "battalion's conditional move Ubari→Al-Awaynat. The Akakus in the quote and in the last paragraph, Ghadames and "
        "Tripoli (Lebanon) in the UNESCO background are not movement places; «الخمسة» (five) contains الخمس.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("xz1", "xz2", "xz3", "xz4", "xz5")
