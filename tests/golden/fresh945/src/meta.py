# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                               # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                              # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                                # G
 "jordan": ("country", "JO", 31.26963, 36.29991, "Jordan"),                                # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                              # G* (base row, near Hun/Waddan)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                     # G
 # qjk1 Nile News, Tobruk: LNA referendum plan in the east, Egyptian border
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                     # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                   # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                   # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                    # G (town row)
 "derna_port": ("crossing", "LY", 32.77000, 22.64800, "Port of Derna"),                    # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),                  # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                             # G
 "border_eg": ("region", "EG", 31.2, 25.2, "Egypt-Libya border (Egyptian side)"),          # K
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),            # G* (row منفذ امساعد, country EG)
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica"),                           # G
 "tobruk_mun": ("district", "LY", 32.08963, 23.95385, "Tobruk municipality"),              # G* (city row)
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "Al Abraq Airport"),               # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                                  # G
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                                 # G
 # qjk2 Jfra News, Tripoli: presidential council orders, parliamentary vote
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                       # G
 "tajoura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                  # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                                 # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                        # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                   # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                                  # G
 "murqub": ("district", "LY", 32.35451, 14.01966, "Al Murqub"),                            # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                 # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                    # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                     # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                        # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                       # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                       # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                   # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                   # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),                # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                     # G* (row عمان, written with shadda)
 # qjk3 Al-Ittihad Al-Ichtiraki, Bouznika: security annex of the referendum plan
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                               # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                     # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                     # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                 # G (row مصراتة)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                               # G (row أجدابيا)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                     # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                                # G
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                    # G
 # qjk4 El Djazairia One, Illizi: Algerian border during Libyan municipal elections
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                    # G
 "border_dz": ("region", "DZ", 28.3, 9.65, "Algeria-Libya border (Algerian side)"),        # K
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                                # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                       # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                       # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                    # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                  # G
 "bordj_omar": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),                      # G
 "hassi": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                             # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                               # G (row عين أميناس)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                    # G* (row kind village)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),               # G
 "illizi_prov": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                    # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                    # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                  # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                 # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa field"),                          # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),        # G
 # qjk5 Oasis FM, Gabes: Tunisian border during the Libyan referendum
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                          # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                     # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),           # G
 "border_tn": ("region", "TN", 32.6, 11.0, "Tunisia-Libya border (Tunisian side)"),        # K
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),          # G* (row منفذ رأس جدير)
 "dehiba": ("crossing", "TN", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),         # G* (row منفذ وازن, country TN)
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                               # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                             # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                     # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                          # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                  # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                                # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                              # G
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                                 # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                   # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                       # G
}

TRAPS = {
 "qjk1": ["الليبي", "مصري", "النيل للأخبار", "المرجاوي", "مديرية أمن طبرق", "المنطقة العسكرية الغربية"],
 "qjk2": ["الليبي", "جفرا نيوز", "مديرية أمن طرابلس", "القوة المشتركة مصراتة", "الدوائر الخمس", "الغرياني"],
 "qjk3": ["الليبي", "الاتحاد الاشتراكي", "السرتاوي", "المنطقة العسكرية طرابلس", "التركية", "اتفاق الصخيرات",
          "المغربي", "ليبياً-ليبياً"],
 "qjk4": ["الجزائرية وان", "الجيش الوطني الشعبي", "الليبي", "ليبية", "جزائرية", "درجة"],
 "qjk5": ["أواسيس أف أم", "الجيش الوطني", "القابسي", "المنطقة العسكرية الساحل الغربي", "الليبي", "تونسية",
          "للتونسيين", "رد الجميل"],
}

PHEN = {
 "qjk1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "qjk2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area",
          "coverage_bases", "coverage_crossings", "countries"],
 "qjk3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "qjk4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qjk5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qjk1": [
  mv("deploy", "reported", "Libyan National Army", ["بنغازي"], ["درنة"], ["المرج"]),
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء طبرق"], ["ميناء درنة"]),
  mv("withdraw", "planned", "Libyan National Army", ["درنة"], ["بنغازي"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["طبرق"]),
  mv("reinforce", "conditional", "Egyptian army", ["مرسى مطروح"], ["السلوم"]),
 ],
 "qjk2": [
  mv("withdraw", "planned", "GNA forces", ["تاجوراء", "جنزور"]),
  mv("airlift", "reported", "GNA forces", ["مطار معيتيقة"], ["قاعدة الوطية"]),
  mv("deploy", "reported", "Misrata forces", [], ["زليتن", "الخمس"]),
  mv("redeploy", "conditional", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["سبها", "وادي الشاطئ"]),
  mv("mobilise", "denied", None, ["الزاوية"], ["الماية"]),
  mv("shipment", "reported", "GNA forces", ["تركيا"], ["ميناء طرابلس"]),
 ],
 "qjk3": [
  mv("withdraw", "planned", "Libyan National Army", ["قاعدة القرضابية", "سرت"], ["الجفرة"]),
  mv("withdraw", "planned", "GNA forces", ["أبوقرين"], ["مصراته"]),
  mv("deploy", "reported", "Libyan National Army", ["بنغازي"], ["سرت"], ["اجدابيا"]),
  mv("advance", "conditional", "GNA forces", ["مصراته"], ["الوشكة"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء الخمس"]),
 ],
 "qjk4": [
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["الحدود مع ليبيا", "الدبداب"], ["برج عمر إدريس"]),
  mv("shipment", "reported", "Algerian army", ["حاسي مسعود"], ["إليزي"]),
  mv("redeploy", "conditional", "Algerian army", ["إليزي"], ["جانت"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة تمنهنت"], ["مطار غات"]),
  mv("advance", "denied", "Algerian army", [], ["درج"]),
 ],
 "qjk5": [
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["بن قردان"]),
  mv("deploy", "planned", "Tunisian army", [], ["معبر راس جدير", "منفذ الذهيبة"]),
  mv("advance", "denied", "Tunisian army", [], ["وازن"]),
  mv("mobilise", "reported", None, [], ["أبو كماش"]),
  mv("deploy", "conditional", "GNA forces", ["زوارة"], ["معبر راس جدير"]),
 ],
}

NOTES = {
 "qjk1": "Egyptian state news channel's Tobruk report on the LNA referendum plan: 60 vehicles Benghazi→Derna via "
         "Al-Marj (Al-Marj also inside the spokesman's name), a marine company landed Tobruk port→Derna port, a "
         "planned return of the plan's units to their barracks in Benghazi, a denied massing near Tobruk's polling "
         "centres (Tobruk also the dateline and inside 'مديرية أمن طبرق'; the order to stay in barracks is no move), "
         "and a conditional Egyptian reinforcement Marsa Matruh→Sallum; the civilian charter bringing ballot "
         "material from Egypt to Al-Abraq airport and its trucking to Al-Bayda and Al-Qubba are not force moves.",
 "qjk2": "Jordanian site (name 'جفرا' looks like Jufra) on the presidential council's order that Tripoli's "
         "formations stay in their bases on polling day: a planned pull-back from Tajoura and Janzour, a reported "
         "airlift Mitiga→Al-Watiya, a Misrata joint force deployed in Zliten and Khoms ('الدوائر الخمس' is 'the five "
         "constituencies'), a conditional LNA move Jufra air base→Sabha/Wadi al-Shati, a denied massing of Zawiya "
         "groups in Al-Maya (actor null), an armoured-vehicle shipment Turkey→Tripoli port; Amman/Tunis/Cairo are "
         "out-of-country polling offices only.",
 "qjk3": "Moroccan daily on a Bouznika 'security annex' of the referendum plan: planned LNA withdrawal Gardabiya "
         "base and Sirte→Jufra, planned GNU withdrawal Abu Qurayn→Misrata (spelled مصراته), a reported "
         "military-police company Benghazi→Sirte via Ajdabiya, a conditional advance from Misrata (anaphora 'the "
         "units that will withdraw to Misrata') to Al-Washka and a denied Turkish landing in Khoms port; Bouznika, "
         "Rabat, the Skhirat agreement (trap), Morocco and the Sirte monitoring HQ are no movement places.",
 "qjk4": "Algerian private TV from Illizi on the border during Libyan municipal elections: a battalion "
         "Ouargla→Debdeb via Bordj Omar Driss (Idris inside the name), a supply convoy Hassi Messaoud→Illizi, a "
         "conditional redeployment Illizi→Djanet (Isayen crossing only the condition), a planned LNA airlift "
         "Tamanhint→Ghat airport, a denied Algerian patrol into Derj ('درجة' common word); In Amenas border guards "
         "told to stay put (no move), Ghadames/Ghat/Derj as voting municipalities, Al-Wafa and Tiguentourine "
         "background.",
 "qjk5": "Tunisian regional radio from Gabes (dateline, then origin of the reinforcement to Ben Gardane): planned "
         "deployment around Ras Jedir and Dehiba crossings, units told to stay in Medenine and Tataouine barracks "
         "(no move), a denied patrol into Wazin, a reported gathering of unidentified gunmen near Abu Kammash "
         "(actor null), a conditional GNU deployment Zuwara→Ras Jedir; Zuwara also dateline-like 'وفي زوارة' and "
         "background, 'رد الجميل' contains Al-Jumayl.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qjk1", "qjk2", "qjk3", "qjk4", "qjk5")
