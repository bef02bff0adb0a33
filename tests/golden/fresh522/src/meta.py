# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and capitals
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G (row الجزائر, city)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 # Libyan cities and towns outside Sabha
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G* (row براك; written براك الشاطئ)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 # bases, ports, crossings, fields
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),             # G* (row قاعدة تمنهنت)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                   # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                # G
 "benghazi_port": ("crossing", "LY", 32.1150, 20.0550, "Port of Benghazi"),              # K
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                    # G
 # districts and regions
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                            # G* (Hun town row, README: point near Hun)
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                 # G
 "sabha_mun": ("district", "LY", 27.03766, 14.42832, "Sabha municipality"),              # G* (Sabha city row)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                # G* (row الحدود الليبية النيجرية)
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                 # G* (row الحدود الليبية التشادية)
 # Sabha and its neighbourhoods
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "sabha_castle": ("base", "LY", 27.03766, 14.42832, "Sabha Castle (Fort Elena)"),        # G (row قلعة سبها)
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                # G
 "manshiya": ("town", "LY", 27.03766, 14.42832, "Al Manshiya (Sabha)"),                  # G
 "tayouri": ("town", "LY", 27.03766, 14.42832, "Al-Tayouri (Sabha)"),                    # G
 "hajara": ("town", "LY", 27.03766, 14.42832, "Hajara (Sabha)"),                         # G
 "abdulkafi": ("town", "LY", 27.03766, 14.42832, "Abdulkafi (Sabha)"),                   # G* (row spelled عبد الكافي)
 "sukra": ("town", "LY", 27.03766, 14.42832, "Sukra (Sabha)"),                           # G
 "jadid": ("city", "LY", 27.05000, 14.40000, "Al Jadid (Sabha)"),                        # G (row الجديد, kind kept)
 "mahdiya": ("town", "LY", 27.0450, 14.4150, "Al Mahdiya (Sabha)"),                      # K
 "qahira_sabha": ("town", "LY", 27.0350, 14.4250, "Al Qahira (Sabha)"),                  # K
}

LNA = "Libyan National Army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    """One movement row in the order of tests/golden/README.md."""
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "td1": ["اللواء طارق بن زياد", "القيادة العامة للجيش الوطني الليبي", "قناة المسار", "شارع طرابلس", "السبهاوي", "ما ادري",
         "الحجارة", "الكتيبة 116 مشاة", "تشاديين"],
 "td2": ["الجيش الليبي", "الليبي", "الليبية", "اللجنة الوطنية المصرية", "الوفد", "القطروني", "اللواء 128 معزز",
         "الجيش الوطني الليبي", "مصري"],
 "td3": ["سفينة الإنزال «درنة»", "الأنباء", "الجيش الوطني الليبي", "الإدريسي", "كتيبة المشاة 166",
         "اللواء 128 معزز", "الكتيبة 116"],
 "td4": ["الجيش الليبي", "اللواء", "القيادة العامة للجيش الوطني الليبي", "العام الدراسي الجديد", "اللواء طارق بن زياد",
         "غرفة عمليات تأمين سبها", "الكتيبة 116", "حل ليبي - ليبي"],
 "td5": ["الجيش الليبي", "اللواء 128", "القيادة العامة للجيش الوطني الليبي", "رؤيا", "المعارضة التشادية"],
}

PHEN = {
 "td1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "td2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "coverage_bases", "coverage_neighbours", "countries"],
 "td3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_idri", "town_vs_district", "coverage_bases", "coverage_oil"],
 "td4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases",
         "coverage_neighbours", "countries"],
 "td5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
}

MOVES = {
 "td1": [
  mv("deploy", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["الطيوري", "المنشية"]),
  mv("withdraw", "reported", None, ["الطيوري"], ["حجارة"]),
  mv("redeploy", "planned", LNA, ["قلعة سبها"], ["المهدية"]),
  mv("mobilise", "conditional", None, [], ["المنشية"]),
  mv("reinforce", "denied", "Chadian armed groups", [], ["الطيوري"], ["منفذ التوم", "أم الأرانب"]),
 ],
 "td2": [
  mv("withdraw", "planned", None, ["الطيوري", "حجارة"], []),
  mv("deploy", "planned", LNA, [], ["الطيوري", "حجارة"]),
  mv("reinforce", "reported", LNA, ["براك الشاطئ"], ["سبها", "القاهرة", "قلعة سبها"]),
  mv("reinforce", "conditional", LNA, ["قاعدة الجفرة الجوية"], ["سبها"]),
  mv("airlift", "denied", "Egyptian army", [], ["مطار سبها"]),
 ],
 "td3": [
  mv("naval_landing", "reported", LNA, ["قاعدة طبرق البحرية"], ["ميناء بنغازي"]),
  mv("shipment", "planned", LNA, ["ميناء بنغازي"], ["سبها", "قلعة سبها", "المهدية"], ["الجفرة"]),
  mv("naval_landing", "conditional", LNA, ["طبرق"], ["بنغازي"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة تمنهنط الجوية"]),
  mv("deploy", "reported", LNA, ["قاعدة تمنهنط الجوية"], ["المنشية"]),
  mv("redeploy", "reported", LNA, ["حقل الشرارة"], ["مطار سبها"]),
  mv("withdraw", "denied", LNA, ["قلعة سبها"], ["قاعدة براك الجوية"]),
 ],
 "td4": [
  mv("redeploy", "reported", LNA, ["المنشيّة"], ["الجديد"]),
  mv("deploy", "planned", LNA, [], ["مطار سبها"]),
  mv("redeploy", "planned", LNA, ["مطار سبها"], ["قاعدة تمنهنت الجوية"]),
  mv("advance", "conditional", LNA, [], ["الطيّوري", "حجارة"]),
  mv("mobilise", "reported", None, [], ["عبدالكافي"]),
  mv("airlift", "denied", "GNA forces", ["مصراتة"], ["مطار سبها"]),
 ],
 "td5": [
  mv("withdraw", "reported", LNA, ["المهدية", "سكرة"], ["قاعدة براك الجوية"]),
  mv("redeploy", "planned", LNA, ["اوباري"], ["منفذ التوم"], ["مرزق", "القطرون"]),
  mv("advance", "conditional", LNA, [], ["الحدود مع تشاد"]),
  mv("shipment", "denied", None, ["النيجر"], ["حجارة"]),
  mv("mobilise", "denied", None, ["وادي الشاطئ"], ["سبها"]),
 ],
}

NOTES = {
 "td1": "Al-Masar TV style, Sabha dateline: LNA Tariq bin Ziyad units Tamanhint air base→Al-Tayouri/Al-Manshiya "
        "(deploy, reported); Tebu gunmen Al-Tayouri→Hajara (withdraw, reported); two companies of the 116th "
        "battalion castle→Al-Mahdiya (redeploy, planned); Awlad Suleiman «النفير» in Al-Manshiya «إذا لم» "
        "(mobilise, conditional); Chadian gunmen via Toummo and Umm al-Aranib to Al-Tayouri (reinforce, denied; the "
        "Niger border phrase is a locator). Traps: street شارع طرابلس, person السبهاوي, «ما ادري», «بالحجارة».",
 "td2": "Al-Wafd style, Cairo: the Cairo agreement's planned pull-out from Al-Tayouri/Hajara and planned LNA "
        "deployment there; a 128 Brigade reinforcement Brak al-Shati→Sabha/Al-Qahira/the castle (reported); an "
        "armoured battalion Jufra air base→Sabha «في حال» (conditional); an Egyptian airlift to Sabha airport "
        "(denied). Cairo (city) vs Sabha's Al-Qahira neighbourhood; person القطروني; nisbas مصري/الليبية.",
 "td3": "Al-Anba style, Benghazi: landing ship Tobruk naval base→Benghazi port (naval_landing, reported); armour "
        "trucked from «الميناء» to Sabha/the castle/Al-Mahdiya via Jufra (shipment, planned); a second ship "
        "Tobruk→Benghazi «إذا» (naval_landing, conditional); Il-76s Benina→Tamanhint (تمنهنط) then on to "
        "Al-Manshiya (airlift + deploy, reported); a company Sharara field→Sabha airport (redeploy, reported); the "
        "116th battalion castle→Brak air base (withdraw, denied). Ubari/Murzuq only as places of concern.",
 "td4": "Al-Liwaa style, «طرابلس الغرب» dateline: Tariq bin Ziyad companies Al-Manshiyya→Al-Jadid (redeploy, "
        "reported); military police to Sabha airport and the 116th airport→Tamanhint (deploy + redeploy, planned); "
        "advance on Al-Tayyouri/Hajara «في حال» (conditional); Tebu massing in Abdulkafi (mobilise, reported); a GNA "
        "airlift Misrata→Sabha airport (denied). Traps: «العام الدراسي الجديد» before the gold Al-Jadid, the ops room "
        "named after Sabha; Algeria (country) vs «الجزائر العاصمة».",
 "td5": "Roya style, Sabha: the 128 Brigade Al-Mahdiya/Sukra→Brak air base (withdraw, reported); a battalion "
        "Ubari (اوباري)→the Toummo crossing via Murzuq and Al Qatrun (redeploy, planned); an advance to the Chad "
        "border «إذا» (conditional); an arms shipment Niger→Hajara (denied); youths Wadi al-Shati→Sabha (mobilise, "
        "denied; Idri is only the speaker). The El Feel closure in Fezzan is not a movement.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("td1", "td2", "td3", "td4", "td5")
