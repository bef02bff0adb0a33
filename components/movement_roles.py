"""The places of a movement and their roles: where it set out from, where it went, what it passed through.

Role markers (إلى، من، عبر ...) before a place give its role; unmarked places, border locators, distances,
asides, relative clauses, senders' seats and the places of other clauses are told apart here.
"""
from __future__ import annotations

from bisect import bisect_left

from components.actors import ORIGIN_LINK, PLACE_LINK, ActorSpan
from components.mentions import CLOSING_QUOTES, IN, ON
from components.movement_context import (
    PRESENT_PREFIXES,
    Context,
    Trigger,
    any_in,
    bounds_of_sentence,
    clause_opens,
    joins_word,
    reach_past,
    trigger_word,
    word_in,
)
from components.movement_patterns import Patterns
from components.phrases import CONJUNCTIONS, joined
from components.records import Mention
from components.text import normalise_word

ROLE_LOOKBACK = 4    # tokens between a role marker and its place
TATWEEL = "\u0640"  # ـ, stretches a joined letter: لـزليتن
FIRST_PLACE_GAP = 8  # an unmarked place this close after the trigger (or the force named right after it) is its target
BETWEEN = "بين"  # an air bridge 'between' two places flies from the first to the second
TARGET_AFTER_ORIGIN = 2  # words from 'forces from X' to an unmarked target, a time phrase not counted (، ليل الأحد، بلدة)
MOVER_START = 5  # words from the trigger to the first word of the force named right after it (دخل مسلحون من «مجلس ...»)
OWNER_GAP = 2  # words that say what a force is, between its word and the word of belonging (قوة فض نزاع تابعة ل)


BORDER_ID = "region:border-"  # the gazetteer's border rows: region:border-ly-ne is the Libya–Niger border
BORDER_IDS = ("region:border", "region:tripoint")  # its borders, a country's borders and border triangles


def countries_of_border(place) -> list[str]:
    """The two countries (ISO codes, lower case) of a border row of the gazetteer; none for any other place."""
    return place.id[len(BORDER_ID):].split("-") if place.id.startswith(BORDER_ID) else []


def _is_border(place) -> bool:
    """A border, a country's borders or a border triangle of the gazetteer."""
    return place.id.startswith(BORDER_IDS)


def purpose_verb(context: Context, trigger: Trigger) -> bool:
    """'لتلتحق', 'لتنتشر': a verb of purpose (ل before a present tense), the goal of the movement before it."""
    word = context.tokens[trigger.first].text
    return word[:1] == "ل" and word[1:2] in PRESENT_PREFIXES and len(word) >= 4


def _joins(context: Context, patterns: Patterns, trigger: Trigger, first: int) -> bool:
    """'ستلتحق بالفرق العاملة في سوسة': a verb of joining a force, the place at ``first`` told of the force it joins
    (after its ب): where the mover goes; not the mover's own (ستلتحق السرية المتمركزة في سبها بالقوات ...)."""
    return (joins_word(patterns, context.tokens[trigger.first].text)
            and any(context.tokens[j].text.startswith("بال") or context.tokens[j].text[:1] == "ب"
                    and patterns.forces.at(context.norm.text, context.tokens, j) is not None
                    for j in range(trigger.last + 1, first)))


CLOSED_ASIDE_WORDS = 8  # words of an aside set off by commas that a clause opener begins (، بعد أسابيع من توقيف المتهمين،)


def _closed_aside(context: Context, patterns: Patterns, boundary: int, first: int) -> bool:
    """Whether the first clause opener between ``boundary`` and the place at ``first`` opens an aside set off by commas
    that closes before the place, the verb's force right after it ('دفعت القيادة، بعد أسابيع من توقيف المتهمين،
    بتعزيزات من إليزي'): the clause it opens is over, and the places after it are the movement's again."""
    k = next(iter(patterns.clause_openers.between(boundary + 1, first - 1)), None)
    if k is None or not context.comma_after(k - 1):
        return False
    closing = context.aside_end(k, CLOSED_ASIDE_WORDS, commas_only=True)
    return (closing is not None and closing < first - 1 and not context.places_between(k, closing)
            and any_in(patterns.forces, context, closing + 1, closing + 1) is not None)  # the verb's object goes on


TIME_BEFORE_FORCE = 3  # words of a time phrase after its opener before the force sent with ب (عقب الهجوم بكتيبة)


def _time_before_its_force(context: Context, patterns: Patterns, boundary: int, first: int) -> bool:
    """Whether the first clause opener between ``boundary`` and the place at ``first`` opens a short time phrase that
    the force sent with ب closes, no place between ('دفعت القيادة العامة عقب الهجوم بكتيبة من سبها'): the places
    after the force are the movement's."""
    k = next(iter(patterns.clause_openers.between(boundary + 1, first - 1)), None)
    if k is None:
        return False
    for j in range(k + 1, min(first - 1, k + 1 + TIME_BEFORE_FORCE) + 1):
        if context.places_between(k, j) or context.marked(j - 1, j):
            return False
        if context.tokens[j].text.startswith("ب") and any_in(patterns.forces, context, j, j) is not None:
            s_last = bounds_of_sentence(context, j)[1]
            return not any(context.tokens[m].text.startswith("ب") and any_in(patterns.forces, context, m, m) is not None
                           for m in range(j + 1, s_last + 1))  # not عقب هجوم بمسلحين على مرزق بتعزيزات: a force
            # sent with ب later is the verb's; the first is the attack's
    return False


SENT_FORCE_AFTER = 2  # words after the sender's name in which the force it sends is named (نشرت نجامينا كتيبة)


def _state_sends(context: Context, patterns: Patterns, trigger: Trigger, first: int) -> bool:
    """Whether the place at ``first`` stands right after a verb of sending and a force right after it: the state or
    its capital sends the force ('نشرت نجامينا كتيبة من الحرس الوطني في وور'، 'أن تنقل الجزائر فوجاً من حرس الحدود'),
    not where it goes (not دخلت سرت قوات الجيش: entering names where)."""
    place = context.placed[first].place
    if (first != trigger.last + 1 or trigger.kind == "reinforce"  # ستعزز قاعدة الويغ بسرية: what it reinforces
            or place is None or place.kind not in ("country", "city")
            or trigger_word(context, trigger) not in context.actor_lexicon.state_verbs):
        return False
    last = context.mention_last[first]
    return (last + 1 < len(context.tokens) and not context.tokens[last + 1].text.startswith("ب")
            and any_in(patterns.forces, context, last + 1, last + SENT_FORCE_AFTER) is not None)


def _place_of_a_force_before(context: Context, patterns: Patterns, first: int) -> bool:
    """Whether a force word stands right before the place at ``first`` (التحقت بالقوات بسرت): the place is then where
    that force is, which ``_joins`` reads."""
    return first > 0 and patterns.forces.ends_at(context.norm.text, context.tokens, first - 1) is not None


def purpose_noun(context: Context, trigger: Trigger) -> bool:
    """'لنقل', 'لإرسال': a verbal noun of purpose (ل before a noun, not a present tense), or one after 'to carry out'
    (لتنفيذ إنزال)."""
    word = context.tokens[trigger.first].text
    return (trigger.prefix == 1 and word[:1] == "ل" and (word[1:2] not in PRESENT_PREFIXES or _tafil(word[1:]))
            or not trigger.prefix and trigger.first > 0 and context.tokens[trigger.first - 1].text in CARRY_OUT)


def _tafil(word: str) -> bool:
    """'تعزيز', 'تأمين': the verbal noun of a verb's second form (تفعيل), which starts with ت as a present tense does
    (لتعزيز is 'to reinforce', not لتعزز)."""
    return len(word) == 5 and word[0] == "ت" and word[3] == "ي"


CARRY_OUT = frozenset(normalise_word(word) for word in ("لتنفيذ", "لإجراء"))  # لتنفيذ إنزال: to carry out a landing


def patron_word_before(context: Context, patterns: Patterns, first: int) -> int | None:
    """The token of the word that says whom what is named at token ``first`` serves or belongs to, right before it or
    before على/من (الموالين لتركيا، محسوبة على مصراتة، المدعومة من تركيا), else None."""
    tokens = context.tokens
    k = first - 1
    if k > 0 and tokens[k].text in (ON, ORIGIN_LINK):
        k -= 1
    return k if k >= 0 and tokens[k].text in patterns.patrons else None


def _patrons_place(context: Context, patterns: Patterns, first: int) -> bool:
    """Whether the place at token ``first`` is whom a force or a channel serves or belongs to (المرتزقة السوريين
    الموالين لتركيا، قوة حرس الحدود التابعة لطرابلس، كتائب محسوبة على مصراتة): not where anyone goes."""
    k = patron_word_before(context, patterns, first)
    return k is not None and (k < first - 1 or with_clitic(context, first, "ل"))


MEETING_REACH = 6  # words from a meeting (اجتماع عاجل للجنة العسكرية المشتركة في) to the place it is held in


def _meeting_place(context: Context, patterns: Patterns, boundary: int, first: int) -> bool:
    """Whether the place at ``first`` is where a meeting, talks or a summit are held (ودعت إلى اجتماع عاجل للجنة
    العسكرية المشتركة في تونس العاصمة): a meeting word between the place before (or the trigger) and it."""
    return word_in(context, patterns.meetings, max(boundary + 1, first - MEETING_REACH), first - 1)


def _residents_town(context: Context, patterns: Patterns, first: int) -> bool:
    """Whether the place at ``first`` is where residents who speak live (وما يرويه سكان في طبرق والسلوم، أهالي
    في مرزق، مقاطع نشرها سكان من براك الشاطئ): whose account it is, not where anyone goes or comes from."""
    tokens = context.tokens
    return (first > 1 and tokens[first - 1].text in (PLACE_LINK, ORIGIN_LINK)
            and tokens[first - 2].text in patterns.civilian_speakers)


def places_with_roles(context: Context, patterns: Patterns, trigger: Trigger, end: int) -> list[tuple[int, Mention, str]]:
    """(token, mention, role) for each place the trigger's clause ties to the movement."""
    roles: list[tuple[int, Mention, str]] = []
    boundary = trigger.last
    previous_role = None
    default_role = "origin" if trigger.kind == "withdraw" else "destination"
    opened = False  # a clause opener (إذا، بسبب، بعد اندلاع) stands between the trigger and this place
    located = -1  # the last token of a border phrase that said where the destination before it lies
    none_before = -1  # the last token of the last place that is no movement's ('ويقطعون الطريق إلى سبها')
    measured_from = -1  # the last token of the last place a distance was measured from (على بعد 60 كيلومتراً من)
    relative = False  # the place before stands in a relative clause set off by a comma, not closed yet
    members_end = -1  # the last token of the last place of an aside about who the force's members are
    for first in context.places_between(trigger.last + 1, end):
        mention = context.placed[first]
        opens = None if opened else clause_opens(context, patterns, boundary + 1, first - 1)
        if opens in ("clause", "time") and _closed_aside(context, patterns, boundary, first):
            opens = None  # دفعت، بعد أسابيع من توقيف المتهمين، بتعزيزات من إليزي إلى جانت: the aside is over
        if opens == "time" and trigger.needs_force == "bi" and _time_before_its_force(context, patterns, boundary, first):
            opens = None  # دفعت القيادة العامة عقب الهجوم بكتيبة من سبها إلى أم الأرانب: the time, then what is sent
        if opens and roles and not _sets_out_to(context, patterns, trigger, roles, opens, first):
            break  # وصلت تعزيزات إلى سبها بعد اندلاع الاشتباكات في مرزق: Murzuq is where the clashes are; not what a
            # move that has only set out goes to do (ستتحرك من وادي هور لاستعادة المالحة: where it goes)
        opened = opened or opens in ("clause", "time")  # not a purpose: نشر وحدات لحماية ميناء السدرة
        if _in_relative_clause(context, patterns, first, boundary) or relative and not context.marked(boundary, first):
            previous_role, boundary, relative = None, context.mention_last[first], True
            continue  # قوات حفتر، التي تسيطر على شرق ليبيا، تعزيزات ... إلى إدري; القطرون، التي تبعد نحو 260 كيلومتراً
            # عن منفذ التوم على الحدود مع النيجر: every place of the relative clause, to its end
        relative = False
        if opened and not directed(context, patterns, first, boundary):
            previous_role, boundary = None, context.mention_last[first]
            continue  # سيتحركون نحو بونجيم إذا تعرّض المدنيون في الجفرة: the condition's place, not where they go
        if (_about_its_members(context, patterns, boundary, first, right_after=not roles)
                or boundary == members_end and coordinated(context, patterns, boundary, first)):
            previous_role, boundary = None, context.mention_last[first]
            members_end = boundary
            continue  # تجميع مقاتلين في غدامس، بينهم شبان جرى تجنيدهم في طرابلس اللبنانية: who they are, not where
            # (ومنهم مسلحون من تشاد والسودان: each place of the list)
        if roles and _in_an_aside(context, patterns, boundary, first):
            boundary = context.mention_last[first]
            continue  # 'من حقل الشرارة، أكبر الحقول النفطية في الجنوب الغربي، إلى أوباري': what the place before is
        distance = distance_reference(context, patterns, first)
        if (_in_a_forces_name(context, patterns, first) or distance or _residents_town(context, patterns, first)
                or _patrons_place(context, patterns, first) or _meeting_place(context, patterns, boundary, first)):
            previous_role, boundary = None, context.mention_last[first]
            measured_from = boundary if distance else measured_from
            continue  # على بعد 45 كيلومتراً جنوب الجميل: how far, from where; not where anyone goes
        if (roles and first == boundary + 1 and mention.place is not None and mention.place.kind == "country"
                and (roles[-1][1].place is not None and countries_of_border(roles[-1][1].place) or located == boundary)
                and context.tokens[first].text.startswith("و")):
            boundary = context.mention_last[first]
            continue  # على الحدود مع النيجر ومالي: the country is the border's other side, not a destination
        role = _marker_before(context, patterns, first, boundary)
        if role in ("destination", "origin") and roles and _bound_elsewhere(context, patterns, boundary, first):
            previous_role, boundary = None, context.mention_last[first]
            continue  # انتشرت في القبة، وباتت تفتش القوافل الإنسانية المتجهة إلى درنة: where the convoys go
        if role == "destination" and previous_role == "origin" and _more_bases(context, patterns, boundary, first):
            role = "origin"  # غادروا قاعدة الوطية ومعسكرات في منطقة صلاح الدين: the camps they left too
        if role == "destination" and _forces_there_before_a_direction(context, patterns, first):
            role = "stationed"  # بقوة من حرس المنشآت النفطية في حقل السرير إلى قاعدة معطن السارة: where they are
        if role is None and none_before == boundary and first == boundary + 1 and with_clitic(context, first, "و"):
            role = "none"  # ومعظمهم من السودان وتشاد: the list goes on
        elif (measured_from == boundary and mention.place is not None and _is_border(mention.place)
              and _right_after(context, patterns, boundary, first) and not directed(context, patterns, first, boundary)):
            role = "none"  # على بعد 60 كيلومتراً من معبر رأس جدير على الحدود مع تونس: where that place lies (not
            # '...جنوب شرقي طرابلس، باتجاه الحدود مع السودان': where the force goes)
        if role == "road":  # 'الطريق الرابط بين الجبل الغربي والجنوب الليبي': where the place before is, or where
            role = "none" if roles and not _new_leg(context, boundary, first) else "destination"  # the force goes
        if role == "leading":  # البوابة الشرقية المؤدية إلى غريان; نحو المسالك الصحراوية المؤدية إلى الحدود
            role = ("none" if any(r == "destination" for _, _, r in roles)
                    or not _towards_the_road(context, patterns, first, boundary) else "destination")
        if role == "none":  # 'ويقطعون الطريق إلى سبها': not where they go
            previous_role, boundary = None, context.mention_last[first]
            none_before = boundary
            continue
        if role == "stationed":  # where forces are is where they set out from; once they have set out, where
            homes = [r for r in roles if r[2] == "origin" and names_actor(context, r[0])]
            if homes and len(homes) == sum(r[2] == "origin" for r in roles):
                roles = [r for r in roles if r not in homes]  # الكتائب القادمة من مصراتة، والمتمركزة في طرابلس: the
                # force's home town names it; where it is stationed is where it sets out from
            set_out = (any(r == "origin" for _, _, r in roles) or purpose_verb(context, trigger)  # they join them;
                       or trigger.kind == "reinforce"  # عزز وحداته المنتشرة في الدبداب: where the forces reinforced are
                       or _joins(context, patterns, trigger, first))  # ستلتحق بالفرق العاملة في سوسة: where those
            # joined are
            role = "destination" if set_out else "origin"
        if not roles and role == "destination" and _senders_seat(context, patterns, trigger, first, end):
            role = "origin"  # أرسلت القيادة العامة في بنغازي تعزيزات إلى سبها: where the sender sits
            last = context.mention_last[first]
            if any(patterns.roles.ends_at(context.norm.text, context.tokens, k - 1) == "origin"
                   for k in context.places_between(last + 2, end)):
                previous_role, boundary = None, last
                continue  # دفعت قيادة الناحية بورقلة بتعزيزات من إليزي إلى جانت: they set out from Illizi
        if (role in ("destination", "locator") and trigger.kind == "withdraw"
                and (not roles or _homes_only(context, roles)) and _left_in(context, patterns, trigger, first, role)):
            role = "origin"  # إخلاء القوات مواقعها في أم الرزم وانسحابها باتجاه درنة: where they left; سحبت كتائب من
            roles = []  # مصراتة عناصرها من بوابات في تاورغاء: the battalions' home town names them; they left Tawergha
        if (role == "destination" and previous_role == "origin" and _runs_into(context, patterns, boundary, first)
                and (trigger.kind == "withdraw" or any(directed(context, patterns, later, context.mention_last[first])
                                                       for later in context.places_between(first + 1, end)))):
            previous_role, boundary = None, context.mention_last[first]
            continue  # 'سحبت كتيبتين من أدري على الحدود مع السودان', 'قادمة من رأس جدير على الحدود مع تونس إلى
            # قرقارش': where the origin is, not where they went (ستعيد نشر وحدات من الكفرة على الحدود مع تشاد: it is)
        if (role == "destination" and previous_role == "via" and mention.place is not None
                and _is_border(mention.place) and _right_after(context, patterns, boundary, first)
                and not patterns.directions.at(context.norm.text, context.tokens, boundary + 1)):
            boundary = context.mention_last[first]
            continue  # 'عبر منطقة تومو على الحدود مع النيجر': where the place passed through is
        if (role == "destination" and previous_role == "destination" and mention.place is not None
                and _is_border(mention.place) and first == boundary + 2 and context.tokens[boundary + 1].text == ON
                and joined(context.norm.text, context.tokens, boundary, first)):
            boundary = located = context.mention_last[first]
            continue  # 'إلى منفذ التوم على الحدود مع النيجر': where the crossing is ('وعلى الحدود مع': a place of its own)
        if role == "locator":  # 'قاعدة الوطية القريبة من الحدود': where the base is, not where anyone goes
            role = None if roles and _right_after(context, patterns, boundary, first) else "destination"
            if role is None:
                previous_role = None
                boundary = context.mention_last[first]
                continue
        if (previous_role and roles and role == "destination" and _larger(mention, roles[-1][1])
                and _located_in_previous(context, boundary, first, patterns.skippable)):
            boundary = context.mention_last[first]
            continue  # 'إلى زوار في منطقة تيبستي': Tibesti says where Zouar is; the arrow goes to Zouar
        if (previous_role == "origin" and roles and role in (None, "destination") and first == boundary + 1
                and with_clitic(context, first, "ب") and _larger(mention, roles[-1][1])):
            boundary = context.mention_last[first]
            continue  # 'من قاعدة رأس التين البحرية بالإسكندرية': where the base it set out from is
        if previous_role and role is None and coordinated(context, patterns, boundary, first):
            role = previous_role
        if role is None and _beyond_a_compass(context, patterns, boundary, first):
            role = "destination"  # إلى مقر المشروع الزراعي جنوب سوكنة: a spot the gazetteer lacks, by the town it is near
        if (role is None and not roles and trigger.last + 1 < first and context.norm.words[trigger.last + 1] in patterns.airspace
                and trigger_word(context, trigger) in patterns.crossings):
            role = "via"  # وعبرت الأجواء جنوب جزيرة كريت، قبل أن تهبط في قاعدة الوطية: flown over on the way
        if role is None and previous_role == "origin" and first == boundary + 1 and with_clitic(context, first, "ل"):
            role = "destination"  # انتقلوا من الجفرة لقاعدة براك الشاطئ: from one to the other
        if role is None and not roles and first == trigger.last + 1 and with_clitic(context, first, "ل"):
            role = "destination"  # الكتيبة روحت لتمنهنت، انسحبت لسرت: 'to', right after the verb
        if (role is None and with_clitic(context, first, "ب") and joins_word(patterns, context.tokens[trigger.first].text)
                and not _place_of_a_force_before(context, patterns, first)):
            role = "destination"  # ستلتحق وحدات قادمة من صفاقس ببن قردان: 'joins (the forces) at'
        if role is None and roles and _sets_out_to(context, patterns, trigger, roles, opens, first):
            role = "destination"  # ستتحرك من وادي هور لاستعادة المالحة: what it sets out to retake
        after, reach = ((mover_end(context, trigger, first), FIRST_PLACE_GAP) if not roles
                        else (_force_origin_end(context, patterns, trigger, roles), TARGET_AFTER_ORIGIN))
        if (role is None and after is not None and words_between(context, patterns, after, first) <= reach
                and not names_actor(context, first) and not _new_subject(context, patterns, trigger, first)
                and not _state_sends(context, patterns, trigger, first)):
            role = default_role
        if role == "destination" and not patterns.halts.isdisjoint(context.norm.words[boundary + 1:first]):
            role = "halt"
        if role is not None:
            roles.append((first, mention, role))
        previous_role = role
        boundary = context.mention_last[first]
    roles = _onward(context, patterns, _halts(context, patterns, trigger, _air_bridge(context, trigger, roles)))
    return _crossed(context, patterns, trigger, roles)




FORCE_WORDS = 4  # words from a force word to 'in' and where it is (قوة من حرس المنشآت النفطية في حقل السرير)


def _sets_out_to(context: Context, patterns: Patterns, trigger: Trigger, roles: list, opens: str | None,
                 first: int) -> bool:
    """Whether the place at ``first`` is what a move that has only set out goes to do, named right after a verbal
    noun of purpose (ستتحرك من وادي هور لاستعادة المالحة): where it goes, not another clause's place."""
    return (opens == "purpose" and trigger.kind != "withdraw" and all(role == "origin" for _, _, role in roles)
            and (patterns.clause_openers.ends_at(context.norm.text, context.tokens, first - 1) == "purpose"
                 or _purpose_just_before(context, patterns, first)
                 or (patterns.directions.ends_at(context.norm.text, context.tokens, first - 1) is not None
                     or context.tokens[first - 1].text == UNTIL)
                 and not patterns.escort_purposes.isdisjoint(context.norm.words[trigger.last + 1:first])))
    # ستتحرك من الكفرة لمرافقة القوافل إلى الحدود مع السودان (حتى الحدود): where what it goes with goes


UNTIL = normalise_word("حتى")  # as far as (لمرافقة القوافل حتى الحدود مع السودان)
PURPOSE_OBJECT = 2  # words of a purpose's object before 'in' and its place (لتنفيذ حملة اعتقالات في حيي شيحا)


COMPASS_REACH = 4  # words of an unnamed spot between 'to' and the compass word that locates it (مقر المشروع الزراعي)


def _beyond_a_compass(context: Context, patterns: Patterns, boundary: int, first: int) -> bool:
    """Whether the place at ``first`` locates, by a compass word right before it, an unnamed spot that a word of
    direction leads to: 'إلى مواقع جديدة جنوب سرت', 'إلى مقر المشروع الزراعي جنوب سوكنة'."""
    words, normal, tokens = context.norm.words, context.norm.text, context.tokens
    k = first - 1
    while k > boundary and first - k <= 2 and words[k] in patterns.compass:
        k -= 1
    if k == first - 1:
        return False
    for j in range(k, max(boundary, k - COMPASS_REACH - 1), -1):
        word = tokens[j].text
        if j < k and patterns.roles.ends_at(normal, tokens, j) == "destination":
            return word not in (IN, BETWEEN)  # not 'بين مجموعتين مسلحتين وسط صبراتة': where the clashes are
        if not word.isalpha() or word in patterns.number_words or word in patterns.approximately:
            return False  # على بعد نحو 200 كيلومتر غرب منفذ أرقين: a distance, measured from the place
    return False


def _purpose_just_before(context: Context, patterns: Patterns, first: int) -> bool:
    """Whether a verbal noun of purpose stands just before the place at ``first``, past one of two short stretches:
    the object it takes over, a place noun or a part of a place, a time of two words allowed before it
    (ستنتقل من الرياينة لتتسلم (خلال أيام) بوابة القواليش); or its object of a word or two and 'in', a place noun
    allowed after it (نقل كتيبة من أوجلة لتعويض النقص في الكفرة). What the move sets out to do is where it goes."""
    normal, tokens, words = context.norm.text, context.tokens, context.norm.words
    if first >= 2 and words[first - 1] in patterns.skippable:
        k = first - 2
        if k >= 2 and patterns.time_words.at(normal, tokens, k - 1):
            k -= 2  # لتتسلم خلال أيام بوابة القواليش: a time between
        if patterns.clause_openers.ends_at(normal, tokens, k) == "purpose":
            return True
    at = next((k for k in (first - 1, first - 2) if k > 0 and tokens[k].text == IN), None)
    if at is None or at < first - 1 and words[first - 1] not in patterns.skippable:
        return False
    return any(patterns.clause_openers.ends_at(normal, tokens, k) == "purpose"
               for k in range(max(0, at - 1 - PURPOSE_OBJECT), at - 1))


def _forces_there_before_a_direction(context: Context, patterns: Patterns, first: int) -> bool:
    """Whether the place at ``first`` comes right after a force and 'in' (وحدات في حقل السرير، قوة من حرس المنشآت
    النفطية في حقل السرير) and right before a word of direction (إلى قاعدة معطن السارة): where the force is."""
    k = first - 2
    tokens, normal = context.tokens, context.norm.text
    if k < 0 or tokens[first - 1].text != IN or context.mention_last[first] + 1 >= len(tokens):
        return False
    d = context.mention_last[first] + 1
    if (not patterns.directions.at(normal, tokens, d) or context.mark_after(d - 1)
            or tokens[d].text in patterns.approximately and d + 1 not in context.placed):
        return False  # not نحو مئتي عسكري: 'about'; not past a comma (تشكيلات القيادة العامة في الجنوب الغربي، إلى غات)
    force = next((j for j in range(k, max(-1, k - FORCE_WORDS - 1), -1) if patterns.forces.at(normal, tokens, j)), None)
    return ((force is not None and not context.marked(force, k)
             and not any(j in context.placed for j in range(force, k + 1)))
            or any(span.last == k for span in context.actors_between(max(0, k - ACTOR_NAME_REACH), k)))


BETWEEN_REACH = 3  # words from 'between' to the first place, a base's words between (بين القاعدة الجوية لبوفاريك)


def _air_bridge(context: Context, trigger: Trigger,
                roles: list[tuple[int, Mention, str]]) -> list[tuple[int, Mention, str]]:
    """'جسر جوي أسبوعي بين سبها وقاعدة الويغ', 'بين القاعدة الجوية لبوفاريك ومطار جانت': flights between two places
    fly from the first to the second."""
    if trigger.kind != "airlift" or len(roles) != 2 or any(role != "destination" for _, _, role in roles):
        return roles
    first, tokens = roles[0][0], context.tokens
    if not any(tokens[k].text == BETWEEN and joined(context.norm.text, tokens, k, first)
               for k in range(max(trigger.last + 1, first - BETWEEN_REACH), first)):
        return roles
    (first, mention, _), second = roles
    return [(first, mention, "origin"), second]


def mover_end(context: Context, trigger: Trigger, first: int) -> int:
    """The last token of the force named right after the trigger, before the place at ``first`` (دخل مسلحون من «مجلس
    القيادة العسكرية لإنقاذ الجمهورية»، ...، بلدة زوار: the gap to the place counts from the end of the name), else
    the trigger's last token."""
    spans = context.actors_between(trigger.last + 1, min(first - 1, trigger.last + MOVER_START))
    end = max([span.last for span in spans if span.last < first], default=trigger.last)
    links = context.actor_lexicon.unit_owner_links  # «اللواء 444 قتال» التابع لرئاسة الأركان العامة بحكومة الوحدة
    while True:  # الوطنية: the owner's name is part of the force's, and so are the words that say what it is and
        # the office (قوة فض نزاع تابعة لرئاسة أركان المنطقة العسكرية الساحل الغربي: a force word no one is named by)
        reach = MOVER_START if end == trigger.last else OWNER_GAP
        link = next((k for k in range(end + 1, min(end + reach, first - 2) + 1) if context.tokens[k].text in links), None)
        owner = None if link is None or end == trigger.last and context.marked(end, link) else next(
            (span for span in context.actors_between(link + 1, min(first - 1, link + 1 + OFFICE_WORDS))
             if span.last < first), None)
        if owner is None:
            break
        end = owner.last
    return end


def _force_origin_end(context: Context, patterns: Patterns, trigger: Trigger,
                      roles: list[tuple[int, Mention, str]]) -> int | None:
    """'دخلت قوات من الزنتان، ليل الأحد، بلدة الأصابعة': where the only place so far is the origin told with the force
    right after a verb that goes somewhere ('forces from Zintan'), the last token of that origin: an unmarked target
    may follow it at TARGET_AFTER_ORIGIN (not 'من الهواري، شمال غرب الكفرة': where the origin lies). Otherwise None."""
    if len(roles) != 1 or roles[0][2] != "origin" or trigger.kind == "withdraw":
        return None
    k = roles[0][0]
    if (k - trigger.last > MOVER_START or context.tokens[k - 1].text != ORIGIN_LINK
            or not patterns.forces.ends_at(context.norm.text, context.tokens, k - 2)):
        return None
    return context.mention_last[k]


DISTANCE = "بعد"  # 'distance', after one of patterns.distance_words (على بعد): not 'after'
DISTANCE_REACH = 6  # words from على بعد to the place the distance is measured from (على بعد نحو 30 كيلومتراً من)


def distance_reference(context: Context, patterns: Patterns, first: int) -> bool:
    """Whether the place at ``first`` is what a distance is measured from (على بعد نحو 45 كيلومتراً جنوب الجميل),
    in the same clause. Answered once per place (``context.measured_from``): the roles and the measured position of
    a trigger both ask it of the same places."""
    known = context.measured_from.get(first)
    if known is None:
        known = context.measured_from[first] = _measured_from(context, patterns, first)
    return known


def _measured_from(context: Context, patterns: Patterns, first: int) -> bool:
    """``distance_reference``, looked for: back from the place to the clause's start or DISTANCE_REACH words."""
    words = context.norm.words[max(0, first - DISTANCE_REACH):first]
    if DISTANCE not in words and patterns.kilometre_markers.isdisjoint(words):
        return False  # most places: no distance is told before them
    tokens = context.tokens
    for k in range(first - 1, max(0, first - DISTANCE_REACH) - 1, -1):
        if context.mark_after(k):
            return False
        if tokens[k].text == DISTANCE and k and tokens[k - 1].text in patterns.distance_words:
            return True
        if tokens[k].text in patterns.kilometre_markers and _counted_from(context, patterns, k + 1, first):
            return True  # عند الكيلو 30 شرق طبرق، بوابة الـ50 غرب سرت: a road's marker, counted from the town
    return False


def _counted_from(context: Context, patterns: Patterns, k: int, first: int) -> bool:
    """Whether a number (the article's ال apart: الـ50) stands at token k, with only the words of a road or a
    compass point between it and the place at ``first`` (الكيلو 30 شرق طبرق; not الكيلو 60 «ستنسحب إلى أجدابيا)."""
    tokens = context.tokens
    if k < len(tokens) and tokens[k].text == "ال":
        k += 1
    if not (k < first and tokens[k].text[:1].isdigit()):
        return False
    return all(t.text in patterns.compass or t.text in patterns.road_words for t in tokens[k + 1:first])


HALT_TO_NEXT_LEG = 2  # words from a stop to the next leg's 'before' (وتوقفت في قاعدة تمنهنط قرب سبها، قبل أن تحط)


def _halts(context: Context, patterns: Patterns, trigger: Trigger,
           roles: list[tuple[int, Mention, str]]) -> list[tuple[int, Mention, str]]:
    """Where the force stopped (وتوقف عند بئر الغنم) is a stop on the way when the movement goes further: another
    destination in its clause, or a leg told after its arrival (تمركزت على مشارف زوارة، بعد أن انطلقت من الزاوية ...
    وتوقفت ساعات في محيط مجمع مليتة), or a next leg right after the stop (وتوقفت في مطار بنينا قبل أن تهبط في قاعدة
    الجفرة); else it is where the movement ended."""
    if not any(role == "halt" for _, _, role in roles):
        return roles
    normal, tokens = context.norm.text, context.tokens
    after_halt = context.mention_last[max(k for k, _, role in roles if role == "halt")] + 1
    further = (any(role == "destination" for _, _, role in roles)
               or bool(patterns.earlier_legs.ends_at(normal, tokens, trigger.first - 1))
               or any(patterns.next_legs.at(normal, tokens, k)  # قرب سبها، قبل أن: a locator may stand between
                      for k in range(after_halt, min(len(tokens), after_halt + HALT_TO_NEXT_LEG + 1))))
    stop = "via" if further else "destination"
    return [(k, mention, stop if role == "halt" else role) for k, mention, role in roles]


def _onward(context: Context, patterns: Patterns, roles: list[tuple[int, Mention, str]]) -> list[tuple[int, Mention, str]]:
    """'نُقل جواً إلى قاعدة الجفرة الجوية، ومنها إلى قاعدة براك': a destination that 'and from it' and a word of
    direction carry on from, to the next destination, is passed through."""
    normal, tokens = context.norm.text, context.tokens
    onward = set()
    for (k, _, role), (later, _, next_role) in zip(roles, roles[1:]):
        after = context.mention_last[k] + 1
        if role == next_role == "destination" and after < later - 1:
            match = patterns.from_there.at(normal, tokens, after)
            if match and patterns.directions.at(normal, tokens, after + match[0]) and after + match[0] < later:
                onward.add(k)
    return [(k, mention, "via" if k in onward else role) for k, mention, role in roles] if onward else roles


def _in_an_aside(context: Context, patterns: Patterns, boundary: int, first: int) -> bool:
    """Whether the place at ``first`` stands in words set off by commas right after the place ending at
    ``boundary``, with no word of direction or origin of their own, and a word of direction or origin follows the
    closing comma (من حقل الشرارة، أكبر الحقول النفطية في الجنوب الغربي، إلى أوباري)."""
    normal, tokens = context.norm.text, context.tokens
    last = context.mention_last[first]
    if (boundary + 1 >= first or last + 1 >= len(tokens)
            or not context.mark_after(boundary)
            or normal[tokens[last].end:tokens[last + 1].start].strip() != "،"):
        return False
    if any(patterns.roles.at(normal, tokens, k) and tokens[k].text != PLACE_LINK for k in range(boundary + 1, first)):
        return False
    after = patterns.roles.at(normal, tokens, last + 1)
    return bool(after) and after[2] in ("destination", "origin") and tokens[last + 1].text != PLACE_LINK


MEMBER_WORD_AT = 3  # the member word's place in its aside: first (، بينهم) or a word or two on (، شارك كثير منهم)


def _about_its_members(context: Context, patterns: Patterns, boundary: int, first: int, right_after: bool = False) -> bool:
    """Whether the place at ``first`` stands in an aside about who the force's members are, opened after a comma
    past the place ending at ``boundary`` (، بينهم، معظمهم; a word or two on: ، شارك كثير منهم سابقاً في عمليتي ...
    بشمال سوريا) with no word of direction after its member word; its member word ``right_after`` the comma where
    the movement has no place yet (المرتزقة»، ومنهم مسلحون من تشاد; not أقلت، مساء الجمعة، 90 منهم من مطار معيتيقة:
    the movers themselves)."""
    words, normal, tokens = context.norm.words, context.norm.text, context.tokens
    if patterns.member_asides.isdisjoint(words[boundary + 1:first]):
        return False  # most gaps between places hold none: one look at C speed
    reach = 1 if right_after else MEMBER_WORD_AT
    opening = next((k for k in range(boundary + 1, first) if words[k] in patterns.member_asides
                    and any(context.mark_after(j) for j in range(max(boundary, k - reach), k))), None)
    return (opening is not None and not context.marked(opening, first)  # not past the comma that closes it
            and not any(patterns.directions.at(normal, tokens, k) for k in range(opening + 1, first)))


def _new_leg(context: Context, boundary: int, first: int) -> bool:
    """Whether a word joined by و stands between the place ending at ``boundary`` and the one at ``first``
    (في بئر الغنم وعلى الطريق الواصل بين الأصابعة وككلة): a place of its own, not a locator of the one before."""
    return any(token.text[:1] == "و" for token in context.tokens[boundary + 1:first])


def _crossed(context: Context, patterns: Patterns, trigger: Trigger,
             roles: list[tuple[int, Mention, str]]) -> list[tuple[int, Mention, str]]:
    """'عبور وحدات مصرية الحدود مع ليبيا باتجاه البمبة', 'عبور قوات مصرية منفذ السلوم باتجاه امساعد': a border or a
    border crossing crossed (the first destination, after a crossing verb) is passed through when the movement goes
    on to another place."""
    if (len(roles) < 2 or roles[0][2] != "destination" or trigger_word(context, trigger) not in patterns.crossings
            or roles[0][1].place is None or not (_is_border(roles[0][1].place) or roles[0][1].place.kind == "crossing")
            or not any(role == "destination" for _, _, role in roles[1:])):
        return roles
    (first, border, _), *rest = roles
    return [(first, border, "via"), *rest]


def _new_subject(context: Context, patterns: Patterns, trigger: Trigger, first: int) -> bool:
    """Whether the place at ``first`` is joined by و with no role word between it and the trigger: the subject of
    the next clause ('والزنتان تحشد والجزائر تراقب', 'الجزائر تعزز حدودها الجنوبية والنيجر تنفي'), not where
    anyone goes."""
    return with_clitic(context, first, "و") and not any_in(patterns.roles, context, trigger.last + 1, first - 1)


def _homes_only(context: Context, roles: list[tuple[int, Mention, str]]) -> bool:
    """Whether every place told so far is an origin that names the force (كتائب من مصراتة): its home town."""
    return all(role == "origin" and names_actor(context, first) for first, _, role in roles)


def _left_in(context: Context, patterns: Patterns, trigger: Trigger, first: int, role: str = "destination") -> bool:
    """Whether the place at ``first`` tells where a withdrawal happens, no word of direction (إلى، نحو ...) after
    the trigger: after في (or its ب after a definite noun: غادرت الثكنة العسكرية برمادة), or, for a verb of leaving
    (not a return), a word that locates (غادروا معسكراً قرب أوباري) or a part of it whose 'of' the place carries
    (أخلى مسلحون معسكراً على الأطراف الجنوبية لأوباري). A withdrawal there leaves it."""
    tokens = context.tokens
    if first == 0:
        return False
    normal, roles = context.norm.text, patterns.roles
    if tokens[first - 1].text == PLACE_LINK or (tokens[first - 1].text.startswith("ال") and first - 1 > trigger.last
                                                and with_clitic(context, first, "ب")):  # الثكنة العسكرية برمادة
        return not any(roles.at(normal, tokens, k) and roles.at(normal, tokens, k)[2] == "destination"
                       and tokens[k].text != PLACE_LINK and not _about(context, patterns, k)
                       for k in roles.between(trigger.last + 1, first - 2))
    if role != "locator" and not (with_clitic(context, first, "ل") and _of_a_part(patterns, tokens, first, trigger.last)):
        return False
    if trigger_word(context, trigger) in patterns.returns:
        return False  # عادت الكتيبة أدراجها قرب سرت، عادت وتمركزت قرب سرت: where it went back to
    return not any(patterns.directions.at(normal, tokens, k) and not _about(context, patterns, k)
                   for k in range(trigger.last + 1, first))


def _about(context: Context, patterns: Patterns, k: int) -> bool:
    """Whether the word at token k is نحو before a number: 'about' (مجموعة من نحو 300 مقاتل), not 'towards'."""
    tokens = context.tokens
    return (tokens[k].text in patterns.approximately and k + 1 < len(tokens)
            and (tokens[k + 1].text[:1].isdigit() or tokens[k + 1].text in patterns.number_words))


SEAT_GAP = 2  # words between a sender's name and its seat (قيادة الناحية العسكرية الرابعة بورقلة)
SEAT_FORCE = 3  # words from the seat to the forces sent, a time phrase not counted (، منذ مساء الخميس، بتعزيزات)


def _senders_seat(context: Context, patterns: Patterns, trigger: Trigger, first: int, end: int) -> bool:
    """Whether the place at ``first`` is where the sender named right after the verb sits, the forces it sends
    and where they go coming after it: 'أرسلت القيادة العامة في بنغازي تعزيزات إلى سبها', 'دفعت قيادة الناحية
    العسكرية الرابعة بورقلة بتعزيزات إلى الدبداب'. Without a word of direction after them, 'نشر الجيش في سبها وحدات'
    deploys in Sabha."""
    senders = context.actors_between(trigger.last + 1, trigger.last + 2) or [
        span for span in context.actors_between(trigger.last + 3, trigger.last + 2 + OFFICE_NAME_WORDS)
        if _office_in_it(context, span)][:1]  # أرسلت وزارة الداخلية في حكومة الوحدة الوطنية بطرابلس قوة
    if not senders:
        return False
    sender = senders[0]
    while sender.last + 2 < first and context.tokens[sender.last + 1].text == IN:  # رئاسة الأركان في حكومة الوحدة
        owner = next((span for span in context.actors_between(sender.last + 2, sender.last + 2) if span.last < first),
                     None)  # الوطنية في طرابلس: the government it belongs to, then its seat
        if owner is None:
            break
        sender = owner
    if not sender.last < first <= sender.last + 1 + SEAT_GAP:
        return False
    if patterns.directions.ends_at(context.norm.text, context.tokens, first - 1):
        return False  # نقلت طائرات روسية إلى باماكو: where they go
    last = context.mention_last[first]
    if not any_in(patterns.forces, context, last + 1, min(end, reach_past(context, patterns, last, SEAT_FORCE))):
        return False
    normal, tokens = context.norm.text, context.tokens
    return any(patterns.directions.ends_at(normal, tokens, k) for k in range(last + 2, end))  # بتعزيزات نحو الشريط
    # الحدودي الشرقي: where they go, named or not


def _right_after(context: Context, patterns: Patterns, boundary: int, first: int) -> bool:
    """Whether the role words before the place at ``first`` follow the place ending at ``boundary`` at once, place
    nouns apart ('معطن السارة قرب المثلث الحدودي', 'منفذ وازن المقابل لبلدة الذهيبة'; not 'إلى مواقع قرب تومو', where
    the positions are where they go); a nationality may stand between ('مطار أم جرس التشادي، القريب من ...')."""
    start, nisba, compass, adjectives = boundary + 1, context.actor_lexicon.by_nisba, patterns.compass, patterns.place_adjectives
    tokens = context.tokens
    while start < first and (tokens[start].text in nisba or tokens[start].text in compass or tokens[start].text in adjectives
                             or tokens[start].text == IN and start + 1 < first and tokens[start + 1].text in compass):
        start += 1  # 'مطار أم جرس التشادي، القريب من الحدود مع السودان', 'جنوب شرقي البلاد، قرب الحدود مع تشاد',
        # 'معبر تين الكوم الحدودي، المقابل لمنفذ إيسين', 'في أقصى الجنوب، قرب المثلث الحدودي'
    match = patterns.roles.at(context.norm.text, context.tokens, start)
    return bool(match) and all(t.text in patterns.skippable for t in context.tokens[start + match[0]:first])


def _runs_into(context: Context, patterns: Patterns, boundary: int, first: int) -> bool:
    """Whether role words right after the place ending at ``boundary`` run into the name of the place at ``first``
    ('أدري على الحدود مع السودان': على، then the border's own name)."""
    match = patterns.roles.at(context.norm.text, context.tokens, boundary + 1)
    return bool(match) and boundary + 1 < first < boundary + 1 + match[0]


def _in_relative_clause(context: Context, patterns: Patterns, first: int, boundary: int) -> bool:
    """Whether the place at ``first`` stands in a relative clause set off by a comma (، التي تسيطر على شرق ليبيا)
    or told of the place right before it (معبر أدري الذي يعبره لاجئون من الجنينة): a relative pronoun after a
    comma or right after that place, past ``boundary``, and no clause mark between it and the place. So does a
    place in an apposition a superlative opens after a comma right after a place (إدري، كبرى بلدات الطرف الغربي
    من وادي الشاطئ)."""
    normal, tokens = context.norm.text, context.tokens
    for k in patterns.relatives.between(boundary + 1, first - 1):
        if not patterns.relatives.at(normal, tokens, k) or not k:
            continue
        gap = normal[tokens[k - 1].end:tokens[k].start].strip()
        if (_a_comma(gap) or not gap and k - 1 == boundary and k - 1 in context.place_ends) and not context.marked(k, first):
            return True
    k = boundary + 1
    if (k + 1 < first and boundary in context.place_ends and tokens[k].text.startswith("ال")
            and not normal[tokens[boundary].end:tokens[k].start].strip()):
        k += 1  # ميناء السدرة المجاور، أحد أكبر موانئ التصدير في الهلال النفطي: an adjective of the place between
    return (0 < k < first and tokens[k].text in patterns.apposition_heads and boundary in context.place_ends
            and _a_comma(normal[tokens[k - 1].end:tokens[k].start].strip()) and not context.marked(k, first))


def _a_comma(gap: str) -> bool:
    """Whether the stripped gap between two tokens is a comma, a closing quote before it or not («... إلى منفذ
    التوم»، وهو المعبر الوحيد: the quote ends and the relative clause opens)."""
    return gap.lstrip(CLOSING_QUOTES) in ("،", ",")


def directed(context: Context, patterns: Patterns, first: int, boundary: int) -> bool:
    """Whether a word of direction (إلى، نحو، باتجاه) stands right before the place at ``first`` (place nouns
    between them skipped), after ``boundary``."""
    k = first - 1
    while k > boundary and context.tokens[k].text in patterns.skippable:
        k -= 1
    return k > boundary and bool(patterns.directions.ends_at(context.norm.text, context.tokens, k))


SIZE_ASIDE_REACH = 10  # words an aside that gives a force's size may run to (، تضم 18 سيارة رباعية الدفع ونحو 120 عنصراً،)


def words_between(context: Context, patterns: Patterns, last: int, first: int) -> int:
    """Tokens from ``last`` to ``first``, the words of a time phrase between them not counted (اعتباراً من الأسبوع
    المقبل), nor those of an aside set off by commas that gives the force's size (دخلت قوة من مديرية أمن نالوت، تضم
    18 سيارة رباعية الدفع ونحو 120 عنصراً، بلدة كاباو)."""
    time_words = patterns.time_words.index
    count = first - last - sum((context.tokens[k].text,) in time_words for k in range(last + 1, first))
    gaps = context.comma_gaps
    i = bisect_left(gaps, last)
    if i < len(gaps) and gaps[i] < first - 1 and context.norm.words[gaps[i] + 1] in patterns.size_asides:
        close = context.aside_end(gaps[i] + 1, SIZE_ASIDE_REACH, commas_only=True)
        if close is not None and close < first:
            count -= close - gaps[i]
    return count


ACTOR_NAME_REACH = 8  # words back from a place to the start of a force's name it may stand in


def _in_a_forces_name(context: Context, patterns: Patterns, first: int) -> bool:
    """'حشدت غرفة العمليات، التابعة لرئاسة الأركان في طرابلس، آليات في أبوقرين': a place inside the name of a force
    named before it is not where the movement goes; unless the force itself is (وصلت تعزيزات إلى المجموعات المسلحة
    في مصراتة: a role marker stands before the force), or the name says where the force comes from (تحرك قوات من
    الزنتان باتجاه جنزور: Zintan's forces, and Zintan is where they set out)."""
    for span in context.actors_between(first - ACTOR_NAME_REACH, first - 1):
        if (span.last == first - 2 and _numbered(context, first - 1) and with_clitic(context, first, "ب")
                and span.first and context.tokens[span.first - 1].text in context.actor_lexicon.unit_owner_links):
            return True  # التابعة للناحية العسكرية الرابعة بورقلة: the seat of the numbered unit they belong to (not
            # دفعت قيادة الناحية العسكرية الرابعة بورقلة بتعزيزات: the sender's, where they set out from)
        if span.first < first <= span.last:
            if context.tokens[first - 1].text == ORIGIN_LINK:
                return False
            if context.tokens[first - 1].text in context.actor_lexicon.local_guard_words:
                return False  # سحب كتيبة حماية حقل الوفاء: the place it guards, where it sets out from
            if _owner_of_the_force(context, span):
                return True  # الشرطة التابعة لوزارة الداخلية في حكومة الوحدة الوطنية في طرابلس: whose the force is
            if _office_in_it(context, span):
                return True  # أرسلت رئاسة الأركان في حكومة الوحدة الوطنية في طرابلس: the sender's government
            return not (span.first > 0 and patterns.roles.ends_at(context.norm.text, context.tokens, span.first - 1))
    return False


OFFICE_WORDS = 5  # words of an office between a word of belonging and its owner (التابعة لوزارة الداخلية في; تابعة
# لجهاز دعم المديريات بوزارة الداخلية في)


def _owner_of_the_force(context: Context, span: ActorSpan) -> bool:
    """Whether a word of belonging and an office of the owner stand shortly before the force's name (التابعة لوزارة
    الداخلية في حكومة الوحدة الوطنية): the name says whose the force is, not where it goes."""
    lexicon, tokens = context.actor_lexicon, context.tokens
    return any(tokens[k].text in lexicon.unit_owner_links and tokens[k + 1].text in lexicon.owner_offices
               for k in range(max(0, span.first - 1 - OFFICE_WORDS), span.first - 2))


OFFICE_NAME_WORDS = 3  # words of an office before 'in' and its government (وزارة الداخلية في حكومة الوحدة الوطنية)


def _office_in_it(context: Context, span: ActorSpan) -> bool:
    """Whether the force's name comes after 'in' right after an office of state (رئاسة الأركان في حكومة الوحدة،
    وزارة الداخلية في حكومة الوحدة): the government the office belongs to, not a force somewhere."""
    k = span.first - 1
    if k < 1 or context.tokens[k].text != IN:
        return False
    lexicon, words = context.actor_lexicon, context.norm.words
    reach = range(1, min(OFFICE_NAME_WORDS, k) + 1)
    return (any(words[k - n] in lexicon.owner_offices for n in reach)  # وزارة الداخلية في: the office's first word
            or any(tuple(words[k - n:k]) in lexicon.state_bodies for n in reach))  # رئاسة الأركان في


def _numbered(context: Context, k: int) -> bool:
    """Whether the word at ``k`` numbers a unit (الرابعة، 106)."""
    word = context.tokens[k].text
    return word.isdigit() or word in context.actor_lexicon.unit_ordinals


def names_actor(context: Context, token: int) -> bool:
    """'نقلت تركيا ...': a country right after the verb is its subject, not where anyone goes."""
    return any(a.first <= token <= a.last for a in context.actors_between(token - ACTOR_NAME_REACH, token))


def _of_a_part(patterns: Patterns, tokens, k: int, boundary: int) -> bool:
    """Whether the word at ``k`` is لمدينة، لمنطقة ('of the town') after a part of a place, with or without its
    adjective (البوابة الشمالية لمدينة، مدخل لمنطقة): the part's town, not 'to the town'."""
    if not tokens[k].text.startswith("ل") or tokens[k].text.startswith("ال"):
        return False
    parts = patterns.place_parts
    return any(j > boundary and (tokens[j].text in parts or tokens[j].text.startswith("ال") and tokens[j].text[2:] in parts)
               for j in (k - 1, k - 2))


def stationed_ends_at(patterns: Patterns, normal: str, tokens, k: int, boundary: int) -> bool:
    """Whether a word for being stationed ends at token k, or right before a word of time there (المتمركزة حالياً); a
    relative's 'which was' (التي كانت، اللي كانت) only after a force (القوة التي كانت في رأس جدير; not الاشتباكات التي
    كانت في الزاوية)."""
    first = patterns.stationed.start_of(normal, tokens, k)
    if first is None and k - 1 > boundary and tokens[k].text in patterns.stationed_adverbs:
        first = patterns.stationed.start_of(normal, tokens, k - 1)
    if first is None:
        return False
    if tokens[first].text not in RELATIVE_WORDS and not patterns.relatives.at(normal, tokens, first):
        return True
    return first > 0 and (patterns.forces.ends_at(normal, tokens, first - 1) is not None
                          or patterns.unnamed_forces.ends_at(normal, tokens, first - 1) is not None)


RELATIVE_WORDS = frozenset({"اللي"})  # the spoken relative ('who', 'which'), not among the patterns' written ones


ROAD_WORDS = 3  # words of the road or the gate a 'leading to' phrase tells of (المسالك الصحراوية)


def _towards_the_road(context: Context, patterns: Patterns, first: int, boundary: int) -> bool:
    """Whether a word of direction stands a few words before the 'leading to' phrase right before the place at
    ``first`` (نحو المسالك الصحراوية المؤدية إلى الحدود: where the force goes), past ``boundary``; not where it
    stays (وتمركز في معسكر على الطريق المؤدي جنوباً إلى بني وليد)."""
    normal, tokens = context.norm.text, context.tokens
    start = next((k for k in range(first - 1, max(boundary, first - 5), -1)
                  if (match := patterns.roles.at(normal, tokens, k)) and match[2] == "leading"), None)
    return start is not None and any(patterns.roles.ends_at(normal, tokens, k) == "destination"
                                     for k in range(start - 1, max(boundary, start - 1 - ROAD_WORDS), -1))


def _marker_before(context: Context, patterns: Patterns, first: int, boundary: int) -> str | None:
    normal, tokens = context.norm.text, context.tokens
    if first - 1 > boundary:  # 'على الحدود مع النيجر': the role words run into the place's own name
        match = patterns.roles.at(normal, tokens, first - 1)
        if (match and match[0] > 1 and match[2] == "destination" and first - 2 > boundary
                and (before := patterns.roles.at(normal, tokens, first - 2)) and before[0] == 2 and before[2] == "locator"):
            return "locator"  # 'بلدة الطينة الواقعة على الحدود مع تشاد': where the town lies, not a place of its own
        if match and match[0] > 1:
            if (match[2] == "destination" and first - 2 > boundary and patterns.stationed.at(normal, tokens, first - 2)
                    and not any(patterns.roles.ends_at(normal, tokens, j) == "destination"
                                for j in range(max(boundary + 1, first - 4), first - 2))):
                return "stationed"  # الوحدات التي كانت منتشرة على الحدود مع ليبيا: where they set out from; not إلى
                # النقاط المنتشرة على الحدود مع مصر, the points a force goes to
            if match[2] == "destination" and _home_base_before(context, patterns, boundary, first - 1):
                return "stationed"  # من مواقعهم على الحدود مع ليبيا: where they set out from
            return match[2]
    partitive = -1  # 'a number of' before من: skipped back to the role word before it
    for k in range(first - 1, max(boundary, first - 1 - ROLE_LOOKBACK), -1):
        if k == partitive:
            continue
        role = patterns.roles.ends_at(normal, tokens, k)
        if role == "origin" and tokens[k].text == ORIGIN_LINK and k - 1 > boundary and tokens[k - 1].text in patterns.partitives:
            partitive = k - 1
            continue  # في عدد من مناطق وادي الشاطئ: 'in a number of the areas of', not 'from'
        if role == "destination" and k == first - 1 and _of_a_part(patterns, tokens, k, boundary):
            continue  # من البوابة الشمالية لمدينة بني وليد: 'of', the part's town; the word before the part says the role
        if role == "destination" and tokens[k].text == PLACE_LINK and k - 1 > boundary and (
                stationed_ends_at(patterns, normal, tokens, k - 1, boundary)
                or _home_base_before(context, patterns, boundary, k)):
            return "stationed"  # تنطلق من معسكراتها في غريان، الوحدات المنتشرة في أوباري: where it sets out from
        start = patterns.roles.start_of(normal, tokens, k) if role in ("destination", "locator") else None
        if (start is not None and tokens[start].text in patterns.stationed_links and start - 1 > boundary
                and stationed_ends_at(patterns, normal, tokens, start - 1, boundary)):
            return "stationed"  # الوحدات المرابطة عند سرت، كانت متمركزة في محيط شحات: where it sets out from
        if role == "locator" and _home_base_before(context, patterns, boundary, start):
            return "stationed"  # انسحبوا من مواقعهم قرب أرليت إلى ليبيا: where they set out from
        if role == "locator" and any(patterns.roles.ends_at(normal, tokens, j) == "via"
                                     for j in range(max(boundary + 1, start - VIA_ROAD_WORDS), start)):
            return "via"  # عبر المسالك المحاذية لجانت: the tracks by Djanet are the way, Djanet with them
        if role == "locator" and tokens[start].text in patterns.contrast_openers and (
                not tokens[start].text.startswith("ال")  # بالمقابل
                or start - 1 > boundary and tokens[start - 1].text.removeprefix(CONJUNCTIONS[0]) == PLACE_LINK):
            break  # غادروا، في المقابل، قاعدة الوطية: 'in contrast', not 'opposite'; the verb's object
        if role:
            return role
        if k < first - 1 and patterns.stationed.at(normal, tokens, k):
            return "stationed"  # كتائبه المرابطة غرب سرت: a compass word between, where they set out from
        if (tokens[k].text in patterns.stationed_links and k - 1 > boundary
                and patterns.stationed.ends_at(normal, tokens, k - 1)):
            return "stationed"  # من الكتيبة المكلفة بحماية حقل الشرارة: the place it guards, where it sets out from
        if (k == first - 1 and tokens[k].text in context.actor_lexicon.local_guard_words and k - 1 > boundary
                and (tokens[k - 1].text in patterns.unit_words or patterns.forces.ends_at(normal, tokens, k - 1))
                and not (k - 2 > boundary and patterns.roles.ends_at(normal, tokens, k - 2))):
            return "stationed"  # سحب كتيبة حماية حقل الوفاء نحو غدامس: the place a unit is named for guarding is where
            # it sets out from; not إلى كتيبة حماية الحقل, where a move goes
        if tokens[k].text not in patterns.skippable and not (
                tokens[k].text[:2] == "ال" and tokens[k].text in context.actor_lexicon.by_nisba) and not (
                tokens[k].text[:1] == "ب" and tokens[k].text[1:] in patterns.skippable):  # مروراً
            # بمدينة بن قردان: the place noun carries the ب of the role word before it
            break  # a place noun and its nationality stand between too: هبطتا في العاصمة النيجرية نيامى
    if with_clitic(context, first, "م"):
        return "origin"  # جاو مالعوينات: spoken 'from the'
    prefix, carried = tokens[first].text[:1], False
    if (first - 1 > boundary + 1 and tokens[first - 1].text[:1] == "ب"
            and tokens[first - 1].text[1:] in patterns.skippable and not with_clitic(context, first, "ب")):
        first, prefix, carried = first - 1, "ب", True  # 18 آلية بميناء سرت: the place noun carries the ب
    elif not (prefix in ("ب", "ل") and with_clitic(context, first, prefix)):
        prefix = ""
    if prefix in ("ب", "ل") and boundary < first - 1:
        if prefix == "ب" and patterns.stationed.at(normal, tokens, first - 1):
            return "stationed"  # الوحدات المتمركزة بالأبيار: where they set out from
        if prefix == "ب" and any(tokens[k].text == ORIGIN_LINK and (
                k >= first - 4 and not carried and not patterns.forces.at(normal, tokens, k + 1)
                and not (k + 1 < first and tokens[k + 1].text in patterns.model_words)
                or patterns.home_bases.at(normal, tokens, k + 1))  # not من طراز «سي 130» بمطار رمادة: the type
                for k in range(max(boundary + 1, first - 2 - HOME_BASE_NAME), first)):
            return "origin"  # من الثكنة الجهوية بتطاوين، من مواقعهم قرب الشاطئ بصبراتة، من مقر قيادة الناحية العسكرية
            # الرابعة بورقلة: where they come from; not عناصر من ميليشيا الكانيات ببني وليد, which force (the ب is 'in')
        return "destination"
    return None


BOUND_NOUN = 3  # words back from a participle of travel to the force it may describe (القوات الخاصة الليبية القادمة)


def _bound_elsewhere(context: Context, patterns: Patterns, boundary: int, first: int) -> bool:
    """Whether the role word before the place at ``first`` follows a definite participle of travel that describes
    something other than a force: 'شاحنات الوقود المتجهة إلى حقل الفيل', not 'الكتائب القادمة من مصراتة'."""
    words = context.norm.words
    at = next((k for k in range(first - 2, max(boundary, first - 4), -1) if words[k] in patterns.bound_participles),
              None)
    if at is None or at - 1 <= boundary:
        return False
    normal, tokens = context.norm.text, context.tokens
    if not patterns.roles.at(normal, tokens, at + 1) or any(
            (tokens[j].text,) in patterns.time_words.index for j in range(max(boundary + 1, at - BOUND_NOUN), at)):
        return False  # خلال الأيام (القليلة) القادمة إلى برج الخضراء: 'the coming days', a time; على النحو الآتي: السرية بغات
    return not any(patterns.forces.ends_at(normal, tokens, k) or words[k] in patterns.unit_words
                   for k in range(max(boundary + 1, at - BOUND_NOUN), at))


def _more_bases(context: Context, patterns: Patterns, boundary: int, first: int) -> bool:
    """Whether 'and camps in' (ومعسكرات في، ومواقع في) joins the place at ``first`` to the origin ending at
    ``boundary``: more of the bases the force left."""
    normal, tokens, j = context.norm.text, context.tokens, boundary + 1
    match = patterns.home_bases.at(normal, tokens, j) if j < first else None
    if not match or not tokens[j].text.startswith(CONJUNCTIONS[0]) or j + match[0] >= first:
        return False
    k = j + match[0]
    return tokens[k].text == PLACE_LINK and all(tokens[i].text in patterns.skippable for i in range(k + 1, first))


VIA_ROAD_WORDS = 3  # words between 'via' and a word that locates the way by a place (عبر المسالك المحاذية لجانت)
HOME_BASE_NAME = 5  # words of a base's own name between it and في (من مستودع شركة البريقة في سبها;
# من مقر الناحية العسكرية السادسة في تمنراست)


def _home_base_before(context: Context, patterns: Patterns, boundary: int, link: int) -> bool:
    """'من معسكراتها في غريان', 'من مستودع شركة البريقة في سبها': من, a word for a force's base or depot (and a
    few words of its name), then في (or على: من مواقعهم على الحدود مع ليبيا) at token ``link``: the place after it
    is where the force sets out from. Not past another word of direction (من الميناء إلى معسكراتها في أبو سليم:
    where it goes)."""
    normal, tokens = context.norm.text, context.tokens
    for k in range(link - 1, max(boundary + 1, link - 1 - HOME_BASE_NAME), -1):
        if not joined(normal, tokens, k, link) or patterns.directions.at(normal, tokens, k):
            return False
        if tokens[k - 1].text == ORIGIN_LINK and patterns.home_bases.at(normal, tokens, k):
            return True
    return False


def with_clitic(context: Context, first: int, letter: str) -> bool:
    """Whether the place mention at token ``first`` is written with ``letter`` (ب، ل) joined before it, a tatweel
    between them or not (لـزليتن)."""
    start = context.norm.offsets[context.tokens[first].start]
    return context.text[start:context.placed[first].start].rstrip(TATWEEL).endswith(letter)


def _located_in_previous(context: Context, boundary: int, first: int, skippable: frozenset[str]) -> bool:
    """'قاعدة حميميم في سوريا', 'زوار في منطقة تيبستي', 'مطار معيتيقة بطرابلس', 'قاعدة أوغستا البحرية في صقلية',
    'الدبداب الحدودية بولاية إليزي': the second place locates the first."""
    between = [t.text for t in context.tokens[boundary + 1:first]]
    while between[:1] != ["في"] and between and between[0] in skippable:
        between = between[1:]  # the rest of a facility's name the gazetteer does not hold (البحرية، الجوية)
    word = context.tokens[first].text
    return (between[:1] == ["في"] and all(w in skippable for w in between[1:])
            or not between and word[:1] == "ب" and first <= boundary + 2)  # بلدة الدبداب الحدودية بولاية إليزي


PLACE_RANKS = {"village": 1, "town": 2, "city": 3, "district": 4, "region": 5, "country": 6}  # facilities: 0


def _larger(mention: Mention, previous: Mention) -> bool:
    """Whether ``mention`` may locate the place named before it ('قاعدة حميميم في سوريا', 'مطار معيتيقة بطرابلس'):
    it is larger. 'قادمة من مصراتة في قاعدة براك الجوية' or 'من مصراتة في سبها' name where the movement goes."""
    if previous.place is None or mention.place is None:
        return True
    if (previous.place.kind == "region" and mention.place.kind in ("district", "country", "region")
            and mention.place.country == previous.place.country):
        return True  # 'منطقة كرب التوم في شمال دارفور', 'كوري بوقودي في تيبستي': a named area (the gazetteer's region)
        # within its province or the larger area of its country
    if _is_border(mention.place) and previous.place.kind in ("city", "town"):
        return False  # 'نشر سريتين من الكفرة في محيط جبل العوينات': a town is not in a border triangle, it is whence
    return PLACE_RANKS.get(mention.place.kind, 0) > PLACE_RANKS.get(previous.place.kind, 0)


def coordinated(context: Context, patterns: Patterns, boundary: int, first: int) -> bool:
    """'سبها وغات', 'سبها، غات' or 'بتراغن فالقطرون': the place continues the previous one's list; so does one
    after place nouns joined with و (بن قردان ومحيط معبر راس جدير), أو or ثم."""
    tokens, skippable = context.tokens, patterns.skippable
    if first != boundary + 1:
        between = [t.text for t in tokens[boundary + 1:first]]
        if between[0] in patterns.list_joiners:  # 'نحو ميناء السدرة أو راس لانوف', 'مروراً بسبها ثم جرمة'
            return all(w in skippable for w in between[1:])
        return (between[0][:1] == "و" and all(w in skippable for w in (between[0][1:], *between[1:]))
                and joined(context.norm.text, tokens, boundary, first))
    gap = context.norm.text[context.tokens[boundary].end:context.tokens[first].start]
    if tokens[boundary].text.isascii():  # أرليت (Arlit) وأغاديز: past the gloss that ends the place before
        gap = gap.strip().removeprefix(")")
    return gap.strip() in ("", "،", ",") and (context.tokens[first].text.startswith("و") or gap.strip() in ("،", ",")
                                             or with_clitic(context, first, "ف"))  # مروراً بتراغن فالقطرون
