# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/spelling (listed in the README).
P = {
 # countries and foreign cities
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "saudi": ("country", "SA", 24.24431, 44.66286, "Saudi Arabia"),                        # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "marsa_matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                    # G
 "mm_airport": ("airport", "EG", 31.32540, 27.22170, "Mersa Matruh Airport"),           # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "border_eg_ly": ("region", "EG", 31.0, 25.3, "Egypt-Libya border (Egypt side)"),       # K
 "riyadh": ("city", "SA", 24.68773, 46.72185, "Riyadh"),                                # G (row رياض, alias الرياض)
 "abu_dhabi": ("city", "AE", 24.45118, 54.39696, "Abu Dhabi"),                          # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 # eastern Libya: Derna and its quarters
 "derna": ("city", "LY", 32.76704, 22.63669, "Darnah"),                                 # G
 "derna_dist": ("district", "LY", 31.86895, 22.56213, "Derna District"),                # G* (row district:LY-DR, written بلدية درنة)
 "wadi_derna": ("region", "LY", 32.75, 22.62, "Wadi Derna"),                            # K
 "shiha": ("town", "LY", 32.76704, 22.63669, "Shiha (Derna)"),                          # G
 "fataih": ("town", "LY", 32.76704, 22.63669, "Al Fataih (Derna)"),                     # G
 "bab_tobruk": ("town", "LY", 32.76704, 22.63669, "Bab Tobruk (Derna)"),                # G
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                              # G
 "umm_rizam": ("town", "LY", 32.53332, 23.00904, "Umm ar Rizam"),                       # G
 "martuba": ("town", "LY", 32.57421, 22.76353, "Martubah"),                             # G
 "martuba_base": ("base", "LY", 32.55, 22.75, "Martuba Air Base"),                      # K
 # Jabal al-Akhdar
 "jabal_akhdar": ("district", "LY", 32.02519, 21.79830, "Al Jabal al Akhdar"),          # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "shahhat": ("town", "LY", 32.80430, 21.86605, "Shahhat"),                              # G
 "susa": ("town", "LY", 32.89702, 21.96583, "Susah (Apollonia)"),                       # G (row أبولونيا, alias سوسة)
 "qirnada": ("town", "LY", 32.73174, 21.90350, "Qirnadah"),                             # G
 "massah": ("town", "LY", 32.75249, 21.62807, "Massah"),                                # G
 "wardamah": ("town", "LY", 32.79661, 21.79099, "Wardamah"),                            # G
 "qasr_libya": ("town", "LY", 32.63333, 21.41667, "Qasr Libya"),                        # G
 "abraq": ("town", "LY", 32.78991, 22.00050, "Al Abraq"),                               # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "La Abraq Airport"),            # G
 # Al-Marj and Benghazi
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "bayada": ("town", "LY", 32.56501, 21.25415, "Al Bayyadah"),                           # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "tocra": ("town", "LY", 32.53414, 20.57911, "Tukrah"),                                 # G
 "abyar": ("town", "LY", 32.19000, 20.59653, "Al Abyar"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                  # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "east_libya": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),       # G* (row برقة, written شرق ليبيا)
 # Tobruk and the road to Egypt
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_airport": ("airport", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Airport (Tobruk)"),  # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G (the gazetteer's kind for ports)
 "kambut": ("town", "LY", 31.90434, 24.47840, "Kambut"),                                # G
 "sallum_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G* (row منفذ امساعد, alias منفذ السلوم)
}

TRAPS = {
 "qnm1": ["المكتب الإعلامي لبلدية درنة", "سلاح الهندسة العسكرية", "الهلال الأحمر الليبي",
          "صندوق التنمية وإعادة إعمار ليبيا", "دانيال", "مصرية"],
 "qnm2": ["شبكة تلفزيون وراديو ليبيا", "تال", "اللواء 106 مجحفل", "الهلال الأحمر الليبي",
          "مؤسسة خليفة بن زايد آل نهيان للأعمال الإنسانية", "جامعة عمر المختار", "دانيال", "المرجح", "الليبية"],
 "qnm3": ["المساء", "حياة كريمة", "التحالف الوطني للعمل الأهلي التنموي", "محمد الشحات", "الشحات",
          "الجيش الوطني الليبي", "المصرية", "مصرية", "المصري", "مصري", "الليبية", "ليبي"],
 "qnm4": ["عاجل", "سلمان للإغاثة", "مركز الملك سلمان للإغاثة والأعمال الإنسانية", "كتيبة طارق بن زياد المعززة",
          "القيادة العامة للجيش الوطني الليبي", "الأيادي البيضاء", "المرجح", "الإماراتي", "سعوديتين", "ليبية"],
 "qnm5": ["الاتحاد الدولي لجمعيات الصليب الأحمر والهلال الأحمر", "الهلال الأحمر الليبي", "المصرية",
          "سويسري"],
}

PHEN = {
 "qnm1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "coverage_bases"],
 "qnm2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "coverage_bases"],
 "qnm3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "border_phrase",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qnm4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "coverage_bases", "countries"],
 "qnm5": ["clitics", "spelling", "multiword", "media_trap", "nisba", "town_vs_district", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, EGY = "Libyan National Army", "Egyptian army"

MOVES = {
 "qnm1": [
  mv("deploy", "reported", LNA, ["بنغازي"], ["درنة", "وادي درنة"], ["المرج", "البيضاء"]),
  mv("deploy", "planned", LNA, ["قاعدة مرتوبة الجوية"], ["باب طبرق", "الفتائح"]),
  mv("withdraw", "conditional", LNA, [], ["بنغازي"]),
  mv("advance", "denied", None, ["القبة"], ["شيحا"]),
 ],
 "qnm2": [
  mv("deploy", "reported", LNA, ["المرج"], ["شحات"]),
  mv("mobilise", "reported", None, [], ["مسة"]),
  mv("deploy", "planned", LNA, ["شحات"], ["سوسة", "قرنادة"]),
  mv("withdraw", "conditional", LNA, ["شحات"], ["المرج"]),
  mv("reinforce", "denied", LNA, ["بنغازي"], ["البيضاء"]),
  mv("airlift", "denied", LNA, ["قاعدة بنينا الجوية"], ["مطار الأبرق"]),
 ],
 "qnm3": [
  mv("deploy", "reported", EGY, ["مرسى مطروح"], ["منفذ السلوم"]),
  mv("deploy", "reported", LNA, ["منفذ السلوم"], ["طبرق"], ["كمبوت"]),
  mv("airlift", "planned", EGY, ["مطار مرسى مطروح"], ["مطار طبرق"]),
  mv("advance", "conditional", EGY, ["منفذ السلوم"], []),
  mv("advance", "denied", EGY, [], ["درنة"]),
  mv("shipment", "denied", EGY, [], ["قاعدة مرتوبة الجوية"]),
 ],
 "qnm4": [
  mv("deploy", "reported", LNA, ["بنغازي"], ["المرج"], ["الأبيار"]),
  mv("redeploy", "planned", LNA, ["المرج"], ["توكرة"]),
  mv("reinforce", "conditional", LNA, ["بنغازي"], ["المرج"]),
  mv("withdraw", "denied", LNA, ["المرج"], ["قاعدة الخادم"]),
 ],
 "qnm5": [
  mv("naval_landing", "reported", EGY, ["الإسكندرية"], ["ميناء طبرق"]),
  mv("deploy", "reported", LNA, [], ["القبة", "مرتوبة"]),
  mv("redeploy", "planned", LNA, ["طبرق"], ["درنة"]),
  mv("withdraw", "conditional", LNA, ["القبة"], []),
  mv("advance", "denied", None, ["مرتوبة"], ["درنة"]),
 ],
}

NOTES = {
 "qnm1": "Derna municipality's media office after new floods: LNA military engineers Benghazi→Derna via Al-Marj and "
         "Al-Bayda, working in Wadi Derna (reported deploy), a planned military-police company Martuba air base→Bab "
         "Tobruk and Al-Fataih, the engineers' conditional return to Benghazi («لن تعود ... قبل أن»), a denied armed "
         "column Al-Qubba→Shiha («إلى الحي» resolved to Shiha; actor null); families moved to schools in Al-Qubba and "
         "Umm ar-Rizam (civilian), rain on the Jabal al-Akhdar (condition) and the 2023 dam collapse are not moves; the "
         "outlet name holds بلدية درنة and درنة.",
 "qnm2": "Eastern TV network TAL from Al-Bayda on a tribal dispute over flood aid: a 106 Brigade battalion Al-Marj→"
         "Shahhat, armed tribesmen massing in Massah (mobilise, null), two companies planned from the battalion in "
         "Shahhat to Susa and Qirnada, its conditional return Shahhat→Al-Marj (only after a reconciliation signed in "
         "Al-Bayda), denied armour Benghazi→Al-Bayda and a denied special-forces airlift Benina air base→Al-Abraq "
         "airport; an Emirati foundation's aid convoy Benghazi→Al-Bayda is civilian; sheikhs from Qasr Libya and "
         "Al-Abraq and the Al-Bayda–Wardamah road are not movement places; «المرجح» holds المرج.",
 "qnm3": "Egyptian daily Al-Messa from Marsa Matruh on the third «Hayah Karima» aid convoy to Tobruk: an Egyptian "
         "border-guard unit escorting it Marsa Matruh→the Sallum crossing, an LNA battalion escorting it from the "
         "crossing to Tobruk via Kambut, a planned military airlift of engineers Marsa Matruh airport→Tobruk airport, "
         "the border guards' conditional crossing beyond the Sallum crossing (only on a Libyan request), denied "
         "Egyptian armour into Derna and a denied ammunition shipment to Martuba air base; the convoy itself, patrols "
         "staying on the border with Libya, Cairo/Benghazi as governments and the 2023 rescue teams via Sallum "
         "(background) are not moves; «محمد الشحات» holds شحات.",
 "qnm4": "Saudi news site Ajel («عاجل») from Riyadh on KSrelief and Emirati aid to Al-Marj: Saudi aid flights Riyadh→"
         "Benina airport and the aid trucks Benghazi→Al-Marj (civilian), an LNA company escorting them Benghazi→"
         "Al-Marj via Al-Abyar (reported deploy), an Emirati cargo plane Abu Dhabi→Benina airport (civilian), a planned "
         "engineering unit Al-Marj→Tocra, a conditional reinforcement Benghazi→Al-Marj (Al-Bayyadah only in the "
         "condition) and a denied withdrawal Al-Marj→Al-Khadim air base; «الأيادي البيضاء» holds البيضاء, «المرجح» "
         "holds المرج, «الإماراتي» holds الإمارات.",
 "qnm5": "IFRC statement retold (Geneva) on access to flood victims: an Egyptian navy landing ship putting army "
         "engineers ashore at Tobruk port from Alexandria (naval landing), LNA military police deployed in Al-Qubba "
         "and at Martuba, a planned battalion Tobruk→Derna, the military police's conditional pull-out from Al-Qubba "
         "(Derna municipality only in the condition) and denied tribal gunmen Martuba→Derna (null); the Red Crescent "
         "convoy Tobruk→Derna without armed escort, humanitarian convoys to Derna and the denied clashes near Umm "
         "ar-Rizam are not moves.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qnm1", "qnm2", "qnm3", "qnm4", "qnm5")
