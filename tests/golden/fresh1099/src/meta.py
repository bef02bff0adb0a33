# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# G* = gazetteer row reused under another label/spelling/kind (listed in the README). No row here is own knowledge.
P = {
 # countries
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                              # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                              # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                  # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                   # G
 # Algeria (Illizi province, Debdeb)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                   # G* (row kind village; a town)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                   # G (town row, not the province)
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                   # G
 # Libya, west (Jebel Nafusa, Ghadames, Derj, Hamada)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                    # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                  # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                                # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                      # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                               # G
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),       # G
 "daraj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                    # G (row درج)
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                          # G
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                             # G (district row; used as an area)
 "tri_ly_dz_tn": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libya side)"),  # G* (row الحدود الليبية الجزائرية)
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),      # G
 # Libya, Fezzan (Wadi al-Hayat, Wadi al-Shati, Ubari, Ghat)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                    # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                        # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                      # G
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                   # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                    # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                          # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                    # G (also written اوباري)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),               # G (also written الشرارة)
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                     # G (also written الفيل)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                             # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                      # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                   # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),              # G
 "tri_ly_dz_ne": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G (row المثلث الحدودي)
 # Libya, Murzuq basin and the south-east of Fezzan
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                  # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq Municipality"),            # G* (town row; بلدية مرزق)
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                             # G (also written تمسّة)
 "wau_kabir": ("village", "LY", 25.35000, 16.72000, "Wau al-Kabir"),                      # G* (row الواو الكبير, written واو الكبير)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                       # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                               # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),              # G
}

TRAPS = {
 "qpj1": ["نيوزويك العربية", "اللواء 73 مشاة", "حرس المنشآت النفطية", "المجلس الاجتماعي للطوارق", "الشرارة الأولى",
          "بلاغات", "إدريس الحضيري"],
 "qpj2": ["الساعة", "المنطقة العسكرية الغربية", "سالم الزنتاني", "إذاعة غدامس المحلية", "المدرج", "بدرجة",
          "الجزائري", "دورية جزائرية"],
 "qpj3": ["مركز الدراسات التباوية", "سرية شهداء تمسّة", "الكتيبة 116", "سليمان المرزقاوي", "تشاديين"],
 "qpj4": ["قناة الهداية", "رجال على الثغور", "حرس الحدود", "حامد الغاتي", "لغات", "الجزائري",
          "جندي جزائري", "الهلال الأحمر الليبي"],
 "qpj5": ["تماشق بلا حدود", "حرس المنشآت النفطية", "إذاعة اوباري المحلية", "اللواء 73", "المؤسسة الوطنية للنفط"],
}

PHEN = {
 "qpj1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "ambiguity_idri",
          "coverage_bases", "coverage_oil"],
 "qpj2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "qpj3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "qpj4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qpj5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "coverage_oil"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qpj1": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["أوباري", "حقل الشرارة"], ["جرمة", "الغريفة"]),
  mv("deploy", "planned", "Libyan National Army", [], ["العوينات"]),
  mv("withdraw", "denied", "Libyan National Army", ["حقل الفيل"], []),
  mv("withdraw", "conditional", "Libyan National Army", ["أوباري"], []),
  mv("shipment", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["وادي الحياة"], ["إدري"]),
 ],
 "qpj2": [
  mv("reinforce", "reported", "GNA forces", ["الزنتان"], ["غدامس"], ["درج"]),
  mv("redeploy", "reported", "GNA forces", ["درج"], ["نالوت"]),
  mv("airlift", "planned", "GNA forces", ["قاعدة الوطية"], ["مطار غدامس"]),
  mv("advance", "denied", "Algerian army", ["الدبداب"], ["غدامس"]),
  mv("advance", "conditional", "GNA forces", [], ["الشويرف"]),
 ],
 "qpj3": [
  mv("deploy", "reported", None, ["مرزق"], ["تمسّة"]),
  mv("advance", "reported", None, ["تمسّة"], ["واو الكبير"]),
  mv("redeploy", "planned", None, ["تمسة"], ["أم الأرانب"]),
  mv("withdraw", "conditional", None, ["تمسة"], []),
  mv("advance", "denied", "Chadian armed groups", [], ["القطرون"], ["منفذ التوم"]),
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["مرزق"]),
 ],
 "qpj4": [
  mv("reinforce", "reported", "Libyan National Army", ["غات"], ["منفذ إيسين"]),
  mv("deploy", "planned", "Libyan National Army", ["العوينات"], ["المثلث الحدودي"]),
  mv("advance", "denied", "Algerian army", ["جانت"], ["منفذ إيسين"]),
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت"]),
  mv("withdraw", "conditional", "Libyan National Army", ["منفذ إيسين"], []),
 ],
 "qpj5": [
  mv("reinforce", "reported", None, ["اوباري"], ["حقل الشرارة"]),
  mv("reinforce", "planned", None, ["الشرارة"], ["حقل الفيل"]),
  mv("advance", "denied", "Libyan National Army", ["أوباري"], ["الشرارة"]),
  mv("mobilise", "reported", None, [], ["العوينات"]),
  mv("withdraw", "conditional", None, ["الشرارة"], ["اوباري"]),
 ],
}

NOTES = {
 "qpj1": "Pan-Arab magazine (Newsweek Arabic) Q&A with an LNA brigade commander in Ubari: two battalions Sabha→Ubari via "
         "Germa and Al-Ghurayfah with a company placed around the Sharara field (reinforce), a planned armoured company "
         "for Al-Awaynat (Ghat only named as the road's goal and the notables' town), a denied pull-out from the El Feel "
         "field (claim in the question, denial in the answer; the field also written الفيل), a conditional pull-out from "
         "Ubari (headline repeats it) and fuel-and-ammunition trucks Brak air base→Wadi al-Hayat via Idri (shipment); "
         "civilian trade convoys Ubari→Sabha and the 2014-2015 fighting are not moves; «الشرارة الأولى» (the first "
         "spark) holds الشرارة, «بلاغات» holds غات, «إدريس الحضيري» holds إدري.",
 "qpj2": "Libyan weekly (Assa'a, Tripoli) Q&A with the GNU Western Military Zone commander in Nalut: two companies "
         "Zintan→Ghadames via Derj (reinforce), a support company Derj→Nalut (redeploy), a planned military cargo flight "
         "Al-Watiya base→Ghadames airport (airlift), the denied Algerian patrol Debdeb→Ghadames and a conditional advance "
         "on Ash Shwayrif; the commander's tour (Derj, Ghadames, the Tunisia-Algeria triangle), posts on the border with "
         "Algeria, Tripoli as the fuel convoys' origin and as government («طرابلس لم تطلب»), and the April 2019 columns "
         "Jufra→Gharyan (background) are not movement places; «سالم الزنتاني» holds الزنتان, «المدرج»/«بدرجة» hold درج, "
         "«إذاعة غدامس المحلية» holds غدامس.",
 "qpj3": "Tebu community site (Tebu Studies Center, tebu.ly) Q&A with a local force leader: thirty armed vehicles "
         "Murzuq→Tmassah (written تمسّة; deploy) and a group on Tmassah→Wau al-Kabir (advance), a planned company "
         "Tmassah→Umm al-Aranib, a conditional withdrawal from Tmassah, a denied entry of Chadian gunmen via the Toummo "
         "crossing to Al-Qatrun (question's claim, answer's denial) and LNA battalion 116 reinforcements Sabha→Murzuq; "
         "displaced families back Umm al-Aranib→Murzuq on municipal buses are civilian; Niger and Chad are only named as "
         "open borders; the force name «سرية شهداء تمسّة» and the person «سليمان المرزقاوي» hold place names.",
 "qpj4": "Libyan TV site (Al-Hidaya channel's Ramadan series «رجال على الثغور») Q&A with the Border Guards' Ghat sector "
         "commander (LNA): a company Ghat→Isayen crossing (reinforce), a planned desert patrol Al-Awaynat→the "
         "Libya-Algeria-Niger triangle, the denied Algerian crossing Djanet→Isayen, Algerian army reinforcements "
         "Illizi→Djanet (reported by the Libyan officer) and a conditional withdrawal from the crossing; the road to "
         "Djanet, Ghat airport (the venue) and the Red Crescent Ramadan convoy Sabha→Ghat are not movements; «حامد "
         "الغاتي» and «لغات» hold غات, «الجزائري» holds الجزائر.",
 "qpj5": "Tuareg news page (Tamasheq Without Borders) Q&A with a Petroleum Facilities Guard officer: 120 guards "
         "Ubari (written اوباري)→Sharara field (reinforce), a planned company Sharara→El Feel field, the LNA column "
         "Ubari→Sharara denied (claim in the question), unknown gunmen massing around Al-Awaynat (mobilise) and a "
         "conditional return Sharara→Ubari; the workers' buses Ubari→the field are civilian, Tripoli is where pages "
         "wrote, Sharara as El Feel's distance reference and El Feel's exports through Mellitah are not moves; «إذاعة "
         "اوباري المحلية» holds اوباري.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qpj1", "qpj2", "qpj3", "qpj4", "qpj5")
