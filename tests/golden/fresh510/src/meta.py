# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.078, 23.983, "Port of Tobruk"),                   # K
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # sr1 (dpa, Tripoli): the west
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),          # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Hurshah"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                       # G
 "sawani": ("town", "LY", 32.71667, 13.06667, "As Sawani"),                             # G
 "tripoli_airport": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),  # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya"),                      # G* (row إقليم طرابلس)
 # sr2 (Sputnik, Benghazi): the centre
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                  # G
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                           # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya"),                      # G* (row برقة)
 # sr3 (MENA, Cairo): the Egyptian border
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "border_eg": ("region", "EG", 30.8, 25.1, "Egypt-Libya border (Egyptian side)"),       # K
 "marsa_matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                    # G
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                    # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G
 "benghazi_port": ("crossing", "LY", 32.115, 20.055, "Port of Benghazi"),               # K
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 # sr4 (TAP, Medenine): the Tunisian border
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                      # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),        # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),      # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),       # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "border_tnside": ("region", "TN", 32.6, 11.1, "Tunisia-Libya border (Tunisian side)"), # K
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 # sr5 (EFE, Cairo): the Fezzan
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),           # G* (row الحدود الليبية الجزائرية)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G* (row كوري بوقودي)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),           # G* (town row)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
}

TRAPS = {
 "sr1": ["وكالة الأنباء الألمانية", "الليبية", "خالد الزاوي", "لا أدري", "المجلس العسكري مصراته",
         "المجلس العسكري الزنتان", "من هذه الزاوية"],
 "sr2": ["سبوتنيك", "الجيش الوطني الليبي", "فرج الجفري", "غرفة عمليات سرت الكبرى", "صحف بريطانية", "روسية"],
 "sr3": ["وكالة أنباء الشرق الأوسط", "الاتجاه الاستراتيجي الغربي", "المنطقة الغربية العسكرية",
         "القوات المسلحة المصرية", "القيادة العامة للجيش الوطني الليبي"],
 "sr4": ["وكالة تونس إفريقيا للأنباء", "نهج طرابلس", "الجيش التونسي", "الجانب الليبي"],
 "sr5": ["وكالة الأنباء الإسبانية", "جبهة الوفاق من أجل التغيير في تشاد", "فصائل تشادية", "الجيش الليبي",
         "الجيش الوطني الليبي", "دعم مالي", "الخارجية الجزائرية"],
}

PHEN = {
 "sr1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil"],
 "sr2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "coverage_bases", "countries"],
 "sr3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "sr4": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_tripoli", "ambiguity_country_capital",
         "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "sr5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "sr1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية", "مصفاة الزاوية"], ["جنزور"]),
  mv("reinforce", "planned", "Misrata forces", ["مصراته"], ["طرابلس"]),
  mv("withdraw", "denied", "Zintan forces", ["العزيزية"]),
  mv("advance", "conditional", "GNA forces", [], ["صبراتة"]),
  mv("redeploy", "reported", "GNA forces", ["قاعدة معيتيقة"], ["السواني"]),
 ],
 "sr2": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["قاعدة الجفرة الجوية"]),
  mv("deploy", "planned", "Libyan National Army", [], ["هون", "سوكنة"]),
  mv("mobilise", "conditional", "Libyan National Army", [], ["سرت"]),
  mv("naval_landing", "denied", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("shipment", "reported", "Libyan National Army", ["الجفرة"], ["سبها"]),
 ],
 "sr3": [
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["السلوم"], ["سيدي براني"]),
  mv("deploy", "planned", "Egyptian army", [], ["سيوة"]),
  mv("advance", "denied", "Egyptian army", [], ["طبرق"], ["منفذ امساعد"]),
  mv("reinforce", "conditional", "Libyan National Army", ["طبرق"], ["الجغبوب"]),
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء طبرق"]),
 ],
 "sr4": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان", "معبر راس جدير"]),
  mv("deploy", "planned", "Tunisian army", [], ["الذهيبة"]),
  mv("withdraw", "denied", "Tunisian army", ["رمادة"]),
  mv("deploy", "conditional", "GNA forces", ["زوارة"], ["معبر راس جدير"]),
  mv("shipment", "reported", None, ["ليبيا"], ["جرجيس"]),
 ],
 "sr5": [
  mv("advance", "reported", "Libyan National Army", ["سبها"], ["أم الأرانب"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["مطار غات"]),
  mv("redeploy", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["إدري"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["القطرون"]),
  mv("withdraw", "conditional", "Chadian armed groups", ["كوري بوغودي"], ["تيبستي"]),
 ],
}

NOTES = {
 "sr1": "dpa-style dispatch from Tripoli: a reported GNA deploy Tripoli→Zawiya/the Zawiya refinery via Janzour (origin "
        "written «من العاصمة»), a planned Misrata reinforcement of Tripoli (origin «من المدينة» = Misrata), Zintan's "
        "denied pull-out from Al-Aziziyah, a conditional advance on Sabratha («في حال»; «غرب الزاوية» is a locator) and "
        "a reported redeploy Mitiga→As-Sawani; the Tripoli airport is a purpose, not a destination.",
 "sr2": "Sputnik-style dispatch from Benghazi: a reported LNA airlift Benina air base→Jufra air base (retold «هبطت في "
        "الجفرة»), a planned deployment to Hun and Sokna («تعتزم»), a conditional massing in Sirte («إذا»), a Russian "
        "landing Tartus→Tobruk port denied by a Russian source (the British papers' claim is the same move) and a "
        "reported LNA fuel convoy Jufra→Sabha (shipment). Moscow, Fezzan, southern and eastern Libya are not moves.",
 "sr3": "MENA-style dispatch from Cairo: a reported Egyptian reinforcement Marsa Matruh→Sallum via Sidi Barrani («على "
        "الحدود مع ليبيا» only locates Sallum), a planned deployment at Siwa (Jaghbub is the purpose), a denied "
        "crossing via the Amsaad crossing towards Tobruk, a conditional LNA reinforcement Tobruk→Jaghbub and a reported "
        "LNA landing Benghazi port→Tobruk port. The inspection visit to Mohamed Naguib base is not a force movement.",
 "sr4": "TAP-style dispatch from Medenine: a reported Tunisian reinforcement Medenine→Ben Gardane/around the Ras Ajdir "
        "crossing, a planned move to Dehiba («من المنتظر»), a denied pull-out from Remada, a conditional GNA deployment "
        "Zuwara→the Libyan side of Ras Ajdir («في حال») and a seized arms shipment Libya→Zarzis (no owner, actor null; "
        "Ben Gardane, where it was seized, is a locator).",
 "sr5": "EFE-style dispatch from Cairo: a reported LNA advance Sabha→Umm al-Aranib, a planned airlift Tamanhint air "
        "base→Ghat airport (the Algerian border is the purpose), a reported (flashback) redeploy Brak air base→Idri, "
        "FACT's denied massing in Al-Qatrun and its conditional pull-out Kouri Bougoudi→Tibesti («إذا»; N'Djamena is "
        "the condition's subject). Migrants between Niger, Chad and Libya are not a force movement.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("sr1", "sr2", "sr3", "sr4", "sr5")
