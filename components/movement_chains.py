"""A movement joined to the one told right before it: the next leg of a journey, where it set out
from, where it ended, the same move told again in detail, an alternative, or a denial repeated.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from components.actors import ORIGIN_LINK
from components.mentions import quote_opened
from components.movement_context import (
    PRESENT_PREFIXES,
    Context,
    Trigger,
    any_in,
    bounds_of_sentence,
    is_future_word,
    joins_word,
    place_key,
    present_word,
    token_at,
    told_with,
    trigger_word,
    word_in,
)
from components.movement_patterns import Patterns
from components.movement_roles import purpose_noun, purpose_verb, words_between
from components.movement_status import before_time_phrase, past_verb
from components.movement_triggers import trigger_match
from components.phrases import CONJUNCTIONS, joined
from components.records import Actor, Mention, Movement
from components.text import normalise_word


def circulated_claim(context: Context, patterns: Patterns, movement: Movement) -> int | None:
    """The last token of the sentence of a reported movement told after a claim passed around (تداول، ادّعوا), or
    whose places are told after one (مقطع لمدرعات ... تتحرك في رتل طويل، مع تعليق: «الجيش المصري نزل في سرت»)."""
    if movement.status != "reported" or movement.trigger is None:
        return None
    trigger = token_at(context.norm, movement.trigger.start)
    s_first, s_last = bounds_of_sentence(context, trigger)
    last = max((k for m in movement.destinations if (k := token_at(context.norm, m.start)) <= s_last), default=trigger)
    opened = quote_opened(context.norm.text, context.tokens[s_first].start) if s_first else -1
    if 0 <= opened < context.tokens[s_first].start:  # مرفقاً بعبارة: «عاجل.. أرتال مسلحة خرجت من زوارة»: the quote's
        s_first = bounds_of_sentence(context, bisect_left(context.norm.starts, opened))[0]  # own words run on, from
        # the sentence its first word stands in
    if (any_in(patterns.circulated, context, s_first, max(trigger, last) - 1)
            or _media_said(context, patterns, s_first, trigger - 1) or _on_claim_line(context, patterns, s_first)):
        return s_last
    return None


def _on_claim_line(context: Context, patterns: Patterns, first: int) -> bool:
    """Whether the token ``first`` stands on a fact-check's claim line (الادعاء: نشر حساب ... أن «قوات نيجرية عبرت
    من ماداما»): what it tells is the claim passed around that the article checks."""
    normal, tokens = context.norm.text, context.tokens
    line_start = normal.rfind("\n", 0, tokens[first].start) + 1
    k = bisect_left(context.norm.starts, line_start)
    return (k < len(tokens) and tokens[k].text in patterns.claim_labels
            and normal[tokens[k].end:tokens[k].end + 3].lstrip().startswith(":"))


MEDIA_SAYS = 3  # words from a channel (صفحات، قنوات) to its verb of saying (صفحات محلية قالت إن)


def _media_said(context: Context, patterns: Patterns, first: int, last: int) -> bool:
    """Whether channels say it in first..last (صفحات محلية قالت إن قواتكم انسحبت): a claim passed around, as تداولت."""
    if patterns.media.isdisjoint(context.norm.words[first:last + 1]):
        return False  # most sentences name no channel
    normal, tokens = context.norm.text, context.tokens
    for k in range(first, last + 1):
        if tokens[k].text in patterns.media:
            for j in range(k + 1, min(last, k + MEDIA_SAYS) + 1):
                source = patterns.sources.at(normal, tokens, j)
                if source and not source[2][1]:  # a verb of saying, not a source's name
                    return True
    return False


RETOLD_SENTENCES = 2  # sentences after a movement in which its force, named again, takes up its positions
RETOLD_FORCE_BEFORE = 12  # words back from a stationing verb to the force named again (إن الرتل، المؤلف من ...، تمركز)


def stations_the_last(context: Context, patterns: Patterns, after: int, trigger: Trigger, last: Movement,
                       movement: Movement) -> bool:
    """'وصل رتل ... إلى الزاوية. وقال مصدر إن الرتل، المؤلف من نحو أربعين آلية، تمركز عند البوابة الغربية للمدينة
    وفي محيط مصفاة الزاوية': the force of the movement told in one of the sentences before (``after``, its last
    trigger token), named again (الرتل، الوحدات، جزءاً منه) and taking up positions, is where that movement ended, by
    the same force, reported as it was."""
    normal, tokens = context.norm.text, context.tokens
    if (movement.origins or not movement.destinations or not last.destinations or last.status != "reported"
            or movement.status != "reported" or not patterns.stationing.at(normal, tokens, trigger.first)
            or not 0 < context.sentence_of[trigger.first] - context.sentence_of[after] <= RETOLD_SENTENCES
            or movement.actor is not None and movement.actor.name and last.actor is not None
            and movement.actor.name != last.actor.name):  # عناصره: its own members, named by no side
        return False
    _, s_last = bounds_of_sentence(context, trigger.first)
    return force_named_again(context, patterns, trigger.first, min(s_last, trigger.last + 2))  # after the verb too:
    # فيما انتشرت سرية منها غرباً


RETOLD_AFTER = 2  # words after a trigger in which the force told before may be named again (وصول الرتل إلى)


def force_named_again(context: Context, patterns: Patterns, first: int, last: int, whole: bool = False) -> bool:
    """Whether the force of a movement told before is named again (الرتل، التعزيزات، جزءاً منه) in the sentence of the
    trigger at ``first``, from RETOLD_FORCE_BEFORE words before it up to ``last``; with ``whole``, the whole force
    as one word, و alone before it (الرتل، القوة: not سرية منه, a part, nor لحقت بالرتل, what others joined)."""
    s_first, _ = bounds_of_sentence(context, first)
    normal, tokens = context.norm.text, context.tokens
    for k in range(max(s_first, first - RETOLD_FORCE_BEFORE), last + 1):
        match = patterns.retold_forces.at(normal, tokens, k)
        if match and (not whole or match[0] == 1 and tokens[k].text[:match[1]] in ("", "و")):
            return True
    return False


FUTURE_GOES_ON = 10  # words from a future verb that made no movement to the present verb that carries on its clause


def future_goes_on(context: Context, before: Trigger, trigger: Trigger, previous: int) -> bool:
    """'أنها ستدفع، خلال الساعات المقبلة، بقوة لفض النزاع تنطلق من غريان': a future verb that made no movement of
    its own (``previous``, the last trigger that did, is before it) and, a few words on in its sentence, a present
    verb (تنطلق، يتجه) that says where the force it sends comes from or goes: the plan goes on."""
    word = context.tokens[trigger.first].text
    return (before.future and not trigger.future and previous < before.first
            and 0 < trigger.first - before.last <= FUTURE_GOES_ON and word[:1] in PRESENT_PREFIXES
            and context.sentence_of[before.first] == context.sentence_of[trigger.first])


def and_that_too(context: Context, patterns: Patterns, trigger: Trigger, last: Movement | None,
                 last_trigger: Trigger | None) -> bool:
    """'توافقا على أن تسحب القيادة أسلحتها من بويرات الحسون إلى الجفرة، وأن تعيد القوات مدفعيتها من الوشكة إلى
    مصراتة': 'and that' right before a present verb, in the sentence of a movement whose verb came right after 'that':
    the same agreement, demand or plan governs both, so the second has the first's status."""
    tokens = context.tokens
    if (last is None or last_trigger is None or trigger.future or not trigger.first or not last_trigger.first
            or tokens[trigger.first - 1].text[:1] != CONJUNCTIONS[0]
            or tokens[trigger.first - 1].text[1:] not in patterns.that_words
            or tokens[last_trigger.first - 1].text not in patterns.that_words
            or tokens[trigger.first].text[trigger.prefix:][:1] not in PRESENT_PREFIXES):
        return False
    return context.sentence_of[last_trigger.first] == context.sentence_of[trigger.first]


THAT = normalise_word("أن")
OR = normalise_word("أو")
BEFORE = frozenset({"قبل", "وقبل"})
THEN_AFTER_FUTURE = 12  # words back from 'then' to the future verb whose time it goes on in (ستبقى ... ثم تعود)


def then_after_a_future(context: Context, patterns: Patterns, trigger: Trigger) -> bool:
    """'الكتيبة ستبقى في المنفذ حتى ثالث أيام العيد، «ثم تعود إلى مقرها في طبرق»': a present verb right after 'then',
    a future verb a few words before it in its sentence: it happens then too; so does one after 'before' (قبل أن)
    whose nearest verb of movement before it is in the future (ستحشد متحركاتها في دنقلا، قبل أن تتقدم منها), and one
    right after 'from there' (ومنها يُنقلون، ومن هناك تتجه) a few words after a future verb."""
    tokens = context.tokens
    word = tokens[trigger.first].text[trigger.prefix:]
    if trigger.future or word[:1] not in PRESENT_PREFIXES or trigger.first == 0:
        return False
    if tokens[trigger.first - 1].text == "ثم":
        then = trigger.first - 1
    elif trigger.first > 1 and tokens[trigger.first - 1].text == THAT and tokens[trigger.first - 2].text in BEFORE:
        then = trigger.first - 2  # ستحشد متحركاتها في دنقلا، قبل أن تتقدم منها إلى المثلث الحدودي: later, as planned
    elif ((there := patterns.from_there.start_of(context.norm.text, tokens, trigger.first - 1)) is not None
          and not (there and patterns.forces.ends_at(context.norm.text, tokens, there - 1))):  # not سرية منه تقدمت
        then = there  # «ستنقلان المقاتلين من مطار هون إلى الكفرة، ومنها يُنقلون براً إلى الحدود»: the plan's next leg
    else:
        return False
    sentence = context.sentence_of[trigger.first]
    if then < trigger.first - 1:  # after قبل أن, the nearest verb of movement before it: in the future or not
        verbs, normal = context.verb_tokens, context.norm.text
        k = next((k for k in reversed(verbs[:bisect_left(verbs, then)])
                  if then - k > THEN_AFTER_FUTURE or trigger_match(patterns, normal, tokens, k)), None)
        return (k is not None and then - k <= THEN_AFTER_FUTURE and context.sentence_of[k] == sentence
                and is_future_word(tokens[k].text))
    for k in range(then - 1, max(-1, then - 1 - THEN_AFTER_FUTURE), -1):
        if context.sentence_of[k] != sentence:
            return False
        if context.future_verb_at(k):
            return True  # not a place whose name reads like one (سيدي براني، سيوة)
    return False


def _continues(first: Movement, second: Movement, any_status: bool = False) -> bool:
    """'أقلعت من الإمارات وهبطت في قاعدة الخادم': a departure and an arrival told in one sentence."""
    return (first.evidence == second.evidence and first.origins and not first.destinations
            and second.destinations and not second.origins and (any_status or first.status == second.status))


SUBJECT_AFTER_PLACE = 3  # words from where a verb went to the vehicles named after it (ثلاث طائرات شحن)


def subject_of_the_last(context: Context, patterns: Patterns, trigger: Trigger, last: Movement,
                         movement: Movement) -> bool:
    """'حطّت في قاعدة براك الجوية ثلاث طائرات شحن قادمة من قاعدة الخادم': vehicles named right after where the verb
    before them went, with nothing between, are its subject: where they came from is that movement's origin. The verb's
    status is theirs (ومن المنتظر أن تحط بمطار جانت ... طائرتا نقل قادمتان من: planned)."""
    if not (last.evidence == movement.evidence and last.destinations and not last.origins and movement.origins
            and not movement.destinations and movement.status in (last.status, "reported")):
        return False
    end = token_at(context.norm, last.destinations[-1].end - 1)  # a time phrase between not counted (مساء الأربعاء)
    if last.trigger is not None and end < token_at(context.norm, last.trigger.start):
        end = _pointed_back_at(context, patterns, token_at(context.norm, last.trigger.end - 1), trigger.first, end)
    after = _locating_aside(context, patterns, end)  # هبطت في قاعدة تمنهنت الجوية، قرب سبها، طائرة شحن ...
    if after is None:
        after = _time_aside(context, patterns, end)  # حطت بمطار جانت، مساء أمس، طائرتا نقل عسكريتان قادمتان من ...
    first = end if after is None else after + 1
    end = end if after is None else after
    return (trigger.first > end and words_between(context, patterns, end, trigger.first) <= SUBJECT_AFTER_PLACE
            and joined(context.norm.text, context.tokens, first, trigger.first))


def _pointed_back_at(context: Context, patterns: Patterns, after: int, before: int, otherwise: int) -> int:
    """The last token of a noun that points back to a place (المطار نفسه) between tokens ``after`` and ``before``:
    where a movement went when its destination was named earlier in the article (هبطت في المطار نفسه طائرة شحن)."""
    tokens = context.tokens
    for k in range(before - 1, after, -1):
        if tokens[k].text in patterns.place_anaphors:
            return k + 1 if k + 1 < before and tokens[k + 1].text in patterns.same_words else k
    return otherwise


TIME_ASIDE = 5  # words of a time phrase set off by commas (، مساء أمس،، خلال الأيام العشرة الماضية،)


def _time_aside(context: Context, patterns: Patterns, end: int) -> int | None:
    """The last token of a time phrase set off by commas right after token ``end`` (، مساء أمس،), else None."""
    close = context.aside_end(end + 1, TIME_ASIDE, commas_only=True) if context.comma_after(end) else None
    time_words = patterns.time_words.index
    if close is None or any((context.tokens[k].text,) not in time_words and context.tokens[k].text not in patterns.number_words
                            for k in range(end + 1, close + 1)):
        return None  # its words are times and numbers (خلال الأيام العشرة الماضية)
    return close


def _locating_aside(context: Context, patterns: Patterns, end: int) -> int | None:
    """The last token of an aside set off by commas right after the place ending at ``end`` that says where it lies
    (، قرب سبها،), else None."""
    normal, tokens = context.norm.text, context.tokens
    k = end + 1
    match = patterns.roles.at(normal, tokens, k) if k < len(tokens) else None
    if match is None or match[2] != "locator" or not context.marked(end, k):
        return None
    places = context.places_between(k + match[0], k + match[0] + 1)
    if not places:
        return None
    last = context.mention_last[places[0]]
    if last + 1 >= len(tokens) or not context.mark_after(last):
        return None
    return last


ALTERNATIVE = "او"  # أو, normalised: 'or': an alternative to the movement before shares its plan, condition or denial


def an_alternative(context: Context, patterns: Patterns, after: int, trigger: Trigger) -> bool:
    """Whether 'or' stands right before the trigger, the movement before it (its trigger's last token ``after``) in
    the same statement, no verb of saying between (أي نية للتقدم نحو قصر بن غشير أو دخول عين زارة)."""
    if trigger.first == 0 or context.tokens[trigger.first - 1].text != ALTERNATIVE:
        return False
    normal, tokens = context.norm.text, context.tokens
    return not any((cue := patterns.status.at(normal, tokens, k)) and cue[2][0] == "reported"
                   for k in patterns.status.between(after + 1, trigger.first - 1))


def joins_the_last(context: Context, patterns: Patterns, trigger: Trigger, last: Movement,
                    movement: Movement) -> tuple[bool, bool] | None:
    """Whether ``movement`` goes on with ``last``, the movement before it in its sentence, as one movement; if so,
    whether the one joined keeps the kind and the status of ``last``:
    a verb of purpose, both (ستتحرك من طرابلس لتلتحق بالتعزيزات في الأصابعة: where the move is for);
    a verbal noun of purpose, the kind, and the status unless the last's is plain (قد تبحر من ميناء طبرق لإنزال سرية);
    'by air' after where it sets out from, the status (تعتزم نقل سرية من قاعدة بنينا الجوية جواً إلى الكفرة);
    an arrival after a departure with the same status, neither (أقلعت من الإمارات وهبطت في قاعدة الخادم);
    a verb joined with و that has no status of its own, the status (رجالهم جاهزين يطلعوا من الزنتان ويجوا لتيجي لو ...)."""
    if purpose_verb(context, trigger) and _continues(last, movement, any_status=True):
        return True, True
    if purpose_noun(context, trigger) and _continues(last, movement, any_status=True):
        return True, last.status != "reported"  # قد تبحر سفينة من ميناء طبرق لإنزال سرية في ميناء السدرة «إذا ...»:
        # what the move that set out goes to do; a condition or plan of either is the whole move's
    if context.tokens[trigger.first].text in patterns.manners and _continues(last, movement, any_status=True):
        return False, True  # تعتزم نقل سرية من قاعدة بنينا الجوية جواً إلى الكفرة: planned, by air
    if _continues(last, movement):
        return False, False
    if movement.status == "reported" and and_then(context, trigger) and _continues(last, movement, any_status=True):
        return False, True
    return None


def _a_new_statement(context: Context, patterns: Patterns, after: int, trigger: Trigger) -> bool:
    """Whether a verb of saying joined with و (وتؤكد، وأعلن) stands between token ``after`` and the trigger."""
    tokens = context.tokens
    return after >= 0 and any(tokens[k].text[:1] == "و" and tokens[k].text[1:] in patterns.new_statements
                              for k in range(after + 1, trigger.first))


def _lands_right_after_its_origin(context: Context, patterns: Patterns, trigger: Trigger, last: Movement,
                                  movement: Movement) -> bool:
    """Whether the movement told before has only where it came from, and the trigger, its verb, follows that place at
    once, 'قد' apart, with where it goes and nothing else: 'طائرة شحن عسكرية قادمة من تركيا قد هبطت في مطار معيتيقة'."""
    if (not last.origins or last.destinations or movement.origins or not movement.destinations or trigger.prefix
            or movement.actor and last.actor and movement.actor.name != last.actor.name):
        return False  # not غادرت قوات فاغنر قاعدة براك ووصلت قوات تركية إلى معيتيقة: another force, another clause
    end = token_at(context.norm, last.origins[-1].end - 1)
    if end >= trigger.first or context.marked(end, trigger.first):
        return False
    return all(patterns.weak_particles.at(context.norm.text, context.tokens, k) for k in range(end + 1, trigger.first))


def _and_a_noun(context: Context, after: int, trigger: Trigger) -> bool:
    """Whether the trigger is a noun right after a noun joined with و (وتنفيذ إنزال بحري), no clause mark since the
    trigger before (its last token ``after``): one more item of what that trigger's claim lists."""
    tokens = context.tokens
    k = trigger.first - 1
    return (not trigger.prefix and not trigger.future and k > after and tokens[k].text[:1] == CONJUNCTIONS[0]
            and tokens[trigger.first].text[:1] not in PRESENT_PREFIXES
            and not context.marked(after, trigger.first))


def _and_another_item(context: Context, patterns: Patterns, trigger: Trigger, last: Movement) -> bool:
    """Whether the trigger, joined with و (or after 'and about': وعن رسو فرقاطة) and a comma apart at most, follows a
    claim 'about' a movement (نفى أنباء عن إنزال سفينة روسية عناصر في طبرق، ونقل آخرين من قاعدة براك إلى حقل الفيل،
    عن حشود في الدبداب وتوغل بعضها): one more item of that claim; not a verb in the past with a subject of its own
    (ونقلت القوات)."""
    tokens = context.tokens
    if last.trigger is None or trigger.future or past_verb(context, patterns, trigger) and _own_subject(
            context, patterns, trigger):
        return False
    first = token_at(context.norm, last.trigger.start)
    if not (first > 0 and tokens[first - 1].text in patterns.claim_about
            and bisect_left(context.mark_gaps, trigger.first) - bisect_left(context.mark_gaps, first) <= 1):
        return False
    if and_then(context, trigger):  # وتوغل بعضها: a noun as well as a verb, with no subject of its own
        return tokens[trigger.first].text[1:2] not in PRESENT_PREFIXES or not _own_subject(context, patterns, trigger)
    about = tokens[trigger.first - 1].text  # نفت ما نشرته حسابات عن هبوط طائرة في قاعدة معيتيقة، وعن رسو فرقاطة
    return not trigger.prefix and about[:1] == CONJUNCTIONS[0] and about[1:] in patterns.claim_about


SUBJECT_AFTER = 2  # words after a verb where its own subject stands (ووصلت وحدات من الدرك)


def _own_subject(context: Context, patterns: Patterns, trigger: Trigger) -> bool:
    """Whether a force stands right after the trigger (ووصلت وحدات من الدرك الوطني، ودخلت قوات الردع): a verb with a
    subject of its own, a clause of its own, not one more item of a claim (وتوغل بعضها)."""
    tokens, normal = context.tokens, context.norm.text
    return any(patterns.forces.at(normal, tokens, k) or context.actors_between(k, k)
               for k in range(trigger.last + 1, min(len(tokens), trigger.last + 1 + SUBJECT_AFTER)))


THAT_REACH = 6  # words from 'and that' to the trigger of the claim it adds (وأن «طائرة شحن عسكرية نقلت، أو أن تكون سفينة
# إنزال قد نقلت)


def _and_that(context: Context, patterns: Patterns, after: int, trigger: Trigger) -> bool:
    """Whether 'and that' (or 'or that') opens the trigger's clause after the one before (its last token ``after``), no
    other 'that' between: one more claim of what a denial answers (زعم مقدمه أن «رتلاً ... دخل مدينة غات»، وأن «طائرة
    شحن عسكرية نقلت أسلحة»); not what the denier affirms instead (مؤكدة أن مهامها تدريبية، وأن سفينة الإنزال أنزلت
    مدربين)."""
    words = context.norm.words
    opening = next((k for k in range(max(after + 1, trigger.first - THAT_REACH), trigger.first)
                    if words[k][:1] == CONJUNCTIONS[0] and words[k][1:] in patterns.that_words  # وأن، وبأن
                    or words[k] in patterns.that_words and k - 1 > after and words[k - 1] == OR), None)  # أو أن
    if opening is not None and words[opening - 1] == OR:
        opening -= 1
    return opening is not None and patterns.that_words.isdisjoint(words[after + 1:opening])


def and_then(context: Context, trigger: Trigger) -> bool:
    """'ويجوا', 'وتوجهت': a verb joined with و to the one before, whose status (a plan, a condition) it shares
    when it has no cue of its own."""
    return trigger.prefix > 0 and context.tokens[trigger.first].text[:1] == "و"


ARRIVAL_TO_VERB = 3  # words from the end of a relative clause to the main verb (التي وصلت إلى مرسى مطروح ستنتقل)


def _arrived_in_a_relative(context: Context, patterns: Patterns, trigger: Trigger, last: Movement,
                           movement: Movement) -> bool:
    """Whether ``last`` is where the force went, told in the past or the future in a relative clause on it (القوات
    التي وصلت إلى مرسى مطروح، الوحدات التي ستتمركز في القطرون; not where it massed, a move of its own), and its own
    verb, ``movement``'s, follows it with no origin of its own (ستنتقل براً إلى واحة سيوة)."""
    if (movement.origins or not movement.destinations or not last.destinations or last.origins
            or last.trigger is None or last.kind == "mobilise"):
        return False  # القوات التي حشدت في قاعدة براك ستتقدم: the massing is a move of its own
    tokens, normal = context.tokens, context.norm.text
    verb = token_at(context.norm, last.trigger.start)
    if verb < 2 or not patterns.relatives.at(normal, tokens, verb - 1) or not patterns.forces.ends_at(normal, tokens, verb - 2):
        return False
    if not (last.status == "reported" and past_verb(context, patterns, Trigger(verb, verb, last.kind, "near", False, 0))
            or is_future_word(tokens[verb].text)):  # الوحدات التي ستتمركز في القطرون «لن تتقدم نحو الحدود»، التي
        return False  # ستنسحب إلى مصراته «لن تتقدم»: where it is to be, whatever its status
    end = token_at(context.norm, last.destinations[-1].end - 1)
    return 0 < trigger.first - end <= ARRIVAL_TO_VERB and not context.marked(end, trigger.first)


def sets_out_where_the_last_went(context: Context, patterns: Patterns, after: int, trigger: Trigger,
                                  last: Movement, movement: Movement) -> bool:
    """Whether a movement that names no origin sets out from where the one before it (``last``, its last trigger
    token ``after``) went: 'from there' (ومنها نُقلت جواً إلى الجفرة; ومن هناك, in the next sentence too), or the
    next leg after 'then' or 'before' with the same status (ثم عبرت سرية منه إلى منفذ راس اجدير), or a setting out
    later in its sentence (هبوط طائرتي شحن في القاعدة نفسها، قالوا إنهما أقلعتا بعد ساعات باتجاه قاعدة براك)."""
    if movement.origins or not last.destinations:
        return False
    there = _from_there(context, patterns, after, trigger)
    if there:
        return there == "there" or last.evidence == movement.evidence
    if last.destinations[-1].text in {d.text for d in movement.destinations} or not movement.destinations:
        return False
    if goes_on_its_way(context, patterns, trigger, last):
        return True
    return ((last.status == movement.status
             and (is_next_leg(context, patterns, trigger) or _sets_out_later(context, patterns, trigger, last, movement)
                  or _moves_them_on(context, trigger, last, movement)))
            or _goes_on_from_the_massing(context, patterns, trigger, last, movement))


def _arrives_after_setting_out(last: Movement, movement: Movement) -> bool:
    """Whether ``movement`` only arrives (a destination, no origin) and ``last``, of the same status, only set out."""
    return (bool(movement.destinations) and not movement.origins and bool(last.origins) and not last.destinations
            and last.status == movement.status)


WE = "نا"  # the first person plural's ending (انطلقنا، بلغنا)


def _our_journey_goes_on(context: Context, trigger: Trigger, last: Movement, movement: Movement) -> bool:
    """Whether a first-person movement that only arrives (بلغنا قاعدة الويغ) follows, in the next sentence, a
    first-person one that only set out (انطلقنا من القطرون), of the same status: one journey."""
    return (_arrives_after_setting_out(last, movement) and last.trigger is not None
            and trigger_word(context, trigger).endswith(WE) and last.trigger.text.endswith(WE)
            and _sentences_after(context, last, trigger) == 1)


def _sentences_after(context: Context, last: Movement, trigger: Trigger) -> int:
    """How many sentences after the one ``last`` was told in the trigger stands (0: the same one)."""
    return context.sentence_of[trigger.first] - context.sentence_of[token_at(context.norm, last.evidence.start)]


FORCE_GOES_ON = 5  # sentences (a live page's updates and their times) over which a force named again goes on


def _the_force_goes_on(context: Context, patterns: Patterns, trigger: Trigger, last: Movement,
                       movement: Movement) -> bool:
    """Whether a movement that only arrives (الرتل يصل إلى اوباري) follows, a few sentences on, one of the same status
    and force that only set out (رتل ... يغادر سبها غرباً), its force named again as a whole at the start of its
    sentence, right before its verb (الرتل، القوة): one journey, as a live page tells it update by update."""
    if (not _arrives_after_setting_out(last, movement) or not 0 < _sentences_after(context, last, trigger) <= FORCE_GOES_ON
            or movement.actor is not None and last.actor is not None and movement.actor.name != last.actor.name):
        return False
    l_first, l_last = bounds_of_sentence(context, token_at(context.norm, last.evidence.start))
    if word_in(context, patterns.correction_marks, l_first, l_last):
        return False  # تصحيح: الرتل انطلق من داخل العاصمة: a correction of a journey told before, not its start
    k = trigger.first - 1
    match = patterns.retold_forces.at(context.norm.text, context.tokens, k) if k >= 0 else None
    if (bool(match) and match[0] == 1 and context.tokens[k].text[:match[1]] in ("", CONJUNCTIONS[0])
            and bounds_of_sentence(context, k)[0] >= k - 2):  # the update's time (10:10) may open its sentence
        return True
    k = trigger.last + 1  # 08:55 — وصول الرتل إلى أوباري: a verbal noun opening the update, the force right after it
    match = patterns.retold_forces.at(context.norm.text, context.tokens, k) if k < len(context.tokens) else None
    back = {place_key(m) for m in last.origins} & {place_key(m) for m in movement.destinations}  # عودة الرتل إلى
    return (bool(match) and match[0] == 1 and not match[1] and trigger.first == trigger.last and not back  # سبها
            and bounds_of_sentence(context, trigger.first)[0] >= trigger.first - 2)


JOINING_BEFORE = 10  # words back from a trigger to 'joined it' (ولحقت بها مساء الأربعاء ثلاث شاحنات ... انطلقت)


def _joins_the_force_before(context: Context, patterns: Patterns, trigger: Trigger, last: Movement,
                            movement: Movement) -> bool:
    """Whether a movement that goes nowhere named joins, with ب, the force of the movement before it, in its sentence
    or the one before (ولحقت بها ثلاث شاحنات محملة بالذخيرة انطلقت من سبها; قافلة التحقت بالمفارز ذاتها قادمة من
    حاسي مسعود): it goes where that force went; not where it would go under a plan, a condition or a denial (قواته
    «لن تتحرك من زليتن نحو بني وليد إلا إذا ...». ولحقت بالرتل ... شاحنات انطلقت من مصراتة: the column is in Zliten)."""
    if movement.destinations or not last.destinations or last.status not in ("reported", movement.status):
        return False
    if _sentences_after(context, last, trigger) > 1:
        return False
    s_first = bounds_of_sentence(context, trigger.first)[0]
    tokens = context.tokens
    return any(joins_word(patterns, tokens[k].text) and k + 1 < len(tokens) and tokens[k + 1].text[:1] == "ب"
               for k in range(max(s_first, trigger.first - JOINING_BEFORE), trigger.last + 1))


NAVAL_LANDING = "naval_landing"
ONE_VOYAGE = (NAVAL_LANDING, "airlift")  # docked or landed somewhere, 'and' unloaded after setting out from elsewhere
ANOTHER_NEAR = 2  # words from a verb of arriving to 'a second' or 'another' (سرية ثانية وصلت)


def _arrives_where_the_last_went(context: Context, patterns: Patterns, trigger: Trigger, last: Movement,
                                 movement: Movement) -> bool:
    """Whether another force that arrives from somewhere (an origin, no destination; ثانية، أخرى within a few words
    of the verb) does so where the movement before it, in its sentence or the one before, went."""
    return (bool(movement.origins) and not movement.destinations and bool(last.destinations)
            and trigger_word(context, trigger) in patterns.arrivals
            and word_in(context, patterns.another, trigger.first - ANOTHER_NEAR, trigger.last + ANOTHER_NEAR)
            and not {place_key(m) for m in movement.origins} & {place_key(m) for m in last.destinations}
            and _sentences_after(context, last, trigger) <= 1)


def goes_on_its_way(context: Context, patterns: Patterns, trigger: Trigger, last: Movement) -> bool:
    """'الوحدات وصلت إلى مرزق مساء أمس ... مضيفاً أنها «ستواصل طريقها خلال يومين نحو قاعدة الويغ»': a force that
    goes on its way, in the sentence of the movement before or the next, sets out from where that one went."""
    return present_word(context, trigger) in patterns.continuations and _sentences_after(context, last, trigger) <= 1


def _goes_on_from_the_massing(context: Context, patterns: Patterns, trigger: Trigger, last: Movement,
                              movement: Movement) -> bool:
    """'حشدت وحدات في درج، استعداداً للتقدم نحو حقل الوفاء', 'حشد نحو 50 آلية في الزنتان، وقال أحد قادته إن القوة
    «ستتوجه إلى حقل الوفاء»': a force massed somewhere and, in the same sentence, moving on (planned or told) sets
    out from where it massed; not where another force is named between (وأن قوات بحرية ستنفذ إنزالاً), nor an
    event set beside it after a comma."""
    if not (last.kind == "mobilise" and last.evidence == movement.evidence
            and last.status in ("reported", "planned") and movement.status != "denied"
            and movement.kind != "mobilise"
            and (movement.actor is None or last.actor is not None
                 and movement.actor.name is not None and movement.actor.name == last.actor.name)):
        return False
    normal, tokens = context.norm.text, context.tokens
    if and_then(context, trigger) and context.mark_after(trigger.first - 1):
        return False  # اكتمال الحشد في النوفلية، ووصول زورقين: another event beside it
    massed = token_at(context.norm, last.destinations[-1].end - 1)
    return not any(patterns.forces.at(normal, tokens, k) and not patterns.retold_forces.at(normal, tokens, k)
                   and not (k and tokens[k - 1].text in patterns.pointers_back)
                   for k in range(massed + 1, trigger.first))


OBJECT_PRONOUNS = ("ها", "هم", "هما")  # 'them' on a verb or verbal noun joined to the place before (ونقلهم)


def _moves_them_on(context: Context, trigger: Trigger, last: Movement, movement: Movement) -> bool:
    """'إنزال مئات المرتزقة في ميناء بنغازي ونقلهم براً إلى الكفرة': a verb joined by و right after where the movement
    before went, with 'them' on it, moves the same force on from there."""
    before = token_at(context.norm, last.destinations[-1].end - 1)
    return (last.evidence == movement.evidence and trigger.prefix == 1 and and_then(context, trigger)
            and context.tokens[trigger.first].text.endswith(OBJECT_PRONOUNS) and before == trigger.first - 1)


def _sets_out_later(context: Context, patterns: Patterns, trigger: Trigger, last: Movement, movement: Movement) -> bool:
    """A verb of setting out (أقلعتا، انطلقت) later in the sentence of the movement before, with no 'from' of its own
    between it and where it goes (not انطلقوا من الأراضي الليبية)."""
    tokens = context.tokens
    if last.evidence != movement.evidence or not patterns.departures.at(context.norm.text, tokens, trigger.first):
        return False
    goes = token_at(context.norm, movement.destinations[0].start)
    return goes > trigger.last and all(tokens[k].text != ORIGIN_LINK for k in range(trigger.last + 1, goes))


FROM_THERE_REACH = 3  # words from 'from there' (منها) to the direction word or the verb it goes with


def _from_there(context: Context, patterns: Patterns, after: int, trigger: Trigger) -> str | None:
    """'ومنها نُقلت جواً إلى الجفرة', 'وهددت بالتقدم منها نحو سرت', 'ومن هناك تحركت القوة براً': 'from there' between
    the movement before (its last token ``after``) and this one's direction word, right before the verb or right
    before a direction word. 'there' for من هناك, which may follow the movement of the sentence before; 'pronoun'
    for منها، منه, which refer back within the sentence."""
    normal, tokens = context.norm.text, context.tokens
    for k in patterns.from_there.between(after + 1, min(len(tokens) - 1, trigger.last + FROM_THERE_REACH)):
        match = patterns.from_there.at(normal, tokens, k)
        if not match or k and patterns.forces.ends_at(normal, tokens, k - 1):
            continue  # 'على أن تتحرك سرية منه إلى مرتوبة': a company of the column, not 'from there'
        if context.sentence_of[k] != context.sentence_of[trigger.first]:
            continue
        end = k + match[0] - 1
        if end < trigger.first <= end + FROM_THERE_REACH - 1 or any(
                patterns.directions.at(normal, tokens, j) for j in range(end + 1, min(len(tokens), end + FROM_THERE_REACH + 1))):
            return "there" if match[0] > 1 else "pronoun"
    return None


def _lands_them(context: Context, trigger: Trigger) -> bool:
    """Whether the trigger carries its object as a pronoun (أنزلتها، نقلتهم): the force told of just before, not a move
    of its own (انتشرت وحدات تركية في الخمس، بعد أن أنزلتها سفينة حربية فيها)."""
    return context.tokens[trigger.first].text.endswith(OBJECT_PRONOUNS)


def goes_on_from_there(context: Context, patterns: Patterns, trigger: Trigger) -> bool:
    """'حشدت الكتيبة نحو 40 آلية في العوينات. وستتقدم من هناك نحو أوباري': من هناك at the verb, the movement
    before (in its sentence or the one before) gone somewhere: its movers go on, named or not."""
    last = context.last_movement
    if last is None or not last.destinations:
        return False
    sentence = context.sentence_of[trigger.first]
    told = context.norm.offsets[context.tokens[context.sentence_first[max(0, sentence - 1)]].start]
    if last.evidence.start < told:
        return False
    normal, tokens = context.norm.text, context.tokens
    at = [k for k in (trigger.last + 1, trigger.first - 2) if 0 <= k < len(tokens) and context.sentence_of[k] == sentence]
    return any((match := patterns.from_there.at(normal, tokens, k)) and match[0] > 1  # من هناك, not منهم ('of them')
               and (k == trigger.last + 1 or k + match[0] == trigger.first) for k in at)


def is_next_leg(context: Context, patterns: Patterns, trigger: Trigger) -> bool:
    """'ثم عبرت سرية منه إلى منفذ راس اجدير', 'هبطتا في قاعدة الخادم، قبل أن تتوجه إحداهما إلى قاعدة الجفرة': 'then'
    or 'before' right before the verb (a time phrase between apart), or 'after it' right after it (نُقلوا بعدها جواً),
    tells the next leg of the movement before: it sets out from where that one went."""
    if not patterns.legs_after.isdisjoint(context.norm.words[trigger.first + 1:trigger.last + 2]):
        return True  # نُقلوا بعدها جواً إلى قاعدة براك: right after the verb, or inside the words of its trigger
    k = before_time_phrase(context, patterns, trigger.first)
    return k >= 0 and context.sentence_of[k] == context.sentence_of[trigger.first] and bool(
        patterns.next_legs.ends_at(context.norm.text, context.tokens, k))


def came_from_before(first: Movement, second: Movement, by_way_of: bool = False) -> bool:
    """'انتشرت قوة على مداخل تاورغاء، بعد أن تحركت من زليتن مروراً بمصراتة': an arrival, then in the same sentence
    where from, by the same force (or one the sentence does not name). The caller asks for a word that ties the
    two (بعد أن with the same status, or a verb of setting out: تنطلق من معسكراتها في غريان). ``by_way_of``: the
    departure may have gone somewhere first, which is then on the way (عاد إلى عفرين، بعد أن غادروا مصراته على متن
    رحلة إلى إسطنبول)."""
    return (first.destinations and not first.origins and second.origins
            and (not second.destinations or by_way_of
                 and not {place_key(m) for m in second.destinations} & {place_key(m) for m in first.destinations})
            and (second.actor is None or first.actor is None or first.actor.name is None
                 or second.actor.name == first.actor.name))  # an arrival by a force the text does not name (وصلت
    # إلى سبها قافلة من 85 سيارة ... بعد رحلة انطلقت من طرابلس); not another force's (مجموعة مسلحة) after a named one's


RETOLD_OVERLAP = 2  # destinations a next sentence's movement shares with the one before to be it, told in detail


def retold(context: Context, patterns: Patterns, last: Movement, movement: Movement) -> bool:
    """A movement that one of the next sentences tells again, with the same status and the origin it lacked, is
    that movement (a plan told as carried out, too: أوعز بتحريك قوة إلى الزاوية. ... أن القوة انطلقت من طرابلس):
    told in detail in the very next sentence by the same named force, with at least RETOLD_OVERLAP
    of its destinations (the units' share-out, place by place); or told by its force named again, going nowhere
    else ('دفعت القوات المسلحة بتعزيزات إلى واحة سيوة. وقال مصدر إن التعزيزات انطلقت من قاعدة محمد نجيب، ووصلت
    إلى الواحة')."""
    text = context.text
    if (last.origins and not last.destinations and not last.via and movement.destinations and movement.trigger
            and last.status == movement.status and "\n" in text[:last.evidence.start]
            and {place_key(m) for m in last.origins} <= {place_key(m) for m in movement.origins}
            and (last.actor is None or movement.actor is None or last.actor.name == movement.actor.name)):
        first = token_at(context.norm, movement.trigger.start)
        if _force_again_soon(context, patterns, last, first, max(0, first - RETOLD_FORCE_BEFORE)):
            return True  # في أعقاب وصول رتل من الزنتان إلى الضواحي الجنوبية للعاصمة. وذكرت المصادر أن الرتل ... تحرك من
            # الزنتان مروراً بالعزيزية، ووصل إلى قصر بن غشير: where it went, told in the next sentence
    carried_out = last.status == "planned" and movement.status == "reported"  # أوعز بتحريك قوة ... أن القوة انطلقت
    if movement.kind == "withdraw" and last.kind != "withdraw":
        return False  # نشرت عناصر على مراكز الاقتراع في بنغازي ... الوحدات نفسها انسحبت الشهر الماضي من مراكز سلوق إلى
        # مقراتها في بنغازي: the same units' earlier way back, not where they were sent from
    if (last.status != movement.status and not carried_out or last.origins or not movement.origins
            or "\n" not in text[:last.evidence.start]):
        return False  # not a headline: the body tells what a headline says (without_headline_repeats)
    keys = {place_key(m) for m in last.destinations}
    shared = sum(place_key(m) in keys for m in movement.destinations)
    if (last.actor is not None and movement.actor is not None and last.actor.name and not carried_out
            and last.actor.name == movement.actor.name and not text[last.evidence.end:movement.evidence.start].strip()
            and shared >= RETOLD_OVERLAP and 2 * shared >= len(movement.destinations)):
        return True
    if (movement.trigger is None or shared < len(movement.destinations)
            or movement.actor is not None and (last.actor is None or last.actor.name != movement.actor.name)):
        return False
    first = token_at(context.norm, movement.trigger.start)
    return _force_again_soon(context, patterns, last, first, first)


def _force_again_soon(context: Context, patterns: Patterns, last: Movement, trigger_first: int, force_first: int) -> bool:
    """Whether the trigger at ``trigger_first`` stands in one of the RETOLD_SENTENCES after ``last``'s and the force
    told before is named again from ``force_first`` up to it."""
    last_token = token_at(context.norm, last.evidence.end - 1)
    return (0 < context.sentence_of[trigger_first] - context.sentence_of[last_token] <= RETOLD_SENTENCES
            and force_named_again(context, patterns, force_first, trigger_first - 1))


def with_details(last: Movement, detail: Movement) -> Movement:
    """``last`` with the origin, the way and the further destinations its retelling adds."""
    keys = {place_key(m) for m in last.destinations}
    return replace(last, origins=detail.origins, via=last.via + tuple(m for m in detail.via if m not in last.via),
                   destinations=last.destinations + tuple(m for m in detail.destinations if place_key(m) not in keys))


def same_end(last: Movement, movement: Movement) -> bool:
    """Whether ``movement`` ends where ``last``, told before it in its sentence, ends, by the same force (or one
    the sentence does not name), with the same status, and adds at most where it came from: one movement told
    twice."""
    return (bool(movement.destinations) and [m.text for m in movement.destinations] == [m.text for m in last.destinations]
            and (not movement.origins or not last.origins) and not movement.via and last.status == movement.status
            and movement.kind != "mobilise"
            and (movement.actor is None or last.actor is None
                 or movement.actor.name is not None and movement.actor.name == last.actor.name))


DENIED_AGAIN_SENTENCES = 3  # how far on a denial may be told again in the denier's own words


def denied_again(context: Context, patterns: Patterns, last: Movement, movement: Movement) -> bool:
    """'نفى المتحدث ما نشرته صفحات عن سحب وحدات من درنة، قائلاً: «لا صحة لذلك. لم نسحب أي وحدة من درنة»': a
    denial that names only places the denial right before it named, each in the same role, by the same force (or
    one not named), in its sentence or the next three, is that denial told again; so is a denial right after a claim
    passed around ('صفحات محلية تحدثت عن انسحاب كتيبتكم من تازربو. ما ردكم؟ - لم نسحب جندياً واحداً من تازربو')."""
    if movement.status != "denied":
        return False  # most movements: only a denial may be one told again
    claimed = last.status == "reported" and circulated_claim(context, patterns, last) is not None
    if not (last.status == "denied" or claimed) or (
            movement.actor and last.actor and movement.actor.name != last.actor.name):
        return False
    sentence = context.sentence_of
    apart = (sentence[token_at(context.norm, movement.evidence.start)]
             - sentence[token_at(context.norm, last.evidence.start)])
    if (last.status == "denied" and 0 <= apart <= STAYED_PUT_SENTENCES and movement.origins
            and not movement.destinations and not movement.via and _in_quotes(context, movement)):
        return True  # نفى ... ما تداولته صفحات عن انسحاب الكتيبة من مواقعها في بوعطني باتجاه المرج، وقال: «لا صحة
        # لأي انسحاب، وحداتنا باقية في أماكنها ولم تغادر بنغازي»: the denier's own words that its units stayed put
    if not (movement.origins or movement.destinations) or any(
            not {place_key(m) for m in mine} <= {place_key(m) for m in named}
            for mine, named in ((movement.origins, last.origins), (movement.destinations, last.destinations),
                                (movement.via, (*last.via, *last.destinations)))):
        return False  # not 'نقل جنود روس جواً من الكفرة إلى السودان' and then 'دخول عناصر روسية إلى الكفرة
    return 0 <= apart <= DENIED_AGAIN_SENTENCES


STAYED_PUT_SENTENCES = 1  # a denial's quoted 'our units did not leave X' stands in its sentence or the next


def _in_quotes(context: Context, movement: Movement) -> bool:
    """Whether the movement's trigger stands inside quotes opened in its sentence (a speaker's own words)."""
    if movement.trigger is None:
        return False
    return quote_opened(context.text, movement.trigger.start, movement.evidence.start) >= 0


ACTOR_GAP = 8  # characters of spaces, quotes and commas that may stand between a force's name and the verb after it


def describes_the_force(context: Context, patterns: Patterns, after: int, trigger: Trigger, last: Movement) -> bool:
    """Whether the trigger, with no و before it and no other verb of movement since the ``last`` movement's (its
    last token ``after``), follows at once the force of that movement (or a force, when that one names none): a
    clause that describes it (عُزّز معبر الذهيبة بوحدات من الجيش التونسي نُقلت من تطاوين، تعزيزاً للمراكز في الدبداب
    بوحدات قدمت من ورقلة: the units came from there); an aside that gives its size may stand between (قوة من جهاز
    الأمن العام، قوامها 35 آلية، قدمت من سوق الجمعة)."""
    tokens = context.tokens
    if trigger.prefix or not trigger.first or any(_a_verb_at(context, patterns, k) for k in range(after + 1, trigger.first)):
        return False
    first = _size_aside(context, patterns, trigger.first)  # قوة من جهاز الأمن العام، قوامها 35 آلية، قدمت من سوق الجمعة
    before = first - 1
    if before and patterns.aboard.ends_at(context.norm.text, tokens, before - 1) is not None:
        return True  # إنزال عناصر في ميناء زوارة، على متن زورقين سينطلقان من قاعدة أبوستة: the boats that carry them
    if last.actor is not None and last.actor.text:
        start = context.norm.offsets[tokens[first].start]  # a short look back, not a copy of the article
        if context.text[max(0, start - len(last.actor.text) - ACTOR_GAP):start].rstrip().endswith(last.actor.text):
            return True
        if _owned_by_the_mover(context, before, last):  # سرية من «الكتيبة 166» التابعة للقيادة العامة، نُقلت من براك
            return True
        return (_in_the_last_move(context, last, before) and not context.actors_between(before, before)
                and bool(patterns.forces.ends_at(context.norm.text, tokens, before)))  # عزز الجيش موقعه في ماداما
        # بنحو مئة جندي نُقلوا من ديركو: the move's own unnamed soldiers
    return bool(patterns.forces.ends_at(context.norm.text, tokens, before)
                or any(span.last == before for span in context.actors_between(max(0, before - 6), before)))


def _in_the_last_move(context: Context, last: Movement, k: int) -> bool:
    """Whether token ``k`` stands in the sentence of the ``last`` movement, after its trigger."""
    return last.trigger is not None and last.trigger.end <= context.norm.offsets[context.tokens[k].start] < last.evidence.end


def _owned_by_the_mover(context: Context, before: int, last: Movement) -> bool:
    """Whether the side of the ``last`` movement's force is named right before token ``before`` + 1 after a word of
    belonging (التابعة للقيادة العامة): the force's owner closes its description."""
    spans = [span for span in context.actors_between(max(0, before - OWNER_SPAN), before) if span.last == before]
    return bool(spans) and spans[0].actor.name == last.actor.name and spans[0].first > 0 and (
        context.tokens[spans[0].first - 1].text in context.actor_lexicon.unit_owner_links)


OWNER_SPAN = 6  # words of a side's name after a word of belonging (التابعة لرئاسة الأركان العامة)


def _the_force_between(context: Context, after: int, trigger: Trigger, movement: Movement) -> Actor | None:
    """The one side named between a movement's trigger (its last token ``after``) and where the next ``movement``
    sets out from: the force both tell of."""
    last = max(trigger.first - 1, token_at(context.norm, movement.origins[0].start) - 1)
    spans = [span for span in context.actors_between(after + 1, last) if span.actor.name]
    return spans[0].actor if spans and len({span.actor.name for span in spans}) == 1 else None


def _a_verb_at(context: Context, patterns: Patterns, k: int) -> bool:
    """Whether token k may be a verb of movement: a word that only opens a longer trigger (في of في طريقها) is one
    only where that trigger stands."""
    word = context.tokens[k].text
    return context.verbs(word) and (patterns.triggers.at(context.norm.text, context.tokens, k) is not None
                                    or word not in patterns.triggers.index.starts)


SIZE_ASIDE_WORDS = 5  # words an aside that gives a force's size may run to


def _size_aside(context: Context, patterns: Patterns, first: int) -> int:
    """The first token of an aside set off by commas right before token ``first`` that gives the force's size
    (، قوامها 35 آلية،), else ``first``."""
    if first < 2 or not context.comma_after(first - 1):
        return first
    words = context.norm.words
    for k in range(first - 1, max(0, first - 1 - SIZE_ASIDE_WORDS), -1):
        if words[k] in patterns.size_asides:
            return k if k and context.comma_after(k - 1) else first
        if context.comma_after(k - 1):
            return first
    return first


def with_origin(arrival: Movement, departure: Movement) -> Movement:
    on_the_way = tuple(m for m in departure.destinations + departure.via if m not in arrival.via)
    return replace(arrival, origins=departure.origins, via=arrival.via + on_the_way,
                   actor=arrival.actor or departure.actor, attributed_to=arrival.attributed_to or departure.attributed_to,
                   date=arrival.date or departure.date, confidence=min(arrival.confidence, departure.confidence))


def ends_at_stationing(movement: Movement, stationing: Movement) -> Movement:
    """A stationing right after a movement in its sentence is where that movement ended: its places are the
    movement's last destinations, not a movement of their own."""
    seen = {m.text for m in movement.origins + movement.destinations + movement.via}
    added = tuple(m for m in stationing.destinations if m.text not in seen)
    return replace(movement, destinations=movement.destinations + added)


def on_its_way(movement: Movement, onward: Movement) -> Movement:
    """'ستعبر منفذ امساعد في طريقها إلى طبرق': the places of the movement become its way, the onward places its
    destinations."""
    return replace(movement, destinations=onward.destinations, via=movement.via + movement.destinations + onward.via,
                   origins=movement.origins + onward.origins)


def _crossed_to(context: Context, patterns: Patterns, movement: Movement) -> bool:
    """Whether the movement's first destination follows a crossing verb, و before it or not (وعبرت جرمة والغريفة):
    a place passed, told as a leg of its own."""
    first = token_at(context.norm, movement.destinations[0].start)
    word = context.tokens[first - 1].text if first else ""
    return word in patterns.crossings or word[:1] == CONJUNCTIONS[0] and word[1:] in patterns.crossings


def _same_mover(last: Movement, movement: Movement) -> bool:
    """Whether two movements may be one force's: the same actor, or one of them unnamed."""
    return movement.actor is None or last.actor is None or movement.actor.name == last.actor.name


def _same_force_goes_on(last: Movement, movement: Movement) -> bool:
    """Whether the next leg is the last movement's force going on (no other force named, no turning back): not
    'عبرت قوات الدعم السريع الحدود إلى الكفرة، قبل أن تصل قوات الجيش الوطني إلى تازربو', nor 'ثم انسحبت إلى السودان'."""
    return _same_mover(last, movement) and (movement.kind != "withdraw" or last.kind == "withdraw")


def legs_joined(first: Movement, second: Movement) -> Movement:
    places = {m.text for m in first.origins}
    second_actor = second.actor if second.actor and second.actor.text not in places else None
    actor = first.actor or second_actor
    if second_actor is not None and first.actor is not None and first.actor.text not in first.evidence.text:
        actor = second_actor  # أقلعت ... وهبطت ...، وعلى متنها عناصر من كتيبة سبل السلام: the force the sentence names
        # beats the one the first leg took from before
    return Movement(
        kind=second.kind, status=second.status, actor=actor,
        origins=first.origins, destinations=second.destinations, via=first.via + second.via,
        evidence=first.evidence, confidence=min(first.confidence, second.confidence),
        trigger=first.trigger, attributed_to=first.attributed_to or second.attributed_to,
        date=first.date or second.date,
    )


RELATIVE_REACH = 3  # words from a relative (الذين، التي) or 'was' to the stationing verb (الذين كانوا قد تمركزوا)
RELATIVE_TO_VERB = 6  # words from where the clause's force was stationed to the verb it is the subject of


def moves_from_the_relative(context: Context, patterns: Patterns, trigger: Trigger, last: Movement,
                            movement: Movement) -> bool:
    """'المسلحون الطوارق الذين تمركزوا أياماً قرب بلدة البركت انسحبوا ليلة الخميس نحو جبال اكاكوس': a relative clause
    saying where a force was stationed describes the subject of the verb after it, which sets out from there; the
    stationing is no movement of its own. Not where a force is named between, nor a verb joined by و (still the
    clause's own: الذين تمركزوا في غات وانتشروا في محيطها). So too a clause of what the force was (كانوا قد تمركزوا
    في محيط غات منذ مطلع العام، انسحبوا)."""
    if not (last.evidence == movement.evidence and last.trigger is not None and last.destinations
            and last.status == "reported" and movement.destinations and not movement.origins
            and not trigger.prefix):
        return False
    normal, tokens = context.norm.text, context.tokens
    stationed = token_at(context.norm, last.trigger.start)
    if not (patterns.stationing.at(normal, tokens, stationed) and any(
            patterns.relatives.at(normal, tokens, k) or tokens[k].text in patterns.past_being
            for k in range(max(0, stationed - RELATIVE_REACH), stationed))):
        return False
    where = token_at(context.norm, last.destinations[-1].end - 1)
    return 0 < trigger.first - where <= RELATIVE_TO_VERB and not any(
        patterns.forces.at(normal, tokens, k) for k in range(where + 1, trigger.first))


def _added(before: tuple[Mention, ...], more: tuple[Mention, ...], leaving: frozenset[str] = frozenset()) -> tuple[Mention, ...]:
    """``before`` and then the places of ``more`` it does not hold yet, nor ``leaving`` (by place, not by mention)."""
    seen = {place_key(m) for m in before} | leaving
    added = list(before)
    for mention in more:
        if place_key(mention) not in seen:
            seen.add(place_key(mention))
            added.append(mention)
    return tuple(added)


def with_the_last(context: Context, patterns: Patterns, trigger: Trigger, after: int, last: Movement | None,
                  movement: Movement) -> tuple[Movement, bool]:
    """``movement`` as told with ``last``, the movement told before it (``after``, the last token of its trigger;
    None for the first): the movement to keep, and whether it takes the place of ``last`` (the same move told
    further: where it set out from, passed or ended, the next leg, or a denial repeated)."""
    tokens, normal = context.tokens, context.norm.text
    if last is None:
        return movement, False
    same_sentence = last.evidence == movement.evidence
    if same_sentence and movement.status == "reported" and (
            an_alternative(context, patterns, after, trigger)  # نفى أي نية للتقدم نحو قصر بن غشير أو دخول عين زارة
            or last.status == "denied" and (is_next_leg(context, patterns, trigger)  # عن إنزال معدات في طبرق ثم
                                              or _and_a_noun(context, after, trigger)  # نقلها إلى براك; حول دخول
                                              or _and_another_item(context, patterns, trigger, last)
                                              or _and_that(context, patterns, after, trigger)
                                              or patterns.earlier_legs.ends_at(normal, tokens, trigger.first - 1)
                                              and movement.origins and not movement.destinations)
    ) and not _a_new_statement(context, patterns, after, trigger):  # the scan of the words between, asked last
        movement = replace(movement, status=last.status, actor=movement.actor or last.actor)  # مدرعات إلى الجغبوب
        # وتنفيذ إنزال في طبرق، حشود في الدبداب وتوغل بعضها: the next leg (its force, where none is named again),
        # or the next item, of a denied claim is denied with it, and so is where it set out from before (نفى أنباء عن
        # حشد مقاتلين في جالو، بعد نقلهم من الكفرة; not another force's arrival: عقب وصول قوة الوفاق إلى الشويرف)
    if same_sentence and _lands_right_after_its_origin(context, patterns, trigger, last, movement):
        # نفت أن تكون طائرة شحن قادمة من تركيا قد هبطت في مطار معيتيقة: one flight, from there to here, as told
        return replace(last, destinations=movement.destinations, via=_added(last.via, movement.via),
                       actor=movement.actor or last.actor, kind=last.kind if movement.kind == "deploy" else movement.kind,
                       status=movement.status if last.status == "reported" else last.status), True
    if same_sentence and _arrived_in_a_relative(context, patterns, trigger, last, movement):
        # القوات التي وصلت إلى مرسى مطروح ستنتقل براً إلى واحة سيوة: where the force arrived is where it sets out from
        return replace(movement, origins=last.destinations[-1:], actor=movement.actor or last.actor), True
    if (last.destinations and movement.destinations and movement.status == last.status
            and _same_mover(last, movement) and goes_on_its_way(context, patterns, trigger, last)):
        if {place_key(m) for m in movement.destinations} <= {place_key(m) for m in last.destinations}:
            # هبطت في قاعدة الوطية ... توقفت في مطار معيتيقة قبل أن تواصل رحلتها إلى الوطية: told again
            return replace(last, origins=last.origins or movement.origins, via=_added(last.via, movement.via),
                           actor=last.actor or movement.actor), True
        if same_sentence and not movement.origins:
            # هبطت في قاعدة الخادم، قبل أن تواصل رحلتها إلى قاعدة الجفرة الجوية: one journey, on to its end, by its stop
            stops = _added(last.via, last.destinations + movement.via, frozenset(map(place_key, movement.destinations)))
            return replace(last, destinations=movement.destinations, via=stops, actor=last.actor or movement.actor), True
    if sets_out_where_the_last_went(context, patterns, after, trigger, last, movement):
        movement = replace(movement, origins=last.destinations[-1:])
    if (same_sentence and last.via and not last.origins and not last.destinations and not movement.origins
            and movement.destinations and last.status == movement.status and and_then(context, trigger)
            and movement.kind != "withdraw"
            and _same_mover(last, movement)):
        # توغّل في الأراضي الليبية عبر معبر تين الكوم ووصل إلى مشارف غات: where the crossing led
        return replace(last, destinations=movement.destinations, actor=last.actor or movement.actor), True
    if (same_sentence and not last.destinations and last.status == movement.status
            and patterns.clause_openers.ends_at(normal, tokens, trigger.first - 1) == "explanation"):
        # دفعت قيادة الناحية بتعزيزات نحو الشريط الحدودي، إذ تحركت أرتال من ورقلة باتجاه الدبداب: the move told in detail
        return replace(with_details(last, movement), kind=last.kind, actor=last.actor or movement.actor), True
    if (same_sentence and last.destinations and not movement.origins and movement.status in ("reported", last.status)
            and purpose_noun(context, trigger)):  # not a plan of its own (وتخطط لنشر نقاط في العوينات)
        return last, True  # جسراً جوياً سيُقام بين مطار سبها وقاعدة الويغ لنقل عناصر ومعدات: what the move is for
    if (same_sentence and trigger.first > 1 and not last.destinations and not movement.origins
            and patterns.aboard.ends_at(normal, tokens, trigger.first - 1) is not None):
        # سيُنقل لاحقاً من القرضابية على متن طائرات شحن ... إلى باماكو: the craft that carries the move, where it goes
        return replace(last, kind=movement.kind, destinations=movement.destinations,
                       via=last.via + tuple(m for m in movement.via if m not in last.via)), True
    keeps = joins_the_last(context, patterns, trigger, last, movement) if same_sentence else None
    if keeps is not None:
        keep_kind, keep_status = keeps
        joined_legs = legs_joined(last, movement)
        return replace(joined_legs, kind=last.kind if keep_kind else joined_legs.kind,
                       status=last.status if keep_status else joined_legs.status), True
    if same_sentence and (
            came_from_before(last, movement, by_way_of=True)
            and last.status == movement.status
            and patterns.earlier_legs.ends_at(normal, tokens, trigger.first - 1)
            or came_from_before(last, movement) and (
                patterns.departures.at(normal, tokens, trigger.first)
                or describes_the_force(context, patterns, after, trigger, last))):
        merged = with_origin(last, movement)  # انتشرت في تاورغاء بعد أن تحركت من زليتن
        if merged.actor is None:  # هبطت في مطار غات طائرتا نقل تقلان عناصر من حرس الحدود التابع للقيادة العامة،
            merged = replace(merged, actor=_the_force_between(context, after, trigger, movement))  # قادمتين من ...
        return merged, True
    if _our_journey_goes_on(context, trigger, last, movement) or _the_force_goes_on(context, patterns, trigger, last,
                                                                                     movement):
        return with_origin(movement, last), True  # انطلقنا من القطرون قبل الفجر ... . بعد ساعة مررنا بتجرهي، ثم
        # بلغنا قاعدة الويغ: the reporter's own journey, told over two sentences; so is a column's on a live page,
        # named again update by update (رتل ... يغادر سبها ... الرتل يصل إلى اوباري)
    if same_sentence and subject_of_the_last(context, patterns, trigger, last, movement):
        # حطت في قاعدة براك ثلاث طائرات شحن روسية قادمة من الخادم: the vehicles' force
        return replace(with_origin(last, movement), actor=movement.actor or last.actor), True
    if denied_again(context, patterns, last, movement):
        return replace(last, status="denied"), True  # عن سحب وحدات من درنة، قائلاً: «لا صحة لذلك.
        # لم نسحب أي وحدة من درنة»
    if (same_sentence and movement.destinations and not movement.origins and last.destinations
            and trigger_word(context, trigger) in patterns.crossings
            and (patterns.earlier_legs.ends_at(normal, tokens, trigger.first - 1)
                 or tokens[trigger.first].text[:trigger.prefix] == "و")):
        # نشرت كتيبة من سبها في القطرون بعد أن عبرت مرزق; تحركت نحو قمينس، وعبرت بنغازي: the town passed through
        return replace(last, via=last.via + tuple(m for m in movement.destinations if m not in last.via)), True
    if (same_sentence and movement.destinations and last.destinations and not last.via
            and (not movement.origins or movement.origins == last.destinations[-1:])  # set out where the last went
            and movement.status in (last.status, "reported")
            and (and_then(context, trigger) or is_next_leg(context, patterns, trigger) and _same_force_goes_on(last, movement))
            and (told_with(context, last, patterns.crossings) or _crossed_to(context, patterns, last))):
        # مجموعة مسلحة قادمة من السودان عبرت المثلث الحدودي ليل الأحد وتوغلت حتى جبل العوينات: the border crossed;
        # انطلقت من قاعدة براك الجوية، وعبرت جرمة والغريفة، ودخلت اوباري: the towns passed on the way; a verb with
        # no status of its own shares the crossing's (إذا اختُرق الخط، فإن وحداته ستعبر الحدود وتتقدم حتى سرت); so
        # does the next leg (وعبرت جبل العوينات، قبل أن تصل إلى المالحة)
        return replace(last, kind=movement.kind, destinations=movement.destinations, via=last.destinations), True
    if (same_sentence and movement.destinations and not movement.origins and not trigger.prefix
            and tokens[trigger.first - 1].text in patterns.until_words):
        # تحرك من مرسى مطروح، وعبر منفذ السلوم ... حتى بلغ درنة: where it ended
        return replace(last, destinations=movement.destinations,
                       via=last.via + tuple(m for m in last.destinations + movement.via if m not in last.via)), True
    if moves_from_the_relative(context, patterns, trigger, last, movement):
        return replace(movement, origins=last.destinations), True  # الذين تمركزوا قرب البركت انسحبوا نحو اكاكوس
    if (same_sentence and movement.origins and not movement.destinations and last.destinations and not last.origins
            and movement.kind == last.kind and movement.kind in ONE_VOYAGE and movement.status == last.status
            and and_then(context, trigger)):
        # رست حاملة المروحيات في ميناء طبرق، وأنزلت 250 عنصراً ... بعد رحلة انطلاقاً من الإسكندرية: one voyage
        return with_origin(last, movement), True
    if (same_sentence and same_end(last, movement) and not patterns.next_clauses.ends_at(normal, tokens, trigger.first - 1)
            and not patterns.plan_clauses.ends_at(normal, tokens, trigger.first - 1)
            and not (movement.kind != last.kind and NAVAL_LANDING in (movement.kind, last.kind)
                     and not _lands_them(context, trigger))):  # حشدت وحدات في توكرة،
        # بعد أن أنزلت سفينة ... جرافات وعناصر على شاطئ المدينة: a landing is a move of its own
        # انطلقت أرتال نحو المخيلي، ووصلت إليها; يتمركزون في رقدالين، بعد أن انسحبوا من العجيلات إليها; not another
        # plan's (إنزال وحدة ... في ميناء الخمس، على أن تبحر قبلها سفينة ... إلى ميناء الخمس نفسه)
        return (with_origin(last, movement) if movement.origins else last), True
    if (same_sentence and patterns.stationing.at(normal, tokens, trigger.first)
            and not (trigger.last + 1 < len(tokens) and tokens[trigger.last + 1].text in patterns.the_rest)):
        if (movement.actor and last.actor and movement.actor.name and last.actor.name
                and last.actor.name != movement.actor.name):
            return last, True  # another side's positions, told beside the move, are no part of it, nor a move (وصلت
            # سرية من الجيش النيجري إلى مركز تومو، فيما تمركزت دورية من الجيش الوطني الليبي على الجانب الآخر)
        return ends_at_stationing(last, movement), True  # وصلت إلى زليتن ... وتمركزت عند المدخل الشرقي
    if not same_sentence and stations_the_last(context, patterns, after, trigger, last, movement):
        return ends_at_stationing(last, movement), True  # وصل الرتل إلى الزاوية. وقال مصدر إن الرتل تمركز عند ...
    if same_sentence and not movement.origins and patterns.en_route.at(normal, tokens, trigger.first):
        return on_its_way(last, movement), True  # ستعبر منفذ امساعد في طريقها إلى طبرق
    if (same_sentence and movement.via and not movement.origins and not movement.destinations
            and last.status == movement.status):  # استقدمت تعزيزات إلى بونجيم ... إن الرتل وصل مروراً بودان
        return replace(last, via=last.via + tuple(m for m in movement.via if m not in last.via)), True
    if _joins_the_force_before(context, patterns, trigger, last, movement):
        return replace(movement, destinations=last.destinations), False  # ولحقت بها ثلاث شاحنات انطلقت من سبها
    if _arrives_where_the_last_went(context, patterns, trigger, last, movement):
        return replace(movement, destinations=last.destinations), False  # وصلت إلى اوباري تعزيزات ...، مضيفاً أن
        # سرية ثانية وصلت صباح الخميس من إدري: to Ubari too
    return movement, False
