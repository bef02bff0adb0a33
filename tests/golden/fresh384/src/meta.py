# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                  # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                       # G
 # capitals and other cities
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "tripoli_port": ("crossing", "LY", 32.905, 13.190, "Port of Tripoli"),                 # K
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                 # G
 # Algeria: Illizi / In Amenas / Debdeb
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                  # G
 "debdeb_mun": ("district", "DZ", 29.96750, 9.42389, "Debdeb municipality"),            # G* (town row)
 "debdeb_crossing": ("crossing", "DZ", 29.96750, 9.42389, "Debdeb border crossing"),    # G* (town row)
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                             # G
 "inamenas_apt": ("airport", "DZ", 28.05150, 9.64291, "In Amenas Airport"),              # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),     # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                # G
 "hassi": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                           # G
 "bod": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),                           # G
 "boufarik_base": ("base", "DZ", 36.5458, 2.8761, "Boufarik Air Base"),                  # K
 "merselkebir": ("base", "DZ", 35.7306, -0.7075, "Mers El Kebir Naval Base"),            # K
 "skikda_port": ("crossing", "DZ", 36.87617, 6.90921, "Port of Skikda"),                 # G* (city row)
 "border_dz_ly": ("region", "DZ", 29.0, 9.55, "Algeria-Libya border (Algerian side)"),  # K
 # Algeria: Djanet / Tin Alkoum
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                  # G* (gazetteer kind village)
 "djanet_apt": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),        # G
 "djanet_wil": ("district", "DZ", 24.55528, 9.48500, "Djanet province"),                 # K (town point)
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),      # G* (row منفذ إيسين)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                  # G
 "border_dz_ne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border"),            # G* (row الحدود الجزائرية النيجرية)
 "triangle": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G
 "north_mali": ("region", "ML", 20.45092, -2.20255, "Northern Mali"),                    # G
 # Libya: Ghadames and the north-west
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                              # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),        # G* (town row)
 "ghadames_apt": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),          # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                   # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawin"),                               # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                    # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                    # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                      # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),               # G
 "triangle_tn": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G
 "ly_dz_border": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),            # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 # Libya: Ghat and the Fezzan
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),                # G* (town row)
 "ghat_apt": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                      # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),             # G
 "barkat": ("town", "LY", 24.89400, 10.18336, "Al Barakat"),                             # G (gazetteer spelling البركات)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                      # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
}

ALG, LNA, GNA = "Algerian army", "Libyan National Army", "GNA forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "nv1": ["النهار", "النهار أونلاين", "الجيش الوطني الشعبي", "الناحية العسكرية الرابعة", "قلعة بني عباس", "الليبي",
         "ليبية", "جزائرية"],
 "nv2": ["الشعب", "الليبي", "الليبية", "خليفة حفتر", "الناحية العسكرية الرابعة", "طاسيلي للطيران", "محمد الغاتي"],
 "nv3": ["قناة التناصح", "التناصح", "شارع طرابلس", "عبد الرحمن الغدامسي", "اللواء طارق بن زياد", "مدرج", "الجزائري"],
 "nv4": ["يورونيوز", "الجيش الوطني الليبي", "خليفة حفتر", "اللواء طارق بن زياد", "مبالغات", "الجيش الجزائري",
         "إدريس أغ محمد"],
 "nv5": ["بي بي سي نيوز عربي", "بي بي سي", "الليبي", "جلال الطرابلسي", "المالي"],
}

PHEN = {
 "nv1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
 "nv2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "nv3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "border_phrase", "town_vs_district", "coverage_oil", "coverage_neighbours",
         "countries"],
 "nv4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "nv5": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_neighbours", "countries"],
}

MOVES = {
 "nv1": [
  mv("reinforce", "reported", ALG, ["عين أميناس"], ["الدبداب"]),
  mv("airlift", "reported", ALG, ["قاعدة بوفاريك الجوية"], ["مطار عين أميناس"]),
  mv("naval_landing", "planned", ALG, ["قاعدة المرسى الكبير البحرية"], ["ميناء سكيكدة"]),
  mv("advance", "denied", ALG, [], ["غدامس"]),
  mv("reinforce", "conditional", ALG, ["ورقلة", "حاسي مسعود"], ["الحدود مع ليبيا"]),
 ],
 "nv2": [
  mv("deploy", "reported", ALG, ["جانت"], ["معبر تين الكوم"]),
  mv("mobilise", "reported", ALG, [], ["إليزي"]),
  mv("airlift", "planned", ALG, ["إليزي"], ["مطار جانت"]),
  mv("redeploy", "denied", ALG, ["جانت"], ["الحدود مع النيجر"]),
  mv("deploy", "conditional", ALG, [], ["المثلث الحدودي"]),
 ],
 "nv3": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["غدامس"], ["نالوت", "سيناون"]),
  mv("naval_landing", "reported", GNA, ["مصراتة"], ["ميناء طرابلس"]),
  mv("redeploy", "planned", GNA, ["غدامس"], ["حقل الوفاء"]),
  mv("mobilise", "denied", LNA, [], ["الحمادة الحمراء"]),
  mv("withdraw", "conditional", GNA, ["غدامس"], ["طرابلس"]),
 ],
 "nv4": [
  mv("reinforce", "reported", LNA, ["إدري"], ["غات", "منفذ إيسين", "البركت"], ["أوباري", "العوينات"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار غات"]),
  mv("withdraw", "denied", LNA, ["منفذ إيسين"], []),
  mv("advance", "conditional", LNA, [], ["الحدود مع الجزائر"]),
 ],
 "nv5": [
  mv("shipment", "reported", None, ["العوينات"], ["النيجر"], ["المثلث الحدودي"]),
  mv("shipment", "denied", LNA, ["قاعدة براك الجوية"], ["غات"]),
  mv("deploy", "planned", ALG, [], ["الدبداب", "جانت"]),
  mv("deploy", "conditional", GNA, ["غدامس"], ["درج", "الحمادة الحمراء"]),
 ],
}

NOTES = {
 "nv1": "Ennahar-style Algerian report from In Amenas: a reported reinforcement In Amenas→Debdeb (told again as «بلغ "
        "البلدة»), a reported Il-76 airlift Boufarik air base→In Amenas airport, a planned sea lift Mers El Kebir naval "
        "base→Skikda port, a denied incursion towards Ghadames and a conditional reinforcement Ouargla/Hassi Messaoud→the "
        "border with Libya; Ouargla (HQ), Tiguentourine, Bordj Omar Driss and Algiers are not movement places.",
 "nv2": "Echaab-style report from Djanet: border guards Djanet→Tin Alkoum crossing (reported), armour massed in Illizi "
        "(reported mobilise) and part of it to go by helicopter to Djanet airport (planned airlift, «منها» = Illizi), a "
        "denied Djanet→Niger-border redeploy and a conditional deployment in the border triangle; Isayen, Ghat, "
        "Tinalkoum, Algiers and northern Mali (the condition's armed groups) are not movement places.",
 "nv3": "Al-Tanasuh-style report from Ghadames: a GNA column Tripoli→Ghadames via Nalut and Sinawen, a flashback naval "
        "landing Misrata→Tripoli port, a planned company Ghadames→Al Wafa field, the LNA's denied massing in the Hamada "
        "al-Hamra and a conditional return to Tripoli («ستغادر المدينة» = Ghadames); a civil flight from Misrata, "
        "Ghadames airport (purpose) and Debdeb are not movement places.",
 "nv4": "Euronews-style report from Ghat: an LNA reinforcement Idri→Ghat, Isayen crossing and Al Barakat via Ubari and "
        "Al Awaynat, a planned cargo flight Benina air base→Ghat airport, a denied pull-out from Isayen and a "
        "conditional advance to the border with Algeria; Djanet (trade), Tripoli (government) and Tin Alkoum (locator) "
        "are not movement places.",
 "nv5": "BBC Arabic-style explainer on smuggling: a smugglers' arms convoy Al Awaynat→Niger via the border triangle "
        "(reported, no owner), a UN-reported LNA arms run Brak air base→Ghat denied by the LNA, a planned Algerian "
        "deployment between Debdeb and Djanet and a conditional GNA border-guard move Ghadames→Derj/Hamada al-Hamra; "
        "London, Algiers, Tripoli, Tunis, Mali and Burkina Faso are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("nv1", "nv2", "nv3", "nv4", "nv5")
