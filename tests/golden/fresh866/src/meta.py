# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # capitals and the two Tripolis
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 # Algerian side: Illizi, In Amenas, Debdeb, Djanet
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                  # G
 "illizi_airport": ("airport", "DZ", 26.7235, 8.6228, "Illizi Takhamalt Airport"),      # K
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "hassimessaoud": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                  # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G (row عين أميناس)
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),     # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "debdeb_crossing": ("crossing", "DZ", 29.99, 9.44, "Debdeb border crossing"),          # K
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),             # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "djanet_w": ("district", "DZ", 24.55528, 9.48500, "Djanet Province"),                  # G* (town row)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G* (town row تمنراست; written تامنغست)
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border post"),         # G* (row منفذ إيسين, country DZ)
 "border_dz_ly": ("region", "DZ", 26.9, 9.85, "Algeria-Libya border (Algerian side)"),  # K
 "border_dz_ne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border (Algerian side)"),  # G* (row الحدود الجزائرية النيجرية)
 # Libyan side: Ghadames, Derj, the Hamada; Ghat, Awaynat, Ubari
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),        # G* (town row)
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),     # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                     # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                   # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                    # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "mizdah": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "southwest_ly": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),           # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 # the Russian corridor: Tobruk, Jufra, Brak
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
}

TRAPS = {
 "qgj1": ["الشعب", "الناحية العسكرية الرابعة", "الجيش الوطني الشعبي", "قاعدة الحياة", "إدريس بن عمارة", "فزان الآن",
          "الليبية", "الجزائري", "مالي"],
 "qgj2": ["النصر", "طارق بن زياد", "الجيش الوطني الليبي", "اللواء 444 قتال", "درج أهالي", "عمر الغدامسي", "الليبي",
          "الجزائري"],
 "qgj3": ["صوت الأحرار", "الناحية العسكرية السادسة", "بوابة الوسط", "علي الغاتي", "الجيش الوطني الشعبي", "الليبي"],
 "qgj4": ["الإذاعة الجزائرية", "إذاعة إليزي الجهوية", "شركة مليتة للنفط والغاز", "ليبيا روحها الوطن", "طارق بن زياد",
          "الناحية العسكرية الرابعة", "فاغنر", "الجيش الوطني الشعبي", "الليبي"],
 "qgj5": ["الحوار", "الممر الروسي", "الفيلق الإفريقي", "فاغنر", "الناحية العسكرية الرابعة", "الجيش الوطني الشعبي",
          "اللبنانية", "عبد الحكيم التلمساني", "درجة التأهب"],
}

PHEN = {
 "qgj1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_oil", "coverage_neighbours",
          "countries"],
 "qgj2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "town_vs_district", "coverage_crossings"],
 "qgj3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qgj4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "border_phrase",
          "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qgj5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qgj1": [
  mv("airlift", "reported", "Algerian army", ["ورقلة"], ["مطار إليزي"]),
  mv("deploy", "reported", "Algerian army", ["إليزي"], ["تيقنتورين"]),
  mv("redeploy", "planned", "Algerian army", ["عين أمناس"], ["الدبداب"]),
  mv("reinforce", "conditional", "GNA forces", ["نالوت"], ["غدامس"]),
  mv("deploy", "denied", "Algerian army", [], ["حقل الوفاء"]),
 ],
 "qgj2": [
  mv("advance", "reported", "Libyan National Army", ["الشويرف"], ["درج"]),
  mv("airlift", "reported", "GNA forces", ["مطار معيتيقة"], ["مطار غدامس"]),
  mv("withdraw", "conditional", "Libyan National Army", ["درج"], ["الشويرف"]),
  mv("mobilise", "denied", "Zintan forces", [], ["مزدة"]),
  mv("redeploy", "planned", "Algerian army", ["برج عمر إدريس"], ["معبر الدبداب"]),
 ],
 "qgj3": [
  mv("airlift", "reported", "Algerian army", ["تامنغست"], ["مطار جانت"]),
  mv("reinforce", "reported", "Libyan National Army", ["أوباري"], ["غات"], ["العوينات"]),
  mv("deploy", "planned", "Algerian army", [], ["تين الكوم"]),
  mv("advance", "conditional", "Libyan National Army", ["غات"], ["منفذ إيسين"]),
  mv("withdraw", "denied", "Libyan National Army", ["مطار غات"], ["أوباري"]),
 ],
 "qgj4": [
  mv("reinforce", "reported", "Algerian army", ["حاسي مسعود"], ["عين أمناس"]),
  mv("airlift", "reported", "GNA forces", ["قاعدة الوطية"], ["حقل الوفاء"]),
  mv("advance", "conditional", "Libyan National Army", ["الشويرف"], ["حقل الوفاء"]),
  mv("shipment", "planned", "Algerian army", ["ورقلة"], ["الدبداب"]),
  mv("redeploy", "denied", "Wagner Group", ["قاعدة براك الجوية"], ["الحدود مع الجزائر"]),
 ],
 "qgj5": [
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
  mv("shipment", "reported", "Russian forces", ["ميناء طبرق"], ["قاعدة براك الجوية"], ["قاعدة الجفرة الجوية"]),
  mv("naval_landing", "planned", "Russian forces", [], ["قاعدة طبرق البحرية"]),
  mv("reinforce", "conditional", "Algerian army", ["إليزي"], ["جانت"]),
  mv("mobilise", "denied", "Foreign fighters", [], ["غدامس"]),
 ],
}

NOTES = {
 "qgj1": "Ech-Chaab from Illizi: three transport aircraft Ouargla→Illizi airport, a 40-vehicle convoy Illizi→the "
         "Tiguentourine gas plant ('about 50 km south-west of In Amenas' is a locator), a planned mechanised regiment "
         "In Amenas→Debdeb (Ghadames only 'facing' it), the GNA border guard's conditional reinforcement Nalut→Ghadames "
         "(Hamada al-Hamra only the condition; Tripoli only the seat of the government), and a denied Algerian "
         "deployment around the Wafa field. The wilayas of Illizi and Djanet and the borders with Libya and Niger are "
         "background, not movement places.",
 "qgj2": "An-Nasr from Debdeb: a Tariq bin Ziyad (LNA) column Shwayrif→Derj, a GNA airlift Mitiga airport→Ghadames "
         "airport (Tripoli only locates Mitiga; Ghadames municipality is the source), the brigade's conditional "
         "withdrawal Derj→Shwayrif (Ghadames airport there is only part of the condition, an agreement), Zintan's "
         "denied massing in Mizdah, and a planned Algerian company Bordj Omar Driss→the Debdeb crossing. 'درج أهالي' "
         "is the verb, not Derj; Ghadames–Debdeb '18 km' is a distance reference.",
 "qgj3": "Sawt El Ahrar from Djanet: two transport aircraft Tamanghasset→Djanet airport, an LNA column Ubari→Ghat via "
         "Al-Awaynat, a planned Algerian deployment near Tin Alkoum ('100 km east of Djanet' a distance reference, "
         "Isayen there only the facing post), the column's conditional advance Ghat→Isayen crossing, and a denied LNA "
         "pull-out Ghat airport→Ubari. The land-forces delegation from Algiers is an inspection visit, not a move.",
 "qgj4": "Algerian Radio from In Amenas: reinforcements Hassi Messaoud→In Amenas (their positions around Tiguentourine "
         "add no move), a GNA airlift Al-Watiya base→the Wafa field ('140 km south-east of Debdeb' a distance "
         "reference), Tariq bin Ziyad's conditional advance Shwayrif→Wafa, a planned equipment shipment Ouargla→Debdeb, "
         "and a denied Wagner move from Brak air base towards the border with Algeria. The army chief's visit to "
         "Illizi province is not a movement.",
 "qgj5": "El Hiwar from Algiers: Russian landing ships land troops and armour at Tobruk port, then 30 trucks carry them "
         "Tobruk port→Brak air base via Al-Jufra air base; a third landing ship is planned at Tobruk naval base; the "
         "Algerian army's conditional reinforcement Illizi→Djanet (Ghat airport and the border only the trigger and a "
         "distance reference); the GNA denies foreign fighters massing in Ghadames (Lebanese Tripoli only where they "
         "were recruited, Libyan Tripoli the ministry's seat). Headline 'from Tobruk to Ghat' names the corridor; "
         "Debdeb and In Amenas only raise alert; Tunis is a meeting venue.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qgj1", "qgj2", "qgj3", "qgj4", "qgj5")
