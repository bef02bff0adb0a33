# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# G* = gazetteer row reused under another label (listed in the README). No row comes from my own knowledge.
P = {
 # countries
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 # Libya: Murzuq district (Tebu towns)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                           # G
 "wau": ("village", "LY", 25.35000, 16.72000, "Wau al-Kabir"),                          # G (row الواو الكبير)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "zuwaylah": ("town", "LY", 26.16188, 15.12522, "Zawilah"),                             # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G (row منفذ التوم)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libya side)"),  # G* (row الحدود الليبية النيجرية)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 # Libya: Sabha, Wadi al-Hayat, Ubari, Ghat (Tuareg towns)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat District"),        # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat (Serdeles)"),                # G
 "barkat": ("town", "LY", 24.89400, 10.18336, "Al Barakat"),                            # G (row البركات, written البركت)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "akakus": ("region", "LY", 24.83333, 10.33333, "Akakus Mountains"),                    # G (row جبل أكاكوس)
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libya side)"), # G* (row الحدود الليبية الجزائرية)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا, written الجنوب الليبي)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # Algeria, Mali
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G
 "kidal": ("town", "ML", 18.44345, 1.40921, "Kidal"),                                   # G
 # Chad (Borkou, Tibesti)
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G
 "zouarke": ("village", "TD", 20.60000, 16.20000, "Zouarke"),                           # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "faya_airport": ("airport", "TD", 17.91710, 19.11110, "Faya Largeau Airport"),         # G
 "bardai": ("town", "TD", 21.35468, 17.00158, "Bardai"),                                # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                 # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (row نجامينا, written أنجمينا)
}

TRAPS = {
 "qqf1": ["المكتب الإعلامي لبلدية أم الأرانب", "قوة حماية أم الأرانب", "الوطني الليبي", "التشادية", "الوادي"],
 "qqf2": ["جمعية أبناء الصحراء", "اللواء طارق بن زياد", "المجلس العسكري لإنقاذ الجمهورية", "بيت مرزق للثقافة والتراث",
          "تشاديين", "تشادي"],
 "qqf3": ["أزواد الحرة", "قوة حماية غات", "الوطني الليبي", "الجزائرية", "الجيش الجزائري", "الدعم المالي",
          "بعدة لغات", "محمد الغاتي"],
 "qqf4": ["منظمة إيموهاغ الدولية من أجل العدالة والشفافية", "منظمة إيموهاغ", "الجيش الوطني الليبي",
          "المجلس الاجتماعي لطوارق أوباري", "للجبل", "أزوادية"],
 "qqf5": ["الخبر التشادية", "الجيش التشادي", "المجلس العسكري لإنقاذ الجمهورية", "الوطني الليبي", "التشاديين",
          "النيجريين", "السودانيين", "الليبية", "التشادية", "ليبية", "تاجر ليبي", "الشمالية"],
}

PHEN = {
 "qqf1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "coverage_neighbours", "countries"],
 "qqf2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "border_phrase",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qqf3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qqf4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli",
          "vague_area", "border_phrase", "town_vs_district", "coverage_oil", "coverage_neighbours", "countries"],
 "qqf5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"
MOVES = {
 "qqf1": [
  mv("deploy", "reported", LNA, ["سبها"], ["أم الأرانب"], ["زويلة"]),
  mv("redeploy", "planned", LNA, ["أم الأرانب"], ["تمسة"]),
  mv("deploy", "denied", None, [], ["القطرون"]),
  mv("advance", "conditional", None, [], ["واو الكبير"]),
 ],
 "qqf2": [
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت"], ["القطرون"]),
  mv("deploy", "planned", LNA, ["القطرون"], ["منفذ التوم"]),
  mv("withdraw", "reported", None, ["تجرهي"], ["قطرون"]),
  mv("advance", "denied", "Chadian armed groups", ["كوري بوقودي"], ["القطرون"]),
  mv("advance", "conditional", LNA, [], ["تجرهي"]),
 ],
 "qqf3": [
  mv("reinforce", "reported", None, ["العوينات"], ["غات"]),
  mv("airlift", "reported", LNA, ["قاعدة تمنهنت"], ["مطار غات"]),
  mv("withdraw", "conditional", None, ["مطار غات"], []),
  mv("redeploy", "planned", LNA, ["أوباري"], ["البركت"]),
  mv("advance", "denied", "Algerian army", ["جانت"], ["البركت"]),
 ],
 "qqf4": [
  mv("mobilise", "reported", LNA, [], ["الغريفة"]),
  mv("shipment", "reported", LNA, ["سبها"], ["أوباري"]),
  mv("advance", "conditional", LNA, ["الغريفة"], ["العوينات"]),
  mv("withdraw", "planned", None, ["حقل الشرارة"], ["أوباري"]),
  mv("advance", "denied", "Foreign fighters", ["النيجر"], ["أوباري"], ["الحدود مع الجزائر"]),
 ],
 "qqf5": [
  mv("deploy", "reported", "Chadian army", ["فايا لارجو"], ["كوري بوقودي"]),
  mv("airlift", "planned", "Chadian army", ["مطار فايا لارجو"], ["برداي"]),
  mv("withdraw", "reported", "Chadian armed groups", ["كوري بوقودي"], ["الواو الكبير"]),
  mv("advance", "denied", LNA, ["منفذ التوم"], ["وور"]),
  mv("advance", "conditional", "Chadian army", [], ["الواو الكبير"]),
 ],
}

NOTES = {
 "qqf1": "Umm al-Aranib municipality's media office: an LNA company Sabha→Umm al-Aranib via Zuwaylah (reported), the "
         "same company planned to move Umm al-Aranib→Tmassah, the Tebu council's denial that «قوة حماية أم الأرانب» left "
         "for Al Qatrun («ما حد مشى»; origin only inside the force's name), and the elders' dialect ultimatum «لو ما طلعت "
         "الشاحنات ... بيمشوا للواو الكبير» (conditional, surface واو الكبير after لل). Chadian gold-miners' trucks "
         "(«جوا من كوري بوقودي وزواركي ... مش عسكر») are civilian; Wau al-Kabir as the road's end, Murzuq–Tmassah, Fezzan's "
         "sheikhs, Tripoli's ministry and the dateline are not movement places; «الوادي» (also El Oued) is a trap.",
 "qqf2": "Tebu association's page (Sons of the Desert, Murzuq): LNA reinforcements Tamanhint air base→Al Qatrun, a "
         "planned company Al Qatrun→Toummo crossing (the border with Niger is only its purpose), the local company's "
         "dialect withdrawal «روّحنا للقطرون» from the Tajarhi gate (surface قطرون), a Chadian rebel council's denied entry "
         "Kouri Bougoudi→Al Qatrun, and the LNA's conditional entry into Tajarhi («لن يدخل ... إلا إذا»; restated in "
         "dialect with the spelling تجرهى). Stranded Chadian gold-miners' trucks («جينا من كوري بوقودي ونبوا نروّحوا») are "
         "civilian; Chad as the closed road's goal, the delegations from Umm al-Aranib and Rebiana are not moves.",
 "qqf3": "Tuareg outlet (Free Azawad, Ghat): armed youths Al-Awaynat→Ghat reinforcing the local force (dialect «مشوا من "
         "العوينات لغات»; actor null), an LNA military plane Tamanhint air base→Ghat airport, the local force's "
         "conditional hand-over of Ghat airport («لن يغادروا ... إلا إذا»), a planned LNA company Ubari→Al Barkat "
         "(written البركت) and Algeria's denied crossing Djanet→Al Barkat. Isayen (road's goal), Algeria (trade, "
         "metonymy in the headline), Mali/Kidal (refugees' past flight, «جينا من كيدال»), the Akakus tourists «بيجوا ... لو» "
         "are not movements; «لغات» in the quote is ل + غات, «بعدة لغات» is the word 'languages'.",
 "qqf4": "Tuareg rights NGO statement (Imouhagh): LNA massing in Al Ghurayfah, an ammunition shipment Sabha→Ubari, an "
         "LNA commander's conditional entry into Al-Awaynat («ستدخل ... إذا لم»), a planned Tuareg battalion pull-out "
         "Sharara field→Ubari and a denied entry of Azawadi fighters Niger→Ubari via the border with Algeria. Families "
         "fleeing «روّحوا من أوباري للعوينات» are civilian; the youths' «بيطلعوا للجبل» has no place; «ما مشوا لحد ولا "
         "جاهم حد» restates the denial; Tripoli (UN mission), Ghat and Sabha (2014–2016 displacement) are background.",
 "qqf5": "Chadian Arabic site (Al-Khabar Al-Tchadia, Faya-Largeau): Chadian army units Faya-Largeau→Kouri Bougoudi, a "
         "planned military flight Faya-Largeau airport→Bardai, CCMSR rebels withdrawing Kouri Bougoudi→Wau al-Kabir, the "
         "LNA's denied patrol Toummo crossing→Wour and the Chadian army's conditional pursuit to Wau al-Kabir. Gold-miners' "
         "trucks to Wau al-Kabir and Al Qatrun («بيطلعوا للقطرون بكرة لو ما سكروا الطريق ... ما فيهم عسكري») are civilian; "
         "Tibesti, N'Djamena/Tripoli/Benghazi (governments, speaker) and Libya (memorandum) are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qqf1", "qqf2", "qqf3", "qqf4", "qqf5")
