# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and capitals outside the theatre
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
 "abu_dhabi": ("city", "AE", 24.45118, 54.39696, "Abu Dhabi"),                          # G
 "tehran": ("city", "IR", 35.69439, 51.42151, "Tehran"),                                # G (row تهران)
 # Egypt: north-west coast, Siwa, Western Desert, Aswan
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "sallum_crossing": ("crossing", "EG", 31.58, 25.10, "Sallum land port"),              # K
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                    # G
 "marsa_matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                    # G
 "matruh_airport": ("airport", "EG", 31.32540, 27.22170, "Mersa Matruh Airport"),       # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G
 "alamein": ("town", "EG", 30.83007, 28.95502, "El Alamein"),                           # G
 "alamein_airport": ("airport", "EG", 30.92450, 28.46140, "El Alamein International Airport"),  # G
 "naguib_base": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),     # G
 "ras_el_tin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),             # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "western_desert": ("region", "EG", 25.70408, 28.49824, "Western Desert (Egypt)"),      # G* (row غرب مصر)
 "border_eg_ly": ("region", "EG", 29.6, 25.35, "Egypt-Libya border (Egypt side)"),      # K
 "east_owainat": ("region", "EG", 22.58570, 28.71660, "East Owainat"),                  # G* (row مطار شرق العوينات)
 "east_owainat_airport": ("airport", "EG", 22.58570, 28.71660, "Shark El Oweinat Airport"),  # G
 "gilf_kebir": ("region", "EG", 23.40000, 25.80000, "Gilf Kebir"),                      # G
 "aswan": ("city", "EG", 24.09082, 32.89942, "Aswan"),                                  # G
 "border_eg_sd": ("region", "EG", 22.22287, 31.25544, "Egypt-Sudan border (Egypt side)"),  # G* (row الحدود المصرية السودانية)
 # Libya: Cyrenaica, Kufra and the south-east
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "nasser_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),      # G* (row مطار طبرق)
 "bardia": ("town", "LY", 31.75601, 25.08530, "Bardia"),                                # G (row بردية)
 "amsaad_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad border crossing"),   # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Jaghbub"),                              # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica"),                        # G
 "border_ly_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libya side)"),  # G* (row الحدود الليبية المصرية)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G
 "jebel_uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                      # K
 # Sudan
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "karb_al_tom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                    # G
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                        # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G (row خرطوم)
 "wadi_halfa": ("town", "SD", 21.79577, 31.37129, "Wadi Halfa"),                        # G (row وادى حلفا)
 "argeen": ("crossing", "SD", 22.00000, 31.25000, "Argeen land port"),                  # G
 "dabbah": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                             # G (row الدبه)
 "merowe": ("town", "SD", 18.48330, 31.81670, "Merowe"),                                # G
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                              # G
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),            # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "el_fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                          # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
}

TRAPS = {
 "qms1": ["مطروح لنا", "المنطقة الغربية العسكرية", "حرس الحدود", "رعد العلمين", "سالم الجغبوبي", "ليبية", "مصرية",
          "مصريون"],
 "qms2": ["الكرامة", "عملية الكرامة", "لواء طارق بن زياد المعزز", "مساعد آمر", "المنطقة العسكرية طبرق",
          "مركز طبرق الطبي", "المصري", "المصرية"],
 "qms3": ["الريان", "درع مصر", "الجيش الوطني الليبي", "جمال عبد الناصر", "معركة العلمين", "مصرية", "ليبية",
          "المصرية", "المصري", "مصري", "مصريتين", "الليبية", "ليبيين"],
 "qms4": ["فارس", "قوات الدعم السريع", "الدعم السريع", "كتيبة سبل السلام", "حرس الحدود",
          "إماراتي", "سودانية", "مصري", "الليبي", "الإيرانية", "مساعدات"],
 "qms5": ["السودانية نيوز", "قوات الدعم السريع", "الدعم السريع", "كتيبة سبل السلام", "المصري", "المصرية", "ليبية",
          "الليبي"],
}

PHEN = {
 "qms1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qms2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qms3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "town_vs_district",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qms4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
          "coverage_neighbours", "countries"],
 "qms5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qms1": [
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["السلوم"], ["سيدي براني"]),
  mv("deploy", "planned", "Egyptian army", ["سيوه"], ["الحدود مع ليبيا"]),
  mv("reinforce", "conditional", "Egyptian army", ["مرسى مطروح"], ["سيوة"]),
  mv("advance", "denied", "Egyptian army", ["السلوم"], ["البردية"], ["منفذ امساعد"]),
  mv("deploy", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["العلمين"]),
 ],
 "qms2": [
  mv("deploy", "reported", "Libyan National Army", ["طبرق"], ["الجغبوب"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا"], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("redeploy", "planned", "Libyan National Army", ["البردي"], ["منفذ مساعد"]),
  mv("reinforce", "conditional", "Libyan National Army", ["طبرق"], ["الحدود مع مصر"]),
  mv("withdraw", "denied", "Libyan National Army", ["منفذ امساعد"], ["طبرق"]),
 ],
 "qms3": [
  mv("naval_landing", "reported", "Egyptian army", ["قاعدة رأس التين البحرية"], ["سيدي براني"]),
  mv("airlift", "reported", "Egyptian army", ["مطار العلمين"], ["مطار مرسى مطروح"]),
  mv("deploy", "reported", "Libyan National Army", ["طبرق"], ["سيدي براني"], ["منفذ السلوم"]),
  mv("redeploy", "planned", "Egyptian army", ["سيدي براني"], ["العلمين"]),
  mv("airlift", "conditional", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار مرسى مطروح"]),
  mv("deploy", "denied", "Egyptian army", [], ["ميناء طبرق"]),
 ],
 "qms4": [
  mv("airlift", "denied", None, ["أبوظبي"], ["مطار الكفرة"]),
  mv("shipment", "denied", None, ["الكفرة"], ["دارفور"], ["مثلث العوينات"]),
  mv("reinforce", "reported", "Egyptian army", ["أسوان"], ["مطار شرق العوينات"]),
  mv("deploy", "planned", "Egyptian army", ["شرق العوينات"], ["الجلف الكبير"]),
  mv("advance", "conditional", "Libyan National Army", ["الكفرة"], ["جبل العوينات"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["كرب التوم"]),
 ],
 "qms5": [
  mv("advance", "denied", "Sudanese armed groups", ["مثلث العوينات"], ["وادي حلفا"]),
  mv("reinforce", "reported", "Sudanese army", ["مروي"], ["الدبة"]),
  mv("advance", "planned", "Sudanese army", ["الدبة"], ["كرب التوم"]),
  mv("reinforce", "conditional", "Egyptian army", ["أسوان"], ["الحدود مع السودان"]),
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["جبل العوينات"]),
 ],
}

NOTES = {
 "qms1": "Egyptian regional paper (Matrouh Lana «مطروح لنا», Welad El Balad) from Sallum: border-guard reinforcements "
         "Marsa Matruh→Sallum via Sidi Barrani, a planned company Siwa (written سيوه)→the border with Libya (Egypt "
         "side), a conditional extra battalion Marsa Matruh→Siwa, a denied Egyptian crossing Sallum→Amsaad crossing→"
         "Bardia and units from Mohamed Naguib base reaching the ranges west of Al-Alamein; smugglers' routes towards "
         "Jaghbub, workers returning from Benghazi and Tobruk through the Sallum land port, the Western Desert, the "
         "exercise name «رعد العلمين», the person سالم الجغبوبي and the Matruh governor are not movements or movement "
         "places.",
 "qms2": "Eastern Libyan site (Al-Karama «الكرامة», Benghazi) from Tobruk: a Tariq bin Ziyad brigade column Tobruk→"
         "Jaghbub, a transport plane Benina base→Gamal Abdel Nasser air base, a planned company Bardia (written "
         "البردي)→Amsaad crossing (written منفذ مساعد), a conditional reinforcement Tobruk→the border with Egypt "
         "(Libya side), a denied pull-out Amsaad crossing→Tobruk; the medical convoy from Tobruk's medical centre, fuel "
         "trucks from Jalu, the 1941 siege, Sallum/Siwa as distance references, Cyrenaica, «مساعد آمر» (assistant; "
         "holds مساعد) and «عملية الكرامة» are not movements or movement places.",
 "qms3": "Qatari channel (Al Rayyan TV «الريان», Cairo correspondent) on an Egyptian-LNA exercise: a marine landing "
         "Ras el-Tin naval base→Sidi Barrani beach, a C-130 airlift Alamein airport→Marsa Matruh airport, LNA units "
         "Tobruk→Sidi Barrani via the Sallum crossing, a planned Egyptian move Sidi Barrani→Al-Alamein, a conditional "
         "LNA airlift Benina air base→Marsa Matruh airport, a denied frigate deployment to Tobruk port; the helicopter "
         "carrier «جمال عبد الناصر», «معركة العلمين», the civilian road closure Marsa Matruh–Sallum, lorries to Libya, "
         "Doha as a venue of talks and Cairo as government are not movements or movement places; الريان (the channel) "
         "is also a Qatari city.",
 "qms4": "Iranian agency's Arabic service (Fars «فارس», Cairo) on the Kufra–Uweinat–East Owainat triangle: denied "
         "cargo flights Abu Dhabi→Kufra airport and a denied overland arms shipment Kufra→Darfur via the Uweinat "
         "triangle (actor null), Egyptian reinforcements Aswan→East Owainat airport, planned border-guard patrols East "
         "Owainat→Gilf Kebir, a conditional Subul al-Salam advance Kufra→Jebel Uweinat and an RSF massing at Karb "
         "al-Tom; Benghazi (denying command), Port Sudan and Abu Dhabi (metonymy), Tehran (briefing venue), refugees in "
         "Kufra and Aswan and the smuggling routes between Egypt, Libya and Sudan are not movement places.",
 "qms5": "Sudanese news site (Al-Sudania News «السودانية نيوز», Khartoum) on the north: the RSF's denied advance "
         "Uweinat triangle→Wadi Halfa, army reinforcements Merowe→Ad-Dabbah (written الدبة), a planned army advance "
         "Ad-Dabbah→Karb al-Tom, Egypt's conditional reinforcement Aswan→the border with Sudan (Egypt side; Wadi Halfa "
         "only in the condition), a Subul al-Salam column Kufra→Jebel Uweinat; returnees through the Argeen crossing, "
         "fuel lorries Kufra→Al-Malha, families displaced from El Fasher and Mellit to Ad-Dabbah, Dongola and the "
         "Northern State, and Cairo/Port Sudan as governments are not movements or movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qms1", "qms2", "qms3", "qms4", "qms5")
