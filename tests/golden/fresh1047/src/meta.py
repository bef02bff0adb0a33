# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # Ghat area (Libya)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat Municipality"),               # G* (town row as district, written بلدية غات)
 "ghat_dist": ("district", "LY", 26.01562, 10.40660, "Ghat District"),                  # G (row district:LY-GT, alias شعبية غات)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "barkat": ("town", "LY", 24.89400, 10.18336, "Al Barakat"),                            # G (written البركت and البركات)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "akakus": ("region", "LY", 24.83333, 10.33333, "Akakus Mountains"),                    # G (written جبل أكاكوس, أكاكوس, اكاكوس)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, alias تين الكوم; country DZ)
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libya side)"),  # G* (row الحدود الليبية الجزائرية)
 "south_west": ("region", "LY", 25.5, 12.0, "Libyan south-west"),                        # K
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا, written الجنوب الليبي)
 # Ubari, the Sharara road and the Fezzan
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G (written أوباري, اوباري, أباري)
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G (written حقل الشرارة and الشرارة)
 "el_feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                # G
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                 # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # Algeria
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row جانت, kind village -> town)
 "djanet_prov": ("district", "DZ", 24.55528, 9.48500, "Djanet Province"),               # G* (town row as district, written ولاية جانت)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "border_dz_ly": ("region", "DZ", 24.9, 9.75, "Algeria-Libya border (Algeria side, facing Ghat)"),  # K
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_prov": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),               # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                           # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "tamanrasset_prov": ("district", "DZ", 24.08657, 4.95931, "Tamanrasset Province"),     # G (row district:DZ-11)
 "tassili": ("region", "DZ", 25.50000, 9.00000, "Tassili n'Ajjer"),                     # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
}

TRAPS = {
 "qnj1": ["توماست", "كتيبة 177 مشاة", "جهاز حرس الحدود", "الفراغات", "مبالغات", "إذاعة غات المحلية",
          "مديرية أمن غات", "الجيش الجزائري", "جزائرية", "ليبي"],
 "qnj2": ["قناة ليبيا الفضائية", "اللواء طارق بن زياد", "تينيري", "المجلس العسكري أوباري",
          "جهاز حرس المنشآت النفطية", "شركة البريقة لتسويق النفط", "حكومة الوحدة الوطنية"],
 "qnj3": ["الواحات اليوم", "الناحية العسكرية الرابعة", "الجيش الوطني الشعبي", "تظاهرة السبيبة", "الليبي",
          "الليبية", "ليبية", "جزائرية"],
 "qnj4": ["وطن", "موسى الأوباري", "الجيش الجزائري", "الجزائرية", "جزائرية", "ليبياً", "ليبية", "الليبيين"],
 "qnj5": ["طوارق ليبيا", "لغات", "ميدي 24", "جهاز حرس الحدود"],
}

PHEN = {
 "qnj1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "qnj2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "vague_area", "coverage_bases",
          "coverage_oil", "countries"],
 "qnj3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "qnj4": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qnj5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "vague_area",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qnj1": [
  mv("deploy", "reported", "Libyan National Army", ["أوباري"], ["غات"], ["العوينات"]),
  mv("deploy", "planned", "Libyan National Army", ["غات"], ["منفذ إيسين"]),
  mv("withdraw", "conditional", "Libyan National Army", [], ["أوباري"]),
  mv("advance", "denied", "Algerian army", [], ["البركات"], ["تين الكوم"]),
 ],
 "qnj2": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["حقل الشرارة"], ["جرمة", "اوباري"]),
  mv("redeploy", "planned", "Libyan National Army", ["الشرارة"], ["حقل الفيل"]),
  mv("shipment", "planned", "Libyan National Army", ["سبها"], ["الشرارة"]),
  mv("withdraw", "conditional", None, ["الغريفة"], []),
  mv("deploy", "denied", "GNA forces", ["طرابلس"], ["أوباري"]),
 ],
 "qnj3": [
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["ولاية جانت", "جانت"], ["إليزي"]),
  mv("airlift", "reported", "Algerian army", ["تمنراست"], ["مطار جانت"]),
  mv("deploy", "planned", "Algerian army", [], ["الحدود مع ليبيا"]),
  mv("withdraw", "conditional", "Algerian army", ["معبر تين الكوم"], ["جانت"]),
  mv("advance", "denied", "Algerian army", [], ["جبل أكاكوس"]),
 ],
 "qnj4": [
  mv("mobilise", "reported", "Libyan National Army", [], ["غات"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["مطار غات"]),
  mv("redeploy", "planned", "Algerian army", ["عين أميناس"], ["جانت"]),
  mv("deploy", "denied", "Libyan National Army", [], ["الحدود مع الجزائر"]),
  mv("advance", "conditional", "Libyan National Army", ["غات"], ["منفذ إيسين"]),
 ],
 "qnj5": [
  mv("deploy", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["العوينات"], ["أباري"]),
  mv("advance", "conditional", None, ["غات", "البركات"], ["العوينات"]),
  mv("redeploy", "planned", "Libyan National Army", ["العوينات"], ["منفذ إيسين"]),
  mv("advance", "denied", "Foreign fighters", ["النيجر"], ["اكاكوس"]),
 ],
}

NOTES = {
 "qnj1": "Tuareg channel site (Tumast) from Ghat: a Tuareg-majority LNA battalion's column Ubari→Ghat via Al-Awaynat "
         "(deploy), a planned company Ghat→Isayen crossing, a conditional pull-back to Ubari («لن نعيد ... إلا إذا», no "
         "origin named) and the Ghat mayor's denial of an Algerian incursion via Tin Alkoum to Al-Barkat (written البركات; "
         "البركت elsewhere); the civilian flour-and-medicine convoy Djanet→Ghat via Isayen, the elders' demand for troops "
         "on the border with Algeria and Niger, the Akakus tourism and the district are not movements or movement places; "
         "الفراغات and مبالغات hold غات, إذاعة غات المحلية and مديرية أمن غات are names.",
 "qnj2": "Libyan official satellite TV (Libya Al-Fadaiya) from Ubari: Tariq Ibn Ziyad brigade reinforcements Tamanhint "
         "air base→Sharara field via Germa and Ubari (written اوباري), a planned company Sharara→El Feel field (redeploy), a "
         "planned ammunition-and-supplies convoy Sabha→Sharara (shipment; written الشرارة), a local Tuareg "
         "battalion's conditional withdrawal from the Al-Ghurayfa gate (actor null) and the Tripoli general "
         "staff's denied force Tripoli→Ubari; Tripoli as venue and headline metonymy, the civilian fuel convoy Sabha→Ubari "
         "and planned fuel deliveries to Ghat and Al-Awaynat, Wadi al-Hayat, Fezzan, Libya and the distance reference are "
         "not movement places; قناة ليبيا الفضائية, المجلس العسكري أوباري and شركة البريقة are names.",
 "qnj3": "Algerian regional daily (Al-Wahat Al-Youm, Ouargla) from Djanet: 4th military region armour Ouargla→Djanet "
         "(and its province) via Illizi, two military transports Tamanrasset→Djanet airport (airlift), planned border-guard "
         "detachments along the border with Libya (Algerian side; Ghat only a reference), a conditional pull-back Tin Alkoum "
         "crossing→Djanet (Isayen only in the condition) and a denied patrol into the Akakus; the civilian flight from "
         "Algiers with tourists for the Tassili and the Sbeiba festival, the distance Djanet–Ghat and the Illizi governor's "
         "meeting (والي إليزي = the province) are not movements.",
 "qnj4": "Pan-Arab news site (Watan) on Ghat: the LNA massing some 300 men around Ghat (mobilise reported), an airlift Al "
         "Jufra air base→Ghat airport, Algeria's planned armoured brigade In Amenas→Djanet, the LNA spokesman's denial of "
         "forces sent to the border with Algeria (Libyan side; he calls the Ghat presence a rotation, not denying it) and a "
         "conditional LNA advance Ghat→Isayen crossing (Algeria and Tin Alkoum only in the condition); Algerian manoeuvres "
         "near Djanet, «messages to Algeria», the distance to Isayen and the Djanet/Tamanrasset provinces are not "
         "movement places; موسى الأوباري holds أوباري.",
 "qnj5": "Moroccan news site (Medi24) retelling the Facebook page of the Libyan Tuareg social council: LNA border-guard "
         "vehicles Brak air base→Al-Awaynat via Ubari (written أباري; confirmed by the LNA official), Tuareg youth's "
         "conditional move Ghat/Al-Barkat→Al-Awaynat (actor null), the unit's planned move Al-Awaynat→Isayen crossing and a "
         "denied entry of Tuareg fighters Niger→Akakus (written اكاكوس); families leaving Al-Awaynat for Ghat (civilian), "
         "kinship with Djanet and Tamanrasset, Algeria's silence, the south-west and Southern Libya, Tripoli and Benghazi "
         "as governments are not movements or movement places; طوارق ليبيا and لغات are traps.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qnj1", "qnj2", "qnj3", "qnj4", "qnj5")
