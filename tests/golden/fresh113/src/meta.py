# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point / value from another sample's README (see README "Coordinates not from
# the gazetteer"); G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 # capitals and big cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                      # G (surface العاصمة تونس)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                  # G
 "tripoli_lb_port": ("crossing", "LB", 34.46000, 35.82000, "Port of Tripoli (Lebanon)"),     # K
 # Ghadames and the Libyan side of the triangle
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                                 # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),            # G* (town row)
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),          # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                        # G (row Daraj)
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawen"),                                  # G (surfaces سيناون, سيناوين)
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                       # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                            # G
 "south_west": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                 # G
 "triangle": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),    # G* (row الحدود الليبية الجزائرية)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),   # G* (row الحدود الليبية التونسية)
 # Nafusa mountains and the north-west
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                      # G
 "nalut_mun": ("district", "LY", 31.86848, 10.98120, "Nalut municipality"),                 # G* (town row)
 "kabaw": ("town", "LY", 31.84724, 11.33055, "Kabaw"),                                      # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                    # G
 "jabal_gharbi": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),   # G (region row)
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Wazin (Dehiba-Wazin) crossing"),  # G (row منفذ وازن)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                        # G* (row قاعدة الوطية)
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                         # G* (row مطار معيتيقة; headline معيتيقة)
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                 # G
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port"),                      # K (fresh51's value)
 # Algeria
 "border_dzside": ("region", "DZ", 29.30, 9.45, "Algeria-Libya border (Algerian side)"),    # K
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                   # G
 "hassi_messaoud": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                     # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                               # G (row عين أميناس; surface عين أمناس)
 "in_amenas_airport": ("airport", "DZ", 28.05150, 9.64291, "In Amenas Airport"),            # G (row مطار عين أميناس)
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                     # G (surfaces الدبداب, دبداب)
 "illizi_wil": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                    # G
 "boufarik": ("town", "DZ", 36.57413, 2.91214, "Boufarik"),                                 # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),         # G
 # Tunisia
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                     # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                    # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                    # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba (Dehiba-Wazin) crossing"),  # G* (row منفذ وازن, country TN)
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                              # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),           # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                                # G
 "bizerte": ("city", "TN", 37.27442, 9.87391, "Bizerte"),                                   # G
 "zarzis_port": ("crossing", "TN", 33.51000, 11.11000, "Zarzis port"),                      # K
 "borma": ("oilfield", "TN", 31.68000, 9.23000, "El Borma oil field"),                      # K
 "border_tnside": ("region", "TN", 32.05, 10.55, "Tunisia-Libya border (Tunisian side)"),   # K
}

TRAPS = {
 "dk1": ["إدريس الغدامسي", "الغدامسي", "درع غدامس", "درجة التأهب", "التونسي", "الجزائري"],
 "dk2": ["الجيش الجزائري", "الأراضي الليبية", "الجانب الليبي", "السلطات الليبية"],
 "dk3": ["المنجي المدنيني", "المدنيني", "إذاعة تطاوين", "لا أدري", "الجانب الليبي"],
 "dk4": ["المجلس العسكري الزنتان", "عبد السلام الزنتاني", "كتيبة ثوار طرابلس", "الشرق", "متوازن"],
 "dk5": ["ليبيا الحدث", "الجيش الوطني الليبي", "درجت", "اللبناني"],
}

PHEN = {
 "dk1": ["clitics", "multiword", "operation_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "countries"],
 "dk2": ["clitics", "spelling", "multiword", "nisba", "ambiguity_country_capital", "vague_area", "border_phrase",
         "town_vs_district", "coverage_oil", "coverage_neighbours", "countries"],
 "dk3": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_idri", "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "dk4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_tripoli", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_crossings", "countries"],
 "dk5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "border_phrase", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


GNA, LNA, ZIN, DZA, TNA, TUR = ("GNA forces", "Libyan National Army", "Zintan forces", "Algerian army",
                                "Tunisian army", "Turkish armed forces")

MOVES = {
 "dk1": [
  mv("airlift", "reported", GNA, ["مطار معيتيقة"], ["مطار غدامس"]),
  mv("deploy", "reported", GNA, ["غدامس"], ["المثلث الحدودي مع تونس والجزائر"]),
  mv("shipment", "planned", GNA, ["طرابلس"], ["غدامس", "درج"]),
  mv("withdraw", "denied", GNA, ["درج"], ["نالوت"]),
  mv("naval_landing", "denied", TUR, [], ["ميناء زوارة"]),
  mv("reinforce", "conditional", GNA, ["قاعدة الوطية"], ["سيناون", "درج"]),
 ],
 "dk2": [
  mv("reinforce", "reported", DZA, ["ورقلة"], ["الدبداب"], ["حاسي مسعود", "عين أمناس"]),
  mv("airlift", "reported", DZA, ["بوفاريك"], ["مطار عين أمناس"]),
  mv("deploy", "planned", DZA, [], ["الدبداب", "عين أمناس"]),
  mv("advance", "denied", DZA, [], ["غدامس"]),
  mv("withdraw", "conditional", DZA, ["الدبداب"], []),
 ],
 "dk3": [
  mv("redeploy", "reported", TNA, ["رمادة"], ["برج الخضراء"]),
  mv("naval_landing", "reported", TNA, ["بنزرت"], ["ميناء جرجيس"]),
  mv("withdraw", "denied", TNA, ["الذهيبة"], []),
  mv("deploy", "planned", TNA, ["الذهيبة"], ["برج الخضراء"]),
  mv("reinforce", "conditional", TNA, ["مدنين"], ["رمادة", "الذهيبة"]),
 ],
 "dk4": [
  mv("reinforce", "reported", ZIN, ["الزنتان"], ["سيناوين", "درج"], ["كاباو", "نالوت"]),
  mv("redeploy", "reported", GNA, ["منفذ وازن"], ["سيناوين"]),
  mv("deploy", "planned", GNA, ["طرابلس"], ["سيناوين", "درج"], ["قاعدة الوطية"]),
  mv("withdraw", "conditional", ZIN, ["سيناوين", "درج"], ["الزنتان"]),
  mv("advance", "denied", ZIN, [], ["غدامس"]),
 ],
 "dk5": [
  mv("mobilise", "reported", GNA, [], ["درج"]),
  mv("advance", "planned", GNA, ["درج"], ["حقل الوفاء"]),
  mv("shipment", "reported", GNA, ["طرابلس"], ["غدامس"], ["نالوت"]),
  mv("redeploy", "conditional", GNA, ["درج"], ["غدامس"]),
  mv("mobilise", "denied", LNA, [], ["الشويرف"]),
  mv("advance", "denied", LNA, ["الشويرف"], ["غدامس"]),
 ],
}

NOTES = {
 "dk1": "GNU Interior Ministry press conference (Tripoli): reported airlift Mitiga airport→Ghadames airport (headline "
        "«من معيتيقة إلى غدامس» is the same move) and patrols Ghadames→the Libya–Tunisia–Algeria triangle; planned "
        "shipment of vehicles Tripoli→Ghadames/Derj («ستُرسل»); denied pull-out Derj→Nalut («لا صحة») and a denied "
        "Turkish naval landing at Zuwara port («عارٍ عن الصحة»); conditional reinforcement Al-Watiya→Sinawen/Derj "
        "(«إذا تكررت»). Speaker/venue Tripoli, the meeting venue Ghadames and seized smuggling trucks are not movements; "
        "traps: the official «إدريس الغدامسي» (Idri, Ghadames), operation «درع غدامس», «درجة التأهب» (Derj).",
 "dk2": "Algerian MoD communiqué (El Khabar, Algiers): reported reinforcement Ouargla→Debdeb via Hassi Messaoud and In "
        "Amenas (the headline «يعزز انتشاره على الحدود مع ليبيا» is the same move); reported Il-76 airlift Boufarik→In "
        "Amenas airport; planned deployment along the strip Debdeb–In Amenas («ستنتشر»); denied incursion near Ghadames "
        "(«نفت جملة وتفصيلاً»; قرب = destination); conditional withdrawal from Debdeb («لن تُسحب … إلا»). Dateline الجزائر "
        "is Algiers, the later الجزائر is the country; Tripoli (contacts) and Tiguentourine (purpose) are not movement places.",
 "dk3": "Tunisian MoD spokesman's press conference in Tataouine (Jawhara FM): reported redeployment Remada→Borj El Khadra "
        "(the triangle only locates Borj El Khadra); reported naval landing Bizerte→Zarzis port; denied withdrawal from "
        "Dehiba; planned joint patrols Dehiba→Borj El Khadra («ستنطلق»); conditional reinforcement Medenine→Remada/Dehiba "
        "(«يبقى رهين»). Presence «باقية في مواقعها بمعبر الذهيبة» and the Tunis meeting are not movements; traps: the "
        "spokesman «المدنيني» (Medenine), «إذاعة تطاوين», «لا أدري» (Idri).",
 "dk4": "Nalut report (Asharq News): reported Zintan reinforcement Zintan→Sinawen/Derj via Kabaw and Nalut; reported GNA "
        "border-guard company Wazin crossing→Sinawen (redeploy); planned GNA force Tripoli→Sinawen/Derj via Al-Watiya "
        "(«ستتحرك»); conditional Zintan withdrawal Sinawen/Derj→Zintan («بمجرد أن»); denied Zintan advance on Ghadames. "
        "The border phrase in the denial is a mission area, not a destination; smugglers' routes Derj–Ghadames are not "
        "movements; traps: «المجلس العسكري الزنتان», «كتيبة ثوار طرابلس», «الزنتاني», the outlet «الشرق», «متوازن» (Wazin).",
 "dk5": "Ghadames border-guard press conference (Al Mayadeen Net): reported GNA mobilisation in Derj (headline «يحشد في "
        "درج» is the same move) and a planned advance Derj→Al Wafa field («استعداداً للتقدم»); reported supply convoy "
        "Tripoli→Ghadames via Nalut (shipment); conditional redeployment Derj→Ghadames («في حال»); LNA denial of a build-up "
        "at Ash Shwayrif and of an advance from it («منها») on Ghadames. Contraband cigarettes (Port of Tripoli, Lebanon→"
        "Misrata→the Algerian border) and smugglers' columns are not movements; traps: «ليبيا الحدث», «الجيش الوطني "
        "الليبي», «درجت» (Derj), «اللبناني».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("dk1", "dk2", "dk3", "dk4", "dk5")
