# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 # capitals and other cities
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                   # G
 # Tunisian side
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                             # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),          # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                   # G
 "remada_base": ("base", "TN", 32.306, 10.382, "Remada Air Base"),                         # K
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                   # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G* (row منفذ وازن, TN side)
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                    # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                      # G* (row جنوب تونس)
 "triangle_tn": ("region", "TN", 30.24, 9.54, "Tunisia-Libya-Algeria border triangle (Tunisian side)"),  # K
 "border_tn_ly": ("region", "TN", 32.05, 10.60, "Tunisia-Libya border (Tunisian side)"),   # K
 # Algerian side
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                  # G
 "illizi_prov": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                  # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                    # G
 "triangle_dz": ("region", "DZ", 30.20, 9.45, "Algeria-Libya-Tunisia border triangle (Algerian side)"),  # K
 "border_dz_ly": ("region", "DZ", 29.80, 9.45, "Algeria-Libya border (Algerian side, Debdeb sector)"),  # K
 # Libyan western border
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                                # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),           # G* (town row)
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),        # G
 "triangle_ly": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "border_ly_dz": ("region", "LY", 29.60, 10.00, "Libya-Algeria border (Libyan side, Ghadames-Wafa sector)"),  # K
 "border_ly_tn": ("region", "LY", 33.00, 11.65, "Libya-Tunisia border (Libyan side, coast)"),  # K
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                      # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                     # G
 "nalut_mun": ("district", "LY", 31.86848, 10.98120, "Nalut municipality"),                # G* (town row)
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                     # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawin"),                                 # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                      # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                        # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                           # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                   # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                       # G* (row قاعدة الوطية)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                       # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                   # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                       # G
 # coast
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                  # G
 "zuwara_port": ("crossing", "LY", 32.922, 12.120, "Zuwara port"),                         # K
 "tripoli_port": ("crossing", "LY", 32.905, 13.185, "Port of Tripoli"),                    # K
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),         # G* (row منفذ رأس جدير)
 "abu_kammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                         # G
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),             # G
}

TRAPS = {
 "hl1": ["جوهرة أف أم", "عبد الحكيم الغدامسي", "الرمادي", "التوازن", "سوق ليبيا", "مقهى «طرابلس»", "الليبية"],
 "hl2": ["الشروق أونلاين", "الشروق", "وكالة الأنباء الجزائرية", "غدامس الآن", "إدريس بن عمارة", "الليبية", "الليبي"],
 "hl3": ["النبأ", "فتحي النالوتي", "غرفة عمليات المنطقة الغربية", "المجلس العسكري الزنتان", "مدرج", "يندرج"],
 "hl4": ["الميادين نت", "المنطقة العسكرية الغربية", "محمد الإدريسي", "التونسي", "ليبية"],
 "hl5": ["إيلاف", "عادل الطرابلسي", "يوازنون"],
}

PHEN = {
 "hl1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "hl2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_oil", "coverage_neighbours", "countries"],
 "hl3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "town_vs_district", "coverage_bases"],
 "hl4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_oil",
         "coverage_neighbours", "countries"],
 "hl5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "ambiguity_tripoli",
         "vague_area", "border_phrase", "town_vs_district", "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "hl1": [
  mv("reinforce", "reported", "Tunisian army", ["رمادة"], ["الذهيبة"]),
  mv("shipment", "reported", None, ["نالوت"], ["الجنوب التونسي"]),
  mv("withdraw", "denied", "GNA forces", ["منفذ وازن"]),
  mv("deploy", "planned", "Tunisian army", [], ["برج الخضراء"]),
  mv("airlift", "conditional", "Tunisian army", ["تونس"], ["قاعدة رمادة الجوية"]),
 ],
 "hl2": [
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["الدبداب", "الحدود مع ليبيا"]),
  mv("shipment", "reported", None, ["درج"]),
  mv("advance", "denied", "Algerian army", [], ["حقل الوفاء"]),
  mv("deploy", "planned", "Algerian army", [], ["المثلث الحدودي"]),
  mv("withdraw", "conditional", "Algerian army", ["الدبداب"], ["ورقلة"]),
 ],
 "hl3": [
  mv("redeploy", "reported", "GNA forces", ["نالوت"], ["سيناون"]),
  mv("airlift", "reported", "GNA forces", ["قاعدة الوطية الجوية"], ["مطار غدامس"]),
  mv("advance", "planned", "GNA forces", ["غدامس"], ["درج", "الحمادة الحمراء"]),
  mv("deploy", "denied", "Zintan forces", ["الزنتان"], ["سيناون"]),
  mv("reinforce", "conditional", "GNA forces", ["طرابلس"], ["سيناون", "نالوت"]),
 ],
 "hl4": [
  mv("shipment", "reported", None, ["إدري"], ["درج"], ["الحمادة الحمراء"]),
  mv("reinforce", "reported", "Libyan National Army", ["براك"], ["الشويرف"]),
  mv("advance", "denied", "Libyan National Army", [], ["درج", "غدامس"]),
  mv("mobilise", "planned", "GNA forces", [], ["غدامس"]),
  mv("reinforce", "conditional", "Algerian army", [], ["الدبداب"]),
 ],
 "hl5": [
  mv("naval_landing", "reported", "GNA forces", ["ميناء طرابلس"], ["ميناء زوارة"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["أبو كماش"]),
  mv("withdraw", "reported", "Libyan National Army", ["الحمادة الحمراء"], ["الشويرف"]),
  mv("redeploy", "planned", "GNA forces", ["معبر رأس اجدير"], ["وازن"]),
  mv("mobilise", "conditional", "GNA forces", [], ["نالوت", "غدامس"]),
 ],
}

NOTES = {
 "hl1": "Jawhara FM (Tataouine): Tunisian army reinforcement Remada->Dehiba after a clash with smugglers; smugglers' arms "
        "shipment Nalut->southern Tunisia; GNA border guards' denied pull-out from the Wazin crossing; planned deployment "
        "at Borj El Khadra (triangle is a locator); conditional special-forces airlift Tunis->Remada air base. Latin "
        "glosses (Dehiba), (Wazin); Wazin after «قبالة» is a locator, not a destination.",
 "hl2": "Echorouk Online (Algiers): Algerian reinforcement Ouargla->Debdeb and the border with Libya; smugglers' arms "
        "shipment from Derj (origin only); denied advance towards the Al Wafa field; planned company at the border "
        "triangle; conditional pull-back Debdeb->Ouargla («بمجرد»). Dateline الجزائر = Algiers, «بين الجزائر وليبيا» = "
        "the country; the land border between them gives the two countries only.",
 "hl3": "Al-Nabaa TV (Nalut): GNA border guards redeploy Nalut->Sinawen; airlift Al-Watiya air base->Ghadames airport; "
        "planned advance Ghadames->Derj/Hamada al-Hamra; Zintan military council denies sending fighters Zintan->Sinawen; "
        "conditional reinforcement Tripoli->Sinawen/Nalut («إذا»). Traps مدرج/يندرج contain درج; «بين سيناون ودرج» is a "
        "locator.",
 "hl4": "Al-Mayadeen Net (Tunis): smugglers' fuel-and-ammunition convoy Idri->Derj via Hamada al-Hamra; LNA reinforcement "
        "Brak->Ash Shwayrif; LNA denies any advance on Derj/Ghadames; planned GNA massing in Ghadames; conditional "
        "Algerian reinforcement of Debdeb («إذا»; Al Wafa and the border are the condition's places, not destinations). "
        "Background presence in Debdeb/Ash Shwayrif is not a movement.",
 "hl5": "Elaph (London) weekly round-up: GNA naval landing Tripoli port->Zuwara port; GNU denies a Turkish landing at "
        "Abu Kammash; LNA-aligned group pulls back Hamada al-Hamra->Ash Shwayrif; planned redeploy Ras Ajdir "
        "crossing->Wazin; conditional massing in Nalut and Ghadames («إذا»). Headline moves are not counted again.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("hl1", "hl2", "hl3", "hl4", "hl5")
