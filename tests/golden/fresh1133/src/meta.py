# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries and capitals
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                  # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                            # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 # Libya: Sabha, Wadi al-Shati, Jufra
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G* (row قاعدة تمنهنت, written قاعدة تمنهنت الجوية)
 "jufra_ab": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                    # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "brak_ab": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                         # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii District"),             # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                       # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                  # G* (row جنوب ليبيا, written الجنوب الليبي)
 # Libya: Ubari, Ghat and the Algerian border
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G (also written أباري)
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                   # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                         # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                    # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "ghat_dist": ("district", "LY", 26.01562, 10.40660, "Ghat District"),                   # G (row district:LY-GT, written بلدية غات)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                            # G
 "barakat": ("town", "LY", 24.89400, 10.18336, "Al Barakat"),                            # G (row البركات)
 "akakus": ("region", "LY", 24.83333, 10.33333, "Akakus Mountains"),                     # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),             # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libya side)"),  # G* (row الحدود الليبية الجزائرية)
 # Algeria
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                  # G (row kind village; used as town)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                  # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "border_dz_ly": ("region", "DZ", 24.75, 9.90, "Algeria-Libya border (Algeria side)"),   # K
 # Libya: Murzuq basin, Al-Qatrun and the Niger/Chad borders
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "traghan": ("town", "LY", 25.92333, 14.42056, "Taraghin"),                              # G
 "zawila": ("town", "LY", 26.16188, 15.12522, "Zawilah"),                                # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                            # G (written تمسة and تمسه)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                         # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libya side)"),   # G* (row الحدود الليبية النيجرية)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libya side)"),    # G* (row الحدود الليبية التشادية)
 # Niger
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama base"),                            # G* (row ماداما, written قاعدة ماداما)
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                        # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                 # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                  # G* (row أغاديس, written أغاديز)
 # Chad
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                   # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                        # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                             # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                             # G
 "zouarke": ("village", "TD", 20.60000, 16.20000, "Zouarke"),                           # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                  # G
 "border_td_ly": ("region", "TD", 22.4, 16.8, "Chad-Libya border (Chad side)"),          # K
}

TRAPS = {
 "qqr1": ["المحيط نت", "طارق بن زياد", "صدام حفتر", "الليبي", "الليبية", "ليبية", "ليبي", "النيجري", "النيجرية",
          "نيجرية"],
 "qqr2": ["وكالة كيفه للأنباء", "مهرجان غات الدولي للسياحة", "مبالغات", "الزوار", "الجزائري", "الجزائرية"],
 "qqr3": ["بكرا", "مركز سبها الطبي", "عبد السلام إدريس", "شركة البريقة لتسويق النفط", "مرهونة"],
 "qqr4": ["صيدا تي في", "حراك فزان", "شركة أكاكوس للعمليات النفطية", "شركة مليتة للنفط والغاز", "التشادية"],
 "qqr5": ["العرائش 24", "جبهة التناوب والوفاق في تشاد", "التشادي", "التشادية", "تشادي", "الليبي", "ليبية",
          "السودانيين", "النيجريين"],
}

PHEN = {
 "qqr1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qqr2": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "border_phrase", "town_vs_district",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qqr3": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "ambiguity_tripoli",
          "ambiguity_idri", "vague_area", "coverage_bases"],
 "qqr4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "coverage_oil"],
 "qqr5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area",
          "border_phrase", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qqr1": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["منفذ التوم"], ["القطرون"]),
  mv("redeploy", "planned", "Libyan National Army", ["أم الأرانب"], ["قاعدة الويغ"]),
  mv("reinforce", "conditional", "Nigerien army", [], ["قاعدة ماداما"]),
  mv("advance", "denied", "Nigerien army", ["قاعدة ماداما"], ["منفذ التوم"]),
 ],
 "qqr2": [
  mv("deploy", "reported", "Libyan National Army", ["أوباري"], ["منفذ إيسين", "العوينات"]),
  mv("deploy", "planned", "Libyan National Army", [], ["الحدود مع الجزائر"]),
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت", "الحدود مع ليبيا"]),
  mv("reinforce", "conditional", "Libyan National Army", ["سبها"], ["غات"]),
  mv("advance", "denied", None, [], ["البركات"], ["جبل أكاكوس"]),
 ],
 "qqr3": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["قاعدة تمنهنت الجوية"]),
  mv("airlift", "reported", "Libyan National Army", ["بنغازي"], ["قاعدة تمنهنت الجوية"]),
  mv("deploy", "planned", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["مطار سبها"]),
  mv("withdraw", "conditional", "Libyan National Army", ["مطار سبها"], ["قاعدة براك الجوية"]),
  mv("deploy", "reported", "Libyan National Army", ["براك"], ["إدري"]),
  mv("advance", "denied", "GNA forces", ["الشويرف"], ["براك"]),
 ],
 "qqr4": [
  mv("reinforce", "reported", "Libyan National Army", ["أوباري"], ["حقل الشرارة"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["أوباري"]),
  mv("deploy", "planned", "Libyan National Army", ["جرمة"], ["حقل الفيل"]),
  mv("withdraw", "conditional", "Libyan National Army", ["مرزق"], []),
  mv("advance", "denied", "Chadian armed groups", ["تراغن"], ["أوباري"]),
 ],
 "qqr5": [
  mv("advance", "reported", "Chadian army", ["زوار"], ["كوري بوقودي"]),
  mv("reinforce", "conditional", "Chadian army", ["فايا لارجو"], ["كوري بوقودي"]),
  mv("reinforce", "reported", "Libyan National Army", ["زويلة"], ["تمسه"]),
  mv("advance", "planned", "Libyan National Army", ["أم الأرانب"], ["الحدود مع تشاد"]),
  mv("advance", "conditional", "Chadian armed groups", ["تيبستي"], ["كوري بوقودي"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["زواركي"]),
  mv("advance", "denied", "Chadian army", ["وور"], ["القطرون"]),
 ],
}

NOTES = {
 "qqr1": "Mauritanian news site (Elmohit) wire item from Al-Qatrun on the Niger border: a Tariq bin Ziyad brigade column "
         "Sabha→Toummo crossing via Al-Qatrun (reinforce), a planned company Umm al-Aranib→Al-Wigh air base, Niamey's "
         "conditional reinforcement of Madama (Seguedine only in the condition) and Niger's denial of units crossing "
         "Madama→Toummo; Saddam Haftar's visit to Sabha, the trade convoy Agadez→Toummo via Dirkou, the deportation "
         "of migrants Al-Qatrun→Niger, the 2019 campaign and Niamey in the headline (government) are not movements.",
 "qqr2": "Mauritanian regional agency (Kiffa News Agency) wire item from Ghat on the Algerian border: LNA 128th brigade "
         "units deployed Ubari→Isayen crossing and Al-Awaynat, a planned company along the border with Algeria (Libya "
         "side), Algerian army units Illizi→Djanet with part stationed on the border with Libya (Algeria side), a "
         "conditional reinforcement Sabha→Ghat (Al-Barakat only in the condition) and a denied infiltration into "
         "Al-Barakat via the Akakus (actor null); festival visitors Ubari/Sabha→Ghat without escort, the In Amenas "
         "border meeting and smuggled Algerian fuel are not movements; «مبالغات» and the festival name hold غات, "
         "«الزوار» (visitors) holds زوار.",
 "qqr3": "Nazareth news site (Bokra) agency copy from Sabha: a military cargo plane Jufra air base→Tamanhint air base "
         "with military police, two similar earlier flights Benghazi→the same base, the police planned "
         "Tamanhint→Sabha airport, the airport battalion's conditional pull-back to Brak air base («بمجرد», "
         "«مرهونة»), an LNA company Brak→Idri and Tripoli's denial of its forces moving Ash-Shwayrif→Brak; the fuel "
         "convoy Hun→Sabha, the fuel crisis in Ubari and Murzuq, Wadi al-Shati as scene and Fezzan as area are not "
         "movement places; «مرهونة» holds هون, عبد السلام إدريس holds إدري.",
 "qqr4": "Sidon news site (Saida TV) agency copy from Ubari on the Sharara protests: LNA reinforcements Ubari→Sharara "
         "field, ammunition trucks Sabha→Ubari for the same battalion (shipment), a planned company Germa→El Feel "
         "field, a conditional LNA pull-out from Murzuq and the Fezzan movement's denial of Chadian armed opposition "
         "Traghan→Ubari; oil workers' buses Ubari (written أباري)→Sharara, protesters gathering in Al-Ghurayfa, the "
         "valve-closure threat conditioned on Tripoli, the NOC in Tripoli and company names holding Akakus and "
         "Mellitah are not movements or movement places.",
 "qqr5": "Moroccan local news site (Larache24) agency copy from Murzuq on the Chad border: a Chadian army advance "
         "Zouar→Kouri Bougoudi with conditional reinforcements from Faya-Largeau («إلى المنطقة» = Kouri Bougoudi), "
         "LNA reinforcements Zawila→Tmassah (written تمسه; تمسة in the headline), a planned LNA company Umm "
         "al-Aranib→the border with Chad (Libya side), the CCMSR rebels' conditional move Tibesti→Kouri Bougoudi, "
         "their reported massing around Zouarke (Zouar there only a distance reference) and Chad's denial of a "
         "pursuit Wour→Al-Qatrun; miners fleeing to Al-Qatrun, the border with Libya (Chad side) as a distance "
         "reference, N'Djamena as government and the miners' countries of origin are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qqr1", "qqr2", "qqr3", "qqr4", "qqr5")
