# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                   # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                     # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 # capitals and cities outside the east
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                      # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                      # G
 # Benghazi and around
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                           # G
 "bgz_port": ("crossing", "LY", 32.108, 20.052, "Port of Benghazi"),                        # K
 "sabri": ("town", "LY", 32.11486, 20.06859, "As Sabri (Benghazi)"),                        # G
 "ganfouda": ("town", "LY", 32.11486, 20.06859, "Ganfouda (Benghazi)"),                     # G
 "suluq": ("town", "LY", 31.66818, 20.25205, "Suluq"),                                      # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                                # G
 # Jebel Akhdar and Derna
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                                   # G
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                                  # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                      # G
 "derna_mun": ("district", "LY", 32.76704, 22.63669, "Derna municipality"),                 # G* (city row)
 "derna_port": ("crossing", "LY", 32.772, 22.648, "Port of Derna"),                         # K
 "wadi_derna": ("region", "LY", 32.73, 22.60, "Wadi Derna"),                                # K
 "fataih": ("town", "LY", 32.76704, 22.63669, "Al Fataih (Derna)"),                         # G
 "martuba": ("town", "LY", 32.57421, 22.76353, "Martubah"),                                 # G
 "jabal_akhdar": ("region", "LY", 32.02519, 21.79830, "Al Jabal al Akhdar"),                # G* (district row)
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica"),                            # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya"),                          # G* (row برقة)
 # Tobruk and the Egyptian border
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                    # G
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Port of Tobruk"),                       # K
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),          # G
 "gamal_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),           # G* (row مطار طبرق)
 "amsaad_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad border crossing"),       # G
 "sallum_port": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),                 # G* (row منفذ امساعد, EG)
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                                 # G
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                        # G
 "matruh_city": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                         # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),                # G
 "matruh_apt": ("airport", "EG", 31.3254, 27.2217, "Marsa Matruh Airport"),                 # K
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),              # G
 "border_eg": ("region", "EG", 31.40, 25.10, "Egypt-Libya border (Egyptian side, Sallum)"), # K
 # Siwa and Jaghbub
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                        # G
 "siwa_apt": ("airport", "EG", 29.3455, 25.5068, "Siwa Airport"),                           # K
 "border_eg_siwa": ("region", "EG", 29.45, 25.05, "Egypt-Libya border (Egyptian side, Siwa)"),  # K
 "western_desert": ("region", "EG", 25.70408, 28.49824, "Western Desert (Egypt)"),          # G* (row غرب مصر)
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                               # G
 "jaghbub_mun": ("district", "LY", 29.74262, 24.51676, "Al Jaghbub municipality"),          # G* (town row)
 # Kufra and the south-east
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                      # G
 "kufra_apt": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                       # G
 "south_east": ("region", "LY", 24.5, 22.5, "South-eastern Libya"),                         # K
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra"),                            # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                                  # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                        # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                        # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),                   # G* (row الحدود الليبية السودانية)
 "darfur": ("region", "SD", 13.5, 24.5, "Darfur"),                                          # K
}

TRAPS = {
 "hw1": ["بوابة إفريقيا الإخبارية", "الوطني الليبي", "شارع عمر المختار", "شارع طرابلس",
         "المنطقة العسكرية بنغازي", "كتيبة طارق بن زياد", "قناة ليبيا الحدث"],
 "hw2": ["المصري اليوم", "الجيش الليبي", "الجانب الليبي", "المصرية", "الأمني المصري", "مساعد مدير أمن",
         "سعيد الطرابلسي", "إدريس الفاخري", "منطقة طبرق العسكرية"],
 "hw3": ["الوطني الليبي", "العرب", "عملية الكرامة", "الملك إدريس السنوسي", "القبة الكبرى"],
 "hw4": ["الشرق الأوسط", "الجيش الوطني", "كتيبة سبل السلام", "محمود الجالوي",
         "جبهة الوفاق من أجل التغيير في تشاد", "سودانيين", "سودانية"],
 "hw5": ["الشروق", "المنطقة الغربية العسكرية", "الليبي", "الليبية", "السيوية"],
}

PHEN = {
 "hw1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "coverage_bases"],
 "hw2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "hw3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "town_vs_district", "countries"],
 "hw4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
 "hw5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, EGY = "Libyan National Army", "Egyptian army"

MOVES = {
 "hw1": [
  mv("deploy", "reported", LNA, ["قاعدة بنينا الجوية"], ["ميناء بنغازي", "الصابري"]),
  mv("airlift", "reported", LNA, ["بنينا"], ["مطار الكفرة"]),
  mv("shipment", "planned", LNA, ["بنغازي"], ["أجدابيا"]),
  mv("mobilise", "conditional", LNA, [], ["سلوق"]),
  mv("withdraw", "denied", LNA, ["قنفودة"], []),
 ],
 "hw2": [
  mv("reinforce", "reported", EGY, ["مرسى مطروح"], ["السلوم"], ["سيدي براني"]),
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء الحريقة"]),
  mv("deploy", "planned", LNA, ["طبرق"], ["منفذ امساعد"]),
  mv("redeploy", "denied", LNA, ["قاعدة جمال عبد الناصر الجوية"], ["درنة"]),
  mv("airlift", "conditional", EGY, ["قاعدة محمد نجيب العسكرية"], ["مطار مرسى مطروح"]),
 ],
 "hw3": [
  mv("reinforce", "reported", LNA, ["البيضاء"], ["درنة"], ["القبة"]),
  mv("advance", "reported", LNA, ["درنة"], ["وادي درنة"]),
  mv("naval_landing", "planned", LNA, ["ميناء طبرق"], ["ميناء درنة"]),
  mv("redeploy", "conditional", LNA, ["درنة"], ["مرتوبة"]),
  mv("mobilise", "denied", None, [], ["الفتائح"]),
 ],
 "hw4": [
  mv("advance", "reported", LNA, ["الكفرة"], ["معطن السارة"]),
  mv("withdraw", "reported", "Sudanese armed groups", ["معطن السارة"], ["الحدود مع السودان"]),
  mv("shipment", "planned", LNA, ["اجدابيا"], ["الكفرة"], ["جالو"]),
  mv("deploy", "conditional", LNA, [], ["حقل السرير"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["ربيانة"]),
 ],
 "hw5": [
  mv("reinforce", "reported", EGY, ["مرسى مطروح"], ["سيوة"]),
  mv("deploy", "reported", EGY, ["سيوة"], ["الحدود مع ليبيا"]),
  mv("airlift", "planned", EGY, ["قاعدة محمد نجيب العسكرية"], ["مطار سيوة"]),
  mv("withdraw", "denied", EGY, ["سيوة"], ["مرسى مطروح"]),
  mv("shipment", "conditional", LNA, ["طبرق"], ["جغبوب"]),
 ],
}

NOTES = {
 "hw1": "Benghazi day-to-day (Afrigate News style): military police Benina air base→Benghazi port/As Sabri (reported "
        "deploy), an Il-76 Benina→Kufra airport (reported airlift; «في الجنوب الشرقي» is its purpose), tanks on "
        "transporters Benghazi→Ajdabiya next week (planned shipment), a brigade «ستحتشد في سلوق إذا» (conditional "
        "mobilise), a denied pull-out from Ganfouda; Tunis (العاصمة تونس) and Tripoli are venue/seat only; traps: "
        "شارع طرابلس, شارع عمر المختار, المنطقة العسكرية بنغازي, كتيبة طارق بن زياد, قناة ليبيا الحدث.",
 "hw2": "Tobruk and Sallum (Al-Masry Al-Youm style): Egyptian border guards Marsa Matruh→Sallum via Sidi Barrani "
        "(reported reinforce), LNA marines landed Benghazi port→Marsa al-Hariga (reported naval_landing; «بطبرق» "
        "locates the terminal), a company Tobruk→Amsaad crossing next week (planned deploy), a denied battalion move "
        "Gamal Abdel Nasser air base→Derna (redeploy), an Egyptian emergency airlift Mohamed Naguib base→Marsa "
        "Matruh airport «في حال» (conditional); the driver's Tobruk, the delegation's Tripoli/Benghazi→Cairo and the "
        "Sallum land port are not movements; traps: مساعد مدير أمن (Amsaad), سعيد الطرابلسي, إدريس الفاخري.",
 "hw3": "Derna (Al-Arab style): LNA reinforcements Al Bayda→Derna via Al Qubbah (reported), a patrol advance from the "
        "city centre to Wadi Derna (reported advance, origin = Derna by anaphora «من وسطها»), a landing ship Tobruk "
        "port→Derna port next week (planned naval_landing), redeployment Derna→Martuba «بمجرد» (conditional), the "
        "mayor's denial of armed youths massing at Al Fataih (denied mobilise, no named force); traps: القبة الكبرى "
        "(dome), الملك إدريس السنوسي, عملية الكرامة.",
 "hw4": "Kufra and Ajdabiya (Asharq Al-Awsat style, Cairo dateline): Subul al-Salam Kufra→Maaten al-Sarra (reported "
        "advance), Sudanese gunmen Maaten al-Sarra→the border with Sudan (reported withdraw), a supply convoy "
        "Ajdabiya→Kufra via Jalu (planned shipment), a company for the Sarir field «إذا» (conditional deploy), FACT "
        "denies massing near Rebiana (denied mobilise); Darfur, Sudan (refugees), Algiers/Algeria (meeting) are not "
        "movement places; trap: جبهة الوفاق من أجل التغيير في تشاد holds تشاد.",
 "hw5": "Siwa and Jaghbub (Al-Shorouk style): Egyptian reinforcements Marsa Matruh→Siwa (reported), patrols Siwa→the "
        "border with Libya (reported deploy; Jaghbub is a locator), a special-forces airlift Mohamed Naguib base→Siwa "
        "airport next week (planned), a denied pull-back Siwa→Marsa Matruh (withdraw), LNA fuel trucks Tobruk→Jaghbub "
        "«إذا أعيد فتح الطريق» (conditional shipment); «الشروق» is both the outlet and 'sunrise'; جغبوب also occurs "
        "inside الجغبوب.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("hw1", "hw2", "hw3", "hw4", "hw5")
