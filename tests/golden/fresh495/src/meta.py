# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "saudi": ("country", "SA", 24.24431, 44.66286, "Saudi Arabia"),                        # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 # cities and towns outside the Jebel Akhdar
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "abyar": ("town", "LY", 32.19000, 20.59653, "Al Abyar"),                               # G
 "makhili": ("town", "LY", 32.16005, 22.27845, "Al Makhili"),                           # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "riyadh": ("city", "SA", 24.68773, 46.72185, "Riyadh"),                                # G (row spelled رياض)
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 # Derna and the Jebel Akhdar
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "derna_port": ("crossing", "LY", 32.77000, 22.64500, "Derna port"),                    # K
 "wadi_derna": ("region", "LY", 32.74500, 22.61500, "Wadi Derna"),                      # K
 "fataih": ("town", "LY", 32.76704, 22.63669, "Al Fataih (Derna)"),                     # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "bayda_mun": ("district", "LY", 32.76272, 21.75506, "Al Bayda municipality"),          # G* (city row)
 "shahhat": ("town", "LY", 32.80430, 21.86605, "Shahhat"),                              # G
 "shahhat_mun": ("district", "LY", 32.80430, 21.86605, "Shahhat municipality"),         # G* (town row)
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                              # G
 "martuba": ("town", "LY", 32.57421, 22.76353, "Martuba"),                              # G
 "martuba_base": ("base", "LY", 32.57421, 22.76353, "Martuba Air Base"),                # G* (town row)
 "martuba_airport": ("airport", "LY", 32.57421, 22.76353, "Martuba airport"),           # G* (town row)
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "susa": ("town", "LY", 32.89702, 21.96583, "Susah (Apollonia)"),                       # G (row name أبولونيا)
 "massah": ("town", "LY", 32.75249, 21.62807, "Massah"),                                # G
 "qirnada": ("town", "LY", 32.73174, 21.90350, "Qirnadah"),                             # G
 "qirnada_camp": ("base", "LY", 32.73174, 21.90350, "Qirnadah camp"),                   # G* (town row)
 "wadi_kuf": ("region", "LY", 32.69650, 21.56560, "Wadi al-Kuf"),                       # G
 "labraq": ("airport", "LY", 32.78870, 21.96430, "La Abraq Airport"),                   # G
 "ras_hilal": ("village", "LY", 32.87000, 22.18000, "Ras al Hilal"),                    # G
 "umm_rizam": ("town", "LY", 32.53332, 23.00904, "Umm ar Rizam"),                       # G
 "tamimi": ("town", "LY", 32.31000, 23.07000, "At Tamimi"),                             # G
 "jabal_akhdar": ("region", "LY", 32.02519, 21.79830, "Jebel Akhdar"),                  # G* (district row)
 # bases, airports, ports, crossings, regions
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                  # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "emsaed": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "border_ly_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libyan side)"),  # G* (row الحدود الليبية المصرية)
}

LNA = "Libyan National Army"
EGA = "Egyptian army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "sc1": ["يورونيوز", "الجيش الوطني الليبي", "سالم البيضاوي", "الهلال الأحمر الليبي", "غرفة عمليات عمر المختار"],
 "sc2": ["سبوتنيك", "الجيش الليبي", "وزارة الطوارئ الروسية", "محمود الإدريسي", "مجدي شحاتة", "المصري"],
 "sc3": ["«الملك سلمان للإغاثة»", "«الرياض»", "مركز الملك سلمان للإغاثة والأعمال الإنسانية", "الجيش الليبي",
         "الجيش الوطني الليبي", "عادل المرجاوي", "تحت القبة", "الشعب الليبي الشقيق"],
 "sc4": ["«الأنباء»", "القوات المسلحة المصرية", "الجيش الليبي", "الجيش الوطني الليبي", "المنطقة الغربية العسكرية",
         "الجيش المصري", "الهلال الأحمر الكويتي", "«الكويت بجانبكم»", "الأيادي البيضاء"],
 "sc5": ["ليبيا روحها الوطن", "فرج الطبرقي", "الطبرقي", "الهلال الأحمر", "ما ادري"],
}

PHEN = {
 "sc1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "coverage_bases", "coverage_oil", "coverage_crossings", "ambiguity_tripoli"],
 "sc2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "border_phrase", "town_vs_district", "vague_area", "coverage_bases", "coverage_neighbours", "countries"],
 "sc3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "vague_area", "countries", "ambiguity_country_capital"],
 "sc4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "border_phrase",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries", "ambiguity_country_capital",
         "ambiguity_tripoli"],
 "sc5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings"],
}

MOVES = {
 "sc1": [
  mv("deploy", "reported", LNA, ["بنغازي"], ["درنه"], ["المرج", "البيضاء"]),
  mv("shipment", "reported", LNA, ["بنغازي"], ["درنة"]),
  mv("redeploy", "planned", LNA, [], ["القبة"]),
  mv("reinforce", "conditional", LNA, ["قاعدة مرتوبة الجوية"], ["وادي درنة"]),
  mv("withdraw", "denied", LNA, ["شحات"], ["بنغازي"]),
 ],
 "sc2": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الأبرق"]),
  mv("deploy", "reported", LNA, ["مطار الأبرق"], ["شحّات", "وادي الكوف"]),
  mv("redeploy", "planned", LNA, ["معسكر قرنادة"], ["سوسة"]),
  mv("reinforce", "conditional", LNA, ["المرج"], ["مسة"]),
  mv("mobilise", "denied", LNA, [], ["البيضاء"]),
 ],
 "sc3": [
  mv("deploy", "reported", LNA, ["بنغازي"], ["القبة"], ["الأبيار", "المرج"]),
  mv("redeploy", "reported", LNA, ["مرتوبة"], ["أم الرزم"]),
  mv("advance", "reported", LNA, ["أم الرزم"], ["المخيلي"]),
  mv("withdraw", "conditional", LNA, ["القبة"], ["بنغازي"]),
  mv("deploy", "planned", LNA, ["القبة"], ["رأس الهلال"]),
  mv("mobilise", "denied", LNA, [], ["القبة"]),
 ],
 "sc4": [
  mv("withdraw", "reported", EGA, ["درنة"], ["مرسى مطروح"], ["منفذ امساعد", "السلوم"]),
  mv("deploy", "reported", LNA, ["طبرق"], ["درنة", "الفتائح"]),
  mv("airlift", "planned", EGA, ["قاعدة محمد نجيب العسكرية"], ["مطار مرتوبة"]),
  mv("naval_landing", "conditional", EGA, [], ["ميناء درنة"]),
  mv("deploy", "denied", LNA, ["بنغازي"], ["الحدود مع مصر"]),
 ],
 "sc5": [
  mv("reinforce", "reported", LNA, ["القبة"], ["مرتوبة"]),
  mv("shipment", "reported", LNA, ["ميناء الحريقة"], ["مرتوبة"]),
  mv("naval_landing", "reported", LNA, ["بنغازي"], ["ميناء درنه"]),
  mv("redeploy", "planned", LNA, ["مرتوبة"], ["الفتائح"]),
  mv("advance", "conditional", LNA, ["التميمي"], ["أم الرزم"]),
  mv("withdraw", "denied", LNA, ["قاعدة مرتوبة الجوية"], ["طبرق"]),
 ],
}

NOTES = {
 "sc1": ("Euronews Arabic, Derna, third flood anniversary: an LNA engineering battalion Benghazi→Derna via Al-Marj and "
         "Al-Bayda (reported), a second convoy of military trucks with mobile bridges Benghazi→Derna (shipment), a planned "
         "company to Al-Qubbah (no origin written), a conditional reinforcement Martuba air base→Wadi Derna, a denied pull-out "
         "Shahhat→Benghazi. Not movements: the Red Crescent convoy from Tobruk, a cargo ship and a fuel tanker from Marsa "
         "al-Hariga at Derna port, a government delegation from Tripoli, displaced families returning from Al-Bayda and Tobruk."),
 "sc2": ("Sputnik Arabic, Al-Bayda, Jebel Akhdar forest fires: an Il-76 airlift Benina air base→Labraq airport and the "
         "ground move on to Shahhat/Wadi al-Kuf (headline and lead retell it), a planned company Qirnadah camp→Susa, a "
         "conditional reinforcement Al-Marj→Massah, a denied massing in Al-Bayda. Not movements: evacuated families, a Russian "
         "Emergencies Ministry plane at Benina airport, Egyptian civil-protection fire engines across the border; «قرب بنغازي» "
         "is a locator."),
 "sc3": ("Al-Riyadh (Saudi), Benghazi office, a KSrelief convoy to Al-Qubbah: the LNA military-police escort Benghazi→Al-Qubbah "
         "via Al-Abyar and Al-Marj (deploy, reported; the civilian convoy itself is not a movement), a battalion Martuba→Umm "
         "al-Rizam (redeploy), a unit's pursuit Umm al-Rizam→Al-Makhili (advance), a conditional return Al-Qubbah→Benghazi "
         "(«لن … إلا إذا»), a planned engineering team Al-Qubbah→Ras al-Hilal, a denied massing in Al-Qubbah. The aid flight "
         "Riyadh→Labraq is civilian; «تحت القبة» is the parliament dome."),
 "sc4": ("Al-Anba (Kuwait), Cairo: the last Egyptian army engineering units leave Derna for Marsa Matruh via the Emsaed "
         "crossing and Sallum (withdraw, reported), an LNA battalion Tobruk→Derna/Al-Fataih takes over (deploy), a planned "
         "Egyptian airlift Mohamed Naguib base→Martuba airport, a conditional Egyptian return by sea to Derna port, the LNA's "
         "denied move Benghazi→the border with Egypt. Not movements: the Kuwaiti Red Crescent convoy to Al-Bayda and Shahhat via "
         "Emsaed; Cairo and Tripoli are speakers."),
 "sc5": ("Libya Rouhaha al-Watan TV, Martuba, flash floods south of Derna: reinforcements Al-Qubbah→Martuba (a company is "
         "already at the air base), military fuel tankers Marsa al-Hariga→Martuba (shipment), an LNA landing ship "
         "Benghazi→Derna port (naval_landing), a planned company Martuba→Al-Fataih, a conditional advance Al-Tamimi→Umm al-Rizam, "
         "a denied pull-out Martuba air base→Tobruk. Not movements: the Al-Bayda municipality's trucks, families sheltered in "
         "Al-Qubbah schools, Red Crescent and scouts; «في طبرق» after Hariga is a locator."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("sc1", "sc2", "sc3", "sc4", "sc5")
BAR_IN_TEXT = True  # sc5's headline has a literal "|" («عاجل |»)
