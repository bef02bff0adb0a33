# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 "greece": ("country", "GR", 39.07170, 21.95170, "Greece"),                                # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                     # G
 "jordan": ("country", "JO", 31.26963, 36.29991, "Jordan"),                                # G
 "oman": ("country", "OM", 20.81734, 56.96504, "Oman"),                                    # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                                # G
 # cities outside the Green Mountain
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                   # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                           # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                             # G
 "abudhabi": ("city", "AE", 24.45118, 54.39696, "Abu Dhabi"),                              # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                     # G
 # Derna
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                     # G
 "derna_mun": ("district", "LY", 32.76704, 22.63669, "Derna municipality"),                # G* (city row)
 "derna_port": ("crossing", "LY", 32.770, 22.646, "Port of Derna"),                        # K
 "fataih": ("town", "LY", 32.76704, 22.63669, "Al Fataih (Derna)"),                        # G
 "shiha": ("town", "LY", 32.76704, 22.63669, "Shiha (Derna)"),                             # G
 # Green Mountain
 "jabal_akhdar": ("region", "LY", 32.02519, 21.79830, "Al Jabal al Akhdar"),               # G* (district row)
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                                  # G
 "shahat": ("town", "LY", 32.80430, 21.86605, "Shahhat"),                                  # G
 "susa": ("town", "LY", 32.89702, 21.96583, "Susah (Apollonia)"),                          # G
 "ras_hilal": ("village", "LY", 32.87000, 22.18000, "Ras al Hilal"),                       # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "La Abraq Airport"),               # G
 "qirnada_camp": ("base", "LY", 32.73174, 21.90350, "Gernada camp"),                       # G* (town row قرنادة)
 "wadi_kuf": ("region", "LY", 32.69650, 21.56560, "Wadi al-Kuf"),                          # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                    # G
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                                 # G
 "qubba_mun": ("district", "LY", 32.75684, 22.24106, "Al Qubbah municipality"),            # G* (town row)
 "martuba": ("town", "LY", 32.57421, 22.76353, "Martubah"),                                # G
 "martuba_base": ("base", "LY", 32.57421, 22.76353, "Martuba Air Base"),                   # G* (town row)
 "makhili": ("town", "LY", 32.16005, 22.27845, "Al Mukhayli"),                             # G
 "tamimi": ("town", "LY", 32.31000, 23.07000, "At Tamimi"),                                # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),             # G* (row برقة)
 # bases, ports, crossings
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                     # G
 "khadim_base": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                  # G
 "gan_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),            # G* (row مطار طبرق)
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                  # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),         # G
 "emsaed": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),        # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),            # G* (row منفذ امساعد, country EG)
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                                # G
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                       # G
 "naguib_base": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),        # G
 # border regions
 "border_ly_side": ("region", "LY", 31.0, 24.9, "Libya-Egypt border (Libyan side)"),       # K
 "border_eg_side": ("region", "EG", 31.0, 25.2, "Egypt-Libya border (Egyptian side)"),     # K
}

LNA = "Libyan National Army"
EGA = "Egyptian army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "ur1": ["بوابة أفريقيا الإخبارية", "الجيش الوطني الليبي", "مصرية", "غرفة عمليات درنة", "فرج الطبرقي"],
 "ur2": ["فرانس 24", "الجيش الليبي", "إيطالية", "الملك إدريس السنوسي", "الخيام البيضاء", "نجوى الطرابلسي"],
 "ur3": ["الوفد", "مصرية", "مصري", "الليبية", "المنطقة الغربية العسكرية", "الجيش الوطني الليبي", "الجيش الليبي",
         "صندوق التنمية وإعادة إعمار ليبيا", "بلقاسم حفتر", "خليفة حفتر"],
 "ur4": ["الإمارات اليوم", "الجيش الليبي", "الجيش الوطني الليبي", "ميلود الإدريسي", "الفيلق الأفريقي الروسي",
         "إماراتية", "تحت القبة", "الليبيين"],
 "ur5": ["الدستور", "الجيش الليبي", "الجيش الوطني الليبي", "عمر المختار", "الإيطاليين", "سلاح الجو الملكي الأردني",
         "أردني", "خليفة حفتر"],
}

PHEN = {
 "ur1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "ur2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_bases", "countries"],
 "ur3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "ur4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
 "ur5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
}

MOVES = {
 "ur1": [
  mv("deploy", "reported", LNA, ["بنغازي"], ["درنة", "ميناء درنة"], ["المرج", "البيضاء", "القبة"]),
  mv("shipment", "reported", LNA, ["طبرق"], ["ميناء درنة"]),
  mv("redeploy", "planned", LNA, ["قاعدة مرتوبة الجوية"], ["الفتائح"]),
  mv("reinforce", "conditional", LNA, [], ["شيحا"]),
  mv("withdraw", "denied", LNA, ["درنة"], ["طبرق"]),
 ],
 "ur2": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الأبرق"]),
  mv("deploy", "reported", LNA, ["مطار الأبرق"], ["شحات", "سوسة"]),
  mv("naval_landing", "planned", LNA, [], ["سوسة"]),
  mv("withdraw", "conditional", LNA, ["شحات"], ["معسكر قرنادة"]),
  mv("mobilise", "denied", None, [], ["البيضاء"]),
 ],
 "ur3": [
  mv("deploy", "denied", EGA, [], ["درنة"]),
  mv("reinforce", "reported", EGA, ["مرسى مطروح"], ["السلوم"], ["سيدي براني"]),
  mv("withdraw", "conditional", EGA, ["السلوم"], ["مطروح"]),
  mv("redeploy", "reported", LNA, ["قاعدة جمال عبد الناصر الجوية"], ["منفذ إمساعد"]),
  mv("airlift", "planned", EGA, ["قاعدة محمد نجيب العسكرية"], ["قاعدة مرتوبة الجوية"]),
 ],
 "ur4": [
  mv("mobilise", "reported", LNA, [], ["القبة"]),
  mv("advance", "reported", LNA, ["القبة"], ["المخيلي"]),
  mv("airlift", "planned", LNA, ["قاعدة الخادم"], ["مرتوبه"]),
  mv("naval_landing", "conditional", LNA, [], ["رأس الهلال"]),
  mv("deploy", "denied", "Russian forces", [], ["قاعدة مرتوبة الجوية"]),
 ],
 "ur5": [
  mv("withdraw", "reported", LNA, ["درنة"], ["قاعدة مرتوبة الجوية"]),
  mv("naval_landing", "reported", LNA, ["قاعدة طبرق البحرية"], ["ميناء درنة"]),
  mv("mobilise", "planned", LNA, [], ["التميمي"]),
  mv("advance", "conditional", LNA, [], ["وادي الكوف"]),
  mv("shipment", "denied", None, [], ["ميناء درنة"]),
 ],
}

NOTES = {
 "ur1": "Afrigate-News-style Derna report, a precision test: an LNA battalion Benghazi→Derna/Derna port via Al-Marj, "
        "Al-Bayda and Al-Qubbah and an armour shipment Tobruk→Derna port (reported), a company Martuba air base→Al-Fataih "
        "(planned), reinforcements for Shiha «في حال» (conditional), a pull-out Derna→Tobruk denied; the Egyptian "
        "contractors' convoy via Emsaed, returning families, a fuel tanker from Marsa al-Hariga and military engineers "
        "clearing rubble are not movements.",
 "ur2": "France-24-style Al-Bayda report: an LNA airlift Benina air base→Al-Abraq airport and the troops on to Shahat and "
        "Susa (reported), a marine landing at Susa (planned), a pull-back Shahat→Gernada camp «بمجرد» (conditional), a "
        "tribal mobilisation in Al-Bayda called «مجرد شائعات» (denied, actor null); Ras al-Hilal (patrol extent), Greece "
        "(migrants), Tripoli, Tunis and the displaced teacher's Derna are not movement places.",
 "ur3": "Al-Wafd-style Cairo report: Egyptian troops entering Derna denied (the convoys through the Sallum land port are "
        "contractors'), an Egyptian reinforcement Marsa Matruh→Sallum via Sidi Barrani (reported) that will not return "
        "Sallum→Matruh «إلا إذا» (conditional), an LNA battalion Gamal Abdel Nasser air base→Emsaed crossing (reported), "
        "an Egyptian Saiqa airlift Mohamed Naguib base→Martuba air base (planned); the cement ship Alexandria→Derna port "
        "and the workers crossing the border are not movements.",
 "ur4": "Emarat-Al-Youm-style report on Al-Qubbah: LNA massing at Al-Qubbah and a scout company Al-Qubbah→Al-Mukhayli "
        "(reported), an airlift Al Khadim base→Martuba (planned), a sea landing at Ras al-Hilal «إذا» (conditional), "
        "Africa Corps troops at Martuba air base denied; the Emirati aid flight Abu Dhabi→Al-Abraq airport, engineers "
        "reopening the road, contractors' convoys and families returning from Tobruk are not movements.",
 "ur5": "Al-Dustour-style Amman wire report: two LNA battalions Derna→Martuba air base and a marine company landed "
        "Tobruk naval base→Derna port (reported), massing at At-Tamimi (planned), an advance on Wadi al-Kuf «إذا» "
        "(conditional), an arms shipment to Derna port denied (actor null); the Jordanian air force field-hospital "
        "flight to Al-Abraq airport, the fuel tanker from Marsa al-Hariga and the returning displaced are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ur1", "ur2", "ur3", "ur4", "ur5")
