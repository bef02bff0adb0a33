"""Finding the triggers of movements: verbs and nouns of movement, their spelling variants, and the
verbless items of tickers and headlines (عاجل | رتل عسكري من قاعدة الجفرة باتجاه سرت).
"""
from __future__ import annotations

from components.actors import ORIGIN_LINK
from components.mentions import quote_opened
from components.movement_context import (
    DUAL_SUFFIXES,
    FUTURE_PREFIXES,
    PRESENT_PREFIXES,
    VERB_SUFFIXES,
    Context,
    Trigger,
    clause_opens,
    is_future_word,
)
from components.movement_patterns import GOING_ON, Patterns
from components.movement_roles import names_actor, words_between
from components.movement_status import break_at
from components.phrases import PhraseIndex, joined, peel, peeled_rests
from components.prefilter import WordTest
from components.text import Token

CHAIN_GAP = 3        # a trigger this close after another continues it (ستنشر تركيا فرقاطة، أرسلت شحنة أسلحة)
MANNER_GAP = 6       # a manner this close after a trigger tells how it moves (نقل 200 عنصر من مجموعة «فاغنر» جواً)


def find_triggers(context: Context, patterns: Patterns, candidates: list[int]) -> list[Trigger]:
    """Triggers in text order; one that closely follows another continues it (ستنشر تركيا فرقاطة).

    Only sentences that name a place are searched (no place, no movement to map), and in them only the
    ``candidates``, the tokens the prefilter says may be a trigger.
    """
    found: list[Trigger] = []
    tokens, normal = context.tokens, context.norm.text
    with_places = {context.sentence_of[k] for k in context.place_tokens}
    resume = 0
    for i in candidates:
        if i < resume or context.sentence_of[i] not in with_places:
            continue
        match, future = _trigger_at(patterns, normal, tokens, i)
        if not match:
            continue
        n, prefix, (kind, needs_force) = match
        role = patterns.roles.at(normal, tokens, i)
        if role and role[0] > n:  # انطلاقاً من, قادمة من: a marker of where from, not a movement of its own
            continue
        if patterns.not_triggers.at(normal, tokens, i) or _inside_not_trigger(patterns, normal, tokens, i):
            continue  # القوات المتمركزة في, أكبر تحرك من نوعه, سيارة رباعية الدفع
        if _a_target(context, patterns, i, prefix):
            continue  # استهدفت طائرة مسيرة تمركزاً لقوات الجيش: a position attacked
        if (i and n == 1 and tokens[i - 1].text in patterns.not_after.get(tokens[i].text[prefix:], ())
                and not normal[tokens[i - 1].end:tokens[i].start].strip()):
            continue  # سفينة شحن، رحلات شحن: a cargo ship, cargo flights, not 'shipping' (not وبحسب المنشور، انتشرت)
        if n == 1 and _before_what_it_is_not(context, patterns, i, prefix):
            continue  # بنشر «أخبار مضللة»: published, not deployed; تقدم منذ 2024 الدعم: provides, not advances
        if cites_a_source(context, patterns, i):
            continue  # ونقلت «الوسط» عن مصدر: reports what a source said
        if _demanded(context, patterns, i, prefix):
            continue  # طالب النائب عن مرزق بإرسال قوة إلى مرزق: a demand, not a movement
        if context.norm.words[i] in patterns.relayed_it and _relays_it(context, patterns, i):
            continue  # حسبما نشرته صفحة «وازن الآن» ونقله المجلس البلدي: relayed the news
        future = future or _carries_in_future(tokens, i + n - 1)
        trigger = Trigger(i, i + n - 1, kind, needs_force, future, prefix)
        previous = found[-1] if found else None
        if previous and _again_its_own(context, patterns, previous, trigger):
            between = [k for k in context.places_between(previous.last + 1, i - 1)  # ستعيد الكتيبة المتمركزة في
                       if tokens[k - 1].text != ORIGIN_LINK]  # غدامس تموضعها (not كتائب من زوارة: the force's town)
            found[-1] = (Trigger(i, i + n - 1, "redeploy", needs_force, previous.future or future, prefix) if between
                         else previous._replace(kind="redeploy", future=previous.future or future))  # one
            # redeployment, told from its noun where the place it was at stands between (so it is the origin), else
            # from 'again' (أعادت كتائب من زوارة تموضعها في محيط مليتة: the force's town after it)
            resume = i + n
            continue
        if previous and _goes_on_with(context, patterns, previous, trigger):
            continue  # للانسحاب من محيط المطار وقصر بن غشير والعودة إلى الزنتان: one movement
        if (previous and _gap(context, patterns, previous, i) <= (
                MANNER_GAP if context.tokens[i].text in patterns.manners and not context.marked(previous.last, i)
                else CHAIN_GAP)  # not past a comma: التي سارت في العرض بزيها الصحراوي، جواً
                and context.sentence_of[i] == context.sentence_of[previous.last]
                and not any(not names_actor(context, k) for k in context.places_between(previous.last + 1, i - 1))
                and not any(break_at(context, patterns, k)  # لن تدخل البلدة، لكنها ستواصل تقدمها: two statements
                            for k in patterns.scope_breaks.between(previous.last + 1, i - 1))
                and not _denial_between(context, patterns, previous.last + 1, i - 1)):  # تعلن النفير والتبو ينفون الحشد
            specific = (kind if previous.kind == "deploy" or kind == "withdraw" and previous.kind == "naval_landing"
                        else previous.kind)  # فرقاطة تركية «غادرت ميناء طرابلس عائدة إلى تركيا»: a vessel that leaves
            if kind in REDEPLOYS and tokens[previous.first].text[previous.prefix:] in patterns.again_words:
                specific = "redeploy"  # أعادت القيادة العامة نشر الكتيبة في سرت: deployed there again
            trigger = Trigger(previous.first, i + n - 1, specific, needs_force if previous.needs_force else False,
                               previous.future or future, previous.prefix)
            found[-1] = trigger
        else:
            found.append(trigger)
        resume = i + n
    return found


DEMAND_REACH = 6  # words from a demand (طالب) to the verbal noun with ب it asks for (طالب فيه القيادة العامة بـ«سحب


NOT_DOING = "عدم"  # 'not doing' before a verbal noun, with its clitics (بعدم إرسال، وعدم الالتحاق)


def _demanded(context: Context, patterns: Patterns, i: int, prefix: int) -> bool:
    """Whether the trigger at token i is a verbal noun after ب (بإرسال، بـ«سحب) that a demand a few words before it in
    its clause asks for (طالب النائب عن مرزق بإرسال قوة، تطالب القاهرة منذ سنوات بخروج المرتزقة)."""
    tokens, normal = context.tokens, context.norm.text
    with_bi = tokens[i].text[:prefix].endswith("ب") or i and tokens[i - 1].text == "ب" and joined(normal, tokens, i - 1, i)
    if not with_bi and not (i and NOT_DOING in peeled_rests(tokens[i - 1].text)):  # طالبهم بالبقاء في بيوتهم وعدم الالتحاق:
        return False  # what they are asked not to do
    for k in range(i - 1, max(-1, i - 1 - DEMAND_REACH), -1):
        if (context.sentence_of[k] != context.sentence_of[i] or patterns.clause_openers.at(normal, tokens, k)
                or context.marked(k, k + 1)):
            return False  # نطالب بتعزيزات، وقد وعدتنا القيادة بإرسال سرية: the promise is another clause
        if not patterns.demands.isdisjoint(peeled_rests(tokens[k].text)):  # طالب، ونطالب، فطالبت
            return True
    return False


REDEPLOYS = ("deploy", "redeploy")  # the kinds that, after an 'again' word, make a redeployment
AGAIN_GAP = 14  # words from 'again' (أعادت) to the verbal noun with its pronoun it governs (تموضعها)


def _again_its_own(context: Context, patterns: Patterns, previous: Trigger, trigger: Trigger) -> bool:
    """Whether ``trigger`` is a verbal noun of deploying with its pronoun (تموضعها، انتشارهم) that 'again' before it
    governs in the same sentence, whatever stands between (where the force was stationed: وأعادت مجموعة مسلحة، كانت
    تتمركز في وادي عتبة، تموضعها داخل مرزق), with no clause break: one redeployment, not a withdrawal and a move."""
    tokens, normal = context.tokens, context.norm.text
    word = tokens[trigger.first].text[trigger.prefix:]
    if not (trigger.kind in REDEPLOYS and trigger.first == trigger.last
            and tokens[previous.first].text[previous.prefix:] in patterns.again_words
            and word in patterns.owned_forms
            and context.sentence_of[trigger.first] == context.sentence_of[previous.last]
            and trigger.first - previous.last <= AGAIN_GAP):
        return False  # يتجه، التوجه: a final ه of the word's own, no pronoun
    return not (any(break_at(context, patterns, k) for k in patterns.scope_breaks.between(previous.last + 1, trigger.first - 1))
                or clause_opens(context, patterns, previous.last + 1, trigger.first - 1) in ("clause", "time")  # بعد
                # أشهر من تمركزها
                or any(patterns.directions.ends_at(normal, tokens, k - 1)
                       for k in context.places_between(previous.last + 1, trigger.first - 1)))  # أعاد قواته من
    # الجفرة إلى بنغازي ... تمركزها: 'again' has a movement of its own


NOT_BEFORE_TIME = 3  # words of a time phrase between a trigger and what makes it none (تقدم منذ 2024 الدعم)


def _before_what_it_is_not(context: Context, patterns: Patterns, i: int, prefix: int) -> bool:
    """Whether a one-word trigger stands right before one of its not_before words (نشرت صوراً، تقدم الدعم), a time
    phrase or a year apart (وحدات روسية تقدم منذ 2024 الدعم العسكري), or a few words before one of its not_object
    words (أعادت وحدات من الجيش فتح البوابة)."""
    word = context.tokens[i].text[prefix:]
    if word not in patterns.not_object and word not in patterns.not_before:
        variant = _variant(patterns.triggers.index, word)  # ننشر بيان المجلس: 'we publish', as ينشر بيان
        word = variant[1] if variant is not None and variant[0] in FIRST_PERSON else word
    if word in patterns.not_object and _its_object_is_not(context, patterns, i, patterns.not_object[word]):
        return True
    words = patterns.not_before.get(word)
    if not words:
        return False
    tokens, normal = context.tokens, context.norm.text
    k = i + 1
    while k < min(len(tokens), i + 1 + NOT_BEFORE_TIME) and (tokens[k].text.isdigit()
                                                             or patterns.time_words.at(normal, tokens, k)):
        k += 1
    return k < len(tokens) and tokens[k].text in words


OBJECT_REACH = 8  # words from a trigger to the object that may make it none (its subject and a time between)


def _its_object_is_not(context: Context, patterns: Patterns, i: int, objects: frozenset[str]) -> bool:
    """Whether one of ``objects`` stands within OBJECT_REACH words after the trigger at token i, before any place, word
    of direction or clause opener: what is done again is no move (أعادت وحدات من الجيش، ظهر الاثنين، فتح البوابة)."""
    tokens, normal = context.tokens, context.norm.text
    for k in range(i + 1, min(len(tokens), i + 1 + OBJECT_REACH)):
        if k in context.placed or patterns.directions.at(normal, tokens, k) or patterns.clause_openers.at(normal, tokens, k):
            return False  # أعاد الجيش وحداته بعد السيطرة على الحقل إلى قاعدة الجفرة: past the move, another clause
        if tokens[k].text in objects:
            return True
    return False


def _denial_between(context: Context, patterns: Patterns, first: int, last: int) -> bool:
    """Whether a word of denial stands in first..last: what follows it is another statement."""
    normal, tokens = context.norm.text, context.tokens
    return any((cue := patterns.status.at(normal, tokens, k)) and cue[2][0] == "denied"
               for k in patterns.status.between(first, last))


LABEL_REACH = 6  # words a ticker's label may take before its item (عاجل |، الجانب الليبي:، - )
LABEL_MARKS = ":|"
VERBLESS_REACH = 4  # words from the force to the 'from' of its origin (رتل عسكري من سرت; تعزيزات أمنية كبيرة من)


def verbless_triggers(context: Context, patterns: Patterns, triggers: list[Trigger]) -> tuple[list[Trigger], set[int]]:
    """'عاجل | رتل عسكري من قاعدة الجفرة الجوية باتجاه سرت', '- تعزيزات عسكرية من مدنين إلى بن قردان': a ticker's
    or a headline's item with no verb, a force opening it (after a label) with where it comes from and where it goes.
    Only in a sentence with no trigger of its own; the force stands for the verb. Also a force seen on its way
    (``_seen_on_its_way``), whose movement counts only where it is bound: the first tokens of those are returned too."""
    normal, tokens = context.norm.text, context.tokens
    with_trigger = {context.sentence_of[t.first] for t in triggers}
    found, bound = [], set()
    for sentence in sorted({context.sentence_of[k] for k in context.place_tokens} - with_trigger):
        first, last = context.sentence_first[sentence], context.sentence_last[sentence]
        start, reach = first, min(last, first + LABEL_REACH)
        if any(mark in normal[tokens[first].end:tokens[reach].start] for mark in LABEL_MARKS):  # most have no label
            for k in range(first, reach):
                if any(mark in normal[tokens[k].end:tokens[k + 1].start] for mark in LABEL_MARKS):
                    start = k + 1  # عاجل | ...، مصادر ميدانية: ...
        match = patterns.forces.at(normal, tokens, start)
        item = None
        if match and not match[1]:  # not وتعزيزات: the item opens with the force itself
            n = match[0]
            origin = next((k for k in range(start + n, min(last, start + n + VERBLESS_REACH))
                           if tokens[k].text == ORIGIN_LINK and k + 1 in context.placed), None)
            after = context.mention_last[origin + 1] + 1 if origin is not None else last + 1
            toward = patterns.directions.at(normal, tokens, after) if after <= last else None
            if toward and after + toward[0] in context.placed:  # not قوات من مصراتة في سرت: where they are
                item = Trigger(start, start + n - 1, "deploy", False, False, 0)
        if item is None:
            item = _seen_on_its_way(context, patterns, first, last)
            if item is not None:
                bound.add(item.first)
        if item is not None:
            found.append(item)
    return found, bound


HEADING_REACH = 6  # words from a force to the participle of its way (رتل تعزيزات من عشرين شاحنة عسكرية قادماً من)


def _seen_on_its_way(context: Context, patterns: Patterns, first: int, last: int) -> Trigger | None:
    """'ورصدت الصور ذاتها رتل تعزيزات من عشرين شاحنة عسكرية قادماً من سرت، ... متجهاً إلى قاعدة الجفرة': in a sentence
    with no verb of movement, a force with a participle of travel a few words after it (قادماً، ومتجهة) and a place
    right after that participle's 'from' or 'to' moves, the force standing for the verb as in a ticker's item. Its
    movement counts only where it has a place it is bound for (not جماعات مسلحة قادمة من تشاد، سفينة قادمة من مرسين:
    who they are): see ``verbless_triggers``."""
    normal, tokens, heading = context.norm.text, context.tokens, patterns.heading_words
    for k in patterns.forces.between(first, last):
        match = patterns.forces.at(normal, tokens, k)
        if not match:
            continue
        for j in range(k + match[0], min(last - 1, k + match[0] + HEADING_REACH) + 1):
            word = tokens[j].text
            if word not in heading and not (word[:1] == "و" and word[1:] in heading):
                continue  # not a participle of travel (قادماً، ومتجهة)
            role = patterns.roles.at(normal, tokens, j + 1)
            if role and role[2] in ("origin", "destination") and not role[1] and j + 1 + role[0] in context.placed:
                return Trigger(k, k + match[0] - 1, "deploy", False, False, 0)
            break  # the first participle after the force is its way, or it is none
    return None


def _goes_on_with(context: Context, patterns: Patterns, previous: Trigger, trigger: Trigger) -> bool:
    """'للانسحاب من محيط مطار طرابلس وقصر بن غشير والعودة إلى الزنتان': a verbal noun of movement that needs a
    force, joined by و right after the places of the movement before it in its clause, and followed right away by
    where it goes, is that movement going on: the same force, the same movement, where it ends (a verb has a subject
    of its own: ستحشد قواتها في سبها وتتقدم نحو أم الأرانب is two movements)."""
    tokens, normal = context.tokens, context.norm.text
    if (trigger.needs_force != "near" or trigger.future or not tokens[trigger.first].text.startswith("وال")
            or trigger.last + 1 >= len(tokens)
            or context.sentence_of[previous.last] != context.sentence_of[trigger.first]
            or not context.places_between(previous.last + 1, trigger.first - 1)
            or context.marked(previous.last, trigger.first)):
        return False
    role = patterns.roles.at(normal, tokens, trigger.last + 1)
    return bool(role) and role[2] == "destination"


def _gap(context: Context, patterns: Patterns, previous: Trigger, i: int) -> int:
    """Words from the trigger before to the one at ``i``; before a manner (ستنقل خلال الأيام المقبلة سرية جواً) the
    words of a time phrase are not counted."""
    if context.tokens[i].text in patterns.manners:
        return words_between(context, patterns, previous.last, i)
    if (previous.first == previous.last and context.tokens[previous.first].text[previous.prefix:] in patterns.again_words
            and context.tokens[i].text[:1] != "و"):
        spans = context.actors_between(previous.last + 1, i - 1)
        if spans and spans[-1].last >= i - 2:  # أعادت كتيبة سبل السلام تموضع سريتين: the force's name right before
            return i - previous.last - sum(span.last - span.first for span in spans)  # the verb (an adjective
            # between: قيادة الناحية العسكرية الرابعة تموضع) counts as one word (not أعاد اللواء 444 قتال الهدوء وانتشر:
            # 'restored calm and deployed')
    return i - previous.last


ATTACK_REACH = 3  # words back from a position word to the attack it may be the target of


def _a_target(context: Context, patterns: Patterns, i: int, prefix: int) -> bool:
    """The trigger is a position word (تمركزاً) a few words after an attack in its sentence: what was hit."""
    if context.tokens[i].text[prefix:] not in patterns.position_nouns:
        return False
    sentence = context.sentence_of[i]
    return any(context.sentence_of[k] == sentence and any(rest in patterns.attacks for _, rest in peel(context.tokens[k].text))
               for k in range(max(0, i - ATTACK_REACH), i))


CARRIER_WORDS = 2  # words from a vehicle's trigger to the verb that says what it carries (طائرة نقل عسكرية ستقلّ)


def _carries_in_future(tokens: list[Token], last: int) -> bool:
    """Whether a verb of carrying in the future follows the trigger within CARRIER_WORDS (طائرة نقل عسكرية ستقلّ
    صباح الأربعاء سرية): the vehicle's move is to come."""
    return any(tokens[k].text[:1] == "س" and tokens[k].text[1:] in CARRIES
               for k in range(last + 1, min(len(tokens), last + 1 + CARRIER_WORDS)))


CARRIES = frozenset({"تقل", "يقل", "تقلان", "يقلان"})  # 'carries' on board (not تحمل, which also bears: سيحمل الأمن)


def _inside_not_trigger(patterns: Patterns, normal: str, tokens: list[Token], i: int) -> bool:
    """The trigger word ends a phrase that starts one word before it (رباعية الدفع: four-wheel drive)."""
    match = patterns.not_triggers.at(normal, tokens, i - 1) if i else None
    return bool(match) and match[0] >= 2


REPORT_REACH = 4  # words after نقل in which عن makes it 'reported, citing'


RELAY_REACH = 6  # words back from 'and relayed it' to the verb of publishing whose news it relays


def _relays_it(context: Context, patterns: Patterns, i: int) -> bool:
    """'حسبما نشرته صفحة «وازن الآن» ونقله المجلس البلدي': 'relayed it' (a word of ``patterns.relayed_it`` at ``i``), the news a
    verb of publishing or saying just before told, not 'moved it'."""
    words = context.norm.words
    return not patterns.speaker_verbs.isdisjoint(words[max(0, i - RELAY_REACH):i])


def cites_a_source(context: Context, patterns: Patterns, k: int) -> bool:
    """Whether token ``k`` is a verb of reporting that cites a source (ونقلت «الوسط» عن مصدر، نقلت وكالة الأناضول عن
    مصدر): not 'transported'."""
    match = patterns.reporting_verbs.at(context.norm.text, context.tokens, k)
    return bool(match) and _reports_speech(context, patterns, k + match[0])


def _reports_speech(context: Context, patterns: Patterns, after: int) -> bool:
    """'نقلت «الوسط» عن مصدر', 'نقلت مصادر محلية أن': عن or a source word within a few words, before any
    place (but a page's or a channel's name may hold one: نقلت صفحة بلدية الشاطئ عن آمر), cites a source."""
    outlet = after < len(context.tokens) and context.tokens[after].text in patterns.media  # نقلت صفحة بلدية الشاطئ عن
    for k in range(after, min(after + REPORT_REACH, len(context.tokens))):
        if k in context.placed and not outlet:
            return False
        if patterns.report_sources.at(context.norm.text, context.tokens, k):  # not after بحسب: نقل الجيش، بحسب
            return not (k > after and patterns.clause_openers.ends_at(  # مصادر أمنية، وحدات: an aside that names
                context.norm.text, context.tokens, k - 1) == "source")  # its source; it moved them
    return False


_TRIGGER_WORDS: dict[int, tuple[PhraseIndex, WordTest]] = {}  # the index is kept so that its id is not reused


def trigger_word_test(index: PhraseIndex) -> WordTest:
    """Whether a word may be a trigger: as written, or as one of its variants (see ``_variant``)."""
    if id(index) not in _TRIGGER_WORDS:
        test = WordTest(lambda word: index.opens(word) or _variant(index, word) is not None)
        _TRIGGER_WORDS[id(index)] = (index, test)
    return _TRIGGER_WORDS[id(index)][1]


WAY_AFTER = 6  # words a subject may take between 'went on' and 'its way' (واصلت ست من هذه الطائرات رحلتها)
PARTITIVE_POINTERS = frozenset({"هذه", "هذا", "تلك", "ذلك", "هؤلاء"})  # من هذه الطائرات: 'of these', within the subject


def _its_way_after_its_subject(patterns: Patterns, normal: str, tokens: list[Token], i: int):
    """(match, future) of 'went on its way' with its subject between the verb and 'its way' (واصلت ست من هذه
    الطائرات رحلتها نحو مطار باماكو، وسيواصل الرتل طريقه), or None. The subject names a force (وتواصل الحكومة طريقها
    نحو الانتخابات: no movement), in one clause: no punctuation, no word of direction or 'that' between (not قيادي تابع
    للواء 444 إلى أن طريقه), nor 'from' but in 'of these' (not القوات القادمة من مصراتة طريقها: its origin)."""
    going_on = next(((prefix, is_future_word(rest)) for prefix, rest in peel(tokens[i].text)
                     if (rest[1:] if is_future_word(rest) else rest) in patterns.continuations), None)
    if going_on is None:  # وسيواصل: و, then the future's س on يواصل
        return None
    prefix, future = going_on
    forced = False
    for j in range(i + 1, min(len(tokens), i + 2 + WAY_AFTER)):
        if not joined(normal, tokens, j - 1, j):
            return None  # واصلت القوات، في طريقها إلى ...: another clause
        text = tokens[j].text
        if text in patterns.ways:
            return ((j - i + 1, prefix, GOING_ON), future) if forced and j > i + 1 else None
        if (patterns.directions.at(normal, tokens, j) or text in patterns.that_words
                or text == ORIGIN_LINK and not (j + 1 < len(tokens) and tokens[j + 1].text in PARTITIVE_POINTERS)):
            return None
        forced = forced or (patterns.forces.at(normal, tokens, j) or patterns.modifiers.at(normal, tokens, j)) is not None
        # a force or its craft (هذه الطائرات)
    return None


def trigger_match(patterns: Patterns, normal: str, tokens: list[Token], i: int):
    """The match of a trigger at token i (see ``_trigger_at``), the future and plural forms included, or None."""
    return _trigger_at(patterns, normal, tokens, i)[0]


def _trigger_at(patterns: Patterns, normal: str, tokens: list[Token], i: int):
    """(match, future) for a trigger at token i: as written, after a future س, without a plural ending, or 'went on'
    with its subject before 'its way' (see ``_its_way_after_its_subject``)."""
    match = patterns.triggers.at(normal, tokens, i)
    if match:
        word = tokens[i].text[match[1]:]  # ستعود, listed as written: a future all the same (as سـ + تعود)
        return match, word[:1] == "س" and is_future_word(word) and word[1:] in patterns.triggers.index.starts
    if (way := _its_way_after_its_subject(patterns, normal, tokens, i)) is not None:
        return way
    index = patterns.triggers.index
    variant = _variant(index, tokens[i].text)
    if variant is None:
        return None, False
    how, rest = variant
    if how == "suffix":
        return (1, 0, index[(rest,)]), False
    if how in ("we", "and_we"):  # لن نتوغل: the speaker's own forces move; no force word is needed
        kind, needs_force = index[(rest,)]
        return (1, int(how == "and_we"), (kind, needs_force if _civilian_says(patterns, normal, tokens, i) else False)), False
    tail = tuple(t.text for t in tokens[i + 1:i + index.max_tokens])
    for n in range(len(tail) + 1, 0, -1):
        key = (rest, *tail[:n - 1])
        if key in index:
            kind, needs_force = index[key]
            own = how == "we_future" and not _civilian_says(patterns, normal, tokens, i)
            return (n, 0, (kind, False if own else needs_force)), True
    return None, False


SPEAKER_WORDS = 4  # words before a quote's opening mark that may name who says it (وقال أحد سكان قيرة: «)


def _civilian_says(patterns: Patterns, normal: str, tokens: list[Token], i: int) -> bool:
    """Whether the word at ``i`` stands in a quote that a civilian says (قال أحد سكان قيرة: «توّا نقدروا نطلعوا
    لبراك»): a first-person verb there is the speaker's own trip, which needs a force word like any other."""
    start = tokens[i].start
    opening = quote_opened(normal, start, normal.rfind("\n", 0, start) + 1)  # a quote opened on the trigger's line
    if opening < 0:
        return False
    k = i
    while k > 0 and tokens[k - 1].start > opening:
        k -= 1
    return any(tokens[j].text in patterns.civilian_speakers for j in range(max(0, k - 1 - SPEAKER_WORDS), k))


_VARIANTS: dict[tuple[int, str], tuple[str, str] | None] = {}
OBJECT_SUFFIXES = ("هما", "هم", "ها", "ه")  # what a first-person verb moves, as a suffix (نسحبها، سننقلهم)
FIRST_PERSON = ("we", "and_we", "we_future")  # the variants of a verb in the first person plural
AND_PREFIXES = ("و", "ف")  # 'and', 'then' on a first-person verb (ووصلنا، فدخلنا)


def _variant(index: PhraseIndex, word: str) -> tuple[str, str] | None:
    """How ``word`` may still be a trigger: ('future', the verb after س), ('suffix', the stem), or in the first
    person plural ('we', the third person's form: نتوغل → يتوغل, or the past's stem: دفعنا → دفع; 'we_future':
    سننسحب → ينسحب). Memoised."""
    key = (id(index), word)
    if key not in _VARIANTS:
        found = None
        for prefix in FUTURE_PREFIXES:
            rest = word[len(prefix):]
            if not (word.startswith(prefix) and rest[:1] in ("ي", "ت", "ن")):
                continue
            if rest in index.starts:
                found = ("future", rest)
                break
            third = next((form for form in ("ي" + rest[1:], "ت" + rest[1:]) if form in index.starts), None)
            if rest[:1] == "ن" and third:
                found = ("we_future", third)
                break
            stem = next((rest[:-len(suffix)] for suffix in DUAL_SUFFIXES
                         if rest.endswith(suffix) and (rest[:-len(suffix)],) in index), None)
            if stem is not None:  # سيزحفون: the future of يزحف with a plural ending
                found = ("future", stem)
                break
        if found is None and word.endswith("نا") and len(word) >= 5 and (word[:-2],) in index:
            found = ("we", word[:-2])  # دفعنا بكتيبتين، أرسلنا بحراً: the past of the first person plural
        elif found is None and word.endswith("نا") and word[:1] in AND_PREFIXES and len(word) >= 6 and (word[1:-2],) in index:
            found = ("and_we", word[1:-2])  # ووصلنا أبو قرين قبل المغرب: the same after 'and'
        if found is None:
            for suffix in DUAL_SUFFIXES if word[:1] in PRESENT_PREFIXES else VERB_SUFFIXES:
                stem = word[:-len(suffix)]
                if word.endswith(suffix) and len(stem) >= 3 and (stem,) in index:
                    found = ("suffix", stem)
                    break
        if found is None and word[:1] == "ن" and len(word) >= 4:
            stems = [word[1:]] + [word[1:-len(end)] for end in OBJECT_SUFFIXES
                                  if word.endswith(end) and len(word) - len(end) >= 4]
            found = next((("we", person + stem) for stem in stems for person in ("ي", "ت") if (person + stem,) in index), None)
            # ننسحب → ينسحب; لن نسحبها من تازربو → يسحب (with what it moves as a suffix)
        _VARIANTS[key] = found
    return _VARIANTS[key]
