# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                   # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                     # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                    # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                     # G
 # capitals and cities used as datelines / venues
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                      # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                      # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                               # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                      # G
 # cy1 Wadi al-Shati
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                        # G
 "idri_mun": ("district", "LY", 27.44707, 13.05173, "Idri municipality"),                   # G* (town row)
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                    # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                        # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                          # G
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                # G (row قاعدة تمنهنت)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                     # G
 "qirah": ("town", "LY", 27.58595, 14.35375, "Qirah"),                                      # G
 "south_west": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                 # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                  # G
 # cy2 Sirte front and the oil crescent
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                  # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                             # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                                 # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                      # G
 "sirte_port": ("crossing", "LY", 31.21000, 16.59500, "Port of Sirte"),                     # K
 "gardabiya_base": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                 # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                                # G
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf port"),                 # G* (row راس لانوف)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                      # G
 # cy3 Nafusa mountains
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                    # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabaa"),                                 # G
 "jabal_gharbi": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),   # G (region row)
 "qawalish": ("town", "LY", 31.99972, 12.63000, "Al-Qawalish"),                             # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                                  # G
 "kikla": ("town", "LY", 32.08333, 12.70000, "Kiklah"),                                     # G
 "yafran": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                    # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                              # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                     # G
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                                 # G
 # cy4 Ghat and the Algerian side
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                        # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                     # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                               # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                      # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),                # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                                  # G
 "bordj": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),                            # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                     # G
 "border_dz": ("region", "DZ", 25.20000, 9.85000, "Algeria-Libya border (Algerian side, Djanet sector)"),  # K
 # cy5 Murzuq and the Chad/Niger borders
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                                  # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                         # G (row أم الأرانب)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                    # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                 # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                               # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                      # G
 "border_td": ("region", "LY", 23.00000, 16.50000, "Libya-Chad border (western sector, Libyan side)"),    # K
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                   # G* (row الحدود الليبية النيجرية)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),                # G
 "el_feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                    # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا)
}

TRAPS = {
 "cy1": ["الجيش الوطني الليبي", "لا أدري", "غرفة عمليات تحرير الجنوب الغربي", "خالد الإدريسي", "ليبيا الحدث"],
 "cy2": ["الجيش الوطني الليبي", "غرفة عمليات تحرير سرت الجفرة", "الهلال الأحمر", "ليبيا الأحرار"],
 "cy3": ["غرفة العمليات المشتركة بالمنطقة الغربية", "الهلال الأحمر", "الراية البيضاء", "شارع طرابلس", "الوسط"],
 "cy4": ["الجيش الوطني الشعبي", "الليبية", "التراب الجزائري", "وكالة الأنباء الجزائرية", "الدعم المالي"],
 "cy5": ["التشادية", "المتوسط", "علي الطرابلسي"],
}

PHEN = {
 "cy1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases"],
 "cy2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "coverage_bases", "coverage_oil", "countries"],
 "cy3": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "vague_area"],
 "cy4": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "cy5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
}

LNA, GNA, MIS, ZIN = "Libyan National Army", "GNA forces", "Misrata forces", "Zintan forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "cy1": [
  mv("withdraw", "reported", LNA, ["إدري"], ["قاعدة براك الجوية"]),
  mv("redeploy", "reported", LNA, ["براك"], ["قاعدة تمنهنط"]),
  mv("shipment", "reported", LNA, ["سبها"], ["براك"]),
  mv("deploy", "planned", LNA, ["سبها"], ["إدري"]),
  mv("airlift", "conditional", LNA, ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("withdraw", "denied", LNA, ["قيرة"], ["سبها"]),
 ],
 "cy2": [
  mv("withdraw", "reported", MIS, ["الوشكة"], ["أبوقرين"]),
  mv("redeploy", "reported", LNA, ["الوشكة"], ["قاعدة القرضابية"]),
  mv("naval_landing", "reported", LNA, ["بنغازي"], ["ميناء سرت", "الوشكة"]),
  mv("withdraw", "denied", MIS, ["أبوقرين"], ["مصراتة"]),
  mv("reinforce", "planned", LNA, ["أجدابيا"], ["سرت"]),
  mv("naval_landing", "conditional", LNA, [], ["ميناء راس لانوف"]),
 ],
 "cy3": [
  mv("withdraw", "reported", ZIN, ["الأصابعة"], ["الزنتان"], ["القواليش"]),
  mv("deploy", "reported", GNA, ["طرابلس"], ["الأصابعة"], ["العزيزية", "غريان"]),
  mv("withdraw", "planned", None, ["الأصابعة"], ["غريان"]),
  mv("mobilise", "reported", ZIN, [], ["الرجبان"]),
  mv("withdraw", "denied", ZIN, ["مزدة"], []),
  mv("advance", "conditional", ZIN, [], ["الأصابعة"]),
 ],
 "cy4": [
  mv("reinforce", "reported", "Algerian army", ["برج عمر إدريس", "إليزي"], ["جانت", "الحدود مع ليبيا"]),
  mv("withdraw", "reported", None, ["مطار غات"], ["العوينات"]),
  mv("deploy", "planned", LNA, ["أوباري"], ["مطار غات"]),
  mv("shipment", "reported", LNA, ["أوباري"], ["غات"]),
  mv("withdraw", "conditional", LNA, ["منفذ إيسين"], []),
  mv("withdraw", "denied", None, ["غات"], [], ["منفذ إيسين"]),
 ],
 "cy5": [
  mv("withdraw", "reported", "Chadian armed groups", ["تراغن"], ["الحدود مع تشاد"]),
  mv("advance", "reported", LNA, ["القطرون"], ["تجرهي"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة تمنهنت"]),
  mv("redeploy", "planned", LNA, ["تراغن"], ["سبها"]),
  mv("deploy", "planned", LNA, ["قاعدة تمنهنت"], ["تراغن"]),
  mv("withdraw", "denied", LNA, ["أم الارانب"], []),
  mv("mobilise", "conditional", None, [], ["مرزق"]),
 ],
}

NOTES = {
 "cy1": ("Al-Ittihad style, Benghazi dateline. An LNA pull-back Idri→Brak air base (headline repeats it), the battalion "
         "re-forming Brak→Tamanhint base («تمنهنط» spelling), ammunition trucks Sabha→Brak, a planned company Sabha→Idri "
         "taking over the gates, a conditional airlift Jufra base→Brak base, and a denied pull-out Qirah→Sabha. Prisoner "
         "exchange and bodies handed to Brak hospital are not movements; Idri town vs بلدية إدري vs the officer الإدريسي."),
 "cy2": ("Youm7 style, Cairo dateline. Misrata forces fall back Al-Washka→Abu Qurayn; the LNA battalion is pulled back "
         "to Gardabiya base after handing its positions to marines landed at Sirte port from Benghazi (one landing, "
         "destinations port + Al-Washka); denied Misrata pull-out Abu Qurayn→Misrata; planned armour Ajdabiya→Sirte; "
         "conditional landing at Ras Lanuf port. Prisoners, bodies to Misrata (مصراته spelling), the 5+5 venue Tunis "
         "(city), Egypt, Libya and the road «بين سرت ومصراتة» are not movement places."),
 "cy3": ("Al-Arab style, Tripoli dateline. Zintan forces leave Al-Asabaa for Zintan via Al-Qawalish; a GNA force from "
         "Tripoli via Al-Aziziyah and Gharyan takes over their camp; the Gharyan group is to withdraw Al-Asabaa→Gharyan "
         "(planned, no canonical actor); Zintan vehicles massing in Ar-Rujban (re-forming); denied pull-out from around "
         "Mizda; conditional return to Al-Asabaa. Mediators from Kikla/Yafran, prisoners, bodies, the white flag and "
         "«شارع طرابلس» are not movements/places."),
 "cy4": ("El Khabar style, Algiers dateline. Algerian army reinforcement from Bordj Omar Driss and Illizi to Djanet and "
         "the border with Libya; gunmen pull out of Ghat airport towards Al-Awaynat (no canonical actor); planned LNA "
         "company Ubari→Ghat airport; LNA supply trucks Ubari→Ghat; conditional «لن تغادر المنفذ إلا» withdrawal from "
         "Isayen; Algeria denies gunmen fled via Isayen. Prisoners, bodies and displaced families to Djanet are not "
         "movements; الجزائر is the city in the dateline and the country later; «الدعم المالي» vs the country Mali."),
 "cy5": ("Al-Mutawaset style, Sabha dateline. Chadian rebels pull back from Traghen towards the Chad border; an LNA "
         "advance Al Qatrun→Tajarhi; an airlift Benina base→Tamanhint base; planned rotation (units Traghen→Sabha to "
         "re-form, a company Tamanhint base→Traghen); denied pull-out from Umm al-Aranib («أم الارانب» spelling); a "
         "conditional Tebu gathering at Murzuq. Prisoners moved to a Sabha prison and a N'Djamena delegation coming "
         "for the bodies are not movements; Toummo on the Niger border is background."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("cy1", "cy2", "cy3", "cy4", "cy5")
