# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 # Tunisia and outlets' cities abroad
 "bizerte": ("city", "TN", 37.27442, 9.87391, "Bizerte"),                                # G
 "sousse": ("city", "TN", 35.82539, 10.63699, "Sousse"),                                 # G
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                             # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                           # G
 "border_tn_ly": ("region", "TN", 33.0, 11.3, "Tunisia-Libya border (Tunisia side)"),    # K
 "aden": ("city", "YE", 12.77957, 45.03852, "Aden"),                                     # G
 "ramallah": ("city", "PS", 31.89964, 35.20422, "Ramallah"),                             # K
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                  # G
 # north-west Libya
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                 # G
 "jmail": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                               # G
 "regdalin": ("town", "LY", 32.88718, 11.98729, "Regdalin"),                             # G (row سيدي بن زينة, other name رقدالين)
 "ras_jdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G (row منفذ رأس جدير)
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                             # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Zawiya"),                                 # G (gn:2218970)
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                 # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                               # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziya"),                            # G
 "ain_zara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                             # G
 "tajoura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "qasr_bg": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                      # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Al Qarabulli"),                        # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),              # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                 # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 # Sirte front and the east
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                              # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                    # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                 # G
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                                 # G
 "bin_jawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                     # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 # Fezzan
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                  # G* (row جنوب ليبيا, written الجنوب الليبي)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                               # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                   # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libya side)"),  # G* (row الحدود الليبية التشادية)
}

TRAPS = {
 "qrj1": ["أوكسيجين إف إم", "الهلال الأحمر الليبي", "نرد الجميل", "الليبية", "الليبي", "التونسيين", "تونسية",
          "التونسي", "تونسي"],
 "qrj2": ["مساكن إف إم", "مساكن المدنيين", "مديرية أمن الزاوية", "اللواء 444 قتال", "المنطقة العسكرية الغربية",
          "التونسية", "تونسية", "تونسي"],
 "qrj3": ["كريتر سكاي", "القوة المشتركة مصراتة", "الجيش الوطني الليبي", "الكتيبة 128 مشاة", "الفيلق الأفريقي",
          "اللجنة العسكرية المشتركة 5+5", "الهلال الأحمر", "الليبية", "روسية"],
 "qrj4": ["أجيال", "اللواء طارق بن زياد", "جبهة الوفاق من أجل التغيير في تشاد", "مديرية أمن سبها"],
 "qrj5": ["المركز الفلسطيني للإعلام", "القوة المشتركة", "الفلسطينية", "فلسطيني", "التركية", "أتراك", "اللبنانية", "أبو أحمد الطرابلسي"],
}

PHEN = {
 "qrj1": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
          "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qrj2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "coverage_oil",
          "coverage_crossings", "countries"],
 "qrj3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "coverage_bases",
          "coverage_oil"],
 "qrj4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "vague_area", "border_phrase",
          "coverage_bases", "coverage_neighbours", "countries"],
 "qrj5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli", "coverage_bases",
          "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qrj1": [
  mv("advance", "reported", None, ["الجميل"], ["زوارة"]),
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان", "الحدود مع ليبيا"]),
  mv("advance", "denied", "Tunisian army", [], ["زوارة"], ["معبر رأس جدير"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["زوارة"]),
  mv("withdraw", "conditional", None, ["زوارة"], ["الجميل"]),
 ],
 "qrj2": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية", "مصفاة الزاوية"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["الزاوية"], ["العزيزية"]),
  mv("withdraw", "conditional", "GNA forces", ["الزاوية"], ["طرابلس"]),
  mv("redeploy", "planned", "GNA forces", ["جنزور"], ["صرمان"]),
 ],
 "qrj3": [
  mv("advance", "reported", "Misrata forces", ["أبوقرين"], ["الوشكة"]),
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["سرت"], ["ودان"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الخادم"], ["قاعدة القرضابية"]),
  mv("withdraw", "conditional", "Misrata forces", ["الوشكة"], ["أبوقرين"]),
  mv("redeploy", "planned", "Libyan National Army", ["بنغازي"], ["سرت"]),
  mv("mobilise", "reported", "Misrata forces", [], ["أبو قرين"]),
 ],
 "qrj4": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["سبها", "مطار سبها"]),
  mv("advance", "denied", "Chadian armed groups", ["الحدود مع تشاد"], ["سبها"]),
  mv("shipment", "reported", "Libyan National Army", [], ["مطار سبها"], ["سوكنة"]),
  mv("deploy", "planned", "Libyan National Army", ["سبها"], ["غدوة"]),
  mv("withdraw", "conditional", "Libyan National Army", ["سبها"], ["قاعدة تمنهنت"]),
 ],
 "qrj5": [
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["تاجوراء"], ["القره بوللي"]),
  mv("airlift", "denied", "Turkish armed forces", ["قاعدة الوطية"], ["طرابلس"]),
  mv("advance", "conditional", "Zintan forces", ["العزيزية"], ["قصر بن غشير"]),
  mv("withdraw", "planned", "Misrata forces", ["تاجوراء"], ["مصراتة"]),
 ],
}

NOTES = {
 "qrj1": "Tunisian radio (Oxygène FM, Bizerte) live blog on clashes at Zuwara's western gate: an armed group of unknown "
         "allegiance advancing Al-Jmail→Zuwara (actor null), Tunisian army reinforcements Medenine→Ben Gardane and along "
         "the border with Libya (Tunisia side), the ministry's denial of Tunisian units crossing the Ras Ajdir crossing "
         "towards Zuwara, a planned GNU chief-of-staff force Tripoli→Zuwara and the ceasefire's conditional pull-back "
         "Zuwara→Al-Jmail («شريطة»); the correction makes Tataouine a retracted origin (no move), travellers' buses back to "
         "Ben Gardane, the wounded taken to Sabratha, «طرابلس تتحرك» (metonymy), Tunisia/Libya in the travel advice and the "
         "dateline Bizerte are not movements or movement places; «نرد الجميل» holds Al-Jmail.",
 "qrj2": "Tunisian local radio (Msaken FM, dateline Sousse) live blog on clashes on Zawiya's southern edge: a GNU "
         "chief-of-staff column Tripoli→Zawiya stationed by the Zawiya refinery (deploy reported), the western region "
         "commander's denial of a Zintan advance on Zawiya via Al-Aziziya, the ceasefire's conditional return of the column "
         "Zawiya→Tripoli («فور تسلّم»), a planned 444 Brigade company Janzour→Surman; Tunisian trucks stuck in Surman and "
         "later moving to Ras Ajdir, the road Sabratha–Janzour, Tripoli as distance reference and hospitals, the Tunisian "
         "travel advice and a numbers-only correction are not movements; «مساكن» is the outlet's town and a common word.",
 "qrj3": "Yemeni news site (Crater Sky, Aden, «متابعات») live blog on fighting on Sirte's western edge: Joint Force "
         "Misrata units advancing Abu Qurayn→Al-Washka, LNA 128th Infantry reinforcements Jufra air base→Sirte via Waddan, "
         "the General Command's denial of a Russian cargo plane Al-Khadim base→Gardabya base with Africa Corps men, the UN "
         "ceasefire's conditional Joint Force pull-back Al-Washka→Abu Qurayn, a planned LNA battalion Benghazi→Sirte and "
         "the Joint Force massing in Abu Qurayn (written أبو قرين there); the "
         "correction (Bin Jawad→Harawa, explosions only), Misrata's council rejecting arrangements from Benghazi "
         "(metonymy), a Red Crescent aid convoy Misrata→Sirte and the Oil Crescent inside a condition are not movements.",
 "qrj4": "Palestinian radio network (Ajyal, Ramallah) live blog on clashes on Sabha's southern edge: Tariq bin Ziyad "
         "brigade reinforcements Tamanhint base→Sabha and around Sabha airport, LNA ammunition-and-fuel trucks to Sabha "
         "airport via Sokna (shipment), FACT's denial of fighters infiltrating from "
         "the border with Chad (Libya side) to Sabha's outskirts, a planned company Sabha→Ghuddwa and the truce's "
         "conditional return Sabha→Tamanhint base («بمجرد»); the correction makes Brak a retracted origin, the suspended "
         "flights, dialysis patients taken Sabha→Ubari by ambulance, Tripoli's call for calm (metonymy), a fact-finding "
         "committee to Sabha and Ubari inside activists' condition are not movements or movement places.",
 "qrj5": "Palestinian Information Center live blog from Tripoli on clashes in Ain Zara: a Joint Force column "
         "Misrata→Tajoura via Al-Qarabulli (reinforce reported; the correction makes Zliten a retracted origin), the "
         "Turkish defence ministry's denial of an airlift of Turkish soldiers Al-Watiya base→Tripoli, a Zintan field "
         "commander's conditional advance Al-Aziziya→Qasr bin Ghashir («لن ... إلا إذا») and the ceasefire's planned return "
         "of the column Tajoura→Misrata within 48 hours; flights diverted Mitiga→Misrata airport, the Palestinian embassy, "
         "a refugee from Tripoli (Lebanon) named «الطرابلسي» and Libya as the Turkish mission's country are not "
         "movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qrj1", "qrj2", "qrj3", "qrj4", "qrj5")
BAR_IN_TEXT = True  # the live-blog headlines «تغطية مباشرة | ...» and datelines «... | آخر تحديث» hold a literal "|"
