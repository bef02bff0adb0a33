# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                   # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                   # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                     # G
 # Libya: Kufra and the south-east
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                      # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),                 # G* (town row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                   # G
 "jawf": ("town", "LY", 24.19890, 23.29093, "Al Jawf (Kufra)"),                             # G* (Kufra row)
 "hawari": ("village", "LY", 24.31667, 23.16667, "Al Hawwari"),                             # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                                  # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                                  # G
 "buzayma": ("village", "LY", 25.00000, 22.00000, "Buzayma"),                               # G
 "matan_sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),             # G
 "jebel_uwaynat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                          # K
 "uwaynat_se": ("region", "LY", 21.95, 24.85, "Al Uwaynat area (Jebel Uweinat, Libyan side)"),  # K
 "arkenu": ("region", "LY", 22.25000, 24.73000, "Jebel Arkenu"),                            # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),     # G* (row مثلث العوينات)
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                   # G* (row جنوب شرق ليبيا)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                           # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                                # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                        # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                         # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                        # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                   # G
 "benghazi_port": ("crossing", "LY", 32.115, 20.050, "Port of Benghazi"),                   # K
 # Sudan
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                   # G (row spelled المالحة)
 "n_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                        # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                  # G
 "karb": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                               # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                                 # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                    # G
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                          # G
 "tina_sd": ("town", "SD", 15.03, 22.83, "Tina (Sudan)"),                                   # K
 "kordofan": ("region", "SD", 13.18420, 30.21670, "Kordofan"),                              # G
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                            # G
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                                  # G
 "omdurman": ("city", "SD", 15.64453, 32.47773, "Omdurman"),                                # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                                # G
 "argeen": ("crossing", "SD", 22.00000, 31.25000, "Argeen land port"),                      # G
 "border_sd_ly": ("region", "SD", 19.8, 24.6, "Sudan-Libya border (Sudanese side)"),        # K
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                      # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                            # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                                 # G
 "kharga": ("town", "EG", 25.45101, 30.54653, "Al Kharijah"),                               # G
 "baris": ("town", "EG", 24.667, 30.600, "Baris (New Valley)"),                             # K
 "new_valley": ("district", "EG", 24.79939, 28.92955, "New Valley governorate"),           # G
 "sharq_uwaynat": ("region", "EG", 22.58, 28.72, "East Oweinat (Sharq al-Uwaynat)"),        # K
 "sharq_airport": ("airport", "EG", 22.58570, 28.71660, "Shark El Oweinat Airport"),        # G
 "assiut": ("city", "EG", 27.18096, 31.18368, "Assiut"),                                    # G
 "abu_simbel": ("town", "EG", 22.34570, 31.61624, "Abu Simbel"),                            # G
 "border_eg_ly": ("region", "EG", 22.6, 25.3, "Egypt-Libya border (Egyptian side, south)"),  # K
}

SAF = "Sudanese armed groups"
LNA = "Libyan National Army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "uh1": ["الراكوبة", "عثمان الدنقلاوي", "الدعم السريع", "كتيبة سبل السلام", "الجيش الوطني الليبي",
         "الجيش السوداني", "سودانية", "القوة المشتركة لحركات الكفاح المسلح"],
 "uh2": ["مصراوي", "سمير الأسيوطي", "قوات مصرية", "جندي مصري", "الأراضي المصرية", "الأراضي الليبية",
         "القيادة العامة للجيش الليبي", "الجانب الليبي", "الدعم السريع", "كتيبة سبل السلام", "مصادر سودانية",
         "الاتجاه الاستراتيجي الغربي"],
 "uh3": ["ليبيا الحدث", "القيادة العامة للقوات المسلحة العربية الليبية", "كتيبة سبل السلام", "الدعم السريع",
         "العقيد محمود الإدريسي", "اللواء طارق بن زياد", "الهلال الأحمر الليبي", "الأخبار السارة", "تأمين الحدود الجنوبية الشرقية",
         "سودانياً"],
 "uh4": ["باج نيوز", "القوات المسلحة السودانية", "الدعم السريع", "القوة المشتركة لحركات دارفور",
         "كتيبة سبل السلام", "سوق ليبيا", "البضائع الليبية", "الحرب السودانية", "الأراضي الليبية", "الجانب الليبي"],
 "uh5": ["ليبيا بانوراما", "القيادة العامة للجيش الوطني الليبي", "كتيبة سبل السلام", "الدعم السريع", "حكومة الوحدة الوطنية",
         "جوف الصحراء", "الهلال الأحمر", "السودانيين", "شارع طرابلس", "ما ادري"],
}

PHEN = {
 "uh1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "vague_area",
         "town_vs_district", "coverage_neighbours", "countries"],
 "uh2": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "uh3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "countries"],
 "uh4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "uh5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "coverage_oil", "countries"],
}

MOVES = {
 "uh1": [
  mv("advance", "reported", SAF, ["المالحة"], ["جبل العوينات"], ["وادي هور", "المثلث الحدودي"]),
  mv("deploy", "reported", LNA, ["الكفرة"], ["العوينات", "جبل أركنو"]),
  mv("withdraw", "denied", LNA, ["العوينات"], ["الكفره"]),
  mv("reinforce", "conditional", LNA, ["الكفرة"], ["المثلث الحدودي"]),
  mv("mobilise", "reported", SAF, [], ["الطينة"]),
  mv("advance", "planned", SAF, ["الطينة"], ["المالحة"]),
 ],
 "uh2": [
  mv("reinforce", "reported", "Egyptian army", ["الخارجة"], ["شرق العوينات"], ["باريس"]),
  mv("airlift", "planned", "Egyptian army", ["أسيوط"], ["مطار شرق العوينات"]),
  mv("advance", "denied", "Egyptian army", [], ["جبل العوينات"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["الحدود مع ليبيا"]),
  mv("naval_landing", "reported", "Egyptian army", ["الإسكندرية"], ["السلوم"]),
  mv("redeploy", "reported", LNA, ["الكفرة"], ["جبل العوينات"]),
 ],
 "uh3": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("naval_landing", "reported", LNA, ["قاعدة طبرق البحرية"], ["ميناء بنغازي"]),
  mv("redeploy", "reported", LNA, ["الكفرة"], ["ربيانه", "تازربو"]),
  mv("advance", "denied", SAF, [], ["ربيانة"]),
  mv("shipment", "planned", LNA, ["جالو"], ["الكفرة"], ["حقل السرير"]),
  mv("reinforce", "conditional", LNA, ["أجدابيا"], ["قاعدة معطن السارة"]),
 ],
 "uh4": [
  mv("shipment", "denied", SAF, ["الكفرة"], ["المالحة"], ["المثلث الحدودي"]),
  mv("reinforce", "reported", SAF, ["المالحة"], ["كرب التوم"]),
  mv("airlift", "reported", None, ["بورتسودان"], ["دنقلا"]),
  mv("deploy", "planned", SAF, ["دنقلا"], ["وادي هور"]),
  mv("deploy", "conditional", LNA, ["قاعدة معطن السارة"], ["العوينات"]),
 ],
 "uh5": [
  mv("shipment", "reported", LNA, ["بنغازي"], ["الكفرة"], ["اجدابيا", "جالو", "حقل السرير"]),
  mv("redeploy", "planned", LNA, ["الكفرة"], ["تازربو"]),
  mv("withdraw", "conditional", LNA, ["الهواري"], ["الكفرة"]),
  mv("mobilise", "denied", SAF, [], ["جبل العوينات"]),
  mv("deploy", "denied", "GNA forces", ["طرابلس"], ["الكفرة"]),
 ],
}

NOTES = {
 "uh1": "Precision test (Al-Rakoba, Sudanese site): 300 refugee families Al Malha→Kufra via Karb al-Tom and a witness "
        "from El Fasher are not moves; RSF fighters Al Malha→Jebel Uweinat via Wadi Howar and the triangle (reported "
        "advance; the witness's «حتى تمر عربات الدعم السريع» in Wadi Howar is the same move); Subul al-Salam patrols "
        "Kufra→Al-Uwaynat/Jebel Arkenu (reported deploy); a denied pull-back Al-Uwaynat→Kufra (spelled الكفره); a "
        "conditional reinforcement Kufra→the triangle («إذا تكررت»); the joint forces' massing in Tina (reported mobilise) and their planned advance «منها» Tina→Al Malha; "
        "a commercial flour convoy from Ajdabiya, shelters near Kufra airport and Kufra hospital are not moves; "
        "«القادمة من ليبيا» is a purpose.",
 "uh2": "Egyptian view (Masrawy, Cairo): a reported reinforcement Kharga→East Oweinat via Baris (the New Valley oasis, "
        "not Paris); a planned airlift Assiut→East Oweinat airport; a denied incursion into Jebel Uweinat; a "
        "conditional reinforcement to the border with Libya (Egyptian side); the LNA company Kufra→Jebel Uweinat "
        "(reported redeploy); marines landed Alexandria→Sallum (reported naval_landing). «القاهرة ستدفع» is the government (speaker, not a place of the move), Abu Simbel is a road "
        "end, refugees at Argeen are not a move; the analyst «سمير الأسيوطي» is a person trap next to gold Assiut.",
 "uh3": "LNA-aligned TV (Libya Al-Hadath, Benghazi): a reported airlift Benina air base→Kufra airport; an earlier landing Tobruk naval base→Benghazi port (reported naval_landing); Subul al-Salam "
        "companies Kufra→Rebiana (spelled ربيانه)/Tazirbu (reported redeploy; Buzayma only locates the infiltration); "
        "a denied RSF entry into Rebiana; a planned supply convoy Jalu→Kufra via the Sarir field (shipment; the border with Sudan and Chad "
        "is where the supplied units are, not a destination); a conditional Tariq bin Ziyad move Ajdabiya→Maaten "
        "al-Sarra. Refugees in Tazirbu and Red Crescent trucks from Benghazi are not moves; «الأخبار السارة» is a "
        "common-word trap next to the gold base; «محمود الإدريسي» is a person trap (Idri); «حكومة طرابلس» keeps Tripoli.",
 "uh4": "Sudanese view (Baj News, Port Sudan): the army's claim of RSF trucks Kufra→Al Malha via the triangle, denied by "
        "the RSF in the next paragraph (one shipment, denied); an RSF reinforcement Al Malha→Karb al-Tom (the border "
        "phrase only locates Karb al-Tom); a Sudanese army airlift Port Sudan→Dongola (actor null: the state army is "
        "not a canonical actor); the joint forces' planned deployment Dongola→Wadi Howar (Jebel Uweinat is where the "
        "road leads, not a destination); a conditional Subul al-Salam patrol Maaten al-Sarra air base→Al-Uwaynat. Refugees from El Fasher "
        "and Mellit, Omdurman's «سوق ليبيا», refugees heading to Argeen and Kordofan are not moves; «تتهم فيه الخرطوم» is the government (capital for state).",
 "uh5": "Municipal and humanitarian story (Libya Panorama, Tripoli): refugees via Al-Uwaynat and Jebel Arkenu, Al Jawf "
        "and Al Hawari schools, a Health Ministry flight Mitiga→Kufra airport and a WFP convoy waiting in Tazirbu are "
        "not moves; an LNA supply convoy Benghazi→Kufra via Ajdabiya (spelled اجدابيا), Jalu and the Sarir field (reported shipment); "
        "a company Kufra→Tazirbu next week (planned redeploy); the Al Hawari checkpoint pulled back into Kufra «بمجرد» "
        "the camp opens (conditional withdraw); RSF massing at Jebel Uweinat denied; the GNU ministry denies a force "
        "Tripoli→Kufra. Traps: «شارع طرابلس» (a street in Kufra), «ما ادري», «جوف الصحراء».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("uh1", "uh2", "uh3", "uh4", "uh5")
