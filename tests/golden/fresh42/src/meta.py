# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "algeria": ("country", "DZ", 28.0512, 0.58775, "Algeria"),                             # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # cities / towns used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 # ar1 Sabha phone-in
 "sabha_airport": ("airport", "LY", 26.987, 14.4725, "Sabha Airport"),                  # G
 "sb_nasiriya": ("district", "LY", 27.045, 14.418, "An-Nasiriyah (Sabha neighbourhood)"),   # K
 "sb_tayouri": ("district", "LY", 27.025, 14.452, "Al-Tayouri (Sabha neighbourhood)"),      # K
 "sb_manshiya": ("district", "LY", 27.040, 14.432, "Al-Manshiyah (Sabha neighbourhood)"),   # K
 "sb_mahdiya": ("district", "LY", 27.032, 14.405, "Al-Mahdiyah (Sabha neighbourhood)"),     # K
 "ghuddua": ("town", "LY", 26.43, 14.28, "Ghuddua"),                                    # K
 "umm_aranib": ("town", "LY", 26.13386, 14.7372, "Umm al Aranib"),                      # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (الحدود الليبية التشادية)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south": ("region", "LY", 24.6764, 17.6011, "Southern Libya"),                         # G* (جنوب ليبيا)
 # ar2 Ubari council posts
 "germa": ("town", "LY", 26.544, 13.064, "Germa"),                                      # G
 "ghurayfah": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                       # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town point)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "isayen": ("crossing", "LY", 24.8, 10.1, "Isayen border crossing"),                    # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (الحدود الليبية الجزائرية)
 "benina_base": ("base", "LY", 32.0968, 20.2695, "Benina Air Base"),                    # G (قاعدة بنينا الجوية)
 "ubari_airport": ("airport", "LY", 26.567, 12.823, "Ubari Airport"),                   # K
 "sharara": ("oilfield", "LY", 26.55, 12.22, "El Sharara oil field"),                   # G
 "elfeel": ("oilfield", "LY", 24.98, 11.98, "El Feel oil field"),                       # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                 # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 # ar3 Janzour residents
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "janzour_mun": ("district", "LY", 32.81868, 13.01727, "Janzour municipality"),         # G* (city point)
 "najila": ("district", "LY", 32.825, 13.045, "An-Najilah (Janzour neighbourhood)"),    # K
 "siraj": ("district", "LY", 32.838, 13.085, "Al-Siraj (Tripoli neighbourhood)"),       # K (gazetteer row = Tripoli centre)
 "gargaresh": ("district", "LY", 32.862, 13.115, "Gargaresh (Tripoli neighbourhood)"),  # K (gazetteer row = Tripoli centre)
 "mayah": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                               # G
 "zawiya_refinery": ("oilfield", "LY", 32.78, 12.72, "Zawiya refinery"),                # K
 "mitiga_airport": ("airport", "LY", 32.8941, 13.276, "Mitiga Airport"),                # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "camp27": ("base", "LY", 32.80, 12.91, "Camp 27 (Kilometre 27)"),                      # K
 "abusitta": ("base", "LY", 32.905, 13.215, "Abu Sitta naval base"),                    # K
 # ar4 Tiji elder
 "tiji": ("town", "LY", 32.01493, 11.35461, "Tiji"),                                    # G
 "western_mountain": ("region", "LY", 31.95, 12.03, "Western Mountain (Jabal Nafusa)"), # K (see README)
 "hawamid": ("town", "LY", 31.97528, 11.16222, "Al Hawamid"),                           # G
 "nalut": ("town", "LY", 31.86848, 10.9812, "Nalut"),                                   # G
 "watiya": ("base", "LY", 32.4769, 11.8968, "Al Watiya Air Base"),                      # G
 "wazin_crossing": ("crossing", "LY", 31.975, 10.683, "Dehiba-Wazin border crossing"),  # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (الحدود الليبية التونسية)
 # ar5 Gharyan WhatsApp
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "aziziya": ("town", "LY", 32.53194, 13.0175, "Al Aziziyah"),                           # G
 "qawasim": ("town", "LY", 32.18418, 13.06045, "Al Qawasim"),                           # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                     # G* (الحمادة الحمراء)
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabiah"),                            # G
 "abu_ghaylan": ("town", "LY", 32.33, 13.03, "Abu Ghaylan"),                            # K
 "yafran": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                # G
}

TRAPS = {
 "ar1": ["صباح فزان", "إذاعة سبها المحلية", "ادريس", "غدوة الصبح", "التشاديين", "الكتيبة 116 مشاة"],
 "ar2": ["المجلس البلدي اوباري", "اللواء طارق بن زياد", "فريق شباب اوباري", "الخطوط الافريقيه"],
 "ar3": ["عين ليبيا", "الأهلي طرابلس", "المجلس البلدي جنزور"],
 "ar4": ["قناة ليبيا الأحرار", "عمر النالوتي", "السلطات التونسية"],
 "ar5": ["شارع طرابلس", "الشعلة غريان", "مصطفى الغرياني", "المجلس البلدي غريان", "مالي"],
}

PHEN = {
 "ar1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_neighbours", "countries"],
 "ar2": ["clitics", "spelling", "multiword", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "ar3": ["clitics", "multiword", "media_trap", "ambiguity_tripoli", "town_vs_district", "coverage_bases", "coverage_oil"],
 "ar4": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital", "vague_area",
         "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "ar5": ["clitics", "spelling", "person_trap", "common_word_trap", "ambiguity_tripoli", "vague_area"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"
MOVES = {
 "ar1": [
  mv("airlift", "reported", LNA, ["بنغازي"], ["مطار سبها"]),
  mv("mobilise", "reported", None, [], ["الطيوري"]),
  mv("advance", "denied", "Chadian armed groups", ["ام الارانب"], ["سبها"]),
  mv("deploy", "planned", LNA, [], ["المنشية", "الناصرية"]),
  mv("reinforce", "conditional", LNA, ["براك"], ["سبها"]),
 ],
 "ar2": [
  mv("deploy", "reported", LNA, ["العوينات"], ["اوباري"]),
  mv("advance", "denied", None, ["مرزق"], ["اوباري"]),
  mv("shipment", "denied", None, [], ["اوباري"], ["منفذ ايسين"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا"], ["مطار اوباري"]),
  mv("withdraw", "conditional", LNA, ["اوباري"], ["حقل الشراره"]),
 ],
 "ar3": [
  mv("reinforce", "reported", GNA, ["طرابلس"], ["جنزور"], ["قرقارش"]),
  mv("mobilise", "reported", None, [], ["الماية"]),
  mv("naval_landing", "denied", None, ["الزاوية"], ["جنزور"]),
  mv("withdraw", "planned", None, ["جنزور"], ["معسكر 27"]),
  mv("naval_landing", "conditional", GNA, ["قاعدة أبوستة البحرية"], ["جنزور"]),
 ],
 "ar4": [
  mv("mobilise", "denied", None, [], ["تيجي"]),
  mv("deploy", "reported", GNA, ["قاعدة الوطية"], ["الحوامد"]),
  mv("redeploy", "planned", GNA, ["منفذ وازن"], ["نالوت"]),
  mv("advance", "conditional", "Zintan forces", ["الزنتان"], ["تيجي"]),
 ],
 "ar5": [
  mv("shipment", "reported", GNA, ["طرابلس"], ["قواسم"], ["العزيزيه"]),
  mv("advance", "denied", LNA, ["الحمادة"], ["غريان"]),
  mv("withdraw", "reported", None, ["غريان"], ["ابوغيلان"]),
  mv("redeploy", "planned", GNA, ["يفرن"], ["غريان"]),
  mv("reinforce", "conditional", "Misrata forces", ["مصراته"], ["غريان"]),
 ],
}

NOTES = {
 "ar1": "Local radio phone-in transcript (إذاعة سبها المحلية, programme «صباح فزان»), Libyan colloquial, Sabha neighbourhoods. "
        "Reported LNA («تبع الجيش») cargo plane Benghazi->Sabha Airport (airlift, a caller saw it land); reported mobilisation of armed "
        "neighbourhood youths in Al-Tayouri (null; «تحشدوا»); Chadian gunmen coming from Umm al-Aranib (`ام الارانب`) to Sabha denied "
        "by a caller («كذب في كذب»; the border with Chad is a distance remark); planned LNA («الكتيبة 116 مشاة») deployment in "
        "Al-Manshiya and An-Nasiriya («باش تنتشر»); conditional LNA reinforcement Brak->Sabha («لو صار»). Not movements: the "
        "shooting «من جهة الطيوري», fuel trucks from Misrata (`مصراته`), neighbours leaving for Ghuddua («لغدوة»; «غدوة الصبح» = "
        "tomorrow morning), a truck driver coming from Idri (`ادري`; first `ادري` is inside the caller's name ادريس), the closed gate.",
 "ar2": "Municipal council Facebook posts (المجلس البلدي اوباري), typed spelling (hamza dropped, ة written ه). Reported LNA («اللواء "
        "طارق بن زياد») company Al-Awaynat->Ubari (deploy, «تمركزها عند مداخل اوباري»); armed groups from Murzuq entering Ubari denied "
        "(null; «كذب وعاري عن الصحه»); weapons shipment via the Isayen crossing (`منفذ ايسين`) to Ubari denied (null; the border with "
        "Algeria only locates the crossing); planned LNA airlift Benina base->Ubari airport («ستنقل غدا»); conditional LNA withdrawal "
        "central Ubari->Sharara field (`حقل الشراره`; «متى ما رجع الهدوء»). Not movements: the wedding convoy from Al-Ghurayfah shot "
        "near the bridge on the Germa road, the Afriqiyah passenger flight Tripoli->Ubari airport, the football team to Sabha, families "
        "in Germa, Al-Ghurayfah, Idri and Wadi al-Shati, oil output, students stuck in Algiers.",
 "ar3": "Residents' accounts quoted in a report by «عين ليبيا» on clashes in Janzour; Tripoli dateline. Reported GNA (رئاسة الأركان) "
        "reinforcement Tripoli->Janzour via Gargaresh (a shopkeeper in Al-Siraj saw it); reported mobilisation of armed youths in "
        "Al-Mayah (null); naval landing of gunmen from Zawiya on Janzour's beach denied by the Janzour council (null); planned withdrawal "
        "of the two local groups central Janzour->Camp 27 (null; «اتفاق يقضي بانسحاب … خلال 48 ساعة»); conditional GNA naval landing "
        "from Abu Sitta naval base on Janzour's coast («إذا تجدد»). Not movements: families leaving for Tripoli, fuel not arriving from "
        "the Zawiya refinery, the postponed «الأهلي طرابلس» match, flights at Mitiga airport, the coast road (unnamed, not annotated).",
 "ar4": "Tribal elder's audio statement (Tiji), transcribed and relayed by local pages and Libya Al-Ahrar. Mobilisation of Tiji's tribes "
        "denied (null; «كذب، ما فيش حد تحشد»); reported GNA (رئاسة الأركان) deployment Al-Watiya base->Al-Hawamid; planned GNA "
        "redeploy Wazin crossing->Nalut («وعدتنا باش تنقل»); conditional Zintan forces advance Zintan->Tiji («لو صار اعتداء»). Not "
        "movements: the shooting on the Tiji–Nalut road (Tiji/Nalut = locator), families who fled to Tunisia, vegetable trucks from "
        "Dehiba (Tunisia), students in Tunis, the border with Tunisia «فيها رجالها» (static), the appeal to the government in Tripoli.",
 "ar5": "WhatsApp message from a Gharyan resident forwarded by a journalist on Facebook (no punctuation, dots, emojis). Reported GNA "
        "(رئاسة الاركان) ammunition trucks Tripoli->Al-Qawasim via Al-Aziziya (`العزيزيه`; shipment, confirmed by an activist); "
        "LNA («جيش حفتر») advance from the Hamada to Gharyan denied («كذب كذب»; the Al-Asaba'a–Gharyan road is the sender's own trip); "
        "reported withdrawal of a local battalion (null) Gharyan->Abu Ghaylan; planned GNA redeploy Yafran->Gharyan («باش تنقل»); "
        "conditional Misrata forces (`مصراته`) column to Gharyan («لو صار اي هجوم»). Not movements: fuel queues in «شارع طرابلس», "
        "families leaving for Tripoli, the football team «الشعلة غريان» travelling to Tripoli; «مالي دخل» is a common word.",
}

# Read by tests/golden/sample_tools.py check (values from this sample's former src/check.py).
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
BAR_IN_TEXT = True  # the text has a literal "|" (e.g. «عاجل |»): no "|" residue test, which the former check.py did not do
