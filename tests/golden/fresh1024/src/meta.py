# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "cameroon": ("country", "CM", 7.37289, 13.61144, "Cameroon"),                          # G
 "abu_dhabi": ("city", "AE", 24.45118, 54.39696, "Abu Dhabi"),                          # G
 # Chad (Ouaddai, Wadi Fira, Ennedi, Borkou)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (row نجامينا)
 "adre": ("town", "TD", 13.46648, 22.19875, "Adre"),                                    # G
 "adre_crossing": ("crossing", "TD", 13.47, 22.23, "Adre border crossing"),             # K
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abeche"),                                # G
 "abeche_airport": ("airport", "TD", 13.8475, 20.8442, "Abeche Airport"),               # K
 "ouaddai": ("district", "TD", 13.56770, 21.24132, "Ouaddai Province"),                 # G* (row واداي, written إقليم وداي)
 "wadi_fira": ("district", "TD", 14.94685, 21.36232, "Wadi Fira Province"),             # G
 "east_chad": ("region", "TD", 15.37168, 20.30227, "Eastern Chad"),                     # G
 "border_td_sd": ("region", "TD", 14.3, 22.2, "Chad-Sudan border (Chad side)"),         # K
 "tine": ("town", "TD", 15.02528, 22.80222, "Tine"),                                    # G
 "iriba": ("town", "TD", 15.11667, 22.25000, "Iriba"),                                  # G
 "bahai": ("town", "TD", 15.55000, 22.90000, "Bahai"),                                  # G
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                          # G (row أم جرس)
 "amdjarass_airport": ("airport", "TD", 16.07, 22.87, "Amdjarass airport"),             # K
 "ennedi_est": ("district", "TD", 16.9, 23.1, "Ennedi-Est Province"),                   # K
 "ennedi": ("region", "TD", 17.04167, 21.86278, "Ennedi"),                              # G
 "fada": ("town", "TD", 17.19186, 21.58081, "Fada"),                                    # G (row فدا)
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "ounianga": ("town", "TD", 19.05263, 20.48887, "Ounianga Kebir"),                      # G (row أونيانقا كبير)
 "ounianga_serir": ("town", "TD", 18.91670, 20.86670, "Ounianga Serir"),                # G
 "border_td_ly": ("region", "TD", 20.9, 20.5, "Chad-Libya border (Chad side)"),         # K
 # Sudan (Darfur, Northern State, Red Sea)
 "geneina": ("city", "SD", 13.45262, 22.44725, "Geneina"),                              # G
 "west_darfur": ("district", "SD", 13.89425, 22.88929, "West Darfur"),                  # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "tina_sd": ("town", "SD", 15.0330, 22.8180, "Tina (Sudan)"),                           # K
 "border_sd_td": ("region", "SD", 15.27115, 23.08771, "Sudan-Chad border (Sudan side)"),  # G* (row الحدود السودانية التشادية)
 "kutum": ("town", "SD", 14.20000, 24.66667, "Kutum"),                                  # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "el_fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                          # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                              # G
 "dabbah": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                             # G (row الدبه)
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                        # G
 # Libya (Kufra and the east)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Al Kufra District"),             # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libya side)"),  # G* (row الحدود الليبية السودانية)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libya side)"),   # G* (row الحدود الليبية التشادية)
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا, written الجنوب الليبي)
}

TRAPS = {
 "qmm1": ["إلتشاد بريس", "الجيش الوطني التشادي", "قوات الدعم السريع", "الدعم السريع", "لا أدري", "أطباء بلا حدود",
          "سوداني", "سودانية"],
 "qmm2": ["هلا 96", "القوة المشتركة", "قوات الدعم السريع", "الدعم السريع", "الهادي إدريس", "التشادية", "التشادي",
          "السودانية"],
 "qmm3": ["نبض السودان", "الهلال الأحمر الليبي", "كتيبة سبل السلام", "الجيش الوطني الليبي", "قوات الدعم السريع",
          "الليبية", "ليبية", "سوداني", "سودانية"],
 "qmm4": ["أبا غارد", "أطباء بلا حدود", "محمد إدريس ديبي", "إدريس ديبي إتنو", "إماراتيين", "السوداني"],
 "qmm5": ["تشادانثروبوس تريبيون", "الجيش الوطني التشادي", "اتحاد قوى المقاومة", "المنظمة الدولية للهجرة",
          "الليبية", "التشادية", "سوداني"],
}

PHEN = {
 "qmm1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qmm2": ["spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qmm3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "qmm4": ["spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "border_phrase", "coverage_neighbours", "countries"],
 "qmm5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qmm1": [
  mv("deploy", "reported", "Chadian army", ["أدري"], ["أبشي"]),
  mv("reinforce", "reported", "Chadian army", ["أبشي"], ["أدري", "معبر أدري"]),
  mv("deploy", "planned", "Chadian army", [], ["الحدود مع السودان"]),
  mv("withdraw", "conditional", "Chadian army", ["معبر أدري"], ["أبشي"]),
  mv("advance", "denied", "Sudanese armed groups", ["الجنينة"], ["أدري"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["الجنينة"]),
 ],
 "qmm2": [
  mv("deploy", "reported", "Sudanese armed groups", [], ["الطينة", "الحدود مع تشاد"]),
  mv("advance", "conditional", "Sudanese armed groups", [], ["الطينة"]),
  mv("reinforce", "reported", "Sudanese armed groups", ["كتم"], ["مليط"]),
  mv("advance", "denied", "Chadian army", ["تيني"], ["الطينة"]),
  mv("redeploy", "planned", "Sudanese army", ["دنقلا"], ["الدبة"]),
 ],
 "qmm3": [
  mv("reinforce", "reported", "Libyan National Army", ["تازربو"], ["كفرة"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("redeploy", "planned", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["الحدود مع السودان"]),
  mv("advance", "denied", "Sudanese armed groups", ["المالحة"], ["الكفرة"]),
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["دارفور"]),
 ],
 "qmm4": [
  mv("airlift", "denied", None, ["أبوظبي"], ["مطار أم جرس"]),
  mv("shipment", "denied", None, ["أمجرس"], ["دارفور"], ["الحدود مع السودان"]),
  mv("reinforce", "reported", "Chadian army", ["فادا"], ["أم جرس"]),
  mv("deploy", "planned", "Chadian army", ["أم جرس"], ["باهاي"]),
  mv("reinforce", "conditional", "Chadian army", ["إريبا"], ["تيني"]),
 ],
 "qmm5": [
  mv("deploy", "reported", "Chadian army", ["فايا لارجو"], ["أونيانغا كبير"]),
  mv("airlift", "planned", "Chadian army", ["مطار أبشي"], ["فادا"]),
  mv("withdraw", "reported", None, ["أونيانغا الصغير"], ["الحدود مع ليبيا"]),
  mv("advance", "conditional", "Libyan National Army", [], ["الحدود مع تشاد"]),
  mv("advance", "denied", "Chadian armed groups", ["الكفرة"], ["إنيدي"]),
 ],
}

NOTES = {
 "qmm1": "Chadian news site (Ialtchad Presse) from Adre on the UNHCR relocation of Sudanese refugees: a Chadian army "
         "company escorting the convoy Adre→outskirts of Abeche, army reinforcements Abeche→Adre with part stationed at "
         "the Adre crossing, a planned deployment along the border with Sudan (Chad side), a conditional pull-back "
         "crossing→Abeche (only if fighting reaches Geneina), a denied RSF infiltration Geneina→Adre and RSF groups "
         "massing around Geneina; the refugee convoy itself, WFP convoys to Darfur, the MSF hospital, «لا أدري» (I do not "
         "know; holds Adre) and Eastern Chad are not movements or movement places.",
 "qmm2": "Sudanese radio (Hala 96) from Port Sudan: a WFP convoy Tine→Tina (civilian, no move), the joint force deployed "
         "in Tina and along the border with Chad (Sudan side), the RSF's conditional advance on Tina («لن تتقدم ... ما "
         "دامت»), RSF reinforcements Kutum→Mellit, Chad's denial that its army crossed Tine→Tina, a planned army "
         "battalion Dongola→Ad-Dabbah (written الدبة); El Fasher's displaced, Chad as their goal, the Adre crossing "
         "as a requested corridor and Port Sudan as government are not movement places; الهادي إدريس holds إدري.",
 "qmm3": "Sudanese news site (Nabd Al-Sudan) from Kufra on Sudanese refugees: refugee trucks from Al-Malha (civilian), "
         "Subul al-Salam reinforcements Tazirbu→Kufra (written كفرة), a military cargo plane Benina air base→Kufra "
         "airport carrying military police with aid (airlift), a planned company Kufra→Maaten al-Sarra base, a "
         "conditional deployment to the border with Sudan (Libya side), the RSF's denied entry Al-Malha→Kufra and the "
         "LNA's denied fuel-and-ammunition convoys Kufra→Darfur; Uweinat triangle (routes watched), Benghazi (the "
         "denying command), El Fasher (refugee's origin) and Kufra district (registration) are not movement places.",
 "qmm4": "Chadian paper (Abba Garde) from N'Djamena on Amdjarass (written أم جرس and أمجرس): denied arms flights Abu "
         "Dhabi→Amdjarass airport (actor null) and denied overland arms shipments Amdjarass→Darfur across the border "
         "with Sudan (via), a reported Chadian army unit Fada→Amdjarass, a planned company Amdjarass→Bahai, a "
         "conditional reinforcement Iriba→Tine (Tina only in the condition); the MSF medicine convoy Abeche→Iriba "
         "without escort is civilian; the Debys (hold إدري) and Ennedi-Est are background.",
 "qmm5": "Chadian site (Tchadanthropus-Tribune) from Abeche on refugees leaving eastern camps for Kufra via Ounianga "
         "(civilian route): a Chadian army unit Faya-Largeau→Ounianga Kebir, a planned military flight Abeche airport→"
         "Fada, armed smugglers withdrawing from near Ounianga Serir towards the border with Libya (Chad side, actor "
         "null), the LNA's conditional advance to the border with Chad (Libya side; N'Djamena only in the condition) "
         "and a Chadian rebel group's denied move Kufra→Ennedi; Libya as migrants' goal, Cameroon (WFP grain), "
         "Ouaddai and Wadi Fira camps and Southern Libya are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qmm1", "qmm2", "qmm3", "qmm4", "qmm5")
