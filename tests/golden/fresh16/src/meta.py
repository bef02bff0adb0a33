# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public pages (see README table "Coordinates not from the gazetteer");
# R = golden README convention point.
P = {
 # y1 -- Tibesti gold, Chad, southern Libya
 "tibesti": ("region", "TD", 20.8, 17.8, "Tibesti"),                                   # G
 "aozou": ("town", "TD", 21.8375, 17.4275, "Aozou"),                                   # G
 "south_ly": ("region", "LY", 24.6764, 17.6011, "Southern Libya"),                     # G
 "ndjamena": ("city", "TD", 12.10672, 15.0444, "N'Djamena"),                           # G
 "faya": ("town", "TD", 17.9257, 19.10428, "Faya-Largeau"),                            # G
 "bardai": ("town", "TD", 21.35468, 17.00158, "Bardai"),                               # G
 "wour": ("village", "TD", 21.3667, 15.9833, "Wour"),                                  # G
 "ly_td_border": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                              # G
 "niger": ("country", "NE", 17.60313, 9.8838, "Niger"),                                # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                              # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                               # G
 "umm_aranib": ("town", "LY", 26.13386, 14.7372, "Umm al Aranib"),                     # G
 "dubai": ("city", "AE", 25.07725, 55.30927, "Dubai"),                                 # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                 # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                            # G
 "wigh": ("base", "LY", 24.1859, 14.5328, "Al Wigh Air Base"),                         # G
 "tri_ly_ne_td": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"),  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                           # G
 "north_td": ("region", "TD", 18.2068, 19.78454, "Northern Chad"),                     # G
 # y2 -- Sirte-Jufra line, 5+5
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                 # G
 "gardabiya": ("base", "LY", 31.0635, 16.595, "Gardabya Air Base"),                    # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                 # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                             # G
 "jufra_d": ("district", "LY", 29.14, 16.05, "Al Jufra"),                              # R (point near Hun/Waddan)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                             # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                        # G
 "raslanuf": ("town", "LY", 30.5, 18.5272, "Ras Lanuf"),                               # G (oil-terminal row, used as town)
 "jufra_base": ("base", "LY", 29.1981, 16.001, "Al Jufra Air Base"),                   # G
 "waddan": ("town", "LY", 29.1614, 16.13904, "Waddan"),                                # G
 "oil_crescent": ("region", "LY", 30.59758, 19.9357, "Oil Crescent"),                  # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                     # G
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                               # G
 # y3 -- Tripoli clashes
 "souq_juma": ("town", "LY", 32.883, 13.233, "Souq al Jum'aa"),                        # G
 "abu_salim": ("town", "LY", 32.88743, 13.18733, "Abu Salim"),                         # G (Tripoli centre point)
 "ain_zara": ("town", "LY", 32.8133, 13.2697, "Ain Zara"),                             # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                               # G
 "mitiga_ap": ("airport", "LY", 32.8941, 13.276, "Mitiga Airport"),                    # G
 "misrata_ap": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"), # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                               # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzur"),                              # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                               # G
 "turkey": ("country", "TR", 38.9611, 35.47856, "Turkiye"),                            # G
 # y4 -- Great Man-Made River
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                       # G
 "jafara_plain": ("region", "LY", 32.51012, 13.02794, "Jafara Plain"),                 # G (Al Jafara district row as point)
 "shwayrif_mun": ("district", "LY", 29.92428, 14.21152, "Ash Shwayrif Municipality"),  # G (town row)
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                             # G
 "tarhuna": ("town", "LY", 32.43501, 13.6332, "Tarhuna"),                              # G
 "asabia": ("town", "LY", 32.03333, 12.86667, "Al Asabi'ah"),                          # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                   # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                    # G
 "kufra": ("town", "LY", 24.1989, 23.29093, "Kufra"),                                  # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                             # G
 "suluq": ("town", "LY", 31.66818, 20.25205, "Suluq"),                                 # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                               # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                           # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                        # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                   # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                             # G
 # y5 -- fuel smuggling on the west coast
 "zuwara": ("town", "LY", 32.9312, 12.08199, "Zuwarah"),                               # G
 "abukammash": ("town", "LY", 33.07, 11.81, "Abu Kammash"),                            # K (medium, <=10 km)
 "farwa": ("region", "LY", 33.09, 11.72, "Farwa Island"),                              # K (medium, <=10 km)
 "jumayl": ("town", "LY", 32.85286, 12.0612, "Al Jumayl"),                             # G (row kind city)
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),         # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                              # G
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                         # G
 "ly_tn_border": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),         # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                           # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                               # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                      # G
 "mellitah": ("oilfield", "LY", 32.87, 12.23, "Mellitah oil and gas complex"),          # G
 "abusitta": ("base", "LY", 32.905, 13.205, "Abu Sitta naval base (Tripoli)"),         # K (medium, <=5 km)
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                              # G
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                   # G
 "ajaylat": ("town", "LY", 32.75718, 12.37633, "Al Ajaylat"),                          # G (row kind city)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                 # G
}

TRAPS = {
 "y1": ["الجزيرة نت", "الجيش التشادي", "تعزيزات تشادية", "هيئة الأركان", "التاجر التباوي", "حسن مرزوق",
        "زوار المنطقة", "كناقل التمر إلى هجر", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "الجانب الليبي",
        "القيادة العامة", "المنطقة العسكرية الجنوبية", "علي القطروني", "وفد أمني تشادي"],
 "y2": ["الشرق الأوسط", "القيادة العامة", "اللجنة العسكرية المشتركة", "البنيان المرصوص", "سرت أنباء",
        "الجيش الوطني", "المرتزقة السوريين", "غرفة عمليات تأمين وحماية سرت الجفرة", "حكومة الوحدة",
        "زلة لسان", "روما لم تُبنَ في يوم واحد"],
 "y3": ["الأناضول", "العاصمة الليبية", "مركز طب الطوارئ والدعم", "حكومة الوحدة الوطنية", "اللواء 166",
        "صلاة الجمعة", "مصدر عسكري زنتاني", "المجلس الرئاسي", "وزارة الدفاع التركية", "المستشارين الأتراك",
        "عادل الجنزوري"],
 "y4": ["بوابة الوسط", "«الوسط»", "القيادة العامة", "منظومة النهر الصناعي", "جهاز تنفيذ وإدارة مشروع النهر الصناعي",
        "سالم الغرياني", "الغرياني", "سرت حالة من القلق", "اللواء 73 مشاة", "رئاسة الأركان العامة",
        "حكومة الوحدة الوطنية", "خزان عمر المختار", "إدريس بوسيف", "البلديات الجنوبية"],
 "y5": ["العين الإخبارية", "رئاسة الأركان", "حكومة الوحدة الوطنية", "القوات البحرية", "فروة الدب",
        "زوار الشاطئ", "المؤسسة الوطنية للنفط", "القوة المشتركة", "رد الجميل", "الديوانة التونسية"],
}

PHEN = {
 "y1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
        "nisba", "vague_area", "coverage_bases", "coverage_neighbours", "countries"],
 "y2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
        "coverage_bases", "coverage_oil", "countries"],
 "y3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
        "countries"],
 "y4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
        "ambiguity_idri", "vague_area", "town_vs_district", "countries"],
 "y5": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
        "ambiguity_country_capital", "border_phrase", "vague_area", "coverage_bases", "coverage_oil",
        "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "y1": [
  mv("reinforce", "reported", None, ["فايا لارجو"], ["أوزو"], ["برداي"]),
  mv("airlift", "reported", None, ["نجامينا"], ["فايا"]),
  mv("advance", "denied", "Chadian armed groups", ["جنوب ليبيا"], ["زوار"]),
  mv("advance", "conditional", "Chadian armed groups", [], ["برداي"]),
  mv("deploy", "planned", "Libyan National Army", [], ["الويغ"]),
 ],
 "y2": [
  mv("mobilise", "reported", "Misrata forces", ["مصراتة"], ["أبوقرين"]),
  mv("withdraw", "denied", "Libyan National Army", ["القرضابية"], ["رأس لانوف"]),
  mv("reinforce", "reported", "Libyan National Army", ["الجفرة"], ["سرت"], ["ودان"]),
  mv("withdraw", "planned", "Syrian mercenaries", ["الجفرة", "سرت"], []),
  mv("advance", "conditional", "GNA forces", [], ["سرت"]),
 ],
 "y3": [
  mv("deploy", "reported", "GNA forces", [], ["أبو سليم", "عين زارة"]),
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["تاجوراء"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["جنزور"]),
  mv("withdraw", "planned", None, ["سوق الجمعة", "معيتيقة"], []),
  mv("advance", "conditional", "Misrata forces", [], ["سوق الجمعة"]),
 ],
 "y4": [
  mv("deploy", "reported", "Libyan National Army", ["براك"], ["الشويرف"]),
  mv("withdraw", "reported", None, [], ["وادي الشاطئ"]),
  mv("advance", "denied", "GNA forces", ["غريان"], ["الشويرف"]),
  mv("deploy", "planned", "Libyan National Army", ["الكفرة"], ["تازربو"]),
  mv("mobilise", "conditional", "Zintan forces", [], ["الأصابعة"]),
 ],
 "y5": [
  mv("deploy", "reported", "GNA forces", [], ["أبو كماش", "الجميل"]),
  mv("naval_landing", "reported", "GNA forces", ["زوارة"], ["فروة"]),
  mv("redeploy", "denied", "GNA forces", ["مجمع مليتة"], ["صبراتة"]),
  mv("shipment", "planned", None, ["إيطاليا"], ["أبو ستة"]),
  mv("reinforce", "conditional", "GNA forces", [], ["زوارة", "العجيلات"]),
 ],
}

NOTES = {
 "y1": ("Al Jazeera Net (الجزيرة نت): Tibesti gold and the Chad-Libya border. Reported Chadian-army reinforcement "
        "Faya-Largeau→Aozou via Bardai (headline = same move; Chadian army is not a canonical actor → null); reported "
        "Chadian-army airlift N'Djamena→Faya (null); CCMSR rebel crossing southern Libya→Zouar denied («أكاذيب مكشوفة»); "
        "conditional rebel advance on Bardai (إذا); planned LNA company at Al Wigh air base (تعتزم). Not movements: "
        "N'Djamena dateline, miners from Sudan/Niger/Libya, gold smuggled via Murzuq and Umm al-Aranib to Dubai, the "
        "source in Al Qatrun, the commander inspecting the Umm al-Aranib gate, the Chadian delegation's visit to "
        "Benghazi. Traps: الجزيرة نت (contains الجزيرة), حسن مرزوق (person = Murzuq variant), علي القطروني (contains "
        "القطرون), زوار المنطقة (common word = Zouar, before the gold زوار), the proverb كناقل التمر إلى هجر."),
 "y2": ("Asharq Al-Awsat (الشرق الأوسط): the 5+5 commission in Sirte. Reported Misrata (Bunyan al-Marsous) "
        "mobilisation Misrata→Abu Qurayn; LNA withdrawal Gardabiya→Ras Lanuf denied («لا أساس له من الصحة»; headline = "
        "same denial); reported LNA reinforcement Al Jufra air base→Sirte via Waddan; planned withdrawal of Syrian "
        "mercenaries from Al Jufra and Sirte (على أن); conditional GNA advance on Sirte (لن…إلا إذا). Not movements: "
        "Cairo dateline, the envoy arriving from Tripoli, the Sirte–Jufra contact line, the Geneva ceasefire, "
        "Tripoli–Benghazi accusations about the Misrata–Sirte road, the planned committee visit to Hun and Zillah. "
        "Traps: سرت أنباء (verb 'spread' = Sirte), زلة لسان (= Zillah), the Sirte-Jufra operations room, روما idiom."),
 "y3": ("Anadolu Arabic (الأناضول): clashes in Souq al-Juma, Tripoli. Reported GNA (MoD) deployment in Abu Salim and "
        "Ain Zara (headline = same move); reported Misrata (166 Brigade) reinforcement Misrata→Tajoura; Zintan move "
        "towards Janzour denied («محض افتراء»); planned withdrawal of unnamed armed formations from Souq al-Juma and the "
        "Mitiga area (actor null); conditional 166 Brigade entry into Souq al-Juma (إذا). Not movements: Tripoli "
        "dateline, families fleeing towards Tajoura (spelled تاجورا, a substring of the later تاجوراء), flights diverted from Mitiga to Misrata airport, the Ankara "
        "briefing. Traps: صلاة الجمعة, عادل الجنزوري (contains جنزور), مصدر عسكري زنتاني, الأناضول."),
 "y4": ("Al Wasat (بوابة الوسط): the Great Man-Made River station at Ash Shwayrif. Reported LNA (73rd Infantry "
        "Brigade) deployment Brak→Ash Shwayrif (headline = same move; the municipality head of بلدية الشويرف is not a move); reported withdrawal of the unnamed gunmen towards "
        "Wadi al-Shati (actor null); GNA move Gharyan→Ash Shwayrif denied; planned LNA company from Kufra to the Tazirbu "
        "wellfields (ستنشر الأسبوع المقبل); conditional Zintan mobilisation at the Asabi'a gate (إذا). Not movements: "
        "Tripoli dateline, water trucks from Asabi'a wells, the Tazirbu→Benghazi water via the Omar Mukhtar reservoir "
        "near Suluq, the 2019 closure and the Bani Walid mediation, the activist from Idri. Traps: سالم الغرياني / "
        "الغرياني (contain غريان), سرت حالة من القلق (= Sirte), خزان عمر المختار, إدريس بوسيف (contains إدري)."),
 "y5": ("Al Ain News (العين الإخبارية): fuel smuggling on the west coast. Reported GNA deployment in Abu Kammash and "
        "Al Jumayl (headline = same move); reported naval landing from Zuwara port on Farwa island; GNA redeployment of the Mellitah protection force to Sabratha denied («باقية في مواقعها»); planned shipment of four patrol boats from Italy to the Abu "
        "Sitta naval base (من المقرر; actor null); conditional GNA reinforcement of Zuwara and Al Ajaylat (إذا). Not "
        "movements: Tripoli dateline, smuggling boats to Malta/Lampedusa and trucks to the Tunisian border, Zarzis and "
        "Ben Gardane markets, Rome's concern, Tunis customs statement. Traps: العين الإخبارية (contains العين), "
        "فروة الدب (= Farwa), رد الجميل (= Al Jumayl), زوار الشاطئ (= Zouar)."),
}

# Read by tests/golden/sample_tools.py check (values from this sample's former src/check.py).
WORDS = (235, 265)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
