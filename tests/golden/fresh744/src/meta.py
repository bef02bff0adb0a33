# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 # shared
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "jufra": ("district", "LY", 29.14, 16.04, "Al Jufra"),                                 # K (README convention: point near Hun/Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 # qbr1 Tebu: Murzuq, Qatrun, Umm al-Aranib (Al-Quds Al-Arabi)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "north_td": ("region", "TD", 18.20680, 19.78454, "Northern Chad"),                    # G
 # qbr2 Tuareg: Ubari, Ghat, El Feel (Al-Maghreb, Tunis)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "tekerkiba": ("town", "LY", 26.54340, 13.21510, "Tekerkiba"),                          # G
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                 # G
 "barakat": ("town", "LY", 24.89400, 10.18336, "Al Barakat"),                           # G (row البركات; written البركت)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "north_mali": ("region", "ML", 20.45092, -2.20255, "Northern Mali"),                   # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 # qbr3 Awlad Suleiman: Sabha, Samnu, Brak, Qirah (Al-Anbaa, Kuwait)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "qirah": ("town", "LY", 27.58595, 14.35375, "Qirah"),                                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "samnu": ("town", "LY", 27.27459, 14.88190, "Samnu"),                                  # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G
 # qbr4 Qadhadhfa: Sirte, Gardabya, Waddan (Al-Liwaa, Beirut)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),             # G* (city row)
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil port"),         # G* (row راس لانوف)
 "sirte_port": ("crossing", "LY", 31.215, 16.585, "Port of Sirte"),                     # K
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G (row مصراتة; written مصراته)
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                # G
 # qbr5 Zwai and Tebu: Kufra and the triangle (Al-Sudani, Port Sudan)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),      # G* (row مثلث العوينات)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "buzayma": ("village", "LY", 25.00000, 22.00000, "Buzayma"),                           # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
}

TRAPS = {
 "qbr1": ["القدس العربي", "حسن القطروني", "القطروني", "لواء طارق بن زياد المعزز", "التشادية", "التشاديين"],
 "qbr2": ["المغرب", "موسى إدريس آغ أحمد", "الجيش الوطني الليبي", "جزائرية", "الليبيين"],
 "qbr3": ["الأنباء", "مصطفى البراكي", "الفقهاء", "عمر الإدريسي"],
 "qbr4": ["اللواء", "صالح الوداني", "زلة", "الجيش الوطني الليبي", "الليبية", "معمر القذافي"],
 "qbr5": ["السوداني", "أحمد الهواري", "كتيبة سبل السلام", "الدعم السريع", "الجيش الوطني الليبي", "الليبية"],
}

PHEN = {
 "qbr1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "qbr2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qbr3": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "ambiguity_tripoli",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_bases", "countries"],
 "qbr4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_crossings",
          "countries"],
 "qbr5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qbr1": [
  mv("withdraw", "reported", "Chadian armed groups", ["أم الأرانب"], ["الحدود مع النيجر"], ["القطرون"]),
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["أم الأرانب"]),
  mv("deploy", "planned", "Libyan National Army", ["سبها"], ["القطرون"], ["غدوة"]),
  mv("withdraw", "conditional", None, ["القطرون"], ["تجرهي"]),
  mv("deploy", "denied", "Chadian armed groups", ["كوري بوقودي"], ["تراغن"]),
 ],
 "qbr2": [
  mv("withdraw", "reported", None, ["حقل الفيل"], ["تكركيبة"]),
  mv("reinforce", "planned", "Libyan National Army", ["أوباري"], ["حقل الفيل"]),
  mv("advance", "conditional", None, [], ["البركت", "العوينات"]),
  mv("deploy", "denied", "Foreign fighters", ["شمال مالي"], ["غات"], ["منفذ إيسين"]),
 ],
 "qbr3": [
  mv("mobilise", "denied", None, [], ["براك"]),
  mv("redeploy", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["سمنو"]),
  mv("withdraw", "planned", None, ["سمنو"], ["هون"], ["سوكنة"]),
  mv("withdraw", "conditional", None, ["قيرة"], ["سبها"]),
  mv("airlift", "conditional", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
 ],
 "qbr4": [
  mv("withdraw", "reported", "Libyan National Army", ["سرت"], ["قاعدة القرضابية"]),
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء راس لانوف"], ["ميناء سرت"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة القرضابية"], ["قاعدة الجفرة الجوية"]),
  mv("mobilise", "denied", None, [], ["ودان"]),
  mv("naval_landing", "denied", "Misrata forces", [], ["ميناء سرت"]),
  mv("advance", "conditional", "Misrata forces", [], ["بويرات الحسون"]),
 ],
 "qbr5": [
  mv("withdraw", "reported", "Sudanese armed groups", ["جبل العوينات"], ["شمال دارفور"]),
  mv("airlift", "planned", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("shipment", "reported", "Libyan National Army", ["تازربو"], ["الكفرة"]),
  mv("withdraw", "conditional", None, ["ربيانة", "بزيمة"], ["الكفرة"]),
  mv("shipment", "denied", "Libyan National Army", ["مطار الكفرة"], ["المثلث الحدودي"]),
 ],
}

NOTES = {
 "qbr1": "Tebu social council (statement read in Murzuq, Sabha dateline): a Chadian armed group left Umm al-Aranib for "
         "the Niger border via Qatrun (reported), LNA reinforcements Sabha→Umm al-Aranib the same evening, a planned "
         "company of the Tariq bin Ziyad brigade (trap) Sabha→Qatrun via Ghudwa, the Tebu youth's conditional return "
         "Qatrun→Tajarhi ('لن يعودوا ... إلا بعد'), and a denied arrival of Chadian fighters Kouri Bougoudi→Traghen (Chad "
         "only locates the mines). Murzuq (venue, resident), the Chad border ('250 km'), Fezzan and Murzuq district are "
         "not movement places.",
 "qbr2": "Tuareg social council (Tunis dateline, Tunisian daily Al-Maghreb = trap, also 'صلاة المغرب'): armed youths "
         "pulled out of the El Feel field's surroundings to Tekerkiba (Wadi al-Hayat only locates it), a planned LNA "
         "reinforcement Ubari→El Feel, a conditional Tuareg move toward Al-Barkat and Al-Awaynat ('في حال لم تغادر' — "
         "the groups' leaving is the condition, not a movement), and a denied crossing of fighters from northern Mali "
         "into Ghat via the Isayen crossing. Ghat/Ubari as mediators' and venue towns, Sharara ('170 km') and the "
         "border with Algeria are not movement places.",
 "qbr3": "Awlad Suleiman social council (Tripoli (Libya) dateline): denied massing in Brak (the Sabha–Brak road only "
         "locates the video), an LNA company moved Tamanhint air base→Samnu (reported), the outside group's planned "
         "return Samnu→Hun via Sokna, the tribe's youth conditional return Qirah→Sabha ('بمجرد'), and a conditional "
         "LNA airlift Al-Jufra air base→Brak air base ('إذا لم تُسلَّم'). Sabha as venue, Wadi al-Shati, Al-Jufra, "
         "southern Libya, Kuwait and Libya are not movement places.",
 "qbr4": "Qadhadhfa social council (Beirut dateline, Lebanese daily Al-Liwaa = trap): an LNA battalion pulled out of "
         "southern Sirte to Gardabya air base, an earlier reported landing Ras Lanuf port→Sirte port, a planned company "
         "Gardabya→Al-Jufra air base, a denied tribal massing in Waddan, the Misrata joint force's denied landing at "
         "Sirte port and conditional advance on Buwairat al-Hassoun ('west of Sirte' is the condition). Misrata is only "
         "the speaker's city; Tripoli (Lebanon), Lebanon, Beirut and 'Tripoli the Libyan' are background.",
 "qbr5": "Zwai and Tebu councils of Kufra (Port Sudan dateline): RSF units left Jebel Uweinat for North Darfur (reported), "
         "a planned airlift of a Subul al-Salam company (trap) Kufra→Maaten al-Sarra air base, a reported fuel-and-"
         "ammunition convoy Tazirbu→Kufra, the youths' conditional return Rebiana/Buzayma→Kufra, and a denied LNA "
         "arms shipment Kufra airport→the border triangle. The Sudan border ('300 km'), Sudan, Chad, Egypt, Port "
         "Sudan and Benghazi are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qbr1", "qbr2", "qbr3", "qbr4", "qbr5")
