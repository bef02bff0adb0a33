"""What the whole article does to the movements found in it: corrections (والصحيح أن), claims
denied later, the same movement told again in other words or in the headline, and the army of a neighbour
whose own press names it.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from components.actors import ORIGIN_LINK, PLACE_LINK, ActorLexicon, own_forces
from components.dates import load_cues
from components.geocode import distance_km, opens_dateline
from components.movement_chains import RETOLD_AFTER, circulated_claim, force_named_again, retold, with_details
from components.movement_context import (
    TOWN_KINDS,
    Context,
    bounds_of_sentence,
    countries_of,
    place_key,
    seat_of,
    token_at,
    told_with,
)
from components.movement_patterns import Patterns
from components.movement_roles import countries_of_border
from components.movement_status import denial_points_back
from components.records import Actor, Mention, Movement
from components.text import name_key, normalise_word

DATELINE_REACH = 400  # characters from the top where an article's dateline stands
FACING_TOWN_KM = 30.0  # a town this near the one a headline names is where the body says the same kind of move went
TOWN_FACILITY_KM = 40.0  # a base or an airport this near a town a headline names is where the body says it went
FACILITY_KINDS = frozenset({"base", "airport", "crossing", "oilfield"})  # places that stand by a town
DISTRICT_REACH_KM = 250.0  # a place this close to a district's point (districts are vast) is in what a headline names


def retellings_merged(context: Context, patterns: Patterns, movements: list[Movement]) -> list[Movement]:
    """'دفعت القيادة العامة بوحدات إلى سبها وغات وأوباري. وأوضح ... أن الأرتال انطلقت من قاعدة الجفرة ... ثم
    توزعت: السرية الأولى بغات، والثانية بأوباري': a movement the next sentence tells again in detail is one."""
    merged: list[Movement] = []
    for movement in movements:
        if merged and _lands(context, patterns, merged[-1], movement):
            last = merged.pop()
            movement = replace(last, destinations=movement.destinations, via=last.via + movement.via,
                               actor=last.actor or movement.actor)
        elif merged and retold(context, patterns, merged[-1], movement):
            movement = replace(with_details(merged.pop(), movement), status=movement.status)  # an order, carried out
        elif any(_told_over(context, patterns, earlier, movement) or _lands_again(context, patterns, earlier, movement)
                 for earlier in merged):
            continue  # وصل رتل إلى الجغبوب ... «وصول الرتل إلى الجغبوب سبقه نقل سرية»: the column's arrival, told over
        merged.append(movement)
    return merged


def _lands(context: Context, patterns: Patterns, last: Movement, movement: Movement) -> bool:
    """'دفعت القيادة العامة بتعزيزات إلى الجنوب عبر جسر جوي من قاعدة بنينا الجوية. ونقلت مصادر أن ثلاث طائرات شحن
    هبطت في مطار سبها': an airlift told as setting out, with nowhere to go yet, and the airlift that lands in the very
    next sentence (see ``_landing_next``) are one airlift."""
    return not last.destinations and bool(last.origins) and _landing_next(context, patterns, last, movement)


def _lands_again(context: Context, patterns: Patterns, earlier: Movement, movement: Movement) -> bool:
    """'نقلت طائرات شحن عسكرية جنوداً من قاعدة بنينا الجوية إلى قاعدة الجفرة الجوية. وقال المصدر إن «ثلاث رحلات هبطت
    في الجفرة»': an airlift that lands in the next sentence (see ``_landing_next``) where the airlift before it went
    (the same spot) is that airlift told over; not after a headline's airlift that names no origin (جسر جوي إلى
    سبها), which the body tells in full."""
    return (bool(earlier.destinations) and bool(earlier.origins) and _landing_next(context, patterns, earlier, movement)
            and all(any(_same_spot(mine, theirs) for theirs in earlier.destinations) for mine in movement.destinations))


def _landing_next(context: Context, patterns: Patterns, earlier: Movement, movement: Movement) -> bool:
    """Whether ``movement`` is an airlift told with a verb of landing (طائرات شحن هبطت), from nowhere it names to a
    place, in the sentence right after the airlift ``earlier``, with its status and by its force or one not named."""
    return (earlier.kind == "airlift" and movement.kind == "airlift" and not movement.origins
            and bool(movement.destinations) and movement.status == earlier.status
            and earlier.trigger is not None and told_with(context, movement, patterns.landings)
            and not (movement.actor is not None and earlier.actor is not None and movement.actor.name != earlier.actor.name)
            and _sentences_apart(context, earlier, movement) == 1)


def _sentences_apart(context: Context, earlier: Movement, later: Movement) -> int:
    """How many sentences after ``earlier``'s trigger ``later``'s stands (both have a trigger)."""
    return (context.sentence_of[token_at(context.norm, later.trigger.start)]
            - context.sentence_of[token_at(context.norm, earlier.trigger.start)])


def _told_over(context: Context, patterns: Patterns, earlier: Movement, movement: Movement) -> bool:
    """Whether a later sentence tells an earlier movement over and adds nothing: the force named again (الرتل،
    القوة) with the trigger, no origin and no way of its own, the same status and only places the earlier one went to."""
    if (movement.origins or movement.via or not movement.destinations or movement.trigger is None
            or movement.status != earlier.status or movement.evidence == earlier.evidence
            or "\n" not in context.text[:earlier.evidence.start]):  # not a headline's: the body tells it (see
        return False  # without_headline_repeats)
    if not {place_key(m) for m in movement.destinations} <= {place_key(m) for m in earlier.destinations}:
        return False
    first = token_at(context.norm, movement.trigger.start)
    last = min(len(context.tokens) - 1, first + RETOLD_AFTER)
    return force_named_again(context, patterns, first, last, whole=True)  # وصول الرتل إلى: its subject


def corrections_applied(context: Context, patterns: Patterns, movements: list[Movement]) -> list[Movement]:
    """'ذكرنا في تدوينة الساعة 11:20 أن القوات النيجرية انسحبت إلى أغاديس، والصحيح أنها انسحبت إلى ديركو': a correction
    is no movement of its own. The places it says were wrong (before والصحيح) that an earlier movement holds in the
    same role give way there to the places it says are right; a correction of nothing told before (the article was
    already amended: كما هو مثبت أعلاه) is a movement to its right places only if none told before holds them."""
    kept: list[Movement] = []
    corrections: dict[int, list[Movement]] = {}  # the token where what is right starts → the sentence's movements
    for movement in _right_first_applied(context, patterns, movements):
        right_from = _correction_at(context, patterns, movement)
        if right_from is None:
            kept.append(movement)
        else:
            corrections.setdefault(right_from, []).append(movement)
    for right_from, told in corrections.items():
        wrong: dict[str, list[Mention]] = {"origins": [], "destinations": []}
        right: dict[str, list[Mention]] = {"origins": [], "destinations": []}
        for movement in told:
            for role in wrong:
                for mention in getattr(movement, role):
                    (wrong if token_at(context.norm, mention.start) < right_from else right)[role].append(mention)
        wrong_keys = {role: {place_key(m) for m in places} for role, places in wrong.items()}
        shared = [(sum(bool(wrong_keys[role] & {place_key(m) for m in getattr(kept[k], role)}) for role in wrong), k)
                  for k in range(len(kept)) if kept[k].evidence.start < told[0].evidence.start]
        best = max(shared, default=(0, None))  # the move that holds the most of the wrong places, the latest of them
        earlier = best[1] if best[0] else None  # (نُقلت من المرج إلى توكرة: the move from Marj to Tocra, not another
        # from Marj)
        before = None if earlier is not None or wrong["origins"] or wrong["destinations"] else _told_just_before(
            context, kept, told[0], right_from)
        if before is not None:  # ذكرت النسخة الأولى أن رتلاً وصل إلى غات قادماً من سبها. والصحيح ... أن الرتل بلغ
            kept[before] = replace(told[-1], origins=tuple(right["origins"]) or kept[before].origins,  # اوباري: the
                                   destinations=tuple(right["destinations"]) or kept[before].destinations)  # move
            # told before, as the correction says it went; what the correction does not say stays as it was told
        elif earlier is not None:
            kept[earlier] = _with_right_places(kept[earlier], wrong_keys, right)
        elif (right["origins"] or right["destinations"]) and not any(
                all({place_key(m) for m in right[role]} <= {place_key(m) for m in getattr(other, role)}
                    for role in right if right[role]) for other in kept):  # one told before has them all
            kept.append(replace(told[-1], origins=tuple(right["origins"]), destinations=tuple(right["destinations"])))
    return sorted(kept, key=lambda m: m.evidence.start) if corrections else kept


def _told_just_before(context: Context, kept: list[Movement], told: Movement, right_from: int) -> int | None:
    """The index in ``kept`` of the last movement told in the sentence right before a correction that opens its
    own sentence at token ``right_from`` and names nothing it says was wrong (والصحيح، بحسب مصدر، أن الرتل بلغ
    اوباري): what the sentence before reported is what it corrects."""
    s_first = bounds_of_sentence(context, right_from)[0]
    last = max((k for k, m in enumerate(kept) if m.evidence.start < told.evidence.start), default=None)
    if right_from != s_first or last is None or kept[last].trigger is None:
        return None
    sentence = context.sentence_of[token_at(context.norm, kept[last].trigger.start)]
    return last if sentence == context.sentence_of[s_first] - 1 else None


def _right_first_applied(context: Context, patterns: Patterns, movements: list[Movement]) -> list[Movement]:
    """'تصحيح: القوة انسحبت نحو زوارة وليس نحو العجيلات كما ورد خطأً': a correction (a word of correcting in its
    sentence) that says what is right first and what was wrong after 'and not' (وليس نحو، وليس في: where it went;
    وليس من: where from). The movement told before that holds a wrong place in that role takes the right places instead, and
    the correction is no movement of its own; one that corrects nothing told is kept."""
    kept: list[Movement] = []
    for movement in movements:
        wrong = _wrong_after_not(context, patterns, movement)
        if wrong is not None:
            role, keys, names = wrong
            earlier = next((k for k in range(len(kept) - 1, -1, -1)
                            if any(_named_wrong(m, keys, names) for m in getattr(kept[k], role))), None)
            places = [m for m in getattr(movement, role) if place_key(m) not in keys]  # not what 'not' names
            right = {place_key(m) for m in places}
            if earlier is not None and right:
                other = "origins" if role == "destinations" else "destinations"
                held = {place_key(m) for m in getattr(kept[earlier], role) if _named_wrong(m, keys, names)}
                kept[earlier] = _with_right_places(kept[earlier], {role: keys | held, other: set()},
                                                   {role: places, other: []})
                continue
            if right and any(right <= {place_key(m) for m in getattr(told, role)} for told in kept):
                continue  # the movement told before already holds the right place: the correction adds nothing
        kept.append(movement)
    return kept


CORRECTED_REACH = 3  # words after 'and not' (وليس) and its direction to the place it says was wrong


def _named_wrong(mention: Mention, keys: set[str], names: set[str]) -> bool:
    """Whether a place told before is one a correction says was wrong: the same place, or one whose name holds the
    wrong name (لا في الجفرة: قاعدة الجفرة الجوية, as told before)."""
    return place_key(mention) in keys or any(name in mention.text for name in names)


def _wrong_after_not(context: Context, patterns: Patterns, movement: Movement) -> tuple[str, set[str], set[str]] | None:
    """(the role, the keys and the names of the places) a correction in the movement's sentence says were wrong,
    after وليس."""
    if movement.trigger is None:
        return None
    tokens, normal = context.tokens, context.norm.text
    trigger = token_at(context.norm, movement.trigger.start)
    s_first, s_last = bounds_of_sentence(context, trigger)
    if patterns.correction_marks.isdisjoint(context.norm.words[s_first:s_last + 1]):
        return None  # most sentences correct nothing
    for k in range(trigger + 1, s_last):
        if tokens[k].text not in patterns.correction_nots:
            continue
        if patterns.from_there.at(normal, tokens, k + 1):  # ومرّ بسبها من دون أن يتوقف فيها، وليس منها: 'from it'
            # is from the place named last before
            before = context.places_between(trigger + 1, k - 1)
            return ("origins", {place_key(context.placed[before[-1]])}, {context.placed[before[-1]].text}) if before else None
        role = "origins" if tokens[k + 1].text == ORIGIN_LINK else (
            "destinations" if tokens[k + 1].text == PLACE_LINK or patterns.directions.at(normal, tokens, k + 1) else None)
        places = [context.placed[j] for j in context.places_between(k + 1, min(s_last, k + 1 + CORRECTED_REACH))]
        if role is None or not places:
            return None
        return role, {place_key(m) for m in places}, {m.text for m in places}
    return None


def _correction_at(context: Context, patterns: Patterns, movement: Movement) -> int | None:
    """The token where a correction says what is right (والصحيح أنها), in the movement's sentence."""
    if movement.trigger is None:
        return None
    s_first, s_last = bounds_of_sentence(context, token_at(context.norm, movement.trigger.start))
    return next((k for k in patterns.corrections.between(s_first, s_last)
                 if patterns.corrections.at(context.norm.text, context.tokens, k)), None)


def _with_right_places(movement: Movement, wrong: dict[str, set[str]], right: dict[str, list[Mention]]) -> Movement:
    """``movement`` with its wrong places in each role given way to the right ones (the right first)."""
    for role, places in right.items():
        if wrong[role] and places:
            keys = {place_key(m) for m in places}
            held = tuple(m for m in getattr(movement, role) if place_key(m) not in wrong[role] | keys)
            movement = replace(movement, **{role: tuple(places) + held})
    return movement


def fact_check_verdicts(context: Context, patterns: Patterns, movements: list[Movement]) -> list[Movement]:
    """A fact-check's claim line (الادعاء: انسحاب وحدات القيادة العامة من سبها نحو إدري) under a false verdict (الحكم:
    مضلل) is denied: its movements are the claim the article checked and found false."""
    normal, tokens = context.norm.text, context.tokens
    if ":" not in normal or not any(label in normal for label in patterns.claim_labels):
        return movements  # most articles: no word of the search below
    claims: list[tuple[int, int]] = []  # original offsets of the claim lines
    found_false = False
    for k, token in enumerate(tokens):
        claim = token.text in patterns.claim_labels
        if not claim and token.text not in patterns.verdict_labels:
            continue
        line_start = normal.rfind("\n", 0, token.start) + 1
        if normal[line_start:token.start].strip() or not normal[token.end:token.end + 3].lstrip().startswith(":"):
            continue  # a label opens its line and a colon follows it
        line_end = normal.find("\n", token.end)
        line_end = len(normal) if line_end < 0 else line_end
        if claim:
            claims.append((context.norm.offsets[token.start], context.norm.offsets[line_end - 1] + 1))
        else:
            found_false = found_false or _false_verdict(patterns, tokens, k + 1, line_end)
    if not claims or not found_false:
        return movements
    return [replace(m, status="denied") if m.status == "reported" and any(
        first <= (m.trigger or m.evidence).start < last for first, last in claims) else m for m in movements]


def _false_verdict(patterns: Patterns, tokens, first: int, line_end: int) -> bool:
    """Whether a word of a false verdict (مضلل، زائف) stands from token ``first`` to the end of its line; not one
    that only part of the claim is false (مضلل جزئياً)."""
    k = first
    while k < len(tokens) and tokens[k].start < line_end:
        if tokens[k].text in patterns.false_verdicts and not (
                k + 1 < len(tokens) and tokens[k + 1].start < line_end and tokens[k + 1].text in patterns.partly_words):
            return True
        k += 1
    return False


def claims_denied_later(context: Context, patterns: Patterns, movements: list[Movement]) -> list[Movement]:
    """A movement told as a claim passed around (تداول ناشطون مقطعاً ... وادّعوا أنه يُظهر «قوات روسية تدخل اوباري») that a later
    sentence denies, naming one of its places or its force and no other (ونفى عضو في المجلس البلدي بزوارة وصول أي قطعة
    عسكرية إلى الميناء), is denied: the article's last word on it. A denial that names other places or another force
    (نفت القيادة العامة «أي وجود لعناصر تشادية» في أم الأرانب, after pages showed another force massing there)
    answers another claim."""
    denials: list[tuple[int, list[Mention], set[str], set[str]]] | None = None
    told: list[Movement] = []
    answered: list[tuple[int, set[str]]] = []  # (first token of the denial sentence, the claim's places)
    headlines: list[tuple[int, int]] | None = None  # the article's headline lines, once a question needs them
    for movement in movements:
        claim_last = circulated_claim(context, patterns, movement)
        if claim_last is None and movement.status == "reported" and _in_a_question(context, movement):
            headlines = _headline_lines(context.text, patterns.bulletins) if headlines is None else headlines
            claim_last = _asked(context, movement, headlines)
        if claim_last is not None:
            denials = _denial_sentences(context, patterns) if denials is None else denials
            keys = _place_keys(movement)
            spots = movement.origins + movement.destinations + movement.via
            name = movement.actor.name if movement.actor is not None else None
            sentence = context.sentence_of
            denial = next((first for first, places, names, any_names in denials
                           if first > claim_last and (places or names)
                           and (not places or any(_same_site(mine, theirs) for mine in spots for theirs in places))
                           and (not names or name in names or _same_nation(context.actor_lexicon, name, any_names))
                           or first > claim_last and not places and not names
                           and sentence[first] - sentence[claim_last] <= BARE_DENIAL_SENTENCES),
                          None)
            if denial is None:
                denial = _denied_retelling(context, movement, movements, claim_last, keys)
            if denial is not None:
                movement = replace(movement, status="denied")
                answered.append((denial, keys))
        told.append(movement)
    if not answered:
        return told
    return [m for m in told if not any(_denies_again(context, m, first, keys) for first, keys in answered)]


def _asked(context: Context, movement: Movement, headlines: list[tuple[int, int]]) -> int | None:
    """The last token of the sentence of a reported movement a question tells (ولماذا لا نتحدث عن المدرعات المصرية
    التي عبرت منفذ امساعد؟، س: هناك من يقول إن قوة منكم دخلت بني وليد): a claim put to the other side, as one passed
    around, which a denial answering it makes denied. Not a headline's (``headlines``: مقاتلون سوريون يُنقلون من بنغازي
    إلى الكفرة.. ووجهتهم السودان؟): the body tells it."""
    if movement.trigger is None or any(start <= movement.evidence.start < end for start, end in headlines):
        return None
    return bounds_of_sentence(context, token_at(context.norm, movement.trigger.start))[1]


def _denied_retelling(context: Context, claim: Movement, movements: list[Movement], claim_last: int,
                      keys: set[str]) -> int | None:
    """'مع ادعاء أن «الجيش المصري ... انتشر في امساعد». ... الخلاصة: ... ولم يثبت دخول أي قوات مصرية إلى امساعد': a
    later sentence that tells the claim again as denied (going nowhere else, by its force or one of its nation)
    answers it: the first token of that sentence, or None."""
    name = claim.actor.name if claim.actor is not None else None
    for later in movements:
        if (later.status != "denied" or later.trigger is None or not later.destinations or later.origins
                or not _place_keys(later) <= keys):
            continue
        trigger = token_at(context.norm, later.trigger.start)
        other = later.actor.name if later.actor is not None else None
        if trigger > claim_last and (other == name or _same_nation(context.actor_lexicon, name, {other})):
            return bounds_of_sentence(context, trigger)[0]
    return None


CONFIRMED_SENTENCES = 3  # how far on the answer to a claim passed around may tell it again as reported


def claims_confirmed_later(context: Context, patterns: Patterns, movements: list[Movement]) -> list[Movement]:
    """'تداولت صفحات ... صوراً لرتل يتجه من الجفرة نحو سرت. ما حقيقة هذه الصور؟ - الصور صحيحة. الكتيبة 166 مشاة تحركت
    فجر السبت من قاعدة الجفرة الجوية ووصلت إلى سرت': a claim passed around that one of the next sentences tells again
    as reported, of the same kind, going at least where the claim went and setting out where it did (or from a base or
    an airport by that town), by the same force or one not named, is that movement told in full: the claim is not a
    second one."""
    claims = [k for k, movement in enumerate(movements)
              if movement.destinations and circulated_claim(context, patterns, movement) is not None]
    if not claims:
        return movements
    confirmed = {k for k in claims if any(_tells_again(context, movements[k], later) for later in movements[k + 1:])}
    return [movement for k, movement in enumerate(movements) if k not in confirmed]


def questions_answered(context: Context, movements: list[Movement]) -> list[Movement]:
    """'● يقال إنكم تستعدون للتقدم نحو ترهونة؟ - لن نتقدم من القربولي نحو ترهونة إلا إذا ...': a movement an
    interviewer's question puts (its sentence ends with a question mark) that the answer, the very next sentence,
    tells again going where the question said, by the same force or one not named, is that movement: the answer's
    words (its status, its origin) stand, the question is not a second one; where the answer names no origin, the
    question's is the movement's."""
    if not any(mark in context.text for mark in (*QUESTION_MARKS, *INTERVIEWER_MARKS)):
        return movements  # most articles ask nothing
    asked = [k for k, movement in enumerate(movements)
             if movement.trigger is not None and (movement.destinations or movement.origins)
             and _in_a_question(context, movement)]
    if not asked:
        return movements
    found = list(movements)
    answered = set()
    for k in asked:
        j = next((j for j in range(k + 1, len(found)) if _answers(context, found[k], found[j])), None)
        if j is not None:
            answered.add(k)
            if not found[j].origins and found[k].origins and found[j].destinations:  # لم يدخل أي رتل إلى الشويرف,
                found[j] = replace(found[j], origins=found[k].origins)  # answering a column said to come from Brak
    return [movement for k, movement in enumerate(found) if k not in answered]


QUESTION_MARKS = ("؟", "?")
INTERVIEWER_MARKS = ("س:", "س :", "س-", "سؤال:")  # what opens an interviewer's line (س: ... ج: ...); a bullet (■ •)
# opens a digest's items as well, and marks a question only on a line that ends with one


def _in_a_question(context: Context, movement: Movement) -> bool:
    """Whether ``movement``'s sentence ends with a question mark, or it stands in an interviewer's line: one that
    ends with a question mark or opens with the mark of a question (س: هناك من يقول إن قوة منكم دخلت بني وليد.
    * يتردد أنكم ستسحبون الكتيبة المنتشرة في تازربو. هل هذا صحيح؟)."""
    if movement.evidence.text.rstrip(" »\"").endswith(QUESTION_MARKS):
        return True
    first, last = _line_of(context.text, movement.evidence.start)
    line = context.text[first:last].strip()
    return line.endswith(QUESTION_MARKS) or line.startswith(INTERVIEWER_MARKS)


def _line_of(text: str, position: int) -> tuple[int, int]:
    """Where the line (a paragraph) that holds ``position`` starts and ends."""
    end = text.find("\n", position)
    return text.rfind("\n", 0, position) + 1, len(text) if end < 0 else end


def _in_the_next_line(text: str, earlier: int, later: int) -> bool:
    """Whether ``later`` stands in the first line with words after the line of ``earlier`` (the answer's)."""
    end = _line_of(text, earlier)[1]
    start = len(text) - len(text[end:].lstrip())
    return start <= later < _line_of(text, start)[1] if start < len(text) else False


def _answers(context: Context, question: Movement, later: Movement) -> bool:
    """Whether ``later``, in the sentence after ``question``'s or (of the same kind) in the answer's line, tells the
    move the question asked about: going where it went (or, if it named only where from, setting out from there)."""
    if (later.trigger is None
            or _sentences_apart(context, question, later) != 1
            and not (later.kind == question.kind
                     and _in_the_next_line(context.text, question.evidence.start, later.evidence.start))
            or question.actor is not None and later.actor is not None and question.actor.name != later.actor.name
            and question.actor.text and question.actor.text in question.evidence.text):  # a force the question names;
        return False  # not one carried over from the speaker before it (المذيع: وماذا عن الرتل الذي قيل إنه خرج من براك؟)
    if not question.destinations:
        return all(any(_same_spot(mine, theirs) for theirs in later.origins) for mine in question.origins)
    return all(any(_same_spot(mine, theirs) for theirs in later.destinations) for mine in question.destinations)


def _tells_again(context: Context, claim: Movement, later: Movement) -> bool:
    """Whether ``later``, reported in one of the CONFIRMED_SENTENCES after ``claim``'s, is the claim told in full."""
    if (later.status != "reported" or later.kind != claim.kind or later.trigger is None or claim.trigger is None
            or claim.actor is not None and later.actor is not None and claim.actor.name != later.actor.name):
        return False
    if not 0 < _sentences_apart(context, claim, later) <= CONFIRMED_SENTENCES:
        return False
    return (all(any(_same_spot(mine, theirs) for theirs in later.destinations) for mine in claim.destinations)
            and all(any(_same_spot(mine, theirs) for theirs in later.origins) for mine in claim.origins))


def _same_spot(one: Mention, other: Mention) -> bool:
    """Whether two places name the same spot as news tells it again: the same place, a base or an airport and the
    town it stands by, an air base and the airport it shares a runway with, or a district and a place in it
    (الجفرة and قاعدة الجفرة الجوية)."""
    if place_key(one) == place_key(other):
        return True
    a, b = one.place, other.place
    if a is None or b is None:
        return False
    if a.kind == "district" or b.kind == "district":
        return a.kind != b.kind and distance_km(a, b) <= DISTRICT_REACH_KM
    if a.kind in AIRFIELDS and b.kind in AIRFIELDS:
        return distance_km(a, b) <= SAME_AIRFIELD_KM
    return _facility_by_town(one, other) is not None


def _facility_by_town(one: Mention, other: Mention) -> tuple[Mention, Mention] | None:
    """(facility, town) when one of two placed mentions is a base, port or airport and the other a town it stands by,
    else None."""
    a, b = one.place, other.place
    if (a.kind in FACILITY_KINDS) == (b.kind in FACILITY_KINDS) or not (a.kind in TOWN_KINDS or b.kind in TOWN_KINDS) \
            or distance_km(a, b) > TOWN_FACILITY_KM:
        return None
    return (one, other) if a.kind in FACILITY_KINDS else (other, one)


def _same_site(one: Mention, other: Mention) -> bool:
    """Whether two places are one, or a port, base or airport and the town it is named after and stands by (ميناء
    زوارة and زوارة): not a district and the places in it, nor a refinery and another town near it."""
    if place_key(one) == place_key(other):
        return True
    if one.place is None or other.place is None:
        return False
    pair = _facility_by_town(one, other)
    return pair is not None and set(name_key(pair[1].text)) <= set(name_key(pair[0].text))


def _same_nation(lexicon: ActorLexicon, name: str | None, names: set[str]) -> bool:
    """Whether the claim's force is of the nation of a force the denial names as 'any' of it (the Rapid Support
    Forces, a Sudanese armed group, and «لا صحة لدخول أي قوة سودانية»), or of any foreign nation when 'any foreign
    force' is denied (Chadian rebels, and نفى الجيش رصد «أي رتل أجنبي»)."""
    nations = [(country, pair) for country, pair in lexicon.by_country.items() if name in pair]
    if lexicon.foreign_forces in names and any(country != lexicon.home_country for country, _ in nations):
        return True
    return any(other in pair for _, pair in nations for other in names)


def _denies_again(context: Context, movement: Movement, first: int, keys: set[str]) -> bool:
    """Whether a denied movement of the denial sentence that answered a claim (starting at token ``first``) is
    that claim told again: no place the claim did not have (لا صحة لدخول أي قوة سودانية إلى الكفرة)."""
    if movement.status != "denied" or movement.trigger is None:
        return False
    trigger = token_at(context.norm, movement.trigger.start)
    places = _place_keys(movement)
    return (bounds_of_sentence(context, trigger)[0] == first and bool(movement.destinations) and not movement.origins
            and places <= keys)  # not «لم تتحرك شبراً من الشويرف»: where the force is said to have stayed


DENIALS = (("denied", "before"), ("denied", "sentence"), ("denied", "anaphoric"))  # نفى ...، لا صحة، هذا غير صحيح:
# the cues that deny in a sentence


def _denial_sentences(context: Context, patterns: Patterns) -> list[tuple[int, list[Mention], set[str], set[str]]]:
    """(first token, places, actor names, the names of those said as 'any' of them: أي قوة سودانية) of each
    sentence with a denial in it (نفى، لا صحة). A denial that points back (نفى عضو المجلس البلدي أوباري هذه الأنباء)
    names no place or force of what it denies: its speaker's are not counted."""
    found = []
    normal, tokens = context.norm.text, context.tokens
    for sentence, first in context.sentence_first.items():
        last = context.sentence_last[sentence]
        k, cue = next(((k, cue) for k in patterns.status.between(first, last)
                       if (cue := patterns.status.at(normal, tokens, k)) and cue[2] in DENIALS), (None, None))
        if cue is None:
            continue  # the sentence's first denial of either kind, or none
        if denial_points_back(context, patterns, k, cue, last):
            found.append((first, [], set(), set()))
            continue
        last = next((j - 1 for j in range(k + 1, last + 1) if tokens[j].text in patterns.denier_adds), last)  # not what the
        # denier adds (، مضيفة أن «جهات تنظر ... لإرباك الوضع على الحدود مع تونس»): its places are not the claim's
        cut = k > first + 1 and tokens[k].text[:1] == "و" and context.comma_after(k - 1) and any(
            patterns.triggers.at(normal, tokens, j) for j in range(first, k))
        if cut:
            first = k  # الرتل حقيقي ووصل إلى القطرون، ولا دليل على العبور المزعوم: the clause before tells a move that
            # did happen (not أكد مصدر في أم الأرانب أن الوضع هادئ، ولا صحة لدخول أي رتل: the speaker's town)
        places = [mention for k in context.places_between(first, last)  # مسؤول في بلدية غات: Ghat too
                  for mention in (context.placed[k], seat_of(context.placed[k], TOWN_KINDS))]
        spans = [span for span in context.actors_between(first, last)
                 if span.actor.name and not _speakers_body(context, patterns, span, first)]
        names = {span.actor.name for span in spans}
        any_words = context.actor_lexicon.any_words
        any_names = {span.actor.name for span in spans if span.first and tokens[span.first - 1].text in any_words}
        if cut and not places and not names:
            continue  # and the denial after it names nothing: what it denies is not told here
        found.append((first, places, names, any_names))
    return found


SPEAKER_BODY_REACH = 3  # words from a source (مصدر، الناطق باسم) to the body it speaks for (مصدر عسكري في القيادة العامة)


def _speakers_body(context: Context, patterns: Patterns, span, first: int) -> bool:
    """Whether the force at ``span`` is the body a source speaks for (نفى مصدر عسكري في القيادة العامة دخول أي رتل):
    who denies, not the force said not to have moved."""
    return any((source := patterns.sources.at(context.norm.text, context.tokens, k)) and source[2][1]  # a source's
               for k in range(max(first, span.first - SPEAKER_BODY_REACH), span.first))  # name, not a verb of saying


BARE_DENIAL_SENTENCES = 2  # a denial naming nothing ('هذا غير صحيح') answers a claim this near before it (a
# question between: نشرت قناة «ليبيا الأحرار» أن قواتكم انسحبت من مجمع مليتة. ما صحة ذلك؟ ج: هذا غير صحيح)


def dateline_country(text: str, mentions: list[Mention]) -> str | None:
    """The country of the article's dateline (تونس – موزاييك), the same test the geocoder votes with."""
    for mention in mentions:
        if mention.start > DATELINE_REACH:
            break
        if mention.place is not None and opens_dateline(text, mention.start, mention.end):
            return mention.place.country
    return None


def with_home_army(text: str, words: list[str], lexicon: ActorLexicon, movements: list[Movement],
                   home: str | None) -> list[Movement]:
    """In an article datelined in a neighbour that names the LNA nowhere in its own words (الجيش الوطني الليبي،
    «الجيش الوطني» الليبي، القيادة العامة، حفتر), 'the army' (الجيش الوطني) is that country's, not the LNA."""
    army = lexicon.by_country.get(home, ("", ""))[0] if home and home != "LY" else ""
    phrases = lexicon.home_army_phrases if home in lexicon.national_army_countries else (
        lexicon.home_army_phrases - lexicon.national_army_phrases)  # Cairo's press calls no army of its own الجيش الوطني
    if not army or any(m.actor is not None and m.actor.name == lexicon.home_army
                       and name_key(m.actor.text) not in phrases for m in movements):
        return movements  # القاهرة – «الشرق الأوسط» over a story that names the LNA: الجيش is still the LNA
    if lexicon.quoted_home_army is not None and lexicon.quoted_home_army.search(text):
        return movements  # مسؤول في «الجيش الوطني» الليبي: the LNA named, its nisba after the quote
    normal = f" {' '.join(words)} "  # the article's words, normalised
    if any(f" {name} " in normal for name in lexicon.home_army_names):
        return movements  # ما دفع الجيش الوطني الليبي إلى نقل تعزيزاته: the LNA named in a sentence that moves nothing
    return [replace(m, actor=Actor(m.actor.text, army))
            if m.actor is not None and (not m.actor.name or m.actor.name in lexicon.libyan_sides)  # the LNA, the side
            and name_key(m.actor.text) in phrases else m for m in movements]  # named most, or none


TIMED_ITEM = re.compile(r"\s*\d{1,2}[:.]\d{2}\s*(?:[|\-–—]|$)")  # the time of a live page's update: 09:00 | ...,
# or alone on its line above the update
ITEM_DATELINE = re.compile(r"\s*[^\s\-–—:|]+(?:[ \t]+[^\s\-–—:|]+){0,2}[ \t]+[-–—][ \t]+\S[^\n]{0,30}:")  # أنقرة -
# «الأيام»: an item's own dateline, its outlet and a colon opening the line
HEADLINE_WORDS = 25  # a first line this short, with more text after it, is the article's headline


def without_headline_repeats(text: str, movements: list[Movement], bulletins: tuple[str, ...]) -> list[Movement]:
    """A headline's movement that the body tells again (same status, a shared place) is one movement: the
    body's, which has the detail (origin, route, who says so) and names its actor in a whole sentence (a
    headline's is often read off a neighbouring clause: 'أرتال من مصراتة ... والأركان تنفي سحب قوات'). So is an
    urgent line's («عاجل: رتل للجيش الوطني الليبي يصل إلى غات قادماً من سبها», told again below it)."""
    lines = _headline_lines(text, bulletins) if movements else []
    entries = _dated_entries(text) if movements else []
    if not lines and not entries:
        return movements

    def within(movement: Movement, spans) -> bool:
        return any(span[0] <= movement.evidence.start and movement.evidence.end <= span[1] for span in spans)

    body = [m for m in movements if not within(m, lines) and not within(m, entries)]
    kept = [m for m in movements if not within(m, lines) or not any(_told_again(m, b) for b in body)]
    return [m for m in kept if not within(m, entries) or not any(  # a dated entry's head, told again in its own body
        within(m, [(head, head_end)]) and _same_kind(m, b) and _told_again(m, b) and within(b, [(head_end, end)])
        for head, head_end, end in entries for b in body)]


def _headline_lines(text: str, bulletins: tuple[str, ...]) -> list[tuple[int, int]]:
    """(start, end) of the headline (a short first line with more text after it), of the short lines standing with
    it before the body's first paragraph (a web page's breadcrumb, headline, sub-headline, dateline, photo caption)
    and of each short line that opens with an urgent word (عاجل), or that heads an item whose first line opens with
    its own dateline (a digest's «أنقرة تنفي إنزال قوات في الخمس» before «أنقرة - «الأيام»: نفت وزارة ...»)."""
    lines, items, start, heading = [], [], 0, True
    rows = text.split("\n")
    entry_heads = {(head, head_end) for head, head_end, _ in _dated_entries(text)}
    for number, line in enumerate(rows):
        end = start + len(line)
        short = len(line.split(None, HEADLINE_WORDS)) <= HEADLINE_WORDS  # no need to split it all
        entry = (start, end) in entry_heads  # a dated entry's head: told again only in its own body (_dated_entries)
        heading = heading and short and not (number and TIMED_ITEM.match(line)) and not entry  # 09:00 | مصادر
        # عسكرية: a live page's first update opens its body; so does a review's first dated entry with a body
        if not entry and short and line.strip() and number + 1 < len(rows) and ITEM_DATELINE.match(rows[number + 1]):
            items.append((start, end))
        elif not entry and short and (number == 0 and text[end + 1:].strip() or heading
                                      or line.lstrip().startswith(bulletins)):
            lines.append((start, end))
        start = end + 1
    if heading:  # all lines short (a digest, a list of flashes): no body to set the lines above it apart from
        lines = lines[:1] + [(start, end) for start, end in lines[1:] if text[start:end].lstrip().startswith(bulletins)]
    return sorted(lines + items)


DATED_HEAD = re.compile(r"\s*\d{1,2}\s+([^\s\d/:\-–—]+)[^\n:\-–—]{0,20}[:\-–—]")  # 14 يناير/كانون الثاني: ...


def _dated_head(line: str) -> bool:
    """Whether ``line`` opens with a day and a month and a colon or a dash (3 نوفمبر – القوة المشتركة تتقدم إلى
    الوشكة): the head of a dated entry in a review of the year or the month."""
    match = DATED_HEAD.match(line)
    return match is not None and normalise_word(match.group(1)) in load_cues().months


@lru_cache(maxsize=8)
def _dated_entries(text: str) -> list[tuple[int, int, int]]:
    """(head start, head end, entry end) of each dated entry of a review (14 يناير/كانون الثاني: رتل من سبها إلى غات,
    its body below it, up to the next dated head): at least two such heads with a body each, or none (a lone date
    line with an outlet under a headline is a dateline)."""
    rows, found, start = text.split("\n"), [], 0
    for number, row in enumerate(rows):
        if number and len(row.split(None, HEADLINE_WORDS)) <= HEADLINE_WORDS and _dated_head(row) and _body_after(
                rows, number):
            found.append((start, start + len(row)))
        start += len(row) + 1
    if len(found) < 2:
        return []
    return [(head, head_end, found[n + 1][0] if n + 1 < len(found) else len(text))
            for n, (head, head_end) in enumerate(found)]


def _body_after(rows: list[str], number: int) -> bool:
    """Whether the next line with words after row ``number`` is its entry's body: longer, and no dated head itself
    (a chronology of one-line entries has no body under each)."""
    after = next((row for row in rows[number + 1:] if row.strip()), "")
    return len(after) > len(rows[number]) and not _dated_head(after)


STATIONINGS = frozenset({"deploy", "redeploy", "reinforce"})  # kinds a headline's few words may not tell apart


def _told_again(headline: Movement, body: Movement) -> bool:
    """Same status, and a place of the headline's that the body names or, for a country or region, a body
    place lies in ('روسيا تنقل معدات من سوريا إلى شرق ليبيا' told again as Hmeimim to Al Khadim). A headline's
    bare present tells a body's plan or condition of the same kind too (الزنتان تمهل «قوات حفتر» 48 ساعة للانسحاب
    من القريات: the body says what follows if they do not), and a claim the body denies (أنباء متضاربة عن انسحاب
    نحو براك: the body's source denies the withdrawal)."""
    if headline.status != body.status and not (
            headline.status == "reported" and body.status in ("planned", "conditional", "denied")
            and (headline.kind in (body.kind, "deploy") or {headline.kind, body.kind} <= STATIONINGS)):  # قوات خاصة في
        # طريقها إلى دنقلا: the body's planned airlift; إعادة تمركز من الوطية: its planned deployment from the base
        return False
    places = body.destinations + body.origins + body.via
    if headline.kind != body.kind and headline.status != body.status:  # told again as another kind: where it goes
        if body.kind == "withdraw":  # (or sets out from) is the same; not قوات حفتر تنتشر في سرت told as
            return False  # «القوات لن تنسحب من سرت»
        places = body.destinations if headline.destinations else body.origins
    keys = {place_key(m) for m in places}
    names = {normalise_word(m.text) for m in places}
    for told in headline.destinations or headline.origins or headline.via:  # تنفي دخول أسلحة عبر معبر الذهيبة
        said = normalise_word(told.text)
        if place_key(told) in keys or said in names:
            return True  # 'الجيش التشادي يعزز أدري..': the same name, however the headline's few words placed it
        if any(name.endswith(" " + said) for name in names):
            return True  # 'جسر جوي إلى مرسى مطروح' told again as the flights to مطار مرسى مطروح: the town's own airport
        area = told.place
        if area is not None and area.kind in ("country", "region") and any(
                m.place is not None and m.place.country == area.country and m.place.kind not in ("country", "region")
                for m in places):
            return True
        if area is not None and area.kind == "country" and any(  # 'نحو حدود النيجر' told again as الحدود مع النيجر
                m.place is not None and area.country.lower() in countries_of_border(m.place) for m in places):
            return True
        if area is not None and area.kind == "district" and any(  # الجفرة told again as قاعدة الجفرة الجوية
                m.place is not None and distance_km(m.place, area) <= DISTRICT_REACH_KM for m in places):
            return True
        if area is not None and area.kind in AIRFIELDS and any(  # 'هبوط «بانتسير» في بنينا' (the airport) told again
                m.place is not None and m.place.kind in AIRFIELDS  # as the landing in قاعدة بنينا (the air base)
                and distance_km(m.place, area) <= SAME_AIRFIELD_KM for m in places):
            return True
        if area is not None and area.kind in TOWN_KINDS and headline.kind == body.kind and any(
                m.place is not None and m.place.kind in TOWN_KINDS and distance_km(m.place, area) <= FACING_TOWN_KM
                for m in body.destinations):
            return True  # 'الجيش الجزائري يحشد قبالة غدامس' told as the massing in الدبداب, across the border from it
        if area is not None and area.kind in TOWN_KINDS and _same_kind(headline, body) and any(
                m.place is not None and m.place.kind in FACILITY_KINDS
                and distance_km(m.place, area) <= TOWN_FACILITY_KM for m in _facility_places(headline, body)):
            return True  # 'ينقل الكتيبة جواً إلى طبرق' told again as the airlift to the air base south of Tobruk
    origins = {place_key(m) for m in body.origins}
    return (headline.kind == body.kind and any(place_key(m) in origins for m in headline.origins)
            and all(m.place is not None and any(d.place is not None and distance_km(m.place, d.place) <= OUTSKIRTS_KM
                                                for d in body.destinations) for m in headline.destinations))
    # بعد وصول رتل من الزنتان إلى أطراف العاصمة, told again as the column from Zintan that reached Qasr bin Ghashir


def _same_kind(headline: Movement, body: Movement) -> bool:
    """The same kind, or a headline's reinforcing (موسكو تعزز وجودها في براك الشاطئ..) or plain moving («الفيلق
    الأفريقي» ينقل مقاتلات من الجفرة إلى براك) told as the body's arrivals (the equipment trucked to Brak air base,
    the cargo planes that landed there, the jets moved to it)."""
    return headline.kind == body.kind or headline.kind in ("reinforce", "deploy") and body.kind != "withdraw"


def _facility_places(headline: Movement, body: Movement) -> list[Mention]:
    """The body's places in which a headline town's facility is looked for: all of them, but only where the body's
    movement goes when the headline just moves (يوم وصلت دبابات القذافي إلى مشارف بنغازي is not the reinforcements
    sent from Benina air base to Ajdabiya)."""
    if headline.kind == "deploy" and body.kind != "deploy":
        return body.destinations
    return body.destinations + body.origins + body.via


OUTSKIRTS_KM = 50.0  # a headline's town and the body's place on its outskirts, where the same column went


AIRFIELDS = ("base", "airport")  # an airfield the gazetteer may hold twice: as an airport and as an air base
SAME_AIRFIELD_KM = 10.0  # an airport and an air base this near are one airfield (مطار بنينا، قاعدة بنينا الجوية)


def _place_keys(movement: Movement) -> set[str]:
    """The keys of all the movement's places: where from, where to and the way."""
    return {place_key(m) for m in movement.origins + movement.destinations + movement.via}


def _foreign_origin(lexicon: ActorLexicon, movement: Movement) -> str | None:
    """The forces of the one neighbour all of a movement's origins lie in (not Libya), or None."""
    countries = countries_of(movement.origins)
    if len(countries) != 1 or "LY" in countries:
        return None
    return lexicon.by_country.get(countries.pop(), ("", ""))[0] or None


def armies_of_the_land(lexicon: ActorLexicon, movements: list[Movement], home: str | None = None) -> list[Movement]:
    """A force no one names that moves only inside one neighbour whose armed groups the lexicon does not tell apart
    from its army (Egypt, Algeria, Tunisia, Niger; not Libya, Chad or Sudan) is that country's army (أعادت قوات حرس
    الحدود تمركز سريتين من سيدي براني إلى هضبة السلوم), a crossing or a border on its way shared with the next country;
    so is 'the army' read as a Libyan side that moves only inside a neighbour (الجيش ... من الدبة إلى كرب التوم).
    After the article is read: later sentences do not take the
    force so inferred as the one told of before. In an article datelined in that neighbour (``home``), so is a
    force its sentence does not name, carried over from one named before (قافلة عسكرية تبلغ برج باجي مختار after a
    headline on the Africa Corps in Mali); and so, in an article datelined in Sudan or Chad, whose armed groups the
    lexicon tells apart from the army, is a force no one names that moves only inside that country (دنقلا: متحركات
    وصلت من الدبة إلى كرب التوم: the army's, its news would name the rebels)."""
    found = []
    for movement in movements:
        countries = countries_of((*movement.origins, *movement.destinations, *movement.via))  # من مدنين نحو بن
        # قردان ومعبر رأس جدير: the crossing belongs to both sides
        country = countries.pop() if len(countries) == 1 else None
        forces, groups = lexicon.by_country.get(country, ("", "")) if country else ("", "")
        if forces and (groups == forces or home == country) and (
                movement.actor is None or movement.actor.name is None
                or home == country and groups == forces and movement.actor.text not in movement.evidence.text):
            movement = replace(movement, actor=Actor(movement.actor.text if movement.actor else "", forces))
        elif forces and movement.actor is not None and (
                (movement.actor.name in lexicon.libyan_sides or movement.actor.name is None)
                and name_key(movement.actor.text) in lexicon.home_army_phrases  # قائد متحرك الصحراء: إن الجيش يعتزم
                or name_key(movement.actor.text) in lexicon.region_commands):  # الدفع بقوة من الدبة إلى كرب التوم;
            movement = replace(movement, actor=Actor(movement.actor.text, forces))  # المنطقة العسكرية الغربية من مرسى
            # مطروح إلى السلوم: Egypt's
        elif (movement.actor is not None and name_key(movement.actor.text) in lexicon.region_commands
              and (origin := _foreign_origin(lexicon, movement)) is not None):
            movement = replace(movement, actor=Actor(movement.actor.text, origin))  # رتل من المنطقة العسكرية الغربية
            # انطلق من مرسى مطروح ووصل إلى طبرق: a region command setting out from Egypt is Egypt's
        elif movement.actor is not None and movement.actor.name is None and movement.actor.text and movement.origins:
            towns = {own_forces(lexicon, m.place) if m.place is not None else None for m in movement.origins}
            if len(towns) == 1 and None not in towns:  # ستدفع القوة المشتركة بتعزيزات من مصراته إلى طرابلس: a unit
                movement = replace(movement, actor=Actor(movement.actor.text, towns.pop()))  # the lexicon does not
                # know, setting out from a town whose forces it knows, is that town's
        found.append(movement)
    return found
