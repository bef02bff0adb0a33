# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# G* = gazetteer row reused under another label/kind (listed in the README). No row is from own knowledge.
P = {
 # Murzuq basin
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq Municipality"),            # G* (town point, written بلدية مرزق)
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq District"),               # G (district:LY-MQ, written شعبية مرزق)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al-Aranib"),                      # G (also written ام الارانب)
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                            # G (also written تمسّة)
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                            # G
 "wigh_base": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                    # G
 "zuwaylah": ("town", "LY", 26.16188, 15.12522, "Zuwaylah"),                             # G (also written زويله)
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                               # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                               # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "wau_kabir": ("village", "LY", 25.35000, 16.72000, "Wau al-Kabir"),                     # G
 "wadi_utbah": ("town", "LY", 26.09502, 13.55744, "Wadi Utbah"),                         # G
 "el_feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G (also written الفيل)
 # Sabha, Wadi al-Hayat, Wadi al-Shati, Jufra
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                # G
 "manshiya": ("town", "LY", 27.03766, 14.42832, "Al Manshiya (Sabha)"),                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 # north and east
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 # regions and countries
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                  # G* (row جنوب ليبيا, written الجنوب الليبي)
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libya side)"),  # G* (row الحدود الليبية النيجرية)
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                        # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                  # G
}

TRAPS = {
 "qok1": ["تبوبوست", "الكتيبة 177 مشاة", "عيسى المرزقاوي", "المرزقاوي", "شركة مليتة للنفط والغاز",
          "المجلس الاجتماعي لقبائل التبو", "مسعود الفزاني"],
 "qok2": ["المكتب الإعلامي لبلدية مرزق", "شركة البريقة لتسويق النفط", "لين غدوة", "اللواء 128 معزز"],
 "qok3": ["الشبابية", "غرفة عمليات الجنوب", "اللواء طارق بن زياد", "الهلال الأحمر الليبي", "مركز سبها الطبي",
          "تشاديين", "صباح الجنوب"],
 "qok4": ["كل العرب", "المجلس الاجتماعي لطوارق ليبيا", "جبهة الوفاق من أجل التغيير في تشاد", "إدريس ديبي إتنو",
          "خليفة حفتر", "التشادية", "التشادي"],
 "qok5": ["المجلس النرويجي للاجئين", "اللواء 128 معزز", "الهلال الأحمر الليبي"],
}

PHEN = {
 "qok1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "vague_area",
          "coverage_oil"],
 "qok2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "town_vs_district"],
 "qok3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area",
          "coverage_bases"],
 "qok4": ["multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri", "vague_area",
          "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qok5": ["clitics", "multiword", "operation_trap", "nisba", "vague_area", "town_vs_district", "coverage_bases",
          "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qok1": [
  mv("withdraw", "reported", None, ["حقل الفيل"], ["مرزق"]),
  mv("deploy", "reported", "Libyan National Army", ["أوباري"], ["الفيل"]),
  mv("redeploy", "planned", None, ["مرزق"], ["أم الأرانب"]),
  mv("advance", "conditional", None, [], ["حقل الفيل"]),
  mv("advance", "denied", None, ["تجرهي", "القطرون"], ["زويلة"]),
 ],
 "qok2": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["مرزق"], ["غدوة"]),
  mv("deploy", "planned", "Libyan National Army", [], ["ام الارانب", "زويله"]),
  mv("withdraw", "conditional", None, ["تمسة"], ["سبها"]),
  mv("advance", "denied", None, ["مرزق"], ["تمسة"]),
 ],
 "qok3": [
  mv("deploy", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["تمسّة"], ["زويلة"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار سبها"]),
  mv("deploy", "planned", "Libyan National Army", ["سبها"], ["الواو الكبير"]),
  mv("mobilise", "reported", None, [], ["المنشية"]),
  mv("reinforce", "conditional", None, ["أم الأرانب", "مرزق"], ["تمسّة"]),
  mv("advance", "denied", "Chadian armed groups", ["وادي عتبة"], ["تمسّة"]),
 ],
 "qok4": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["قاعدة الويغ"], ["القطرون"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["القطرون"]),
  mv("deploy", "planned", "Libyan National Army", ["قاعدة الويغ"], ["تجرهي", "الحدود مع النيجر"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة الويغ"]),
  mv("advance", "conditional", None, ["أوباري"], ["حقل الشرارة"]),
 ],
 "qok5": [
  mv("deploy", "reported", "Libyan National Army", [], ["زويلة", "تمسة"]),
  mv("withdraw", "planned", None, ["تمسة"], ["أم الأرانب", "سبها"]),
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["زويلة"]),
  mv("advance", "conditional", "Libyan National Army", [], ["تمسة"]),
  mv("reinforce", "denied", "Libyan National Army", ["قاعدة تمنهنت"], ["مرزق"]),
 ],
}

NOTES = {
 "qok1": "Tebu community site (Toboupost) from Murzuq on the handover of the El Feel field gates: the Tebu local force "
         "withdrawn El Feel→Murzuq (actor null), the LNA's 177th battalion arrived Ubari→the gates of El Feel (written "
         "الفيل), a planned move of the local force Murzuq→its camp near Umm al-Aranib, its conditional return to El Feel "
         "(«لن يعودوا ... إلا إذا») and the Tebu council's denial of Tebu fighters Tajarhi/Al Qatrun→Zuwaylah; Mellitah's "
         "worker buses from Ubari, the 2019 LNA pull-out from Murzuq and the displaced to Ubari and Tripoli (dated "
         "background), Sabha as the source of rumours, the committee meeting in Traghen and Fezzan are not movements "
         "or movement places; المرزقاوي and الفزاني hold مرزق and فزان.",
 "qok2": "Murzuq municipality's media office: a Brega fuel convoy Sabha→Murzuq via Ghuddwa escorted by an LNA "
         "military-police company (the escort is the movement, the tankers are civilian), planned Brigade 128 patrols in "
         "Umm al-Aranib (ام الارانب) and Zuwaylah (زويله), Awlad Suleiman youths' conditional pull-back from Tmassah's "
         "eastern gate to Sabha («لن يغادروها ... إلا بعد أن») and the mayor's denial of a local-force column "
         "Murzuq→Tmassah; the driver's trip back to Sabha («لين غدوة» = until tomorrow, not Ghuddwa), families going "
         "home to Zuwaylah, the council's visit to Benghazi and Tripoli as government are not movements.",
 "qok3": "Libyan youth radio (Al-Shababiya) retold from Sabha on Tmassah (written تمسة in the headline, تمسّة in the "
         "body): an LNA separation force Tamanhint air base→Tmassah via Zuwaylah, two military cargo planes Benina air "
         "base→Sabha airport, a planned detachment Sabha→Wau al-Kabir, Awlad Suleiman gunmen massing in Al-Manshiya, a "
         "Tebu notable's conditional reinforcement Umm al-Aranib/Murzuq→Tmassah («إذا لم») and the LNA's denial of "
         "Chadian gunmen Wadi Utbah→Tmassah; the Red Crescent's wounded to Sabha Medical Centre, families in Zuwaylah's "
         "schools, the road to Kufra and the old settlement signed in Sabha are not movements or movement places.",
 "qok4": "Nazareth weekly Kul al-Arab (agency-based feature, dateline Sabha (Libya)) on the Libyan south: LNA "
         "reinforcements Brak air base→Al Wigh base via Al Qatrun, ammunition-and-fuel trucks Sabha→Al Qatrun, a planned "
         "company Al Wigh base→Tajarhi and the border with Niger, a denied airlift of Russian advisers Al-Jufra air "
         "base→Al Wigh base and the Tuareg council's conditional move Ubari→Sharara field; gold miners Al Qatrun→Kouri "
         "Bougoudi (civilian), Niamey by metonymy, El Feel as a precedent, the countries on the smuggling routes and "
         "FACT's 2021 offensive from southern Libya (dated background) are not movements or movement places.",
 "qok5": "Norwegian Refugee Council situation update (Arabic) on displacement from Tmassah and Zuwaylah: Brigade 128 "
         "units deployed in Zuwaylah and on the outskirts of Tmassah, a planned pull-out of the local armed groups "
         "Tmassah→Umm al-Aranib and Sabha, an LNA military-police escort of NRC trucks Sabha→Zuwaylah, the army's "
         "conditional entry into Tmassah («لن تدخل ... إلا إذا») and a denied LNA reinforcement Tamanhint air "
         "base→Murzuq; displaced families, the NRC trucks themselves, the Red Crescent's medicines Benghazi→Sabha, the "
         "Ghuddwa checkpoint and Fezzan's funding gap are not movements or movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qok1", "qok2", "qok3", "qok4", "qok5")
