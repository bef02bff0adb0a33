# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "dubai": ("city", "AE", 25.07725, 55.30927, "Dubai"),                                  # G
 # Libya: centre (Sirte, Jufra, Misrata front)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                           # G (district row)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G (also written قاعدة الجفرة)
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 # Libya: east (Tobruk, Egyptian border)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "gamal_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),       # G* (row مطار طبرق, icao HLGN)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية, written بنينا)
 "bardia": ("town", "LY", 31.75000, 25.08333, "Bardia"),                                # G
 "amsaad_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "border_ly_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libya side)"),  # G* (row الحدود الليبية المصرية)
 # Libya: south and south-east
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 # Egypt
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                    # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 # Tunisia (Djerid and the south-east)
 "tozeur": ("town", "TN", 33.91968, 8.13352, "Tozeur"),                                 # G
 "nefta": ("town", "TN", 33.8731, 7.8777, "Nefta"),                                     # K
 "tamaghza": ("town", "TN", 34.38849, 7.94313, "Tamaghza"),                             # G
 "djerid": ("region", "TN", 33.90, 8.05, "Djerid"),                                     # K
 "kebili": ("town", "TN", 33.70439, 8.96903, "Kebili"),                                 # G
 "douz": ("town", "TN", 33.46632, 9.02030, "Douz"),                                     # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                      # G (row بن قردان, written بنقردان)
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),      # G* (row منفذ رأس جدير)
 "border_tn_dz": ("region", "TN", 33.61253, 7.73967, "Tunisia-Algeria border (Tunisia side)"),  # G* (row الحدود التونسية الجزائرية)
 "border_tn_ly": ("region", "TN", 32.5, 10.9, "Tunisia-Libya border (Tunisia side)"),   # K
 # Algeria
 "el_oued": ("city", "DZ", 33.35608, 6.86319, "El Oued"),                               # G
 # Chad: Guera, the north (Borkou, Tibesti) and the east (Ouaddai, Wadi Fira, Sila)
 "mongo": ("town", "TD", 12.1837, 18.6930, "Mongo"),                                    # K
 "guera": ("district", "TD", 11.44134, 18.05639, "Guera Province"),                     # G (row قيرا; also written إقليم قيرا)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (row نجامينا, written أنجمينا)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                 # G
 "bardai": ("town", "TD", 21.35468, 17.00158, "Bardai"),                                # G
 "aozou": ("town", "TD", 21.83750, 17.42750, "Aozou"),                                  # G
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abeche"),                                # G
 "ouaddai": ("district", "TD", 13.56770, 21.24132, "Ouaddai Province"),                 # G* (row واداي, written إقليم وداي)
 "guereda": ("town", "TD", 14.51667, 22.08333, "Guereda"),                              # G
 "biltine": ("town", "TD", 14.52727, 20.92603, "Biltine"),                              # G (row بلتن, written بلتين)
 "adre": ("town", "TD", 13.46648, 22.19875, "Adre"),                                    # G
 "goz_beida": ("town", "TD", 12.22643, 21.40983, "Goz Beida"),                          # G (row قوز ألبيض, written قوز بيضا)
 "ounianga": ("town", "TD", 19.05263, 20.48887, "Ounianga Kebir"),                      # G (row أونيانقا كبير, written أونيانغا كبير)
 "border_td_sd": ("region", "TD", 15.25834, 22.83250, "Chad-Sudan border (Chad side)"),  # G* (row الحدود التشادية السودانية)
 # Sudan (Darfur)
 "geneina": ("city", "SD", 13.45262, 22.44725, "Geneina"),                              # G
 "zalingei": ("town", "SD", 12.90918, 23.47058, "Zalingei"),                            # G
}

TRAPS = {
 "qrv1": ["هنا ليبيا", "آر إن دبليو ميديا", "الهولندية", "غرفة عمليات تحرير سرت والجفرة"],
 "qrv2": ["إذاعة الجريد", "الجيش الوطني التونسي", "الجيش الجزائري", "الجزائريين", "سيل الوادي", "الواحات",
          "الليبية", "الليبي"],
 "qrv3": ["إذاعة مونغو المجتمعية", "الجيش الوطني التشادي", "جبهة التناوب والوفاق في تشاد", "محمد إدريس ديبي إتنو",
          "كلام الحلّة", "ناس الحلّة", "الليبية"],
 "qrv4": ["صوت وداي", "الدعم السريع", "الجيش التشادي", "السودانية", "الليبية"],
 "qrv5": ["على باب امساعد", "كيرنينغ كلتشرز", "الجيش المصري", "البحرية المصرية",
          "الرئيس المصري الراحل جمال عبد الناصر", "المرسى", "مصريين", "مصرية", "مصري"],
}

PHEN = {
 "qrv1": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "vague_area",
          "coverage_bases", "coverage_oil"],
 "qrv2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qrv3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "coverage_neighbours"],
 "qrv4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "border_phrase",
          "coverage_neighbours", "countries"],
 "qrv5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qrv1": [
  mv("reinforce", "reported", "Libyan National Army", ["سرت"], ["قاعدة الجفرة الجوية"], ["ودان"]),
  mv("airlift", "reported", "Russian forces", ["بنغازي"], ["قاعدة الجفرة"]),
  mv("advance", "denied", "Libyan National Army", ["الجفرة"], ["أبوقرين", "الوشكة"]),
  mv("deploy", "planned", "Misrata forces", ["مصراتة"], ["الوشكة", "أبوقرين"]),
  mv("advance", "conditional", "Misrata forces", [], ["سرت"]),
 ],
 "qrv2": [
  mv("redeploy", "reported", "Tunisian army", ["توزر"], ["رمادة"], ["قبلي", "دوز"]),
  mv("reinforce", "denied", "Algerian army", ["الوادي"], ["تمغزة"]),
  mv("deploy", "planned", "Tunisian army", [], ["الذهيبة", "معبر رأس جدير"]),
  mv("withdraw", "conditional", "Tunisian army", ["رمادة"], ["توزر"]),
  mv("deploy", "reported", "GNA forces", [], ["رأس جدير"]),
 ],
 "qrv3": [
  mv("reinforce", "reported", "Chadian army", ["فايا لارجو"], ["زوار", "كوري بوقودي"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["أم الأرانب"]),
  mv("advance", "denied", "Chadian army", ["وور"], ["القطرون"]),
  mv("airlift", "planned", "Chadian army", ["أنجمينا"], ["برداي"]),
  mv("advance", "conditional", "Chadian army", [], ["أوزو"]),
 ],
 "qrv4": [
  mv("reinforce", "reported", "Chadian army", ["بلتين"], ["قريدة"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["الجنينة"]),
  mv("advance", "denied", "Chadian army", ["أدري"], ["الجنينة"]),
  mv("redeploy", "planned", "Chadian army", ["أبشي"], ["قوز بيضا"]),
  mv("reinforce", "conditional", "Chadian army", ["أبشي"], ["أدري"]),
 ],
 "qrv5": [
  mv("naval_landing", "denied", "Egyptian army", [], ["البردي", "طبرق"]),
  mv("deploy", "reported", "Libyan National Army", ["طبرق"], ["الجغبوب"]),
  mv("airlift", "conditional", "Libyan National Army", ["بنينا"], ["قاعدة جمال عبد الناصر"]),
  mv("reinforce", "planned", "Egyptian army", ["مرسى مطروح"], ["السلوم", "سيدي براني"]),
  mv("shipment", "reported", None, [], ["ميناء طبرق"]),
 ],
}

NOTES = {
 "qrv1": "Libyan interactive radio programme (Huna Libya, RNW Media) with listeners' WhatsApp voice messages in "
         "Libyan Arabic from Hun, Waddan and Abu Qurayn: LNA reinforcements Sirte→Jufra air base via Waddan "
         "(caller + local source), cargo planes said to bring Russians Benghazi→Jufra base (written قاعدة الجفرة), the "
         "LNA's denied advance from Jufra on Abu Qurayn and Al-Washka, a planned move of Misrata units to Al-Washka and "
         "Abu Qurayn, and their conditional advance on Sirte («إلا لو»; Jufra only in the condition); families leaving "
         "for Misrata (civilian), Tripoli as seat of the chief of staff, the 2020 Wagner background, the Sirte–Hun road "
         "and the operations room name (holds سرت، الجفرة) are not movements or movement places.",
 "qrv2": "Tunisian associative radio (Radio Djerid, Tozeur) phone-in in Tunisian Arabic: a Tunisian army "
         "redeployment Tozeur→Remada via Kebili and Douz (caller + military source), an Algerian reinforcement "
         "El Oued→near Tamaghza claimed by a caller and denied by the defence ministry, a planned deployment to Dehiba "
         "and near the Ras Ajdir crossing, a conditional return Remada→Tozeur («كان كي»; the border with Libya only in "
         "the condition) and Tripoli-government forces deployed at Ras Ajdir; trade trucks Ben Gardane–Libya, young "
         "men working in Libya, «سيل الوادي» (a flood, holds الوادي) and «الواحات» (oases) are not movements or places.",
 "qrv3": "Chadian community radio (Radio Communautaire de Mongo) phone-in in Chadian Arabic from Guera families of "
         "gold miners: Chadian army reinforcements Faya-Largeau→Zouar and Kouri Bougoudi, FACT rebels massing in Umm "
         "al-Aranib (confirmed by the army), the army's denied crossing Wour→Al-Qatrun, a planned airlift N'Djamena→"
         "Bardai and a conditional advance to Aozou; the miners' own trips to Kouri Bougoudi and trucks to Faya are "
         "civilian; Mongo, Guera, Tibesti and Southern Libya are background; the president's name holds إدري.",
 "qrv4": "Chadian radio (La Voix du Ouaddai, Abeche) phone-in in Chadian Arabic: army reinforcements Biltine→Guereda "
         "(caller + military source), RSF massing in Geneina (refugee's testimony), the governor's denial that "
         "Chadian units crossed Adre→Geneina, a planned battalion Abeche→Goz Beida and a conditional reinforcement "
         "Abeche→Adre («لو»); a young man stuck in Kufra (road to Ounianga Kebir closed), food convoys for Zalingei "
         "and N'Djamena as government are not movements or movement places.",
 "qrv5": "Podcast (Kerning Cultures) episode from Tobruk and the Egyptian border with testimonies in eastern Libyan "
         "Arabic: Egyptian troops said to have landed at Bardia, denied by the LNA (naval landing, Bardia and the "
         "Tobruk coast), an LNA column Tobruk→Jaghbub (driver + officer), a conditional LNA airlift Benina→Gamal Abdel "
         "Nasser air base, a planned Egyptian reinforcement Marsa Matruh→Sallum and Sidi Barrani, and military "
         "vehicles unloaded at Tobruk port (shipment, actor null); Dubai (the producer), the Amsaad crossing queue, "
         "Siwa (smuggling, kinship), Derna (2023 flood) and Egypt in the closing quote are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qrv1", "qrv2", "qrv3", "qrv4", "qrv5")
BAR_IN_TEXT = True  # qrv1's headline has a literal "|" after the programme name
