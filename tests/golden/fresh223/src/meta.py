# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                   # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                    # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                     # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                   # G
 "qatar": ("country", "QA", 25.36383, 51.13780, "Qatar"),                                   # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                                # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                                 # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                      # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                        # G
 # hq1 Derna floods
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                      # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                                   # G
 "jabal_akhdar": ("region", "LY", 32.02519, 21.79830, "Jebel Akhdar"),                      # G* (district row, as region)
 "derna_port": ("crossing", "LY", 32.7630, 22.6480, "Derna port"),                          # K
 "benghazi_port": ("crossing", "LY", 32.0975, 20.0500, "Benghazi port"),                    # K
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "Al Abraq Airport"),                # G
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                                  # G
 "marsa_matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                        # G
 "emsaed_crossing": ("crossing", "LY", 31.60968, 25.04999, "Emsaed (Amsaad) crossing"),     # G
 "border_eg_ly": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libyan side)"),  # G* (row الحدود الليبية المصرية)
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),   # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                     # G
 # hq2 Ubari sandstorm
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                      # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),                 # G* (town row)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                      # G
 "south_west": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                 # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                      # G
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                     # G
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                     # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                 # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                            # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                        # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                        # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                    # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                  # G
 # hq3 Ghat floods, Algerian relief
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                     # G
 "illizi_wilaya": ("district", "DZ", 26.97285, 7.86520, "Illizi province"),                 # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                                  # G
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),       # G
 "boufarik_base": ("base", "DZ", 36.57413, 2.91214, "Boufarik Air Base"),                   # G* (town row)
 "tin_alkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum crossing"),               # G* (row منفذ إيسين)
 "border_ly_dz": ("region", "DZ", 26.0, 9.75, "Algeria-Libya border (Algerian side)"),      # K
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),                 # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                               # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                   # G
 # hq4 Kufra fire
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                      # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                   # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                                # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                        # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                                  # G
 "matan_sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),             # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "triangle_ly_sd_td": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                        # G
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                        # G
 "south_east": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                 # G* (row جنوب شرق ليبيا)
 # hq5 Bani Walid fires
 "bani_walid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                            # G
 "bani_walid_mun": ("district", "LY", 31.74554, 13.98354, "Bani Walid municipality"),       # G* (town row)
 "bani_walid_airport": ("airport", "LY", 31.73920, 13.95400, "Bani Walid Airport"),         # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                      # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                                  # G
 "aouina_base": ("base", "TN", 36.85100, 10.22700, "El Aouina Air Base"),                   # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                      # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                    # G
 "misrata_port": ("crossing", "LY", 32.3670, 15.2120, "Misrata port (Qasr Ahmed)"),         # K
}

TRAPS = {
 "hq1": ["قورينا الجديدة", "غرفة عمليات الجبل الأخضر", "الدرناوي", "القبة الخضراء", "ليبيا الحدث"],
 "hq2": ["فسانيا", "إدريس الأنصاري", "مبالغات", "إذاعة أوباري المحلية"],
 "hq3": ["القطاع العملياتي جانت", "وكالة الأنباء الجزائرية"],
 "hq4": ["/قنا/", "وكالة الأنباء القطرية"],
 "hq5": ["ليبيا الأحرار", "المجلس العسكري مصراتة", "ما سرت به أنباء", "عماد الطرابلسي"],
}

PHEN = {
 "hq1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "hq2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
 "hq3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "hq4": ["clitics", "multiword", "media_trap", "nisba", "vague_area", "border_phrase", "coverage_bases",
         "coverage_oil", "coverage_neighbours", "countries"],
 "hq5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "town_vs_district", "coverage_bases",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"
MOVES = {
 "hq1": [
  mv("deploy", "reported", LNA, ["بنغازي"], ["درنة"], ["البيضاء"]),
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء درنة"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار الأبرق"]),
  mv("withdraw", "denied", LNA, ["درنة"], ["القبة"]),
  mv("deploy", "conditional", "Egyptian army", ["مرسى مطروح"], ["درنة"], ["منفذ امساعد"]),
 ],
 "hq2": [
  mv("deploy", "reported", LNA, ["سبها"], ["أوباري"], ["جرمة"]),
  mv("airlift", "reported", LNA, ["قاعدة الجفرة الجوية"], ["قاعدة تمنهنت الجوية"]),
  mv("redeploy", "planned", LNA, ["حقل الشرارة"], ["الغريفة"]),
  mv("reinforce", "conditional", LNA, ["براك"], ["إدري"]),
  mv("advance", "denied", "Chadian armed groups", [], ["حقل الشرارة"]),
 ],
 "hq3": [
  mv("airlift", "reported", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار جانت"]),
  mv("shipment", "reported", "Algerian army", ["جانت"], ["غات"], ["معبر تين الكوم"]),
  mv("reinforce", "planned", "Algerian army", ["برج عمر إدريس"], ["الحدود مع ليبيا"]),
  mv("withdraw", "conditional", "Algerian army", ["غات"], ["جانت"]),
  mv("deploy", "denied", "Algerian army", [], ["العوينات"]),
 ],
 "hq4": [
  mv("reinforce", "reported", LNA, ["أجدابيا"], ["الكفرة"], ["جالو"]),
  mv("shipment", "reported", LNA, ["الكفرة"], ["ربيانة"]),
  mv("advance", "reported", LNA, ["الكفرة"], ["قاعدة معطن السارة الجوية"]),
  mv("mobilise", "conditional", LNA, [], ["الحدود مع السودان", "المثلث الحدودي"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("redeploy", "denied", LNA, ["حقل السرير"], ["الكفرة"]),
 ],
 "hq5": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["بني وليد"], ["ترهونة"]),
  mv("withdraw", "conditional", GNA, ["بني وليد"], ["طرابلس"]),
  mv("airlift", "reported", "Tunisian army", ["قاعدة العوينة الجوية"], ["مطار بني وليد"]),
  mv("mobilise", "planned", "Misrata forces", [], ["زليتن"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء مصراتة"]),
 ],
}

NOTES = {
 "hq1": "Derna flash floods (Quryna al-Jadida, Derna): LNA engineers Benghazi→Derna via Al-Bayda and a landing ship "
        "Benghazi port→Derna port (reported), a field-hospital airlift Benina air base→Al-Abraq airport (planned), a "
        "denied pull-back Derna→Al-Qubba, Egypt's conditional rescue units Marsa Matruh→Derna via the Emsaed crossing; "
        "the Lebanese civil-defence team from Tripoli (Lebanon), the Egyptian Red Crescent convoys and the GNU medicine "
        "plane are not force moves; «القبة الخضراء» of a mosque is a common-word trap.",
 "hq2": "Ubari sandstorm (Fasania, Ubari): an LNA battalion Sabha→Ubari via Germa and a military cargo plane Jufra air "
        "base→Tamanhint air base (reported), a company Sharara field→Al-Ghurayfa (planned), Brak→Idri «إذا امتدت "
        "العاصفة» (conditional), a denied Chadian advance on Sharara; the Red Crescent convoy from Sabha and stranded "
        "migrants are not moves; «مبالغات» hides Ghat, «إدريس» hides Idri.",
 "hq3": "Ghat floods seen from Algeria (Ech-Chaab, Illizi): Il-76s Boufarik air base→Djanet airport and army trucks "
        "Djanet→Ghat via the Tin Alkoum crossing (reported), border guards Bordj Omar Driss→the border with Libya "
        "(planned), the detachment's return Ghat→Djanet «بمجرد» (conditional), a denied entry into Al-Awaynat; the "
        "civil ambulance plane to Ouargla and the Red Crescent are not moves; Algiers city vs Algeria country.",
 "hq4": "Kufra camp fire in a sandstorm (QNA, Kufra): LNA reinforcements Ajdabiya→Kufra via Jalu, Subul al-Salam "
        "water/supply trucks Kufra→Rebiana and patrols Kufra→Maaten al-Sarra air base (reported), massing on the "
        "Sudan border and in the triangle «في حال» (conditional), a medical airlift Benina→Kufra airport (planned), a "
        "denied redeploy Sarir field→Kufra; Qatar's aid plane from Doha is not a move; «/قنا/» (QNA) is not Qena.",
 "hq5": "Bani Walid wildfires (Youm7, Cairo): a GNU column Tripoli→Bani Walid via Tarhuna (reported) and its return "
        "«بمجرد إخماد» (conditional), a Tunisian army C-130 El Aouina air base→Bani Walid airport (reported), Misrata's "
        "planned massing in Zliten, Turkey's denied landing at Misrata port (a commercial ship is not a move); the "
        "relief agency's trucks are not moves; «عماد الطرابلسي» and «ما سرت به أنباء» are traps.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("hq1", "hq2", "hq3", "hq4", "hq5")
