# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# G* = gazetteer row reused under another surface/label or kind (listed in the README). No row in this sample uses
# coordinates of my own (README "Coordinates not from the gazetteer").
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 # Libya, west
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),          # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "ras_jdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),          # G* (row الحدود الليبية التونسية)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                           # G (district row)
 # Libya, east and south-east
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),            # G* (row الحدود الليبية السودانية)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "nasser_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),      # G* (row مطار طبرق, Gamal Abdel Nasser Airport)
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 # Tunisia and Algeria
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                      # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G (row الذهيبة, written ذهيبة)
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                 # G
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                              # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, Amsaad-Sallum crossing)
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G
 "marsa_matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                    # G
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                    # G
 "naguib_base": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),     # G
 # Sudan
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                        # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "merowe": ("town", "SD", 18.48330, 31.81670, "Merowe"),                                # G
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                              # G
 "el_fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                          # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 # Turkey, Syria, Azerbaijan
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                              # G
 "erkilet": ("base", "TR", 38.77040, 35.49540, "Kayseri Erkilet Air Base"),             # G* (row قاعدة إركيليت الجوية, kind airport there)
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "afrin": ("town", "SY", 36.50833, 36.86944, "Afrin"),                                  # G
 "baku": ("city", "AZ", 40.37767, 49.89201, "Baku"),                                    # G
}

TRAPS = {
 "qrx1": ["وكالة الناس", "منطقة الساحل الغربي العسكرية", "منطقة طرابلس العسكرية", "القوة المشتركة مصراتة",
          "عماد الطرابلسي", "التونسية", "الليبي"],
 "qrx2": ["منصة السودان الأولى", "منطقة الكفرة العسكرية", "القوات المسلحة العربية الليبية", "قوات الدعم السريع",
          "الهلال الأحمر الليبي", "الجيش السوداني", "الليبيين", "الليبي"],
 "qrx3": ["Azvision", "مجموعة المهام التركية في ليبيا", "مشاة البحرية التركية", "التركية", "التركي", "الأذربيجاني",
          "السوريين", "يونانية"],
 "qrx4": ["أنباء اليوم", "المنطقة الغربية العسكرية", "الغربية", "عبد الفتاح السيسي", "المصرية", "مصري", "الليبية"],
 "qrx5": ["نوافذ", "الرائد الرسمي", "التونسية", "التونسي", "الجيش الجزائري", "الجيش التونسي", "الضفة الأخرى", "الليبي",
          "لليبيين"],
}

PHEN = {
 "qrx1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "border_phrase", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qrx2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "coverage_bases", "coverage_neighbours", "countries"],
 "qrx3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "coverage_bases", "coverage_crossings",
          "countries"],
 "qrx4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "town_vs_district",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qrx5": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qrx1": [
  mv("redeploy", "planned", "GNA forces", ["طرابلس"], ["زوارة"]),
  mv("deploy", "planned", "GNA forces", [], ["الجميل"]),
  mv("reinforce", "conditional", "GNA forces", ["صبراتة"], ["رأس اجدير"]),
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية", "مصفاة الزاوية"], ["جنزور"]),
  mv("redeploy", "denied", "Misrata forces", ["مصراتة"], ["سرت"]),
 ],
 "qrx2": [
  mv("redeploy", "planned", "Libyan National Army", ["أجدابيا"], ["قاعدة معطن السارة"]),
  mv("reinforce", "conditional", "Libyan National Army", ["تازربو"], ["الكفرة"]),
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["الكفرة"], ["أجدابيا"]),
  mv("reinforce", "denied", "Sudanese armed groups", ["المالحة"], ["مثلث العوينات"]),
  mv("redeploy", "planned", "Sudanese army", ["مروي"], ["دنقلا"]),
  mv("advance", "conditional", "Sudanese army", [], ["مثلث العوينات"]),
 ],
 "qrx3": [
  mv("redeploy", "conditional", "Turkish armed forces", ["قاعدة الوطية"], ["مصراتة"]),
  mv("withdraw", "conditional", "Turkish armed forces", ["قاعدة الوطية"], ["تركيا"]),
  mv("airlift", "reported", "Turkish armed forces", ["قاعدة إركيليت الجوية"], ["مطار معيتيقة"]),
  mv("shipment", "planned", "Turkish armed forces", ["مرسين"], ["ميناء الخمس"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء مصراتة"]),
  mv("airlift", "denied", "Syrian mercenaries", ["عفرين"], ["طرابلس"], ["إسطنبول"]),
 ],
 "qrx4": [
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["السلوم"], ["سيدي براني"]),
  mv("redeploy", "planned", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سيوة"]),
  mv("advance", "conditional", "Egyptian army", [], ["سرت", "الجفرة"]),
  mv("deploy", "denied", "Egyptian army", [], ["قاعدة جمال عبد الناصر الجوية"]),
 ],
 "qrx5": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان", "معبر رأس جدير"]),
  mv("deploy", "planned", "Tunisian army", ["تطاوين"], ["رمادة", "ذهيبة"]),
  mv("withdraw", "conditional", "Tunisian army", ["برج الخضراء"], []),
  mv("deploy", "denied", "Tunisian army", [], ["وازن"]),
 ],
}

NOTES = {
 "qrx1": "Jordanian news agency (Alnas) on a Libyan Presidential Council decision creating the West Coast military zone "
         "(Janzour to the Ras Ajdir crossing, seat Zawiya): article 2 moves an infantry battalion Tripoli→Zuwara (planned "
         "redeploy), article 3 stations a brigade in Al-Jumayl (planned deploy), article 4 lets the zone commander push "
         "the reserve Sabratha→Ras Ajdir if the crossing is attacked (conditional reinforce); a 111th-brigade column "
         "Tripoli→Zawiya via Janzour that stationed by the Zawiya refinery (reported) and a leaked order moving battalions of "
         "the Misrata Joint Force Misrata→Sirte denied by the GNU defence ministry; the new zone, the Tripoli military "
         "zone and «القوة المشتركة مصراتة» are command/unit names (traps), Zintan and "
         "Zuwara's council only speak, and the commercial trucks to Ben Gardane are civilian.",
 "qrx2": "Sudanese news site (Sudan Platform) from Port Sudan on an LNA General Command decision re-organising the Kufra "
         "military zone down to the border with Sudan: article 2 moves a battalion Ajdabiya→Maaten al-Sarra base "
         "(planned), article 4 a company Tazirbu→Kufra if armed movement is spotted (conditional); an LNA column "
         "Benghazi→Kufra via Ajdabiya (reported); the RSF's denial of a leaked order Al-Malha→Uweinat triangle (repeated in "
         "the headline); the "
         "Sudanese army's planned brigade Merowe→Dongola and its conditional push towards «the triangle» (anaphora); the "
         "SAF's 2025 withdrawal from the triangle is past background, the refugees from El Fasher are civilian, Port "
         "Sudan is dateline and government, North Darfur only the scene of fighting.",
 "qrx3": "Azerbaijani site (Azvision) from Ankara on the Turkish decision extending the Libya troop mandate: its article 3 "
         "allows moving the mission Al-Watiya→Misrata or back to Turkey under direct threat (two conditional moves); a "
         "reported A400M Erkilet air base (Kayseri)→Mitiga airport, a planned engineering shipment Mersin→Khoms port, "
         "a denied marine landing at Misrata port and a denied airlift of Syrian fighters Afrin→Tripoli via Istanbul; "
         "Tripoli and Benghazi react (metonymy), Baku is the venue of a ministerial visit, «Turkey does not send "
         "mercenaries anywhere» repeats the denial.",
 "qrx4": "Egyptian news site (Anbaa Al-Youm) from Cairo on a presidential decree declaring a closed military strip along "
         "the western border from the Sallum land port to south of Siwa: Western Military Zone reinforcements Marsa Matruh→Sallum "
         "via Sidi Barrani (reported), a border-guard battalion Mohamed Naguib base→Siwa (planned), no crossing towards "
         "Sirte or Al-Jufra unless national security is threatened (conditional advance), a leaked document about "
         "fighters and air defence moved to Gamal Abdel Nasser air base near Tobruk denied; Jaghbub and Tobruk are "
         "reference points, the returning workers civilian, Matruh governorate (district) and Marsa Matruh (city) both "
         "occur.",
 "qrx5": "News site (Nwafez) from Tunis on the presidential order extending the southern buffer zone: army reinforcements "
         "Medenine→Ben Gardane with part by the Ras Jdir crossing (reported), desert units Tataouine→Remada and Dehiba "
         "(planned, written ذهيبة), units at Borj El Khadra not withdrawn unless Ghadames stabilises (conditional "
         "withdraw; Ghadames only in the condition), a leaked cable sending special forces into Wazin denied; Tunis is "
         "dateline (city) and تونس in the headline is the state (country), Libyan travellers to Djerba and Sfax are "
         "civilians, Tripoli's interior ministry only announces coordination.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qrx1", "qrx2", "qrx3", "qrx4", "qrx5")
