# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / stored public pages (see README table "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                  # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                    # G
 "niger": ("country", "NE", 17.60313, 9.8838, "Niger"),                                    # G
 "algeria": ("country", "DZ", 28.0512, 0.58775, "Algeria"),                                # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                              # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                                  # G
 # Libya, east and south-east (d1)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                               # G
 "jalu": ("town", "LY", 29.03333, 21.55, "Jalu"),                                          # G
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjilah"),                                  # G
 "nafoura": ("oilfield", "LY", 29.2132, 21.5924, "Nafoora oil field"),                      # G
 "sarir": ("oilfield", "LY", 27.6624, 22.5086, "Sarir oil field"),                          # G
 "messla": ("oilfield", "LY", 27.97472, 22.35833, "Messla oil field"),                      # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                  # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),               # G*
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                                 # G
 "matan": ("base", "LY", 21.6877, 21.8309, "Maaten al-Sarra Air Base"),                    # G
 "kufra": ("town", "LY", 24.1989, 23.29093, "Kufra"),                                      # G
 "benina": ("base", "LY", 32.0968, 20.2695, "Benina Air Base"),                            # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                     # G
 "wahat_mun": ("district", "LY", 29.02035, 20.78359, "Al Wahat municipality"),             # G (district row)
 "oil_crescent": ("region", "LY", 30.59758, 19.9357, "Oil Crescent"),                      # G
 "dubai": ("city", "AE", 25.07725, 55.30927, "Dubai"),                                     # G
 # Libya, west (d2)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                   # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al-Asabaa"),                                # G
 "kikla": ("town", "LY", 32.08333, 12.7, "Kikla"),                                         # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                                 # G
 "gharyan_mun": ("district", "LY", 32.17222, 13.02028, "Gharyan municipality"),            # G*
 "aziziya": ("town", "LY", 32.53194, 13.0175, "Al Aziziyah"),                              # G
 "birghanam": ("town", "LY", 32.30912, 12.56935, "Bir al-Ghanam"),                         # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                           # G
 "mizdah": ("town", "LY", 31.44934, 12.9853, "Mizdah"),                                    # G
 "western_mountain": ("region", "LY", 30.3338, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G
 "yefren": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                   # G
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                                       # G
 "rujban": ("town", "LY", 31.95, 12.16667, "Ar Rujban"),                                   # G
 "jafara": ("region", "LY", 32.51012, 13.02794, "Jafara plain"),                           # G* (district row)
 # Algeria / Fezzan (d3)
 "djanet": ("town", "DZ", 24.55528, 9.485, "Djanet"),                                      # G (row kind village)
 "djanet_airport": ("airport", "DZ", 24.2928, 9.45244, "Djanet Inedbirene Airport"),       # G
 "djanet_prov": ("district", "DZ", 24.55528, 9.485, "Djanet province"),                    # G*
 "border_dz_ly": ("region", "DZ", 25.0, 9.8, "Algeria-Libya border near Djanet, Algerian side"),  # K
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                  # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                    # G
 "illizi_prov": ("district", "DZ", 26.97285, 7.8652, "Illizi province"),                   # G
 "south_libya": ("region", "LY", 24.6764, 17.6011, "Southern Libya"),                      # G*
 "tri_ly_dz_ne": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G
 "boufarik": ("base", "DZ", 36.57413, 2.91214, "Boufarik Air Base"),                       # G* (town row)
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),              # G
 "in_amenas": ("town", "DZ", 28.0515, 9.64291, "In Amenas"),                               # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                       # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                     # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat (Serdeles)"),                   # G
 "akakus": ("region", "LY", 24.83333, 10.33333, "Akakus Mountains"),                       # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                  # G
 "tamanrasset": ("town", "DZ", 22.785, 5.52278, "Tamanrasset"),                            # G
 # Chad (d4)
 "faya": ("town", "TD", 17.9257, 19.10428, "Faya-Largeau"),                                # G
 "faya_airport": ("airport", "TD", 17.9171, 19.1111, "Faya Largeau Airport"),              # G
 "faya_short": ("town", "TD", 17.9257, 19.10428, "Faya-Largeau"),                          # G
 "tibesti": ("region", "TD", 20.8, 17.8, "Tibesti"),                                       # G
 "ndjamena": ("city", "TD", 12.10672, 15.0444, "N'Djamena"),                               # G
 "ndjamena_alt": ("city", "TD", 12.10672, 15.0444, "N'Djamena"),                           # G
 "borkou": ("district", "TD", 18.98295, 18.31207, "Borkou province"),                      # G
 "borkou_prov": ("district", "TD", 18.98295, 18.31207, "Borkou province"),                 # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                     # G
 "border_td_ly": ("region", "TD", 22.5, 17.0, "Chad-Libya border, Chadian side"),          # K
 "wour": ("village", "TD", 21.3667, 15.9833, "Wour"),                                      # G
 "aozou": ("town", "TD", 21.8375, 17.4275, "Aozou"),                                       # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                 # G
 "fada": ("town", "TD", 17.19186, 21.58081, "Fada"),                                       # G
 "ounianga": ("town", "TD", 19.05263, 20.48887, "Ounianga Kebir"),                         # G
 # Lebanon (d5)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                    # G
 "tabbaneh": ("district", "LB", 34.442, 35.845, "Bab al-Tabbaneh (Tripoli, Lebanon)"),     # K
 "tabbaneh_short": ("district", "LB", 34.442, 35.845, "Bab al-Tabbaneh (Tripoli, Lebanon)"),  # K
 "jabalmohsen": ("district", "LB", 34.446, 35.838, "Jabal Mohsen (Tripoli, Lebanon)"),     # K
 "qubbah_lb": ("district", "LB", 34.432, 35.853, "Al-Qubbah (Tripoli, Lebanon)"),          # K
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                   # G
 "wadikhaled": ("region", "LB", 34.61906, 36.37835, "Wadi Khaled"),                        # K (stored page)
 "akkar": ("district", "LB", 34.543, 36.08, "Akkar"),                                      # K
 "homs": ("city", "SY", 34.7324, 36.7137, "Homs"),                                         # K
 "mitiga_airport": ("airport", "LY", 32.8941, 13.276, "Mitiga Airport"),                   # G
 "beddawi": ("town", "LB", 34.455, 35.866, "Beddawi"),                                     # K
}

TRAPS = {
 "d1": ["الجيش الليبي", "العربية.نت", "القيادة العامة للجيش الوطني الليبي", "السرير الأبيض", "اللواء 106 مجحفل",
        "عملية «درع الواحات»", "مجموعات سودانية مسلحة", "سالم الجالوي", "الحقول الجنوبية الشرقية", "نحو الساحل"],
 "d2": ["ليبيا أوبزرفر", "رئاسة الأركان العامة", "تاجر زنتاني", "المجلس العسكري للزنتان", "القيادة العامة",
        "الشيخ محمد الغرياني", "عملية «بركان الغضب»", "الهلال الأحمر"],
 "d3": ["«الخبر»", "الجيش الوطني الشعبي", "وزارة الدفاع الوطني", "وحدات جزائرية", "الأراضي الليبية",
        "القيادة العامة للجيش الليبي", "الجانب الجزائري", "«طاسيلي للطيران»"],
 "d4": ["الوحدة أنفو", "«الوحدة»", "قيادة الأركان العامة", "«جبهة التناوب والوفاق في تشاد»",
        "القيادة العامة للجيش الليبي", "الأراضي الليبية", "التراب الوطني", "زوار البحيرات"],
 "d5": ["«النهار»", "الجيش اللبناني", "فوج المغاوير", "شارع سوريا", "الطرابلسيين", "مقاتلين سوريين",
        "وفد ليبي", "العاصمة الليبية", "الإمام موسى الصدر"],
}

PHEN = {
 "d1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
        "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours",
        "countries"],
 "d2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
        "town_vs_district"],
 "d3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
        "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
        "coverage_neighbours", "countries"],
 "d4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
        "vague_area", "border_phrase", "coverage_neighbours", "countries"],
 "d5": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
        "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"
MOVES = {
 "d1": [
  mv("reinforce", "reported", LNA, ["أجدابيا"], ["جالو", "أوجلة"]),
  mv("deploy", "planned", LNA, [], ["حقل السرير", "حقل مسلة"]),
  mv("advance", "reported", "Sudanese armed groups", ["الحدود مع السودان"], ["جالو"], ["تازربو"]),
  mv("withdraw", "denied", LNA, ["معطن السارة"], ["الكفرة"]),
  mv("airlift", "conditional", LNA, ["بنينا"], ["جالو"]),
 ],
 "d2": [
  mv("advance", "reported", "Zintan forces", ["الزنتان"], ["الأصابعة"], ["ككلة"]),
  mv("deploy", "reported", GNA, ["طرابلس"], ["غريان"], ["العزيزية"]),
  mv("deploy", "planned", GNA, [], ["بئر الغنم", "الأصابعة", "ككلة"]),
  mv("mobilise", "reported", None, [], ["غريان"]),
  mv("withdraw", "conditional", "Zintan forces", ["الأصابعة"], ["الزنتان"]),
  mv("advance", "denied", LNA, ["الشويرف"], ["مزدة"]),
 ],
 "d3": [
  mv("reinforce", "reported", "Algerian army", ["ورقلة", "إليزي"], ["جانت", "الحدود مع ليبيا"]),
  mv("airlift", "reported", "Algerian army", ["بوفاريك"], ["جانت"]),
  mv("deploy", "planned", "Algerian army", [], ["الحدود الليبية الجزائرية", "جانت", "عين أميناس"]),
  mv("advance", "denied", "Algerian army", [], ["غات"]),
  mv("reinforce", "conditional", LNA, ["أوباري"], ["غات", "العوينات"]),
 ],
 "d4": [
  mv("airlift", "reported", None, ["انجمينا"], ["فايا لارجو", "بوركو"]),
  mv("advance", "reported", "Chadian armed groups", ["الجنوب الليبي"], ["زوار"], ["الحدود مع ليبيا"]),
  mv("deploy", "planned", None, ["فايا"], ["زوار", "وور"]),
  mv("withdraw", "denied", "Chadian armed groups", ["تيبستي"], ["القطرون"]),
  mv("deploy", "conditional", LNA, [], ["القطرون", "الحدود مع تشاد"]),
 ],
 "d5": [
  mv("deploy", "reported", None, [], ["باب التبانة", "جبل محسن", "القبة", "طرابلس"]),
  mv("deploy", "planned", None, [], ["وادي خالد", "عكار"]),
  mv("withdraw", "conditional", None, ["التبانة", "القبة"], []),
  mv("redeploy", "denied", "Syrian mercenaries", ["ليبيا"], ["طرابلس"]),
 ],
}

NOTES = {
 "d1": "Al-Arabiya.net (العربية.نت): LNA reinforcements on the Ajdabiya–Jalu road after an attack on a fuel convoy near the Nafoora field. "
       "Reported LNA reinforcement Ajdabiya→Jalu and Awjila (headline `اجدابيا`–`جالو` = same move); planned LNA company at the Sarir and Messla "
       "field gates (ستتمركز الأسبوع المقبل); reported (attributed, رجّح) advance of Sudanese armed groups from the Libya–Sudan border via Tazirbu "
       "towards Jalu; LNA withdrawal Maaten al-Sarra→Kufra denied; conditional LNA airlift Benina→Jalu (إذا). Not movements: Dubai dateline, "
       "Benghazi source, the wounded in Ajdabiya hospital, fuel from Brega, migrant trucks from Kufra/Chad, queues in Awjila, the Wahat mayor, "
       "exports via the oil crescent. Traps: العربية.نت (media), القيادة العامة للجيش الوطني الليبي, اللواء 106 مجحفل, عملية «درع الواحات» "
       "(operation containing الواحات), سالم الجالوي (person containing جالو), السرير الأبيض (idiom containing السرير), nisba phrases.",
 "d2": "Libya Observer Arabic (ليبيا أوبزرفر): Zintan brigades at the outskirts of Al-Asabaa, a GNA interposition force to Gharyan. Reported "
       "Zintan advance Zintan→Al-Asabaa via Kikla (headline = same move); reported GNA (Chief of Staff) deployment Tripoli→Gharyan via "
       "Al-Aziziya (headline = same move); planned GNA deployment in Bir al-Ghanam and on the Asabaa–Kikla road (على أن تنتشر); reported "
       "mobilisation of local armed groups at Gharyan's southern gate (actor null); conditional Zintan withdrawal Asabaa→Zintan (فور إزالة "
       "البوابة); LNA advance Shwayrif→Mizdah denied. Not movements: Tripoli dateline, families displaced to Gharyan/Yefren, the Jadu/Rujban "
       "mediators, the 2019 background, the Jafara plain. Traps: ليبيا أوبزرفر (media containing ليبيا), المجلس العسكري للزنتان, رئاسة الأركان "
       "العامة, عملية «بركان الغضب», الشيخ محمد الغرياني (person containing غريان), تاجر زنتاني.",
 "d3": "Al-Khabar (الخبر, Algeria): Algerian army reinforces Djanet and the Libyan border. Reported Algerian-army reinforcement Ouargla, "
       "Illizi→Djanet and (headline) the border with Libya; reported Algerian airlift Boufarik air base→Djanet airport; planned Algerian "
       "deployment along the Libya–Algeria border between Djanet and In Amenas (ستتولى بداية من الأسبوع المقبل); Algerian incursion towards "
       "Ghat denied by the MoD; conditional LNA reinforcement Ubari→Ghat and Al Awaynat (إذا; the Akakus is the condition's place, not a "
       "destination). Not movements: Djanet dateline, tourists from Algiers, the Illizi governor, closed tracks to Niger, migrants near "
       "Tamanrasset. Traps: «الخبر» (media = 'the news'), الجيش الوطني الشعبي, وزارة الدفاع الوطني, «طاسيلي للطيران» (airline named after a "
       "region), القيادة العامة للجيش الليبي, nisba phrases.",
 "d4": "Alwihda Info (الوحدة أنفو, Chad): Chadian army reinforces Faya-Largeau after a rebel attack near Zouar. Reported Chadian-army airlift "
       "N'Djamena→Faya-Largeau airport and Borkou (actor null: the Chadian army is not a canonical actor); reported advance of FACT (Chadian "
       "armed groups) from southern Libya across the border towards Zouar (N'Djamena's accusation); planned Chadian column Faya→Zouar and "
       "Wour (null); FACT withdrawal Tibesti→Al Qatrun denied; conditional LNA deployment in Al Qatrun and on the Libya–Chad border (إذا). "
       "Not movements: N'Djamena dateline and metonymy, supply roads to Aozou, gold miners fleeing to Faya, the Borkou governor's visit, "
       "trade from Fezzan, prices in Fada and Ounianga Kebir. Traps: الوحدة أنفو/«الوحدة» (media = 'unity'), «جبهة التناوب والوفاق في تشاد» "
       "(force containing تشاد), زوار البحيرات (common word 'visitors' containing زوار = Zouar), nisba phrases.",
 "d5": "Al-Nahar (النهار, Lebanon): Lebanese army deploys in Bab al-Tabbaneh and Jabal Mohsen, Tripoli (LEBANON). Reported Lebanese-army "
       "deployment to Tripoli, Bab al-Tabbaneh, Jabal Mohsen and Al-Qubbah (actor null); planned deployment in Wadi Khaled and Akkar "
       "(null); conditional reduction of the deployment in Tabbaneh and Qubbah (withdraw, null, إذا); arrival of Syrian fighters from Libya "
       "at Tripoli (Lebanon) port denied (Syrian mercenaries). Not movements: Beirut dateline, the Libyan delegation from Tripoli (LIBYA) via "
       "Mitiga to Beirut (visit), families displaced to Beddawi, smuggling from Syria via rural Homs (purpose clause). Tripoli ambiguity: "
       "every `طرابلس` is Lebanese except the one after `العاصمة الليبية`. Traps: «النهار» (media = 'the day'), شارع سوريا (street containing "
       "سوريا), الطرابلسيين (nisba containing طرابلس), الجيش اللبناني, فوج المغاوير, العاصمة الليبية.",
}

# Read by tests/golden/sample_tools.py check (values from this sample's former src/check.py).
WORDS = (240, 265)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
