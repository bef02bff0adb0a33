# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 # capitals and cities outside the south-west
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                 # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "benghazi_port": ("crossing", "LY", 32.0970, 20.0530, "Port of Benghazi"),              # K
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                   # G
 "brega_port": ("crossing", "LY", 30.4170, 19.5800, "Port of Brega (Marsa al-Brega)"),   # K
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                       # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                      # G
 # Sabha and Wadi al-Shati
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                # G
 "manshiya": ("town", "LY", 27.03766, 14.42832, "Al Manshiya (Sabha)"),                  # G
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),             # G* (row قاعدة تمنهنت)
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                      # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "idri_mun": ("district", "LY", 27.44707, 13.05173, "Idri municipality"),                # G* (town row)
 # Wadi al-Hayat, Ubari and the oil fields
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                   # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                         # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                    # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 # Murzuq, Al-Qatrun and the east of the Murzuq basin
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),            # G* (town row)
 "traghen": ("town", "LY", 25.92333, 14.42056, "Taraghin"),                              # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                            # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),         # G* (town row)
 "wigh_base": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                    # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                            # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),              # G
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador triangle"),                  # G
 "triangle": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G
 # Algeria
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                               # G
 # vague areas and border phrases
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا)
 "south_west": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),   # G* (row الحدود الليبية التشادية)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "border_dz_side": ("region", "DZ", 24.80, 9.90, "Algeria-Libya border (Algerian side)"),  # K
}

LNA = "Libyan National Army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    """One movement row in the README's key order."""
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "ic1": ["بوابة إفريقيا الإخبارية", "الجيش الوطني الليبي", "عملية تأمين الشاطئ", "علي الإدريسي", "الجوار الليبي"],
 "ic2": ["فسانيا", "شركة مليتة للنفط والغاز", "شركة أكاكوس للعمليات النفطية", "الإسبانية", "إبراهيم الأوباري",
         "الشرارة الأولى", "الفيل الأبيض", "سالم الطرابلسي"],
 "ic3": ["الجيش الليبي", "قناة ليبيا الحدث", "آدم المرزوقي", "اليوم السابع", "جبهة التناوب والوفاق في تشاد"],
 "ic4": ["الجيش الليبي", "سبوتنيك", "الجيش الوطني الليبي", "عبد السلام القطروني", "الجيش الجزائري",
         "وزارة الدفاع الروسية", "الفيلق الإفريقي", "الأفارقة"],
 "ic5": ["المتوسط", "شارع طرابلس", "شركة البريقة لتسويق النفط", "ما ادري"],
}

PHEN = {
 "ic1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries",
         "vague_area"],
 "ic2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "coverage_oil"],
 "ic3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries", "vague_area"],
 "ic4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "border_phrase", "coverage_crossings", "coverage_bases", "coverage_neighbours", "countries", "vague_area"],
 "ic5": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "ambiguity_tripoli", "ambiguity_idri",
         "coverage_bases", "coverage_oil", "vague_area"],
}

MOVES = {
 "ic1": [
  mv("deploy", "reported", LNA, ["سبها"], ["وادي الشاطئ", "إدري"], ["براك الشاطئ"]),
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["قاعدة براك الجوية"]),
  mv("airlift", "planned", LNA, ["قاعدة الجفرة الجوية"], ["مطار سبها"]),
  mv("withdraw", "denied", LNA, ["إدري"], ["سبها"]),
  mv("advance", "conditional", LNA, [], ["الحمادة الحمراء"]),
 ],
 "ic2": [
  mv("redeploy", "reported", None, ["حقل الشرارة"], ["حقل الفيل"]),
  mv("reinforce", "reported", LNA, ["سبها"], ["اوباري", "حقل الشرارة"], ["جرمة", "الغريفة"]),
  mv("withdraw", "denied", None, ["حقل الشرارة"], []),
  mv("mobilise", "conditional", None, [], ["اوباري"]),
  mv("naval_landing", "planned", LNA, ["طبرق"], ["ميناء بنغازي"]),
 ],
 "ic3": [
  mv("advance", "reported", LNA, ["أم الأرانب"], ["تمسة"]),
  mv("airlift", "planned", LNA, ["بنغازي"], ["قاعدة الويغ"]),
  mv("mobilise", "reported", None, [], ["مرزوق"]),
  mv("withdraw", "conditional", LNA, ["القطرون"], ["سبها"]),
  mv("shipment", "denied", "Chadian armed groups", ["النيجر"], [], ["منفذ التوم", "القطرون"]),
 ],
 "ic4": [
  mv("deploy", "reported", LNA, ["القطرون"], ["منفذ التوم"], ["تجرهي"]),
  mv("advance", "planned", LNA, ["منفذ التوم"], ["مثلث السلفادور"]),
  mv("shipment", "conditional", LNA, ["سبها"], ["منفذ التوم"]),
  mv("reinforce", "reported", "Algerian army", [], ["جانت", "الحدود مع ليبيا"]),
  mv("redeploy", "denied", "Russian forces", ["قاعدة براك الجوية"], ["النيجر"], ["منفذ التوم"]),
 ],
 "ic5": [
  mv("shipment", "reported", LNA, ["البريقة"], ["سبها"], ["هون"]),
  mv("deploy", "reported", None, [], ["سبها", "المنشية"]),
  mv("naval_landing", "denied", LNA, [], ["ميناء البريقة"]),
  mv("redeploy", "planned", LNA, ["قاعدة براك الجوية"], ["ادري"]),
  mv("deploy", "conditional", LNA, [], ["الشويرف", "براك"]),
 ],
}

NOTES = {
 "ic1": "Bawabat Afriqiya-style report from Sabha on LNA patrols in Wadi al-Shati: a deployment Sabha→Wadi al-Shati/Idri "
        "via Brak al-Shati, a company Tamanhint air base→Brak air base, a planned Jufra air base→Sabha airport airlift, "
        "a denied pull-out Idri→Sabha and a conditional advance to the Hamada al-Hamra («إذا ثبت»). Idri vs the mayor "
        "«علي الإدريسي» and «بلدية إدري»; Algiers vs Algeria; the operation name «عملية تأمين الشاطئ» is a trap.",
 "ic2": "Fasania-style report from Ubari on oilfield guards: a PFG company Sharara→El Feel (actor null), an LNA "
        "reinforcement Sabha→Ubari/the Sharara field via Germa and Al-Ghurayfa, the Tuareg council's denied pull-out "
        "from Sharara, its conditional «النفير» in Ubari and a planned LNA landing Tobruk→Benghazi port. Short names "
        "«الشرارة»/«الفيل» in the headline vs «الشرارة الأولى»، «الفيل الأبيض»; اوباري/أوباري and «إبراهيم الأوباري».",
 "ic3": "Youm7-style item on LNA smuggling raids and Tebu mobilisation: an advance Umm al-Aranib→Tmassah, a planned "
        "Benghazi→Al Wigh base airlift, Tebu massing in Murzuq (مرزوق in the body, مرزق in the headline), a "
        "conditional pull-out Al-Qatrun→Sabha («لن…إلا إذا») and FACT's denied arms shipment from Niger via Toummo and "
        "Al-Qatrun. Smugglers' moves and the Traghen killing are not force movements.",
 "ic4": "Sputnik-style report on the Toummo crossing: an LNA border-guard company Al-Qatrun→Toummo via Tajarhi, a planned "
        "advance Toummo→the Salvador triangle, a conditional supply convoy Sabha→Toummo («في حال»), an Algerian "
        "reinforcement to Djanet and the border and Moscow's denied Africa Corps move Brak air base→Niger via Toummo. "
        "«على الحدود مع النيجر» only locates Toummo; seized smugglers' cars are not movements.",
 "ic5": "Al-Motawaset-style report from Brak on fuel: an LNA fuel convoy Brega→Sabha via Hun, police patrols at Sabha's "
        "fuel stations (Al-Manshiya; «شارع طرابلس» is a trap), a denied landing at Brega port, a planned company Brak "
        "air base→Idri and a conditional patrol deployment between Ash Shwayrif and Brak («إذا تكررت»). «ما ادري» in a "
        "driver's quote vs the town ادري; the tanker at Brega and the armed men near the Hamada are not force moves.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ic1", "ic2", "ic3", "ic4", "ic5")
