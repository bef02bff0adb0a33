# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                  # G
 "greece": ("country", "GR", 39.07170, 21.95170, "Greece"),                                # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                              # G
 # Libya, west coast
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),                # G
 "abu_sitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                  # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                   # G
 "zuwara_port": ("crossing", "LY", 32.92200, 12.12000, "Port of Zuwara"),                  # G
 "abu_kammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                         # G* (row أبو كماش, written أبوكماش)
 "farwa": ("region", "LY", 33.10000, 11.73000, "Farwa Island"),                            # G
 "border_sea_tn": ("region", "LY", 33.17, 11.57, "Libya-Tunisia maritime border (Libyan side)"),  # K
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                               # G
 "sabratha_port": ("crossing", "LY", 32.805, 12.485, "Sabratha harbour"),                  # K
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),       # G
 # Libya, east coast
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),              # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                     # G
 "derna_port": ("crossing", "LY", 32.77000, 22.64800, "Port of Derna"),                    # G
 "bomba_gulf": ("region", "LY", 32.40000, 23.10000, "Gulf of Bomba"),                      # G
 "bomba": ("town", "LY", 32.33000, 23.12000, "Bomba"),                                     # G
 "ain_ghazala": ("town", "LY", 32.15000, 23.33000, "Ain al Ghazala"),                      # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                   # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),                  # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                  # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),         # G
 "kambut": ("town", "LY", 31.90434, 24.47840, "Kambut"),                                   # G
 "bardia": ("town", "LY", 31.75601, 25.08530, "Bardia"),                                   # G* (row بردية, written البردية)
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                   # G
 "border_ly_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libyan side)"), # G* (row الحدود الليبية المصرية)
 # Tunisia
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G
 "bizerte": ("city", "TN", 37.27442, 9.87391, "Bizerte"),                                  # G
 "mahdia": ("town", "TN", 35.50472, 11.06222, "Mahdia"),                                   # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                       # G
 "sfax_port": ("crossing", "TN", 34.73, 10.77, "Port of Sfax"),                            # K
 "kerkennah": ("region", "TN", 34.72, 11.20, "Kerkennah Islands"),                         # K
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                                 # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                   # G
 "border_tn_ly": ("region", "TN", 33.12, 11.45, "Tunisia-Libya border (Tunisian side)"),   # K
 # Italy
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                       # G
 "taranto": ("city", "IT", 40.46438, 17.24707, "Taranto"),                                 # G
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                             # G* (row لامبيدوسا, written لامبيدوزا)
 # Egypt
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                           # G
 "ras_el_tin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),                # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),             # G
 "alamein": ("town", "EG", 30.83007, 28.95502, "El Alamein"),                              # G
 "marsa_matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                       # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),               # G (row مطروح, written محافظة مطروح)
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                       # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                   # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 # Greece
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                   # G
 "gavdos": ("region", "GR", 34.83333, 24.08333, "Gavdos"),                                 # G
 "souda": ("base", "GR", 35.48717, 24.07344, "Souda Bay naval base"),                      # G* (town row خليج سودا)
 "athens": ("city", "GR", 37.98376, 23.72784, "Athens"),                                   # G* (row آتن, written أثينا)
 # Morocco
 "tangier": ("city", "MA", 35.76727, -5.79975, "Tangier"),                                 # G* (row تنجه, written طنجة)
 "tetouan": ("city", "MA", 35.57845, -5.36837, "Tetouan"),                                 # G
 "fnideq": ("town", "MA", 35.8497, -5.3575, "Fnideq"),                                     # K
 "casablanca": ("city", "MA", 33.58831, -7.61138, "Casablanca"),                           # G* (row أنفا, written الدار البيضاء)
 # Syria
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                   # G
}

TRAPS = {
 "qru1": ["أمن السواحل", "جهاز حرس السواحل", "غدامس", "الطرابلسي", "جيش البحر التونسي", "التونسي", "تونسية",
          "جهاز مكافحة الهجرة غير الشرعية"],
 "qru2": ["المرصد الاجتماعي التونسي", "المنتدى التونسي للحقوق الاقتصادية والاجتماعية", "جيش البحر", "الحرس البحري",
          "التجربة", "تونسياً", "التونسية", "تونسية", "صفاقسيين", "الإيطالية", "إيطالية", "الاتحاد الأوروبي",
          "جنوب الصحراء"],
 "qru3": ["قناة الإسكندرية", "الجلالة", "المطروح", "المنطقة الغربية العسكرية", "جمال عبد الناصر", "حماة الشواطئ", "مصريون",
          "المصرية", "مصرية", "الليبية", "الليبي"],
 "qru4": ["الشمال بريس", "الطريق الليبي", "محمد التطواني", "الجيش الوطني الليبي", "البحرية الملكية", "ليبية",
          "الليبية", "اليونانية", "يونانية", "المغربية", "المغاربة"],
 "qru5": ["المكتب الإعلامي لبلدية طبرق", "جامعة طبرق", "شركة البريقة لتسويق النفط", "أمن السواحل", "خفر السواحل", "روسية", "المصرية"],
}

PHEN = {
 "qru1": ["clitics", "spelling", "multiword", "operation_trap", "person_trap", "nisba",
          "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qru2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qru3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "qru4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "border_phrase",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qru5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba",
          "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qru1": [
  mv("reinforce", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("deploy", "planned", "GNA forces", [], ["أبوكماش", "جزيرة فروة", "الحدود البحرية مع تونس"]),
  mv("deploy", "reported", "GNA forces", ["ميناء طرابلس"], ["مجمع مليتة"]),
  mv("withdraw", "conditional", "GNA forces", ["ميناء صبراتة"], []),
  mv("shipment", "planned", None, ["تارانتو"], ["ميناء طرابلس"]),
  mv("advance", "denied", "Tunisian army", [], ["أبوكماش"]),
 ],
 "qru2": [
  mv("reinforce", "reported", "Tunisian army", ["بنزرت"], ["ميناء صفاقس"]),
  mv("deploy", "planned", "Tunisian army", [], ["جرجيس", "جربة"]),
  mv("deploy", "conditional", "Tunisian army", [], ["الحدود مع ليبيا"]),
  mv("deploy", "denied", "Tunisian army", [], ["لامبيدوزا"]),
 ],
 "qru3": [
  mv("deploy", "reported", "Egyptian army", ["قاعدة رأس التين البحرية"], ["مرسى مطروح"]),
  mv("reinforce", "reported", "Egyptian army", ["سيدي براني"], ["السلوم"]),
  mv("redeploy", "planned", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["مرسى مطروح"]),
  mv("deploy", "conditional", "Egyptian army", [], ["طبرق"]),
  mv("naval_landing", "denied", "Egyptian army", [], ["البردية"]),
 ],
 "qru4": [
  mv("reinforce", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء طبرق"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["درنة", "كمبوت"]),
  mv("deploy", "planned", None, ["قاعدة سودا البحرية"], ["غافدوس"]),
  mv("deploy", "denied", None, [], ["ميناء طبرق"]),
 ],
 "qru5": [
  mv("reinforce", "reported", "Libyan National Army", ["ميناء درنة"], ["طبرق"]),
  mv("redeploy", "planned", "Libyan National Army", ["طبرق"], ["البردية"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["خليج البمبة"]),
  mv("deploy", "denied", "Russian forces", ["طرطوس"], ["قاعدة طبرق البحرية"]),
 ],
}

NOTES = {
 "qru1": "Libyan coastal-security media office (General Administration for Coastal Security, GNU Interior) from Tripoli: "
         "two patrol boats Abu Sitta naval base→Zuwara port (reinforce), planned joint patrols off Abu Kammash, Farwa "
         "Island and along the maritime border with Tunisia, a third boat Tripoli port→Mellitah complex, a conditional "
         "pull-out from Sabratha harbour («لن تسحب ... إلا إذا»), six Italian boats to be shipped Taranto→Tripoli port "
         "(planned, actor null) and the denied entry of Tunisian navy craft off Abu Kammash; migrants returned to Tripoli "
         "port, Zarzis fishing boats, the 2017 boats from Italy (background), Rome's promise and «ترفضه طرابلس» are not "
         "movements or movement places; the boat «غدامس» and the officer «الطرابلسي» are traps.",
 "qru2": "Tunisian NGO news item (FTDES / Tunisian Social Observatory) from Tunis on March interceptions: two navy "
         "patrol craft Bizerte→Sfax port reinforcing the maritime guard, a planned deployment to Zarzis and Djerba, a "
         "conditional deployment near the border with Libya (Abu Kammash and Zuwara only in the condition) and the "
         "denied dispatch of Tunisian craft to the waters off Lampedusa; departures from Sfax, Mahdia and Kerkennah, the "
         "shift of departure points towards Zarzis and Djerba, arrivals in Italy, the 2022 Zarzis shipwreck and "
         "expulsions are civilian or background; Tunis the dateline (city) beside Tunisia the country; «التجربة» holds جربة.",
 "qru3": "Egyptian regional TV site (Alexandria Channel) from Alexandria: the frigate «الجلالة» Ras el-Tin naval "
         "base→Marsa Matruh, border-guard reinforcements Sidi Barrani→Sallum, a planned marine battalion Mohamed Naguib "
         "base→Marsa Matruh, a conditional approach to the waters off Tobruk and a denied Egyptian landing at Bardia; "
         "migrant boats towards Crete, last year's exercise off El Alamein (background), fishing boats returning to "
         "Marsa Matruh, Cairo by metonymy and the governor's tour are not movements or movement places.",
 "qru4": "Moroccan regional news site (Achamal Press) from Tangier on young Moroccans travelling Casablanca→Benina→Tobruk→"
         "Crete (civilian route): LNA interceptor boats Benghazi port→Tobruk port, a conditional LNA deployment to the "
         "beaches of Derna and Kambut, Greece's planned frigates Souda naval base→south of Gavdos (actor null) and the "
         "denied entry of a Greek warship into Tobruk port (actor null); the border with Egypt is only the extent of "
         "the watched coast; the Royal Navy's interception off Fnideq and a repatriation flight Benghazi→Casablanca are "
         "not movements; «محمد التطواني» holds تطوان.",
 "qru5": "Tobruk municipality's media office: the mayor meets the LNA naval base commander — two patrol boats Derna "
         "port→Tobruk (reinforce), a planned marine company Tobruk→Bardia, a conditional deployment to the Gulf of "
         "Bomba and a denied Russian landing ship Tartus→Tobruk naval base; land patrols from Ain al-Ghazala to Bomba "
         "(static), Egyptian fishing boats from Sallum towed to Tobruk port, tankers at Marsa al-Hariga and a proposed "
         "passenger line Tobruk–Crete are not movements; the outlet, Tobruk University and the Brega oil-marketing "
         "company are traps.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qru1", "qru2", "qru3", "qru4", "qru5")
