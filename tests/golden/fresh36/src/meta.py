# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / approximate point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 # al1 Zawiya (Alwasat)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "zawiya": ("city", "LY", 32.7571, 12.72764, "Az Zawiya"),                              # G
 "zawiya_mun": ("district", "LY", 32.7571, 12.72764, "Az Zawiya municipality"),         # G* (city point)
 "zawiya_refinery": ("oilfield", "LY", 32.775, 12.705, "Zawiya oil refinery"),          # K
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzur"),                               # G
 "zuwara": ("town", "LY", 32.9312, 12.08199, "Zuwarah"),                                # G
 "jumayl": ("city", "LY", 32.85286, 12.0612, "Al Jumayl"),                              # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "bir_ghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                     # G
 # al2 Gharyan / Mizda (Libya Al-Ahrar)
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "mizda": ("town", "LY", 31.44934, 12.9853, "Mizdah"),                                  # G
 "asaba": ("town", "LY", 32.03333, 12.86667, "Al Asabi'ah"),                            # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "aziziya": ("town", "LY", 32.53194, 13.0175, "Al Aziziyah"),                           # G
 # al3 Tarhuna / Bani Walid (Al-Marsad)
 "tarhuna": ("town", "LY", 32.43501, 13.6332, "Tarhuna"),                               # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "qasr_ghashir": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                  # G
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                            # G
 # al4 Sharara / Ubari / Ghat (Libya Observer)
 "sharara": ("oilfield", "LY", 26.55, 12.22, "El Sharara oil field"),                   # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "awaynat_w": ("town", "LY", 25.78123, 10.56133, "Al Awaynat (Wadi al-Hayat, near Ghat)"),  # G
 "barkat": ("town", "LY", 24.894, 10.18336, "Al Barkat"),                               # G* (البركات row)
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town point)
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town point)
 "barkat_mun": ("district", "LY", 24.894, 10.18336, "Al Barkat municipality"),          # G* (town point)
 "sabha_airport": ("airport", "LY", 26.987, 14.4725, "Sabha Airport"),                  # G
 "ghat_airport": ("airport", "LY", 25.1456, 10.1426, "Ghat Airport"),                   # G
 # al5 Tobruk / Jaghbub / Brega (Al-Ain)
 "abudhabi": ("city", "AE", 24.45118, 54.39696, "Abu Dhabi"),                           # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa al-Brega oil port"),       # G* (Brega town point)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "border_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libyan side)"), # G* (الحدود الليبية المصرية row)
 "siwa": ("town", "EG", 29.2032, 25.51965, "Siwa"),                                     # G
 "kufra": ("town", "LY", 24.1989, 23.29093, "Kufra"),                                   # G
 "emsaed": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),      # G
 "uweinat_se": ("region", "LY", 21.98654, 24.69566, "Al Uwaynat area (Jebel Uweinat, south-east)"),  # G* (مثلث العوينات row)
}

TRAPS = {
 "al1": ["بوابة الوسط", "قوة الإسناد الأولى الزاوية", "المجلس العسكري زوارة", "علي الزواري", "الطريق الساحلي",
         "حكومة الوحدة الوطنية الموقتة", "الأحياء الجنوبية", "الهلال الأحمر"],
 "al2": ["ليبيا الأحرار", "قوات حفتر", "غرفة عمليات الجنوب الغربي", "فتحي الغرياني", "الطريق الصحراوي",
         "حكومة الوحدة الوطنية", "غرفة العمليات المشتركة", "حرب 2019"],
 "al3": ["المرصد", "اللواء 444 قتال", "مديرية أمن ترهونة", "المجلس الاجتماعي لقبائل ورفلة", "القوة المشتركة",
         "البوابة الشمالية", "رئاسة الأركان العامة", "الأحياء السكنية"],
 "al4": ["ليبيا أوبزرفر", "اللواء طارق بن زياد", "طارق بن زياد", "حراك فزان", "حرس المنشآت النفطية",
         "المؤسسة الوطنية للنفط", "المنطقة الجنوبية", "الخزانة العامة"],
 "al5": ["العين الإخبارية", "الجيش الليبي", "القيادة العامة", "خطة تأمين الحدود الشرقية", "مصري",
         "الجانب الليبي", "أقصى الجنوب الشرقي", "الواحتين"],
}

PHEN = {
 "al1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "town_vs_district",
         "coverage_oil"],
 "al2": ["clitics", "media_trap", "operation_trap", "person_trap", "nisba"],
 "al3": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap"],
 "al4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "town_vs_district",
         "coverage_oil"],
 "al5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "border_phrase", "countries",
         "coverage_neighbours", "coverage_oil", "vague_area", "coverage_crossings"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


GNA, LNA = "GNA forces", "Libyan National Army"
MOVES = {
 "al1": [
  # headline «رتل لرئاسة الأركان في الماية» + lede «وصل رتل … قادمًا من طرابلس … مرورًا بجنزور، إلى منطقة الماية»
  mv("deploy", "reported", GNA, ["طرابلس"], ["الماية"], ["جنزور"]),
  # headline «لا دخول إلى الزاوية قبل تثبيت الهدنة» = the nested quote «"لا دخول إلى الزاوية قبل تثبيت وقف إطلاق النار …"»
  mv("advance", "conditional", GNA, [], ["الزاوية"]),
  # «من المقرر أن يتم نقل سرية من الرتل إلى مصفاة الزاوية»
  mv("redeploy", "planned", GNA, [], ["مصفاة الزاوية"]),
  # «نفى … تحرك قوة من زوارة باتجاه الزاوية … ليس هناك أي تحرك نحو الزاوية»
  mv("advance", "denied", None, ["زوارة"], ["الزاوية"]),
  # same breath: «وحدات من القوة في طريقها من زوارة إلى الجميل»
  mv("redeploy", "reported", None, ["زوارة"], ["الجميل"]),
 ],
 "al2": [
  # headline «تحركات لقوات حفتر من الشويرف نحو مزدة» + «تم رصد تحرك رتل … من الشويرف باتجاه مزدة»
  # + the spokesman's «تم نقل سرية إلى مزدة» (same move, confirmed by the other side)
  mv("advance", "reported", LNA, ["الشويرف"], ["مزدة"]),
  # headline «وتعزيزات لحكومة الوحدة إلى الأصابعة» + «جرى فيه الدفع بتعزيزات … من غريان إلى الأصابعة»
  mv("reinforce", "reported", GNA, ["غريان"], ["الأصابعة"]),
  # «نفى … أن تكون قواته متجهة إلى غريان»
  mv("advance", "denied", LNA, [], ["غريان"]),
  # «كتيبة إضافية ستتحرك الليلة من طرابلس مرورًا بالعزيزية لتلتحق بالتعزيزات الموجودة في الأصابعة»
  mv("reinforce", "planned", GNA, ["طرابلس"], ["الأصابعة"], ["العزيزية"]),
  # «تقدم الوحدات نحو مزدة غير وارد إلا إذا …»
  mv("advance", "conditional", GNA, [], ["مزدة"]),
 ],
 "al3": [
  # headline «وصول رتل من اللواء 444 قتال إلى ترهونة» + «بوصول رتل … إلى ترهونة … قادمًا من طرابلس عبر قصر بن غشير»
  mv("deploy", "reported", GNA, ["طرابلس"], ["ترهونة"], ["قصر بن غشير"]),
  # same sentence: «انسحاب مجموعة مسلحة محلية من وسط ترهونة باتجاه القره بوللي»
  mv("withdraw", "reported", None, ["ترهونة"], ["القره بوللي"]),
  # «تحرك قوات من بني وليد نحو ترهونة … عار عن الصحة» (+ headline «وبني وليد: لا تحرك من جهتنا»)
  mv("advance", "denied", None, ["بني وليد"], ["ترهونة"]),
  # «لن تتحرك من مصراتة نحو ترهونة إلا بطلب رسمي من رئاسة الأركان»
  mv("advance", "conditional", "Misrata forces", ["مصراتة"], ["ترهونة"]),
  # colloquial «قالوا باش يكمل غدوة لمسلاتة»
  mv("deploy", "planned", GNA, [], ["مسلاتة"]),
 ],
 "al4": [
  # headline «رتل لطارق بن زياد من سبها إلى حقل الشرارة» + «وصل رتل … إلى حقل الشرارة … قادمًا من سبها مرورًا بأوباري»
  mv("reinforce", "reported", LNA, ["سبها"], ["حقل الشرارة"], ["أوباري"]),
  # «جزءًا من القوة يجري تحريكه الآن من الشرارة إلى العوينات»
  mv("advance", "reported", LNA, ["الشرارة"], ["العوينات"]),
  # «لن يتقدم باتجاه غات في الوقت الحالي» (+ headline «لا نية للتقدم نحو غات»)
  mv("advance", "denied", LNA, [], ["غات"]),
  # «إذا استمر إغلاق الطريق فسيتم نقل سرية جوًا من مطار سبها إلى مطار غات»
  mv("airlift", "conditional", LNA, ["مطار سبها"], ["مطار غات"]),
  # «نفى … أن تكون عناصره قد انسحبت من حقل الشرارة … لم تتحرك من مواقعها»
  mv("withdraw", "denied", None, ["حقل الشرارة"], []),
 ],
 "al5": [
  # headline «تعزيزات عسكرية من طبرق إلى الجغبوب» + «تم الدفع بكتيبة … من طبرق إلى واحة الجغبوب» + «انطلقت من طبرق … وبلغت الجغبوب»
  mv("reinforce", "reported", LNA, ["طبرق"], ["الجغبوب"]),
  # «على أن تنتقل سرية منها لاحقًا إلى النقاط المنتشرة على الحدود مع مصر»
  mv("deploy", "planned", LNA, [], ["الحدود مع مصر"]),
  # headline «يعيد انتشاره في البريقة» + «سحب وحدات من إجدابيا ونقلها إلى ميناء البريقة»
  mv("redeploy", "reported", LNA, ["إجدابيا"], ["ميناء البريقة", "البريقة"]),
  # «ستدفع بتعزيزات إضافية من بنغازي إلى إجدابيا إذا ما تكررت محاولات التهريب»
  mv("reinforce", "conditional", LNA, ["بنغازي"], ["إجدابيا"]),
  # «نفى … عبور قوات مصرية من سيوة إلى الجغبوب … لا صحة لذلك … لم تتحرك من مواقعها»
  mv("advance", "denied", "Egyptian army", ["سيوة"], ["الجغبوب"]),
 ],
}

NOTES = {
 "al1": ("Alwasat, Zawiya clashes, Cairo dateline. Reported GNA column Tripoli->Al Mayah via Janzour (headline, verb-less, "
         "same move; Zawiya in that sentence is a distance reference); conditional entry into Zawiya given in a quote "
         "inside a quote (headline repeats it); planned company to the Zawiya refinery (passive «يتم نقل»); the Zuwara "
         "military council denies a Zuwara->Zawiya move («ليس هناك أي تحرك») and in the same breath reports units en route "
         "Zuwara->Al Jumayl («في طريقها»; «بين الجميل والعجيلات» is purpose). «لم تتحرك الوحدات المرافقة» has no place. "
         "Displaced families to Surman and Bir al-Ghanam and the colloquial quote («ماشيين … باش يروحوا») are not movements."),
 "al2": ("Libya Al-Ahrar, Gharyan/Mizda, Tripoli dateline. Reported LNA column Ash Shwayrif->Mizda («تم رصد»; headline "
         "and the spokesman's «تم نقل سرية إلى مزدة» = same move; «جنوب مزدة» after «على بعد» is a distance); reported GNA "
         "reinforcement Gharyan->Al-Asaba («جرى الدفع بـ», same sentence; headline = same); LNA spokesman denies heading to "
         "Gharyan and confirms the Mizda move in one sentence; planned GNA battalion Tripoli->Al-Asaba via Al-Aziziya; "
         "conditional GNA advance on Mizda (nominal «تقدم الوحدات … إلا إذا»; Al-Asaba and Gharyan in the condition are not "
         "movement places). Civilians «ماشيين لغريان» are not a movement."),
 "al3": ("Al-Marsad, Tarhuna tension. Reported GNA (444 Brigade) column Tripoli->Tarhuna via Qasr Bin Ghashir (nominal "
         "«وصول رتل», headline = same) and, in the same sentence, a local group's withdrawal Tarhuna->Garabulli (nominal "
         "«انسحاب»); Bani Walid move to Tarhuna denied («عار عن الصحة», «ليس هناك أي تحرك»; headline speaker «وبني وليد:»); "
         "conditional Misrata forces Misrata->Tarhuna («لن تتحرك … إلا بطلب»; first Misrata is the speaker's place); planned "
         "continuation to Msallata in Libyan colloquial («باش يكمل غدوة لمسلاتة»). «بين ترهونة وبني وليد» is purpose."),
 "al4": ("Libya Observer, Sharara oilfield closure, Tripoli dateline. Reported LNA (Tariq bin Ziyad brigade) Sabha->Sharara "
         "via Ubari (headline verb-less = same); reported part of it Sharara->Al-Awaynat (western, near Ghat; «يجري تحريكه»); "
         "denied further advance to Ghat («لن يتقدم», headline «لا نية للتقدم»); conditional airlift Sabha airport->Ghat "
         "airport (إذا); Petroleum Facilities Guard withdrawal from Sharara denied («لا صحة», «لم تتحرك»). The protesters' "
         "home towns, the enumeration «لسبها وأوباري ولغات» (fuel quotas), the mayors of the municipalities and «ماشيين في "
         "اعتصامنا» are not movements."),
 "al5": ("Al-Ain News, Benghazi dateline «بتوقيت أبوظبي». Reported LNA reinforcement Tobruk->Jaghbub («تم الدفع بـ»; headline "
         "and «انطلقت … وبلغت» = same move); planned company to the border with Egypt («على أن تنتقل»); reported LNA "
         "redeploy Ajdabiya->Brega port (headline «يعيد انتشاره في البريقة» = same; verbal nouns «سحب … ونقلها»); "
         "conditional reinforcement Benghazi->Ajdabiya (إذا ما); Egyptian army crossing Siwa->Jaghbub denied («لا صحة», "
         "«لم تتحرك»). LNA presence in Kufra and south-eastern Al-Uwaynat (static) and date caravans Siwa->Jaghbub are not "
         "movements."),
}

# Read by tests/golden/sample_tools.py check (values from this sample's former src/check.py).
WORDS = (230, 300)  # words per record
MOVEMENT_COUNT = (3, 5)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 3  # distinct statuses in every record
SAMPLE_MIN_STATUS = 4  # each status at least this often over the sample
BAR_IN_TEXT = True  # the text has a literal "|" (e.g. «عاجل |»): no "|" residue test, which the former check.py did not do
