# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "oman": ("country", "OM", 20.81734, 56.96504, "Oman"),                                 # G
 # Libya: west, Ghadames, Tunisian border
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),     # G
 "triangle": ("region", "LY", 30.20, 9.62, "Libya-Algeria-Tunisia border triangle"),     # K
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "daraj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                  # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),       # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),      # G (row منفذ رأس جدير; G* when written معبر)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "border_ly_dz": ("region", "LY", 29.90, 9.85, "Libya-Algeria border south of Ghadames (Libyan side)"),  # K
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),          # G* (row الحدود الليبية التونسية)
 # Libya: centre (Sirte, Jufra), east
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sirte_port": ("crossing", "LY", 31.21500, 16.58500, "Port of Sirte"),                 # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "jufra": ("district", "LY", 29.14, 16.04, "Al Jufra"),                                 # K (area, point between Hun and Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                        # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 # Libya: south-west (Brak, Wadi al-Shati)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G (also written براك الشاطئ)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "southwest": ("region", "LY", 26.50, 12.50, "South-western Libya"),                    # K
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G (row جنوب ليبيا, written الجنوب الليبي)
 # Algeria
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                           # G
 "eloued": ("city", "DZ", 33.35608, 6.86319, "El Oued"),                                # G
 "eloued_w": ("district", "DZ", 33.25478, 7.06488, "El Oued Province"),                 # G
 "border_dz_ly": ("region", "DZ", 29.80, 9.40, "Algeria-Libya border near Debdeb (Algerian side)"),  # K
 # Tunisia
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                      # G
 "medenine_w": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),          # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                 # G
 # elsewhere
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                            # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "muscat": ("city", "OM", 23.58413, 58.40778, "Muscat"),                                # G
}

TRAPS = {
 "qmi1": ["إذاعة الوادي", "الجيش الوطني الشعبي", "محمد الغدامسي", "الجزائري", "جزائرية", "الليبية", "المدرج"],
 "qmi2": ["إذاعة الكاف", "ملحمة بنقردان", "الكتائب الزنتانية", "التونسية", "التونسي", "تونسية", "الليبية", "الليبي"],
 "qmi3": ["شام إف إم", "أجنحة الشام", "الفيلق الإفريقي", "الليبية", "الروسي", "سوري", "السوريين"],
 "qmi4": ["الرابعة", "القيادة العامة", "طارق بن زياد", "إدريس المقريف", "مالياً", "روسية", "المدرج"],
 "qmi5": ["الوصال", "القيادة العامة", "الليبية", "الليبي", "العمانية"],
}

PHEN = {
 "qmi1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "qmi2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "qmi3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "coverage_bases",
          "countries"],
 "qmi4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil", "countries"],
 "qmi5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "border_phrase", "vague_area",
          "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qmi1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["غدامس"], ["نالوت", "درج"]),
  mv("deploy", "planned", "GNA forces", ["غدامس"], ["الحدود مع الجزائر"]),
  mv("airlift", "conditional", "GNA forces", ["قاعدة الوطية"], ["مطار غدامس"]),
  mv("advance", "denied", "Algerian army", ["الدبداب"], ["غدامس"]),
  mv("reinforce", "reported", "Algerian army", ["عين أميناس"], ["الحدود مع ليبيا"]),
 ],
 "qmi2": [
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["بنقردان"]),
  mv("redeploy", "planned", "Tunisian army", ["تطاوين"], ["الذهيبة", "رمادة"]),
  mv("reinforce", "conditional", "Tunisian army", [], ["معبر رأس جدير"]),
  mv("mobilise", "reported", None, [], ["الجميل"]),
  mv("advance", "denied", "Tunisian army", [], ["زوارة"], ["معبر رأس جدير"]),
  mv("deploy", "reported", "Zintan forces", ["الزنتان"], ["منفذ وازن"]),
 ],
 "qmi3": [
  mv("airlift", "reported", "Syrian mercenaries", ["مطار مصراتة"], ["إسطنبول"]),
  mv("withdraw", "reported", "Russian forces", ["قاعدة القرضابية"], ["قاعدة الجفرة الجوية"]),
  mv("airlift", "planned", "Syrian mercenaries", ["قاعدة الوطية"], ["تركيا"]),
  mv("withdraw", "conditional", "Russian forces", ["قاعدة الجفرة الجوية"]),
  mv("airlift", "denied", "Syrian mercenaries", ["دمشق"], ["مطار بنينا"]),
 ],
 "qmi4": [
  mv("redeploy", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["براك"]),
  mv("deploy", "planned", "Libyan National Army", ["براك"], ["إدري"]),
  mv("advance", "conditional", "Libyan National Army", ["براك"], ["غدامس"], ["درج"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["مالي"], ["قاعدة براك الجوية"]),
 ],
 "qmi5": [
  mv("withdraw", "reported", "Misrata forces", ["الوشكة"], ["أبو قرين"]),
  mv("withdraw", "reported", "Libyan National Army", ["سرت"], ["هون"]),
  mv("deploy", "planned", None, ["طرابلس", "بنغازي"], ["سرت"]),
  mv("shipment", "planned", None, ["ميناء طرابلس"], ["ميناء سرت"]),
  mv("deploy", "conditional", None, ["سرت"], ["ودان", "سوكنة"]),
  mv("mobilise", "denied", "GNA forces", [], ["أبو قرين"]),
  mv("deploy", "reported", "GNA forces", ["الزاوية"], ["منفذ رأس جدير"]),
 ],
}

NOTES = {
 "qmi1": "Algerian regional radio (Radio El Oued, whose name holds the dateline city) on a GNU chief-of-staff press "
         "conference in Ghadames: two battalions Tripoli→Ghadames via Nalut and Daraj (stage one, reported), a planned "
         "company Ghadames→the border with Algeria (Libyan side), a conditional airlift Al-Watiya base→Ghadames airport, "
         "a denied Algerian army entry Debdeb→Ghadames and an Algerian reinforcement In Amenas→the border with Libya "
         "(Algerian side) reported by sources in Debdeb; Sirte (the 5+5 venue), Algeria/Tunisia as partners, El Oued "
         "province traders and the Debdeb–Ghadames crossing are not movement places; «محمد الغدامسي» holds Ghadames.",
 "qmi2": "Tunisian regional radio (Radio Le Kef, whose name holds Le Kef) on the defence-ministry spokesman's briefing in "
         "Tunis: two regiments Gabes→Ben Gardane (reported), a planned mechanised battalion Tataouine→Dehiba and Remada, "
         "a conditional armoured push to the Ras Jedir crossing, smugglers massing near Al-Jumayl (actor null), a denied "
         "Tunisian patrol through Ras Jedir towards Zuwara, and a Zintan company Zintan→Wazin crossing; Tunis is the "
         "dateline city, then Tunisia the country; «ملحمة بنقردان» (Tunisian spelling بنقردان) and «الكتائب الزنتانية» hold gold names.",
 "qmi3": "Syrian private radio (Sham FM) from Damascus on a 5+5 press conference in Sirte (venue): 1200 Syrian fighters "
         "flown Misrata airport→Istanbul (reported), Africa Corps pulled out of Gardabiya base to Jufra air base, a "
         "planned second batch Al-Watiya→Turkey, a conditional Russian pull-out from Jufra air base and a denied airlift "
         "Damascus→Benina airport on «أجنحة الشام»; Ankara (metonymy), Benghazi flight records, Tripoli (written طرابلس "
         "الغرب), Misrata, Jufra, Sirte and Syria in the closing background are not movement places.",
 "qmi4": "Iraqi TV (Al-Rabiaa, whose name is also the word «fourth», used again for the hour) on an LNA spokesman's "
         "press conference in Benghazi: two battalions Jufra air base→Brak air base (redeploy, reported), a supply "
         "convoy Sabha→Brak, a planned company Brak→Idri (Sharara only protected), a conditional advance Brak→Ghadames "
         "via Daraj and a denied Russian airlift Jufra air base→Mali via Brak air base; «دعماً مالياً» holds Mali, the "
         "colonel «إدريس المقريف» holds Idri, Wadi al-Shati, Sabha and Southern Libya are background.",
 "qmi5": "Omani radio (Al-Wisal) from Muscat on the GNU defence minister's press conference in Tripoli: Misrata forces "
         "pulled heavy weapons Al-Washka→Abu Qurayn and the LNA its armour Sirte→Hun (reported), a planned joint force "
         "Tripoli and Benghazi→Sirte with its vehicles by sea Tripoli port→Sirte port, a conditional move Sirte→Waddan "
         "and Sokna (Jufra air base only in the condition), a denied GNU massing at Abu Qurayn and a GNU battalion "
         "Zawiya→Ras Jedir crossing; Muscat (talks venue), the Oil Crescent (protected) and Oman are no movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qmi1", "qmi2", "qmi3", "qmi4", "qmi5")
