# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                                # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                              # G
 "germany": ("country", "DE", 51.08509, 10.48110, "Germany"),                            # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                              # G* (row روسيا, written الاتحاد الروسي)
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 # Libya, west and centre
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),              # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                   # G
 "souq_juma": ("town", "LY", 32.88300, 13.23300, "Souq al-Juma"),                        # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                               # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),              # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G (row أبوقرين, written أبو قرين)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "jufra_dist": ("district", "LY", 29.12684, 15.94772, "Al Jufra (area)"),                # G* (README rule: point near Hun; row هون)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),             # G
 # Libya, east
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),            # G
 "gernada": ("town", "LY", 32.73174, 21.90350, "Qirnadah (Gernada)"),                    # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),                # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                     # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                # G
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                # G
 # Syria and Turkey
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                             # G
 "azaz": ("town", "SY", 36.58330, 37.05000, "Azaz"),                                     # G
 "afrin": ("town", "SY", 36.50833, 36.86944, "Afrin"),                                   # G
 "bab_salama": ("crossing", "SY", 36.63440, 37.08580, "Bab al-Salama border crossing"),  # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                     # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                 # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                 # G
 "gaziantep_airport": ("airport", "TR", 36.94720, 37.47870, "Gaziantep Airport"),        # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                 # G
 # elsewhere
 "new_york": ("city", "US", 40.71427, -74.00597, "New York City"),                       # G
 "the_hague": ("city", "NL", 52.07667, 4.29861, "The Hague"),                            # G
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                     # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "jebel_ali": ("crossing", "AE", 25.01130, 55.06120, "Port of Jebel Ali"),               # G
 # Algeria
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "illizi_town": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                             # G
 "illizi_dist": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                  # G (row kind village)
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                        # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "border_dz_ly": ("region", "DZ", 25.0, 9.6, "Algeria-Libya border (Algeria side)"),     # K
}

TRAPS = {
 "qpc1": ["سوريون من أجل الحقيقة والعدالة", "عكس السير", "الجيش الوطني السوري", "فرقة السلطان مراد", "فرقة الحمزات",
          "وزارة الدفاع التركية", "سورياً", "سورية", "السوريين", "الليبية", "الروسية"],
 "qpc2": ["مغرب القانون", "نظام روما الأساسي", "أسامة المصري نجيم", "اللواء 444 قتال",
          "اللواء طارق بن زياد", "الكانيات", "الجيش الوطني الليبي", "الليبية"],
 "qpc3": ["الحقيقة", "عبد السلام الطبرقي"],
 "qpc4": ["مركز الأمم المتحدة للإعلام", "فيلق أفريقيا", "إيريني", "وزارة الدفاع الروسية", "روسية"],
 "qpc5": ["توالى", "الناحية العسكرية الرابعة", "الجيش الجزائري", "الجيش الوطني الشعبي", "وزارة الدفاع الوطني",
          "جزائري", "لغات", "الليبية", "ليبية"],
}

PHEN = {
 "qpc1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "coverage_bases",
          "coverage_crossings", "countries"],
 "qpc2": ["multiword", "media_trap", "operation_trap", "person_trap", "nisba", "coverage_bases", "countries"],
 "qpc3": ["multiword", "media_trap", "common_word_trap", "person_trap", "coverage_bases", "countries"],
 "qpc4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "coverage_bases",
          "countries"],
 "qpc5": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qpc1": [
  mv("airlift", "reported", "Syrian mercenaries", ["مطار غازي عنتاب"], ["مطار معيتيقة"]),
  mv("redeploy", "reported", "Syrian mercenaries", ["طرابلس"], ["قاعدة الوطية"]),
  mv("withdraw", "planned", "Syrian mercenaries", ["مطار معيتيقة"], ["أعزاز"], ["تركيا", "معبر باب السلامة"]),
  mv("withdraw", "conditional", "Syrian mercenaries", ["ليبيا"], []),
  mv("deploy", "denied", "Syrian mercenaries", [], ["أبو قرين", "سرت"]),
 ],
 "qpc2": [
  mv("mobilise", "reported", "Misrata forces", ["مصراتة"], ["طرابلس"]),
  mv("deploy", "reported", "GNA forces", [], ["سوق الجمعة"]),
  mv("deploy", "planned", "GNA forces", [], ["ترهونة"]),
  mv("withdraw", "conditional", "GNA forces", ["سوق الجمعة"], []),
  mv("deploy", "denied", "Libyan National Army", [], ["سرت"]),
 ],
 "qpc3": [
  mv("shipment", "reported", None, ["ميناء جبل علي"], ["ميناء بنغازي"]),
  mv("deploy", "reported", "Libyan National Army", [], ["ميناء بنغازي"]),
  mv("redeploy", "planned", "Libyan National Army", ["طبرق"], ["بنغازي"]),
  mv("withdraw", "conditional", "Libyan National Army", ["ميناء بنغازي"], []),
  mv("shipment", "denied", "Libyan National Army", ["ميناء بنغازي"], ["قاعدة الجفرة الجوية"]),
 ],
 "qpc4": [
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الخادم", "قاعدة الجفرة الجوية"]),
  mv("naval_landing", "reported", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("redeploy", "planned", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة معطن السارة"]),
  mv("withdraw", "conditional", "Russian forces", ["ليبيا"], []),
  mv("shipment", "denied", None, ["مرسين"], ["ميناء مصراتة"]),
 ],
 "qpc5": [
  mv("shipment", "reported", None, ["غات"], ["جانت"]),
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت"]),
  mv("deploy", "planned", "Algerian army", [], ["الحدود مع ليبيا"]),
  mv("reinforce", "conditional", "Libyan National Army", ["سبها"], ["غات"]),
  mv("advance", "denied", "Algerian army", [], ["منفذ إيسين"]),
 ],
}

NOTES = {
 "qpc1": "Syrian news site (Aks Alser) relaying a Syrians for Truth and Justice report: about 280 Syrian fighters flown "
         "Gaziantep airport→Mitiga airport (reported airlift), part moved overland Tripoli→Al-Watiya base (reported "
         "redeploy), a batch of 150 to be returned Mitiga→Azaz via Turkey and the Bab al-Salama crossing (planned "
         "withdraw), Ankara's conditional withdrawal from Libya (only if Russian forces leave Jufra air base: the base is "
         "inside the condition) and the GNU's denial that any Syrian group was sent to the Abu Qurayn front or Sirte; the "
         "researchers' visits to Azaz and Afrin, the prisoners moved in chains Gernada→Benghazi for a military court and "
         "Damascus/Ankara as governments are not movements or movement places.",
 "qpc2": "Moroccan legal news site (MarocDroit) on the ICC deputy prosecutor's briefing to the Security Council: armed "
         "groups from Misrata massing around Tripoli (reported mobilise), 444 Brigade units deployed in Souq al-Juma "
         "(reported), a GNU police force to be deployed in Tarhuna (planned), the Souq al-Juma units not to be withdrawn "
         "until suspects are handed over (conditional) and the LNA's denial of sending Tariq bin Ziyad men to Sirte; the "
         "suspect surrendered by Germany to The Hague, Njeem flown back to Tripoli by Rome, the investigators' visits and "
         "the Kaniyat's 2020 pull-out from Tarhuna (past background) are not movements; روما inside «نظام روما "
         "الأساسي» and مصر inside «أسامة المصري نجيم» are traps.",
 "qpc3": "Benghazi paper (Al-Haqeeqa «الحقيقة») on the Attorney General's seizure of 42 armoured vehicles: a cargo ship "
         "Jebel Ali port→Benghazi port (reported shipment, owner not named), LNA military police deployed inside Benghazi "
         "port (reported), a battalion to move Tobruk→Benghazi (planned redeploy), the units not to leave the port unless "
         "the prosecution allows (conditional) and the LNA's denial that its units took vehicles Benghazi port→Jufra air "
         "base; the crew moved Benghazi→Tripoli for questioning, investigators going to Jufra, Tripoli as government and "
         "the headline's Jufra are not movement places; «الحقيقة» is both the paper and the common word.",
 "qpc4": "UN Information Centre in Cairo (Arabic) quoting the Libya Panel of Experts' final report: Russian Il-76 flights "
         "Khmeimim base→Al-Khadim and Jufra air bases (reported airlift), a Russian landing ship Tartus→Tobruk port "
         "(reported naval landing), an air-defence system to be moved Jufra air base→Maaten al-Sarra base (planned "
         "redeploy), Russia's conditional stay in Libya (Tripoli and Misrata only in the condition) and Turkey's denial that "
         "a merchant ship carried munitions Mersin→Misrata port; the IRINI tanker diverted to Malta, the panel's visits "
         "to Benghazi and Tripoli and Syria (location of Khmeimim) are not movement places.",
 "qpc5": "Algerian investigative outlet (Twala «توالى») on an arms-smuggling trial at Illizi: weapons driven Ghat→Djanet "
         "on tracks avoiding the Isayen crossing (reported shipment, smugglers, Isayen not via), Algerian army "
         "reinforcements Illizi→Djanet (reported), a planned deployment along the border with Libya (Algeria side), the "
         "LNA's conditional reinforcement Sabha→Ghat (Algeria only in the condition) and Algeria's denial of a patrol "
         "entering Libya near the Isayen crossing; convicts moved Djanet→Tamanrasset, migrants deported Tamanrasset→Niger "
         "and the 2013 In Amenas attackers (past background) are not movements; الجزائر inside «الجزائر العاصمة» and "
         "«الجيش الجزائري», غات inside «لغات».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qpc1", "qpc2", "qpc3", "qpc4", "qpc5")
REQUIRED_ROLES = {"qpc1": ("origins", "via")}
BAR_IN_TEXT = True  # headlines «... | ...» (qpc2, qpc5) carry a literal bar
