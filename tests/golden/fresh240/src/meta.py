# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                  # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 # capitals / datelines
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 # ih1 Murzuq and the Fezzan
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),            # G* (town row)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                 # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                               # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),             # G (row قاعدة تمنهنت)
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                  # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),             # G* (row الحدود الليبية النيجرية)
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                               # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "sw_libya": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                # G
 # ih2 Sabratha and the west coast
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                             # G
 "sabratha_mun": ("district", "LY", 32.79335, 12.48845, "Sabratha municipality"),        # G* (town row)
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                              # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                 # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),     # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                 # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                 # G (row قاعدة أبوستة البحرية)
 "zuwara_port": ("crossing", "LY", 32.92000, 12.12000, "Zuwara port"),                   # K
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                            # G
 "border_ly_tn": ("region", "LY", 33.05000, 11.62000, "Libya-Tunisia border (Libyan side near Ras Ajdir)"),  # K
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                             # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 # ih3 Tobruk and the Egyptian border
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),      # G
 "border_ly_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border"),             # G* (row الحدود الليبية المصرية)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G
 "gamal_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),        # G* (row مطار طبرق)
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Tobruk port"),                   # K
 "benghazi_port": ("crossing", "LY", 32.11000, 20.05000, "Benghazi port"),               # K
 "bardia": ("town", "LY", 31.75000, 25.08333, "Bardia"),                                 # G
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),         # G* (row برقة)
 "marsa_matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                     # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                              # G
 # ih4 Ghadames, Derj and the Algerian side
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                              # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),         # G* (town row)
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),      # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                   # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawen"),                               # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                      # G
 "border_ly_dz": ("region", "LY", 29.95000, 9.65000, "Libya-Algeria border (Libyan side near Ghadames)"),  # K
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                     # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                      # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                  # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G (row عين أميناس)
 "triangle_dz_tn": ("region", "LY", 30.24000, 9.53000, "Libya-Tunisia-Algeria border triangle"),  # K
 # ih5 Tarhuna and Bani Walid
 "bani_walid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                            # G* (Hun town row, README rule)
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                               # G
 "qasr_ghashir": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                 # G
 "khadra": ("town", "LY", 32.44403, 13.76735, "Al Khadra"),                              # G
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                             # G
}

LNA, GNA = "Libyan National Army", "GNA forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "ih1": ["بوابة إفريقيا الإخبارية", "إدريس بوخزام", "المعارضة التشادية", "التشاديين", "المبالغات"],
 "ih2": ["شارع طرابلس", "كتيبة شهداء صبراتة", "العمل الجميل", "وكالة تونس إفريقيا للأنباء", "الجيش التونسي"],
 "ih3": ["الجيش الليبي", "الجيش الوطني الليبي", "الجانب المصري", "مساعد آمر اللواء", "ليبيا الحدث", "اليوم السابع",
         "القوات المسلحة المصرية"],
 "ih4": ["الخبر", "السلطات الجزائرية", "ما أُدرج", "محمد الإدريسي", "الجانب الجزائري"],
 "ih5": ["قناة النبأ", "بني وليد الآن", "الرايات الخضراء", "عماد الطرابلسي"],
}

PHEN = {
 "ih1": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "countries"],
 "ih2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "ih3": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
         "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "ih4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_neighbours", "countries"],
 "ih5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "ambiguity_tripoli"],
}

MOVES = {
 "ih1": [
  mv("redeploy", "reported", LNA, ["إدري"], ["مرزق"], ["سبها", "غدوة"]),
  mv("shipment", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["مرزق"]),
  mv("deploy", "planned", LNA, [], ["حقل الفيل"]),
  mv("advance", "denied", "Chadian armed groups", ["أم الأرانب"], ["مرزق"]),
  mv("mobilise", "conditional", None, ["تراغن", "القطرون"], ["مرزق"]),
 ],
 "ih2": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["صبراتة"], ["الزاوية", "صرمان"]),
  mv("withdraw", "denied", GNA, ["مجمع مليتة"], ["زوارة"]),
  mv("naval_landing", "planned", GNA, ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("mobilise", "conditional", None, [], ["عجيلات"]),
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان"]),
 ],
 "ih3": [
  mv("deploy", "planned", LNA, [], ["منفذ امساعد", "الحدود مع مصر"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء طبرق"]),
  mv("mobilise", "denied", None, [], ["البردي"]),
  mv("reinforce", "conditional", "Egyptian army", ["مرسى مطروح"], ["السلوم"]),
 ],
 "ih4": [
  mv("deploy", "reported", GNA, ["نالوت"], ["غدامس"], ["سيناون"]),
  mv("airlift", "reported", GNA, ["مطار معيتيقة"], ["مطار غدامس"]),
  mv("withdraw", "conditional", GNA, ["غدامس"], ["نالوت"]),
  mv("advance", "denied", LNA, ["الشويرف"], ["درج"], ["الحمادة الحمراء"]),
  mv("reinforce", "planned", "Algerian army", ["عين أمناس"], ["الدبداب"]),
 ],
 "ih5": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["ترهونة"], ["قصر بن غشير"]),
  mv("withdraw", "reported", None, ["الخضراء"], ["مسلاتة"]),
  mv("redeploy", "planned", GNA, ["ترهونة"], ["الخضراء"]),
  mv("shipment", "denied", LNA, ["الجفرة"], ["بني وليد"]),
  mv("mobilise", "conditional", None, [], ["بني وليد"]),
 ],
}

NOTES = {
 "ih1": "Afrigate News (Sabha): an LNA battalion's Facebook post (Idri→Murzuq via Sabha and Ghuddwa, fuel/ammunition "
        "trucks from Tamanhint air base, a company set for the El Feel field), the Tebu elders' dialect denial of Chadian "
        "rebels coming from Umm al-Aranib and their conditional call on Traghen and Al Qatrun youths; Idri vs the "
        "commander «إدريس», غات inside «المبالغات».",
 "ih2": "Al-Arab (Tunis): a GNU General Staff force Tripoli→Sabratha via Zawiya and Surman posted on its page, a Sabratha "
        "brigade's dialect denial of a pull-out Mellitah→Zuwara, the municipality's planned landing Abu Sitta naval base"
        "→Zuwara port, Al-Ajaylat elders' conditional gathering («لل+عجيلات» clitic), a Tunisian reinforcement "
        "Medenine→Ben Gardane; Tunis dateline vs the country, «شارع طرابلس», «العمل الجميل».",
 "ih3": "Youm7 (Cairo byline): Tobruk council's planned LNA deployment at the Amsaad crossing and along the Egyptian "
        "border, a brigade's posts on an airlift Benina→Gamal Abdel Nasser air base and a landing ship Benghazi port→"
        "Tobruk port, the Obeidat council's dialect denial of massing in Bardia, Egypt's conditional Marsa Matruh→Sallum "
        "reinforcement; «مساعد آمر» vs امساعد, nisbas المصري.",
 "ih4": "El Khabar (Algiers): a Nalut brigade's post on a column Nalut→Ghadames via Sinawen and an Interior airlift "
        "Mitiga→Ghadames airport, the Tuareg elders quoting the commander's conditional return to Nalut, Derj council's "
        "denial of an LNA column from Ash Shwayrif across the Hamada, a planned Algerian reinforcement In Amenas→Debdeb; "
        "Algiers dateline vs Algeria, «ما أُدرج» vs درج, «الإدريسي», spelling غدّامس/عين أمناس.",
 "ih5": "Alnabaa TV (Tripoli): the 444 Brigade's post on a column Tripoli→Tarhuna via Qasr Bin Ghashir, a local group's "
        "pull-back Al-Khadra→Msallata and the brigade's planned company Tarhuna→Al-Khadra, the Warfalla social council's "
        "dialect denial of an arms shipment from Jufra and its conditional «النفير العام» in Bani Walid; «بنى وليد», "
        "the page «بني وليد الآن», «الرايات الخضراء», «عماد الطرابلسي».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ih1", "ih2", "ih3", "ih4", "ih5")
