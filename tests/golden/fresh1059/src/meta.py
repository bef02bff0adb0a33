# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # Libya: the Nafusa mountain (Adrar Nafusa / Western Mountain)
 "nafusa": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),     # G (row الجبل الغربي, alias أدرار نفوسة)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G (also written زنتان after لل)
 "rayayna": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                         # G
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                                    # G
 "jadu_mun": ("district", "LY", 31.95506, 12.02901, "Jadu Municipality"),               # G* (town row, written بلدية جادو)
 "rahaybat": ("town", "LY", 31.84637, 11.84360, "Ar-Rahaybat"),                         # G
 "kabaw": ("town", "LY", 31.84724, 11.33055, "Kabaw"),                                  # G
 "tiji": ("town", "LY", 32.01493, 11.35461, "Tiji"),                                    # G
 "hawamid": ("town", "LY", 31.97528, 11.16222, "Al Hawamid"),                           # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G (row نالوت, alias لالوت)
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "yefren": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                # G (row يفرن, written ئفرن)
 "yefren_mun": ("district", "LY", 32.06329, 12.52859, "Yafran Municipality"),           # G* (town row, written بلدية يفرن)
 "kikla": ("town", "LY", 32.08333, 12.70000, "Kiklah"),                                 # G
 "qawalish": ("town", "LY", 31.99972, 12.63000, "Al-Qawalish"),                         # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabi'ah"),                           # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "bir_ghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                     # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "qaryat": ("town", "LY", 30.38333, 13.58333, "Al Qaryat"),                             # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                     # G
 # Libya: the western desert towards Ghadames
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawin"),                              # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                   # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames Municipality"),        # G* (town row, written بلدية غدامس)
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),     # G
 "triangle": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libya side)"),  # G* (row الحدود الليبية التونسية)
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libya side)"),   # G* (row الحدود الليبية الجزائرية)
 # Libya: elsewhere
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),      # G* (row منفذ رأس جدير, written رأس الجدير)
 # Tunisia
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "dehiba_deleg": ("district", "TN", 32.00799, 10.70135, "Dehiba Delegation"),           # G* (town row, written معتمدية الذهيبة)
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),       # G (row district:TN-83)
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                      # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                 # G
 "border_tn_side": ("region", "TN", 32.15, 10.50, "Tunisia-Libya border (Tunisia side)"),  # K
 # Algeria
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                           # G (row عين أميناس, written عين أمناس)
 "in_amenas_airport": ("airport", "DZ", 28.05150, 9.64291, "In Amenas Airport"),        # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                  # G (row district:DZ-33)
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "ouargla_w": ("district", "DZ", 30.94421, 6.64470, "Ouargla Province"),                # G (row district:DZ-30)
 "hassi_messaoud": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                 # G
 "boufarik": ("base", "DZ", 36.54580, 2.87611, "Boufarik Air Base"),                    # G* (row قاعدة بوفاريك الجوية, kind airport there)
 "border_dz_side": ("region", "DZ", 29.70, 9.30, "Algeria-Libya border (Algeria side)"),  # K
}

TRAPS = {
 "qnv1": ["تينوسان", "كتيبة أدرار", "المنطقة العسكرية الغربية", "القوة الزنتانية", "الهلال الأحمر الليبي",
          "سالم الجادوي", "المجلس الأعلى لأمازيغ ليبيا"],
 "qnv2": ["أزول بريس", "كتيبة أبوبكر الصديق", "أخبار الزنتان", "المنطقة العسكرية الغربية", "مصطفى الزنتاني",
          "زنتانية"],
 "qnv3": ["قناة ليبيا الأمازيغية", "رئاسة الأركان العامة", "الغرياني", "حكومة الوحدة الوطنية"],
 "qnv4": ["الطريق الجديد", "جيش البر", "فوج الصحراء", "الليبي", "ليبية", "تونسية", "التونسي", "سوق ليبيا"],
 "qnv5": ["المقال", "الناحية العسكرية الرابعة", "درجة", "درجت", "الليبية", "الليبي", "إسماعيل ورقلي",
          "الجيش الوطني الشعبي"],
}

PHEN = {
 "qnv1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "qnv2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "coverage_oil"],
 "qnv3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "vague_area", "border_phrase",
          "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qnv4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "border_phrase",
          "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "qnv5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qnv1": [
  mv("deploy", "reported", None, ["جادو"], ["سيناون"], ["الرحيبات", "كاباو", "لالوت"]),
  mv("shipment", "planned", None, ["كاباو"], ["سيناون"]),
  mv("withdraw", "conditional", None, ["سيناون"], ["جادو"]),
  mv("deploy", "denied", "GNA forces", ["غريان"], ["منفذ وازن"]),
  mv("deploy", "reported", "Zintan forces", ["الزنتان"], ["الحوامد"], ["تيجي"]),
 ],
 "qnv2": [
  mv("reinforce", "reported", "Zintan forces", ["الزنتان"], ["مزدة"]),
  mv("deploy", "planned", "Zintan forces", ["الرياينة"], ["القواليش"]),
  mv("advance", "conditional", "Zintan forces", [], ["الأصابعة"]),
  mv("withdraw", "denied", "Zintan forces", ["بئر الغنم"], ["الزنتان"]),
  mv("mobilise", "reported", None, ["الأصابعة"], ["القواليش"]),
 ],
 "qnv3": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["لالوت"], ["العزيزية", "بئر الغنم"]),
  mv("deploy", "planned", "GNA forces", ["لالوت"], ["منفذ وازن"]),
  mv("airlift", "planned", "GNA forces", ["قاعدة الوطية"], ["مطار غدامس"]),
  mv("withdraw", "conditional", "GNA forces", ["منفذ وازن"], ["غريان"]),
  mv("advance", "denied", "Libyan National Army", ["الشويرف"], ["مزدة"], ["القريات"]),
 ],
 "qnv4": [
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["رمادة"]),
  mv("redeploy", "planned", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("deploy", "conditional", "Tunisian army", ["رمادة"], ["برج الخضراء"]),
  mv("deploy", "reported", "GNA forces", ["نالوت"], ["منفذ وازن"]),
  mv("advance", "denied", "Tunisian army", ["الذهيبة"], ["وازن"]),
 ],
 "qnv5": [
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["الدبداب"], ["حاسي مسعود"]),
  mv("airlift", "planned", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار عين أميناس"]),
  mv("reinforce", "conditional", "Algerian army", ["عين أمناس"], ["الدبداب"]),
  mv("deploy", "reported", "GNA forces", ["نالوت"], ["درج"], ["سيناون"]),
  mv("advance", "denied", None, ["كاباو"], ["غدامس"]),
 ],
}

NOTES = {
 "qnv1": "Libyan Amazigh site (Tinussan) from Jadu: a Jadu council company Jadu→Sinawen via Al-Rahaybat, Kabaw and "
         "Lalut (Nalut's Amazigh name) to set up checkpoints on the Nalut–Ghadames road, planned ammunition and fuel "
         "trucks Kabaw→Sinawen, the company's conditional return Sinawen→Jadu (Derj only in the condition), the Western "
         "Military Region's denied column Gharyan→the Wazin crossing and a Zintani column Zintan→Al-Hawamid via Tiji "
         "(witnesses); a Red Crescent medical convoy Jadu→Ghadames (civilian), the 2011 descent Nalut→Ghadames "
         "(background), Tripoli's silence (metonymy) and the headline are not movements; traps كتيبة أدرار (holds "
         "أدرار), القوة الزنتانية, سالم الجادوي (hold الزنتان/جادو), المجلس الأعلى لأمازيغ ليبيا.",
 "qnv2": "Moroccan Amazigh news site (Azul Press) retelling the Zintan military council's Facebook statement and the "
         "local page «أخبار الزنتان»: a reinforcement column Zintan→Mizda, a planned company Al-Rayayna→the Al-Qawalish "
         "gate, a conditional entry into Al-Asabaa, a denied pull-out Bir al-Ghanam→Zintan and Al-Asabaa gunmen "
         "massing at the Al-Qawalish junction; fuel tankers from the Zawiya refinery (civilian), the 2019 pull-out "
         "from Mizda and the LNA coming from Ash-Shwayrif (background), Gharyan's accusations (metonymy), the road "
         "to the Hamada al-Hamra (purpose) are not movements; زنتان after لل is a gold surface, زنتانية a trap.",
 "qnv3": "Libyan state Amazigh TV (Libya Amazigh TV) from Tripoli: a GNU border-guard column Tripoli→Lalut via "
         "Al-Aziziya and Bir al-Ghanam, its planned take-over of the Wazin crossing, a planned military cargo flight "
         "Al-Watiya base→Ghadames airport, the Western Military Region's conditional return crossing→Gharyan and the "
         "LNA's denied move Ash-Shwayrif→Mizda via Al-Qaryat; the border with Tunisia and the border triangle are "
         "purposes, Benghazi the denying command, student buses from Gharyan (civilian), a Tunisian delegation to "
         "Nalut (visit) and a training camp in Jadu (no move) are not movements; ئفرن uses the row of Yefren.",
 "qnv4": "Tunisian weekly (Attariq Al-Jadid) from Tataouine: Tunisian army reinforcements Gabes→Remada, a planned "
         "engineer company Tataouine→Dehiba, a conditional move Remada→Borj El Khadra (Ghadames only in the "
         "condition), a Libyan border-guard column Nalut→the Wazin crossing and the denied crossing of Tunisian units "
         "Dehiba→Wazin; the Zintani gunmen who stay at the crossing, 300 Libyan travellers to Dehiba, Tripoli as a "
         "government and the 2016 closure are not movements; «سوق ليبيا» (the Ben Gardane market) is a trap.",
 "qnv5": "Algerian paper (El Makal) from Illizi: an Algerian army convoy Ouargla→Debdeb via Hassi Messaoud, a planned "
         "airlift Boufarik air base→In Amenas airport, a conditional reinforcement In Amenas (written عين أمناس)→Debdeb "
         "(Ghadames only in the condition), a GNU border-guard column Nalut→Derj via Sinawen and a denied entry of a "
         "Kabaw force into Ghadames; the 2011 refugees Ghadames→Debdeb, trade via Debdeb and gas from Ouargla "
         "province are not movements; درجة and درجت hold درج, الجزائر is the country (not Algiers) throughout.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qnv1", "qnv2", "qnv3", "qnv4", "qnv5")
