# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                    # G
 "spain": ("country", "ES", 39.89911, -3.47555, "Spain"),                                   # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                   # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                                # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                               # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                   # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                                   # G
 # Libya: oil crescent and the east
 "es_sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),               # G (row ميناء السدرة)
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                          # G
 "zueitina": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),               # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa el Brega oil port"),           # G
 "dahra": ("oilfield", "LY", 29.47260, 17.93490, "Dahra oil field"),                        # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                      # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                                # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                      # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                            # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),          # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                    # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                      # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                                  # G
 "sallum_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G* (row منفذ امساعد, written منفذ السلوم)
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا, written الجنوب الليبي)
 # Libya: west and south-west
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                 # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                  # G
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G (row مصفاة الزاوية; also bare الزاوية in qrm3)
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),        # G (row مجمع مليتة; also bare مليتة in qrm4)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                    # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                                # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                        # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                       # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                                 # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                 # G (also bare الشرارة, qrm2 headline)
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                       # G
 "sw_libya": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                   # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                      # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                        # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                    # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                      # G
 "sabha_dist": ("district", "LY", 27.03149, 15.06865, "Sabha Municipality"),                # G* (row district:LY-SB, written بلدية سبها)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                        # G
 "brak_ab": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                            # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                            # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libya side)"),   # G* (row الحدود الليبية النيجرية, written الحدود مع النيجر)
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                      # G
 "marsa_matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                        # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                                 # G
 # Europe
 "madrid": ("city", "ES", 40.41650, -3.70256, "Madrid"),                                    # G
 "cartagena": ("city", "ES", 37.6257, -0.9966, "Cartagena"),                                # K
 "trieste": ("city", "IT", 45.64953, 13.77678, "Trieste"),                                  # G (row تريستي)
 # Maghreb
 "casablanca": ("city", "MA", 33.58831, -7.61138, "Casablanca"),                            # G (row أنفا, alias الدار البيضاء)
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                      # G (row ربات, alias الرباط)
 "mohammedia": ("city", "MA", 33.68607, -7.38298, "Mohammedia"),                            # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                     # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                   # G
 # Syria and Turkey
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                                # G
 "baniyas": ("town", "SY", 35.1820, 35.9481, "Baniyas"),                                    # K
 "baniyas_ref": ("oilfield", "SY", 35.1820, 35.9481, "Baniyas refinery"),                   # K
 "homs_ref": ("oilfield", "SY", 34.72405, 36.72559, "Homs refinery"),                       # G* (row حمص, the city)
 "ne_syria": ("region", "SY", 35.85750, 39.84286, "North-eastern Syria"),                   # G
 "north_syria": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                     # G
 "gaziantep": ("city", "TR", 37.05944, 37.38250, "Gaziantep"),                              # G (row عنتاب)
}

TRAPS = {
 "qrm1": ["أراب فاينانس", "برنت", "غرب تكساس الوسيط", "القوة القاهرة", "شركة الواحة للنفط", "خام السدرة",
          "شركة سرت لإنتاج وتصنيع النفط والغاز", "مصرف ليبيا المركزي", "الليبية", "الليبي", "الإيطالية"],
 "qrm2": ["راديو إسبانيا الخارجي", "بورصة مدريد", "شركة أكاكوس للعمليات النفطية", "الجيش الوطني الليبي",
          "الفيلق الأفريقي", "خامي الشرارة والسدرة", "المعارضة التشادية", "الإسبانية", "الإسبان", "الليبي", "الروسية"],
 "qrm3": ["كاش نيوز", "البريقة", "شركة البريقة لتسويق النفط", "الكتيبة 116 مشاة", "اللواء طارق بن زياد",
          "كتيبة سبل السلام", "المصري", "الليبية"],
 "qrm4": ["كود", "مجلس المنافسة", "سامير", "الحسين اليماني", "أسعار روتردام", "في واد", "برنت", "المتوسطية",
          "مغاربة", "المغربي", "الجزائري", "جزائرية", "الليبية", "الليبي", "ليبية", "مسؤول أمني ليبي"],
 "qrm5": ["سوريا الغد", "الجيش الوطني السوري", "فرقة السلطان مراد", "خام السرير", "الشركة السورية للبترول",
          "سورياً", "سوريون", "سوريين", "السوري", "السورية", "التركية", "الليبية", "الليبي", "ليبية", "خام ليبي", "برنت"],
}

PHEN = {
 "qrm1": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "vague_area",
          "coverage_oil", "countries"],
 "qrm2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qrm3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "town_vs_district",
          "coverage_crossings", "coverage_oil", "coverage_neighbours", "countries"],
 "qrm4": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "coverage_oil", "coverage_neighbours", "countries"],
 "qrm5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "coverage_bases", "coverage_oil", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qrm1": [
  mv("redeploy", "reported", None, ["راس لانوف"], ["ميناء السدرة"]),
  mv("deploy", "planned", "Libyan National Army", ["أجدابيا"], ["ميناء الزويتينة"]),
  mv("withdraw", "conditional", None, ["ميناء البريقة"], ["أجدابيا"]),
  mv("advance", "denied", "Libyan National Army", ["سرت"], ["أبوقرين"]),
 ],
 "qrm2": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["حقل الشرارة"], ["أوباري"]),
  mv("deploy", "planned", None, ["مرزق"], ["حقل الفيل"]),
  mv("deploy", "denied", "Russian forces", ["قاعدة براك الجوية"], ["حقل الشرارة"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["القطرون"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["الحدود مع النيجر"]),
 ],
 "qrm3": [
  mv("deploy", "reported", "Libyan National Army", ["الشويرف"], ["سبها"]),
  mv("shipment", "denied", None, ["مصراتة"], ["سبها"]),
  mv("deploy", "planned", "Libyan National Army", ["براك"], ["أوباري"]),
  mv("reinforce", "conditional", "Libyan National Army", ["الكفرة"], ["تازربو"]),
  mv("reinforce", "denied", "Egyptian army", ["مرسى مطروح"], ["السلوم"]),
 ],
 "qrm4": [
  mv("deploy", "planned", "GNA forces", ["زوارة"], ["مجمع مليتة"]),
  mv("withdraw", "denied", None, ["مجمع مليتة"], ["صبراتة"]),
  mv("reinforce", "conditional", "GNA forces", ["طرابلس"], ["مصفاة الزاوية"]),
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["الدبداب"]),
 ],
 "qrm5": [
  mv("withdraw", "reported", "Syrian mercenaries", ["قاعدة الوطية"], ["مطار معيتيقة"]),
  mv("airlift", "reported", "Syrian mercenaries", ["مطار معيتيقة"], ["غازي عنتاب"]),
  mv("airlift", "planned", "Syrian mercenaries", ["مطار معيتيقة"], []),
  mv("withdraw", "conditional", "Syrian mercenaries", [], ["شمال سوريا"]),
  mv("deploy", "denied", "Syrian mercenaries", ["طرابلس"], ["حقل الوفاء", "مجمع مليتة"]),
 ],
}

NOTES = {
 "qrm1": "Egyptian financial wire (Arab Finance) from Cairo on Brent and Libya's restart of loadings at Es Sider and "
         "Ras Lanuf: a PFG company moved Ras Lanuf→Es Sider terminal (redeploy, actor null), a planned LNA Brigade 128 "
         "unit Ajdabiya→Zueitina terminal, PFG guards who will leave Brega port for Ajdabiya only if strikers return "
         "(conditional withdraw) and a denied LNA column Sirte→Abu Qurayn; the tanker to Trieste, the 2024 closures by "
         "the Benghazi government, the oil crescent as an area to secure, the dateline and the headline are not "
         "movements; القوة القاهرة (holds Cairo), خام السدرة, شركة سرت and مصرف ليبيا المركزي are traps.",
 "qrm2": "Radio Exterior de España's Arabic service from Madrid on Repsol's Sharara restart: LNA Tariq bin Ziyad "
         "reinforcements Sabha→Sharara field via Ubari, a planned PFG company Murzuq→El Feel field (actor null), "
         "Chadian opposition groups massing near Qatrun (mobilise reported), Africa Corps moves Brak air base→Sharara "
         "denied by the Russian embassy, and an LNA deployment to the border "
         "with Niger only if infiltration is proven; the crude to the Zawiya refinery and Cartagena, the workers' "
         "charter to Mitiga and Madrid, unarmed protesters, Spain's travel rule and Ubari/Tripoli as sources or venue "
         "are not movements; بورصة مدريد, راديو إسبانيا الخارجي, شركة أكاكوس, الفيلق الأفريقي (holds الفيل) and the crude "
         "grades خامي الشرارة والسدرة are traps.",
 "qrm3": "Egyptian economy site (Cash News) from Cairo on Brega company fuel convoys to the south: the civilian "
         "convoy Misrata→Sabha is not a movement, but its escort by Battalion 116 from Ash Shwayrif to Sabha is "
         "(deploy reported, LNA), while ammunition carried Misrata→Sabha in the tankers is denied by the company "
         "(shipment, actor null); a planned Tariq bin Ziyad company Brak→Ubari (the second convoy to Ubari and Ghat is "
         "civilian), Subul al-Salam's conditional reinforcement Kufra→Tazirbu, and an Egyptian army reinforcement "
         "Marsa Matruh→Sallum denied by the army spokesman; diesel exports through the Sallum crossing, fuel smuggled "
         "to Tunisia and Niger, Tripoli as government, Sabha municipality (quota) and bare Zawiya/Ras Lanuf "
         "(refineries) are not movement places; «البريقة» is the company, not the town.",
 "qrm4": "Moroccan news site (Goud) from Casablanca, Darija headline, on pump prices and Libyan supply: a planned "
         "Tripoli chief-of-staff force Zuwara→Mellitah complex, a PFG pull-out from the complex towards Sabratha denied "
         "by the NOC (actor null), conditional reinforcements Tripoli→Zawiya refinery if clashes recur, and Algerian "
         "army units Ouargla→Debdeb (reported via Algerian papers); diesel cargoes from the Zawiya refinery to "
         "Mohammedia and gas exports to Italy are civilian trade, Rabat follows (metonymy), Ghadames is a location "
         "reference; «في واد» (proverb), «أسعار روتردام» and «برنت» are traps.",
 "qrm5": "Syrian news site (Souria Alghad) from Damascus on a Libyan crude cargo Hariga terminal (Tobruk)→Baniyas "
         "refinery (civilian, not a movement) and on Syrian fighters in Libya: moved overland Al-Watiya base→Mitiga "
         "airport (withdraw reported) and flown Mitiga→Gaziantep (airlift reported), a second batch to be flown from "
         "Mitiga (planned, no destination named), 1,200 remaining fighters who will return to northern Syria only if "
         "paid (conditional) and fighters sent from Tripoli to guard the Wafa field and Mellitah complex, denied by the "
         "Turkish defence ministry; سورياً (holds سوريا), سوريا الغد, الجيش الوطني السوري and خام السرير are traps.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qrm1", "qrm2", "qrm3", "qrm4", "qrm5")
