# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                  # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                              # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                   # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                              # G
 # capitals and other cities (datelines, metonymy)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                 # G (dateline «الجزائر -»)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                    # G (dateline «تونس –»)
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                        # G (dateline «الكويت –»)
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                   # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                   # G* (row أغاديس, written أغاديز)
 # Fezzan
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                   # G* (row جنوب ليبيا, written الجنوب الليبي)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                    # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                 # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                   # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                  # G* (row مرزق, written مرزوق)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al-Aranib"),                       # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                               # G (also written قطرون)
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                             # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                          # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),              # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libya side)"), # G* (row الحدود الليبية النيجرية)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                      # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                        # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                      # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                  # G
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                   # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                    # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                    # G (also written اوباري)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),               # G (also written الشرارة)
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 # Ghat and the Algerian border
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                      # G
 "ghat_district": ("district", "LY", 26.01562, 10.40660, "Ghat District"),                  # G (row district:LY-GT, written بلدية غات)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                   # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                             # G
 "barkat": ("town", "LY", 24.89400, 10.18336, "Al Barakat"),                              # G* (row البركات, written البركت)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),              # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libya side)"), # G* (row الحدود الليبية الجزائرية)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                   # G* (row kind village)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),     # G
 "tamanrasset": ("city", "DZ", 22.78500, 5.52278, "Tamanrasset"),                         # G* (row kind town)
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                             # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),       # G
 # Niger
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                  # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                  # G
 # Tripoli's outskirts and the western mountain
 "western_mountain": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                  # G
 "kikla": ("town", "LY", 32.08333, 12.70000, "Kiklah"),                                   # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabaa"),                               # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziya"),                             # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                                # G
 "qasr_ghashir": ("town", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                  # G* (row kind city)
 "sawani": ("town", "LY", 32.71667, 13.06667, "As Sawani"),                               # G
 "tip_airport": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),   # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                   # G
 # Al-Jufra
 "jufra": ("district", "LY", 29.14, 16.04, "Al Jufra"),                                   # K (README convention: area point near Hun/Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                        # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                  # G (written ودّان)
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                    # G
}

TRAPS = {
 "qpm1": ["الوسط", "كتيبة طارق بن زياد", "القيادة العامة", "التشادية", "الشرق الأوسط", "العربي الجديد",
          "ليبيا المستقبل", "الجيش النيجري", "الليبية", "لوموند", "الفرنسية", "ليبيا أوبزرفر"],
 "qpm2": ["القيادة العامة", "نوفا", "الإيطالية", "لواء طارق بن زياد", "جون أفريك", "جزائري",
          "الجيش الوطني الشعبي", "الجزائري", "ميدل إيست آي", "الخبر", "الوطن", "الجزائرية"],
 "qpm3": ["المجلس العسكري لغريان", "القدس العربي", "العربي الجديد", "حكومة الوحدة الوطنية", "ليبيا هيرالد",
          "المنطقة العسكرية الغربية", "الوسط", "النهار", "اللبنانية", "الصادق الغرياني"],
 "qpm4": ["راديو بانوراما", "الروسية", "وول ستريت جورنال", "روسية", "الفيلق الأفريقي", "الروسي",
          "القيادة العامة", "الشرق الأوسط", "لا ريبوبليكا", "الإيطالية", "الصباح", "الشروق", "الليبية"],
 "qpm5": ["تشادي", "الآن", "الوسط", "حرس المنشآت النفطية", "اللواء طارق بن زياد", "العربي الجديد",
          "القيادة العامة", "القدس العربي", "جبهة الوفاق من أجل التغيير في تشاد", "ليبيا المستقبل",
          "أفريكا إنتليجنس", "حكومة الوحدة الوطنية", "إدريس الحاسي"],
}

PHEN = {
 "qpm1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qpm2": ["spelling", "multiword", "town_vs_district", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "border_phrase", "coverage_oil", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qpm3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area"],
 "qpm4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_neighbours", "countries"],
 "qpm5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "coverage_bases",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_oil", "coverage_neighbours",
          "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qpm1": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["القطرون"], ["أم الأرانب"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["تجرهي"]),
  mv("withdraw", "denied", "Libyan National Army", ["مرزوق"], ["سبها"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة تمنهنت"], ["قاعدة الويغ"]),
  mv("reinforce", "conditional", "Nigerien army", ["ديركو"], ["ماداما"]),
 ],
 "qpm2": [
  mv("reinforce", "reported", "Libyan National Army", ["أوباري"], ["غات", "مطار غات"], ["العوينات"]),
  mv("advance", "denied", "Algerian army", ["جانت"], ["منفذ إيسين"]),
  mv("airlift", "planned", "Algerian army", ["تمنراست"], ["مطار جانت"]),
  mv("advance", "conditional", "Libyan National Army", ["غات"], ["البركت"]),
 ],
 "qpm3": [
  mv("deploy", "reported", "Zintan forces", ["الزنتان"], ["الأصابعة"], ["ككلة"]),
  mv("advance", "denied", "GNA forces", ["طرابلس"], ["غريان"], ["العزيزية"]),
  mv("deploy", "planned", "GNA forces", [], ["قصر بن غشير", "السواني"]),
  mv("advance", "conditional", "GNA forces", ["غريان"], ["مزدة"]),
 ],
 "qpm4": [
  mv("airlift", "reported", "Russian forces", ["قاعدة براك الجوية"], ["قاعدة الجفرة الجوية"]),
  mv("withdraw", "denied", "Russian forces", ["الجفرة"], ["مالي"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة تمنهنت"], ["ودّان"], ["سوكنة"]),
  mv("advance", "conditional", "Misrata forces", [], ["هون"]),
 ],
 "qpm5": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["حقل الشرارة"], ["جرمة", "اوباري"]),
  mv("redeploy", "planned", "Libyan National Army", ["براك"], ["إدري"]),
  mv("shipment", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["إدري"]),
  mv("advance", "denied", "Chadian armed groups", [], ["أوباري"], ["الحدود مع النيجر"]),
  mv("withdraw", "conditional", "Libyan National Army", ["حقل الشرارة"], ["أوباري"]),
 ],
}

NOTES = {
 "qpm1": "Press review (Fanack «فَنَك», no dateline) of Libyan, pan-Arab and French papers on Fezzan: per «الوسط» a "
         "Tariq bin Ziyad column Sabha→Al Qatrun via Umm al-Aranib (deploy reported) after reports of Chadian "
         "opposition gunmen massing near Tajarhi (mobilise reported); the LNA spokesman's denial to «الشرق الأوسط» "
         "of a pull-out Murzuq (written مرزوق)→Sabha; a planned airlift Tamanhint base→Al Wigh base per «العربي "
         "الجديد» (Toummo only its purpose); a conditional Nigerien reinforcement Dirkou→Madama per «ليبيا "
         "المستقبل» (Al Qatrun only inside the condition, Agadez the speaker's place, Niamey metonymy); migrants' "
         "trucks Agadez→Qatrun via Toummo (civilian), the army's entry into Sabha in 2019 (background), Tripoli "
         "(addressee of a message) and the headline «من سبها إلى الحدود مع النيجر» are not movements.",
 "qpm2": "Press review on Algeria's public TV channel 3 website («الجزائرية الثالثة», dateline الجزائر = Algiers) of "
         "foreign and Algerian papers on Ghat: per Agenzia Nova an LNA reinforcement Ubari→Ghat via Al-Awaynat with "
         "part deployed around Ghat airport (second destination; Ghat district «بلدية غات» is only the confirming "
         "official's office); an Algerian security source's denial to Jeune "
         "Afrique of an advance Djanet→Isayen crossing; a planned Algerian airlift Tamanrasset→Djanet airport; the "
         "LNA's conditional advance Ghat→Al-Barkat (written البركت) per Middle East Eye (الجزائر inside the "
         "condition is the country); the traders' food convoys Djanet→Ghat are civilian; Tiguentourine/In Amenas "
         "(2013) are background; Benghazi and «الجزائر لن تنجرّ» are metonymy.",
 "qpm3": "Algerian daily (Al-Seyassi «السياسي») review of Arab papers on Tripoli's outskirts and Gharyan: a Zintan "
         "force Zintan→Al-Asabaa via Kikla per «القدس العربي» (deploy reported; «من المدينة» = Zintan); the GNU "
         "defence ministry's denial of units Tripoli→Gharyan via Al-Aziziya per «العربي الجديد» (Tarhuna only the "
         "place of old drills); a planned joint force for Qasr Bin Ghashir and As-Sawani per «ليبيا هيرالد» "
         "(Tripoli International Airport is the road's end, not a destination); the Western Military Region's "
         "conditional advance Gharyan→Mizda per «الوسط»; the 2019 Tarhuna march on Tripoli is background; "
         "«المجلس العسكري لغريان» holds Gharyan.",
 "qpm4": "Tunisian public radio site (Radio Panorama, dateline تونس = Tunis) review on Al-Jufra: a Russian (Africa "
         "Corps) airlift Brak air base→Al Jufra air base per the Wall Street Journal (reported); the LNA's denial to "
         "«الشرق الأوسط» of a Russian pull-out Al-Jufra→Mali; a planned LNA armoured battalion Tamanhint base→"
         "Waddan (written ودّان) via Sokna per La Repubblica; Misrata's conditional advance towards Hun per «الصباح» "
         "(Al-Jufra inside the condition, Misrata the speaker's city); a civilian fuel convoy Misrata→Hun; Tunisia "
         "(country), Algeria and Tripoli as governments are not movement places.",
 "qpm5": "Kuwaiti e-paper (Al-Aan «الآن», dateline الكويت = Kuwait City) review on Ubari and Sharara: LNA "
         "reinforcements Sabha→Sharara field via Germa and Ubari (written اوباري) per «الوسط»; a planned company "
         "Brak→Idri and an ammunition shipment already delivered Brak air base→Idri per «العربي الجديد»; FACT's denial (per «القدس العربي») of an infiltration into Ubari across the "
         "border with Niger (via); the 173rd battalion's (commander إدريس الحاسي, holds إدري) conditional withdrawal Sharara field→Ubari per «ليبيا "
         "المستقبل»; oil workers' buses Ubari→El Feel field are civilian; Sabha airport reopening, Fezzan in a quote, "
         "Tripoli's government and the headline (which repeats two body moves) are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qpm1", "qpm2", "qpm3", "qpm4", "qpm5")
BAR_IN_TEXT = True  # qpm1 and qpm4 headlines use a literal "|" («قراءة في الصحف |», «راديو بانوراما» |)
