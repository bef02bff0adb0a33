# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "jufra": ("district", "LY", 29.15, 16.05, "Al Jufra"),                                 # K (README: point near Hun/Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 # xm1 the Shwayrif–Mizda front (Al-Quds Al-Arabi)
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "mizda_mun": ("district", "LY", 31.44934, 12.98530, "Mizdah municipality"),         # G* (town row)
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 # xm2 fighters and Il-76s at Al-Jufra (Al-Jarida)
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Suknah"),                                 # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "zella": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                 # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "mabruk": ("oilfield", "LY", 29.73320, 17.31830, "Mabruk oil field"),                  # G
 "tobruk_base": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 # xm3 drones over the Fezzan (Al-Ayyam)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),        # G* (town row)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # xm4 drones from Misrata over the Sirte road (Al-Wafd)
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G (row أبوقرين; written أبو قرين)
 "misrata_af": ("base", "LY", 32.32556, 15.05972, "Misrata Air Force Academy air base"),  # G* (row مطار مصراتة)
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "east_ly": ("region", "LY", 31.0, 21.5, "Eastern Libya"),                              # K
 "misrata_port": ("crossing", "LY", 32.350, 15.210, "Port of Misrata (Qasr Ahmed)"),    # K
 "mersin_port": ("crossing", "TR", 36.795, 34.640, "Port of Mersin"),                   # K
 # xm5 Mitiga closed, Tripoli under drones (Al-Liwaa)
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "tajoura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                               # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                  # G (row القره بوللي; written القربولي)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "tia": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),         # G
 "qasr": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                        # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "souq_jumaa": ("town", "LY", 32.88300, 13.23300, "Souq al Jum'aa"),                    # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "akkar": ("district", "LB", 34.55, 36.08, "Akkar"),                                    # K
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
}

TRAPS = {
 "xm1": ["القدس العربي", "بيرقدار تي بي 2", "الجيش الوطني الليبي", "زاوية منخفضة", "المنطقة العسكرية الغربية",
         "أقنجي", "التركية", "محمد الشويرفي"],
 "xm2": ["الجريدة", "الجيش الوطني الليبي", "ميغ-29", "سوخوي-22", "إليوشن-76", "فيلق أفريقيا", "طارق بن زياد",
         "وينغ لونغ", "التركية", "إدريس بوخمادة"],
 "xm3": ["الأيام", "الجيش الوطني الليبي", "وينغ لونغ", "التشادية", "تشاديين", "اللواء 128 معزز", "إدريس الحضيري",
         "مجلس القيادة العسكرية لإنقاذ الجمهورية"],
 "xm4": ["الوفد", "الجيش الوطني الليبي", "الكتائب المصراتية", "غراد", "إيه 400 إم", "أقنجي", "رافال", "مصري", "مالي"],
 "xm5": ["اللواء 444 قتال", "الكتائب المصراتية", "اللبنانية", "الليبية", "«اللواء»"],
}

PHEN = {
 "xm1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "town_vs_district", "coverage_bases"],
 "xm2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "coverage_bases", "coverage_oil", "countries"],
 "xm3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_neighbours", "countries"],
 "xm4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "xm5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "xm1": [
  mv("reinforce", "reported", "Libyan National Army", ["هون"], ["الشويرف"]),
  mv("advance", "reported", "GNA forces", ["غريان"], ["مزدة"]),
  mv("redeploy", "planned", "GNA forces", ["الوطية"], ["مطار مصراتة"]),
  mv("withdraw", "denied", "Libyan National Army", ["الشويرف"], ["الجفرة"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["ودان"]),
  mv("advance", "conditional", "GNA forces", ["مزدة"], ["الشويرف"]),
 ],
 "xm2": [
  mv("redeploy", "reported", "Libyan National Army", ["قاعدة الخادم"], ["قاعدة الجفرة الجوية"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الجفرة الجوية"]),
  mv("reinforce", "reported", "Libyan National Army", ["سرت"], ["سوكنة"], ["ودان"]),
  mv("deploy", "planned", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["زلة"]),
  mv("redeploy", "denied", "Russian forces", ["الجفرة"], ["قاعدة براك الجوية"]),
  mv("redeploy", "conditional", "Libyan National Army", [], ["الخادم"]),
  mv("naval_landing", "reported", "Russian forces", ["طرطوس"], ["قاعدة طبرق البحرية"]),
 ],
 "xm3": [
  mv("advance", "reported", "Chadian armed groups", ["القطرون"], ["أم الأرانب"]),
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["أم الأرانب"]),
  mv("redeploy", "planned", "Libyan National Army", ["تمنهنت"], ["قاعدة الويغ"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["قاعدة الويغ"], ["القطرون"]),
  mv("deploy", "conditional", "Libyan National Army", ["براك"], ["إدري"]),
  mv("mobilise", "denied", "Chadian armed groups", ["تيبستي"], ["الجنوب الليبي"]),
 ],
 "xm4": [
  mv("advance", "reported", "Libyan National Army", ["سرت"], ["أبو قرين"]),
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["أبو قرين"], ["تاورغاء"]),
  mv("airlift", "planned", "Turkish armed forces", ["أنقرة"], ["مطار مصراتة"]),
  mv("shipment", "reported", None, ["ميناء مرسين"], ["ميناء مصراتة"]),
  mv("advance", "conditional", "Misrata forces", ["أبو قرين"], ["سرت"]),
  mv("deploy", "denied", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["قاعدة الخادم"]),
 ],
 "xm5": [
  mv("redeploy", "reported", "GNA forces", ["قاعدة معيتيقة"], ["قاعدة الوطية"]),
  mv("deploy", "reported", "Misrata forces", ["مصراتة"], ["تاجوراء"], ["القربولي"]),
  mv("naval_landing", "reported", "Misrata forces", ["مصراتة"], ["ميناء طرابلس"]),
  mv("deploy", "planned", "Zintan forces", ["الزنتان"], ["مطار طرابلس الدولي"]),
  mv("withdraw", "denied", "GNA forces", ["ترهونة"], ["طرابلس"]),
  mv("withdraw", "conditional", "Misrata forces", ["تاجوراء"], ["مصراتة"]),
 ],
}

NOTES = {
 "xm1": "Drone strike sorties from Al-Watiya base and Mitiga airport are not movements (no force relocates); the struck "
        "LNA column Hun→Shwayrif is (reinforce, reported; '40 km south-east of the town' adds no place). A GNA advance "
        "Gharyan→Mizda (Mizda municipality beside the town), a planned Akinci squadron transfer Al-Watiya ('الوطية' = the "
        "base)→Misrata airport (Al-Jufra and Sirte only the purpose), the LNA's denied pull-out Shwayrif→Al-Jufra, an LNA "
        "massing of 60 vehicles in Waddan reported by residents, and a conditional advance Mizda→Shwayrif (Al-Jufra there "
        "only the condition). Tripoli is the dateline, 'حكومة طرابلس' and a distance reference; the Jufra base only hosts "
        "Russian aircraft; 'محمد الشويرفي' and 'بزاوية منخفضة' are traps.",
 "xm2": "LNA fighters redeployed Al-Khadim base (south-east of Al-Marj, a locator)→Al-Jufra air base; Russian Il-76s "
        "Hmeimim (Syria)→'the same base' (= Al-Jufra air base); a Tariq bin Ziyad column Sirte→Sokna via Waddan, escorted "
        "by drones from the Jufra base (escort sorties are not a separate movement); a planned air-defence company Jufra "
        "base→Zella (the Mabruk field only a past target); a denied Russian transfer Al-Jufra→Brak air base (Wadi "
        "al-Shati only its locator); the fighters' conditional return to Al-Khadim (no origin written; Al-Watiya and "
        "Misrata only in the condition); a Russian landing ship Tartus→Tobruk naval base. Hun, Moscow and Tripoli are "
        "speakers; Idri only inside the pilot's name إدريس.",
 "xm3": "A Wing Loong from Tamanhint base (sortie, not a movement) hits a Chadian column Qatrun→Umm al-Aranib; an LNA "
        "company Sabha→Umm al-Aranib (Murzuq only the purpose); a planned drone transfer Tamanhint ('تمنهنت' = the "
        "base)→Al-Wigh base (the border with Niger only the area watched); a brigade fuel-and-spares convoy Sabha→Al-Wigh "
        "via Qatrun; a conditional LNA force Brak→Idri (Wadi al-Shati only the condition); CCMSR denies massing fighters "
        "from Tibesti in southern Libya (Chad only where it says its men are). Idri also inside the spokesman's name "
        "إدريس; Murzuq district and Qatrun municipality beside the towns; Traghen, Ghuddwa and the Sharara field are "
        "strike sites; Algeria (the country, not Algiers) and Niger only voice concern.",
 "xm4": "Drones from the Air Force Academy base in Misrata (sortie) hit an LNA column Sirte→Abu Qurayn ('20 km east of "
        "Al-Washka' a distance reference); Misrata brigades reinforce Misrata→Abu Qurayn via Tawergha; a planned Turkish "
        "A400M airlift Ankara→Misrata airport; a Turkish cargo ship's drone shipment Mersin port→Misrata port (actor null: "
        "no force named); a conditional Misrata advance Abu Qurayn→Sirte; Egypt denies moving Rafales from Mohamed Naguib "
        "base→Al-Khadim base (eastern Libya its locator). Cairo dateline/speaker; Tripoli, Benghazi, Ankara, Cairo in the "
        "background are not movement places; 'مالي' (financial) is a trap.",
 "xm5": "GNA drones and helicopters moved Mitiga base→Al-Watiya base (the border with Tunisia only its locator); Misrata "
        "brigades Misrata→Tajoura via Garabulli and 150 more landed by sea Misrata→Tripoli port; Zintan's announced move "
        "'from the city' (= Zintan)→Tripoli International Airport (Qasr bin Ghashir its locator); a denied pull-back of "
        "Brigade 444 Tarhuna→Tripoli; a conditional return Tajoura→Misrata (reopening Mitiga is the condition). Lebanese "
        "Tripoli/Akkar, Beirut, the cancelled civilian flights Mitiga→Beirut and the land route via Tunisia (the "
        "country) are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("xm1", "xm2", "xm3", "xm4", "xm5")
