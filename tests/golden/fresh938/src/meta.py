# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                  # G (row الإمارات)
 # shared (western Libya)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "warshefana": ("region", "LY", 32.51012, 13.02794, "Warshefana"),                      # G* (row الجفارة, kind district)
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "sawani": ("town", "LY", 32.71667, 13.06667, "As Sawani"),                             # G
 "birghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                      # G
 "zahra": ("town", "LY", 32.67889, 12.87327, "Az Zahra"),                               # G
 "camp27": ("base", "LY", 32.81000, 12.92000, "Camp 27 (Kilometre 27)"),                # K (gazetteer row sits on Janzour)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G (also for مصراته)
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 # qjd1 Zawiya (Shabakat Rasd)
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),          # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Harsha"),                             # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 # qjd2 Al-Maya truce (WAM)
 "judaim": ("town", "LY", 32.78000, 12.80000, "Judaim"),                                # G (row جودائم, written جدائم)
 "abudhabi": ("city", "AE", 24.45118, 54.39696, "Abu Dhabi"),                           # G
 # qjd3 Janzour (Masr Al-Arabia)
 "tekbali": ("base", "LY", 32.88743, 13.18733, "Tekbali Camp (Tripoli)"),               # G
 "janzour_mun": ("district", "LY", 32.81868, 13.01727, "Janzour municipality"),         # G* (town row)
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 # qjd4 Al-Aziziya (Al-Sumaria News)
 "aziziya_iq": ("town", "IQ", 32.90830, 45.06670, "Al Aziziyah (Wasit, Iraq)"),         # K
 "wasit": ("district", "IQ", 32.60000, 45.60000, "Wasit Governorate"),                  # K
 "kikla": ("town", "LY", 32.08333, 12.70000, "Kikla"),                                  # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "aziziya_mun": ("district", "LY", 32.53194, 13.01750, "Al Aziziyah municipality"),     # G* (town row)
 "jafara": ("district", "LY", 32.51012, 13.02794, "Al Jafara"),                         # G
 "western_mountain": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G
 # qjd5 Warshefana pull-out (Amad)
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "zawiya_port": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya oil terminal"),          # G* (row مصفاة الزاوية, refinery and terminal)
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),          # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
}

TRAPS = {
 "qjd1": ["شبكة رصد", "كتيبة فرسان الزاوية", "الهادي الصرماني", "الصرماني", "الزاوية الأمنية", "الليبية"],
 "qjd2": ["وام", "إماراتي", "اللواء 111 مجحفل", "غرفة عمليات الساحل الغربي", "إدريس الورشفاني", "الليبية"],
 "qjd3": ["مصر العربية", "اللواء 444 قتال", "سالم الجنزوري", "الجنزوري", "الليبية", "المصري"],
 "qjd4": ["السومرية نيوز", "ليبيا الأحرار", "إدريس الغرياني", "الزنتانيين", "السواني والمزارع", "ليبية",
          "العراقية"],
 "qjd5": ["أمد", "المجلس الاجتماعي لقبائل ورشفانة", "المنطقة العسكرية الساحل الغربي", "عبد الحكيم الورشفاني",
          "الدبيبة", "الليبية"],
}

PHEN = {
 "qjd1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "border_phrase", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qjd2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "coverage_bases", "countries"],
 "qjd3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases", "coverage_neighbours",
          "countries"],
 "qjd4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "town_vs_district", "coverage_bases"],
 "qjd5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_crossings",
          "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qjd1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية"], ["جنزور", "الماية"]),
  mv("withdraw", "planned", None, ["مصفاة الزاوية"]),
  mv("withdraw", "conditional", "GNA forces", ["الزاوية"], ["طرابلس"]),
  mv("airlift", "denied", "GNA forces", ["مصراتة"], ["مطار معيتيقة"]),
  mv("mobilise", "reported", None, ["العجيلات"], ["الحرشة"]),
 ],
 "qjd2": [
  mv("deploy", "reported", "GNA forces", ["السواني"], ["الماية", "جدائم"]),
  mv("withdraw", "reported", None, ["معسكر 27"], ["بئر الغنم", "الزهراء"]),
  mv("redeploy", "planned", "GNA forces", ["الماية"], ["العزيزية"]),
  mv("advance", "conditional", None, [], ["معسكر 27"]),
  mv("reinforce", "denied", "Zintan forces", ["الزنتان"], ["العزيزية"]),
  mv("shipment", "denied", "Zintan forces", ["الزنتان"], ["ورشفانة"]),
 ],
 "qjd3": [
  mv("deploy", "reported", "GNA forces", ["معسكر التكبالي"], ["جنزور"]),
  mv("withdraw", "reported", "GNA forces", ["جنزور"], ["معسكر 27"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["جنزور"]),
  mv("redeploy", "conditional", "GNA forces", [], ["جنزور"]),
  mv("reinforce", "denied", None, ["الزاوية", "ورشفانة"], ["جنزور"]),
  mv("naval_landing", "denied", None, ["صبراتة"], ["جنزور"]),
 ],
 "qjd4": [
  mv("advance", "reported", "Zintan forces", ["الزنتان"], ["العزيزية"], ["بئر الغنم"]),
  mv("mobilise", "reported", None, [], ["الزهراء"]),
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["العزيزية"], ["السواني"]),
  mv("withdraw", "planned", "Zintan forces", ["العزيزية"], ["الزنتان"]),
  mv("withdraw", "conditional", "GNA forces", ["العزيزية"]),
  mv("airlift", "denied", "Misrata forces", ["مصراته"], ["قاعدة الوطية"]),
 ],
 "qjd5": [
  mv("withdraw", "reported", "GNA forces", ["الزهراء"], ["طرابلس"], ["السواني"]),
  mv("deploy", "planned", None, [], ["بئر الغنم", "الزهراء"]),
  mv("naval_landing", "reported", "GNA forces", ["ميناء طرابلس"], ["ميناء الزاوية النفطي"]),
  mv("redeploy", "conditional", "GNA forces", [], ["ورشفانة"]),
  mv("shipment", "denied", None, ["تونس"], ["ورشفانة"], ["معبر راس اجدير"]),
 ],
}

NOTES = {
 "qjd1": "Zawiya clashes by the refinery (Shabakat Rasd, dateline Zawiya): a GNU Interior force Tripoli→Zawiya via "
         "Janzour and Al-Maya, an elders' truce under which both groups are to pull back from the refinery "
         "(planned, no named force), the government force that will not leave Zawiya for Tripoli until the "
         "pull-back is complete (conditional), a denied battalion Misrata→Zawiya and cars from Al-Ajaylat massing "
         "at Al-Harsha; the mediator's name contains Surman, a brigade name and 'الزاوية الأمنية' contain Zawiya, "
         "and Tripoli (45 km), Surman and Zuwara (smuggling routes) are background.",
 "qjd2": "WAM agency dispatch (dateline Tripoli) on the Al-Maya truce: 111 Brigade units As-Sawani→Al-Maya and Judaim "
         "(spelled جدائم), Warshefana gunmen pulled back from Camp 27 to Bir al-Ghanam and Az-Zahra, a planned "
         "company Al-Maya→Al-Aziziya, Warshefana youths who will return near Camp 27 only if attacked in Al-Maya "
         "(conditional; Al-Maya only the condition), and a denied Zintan column to Al-Aziziya (origin resolved "
         "from «من المدينة»); the committee's seat in Janzour, Abu Dhabi and the UAE are not movement places.",
 "qjd3": "Masr Al-Arabia wire-based report (dateline Tripoli) on Janzour: a 444 Brigade force Tekbali camp→Janzour "
         "pulled back after 24 hours to Camp 27, central security units planned Tripoli→Janzour, the brigade that "
         "will return to «المدينة» (Janzour) only on the municipality's request, and denied reinforcements from "
         "Zawiya and Warshefana to Janzour; the mayor's name contains Janzour, the outlet's name contains Egypt, "
         "and Cairo, Egypt, Libya and 'الغرب الليبي' are only context.",
 "qjd4": "Al-Sumaria News (Iraqi, no place dateline) on Al-Aziziya: a Zintan column Zintan→Al-Aziziya via Bir "
         "al-Ghanam, GNU units Tripoli→Al-Aziziya via As-Sawani, a planned Zintani pull-back to Zintan, a GNU "
         "commander (name contains Gharyan) who will not withdraw until the committee takes over (conditional), "
         "and a denied airlift of fighters from Misrata (spelled مصراته) to Al-Watiya; the Iraqi Al-Aziziya in "
         "Wasit is a gold place but not the scene, 'السواني والمزارع' is the common word (farm plots), and the "
         "mediators' towns Gharyan and Kikla are not movement places.",
 "qjd5": "Amad (dateline Tripoli) on the Warshefana settlement: GNU units pulled out of Az-Zahra to Tripoli via "
         "As-Sawani, a planned local joint force in Bir al-Ghanam and Az-Zahra (signing venue Al-Aziziya not a "
         "movement place), coast-guard personnel moved by sea Tripoli port→Zawiya oil terminal, army units that "
         "would return to Warshefana if the deal is broken (conditional), and a denied arms shipment Tunisia→"
         "Warshefana via Ras Ajdir (spelled راس اجدير); the council's and command's names contain Warshefana and "
         "'الساحل الغربي', the border with Tunisia and Geneva are background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qjd1", "qjd2", "qjd3", "qjd4", "qjd5")
