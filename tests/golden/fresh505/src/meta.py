# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label, spelling or kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # sm1 Fezzan (LNA southern commander, Erem News)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                         # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G* (row spelled كوري بوقودي)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),          # G* (town row)
 # sm2 Egypt's western frontier (Egyptian border-guard commander, Masrawy)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "matruh_airport": ("airport", "EG", 31.32540, 27.22170, "Mersa Matruh Airport"),       # G
 "sallum_port": ("crossing", "EG", 31.60000, 25.07000, "Sallum land port"),             # K
 "border_eg": ("region", "EG", 30.50000, 25.15000, "Egypt-Libya border (Egyptian side)"),  # K
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                    # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "east_ly": ("region", "LY", 31.00000, 22.00000, "Eastern Libya"),                      # K
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 # sm3 Algeria's eastern frontier (4th military region commander, Ennahar)
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "bordj_omar": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),                   # G
 "hassi": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                          # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                          # G
 "illizi_prov": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),               # G (district row)
 "border_dz": ("region", "DZ", 25.30000, 9.60000, "Algeria-Libya border (Algerian side)"),  # K
 # sm4 Misrata and the Sirte line (Misrata commander, Al-Jarida)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "incirlik": ("base", "TR", 37.00194, 35.42583, "Incirlik Air Base"),                   # G* (row spelled قاعدة إنجيرليك)
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "sirte_port": ("crossing", "LY", 31.21500, 16.59500, "Sirte port"),                   # K
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 # sm5 the Tunisian border (GNA Western Military Region commander, Jawhara FM)
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),      # G* (row منفذ رأس جدير)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "sousse": ("city", "TN", 35.82539, 10.63699, "Sousse"),                                # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G* (row قاعدة الوطية)
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "abu_kammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                     # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),     # G
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                      # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
}

LNA, GNA = "Libyan National Army", "GNA forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "sm1": ["إرم نيوز", "فرج الغدامسي", "عمليات الجنوب الغربي", "الجيش الوطني الليبي", "النيجري", "تشادية"],
 "sm2": ["مصراوي", "هشام السيوي", "المنطقة الغربية", "القيادة العامة", "مصري", "مصرية", "الليبي", "الليبية"],
 "sm3": ["النهار أونلاين", "النهار", "الناحية العسكرية الرابعة", "الجيش الوطني الشعبي", "جزائرية", "الليبية",
         "ليبية", "الجيش الليبي"],
 "sm4": ["الجريدة", "شارع طرابلس", "السرتاوي", "غرفة عمليات تأمين وحماية سرت - الجفرة", "تركية", "من هذه الزاوية",
         "البنيان المرصوص", "الليبيين"],
 "sm5": ["جوهرة أف أم", "الوازني", "المنطقة العسكرية الغربية", "نردّ فيه الجميل", "التونسي", "ليبية", "الليبيين",
         "أنيس الإدريسي"],
}

PHEN = {
 "sm1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "sm2": ["multiword", "media_trap", "person_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "sm3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "ambiguity_idri", "ambiguity_country_capital", "town_vs_district", "coverage_neighbours", "countries"],
 "sm4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "coverage_bases"],
 "sm5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap", "nisba",
         "border_phrase", "ambiguity_tripoli", "ambiguity_idri", "ambiguity_country_capital", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}

MOVES = {
 "sm1": [
  mv("deploy", "reported", LNA, ["قاعدة براك الجوية"], ["مرزق"], ["سبها"]),
  mv("deploy", "planned", LNA, ["مرزق"], ["أم الأرانب", "القطرون"]),
  mv("mobilise", "conditional", LNA, ["سبها"], ["الحدود مع النيجر"]),
  mv("withdraw", "denied", LNA, ["أوباري"], ["سبها"]),
  mv("withdraw", "reported", "Chadian armed groups", ["القطرون"], ["تشاد"], ["كوري بوغودي"]),
 ],
 "sm2": [
  mv("airlift", "reported", "Egyptian army", ["مطار مرسى مطروح"], ["سيوة"]),
  mv("shipment", "reported", "Egyptian army", ["الإسكندرية"], ["سيوة"]),
  mv("redeploy", "planned", "Egyptian army", ["سيدي براني"], ["السلوم"]),
  mv("reinforce", "conditional", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["الحدود مع ليبيا"]),
  mv("deploy", "denied", "Egyptian army", [], ["طبرق"], ["منفذ السلوم"]),
  mv("reinforce", "reported", LNA, ["طبرق"], ["الجغبوب"]),
 ],
 "sm3": [
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["برج عمر إدريس"], ["حاسي مسعود"]),
  mv("deploy", "planned", "Algerian army", ["إليزي"], ["الدبداب"]),
  mv("shipment", "planned", "Algerian army", ["عين أميناس"], ["الدبداب"]),
  mv("reinforce", "conditional", "Algerian army", ["جانت"], ["الحدود مع ليبيا"]),
  mv("deploy", "denied", "Algerian army", [], ["غدامس"]),
  mv("reinforce", "reported", LNA, ["أوباري"], ["غات"]),
 ],
 "sm4": [
  mv("redeploy", "reported", "Misrata forces", ["الوشكة"], ["أبوقرين"]),
  mv("deploy", "planned", "Misrata forces", ["مصراتة"], ["بويرات الحسون"]),
  mv("advance", "conditional", "Misrata forces", [], ["سرت"]),
  mv("naval_landing", "reported", "Misrata forces", [], ["ميناء سرت"]),
  mv("reinforce", "reported", LNA, ["هون", "ودان"], ["سرت"]),
  mv("airlift", "denied", "Turkish armed forces", ["قاعدة إنجرليك"], ["مطار مصراتة"]),
 ],
 "sm5": [
  mv("deploy", "reported", GNA, ["قاعدة الوطية الجوية"], ["منفذ وازن"], ["نالوت"]),
  mv("deploy", "planned", GNA, ["زوارة"], ["معبر راس جدير"]),
  mv("advance", "conditional", GNA, ["الجميل"], ["زلطن"]),
  mv("naval_landing", "conditional", GNA, [], ["أبو كماش"]),
  mv("mobilise", "denied", "Zintan forces", ["الزنتان"], ["العزيزية"]),
  mv("reinforce", "reported", "Tunisian army", [], ["بن قردان", "الذهيبة"]),
 ],
}

NOTES = {
 "sm1": ("Erem News Q&A with an LNA southern commander (Sabha): a past deploy Brak air base->Murzuq via Sabha, a planned "
         "two-company deploy Murzuq->Umm al-Aranib/Al-Qatrun (headline = same move), a conditional mobilisation Sabha->"
         "the Niger border («إذا تكررت … فسنحشد»), a denied pull-out Ubari->Sabha (rumour in the question, denial in the "
         "answer and the headline = one movement) and a reported Chadian armed group withdrawal Al-Qatrun->Chad via "
         "Kouri Bougoudi; Tajarhi (civil trucks), Tummo (attacks), Sharara (locator), بلدية مرزق (the mayor) and the "
         "Sabha dateline are not movement places; traps: a person whose nisba contains غدامس, an operations-room name "
         "containing الجنوب الغربي, the nisbas النيجري/تشادية."),
 "sm2": ("Masrawy Q&A with an Egyptian border-guard commander (Marsa Matruh): a past airlift Matruh airport->Siwa and a "
         "shipment Alexandria->Siwa («إلى الواحة»), a planned redeploy Sidi Barrani->Sallum, a conditional reinforcement "
         "Mohamed Naguib base->the border with Libya (Egyptian side), a denied crossing via the Sallum land port to "
         "Tobruk (question + answer + headline = one movement) and an LNA reinforcement Tobruk->Jaghbub told by the "
         "Egyptian; Cairo (where the plan was approved), eastern Libya (clashes), the Sallum port as a distance "
         "reference and the dateline are not movement places; مصراوي/مصري/مصرية contain مصر."),
 "sm3": ("Ennahar Q&A with the Algerian 4th military region commander (Ouargla): a reinforcement Ouargla->Bordj Omar "
         "Driss via Hassi Messaoud (a gold town containing the substring إدري), a planned Illizi->Debdeb deploy and a "
         "planned supply convoy In Amenas->Debdeb («تصله» = the regiment at Debdeb), a conditional Djanet->the border "
         "with Libya (Algerian side), a denied entry into Ghadames (question + answer + headline) and an LNA column "
         "Ubari->Ghat reported by the Algerian; Ghat's clashes are not a movement; «حدودنا مع ليبيا» in the headline "
         "is the country only; ولاية إليزي (district) beside the town إليزي."),
 "sm4": ("Al-Jarida Q&A with a Misrata commander: a past redeploy Al-Washka->Abu Qurayn, a planned engineers' deploy "
         "Misrata->Buwairat al-Hassoun, a conditional advance on Sirte (لن…إلا إذا, headline = same move), a 2016 "
         "landing from the sea at Sirte port (past, reported; «حررنا سرت» is control, not a movement), an LNA "
         "reinforcement Hun/Waddan->Sirte and a denied Turkish airlift Incirlik->Misrata airport (claim in the "
         "question, denial in the answer); Tripoli (the general staff) and Ankara (cooperation) are not movement "
         "places; traps: شارع طرابلس in Misrata, the commander السرتاوي (contains سرت), the Sirte-Jufra operations "
         "room, «من هذه الزاوية»."),
 "sm5": ("Jawhara FM (Sousse) Q&A with the GNA Western Military Region commander: a deploy Al-Watiya air base->Wazin "
         "crossing via Nalut, a planned Zuwara->Ras Ajdir crossing deploy (headline = same move), a conditional advance "
         "Al-Jumayl->Zaltan with a conditional coast-guard landing at Abu Kammash (same «إذا رفضت»), a denied Zintan "
         "mobilisation towards Al-Aziziyah (headline للزنتان = same move) and a Tunisian army reinforcement to Ben "
         "Gardane and Dehiba; Mellitah (protected since 2024) is not a movement place; the Sousse dateline is the "
         "Tunisian city; traps: الوازني (contains وازن), «نردّ فيه الجميل» (the favour, contains الجميل), the byline "
         "أنيس الإدريسي (contains إدري), التونسي."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("sm1", "sm2", "sm3", "sm4", "sm5")
