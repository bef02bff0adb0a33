# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # Sudan: North Darfur, the northern desert, the Nile
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "malha_loc": ("district", "SD", 15.13330, 26.20000, "Al Malha locality"),              # G* (town row)
 "howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                           # G
 "karb": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                           # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "ndarfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                     # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "kutum": ("town", "SD", 14.20000, 24.66667, "Kutum"),                                  # G
 "tina_sd": ("town", "SD", 15.035, 22.835, "Tina (Sudan)"),                             # K
 "tina_xing": ("crossing", "SD", 15.035, 22.835, "Tina border crossing"),               # K
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                              # G
 "northern": ("district", "SD", 19.45943, 29.85719, "Northern State"),                  # G
 "dabbah": ("town", "SD", 18.050, 30.950, "Ad Dabbah"),                                 # K
 "omdurman": ("city", "SD", 15.64453, 32.47773, "Omdurman"),                            # G
 "portsudan_port": ("crossing", "SD", 19.600, 37.225, "Port of Port Sudan"),              # K
 "heglig": ("oilfield", "SD", 9.99940, 29.39860, "Heglig oil field"),                   # G
 "kordofan": ("region", "SD", 13.18420, 30.21670, "Kordofan"),                          # G
 "merowe": ("town", "SD", 18.48330, 31.81670, "Merowe"),                                # G
 "wadihalfa": ("town", "SD", 21.79577, 31.37129, "Wadi Halfa"),                         # G
 "tripoint_sd": ("region", "SD", 19.45, 24.25, "Sudan-Libya-Chad border triangle (Sudanese side)"),  # K
 "border_sd_ly": ("region", "SD", 20.5, 25.2, "Sudan-Libya border (Sudanese side)"),   # K
 "border_sd_ly2": ("region", "SD", 21.0, 25.05, "Sudan-Libya border"),                 # K
 # Libya: Kufra and the south-east
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "se_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                  # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "tripoint": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),     # G (row مثلث العوينات)
 "uwaynat_se": ("region", "LY", 21.95, 24.85, "Al-Uwaynat area (south-east Libya)"),    # K
 "jebel_uw": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                           # K
 # Egypt: the southern and south-western border
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "aswan": ("city", "EG", 24.09082, 32.89942, "Aswan"),                                  # G
 "aswan_gov": ("district", "EG", 23.64102, 32.82169, "Aswan Governorate"),              # G
 "abusimbel": ("town", "EG", 22.34570, 31.61624, "Abu Simbel"),                         # G
 "argeen": ("crossing", "SD", 22.00000, 31.25000, "Argeen land port"),                  # G
 "berenice": ("base", "EG", 23.93330, 35.48330, "Berenice Military Base"),              # G
 "ew_airport": ("airport", "EG", 22.58570, 28.71660, "Shark El Oweinat International Airport"),  # G
 "ew_town": ("town", "EG", 22.58570, 28.71660, "Sharq al-Owainat"),                     # G* (airport row)
 "newvalley": ("district", "EG", 24.79939, 28.92955, "New Valley Governorate"),         # G
 "border_eg_sd": ("region", "EG", 22.22287, 31.25544, "Egypt-Sudan border (Egyptian side)"),  # G* / G (row الحدود المصرية السودانية)
 # elsewhere
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G* (row London)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "amdjarass_ap": ("airport", "TD", 16.06666, 22.83536, "Amdjarass airport"),            # G* (town row أم جرس)
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                     # G
 "djibouti_city": ("city", "DJ", 11.58901, 43.14503, "Djibouti"),                       # G
}

TRAPS = {
 "qhy1": ["سونا", "القوات المسلحة السودانية", "القوة المشتركة", "الصحراء الكبرى", "الدعم السريع", "الآبار المالحة",
          "الليبية", "كامل إدريس"],
 "qhy2": ["دارفور 24", "الدعم السريع", "القوة المشتركة", "كتمان", "حامد أبو شوك", "الليبية"],
 "qhy3": ["مونت كارلو الدولية", "الجيش الوطني الليبي", "كتيبة سبل السلام", "الدعم السريع", "عبد السلام الطرابلسي",
          "الأنباء السارة", "الصراع السوداني"],
 "qhy4": ["صدى البلد", "القوات المسلحة المصرية", "تعزيزات مصرية", "طائرات مصرية", "الدعم السريع", "عادل العريشي",
          "الشأن الداخلي السوداني", "الأسر السودانية"],
 "qhy5": ["القدس العربي", "الحرب السودانية", "الجيش السوداني", "الدعم السريع", "القوة المشتركة", "محمد إدريس ديبي",
          "حماة النيل", "قطع بحرية مصرية"],
}

PHEN = {
 "qhy1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "qhy2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "coverage_crossings", "coverage_neighbours", "countries"],
 "qhy3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_oil", "coverage_neighbours", "countries"],
 "qhy4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qhy5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase",
          "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


SAG, LNA, EGY = "Sudanese armed groups", "Libyan National Army", "Egyptian army"

MOVES = {
 "qhy1": [
  mv("advance", "reported", SAG, ["مليط"], ["المالحة"]),
  mv("withdraw", "reported", SAG, ["المالحة"], ["وادي هور"]),
  mv("mobilise", "reported", SAG, [], ["كرب التوم"]),
  mv("advance", "planned", SAG, ["دنقلا"], ["كرب التوم"]),
  mv("advance", "conditional", SAG, [], ["المثلث الحدودي"]),
  mv("withdraw", "denied", SAG, ["الطينة"]),
 ],
 "qhy2": [
  mv("mobilise", "reported", SAG, [], ["وادي هور"]),
  mv("shipment", "reported", SAG, ["الكفرة"], ["كرب التوم"], ["العوينات"]),
  mv("advance", "planned", SAG, ["وادي هور"], ["المالحة"]),
  mv("reinforce", "conditional", SAG, [], ["كتم"]),
  mv("deploy", "denied", SAG, [], ["جبل العوينات"]),
 ],
 "qhy3": [
  mv("reinforce", "reported", LNA, ["بنغازي"], ["الكفرة"], ["جالو"]),
  mv("deploy", "reported", LNA, ["الكفرة"], ["قاعدة معطن السارة", "الحدود مع السودان"]),
  mv("advance", "conditional", LNA, [], ["مثلث العوينات"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("redeploy", "reported", LNA, ["حقل السرير"], ["تازربو"]),
  mv("shipment", "denied", LNA, ["الكفرة"], ["كرب التوم"]),
 ],
 "qhy4": [
  mv("reinforce", "reported", EGY, ["أسوان"], ["منفذ أرقين"], ["أبوسمبل"]),
  mv("airlift", "reported", EGY, ["قاعدة برنيس العسكرية"], ["مطار شرق العوينات"]),
  mv("deploy", "planned", EGY, [], ["شرق العوينات"]),
  mv("advance", "conditional", EGY, [], ["جبل العوينات"]),
  mv("airlift", "denied", EGY, ["أسوان"], ["مروي"]),
  mv("naval_landing", "denied", EGY, [], ["ميناء بورتسودان"]),
 ],
 "qhy5": [
  mv("redeploy", "reported", SAG, ["أمدرمان"], ["الدبة"]),
  mv("shipment", "reported", SAG, ["الكفرة"], ["المالحة"], ["وادي هور"]),
  mv("advance", "planned", SAG, ["الدبة"], ["كرب التوم"]),
  mv("deploy", "conditional", LNA, ["تازربو"], ["العوينات"]),
  mv("airlift", "denied", None, [], ["مطار أم جرس"]),
  mv("naval_landing", "reported", EGY, ["قاعدة برنيس العسكرية"], ["ميناء بورتسودان"]),
 ],
}

NOTES = {
 "qhy1": "SUNA from Port Sudan: SAF and the joint forces advance Mellit→Al-Malha, the RSF withdraw Al-Malha→Wadi Howar, "
         "the RSF mass vehicles in Karb al-Tom, a planned column Dongola→Karb al-Tom, a conditional push to the border "
         "triangle if supplies still come across the border with Libya (the border only the condition), and a denied "
         "pull-out of the joint forces from Tina. El Fasher is a distance reference, Kuwait (city) only the venue of the "
         "PM's press conference, Malha locality beside the town; 'the salty wells' and 'Kamil Idris' are traps.",
 "qhy2": "Darfur 24 from Kutum: the RSF mass 150 vehicles in Wadi Howar after losing Al-Malha (losing control is not a "
         "move), a fuel-and-ammunition convoy Kufra→Karb al-Tom via the Al-Uwaynat area (witnesses), a planned RSF move "
         "Wadi Howar→Al-Malha, a conditional reinforcement to Kutum (Kutum is also the dateline; only the quote's "
         "mention is the destination), and a denied RSF presence in Jebel Uweinat. The border triangle, Chad and the "
         "Tina crossing (aid route) and Darfur's camps are not movement places; 'كتمان' is a common-word trap.",
 "qhy3": "Monte Carlo Doualiya from Kufra: an LNA column Benghazi→Kufra via Jalu, Subul al-Salam companies Kufra→Maaten "
         "al-Sarra base and the border with Sudan, a conditional advance to the Uweinat triangle, a planned Ilyushin "
         "airlift Benina→Kufra airport, a company moved Sarir field→Tazirbu (the road to Kufra only its purpose), and a "
         "denied ammunition convoy Kufra→Karb al-Tom. Tripoli is the GNU speaker's city, the last paragraph's triangle "
         "is background; 'good news' (السارة) and al-Trabelsi are traps.",
 "qhy4": "Sada El Balad from Cairo: Egyptian reinforcements Aswan→Argeen land port via Abu Simbel (written أبوسمبل), a "
         "commando airlift Berenice base→Sharq al-Owainat airport (the border with Sudan only a distance reference), a "
         "planned border-guard battalion to Sharq al-Owainat, a conditional advance towards Jebel Uweinat (the "
         "Egypt-Sudan border only the condition), and a denied claim of an ammunition airlift Aswan→Merowe and a marine "
         "landing at Port Sudan port. The governor of Aswan = the governorate; travellers from Wadi Halfa are civilians.",
 "qhy5": "Al-Quds Al-Arabi from London: SAF moves an armoured brigade Omdurman (أمدرمان)→Ad Dabbah, a UN panel documents "
         "RSF supply convoys Kufra→Al-Malha via Wadi Howar (the later recapture names no place and adds no move), the "
         "joint forces plan to move 3,000 fighters Ad Dabbah→Karb al-Tom, LNA units in Tazirbu would deploy to "
         "Al-Uwaynat if the border is crossed, Chad denies arms flights landing at Amdjarass airport (unnamed cargo "
         "planes, actor null), and Egyptian marines were landed at Port Sudan port from Berenice base. N'Djamena "
         "(إنجامينا), Cairo, Djibouti (city), Tripoli and London are speakers, venues or datelines; Heglig is lost, not "
         "moved to.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qhy1", "qhy2", "qhy3", "qhy4", "qhy5")
