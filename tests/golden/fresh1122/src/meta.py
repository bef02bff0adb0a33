# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# G* = gazetteer row reused under another label or kind (listed in the README). No row is own knowledge.
P = {
 # countries and foreign cities
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "hague": ("city", "NL", 52.07667, 4.29861, "The Hague"),                                # G
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                    # G
 # Tripoli and the north-west
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "tripoli_airport": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),  # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                   # G
 "qasr": ("town", "LY", 32.68333, 13.18333, "Qasr bin Ghashir"),                         # G* (row kind city)
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                               # G
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                             # G
 "bani_walid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                               # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al-Asabaa"),                              # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                  # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                   # G
 "wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),        # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libya side)"),  # G* (row الحدود الليبية التونسية)
 # Tunisia and Algeria
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                 # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                           # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                  # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                               # G
 # east and centre
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                            # G (district row)
 # Fezzan
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),             # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libya side)"),  # G* (row الحدود الليبية الجزائرية)
}

TRAPS = {
 "qqg1": ["محاماة نت", "اللواء التاسع", "القيادة العامة", "م. الترهوني", "الدعم المركزي", "كتيبة الإسناد"],
 "qqg2": ["غربة نيوز", "قضية مخازن الجفرة", "الجيش الوطني الليبي", "كتيبة الإمداد"],
 "qqg3": ["JDD", "ف. الغرياني", "حرس الحدود", "الليبي", "التونسية", "التونسي", "تونسي"],
 "qqg4": ["محامون من أجل العدالة في ليبيا", "الكانيات", "القيادة العامة", "حكومة الوفاق", "اللواء 444 قتال",
          "أصابع الاتهام", "المحكمة الجنائية الدولية", "الليبية"],
 "qqg5": ["مركز مدافع لحقوق الإنسان", "اللواء طارق بن زياد", "الكتيبة 128", "القيادة العامة", "مبالغات", "جزائري",
          "الجزائرية", "الليبي"],
}

PHEN = {
 "qqg1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "coverage_bases"],
 "qqg2": ["clitics", "multiword", "media_trap", "operation_trap", "vague_area", "border_phrase", "coverage_bases",
          "coverage_neighbours", "countries"],
 "qqg3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qqg4": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "countries"],
 "qqg5": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
          "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"

MOVES = {
 "qqg1": [
  mv("advance", "reported", LNA, ["ترهونة"], ["قصر بن غشير", "مطار طرابلس الدولي"]),
  mv("withdraw", "reported", LNA, ["ترهونه"], ["قاعدة الجفرة الجوية"], ["بني وليد"]),
  mv("advance", "denied", LNA, ["ترهونة"], ["مسلاتة"]),
  mv("deploy", "planned", GNA, ["قاعدة معيتيقة"], ["ترهونة"]),
  mv("withdraw", "conditional", GNA, ["ترهونة"], ["طرابلس"]),
 ],
 "qqg2": [
  mv("redeploy", "reported", LNA, ["سبها"], ["قاعدة الجفرة الجوية"]),
  mv("shipment", "reported", LNA, ["قاعدة الجفرة الجوية"], ["براك"]),
  mv("redeploy", "denied", LNA, ["سبها"], ["الجفرة"]),
  mv("deploy", "planned", LNA, ["بنغازي"], ["براك"]),
  mv("withdraw", "conditional", LNA, ["قاعدة الجفرة الجوية"], ["سبها"]),
 ],
 "qqg3": [
  mv("advance", "reported", GNA, ["غريان"], ["منفذ وازن"], ["نالوت"]),
  mv("deploy", "reported", GNA, ["الأصابعة"], ["نالوت"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["منفذ وازن"]),
  mv("deploy", "planned", GNA, [], ["منفذ رأس جدير", "منفذ وازن"]),
  mv("reinforce", "conditional", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
 ],
 "qqg4": [
  mv("withdraw", "reported", LNA, ["ترهونة"], ["الشويرف"], ["بني وليد"]),
  mv("advance", "reported", GNA, ["قصر بن غشير"], ["ترهونة"]),
  mv("deploy", "planned", GNA, [], ["بني وليد"]),
  mv("withdraw", "conditional", GNA, ["الأصابعة"], ["غريان"]),
  mv("advance", "denied", GNA, ["غريان"], ["مزدة"]),
 ],
 "qqg5": [
  mv("advance", "reported", LNA, ["قاعدة تمنهنت"], ["أوباري"]),
  mv("reinforce", "reported", LNA, ["قاعدة الجفرة الجوية"], ["مرزق"]),
  mv("deploy", "planned", LNA, [], ["مرزق"]),
  mv("advance", "denied", LNA, ["غات"], ["منفذ إيسين"]),
  mv("reinforce", "conditional", "Algerian army", ["إليزي"], ["جانت"]),
 ],
}

NOTES = {
 "qqg1": "Legal-affairs site (Mohamah.net) from Tripoli on the Military Prosecutor's indictment of 14 former Ninth "
         "Brigade men: the indictment's 2019 column Tarhuna→Qasr bin Ghashir with part stationed around Tripoli "
         "International Airport and the 2020 pull-out Tarhuna (written ترهونه)→Jufra air base via Bani Walid (LNA "
         "side, reported), a defence lawyer's denial that his client's company moved Tarhuna→Msallata, a planned "
         "military-police force Mitiga base→Tarhuna to execute arrest warrants and the court's conditional "
         "pull-out of the Tarhuna garrison to Tripoli if it does not hand over two suspects; the dateline, the "
         "prosecution's seat, «طرابلس رفضت» (government), Benghazi's military judiciary and the victims' families' "
         "bus convoy from Tarhuna are not movements.",
 "qqg2": "Arab-American news site carrying agency copy (Ghorba News) from Benghazi on the military court's «Jufra "
         "depots case»: a witness's company sent Sabha→Jufra air base (redeploy, reported), two military trucks "
         "of ammunition base→Brak (shipment, reported; the later sale to smugglers near the border with Algeria is "
         "not a move), the defence's denial that the accused's unit moved Sabha→Al Jufra (district), a planned "
         "military-police patrol Benghazi→Brak to arrest fugitives and the court's conditional pull-out of the "
         "depot guard company to Sabha; «قضية مخازن الجفرة» is a case-name trap, the fuel convoy Benghazi→Sabha is "
         "civilian, Tripoli is a government by metonymy.",
 "qqg3": "Tunisian news site's Arabic edition (JDD Tunisie) from Tunis on the Libyan Attorney General's report sent "
         "to Tunisia: a GNU-chain company Gharyan→Wazin crossing via Nalut and a second group Al-Asabaa→around "
         "Nalut (reported), the Zintan military council's denial of a company Zintan→Wazin crossing, a planned "
         "Interior Ministry joint force for the Ras Ajdir and Wazin crossings (no origin) and a Tunisian army "
         "reinforcement Tataouine→Dehiba only if armed approaches recur; the smuggled fuel tankers crossing the "
         "border with Tunisia towards Dehiba are civilian; تونس is Tunis in the dateline and the country in the "
         "headline and in «كانت تونس قد طالبت ليبيا».",
 "qqg4": "Human-rights organisation's Arabic statement (Lawyers for Justice in Libya) on the Attorney General's "
         "warrants for the Tarhuna file: the Kaniyat's 2020 pull-out Tarhuna→Ash Shwayrif via Bani Walid (LNA side) "
         "and the GNA forces' entry Qasr bin Ghashir→Tarhuna (reported), a planned judicial-police unit to Bani "
         "Walid (no origin), the Tripoli military prosecution's conditional pull-back of the Al-Asabaa battalion to "
         "Gharyan and the 444 Brigade's denial of a unit Gharyan→Mizdah; detainees moved Gharyan→Tripoli are not a "
         "force movement; «أصابع الاتهام» (fingers of accusation) is a common-word trap for Al-Asabaa; the NGO's "
         "name holds ليبيا.",
 "qqg5": "Human-rights centre's quarterly report (Defender Center for Human Rights, Paris) on Fezzan: a Tariq bin "
         "Ziyad force Tamanhint base→Ubari for arrest raids and Brigade 128 reinforcements Jufra air base→Murzuq "
         "(reported), a planned Sabha military-prosecution force to Murzuq (Sabha is only the speaker), the "
         "General Command's denial of a unit Ghat→Isayen crossing and an Algerian conditional reinforcement "
         "Illizi→Djanet; detainees bused Ubari→Sabha, opponents fleeing towards the border with Algeria and "
         "Algeria's deportations to Libya are not force movements; «مبالغات» (exaggerations) holds غات.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qqg1", "qqg2", "qqg3", "qqg4", "qqg5")
