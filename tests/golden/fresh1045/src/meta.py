# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # neighbours' towns and capitals
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 # Libya: coast and centre (Misrata, Sirte, Tripoli and its south)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G (also written مصراته)
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G
 "dafniya": ("village", "LY", 32.35000, 14.88000, "Dafniya"),                           # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                        # G (row أبوقرين)
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sirte_port": ("crossing", "LY", 31.21500, 16.58500, "Port of Sirte"),                 # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "bani_walid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                        # G
 "mizdah": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "qaryat": ("town", "LY", 30.38333, 13.58333, "Al Qaryat"),                             # G
 # Libya: east, Jufra and the oil crescent
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                  # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 # Libya: Fezzan
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),            # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libya side)"),  # G* (row الحدود الليبية النيجرية)
 # Libya: north-west (Nafusa, Nalut, Ghadames)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                             # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G (row منفذ وازن)
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                    # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libya side)"),  # G* (row الحدود الليبية التونسية)
}

TRAPS = {
 "qnh1": ["بوابة ليبيا", "القوة المشتركة مصراتة", "شركة البريقة لتسويق النفط", "عملية البنيان المرصوص"],
 "qnh2": ["المنشر الإخباري", "اللواء 444 قتال", "الهلال الأحمر الليبي", "علي الزنتاني", "مصري", "الليبية"],
 "qnh3": ["عمان اليوم", "اللواء طارق بن زياد المعزز", "القيادة العامة للقوات المسلحة العربية الليبية", "عملية الكرامة"],
 "qnh4": ["تواصل", "منطقة سبها العسكرية", "جامعة سبها", "الجيش الوطني الليبي", "حرس المنشآت النفطية",
          "التشادية"],
 "qnh5": ["روناهي", "إذاعة تطاوين", "المنطقة العسكرية الغربية", "تونسي", "الليبية", "الليبي"],
}

PHEN = {
 "qnh1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap"],
 "qnh2": ["multiword", "media_trap", "operation_trap", "person_trap", "nisba", "coverage_neighbours", "countries"],
 "qnh3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "coverage_bases"],
 "qnh4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "border_phrase", "coverage_bases",
          "coverage_oil", "coverage_neighbours", "countries"],
 "qnh5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qnh1": [
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["أبوقرين"], ["تاورغاء"]),
  mv("deploy", "planned", "Misrata forces", [], ["الوشكة"]),
  mv("advance", "conditional", "Misrata forces", [], ["سرت"]),
  mv("advance", "denied", "Misrata forces", ["مصراته"], ["بني وليد"]),
  mv("naval_landing", "denied", "Misrata forces", ["ميناء مصراتة"], ["ميناء سرت"]),
  mv("redeploy", "reported", "Misrata forces", ["أبوقرين"], ["زليتن"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["سرت"]),
 ],
 "qnh2": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["ترهونة"]),
  mv("withdraw", "denied", "GNA forces", ["بني وليد"], []),
  mv("deploy", "planned", "GNA forces", ["مزدة"], ["الشويرف"]),
  mv("reinforce", "conditional", "GNA forces", ["ترهونة"], ["بني وليد"]),
 ],
 "qnh3": [
  mv("redeploy", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["سرت"], ["ودان"]),
  mv("shipment", "reported", "Libyan National Army", ["بنغازي"], ["هون"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["قاعدة تمنهنت"]),
  mv("advance", "conditional", "Libyan National Army", [], ["أبوقرين"]),
  mv("withdraw", "denied", "Libyan National Army", ["قاعدة براك الجوية"], ["سبها"]),
 ],
 "qnh4": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["أوباري", "حقل الشرارة"]),
  mv("reinforce", "planned", "Libyan National Army", ["سبها"], ["القطرون"], ["غدوة", "مرزق"]),
  mv("advance", "conditional", "Libyan National Army", [], ["الحدود مع النيجر"]),
  mv("advance", "denied", "Chadian armed groups", ["تشاد"], ["أم الأرانب"]),
 ],
 "qnh5": [
  mv("deploy", "reported", "GNA forces", ["نالوت"], ["وازن", "منفذ وازن"]),
  mv("redeploy", "planned", "GNA forces", ["الزنتان"], ["غدامس"], ["نالوت", "درج"]),
  mv("withdraw", "denied", "GNA forces", ["غدامس"], ["نالوت"]),
  mv("reinforce", "conditional", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
 ],
}

NOTES = {
 "qnh1": "Libyan news site (Libya Gate «بوابة ليبيا») from Misrata retelling two numbered Facebook statements of the "
         "Joint Force in Misrata: an armoured company Misrata→Abu Qurayn via Tawergha (reinforce), engineering units "
         "to be stationed at Al-Washka (planned), no advance on Sirte without written orders from the General Staff in "
         "Tripoli (conditional), a denied column Misrata (written مصراته)→Bani Walid and denied troops by sea Misrata "
         "port→Sirte port, a military-police platoon repositioned Abu Qurayn→Zliten, LNA units massing around Sirte "
         "(reported by the Joint Force's source); the fuel convoy Misrata port→"
         "Sirte (civilian), Dafniya (where photos were taken), Tripoli (the General Staff), Sirte in 2016 background "
         "and the headline are not movements or movement places.",
 "qnh2": "Arabic news site (Elmanshar «المنشر الإخباري», dateline «متابعات») on a 444 Brigade statement: two companies "
         "Tripoli→Tarhuna (reported deploy), a denied pull-out from Bani Walid «نحو العاصمة» (no destination place), "
         "planned patrols Mizdah→Ash Shwayrif, the reserve battalion's conditional move Tarhuna→Bani Walid; trucks "
         "from Sabha and a Red Crescent medical convoy Tripoli→Bani Walid (civilian), Al-Qaryat's notables, Tripoli's "
         "clashes of 2025, training in Turkey and Cairo/Egypt (diplomatic source) are not movement places; the "
         "spokesman علي الزنتاني holds الزنتان and مصري holds مصر.",
 "qnh3": "Jordanian news site (Amman Alyoum «عمان اليوم», whose name holds عمان) from Benghazi on the LNA General "
         "Command's communiqués no. 14 and 15: two Tariq bin Ziyad battalions Jufra air base→Sirte via Waddan "
         "(reported redeploy), an ammunition shipment Benghazi→Hun by road, a planned special-forces airlift Benina "
         "air base→Tamanhint base, a conditional advance on Abu Qurayn (Misrata only in the condition) and a denied "
         "pull-out Brak air base→Sabha; Fezzan (purpose), Tripoli (General Staff), the oil crescent (guarded since "
         "2016) and the Benghazi parade are not movements or movement places.",
 "qnh4": "Saudi news site (Twasl «تواصل») from Sabha on the Sabha military zone's Facebook statement: a company of "
         "the 116th Sabha→Ubari with part inside the Sharara field (reported deploy), planned reinforcements Sabha→Al "
         "Qatrun via Ghuddwa and Murzuq, a conditional advance to the border with Niger, a denied entry of Chadian "
         "rebels Chad→Umm al-Aranib; cooking-gas trucks Sabha→Murzuq and a civilian flight Benghazi→Sabha airport, "
         "students from Brak and Ubari, «منطقة سبها العسكرية» and «جامعة سبها» (hold سبها) are not movements or "
         "movement places.",
 "qnh5": "Kurdish-Syrian channel (Ronahi «روناهي», dateline «مركز الأخبار») on the GNU Western military region's "
         "statement no. 3: units Nalut→Wazin and the Wazin crossing (reported deploy), a company planned Zintan→"
         "Ghadames via Nalut and Derj (redeploy), a denied pull-out Ghadames→Nalut, the Tunisian army's conditional "
         "reinforcement Tataouine→Dehiba (quoted from «إذاعة تطاوين», which holds تطاوين); a trade convoy through the "
         "Wazin crossing to Ghadames, goods from Algeria, the smuggling border with Tunisia, an arms cache near Ar "
         "Rujban and the towns the region guards are not movements or movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qnh1", "qnh2", "qnh3", "qnh4", "qnh5")
