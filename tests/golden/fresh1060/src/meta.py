# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label, spelling or kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # Libya: Tripolitania, centre, Fezzan
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "bani_walid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                        # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                        # G* (row أبوقرين; also written أبو قرين)
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "jufra": ("district", "LY", 29.14, 16.04, "Al Jufra"),                                 # K (README rule: point near Hun/Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت, written قاعدة تمنهنت الجوية)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا, written الجنوب الليبي)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libya side)"),  # G* (row الحدود الليبية السودانية)
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames Municipality"),        # G* (town row, as district)
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames Airport"),          # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "daraj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                  # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawin"),                              # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libya side)"),  # G* (row الحدود الليبية الجزائرية)
 "tripoint_ly_dz_tn": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),      # G* (row منفذ رأس جدير, written معبر رأس جدير / رأس جدير)
 # Tunisia
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                      # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                              # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "border_tn_ly": ("region", "TN", 33.05, 11.30, "Tunisia-Libya border (Tunisia side)"),  # K
 # Algeria
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                           # G* (row عين أميناس, written عين أمناس)
 # Syria and elsewhere (footage, background, venues)
 "deir_ez_zor": ("city", "SY", 35.33588, 40.14084, "Deir ez-Zor"),                      # G
 "qamishli": ("city", "SY", 37.05215, 41.23142, "Al Qamishli"),                         # G
 "ne_syria": ("region", "SY", 35.85750, 39.84286, "North-eastern Syria"),               # G
 "nw_syria": ("region", "SY", 35.66246, 37.74962, "North-western Syria"),               # G
 "saraqib": ("town", "SY", 35.8647, 36.8053, "Saraqib"),                                # K
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 # Sudan
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                  # G
 "south_darfur": ("district", "SD", 10.95622, 24.44234, "South Darfur"),                # G* (row جنوب دارفور, written ولاية جنوب دارفور)
 "el_fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                          # G
 "omdurman": ("city", "SD", 15.64453, 32.47773, "Omdurman"),                            # G
}

TRAPS = {
 "qnw1": ["تحرّى", "ترهونة الحدث", "بني وليد الآن", "الجيش الوطني الليبي", "الجيش السوري", "السورية", "اللبنانية",
          "القوة المشتركة"],
 "qnw2": ["إيكاد", "قوات الدعم السريع", "الدعم السريع", "الجيش الوطني الليبي", "اللواء طارق بن زياد",
          "كتيبة سبل السلام", "مالي"],
 "qnw3": ["علاش", "الجزائري", "الجزائرية", "جزائري", "التركي", "الجيش الوطني الشعبي", "عبد الرحمن الغدامسي",
          "الليبية", "ليبية", "الليبي"],
 "qnw4": ["تلفزيون سلطنة عُمان", "الفيلق الأفريقي", "الشرطة العسكرية الروسية", "الروسي", "الروسية", "الأمريكية",
          "الجيش الوطني الليبي"],
 "qnw5": ["تونس تتحرى", "النقابة الوطنية للصحفيين التونسيين", "التونسية", "التونسي", "تونسية", "ليبية", "الليبي",
          "ليبي", "الجيش السوداني", "سودانية"],
}

PHEN = {
 "qnw1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
          "coverage_bases", "coverage_neighbours", "countries"],
 "qnw2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "vague_area", "border_phrase",
          "coverage_bases", "coverage_neighbours", "countries"],
 "qnw3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "qnw4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "coverage_bases",
          "countries"],
 "qnw5": ["clitics", "multiword", "media_trap", "nisba", "ambiguity_country_capital", "border_phrase",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qnw1": [
  mv("advance", "denied", "Libyan National Army", ["الجفرة"], ["طرابلس"], ["بني وليد"]),
  mv("redeploy", "reported", "Misrata forces", ["مصراتة"], ["أبو قرين"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["ترهونة"]),
  mv("advance", "conditional", "GNA forces", [], ["بني وليد"]),
 ],
 "qnw2": [
  mv("advance", "denied", "Sudanese armed groups", ["الكفرة"], ["سبها"]),
  mv("redeploy", "reported", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["سبها"]),
  mv("deploy", "planned", "Libyan National Army", ["سبها"], ["القطرون"], ["مرزق"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["الحدود مع السودان"]),
 ],
 "qnw3": [
  mv("advance", "denied", "Algerian army", ["الدبداب"], ["غدامس"]),
  mv("reinforce", "reported", "Algerian army", ["عين أمناس"], ["الدبداب"]),
  mv("deploy", "reported", "GNA forces", ["نالوت"], ["غدامس"], ["درج"]),
  mv("deploy", "planned", "GNA forces", ["غدامس"], ["الحدود مع الجزائر"]),
  mv("airlift", "conditional", "GNA forces", ["قاعدة الوطية"], ["مطار غدامس"]),
 ],
 "qnw4": [
  mv("advance", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["سرت"]),
  mv("reinforce", "reported", "Libyan National Army", ["ودان"], ["سرت", "قاعدة القرضابية"]),
  mv("reinforce", "planned", "Misrata forces", ["مصراتة"], ["أبوقرين"]),
  mv("advance", "conditional", "Misrata forces", [], ["سرت"]),
 ],
 "qnw5": [
  mv("advance", "denied", "GNA forces", ["زوارة"], ["بن قردان"], ["معبر رأس جدير"]),
  mv("redeploy", "reported", "Tunisian army", ["مدنين"], ["بن قردان", "الحدود مع ليبيا"]),
  mv("deploy", "planned", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("withdraw", "conditional", "Tunisian army", ["بن قردان"], ["مدنين"]),
 ],
}

NOTES = {
 "qnw1": "Libyan fact-check platform (Tahra «تحرّى») from Tripoli: a viral «LNA column Jufra→Tripoli via Bani Walid» "
         "clip rated misleading (footage: Syrian army column to Deir ez-Zor, September 2017; a second photo from "
         "Tripoli, Lebanon, 2014), denied by the LNA (advance denied); what did happen: a Joint Force battalion "
         "Misrata→Abu Qurayn (rotation, redeploy reported), a planned company Tripoli→Tarhuna and a conditional GNU "
         "advance on Bani Walid («لن تتحرك ... إلا إذا»); the electricity company's trucks near Al-Khums→Zliten are "
         "civilian, Tripoli/Benghazi trading accusations is metonymy, the Jufra base «لم تغادر مواقعها» is no move; "
         "Facebook pages «ترهونة الحدث» and «بني وليد الآن» hold place names.",
 "qnw2": "Pan-Arab OSINT fact-check desk (Eekad «إيكاد»): clips of «RSF columns entering Sabha from Kufra» geolocated "
         "to Nyala (October 2023) and El Fasher (June 2024); the RSF advance Kufra→Sabha denied by the LNA; what "
         "satellite images show: an LNA (Tariq bin Ziyad brigade) redeploy Tamanhint air base→Sabha, with a planned "
         "battalion Sabha→Al Qatrun via Murzuq and Subul al-Salam's conditional deployment to the border with Sudan "
         "(Uweinat triangle only in the condition); fuel tankers Brak→Sabha are civilian; «دعم مالي» holds Mali.",
 "qnw3": "Libyan news site (Alash «علاش») from Ghadames: a viral «Algerian column Debdeb→Ghadames» clip that is Turkish "
         "army footage near Saraqib (February 2020; Ankara's 2020 reinforcements are background), denied by Algeria's "
         "defence ministry; Algerian units In Amenas (written عين أمناس)→Debdeb reported; a Libyan border-guard company "
         "Nalut→Ghadames via Daraj, its planned deployment to the border with Algeria and a conditional airlift "
         "Al-Watiya base→Ghadames airport (the border triangle only in the condition); families leaving for "
         "Sinawen are civilian; Ghadames municipality (district) beside the town; «الغدامسي» holds غدامس.",
 "qnw4": "Gulf channel's site (Oman TV «تلفزيون سلطنة عُمان», agencies) with Tripoli dateline: a «Russian Africa Corps "
         "column Jufra air base→Sirte» clip that is Russian military police in Qamishli (October 2019), denied by the "
         "LNA from Benghazi and the Russian embassy (Moscow only metonymy); LNA reinforcements Waddan→Sirte stationed "
         "around Gardabya base reported; Misrata brigades' planned reinforcement Misrata→Abu Qurayn and conditional "
         "advance on Sirte; Geneva (2020 ceasefire) and Sirte/Jufra under LNA control are background.",
 "qnw5": "Tunisian verification page (Tunifact «تونس تتحرى», SNJT) from Tunis: a viral «GNU columns Zuwara→Ben Gardane "
         "through Ras Ajdir» clip that is SAF footage from Omdurman (March 2024), denied by Tunisia's interior ministry "
         "and Libya's border guard; a Tunisian army redeploy Medenine→Ben Gardane on the border with Libya (Tunisia "
         "side), a planned company Tataouine→Dehiba and a conditional return Ben Gardane→Medenine («لن تعود ... إلا "
         "بعد»); Libyan families driving to Djerba and Sfax are civilian; تونس is the capital in the dateline and the "
         "country in the verdict, and sits inside the outlet name and the nisbas.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qnw1", "qnw2", "qnw3", "qnw4", "qnw5")
