# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and capitals / cities abroad
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                  # G
 "abu_dhabi": ("city", "AE", 24.45118, 54.39696, "Abu Dhabi"),                          # G
 "dubai": ("city", "AE", 25.07725, 55.30927, "Dubai"),                                  # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 # Egypt (the south-west)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "aswan": ("city", "EG", 24.09082, 32.89942, "Aswan"),                                  # G
 "kharga": ("town", "EG", 25.45101, 30.54653, "Kharga"),                                # G
 "new_valley": ("district", "EG", 24.79939, 28.92955, "New Valley Governorate"),        # G
 "owainat_airport": ("airport", "EG", 22.58570, 28.71660, "Sharq El Owainat Airport"),  # G
 "east_owainat": ("region", "EG", 22.5857, 28.7166, "East Owainat project area"),       # K
 "border_eg_sd": ("region", "EG", 22.22287, 31.25544, "Egypt-Sudan border (Egypt side)"),  # G* (row الحدود المصرية السودانية)
 # Sudan (Darfur, the north-west and the north)
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                        # G
 "el_fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                          # G
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                  # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "kutum": ("town", "SD", 14.20000, 24.66667, "Kutum"),                                  # G (written كُتُم)
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "dabbah": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                             # G (row الدبه)
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                      # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "kordofan": ("region", "SD", 13.18420, 30.21670, "Kordofan"),                          # G
 "argeen": ("crossing", "SD", 22.00000, 31.25000, "Argeen land port"),                  # G
 "tina_sd": ("town", "SD", 15.0330, 22.8180, "Tina (Sudan)"),                           # K
 # Chad
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (row نجامينا; also written انجمينا)
 "ndj_airport": ("airport", "TD", 12.13370, 15.03400, "N'Djamena International Airport"),  # G
 "tine": ("town", "TD", 15.02528, 22.80222, "Tine"),                                    # G
 "adre": ("town", "TD", 13.46648, 22.19875, "Adre"),                                    # G
 "adre_crossing": ("crossing", "TD", 13.47, 22.23, "Adre border crossing"),             # K
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abeche"),                                # G
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                          # G
 "iriba": ("town", "TD", 15.11667, 22.25000, "Iriba"),                                  # G
 "bahai": ("town", "TD", 15.55000, 22.90000, "Bahai"),                                  # G
 "fada": ("town", "TD", 17.19186, 21.58081, "Fada"),                                    # G (row فدا)
 "ounianga": ("town", "TD", 19.05263, 20.48887, "Ounianga Kebir"),                      # G
 "faya_airport": ("airport", "TD", 17.91710, 19.11110, "Faya-Largeau Airport"),         # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G
 "wadi_fira": ("district", "TD", 14.94685, 21.36232, "Wadi Fira Province"),             # G
 "ouaddai": ("district", "TD", 13.56770, 21.24132, "Ouaddai Province"),                 # G* (row واداي, written إقليم وداي)
 "border_td_sd": ("region", "TD", 14.3, 22.2, "Chad-Sudan border (Chad side)"),         # K
 # Libya (Kufra district and Benghazi)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "hawari": ("village", "LY", 24.31667, 23.16667, "Al Hawwari"),                         # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "buzayma": ("village", "LY", 25.00000, 22.00000, "Buzayma"),                           # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "arkenu": ("region", "LY", 22.25000, 24.73000, "Jebel Arkenu"),                        # G
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G (row مثلث العوينات; also جبل العوينات, المثلث الحدودي)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),            # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
}

TRAPS = {
 "qpl1": ["إذاعة الفاشر", "القوة المشتركة", "قوات الدعم السريع", "الدعم السريع", "برنامج الأغذية العالمي",
          "الليبية", "التشادية", "السودانية"],
 "qpl2": ["لوبيي", "الجيش الوطني التشادي", "قوات الدعم السريع", "الدعم السريع",
          "المفوضية السامية لشؤون اللاجئين", "فريق خبراء الأمم المتحدة", "محمد إدريس ديبي", "مالياً",
          "السودانية", "الليبية", "سوداني"],
 "qpl3": ["مديرية أمن الكفرة", "منطقة الكفرة العسكرية", "كتيبة سبل السلام", "حرس الحدود", "القيادة العامة",
          "قوات الدعم السريع", "جهاز مكافحة الهجرة غير الشرعية", "سودانية", "سودانياً"],
 "qpl4": ["درب", "حرس الحدود", "الجيش السوداني", "قوات الدعم السريع", "كتيبة سبل السلام", "خليفة حفتر",
          "القيادة العامة", "السودانية", "سودانية", "السودانيين"],
 "qpl5": ["إسلام أون لاين", "المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "المنظمة الدولية للهجرة",
          "قوات الدعم السريع", "القوة المشتركة", "الجيش الوطني الليبي", "الجيش التشادي", "التشادية", "الليبية",
          "سودانية", "سودانياً"],
}

PHEN = {
 "qpl1": ["spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_idri", "vague_area",
          "coverage_neighbours", "countries"],
 "qpl2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "coverage_neighbours", "countries"],
 "qpl3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area",
          "coverage_bases", "coverage_neighbours", "countries"],
 "qpl4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qpl5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_idri",
          "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qpl1": [
  mv("shipment", "reported", "Sudanese armed groups", ["المثلث الحدودي"], ["المالحة"], ["وادي هور"]),
  mv("advance", "planned", "Sudanese army", ["الدبة"], ["وادي هور"]),
  mv("withdraw", "denied", "Sudanese armed groups", ["الفاشر"], ["نيالا"]),
  mv("advance", "conditional", "Sudanese armed groups", ["كُتُم"], ["الطينة"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["المالحة"]),
 ],
 "qpl2": [
  mv("reinforce", "reported", "Chadian army", ["أم جرس"], ["تيني"]),
  mv("airlift", "planned", "Chadian army", ["مطار إنجامينا"], ["مطار فايا لارجو"]),
  mv("redeploy", "reported", "Chadian army", ["إريبا"], ["باهاي"]),
  mv("deploy", "conditional", "Chadian army", [], ["كوري بوقودي"]),
  mv("shipment", "denied", "Sudanese armed groups", ["الكفرة"], ["دارفور"], ["أونيانقا كبير", "فادا"]),
 ],
 "qpl3": [
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["جبل أركنو", "جبل العوينات"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة معطن السارة"], ["ربيانة"]),
  mv("reinforce", "conditional", "Libyan National Army", ["تازربو"], ["بزيمة"]),
  mv("advance", "denied", "Sudanese armed groups", ["المثلث الحدودي"], ["الكفرة"]),
 ],
 "qpl4": [
  mv("airlift", "reported", "Egyptian army", ["أسوان"], ["مطار شرق العوينات"]),
  mv("deploy", "planned", "Egyptian army", [], ["الحدود مع السودان"]),
  mv("advance", "conditional", "Egyptian army", ["شرق العوينات"], ["جبل العوينات"]),
  mv("reinforce", "reported", "Sudanese armed groups", ["المالحة"], ["المثلث الحدودي"]),
  mv("advance", "denied", "Libyan National Army", ["الكفرة"], ["مثلث العوينات"]),
 ],
 "qpl5": [
  mv("deploy", "reported", "Chadian army", [], ["تيني", "الحدود مع السودان"]),
  mv("advance", "conditional", "Sudanese armed groups", ["مليط"], ["الطينة"]),
  mv("deploy", "planned", "Libyan National Army", ["الكفرة"], ["الهواري"]),
  mv("withdraw", "denied", "Chadian army", ["أدري"], ["أبشي"]),
 ],
}

NOTES = {
 "qpl1": "Darfur radio news page (Radio El Fasher) datelined Tina: an RSF supply convoy from the border triangle along "
         "Wadi Howar to Al-Malha (shipment, reported by the joint force), a planned Sudanese army column Ad-Dabbah→Wadi "
         "Howar, the RSF's denied pull-out El Fasher→Nyala, the RSF's conditional advance Kutum (written كُتُم)→Tina "
         "(Tiné only in the condition); Kufra as 'rear depot' (no movement verb), Port Sudan (speaker), the fall of El "
         "Fasher (background), displaced people walking to Tina/Tiné and towards Libya, WFP trucks stuck in Adré and the "
         "UAE/Abu Dhabi accusation and denial are not movements; «إذاعة الفاشر» holds El Fasher.",
 "qpl2": "Chadian weekly's Arabic page (Le Pays, «لوبيي») from N'Djamena (written انجمينا): a Chadian army battalion "
         "Amdjarass→Tiné (reinforce), a planned special-forces airlift N'Djamena airport→Faya-Largeau airport, a company "
         "of the Iriba garrison redeployed to Bahaï, a conditional deployment to Kouri Bougoudi, and the government's denial "
         "of RSF convoys Kufra→Darfur via Ounianga Kébir and Fada (shipment, via both); refugees Tina→Tiné, UNHCR trucks to "
         "Wadi Fira camps, young refugees going on to Libya and Port Sudan/N'Djamena metonymy are not "
         "movements; محمد إدريس ديبي holds إدري, «مالياً» holds مالي.",
 "qpl3": "Kufra Security Directorate media office (eastern Libya): Subul al-Salam patrols Kufra→Jebel Arkenu and Jebel "
         "Uweinat (deploy, reported), a planned company Maaten al-Sarra base→Rebiana, a conditional LNA reinforcement "
         "Tazirbu→Buzayma, and the directorate's denial of an RSF column entering Kufra from the border triangle; "
         "suspicious movements near the Libya-Sudan border (no actor), 2150 refugees from Al-Malha and El Fasher via Jebel "
         "Uweinat, 600 moved to the Al-Hawari shelter, migrants to be deported overland to Chad and Niger are civilian; "
         "the outlet «مديرية أمن الكفرة» and «منطقة الكفرة العسكرية» hold Kufra; الكُفرة with damma.",
 "qpl4": "Egyptian opposition news site (Daarb, «درب») on the Uweinat triangle: an Egyptian military airlift Aswan→East "
         "Owainat airport, planned border-guard deployment along the border with Sudan (Egypt side), a conditional Egyptian "
         "advance East Owainat→Jebel Uweinat, the Sudanese army's claim of RSF reinforcements Al-Malha→the border triangle "
         "(reported) and of Subul al-Salam advancing Kufra→the Uweinat triangle (denied by the LNA in Benghazi); the "
         "headline repeating the East Owainat build-up, Cairo (metonymy), New Valley (source's place), Sudanese refugees "
         "reaching Aswan via Argeen, migrants Kufra→Kharga are not movements; East Owainat (Egypt) vs the Uweinat triangle.",
 "qpl5": "UNHCR statement retold by Islam Online, datelined Geneva: Chadian army units deployed around Tiné and along the "
         "border with Sudan (Chad side), the RSF's conditional advance Mellit→Tina (only if the joint force does not "
         "withdraw, which is part of the condition), a planned LNA company Kufra→Al-Hawari shelter, Chad's denial of a "
         "pull-back Adré→Abéché; refugees via Tiné and Bahaï, arrivals in Kufra, UNHCR buses Adré→Ouaddai camps, the "
         "humanitarian airlift Dubai→N'Djamena airport and IOM return flights Benghazi→Port Sudan are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qpl1", "qpl2", "qpl3", "qpl4", "qpl5")
