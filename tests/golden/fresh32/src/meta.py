# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge of GeoNames / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 # ah1 Sabratha / west coast
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "mellitah": ("oilfield", "LY", 32.87, 12.23, "Mellitah oil and gas complex"),          # G
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (الحدود الليبية التونسية row)
 "bukammash": ("town", "LY", 33.07, 11.82, "Abu Kammash"),                              # K
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "zuwaraport": ("town", "LY", 32.9312, 12.08199, "Port of Zuwara"),                     # G* (Zuwarah town row)
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                              # G
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 # ah2 Wadi al-Shati / Idri
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "idri_mun": ("district", "LY", 27.44707, 13.05173, "Idri municipality"),              # G* (Idri town row)
 "wadishati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                 # G
 "eastly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),           # G* (برقة row)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G* (براك row; surface براك الشاطئ)
 "germa": ("town", "LY", 26.544, 13.064, "Germa"),                                      # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat (Serdeles)"),               # G
 "wadihayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                     # G
 "brakbase": ("base", "LY", 27.653, 14.264, "Brak Air Base"),                           # G
 # ah3 Jufra
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "waddan": ("town", "LY", 29.1614, 16.13904, "Waddan"),                                 # G
 "jufra": ("district", "LY", 29.14, 16.05, "Al Jufra"),                                 # K (point between Hun and Waddan, README rule)
 "jufrabase": ("base", "LY", 29.1981, 16.001, "Al Jufra Air Base"),                     # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                # G
 "fuqaha": ("town", "LY", 27.83333, 16.35, "Al-Fuqaha"),                                # G
 "bunjaym": ("town", "LY", 30.58, 15.41, "Bu Njem (Abu Nujaym)"),                       # K
 # ah4 Jalu-Kufra road
 "jalu": ("town", "LY", 29.03333, 21.55, "Jalu"),                                       # G
 "kufra": ("town", "LY", 24.1989, 23.29093, "Kufra"),                                   # G
 "kufra_mun": ("district", "LY", 24.1989, 23.29093, "Kufra municipality"),             # G* (Kufra town row)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjilah"),                               # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "sarir": ("oilfield", "LY", 27.6624, 22.5086, "Sarir oil field"),                      # G
 "benina": ("base", "LY", 32.0968, 20.2695, "Benina Air Base"),                         # G
 "kufra_airport": ("airport", "LY", 24.1787, 23.314, "Kufra Airport"),                  # G
 "rebiana": ("town", "LY", 24.233, 21.983, "Rebiana"),                                  # G
 # ah5 Tawergha
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tawergha": ("town", "LY", 31.97083, 15.0525, "Tawergha"),                             # G
 "tawergha_mun": ("district", "LY", 31.97083, 15.0525, "Tawergha municipality"),       # G* (Tawergha town row)
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "hisha": ("village", "LY", 31.64583, 15.28417, "Al-Hisha"),                            # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
}

TRAPS = {
 "ah1": ["حكومة الوحدة الوطنية الليبية", "اللواء 52 مشاة", "مديرية أمن صبراتة", "محمد الزاوي", "شركة مليتة للنفط والغاز",
         "جهاز دعم الاستقرار", "ليبيا الأحرار", "هذه الزاوية"],
 "ah2": ["قوات حفتر", "تونسيان", "وكالة فرانس برس", "عبد الله الإدريسي", "ما ادري", "الخارجية التونسية",
         "السلطات الليبية", "مركز سبها الطبي"],
 "ah3": ["القدس العربي", "سالم الوداني", "زلة لا تغتفر", "قوات مصراتة", "علماء الدين والفقهاء"],
 "ah4": ["كتيبة شهداء تازربو", "فرج الكفراوي", "شركة الخليج العربي للنفط", "مسلحة تشادية"],
 "ah5": ["العربية.نت", "المجلس العسكري مصراتة", "كتيبة المحجوب", "محمد الزليتني",
         "بعثة الأمم المتحدة للدعم في ليبيا"],
}

PHEN = {
 "ah1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "coverage_oil", "coverage_neighbours", "countries"],
 "ah2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "countries"],
 "ah3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "vague_area",
         "coverage_bases", "countries"],
 "ah4": ["clitics", "spelling", "multiword", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "town_vs_district", "coverage_oil", "coverage_bases", "coverage_neighbours", "countries"],
 "ah5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_country_capital",
         "town_vs_district", "coverage_neighbours"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


GNA, LNA = "GNA forces", "Libyan National Army"
MOVES = {
 "ah1": [
  mv("reinforce", "reported", GNA, ["الزاوية"], ["صبراتة"], ["صرمان"]),
  mv("deploy", "planned", GNA, [], ["مجمع مليتة", "بوكماش"]),
  mv("advance", "conditional", None, ["العجيلات"], ["صبراتة"]),
  mv("withdraw", "denied", GNA, ["صبراتة"], ["الزاوية"]),
  mv("shipment", "reported", None, ["مالطا"], ["ميناء زوارة"]),
 ],
 "ah2": [
  mv("reinforce", "reported", LNA, ["براك الشاطئ"], ["إدري"]),
  mv("redeploy", "planned", LNA, ["سبها"], ["جرمة", "العوينات"]),
  mv("advance", "conditional", LNA, [], ["الحمادة الحمراء"]),
  mv("airlift", "denied", GNA, ["مصراتة"], ["قاعدة براك الجوية"]),
 ],
 "ah3": [
  mv("redeploy", "reported", LNA, ["قاعدة الجفرة الجوية"], ["هون", "ودان"]),
  mv("redeploy", "planned", LNA, ["سوكنة"], ["زلة", "الفقهاء"]),
  mv("withdraw", "denied", LNA, ["الفقهاء"], ["زلة"]),
  mv("advance", "conditional", "Misrata forces", [], ["بونجيم"]),
  mv("mobilise", "reported", None, [], ["هون"]),
 ],
 "ah4": [
  mv("reinforce", "reported", LNA, ["اجدابيا"], ["جالو"], ["أوجلة"]),
  mv("deploy", "planned", LNA, [], ["حقل السرير", "تازربو"]),
  mv("airlift", "conditional", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("advance", "denied", "Chadian armed groups", [], ["ربيانة"]),
 ],
 "ah5": [
  mv("deploy", "reported", GNA, ["زليتن"], ["تاورغاء"], ["مصراتة"]),
  mv("mobilise", "reported", "Misrata forces", ["مصراتة"], ["الهيشة"]),
  mv("advance", "denied", "Misrata forces", [], ["تاورغا"]),
  mv("withdraw", "planned", "Misrata forces", ["الهيشة"], ["مصراتة"]),
  mv("advance", "conditional", LNA, ["سرت"], ["أبوقرين"]),
 ],
}

NOTES = {
 "ah1": "RT Arabic (RT عربي): clashes near the Mellitah complex; Tripoli dateline. Reported GNA (رئاسة الأركان العامة, "
        "«اللواء 52 مشاة») reinforcement Zawiya->Sabratha via Surman (headline = same move; «الرتل ... بلغ مشارف المدينة» "
        "and «عناصره» = same move); planned GNA deployment of «سرية الحماية الساحلية» at the Mellitah complex and Abu Kammash "
        "(variant بوكماش; «ستتمركز»); conditional advance of a local armed group Al-Ajaylat->Sabratha («ما لم»; no canonical "
        "side -> null); withdrawal of the Stability Support Apparatus (GNA side) Sabratha->Zawiya denied («أكاذيب مغرضة»); "
        "reported ammunition shipment (ship, null) Malta->Zuwara port (nominal «وصول شحنة»). Not movements: the fuel "
        "smuggling routes towards the border with Tunisia (purpose), families displaced to Surman, gas pumping via "
        "Greenstream to Sicily. Traps: مديرية أمن صبراتة (org containing صبراتة), شركة مليتة للنفط والغاز (company "
        "containing مليتة), محمد الزاوي (person/nisba), هذه الزاوية (common word 'angle' = الزاوية), ليبيا الأحرار (media "
        "containing ليبيا).",
 "ah2": "France 24 Arabic (فرانس24 / أ ف ب): kidnapping of foreign workers near Idri; 'ليبيا:' headline prefix. Reported "
        "LNA («قوات حفتر», «الكتيبة 128 مشاة») reinforcement Brak al-Shati->Idri (headline = same move; the mayor's "
        "«وصلوا» = same move); planned LNA redeploy Sabha->Germa and Al-Awaynat («من المقرر»; the road between Wadi "
        "al-Hayat and Ghat is purpose); conditional LNA advance into the Hamada al-Hamra («لن نتوغل ... إلا إذا»; origin "
        "not stated); GNA airlift Misrata->Brak Air Base denied by the GNA Defence Ministry in Tripoli («ملفقة»). Not "
        "movements: Tripoli as venue, Benghazi as seat of the statement, the casualty flown to Sabha Medical Centre, the "
        "Tunisian foreign ministry. Traps: عبد الله الإدريسي (nisba containing إدري), ما ادري (colloquial 'I don't know' = "
        "hamza-less spelling of Idri), مركز سبها الطبي (org containing سبها); بلدية إدري is the district next to the town.",
 "ah3": "Al-Quds Al-Arabi (القدس العربي): LNA redeployment in Jufra after protests; Tripoli dateline. Reported LNA («اللواء "
        "73 مشاة») redeploy Al Jufra Air Base->Hun and Waddan (headline = same move; «الوحدات تمركزت» = same move); planned "
        "LNA reconnaissance company Sokna->Zillah and Al-Fuqaha («تعتزم»); LNA withdrawal Al-Fuqaha->Zillah denied («لا صحة "
        "لذلك»); conditional Misrata forces advance towards Bu Njem («إذا»; civilians in Jufra are in the condition); "
        "reported mobilisation of armed tribal youths in Hun (actor null). Not movements: Sokna's northern entrance closed "
        "by protesters, fuel convoys from Misrata, civil flights Hun-Benghazi, Jufra as a crossroads with Fezzan. Traps: "
        "القدس العربي (media containing القدس), سالم الوداني (nisba containing ودان), زلة لا تغتفر (common word 'slip' = "
        "Zillah), علماء الدين والفقهاء (common word 'jurists' = Al-Fuqaha), قوات مصراتة (force name containing مصراتة).",
 "ah4": "Fawasel (فواصل): reinforcements on the Jalu-Kufra road after an attack on a trade convoy; Ajdabiya dateline "
        "(variant اجدابيا). Reported LNA («كتيبة شهداء تازربو») reinforcement Ajdabiya->Jalu via Awjila (headline nominal "
        "«وصول تعزيزات» = same move; «رجاله انتشروا» = same move); planned LNA company at the Sarir field and Tazirbu "
        "(«تخطط»); conditional LNA airlift Benina Air Base->Kufra Airport («في حال»); Chadian armed groups entering Rebiana "
        "denied («مجرد شائعات»). Not movements: the trade convoy Ajdabiya->Kufra, the attackers fleeing into the dunes "
        "(no place), migrants from Sudan and Chad found near Kufra, oil workers flown from Sarir to Benghazi, the Kufra "
        "municipality's appeal. Traps: كتيبة شهداء تازربو (unit containing تازربو), فرج الكفراوي (person), شركة الخليج "
        "العربي للنفط (company containing 'Arabian Gulf'), مسلحة تشادية (nisba containing تشاد).",
 "ah5": "Al Arabiya (العربية.نت): Misrata-Tawergha tension; Tunis reporter dateline (city, not the country). Reported GNA "
        "(Chief of Staff in Tripoli) deployment Zliten->Tawergha via Misrata (headline = same move); reported mobilisation "
        "of Misrata armed groups from Misrata near Al-Hisha; Misrata forces entering Tawergha (variant تاورغا, inside a "
        "quote) denied by the Misrata Military Council; planned withdrawal of «كتيبة المحجوب» (Misrata) Al-Hisha->Misrata "
        "(«من المقرر»); conditional LNA advance Sirte->Abu Qurayn («في حال»; Tawergha residents are in the condition). "
        "Not movements: Tripoli in the force's attribution, Benghazi as the spokesman's venue, Zliten/Bani Walid "
        "mediators, the 2011 displacement of Tawergha residents to Benghazi and Tripoli, flights at Misrata airport. Traps: "
        "المجلس العسكري مصراتة (org containing مصراتة), كتيبة المحجوب (unit named after a Misrata district), محمد الزليتني "
        "(nisba containing زليتن), بعثة الأمم المتحدة للدعم في ليبيا (org containing ليبيا).",
}

# Read by tests/golden/sample_tools.py check (values from this sample's former src/check.py).
WORDS = (240, 265)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
