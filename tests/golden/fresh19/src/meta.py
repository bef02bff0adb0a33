# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / stored public pages (see README table "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # shared
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "algeria": ("country", "DZ", 28.0512, 0.58775, "Algeria"),                             # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "niger": ("country", "NE", 17.60313, 9.8838, "Niger"),                                 # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "bf": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                           # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "turkey": ("country", "TR", 38.9611, 35.47856, "Turkey"),                              # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # b1 -- Sebha, al-Tayouri clashes (Al-Marsad)
 "sebha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tayouri": ("town", "LY", 27.0, 14.45, "Al-Tayouri (Sabha neighbourhood)"),            # K
 "manshiya": ("town", "LY", 27.04, 14.41, "Al-Manshiya (Sabha neighbourhood)"),         # K
 "tamanhint": ("base", "LY", 27.2401, 14.6563, "Tamanhint Air Base"),                   # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak (Brak al-Shati)"),                    # G*
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "germa": ("town", "LY", 26.544, 13.064, "Germa"),                                      # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "sharara": ("oilfield", "LY", 26.55, 12.22, "El Sharara oil field"),                   # G
 "jufra_d": ("district", "LY", 29.144, 16.043, "Al Jufra"),                             # K (golden README: point near Hun/Waddan)
 "south_ly": ("region", "LY", 24.6764, 17.6011, "Southern Libya"),                      # G* (جنوب ليبيا row)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "sebha_mun": ("district", "LY", 27.03766, 14.42832, "Sabha municipality"),             # G* (city row)
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "aranib": ("town", "LY", 26.13386, 14.7372, "Umm al Aranib"),                          # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 # b2 -- eastern Chad and the Darfur war (BBC Arabic)
 "darfur": ("region", "SD", 13.5, 24.5, "Darfur"),                                      # G
 "abeche": ("city", "TD", 13.82916, 20.8324, "Abeche"),                                 # G
 "adre": ("town", "TD", 13.46648, 22.19875, "Adre"),                                    # G
 "adre_x": ("crossing", "TD", 13.46648, 22.19875, "Adre border crossing"),              # G* (town row)
 "tine": ("town", "TD", 15.02528, 22.80222, "Tine"),                                    # G* (gazetteer spelling تيني)
 "border_td_sd": ("region", "TD", 15.25834, 22.8325, "Chad-Sudan border"),              # G* (الحدود التشادية السودانية)
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "kabkabiya": ("town", "SD", 13.65, 24.08333, "Kabkabiya"),                             # G
 "wdarfur": ("district", "SD", 13.89425, 22.88929, "West Darfur"),                      # G
 "geneina": ("city", "SD", 13.45262, 22.44725, "Geneina"),                              # G
 "ndjamena": ("city", "TD", 12.10672, 15.0444, "N'Djamena"),                            # G
 "amdjarass_ap": ("airport", "TD", 16.06666, 22.83536, "Amdjarass airport"),            # G* (town row)
 "iriba": ("town", "TD", 15.11667, 22.25, "Iriba"),                                     # G
 "wadifira": ("district", "TD", 14.94685, 21.36232, "Wadi Fira"),                       # G
 "east_td": ("region", "TD", 15.37168, 20.30227, "Eastern Chad"),                       # G
 "kufra": ("town", "LY", 24.1989, 23.29093, "Kufra"),                                   # G
 "tri_ly_td_sd": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G
 # b3 -- Russian equipment from Syria to eastern Libya (Reuters Arabic)
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica (eastern Libya)"),        # G* (برقة row)
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "latakia": ("city", "SY", 35.53125, 35.79088, "Latakia"),                              # G
 "khadim": ("base", "LY", 31.9985, 21.1918, "Al Khadim Air Base"),                      # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "jufra_base": ("base", "LY", 29.1981, 16.001, "Al Jufra Air Base"),                    # G
 "brak_base": ("base", "LY", 27.653, 14.264, "Brak Air Base"),                          # G
 "matan": ("base", "LY", 21.6877, 21.8309, "Maaten al-Sarra Air Base"),                 # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),             # G* (الحدود الليبية التشادية)
 "damascus": ("city", "SY", 33.5102, 36.29128, "Damascus"),                             # G
 "washington": ("city", "US", 38.89511, -77.03637, "Washington"),                       # G
 # b4 -- Algeria-Libya border, Ghadames and Derj (Asharq News)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "debdeb": ("town", "DZ", 29.9675, 9.42389, "Debdeb"),                                  # G
 "inamenas": ("town", "DZ", 28.0515, 9.64291, "In Amenas"),                             # G* (spelling عين أمناس)
 "border_dz_ly": ("region", "DZ", 28.9, 9.5, "Algeria-Libya border, Algerian side"),    # K
 "illizi": ("district", "DZ", 26.97285, 7.8652, "Illizi province"),                     # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                     # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                    # G
 "tri_ly_dz_tn": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),           # G
 "nalut": ("town", "LY", 31.86848, 10.9812, "Nalut"),                                   # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawen"),                              # G
 "ghadames_ap": ("airport", "LY", 30.1517, 9.71531, "Ghadames airport"),                # G
 "debdeb_x": ("crossing", "DZ", 29.9675, 9.42389, "Debdeb border crossing"),            # G* (town row)
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),     # G
 "sw_ly": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                  # G
 # b5 -- Misrata brigades east of Tripoli (TRT Arabic)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Garabulli (Qasr al Qarabulli)"),      # G (alias)
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "qasr_khiyar": ("town", "LY", 32.69677, 13.84634, "Qasr al-Akhyar"),                   # G* (gazetteer قصر خيار)
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                            # G
 "mitiga_ap": ("airport", "LY", 32.8941, 13.276, "Mitiga Airport"),                     # G
 "tajura_mun": ("district", "LY", 32.88167, 13.35056, "Tajura municipality"),           # G* (city row)
 "souq_juma": ("town", "LY", 32.883, 13.233, "Souq al Juma"),                           # G
 "khums_base": ("base", "LY", 32.64861, 14.26191, "Al Khums naval base"),               # G* (city row)
 "watiya": ("base", "LY", 32.4769, 11.8968, "Al Watiya Air Base"),                      # G
 "tripoli_gharb": ("city", "LY", 32.88743, 13.18733, "Tripoli (Tarabulus al-Gharb)"),   # G (Tripoli row)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
}

TRAPS = {
 "b1": ["القيادة العامة", "المرصد", "طارق بن زياد", "التبو", "الطوارق", "الشرارة الأولى", "الكتيبة 116 مشاة",
        "المنطقة العسكرية سبها", "المجلس الاجتماعي لطوارق ليبيا", "مسلحين تشاديين"],
 "b2": ["الجيش التشادي", "الدعم السريع", "ضابط تشادي", "بي بي سي", "لا أدري", "الجيش السوداني",
        "الحكومة التشادية", "وزارة الدفاع التشادية", "لاجئ سوداني", "محمد إدريس ديبي", "الجانب الليبي",
        "القيادة العامة للجيش", "الأراضي الليبية"],
 "b3": ["رويترز", "مصادر عسكرية ليبية", "طائرات نقل روسية", "سبارتا 4", "الرئيس السوري", "القواعد الليبية",
        "القوات الروسية", "قوات القيادة العامة", "الفيلق الأفريقي", "مجموعة فاغنر", "عناصر روسية",
        "وزارة الدفاع الروسية", "حكومة الوحدة الوطنية", "الأراضي الليبية", "العاصمة الليبية"],
 "b4": ["القيادة العامة", "الشرق", "الجيش الجزائري", "الدرجة القصوى", "وزارة الدفاع الجزائرية",
        "اللواء 128 مشاة", "محمد الغدامسي", "رئاسة الأركان العامة", "كتائب زنتانية", "الخطوط الجوية الليبية",
        "السلطات الجزائرية", "مسؤولون جزائريون", "المدرجة على قائمة التراث العالمي"],
 "b5": ["تي آر تي عربي", "العاصمة الليبية", "رئاسة الأركان العامة", "حكومة الوحدة الوطنية", "اللواء 444 قتال",
        "الأناضول", "وزارة الدفاع التركية", "منصات ليبية", "جنود أتراك", "الخارجية التركية", "الدول الخمس",
        "الأدبيات العثمانية", "قائد ميداني مصراتي"],
}

PHEN = {
 "b1": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_idri",
        "vague_area", "town_vs_district", "coverage_bases", "coverage_oil"],
 "b2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
        "nisba", "ambiguity_idri", "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours",
        "countries"],
 "b3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
        "coverage_bases", "coverage_neighbours", "countries"],
 "b4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
        "nisba", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_oil", "coverage_crossings",
        "coverage_neighbours", "countries"],
 "b5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
        "ambiguity_tripoli", "town_vs_district", "coverage_bases", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"
MOVES = {
 "b1": [
  mv("reinforce", "reported", LNA, ["براك الشاطئ"], ["سبها", "الطيوري"], ["تمنهنت"]),
  mv("withdraw", "reported", None, ["الطيوري"], ["مرزق"]),
  mv("deploy", "planned", LNA, [], ["جرمة"]),
  mv("withdraw", "denied", LNA, ["تمنهنت"], ["الجفرة"]),
  mv("mobilise", "conditional", None, [], ["أوباري", "غات"]),
 ],
 "b2": [
  mv("reinforce", "reported", None, ["أبشي"], ["أدري", "الطينة", "الحدود مع السودان"]),
  mv("advance", "reported", "Sudanese armed groups", ["الفاشر"], ["كبكابية"]),
  mv("airlift", "denied", None, [], ["أم جرس"]),
  mv("shipment", "denied", None, ["أم جرس"], ["دارفور"]),
  mv("deploy", "planned", None, [], ["إريبا", "وادي فيرا"]),
  mv("advance", "conditional", LNA, ["الكفرة"], ["المثلث الحدودي"]),
 ],
 "b3": [
  mv("airlift", "reported", "Russian forces", ["حميميم"], ["الخادم"]),
  mv("shipment", "reported", "Russian forces", ["طرطوس"], ["طبرق"]),
  mv("redeploy", "planned", "Russian forces", [], ["الجفرة", "براك"]),
  mv("deploy", "denied", "Russian forces", [], ["معطن السارة"]),
  mv("redeploy", "conditional", "Russian forces", [], ["مالي", "بوركينا فاسو"]),
 ],
 "b4": [
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["الدبداب", "عين أمناس", "الحدود مع ليبيا"]),
  mv("advance", "reported", LNA, ["الشويرف"], ["درج"], ["الحمادة الحمراء"]),
  mv("advance", "denied", LNA, [], ["غدامس"]),
  mv("deploy", "planned", GNA, ["نالوت"], ["غدامس", "سيناون"]),
  mv("advance", "conditional", "Zintan forces", [], ["درج"]),
 ],
 "b5": [
  mv("mobilise", "reported", "Misrata forces", ["مصراتة"], ["القربوللي", "قصر الأخيار"]),
  mv("deploy", "reported", GNA, [], ["تاجوراء", "معيتيقة"]),
  mv("naval_landing", "denied", "Turkish armed forces", ["الخمس"], ["القربوللي"]),
  mv("deploy", "conditional", GNA, [], ["القربوللي"]),
  mv("withdraw", "planned", "Misrata forces", [], ["مصراتة"]),
 ],
}

NOTES = {
 "b1": "Al-Marsad (المرصد): Tebu-Tuareg clashes in Sebha's al-Tayouri neighbourhood. Reported LNA (Tariq bin Ziyad Brigade) "
       "reinforcement from Brak al-Shati via Tamanhint air base to Sebha/al-Tayouri (headline = same move); reported withdrawal "
       "of the Tebu gunmen from al-Tayouri towards Murzuq (actor null); planned LNA company to Germa (ستنتشر مطلع الأسبوع المقبل); "
       "LNA withdrawal from Tamanhint to Al Jufra denied («فبركة مكشوفة»; headline = same denial); conditional Tuareg mobilisation "
       "in Ubari and Ghat (إذا; actor null). Not movements: Sebha dateline, fuel trucks to El Sharara field, families displaced to "
       "al-Manshiya, the Wadi al-Shati/Idri mediators' visit, fears for Al Qatrun and Umm al-Aranib. Traps: المرصد (media), "
       "المنطقة العسكرية سبها / الكتيبة 116 مشاة / طارق بن زياد (forces), الشرارة الأولى (common word = Sharara), "
       "المجلس الاجتماعي لطوارق ليبيا, مسلحين تشاديين, التبو, الطوارق (nisba/ethnonyms).",
 "b2": "BBC Arabic (بي بي سي نيوز عربي): Chad reinforces its eastern border as the Darfur war nears. Reported Chadian-army "
       "reinforcement from Abeche to Adre, Tine and the border with Sudan (actor null; headline = same move); reported RSF advance "
       "El Fasher -> Kabkabiya; denied airlift of weapons into Amdjarass airport and denied overland shipment Amdjarass -> Darfur "
       "(actor null; the Chadian government's denial); planned Chadian deployment in Iriba and Wadi Fira (ستنتشر الأسبوع المقبل; "
       "null); conditional LNA advance from Kufra towards the Libya-Chad-Sudan triangle (في حال). Not movements: refugees from "
       "Geneina and El Fasher, aid convoys through the Adre crossing, the president's visit to Abeche, the Benghazi source. "
       "Traps: بي بي سي (media), الدعم السريع (force), لا أدري ('I don't know' = Adre), محمد إدريس ديبي (contains إدري = Idri), "
       "Chadian/Sudanese/Libyan nisbas.",
 "b3": "Reuters Arabic (رويترز): Russia moves equipment from Syria to eastern Libya. Reported Russian airlift Hmeimim -> Al Khadim "
       "air base; reported shipment Tartus -> Tobruk port («سبارتا 4»); planned transfer to Al Jufra and Brak bases (سيُنقل "
       "خلال الشهر الجاري); LNA denial of Russian deployment at Maaten al-Sarra near the border with Chad; conditional transfer of "
       "combat aircraft to Mali and Burkina Faso (إذا). Not movements: Benghazi dateline, Latakia as a locator, Africa Corps "
       "presence in Jufra/Brak and in Mali/Niger/Burkina Faso, the Tripoli official, the Damascus talks, Washington's concern. "
       "Traps: رويترز (media), سبارتا 4 (ship named after Sparta), الفيلق الأفريقي / مجموعة فاغنر (forces), Russian/Libyan/Syrian nisbas.",
 "b4": "Asharq News (الشرق): Algeria raises its alert on the Libyan border as LNA columns near Ghadames. Reported Algerian-army "
       "reinforcement Ouargla -> Debdeb, In Amenas and the border with Libya; reported LNA (128th Infantry Brigade) advance from "
       "Ash Shwayrif across the Hamada al-Hamra to the outskirts of Derj (headline = same move); LNA entry into Ghadames denied; "
       "planned GNA joint force Nalut -> Ghadames and Sinawen (ستدفع خلال الساعات المقبلة); conditional Zintani advance towards "
       "Derj (إذا). Not movements: Algiers dateline, the Ghadames residents, flights to Ghadames airport suspended, the Debdeb "
       "crossing closed, the 2013 Tiguentourine attack. Traps: الشرق (media = 'the East'), الدرجة القصوى (contains درج), "
       "محمد الغدامسي (person), اللواء 128 مشاة, كتائب زنتانية, Algerian/Libyan nisbas.",
 "b5": "TRT Arabic (تي آر تي عربي): Misrata brigades mass east of Tripoli after clashes in Tajoura. Reported Misrata mobilisation "
       "in Garabulli and Qasr al-Akhyar (headline = same move); reported GNA (444 Brigade) deployment in Tajoura and around Mitiga "
       "airport; denied Turkish naval landing on the Garabulli coast from the Al Khums naval base; conditional GNA interposition in "
       "Garabulli (إذا); planned Misrata withdrawal to Misrata within 48 hours (ينص على أن). Not movements: Tripoli dateline, "
       "families fleeing to Souq al-Juma, Turkish presence at Al Watiya and Misrata, the Ankara statement, the Zliten mediators, "
       "the Khums/Msallata road. Traps: تي آر تي عربي, الأناضول (media; Anatolia), الدول الخمس (contains الخمس), "
       "اللواء 444 قتال, Turkish/Libyan/Misratan nisbas. Tripoli ambiguity: طرابلس الغرب (LY) vs طرابلس الشام (Lebanon).",
}

# Read by tests/golden/sample_tools.py check (values from this sample's former src/check.py).
WORDS = (240, 265)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
