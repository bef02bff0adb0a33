# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 "bahrain": ("country", "BH", 26.00211, 50.54527, "Bahrain"),                           # G
 # cities outside the Libyan theatre
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "manama": ("city", "BH", 26.22787, 50.58565, "Manama"),                                # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 # Libya: west, Fezzan, centre
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),     # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames Municipality"),        # G* (town row, written بلدية غدامس)
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                   # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libya side)"),  # G* (row الحدود الليبية الجزائرية)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libya side)"),  # G* (row الحدود الليبية النيجرية)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                        # G (row أبوقرين)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),      # G* (row منفذ رأس جدير, written معبر رأس جدير / معبر راس جدير)
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 # Libya: east
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G
 # Egypt (Matrouh)
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "sallum_crossing": ("crossing", "EG", 31.59, 25.08, "Sallum land port"),               # K
 "border_eg_ly": ("region", "EG", 31.2, 25.3, "Egypt-Libya border (Egypt side)"),       # K
 "marsa_matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                    # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                    # G
 # Tunisia (south)
 "gafsa": ("city", "TN", 34.425, 8.784, "Gafsa"),                                       # K
 "metlaoui": ("town", "TN", 34.321, 8.402, "Metlaoui"),                                 # K
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                      # G (also written بنقردان)
 "border_tn_ly": ("region", "TN", 32.75, 10.95, "Tunisia-Libya border (Tunisia side)"), # K
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 # Sudan
 "dabbah": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                             # G (row الدبه)
 "border_sd_ly": ("region", "SD", 20.8, 25.5, "Sudan-Libya border (Sudan side)"),       # K
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                      # G
 "karb_tom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                       # G
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                        # G
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                              # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "el_fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                          # G
}

TRAPS = {
 "qol1": ["الشبابية", "اللواء 444 قتال", "اللواء طارق بن زياد", "القيادة العامة", "حكومة الوحدة الوطنية",
          "المؤسسة الوطنية للنفط", "الهلال الأحمر الليبي", "عبد السلام الغدامسي", "درجت"],
 "qol2": ["تلفزيون البحرين", "مصرف البحرين المركزي", "الجيش الوطني الليبي", "المجلس العسكري مصراتة",
          "اللجنة العسكرية الليبية المشتركة", "الكويتي", "اللبنانية", "التركية", "سوداني", "ليبية"],
 "qol3": ["ولاد البلد", "مطروح لنا", "المنطقة الغربية العسكرية", "حرس الحدود", "الجيش الوطني الليبي",
          "فرج السلومي", "مصري", "مصرية", "المصرية", "ليبية", "الليبية", "الليبي"],
 "qol4": ["صوت المناجم", "شركة فسفاط قفصة", "القوافل الرياضية بقفصة", "الملعب التونسي",
          "حكومة الوحدة الوطنية الليبية", "الجيش الوطني", "الليبي", "الليبية"],
 "qol5": ["سودارس", "الدعم السريع", "القيادة العامة الليبية", "دارفور 24", "النيلين", "الراكوبة", "راديو دبنقا",
          "كورة سودانية", "الهلال", "المريخ", "السوداني", "السودانية", "سوداني"],
}

PHEN = {
 "qol1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qol2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "coverage_bases", "countries"],
 "qol3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "border_phrase",
          "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "qol4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "border_phrase",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qol5": ["spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
          "border_phrase", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qol1": [
  mv("reinforce", "reported", "GNA forces", ["طرابلس"], ["غدامس", "الحدود مع الجزائر"], ["نالوت"]),
  mv("deploy", "planned", "GNA forces", ["غدامس"], ["مطار غدامس", "درج"]),
  mv("advance", "denied", "Libyan National Army", ["سبها"], ["الشويرف"]),
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["منفذ التوم", "الحدود مع النيجر"]),
  mv("withdraw", "conditional", "GNA forces", ["الشويرف"], []),
 ],
 "qol2": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["سرت"], ["أجدابيا"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الجفرة الجوية"]),
  mv("mobilise", "reported", "Misrata forces", ["مصراتة"], ["أبو قرين"]),
  mv("advance", "conditional", "Misrata forces", [], ["سرت"]),
  mv("deploy", "denied", "Turkish armed forces", [], ["قاعدة الوطية"]),
  mv("withdraw", "planned", "Russian forces", ["قاعدة براك الجوية"], []),
 ],
 "qol3": [
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["السلوم", "الحدود مع ليبيا"]),
  mv("deploy", "planned", "Egyptian army", [], ["سيوة"]),
  mv("advance", "denied", "Egyptian army", ["سيوة"], ["الجغبوب"]),
  mv("redeploy", "conditional", "Libyan National Army", ["طبرق"], ["امساعد"]),
 ],
 "qol4": [
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["بن قردان", "الحدود مع ليبيا"]),
  mv("deploy", "planned", "Tunisian army", [], ["الذهيبة", "رمادة"]),
  mv("withdraw", "conditional", "Tunisian army", ["بن قردان"], ["قابس"]),
  mv("advance", "denied", None, ["زوارة"], ["معبر رأس جدير"]),
 ],
 "qol5": [
  mv("reinforce", "reported", "Sudanese army", ["الدبة"], ["مثلث العوينات", "الحدود مع ليبيا"]),
  mv("advance", "reported", "Sudanese armed groups", ["المالحة"], ["وادي هور"]),
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["كرب التوم"]),
  mv("airlift", "planned", "Sudanese army", ["بورتسودان"], ["دنقلا"]),
  mv("withdraw", "conditional", "Sudanese armed groups", ["المالحة"], []),
 ],
}

NOTES = {
 "qol1": "Libyan state youth radio ticker (Al-Shababiya, Tripoli), time-stamped items: a 444 Brigade column Tripoli→"
         "Ghadames via Nalut to the border with Algeria (reinforce, reported), a planned company at Ghadames airport and "
         "another in Derj (deploy, planned; origin Ghadames resolved from «سرية منه»), the General Command's denial of any "
         "move Sabha→Ash Shwayrif (advance, denied), a Tariq bin Ziyad unit Sabha→the Tummo crossing on the border with "
         "Niger (deploy, reported; Al Qatrun is only the source's location) and the GNU's «لن تنسحب ... إلا بعد» from Ash "
         "Shwayrif (withdraw, conditional; Brak only a road reference); the headline repeating the body, the Red Crescent "
         "convoy Misrata→Sirte, Sharara restart, Tripoli as venue, Benghazi as the denying command and the Ghadames "
         "municipality are not moves; «درجت» holds Derj and «الغدامسي» holds Ghadames.",
 "qol2": "Bahrain TV urgent bar (Manama): LNA reinforcements Benghazi→Sirte via Ajdabiya (reported), two Russian military "
         "cargo planes Khmeimim→Jufra air base (airlift, reported), Misratan battalions massing at Abu Qurayn (mobilise, "
         "reported), the Misrata military council's «ستتقدم نحو سرت إذا» (advance, conditional), Turkey's denial of extra "
         "troops to Al-Watiya (deploy, denied; Tripoli only a distance reference) and Moscow's planned withdrawal of "
         "advisers from Brak air base (withdraw, planned); Kuwait the country (foreign minister) vs Kuwait City (مدينة "
         "الكويت), Tripoli in Lebanon (power cut), Bahrain and Moscow as speakers, refugees reaching Kufra and Sirte inside "
         "an appeal are not movement places.",
 "qol3": "Egyptian local network's live page (Welad Elbalad, Sallum), time-stamped: Egyptian reinforcements Marsa Matruh→"
         "Sallum and the border with Libya (Egypt side; reinforce, reported), a planned border-guard unit to Siwa (Al "
         "Jaghbub only as the tracks' goal), the military spokesman's denial of a crossing Siwa→Al Jaghbub (advance, "
         "denied) and an LNA battalion Tobruk→Emsaed only «في حال تجددت محاولات التهريب» (redeploy, conditional); the "
         "returning workers from Tobruk/Benghazi/Libya, trucks, buses to Marsa Matruh, Cairo talks and the Benghazi "
         "consulate are not moves; «مطروح لنا» holds مطروح, «فرج السلومي» holds السلوم; Matrouh governorate (district) "
         "beside Marsa Matruh (city).",
 "qol4": "Tunisian community radio flash (Sawt El Manajem, Gafsa): army reinforcements Gabes→Ben Gardane and the border "
         "with Libya (Tunisia side; reported), units to deploy next week in Dehiba and around Remada (planned; Tataouine "
         "only the command seat), the units in Ben Gardane «لن تعود إلى ثكناتها في قابس إلا بعد» (withdraw, conditional) "
         "and the GNU interior ministry's denial that any armed group entered the crossing from Zuwara (advance, denied, "
         "actor null; «المعبر» resolved to معبر رأس جدير); phosphate trains Metlaoui→Gabes, Libyan travellers via the "
         "Wazin crossing to Tataouine, «طرابلس تنفي» (metonymy), weather over Gafsa and the Gafsa football club are not "
         "moves. Spellings بنقردان/بن قردان and راس جدير/رأس جدير.",
 "qol5": "Sudanese aggregator ticker (Sudaress), one-line headlines with source credits: SAF reinforcements Ad-Dabbah "
         "(written الدبة)→the Uweinat triangle and the border with Libya (Sudan side; reported), an RSF column Al Malha→"
         "Wadi Howar (advance, reported), the LNA's denial of arms shipments Kufra→Karb al-Tom (shipment, denied), a "
         "planned SAF battalion flight Port Sudan→Dongola (airlift, planned) and the RSF's «لن ننسحب من المالحة ما لم» "
         "(withdraw, conditional; North Darfur only inside the condition); refugees El Fasher→Kufra, migrants deported "
         "Libya→Sudan, an Egyptian delegation in Port Sudan, football (الهلال، المريخ) and media credits (السوداني holds "
         "السودان, دارفور 24) are not moves.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qol1", "qol2", "qol3", "qol4", "qol5")
BAR_IN_TEXT = True  # ticker separators «|» are part of the plain text
