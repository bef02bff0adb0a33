# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and capitals outside the theatre
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "abu_dhabi": ("city", "AE", 24.45118, 54.39696, "Abu Dhabi"),                          # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G (row gn:2643743)
 # Libya (Kufra, the south-east, the east)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Al Kufra District"),             # G* (row district:LY-KF, written بلدية الكفرة)
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "jebel_uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                      # K
 "tri_sd": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),   # G* (row مثلث العوينات, written المثلث الحدودي)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libya side)"),  # G (row الحدود الليبية السودانية; also written الحدود مع السودان)
 "border_ly_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libya side)"),  # G* (row الحدود الليبية المصرية, written الحدود مع مصر)
 # Sudan
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                        # G
 "omdurman": ("city", "SD", 15.64453, 32.47773, "Omdurman"),                            # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "el_fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                          # G
 "kutum": ("town", "SD", 14.20000, 24.66667, "Kutum"),                                  # G
 "karb_tom": ("region", "SD", 19.50000, 24.50000, "Karb al-Toum"),                      # G
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                      # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "kordofan": ("region", "SD", 13.18420, 30.21670, "Kordofan"),                          # G
 "dabbah": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                             # G (row الدبه, written الدبة)
 "tina_sd": ("town", "SD", 15.0330, 22.8180, "Tina (Sudan)"),                           # K
 "wadi_halfa": ("town", "SD", 21.79577, 31.37129, "Wadi Halfa"),                        # G (row وادى حلفا, written وادي حلفا)
 "argeen": ("crossing", "SD", 22.00000, 31.25000, "Argeen land port"),                  # G
 # Chad
 "tine": ("town", "TD", 15.02528, 22.80222, "Tine"),                                    # G
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                          # G (row أم جرس)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (row نجامينا, written أنجمينا)
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "aswan": ("city", "EG", 24.09082, 32.89942, "Aswan"),                                  # G
 "east_uweinat_airport": ("airport", "EG", 22.58570, 28.71660, "East Oweinat Airport"),  # G
}

TRAPS = {
 "qng1": ["النورس نيوز", "القوات المسلحة السودانية", "الدعم السريع", "الليبية", "وكالة السودان للأنباء",
          "القيادة العامة للجيش الليبي", "ليبيا الحدث", "كتيبة سبل السلام", "الجيش السوداني", "القوة المشتركة", "السودانيين"],
 "qng2": ["مانقو 96", "قوات الدعم السريع", "الدعم السريع", "مختبر البحوث الإنسانية بجامعة ييل", "القوة المشتركة",
          "المياه المالحة", "التشادية", "احتشاد", "جالون"],
 "qng3": ["وكالة أنباء المستقبل", "القيادة العامة للقوات المسلحة العربية الليبية", "الأراضي الليبية", "منطقة الكفرة العسكرية",
          "اللواء 106 مجحفل", "الليبي", "الجانب السوداني", "لاجئ سوداني", "الأنباء السارة",
          "الحكومة الليبية"],
 "qng4": ["النهار المصرية", "مصرية", "قوات حرس الحدود", "قوات الدعم السريع", "الدعم السريع", "الأراضي المصرية",
          "مصري", "الجيش السوداني", "الأمن القومي المصري", "القيادة العامة الليبية", "السودانيين", "ليبياً",
          "سودانياً", "سمير فرج"],
 "qng5": ["العفو الدولية", "منظمة العفو الدولية", "الراي السوداني", "صينية", "الدعم السريع", "التشادية",
          "تشادية", "السودانية", "القيادة العامة الليبية", "مجلس الأمن", "الإماراتية"],
}

PHEN = {
 "qng1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area",
          "border_phrase", "coverage_neighbours", "countries"],
 "qng2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "vague_area", "coverage_neighbours"],
 "qng3": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
          "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "qng4": ["spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qng5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qng1": [
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["المالحة"], ["جبل العوينات", "كرب التوم"]),
  mv("deploy", "denied", "Libyan National Army", ["الكفرة"], ["الحدود مع السودان"]),
  mv("advance", "planned", "Sudanese army", ["الدبة"], ["كرب التوم"]),
  mv("advance", "conditional", "Sudanese army", [], ["المثلث الحدودي"]),
  mv("airlift", "reported", None, ["أبوظبي"], ["مطار الكفرة"]),
 ],
 "qng2": [
  mv("reinforce", "reported", "Sudanese armed groups", ["المالحة"], ["مليط"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["كرب التوم"]),
  mv("withdraw", "denied", "Sudanese armed groups", ["الفاشر"], ["المثلث الحدودي"]),
  mv("advance", "planned", "Sudanese armed groups", ["الطينة"], ["كتم"]),
  mv("advance", "conditional", "Sudanese armed groups", [], ["الطينة"]),
 ],
 "qng3": [
  mv("deploy", "planned", "Libyan National Army", ["قاعدة معطن السارة"], ["الحدود الليبية السودانية"]),
  mv("reinforce", "reported", "Libyan National Army", ["أجدابيا"], ["الكفرة"], ["جالو", "تازربو"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة الخادم"], ["مطار الكفرة"]),
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["المالحة"]),
  mv("advance", "conditional", "Libyan National Army", ["جبل العوينات"], ["المثلث الحدودي"]),
 ],
 "qng4": [
  mv("reinforce", "reported", "Egyptian army", ["أسوان"], ["مطار شرق العوينات"]),
  mv("advance", "reported", "Sudanese armed groups", ["كرب التوم"], ["جبل العوينات"]),
  mv("shipment", "reported", None, ["الكفرة"], ["دارفور"], ["المثلث الحدودي"]),
  mv("airlift", "denied", "Egyptian army", ["مطار شرق العوينات"], ["الدبة"]),
  mv("deploy", "conditional", "Egyptian army", [], ["المثلث الحدودي"]),
  mv("deploy", "planned", "Libyan National Army", ["الكفرة"], ["الحدود مع مصر"]),
 ],
 "qng5": [
  mv("airlift", "reported", None, ["أبوظبي", "بنغازي"], ["مطار الكفرة"]),
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["كردفان"], ["المثلث الحدودي", "المالحة"]),
  mv("shipment", "reported", None, ["أم جرس"], ["الطينة"], ["تيني"]),
  mv("deploy", "denied", "Chadian army", ["أم جرس"], ["تيني"]),
  mv("shipment", "denied", "Libyan National Army", [], ["السودان"]),
  mv("deploy", "planned", "Libyan National Army", ["الكفرة"], ["ربيانة", "تازربو"]),
  mv("advance", "conditional", "Sudanese army", [], ["كرب التوم"]),
 ],
}

NOTES = {
 "qng1": "Sudanese army-aligned site (Alnawras News) from Port Sudan: the army spokesman's account of an RSF "
         "convoy of ammunition and fuel Kufra→Al-Malha via Jebel Uweinat and Karb al-Toum (shipment reported), "
         "the LNA's denial that Subul al-Salam escorted convoys Kufra→the border with Sudan (Libya side), a "
         "planned army column Ad-Dabbah (written الدبة, gazetteer الدبه)→Karb al-Toum, the army's conditional "
         "advance on the border triangle («لن تتقدم ... إلا إذا») and six Ilyushin cargo flights Abu Dhabi→Kufra "
         "airport seen by trackers (actor null); the RSF's 2025 control of the triangle, the joint force's control of "
         "Wadi Howar, Benghazi and Abu Dhabi as governments, and refugees El Fasher/Mellit→Kufra are not movements. "
         "المثلث الحدودي is the Libya–Egypt–Sudan triangle here (not the gazetteer's Libya–Algeria–Niger row).",
 "qng2": "Sudanese private radio (Mango 96) from Omdurman: RSF reinforcements Al-Malha→Mellit, a traders' convoy "
         "Kufra (written الكفره)→Mellit via Karb al-Toum (civilian, no move), Yale HRL's satellite images of 120 "
         "vehicles massing at Karb al-Toum (mobilise reported), the RSF's denial of a pull-out El Fasher→the border "
         "triangle, the joint force's planned advance Tina (Sudan)→Kutum and the RSF's conditional advance on Tina "
         "(Kutum only in the condition); residents fleeing Mellit→Tina/Tiné are civilian; «المياه المالحة» (salty "
         "water) holds Al-Malha.",
 "qng3": "East Libyan agency (Al-Mustaqbal News Agency) from Kufra: a planned move of three LNA companies Maaten "
         "al-Sarra base→fixed posts on the Libya–Sudan border, an LNA column Ajdabiya→Kufra via Jalu and Tazirbu, an "
         "LNA transport plane Al-Khadim base→Kufra airport with military police, the LNA's denial of Port Sudan's "
         "accusation of arms convoys Kufra→Al-Malha, and a conditional advance Jebel Uweinat→border triangle; the "
         "headline repeats the body; Benghazi (press conference, medicine shipment), Port Sudan (accuser), Egypt "
         "(coordination), Kufra district (refugee numbers), El Fasher/Mellit (refugees' origin) are not movement "
         "places; «منطقة الكفرة العسكرية» and «الأنباء السارة» are traps.",
 "qng4": "Egyptian site (Al-Nahar Egypt) from Cairo: Egyptian border-guard reinforcements Aswan→East Oweinat airport, "
         "RSF columns advancing Karb al-Toum→Jebel Uweinat (trackers), fuel-and-ammunition convoys Kufra→Darfur via "
         "the border triangle (actor null), Egypt's denial of military transport flights East Oweinat airport→"
         "Ad-Dabbah, a conditional Egyptian deployment at the triangle and a planned LNA company Kufra→the border "
         "with Egypt (Libya side); Cairo as government, Jebel Uweinat as a reference («شمال جبل العوينات») and buses "
         "of returnees Aswan→Wadi Halfa via Argeen (civilian) are not movement places.",
 "qng5": "Sudanese site (Al-Rai Al-Sudani) from London retelling an Amnesty International report: 38 cargo flights "
         "Abu Dhabi/Benghazi→Kufra airport (actor null), RSF-escorted overland loads Kufra→Kordofan via the border "
         "triangle and Al-Malha, a second route Amdjarass→Tina via Tiné (actor null), Chad's denial that its army "
         "escorted trucks Amdjarass→Tiné, the LNA's denial of any arms to Sudan, a planned LNA move Kufra→new "
         "checkpoints at Rebiana and Tazirbu, and the Sudanese army's conditional advance on Karb al-Toum; "
         "N'Djamena (written أنجمينا) denying in the headline and Darfur/Sudan under the arms embargo are not moves.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qng1", "qng2", "qng3", "qng4", "qng5")
