# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                  # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "belarus": ("country", "BY", 53.69985, 28.01942, "Belarus"),                            # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                              # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "north_korea": ("country", "KP", 40.34236, 126.74481, "North Korea"),                   # G
 "south_korea": ("country", "KR", 36.46032, 128.01137, "South Korea"),                   # G
 # capitals and other cities outside Libya
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                 # G
 "riyadh": ("city", "SA", 24.68773, 46.72185, "Riyadh"),                                 # G (row رياض)
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                             # G
 "latakia": ("city", "SY", 35.53125, 35.79088, "Latakia"),                               # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                 # G
 "washington": ("city", "US", 38.89511, -77.03637, "Washington"),                        # G
 "seoul": ("city", "KR", 37.56600, 126.97840, "Seoul"),                                  # G (row سئول, written سيول)
 "pyongyang": ("city", "KP", 39.03385, 125.75432, "Pyongyang"),                          # G (row بيونغيانغ, written بيونغ يانغ)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                 # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                     # G (also written bare حميميم)
 # Libya
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                     # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak (Brak al-Shati)"),                     # G (row براك, written براك الشاطئ)
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                   # G (also written bare بنينا)
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                  # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),                # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                  # G (جنوب ليبيا); G* when written الجنوب الليبي
 "east_libya": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),        # G* (row برقة, written شرق ليبيا)
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libya side)"),  # G* (row الحدود الليبية النيجرية)
 "tripoint_ly_sd_td": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 # Niger
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                  # G
 "niamey_airport": ("airport", "NE", 13.48150, 2.18361, "Niamey Diori Hamani Airport"),  # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                 # G
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                    # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G (row أغاديس, written أغاديز)
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                 # G
 "border_ne_ly": ("region", "NE", 22.3, 13.9, "Niger-Libya border (Niger side)"),        # K
 # Mali
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                 # G
 "bamako_airport": ("airport", "ML", 12.5335, -7.9499, "Bamako-Senou (Modibo Keita) Airport"),  # K
 "timbuktu": ("town", "ML", 16.77348, -3.00742, "Timbuktu"),                             # G
 "timbuktu_airport": ("airport", "ML", 16.7305, -3.0075, "Timbuktu Airport"),            # K
 "gao": ("city", "ML", 16.27167, -0.04472, "Gao"),                                       # G (row جاو, written غاو)
 "menaka": ("town", "ML", 15.91985, 2.39609, "Menaka"),                                  # G
 "lere": ("town", "ML", 15.7167, -4.9167, "Lere"),                                       # K
 "azawad": ("region", "ML", 19.00000, 0.00000, "Azawad"),                                # G
 "north_mali": ("region", "ML", 20.45092, -2.20255, "Northern Mali"),                    # G* (row شمال مالي, written شمالي مالي)
 # Mauritania
 "nema": ("town", "MR", 16.6170, -7.2560, "Nema"),                                       # K
 "bassikounou": ("town", "MR", 15.8667, -5.9667, "Bassikounou"),                         # K
 "border_mr_ml": ("region", "MR", 15.8, -6.3, "Mauritania-Mali border (Mauritania side)"),  # K
 # Sudan and Chad
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                               # G
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                   # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                            # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                             # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                             # G
}

TRAPS = {
 "qmp1": ["شبكة أخبار السعودية", "عين الصحراء", "فلايت رادار 24", "نوفوستي", "الفيلق الأفريقي", "قوات الدعم السريع",
          "القيادة العامة", "فاغنر", "تعطل الخادم", "بنينا استنتاجاتنا", "الروسية", "الروسي"],
 "qmp2": ["أخبار سورية", "شبكة شام", "عمر الحوراني", "ماكسار", "ريبار", "ألكسندر أوتراكوفسكي", "القيادة العامة",
          "أجنحة الشام", "توم براك", "السورية", "الروسية", "الروسي", "الأمريكي"],
 "qmp3": ["الشرق اليوم", "الفيلق الأفريقي", "جماعة نصرة الإسلام والمسلمين", "أزوادية", "المالي", "روسيتين",
          "موريتانية", "الموريتاني"],
 "qmp4": ["كي بي إس ورلد راديو", "رادار الساحل", "رويترز", "سيول من التضليل", "خليفة حفتر", "النيجرية", "النيجري",
          "الليبية", "السورية", "الكورية الشمالية", "الروسي"],
 "qmp5": ["صوت لبنان", "رامي الطرابلسي", "الطرابلسي", "طيران الشرق الأوسط", "قوات الدعم السريع", "القيادة العامة", "سبل السلام",
          "اللبناني", "روسيتين", "الروسية", "السودانيين", "التشادي", "السودانية"],
}

PHEN = {
 "qmp1": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "border_phrase",
          "coverage_bases", "coverage_neighbours", "countries"],
 "qmp2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "coverage_bases", "coverage_crossings", "countries"],
 "qmp3": ["spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "coverage_bases", "countries"],
 "qmp4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "vague_area",
          "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qmp5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qmp1": [
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الخادم"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة الخادم"], ["مطار باماكو"]),
  mv("airlift", "reported", "Russian forces", ["بيلاروسيا"], ["قاعدة الجفرة الجوية"]),
  mv("airlift", "planned", "Russian forces", ["قاعدة الجفرة الجوية"], ["مطار نيامي"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الخادم"], ["مطار الكفرة"]),
  mv("deploy", "conditional", "Libyan National Army", ["براك الشاطئ"], ["الحدود مع النيجر"]),
 ],
 "qmp2": [
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الخادم", "قاعدة معطن السارة"]),
  mv("naval_landing", "planned", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("deploy", "planned", "Russian forces", ["ميناء طبرق"], ["قاعدة الخادم"]),
  mv("withdraw", "conditional", "Russian forces", ["حميميم"], ["ليبيا"]),
  mv("redeploy", "denied", "Russian forces", ["قاعدة الخادم"], ["قاعدة براك الجوية"]),
 ],
 "qmp3": [
  mv("airlift", "reported", "Russian forces", ["قاعدة براك الجوية"], ["مطار تمبكتو"]),
  mv("advance", "reported", "Russian forces", ["تمبكتو"], ["ليري"]),
  mv("mobilise", "reported", None, [], ["ليري"]),
  mv("airlift", "conditional", "Russian forces", ["قاعدة الجفرة الجوية"], ["تمبكتو"]),
  mv("withdraw", "denied", "Russian forces", ["غاو"], ["قاعدة الجفرة الجوية"]),
  mv("reinforce", "planned", None, ["النعمة"], ["باسكنو"]),
 ],
 "qmp4": [
  mv("shipment", "reported", "Russian forces", ["قاعدة براك الجوية"], ["ديركو"], ["القطرون", "منفذ التوم"]),
  mv("airlift", "planned", "Russian forces", ["مطار بنينا"], ["مطار نيامي"]),
  mv("deploy", "denied", "Russian forces", [], ["أرليت"]),
  mv("deploy", "conditional", "Nigerien army", ["ديركو"], ["الحدود مع ليبيا"]),
 ],
 "qmp5": [
  mv("airlift", "reported", "Russian forces", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("airlift", "denied", "Russian forces", ["مطار الكفرة"], ["نيالا"], ["المثلث الحدودي"]),
  mv("redeploy", "planned", "Libyan National Army", ["تازربو"], ["الكفرة"]),
  mv("deploy", "conditional", "Chadian army", [], ["فايا لارجو"]),
 ],
}

NOTES = {
 "qmp1": "Saudi news network (SaudiNews50) from Riyadh retelling an X flight-tracking thread: Il-76s Khmeimim→Al-Khadim "
         "base, six of them on Al-Khadim→Bamako airport with Africa Corps men, a Russian air-force An-124 Belarus→Jufra "
         "air base, three planned flights from the same base to Niamey airport (anaphora «من القاعدة نفسها»), Moscow's "
         "denial of two flights Al-Khadim→Kufra airport for the RSF, and the LNA's conditional battalion Brak al-Shati→the "
         "border with Niger (Libya side); the headline, Moscow and Benghazi as speakers, Riyadh (dateline), Al-Marj "
         "(locator), the 2019 Wagner air bridge Syria–Benghazi (background), «تعطل الخادم» (server; holds Al-Khadim) and "
         "«بنينا» (we built) are not movements or movement places.",
 "qmp2": "Syrian opposition network (Shaam) on satellite images of Khmeimim: Il-76/An-124 flights Khmeimim→Al-Khadim "
         "and Maaten al-Sarra bases (one airlift, origin by anaphora «من القاعدة»), a planned landing ship Tartus→Tobruk "
         "port and its men on by land to Al-Khadim, Moscow's conditional pull-out of the rest from Khmeimim to Libya "
         "(«إذا لم يُوقَّع»), the LNA's denial that Russian air-defence units moved Al-Khadim→Brak air base; Cham Wings' "
         "civilian Damascus–Benghazi flights, the US envoy Tom Barrack (holds براك), Damascus, Washington and "
         "Benghazi as speakers and the section label «أخبار سورية» are not movements or movement places.",
 "qmp3": "Mauritanian site (Echargh Today) from Nema on a Malian blogger's thread: two Russian Il-76s Brak air base→"
         "Timbuktu airport, a Russian-Malian column Timbuktu→Lere, JNIM fighters massing around Lere (actor null), a "
         "conditional Russian helicopter airlift Jufra air base→Timbuktu («إذا تواصلت»), Bamako's denial of a Russian "
         "pull-back Gao (written غاو)→Jufra air base and a planned Mauritanian reinforcement Nema→Bassikounou (actor "
         "null); the ambush near Menaka, Russia and the border with Mali (watched, no move), Azawad and the UNHCR "
         "refugee trucks from around Lere to Bassikounou are not movements or movement places.",
 "qmp4": "KBS World Radio Arabic from Seoul on agency and OSINT reports: a Russian supply convoy Brak air base→Dirkou via "
         "Al-Qatrun and the Toummo crossing, a planned Russian An-124 Benina airport→Niamey airport («يُتوقع أن تنقل»), "
         "Niamey's denial of Russian units deployed at Arlit and the Nigerien army's conditional push Dirkou→the border "
         "with Libya (Niger side); Khmeimim (past use), Seoul (dateline; also «سيول من التضليل» floods), Washington, "
         "North and South Korea, Pyongyang and Moscow in the shell-supply background are not movement places.",
 "qmp5": "Lebanese radio (Voice of Lebanon) from Beirut on a Lebanese tracker's findings: two Russian Il-76s Benina air "
         "base→Kufra airport (reported), one continuing Kufra airport→Nyala via the Libya–Chad–Sudan border triangle, "
         "claimed by the tracker and denied by the Russian foreign ministry in Moscow (status denied), a planned Subul al-Salam "
         "company Tazirbu→Kufra and the Chadian army's conditional helicopter squadron to Faya-Largeau; N'Djamena and "
         "Moscow as speakers, Darfur as locator, Tripoli (GNU) and رامي الطرابلسي (holds طرابلس) are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qmp1", "qmp2", "qmp3", "qmp4", "qmp5")
