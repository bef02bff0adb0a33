"""Movement extraction on short sentences written for the tests (not the seeds)."""
import pytest

from components.pipeline import extract_text
from components.records import Actor


def _moves(text):
    return extract_text(text, article_id="t", source="t").movements


def _each_one_move(cases):
    """Each text makes one movement, with this status, these origins and these destinations."""
    for text, (status, origins, destinations) in cases.items():
        (move,) = _moves(text)
        assert (move.status, *_brief(move)[2:4]) == (status, origins, destinations), text


def _summary(move):
    return (move.kind, move.status, move.actor.name if move.actor else None,
            [o.text for o in move.origins], [d.text for d in move.destinations], [v.text for v in move.via])


def test_movements_many_destinations_in_one_list():
    (move,) = _moves("أرسل الجيش الليبي تعزيزات إلى سبها وغات وأوباري ومرزق.")
    assert _summary(move) == ("reinforce", "reported", "Libyan National Army", [], ["سبها", "غات", "أوباري", "مرزق"], [])


def test_movements_origin_destination_and_route():
    (move,) = _moves("نقلت تركيا مئات المرتزقة من سوريا إلى طرابلس عبر مصراتة.")
    assert _summary(move)[3:] == (["سوريا"], ["طرابلس"], ["مصراتة"])
    assert move.status == "reported"


def test_movements_denial_attaches_to_its_own_movement():
    moves = _moves("نفى المتحدث باسم الجيش تحرك قوات نحو غدامس، لكن وحدات عسكرية وصلت إلى سبها.")
    assert [(m.status, [d.text for d in m.destinations]) for m in moves] == [
        ("denied", ["غدامس"]), ("reported", ["سبها"])]
    assert moves[0].attributed_to == "المتحدث باسم الجيش"


@pytest.mark.parametrize("text, status", [
    ("ستنسحب القوات من سرت إذا التزم الطرف الآخر بالهدنة.", "conditional"),
    ("تخطط قوات الوفاق للتقدم نحو مدينة سرت.", "planned"),
    ("ستتحرك وحدات الجيش إلى الكفرة الأسبوع المقبل.", "planned"),
    ("لا صحة لما تردد عن وصول تعزيزات عسكرية إلى أوباري.", "denied"),
    ("وصلت أرتال عسكرية إلى مدينة سبها مساء أمس.", "reported"),
])
def test_movements_status(text, status):
    (move,) = _moves(text)
    assert move.status == status


def test_movements_visits_and_aid_are_not_movements():
    assert _moves("وصل وزير الدفاع التركي إلى طرابلس في زيارة رسمية.") == ()
    assert _moves("أرسلت الجزائر مساعدات إنسانية وأدوية عبر جسر جوي إلى جانت.") == ()
    assert _moves("توجه وفد عسكري إلى القاهرة لبحث الأزمة.") == ()


@pytest.mark.parametrize("text, kept", [
    # an envoy's trip, fighting that spreads, the wounded or the dead taken somewhere: no force moves
    ("وعقدت اللجنة العسكرية اجتماعها في سرت بحضور المبعوثة الأممية التي وصلت من طرابلس، بعدما حشدت كتائب مصراتة "
     "آلياتها.", []),
    ("ويخشى الجيش التشادي من انتقال الحرب إلى أبشي.", []),
    ("دفع الجيش بتعزيزات إلى براك، فيما نُقل جريحان إلى مستشفى سبها.", [["براك"]]),
    ("وصلت جثامين الجنود إلى مطار معيتيقة قادمة من بنغازي.", []),
])
def test_movements_an_envoy_spreading_fighting_and_the_wounded_are_not_movements(text, kept):
    assert [[d.text for d in m.destinations] for m in _moves(text)] == kept


def test_movements_withdrawal_from_a_place_is_its_origin():
    (move,) = _moves("انسحبت قوات الوفاق من ترهونة باتجاه طرابلس.")
    assert _summary(move) == ("withdraw", "reported", "GNA forces", ["ترهونة"], ["طرابلس"], [])


def test_movements_forces_of_a_place_are_named_by_it():
    (move,) = _moves("وصلت تعزيزات عسكرية إلى الميليشيات المسلحة في مدينة الزنتان.")
    assert move.actor.name == "Zintan forces"


def test_movements_evidence_is_the_sentence():
    text = "قالت مصادر محلية. وصلت قوات فاغنر إلى قاعدة الجفرة الجوية. وانتهى الاجتماع."
    (move,) = _moves(text)
    assert move.evidence.text == "وصلت قوات فاغنر إلى قاعدة الجفرة الجوية."
    assert text[move.evidence.start:move.evidence.end] == move.evidence.text
    assert move.actor.name == "Wagner Group"
    assert move.destinations[0].place.kind == "base"


def test_movements_date_resolved_against_publication_date():
    article = extract_text("وصلت أرتال عسكرية إلى سبها الخميس الماضي.", article_id="t", source="t", published="2020-06-12")
    (move,) = article.movements
    assert (move.date.text, move.date.value) == ("الخميس الماضي", "2020-06-11")
    assert article.text[move.date.start:move.date.end] == "الخميس الماضي"


def test_movements_date_without_publication_date_keeps_the_words_only():
    (move,) = _moves("انسحبت القوات من سرت أمس.")
    assert (move.date.text, move.date.value) == ("أمس", None)


@pytest.mark.parametrize("text, actor", [
    ("وحذّر آمر كتيبة من الزنتان من أن قواته ستحشد عند بوابة الأصابعة إذا لم تعد المياه.", "كتيبة من الزنتان"),
    ("ووصلت قوات من مصراتة إلى سرت فجر اليوم.", "قوات من مصراتة"),
])
def test_movements_a_unit_from_a_town_with_its_own_forces_is_that_towns(text, actor):
    (move,) = _moves(text)
    assert (move.actor.text, move.actor.name) == (actor, "Zintan forces" if "الزنتان" in actor else "Misrata forces")


def test_movements_a_unit_from_any_other_town_is_not_named_by_it():
    (move,) = _moves("أرسلت حكومة الوحدة الوطنية قوات من طرابلس إلى سرت.")
    assert move.actor.name == "GNA forces"


@pytest.mark.parametrize("text, actor, destination", [
    ("وأعلنت القيادة العامة وصول وحداتها إلى الشويرف، مشيرة إلى أن المسلحين انسحبوا باتجاه وادي الشاطئ.", "المسلحين",
     "وادي الشاطئ"),
    ("قال الجيش الليبي إنه بعد الاشتباكات انسحب مسلحون نحو أوباري.", "مسلحون", "أوباري"),
])
def test_movements_unnamed_gunmen_move_not_the_body_that_reports_it(text, actor, destination):
    move = _moves(text)[-1]
    assert [d.text for d in move.destinations] == [destination]
    assert (move.actor.text, move.actor.name) == (actor, None)


def test_movements_a_headline_told_again_in_the_body_is_one_movement():
    text = ("«القيادة العامة» تدفع بقوة لتأمين الشويرف\n\n"
            "أعلنت القيادة العامة وصول وحدات إلى الشويرف قادمة من براك. ونفت حكومة الوحدة الوطنية تحرك قوات نحو الشويرف.")
    moves = _moves(text)
    assert [(m.status, [o.text for o in m.origins], [d.text for d in m.destinations]) for m in moves] == [
        ("reported", ["براك"], ["الشويرف"]), ("denied", [], ["الشويرف"])]
    assert all(m.evidence.start > text.index("\n") for m in moves)


def test_movements_a_headline_the_body_does_not_repeat_is_kept():
    text = "تعزيزات عسكرية تصل إلى سبها\n\nوقال مصدر إن القوات انسحبت من غدامس أمس."
    assert [[d.text for d in m.destinations] for m in _moves(text)][0] == ["سبها"]


def test_movements_the_short_lines_of_a_web_page_above_its_body_are_headlines_told_again():
    text = ("الرئيسية > أخبار > ليبيا\n\nرتل للجيش يتقدم نحو تمسة بعد جسر جوي إلى سبها\n\n"
            "سبها – قناة الغد | الثلاثاء 28 يوليو 2026\n\nطائرة شحن عسكرية في مطار سبها – أرشيفية\n\n"
            "هبطت ثلاث طائرات شحن تابعة للقيادة العامة في مطار سبها خلال الساعات الماضية تقل عناصر وعتاداً، قبل أن "
            "يتحرك رتل من قوات الجيش الوطني الليبي من سبها شرقاً باتجاه تمسة، مروراً بأم الأرانب وزويلة، وفق ما "
            "أفاد به مراسل «الغد».")
    moves = _moves(text)
    assert [[d.text for d in m.destinations] for m in moves] == [["مطار سبها"], ["تمسة"]]
    assert all(m.evidence.start >= text.index("هبطت") for m in moves)


def test_movements_a_link_to_another_story_neither_takes_nor_gives_the_force_told_of():
    moves = _moves("الجيش يعزز براك\n\nوصل رتل من الجيش الوطني الليبي إلى براك أمس قادماً من سبها، وفق مصادر محلية.\n\n"
                   "اقرأ أيضًا: جسر جوي من قاعدة حميميم إلى الجفرة\n\nاقرأ أيضًا: وصول قوات تونسية إلى بن قردان\n\n"
                   "وستتوجه سرية من براك إلى إدري الأسبوع المقبل.")
    assert [(m.actor.name if m.actor else None, [d.text for d in m.destinations]) for m in moves] == [
        ("Libyan National Army", ["براك"]), (None, ["الجفرة"]), ("Tunisian army", ["بن قردان"]),
        ("Libyan National Army", ["إدري"])]


def test_movements_a_place_that_locates_another_is_not_where_anyone_goes():
    (move,) = _moves("هبطت طائرات شحن عسكرية تركية في قاعدة الوطية القريبة من الحدود مع تونس، قادمة من قاعدة قيصري الجوية.")
    assert _summary(move)[3:5] == (["قيصري"], ["قاعدة الوطية"])
    (move,) = _moves("تمركزت قوات في منطقة قريبة من غدامس.")
    assert [d.text for d in move.destinations] == ["غدامس"]


def test_movements_a_from_marker_that_looks_like_a_verb_does_not_split_the_movement():
    (move,) = _moves("نفى مصدر عسكري مصري عبور وحدات من الجيش المصري الحدود انطلاقاً من سيوة باتجاه الجغبوب.")
    assert _summary(move) == ("deploy", "denied", "Egyptian army", ["سيوة"], ["الجغبوب"], [])


def test_movements_passive_redeployment():
    (move,) = _moves("قال آمر المنطقة إن جزءاً من القوة سيعاد نشره من الجغبوب إلى مرادة إذا تبيّن أن المهربين انتقلوا شرقاً.")
    assert _summary(move)[:2] + _summary(move)[3:5] == ("redeploy", "conditional", ["الجغبوب"], ["مرادة"])


@pytest.mark.parametrize("text, destinations", [
    ("ونقلت «الوسط» عن مصدر مطلع أن عناصر «الفيلق الأفريقي» المتمركزة في قاعدة الجفرة الجوية قد تنتقل إلى سرت "
     "في حال تصاعد التوتر.", [["سرت"]]),  # citing a source; forces stationed somewhere
    ("نقلت تركيا مئات المرتزقة من سوريا إلى طرابلس.", [["طرابلس"]]),
])
def test_movements_reporting_and_stationing_words_are_not_movements(text, destinations):
    assert [[d.text for d in m.destinations] for m in _moves(text)] == destinations


def test_movements_a_headline_naming_only_the_army_is_the_bodys_movement():
    text = "الجيش يدفع بتعزيزات إلى سرت\n\nدفعت القيادة العامة بتعزيزات عسكرية جديدة من بنغازي إلى سرت."
    (move,) = _moves(text)
    assert (move.actor.name, [o.text for o in move.origins]) == ("Libyan National Army", ["بنغازي"])


@pytest.mark.parametrize("text, summary", [
    ("أفادت وسائل إعلام تونسية بأن الجيش التونسي عزز انتشاره في بن قردان وفي ولاية مدنين.",
     ("reinforce", "reported", "Tunisian army", [], ["بن قردان", "ولاية مدنين"], [])),
    ("نقلت مصادر محلية في غدامس أن الجيش الجزائري عزز انتشاره في الدبداب وجانت.",
     ("reinforce", "reported", "Algerian army", [], ["الدبداب", "جانت"], [])),
    ("قال مصدر أمني إن الجيش المصري يعتزم الدفع بوحدات إضافية إلى شرق العوينات.",
     ("deploy", "planned", "Egyptian army", [], ["شرق العوينات"], [])),
])
def test_movements_reinforcing_a_deployment_and_pushing_units(text, summary):
    (move,) = _moves(text)
    assert _summary(move) == summary


def test_movements_four_wheel_drive_is_not_a_push():
    moves = _moves("أفادت مصادر بوصول نحو 40 سيارة رباعية الدفع إلى محيط جبل العوينات، قادمة من إقليم دارفور.")
    assert [[d.text for d in m.destinations] for m in moves] == [["جبل العوينات"]]


@pytest.mark.parametrize("text, summary", [
    ("نفت وزارة الدفاع التونسية تقارير عن توغل دورية عسكرية تونسية داخل الأراضي الليبية قرب منفذ وازن.",
     ("advance", "denied", "Tunisian army", [], ["منفذ وازن"], [])),
    ("قال المجلس إن مقاتليه سيعودون إلى تيبستي في حال وقّعت نجامينا اتفاق سلام.",
     ("withdraw", "conditional", None, [], ["تيبستي"], [])),
    ("أفادت تقارير بأن سفينة الشحن الروسية أفرغت في ميناء طبرق مدرعات قادمة من طرطوس.",
     ("shipment", "reported", "Russian forces", ["طرطوس"], ["ميناء طبرق"], [])),
    ("رصدت مواقع تتبع الطيران رحلات شحن عسكرية روسية من قاعدة حميميم إلى قاعدة معطن السارة.",
     ("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة معطن السارة"], [])),
    ("وتعتزم القيادة العامة نقل الكتيبة 106 من إجدابيا إلى الجغبوب خلال الأسابيع المقبلة.",
     ("deploy", "planned", "Libyan National Army", ["إجدابيا"], ["الجغبوب"], [])),
])
def test_movements_incursions_returns_unloading_and_cargo_flights(text, summary):
    (move,) = _moves(text)
    assert _summary(move) == summary


def test_movements_migrants_arriving_are_not_forces():
    moves = _moves("نشرت اليونان فرقاطتين قبالة طبرق بعد وصول أكثر من ألفي مهاجر إلى جزيرة كريت.")
    assert all(d.text != "كريت" for m in moves for d in m.destinations)


@pytest.mark.parametrize("text, actor", [
    ("نفى مصدر عسكري في الزنتان ما تداولته صفحات بشأن تحرك كتائب المدينة من غريان نحو طرابلس.", "Zintan forces"),
    ("وبحسب مصادر محلية في مصراتة، حشدت كتائب المدينة نحو مئتي آلية في الكلية الجوية.", "Misrata forces"),
    ("نفت مصادر في الزنتان تحرك أرتال من المدينة باتجاه غريان.", "Zintan forces"),
    ("رصد سكان حشداً لآليات تابعة لكتائب مصراتية في القره بوللي.", "Misrata forces"),
    ("انسحبت عناصر «الفيلق الأفريقي» من محيط تينزاواتين نحو كيدال.", "Russian forces"),
])
def test_movements_the_citys_brigades_and_the_africa_corps(text, actor):
    (move,) = _moves(text)
    assert move.actor.name == actor


@pytest.mark.parametrize("text, status", [
    ("وصل رتل إلى أوباري، على أن تنتشر سرية منه الأسبوع المقبل في محيط حقل الشرارة.", ["reported", "planned"]),
    ("وتعتزم القيادة العامة، وفق المصادر ذاتها، نشر نقاط مراقبة ثابتة في تجرهي.", ["planned"]),
    ("تحشيدات في بن جواد وإنزال مرتقب في الزويتينة", ["reported", "planned"]),
])
def test_movements_planned_after_a_proviso_an_attribution_or_before_expected(text, status):
    assert [m.status for m in _moves(text)] == status


def test_movements_a_denial_closing_an_accusation_covers_the_accused_movement_only():
    text = ("وكان الجيش السوداني قد اتهم نجامينا بالسماح بهبوط طائرات شحن محمّلة بالأسلحة في مطار أم جرس، "
            "وهو ما نفته الحكومة التشادية مجدداً.")
    assert [m.status for m in _moves(text)] == ["denied"]
    text = ("تقدمت قوات الدعم السريع نحو المثلث الحدودي، وسيطرت على مواقع القوة المشتركة المتحالفة مع الجيش السوداني، "
            "الذي اتهم قوات ليبية بدعم المهاجمين، وهو ما نفته القيادة العامة.")
    assert [m.status for m in _moves(text)] == ["reported"]


def test_movements_a_headline_naming_a_country_or_region_is_told_again_by_places_in_it():
    text = ("مصادر: روسيا تنقل معدات عسكرية من سوريا إلى شرق ليبيا\n\n"
            "قالت مصادر إن طائرات نقل روسية نقلت منظومات دفاع جوي من قاعدة حميميم إلى قاعدة الخادم الجوية.")
    (move,) = _moves(text)
    assert [d.text for d in move.destinations] == ["قاعدة الخادم الجوية"]


def test_movements_a_bare_army_is_the_one_just_named_and_a_state_body_is_not_a_towns_forces():
    text = ("وصلت قوات حكومة الوحدة الوطنية واللواء 444 قتال إلى غدامس. "
            "من جهتها، أعلنت وزارة الدفاع الجزائرية تعزيز انتشار وحدات الجيش على الحدود مع ليبيا، حيث وصلت كتائب "
            "مدرعة إلى منطقة جانت.")
    assert _moves(text)[-1].actor.name == "Algerian army"
    text = "وأكد مسؤول أن قوة تابعة لرئاسة الأركان في طرابلس انتشرت في الجانب الليبي من رأس جدير قادمة من زوارة."
    assert _moves(text)[0].actor.name == "GNA forces"


def test_movements_denying_participle():
    text = "أعلن الناطق أن الوحدات ستنتشر قرب الحدود، نافياً ما روجته صفحات عن توغل وحدات تونسية باتجاه زلطن."
    assert [m.status for m in _moves(text)][-1] == "denied"


@pytest.mark.parametrize("text, actor, destinations", [
    ("وصلت قافلة عسكرية تابعة لجيش النيجر، مساء السبت، إلى ديركو وبيلما.", ("جيش النيجر", "Nigerien army"),
     ["ديركو", "بيلما"]),
    ("دفعت ميليشيات السودان بتعزيزات إلى الطينة.", ("ميليشيات السودان", "Sudanese armed groups"), ["الطينة"]),
    ("أرسل الجيش الجزائري وحدات إلى جانت، ثم دفع جيش بتعزيزات إلى إليزي.", ("جيش", "Algerian army"), ["إليزي"]),
])
def test_movements_a_force_word_before_a_country_is_its_forces(text, actor, destinations):
    move = _moves(text)[-1]
    assert (move.actor.text, move.actor.name) == actor  # never a nameless actor; the country is not a destination
    assert [d.text for d in move.destinations] == destinations


def test_movements_civilian_cargo_and_leaving_talks_are_not_movements():
    assert _moves("ورست في درنة الأسبوع الماضي سفينة شحن قادمة من طرابلس محمّلة بالإسمنت وحديد التسليح.") == ()
    assert _moves("وانسحب وفد الحكومة من المحادثات في جنيف.") == ()
    shipment = _moves("ورست في ميناء بنغازي سفينة شحن محملة بعربات مدرعة قادمة من الإمارات.")
    assert [d.text for d in shipment[0].destinations] == ["ميناء بنغازي"]  # the port, named in the gazetteer


def test_movements_part_of_the_column_is_a_force():
    (move,) = _moves("وأوضحت المصادر أن جزءاً من الرتل سيتوجه خلال الأيام المقبلة إلى قاعدة معطن السارة وربيانة.")
    assert _summary(move) == ("deploy", "planned", None, [], ["قاعدة معطن السارة", "ربيانة"], [])


@pytest.mark.parametrize("text, actor", [
    ("نفى متحدث باسم فصيل تشادي متمرد دخول مقاتليه إلى هضبة جادو قادمين من تيبستي.", "Chadian armed groups"),
    ("دفعت قيادة الناحية العسكرية الرابعة بتعزيزات جديدة من إليزي نحو جانت.", "Algerian army"),
    ("وقال دبلوماسي مصري في القاهرة إن بلاده قد تدفع بوحدات إضافية إلى منطقة شرق العوينات.", "Egyptian army"),
])
def test_movements_a_faction_by_its_nation_an_algerian_military_region_and_his_country(text, actor):
    (move,) = _moves(text)
    assert move.actor.name == actor


def test_movements_states_leaving_a_bloc_are_not_a_withdrawal_of_forces():
    assert _moves("ويرى مراقبون أن انسحاب مالي والنيجر وبوركينا فاسو من «إيكواس» زاد من هشاشة المنطقة.") == ()
    (move,) = _moves("وأعلنت فرنسا سحب قواتها من مالي والنيجر.")
    assert _summary(move)[:2] == ("withdraw", "reported")


@pytest.mark.parametrize("text, destinations", [
    ("وقال مصدر عسكري إن سريتين ستتمركزان خلال الساعات المقبلة في أم الرزم ومرتوبة.", ["أم الرزم", "مرتوبة"]),
    ("وأضاف أن سرية من اللواء ستتسلم إدارة منفذ إيسين قبل إعادة فتحه المتوقعة في الربيع.", ["منفذ إيسين"]),
    ("وأوضح المصدر أن دوريات ثابتة «ستنتشر اعتباراً من الأسبوع المقبل» على طول الطريق بين السلوم وواحة سيوة.",
     ["السلوم", "واحة سيوة"]),
    ("وقال مصدر إن «سرية من اللواء ستتسلم تأمين مطار بني وليد مطلع الأسبوع المقبل»، ضمن خطة لتأمين الطريق "
     "الذي تعبره شاحنات البضائع.", ["مطار بني وليد"]),
])
def test_movements_stationing_or_taking_over_in_the_future_is_a_planned_deployment(text, destinations):
    (move,) = _moves(text)
    assert (move.kind, move.status, [d.text for d in move.destinations]) == ("deploy", "planned", destinations)


def test_movements_stationing_after_a_movement_is_where_it_ended():
    (move,) = _moves("وصلت إلى زليتن مساء السبت تعزيزات عسكرية قادمة من مصراتة، وتمركزت قرب مطار زليتن.")
    assert [o.text for o in move.origins] == ["مصراتة"]
    assert [d.text for d in move.destinations][0] == "زليتن"
    (move,) = _moves("وقال مصدر إن الرتل تمركز في محيط حقل الشرارة.")  # on its own, a deployment
    assert (move.kind, [d.text for d in move.destinations]) == ("deploy", ["حقل الشرارة"])


def test_movements_on_its_way_to_continues_the_movement():
    (move,) = _moves("أعلن المتحدث أن فرقاً من الهندسة العسكرية ستعبر منفذ امساعد صباح الأربعاء في طريقها إلى طبرق ودرنة.")
    assert _summary(move) == ("deploy", "planned", None, [], ["طبرق", "درنة"], ["منفذ امساعد"])


def test_movements_push_needs_forces_pushed():
    assert _moves("وكانت العلاقات قد تدهورت منذ إسقاط طائرة مسيّرة قرب تين زواتين، وهو ما دفع باماكو إلى استدعاء سفيرها.") == ()
    assert _moves("وحذروا من أن الجنوب الليبي يدفع ثمن الفوضى في دول الساحل.") == ()
    (move,) = _moves("دفعت رئاسة الأركان التابعة لحكومة الوحدة الوطنية، الأحد، بتعزيزات من طرابلس إلى غريان.")
    assert _summary(move)[3:5] == (["طرابلس"], ["غريان"])


def test_movements_a_model_name_is_not_any_and_a_frigate_is_a_force():
    (move,) = _moves("وقالت الوزارة إن طائرة نقل عسكرية من طراز «إيه 400 إم» نقلت، الأربعاء، سرية من القوات الخاصة "
                     "من مدينة قيصري التركية إلى قاعدة الوطية.")
    assert _summary(move)[3:5] == (["قيصري"], ["قاعدة الوطية"])
    (move,) = _moves("أعلنت وزارة الدفاع التركية، الخميس، وصول الفرقاطة «غيديز» إلى سواحل مصراتة قادمة من طرابلس اللبنانية.")
    assert _summary(move)[2:5] == ("Turkish armed forces", ["طرابلس"], ["مصراتة"])
    assert _moves("وحذر من أي تقدم نحو سرت.") == ()


def test_movements_a_command_with_another_nations_adjective_is_that_nations():
    (move,) = _moves("أرسلت القيادة العامة للقوات المسلحة التشادية، يوم الإثنين، رتلاً عسكرياً من برداي إلى فادا.")
    assert move.actor.name == "Chadian army"


def test_movements_a_place_in_the_origin_phrase_is_the_origin():
    (move,) = _moves("دفعت وزارة الدفاع الوطني، منذ ليلة الخميس، بتعزيزات عسكرية من الثكنة الجهوية بتطاوين إلى الذهيبة ورمادة.")
    assert _summary(move)[3:5] == (["تطاوين"], ["الذهيبة", "رمادة"])
    (move,) = _moves("دفع الجيش بتعزيزات إلى المعسكر الجديد بسبها.")
    assert _summary(move)[3:5] == ([], ["سبها"])


def test_movements_in_preparation_for_is_planned_and_a_headline_district_is_told_again_by_its_base():
    text = ("رحلات شحن روسية مكثفة إلى الجفرة\n\n"
            "هبطت تسع طائرات شحن روسية في قاعدة الجفرة الجوية قادمة من قاعدة الخادم. "
            "وأوضحت المصادر أن الشحنات تضم معدات وذخائر، تمهيداً لنقلها جواً من الجفرة إلى باماكو ونيامي.")
    moves = _moves(text)
    assert [(m.status, [d.text for d in m.destinations]) for m in moves] == [
        ("reported", ["قاعدة الجفرة الجوية"]), ("planned", ["باماكو", "نيامي"])]


@pytest.mark.parametrize("text", [
    "نفى جهاز دعم الاستقرار، في بيان، سحب قواته من أبوسليم باتجاه العزيزية.",
    "دفعت رئاسة الأركان العامة بقوة فصل من طرابلس إلى غريان مروراً بالعزيزية.",
    "وحذّر آمر المنطقة العسكرية الوسطى من أن قواته ستتقدم نحو بني وليد إذا تكررت الهجمات.",
])
def test_movements_tripolis_general_staff_zones_and_ssa_are_gna_forces(text):
    (move,) = _moves(text)
    assert move.actor.name == "GNA forces"


def test_movements_a_sentence_without_a_force_inherits_the_last_mover():
    text = ("أرسلت القيادة العامة رتلاً عسكرياً من أجدابيا إلى الكفرة. وتراقب الدعم السريع الوضع قرب الحدود. "
            "وأوضحت المصادر أن جزءاً من الرتل سيتوجه خلال الأيام المقبلة إلى ربيانة.")
    assert [m.actor.name for m in _moves(text)] == ["Libyan National Army", "Libyan National Army"]


@pytest.mark.parametrize("text, actor", [
    ("هبطت طائرات شحن عسكرية روسية في قاعدة الخادم قادمة من حميميم.", "Russian forces"),
    ("وصل رتل من المعارضة التشادية إلى زواركي قادماً من جنوب ليبيا.", "Chadian armed groups"),
])
def test_movements_a_nationality_a_few_words_after_the_force(text, actor):
    (move,) = _moves(text)
    assert move.actor.name == actor


def test_movements_the_brigade_refers_back_to_the_numbered_unit_and_its_owner():
    text = ("دفع «اللواء 128 معزز» التابع للقيادة العامة بتعزيزات عسكرية من سبها إلى براك. "
            "وأفادت المصادر بأن عناصر من المعارضة التشادية انسحبت من محيط إدري باتجاه الحدود مع النيجر. "
            "وقال مصدر في اللواء إن وحدات منه «ستتمركز في إدري اعتباراً من الأسبوع المقبل».")
    assert [(m.status, m.actor.name) for m in _moves(text)] == [
        ("reported", "Libyan National Army"), ("reported", "Chadian armed groups"), ("planned", "Libyan National Army")]


def test_movements_the_same_brigade_is_the_one_named_before():
    text = ("عبرت مجموعة من مقاتلي المعارضة التشادية الحدود انطلاقاً من محيط القطرون متجهة إلى وور. "
            "وقال مصدر في اللواء طارق بن زياد إن المنطقة تحت السيطرة. "
            "وأرسل اللواء نفسه سرايا من سبها إلى تجرهي.")
    assert [(m.actor.text, m.actor.name) for m in _moves(text)] == [
        ("المعارضة التشادية", "Chadian armed groups"), ("اللواء", "Libyan National Army")]


def test_movements_a_bare_army_is_an_army_named_before_not_armed_groups():
    text = ("نفت بلدية الجفرة حشد الجيش الوطني الليبي قواته في ودان. كما نفى البيان نقل مقاتلين سودانيين من قاعدة "
            "الجفرة الجوية إلى الحدود مع تشاد. وحذر المصدر من أن الجيش «سينشر وحداته عند بونجيم إذا تعرضت مواقعه لأي هجوم».")
    assert [(m.status, m.actor.text, m.actor.name) for m in _moves(text)] == [
        ("denied", "الجيش الوطني الليبي", "Libyan National Army"), ("denied", "مقاتلين سودانيين", "Sudanese armed groups"),
        ("conditional", "الجيش", "Libyan National Army")]


def test_movements_a_neighbourhood_noun_between_the_preposition_and_the_place():
    (move,) = _moves("وصلت سرية من اللواء 128 من قاعدة براك الجوية إلى حي الجديد شمال غربي المدينة.")
    assert _brief(move)[2:] == (["قاعدة براك الجوية"], ["الجديد"], [])


def test_movements_where_a_force_was_stationed_is_where_it_moves_from_not_a_move_of_its_own():
    (move,) = _moves("وأضاف البيان أن قوات من مصراتة كانت تتمركز في الوشكة انسحبت إلى مصراتة.")
    assert _brief(move) == ("reported", ("قوات من مصراتة", "Misrata forces"), ["الوشكة"], ["مصراتة"], [])
    (move,) = _moves("مشيراً إلى أن مجموعات من المعارضة التشادية كانت تتمركز قرب منفذ التوم انسحبت الأسبوع الماضي "
                     "عائدة إلى تشاد.")
    assert _brief(move)[1:4] == (("مجموعات من المعارضة التشادية", "Chadian armed groups"), ["منفذ التوم"], ["تشاد"])
    (move,) = _moves("نقلت القيادة العامة وحداتها المرابطة عند سرت إلى قاعدة القرضابية.")
    assert _brief(move)[2:4] == (["سرت"], ["قاعدة القرضابية"])


def test_movements_at_the_gates_of_towns_is_where_forces_go():
    (move,) = _moves("وأعادت القيادة العامة نشر كتيبة كانت متمركزة في اجدابيا على بوابات جالو وأوجلة.")
    assert _brief(move)[2:] == (["اجدابيا"], ["جالو", "أوجلة"], [])


def test_movements_the_same_town_as_a_destination_is_where_the_last_movement_went():
    moves = _moves("وصلت إلى ربيانة شحنة وقود وذخيرة أرسلتها القيادة العامة من تازربو، فيما تستعد لإرسال سرية من الكفرة "
                   "إلى البلدة نفسها خلال الشهر الجاري.")
    assert [_brief(m)[2:4] for m in moves] == [(["تازربو"], ["ربيانة"]), (["الكفرة"], ["ربيانة"])]


def test_movements_the_force_that_sent_what_arrives_is_its_actor():
    (move,) = _moves("وصلت إلى ربيانة شحنة وقود وذخيرة أرسلتها القيادة العامة من تازربو.")
    assert _brief(move) == ("reported", ("القيادة العامة", "Libyan National Army"), ["تازربو"], ["ربيانة"], [])


def test_movements_hundreds_of_fighters_in_a_town_after_the_verb_are_what_moves_not_the_town_s_forces():
    (move,) = _moves("أفاد شهود عيان بأن قوات الدعم السريع حشدت مئات المقاتلين في الكفرة.")
    assert _brief(move) == ("reported", ("قوات الدعم السريع", "Sudanese armed groups"), [], ["الكفرة"], [])


def test_movements_a_locator_after_where_in_the_country_the_destination_lies_is_not_a_destination():
    (move,) = _moves("وتخطط القيادة الروسية لنشر فريق من المستشارين في قاعدة معطن السارة جنوب شرقي البلاد، قرب الحدود "
                     "مع تشاد والسودان، مع حلول الربيع المقبل.")
    assert _brief(move) == ("planned", ("القيادة الروسية", "Russian forces"), [], ["قاعدة معطن السارة"], [])


def test_movements_in_the_southern_end_of_a_base_is_where_forces_mass_not_where_they_come_from():
    (move,) = _moves("حشد ما لا يقل عن ستين عربة مدرعة وشاحنة في الطرف الجنوبي من قاعدة تمنهنت الجوية.")
    assert (move.kind, *_brief(move)[2:]) == ("mobilise", [], ["قاعدة تمنهنت الجوية"], [])


def test_movements_the_sender_s_seat_is_no_place_of_the_move_when_it_names_where_forces_set_out_from():
    (move,) = _moves("بعد أن دفعت قيادة الناحية العسكرية الرابعة بورقلة بتعزيزات جديدة من إليزي إلى جانت، شملت وحدات من "
                     "حرس الحدود.")
    assert _brief(move)[2:] == (["إليزي"], ["جانت"], [])


def test_movements_darfuri_factions_are_sudanese_armed_groups():
    (move,) = _moves("قالت مصادر إن مئات المقاتلين المنتمين إلى فصائل دارفورية مسلحة انسحبوا من مناجم الذهب في كوري بوقدي "
                     "إلى محيط بلدة ام الارانب.")
    assert _brief(move) == ("reported", ("فصائل دارفورية", "Sudanese armed groups"), ["كوري بوقدي"], ["ام الارانب"], [])


def test_movements_a_force_that_supports_another_is_not_the_one_that_moves():
    (move,) = _moves("وقال المتحدث باسم الفرقة 19 مشاة إن متحركات من الجيش مدعومة بالقوة المشتركة لحركات دارفور ستتقدم "
                     "خلال الأيام المقبلة من الدبة نحو الكفرة.")
    assert _brief(move)[:3] == ("planned", ("الجيش", None), ["الدبة"])


def test_movements_the_plateau_is_the_last_place_called_a_plateau():
    moves = _moves("دفع الجيش النيجري بوحدات برية من ديركو نحو هضبة جادو، في عملية تستهدف مسلحين تشاديين فرّوا من مناجم "
                   "كوري بوغودي إلى الهضبة بعد الهجوم.")
    assert [_brief(m)[1:4] for m in moves] == [
        (("الجيش النيجري", "Nigerien army"), ["ديركو"], ["هضبة جادو"]),
        (("مسلحين تشاديين", "Chadian armed groups"), ["كوري بوغودي"], ["هضبة جادو"])]


def test_movements_stationed_in_the_nominative_is_where_forces_set_out_from():
    (move,) = _moves("وقال المصدر إن الجنود المتمركزون في سبها انسحبوا إلى براك.")
    assert _brief(move)[2:] == (["سبها"], ["براك"], [])


def test_movements_a_force_named_in_a_relative_clause_about_another_is_not_the_mover():
    (move,) = _moves("أعلنت اللجنة العسكرية أن دفعة ثانية من المرتزقة السوريين الذين استقدمتهم تركيا خلال حرب 2019 غادرت "
                     "الأراضي الليبية على متن طائرتين أقلعتا من مطار مصراتة باتجاه إسطنبول.")
    assert _brief(move) == ("reported", ("المرتزقة السوريين", "Syrian mercenaries"), ["مطار مصراتة"], ["إسطنبول"], [])


def test_movements_on_the_fringes_of_a_place_is_where_forces_go():
    (move,) = _moves("وأضاف المصدر أن القيادة العامة تعتزم نشر سرية إضافية في محيط الجغبوب وعلى تخوم بحر الرمال الأعظم قبل "
                     "نهاية الشهر.")
    assert _brief(move)[2:] == ([], ["الجغبوب", "بحر الرمال الأعظم"], [])


def test_movements_a_unit_that_is_one_of_a_force_s_battalions_is_that_force_s():
    (move,) = _moves("انتشرت وحدات من الكتيبة 302، إحدى كتائب الجيش الوطني الليبي، صباح الأحد، في مدينتي شحات وسوسة، بعد "
                     "أن انطلقت من معسكرها في البيضاء، ضمن خطة لتأمين مدن الجبل الأخضر.")
    assert _brief(move) == ("reported", ("الكتيبة 302", "Libyan National Army"), ["البيضاء"], ["شحات", "سوسة"], [])


def test_movements_the_capital_alone_is_the_last_capital_named_and_a_which_clause_is_not_the_movement_s():
    (move,) = _moves("وفي طرابلس، أعلن رئيس الأركان العامة بحكومة الوحدة الوطنية تشكيل قوة فصل محايدة قال إنها «ستنطلق من "
                     "العاصمة نحو أوباري عبر الشويرف خلال أسبوع»، وهو ما قابلته القيادة العامة في بنغازي بالرفض.")
    assert _brief(move)[2:] == (["طرابلس"], ["أوباري"], ["الشويرف"])
    assert move.origins[0].start == 4  # the capital named before, not a guess
    (move,) = _moves("قال مصدر إن الكتيبة ستنطلق من العاصمة نحو أوباري.")
    assert _brief(move)[2:4] == ([], ["أوباري"])  # no capital named: none guessed


def test_movements_where_two_battalions_were_stationed_is_where_they_came_back_from():
    (move,) = _moves("عادت إلى مصراتة، مساء الأربعاء، كتيبتان من القوة المشتركة كانتا تتمركزان في ترهونة منذ أكثر من عام.")
    assert _brief(move)[2:4] == (["ترهونة"], ["مصراتة"])


def test_movements_a_column_of_the_brigade_written_with_li_is_the_brigade_s():
    (move,) = _moves("وصل رتل عسكري تابع للواء طارق بن زياد المعزز، مساء الأحد، إلى غات قادما من سبها.")
    assert _brief(move) == ("reported", ("لواء طارق بن زياد", "Libyan National Army"), ["سبها"], ["غات"], [])


def test_movements_to_the_surroundings_of_the_crossing_and_from_observation_points_near_a_place():
    moves = _moves("نقلت مروحيات عناصر من القوات الخاصة من تمنراست إلى معبر تين الكوم. ثم نقلت مروحيات أخرى عناصر من ورقلة "
                   "إلى محيط المعبر، حيث تمركزت في نقاط مراقبة.")
    assert [_brief(m)[2:4] for m in moves] == [(["تمنراست"], ["معبر تين الكوم"]), (["ورقلة"], ["معبر تين الكوم"])]
    (move,) = _moves("في المقابل، نفى المصدر ذاته ما تداولته صفحات ليبية بشأن «انسحاب الجيش الجزائري من نقاط المراقبة قرب "
                     "تين الكوم».")
    assert _brief(move)[:4] == ("denied", ("الجيش الجزائري", "Algerian army"), ["تين الكوم"], [])


def test_movements_the_island_a_naval_base_the_gazetteer_lacks_is_on_says_where_it_is():
    (move,) = _moves("وصلت سفينة الإنزال التابعة للبحرية الإيطالية إلى ميناء طرابلس قادمة من قاعدة أوغستا البحرية في صقلية.")
    assert _brief(move)[2:4] == (["أوغستا"], ["ميناء طرابلس"])


def test_movements_the_port_is_the_one_the_article_named():
    moves = _moves("رست سفينة تركية في ميناء مصراتة. وأضافت المصادر أن شاحنات تابعة لقوات حكومة الوحدة الوطنية نقلت من "
                   "الميناء جزءاً من الشحنة، ليل السبت، إلى قاعدة الوطية الجوية غرب البلاد مروراً بطرابلس.")
    assert [_brief(m)[2:] for m in moves] == [
        ([], ["ميناء مصراتة"], []), (["ميناء مصراتة"], ["قاعدة الوطية الجوية"], ["طرابلس"])]


def test_movements_naval_pieces_with_a_nationality_are_that_nation_s_forces():
    (move,) = _moves("نفى مصدر عسكري مصري ما روجته حسابات عن إبحار قطع بحرية مصرية من قاعدة رأس التين البحرية بالإسكندرية "
                     "باتجاه الساحل الغربي الليبي.")
    assert _brief(move)[:3] == ("denied", ("قطع بحرية مصرية", "Egyptian army"), ["قاعدة رأس التين البحرية"])


def test_movements_the_road_passing_by_a_town_is_the_way_forces_came():
    (move,) = _moves("وصلت تعزيزات عسكرية أرسلتها رئاسة الأركان العامة بحكومة الوحدة الوطنية من طرابلس إلى مدينة غريان، "
                     "مساء الجمعة، عبر الطريق المار بالعزيزية.")
    assert _brief(move)[2:] == (["طرابلس"], ["غريان"], ["العزيزية"])


def test_movements_from_the_northern_entrance_of_a_town_is_where_forces_leave():
    (move,) = _moves("وبحسب مسودة اتفاق، ستنسحب الكتيبتان من المدخل الشمالي لغريان إلى معسكراتهما في الأطراف الجنوبية.")
    assert _brief(move)[:4] == ("planned", None, ["غريان"], [])


def test_movements_a_demand_that_forces_leave_is_not_a_movement():
    assert _moves("وجددت الجزائر تمسكها بخروج جميع القوات الأجنبية والمرتزقة من ليبيا.") == ()
    assert _moves("وطالبت البعثة بانسحاب المقاتلين الأجانب من سرت.") == ()


def test_movements_a_count_of_fighters_takes_their_nationality_and_is_not_a_town_s_forces():
    (move,) = _moves("وكانت اللجنة العسكرية المشتركة قد أعلنت، الأحد، من سرت انسحاب نحو 400 مقاتل تشادي من مواقعهم في "
                     "الجفرة باتجاه سبها.")
    assert _brief(move) == ("reported", ("مقاتل تشادي", "Chadian armed groups"), ["الجفرة"], ["سبها"], [])
    (move,) = _moves("في الأثناء، حشدت قوات من مصراتة، بينها الكتيبة 166 للحماية والحراسة، نحو 140 آلية و900 مقاتل في "
                     "منطقة أبوقرين، على بعد 130 كيلومتراً غرب سرت.")
    assert (_brief(move)[1], _brief(move)[3]) == (("قوات من مصراتة", "Misrata forces"), ["أبوقرين"])


def test_movements_the_wounded_taken_to_hospital_and_a_worst_case_are_no_movements():
    assert _moves("أصيب فيه ثلاثة عناصر نُقلوا إلى مستشفى مصراتة المركزي في شارع طرابلس.") == ()
    assert _moves("أو، في أسوأ الاحتمالات، أن تجد مصر نفسها مضطرة إلى الدفع بقوات نحو سرت والجفرة.") == ()


def test_movements_a_town_crossed_before_arriving_is_passed_through():
    (move,) = _moves("وعلى الأرض، نشرت القيادة العامة يوم الأحد كتيبة من سبها في القطرون بعد أن عبرت مرزق، في خطوة قال "
                     "مصدر عسكري إنها تهدف إلى سد الطريق.")
    assert _brief(move)[2:] == (["سبها"], ["القطرون"], ["مرزق"])


def test_movements_a_capital_before_a_verb_of_saying_is_where_someone_speaks():
    assert _moves("وفي القاهرة، قال مصدر مصري مطلع إن الدولة المصرية تتابع عن كثب ترتيبات الانسحاب.") == ()
    (move,) = _moves("وفي أثينا، أعلنت الحكومة إرسال فرقاطتين إلى المياه الواقعة جنوب جزيرة كريت.")
    assert _brief(move)[2:] == ([], ["كريت"], [])  # not Athens
    (move,) = _moves("وفي مرزق، أفاد سكان بأن قوة تمركزت عند المدخل الشرقي.")
    assert _brief(move)[2:4] == ([], ["مرزق"])  # not a capital: where it happens


def test_movements_after_sailing_from_a_port_and_no_comment_from_a_capital():
    (move,) = _moves("أفاد شهود عيان بأن سفينة تقل نحو مئتي عنصر من القوة المشتركة مصراتة رست، مساء أمس، في ميناء طرابلس "
                     "وأنزلتهم بعد إبحارها من ميناء مصراتة.")
    assert _brief(move)[2:4] == (["ميناء مصراتة"], ["ميناء طرابلس"])
    (move,) = _moves("أفادت مصادر ملاحية بأن سفينة شحن قادمة من مرسين التركية أفرغت، مساء أمس، شحنة من المدرعات لفائدة "
                     "القوات التركية في ميناء الخمس، دون تعليق رسمي من أنقرة.")
    assert _brief(move)[2:4] == (["مرسين"], ["ميناء الخمس"])


def test_movements_a_claim_in_an_interviewer_s_question_denied_in_the_answer_is_one_denied_movement():
    (move,) = _moves("صفحات محلية تحدثت عن انسحاب كتيبتكم من تازربو. ما ردكم؟\n- هذا كلام عارٍ عن الصحة. لم نسحب جندياً "
                     "واحداً من تازربو، وكتيبتنا هناك في مواقعها منذ 2024.")
    assert _brief(move)[:4] == ("denied", None, ["تازربو"], [])


def test_movements_a_brigade_in_a_named_force_is_that_force_s():
    (move,) = _moves("وصلت إلى سرت، الأحد، كتيبة مشاة تابعة للواء 128 في الجيش الوطني الليبي قادمة من إدري في الجنوب الليبي.")
    assert _brief(move) == ("reported", ("لواء 128", "Libyan National Army"), ["إدري"], ["سرت"], [])


def test_movements_brigades_belonging_to_a_town_with_forces_of_its_own_are_those_forces():
    (move,) = _moves("رصدت مصادر ليبية متطابقة، خلال الساعات الماضية، حشوداً لكتائب تابعة لمدينة مصراتة في منطقتي ابوقرين "
                     "والوشكة غرب سرت.")
    assert _brief(move) == ("reported", ("كتائب تابعة لمدينة مصراتة", "Misrata forces"), [], ["ابوقرين", "الوشكة"], [])
    (move,) = _moves("وصلت كتائب تابعة لمصراتة إلى أبوقرين.")
    assert _brief(move)[1] == ("كتائب تابعة لمصراتة", "Misrata forces")


def test_movements_moves_named_again_and_the_authorities_coordinated_with_are_no_movements():
    (move,) = _moves("عزّزنا وحداتنا المرابطة في بنقردان بفوج مشاة ميكانيكي قدِم من قابس مروراً بمدنين، ووصل في أقل من عشر "
                     "ساعات بالتنسيق مع السلط الجهوية في ولاية مدنين.")
    assert _brief(move)[2:] == (["قابس"], ["بنقردان"], ["مدنين"])
    (move,) = _moves("فقد دفعت القوات المسلحة المصرية، خلال الأسبوعين الماضيين، بتعزيزات من مرسى مطروح إلى السلوم مروراً "
                     "بسيدي براني، وهي تحركات رصدها سكان محافظة مطروح على الطريق الساحلي.")
    assert _brief(move)[2:] == (["مرسى مطروح"], ["السلوم"], ["سيدي براني"])


def test_movements_a_town_crossed_on_the_way_told_with_and_is_passed_through():
    (move,) = _moves("وفي اليوم نفسه تحركت كتيبة مدفعية كانت متمركزة في توكرة جنوباً نحو قمينس، وعبرت بنغازي من طريقها "
                     "الدائري، إذ شاهد سكان رتلها قرب شارع دبي.")
    assert _brief(move)[2:] == (["توكرة"], ["قمينس"], ["بنغازي"])


def test_movements_the_place_a_correction_says_was_wrong_is_no_place_of_the_move():
    (move,) = _moves("09:50 — تصحيح: الطائرتان هبطتا في قاعدة تمنهنت وليس في مطار سبها كما ورد في تحديث سابق، بحسب مصدر "
                     "عسكري.")
    assert _brief(move)[2:] == ([], ["قاعدة تمنهنت"], [])


def test_movements_a_nationality_inside_a_force_s_name_does_not_name_a_bare_army():
    (move,) = _moves("وصلت قوة من الجيش الوطني الليبي إلى سبها. وزعمت صفحات مقربة من المعارضة التشادية أن الجيش سحب وحداته "
                     "من قاعدة الويغ شمالاً نحو القطرون.")[1:]
    assert _brief(move)[1] == ("الجيش", "Libyan National Army")


def test_movements_entirely_without_truth_denies():
    (move,) = _moves("وقال المتحدث العسكري إن «ما يتم تداوله عن دفع وحدات من القوات المسلحة إلى منطقة الجفرة عارٍ تماماً من "
                     "الصحة».")
    assert _brief(move)[0] == "denied"


def test_movements_an_anchor_handing_over_and_a_report_passed_around_then_denied():
    assert _moves("ننتقل إلى الجانب الآخر من الحدود، ومعنا من طبرق مراسلنا سالم بوخطوة.") == ()
    (move,) = _moves("وتناقلت صفحات خبر إنزال بحري لقوات من مصراتة على شاطئ أبو كماش. ونفت وزارة الداخلية الليبية أي "
                     "إنزال في أبو كماش.")
    assert _brief(move)[0] == "denied"


def test_movements_deportees_and_smuggled_fuel_are_no_movement_of_forces():
    assert _moves("بينما يصل يومياً مرحّلون من الجزائر عبر معبر أساماكا.") == ()
    assert _moves("ويتحدث زوار السوق عن أسعار وقود مهرّب من ليبيا تضاعفت في أيام.") == ()


def test_movements_the_named_force_on_board_is_the_one_that_moves():
    (move,) = _moves("منذ الظهر هبطت في قاعدة تمنهنت الجوية ثلاث طائرات شحن عسكرية قادمة من قاعدة بنينا، على متنها عناصر من "
                     "اللواء طارق بن زياد وذخائر.")
    assert _brief(move)[1:4] == (("اللواء طارق بن زياد", "Libyan National Army"), ["قاعدة بنينا"], ["قاعدة تمنهنت الجوية"])


def test_movements_its_brigades_from_a_town_with_forces_of_its_own_are_those_forces():
    (move,) = _moves("وأعلنت القوة المشتركة أنها تعتزم حشد كتائبها من مصراتة في ابوقرين خلال الأيام المقبلة.")
    assert _brief(move) == ("planned", ("كتائبها من مصراتة", "Misrata forces"), ["مصراتة"], ["ابوقرين"], [])


def test_movements_the_frame_a_move_is_told_in_names_no_destination():
    (move,) = _moves("وصلت، فجر السبت، دفعة جديدة من وحدات الجيش الوطني إلى جرجيس قادمة من قابس، في إطار رفع درجة اليقظة "
                     "على الحدود مع ليبيا.")
    assert _brief(move)[2:4] == (["قابس"], ["جرجيس"])


def test_movements_forces_are_named_without_the_preposition_they_follow():
    assert _brief(_moves("ونقلت مصادر أن رتلا لقوات من الزنتان وصل إلى غريان.")[0])[1] == ("قوات من الزنتان",
                                                                                       "Zintan forces")
    assert _brief(_moves("قال شهود إن رتلاً تابعاً للقوات من مصراتة وصل إلى سرت أمس.")[0])[1] == (
        "القوات من مصراتة", "Misrata forces")  # ل's alif given back
    assert _brief(_moves("عُزّز معبر الذهيبة بوحدات من الجيش التونسي نُقلت من تطاوين.")[0])[1] == (
        "وحدات من الجيش التونسي", "Tunisian army")


def test_movements_a_nationality_after_the_noun_of_a_movement_names_its_force():
    assert _brief(_moves("هبط جسر جوي روسي في الجفرة أمس.")[0])[1] == ("روسي", "Russian forces")
    assert _brief(_moves("وصول تعزيزات جزائرية إلى جانت")[0])[1] == ("جزائرية", "Algerian army")
    assert _brief(_moves("انسحاب ليبي من المنطقة الحدودية قرب غات")[0])[1] is None  # Libya's forces are many


def test_movements_a_present_tense_giving_the_lie_and_a_fabrication_are_denials():
    assert _brief(_moves("وأنقرة تكذّب أنباء «إنزال» في ميناء زوارة")[0])[0] == "denied"
    assert _brief(_moves("وحديث انسحاب الروس من الجفرة «فبركة»")[0])[:3] == (
        "denied", ("الروس", "Russian forces"), ["الجفرة"])


def test_movements_where_a_statement_was_made_is_no_place_of_the_movement():
    (landing,) = _moves("كذّبت وزارة الدفاع التركية ما نشرته صفحات ليبية عن «إنزال بحري» لقوات تركية في ميناء زوارة، وقالت "
                        "في بيان صدر في أنقرة إن هذه المزاعم «لا تمت إلى الحقيقة بصلة».")
    assert _brief(landing)[2:4] == ([], ["ميناء زوارة"])
    (pullout,) = _moves("نفى الناطق باسم وزارة الدفاع ما تداولته صفحات حول انسحاب وحدات الجيش من الذهيبة، وقال في تصريح "
                        "لنا من مقر الوزارة في العاصمة تونس: «لا صحة لأي انسحاب».")
    assert _brief(pullout)[2:4] == (["الذهيبة"], [])


def test_movements_whom_a_channel_serves_is_not_the_force_it_tells_of():
    (massing,) = _moves("ونفت رئاسة الأركان بحكومة الوحدة الوطنية ما بثته قنوات موالية للقيادة العامة عن حشد قوات في "
                        "الرجبان استعداداً للتوجه جنوباً.")
    assert _brief(massing)[:2] == ("denied", ("حكومة الوحدة الوطنية", "GNA forces"))
    (column,) = _moves("وصلت مجموعات مسلحة موالية للقيادة العامة إلى الرجبان.")  # not a channel: the army's
    assert _brief(column)[1][1] == "Libyan National Army"


def test_movements_a_move_tied_to_another_is_conditional_but_a_road_linking_towns_is_not():
    first = _moves("ربطوا انسحاب عناصر «الفيلق الأفريقي» الروسي من قاعدة الجفرة الجوية بمغادرة القوات التركية قاعدة "
                   "الوطية في التوقيت ذاته.")[0]
    assert _brief(first)[:3] == ("conditional", ("الفيلق الأفريقي", "Russian forces"), ["قاعدة الجفرة الجوية"])
    assert _moves("انتشرت قوات على الطريق الذي يربط سبها بأوباري.")[0].status == "reported"


def test_movements_whom_a_force_serves_or_belongs_to_is_not_where_it_goes():
    (flight,) = _moves("غادر المرتزقة السوريون الموالون لتركيا مطار معيتيقة متجهين إلى إسطنبول.")
    assert _brief(flight)[2:4] == (["مطار معيتيقة"], ["إسطنبول"])
    (guard,) = _moves("وصلت قوة حرس الحدود التابعة لطرابلس إلى نالوت.")
    assert _brief(guard)[3] == ["نالوت"]
    (brigades,) = _moves("وصلت كتائب محسوبة على مصراتة إلى سرت.")
    assert _brief(brigades)[3] == ["سرت"]


def test_movements_a_clause_describing_the_force_tells_where_it_came_from():
    (move,) = _moves("وفي الجهة المقابلة، عُزّز معبر الذهيبة بوحدات من الجيش التونسي نُقلت من تطاوين، بحسب ما أفاد به "
                     "مصدر محلي من الذهيبة.")
    assert _brief(move)[1:4] == (("وحدات من الجيش التونسي", "Tunisian army"), ["تطاوين"], ["معبر الذهيبة"])


def test_movements_reports_asked_about_are_denied_by_a_next_sentence_pointing_back():
    (flight,) = _moves("سألناه أيضاً عن تقارير نشرتها مواقع غربية عن نقل مرتزقة سوريين جواً من قاعدة الجفرة الجوية إلى "
                       "مالي. قال: «لا صحة لذلك، لم تقلع من القاعدة طائرة واحدة تحمل مقاتلين أجانب».")
    assert _brief(flight)[:4] == ("denied", ("مرتزقة سوريين", "Syrian mercenaries"), ["قاعدة الجفرة الجوية"], ["مالي"])
    (massing,) = _moves("نقل أحدهم عن قناة «ليبيا الحدث» خبراً عن حشد فصائل من المعارضة التشادية مقاتلين في محيط "
                        "القطرون. في اليوم التالي نفى ذلك متحدث باسم جبهة الوفاق من أجل التغيير في تشاد.")
    assert massing.status == "denied"


def test_movements_an_arms_embargo_and_ships_suspected_of_carrying_arms_are_no_movements():
    assert not _moves("وتفرض الأمم المتحدة حظراً على توريد الأسلحة إلى ليبيا منذ 2011.")
    assert not _moves("ستنفذ الفرقاطة عمليات تفتيش للسفن المشتبه في نقلها أسلحة إلى ليبيا، تطبيقاً لحظر السلاح.")


def test_movements_a_column_counted_in_vehicles_is_a_force():
    (column,) = _moves("قال الطيب إن «رتلاً يضم أكثر من خمسين عربة قتالية تقدم خلال اليومين الماضيين نحو الكفرة».")
    assert _brief(column)[3] == ["الكفرة"]


def test_movements_an_anonymous_source_asks_for_nothing_that_plans_the_move():
    (column,) = _moves("وقال المصدر، الذي طلب عدم الكشف عن هويته، إن «رتلاً انطلق فجر السبت من قاعدة تمنهنت الجوية "
                       "قبل أن يبلغ اوباري مساء اليوم نفسه».")
    assert _brief(column)[0] == "reported" and _brief(column)[2:4] == (["قاعدة تمنهنت الجوية"], ["اوباري"])


def test_movements_the_joint_force_in_misrata_is_misratas():
    first, second = _moves("أعادت القوة المشتركة في مصراتة تموضع كتيبتين من الوشكه إلى أبوقرين، فيما سحب الجيش الوطني "
                           "الليبي سرية مدرعة من بويرات الحسون إلى سرت.")
    assert _brief(first)[1:4] == (("القوة المشتركة في مصراتة", "Misrata forces"), ["الوشكه"], ["أبوقرين"])
    assert _brief(second)[1][1] == "Libyan National Army"


def test_movements_about_a_number_is_no_direction():
    (leaving,) = _moves("غادرت مجموعة من نحو 300 مقاتل سوداني مواقعها في راس لانوف وبن جواد متجهة إلى الكفرة.")
    assert _brief(leaving)[2:4] == (["راس لانوف", "بن جواد"], ["الكفرة"])


def test_movements_what_a_denier_goes_on_to_say_holds_no_place_of_the_movement():
    (arrival,) = _moves("ونفى آمر اللواء ما تناقلته حسابات على مواقع التواصل عن وصول مقاتلين سودانيين إلى السدرة، قائلاً إن "
                        "«هذه الأكاذيب تصنعها غرف إعلامية معروفة في مصراتة».")
    assert _brief(arrival)[0] == "denied" and _brief(arrival)[3] == ["السدرة"]


def test_movements_a_companys_staff_flown_home_are_no_force():
    assert not _moves("أعادت شركة سوناطراك الأسبوع الماضي 40 من موظفيها جواً إلى الجزائر العاصمة.")


def test_movements_later_news_spreading_and_what_was_found_are_no_movements():
    (flight,) = _moves("هبطت 11 طائرة شحن في قاعدة معطن السارة الجوية قادمة من مطار بنينا، محمّلة بصناديق قال الخبراء إنها "
                       "«تتطابق مع ذخائر عُثر عليها لاحقاً في الفاشر».")
    assert _brief(flight)[2:4] == (["مطار بنينا"], ["قاعدة معطن السارة الجوية"])
    assert not _moves("وكان الخبر قد انتشر بسرعة على صفحات تونسية وليبية، مرفقاً بصور تبيّن لاحقاً أنها لشاحنات تجارية "
                      "متوقفة في بن قردان.")
    (chase,) = _moves("لاحقت قوات الجيش المهربين نحو الحدود مع النيجر.")
    assert _brief(chase)[3] == ["الحدود مع النيجر"]


def test_movements_where_fighters_come_from_by_birth_is_not_where_they_leave():
    (pullout,) = _moves("اتفقت اللجنة العسكرية المشتركة على خطة لسحب المقاتلين الأجانب، ومعظمهم من السودان وتشاد، من هون "
                        "وودان وسوكنة على ثلاث مراحل.")
    assert _brief(pullout)[:3] == ("planned", ("المقاتلين الأجانب", "Foreign fighters"), ["هون", "ودان", "سوكنة"])


def test_movements_a_road_marker_counted_from_a_town_is_no_destination():
    (company,) = _moves("تعتزم القيادة العامة نشر سرية مدرعة عند الكيلو 30 شرق طبرق، قادمة من قاعدة جمال عبد الناصر الجوية.")
    assert _brief(company)[2:4] == (["قاعدة جمال عبد الناصر الجوية"], [])
    (column,) = _moves("دفعت القيادة العامة بتعزيزات إلى بوابة الـ50 على الطريق الساحلي غرب سرت، قادمة من قاعدة الجفرة الجوية.")
    assert _brief(column)[2:4] == (["قاعدة الجفرة الجوية"], [])
    (pullback,) = _moves("وأوضح أن الوحدات المنتشرة عند الكيلو 60 «ستنسحب إلى أجدابيا في حال تسلّم جهاز حرس المنشآت النفطية "
                         "مسؤولية تأمين الطريق».")
    assert _brief(pullback)[3] == ["أجدابيا"]  # the marker is where they are; Ajdabiya where they go


def test_movements_the_force_faced_is_not_the_one_that_moves():
    (move,) = _moves("وصل رتل من الجيش الوطني الليبي إلى بوابة الـ50. وقال المصدر إن عناصر الرتل تمركزوا في مواقع محصّنة "
                     "قبالة خطوط قوات حكومة الوحدة الوطنية المنتشرة في الوشكة.")
    assert _brief(move)[1][1] == "Libyan National Army"


def test_movements_the_citys_brigades_belong_to_a_libyan_town_not_a_foreign_port():
    _, massing = _moves("رست سفينة شحن قادمة من مرسين في ميناء مصراتة. وأعادت الوزارة نشر مقطع يظهر «حشد كتائب المدينة في "
                        "تاورغاء استعداداً لأي طارئ».")
    assert _brief(massing)[1] == ("كتائب المدينة", "Misrata forces")
    moves = _moves("قال الناطق باسم الغرفة الأمنية في مصراتة إن القوة «لن تتقدم نحو سرت إلا بالتنسيق مع اللجنة». كما تحشد "
                   "كتائب المدينة نحو 40 آلية في أبو قرين.")
    assert moves[-1].actor.name == "Misrata forces"  # not Sirte, where a force would go


def test_movements_no_withdrawal_is_a_denial_and_workers_on_a_bus_no_force():
    (pullout,) = _moves("ومصدر: لا انسحاب للروس من قاعدة براك الجوية")
    assert (pullout.status, [o.text for o in pullout.origins]) == ("denied", ["قاعدة براك الجوية"])
    assert not _moves("تلاه هجوم على حافلة تقل عمالاً من حقل الشرارة.")


def test_movements_a_distance_set_off_by_commas_does_not_hide_the_force_after_the_verb():
    (convoy,) = _moves("وصلت إلى مدينة الكفرة، على بعد نحو 950 كيلومتراً جنوب شرقي بنغازي، مساء الثلاثاء، قافلة تقلّ "
                       "مقاتلين سودانيين قادمين من الجفره.")
    assert _brief(convoy)[1:4] == (("مقاتلين سودانيين", "Sudanese armed groups"), ["الجفره"], ["الكفرة"])


def test_movements_an_accusation_is_denied_by_a_next_sentence_calling_the_accusations_untrue():
    (column,) = _moves("اتهم آمر المنطقة العسكرية الغربية قوات القيادة العامة بالدفع برتل من الشويرف باتجاه مزدة. وردّت "
                       "شعبة الإعلام الحربي ببيان وصفت فيه الاتهامات بأنها «عارية عن الصحة».")
    assert _brief(column)[:4] == ("denied", ("قوات القيادة العامة", "Libyan National Army"), ["الشويرف"], ["مزدة"])


def test_movements_a_claim_denied_later_in_its_sentence_with_the_denier_between_verb_and_that():
    (flight,) = _moves("كما زعمت الحكومة المكلفة من البرلمان أن طائرة شحن هبطت في مطار معيتيقة «محمّلة بمدرعات قادمة من "
                       "تركيا» لصالح حكومة الوحدة، فيما نفت وزارة الدفاع في طرابلس ذلك، واصفة الرواية بأنها «دعاية رخيصة».")
    assert _brief(flight)[0] == "denied" and _brief(flight)[2:4] == (["تركيا"], ["مطار معيتيقة"])


def test_movements_two_planes_that_will_take_off_are_a_planned_airlift():
    (flight,) = _moves("وأضاف السلومي أن طائرتين من طراز «سي 130» ستقلعان الثلاثاء المقبل من قاعدة غرب القاهرة الجوية إلى "
                       "مطار الأبرق وعلى متنهما فريق بحث وإنقاذ من وحدات الصاعقة.")
    assert (flight.kind, flight.status, [d.text for d in flight.destinations]) == ("airlift", "planned", ["مطار الأبرق"])


def test_movements_where_a_meeting_is_held_is_no_place_of_a_move():
    assert not _moves("أعربت البعثة عن «قلقها البالغ» من التحشيدات، ودعت إلى اجتماع عاجل للجنة العسكرية المشتركة في تونس "
                      "العاصمة.")


def test_movements_the_border_a_place_measured_from_lies_on_is_no_destination():
    (landing,) = _moves("وأضافت الوكالة أن سرية من مشاة البحرية نُقلت بحراً من قاعدة أبو ستة البحرية وأُنزلت ليل الجمعة في "
                        "ميناء زوارة، على بعد نحو 60 كيلومتراً من معبر رأس جدير على الحدود مع تونس.")
    assert _brief(landing)[2:4] == (["قاعدة أبو ستة البحرية"], ["ميناء زوارة"])


def test_movements_misratan_and_zintani_forces_and_untruth_denied():
    (column,) = _moves("وصلت مجموعات مسلحة زنتانية إلى العزيزية أمس.")
    assert _brief(column)[1][1] == "Zintan forces"
    (pullout,) = _moves("أكد رئيس المديرية «عدم صحة» ما يتداول عن انسحاب قوة من منطقة كعام باتجاه مصراتة.")
    assert pullout.status == "denied"


def test_movements_the_risk_of_an_infiltration_is_no_movement():
    assert not _moves("وتأتي هذه التحركات بعد أيام من لقاء تناول أمن الحدود الجنوبية و«مخاطر تسلل المسلحين من تشاد "
                      "والسودان».")


def test_movements_the_town_points_back_to_a_municipality_as_its_town():
    (move,) = _moves("وقال عميد بلدية سبها إن أزمة الوقود خانقة. وذكر مصدر عسكري أن القيادة ستدفع بتعزيزات من براك "
                     "إلى المدينة.")
    assert _brief(move)[2:4] == (["براك"], ["سبها"])
    (sabha,) = move.destinations
    assert (sabha.start, sabha.place.kind, round(sabha.place.lat, 2), round(sabha.place.lon, 2)) == (
        16, "city", 27.04, 14.43)


def test_movements_a_force_stationed_in_the_vicinity_of_a_town_sets_out_from_it():
    (move,) = _moves("سحبت القيادة العامة سرية كانت متمركزة في محيط شحات منذ أسابيع وأعادتها إلى ثكناتها في البيضاء.")
    assert _brief(move) == ("reported", ("القيادة العامة", "Libyan National Army"), ["شحات"], ["البيضاء"], [])


def test_movements_a_force_moves_on_from_where_it_massed():
    massing, advance = _moves("حشدت رئاسة الأركان العامة وحدات من الجيش في درج، استعداداً للتقدم نحو حقل الوفاء.")
    assert _brief(massing)[2:4] == ([], ["درج"])
    assert (advance.status, advance.actor.name, *_brief(advance)[2:4]) == ("planned", "GNA forces", ["درج"], ["حقل الوفاء"])
    massing, landing = _moves("وكشف المصدر أن القيادة تعتزم حشد سريتين في حقل السرير، وأن قوات بحرية «ستنفذ إنزالاً في "
                              "الزويتينة».")
    assert _brief(landing)[2:4] == ([], ["الزويتينة"])  # another force, named between
    massing, arrival = _moves("اكتمل الحشد في النوفلية، ووصول زورقين إلى ميناء راس لانوف.")
    assert _brief(arrival)[2:4] == ([], ["ميناء راس لانوف"])  # another event, set beside it


def test_movements_forces_coming_from_a_town_with_forces_of_its_own_are_its_forces():
    (move,) = _moves("وأضاف المصدر أن المليشيات القادمة من مصراتة حشدت أكثر من 100 عربة مسلحة في أبو قرين.")
    assert _brief(move) == ("reported", ("المليشيات القادمة من مصراتة", "Misrata forces"), ["مصراتة"], ["أبو قرين"], [])
    (move,) = _moves("نفى المجلس البلدي أنباء عن إنزال بحري لقوات قادمة من مصراتة في ميناء زوارة.")
    assert move.actor.name == "Misrata forces"
    (move,) = _moves("وقال المصدر إن سفينة قادمة من مصراتة وصلت إلى طرابلس.")
    assert move.actor is None  # a ship: what it carries, not whose


def test_movements_a_time_still_to_come_in_the_clause_plans_the_movement():
    _each_one_move({
        "وأضاف المصدر أن طائرتي نقل عسكريتين ستقلان غداً سرية من الشرطة العسكرية من قاعدة الخادم إلى مطار الأبرق.": (
            "planned", ["قاعدة الخادم"], ["مطار الأبرق"]),
        "وقال عميد بلدية غريان إن رئاسة الأركان وعدت بإرسال سرية إضافية إلى ككلة الأسبوع المقبل.": (
            "planned", [], ["ككلة"]),
        "انسحبت القوات من سرت، على أن تعود الأسبوع المقبل.": ("reported", ["سرت"], []),
        "وصلت أمس تعزيزات من براك إلى سبها.": ("reported", ["براك"], ["سبها"]),
    })
    planned, withdrawal = _moves("وأوضح المصدر أن طائرة عسكرية ستنقل الأسبوع المقبل مدربين من نيامي إلى مطار أغاديس، "
                                 "بعد أسابيع من انسحاب حامية نيجرية صغيرة من ماداما إلى ديركو.")
    assert (planned.status, withdrawal.status) == ("planned", "reported")  # the time is the first move's


def test_movements_a_unit_named_by_its_nationality():
    (move,) = _moves("من جهتها، نفت وزارة الدفاع الوطني أن تكون أي وحدة جزائرية قد عبرت الحدود باتجاه حقل الوفاء.")
    assert _brief(move) == ("denied", ("وحدة جزائرية", "Algerian army"), [], ["حقل الوفاء"], [])


def test_movements_the_field_is_the_last_place_called_a_field_and_a_part_of_it_too():
    moves = _moves("لا يزال حقل السرير مغلقاً بعد أن أقفل محتجون صمام الخط الممتد إلى ميناء الحريقة. وقال مصدر عسكري "
                   "إن القيادة العامة تعتزم إرسال كتيبة من الكفرة إلى الحقل. وأضاف أن سرية إضافية «ستُنقل جواً من مطار "
                   "الكفرة إلى مهبط الحقل».")
    assert [_brief(m)[2:4] for m in moves] == [(["الكفرة"], ["حقل السرير"]), (["مطار الكفرة"], ["حقل السرير"])]
    (move,) = _moves("رصدت مصادر تحرك أرتال مسلحة من مصراتة باتجاه طرابلس، وسط حالة استنفار في عدد من أحياء العاصمة.")
    assert _brief(move)[2:4] == (["مصراتة"], ["طرابلس"])  # a count of quarters: no mobilising 'from the capital'


def test_movements_a_plane_carrying_migrants_is_no_force_and_by_air_goes_on_with_the_plan():
    (move,) = _moves("وفي بنغازي، أقلعت من مطار بنينا طائرة تقل 160 مهاجراً تشادياً إلى نجامينا، فيما تعتزم القيادة "
                     "العامة نقل سرية من قاعدة بنينا الجوية جواً إلى الكفرة الأسبوع المقبل.")
    assert (move.kind, *_brief(move)) == ("airlift", "planned", ("القيادة العامة", "Libyan National Army"),
                                          ["قاعدة بنينا الجوية"], ["الكفرة"], [])


def test_movements_an_order_to_move_plans_it_and_a_plan_told_as_carried_out_is_one_movement():
    _each_one_move({
        "كما كلّف الغرياني إدارة الإمداد والتموين بنقل شحنة ذخائر وقطع غيار من مصراته إلى غريان.": (
            "planned", ["مصراته"], ["غريان"]),
        "وقال آمر المنفذ إن السرية التي كُلفت بتأمين المنفذ انسحبت مساء الأربعاء من نالوت إلى وازن.": (
            "reported", ["نالوت"], ["وازن"]),
        "- تعزيزات أخرى تتجه من تطاوين نحو الحدود مع ليبيا في صورة تواصل إطلاق النار": (
            "conditional", ["تطاوين"], ["الحدود مع ليبيا"]),
    })
    (move,) = _moves("قوة إلى الزاوية بأمر من رئاسة الأركان\nطرابلس - أوعز رئيس الأركان العامة إلى آمر المنطقة "
                     "العسكرية الساحل الغربي بتحريك قوة إلى مدينة الزاوية «فوراً».\nوأكدت مصادر محلية أن القوة "
                     "انطلقت فجراً من طرابلس، قبل أن تنتشر عند مداخل الزاوية.")
    assert (move.status, *_brief(move)[2:4]) == ("reported", ["طرابلس"], ["الزاوية"])


def test_movements_a_ticker_item_with_no_verb_opens_with_the_force_that_moves():
    text = ("«ليبيا الحدث» | شريط العاجل\n\nعاجل | رتل عسكري من قاعدة الجفرة الجوية باتجاه سرت\n"
            "- تعزيزات عسكرية من مدنين إلى بن قردان\nقوات من مصراتة في سرت منذ أشهر.")
    moves = _moves(text)
    assert [(m.kind, *_brief(m)[2:4]) for m in moves] == [
        ("deploy", ["قاعدة الجفرة الجوية"], ["سرت"]), ("reinforce", ["مدنين"], ["بن قردان"])]  # not where forces are
    assert [text[m.trigger.start:m.trigger.end] for m in moves] == ["رتل", "تعزيزات"]


def test_movements_a_headline_claim_the_body_denies_is_the_denied_movement():
    text = ("«الفيلق الإفريقي» في الجفرة: أنباء متضاربة عن انسحاب نحو براك\n\nتداولت صفحات محلية أنباء غير مؤكدة عن "
            "انسحاب عناصر «الفيلق الإفريقي» الروسي من الجفرة باتجاه قاعدة براك الجوية، غير أن مصدراً عسكرياً نفى ذلك.")
    (move,) = _moves(text)
    assert (move.status, *_brief(move)[2:4]) == ("denied", ["الجفرة"], ["قاعدة براك الجوية"])


def test_movements_a_headline_names_an_airfield_as_an_airport_and_the_body_as_an_air_base():
    text = ("وبنغازي تنفي هبوط «بانتسير» في بنينا\n\nنفى المكتب الإعلامي للقيادة العامة ما نشره حساب متخصص في تتبّع "
            "الرحلات عن هبوط طائرتين روسيتين في قاعدة بنينا تحملان منظومات دفاع جوي.")
    (move,) = _moves(text)
    assert (move.status, *_brief(move)[3:4]) == ("denied", ["قاعدة بنينا"])
    (move,) = _moves("وقال إن «الإخوة الروس نقلوا عناصرهم ومعداتهم من براك إلى الخادم».")
    assert move.actor.name == "Russian forces"


def test_movements_its_boats_and_its_patrols_are_forces():
    (move,) = _moves("نفى المكتب الإعلامي للجهاز ما تداولته صفحات عن سحب زوارقه من ميناء الخمس إلى طرابلس.")
    assert (move.kind, *_brief(move)[0:1], *_brief(move)[2:4]) == ("withdraw", "denied", ["ميناء الخمس"], ["طرابلس"])


def test_movements_shipping_is_a_shipment_but_a_cargo_ship_or_cargo_flights_are_not_shipping():
    (move,) = _moves("وأضاف المصدر أن تركيا تعتزم شحن ستة زوارق اعتراض سريعة من مرسين إلى قاعدة أبوستة البحرية الشهر "
                     "المقبل، لتعزيز الوحدات العاملة على الساحل الغربي.")
    assert (move.kind, *_brief(move)[:4]) == ("shipment", "planned", ("تركيا", "Turkish armed forces"), ["مرسين"],
                                              ["قاعدة أبوستة البحرية"])
    (move,) = _moves("رست في ميناء مصراتة سفينة شحن قادمة من مرسين.")
    assert (move.kind, *_brief(move)[2:4]) == ("naval_landing", ["مرسين"], ["ميناء مصراتة"])
    (move,) = _moves("اتهم الجيش السوداني قوات حفتر بتسيير رحلات شحن عسكرية من مطار الكفرة إلى نيالا.")
    assert (move.kind, move.actor.name) == ("airlift", "Libyan National Army")


def test_movements_a_company_among_libyan_towns_is_not_the_foreign_force_told_of_before():
    moves = _moves("وأكد مصدر عسكري أن كتيبة مشاة تابعة للقيادة العامة تحركت الاثنين من قاعدة براك الجوية إلى إدري. "
                   "وكانت سفن إنزال روسية قد أفرغت عناصر ومعدات في ميناء طبرق خلال الأشهر الماضية. وبحسب عضو في "
                   "بلدية براك الشاطئ، ستصل سرية من سبها إلى براك الأسبوع المقبل.")
    assert [m.actor.name for m in moves] == ["Libyan National Army", "Russian forces", "Libyan National Army"]


def test_movements_the_town_a_force_leaves_and_a_promise_to_send():
    _, move = _moves("وصلنا إلى مرزق. وكانت قوة تابعة للقيادة العامة قد غادرت المدينة صباح الأحد متجهة إلى تراغن.")
    assert _brief(move)[2:4] == (["مرزق"], ["تراغن"])
    (move,) = _moves("وصلنا إلى مرزق. وقال إن الكتيبة لم تغادر المدينة.")  # no place of its own: a denial told again
    assert _brief(move)[2:4] == ([], ["مرزق"])
    (move,) = _moves("وقال رئيس المجلس إن القيادة العامة وعدت بإرسال سرية من سبها إلى مرزق «قبل نهاية الشهر».")
    assert move.status == "planned"


def test_movements_forces_from_a_town_stationed_elsewhere_go_back_to_their_town():
    (move,) = _moves("ونص القرار على أن تعود الكتائب القادمة من مصراتة، والمتمركزة في طرابلس منذ أشهر، إلى مدينتها "
                     "«في غضون أسبوعين».")
    assert _brief(move) == ("planned", ("الكتائب القادمة من مصراتة", "Misrata forces"), ["طرابلس"], ["مصراتة"], [])
    _, move = _moves("وصلنا إلى الزاوية. وذكر المكتب أن القوة دخلت المدينة مساء الأحد قادمة من العاصمة طرابلس عبر جنزور.")
    assert _brief(move)[2:5] == (["طرابلس"], ["الزاوية"], ["جنزور"])


def test_movements_until_it_reached_is_where_the_movement_ended():
    (move,) = _moves("تقدمت القوات من أبوقرين مروراً بالوشكة حتى بلغت الضواحي الغربية لسرت.")
    assert _brief(move)[2:5] == (["أبوقرين"], ["سرت"], ["الوشكة"])
    (move,) = _moves("وكان رتل بري قد تحرك فجر الجمعة من مرسى مطروح، وعبر منفذ السلوم البري، ثم سلك الطريق الساحلي مروراً "
                     "بطبرق حتى بلغ درنة مساء السبت.")
    assert _brief(move)[2:5] == (["مرسى مطروح"], ["درنة"], ["منفذ السلوم", "طبرق"])


def test_movements_a_claim_denied_later_as_any_force_of_its_nation_is_one_denied_movement():
    text = ("زائف: مقطع «رتل الدعم السريع يدخل الكفرة» صُوّر في شمال دارفور\n\nتداولت حسابات على إكس مقطعاً، وكتب "
            "ناشروه: «قوات الدعم السريع تدخل الكفرة الليبية عبر المثلث الحدودي». وقال المتحدث باسم كتيبة سبل السلام "
            "إنه «لا صحة لدخول أي قوة سودانية إلى الكفرة».")
    (move,) = _moves(text)
    assert (move.status, move.actor.name, _brief(move)[3]) == ("denied", "Sudanese armed groups", ["الكفرة"])


def test_movements_a_convoy_under_a_forces_guard_moves_as_forces():
    (move,) = _moves("وصلت إلى مدينة الكفرة مساء الجمعة قافلة تضم نحو 70 صهريجاً محملاً بالوقود، انطلقت الأربعاء من أجدابيا "
                     "وسلكت الطريق الصحراوي مروراً بجالو، تحت حراسة عربات مسلحة تابعة لكتيبة «سبل السلام».")
    assert _brief(move)[2:5] == (["أجدابيا"], ["الكفرة"], ["جالو"])
    assert not _moves("وصلت إلى مدينة الكفرة مساء الجمعة قافلة تضم نحو 70 صهريجاً، انطلقت الأربعاء من أجدابيا.")


def test_movements_a_correction_fixes_the_move_that_holds_most_of_the_wrong_places():
    moves = _moves("نقلت القيادة العامة كتيبة مشاة من مدينة المرج إلى توكرة. على أن تعود هذه القوات من المرج إلى مقارها في "
                   "بنغازي إذا أُلغيت المناورات.\n\nتصحيح: ورد في نسخة سابقة من هذا التقرير أن كتيبة المشاة نُقلت من المرج "
                   "إلى توكرة، والصحيح أنها نُقلت إلى الابيار جنوب شرقي بنغازي.")
    assert [_brief(m)[2:4] for m in moves] == [(["المرج"], ["الابيار"]), (["المرج"], ["بنغازي"])]


def test_movements_a_later_sentence_that_tells_a_move_over_adds_no_movement():
    moves = _moves("رتل إلى الجغبوب\n\nوصل رتل عسكري من طبرق إلى الجغبوب. وقال مصدر إن «وصول الرتل إلى الجغبوب سبقه نقل "
                   "سرية جواً من قاعدة بنينا الجوية إلى قاعدة جمال عبد الناصر الجوية». وأضاف أن سرية منه اتجهت إلى الجغبوب.")
    assert [_brief(m)[2:4] for m in moves] == [
        (["طبرق"], ["الجغبوب"]), (["قاعدة بنينا الجوية"], ["قاعدة جمال عبد الناصر الجوية"]), ([], ["الجغبوب"])]


def test_movements_a_page_that_quotes_a_commander_moves_nothing():
    (move,) = _moves("وفي براك، نقلت صفحة بلدية الشاطئ عن آمر المنطقة العسكرية سبها قوله إن «سرية من اللواء 128 ستصل خلال "
                     "أيام إلى البلدة قادمة من سبها».")
    assert _brief(move)[0:1] + _brief(move)[2:4] == ("planned", ["سبها"], ["براك"])


def test_movements_then_and_in_that_case_take_up_the_condition_told_before():
    _each_one_move({
        "وقال مسؤول في الوزارة إن التعزيزات ستتجه في هذه الحالة إلى طرابلس ومصراتة مباشرة.": (
            "conditional", [], ["طرابلس", "مصراتة"]),
        "وقال المصدر إن القوات المصرية عندها ستتقدم إلى سرت والجفرة.": ("conditional", [], ["سرت", "الجفرة"]),
        "وفي يونيو 2020، حينها انسحبت القوات من ترهونة إلى بني وليد.": ("reported", ["ترهونة"], ["بني وليد"]),
    })


def test_movements_stationed_now_in_a_town_and_from_a_towns_security_directorate():
    first, second = _moves("وأضاف أن قوة من جهاز الأمن العام متمركزة حالياً في تاجوراء ستنتقل مطلع الأسبوع المقبل إلى جنزور، "
                           "موضحاً أن الوزارة «ستدفع بتعزيزات من مديريتي أمن الخمس وزليتن إلى العاصمة في حال تجددت الاشتباكات».")
    assert (_brief(first)[2:4], _brief(second)[2]) == ((["تاجوراء"], ["جنزور"]), ["الخمس", "زليتن"])


def test_movements_from_a_command_in_a_town_sets_out_from_the_town():
    (move,) = _moves("دفعت القوات المسلحة المصرية بتعزيزات جديدة من قيادة المنطقة الغربية العسكرية في مرسى مطروح إلى واحة "
                     "سيوة القريبة من الحدود مع ليبيا.")
    assert _brief(move)[2:4] == (["مرسى مطروح"], ["واحة سيوة"])


def test_movements_a_clause_opened_by_without_holds_no_place_of_the_move():
    (move,) = _moves("ونفت الجبهة إرسال أي مقاتلين إلى كوري بوغودي، من دون أن تعلق على الرتل الذي رصد قرب القطرون.")
    assert _brief(move)[0:1] + _brief(move)[2:4] == ("denied", [], ["كوري بوغودي"])


def test_movements_after_its_arrival_from_a_town_is_where_it_came_from():
    (move,) = _moves("قوة تابعة لوزارة الداخلية تتمركز في أبو كماش بعد وصولها من زوارة")
    assert _brief(move)[0:1] + _brief(move)[2:4] == ("reported", ["زوارة"], ["أبو كماش"])


def test_movements_an_officials_plane_landing_is_a_visit():
    assert _moves("حلّ بالجزائر العاصمة وفد ليبي برئاسة وزير الخارجية قادماً من طرابلس، حيث حطت طائرته في مطار "
                  "هواري بومدين الدولي.") == ()


def test_movements_money_raised_or_landing_is_no_force():
    assert _moves("وأضاف أن المؤسسة «تحشد تمويلاً» من مصارف في لندن ودبي، بينما يُنتظر أن «تهبط» أولى الاستثمارات "
                  "الإيطالية في مشروع الغاز البحري قبالة زوارة.") == ()


def test_movements_a_civilian_plane_or_a_container_ship_carries_no_force():
    assert _moves("حين هبطت الطائرة المدنية القادمة من تونس في مطار سبها، كان في انتظارنا ضابط شاب.") == ()


def test_movements_stationed_in_a_town_set_between_commas_is_where_the_force_sets_out_from():
    (move,) = _moves("وقال إن «القوة المشتركة» التابعة لحكومة الوحدة الوطنية، المتمركزة حالياً في درج، «لن تدخل غدامس إلا "
                     "إذا طلبت اللجنة ذلك كتابياً».")
    assert _brief(move)[0:1] + _brief(move)[2:4] == ("conditional", ["درج"], ["غدامس"])


def test_movements_a_purpose_to_disrupt_holds_none_of_the_moves_places():
    (move,) = _moves("نفى المجلس ما تداولته حسابات عن حشد قوات من مصراتة في أبوقرين والوشكة «لإرباك الانتخابات في سرت».")
    assert _brief(move)[0:1] + _brief(move)[2:4] == ("denied", ["مصراتة"], ["أبوقرين", "الوشكة"])


def test_movements_fighters_in_the_nominative_are_a_force():
    _each_one_move({
        "انسحب المقاتلون من بني وليد وعادوا إلى ترهونة.": ("reported", ["بني وليد"], ["ترهونة"]),
        "عاد العناصر إلى ترهونة.": ("reported", [], ["ترهونة"]),
    })


def test_movements_the_gate_of_a_town_and_going_back_after_a_long_subject():
    _each_one_move({
        "انسحبت القوة من البوابة الشمالية لمدينة بني وليد.": ("reported", ["بني وليد"], []),
        "انسحبت وحدات من «اللواء 444 قتال»، الأحد، من البوابة الشمالية لمدينة بنى وليد وعادت إلى ترهونة.": (
            "reported", ["بنى وليد"], ["ترهونة"]),
        "أرسل الجيش تعزيزات لمدينة سرت.": ("reported", [], ["سرت"]),
    })


def test_movements_the_town_is_not_one_a_force_only_passed_through():
    first, second = _moves("وصلت إلى مرزق كتيبة من سبها مروراً بغدوة. وستصل إلى المدينة الأسبوع المقبل شاحنات تحمل ذخيرة "
                           "للكتيبة من قاعدة تمنهنت الجوية.")
    assert _brief(second)[0:1] + _brief(second)[2:4] == ("planned", ["قاعدة تمنهنت الجوية"], ["مرزق"])


def test_movements_from_inside_the_town_sets_out_from_it():
    first, second = _moves("وصلت قوة إلى الكفرة أمس. وقال مصدر إن الكتيبة ستعيد تمركز وحداتها من داخل المدينة إلى "
                           "الهواري خلال أيام.")
    assert _brief(second)[2:4] == (["الكفرة"], ["الهواري"])


def test_movements_a_hospital_as_a_landmark_is_no_wounded_carried():
    (move,) = _moves("انسحب مسلحون من مواقعهم قرب المستشفى العام وسط اوباري وتوجهوا نحو العوينات.")
    assert _brief(move)[2:4] == (["اوباري"], ["العوينات"])
    assert _moves("نقلت سيارات إسعاف عسكرية الجرحى من أوباري إلى المستشفى في سبها.") == ()


def test_movements_in_the_capital_after_a_base_locates_the_base():
    first, second = _moves("وصلت قوة إلى طرابلس أمس. كما أنزلت زوارق نحو ستين عنصراً في ميناء الزاوية النفطي، بعد أن أبحرت "
                           "ليلاً من قاعدة أبوستة البحرية في العاصمة.")
    assert _brief(second)[2:4] == (["قاعدة أبوستة البحرية"], ["ميناء الزاوية النفطي"])


def test_movements_no_unit_moved_is_a_denial():
    _each_one_move({
        "وقال الناطق إن «لا وحدة تحركت شمالاً باتجاه أبوقرين أو سرت».": ("denied", [], ["أبوقرين", "سرت"]),
        "وقال إن لا قوات دخلت سرت.": ("denied", [], ["سرت"]),
    })


def test_movements_in_readiness_for_opens_a_purpose():
    _each_one_move({
        "أعلن الجيش أنه بدأ حشد قوات في الدبة تمهيداً لدفعها خلال الأيام المقبلة إلى الحدود مع ليبيا.": (
            "reported", [], ["الدبة"]),
        "تعتزم القيادة حشد ثلاث سرايا في المرج الأسبوع المقبل، استعداداً لتدويرها على نقاط المراقبة في الجبل الأخضر.": (
            "planned", [], ["المرج"]),
    })


def test_movements_considerable_reinforcements_are_no_one_considering():
    _each_one_move({
        "دفعت القيادة بتعزيزات معتبرة من ورقلة نحو الدبداب.": ("reported", ["ورقلة"], ["الدبداب"]),
    })


def test_movements_a_supply_convoy_or_one_loaded_with_ammunition_is_a_force():
    _each_one_move({
        "كما وصلت إلى سبها قافلة إمداد تابعة للقيادة العامة من 30 شاحنة محملة بالوقود والذخيرة، انطلقت من الجفرة "
        "مساء الأحد.": ("reported", ["الجفرة"], ["سبها"]),
        "وصلت إلى اوباري قافلة عسكرية.": ("reported", [], ["اوباري"]),
    })


def test_movements_squadrons_helicopters_bombers_and_drones_are_forces():
    _each_one_move({
        "نقلت رئاسة الأركان سرباً من المسيّرات من قاعدة امعيتيقة إلى مطار مصراتة.": (
            "reported", ["امعيتيقة"], ["مطار مصراتة"]),
        "نفى المتحدث وصول قاذفات «سوخوي-34» من قاعدة حميميم في سوريا إلى الجفره.": (
            "denied", ["قاعدة حميميم"], ["الجفره"]),
        "وصلت مروحيات إلى قاعدة الجفرة.": ("reported", [], ["قاعدة الجفرة"]),
    })


def test_movements_a_unit_the_lexicon_knows_and_its_massing_with_a_pronoun():
    _each_one_move({
        "أعلنت رئاسة الأركان أنها ستنقل اللواء 444 قتال من معسكر التكبالي في طرابلس إلى غريان.": (
            "planned", ["معسكر التكبالي"], ["غريان"]),
        "نفى المجلس ما تردد عن حشده مقاتلين في كوري بوغودي.": ("denied", [], ["كوري بوغودي"]),
    })


def test_movements_a_phase_of_an_agreement_is_no_leaving_it():
    _each_one_move({
        "وتنص المرحلة الثانية من الاتفاق على نقل سرية من براك إلى إدري لتأمين الطريق، بحسب مصدر عسكري.": (
            "planned", ["براك"], ["إدري"]),
    })
    assert _moves("انسحبت الحركة من الاتفاق الموقع في الدوحة.") == ()


def test_movements_a_force_right_before_a_passive_or_a_headline_verb_is_its_subject():
    _each_one_move({
        "أكد مصدر أن وحدات الجيش ستُعزَّز في جانت ومعبر تين الكوم على الحدود مع ليبيا «إذا تجددت المواجهات».": (
            "conditional", [], ["جانت", "معبر تين الكوم"]),
    })


def test_movements_then_after_a_future_verb_is_planned():
    _each_one_move({"وقال إن الوحدات ستبقى في غات يومين، ثم تعود الكتيبة إلى سبها.": ("planned", [], ["سبها"])})


def test_movements_a_plan_to_spread_units_over_a_region_frames_the_move_before_it():
    (move,) = _moves("أعلنت القيادة العامة أنها ستنقل كتيبة من درنة إلى واحة الجغبوب مطلع أبريل المقبل، ضمن خطة لإعادة "
                     "توزيع وحداتها في شرق ليبيا.")
    assert _brief(move)[0:1] + _brief(move)[2:4] == ("planned", ["درنة"], ["الجغبوب"])


def test_movements_to_supply_opens_a_purpose_and_the_departure_joins_the_arrival():
    (move,) = _moves("مطلع الأسبوع، وصلت إلى الدبداب قافلة إمداد لوجستي تضم شاحنات وقود وذخيرة، انطلقت من ورقلة مروراً "
                     "ببرج عمر إدريس وعين امناس، لتموين الوحدات المرابطة قبالة غدامس الليبية.")
    assert _brief(move)[2:5] == (["ورقلة"], ["الدبداب"], ["برج عمر إدريس", "عين امناس"])


def test_movements_a_ministry_that_moves_troops_inside_a_neighbour_up_to_a_crossing_is_its_army():
    first, second = _moves("دفعت وزارة الدفاع الوطني، صباح اليوم، بتعزيزات عسكرية من ثكنة مدنين نحو بن قردان ومعبر رأس "
                           "جدير. وقال مصدر إنه «سيتم الدفع بكتيبة إضافية من قابس نحو الحدود مع ليبيا إذا سُجّل أي انفلات».")
    assert (first.actor.name, second.actor.name) == ("Tunisian army", "Tunisian army")
    (move,) = _moves("أنزلت خافرة تابعة لجيش البحر عناصر من مشاة البحرية في جرجيس.")
    assert move.actor.name == "Tunisian army"


def test_movements_egypts_western_military_zone_is_named_in_its_own_word_order():
    (move,) = _moves("وصلت إلى السلوم مساء الثلاثاء تعزيزات من قوات المنطقة الغربية العسكرية قادمة من مرسى مطروح عبر "
                     "سيدي براني.")
    assert move.actor.name == "Egyptian army"
    (move,) = _moves("دفعت المنطقة العسكرية الغربية بتعزيزات من الزاوية إلى زوارة.")
    assert move.actor.name == "GNA forces"


def test_movements_italian_american_and_greek_forces_are_named_for_what_they_are():
    (move,) = _moves("وصلت سفينة دعم لوجستي تابعة للبحرية الإيطالية، صباح الثلاثاء، إلى ميناء طرابلس قادمة من أوغستا.")
    assert move.actor.name == "Italian forces"
    (move,) = _moves("أرسلت البحرية اليونانية فرقاطتين إلى جزيرة كريت.")
    assert move.actor.name == "Greek forces"


def test_movements_armed_groups_of_a_town_in_construct_are_its_forces_not_where_they_go():
    (move,) = _moves("سحبت مجموعات زوارة المسلحة عناصرها من بوابة راس اجدير إلى أبو كماش.")
    assert (move.actor.name, *_brief(move)[2:4]) == ("Armed groups in Zuwarah", ["راس اجدير"], ["أبو كماش"])


def test_movements_the_regiment_stationed_in_a_town_sets_out_from_it():
    (move,) = _moves("علم الموقع أن وزارة الدفاع الوطني تعتزم نقل وحدات من الفوج المرابط في بن قردان إلى الذهيبة.")
    assert _brief(move)[0:1] + _brief(move)[2:4] == ("planned", ["بن قردان"], ["الذهيبة"])


def test_movements_a_headline_told_again_by_the_body_under_the_same_name_is_one_movement():
    text = ("الجيش التشادي يعزز أدري.. وعائدون من ليبيا: غادرنا إدري قبل شهر\n\nأدري - «دارفور 24»\n\n"
            "دفع الجيش التشادي، خلال اليومين الماضيين، بتعزيزات عسكرية من أبشي إلى مدينة أدري الحدودية شرقي تشاد.")
    assert [_brief(m)[2:4] for m in _moves(text)] == [(["أبشي"], ["أدري"])]


def test_movements_a_military_zone_named_after_the_capital_is_no_place_of_the_move():
    (move,) = _moves("دخل رتل عسكري تابع لمنطقة طرابلس العسكرية، ظهر السبت، مدينة جنزور غربي العاصمة، قادماً من معسكر "
                     "اليرموك عبر قرقارش والسراج.")
    assert _brief(move)[2:5] == (["معسكر اليرموك"], ["جنزور"], ["قرقارش", "السراج"])


def test_movements_tribal_youth_in_a_town_said_to_have_moved_set_out_from_it():
    (move,) = _moves("نفى أن يكون شباب الطوارق في اوباري قد تحركوا نحو حقل الشرارة.")
    assert _brief(move)[0:1] + _brief(move)[2:4] == ("denied", ["اوباري"], ["حقل الشرارة"])


def test_movements_what_a_unit_named_in_a_condition_did_already_is_done():
    first, second = _moves("وقال مصدر إن الجيش سينقل جواً سرية من قاعدة بنينا الجوية إلى مطار الكفرة «إذا انهارت الهدنة»، "
                           "لدعم كتيبة سبل السلام التي أعادت أمس نشر سرية من عناصرها من وسط الكفرة إلى محيط مطار الكفرة.")
    assert (first.status, second.status) == ("conditional", "reported")


def test_movements_a_denial_between_two_triggers_keeps_them_apart():
    (move,) = _moves("الزوية تعلن النفير والتبو ينفون الحشد في ربيانة")
    assert _brief(move)[0:1] + _brief(move)[3:4] == ("denied", ["ربيانة"])


def test_movements_engineers_demining_teams_and_fighters_sent_home():
    _each_one_move({
        "وصلت ثلاث فرق من سلاح الهندسة التابع لرئاسة الأركان إلى الوشكة قادمة من مصراتة.": (
            "reported", ["مصراتة"], ["الوشكة"]),
        "نقلت القيادة العامة فريقاً لنزع الألغام من قاعدة القرضابية إلى بويرات الحسون.": (
            "reported", ["قاعدة القرضابية"], ["بويرات الحسون"]),
        "ومن المقرر ترحيل نحو 200 مقاتل سوداني من الجفرة إلى السودان مطلع الشهر المقبل.": (
            "planned", ["الجفرة"], ["السودان"]),
    })


def test_movements_withdrawing_or_advancing_from_it_sets_out_from_the_place_named_last():
    first, second = _moves("تقدمت قوات من الزنتان، ليل السبت، من الرجبان إلى الأصابعة، بعد أن انسحبت منها كتيبة تابعة "
                           "لرئاسة الأركان باتجاه غريان.")
    assert _brief(second)[2:4] == (["الأصابعة"], ["غريان"])


def test_movements_tunisian_in_case_of_is_a_condition():
    _each_one_move({"وأكد الناطق أن الوحدات «ستتقدم إلى معبر رأس جدير في صورة ورود معلومات عن محاولة تسلل».": (
        "conditional", [], ["معبر رأس جدير"])})


def test_movements_a_ship_named_in_quotes_sails_and_a_unit_called_up_moves():
    _each_one_move({
        "ومن المقرر أن تبحر «غازي عنتاب» الأسبوع المقبل من مصراتة إلى قاعدة أبوستة البحرية.": (
            "planned", ["مصراتة"], ["قاعدة أبوستة البحرية"]),
        "وأضاف المصدر أن كتيبة من المرج ستُستدعى إلى بنغازي «في حال وقوع أي أعمال شغب».": (
            "conditional", ["المرج"], ["بنغازي"]),
        "غير أن مصدراً أوضح أن الزورق «سيعود فوراً إلى مالطا إذا تجددت الاشتباكات».": ("conditional", [], ["مالطا"]),
    })
    assert _moves("واستدعت الخارجية التشادية القائم بالأعمال السوداني في إنجامينا.") == ()


def test_movements_a_team_its_fans_a_troupe_and_a_cement_ship_are_no_forces_but_the_patrols_escorting_fans_are():
    assert _moves("ووصلت بعثة الفريق البورسعيدي إلى مطار بنينا الدولي على متن طائرة خاصة أقلعت من القاهرة.") == ()
    assert _moves("رست على الرصيف المجاور باخرة إسمنت قادمة من مرفأ طرابلس في شمال لبنان.") == ()
    (move,) = _moves("وتتضمن الخطة انتشار دوريات يوم المباراة على الطريق الساحلي عند البريقة واجدابيا لمرافقة حافلات "
                     "المشجعين القادمين براً من الغرب.")
    assert _brief(move)[3] == ["البريقة", "اجدابيا"]


def test_movements_a_warship_visiting_a_port_is_a_port_call():
    _each_one_move({"ومن المنتظر أن تزور الفرقاطة «الأدميرال غولوفكو» ميناء بنغازي مطلع الشهر المقبل.": (
        "planned", [], ["ميناء بنغازي"])})
    assert _moves("زار وزير الدفاع ميناء بنغازي أمس.") == ()


def test_movements_massing_in_the_town_is_in_the_last_town_named():
    first, second = _moves("وصلت قوة إلى الزنتان أمس. ونفى المجلس العسكري لمدينة الزنتان ما تداولته صفحات عن حشد مقاتلين "
                           "في المدينة للمشاركة في المطاردة.")
    assert _brief(second)[0:1] + _brief(second)[3:4] == ("denied", ["الزنتان"])


def test_movements_the_unit_tasked_with_guarding_a_place_sets_out_from_it():
    (move,) = _moves("ستُنقل سرية من الكتيبة المكلفة بحماية حقل الشرارة إلى إدري وبراك يوم الاثنين.")
    assert _brief(move)[0:1] + _brief(move)[2:4] == ("planned", ["حقل الشرارة"], ["إدري", "براك"])


def test_movements_stationed_at_a_towns_gate_sets_out_from_the_town():
    (move,) = _moves("وأضاف أن قوات من مصراتة كانت تتمركز عند بوابة الوشكة سحبت آلياتها الثقيلة عائدة إلى معسكراتها في "
                     "مصراتة.")
    assert _brief(move)[2:4] == (["الوشكة"], ["مصراتة"])


def test_movements_leading_to_says_where_a_gate_leads_or_where_tracks_go():
    (move,) = _moves("وقال مصدر إن الرتل وصل من الزنتان، وإن عناصره تمركزت قرب مقر بلدية الاصابعة وعند البوابة الشرقية "
                     "المؤدية إلى غريان.")
    assert "غريان" not in _brief(move)[3]
    (move,) = _moves("دفعت الإدارة العامة بدوريات إضافية من بن قردان نحو المسالك الصحراوية المؤدية إلى الحدود مع ليبيا.")
    assert _brief(move)[2:4] == (["بن قردان"], ["الحدود مع ليبيا"])


def test_movements_the_country_a_military_base_is_in_is_no_second_destination():
    (move,) = _moves("ستشمل المرحلة نقل المدرعات براً من قاعدة براك الجوية إلى قاعدة ماداما العسكرية في النيجر، عبر سبها "
                     "ثم القطرون.")
    assert _brief(move)[2:5] == (["قاعدة براك الجوية"], ["قاعدة ماداما"], ["سبها", "القطرون"])


def test_movements_the_army_moving_only_inside_a_neighbour_is_that_countrys_army():
    (move,) = _moves("وقال قائد متحرك الصحراء إن الجيش يعتزم الدفع بقوة من الدبة إلى كرب التوم مطلع الشهر المقبل.")
    assert move.actor.name == "Sudanese army"


def test_movements_a_position_told_only_as_a_distance_from_a_place_is_at_that_place():
    _each_one_move({
        "دفعت القيادة العامة برتل من قاعدة الجفرة الجوية إلى مواقع جديدة على بعد 40 كيلومتراً جنوب سرت، مروراً بودان.": (
            "reported", ["قاعدة الجفرة الجوية"], ["سرت"]),
        "ستسحب القيادة وحدتين من مواقعهما على بعد 30 كيلومتراً غرب قاعدة القرضابية الجوية إلى زلة.": (
            "planned", ["قاعدة القرضابية الجوية"], ["زلة"]),
        "وصلت تعزيزات إلى بلدة الشويرف، على بعد 50 كيلومتراً من مزدة.": ("reported", [], ["الشويرف"]),
    })


def test_movements_a_dual_redeployment():
    (move,) = _moves("وأضاف المصدر أن كتيبتين من زليتن «ستعيدان تمركزهما في بوقرين خلال أيام».")
    assert (move.kind, move.status, [d.text for d in move.destinations]) == ("redeploy", "planned", ["بوقرين"])


def test_movements_the_national_army_of_an_article_datelined_in_a_neighbour():
    tunis = ("غلق معبر رأس جدير مجدداً\n\nتونس – موزاييك أف أم\n\n"
             "وأكد مصدر عسكري أن وحدات من الجيش الوطني وصلت فجر السبت إلى بن قردان قادمة من مدنين وقابس.")
    assert [m.actor.name for m in _moves(tunis)] == ["Tunisian army"]
    cairo = ("تعزيزات في سرت\n\nالقاهرة – الشرق الأوسط\n\n"
             "دفعت القيادة العامة بتعزيزات إلى سرت. وأكد مصدر أن وحدات من الجيش الوطني وصلت إلى الجفرة.")
    assert [m.actor.name for m in _moves(cairo)] == ["Libyan National Army", "Libyan National Army"]


@pytest.mark.parametrize("text, actor, name, destinations", [
    # a unit the lexicon does not know is the actor in its own words, with no canonical name ...
    ("أعلنت كتيبة شهداء الزاوية أنها أرسلت تعزيزات إلى مدينة غريان صباح اليوم.", "كتيبة شهداء الزاوية", None,
     ["غريان"]),
    ("وقالت مصادر محلية إن قوة درع الوسط تحركت باتجاه سرت.", "قوة درع الوسط", None, ["سرت"]),
    ("حشدت «كتيبة حماية غدامس» عناصرها عند المدخل الشرقي لغدامس.", "كتيبة حماية غدامس", None, ["غدامس"]),
    ("وانسحبت قوة الحماية الخاصة من محيط مطار معيتيقة نحو سوق الجمعة.", "قوة الحماية الخاصة", None, ["سوق الجمعة"]),
    ("ونقلت الكتيبة 155 مشاة آلياتها إلى الجغبوب.", "الكتيبة 155 مشاة", None, ["الجغبوب"]),
    ("ووصلت دوريات من اللواء البحري إلى البردية.", "اللواء البحري", None, ["البردية"]),
    # ... a unit named by a town with forces of its own is those forces
    ("ووصلت كتيبة الزنتان إلى العزيزية.", "كتيبة الزنتان", "Zintan forces", ["العزيزية"]),
    # ... and so is one setting out from such a town
    ("وقالت مصادر محلية إن قوة درع الوسط تحركت من مصراتة باتجاه سرت.", "قوة درع الوسط", "Misrata forces", ["سرت"]),
    # ... and a unit said to belong to a force is that force's
    ("وصل اللواء 128 معزز التابع للقيادة العامة إلى أوباري.", "اللواء 128 معزز", "Libyan National Army", ["أوباري"]),
    ("أعلنت القيادة العامة نشر وحدات من الكتيبة 116 في سبها.", "الكتيبة 116", "Libyan National Army", ["سبها"]),
])
def test_movements_a_unit_the_lexicon_does_not_know_is_named_in_its_own_words(text, actor, name, destinations):
    (move,) = _moves(text)
    assert (move.actor.text, move.actor.name, [d.text for d in move.destinations]) == (actor, name, destinations)


def test_movements_a_named_unit_is_a_force_and_keeps_the_actor_of_its_own_sentence():
    text = ("وأكد اللواء 444 قتال وصول وحداته إلى ترهونة.\n"
            "ونفى المتحدث باسم غرفة عمليات سرت الجفرة أي تحرك نحو الجفرة.\n"
            "وقالت الكتيبة 166 إنها ستنسحب من طرابلس إذا التزم الطرف الآخر بوقف إطلاق النار.")
    moves = _moves(text)
    # who says so: to the end of the force named in the speaker's words, not a fixed count of words
    assert [m.attributed_to for m in moves] == ["اللواء 444 قتال", "المتحدث باسم غرفة عمليات سرت الجفرة", "الكتيبة 166"]
    assert [(m.status, m.actor.text, m.actor.name) for m in moves] == [
        ("reported", "اللواء 444 قتال", "GNA forces"),
        # تحرك needs a force in its sentence: the unit is one. Each unit is in its own words, not the brigade of
        # the sentence before; its side, which no owner names, is the force the article told of before
        ("denied", "غرفة عمليات سرت الجفرة", "GNA forces"),
        ("conditional", "الكتيبة 166", "GNA forces"),
    ]


@pytest.mark.parametrize("text, actor, destination", [
    ("وصلت قوة سبها قادمة من الجفرة.", None, "سبها"),  # a force reached Sabha: not 'the Sabha force'
    ("قال اللواء أحمد المسماري إن الجيش الليبي أرسل تعزيزات إلى سرت.", ("الجيش الليبي", "Libyan National Army"),
     "سرت"),  # اللواء before a name is a general's rank
    ("ووصلت قوة مشتركة مسؤولية تأمين الحدود إلى العوينات.", None, "العوينات"),  # an adjective: no name follows
    ("ودخلت الميليشيات بقوة السلاح إلى الزاوية.", ("الميليشيات", None), "الزاوية"),  # by force of arms
    ("وأرسلت سرية منه الأسبوع الماضي إلى أوباري.", None, "أوباري"),  # a company of it, last week
    ("ووصلت قوة لفض النزاع إلى غريان.", None, "غريان"),  # a force to settle the dispute
    ("وتحركت قوة عسكرية كبيرة من طرابلس إلى الزاوية.", None, "الزاوية"),
])
def test_movements_words_after_a_unit_noun_that_do_not_name_a_unit(text, actor, destination):
    (move,) = _moves(text)
    assert ((move.actor.text, move.actor.name) if move.actor else None, [d.text for d in move.destinations]) == (
        actor, [destination])


def test_movements_a_place_in_the_name_of_the_force_is_not_where_it_goes():
    (move,) = _moves("في المقابل، حشدت «غرفة عمليات سرت الكبرى»، التابعة لرئاسة الأركان في طرابلس، "
                     "عشرات الآليات في أبوقرين.")
    assert (move.actor.text, move.actor.name, [d.text for d in move.destinations]) == (
        "غرفة عمليات سرت الكبرى", "GNA forces", ["أبوقرين"])
    # ... unless the force is itself where the movement goes
    moves = _moves("وصلت تعزيزات إلى المجموعات المسلحة في مصراتة التي تخطط للتقدم نحو سرت.")
    assert [(m.status, [d.text for d in m.destinations]) for m in moves] == [
        ("reported", ["مصراتة"]), ("planned", ["سرت"])]


def test_movements_a_condition_ends_where_a_clause_of_time_begins():
    text = ("وحذر آمر الكتيبة من أن قواته ستتقدم نحو غات إذا استمرت الهجمات، في وقت دفع فيه الجيش الجزائري "
            "بوحدات إضافية إلى ولاية إليزي.")
    assert [(m.status, [d.text for d in m.destinations]) for m in _moves(text)] == [
        ("conditional", ["غات"]), ("reported", ["ولاية إليزي"])]


@pytest.mark.parametrize("text, source", [
    ("ونفى المتحدث باسم «الكتيبة 77 مشاة» ما تداولته صفحات عن انسحاب وحدات الكتيبة من مرزق باتجاه سبها.",
     "المتحدث باسم «الكتيبة 77 مشاة»"),
    ("وقال آمر «قوة حماية مرزق» إن مقاتليه سيتقدمون نحو تراغن إذا لم تنسحب الكتيبة.", "آمر «قوة حماية مرزق»"),
    ("في المقابل، نفى «المجلس العسكري مصراتة» ما تداولته صفحات عن تحرك كتائب من مصراتة نحو بني وليد.",
     "المجلس العسكري مصراتة"),
])
def test_movements_who_says_so_is_the_force_named_in_quotes_after_the_cue(text, source):
    (move,) = _moves(text)
    assert move.attributed_to == source


def test_movements_activity_seen_near_a_place_is_no_movement_to_it():
    text = "دفع الجيش بوحدات إضافية نحو جانت، بعد رصد تحركات مشبوهة لمجموعات مسلحة قرب معبر تين الكوم."
    assert [[d.text for d in m.destinations] for m in _moves(text)] == [["جانت"]]
    assert _moves("أفادت مصادر بتحركات لقوات الدعم السريع قرب جبل العوينات.") == ()
    (move,) = _moves("ورصدت مصادر تحركات لقوات الجيش نحو سرت.")  # towards a place: a movement
    assert [d.text for d in move.destinations] == ["سرت"]


def test_movements_places_of_another_clause_are_not_the_movements():
    """A condition, a cause or a time clause after the movement's place has places of its own."""
    cases = {
        "وصلت تعزيزات إلى سبها عقب اندلاع الاشتباكات في مرزق.": ["سبها"],
        "ستصل تعزيزات إلى سبها إذا اندلعت الاشتباكات في مرزق.": ["سبها"],
        "وصلت تعزيزات إلى سبها بسبب التوتر في أوباري.": ["سبها"],
        "دفع الجيش بتعزيزات إلى غات وبعد ذلك تصاعد التوتر في أوباري.": ["غات"],
    }
    for text, destinations in cases.items():
        (move,) = _moves(text)
        assert [d.text for d in move.destinations] == destinations, text
    (move,) = _moves("انطلقت القوات من سبها بعد ظهر الأحد إلى مرزق.")  # a time of its own: the clause goes on
    assert ([o.text for o in move.origins], [d.text for d in move.destinations]) == (["سبها"], ["مرزق"])
    (move,) = _moves("ستتقدم القوات إذا تجددت الاشتباكات نحو سرت.")  # no place before the condition: kept
    assert [d.text for d in move.destinations] == ["سرت"]


def test_movements_as_soon_as_is_a_time_for_a_past_verb_and_a_condition_for_a_future_one():
    statuses = {
        "وكانت وحدة من «جهاز حرس المنشآت النفطية» قد انسحبت من الحقل إلى أوباري فور دخول المحتجين إليه.": "reported",
        "انسحبت القوات من سرت إلى مصراتة بمجرد وصول التعزيزات.": "reported",
        "ستنسحب القوات من سرت إلى مصراتة بمجرد وصول قوة الفصل.": "conditional",
        "قال المتحدث إن القوات ستتحرك نحو غات فور صدور الأوامر.": "conditional",
        "يتحرك الجيش نحو غات فور صدور الأوامر.": "conditional",  # not a past verb
    }
    for text, status in statuses.items():
        (move,) = _moves(text)
        assert move.status == status, text


def test_movements_forces_right_after_their_verb_go_to_the_place_after_them():
    """ستنتشر وحدات في سبها: Sabha is where the units go, not the name of Sabha's armed groups; a purpose's places
    are not the movement's."""
    (move,) = _moves("ستنتشر وحدات في سبها لملاحقة عصابات التهريب القادمة من النيجر عبر القطرون.")
    assert (move.status, move.actor, [d.text for d in move.destinations], move.origins, move.via) == (
        "planned", None, ["سبها"], (), ())
    (move,) = _moves("انسحبت المجموعات المسلحة في مصراتة إلى سرت.")  # definite: still the town's armed groups
    assert (move.actor.name, [d.text for d in move.destinations]) == ("Misrata forces", ["سرت"])


def _brief(move):
    return (move.status, move.actor and (move.actor.text, move.actor.name), [o.text for o in move.origins],
            [d.text for d in move.destinations], [v.text for v in move.via])


def test_movements_a_denial_pointing_back_covers_the_claim_before_a_scope_break():
    (move,) = _moves("غير أن الناطق باسم اللواء وصف حديث المدونين عن «انسحاب قوات اللواء من الفقهاء نحو زلة» بأنه "
                     "«زلة لا تغتفر»، مضيفاً: «لا صحة لذلك إطلاقاً، فقواتنا باقية في مواقعها».")
    assert (move.status, [o.text for o in move.origins], [d.text for d in move.destinations]) == (
        "denied", ["الفقهاء"], ["زلة"])


def test_movements_a_place_in_a_condition_is_not_where_forces_go_without_a_word_of_direction():
    (move,) = _moves("وحذر قيادي من أن مقاتليه «سيتحركون نحو سرت إذا تعرض المدنيون في الجفرة لأي اعتداء».")
    assert _brief(move)[0::3] == ("conditional", ["سرت"])
    assert _moves("وحذر قيادي من أن مقاتليه «سيتحركون إذا تعرض المدنيون في الجفرة لأي اعتداء».") == ()
    (move,) = _moves("نشرت القيادة العامة وحدات إضافية لحماية ميناء السدرة وحقل أمل.")  # a purpose says where
    assert [d.text for d in move.destinations] == ["ميناء السدرة", "حقل أمل"]


def test_movements_in_the_first_person_plural_the_speakers_forces_move():
    (move,) = _moves("قال مصدر عسكري: «لن نتوغل في الحمادة الحمراء إلا إذا تأكدنا أن الرهائن محتجزون هناك».")
    assert _brief(move) == ("conditional", None, [], ["الحمادة الحمراء"], [])
    (move,) = _moves("وقال آمر المجموعة إن مقاتليه «سيزحفون من العجيلات نحو صبراتة ما لم تغادر التعزيزات».")
    assert _brief(move) == ("conditional", None, ["العجيلات"], ["صبراتة"], [])
    (move,) = _moves("وقال الآمر: «سنتقدم نحو سرت إذا لزم الأمر».")
    assert _brief(move)[0::3] == ("conditional", ["سرت"])


def test_movements_a_relative_clause_set_off_by_commas_has_places_of_its_own():
    (move,) = _moves("أرسلت قوات المشير خليفة حفتر، التي تسيطر على شرق ليبيا وجزء كبير من جنوبها، تعزيزات عسكرية "
                     "من براك الشاطئ إلى إدري، غداة خطف خمسة عمال.")
    assert _brief(move) == ("reported", ("المشير خليفة حفتر", "Libyan National Army"), ["براك الشاطئ"], ["إدري"], [])


def test_movements_a_base_after_a_town_is_where_the_movement_goes_not_where_the_town_is():
    (move,) = _moves("نفت وزارة الدفاع تقارير عن هبوط طائرات تقل عناصر مسلحة قادمة من مصراتة في قاعدة براك الجوية.")
    assert (move.status, [o.text for o in move.origins]) == ("denied", ["مصراتة"])
    assert [d.text for d in move.destinations] == ["قاعدة براك الجوية"]
    (move,) = _moves("وصلت طائرة شحن عسكرية إلى قاعدة حميميم في سوريا.")  # a country locates the base:
    assert [d.text for d in move.destinations] == ["قاعدة حميميم"]  # the arrow goes to the base only


def test_movements_an_arrival_and_where_it_came_from_are_one_movement():
    (move,) = _moves("انتشرت قوة تابعة لرئاسة الأركان العامة في طرابلس، صباح الأربعاء، على المداخل الشمالية "
                     "لتاورغاء، بعد أن تحركت ليلاً من زليتن عبر الطريق الساحلي مروراً بمصراتة.")
    assert _brief(move) == ("reported", ("رئاسة الأركان العامة في طرابلس", "GNA forces"), ["زليتن"], ["تاورغاء"],
                              ["مصراتة"])
    moves = _moves("حشد الجيش وحدات في محيط سرت، بالتزامن مع وصول تعزيزات قادمة من الجفرة.")
    assert [(m.kind, [o.text for o in m.origins], [d.text for d in m.destinations]) for m in moves] == [
        ("mobilise", [], ["سرت"]), ("reinforce", ["الجفرة"], [])]


def test_movements_unit_names_ending_in_a_town_and_forces_that_belong_to_them():
    (move,) = _moves("وصلت إلى جالو، ظهر الخميس، تعزيزات عسكرية تابعة لـ«كتيبة شهداء تازربو» قادمة من اجدابيا "
                     "مروراً بأوجلة.")
    assert _brief(move) == ("reported", ("كتيبة شهداء تازربو", None), ["اجدابيا"], ["جالو"], ["أوجلة"])
    (move,) = _moves("وتداول ناشطون صوراً لحشد شبان مسلحين من قبائل المنطقة أمام مديرية الأمن في هون.")
    assert _brief(move) == ("reported", ("شبان مسلحين", None), [], ["هون"], [])
    (move,) = _moves("أعادت القيادة العامة نشر وحدات انطلاقاً من قاعدة الجفرة الجوية باتجاه مدينتي هون وودان.")
    assert _brief(move)[2:4] == (["قاعدة الجفرة الجوية"], ["هون", "ودان"])


def test_movements_a_town_after_another_town_is_not_located_in_it():
    (move,) = _moves("تمركزت «القوة الثالثة» القادمة من مصراتة في سبها وقاعدة تمنهنط بتكليف من المؤتمر الوطني العام.")
    assert _brief(move)[2:4] == (["مصراتة"], ["سبها", "قاعدة تمنهنط"])


def test_movements_columns_that_leave_a_town_withdraw_from_it():
    (move,) = _moves("خرجت أرتال من كتائب القذافي من سبها باتجاه النيجر.")
    assert (move.kind, *_brief(move)[2:4]) == ("withdraw", ["سبها"], ["النيجر"])
    assert _moves("خرج المحتجون من سبها باتجاه مرزق.") == ()  # no force


def test_movements_a_commander_is_no_order_and_a_trigger_without_a_movement_leaves_the_cue_to_the_next():
    (move,) = _moves("ويأتي التصعيد بعد مقتل آمر جهاز دعم الاستقرار، وهي الأحداث التي أعادت إلى الأذهان حرب 2019 "
                     "حين تقدمت قوات القيادة العامة من غريان وترهونة نحو العاصمة.")
    assert move.status == "reported"
    (move,) = _moves("وتقول مصادر دبلوماسية إن موسكو تخطط لنقل معدات وطائرات مسيّرة جواً من قاعدة براك الجوية "
                     "إلى باماكو خلال الأسابيع المقبلة.")
    assert (move.kind, move.status, [d.text for d in move.destinations]) == ("airlift", "planned", ["باماكو"])


def test_movements_a_force_between_two_towns_setting_out_from_its_camps():
    (move,) = _moves("وأعلنت رئاسة الأركان أنها ستنشر خلال 48 ساعة قوة لفض النزاع قوامها 300 عنصر بين الرياينة "
                     "ويفرن، تنطلق من معسكراتها في غريان.")
    assert _brief(move) == ("planned", None, ["غريان"], ["الرياينة", "يفرن"], [])


def test_movements_patients_and_travellers_are_no_forces_and_barracks_say_where_from():
    assert _moves("وأعلنت البلدية نقل 37 مريضاً من مستشفى الكفرة العام إلى بنغازي عبر جسر جوي.") == ()
    assert _moves("نقلت سيارات الإسعاف 12 مريضاً ليبياً إلى المصحات الخاصة في صفاقس.") == ()
    (move,) = _moves("دفع الجيش الوطني التونسي بتعزيزات عسكرية من ثكنة قابس إلى بن قردان ومحيط معبر راس جدير.")
    assert _brief(move) == ("reported", ("الجيش الوطني التونسي", "Tunisian army"), ["قابس"],
                            ["بن قردان", "معبر راس جدير"], [])


def test_movements_stationed_forces_move_from_where_they_are():
    cases = {
        "ستُنقل الكتيبة المتمركزة في تقرت إلى برج عمر إدريس.": ("planned", ["تقرت"], ["برج عمر إدريس"]),
        "كما أكد أن كتيبة مشاة ميكانيكية متمركزة في تقرت «ستُنقل إلى برج عمر إدريس إذا ما تواصل التصعيد».": (
            "conditional", ["تقرت"], ["برج عمر إدريس"]),
        "سحبت القيادة الوحدات المنتشرة في أوباري إلى سبها.": ("reported", ["أوباري"], ["سبها"]),
    }
    _each_one_move(cases)


def test_movements_forces_from_a_town_before_the_verb_set_out_from_it():
    cases = {  # invented sentences in the shapes fresh5, fresh9, fresh17 and fresh32 annotate
        "ونفى المجلس البلدي أن تكون قوات من جادو ونالوت قد تحركت باتجاه يفرن.": ("denied", ["جادو", "نالوت"], ["يفرن"]),
        "وقالت مصادر إن مجموعات مسلحة من مصراتة حشدت عشرات الآليات قرب الهيشة.": ("reported", ["مصراتة"], ["الهيشة"]),
        "وقال إن كتيبتين من زليتن ستعيدان تمركزهما في بوقرين خلال أيام.": ("planned", ["زليتن"], ["بوقرين"]),
        # a speaker from the town is not the force: no origin
        "وقال قائد عسكري من مصراتة إن القوات تقدمت نحو سرت.": ("reported", [], ["سرت"]),
    }
    _each_one_move(cases)
    # the forces the verb before takes are its own: one move, from Ajdabiya to Brega
    (move,) = _moves("وجاءت إعادة الانتشار بعد سحب وحدات من إجدابيا ونقلها إلى ميناء البريقة.")
    assert _brief(move)[2:4] == (["إجدابيا"], ["ميناء البريقة"])


def test_movements_from_there_sets_out_from_where_the_move_before_went():
    first, second = _moves("انسحبت مجموعات من مرتزقة فاغنر من محيط طرابلس باتجاه بني وليد، ومنها نُقلت جواً إلى الجفرة.")
    assert (_brief(first)[2:4], _brief(second)[2:4]) == ((["طرابلس"], ["بني وليد"]), (["بني وليد"], ["الجفرة"]))
    first, second = _moves("حشدت الغرفة عشرات الآليات في أبوقرين، وهددت بالتقدم منها نحو سرت.")
    assert _brief(second)[2:4] == (["أبوقرين"], ["سرت"])
    # a company of the column (سرية منه) is a share of a force, not 'from there'; but after 'on the understanding
    # that' (على أن) it is the next leg, setting out from where the column is
    first, second = _moves("سيتمركز الرتل عند مداخل درنة، على أن تتحرك سرية منه الأسبوع المقبل إلى مرتوبة.")
    assert _brief(second)[2:4] == (["درنة"], ["مرتوبة"])


def test_movements_places_that_face_the_destination_roads_cut_and_reminders_are_no_destinations():
    cases = {
        "فيما دفع الجيش الجزائري بتعزيزات إلى الدبداب المقابلة لمدينة غدامس.": ["الدبداب"],
        "يعتزم الجيش المصري الدفع بوحدات إضافية إلى السلوم المقابلة لمنفذ امساعد الليبي.": ["السلوم"],
        "دفع الجيش المصري بتعزيزات إضافية إلى الحدود مع ليبيا قبالة واحة الجغبوب.": ["الحدود مع ليبيا"],
        "وقال إن مقاتليه «سيتقدمون نحو تراغن ويقطعون الطريق إلى سبها».": ["تراغن"],
        "وانتشرت وحدات قادمة من ترهونة عند البوابة الشمالية لبني وليد وعلى الطريق المؤدي إلى مسلاتة.": ["بني وليد"],
        "ولم يستبعد مصدر «نقل لواء مدرع من الإسكندرية إلى سيوة»، مذكّراً بأن القاهرة اعتبرت سرت «خطاً أحمر».": ["سيوة"],
    }
    for text, destinations in cases.items():
        (move,) = _moves(text)
        assert _brief(move)[3] == destinations, text
    (move,) = _moves("قال إن مقاتليه «سيتقدمون نحو تراغن ويقطعون الطريق إلى سبها إذا لم تنسحب الكتيبة».")
    assert move.status == "conditional"  # the condition covers both verbs: cutting the road ends no clause


def test_movements_libyan_colloquial_as_residents_and_local_radio_speak_it():
    cases = {  # invented in the shape of fresh42's quoted residents, phone-ins and forwarded messages
        "قال شاهد إن رتل تبع الجيش جاي من براك لسبها توا.": ("reported", ["براك"], ["سبها"]),
        "والكلام اللي ينقال إن المسلحين جايين من القطرون لمرزق كذب في كذب.": ("denied", ["القطرون"], ["مرزق"]),
        "وقال الناطق إن وحدات من الكتيبة باش تنتشر في أوباري بكرة.": ("planned", [], ["أوباري"]),
        "وقالوا إن الأركان باش يبعتوا رتل لغريان لو صار أي هجوم.": ("conditional", [], ["غريان"]),
        "قالوا لو صار اعتداء على ولادنا، رجالهم جاهزين يطلعوا من الزنتان ويجوا لتيجي.": (
            "conditional", ["الزنتان"], ["تيجي"]),  # two verbs joined with و: one move, the first one's status
        "طيارة شحن عسكرية نزلت الفجر في مطار سبها جابت عناصر من بنغازي.": ("reported", ["بنغازي"], ["مطار سبها"]),
    }
    _each_one_move(cases)
    assert _moves("وطلعت العائلات من مرزق لسبها خوفا من الاشتباكات.") == ()  # families leaving: no force


def test_movements_a_feared_or_unproven_infiltration_is_no_movement():
    (move,) = _moves("ونشرت الوزارة وحدات على الحدود مع النيجر تحسباً لتسلل جماعات مسلحة من أغاديس.")
    assert _brief(move)[2:4] == ([], ["الحدود مع النيجر"])
    (move,) = _moves("وقال إن الجيش سيعزز انتشاره في جانت إذا ثبت تسلل جماعات مسلحة من أغاديس.")
    assert (move.status, *_brief(move)[2:4]) == ("conditional", [], ["جانت"])


def test_movements_journeys_told_leg_by_leg():
    # stops joined with ثم are one route; 'before reaching' ends it (fresh43's shape)
    (move,) = _moves("انطلق الرتل فجر الثلاثاء من قاعدة تمنهنت الجوية، الواقعة شمال شرق سبها، مروراً بسبها ثم جرمة "
                     "في وادي الحياة، قبل أن يصل إلى اوباري مساء الأربعاء.")
    assert _brief(move)[2:5] == (["قاعدة تمنهنت الجوية"], ["اوباري"], ["سبها", "جرمة"])
    # 'from there' at the start of the next sentence sets out from where the last leg ended
    first, second = _moves("أبحرت سفينة إنزال من بنغازي لترسو صباح السبت في قاعدة طبرق البحرية. ومن هناك تحركت "
                           "القوة براً عبر الطريق الساحلي مروراً بكمبوت، ووصلت إلى البردية.")
    assert _brief(second)[2:5] == (["قاعدة طبرق البحرية"], ["البردية"], ["كمبوت"])
    first, second = _moves("وصل رتل عسكري مساء السبت إلى زلطن قادماً من طرابلس. ثم عبرت سرية منه إلى منفذ راس اجدير.")
    assert _brief(second)[2:4] == (["زلطن"], ["منفذ راس اجدير"])  # 'then': the next leg sets out where the last ended
    first, second = _moves("انطلقت طائرتا نقل روسيتان من قاعدة حميميم وهبطتا في قاعدة الخادم، قبل أن تتوجه إحداهما إلى "
                           "قاعدة الجفرة الجوية.")
    assert _brief(second)[2:4] == (["قاعدة الخادم"], ["قاعدة الجفرة الجوية"])  # 'before' heading on: the next leg
    (move,) = _moves("في المقابل، قفلت سرية الإسناد راجعةً إلى سبها بعد تعطّل ثلاث من شاحناتها قرب جرمة.")
    assert _brief(move)[3] == ["سبها"]  # turning back, the subject between the two words
    # approaching a place goes to it
    (move,) = _moves("نفى المتحدث أن يكون الرتل «قد دخل العزيزية أو اقترب من السواني».")
    assert (move.status, *_brief(move)[2:4]) == ("denied", [], ["العزيزية", "السواني"])


def test_movements_where_things_are_only_said_to_lie_or_to_be_seen():
    # a border after an origin locates it for a withdrawal, and is where a redeployment goes
    (move,) = _moves("وقالت إنها ستعيد نشر وحدات من الكفرة على الحدود مع تشاد.")
    assert _brief(move)[2:4] == (["الكفرة"], ["الحدود مع تشاد"])
    (move,) = _moves("أقلعت أربع طائرات شحن مجدداً إلى مطار أم جرس التشادي، القريب من الحدود مع السودان.")
    assert _brief(move)[3] == ["أم جرس"]  # a nationality between the place and 'near'
    (move,) = _moves("نشرت القيادة وحدات انطلقت من الكفرة على الحدود مع السودان، بعد رصد تحركات لمجموعات مسلحة في "
                     "المثلث الحدودي.")  # activity seen in a place is no movement to it
    assert _brief(move)[2:4] == (["الكفرة"], ["الحدود مع السودان"])
    (move,) = _moves("لم تعلّق الوزارة على التحركات، رغم أن الجيش كان قد دفع الشهر الماضي بتعزيزات إلى جانت.")
    assert move.status == "reported"  # 'although' ends the negation's scope
    (move,) = _moves("قال إن مقاتليه «سيتحركون نحو مطار طرابلس الدولي إذا لم تُسحب التعزيزات من العزيزية».")
    assert (move.status, *_brief(move)[2:4]) == ("conditional", [], ["مطار طرابلس الدولي"])  # the condition is none


def test_movements_the_capitals_armed_groups_and_a_border_beside_the_origin():
    (move,) = _moves("وانتشرت قوة من جهاز الردع في سوق الجمعة قادمة من معيتيقة.")
    assert (move.actor.name, *_brief(move)[2:4]) == ("GNA forces", ["معيتيقة"], ["سوق الجمعة"])
    (move,) = _moves("وصلت تشكيلات مسلحة من الزنتان إلى العزيزية.")  # 'armed formations', as statements name them
    assert (move.actor.name, *_brief(move)[2:4]) == ("Zintan forces", ["الزنتان"], ["العزيزية"])
    (move,) = _moves("ودفعت كتيبة النواصي بتعزيزات إلى قرقارش.")
    assert move.actor == Actor("كتيبة النواصي", "GNA forces")
    (move,) = _moves("وصلت قوة من وزارة الداخلية قادمة من منفذ رأس جدير على الحدود مع تونس إلى قرقارش.")
    assert _brief(move)[2:4] == (["منفذ رأس جدير"], ["قرقارش"])  # a destination follows: the border locates


def test_movements_an_official_who_speaks_is_no_visit_and_a_source_ends_the_places():
    (move,) = _moves("قال مسؤول إن الجيش التشادي سينقل كتيبة من فادا إلى ام جرس.")
    assert (move.status, move.actor.name, *_brief(move)[2:4]) == ("planned", "Chadian army", ["فادا"], ["ام جرس"])
    assert _moves("نفى مسؤول أن يكون وفد عسكري قد وصل إلى سبها.") == ()  # a delegation after 'that' still is one
    (move,) = _moves("ومن المقرر أن تنقل طائرة عسكرية الثلاثاء سرية إضافية من أغاديز إلى بيلما، على ما أفاد مصدر "
                     "عسكري في نيامي.")
    assert _brief(move)[2:4] == (["أغاديز"], ["بيلما"])


def test_movements_a_force_said_not_to_have_moved_is_no_antecedent():
    text = ("رئاسة الأركان: نشر وحدات في الزهراء.. ونفي لتحرك رتل من الزنتان\n\n"
            "أصدر المكتب الإعلامي لرئاسة الأركان العامة بحكومة الوحدة الوطنية بياناً هذا نصه:\n\n"
            "أولاً: تم نقل الكتيبة 55 مشاة من طرابلس إلى الزهراء مروراً بالسواني.")
    move = _moves(text)[-1]
    assert (move.actor.text, move.actor.name) == ("الكتيبة 55 مشاة", "GNA forces")


def test_movements_in_official_wording():
    # publishing a statement is no deployment; what a text 'came' to say is no arrival
    assert _moves("نشرت بعثة الأمم المتحدة، مساء اليوم، البيان الختامي لاجتماع اللجنة مع لجان التواصل من السودان "
                  "وتشاد والنيجر، وجاء نصه كالتالي:") == ()
    cases = {  # vanguards arriving; check points and training teams deployed; a landing on a town's coast
        "أولاً: وصول طلائع الفوج الثالث للتدخل السريع إلى أونيانغا كبير قادمة من فادا يوم الأحد.": (
            "reported", ["فادا"], ["أونيانغا كبير"]),
        "وأعلنت الوزارة أنها تعتزم نشر نقاط تفتيش ثابتة في الخمس ومسلاتة مطلع الشهر المقبل.": (
            "planned", [], ["الخمس", "مسلاتة"]),
        "نشر الجيش وحدات في سبها.": ("reported", [], ["سبها"]),  # the verb, its subject, then units: not Sabha's
        "ينفي المجلس جملة وتفصيلاً ما تداولته بعض القنوات عن إنزال بحري لمسلحين قادمين من مصراتة على ساحل زليتن.": (
            "denied", ["مصراتة"], ["زليتن"]),
    }
    _each_one_move(cases)


def test_movements_a_border_right_after_the_origin_locates_it():
    (move,) = _moves("وكانت هيئة الأركان قد سحبت، في فبراير الماضي، كتيبتين من أدري على الحدود مع السودان وأعادت "
                     "نشرهما في فايا لارجو.")
    assert _brief(move)[2:4] == (["أدري"], ["فايا لارجو"])
    (move,) = _moves("ستنتشر سرية إضافية قادمة من سبها في قاعدة الويغ.")  # في after the origin is where they go
    assert _brief(move)[2:4] == (["سبها"], ["قاعدة الويغ"])


def test_movements_statuses_of_sources_and_expectations():
    (move,) = _moves("ومن المقرر أن تنقل طائرات سلاح الجو، الأسبوع المقبل، تعزيزات من بورتسودان إلى دنقلا، وفق مصدر "
                     "عسكري تحدث شريطة عدم ذكر اسمه.")  # the source's condition is not the movement's
    assert move.status == "planned"
    (move,) = _moves("ومن المنتظر أن تنقل طائرات القوات الجوية التشادية وحدات من الحرس الرئاسي من انجمينا إلى مطار فايا.")
    assert move.status == "planned"


def test_movements_actors_named_past_a_time_phrase_patrols_of_a_nation_and_the_neighbours_army():
    (move,) = _moves("وصلت ليلة السبت إلى الأحد تعزيزات من الجيش الليبي قادمة من الشويرف إلى درج.")
    assert move.actor == Actor("الجيش الليبي", "Libyan National Army")
    (move,) = _moves("نفى المصدر ما روجته صفحات ليبية عن «توغل دوريات جزائرية داخل التراب الليبي باتجاه غدامس».")
    assert (move.status, move.actor) == ("denied", Actor("دوريات جزائرية", "Algerian army"))
    text = ("تطاوين – موزاييك أف أم\n\nانسحبت قوة تابعة لرئاسة الأركان بحكومة الدبيبة من منفذ وازن نحو نالوت. وأكد "
            "الناطق باسم وزارة الدفاع أن وحدات إضافية من جيش البر «ستنتقل من تطاوين لتتمركز في برج الخضراء».")
    assert [(m.actor.name, m.status) for m in _moves(text)] == [("GNA forces", "reported"), ("Tunisian army", "planned")]


def test_movements_a_force_word_past_a_time_phrase_and_a_round_of_talks():
    (move,) = _moves("أفادت مصادر بأن الجيش المصري عزز خلال الأيام الماضية نقاطه في منطقة شرق العوينات بسرية من حرس "
                     "الحدود، في حين زار رئيس أركان حرس الحدود القوات المتمركزة في الفرافرة.")
    assert (move.kind, move.actor.name, [d.text for d in move.destinations]) == (
        "reinforce", "Egyptian army", ["شرق العوينات"])
    assert move.destinations[0].place.country == "EG"
    assert _moves("وفي جنيف، انطلقت الثلاثاء جولة جديدة من محادثات اللجنة العسكرية المشتركة بمشاركة ممثلين عن "
                  "القيادة العامة في بنغازي وحكومة الوحدة الوطنية في طرابلس.") == ()


def test_movements_the_senders_seat_is_where_the_forces_come_from():
    (move,) = _moves("دفعت قيادة الناحية العسكرية الرابعة بورقلة، منذ مساء الخميس، بتعزيزات جديدة نحو الدبداب وعين أمناس.")
    assert _brief(move)[2:4] == (["ورقلة"], ["الدبداب", "عين أمناس"])
    (move,) = _moves("أرسلت القيادة العامة في بنغازي تعزيزات إلى سبها.")
    assert _brief(move)[1:4] == (("القيادة العامة", "Libyan National Army"), ["بنغازي"], ["سبها"])
    (move,) = _moves("نشر الجيش في سبها وحدات خاصة.")  # no place they go to: Sabha is where they deploy
    assert _brief(move)[2:4] == ([], ["سبها"])


def test_movements_a_place_that_locates_the_destination_is_not_one_of_its_own():
    (move,) = _moves("دفع الجيش التشادي بتعزيزات من فايا لارجو إلى زوار في منطقة تيبستي.")
    assert _brief(move)[2:4] == (["فايا لارجو"], ["زوار"])
    (move,) = _moves("تعتزم موسكو نشر وحدة رادارات في قاعدة معطن السارة قرب المثلث الحدودي مع تشاد والسودان.")
    assert [d.text for d in move.destinations] == ["قاعدة معطن السارة"]
    (move,) = _moves("نقلت مجموعات تشادية مسلحة جزءاً من عناصرها من محيط زوار إلى مواقع قرب تومو.")
    assert _brief(move)[2:4] == (["زوار"], ["تومو"])  # 'positions near Toummo': Toummo is where they go
    (move,) = _moves("سهلت قوات حفتر عبور أرتال محملة بالأسلحة من الكفرة إلى مليط عبر المثلث الحدودي، لإمداد "
                     "مقاتليها في شمال دارفور.")  # the purpose's place is not the movement's
    assert _brief(move)[2:5] == (["الكفرة"], ["مليط"], ["المثلث الحدودي"])
    (move,) = _moves("عزز الجيش الجزائري وحداته في الدبداب وعين أميناس، تحسباً لأي توتر قرب المثلث الحدودي.")
    assert _brief(move)[3] == ["الدبداب", "عين أميناس"]


def test_movements_the_centre_of_a_town_is_no_scope_break_and_definite_forces_move():
    (move,) = _moves("أفادت مصادر بانسحاب مجموعة مسلحة محلية من وسط ترهونة باتجاه القره بوللي.")  # وسط مخاوف breaks
    assert _brief(move)[2:4] == (["ترهونة"], ["القره بوللي"])
    (move,) = _moves("قال مصدر إن القوة تحركت من سبها إلى أوباري.")
    assert _brief(move)[2:4] == (["سبها"], ["أوباري"])
    assert _moves("تقدمت حكومة الوحدة الوطنية بمذكرة احتجاج بشأن الخروقات في طرابلس.") == ()


def test_movements_forces_that_set_out_join_those_stationed_and_stationed_forces_past_a_comma_are_not_the_mover():
    moves = _moves("قال الآمر إن كتيبة إضافية «ستتحرك الليلة من طرابلس مرورًا بالعزيزية لتلتحق بالتعزيزات الموجودة في "
                   "الأصابعة»، مشددًا على أن «تقدم الوحدات نحو مزدة غير وارد إلا إذا حاولت قوات حفتر دخول غريان».")
    advance = next(m for m in moves if [d.text for d in m.destinations] == ["مزدة"])
    assert (advance.status, [o.text for o in advance.origins]) == ("conditional", [])


def test_movements_a_negation_with_an_exception_is_a_condition_and_no_intention_a_denial():
    (move,) = _moves("قال آمر القوة المشتركة إن قواته «لن تتحرك من مصراتة نحو ترهونة إلا بطلب رسمي من رئاسة الأركان».")
    assert (move.status, *_brief(move)[2:4]) == ("conditional", ["مصراتة"], ["ترهونة"])
    (move,) = _moves("وقال المصدر: «لا نية للتقدم نحو غات في الوقت الحالي»، إلا أن الوحدات باقية في مواقعها.")
    assert (move.status, [d.text for d in move.destinations]) == ("denied", ["غات"])
    (move,) = _moves("انسحبت القوات من مرزق، إلا أن مصادر محلية تحدثت عن بقاء بعض العناصر.")  # 'however': no exception
    assert move.status == "reported"


def test_movements_foreign_forces_in_wire_copy():
    (move,) = _moves("وأضافا أن نحو 200 عنصر روسي انتقلوا من الجفرة لقاعدة براك الشاطئ.")  # from one لto the other
    assert _brief(move)[2:4] == (["الجفرة"], ["قاعدة براك الشاطئ"])
    (move,) = _moves("وأن أربعاً من الطائرات العسكرية واصلت رحلتها إلى باماكو.")  # 'continued its flight to'
    assert ([d.text for d in move.destinations], move.destinations[0].place.name) == (["باماكو"], "Bamako")
    (move,) = _moves("وقال إن روسيا «قد تسحب ما تبقى من طائراتها في حميميم إلى ليبيا إذا فشلت مفاوضاتها مع دمشق».")
    assert (move.kind, move.status, move.actor.name) == ("withdraw", "conditional", "Russian forces")
    assert _moves("وهبطت بمطار بنينا الأحد طائرة شحن تابعة لشركة «أجنحة الشام» قادمة من دمشق تحمل أدوية.") == ()
    assert _moves("ويقول محللون إن القواعد الليبية تحولت إلى محطة عبور رئيسية لإمدادات القوات الروسية المنتشرة في "
                  "مالي والنيجر.") == ()  # a transit station is no crossing
    assert _moves("انتشر الجنود حول معبر أدري الذي يعبره يومياً لاجئون فارّون من الجنينة.")[0].origins == ()


def test_movements_or_joins_a_list_what_is_really_happening_breaks_a_denial_and_the_article_comes_back_after_lam():
    (move,) = _moves("قال آمر اللواء: «ليس هناك أي تحرك لقواتنا نحو ميناء السدرة أو راس لانوف»، واصفاً ما يشاع بالأكاذيب.")
    assert (move.status, [d.text for d in move.destinations]) == ("denied", ["ميناء السدرة", "راس لانوف"])
    moves = _moves("قال الناطق إنه «ليس هناك أي تحرك لقوات المجلس نحو الزاوية، وكل ما في الأمر أن وحدات من القوة "
                   "تحركت من زوارة إلى الجميل لتأمين الطريق».")
    assert [(m.status, [d.text for d in m.destinations]) for m in moves] == [
        ("denied", ["الزاوية"]), ("reported", ["الجميل"])]
    (move,) = _moves("أرسلت قوات تابعة للقيادة العامة تعزيزات إلى سبها.")
    assert move.actor == Actor("القيادة العامة", "Libyan National Army")


def test_movements_a_local_armed_group_is_not_the_column_named_before_it():
    moves = _moves("أفادت مصادر بوصول رتل تابع لـ«اللواء 444 قتال» إلى ترهونة، بالتزامن مع انسحاب مجموعة مسلحة محلية "
                   "من وسط ترهونة باتجاه القره بوللي.")
    assert [(m.kind, m.actor) for m in moves] == [
        ("deploy", Actor("اللواء 444 قتال", "GNA forces")), ("withdraw", Actor("مجموعة مسلحة محلية", None))]


def test_movements_forces_from_a_town_set_out_from_it_and_a_tatweel_keeps_the_clitic():
    (move,) = _moves("نفى مصدر عسكري زنتاني تحرك أي قوات من الزنتان باتجاه جنزور غربي العاصمة.")
    assert (move.status, move.actor.name, *_brief(move)[2:4]) == ("denied", "Zintan forces", ["الزنتان"], ["جنزور"])
    (move,) = _moves("وتزامن ذلك مع انتشار كتائب من مصراتة على امتداد الطريق الساحلي حتى البوابة الشرقية لـزليتن.")
    assert _brief(move)[2:4] == (["مصراتة"], ["زليتن"])


def test_movements_and_on_the_border_after_a_town_is_a_destination_too():
    (move,) = _moves("عزز الجيش التونسي انتشاره في بن قردان وعلى الحدود مع ليبيا بوحدات قادمة من مدنين.")
    assert _brief(move)[2:4] == (["مدنين"], ["بن قردان", "الحدود مع ليبيا"])
    (move,) = _moves("نشر الجيش وحدات في منطقة الويغ على الحدود مع النيجر، قادمة من القطرون.")
    assert _brief(move)[2:4] == (["القطرون"], ["الويغ"])  # right after it, 'on the border' says where Al Wigh is


def test_movements_if_contrary_to_fact_is_no_movement():
    assert _moves("ويقول المحلل: «لو قرر حفتر التقدم نحو طرابلس مرة أخرى لوجد أمامه طائرات لا يملك لها رداً».") == ()
    (move,) = _moves("قال مصدر إن قوات حفتر تقدمت نحو سرت.")
    assert move.status == "reported"


def test_movements_units_a_command_mobilises_are_that_commands():
    (move,) = _moves("القيادة العامة تحشد وحدات من «اللواء 166 مشاة» في النوفلية وبن جواد.")
    assert move.actor == Actor("اللواء 166", "Libyan National Army")  # the lexicon's side for the 166th gives way
    (move,) = _moves("ذكرت أفريكوم أن طائرات عسكرية روسية نقلت عناصر من مجموعة فاغنر من سوريا إلى قاعدة الجفرة.")
    assert move.actor.name == "Wagner Group"  # planes carry the men; they do not command them


def test_movements_every_object_pronoun_of_a_form_marked_with_plus():
    _each_one_move({
        "وقال مصدر إن القيادة العامة أعادت نشرهما في براك الشاطئ.": ("reported", [], ["براك الشاطئ"]),
        "وأكد القادة أن قواتهم «ستتقدم نحو سرت إذا تقدم الطرف الآخر».": ("conditional", [], ["سرت"]),
        "وقررت القيادة العامة إعادة تموضعهم في الجفرة.": ("planned", [], ["الجفرة"]),
    })
    assert _moves("أعلن حزب «التجديد الوطني» انسحابه من انتخابات المجالس البلدية في زليتن وترهونة.") == ()


@pytest.mark.parametrize("text, actor", [
    ("وقال قادة ميدانيون من مصراتة إن قواتهم «ستتقدم نحو سرت».", "Misrata forces"),
    ("وحذّر مستشار لقائد الدعم السريع من أن قواتهم ستتقدم نحو الدبة.", "Sudanese armed groups"),
    ("واتهم الجيش السوداني قوات مرتبطة بالقيادة العامة بتسهيل نقل أسلحة إلى «الدعم السريع» عبر الكفرة.",
     "Libyan National Army"),
])
def test_movements_commanders_from_a_town_speak_for_its_forces_and_who_receives_is_not_who_moves(text, actor):
    (move,) = _moves(text)
    assert move.actor.name == actor


def test_movements_called_off_postponed_refuted_and_denied_by_the_accused():
    _each_one_move({
        "وأعلن الجيش إلغاء نقل كتيبة جواً من انجمينا إلى مطار فايا لارجو.": ("denied", ["انجمينا"], ["مطار فايا لارجو"]),
        "وأرجأ المجلس العسكري تحريك رتل من أبوقرين إلى الهيشة.": ("planned", ["أبوقرين"], ["الهيشة"]),
        "وسرت في المدينة أنباء عن هبوط طائرة شحن في مطار بني وليد قادمة من قاعدة الجفرة الجوية، غير أن البلدية "
        "فنّدت ذلك.": ("denied", ["قاعدة الجفرة الجوية"], ["مطار بني وليد"]),
        "واتهمت القيادة العامة حكومة الوحدة بإرسال شحنة ذخائر من مصراتة إلى درنة، وهو ما كذّبته وزارة الدفاع.":
            ("denied", ["مصراتة"], ["درنة"]),
        "وكانت القيادة العامة قد أعلنت عزمها نشر سرية في حقل الشرارة، قبل أن تتراجع عن القرار.":
            ("denied", [], ["حقل الشرارة"]),
        "ونفى أحد الأعيان أن تكون أي مجموعة قد تحركت نحو قاعدة الويغ.": ("denied", [], ["قاعدة الويغ"]),
        "وانسحبت عناصر من جبهة الوفاق من أجل التغيير في تشاد من محيط ربيانة.": ("reported", ["ربيانة"], []),
    })


def test_movements_a_scene_put_first_is_where_a_movement_with_only_an_origin_goes():
    _each_one_move({
        "الإثنين: في الأبيار، وصلت تعزيزات من «الكتيبة 212 مشاة» قادمة من المرج، إثر اشتباك قبلي.":
            ("reported", ["المرج"], ["الأبيار"]),
        "في أوباري، حشدت «قوة حماية أوباري» نحو 200 مسلح قدِم بعضهم من إدري وغات.":
            ("reported", ["إدري", "غات"], ["أوباري"]),
        "وفي روما، أعلنت القوات المالطية أنها أرسلت زورق دورية من فاليتا.": ("reported", ["فاليتا"], []),
    })
    assert _moves("وفي اليوم ذاته هبطت في مطار الكفرة أول رحلة ركاب قادمة من معيتيقة منذ شهرين.") == ()


def test_movements_to_the_entrance_of_a_town_and_fighters_in_the_nominative():
    _each_one_move({
        "وأفاد شهود بوصول رتل من «اللواء طارق بن زياد» إلى مدخل اوباري قادماً من سبها.": ("reported", ["سبها"], ["اوباري"]),
        "ونفى فصيل تشادي معارض أن يكون مقاتلوه قد دخلوا مرادة.": ("denied", [], ["مرادة"]),
    })


def test_movements_after_that_ends_the_scope_of_a_condition_or_a_plan_before_it():
    moves = _moves("هدد المجلس بالزحف على بني وليد ما لم يطلق سراح التجار، وذلك بعد أن حشدت كتائب من مصراته نحو 80 آلية "
                   "مسلحة في الهيشة.")
    assert [(m.status, [d.text for d in m.destinations]) for m in moves] == [
        ("conditional", ["بني وليد"]), ("reported", ["الهيشة"])]
    (move, _) = _moves("قررت القيادة، بعد أن وصلت التعزيزات إلى سبها، نشر وحدات في أوباري.")
    assert (move.status, [d.text for d in move.destinations]) == ("reported", ["سبها"])


def test_movements_a_but_sentence_denying_that_and_an_ultimatums_otherwise():
    text = ("وأفادت مصادر محلية بوصول رتل من «اللواء 128 معزز» إلى القريات قادماً من إدري. غير أن المتحدث باسم اللواء "
            "نفى ذلك.")
    assert [m.status for m in _moves(text)] == ["denied"]
    text = "وصلت تعزيزات إلى سرت قادمة من الجفرة. ووصف المتحدث الحديث عن هدنة بأنه لا أساس له."
    assert [m.status for m in _moves(text)] == ["reported"]  # not a 'but' sentence: it denies something else
    moves = _moves("الزنتان تمهل «قوات حفتر» 48 ساعة للانسحاب من القريات\n\nأمهل المجلس العسكري «قوات حفتر» 48 ساعة "
                   "للانسحاب من القريات، وإلا فإن قواته المتمركزة في الرياينة «ستتقدم نحو الشويرف».")
    assert [(m.kind, m.status) for m in moves] == [("withdraw", "conditional"), ("advance", "conditional")]


def test_movements_an_item_of_a_numbered_bulletin_and_youths_name_no_earlier_force():
    moves = _moves("1- دفع الجيش المصري بتعزيزات من مرسى مطروح إلى سيوة. 3- رست في ميناء الحريقة بطبرق سفينة شحن قادمة من "
                   "طرابلس اللبنانية أفرغت 12 مدرعة.")
    assert [m.actor.name if m.actor else None for m in moves] == ["Egyptian army", None]
    (move,) = _moves("دفع الجيش المصري بتعزيزات إلى سيوة. وحشد شبان من التبو مسلحيهم في بلدة الهواري.")[1:]
    assert move.actor == Actor("شبان", None)


def test_movements_forces_that_chase_others_somewhere_advance_there():
    _each_one_move({
        "وقال مصدر عسكري إن قواتها «ستلاحق المسلحين حتى حقل زلطن إذا لم يغادروا المنطقة خلال 48 ساعة».":
            ("conditional", [], ["حقل زلطن"]),
        "لاحقت القوات المسلحين حتى الحدود مع تشاد.": ("reported", [], ["الحدود مع تشاد"]),
    })
    (move,) = _moves("دفعت القيادة العامة برتل من براك الشاطئ إلى القطرون لملاحقة مجموعات مسلحة تنشط في المثلث الحدودي.")
    assert [d.text for d in move.destinations] == ["القطرون"]  # what the column is for, not a second move
    assert _moves("وتواصل النيابة ملاحقة المتهمين في سبها.") == ()


def test_movements_the_speakers_own_forces_are_his_not_the_force_told_of_before():
    before = "أرسل اللواء 444 قتال تعزيزات إلى ترهونة. "
    # an armed group's commander speaks for his own men: not the 444 Brigade of the sentence before
    (_, move) = _moves(before + "وقال آمر إحدى المجموعات، في تسجيل صوتي، إن رجاله «سيدخلون جنزور إذا لم يطلق سراح المعتقلين».")
    assert (move.status, move.actor) == ("conditional", Actor("رجاله", None))
    # a town with forces of its own, named before them in the sentence, is whose they are
    (_, move) = _moves(before + "وفي الزنتان، حذّر قائد ميداني بارز من أن وحداته ستتحرك نحو طرابلس إذا تعرّض المدنيون لأذى.")
    assert (move.status, move.actor) == ("conditional", Actor("وحداته", "Zintan forces"))
    # the brigade's commander speaks for the brigade named before
    (_, move) = _moves(before + "وقال آمر اللواء في تصريح إن قواته «ستعود من ترهونة إلى طرابلس بعد تسلم الشرطة مهامها».")
    assert move.actor == Actor("اللواء 444 قتال", "GNA forces")


def test_movements_a_bare_army_is_the_one_of_the_nationality_just_before_it():
    (_, move) = _moves("نقلت طائرات روسية معدات إلى قاعدة الجفرة. غير أن مصدراً عسكرياً جزائرياً أكد أن الجيش "
                       "«سيدفع بوحدات مدرعة إلى برج باجي مختار إذا تكرر اختراق المسيّرات للأجواء».")
    assert (move.status, move.actor) == ("conditional", Actor("الجيش", "Algerian army"))
    # a single armed group of a nationality is that country's armed groups
    (move,) = _moves("انسحبت مجموعة مسلحة سودانية من محيط ربيانة نحو الحدود مع السودان يوم الخميس.")
    assert move.actor == Actor("مجموعة مسلحة سودانية", "Sudanese armed groups")


def test_movements_brought_in_forces_and_the_towns_the_column_passed_on_the_way():
    (move,) = _moves("استقدمت القيادة العامة تعزيزات من قاعدة الجفرة الجوية إلى بونجيم، وقال الناطق باسم الكتيبة "
                     "إن الرتل وصل مساء الأربعاء مروراً بودان.")
    assert _summary(move) == ("reinforce", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["بونجيم"],
                              ["ودان"])
    assert _moves("استقدمت البلدية خبراء من طرابلس إلى سبها لإصلاح الشبكة.") == ()  # experts are no force


def test_movements_by_sea_is_a_landing_and_an_airlines_flights_are_no_movement():
    (move,) = _moves("وقال مصدر في الجهاز إن زوارق تابعة له «ستنقل عناصر بحراً من الزاوية إلى مجمع مليتة لتأمينه».")
    assert (move.kind, move.status, [o.text for o in move.origins], [d.text for d in move.destinations]) == (
        "naval_landing", "planned", ["الزاوية"], ["مجمع مليتة"])
    assert _moves("وأعلنت الخطوط التونسية تسيير رحلات إضافية بين جربة وطرابلس.") == ()


def test_movements_the_sudan_liberation_army_is_a_sudanese_armed_group_not_the_army():
    (move,) = _moves("وقال مصدر إن عناصر من حركة جيش تحرير السودان انسحبوا من محيط حقل النافورة نحو الحدود مع السودان.")
    assert move.actor.name == "Sudanese armed groups"


def test_movements_a_withdrawal_in_a_place_leaves_it_and_calm_returning_is_no_movement():
    (move,) = _moves("ونفى الناطق باسم الكتيبة ما تداولته صفحات عن «إخلاء القوات مواقعها في أم الرزم وانسحابها باتجاه درنة».")
    assert _brief(move) == ("denied", None, ["أم الرزم"], ["درنة"], [])
    (move,) = _moves("وقال آمر الكتيبة إن عناصره باقون حتى عودة الهدوء، وإنهم سينتشرون في توكرة إذا تجددت المواجهات.")
    assert (move.kind, move.status, [d.text for d in move.destinations]) == ("deploy", "conditional", ["توكرة"])


def test_movements_a_withdrawal_near_or_on_the_edge_of_a_place_leaves_it():
    (move,) = _moves("غادرت قوة معسكراً قرب أوباري.")
    assert _brief(move)[2:4] == (["أوباري"], [])
    (move,) = _moves("وأخلى مسلحون معسكراً على الأطراف الجنوبية لأوباري.")  # the part's 'of', not 'to'
    assert _brief(move)[2:4] == (["أوباري"], [])
    (move,) = _moves("انسحبت قوة إلى مواقع قرب أوباري.")  # a word of direction: where it goes
    assert _brief(move)[2:4] == ([], ["أوباري"])
    for text in ("عادت الكتيبة أدراجها قرب سرت.", "عادت القوات وتمركزت قرب سرت."):  # no camp left; another verb's place
        (move,) = _moves(text)
        assert _brief(move)[2:4] == ([], ["سرت"])


def test_movements_a_force_that_will_not_leave_where_it_is_stationed_would_leave_from_there():
    (move,) = _moves("وقال المصدر إن «الوحدات المنتشرة في تين الكوم لن تغادر مواقعها إلا إذا عاد الهدوء إلى غات».")
    assert _brief(move)[:4] == ("conditional", None, ["تين الكوم"], [])
    assert not _moves("وقال إن الوحدات المنتشرة في تين الكوم غادرت مواقعها.")  # left, but for where the text does not say
    assert not _moves("وقال إن الوحدات المنتشرة في تين الكوم قد غادرت مواقعها.")


def test_movements_a_force_described_up_to_its_owner_came_from_where_it_was_moved():
    (move,) = _moves("وصلت مساء اليوم إلى إدري سرية من «الكتيبة 166» التابعة للقيادة العامة، نُقلت من براك بعد أسابيع من "
                     "مطالبات الأهالي.")
    assert _summary(move)[1:5] == ("reported", "Libyan National Army", ["براك"], ["إدري"])


def test_movements_what_a_force_goes_to_escort_is_not_what_moves():
    (move,) = _moves("في المقابل، نفى الناطق الرسمي باسم الوزارة ما تداولته صفحات عن عبور وحدات من الجيش التونسي من بن قردان "
                     "عبر معبر رأس جدير نحو طرابلس لمرافقة قوافل المساعدات.")
    assert _summary(move)[1:5] == ("denied", "Tunisian army", ["بن قردان"], ["طرابلس"])
    (move,) = _moves("ونفت القيادة العامة أن تكون قد أرسلت وحدات من الكفرة لمرافقة القوافل حتى الحدود مع السودان.")
    assert _summary(move)[3:5] == (["الكفرة"], ["الحدود مع السودان"])  # the escort goes where they go


def test_movements_a_landing_told_after_a_massing_at_the_same_place_is_a_move_of_its_own():
    mass, landing = _moves("ومن جهتها، حشدت القيادة العامة للجيش الليبي، منذ السبت، وحدات الهندسة العسكرية في توكرة، بعد أن "
                           "أنزلت سفينة تابعة للقوات البحرية، قادمة من ميناء بنغازي، جرافات وعناصر من سلاح المهندسين على "
                           "شاطئ المدينة، لفتح الطرق.")
    assert (mass.kind, _summary(mass)[3:5]) == ("mobilise", ([], ["توكرة"]))
    assert (landing.kind, _summary(landing)[3:5]) == ("naval_landing", (["ميناء بنغازي"], ["توكرة"]))
    assert len(_moves("انتشرت وحدات تركية في الخمس، بعد أن أنزلتها سفينة حربية في الخمس.")) == 1  # one arrival


def test_movements_words_that_call_another_claim_false_do_not_deny_the_moves_before():
    deploy, airlift, incursion = _moves(
        "وكان الجيش الجزائري قد نشر وحدات إضافية من جانت على الحدود مع ليبيا، ونقل عبر جسر جوي تعزيزات من تمنراست "
        "إلى مطار جانت، في حين نفت وزارة الدفاع ما تداولته صفحات ليبية عن توغل دورية جزائرية في البركت، واصفة إياه "
        "بـ«ادعاءات لا أساس لها».")
    assert (deploy.status, airlift.status, incursion.status) == ("reported", "reported", "denied")


def test_movements_which_could_not_be_checked_is_no_condition():
    (move,) = _moves("غير أن بلاغات من سكان المنطقة تحدثت عن عبور شاحنات محملة بالذخيرة من جانت نحو منفذ إيسين، وهو ما لم "
                     "يتسنّ التحقق منه.")
    assert move.status == "reported"
    (move,) = _moves("ستتقدم القوات نحو سرت ما لم تنسحب الميليشيات.")  # 'unless'
    assert move.status == "conditional"


def test_movements_a_military_region_is_the_army_of_the_country_the_move_is_in():
    (move,) = _moves("وقال مصدر عسكري مصري إن القوات المسلحة رفعت درجة الاستعداد في المنطقة العسكرية الغربية، لكنها «لن تدفع "
                     "بأي تعزيزات من مرسى مطروح إلى السلوم إلا إذا شهدت الحدود مع ليبيا اضطرابات».")
    assert move.actor.name == "Egyptian army"
    (move,) = _moves("دفعت المنطقة العسكرية الغربية بتعزيزات من الزنتان إلى نالوت.")
    assert move.actor.name == "GNA forces"  # Libya's, in Libya


def test_movements_election_material_flown_in_is_no_force():
    assert not _moves("فيما وصلت المواد الانتخابية إلى مطار الأبرق على متن طائرة شحن مدنية مستأجرة من مصر، ونُقلت منه براً "
                      "إلى مخازن المفوضية في البيضاء والقبة.")


def test_movements_a_crossing_and_where_it_led_are_one_movement():
    (move,) = _moves("وقال إن الجيش الجزائري توغّل في الأراضي الليبية عبر معبر تين الكوم ووصل إلى مشارف غات.")
    assert _summary(move)[2:] == ("Algerian army", [], ["غات"], ["معبر تين الكوم"])
    assert len(_moves("توغلت دورية جزائرية عبر منفذ إيسين وعادت إلى جانت بعد ساعات.")) == 2  # and came back: two


def test_movements_a_town_the_column_passes_in_the_present_is_on_its_way():
    (move,) = _moves("رتل من قوات الجيش الوطني الليبي يضم نحو 30 آلية مسلحة يغادر سبها متجهاً غرباً، ويمر بجرمة بعد ساعتين.")
    assert _summary(move)[3:] == (["سبها"], [], ["جرمة"])


def test_movements_a_live_pages_column_arriving_in_a_verbal_noun_is_the_same_journey():
    (move,) = _moves("05:40 — رتل من قوات الجيش الوطني الليبي يغادر سبها متجهاً غرباً، ويمر بجرمة بعد ساعتين.\n"
                     "08:55 — وصول الرتل إلى أوباري، حيث تمركز جزء منه عند البوابة الشرقية.")
    assert _summary(move)[3:] == (["سبها"], ["أوباري"], ["جرمة"])
    assert not any(_summary(move)[3:5] == (["سبها"], ["سبها"]) for move in _moves(  # back where it set out from
        "05:40 — رتل من قوات الجيش الوطني الليبي يغادر سبها متجهاً غرباً.\n08:55 — عودة الرتل إلى سبها بعد تعطل آلياته."))


def test_movements_an_airspace_crossed_is_flown_over_on_the_way():
    (move,) = _moves("رصدت المنصات تسع رحلات لطائرات نقل عسكرية تركية أقلعت من قاعدة قيصري الجوية، وعبرت الأجواء جنوب جزيرة "
                     "كريت، قبل أن تهبط تباعاً في قاعدة الوطية.")
    assert _summary(move)[3:] == (["قيصري"], ["قاعدة الوطية"], ["كريت"])


def test_movements_the_town_a_force_will_never_leave_is_where_it_would_leave_from():
    _, stay = _moves("وصلت قوة إلى الزاوية. وقال آمرها إن القوة لن تغادر المدينة قبل أن تستقر الأوضاع في الزاوية.")
    assert _summary(stay)[1:5] == ("conditional", None, ["الزاوية"], [])  # not before things settle
    assert len(_moves("وصلت قوة إلى الزاوية. ونفى أن تكون القوة قد غادرت المدينة إلى طرابلس.")) == 2


def test_movements_a_story_that_goes_back_to_a_year_is_no_return():
    assert not _moves("ويعود ملف المقاتلين السوريين في ليبيا إلى أواخر 2019، إبان معارك طرابلس.")


def test_movements_the_ship_a_force_got_off_is_not_who_moves():
    landing, advance = _moves("نفت الوزارة أن يكون مقاتلون سوريون قد نزلوا من سفينة تركية في ميناء الخمس أو تقدموا نحو "
                              "حقل الحمادة.")
    assert _summary(landing)[1:5] == ("denied", "Syrian mercenaries", [], ["ميناء الخمس"])
    assert _summary(advance)[1:5] == ("denied", "Syrian mercenaries", [], ["حقل الحمادة"])  # or: the same movers
    assert len(_moves("وصلت قوة من الجيش الوطني إلى براك، ولم يتضح هل ستبقى أو تتقدم نحو الجفرة.")) == 1


def test_movements_what_likely_happened_is_told_and_what_may_come_is_weighed():
    (move,) = _moves("ويرجّح الفريق أن الرتل خرج من قاعدة براك الجوية ومرّ بسبها قبل أن يصل إلى قاعدة تمنهنط.")
    assert _summary(move)[1:] == ("reported", None, ["قاعدة براك الجوية"], ["قاعدة تمنهنط"], ["سبها"])
    assert not _moves("ويرجح مراقبون أن القيادة العامة ستدفع بكتيبة إلى سرت.")  # a forecast
    assert _summary(_moves("ويرجح مراقبون أن الجيش انسحب من سرت.")[0])[1] == "reported"
    assert not _moves("ورجح مراقبون أن الحكومة تدرس دفع قوات إلى سرت.")  # a verbal noun another verb governs


def test_movements_a_towns_force_a_state_command_sends_is_the_states():
    (move,) = _moves("وتزامنت الجلسة مع إعلان رئاسة الأركان العامة بحكومة الوحدة الوطنية نشر قوة من مصراته في ترهونة.")
    assert _summary(move)[2:5] == ("GNA forces", ["مصراته"], ["ترهونة"])
    (move,) = _moves("وبينما تقدمت قوات الجيش الوطني دخلت قوة من مصراتة إلى سرت.")
    assert move.actor.name == "Misrata forces"  # entered: no one sent it


def test_movements_who_a_condition_is_about_does_not_move_in_its_answer():
    (move,) = _moves("وإذا اقتربت عناصر «الدعم السريع» من الكفرة فستتحرك قوة من الجغبوب جنوباً.")
    assert _summary(move)[1:4] == ("conditional", None, ["الجغبوب"])
    (move,) = _moves("إذا عبرت قوات مصراتة الوشكة متجهة إلى سرت، فإن الجيش المصري، بموجب تفويض البرلمان، سيدفع بقوات عبر "
                     "منفذ امساعد إلى الجفرة.")
    assert move.actor.name == "Egyptian army"  # the answer's own subject
    (move,) = _moves("وإذا اقتربت عناصر فاغنر من الكفرة فستتحرك قوة من الجغبوب جنوباً.")
    assert move.actor is None  # فاغنر opens with ف, but answers nothing


def test_movements_what_happened_in_a_place_is_no_destination():
    (move,) = _moves("وقال: «إذا اقتربت أي ميليشيا من خط الحدود فستتقدم وحدات من شرق العوينات حتى الحدود مع السودان خلال "
                     "ساعات، ولن نسمح بتكرار ما جرى في الفاشر».")
    assert _summary(move)[3:5] == (["شرق العوينات"], ["الحدود مع السودان"])


def test_movements_a_place_right_after_an_origin_with_bi_says_where_it_is():
    (move,) = _moves("من المقرر أن تُبحر سفن إنزال من قاعدة رأس التين البحرية بالإسكندرية لتنفيذ إنزال لمشاة البحرية على شاطئ "
                     "مرسى مطروح.")  # and 'to carry out a landing' is what the sailing is for
    assert _summary(move)[:2] == ("naval_landing", "planned")
    assert _summary(move)[3:5] == (["قاعدة رأس التين البحرية"], ["مرسى مطروح"])


def test_movements_that_he_after_the_speakers_participle_is_the_speaker_announcing_apart_from_the_denial():
    airlift, move = _moves("نفى الجيش الوطني الليبي، في بيان صدر ببنغازي، ما أوردته منصات سودانية عن جسر جوي لنقل أسلحة من مطار "
                           "الكفرة إلى نيالا لصالح الدعم السريع، ووصفه بأنه «محض افتراء»، معلناً في البيان ذاته أنه سينقل "
                           "سرية من تازربو إلى الكفرة.")
    assert airlift.status == "denied"
    assert _summary(move)[1:5] == ("planned", "Libyan National Army", ["تازربو"], ["الكفرة"])


def test_movements_a_fort_or_a_castle_before_a_place_is_that_place():
    (move,) = _moves("فالجيش النيجري أعلن أنه نشر كتيبة قادمة من ديركو في حصن ماداما.")
    assert _summary(move)[2:5] == ("Nigerien army", ["ديركو"], ["ماداما"])


def test_movements_where_a_force_advanced_and_took_control_is_where_it_went():
    (move,) = _moves("أعلن الناطق أن قوات متحرك «الصياد» تقدمت من الدبة وبسطت سيطرتها على منطقة كرب التوم بعد معارك.")
    assert _summary(move)[3:5] == (["الدبة"], ["كرب التوم"])
    (move,) = _moves("دفعت قوات الدعم السريع بعشرات العربات من وادي هور باتجاه المثلث الحدودي، في أكبر تحرك لها منذ سيطرتها "
                     "على كرب التوم العام الماضي.")
    assert _summary(move)[4] == ["المثلث الحدودي"]  # since it took it: no destination


def test_movements_the_armies_of_a_nation_are_its_army():
    (move,) = _moves("أعلنت رئاسة الأركان العامة للجيوش التشادية أنها ستنشر كتيبتين قادمتين من فايا لارجو في زوار.")
    assert move.actor.name == "Chadian army"  # not the Tripoli chief of staff


def test_movements_a_ship_moored_off_a_place_sets_out_from_it():
    (move,) = _moves("وأضاف المصدر أن عناصر من مشاة البحرية ستنفذ الأسبوع المقبل إنزالاً على ساحل سيدي براني، انطلاقاً من "
                     "حاملة المروحيات «أنور السادات» الراسية حالياً قبالة مرسى مطروح.")
    assert _summary(move)[3:5] == (["مرسى مطروح"], ["سيدي براني"])


def test_movements_the_ministry_of_defence_in_tripoli_is_the_gna():
    (move,) = _moves("في المقابل، نفت وزارة الدفاع بطرابلس تقارير تحدثت عن تقدم قواتها من الوشكة نحو الضواحي الغربية لسرت.")
    assert _summary(move)[1:5] == ("denied", "GNA forces", ["الوشكة"], ["سرت"])


def test_movements_a_force_someone_fought_beside_is_not_the_force_the_story_goes_on_with():
    moves = _moves("ويقيم الجنرال في زوار، مركز ثقل الجيش التشادي في تيبستي، وقد قاتل إلى جانب القوات الفرنسية في مالي عام 2013. "
                   "ومنذ ذلك الحين نقلت طائرتا شحن عسكريتان كتيبة من القوات الخاصة من انجامينا إلى قاعدة فايا الجوية.")
    assert moves[-1].actor.name == "Chadian army"  # the army the story is about


def test_movements_armies_a_speaker_quotes_do_not_name_an_unknown_units_side():
    moves = _moves("وقال الناطق باسم غرفة عمليات اجدابيا إن هذه التعزيزات «تأتي بعد اتساع المعارك في دارفور بين الجيش السوداني "
                   "وقوات الدعم السريع واقترابها من المثلث الحدودي»، مضيفاً أن كتيبة المشاة المتمركزة في البريقة «ستنتقل "
                   "الأسبوع المقبل إلى اجدابيا».")
    assert moves[-1].actor is None or moves[-1].actor.name not in ("Sudanese army", "Sudanese armed groups")


def test_movements_a_long_place_name_does_not_push_the_force_out_of_reach():
    (move,) = _moves("وصلت إلى مشارف بلدة أبو نجيم، فجر الثلاثاء، أرتال مسلحة تابعة لقوات مصراتة قادمة من أبوقرين.")
    assert _summary(move) == ("deploy", "reported", "Misrata forces", ["أبوقرين"], ["أبو نجيم"], [])


def test_movements_a_headlines_town_is_told_again_as_the_base_beside_it():
    moves = _moves("الجيش الليبي ينقل «الكتيبة 319 مشاة» جواً إلى طبرق\n\nحطّت ثلاث طائرات شحن عسكرية أرسلتها القيادة "
                   "العامة، فجر الثلاثاء، في قاعدة جمال عبد الناصر الجوية جنوب طبرق، قادمة من مطار الأبرق.")
    assert [(m.kind, [d.text for d in m.destinations]) for m in moves] == [
        ("airlift", ["قاعدة جمال عبد الناصر الجوية"])]


def test_movements_a_condition_in_a_later_statement_is_that_statements_own():
    moves = _moves("وكشف مصدر في القيادة العامة أن قوات المشير «ستنشر سرية من سبها في أم الأرانب خلال أيام»، وأكد المصدر "
                   "أن «قواتنا لن تتقدم نحو الحدود الليبية التشادية إلا إذا طلبت انجمينا ذلك رسمياً».")
    assert [(m.status, [d.text for d in m.destinations]) for m in moves] == [
        ("planned", ["أم الأرانب"]), ("conditional", ["الحدود الليبية التشادية"])]
    # a denial in the later statement is still about this one
    (move, _) = _moves("وبينما سرت أنباء عن انسحاب وحدات من قاعدة القرضابية الجوية نحو رأس لانوف، نفى المتحدث ذلك، "
                       "وقال إن ما يُتداول «لا أساس له من الصحة»، مؤكداً أن تعزيزات وصلت إلى سرت.")
    assert move.status == "denied"


def test_movements_massing_the_zintan_revolutionaries_and_the_apparatus_named_before():
    (move,) = _moves("وتزامن ذلك مع احتشاد مجموعات من ثوار الزنتان في قاعدة الوطية، وفق سكان محليين.")
    assert _summary(move) == ("mobilise", "reported", "Zintan forces", [], ["قاعدة الوطية"], [])
    assert _moves("واحتشد مئات المحتجين في ساحة الشهداء بطرابلس.") == ()  # a crowd is no force
    (_, move) = _moves("دفع جهاز دعم الاستقرار بتعزيزات إلى الجميل. وقال مصدر في الجهاز إن زوارق تابعة له «ستنقل "
                       "عناصر بحراً من الزاوية إلى مجمع مليتة».")
    assert move.actor == Actor("الجهاز", "GNA forces")


def test_movements_the_national_army_of_a_foreign_source_is_its_countrys():
    (move,) = _moves("أفاد مصدر عسكري تونسي بأن وحدات من الجيش الوطني انتقلت من جرجيس إلى بن قردان.")
    assert move.actor.name == "Tunisian army"


def test_movements_verbs_chained_with_and_share_their_force_and_reposition_verbs():
    (move,) = _moves("نفت الجبهة أن يكون مقاتلوها قد تسللوا إلى الأراضي الليبية وتوغلوا نحو تازربو.")
    assert (move.kind, move.status, [d.text for d in move.destinations]) == ("advance", "denied", ["تازربو"])
    (move,) = _moves("فقال آمرها إن مقاتليه «سيعيدون تموضعهم في القطرون إذا تسلّم الجيش تأمين المنطقة».")
    assert (move.kind, move.status, [d.text for d in move.destinations]) == ("redeploy", "conditional", ["القطرون"])


def test_movements_when_the_speaker_goes_on_an_unnamed_force_is_his():
    text = ("أرسلت قوات مصراتة أرتالا إلى أبوقرين. في المقابل، نفى المتحدث باسم «اللواء 128 معزز» التابع للقيادة "
            "العامة انسحاب وحدات اللواء من أبو نجيم نحو ودان. وأضاف أن سرية يقودها العقيد سالم «ستعيد تمركزها من هون "
            "إلى أبو نجيم».")
    assert _moves(text)[-1].actor == Actor("سرية يقودها العقيد", "Libyan National Army")  # not Misrata's, moved last
    text = ("وصلت أرتال للجيش الليبي إلى هون. وقال مصدر في المجلس العسكري مصراتة إن الأرتال لن تدخل البلدة. وأضاف "
            "المصدر ذاته أن زوارق تابعة للقوة المشتركة «ستنقل عناصر بحراً من مصراتة إلى بويرات الحسون».")
    assert _moves(text)[-1].actor.name == "Misrata forces"
    # the Chadian general staff, named with its nationality
    (move,) = _moves("أعلنت هيئة الأركان التشادية أنها تعتزم نشر كتيبة إضافية في منطقة كوري بوقودي.")
    assert move.actor.name == "Chadian army"


def test_movements_a_but_between_two_verbs_keeps_them_apart():
    (move,) = _moves("قال المصدر إن الأرتال لن تدخل البلدة، لكنها ستواصل تقدمها نحو هون.")
    assert (move.kind, move.status, [d.text for d in move.destinations]) == ("advance", "planned", ["هون"])


def test_movements_a_ship_that_sailed_and_a_landing_ship_that_sailed_from_its_port():
    (move,) = _moves("أبحرت فرقاطة تركية من ميناء إزمير باتجاه مصراتة.")
    assert (move.kind, [o.text for o in move.origins], [d.text for d in move.destinations]) == (
        "naval_landing", ["إزمير"], ["مصراتة"])
    (move,) = _moves("نفذت وحدات من مشاة البحرية التركية عملية إنزال على ساحل الخمس، انطلاقاً من سفينة الإنزال التي "
                     "أبحرت من إزمير مطلع الأسبوع.")
    assert (move.kind, [o.text for o in move.origins], [d.text for d in move.destinations]) == (
        "naval_landing", ["إزمير"], ["الخمس"])
    assert _moves("أبحرت ناقلة نفط من ميناء الحريقة إلى إيطاليا.") == ()


def test_movements_but_with_a_pronoun_is_the_force_named_earlier():
    (move,) = _moves("قال مصدر إن الأرتال لن تدخل البلدة في الوقت الحالي، لكنها «ستواصل تقدمها جنوباً نحو هون».")
    assert (move.kind, move.status, [d.text for d in move.destinations]) == ("advance", "planned", ["هون"])


def test_movements_a_place_joined_by_and_after_the_verb_is_the_next_clauses_subject():
    (move,) = _moves("خاص | قوة من رئاسة الأركان تصل إلى حقل الوفاء.. والزنتان تحشد والجزائر تراقب")
    assert [d.text for d in move.destinations] == ["حقل الوفاء"]
    (move,) = _moves("أفادت مصادر بأن تعزيزات وصلت أمس في سبها وأوباري.")
    assert [d.text for d in move.destinations] == ["سبها", "أوباري"]


def test_movements_where_a_force_stopped_on_the_way_is_passed_through_else_where_it_ended():
    (move,) = _moves("تمركزت أرتال تابعة لرئاسة الأركان العامة في طرابلس، فجر الاثنين، على مشارف زوارة، بعد أن انطلقت "
                     "من الزاوية مساء الأحد مروراً بصبراتة، وتوقفت ساعات في محيط مجمع مليتة للنفط والغاز.")
    assert _brief(move)[2:] == (["الزاوية"], ["زوارة"], ["صبراتة", "مجمع مليتة للنفط والغاز"])
    (move,) = _moves("انطلق رتل تابع لـ«المجلس العسكري الزنتان»، صباح الاثنين، من الزنتان مروراً بالرياينة، وتوقف عند بئر الغنم.")
    assert _brief(move)[2:] == (["الزنتان"], ["بئر الغنم"], ["الرياينة"])


def test_movements_a_long_force_name_after_the_verb_does_not_push_its_object_out_of_reach():
    moves = _moves("دخل مسلحون من «مجلس القيادة العسكرية لإنقاذ الجمهورية»، المتمرد على السلطات التشادية، فجر السبت، "
                   "بلدة زوار في جبال تيبستي شمالي تشاد.")
    assert [(m.actor.name, [d.text for d in m.destinations]) for m in moves] == [("Chadian armed groups", ["زوار"])]


def test_movements_the_largest_move_since_is_how_a_move_is_told_not_another_move():
    moves = _moves("حشدت كتائب مصراتة أكثر من 150 آلية مسلحة في محور الوشكة، بعضها قادم من مصراته، في أكبر تحشيد على خط "
                   "التماس منذ توقيع اتفاق وقف إطلاق النار في جنيف عام 2020.")
    assert len(moves) == 1 and moves[0].destinations[0].text == "الوشكة"
    moves = _moves("تقدمت وحدات من كتائب مصراتة من مصراتة نحو أبوقرين، في أكبر تحرك عسكري على خط التماس منذ توقيع "
                   "اتفاق جنيف لوقف إطلاق النار.")
    assert [[d.text for d in m.destinations] for m in moves] == [["أبوقرين"]]


def test_movements_to_it_is_where_the_movement_before_went_and_one_movement_told_twice_is_one():
    (move,) = _moves("قال مصدر مقرب من المجلس العسكري الزنتان إن مقاتليه يتمركزون حالياً في رقدالين، بعد أن كانوا قد "
                     "انسحبوا من العجيلات إليها في فبراير الماضي.")
    assert _brief(move)[2:4] == (["العجيلات"], ["رقدالين"])
    (move,) = _moves("وبعد ذلك بساعات، انطلقت من القاعدة أرتال برية نحو المخيلي، ووصلت إليها قبل الظهر.")
    assert _brief(move)[3] == ["المخيلي"]


def test_movements_on_its_way_from_one_place_to_another_is_a_movement_of_its_own():
    (move,) = _moves("وقال إن وحدات من القوة في طريقها من زوارة إلى الجميل لتأمين الطريق الساحلي.")
    assert _brief(move)[2:4] == (["زوارة"], ["الجميل"])


def test_movements_a_column_of_a_body_named_after_the_verb_enters_the_town_after_it():
    (move,) = _moves("دخل رتل عسكري تابع لرئاسة الأركان العامة في حكومة الوحدة الوطنية، "
                     "صباح الاثنين، مدينة العجيلات غربي البلاد.")
    assert (move.actor.name, _brief(move)[3]) == ("GNA forces", ["العجيلات"])


def test_movements_a_condition_told_in_the_next_sentence_and_all_the_way_to_the_last_place():
    (move,) = _moves("أما آمر الرتل فأكد أن قواته ستواصل التقدم من العجيلات إلى زلطن وصولاً إلى معبر رأس اجدير. لكنه أوضح، "
                     "في تصريح لاحق، أن ذلك «مرهون بفشل المفاوضات» التي يقودها أعيان المنطقة.")
    assert _brief(move)[0] == "conditional" and _brief(move)[2:4] == (["العجيلات"], ["زلطن", "رأس اجدير"])
    (move,) = _moves("قال مصدر في القيادة العامة إن وحداتها المتمركزة في سبها ستنتشر على الحدود مع تشاد. وأضاف أن ذلك سيتم "
                     "«إذا حاول المسلحون العودة إلى الأراضي الليبية».")
    assert move.status == "conditional"


def test_movements_the_place_a_distance_is_measured_from_is_no_movement_place():
    (move,) = _moves("غادرت وحدات تابعة لـ«المجلس العسكري الزنتان» قاعدة الوطية الجوية، الواقعة على بعد نحو 45 كيلومتراً "
                     "جنوب الجميل، عائدة إلى الزنتان، بحسب مصدر عسكري.")
    assert _brief(move)[2:4] == (["قاعدة الوطية الجوية"], ["الزنتان"])


def test_movements_spreading_out_after_a_movement_is_where_it_ended_unless_the_rest_spread():
    (move,) = _moves("أعادت الكتيبة 166 تموضعها من نالوت إلى وازن، ثم انتشرت عناصرها لاحقاً قرب منفذ وازن.")
    assert _brief(move)[2:4] == (["نالوت"], ["وازن", "منفذ وازن"])
    first, rest = _moves("وصلت قوات اللواء 444 إلى زوارة، فيما انتشرت بقية العناصر على امتداد خليج البمبة.")
    assert (_brief(first)[3], _brief(rest)[3]) == (["زوارة"], ["خليج البمبة"])


def test_movements_he_explained_that_it_depends_makes_the_plan_before_conditional():
    (move,) = _moves("قال مصدر عسكري إن قوات اللواء 444 ستتحرك من غريان إلى مزدة. "
                     "وأوضح أن ذلك مشروط بانسحاب المجموعات المسلحة من المنطقة.")
    assert _brief(move)[0] == "conditional" and _brief(move)[2:4] == (["غريان"], ["مزدة"])


def test_movements_a_headline_naming_only_the_way_is_told_again_by_the_body():
    text = ("الداخلية تنفي دخول أسلحة عبر معبر الذهيبة\n\n"
            "نفت وزارة الداخلية بحكومة الوحدة الوطنية دخول أي شحنات أسلحة إلى البلاد عبر معبر الذهيبة وازن الحدودي.")
    (move,) = _moves(text)
    assert move.status == "denied" and [v.text for v in move.via] == ["معبر الذهيبة وازن"]  # the crossing's full name
    assert move.evidence.start > text.index("\n")


def test_movements_a_towns_own_guard_is_no_sides_force():
    before = "أعلنت القيادة العامة وصول تعزيزات إلى سبها. "
    _, guard = _moves(before + "وحشدت «قوة حماية مرزق» عناصرها عند المدخل الشرقي لمرزق.")
    assert (guard.actor.text, guard.actor.name, _brief(guard)[3]) == ("قوة حماية مرزق", None, ["مرزق"])
    _, unit = _moves(before + "وحشدت «كتيبة شهداء مرزق» عناصرها عند المدخل الشرقي لمرزق.")
    assert unit.actor.name == "Libyan National Army"  # a unit the lexicon does not know: the side told of before
    _, border = _moves(before + "وحشدت قوة حماية الحدود عناصرها عند المدخل الشرقي لمرزق.")
    assert border.actor.name == "Libyan National Army"  # guarding the border, not a town


def test_movements_unnamed_gunmen_said_whose_or_whence_are_the_movers():
    before = "دفعت وزارة الدفاع بحكومة الوحدة الوطنية بتعزيزات إلى جنزور. "
    _, gunmen = _moves(before + "وأفاد شهود عيان بأن مجموعات مسلحة قادمة من الزاوية تحشدت منذ الأحد في الكريمية.")
    assert (gunmen.actor.text, gunmen.actor.name, _brief(gunmen)[3]) == ("مجموعات مسلحة", None, ["الكريمية"])
    _, gunmen = _moves(before + "وأفاد مراسل بأن مسلحين محسوبين على ورشفانة حشدوا عشرات الآليات في العزيزية.")
    assert (gunmen.actor.text, gunmen.actor.name) == ("مسلحين", None)
    _, town = _moves(before + "وأفاد مراسل بأن مجموعات مسلحة من مصراتة حشدت عشرات الآليات قرب الهيشة.")
    assert town.actor.name == "Misrata forces"  # a town with forces of its own names them


def test_movements_gunmen_of_a_community_are_no_sides_force():
    before = "دفعت القيادة العامة بتعزيزات إلى سبها. "
    _, tebu = _moves(before + "وقال مصدر عسكري إن المسلحين التبو انسحبوا فجر الجمعة من الطيوري باتجاه مرزق.")
    assert (tebu.actor.text, tebu.actor.name, _brief(tebu)[2:4]) == ("المسلحين", None, (["الطيوري"], ["مرزق"]))
    _, youth = _moves(before + "وحشدت مجموعات من شباب الطوارق عشرات السيارات المسلحة عند المدخل الشرقي لأوباري.")
    assert (youth.actor.text, youth.actor.name) == ("مجموعات من شباب", None)
    _, quoted = _moves(before + "وأعلنت مجموعات مسلحة من الطوارق «النفير العام» في أوباري.")
    assert (quoted.actor.text, quoted.actor.name, quoted.status) == ("مجموعات مسلحة", None, "reported")
    _, zuwaya = _moves(before + "وأفاد مصدر محلي بأن شباب الزوية حشدوا مقاتلين وسيارات مسلحة في الجوف.")
    assert (zuwaya.actor.text, zuwaya.actor.name, _brief(zuwaya)[3]) == ("شباب", None, ["الجوف"])
    _, notables = _moves(before + "وأعلن أعيان ورشفانة «النفير العام» في العزيزية.")
    assert (notables.actor.text, notables.actor.name) == ("أعيان", None)


def test_movements_a_question_tells_no_movement():
    (move,) = _moves('وتساءل ناشط عبر صفحته: "هل تتحرك قوات القيادة العامة نحو غدامس أيضاً؟". '
                     "وتحركت قوات القيادة العامة نحو سبها.")
    assert _brief(move)[3] == ["سبها"]


def test_movements_rather_ends_a_denial_and_a_bare_army_is_the_one_its_sentence_named():
    text = ('دفع الجيش الوطني الليبي بكتيبة إلى سبها. كذّب الناطق باسم الجيش النيجري، في بيان صدر من نيامي، '
            '"الأنباء عن انسحاب وحداتنا من سيغيدين نحو أغاديز"، مؤكداً أن الجيش "لن ينسحب من أي موقع في الشمال"، '
            "بل يُتوقع أن تصل تعزيزات إضافية إلى سيغيدين مطلع الشهر المقبل.")
    _, withdrawal, reinforcement = _moves(text)
    assert (withdrawal.status, _brief(withdrawal)[2:4]) == ("denied", (["سيغيدين"], ["أغاديز"]))
    assert (reinforcement.status, reinforcement.actor.name, _brief(reinforcement)[3]) == (
        "planned", "Nigerien army", ["سيغيدين"])


def test_movements_refusing_to_move_is_a_denial():
    _, refused = _moves("دفع الجيش الوطني الليبي بكتيبة إلى سبها. وفي ملف آخر، رفضت مجموعة تشادية مسلحة "
                        "تتمركز قرب ربيانة الانسحاب منها رغم انتهاء المهلة.")
    assert refused.status == "denied"


def test_movements_quoted_words_after_he_added_are_the_speakers_and_the_command_is_the_one_named():
    text = ('دفع الجيش المصري بتعزيزات إلى السلوم. في المقابل، نفى المتحدث باسم القيادة العامة أن تكون أي قوة قد '
            'تحركت من طبرق نحو امساعد. وأضاف: "لا نية لدينا لنقل قوات إلى كمبوت أو غيرها". لكن مصادر محلية أكدت '
            "أن سفينة تابعة للقيادة أنزلت، الأحد، نحو مئتي جندي في البردية.")
    moves = _moves(text)
    assert [(m.status, m.actor.name, _brief(m)[3]) for m in moves[2:]] == [
        ("denied", "Libyan National Army", ["كمبوت"]), ("reported", "Libyan National Army", ["البردية"])]


def test_movements_the_same_base_is_the_last_base_named():
    _, trucks = _moves("استقدمت القيادة العامة تعزيزات من الكفرة إلى قاعدة معطن السارة قرب المثلث الحدودي مع تشاد، "
                       "فيما نقلت شاحنات عسكرية ذخائر ووقوداً إلى القاعدة ذاتها من تازربو.")
    assert _brief(trucks)[2:4] == (["تازربو"], ["قاعدة معطن السارة"])


def test_movements_a_ship_that_sailed_days_before_it_unloaded_came_from_where_it_sailed():
    (move,) = _moves("أفرغت سفينة إنزال من البحرية التركية، فجر الأحد، شحنة من المدرعات في ميناء مصراتة التجاري، "
                     "بعد أن أبحرت قبل أربعة أيام من ميناء مرسين جنوبي تركيا، وفق ما أكده مسؤول في الميناء.")
    assert (move.kind, move.actor.name, _brief(move)[2:4]) == ("shipment", "Turkish armed forces",
                                                               (["مرسين"], ["ميناء مصراتة التجاري"]))


def test_movements_a_headquarters_with_a_long_name_is_where_reinforcements_set_out_from():
    (move,) = _moves("أرسل الجيش الجزائري تعزيزات عسكرية جديدة من مقر الناحية العسكرية السادسة في تمنراست إلى عين قزام "
                     "وبرج باجي مختار على الحدود مع النيجر ومالي.")
    assert _brief(move)[2:4] == (["تمنراست"], ["عين قزام", "برج باجي مختار"])  # the border and Mali say where


def test_movements_a_capital_named_with_its_nationality_is_where_planes_landed():
    (move,) = _moves("أقلعت طائرتا شحن عسكريتان من قاعدة الجفرة الجوية وهبطتا في العاصمة النيجرية نيامى الأسبوع الماضي.")
    assert (move.kind, _brief(move)[2:4]) == ("airlift", (["قاعدة الجفرة الجوية"], ["نيامى"]))


def test_movements_after_being_moved_from_a_town_is_where_the_stationed_company_came_from():
    (move,) = _moves("جرى تمركز السرية الثانية في محيط ميناء الزويتينة النفطي بعد نقلها من قمينس، وذلك لتأمين المنشآت.")
    assert _brief(move)[2:4] == (["قمينس"], ["ميناء الزويتينة النفطي"])


def test_movements_a_frame_names_the_movement_before_again_unless_it_has_its_own_origin():
    (move,) = _moves("وصلت إلى طبرق، فجر الجمعة، تعزيزات عسكرية تابعة للجيش الوطني الليبي قادمة من المرج، في إطار ما "
                     "وصفه مصدر عسكري بـ«إعادة انتشار روتينية» على الحدود مع مصر.")
    assert _brief(move)[2:4] == (["المرج"], ["طبرق"])
    plan, move = _moves("أكدت مصادر أن القيادة العامة تعتزم إعادة تمركز وحداتها المنتشرة في منطقة فزان، ضمن خطة تشمل نقل "
                        "كتيبة مدرعة من براك الشاطئ إلى قاعدة الجفرة الجوية.")
    assert _brief(move)[2:4] == (["براك الشاطئ"], ["قاعدة الجفرة الجوية"])
    _, sails = _moves("ستنفذ مشاة البحرية التركية إنزالاً بحرياً على شاطئ القره بوللي ضمن مناورات «درع طرابلس»، على أن "
                      "تصل سفينة الإنزال إلى ميناء الخمس.")
    assert (sails.status, _brief(sails)[3]) == ("planned", ["ميناء الخمس"])


def test_movements_the_column_named_again_taking_up_positions_is_where_its_movement_ended():
    text = ("وصل رتل عسكري تابع لوزارة الدفاع بحكومة الوحدة الوطنية إلى زوارة قادماً من طرابلس. وقال مصدر أمني إن "
            "الرتل، المؤلف من نحو أربعين آلية، تمركز عند البوابة الغربية للمدينة وفي الجميل.")
    (move,) = _moves(text)
    assert (move.status, _brief(move)[2:4]) == ("reported", (["طرابلس"], ["زوارة", "الجميل"]))
    other = text.replace("إن الرتل،", "إن كتيبة أخرى من الزنتان،")
    assert len(_moves(other)) == 2  # another force's positions are a movement of its own


def test_movements_widening_a_deployment_and_moving_equipment_are_movements():
    (move,) = _moves('وأضاف المصدر أن الجيش التونسي "سيوسّع انتشاره نحو المثلث الحدودي مع الجزائر وليبيا إذا تواصلت '
                     'محاولات التسلل".')
    assert (move.kind, move.status, move.actor.name, _brief(move)[3]) == (
        "deploy", "conditional", "Tunisian army", ["المثلث الحدودي"])
    (move,) = _moves("وأضاف المصدر أن جزءاً من المعدات الروسية سيُنقل براً إلى قاعدة الجفرة إذا سمحت القيادة العامة بذلك.")
    assert (move.status, _brief(move)[3]) == ("conditional", ["قاعدة الجفرة"])


def test_movements_a_stop_before_the_next_leg_is_on_the_way_and_a_presence_strengthened_is_a_reinforcement():
    (move,) = _moves("رصدت مواقع تتبع الملاحة ست رحلات لطائرات شحن عسكرية روسية أقلعت من قاعدة حميميم في سوريا، وتوقفت في "
                     "مطار بنينا قبل أن تهبط في قاعدة الجفرة الجوية.")
    assert _brief(move)[2:] == (["قاعدة حميميم"], ["قاعدة الجفرة الجوية"], ["مطار بنينا"])
    (move,) = _moves("قالت مصادر مصرية إن الجيش المصري يعتزم تعزيز وجوده في قاعدة شرق العوينات الجوية.")
    assert (move.kind, move.status, move.actor.name, _brief(move)[3]) == (
        "reinforce", "planned", "Egyptian army", ["شرق العوينات"])
    (move,) = _moves("وأضاف أن القيادة العامة ستدفع الأسبوع المقبل بزوارق سريعة إلى البمبة شرق درنة.")
    assert (move.status, _brief(move)[3]) == ("planned", ["البمبة"])


def test_movements_a_company_of_the_forces_named_again_spreading_is_where_their_movement_ended():
    text = ("أعادت القيادة العامة للجيش الوطني الليبي نشر كتيبتين مدرعتين من قاعدة القرضابية الجوية جنوب سرت إلى محيط "
            "رأس لانوف. وقال مصدر عسكري إن هذه القوات وصلت فجر السبت، فيما انتشرت سرية منها غرباً حتى بلدة بن جواد.")
    (move,) = _moves(text)
    assert _brief(move)[2:4] == (["قاعدة القرضابية الجوية"], ["رأس لانوف", "بن جواد"])


def test_movements_the_same_port_is_the_last_port_or_terminal_named():
    (landing,) = _moves("استهدف تفجير خط أنابيب يغذي ميناء السدرة. وتعتزم القيادة العامة إنزال وحدة من مشاة البحرية في "
                         "الميناء نفسه خلال الأسبوع الجاري، على أن تبحر إليه من بنغازي.")
    assert (landing.status, _brief(landing)[2:4]) == ("planned", (["بنغازي"], ["ميناء السدرة"]))


def test_movements_a_plan_goes_on_into_the_present_verb_that_says_where_the_force_sets_out():
    (move,) = _moves("أعلنت رئاسة الأركان العامة بحكومة الوحدة الوطنية أنها ستدفع، خلال الساعات المقبلة، بقوة لفض النزاع "
                     "تنطلق من غريان، لوقف القتال في ككلة.")
    assert (move.status, move.actor.name, _brief(move)[2]) == ("planned", "GNA forces", ["غريان"])


def test_movements_forces_of_the_military_council_in_a_town_are_that_towns():
    (move,) = _moves("حشدت قوات تابعة للمجلس العسكري في الزنتان، مساء السبت، عشرات الآليات المسلحة في بلدة الرجبان.")
    assert (move.actor.name, _brief(move)[3]) == ("Zintan forces", ["الرجبان"])


def test_movements_an_air_bridge_between_a_named_base_and_an_airport_flies_from_the_base():
    (move,) = _moves("أقامت قيادة القوات الجوية الجزائرية جسراً جوياً بين القاعدة الجوية لبوفاريك ومطار جانت.")
    assert (move.kind, _brief(move)[2:4]) == ("airlift", (["بوفاريك"], ["مطار جانت"]))


def test_movements_planes_that_stop_near_a_town_before_landing_fly_on_and_the_largest_air_bridge_is_no_second_one():
    (move,) = _moves("أقلعت ثلاث طائرات شحن عسكرية روسية من قاعدة الجفرة الجوية، وتوقفت إحداها في قاعدة تمنهنط قرب سبها، "
                     "قبل أن تحط جميعها في مطار نيامي.")
    assert _brief(move)[2:4] == (["قاعدة الجفرة الجوية"], ["مطار نيامي"])
    (move,) = _moves("نقلت طائرات شحن عسكرية تابعة للقيادة العامة نحو 600 جندي من قاعدة بنينا الجوية إلى قاعدة معطن السارة "
                     "الجوية، وفي أكبر جسر جوي تشهده المنطقة منذ اندلاع الحرب في السودان.")
    assert _brief(move)[2:4] == (["قاعدة بنينا الجوية"], ["قاعدة معطن السارة الجوية"])


def test_movements_a_headline_where_a_tribe_denies_a_convoy_is_a_denial():
    text = ("نفير للتبو في القطرون.. وأولاد سليمان ينفون خروج رتل من سبها\n\nسبها - «العربي الجديد»\n\n"
            "وتداولت صفحات محلية أنباء عن خروج رتل لشباب قبيلة أولاد سليمان من سبها باتجاه القطرون، غير أن المجلس "
            "الاجتماعي للقبيلة نفى ذلك في بيان.")
    assert [(m.status, _brief(m)[2:4]) for m in _moves(text)] == [("denied", (["سبها"], ["القطرون"]))]


def test_movements_a_group_of_a_towns_youth_left_the_town_and_advanced():
    text = ("أعلنت المجالس البلدية في جادو النفير العام. وكانت مجموعة من شباب جادو قد خرجت من المدينة مساء الأحد وتقدمت "
            "إلى مشارف الرجبان، قبل أن تنسحب منها إلى الرحيبات بعد وساطة.")
    assert [_brief(m)[2:4] for m in _moves(text)] == [([], ["جادو"]), (["جادو"], ["الرجبان"]), (["الرجبان"], ["الرحيبات"])]


def test_movements_from_the_town_alone_is_not_where_the_last_force_came_from():
    text = ("اندلعت مواجهات في أبو كماش. وجرى إنزال قوة تابعة لحكومة الوحدة الوطنية على شاطئ أبو كماش قادمة بحراً من "
            "طرابلس، فيما تحدثت مصادر أخرى عن انسحاب مسلحين محليين من البلدة نحو زوارة.")
    assert _brief(_moves(text)[-1])[2:4] == (["أبو كماش"], ["زوارة"])


def test_movements_a_ship_that_will_dock_to_land_troops_is_a_planned_landing():
    (move,) = _moves("ومن المقرر أن ترسو حاملة المروحيات «جمال عبد الناصر» خلال أيام في ميناء السلوم لإنزال قوات مشاة "
                     "ومدرعات.")
    assert (move.kind, move.status, _brief(move)[3]) == ("naval_landing", "planned", ["السلوم"])


def test_movements_the_oasis_is_the_last_town_called_an_oasis():
    told_again = _moves("الجيش يعزز جالو\nدفع الجيش بتعزيزات إلى واحة جالو صباح الأحد. وقال مصدر عسكري إن التعزيزات "
                        "انطلقت من مدينة اجدابيا، ووصلت إلى الواحة مساء اليوم نفسه.")
    assert [_brief(m) for m in told_again] == [("reported", ("الجيش", "Libyan National Army"), ["اجدابيا"], ["جالو"], [])]
    beside = _moves("اندلعت اشتباكات في أوجلة، الواحة الواقعة شرق جالو، فجر الإثنين. وقال مصدر إن سرية ستتحرك من "
                    "اجدابيا إلى الواحة خلال ساعات.")
    assert [_brief(m) for m in beside] == [("planned", None, ["اجدابيا"], ["أوجلة"], [])]
    never_called = _moves("اندلعت اشتباكات في أوجلة فجر الإثنين. وقال مصدر إن سرية ستتحرك من اجدابيا إلى الواحة خلال "
                          "ساعات.")
    assert [_brief(m) for m in never_called] == [("planned", None, ["اجدابيا"], [], [])]


def test_movements_a_force_of_a_nationality_is_that_nations_forces():
    moves = _moves("نفى مصدر في بلدية غدامس ما تداولته صفحات عن دخول قوة جزائرية إلى غدامس، مؤكداً أن الوضع هادئ.")
    assert [_brief(m) for m in moves] == [("denied", ("قوة جزائرية", "Algerian army"), [], ["غدامس"], [])]


def test_movements_and_the_return_to_a_town_ends_the_movement_before_it():
    joined = _moves("أعلن آمر كتيبة في الزنتان استعداد قواته للانسحاب من محيط مطار طرابلس الدولي وقصر بن غشير والعودة "
                    "إلى الزنتان، شريطة تقديم ضمانات.")
    assert [_brief(m) for m in joined] == [
        ("conditional", ("كتيبة في الزنتان", "Zintan forces"), ["مطار طرابلس الدولي", "قصر بن غشير"], ["الزنتان"], [])]
    alone = _moves("قال مصدر إن وحدات من حرس الحدود بدأت العودة إلى قاعدة محمد نجيب العسكرية بعد انتهاء مهمتها.")
    assert [(m.kind, *_brief(m)) for m in alone] == [
        ("withdraw", "reported", ("", "Egyptian army"), [], ["قاعدة محمد نجيب العسكرية"], [])]  # a base in Egypt
    a_verb = _moves("حذر آمر المنطقة من أن القيادة «ستحشد قواتها في سبها والقطرون وتتقدم نحو أم الأرانب» إذا لم يلتزم "
                    "المسلحون بالمهلة.")
    assert [_brief(m)[3] for m in a_verb] == [["سبها", "القطرون"], ["أم الأرانب"]]


def test_movements_a_pledge_and_a_text_that_stipulates_plan_and_pending_on_conditions():
    pledge = _moves("تعهدت نيامي بنشر وحدات من جيشها في مادامة خلال أسبوعين.")
    stipulated = _moves("نصت الاتفاقية على انتشار وحدات من الشرطة العسكرية في المنطقة العازلة بين بويرات الحسون وسرت بعد "
                        "اكتمال الانسحاب.")
    pending = _moves("ستنتشر وحدات من الشرطة العسكرية بين بويرات الحسون وسرت، رهناً بموافقة المجلس الرئاسي على تمويل المهمة.")
    assert [m.status for m in pledge + stipulated + pending] == ["planned", "planned", "conditional"]
    assert [_brief(m)[3] for m in pledge + stipulated] == [["مادامة"], ["بويرات الحسون", "سرت"]]


def test_movements_stationed_past_a_compass_word_and_setting_out_later_in_the_sentence_give_the_origin():
    compass = _moves("من المقرر أن يعيد الجيش الوطني الليبي تموضع كتائبه المرابطة غرب سرت إلى قاعدة القرضابية.")
    assert [_brief(m)[2:4] for m in compass] == [(["سرت"], ["قاعدة القرضابية"])]
    took_off = _moves("رصد سكان هبوط طائرتي شحن روسيتين في قاعدة الجفرة الجوية، قالوا إنهما أقلعتا بعد ساعات باتجاه قاعدة "
                      "براك الجوية.")
    assert [_brief(m)[2:4] for m in took_off] == [([], ["قاعدة الجفرة الجوية"]),
                                                  (["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"])]
    from_elsewhere = _moves("قال إن قوات الجيش ستنتشر على الحدود مع تشاد إذا ثبت أن المهاجمين انطلقوا من الأراضي الليبية "
                            "نحو زوار.")
    assert [_brief(m)[2:4] for m in from_elsewhere] == [([], ["الحدود مع تشاد"]), ([], ["زوار"])]


def test_movements_we_sent_in_the_past_tense_is_the_speakers_movement():
    pushed = _moves("ج: دفعنا بكتيبتين من طرابلس إلى نالوت عبر غريان ويفرن، ووحداتنا وصلت إلى المدينة فجر الخميس.")
    assert [_brief(m) for m in pushed] == [("reported", None, ["طرابلس"], ["نالوت"], ["غريان", "يفرن"])]
    by_sea = _moves("قال: «أرسلنا بحراً من ميناء بنغازي إلى ميناء طبرق كتيبة مشاة نزلت صباح الأحد، وسننقل جواً سرية منها من "
                    "مطار طبرق إلى الجغبوب الأسبوع المقبل».")
    assert [(m.kind, *_brief(m)[:1], *_brief(m)[2:4]) for m in by_sea] == [
        ("naval_landing", "reported", ["ميناء بنغازي"], ["ميناء طبرق"]), ("airlift", "planned", ["مطار طبرق"], ["الجغبوب"])]


def test_movements_a_condition_told_of_a_later_movement_is_not_the_reported_ones():
    quoted = _moves("أفادت إذاعة «ديوان أف أم» بأن الجيش التونسي أرسل وحدات إضافية من قابس إلى بن قردان، ونقلت عن مصدر في "
                    "وزارة الدفاع أن هذه الوحدات «ستنتشر على طول الحدود مع ليبيا إذا تجددت المواجهات».")
    threatened = _moves("وفي يونيو تقدمت قوات الوفاق من أبوقرين نحو سرت، قبل أن تتوقف غرب المدينة، ملوحاً بدخول الجيش المصري "
                        "إلى ليبيا إذا تجاوزته تلك القوات.")
    both_planned = _moves("ستتقدم القوات من أبوقرين نحو سرت وتدخل الوشكة إذا تجددت الهجمات.")
    assert [m.status for m in quoted] == ["reported", "conditional"]
    assert [_brief(m)[:2] for m in threatened] == [("reported", ("قوات الوفاق", "GNA forces")),
                                                   ("conditional", ("الجيش المصري", "Egyptian army"))]
    assert [m.status for m in both_planned] == ["conditional", "conditional"]


def test_movements_publishing_pictures_is_no_deployment():
    assert not _moves("قال عميد البلدية إن من نشر صور الآليات على أنها في غات يريد الفتنة.")
    assert [_brief(m) for m in _moves("نشرت القيادة العامة وحدات في سبها.")] == [
        ("reported", ("القيادة العامة", "Libyan National Army"), [], ["سبها"], [])]


def test_movements_a_bare_army_no_side_is_named_for_is_the_datelines_army():
    tunisian = _moves("جرجيس – «الصباح نيوز»\n\nيعزز الجيش وجوده في ميناء جرجيس بعد وصول زورقين من قاعدة بنزرت البحرية.")
    libyan = _moves("طرابلس – «الوسط»\n\nيعزز الجيش وجوده في ميناء الخمس بعد وصول زورقين من طرابلس.")
    assert [_brief(m)[1] for m in tunisian + libyan] == [("الجيش", "Tunisian army"), ("الجيش", "Libyan National Army")]


def test_movements_migrants_and_their_boats_are_no_forces_but_the_navys_boats_are():
    assert not _moves("أنقذت وحدات الحرس البحري 47 مهاجراً غير نظامي كانوا على متن قارب انطلق من صبراتة باتجاه لامبيدوزا.")
    assert not _moves("قالت الوزارة إن الزوارق كانت تطارد قارب تهريب قبالة جزيرة فروة.")
    navy = _moves("أرسلت البحرية زورقين من طرابلس إلى زوارة لملاحقة قوارب الهجرة.")
    assert [_brief(m)[2:4] for m in navy] == [(["طرابلس"], ["زوارة"])]


def test_movements_patrol_boats_and_frigates_are_forces_a_verb_pushes():
    moves = _moves("دفعت وزارة الدفاع الوطني بثلاث خافرات من قاعدة بنزرت البحرية إلى ميناء جرجيس، ودفعت البحرية بزورقين "
                   "من طرابلس إلى زوارة.")
    assert [_brief(m)[2:4] for m in moves] == [(["بنزرت"], ["جرجيس"]), (["طرابلس"], ["زوارة"])]


def test_movements_back_to_its_own_town_is_the_town_named_before_not_where_it_left():
    moves = _moves("بدأت كتائب مسلحة قادمة من مصراتة، صباح الأحد، الانسحاب من مواقعها في عين زارة وصلاح الدين جنوب العاصمة "
                   "الليبية، وقفلت راجعة إلى مدينتها عبر الطريق الساحلي مروراً بالقره بوللي والخمس.")
    assert [_brief(m)[2:] for m in moves] == [(["عين زارة", "صلاح الدين"], ["مصراتة"], ["القره بوللي", "الخمس"])]


def test_movements_forces_that_marched_moved_and_things_that_go_did_not():
    marched = _moves("ومن هناك سارت القوات في رتل واحد يضم نحو ستين آلية باتجاه منطقة كوري بوقودي، حيث تنتشر مناجم الذهب.")
    assert [_brief(m) for m in marched] == [("reported", None, [], ["كوري بوقودي"], [])]
    assert not _moves("قال إن الأمور تسير نحو التهدئة في سبها.")


def test_movements_the_refinery_and_forces_stationed_along_a_border():
    refinery = _moves("انتشرت قوة تابعة لرئاسة الأركان في محيط مصفاة الزاوية قادمة من طرابلس. وأفاد سكان بأن عشرات المسلحين "
                      "انسحبوا صباح السبت من محيط المصفاة باتجاه الحرشة.")
    assert [_brief(m)[2:4] for m in refinery] == [(["طرابلس"], ["مصفاة الزاوية"]), (["مصفاة الزاوية"], ["الحرشة"])]
    along = _moves("أعادت قيادة الناحية العسكرية الرابعة عدداً من الوحدات التي كانت منتشرة على الحدود مع ليبيا إلى ثكناتها "
                   "الأصلية في ورقلة.")
    assert [_brief(m)[2:4] for m in along] == [(["الحدود مع ليبيا"], ["ورقلة"])]
    to_the_points = _moves("تم الدفع بكتيبة مشاة من طبرق إلى واحة الجغبوب، على أن تنتقل سرية منها لاحقاً إلى النقاط المنتشرة على "
                           "الحدود مع مصر.")
    assert [_brief(m)[2:4] for m in to_the_points] == [(["طبرق"], ["الجغبوب"]), ([], ["الحدود مع مصر"])]


def test_movements_a_future_verb_past_a_time_phrase_and_a_plan_right_before_plan_the_movement():
    landing = _moves("أعلن المتحدث أن البحرية «ستنفذ الأسبوع المقبل إنزالاً لمشاة البحرية في البردية»، ضمن مناورات.")
    at_night = _moves("قال المصدر إن زورقين «سينفّذان ليل الجمعة إنزالاً لسرية من مشاة البحرية في سوسة قادمة من بنغازي».")
    plan = _moves("أعلنت الوزارة خطة لنشر نحو 500 عنصر من حرس الحدود على الحدود مع تونس.")
    including = _moves("كشفت مصادر أن القيادة العامة ضمن خطة تشمل نقل كتيبة مدرعة من براك الشاطئ إلى قاعدة الجفرة الجوية.")
    done_under_it = _moves("ضمن خطة أمنية جديدة، انتشرت وحدات من الجيش في سبها أمس.")
    assert [m.status for m in landing + at_night + plan + including + done_under_it] == [
        "planned", "planned", "planned", "planned", "reported"]


def test_movements_a_claim_passed_around_is_denied_by_a_later_denial_that_names_its_place_or_its_force():
    (landing,) = _moves("تداول ناشطون مقطعاً قالوا إنه يظهر «قوات تركية تنزل في ميناء زوارة». ونفى عضو في المجلس "
                        "البلدي بزوارة وصول أي قطعة عسكرية إلى الميناء.")
    assert _brief(landing) == ("denied", ("قوات تركية", "Turkish armed forces"), [], ["ميناء زوارة"], [])
    column, _ = _moves("تداول ناشطون مقطعاً يظهر رتلاً قالوا إنه لقوات من الزنتان «في طريقها إلى غريان». ونفى الناطق "
                       "باسم المجلس العسكري الزنتان «أي تحرك لقواتنا خارج المدينة». وفي طرابلس، قالت رئاسة الأركان "
                       "إنها سترسل تعزيزات إلى غريان إذا تجددت الاشتباكات.")
    assert _brief(column) == ("denied", ("قوات من الزنتان", "Zintan forces"), ["الزنتان"], ["غريان"], [])


def test_movements_a_claim_passed_around_stays_reported_without_a_denial_of_it():
    (confirmed,) = _moves("تداول ناشطون مقطعاً يظهر رتلاً قالوا إنه لقوات من الزنتان «في طريقها إلى غريان». وأكد أحد "
                          "الأعيان وصول الرتل إلى المدينة.")
    assert confirmed.status == "reported"
    (massing,) = _moves("تداول ناشطون مقاطع قالوا إنها تظهر حشد «قوة حماية الجنوب» عشرات الآليات في أم الأرانب. "
                        "في المقابل، نفت القيادة العامة للجيش الليبي «أي وجود لعناصر تشادية» في أم الأرانب.")
    assert (massing.status, [d.text for d in massing.destinations]) == ("reported", ["أم الأرانب"])  # another claim


def test_movements_a_correction_puts_the_right_place_in_the_movement_it_corrects_and_is_none_itself():
    text = ("الجيش النيجري يسحب قواته من مدينة ماداما إلى أغاديس، وفق مصدر أمني.\n"
            "تصحيح: ذكرنا في تدوينة الساعة 11:20 أن القوات النيجرية انسحبت إلى أغاديس، والصحيح أنها انسحبت إلى ديركو.")
    (move,) = _moves(text)
    assert _brief(move) == ("reported", ("الجيش النيجري", "Nigerien army"), ["ماداما"], ["ديركو"], [])
    assert (move.status, move.kind, [o.text for o in move.origins], [(d.text, d.start) for d in move.destinations]) == (
        "reported", "withdraw", ["ماداما"], [("ديركو", 166)])
    assert text[166:171] == "ديركو" and move.evidence.start == 0


def test_movements_a_correction_of_what_was_already_amended_adds_nothing():
    (move,) = _moves("نقل الجيش الوطني جواً سرية من قاعدة تمنهنت إلى قاعدة الويغ.\nتصحيح: ورد في نسخة سابقة أن الطائرتين "
                     "أقلعتا من مطار سبها، والصحيح أنهما أقلعتا من قاعدة تمنهنت كما هو مثبت أعلاه.")
    assert _brief(move) == ("reported", ("الجيش الوطني", "Libyan National Army"), ["قاعدة تمنهنت"], ["قاعدة الويغ"], [])
    (only,) = _moves("تصحيح: ورد في نسخة سابقة أن الكتيبة انتشرت في سبها، والصحيح أنها انتشرت في أوباري.")
    assert (only.status, [d.text for d in only.destinations]) == ("reported", ["أوباري"])  # what is right, told once


def test_movements_an_urgent_line_the_body_tells_again_is_the_body_movement():
    text = ("رتل للجيش الوطني الليبي يصل غات\nسبها - سكاي نيوز عربية\n"
            "عاجل: مصدر عسكري: رتل للجيش الوطني الليبي يصل إلى غات قادماً من سبها\n"
            "عاجل: وحدات من الجيش الجزائري تنتشر في ولاية إليزي لتأمين الشريط الحدودي مع ليبيا\n"
            "وصل رتل عسكري تابع للجيش الوطني الليبي، مساء الأحد، إلى مدينة غات، بعد رحلة برية انطلق خلالها من سبها "
            "مروراً بأوباري.")
    algeria, column = _moves(text)
    assert _brief(algeria) == ("reported", ("وحدات من الجيش الجزائري", "Algerian army"), [], ["ولاية إليزي"], [])
    assert _brief(column) == ("reported", ("الجيش الوطني الليبي", "Libyan National Army"), ["سبها"], ["غات"], ["أوباري"])
    assert text[column.evidence.start:].startswith("وصل رتل عسكري")


def test_movements_the_chased_fled_and_the_chase_goes_where_they_fled():
    chase, flight = _moves("طاردت وحدات من الكتيبة 128 مشاة، منذ فجر الأربعاء، مجموعة من المسلحين التشاديين فرّت من محيط "
                           "أم الأرانب باتجاه واو الناموس، بعد هجوم استهدف بوابة أمنية.")
    assert (chase.kind, *_brief(chase)) == (
        "advance", "reported", ("الكتيبة 128", "Libyan National Army"), [], ["واو الناموس"], [])
    assert (flight.kind, flight.status, flight.actor.name, [o.text for o in flight.origins],
            [d.text for d in flight.destinations]) == (
        "withdraw", "reported", "Chadian armed groups", ["أم الأرانب"], ["واو الناموس"])
    assert not _moves("وتسببت المعارك في موجة نزوح، فيما فرّ آلاف المدنيين من الفاشر إلى تشاد.")  # not forces
    joined = _moves("وطاردت وحدات من الكتيبة 128 مجموعة من المسلحين التشاديين وفرّوا من محيط أم الأرانب باتجاه "
                    "واو الناموس.")  # with و before both verbs
    assert [(m.kind, [d.text for d in m.destinations]) for m in joined] == [
        ("advance", ["واو الناموس"]), ("withdraw", ["واو الناموس"])]


def test_movements_what_analysts_weigh_is_no_movement():
    assert not _moves("ويرسم خبراء ثلاثة احتمالات. في الأول، لا يستبعد مراقبون أن تدفع القيادة العامة بكتيبة من براك "
                      "نحو إدري لتأمين خطوط الإمداد.")
    assert not _moves("وفي الثاني، يرجح الباحث علي الإدريسي أن تعيد الجزائر تموضع وحداتها من إليزي نحو الحدود الليبية "
                      "الجزائرية في حال تدهور الوضع.")
    (move,) = _moves("أبدى قيادي استعداد مقاتليه للانسحاب من اوباري إلى مرزق «شريطة أن تنسحب الكتيبة»، محذراً من "
                     "«تكرار سيناريو 2014».")  # the scenario is another statement's
    assert _brief(move) == ("conditional", None, ["اوباري"], ["مرزق"], [])
    planned, _ = _moves("ويقول المصدران إن القيادة قررت نشر سرية في منفذ إيسين، ومن المتوقع أن تتحرك من غات خلال 48 ساعة.")
    assert (planned.status, [d.text for d in planned.destinations]) == ("planned", ["منفذ إيسين"])  # expected: a plan


def test_movements_a_team_an_ambulance_plane_and_the_displaced_returning_are_no_forces():
    assert not _moves("وفي سياق منفصل، توجّه لاعبو نادي الأمل المحلي براً إلى سبها ومنها جواً إلى طرابلس.")
    assert not _moves("وفي مطار سبها، أقلعت بعد الظهر طائرة إسعاف نحو مطار معيتيقة.")
    assert not _moves("نازحو مرزق يعودون من سبها وأوباري بحراسة عسكرية.")
    (escort,) = _moves("وصلت سرية من الكتيبة 116 إلى مرزق لتأمين عودة النازحين.")
    assert _brief(escort) == ("reported", ("الكتيبة 116", None), [], ["مرزق"], [])


def test_movements_a_definite_verbal_noun_moves_as_the_bare_one():
    (move,) = _moves("بينما تستعد سرية من اللواء نفسه للتحرك من قاعدة تمنهنت الجوية إلى سبها.")
    assert _brief(move) == ("planned", None, ["قاعدة تمنهنت الجوية"], ["سبها"], [])
    assert not _moves("وقالت الكتيبة المغادرة إنها أمضت عاماً في الجفرة.")  # 'the departing battalion', no departure


def test_movements_any_targets_in_a_country_are_no_destination_even_when_denied():
    assert not _moves("قال المتحدث إن \"الجيش الليبي لا ينوي التحرك نحو أي أهداف داخلية في ليبيا\".")
    (move,) = _moves("ونفى المتحدث إرسال أي قوات إلى سرت.")
    assert (move.status, [d.text for d in move.destinations]) == ("denied", ["سرت"])


def test_movements_denied_after_it_was_told_and_agreed_upon():
    (told,) = _moves("وكان متحدث محلي قد أعلن انسحاب الكتيبة المتمركزة في البريقة نحو اجدابيا، قبل أن ينفي المكتب "
                     "الإعلامي للقيادة العامة الخبر جملة وتفصيلاً.")
    assert _brief(told) == ("denied", None, ["البريقة"], ["اجدابيا"], [])
    (agreed,) = _moves("واتفق الوزراء على آلية تدريجية لسحب المرتزقة والمقاتلين الأجانب من ليبيا تبدأ مطلع الصيف المقبل.")
    assert (agreed.status, agreed.actor.name, [o.text for o in agreed.origins]) == ("planned", "Foreign fighters", ["ليبيا"])


def test_movements_a_latin_gloss_in_brackets_stands_with_its_place():
    (move,) = _moves("تعتزم القيادة نشر كتيبة إضافية في الدبداب (Debdeb) قبالة مدينة غدامس الليبية.")
    assert _brief(move) == ("planned", ("", "Algerian army"), [], ["الدبداب"], [])  # غدامس only says where Debdeb is
    (gone,) = _moves("نقل الجيش وحدات مدرعة من برج عمر إدريس (Bordj Omar Driss) إلى عين أميناس (In Amenas).")
    assert _brief(gone)[2:4] == (["برج عمر إدريس"], ["عين أميناس"])


def test_movements_the_armed_forces_bare_are_the_army_and_with_a_nationality_that_nation():
    (home,) = _moves("مرسى مطروح - مصراوي:\n\nدفعت القوات المسلحة، اليوم الثلاثاء، بتعزيزات جديدة من قاعدة محمد نجيب "
                     "العسكرية إلى السلوم.")
    assert _brief(home) == ("reported", ("القوات المسلحة", "Egyptian army"), ["قاعدة محمد نجيب العسكرية"], ["السلوم"], [])
    (niger,) = _moves("انطلق رتل من القوات المسلحة النيجرية من أغاديز باتجاه قاعدة ماداما.")
    assert niger.actor.name == "Nigerien army"


def test_movements_an_unmarked_town_right_after_forces_from_a_town_is_where_they_entered():
    (move,) = _moves("دخلت قوات من الزنتان، ليل الأحد، بلدة الأصابعة غربي غريان، قادمة عبر الرجبان ويفرن.")
    assert _brief(move) == ("reported", ("قوات من الزنتان", "Zintan forces"), ["الزنتان"], ["الأصابعة"],
                            ["الرجبان", "يفرن"])
    (move,) = _moves("أعادت كتيبة سبل السلام تموضع وحداتها من الهواري، شمال غرب الكفرة، إلى قاعدة معطن السارة.")
    assert _brief(move)[2:] == (["الهواري"], ["قاعدة معطن السارة"], [])  # where the origin lies


def test_movements_a_latin_gloss_does_not_end_a_list_of_places():
    (move,) = _moves("أعلن الجيش النيجري أنه قام بنشر «وحدات إضافية» في مدينتي أرليت (Arlit) وأغاديز (Agadez) شمالي البلاد.")
    assert _brief(move) == ("reported", ("الجيش النيجري", "Nigerien army"), [], ["أرليت", "أغاديز"], [])


def test_movements_the_units_a_force_reinforces_are_where_the_reinforcement_goes():
    (move,) = _moves("كشف مصدر أمني أن الجيش الوطني الشعبي عزز، خلال الأسبوعين الماضيين، وحداته المنتشرة في الدبداب وعين "
                     "أميناس قرب الحدود مع ليبيا.")
    assert _brief(move) == ("reported", ("الجيش الوطني الشعبي", "Algerian army"), [], ["الدبداب", "عين أميناس"], [])


def test_movements_a_destination_carried_on_from_is_passed_through():
    (move,) = _moves("وأضافت المصادر أن جزءاً من الحمولة العسكرية نُقل لاحقاً جواً إلى قاعدة الجفرة الجوية، ومنها إلى قاعدة "
                     "براك في وادي الشاطئ.")
    assert _brief(move)[2:] == ([], ["قاعدة براك"], ["قاعدة الجفرة الجوية"])


def test_movements_moving_them_on_sets_out_where_the_movement_before_went():
    landing, onward = _moves("واتهم بيان للجيش قوات خليفة حفتر بتسهيل إنزال مئات المرتزقة الكولومبيين في ميناء بنغازي "
                             "ونقلهم براً إلى الكفرة ومنها إلى المثلث الحدودي للقتال إلى جانب الدعم السريع.")
    assert _brief(landing) == ("reported", ("المرتزقة الكولومبيين", "Foreign fighters"), [], ["ميناء بنغازي"], [])
    assert _brief(onward) == ("reported", ("المرتزقة الكولومبيين", "Foreign fighters"), ["ميناء بنغازي"],
                              ["المثلث الحدودي"], ["الكفرة"])


def test_movements_a_border_crossed_on_the_way_is_passed_through():
    (move,) = _moves("فيما نفى مصدر عسكري مصري ما تداولته صفحات ليبية عن عبور وحدات مصرية الحدود مع ليبيا باتجاه البمبة.")
    assert _brief(move) == ("denied", ("وحدات مصرية", "Egyptian army"), [], ["البمبة"], ["الحدود مع ليبيا"])
    (move,) = _moves("رصدت مصادر محلية انسحاب عشرات المسلحين التشاديين من محيط أم الأرانب وتجرهي باتجاه تيبستي شمالي تشاد، "
                     "عبر منطقة تومو على الحدود مع النيجر.")  # where the place passed through is
    assert _brief(move)[2:] == (["أم الأرانب", "تجرهي"], ["تيبستي"], ["تومو"])


def test_movements_positions_near_a_town_are_where_a_force_withdrew_from():
    (move,) = _moves("وكان مقاتلو الجبهة قد انسحبوا مطلع العام من مواقعهم قرب أرليت إلى ليبيا.")
    assert _brief(move)[2:] == (["أرليت"], ["ليبيا"], [])


def test_movements_vehicles_named_after_where_the_verb_went_are_its_subject():
    (move,) = _moves("وفي اليوم نفسه، حطّت في قاعدة براك الجوية ثلاث طائرات شحن عسكرية روسية قادمة من قاعدة الخادم، تحمل معدات.")
    assert _brief(move) == ("reported", ("طائرات شحن عسكرية روسية", "Russian forces"), ["قاعدة الخادم"],
                            ["قاعدة براك الجوية"], [])


def test_movements_a_place_put_first_may_have_its_place_noun():
    (move,) = _moves("وفي ميناء بنغازي، أنزلت سفينة تابعة للقوات البحرية عربات مدرعة وعشرات الجنود قادمين من طبرق، بحسب المصدر.")
    assert _brief(move)[2:] == (["طبرق"], ["ميناء بنغازي"], [])


def test_movements_an_alternative_after_or_shares_the_status_of_the_movement_before():
    denied, alternative = _moves("في المقابل، نفى المجلس العسكري الزنتان ما تداولته صفحات عن تحرك رتل من الزنتان باتجاه "
                                 "طرابلس أو حشد مقاتلين في العزيزية.")
    assert _brief(denied)[0] == _brief(alternative)[0] == "denied"
    assert _brief(alternative)[2:] == ([], ["العزيزية"], [])


def test_movements_what_an_agreement_supposes_is_planned():
    (move,) = _moves("وبحسب مسودة اتفاق تهدئة، يُفترض أن تنسحب وحدات اللواء 444 من قصر بن غشير إلى معسكر اليرموك مطلع الأسبوع.")
    assert _brief(move)[0] == "planned"


def test_movements_a_denial_told_again_in_the_deniers_words_is_one_movement():
    (move,) = _moves("ونفى المتحدث باسم الجيش الوطني الليبي ما نشرته صفحات عن سحب وحدات من درنة، قائلاً: «لا صحة لذلك "
                     "إطلاقاً. لم نسحب أي وحدة من درنة، وقواتنا هناك بكامل عددها».")
    assert _brief(move) == ("denied", ("الجيش الوطني الليبي", "Libyan National Army"), ["درنة"], [], [])
    flight, entry = _moves("ونفى المتحدث نقل جنود روس جواً من الكفرة إلى السودان. كما نفى دخول عناصر روسية إلى الكفرة.")
    assert (_brief(flight)[2:], _brief(entry)[2:]) == ((["الكفرة"], ["السودان"], []), ([], ["الكفرة"], []))


def test_movements_a_road_between_two_places_locates_the_place_before_it_or_is_where_the_force_goes():
    (move,) = _moves("وصلت قوة تابعة لرئاسة الأركان العامة، ظهر السبت، إلى بلدة الشويرف على الطريق الصحراوي الرابط بين الجبل "
                     "الغربي والجنوب الليبي، بعد أن انطلقت من غريان.")
    assert _brief(move)[2:] == (["غريان"], ["الشويرف"], [])
    (move,) = _moves("قال المصدر إن وحدات إضافية ستنتشر بداية من الأسبوع المقبل على طول المسلك الصحراوي الرابط بين رمادة وبرج "
                     "الخضراء.")
    assert _brief(move)[2:] == ([], ["رمادة", "برج الخضراء"], [])
    (move,) = _moves("على أن تنتشر القوة خلال الأيام المقبلة في بئر الغنم وعلى الطريق الواصل بين الأصابعة وككلة.")
    assert _brief(move)[2:] == ([], ["بئر الغنم", "الأصابعة", "ككلة"], [])


def test_movements_a_border_crossing_crossed_on_the_way_is_passed_through():
    (move,) = _moves("نفى مصدر عسكري مصري ما تداولته حسابات ليبية عن عبور قوات مصرية منفذ السلوم باتجاه امساعد.")
    assert _brief(move) == ("denied", ("قوات مصرية", "Egyptian army"), [], ["امساعد"], ["منفذ السلوم"])


def test_movements_the_places_of_who_says_so_are_not_the_movements_unless_told_as_an_aside():
    (move,) = _moves("وصلت قوة إلى الشويرف قادمة من غريان، بحسب مسؤول في بلدية مزدة.")
    assert _brief(move)[2:] == (["غريان"], ["الشويرف"], [])
    (move,) = _moves("وكانت «قوات الدعم السريع» قد تقدمت، وفق مصادر سودانية، من منطقة المالحة في ولاية شمال دارفور نحو المثلث "
                     "الحدودي.")
    assert _brief(move)[2:] == (["المالحة"], ["المثلث الحدودي"], [])


def test_movements_a_place_named_twice_in_one_role_is_given_once():
    (move,) = _moves("أرسلت القيادة العامة تعزيزات إلى سبها وأوباري وسبها.")
    assert _brief(move)[2:] == ([], ["سبها", "أوباري"], [])


def test_movements_words_set_off_by_commas_after_a_place_say_what_it_is():
    (move,) = _moves("نقلت القيادة العامة للجيش الليبي، مساء الأحد، سرية مشاة من حقل الشراره، أكبر الحقول النفطية في الجنوب "
                     "الغربي، إلى أوباري، بعد يومين من اشتباكات.")
    assert _brief(move)[2:] == (["حقل الشراره"], ["أوباري"], [])


def test_movements_a_headquarters_with_a_five_word_name_is_where_a_force_sets_out_from():
    (move,) = _moves("انتشرت وحدات من الجيش الوطني الشعبي اليوم الأربعاء في جانت وعين أميناس قادمة من مقر قيادة الناحية "
                     "العسكرية الرابعة في ورقلة.")
    assert _brief(move)[2:] == (["ورقلة"], ["جانت", "عين أميناس"], [])


def test_movements_a_verb_joined_by_and_goes_on_with_a_journey_begun_in_its_sentence():
    (move,) = _moves("وقالت مصادر أهلية إن مجموعات مسلحة تابعة للمعارضة التشادية دخلت خلال اليومين الماضيين من جبال تيبستي "
                     "عبر الحدود مع تشاد وتقدمت إلى محيط القطرون.")
    assert _brief(move) == ("reported", ("مجموعات مسلحة تابعة للمعارضة التشادية", "Chadian armed groups"),
                            ["جبال تيبستي"], ["القطرون"], ["الحدود مع تشاد"])


def test_movements_foothills_and_what_a_move_carries_out_do_not_hide_or_add_places():
    (move,) = _moves("انسحب مقاتلو المجلس من مواقعهم في كوري بوقودي باتجاه سفوح تيبستي مطلع أبريل.")
    assert _brief(move)[2:] == (["كوري بوقودي"], ["تيبستي"], [])
    (move,) = _moves("وأعلنت الوزارة أنها ستنقل جواً فريقاً من المدربين العسكريين إلى بنغازي في أبريل، تنفيذاً لتفاهمات وقّعها "
                     "صدام حفتر في أنقرة.")
    assert _brief(move)[2:] == ([], ["بنغازي"], [])


def test_movements_a_time_phrase_may_stand_between_where_the_verb_went_and_its_vehicles():
    (move,) = _moves("وبالتوازي هبطت في قاعدة الجفرة الجوية مساء الأربعاء ثلاث طائرات شحن تابعة للقيادة العامة قادمة من قاعدة "
                     "بنينا.")
    assert _brief(move)[2:] == (["قاعدة بنينا"], ["قاعدة الجفرة الجوية"], [])


def test_movements_the_next_leg_after_then_is_moved_by_the_same_force():
    first, then = _moves("وأفاد مصدر عسكري بأن وحدة من جيش البر تحركت مساء الإثنين من مدنين إلى بن قردان، ثم تقدمت صباحاً إلى "
                         "المنطقة العازلة قرب رأس جدير.")
    assert (_brief(first)[2:], _brief(then)[2:]) == ((["مدنين"], ["بن قردان"], []), (["بن قردان"], ["رأس جدير"], []))


def test_movements_from_the_town_is_the_last_town_named_and_to_the_town_is_so_beside_an_origin():
    (move,) = _moves('وفي الزنتان، حذّر قائد ميداني من أن وحداته "ستتحرك من المدينة نحو طرابلس عبر غريان إذا تعرّض '
                     'المدنيون لأي أذى".')
    assert (move.status, move.actor.name) == ("conditional", "Zintan forces")
    assert _brief(move)[2:] == (["الزنتان"], ["طرابلس"], ["غريان"])
    _, back = _moves("وصلت تعزيزات من الجيش الوطني الليبي إلى سبها. "
                     "وقالت مصادر إن رتلاً آخر سيتوجه إلى المدينة قادماً من براك.")
    assert _brief(back)[2:4] == (["براك"], ["سبها"])
    (move,) = _moves("نفى عميد بلدية غريان ما تداولته صفحات عن دخول قوات قادمة من العزيزية إلى المدينة.")
    assert (move.status, *_brief(move)[2:4]) == ("denied", ["العزيزية"], ["غريان"])  # its clause's last word too
    (move,) = _moves("وصلت تعزيزات من الجيش الوطني الليبي إلى سبها. وقالت مصادر إن رتلاً آخر سيتوجه إلى المدينة.")
    assert _brief(move)[3] == ["سبها"]  # 'to the town' alone makes no movement of its own
    (move,) = _moves("زار رئيس المجلس جنيف الأسبوع الماضي. ونفى مصدر عسكري وصول أرتال قادمة من سبها إلى المدينة.")
    assert _brief(move)[2:4] == (["سبها"], [])  # a town far from Libya and its neighbours is not pointed back to
    (move,) = _moves("وأعلنت رئاسة الأركان أنها ستدفع بتعزيزات إلى غدامس إذا اقترب الرتل من المدينة.")
    assert _brief(move)[2:4] == ([], ["غدامس"])  # the condition's town, not where the reinforcements come from


def test_movements_the_airport_base_or_crossing_alone_is_the_last_one_named_beside_a_place_of_its_own():
    _, move = _moves("وصلت طائرة عسكرية إلى مطار غات صباح الأحد. "
                     "ومن المقرر أن تهبط في المطار طائرة أخرى قادمة من قاعدة الجفرة الجوية.")
    assert (move.status, *_brief(move)[2:4]) == ("planned", ["قاعدة الجفرة الجوية"], ["مطار غات"])
    (move,) = _moves("أغلقت السلطات منفذ وازن أمس. وقالت مصادر إن تعزيزات وصلت إلى المنفذ قادمة من نالوت.")
    assert _brief(move)[2:4] == (["نالوت"], ["منفذ وازن"])  # a place the article called a crossing
    (move,) = _moves("تقع قاعدة الويغ قرب مطار القطرون. وقال مصدر إن سرية ستتحرك من القاعدة نحو الحدود مع النيجر.")
    assert _brief(move)[2:4] == (["قاعدة الويغ"], ["الحدود مع النيجر"])  # 'the base' is a base, not the airport after it
    (move,) = _moves("أغلقت السلطات منفذ وازن أمس. وحشدت مجموعات مسلحة عناصرها في نالوت على بعد 50 كيلومتراً من المنفذ.")
    assert _brief(move)[2:4] == ([], ["نالوت"])  # what a distance is measured from is not where they came from


def test_movements_the_border_right_after_a_destination_says_where_it_lies():
    (move,) = _moves("دفعت القيادة العامة برتل من سبها مروراً بالقطرون إلى منفذ التوم على الحدود مع النيجر.")
    assert _brief(move)[2:] == (["سبها"], ["منفذ التوم"], ["القطرون"])
    (move,) = _moves("نشرت القيادة العامة سرية في منفذ التوم، على الحدود مع النيجر.")
    assert _brief(move)[3] == ["منفذ التوم", "الحدود مع النيجر"]  # past a comma: a place of its own


def test_movements_a_force_no_one_names_inside_a_neighbour_without_armed_groups_of_its_own_is_its_army():
    (move,) = _moves("أعادت قوات حرس الحدود تمركز سريتين من سيدي براني إلى السلوم.")
    assert (move.actor.name, *_brief(move)[2:4]) == ("Egyptian army", ["سيدي براني"], ["السلوم"])
    (move,) = _moves("وصلت تعزيزات إلى فايا لارجو قادمة من أبشة.")
    assert move.actor is None  # Chad's army and its armed groups both move there
    (move,) = _moves("عبرت دوريات من مرسى مطروح إلى الجغبوب.")
    assert move.actor is None  # into Libya: whose, the text does not say


def test_movements_hostage_to_and_stipulated_are_conditions():
    (move,) = _moves("وأوضح الناطق أن «الدفع بتعزيزات إضافية من مدنين نحو رمادة يبقى رهين تطور الوضع على الجانب الليبي».")
    assert _brief(move)[0::2][:2] == ("conditional", ["مدنين"])
    (move,) = _moves("واشترط أعيان ورشفانة لوقف إطلاق النار انسحاب قوات اللواء من جودائم إلى معسكر 27.")
    assert (move.status, *_brief(move)[2:4]) == ("conditional", ["جودائم"], ["معسكر 27"])


def test_movements_but_after_a_denial_of_no_known_place_sets_the_next_plan_against_it():
    moves = _moves("ونفى مصدر عسكري ما تداولته حسابات عن انسحاب روسي من هناك. "
                   "غير أن المصدر ذاته قال إن القيادة تعتزم سحب سريتين من سبها إلى براك مطلع الشهر المقبل.")
    assert [(m.status, *_brief(m)[2:4]) for m in moves] == [("planned", ["سبها"], ["براك"])]


def test_movements_places_joined_by_then_are_one_list_and_amid_ends_the_places():
    (move,) = _moves("دفع الجيش الوطني الليبي، الأربعاء، بكتيبة مشاة من سبها إلى الحدود مع النيجر، سلكت الطريق جنوباً "
                     "مروراً بتراغن فالقطرون، في ظل توتر متصاعد في الجنوب الغربي.")
    assert _brief(move)[2:] == (["سبها"], ["الحدود مع النيجر"], ["تراغن", "القطرون"])


def test_movements_what_an_ultimatum_asks_for_is_no_movement():
    (move,) = _moves('وقال المتحدث باسم الكتيبة 116 التابعة للقيادة العامة إن قواته "ستتقدم من حقل الوفاء نحو درج '
                     'ما لم تنسحب القوة القادمة من الغرب منها خلال 72 ساعة".')
    assert (move.status, _brief(move)[2:4]) == ("conditional", (["حقل الوفاء"], ["درج"]))


def test_movements_a_headline_country_is_told_again_by_the_border_with_it():
    text = ("«الجيش الوطني» يدفع بكتيبة نحو حدود النيجر\n\n"
            "دفع الجيش الوطني الليبي، الأربعاء، بكتيبة مشاة من سبها إلى الحدود مع النيجر.")
    (move,) = _moves(text)
    assert _brief(move)[2:4] == (["سبها"], ["الحدود مع النيجر"]) and move.evidence.start > text.index("\n")


def test_movements_where_the_force_is_stationed_or_comes_from_before_the_verb_is_its_origin():
    (move,) = _moves("رابعاً: لن تتحرك الوحدات المتمركزة بالأبيار نحو سلوق ما لم تطلب ذلك غرفة العمليات المشتركة.")
    assert _brief(move)[2:4] == (["الأبيار"], ["سلوق"])
    (move,) = _moves("وأفاد شهود عيان بأن مجموعات مسلحة قادمة من الزاوية تحشدت منذ الأحد في الكريمية.")
    assert _brief(move)[2:4] == (["الزاوية"], ["الكريمية"])


def test_movements_an_axis_or_a_coast_before_a_place_does_not_hide_where_the_move_goes():
    (move,) = _moves("دفعت «القوة المشتركة مصراتة»، مساء الجمعة، بنحو أربعين آلية مسلحة من مصراتة إلى محور أبوقرين "
                     "مروراً بتاورغاء.")
    assert _brief(move)[2:] == (["مصراتة"], ["أبوقرين"], ["تاورغاء"])
    (move,) = _moves("قال مسؤول إن الحكومة تعتزم نقل زوارق دورية تابعة لخفر السواحل من طرابلس إلى سواحل زوارة "
                     "خلال الأسبوع المقبل.")
    assert _brief(move)[2:4] == (["طرابلس"], ["زوارة"])


def test_movements_the_borders_other_country_and_the_deniers_seat_are_no_destinations():
    (move,) = _moves("دفع الجيش الجزائري، خلال الأيام الماضية، بتعزيزات من تمنراست إلى عين قزام وتيمياوين على الحدود "
                     "مع النيجر ومالي.")
    assert _brief(move)[2:4] == (["تمنراست"], ["عين قزام", "تيمياوين"])  # the border says where they lie
    (move,) = _moves("واتهمت القيادة العامة حكومة الوحدة الوطنية بإرسال شحنة ذخائر بحراً من مصراتة إلى المسلحين في "
                     "درنة، وهو ما كذّبته وزارة الدفاع في طرابلس.")
    assert (move.status, *_brief(move)[2:4]) == ("denied", ["مصراتة"], ["درنة"])


def test_movements_a_landing_ship_is_a_vessel_and_place_nouns_do_not_push_the_force_out_of_reach():
    (move,) = _moves("وصلت إلى قاعدة طبرق البحرية سفينة إنزال تابعة لقوات الجيش الوطني الليبي تقل عناصر من كتيبة مشاة "
                     "قادمة من بنغازي.")
    assert (move.kind, move.actor.name, *_brief(move)[2:4]) == (
        "naval_landing", "Libyan National Army", ["بنغازي"], ["قاعدة طبرق البحرية"])
    (move,) = _moves("وصل إلى بلدة قطرون، مساء الإثنين، رتل عسكري من الكتيبة 87 مشاة التابعة للقيادة العامة قادماً من "
                     "سبها عبر أم الأرانب ومرزق.")
    assert (move.actor.name, *_brief(move)[2:]) == (
        "Libyan National Army", ["سبها"], ["قطرون"], ["أم الأرانب", "مرزق"])


def test_movements_a_depot_named_before_its_town_is_where_the_escort_sets_out():
    (move,) = _moves("رافقت سرية من اللواء 128 مشاة التابع للقيادة العامة، أمس السبت، قافلة من 42 شاحنة وقود انطلقت من "
                     "مستودع شركة البريقة في سبها ووصلت إلى براك عصراً.")
    assert (move.actor.name, *_brief(move)[2:4]) == ("Libyan National Army", ["سبها"], ["براك"])


def test_movements_at_the_same_time_as_ends_the_places_and_a_border_post_does_not_hide_its_name():
    (move,) = _moves("دفعت قيادة الناحية العسكرية الرابعة بتعزيزات نحو الدبداب وعين أميناس، بالتزامن مع تصاعد التوتر في "
                     "الجهة المقابلة من الحدود مع ليبيا.")
    assert _brief(move)[2:4] == ([], ["الدبداب", "عين أميناس"])
    (move,) = _moves("وينتظر أن تعيد قيادة حرس الحدود نشر وحدات من عين أميناس إلى المركز الحدودي تين الكوم.")
    assert _brief(move)[2:4] == (["عين أميناس"], ["تين الكوم"])


def test_movements_a_unit_of_the_command_named_with_bi_and_a_condition_after_and_then_is_its_own_clauses():
    (move,) = _moves("وصلت إلى مدينة غات، مساء الأحد، تعزيزات عسكرية تابعة لكتيبة حرس الحدود بالقيادة العامة، قادمة من "
                     "قاعدة تمنهنت مروراً بأوباري.")
    assert (move.actor.text, move.actor.name) == ("كتيبة حرس الحدود", "Libyan National Army")
    planned, conditional = _moves("ومن المقرر أن تنتقل سرية ثالثة إلى العوينات مطلع الأسبوع المقبل، على أن تُنقل سرية "
                                  "محمولة جواً من سبها إلى مطار غات إذا تجددت محاولات التسلل.")
    assert [(m.status, _brief(m)[3]) for m in (planned, conditional)] == [
        ("planned", ["العوينات"]), ("conditional", ["مطار غات"])]


def test_movements_a_convoy_without_escort_and_detainees_moved_are_no_movements_of_forces():
    assert _moves("وفي المقابل، وصلت إلى اوباري ليل الجمعة 30 شاحنة وقود قادمة من الزاوية دون أي مرافقة أمنية.") == ()
    assert _moves("كما نُقل 12 موقوفاً من القطرون إلى سبها لاستكمال التحقيق معهم.") == ()
    (move,) = _moves("رافقت سرية من اللواء 128 مشاة، أمس السبت، قافلة من 42 شاحنة وقود انطلقت من سبها ووصلت إلى براك.")
    assert _brief(move)[2:4] == (["سبها"], ["براك"])


def test_movements_an_air_bridge_between_two_places_flies_from_the_first_to_the_second():
    (move,) = _moves("وتخطط القيادة العامة لتسيير جسر جوي أسبوعي بين سبها وقاعدة الويغ لنقل الجنود والمؤن.")
    assert (move.kind, move.status, *_brief(move)[2:4]) == ("airlift", "planned", ["سبها"], ["قاعدة الويغ"])


def test_movements_each_of_a_list_and_two_bases_before_their_names_keep_their_roles():
    (move,) = _moves("دفع الجيش الجزائري، خلال الساعات الماضية، بوحدات من القوات الخاصة إلى كلٍّ من جانت وعين أمناس "
                     "والدبداب.")
    assert _brief(move)[2:4] == ([], ["جانت", "عين أمناس", "الدبداب"])
    (move,) = _moves("وأضاف أن القيادة «ستدفع بتعزيزات إضافية من قاعدتي براك والجفرة إلى سبها إذا تجددت الاشتباكات».")
    assert (move.status, *_brief(move)[2:4]) == ("conditional", ["براك", "الجفرة"], ["سبها"])


def test_movements_the_next_sentence_telling_a_movement_again_in_detail_is_that_movement():
    text = ("خبر\n\nدفعت القيادة العامة للجيش الوطني الليبي، فجر الأحد، بوحدات إلى مدن سبها وغات وأوباري ومرزق. "
            "وأوضح آمر غرفة العمليات أن الأرتال انطلقت من قاعدة الجفرة الجوية وسلكت الطريق الصحراوي مروراً بالشويرف، "
            "ثم توزعت على النحو الآتي: السرية الأولى بغات، والثانية بأوباري، فيما تمركزت وحدة الإسناد في مطار سبها.")
    (move,) = _moves(text)
    assert _brief(move)[2:] == (["قاعدة الجفرة الجوية"], ["سبها", "غات", "أوباري", "مرزق", "مطار سبها"], ["الشويرف"])


def test_movements_a_dual_verb_moves_and_the_senders_name_does_not_push_the_force_out_of_reach():
    (move,) = _moves("لكنه كشف أن سريتين متمركزتين في قطرون «ستنتقلان خلال أيام إلى أم الأرانب ثم تراغن».")
    assert (move.status, _brief(move)[3]) == ("planned", ["أم الأرانب", "تراغن"])
    (move,) = _moves("وعلى الجانب الآخر، نشرت رئاسة الأركان في حكومة الوحدة الوطنية ثلاث كتائب قادمة من طرابلس والزاوية "
                     "في زوارة والجميل ومعبر رأس جدير على التوالي.")
    assert (move.actor.name, *_brief(move)[2:4]) == (
        "GNA forces", ["طرابلس", "الزاوية"], ["زوارة", "الجميل", "معبر رأس جدير"])


def test_movements_the_move_a_condition_waits_for_is_no_movement_and_afterwards_is_no_clause():
    (move,) = _moves("وحذّر الناطق باسم القيادة العامة من أن الجيش «سيتقدم نحو المثلث الحدودي إذا عبرت مجموعات مسلحة "
                     "قادمة من دارفور الحدود».")
    assert (move.status, _brief(move)[2:4]) == ("conditional", ([], ["المثلث الحدودي"]))
    (move,) = _moves("وبحسب مصدر عسكري، انطلقت القوات بعد ذلك من الكفرة على ثلاثة محاور: السرية الأولى إلى ربيانة، "
                     "والثانية إلى قاعدة معطن السارة.")
    assert _brief(move)[2:4] == (["الكفرة"], ["ربيانة", "قاعدة معطن السارة"])


def test_movements_the_items_of_a_statement_list_are_moved_by_the_force_that_issued_it():
    moves = _moves("أصدرت رئاسة الأركان العامة التابعة لحكومة الوحدة الوطنية بياناً.\n"
                   "وجاء في البيان أن الوحدات باشرت تنفيذ البنود الآتية:\n"
                   "1- الدفع بسرية مدرعة من قاعدة الوطية الجوية إلى معبر رأس اجدير.\n"
                   "2- لا صحة لما تداولته صفحات عن سحب قوات من رأس اجدير باتجاه الجميل.")
    assert [_summary(m) for m in moves] == [
        ("deploy", "reported", "GNA forces", ["قاعدة الوطية الجوية"], ["رأس اجدير"], []),
        ("withdraw", "denied", "GNA forces", ["رأس اجدير"], ["الجميل"], [])]


def test_movements_a_move_wholly_inside_a_neighbour_is_not_the_libyan_side_told_before():
    moves = _moves("وصلت تعزيزات من الجيش الوطني الليبي إلى القطرون.\n\n"
                   "ونقل مراسل عن مصدر أمني نيجري أن تعزيزات قد يُدفع بها من ديركو إلى مادما إذا رُصدت تحركات مريبة.")
    assert [_summary(m) for m in moves] == [
        ("reinforce", "reported", "Libyan National Army", [], ["القطرون"], []),
        ("reinforce", "conditional", "Nigerien army", ["ديركو"], ["مادما"], [])]


def test_movements_a_force_named_as_denied_is_not_the_force_told_before():
    moves = _moves("تعزيزات للجيش الوطني الليبي على الحدود مع النيجر.. وموسكو تنفي نقل عسكريين روس\n\n"
                   "سبها - سبوتنيك. تمّ الدفع بكتيبة مدرعة من سبها إلى بلدة القطرون، وفق ما أفاد مصدر عسكري.")
    assert [_summary(m) for m in moves] == [("deploy", "reported", "Libyan National Army", ["سبها"], ["القطرون"], [])]


def test_movements_the_place_a_unit_is_named_for_guarding_is_where_it_sets_out_from():
    (move,) = _moves("نفت وزارة الدفاع ما تداولته صفحات عن سحب كتيبة حماية حقل الوفاء نحو غدامس.")
    assert _summary(move) == ("withdraw", "denied", None, ["حقل الوفاء"], ["غدامس"], [])


def test_movements_as_was_rumoured_is_an_aside_and_the_condition_after_it_is_the_moves():
    (move,) = _moves("قال مصدر إنه «من غير المرجح» أن تنزل وحدات من مشاة البحرية التركية في ميناء الخمس كما تردد في "
                     "وسائل إعلام محلية، «إلا إذا طلبت حكومة الوحدة ذلك رسمياً».")
    assert _summary(move) == ("deploy", "conditional", "Turkish armed forces", [], ["ميناء الخمس"], [])


def test_movements_trucks_loaded_with_weapons_are_a_shipment():
    (move,) = _moves("وأفاد سائقون بأن شاحنات محملة بالوقود والسلاح انطلقت من القطرون نحو النيجر.")
    assert _summary(move) == ("shipment", "reported", None, ["القطرون"], ["النيجر"], [])


def test_movements_places_on_the_way_by_way_of_a_city_after_a_stop_and_after_a_journey():
    (city,) = _moves("وصلت صباح اليوم تعزيزات عسكرية من الجيش الوطني إلى معبر رأس جدير الحدودي قادمة من مدنين مروراً "
                     "بمدينة بن قردان.")
    assert _summary(city)[3:] == (["مدنين"], ["معبر رأس جدير"], ["بن قردان"])
    (stop,) = _moves("هبطت طائرتا شحن في قاعدة تمنهنت الجوية قادمتين من قاعدة بنينا، بعد توقف قصير في قاعدة الجفرة الجوية.")
    assert _summary(stop)[3:] == (["قاعدة بنينا"], ["قاعدة تمنهنت الجوية"], ["قاعدة الجفرة الجوية"])
    (journey,) = _moves("قالت مصادر إن رتلاً وصل إلى الكفرة، بعد رحلة استغرقت ثلاثة أيام انطلاقاً من بنغازي مروراً "
                        "بأجدابيا وجالو.")
    assert _summary(journey)[3:] == (["بنغازي"], ["الكفرة"], ["أجدابيا", "جالو"])


def test_movements_a_force_word_before_its_owners_long_name_names_the_force_of_the_verb():
    (move,) = _moves("قالت مصادر عسكرية إن رتلاً تابعاً لرئاسة الأركان في حكومة الوحدة الوطنية خرج فجراً من طرابلس "
                     "وسلك الطريق مروراً بالعزيزية، ودخل الأصابعة.")
    assert _summary(move) == ("deploy", "reported", "GNA forces", ["طرابلس"], ["الأصابعة"], ["العزيزية"])


def test_movements_a_state_after_a_word_of_direction_is_where_a_place_lies_not_a_force():
    moves = _moves("وأقلعت الطائرة التي أقلّت نحو 300 مقاتل سوري من مطار غازي عنتاب جنوبي تركيا، وهبطت في مطار "
                   "معيتيقة، قبل أن يُنقل المقاتلون في حافلات إلى قاعدة الوطية الجوية.")
    assert [_summary(m)[2] for m in moves] == ["Syrian mercenaries", "Syrian mercenaries"]


def test_movements_its_forces_after_a_foreign_state_are_that_states_army():
    (move,) = _moves("قال السيسي إن مصر ستدفع بقواتها إلى سرت.")
    assert _summary(move) == ("deploy", "planned", "Egyptian army", [], ["سرت"], [])


def test_movements_any_unit_in_a_condition_and_a_plan_under_study():
    (condition,) = _moves("وأكد البيان أنه لن يتم تحريك أي وحدة نحو الشويرف إلا إذا طلبت ذلك اللجنة العسكرية.")
    assert _summary(condition) == ("deploy", "conditional", None, [], ["الشويرف"], [])
    (study,) = _moves("أوضح الضابط أن القيادة تدرس نشر سرية من قاعدة الوطية الجوية عند معبر رأس اجدير.")
    assert _summary(study)[1] == "planned"


def test_movements_our_units_move_and_a_deniers_quoted_our_units_stayed_put_is_its_denial_again():
    (ours,) = _moves("قال الناطق إن «وحداتنا ستتقدم نحو الوشكة وأبوقرين إذا خُرق وقف إطلاق النار».")
    assert _summary(ours) == ("advance", "conditional", None, [], ["الوشكة", "أبوقرين"], [])
    (denial,) = _moves("نفى العميد ما تداولته صفحات عن انسحاب الكتيبة من مواقعها في بوعطني باتجاه المرج، وقال: «لا صحة "
                       "لأي انسحاب، وحداتنا باقية في أماكنها ولم تغادر بنغازي».")
    assert _summary(denial) == ("withdraw", "denied", None, ["بوعطني"], ["المرج"], [])


def test_movements_what_was_published_opens_another_clause():
    (move,) = _moves("غير أن الناطق باسم القيادة العامة نفى ذلك، وقال إن «وحداتنا لم تتحرك باتجاه غدامس، وما نُشر صور "
                     "قديمة لتدريبات في الحمادة الحمراء».")
    assert _summary(move) == ("deploy", "denied", "Libyan National Army", [], ["غدامس"], [])


def test_movements_a_number_of_is_partitive_and_the_place_guarded_past_its_gates_is_an_origin():
    (partitive,) = _moves("انتشرت دوريات تابعة للجيش الليبي في عدد من مناطق وادي الشاطئ.")
    assert _summary(partitive)[3:5] == ([], ["وادي الشاطئ"])
    (guarded,) = _moves("نفى المجلس ما نشرته صفحات محلية عن انسحاب شباب المدينة المكلفين بحراسة البوابات الجنوبية "
                        "لحقل الشرارة.")
    assert _summary(guarded) == ("withdraw", "denied", None, ["حقل الشرارة"], [], [])


def test_movements_vehicles_carrying_fighters_move_but_a_4x4_is_no_push_and_police_move_as_themselves():
    (convoy,) = _moves("وصلت إلى مدينة الكفرة، مساء الثلاثاء، قافلة تضم نحو 60 سيارة دفع رباعي تقلّ مقاتلين سودانيين "
                       "قادمين من الجفرة.")
    assert _summary(convoy)[3:5] == (["الجفرة"], ["الكفرة"])
    assert _moves("رصدت طائرة استطلاع قافلة من 15 سيارة دفع رباعي لمهربين قادمة من تشاد.") == ()
    army, police = _moves("وصلت قوات القيادة العامة إلى سبها. وانتشرت دوريات للشرطة عند محطات الوقود في سبها.")
    assert (_summary(army)[2], _summary(police)[2], police.actor.text) == ("Libyan National Army", None, "دوريات للشرطة")


def test_movements_purposes_and_roads_extending_to_places_are_no_destinations():
    (move,) = _moves("تعتزم القيادة نقل سرية جواً من بنغازي إلى قاعدة الويغ، لإحكام السيطرة على الطرق الصحراوية "
                     "الممتدة نحو النيجر وتشاد.")
    assert _summary(move) == ("airlift", "planned", None, ["بنغازي"], ["قاعدة الويغ"], [])


def test_movements_a_move_told_in_detail_after_as_is_one_move_from_the_senders_seat():
    (move,) = _moves("دفعت قيادة الناحية العسكرية الرابعة بورقلة بتعزيزات جديدة نحو الشريط الحدودي الشرقي، إذ تحركت "
                     "أرتال من ورقلة باتجاه الدبداب مروراً بعين امناس.")
    assert _summary(move) == ("reinforce", "reported", "Algerian army", ["ورقلة"], ["الدبداب"], ["عين امناس"])


def test_movements_the_tripoli_government_and_who_asked_are_no_destinations():
    (ship,) = _moves("ومن المنتظر ان تنقل سفينة تابعة لحكومة طرابلس سرية من قاعدة أبوستة البحرية الى ميناء زوارة.")
    assert _summary(ship) == ("deploy", "planned", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"], [])
    (landing,) = _moves("ذكرت وسائل اعلام ان أنقرة تعتزم ارسال سفينة انزال الى ميناء الخمس بطلب من حكومة الوحدة الوطنية "
                        "في طرابلس.")
    assert _summary(landing) == ("naval_landing", "planned", "Turkish armed forces", [], ["ميناء الخمس"], [])


def test_movements_a_bare_denial_answers_the_claim_a_question_put():
    (move,) = _moves("س: نشرت قناة «ليبيا الأحرار» أن قواتكم انسحبت من مجمع مليتة. ما صحة ذلك؟\nج: هذا غير صحيح.")
    assert _summary(move) == ("withdraw", "denied", None, ["مجمع مليتة"], [], [])


def test_movements_broken_plural_nationalities_name_the_force():
    (move,) = _moves("وصل جنود أتراك إلى قاعدة الوطية.")
    assert (_summary(move)[2], move.actor.text) == ("Turkish armed forces", "جنود أتراك")


def test_movements_in_the_wake_of_tells_a_move_done_and_a_headline_told_again_from_the_same_origin():
    (wake,) = _moves("دعت مصر الأطراف إلى ضبط النفس، في أعقاب وصول رتل من الزنتان إلى غريان.")
    assert _summary(wake) == ("deploy", "reported", "Zintan forces", ["الزنتان"], ["غريان"], [])
    (told,) = _moves("مصر تدعو إلى التهدئة بعد وصول رتل من الزنتان إلى أطراف طرابلس\n\nوذكرت المصادر أن الرتل تحرك فجر "
                     "أمس من الزنتان مروراً بالعزيزية، ووصل إلى قصر بن غشير.")
    assert _summary(told) == ("deploy", "reported", "Zintan forces", ["الزنتان"], ["قصر بن غشير"], ["العزيزية"])
    (airlift, ) = [m for m in _moves("الجيش يعزز انتشاره بالدبداب.. وجسر جوي نحو جانت\n\nحطت بمطار جانت ثلاث طائرات "
                                     "نقل عسكرية أقلعت من قاعدة بوفاريك الجوية، في جسر جوي يتواصل لليوم الثالث.")
                   if m.kind == "airlift"]
    assert _summary(airlift)[3:5] == (["قاعدة بوفاريك الجوية"], ["مطار جانت"])  # the air base itself


def test_movements_where_a_plane_is_registered_is_not_where_it_goes():
    (move,) = _moves("أظهرت بيانات التتبع أن ست طائرات «إليوشن 76» مسجلة في قيرغيزستان أقلعت من قاعدة الخادم الجوية إلى "
                     "مطار الكفرة.")
    assert _summary(move) == ("airlift", "reported", None, ["قاعدة الخادم الجوية"], ["مطار الكفرة"], [])


def test_movements_as_starts_a_clause_told_as_done_and_a_transmitter_is_no_sending():
    (move,) = _moves("وأضاف الحساب أن الطائرة لم تمكث طويلاً في الخادم، إذ أقلعت مساء اليوم ذاته نحو قاعدة الجفرة الجوية، "
                     "وأطفأت جهاز الإرسال لدى عبورها فوق خليج سرت.")
    assert _summary(move) == ("airlift", "reported", None, [], ["قاعدة الجفرة الجوية"], [])


@pytest.mark.parametrize("text", [
    "كلما هبطت طائرة شحن روسية في الجنوب الليبي، عاد السؤال نفسه.",  # 'whenever': what keeps happening
    "أكد المصدر أن النواب الذين انسحبوا من جلسة سرت عادوا إلى الحوار.",  # leaving a session
    "قال المدير إن فرقاً فنية انتشرت في صبراتة وصرمان.",  # technical teams
])
def test_movements_habits_sessions_and_technical_teams_are_no_movements(text):
    assert _moves(text) == ()


def test_movements_a_place_with_and_written_on_a_name_like_a_particle_stays_in_the_list():
    (move,) = _moves("انتشرت وحدات الدرك في إليزي وجانت وإن أمناس والدبداب.")
    assert _summary(move) == ("deploy", "reported", "Algerian army", [], ["إليزي", "جانت", "إن أمناس", "الدبداب"], [])


def test_movements_announced_bounds_the_cues_before_a_move():
    (move,) = _moves("فعّلت وزارة الداخلية غرفة العمليات استعداداً لاقتراع السبت، وأعلنت أنها نشرت أربعة آلاف عنصر في بنغازي.")
    assert _summary(move)[1] == "reported"


def test_movements_passive_repositioning_gathering_and_the_106_brigade():
    (repositioned,) = _moves("مضيفاً أن سرية متمركزة في براك «سيُعاد تموضعها نحو إدري إذا امتدت الاشتباكات إلى وادي الشاطئ».")
    assert _summary(repositioned) == ("redeploy", "conditional", None, ["براك"], ["إدري"], [])
    (gathered,) = _moves("أفادت مصادر محلية بأن مسلحين من المعارضة التشادية تجمعوا في أم الأرانب، قادمين من مواقعهم قرب "
                         "الحدود مع تشاد.")
    assert _summary(gathered) == ("mobilise", "reported", "Chadian armed groups", ["الحدود مع تشاد"], ["أم الأرانب"], [])
    (airlift,) = _moves("نقلت طائرات شحن من قاعدة بنينا الجوية كتيبة من اللواء 106 إلى الكفرة.")
    assert _summary(airlift)[2] == "Libyan National Army"


def test_movements_a_unit_takes_the_army_told_of_not_the_rebels_told_just_before():
    first, fled, airlift = _moves(
        "وصلت إلى القطرون كتيبة تابعة للقيادة العامة قادمة من سبها. وقالت مصادر إن مجموعات مسلحة تشادية انسحبت من "
        "محيط تمسة باتجاه الحدود مع تشاد. وأعلنت غرفة عمليات المنطقة الجنوبية أن جسراً جوياً سيقام الأسبوع المقبل بين "
        "مطار سبها وقاعدة الويغ الجوية لنقل عناصر ومعدات.")
    assert _summary(fled) == ("withdraw", "reported", "Chadian armed groups", ["تمسة"], ["الحدود مع تشاد"], [])
    # the operations room is the army's; 'لنقل عناصر' is what the airlift is for, not a second movement
    assert _summary(airlift) == ("airlift", "planned", "Libyan National Army", ["مطار سبها"], ["قاعدة الويغ الجوية"], [])
    assert airlift.actor.text == "غرفة عمليات المنطقة الجنوبية"


def test_movements_a_plan_after_a_movement_is_its_own_movement_not_its_purpose():
    moved, planned = _moves("نقلت القيادة العامة سرية مدرعة من أوباري إلى غات، وتخطط لنشر سرية أخرى في العوينات.")
    assert _summary(moved) == ("deploy", "reported", "Libyan National Army", ["أوباري"], ["غات"], [])
    assert _summary(planned)[1:] == ("planned", "Libyan National Army", [], ["العوينات"], [])


def test_movements_the_force_told_before_is_the_army_that_addresses_the_rebels():
    (move,) = _moves("أمهل الجيش الوطني الليبي المجموعات المسلحة التشادية في أم الأرانب سبعة أيام لمغادرة المنطقة. وأوضح "
                     "المتحدث أن طائرتي شحن نقلتا 200 عنصر من قاعدة بنينا الجوية إلى قاعدة تمنهنت.")
    assert _summary(move)[1:] == ("reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["قاعدة تمنهنت"], [])


def test_movements_agreements_futures_listed_as_written_and_contingent_moves():
    _each_one_move({
        "قال الوسيط إن قادة المجموعات وافقوا على الانسحاب من أم الأرانب باتجاه الحدود مع النيجر.":
            ("planned", ["أم الأرانب"], ["الحدود مع النيجر"]),
        "قال الناطق إن القوة ستعود إلى غريان بعد أسبوعين.": ("planned", [], ["غريان"]),  # ستعود is listed as written
        "وأضاف الناطق أن أي تقدم لقواتهم من مزدة نحو الشويرف مرهون بتحرك الطرف الآخر.":
            ("conditional", ["مزدة"], ["الشويرف"]),
    })
    assert _moves("وحذر الناطق من أي تقدم نحو سرت.") == ()  # 'any advance' alone is a threat


def test_movements_nationalities_opponents_and_fighters_from_a_country():
    (landing,) = _moves("أظهر المقطع جنوداً أتراكاً ينزلون من سفينة إنزال في ميناء مصراتة.")
    assert _summary(landing) == ("naval_landing", "reported", "Turkish armed forces", [], ["ميناء مصراتة"], [])
    (column,) = _moves("أظهر المقطع رتلاً لمعارضين تشاديين يدخل القطرون.")
    assert _summary(column)[2] == "Chadian armed groups"
    (advance,) = _moves("نفت القيادة العامة تقدم مقاتلين من السودان نحو حقل مسلة.")
    assert _summary(advance) == ("advance", "denied", "Sudanese armed groups", ["السودان"], ["حقل مسلة"], [])
    # 'any forces in' a town are not the town's own: the front that speaks is the mover
    (massed,) = _moves("قال متحدث باسم جبهة الوفاق من أجل التغيير في تشاد إن الجبهة لا تملك أي قوات في القطرون، ولم تحشد "
                       "مقاتلين في أم الأرانب.")
    assert _summary(massed) == ("mobilise", "denied", "Chadian armed groups", [], ["أم الأرانب"], [])


def test_movements_going_on_its_way_stores_camps_and_airstrips_set_the_route():
    arrived, onward = _moves("وقال المصدر إن الوحدات وصلت إلى مرزق مساء أمس، مضيفاً أنها ستواصل طريقها خلال يومين نحو قاعدة "
                             "الويغ.")
    assert _summary(onward)[1:] == ("planned", None, ["مرزق"], ["قاعدة الويغ"], [])
    (stored,) = _moves("وقال إن كتيبة ستنقل الذخائر المخزنة في بئر الغنم إلى غريان.")
    assert _summary(stored) == ("shipment", "planned", None, ["بئر الغنم"], ["غريان"], [])
    (brigade,) = _moves("وصلت إلى سبها طلائع لواء طارق بن زياد بعد رحلة انطلقت من معسكرات اللواء في بنغازي.")
    assert _summary(brigade) == ("deploy", "reported", "Libyan National Army", ["بنغازي"], ["سبها"], [])
    (misrata,) = _moves("دفعت الكتائب المسلحة في مصراتة بأكثر من 120 آلية من معسكراتها داخل المدينة إلى الدافنية.")
    assert _summary(misrata) == ("deploy", "reported", "Misrata forces", ["مصراتة"], ["الدافنية"], [])
    (airlift,) = _moves("نقلت طائرات شحن عسكرية نحو مئتي جندي من قاعدة بنينا الجوية إلى مهبط حقل السرير.")
    assert _summary(airlift) == ("airlift", "reported", None, ["قاعدة بنينا الجوية"], ["حقل السرير"], [])


def test_movements_the_press_cited_and_a_headline_told_again_at_the_base():
    (move,) = _moves("ونقلت صحف جزائرية أن الجيش الجزائري دفع بتعزيزات إلى جانت.")
    assert _summary(move) == ("reinforce", "reported", "Algerian army", [], ["جانت"], [])
    (airlift,) = _moves("موسكو تعزز وجودها في براك الشاطئ..\n\nهبطت في قاعدة براك الجوية طائرتا شحن روسيتان قادمتان من "
                        "قاعدة الجفرة الجوية.")
    assert _summary(airlift) == ("airlift", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"], [])
    # a withdrawal from the base is no arrival the headline's reinforcing could be told again as
    headline, withdrawal = _moves("موسكو تعزز وجودها في براك الشاطئ..\n\nوقالت مصادر إن القوات الروسية ستنسحب من قاعدة "
                                  "براك الجوية.")
    assert (_summary(headline)[:2], _summary(withdrawal)[:2]) == (("reinforce", "reported"), ("withdraw", "planned"))


def test_movements_force_words_past_locators_and_times_and_a_border_after_a_distance():
    (move,) = _moves("وصلت إلى القطرون في أقصى الجنوب الليبي، ظهر السبت، تعزيزات من اللواء طارق بن زياد، انطلقت من سبها "
                     "مروراً بأم الأرانب.")
    assert _summary(move) == ("reinforce", "reported", "Libyan National Army", ["سبها"], ["القطرون"], ["أم الأرانب"])
    (move,) = _moves("انسحب مئات المقاتلين السودانيين من محيط الجفرة، على بعد نحو 500 كيلومتر جنوب شرقي طرابلس، باتجاه "
                     "الحدود مع السودان.")
    assert _summary(move) == ("withdraw", "reported", "Sudanese armed groups", ["الجفرة"], ["الحدود مع السودان"], [])


def test_movements_another_force_arriving_arrives_where_the_first_went():
    first, second = _moves("وصلت إلى مدينة اوباري، مساء الأربعاء، تعزيزات عسكرية تابعة للواء 128 معزز قادمة من سبها، مضيفاً "
                           "أن سرية ثانية وصلت صباح الخميس من إدري.")
    assert _summary(first) == ("reinforce", "reported", "Libyan National Army", ["سبها"], ["اوباري"], [])
    assert _summary(second)[2:] == ("Libyan National Army", ["إدري"], ["اوباري"], [])


def test_movements_long_source_asides_headline_towns_across_and_parts_of_a_force():
    (massed,) = _moves("بعدما حشد الجيش الجزائري، وفق صور أقمار اصطناعية نشرتها حسابات متخصصة في الرصد العسكري، عشرات "
                       "العربات المدرعة في بلدة الدبداب.")
    assert _summary(massed) == ("mobilise", "reported", "Algerian army", [], ["الدبداب"], [])
    # the headline's 'facing Ghadames' is the body's Debdeb, across the border
    (massed,) = _moves("الجيش الجزائري يحشد قبالة غدامس..\n\nحشد الجيش الجزائري عشرات العربات المدرعة في بلدة الدبداب "
                       "المقابلة لمدينة غدامس.")
    assert _summary(massed)[4] == ["الدبداب"]
    airlift, planned = _moves("نقلت الحكومة جواً سريتين من قاعدة الوطية الجوية إلى مطار غدامس، مشيرة إلى أنها تعتزم نشر جزء "
                              "منهما لاحقاً في محيط حقل الوفاء.")
    assert _summary(planned)[:2] == ("deploy", "planned") and _summary(planned)[4] == ["حقل الوفاء"]


def test_movements_a_bare_army_is_never_a_force_abroad_and_regulars_are_no_rebels():
    _, russian, conditional = _moves(
        "وصلت إلى سبها كتيبة تابعة للقيادة العامة. ورصد ناشطون هبوط طائرة شحن روسية في قاعدة براك الجوية قادمة من قاعدة "
        "الجفرة الجوية. وقال آمر المنطقة العسكرية سبها إن قوة من الجيش ستتحرك من أوباري إلى حقل الشرارة إذا لم ينه "
        "المحتجون إغلاق الحقل.")
    assert _summary(russian)[2] == "Russian forces"
    assert _summary(conditional) == ("deploy", "conditional", "Libyan National Army", ["أوباري"], ["حقل الشرارة"], [])
    # border guards are not the Rapid Support Forces of the headline: moving wholly inside Egypt, Egypt's army
    (move,) = _moves("حرس الحدود يعزز سيوة.. و«الدعم السريع» تنفي دخول جبل العوينات\n\nقال مصدر عسكري إن وحدات من قوات "
                     "حرس الحدود تحركت فجر الثلاثاء من مرسى مطروح إلى واحة سيوة.")
    assert _summary(move) == ("deploy", "reported", "Egyptian army", ["مرسى مطروح"], ["واحة سيوة"], [])


def test_movements_maghreb_moves_taking_over_positions_and_times_of_day():
    moved, transferred = _moves("وبيّن الناطق أن فوجاً من جيش البر تحوّل يوم السبت من قابس إلى رمادة مروراً بمدنين، وأنه سيقع "
                                "تحويل وحدة استطلاع من رمادة نحو الذهيبة في غضون أيام.")
    assert _summary(moved) == ("redeploy", "reported", "Tunisian army", ["قابس"], ["رمادة"], ["مدنين"])
    assert _summary(transferred) == ("redeploy", "planned", "Tunisian army", ["رمادة"], ["الذهيبة"], [])
    assert _moves("ويستعيد كبار السن مشهد صيف 2011، حين تحولت العزيزية إلى ممر للأرتال.") == ()  # 'turned into'
    (took_over,) = _moves("وقال إن وحدات من اللواء 73 مشاة تسلمت مواقعها الجديدة في اوباري قادمة من سبها.")
    assert _summary(took_over)[1:] == ("reported", None, ["سبها"], ["اوباري"], [])
    (airlift,) = _moves("أقلعت ثلاث طائرات نقل عسكرية من قاعدة أدجي كوسي الجوية وعلى متنها نحو 300 جندي، وهبطت بعد الظهر في "
                        "مطار فايا لارجو.")  # 'after noon' is a time of the landing, no clause of its own
    assert _summary(airlift) == ("airlift", "reported", None, ["قاعدة أدجي كوسي الجوية"], ["مطار فايا لارجو"], [])


def test_movements_subul_al_salam_and_movements_in_general():
    (move,) = _moves("وصلت إلى معطن السارة سرية من كتيبة سبل السلام قادمة من الكفرة.")
    assert _summary(move) == ("deploy", "reported", "Libyan National Army", ["الكفرة"], ["معطن السارة"], [])
    assert _moves("ويرى الباحث أن الفراغ الأمني يجعل كل تحرك عسكري نحو الحدود مع الجزائر حدثاً إقليمياً.") == ()


@pytest.mark.parametrize("text, expected", [
    ("ونفى عميد البلدية ما تناقلته حسابات عن تجمع مسلحين سودانيين في تمسة استعداداً للتوجه جنوباً.",
     ("mobilise", "denied", "Sudanese armed groups", [], ["تمسة"], [])),  # a gathering of forces
    ("شرعت وحدات من الجيش الوطني الشعبي في الانتشار بعين قزام.",
     ("deploy", "reported", "Algerian army", [], ["عين قزام"], [])),  # the deployment
    ("أكد مصدر عسكري أن وحدات القيادة العامة المتمركزة في القطرون ستتقدم نحو منفذ التوم إذا تكررت الهجمات.",
     ("advance", "conditional", "Libyan National Army", ["القطرون"], ["منفذ التوم"], [])),  # the force before its station
    ("نفى الكرملين أن تكون روسيا سحبت أياً من عسكرييها من قاعدة الجفرة الجوية إلى مالي.",
     ("withdraw", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["مالي"], [])),  # soldiers with a possessive
    ("أفاد بيان أن مفارز من الجيش الوطني الشعبي تنقلت ليلة السبت من ورقلة مروراً ببرج عمر إدريس وبلغت الدبداب.",
     ("deploy", "reported", "Algerian army", ["ورقلة"], ["الدبداب"], ["برج عمر إدريس"])),  # Maghreb 'moved'
])
def test_movements_gatherings_deployments_stations_and_detachments(text, expected):
    (move,) = _moves(text)
    assert _summary(move) == expected


def test_movements_a_protest_gathering_is_no_movement():
    assert _moves("نظم السكان تجمعا احتجاجيا في سبها.") == ()


def test_movements_a_place_pointed_back_to_after_and_and_a_force_that_joins_the_one_before():
    _, move = _moves("وصلت تعزيزات إلى منفذ راس اجدير. وأوردت وسائل إعلام أن قوة تابعة لحكومة الوحدة تحركت فجراً من زوارة "
                     "وتمركزت في محيط المعبر.")  # 'the crossing' after و goes on with the move that set out from Zuwara
    assert _summary(move) == ("deploy", "reported", "GNA forces", ["زوارة"], ["منفذ راس اجدير"], [])
    _, trucks = _moves("وصلت إلى مرزق كتيبة من سبها. ولحقت بها مساء الأربعاء ثلاث شاحنات محملة بالذخيرة والوقود انطلقت من "
                       "سبها لتموينها.")
    assert _summary(trucks)[3:5] == (["سبها"], ["مرزق"])  # they joined the battalion, where it went
    _, convoy = _moves("وصلت مفارز من الجيش إلى الدبداب. وقال البيان إن قافلة من صهاريج الوقود التحقت بالمفارز ذاتها قادمة من "
                       "حاسي مسعود.")
    assert _summary(convoy)[3:5] == (["حاسي مسعود"], ["الدبداب"])


@pytest.mark.parametrize("text, mover", [
    ("وكانت إحدى المجموعتين قد حشدت عشرات المسلحين في منطقة الحرشة.", "إحدى المجموعتين"),
    ("ومن المقرر أن تنسحب المجموعتان من محيط مصفاة الزاوية خلال 48 ساعة.", "المجموعتان"),
])
def test_movements_one_of_the_two_groups_is_no_force_told_of_before(text, mover):
    *_, move = _moves("انتشرت قوة تابعة لرئاسة الأركان العامة في حكومة الوحدة الوطنية في الزاوية. " + text)
    assert move.actor == Actor(mover, None)  # not the government's force of the sentence before


def test_movements_a_return_to_war_is_an_idiom_a_return_to_a_town_is_not():
    assert _moves("وقال إن «الجيش لن يسمح بالعودة إلى مربع الحرب»، داعياً اللجنة إلى الاجتماع في سرت.") == ()
    (move,) = _moves("وقال إن الجيش لن يسمح بالعودة إلى سرت.")
    assert _summary(move)[:2] == ("withdraw", "denied")


def test_movements_a_claim_the_answer_tells_in_full_is_one_movement():
    (move,) = _moves("تداولت صفحات صوراً لرتل يتجه من الجفرة نحو سرت. ما حقيقة هذه الصور؟\n- الصور صحيحة. الكتيبة 166 مشاة "
                     "تحركت فجر السبت من قاعدة الجفرة الجوية ووصلت إلى سرت مروراً بودان.")
    assert _summary(move) == ("deploy", "reported", None, ["قاعدة الجفرة الجوية"], ["سرت"], ["ودان"])


def test_movements_a_claim_put_as_a_question_and_answered_false_is_denied():
    (move,) = _moves("سؤال: أعلنت قوات الدعم السريع أن الجيش السوداني انسحب من كرب التوم إلى الطينة. ما ردكم؟\nجواب: ادعاء كاذب. "
                     "قواتنا ما زالت في كرب التوم، ولم يتحرك جندي واحد باتجاه الطينة.")
    assert _summary(move)[1:5] == ("denied", "Sudanese army", ["كرب التوم"], ["الطينة"])


def test_movements_an_area_in_its_province_is_where_the_move_sets_out_not_where_it_goes():
    (move,) = _moves("نفى الناطق انسحاب الجيش من منطقة كرب التوم في شمال دارفور.")
    assert _summary(move)[3:5] == (["كرب التوم"], [])


def test_movements_the_capital_then_the_town_each_point_back():
    _, move = _moves("وصل رتل إلى أوباري. وفي طرابلس، قال مسؤول في حكومة الوحدة الوطنية إن الحكومة سترسل قوة من العاصمة "
                     "إلى المدينة خلال أيام.")
    assert _summary(move) == ("deploy", "planned", "GNA forces", ["طرابلس"], ["أوباري"], [])


def test_movements_a_unit_sent_to_help_relief_is_still_a_unit():
    (move,) = _moves("نفى مصدر عسكري ما تناقلته صفحات عن سحب كتيبة من منفذ امساعد إلى درنة لسد النقص في أعداد العاملين "
                     "بالإغاثة.")
    assert _summary(move)[:2] == ("withdraw", "denied")
    assert _moves("وصلت إلى درنة قافلة مساعدات لإغاثة المتضررين.") == ()


def test_movements_dispatched_convoys():
    (move,) = _moves("وبالتوازي، سيّرت القيادة العامة قافلة من صهاريج الوقود من ميناء الحريقة النفطي إلى درنة.")
    assert _summary(move) == ("deploy", "reported", "Libyan National Army", ["ميناء الحريقة النفطي"], ["درنة"], [])
    assert _moves("وقال إن سير العمليات في سبها جيد.") == ()


def test_movements_two_units_move_as_units():
    (move,) = _moves("قالت مصادر إن الوحدتان تحركتا من سبها مروراً بالقطرون وصولاً إلى منفذ التوم.")
    assert _summary(move)[3:] == (["سبها"], ["منفذ التوم"], ["القطرون"])


@pytest.mark.parametrize("text, actor", [
    ("انسحب مسلحون تشاديون من محيط أم الأرانب.", "Chadian armed groups"),
    ("انسحب مقاتلون سودانيون من الكفرة.", "Sudanese armed groups"),
])
def test_movements_fighters_of_a_nation_in_the_nominative(text, actor):
    (move,) = _moves(text)
    assert move.actor.name == actor


FEED = ("«الشرق» | موجز الساعة\n\n"
        "ليبيا | قوات حفتر تنشر كتيبتين في أقصى الجنوب\nمصادر: الوحدتان تحركتا من سبها وصولاً إلى منفذ التوم.\n\n"
        "أسواق | برنت يصعد بعد توقف حقل الفيل الليبي\nالمتعاملون يترقبون اجتماع أوبك+ الأحد.\n\n"
        "النيجر | قوة من أغاديز تتوجه إلى الحدود الليبية\nمصدر حكومي: القوة ستصل مطلع يوليو.\n")


def test_movements_the_items_of_a_news_feed_are_reports_of_their_own():
    army, other = _moves(FEED)
    assert army.actor.name == "Libyan National Army" and other.actor is None  # not the force of the item before
    live = FEED.replace("أسواق |", "عاجل |").replace("النيجر |", "متابعة |").replace("ليبيا |", "تحديث |")
    assert _moves(live)[1].actor.name == "Libyan National Army"  # a live page's updates go on with one story


def test_movements_an_airlift_that_sets_out_then_lands_in_the_next_sentence_is_one():
    (move,) = _moves("دفعت القيادة العامة بتعزيزات إلى الجنوب عبر جسر جوي من قاعدة بنينا الجوية. ونقلت مصادر أن ثلاث طائرات "
                     "شحن هبطت في مطار سبها مساء الأربعاء.")
    assert _summary(move)[:5] == ("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار سبها"])


def test_movements_forces_that_stay_where_they_are_go_nowhere():
    (move,) = _moves("ونفى الناطق ما تداولته منصات عن انسحاب الحامية نحو تمنهنت، وقال: «لا صحة لأي انسحاب، وقواتنا باقية "
                     "في محيط حي الجديد».")
    assert _summary(move)[1:5] == ("denied", None, [], ["تمنهنت"])


def test_movements_a_force_whose_name_quotes_part_of_itself():
    (move,) = _moves("دفعت وزارة الداخلية في حكومة «الوحدة الوطنية» الليبية، مساء الثلاثاء، بقوة أمنية إلى معبر رأس اجدير.")
    assert move.actor == Actor("حكومة «الوحدة الوطنية»", "GNA forces")  # the quote it opens, closed with it


def test_movements_the_square_of_the_crossing_told_before():
    _, move = _moves("وصلت قوة إلى منفذ راس اجدير. وبموجب اتفاق، يرتقب أن تنسحب قوات الوزارة من ساحة المنفذ إلى بلدة أبو كماش.")
    assert _summary(move)[3:5] == (["منفذ راس اجدير"], ["أبو كماش"])


def test_movements_a_unit_no_one_ties_to_a_side_is_not_the_foreign_force_told_before():
    *_, move = _moves("رتل روسي يغادر قاعدة براك\n\nانتشرت منذ فجر اليوم وحدات من الكتيبة 177 مشاة في إدري، قادمة من قاعدة "
                     "براك الجوية.")
    assert move.actor == Actor("الكتيبة 177 مشاة", None)


def test_movements_words_calling_a_later_claim_false_do_not_deny_the_pledge_before_it():
    move, claim = _moves("وأكد الناطق أن كتائب المدينة «لن تدخل صلاح الدين إلا إذا طلبت رئاسة الأركان ذلك»، نافياً ما تداولته "
                         "صفحات عن انسحاب وحدات مصراتية من وادي الربيع إلى مصراتة، ووصف ذلك بأنه «عارٍ عن الصحة».")
    assert (move.status, claim.status) == ("conditional", "denied")


def test_movements_evacuation_and_test_flights_are_no_forces():
    assert _moves("نظمت السفارة الإيطالية رحلة إجلاء على متن طائرة مستأجرة أقلعت من مصراتة إلى روما.") == ()
    assert _moves("وستهبط أولى الرحلات التجريبية في مطار طرابلس الدولي قادمة من بنغازي.") == ()


def test_movements_a_negation_that_tells_how_soon_is_no_denial():
    first, second = _moves("لم يتأخر رد القيادة العامة: بعد أربعة أيام تحرك رتل من اللواء 128 من براك باتجاه حقل الشرارة. "
                           "ولم تمضِ ثلاثة أسابيع حتى أُعيد تموضع سرية من الحقل نفسه إلى حقل الفيل.")
    assert (first.status, second.status) == ("reported", "reported")
    assert _summary(first)[3:5] == (["براك"], ["حقل الشرارة"])


def test_movements_a_story_or_a_report_that_someone_denied_in_the_same_sentence():
    (move,) = _moves("نشرت صفحات محلية أن مسلحين تشاديين يحتشدون قرب حقل الفيل استعداداً لمهاجمته، وهي رواية نفاها "
                     "الناطق باسم حرس المنشآت النفطية.")
    assert (move.status, move.actor.name) == ("denied", "Chadian armed groups")
    (move,) = _moves("وتحدثت إذاعة فرنسا الدولية عن إخلاء القيادة العامة قاعدة الويغ وسحب جنودها إلى القطرون، وهو ما نفاه "
                     "مصدر عسكري في بنغازي.")
    assert _summary(move)[1:5] == ("denied", "Libyan National Army", ["قاعدة الويغ"], ["القطرون"])


def test_movements_what_is_likely_to_come_is_planned():
    (move,) = _moves("والمرجّح، وفق مصدرين عسكريين ليبيين، أن تنشر موسكو خلال الصيف وحدة فنية جديدة في قاعدة تمنهنت.")
    assert _summary(move)[1:5] == ("planned", "Russian forces", [], ["قاعدة تمنهنت"])


def test_movements_smuggling_networks_that_cross_towns_are_no_forces():
    assert _moves("ويحذّر الكاتب من أن شبكات التهريب التي تعبر مرزق والقطرون لا تعترف بالحدود.") == ()


def test_movements_a_place_in_a_purpose_clause_is_not_a_destination():
    (move,) = _moves("وأضاف المصدر أن الوزارة ستعيد تموضع كتيبة من فوج المشاة المتمركز في قابس إلى رمادة، ضمن خطة لسدّ "
                     "الثغرات التي يستغلها المهربون في الجنوب التونسي.")
    assert _summary(move)[3:5] == (["قابس"], ["رمادة"])


def test_movements_and_that_under_the_same_agreement_has_its_status():
    first, second = _moves("وقال مصدر إن الوفدين توافقا مبدئياً على أن تسحب القيادة العامة أسلحتها الثقيلة من بويرات الحسون "
                           "إلى قاعدة الجفرة الجوية، وأن تعيد القوات التابعة لحكومة الوحدة الوطنية مدفعيتها من الوشكة إلى "
                           "مصراتة.")
    assert _summary(first)[1:5] == ("planned", "Libyan National Army", ["بويرات الحسون"], ["قاعدة الجفرة الجوية"])
    assert _summary(second)[1:5] == ("planned", "GNA forces", ["الوشكة"], ["مصراتة"])


def test_movements_where_an_agreement_was_signed_is_no_destination():
    assert _moves("بعد أسبوع من التحشيد المتبادل هدد، بحسب مراقبين، اتفاق وقف إطلاق النار الموقّع في جنيف.") == ()


def test_movements_where_a_destination_lies_is_not_another_destination():
    (move,) = _moves("وصلت إلى غدامس، الواقعة عند المثلث الحدودي بين ليبيا وتونس والجزائر، مساء الثلاثاء، أرتال عسكرية "
                     "تابعة لقوات الزنتان.")
    assert _summary(move)[1:5] == ("reported", "Zintan forces", [], ["غدامس"])


def test_movements_the_move_that_coincided_with_another_event_is_told_before():
    assert _moves("وتزامن التحرك مع إعلان الجيش الجزائري رفع درجة التأهب في الدبداب المقابلة لغدامس.") == ()


def test_movements_a_unit_named_again_in_short_keeps_the_side_its_full_name_gave():
    massed, move = _moves("اتهمت القوة المشتركة للحركات المسلحة المتحالفة مع الجيش السوداني الجيش الليبي بتسهيل التهريب. "
                          "وبحسب مصادر عسكرية، تستعد القوة المشتركة، التي حشدت خلال الأسابيع الماضية آلاف المقاتلين في "
                          "الدبة، لتحريك متحركات منها نحو وادي هور خلال أيام.")
    assert _summary(massed)[1:5] == ("reported", "Sudanese armed groups", [], ["الدبة"])
    # the plan's cue stands before the relative clause that tells what the force did already
    assert _summary(move)[1:5] == ("planned", "Sudanese armed groups", ["الدبة"], ["وادي هور"])


def test_movements_a_claim_the_next_sentence_says_was_denied_later():
    (move,) = _moves("نقل موقع «سودان تريبيون» عن مصادر محلية أن شاحنات تحمل وقوداً وذخائر لقوات الدعم السريع غادرت "
                     "الكفرة نحو دارفور. (نُفي ذلك لاحقاً، انظر تحديث 16:20.)")
    assert _summary(move)[1:5] == ("denied", "Sudanese armed groups", ["الكفرة"], ["دارفور"])


def test_movements_a_correction_that_says_what_is_right_before_what_was_wrong():
    (move,) = _moves("09:30 | مصادر ليبية: قوة تابعة لحكومة الوحدة الوطنية انسحبت من محيط معبر راس جدير نحو العجيلات.\n\n"
                     "10:15 | تصحيح: القوة انسحبت نحو زوارة وليس نحو العجيلات كما ورد خطأً في شريط التاسعة والنصف.")
    assert _summary(move)[1:5] == ("reported", "GNA forces", ["معبر راس جدير"], ["زوارة"])


def test_movements_a_source_that_speaks_after_the_movement_has_its_own_places():
    (move,) = _moves("تعزيزات للجيش التونسي تصل إلى بن قردان قادمة من مدنين، ومصدر أمني: «الوضع على الحدود مع ليبيا تحت "
                     "السيطرة».")
    assert _summary(move)[1:5] == ("reported", "Tunisian army", ["مدنين"], ["بن قردان"])


def test_movements_a_vehicle_that_carries_forces_in_another_clause_gives_no_force():
    (move,) = _moves("وقال المكتب الإعلامي للقيادة العامة إن العملية «جزء من خطة لتعزيز حماية الحقول النفطية في فزان»، فيما "
                     "أقلعت في الساعات نفسها ثلاث طائرات شحن من قاعدة بنينا الجوية إلى مطار سبها، تقل عناصر من اللواء 128.")
    assert _summary(move)[0] == "airlift" and _summary(move)[3:5] == (["قاعدة بنينا الجوية"], ["مطار سبها"])


def test_movements_the_crossing_alone_is_the_last_crossing_named():
    moves = _moves("سحبت قيادة الجيش الوطني الليبي سرية كانت متمركزة عند منفذ التوم إلى قاعدة الويغ الجوية. وأضاف المصدر "
                   "أن القيادة تعتزم نقل سرية أخرى جواً من قاعدة تمنهنت إلى مطار الويغ، مؤكداً أن السرية المنسحبة «ستعود "
                   "إلى المنفذ إذا جرى تأمين الطريق بين القطرون وتجرهي».")
    assert _summary(moves[-1])[1:5] == ("conditional", "Libyan National Army", [], ["منفذ التوم"])


def test_movements_the_places_after_they_added_are_another_statement():
    (move,) = _moves("وقال شهود إن عشرات المقاتلين السودانيين انسحبوا من كوري بوقودي ليلة الأحد، واتجهوا شمالاً نحو الحدود "
                     "مع ليبيا، مضيفين أن بعضهم كان يعمل حارساً لمنقبين قدموا من الجنينة وكتم.")
    assert _summary(move)[1:5] == ("reported", "Sudanese armed groups", ["كوري بوقودي"], ["الحدود مع ليبيا"])


def test_movements_the_parties_to_a_tension_are_no_destinations():
    (move,) = _moves("أرسلت حكومة الوحدة الوطنية، مساء الخميس، رتلاً عسكرياً إلى بلدة زلطن القريبة من الحدود مع تونس، في "
                     "أحدث فصول التوتر بين طرابلس والتشكيلات الأمازيغية.")
    assert _summary(move)[3:5] == ([], ["زلطن"])


def test_movements_the_numbers_of_a_date_do_not_keep_the_force_out_of_reach():
    (move,) = _moves("وصلت إلى مدينة جالو في منطقة الواحات، مساء الأربعاء 11 فبراير 2026، قوة من الكتيبة 155 مشاة، إحدى "
                     "وحدات الجيش الوطني الليبي، قادمة من أجدابيا على متن أكثر من 40 آلية.")
    assert _summary(move)[1:5] == ("reported", "Libyan National Army", ["أجدابيا"], ["جالو"])  # one of its units


def test_movements_a_force_before_an_aside_set_off_by_commas_moves():
    (move,) = _moves("ومن المقرر أن تبدأ دوريات مشتركة من الطرفين، بإشراف مراقبين دوليين، الانتشار بين البويرات والوشكة مطلع "
                     "الأسبوع المقبل، على أن تعقد اللجنة العسكرية المشتركة جولتها التالية في العاصمة تونس.")
    assert _summary(move)[1:5] == ("planned", None, [], ["البويرات", "الوشكة"])  # where the talks meet is no destination


def test_movements_a_force_before_a_relative_clause_set_off_by_commas_moves():
    mass, advance = _moves("وقال إن كتيبة المغاوير، التي حشدت نحو 40 آلية في العوينات منذ الأحد، لن تتقدم من هناك نحو "
                           "أوباري إلا إذا عاد المسلحون إلى مواقعهم.")
    assert _summary(mass)[1:5] == ("reported", None, [], ["العوينات"])
    assert _summary(advance)[1:5] == ("conditional", None, ["العوينات"], ["أوباري"])  # from there
    _, advance = _moves("وقال إن كتيبة المغاوير، التي وصلت إلى العوينات الأحد، لن تتقدم نحو أوباري.")
    assert _summary(advance)[1:3] == ("denied", None) and advance.actor.text == "كتيبة المغاوير"


def test_movements_from_there_in_the_next_sentence_goes_on_with_the_movers_before():
    _, advance = _moves("حشدت الكتيبة نحو 40 آلية في العوينات. وستتقدم من هناك نحو أوباري.")
    assert _summary(advance)[1:5] == ("planned", None, ["العوينات"], ["أوباري"])
    assert len(_moves("وصلت وحدة إلى حقل الفيل. عاد ثلاثة منهم الأسبوع الماضي إلى مدينتهم طرابلس.")) == 1  # 'of them'
    assert len(_moves("وصل رتل الجيش الوطني إلى أوباري. وستنطلق الحافلات من هناك نحو غات لنقل الطلاب.")) == 1  # buses


def test_movements_a_force_from_another_town_is_not_the_towns_forces_told_before():
    _, massing = _moves("انسحبت كتائب الزنتان الأربعاء من العزيزية. فمنذ مساء الجمعة تحشد كتائب من الزاوية مقاتليها في "
                        "الماية وجودائم.")
    assert massing.actor is None and _summary(massing)[4] == ["الماية", "جودائم"]


def test_movements_days_after_something_else_opens_another_clause():
    (move,) = _moves("تقدمت وحدات من الجيش التشادي من زوار باتجاه بلدة وور، بعد يومين من اشتباكات مع مسلحين في المرتفعات "
                     "القريبة من الحدود مع ليبيا.")
    assert _summary(move)[3:5] == (["زوار"], ["وور"])
    (move,) = _moves("وأضاف المصدر أن رتلاً من 30 آلية خرج بعد ساعات من قاعدة الجفرة الجوية متجهاً إلى بلدة الفقهاء.")
    assert _summary(move)[3:5] == (["قاعدة الجفرة الجوية"], ["الفقهاء"])  # 'hours later, from the base'


def test_movements_what_a_move_is_to_set_up_is_not_where_it_goes():
    (move,) = _moves("أصدر آمر الكتيبة تعليماته بنقل سرية من قاعدة معطن السارة إلى جبل العوينات خلال الأيام المقبلة، لإقامة "
                     "نقطة مراقبة ثابتة قرب الحدود مع السودان.")
    assert _summary(move)[3:5] == (["قاعدة معطن السارة"], ["جبل العوينات"])


def test_movements_a_question_about_talk_of_a_move_answered_with_a_denial():
    moves = _moves("س: وما صحة الحديث عن إنزال قوات تركية في ميناء الخمس؟\n\nج: «لا علم لي بأي وجود روسي. أما الإنزال في "
                   "ميناء الخمس فلا صحة له، ولم تُنزل أي سفينة تركية جنوداً هناك».")
    assert [_summary(m)[1:5] for m in moves] == [("denied", "Turkish armed forces", [], ["ميناء الخمس"])]


def test_movements_a_live_pages_first_update_is_no_headline():
    moves = _moves("«القاهرة الإخبارية» | شريط عاجل — الخميس 19 مارس 2026\n\n09:00 | مصادر عسكرية: وصول تعزيزات من الجيش "
                   "المصري إلى السلوم قادمة من مرسى مطروح عبر سيدي براني.\n\n10:10 | القيادة العامة: سفينة إنزال أنزلت "
                   "سرية مشاة في ميناء راس لانوف بعد إبحارها من بنغازي فجر اليوم.\n\n10:40 | تصحيح: السرية نزلت في ميناء "
                   "راس لانوف وليس في ميناء السدرة كما ورد في الشريط السابق.")
    assert [_summary(m)[0] for m in moves] == ["reinforce", "naval_landing"]  # the correction adds nothing
    assert _summary(moves[0])[3:5] == (["مرسى مطروح"], ["السلوم"])


def test_movements_a_time_to_come_after_the_places_of_the_move_plans_it():
    (move,) = _moves("مصدر في غرفة العمليات: جسر جوي من قاعدة بنينا إلى قاعدة الجفرة الجوية يبدأ مطلع الأسبوع المقبل لنقل "
                     "ذخائر وقطع غيار.")
    assert _summary(move)[0:5] == ("airlift", "planned", None, ["قاعدة بنينا"], ["قاعدة الجفرة الجوية"])


def test_movements_attackers_are_no_army_told_of_before_and_those_chased_do_not_chase():
    moves = _moves("قالت الحكومة التشادية إن وحدات من الجيش وصلت إلى بلدة زوار قادمة من فايا لارجو. وبحسب البيان، فإن "
                   "المهاجمين انسحبوا بعد ساعتين من الاشتباك نحو جبال تيبستي.")
    assert moves[-1].actor == Actor("المهاجمين", None)
    (move,) = _moves("قال آمر غرفة العمليات: قواتنا ستلاحق المهاجمين حتى منفذ التوم إذا ثبت أنهم لجأوا إلى المنطقة.")
    assert move.actor is None or move.actor.text != "المهاجمين"


def test_movements_the_lna_named_with_its_nisba_after_the_quote_is_not_the_neighbours_army():
    moves = _moves("تشاد: الجيش يعزز زوار\n\nإنجامينا - بي بي سي\n\nقالت الحكومة التشادية إن وحدات من الجيش وصلت إلى بلدة "
                   "زوار. من جهته، قال مسؤول في «الجيش الوطني» الليبي إن قواته «ستنتشر على الحدود مع تشاد إذا طلبت "
                   "إنجامينا ذلك رسمياً».")
    assert [m.actor.name for m in moves] == ["Chadian army", "Libyan National Army"]


def test_movements_from_the_centre_of_the_town_is_no_break_amid():
    (move,) = _moves("مضيفاً أن إحدى المجموعتين «انسحبت ليل الخميس من وسط المدينة باتجاه يفرن، فيما سلّمت الأخرى مقرها».")
    assert _summary(move)[1:5] == ("reported", None, [], ["يفرن"])


def test_movements_a_states_military_experts_are_a_force():
    (move,) = _moves("وشدد المصدر على أن روسيا «لن تسحب خبراءها من الجفرة إلا إذا طلبت ذلك السلطات الليبية الشرعية».")
    assert _summary(move)[0:5] == ("withdraw", "conditional", "Russian forces", ["الجفرة"], [])


def test_movements_our_young_men_are_a_force_and_paying_the_price_is_no_push():
    (move,) = _moves("وأضاف المجلس أن «شبابنا سيغادرون مرزق إلى القطرون وأم الأرانب فور تسلم الجيش الأحياء الجنوبية».")
    assert _summary(move)[0:5] == ("withdraw", "conditional", None, ["مرزق"], ["القطرون", "أم الأرانب"])
    assert _moves("وقال إن شبابنا دفعوا ثمناً كبيراً في سرت عام 2016.") == ()


def test_movements_in_exchange_for_a_withdrawal_its_agent_withdraws():
    (move,) = _moves("مقابل سحب القيادة العامة وحداتها من بويرات الحسون إلى قاعدة الجفرة الجوية.")
    assert _summary(move)[2:5] == ("Libyan National Army", ["بويرات الحسون"], ["قاعدة الجفرة الجوية"])


def test_movements_a_mutual_withdrawal_or_massing_is_no_movement_of_its_own():
    assert _moves("محادثات بوزنيقة تقر انسحاباً متبادلاً من محيط سرت.") == ()
    assert _moves("بعد سبعة أيام من التحشيد المتبادل على الطريق الساحلي بين سرت ومصراتة.") == ()


def test_movements_a_libyan_force_is_not_the_foreign_army_told_of_before():
    _, move = _moves("وأفاد مراسل بأن تعزيزات من الجيش التونسي قدمت من مدنين ووصلت إلى بنقردان. وقال شهود عيان إن عناصر "
                     "القوة الليبية التابعة للداخلية انسحبت صباح الأحد من البوابة باتجاه أبوكماش.")
    assert move.actor is None and _summary(move)[4] == ["أبوكماش"]


def test_movements_no_basis_for_these_rumours_denies_them():
    (move,) = _moves("وحين سأله أحد الصحفيين عن أنباء تحدثت عن انسحاب وحدات الجيش من الدبة باتجاه مروي، قال الناطق: «لا أساس "
                     "لهذه الشائعات من الصحة، قواتنا في الدبة لم تتحرك من مواقعها».")
    assert _summary(move)[1] == "denied"


def test_movements_these_are_lies_denies_the_claim_put_to_the_speaker():
    (move,) = _moves("وفي رده على سؤال حول ما تداولته صفحات بشأن دخول رتل جزائري إلى الأراضي الليبية عبر منفذ إيسين باتجاه "
                     "غات، قال بن عمار: «هذه أكاذيب مفضوحة».")
    assert _summary(move)[1:5] == ("denied", "Algerian army", [], ["غات"])


def test_movements_legs_joined_take_the_force_their_sentence_names_and_an_anchor_goes_nowhere():
    moves = _moves("قناة الليبية - نشرة الثالثة عصراً\n\nوقالت مصادر إن قوات الدعم السريع انسحبت من محيط جبل العوينات."
                   "\n\nالمذيعة: مشاهدينا، نتوجه أولاً إلى الكفرة في أقصى الجنوب الشرقي.\n\nالمراسل: ثلاث طائرات "
                   "من طراز إليوشن أقلعت فجراً من قاعدة بنينا الجوية وهبطت تباعاً في مطار الكفرة، وعلى متنها عناصر "
                   "من كتيبة سبل السلام وذخائر.")
    assert [_summary(m)[0] for m in moves] == ["withdraw", "airlift"]
    assert _summary(moves[1])[2:5] == ("Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"])


def test_movements_a_statement_called_false_and_rebels_named_by_their_front():
    (move,) = _moves("وردّاً على سؤال عن بيان نشرته جبهة الوفاق من أجل التغيير زعمت فيه أن الجيش التشادي سحب قواته من منطقة "
                     "كوري بوقدي، قال الوزير: «هذا البيان كاذب جملة وتفصيلاً».")
    assert _summary(move)[1] == "denied"
    (move,) = _moves("في أبريل 2021 تقدمت قوات «فاكت» من قواعدها في الجنوب الليبي باتجاه انجامينا.")
    assert move.actor.name == "Chadian armed groups"
    (move,) = _moves("وأشار الوزير إلى أن الجيش رصد حشداً لعناصر متمردة في محيط القطرون.")
    assert move.actor is not None and move.actor.name is None  # rebels the text does not name, not the army


def test_movements_from_the_outskirts_sets_out_and_the_wounded_taken_to_a_medical_centre_are_no_movement():
    (move,) = _moves("اتفق الطرفان على أن تنسحب قوة المنطقة العسكرية في الفترة نفسها من مشارف جنزور إلى الماية.")
    assert _summary(move)[1:5] == ("planned", None, ["جنزور"], ["الماية"])
    assert _moves("أسفر القصف عن إصابة ثلاثة عناصر نُقلوا إلى المركز الطبي في مصراتة.") == ()


def test_movements_a_verb_goes_on_by_air_past_a_time_phrase_and_keeps_its_future():
    (move,) = _moves("قالت رئاسة الأركان إنها ستنقل خلال الأيام المقبلة سرية دعم جواً من مطار معيتيقة إلى مطار مصراتة.")
    assert _summary(move)[:5] == ("airlift", "planned", None, ["مطار معيتيقة"], ["مطار مصراتة"])


def test_movements_a_position_attacked_is_no_force_taking_it_up():
    for text in ("بعد ساعات من قصف بقذائف الهاون استهدف تمركزاً لقوات المدينة قرب الهيشة جنوبي تاورغاء.",
                 "استهدفت طائرة مسيرة تمركزاً لقوات الجيش قرب سبها.", "وقصفت المدفعية تمركزات القوات في محيط سرت."):
        assert _moves(text) == (), text
    (move,) = _moves("تمركزت قوات الجيش قرب سبها.")
    assert _summary(move)[:2] == ("deploy", "reported")


def test_movements_tripolis_military_regions_named_in_either_order_are_its_forces():
    (move,) = _moves("وكانت قوة تابعة لمنطقة الساحل الغربي العسكرية قد تقدمت الخميس من الزاوية عبر الماية ووصلت إلى البوابة "
                     "الغربية لجنزور.")
    assert _summary(move)[1:6] == ("reported", "GNA forces", ["الزاوية"], ["جنزور"], ["الماية"])


def test_movements_the_syrian_national_armys_factions_are_syrian_fighters_not_the_lna():
    (move,) = _moves("وصلت دفعة جديدة من المقاتلين السوريين، الذين كانوا منضوين سابقاً في فصائل «الجيش الوطني»، إلى مدينة "
                     "أغاديس شمالي النيجر، بعد أن نُقلوا جواً من ليبيا.")
    assert _summary(move)[2:5] == ("Syrian mercenaries", ["ليبيا"], ["أغاديس"])
    (move,) = _moves("نفى قيادي في «فرقة السلطان مراد» أن يكون فصيله قد أرسل أي عناصر من عفرين إلى ليبيا.")
    assert _summary(move)[1:5] == ("denied", "Syrian mercenaries", ["عفرين"], ["ليبيا"])


def test_movements_a_neighbour_named_right_after_a_verb_that_sends_forces_sends_them():
    _each_actor = {"ستنشر الجزائر مفارز جديدة في محيط الدبداب.": ("Algerian army", ["الدبداب"]),
                   "أرسلت تشاد قوات إلى الحدود مع ليبيا.": ("Chadian army", ["الحدود مع ليبيا"]),
                   "دفعت تونس بوحدات إلى بن قردان.": ("Tunisian army", ["بن قردان"])}
    for text, (actor, destinations) in _each_actor.items():
        (move,) = _moves(text)
        assert (move.actor.name, [d.text for d in move.destinations]) == (actor, destinations), text
    (move,) = _moves("وقال مصدر إن سحب التعزيزات التي دفعت بها الجزائر إلى إن قزام لن يتم إلا إذا توقفت محاولات التسلل.")
    assert move.actor.name == "Algerian army"  # 'sent them': the state after بها
    (move,) = _moves("دخلت تشاد قوات سودانية.")  # a verb of going: the country is where they went
    assert [d.text for d in move.destinations] == ["تشاد"]


def test_movements_before_sunrise_is_a_time_of_the_movement_not_a_clause_of_its_own():
    (move,) = _moves("انطلقت نحو ستين آلية من قاعدة بنينا الجوية ووصلت قبل شروق الشمس إلى البوابات الجديدة في القوارشة "
                     "وبوعطني.")
    assert _summary(move)[3:5] == (["قاعدة بنينا الجوية"], ["القوارشة", "بوعطني"])


def test_movements_the_side_the_pages_lean_to_is_not_the_force_they_tell_of():
    (move,) = _moves("في المقابل، نفى المكتب الإعلامي للواء 106 مجحفل ما تداولته صفحات محسوبة على حكومة الوحدة الوطنية في "
                     "طرابلس عن سحب كتيبتين من بنغازي باتجاه سرت خلال اليومين الماضيين.")
    assert _summary(move)[1:5] == ("denied", "Libyan National Army", ["بنغازي"], ["سرت"])


def test_movements_as_far_as_a_place_is_where_the_movement_went():
    (move,) = _moves("تحركت قوات الدعم السريع من الفاشر عبر وادي هور حتى الكفرة.")
    assert _summary(move)[2:6] == ("Sudanese armed groups", ["الفاشر"], ["الكفرة"], ["وادي هور"])


def test_movements_a_move_the_accuser_said_of_the_claimed_convoys_is_denied_with_the_claim():
    (move,) = _moves("نفى الجيش الليبي اتهامات أطلقها الناطق باسم الجيش السوداني عن قوافل سلاح لقوات الدعم السريع قال إنها "
                     "تحركت من الفاشر حتى الكفرة.")
    assert _summary(move)[1:5] == ("denied", "Sudanese armed groups", ["الفاشر"], ["الكفرة"])
    (move,) = _moves("وصلت قوة إلى سبها، وقالت إنها ستبقى.")
    assert move.status == "reported"


def test_movements_an_interviewers_question_about_plans_tells_no_movement():
    (move,) = _moves("• هل لديكم خطط لنقل قوات إلى هون أو ودان؟\n\n- نعم، ستنتقل سرية من اللواء 128 من سوكنة إلى ودان.")
    assert _summary(move)[1:5] == ("planned", "Libyan National Army", ["سوكنة"], ["ودان"])


def test_movements_a_future_verb_with_its_subject_before_a_verbal_noun_plans_it():
    (move,) = _moves("ستبدأ القوات الروسية نقل المعدات من طبرق إلى الجفرة.")
    assert _summary(move)[1:5] == ("planned", "Russian forces", ["طبرق"], ["الجفرة"])


def test_movements_a_sources_anonymity_between_the_denial_and_the_claim_leaves_it_denied():
    for text in ("ونفى مسؤول في القيادة العامة، تحدث لبي بي سي شريطة عدم ذكر اسمه، ما تردد عن وصول عناصر روسية إلى مطار "
                 "سبها.", "ونفى مسؤول في القيادة العامة، طلب عدم ذكر اسمه، ما تردد عن وصول عناصر روسية إلى مطار سبها."):
        (move,) = _moves(text)
        assert _summary(move)[1:5] == ("denied", "Russian forces", [], ["مطار سبها"]), text


def test_movements_materiel_moved_is_a_shipment_of_forces():
    (move,) = _moves("تعتزم القيادة الروسية نقل جزء من العتاد المخزن في القاعدة براً إلى النيجر عبر القطرون.")
    assert _summary(move) == ("shipment", "planned", "Russian forces", [], ["النيجر"], ["القطرون"])


def test_movements_a_force_stands_before_its_owner_and_a_time_aside_before_a_verbal_noun():
    (move,) = _moves("بدأت وحدات من اللواء طارق بن زياد التابع للقيادة العامة، مساء الثلاثاء، الانتشار في سبها.")
    assert _summary(move)[:5] == ("deploy", "reported", "Libyan National Army", [], ["سبها"])


def test_movements_to_monitor_opens_a_purpose_whose_places_are_not_destinations():
    (move,) = _moves("قال المتحدث إن سفينة حربية إيطالية ستُنشر قبالة طبرق مطلع يونيو، «لمتابعة المسارات البحرية في شرق ليبيا».")
    assert _summary(move)[1:5] == ("planned", "Italian forces", [], ["طبرق"])


def test_movements_the_workers_a_force_goes_to_guard_do_not_make_it_a_civilian_move():
    (move,) = _moves("وقعت احتجاجات في حقل النافورة. وأضافت المصادر أن الكتيبة المتمركزة بجالو نقلت في الليلة ذاتها إحدى "
                     "سراياها إلى حقل النافورة لتأمين خط الأنابيب وسكن العمال.")
    assert _summary(move)[1:5] == ("reported", None, ["جالو"], ["حقل النافورة"])


def test_movements_a_nations_armed_groups_with_the_adjective_between_are_a_force():
    (move,) = _moves("غادرت مجموعات سودانية مسلحة كانت تتمركز في محيط القاعدة منذ أشهر باتجاه الكفرة، ومنها نحو الحدود "
                     "مع السودان.")
    assert _summary(move)[:6] == ("withdraw", "reported", "Sudanese armed groups", [], ["الحدود مع السودان"], ["الكفرة"])
    assert _moves("وصلت مجموعات من المهاجرين إلى الكفرة.") == ()


def test_movements_a_headlines_town_is_told_again_as_its_own_airport():
    moves = _moves("جسر جوي مرتقب إلى مرسى مطروح\n\nقال مصدر عسكري إن القوات الجوية المصرية ستنقل خلال الأيام المقبلة وحدات "
                   "من قوات التدخل السريع من قاعدة محمد نجيب العسكرية إلى مطار مرسى مطروح.")
    assert [_summary(m)[1:5] for m in moves] == [("planned", "Egyptian army", ["قاعدة محمد نجيب العسكرية"],
                                                  ["مطار مرسى مطروح"])]


def test_movements_entering_it_goes_to_the_town_told_before():
    (move,) = _moves("شهدت سرت معارك عام 2016، قبل أن تدخلها قوات القيادة العامة في يناير 2020 من دون قتال.")
    assert _summary(move)[:5] == ("advance", "reported", "Libyan National Army", [], ["سرت"])


def test_movements_experts_working_somewhere_set_out_from_there_and_are_no_civilian_staff():
    (move,) = _moves("وأضاف أن موسكو تعتزم، خلال الشهر المقبل، نقل فريق من الخبراء العسكريين العاملين في قاعدة الجفرة إلى مطار "
                     "الأبرق لتأهيل منظومات الملاحة فيه.")
    assert _summary(move)[:5] == ("deploy", "planned", "Russian forces", ["قاعدة الجفرة"], ["مطار الأبرق"])


def test_movements_an_aid_plane_carrying_medicine_is_none_but_ammunition_with_medicine_is_a_shipment():
    assert _moves("هبطت في مطار بنينا الدولي طائرة تابعة لوزارة الطوارئ الروسية قادمة من موسكو، تحمل 38 طناً من الأدوية "
                  "والأغذية للاجئين السودانيين في الكفرة.") == ()
    (move,) = _moves("كانت قوارب صغيرة تنقل الذخيرة والأدوية من بنغازي إلى مصراتة.")
    assert _summary(move)[3:5] == (["بنغازي"], ["مصراتة"])


def test_movements_a_fact_checks_claim_line_under_a_false_verdict_is_denied():
    text = ("فتبينوا: مقطع «انسحاب الجيش من سبها» قديم\n\nالادعاء: انسحاب وحدات القيادة العامة من سبها نحو إدري.\n\n"
            "التحقق: وجد الفريق أن المقطع نُشر أول مرة في 2024، ويظهر رتلاً متجهاً من قاعدة تمنهنت الجوية إلى حقل "
            "الشرارة آنذاك.\n\nالحكم: مضلل. المقطع قديم.")
    assert [_summary(m)[1:5] for m in _moves(text)] == [
        ("denied", "Libyan National Army", ["سبها"], ["إدري"]),
        ("reported", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["حقل الشرارة"])]
    assert _moves(text.replace("الحكم: مضلل", "الحكم: صحيح"))[0].status == "reported"  # a true verdict leaves it told


def test_movements_a_column_coming_from_a_town_is_its_forces_past_its_adjectives_but_not_a_countrys_army():
    (move,) = _moves("دخل رتل عسكري كبير قادم من مدينة مصراتة إلى العاصمة الليبية طرابلس، في خطوة قالت مصادر إنها تهدف إلى "
                     "«تحصين» حكومة الوحدة الوطنية.")
    assert move.actor.name == "Misrata forces"
    (move,) = _moves("نفى عميد البلدية دخول مسلحين أجانب قادمين من النيجر إلى غات.")
    assert move.actor.name == "Foreign fighters"


def test_movements_libyan_border_guards_are_not_the_foreign_army_told_of_before():
    moves = _moves("نفت الوزارة دخول وحدات من الجيش التونسي إلى بلدة وازن، مؤكدة أن «القوات التونسية لم تتجاوز حدودها». وقال "
                   "مصدر إن الصور تُظهر دفعة جديدة من عناصر حرس الحدود الليبي وصلت إلى نالوت قادمة من غريان.")
    assert [m.actor.name if m.actor else None for m in moves] == ["Tunisian army", None]


def test_movements_an_unnamed_force_moving_under_a_named_forces_plan_is_theirs():
    (move,) = _moves("هبطت في قاعدة تمنهنت الجوية طائرتا شحن عسكريتان قادمتان من قاعدة بنينا الجوية تقلان عناصر من القوات "
                     "الخاصة، في إطار خطة القيادة العامة لتأمين الطريق الرابط بين سبها ومرزق.")
    assert _summary(move)[:5] == ("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"],
                                  ["قاعدة تمنهنت الجوية"])


def test_movements_the_next_leg_of_a_denied_claim_is_denied_with_it():
    moves = _moves("نفى مصدر دبلوماسي روسي صحة ما نشرته وسائل إعلام غربية عن إنزال سفينة روسية معدات عسكرية في ميناء طبرق "
                   "الأسبوع الماضي ثم نقلها براً إلى قاعدة براك الجوية.")
    assert [_summary(m)[1:5] for m in moves] == [("denied", "Russian forces", [], ["ميناء طبرق"]),
                                                 ("denied", "Russian forces", ["ميناء طبرق"], ["قاعدة براك الجوية"])]


def test_movements_a_plan_announced_after_a_denial_is_planned_not_the_claim_denied():
    (move,) = _moves("نفت رئاسة الأركان «أي انسحاب» من المدينة، ووصفت الفيديو بأنه «مفبرك». وأعلنت الرئاسة ذاتها أنها "
                     "تعتزم إرسال سرية مشاة من العاصمة إلى مزدة مطلع الأسبوع المقبل.")
    assert (move.status, [d.text for d in move.destinations]) == ("planned", ["مزدة"])


def test_movements_a_claim_the_verdict_tells_again_as_denied_is_one_denied_movement():
    (move,) = _moves("تداولت حسابات مقطعاً لرتل دبابات، مع ادعاء أن «الجيش المصري انتشر في امساعد قبل ساعة». وبالبحث "
                     "العكسي وجد الفريق أنه منشور منذ عام 2020.\nالخلاصة: الفيديو مضلل، ولم يثبت دخول أي قوات مصرية "
                     "إلى امساعد.")
    assert _brief(move) == ("denied", ("الجيش المصري", "Egyptian army"), [], ["امساعد"], [])


def test_movements_the_same_area_is_where_the_last_movement_went():
    _, planned = _moves("أكدت الشعبة أن سرية تحركت صباح الأربعاء من طبرق ووصلت إلى جغبوب. وأضافت أن القيادة تعتزم نقل "
                        "سرية ثانية من البردية إلى المنطقة ذاتها خلال الأسبوع المقبل.")
    assert (planned.status, [o.text for o in planned.origins], [d.text for d in planned.destinations]) == (
        "planned", ["البردية"], ["جغبوب"])
    assert planned.destinations[0].place.id == "gn:88967"  # Al Jaghbūb


def test_movements_most_widespread_is_no_deployment():
    assert _moves("أول المقاطع وأكثرها انتشاراً صوّره ناشط قرب شارع طرابلس في مصراته، ويُظهر آليات تتجه شرقاً.") == ()


def test_movements_a_nationality_ending_a_quoted_claim_is_not_the_army_named_after_it():
    (move,) = _moves("نشرته صفحات على أنه «بارجة تركية»، ويوثق في الحقيقة رسوّ سفينة إنزال تابعة للقوات البحرية في "
                     "الجيش الوطني في ميناء رأس لانوف قادمة من بنغازي.")
    assert (move.kind, move.actor.name) == ("naval_landing", "Libyan National Army")


def test_movements_a_border_triangle_after_a_town_is_where_forces_go_not_where_the_town_is():
    (move,) = _moves("وأضاف المتحدث أن القيادة «تعتزم نشر سريتين إضافيتين من الكفرة في محيط جبل العوينات خلال أيام».")
    assert _brief(move)[2:] == (["الكفرة"], ["جبل العوينات"], [])


def test_movements_an_armed_group_coming_from_a_country_crosses_a_border_and_advances_as_one_movement():
    (move,) = _moves("أكدت الكتيبة أن «مجموعة مسلحة قادمة من السودان عبرت المثلث الحدودي ليل الأحد وتوغلت حتى جبل "
                     "العوينات»، قبل أن تشتبك معها دوريات الكتيبة.")
    assert (move.kind, *_brief(move)) == ("advance", "reported", ("مجموعة مسلحة قادمة من السودان", "Sudanese armed groups"),
                                          ["السودان"], ["جبل العوينات"], ["المثلث الحدودي"])
    (foreign,) = _moves("نفى عميد البلدية دخول مسلحين أجانب قادمين من النيجر إلى غات.")
    assert foreign.actor.name == "Foreign fighters"  # foreign gunmen who came through Niger, not Niger's


def test_movements_a_port_written_marfa_joins_the_list_of_destinations():
    (move,) = _moves("سحبت روسيا قواتها من مواقع في شمال سوريا، وجمعتها في حميميم ومرفأ طرطوس.")
    assert _brief(move)[2:] == (["شمال سوريا"], ["حميميم", "طرطوس"], [])


def test_movements_at_the_same_time_as_that_is_an_aside_not_a_new_clause():
    (move,) = _moves("وأوضحت المصادر أن رتلاً من «الفيلق الأفريقي» تقدّم، بالتزامن مع ذلك، من كيدال نحو تين زاواتين.")
    assert _brief(move) == ("reported", ("الفيلق الأفريقي", "Russian forces"), ["كيدال"], ["تين زاواتين"], [])


def test_movements_forces_remaining_or_a_ship_moored_somewhere_set_out_from_there():
    (move,) = _moves("ويضيف أن الكتائب المتبقية في سرت «ستنسحب إلى الجفرة فقط في حال توقيع اتفاق توحيد المؤسسة العسكرية».")
    assert _brief(move)[0] == "conditional" and _brief(move)[2:] == (["سرت"], ["الجفرة"], [])
    (ship,) = _moves("أبحرت الفرقاطة الإيطالية الراسية في ميناء طرابلس إلى ميناء الخمس.")
    assert _brief(ship)[2:] == (["ميناء طرابلس"], ["ميناء الخمس"], [])


def test_movements_the_town_after_a_numbered_unit_is_its_seat_not_a_destination():
    (move,) = _moves("وصلت، أمس الاثنين، إلى الدبداب تعزيزات جديدة من وحدات الجيش الوطني الشعبي التابعة للناحية العسكرية "
                     "الرابعة بورقلة، قادمة من برج عمر إدريس بولاية إليزي.")
    assert _brief(move)[2:] == (["برج عمر إدريس"], ["الدبداب"], [])


def test_movements_whenever_they_withdraw_is_a_condition_and_its_move_no_movement():
    (move,) = _moves("تلتزم القوات المسلحة بسحب أسلحتها الثقيلة من سرت إلى الجفرة متى انسحبت التشكيلات المسلحة القادمة من "
                     "مصراتة من أبوقرين والوشكة.")
    assert _brief(move)[0] == "conditional" and _brief(move)[2:] == (["سرت"], ["الجفرة"], [])
    (move,) = _moves("وأوضح المصدر أن مجموعات مسلحة أجنبية «انسحبت منذ الأحد من محيط مثلث السلفادور باتجاه شمال النيجر»، "
                     "مرجحاً أن تعود «متى خفّت الرقابة».")
    assert move.status == "reported"  # 'suggesting' opens another statement


def test_movements_the_craft_they_board_and_the_ground_they_cross_are_not_the_force():
    (move,) = _moves("أفادت مصادر بأن نحو 200 من المرتزقة السوريين غادروا مساء السبت قاعدة الوطية على متن طائرة عسكرية "
                     "تركية متجهة إلى تركيا.")
    assert move.actor == Actor("المرتزقة السوريين", "Syrian mercenaries")
    (move,) = _moves("وأشار إلى أن دفعة جديدة تضم نحو 150 مقاتلاً خرجت الشهر الماضي من عفرين وعبرت الأراضي التركية، ثم "
                     "نُقلت جواً إلى مطار معيتيقة.")
    assert move.actor is None and _brief(move)[2:4] == (["عفرين"], ["مطار معيتيقة"])


def test_movements_on_condition_of_anonymity_is_no_condition():
    (move,) = _moves("في آب/أغسطس 2025، عبرت مجموعة من نحو 200 مقاتل الحدود مع السودان قادمة من شمال دارفور، واستقرت في محيط "
                     "جبل العوينات، وفق قيادي سابق في الفصيل تحدث إلى «رصيف22» شرط عدم كشف اسمه.")
    assert _brief(move)[0] == "reported" and _brief(move)[2:4] == (["شمال دارفور"], ["جبل العوينات"])


def test_movements_a_force_and_its_owners_name_before_an_unmarked_target():
    (move,) = _moves("دخلت وحدات من «اللواء 444 قتال» التابع لرئاسة الأركان العامة بحكومة الوحدة الوطنية، فجر الأحد، مدينة "
                     "ترهونة، بعد أن انطلقت من طرابلس.")
    assert _brief(move) == ("reported", ("اللواء 444 قتال", "GNA forces"), ["طرابلس"], ["ترهونة"], [])


def test_movements_a_live_page_item_denied_by_a_later_item_that_points_back_is_one_denied_movement():
    moves = _moves("12:05 — تداولت صفحات محلية أن المسلحين الطوارق انسحبوا من محيط حقل الشرارة نحو العوينات غرباً.\n\n"
                   "13:20 — نفى عضو المجلس البلدي أوباري هذه الأنباء، وقال: «لم ينسحب أحد، الشباب ما زالوا في مواقعهم».")
    assert [(m.status, [o.text for o in m.origins], [d.text for d in m.destinations]) for m in moves] == [
        ("denied", ["حقل الشرارة"], ["العوينات"])]
    moves = _moves("11:30 — عاجل: أنباء عن تقدم قوة من ابوقرين نحو الوشكة شرقاً على الطريق الساحلي.\n\n12:50 — نفى آمر "
                   "غرفة العمليات أي تقدم، وقال: «قواتنا لم تتحرك من مواقعها في أبو قرين، وما نُشر عن الوشكة غير صحيح».")
    assert [(m.status, [o.text for o in m.origins], [d.text for d in m.destinations]) for m in moves] == [
        ("denied", ["ابوقرين"], ["الوشكة"])]


def test_movements_we_landed_a_force_is_a_naval_landing():
    (move,) = _moves("في 2016 حررنا سرت من تنظيم داعش، وأنزلنا يومها قوة من البحر في ميناء سرت.")
    assert (move.kind, move.status, [d.text for d in move.destinations]) == ("naval_landing", "reported", ["ميناء سرت"])


def test_movements_a_place_abroad_put_first_before_a_speaker_is_where_he_speaks():
    assert _moves("أما في الكويت، فقال دبلوماسي ليبي لـ«الراي» إن رئاسة الأركان في طرابلس لم تصدر أي أمر بالتقدم، وإن قادة "
                  "الكتائب «تحركوا بقرار ذاتي».") == ()
    (move,) = _moves("وفي مرزق، أفاد مصدر بأن قوة تمركزت عند المدخل.")
    assert [d.text for d in move.destinations] == ["مرزق"]


def test_movements_a_columns_members_taking_positions_and_flights_landing_are_the_movement_told_over():
    (move,) = _moves("دخل رتل عسكري تابع لحكومة الوحدة الوطنية، صباح اليوم السبت، مدينة الزاوية قادماً من العاصمة طرابلس. "
                     "وقال المصدر إن الرتل يضم نحو 60 آلية مسلحة، وإن عناصره انتشروا قرب مصفاة الزاوية.")
    assert _brief(move)[2:4] == (["طرابلس"], ["الزاوية", "مصفاة الزاوية"])
    (move,) = _moves("أفاد مصدر عسكري في القيادة العامة بأن طائرات شحن عسكرية نقلت جنوداً ومعدات من قاعدة بنينا الجوية إلى "
                     "قاعدة الجفرة الجوية. وقال المصدر إن «ثلاث رحلات على الأقل هبطت في الجفرة منذ مساء السبت».")
    assert (move.kind, *_brief(move)[2:4]) == ("airlift", ["قاعدة بنينا الجوية"], ["قاعدة الجفرة الجوية"])


def test_movements_a_denial_by_a_source_of_one_side_answers_the_claim_of_another_sides_move():
    moves = _moves("11:40 — عاجل: شهود عيان يتحدثون عن دخول رتل من الدعم السريع إلى الأراضي الليبية قرب قاعدة معطن السارة.\n\n"
                   "12:50 — نفى مصدر عسكري في القيادة العامة دخول أي رتل، وقال: «الوضع في معطن السارة مستقر تماماً».")
    assert [(m.status, m.actor.name, [d.text for d in m.destinations]) for m in moves] == [
        ("denied", "Sudanese armed groups", ["قاعدة معطن السارة"])]


def test_movements_what_channels_said_is_a_claim_an_answer_denies():
    moves = _moves("س: صفحات محلية قالت إن قواتكم انسحبت الأسبوع الماضي من أوباري باتجاه سبها؟\n\nج: هذا كلام عارٍ عن "
                   "الصحة. ولا نية لدينا لذلك.")
    assert [(m.status, [o.text for o in m.origins], [d.text for d in m.destinations]) for m in moves] == [
        ("denied", ["أوباري"], ["سبها"])]


def test_movements_the_next_item_of_a_denied_claim_is_denied_with_it():
    moves = _moves("وفي منشور لاحق، نفى المتحدث العسكري ما تداولته حسابات حول دخول مدرعات مصرية إلى الجغبوب الليبية وتنفيذ "
                   "إنزال بحري في ميناء طبرق، مؤكداً أن «هذه الأنباء عارية تماماً عن الصحة».")
    assert [(m.kind, m.status) for m in moves] == [("deploy", "denied"), ("naval_landing", "denied")]


def test_movements_forces_falling_back_withdraw_but_exports_falling_are_no_movement():
    (move,) = _moves("بدأت قوات المجلس العسكري مصراتة، صباح الخميس، التراجع من منطقة قصر الأخيار إلى زليتن مروراً بالخمس، في أول "
                     "خطوة لتنفيذ الهدنة.")
    assert (move.kind, move.status, *_brief(move)[2:4], [v.text for v in move.via]) == (
        "withdraw", "reported", ["قصر الأخيار"], ["زليتن"], ["الخمس"])
    assert _moves("وفي هون، قال أهالي إن الطريق بات «شبه مغلق» بسبب كثافة الحواجز العسكرية، خصوصاً بعد أن تراجعت صادرات "
                  "الخام الأسبوع الماضي إلى أدنى مستوى لها منذ أشهر.") == ()


def test_movements_a_unit_stationed_now_somewhere_sets_out_from_there():
    (move,) = _moves("أعلنت رئاسة الأركان بحكومة الوحدة الوطنية أنها ستعيد تموضع الكتيبة المتمركزة حالياً في تاجوراء، "
                     "وستنقلها إلى منفذ رأس جدير على الحدود مع تونس خلال الأسبوع المقبل.")
    assert (move.status, *_brief(move)[2:4]) == ("planned", ["تاجوراء"], ["منفذ رأس جدير"])


def test_movements_from_the_direction_of_a_place_is_where_a_move_comes_from():
    (move,) = _moves("تقدمت مجموعات مسلحة سودانية تضم عشرات العربات من جهة الحدود مع تشاد نحو واو الناموس.")
    assert _brief(move)[2:4] == (["الحدود مع تشاد"], ["واو الناموس"])


def test_movements_the_road_a_destination_lies_on_is_no_destination():
    (move,) = _moves("أعلنت كتيبة تابعة لحكومة الوحدة الوطنية في غدامس أنها تعتزم نشر سرية من عناصرها في درج، الواقعة على "
                     "الطريق بين غدّامس ونالوت.")
    assert _brief(move)[3] == ["درج"]


def test_movements_the_town_a_force_goes_on_to_is_not_where_it_set_out_from():
    (move,) = _moves("وقالت مصادر محلية إن الجيش يسيطر على الطريق الرابط بين البلدة وسبها.\n\nوأضافت أن سرية من اللواء 20 مشاة "
                     "انطلقت من سبها وتمركزت عند البوابات الثلاث وفي محيط البلدة قبيل الظهر.")
    assert _brief(move)[2:4] == (["سبها"], [])


def test_movements_two_brigades_are_a_force_and_a_declared_plan_plans_them():
    (move,) = _moves("وفيه تمضي رئاسة الأركان في طرابلس في خطتها المعلنة لنقل لواءين من مصراتة إلى الوشكة قبل نهاية العام.")
    assert (move.status, *_brief(move)[2:4]) == ("planned", ["مصراتة"], ["الوشكة"])


def test_movements_a_clip_spread_on_pages_with_a_caption_is_a_claim_a_later_denial_answers():
    moves = _moves("انتشر على صفحات ليبية وجزائرية منذ الخميس مقطع فيديو يُظهر شاحنات عسكرية، مع تعليق يقول إن «وحدات من الجيش "
                   "الجزائري عبرت الحدود واقتحمت غدّامس فجر اليوم».\n\nونفت وزارة الدفاع الوطني، في بيان، أن تكون أي وحدة "
                   "جزائرية قد دخلت غدامس أو تجاوزت الحدود.")
    assert [(m.status, m.actor.name, [d.text for d in m.destinations]) for m in moves] == [
        ("denied", "Algerian army", ["غدّامس"])]


def test_movements_the_lnas_military_regions_and_the_tariq_bin_ziyad_battalion_are_the_lna():
    (move,) = _moves("قال آمر منطقة سبها العسكرية، اللواء مرزوق الحضيري، إن قواته المتمركزة في القطرون «ستتقدم نحو تمسة إذا لم "
                     "يغادر المسلحون المنطقة خلال 72 ساعة».")
    assert (move.status, move.actor.name) == ("conditional", "Libyan National Army")
    (move,) = _moves("هبطت صباح اليوم في قاعدة تمنهنت الجوية طائرتا شحن عسكريتان قادمتان من قاعدة بنينا الجوية، تقلان عناصر من "
                     "كتيبة طارق بن زياد وذخائر.")
    assert (move.kind, move.actor.name) == ("airlift", "Libyan National Army")


def test_movements_a_correction_with_not_from_replaces_the_origin_told_before():
    moves = _moves("09:25 – عاجل: كتيبتان من اللواء 20 مشاة تتحركان من بنغازي باتجاه الجغبوب (المصدر نفسه).\n\n10:02 – تصحيح: "
                   "التعزيزات انطلقت فجراً من قاعدة جمال عبد الناصر الجوية جنوب طبرق، لا من بنغازي – وسلكت الطريق الصحراوي.")
    assert [_brief(m)[2:4] for m in moves] == [(["قاعدة جمال عبد الناصر الجوية"], ["الجغبوب"])]


def test_movements_our_forces_in_a_town_in_a_quote_set_out_from_it():
    (move,) = _moves("12:00 – عاجل | العميد خالد المحجوب: «قواتنا في سرت ستتقدم نحو الوشكة إذا تحرك أي رتل من أبوقرين باتجاه "
                     "المدينة».")
    assert (move.status, *_brief(move)[2:4]) == ("conditional", ["سرت"], ["الوشكة"])


def test_movements_what_the_destination_is_told_after_it_names_no_destinations():
    (move,) = _moves("تستعد القيادة الروسية لنقل بطاريتَي دفاع جوي جواً إلى قاعدة براك الجوية مطلع الشهر المقبل، وهي القاعدة "
                     "التي يتخذها «الفيلق الأفريقي» محطة رئيسية على طريق الإمداد نحو مالي والنيجر.")
    assert _brief(move)[3] == ["قاعدة براك الجوية"]


def test_movements_more_or_new_forces_from_a_town_set_out_from_it():
    (move,) = _moves("وأضاف الإدريسي أن قوة إضافية من سبها «ستتقدم نحو تمسة في حال تجددت الاشتباكات».")
    assert (move.status, *_brief(move)[2:4]) == ("conditional", ["سبها"], ["تمسة"])


def test_movements_a_place_left_after_a_subjunctive_verb_is_the_origin():
    (move,) = _moves("وأوضح آمر السرية أن عناصره «لن يغادروا القبة عائدين إلى بنغازي إلا إذا اكتمل توزيع آخر سلة».")
    assert (move.status, *_brief(move)[2:4]) == ("conditional", ["القبة"], ["بنغازي"])


def test_movements_where_a_relative_clause_stations_the_force_is_where_it_sets_out_from():
    (move,) = _moves("وأفادت مصادر بأن المسلحين الطوارق الذين تمركزوا أياماً قرب بلدة البركت انسحبوا ليلة الخميس نحو غات.")
    assert (move.kind, move.status, *_brief(move)[2:4]) == ("withdraw", "reported", ["البركت"], ["غات"])
    (move,) = _moves("فإن نحو مئتي مقاتل، كانوا قد تمركزوا في محيط غات منذ مطلع العام، انسحبوا الأسبوع الماضي باتجاه أوباري.")
    assert (move.kind, *_brief(move)[2:4]) == ("withdraw", ["غات"], ["أوباري"])


def test_movements_a_denial_in_the_next_sentence_with_that_a_few_words_after_the_verb_denies_the_accusation():
    (move,) = _moves("واتهمت أطراف في العاصمة المجلس بإرسال مقاتلين من الزنتان إلى طرابلس. ونفى المجلس العسكري ذلك في بيان.")
    assert (move.status, *_brief(move)[2:4]) == ("denied", ["الزنتان"], ["طرابلس"])


def test_movements_an_accusation_put_to_the_speaker_and_answered_is_one_denied_move():
    moves = _moves("▪ هل تنسقون مع الجانب التونسي؟\n- التقينا مسؤولين في تونس العاصمة قبل شهرين.\n\n▪ تتهمكم أطراف في "
                   "العاصمة بإرسال مقاتلين من الزنتان إلى طرابلس.\n- هذا غير صحيح. لم نرسل مقاتلاً واحداً إلى طرابلس.")
    assert [(m.status, *_brief(m)[2:4]) for m in moves] == [("denied", ["الزنتان"], ["طرابلس"])]


def test_movements_forces_that_evacuate_a_base_leave_it_and_breaching_a_deal_is_no_move():
    (move,) = _moves("نفى مصدر مقرّب من القيادة العامة أن يكون الروس قد أخلوا قاعدة براك الجوية وانتقلوا إلى النيجر.")
    assert (move.status, move.actor.name, *_brief(move)[2:4]) == (
        "denied", "Russian forces", ["قاعدة براك الجوية"], ["النيجر"])
    assert _moves("واتهم الجيش الميليشيات بأنها أخلت بالاتفاق وهاجمت مواقع في سرت.") == ()


def test_movements_the_russians_and_the_turks_are_forces():
    (move,) = _moves("إذ قال مصدر مقرب من القيادة العامة إن الروس «لن يغادروا الجفرة إلا إذا غادر الأتراك الوطية».")
    assert (move.kind, move.status, move.actor.name, *_brief(move)[2:3]) == (
        "withdraw", "conditional", "Russian forces", ["الجفرة"])


def test_movements_another_sides_patrol_stationed_beside_a_move_is_no_part_of_it():
    moves = _moves("إذ وصلت سرية من الجيش النيجري إلى مركز تومو الحدودي قادمة من قاعدة ماداما، فيما تمركزت دورية من الجيش "
                   "الوطني الليبي على الجانب الآخر من منفذ التوم.")
    assert [(m.actor.name, *_brief(m)[2:4]) for m in moves] == [
        ("Nigerien army", ["قاعدة ماداما"], ["تومو"])]


def test_movements_a_negated_verb_told_out_by_a_colon_does_not_deny_the_arrival_after_it():
    (move,) = _moves("غير أن الأرتال لم تتوقف: فقد وصلت الأحد الماضي كتيبة مشاة من قاعدة الجفرة الجوية إلى سرت عبر ودان.")
    assert (move.status, *_brief(move)[2:5]) == ("reported", ["قاعدة الجفرة الجوية"], ["سرت"], ["ودان"])


def test_movements_pictures_spreading_and_activists_posting_are_no_deployment():
    assert _moves("وفي جالو، نشر ناشطون مقطعاً لسيارات مسلحة على أطراف البلدة. وتأتي هذه التطورات بعد أسبوع من انتشار صور "
                  "قديمة لآليات عسكرية قيل إنها في بنغازي.") == ()


def test_movements_the_other_side_of_a_crossing_is_where_a_force_takes_position():
    (move,) = _moves("وتمركزت دورية من الجيش الوطني الليبي على الجانب الآخر من منفذ التوم بعد أن قطعت الطريق من سبها.")
    assert (move.actor.name, _brief(move)[3]) == ("Libyan National Army", ["منفذ التوم"])


def test_movements_denying_the_matter_points_back_and_the_commander_does_not():
    (move,) = _moves("وكانت حسابات قد تحدثت عن انسحاب عناصر روسية من براك باتجاه قاعدة الجفرة الجوية. لكن مسؤولاً في السفارة "
                     "الروسية نفى الأمر.")
    assert move.status == "denied"
    (move,) = _moves("وأفادت مصادر محلية بوصول رتل من سبها إلى أوباري. ونفى الآمر، في اتصال هاتفي، تقارير عن اشتباكات في غات.")
    assert (move.status, _brief(move)[3]) == ("reported", ["أوباري"])


def test_movements_a_cargo_plane_landing_at_the_same_airport_is_the_subject_of_the_landing():
    moves = _moves("أقلعت من مطار سبها، أمس الأربعاء، طائرة تقل مهاجرين عائدين إلى نيامي. وبعد ساعات، هبطت في المطار نفسه "
                   "طائرة شحن عسكرية قادمة من قاعدة بنينا الجوية تقلّ عناصر وذخائر تابعة للقيادة العامة.")
    assert (moves[-1].kind, moves[-1].actor.name, *_brief(moves[-1])[2:4]) == (
        "airlift", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار سبها"])


def test_movements_conditions_set_for_a_withdrawal_make_it_conditional():
    (move,) = _moves("وضع مجلس أعيان الطوارق في فزان ثلاثة شروط لسحب مقاتلي الكتائب الطارقية من وسط أوباري إلى العوينات، "
                     "أبرزها صرف مستحقات الجرحى.")
    assert (move.kind, move.status, *_brief(move)[2:4]) == ("withdraw", "conditional", ["أوباري"], ["العوينات"])


def test_movements_a_wire_dateline_with_its_date_makes_the_national_army_that_countrys():
    moves = _moves("الجيش الوطني يعزز تواجده ببرج الخضراء\n\nتونس 13 ماي (وات) - دفع الجيش الوطني بتعزيزات عسكرية جديدة "
                   "من تطاوين إلى منطقة برج الخضراء.\n\nونفت وزارة الدفاع الوطني ما راج بخصوص سحب وحدات عسكرية من الذهيبة، "
                   "مؤكدة أن \"الوحدات المتمركزة بالمنطقة باقية في مواقعها\". وأوضح الناطق باسم الوزارة أن حركة العبور "
                   "بين تونس وليبيا عبر معبر الذهيبة \"تسير بصفة عادية\".")
    assert len(moves) >= 2 and {m.actor.name for m in moves} == {"Tunisian army"}


def test_movements_forces_stationed_in_a_place_a_relative_clause_describes_make_no_move():
    (move,) = _moves("غادر رتل من نحو 40 آلية الميناء متجهاً إلى قاعدة الخادم الجوية. وتعد القاعدة من أبرز المواقع التي تنتشر "
                     "فيها القوات الروسية في الشرق الليبي منذ سنوات.")
    assert _brief(move)[3] == ["قاعدة الخادم الجوية"]


def test_movements_what_a_destination_is_among_ends_the_movement():
    (move,) = _moves("وأضافت المصادر أن رتلاً من نحو 40 آلية غادر الميناء متجهاً غرباً إلى قاعدة الخادم الجوية قرب المرج، وهي "
                     "من أبرز المواقع التي يتمركز فيها الفيلق الأفريقي في الشرق الليبي.")
    assert _brief(move)[3] == ["قاعدة الخادم الجوية"]


def test_movements_a_sentence_that_opens_with_from_and_a_place_gives_the_verb_after_it_its_origin():
    (move,) = _moves("ومن طرابلس سارت القوات جنوباً إلى قاعدة الوطية، حيث أمضت خمسة أسابيع.")
    assert _brief(move)[2:4] == (["طرابلس"], ["قاعدة الوطية"])


def test_movements_a_bulletin_items_place_is_where_an_arrival_told_after_its_colon_went():
    (move,) = _moves("السبت 4 أفريل – بن قردان: وصول تعزيزات للجيش الوطني قادمة من مدنين، انتشرت في محيط المدينة.")
    assert _brief(move)[2:4] == (["مدنين"], ["بن قردان"])
    (move,) = _moves("براك الشاطئ: أقلعت مساء الإثنين من قاعدة براك الجوية طائرة شحن روسية تقل عناصر من «الفيلق الأفريقي» "
                     "باتجاه النيجر.")
    assert _brief(move)[2:4] == (["قاعدة براك الجوية"], ["النيجر"])


def test_movements_an_aircraft_models_letter_is_not_any():
    (move,) = _moves("هبطت طائرة شحن تركية من طراز «إيه 400 إم» في قاعدة الوطية فجر الثلاثاء.")
    assert (move.kind, move.status, _brief(move)[3]) == ("airlift", "reported", ["قاعدة الوطية"])


def test_movements_what_pages_published_then_denied_with_fa_qad_is_denied():
    (move,) = _moves("أما ما نشرته صفحات ليبية على «فيسبوك» مساء الأحد عن نقل «دفعة من المرتزقة السوريين» من قاعدة الوطية "
                     "إلى الزاوية، فقد نفاه الناطق باسم وزارة الدفاع جملة وتفصيلاً.")
    assert (move.status, *_brief(move)[2:4]) == ("denied", ["قاعدة الوطية"], ["الزاوية"])


def test_movements_a_denial_in_the_next_sentence_past_the_deniers_name_between_commas():
    (move,) = _moves("وأفاد تقرير لوكالة نوفا بهبوط ست طائرات شحن روسية في قاعدة الجفرة قادمة من قاعدة حميميم في سوريا. "
                     "وسارع الناطق باسم الجيش الوطني الليبي، اللواء إدريس المهدوي، إلى نفي الخبر في بيان.")
    assert (move.kind, move.status, *_brief(move)[2:4]) == ("airlift", "denied", ["قاعدة حميميم"], ["قاعدة الجفرة"])


def test_movements_what_a_speaker_said_moved_then_denied_by_the_other_side_is_denied():
    (move,) = _moves("وأضاف أن قوات حكومة الوحدة دفعت بعشرين آلية من ابوقرين نحو بويرات الحسون فجر الأحد، وهو ما نفاه آمر "
                     "المنطقة العسكرية الوسطى.")
    assert (move.status, *_brief(move)[2:4]) == ("denied", ["ابوقرين"], ["بويرات الحسون"])


def test_movements_earlier_between_commas_is_a_time_not_a_break_before_what_is_denied():
    moves = _moves("كما نفت القيادة العامة، في وقت سابق، تقارير إعلامية غربية تحدثت عن أن سفناً روسية أنزلت عناصر ومعدات "
                   "في ميناء طبرق ثم نقلت شحنات أسلحة منها إلى قاعدة الويغ.")
    assert [(m.kind, m.status) for m in moves] == [("naval_landing", "denied"), ("shipment", "denied")]


def test_movements_traders_trucks_are_no_force():
    assert _moves("وأكد العميد أن الرتل المصوَّر يعود لشاحنات تجار ذهب عائدين من مناجم تشاد.") == ()


def test_movements_what_the_other_side_must_do_first_only_after_is_no_movement():
    (move,) = _moves("وقال عضو في الوفد إن عناصر «فاغنر» «لن تغادر قاعدة الجفرة الجوية إلا بعد خروج آخر جندي تركي من "
                     "قاعدة الوطية».")
    assert (move.status, *_brief(move)[2:4]) == ("conditional", ["قاعدة الجفرة الجوية"], [])


def test_movements_a_states_navy_is_a_force():
    (move,) = _moves("وقال دبلوماسي روسي سابق إن البحرية الروسية «لن تنقل ما تبقى من قطعها في طرطوس إلى طبرق إلا إذا أخفقت "
                     "المفاوضات في دمشق».")
    assert (move.status, _brief(move)[3][-1]) == ("conditional", "طبرق")


def test_movements_what_a_move_waits_to_be_complete_is_no_movement():
    (move,) = _moves("وقال قيادي إن القوة «تعتزم التقدم من الطينة نحو مليط فور اكتمال وصول الإمدادات» عبر طريق يمتد على "
                     "طول الحدود مع تشاد.")
    assert _brief(move)[2:4] == (["الطينة"], ["مليط"])


def test_movements_an_interviewers_question_about_a_move_is_the_move_the_answer_tells():
    moves = _moves("● يقال إنكم تستعدون للتقدم نحو ترهونة؟\n- لن نتقدم من القربولي نحو ترهونة إلا إذا تعرضت طرابلس "
                   "لهجوم من الجنوب.\n\n● وماذا عن الأنباء عن إنزال قوات تركية في ميناء الخمس؟\n- كذب محض.")
    assert [(m.kind, m.status, *_brief(m)[2:4]) for m in moves] == [
        ("advance", "conditional", ["القربولي"], ["ترهونة"]), ("naval_landing", "denied", [], ["ميناء الخمس"])]


def test_movements_will_not_leave_before_is_a_condition():
    (move,) = _moves("وقال الناطق: لن نغادر مجمع مليتة قبل تسليمه رسمياً لجهاز حرس المنشآت النفطية.")
    assert (move.kind, move.status, _brief(move)[2]) == ("withdraw", "conditional", ["مجمع مليتة"])


def test_movements_a_refusal_before_a_sentence_that_quotes_no_one_denies_nothing():
    moves = _moves("وكانت عملية «إيريني» قد طلبت تفتيش السفينة، غير أن قائد الفرقاطة رفض الطلب.\n\nوبالتزامن، حشدت "
                   "الكتائب المصراتية نحو 50 آلية مسلحة في أبوقرين خلال اليومين الماضيين.")
    assert [(m.kind, m.status) for m in moves] == [("mobilise", "reported")]


def test_movements_the_timing_of_an_arrival_points_back_at_it():
    assert _moves("ويرى مراقبون أن توقيت وصول السفينة يرتبط بالتوتر المتصاعد في خليج سرت.") == ()


def test_movements_a_negation_does_not_reach_past_and_qad_into_the_next_clause():
    (move,) = _moves("لا يوجد أي مقاتل لنا في ربيانة أو غيرها، وقد سحبنا آخر عناصرنا من ليبيا قبل ثلاث سنوات.")
    assert (move.kind, move.status) == ("withdraw", "reported")


def test_movements_these_are_old_accusations_answers_the_claim_put_in_the_question():
    moves = _moves("● تقارير تحدثت عن تمركز مقاتلين من حركاتكم في ربيانة والكفرة، ما ردكم؟\n- هذه اتهامات قديمة تتكرر.")
    assert [(m.status, _brief(m)[3]) for m in moves] == [("denied", ["ربيانة", "الكفرة"])]


def test_movements_the_wounded_and_fighters_carried_are_a_force():
    (move,) = _moves("نفى ما تداولته حسابات عن هبوط طائرات تقل جرحى ومقاتلين من الدعم السريع في مطار الكفرة.")
    assert (move.kind, move.status, _brief(move)[3]) == ("airlift", "denied", ["مطار الكفرة"])
    assert _moves("هبطت طائرة تقل جرحى من المقاتلين في مطار معيتيقة.") == ()


def test_movements_ships_of_a_nation_named_in_the_accusative_are_its_forces():
    (move,) = _moves("كما نفت القيادة العامة تقارير تحدثت عن أن سفناً روسية أنزلت عناصر ومعدات في ميناء طبرق.")
    assert (move.status, move.actor.name) == ("denied", "Russian forces")


def test_movements_what_a_pipeline_carries_is_no_force():
    assert _moves("أوقف محتجون، بينهم عناصر سابقون في حرس المنشآت النفطية، الضخ عبر الأنبوب الذي ينقل خام حقل الفيل "
                  "وحقل الشرارة إلى مصفاة الزاوية ومجمع مليتة.") == ()


def test_movements_what_is_said_of_a_move_put_first_with_as_for_is_its_status():
    (move,) = _moves("أما عودة الرتل إلى قواعده في ترهونة، فقال آمره، العقيد فرج الزليتني، إنها «لن تكون عبر بني وليد إلا إذا "
                     "منحنا المجلس الاجتماعي إذناً صريحاً».")
    assert (move.kind, move.status, _brief(move)[3]) == ("withdraw", "conditional", ["ترهونة"])


def test_movements_a_force_described_then_where_it_came_from_is_one_move():
    # في opens a trigger (في طريقها) but is none here; the force's size is an aside between commas.
    (move,) = _moves("وانتشرت في شوارع تاجوراء قوة فض اشتباك من جهاز الأمن العام، قوامها 35 آلية، قدمت من سوق الجمعة.")
    assert (move.kind, move.status, move.actor.name) == ("deploy", "reported", "GNA forces")
    assert _brief(move)[2:4] == (["سوق الجمعة"], ["تاجوراء"])
    # The side named between the verb and where the force came from is the move's.
    (move,) = _moves("هبطت في مطار غات، صباح الأربعاء، طائرتا نقل عسكريتان تقلان نحو مئة وعشرين عنصراً من حرس الحدود التابع "
                     "للقيادة العامة، قادمتين من قاعدة تمنهنت، في أول جسر جوي إلى المدينة.")
    assert (move.kind, move.actor.name, _brief(move)[2:4]) == (
        "airlift", "Libyan National Army", (["قاعدة تمنهنت"], ["مطار غات"]))


def test_movements_tanks_and_mortars_are_a_force():
    (move,) = _moves("سحب جهاز الردع لمكافحة الجريمة المنظمة والإرهاب، فجر أمس، نحو 20 دبابة ومدفع هاون من محيط مطار امعيتيقة "
                     "إلى مقره الرئيسي بسوق الجمعة.")
    assert (move.kind, move.status, move.actor.name) == ("withdraw", "reported", "GNA forces")
    assert _brief(move)[2:4] == (["مطار امعيتيقة"], ["سوق الجمعة"])


def test_movements_a_move_confirmed_after_a_denial_with_wa_is_not_denied_with_it():
    moves = _moves("«الأركان» تنفي «شائعة» الانسحاب من زوارة وتؤكد وصول سرية إلى معبر رأس جدير..")
    assert [(m.kind, m.status, _brief(m)[2:4]) for m in moves] == [
        ("withdraw", "denied", (["زوارة"], [])), ("deploy", "reported", ([], ["معبر رأس جدير"]))]


def test_movements_expected_with_an_aside_before_an_is_planned():
    (move,) = _moves("وينتظر، وفق نفس المصدر، أن تلتحق وحدات من الحرس الوطني قادمة من جرجيس بمنطقة الشوشة مطلع الأسبوع القادم.")
    assert (move.status, _brief(move)[2]) == ("planned", ["جرجيس"])


def test_movements_where_a_denied_massing_was_moved_from_is_denied_with_it():
    (move,) = _moves("نفى الناطق باسم الجيش الوطني الليبي أنباء عن حشد مئات المقاتلين السودانيين في جالو لحماية حقول الواحات، "
                     "بعد نقلهم من الكفرة الواقعة على بعد نحو 300 كيلومتر من الحدود مع السودان.")
    assert (move.kind, move.status, _brief(move)[2:4]) == ("mobilise", "denied", (["الكفرة"], ["جالو"]))
    # another force's arrival after which a denied move is said to have come is no part of the claim
    moves = _moves("نفى مكتب الإعلام بالقيادة العامة صحة ما تداولته حسابات عن انسحاب الكتيبة 87 مشاة من قاعدة براك الجوية "
                   "إلى سبها عقب وصول القوة القادمة من غريان إلى الشويرف.")
    assert [m.status for m in moves if "الشويرف" in _brief(m)[3]] == ["reported"]


def test_movements_a_force_named_by_its_home_town_withdraws_from_where_it_was():
    (move,) = _moves("سحبت كتائب من مصراتة، بينها الكتيبة 47 ولواء الحلبوص، عناصرها من ثلاث بوابات أمنية في تاورغاء وعلى "
                     "الطريق المؤدي إليها، وعادت إلى معسكراتها في مصراتة ليل الجمعة.")
    assert (move.kind, move.actor.name, _brief(move)[2:4]) == ("withdraw", "Misrata forces", (["تاورغاء"], ["مصراتة"]))


def test_movements_a_live_blogs_update_corrects_the_entry_before():
    # 'update' and 'as reported earlier' mark a correction; the wrong place may be named inside a longer name told
    # before (الجفرة: قاعدة الجفرة الجوية), or pointed back to ('and not from it')
    moves = _moves("09:05 – منصات رصد الطيران: طائرة شحن روسية من طراز «إليوشن-76» أقلعت فجراً من قاعدة حميميم في سوريا "
                   "وهبطت في قاعدة الجفرة الجوية.\n\n09:50 – تحديث: بيانات الرصد المحدّثة تُظهر أن الطائرة هبطت في قاعدة "
                   "القرضابية جنوب سرت، لا في الجفرة كما أفيد سابقاً.")
    assert [(m.kind, _brief(m)[2:4]) for m in moves] == [("airlift", (["قاعدة حميميم"], ["قاعدة القرضابية"]))]
    moves = _moves("08:05 – رتل عسكري تابع للجيش الوطني الليبي ينطلق من سبها باتجاه مرزق.\n\n08:50 – تصحيح: الناطق "
                   "باسم اللواء يوضح أن الرتل انطلق فجراً من قاعدة تمنهنت الجوية ومرّ بسبها من دون أن يتوقف فيها، وليس منها "
                   "كما أفادت التقارير الأولى.")
    assert [_brief(m)[2:4] for m in moves] == [(["قاعدة تمنهنت الجوية"], ["مرزق"])]


def test_movements_the_instructions_issued_make_a_plan():
    (move,) = _moves("وتضمّن البيان فقرة ثانية جاء فيها: «صدرت التعليمات بنقل سرية استطلاع من براك الشاطئ إلى إدري خلال "
                     "الأيام الخمسة المقبلة».")
    assert (move.status, _brief(move)[2:4]) == ("planned", (["براك الشاطئ"], ["إدري"]))


def test_movements_a_report_no_one_has_confirmed_is_reported_not_denied():
    (move,) = _moves("وسرت أنباء، لم تؤكدها أي جهة، عن انتقال عشرات من عناصر «فاغنر» من هراوه إلى النوفلية خلال الليلة ذاتها.")
    assert (move.status, move.actor.name, _brief(move)[2:4]) == ("reported", "Wagner Group", (["هراوه"], ["النوفلية"]))
    assert _moves("نفى الناطق باسم الجيش أي تقدم لقواته نحو سرت.")[0].status == "denied"  # the any of a movement


def _gap_context(text: str):
    from components.movement_context import Context
    from components.text import normalise

    norm = normalise(text)
    return Context(text, norm, norm.tokens, [0] * len(norm.tokens), [(0, len(norm.text))], {}, {}, None, None, None)


def test_the_context_knows_which_words_a_clause_mark_or_a_comma_follows():
    context = _gap_context("وصلت القافلة إلى الكفرة، على بعد 950 كيلومتراً جنوب بنغازي؛ مساء الثلاثاء, قرب الحدود.")
    words = [token.text for token in context.tokens]
    assert words[3] == "الكفره" and words[9] == "بنغازي" and words[11] == "الثلاثاء"
    assert context.mark_gaps == [3, 9, 11, 13]  # ، ؛ , and the full stop after the last word
    assert context.comma_gaps == [3]  # the Arabic comma only
    assert context.mark_after(3) and not context.mark_after(4) and context.comma_after(3) and not context.comma_after(9)
    assert context.first_mark(4, 12) == 9 and context.first_mark(4, 9) is None and context.marked(0, 4)
    assert not context.marked(4, 9) and not context.marked(9, 9)
    assert context.aside_end(4, 12) == 9  # على بعد ... بنغازي؛ closes at the semicolon
    assert context.aside_end(4, 5) is None  # five words do not reach it
    assert context.aside_end(4, 12, commas_only=True) is None  # no Arabic comma closes it
    assert context.aside_end(12, 5) is None  # the mark after the last word closes nothing: no word follows
    assert context.aside_start(9, 6) == 3  # ، على بعد ... بنغازي؛ opens after الكفرة
    assert context.aside_start(9, 5) is None  # five words back do not reach it
    assert context.aside_start(11, 4, commas_only=True) is None and context.aside_start(3, 3) is None


def test_movements_a_force_that_moved_since_is_the_background_not_the_force_the_story_goes_on_with():
    text = ("هبطت صباح الخميس طائرة شحن عسكرية في مطار ترهونة، قادمة من مطار مصراتة، في أول رحلة يستقبلها المهبط منذ "
            "انسحاب قوات القيادة العامة من ترهونة في يونيو 2020.\n"
            "وبالتزامن، أنزلت سفينة تابعة للقوات البحرية سرية من 90 عنصراً في ميناء الخمس، قادمة من ميناء طرابلس.")
    moves = _moves(text)
    assert [(m.kind, m.actor.name if m.actor else None) for m in moves] == [
        ("airlift", None), ("withdraw", "Libyan National Army"), ("naval_landing", None)]


def test_movements_a_road_leading_to_a_place_is_where_the_force_goes_only_when_it_goes_towards_the_road():
    text = ("وقال شهود عيان إن رتلاً من نحو 50 آلية، تتبع كتائب من مصراتة، وصل مساء الخميس إلى ترهونة مروراً بمسلاتة، "
            "وتمركز في معسكر على الطريق المؤدي جنوباً إلى بني وليد.")
    assert [_summary(m) for m in _moves(text)] == [
        ("deploy", "reported", "Misrata forces", [], ["ترهونة"], ["مسلاتة"])]
    (move,) = _moves("توجهت القوات نحو المسالك الصحراوية المؤدية إلى الحدود مع ليبيا")
    assert [d.text for d in move.destinations] == ["الحدود مع ليبيا"]


def test_movements_a_place_with_bi_after_from_and_a_militia_is_where_it_masses_not_where_it_came_from():
    (move,) = _moves("تجمعت عناصر من ميليشيا الكانيات ببني وليد")
    assert _summary(move) == ("mobilise", "reported", None, [], ["بني وليد"], [])
    text = ("نفى المركز الإعلامي ما تداولته صفحات عن تجمّع عناصر سابقة من ميليشيا «الكانيات» ببني وليد بعد وصولها "
            "من قاعدة الجفرة الجوية.")
    (move,) = _moves(text)
    assert _summary(move)[1:] == ("denied", None, ["قاعدة الجفرة الجوية"], ["بني وليد"], [])
    (move,) = _moves("انسحب عشرات المسلحين من مواقعهم قرب الشاطئ بصبراتة")
    assert [o.text for o in move.origins] == ["صبراتة"]


def test_movements_spoken_libyan_passed_by_is_the_way():
    (move,) = _moves("وأكد الناطق أن الرتل «طلع من مصراتة بعد العصر وعدّى على زليتن والخمس»، قبل أن يصل إلى معسكر في تاجوراء.")
    assert _summary(move)[3:] == (["مصراتة"], ["تاجوراء"], ["زليتن", "الخمس"])


def test_movements_in_an_article_datelined_in_a_neighbour_a_force_carried_over_is_that_countrys_army_there():
    text = ("قافلة عسكرية تبلغ برج باجي مختار.. و«الفيلق الإفريقي» يتقدم نحو تينزاواتين\n\nأدرار - «الجمهورية»\n\n"
            "وصلت إلى برج باجي مختار، فجر أمس، قافلة عسكرية تضم نحو 50 مركبة، قادمة من أدرار عبر رقان.\n\n"
            "وأفادت مصادر محلية بأن رتلا لـ«الفيلق الإفريقي» الروسي تقدم منذ الأحد من كيدال باتجاه تينزاواتين المالية.\n\n"
            "ومن المقرر أن تنتقل سرية من القوات الخاصة من برج باجي مختار إلى تيمياوين خلال الأيام المقبلة.")
    assert [(m.actor.name if m.actor else None, [d.text for d in m.destinations]) for m in _moves(text)] == [
        ("Algerian army", ["برج باجي مختار"]), ("Russian forces", ["تينزاواتين"]), ("Algerian army", ["تيمياوين"])]


def test_movements_a_force_belonging_to_a_ministry_of_a_government_is_that_governments_and_its_seat_no_destination():
    text = ("بدأت دوريات القوة المشتركة انتشارها على الطريق الساحلي، وذلك بعد وصول 40 عنصراً من الشرطة التابعة لوزارة "
            "الداخلية في حكومة الوحدة الوطنية في طرابلس إلى بوابة الوشكة، قادمين من مصراتة عبر أبوقرين.")
    (move,) = _moves(text)
    assert _summary(move)[2:] == ("GNA forces", ["مصراتة"], ["الوشكة"], ["أبوقرين"])


def test_movements_a_number_and_what_it_counts_do_not_push_the_force_out_of_reach():
    text = "وصل إلى سرت رتل من نحو 40 آلية من الجيش الوطني الليبي قادماً من قاعدة الجفرة الجوية قرب هون."
    (move,) = _moves(text)
    assert _summary(move) == ("deploy", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["سرت"], [])


def test_movements_an_aside_that_names_whose_the_force_is_does_not_keep_the_force_from_its_verb():
    text = ("قال آمر اللواء إن القوات المصراتية المتمركزة في الوشكة، والتابعة لرئاسة الأركان في طرابلس، «ستعود إلى "
            "مصراتة بمجرد أن يتسلم المراقبون نقاط التماس».")
    (move,) = _moves(text)
    assert (move.kind, move.status, [d.text for d in move.destinations]) == ("withdraw", "conditional", ["مصراتة"])


def test_movements_troop_carriers_are_part_of_the_force_not_a_movement():
    text = ("وصلت صباح اليوم الاثنين إلى بن قردان تعزيزات عسكرية جديدة من جيش البر، تضم قرابة 20 مدرعة وعدداً من "
            "شاحنات نقل الجنود، قادمة من قابس مروراً بمدنين.")
    (move,) = _moves(text)
    assert _summary(move)[:2] + _summary(move)[3:] == ("reinforce", "reported", ["قابس"], ["بن قردان"], ["مدنين"])


def test_movements_a_border_a_town_is_said_to_lie_on_is_not_a_place_of_its_own():
    (move,) = _moves("تقدمت قوات الدعم السريع من كتم باتجاه بلدة الطينة الواقعة على الحدود مع تشاد.")
    assert _summary(move)[3:] == (["كتم"], ["الطينة"], [])


def test_movements_every_place_of_a_relative_clause_set_off_by_a_comma_tells_where_the_place_before_is():
    text = "تحرك رتل روسي من 40 آلية من براك الشاطئ نحو القطرون، التي تبعد نحو 260 كيلومتراً عن منفذ التوم على الحدود مع النيجر."
    (move,) = _moves(text)
    assert _summary(move)[3:] == (["براك الشاطئ"], ["القطرون"], [])


def test_movements_which_is_the_crossing_after_a_comma_tells_where_the_place_before_is():
    text = "ستنقل الوزارة سرية من قاعدة الوطية إلى منفذ وازن مروراً بنالوت، وهو المنفذ الواقع على الحدود مع تونس."
    (move,) = _moves(text)
    assert _summary(move)[3:] == (["قاعدة الوطية"], ["منفذ وازن"], ["نالوت"])


def test_movements_in_an_article_datelined_abroad_that_names_the_lna_anywhere_the_army_stays_the_lna():
    text = ("تونس - «عُمان» - وكالات:\n\nأغلقت مصلحة الطيران المدني مطار أوباري بسبب عاصفة رملية، ما دفع الجيش الوطني "
            "الليبي إلى نقل تعزيزاته براً.\n\nوقال مصدر عسكري إن رتلاً من 40 آلية للجيش انطلق فجر الجمعة من براك ووصل "
            "إلى أوباري مساء اليوم نفسه.")
    assert [m.actor.name for m in _moves(text) if m.actor] == ["Libyan National Army"]


def test_movements_a_plane_expected_to_take_off_is_a_planned_airlift():
    (move,) = _moves("وإن طائرة رابعة يُنتظر أن تقلع من القاعدة نحو مطار نيامي في النيجر مطلع الأسبوع المقبل، محمّلة بعربات خفيفة.")
    assert (move.kind, move.status, [d.text for d in move.destinations]) == ("airlift", "planned", ["مطار نيامي"])


def test_movements_a_commander_arriving_on_a_private_plane_is_a_visit():
    assert _moves("أجرى رئيس أركان القوات البرية في الجيش الوطني الليبي، الفريق أول صدام حفتر، زيارة تفقدية إلى قاعدة "
                  "الجفرة الجوية، وصل إليها على متن طائرة خاصة قادماً من بنغازي.") == ()


def test_movements_gathering_vehicles_in_a_place_is_massing():
    (move,) = _moves("وأفادت مصادر محلية بأن كتائب مصراتة بدأت منذ الثلاثاء تجميع آلياتها في الوشكة.")
    assert _summary(move) == ("mobilise", "reported", "Misrata forces", [], ["الوشكة"], [])


def test_movements_a_first_person_verb_in_a_residents_quote_is_their_own_trip():
    assert _moves("وقال أحد سكان قيرة: «توّا نقدروا نطلعوا لبراك ونرجعوا من غير تفتيش كل ربع ساعة، الحمد لله».") == ()
    (move,) = _moves("وقال آمر الكتيبة: «لن نتوغل في مرزق».")
    assert _summary(move) == ("advance", "denied", None, [], ["مرزق"], [])


def test_movements_an_apposition_a_superlative_opens_after_a_place_says_where_it_lies():
    text = ("أعلنت القيادة العامة أن رتلاً من الكتيبة 166 مشاة انطلق فجراً من قاعدة براك الجوية ووصل ظهراً إلى إدري، "
            "كبرى بلدات الطرف الغربي من وادي الشاطئ، مروراً بأقار.")
    (move,) = _moves(text)
    assert _summary(move)[3:] == (["قاعدة براك الجوية"], ["إدري"], ["أقار"])


def test_movements_an_unnamed_convoys_arrival_takes_where_its_journey_set_out_from():
    (move,) = _moves("وصلت إلى مدينة سبها، مساء الإثنين، قافلة من 85 سيارة تابعة لجهاز دعم المديريات بوزارة الداخلية، بعد "
                     "رحلة برية انطلقت من طرابلس ومرت بالشويرف.")
    assert _summary(move) == ("deploy", "reported", None, ["طرابلس"], ["سبها"], ["الشويرف"])
    moves = _moves("حشد جهاز حرس الحدود التابع لحكومة الوحدة الوطنية عشرات الآليات في غدامس، بعد أن انسحبت مجموعة مسلحة "
                   "من محيط حقل الوفاء باتجاه الحدود مع الجزائر.")  # another force's move: not where the first set out
    assert [_summary(m)[3:5] for m in moves] == [([], ["غدامس"]), (["حقل الوفاء"], ["الحدود مع الجزائر"])]


def test_movements_where_a_body_takes_its_seat_is_no_place_of_a_movement():
    (move,) = _moves("أظهرت صور أقمار صناعية نشرها مرصد مستقل يتخذ من نيروبي مقراً له نحو 40 عربة تابعة لقوات الدعم السريع "
                     "وهي تتحرك من كرب التوم نحو جبل العوينات.")
    assert _summary(move) == ("deploy", "reported", "Sudanese armed groups", ["كرب التوم"], ["جبل العوينات"], [])


def test_movements_a_correspondents_spoken_correction_gives_the_right_destination():
    (move,) = _moves("المراسل: رتل تابع للقيادة العامة، قرابة أربعين آلية، تحرك صباح اليوم من قاعدة تمنهنت متجهاً إلى مرزق... "
                     "عفواً، أصحح: الرتل اتجه إلى أم الأرانب وليس إلى مرزق، ودخلها قرابة الظهر.")
    assert _summary(move) == ("deploy", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["أم الأرانب"], [])


def test_movements_where_a_correspondent_reports_from_is_no_destination():
    (move,) = _moves("المذيع: أشرنا إلى تحرك رتل عسكري ليبي من الكفرة نحو العوينات، ونعود إلى هذا الخبر مع مراسلنا في الكفرة "
                     "محمود عبد الحفيظ.")
    assert _summary(move)[3:5] == (["الكفرة"], ["العوينات"])


def test_movements_a_question_asked_a_few_words_before_the_verb_reports_nothing():
    assert _moves("المذيعة: وهل صحيح ما يتردد عن تحرك قوات من الزنتان؟") == ()


def test_movements_a_headquarters_seat_after_from_is_where_the_force_comes_from():
    (move,) = _moves("وصلت إلى جانت مساء الأحد تعزيزات جديدة لوحدات الجيش الوطني الشعبي قادمة من مقر قيادة الناحية العسكرية "
                     "الرابعة بورقلة.")
    assert _summary(move) == ("reinforce", "reported", "Algerian army", ["ورقلة"], ["جانت"], [])


def test_movements_a_place_noun_carrying_bi_makes_the_place_after_it_where_the_force_lands():
    (move,) = _moves("أنزلت سفينة الإنزال نحو 200 عنصر و18 آلية بميناء سرت صباح أمس، بعد إبحارها من ميناء بنغازي.")
    assert _summary(move)[3:] == (["ميناء بنغازي"], ["ميناء سرت"], [])
    (move,) = _moves("حطت طائرتا نقل عسكريتان من طراز «سي 130» بمطار رمادة العسكري، قادمتين من قاعدة سيدي أحمد الجوية ببنزرت.")
    assert _summary(move)[3:] == (["قاعدة سيدي أحمد الجوية"], ["رمادة"], [])  # من طراز is the aircraft's type


def test_movements_what_the_denier_says_next_is_not_where_the_movement_goes():
    (move,) = _moves("نفى المكتب الإعلامي لجهاز الردع ما تداولته صفحات عن خروج آليات من قاعدة معيتيقة باتجاه أبو سليم، وقال "
                     "إن «عناصرنا في مقارهم بسوق الجمعة، ولم تتحرك آلية واحدة».")
    assert _summary(move) == ("withdraw", "denied", "GNA forces", ["قاعدة معيتيقة"], ["أبو سليم"], [])


def test_movements_a_drug_shipment_is_no_movement_of_forces():
    assert _moves("وتأتي التعزيزات بعد أسبوع من ضبط شحنة حبوب مخدرة في بنغازي قالت السلطات إنها وصلت في حاوية من مرفأ "
                  "طرابلس في لبنان، وكانت معدّة للتهريب جنوباً عبر تازيربو نحو تشاد والسودان.") == ()


def test_movements_a_place_said_to_lie_between_two_towns_and_an_area_within_a_larger_one():
    (move,) = _moves("أفادت مصادر بأن طائرتي شحن روسيتين هبطتا في قاعدة الجفرة الجوية، الواقعة بين هون وودان، قادمتين من قاعدة "
                     "حميميم في سوريا.")
    assert _summary(move)[3:] == (["قاعدة حميميم"], ["قاعدة الجفرة الجوية"], [])
    (move,) = _moves("تحرك رتل من ربيانة باتجاه منطقة كوري بوقودي في تيبستي، حيث تنتشر مناجم الذهب.")
    assert _summary(move)[3:] == (["ربيانة"], ["كوري بوقودي"], [])


def test_movements_pushed_them_from_after_a_massing_says_where_the_force_came_from():
    (move,) = _moves("حشد المجلس العسكري في الزنتان، الثلاثاء، نحو 25 آلية مسلحة قرب المدخل الشرقي لبلدة الرجبان في الجبل "
                     "الغربي، دفع بها من الزنتان التي لا تبعد عنها سوى 10 كيلومترات.")
    assert _summary(move) == ("mobilise", "reported", "Zintan forces", ["الزنتان"], ["الرجبان"], [])


def test_movements_a_force_of_an_agency_of_a_ministry_of_a_government_is_that_governments():
    (move,) = _moves("وصلت إلى مدينة سبها، مساء الإثنين، قافلة من 85 سيارة تابعة لجهاز دعم المديريات بوزارة الداخلية في "
                     "حكومة الوحدة الوطنية، بعد رحلة برية انطلقت من طرابلس ومرت بالشويرف.")
    assert _summary(move) == ("deploy", "reported", "GNA forces", ["طرابلس"], ["سبها"], ["الشويرف"])


def test_movements_the_seat_in_an_owners_name_past_a_longer_office_is_no_destination():
    (move,) = _moves("وصلت إلى سبها سرية من الشرطة التابعة لجهاز الأمن بوزارة الداخلية في حكومة الوحدة الوطنية في طرابلس.")
    assert _summary(move) == ("deploy", "reported", "GNA forces", [], ["سبها"], [])


def test_movements_a_where_aside_does_not_cut_the_movement_off_from_its_destination():
    moves = _moves("انسحب مقاتلو مجموعة «فاغنر» من محاور جنوب طرابلس، حيث كانوا يواجهون قوة حماية طرابلس، إلى بني وليد، "
                   "ومنها نُقلوا جواً إلى قاعدة الجفرة الجوية.")
    assert [_summary(m)[3:5] for m in moves] == [(["طرابلس"], ["بني وليد"]), (["بني وليد"], ["قاعدة الجفرة الجوية"])]


def test_movements_the_company_or_the_vehicles_named_again_in_the_next_sentence_tell_where_the_move_set_out_from():
    (move,) = _moves("عنوان\n\nدفعت القيادة العامة بسرية إلى أوباري.\n\nوأوضح المصدر أن السرية انطلقت من سبها.")
    assert _summary(move)[3:5] == (["سبها"], ["أوباري"])
    (move,) = _moves("عنوان\n\nنشر الجيش 40 آلية في حي المنشية بسبها.\n\nوأوضح المصدر أن الآليات وصلت فجراً من قاعدة براك الجوية.")
    assert _summary(move)[3:5] == (["قاعدة براك الجوية"], ["حي المنشية"])


def test_movements_pushed_to_an_act_sends_no_force_but_pushed_with_forces_does():
    assert _moves("تعيش الزاوية على وقع اشتباكات بين مجموعات مسلحة دفعت بلدية الزاوية إلى تعليق الدراسة ثلاثة أيام.") == ()
    assert _moves("أدت الاشتباكات بين كتائب مسلحة قرب المطار إلى دفع مصلحة الطيران المدني إلى تعليق الرحلات في مطار "
                  "معيتيقة.") == ()
    (move,) = _moves("دفعت القيادة العامة بقوات إلى إغلاق الطريق الساحلي في سرت.")
    assert _summary(move)[:2] == ("deploy", "reported")
    (move,) = _moves("دفعت القيادة العامة كتيبة إلى سرت.")
    assert _summary(move)[4] == ["سرت"]


def test_movements_published_news_or_pictures_are_not_deployed():
    assert _moves("واتهم الناشط صفحات محسوبة على «قوة حماية طرابلس» بنشر «أخبار مضللة» عن الوضع في الغرب الليبي.") == ()
    (move,) = _moves("نشرت الصفحة صوراً لرتل من 40 آلية وصل إلى الزاوية.")
    assert _summary(move)[4] == ["الزاوية"]
    (move,) = _moves("نشرت القيادة وحدات في سبها.")
    assert _summary(move)[:2] == ("deploy", "reported")


def test_movements_colloquial_tomorrow_plans_the_move():
    (move,) = _moves("قال آمر الكتيبة إن «السرية تتحرك بكرة من الزاوية إلى صبراتة».")
    assert _summary(move)[1:2] == ("planned",)


def test_movements_no_surprise_is_no_denial_and_lo_and_behold_no_condition():
    (move,) = _moves("لم يكن مفاجئاً ما كشفته صور الأقمار الصناعية هذا الأسبوع عن هبوط ثلاث طائرات شحن روسية في قاعدة براك "
                     "الجوية، قادمة من قاعدة الخادم.")
    assert _summary(move)[1] == "reported"
    (move,) = _moves("وفي أواخر 2024، نقلت موسكو جزءاً من عتادها جواً من قاعدة حميميم إلى شرق ليبيا، في ما بدا يومها إجراءً "
                     "مؤقتاً فإذا به يتحول إلى إقامة دائمة.")
    assert _summary(move)[1] == "reported"
    (move,) = _moves("لم يكن انسحاب القوات من سرت إلى الجفرة ممكناً.")
    assert _summary(move)[1] == "denied"


def test_movements_a_locator_past_a_compass_point_says_where_the_destination_lies():
    (move,) = _moves("تعتزم موسكو نقل وحدات من قاعدة الجفرة الجوية إلى قاعدة معطن السارة في أقصى الجنوب، قرب المثلث الحدودي "
                     "مع تشاد والسودان، لتكون نقطة ارتكاز.")
    assert _summary(move)[3:5] == (["قاعدة الجفرة الجوية"], ["قاعدة معطن السارة"])


def test_movements_a_place_the_move_is_said_to_have_no_link_to_is_no_destination():
    (move,) = _moves("وصلت قافلة عسكرية إلى غات، ولا صلة لها بالجزائر.")
    assert _summary(move)[4] == ["غات"]
    (move,) = _moves("وأضاف أن القوات الجوية «ستنقل الأسبوع المقبل سرية من الصاعقة من مطار العلمين إلى سيوة للمشاركة في تدريب "
                     "مشترك»، نافياً أن يكون لذلك «أي صلة بالتطورات في شرق ليبيا».")
    assert _summary(move)[3:5] == (["مطار العلمين"], ["سيوة"])


def test_movements_provides_support_is_no_advance_and_closer_to_is_no_origin():
    assert _moves("وقالت المصادر إن الشحنة موجهة إلى وحدات روسية تقدم منذ 2024 الدعم العسكري للمجلس العسكري الحاكم في "
                  "النيجر، على غرار ما تفعله في مالي.") == ()
    (move,) = _moves("تقدمت القوات منذ الفجر نحو سرت.")
    assert _summary(move)[:1] == ("advance",)
    (move,) = _moves("وتشير المعلومات إلى أن موسكو تعتزم نقل سرب من مقاتلات «ميغ-29» من الجفرة إلى قاعدة القرضابية قرب سرت "
                     "مطلع الصيف، لتقترب أكثر من ميناء راس لانوف.")
    assert _summary(move)[3:5] == (["الجفرة"], ["قاعدة القرضابية"])


def test_movements_a_first_person_verb_after_and_goes_on_with_the_speakers_move():
    (move,) = _moves("قال آمر المحور: «طلعنا من مصراتة نهار الخميس بأربعين آلية، ووصلنا أبو قرين قبل المغرب».")
    assert _summary(move)[3:5] == (["مصراتة"], ["أبو قرين"])
    (move,) = _moves("قال الآمر: «ووصلنا إلى سرت ليلاً».")
    assert _summary(move)[4] == ["سرت"]


def test_movements_an_apposition_a_town_noun_opens_says_where_the_destination_lies():
    (move,) = _moves("سيدفع الجيش الجزائري بتعزيزات من عين أميناس إلى الدبداب، البلدة المقابلة لغدامس، إذا اقتربت الاشتباكات.")
    assert _summary(move)[3:5] == (["عين أميناس"], ["الدبداب"])
    (move,) = _moves("وصلت القوات إلى سبها، المدينة الأكبر في الجنوب، قادمة من براك.")
    assert _summary(move)[3:5] == (["براك"], ["سبها"])


def test_movements_two_aircraft_of_a_nation_are_its_army_and_outside_its_borders_is_nowhere():
    (move,) = _moves("هبطت طائرتان عسكريتان مصريتان في مطار الأبرق.")
    assert _summary(move)[:3] == ("airlift", "reported", "Egyptian army")
    assert _moves("وقال إن «القوات المسلحة المصرية لا تتحرك خارج حدود مصر إلا وفق ما يقره الدستور»." ) == ()


def test_movements_the_national_army_datelined_in_cairo_is_still_the_lna_but_in_tunis_tunisias():
    cairo = ("عنوان الخبر\n\nالقاهرة - «صدى البلد»:\n\nأنزلت سفينة إنزال سرية مشاة في ميناء سرت، بعد إبحارها من ميناء بنغازي، "
             "في أول نقل بحري لقوات الجيش الوطني نحو الجنوب. وأوضح المصدر أن السرية ستتحرك من سرت نحو سبها.")
    assert [_summary(m)[2] for m in _moves(cairo)][-1] == "Libyan National Army"
    (move,) = _moves("عنوان الخبر\n\nتونس - «موزاييك»:\n\nأفاد مصدر عسكري بأن وحدات من الجيش الوطني انتقلت من قابس إلى بن قردان.")
    assert _summary(move)[2] == "Tunisian army"


def test_movements_whom_a_denied_claim_cites_does_not_cut_the_denial_off():
    (move,) = _moves("نفت وزارة الدفاع الوطني ما روجت له حسابات، نقلاً عن منابر مقربة من المجلس العسكري الحاكم في باماكو، بشأن "
                     "«توغل وحدات جزائرية داخل تينزاواتين».")
    assert _summary(move)[1] == "denied"


def test_movements_a_ship_that_docked_and_unloaded_after_sailing_from_elsewhere_made_one_voyage():
    (move,) = _moves("رست حاملة المروحيات «جمال عبد الناصر» التابعة للقوات البحرية المصرية، صباح الثلاثاء، في ميناء طبرق، "
                     "وأنزلت نحو 250 من عناصر مشاة البحرية و12 مركبة مدرعة، بعد رحلة استغرقت يومين انطلاقاً من الإسكندرية.")
    assert _summary(move)[:5] == ("naval_landing", "reported", "Egyptian army", ["الإسكندرية"], ["ميناء طبرق"])


def test_movements_one_more_item_of_a_denied_claim_about_a_movement_is_denied_with_it():
    moves = _moves("نفى مصدر في القيادة العامة أنباء عن إنزال سفينة روسية عناصر في قاعدة طبرق البحرية، ونقل آخرين من قاعدة "
                   "براك الجوية إلى حقل الفيل.")
    assert [_summary(m)[1] for m in moves] == ["denied", "denied"]
    moves = _moves("نفى مصدر عسكري مصري ما تداولته منصات عن «هبوط طائرتين عسكريتين مصريتين في مطار الأبرق، ورسو سفينة إنزال "
                   "مصرية في ميناء طبرق».")
    assert [_summary(m)[1] for m in moves] == ["denied", "denied"]
    moves = _moves("ونفت الكتيبة ما روجته صفحات عن دخول رتل تابع لها إلى مزدة فجر الأحد، وعن وصول آليات أخرى إلى "
                   "الشويرف.")  # 'and about': one more item
    assert [(_summary(m)[1], _summary(m)[4]) for m in moves] == [("denied", ["مزدة"]), ("denied", ["الشويرف"])]


def test_movements_a_flight_over_a_place_goes_nowhere_there():
    assert _moves("اتهم العميد «مجموعات مسلحة» بخرق الهدنة عبر تسيير طائرة مسيّرة فوق هراوة ليل السبت.") == ()
    (move,) = _moves("حلقت طائرات حربية في أجواء سرت قبل أن تهبط في قاعدة الجفرة.")
    assert _summary(move)[4] == ["قاعدة الجفرة"]


def test_movements_the_libyan_capital_is_no_capital_of_another_country_named_before():
    cairo = "عنوان\n\nالقاهرة - «الوفد»:\n\n"
    (move,) = _moves(cairo + "وصلت قوات إلى العاصمة الليبية قادمة من الزنتان.")
    assert _summary(move)[3:5] == (["الزنتان"], [])
    (move,) = _moves(cairo + "قال مصدر في طرابلس إن قوات وصلت إلى العاصمة الليبية قادمة من الزنتان.")
    assert _summary(move)[3:5] == (["الزنتان"], ["طرابلس"])


def test_movements_the_places_of_a_journey_told_after_a_long_subject_are_the_movement_s():
    (move,) = _moves("وصلت إلى سبها مساء أمس الأحد قافلة من 80 شاحنة محملة بالدقيق والزيت والسكر وحليب الأطفال، ترافقها "
                     "كتيبة من اللواء طارق بن زياد، أحد أبرز تشكيلات الجيش الوطني الليبي، بعد رحلة استغرقت يومين بدأت من "
                     "بنغازي ومرت باجدابيا وزلة وهون.")
    assert _summary(move)[3:] == (["بنغازي"], ["سبها"], ["اجدابيا", "زلة", "هون"])


def test_movements_a_stop_told_with_its_pronoun_is_passed_through():
    (move,) = _moves("وصلت 14 شاحنة ذخيرة للكفرة من إجدابيا عبر جالو، بعد توقفها يوماً كاملاً قرب حقل السرير.")
    assert _summary(move)[3:] == (["إجدابيا"], ["كفرة"], ["جالو", "حقل السرير"])


def test_movements_an_official_who_denies_or_speaks_of_a_movement_is_not_its_mover():
    (move,) = _moves("نفى مسؤول محلي إرسال قوات إلى سرت.")
    assert _summary(move)[1:5] == ("denied", None, [], ["سرت"])
    (move,) = _moves("وتحدث مسؤول محلي عن حشد قوات في قاعدة القرضابية الجوية جنوب سرت.")
    assert _summary(move)[:5] == ("mobilise", "reported", None, [], ["قاعدة القرضابية الجوية"])
    assert _moves("وصل مسؤول محلي إلى سرت.") == ()
    assert _moves("قال أحد العائدين: «خرجنا من إدري في سيارات دفع رباعي»، مضيفاً أنهم ينتظرون رفاقهم.") == ()


def test_movements_a_verb_in_the_dual_is_a_trigger():
    (move,) = _moves("قال الناطق إن الكتيبتين ستعودان إلى مصراته إذا توقفت الاستفزازات.")
    assert _summary(move)[:2] == ("withdraw", "conditional")
    assert [d.text for d in move.destinations] == ["مصراته"]
    (move,) = _moves("وأضاف أن كتيبتين من الكتائب المرابطة في الوشكة ستعودان إلى مصراتة مطلع الشهر المقبل.")
    assert _summary(move)[1:5] == ("planned", None, ["الوشكة"], ["مصراتة"])


def test_movements_the_boats_that_carry_a_landing_set_out_with_it():
    (move,) = _moves("وأعلنت حكومة الوحدة الوطنية إنزال عناصر من مشاة البحرية في ميناء زوارة خلال الساعات المقبلة، على متن "
                     "زورقين سينطلقان من قاعدة أبوستة البحرية.")
    assert _summary(move)[:5] == ("naval_landing", "planned", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"])


def test_movements_a_fuel_tanker_is_civilian_cargo_unless_arms_go_with_it():
    assert _moves("وتأتي القافلة بعد أسبوع من رسو ناقلة محملة بـ35 ألف طن من البنزين في ميناء طرابلس.") == ()
    assert _moves("فيما رست في الميناء ناقلة وقود قادمة من ميناء الحريقة لتشغيل محطات الكهرباء.") == ()
    (move,) = _moves("أفاد مصدر عسكري بأن رتلاً لوجستياً يضم ناقلات وقود وشاحنات ذخيرة ومواد تموينية غادر مساء الأربعاء "
                     "بنغازي متجهاً إلى الكفرة.")
    assert _summary(move)[3:5] == (["بنغازي"], ["الكفرة"])


def test_movements_an_interviewer_s_question_that_the_answer_tells_again_is_not_a_second_movement():
    moves = _moves("* يتردد أنكم ستسحبون الكتيبة المنتشرة في تازربو. هل هذا صحيح؟\n\n"
                   "- لن نسحبها من تازربو إلا بعد أن يتسلم حرس المنشآت النفطية تأمين الطريق المؤدي إلى حقل السرير.")
    assert [_summary(m)[:4] for m in moves] == [("withdraw", "conditional", None, ["تازربو"])]
    moves = _moves("س: هناك من يقول إن قوة منكم دخلت بني وليد ليلة الخميس.\n\n"
                   "ج: لا أساس لهذا من الصحة. لم تدخل آلية واحدة من قواتنا بني وليد.")
    assert [(m.status, [d.text for d in m.destinations]) for m in moves] == [("denied", ["بني وليد"])]


def test_movements_readiness_to_send_is_a_plan():
    (move,) = _moves("أعلنت رئاسة الأركان استعدادها لإرسال طائرتي نقل عسكريتين من مطار معيتيقة إلى مطار بنينا.")
    assert _summary(move)[:2] == ("airlift", "planned")


def test_movements_the_army_of_a_paragraph_opened_abroad_is_that_country_s():
    (_, move) = _moves("عنوان الخبر\n\nوصل رتل من الجيش الوطني الليبي إلى غات مساء الأحد.\n\nومن الجزائر العاصمة، أبدت وزارة "
                       "الدفاع الوطني استعدادها لإرسال وحدات من الجيش من جانت إلى غات عبر منفذ إيسين، «إذا طلبت السلطات "
                       "الليبية ذلك رسمياً».")
    assert _summary(move)[:5] == ("deploy", "conditional", "Algerian army", ["جانت"], ["غات"])
    (_, move) = _moves("عنوان الخبر\n\nوصل رتل من الجيش الوطني الليبي إلى غات مساء الأحد.\n\nوفي طرابلس، قال مصدر إن الجيش "
                       "سيرسل وحدات إلى أوباري.")
    assert _summary(move)[2] == "Libyan National Army"


def test_movements_civil_defence_teams_are_no_forces():
    assert _moves("وكان فريق من الدفاع المدني اللبناني، معظم عناصره من مدينة طرابلس شمال لبنان، قد وصل أمس إلى بنغازي "
                  "للمشاركة في عمليات البحث.") == ()


def test_movements_a_force_said_not_to_be_there_does_not_move():
    moves = _moves("آمر «كتيبة سبل السلام»: عززنا معطن السارة ولا وجود لـ«الدعم السريع» في المثلث الحدودي\n\n"
                   "الكُفرة - «السوداني» - 27 يونيو 2026\n\n"
                   "* أرسلتم الأسبوع الماضي قوة نحو الجنوب. ما تفاصيلها؟\n\n"
                   "- تحركت سريتان، بنحو 35 آلية، من الكفرة إلى قاعدة معطن السارة التي تبعد نحو 300 كيلومتر جنوباً.")
    assert [_summary(m)[2] for m in moves] == ["Libyan National Army"]


def test_movements_what_someone_said_about_a_movement_is_told_by_its_speaker():
    (move,) = _moves("في المقابل، نفى مصدر في القيادة العامة لـ«الوفد» ما ذكره النائب عن نقل عناصر روسية إلى حقل الشرارة، "
                     "مؤكداً أن حماية الحقول مسؤولية جهاز حرس المنشآت.")
    assert _summary(move)[1:5] == ("denied", "Russian forces", [], ["حقل الشرارة"])


def test_movements_an_aside_that_tells_where_the_force_was_does_not_hide_it():
    (move,) = _moves("أعلن المجلس أن مجموعة مسلحة من المعارضة التشادية، كانت تتمركز منذ أشهر في محيط أم الأرانب، غادرت "
                     "المنطقة فجر الاثنين باتجاه الحدود مع النيجر مروراً بالقطرون.")
    assert _summary(move)[:2] == ("withdraw", "reported")
    assert [d.text for d in move.destinations] == ["الحدود مع النيجر"]


def test_movements_mines_in_a_place_are_where_fighters_come_from():
    (move,) = _moves("نفى المجلس ما تداولته صفحات عن وصول «مئات المقاتلين التشاديين» إلى تراغن قادمين من مناجم الذهب في "
                     "كوري بوقودي شمال تشاد.")
    assert _summary(move)[1:5] == ("denied", "Chadian armed groups", ["كوري بوقودي"], ["تراغن"])


def test_movements_clandestine_sailings_are_migration():
    assert _moves("وأوضح المصدر أن الوحدات أحبطت خلال 48 ساعة ثلاث محاولات إبحار خلسة انطلقت من سواحل صفاقس وسوسة.") == ()


def test_movements_one_more_claim_after_and_that_is_denied_with_the_first():
    moves = _moves("فنّدت وزارة الدفاع الوطني ما تداولته صفحات، زعم مقدمه أن «رتلاً من الجيش الوطني الشعبي انطلق من جانت ودخل "
                   "مدينة غات الليبية»، وأن «طائرة شحن عسكرية نقلت أسلحة وذخائر من تمنراست إلى مطار غات».")
    assert [_summary(m)[1] for m in moves] == ["denied", "denied"]
    moves = _moves("نفت وزارة الدفاع التركية ما نشرته وسائل إعلام عن نقل خبراء أتراك من قاعدة الوطية إلى مطار غدامس، مؤكدة أن "
                   "مهام قواتها تقتصر على التدريب، وأن سفينة الإنزال التي رست الأحد في ميناء الخمس أنزلت مدربين فقط.")
    assert [_summary(m)[1] for m in moves] == ["denied", "reported"]


def test_movements_a_unit_that_joins_the_force_in_a_town_is_not_that_town_s():
    moves = _moves("قال مصدر عسكري إن «تعزيزات كبيرة من الجيش المصري تحركت فجر اليوم من مرسى مطروح إلى واحة سيوة». وأضاف المصدر "
                   "أن كتيبة دفاع جوي ستتحرك الأسبوع المقبل من الإسكندرية لتنضم إلى القوة في سيوة مروراً بمرسى مطروح.")
    assert [_summary(m)[2] for m in moves] == ["Egyptian army", "Egyptian army"]


def test_movements_a_clip_its_publishers_describe_and_a_ministry_denies_is_denied():
    (move,) = _moves("عرض الإعلامي مقطعاً متداولاً على مواقع التواصل، قال ناشروه إنه يوثق «نقل 300 مرتزق سوري جواً من مطار "
                     "مصراتة إلى قاعدة معيتيقة ليل السبت». غير أن وزارة الدفاع بحكومة الوحدة الوطنية في طرابلس نفت "
                     "الرواية في بيان مقتضب.")
    assert _summary(move)[:5] == ("airlift", "denied", "Syrian mercenaries", ["مطار مصراتة"], ["قاعدة معيتيقة"])


def test_movements_relaying_the_news_moves_nothing():
    moves = _moves("وصلت تعزيزات من جهاز حرس الحدود التابع لحكومة الوحدة الوطنية الليبية، تضم 20 آلية مسلحة، إلى منفذ وازن "
                   "ظهر الأربعاء قادمة من نالوت، حسبما نشرته صفحة «وازن الآن» ونقله المجلس البلدي في وازن.")
    assert [_summary(m)[3:5] for m in moves] == [(["نالوت"], ["منفذ وازن"])]


def test_movements_a_unit_stationed_since_long_ago_does_not_move():
    assert _moves("وأشار إلى أن وحدة أخرى تتمركز منذ أشهر في قاعدة معطن السارة قرب الحدود مع تشاد.") == ()
    (move,) = _moves("أعلن رئيس الوفد أن قوة تابعة لحكومة الوحدة الوطنية تمركزت منذ الأحد في منفذ وازن، بعد أن انتقلت إليه من "
                     "نالوت.")
    assert _summary(move)[3:5] == (["نالوت"], ["منفذ وازن"])


def test_movements_a_unit_that_escorted_a_convoy_moved_with_it():
    (move,) = _moves("وأوضح البيان أن وحدة من اللواء طارق بن زياد، أحد تشكيلات الجيش الوطني الليبي، قوامها 20 آلية، رافقت "
                     "القافلة المؤلفة من 16 شاحنة من سبها إلى مرزق مروراً بغدوة.")
    assert _summary(move) == ("deploy", "reported", "Libyan National Army", ["سبها"], ["مرزق"], ["غدوة"])


def test_movements_a_checkpoint_moved_from_where_it_was_set_up():
    (move,) = _moves("وبالتزامن، نقلت الشرطة العسكرية البوابة الأمنية المقامة عند المدخل الشرقي لطبرق إلى منطقة كمبوت، على بعد "
                     "نحو 50 كيلومتراً.")
    assert _summary(move)[3:5] == (["طبرق"], ["كمبوت"])


def test_movements_what_a_denier_adds_does_not_keep_its_denial_from_the_claim():
    (move,) = _moves("فبرقية تتحدث عن «سحب الوحدات العسكرية من معبر راس اجدير وتسليمه لجهاز حرس الحدود». غير أن الوزارة نفت "
                     "في بيان مقتضب «أي سحب لقواتها من المعبر»، واعتبرت الوثيقة «مزورة»، مضيفة أن «جهات تنظر إلى المشهد من "
                     "هذه الزاوية الضيقة لإرباك الوضع على الحدود مع تونس».")
    assert _summary(move)[:2] == ("withdraw", "denied")


def test_movements_the_reporter_s_journey_told_over_two_sentences_is_one():
    (move,) = _moves("انطلقنا من القطرون قبل الفجر بقليل، في رتل من تسع سيارات رباعية الدفع تابعة للواء 128 معزز. بعد ساعة ونصف "
                     "مررنا بتجرهي، آخر تجمع سكاني قبل الصحراء المفتوحة، ثم بلغنا بعد دقائق قاعدة الويغ.")
    assert _summary(move)[3:5] == (["القطرون"], ["قاعدة الويغ"])


def test_movements_who_claims_a_movement_is_not_its_mover():
    (move,) = _moves("نفى الناطق باسم كتيبة سبل السلام ما يردده الجيش السوداني عن خروج قوافل وقود وسلاح من الكفرة إلى قوات "
                     "الدعم السريع في شمال دارفور.")
    assert _summary(move)[1:3] == ("denied", "Libyan National Army")


def test_movements_detainees_flown_home_in_an_exchange_are_no_forces():
    assert _moves("وتزامنت الجولة مع إتمام صفقة تبادل أفرج بموجبها الطرفان عن 18 محتجزاً، نُقل 11 منهم جواً من مصراتة إلى "
                  "بنغازي بإشراف اللجنة الدولية للصليب الأحمر.") == ()


def test_movements_a_denial_points_back_past_who_speaks_and_an_aside():
    text = ("واتهم نواب حكومة طرابلس بنقل منظومات الدفاع الجوي التركية من قاعدة الوطية إلى مطار مصراتة. "
            "في المقابل، نفى الناطق باسم وزارة الدفاع في حكومة الوحدة الوطنية، في اتصال مع «القدس العربي»، هذه "
            "الرواية. ويقع ميناء السدرة شرق سرت.")
    (move,) = _moves(text)
    assert (move.status, _brief(move)[2:4]) == ("denied", (["قاعدة الوطية"], ["مطار مصراتة"]))
    # the second aside is what the denier denies, not one to step over: the report before stays reported
    (move,) = _moves("وكشف تقرير لوكالة نوفا أن شحنة من الذخائر انطلقت من الكفرة باتجاه دارفور. ونفى المتحدث باسم قوات "
                     "الدعم السريع، في بيان نشره على منصة «إكس»، أي وجود لعناصره على الأراضي الليبية، واصفاً هذه التقارير "
                     "بأنها «فبركات». وفي الكفرة وصل لاجئون.")
    assert move.status == "reported"


def test_movements_a_denial_that_says_which_account_it_denies_does_not_point_back():
    (move,) = _moves("وأضافت أن القيادة قد تدفع بتعزيزات من تمنراست نحو عين قزام «في حال امتدت نشاطات الجماعات المسلحة». "
                     "في المقابل، نفت وزارة الدفاع الوطني، في بيان، «الادعاءات التي روجتها صفحات أجنبية حول توغل وحدات "
                     "جزائرية داخل التراب الليبي باتجاه غات».")[:1]
    assert (move.status, _brief(move)[3]) == ("conditional", ["عين قزام"])


def test_movements_on_the_other_hand_inside_a_clause_does_not_cut_it():
    (move,) = _moves("وأشار إلى أن القيادة العامة حشدت، في المقابل، نحو 30 آلية مسلحة في بن جواد.")
    assert (move.kind, _brief(move)[3]) == ("mobilise", ["بن جواد"])


def test_movements_a_fact_check_denies_the_caption_of_a_clip_that_names_the_places():
    text = ("انتشر منذ صباح الثلاثاء على منصات التواصل مقطع لمدرعات تنزل من سفن إنزال ثم تتحرك في رتل طويل، مع تعليق: "
            "«الجيش المصري نزل في سرت». ونفى مصدر عسكري مصري وجود «أي قوات مصرية داخل الأراضي الليبية».")
    (move,) = _moves(text)
    assert (move.status, move.actor.name, _brief(move)[3]) == ("denied", "Egyptian army", ["سرت"])


def test_movements_a_denial_of_any_foreign_force_answers_a_claim_about_a_foreign_one():
    text = ("تداول مستخدمون مقطعاً مع تعليق يقول: «المعارضة التشادية تتحرك الآن من الجفرة إلى سرت». ونفى الجيش الوطني "
            "الليبي رصد «أي رتل أجنبي» في الجفرة أو سرت.")
    (move,) = _moves(text)
    assert (move.status, move.actor.name, _brief(move)[2:4]) == ("denied", "Chadian armed groups", (["الجفرة"], ["سرت"]))
    # a Libyan force is not 'foreign': the claim stays as it was told
    (move,) = _moves("تداول مستخدمون مقطعاً مع تعليق يقول: «كتائب مصراتة تتحرك الآن من الجفرة إلى سرت». ونفى الجيش الوطني "
                     "الليبي رصد «أي رتل أجنبي» في الجفرة أو سرت.")
    assert move.status == "reported"


def test_movements_no_evidence_of_a_move_denies_it():
    (move,) = _moves("الخلاصة: المقطع قديم وصُوّر خارج ليبيا، ولا دليل على دخول مسلحين تشاديين إلى القطرون.")
    assert (move.status, _brief(move)[3]) == ("denied", ["القطرون"])


def test_movements_publishing_a_clip_again_is_no_movement():
    assert _moves("وأعادت نشر المقطع حسابات من الجزائر وتونس ومصر.") == ()
    (move,) = _moves("وأعادت القيادة العامة نشر الكتيبة 116 في سرت بعد تداول المقطع.")
    assert _brief(move)[3] == ["سرت"]


def test_movements_a_deployment_after_an_again_word_is_a_redeployment_there():
    (move,) = _moves("أعادت القيادة العامة نشر الكتيبة 116 في سرت.")
    assert (move.kind, move.actor.name, _brief(move)[2:4]) == ("redeploy", "Libyan National Army", ([], ["سرت"]))
    (move,) = _moves("فيما أعاد اللواء تموضع سريتين كانتا متمركزتين في العوينات إلى بلدة تهالة.")
    assert (move.kind, _brief(move)[2:4]) == ("redeploy", (["العوينات"], ["تهالة"]))
    (move,) = _moves("أعادت القيادة العامة تموضع كتيبتين كانتا مكلفتين بحماية حقل الشرارة، ونقلتهما إلى محيط الشويرف.")
    assert _brief(move)[2:4] == (["حقل الشرارة"], ["الشويرف"])


def test_movements_a_valley_word_before_a_place_does_not_hide_from():
    (move,) = _moves("نقلت القيادة وحدات مدفعية من وادي جارف إلى محيط قاعدة القرضابية.")
    assert _brief(move)[2:4] == (["جارف"], ["قاعدة القرضابية"])


def test_movements_towns_crossed_on_the_way_are_its_way_when_it_goes_on():
    (move,) = _moves("انطلقت الكتيبة فجر الخميس من قاعدة براك الجوية، وعبرت جرمة والغريفة، ودخلت اوباري مساء الجمعة.")
    assert _brief(move)[2:5] == (["قاعدة براك الجوية"], ["اوباري"], ["جرمة", "الغريفة"])


def test_movements_an_escort_with_its_object_pronoun_moves_the_convoy():
    (move,) = _moves("ومن منفذ وازن رافقه رتل من 30 آلية تابع للمجلس العسكري إلى الزنتان مروراً بنالوت.")
    assert _brief(move)[2:5] == (["منفذ وازن"], ["الزنتان"], ["نالوت"])


def test_movements_an_officer_posted_to_command_is_no_movement_of_forces():
    (move,) = _moves("والسلومي قاد سرية تحركت من طبرق إلى الجغبوب لتأمين الواحة، قبل أن ينتقل عام 2020 إلى الكفرة آمراً للقطاع.")
    assert _brief(move)[2:4] == (["طبرق"], ["الجغبوب"])


def test_movements_i_deny_denies_what_follows():
    (move,) = _moves("لكني أنفي قطعياً أن تكون أي طائرة قد نقلت جنوداً روساً إلى الويغ.")
    assert (move.status, move.actor.name, _brief(move)[3]) == ("denied", "Russian forces", ["الويغ"])


def test_movements_a_claim_said_to_be_untrue_is_denied():
    (move,) = _moves("وأوضح المجلس أن ما ورد في النشرة السابقة عن «دخول مجموعة مسلحة تشادية من 15 سيارة إلى الغريفة» غير صحيح.")
    assert (move.status, _brief(move)[3]) == ("denied", ["الغريفة"])


def test_movements_what_an_escort_escorts_does_not_make_it_no_force():
    (move,) = _moves("وأوضح مصدر في الكتيبة أن رتلاً من 8 آليات رافق السائقين وشاحناتهم من جبل العوينات إلى الكفرة مساء الخميس.")
    assert _brief(move)[2:4] == (["جبل العوينات"], ["الكفرة"])
    assert _moves("رافق الوزير الوفد من طرابلس إلى مصراتة.") == ()


def test_movements_kidnappers_who_flee_across_a_border_move_as_a_force():
    (move,) = _moves("وأضاف أن الخاطفين انسحبوا بسياراتهم جنوباً نحو تشاد.")
    assert (move.kind, _brief(move)[3]) == ("withdraw", ["تشاد"])


def test_movements_by_air_a_few_words_after_the_verb_is_how_it_moves():
    (move,) = _moves("كما نفت ما أوردته صحف إيطالية عن نقل 200 عنصر من مجموعة «فاغنر» جواً من قاعدة الجفرة الجوية إلى "
                     "قاعدة بنينا.")
    assert (move.kind, move.status, move.actor.name, _brief(move)[2:4]) == (
        "airlift", "denied", "Wagner Group", (["قاعدة الجفرة الجوية"], ["قاعدة بنينا"]))
    # not past a comma, to a verb of a relative clause between
    (move,) = _moves("ومن المقرر أن تُنقل عناصر كتيبة «سبل السلام»، التي سارت في العرض بزيها الصحراوي، جواً من قاعدة "
                     "بنينا إلى مطار الكفرة نهاية الأسبوع.")
    assert (move.kind, move.status) == ("airlift", "planned")


def test_movements_an_official_in_an_aside_on_who_told_the_news_does_not_make_it_no_force():
    (move,) = _moves("وأضاف المصدر أن رئاسة الأركان، وفق ما أبلغه به ضابط في ديوان الرئيس محمد إدريس ديبي، تعتزم نقل سرية "
                     "من القوات الخاصة جواً من نجامينا إلى أم جرس مطلع الأسبوع المقبل.")
    assert (move.kind, move.status, _brief(move)[2:4]) == ("airlift", "planned", (["نجامينا"], ["أم جرس"]))


def test_movements_a_convoy_escorted_by_a_named_force_moves_as_that_force():
    (move,) = _moves("وصلت إلى مدينة الكفرة، مساء الثلاثاء، قافلة من 28 شاحنة وقود تابعة لشركة البريقة لتسويق النفط، بعد رحلة "
                     "انطلقت من ميناء البريقة مروراً باجدابيا وجالو، ورافقتها طوال الطريق سرية من كتيبة سبل السلام التابعة "
                     "للجيش الوطني الليبي.")
    assert (move.actor.name, _brief(move)[3:5]) == ("Libyan National Army", (["الكفرة"], ["اجدابيا", "جالو"]))
    (move,) = _moves("وصلت إلى مدينة الكفرة مساء الجمعة قافلة تضم نحو 70 صهريجاً محملاً بالوقود، انطلقت الأربعاء من أجدابيا "
                     "مروراً بجالو، تحت حراسة عربات مسلحة تابعة لكتيبة «سبل السلام».")
    assert move.actor.name == "Libyan National Army"


def test_movements_a_force_named_in_what_the_movers_go_to_do_is_not_the_mover():
    (move,) = _moves("غير أن المسؤول نفسه نفى أن تكون شاحنات وقود تابعة للجيش قد خرجت من الكفرة باتجاه السودان لتزويد قوات "
                     "الدعم السريع، ووصف الاتهام بأنه «كذب مكشوف».")
    assert (move.status, move.actor.name, _brief(move)[2:4]) == ("denied", None, (["الكفرة"], ["السودان"]))  # not RSF


def test_movements_a_force_the_text_does_not_name_as_the_subject_is_not_the_force_told_before():
    text = ("وصلت قوات الجيش الوطني الليبي إلى سبها. وكانت مجموعة مسلحة محلية قد سيطرت على المستودع منذ مطلع الشهر، "
            "قبل أن تسلّمه الأربعاء لشركة البريقة وتنسحب منه إلى حي الطيوري.")
    first, second = _moves(text)
    assert (first.actor.name, second.actor, _brief(second)[3]) == ("Libyan National Army", None, ["حي الطيوري"])
    # gunmen in another clause (أن ...، فيما) leave the force of this one to be read from before
    first, second, third = _moves("وصلت قوات الجيش الوطني الليبي إلى سبها. وذكر سكان أن المسلحين انسحبوا من محيط البلدة "
                                  "باتجاه إدري، فيما سحبت القيادة سرية من قيرة ونشرتها عند المدخل الشرقي لتمزاوة.")
    assert third.actor.name == "Libyan National Army"


def test_movements_a_force_that_will_escort_a_convoy_moves_with_it():
    (move,) = _moves("وقالت رئاسة الأركان إن قوة من 30 آلية سترافق أول قافلة شاحنات من درج إلى غدامس يوم الثلاثاء المقبل.")
    assert (move.status, _brief(move)[2:4]) == ("planned", (["درج"], ["غدامس"]))


def test_movements_a_unit_said_to_come_from_a_town_with_forces_of_its_own_is_that_towns():
    (move,) = _moves("ومع أذان الفجر، وصلت إلى قصر بن غشير أرتال من «القوة المشتركة» القادمة من مصراتة.")
    assert (move.actor.name, _brief(move)[2:4]) == ("Misrata forces", (["مصراتة"], ["قصر بن غشير"]))
    landed, entered = _moves("وبحسب مصادر ليبية، نزلت «القوة المشتركة» القادمة بحراً من مصراتة في ميناء طرابلس مساء الجمعة، ثم "
                             "دخلت تاجوراء.")  # a word between 'coming' and 'from'
    assert (landed.actor.name, entered.actor.name) == ("Misrata forces", "Misrata forces")


def test_movements_an_aside_on_the_force_s_size_does_not_part_the_verb_from_the_town_entered():
    (move,) = _moves("دخلت قوة من مديرية أمن نالوت، تضم 18 سيارة رباعية الدفع ونحو 120 عنصراً، بلدة كاباو صباح الأحد "
                     "قادمة من نالوت.")
    assert _brief(move)[2:] == (["نالوت"], ["كاباو"], [])
    (move,) = _moves("دخلت قوة من الجيش، تضم أكثر من مئة آلية ومئات العناصر من مختلف الكتائب، بلدة كاباو.")
    assert _brief(move)[2:] == ([], ["كاباو"], [])


def test_movements_will_not_return_before_securing_the_road_is_a_condition():
    (move,) = _moves("وقال آمر ميداني إن قواته «لن تعود إلى تمنهنت قبل تأمين الطريق حتى القطرون بالكامل».")
    assert (move.status, [d.text for d in move.destinations]) == ("conditional", ["تمنهنت"])


def test_movements_where_fighters_flee_from_is_not_where_they_go():
    (move,) = _moves("طائرتان نقلتا كتيبة من انجامينا إلى مطار فايا لارجو، في أول رد على عودة مئات المقاتلين من المعارضة "
                     "المسلحة إلى شمال البلاد، هرباً من عمليات الجيش الوطني الليبي في الجنوب الليبي.")
    assert [d.text for d in move.destinations] == ["مطار فايا لارجو"]


def test_movements_strengthening_a_country_s_security_moves_no_force():
    moves = _moves("وحشدت الفصائل التشادية نحو 200 مقاتل في كوري بوقودي. فيما رحبت الكويت، في بيان لوزارة الخارجية، بـ«كل "
                   "جهد يعزز أمن ليبيا واستقرارها ووحدة أراضيها».")
    assert [[d.text for d in move.destinations] for move in moves] == [["كوري بوقودي"]]


def test_movements_civilians_named_in_the_condition_are_not_what_the_force_moves():
    (move,) = _moves("وقال مسؤول أمني إن الوزارة ستدفع بقوة من ترهونة إلى بني وليد «في حال تعرض موظفو المفوضية أو "
                     "مقراتها لأي اعتداء».")
    assert _brief(move)[0::2] == ("conditional", ["ترهونة"], [])
    assert [d.text for d in move.destinations] == ["بني وليد"]


def test_movements_a_named_force_after_that_moves_whatever_civilians_the_sentence_told_of_before():
    (move,) = _moves("وفي الجفرة، أعلنت المفوضية تأجيل الاقتراع في ودان أسبوعاً بعد اعتداء مسلحين على موظف في مركز "
                     "للاقتراع، فيما قال مسؤول أمني إن وحدات من الجيش متمركزة في هون ستنتقل إلى ودان «إذا تكررت "
                     "الاعتداءات أو تعذر فتح المراكز».")
    assert _brief(move)[0::2] == ("conditional", ["هون"], []) and [d.text for d in move.destinations] == ["ودان"]
    assert not _moves("نفى الجيش ما تداولته حسابات عن تحميل ذخائر على سفينة تجارية في مرفأ طرابلس شمالي لبنان، وأكد "
                      "في بيان أن السفينة «أبحرت فارغة إلى مرسين التركية».")


def test_movements_the_group_told_of_before_moves():
    (move,) = _moves("ومن المقرر أن تنتقل المجموعة، الخميس المقبل، من جرمة إلى أوباري لإعادة فتح الطريق المؤدي إلى حقل "
                     "الشرارة.")
    assert _brief(move)[0::2] == ("planned", ["جرمة"], []) and [d.text for d in move.destinations] == ["أوباري"]


def test_movements_planes_named_after_a_time_aside_are_the_subject_of_the_landing():
    (move,) = _moves("حطت بمطار جانت، مساء أمس، طائرتا نقل عسكريتان قادمتان من قاعدة بوفاريك الجوية جنوب غرب الجزائر "
                     "العاصمة، تقلان مفرزة من سلاح الهندسة القتالية.")
    assert (move.kind, [o.text for o in move.origins], [d.text for d in move.destinations]) == (
        "airlift", ["قاعدة بوفاريك الجوية"], ["مطار جانت"])


def test_movements_tents_and_blankets_are_aid_unless_ammunition_goes_with_them():
    moves = _moves("هبطت في مطار سبها، أمس، طائرتا نقل تابعتان للقوة الجوية الكويتية تحملان 40 طناً من الخيام والأغطية "
                   "والمواد الغذائية لمتضرري العاصفة الرملية في وادي الحياة.")
    assert all(d.text != "وادي الحياة" for move in moves for d in move.destinations)  # those the aid is for
    (move,) = _moves("أن قافلة من نحو ثلاثين شاحنة محملة بالوقود والذخيرة والمؤن الغذائية وصلت أمس الأربعاء إلى زوار "
                     "قادمة من فايا لارجو.")
    assert _brief(move)[2:4] == (["فايا لارجو"], ["زوار"])


def test_movements_an_aid_convoy_a_force_will_escort_moves_with_it():
    (move,) = _moves("أعلنت وزارة الدفاع بحكومة الوحدة الوطنية أن سرية من رئاسة الأركان سترافق قافلة من 25 شاحنة إغاثة "
                     "تنطلق الأحد من طرابلس نحو أوباري مروراً بالشويرف.")
    assert _brief(move) == ("planned", ("وزارة الدفاع بحكومة الوحدة الوطنية", "GNA forces"), ["طرابلس"], ["أوباري"],
                            ["الشويرف"])
    moves = _moves("وأضاف أن رتلاً من 10 آليات رافق المحررين من القطرون إلى مطار سبها، حيث نُقلوا على متن طائرة مدنية إلى "
                   "بنغازي لإجراء فحوص طبية.")  # the escort's clause ends before the civilian flight
    assert all(d.text != "بنغازي" for move in moves for d in move.destinations)


def test_movements_a_detachment_is_a_force():
    (move,) = _moves("وأوضح بيان لوزارة الدفاع الوطني أن المفرزة ستتحرك صباح اليوم من جانت إلى معبر تين الكوم.")
    assert _brief(move)[0::2] == ("planned", ["جانت"], [])


def test_movements_guns_and_rocket_launchers_are_a_force():
    (move,) = _moves("وبدأت كتائب من المنطقة العسكرية الوسطى، صباح الثلاثاء، سحب 18 مدفعاً وراجمة من محور الوشكة باتجاه "
                     "مصراته مروراً بأبو قرين.")
    assert _brief(move)[0::2] == ("reported", ["الوشكة"], ["أبو قرين"])


def test_movements_a_general_s_surname_is_no_town_s_forces():
    (move,) = _moves("غير أن عضو اللجنة عن حكومة الوحدة الوطنية، اللواء عبد السلام الزنتاني، قال إن «وحداتنا المتمركزة في "
                     "أبوقرين لن تعود إلى مصراتة إلا إذا انسحبت القوات الأخرى».")
    assert (move.status, move.actor.name) == ("conditional", "GNA forces")


def test_movements_accused_in_turn_is_a_claim_of_its_own_after_a_denial():
    moves = _moves("اتهمت القيادة العامة حكومة الوحدة الوطنية بالدفع بعشرين آلية مسلحة من مصراتة إلى الوشكة ليل السبت، غير "
                   "أن رئاسة الأركان في طرابلس نفت ذلك، ووصفت البيان بأنه «هروب إلى الأمام»، واتهمت بدورها الجيش الوطني "
                   "بحشد 30 آلية في محيط قاعدة القرضابية.")
    assert [move.status for move in moves] == ["denied", "reported"]


def test_movements_fighters_flown_by_a_foreign_craft_are_the_movers():
    (move,) = _moves("وقال العقيد إدريس الفيتوري إن طائرات شحن روسية نقلت خلال الأسبوع الماضي عشرات المقاتلين السوريين من "
                     "قاعدة الخادم إلى قاعدة الجفرة.")
    assert (move.kind, move.actor.name) == ("airlift", "Syrian mercenaries")


def test_movements_commanders_who_threaten_speak_of_their_town_s_battalions():
    moves = _moves("أن يغادر نحو 300 من المقاتلين السودانيين مواقعهم قرب حقل السرير، في أول دفعة من المقاتلين الأجانب "
                   "المنتشرين في الجنوب الليبي.\n\nوهدد قادة ميدانيون في مصراتة بأن كتائبهم «ستتقدم نحو سرت إذا استمرت "
                   "رحلات الشحن إلى الجفرة».")
    assert [(move.status, move.actor.name) for move in moves][-1] == ("conditional", "Misrata forces")


def test_movements_a_demand_before_an_aside_is_no_movement():
    assert not _moves("وكان وزراء خارجية دول الجوار قد طالبوا، في اجتماعهم الأخير في الجزائر العاصمة، بخروج جميع القوات "
                      "الأجنبية والمرتزقة «دون إبطاء».")


def test_movements_what_happened_after_bahdama_is_another_clause():
    (move,) = _moves("تعتزم موسكو نقل مروحيات هجومية من قاعدة حميميم إلى القرضابية الشهر المقبل، بعدما تقلص هامش عملها في "
                     "سوريا.")
    assert [d.text for d in move.destinations] == ["القرضابية"]


def test_movements_a_ship_that_landed_them_is_a_naval_landing():
    moves = _moves("وتتزامن هذه التحركات مع وصول دفعة جديدة من المدربين العسكريين الروس، بعدما أنزلتهم سفينة قادمة من "
                   "طرطوس في ميناء طبرق الليبي الشهر الماضي.")
    assert [(m.kind, [o.text for o in m.origins], [d.text for d in m.destinations]) for m in moves] == [
        ("naval_landing", ["طرطوس"], ["ميناء طبرق"])]


def test_movements_since_its_intervention_is_no_advance():
    moves = _moves("فيما تواصل أنقرة تعزيز حضورها العسكري في غرب ليبيا منذ تدخلها لصد هجوم قوات حفتر على العاصمة عام 2019.")
    assert all(d.text != "أنقرة" for move in moves for d in move.destinations)


def test_movements_a_place_said_to_lie_on_a_road_between_towns_is_where_it_lies():
    (move,) = _moves("حشدت مجموعات مسلحة عشرات الآليات في منطقة الماية، الواقعة على الطريق الساحلي بين جنزور والزاوية.")
    assert [d.text for d in move.destinations] == ["الماية"]


def test_movements_planes_named_after_a_dual_time_phrase_are_the_subject_of_the_landing():
    (move,) = _moves("وحطت في مطار مصراتة خلال اليومين الماضيين 4 طائرات شحن عسكرية تركية قادمة من قونية، حملت مدرعات.")
    assert (move.kind, _brief(move)[2:4]) == ("airlift", (["قونية"], ["مطار مصراتة"]))


def test_movements_what_a_withdrawal_waits_for_as_soon_as_is_no_movement():
    (move,) = _moves("قال آمر كتيبة «سبل السلام» إن قواته «ستنسحب من جبل العوينات إلى الكفرة بمجرد أن تعود قوات الدعم السريع "
                     "إلى ما وراء الحدود مع السودان».")
    assert (move.status, _brief(move)[2:4]) == ("conditional", (["جبل العوينات"], ["الكفرة"]))


def test_movements_and_it_commented_opens_what_is_said():
    (move,) = _moves("وكانت صفحة بلدية زواره قد نشرت صوراً لرتل تابع لوزارة الداخلية في حكومة الوحدة الوطنية، قالت إنه «انطلق "
                     "من الزاوية ووصل إلى معبر راس اجدير مروراً بزواره»، وعلقت بلهجة محلية: «الرتل فات من زواره الصبح».")
    assert _brief(move)[2:] == (["الزاوية"], ["راس اجدير"], ["زواره"])


def test_movements_will_not_withdraw_before_returning_the_fugitives_is_a_condition():
    (move,) = _moves("وأكد مصدر عسكري أن الوحدات «لن تنسحب من شحات والبيضاء قبل إعادة آخر الفارين إلى السجن».")
    assert (move.status, [o.text for o in move.origins]) == ("conditional", ["شحات", "البيضاء"])


def test_movements_planes_named_after_a_planned_landing_land_as_planned():
    (move,) = _moves("ومن المنتظر أن تحط بمطار جانت نهاية الأسبوع طائرتا نقل عسكريتان قادمتان من قاعدة بوفاريك الجوية، على "
                     "متنهما معدات اتصال.")
    assert (move.kind, move.status, _brief(move)[2:4]) == ("airlift", "planned", (["قاعدة بوفاريك الجوية"], ["مطار جانت"]))


def test_movements_who_supervises_is_another_clause():
    (move,) = _moves("للمشاركة في تدريب مشترك مع وحدات من الجيش الوطني الليبي وصلت من الجفرة قبل يومين، بإشراف مدربين من "
                     "القيادة الأمريكية في أفريقيا «أفريكوم» وخبراء إيطاليين.")
    assert _brief(move)[2:4] == (["الجفرة"], [])


def test_movements_units_that_have_arrived_and_will_not_advance_set_out_from_where_they_arrived():
    (move,) = _moves("وقال مصدر عسكري إن الوحدات الواصلة إلى بن قردان «لن تتقدم نحو الحدود مع ليبيا إلا إذا امتدت "
                     "المواجهات إلى محيط المعبر».")
    assert (move.status, _brief(move)[2:4]) == ("conditional", (["بن قردان"], ["الحدود مع ليبيا"]))


def test_movements_what_a_force_refused_in_a_relative_aside_is_not_the_move_s_status():
    (move,) = _moves("وأضاف أن نحو 200 من مقاتلي «فاغنر» السابقين، الذين رفضوا الانضمام إلى الفيلق، «لن يغادروا سرت نحو "
                     "الجفرة إلا إذا تسلمت اللجنة العسكرية المشتركة 5+5 مواقعهم داخل المدينة».")
    assert (move.status, move.actor.name, _brief(move)[2:4]) == ("conditional", "Wagner Group", (["سرت"], ["الجفرة"]))


def test_movements_who_was_held_before_while_is_not_what_the_boats_land():
    (move,) = _moves("وطوّقت قوة من رئاسة الأركان مزرعة كان المختطفون محتجزين فيها، فيما أنزلت زوارق تابعة لخفر السواحل "
                     "عناصر على شاطئ أبو كماش.")
    assert (move.kind, _brief(move)[3]) == ("naval_landing", ["أبو كماش"])


def test_movements_a_headline_moving_jets_to_a_town_is_told_again_as_the_move_to_its_air_base():
    text = ("صور أقمار صناعية: «الفيلق الأفريقي» ينقل مقاتلات من الجفرة إلى براك\n\nلندن - «القدس العربي»:\n\n"
            "أظهرت صور التقطتها أقمار صناعية تجارية، انتقال أربع مقاتلات من طراز «ميغ-29» وطائرة نقل من قاعدة الجفرة "
            "الجوية إلى قاعدة براك الجوية في وادي الشاطئ.")
    (move,) = _moves(text)
    assert _brief(move)[2:4] == (["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"])


def test_movements_a_headline_moving_to_a_town_is_not_a_body_move_from_an_air_base_near_it():
    text = ("يوم وصلت دبابات القذافي إلى مشارف بنغازي\n\n"
            "دفع الجيش الوطني الليبي، الثلاثاء، بتعزيزات من قاعدة بنينا الجوية إلى اجدابيا.")
    assert [_brief(m)[2:4] for m in _moves(text)] == [([], ["بنغازي"]), (["قاعدة بنينا الجوية"], ["اجدابيا"])]


def test_movements_what_diplomats_expect_if_the_ceasefire_collapses_is_a_conditional_movement():
    (move,) = _moves("فإذا انهار وقف إطلاق النار، يرجح دبلوماسيون أن تنقل أنقرة جواً مقاتلين سوريين من شمال سوريا إلى "
                     "طرابلس خلال أيام، ما لم تتحرك واشنطن لمنع ذلك.")
    assert (move.kind, move.status, _brief(move)[2:4]) == ("airlift", "conditional", (["شمال سوريا"], ["طرابلس"]))


def test_movements_another_plan_after_provided_that_is_its_own_movement_though_it_ends_in_the_same_port():
    landing, voyage = _moves("وتعتزم القوات التركية إنزال وحدة من مشاة البحرية في ميناء الخمس الشهر المقبل، على أن تبحر قبلها "
                             "سفينة تحمل مدرعات وذخائر من مرسين إلى ميناء الخمس نفسه.")
    assert [_brief(m)[2:4] for m in (landing, voyage)] == [([], ["ميناء الخمس"]), (["مرسين"], ["ميناء الخمس"])]


def test_movements_a_force_or_battalion_with_its_owner_s_pronoun_is_a_force():
    (move,) = _moves("فمنذ أن سحبت وزارة الداخلية بحكومة الوحدة الوطنية قوتها من رأس جدير إلى زوارة قبل أسبوعين، يعيش "
                     "الجانب الليبي من المعبر فراغاً أمنياً.")
    assert (move.kind, _brief(move)[2:4]) == ("withdraw", (["رأس جدير"], ["زوارة"]))
    (move,) = _moves("نقلت القيادة كتيبتها من سبها إلى أوباري.")
    assert _brief(move)[2:4] == (["سبها"], ["أوباري"])


def test_movements_a_unit_transferred_from_a_town_past_its_three_word_name_moves():
    (move,) = _moves("ومن المنتظر أن تُحوَّل كتيبة مشاة ميكانيكية من برج عمر إدريس إلى إليزي مطلع الشهر المقبل.")
    assert (move.status, _brief(move)[2:4]) == ("planned", (["برج عمر إدريس"], ["إليزي"]))


def test_movements_a_unit_to_fight_drugs_is_a_force_not_a_drug_shipment():
    (move,) = _moves("قالت رئاسة الأركان التابعة لحكومة الوحدة الوطنية إنها تعتزم نقل «وحدة متخصصة في مكافحة المخدرات» "
                     "جواً من قاعدة معيتيقة إلى مطار غات الأسبوع المقبل.")
    assert (move.kind, move.status, _brief(move)[2:4]) == ("airlift", "planned", (["قاعدة معيتيقة"], ["مطار غات"]))
    assert not _moves("وأعلن جهاز مكافحة الهجرة غير الشرعية ضبط 85 مهاجراً من السودان وتشاد عبروا الصحراء نحو الكفرة.")


def test_movements_a_company_of_the_force_massed_in_a_town_sets_out_from_it():
    (move,) = _moves("موضحاً أن سرية من القوة المحتشدة في أوباري ستنتقل الأسبوع المقبل إلى حقل الفيل لتأمينه.")
    assert (move.status, _brief(move)[2:4]) == ("planned", (["أوباري"], ["حقل الفيل"]))


def test_movements_in_a_move_that_a_source_describes_opens_another_clause():
    (move,) = _moves("دخل رتل من الجيش الوطني الليبي بلدة درج قادماً من الشويرف، في خطوة قال مصدر عسكري في بنغازي إنها "
                     "تستهدف تأمين الطرق.")
    assert _brief(move)[2:4] == (["الشويرف"], ["درج"])


def test_movements_to_take_the_place_of_another_ship_is_a_purpose_not_a_destination():
    (move,) = _moves("أعلنت قيادة العملية البحرية الأوروبية «إيريني» أن الفرقاطة اليونانية «بسارا» أبحرت فجر الثلاثاء من "
                     "قاعدة سودا البحرية متجهة إلى المياه الدولية قبالة بنغازي، لتحل محل الفرقاطة الإيطالية التي أنهت "
                     "مهمتها قبالة درنة.")
    assert _brief(move)[2:4] == (["قاعدة سودا البحرية"], ["بنغازي"])


def test_movements_reinforcements_from_its_barracks_in_a_town_set_out_from_that_town():
    (move,) = _moves("دفعت وحدات الجيش الوطني، فجر أمس الثلاثاء، بتعزيزات من ثكنتها في تطاوين إلى مدينة الذهيبة.")
    assert _brief(move)[2:4] == (["تطاوين"], ["الذهيبة"])


def test_movements_the_furthest_point_at_the_border_triangle_describes_the_destination():
    (move,) = _moves("تعتزم وزارة الدفاع الوطني نقل سرية إضافية من رمادة إلى برج الخضراء، أقصى نقطة في البلاد عند المثلث "
                     "الحدودي مع الجزائر وليبيا، خلال الأيام القليلة القادمة.")
    assert _brief(move)[2:4] == (["رمادة"], ["برج الخضراء"])


def test_movements_a_force_made_the_sentence_s_topic_by_as_for_moves_in_what_is_said_of_it():
    (move,) = _moves("أما المسلحون السودانيون الذين يخيمون قرب ودان منذ أشهر، فقال وسيط محلي إنهم «لن يغادروا نحو الحدود "
                     "مع السودان إلا بعد تسلم مستحقاتهم المتأخرة».")
    assert (move.status, move.actor.name, _brief(move)[3]) == (
        "conditional", "Sudanese armed groups", ["الحدود مع السودان"])
    assert not _moves("أما المقطع الثاني فيُظهر رتلاً طويلاً من العربات العسكرية يخرج من مدينة صحراوية.")


def test_movements_will_not_leave_before_dismantling_the_gang_is_a_condition():
    (move,) = _moves("وأضاف العلاقي أن القوة «لن تغادر إدري قبل تفكيك العصابة بالكامل».")
    assert (move.status, _brief(move)[2]) == ("conditional", ["إدري"])


def test_movements_a_company_that_joined_the_column_in_a_town_is_not_the_town_s_armed_group():
    moves = _moves("عبر رتل من الجيش الوطني الليبي الطريق الصحراوي من قاعدة براك الجوية إلى الشويرف. وأضافت المصادر أن "
                   "سرية من «الكتيبة 116» قدمت من إدري وانضمت إلى الرتل في براك الشاطئ قبل انطلاقه.")
    assert all(m.actor is None or not m.actor.name.startswith("Armed groups in") for m in moves)


def test_movements_and_it_confirmed_opens_what_is_said_after_a_denied_move():
    (move,) = _moves("فقد نفت موسكو ما نشرته صحف غربية عن سحب عناصر «فاغنر» من قاعدة الجفرة نحو براك، وأكدت سفارتها أن "
                     "«لا وجود لقوات روسية في ليبيا أصلاً».")
    assert (move.status, _brief(move)[2:4]) == ("denied", (["قاعدة الجفرة"], ["براك"]))


def test_movements_the_craft_aboard_which_a_load_moves_carries_the_same_move():
    (move,) = _moves("ونقلت «الأنباء» عن مصدر عسكري ليبي أن جزءاً من المعدات سيُنقل لاحقاً من القرضابية على متن طائرات شحن "
                     "من طراز «إليوشن-76» إلى باماكو.")
    assert (move.kind, move.status, _brief(move)[2:4]) == ("airlift", "planned", (["القرضابية"], ["باماكو"]))


def test_movements_in_exchange_for_opens_another_clause():
    (move,) = _moves("وتنص الوثيقة على أن تنتقل سرية من الرتل خلال أسبوع من بني وليد إلى القريات، مقابل بقاء قوات الجيش "
                     "الوطني الليبي في الشويرف.")
    assert _brief(move)[2:4] == (["بني وليد"], ["القريات"])


def test_movements_moved_vehicles_is_a_movement():
    (move,) = _moves("قال آمر المنطقة العسكرية الوسطى التابعة لحكومة «الوحدة» الليبية، اللواء عمر السرتي، إن قواته «حرّكت فجر "
                     "الجمعة 50 آلية من مصراتة إلى أبوقرين عبر تاورغاء، ووصلت قبل الظهر من دون أي احتكاك».")
    assert (move.actor.name, _brief(move)[2:]) == ("GNA forces", (["مصراتة"], ["أبوقرين"], ["تاورغاء"]))


def test_movements_crossing_the_border_and_reaching_a_town_is_one_move_through_the_border():
    (move,) = _moves("في المقابل، نفت قوات الدعم السريع ما تداولته حسابات ليبية عن عبور مجموعة تابعة لها الحدود مع ليبيا "
                     "ووصولها إلى مشارف الكفرة الأسبوع الماضي.")
    assert (move.status, _brief(move)[2:]) == ("denied", ([], ["الكفرة"], ["الحدود مع ليبيا"]))


def test_movements_the_nationality_of_accounts_is_not_the_army_s():
    (move,) = _moves("وعن تقارير نشرتها حسابات سودانية عن حشد الجيش مئات المقاتلين في قاعدة معطن السارة تمهيداً لعبور "
                     "الحدود، قال العبيدي إنها «كاذبة».")
    assert move.actor is None or move.actor.name != "Sudanese army"


def test_movements_someone_s_units_from_the_city_are_not_the_city_s_armed_groups():
    (move,) = _moves("صبراتة: نفى آمر منطقة الساحل الغربي العسكرية ما تداولته صفحات على فيسبوك عن انسحاب وحداته من المدينة نحو "
                     "العجيلات ليلاً.")
    assert move.actor is None or not move.actor.name.startswith("Armed groups in")


def test_movements_a_force_a_headline_says_is_not_there_is_not_the_one_that_moves_next():
    (move,) = _moves("قافلة الأسبوع تعبر الصحراء بحراسة عسكرية.. و«لا مقاتلين سودانيين» قرب جادو\n\n"
                     "وصلت إلى ديركو، ظهر الأحد، القافلة التجارية الأسبوعية المؤلفة من 86 شاحنة، ترافقها وحدة من الجيش "
                     "النيجري، بعد أن غادرت أغاديز قبل أربعة أيام.")
    assert _summary(move)[2:5] == ("Nigerien army", ["أغاديز"], ["ديركو"])


def test_movements_a_force_s_owner_after_what_it_is_does_not_hide_the_town_it_entered():
    (move,) = _moves("دخلت قوة فض نزاع تابعة لرئاسة أركان المنطقة العسكرية الساحل الغربي، قوامها 50 آلية، مساء الثلاثاء مدينة "
                     "جنزور غربي طرابلس، قادمة من الزاوية مروراً بالماية.")
    assert _brief(move)[2:] == (["الزاوية"], ["جنزور"], ["الماية"])


def test_movements_another_battalion_leaves_the_camp_named_after_it():
    (move,) = _moves("ومن المقرر، بحسب المصدر ذاته، أن تغادر كتيبة أخرى معسكر التكبالي إلى سيدي السايح جنوب العاصمة قبل "
                     "نهاية الشهر.")
    assert (move.status, *_brief(move)[2:4]) == ("planned", ["معسكر التكبالي"], ["سيدي السايح"])


def test_movements_a_move_told_after_where_goes_to_the_place_before_it():
    moves = _moves("وقال مصدر إن أول دورية مشتركة ستنطلق الأحد المقبل من ماداما نحو معبر تومو، حيث يُنتظر أن تلتقي بوحدة "
                   "من الجيش الوطني الليبي ستصل من قاعدة الويغ، تطبيقاً لمذكرة تفاهم.")
    assert [_brief(m)[2:4] for m in moves] == [(["ماداما"], ["تومو"]), (["قاعدة الويغ"], ["تومو"])]  # the crossing, by its name
    (move,) = _moves("وتُنقل عبر خط أنابيب إلى مجمع مليتة غرب طرابلس، حيث يُنتظر أن تُنزل زوارق تابعة لحكومة الوحدة الوطنية "
                     "الأسبوع المقبل 40 عنصراً من مشاة البحرية قادمين من قاعدة أبوستة البحرية لتأمين مرافئ التصدير.")
    assert (move.status, *_brief(move)[2:4]) == ("planned", ["قاعدة أبوستة البحرية"], ["مجمع مليتة"])


def test_movements_a_move_after_where_with_its_own_way_on_does_not_go_to_the_place_before():
    (move,) = _moves("انطلقت المناورة في الصحراء الغربية، حيث تحركت مجموعة قتال مدرعة من قاعدة محمد نجيب العسكرية، ووصلت "
                     "إلى ميادين الرماية في سيدي براني.")
    assert _brief(move)[2:4] == (["قاعدة محمد نجيب العسكرية"], ["سيدي براني"])


def test_movements_the_force_of_a_future_verb_goes_back_with_the_verb_joined_to_it():
    (move,) = _moves("قال آمر الكتيبة إن قواته «ستنسحب من محيط حقل الفيل وتعود إلى ثكناتها في أوباري بمجرد استئناف "
                     "الإنتاج».")
    assert (move.status, *_brief(move)[2:4]) == ("conditional", ["حقل الفيل"], ["أوباري"])


def test_movements_a_verb_with_no_status_of_its_own_after_a_border_crossed_is_the_same_move():
    (move,) = _moves("والمعادلة بسيطة: إذا اختُرق الخط، فإن وحدات الجيش المصري ستعبر الحدود مع ليبيا وتتقدم حتى سرت "
                     "والجفرة.")
    assert (move.status, *_brief(move)[2:]) == ("conditional", [], ["سرت", "الجفرة"], ["الحدود مع ليبيا"])


def test_movements_a_squadron_that_took_off_and_landed_after_about_three_hours_is_one_airlift():
    (move,) = _moves("أقلع سرب من ست مروحيات تابع لسلاح الجو في الجيش الوطني الليبي من قاعدة بنينا الجوية صباح الاثنين، وهبط "
                     "بعد نحو ثلاث ساعات في قاعدة جمال عبدالناصر الجوية جنوب طبرق، بعد توقف قصير للتزود بالوقود في مطار "
                     "الأبرق.")
    assert _summary(move) == ("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"],
                              ["قاعدة جمال عبدالناصر الجوية"], ["مطار الأبرق"])


def test_movements_about_a_year_after_something_else_is_another_clause():
    (move,) = _moves("ويأتي وصول السفينة إلى طبرق بعد نحو عام ونصف من تقليص موسكو وجودها العسكري بسوريا.")
    assert _brief(move)[2:4] == ([], ["طبرق"])


def test_movements_the_nationality_of_an_airport_is_not_the_force_that_lands_there():
    moves = _moves("غادر المقاتلون السوريون قاعدة معيتيقة على متن طائرتين هبطتا بعد نحو ثلاث ساعات في مطار غازي عنتاب "
                   "التركي.")
    assert all(m.actor is None or m.actor.text != "التركي" for m in moves)


def test_movements_a_company_that_stays_in_a_town_and_will_not_move_sets_out_from_it():
    (move,) = _moves("وأضاف أن سرية من الكتيبة ستبقى في إجدابيا احتياطاً، و«لن تتحرك إلى سرت إلا إذا طلبت غرفة العمليات ذلك».")
    assert (move.status, *_brief(move)[2:4]) == ("conditional", ["إجدابيا"], ["سرت"])
    (move,) = _moves("انطلق رتل من فايا لتعزيز الحامية المتمركزة في زوار، ووصل إليها ليلاً.")
    assert _brief(move)[2:4] == (["فايا"], ["زوار"])


def test_movements_the_grand_harbour_in_a_city_is_where_a_boat_sailed_from():
    (move,) = _moves("وصل زورق الدورية إلى ميناء طرابلس بعد إبحار استغرق نحو 18 ساعة من الميناء الكبير في فاليتا.")
    assert _brief(move)[2:4] == (["فاليتا"], ["ميناء طرابلس"])
    moves = _moves("سيطرت عناصر من جهاز دعم الاستقرار على ميناء طرابلس البحري، بعدما تحركت نحو 50 آلية من معسكرات الجهاز في "
                   "أبو سليم.\n\nومن المقرر أن تنسحب عناصر الجهاز من الميناء إلى معسكراتها في أبو سليم خلال 48 ساعة.")
    assert _brief(moves[-1])[2:4] == (["ميناء طرابلس البحري"], ["أبو سليم"])  # not past 'to': the port named before


def test_movements_and_it_is_planned_after_a_comma_opens_another_plan():
    moves = _moves("وأوضح الضابط أن سفينة إنزال تابعة للقوات البحرية نقلت، أمس، كتيبة مشاة من ميناء طبرق إلى ميناء سرت، ومن "
                   "المقرر أن تواصل الكتيبة طريقها براً إلى سبها مروراً بالجفرة خلال 48 ساعة.")
    assert [(m.status, *_brief(m)[2:]) for m in moves] == [
        ("reported", ["ميناء طبرق"], ["ميناء سرت"], []), ("planned", ["ميناء سرت"], ["سبها"], ["الجفرة"])]
    (move,) = _moves("وأشار إلى أن نحو 200 مقاتل آخرين تجمعوا منذ الخميس في واحة ربيانة، ومن المقرر أن تنقلهم طائرتا شحن "
                     "الأسبوع المقبل.")
    assert (move.status, *_brief(move)[2:4]) == ("reported", [], ["واحة ربيانة"])


def test_movements_trucks_that_join_a_column_go_where_it_went_not_where_it_might_go():
    moves = _moves("وصل رتل من كتائب مصراتة إلى مدينة زليتن مساء الأحد. وقال آمر الرتل إن قواته «لن تتحرك من زليتن جنوباً نحو "
                   "بني وليد إلا إذا انقضت المهلة». ولحقت بالرتل صباح الاثنين ست شاحنات محملة بالذخيرة انطلقت من مصراتة "
                   "ووصلت إلى زليتن قبيل الظهر.")
    assert [(m.status, *_brief(m)[2:4]) for m in moves][-1] == ("reported", ["مصراتة"], ["زليتن"])


def test_movements_a_force_in_a_place_before_to_sets_out_from_it():
    (move,) = _moves("ستدفع القيادة العامة بقوة من حرس المنشآت النفطية في حقل السرير إلى قاعدة معطن السارة.")
    assert _brief(move)[2:4] == (["حقل السرير"], ["قاعدة معطن السارة"])
    (move,) = _moves("أنزلت سفينة حربية روسية في ميناء طبرق نحو مئتي عسكري ومعدات ثقيلة.")
    assert _brief(move)[2:4] == ([], ["ميناء طبرق"])  # 'about' two hundred, no direction


def test_movements_the_take_off_of_planes_is_an_airlift_from_where_they_took_off():
    moves = _moves("أظهرت مواقع رصد الطيران هبوط طائرتي شحن روسيتين في قاعدة القرضابية بعد إقلاعهما من قاعدة الخادم.")
    assert [_brief(m)[2:4] for m in moves] == [(["قاعدة الخادم"], ["قاعدة القرضابية"])]


def test_movements_we_will_not_go_back_is_a_movement_but_we_come_back_to_the_story_is_not():
    (move,) = _moves("وأضاف الحاسي: «لن نعود إلى سبها قبل أن يُعاد فتح مطار غات أمام الرحلات المدنية».")
    assert (move.status, *_brief(move)[2:4]) == ("conditional", [], ["سبها"])
    assert _moves("س: نعود إلى التقارير التي تحدثت عن إغلاق مطار غات؟") == ()


def test_movements_ambulances_in_an_aside_do_not_stop_a_column_on_its_way():
    (move,) = _moves("تحركنا من قاعدة بنينا عند السادسة من صباح الاثنين مع رتل من 35 آلية تابعة للجيش الوطني الليبي، بينها "
                     "مدافع ميدان محمولة وعربات إسعاف، في طريقه إلى طبرق لتعزيز حامية المدينة.")
    assert _summary(move)[2:5] == ("Libyan National Army", ["قاعدة بنينا"], ["طبرق"])
    assert _moves("ضبطت دورية بحرية ناقلة صغيرة قبالة صبراتة كانت تحمل نحو 800 ألف لتر من الوقود المهرب في طريقها إلى "
                  "مالطا.") == ()


def test_movements_to_be_closer_to_somewhere_is_no_destination():
    (move,) = _moves("تعتزم القوات الروسية نقل جزء من عناصرها المتمركزين في قاعدة الجفرة الجوية إلى قاعدة براك الجوية خلال "
                     "الأسابيع المقبلة، لتكون أقرب إلى الحقول النفطية في الجنوب الغربي.")
    assert _brief(move)[2:4] == (["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"])


def test_movements_a_place_in_an_aside_about_the_force_s_members_is_not_where_it_goes():
    (move,) = _moves("في المقابل، نفت وزارة الداخلية ما أوردته مواقع إخبارية عن «تجميع مقاتلين أجانب في غدامس»، بينهم شبان جرى "
                     "تجنيدهم في مدينة طرابلس اللبنانية.")
    assert (move.status, *_brief(move)[2:4]) == ("denied", [], ["غدامس"])
    (move,) = _moves("وصلت إلى منطقة أبوقرين قافلة عسكرية تضم نحو 60 آلية، بينها مدرعات تركية الصنع، قادمة من مصراته عبر الطريق "
                     "الساحلي.")
    assert _brief(move)[2:4] == (["مصراته"], ["أبوقرين"])


def test_movements_two_battalions_in_the_construct_form_are_a_force():
    (move,) = _moves("سحبت رئاسة الأركان كتيبتي مشاة من محور الوشكة إلى معسكراتهما في مصراتة مروراً بأبوقرين.")
    assert (move.kind, *_brief(move)[2:]) == ("withdraw", ["الوشكة"], ["مصراتة"], ["أبوقرين"])


def test_movements_the_stores_of_a_town_are_where_a_shipment_goes():
    (move,) = _moves("نقلت شاحنات عسكرية ذخائر من قاعدة بنينا الجوية إلى مخازن الرجمة.")
    assert _brief(move)[2:4] == (["قاعدة بنينا الجوية"], ["الرجمة"])


def test_movements_a_ship_s_quoted_name_does_not_hide_the_ship():
    (move,) = _moves("وكانت سفينة الإنزال الروسية «إيفان غرين» قد أبحرت من طرطوس في 20 كانون الثاني.")
    assert (move.kind, *_brief(move)[2:4]) == ("naval_landing", ["طرطوس"], [])


def test_movements_passing_off_a_coast_is_on_the_way():
    (move,) = _moves("أبحرت السفينة من طرطوس، ومرّت قبالة شاطئ طرابلس اللبنانية، قبل أن تُنزل 120 عنصراً في ميناء طبرق.")
    assert _brief(move)[2:] == (["طرطوس"], ["ميناء طبرق"], ["طرابلس"])


def test_movements_people_who_travelled_by_air_are_no_force():
    assert _moves("فمنذ مطلع العام سافر عشرات منهم جواً من بيروت إلى بنغازي، ليُنقلوا براً إلى مخازن قرب طبرق.") == ()


def test_movements_sailing_from_a_port_to_land_a_company_elsewhere_is_one_move():
    (move,) = _moves("وأضاف المكتب أن سفينة ثالثة قد تبحر من ميناء طبرق لإنزال سرية إضافية في ميناء السدرة «إذا استمرت "
                     "التهديدات».")
    assert (move.kind, move.status, *_brief(move)[2:4]) == ("naval_landing", "conditional", ["ميناء طبرق"], ["ميناء السدرة"])


def test_movements_a_power_station_s_town_is_where_a_force_goes_and_power_lines_move_nothing():
    (move,) = _moves("دفع الجيش الوطني الليبي، أمس الاثنين، بكتيبة مشاة من بنغازي إلى محطة طبرق البخارية، مروراً بالمرج والقبة، "
                     "بعد تعرض خط نقل الطاقة بين المحطة ومدينة درنة لعمليتي تخريب.")
    assert _brief(move)[2:] == (["بنغازي"], ["طبرق"], ["المرج", "القبة"])
    (move,) = _moves("تنقل رئاسة الأركان شحنة من 12 مدرعة من مصراته إلى محطة الخمس البخارية عبر زليتن.")
    assert _brief(move)[2:] == (["مصراته"], ["الخمس"], ["زليتن"])


def test_movements_a_force_that_sets_out_to_retake_a_town_goes_there():
    (move,) = _moves("قال قائد ميداني إن قواته «ستتحرك خلال أيام من وادي هور لاستعادة المالحة».")
    assert (move.status, *_brief(move)[2:4]) == ("planned", ["وادي هور"], ["المالحة"])


def test_movements_the_government_an_office_belongs_to_is_not_where_its_battalions_go():
    (move,) = _moves("من المقرر أن ترسل رئاسة الأركان في حكومة الوحدة الوطنية في طرابلس كتيبتين من مصراتة إلى أبوقرين.")
    assert _brief(move)[2:4] == (["مصراتة"], ["أبوقرين"])


def test_movements_an_item_headline_in_a_digest_is_not_a_second_movement():
    moves = _moves("ليبيا.. في سطور\n\nأنقرة تنفي إنزال قوات في الخمس\nأنقرة - «الأيام»: نفت وزارة الدفاع التركية تقارير "
                   "عن إنزال مشاة بحرية تركية في ميناء الخمس شرق طرابلس.\n\nسرية إلى ترهونة الأسبوع المقبل\n"
                   "طرابلس - «الأيام»: تعتزم رئاسة الأركان إعادة تمركز سرية من معسكرها في طرابلس إلى ترهونة.")
    assert [(m.status, _brief(m)[3]) for m in moves] == [("denied", ["ميناء الخمس"]), ("planned", ["ترهونة"])]


def test_movements_a_force_and_its_nationality_before_the_verb_name_the_movers_not_their_partner():
    (move,) = _moves("وقال مصدر محلي إن المدرعات المصرية عبرت منفذ امساعد باتجاه البردي.")
    assert _brief(move)[1:] == (("المدرعات المصرية", "Egyptian army"), [], ["البردي"], ["منفذ امساعد"])
    (move,) = _moves("وقال إن المدرعات المصرية انطلقت من طبرق نحو البردية.")
    assert _brief(move)[1] == ("المدرعات المصرية", "Egyptian army")
    (move,) = _moves("وقال إن دوريات مشتركة مع المدرعات المصرية انطلقت من طبرق نحو البردية.")
    assert _brief(move)[1:4] == (None, ["طبرق"], ["البردية"])


def test_movements_a_move_a_guest_asks_about_or_calls_recycled_talk_is_denied():
    (move,) = _moves("سجال على الهواء حول الحدود الشرقية\n\nالترهوني: «لماذا لا نتحدث عن المدرعات المصرية التي عبرت منفذ "
                     "امساعد الأسبوع الماضي باتجاه البردي؟»\n\nالإسكندراني: «هذا كلام مرسل. لم يعبر جندي مصري واحد "
                     "الحدود».")
    assert _brief(move) == ("denied", ("المدرعات المصرية", "Egyptian army"), [], ["البردي"], ["منفذ امساعد"])
    (move,) = _moves("البرعصي: «المعلومات تقول إن طائرات شحن نقلت الشهر الماضي مئات المرتزقة السوريين من مطار غازي عنتاب "
                     "إلى مطار مصراتة».\n\nأوغلو: «هذا كلام يُعاد تدويره منذ 2020! لم تُقلع أي رحلة من هذا النوع».")
    assert (move.kind, *_brief(move)[:4]) == ("airlift", "denied", ("المرتزقة السوريين", "Syrian mercenaries"),
                                              ["مطار غازي عنتاب"], ["مطار مصراتة"])


def test_movements_what_is_planned_is_planned_and_a_bare_army_is_no_town_s_brigades():
    (move,) = _moves("وقال: «ما هو مقرر فعلاً تمرين إنزال بحري مشترك على شاطئ القره بوللي في مايو، تشارك فيه سفن تنطلق من "
                     "قاعدة أكساز البحرية».")
    assert (move.kind, move.status, *_brief(move)[2:4]) == ("naval_landing", "planned", ["قاعدة أكساز البحرية"],
                                                            ["القره بوللي"])
    first, second = _moves("خرجت كتائب مصراتة إلى تاورغاء. وقال العميد إنه إذا نزل جندي تركي واحد هناك فستتقدم وحدات "
                           "الجيش من سرت نحو أبوقرين.")
    assert first.actor.name == "Misrata forces" and second.actor == Actor("الجيش", "Libyan National Army")


def test_movements_a_condition_answered_by_the_next_verb_is_that_verb_s():
    first, second = _moves("وقال الزوي: «أما نحن فسننقل جواً الأسبوع المقبل سرية إضافية من قاعدة الخادم إلى مطار الكفرة لضبط "
                           "الحدود، وإذا اقترب أي مسلح من أراضينا فستتقدم وحداتنا من الكفرة حتى الحدود مع السودان».")
    assert [(m.status, *_brief(m)[2:4]) for m in (first, second)] == [
        ("planned", ["قاعدة الخادم"], ["مطار الكفرة"]), ("conditional", ["الكفرة"], ["الحدود مع السودان"])]
    first, second = _moves("وقال: «سننقل جواً الأسبوع المقبل سرية من قاعدة الخادم إلى مطار الكفرة، وإذا هاجمت الميليشيا "
                           "مواقعنا فسوف تتقدم وحداتنا من الكفرة حتى الحدود مع السودان».")
    assert (first.status, second.status) == ("planned", "conditional")


def test_movements_passing_and_bringing_in_shipments_move_them():
    (move,) = _moves("الحكومة السودانية تتهم قوات حفتر بتمرير شحنات وقود وذخيرة من الكفرة إلى الميليشيا بشمال دارفور عبر "
                     "المثلث الحدودي.")
    assert (move.kind, *_brief(move)[1:]) == ("shipment", ("قوات حفتر", "Libyan National Army"), ["الكفرة"],
                                              ["شمال دارفور"], ["المثلث الحدودي"])
    (move,) = _moves("تتهم الحكومة قوات حفتر بإدخال شحنات وقود وذخيرة من الكفرة إلى شمال دارفور.")
    assert (move.kind, *_brief(move)[2:4]) == ("shipment", ["الكفرة"], ["شمال دارفور"])
    assert not _moves("أدخلت الحكومة تعديلات على القانون في طرابلس.")


def test_movements_a_garrison_s_town_and_positions_on_a_border_are_where_a_force_sets_out_from():
    (move,) = _moves("تعتزم القيادة نشر سرية من حامية زوار في بلدة وور مطلع الشهر المقبل.")
    assert (move.status, *_brief(move)[2:4]) == ("planned", ["زوار"], ["وور"])
    (move,) = _moves("قال المتمردون إن مقاتليهم سيتقدمون من مواقعهم على الحدود مع ليبيا نحو برداي.")
    assert _brief(move)[2:4] == (["الحدود مع ليبيا"], ["برداي"])


def test_movements_columns_in_the_accusative_are_a_force():
    (move,) = _moves("قال المصدر إن أرتالاً وصلت إلى سبها.")
    assert _brief(move)[3] == ["سبها"]
    (move,) = _moves("أعلنت الجبهة أن أرتالاً تابعة لها عبرت فجر الثلاثاء من الجنوب الليبي إلى الأراضي التشادية، وبلغت مشارف "
                     "زواركي شمال غربي زوار.")
    assert _brief(move)[2:4] == (["الجنوب الليبي"], ["زواركي"])


def test_movements_a_named_unit_belonging_to_a_town_with_forces_of_its_own_is_those_forces():
    (move,) = _moves("وصلت «القوة المشتركة» التابعة لمدينة مصراته إلى زليتن.")
    assert _brief(move)[1:4] == (("«القوة المشتركة» التابعة لمدينة مصراته", "Misrata forces"), [], ["زليتن"])


def test_movements_units_stationed_somewhere_are_the_subject_of_a_passive_withdrawal():
    (move,) = _moves("أكد العقيد أن الوحدات المرابطة في برج الخضراء لن تُسحب نحو رمادة إلا إذا تحسن الوضع.")
    assert (move.kind, move.status, *_brief(move)[2:4]) == ("withdraw", "conditional", ["برج الخضراء"], ["رمادة"])
    (move,) = _moves("الوحدات المرابطة في سرت لن تُسحب نحو رمادة إلا إذا تحسن الوضع.")
    assert _brief(move)[2:4] == (["سرت"], ["رمادة"])


def test_movements_a_denial_pointing_back_after_the_claim_in_its_sentence_denies_it():
    (move,) = _moves("وردّاً على سؤال النائب حول ما راج عن عبور عسكريين أتراك ومعدات أجنبية عبر مطار جربة جرجيس نحو ليبيا، "
                     "نفى الوزير ذلك «نفياً قاطعاً».")
    assert _brief(move) == ("denied", ("عسكريين أتراك", "Turkish armed forces"), [], ["ليبيا"], ["مطار جربة جرجيس"])
    (move,) = _moves("وحول ما راج عن عبور عسكريين أتراك عبر مطار جربة جرجيس نحو ليبيا، نفى الوزير هذه الأنباء.")
    assert move.status == "denied"
    (move,) = _moves("وأضاف أن الجيش «لن يتردد في حشد جنود الاحتياط بولاية مدنين إذا تدهور الوضع الأمني»، نافياً وجود أي "
                     "قرار من هذا القبيل في الوقت الراهن.")
    assert move.status == "conditional"


def test_movements_the_state_a_force_is_loyal_to_is_not_the_mover():
    (move,) = _moves("أفاد المرصد بأن نحو 250 مقاتلاً من فصائل «الجيش الوطني السوري» الموالية لتركيا انطلقوا من عفرين إلى "
                     "مطار امعيتيقة.")
    assert _brief(move)[1:4] == (("فصائل «الجيش الوطني السوري»", "Syrian mercenaries"), ["عفرين"], ["مطار امعيتيقة"])


def test_movements_in_contrast_is_no_locator_and_camps_left_with_a_base_are_left_too():
    (move,) = _moves("وأوضح المرصد أن نحو 300 مقاتل غادروا، في المقابل، قاعدة الوطية ومعسكرات في منطقة صلاح الدين جنوبي "
                     "طرابلس، وعادوا إلى شمال سوريا.")
    assert (move.kind, *_brief(move)[2:4]) == ("withdraw", ["قاعدة الوطية", "منطقة صلاح الدين"], ["شمال سوريا"])
    for contrast in ("وفي المقابل", "بالمقابل"):
        (move,) = _moves(f"وأوضح المرصد أن نحو 300 مقاتل غادروا، {contrast}، قاعدة الوطية ومعسكرات في منطقة صلاح الدين "
                         "جنوبي طرابلس، وعادوا إلى شمال سوريا.")
        assert _brief(move)[2:4] == (["قاعدة الوطية", "منطقة صلاح الدين"], ["شمال سوريا"]), contrast


def test_movements_likely_plans_a_verb_to_come_and_hedges_a_past_one():
    (move,) = _moves("يرجّح الخبراء أن سفينة إنزال روسية قادمة من طرطوس أنزلت عشرات العناصر في ميناء طبرق.")
    assert (move.status, *_brief(move)[2:4]) == ("reported", ["طرطوس"], ["ميناء طبرق"])
    (move,) = _moves("من المرجح أن تتحرك الكتيبة من براك نحو سبها.")
    assert (move.status, *_brief(move)[2:4]) == ("planned", ["براك"], ["سبها"])


def test_movements_where_a_force_arrived_in_a_relative_clause_is_where_its_verb_sets_out_from():
    (move,) = _moves("المصدر نفسه: القوات التي وصلت إلى مرسى مطروح ستنتقل براً خلال ساعات إلى واحة سيوة، لتعزيز نقاط المراقبة.")
    assert (move.status, *_brief(move)[2:4]) == ("planned", ["مرسى مطروح"], ["واحة سيوة"])


def test_movements_a_column_named_again_update_by_update_makes_one_journey():
    (move,) = _moves("متابعة مباشرة\n\n07:20\nرتل تابع لـ«اللواء طارق بن زياد» يغادر سبها غرباً، ومصادرنا تقول إنه يضم نحو 60 "
                     "آلية مسلحة، في أكبر تحرك من نوعه في الجنوب الليبي منذ أشهر.\n\n08:45\nالرتل يمر بجرمة ويواصل طريقه "
                     "غرباً.\n\n10:10\nالرتل يصل إلى اوباري، وشهود عيان يتحدثون عن تمركز آلياته عند مدخلها الشرقي.")
    assert _brief(move)[1:4] == (("اللواء طارق بن زياد", "Libyan National Army"), ["سبها"], ["اوباري"])


def test_movements_a_live_page_s_first_update_under_its_time_is_body_not_headline():
    moves = _moves("مباشر.. تعزيزات عسكرية نحو رأس جدير\n\n«حنبعل» - تونس\n\n08:50\nشهود عيان: وحدات من الجيش الوطني تغادر "
                   "مدنين صباح اليوم في اتجاه الجنوب الشرقي.\n\n14:00\nالناطق باسم وزارة الدفاع الوطني، العميد سفيان "
                   "الطرابلسي، لإذاعتنا: «وحدة من جيش البر ستنتقل مساء اليوم من تطاوين إلى الذهيبة لتعزيز المراقبة على "
                   "الشريط الحدودي، كما وصلت إلى بن قردان قافلة إمداد بالوقود والذخيرة قادمة من قابس».")
    assert [(m.status, *_brief(m)[2:3]) for m in moves] == [
        ("reported", ["مدنين"]), ("planned", ["تطاوين"]), ("reported", ["قابس"])]


def test_movements_a_decree_s_clause_orders_what_it_tells_in_the_present():
    moves = _moves("وجاء القرار في ست مواد، أبرزها:\n\nالمادة الأولى: تُنقل الكتيبة 55 مشاة من طرابلس إلى زوارة.\n\n"
                   "المادة الثالثة: تنفّذ القوات البحرية إنزالاً لوحدة من مشاة البحرية في ميناء زوارة انطلاقاً من قاعدة "
                   "أبوستة البحرية.\n\nوعلى الأرض، أفاد شهود عيان بأن طلائع الكتيبة وصلت مساء الأحد إلى صبراتة قادمة من "
                   "الزاوية.")
    assert [(m.status, *_brief(m)[2:4]) for m in moves] == [
        ("planned", ["طرابلس"], ["زوارة"]), ("planned", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
        ("reported", ["الزاوية"], ["صبراتة"])]


def test_movements_troop_carriers_in_a_column_move_nothing_of_their_own():
    (move,) = _moves("وصلت إلى درنة مساء الأحد تعزيزات عسكرية تضم نحو 60 آلية بين مدرعات وشاحنات نقل جنود، قادمة من المرج "
                     "مروراً بالبيضاء والقبة.")
    assert _brief(move)[2:] == (["المرج"], ["درنة"], ["البيضاء", "القبة"])


def test_movements_the_town_a_named_force_enters_is_the_one_named_before():
    (move,) = _moves("غريان.. مدينة الكهوف\n\nغريان - «الحوادث»\n\nفي الرابع من أبريل 2019 دخلت أرتال «الجيش الوطني الليبي» "
                     "المدينة من دون قتال يُذكر، قادمة من الجفرة عبر مزدة، لتتخذ منها قاعدة خلفية.")
    assert _brief(move)[1:] == (("الجيش الوطني الليبي", "Libyan National Army"), ["الجفرة"], ["غريان"], ["مزدة"])


def test_movements_the_town_of_residents_who_tell_it_is_no_place_a_move_goes():
    moves = _moves("تباينت الروايات حول تحركات عسكرية على جانبي الحدود، بين ما نقلته وكالة «رويترز» عن مصادر قبلية، وما "
                   "يرويه سكان في طبرق والسلوم.")
    assert not any(m.destinations for m in moves)


def test_movements_from_it_is_the_last_place_the_map_can_place():
    (move,) = _moves("تضاربت الروايات حول ما جرى في معبر رأس اجدير، إذ قالت وكالة تونس إفريقيا للأنباء «وات» إن القوة المكلفة "
                     "بتأمين المعبر انسحبت منه ليل السبت نحو زوارة.")
    assert _brief(move)[2:4] == (["رأس اجدير"], ["زوارة"])


def test_movements_after_it_right_after_a_verb_tells_the_next_leg_of_a_denied_claim():
    first, second = _moves("نفى مصدر عسكري ما أوردته وسائل إعلام غربية عن إنزال سفينة روسية قادمة من طرطوس السورية عناصر في "
                           "قاعدة طبرق البحرية، نُقلوا بعدها جواً إلى قاعدة براك، قائلاً إن «القاعدة ليبية خالصة».")
    assert [(m.status, *_brief(m)[2:4]) for m in (first, second)] == [
        ("denied", ["طرطوس"], ["قاعدة طبرق البحرية"]), ("denied", ["قاعدة طبرق البحرية"], ["قاعدة براك"])]


def test_movements_in_a_sign_that_opens_a_clause_whose_places_are_not_the_move_s():
    (move,) = _moves("ويؤكد مصدر أمني أن شحنة من الأسلحة الخفيفة خرجت الشهر الماضي من أوباري ووصلت إلى كيدال عبر المثلث "
                     "الحدودي، في مؤشر على أن مخازن الجنوب الليبي ما زالت تغذي الجماعات المسلحة في شمال مالي، رغم "
                     "الدوريات التي تسيّرها قوات القيادة العامة قرب حقل الشرارة.")
    assert _brief(move)[2:] == (["أوباري"], ["كيدال"], ["المثلث الحدودي"])


def test_movements_a_turkish_ship_s_long_quoted_name_stands_between_it_and_its_verb():
    (move,) = _moves("أعلنت الوزارة أن الفرقاطة «تي سي جي غازي عنتاب» أبحرت مطلع الأسبوع من قاعدة أكساز البحرية ورست "
                     "الأربعاء بقاعدة مصراتة البحرية.")
    assert (move.kind, *_brief(move)[2:3]) == ("naval_landing", ["قاعدة أكساز البحرية"])
    assert "مصراتة" in move.destinations[0].text  # the naval base as far as the gazetteer knows it: the town


def test_movements_a_landing_set_out_from_a_ship_moored_in_a_port_set_out_from_the_port():
    (move,) = _moves("نفذت عناصر من مشاة البحرية التركية، صباح الأحد، إنزالاً تدريبياً على شاطئ القره بوللي انطلاقاً من سفينة "
                     "إنزال راسية في ميناء الخمس.")
    assert (move.kind, *_brief(move)[2:4]) == ("naval_landing", ["ميناء الخمس"], ["القره بوللي"])


def test_movements_a_place_that_locates_the_way_a_move_takes_is_passed():
    (move,) = _moves("اعترضت مفرزة قافلة كانت تنقل رشاشات وذخيرة قادمة من أرليت النيجرية ومتجهة نحو غات الليبية عبر المسالك "
                     "المحاذية لجانت، وفق مصدر أمني.")
    assert _brief(move)[2:] == (["أرليت"], ["غات"], ["جانت"])


def test_movements_a_place_in_an_aside_on_what_many_of_the_movers_did_is_not_where_they_go():
    (move,) = _moves("هبطت فجر السبت في مطار معيتيقة طائرة قادمة من مطار غازي عنتاب تقل نحو 200 من المرتزقة السوريين، شارك "
                     "كثير منهم سابقاً في عمليتي «درع الفرات» و«غصن الزيتون» بشمال سوريا، في أكبر دفعة تصل منذ مطلع العام.")
    assert _brief(move)[2:4] == (["مطار غازي عنتاب"], ["مطار معيتيقة"])


def test_movements_within_a_plan_opens_a_clause_whose_places_are_not_the_move_s():
    (move,) = _moves("جاء الاعتراض بعد يومين من نقل طائرة عسكرية 60 عنصراً من خفر السواحل من مطار معيتيقة إلى مطار زوارة، ضمن "
                     "خطة لتضييق الخناق على شبكات التهريب الناشطة بين زوارة والحدود مع تونس.")
    assert _brief(move)[2:4] == (["مطار معيتيقة"], ["مطار زوارة"])


def test_movements_the_triangle_alone_is_the_border_triangle_named_before():
    moves = _moves("وكان ضمن المتحرك الذي خرج من الفاشر إلى المثلث الحدودي مطلع 2025 لتأمين الطرق الصحراوية المؤدية إلى "
                   "ليبيا ومصر، ثم انسحب مع رفاقه من المثلث إلى الدبة في يونيو من العام نفسه.")
    assert _brief(moves[-1])[2:4] == (["المثلث الحدودي"], ["الدبة"])  # the triangle named before, not 'a triangle'


def test_movements_later_after_a_noun_is_a_time_not_a_pursuit():
    moves = _moves("وفي تحديث لاحق، قال المصدر العسكري إن القوة الموجودة في اوباري «لن تتقدم نحو العوينات».")
    assert [(m.kind, m.trigger.text) for m in moves] == [("advance", "تتقدم")]


def test_movements_a_form_two_verbal_noun_of_purpose_names_where_a_column_that_set_out_goes():
    (move,) = _moves("أرسل الجيش رتلا من 50 آلية من مصراته مروراً بالهيشة لتعزيز محور أبوقرين.")
    assert (move.kind, *_brief(move)[2:]) == ("deploy", ["مصراته"], ["أبوقرين"], ["الهيشة"])


def test_movements_a_noun_pointing_back_to_a_place_of_another_kind_beats_the_scene_put_first():
    moves = _moves("وفي ليبيا، قال مصدر أمني إن رئاسة الأركان دفعت برتل من طرابلس إلى الزاوية، لتعزيز الوحدات المكلفة "
                   "بحماية مصفاة الزاوية، على أن تنتشر سرية إضافية داخل المصفاة نفسها «خلال الساعات المقبلة».")
    assert [(m.status, *_brief(m)[2:4]) for m in moves] == [
        ("reported", ["طرابلس"], ["الزاوية"]), ("planned", [], ["مصفاة الزاوية"])]


def test_movements_the_wounded_flown_for_treatment_are_no_force():
    assert _moves("ونُقل اثنان من رفاقه أُصيبا في القصف جواً إلى تونس العاصمة لتلقي العلاج.") == ()


def test_movements_a_correction_opening_its_sentence_after_an_aside_corrects_the_move_told_just_before():
    (move,) = _moves("ذكرت النسخة الأولى أن رتلاً تابعاً لـ«لواء طارق بن زياد» وصل إلى غات قادماً من سبها. والصحيح، بحسب "
                     "مصدر عسكري تحدث إلينا من سبها، أن الرتل بلغ اوباري فجر الاثنين.")
    assert (move.trigger.text, *_brief(move)[2:4]) == ("بلغ", ["سبها"], ["اوباري"])


def test_movements_a_correction_stands_though_a_later_move_shares_one_of_its_places():
    moves = _moves("تصحيح: ذكرنا في تحديث الساعة 09:35 أن الرتل خرج من قاعدة الوطية، والصحيح، وفق المتحدث باسم رئاسة "
                   "الأركان، أنه انطلق من طرابلس مروراً بالزاوية. وستتحرك كتيبة من مصراتة مساء الخميس إلى طرابلس.")
    assert [_brief(m)[2:] for m in moves] == [(["طرابلس"], [], ["الزاوية"]), (["مصراتة"], ["طرابلس"], [])]


def test_movements_what_a_report_stated_and_is_denied_after_is_denied():
    (move,) = _moves("كما ورد في التقرير أن دفعة جديدة من 200 مقاتل ستُرسل من عفرين إلى طرابلس لتحل محل العائدين، وهو ما "
                     "نفاه القيادي أبو خالد العفريني.")
    assert (move.status, *_brief(move)[2:4]) == ("denied", ["عفرين"], ["طرابلس"])


def test_movements_correcting_that_opens_a_sentence_replaces_the_move_told_before():
    (move,) = _moves("وقال التقرير إن طائرتهم أقلعت من مطار معيتيقة في العاصمة الليبية. وتصويباً لذلك، أكدت مصادر متطابقة أن "
                     "طائرة شحن عسكرية نقلت 140 مقاتلاً من قاعدة الوطية إلى مطار غازي عنتاب فجر الثلاثاء.")
    assert _brief(move)[2:4] == (["قاعدة الوطية"], ["مطار غازي عنتاب"])


def test_movements_the_military_unit_is_a_force_but_the_unity_government_is_not():
    (move,) = _moves("فإن الوحدة العسكرية انتقلت في جانفي الماضي من إليزي إلى جانت.")
    assert _brief(move)[2:4] == (["إليزي"], ["جانت"])
    assert _moves("وصل وزير الداخلية في حكومة الوحدة الوطنية إلى سبها.") == ()
    assert _moves("نقلت حكومة الوحدة التي يرأسها الدبيبة مقرها إلى سرت.") == ()


def test_movements_a_force_before_a_relative_clause_on_where_it_went_moves_on_from_there():
    (move,) = _moves("وقال الرائد إن التعزيزات التي وصلت إلى جانت «لن تعود إلى ثكناتها في تمنراست إلا إذا هدأ الوضع على "
                     "الجانب الآخر».")
    assert (move.kind, *_brief(move)[:1], *_brief(move)[2:4]) == ("withdraw", "conditional", ["جانت"], ["تمنراست"])
    (move,) = _moves("مؤكداً أن الوحدات التي ستتمركز في القطرون «لن تتقدم نحو الحدود مع تشاد إلا إذا ثبت أن المهاجمين "
                     "انطلقوا من هناك».")
    assert (move.kind, *_brief(move)[:1], *_brief(move)[2:4]) == ("advance", "conditional", ["القطرون"],
                                                                  ["الحدود مع تشاد"])


def test_movements_a_force_stationed_in_part_of_a_place_or_the_place_named_before_is_the_verb_s_subject():
    (move,) = _moves("وأضاف أن الوحدات المنتشرة في محيط معبر رأس جدير لن تعود إلى مدنين إلا إذا استقر الوضع نهائياً.")
    assert (move.kind, *_brief(move)[:1], *_brief(move)[2:4]) == ("withdraw", "conditional", ["معبر رأس جدير"],
                                                                  ["مدنين"])
    (move,) = _moves("وأضاف أن الوحدات المنتشرة في محيط المعبر لن تعود إلى مدنين إلا إذا استقر الوضع نهائياً.")
    assert (move.kind, *_brief(move)[:1], *_brief(move)[3:4]) == ("withdraw", "conditional", ["مدنين"])


def test_movements_travel_by_air_is_no_force():
    assert _moves("وكانت الوكالة قد أفادت بأن مئات المسافرين الليبيين اضطروا خلال فترة الغلق إلى السفر جواً عبر مطار "
                  "جربة جرجيس.") == ()


def test_movements_a_vehicle_that_will_carry_a_force_moves_in_the_future():
    (move,) = _moves("وقال آمر المنطقة إن طائرة نقل عسكرية ستقلّ صباح الأربعاء سرية من القوات الخاصة من قاعدة الجفرة الجوية "
                     "إلى مطار سبها.")
    assert (move.kind, move.status) == ("airlift", "planned")


def test_movements_planes_that_carried_a_force_airlifted_it():
    (move,) = _moves("وأضاف أن طائرتي شحن عسكريتين أقلّتا، صباح الثلاثاء، سرية من القوات الخاصة من قاعدة براك الجوية إلى "
                     "قاعدة بنينا.")
    assert (move.kind, *_brief(move)[2:4]) == ("airlift", ["قاعدة براك الجوية"], ["قاعدة بنينا"])
    assert _moves("وأقلت الحافلات المسافرين من طرابلس إلى مصراتة.") == ()


def test_movements_an_anniversary_of_a_launch_is_no_movement_but_a_move_after_it_and_a_comma_is():
    assert _moves("أعلنت القيادة العامة اكتمال الترتيبات الخاصة بالعرض العسكري الذي تحتضنه بنغازي في الذكرى الثانية عشرة "
                  "لانطلاق «عملية الكرامة»، على أن تعقبه مناورة بالذخيرة الحية في منطقة الوشكة غرب سرت.") == ()
    (move,) = _moves("وفي الذكرى السابعة، رست الأحد في ميناء الخمس سفينة إنزال تابعة للبحرية التركية.")
    assert _brief(move)[3] == ["ميناء الخمس"]


def test_movements_a_condition_before_a_comma_and_with_x_to_is_the_clause_before_s():
    moves = _moves("وأشار إلى أن القيادة قد تدفع بتعزيزات من إليزي إلى الدبداب إذا اقتضت ذلك فرضيات التمرين، على أن تنسحب "
                   "الأرتال من عين أمناس عائدة إلى ورقلة.")
    assert [(m.kind, m.status) for m in moves] == [("reinforce", "conditional"), ("withdraw", "planned")]


def test_movements_helicopters_airlift():
    (move,) = _moves("وأن مروحيات جيش الطيران نقلت، أمس الخميس، وحدة من القوات الخاصة من قاعدة العوينة إلى رمادة.")
    assert (move.kind, *_brief(move)[2:4]) == ("airlift", ["قاعدة العوينة"], ["رمادة"])


def test_movements_civilians_crossing_are_no_force_but_a_comma_keeps_them_apart():
    (move,) = _moves("رصد ناشطون حشوداً لقوات الدعم السريع في محيط الفاشر خلال اليومين الماضيين، فيما يواصل مئات المدنيين "
                     "عبور الحدود مع تشاد هرباً من القتال.")
    assert move.kind == "mobilise"


def test_movements_a_force_that_will_enter_the_town_goes_to_the_town_named_before():
    moves = _moves("انتشرت قوة في براك الشاطئ. وأكد مصدر أمني آخر أن كتيبة متمركزة في قاعدة براك الجوية ستدخل المدينة "
                   "«فوراً إذا تجددت الاشتباكات».")
    assert (moves[-1].status, *_brief(moves[-1])[2:4]) == ("conditional", ["قاعدة براك الجوية"], ["براك الشاطئ"])


def test_movements_taking_people_to_prison_is_no_force():
    assert _moves("وكانت السلطات في شرق ليبيا قد احتجزت عشرات المقاتلين السودانيين الذين عبروا الحدود هرباً من المعارك، "
                  "ونقلت بعضهم إلى سجون في بنغازي.") == ()


def test_movements_a_state_of_alert_is_no_massing():
    assert _moves("ويأتي الحادث قبل أيام من ذكرى «ملحمة بن قردان» عام 2016، ما يفسر حالة الاستنفار التي تعيشها تونس "
                  "اليوم.") == ()


def test_movements_his_body_brought_home_is_no_force():
    assert _moves("شيّع المئات جثمان المقاتل في «فرقة السلطان مراد» الذي قُتل بقذيفة هاون سقطت على موقع مجموعته في منطقة "
                  "صلاح الدين، بعد أن وصل جثمانه عبر معبر باب السلامة قادماً من تركيا.") == ()


def test_movements_what_a_force_goes_to_escort_is_not_where_it_goes_unless_it_has_gone_nowhere():
    (move,) = _moves("كما تقرر نقل سرية من الشرطة العسكرية من طبرق إلى منفذ امساعد لمرافقة حافلات المشجعين القادمين براً من "
                     "السلوم حتى بوابات الملعب.")
    assert _brief(move)[2:4] == (["طبرق"], ["منفذ امساعد"])
    (move,) = _moves("ونفت القيادة العامة أن تكون قد أرسلت وحدات من الكفرة لمرافقة القوافل حتى الحدود مع السودان.")
    assert _brief(move)[2:4] == (["الكفرة"], ["الحدود مع السودان"])


def test_movements_if_the_situation_calls_for_it_is_no_call_up():
    (move,) = _moves("وأضاف المصدر أنه «إذا استدعى الوضع ذلك، ستنقل طائرات النقل العسكري عناصر من القوات الخاصة من تمنراست "
                     "إلى مطار جانت في غضون ساعات».")
    assert (move.kind, move.status, *_brief(move)[2:4]) == ("airlift", "conditional", ["تمنراست"], ["مطار جانت"])


def test_movements_lorries_carrying_exhibits_are_no_force():
    moves = _moves("وعلى الجانب التونسي، من المقرر أن يعزز الجيش وحداته في بن قردان بعناصر قادمة من مدنين، لتأمين عبور نحو "
                   "90 شاحنة تحمل معروضات شركات من صفاقس عبر معبر راس اجدير.")
    assert [(m.kind, *_brief(m)[2:4]) for m in moves] == [("reinforce", ["مدنين"], ["بن قردان"])]


def test_movements_a_place_in_what_a_force_stays_out_of_care_for_is_not_where_it_goes():
    (move,) = _moves("وفي انجمينا، أعلنت هيئة الأركان العامة للجيش التشادي إلغاء قرار سابق بنقل كتيبتين من أبشة إلى الطينة، "
                     "وأكدت أن الكتيبتين لن تغادرا أبشة «حرصاً على التهدئة على الحدود مع السودان».")
    assert (move.status, *_brief(move)[2:4]) == ("denied", ["أبشة"], ["الطينة"])


def test_movements_before_it_advances_after_a_massing_to_come_is_to_come_too():
    moves = _moves("وقال إن الفرقة 19 مشاة ستحشد متحركاتها في دنقلا مطلع الأسبوع المقبل، قبل أن تتقدم منها إلى منطقة "
                   "المثلث الحدودي مع ليبيا ومصر.")
    assert [(m.kind, m.status) for m in moves] == [("mobilise", "planned"), ("advance", "planned")]
    (move,) = _moves("وقال مصدر عسكري إن الرتل، الذي ضم نحو ستين آلية، توقف ساعتين في اجدابيا قبل أن يواصل طريقه ليصل "
                     "فجر الأربعاء إلى البريقة.")
    assert move.status == "reported"


def test_movements_a_vessel_that_leaves_a_port_sets_out_from_it():
    (move,) = _moves("مشيراً إلى أن فرقاطة تركية أخرى «غادرت ميناء طرابلس الأحد الماضي عائدة إلى تركيا بعد انتهاء مهمتها».")
    assert (move.kind, *_brief(move)[2:4]) == ("withdraw", ["ميناء طرابلس"], ["تركيا"])


def test_movements_who_a_time_clause_after_the_move_names_does_not_move():
    moves = _moves("وسرت شائعات في المدينة، مساء السبت، عن حشد كتائب من مصراتة في تاورغاء تمهيداً للتقدم نحو أبوقرين بعد "
                   "اشتباكات محدودة مع قوات تابعة للقيادة العامة قرب سرت.")
    assert [m.actor.name for m in moves] == ["Misrata forces", "Misrata forces"]


def test_movements_a_scheduled_move_postponed_is_to_come_and_one_called_off_is_denied():
    moves = _moves("وأضاف المصدر أن جسراً جوياً كان مقرراً فجر اليوم لنقل ذخائر وقطع غيار من قاعدة بنينا الجوية إلى قاعدة "
                   "تمنهنت، أُرجئ إلى صباح الخميس، كما أُلغيت عملية إنزال بحري لسرية من مشاة البحرية من ميناء بنغازي في "
                   "ميناء البريقة كانت مقررة الأربعاء.")
    assert [(m.status, *_brief(m)[2:4]) for m in moves] == [
        ("planned", ["قاعدة بنينا الجوية"], ["قاعدة تمنهنت"]), ("denied", ["ميناء بنغازي"], ["ميناء البريقة"])]


def test_movements_fighters_aboard_a_merchant_ship_move_but_goods_do_not():
    (move,) = _moves("ومن المقرر أن تغادر دفعة جديدة من 40 مقاتلاً مطلع الشهر المقبل من طرابلس اللبنانية على متن سفينة تجارية "
                     "إلى طبرق.")
    assert (move.status, *_brief(move)[2:4]) == ("planned", ["طرابلس"], ["طبرق"])
    assert _moves("وأبحرت سفينة تجارية من مرسين إلى مصراتة على متنها بضائع.") == ()


def test_movements_pictures_that_date_back_to_an_event_do_not_return():
    assert _moves("وقالت إن الصور المتداولة «قديمة وتعود إلى عرس جماعي أُقيم الصيف الماضي» في الزاوية.") == ()


def test_movements_an_unknown_unit_setting_out_from_a_town_with_forces_of_its_own_is_that_town_s():
    (move,) = _moves("وأضافت المديرية أن القوة المشتركة ستدفع بتعزيزات من مصراته إلى طرابلس.")
    assert (move.actor.text, move.actor.name) == ("القوة المشتركة", "Misrata forces")


def test_movements_a_place_in_an_apposition_after_the_place_s_adjective_is_not_where_it_goes():
    (move,) = _moves("وقال إن «سرية منها ستنتشر خلال الأيام المقبلة في ميناء السدرة المجاور، أحد أكبر موانئ التصدير في "
                     "الهلال النفطي».")
    assert _brief(move)[3] == ["ميناء السدرة"]


def test_movements_an_unnamed_force_inside_sudan_in_a_sudanese_dateline_is_the_army():
    text = "قالت مصادر عسكرية إن متحركات من الفرقة 19 مشاة قادمة من الدبة وصلت إلى منطقة كرب التوم صباح السبت."
    (move,) = _moves("دنقلا - «الأحداث»\n\n" + text)
    assert move.actor.name == "Sudanese army"
    (move,) = _moves("طرابلس - «الوسط»\n\n" + text)
    assert move.actor.name is None


def test_movements_the_bare_militia_is_the_armed_group_named_last():
    moves = _moves("استشهد النقيب في معارك مع ميليشيا الدعم السريع قرب جبل العوينات. وقالت مصادر عسكرية إن الميليشيا "
                   "أدخلت إلى محيط جبل العوينات شحنات من الأسلحة قادمة من الكفرة.")
    assert [(m.actor.text, m.actor.name) for m in moves] == [("الميليشيا", "Sudanese armed groups")]


def test_movements_an_ambush_laid_on_a_road_is_no_deployment():
    assert _moves("ضبطت الغرفة ثلاث شاحنات في كمين نُصب على الطريق الساحلي بين الجميل ورقدالين.") == ()
    assert _moves("وكان مسلحون قد نصبوا كميناً لدورية عسكرية قرب أوباري.") == ()
    (move,) = _moves("نصبت الكتيبة بوابة تفتيش عند مدخل أوباري.")
    assert _brief(move)[3] == ["أوباري"]


def test_movements_brigades_in_the_plural_are_a_force():
    (move,) = _moves("ونفى الطبرقي ما تداولته صفحات عن سحب ألوية من محاور سرت ونقلها إلى الجبل الأخضر.")
    assert (move.status, *_brief(move)[2:4]) == ("denied", ["سرت"], ["الجبل الأخضر"])
    (move,) = _moves("سحبت القيادة ألويتها من سرت.")
    assert (move.kind, _brief(move)[2]) == ("withdraw", ["سرت"])


def test_movements_where_the_forces_joined_are_stationed_is_where_the_joiners_go():
    (move,) = _moves("وأوضح أن سرية من طبرق ستلتحق صباح الثلاثاء بالفرق العاملة في سوسة.")
    assert (move.status, *_brief(move)[2:4]) == ("planned", ["طبرق"], ["سوسة"])


def test_movements_relief_named_as_a_cover_is_no_civilian_cargo():
    (move,) = _moves("ونفى المصدر ما نشرته حسابات عن توغل وحدات قتالية مصرية نحو واحة الجغبوب «تحت غطاء الإغاثة».")
    assert (move.status, move.actor.name, _brief(move)[3]) == ("denied", "Egyptian army", ["الجغبوب"])
    assert _moves("وصلت قافلة مساعدات إنسانية إلى الكفرة.") == ()


def test_movements_a_military_vehicle_moves_whatever_it_carries():
    (move,) = _moves("وأضاف المصدر أن أربع طائرات نقل عسكرية أقلعت من قاعدة ألماظة الجوية وهبطت في مطار بنينا محمّلة "
                     "بعشرات الأطنان من المساعدات.")
    assert (move.kind, *_brief(move)[2:4]) == ("airlift", ["قاعدة ألماظة الجوية"], ["مطار بنينا"])
    (move,) = _moves("وصلت إلى الكفرة قافلة عسكرية محملة بالمساعدات.")
    assert _brief(move)[3] == ["الكفرة"]
    assert _moves("هبطت في مطار الكفرة طائرة تحمل 20 طناً من المساعدات الطبية القادمة من القاهرة.") == ()
    assert _moves("قال مصدر عسكري إن طائرة تحمل مساعدات هبطت في الكفرة.") == ()


def test_movements_a_region_command_setting_out_from_a_neighbour_is_that_neighbour_s():
    (move,) = _moves("كشف مصدر عسكري لـ«الفجر» أن رتلاً من المنطقة العسكرية الغربية يضم 45 مركبة انطلق فجر اليوم من مرسى "
                     "مطروح، وعبر منفذ السلوم بعد الظهر، ووصل مساءً إلى طبرق.")
    assert (move.actor.name, *_brief(move)[2:5]) == ("Egyptian army", ["مرسى مطروح"], ["طبرق"], ["منفذ السلوم"])
    (move,) = _moves("أعلنت رئاسة الأركان أن رتلاً من المنطقة العسكرية الغربية انطلق من الزنتان إلى غريان.")
    assert move.actor.name == "GNA forces"


def test_movements_the_general_command_of_the_armed_forces_datelined_in_a_neighbour_is_its_army():
    (move,) = _moves("القاهرة - «الفجر»\n\nوبحسب المصدر، فإن القيادة العامة للقوات المسلحة «قد تحشد كتيبتين إضافيتين في "
                     "سيدي براني إذا طلب الجانب الليبي دعماً إضافياً».")
    assert (move.status, move.actor.name) == ("conditional", "Egyptian army")
    (move,) = _moves("غدامس - «بوابة إفريقيا»\n\nنفت القيادة العامة للقوات المسلحة العربية الليبية تحرك كتيبة تابعة لها "
                     "نحو غدامس، وقال العقيد مفتاح التونسي إن الأنباء كاذبة.")
    assert (move.status, move.actor.name) == ("denied", "Libyan National Army")


def test_movements_a_force_named_right_after_its_verb_past_that_moves_whatever_the_clause_before_carried():
    (move,) = _moves("اعترضت الدوريات قافلة تحمل نحو طن من الحشيش، بعد أن خرجت الدوريات من الكفرة باتجاه ربيانة.")
    assert _brief(move)[2:4] == (["الكفرة"], ["ربيانة"])


def test_movements_a_drug_shipment_on_its_way_is_no_movement_of_forces():
    assert _moves("ضبط شحنة تضم أكثر من مليوني قرص من مخدر «الترامادول» كانت في طريقها من أغاديس إلى سبها على متن "
                  "شاحنتين لنقل المواشي.") == ()


def test_movements_a_border_adjective_stays_outside_the_name_and_the_area_after_it_locates_the_town():
    (move,) = _moves("وصلت إلى بلدة الدبداب الحدودية بولاية إليزي، مساء السبت، تعزيزات جديدة من الجيش الوطني الشعبي قادمة "
                     "من عين أمناس.")
    assert _brief(move)[2:4] == (["عين أمناس"], ["الدبداب"])
    (move,) = _moves("أعلن الجيش وصول رتل عسكري إلى منفذ التوم الحدودي، قادماً من القطرون.")
    assert _brief(move)[2:4] == (["القطرون"], ["منفذ التوم"])


def test_movements_forces_stationed_somewhere_since_a_time_are_the_subject_of_the_verb_after():
    (move,) = _moves("وقال آمرها إن الوحدات المتمركزة في أوباري منذ أسبوعين ستتقدم نحو غات.")
    assert (move.status, *_brief(move)[2:4]) == ("planned", ["أوباري"], ["غات"])


def test_movements_forces_stationed_in_the_place_pointed_back_to_set_out_from_it():
    moves = _moves("وصل رتل إلى منفذ التوم. وقال المصدر إن الوحدات المتمركزة في المنفذ «ستتقدم نحو مثلث السلفادور إذا "
                   "ثبت ذلك».")
    assert [(m.status, *_brief(m)[2:4]) for m in moves] == [
        ("reported", [], ["منفذ التوم"]), ("conditional", ["منفذ التوم"], ["مثلث السلفادور"])]
    (_, move) = _moves("وصلت قوة إلى أوباري أمس. وقال آمرها إن الوحدات المتمركزة في المدينة «لن تنسحب إلى سبها».")
    assert (move.status, *_brief(move)[2:4]) == ("denied", ["أوباري"], ["سبها"])


def test_movements_the_site_word_before_a_place_after_from_keeps_it_where_they_go():
    (move,) = _moves("أن الجيش النيجري نشر كتيبة قادمة من ديركو في موقع ماداما المتقدم.")
    assert _brief(move)[2:4] == (["ديركو"], ["ماداما"])


def test_movements_what_a_clause_of_explanation_follows_is_not_its_cargo():
    (move,) = _moves("تواصل الوحدات العسكرية تضييق الخناق على شبكات التهريب، إذ وصلت صباح أمس إلى بن قردان تعزيزات من فوج "
                     "المشاة الآلية قادمة من قابس.")
    assert _brief(move)[2:4] == (["قابس"], ["بن قردان"])


def test_movements_a_headline_that_rejects_one_thing_and_reveals_a_move_reports_it():
    (move,) = _moves("«الأعلى للدولة» يرفض مخصصات «النواب» ويكشف عن وصول قوة إلى بني وليد")
    assert (move.status, _brief(move)[3]) == ("reported", ["بني وليد"])


def test_movements_military_formations_in_a_town_are_its_forces():
    (move,) = _moves("قال عضو المجلس إن «التشكيلات العسكرية في مصراته لن تتقدم نحو سرت إلا إذا دفعت القيادة العامة "
                     "بتعزيزات جديدة».")
    assert (move.status, move.actor.name, *_brief(move)[2:4]) == ("conditional", "Misrata forces", ["مصراته"], ["سرت"])


def test_movements_a_military_convoy_loaded_with_food_sets_out_but_a_military_plane_with_patients_does_not():
    (move,) = _moves("وأضاف أن «قافلة عسكرية ثانية محمّلة بالأغذية والوقود والأدوية ستنطلق الخميس المقبل من جانت نحو غات».")
    assert (move.status, *_brief(move)[2:4]) == ("planned", ["جانت"], ["غات"])
    assert _moves("وفي مطار جانت، أقلعت طائرة نقل عسكرية باتجاه الجزائر العاصمة وعلى متنها أربعة مرضى بينهم رضيع.") == ()


def test_movements_a_force_named_after_and_that_moves_whatever_the_clause_before_carried():
    moves = _moves("وأضاف التمنراستي أن «قافلة عسكرية ثانية محمّلة بالأغذية والوقود والأدوية ستنطلق الخميس المقبل من جانت "
                   "نحو غات»، وأن «الوحدات المنتشرة في غات ستعود إلى جانت بمجرد انحسار المياه».")
    assert [(m.status, *_brief(m)[2:4]) for m in moves] == [
        ("planned", ["جانت"], ["غات"]), ("conditional", ["غات"], ["جانت"])]


def test_movements_crossed_after_a_particle_is_the_verb_and_the_town_it_points_back_to_is_passed():
    (move,) = _moves("تداولت صفحات محلية في مدينة العوينات الليبية شهادات لسكان. وبحسب ما نشرته صفحة «العوينات اليوم»، "
                     "فقد عبر المدينة صباح الثلاثاء رتل قادماً من سبها مروراً بأوباري، في طريقه إلى منفذ إيسين.")
    assert _brief(move)[2:5] == (["سبها"], ["منفذ إيسين"], ["أوباري", "العوينات"])


def test_movements_left_it_with_its_object_pronoun_is_a_withdrawal():
    (move,) = _moves("وصلت القوات إلى أوباري. ثم غادرتها القوات أمس متجهة إلى سبها.")[1:]
    assert (move.kind, _brief(move)[3]) == ("withdraw", ["سبها"])


def test_movements_reached_it_with_its_object_pronoun_is_an_arrival():
    moves = _moves("انطلقت قافلة عسكرية من سبها نحو أوباري. ووصلتها القافلة مساء الجمعة قادمة عبر جرمة.")
    assert len(moves) >= 1 and _brief(moves[0])[2:4] == (["سبها"], ["أوباري"])


def test_movements_a_place_whose_name_reads_like_a_future_verb_makes_nothing_planned():
    (move,) = _moves("وأضاف المصدر أن السرية التي أمضت ستة أشهر في واحة سيوة غادرتها مساء الاثنين عائدة إلى قاعدة محمد "
                     "نجيب العسكرية.")
    assert (move.kind, move.status, _brief(move)[3]) == ("withdraw", "reported", ["قاعدة محمد نجيب العسكرية"])


def test_movements_a_place_named_sidi_before_then_is_no_future_verb():
    moves = _moves("انتشرت وحدات مصرية في سيدي براني ثم تقدمت نحو السلوم.")
    assert [(m.status, *_brief(m)[2:4]) for m in moves] == [
        ("reported", [], ["سيدي براني"]), ("reported", ["سيدي براني"], ["السلوم"])]


def test_movements_review_a_partitive_after_that_a_ship_after_its_verb_and_a_warplane_in_another_clause_carry_aid():
    assert _moves("وصلت قافلة مساعدات إنسانية إلى الكفرة، وأكد المسؤول أن جزءا منها سيتوجه إلى ربيانة.") == ()
    assert _moves("وصلت إلى بنغازي مساعدات إنسانية، بعد أن أبحرت السفينة من إسطنبول.") == ()
    assert _moves("حلقت طائرات حربية فوق المدينة، ووصلت قافلة مساعدات إنسانية إلى الكفرة.") == ()
    assert _moves("هبطت في مطار بنينا طائرة عسكرية تقل الركاب العالقين قادمة من الخرطوم.") == ()
    assert _moves("ضبطت الدورية شاحنة عسكرية محملة بالحشيش كانت في طريقها من أغاديس إلى سبها.") == ()


def test_movements_review_a_joiner_s_own_base_is_where_it_sets_out_and_reached_him_is_no_arrival():
    (move,) = _moves("ستلتحق السرية المتمركزة في سبها بالقوات الموجودة في أوباري.")
    assert _brief(move)[2:4] == (["سبها"], ["أوباري"])
    assert _moves("وصلته رسالة من الكتيبة في سبها.") == ()
    (move,) = _moves("نشرت الكتيبة 128 سرية في سوق المواشي بسبها.")
    assert _brief(move)[3] == ["سبها"]


def test_movements_review_stationed_in_the_same_town_points_back_too():
    (_, move) = _moves("وصلت قوة إلى أوباري أمس. وقال آمرها إن الوحدات المتمركزة في المدينة نفسها «لن تنسحب إلى سبها».")
    assert (move.status, *_brief(move)[2:4]) == ("denied", ["أوباري"], ["سبها"])


def test_movements_landing_them_with_its_pronoun_goes_on_with_the_voyage_and_moving_a_task_is_no_move():
    (move,) = _moves("وأضاف المصدر أن سفينة الإنزال «طبرق» ستنقل خلال الأيام المقبلة سرية من مشاة البحرية من ميناء بنغازي "
                     "وتنزلها في ميناء السدرة.")
    assert (move.kind, move.status, *_brief(move)[2:4]) == ("naval_landing", "planned", ["ميناء بنغازي"], ["ميناء السدرة"])
    assert [m.kind for m in _moves("حشد عناصر الجهاز سيارات داخل حقل زلطن احتجاجاً على قرار بنقل مهمة تأمينه إلى "
                                   "وحدات عسكرية.")] == ["mobilise"]


def test_movements_what_a_crossing_verb_takes_before_a_destination_is_passed_on_the_way():
    (move,) = _moves("أبحرت السفينة من ميناء جبل علي وعبرت قناة السويس متجهة إلى ميناء طبرق.")
    assert _brief(move)[2:5] == (["ميناء جبل علي"], ["ميناء طبرق"], ["قناة السويس"])
    (move,) = _moves("عبرت القوات الحدود إلى ليبيا.")
    assert _brief(move)[3] == ["ليبيا"]


def test_movements_tunisian_in_case_of_a_rise_is_a_condition():
    (move,) = _moves("وأوضح الصفاقسي أنه «في صورة ارتفاع نسق العبور، سيتم حشد وحدات إضافية في محيط معبر راس جدير».")
    assert (move.status, _brief(move)[3]) == ("conditional", ["معبر راس جدير"])


def test_movements_pilgrims_flying_out_are_no_force_but_the_road_they_take_may_be_secured():
    assert _moves("فيما غادرت آخر أفواج الحجاج بورتسودان جواً متجهة إلى جدة.") == ()
    (move,) = _moves("وتعتزم القوة المشتركة في مصراته نقل سرية من 20 آلية إلى أبوقرين خلال أيام لتأمين الطريق الساحلي الذي "
                     "يسلكه الحجاج القادمون من المنطقة الوسطى.")
    assert (move.status, _brief(move)[3]) == ("planned", ["أبوقرين"])


def test_movements_a_second_claim_after_or_that_in_a_denial_is_denied_too():
    moves = _moves("من جهته، نفى الناطق أن تكون أي وحدات قد تحركت من سرت باتجاه الوشكة، أو أن تكون سفينة إنزال قد نقلت "
                   "عناصر من ميناء بنغازي إلى ميناء سرت خلال الليل.")
    assert [(m.status, *_brief(m)[2:4]) for m in moves] == [
        ("denied", ["سرت"], ["الوشكة"]), ("denied", ["ميناء بنغازي"], ["ميناء سرت"])]


def test_movements_the_gunmen_of_a_town_are_a_force():
    (move,) = _moves("قال أحد أعيان زوارة إن مسلحي المدينة «سيعودون إلى رأس جدير إذا لم تُسلَّم إدارة البوابة».")
    assert (move.status, move.actor.name, _brief(move)[3]) == ("conditional", "Armed groups in Zuwarah", ["رأس جدير"])
    (move,) = _moves("قال مصدر إن مسلحي زوارة انسحبوا من منفذ راس اجدير.")
    assert (move.actor.text, move.actor.name) == ("مسلحي زوارة", "Armed groups in Zuwarah")


def test_movements_forces_a_commander_calls_his_own_set_out_from_his_post():
    (move,) = _moves("قال آمر القوة الحكومية في العزيزية إن وحداته «ستتقدم نحو السواني إذا تجددت الاشتباكات».")
    assert (move.status, *_brief(move)[2:4]) == ("conditional", ["العزيزية"], ["السواني"])
    (move,) = _moves("قال آمر محور وادي الربيع في «اللواء 444 قتال» إن قواته «لن تتقدم نحو ترهونة إلا إذا خُرق الاتفاق».")
    assert (move.status, move.actor.name, *_brief(move)[2:4]) == ("conditional", "GNA forces", ["وادي الربيع"], ["ترهونة"])
    (move,) = _moves("وقال آمر الكتيبة للصحفيين في الكفرة إن قواته ستعزز مواقعها على الحدود مع السودان.")
    assert _brief(move)[2:4] == ([], ["الحدود مع السودان"])  # where he spoke is not his post


def test_movements_again_then_a_force_named_at_length_then_the_verb_is_one_redeployment():
    (move,) = _moves("وفي سبها، أعادت كتيبة سبل السلام تموضع سريتين من المدينة إلى تمنهنت.")
    assert (move.kind, *_brief(move)[2:4]) == ("redeploy", ["سبها"], ["تمنهنت"])


def test_movements_a_province_is_not_and_for_any():
    (move,) = _moves("وفي ولاية إليزي، أعادت الناحية تموضع كتيبة مشاة من عين أميناس إلى الدبداب.")
    assert (move.kind, move.status, *_brief(move)[2:4]) == ("redeploy", "reported", ["عين أميناس"], ["الدبداب"])
    (move,) = _moves("أن الجيش الجزائري، الذي يحتفظ بانتشار واسع في ولاية إليزي، سيدفع بوحدات إضافية من إليزي إلى جانت "
                     "إذا تدهور الوضع.")  # a presence kept, not a movement
    assert (move.status, *_brief(move)[2:4]) == ("conditional", ["إليزي"], ["جانت"])


def test_movements_bringing_back_to_mind_is_no_return():
    assert _moves("ويعيد المشهد إلى الأذهان عملية «البنيان المرصوص» التي خاضتها قوات مصراتة عام 2016 لطرد تنظيم الدولة "
                  "من سرت.") == ()


def test_movements_fighters_named_by_an_accusative_nisba_are_that_nation_s():
    (move,) = _moves("نقلت حافلات نحو مئة وخمسين مقاتلاً سورياً من قاعدة الوطية إلى مطار معيتيقة.")
    assert (move.actor.text, move.actor.name) == ("مقاتلاً سورياً", "Syrian mercenaries")
    (move,) = _moves("وصل 300 مقاتلاً سودانياً إلى الكفرة.")
    assert move.actor.name == "Sudanese armed groups"
    (move,) = _moves("وأبحرت 3 زوارق دورية سلمتها إيطاليا لحكومة الوحدة الوطنية من قاعدة أوغستا البحرية إلى ميناء طرابلس.")
    assert move.actor.name == "GNA forces"  # the country that handed them over, no nisba


def test_movements_who_is_aboard_a_flight_named_before_it_may_be_no_force():
    assert _moves("9- عودة 45 مهاجراً موريتانياً من ليبيا على متن رحلة جوية حطت في نواكشوط صباح اليوم.") == ()
    (move,) = _moves("وصل 40 جندياً على متن طائرة عسكرية حطت في مطار سبها.")
    assert (move.kind, _brief(move)[3]) == ("airlift", ["مطار سبها"])


def test_movements_flocking_in_is_a_mobilisation():
    (move,) = _moves("وأضاف البيان أن العشرات من شباب الطوارق توافدوا منذ صباح الخميس من العوينات وغات إلى أوباري.")
    assert (move.kind, *_brief(move)[2:4]) == ("mobilise", ["العوينات", "غات"], ["أوباري"])
    assert _moves("توافد المواطنون على مراكز الاقتراع في سبها.") == ()


def test_movements_a_place_crossed_before_the_next_leg_is_on_the_way():
    (move,) = _moves("وقال الناطق إن قافلة إمداد تتبع لميليشيا الدعم السريع انطلقت من الكفرة قبل أربعة أيام وعبرت جبل العوينات، "
                     "قبل أن تصل إلى المالحة في السودان.")
    assert _brief(move)[2:5] == (["الكفرة"], ["المالحة"], ["جبل العوينات"])


def test_movements_a_stage_that_will_begin_with_a_move_plans_it():
    (move,) = _moves("وقال إن المرحلة الثانية ستبدأ في 15 أبريل بمغادرة 900 مقاتل من قاعدة الوطية إلى تركيا.")
    assert (move.status, *_brief(move)[2:4]) == ("planned", ["قاعدة الوطية"], ["تركيا"])


def test_movements_review_cases_of_the_thirty_fifth_session():
    moves = _moves("عبرت قوات الدعم السريع الحدود إلى الكفرة، قبل أن تصل قوات الجيش الوطني إلى تازربو.")
    assert [(m.actor.name, _brief(m)[3]) for m in moves] == [
        ("Sudanese armed groups", ["الكفرة"]), ("Libyan National Army", ["تازربو"])]  # another force: no next leg
    assert [m.kind for m in _moves("عبرت قوة مسلحة الحدود إلى الكفرة، ثم انسحبت إلى السودان.")] == ["deploy", "withdraw"]
    (move,) = _moves("عاد 45 مهاجراً إلى نواكشوط على متن رحلة جوية، ووصلت قوات من الجيش إلى سبها.")
    assert _brief(move)[3] == ["سبها"]  # passengers in another clause
    (move,) = _moves("قال المسماري إن القائد العام أصدر أمراً في بنغازي بأن تتقدم قواته نحو سرت.")
    assert _brief(move)[2] == []  # أمراً 'an order' is no commander
    (move,) = _moves("قال آمر الكتيبة أمس في طرابلس إن قواته ستتقدم نحو ترهونة.")
    assert _brief(move)[2] == []  # where he spoke yesterday
    (move,) = _moves("ستنتشر قوات الجيش الجزائري في ولاية جانت.")
    assert (move.status, _brief(move)[3]) == ("planned", ["جانت"])  # ولاية is no 'and for any'
    (move,) = _moves("أعاد اللواء 444 قتال الهدوء وانتشر في ترهونة.")
    assert move.kind == "deploy"  # restored calm, then deployed: no redeployment
    assert _moves("توافد المهنئون على مقر القيادة العامة للجيش في الرجمة.") == ()
    (move,) = _moves("وصل 300 مقاتلًا سوريًا إلى طرابلس.")
    assert move.actor.name == "Syrian mercenaries"  # the tanween on the ي


def test_movements_the_leg_after_on_the_understanding_that_is_its_own_planned_move():
    moves = _moves("وصل رتل إلى مصراتة قادماً من طرابلس، على أن يتوجه غداً إلى أبوقرين.")
    assert [(m.status, *_brief(m)[2:4]) for m in moves] == [
        ("reported", ["طرابلس"], ["مصراتة"]), ("planned", [], ["أبوقرين"])]


def test_movements_a_fact_check_verdict_denies_the_claim():
    (move,) = _moves("«كاشف» | مقطع «الإنزال التركي في ميناء سرت» مضلل.. وتعزيزات الجفرة حقيقية")
    assert (move.status, _brief(move)[3]) == ("denied", ["ميناء سرت"])


def test_movements_as_long_as_makes_a_condition_whose_places_are_not_the_moves():
    (move,) = _moves("وأضاف أن عناصر الفيلق الأفريقي الروسي «لن يغادروا الجفرة ما دامت القوات التركية موجودة في قاعدة الوطية».")
    assert _summary(move) == ("withdraw", "conditional", "Russian forces", ["الجفرة"], [], [])
    (move,) = _moves("لن تتقدم قواتنا نحو الطينة طالما أن القوافل تمر دون مرافقة عسكرية.")
    assert (move.status, _brief(move)[3]) == ("conditional", ["الطينة"])


def test_movements_misratan_brigades_by_name_are_misrata_forces():
    (move,) = _moves("بدأت وحدات من لواء المحجوب، مساء الأحد، سحب المدفعية الثقيلة من الوشكة إلى مصراتة.")
    assert _summary(move)[:5] == ("withdraw", "reported", "Misrata forces", ["الوشكة"], ["مصراتة"])


def test_movements_going_on_its_way_with_its_subject_between_sets_out_from_where_it_landed():
    moves = _moves("رصد الحساب تسع رحلات لطائرات شحن روسية أقلعت من قاعدة حميميم في سوريا وهبطت في قاعدة الخادم. "
                   "وبحسب الحساب، واصلت ست من هذه الطائرات رحلتها بعد التزود بالوقود نحو مطار نيامي.")
    assert [_summary(m)[:6] for m in moves] == [
        ("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الخادم"], []),
        ("airlift", "reported", "Russian forces", ["قاعدة الخادم"], ["مطار نيامي"], [])]
    (move,) = _moves("واصلت القافلة العسكرية سيرها نحو سبها.")
    assert (move.kind, _brief(move)[3]) == ("deploy", ["سبها"])
    (move,) = _moves("توقف الرتل العسكري عند البوابة، ثم واصل سيره نحو سبها.")  # سيره next to its verb only: سيرة
    assert _brief(move)[3] == ["سبها"]  # 'a biography' reads the same (ويتابع الجيش سيرة القائد في بنغازي)
    assert _moves("ويتابع الجيش سيرة القائد الراحل في بنغازي.") == ()
    assert _moves("تابع المجلس سير العمليات في سبها.") == ()


def test_movements_going_on_its_way_in_the_same_sentence_is_one_journey_by_its_stop():
    (move,) = _moves("هبطت طائرات شحن روسية في قاعدة الخادم، قبل أن تواصل رحلتها إلى قاعدة الجفرة الجوية.")
    assert _summary(move) == ("airlift", "reported", "Russian forces", [], ["قاعدة الجفرة الجوية"], ["قاعدة الخادم"])


def test_movements_a_nationality_before_made_is_where_a_weapon_was_made_not_whose_forces_move():
    moves = _moves("وسط ضربات بطائرات مسيّرة تركية الصنع استهدفت مخازن وقود في الحرشة. "
                   "وأكد مصدر عسكري أن طائرة نقل عسكرية أقلعت من قاعدة معيتيقة وهبطت في قاعدة الوطية.")
    assert [_summary(m)[:5] for m in moves] == [("airlift", "reported", None, ["قاعدة معيتيقة"], ["قاعدة الوطية"])]


def test_movements_a_holiday_after_before_is_a_time_not_another_clause():
    (move,) = _moves("وأوضح أن جزءاً من القوة سيتحرك بعد عيد الأضحى من بئر الغنم إلى العجيلات.")
    assert (move.status, *_brief(move)[2:4]) == ("planned", ["بئر الغنم"], ["العجيلات"])


def test_movements_sources_report_then_the_next_sentence_denies_this_information():
    moves = _moves("أفادت مصادر سودانية بأن خمس طائرات شحن قادمة من أبوظبي هبطت في مطار الكفرة محمّلة بذخائر. "
                   "وسارعت القيادة العامة للجيش الوطني الليبي في بنغازي إلى نفي هذه المعلومات.")
    assert [(m.status, *_brief(m)[2:4]) for m in moves] == [("denied", ["أبوظبي"], ["مطار الكفرة"])]


def test_movements_coming_from_the_headquarters_of_a_force_in_a_town_sets_out_from_it():
    (move,) = _moves("انتشرت دوريات تابعة لجهاز الأمن العام في شوارع سوق الجمعة وفي محيط مطار معيتيقة، "
                     "قادمة من مقرات الجهاز في عين زارة.")
    assert _brief(move)[2:4] == (["عين زارة"], ["سوق الجمعة", "مطار معيتيقة"])


def test_movements_the_next_leg_from_there_in_a_plan_is_planned():
    moves = _moves("وأوضحت المصادر أن طائرتي شحن «ستنقلان المقاتلين الأسبوع المقبل من مطار هون إلى الكفرة، ومنها يُنقلون "
                   "براً إلى الحدود مع السودان».")
    assert [(m.status, *_brief(m)[2:4]) for m in moves] == [
        ("planned", ["مطار هون"], ["الكفرة"]), ("planned", ["الكفرة"], ["الحدود مع السودان"])]
    moves = _moves("وصل رتل إلى مرزق. وقال مصدر إن الرتل سيبقى أياماً، وإن سرية منه تقدمت فجر الأربعاء من المدينة نحو حقل الفيل.")
    assert moves[-1].status == "reported"  # a company of it, not 'from there'


def test_movements_arrived_in_is_a_movement_but_took_the_place_of_is_not():
    (move,) = _moves("حلّت بجانت، مساء الأربعاء، قافلة تعزيزات جديدة لوحدات الجيش الوطني الشعبي قادمة من إليزي.")
    assert (move.kind, *_brief(move)[2:4]) == ("reinforce", ["إليزي"], ["جانت"])
    assert _moves("وتقول مصادر إن قوات «الفيلق الأفريقي» حلت محل مجموعة «فاغنر» في الجفرة.") == ()  # replaced it


def test_movements_going_on_its_way_needs_a_force_and_one_mover_and_status_to_join():
    assert _moves("انسحبت القوات من الوشكة إلى مصراتة. وتواصل الحكومة طريقها نحو الانتخابات في طرابلس.")[1:] == ()
    assert len(_moves("أقلعت طائرة شحن عسكرية من أنقرة إلى مصراتة. ويواصل الجيش استهداف مواقع بطائرات مسيرة في سرت.")) == 1
    moves = _moves("وصلت قوات الجيش الوطني الليبي إلى سبها، بينما واصلت قوات حكومة الوحدة طريقها نحو الشويرف.")
    assert [(m.actor.name, _brief(m)[3]) for m in moves] == [
        ("Libyan National Army", ["سبها"]), ("GNA forces", ["الشويرف"])]
    moves = _moves("نفى الجيش إرسال رتل من بنغازي إلى سبها. غير أن الرتل واصل طريقه من الجفرة إلى سبها.")
    assert [m.status for m in moves] == ["denied", "reported"]


def test_movements_often_is_no_condition_and_a_birthday_is_no_time():
    (move,) = _moves("دخلت قوات الجيش مدينة سبها التي طالما عانت من الانفلات الأمني.")
    assert move.status == "reported"
    (move,) = _moves("انسحبت الكتيبة إلى مصراتة بعد عيد ميلاد القائد في بنغازي.")
    assert _brief(move)[3] == ["مصراتة"]


def test_movements_did_not_hide_that_is_no_denial():
    (move,) = _moves("وفي كلمته، لم يخف عقيلة صالح أن القيادة العامة «تعتزم حشد ثلاث كتائب في هون وودان».")
    assert (move.kind, move.status, _brief(move)[3]) == ("mobilise", "planned", ["هون", "ودان"])


def test_movements_a_force_owned_at_length_before_a_negated_verb_moves():
    (move,) = _moves("قال عضو في وفد طرابلس إن الوحدات التابعة لرئاسة الأركان العامة «لن تعود من أبو قرين إلى مصراتة إلا إذا "
                     "غادر آخر المقاتلين الأجانب قاعدة الجفرة الجوية».")
    assert (move.status, move.actor.name, *_brief(move)[2:4]) == ("conditional", "GNA forces", ["أبو قرين"], ["مصراتة"])


def test_movements_a_capital_put_first_before_an_agency_citing_a_source_is_where_it_is_said():
    moves = _moves("وفي أنقرة، نقلت وكالة الأناضول عن مصدر في وزارة الدفاع التركية قوله إن سفناً حربية تركية «قد ترسو في ميناء "
                   "مصراتة وتُنزل وحدات من مشاة البحرية إذا تعرضت قوات حكومة الوحدة الوطنية لأي هجوم».")
    assert [(m.kind, m.status, _brief(m)[3]) for m in moves] == [("naval_landing", "conditional", ["ميناء مصراتة"])]


def test_movements_moving_the_sessions_somewhere_is_no_movement_of_forces():
    moves = _moves("وفي مصراتة، قال آمر «القوة المشتركة» إن وحداته «لن تتحرك من مصراتة نحو بويرات الحسون إلا إذا تجاوزت قوات "
                   "القيادة العامة البوابة الغربية لسرت»، معتبراً أن نقل الجلسات إلى هناك «استفزاز مقصود».")
    assert [(m.status, *_brief(m)[2:4]) for m in moves] == [("conditional", ["مصراتة"], ["بويرات الحسون"])]


def test_movements_an_analysts_counterfactual_scenario_is_no_movement():
    assert _moves("لكن دعيني أطرح فرضية: لو انهار الوضع في غات، لاضطررنا إلى نقل ألوية من تمنراست إلى جانت.") == ()
    (move,) = _moves("قال آمر الكتيبة إن قواته «لن تدخل غات إلا إذا طلب أعيان المدينة ذلك».")  # a side's own condition
    assert move.status == "conditional"
    (move,) = _moves("ولو تعرضت الدوريات لهجوم فستتقدم الوحدات نحو غات.")  # no answer in لـ: a condition
    assert move.status == "conditional"


def test_movements_plural_movements_count_only_towards_a_place_and_the_mobilisation_is_no_move():
    assert _moves("وتشهد المنطقة تحركات عسكرية على محور ترهونة منذ أيام.") == ()
    (move,) = _moves("ورصدت مصادر تحركات لقوات الجيش نحو سرت.")
    assert _brief(move)[3] == ["سرت"]
    assert _moves("ودعت البعثة الأممية إلى وقف التحشيد في سرت والجفرة.") == ()


def test_movements_stationed_there_since_years_is_a_state_wherever_since_stands_in_its_clause():
    assert _moves("ولا تزال عناصر من «الفيلق الأفريقي» الروسي تتمركز في قاعدة الجفرة الجوية منذ عام 2020.") == ()
    assert _moves("وتتمركز في غدامس منذ 2024 سرية تابعة لجهاز حرس الحدود.") == ()
    assert _moves("وقال إن الكتيبة تتمركز في سرت، ثم تتقدم نحو الجفرة منذ فجر اليوم.")[-1].destinations[0].text == "الجفرة"


def test_movements_the_spread_of_gangs_or_disease_is_no_deployment():
    assert _moves("ويشكو سكان القطرون منذ سنوات من انتشار عصابات تهريب البشر والوقود.") == ()
    assert _moves("وحذّرت مديرية الصحة من انتشار الملاريا بجانت بعد موسم أمطار غير معتاد.") == ()
    (move,) = _moves("أفادت وسائل إعلام ليبية بانتشار قوة تابعة لحكومة الوحدة الوطنية في مدينة العزيزية.")
    assert _brief(move)[3] == ["العزيزية"]


def test_movements_what_an_order_or_agreement_stipulates_is_planned_unless_told_in_the_past():
    (move,) = _moves("ونص البند الثاني من القرار على نقل الكتيبة 77 مشاة من مصراتة إلى سرت خلال شهر.")
    assert move.status == "planned"
    (move,) = _moves("وبحسب نص الاتفاق، تنسحب المجموعات المسلحة من غريان إلى مقراتها خلال أسبوع.")
    assert move.status == "planned"
    (move,) = _moves("وبحسب نص الاتفاق، انسحبت المجموعات المسلحة صباح الخميس من غريان إلى مقراتها.")
    assert move.status == "reported"


def test_movements_right_upon_the_end_of_a_scheduled_thing_is_a_time_not_a_condition():
    (move,) = _moves("وقال المتحدث إن السرية ستعود إلى قاعدتها في غريان فور انتهاء المناورات يوم الخميس.")
    assert move.status == "planned"
    (move,) = _moves("وقال المتحدث إن السرية ستعود إلى غريان بمجرد انتهاء مهمتها.")  # 'once': a condition
    assert move.status == "conditional"
    (move,) = _moves("وعادت السرية إلى غريان فور انتهاء المناورات.")
    assert move.status == "reported"


def test_movements_what_a_move_is_made_in_exchange_for_is_no_condition_of_it():
    (move,) = _moves("وقال القيادي إن المقاتلين سيتوجهون من سبها إلى القطرون الأسبوع المقبل، مقابل رواتب شهرية.")
    assert move.status == "planned"
    (move,) = _moves("وقال القيادي إن المقاتلين سيتوجهون من سبها إلى القطرون إذا تأخرت الرواتب.")
    assert move.status == "conditional"


def test_movements_the_mercenaries_a_state_sends_are_the_force_that_moves():
    (move,) = _moves("نقلت تركيا نحو 200 من المرتزقة السوريين من قاعدة الوطية إلى مصراتة الأسبوع الماضي.")
    assert move.actor.name == "Syrian mercenaries"
    (move,) = _moves("نقلت تركيا جنوداً من قاعدة الوطية إلى مصراتة الأسبوع الماضي.")
    assert move.actor.name == "Turkish armed forces"


def test_movements_doing_something_again_is_no_return_of_forces():
    assert _moves("أعادت وحدات من الجيش، ظهر الاثنين، فتح البوابة الأمنية عند المدخل الشرقي لبلدة قيرة.") == ()
    assert _moves("وأعلن الجيش إعادة تشغيل قاعدة براك الجوية.") == ()
    (move,) = _moves("أعادت القيادة الكتيبة 116 إلى سبها.")
    assert _brief(move)[3] == ["سبها"]


def test_movements_a_condition_in_a_relative_clause_after_the_purpose_is_that_things_not_the_moves():
    (move,) = _moves("ومن المقرر أن تنتقل سرية من الكفرة إلى منفذ العوينات مطلع الشهر المقبل، لتأمين المنفذ الذي سيُفتح أمام "
                     "الشاحنات إذا اكتملت الترتيبات.")
    assert move.status == "planned"
    (move,) = _moves("ومن المقرر أن تنتقل سرية من الكفرة إلى منفذ العوينات إذا اكتملت الترتيبات.")
    assert move.status == "conditional"


def test_movements_a_declared_mobilisation_happens_in_the_town_of_who_declares_it():
    (move,) = _moves("أعلن أعيان قبيلة التبو في القطرون «النفير العام» إثر مقتل شابين من البلدة.")
    assert (move.kind, _brief(move)[3]) == ("mobilise", ["القطرون"])
    (move,) = _moves("مصراتة تعلن «النفير العام» بعد غارة جوية.")
    assert _brief(move)[3] == ["مصراتة"]
    assert _moves("وقال مصدر في طرابلس إن القوات أعلنت النفير.") == ()  # who speaks, where


def test_movements_the_barracks_a_force_leaves_in_a_town_written_with_bi_is_where_it_sets_out_from():
    (move,) = _moves("وقال إن وحدات من الجيش غادرت الثكنة العسكرية برمادة باتجاه الذهيبة.")
    assert _brief(move)[2:4] == (["رمادة"], ["الذهيبة"])


def test_movements_a_bare_army_moving_inside_libya_is_libyas_own():
    (move,) = _moves("ونقلت وسائل إعلام عن مصدر عسكري أن الجيش حشد وحدات إضافية في بن جواد والنوفلية.")
    assert move.actor.name == "Libyan National Army"
    (move,) = _moves("وقال مصدر إن الجيش حشد وحدات إضافية في مدنين.")  # abroad: that country's army, not Libya's
    assert move.actor.name == "Tunisian army"


def test_movements_a_page_or_site_that_publishes_deploys_nothing():
    assert _moves("نشرت الصفحة الرسمية للمجلس، مساء الجمعة، قائمة بأسماء العائدين إلى العوينات.") == ()


def test_movements_the_seat_of_who_ordered_a_move_is_no_place_of_it():
    (move,) = _moves("وصلت إلى زوار الأسبوع الماضي تعزيزات من فايا لارجو، بأوامر من قيادة الأركان في أنجمينا.")
    assert _brief(move)[2:4] == (["فايا لارجو"], ["زوار"])


def test_movements_a_message_or_a_war_that_reaches_a_place_is_no_force():
    assert _moves("وقال إن «الرسالة وصلت إلى أنقرة بوضوح».") == ()
    assert _moves("يردد كثيرون أن الحرب السودانية وصلت إلى عتبة ليبيا.") == ()
    (move,) = _moves("وقال إن تعزيزات وصلت إلى الكفرة بعد الحرب.")
    assert _brief(move)[3] == ["الكفرة"]


def test_movements_the_soldiers_a_move_brings_told_with_where_they_came_from_make_one_move():
    (move,) = _moves("أفادت مصادر بأن الجيش النيجري عزز موقعه في ماداما بنحو مئة جندي نُقلوا من ديركو، في إطار خطة لمراقبة الطرق.")
    assert _brief(move)[2:4] == (["ديركو"], ["ماداما"])


def test_movements_the_election_commissions_staff_leaving_is_no_force():
    assert _moves("وأضافوا أن موظفي المفوضية غادروا أوباري في اليوم نفسه حاملين محاضر الفرز إلى سبها.") == ()


def test_movements_a_force_from_a_town_and_its_owner_sets_out_from_the_town():
    (move,) = _moves("وأشار إلى أن كتيبة من نالوت تابعة لرئاسة الأركان «ستنتقل الأسبوع المقبل إلى العجيلات».")
    assert _brief(move)[2:4] == (["نالوت"], ["العجيلات"])


def test_movements_the_mercenaries_a_state_sends_past_a_time_aside_are_the_force_that_moves():
    (move,) = _moves("نقلت تركيا، خلال الأيام الماضية، نحو 300 من المرتزقة السوريين من قاعدة الوطية إلى غريان.")
    assert move.actor.name == "Syrian mercenaries"


def test_movements_a_deployment_the_town_had_not_known_is_no_denial():
    (move,) = _moves("وسط انتشار أمني لم تعرفه المدينة منذ سنوات، دفعت القيادة العامة بسرية قادمة من قاعدة تمنهنت إلى سبها.")
    assert move.status == "reported"


def test_movements_the_review_of_the_thirty_seventh_sessions_rules():
    assert _moves("وجاء في نص البيان أن وحدات من اللواء تتمركز حاليا في سرت.")[0].status == "reported"  # a text
    (move,) = _moves("أعاد الجيش وحداته بعد السيطرة على الحقل إلى قاعدة الجفرة.")  # the object is past a clause
    assert _brief(move)[3] == ["قاعدة الجفرة"]
    (move,) = _moves("ستنتقل الكتيبة إلى منفذ إيسين لتأمين الطريق الذي يربطه بغات، إذا طلبت البلدية ذلك.")
    assert move.status == "conditional"  # the relative clause closed by its comma: the move's own condition
    (move,) = _moves("وأكد المصدر أنه تم نشر منصات صواريخ روسية وعناصر من فاغنر في قاعدة الجفرة.")  # launchers
    assert _brief(move)[3] == ["قاعدة الجفرة"]
    (move,) = _moves("نقلت روسيا أسلحة إلى الجفرة لصالح مرتزقة فاغنر.")  # for whom, not who
    assert move.actor.name == "Russian forces"
    (move,) = _moves("وقال القائد إن قواته ستنسحب من سرت فور انتهاء الاشتباكات.")  # no scheduled end
    assert move.status == "conditional"
    (move,) = _moves("ونفى الجيش تحرك قوات أخرى نحو سرت.")  # the army that denies is no mover
    assert move.actor is None or move.actor.name is None


def test_movements_the_force_that_watches_is_not_the_one_that_moves():
    (move,) = _moves("رصدت البحرية اليونانية صباح الخميس فرقاطتين تركيتين أبحرتا من قاعدة أكساز البحرية متجهتين إلى ميناء الخمس.")
    assert move.actor.name == "Turkish armed forces"
    (move,) = _moves("إذ رُصدت سفن شحن روسية تفرغ معدات في ميناء طبرق قادمة من طرطوس السورية.")  # the passive: seen
    assert move.actor.name == "Russian forces"


def test_movements_the_named_force_a_verb_of_sending_carries_far_from_it_moves():
    (move,) = _moves("ونقلت طائرتا شحن من طراز «سي-130» الأسبوع الماضي نحو 150 عنصراً من القوات الخاصة التشادية من أنجمينا "
                     "إلى فادا.")
    assert move.actor.name == "Chadian army"


def test_movements_humanitarian_flights_are_no_force():
    assert _moves("تواصل خدمة الأمم المتحدة للنقل الجوي الإنساني تسيير رحلتين أسبوعياً بين أنجمينا وأبشي.") == ()


def test_movements_where_the_smugglers_of_a_purpose_come_from_is_no_origin_of_the_move():
    (move,) = _moves("وقال مصدر إن القيادة تعتزم نقل سرية من ديركو إلى قاعدة ماداما مروراً بسيغيدين، لتشديد المراقبة "
                     "على الطريق الذي تسلكه قوافل التهريب القادمة من القطرون.")
    assert _brief(move)[2:4] == (["ديركو"], ["قاعدة ماداما"])


def test_movements_the_place_a_purpose_is_carried_out_in_is_where_the_move_goes():
    (move,) = _moves("ونفى المكتب نقل كتيبة من أوجلة لتعويض النقص في الكفرة.")
    assert (_brief(move)[2:4], move.status) == ((["أوجلة"], ["الكفرة"]), "denied")
    (move,) = _moves("انطلقت القوة من سبها لملاحقة مهربين في أوباري.")
    assert _brief(move)[2:4] == (["سبها"], ["أوباري"])


def test_movements_where_convoys_a_force_meets_are_bound_is_none_of_its_route():
    (move,) = _moves("وأوضح البيان أن وحدات من الشرطة العسكرية انتشرت منذ الثلاثاء في القبة وعند مدخل مرتوبة، وباتت تفتش "
                     "القوافل الإنسانية المتجهة إلى درنة.")
    assert _brief(move)[2:4] == ([], ["القبة", "مرتوبة"])
    (move,) = _moves("وصلت إلى سرت أمس الكتائب القادمة من مصراتة.")  # the force's own origin
    assert _brief(move)[2:4] == (["مصراتة"], ["سرت"])
    (move,) = _moves("سينتقل جزء منها من رمادة خلال الأيام القادمة إلى برج الخضراء.")  # the coming days
    assert _brief(move)[2:4] == (["رمادة"], ["برج الخضراء"])


def test_movements_the_place_that_witnessed_a_movement_is_where_it_went():
    (move,) = _moves("شهدت بلدة الدبداب منذ فجر الخميس وصول تعزيزات من الجيش قادمة من عين أمناس.")
    assert _brief(move)[2:4] == (["عين أمناس"], ["الدبداب"])
    (move,) = _moves("شهدت مدينة يفرن في الجبل الغربي، صباح الخميس، انتشار وحدات تابعة لرئاسة الأركان.")
    assert _brief(move)[2:4] == ([], ["يفرن"])
    assert _moves("تشهد ولاية إليزي، التي تضم حقول غاز حيوية، انتشاراً عسكرياً مكثفاً منذ سنوات.") == ()  # a state


def test_movements_a_video_that_spreads_is_no_deployment():
    assert _moves("انتشر خلال الساعات الماضية على منصات التواصل الاجتماعي في ليبيا مقطع فيديو يُظهر عربات مدرعة.") == ()
    assert _moves("أثار مقطع فيديو انتشر منذ الخميس على صفحات ليبية حالة من القلق في غدامس.") == ()
    (move,) = _moves("انتشرت وحدات من الجيش منذ الخميس في غدامس.")
    assert _brief(move)[3] == ["غدامس"]
    (move,) = _moves("وبحسب المنشور، انتشرت سرية من كتيبة سبل السلام في محيط مطار الكفرة.")  # 'according to the post,'
    assert _brief(move)[3] == ["مطار الكفرة"]


def test_movements_the_gate_a_move_sets_out_to_take_over_is_where_it_goes():
    (move,) = _moves("وقال إن سرية أخرى ستنتقل من الرياينة لتتسلم خلال أيام بوابة القواليش من قوة تابعة للمديرية.")
    assert _brief(move)[2:4] == (["الرياينة"], ["القواليش"])


def test_movements_an_unnamed_spot_located_by_a_compass_word_goes_to_the_town_it_is_near():
    (move,) = _moves("نفت البلدية نقل عناصر روسية من قاعدة الجفرة الجوية إلى مقر المشروع الزراعي جنوب سوكنة.")
    assert (_brief(move)[2:4], move.status) == ((["قاعدة الجفرة الجوية"], ["سوكنة"]), "denied")
    (move,) = _moves("نقلت القيادة عناصر من الجفرة إلى مواقع جديدة جنوب سرت.")
    assert _brief(move)[2:4] == (["الجفرة"], ["سرت"])
    (move,) = _moves("دفعت قوات حرس الحدود بدوريات من شرق العوينات إلى الحدود مع السودان، على امتداد نحو 200 كيلومتر "
                     "غرب منفذ أرقين.")  # a distance measured from the crossing
    assert _brief(move)[3] == ["الحدود مع السودان"]


def test_movements_a_caption_quoted_past_its_double_dot_is_the_claim_a_later_denial_answers():
    (move,) = _moves("تداولت صفحات، منذ مساء الجمعة، مقطعاً مصوّراً مرفقاً بعبارة: «عاجل.. أرتال مسلحة تابعة لحكومة الوحدة "
                     "الوطنية خرجت من زوارة وعبرت معبر رأس جدير باتجاه بن قردان». كما نفى جهاز حرس الحدود أن تكون قوات "
                     "تابعة لحكومة الوحدة قد تحركت من زوارة نحو المعبر أصلاً.")
    assert (_brief(move)[2:4], move.status) == ((["زوارة"], ["بن قردان"]), "denied")


def test_movements_expected_or_decided_moves_are_planned():
    (move,) = _moves("وفي تشاد، يُرتقب أن ينشر الجيش مطلع 2027 كتيبة إضافية في وور شمالي البلاد قادمة من فايا لارجو.")
    assert move.status == "planned"
    (move,) = _moves("وعلى صعيد الانتشار، تقرر نقل كتيبة مشاة من برج عمر إدريس إلى محيط حقل تيقنتورين.")  # 'on the front of'
    assert (move.status, _brief(move)[2]) == ("planned", ["برج عمر إدريس"])


def test_movements_a_relative_clause_after_a_closing_quote_tells_of_the_place_before():
    (move,) = _moves("ويشير التقرير إلى أن القيادة العامة «تعتزم نقل سرية من الويغ إلى منفذ التوم»، وهو المعبر الرسمي "
                     "الوحيد بين ليبيا والنيجر.")
    assert _brief(move)[2:4] == (["الويغ"], ["منفذ التوم"])


def test_movements_the_plan_to_redistribute_units_a_move_belongs_to_is_no_move_of_its_own():
    (move,) = _moves("وأعلن الناطق أن سرايا من قوات الصاعقة «ستُنقل من معسكر الرجمة إلى القبة ودرنه» نهاية الشهر الجاري، "
                     "ضمن خطة لإعادة توزيع الوحدات في الجبل الأخضر.")
    assert _brief(move)[2:4] == (["معسكر الرجمة"], ["القبة", "درنه"])


def test_movements_detainees_taken_to_detention_centres_are_no_force():
    assert _moves("إذ وثّقت اعتقال 23 شخصاً على أيدي عناصر من اللواء 444 قتال، نُقل معظمهم لاحقاً إلى مقار احتجاز في "
                  "طرابلس دون عرضهم على النيابة.") == ()


def test_movements_a_gate_of_the_town_is_the_town_named_before():
    (move,) = _moves("أعلن المجلس فرض حظر تجول في مدينة بني وليد. ووصل عصر الأحد رتل من نحو أربعين آلية مسلحة تابع للواء "
                     "444 قتال قادماً من ترهونة، وتوقف عند البوابة الشمالية للمدينة.")
    assert _brief(move)[2:4] == (["ترهونة"], ["بني وليد"])


def test_movements_libyan_colloquial_verbs_of_coming_stationing_and_going_home():
    (move,) = _moves("وحذّر آمر كتيبة في مصراتة من أنه «لو تحرك أي رتل غرب سرت، بنركزوا في أبو قرين نفس الليلة».")
    assert (_brief(move)[3], move.status) == (["أبو قرين"], "conditional")
    (move,) = _moves("وقال أحد الأعيان: «الكتيبة روحت لتمنهنت من يوم الجمعة، وما عاد فيه حتى سيارة مسلحة في الحي».")
    assert (move.kind, _brief(move)[3]) == ("withdraw", ["تمنهنت"])


def test_movements_a_craft_coming_from_a_place_that_lands_somewhere_is_one_flight():
    (move,) = _moves("غير أن وزارة الدفاع التركية نفت أن تكون طائرة شحن عسكرية قادمة من تركيا قد هبطت في مطار معيتيقة ليل "
                     "الاثنين.")
    assert (_brief(move)[2:4], move.status) == ((["تركيا"], ["مطار معيتيقة"]), "denied")


def test_movements_escorting_convoys_from_a_place_to_another_is_a_movement_of_the_escort():
    (move,) = _moves("وقال ضابط في اللواء 128 إن وحدات من اللواء «ستتولى مرافقة القوافل الروسية من سبها حتى منفذ التوم إذا "
                     "طلبت القيادة ذلك».")
    assert (_brief(move)[2:4], move.status) == ((["سبها"], ["منفذ التوم"]), "conditional")


def test_movements_a_force_noun_with_its_owners_pronoun_and_rushing_or_raiding_move():
    (move,) = _moves("تحركت وحداته من بنغازي نحو درنة.")
    assert _brief(move)[2:4] == (["بنغازي"], ["درنة"])
    (move,) = _moves("ثم اندفعت وحداته في مايو من بنغازي نحو درنة.")
    assert (move.kind, _brief(move)[2:4]) == ("advance", (["بنغازي"], ["درنة"]))
    (move,) = _moves("وداهمت قوة من اللواء قادمة من قصر بن غشير أحياء في ترهونة فجر الثالث من مارس.")
    assert _brief(move)[2:4] == (["قصر بن غشير"], ["ترهونة"])


def test_movements_pursuing_as_a_verbal_noun_and_sending_with_ba_ath_move_forces():
    (move,) = _moves("ج: حنبعتوا تعزيزات من جرمة للعوينات في نفس الليلة.")  # Libyan 'we will send'
    assert _brief(move)[2:4] == (["جرمة"], ["عوينات"])
    (move,) = _moves("وقال إن الجيش لن يتردد في ملاحقة هذه القوافل حتى الحدود مع ليبيا.")
    assert _brief(move)[3] == ["الحدود مع ليبيا"]


def test_movements_military_trainers_are_a_force_and_football_coaches_are_not():
    (move,) = _moves("وأضاف أن قرابة 40 من المدربين الجدد سينتقلون من معيتيقة إلى قاعدة الوطية الجوية خلال الأيام المقبلة.")
    assert (_brief(move)[2:4], move.status) == ((["معيتيقة"], ["قاعدة الوطية الجوية"]), "planned")
    assert _moves("غادر المدربون الأجانب طرابلس بعد انتهاء عقودهم مع الأندية.") == ()


def test_movements_military_personnel_and_recruits_are_a_force():
    for noun in ("عسكريون", "المجندين", "رجال الأمن"):
        (move,) = _moves(f"وقال المصدر إن {noun} انتقلوا أمس من سبها إلى أوباري.")
        assert _brief(move)[2:4] == (["سبها"], ["أوباري"]), noun


def test_movements_a_unit_noun_after_a_force_word_is_the_unit_named_before():
    (_, move) = _moves("وصلت عناصر من الفيلق الأفريقي إلى الجفرة. وقال مسؤول روسي إن قوات الفيلق «لن تغادر الجفرة إلا إذا "
                       "طلبت ذلك القيادة».")
    assert (move.actor.name, move.status) == ("Russian forces", "conditional")


def test_movements_the_review_of_the_thirty_eighth_sessions_rules():
    assert _moves("ركزت قوات الأمن جهودها في طرابلس على مكافحة الجريمة.") == ()  # 'focused'
    (move,) = _moves("وصلت قوات فاغنر إلى جاو شمال مالي.")  # Gao, not the colloquial 'they came'
    assert _brief(move)[3] == ["جاو"]
    (move,) = _moves("وتظهر الصورة انتشار آليات عسكرية للجيش في سرت.")  # the verbal noun after 'the picture'
    assert _brief(move)[3] == ["سرت"]
    assert _moves("شهدت القاهرة أمس اجتماعات مكثفة لبحث إرسال قوات عربية.") == ()  # what was witnessed is a meeting
    assert _moves("بعثت الحكومة رسالة إلى قوات الأمم المتحدة في طرابلس.") == ()  # a letter
    assert _moves("وقال إن قوات الأمن داهمت منزل المتهم في حي الأندلس بطرابلس واعتقلته.") == ()  # a house raided
    (move,) = _moves("ستصل تعزيزات عسكرية من مصراتة خلال الأيام القليلة القادمة إلى سرت.")  # the coming days
    assert _brief(move)[2:4] == (["مصراتة"], ["سرت"])
    (move,) = _moves("«عاجل.. صفحات محلية قالت إن أرتالاً مسلحة خرجت من زوارة باتجاه طرابلس». ونفت وزارة الدفاع ذلك.")
    assert move.status == "denied"  # a quote opening the article
    (move,) = _moves("انتشر اللواء 444 قتال في ترهونة. وفي سياق آخر، تقدمت قوات اللواء خليفة حفتر نحو بنغازي.")[-1:]
    assert move.actor.name == "Libyan National Army"  # a general's forces, not the brigade named before


def test_movements_the_subject_of_began_is_the_force_of_the_verbal_noun_however_long():
    (move,) = _moves("باشرت دوريات قسم الدعم والإسناد بمديرية أمن سبها، مساء الأربعاء، الانتشار في حيي المنشية والقرضة.")
    assert (_brief(move)[3], move.status) == (["المنشية", "القرضة"], "reported")
    (move,) = _moves("وأضاف أن المديرية ستنشر، اعتباراً من السبت، نقطتي تفتيش ثابتتين في بلدة سمنو.")  # a dual
    assert (_brief(move)[3], move.status) == (["سمنو"], "planned")


def test_movements_escorting_is_planned_after_the_future_and_no_move_as_a_habit():
    (move,) = _moves("وأعلنت المنطقة العسكرية أن سرية من اللواء 116 «سترافق ابتداءً من الأحد قوافل الوقود من مستودع براك "
                     "إلى سبها».")
    assert (_brief(move)[2:4], move.status) == ((["براك"], ["سبها"]), "planned")
    assert _moves("وفي بنغازي، قال المتحدث إن «قواتنا تحرس الحدود ولا ترافق أي قوافل».") == ()


def test_movements_observers_sent_and_shipments_seized_are_no_movement_of_forces():
    assert _moves("ودعا المجلس الأمم المتحدة إلى إرسال مراقبين مستقلين إلى تيبستي.") == ()
    assert _moves("وأشار إلى أن دوريات الجيش ضبطت الشهر الماضي شحنة أسلحة قرب تجرهي.") == ()
    (move,) = _moves("ومن المقرر أن تبدأ دوريات مشتركة، بإشراف مراقبين دوليين، الانتشار بين البويرات والوشكة.")
    assert _brief(move)[3] == ["البويرات", "الوشكة"]  # who oversees a move does not stop it


def test_movements_spoken_transcripts_negation_relatives_and_handovers():
    (move,) = _moves("حتى وحدة ما روّحت لمدنين، الوحدات الكل في بلايصها.")  # 'not even one unit went'
    assert (_brief(move)[3], move.status) == (["مدنين"], "denied")
    (move,) = _moves("بعد ما وصلت القوات إلى سرت بدأت الاشتباكات.")  # 'after', not 'not'
    assert move.status == "reported"
    (move,) = _moves("الضيف: القوة اللي كانت في رأس جدير انسحبت يوم الجمعة لزوارة وسلّمت البوابة لموظفين الجمارك.")
    assert (_brief(move)[2:4], move.status) == ((["رأس جدير"], ["زوارة"]), "reported")  # the staff it hands over to
    (move,) = _moves("الضيف: وزارة الداخلية قالت إنها باش تبعث قوة من طرابلس لرأس جدير بعد العيد.")
    assert (_brief(move)[2:4], move.status) == ((["طرابلس"], ["رأس جدير"]), "planned")


def test_movements_a_force_of_a_body_in_a_town_sets_out_from_that_town():
    (move,) = _moves("وقال إن سرية تابعة لمديرية الأمن في مسلاتة ستنتقل إلى ترهونة مطلع الأسبوع المقبل.")
    assert _brief(move)[2:4] == (["مسلاتة"], ["ترهونة"])
    (move,) = _moves("وقال إن وحدات تابعة لرئاسة الأركان في طرابلس انتشرت في نالوت.")  # where the command sits
    assert _brief(move)[2:4] == ([], ["نالوت"])


def test_movements_to_it_is_the_facility_or_town_named_before_in_the_sentence():
    (move,) = _moves("تسلّمت كتيبة مشاة مهام تأمين ميناء البريقة، بعد أن وصلت إليه قادمة من أجدابيا في رتل.")
    assert _brief(move)[2:4] == (["أجدابيا"], ["ميناء البريقة"])  # the unit's name ends before 'tasks'
    (move,) = _moves("تسلمت الكتيبة مهام تأمين مدينة سرت، بعد أن وصلت إليها قادمة من أجدابيا.")
    assert _brief(move)[2:4] == (["أجدابيا"], ["سرت"])
    (move,) = _moves("وقال إن الوحدات المتمركزة في حقل الشرارة لن تغادره آلية واحدة نحو أوباري.")
    assert _brief(move)[3] == ["أوباري"]  # 'a vehicle' is spelt as 'to it' once normalised


def test_movements_joining_at_a_town_and_a_gathering_centre_as_a_destination():
    (move,) = _moves("ومن المقرر أن تلتحق وحدات أخرى قادمة من صفاقس ببن قردان مطلع الشهر المقبل.")
    assert (_brief(move)[2:4], move.status) == ((["صفاقس"], ["بن قردان"]), "planned")
    (move,) = _moves("يُنقل المقاتلون من القطرون براً عبر وور إلى مركز تجميع في فايا لارجو.")
    assert (move.kind, _brief(move)[2:4]) == ("deploy", (["القطرون"], ["فايا لارجو"]))


def test_movements_the_force_after_an_aside_that_says_what_the_place_is():
    (move,) = _moves("وصلت مساء الأربعاء إلى وور، آخر نقطة مأهولة قبل الشريط الحدودي، تعزيزات عسكرية قادمة من زوار.")
    assert (move.kind, _brief(move)[3]) == ("reinforce", ["وور"])
    assert _moves("بدأت الحياة تعود إلى شوارع سبها، كبرى مدن الجنوب، بعدما هدأت الاشتباكات.") == ()


def test_movements_orders_past_moves_smugglers_gunmen_and_officials_who_order():
    (move,) = _moves("في إطار الخطة الأمنية، وبتعليمات من مدير المديرية، انطلقت فجر اليوم من طرابلس دوريات نحو جنزور.")
    assert move.status == "reported"  # sent on orders, already gone
    (move,) = _moves("وأصدر رئيس الأركان تعليمات بنقل سرية من طرابلس إلى غريان.")
    assert (_brief(move)[2:4], move.status) == ((["طرابلس"], ["غريان"]), "planned")  # who orders it moves nowhere
    (move,) = _moves("وقال مصدر إن مسلحي شبكات التهريب انسحبوا من محيط مصفاة الزاوية نحو العجيلات.")
    assert _brief(move)[2:4] == (["مصفاة الزاوية"], ["العجيلات"])
    assert _moves("وترتبط التحركات بنشاط شبكات التهريب التي تنقل الوقود والسلاح من شرق ليبيا إلى السودان.") == ()


def test_movements_a_verbal_noun_with_its_pronoun_and_again_with_it_make_one_redeployment():
    (move,) = _moves("أتمّت وحدة من الفيلق انتقالها من باماكو إلى غاو لتأمين الطريق.")
    assert _brief(move)[2:4] == (["باماكو"], ["غاو"])
    (move,) = _moves("وأعادت مجموعة مسلحة من شباب التبو، كانت تتمركز في وادي عتبة، تموضعها داخل مرزق لحماية الأحياء.")
    assert (move.kind, _brief(move)[2:4]) == ("redeploy", (["وادي عتبة"], ["مرزق"]))
    (move,) = _moves("كما أعادت كتائب محلية من زوارة تموضعها في محيط مجمع مليتة.")
    assert (move.kind, _brief(move)[2:4]) == ("redeploy", (["زوارة"], ["مجمع مليتة"]))


def test_movements_a_camp_named_for_the_displaced_is_where_a_force_goes():
    (move,) = _moves("وأضافت أن عناصر من الشرطة العسكرية «ستنتشر الأسبوع المقبل قرب مخيم النازحين في القبة».")
    assert (_brief(move)[3], move.status) == (["القبة"], "planned")
    assert _moves("نقلت الحافلات النازحين من مخيم النازحين إلى سرت.") == ()  # the displaced moved, no force


def test_movements_transported_with_an_aside_that_names_its_source_is_no_quotation():
    (move,) = _moves("فقد نقل الجيش الجزائري، بحسب مصادر أمنية في المنطقة، وحدات من حرس الحدود من تمنراست إلى جانت.")
    assert (move.actor.name, _brief(move)[2:4]) == ("Algerian army", (["تمنراست"], ["جانت"]))
    (move,) = _moves("ونقلت الوكالة عن مصادر أن القوات وصلت إلى سرت.")  # who quotes whom moves nothing
    assert _brief(move)[2:4] == ([], ["سرت"])


def test_movements_a_state_or_its_capital_right_after_a_verb_of_sending_sends_the_force():
    (move,) = _moves("أكتوبر 2025: نشرت نجامينا كتيبة من الحرس الوطني والبدوي في وور بإقليم تيبستي.")
    assert _brief(move)[3] == ["وور"]
    (move,) = _moves("وقال المصدر إن القيادة العامة «ستعزز قاعدة الويغ بسرية إضافية من سبها».")
    assert _brief(move)[2:4] == (["سبها"], ["قاعدة الويغ"])  # what it reinforces is where the unit goes


def test_movements_rearranging_a_deployment_is_no_withdrawal():
    assert _moves("في وقت كانت فيه الجزائر تعيد ترتيب انتشارها في الجنوب الشرقي.") == ()


def test_movements_places_after_a_closed_aside_of_time_are_the_movements_again():
    (move,) = _moves("دفعت قيادة الناحية العسكرية الرابعة، بعد أسابيع من توقيف المتهمين، بتعزيزات من إليزي إلى جانت.")
    assert _brief(move)[2:4] == (["إليزي"], ["جانت"])
    (move,) = _moves("وصلت تعزيزات إلى سبها بعد اندلاع الاشتباكات في مرزق.")  # the clashes' place, no aside
    assert _brief(move)[2:4] == ([], ["سبها"])


def test_movements_its_intention_with_a_pronoun_plans_the_move():
    (move,) = _moves("وأعربت المنظمة عن قلقها من إعلان القيادة العامة اعتزامها نشر وحدات عسكرية في العوينات وغات.")
    assert (_brief(move)[3], move.status) == (["العوينات", "غات"], "planned")


def test_movements_and_he_denied_it_after_the_claim():
    (move,) = _moves("سرت أنباء على صفحات محلية عن سحب وحدات من سرت نحو بنغازي، فنفاها مدير إدارة التوجيه المعنوي.")
    assert (_brief(move)[2:4], move.status) == ((["سرت"], ["بنغازي"]), "denied")


def test_movements_an_aside_about_who_the_movers_are_names_no_origin():
    (move,) = _moves("اتفقوا على أن «تُسحب كل القوات إلى مواقعها الأصلية في بنغازي ومصراتة بمجرد بدء مغادرة المرتزقة»، "
                     "ومنهم مسلحون من تشاد والسودان، دون جدول زمني.")
    assert (_brief(move)[2:4], move.status) == (([], ["بنغازي", "مصراتة"]), "conditional")
    (move,) = _moves("وأضافت المصادر أن طائرة مستأجرة أقلت، مساء الجمعة، 90 منهم من مطار معيتيقة إلى مطار غازي عنتاب.")
    assert _brief(move)[2:4] == (["مطار معيتيقة"], ["مطار غازي عنتاب"])  # 'of them': the movers themselves


def test_movements_reaching_a_peak_is_no_arrival():
    assert _moves("وتشهد طرابلس توتراً متقطعاً بين التشكيلات المسلحة، بلغ ذروته الأسبوع الماضي باشتباكات في الهضبة "
                  "الخضراء وأبو سليم.") == ()


def test_movements_the_review_of_the_thirty_ninth_sessions_rules():
    (first, second) = _moves("أعادت القيادة الرتل إلى بنغازي ثم يتجه بعدها إلى طبرق.")  # يتجه: no pronoun
    assert (first.kind, _brief(second)[2:4]) == ("withdraw", (["بنغازي"], ["طبرق"]))
    (move,) = _moves("أعاد الجيش قواته من الجفرة إلى بنغازي بعد أشهر من تمركزها في الجنوب.")
    assert _brief(move)[2:4] == (["الجفرة"], ["بنغازي"])
    for text in ("عادةً ما تنتشر وحدات الجيش في محيط سرت.", "رصدت المصادر ما وصل من تعزيزات إلى سبها.",
                 "لسببٍ ما انسحبت القوة من بوابة الدافنية إلى مصراتة."):
        assert [move.status for move in _moves(text)] == ["reported"], text  # ما is 'what', 'usually', 'some'
    assert _moves("وزير الدفاع التركي يصل القاعدة العسكرية في الوطية.") == ()  # an official's visit
    assert _moves("أقلعت من مطار إسطنبول ثلاث طائرات محملة بمواد للإغاثة متجهة إلى مطار بنينا.") == ()  # for relief
    assert _moves("بدأت الحملة الإعلامية التي أطلقها أنصار الكتيبة 166 في مصراتة قبل أسبوعين الانتشار على نطاق واسع "
                  "في طرابلس.") == ()
    assert _moves("نشرت وزارة الصحة فرق التطعيم في سبها، كبرى مدن الجنوب، وقوات الأمن تؤمن عملها.") == ()
    assert _moves("وأكد مدير ميناء طرابلس أن الحل الذي وصلت إليه القوات المتنازعة يرضي الجميع.") == ()
    (move,) = _moves("تسلمت الكتيبة 128 مهام تأمين قاعدة تمنهنت الجوية، بعد أن وصلت إليها قادمة من سبها.")
    assert _brief(move)[2:4] == (["سبها"], ["قاعدة تمنهنت الجوية"])  # a base named by a feminine noun
    (move,) = _moves("الاشتباكات التي كانت في الزاوية دفعت رئاسة الأركان إلى إرسال قوات إلى صبراتة.")
    assert _brief(move)[2:4] == ([], ["صبراتة"])  # 'which was in' a clash, no force
    assert _moves("المناورات العسكرية قرب سرت تبعث إشارات خطيرة إلى القاهرة.") == ()
    assert _moves("غادرت سيارات تابعة لشركة الواحة سكن العمال في حقل السرير متجهة إلى جالو.") == ()


def test_movements_a_force_belonging_to_it_is_the_speakers_else_the_pages_patrons():
    (move,) = _moves("ينفي المكتب الإعلامي ما روجته صفحات محسوبة على حكومة الوحدة الوطنية عن دخول رتل تابع لها "
                     "من الشويرف إلى إدري.")
    assert _summary(move) == ("deploy", "denied", "GNA forces", ["الشويرف"], ["إدري"], [])
    (move,) = _moves("نفت القيادة العامة ما نشرته صفحات موالية لحكومة الوحدة الوطنية عن تحرك وحدات تابعة لها من "
                     "الشويرف نحو مزدة.")
    assert move.actor.name == "Libyan National Army"


def test_movements_comrades_who_were_wounded_are_taken_for_care_not_moved():
    assert _moves("فيما نُقل اثنان من رفاقه أُصيبا في الاشتباك إلى سبها لتلقي العلاج، وحالتهما مستقرة.") == ()


def test_movements_the_brigades_headquarters_is_the_brigade_named_before_and_a_call_is_a_plan():
    (join, advance) = _moves("نشرت الصفحة الرسمية للواء طارق بن زياد سلسلة منشورات. وفي منشور أخير، أعلن الناطق باسم "
                             "اللواء «النفير»، داعياً المنتسبين إلى «الالتحاق فوراً بمقر اللواء في سبها»، ومضيفاً: «إذا "
                             "تكرر الاعتداء على الطريق، فستتقدم قواتنا نحو غات».")
    assert (join.status, join.actor.name, _brief(join)[3]) == ("planned", "Libyan National Army", ["سبها"])
    assert (advance.status, advance.actor.name, _brief(advance)[3]) == ("conditional", "Libyan National Army", ["غات"])


def test_movements_a_page_belonging_to_a_body_speaks_for_it_a_page_loyal_to_it_does_not():
    (move,) = _moves("كتبت صفحة تابعة لرئاسة الأركان في طرابلس أن سرية ستنتقل من الشويرف إلى إدري.")
    assert _summary(move) == ("deploy", "planned", "GNA forces", ["الشويرف"], ["إدري"], [])
    (move,) = _moves("ونفت مصادر في نالوت ما تداولته حسابات مقربة من «الجيش الوطني الليبي» عن تقدم وحدات من الشويرف "
                     "نحو درج.")
    assert move.actor is None


def test_movements_our_people_in_a_town_live_there_it_is_no_destination():
    (move,) = _moves("ننفي ما يتم تداوله عن تحرك رتل تابع لحكومة الوحدة من الشويرف نحو براك، ونطمئن أهلنا في وادي الشاطئ.")
    assert _brief(move)[2:4] == (["الشويرف"], ["براك"])


def test_movements_we_publish_a_statement_is_no_deployment():
    assert _moves("كما ننشر بيان المجلس البلدي سبها الذي طالب فيه «بإخراج التشكيلات المسلحة من داخل الأحياء».") == ()
    assert _moves("سننشر بيانا عن سبها.") == ()
    assert [m.status for m in _moves("سننشر وحدات في سبها.")] == ["planned"]


def test_movements_the_speakers_own_fighters_are_not_the_media_owners():
    (move,) = _moves("في المقابل، نفت جبهة الوفاق من أجل التغيير في تشاد ما يروّجه إعلام القيادة العامة عن عبور "
                     "مقاتليها من منفذ التوم باتجاه أم الأرانب.")
    assert _summary(move) == ("deploy", "denied", "Chadian armed groups", ["منفذ التوم"], ["أم الأرانب"], [])


def test_movements_a_demand_that_forces_be_sent_is_no_movement():
    assert _moves("وفي مداخلة أخرى، طالب النائب عن شعبية مرزق بإرسال قوة إلى مرزق وتراغن.") == ()
    assert _moves("أصدر المجلس البلدي في غات بياناً طالب فيه القيادة العامة بـ«سحب القوة التي دخلت المدينة».") == ()
    (move,) = _moves("نطالب بتعزيزات إضافية، وقد وعدتنا القيادة بإرسال سرية من قاعدة تمنهنت الجوية إلى غات إذا "
                     "استمرت عمليات التهريب.")
    assert _brief(move)[0::2][:2] == ("conditional", ["قاعدة تمنهنت الجوية"])


def test_movements_withdrawing_them_points_back_to_the_force_named_before():
    (move,) = _moves("نقلت الورقة عن ضابط روسي قوله إن قوات بلاده «لن يُصار إلى سحبها من براك إلا في حال طلبت القيادة "
                     "العامة ذلك».")
    assert _summary(move) == ("withdraw", "conditional", "Russian forces", ["براك"], [], [])


def test_movements_the_passive_of_return_and_it_is_planned_are_read():
    (move,) = _moves("ومن المقرر، بحسب الورقة، أن يُعاد نحو 1,200 مقاتل سوري من معسكرات في طرابلس إلى شمال سوريا عبر "
                     "تركيا قبل نهاية الصيف.")
    assert _summary(move) == ("withdraw", "planned", "Syrian mercenaries", ["طرابلس"], ["شمال سوريا"], ["تركيا"])
    assert [m.status for m in _moves("ومن المزمع، وفقاً للمصدرين، أن يتم نشر سريتين في القطرون.")] == ["planned"]
    assert _moves("أُعيد تنظيمهم في الجفرة تحت اسم الفيلق الأفريقي.") == ()
    assert _moves("أعيد بث الخبر بعد تصويب اسم الواحة إلى الجغبوب.") == ()


def test_movements_a_road_stretching_from_one_town_to_another_says_where_the_place_lies():
    (move,) = _moves("وصلت قوات إلى بلدة الشويرف على الطريق الممتد من الجبل الغربي إلى الجنوب.")
    assert _brief(move)[2:4] == ([], ["الشويرف"])


def test_movements_a_short_time_phrase_before_the_force_sent_does_not_cut_its_route():
    (move,) = _moves("دفعت القيادة العامة عقب الهجوم بكتيبة من سبها إلى أم الأرانب مروراً بغدوة.")
    assert _brief(move)[2:] == (["سبها"], ["أم الأرانب"], ["غدوة"])
    (move,) = _moves("دفعت القيادة العامة بتعزيزات إلى سبها بعد اندلاع الاشتباكات في مرزق.")
    assert _brief(move)[2:4] == ([], ["سبها"])


def test_movements_the_expanses_separating_places_are_no_destination():
    (move,) = _moves("ورصد المرصد تجمعات لعناصر التنظيم قرب وادي عتبة، مستغلةً اتساع المساحات الصحراوية الفاصلة بين "
                     "فزان والنيجر وتشاد.")
    assert _brief(move)[3] == ["وادي عتبة"]


def test_movements_pumps_to_draw_water_make_no_withdrawal():
    (move,) = _moves("دفع المجلس العسكري في مصراته، مساء السبت، بسرية هندسية تضم 20 آلية ومضخات لسحب المياه إلى مدينة "
                     "زليتن.")
    assert (move.kind, _brief(move)[3]) == ("deploy", ["زليتن"])
    (move,) = _moves("نفت القيادة ما تناقلته وسائل إعلام عن سحب الفرقاطة الألمانية «هامبورغ» من المياه المقابلة لبنغازي.")
    assert (move.kind, move.status) == ("withdraw", "denied")


def test_movements_a_force_in_a_relative_clause_about_the_object_does_not_move():
    (move,) = _moves("بعد عام على تسلّم الجيش الوطني التشادي القاعدةَ التي أخلاها الجنود الفرنسيون في فايا، غادرتها "
                     "الأسبوع الماضي كتيبة مدرعة باتجاه زوار.")
    assert (move.actor.name, _brief(move)[3]) == ("Chadian army", ["زوار"])


def test_movements_planes_that_landed_landed_at_the_airport_named_before():
    (move,) = _moves("وأفادت مصادر محلية في مطار سبها بأن طائرتي شحن عسكريتين هبطتا مساء السبت قادمتين من قاعدة الجفرة "
                     "الجوية، وعلى متنهما عشرات العناصر.")
    assert _brief(move)[2:4] == (["قاعدة الجفرة الجوية"], ["مطار سبها"])


def test_movements_a_wheat_shipment_for_the_mills_is_no_movement_of_forces():
    (move,) = _moves("فيما عزز الجيش التشادي مواقعه في زوار بوحدات قادمة من فايا لارجو، بالتزامن مع وصول شحنة قمح روسية "
                     "إلى ميناء بنغازي ستُنقل براً إلى مطاحن سبها ضمن اتفاق تجاري.")
    assert _brief(move)[2:4] == (["فايا لارجو"], ["زوار"])


def test_movements_news_that_proved_inaccurate_denies_the_movement_told_before():
    (move,) = _moves("تصويب: كنا قد نشرنا صباح اليوم، نقلاً عن صفحات محلية، أن وحدات ليبية «عبرت منفذ وازن نحو الذهيبة». "
                     "وتبيّن لاحقاً أن الخبر غير دقيق.")
    assert (move.status, _brief(move)[3:]) == ("denied", (["الذهيبة"], ["منفذ وازن"]))


def test_movements_a_foreign_capital_that_will_send_forces_is_its_states_army():
    (first, move) = _moves("وصلت قوات الزنتان إلى العزيزية. وقال مصدر إن القاهرة لن ترسل قوات إلى ليبيا إلا بطلب من الطرفين.")
    assert (move.status, move.actor.text, move.actor.name) == ("conditional", "القاهرة", "Egyptian army")
    (move,) = _moves("وقال مصدر إن طرابلس سترسل قوات إلى سرت.")  # the home capital: no foreign army
    assert move.actor is None


def test_movements_the_ministry_goes_on_speaking_for_its_own_forces():
    moves = _moves("وصلت قوات حكومة الوحدة الوطنية إلى مصراتة. ونفت وزارة الدفاع التركية ما نشرته وسائل إعلام عن إرسال "
                   "جنود أتراك إلى سرت. وأضافت الوزارة أن فريقاً من المدربين «قد ينتقل من قاعدة الوطية إلى قاعدة "
                   "القرضابية إذا طلبت اللجنة العسكرية المشتركة 5+5 ذلك».")
    assert [(m.status, m.actor.name) for m in moves] == [
        ("reported", "GNA forces"), ("denied", "Turkish armed forces"), ("conditional", "Turkish armed forces")]


def test_movements_a_country_in_an_outlets_name_is_no_force():
    (first, move) = _moves("وصلت طائرة إلى مطار مصراتة تقل 180 عسكرياً من قوات حكومة الوحدة الوطنية. وبحسب مصدر تحدث لوكالة "
                           "أنباء تركيا، فإن العسكريين سينتقلون من مصراتة إلى قاعدة القرضابية.")
    assert move.actor.name == "GNA forces"


def test_movements_forces_stationed_in_two_towns_set_out_from_both():
    (move,) = _moves("أكد أن القوات المرابطة في تمسه وأم الأرانب لن تتقدم نحو الحدود مع النيجر إلا إذا تكررت الهجمات.")
    assert _brief(move)[2:4] == (["تمسه", "أم الأرانب"], ["الحدود مع النيجر"])


def test_movements_a_comment_on_the_news_opens_another_clause():
    (move,) = _moves("أفاد سكان بأن مجموعات من المعارضة التشادية المسلحة تحتشد في منطقة كوري بوغودي شمالي تشاد، وهي أنباء "
                     "لم تعلق عليها السلطات في أنجمينا.")
    assert _brief(move)[3] == ["كوري بوغودي"]


def test_movements_teams_fans_artists_and_their_gear_are_no_forces():
    assert _moves("ووصلت بعثة الضيوف ظهر الخميس إلى مطار معيتيقة على متن رحلة خاصة أقلعت من مطار بنينا الدولي، وضمت "
                  "23 لاعباً.") == ()
    assert _moves("أما شاحنات المعدات الصوتية والإضاءة فوصلت براً من طرابلس عبر الشويرف.") == ()
    assert _moves("بينها ست دور عُمانية حملت إصداراتها جواً من مسقط عبر القاهرة إلى مطار بنينا.") == ()
    (move,) = _moves("وأضاف أن وحدات من الشرطة العسكرية ستنتشر مساء المباراة في تاجورا لمنع أي احتكاك بين روابط المشجعين.")
    assert _brief(move)[3] == ["تاجورا"]


def test_movements_a_relative_clause_about_the_force_does_not_part_it_from_its_verb():
    (move,) = _moves("وأوضح المصدر أن نحو أربعين من عناصر الحرس الذين كانوا يتولون البوابات غادروا المجمع مساء اليوم نفسه "
                     "متجهين إلى حقل الوفاء، جنوب غدامس.")
    assert (move.status, _brief(move)[3]) == ("reported", ["حقل الوفاء"])
    assert _moves("وأوضح المصدر أن الشركات التي كانت تتولى البوابات غادرت المجمع متجهة إلى حقل الوفاء.") == ()


def test_movements_stopovers_are_passed_on_the_way():
    (move,) = _moves("رصدت مواقع ست رحلات لطائرات شحن عسكرية روسية أقلعت من قاعدة حميميم في سوريا وتوقفت في قاعدة الخادم "
                     "ثم في قاعدة الجفرة الجوية الليبيتين، قبل أن تهبط في مطار نيامي حاملة عناصر من الفيلق الأفريقي.")
    assert _brief(move)[2:] == (["قاعدة حميميم"], ["مطار نيامي"], ["قاعدة الخادم", "قاعدة الجفرة الجوية"])


def test_movements_what_members_fear_is_no_movement():
    (move,) = _moves("وعن مخاوف النواب من تسلل مسلحين قادمين من النيجر، أجاب بأن القيادة العامة لن تدفع بأي وحدة إلى الحدود "
                     "مع النيجر إلا إذا ثبت عبور مجموعات مسلحة.")
    assert (move.status, _brief(move)[3]) == ("conditional", ["الحدود مع النيجر"])


def test_movements_a_recommendation_or_what_could_not_be_done_is_no_movement():
    assert _moves("وفي ختام الجلسة، أوصت اللجنة بإرسال سرية من الشرطة العسكرية لحماية مجمع رأس لانوف النفطي.") == ()
    assert _moves("فيما أقرّ القائد بأنه «لم يكن بالإمكان نقل منظومات الرادار إلى سيدي براني قبل استكمال الطرق».") == ()


def test_movements_the_review_of_the_fortieth_sessions_rules():
    (move,) = _moves("قال مصدر في الجيش الوطني الليبي إن الأرتال التي أرسلتها تركيا وصلت إلى قاعدة الوطية.")
    assert move.actor.name == "Turkish armed forces"  # the columns the relative clause describes move
    (move,) = _moves("نفت القيادة العامة ما نشرته صفحات تابعة لحكومة الوحدة عن تحرك أرتال نحو سرت.")
    assert move.actor.name == "Libyan National Army"  # pages affiliated to a side are not its own page
    assert _moves("أعيد تشكيل الكتيبة 128 في الجفرة.") == ()
    (move,) = _moves("وقبل اللقاء المزمع بين الطرفين وصلت أرتال القوة المشتركة إلى سرت.")
    assert move.status == "reported"
    (move,) = _moves("وقال المجلس داعيا إلى ضبط النفس إن قوات الوفاق انسحبت من ترهونة.")
    assert move.status == "reported"
    assert _moves("وصلت رسالة من عبد الكافي الشريف آمر الكتيبة إلى المجلس البلدي.") == ()
    (move,) = _moves("عقب إغلاق مطار معيتيقة بسبب القصف، هبطت طائرة شحن تركية قادمة من أنقرة.")
    assert _brief(move)[2:4] == (["أنقرة"], [])
    (move,) = _moves("دفعت القيادة العامة عقب هجوم بمسلحين على مرزق بتعزيزات إلى أوباري.")
    assert _brief(move)[2:4] == ([], ["أوباري"])
    (move,) = _moves("لبت رئاسة الأركان مطالب المجلس البلدي بإرسال تعزيزات إلى غريان.")
    assert _brief(move)[3] == ["غريان"]  # a demand met
    (move,) = _moves("القاهرة - أرسلت تعزيزات عسكرية إلى سرت، وفق مصادر ليبية.")
    assert move.actor is None  # a dateline, not the subject
    (first, move) = _moves("رصد الجيش السوداني تحرك أرتال للدعم السريع نحو الفاشر. وأضاف المصدر أن قوات انسحبت من مليط نحو "
                           "الحدود الليبية.")
    assert move.actor.name == "Sudanese armed groups"  # who watched does not speak for the movers
    (move,) = _moves("انتشرت قوات الجيش في محيط مطاحن سبها بعد اشتباكات.")
    assert _brief(move)[3] == ["سبها"]


def test_movements_a_towns_guard_named_for_a_town_of_two_words_is_no_sides():
    (first, move) = _moves("وصلت قوات الجيش الوطني الليبي إلى القطرون. في المقابل، نفى رئيس المجلس الاجتماعي لقبائل التبو "
                           "ما تداولته صفحات عن خروج «قوة حماية أم الأرانب» فجر السبت باتجاه القطرون.")
    assert (move.status, move.actor.text, move.actor.name) == ("denied", "قوة حماية أم الأرانب", None)


def test_movements_the_gunmen_of_both_sides_are_no_sides_force():
    (first, move) = _moves("وأعلنت القيادة العامة وصول قوة إلى الكفرة. وينص الاتفاق على أن «ينسحب مسلحو الطرفين من أحياء الكفرة "
                           "إلى معسكراتهم في ربيانة وتازربو خلال 48 ساعة».")
    assert (move.status, move.actor.text, move.actor.name) == ("planned", "مسلحو الطرفين", None)


def test_movements_the_cargo_flights_with_the_article_are_an_airlift():
    (move,) = _moves("تتابع المملكة المتحدة بقلق التقارير عن استمرار رحلات الشحن العسكرية الروسية إلى قاعدة الخادم شرقي "
                     "بنغازي.")
    assert (move.kind, move.actor.name, _brief(move)[3]) == ("airlift", "Russian forces", ["قاعدة الخادم"])


def test_movements_a_crafts_model_after_from_is_no_origin():
    (move,) = _moves("السبت 4 أفريل: حطت طائرة نقل عسكرية من طراز «سي-295» بمطار إليزي قادمة من ورقلة، وعلى متنها عناصر "
                     "من القوات الخاصة.")
    assert (move.kind, *_brief(move)[2:4]) == ("airlift", ["ورقلة"], ["مطار إليزي"])


def test_movements_a_partly_false_verdict_does_not_deny_the_claim():
    claim = "\n\nالادعاء: نشر حساب على منصة «إكس» أن «رتلاً تابعاً للواء طارق بن زياد غادر سبها باتجاه القطرون».\n\nالتحقق: "
    (move,) = _moves("التقييم: مضلل جزئياً" + claim + "تبين أن المقطع حديث.")
    assert move.status == "reported"
    (move,) = _moves("التقييم: مضلل" + claim + "تبين أن المقطع قديم.")
    assert move.status == "denied"


def test_movements_a_claim_line_is_a_claim_a_later_denial_answers():
    text = ("الادعاء: كتب حساب «عين فزان» أن «قوات نيجرية عبرت من ماداما إلى منفذ التوم».\n\n"
            "ونفت القوات المسلحة النيجرية في بيان «عبور أي وحدة من ماداما باتجاه الأراضي الليبية».")
    (move,) = _moves(text)
    assert _summary(move) == ("deploy", "denied", "Nigerien army", ["ماداما"], ["منفذ التوم"], [])


def test_movements_a_refusal_to_comment_and_a_denial_after_a_comma_deny_no_claim_before():
    (move,) = _moves("وتداولت صفحات أن رتلاً من اللواء غادر سبها نحو القطرون. وقال متحدث باسم اللواء إن وحداته باقية، "
                     "رافضاً التعليق على ما ورد عن القطرون.")
    assert move.status == "reported"
    moves = _moves("وتداولت صفحات أن رتلاً من اللواء غادر سبها نحو القطرون. والرتل حقيقي ووصل إلى القطرون، "
                   "ولا دليل على العبور المزعوم.")
    assert {move.status for move in moves} == {"reported"}
    (move,) = _moves("تداولت صفحات أن رتلاً تشادياً دخل أم الأرانب. وأكد مصدر أمني في أم الأرانب للمنصة أن الوضع هادئ، "
                     "ولا صحة لما يتداول عن دخول أي رتل.")
    assert move.status == "denied"  # no move told before the comma: the denial is of the claim


def test_movements_a_forces_own_trucks_move_as_it_does():
    (move,) = _moves("تظهر الصور شاحنات تابعة لـ«الفيلق الأفريقي» غادرت قاعدة الجفرة الجوية ووصلت إلى قاعدة براك الجوية.")
    assert _summary(move) == ("deploy", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"], [])
    assert _moves("شاحنات تابعة لشركة الخدمات النفطية غادرت سبها نحو أوباري.") == ()


def test_movements_then_wrote_opens_another_clause():
    (move,) = _moves("وقد أعاد صاحب السلسلة لاحقاً نشر نفي الجيش الوطني الليبي «رسوّ أي سفينة عسكرية أجنبية في ميناء سرت»، "
                     "ثم كتب: «تصحيح: الصورة لميناء بنغازي لا لسرت».")
    assert (move.kind, *_brief(move)[::3]) == ("naval_landing", "denied", ["ميناء سرت"])


def test_movements_the_unit_named_before_is_a_force_and_a_lawyers_initials_keep_his_denial():
    (move,) = _moves("نفى محامي المتهم أن تكون الوحدة المذكورة قد انتقلت من سبها إلى الجفرة.")
    assert (move.status, _brief(move)[2]) == ("denied", ["سبها"])
    assert _moves("انتقلت حكومة الوحدة التي يقودها الدبيبة إلى مصراتة لعقد اجتماعها الأسبوعي.") == ()
    (move,) = _moves("في المقابل، نفى المحامي (ع. ش.)، وكيل المتهم الثالث، أن تكون السرية التي كان يقودها موكله قد تحركت "
                     "من ترهونة نحو مسلاتة في مايو 2020.")
    assert (move.status, _brief(move)[2]) == ("denied", ["ترهونة"])


def test_movements_a_dated_entrys_head_told_again_in_its_body_is_one_movement():
    text = ("حصاد العام في فزان\n\n14 يناير/كانون الثاني: رتل من سبها إلى غات\n"
            "انطلق رتل من كتيبة طارق بن زياد من سبها نحو غات مروراً بأوباري، في أكبر تحرك عسكري تشهده المنطقة.\n\n"
            "3 نوفمبر – القوة المشتركة تتقدم إلى الوشكة\n"
            "تقدمت وحدات من القوة المشتركة مصراتة من أبوقرين إلى الوشكة، على بعد نحو مئة كيلومتر غرب سرت.")
    assert [_summary(move)[3:5] for move in _moves(text)] == [(["سبها"], ["غات"]), (["أبوقرين"], ["الوشكة"])]
    text = ("تقييم سنوي\n\nأنقرة – «سيتا»\n\nتقدم المؤسسة في هذا التقييم قراءة في أبرز المحطات.\n\n"
            "4 فبراير/شباط – إنزال تركي في الخمس\nأنزلت سفينة إنزال تابعة للقوات البحرية التركية في ميناء الخمس سرية "
            "مشاة.\n\n9 يوليو/تموز – أنقرة تنفي\nنفت وزارة الدفاع التركية تقارير إعلامية عن نقل مقاتلين سوريين.")
    assert [_summary(move)[4] for move in _moves(text)] == [["ميناء الخمس"]]
    text = ("رتل عسكري يغادر سبها\n14 يناير 2025 - بوابة الوسط\nرتل عسكري يغادر سبها باتجاه غات (صورة أرشيفية)\n"
            "قالت مصادر عسكرية إن رتلاً عسكرياً تابعاً للقيادة العامة غادر سبها صباح اليوم متجهاً نحو غات، في إطار خطة "
            "لتأمين الحدود الجنوبية الغربية مع الجزائر، بحسب ما أفاد به مصدر في الكتيبة.")
    assert len(_moves(text)) == 1  # a lone date line under a headline is a dateline, no review's entry
    text = "أبرز الأحداث\n\n3 مارس: وصلت قوة إلى سرت.\n5 مارس: انسحبت قوة من سرت.\n9 مارس: هدوء في المدينة."
    assert [_summary(move)[:2] for move in _moves(text)] == [("deploy", "reported"), ("withdraw", "reported")]
    text = ("حصاد الشهر\n\n3 نوفمبر – القوة المشتركة تتقدم إلى الوشكة\nانسحبت وحدات من الكتيبة 166 من الوشكة باتجاه "
            "سرت بعد اشتباكات.\n\n9 نوفمبر – هدوء في سرت\nعاد الهدوء إلى المدينة بعد أيام من التوتر.")
    assert [_summary(move)[0] for move in _moves(text)] == ["advance", "withdraw"]  # another kind: not the head's


def test_movements_an_adverb_after_the_verb_does_not_part_it_from_its_force():
    (move,) = _moves("نقل «الفيلق الأفريقي» براً من ميناء طبرق إلى الجفرة شحنة من منظومات الدفاع الجوي.")
    assert _summary(move) == ("shipment", "reported", "Russian forces", ["ميناء طبرق"], ["الجفرة"], [])


def test_movements_colombian_fighters_are_foreign_fighters_not_their_states_army():
    (move,) = _moves("نقل نحو 300 مقاتل كولومبي جواً من أبوظبي إلى بنغازي.")
    assert move.actor.name == "Foreign fighters"


def test_movements_what_a_demand_asks_not_to_be_done_and_a_caravan_that_set_down_its_saddlebags():
    assert _moves("ففي مصراتة حذّر خطيب الشباب من الفتنة، وطالبهم بالبقاء في بيوتهم وعدم الالتحاق بأي رتل.") == ()
    assert _moves("وقد حطت القافلة رحالها في جرمة على أن تبلغ غات قبل نهاية الأسبوع.") == ()
    (move,) = _moves("حطت طائرة شحن عسكرية في مطار غات.")
    assert (move.kind, _brief(move)[3]) == ("airlift", ["مطار غات"])


def test_movements_scheduled_said_of_the_verbal_noun_with_its_places_plans_it():
    (move,) = _moves("أكد ضابط أن نقل السرية من براك إلى مرزق «مقرر منذ أسبوعين ضمن تبديل روتيني للقوات».")
    assert _brief(move)[::2] == ("planned", ["براك"], [])
    first, second = _moves("ليبيا: جسر جوي عسكري إلى الكفرة وإنزال بحري مرتقب في راس لانوف")
    assert (first.status, second.status) == ("reported", "planned")


def test_movements_exam_papers_are_civilian_cargo():
    assert _moves("وفي الأثناء، توجه وفد إلى طرابلس، بينما وصلت إلى مطار سبها شحنة أوراق الامتحانات التي أرجئ توزيعها.") == ()


def test_movements_a_relative_clause_with_a_time_phrase_does_not_part_the_force_from_its_verb():
    (move,) = _moves("نقلت قناة محلية عن مصدر في القيادة العامة أن القوات التي حشدتها منذ الأسبوع الماضي في الشويرف «لن تتقدم "
                     "عبر الحمادة الحمراء نحو درج وغدامس إلا إذا رفضت قوة الحكومة مغادرة المنطقة».")
    assert _summary(move) == ("advance", "conditional", "Libyan National Army", [], ["درج", "غدامس"], ["الحمادة الحمراء"])


def test_movements_a_demand_with_its_conjunction_asks_for_no_movement():
    assert _moves("ثانياً: نرفض أي وجود عسكري داخل المنفذ، ونطالب بسحب هذه القوة إلى طرابلس فور انتهاء مهمتها.") == ()


def test_movements_the_review_of_the_forty_first_sessions_rules():
    (move,) = _moves("وقالت البعثة إن انسحاب المرتزقة من قاعدة الجفرة الذي كان مقرراً منذ أشهر اكتمل أمس.")
    assert move.status == "reported"  # 'scheduled' past a relative: what was planned has happened
    (move,) = _moves("جاء وصول التعزيزات إلى الكفرة أمس قبل اجتماع مرتقب للجنة العسكرية المشتركة.")
    assert move.status == "reported"  # the meeting is expected, not the arrival
    (move,) = _moves("قال مسؤول في مطار معيتيقة إن مدينة سبها شهدت هبوط طائرتي شحن عسكريتين قادمتين من الجفرة.")
    assert _brief(move)[2:4] == (["الجفرة"], [])  # the speaker's post is not where the planes landed
    (move,) = _moves("وحطت القوات التركية رحالها في قاعدة الوطية بعد أيام من مغادرتها مصراتة.")
    assert (move.kind, move.actor.name, _brief(move)[3]) == ("deploy", "Turkish armed forces", ["قاعدة الوطية"])
    (move,) = _moves("نقلت طائرة عسكريين كولومبيين من بنغازي إلى الكفرة.")
    assert move.actor.name == "Foreign fighters"
    assert _moves("تحركت من طرابلس شاحنات تابعة لحكومة الوحدة الوطنية لنقل صناديق الاقتراع إلى غريان.") == ()
    (move,) = _moves("تحركت قوة من اللواء 444 إلى بني وليد بعد تسريب أسئلة الامتحانات.")
    assert _brief(move)[3] == ["بني وليد"]  # the exams are the reason, no cargo
    (move,) = _moves("ونفى المتحدث باسم القيادة العامة اللجوء إلى الخطة ب. ووصلت أمس تعزيزات من بنغازي إلى سرت.")
    assert move.status == "reported"  # 'plan B.' ends its sentence


def test_movements_what_reached_us_is_news_not_forces():
    assert _moves("وصلتنا خلال الأيام الماضية عشرات الرسائل من مستمعين ليبيين يقيمون في السويد، يسألون عن أهاليهم في "
                  "سبها.") == ()
    (move,) = _moves("قال الطرابلسي: «لم تصلنا أي شحنة إلى ميناء زوارة، لا من لبنان ولا من غيره».")
    assert move.status == "denied"


def test_movements_a_longer_time_aside_does_not_part_the_landing_from_its_planes():
    (move,) = _moves("هبطت في قاعدة الجفرة الجوية، خلال الأيام العشرة الماضية، أربع طائرات قادمة من قاعدة الخادم.")
    assert _brief(move)[2:4] == (["قاعدة الخادم"], ["قاعدة الجفرة الجوية"])


def test_movements_an_answer_to_a_question_about_a_column_carried_over_from_the_speaker_is_that_movement():
    text = ("استضاف البرنامج العميد سالم الغرياني، مساعد آمر المنطقة العسكرية الغربية.\n\n"
            "المذيع: وماذا عن الرتل الذي قيل إنه خرج من براك ودخل الشويرف الأسبوع الماضي؟\n\n"
            "العميد: لم يدخل أي رتل للقيادة العامة إلى الشويرف.")
    (move,) = _moves(text)
    assert _brief(move)[::2][:2] == ("denied", ["براك"]) and _brief(move)[3] == ["الشويرف"]


def test_movements_leaving_an_organisation_named_past_the_subjects_is_no_withdrawal():
    assert _moves("ويرى محللون أن انسحاب النيجر مع مالي وبوركينا فاسو من المجموعة الاقتصادية لدول غرب إفريقيا يدفع "
                  "نيامي إلى البحث عن شركاء.") == ()


def test_movements_this_news_called_false_in_the_next_sentence_denies_the_move_told_before():
    text = ('وافتتح النائب عن أوباري المداخلات بالقول إن "تعزيزات تابعة للقيادة العامة خرجت من قاعدة براك الجوية '
            'ووصلت إلى اوباري". لكن رئيس لجنة الدفاع والأمن القومي بالمجلس، عمر السرتي، رد بأن هذه المعلومات '
            '"عارية عن الصحة".')
    (move,) = _moves(text)
    assert _brief(move)[::2] == ("denied", ["قاعدة براك الجوية"], [])
    assert _brief(move)[3] == ["اوباري"]
    (move,) = _moves('وقال النائب إن تعزيزات تابعة للقيادة العامة وصلت إلى اوباري. وأضاف أن هذه المعلومات "مؤكدة".')
    assert move.status == "reported"


def test_movements_the_tribes_young_men_mobilise_as_a_force():
    (move,) = _moves('وفي ختام الملتقى، أعلن المشاركون أن "شباب القبائل سيحتشدون للدفاع عن بني وليد إذا اقترب أي رتل مسلح '
                     'من بواباتها".')
    assert (move.kind, *_brief(move)[::3]) == ("mobilise", "conditional", ["بني وليد"])
    assert _moves("وقال إن أبناء القبائل على جانبي الحدود يريدون انتخابات، وإن كثيرين منهم عبروا إلى ليبيا.") == ()


def test_movements_whether_sets_no_condition():
    (move,) = _moves('وأبلغ الجانب الروسي القيادة العامة بأن وحدة من الفيلق "ستنتقل من قاعدة الخادم إلى قاعدة براك الجوية '
                     'مطلع الشهر المقبل"، دون تحديد ما إذا كان المقاتلون السوريون سيرافقونها.')
    assert _brief(move)[::2] == ("planned", ["قاعدة الخادم"], [])
    (move,) = _moves("ولم يتضح بعد ما إذا كانت القوات ستنسحب من سرت إلى الجفرة.")
    assert move.status == "planned"  # 'not clear' is said of the asking, not of the move
    (move,) = _moves("وستنسحب القوات من سرت إلى الجفرة إذا تم الاتفاق.")
    assert move.status == "conditional"


def test_movements_published_it_before_who_publishes_is_no_deployment_and_residents_town_is_no_origin():
    assert _moves("كشفت صور أقمار صناعية نشرها باحثون عن أعمال تحصين واسعة حول مدرج قاعدة تمنهنت.") == ()
    (move,) = _moves("وثّقت صور رتلاً من التعزيزات يضم نحو أربعين آلية عسكرية خرج من سبها متجهاً شمالاً قبل أن يدخل "
                     "قاعدة براك الجوية، استناداً إلى شارات ظهرت في مقاطع نشرها سكان من براك الشاطئ على مواقع التواصل.")
    assert _brief(move)[2:4] == (["سبها"], ["قاعدة براك الجوية"])


def test_movements_a_nationality_guessed_after_foreign_names_the_movers():
    (move,) = _moves("قال مصدر محلي إن عناصر أجنبية «يُعتقد أنها روسية» انتقلت مطلع الأسبوع من تمنهنت إلى قاعدة براك.")
    assert move.actor.name == "Russian forces" and move.actor.text == "عناصر أجنبية «يُعتقد أنها روسية»"
    (move,) = _moves("قال مصدر محلي إن عناصر أجنبية انتقلت مطلع الأسبوع من تمنهنت إلى قاعدة براك.")
    assert move.actor.name == "Foreign fighters"


def test_movements_a_force_seen_on_its_way_with_no_verb_moves_where_it_is_bound():
    (move,) = _moves("ورصدت الصور ذاتها رتل تعزيزات من عشرين شاحنة عسكرية قادماً من سرت، قال سكان في ودان إنه مرّ بالمدينة "
                     "فجر الخميس متجهاً إلى قاعدة الجفرة.")
    assert (move.kind, *_brief(move)[::2], _brief(move)[3]) == ("reinforce", "reported", ["سرت"], [], ["قاعدة الجفرة"])
    (move,) = _moves("ضبطت دورية تابعة للجيش فجر اليوم قافلة من أربع شاحنات محملة بالأسلحة والذخائر قادمة من جنوب ليبيا "
                     "ومتجهة إلى أم جرس.")
    assert (move.kind, *_brief(move)[2:4]) == ("shipment", ["جنوب ليبيا"], ["أم جرس"])
    assert _moves("وتتهم أطراف محلية جماعات مسلحة قادمة من تشاد والسودان بالتورط في صراعات فزان.") == ()


def test_movements_and_that_it_goes_on_with_the_force_of_the_movement_before():
    moves = _moves("قال مصدر عسكري سوداني إن الجيش دفع بتعزيزات من الدبة إلى المثلث الحدودي، وإنه «لن يتقدم نحو المالحة "
                   "إلا إذا ضمنت اللجنة إغلاق خطوط الإمداد».")
    assert [(m.kind, m.status, m.actor.name, [d.text for d in m.destinations]) for m in moves] == [
        ("reinforce", "reported", "Sudanese army", ["المثلث الحدودي"]),
        ("advance", "conditional", "Sudanese army", ["المالحة"])]
    assert _moves("قال المسؤول إن الوفد وصل إلى سبها، وإنه سيتوجه إلى أوباري.") == ()


def test_movements_a_second_thing_a_denied_claim_said_is_denied_with_it():
    first, second = _moves("نفت الوزارة ما أوردته صفحات عن «حشود عسكرية جزائرية» في الدبداب وتوغل بعضها في منطقة المثلث "
                           "الحدودي.")
    assert (first.status, second.status, second.kind, second.actor.name) == ("denied", "denied", "advance", "Algerian army")
    _, second = _moves("نفت الوزارة ما أوردته صفحات عن حشود عسكرية جزائرية في الدبداب، وتوغلت قوات أخرى في منطقة المثلث "
                       "الحدودي.")
    assert second.status == "reported"


def test_movements_coming_from_set_off_by_commas_before_the_verb_is_the_origin():
    (move,) = _moves("مصادر محلية: رتل من نحو 60 آلية مسلحة من القوة المشتركة، قادم من مصراتة، وصل إلى تاجوراء صباح اليوم.")
    assert _brief(move)[2:4] == (["مصراتة"], ["تاجوراء"])
    (move,) = _moves("رتل من القوة المشتركة قادم من مصراتة وصل إلى تاجوراء صباح اليوم.")
    assert _brief(move)[2:4] == (["مصراتة"], ["تاجوراء"])


def test_movements_a_briefings_item_that_tells_what_was_seen_is_no_order():
    (move,) = _moves("البند الثالث: رصدت وحدات الاستطلاع وصول قافلة إمداد للميليشيا إلى المالحة قادمة من الكفرة عبر مثلث "
                     "العوينات.")
    assert move.status == "reported"
    (move,) = _moves("المادة الأولى: تُنقل الكتيبة 55 مشاة من طرابلس إلى زوارة.")
    assert move.status == "planned"


def test_movements_a_headlines_column_on_its_way_is_the_bodys_planned_airlift():
    moves = _moves("الناطق الرسمي للقوات المسلحة: متحركات إلى الدبة وقوات خاصة في طريقها إلى دنقلا\n\n"
                   "بورتسودان: ساب برس\n\n"
                   "البند الثاني: ستُنقل سرية من القوات الخاصة جواً من قاعدة وادي سيدنا الجوية إلى دنقلا خلال الأيام المقبلة.")
    assert [(m.kind, m.status, [d.text for d in m.destinations]) for m in moves] == [("airlift", "planned", ["دنقلا"])]


def test_movements_sudans_mobile_columns_are_a_force():
    (move,) = _moves("وصلت إلى الدبة متحركات من الفرقة التاسعة عشرة مشاة قادمة من مروي.")
    assert _brief(move)[2:4] == (["مروي"], ["الدبة"])


def test_movements_a_headlines_redeployment_is_the_bodys_planned_deployment_from_the_same_base():
    moves = _moves("رئاسة الأركان: قوة إلى أبوقرين وإعادة تمركز من الوطية..\n\nطرابلس – «القلعة نيوز»\n\n"
                   "ثانياً: ستُنقل سرية دفاع جوي من قاعدة الوطية الجوية إلى مطار معيتيقة مطلع الأسبوع المقبل.")
    assert [(m.status, [o.text for o in m.origins]) for m in moves] == [("planned", ["قاعدة الوطية الجوية"])]


def test_movements_the_review_of_the_forty_second_sessions_rules():
    assert _moves("نصبت القوات منصات صواريخ جديدة قرب قاعدة الوطية.") != ()  # launchers, not platforms that publish
    assert _moves("سيارات مدنية متجهة إلى طرابلس علقت في الزحام عند بوابة الدافنية.") == ()
    (move,) = _moves("رتل تعزيزات في الصحراء متجهاً إلى قاعدة الجفرة.")  # في is no participle of travel
    assert move.destinations[0].text == "قاعدة الجفرة"
    sent = _moves("أرسل الجيش تعزيزات إلى مدينة سرت. وأضاف المصدر أن هذه المعلومات تدحض شائعات انسحاب الجيش.")[0]
    assert sent.status == "reported"  # 'this news refutes rumours': no denial of what was sent
    first, second = _moves("نفت وزارة الدفاع الجزائرية ما أوردته صفحات عن حشود عسكرية في الدبداب ووصلت وحدات من الدرك "
                           "الوطني إلى عين أميناس.")
    assert (first.status, second.status) == ("denied", "reported")  # a verb with its own subject
    (move,) = _moves("القوة المشتركة، القادمة من مصراتة، انسحبت إلى مواقعها الخلفية في الوشكة.")
    assert move.origins == ()  # who they are, not where they pull back from
    (move,) = _moves("البند الرابع: على الوحدات التي رصدت تحركات مريبة قرب غدامس الانتقال فورا إلى الدبداب.")
    assert move.status == "planned"
    moves = _moves("قوات حفتر تنتشر في سرت\n\nبنغازي – «الوسط»\n\nوقال المصدر إن القوات لن تنسحب من سرت.")
    assert [(m.kind, m.status) for m in moves] == [("deploy", "reported"), ("withdraw", "denied")]


def test_movements_and_they_is_not_the_force_of_the_movement_before():
    moves = _moves("قال الناطق باسم قوات الدعم السريع إن الجيش السوداني انسحب من المثلث الحدودي، وإنهم تقدموا نحو المالحة.")
    assert ("withdraw", "Sudanese army") in [(m.kind, m.actor and m.actor.name) for m in moves]


def test_movements_young_men_going_to_a_gathering_or_a_festival_are_no_force():
    assert _moves("وصل شباب القبائل إلى سرت للمشاركة في الملتقى الاجتماعي للمصالحة الوطنية.") == ()
    assert _moves("توافد شباب القبائل إلى مدينة الزنتان لحضور مهرجان الفروسية.") == ()


def test_movements_the_escort_after_a_civilian_transfer_moves_with_it():
    (move,) = _moves("انطلقت حافلتان تقلان المفرج عنهم من مصراتة باتجاه بوابة أبوقرين، ورافقتهما كتيبة من الشرطة العسكرية "
                     "التابعة لرئاسة الأركان العامة في طرابلس حتى نقطة التسليم.")
    assert (move.actor.name, *_brief(move)[2:4]) == ("GNA forces", ["مصراتة"], ["أبوقرين"])
    (move,) = _moves("ونُقل العمال أمس في حافلة مدنية من أجدابيا إلى منفذ امساعد مروراً بطبرق، ورافقتها دورية عسكرية تابعة "
                     "للجيش حتى البوابة الحدودية.")
    assert _brief(move)[2:] == (["أجدابيا"], ["منفذ امساعد"], ["طبرق"])
    assert _moves("ونُقل العمال أمس في حافلة مدنية من أجدابيا إلى منفذ امساعد.") == ()


def test_movements_who_adopted_the_plan_in_a_relative_clause_does_not_travel():
    (move,) = _moves("وبحسب الخطة التي اعتمدها الوزير، ستنتشر وحدات من مديريات الأمن حول مراكز التصويت في الزاوية وصرمان.")
    assert (move.status, _brief(move)[3]) == ("planned", ["الزاوية", "صرمان"])
