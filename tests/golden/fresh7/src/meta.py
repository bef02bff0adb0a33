# -*- coding: utf-8 -*-
"""Place keys, traps, phenomena, movements and notes for p1-p4.
Coordinates: gazetteer.csv values (grep) unless the note says 'own'."""

# key: (kind, country, lat, lon, English name, source note)
PLACES = {
    # p1 - west
    "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha", "gaz"),
    "surman": ("town", "LY", 32.75668, 12.57159, "Surman", "gaz"),
    "rasajdir": ("crossing", "LY", 33.15, 11.56, "Ras Ajdir border crossing", "gaz"),
    "zawiya": ("city", "LY", 32.75710, 12.72764, "Zawiya", "gaz"),
    "mellitah": ("oilfield", "LY", 32.87, 12.23, "Mellitah oil and gas complex", "gaz"),
    "wazin": ("crossing", "LY", 31.975, 10.683, "Dehiba-Wazin border crossing", "gaz"),
    "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara", "gaz"),
    "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis", "gaz"),
    "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia", "gaz"),
    "nalut_mun": ("district", "LY", 31.86848, 10.98120, "Nalut Municipality", "gaz town row"),
    "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut", "gaz"),
    "dhehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba", "gaz"),
    "remada": ("town", "TN", 32.31662, 10.39551, "Remada", "gaz"),
    "ly_tn_border": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border", "gaz"),
    "jabal": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)", "gaz"),
    "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan", "gaz"),
    "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan", "gaz"),
    "niger": ("country", "NE", 17.60313, 9.88380, "Niger", "gaz"),
    "mali": ("country", "ML", 17.60566, -0.75434, "Mali", "gaz"),
    "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga International Airport", "gaz"),
    "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli", "gaz"),
    # p2 - Tripoli / Misrata
    "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata", "gaz"),
    "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)", "gaz Tripolitania row"),
    "tajoura": ("city", "LY", 32.88167, 13.35056, "Tajura", "gaz"),
    "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten", "gaz"),
    "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums", "gaz"),
    "souq": ("town", "LY", 32.883, 13.233, "Souq al Jum'aa", "gaz"),
    "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base", "gaz"),
    "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri", "gaz"),
    "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey", "gaz"),
    "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara", "gaz"),
    "libya": ("country", "LY", 26.34236, 17.23247, "Libya", "gaz"),
    "abusalim": ("town", "LY", 32.88743, 13.18733, "Abu Salim", "gaz"),
    "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara", "gaz"),
    "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)", "gaz"),
    "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon", "gaz"),
    "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi", "gaz"),
    # p3 - Fezzan
    "ly_td_border": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border", "gaz"),
    "chad": ("country", "TD", 15.44428, 18.53959, "Chad", "gaz"),
    "sahel": ("region", "NE", 15.0, 6.0, "Sahel", "own"),
    "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan", "gaz"),
    "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha", "gaz"),
    "brak": ("town", "LY", 27.54956, 14.27139, "Brak (Brak al-Shati)", "gaz Brak row"),
    "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun", "gaz"),
    "tummo": ("crossing", "LY", 22.65, 14.2, "Toummo border crossing", "gaz"),
    "ummaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib", "gaz"),
    "tri_ly_ne_td": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle", "gaz"),
    "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi", "gaz"),
    "tibesti": ("region", "TD", 20.8, 17.8, "Tibesti", "gaz"),
    "ly_ne_border": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border", "gaz"),
    "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat", "gaz"),
    "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat (Serdeles, Ghat district)", "gaz"),
    "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base", "gaz"),
    "brak_base": ("base", "LY", 27.653, 14.264, "Brak Air Base", "gaz"),
    "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena", "gaz"),
    "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun Municipality", "gaz town row"),
    "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez", "gaz"),
    "dirkou": ("town", "NE", 18.9687, 12.8687, "Dirkou", "gaz"),
    "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey", "gaz"),
    "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari", "gaz"),
    "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii", "gaz"),
    "sharara": ("oilfield", "LY", 26.55, 12.22, "El Sharara oil field", "gaz"),
    "idri": ("town", "LY", 27.44707, 13.05173, "Idri", "gaz"),
    "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq District", "gaz"),
    "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq", "gaz"),
    "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya", "gaz"),
    "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya", "gaz"),
    "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan", "gaz"),
    # p4 - east
    "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)", "gaz Cyrenaica row"),
    "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra (Al Jawf)", "gaz Al Jawf row"),
    "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya", "gaz"),
    "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan (Uweinat) border triangle", "gaz"),
    "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt", "gaz"),
    "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub", "gaz"),
    "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk", "gaz"),
    "ly_eg_border": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border", "gaz"),
    "ly_sd_border": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border", "gaz"),
    "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra Municipality", "gaz Al Jawf row"),
    "malha": ("town", "SD", 15.12, 26.17, "Al Malha (North Darfur)", "own"),
    "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur", "gaz"),
    "darfur": ("region", "SD", 13.5, 24.5, "Darfur", "gaz"),
    "southeast": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya", "gaz"),
    "khadim": ("base", "LY", 31.9985, 21.1918, "Al Khadim Air Base", "gaz"),
    "kufra_airport": ("airport", "LY", 24.1787, 23.314, "Kufra Airport", "gaz"),
    "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo", "gaz"),
    "east_uweinat": ("region", "EG", 22.5857, 28.7166, "East Oweinat (Sharq al-Owainat)", "gaz airport row"),
    "uweinat_area": ("region", "LY", 21.98654, 24.69566, "Uweinat border area", "gaz triangle row"),
    "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah", "gaz"),
    "emsaed": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing", "gaz"),
    "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum", "gaz"),
    "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj", "gaz"),
    "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda", "gaz"),
}

NOT_PLACES = {
    "p1": ["ليبيا الأحرار", "قناة ليبيا الأحرار", "المجلس العسكري للزنتان", "عبد السلام الزنتاني",
           "التونسي", "تونسي", "الليبية", "بدعم مالي", "الطريق الساحلي"],
    "p2": ["الجزيرة نت", "اللواء 444 قتال", "جهاز الردع", "جهاز دعم الاستقرار", "عماد الطرابلسي",
           "عبد الغني الككلي", "الساعات الخمس", "التركية", "تركية", "اللبناني", "الليبي", "المؤسسة الوطنية للنفط"],
    "p3": ["الشرق الأوسط", "درع فزان", "جبهة التناوب والوفاق في تشاد", "محمد إدريس ديبي",
           "تشادية", "التشادي", "الليبي", "الروسية"],
    "p4": ["اندبندنت عربية", "قوات الدعم السريع", "كتيبة سبل السلام", "القوة المشتركة لحركات دارفور",
           "عقيلة صالح", "عمر المختار", "صندوق التنمية وإعادة إعمار ليبيا", "الليبي", "السوداني",
           "المصري", "مصري", "المصرية", "روسية"],
}

PHENOMENA = {
    "p1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap",
           "common_word_trap", "nisba", "vague_area", "town_vs_district", "coverage_crossings",
           "coverage_oil", "coverage_neighbours", "countries", "ambiguity_country_capital"],
    "p2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
           "common_word_trap", "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_neighbours", "countries"],
    "p3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
           "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
           "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
    "p4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
           "vague_area", "border_phrase", "town_vs_district",
           "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}

LNA, GNA = "Libyan National Army", "GNA forces"

def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}

MOVEMENTS = {
    "p1": [
        mv("deploy", "reported", GNA, ["الزاوية"], ["صبراتة", "صرمان", "مليتة"]),
        mv("deploy", "planned", GNA, [], ["راس اجدير", "وازن"]),
        mv("reinforce", "conditional", "Tunisian army", [], ["ذهيبة", "رمادة"]),
        mv("withdraw", "denied", "Zintan forces", ["غريان"], ["الزنتان"]),
    ],
    "p2": [
        mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["تاجوراء"], ["زليتن", "الخمس"]),
        mv("mobilise", "reported", GNA, [], ["سوق الجمعة"]),
        mv("withdraw", "conditional", "Misrata forces", ["تاجوراء"], ["مصراتة"]),
        mv("airlift", "reported", "Turkish armed forces", ["قيصري"], ["الوطية", "معيتيقة"]),
        mv("redeploy", "denied", "Turkish armed forces", ["الوطية"], ["طرابلس"]),
        mv("deploy", "planned", GNA, [], ["أبو سليم", "عين زارة"]),
    ],
    "p3": [
        mv("reinforce", "reported", LNA, ["براك الشاطئ"], ["القطرون", "التوم"], ["سبها", "أم الأرانب"]),
        mv("withdraw", "reported", "Chadian armed groups", ["تجرهي"], ["تيبستي"]),
        mv("advance", "conditional", LNA, [], ["الحدود مع النيجر"]),
        mv("deploy", "planned", LNA, [], ["غات", "العوينات"]),
        mv("airlift", "denied", "Russian forces", ["الجفرة"], ["براك"]),
    ],
    "p4": [
        mv("reinforce", "reported", LNA, ["بنغازي"], ["الكفرة"], ["اجدابيا"]),
        mv("deploy", "planned", LNA, ["طبرق"], ["الجغبوب"]),
        mv("advance", "reported", "Sudanese armed groups", ["المثلث الحدودي"], ["المالحة"]),
        mv("airlift", "denied", LNA, ["الخادم"], ["الكفرة", "دارفور"]),
        mv("reinforce", "conditional", "Egyptian army", [], ["شرق العوينات"]),
        mv("naval_landing", "reported", "Russian forces", [], ["طبرق"]),
    ],
}

NOTES = {
    "p1": "Libya Al-Ahrar: west. Reported GNA joint-force deployment Zawiya→Sabratha and Surman, stationed around the Mellitah complex; planned (ستنشر) interior-ministry deployment at the Ras Ajdir (راس اجدير) and Wazin crossings; conditional (إذا) Tunisian reinforcement of Dhehiba (ذهيبة) and Remada; Zintan withdrawal Gharyan→Zintan denied («عارية عن الصحة»). Not movements: clashes in Sabratha, the Zuwara council dispute, the Nalut meeting, trucks stuck near Dehiba, units 'باقية في نقاطها', the Gharyan market, migrants deported via Mitiga.",
    "p2": "Al Jazeera Net: Tripoli. Reported Misrata reinforcement Misrata→Tajoura via Zliten and Al Khums; reported GNA defence-ministry mobilisation (حشدت) around Souq al-Juma; conditional (بمجرد) withdrawal Tajoura→Misrata; reported Turkish airlift Kayseri→Al Watiya and Mitiga; Turkish redeployment Al Watiya→Tripoli denied by the ministry in Ankara; planned (تعتزم) interior-ministry deployment in Abu Salim and Ain Zara. Not movements: Radaa control of Mitiga and Souq al-Juma (first mention), «الساعات الخمس» (common word), the headline, Ankara venue, the fuel-smuggling ship seized in Tripoli (Lebanon) that sailed from Misrata, the Turkish mandate extension.",
    "p3": "Asharq Al-Awsat: Fezzan. Reported LNA reinforcement Brak al-Shati→Qatrun and Toummo via Sabha and Umm al-Aranib; reported Chadian rebel (FACT) withdrawal Tajarhi→Tibesti; conditional (في حال) LNA advance to the border with Niger; planned LNA deployment in Ghat and Al Awaynat (Fezzan); Russian airlift Jufra base→Brak base denied («مجرد شائعات»). Not movements: headline, N'Djamena's concern and Déby's call, migrants Agadez→Dirkou→Sabha/Ubari, the Niamey law repeal, Idri protests, Murzuq–Ubari road.",
    "p4": "Independent Arabia: east. Reported LNA reinforcement Benghazi→Kufra via Ajdabiya; planned (تعتزم) LNA deployment Tobruk→Jaghbub; reported RSF advance from the border triangle to Al Malha (North Darfur); LNA airlift Al Khadim→Kufra airport→Darfur denied («لا صحة لها»); conditional (إذا) Egyptian reinforcement of East Oweinat; reported Russian naval landing at Tobruk port. Not movements: RSF control of the triangle, Subul al-Salam border patrols, the Benghazi press conference, refugees Darfur→Kufra via Uweinat, the Qubbah meeting on Emsaed/Sallum, aid trucks Tobruk/Benghazi→Kufra, projects in Al Marj and Al Bayda.",
}

# Read by tests/golden/sample_tools.py (names and values from this sample's former src/build.py).
P, TRAPS, PHEN, MOVES = PLACES, NOT_PLACES, PHENOMENA, MOVEMENTS
BORDER_PREFIX = "الحدود مع "  # in a key "region>country" the country is the surface after this prefix

# Read by tests/golden/sample_tools.py check.
BAR_IN_TEXT = True  # the text has a literal "|" (e.g. «عاجل |»): no "|" residue test, which the former check.py did not do
