# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 # shared: Derna, Benghazi, the Green Mountain
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "martuba": ("town", "LY", 32.57421, 22.76353, "Martuba"),                              # G
 "fataih": ("district", "LY", 32.76704, 22.63669, "Al Fataih (Derna)"),                 # G* (row الفتائح, kind town)
 "jabal_akhdar": ("region", "LY", 32.02519, 21.79830, "Green Mountain (Jabal al Akhdar)"),  # G* (district row)
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "Al Abraq Airport"),            # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "ras_hilal": ("village", "LY", 32.87000, 22.18000, "Ras al Hilal"),                    # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 # qdg1 the LNA reshuffle in Derna (Al-Quds Al-Arabi)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "shiha": ("district", "LY", 32.76704, 22.63669, "Shiha (Derna)"),                      # G* (row شيحا, kind town)
 "derna_mun": ("district", "LY", 32.76704, 22.63669, "Derna municipality"),             # G* (city row)
 "qubbah": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                             # G
 # qdg2 the Egyptian engineering authority in Derna (Al-Wafd)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "wadi_derna": ("region", "LY", 32.745, 22.615, "Wadi Derna"),                          # K
 "border_eg": ("region", "EG", 31.3, 25.1, "Egypt-Libya border (Egyptian side)"),       # K
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "matruh_airport": ("airport", "EG", 31.32540, 27.22170, "Mersa Matruh Airport"),       # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 # qdg3 the 2026 storm in the Green Mountain (Ammon)
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G
 "shahhat": ("town", "LY", 32.80430, 21.86605, "Shahhat"),                              # G
 "shahhat_mun": ("district", "LY", 32.80430, 21.86605, "Shahhat municipality"),         # G* (town row)
 "susa": ("town", "LY", 32.89702, 21.96583, "Susah (Apollonia)"),                       # G
 "qasr_libya": ("town", "LY", 32.63333, 21.41667, "Qasr Libya"),                        # G
 "wadi_kuf": ("region", "LY", 32.69650, 21.56560, "Wadi al-Kuf"),                       # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "boufarik": ("base", "DZ", 36.54580, 2.87611, "Boufarik Air Base"),                    # G* (row قاعدة بوفاريك الجوية, kind airport)
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "aouina": ("base", "TN", 36.85100, 10.22700, "El Aouina Air Base"),                    # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 # qdg4 the checkpoints at Derna's gates (Al-Jarida)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "mukhayli": ("town", "LY", 32.16005, 22.27845, "Al Mukhayli"),                         # G
 "derna_dist": ("district", "LY", 31.86895, 22.56213, "Derna district"),                # G
 # qdg5 the sea and the fuel road to Derna (Al-Ayyam)
 "derna_port": ("crossing", "LY", 32.770, 22.645, "Port of Derna"),                     # K
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "tamimi": ("town", "LY", 32.31000, 23.07000, "At Tamimi"),                             # G
 "ummrizam": ("town", "LY", 32.53332, 23.00904, "Umm ar Rizam"),                        # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "emsaed_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "border_ly_eg": ("region", "LY", 31.45, 24.95, "Libya-Egypt border (Libyan side, coast)"),  # K
}

TRAPS = {
 "qdg1": ["القدس العربي", "القيادة العامة للجيش الوطني الليبي", "طارق بن زياد", "إدريس الشاعري", "بوابة مرتوبة", "درناوي",
          "الراية البيضاء", "قوة حماية درنة"],
 "qdg2": ["الوفد", "الهيئة الهندسية للقوات المسلحة المصرية", "الليبية", "عسكري مصري", "الفرق المصرية"],
 "qdg3": ["عمون", "الجيش الوطني الليبي", "جزائرية", "الأعلام البيضاء", "سوسة الفساد", "جامعة عمر المختار",
          "وزارة الدفاع التونسية", "الدفاع المدني اللبناني", "اللبنانية"],
 "qdg4": ["الجريدة", "القيادة العامة للجيش الوطني الليبي", "بوابة مرتوبة", "إدريس بن طاهر", "الجمعية الكويتية للإغاثة"],
 "qdg5": ["الأيام", "الجيش الوطني الليبي", "ابن عوف", "مصرية", "تركية"],
}

PHEN = {
 "qdg1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_idri", "vague_area", "town_vs_district"],
 "qdg2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qdg3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "town_vs_district",
          "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qdg4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases",
          "countries"],
 "qdg5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "border_phrase",
          "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"
MOVES = {
 "qdg1": [
  mv("withdraw", "reported", LNA, ["درنة"], ["مرتوبة"]),
  mv("deploy", "reported", LNA, ["بنغازي"], ["درنة"], ["البيضاء"]),
  mv("deploy", "denied", LNA, ["بنغازي"], ["شيحا", "الفتائح"]),
  mv("redeploy", "planned", LNA, ["القبة"], ["درنة"]),
  mv("reinforce", "conditional", LNA, ["المرج"], ["درنة"]),
 ],
 "qdg2": [
  mv("deploy", "reported", "Egyptian army", ["مرسى مطروح"], ["درنة"], ["منفذ السلوم البري", "طبرق"]),
  mv("shipment", "planned", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["درنة"]),
  mv("airlift", "conditional", "Egyptian army", ["مطار مرسى مطروح"], ["مطار الأبرق"]),
  mv("withdraw", "denied", "Egyptian army", ["درنة"], ["السلوم"]),
 ],
 "qdg3": [
  mv("reinforce", "reported", LNA, ["المرج"], ["شحات", "سوسة"], ["قصر ليبيا"]),
  mv("airlift", "reported", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار بنينا"]),
  mv("airlift", "planned", "Tunisian army", ["قاعدة العوينة"], ["مطار الأبرق"]),
  mv("mobilise", "conditional", LNA, [], ["البيضاء"]),
  mv("withdraw", "denied", LNA, ["درنة"], ["شحات"]),
 ],
 "qdg4": [
  mv("redeploy", "reported", LNA, ["البيضاء"], ["درنة"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الأبرق"]),
  mv("mobilise", "denied", LNA, ["بنغازي"], ["الفتائح"]),
  mv("advance", "planned", LNA, ["مرتوبة"], ["المخيلي"]),
  mv("withdraw", "conditional", LNA, ["درنة"]),
 ],
 "qdg5": [
  mv("naval_landing", "reported", LNA, ["قاعدة طبرق البحرية"], ["ميناء درنة"]),
  mv("shipment", "reported", LNA, ["ميناء الحريقة"], ["درنة"], ["التميمي", "ام الرزم"]),
  mv("naval_landing", "planned", LNA, ["ميناء بنغازي"], ["ميناء درنة"]),
  mv("advance", "conditional", LNA, [], ["رأس الهلال"]),
  mv("redeploy", "denied", LNA, ["منفذ امساعد"], ["درنة"]),
 ],
}

NOTES = {
 "qdg1": "LNA reshuffle in Derna: the Tariq bin Ziyad brigade (trap) withdrawn from the city centre to a camp near "
         "Martuba ('25 km south of درنه' is a distance reference), an engineering battalion Benghazi→Derna via Al-Bayda, "
         "a denied arrest campaign by units from Benghazi in Shiha and Al-Fataih (Derna municipality only the protest "
         "venue), a planned military-police company Al-Qubbah→the city's gates (Derna; 'بوابة مرتوبة' is a checkpoint "
         "name), a conditional reinforcement to Derna from the infantry battalion on alert in Al-Marj. London is the "
         "dateline, Tripoli the GNA seat, the Green Mountain background.",
 "qdg2": "Egyptian army engineering convoy Marsa Matruh→Derna via the Sallum land port and Tobruk; a planned shipment "
         "of mobile bridges from Mohamed Naguib base to Derna; a conditional C-130 airlift Marsa Matruh airport→Al "
         "Abraq airport if a new storm hits the Green Mountain (condition only); a denied pull-out Derna→Sallum. Cairo "
         "(dateline; later Cairo for the Egyptian state), Wadi Derna, the border with Libya, eastern Libya, Egypt are "
         "not movement places.",
 "qdg3": "A 2026 storm: LNA rescue and engineering reinforcements Al-Marj→Shahhat and Susa via Qasr Libya (Wadi al-Kuf "
         "only where the road was cut; Al-Bayda flooded), an Algerian military Il-76 airlift Boufarik base→Benina "
         "airport, a planned Tunisian C-130 El Aouina base (in Tunis)→Al Abraq airport, a conditional massing in "
         "Al-Bayda, a denied pull-out of the dam guards Derna→Shahhat. Civilian flows (Lebanese civil defence from "
         "Tripoli (Lebanon), a GNA aid plane from Tripoli) and the Hariga oil port closure are not movements.",
 "qdg4": "Checkpoints at Derna's gates: two military-police companies Al-Bayda→Derna ('بوابة مرتوبة' a checkpoint name "
         "trap; Ras al-Hilal only the end of the coastal road), an airlift Benina air base→Al Abraq airport, a denied "
         "massing of 40 vehicles from Benghazi in Al-Fataih for arrests, a planned advance Martuba→Al-Mukhayli, a "
         "conditional pull-out from Derna's gates (Derna's security directorate and Derna district are not movement "
         "places); a Kuwaiti charity flight from Kuwait is civilian.",
 "qdg5": "An LNA landing ship Tobruk naval base→Derna port, a fuel convoy from the Hariga oil port to Derna via At-Tamimi "
         "and Umm ar-Rizam, a planned second ship Benghazi port→Derna port, a conditional advance to Ras al-Hilal ('45 "
         "km west of the city' measured from Derna), a denied transfer of a battalion from the Amsaad crossing on the "
         "border with Egypt to Derna. Tobruk is dateline and the speaker's city.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qdg1", "qdg2", "qdg3", "qdg4", "qdg5")
