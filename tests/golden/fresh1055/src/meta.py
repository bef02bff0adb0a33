# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "bangladesh": ("country", "BD", 23.67779, 89.86016, "Bangladesh"),                     # G* (row بنغلادش, written بنغلاديش)
 # Tunisia
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "sfax_gov": ("district", "TN", 34.72657, 10.31986, "Sfax Governorate"),                # G
 "sfax_base": ("base", "TN", 34.74056, 10.76028, "Sfax naval base"),                    # G* (city row, kind base)
 "mahdia": ("town", "TN", 35.50472, 11.06222, "Mahdia"),                                # G (Tunisian row, not Sabha's)
 "mahdia_gov": ("district", "TN", 35.34116, 10.61206, "Mahdia Governorate"),            # G
 "kerkennah": ("region", "TN", 34.70, 11.18, "Kerkennah Islands"),                      # K
 "gabes_gulf": ("region", "TN", 34.1, 10.5, "Gulf of Gabes"),                           # K
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "zarzis_port": ("crossing", "TN", 33.490, 11.120, "Port of Zarzis"),                   # K
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                      # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),        # G
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                              # G
 "border_tn_ly_sea": ("region", "TN", 33.18, 11.48, "Tunisia-Libya sea border (Tunisian side)"),  # K
 # Italy, Malta, Greece
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                          # G (row لامبيدوسا; grep -F لامبيدوزا finds it)
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                              # G
 "augusta": ("town", "IT", 37.24065, 15.22121, "Augusta"),                              # G
 "augusta_base": ("base", "IT", 37.24065, 15.22121, "Augusta naval base"),              # G* (town row, kind base)
 "pozzallo": ("town", "IT", 36.73028, 14.84672, "Pozzallo"),                            # G
 "catania": ("city", "IT", 37.49223, 15.07041, "Catania"),                              # G
 "valletta": ("city", "MT", 35.89968, 14.51480, "Valletta"),                            # G
 "floriana": ("town", "MT", 35.8958, 14.5064, "Floriana"),                              # K
 "haywharf": ("base", "MT", 35.8960, 14.5030, "Haywharf naval base (AFM Maritime Squadron)"),  # K
 "marsaxlokk": ("town", "MT", 35.8417, 14.5447, "Marsaxlokk"),                          # K
 "gozo": ("region", "MT", 36.0443, 14.2400, "Gozo"),                                    # K
 "athens": ("city", "GR", 37.98376, 23.72784, "Athens"),                                # G (row آتن; grep -F أثينا finds it)
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                # G
 # Libya, west
 "west_ly": ("region", "LY", 31.8, 13.0, "Western Libya"),                              # K
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),              # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "zuwara_port": ("crossing", "LY", 32.92200, 12.12000, "Port of Zuwara"),               # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G (written صبراته)
 "abu_kammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                      # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir"),                      # G (row منفذ رأس جدير, written without the head)
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 # Libya, east
 "east_ly": ("region", "LY", 32.3, 21.5, "Eastern Libya"),                              # K
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "susa": ("town", "LY", 32.89702, 21.96583, "Susa (Apollonia)"),                        # G (row أبولونيا; its other names include سوسة)
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "derna_port": ("crossing", "LY", 32.77000, 22.64800, "Port of Derna"),                 # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_base": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "bomba_gulf": ("region", "LY", 32.40000, 23.10000, "Gulf of Bomba"),                   # G
 "amsaad_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "border_ly_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libyan side)"),   # G* (row الحدود الليبية المصرية)
}

TRAPS = {
 "qnr1": ["راديو 6 تونس", "المنتدى التونسي للحقوق الاقتصادية والاجتماعية", "البحر الآمن", "الهلال الأحمر التونسي",
          "الجزيرة", "الإيطالية", "الإيطالي", "الليبية", "الليبي", "ليبية", "المالطية"],
 "qnr2": ["زينيت", "تايمز أوف مالطا", "فرسان مالطا", "سي ووتش", "خدمة اليسوعيين للاجئين", "توماسي دي لامبيدوزا",
          "الجزيرة", "زوارق", "الليبية", "الليبي", "المالطية", "الألمانية"],
 "qnr3": ["بر الأمان", "جيش البحر", "الجرجيسي", "الاتحاد المحلي للفلاحة والصيد البحري", "زوارق", "الليبي",
          "التونسية"],
 "qnr4": ["الإذاعة الوطنية", "النادي الرياضي الصفاقسي", "جيش البحر", "زوارق", "الليبية", "الليبي", "ليبية", "التونسية",
          "تونسية"],
 "qnr5": ["وكالة فيدس", "كاريتاس ليبيا", "الهلال الأحمر الليبي", "زوارق", "الشرقية", "اليوناني"],
}

PHEN = {
 "qnr1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qnr2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qnr3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
          "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "qnr4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "town_vs_district",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qnr5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qnr1": [
  mv("deploy", "reported", None, ["قاعدة أوغستا البحرية"], ["لامبيدوزا"]),
  mv("withdraw", "conditional", None, ["لامبيدوزا"], ["أوغستا"]),
  mv("deploy", "planned", None, [], ["زوارة", "صبراته"]),
  mv("redeploy", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("advance", "denied", None, [], ["زوارة"]),
 ],
 "qnr2": [
  mv("redeploy", "reported", None, ["قاعدة هاي وارف"], ["مرسى شلوق"]),
  mv("deploy", "planned", "GNA forces", ["ميناء الخمس"], ["فاليتا"]),
  mv("deploy", "conditional", None, [], ["مصراتة", "الخمس"]),
  mv("advance", "denied", None, [], ["لامبيدوزا"]),
 ],
 "qnr3": [
  mv("advance", "denied", "GNA forces", ["ميناء زوارة"], ["بن قردان"]),
  mv("reinforce", "reported", "Tunisian army", ["صفاقس"], ["ميناء جرجيس"]),
  mv("deploy", "planned", "Tunisian army", ["ميناء جرجيس"], ["بن قردان"]),
  mv("withdraw", "conditional", "Tunisian army", [], ["صفاقس"]),
 ],
 "qnr4": [
  mv("deploy", "planned", "Tunisian army", ["قاعدة صفاقس البحرية"], ["ميناء الخمس"]),
  mv("reinforce", "conditional", "Tunisian army", [], ["قرقنة"]),
  mv("advance", "denied", "Tunisian army", [], ["الخمس"]),
  mv("reinforce", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء الخمس"]),
  mv("shipment", "reported", None, [], ["ميناء طرابلس"]),
 ],
 "qnr5": [
  mv("reinforce", "reported", "Libyan National Army", ["ميناء بنغازي"], ["قاعدة طبرق البحرية"], ["سوسة"]),
  mv("deploy", "planned", "Libyan National Army", ["قاعدة طبرق البحرية"], ["ميناء الحريقة", "خليج البمبة"]),
  mv("withdraw", "denied", "Libyan National Army", ["درنة"], ["بنغازي"]),
  mv("naval_landing", "reported", "Libyan National Army", ["بنغازي"], ["ميناء درنة"]),
  mv("deploy", "conditional", None, [], ["كريت"]),
 ],
}

NOTES = {
 "qnr1": "Tunis community radio (Radio 6 Tunis) on families of a missing boat from Mahdia and arrivals in Lampedusa: "
         "the Italian patrol ship Sirio Augusta naval base→south of Lampedusa (reported), its conditional return "
         "Lampedusa→Augusta («لن تغادر ... إلا إذا»), two Italian coast-guard boats planned off Zuwara and Sabratha "
         "(written صبراته) for joint patrols, Libyan coast-guard boats Abu Sitta naval base→Zuwara port (reported) and "
         "the navy's denial that Sirio entered Libyan waters off Zuwara; the migrants' boats (Mahdia→Lampedusa, "
         "Zuwara/Sabratha/Sfax→the island), the civilian ferries to Pozzallo and Catania, Rome as ministry seat, "
         "«بين صقلية وليبيا» and the Mahdia governorate sit-in are not movements; «راديو 6 تونس» holds تونس, «الجزيرة» "
         "is the island (common word).",
 "qnr2": "Rome Catholic agency (Zenit Arabic) from Valletta: AFM patrol boats Haywharf base (Floriana)→Marsaxlokk "
         "(reported redeploy), two Libyan coast-guard boats planned Khoms port→Valletta for an exercise, Malta's "
         "conditional dispatch off Misrata or Khoms (only if the Rome rescue centre asks) and the denied escort of a "
         "Khoms migrants' boat up to Lampedusa by patrol boat P62 (advance; the boat stayed off Gozo); the migrants' "
         "boat Khoms→Lampedusa, Rome in the condition, the Knights of Malta and Times of Malta (hold مالطا) and "
         "Tomasi di Lampedusa (holds لامبيدوزا) are not movements or places.",
 "qnr3": "Tunisian citizen-media outlet (Barr al Aman) from Zarzis on fishermen: Libyan coast-guard boats Zuwara port→"
         "waters off Ben Gardane (chase denied by the Zuwara coast-guard sector, who say the boats were caught north "
         "of Abu Kammash), three Tunisian navy boats Sfax→Zarzis port (reported reinforce), two of them planned off "
         "Ben Gardane and the boats' conditional return to Sfax («لن تعود ... ما لم»); fishermen's boats, migrants' "
         "boats from Djerba and Zarzis, the Ras Ajdir line, Medenine governorate and the sea border with Libya are "
         "not movement places; الجرجيسي (a person) holds جرجيس, تونس العاصمة is Tunis.",
 "qnr4": "Tunisian national radio from Sfax on a Sfax trawler held at Khoms port: a Tunisian navy boat planned Sfax "
         "naval base→Khoms port to bring it back, a conditional navy reinforcement off Kerkennah, Tunis's denial that "
         "a navy boat escorted trawlers into the waters off Khoms, and Libyan coast-guard boats Abu Sitta naval base→"
         "Khoms port (reported reinforce) and four patrol boats Italy handed over, delivered to Tripoli port in March (shipment, actor null); the trawler's voyage, the patrol range between Khoms and Misrata, Tripoli "
         "as authorities' and consul's seat, the Gulf of Gabes and the Mahdia boats held in Misrata are not movement "
         "places; النادي الرياضي الصفاقسي holds صفاقس.",
 "qnr5": "Catholic missionary agency (Fides Arabic) from Benghazi on migrants waiting in Tobruk: LNA naval boats "
         "Benghazi port→Tobruk naval base via Susa (reported reinforce), a unit of them planned off the Marsa "
         "al-Hariga oil port and in the Gulf of Bomba, the LNA's denied pull-out Derna→Benghazi and Greece's "
         "conditional dispatch of two ships south of Crete (actor null); migrants' origins (Egypt, Sudan, Bangladesh "
         "written بنغلاديش), the Amsaad crossing, boats Tobruk→Crete, Athens as speaker's seat and the Egyptian "
         "border are not movement places; كاريتاس ليبيا holds ليبيا.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qnr1", "qnr2", "qnr3", "qnr4", "qnr5")
