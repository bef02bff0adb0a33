# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and foreign places
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "debdeb_crossing": ("crossing", "DZ", 29.96750, 9.42389, "Debdeb border crossing"),     # G* (town row الدبداب)
 # Tripoli and its south
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "tripoli_port": ("crossing", "LY", 32.903, 13.183, "Port of Tripoli"),                  # K
 "tripoli_airport": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),  # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                      # G
 "qasr_bg": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                     # G
 "sawani": ("town", "LY", 32.71667, 13.06667, "As Sawani"),                              # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                           # G
 "bir_ghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                      # G
 "south_tripoli": ("region", "LY", 32.75, 13.15, "Southern outskirts of Tripoli"),       # K
 # the western mountain
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "zintan_mun": ("district", "LY", 31.93155, 12.25291, "Zintan municipality"),            # G* (town row)
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                              # G
 "riyayna": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                          # G
 "kikla": ("town", "LY", 32.08333, 12.70000, "Kikla"),                                   # G
 "kikla_mun": ("district", "LY", 32.08333, 12.70000, "Kikla municipality"),              # G* (town row)
 "qawalish": ("town", "LY", 31.99972, 12.63000, "Al-Qawalish"),                          # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabiah"),                             # G
 "yafran": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                 # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                               # G
 "wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),        # G (row منفذ وازن)
 "jabal_gharbi": ("region", "LY", 32.0, 12.4, "Western Mountain (Jabal Nafusa)"),        # K (gazetteer row point not used)
 "west_ly": ("region", "LY", 31.5, 12.5, "Western Libya"),                               # K
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G* (row قاعدة الوطية)
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),           # G (row مصفاة الزاوية)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 # the Hamada, the desert road south and the east
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                  # G
 "qaryat": ("town", "LY", 30.38333, 13.58333, "Al Qaryat"),                              # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                      # G
 "border_dz": ("region", "LY", 29.5, 9.9, "Libya-Algeria border (Libyan side, west of the Hamada)"),  # K
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G
}

TRAPS = {
 "on1": ["المجلس العسكري الزنتان", "بوابة إفريقيا الإخبارية", "القوات الزنتانية", "القوة الزنتانية", "الرجباني",
         "إحدى السواني"],
 "on2": ["بي بي سي", "فجر ليبيا", "الصادق الغرياني", "عبد الحكيم الرجباني", "الليبي", "من هذه الزاوية"],
 "on3": ["يورونيوز", "سالم الككلي", "علي الإدريسي", "المجلس العسكري الزنتان"],
 "on4": ["محمود حمادة", "القاهرة الإخبارية", "الشروق", "القيادة العامة للجيش الوطني الليبي",
         "المجلس العسكري الزنتان", "الزنتاني", "ليبية"],
 "on5": ["الخليج أونلاين", "المجلس العسكري الزنتان", "شارع الزاوية", "كتيبة ثوار طرابلس", "عمر الزنتاني",
         "زنتاني"],
}

PHEN = {
 "on1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "vague_area", "coverage_crossings"],
 "on2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases",
         "coverage_neighbours", "countries"],
 "on3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_idri",
         "town_vs_district", "vague_area", "coverage_oil", "countries"],
 "on4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "on5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


Z, G, L, M = "Zintan forces", "GNA forces", "Libyan National Army", "Misrata forces"

MOVES = {
 "on1": [
  mv("deploy", "reported", Z, ["الزنتان"], ["العزيزية"], ["الرياينة", "بير الغنم"]),
  mv("reinforce", "planned", G, ["طرابلس"], ["غريان"]),
  mv("naval_landing", "conditional", M, ["مصراتة"], ["ميناء طرابلس"]),
  mv("advance", "conditional", Z, [], ["قصر بن غشير"]),
  mv("advance", "denied", Z, ["الرجبان"], ["ككلة"]),
  mv("mobilise", "reported", None, [], ["ككلة"]),
 ],
 "on2": [
  mv("deploy", "reported", Z, ["الزنتان"], ["العزيزية"]),
  mv("withdraw", "reported", Z, ["مطار طرابلس الدولي"], ["الزنتان"]),
  mv("deploy", "denied", G, [], ["الرياينة"]),
  mv("reinforce", "reported", G, ["طرابلس"], ["السواني"]),
  mv("airlift", "denied", L, ["قاعدة بنينا الجوية"], ["الزنتان"]),
  mv("withdraw", "conditional", Z, ["العزيزية"], ["الزنتان"]),
  mv("redeploy", "planned", Z, ["الزنتان"], ["الحمادة الحمراء"]),
 ],
 "on3": [
  mv("deploy", "reported", G, ["غريان"], ["ككلة", "القواليش"], ["الأصابعة"]),
  mv("shipment", "reported", G, ["طرابلس"], ["غريان"]),
  mv("withdraw", "reported", None, ["القواليش"], ["ككله"]),
  mv("mobilise", "reported", None, [], ["القواليش"]),
  mv("advance", "reported", L, [], ["غريان"]),
  mv("deploy", "conditional", Z, [], ["ككلة"]),
  mv("withdraw", "denied", G, ["غريان"], ["طرابلس"]),
  mv("deploy", "planned", G, [], ["ككلة"]),
  mv("withdraw", "planned", G, [], ["الأصابعة"]),
 ],
 "on4": [
  mv("deploy", "reported", Z, ["الزنتان"], ["القريات"], ["مزدة"]),
  mv("advance", "denied", L, ["الشويرف"], ["الحمادة"]),
  mv("redeploy", "reported", L, ["براك الشاطئ"], ["الشويرف"]),
  mv("withdraw", "reported", L, ["القريات"], ["الشويرف"]),
  mv("deploy", "planned", G, ["طرابلس"], ["مزدة"]),
  mv("advance", "conditional", Z, [], ["الشويرف"]),
 ],
 "on5": [
  mv("withdraw", "reported", Z, ["العزيزية"], ["الزنتان"], ["بئر الغنم"]),
  mv("deploy", "reported", Z, [], ["العزيزية"]),
  mv("deploy", "reported", G, ["غريان"], ["العزيزيه"]),
  mv("deploy", "planned", G, [], ["الرياينة"]),
  mv("airlift", "planned", G, ["مطار معيتيقة"], ["الزنتان"]),
  mv("advance", "conditional", Z, [], ["العزيزية"]),
  mv("naval_landing", "reported", M, ["مصراتة"], ["ميناء طرابلس"]),
  mv("shipment", "denied", Z, ["الحمادة"], ["قاعدة الوطية"]),
  mv("deploy", "reported", G, [], ["ككلة"]),
  mv("deploy", "reported", Z, [], ["القريات"]),
 ],
}

NOTES = {
 "on1": ("Afrigate-style local report (Zintan dateline): a Zintan column Zintan->Al-Aziziyah via Al-Riyayna and Bir "
         "al-Ghanam (written بير الغنم), a GNU order sending two battalions Tripoli->Gharyan within 48 hours (planned "
         "reinforce), a staff source's conditional Misrata sea move to Tripoli port («لم يستبعد … إذا»), the Zintan "
         "spokesman's threat to advance on Qasr Bin Ghashir (conditional; Al-Riyayna and Kikla in the condition are "
         "not movement places), a denied Rujban->Kikla move and Kikla youths massing at the town's eastern entrance "
         "(mobilise, no canonical actor). «إحدى السواني» is the common word (farms), not As-Sawani."),
 "on2": ("BBC-Arabic-style explainer with question subheads: the Zintan forces' arrival in Al-Aziziyah («قادمة منها» "
         "-> origin Zintan), a 2014 flashback withdrawal from Tripoli International Airport («انسحبت منه») to Zintan, a "
         "GNU denial of forces sent to Al-Riyayna beside units «there for months» in As-Sawani and Qasr Bin Ghashir "
         "(presence, not movement), witnesses' vehicles Tripoli->As-Sawani (reinforce), a denied cargo flight from "
         "Benina air base into «مطار المدينة» (-> Zintan), a conditional «لن يغادروا … إلا إذا» withdrawal "
         "Al-Aziziyah->Zintan and a planned company Zintan->Hamada al-Hamra (the Algerian border phrase is its purpose, "
         "not a destination). Traps: BBC, «فجر ليبيا», the mufti al-Gharyani, a researcher named al-Rujbani, «من هذه "
         "الزاوية»."),
 "on3": ("Euronews-style report (Gharyan dateline): a GNU force Gharyan->between Kikla and Al-Qawalish via Al-Asabaa, "
         "an ammunition shipment Tripoli->Gharyan, Kikla gunmen pulling back from Al-Qawalish into their town (ككله "
         "spelling), Al-Qawalish youths massing in their town, a 2019 flashback of Haftar's forces entering Gharyan, "
         "Zintan's conditional force for Kikla (families coming from Rujban are civilians), a denied battalion pull-out "
         "Gharyan->Tripoli, a planned handover of Kikla's northern gate and the current force's planned return to "
         "Al-Asabaa (no origins written for either). Fuel trucks from the Zawiya refinery are civilian; Gharyan "
         "hospital keeps Gharyan as gold; «علي الإدريسي» is a person."),
 "on4": ("Shorouk-style relay from Cairo: a Zintan column Zintan->Al-Qaryat via Mizda (the Hamada is the locator of "
         "Al-Qaryat, not a destination), the LNA's denied advance Ash-Shwayrif->the Hamada (written الحمادة) with an "
         "admitted routine company Brak al-Shati->Ash-Shwayrif (redeploy), a June 2020 LNA pull-back "
         "Al-Qaryat->Ash-Shwayrif, a planned GNU force Tripoli->Mizda and a conditional Zintan advance on Ash-Shwayrif. "
         "The Mizda-Shwayrif road, the Hamada's extent (Algerian border, Debdeb crossing, Idri, the Wafa field) and "
         "Cairo are not movement places. Traps: the byline «محمود حمادة», «القاهرة الإخبارية», the LNA command."),
 "on5": ("Al-Khaleej-Online-style week round-up: the Zintan withdrawal Al-Aziziyah->Zintan via Bir al-Ghanam, the "
         "flashback entry «بدخول رتلها إلى المدينة» (-> Al-Aziziyah), GNU units Gharyan->Al-Aziziyah (written "
         "العزيزيه), a planned joint force for Al-Riyayna, a planned airlift Mitiga airport->the Zintan airstrip "
         "(destination Zintan), Zintan's conditional return to Al-Aziziyah (the Misrata battalions in the condition "
         "are not a movement), Thursday's landing of Misrata vehicles at Tripoli port, a denied ammunition shipment "
         "Hamada->Al-Watiya base, a GNU force taking Kikla's northern gate and the Zintan column sent to Al-Qaryat on "
         "Wednesday. The Wazin crossing reopening is not a movement. Traps: «شارع الزاوية», «كتيبة ثوار طرابلس», "
         "the mayor «عمر الزنتاني», «رتل زنتاني»."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("on1", "on2", "on3", "on4", "on5")
