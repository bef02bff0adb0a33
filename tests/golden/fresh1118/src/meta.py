# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# G* = gazetteer row reused under another label/spelling (listed in the README). No row here is own knowledge.
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                   # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                    # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                  # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                               # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                    # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 # Sabha and Fezzan
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                     # G
 "sabha_castle": ("base", "LY", 27.03766, 14.42832, "Sabha Castle (Fort Elena)"),          # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                  # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                         # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                       # G
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),               # G* (row قاعدة تمنهنت, written قاعدة تمنهنت الجوية)
 "samnu": ("town", "LY", 27.27459, 14.88190, "Samnu"),                                     # G
 "ghudwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                                  # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                        # G
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                              # G (district row)
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                         # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                 # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا, written الجنوب الليبي)
 # Murzuq area
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                   # G (also written مرزوق)
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq District"),                 # G* (district row, written بلدية مرزق)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                                 # G
 "zawila": ("town", "LY", 26.16188, 15.12522, "Zawilah"),                                  # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                              # G
 "wigh_base": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                      # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libya side)"),  # G* (row الحدود الليبية النيجرية)
 # Ubari and Wadi al-Hayat
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                     # G (also written اوباري)
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                     # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                           # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                              # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                # G
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                    # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libya side)"), # G* (row الحدود الليبية الجزائرية)
 # Zawiya and the west
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                   # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                   # G
 "bir_ghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                        # G
 "yefren": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                   # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                                 # G
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Hurshah"),                               # G
 "judaim": ("town", "LY", 32.78000, 12.80000, "Judaim"),                                   # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzur"),                                  # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                   # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                              # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),         # G* (row منفذ رأس جدير, written معبر رأس اجدير)
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libya side)"),  # G* (row الحدود الليبية التونسية)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                 # G
 # Kufra and the east
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                     # G (also written كفرة)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                  # G
 "hawari": ("village", "LY", 24.31667, 23.16667, "Al Hawwari"),                            # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                                 # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                                 # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                               # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                       # G
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjilah"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),     # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                               # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libya side)"),   # G* (row الحدود الليبية التشادية)
}

TRAPS = {
 "qqc1": ["عيون ليبيا", "جامعة سبها", "المنطقة العسكرية سبها", "مسعود السبهاوي", "شركة البريقة لتسويق النفط"],
 "qqc2": ["الهيئة الفزانية", "مجلس حكماء وأعيان مرزق", "المنطقة العسكرية سبها", "المجلس الرئاسي",
          "الكتيبة 116 مشاة"],
 "qqc3": ["راديو أوال", "كتيبة أحرار الزاوية", "هذه الزاوية", "الزنتانية", "رئاسة الأركان العامة"],
 "qqc4": ["هذا اليوم", "الجيش الوطني الليبي", "كتيبة سبل السلام", "المعارضة التشادية", "التشادية", "السودانيين"],
 "qqc5": ["تورس", "بعثة الأمم المتحدة للدعم في ليبيا", "المجلس الاجتماعي لطوارق ليبيا", "طارق بن زياد",
          "الدعم المالي"],
}

PHEN = {
 "qqc1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "vague_area",
          "coverage_bases"],
 "qqc2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "vague_area", "border_phrase",
          "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "qqc3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "border_phrase", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qqc4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area",
          "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "qqc5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "vague_area", "border_phrase", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qqc1": [
  mv("withdraw", "planned", None, ["سبها"], ["غدوة", "سمنو"]),
  mv("deploy", "planned", "Libyan National Army", [], ["سبها"]),
  mv("deploy", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["قلعة سبها", "مطار سبها"]),
  mv("reinforce", "conditional", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["سبـها"]),
  mv("advance", "denied", None, ["أم الأرانب", "مرزق"], ["سبها"]),
 ],
 "qqc2": [
  mv("withdraw", "planned", None, ["مرزق"], ["أم الأرانب"]),
  mv("withdraw", "planned", None, ["مرزق"], ["زويلة"]),
  mv("deploy", "planned", None, ["القطرون", "تجرهي"], ["مرزوق"]),
  mv("reinforce", "conditional", "Libyan National Army", ["قاعدة الويغ"], ["مرزق"]),
  mv("deploy", "reported", None, ["القطرون"], ["تراغن"]),
  mv("advance", "denied", "Foreign fighters", [], ["القطرون", "مرزق"], ["الحدود مع النيجر"]),
 ],
 "qqc3": [
  mv("deploy", "reported", "Zintan forces", ["الزنتان"], ["الزاوية"], ["بئر الغنم"]),
  mv("withdraw", "planned", None, ["مصفاة الزاوية"], ["الحرشة", "جودائم"]),
  mv("deploy", "conditional", "GNA forces", ["طرابلس"], ["الزاوية"]),
  mv("reinforce", "denied", "Misrata forces", ["مصراتة"], ["الزاوية"], ["جنزور"]),
 ],
 "qqc4": [
  mv("deploy", "reported", "Libyan National Army", ["أجدابيا"], ["الكفرة"]),
  mv("withdraw", "planned", None, ["الكفرة"], ["ربيانة", "تازربو"]),
  mv("withdraw", "conditional", "Libyan National Army", ["مطار الكفرة"], []),
  mv("redeploy", "planned", "Libyan National Army", ["كفرة"], ["قاعدة معطن السارة"]),
  mv("advance", "denied", "Chadian armed groups", ["تيبستي"], ["الكفرة"], ["الحدود مع تشاد"]),
 ],
 "qqc5": [
  mv("deploy", "reported", None, ["براك"], ["أوباري"], ["سبها", "جرمة"]),
  mv("withdraw", "planned", None, ["اوباري"], ["الغريفة", "العوينات"]),
  mv("advance", "conditional", "Libyan National Army", ["سبها"], ["وادي الحياة"]),
  mv("advance", "denied", "Foreign fighters", ["مالي"], ["أوباري"], ["الحدود مع الجزائر"]),
  mv("reinforce", "denied", "Foreign fighters", ["النيجر"], []),
 ],
}

NOTES = {
 "qqc1": "Libyan news site (Oyoun Libya «عيون ليبيا») from Sabha on an Awlad Suleiman–Tebu ceasefire deal: clause 1 "
         "pulls both sides' fighters out of Sabha's districts to their camps in Ghudwa and Samnu within 48 hours "
         "(planned, actor null), clause 2 hands the four city gates to a neutral force of the LNA's Sabha Military "
         "Region (planned), an LNA military-police company already arrived from Brak air base and took up positions at "
         "Sabha Castle and around Sabha airport (reported), the LNA will push a battalion Tamanhint air base→Sabha "
         "(written سبـها) only if the districts are not vacated (conditional), and the Tebu council denies gunmen came "
         "Umm al-Aranib/Murzuq→Sabha (denied, null). The fuel convoy Misrata→Sabha stuck in Brak is civilian; "
         "Tripoli/Benghazi welcome the deal (metonymy); Jufra and Hun are the mediators' home; the 2018 pull-out from "
         "the castle is past background; Sabha inside «جامعة سبها», «المنطقة العسكرية سبها» and «السبهاوي» is a trap.",
 "qqc2": "Statement page of the Fezzan Commission («الهيئة الفزانية») publishing the Murzuq agreement clause by clause: "
         "Tebu groups leave Murzuq for Umm al-Aranib and the Ahali groups for Zawila within 48 hours (two planned "
         "withdrawals, null), the 116th infantry battalion already in town guards the gates (control, no movement), a "
         "separation force moves Qatrun/Tajarhi→Murzuq (written مرزوق; planned, null), the LNA's Sabha Military Region "
         "pushes reinforcements Al Wigh air base→Murzuq only on a breach (conditional), the force's vanguard already "
         "reached Traghen from Qatrun (reported, null) and the Commission denies foreign gunmen infiltrated via the "
         "border with Niger towards Qatrun and Murzuq (denied). Traghen is also the signing venue; displaced families "
         "returning from Sabha, Ubari and Tripoli are civilians; «مجلس حكماء وأعيان مرزق» is a trap.",
 "qqc3": "Yefren community radio site (Radio Awal «راديو أوال») on the Zawiya truce: a Zintani separation force arrived "
         "Zintan→Zawiya via Bir al-Ghanam (reported, Zintan forces), clause 1 pulls both armed groups from around the "
         "Zawiya refinery to their camps in Al-Harsha and Judaim within 48 hours (planned, null), the GNU chief of "
         "staff will send units Tripoli→Zawiya only if the force fails (conditional, GNA forces) and the Ahrar "
         "al-Zawiya battalion denies Misratan battalions came Misrata→Zawiya via Janzour (denied, Misrata forces). "
         "Trucks and buses to the Ras Ajdir crossing are civilian; Yefren is the dateline, Zintan/Yefren/Gharyan the "
         "mediators, Surman/Ajaylat earlier failed deals; «من هذه الزاوية» (“from this angle”) and «كتيبة أحرار "
         "الزاوية» are traps holding Zawiya, «الزنتانية» a nisba holding Zintan.",
 "qqc4": "Pan-Arab news portal (Hathalyoum «هذا اليوم») from Kufra on a Zuwayya–Tebu deal: an LNA separation force came "
         "Ajdabiya→Kufra (reported), both sides' fighters leave Kufra's districts and farms for their camps in Rebiana "
         "and Tazirbu within 48 hours (planned, null), the force will not leave Kufra airport before local police take "
         "over and Al-Hawari is calm (conditional withdrawal; Al-Hawari only in the condition), a Subul al-Salam "
         "company will move Kufra (written كفرة)→Maaten al-Sarra base (planned redeploy) and the Tebu council denies "
         "Chadian rebels entered the city from Tibesti across the border with Chad (denied, Chadian armed groups). "
         "Jalu/Awjila are the mediators' towns, Benghazi a distance reference and the welcoming command (metonymy); "
         "Sudanese refugees trucked from the Uweinat triangle are civilians.",
 "qqc5": "Tunisian news portal (Turess «تورس») quoting a UNSMIL briefing note on Ubari: a neutral Hasawna force deployed "
         "Brak→Ubari via Sabha and Germa (reported, null), clause 1 pulls Tuareg and Tebu fighters from central Ubari "
         "(written اوباري) to camps in Al-Ghurayfa and Al-Awaynat within 48 hours (planned, null), the LNA's Tariq bin "
         "Ziyad brigade will not advance Sabha→Wadi al-Hayat unless both councils ask or fighting resumes in "
         "Al-Ghurayfa (conditional; Al-Ghurayfa in the condition), the Tuareg council denies fighters came from Mali "
         "across the border with Algeria to Ubari and the Tebu council denies gunmen came from Niger (both denied, "
         "Foreign fighters). The UN team's flight from Tripoli and the WFP convoy from Sabha are not military; the "
         "2014-2016 Hasawna entry is past background; «الدعم المالي» holds Mali.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qqc1", "qqc2", "qqc3", "qqc4", "qqc5")
