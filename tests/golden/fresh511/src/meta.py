# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                              # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                  # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                   # G
 # capitals and far cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                 # G
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                      # G
 # Ghat, the Acacus and the Libyan south-west
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                      # G
 "ghat_mun": ("district", "LY", 26.01562, 10.40660, "Ghat municipality"),                 # G (district row)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                   # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),              # G
 "barkat": ("town", "LY", 24.89400, 10.18336, "Al Barakat"),                              # G* (row البركات)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                             # G
 "acacus": ("region", "LY", 24.83333, 10.33333, "Akakus Mountains"),                      # G* (row جبل أكاكوس)
 "tanezzouft": ("region", "LY", 25.25, 10.30, "Wadi Tanezzouft"),                         # K
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                    # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                      # G
 "southwest": ("region", "LY", 26.0, 11.5, "South-western Libya"),                        # K
 "triangle": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"), # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),             # G
 "border_lyside": ("region", "LY", 24.80, 10.12, "Libyan side of the border with Algeria near Ghat"),  # K
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),               # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 # bases, airports, ports
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                   # G (row قاعدة تمنهنت)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                         # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                        # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),               # G
 "benghazi_port": ("crossing", "LY", 32.109, 20.048, "Benghazi port"),                    # K
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Tobruk port"),                    # G* (Tobruk city / naval base row)
 # Algerian side
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                   # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                    # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                   # G* (row kind village)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),     # G
 "tinalkoum": ("crossing", "DZ", 24.70, 10.03, "Tin Alkoum border post"),                 # K
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                 # G
 "tassili": ("region", "DZ", 25.50000, 9.00000, "Tassili n'Ajjer"),                       # G
 "border_dzside": ("region", "DZ", 24.35, 10.30, "Algerian side of the border with Libya south of Djanet"),  # K
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, ALG, GNA = "Libyan National Army", "Algerian army", "GNA forces"

TRAPS = {
 "ss1": ["النهار", "طيران الطاسيلي", "الجيش الوطني الشعبي", "الليبية", "الليبي", "جزائرية"],
 "ss2": ["بوابة إفريقيا الإخبارية", "عيسى الغاتي", "كتيبة شهداء غات", "عبد الله الإدريسي",
         "مهرجان غات الدولي للسياحة", "جزائريون", "الأوروبية"],
 "ss3": ["إرم نيوز", "الجيش الوطني الليبي", "أوروبيين", "إيطاليون", "وكالة طرابلس للسفر والسياحة",
         "شركة أكاكوس للعمليات النفطية", "دعم مالي"],
 "ss4": ["ليبيا الحدث", "القوات المسلحة العربية الليبية", "عمر الأوباري", "عملية درع الصحراء", "جزائريين"],
 "ss5": ["الاتحاد", "ليبية وجزائرية", "دوريات ليبية", "الجيش الجزائري", "الجانب الجزائري", "شارع طرابلس", "جزائريون"],
}

PHEN = {
 "ss1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "ss2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "ss3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "coverage_oil", "coverage_neighbours", "countries"],
 "ss4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba",
         "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "ss5": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_crossings",
         "coverage_neighbours"],
}

MOVES = {
 "ss1": [
  mv("reinforce", "reported", ALG, ["إليزي"], ["تين الكوم"], ["جانت"]),
  mv("airlift", "reported", ALG, ["ورقلة"], ["مطار جانت"]),
  mv("deploy", "planned", ALG, [], ["الحدود مع ليبيا"]),
  mv("advance", "denied", ALG, [], ["منفذ إيسين"]),
  mv("withdraw", "conditional", ALG, ["تين الكوم"], ["إليزي"]),
 ],
 "ss2": [
  mv("deploy", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["غات"], ["أوباري", "العوينات"]),
  mv("redeploy", "reported", None, ["غات"], ["منفذ إيسين"]),
  mv("withdraw", "denied", None, ["منفذ إيسين"], []),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار غات"]),
  mv("reinforce", "conditional", LNA, [], ["البركت"]),
 ],
 "ss3": [
  mv("deploy", "reported", LNA, ["غات"], ["الأكاكوس", "وادي تانزوفت"]),
  mv("withdraw", "reported", LNA, ["العوينات"], ["أوباري"]),
  mv("shipment", "reported", LNA, ["سبها"], ["غات"]),
  mv("reinforce", "planned", LNA, ["أوباري"], ["أكاكوس"]),
  mv("withdraw", "conditional", LNA, ["أكاكوس"], ["غات"]),
  mv("advance", "denied", "Foreign fighters", ["مالي"], ["الأكاكوس"], ["النيجر"]),
 ],
 "ss4": [
  mv("mobilise", "reported", LNA, [], ["أوباري"]),
  mv("advance", "reported", LNA, ["غات"], ["البركت"]),
  mv("shipment", "planned", LNA, ["قاعدة الجفرة الجوية"], ["غات"], ["سبها"]),
  mv("naval_landing", "reported", LNA, ["ميناء طبرق"], ["ميناء بنغازي"]),
  mv("withdraw", "denied", LNA, ["منفذ إيسين"], []),
  mv("advance", "conditional", LNA, [], ["المثلث الحدودي"]),
 ],
 "ss5": [
  mv("redeploy", "reported", ALG, ["جانت"], ["معبر تين ألكوم"]),
  mv("airlift", "reported", LNA, ["قاعدة براك الجوية"], ["مطار غات"]),
  mv("naval_landing", "planned", LNA, [], ["ميناء بنغازي"]),
  mv("airlift", "denied", GNA, ["مطار معيتيقة"], ["غات"]),
  mv("deploy", "planned", LNA, [], ["منفذ إيسين"]),
  mv("mobilise", "reported", None, [], ["العوينات"]),
  mv("withdraw", "conditional", None, ["العوينات"], ["غات"]),
 ],
}

NOTES = {
 "ss1": ("Ennahar-style Algerian report from Illizi: an Algerian army reinforcement Illizi→the Tin Alkoum post via Djanet, "
         "an airlift Ouargla→Djanet airport, planned patrols on the border with Libya (Algerian side), a denied advance "
         "to the Isayen crossing and a conditional return Tin Alkoum→Illizi («ستغادر المعبر … متى»). Ghat «المقابل "
         "لمدينة غات» is a locator; civil flights Algiers–Djanet, tourist convoys to Djanet/Tassili and barter trucks "
         "for Ghat and Al Awaynat are not movements."),
 "ss2": ("Afrigate-style report from Ghat: an LNA company Tamanhint air base→Ghat via Ubari and Al Awaynat (headline "
         "retells it), the local Tuareg battalion's redeploy from the town centre (= Ghat) to the Isayen crossing "
         "(actor null), its denied withdrawal from the crossing, a planned airlift Benina air base→Ghat airport and a "
         "conditional reinforcement of Al Barkat («إذا تكررت»). Fuel trucks from Sabha with private guards, Algerian "
         "traders from Djanet and festival tourists are not movements; «17 كيلومتراً جنوب غربي غات» is a distance."),
 "ss3": ("Erem News-style feature on the Acacus tourist season: an LNA company Ghat→the Acacus/Wadi Tanezzouft, a past "
         "pull-back Al Awaynat→Ubari, military supply trucks Sabha→Ghat, a planned second company Ubari→Acacus, a "
         "conditional return from the mountains (= Acacus) to Ghat («إذا مرّ الموسم دون حوادث») and a denied infiltration "
         "of gunmen Mali→Acacus via Niger. The charter flight Rome→Ghat airport, the tourists' 4x4 convoy to Al Awaynat, "
         "Sharara (purpose) and the Ghat–Al Awaynat road works are not movements."),
 "ss4": ("Libya Al-Hadath-style LNA report from Ubari: LNA massing at a camp south of Ubari, an advance Ghat→Al Barkat, a "
         "planned ammunition shipment Jufra air base→Ghat via Sabha, armour landed at Benghazi port from Tobruk port, a "
         "denied withdrawal from the Isayen crossing and a conditional advance to the border triangle («إذا واصلت»). "
         "El Feel (purpose), Idri (where the battalion is stationed), unknown cars from the Libya–Algeria border, fuel "
         "convoys, Sabha university students and Algerian tourists from Djanet are not movement places."),
 "ss5": ("Al-Ittihad-style overview from Tripoli: an Algerian redeploy Djanet→Tin Alkoum crossing, an LNA airlift Brak "
         "air base→Ghat airport, a planned landing at Benghazi port, the GNU's denied airlift Mitiga→Ghat (the flight was "
         "civil), planned LNA patrols at the Isayen crossing, a Tuareg elders' mobilisation in Al Awaynat and the local "
         "battalion's conditional pull-back Al Awaynat→Ghat («شريطة»). Travellers from Illizi through Isayen and the "
         "Algiers meeting are not movements."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ss1", "ss2", "ss3", "ss4", "ss5")
