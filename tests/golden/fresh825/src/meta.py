# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # qeu1 a Misrata battalion home from Tripoli (Al-Quds Al-Arabi)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                  # G (row القره بوللي, found by القربوللي)
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "misrata_port": ("crossing", "LY", 32.365, 15.210, "Port of Misrata (Qasr Ahmed)"),    # K
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                             # G
 "yarmouk": ("base", "LY", 32.800, 13.200, "Yarmouk Camp (Tripoli)"),                   # K (gazetteer row = Tripoli centre point)
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 # qeu2 an LNA battalion home from Idri, graduates to Brak (Asharq Al-Awsat)
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                               # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "idri_mun": ("district", "LY", 27.44707, 13.05173, "Idri municipality"),               # G* (town row)
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (row هون: README puts the area near Hun/Waddan)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tocra": ("town", "LY", 32.53414, 20.57911, "Tukrah"),                                 # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 # qeu3 an Egyptian commando battalion home from Sallum (Al-Wafd)
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "border_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libyan side)"), # G* (row الحدود الليبية المصرية)
 "alamein": ("town", "EG", 30.83007, 28.95502, "El Alamein"),                           # G
 "sallum_port": ("crossing", "EG", 31.560, 25.165, "Port of Sallum"),                   # K
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "western_desert": ("region", "EG", 27.0, 27.5, "Western Desert (Egypt)"),              # K
 # qeu4 the Turkish rotation (France 24)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                              # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "mersin_port": ("crossing", "TR", 36.795, 34.640, "Port of Mersin"),                   # K
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "north_syria": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                 # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tripoli_airport": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),  # G
 # qeu5 an Algerian battalion home to Constantine (An-Nasr)
 "constantine": ("city", "DZ", 36.36500, 6.61472, "Constantine"),                       # G
 "constantine_wilaya": ("district", "DZ", 36.35677, 6.65911, "Constantine Province"),   # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),             # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "touggourt": ("city", "DZ", 33.11083, 6.07000, "Touggourt"),                           # G
 "cherchell": ("town", "DZ", 36.60500, 2.19083, "Cherchell"),                           # G
 "illizi_wilaya": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),             # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G* (row عين أميناس)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),     # G* (row تيقنتورين, written حقل تيقنتورين)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
}

TRAPS = {
 "qeu1": ["القدس العربي", "شارع طرابلس", "محمود الزليتني", "السنوات الخمس", "البنيان المرصوص", "الكتائب المصراتية"],
 "qeu2": ["الشرق الأوسط", "الجيش الوطني الليبي", "مالي", "إدريس العبيدي"],
 "qeu3": ["القاهرة الإخبارية", "المنطقة الشمالية العسكرية", "المنطقة الغربية العسكرية", "الجيش المصري", "قوات مصرية"],
 "qeu4": ["فرانس 24", "المرصد السوري لحقوق الإنسان", "الجيش الوطني السوري", "التركية", "الليبي"],
 "qeu5": ["الجيش الوطني الشعبي", "هواري بومدين", "وكالة الأنباء الجزائرية", "الليبية", "الناحية العسكرية الرابعة"],
}

PHEN = {
 "qeu1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "coverage_bases", "coverage_oil", "coverage_crossings"],
 "qeu2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qeu3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qeu4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qeu5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qeu1": [
  mv("withdraw", "reported", "Misrata forces", ["طرابلس"], ["مصراتة"], ["القربوللي", "زليتن"]),
  mv("shipment", "reported", "Misrata forces", ["ميناء طرابلس"], ["ميناء مصراتة"]),
  mv("redeploy", "planned", "GNA forces", ["الزاوية"], ["عين زارة", "معسكر اليرموك"]),
  mv("withdraw", "conditional", "Misrata forces", ["معسكر اليرموك"], ["مصراتة"]),
  mv("mobilise", "denied", "Misrata forces", [], ["تاورغاء"]),
 ],
 "qeu2": [
  mv("withdraw", "reported", "Libyan National Army", ["إدري"], ["الرجمة"], ["الجفرة", "أجدابيا"]),
  mv("redeploy", "reported", "Libyan National Army", ["سبها"], ["إدري"]),
  mv("deploy", "planned", "Libyan National Army", ["توكرة"], ["قاعدة براك الجوية"]),
  mv("withdraw", "conditional", "Libyan National Army", ["حقل الفيل"], ["بنغازي"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["الكفرة"]),
 ],
 "qeu3": [
  mv("withdraw", "reported", "Egyptian army", ["السلوم"], ["الإسكندرية"], ["مرسى مطروح", "العلمين"]),
  mv("naval_landing", "reported", "Egyptian army", ["الإسكندرية"], ["ميناء السلوم"]),
  mv("deploy", "planned", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سيدي براني"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["سيوة"]),
  mv("advance", "denied", "Egyptian army", [], ["طبرق"], ["منفذ امساعد"]),
 ],
 "qeu4": [
  mv("airlift", "reported", "Turkish armed forces", ["مطار معيتيقة"], ["قيصري"]),
  mv("airlift", "planned", "Turkish armed forces", ["أنقرة"], ["قاعدة الوطية"]),
  mv("naval_landing", "conditional", "Turkish armed forces", ["ميناء مرسين"], ["ميناء الخمس"]),
  mv("withdraw", "reported", "Syrian mercenaries", ["طرابلس"], ["شمال سوريا"], ["تركيا"]),
  mv("withdraw", "denied", "Turkish armed forces", ["قاعدة الوطية"]),
 ],
 "qeu5": [
  mv("withdraw", "reported", "Algerian army", ["برج عمر إدريس"], ["قسنطينة"], ["ورقلة", "تقرت"]),
  mv("deploy", "planned", "Algerian army", ["شرشال"], ["ولاية إليزي", "الحدود مع ليبيا"]),
  mv("reinforce", "conditional", "Algerian army", [], ["الدبداب"]),
  mv("shipment", "reported", "Algerian army", ["الجزائر العاصمة"], ["عين أمناس"]),
  mv("advance", "denied", "Algerian army", [], ["غات"]),
 ],
}

NOTES = {
 "qeu1": "Homecoming of a Misrata battalion: reported return Tripoli→Misrata via Garabulli and Zliten (the parade in "
         "Tripoli Street is a trap, not a move), its heavy equipment shipped Tripoli port→Misrata port, a planned GNA "
         "relief battalion Zawiya→Ain Zara and the Yarmouk camp (the Zawiya refinery only locates its present task), "
         "two companies' conditional return Yarmouk camp→Misrata ('not before the handover is signed'), and a denied "
         "massing of the returning brigades in Tawergha. Sirte (2016 operation), Tripoli (seat of the staff), Zintan "
         "and Zawiya in the last paragraph (May clashes) and Misrata as dateline/council seat are not movement places.",
 "qeu2": "An LNA rotation after a graduation: battalion 116 back Idri→Al-Rajma via Al-Jufra and Ajdabiya (Benghazi only "
         "locates Rajma), battalion 73 already moved Sabha→Idri to relieve it, 400 graduates planned Tocra→Brak air "
         "base, the El Feel guard company's conditional return to Benghazi, and a denied massing in Kufra (the border "
         "with Sudan only locates Kufra). The south-west (a speech) and Idri municipality are not movement places.",
 "qeu3": "An Egyptian commando battalion back Sallum→Alexandria via Marsa Matruh and El Alamein (Marsa Matruh is also "
         "the dateline; the border with Libya says where it served), a relief marine company landed at Sallum port "
         "from Alexandria, a planned battalion Mohamed Naguib base→Sidi Barrani, a conditional reinforcement of Siwa "
         "(Jaghbub only in the condition and a distance), and a denied advance via the Amsaad crossing towards Tobruk. "
         "Egypt (speaker's phrase), the border length and the Western Desert (background) are not movement places.",
 "qeu4": "A Turkish rotation: ~200 troops flown Mitiga airport→Kayseri, a planned relief airlift Ankara→Al-Watiya base "
         "(the border with Tunisia only locates the base), a conditional landing ship Mersin port→Khoms port, Syrian "
         "fighters back Tripoli→northern Syria via Turkey, and a denied withdrawal of air defences from Al-Watiya. "
         "Ankara as the ministry's venue and as a metonym, Tunis (analyst's city), Tripoli International Airport "
         "(reconstruction) and Libya in 'two years in Libya' are not movement places.",
 "qeu5": "An Algerian battalion back Bordj Omar Driss→Constantine via Ouargla and Touggourt, Cherchell graduates planned "
         "for Illizi province and the border with Libya, a conditional reinforcement of Debdeb (Ghadames only in the "
         "condition), an equipment shipment Algiers→In Amenas (the Tiguentourine field only its purpose), and a denied "
         "incursion towards Ghat. Constantine province (the wali), Ouargla as the 4th region HQ, Algeria (speaker's "
         "phrase) and southern Libya (background) are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qeu1", "qeu2", "qeu3", "qeu4", "qeu5")
