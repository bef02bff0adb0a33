# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                    # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                    # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                     # G
 # used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                   # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                                  # G
 # ui1 Al-Watiya, Zintan, Turkish ships (dpa)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                         # G (row قاعدة الوطية)
 "watiya_short": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                   # G* (same row, bare «الوطية»)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                     # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                                  # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                               # G
 "bir_ghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                          # G (row بئر الغنم)
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                                  # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                     # G
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                      # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                     # G
 "misrata_port": ("crossing", "LY", 32.365, 15.213, "Port of Misrata (Qasr Ahmed)"),         # K
 # ui2 Egypt's western border, Tobruk, Al-Jaghbub (MENA)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                       # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                         # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                                # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),               # G
 "border_eg": ("region", "EG", 30.0, 25.15, "Egypt-Libya border (Egyptian side)"),           # K
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                               # G
 "sallum_port": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),                  # G* (row منفذ امساعد, country EG)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),               # G* (row برقة)
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                    # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                 # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                     # G
 # ui3 Tunisia's far south (TAP)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                       # G
 "borj": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                             # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                     # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                               # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),            # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                        # G* (row جنوب تونس)
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                     # G
 "aouina": ("base", "TN", 36.85100, 10.22700, "El Aouina Air Base"),                         # G
 "remada_ab": ("base", "TN", 32.306, 10.382, "Remada Air Base"),                             # K
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G* (row منفذ وازن, country TN)
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                       # G
 "border_tn": ("region", "TN", 32.05, 10.60, "Tunisia-Libya border (Tunisian side)"),        # K
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                       # G
 # ui4 Wadi al-Shati, Sharara, Ash Shwayrif (QNA)
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                          # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                             # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                         # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                      # G (row قاعدة تمنهنت)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                       # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                         # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                  # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),      # G* (row الحدود الليبية النيجرية)
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                                # G* (Jufra air base point, near Hun/Waddan)
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                        # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                         # G* (row جنوب ليبيا)
 # ui5 In Amenas, Debdeb, Ghadames (APS)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                    # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                                # G (row عين أميناس)
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                    # G
 "hassi": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                               # G
 "tigu": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),                   # G
 "in_amenas_ap": ("airport", "DZ", 28.05150, 9.64291, "In Amenas Airport"),                  # G (row مطار عين أميناس)
 "boufarik": ("base", "DZ", 36.54580, 2.87611, "Boufarik Air Base"),                         # G* (airport row قاعدة بوفاريك الجوية, kind base)
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                      # G
 "debdeb_crossing": ("crossing", "DZ", 30.05, 9.47, "Debdeb-Ghadames border crossing"),      # K
 "border_dz": ("region", "DZ", 28.8, 9.55, "Algeria-Libya border (Algerian side)"),          # K
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),             # G* (town row, kind district)
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                         # G
}

TRAPS = {
 "ui1": ["وكالة الأنباء الألمانية", "مختار الطرابلسي", "رد الجميل", "عاصفة السلام", "التركية", "الليبية"],
 "ui2": ["وكالة أنباء الشرق الأوسط", "عبد السلام الإدريسي", "عملية الكرامة", "المصرية", "الليبية"],
 "ui3": ["وكالة تونس إفريقيا للأنباء", "محمد الغدامسي", "الليبي"],
 "ui4": ["قنا", "سالم الإدريسي", "كتيبة ثوار طرابلس", "طارق بن زياد", "تشادية"],
 "ui5": ["وأج", "نور الدين الوهراني", "دعم مالي", "الليبية", "جزائرية", "الجيش الوطني الشعبي"],
}

PHEN = {
 "ui1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "coverage_bases", "countries"],
 "ui2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri", "vague_area",
         "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "ui3": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "ui4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "countries"],
 "ui5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "ui1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["قاعدة الوطية الجوية"], ["العزيزية", "بير الغنم"]),
  mv("withdraw", "reported", "Zintan forces", ["قاعدة الوطية الجوية"], ["الزنتان"]),
  mv("mobilise", "denied", "Zintan forces", [], ["الرجبان"]),
  mv("advance", "conditional", "Zintan forces", [], ["الوطية"]),
  mv("naval_landing", "reported", "Turkish armed forces", ["مرسين"], ["ميناء الخمس"]),
  mv("shipment", "planned", "Turkish armed forces", [], ["ميناء مصراتة"]),
 ],
 "ui2": [
  mv("reinforce", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سيوة"], ["مرسى مطروح"]),
  mv("advance", "denied", "Egyptian army", [], ["الجغبوب"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["منفذ السلوم البري"]),
  mv("naval_landing", "reported", "Libyan National Army", ["بنغازي"], ["قاعدة طبرق البحرية"]),
  mv("redeploy", "planned", "Libyan National Army", ["طبرق"], ["الجغبوب"]),
 ],
 "ui3": [
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["برج الخضراء"], ["رمادة"]),
  mv("airlift", "reported", "Tunisian army", ["قاعدة العوينة الجوية"], ["قاعدة رمادة الجوية"]),
  mv("withdraw", "denied", "Tunisian army", ["الذهيبة"], []),
  mv("mobilise", "conditional", "Tunisian army", [], ["الحدود مع ليبيا"]),
  mv("deploy", "planned", "GNA forces", ["نالوت"], ["غدامس"]),
 ],
 "ui4": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة تمنهنط الجوية"], ["إدري"], ["سبها", "براك"]),
  mv("withdraw", "reported", "Chadian armed groups", ["حقل الشرارة"], ["الحدود مع النيجر"]),
  mv("shipment", "planned", "Libyan National Army", ["الجفرة"], ["وادي الشاطئ"]),
  mv("advance", "conditional", "Libyan National Army", [], ["حقل الفيل"]),
  mv("deploy", "denied", "GNA forces", ["طرابلس"], ["الشويرف"]),
 ],
 "ui5": [
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["عين أمناس", "مجمع تيقنتورين"], ["حاسي مسعود"]),
  mv("airlift", "reported", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار عين أمناس"]),
  mv("redeploy", "planned", "Algerian army", ["عين أمناس"], ["الدبداب"]),
  mv("advance", "denied", "Algerian army", [], ["غدامس"], ["معبر الدبداب"]),
  mv("deploy", "conditional", "GNA forces", ["طرابلس"], ["غدامس"], ["درج"]),
 ],
}

NOTES = {
 "ui1": "dpa-style wire item: a GNA force Tripoli→Al-Watiya air base via Al-Aziziyah and Bir al-Ghanam (reported, two "
        "anonymous sources), the Zintan fighters' pull-back from the base to Zintan (reported), Zintan's denied massing at "
        "Al-Rujban, a conditional Zintan return to Al-Watiya, a Turkish landing ship Mersin→Khoms port (reported) and a "
        "Turkish cargo ship due at Misrata port (planned). Traps: the spokesman «الطرابلسي», the idiom «رد الجميل», "
        "«عاصفة السلام».",
 "ui2": "MENA-style wire item: Egyptian reinforcements Mohamed Naguib base→Siwa via Marsa Matruh (reported), the army "
        "spokesman's denial of a crossing towards Al-Jaghbub, extra units for the Sallum land port «حال رصد أي تهديد» "
        "(conditional), an LNA landing ship Benghazi→Tobruk naval base (reported) and a planned LNA battalion "
        "Tobruk→Al-Jaghbub. The border phrase after Siwa and Cairo (dateline) are not movement places.",
 "ui3": "TAP-style wire item: Tunisian army reinforcements Tataouine→Borj El Khadra via Remada and a C-130 El Aouina "
        "air base→Remada air base (reported), the ministry's denied pull-out from Dehiba, the governor's «في صورة» "
        "massing on the border with Libya (conditional) and a planned GNA company Nalut→Ghadames. Tunis (dateline, "
        "«تونس العاصمة») vs Tunisia (country); «والي تطاوين» is the governorate.",
 "ui4": "QNA-style wire item: an LNA column Tamanhint air base→Idri via Sabha and Brak (reported, retold by a resident), "
        "a Chadian group's pull-back Sharara field→the Niger border (reported), a planned LNA supply convoy "
        "Jufra→Wadi al-Shati, a conditional advance on the El Feel field and the GNA's denied force Tripoli→Ash "
        "Shwayrif. Traps: «قنا», «الإدريسي», «كتيبة ثوار طرابلس».",
 "ui5": "APS-style wire item: an Algerian 4th-region reinforcement Ouargla→In Amenas/Tiguentourine via Hassi Messaoud "
        "and an Il-76 Boufarik air base→In Amenas airport (reported), a planned redeploy In Amenas→Debdeb, a denied "
        "crossing via the Debdeb crossing towards Ghadames and a conditional GNA force Tripoli→Ghadames via Derj. "
        "Algiers (dateline) vs Algeria (country); «دعم مالي» trap.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ui1", "ui2", "ui3", "ui4", "ui5")
