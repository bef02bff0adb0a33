# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # capitals and shared
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, country DZ)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "ghat_dist": ("district", "LY", 26.01562, 10.40660, "Ghat district"),                  # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G (row جنوب ليبيا; G* for الجنوب الليبي)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                  # G
 # ys1 Djanet (Echaab)
 "border_dz": ("region", "DZ", 24.75, 9.95, "Algeria-Libya border (Algerian side, Djanet sector)"),  # K
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "tassili": ("region", "DZ", 25.50000, 9.00000, "Tassili n'Ajjer"),                     # G
 "barkat": ("town", "LY", 24.89400, 10.18336, "Al Barkat"),                             # G* (row البركات, spelled البركت)
 # ys2 Illizi, In Amenas and Debdeb (El Hiwar)
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas field"),     # G* (row تيقنتورين)
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),             # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G (gazetteer spelling عين أميناس)
 "hassimessaoud": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                  # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 # ys3 Ghat and the Isayen crossing (Afrigate)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 # ys4 Tamanrasset (Annasr)
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "tam_w": ("district", "DZ", 24.08657, 4.95931, "Tamanrasset Province"),                # G* (row تامنغست)
 "hoggar": ("region", "DZ", 23.28889, 5.50000, "Hoggar Mountains"),                     # G
 "inguezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                          # G* (row إن قزام)
 "border_ne": ("region", "DZ", 19.55, 5.85, "Algeria-Niger border (Algerian side, In Guezzam sector)"),  # K
 "tam_airport": ("airport", "DZ", 22.8115, 5.4508, "Tamanrasset Aguenar Airport"),      # K
 "boufarik": ("base", "DZ", 36.54580, 2.87611, "Boufarik Air Base"),                    # G* (row kind airport)
 "tinzaouatine": ("town", "DZ", 19.95333, 2.96667, "Tin Zaouatine"),                    # G* (row تين زواتين)
 "border_ml": ("region", "DZ", 20.05, 3.10, "Algeria-Mali border (Algerian side, Tin Zaouatine sector)"),  # K
 "tripoint": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G
 # ys5 Algiers analysis (Al-Quds Al-Arabi)
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Port of Tobruk"),                   # K
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
}

TRAPS = {
 "ys1": ["الجيش الوطني الشعبي", "الشعب", "مراد طرابلسي", "الجانب الليبي", "جزائري"],
 "ys2": ["الحوار", "الجيش الوطني الشعبي", "التراب الليبي", "الليبية", "إدريس بن عيسى", "الخمس"],
 "ys3": ["بوابة إفريقيا الإخبارية", "طارق بن زياد", "الغاتي", "إدريس الطاهر", "الجانب الجزائري", "التشادية"],
 "ys4": ["النصر", "الجيش الوطني الشعبي", "الليبية", "الجيش المالي", "غلافاً مالياً"],
 "ys5": ["القدس العربي", "الجيش الجزائري", "الجيش الوطني الليبي", "البحرية الجزائرية", "قلعة بني عباس",
         "الفيلق الإفريقي", "الليبية"],
}

PHEN = {
 "ys1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "ys2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "town_vs_district", "coverage_oil", "coverage_crossings"],
 "ys3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "ys4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_neighbours", "countries"],
 "ys5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "ys1": [
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["جانت"], ["إليزي"]),
  mv("deploy", "planned", "Algerian army", ["جانت"], ["معبر تين الكوم"]),
  mv("deploy", "conditional", "Algerian army", [], ["الحدود مع ليبيا"]),
  mv("advance", "denied", "Algerian army", [], ["البركت"]),
  mv("deploy", "reported", "Libyan National Army", ["أوباري"], ["غات"], ["العوينات"]),
 ],
 "ys2": [
  mv("redeploy", "reported", "Algerian army", ["برج عمر إدريس"], ["حقل تيقنتورين"]),
  mv("shipment", "reported", "Algerian army", ["حاسي مسعود"], ["الدبداب"]),
  mv("airlift", "planned", "Algerian army", ["إليزي"], ["مطار جانت"]),
  mv("withdraw", "conditional", "Algerian army", ["الدبداب"]),
  mv("withdraw", "denied", "GNA forces", ["غدامس"]),
 ],
 "ys3": [
  mv("deploy", "reported", "Libyan National Army", ["غات"], ["منفذ إيسين"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["غات"], ["أوباري", "العوينات"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["مطار غات"]),
  mv("withdraw", "conditional", "Libyan National Army", ["منفذ إيسين"]),
  mv("advance", "denied", "Chadian armed groups", [], ["البركت"]),
 ],
 "ys4": [
  mv("deploy", "reported", "Algerian army", ["تمنراست"], ["عين قزام"]),
  mv("airlift", "reported", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار تمنراست"]),
  mv("redeploy", "planned", "Algerian army", ["تمنراست"], ["جانت"]),
  mv("withdraw", "conditional", "Algerian army", ["تين زاواتين"], ["تمنراست"]),
  mv("mobilise", "denied", "Algerian army", [], ["المثلث الحدودي"]),
 ],
 "ys5": [
  mv("mobilise", "reported", "Algerian army", [], ["ولاية إليزي"]),
  mv("airlift", "planned", "GNA forces", ["مطار معيتيقة"], ["مطار غات"]),
  mv("reinforce", "conditional", "Libyan National Army", ["سبها"], ["غات"]),
  mv("naval_landing", "denied", "Algerian army", [], ["ميناء طرابلس"]),
  mv("naval_landing", "reported", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
 ],
}

NOTES = {
 "ys1": "Echaab from Djanet: ANP reinforcements Ouargla→Djanet via Illizi (4th military region), a planned move of two "
        "detachments Djanet→the Tin Alkoum crossing (Isayen and Ghat only locate the crossing's Libyan counterpart and "
        "its distance), a conditional deployment along the border with Libya if infiltration from southern Libya is "
        "confirmed (southern Libya only the condition), a denied Algerian column into Al-Barkat ('beside Ghat' is a "
        "locator), and an LNA border-guard battalion Ubari→Ghat via Al-Awaynat; Tripoli only the silent authorities, "
        "the byline Murad Trabelsi a trap.",
 "ys2": "El Hiwar from Illizi: a mechanised battalion redeployed Bordj Omar Driss→around the Tiguentourine field ('50 km "
        "west of In Amenas' a distance reference), an 18-truck supply convoy Hassi Messaoud→Debdeb (Ghadames only "
        "'facing'), a planned Mi-171 lift Illizi→Djanet airport (Illizi also the dateline), a conditional withdrawal "
        "from Debdeb ('will not be pulled back until'), and the GNA's denied pull-out from Ghadames; Tin Alkoum only "
        "the end of the smuggling stretch.",
 "ys3": "Afrigate from Ghat: LNA border guards Ghat→the Isayen crossing, a fuel-and-ammunition convoy Sabha→Ghat via "
        "Ubari and Al-Awaynat, a planned Tariq bin Ziyad company lift Tamanhint air base→Ghat airport, a conditional "
        "handover/withdrawal from Isayen ('لن تغادر ... إلا إذا'), and a denied Chadian-opposition advance on Al-Barkat; "
        "Tin Alkoum, Idri, Ubari (second time), Algeria and Niger are only background of fuel smuggling.",
 "ys4": "Annasr from Tamanrasset: a detachment Tamanrasset→In Guezzam (the Niger border only a distance reference), "
        "a C-295 airlift Boufarik air base→Tamanrasset airport (Algiers only locates the base), a planned battalion "
        "Tamanrasset→Djanet (Ghat only the sector it faces), a conditional return Tin Zaouatine→Tamanrasset (the "
        "border with Mali only the condition), and a denied massing in the Libya–Algeria–Niger border triangle.",
 "ys5": "Al-Quds Al-Arabi from Algiers: ANP massing of 3,000 troops in Illizi province, a planned GNA border-guard "
        "lift Mitiga→Ghat airport, an LNA conditional reinforcement Sabha→Ghat ('if any force lands'), a denied "
        "Algerian marine landing at Tripoli port (the aid ship's call is not a force movement), and Russian 'Africa "
        "Corps' equipment landed at Tobruk port from Tartus; Tripoli (Lebanon) port, Fezzan, Mali, Niger and the "
        "Sharara field are only the Captagon/oil background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ys1", "ys2", "ys3", "ys4", "ys5")
