# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# G* = gazetteer row reused under another label/kind (listed in the README); no row here is from own knowledge.
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # Tripoli and its quarters, bases and ports
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "souq": ("town", "LY", 32.88300, 13.23300, "Souq al Jumaa"),                           # G
 "abusalim": ("town", "LY", 32.88743, 13.18733, "Abu Salim"),                           # G (city-centre point, see README)
 "abusalim_mun": ("district", "LY", 32.88743, 13.18733, "Abu Salim Municipality"),      # G* (town row, kind district)
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                             # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "salahaldin": ("town", "LY", 32.88743, 13.18733, "Salah al-Din (Tripoli)"),            # G (city-centre point, see README)
 "hadba": ("town", "LY", 32.88743, 13.18733, "Al Hadba al Khadra"),                     # G (city-centre point, see README)
 "khallat": ("town", "LY", 32.80000, 13.18000, "Khallat al-Furjan"),                    # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "tekbali": ("base", "LY", 32.88743, 13.18733, "Tekbali Camp"),                         # G (city-centre point, see README)
 "tip": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),         # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "qbg": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                         # G
 # west and centre
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Al Qarabulli"),                       # G (row القره بوللي; also written القربوللي)
 "garabulli_mun": ("district", "LY", 32.74506, 13.71467, "Al Qarabulli Municipality"),  # G* (town row, kind district)
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "bw_airport": ("airport", "LY", 31.73920, 13.95400, "Bani Walid Airport"),             # G
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                            # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 # abroad
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
}

TRAPS = {
 "qmr1": ["طرابلس إف إم", "عماد الطرابلسي", "الأمن العام", "جهاز الردع لمكافحة الجريمة المنظمة والإرهاب",
          "اللواء 444 قتال"],
 "qmr2": ["الأمصار", "اللواء 444 قتال", "جهاز دعم الاستقرار", "القوة المشتركة", "الهلال الأحمر الليبي",
          "حكومة الوحدة الوطنية", "عبد الحميد الدبيبة", "محمد الغرياني", "الطريق الساحلي", "الليبية"],
 "qmr3": ["روز اليوسف", "اللواء 111 مجحفل", "حكومة الوحدة الوطنية", "الجيش الوطني الليبي", "الأمن العام",
          "صلاح الدين النمروش", "المصرية", "مصري", "الليبية"],
 "qmr4": ["نهارنت", "وكالة فرانس برس", "جهاز دعم الاستقرار", "111 مجحفل", "اللواء 444 قتال", "زنتانية",
          "اللبنانية", "الليبي"],
 "qmr5": ["لبدة إف إم", "صباح طرابلس", "الأمن العام", "جهاز الردع", "كتيبة رحبة الدروع", "القوة المشتركة مصراتة",
          "الطريق الساحلي", "الخمسة"],
}

PHEN = {
 "qmr1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_tripoli",
          "ambiguity_country_capital", "coverage_bases", "countries"],
 "qmr2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "coverage_bases"],
 "qmr3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "coverage_crossings"],
 "qmr4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
          "town_vs_district", "countries"],
 "qmr5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap",
          "ambiguity_tripoli", "town_vs_district", "coverage_bases", "coverage_crossings"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


GNA = "GNA forces"

MOVES = {
 "qmr1": [
  mv("deploy", "reported", GNA, ["عين زارة"], ["سوق الجمعة", "مطار معيتيقة"]),
  mv("deploy", "planned", GNA, [], ["تاجوراء"]),
  mv("withdraw", "denied", GNA, ["قاعدة معيتيقة"], ["تاجوراء"]),
  mv("advance", "conditional", GNA, ["معسكر التكبالي"], ["سوق الجمعة"]),
  mv("mobilise", "reported", None, [], ["تاجوراء"]),
 ],
 "qmr2": [
  mv("reinforce", "reported", GNA, ["معسكر التكبالي"], ["ترهونة"], ["قصر بن غشير"]),
  mv("deploy", "planned", GNA, ["طرابلس"], ["ترهونة"]),
  mv("advance", "denied", GNA, ["أبوسليم"], ["القربوللي"]),
  mv("advance", "conditional", "Misrata forces", [], ["القره بوللي"]),
 ],
 "qmr3": [
  mv("advance", "reported", GNA, ["صلاح الدين"], ["بني وليد"], ["ترهونة"]),
  mv("withdraw", "planned", GNA, ["بني وليد"], ["ترهونة"]),
  mv("deploy", "planned", GNA, [], ["بني وليد"]),
  mv("airlift", "denied", "Libyan National Army", ["بنغازي"], ["مطار بني وليد"]),
  mv("advance", "conditional", "Libyan National Army", ["سرت"], ["بني وليد"]),
 ],
 "qmr4": [
  mv("deploy", "planned", GNA, [], ["صلاح الدين", "عين زاره"]),
  mv("redeploy", "reported", GNA, ["الهضبة الخضراء"], ["أبو سليم"]),
  mv("reinforce", "reported", GNA, ["العزيزية"], ["عين زاره"]),
  mv("withdraw", "conditional", GNA, ["خلة الفرجان"], []),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["أبوسليم"]),
 ],
 "qmr5": [
  mv("deploy", "reported", GNA, ["تاجوراء"], ["القره بوللي"]),
  mv("withdraw", "planned", GNA, ["القره بوللي"], ["تاجوراء"]),
  mv("shipment", "denied", GNA, ["قاعدة امعيتيقة"], ["تاجورا"]),
  mv("redeploy", "reported", GNA, ["سوق الجمعة"], ["قاعدة امعيتيقة"]),
  mv("naval_landing", "conditional", "Misrata forces", ["ميناء مصراتة"], ["ميناء طرابلس"]),
 ],
}

NOTES = {
 "qmr1": "Libyan private radio (Tripoli FM «طرابلس إف إم», bulletin) from Tripoli: Public Security patrols Ain Zara→Souq "
         "al-Jumaa and around Mitiga airport (deploy reported), a planned take-over of Tajoura's gates, Radaa's denied "
         "pull-out Mitiga base→Tajoura (Facebook post), the 444 Brigade's conditional move Tekbali camp→Souq al-Jumaa "
         "and unnamed local groups massing at Tajoura's western entrance (actor null); the headline, the diverted "
         "civilian flights from Istanbul and Tunis to Misrata airport, the May 2025 background (Abu Salim→Salah al-Din) "
         "and the radio's and minister's names (hold طرابلس) are not movements or movement places.",
 "qmr2": "Arab news site (Al-Amssar «الأمصار», subheaded) on Tripoli: 444 Brigade reinforcements Tekbali camp→Tarhuna via "
         "Qasr Bin Ghashir, a planned GNA separation force Tripoli→Tarhuna, the SSA's denied move Abu Salim (أبوسليم)→"
         "Garabulli (written القربوللي) and the Misrata joint force's conditional advance on Garabulli (written القره "
         "بوللي; Misrata only the speaker's place); families fleeing Tarhuna (ترهونه) for Bani Walid and Msallata, the "
         "subheads, and the analyst's scenario Qasr Bin Ghashir–Al-Khums are not movements.",
 "qmr3": "Egyptian magazine site (Rosa al-Yusuf «روز اليوسف», Cairo) on Bani Walid: the 111 Brigade's advance Salah "
         "al-Din→outskirts of Bani Walid via Tarhuna, a planned pull-back Bani Walid→Tarhuna and a planned Public "
         "Security take-over of Bani Walid's gates, the LNA's denied cargo flight Benghazi→Bani Walid airport and its "
         "conditional move Sirte→Bani Walid; Cairo (watching, twice), Tripoli as government, Egyptian workers bused to "
         "the Amsaad crossing and the person صلاح الدين النمروش are not movements or movement places.",
 "qmr4": "Lebanese news site (Naharnet «نهارنت», Beirut) on a truce plan for southern Tripoli: a planned neutral GNA force "
         "in Salah al-Din and Ain Zara (written عين زاره), the SSA's redeployment Al-Hadba al-Khadra→Abu Salim, 111 "
         "Brigade reinforcements Al-Aziziyah→Ain Zara, the 444 Brigade's conditional pull-out from Khallat al-Furjan "
         "(Tripoli International Airport only in the condition) and Abu Salim municipality's denial of a Zintan column "
         "Zintan→Abu Salim (أبوسليم); Lebanese Tripoli (workers' home town), Beirut and Mitiga as the workers' way home "
         "and the headline are not movements or movement places.",
 "qmr5": "Libyan private radio (Lebda FM «لبدة إف إم», phone-in programme) from Tripoli: Public Security patrols "
         "Tajoura→Garabulli, Rahbat al-Duruu's planned pull-back Garabulli gate→Tajoura, Radaa's denied ammunition "
         "trucks Mitiga base (امعيتيقة)→Tajoura (تاجورا), Radaa's company moved Souq al-Jumaa→Mitiga base last week and "
         "the Misrata joint force's conditional sea move Misrata port→Tripoli port; callers from Al-Khums, the "
         "Zliten–Tripoli road and Tajoura's schools, Garabulli municipality and the programme «صباح طرابلس» are not "
         "movements or movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qmr1", "qmr2", "qmr3", "qmr4", "qmr5")
