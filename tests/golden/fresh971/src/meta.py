# Gold metadata for fresh971 (qkk1-qkk5), written blind to the extractor.
# P: key -> (kind, country, lat, lon, name). Source comment per row: G = gazetteer row (grep -F in data/gazetteer.csv);
# K = own knowledge / own representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # shared
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (row أجدابيا)
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"), # G* (row مثلث العوينات)
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 # qkk1 Tobruk Local Radio
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "amsaad_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "kambut": ("town", "LY", 31.90434, 24.47840, "Kambut"),                                # G
 "bardia": ("town", "LY", 31.75000, 25.08333, "Bardia"),                                # G
 "border_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libyan side)"), # G* (row الحدود الليبية المصرية)
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "nasser_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),      # G* (row مطار طبرق, kind airport)
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 # qkk2 Ajdabiya Local Radio
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa el Brega oil port"),       # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G (row مصراتة)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 # qkk3 Jalu Local Radio
 "nafoura": ("oilfield", "LY", 29.21320, 21.59240, "Nafoora oil field"),                # G
 "jalu_mun": ("district", "LY", 29.03333, 21.55000, "Jalu municipality"),               # G* (town row)
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjilah"),                               # G
 "wahat": ("district", "LY", 29.02035, 20.78359, "Al Wahat"),                           # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "border_td": ("region", "TD", 21.0, 19.3, "Chad-Libya border (Chadian side)"),         # K
 # qkk4 Al-Midan (Sudan)
 "dabbah": ("town", "SD", 18.05, 30.95, "Ad Dabbah"),                                   # K
 "karb_tom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                       # G
 "nw_sudan": ("region", "SD", 17.85811, 27.93538, "North-western Sudan"),               # G
 "border_ly": ("region", "SD", 20.8, 25.3, "Sudan-Libya border (Sudanese side)"),       # K
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                      # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                        # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abeche"),                                # G
 "tine": ("town", "TD", 15.02528, 22.80222, "Tine (Chad)"),                             # G* (row تيني)
 "adre": ("crossing", "TD", 13.46648, 22.19875, "Adre border crossing"),                # G* (town row أدري, kind crossing)
 "djibouti": ("city", "DJ", 11.58901, 43.14503, "Djibouti (city)"),                     # G
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),            # G
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                              # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "merowe": ("town", "SD", 18.48330, 31.81670, "Merowe"),                                # G
 # qkk5 Al-Bayda Local Radio
 "jabal_akhdar": ("district", "LY", 32.02519, 21.79830, "Al Jabal al Akhdar"),          # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "bayda_mun": ("district", "LY", 32.76272, 21.75506, "Al Bayda municipality"),          # G* (city row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "Al Abraq Airport"),            # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "shahhat": ("town", "LY", 32.80430, 21.86605, "Shahhat"),                              # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                              # G
}

TRAPS = {
 "qkk1": ["إذاعة طبرق المحلية", "الجيش الوطني الليبي", "المنطقة العسكرية طبرق", "الجغبوبي", "مساعد آمر",
          "الجيش المصري", "مصرية", "الجانب الليبي"],
 "qkk2": ["إذاعة أجدابيا المحلية", "غرفة عمليات اجدابيا", "الأوجلي", "الطرابلسي", "الجيش السوداني",
          "الدعم السريع", "سرير المستشفى"],
 "qkk3": ["إذاعة جالو المحلية", "الجيش الوطني الليبي", "الجالوي", "إدريس المجبري", "تشاديين",
          "شركة الخليج العربي للنفط", "الجيش التشادي"],
 "qkk4": ["الميدان", "الدعم السريع", "الجيش السوداني", "متحرك شهداء الفاشر", "القوة المشتركة لحركات دارفور",
          "الليبية", "الجيش التشادي", "عثمان الدنقلاوي"],
 "qkk5": ["إذاعة البيضاء المحلية", "كتيبة شهداء الأبرق", "الطرابلسي", "السودانية", "سودانية", "جامعة عمر المختار",
          "الأسلحة البيضاء", "إدريس الحاسي"],
}

PHEN = {
 "qkk1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qkk2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "vague_area", "coverage_oil", "countries"],
 "qkk3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qkk4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qkk5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"

MOVES = {
 "qkk1": [
  mv("reinforce", "reported", LNA, ["طبرق"], ["منفذ امساعد"], ["كمبوت", "البردي"]),
  mv("deploy", "planned", LNA, ["الجغبوب"], ["الحدود مع مصر"]),
  mv("naval_landing", "planned", LNA, ["قاعدة طبرق البحرية"], ["البردي"]),
  mv("withdraw", "denied", LNA, ["الجغبوب"], ["طبرق"]),
  mv("airlift", "conditional", LNA, ["قاعدة جمال عبد الناصر الجوية"], ["الجغبوب"]),
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["السلوم"]),
 ],
 "qkk2": [
  mv("reinforce", "reported", LNA, ["اجدابيا"], ["الكفرة"], ["جالو"]),
  mv("redeploy", "planned", LNA, ["البريقة"], ["اجدابيا"]),
  mv("naval_landing", "denied", "Misrata forces", ["مصراته"], ["ميناء البريقة"]),
  mv("reinforce", "conditional", LNA, ["اجدابيا"], ["حقل السرير"]),
 ],
 "qkk3": [
  mv("shipment", "reported", LNA, ["جالو"], ["الكفرة"]),
  mv("deploy", "planned", LNA, ["أوجلة"], ["جالو"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["حقل النافورة"]),
  mv("withdraw", "conditional", LNA, ["شعبية الواحات"]),
  mv("reinforce", "reported", "Chadian army", ["فايا لارجو"], ["الحدود مع ليبيا"]),
 ],
 "qkk4": [
  mv("reinforce", "reported", "Sudanese army", ["الدبة"], ["كرب التوم"]),
  mv("advance", "planned", "Sudanese armed groups", ["وادي هور"], ["المثلث الحدودي"]),
  mv("mobilise", "reported", "Sudanese armed groups", ["مليط"], ["المثلث الحدودي"]),
  mv("advance", "denied", LNA, ["الكفرة"], ["المثلث الحدودي"]),
  mv("redeploy", "conditional", "Chadian army", ["أبشي"], ["الطينة"]),
 ],
 "qkk5": [
  mv("airlift", "reported", LNA, ["مطار الأبرق"], ["مطار الكفرة"]),
  mv("deploy", "planned", LNA, [], ["قاعدة معطن السارة", "الحدود مع السودان"]),
  mv("shipment", "planned", LNA, ["البيضاء"], ["الكفرة"], ["اجدابيا"]),
  mv("withdraw", "conditional", LNA, ["الكفرة"], ["البيضاء"]),
  mv("advance", "denied", LNA, [], ["دارفور"]),
  mv("redeploy", "reported", LNA, ["القبة"], ["تازربو"]),
 ],
}

NOTES = {
 "qkk1": "Tobruk local-radio bulletin: an LNA column Tobruk→the Emsaed crossing via Kambut and Bardia, three planned "
         "posts on the border with Egypt manned by a company from Jaghbub ('الكتيبة المتمركزة في الواحة' → Jaghbub), a "
         "planned marine landing from Tobruk naval base on the Bardia coast, a denied pull-out Jaghbub→Tobruk, a "
         "conditional airlift Gamal Abdel Nasser air base→Jaghbub and an Egyptian battalion Marsa Matruh→Sallum "
         "reported by Egyptian papers; Tobruk inside the radio's and the military zone's names, Jaghbub inside the "
         "commander's nisba, 'مساعد آمر' beside 'منفذ امساعد', Derna and the 140 km distance only background.",
 "qkk2": "Ajdabiya local radio: a third LNA column Ajdabiya→Kufra via Jalu, a planned infantry battalion Brega→"
         "Ajdabiya, a denied naval landing by Misrata forces (spelled مصراته) at Brega port reported by channels close "
         "to the GNU in Tripoli, and a conditional company Ajdabiya→Sarir field; Darfur, the border triangle, Tazirbu "
         "(an attack), Benghazi (distance), the Oil Crescent and Sudan are background; Ajdabiya inside the radio's "
         "(hamza spelling) and the operations room's names, Tripoli inside the port manager's name, 'سرير المستشفى'.",
 "qkk3": "Jalu local radio: a fuel-and-ammunition convoy Jalu→Kufra escorted by the LNA (shipment), a planned company "
         "Awjila→the checkpoint south of Jalu, a denied gathering of Chadian gunmen near Nafoora field, a conditional "
         "LNA pull-back from the fields of Al-Wahat, and Chadian army reinforcements Faya-Largeau→the border with "
         "Libya (Chadian side); Jalu municipality vs Jalu town, Al-Wahat as shabiya and as 'الواحات', migrants heading "
         "to Ajdabiya and workers from Tunisia and Egypt are not moves; Idris, the mayor's nisba الجالوي and the "
         "Arabian Gulf Oil Company are traps.",
 "qkk4": "Sudanese daily Al-Midan from Ad-Dabbah: Sudanese army reinforcements Ad-Dabbah→Karb al-Tom, a planned "
         "Joint Force advance Wadi Howar→the border triangle, an RSF build-up in the triangle coming from Mellit, an "
         "LNA advance Kufra→the triangle alleged by Port Sudan and denied in Benghazi, and a conditional Chadian "
         "redeploy Abeche→Tine; N'Djamena (source), Adre crossing (refugees), Djibouti (IGAD meeting), Dongola, "
         "Merowe and El Fasher (inside the column's name and as a city) are not movement places.",
 "qkk5": "Al-Bayda local radio: an LNA battalion airlifted Al-Abraq airport→Kufra airport, its planned posts at "
         "Maaten al-Sarra and on the border with Sudan (no origin stated), its heavy equipment to be shipped "
         "Al-Bayda→Kufra via Ajdabiya, a conditional return Kufra→Al-Bayda, a denied entry into Darfur, and an earlier "
         "company Al-Qubbah→Tazirbu; Al-Bayda inside the radio's name and in 'الأسلحة البيضاء', Al-Abraq inside the "
         "battalion's name, Tripoli inside the commander's nisba, Idris as the spokesman's name; Derna and Al-Marj "
         "are background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qkk1", "qkk2", "qkk3", "qkk4", "qkk5")
