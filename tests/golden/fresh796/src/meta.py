# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/surface (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # shared
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "triangle_es": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle (Jebel Uweinat)"),  # G* (row مثلث العوينات)
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                      # G* (row مثلث العوينات)
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "ndarfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                     # G
 # qdr1 Siwa, Jaghbub and the Great Sand Sea (Al-Wafd)
 "sandsea": ("region", "EG", 26.00000, 25.00000, "Great Sand Sea"),                     # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "border_eg": ("region", "EG", 29.3, 25.1, "Egypt-Libya border (Egyptian side, Siwa sector)"),  # K
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "matruh_airport": ("airport", "EG", 31.32540, 27.22170, "Mersa Matruh Airport"),       # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                 # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "westdesert": ("region", "EG", 25.70408, 28.49824, "Western Desert (Egypt)"),          # G* (row غرب مصر)
 # qdr2 Kufra and the Sudanese war (Al-Quds Al-Arabi)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "se_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                  # G* (row جنوب شرق ليبيا)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "hawari": ("village", "LY", 24.31667, 23.16667, "Al Hawwari"),                         # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 # qdr3 Sallum, Emsaed and the coastal border (Al Qahera News)
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "sallum_plateau": ("region", "EG", 31.50, 25.10, "Sallum plateau"),                    # K
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "kambut": ("town", "LY", 31.90434, 24.47840, "Kambut"),                                # G
 "amsaad_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "bardia_port": ("crossing", "LY", 31.765, 25.100, "Port of Bardia"),                   # K
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "sallum_port": ("crossing", "EG", 31.565, 25.160, "Port of Sallum"),                   # K
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 # qdr4 East Owainat and the New Valley (Sada El Balad)
 "sharq_uweinat": ("town", "EG", 22.59, 28.72, "East Owainat (Sharq El Owainat)"),     # K (beside gazetteer airport row)
 "kharga": ("town", "EG", 25.45101, 30.54653, "Kharga"),                                # G
 "newvalley": ("district", "EG", 24.79939, 28.92955, "New Valley Governorate"),         # G* (row الوادي الجديد)
 "baris": ("town", "EG", 24.668, 30.601, "Baris"),                                      # K
 "border_egsd": ("region", "EG", 22.1, 28.7, "Egypt-Sudan border (Egyptian side, Owainat sector)"),  # K
 "maatan": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),              # G
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 # qdr5 the RSF corridor seen from Port Sudan (Al-Sudani)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "border_sdly": ("region", "SD", 21.0, 24.8, "Sudan-Libya border (Sudanese side)"),     # K
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                  # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G
}

TRAPS = {
 "qdr1": ["بوابة الوفد", "المصرية", "مصرية", "المصري", "غريب عبد الحافظ", "المنطقة الغربية العسكرية", "أخبار الجغبوب", "الليبية",
          "الجيش الوطني الليبي", "الزاوية السنوسية", "الملك إدريس السنوسي"],
 "qdr2": ["الجيش الوطني", "سودانية", "السودانية", "القدس العربي", "كتيبة سبل السلام", "الجيش السوداني", "الدعم السريع", "الليبية",
          "عماد الطرابلسي"],
 "qdr3": ["القاهرة الإخبارية", "المصرية", "مصري", "سورياً", "الليبية", "الجيش الوطني الليبي"],
 "qdr4": ["صدى البلد", "الليبية", "المصرية", "السودانية"],
 "qdr5": ["السوداني", "الدعم السريع", "سودانية", "التشادية", "القيادة العامة للجيش الوطني الليبي", "كولومبيين", "الليبية",
          "القوة المشتركة لحركات الكفاح المسلح", "مالي", "كامل إدريس"],
}

PHEN = {
 "qdr1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qdr2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qdr3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "vague_area",
          "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qdr4": ["clitics", "multiword", "media_trap", "nisba", "ambiguity_country_capital",
          "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "qdr5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_neighbours",
          "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qdr1": [
  mv("reinforce", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سيوة"], ["مطروح"]),
  mv("airlift", "planned", "Egyptian army", ["مطار مرسى مطروح"], ["سيوة"]),
  mv("advance", "denied", "Egyptian army", [], ["الجغبوب"]),
  mv("deploy", "conditional", "Libyan National Army", ["الجغبوب"], ["بحر الرمال الأعظم"]),
 ],
 "qdr2": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["الكفرة"], ["إجدابيا", "جالو", "حقل السرير"]),
  mv("deploy", "planned", "Libyan National Army", [], ["جبل العوينات"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["الهواري"]),
  mv("airlift", "conditional", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("shipment", "denied", "Sudanese armed groups", ["الكفرة"], ["مليط"], ["المثلث الحدودي"]),
 ],
 "qdr3": [
  mv("reinforce", "reported", "Libyan National Army", ["طبرق"], ["امساعد"], ["كمبوت"]),
  mv("naval_landing", "reported", "Libyan National Army", ["قاعدة طبرق البحرية"], ["ميناء البردي"]),
  mv("naval_landing", "planned", "Egyptian army", ["مرسى مطروح"], ["ميناء السلوم"]),
  mv("advance", "conditional", "Libyan National Army", ["امساعد"], ["الجغبوب"]),
  mv("withdraw", "denied", "Libyan National Army", ["منفذ امساعد"]),
 ],
 "qdr4": [
  mv("reinforce", "reported", "Egyptian army", ["الخارجة"], ["شرق العوينات"], ["باريس"]),
  mv("redeploy", "planned", "Egyptian army", ["شرق العوينات"], ["جبل العوينات"]),
  mv("withdraw", "conditional", "Egyptian army", [], ["الخارجة"]),
  mv("airlift", "denied", "Egyptian army", [], ["قاعدة معطن السارة"]),
 ],
 "qdr5": [
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["مليط"], ["المثلث الحدودي"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["ربيانة"]),
  mv("airlift", "denied", "Foreign fighters", ["مطار الكفرة"], ["نيالا"]),
  mv("redeploy", "planned", "Libyan National Army", ["تازربو"], ["الكفرة"]),
  mv("advance", "conditional", "Sudanese armed groups", ["شمال دارفور"], ["المثلث الحدودي"]),
 ],
}

NOTES = {
 "qdr1": "Al-Wafd from Marsa Matruh: an Egyptian airstrike on a smugglers' convoy in the Great Sand Sea (no movement: "
         "the strike and the smugglers are not a force movement); reinforcements Mohamed Naguib base→Siwa via Marsa "
         "Matruh; a planned airlift Marsa Matruh airport→Siwa; an Egyptian incursion into Jaghbub denied (the page "
         "'أخبار الجغبوب' is a trap); the LNA's conditional patrols Jaghbub→the Great Sand Sea. Siwa '60 km' from the "
         "strike, Jaghbub '115 km from Siwa', the Western Desert patrolled by border guards, Egypt and Sudan as "
         "destinations of smuggled arms are not movement places.",
 "qdr2": "Al-Quds Al-Arabi from London: an LNA column Benghazi→Kufra via Ajdabiya (spelled إجدابيا) and Jalu; a planned "
         "company to Jebel Uweinat; vehicles of the Kufra battalion massing in Al-Hawari; a conditional airlift Benina "
         "base→Kufra airport (the border with Sudan is only the condition); the RSF deny arms shipments Kufra→Mellit "
         "via the border triangle (North Darfur only locates Mellit). Tripoli = seat of the GNU beside the trap 'عماد "
         "الطرابلسي'; الجزائر العاصمة (venue) vs الجزائر (country).",
 "qdr3": "Al Qahera News from Sallum: an LNA border-guard battalion Tobruk→Emsaed via Kambut (the Emsaed crossing is "
         "the purpose, not a second destination); an LNA landing Tobruk naval base→Bardia port; a planned Egyptian "
         "landing Marsa Matruh→Sallum port; the LNA's conditional advance Emsaed→Jaghbub; a denied LNA pull-out "
         "from the Emsaed crossing. The Sallum plateau (seizure), Benghazi and Tripoli in northern Lebanon (migrants' "
         "route), the Sallum land port (civil traffic) are not movement places.",
 "qdr4": "Sada El Balad from Cairo: reinforcements Kharga→East Owainat via Baris (an Egyptian oasis town, not Paris); "
         "a planned border-guard unit East Owainat→Jebel Uweinat; a conditional return to Kharga after securing the "
         "border with Sudan (the border is the condition); a denied drone airlift to Maaten al-Sarra base (Kufra only "
         "locates it). The strikes near the triangle, Paris as conference host and Cairo as participant are not "
         "movement places.",
 "qdr5": "Al-Sudani from Port Sudan: an RSF convoy of fuel and ammunition Kufra→Mellit via the border triangle; Chadian "
         "opposition fighters massing at Rebiana (Kufra only a distance reference); an LNA denial of a mercenary "
         "airlift Kufra airport→Nyala; a planned LNA battalion Tazirbu→Kufra; the Joint Force's conditional advance "
         "North Darfur→the triangle. The airstrike near the border with Libya, El Fasher (its fall) and Khartoum "
         "(the government, metonymy) are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qdr1", "qdr2", "qdr3", "qdr4", "qdr5")
