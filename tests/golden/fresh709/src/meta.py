# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # capitals and cities outside Libya
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 # Tripoli and its western approaches
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_gharb": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                        # G* (row طرابلس, written طرابلس الغرب)
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "janzour_mun": ("district", "LY", 32.81868, 13.01727, "Janzour municipality"),         # G* (town row)
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Maya"),                                 # G
 "warshefana": ("region", "LY", 32.51012, 13.02794, "Warshefana"),                      # G* (row الجفارة, names include ورشفانة)
 "zahra": ("town", "LY", 32.67889, 12.87327, "Az Zahra"),                               # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 # Zawiya and the coast to Ras Ajdir
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "zawiya_dist": ("district", "LY", 32.54560, 12.62698, "Az Zawiya district"),           # G
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),               # G
 "zawiya_port": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya oil terminal"),          # G* (refinery and oil terminal row)
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Harsha"),                             # G
 "judaim": ("town", "LY", 32.78000, 12.80000, "Judaim"),                                # G
 "bir_ghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                     # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "zuwara_airport": ("airport", "LY", 32.95230, 12.01550, "Zuwara Airport"),             # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "west_region": ("region", "LY", 30.79644, 14.18653, "Western region of Libya"),        # G* (row إقليم طرابلس)
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya"),                      # G* (row إقليم طرابلس)
 # elsewhere in Libya
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                 # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 # southern Tunisia
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine governorate"),        # G
 "aouina": ("base", "TN", 36.85100, 10.22700, "El Aouina Air Base"),                    # G
 "djerba_airport": ("airport", "TN", 33.87500, 10.77550, "Djerba-Zarzis Airport"),      # G
 "border_tnside": ("region", "TN", 33.10, 11.45, "Tunisia-Libya border (Tunisian side)"),  # K
 "se_tunisia": ("region", "TN", 33.2, 10.5, "South-eastern Tunisia"),                   # K
 # Egypt
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "border_egside": ("region", "EG", 31.3, 25.1, "Egypt-Libya border (Egyptian side)"),   # K
}

TRAPS = {
 "qai1": ["القدس العربي", "الوسط", "محمد الزاوي", "المنطقة العسكرية الساحل الغربي", "عبد الحكيم إدريس", "الليبية"],
 "qai2": ["الجيش التونسي", "نسمة", "تونسية", "عبد المنعم الصبراتي", "إذاعة تطاوين", "الجانب الليبي"],
 "qai3": ["الأنباء", "أحمد الجنزوري", "الأناضول", "القيادة العامة للجيش الوطني الليبي", "فبراير", "السواني والمزارع",
          "طرابلس إف إم", "بوابة الـ27"],
 "qai4": ["المصريين", "بوابة الوفد", "الخارجية المصرية", "الليبيتين", "الليبية", "إدريس الفيتوري",
          "الزاوية الأمنية"],
 "qai5": ["مهندس طرابلسي", "نداء الوطن", "اللبنانية", "لبنانياً", "الطرابلسي", "مصراتي", "الليبية"],
}

PHEN = {
 "qai1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "countries"],
 "qai2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qai3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_bases"],
 "qai4": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
          "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qai5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qai1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["مصفاة الزاوية"], ["جنزور"]),
  mv("redeploy", "planned", "GNA forces", ["الزاوية"], ["الحرشة", "جودائم"]),
  mv("naval_landing", "planned", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء الزاوية النفطي"]),
  mv("withdraw", "denied", None, ["مصفاة الزاوية"], ["بئر الغنم"]),
  mv("advance", "conditional", "GNA forces", ["صبراتة"], ["الزاوية"]),
 ],
 "qai2": [
  mv("reinforce", "reported", "Tunisian army", ["بن قردان"], ["معبر رأس جدير"]),
  mv("airlift", "planned", "Tunisian army", ["قاعدة العوينة"], ["مطار جربة جرجيس"]),
  mv("deploy", "reported", "GNA forces", ["صبراتة"], ["صرمان"]),
  mv("withdraw", "denied", "GNA forces", ["منفذ رأس اجدير"]),
  mv("mobilise", "reported", None, [], ["العجيلات"]),
  mv("advance", "conditional", "Zintan forces", ["قاعدة الوطية"], ["العجيلات"]),
 ],
 "qai3": [
  mv("advance", "reported", "GNA forces", ["جنزور"], ["الزهراء"], ["الماية"]),
  mv("mobilise", "reported", None, [], ["الزهراء"]),
  mv("reinforce", "planned", "Misrata forces", ["مصراتة"], ["جنزور"]),
  mv("reinforce", "conditional", "Zintan forces", ["الزنتان"], ["العزيزية"]),
  mv("deploy", "denied", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["ورشفانة"]),
 ],
 "qai4": [
  mv("withdraw", "reported", "GNA forces", ["ميناء الزاوية النفطي"], ["جودائم"]),
  mv("naval_landing", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء الزاوية النفطي"]),
  mv("airlift", "planned", "GNA forces", ["مطار معيتيقة"], ["مطار زوارة"]),
  mv("redeploy", "conditional", "GNA forces", ["الزاوية"], ["صرمان"]),
  mv("shipment", "denied", "Turkish armed forces", ["قاعدة الوطية"], ["صبراتة"]),
 ],
 "qai5": [
  mv("reinforce", "reported", "GNA forces", ["الزاوية"], ["صبراتة"], ["صرمان"]),
  mv("deploy", "planned", "GNA forces", ["صبراتة"], ["مجمع مليتة"]),
  mv("shipment", "reported", "Zintan forces", ["الزنتان"], ["بئر الغنم"]),
  mv("reinforce", "conditional", "Misrata forces", ["مصراته"], ["الزاوية"]),
  mv("withdraw", "denied", "GNA forces", ["صرمان"], ["طرابلس الغرب"]),
 ],
}

NOTES = {
 "qai1": "Al-Quds Al-Arabi: a Chief-of-Staff force Tripoli→the Zawiya refinery via Janzour; Zawiya security directorate's "
         "planned patrols from the city to Al-Harsha and Judaim; a planned marine landing Abu Sitta naval base→Zawiya oil "
         "terminal (Tripoli only locates the base); a denied pull-out of the facilities guard refinery→Bir al-Ghanam "
         "(actor null: no canonical force); the Western Military Region's conditional advance Sabratha→Zawiya "
         "(Warshefana and Surman only the mediators' origin). Traps: the paper, Al-Wasat TV, the Western Military "
         "Region's name, persons al-Zawi and Idris.",
 "qai2": "Nessma (Tunis): Tunisian reinforcements Ben Gardane→Ras Jdir crossing; a planned airlift El Aouina base→Djerba-"
         "Zarzis airport (the border with Libya is the purpose, not a destination; Medenine and Ben Gardane hospitals "
         "are not movement places); a GNA law-enforcement column Sabratha→Surman; a denied pull-out from the Ras Ajdir "
         "port (written منفذ رأس اجدير); armed groups massing in Al-Ajaylat; Zintan's conditional advance Al-Watiya→"
         "Al-Ajaylat. The clashes 'between Sabratha (صبراته) and Zawiya' give no movement.",
 "qai3": "Al-Anba (Kuwait): a GNA force Janzour→Az-Zahra via Al-Maya; Warshefana groups massing in Az-Zahra; planned "
         "Misrata reinforcements Misrata→Janzour; Zintan's conditional move Zintan→Al-Aziziyah (Warshefana only the "
         "condition); the LNA's denied deployment Al-Jufra air base→Warshefana. Gate 27 (بوابة الـ27) is a checkpoint "
         "name (trap), 'السواني والمزارع' is the common word for farms (trap beside the town As-Sawani).",
 "qai4": "Bawabat Al-Wafd (Cairo): the Central Support Force pulled back Zawiya oil terminal→Judaim; marines landed "
         "in 'the same port' from Abu Sitta base (anaphora resolved to the terminal); a planned airlift Mitiga→Zuwara "
         "airport (Mellitah only a distance reference); a conditional move Zawiya→Surman; Turkey's denied arms shipment "
         "Al-Watiya→Sabratha (Ankara the venue). Cairo, Egypt, the Sallum crossing and the border are not movement "
         "places; 'الزاوية الأمنية' is 'the security angle'.",
 "qai5": "Nidaa al-Watan (Beirut): a GNA column Zawiya→Sabratha through Surman (seen by a witness, confirmed by the "
         "ministry), a planned company Sabratha→Mellitah complex, a Zintan ammunition convoy Zintan→Bir al-Ghanam "
         "(Zawiya a distance reference), Misrata's conditional reinforcement Misrata (مصراته)→Zawiya, and a denied pull-"
         "back Surman→Tripoli (written طرابلس الغرب). Tripoli of Lebanon (the engineer's town) and the person al-"
         "Tarabulsi are not the Libyan capital.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qai1", "qai2", "qai3", "qai4", "qai5")
