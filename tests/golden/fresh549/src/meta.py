# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                              # G
 # capitals and cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                     # G
 # Tripoli and the west
 "tripoli_port": ("crossing", "LY", 32.902, 13.186, "Port of Tripoli"),                  # K
 "bab_aziziya": ("base", "LY", 32.869, 13.165, "Bab al-Aziziya compound"),               # K
 "souq": ("town", "LY", 32.88300, 13.23300, "Souq al Jum'aa"),                           # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                 # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                               # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                              # G
 "tekbali": ("base", "LY", 32.88743, 13.18733, "Tekbali Camp (Tripoli)"),                # G
 "yarmouk": ("base", "LY", 32.88743, 13.18733, "Yarmouk Camp (Tripoli)"),                # G
 "tia": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),          # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                      # G
 "qasr": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                         # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                           # G
 "warshefana": ("region", "LY", 32.51012, 13.02794, "Warshefana"),                       # G* (Al Jafara district row)
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                               # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                               # G
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                  # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "nafusa": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),      # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),              # G* (الحدود الليبية التونسية)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G* (row منفذ رأس جدير)
 # Bani Walid and the south-west of Tripoli
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                          # G
 "bw_mun": ("district", "LY", 31.74554, 13.98354, "Bani Walid municipality"),            # G* (town row)
 "bw_airport": ("airport", "LY", 31.73920, 13.95400, "Beni Walid Airport"),              # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                            # G* (Jufra air base point, near Hun/Waddan)
 # Sirte, the central coast and the oil crescent
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),              # G* (city row)
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                          # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                              # G
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                                 # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                            # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                 # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                        # G
 "sidra": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),               # G
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "ue1": ["ليبيا الأحرار", "فجر عروس البحر", "عبد السلام الطرابلسي", "ما ادري", "شارع طرابلس", "ميدان الجزائر"],
 "ue2": ["الدستور", "درع ليبيا", "سالم الورفلي", "قبائل ورفلة", "ما ادري", "الجيش الوطني الليبي"],
 "ue3": ["الإمارات اليوم", "معمر القذافي", "شارع طرابلس", "قاعات واغادوغو", "البنيان المرصوص",
         "الجيش الوطني الليبي"],
 "ue4": ["فجر ليبيا", "عمان", "الصادق الغرياني", "الكرامة", "الكتائب الزنتانية", "الشروق",
         "المجلس العسكري مصراتة"],
 "ue5": ["طوفان الكرامة", "لوسيل", "ناصر الغرياني", "التركية"],
}

PHEN = {
 "ue1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "ue2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "town_vs_district"],
 "ue3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil"],
 "ue4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "ue5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "coverage_bases", "countries"],
}

MOVES = {
 "ue1": [
  mv("advance", "reported", None, ["الزاوية"], ["طرابلس"], ["جنزور"]),
  mv("shipment", "reported", None, [], ["الجبل الغربي"], ["منفذ وازن"]),
  mv("naval_landing", "reported", "Misrata forces", ["مصراته"], ["ميناء طرابلس"]),
  mv("advance", "reported", "Zintan forces", [], ["باب العزيزية"]),
  mv("withdraw", "reported", None, ["طرابلس"], ["بني وليد", "سرت"]),
  mv("reinforce", "reported", "GNA forces", ["معسكر التكبالي"], ["مطار طرابلس الدولي"]),
  mv("deploy", "planned", "GNA forces", [], ["سوق الجمعة", "تاجوراء"]),
  mv("deploy", "conditional", "Misrata forces", ["مصراتة"], ["طرابلس"]),
  mv("shipment", "denied", None, [], ["ميناء طرابلس"]),
 ],
 "ue2": [
  mv("advance", "reported", None, ["ترهونة", "مصراتة"], ["بني وليد"]),
  mv("advance", "reported", "Misrata forces", [], ["بني وليد"]),
  mv("airlift", "reported", "Wagner Group", ["مطار بني وليد"], ["الجفرة"]),
  mv("withdraw", "reported", "Libyan National Army", ["ترهونة"], ["الجفرة"], ["بني وليد", "الشويرف"]),
  mv("deploy", "planned", "GNA forces", [], ["مطار بني وليد"]),
  mv("advance", "denied", "Libyan National Army", ["الشويرف"], ["بني وليد"]),
  mv("advance", "conditional", "Misrata forces", ["مصراتة"], ["بني وليد"]),
 ],
 "ue3": [
  mv("advance", "reported", "Misrata forces", ["ابوقرين"], ["سرت"]),
  mv("advance", "reported", None, ["بنغازي"], ["سرت"], ["هراوة"]),
  mv("advance", "reported", "GNA forces", ["مصراتة"], ["سرت"], ["الوشكة"]),
  mv("advance", "reported", "Libyan National Army", ["الهلال النفطي"], ["سرت", "قاعدة القرضابية"]),
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["سرت"], ["ودان"]),
  mv("withdraw", "planned", "Foreign fighters", ["قاعدة القرضابية"]),
  mv("mobilise", "conditional", "Misrata forces", [], ["أبوقرين"]),
  mv("redeploy", "denied", "Libyan National Army", ["سرت"], ["راس لانوف"]),
 ],
 "ue4": [
  mv("advance", "reported", "Misrata forces", [], ["مطار طرابلس الدولي"]),
  mv("withdraw", "reported", "Zintan forces", ["مطار طرابلس الدولي"], ["زنتان"], ["ورشفانة", "العزيزية"]),
  mv("advance", "reported", "Misrata forces", [], ["بن جواد"]),
  mv("airlift", "reported", "Turkish armed forces", ["تركيا"], ["قاعدة الوطية"]),
  mv("deploy", "planned", "GNA forces", [], ["مطار طرابلس الدولي"]),
  mv("withdraw", "conditional", "Misrata forces", ["طرابلس"], ["مصراته"]),
  mv("mobilise", "denied", "Zintan forces", [], ["غريان"]),
 ],
 "ue5": [
  mv("advance", "reported", "Libyan National Army", ["الجفرة"], ["غريان"]),
  mv("advance", "reported", "Libyan National Army", ["غريان"], ["قصر بن غشير", "مطار طرابلس الدولي"]),
  mv("advance", "reported", "GNA forces", [], ["غريان"]),
  mv("airlift", "reported", "Syrian mercenaries", ["تركيا"], ["مطار معيتيقة"]),
  mv("withdraw", "reported", "Libyan National Army", ["مطار طرابلس الدولي"], ["ترهونة"]),
  mv("naval_landing", "reported", "Turkish armed forces", [], ["ميناء الخمس"]),
  mv("redeploy", "planned", "GNA forces", ["قصر بن غشّير"], ["معسكر اليرموك"]),
  mv("withdraw", "denied", "Turkish armed forces", ["قاعدة الوطية"]),
  mv("advance", "conditional", "Libyan National Army", ["سرت"], ["أبوقرين"]),
 ],
}

NOTES = {
 "ue1": "Libya Al-Ahrar retrospective on the 20 August 2011 Tripoli uprising: rebels Zawiya→Tripoli via Janzour, "
        "supplies to the Western Mountain via the Wazin crossing, a Misrata boat landing at Tripoli port, Zintan's "
        "storming of Bab al-Aziziya and the loyalist pull-out to Bani Walid and Sirte (all reported); 2026: a GNA "
        "company Tekbali camp→Tripoli airport (reported), an Interior Ministry deployment in Souq al-Jumaa and Tajura "
        "(planned), Misrata units back to Tripoli «إذا» (conditional) and a denied arms shipment to Tripoli port. The "
        "Gaddafi family's flight to Algeria is not a force movement; «ميدان الجزائر» and «شارع طرابلس» are traps.",
 "ue2": "Al-Dustour retrospective on Bani Walid: the 2011 advance from Tarhuna and Misrata, the 2012 Libya Shield "
        "assault, the 2020 Wagner airlift Bani Walid airport→Jufra and the LNA pull-out Tarhuna→Jufra via Bani Walid "
        "(«عبر المدينة») and Ash Shwayrif (all reported); 2026: a GNA company for Bani Walid airport (planned), a "
        "denied LNA column Ash Shwayrif→Bani Walid and a Misrata approach «لن … إلا إذا» (conditional).",
 "ue3": "Emarat Al-Youm retrospective on Sirte: Misrata brigades from Abu Qurayn and eastern rebels from Benghazi via "
        "Harawa in 2011, Bunyan al-Marsous Misrata→Sirte via Al-Washka in 2016, the LNA entry from the Oil Crescent "
        "in 2020 (all reported); 2026: an LNA reinforcement Jufra air base→Sirte via Waddan (reported), foreign "
        "fighters out of Gardabiya base (planned), Misrata massing at Abu Qurayn «في حال» (conditional) and a denied "
        "LNA redeployment Sirte→Ras Lanuf.",
 "ue4": "Oman daily retrospective on Libya Dawn (July 2014): the Misrata-led attack on Tripoli airport, the Zintani "
        "pull-out to Zintan via Warshefana and Al-Aziziyah, the December push to Bin Jawad (Es Sider only the aim) "
        "(all reported); civilians crossing to Tunisia and the UN move to Tunis are not force movements; 2026: a "
        "Turkish airlift to Al-Watiya (reported), a GNU force for Tripoli airport (planned), Misrata units home "
        "«بمجرد» (conditional) and a denied Zintan build-up at Gharyan.",
 "ue5": "Lusail retrospective on the 2019 Tripoli offensive: LNA Jufra→Gharyan and Gharyan→Qasr Bin Ghashir/Tripoli "
        "airport, the GNA retaking of Gharyan, Syrian mercenaries flown Turkey→Mitiga, the LNA pull-out airport→"
        "Tarhuna (all reported; the Al-Watiya capture is control without a movement); 2026: a Turkish landing at "
        "Khums port (reported), a GNA redeploy Qasr Bin Ghashir→Yarmouk camp (planned), a denied Turkish pull-out from "
        "Al-Watiya and an LNA move Sirte→Abu Qurayn «لن … إلا إذا» (conditional).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ue1", "ue2", "ue3", "ue4", "ue5")
