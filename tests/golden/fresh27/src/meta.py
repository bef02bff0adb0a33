# key -> (kind, country, lat, lon, name). G = data/gazetteer.csv row found by grep -F;
# G* = gazetteer row reused under another label/kind; K = not in the gazetteer, annotator's knowledge of
# GeoNames-type values (listed in the README).
P = {
 # countries (G)
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),
 "algeria": ("country", "DZ", 28.0512, 0.58775, "Algeria"),
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),
 "niger": ("country", "NE", 17.60313, 9.8838, "Niger"),
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),
 "cyprus": ("country", "CY", 34.90514, 32.97957, "Cyprus"),
 # ab1 Tripoli
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),  # G
 "mitiga_base": ("base", "LY", 32.8941, 13.276, "Mitiga Air Base"),  # G
 "mitiga_airport": ("airport", "LY", 32.8941, 13.276, "Mitiga Airport"),  # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),  # G
 "ainzara": ("town", "LY", 32.8133, 13.2697, "Ain Zara"),  # G
 "salahaldin": ("town", "LY", 32.88743, 13.18733, "Salah al-Din (Tripoli)"),  # G (row = Tripoli centre point)
 "souq": ("town", "LY", 32.883, 13.233, "Souq al Jum'aa"),  # G
 "souq_mun": ("district", "LY", 32.883, 13.233, "Souq al Jum'aa municipality"),  # G*
 "qasr": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),  # G
 "abusalim": ("town", "LY", 32.88743, 13.18733, "Abu Salim"),  # G (row = Tripoli centre point)
 "tarhuna": ("town", "LY", 32.43501, 13.6332, "Tarhuna"),  # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),  # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),  # G
 "west_region": ("region", "LY", 30.79644, 14.18653, "Tripolitania (western Libya)"),  # G* tripolitania row
 # ab2 Fezzan / Great Man-Made River
 "hasawna": ("region", "LY", 27.9, 13.3, "Jabal Hasawna (GMMR wellfields)"),  # K
 "washington": ("city", "US", 38.89511, -77.03637, "Washington"),  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),  # G
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),  # G
 "tamanhint": ("base", "LY", 27.2401, 14.6563, "Tamanhint Air Base"),  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),  # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),  # G* (surface براك الشاطئ)
 "qirah": ("town", "LY", 27.58595, 14.35375, "Qirah"),  # G
 "idri_mun": ("district", "LY", 27.44707, 13.05173, "Idri municipality"),  # G* Idri town row
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),  # G
 "umm_aranib": ("town", "LY", 26.13386, 14.7372, "Umm al Aranib"),  # G
 "brak_base": ("base", "LY", 27.653, 14.264, "Brak Air Base"),  # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),  # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),  # G
 # ab3 Chad / Sudan
 "fada": ("town", "TD", 17.19186, 21.58081, "Fada"),  # G (فدا)
 "ounianga": ("town", "TD", 19.05263, 20.48887, "Ounianga Kebir"),  # G (أونيانقا كبير)
 "malha": ("town", "SD", 15.13333, 26.2, "Al Malha"),  # K
 "ndjamena": ("city", "TD", 12.10672, 15.0444, "N'Djamena"),  # G (نجامينا)
 "abeche": ("city", "TD", 13.82916, 20.8324, "Abeche"),  # G (أبشي)
 "ennedi": ("region", "TD", 17.04167, 21.86278, "Ennedi"),  # G
 "td_sd_border": ("region", "TD", 15.25834, 22.8325, "Chad-Sudan border"),  # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),  # G
 "north_darfur": ("district", "SD", 15.8958, 25.49583, "North Darfur"),  # G
 "howar": ("region", "SD", 17.1, 24.5, "Wadi Howar"),  # K (representative point, western course)
 "darfur": ("region", "SD", 13.5, 24.5, "Darfur"),  # G
 "tri_ly_sd_td": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G
 "kufra": ("town", "LY", 24.1989, 23.29093, "Kufra"),  # G
 "south_ly": ("region", "LY", 24.6764, 17.6011, "Southern Libya"),  # G
 "faya": ("town", "TD", 17.9257, 19.10428, "Faya-Largeau"),  # G (فايا لارجو)
 "kutum": ("town", "SD", 14.2, 24.66667, "Kutum"),  # G
 "kufra_airport": ("airport", "LY", 24.1787, 23.314, "Kufra Airport"),  # G
 "north_td": ("region", "TD", 18.2068, 19.78454, "Northern Chad"),  # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),  # G* cyrenaica row
 "east_td": ("region", "TD", 15.37168, 20.30227, "Eastern Chad"),  # G
 # ab4 Algeria / Ghat
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),  # G
 "bod": ("town", "DZ", 28.15, 6.81667, "Bordj Omar Driss"),  # G
 "salvador": ("region", "LY", 23.70978, 12.19091, "Salvador Pass"),  # G* Libya-Algeria-Niger triangle row
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),  # G
 "inamenas": ("town", "DZ", 28.0515, 9.64291, "In Amenas"),  # G (عين أميناس)
 "illizi_prov": ("district", "DZ", 26.97285, 7.8652, "Illizi province"),  # G
 "djanet": ("town", "DZ", 24.55528, 9.485, "Djanet"),  # G (kind village in the row)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),  # G
 "isayen": ("crossing", "LY", 24.8, 10.1, "Isayen border crossing"),  # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat (Ghat)"),  # G
 "tri_ly_dz_ne": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G
 "ly_dz_border": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),  # G
 "ly_ne_border": ("region", "LY", 23.17309, 13.6986, "Libya-Niger border"),  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),  # G
 "south_west_ly": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),  # G
 # ab5 Mediterranean / Lebanon / Tunisia
 "zuwara": ("town", "LY", 32.9312, 12.08199, "Zuwara"),  # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),  # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),  # G
 "akkar": ("district", "LB", 34.53, 36.17, "Akkar Governorate"),  # K
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),  # G
 "lampedusa": ("town", "IT", 35.50218, 12.60853, "Lampedusa"),  # K
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),  # G
 "augusta": ("town", "IT", 37.23056, 15.22143, "Augusta"),  # K
 "sicily": ("region", "IT", 37.75, 14.25, "Sicily"),  # K
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),  # G
 "valletta": ("city", "MT", 35.89968, 14.5148, "Valletta"),  # G
 "ras_ajdir": ("crossing", "LY", 33.15, 11.56, "Ras Ajdir border crossing"),  # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),  # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),  # G
 "ly_tn_border": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),  # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),  # G
}

TRAPS = {
 "ab1": ["«الردع»", "العين الإخبارية", "العاصمة الليبية", "قوة الردع الخاصة", "حكومة الوحدة الوطنية",
         "اللواء 444 قتال", "من هذه الزاوية", "عماد الطرابلسي", "عبد الحميد الدبيبة", "الأجواء الليبية",
         "بوساطة تركية"],
 "ab2": ["«النهر الصناعي»", "الجيش الليبي", "الحرة", "القيادة العامة للجيش الوطني الليبي",
         "اللواء طارق بن زياد", "جهاز تنفيذ وإدارة مشروع النهر الصناعي", "المعارضة التشادية",
         "أهون الشرين", "العقيد إدريس الجديد", "كتيبة «درع الشاطئ»"],
 "ab3": ["«الدعم السريع»", "الوحدة", "الجيش التشادي", "قوات الدعم السريع", "الحكومة التشادية",
         "اتهامات سودانية", "جبهة الوفاق من أجل التغيير في تشاد", "الآبار المالحة", "«انجامينا إيبدو»",
         "محمد إدريس ديبي", "الحرب السودانية"],
 "ab4": ["الشرق", "الجيش الجزائري", "حرس الحدود", "مصدر أمني جزائري", "الجانب الليبي", "اللواء طارق بن زياد",
         "عملية «رمال أوباري»", "صحيفة «الخبر» الجزائرية", "الجيش الليبي", "مبالغات إعلامية",
         "التحرك الجزائري", "السلطات الليبية"],
 "ab5": ["«النهار»", "فرقاطة إيطالية", "السواحل الليبية", "وزارة الخارجية اللبنانية", "خفر السواحل الليبي",
         "ريما طرابلسي", "لن تنسى الجميل", "وزارة الدفاع الإيطالية", "القوات المسلحة المالطية",
         "حكومة الوحدة الوطنية", "وزارة الدفاع التونسية", "الجيش التونسي"],
}

PHEN = {
 "ab1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_bases"],
 "ab2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "countries"],
 "ab3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "vague_area", "border_phrase", "coverage_neighbours", "countries"],
 "ab4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "ab5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "ab1": [
  mv("deploy", "reported", "Misrata forces", ["مصراته"], ["عين زارة", "صلاح الدين"], ["تاجوراء"]),
  mv("reinforce", "reported", None, [], ["قاعدة امعيتيقة", "سوق الجمعة"]),
  mv("reinforce", "planned", "GNA forces", ["قصر بن غشير"], ["أبو سليم"]),
  mv("withdraw", "denied", "GNA forces", ["صلاح الدين"], ["ترهونة"]),
  mv("advance", "conditional", "Zintan forces", ["الزنتان"], ["طرابلس"], ["غريان"]),
 ],
 "ab2": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["جبل الحساونة"]),
  mv("airlift", "reported", "Libyan National Army", ["بنغازي"], ["قاعدة تمنهنط الجوية"]),
  mv("deploy", "planned", "Libyan National Army", [], ["براك الشاطئ", "قيرة"]),
  mv("advance", "denied", "Chadian armed groups", ["أم الأرانب"], ["وادي الشاطئ"]),
  mv("advance", "conditional", "Libyan National Army", ["قاعدة براك الجوية"], ["الشويرف"]),
 ],
 "ab3": [
  mv("reinforce", "reported", None, ["أبشة"], ["فادا", "أونيانغا كبير"]),
  mv("redeploy", "reported", "Sudanese armed groups", ["الفاشر"], ["المالحة"]),
  mv("deploy", "planned", "Sudanese armed groups", [], ["وادي هور"]),
  mv("shipment", "denied", None, ["الكفرة"], ["دارفور"], ["أونيانغا كبير"]),
  mv("advance", "conditional", "Chadian armed groups", [], ["فايا", "فادا"]),
 ],
 "ab4": [
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["برج عمر إدريس", "عين أمناس"]),
  mv("deploy", "planned", "Algerian army", [], ["جانت"]),
  mv("redeploy", "reported", "Libyan National Army", ["أوباري"], ["منفذ إيسين", "العوينات"]),
  mv("advance", "denied", "Libyan National Army", [], ["الحدود مع الجزائر", "غات"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["غات", "العوينات"]),
 ],
 "ab5": [
  mv("deploy", "reported", None, ["أوغوستا"], ["زوارة", "القره بوللي"]),
  mv("deploy", "reported", None, ["فاليتا"], []),
  mv("redeploy", "planned", "GNA forces", ["طرابلس"], ["القربوللي"]),
  mv("reinforce", "denied", "Tunisian army", [], ["معبر رأس جدير"]),
  mv("deploy", "conditional", "GNA forces", ["الزاوية"], ["زوارة", "راس جدير"]),
 ],
}

NOTES = {
 "ab1": "Al-Ain Al-Ikhbariya: Radaa vs the 444th brigade in Tripoli. Reported Misrata columns Misrata (مصراته)→Ain Zara, Salah al-Din via Tajura (headline = same move); reported Radaa reinforcement of Mitiga base and Souq al-Juma (Radaa not canonical → actor null); planned 444th (GNA) armoured company Qasr Bin Ghashir→Abu Salim (سيدفع خلال الساعات المقبلة); 444th withdrawal Salah al-Din→Tarhuna denied (نفى); conditional Zintan advance towards Tripoli via Gharyan (إذا; origin الزنتان = «من المدينة»). Not movements: Tripoli dateline, the closed Mitiga airport, the Souq al-Juma municipality closing schools, the May 2025 clashes. Traps: العين الإخبارية (media containing عين), «الردع»/قوة الردع الخاصة, اللواء 444 قتال, عماد الطرابلسي (person containing طرابلس), من هذه الزاوية (idiom containing الزاوية), nisbas.",
 "ab2": "Al-Hurra: Great Man-Made River cut, LNA deploys to Jabal Hasawna. Reported LNA deployment Sabha→Jabal Hasawna (headline = same move); reported LNA cargo flight Benghazi→Tamanhint air base (تمنهنط spelling); planned LNA company to Brak al-Shati and Qirah (على أن … الأسبوع المقبل); Chadian-opposition incursion from Umm al-Aranib into Wadi al-Shati denied by the Idri mayor; conditional LNA advance Brak air base→Ash Shwayrif (إذا). Not movements: Washington dateline, water cut to Tripoli and the western coast, residents of Fezzan, Tripoli/Benghazi trading accusations. Traps: «النهر الصناعي» (water system, not a point place), the GMMR authority, الحرة (media), العقيد إدريس الجديد (person: إدري inside إدريس, surname = town Al Jadid), كتيبة «درع الشاطئ», أهون الشرين (idiom containing هون), المعارضة التشادية.",
 "ab3": "Alwihda Info (Chad): Chad reinforces Ennedi as the RSF moves to Al Malha. Reported Chadian-army reinforcement Abeche (أبشة)→Fada (فادا) and Ounianga Kebir (Chadian army not canonical → actor null; headline = same move); reported RSF redeployment El Fasher→Al Malha (Sudanese armed groups); planned RSF deployment along Wadi Howar (تستعد لنشر); arms shipments Kufra→Darfur via Ounianga Kebir denied (actor null); conditional FACT (Chadian armed groups) advance towards Faya and Fada (إذا; no origin, their base in southern Libya is static presence). Not movements: N'Djamena dateline, RSF activity near the Sudan border, refugees from El Fasher and Kutum to eastern Chad. Traps: الجيش التشادي/الحكومة التشادية (contain تشاد), جبهة الوفاق من أجل التغيير في تشاد (force name containing the country), «انجامينا إيبدو» (media containing the capital), الآبار المالحة (common word = Al Malha), محمد إدريس ديبي.",
 "ab4": "Asharq News: Algeria reinforces Bordj Omar Driss; Salvador pass smuggling. Reported Algerian-army reinforcement Ouargla→Bordj Omar Driss and In Amenas (عين أمناس spelling; headline = same move); planned Algerian column to Djanet (سيتوجه مطلع الشهر المقبل); reported LNA patrol Ubari→Isayen crossing and Al Awaynat (redeploy); LNA advance towards the border with Algeria near Ghat denied (نفى … مبالغات); conditional LNA deployment in Ghat and Al Awaynat (إذا). Not movements: Algiers dateline (الجزائر = city; the headline and the last paragraph الجزائر = country), smugglers using the Salvador pass towards Sabha, tension with Mali and Niger. Traps: الشرق (media), الجيش الجزائري (contains الجزائر), عملية «رمال أوباري» (operation named after a town), صحيفة «الخبر» الجزائرية, مبالغات إعلامية (contains غات), nisbas.",
 "ab5": "Annahar: Lebanese migrants rescued off Zuwara; Italian frigate and Maltese patrol. Reported Italian frigate Augusta→off Zuwara and Garabulli (actor null, foreign navy); reported Maltese patrol boat from Valletta (actor null, no destination named); planned GNA coast-guard boats Tripoli→Garabulli (القربوللي spelling); Tunisian-army reinforcement of Ras Ajdir crossing denied; conditional GNA force Zawiya→Zuwara and Ras Ajdir (إذا). Not movements: migrants from Lebanese Tripoli and Akkar, the boat from Sabratha to Lampedusa, the son flown to Benghazi and moved by smugglers, departures from northern Lebanon. Ambiguity: طرابلس is Lebanese Tripoli in the first paragraph and Libyan Tripoli later. Traps: «النهار» (media, also 'daytime'), ريما طرابلسي (person containing طرابلس), لن تنسى الجميل (idiom containing the town name الجميل), الجيش التونسي (contains تونس), nisbas.",
}

# Read by tests/golden/sample_tools.py check (values from this sample's former src/check.py).
WORDS = (240, 265)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
