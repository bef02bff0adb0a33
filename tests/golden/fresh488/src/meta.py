# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                   # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 # border regions (Libyan side)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                  # G* (row الحدود الليبية النيجرية)
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),                 # G* (row الحدود الليبية الجزائرية)
 # vague areas
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                 # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                 # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                       # G* (row جنوب ليبيا)
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                        # G
 # Wadi al-Shati
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                        # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                       # G
 "brak_mun": ("district", "LY", 27.54956, 14.27139, "Brak al-Shati municipality"),         # G* (town row)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                         # G
 "brak_depot": ("oilfield", "LY", 27.54956, 14.27139, "Brak fuel depot"),                  # G* (town row)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                       # G
 "idri_mun": ("district", "LY", 27.44707, 13.05173, "Idri municipality"),                  # G* (town row)
 "tamzawa": ("town", "LY", 27.57154, 14.20234, "Tamzawah"),                                # G (row تمزاوة)
 "qirah": ("town", "LY", 27.58595, 14.35375, "Qirah"),                                     # G
 "barqin": ("town", "LY", 27.54801, 13.62914, "Barqin"),                                   # G
 # Fezzan and the south
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                     # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                    # G (row قاعدة تمنهنت)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                     # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                       # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),               # G (row منفذ التوم)
 # roads north and the centre
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                           # G
 "qaryat": ("town", "LY", 30.38333, 13.58333, "Al Qaryat"),                                # G
 "mizdah": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                   # G
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"), # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                 # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                              # G* (Hun town row, as district)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                    # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                     # G
 "sirte_port": ("crossing", "LY", 31.21, 16.60, "Port of Sirte"),                          # K
 # capitals and the east
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "benghazi_port": ("crossing", "LY", 32.118, 20.055, "Port of Benghazi"),                  # K
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                          # G
 "dubai": ("city", "AE", 25.07725, 55.30927, "Dubai"),                                     # G
}

LNA, GNA, FF = "Libyan National Army", "GNA forces", "Foreign fighters"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "rv1": ["إرم نيوز", "الجيش الوطني الليبي", "غرفة عمليات الجنوب الغربي", "قناة ليبيا الحدث", "الليبية"],
 "rv2": ["شركة البريقة لتسويق النفط", "شارع طرابلس", "النيجرية", "الدعم المالي"],
 "rv3": ["ليبيا بانوراما", "مصطفى الإدريسي", "الجزائرية", "ما ادري"],
 "rv4": ["الجيش الليبي", "الجيش الوطني الليبي", "صحراء فزان", "الجزائري"],
 "rv5": ["الجيش الوطني الليبي", "عادل الطرابلسي", "قناة ليبيا الأحرار", "إدريس أغ محمد"],
}

PHEN = {
 "rv1": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "town_vs_district",
         "coverage_bases"],
 "rv2": ["clitics", "multiword", "common_word_trap", "nisba", "ambiguity_tripoli", "vague_area", "border_phrase",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "rv3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_neighbours", "countries"],
 "rv4": ["clitics", "spelling", "multiword", "operation_trap", "nisba", "ambiguity_country_capital", "border_phrase",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "rv5": ["clitics", "multiword", "media_trap", "person_trap", "ambiguity_tripoli", "ambiguity_idri", "vague_area",
         "town_vs_district", "coverage_bases"],
}

MOVES = {
 "rv1": [
  mv("redeploy", "reported", LNA, ["قاعدة براك الجوية"], ["قاعدة تمنهنت الجوية"]),
  mv("deploy", "reported", LNA, ["سبها"], ["قاعدة براك الجوية"]),
  mv("deploy", "planned", LNA, [], ["براك", "تمزاوة"]),
  mv("reinforce", "conditional", LNA, ["قاعدة الجفرة الجوية"], ["براك الشاطئ"]),
  mv("withdraw", "reported", None, ["تمزاوة"], ["إدري"]),
  mv("mobilise", "denied", None, [], ["قيرة"]),
 ],
 "rv2": [
  mv("shipment", "reported", LNA, ["مصفاة الزاوية"], ["براك"], ["القريات", "الشويرف"]),
  mv("shipment", "planned", LNA, ["مصراتة"], ["سبها"], ["الجفرة"]),
  mv("deploy", "conditional", LNA, [], ["الشويرف"]),
  mv("shipment", "denied", LNA, ["براك"], ["منفذ التوم"]),
 ],
 "rv3": [
  mv("deploy", "reported", LNA, ["براك"], ["إدري"], ["برقن"]),
  mv("withdraw", "reported", None, ["إدري"], ["أوباري"]),
  mv("deploy", "planned", LNA, [], ["الحمادة الحمراء", "الحدود مع الجزائر"]),
  mv("reinforce", "conditional", LNA, ["قاعدة براك الجوية"], ["إدري"]),
  mv("reinforce", "denied", FF, ["الجزائر"], ["إدري"]),
 ],
 "rv4": [
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء سرت"]),
  mv("reinforce", "reported", LNA, ["سرت"], ["قاعدة براك الجوية"], ["قاعدة الجفرة الجوية"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة براك الجوية"]),
  mv("naval_landing", "planned", LNA, ["بنغازي"], ["ميناء سرت"]),
  mv("deploy", "planned", LNA, [], ["تامزاوة"]),
  mv("withdraw", "conditional", LNA, ["براك"], ["بنغازي"]),
  mv("advance", "denied", LNA, [], ["حقل الشرارة", "الحدود مع الجزائر"]),
 ],
 "rv5": [
  mv("withdraw", "denied", LNA, ["قاعدة براك الجوية"], ["قاعدة الجفرة الجوية"]),
  mv("advance", "denied", GNA, ["مزدة"], ["الشويرف"]),
  mv("redeploy", "reported", LNA, ["براك"], ["مطار سبها"]),
  mv("airlift", "planned", LNA, ["بنغازي"], ["قاعدة براك الجوية"]),
  mv("mobilise", "planned", None, [], ["إدري"]),
  mv("deploy", "conditional", LNA, ["براك"], ["الشويرف"]),
 ],
}

NOTES = {
 "rv1": ("Erem News style, Benghazi dateline. A handover at Brak air base: battalion 177 out to Tamanhint air base "
         "(redeploy, reported) and Tariq bin Ziyad units in from Sabha (deploy, reported); planned takeover of the gates "
         "on the Brak-Tamzawa road (both ends as destinations); conditional reinforcement Jufra air base->Brak al-Shati "
         "('إذا تكررت'); a Tuareg group's pull-back Tamzawa->Idri (reported, actor null); the tribal council denies "
         "mobilisation in Qirah (denied, 'لا صحة'). Headline repeats the handover (not counted again). Traps: the ops "
         "room 'غرفة عمليات الجنوب الغربي' beside the gold region 'الجنوب الغربي', a TV channel with 'ليبيا'."),
 "rv2": ("Al-Arab (London) style, Tripoli dateline. Fuel convoys: an LNA-escorted tanker convoy Zawiya refinery->Brak "
         "via Al-Qaryat and Ash Shwayrif (shipment, reported); a second convoy Misrata->Sabha via Al Jufra (planned); "
         "a company for Ash Shwayrif 'إذا تكرر الاعتداء' (conditional); tankers Brak->Toummo crossing denied by the "
         "battalion's spokesman (the border phrase locates the crossing). Civil fuel distribution to Idri/Barqin/Tamzawa "
         "and the hijack near Ash Shwayrif are not movements. Traps: Tripoli street, Brega company, 'المالي'."),
 "rv3": ("Libya Panorama style, Idri dateline (spelled ادري). Tuareg-Arab clashes in Idri: LNA separation force "
         "Brak->Idri via Barqin (deploy, reported); Tuareg gunmen pull back Idri->Ubari (reported, null actor, origin = "
         "the town named for 'الحي الغربي'); planned desert patrols in the Hamada al-Hamra up to the border with Algeria; "
         "conditional reinforcement Brak air base->Idri ('المدينة'); the municipality denies fighters entering from "
         "Algeria (Foreign fighters, 'عارية عن الصحة'). Families leaving for Brak and Sabha are civilians (no move). "
         "Idri traps: the colonel 'الإدريسي' and the colloquial 'ما ادري'."),
 "rv4": ("Al-Ittihad style, Benghazi dateline. LNA logistics: a landing ship Benghazi port->Sirte port (naval_landing, "
         "reported), the column Sirte->Brak air base via Jufra air base (reinforce, reported), two cargo planes Benina "
         "air base->Brak air base (airlift, reported), a second landing Benghazi->Sirte port and a company for Tamzawa's "
         "checkpoints (both planned), the armour to return Brak->Benghazi 'بمجرد عودة الهدوء' (conditional withdraw), "
         "and a denied move to the Sharara field or the border with Algeria. Headline repeats the sea move."),
 "rv5": ("Al-Hadath style, Dubai dateline. Claims and denials: LNA denies a Brigade 128 pull-out Brak air base->Jufra "
         "air base; the GNU defence ministry (in Tripoli, not a movement place) denies a move Mizdah->Ash Shwayrif (GNA "
         "forces); local sources report a company Brak->near Sabha airport (redeploy, reported); a planned LNA cargo "
         "flight Benghazi->Brak air base; Tuareg elders plan to gather armed youth in Idri (mobilise, planned); a "
         "conditional LNA battalion Brak->Ash Shwayrif. Traps: spokesman 'الطرابلسي', elder 'إدريس'."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("rv1", "rv2", "rv3", "rv4", "rv5")
