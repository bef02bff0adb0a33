# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # shared Libyan places
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                            # K
 "tripoint": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "se_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                  # G (row جنوب شرق ليبيا; G* for variants)
 # yx1 Subul al-Salam patrols (Afrigate News, Kufra)
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "jawf": ("town", "LY", 24.19890, 23.29093, "Al Jawf (Kufra)"),                         # G* (Kufra row, names include الجوف)
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "ndarfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                     # G
 # yx2 the Sarir field (Asharq Al-Awsat, Benghazi)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "messla": ("oilfield", "LY", 27.97472, 22.35833, "Messla oil field"),                  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 # yx3 refugees and the Darfur–Libya route (SUNA, Port Sudan)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                           # G
 "tina": ("town", "SD", 15.02528, 22.80222, "Tina"),                                    # G* (row تيني, TD side, country SD)
 "karb": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                           # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "border_sd_ly": ("region", "SD", 21.0, 25.3, "Sudan-Libya border (Sudanese side)"),    # K
 "djibouti": ("city", "DJ", 11.58901, 43.14503, "Djibouti"),                            # G
 # yx4 the Egyptian south-west (Al-Wafd, Cairo)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "eastowainat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                     # G* (row مطار شرق العوينات)
 "eo_airport": ("airport", "EG", 22.58570, 28.71660, "Shark El Oweinat Airport"),       # G
 "kharga": ("town", "EG", 25.45101, 30.54653, "Kharga"),                                # G
 "newvalley": ("district", "EG", 24.79939, 28.92955, "New Valley Governorate"),         # G
 "baris": ("town", "EG", 24.668, 30.601, "Baris"),                                      # K
 "asyut": ("city", "EG", 27.18096, 31.18368, "Asyut"),                                  # G
 "border_eg_ly": ("region", "EG", 24.5, 25.3, "Egypt-Libya border (Egyptian side)"),    # K
 "westdesert": ("region", "EG", 25.70408, 28.49824, "Western Desert (Egypt)"),          # G* (row غرب مصر)
 "argeen": ("crossing", "SD", 22.00000, 31.25000, "Argeen land port"),                  # G
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Port of Tobruk"),                     # K
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 # yx5 Chad's north and the smuggling tracks (Monte Carlo Doualiya, N'Djamena)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "north_td": ("region", "TD", 18.20680, 19.78454, "Northern Chad"),                     # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "ounianga": ("town", "TD", 19.05263, 20.48887, "Ounianga Kebir"),                      # G* (row أونيانقا كبير, written أونيانغا)
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "adre": ("town", "TD", 13.46648, 22.19875, "Adre"),                                    # G
 "geneina": ("city", "SD", 13.45262, 22.44725, "Geneina"),                              # G
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
}

TRAPS = {
 "yx1": ["سبل السلام", "بوابة إفريقيا الإخبارية", "الكفراوي", "مفتاح إدريس", "السودانية", "المياه الجوفية"],
 "yx2": ["الشرق الأوسط", "الجيش الوطني الليبي", "شركة الخليج العربي للنفط", "عادل الطرابلسي"],
 "yx3": ["سونا", "الدعم السريع", "أحمد حسين الدارفوري", "سبل السلام", "الليبية", "السودانية", "السودانيين"],
 "yx4": ["الوفد", "المصرية", "مصري", "السودانيون", "الليبية"],
 "yx5": ["مونت كارلو الدولية", "محمد إدريس ديبي", "جبهة الوفاق من أجل التغيير في تشاد",
         "مجلس القيادة العسكرية لإنقاذ الجمهورية", "سبل السلام", "الجيش التشادي", "تشاديون", "الواحات الليبية"],
}

PHEN = {
 "yx1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "yx2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_tripoli",
         "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "yx3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "yx4": ["clitics", "multiword", "media_trap", "nisba", "vague_area", "border_phrase", "town_vs_district",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "yx5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_neighbours",
         "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "yx1": [
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["جبل العوينات"]),
  mv("redeploy", "planned", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("withdraw", "conditional", "Libyan National Army", ["ربيانة"]),
  mv("advance", "denied", "Libyan National Army", [], ["المالحة"]),
  mv("shipment", "reported", "Libyan National Army", ["حقل السرير"], ["الكفرة"]),
 ],
 "yx2": [
  mv("reinforce", "reported", "Libyan National Army", ["أجدابيا"], ["حقل السرير"], ["جالو"]),
  mv("naval_landing", "reported", "Libyan National Army", ["قاعدة طبرق البحرية"], ["ميناء بنغازي"]),
  mv("redeploy", "planned", "Libyan National Army", ["حقل السرير"], ["تازربو"]),
  mv("withdraw", "denied", "Libyan National Army", ["حقل مسلة"]),
  mv("airlift", "conditional", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
 ],
 "yx3": [
  mv("advance", "reported", "Sudanese armed groups", ["المالحة"], ["المثلث الحدودي"], ["وادي هور"]),
  mv("advance", "planned", "Sudanese armed groups", ["الطينة"], ["كرب التوم"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["كرب التوم"]),
  mv("shipment", "reported", "Sudanese armed groups", ["المثلث الحدودي"], ["المالحة"]),
  mv("advance", "conditional", "Sudanese armed groups", [], ["المالحة"]),
  mv("deploy", "denied", "Libyan National Army", ["الكفرة"], ["المثلث الحدودي"]),
 ],
 "yx4": [
  mv("reinforce", "reported", "Egyptian army", ["الخارجة"], ["شرق العوينات"], ["باريس"]),
  mv("airlift", "planned", "Egyptian army", ["أسيوط"], ["مطار شرق العوينات"]),
  mv("advance", "conditional", "Egyptian army", [], ["المثلث الحدودي"]),
  mv("advance", "denied", "Egyptian army", [], ["الكفرة"], ["جبل العوينات"]),
  mv("naval_landing", "denied", "Egyptian army", [], ["ميناء طبرق"]),
 ],
 "yx5": [
  mv("advance", "reported", "Chadian armed groups", ["ربيانة"], ["كوري بوقودي"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["ربيانة"]),
  mv("withdraw", "conditional", "Chadian armed groups", ["كوري بوقودي"]),
  mv("redeploy", "denied", "Chadian armed groups", ["تيبستي"], ["تازربو"]),
  mv("deploy", "planned", "Libyan National Army", ["الكفرة"], ["الحدود مع تشاد"]),
 ],
}

NOTES = {
 "yx1": "Subul al-Salam (LNA) patrol Kufra→Jebel Uweinat (reported; the smugglers' tanker 'heading for the border "
        "triangle' and 'routes towards Chad and Sudan' are not force moves), a planned company Kufra→Maaten al-Sarra "
        "base ('320 km south-west of the city near the border with Chad' is a locator), a conditional pull-out from "
        "around Rebiana ('لن تنسحب ... إلا إذا'), and a denied incursion to Al Malha (North Darfur only locates it). "
        "A reported fuel shipment (9 tankers for the battalion) Sarir field→Kufra. Refugees' camps on the edge of "
        "Al-Jawf and the municipality are not movement places; the mayor 'Miftah Idris' holds 'إدري'.",
 "yx2": "LNA column Ajdabiya→Sarir field via Jalu (reported), with armour a landing ship had put ashore at Benghazi "
        "port from Tobruk naval base (naval_landing, reported; the Benghazi→Ajdabiya leg is not written), a planned company Sarir→Tazirbu, a denied pull-out from "
        "the Messla field, and a conditional airlift Benina air base→Kufra airport (the headline's 'air bridge to "
        "Kufra' is the same move; Marsa al-Hariga and Tobruk only in the condition). Benghazi = dateline and seizure "
        "place; the drug container from Tripoli port (Lebanon) and the smuggling route via Tazirbu to Chad and Sudan "
        "are not force moves; Tripoli (Libya) only seats the NOC; 'Adel al-Trabulsi' is a person.",
 "yx3": "SUNA: refugees El Fasher/North Darfur→Kufra are not forces. An RSF column Al Malha→the border triangle via "
        "Wadi Howar (reported), RSF massing at Karb al-Tom and a fuel-and-ammunition convoy triangle→Al Malha (both "
        "reported), the Joint Force's planned advance Tina→Karb al-Tom and its conditional entry into Al "
        "Malha ('the Libyan border' only in the condition), and Subul al-Salam's denied dispatch Kufra→the triangle "
        "(Kufra also locates the battalion). Port Sudan dateline, Djibouti venue, Benghazi/Tripoli refugees' "
        "destinations are not movement places.",
 "yx4": "Egyptian reinforcements Kharga→East Oweinat via Baris (an Egyptian village, not Paris; Kharga's second "
        "mention and the triangle 'near' are locators), a planned special-forces airlift Asyut→East Oweinat "
        "airport, a conditional advance to the border triangle, and a denied entry into Kufra via Jebel Uweinat "
        "together with a denied marine landing at Tobruk port. "
        "Refugees at the Argeen crossing and the Kufra–Darfur tracks are not force moves.",
 "yx5": "Monte Carlo Doualiya: a CCMSR column from around Rebiana (south-eastern Libya)→Kouri Bougoudi in Tibesti "
        "(reported), its continued massing in the Rebiana oasis (mobilise, reported), its conditional pull-out from Kouri Bougoudi (N'Djamena = the government in the condition), "
        "FACT's denied redeployment Tibesti→around Tazirbu, and the LNA's planned Subul al-Salam deployment "
        "Kufra→the border with Chad (Benghazi = the source's city; Ounianga and 'the Libyan oases' only describe "
        "the tracks). Faya, trucks from Libya, Adré camps, Geneina/Darfur and Paris are not movement places; "
        "Mahamat Idriss Déby's name holds 'إدري'.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("yx1", "yx2", "yx3", "yx4", "yx5")
