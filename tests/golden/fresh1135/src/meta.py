# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "oweinat_airport": ("airport", "EG", 22.58570, 28.71660, "Sharq El Oweinat Airport"),  # G
 # Chad
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G* (row نجامينا, written أنجمينا)
 "adre": ("town", "TD", 13.46648, 22.19875, "Adre"),                                    # G
 "adre_crossing": ("crossing", "TD", 13.47, 22.23, "Adre border crossing"),             # K
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abeche"),                                # G
 "ouaddai": ("district", "TD", 13.56770, 21.24132, "Ouaddai Province"),                 # G* (row واداي, written إقليم وداي)
 "tine": ("town", "TD", 15.02528, 22.80222, "Tine"),                                    # G
 "bahai": ("town", "TD", 15.55000, 22.90000, "Bahai"),                                  # G
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                          # G
 "border_td_sd": ("region", "TD", 15.25834, 22.83250, "Chad-Sudan border (Chad side)"),  # G* (row الحدود التشادية السودانية)
 "east_chad": ("region", "TD", 15.37168, 20.30227, "Eastern Chad"),                     # G
 "ennedi": ("region", "TD", 17.04167, 21.86278, "Ennedi"),                              # G
 "ennedi_ouest": ("district", "TD", 18.50000, 21.40000, "Ennedi-Ouest Province"),       # G* (row إنيدي الغربية, region)
 "fada": ("town", "TD", 17.19186, 21.58081, "Fada"),                                    # G* (row فدا, written فادا)
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G (also written فايا)
 "faya_airport": ("airport", "TD", 17.91710, 19.11110, "Faya-Largeau Airport"),         # G
 "ounianga": ("town", "TD", 19.05263, 20.48887, "Ounianga Kebir"),                      # G* (row أونيانقا كبير)
 # Sudan
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                        # G
 "tina_sd": ("town", "SD", 15.0330, 22.8180, "Tina (Sudan)"),                           # K
 "kutum": ("town", "SD", 14.20000, 24.66667, "Kutum"),                                  # G
 "geneina": ("city", "SD", 13.45262, 22.44725, "Geneina"),                              # G
 "west_darfur": ("district", "SD", 13.89425, 22.88929, "West Darfur"),                  # G* (row غرب دارفور, written ولاية غرب دارفور)
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "el_fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                          # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                      # G
 "atrun": ("village", "SD", 18.16670, 26.60000, "Al Atrun"),                            # G
 "karb_tom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                       # G
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),            # G
 "dabbah": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                             # G* (row الدبه, written الدبة)
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                              # G
 "kordofan": ("region", "SD", 13.18420, 30.21670, "Kordofan"),                          # G
 "merowe_airport": ("airport", "SD", 18.4433, 31.8433, "Merowe Airport"),               # K
 # Libya
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_jawf": ("town", "LY", 24.19890, 23.29093, "Al Jawf (Kufra)"),                   # G* (Kufra row, whose Arabic names hold الجوف)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "arkenu": ("region", "LY", 22.25000, 24.73000, "Jebel Arkenu"),                        # G
 "jebel_uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                      # K
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا, written الجنوب الليبي)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libya side)"),   # G* (row الحدود الليبية التشادية)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libya side)"),  # G* (row الحدود الليبية السودانية)
}

TRAPS = {
 "qqt1": ["لوبسرفاتور", "قوات الدعم السريع", "الدعم السريع", "الجيش الوطني التشادي", "محمد إدريس ديبي إتنو",
          "السودانية", "السوداني"],
 "qqt2": ["أفق جديد", "الدعم السريع", "متحرك الصحراء", "القوة المشتركة لحركات دارفور", "الجديد"],
 "qqt3": ["تشاد كونفرجنس", "قوات الدعم السريع", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "كتيبة سبل السلام",
          "السودانية"],
 "qqt4": ["رؤية جديدة", "الدعم السريع", "سبل السلام", "قوات درع السودان", "القيادة العامة للقوات المسلحة الليبية",
          "الليبية", "مصري", "سودانيون"],
 "qqt5": ["لو سيتوايان", "كتيبة سبل السلام", "الدعم السريع", "جبهة الوفاق من أجل التغيير في تشاد", "الليبية",
          "التشادي", "التشادية", "السودانيين", "سودانيون", "المنطقة العسكرية الشمالية"],
}

PHEN = {
 "qqt1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qqt2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "vague_area",
          "coverage_neighbours", "countries"],
 "qqt3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "coverage_oil", "coverage_neighbours", "countries"],
 "qqt4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "coverage_neighbours",
          "countries"],
 "qqt5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qqt1": [
  mv("reinforce", "reported", "Chadian army", ["أم جرس"], ["تيني"]),
  mv("deploy", "reported", "Sudanese armed groups", ["كتم"], ["الطينة"]),
  mv("withdraw", "conditional", "Chadian army", ["تيني"], ["باهاي"]),
  mv("deploy", "planned", "Chadian army", ["أبشي"], ["أدري"]),
  mv("shipment", "denied", "Sudanese armed groups", ["أدري"], ["الجنينة"]),
 ],
 "qqt2": [
  mv("advance", "reported", "Sudanese armed groups", ["المالحة"], ["العطرون"], ["وادي هور"]),
  mv("reinforce", "reported", "Sudanese army", ["الدبة"], ["كرب التوم"]),
  mv("advance", "planned", "Sudanese armed groups", [], ["كرب التوم"]),
  mv("redeploy", "conditional", "Sudanese army", ["كرب التوم"], ["جبل العوينات"]),
  mv("withdraw", "denied", "Sudanese armed groups", ["الفاشر"], ["المالحة"]),
 ],
 "qqt3": [
  mv("redeploy", "reported", "Chadian army", ["فايا"], ["فادا"]),
  mv("airlift", "planned", "Chadian army", ["أنجمينا"], ["مطار فايا لارجو"]),
  mv("shipment", "denied", "Sudanese armed groups", ["الكفرة"], ["المالحة"], ["أم جرس"]),
  mv("advance", "conditional", "Chadian armed groups", ["الجنوب الليبي"], ["إنيدي"]),
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["الحدود مع تشاد"]),
 ],
 "qqt4": [
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["المالحة"], ["جبل العوينات"]),
  mv("airlift", "reported", "Sudanese army", ["مطار مروي"], ["دنقلا"]),
  mv("advance", "planned", "Sudanese army", ["كرب التوم"], ["مثلث العوينات"]),
  mv("advance", "denied", "Libyan National Army", ["الكفرة"], ["مثلث العوينات"]),
  mv("deploy", "conditional", "Egyptian army", [], ["مطار شرق العوينات"]),
 ],
 "qqt5": [
  mv("redeploy", "reported", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("deploy", "planned", "Libyan National Army", [], ["جبل أركنو", "الحدود مع السودان"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["المالحة"]),
  mv("reinforce", "conditional", "Chadian army", ["فايا لارجو"], ["أونيانغا الكبير"]),
  mv("redeploy", "denied", "Chadian armed groups", ["الجنوب الليبي"], ["دارفور"]),
 ],
}

NOTES = {
 "qqt1": "Chadian weekly (L'Observateur) from N'Djamena on Tine and Adre: a Chadian armoured battalion Amdjarass→Tine, "
         "RSF units Kutum→Tina (Sudan) deployed in the town, a conditional pull-back of part of the battalion Tine→Bahai "
         "(only if fighting around Tina calms down), a planned company Abeche→Adre, and RSF supply trucks Adre→Geneina "
         "denied by the government; refugees crossing at the Adre crossing from Geneina and West Darfur, UNHCR trucks "
         "Adre→Ouaddai camps (no escort), the RSF's control of Tina, past cargo flights to Amdjarass, the army's mission "
         "on the border with Sudan and the headline (repeats the body) are not movements; N'Djamena and Port Sudan are "
         "dateline/metonymic governments.",
 "qqt2": "Sudanese online magazine (Ufuq Jadid) from Ad-Dabbah (written الدبة) on the northern desert front: an RSF "
         "column Al-Malha→Al-Atrun via Wadi Howar, SAF reinforcements Ad-Dabbah→Karb al-Tom, the RSF's planned advance "
         "on Karb al-Tom, a conditional SAF redeployment Karb al-Tom→Jebel Uweinat (the triangle and Kufra only in the "
         "condition) and a denied RSF pull-out El Fasher→Al-Malha; traders' fuel convoys Kufra→Al-Malha and families "
         "fleeing Al-Atrun→Dongola are civilian; «الطريق إلى ليبيا» is a goal, not a destination; the dateline Ad-Dabbah "
         "and the headline are not movement places.",
 "qqt3": "Chadian opposition-leaning site (TchadConvergence) on fuel convoys through Ennedi: a Chadian battalion Faya "
         "(short form)→Fada (written فادا), a planned military flight N'Djamena→Faya-Largeau airport, the denied armed RSF "
         "fuel convoys Kufra→Al-Malha via Amdjarass, the CCMSR's conditional advance Southern Libya→Ennedi and Subul "
         "al-Salam patrols Kufra→the border with Chad (Libya side); traders' tankers inspected at Ounianga Kebir and Fada, "
         "convoys starting near Sarir field, a clash near Rebiana, the road Faya-Largeau–Ounianga (purpose of the flight) "
         "and the headline are not movements or movement places.",
 "qqt4": "Sudanese pro-army channel (Ru'ya Jadida) from Port Sudan: an RSF-escorted fuel and ammunition convoy Kufra→"
         "Al-Malha via Jebel Uweinat (armed, so a shipment), a SAF airlift Merowe airport→Dongola, a planned SAF advance "
         "Karb al-Tom→the Uweinat triangle, the LNA's denial that Subul al-Salam units moved Kufra→the triangle, and an "
         "Egyptian expert's conditional Egyptian deployment at Sharq El Oweinat airport; air strikes on the Wadi Howar "
         "road, the 2025 loss of the triangle (control, no move), families reaching Dongola from Al-Atrun on trucks and "
         "Cairo/Egypt as observers are not movements or movement places.",
 "qqt5": "Chadian weekly (Le Citoyen) from N'Djamena on Kufra: Subul al-Salam moved two companies Kufra→Maaten al-Sarra "
         "base, a planned company near Jebel Arkenu on the border with Sudan (Libya side), RSF massing at Al-Malha, a "
         "conditional Chadian reinforcement Faya-Largeau→Ounianga Kebir (written أونيانغا الكبير; Kufra only in the "
         "condition) and FACT's denied move Southern Libya→Darfur; refugees Al-Malha→Kufra via Wadi Howar, fuel traders "
         "heading to Chad and Sudan, a WFP plane Benghazi→Kufra airport and families fleeing Darfur are civilian; "
         "الجوف (Kufra's main town) is marked with the Kufra point.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qqt1", "qqt2", "qqt3", "qqt4", "qqt5")
