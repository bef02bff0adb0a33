# key -> (kind, country, lat, lon, name). G = data/gazetteer.csv row found by grep -F;
# G* = gazetteer row reused under another label/kind (listed in the README); OWN = not from the gazetteer.
P = {
 # countries (G)
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),
 "niger": ("country", "NE", 17.60313, 9.8838, "Niger"),
 "algeria": ("country", "DZ", 28.0512, 0.58775, "Algeria"),
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),
 "russia": ("country", "RU", 53.12573, 99.33572, "Russian Federation"),
 # f1 Kufra / Sudan border
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),  # G
 "kufra": ("town", "LY", 24.1989, 23.29093, "Kufra"),  # G
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),  # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),  # G
 "sarra_base": ("base", "LY", 21.6877, 21.8309, "Maaten al-Sarra Air Base"),  # G
 "rebiana": ("town", "LY", 24.233, 21.983, "Rebiana"),  # G
 "north_darfur": ("district", "SD", 15.8958, 25.49583, "North Darfur"),  # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),  # G* (الحدود الليبية السودانية row)
 "mellit": ("town", "SD", 14.13333, 25.55, "Mellit"),  # G
 "se_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),  # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),  # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),  # G
 "tri_ly_sd_td": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (tripoint row)
 "benina_base": ("base", "LY", 32.0968, 20.2695, "Benina Air Base"),  # G
 "kufra_airport": ("airport", "LY", 24.1787, 23.314, "Kufra Airport"),  # G
 "kufra_district": ("district", "LY", 23.30855, 22.08059, "Al Kufra district"),  # G
 # f2 Niger
 "border_ne_ly": ("region", "NE", 22.9, 13.7, "Niger-Libya border (Nigerien side)"),  # OWN
 "dirkou": ("town", "NE", 18.9687, 12.8687, "Dirkou"),  # G
 "bilma": ("town", "NE", 18.68532, 12.91643, "Bilma"),  # G
 "kawar": ("region", "NE", 18.9, 12.9, "Kawar"),  # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),  # G
 "agadez_airport": ("airport", "NE", 16.966, 8.00011, "Mano Dayak International Airport (Agadez)"),  # G
 "niamey": ("city", "NE", 13.51366, 2.1098, "Niamey"),  # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),  # G
 "madama": ("base", "NE", 21.95, 13.65, "Madama"),  # G
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),  # G
 "djado": ("region", "NE", 20.983, 12.333, "Djado plateau"),  # G
 "toummo": ("crossing", "LY", 22.65, 14.2, "Toummo border crossing"),  # G
 "border_ly_ne_vague": ("region", "LY", 23.17309, 13.6986, "Libya-Niger border"),  # G* (الحدود الليبية النيجرية row)
 "south_ly": ("region", "LY", 24.6764, 17.6011, "Southern Libya"),  # G
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),  # G
 "assamaka": ("village", "NE", 19.36667, 5.8, "Assamaka"),  # G* (row spelled أسامكا)
 "border_ne_dz": ("region", "NE", 21.2158, 8.2905, "Niger-Algeria border"),  # G* (الحدود النيجرية الجزائرية row)
 "north_ne": ("region", "NE", 20.11996, 11.22198, "Northern Niger"),  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),  # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.6986, "Libya-Niger border"),  # G* (الحدود الليبية النيجرية row)
 # f3 east
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),  # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),  # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),  # G
 "qubbah": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),  # G
 "umm_rizam": ("town", "LY", 32.53332, 23.00904, "Umm ar Rizam"),  # G
 "martuba": ("town", "LY", 32.57421, 22.76353, "Martuba"),  # G
 "jabal_akhdar": ("region", "LY", 32.02519, 21.7983, "Al Jabal al Akhdar"),  # G* (district row, used as region)
 "tripoli_ly": ("city", "LY", 32.88743, 13.18733, "Tripoli"),  # G
 "tobruk_base": ("base", "LY", 31.861, 23.907, "Gamal Abdel Nasser Air Base"),  # G* (مطار طبرق row, Gamal Abdel Nasser Airport)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),  # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),  # G
 "susa": ("town", "LY", 32.89702, 21.96583, "Susah (Apollonia)"),  # G* (row name_ar أبولونيا, alias سوسة)
 "shahhat": ("town", "LY", 32.8043, 21.86605, "Shahhat"),  # G
 "derna_mun": ("district", "LY", 32.76704, 22.63669, "Derna municipality"),  # G* (Derna city row)
 # f4 Nalut / Western Mountain
 "nafusa": ("region", "LY", 30.3338, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G* (الجبل الغربي region row)
 "wazin_crossing": ("crossing", "LY", 31.975, 10.683, "Dehiba-Wazin border crossing"),  # G
 "nalut": ("town", "LY", 31.86848, 10.9812, "Nalut"),  # G
 "tiji": ("town", "LY", 32.01493, 11.35461, "Tiji"),  # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),  # G
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),  # G* (الحدود الليبية التونسية row)
 "nalut_mun": ("district", "LY", 31.86848, 10.9812, "Nalut municipality"),  # G* (Nalut town row)
 "wazin": ("town", "LY", 31.942, 10.66532, "Wazin"),  # G
 "rujban": ("town", "LY", 31.95, 12.16667, "Ar Rujban"),  # G
 "rayayna": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),  # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),  # G
 "ras_ajdir": ("crossing", "LY", 33.15, 11.56, "Ras Ajdir border crossing"),  # G* (منفذ رأس جدير row)
 "kabaw": ("town", "LY", 31.84724, 11.33055, "Kabaw"),  # G
 "hawamid": ("town", "LY", 31.97528, 11.16222, "Al Hawamid"),  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),  # G* (Tunis city row, surface تونس العاصمة)
 "nalut_district": ("district", "LY", 30.45393, 10.78371, "Nalut district"),  # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),  # G
 "daraj": ("town", "LY", 30.16502, 10.45804, "Daraj"),  # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawin"),  # G
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),  # G
 "yafran": ("town", "LY", 32.06329, 12.52859, "Yafran"),  # G
 # f5 Ubari / Ghat
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),  # G
 "border_dz_ly": ("region", "DZ", 24.95, 9.95, "Algeria-Libya border near Ghat (Algerian side)"),  # OWN
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),  # G
 "germa": ("town", "LY", 26.544, 13.064, "Germa"),  # G
 "north_ml": ("region", "ML", 20.45092, -2.20255, "Northern Mali"),  # G
 "tri_ly_dz_ne": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),  # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat (Serdeles)"),  # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),  # G
 "sharara": ("oilfield", "LY", 26.55, 12.22, "El Sharara oil field"),  # G
 "tamanhint": ("base", "LY", 27.2401, 14.6563, "Tamanhint Air Base"),  # G
 "ghat_airport": ("airport", "LY", 25.1456, 10.1426, "Ghat Airport"),  # G
 "isayen": ("crossing", "LY", 24.8, 10.1, "Isayen border crossing"),  # G
 "djanet": ("town", "DZ", 24.55528, 9.485, "Djanet"),  # G* (row kind village)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),  # G
 "ghat_district": ("district", "LY", 26.01562, 10.4066, "Ghat district"),  # G
}

TRAPS = {
 "f1": ["«الدعم السريع»", "العربي الجديد", "دوريات ليبية", "قوات الدعم السريع السودانية", "كتيبة «سبل السلام»",
        "قناة «الحدث»", "الجيش السوداني", "اللاجئين السودانيين", "الأخبار السارة"],
 "f2": ["«تيلي ساحل»", "«الفيلق الأفريقي»", "طائرتي شحن روسيتين", "وزارة الدفاع النيجرية", "وسائل إعلام فرنسية",
        "التحرك النيجري", "القيادة العامة للجيش الليبي", "الأراضي الليبية", "«تحالف دول الساحل»", "القوات الفرنسية"],
 "f3": ["المرصد", "القيادة العامة للقوات المسلحة العربية الليبية", "اللواء طارق بن زياد المعزز", "حكومة الوحدة الوطنية",
        "الجيش المصري", "عقيلة صالح", "قناة «ليبيا الحدث»", "اللبنانية", "سوسة الفساد"],
 "f4": ["حكومة الوحدة الوطنية", "مصطفى النالوتي", "بي بي سي", "جهاز حرس الحدود", "المجلس العسكري للزنتان",
        "التونسية", "الزنتانيين", "البلديات الأمازيغية"],
 "f5": ["الشروق أونلاين", "الطوارق", "مصادر محلية ليبية", "اللواء طارق بن زياد", "الجانب الجزائري",
        "الجيش الوطني الشعبي", "مصدر عسكري ليبي", "ثلاث لغات", "الدبلوماسية الجزائرية", "ليبي-ليبي"],
}

PHEN = {
 "f1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
        "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "f2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
        "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "f3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
        "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "f4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
        "vague_area", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "f5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
        "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
        "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"
MOVES = {
 "f1": [
  mv("reinforce", "reported", LNA, ["أجدابيا"], ["الكفرة"], ["تازربو"]),
  mv("deploy", "planned", LNA, [], ["قاعدة معطن السارة", "ربيانة"]),
  mv("advance", "denied", "Sudanese armed groups", ["مليط"], ["جنوب شرق ليبيا"]),
  mv("airlift", "conditional", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
 ],
 "f2": [
  mv("reinforce", "reported", None, ["أغاديز"], ["ديركو", "بيلما"]),
  mv("airlift", "reported", "Russian forces", ["نيامي"], ["مطار أغاديس"]),
  mv("deploy", "planned", None, ["ديركو"], ["قاعدة ماداما", "سيغيدين"]),
  mv("redeploy", "denied", "Russian forces", ["جنوب ليبيا"], ["ماداما"]),
  mv("reinforce", "conditional", LNA, ["سبها"], ["منفذ التوم", "الحدود مع النيجر"]),
 ],
 "f3": [
  mv("deploy", "reported", LNA, ["بنغازي"], ["درنة"], ["المرج", "البيضاء"]),
  mv("deploy", "planned", LNA, [], ["أم الرزم", "مرتوبة"]),
  mv("withdraw", "conditional", LNA, ["درنة"], ["بنغازي"]),
  mv("deploy", "denied", "Egyptian army", [], ["قاعدة جمال عبد الناصر الجوية"]),
 ],
 "f4": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["نالوت"], ["تيجي"]),
  mv("deploy", "planned", "GNA forces", [], ["منفذ وازن", "الحدود مع تونس"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["وازن"]),
  mv("mobilise", "conditional", "Zintan forces", [], ["الرجبان", "الرياينة"]),
 ],
 "f5": [
  mv("reinforce", "reported", LNA, ["سبها"], ["اوباري"], ["جرمة"]),
  mv("advance", "reported", "Foreign fighters", ["شمال مالي", "النيجر"], ["وادي الحياة"], ["المثلث الحدودي"]),
  mv("airlift", "planned", LNA, ["قاعدة تمنهنت"], ["مطار غات"]),
  mv("withdraw", "denied", LNA, ["العوينات"], ["سبها"]),
  mv("reinforce", "conditional", "Algerian army", ["جانت"], ["الحدود مع ليبيا"]),
 ],
}

NOTES = {
 "f1": ("Al-Araby Al-Jadeed: LNA column to Kufra after clashes with the RSF near the Uweinat triangle. Reported LNA "
        "reinforcement Ajdabiya→Kufra via Tazirbu (headline with the variant اجدابيا = same move); planned LNA deployment to "
        "Maaten al-Sarra base and Rebiana (سيتوجه خلال الأيام المقبلة); RSF advance Mellit→south-eastern Libya denied by an "
        "RSF adviser (Sudanese armed groups); conditional LNA airlift Benina air base→Kufra airport (إذا). Not movements: "
        "Benghazi dateline, RSF vehicles habitually coming from North Darfur across the border (route description), the "
        "Port Sudan source and the fuel-smuggling accusation via the Libya–Chad–Sudan triangle, refugees, travellers "
        "Kufra–Benghazi, El Fasher. Traps: الأخبار السارة (contains السارة), كتيبة «سبل السلام», قناة «الحدث», nisbas "
        "with السودان inside (السودانية, السوداني, السودانيين)."),
 "f2": ("RT Arabic: Niger reinforces the far north near the Libyan border. Reported reinforcement (Nigerien army, "
        "null) Agadez (variant أغاديز)→Dirkou, Bilma; reported Russian (Africa Corps) airlift Niamey→Agadez airport; "
        "planned Nigerien special-forces deployment Dirkou→Madama base, Seguedine (null); Russian redeploy southern "
        "Libya→Madama denied by the government spokesman; conditional LNA reinforcement Sabha→Toummo crossing and the "
        "border with Niger (إذا). Not movements: Kawar (container of the destinations), the Niamey–Moscow agreement, "
        "smuggling between the Djado plateau (NE, not the Libyan town Jadu) and Toummo, the Arlit–Assamaka convoy attack "
        "near the Algerian border, the Al Qatrun sources, the AES background and French/US departures. Traps: «تيلي ساحل», "
        "«تحالف دول الساحل», nisbas containing النيجر (النيجرية, النيجري)."),
 "f3": ("Al-Marsad: LNA units to Derna after an attack on a checkpoint. Reported LNA deployment Benghazi→Derna via "
        "Al Marj and Al Bayda (headline = same move); planned LNA deployment in Umm ar-Rizam and Martuba (ستتمركزان); "
        "conditional LNA return Derna→Benghazi (لن … إلا بعد); Egyptian-army deployment at the Gamal Abdel Nasser air "
        "base denied (Tobruk only a distance reference, جنوب طبرق). Not movements: the Qubbah–Derna road (attack site), "
        "combing in the Green Mountain valleys, the GNU in Tripoli (Libya), the cement ship from Tripoli (Lebanon) to "
        "Derna (civilian cargo), reconstruction in Susa (the Libyan town, not Sousse)/Shahhat/Al Bayda. Traps: سوسة "
        "الفساد (idiom), عقيلة صالح (person; cf. العقيلة), قناة «ليبيا الحدث», الجيش المصري (contains مصر)."),
 "f4": ("BBC Arabic: tension in the Western Mountain after clashes near the Wazin crossing. Reported GNA deployment "
        "Tripoli→Nalut via Tiji; planned GNA deployment at the Wazin crossing and along the border with Tunisia "
        "(ستنتشر خلال الأيام المقبلة); Zintan advance Zintan→Wazin denied by the Zintan military council; conditional "
        "Zintan mobilisation in Ar-Rujban and Ar-Rayayna (هدد بحشد … إذا). Not movements: the clash participants from "
        "Zintan, travellers from Zintan, the crossing opposite Dehiba, Ras Ajdir comparison, residents of Nalut/Kabaw/"
        "Al-Hawamid, travellers to Tunis, smuggling roads to Ghadames/Daraj/Sinawen, the Jadu/Yafran mediators. Traps: "
        "مصطفى النالوتي (person containing نالوت), المجلس العسكري للزنتان, الزنتانيين, التونسية (contains تونس)."),
 "f5": ("Echorouk: Ubari clashes and Algerian alert on the border facing Ghat. Reported LNA reinforcement Sabha→Ubari "
        "(variant اوباري) via Germa; reported arrival of Tuareg fighters in Wadi al-Hayat from northern Mali and Niger via "
        "the border triangle (Foreign fighters); planned LNA airlift Tamanhint base→Ghat airport (تعتزم; the Isayen "
        "crossing is in the purpose clause); LNA withdrawal Al Awaynat→Sabha denied; conditional Algerian reinforcement "
        "Djanet→border with Libya (إذا; قبالة غات is a reference). Not movements: the Algiers dateline, Algerian units on "
        "alert in Djanet/Illizi, stopped trucks Ubari–Sabha, fears for the Sharara field, the Tuareg appeal. Traps: ثلاث "
        "لغات (contains غات), الجانب الجزائري / الدبلوماسية الجزائرية (contain الجزائر), ليبي-ليبي."),
}

# Read by tests/golden/sample_tools.py check (values from this sample's former src/check.py).
WORDS = (240, 265)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
