# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another spelling or label (listed in the README).
P = {
 # countries and capitals abroad
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "france": ("country", "FR", 46.70829, 2.18957, "France"),                              # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                  # G
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 # Chad
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G* (row نجامينا, written أنجمينا)
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abeche"),                                # G
 "abeche_base": ("base", "TD", 13.8475, 20.8442, "Abeche air base (ex-French base)"),   # K
 "adre": ("town", "TD", 13.46648, 22.19875, "Adre"),                                    # G
 "adre_crossing": ("crossing", "TD", 13.47, 22.23, "Adre border crossing"),             # K
 "tine": ("town", "TD", 15.02528, 22.80222, "Tine"),                                    # G (row تيني; also written الطينة التشادية)
 "tine_crossing": ("crossing", "TD", 15.03, 22.81, "Tine border crossing"),             # K
 "iriba": ("town", "TD", 15.11667, 22.25000, "Iriba"),                                  # G
 "bahai": ("town", "TD", 15.55000, 22.90000, "Bahai"),                                  # G
 "biltine": ("town", "TD", 14.52727, 20.92603, "Biltine"),                              # G* (row بلتن, written بلتين)
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                          # G (row أم جرس)
 "fada": ("town", "TD", 17.19186, 21.58081, "Fada"),                                    # G* (row فدا, written فادا)
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G* (row فايا لارجو, written فايا)
 "ounianga": ("town", "TD", 19.05263, 20.48887, "Ounianga Kebir"),                      # G* (row أونيانقا كبير, written أونيانغا كبير)
 "ounianga_serir": ("town", "TD", 18.91670, 20.86670, "Ounianga Serir"),                # G (row أونيانغا الصغير)
 "wadi_fira": ("district", "TD", 14.94685, 21.36232, "Wadi Fira Province"),             # G (written إقليم وادي فيرا)
 "ouaddai": ("district", "TD", 13.56770, 21.24132, "Ouaddai Province"),                 # G* (row واداي, written إقليم وداي)
 "ennedi": ("region", "TD", 17.04167, 21.86278, "Ennedi"),                              # G
 "ennedi_est": ("district", "TD", 16.9, 23.1, "Ennedi-Est Province"),                  # K
 "east_chad": ("region", "TD", 15.37168, 20.30227, "Eastern Chad"),                     # G
 "ne_chad": ("region", "TD", 17.60904, 20.82717, "North-eastern Chad"),                 # G
 "border_td_sd": ("region", "TD", 15.25834, 22.83250, "Chad-Sudan border (Chad side)"),  # G (row الحدود التشادية السودانية)
 "border_td_ly": ("region", "TD", 20.9, 20.5, "Chad-Libya border (Chad side)"),         # K
 # Sudan
 "tina_sd": ("town", "SD", 15.0330, 22.8180, "Tina (Sudan)"),                           # K
 "geneina": ("city", "SD", 13.45262, 22.44725, "Geneina"),                              # G
 "west_darfur": ("district", "SD", 13.89425, 22.88929, "West Darfur"),                  # G (row غرب دارفور, written ولاية غرب دارفور)
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G (row شمال دارفور, written ولاية شمال دارفور)
 "kutum": ("town", "SD", 14.20000, 24.66667, "Kutum"),                                  # G
 "el_fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                          # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                      # G
 "dabbah": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                             # G* (row الدبه, written الدبة)
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                        # G
 # Libya
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Al Kufra District"),             # G (row district:LY-KF)
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libya side)"),  # G* (row الحدود الليبية التشادية)
 "tripoint": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
}

TRAPS = {
 "qns1": ["تشاد نيوز", "الجيش الوطني التشادي", "قوات الدعم السريع", "القوة المشتركة", "محمد إدريس ديبي إتنو",
          "السودانية", "التشادية", "سوداني"],
 "qns2": ["الحاكم نيوز", "القوة المشتركة", "الدعم السريع", "متحرك الصحراء", "مني أركو مناوي", "التشادية"],
 "qns3": ["أوتشا", "قوات الدعم السريع", "المنظمة الدولية للهجرة", "الجيش التشادي", "التشادية", "السوداني"],
 "qns4": ["لوبينيون", "الجيش الوطني الليبي", "قوات الدعم السريع", "خليفة حفتر", "محمد إدريس ديبي", "الجيش التشادي",
          "التشادية", "تشادية", "التشاديين", "التشاديون", "الليبية", "السودانية", "الفرنسية", "فرنسي"],
 "qns5": ["ميادين", "طارق بن زياد", "كتيبة سبل السلام", "القيادة العامة", "الجيش التشادي", "سودانية", "سوداني"],
}

PHEN = {
 "qns1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "coverage_crossings", "coverage_neighbours"],
 "qns2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "coverage_neighbours", "countries"],
 "qns3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qns4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "qns5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours",
          "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qns1": [
  mv("reinforce", "reported", "Chadian army", ["بلتين"], ["تيني", "معبر تيني"]),
  mv("deploy", "planned", "Chadian army", ["إريبا"], ["باهاي"]),
  mv("deploy", "conditional", "Chadian army", ["باهاي"], ["الحدود التشادية السودانية"]),
  mv("withdraw", "denied", "Chadian army", ["أم جرس"], ["فادا"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["الطينة"]),
 ],
 "qns2": [
  mv("advance", "reported", "Sudanese armed groups", [], ["الطينة"]),
  mv("withdraw", "reported", "Sudanese armed groups", ["الطينة"], ["وادي هور"]),
  mv("airlift", "reported", "Sudanese army", ["الدبة"], ["الطينة"]),
  mv("advance", "planned", "Sudanese armed groups", ["الطينة"], ["كتم"]),
  mv("advance", "denied", "Sudanese armed groups", ["الطينة"], ["تيني"]),
  mv("advance", "conditional", "Sudanese armed groups", [], ["الطينة"]),
 ],
 "qns3": [
  mv("deploy", "reported", "Chadian army", ["فادا"], ["باهاي", "تيني"]),
  mv("reinforce", "conditional", "Chadian army", ["أبشي"], ["معبر أدري"]),
  mv("advance", "denied", "Sudanese armed groups", ["الطينة"], ["باهاي"]),
  mv("deploy", "planned", "Chadian army", ["إريبا"], ["أم جرس"]),
 ],
 "qns4": [
  mv("airlift", "reported", "Chadian army", ["أنجمينا"], ["فادا"]),
  mv("deploy", "reported", "Chadian army", [], ["أونيانغا الصغير"]),
  mv("redeploy", "planned", "Chadian army", ["فايا"], ["أونيانغا كبير"]),
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["المالحة"], ["المثلث الحدودي"]),
  mv("deploy", "conditional", "Chadian army", ["أونيانغا كبير"], ["الحدود مع ليبيا"]),
 ],
 "qns5": [
  mv("reinforce", "reported", "Libyan National Army", ["أجدابيا"], ["الكفرة"], ["جالو"]),
  mv("deploy", "planned", "Libyan National Army", ["قاعدة معطن السارة"], ["الحدود مع تشاد"]),
  mv("advance", "conditional", "Libyan National Army", [], ["المثلث الحدودي"]),
  mv("withdraw", "denied", "Libyan National Army", ["قاعدة معطن السارة"], ["الكفرة"]),
  mv("deploy", "reported", "Chadian army", ["فادا"], ["أونيانغا كبير"]),
 ],
}

NOTES = {
 "qns1": "Chadian news page (Tchad News) from Abeche relaying an army statement read on state TV: an armoured "
         "battalion Biltine→Tine with a company at the Tine crossing (reinforce reported), an army escort for WFP convoys "
         "Iriba→Bahai from next Wednesday (deploy planned), an extra company Bahai→the Chad-Sudan border only if gunmen "
         "cross (deploy conditional), the denied pull-out Amdjarass→Fada (withdraw denied) and RSF fighters massing around "
         "Tina (mobilise reported); the UNHCR relocation Tine→Iriba, WFP cargo planes landing at Abeche, refugees fleeing, "
         "N'Djamena reopening the Adre crossing and the headline are not movements; محمد إدريس ديبي إتنو holds إدري.",
 "qns2": "Sudanese pro-army site (Al-Hakim News) from Tina: the RSF attack on Tina (advance reported), the RSF falling "
         "back from around Tina towards Wadi Howar (withdraw reported), an air force transport Ad-Dabbah→Tina with "
         "ammunition and special forces (airlift reported), the joint force's planned advance Tina→Kutum, its denied "
         "crossing Tina→Tine and the RSF threat to return to Tina unless the joint force leaves (conditional); the "
         "civilians fleeing Tina→«الطينة التشادية» (Chadian Tine, same surface as Sudanese Tina), El Fasher's fall, "
         "Port Sudan accusing N'Djamena and «متحرك الصحراء» are not movements or movement places.",
 "qns3": "OCHA flash update on eastern Chad, retold: 400 soldiers Fada→Bahai and Tine (deploy reported), a battalion "
         "Abeche→the Adre crossing if fighting reaches Geneina (reinforce conditional), RSF gunmen Tina→outskirts of "
         "Bahai denied by the Ennedi-Est authorities (advance denied), an army unit escorting the inter-agency convoy "
         "Iriba→Amdjarass on 18 March (deploy planned); refugee arrivals, the WFP convoy Abeche→Iriba, the UNHCR "
         "relocation from the Adre crossing to Ouaddai, UNHAS flights N'Djamena–Abeche, refugees heading to Kufra via "
         "Ounianga Kebir and the placeless bullet «عززت السلطات التشادية وجودها العسكري» are not movements.",
 "qns4": "French paper L'Opinion rendered in Arabic, from Paris, on Chad's north-east: two C-130s carrying special forces "
         "N'Djamena→Fada (airlift reported), a Chadian armoured unit at Ounianga Serir (deploy reported; Ounianga Kebir "
         "only a distance reference), the planned move of the military-zone HQ Faya→Ounianga Kebir (redeploy planned), "
         "fuel-and-ammunition convoys of LNA-aligned units Kufra→Al Malha via the border triangle denied by the LNA "
         "(shipment denied) and a battalion Ounianga Kebir→the border with Libya if the reports are confirmed "
         "(deploy conditional); the 2025 handover of the Abeche base, the Kufra–Ennedi track, Benghazi as the command's "
         "seat, N'Djamena as government, the UAE and the disputed cargo flights to Amdjarass are not movements.",
 "qns5": "Benghazi weekly Mayadin from Kufra: Tariq bin Ziyad reinforcements Ajdabiya→Kufra via Jalu (reinforce "
         "reported), Subul al-Salam patrols Maaten al-Sarra base→the border with Chad next week (deploy planned), no "
         "advance to the border triangle unless ordered or fired upon (advance conditional), a denied pull-out Maaten "
         "al-Sarra base→Kufra (withdraw denied) and a Chadian army column Fada→Ounianga Kebir reported by drivers "
         "(deploy reported); Ounianga Kebir as the end of the track, the commercial trucks and migrants on the "
         "Kufra–Fada line, refugees from El Fasher and Al Malha, the government in Benghazi and «الكفرة تدفع» are not "
         "movements or movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qns1", "qns2", "qns3", "qns4", "qns5")
