# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                  # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                    # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 "kenya": ("country", "KE", 0.15506, 37.44797, "Kenya"),                                   # G
 "djibouti": ("country", "DJ", 11.82060, 42.49622, "Djibouti"),                            # G
 "djibouti_city": ("city", "DJ", 11.58901, 43.14503, "Djibouti (city)"),                   # G
 # Kufra and south-eastern Libya
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                     # G
 "kufra_mun": ("district", "LY", 23.30855, 22.08059, "Al Kufra municipality"),             # G* (district row LY-KF)
 "kufra_ap": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                       # G
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                  # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),        # G* (row مثلث العوينات)
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                         # G* (row مثلث العوينات)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),                  # G* (row الحدود الليبية السودانية)
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                  # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                                 # G
 "hawari": ("village", "LY", 24.31667, 23.16667, "Al Hawwari"),                            # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                                 # G* (row تازربو, written تازيربو)
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                       # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                       # G
 "messla": ("oilfield", "LY", 27.97472, 22.35833, "Messla oil field"),                     # G
 # the rest of Libya
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "benghazi_port": ("crossing", "LY", 32.11, 20.05, "Port of Benghazi"),                    # K
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                          # G
 "benina_ap": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),       # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                               # G (row أجدابيا, written اجدابيا)
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                              # G* (point of row قاعدة الجفرة الجوية, near Waddan/Hun)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                       # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                        # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 # Sudan
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                  # G
 "howar": ("region", "SD", 17.3, 26.0, "Wadi Howar"),                                      # K
 "n_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                       # G
 "atrun": ("town", "SD", 18.18, 26.60, "Al Atrun (Bir Natrun)"),                           # K
 "tina": ("town", "SD", 15.04, 22.84, "Tina (Sudan)"),                                     # K
 "border_sd_td": ("region", "SD", 15.27115, 23.08771, "Sudan-Chad border"),                # G* (row الحدود السودانية التشادية)
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                                 # G
 "dongola_ap": ("airport", "SD", 19.1539, 30.4301, "Dongola Airport"),                     # K
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                            # G
 "northern": ("district", "SD", 19.45943, 29.85719, "Northern State"),                     # G
 "dabbah": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                                # G* (row spelled الدبه)
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                                # G
 "kutum": ("town", "SD", 14.20000, 24.66667, "Kutum"),                                     # G
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                     # G
 # Chad and Egypt
 "adre_crossing": ("crossing", "TD", 13.46648, 22.19875, "Adré crossing"),                 # G* (town row أدري)
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                             # G
 "ennedi": ("region", "TD", 17.04167, 21.86278, "Ennedi Plateau"),                         # G
 "tine": ("town", "TD", 15.02528, 22.80222, "Tiné"),                                       # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                              # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "oweinat_ap": ("airport", "EG", 22.58570, 28.71660, "Shark El Oweinat International Airport"),  # G
}

LNA, SAG, FF = "Libyan National Army", "Sudanese armed groups", "Foreign fighters"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "cj1": ["السودانيين", "راديو دبنقا", "الآبار المالحة", "لا أدري", "الجيش السوداني", "كتيبة سبل السلام",
         "الأراضي الليبية"],
 "cj2": ["سودان تربيون", "الجيش السوداني", "خليفة حفتر", "الكولومبيين"],
 "cj3": ["DW عربية", "اللهجة السودانية", "كل زاوية", "السودانيين", "مصري", "جلال الطرابلسي"],
 "cj4": ["درع الكفرة", "الجيش الليبي", "الجيش الوطني الليبي", "اللواء طارق بن زياد", "العين الإخبارية",
         "الجيش السوداني", "مدرسة طرابلس"],
 "cj5": ["التغيير", "كتيبة سبل السلام", "الجانب التشادي", "السودانية", "كولومبي"],
}

PHEN = {
 "cj1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_neighbours", "countries"],
 "cj2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "coverage_crossings", "coverage_neighbours", "countries"],
 "cj3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "cj4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "cj5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "coverage_oil", "coverage_crossings", "countries"],
}

MOVES = {
 "cj1": [
  mv("advance", "reported", SAG, ["المالحة"], ["العطرون"]),
  mv("withdraw", "reported", None, ["المثلث الحدودي"]),
  mv("deploy", "reported", LNA, ["الكفرة"], ["جبل العوينات", "الحدود مع السودان"]),
  mv("reinforce", "planned", LNA, ["بنغازي"], ["قاعدة معطن السارة"]),
  mv("advance", "denied", SAG, [], ["الكفرة"]),
  mv("withdraw", "conditional", SAG, ["وادي هور"], ["الطينة"]),
 ],
 "cj2": [
  mv("airlift", "reported", None, ["بورتسودان"], ["مطار دنقلا"]),
  mv("mobilise", "reported", SAG, [], ["الدبة"]),
  mv("advance", "conditional", None, [], ["جبل العوينات"], ["العطرون"]),
  mv("withdraw", "planned", SAG, ["المثلث الحدودي"], ["الفاشر"]),
  mv("naval_landing", "denied", FF, [], ["ميناء بنغازي"]),
  mv("deploy", "denied", FF, ["ميناء بنغازي"], ["المثلث الحدودي"], ["الكفرة"]),
 ],
 "cj3": [
  mv("redeploy", "reported", LNA, ["إدري"], ["الكفرة"], ["الجفرة", "جالو"]),
  mv("shipment", "reported", LNA, ["اجدابيا"], ["الكفرة"]),
  mv("withdraw", "denied", LNA, ["قاعدة معطن السارة"]),
  mv("deploy", "conditional", LNA, [], ["الحدود مع السودان"]),
  mv("reinforce", "planned", "Egyptian army", [], ["مطار شرق العوينات"]),
 ],
 "cj4": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("shipment", "reported", LNA, ["بنغازي"], ["الكفرة"], ["جالو"]),
  mv("mobilise", "planned", LNA, [], ["ربيانة", "الهواري"]),
  mv("redeploy", "conditional", LNA, ["تازيربو"], ["معطن السارة"]),
  mv("airlift", "denied", LNA, ["مطار الكفرة"], ["نيالا"]),
 ],
 "cj5": [
  mv("withdraw", "reported", SAG, ["وادي هور"], ["الكفرة"], ["المثلث الحدودي"]),
  mv("mobilise", "denied", SAG, [], ["ربيانة"]),
  mv("deploy", "planned", None, [], ["تيني"]),
  mv("advance", "conditional", SAG, [], ["الطينة"]),
  mv("naval_landing", "reported", FF, [], ["ميناء بنغازي"]),
  mv("airlift", "reported", FF, ["مطار بنينا"], ["مطار الكفرة"]),
 ],
}

NOTES = {
 "cj1": ("Radio Dabanga, Kufra: refugees from Al Malha/Wadi Howar reach Kufra via the border triangle (not a movement); "
         "RSF column Al Malha->Al Atrun (advance, reported); flashback: SAF left the triangle in June 2025 (withdraw, "
         "reported, actor null); Subul al-Salam patrols Kufra->Jebel Uweinat and the Sudan border (deploy, reported); "
         "a company Benghazi->Maaten al-Sarra base (reinforce, planned «تعتزم»); RSF denies approaching Kufra (advance, "
         "denied); joint force would pull back Wadi Howar->Tina «إذا» (withdraw, conditional). Aid convoy from Benghazi "
         "and the refugees' journey are not movements; «لا أدري» and «الآبار المالحة» are traps."),
 "cj2": ("Sudan Tribune, Port Sudan: SAF airlift Port Sudan->Dongola airport (reported; SAF actor null; the headline "
         "«إلى دنقلا» is the same move); joint force massing in Ad Dabbah (mobilise, reported); SAF move to Jebel Uweinat "
         "via Al Atrun «إذا لم تنسحب» (advance, conditional); RSF to pull part of its triangle force back to El Fasher "
         "(withdraw, planned «تعتزم»); alleged landing of Colombian mercenaries at Benghazi port and their transfer via "
         "Kufra to the triangle, denied by the LNA (naval_landing + deploy, denied). Al Malha is only the source; "
         "Djibouti city (meeting) vs Djibouti country; families fleeing El Fasher/Kutum are not movements."),
 "cj3": ("DW Arabic, Benghazi: refugees via the Adré crossing, Amdjarass and Ennedi (not movements); LNA infantry battalion "
         "Idri->Kufra via Jufra and Jalu (redeploy, reported); 30 trucks of ammunition and fuel from Ajdabiya (shipment, "
         "reported; destination Kufra by anaphora «الواحة»); pull-out from Maaten al-Sarra base denied (withdraw, "
         "denied); a brigade to the Sudan border «إذا اقتربت المعارك» (deploy, conditional; the triangle is only the "
         "condition); Egyptian reinforcements to Shark El Oweinat airport «تعتزم» (reinforce, planned). Deportations, "
         "the GNU medicine plane to Kufra airport are not movements; Idri (LY) vs Adré (TD, «أدري»)."),
 "cj4": ("Al-Ain News, Cairo: LNA operation «درع الكفرة» (trap): two companies Benina air base->Kufra airport (airlift, "
         "reported); 45-truck supply column Benghazi->Kufra via Jalu (shipment, reported; the Sarir and Messla fields are "
         "a purpose); volunteers to be massed in Rebiana and Al Hawari (mobilise, planned); units Tazirbu->Maaten al-Sarra "
         "«في حال» (redeploy, conditional); military cargo flights Kufra airport->Nyala denied (airlift, denied). The GNU "
         "aid plane and the refugees in «مدرسة طرابلس» (trap) are not movements."),
 "cj5": ("Al-Tagheer, Kufra: ~200 joint-force fighters fall back Wadi Howar->Kufra via the triangle (withdraw, reported) "
         "on the same trucks as 600 civilians (not a movement); disarmed fighters taken to a camp (no place); massing in "
         "Rebiana denied (mobilise, denied); Chad to send a battalion to Tiné «ستنشر» (deploy, planned; actor null); RSF "
         "threat to enter Tina «إذا» (advance, conditional); UN panel: Colombian mercenaries landed at Benghazi port "
         "(naval_landing, reported) and flown Benina airport->Kufra airport (airlift, reported). N'Djamena is the speaker; "
         "Tina (SD) vs Tiné (TD)."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("cj1", "cj2", "cj3", "cj4", "cj5")
