# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # capitals
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 # Algeria: Illizi and Djanet wilayas and the 4th military region
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                           # G
 "in_amenas_airport": ("airport", "DZ", 28.05150, 9.64291, "In Amenas Airport"),        # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),     # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_wilaya": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),             # G (district row)
 "illizi_airport": ("airport", "DZ", 26.7235, 8.6228, "Illizi Takhamalt Airport"),      # K
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 "djanet_wilaya": ("district", "DZ", 24.55528, 9.48500, "Djanet Province"),             # G* (town row)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "tin_alkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border post"),        # G* (row منفذ إيسين)
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "debdeb_mun": ("district", "DZ", 29.96750, 9.42389, "Debdeb commune"),                 # G* (town row)
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),             # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "touggourt": ("city", "DZ", 33.11083, 6.07000, "Touggourt"),                           # G
 "hassi_messaoud": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                 # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "boufarik_base": ("base", "DZ", 36.54580, 2.87611, "Boufarik Air Base"),               # G* (row kind airport)
 # Algerian regions and border phrases (Algerian side)
 "southeast_dz": ("region", "DZ", 24.38530, 5.41784, "South-eastern Algeria"),          # G* (row جنوب شرق الجزائر)
 "south_dz": ("region", "DZ", 24.38530, 3.68071, "Southern Algeria"),                   # G* (row جنوب الجزائر)
 "border_dz_amenas": ("region", "DZ", 28.10, 9.75, "Algeria-Libya border (Algerian side, In Amenas)"),   # K
 "border_dz_djanet": ("region", "DZ", 24.85, 9.95, "Algeria-Libya border (Algerian side, Djanet)"),      # K
 "border_dz_ne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border"),           # G* (row الحدود الجزائرية النيجرية)
 "border_dz_ly": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),           # G* (row الحدود الليبية الجزائرية)
 # Libya: Ghat and the south-west
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "barkat": ("town", "LY", 24.89400, 10.18336, "Al Barkat"),                             # G* (row البركات)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),            # G (row قاعدة تمنهنت)
 "border_ly_ghat": ("region", "LY", 25.10, 10.35, "Libya-Algeria border (Libyan side, Ghat)"),           # K
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # Libya: Ghadames and the west
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),        # G* (town row)
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),     # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                   # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                     # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G* (row قاعدة الوطية)
}

TRAPS = {
 "ri1": ["النهار أونلاين", "«النهار»", "الأراضي الليبية", "الإجراءات الجزائرية", "الجانب الليبي", "سوناطراك",
         "الناحية العسكرية الرابعة", "الشريط الحدودي"],
 "ri2": ["وأج", "الجيش الوطني الشعبي", "القطاع العملياتي جانت", "الحدود الشرقية", "الأراضي الليبية",
         "الحدود الوطنية", "كلاشنيكوف"],
 "ri3": ["ليبيا الحدث", "السلطات الجزائرية", "اللواء طارق بن زياد", "غرفة عمليات المنطقة الجنوبية", "بلاغات",
         "عبد الله الغاتي", "وزارة الدفاع الجزائرية"],
 "ri4": ["إرم نيوز", "الجيش الجزائري", "الجانب الجزائري", "الليبية", "درجة الاستعداد", "المنطقة الغربية",
         "محمد الغدامسي", "العقيدة الأمنية الجزائرية"],
 "ri5": ["يورونيوز", "المناطق الجزائرية", "وزارة الدفاع الجزائرية", "الناحية العسكرية الرابعة",
         "تقارير إعلامية فرنسية", "اليقظة الجزائرية", "حدودها الليبية", "إليوشين 76", "قوات حفتر"],
}

PHEN = {
 "ri1": ["clitics", "spelling", "multiword", "media_trap", "nisba", "border_phrase", "vague_area", "town_vs_district",
         "coverage_oil", "coverage_neighbours", "countries", "ambiguity_tripoli", "ambiguity_idri"],
 "ri2": ["clitics", "multiword", "operation_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries",
         "ambiguity_idri"],
 "ri3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "ri4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_oil", "coverage_neighbours", "countries",
         "coverage_bases"],
 "ri5": ["clitics", "multiword", "media_trap", "nisba", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_crossings", "coverage_oil", "coverage_neighbours", "countries",
         "ambiguity_country_capital"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


ALG, LNA, GNA = "Algerian army", "Libyan National Army", "GNA forces"

MOVES = {
 "ri1": [
  mv("airlift", "reported", ALG, ["ورقلة"], ["مطار عين أمناس", "مجمع تيقنتورين"]),
  mv("deploy", "reported", ALG, ["عين أمناس"], ["الدبداب"]),
  mv("reinforce", "planned", ALG, ["إليزي"], ["عين أمناس"]),
  mv("deploy", "conditional", ALG, [], ["برج عمر إدريس"]),
  mv("redeploy", "denied", ALG, ["جانت"], ["عين أمناس"]),
 ],
 "ri2": [
  mv("airlift", "reported", ALG, ["تمنراست"], ["مطار جانت"]),
  mv("deploy", "reported", ALG, ["جانت"], ["تين الكوم"]),
  mv("shipment", "planned", ALG, ["ورقلة"], ["إليزي"]),
  mv("reinforce", "conditional", ALG, [], ["تين الكوم"]),
  mv("advance", "denied", ALG, [], ["غات"]),
 ],
 "ri3": [
  mv("reinforce", "reported", LNA, ["أوباري"], ["غات", "مطار غات"], ["العوينات"]),
  mv("deploy", "reported", LNA, ["غات"], ["منفذ إيسين"]),
  mv("deploy", "planned", LNA, [], ["البركت"]),
  mv("reinforce", "conditional", LNA, ["سبها"], ["غات"]),
  mv("withdraw", "denied", LNA, ["العوينات"], ["سبها"]),
  mv("reinforce", "reported", ALG, [], ["جانت"]),
 ],
 "ri4": [
  mv("reinforce", "reported", ALG, ["إن أميناس"], ["الدبداب"]),
  mv("deploy", "reported", GNA, ["نالوت"], ["غدامس"], ["درج"]),
  mv("airlift", "planned", GNA, ["طرابلس"], ["مطار غدامس"]),
  mv("advance", "conditional", GNA, ["غدامس"], ["الحمادة الحمراء"]),
  mv("shipment", "reported", GNA, ["قاعدة الوطية الجوية"], ["غدامس"]),
  mv("mobilise", "denied", LNA, [], ["الشويرف"]),
  mv("advance", "denied", LNA, ["الشويرف"], ["غدامس"]),
 ],
 "ri5": [
  mv("mobilise", "reported", ALG, [], ["إليزي", "جانت"]),
  mv("airlift", "reported", ALG, ["قاعدة بوفاريك الجوية"], ["مطار إليزي"]),
  mv("withdraw", "reported", ALG, ["الدبداب"], ["عين أمناس"]),
  mv("deploy", "planned", ALG, [], ["الدبداب", "تين الكوم"]),
  mv("redeploy", "denied", ALG, ["جانت"], ["الحدود مع النيجر"]),
  mv("airlift", "conditional", LNA, ["قاعدة تمنهنت الجوية"], ["مطار غات"]),
 ],
}

NOTES = {
 "ri1": "Ennahar Online (Algiers), In Amenas terror alert: special forces flown Ouargla→In Amenas airport and on to the "
        "Tiguentourine plant, border-guard patrols In Amenas→Debdeb, a planned battalion Illizi→In Amenas, a conditional "
        "sweep towards Bordj Omar Driss and a denied Djanet→In Amenas pull of units; Ouargla as HQ, the Ghadames council "
        "member, Tripoli's government and civilian workers from Touggourt/Hassi Messaoud are not movement places.",
 "ri2": "APS-style MoD weekly results: an airlift Tamanrasset→Djanet airport, patrols Djanet→Tin Alkoum, a planned supply "
        "convoy Ouargla→Illizi, a conditional reinforcement of Tin Alkoum and a denied Algerian entry near Ghat; arrests "
        "in Illizi/Djanet/In Amenas/Tamanrasset and smuggling networks from Niger and Libya are not movements; "
        "'القطاع العملياتي جانت' is a unit name (trap).",
 "ri3": "Libya Al-Hadath (Ghat): Ghat municipality's reaction; an LNA company Ubari→Ghat/Ghat airport via Al-Awaynat, "
        "patrols Ghat→Isayen crossing, a planned company for Al-Barkat, a conditional battalion Sabha→Ghat, a denied "
        "pull-out Al-Awaynat→Sabha, and the Algerian special forces sent to Djanet (announced last week, reported); "
        "«إلى المدينة» resolved to Ghat.",
 "ri4": "Erem News (Ghadames): Algerian reinforcement In Amenas→Debdeb (the witnesses' column is the same move), a GNA "
        "border-guard company Nalut→Ghadames via Derj, a planned airlift «من العاصمة» (= Tripoli)→Ghadames airport, a "
        "conditional advance Ghadames→Hamada al-Hamra and the LNA's denied column Ash Shwayrif→Ghadames; درج vs درجة trap.",
 "ri5": "Euronews Arabic overview: Il-76s Boufarik air base→Illizi airport, an armoured company redeployed Debdeb→In "
        "Amenas, planned patrols Debdeb to Tin Alkoum, a denied brigade move Djanet→the Niger border and a conditional LNA "
        "airlift Tamanhint air base→Ghat airport; the 2013 Tiguentourine attack is background without a movement.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ri1", "ri2", "ri3", "ri4", "ri5")
