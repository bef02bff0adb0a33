# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # capitals and other cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 # the oases and the Sirte basin
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "jalu_mun": ("district", "LY", 29.03333, 21.55000, "Jalu municipality"),               # G* (town row)
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjila"),                                # G
 "awjila_mun": ("district", "LY", 29.10806, 21.28694, "Awjila municipality"),           # G* (town row)
 "wahat": ("district", "LY", 29.02035, 20.78359, "Al Wahat"),                           # G
 "marada": ("town", "LY", 29.22054, 19.20454, "Marada"),                                # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "zueitina": ("town", "LY", 30.95220, 20.12022, "Az Zuwaytinah"),                       # G
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "nafoora": ("oilfield", "LY", 29.21320, 21.59240, "Nafoora oil field"),                # G
 "amal": ("oilfield", "LY", 29.47950, 21.12240, "Amal oil field"),                      # G
 "zelten": ("oilfield", "LY", 28.58710, 19.30340, "Zelten oil field"),                  # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "messla": ("oilfield", "LY", 27.97472, 22.35833, "Messla oil field"),                  # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa el Brega oil port"),       # G* (Brega town row)
 "zueitina_port": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),      # G* (Az Zuwaytinah town row)
 "benghazi_port": ("crossing", "LY", 32.11486, 20.06859, "Port of Benghazi"),           # G* (Benghazi city row)
 # bases and airports
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                  # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "brega_airport": ("airport", "LY", 30.37810, 19.57640, "Marsa Brega Airport"),         # G
 # crossings, border phrases and vague areas
 "salloum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),        # G* (row منفذ امساعد, country EG)
 "border_eg": ("region", "EG", 31.0, 25.2, "Egypt-Libya border (Egyptian side)"),       # K
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),               # G* (row الحدود الليبية السودانية)
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                # G* (row الحدود الليبية التشادية)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "sirte_basin": ("region", "LY", 29.0, 19.5, "Sirte Basin"),                            # K
 "south_east_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),          # G
}

TRAPS = {
 "fc1": ["«الشروق»", "جيش الوطني الليبي", "العميد فرج البريقي", "شارع طرابلس", "الجيش المصري"],
 "fc2": ["«القبس»", "جيش الوطني الليبي", "الإدريسي", "كتيبة سبل السلام", "قوات الدعم السريع",
         "الواحات المجاورة", "سودانيين", "الحرب السودانية"],
 "fc3": ["«الغد»", "جيش الوطني الليبي", "سالم المغربي", "حرس المنشآت النفطية", "تونسيون",
         "الخارجية الأردنية", "الخارجية التونسية"],
 "fc4": ["«المتوسط»", "علي الجالوي", "ما ادري", "عملية الكرامة", "تشادية", "على أمل",
         "آمر المنطقة العسكرية الوسطى"],
 "fc5": ["«الرياض»", "عبد السلام الطرابلسي", "لواء طارق بن زياد", "المجلس العسكري مصراتة", "مراده",
         "سوناطراك الجزائرية", "الليبيين"],
}

PHEN = {
 "fc1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli", "vague_area",
         "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "fc2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
 "fc3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "fc4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_oil", "coverage_neighbours", "countries"],
 "fc5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"

MOVES = {
 "fc1": [
  # «الرتل الذي أشارت الشروق أمس إلى خروجه من بنغازي» arrived: yesterday's story carried out
  mv("reinforce", "reported", LNA, ["بنغازي"], ["جالو"], ["إجدابيا"]),
  # «القوة ذاتها ستتوزع خلال يومين على أوجلة وحقل النافورة» (no origin written in the sentence)
  mv("deploy", "planned", LNA, [], ["أوجلة", "حقل النافورة"]),
  # fuel tankers, no troops
  mv("shipment", "reported", LNA, ["ميناء البريقة"], ["جالو"]),
  # «نفى ... سحب كتيبة مشاة من مرادة إلى اجدابيا»
  mv("withdraw", "denied", LNA, ["مرادة"], ["اجدابيا"]),
  # «سيدفع بتعزيزات إضافية إلى منفذ السلوم ... إذا امتدت الاضطرابات»
  mv("reinforce", "conditional", "Egyptian army", [], ["منفذ السلوم"]),
 ],
 "fc2": [
  # announced last Thursday, carried out now
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  # «لن يطول بقاؤهم في المطار ... القوة نفسها ستتقدم ... نحو الحدود مع السودان»
  mv("advance", "planned", LNA, ["مطار الكفرة"], ["الحدود مع السودان"]),
  # «انسحبوا من محيط الحقل» -> the Sarir field named in the previous sentence
  mv("withdraw", "reported", "Sudanese armed groups", ["حقل السرير"], []),
  # «سيعاد نشرها في حقل السرير إذا عاد المسلحون»
  mv("redeploy", "conditional", LNA, ["حقل مسلة"], ["حقل السرير"]),
  # «نفى ... حشد مقاتلين من فصيله قرب ربيانة»
  mv("mobilise", "denied", "Sudanese armed groups", [], ["ربيانة"]),
 ],
 "fc3": [
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء الزويتينة"]),
  # Sunday's cargo «في الميناء ذاته» (= Benghazi port) trucked to Ajdabiya: vehicles, no troops
  mv("shipment", "reported", LNA, ["ميناء بنغازي"], ["أجدابيا"]),
  mv("naval_landing", "planned", LNA, ["بنغازي"], ["ميناء البريقة"]),
  # threat withdrawn, now «لن يتقدموا نحو الميناء ما دامت ...» (the port = Zueitina)
  mv("advance", "conditional", None, [], ["ميناء الزويتينة"]),
  # «نفى جهاز حرس المنشآت النفطية ... انسحاب عناصره من الميناء» (= Zueitina)
  mv("withdraw", "denied", None, ["ميناء الزويتينة"], []),
 ],
 "fc4": [
  # denied the day before («نفي ... خروج أي قوة من أجدابيا»), now reported by witnesses
  mv("deploy", "reported", LNA, ["أجدابيا"], ["أوجلة"]),
  # «القوة ستغادر المدينة عائدة إلى أجدابيا مطلع الأسبوع المقبل»
  mv("withdraw", "planned", LNA, ["أوجلة"], ["أجدابيا"]),
  # tribal «النفير»: hundreds of armed young men gather «في ساحة البلدة» (= Jalu)
  mv("mobilise", "reported", None, [], ["جالو"]),
  mv("advance", "denied", "Chadian armed groups", ["تازربو"], ["أوجلة"]),
  mv("reinforce", "conditional", LNA, [], ["حقل أمل"]),
 ],
 "fc5": [
  # «القوة التي أشارت الرياض أمس إلى انطلاقها من قاعدة الجفرة الجوية» arrived
  mv("redeploy", "reported", LNA, ["قاعدة الجفرة الجوية"], ["مرادة"], ["زلة"]),
  # «الوحدة المرابطة حالياً في الحقل ستنسحب إلى مرادة بمجرد ...» (the field = Zelten)
  mv("withdraw", "conditional", LNA, ["حقل زلطن"], ["مرادة"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار البريقة"]),
  mv("mobilise", "denied", "Misrata forces", [], ["أبوقرين"]),
 ],
}

NOTES = {
 "fc1": "Follow-up (Al-Shorouk style): yesterday's column Benghazi->Jalu via Ajdabiya has arrived (reported); 'the same "
        "force' will spread to Awjila and the Nafoora field (planned, no origin written); fuel tankers Brega port->Jalu "
        "(shipment); a denied Marada->Ajdabiya pull-out; Egypt's conditional reinforcement of the Sallum land port. "
        "Speaker places (Cairo, Tripoli), the border phrase inside the condition and 'شارع طرابلس' are not movement places.",
 "fc2": "Follow-up (Al-Qabas style): a Benina->Kufra airport airlift announced a week earlier is carried out; the same "
        "force will advance from 'the airport' to the Sudanese border (planned); Sudanese gunmen pulled out of 'محيط "
        "الحقل' = Sarir field (reported, no destination place); a conditional Messla->Sarir redeploy; a Sudanese faction "
        "denies massing near Rebiana. 'غرب الكفرة' is a locator, the headline Kufra is the airlift told again.",
 "fc3": "Follow-up (Al-Ghad style): LNA marines Benghazi port->Zueitina port (reported); Sunday's armour unloaded 'في "
        "الميناء ذاته' (= Benghazi port) and trucked to Ajdabiya (shipment); a second landing Benghazi->Brega port "
        "(planned); a local armed group withdraws its threat and now conditions any advance on 'الميناء' (= Zueitina "
        "port); the oil guards deny pulling out of 'الميناء'. The evacuation flight of workers to Tunis is civilian.",
 "fc4": "Follow-up (Al-Mutawaset style): a column Ajdabiya->Awjila denied the day before and now seen by witnesses "
        "(reported); the force will leave 'المدينة' (= Awjila) back to Ajdabiya (planned); a tribal «النفير» in Jalu "
        "(mobilise, reported, actor null); a Chadian advance Tazirbu->Awjila denied; conditional reinforcements for the "
        "Amal field. 'الطريق المؤدي إلى جالو' locates the road; the border phrase and Al Wahat are in a denial, not moves.",
 "fc5": "Follow-up (Al-Riyadh style): the force 'mentioned yesterday' Jufra air base->Marada via Zillah has arrived "
        "(redeploy, reported); the unit in 'الحقل' (= Zelten) will pull back to Marada 'بمجرد' the handover "
        "(conditional); a planned Benina->Brega airport airlift; Misrata denies massing at Abu Qurayn. Brega in 'جنوب "
        "البريقة' is a locator; Sonatrach's staff flown to Algiers are civilians.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("fc1", "fc2", "fc3", "fc4", "fc5")
