# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # Tripoli and its outskirts, the Jafara plain and the Nafusa escarpment
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_airport": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),  # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "qasr_bin_ghashir": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),            # G
 "sawani": ("town", "LY", 32.71667, 13.06667, "As Sawani"),                             # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # north-west border: Nalut, Wazin, Ghadames and the Tunisian and Algerian sides
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames Municipality"),        # G* (town row, as district)
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),     # G
 "daraj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                  # G
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),          # G* (row الحدود الليبية التونسية)
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G (row الذهيبة)
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                              # G
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                 # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G (also written دبداب after لل)
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                           # G (row عين أميناس)
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),     # G
 "border_dz_ly": ("region", "DZ", 29.9, 9.3, "Algeria-Libya border (Algeria side)"),    # K
 # Fezzan
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا, written الجنوب الليبي)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),            # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G (also written اوباري)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),           # G* (row الحدود الليبية الجزائرية, written الحدود مع الجزائر)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G (also written مرزوق)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "umm_aranib_mun": ("district", "LY", 26.13386, 14.73720, "Umm al Aranib Municipality"),  # G* (town row, as district)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G (row منفذ التوم)
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),            # G* (row الحدود الليبية النيجرية, written الحدود مع النيجر)
}

TRAPS = {
 "qpx1": ["وطن", "اللواء 444 قتال", "رئاسة الأركان العامة", "حكومة الوحدة الوطنية", "الشرطة العسكرية",
          "المجلس العسكري لمدينة الزنتان", "مديرية أمن طرابلس", "قوات حفتر"],
 "qpx2": ["تفنيد", "قوات حفتر", "شعبة الإعلام الحربي", "القيادة العامة", "حرس المنشآت النفطية",
          "لواء طارق بن زياد", "المؤسسة الوطنية للنفط", "شركة البريقة لتسويق النفط", "ليبية", "مصرية"],
 "qpx3": ["تونيزي فوكيس", "الجيش الوطني", "الإدارة الجهوية للديوانة", "رئاسة الأركان العامة",
          "رئاسة الأركان الليبية", "الحرس الوطني", "سوق ليبيا", "ليبية", "الليبي", "تونسي"],
 "qpx4": ["المستقبل", "الجيش الوطني الشعبي", "الطريق الوطني رقم 3", "الناحية العسكرية الرابعة", "رئاسة الأركان",
          "الليبية"],
 "qpx5": ["ليبيا في أسبوع", "العرب 2030", "القيادة العامة", "مديرية أمن مرزق", "المجلس البلدي", "تشادية",
          "البعثة الأممية"],
}

PHEN = {
 "qpx1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap"],
 "qpx2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qpx3": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qpx4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "town_vs_district", "border_phrase", "coverage_oil", "coverage_neighbours",
          "countries"],
 "qpx5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area",
          "town_vs_district", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours",
          "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qpx1": [
  mv("deploy", "reported", "GNA forces", ["العزيزية"], ["السواني"]),
  mv("deploy", "reported", "GNA forces", ["قصر بن غشير"], ["مطار طرابلس الدولي"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["العزيزية"]),
  mv("withdraw", "conditional", "GNA forces", ["السواني"], ["العزيزية"]),
  mv("reinforce", "planned", "GNA forces", ["تاجوراء"], ["جنزور"]),
 ],
 "qpx2": [
  mv("advance", "denied", "Libyan National Army", ["سبها"], ["حقل الشرارة"]),
  mv("redeploy", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["أوباري"]),
  mv("deploy", "planned", "Libyan National Army", ["أوباري"], ["غات"]),
  mv("advance", "conditional", "Libyan National Army", [], ["حقل الشرارة"]),
 ],
 "qpx3": [
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("advance", "denied", "GNA forces", [], ["الذهيبة"], ["منفذ وازن"]),
  mv("deploy", "reported", "GNA forces", ["نالوت"], ["وازن", "منفذ وازن"]),
  mv("redeploy", "planned", "GNA forces", ["نالوت"], ["غدامس"]),
  mv("reinforce", "conditional", "Tunisian army", [], ["برج الخضراء"]),
 ],
 "qpx4": [
  mv("reinforce", "reported", "Algerian army", ["عين أميناس"], ["دبداب"]),
  mv("reinforce", "conditional", "Algerian army", [], ["الحدود مع ليبيا"]),
  mv("withdraw", "denied", "GNA forces", ["غدامس"], ["درج"]),
  mv("deploy", "planned", "GNA forces", ["غدامس"], ["مطار غدامس"]),
 ],
 "qpx5": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["مرزوق"]),
  mv("withdraw", "conditional", "Libyan National Army", ["مرزق"], ["سبها"]),
  mv("redeploy", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["أم الأرانب"]),
  mv("advance", "denied", "Chadian armed groups", ["منفذ التوم"], ["القطرون"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["مطار سبها"]),
 ],
}

NOTES = {
 "qpx1": "Pan-Arab site (Watan «وطن») live-updated story from Tripoli with timestamps: a 444 Brigade column deployed "
         "in As-Sawani, its origin corrected at 11:40 from Gharyan to Al-Aziziya (Gharyan is a place, not a movement "
         "place); a military-police company announced at 12:25 as planned Qasr Bin Ghashir→Tripoli International "
         "Airport and confirmed arrived at 17:20 (one movement, reported); Zintan's denied move Zintan→Al-Aziziya; the "
         "brigade's conditional return As-Sawani→Al-Aziziya; a planned battalion Tajura→Janzour. Families leaving "
         "As-Sawani (civilian), the 2019 advance from Gharyan (background), Benghazi's silence (metonymy), the "
         "dateline and the distance reference to Tripoli are not movements.",
 "qpx2": "Egyptian fact-checking platform (Tafnied «تفنيد») on a viral clip claiming an LNA column Sabha→Sharara field: "
         "the clip is from 2019 (Gharyan–Al-Aziziya road, attack on Tripoli: background), the LNA denies any column "
         "Sabha→Sharara (denied), admits a battalion rotated Brak air base→Ubari (origin corrected from Tamanhint "
         "base in a «تصحيح» line; Tamanhint is no movement place), a planned company Ubari→Ghat and a conditional "
         "entry into the Sharara field; the Brega company's fuel tankers Sabha→Ubari are civilian; the border with "
         "Algeria only describes Ghat.",
 "qpx3": "Tunisian site (Tunisie Focus, Arabic section) from Tataouine with a «تصويب» and a «تحيين»: Tunisian army "
         "reinforcements Tataouine→Dehiba; the earlier report that Libyan units crossed the Wazin crossing into "
         "Dehiba is withdrawn and denied by customs (denied); the GNU units in fact came Nalut→Wazin and stayed at "
         "the crossing (reported); a planned company Nalut→Ghadames (the 18:30 update keeps it planned); a "
         "conditional Tunisian push to Borj El Khadra (Ghadames only in the condition). Eid travellers from Libya to "
         "Djerba and Tataouine are civilian; «سوق ليبيا» is a market.",
 "qpx4": "Algerian daily (El Moustakbel «المستقبل») correction from Ouargla: yesterday's report said the army moved "
         "Ouargla→Debdeb; the reinforcement came In Amenas→Debdeb (written «للدبداب», surface دبداب) and the "
         "convoy filmed near Ouargla was a civilian supply convoy; a conditional push to the border with Libya "
         "(Algeria side; Ghadames only in the condition); on the Libyan side a denied withdrawal Ghadames→Daraj and "
         "a planned company Ghadames→Ghadames airport. Families Ghadames→Debdeb for treatment (civilian), Algeria "
         "as government, the 2013 Tiguentourine deployment (background) are not movements.",
 "qpx5": "Pan-Arab digital platform (Al-Arab 2030 «العرب 2030») weekly round-up «ليبيا في أسبوع»: LNA reinforcements "
         "Sabha→Murzuq (written مرزوق), their conditional return Murzuq→Sabha, an update that turns last week's "
         "planned battalion Tamanhint base→Umm al-Aranib into a reported move («تبيّن لاحقاً»), a denied Chadian "
         "entry Toummo crossing→Al-Qatrun and a planned airlift Jufra air base→Sabha airport. The civilian exam "
         "flight Mitiga→Sabha airport, Tripoli's accusation (metonymy), Al-Qatrun as the road's goal and the border "
         "with Niger describing Toummo are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qpx1", "qpx2", "qpx3", "qpx4", "qpx5")
BAR_IN_TEXT = True  # the headlines of qpx1 and qpx4 have a literal "|" («تحديث مستمر |», «تصويب |»)
