# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # Kufra oasis
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "jawf": ("town", "LY", 24.19890, 23.29093, "Al Jawf (Kufra)"),                         # G* (Kufra row, which lists الجوف)
 "taj": ("town", "LY", 24.20487, 23.28570, "At Taj"),                                   # G
 "qadarfi": ("district", "LY", 24.17, 23.27, "Qadarfi (Kufra neighbourhood)"),          # K
 "hawari": ("village", "LY", 24.31667, 23.16667, "Al Hawwari"),                         # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "buzayma": ("village", "LY", 25.00000, 22.00000, "Buzayma"),                           # G
 "zighan": ("village", "LY", 25.49806, 22.11778, "Az-Zighan"),                          # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 # the road north and the east
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "benghazi_port": ("crossing", "LY", 32.10, 20.05, "Benghazi port"),                     # K
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),      # G
 # the far south-east and the borders
 "maaten": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),              # G
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                            # K
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"), # G* (row مثلث العوينات)
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),               # G* (row جنوب شرق ليبيا)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),             # G* (row الحدود الليبية التشادية)
 "border_sd_side": ("region", "SD", 19.80, 24.60, "Sudan-Libya border (Sudanese side)"),  # K
 # Sudan
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "geneina": ("city", "SD", 13.45262, 22.44725, "Geneina"),                              # G
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                      # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
}

TRAPS = {
 "rf1": ["قورينا", "مفتاح الهواري", "شارع بنغازي", "طارق بن زياد", "إدريس وردكو", "الخمسة"],
 "rf2": ["المنارة", "الأخبار السارة"],
 "rf3": ["الراكوبة", "سودان تربيون", "القوة المشتركة لحركات دارفور", "قوات الدعم السريع", "سودانيون",
         "السودانيين", "السودانية", "الليبيين", "طارق بن زياد"],
 "rf4": ["الراي", "فرج الجوفي", "المحلل الليبي", "طارق بن زياد"],
 "rf5": ["وكالة الأنباء الليبية", "عبد الكريم التازربي", "طارق بن زياد", "إدريس بركة", "غرفة عمليات الجنوب الشرقي"],
}

PHEN = {
 "rf1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "ambiguity_idri",
         "town_vs_district", "border_phrase", "countries", "coverage_neighbours"],
 "rf2": ["clitics", "multiword", "media_trap", "common_word_trap", "ambiguity_tripoli", "vague_area",
         "coverage_bases", "coverage_oil"],
 "rf3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area",
         "border_phrase", "coverage_bases", "countries", "coverage_neighbours"],
 "rf4": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli", "town_vs_district",
         "coverage_bases", "coverage_crossings", "countries", "coverage_neighbours"],
 "rf5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "coverage_oil", "coverage_crossings", "countries"],
}

LNA = "Libyan National Army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "rf1": [
  # «دفعت كتيبة سبل السلام ... بتعزيزات عسكرية من مقرها في الجوف إلى أطراف حي قدرفي»; retold by the spokesman
  mv("reinforce", "reported", LNA, ["الجوف"], ["قدرفي"]),
  # «قررت إرسال سرية من اللواء طارق بن زياد من اجدابيا إلى الكفرة عبر جالو خلال الأيام المقبلة»
  mv("reinforce", "planned", LNA, ["اجدابيا"], ["الكفرة"], ["جالو"]),
  # flashback «قد انسحبت الشهر الماضي من منطقة الهواري إلى قدرفي»
  mv("withdraw", "reported", None, ["الهواري"], ["قدرفي"]),
  # «لن يغادروا مواقعهم قرب مطار الكفرة إلا بعد الإفراج ...»
  mv("withdraw", "conditional", None, ["مطار الكفرة"]),
  # denied «دخول مسلحين تبو إلى المدينة قادمين من تشاد عبر ربيانة»
  mv("advance", "denied", "Chadian armed groups", ["تشاد"], ["الكفرة"], ["ربيانة"]),
 ],
 "rf2": [
  # «وصول سرية من كتيبة سبل السلام إلى المدينة قادمة من الكفرة مروراً ببزيمة»
  mv("deploy", "reported", LNA, ["الكفرة"], ["تازربو"], ["بزيمة"]),
  # flashback «قد نُقلت في يناير الماضي من قاعدة معطن السارة إلى الكفرة»
  mv("redeploy", "reported", LNA, ["قاعدة معطن السارة"], ["الكفرة"]),
  # «من المقرر أن تغادر السرية تازربو عائدة إلى الكفرة في الثالث من مايو»
  mv("withdraw", "planned", LNA, ["تازربو"], ["الكفرة"]),
  # «ستدفع بسرية من الشرطة العسكرية من جالو إلى تازربو في حال تجددت الاحتجاجات»
  mv("reinforce", "conditional", LNA, ["جالو"], ["تازربو"]),
  # denied «حشد مسلحين من أبناء المكوّن في الزيغن»
  mv("mobilise", "denied", None, [], ["الزيغن"]),
 ],
 "rf3": [
  # «سحبت ... جزءاً من دورياتها المنتشرة في جبل العوينات وأعادتها إلى الكفرة» (headline: same move)
  mv("redeploy", "reported", LNA, ["جبل العوينات"], ["الكفرة"]),
  # «تعتزم نشر سرية من اللواء طارق بن زياد في المثلث الحدودي مطلع يوليو»
  mv("deploy", "planned", LNA, [], ["المثلث الحدودي"]),
  # «طائرة عسكرية قد نقلت الأحد ذخائر وعشرات العناصر من قاعدة بنينا الجوية إلى مطار الكفرة» (no force named)
  mv("airlift", "reported", None, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  # reported claim «عبور مقاتلين من وادي هور إلى الكفرة» denied by the Darfur joint force
  mv("advance", "denied", "Sudanese armed groups", ["وادي هور"], ["الكفرة"]),
  # RSF «وحداتها المتمركزة في المالحة لن تتقدم نحو الحدود مع ليبيا إلا إذا ...»
  mv("advance", "conditional", "Sudanese armed groups", ["المالحة"], ["الحدود مع ليبيا"]),
 ],
 "rf4": [
  # the truce text «ينص الاتفاق ... على انسحاب المجموعات المسلحة التابعة للتبو من محيط الهواري إلى داخل حي قدرفي في غضون عشرة أيام»
  mv("withdraw", "planned", None, ["الهواري"], ["قدرفي"]),
  # «نقلت طائرة شحن عسكرية ... من قاعدة بنينا الجوية إلى مطار الكفرة» (headline «جسر جوي ... من بنغازي»: same move)
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  # «تتعهد كتيبة سبل السلام بسحب آلياتها من مرتفعات التاج إلى مقرها في الجوف، شريطة ...»
  mv("withdraw", "conditional", LNA, ["التاج"], ["الجوف"]),
  # denied «إرسال مقاتلين من المدينة [أجدابيا] إلى الكفرة لمساندة أبناء القبيلة»
  mv("reinforce", "denied", None, ["أجدابيا"], ["الكفرة"]),
  # «قافلة إمداد تابعة للقيادة العامة تضم عشرين شاحنة وقود وذخيرة قد وصلت إلى الكفرة قادمة من أجدابيا عبر جالو»
  mv("shipment", "reported", LNA, ["أجدابيا"], ["الكفرة"], ["جالو"]),
 ],
 "rf5": [
  # «ستنسحب من بوابات تازربو باتجاه جالو مطلع ديسمبر المقبل» (headline: same move)
  mv("withdraw", "planned", LNA, ["تازربو"], ["جالو"]),
  # «قافلة من اثنتي عشرة شاحنة تابعة للقيادة العامة، محملة بالذخيرة والوقود، وصلت إلى المدينة ... قادمة من حقل السرير»
  mv("shipment", "reported", LNA, ["حقل السرير"], ["تازربو"]),
  # flashback «وكان مسلحون من التبو قد احتشدوا في الزيغن عقب الحادثة»
  mv("mobilise", "reported", None, [], ["الزيغن"]),
  # «سيعيدون تموضعهم من الزيغن إلى ربيانة إذا سُلّمت البوابات فعلاً ...»
  mv("redeploy", "conditional", None, ["الزيغن"], ["ربيانة"]),
  # denied «انسحاب عناصر الكتيبة من بزيمة»
  mv("withdraw", "denied", LNA, ["بزيمة"]),
 ],
}

NOTES = {
 "rf1": "Qurina-style Kufra report: Subul al-Salam reinforcement Al-Jawf→Qadarfi (reported), a planned Tariq bin Ziyad "
        "company Ajdabiya→Kufra via Jalu, a Tebu pull-back Al-Hawari→Qadarfi told as a flashback, the Tebu youths' "
        "conditional pull-back from near Kufra airport and the mayor's denial of Tebu gunmen entering from Chad via "
        "Rebiana. Traps: the outlet قورينا (Cyrene), the spokesman مفتاح الهواري, شارع بنغازي.",
 "rf2": "Al-Manara-style Tazirbu municipal-election story: a Subul al-Salam company Kufra→Tazirbu via Buzayma "
        "(reported), its January move from Maaten al-Sarra base to Kufra (flashback), its scheduled return Tazirbu→Kufra "
        "(planned), military police Jalu→Tazirbu «في حال» (conditional) and a denied Tebu massing at Az-Zighan. "
        "Common-word trap «الأخبار السارة» beside the gold قاعدة معطن السارة.",
 "rf3": "Al-Rakoba-style Sudanese angle on Kufra: Subul al-Salam patrols Jebel Uweinat→Kufra (reported), an unnamed "
        "military plane Benina air base→Kufra airport (reported, actor null), a planned company for the border triangle, a denied Darfur joint-force crossing Wadi Howar→Kufra and the RSF's conditional "
        "advance Al Malha→the border with Libya (Sudanese side). Refugees, the Geneina refugee and the activists' request "
        "to move families to Ajdabiya are civilian, not movements.",
 "rf4": "Al-Rai-style Cairo-datelined report on a Zuwaya–Tebu truce: the Tebu pull-back Al-Hawari→Qadarfi set by the "
        "agreement (planned), an Il-76 Benina air base→Kufra airport (reported), Subul al-Salam's pull-back Al-Taj→Al-Jawf "
        "«شريطة» (conditional), the Ajdabiya Zuwaya council's denial of sending fighters to Kufra and an LNA supply convoy "
        "Ajdabiya→Kufra via Jalu (reported). Amsaad crossing is context only. Cairo is only the "
        "dateline; Benghazi is the venue of the signing.",
 "rf5": "Al-Dustour-style agency report on Tazirbu's gates: a planned Tariq bin Ziyad pull-out Tazirbu→Jalu, an "
        "ammunition and fuel convoy Sarir field→Tazirbu (reported), the Tebu massing at Az-Zighan (reported flashback), a "
        "conditional Tebu repositioning Az-Zighan→Rebiana and Subul al-Salam's denied withdrawal from Buzayma. «على الطريق المؤدي إلى الكفرة» and «بين الكفرة وتازربو» "
        "are locators, not destinations.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("rf1", "rf2", "rf3", "rf4", "rf5")
