# key -> (kind, country, lat, lon, name). G = data/gazetteer.csv row found by grep -F;
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),
 "niger": ("country", "NE", 17.60313, 9.8838, "Niger"),
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),
 "algeria": ("country", "DZ", 28.0512, 0.58775, "Algeria"),
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),
 "turkey": ("country", "TR", 38.9611, 35.47856, "Türkiye"),
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),
 # e1 Jufra
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),
 "waddan": ("town", "LY", 29.1614, 16.13904, "Waddan"),
 "jufra_base": ("base", "LY", 29.1981, 16.001, "Al Jufra Air Base"),
 "abudhabi": ("city", "AE", 24.45118, 54.39696, "Abu Dhabi"),
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),
 "fuqaha": ("town", "LY", 27.83333, 16.35, "Al-Fuqaha"),
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),
 "south_ly": ("region", "LY", 24.6764, 17.6011, "Southern Libya"),
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),  # G*: point at Hun per convention
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),
 "khadim": ("base", "LY", 31.9985, 21.1918, "Al Khadim Air Base"),
 "border_ne": ("region", "LY", 23.17309, 13.6986, "Libya-Niger border"),
 "hun_mun": ("district", "LY", 29.12684, 15.94772, "Hun municipality"),  # G*: Hun town row
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),
 "ras_lanuf": ("oilfield", "LY", 30.5, 18.5272, "Ras Lanuf"),
 # e2 west coast
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),
 "zuwara": ("town", "LY", 32.9312, 12.08199, "Zuwarah"),
 "london": ("city", "GB", 51.50853, -0.12574, "London"),
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),
 "ras_ajdir": ("crossing", "LY", 33.15, 11.56, "Ras Ajdir border crossing"),
 "mellitah": ("oilfield", "LY", 32.87, 12.23, "Mellitah oil and gas complex"),
 "jumayl": ("town", "LY", 32.85286, 12.0612, "Al Jumayl"),
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),
 # e3 Sirte front
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),
 "paris": ("city", "FR", 48.85341, 2.3488, "Paris"),
 "tawergha": ("town", "LY", 31.97083, 15.0525, "Tawergha"),
 "gardabya": ("base", "LY", 31.0635, 16.595, "Gardabya Air Base"),
 "binjawad": ("town", "LY", 30.80418, 18.0772, "Bin Jawwad"),
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),
 "watiya": ("base", "LY", 32.4769, 11.8968, "Al Watiya Air Base"),
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),
 # e4 Tataouine
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),
 "ly_border_vague": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),  # G*
 "tunis_city": ("city", "TN", 36.81897, 10.16579, "Tunis"),
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),
 "border_dz_tn": ("region", "TN", 33.61253, 7.73967, "Tunisia-Algeria border"),
 "wazin": ("town", "LY", 31.942, 10.66532, "Wazin"),
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),
 "wazin_crossing": ("crossing", "LY", 31.975, 10.683, "Dehiba-Wazin border crossing"),
 "nalut": ("town", "LY", 31.86848, 10.9812, "Nalut"),
 "nafusa": ("region", "LY", 30.3338, 13.28744, "Jabal Nafusa"),  # G*: الجبل الغربي region row
 # e5 Algeria-Mali
 "border_dz_ml": ("region", "DZ", 22.09206, -0.15677, "Algeria-Mali border"),
 "tinzaouaten": ("town", "ML", 19.96278, 2.88278, "Tinzaouaten"),
 "tamanrasset": ("town", "DZ", 22.785, 5.52278, "Tamanrasset"),
 "bbm": ("town", "DZ", 21.325, 0.94611, "Bordj Badji Mokhtar"),
 "tinzaouatine": ("town", "DZ", 19.95333, 2.96667, "Tin Zaouatine"),
 "kidal": ("town", "ML", 18.44345, 1.40921, "Kidal"),
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),
 "brak_base": ("base", "LY", 27.653, 14.264, "Brak Air Base"),
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),
 "border_dz_ne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border"),
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),
 "tripoint": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),
 "inguezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),
}

TRAPS = {
 "e1": ["الجيش الليبي", "سكاي نيوز عربية", "القيادة العامة للجيش الوطني الليبي", "كتيبة «شهداء سوكنة»",
        "العميد خالد الهوني", "إذاعة «ودان اف ام»", "الأجواء الليبية"],
 "e2": ["«القدس العربي»", "رئاسة الأركان العامة", "حكومة الوحدة الوطنية", "«عملية درع صبراتة»",
        "«المجلس العسكري زوارة»", "العقيد عبد الله الجميل", "السلطات الليبية", "المدينة الأمازيغية"],
 "e3": ["فرانس 24", "اتفاق جنيف", "الجيش الوطني الليبي", "وزارة الدفاع التركية", "القوات التركية",
        "اللجنة العسكرية المشتركة 5+5", "موانئ الهلال", "دبلوماسي أوروبي"],
 "e4": ["«الصباح»", "الجيش التونسي", "وزارة الدفاع الوطني", "محمد المدنيني", "عام الرمادة",
        "التراب الليبي", "صفحات ليبية", "دورية تونسية", "الجنوب التونسي", "السلطات الليبية"],
 "e5": ["دويتشه فيله عربية", "DW عربية", "الجيش الوطني الشعبي الجزائري", "الجيش المالي", "«الفيلق الإفريقي» الروسي",
        "«جبهة تحرير أزواد»", "دعم مالي", "وحدات جزائرية", "التنافس الروسي الجزائري", "إبراهيم آغ محمد",
        "منطقة الساحل", "السلطات المالية"],
}

PHEN = {
 "e1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
        "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "e2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
        "border_phrase", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "e3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
        "coverage_bases", "coverage_oil", "countries"],
 "e4": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "vague_area",
        "border_phrase", "town_vs_district", "ambiguity_country_capital", "coverage_crossings", "coverage_neighbours",
        "countries"],
 "e5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
        "nisba", "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
}

LNA, GNA = "Libyan National Army", "GNA forces"
def mv(kind, status, actor, o, d, v=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(o), "destinations": list(d), "via": list(v)}

MOVES = {
 "e1": [mv("reinforce", "reported", LNA, ["سبها"], ["هون", "ودان"]),
        mv("deploy", "planned", LNA, [], ["سوكنة", "الفقهاء", "زلة"]),
        mv("withdraw", "denied", LNA, ["الجفرة"], ["براك"]),
        mv("redeploy", "conditional", LNA, ["قاعدة الخادم"], ["الجفرة"])],
 "e2": [mv("deploy", "reported", GNA, ["طرابلس"], ["صبراتة", "العجيلات"], ["الزاوية", "صرمان"]),
        mv("redeploy", "planned", GNA, ["طرابلس"], ["زوارة"]),
        mv("withdraw", "conditional", None, ["منفذ رأس جدير", "مجمع مليتة"], []),
        mv("advance", "denied", GNA, ["صبراتة"], ["زوارة", "الجميل"])],
 "e3": [mv("advance", "reported", "Misrata forces", ["مصراتة"], ["أبوقرين"], ["تاورغاء"]),
        mv("reinforce", "reported", LNA, ["راس لانوف", "بن جواد"], ["سرت", "قاعدة القرضابية"]),
        mv("airlift", "denied", "Turkish armed forces", ["قاعدة الوطية"], ["مصراتة"]),
        mv("withdraw", "planned", GNA, ["بوقرين"], ["تاورغاء"]),
        mv("reinforce", "conditional", LNA, ["الجفرة"], [])],
 "e4": [mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة", "رمادة"]),
        mv("deploy", "planned", "Tunisian army", [], ["رمادة", "الحدود مع الجزائر"]),
        mv("advance", "denied", "Tunisian army", [], ["وازن"]),
        mv("withdraw", "conditional", "Tunisian army", [], ["مدنين"])],
 "e5": [mv("reinforce", "reported", "Algerian army", ["تمنراست"], ["برج باجي مختار", "تين زواتين"]),
        mv("advance", "reported", "Russian forces", ["كيدال"], ["تينزاواتين"]),
        mv("airlift", "planned", "Russian forces", ["قاعدة براك الجوية"], ["باماكو"]),
        mv("advance", "denied", "Algerian army", [], ["كيدال"]),
        mv("reinforce", "conditional", "Algerian army", [], ["الحدود مع النيجر"])],
}

NOTES = {
 "e1": "Sky News Arabia: drone strike on Al Jufra air base. Reported LNA reinforcement Sabha→Hun, Waddan (headline = same move); planned LNA deployment in Sokna, Al-Fuqaha, Zillah (ستتمركز خلال الأيام المقبلة); LNA air-defence withdrawal Al Jufra→Brak denied (نفى); conditional LNA transfer of a fighter squadron Al Khadim→Al Jufra (لن تتردد … إذا). Not movements: Abu Dhabi dateline, fuel trucks from southern Libya, the drone's presumed origin near the Niger border / Sudan, Hun mayor, cargo flights to Mali/Niger (past, unattributed), delegation visit Benghazi→Sirte/Ras Lanuf. Traps: كتيبة «شهداء سوكنة» (force name with سوكنة), العميد خالد الهوني (person containing هون), إذاعة «ودان اف ام» (media containing ودان), nisba الأجواء الليبية.",
 "e2": "Al-Quds Al-Arabi: GNA Chief-of-Staff force deploys in Sabratha and Al-Ajaylat. Reported GNA deployment Tripoli→Sabratha, Al-Ajaylat via Zawiya, Surman (headline = same move); planned coast-guard boats Tripoli→Zuwara coast (تعتزم); Zuwara Military Council's conditional withdrawal from Ras Ajdir crossing and Mellitah complex (لن تنسحب … إلا إذا; actor null, origins only); GNA advance Sabratha→Zuwara, Al Jumayl denied by the force commander. Not movements: London dateline, migrant boats to Lampedusa, fuel shipments to Malta, activists in Zawiya, Tripoli–Rome meetings, Italy. Traps: «عملية درع صبراتة» (operation with صبراتة), «المجلس العسكري زوارة» (body with زوارة), العقيد عبد الله الجميل (person = town name الجميل), المدينة الأمازيغية (Zuwara by description, not annotated).",
 "e3": "France 24 Arabic: Misrata brigades advance towards Abu Qurayn, LNA reinforces Sirte. Reported Misrata advance Misrata→Abu Qurayn via Tawergha (headline = same move); reported LNA reinforcement Ras Lanuf, Bin Jawad→Sirte, Gardabya base (headline = same move); Turkish drone airlift Al Watiya→Misrata denied by Ankara; planned GNA withdrawal from Abu Qurayn (spelled بوقرين, occurrence counted inside أبوقرين) to west of Tawergha (ستسحب … خلال اثنتين وسبعين ساعة); conditional LNA reinforcement from Al Jufra towards the coastal road (في حال; no named destination). Not movements: Paris dateline/diplomat, 5+5 meeting in Sirte, Cairo red line (سرت and الجفرة in خط سرت–الجفرة are annotated as places), Egypt/Turkey concern, families of Sirte. Traps: اتفاق جنيف, موانئ الهلال (not the full الهلال النفطي), nisbas.",
 "e4": "Assabah (Tunisia): Tunisian army reinforces Dehiba and Remada after a clash with smugglers. Reported reinforcement Tataouine→Dehiba, Remada (headline = same move; headline `الحدود الليبية` vague region); planned deployment along the buffer zone from Remada to the border with Algeria; Tunisian patrol incursion into Wazin denied; conditional return of the extra units to barracks in Medenine (withdraw, إذا; destination only). Not movements: smugglers fleeing to Libyan soil (no place), the Wazin crossing closure, Nalut council member, Tripoli meeting, Jabal Nafusa smuggling. Traps: «الصباح» (media = common word), محمد المدنيني (person containing مدنين), عام الرمادة (idiom containing رمادة), التراب الليبي / الجنوب التونسي (nisba).",
 "e5": "DW Arabic: Algeria reinforces the border with Mali after Malian/Russian forces advance towards Tinzaouaten. Reported Algerian reinforcement Tamanrasset→Bordj Badji Mokhtar, Tin Zaouatine; reported Malian army + Africa Corps advance Kidal→Tinzaouaten (actor Russian forces); planned Russian airlift Brak air base→Bamako; Algerian crossing into Kidal denied; conditional Algerian reinforcement on the border with Niger (إذا). Not movements: infiltration from Agadez / the tripoint (condition), Mali's ambassador recall (Bamako), drone downing near Tin Zaouatine, displaced near In Guezzam. Traps: الجيش المالي, دعم مالي, السلطات المالية (contain مالي), «جبهة تحرير أزواد», «الفيلق الإفريقي» الروسي, DW عربية.",
}

# Read by tests/golden/sample_tools.py check (values from this sample's former src/check.py).
WORDS = (240, 265)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
