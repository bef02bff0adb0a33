# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and capitals
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 # Sirte, Misrata and the Jufra road
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                              # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G (row أبوقرين, written أبو قرين)
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                       # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 # Sabha and the Fezzan
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "sabha_mun": ("district", "LY", 27.03149, 15.06865, "Sabha Municipality"),             # G* (row district:LY-SB, written بلدية سبها)
 "manshiya": ("town", "LY", 27.03766, 14.42832, "Al Manshiya (Sabha)"),                  # G
 "qurda": ("town", "LY", 27.03766, 14.42832, "Al Qurda (Sabha)"),                        # G
 "hajara": ("town", "LY", 27.03766, 14.42832, "Hajara (Sabha)"),                         # G
 "tayouri": ("town", "LY", 27.03766, 14.42832, "Al-Tayouri (Sabha)"),                    # G
 "jadid": ("city", "LY", 27.05000, 14.40000, "Al Jadid (Sabha)"),                        # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G (row قاعدة تمنهنت; also written bare تمنهنت)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                 # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                               # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                   # G
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                            # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                  # G* (row جنوب ليبيا, written الجنوب الليبي)
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libya side)"),  # G* (row الحدود الليبية الجزائرية)
 # Tripoli, the Jebel and the coast
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                 # G
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Harsha"),                              # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                           # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                               # G
 "gharyan_mun": ("district", "LY", 32.17222, 13.02028, "Gharyan Municipality"),          # K
 "kikla": ("town", "LY", 32.08333, 12.70000, "Kikla"),                                   # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabaa"),                              # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "western_mountain": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                 # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G (row منفذ رأس جدير, written معبر راس جدير)
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                   # G
 "nalut_mun": ("district", "LY", 30.45393, 10.78371, "Nalut Municipality"),              # G* (row district:LY-NL, written بلدية نالوت)
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                   # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G (row منفذ وازن, written معبر وازن)
 # Tunisia's south
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G (row بن قردان; also written بنقردان)
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                             # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                 # G
 "south_tunisia": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),               # G* (row جنوب تونس, written الجنوب التونسي)
 "border_tn_ly": ("region", "TN", 32.9, 11.3, "Tunisia-Libya border (Tunisia side)"),   # K
}

TRAPS = {
 "qoe1": ["راديو سرت الثقافي", "طارق بن زياد", "علي السبهاوي", "السرتاويين"],
 "qoe2": ["المكتب الإعلامي لبلدية سبها", "غرفة عمليات الجنوب", "الجيش الوطني الليبي", "تشاديين",
          "الفصل الدراسي الجديد"],
 "qoe3": ["هنا صوتك", "معاذ الغرياني", "ريم الزنتاني", "الزاوية اللي تعجبه", "الساحل"],
 "qoe4": ["البغدادية", "طارق بن زياد", "الجيش الوطني الليبي", "الليبية"],
 "qoe5": ["الشعانبي أف أم", "الجيش الوطني", "الجانب الليبي", "ليبيون", "ليبية", "تونسي", "التونسية"],
}

PHEN = {
 "qoe1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "coverage_bases"],
 "qoe2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "town_vs_district",
          "coverage_bases"],
 "qoe3": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "vague_area", "town_vs_district",
          "ambiguity_tripoli"],
 "qoe4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "coverage_oil", "coverage_neighbours", "countries"],
 "qoe5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase", "town_vs_district",
          "ambiguity_tripoli", "ambiguity_country_capital", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qoe1": [
  mv("reinforce", "reported", "Libyan National Army", ["سرت"], ["سبها"], ["هون"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("mobilise", "denied", "Misrata forces", ["مصراتة"], ["الوشكة"]),
  mv("deploy", "conditional", "Misrata forces", ["مصراتة"], ["أبو قرين"]),
 ],
 "qoe2": [
  mv("withdraw", "reported", "Libyan National Army", ["المنشية", "القرضة"], ["تمنهنت"]),
  mv("deploy", "planned", "Libyan National Army", ["قاعدة تمنهنت"], ["حجارة", "الطيوري"]),
  mv("reinforce", "conditional", "Libyan National Army", ["قاعدة براك الجوية"], ["سبها"]),
  mv("mobilise", "conditional", None, [], ["حجارة"]),
  mv("advance", "denied", "Chadian armed groups", ["أم الأرانب"], ["غدوة"]),
 ],
 "qoe3": [
  mv("deploy", "reported", "Zintan forces", ["الزنتان"], ["الأصابعة"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["غريان"], ["العزيزية"]),
  mv("advance", "denied", "Misrata forces", ["مصراتة"], ["غريان"]),
  mv("withdraw", "conditional", "GNA forces", ["الحرشة"], []),
 ],
 "qoe4": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["أوباري"], ["جرمة"]),
  mv("deploy", "planned", "Libyan National Army", ["أوباري"], ["حقل الشرارة"]),
  mv("withdraw", "conditional", "Libyan National Army", ["أوباري"], ["سبها"]),
  mv("mobilise", "conditional", None, [], ["العوينات"]),
  mv("redeploy", "denied", "Russian forces", ["براك"], ["أوباري"]),
 ],
 "qoe5": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بنقردان"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["معبر راس جدير"], ["زوارة"]),
  mv("reinforce", "conditional", "Tunisian army", [], ["الذهيبة"]),
  mv("mobilise", "denied", "Zintan forces", ["الزنتان"], ["وازن"]),
 ],
}

NOTES = {
 "qoe1": "Sirte local radio (Radio Sirte Al-Thaqafi) on an LNA column through Sirte, told by a truck driver's voice "
         "note («مشوا على طريق هون وقالولنا ماشين لسبها») and confirmed by a Tariq bin Ziyad source: reinforce Sirte→Sabha "
         "via Hun; a planned armoured company Jufra air base→Brak air base; a voice note «جو من مصراتة وركزوا في الوشكة» "
         "denied by a Misrata military-council member («ما فيش حد طلع من البلاد») = mobilise denied; a Misrata commander's "
         "conditional «لو تحرك أي رتل غرب سرت، بنطلعوا من مصراتة ونركزوا في أبو قرين». Not movements: vegetable traders "
         "«جايين من مصراتة ماشيين لسبها» (civilian), Sirte west of which a column might move (condition), the headline, "
         "Wadi al-Shati (purpose), the 2020 background, the teacher's wish for the Sabha road.",
 "qoe2": "Sabha municipality's media office on the council's meeting with neighbourhood elders: «الكتيبة روحت لتمنهنت» "
         "(Battalion 116, LNA, out of Al-Manshiya and Al-Qurda to Tamanhint = withdraw reported), a planned LNA "
         "military-police company Tamanhint base→Hajara and Al-Tayouri, the southern operations room's conditional "
         "reinforcement Brak air base→Sabha, youths' conditional massing in Hajara («لو رجعت الرماية، الشباب بيتلموا في "
         "حجارة», actor null), and Chadian gunmen's entry Umm al-Aranib→Ghuddwa denied by the council and a Ghuddwa "
         "member («ما جاش حد من أم الأرانب»). Not movements: the food convoy Sabha→Murzuq (civilian), the dateline, the "
         "municipality, Al-Jadid (a neighbourhood; «الفصل الدراسي الجديد» is a trap), «سبها للجميع».",
 "qoe3": "Libyan youth platform (Huna Sotak) with four young men and women speaking in dialect: a Zintani student's "
         "«طلعنا من الزنتان العصر ووصلنا الأصابعة» confirmed by the Zintan military council (Zintan forces deploy "
         "reported), a Tripoli recruit's «قالولنا الخميس ماشين لغريان على طريق العزيزية» (GNA forces deploy planned via "
         "Al-Aziziya), a Gharyan activist denying a post «جاي من مصراتة لغريان» (Misrata forces advance denied; the "
         "photographed convoy was a wedding procession back from Kikla), a Zawiya fighter's «ما نطلعوش منها إلا لو جت "
         "قوة رسمية من طرابلس» (withdraw from Al-Harsha conditional; Tripoli only in the condition). «الزاوية اللي تعجبه» "
         "(angle), «الساحل» (the coast) and the surnames الغرياني/الزنتاني are traps.",
 "qoe4": "Pan-Arab-audience satellite channel's site (Al-Baghdadia, Cairo) on WhatsApp voice notes from Ubari: an LNA "
         "reinforcement «جو من سبها الصبح، عدّوا على جرمة الظهر ووصلوا أوباري» confirmed by a Tariq bin Ziyad source "
         "(Sabha→Ubari via Germa), a planned company Ubari→Sharara field, the column's conditional return Ubari→Sabha "
         "(«لن يعود إلى سبها إلا بعد»), a Tuareg elder's conditional «الشباب بيتلموا في العوينات» (actor null) and a denied "
         "Russian move «الروس روحوا من براك وجو لأوباري». Not movements: Ghat (the road that would be closed; location), "
         "the border with Algeria (distance), Murzuq families back from Sabha (civilian), Wadi al-Hayat (protesters), "
         "the Cairo dateline.",
 "qoe5": "Tunisian radio's site (Chaambi FM, its Ben Gardane correspondent) from Ben Gardane (written بن قردان and بنقردان): "
         "Tunisian army reinforcements Medenine→Ben Gardane (reported), a GNU interior-ministry force Tripoli→Ras Ajdir "
         "crossing via Zuwara (planned; retold in dialect by a Zawiya trader «جايين من طرابلس يستلموا البوابة»), the "
         "Tunisian army's conditional reinforcement of Dehiba (the Wazin crossing only in the condition), and a clip "
         "«جو من الزنتان وركزوا في وازن» denied by Nalut's mayor (Zintan forces mobilise denied). Not movements: the "
         "Zuwara force holding the gate and refusing to leave, travellers to Nalut, the border with Libya, southern "
         "Tunisia, Tunis (capital) and Tunisia/Libya (countries).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qoe1", "qoe2", "qoe3", "qoe4", "qoe5")
