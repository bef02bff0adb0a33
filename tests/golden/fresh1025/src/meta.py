# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# G* = gazetteer row reused under another label/kind (listed in the README). No row here is own knowledge.
P = {
 # countries and foreign places
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                    # G (written تونس العاصمة)
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                              # G
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                        # G
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                                # G
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                            # G
 # Tripoli and the western coast
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),               # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                    # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                                # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Maya"),                                   # G
 "judaim": ("town", "LY", 32.78000, 12.80000, "Judaim"),                                  # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                  # G (row gn:2216885)
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Harsha"),                               # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                  # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                              # G (also written صبراته)
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),      # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                             # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                               # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                  # G
 "zuwara_port": ("crossing", "LY", 32.92200, 12.12000, "Port of Zuwara"),                 # G
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                  # G
 "abu_kammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                        # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G* (row منفذ رأس جدير, written معبر راس اجدير)
 "nuqat_khams": ("district", "LY", 32.74574, 11.99562, "Nuqat al Khams District"),        # G (row النقاط الخمس, written شعبية النقاط الخمس)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libya side)"),  # G* (row الحدود الليبية التونسية, written الحدود مع تونس)
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),            # G
 # Jafara plain, mountain and beyond
 "warshefana": ("region", "LY", 32.51012, 13.02794, "Warshefana"),                        # G* (district row الجفارة, whose Arabic names hold ورشفانة)
 "zahra": ("town", "LY", 32.67889, 12.87327, "Az Zahra"),                                 # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                            # G
 "sawani": ("town", "LY", 32.71667, 13.06667, "As Sawani"),                               # G
 "bir_ghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                       # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                      # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                  # G
 "rajban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                               # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                                # G
 "jabal_gharbi": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"), # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                # G
}

TRAPS = {
 "qmn1": ["إذاعة صبراتة", "المنطقة العسكرية الساحل الغربي", "مديرية أمن صبراتة", "فرج الطرابلسي", "الطرابلسي",
          "الإيطالية"],
 "qmn2": ["اجتماعي ورشفانة", "إذاعة صوت طرابلس", "الليبي", "مستشفى الزاوية التعليمي", "اللواء 444 قتال",
          "المجلس الاجتماعي لقبائل ورشفانة", "الهلال الأحمر فرع الزاوية", "فاطمة الزهراء المبروك"],
 "qmn3": ["راديو الرجبان", "المجلس العسكري الزنتان", "خالد الزنتاني", "الزنتاني", "نرد الجميل", "هذه الزاوية"],
 "qmn4": ["عسكري زوارة", "راديو زون", "قوة إنفاذ القانون", "المجلس العسكري زوارة", "تونسية", "التونسي", "التونسية",
          "ليبية", "الليبية"],
 "qmn5": ["درع الزاوية", "نيو ليبيا", "تركية", "جامعة الزاوية", "المجلس العسكري مصراتة", "صلاح الجنزوري"],
}

PHEN = {
 "qmn1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "coverage_oil",
          "countries"],
 "qmn2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area"],
 "qmn3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area"],
 "qmn4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "border_phrase",
          "ambiguity_country_capital", "coverage_crossings", "coverage_neighbours", "countries"],
 "qmn5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "coverage_bases", "coverage_oil"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qmn1": [
  mv("reinforce", "reported", "GNA forces", ["طرابلس"], ["صبراتة"], ["الزاوية", "صرمان"]),
  mv("deploy", "planned", "GNA forces", ["صبراتة"], ["مجمع مليتة"]),
  mv("withdraw", "conditional", "GNA forces", ["صبراتة"], ["طرابلس"]),
  mv("advance", "denied", None, ["الزاوية"], ["صبراته"]),
 ],
 "qmn2": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الماية", "جودائم"], ["جنزور"]),
  mv("deploy", "planned", "GNA forces", [], ["الزهراء", "العزيزية"]),
  mv("reinforce", "conditional", "GNA forces", ["طرابلس"], ["بئر الغنم"]),
  mv("mobilise", "reported", None, [], ["جودائم"]),
  mv("advance", "denied", None, ["ورشفانة"], ["جنزور"]),
 ],
 "qmn3": [
  mv("deploy", "reported", "Zintan forces", ["الزنتان"], ["بئر الغنم"]),
  mv("redeploy", "planned", "Zintan forces", ["بئر الغنم"], ["العجيلات"]),
  mv("advance", "conditional", "Zintan forces", [], ["صرمان", "الزاوية"]),
  mv("withdraw", "denied", None, ["الزاوية"], ["صرمان"]),
 ],
 "qmn4": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["معبر راس اجدير"], ["الجميل", "زلطن"]),
  mv("naval_landing", "reported", "GNA forces", ["ميناء طرابلس"], ["ميناء زوارة"]),
  mv("withdraw", "conditional", None, ["معبر راس اجدير"], ["زوارة"]),
  mv("reinforce", "planned", "Tunisian army", ["مدنين"], ["بن قردان"]),
  mv("advance", "denied", "Tunisian army", [], ["أبو كماش"]),
 ],
 "qmn5": [
  mv("airlift", "reported", "GNA forces", ["قاعدة معيتيقة"], ["قاعدة الوطية"]),
  mv("deploy", "reported", "GNA forces", ["قاعدة الوطية"], ["بئر الغنم"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["مصفاة الزاوية"]),
  mv("mobilise", "reported", None, [], ["الحرشة"]),
  mv("advance", "conditional", "GNA forces", [], ["الزاوية"]),
  mv("shipment", "denied", "Misrata forces", ["مصراتة"], ["الزاوية"]),
 ],
}

NOTES = {
 "qmn1": "Sabratha radio (Sabratha Radio) on the city's security: GNU General Staff reinforcements of the Western "
         "Coast military zone Tripoli→Sabratha via Zawiya and Surman, a planned company Sabratha→Mellitah complex, "
         "a conditional return Sabratha→Tripoli (only after the directorate takes over the coastal posts), and the "
         "municipal council's denial that armed groups came from Zawiya into Sabratha (written صبراته); the gas line "
         "to Italy, the migrants' boat towards Lampedusa and their return to a Zawiya shelter, the 2017 exit of armed "
         "groups towards Ajaylat (historical background) and the security-directorate and military-zone names are not "
         "movements or movement places.",
 "qmn2": "Tripoli radio (Voice of Tripoli) on the Presidential Council's buffer force after clashes in Al-Maya and "
         "Judaim: 444 Brigade units deployed Tripoli→Al-Maya and Judaim via Janzour, planned joint checkpoints in "
         "Az-Zahra and Al-Aziziyah, a conditional reinforcement Tripoli→Bir al-Ghanam, fighters still massing around "
         "Judaim (null), and the Warshefana social council's denial of a Warshefana→Janzour move; the drone strike on "
         "a fuel store in Al-Maya, families fleeing Judaim for As-Sawani and Tripoli, Tripoli as the government "
         "(«طرابلس لن تسمح») and the hospital, Red Crescent and council names are not movements.",
 "qmn3": "Mountain radio (Radio Rajban) from Surman: a Zintani force Zintan→Bir al-Ghanam, a planned part of it Bir "
         "al-Ghanam→Al-Ajaylat, a conditional advance towards Surman or Zawiya (only on a written Presidential Council "
         "request), and the Surman council's denial that armed groups withdrew Zawiya→Surman; displaced families, the "
         "road to Al-Jumayl, the lorry drivers on the Gharyan–Ajaylat line, Rajban as the studio's town, «نرد الجميل» "
         "and «من هذه الزاوية» (common words) and the commander's nisba name are not movements or movement places.",
 "qmn4": "Tripoli private radio (Radio Zone) from Zuwara on the Ras Ajdir crossing: a GNU Interior Ministry column Tripoli→Ras "
         "Ajdir crossing via Al-Jumayl and Zaltan, coast-guard boats landing marines Port of Tripoli→Port of Zuwara, "
         "the Zuwara military council's conditional pull-out crossing→Zuwara (actor null), a planned Tunisian army "
         "reinforcement Medenine→Ben Gardane and Tunisia's denial of a patrol's incursion near Abu Kammash; the "
         "meeting in Tunis, travellers returning to Ben Gardane and Djerba, queues between Abu Kammash and the "
         "crossing, goods from Tunisia and fuel smuggling are not movements.",
 "qmn5": "Libyan TV site (New Libya TV) from Zawiya on the GNU operation «درع الزاوية»: drone strikes on Al-Harsha and "
         "the refinery shore (not movements), a military transport plane Mitiga base→Al-Watiya base with special "
         "forces who then went by road Al-Watiya→Bir al-Ghanam, a planned military-police company Tripoli→Zawiya "
         "refinery, gunmen massing in Al-Harsha (null), a conditional entry into Zawiya's districts and a denied "
         "Misratan ammunition shipment Misrata→Zawiya; civilian buses Zawiya→Tripoli, the university and the "
         "operation and council names are not movements or places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qmn1", "qmn2", "qmn3", "qmn4", "qmn5")
