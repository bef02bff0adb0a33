# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 # Libya: Kufra and the south-east
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 23.30855, 22.08059, "Kufra municipality"),             # G* (district row الكفرة)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                            # K
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"), # G* (row مثلث العوينات)
 "arkenu": ("region", "LY", 22.25000, 24.73000, "Jebel Arkenu"),                        # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G (row قاعدة معطن السارة)
 "southeast": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),              # G* (row جنوب شرق ليبيا)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "messla": ("oilfield", "LY", 27.97472, 22.35833, "Messla oil field"),                  # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                               # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 # Sudan
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "kutum": ("town", "SD", 14.20000, 24.66667, "Kutum"),                                  # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "ndarfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                     # G
 "howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                           # G
 "karb": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                           # G
 "border_sd_ly": ("region", "SD", 19.85, 24.60, "Sudan-Libya border (Sudanese side)"),  # K
 "dabba": ("town", "SD", 18.05, 30.95, "Al Dabbah"),                                    # K
 "northern": ("district", "SD", 19.45943, 29.85719, "Northern State"),                  # G
 "dongola_airport": ("airport", "SD", 19.154, 30.430, "Dongola Airport"),               # K
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "suakin_port": ("crossing", "SD", 19.105, 37.335, "Port of Suakin"),                   # K
 "flamingo": ("base", "SD", 19.655, 37.220, "Flamingo Naval Base"),                     # K
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G* (row خرطوم)
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "eoweinat": ("town", "EG", 22.58, 28.72, "East Oweinat"),                              # K
 "border_eg_sd": ("region", "EG", 22.22287, 31.25544, "Egypt-Sudan border (Egyptian side)"),  # G* (row الحدود المصرية السودانية)
 "argeen": ("crossing", "SD", 22.00000, 31.25000, "Argeen land port"),                  # G (row منفذ أرقين)
 "berenice": ("base", "EG", 23.93330, 35.48330, "Berenice Military Base"),              # G
 "safaga": ("town", "EG", 26.74906, 33.93891, "Safaga"),                                # G
 "aswan": ("city", "EG", 24.09082, 32.89942, "Aswan"),                                  # G
 "aswan_gov": ("district", "EG", 23.64102, 32.82169, "Aswan Governorate"),              # G
 # Chad, Kuwait
 "adre": ("crossing", "TD", 13.46648, 22.19875, "Adré border crossing"),                # G* (town row أدري, kind crossing)
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
}

TRAPS = {
 "qcq1": ["القدس العربي", "سبل السلام", "طارق بن زياد", "الجيش الوطني الليبي", "السودانية", "مالياً"],
 "qcq2": ["سونا", "الجيش الوطني الليبي", "السودانية", "جيش تحرير السودان", "كامل إدريس", "الكويتية", "ليبية"],
 "qcq3": ["الجريدة", "سبل السلام", "أحمد الطرابلسي", "الهلال الأحمر الكويتي", "الجيش الليبي", "سوداني"],
 "qcq4": ["الوفد", "مصرية", "السودانية", "سرت", "مصريتين", "ليبية", "الليبي"],
 "qcq5": ["الراكوبة", "الدنقلاوي", "محمد إدريس ديبي", "التشادي"],
}

PHEN = {
 "qcq1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours",
          "countries"],
 "qcq2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
          "coverage_neighbours", "countries"],
 "qcq3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "countries"],
 "qcq4": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qcq5": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_idri", "border_phrase",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qcq1": [
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["جبل العوينات"], ["جبل أركنو"]),
  mv("shipment", "reported", "Libyan National Army", ["حقل السرير"], ["الكفرة"]),
  mv("reinforce", "planned", "Libyan National Army", ["بنغازي"], ["الكفرة"], ["اجدابيا", "جالو"]),
  mv("withdraw", "denied", "Libyan National Army", ["قاعدة معطن السارة الجوية"], ["الكفرة"]),
  mv("advance", "conditional", "Libyan National Army", [], ["المثلث الحدودي"]),
 ],
 "qcq2": [
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["المالحة"], ["المثلث الحدودي", "وادي هور"]),
  mv("reinforce", "reported", "Sudanese armed groups", ["مليط"], ["المالحة"]),
  mv("advance", "conditional", "Sudanese armed groups", ["الدبة"], ["المالحة"]),
  mv("airlift", "planned", "Sudanese armed groups", ["بورت سودان"], ["مطار دنقلا"]),
  mv("naval_landing", "reported", "Sudanese armed groups", ["قاعدة فلامنغو البحرية"], ["ميناء سواكن"]),
 ],
 "qcq3": [
  mv("redeploy", "reported", "Libyan National Army", ["تازربو"], ["الكفرة"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["الكفرة"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("withdraw", "conditional", "Libyan National Army", ["ربيانة"]),
  mv("advance", "denied", "Sudanese armed groups", [], ["العوينات"]),
 ],
 "qcq4": [
  mv("deploy", "reported", "Egyptian army", ["شرق العوينات"], ["الحدود مع السودان"]),
  mv("naval_landing", "reported", "Egyptian army", ["سفاجا"], ["قاعدة برنيس العسكرية"]),
  mv("reinforce", "conditional", "Egyptian army", ["أسوان"], ["شرق العوينات"]),
  mv("airlift", "denied", "Egyptian army", [], ["مطار الكفرة"]),
  mv("redeploy", "planned", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
 ],
 "qcq5": [
  mv("mobilise", "reported", "Sudanese armed groups", [], ["كرب التوم"]),
  mv("deploy", "planned", "Sudanese armed groups", ["الدبة"], ["وادي هور"]),
  mv("advance", "conditional", "Sudanese armed groups", [], ["الدبة"]),
  mv("airlift", "denied", None, ["مطار الكفرة"], ["المالحة"]),
 ],
}

NOTES = {
 "qcq1": "Subul al-Salam (LNA) company Kufra→Jebel Uweinat via Jebel Arkenu; a fuel/ammunition convoy Sarir field→Kufra "
         "(Kufra written 'المدينة', resolved); a planned Tariq bin Ziyad battalion Benghazi→Kufra via Ajdabiya and Jalu "
         "(Al-Rajma = speaker's seat, first Benghazi only its locator, the border with Sudan only the purpose); a denied "
         "pull-out Maaten al-Sarra air base→Kufra; a conditional advance to the border triangle (Karb al-Tom only the "
         "condition). Tripoli and the last Benghazi are seats of the rival governments.",
 "qcq2": "SUNA: the Sudanese army's charge that an LNA force escorted 35 trucks Kufra→Al Malha via the triangle and Wadi "
         "Howar, denied by the LNA in Benghazi (shipment, denied); RSF reinforcements Mellit→Al Malha; the army/joint "
         "force's conditional advance Al Dabbah→Al Malha (the border with Libya only the condition); a planned airlift "
         "Port Sudan→Dongola airport; marines landed at Suakin port from Flamingo naval base (the last Port Sudan only "
         "locates the base). Kuwait (visit), Jebel Uweinat (airstrips), El Fasher, Chad are not movement places.",
 "qcq3": "Al-Jarida: refugees Al-Fasher/Mellit→Kufra via the triangle and onward to Ajdabiya/Tripoli and a Kuwaiti aid "
         "flight to Benina airport are civilian (no movement); LNA companies Tazirbu→Kufra; Subul al-Salam massing at the "
         "city's southern entrance (Kufra); a planned military field-hospital airlift Benina air base→Kufra airport; a "
         "conditional pull-out from Rebiana (Kufra only inside the condition); a denied RSF infiltration into the "
         "Uweinat area.",
 "qcq4": "Al-Wafd: Egyptian border-guard patrols East Oweinat→the border with Sudan ('200 km west of Argeen' is a distance "
         "reference); marines landed at Berenice base from Safaga; a conditional reinforcement Aswan→East Oweinat (the "
         "triangle only the condition); a denied Egyptian airlift to Kufra airport; a planned LNA company Kufra→Maaten "
         "al-Sarra base (Benghazi = source). Jebel Uweinat (watched area), Aswan governorate, Argeen (refugees) are not "
         "movement places.",
 "qcq5": "Al-Rakoba: RSF massing in Karb al-Tom ('60 km from the border with Libya' is a distance reference); a planned "
         "army/joint-force deployment Al Dabbah→Wadi Howar (Port Sudan = meeting venue); the RSF's conditional advance on "
         "Al Dabbah (Northern State only the condition); a denied airlift of unnamed cargo planes Kufra airport→near Al "
         "Malha (actor null). Refugees to Chad via the Adré crossing and civilians from El Fasher/Kutum towards Libya are "
         "not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qcq1", "qcq2", "qcq3", "qcq4", "qcq5")
