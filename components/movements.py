"""Movement extraction: who moved where, from where, and with what status.

A small engine over ``data/movement_patterns.jsonl``: triggers (verbs and
nouns of movement), role markers (إلى، من، عبر ...), status cues (نفى، شرط،
تخطط ...), words that show a movement is not of forces (visits, aid). It works
on the normalised tokens with clitics peeled, sentence by sentence; a sentence
may hold several movements, each with many places.

This module runs the engine: each trigger becomes a movement here, with its
force and places checked; the work is shared out among

- ``movement_patterns``: the pattern file loaded into phrase indexes;
- ``movement_context``: one article's tokens, sentences, places and actors;
- ``movement_triggers``: the words and verbless lines that may open a movement;
- ``movement_roles``: the places of a movement and their roles (origin, destination, via);
- ``movement_status``: reported, planned, conditional or denied;
- ``movement_actors``: the force that moves;
- ``movement_chains``: a movement joined to the one told right before it;
- ``movement_retellings``: what the whole article says again, corrects or denies later.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace
from itertools import compress

from components.actors import ORIGIN_LINK, PLACE_LINK, ActorLexicon, ActorSpan
from components.gazetteer import nisba_countries
from components.geocode import NEIGHBOURHOOD
from components.mentions import CLOSING_QUOTES, OPENING_QUOTES
from components.movement_actors import links_elsewhere, mover_of, source_of, speakers_own_forces
from components.movement_chains import (
    ALTERNATIVE,
    and_that_too,
    and_then,
    future_goes_on,
    goes_on_from_there,
    goes_on_its_way,
    is_next_leg,
    then_after_a_future,
    with_the_last,
)
from components.movement_context import (
    PRESENT_PREFIXES,
    TOWN_KINDS,
    Context,
    Trigger,
    any_in,
    bounds_of_sentence,
    clause_opens,
    is_future_word,
    place_key,
    present_word,
    reach_past,
    seat_of,
    token_at,
    trigger_word,
    word_in,
)
from components.movement_patterns import PATTERN_FIELDS, ArticlePhrases, Patterns, for_article
from components.movement_retellings import (
    armies_of_the_land,
    claims_confirmed_later,
    claims_denied_later,
    corrections_applied,
    dateline_country,
    fact_check_verdicts,
    questions_answered,
    retellings_merged,
    with_home_army,
    without_headline_repeats,
)
from components.movement_roles import (
    DISTANCE,
    DISTANCE_REACH,
    coordinated,
    directed,
    distance_reference,
    mover_end,
    names_actor,
    places_with_roles,
    purpose_noun,
    stationed_ends_at,
    with_clitic,
    words_between,
)
from components.movement_status import (
    AS_FOR,
    WHERE,
    break_at,
    conditions_between,
    past_verb,
    status_of,
    subject_then_past,
)
from components.movement_triggers import cites_a_source, find_triggers, trigger_match, trigger_word_test, verbless_triggers
from components.phrases import CONJUNCTIONS, joined, peel, peeled_rests
from components.prefilter import positions
from components.records import SETTLEMENT_KINDS, Actor, Mention, Movement, Span
from components.text import Normalised, Token, name_key, normalise_word, sentences

WINDOW = 30          # tokens after a trigger in which its places are looked for
NEAR = 6             # tokens after a trigger for force words
FORCE_BEFORE = 5     # tokens before a 'near' trigger where its force word may stand
SUBJECT_BEFORE = 2   # tokens before an 'after' trigger where its subject may stand (وحدات الجيش ستُعزَّز في جانت)
AID_BEFORE = 20      # tokens before a trigger in which aid or cargo words (scope 'clause') make it no force


def extract_movements(text: str, norm: Normalised, mentions: list[Mention], patterns: Patterns,
                      actor_lexicon: ActorLexicon, published: str | None = None) -> list[Movement]:
    """Every movement of forces the article reports, plans, conditions or denies."""
    tokens = norm.tokens
    if not tokens:
        return []
    spans = sentences(norm.text)
    token_starts = norm.starts
    sentence_of = _sentence_of(token_starts, [start for start, _ in spans])
    placed: dict[int, Mention] = {}
    mention_last: dict[int, int] = {}
    host: Mention | None = None
    covered = -1  # the last token of the last place, its gloss in brackets included
    glossed = "(" in norm.text  # most articles have no brackets, and no gloss
    for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if host and mention.end <= host.end:  # the country inside a border phrase: the arrow goes to the border
            continue
        first, last = token_at(norm, mention.start), token_at(norm, mention.end - 1)
        if first <= covered:
            continue  # زوارة (Zuwara): the gloss names the place before it again
        placed[first] = mention
        mention_last[first] = covered = _past_gloss(norm, tokens, last) if glossed else last
        host = mention
    phrase_sets = [getattr(patterns, name) for name in PATTERN_FIELDS]
    verbs = trigger_word_test(patterns.triggers.index)
    *starts, trigger_words = positions(norm.words, *(p.index.may_start for p in phrase_sets), verbs)
    patterns = for_article(patterns, {name: ArticlePhrases(phrases, found, norm) if found else phrases.absent
                                      for name, phrases, found in zip(PATTERN_FIELDS, phrase_sets, starts)})
    # the word sets stay as they are; a phrase set with no start in the article answers from one shared instance
    context = Context(text, norm, tokens, sentence_of, spans, placed, mention_last, actor_lexicon, published, verbs)
    context.asides = _distance_asides(context, patterns)
    context.verb_tokens = trigger_words
    triggers = find_triggers(context, patterns, trigger_words)
    verbless, bound = verbless_triggers(context, patterns, triggers)
    if verbless:
        triggers = sorted(triggers + verbless)
    movements = []
    previous = -1  # the last token of the last trigger that made a movement: status cues before it are its own
    made_by = None  # that trigger
    for index, trigger in enumerate(triggers):
        following = triggers[index + 1].first if index + 1 < len(triggers) else len(tokens)
        if (index and future_goes_on(context, triggers[index - 1], trigger, previous)
                or then_after_a_future(context, patterns, trigger) or _escorted_in_future(context, patterns, trigger)):
            trigger = trigger._replace(future=True)
        movement = _movement(context, patterns, trigger, previous, following)
        if movement is None and _chases_a_flight(context, patterns, trigger, triggers[index + 1:index + 2]):
            movement = _chase(context, patterns, trigger, previous, triggers[index + 1],
                              triggers[index + 2].first if index + 2 < len(triggers) else len(tokens))
        if movement is not None and movement.status == "conditional" and _counterfactual(context, patterns, trigger):
            movement = None
        if movement is not None and not movement.destinations and trigger.first in bound:
            movement = None  # جماعات مسلحة قادمة من تشاد: where a force seen comes from says who it is, not a move
        if movement is None:
            continue  # موسكو تخطط لنقل معدات ... جواً: a trigger without a force or a place leaves the cue to the next
        after, previous, parallel = previous, trigger.last, bool(movements) and and_that_too(
            context, patterns, trigger, movements[-1], made_by)
        made_by = trigger
        if parallel:  # a movement of its own, under what governed the last (على أن تسحب ...، وأن تعيد ...)
            if movement.status == "reported":
                movement = replace(movement, status=movements[-1].status)
            replaces = False
        else:
            movement, replaces = with_the_last(context, patterns, trigger, after,
                                               movements[-1] if movements else None, movement)
        if replaces:
            movements.pop()
        movements.append(movement)
        context.last_movement = movement
        context.passed.update(id(m) for m in movement.via)
        if (movement.actor is not None and movement.actor.name and movement.status != "denied"
                and trigger_word(context, trigger) not in patterns.flights
                and not links_elsewhere(context, patterns, bounds_of_sentence(context, trigger.first)[0])
                and not _in_the_background(context, patterns, trigger)):
            context.last_mover = movement.actor  # not a force said not to have moved («ونفي لتحرك رتل من الزنتان»),
            # nor one that fled (مسلحين تشاديين فرّت من محيط أم الأرانب: the pursuers are told of next), nor one the
            # story is measured from (منذ انسحاب قوات القيادة العامة من ترهونة)
    movements = fact_check_verdicts(context, patterns, corrections_applied(context, patterns, movements))
    movements = claims_denied_later(context, patterns, retellings_merged(context, patterns, movements))
    movements = questions_answered(context, claims_confirmed_later(context, patterns, movements))
    home = dateline_country(text, mentions)
    movements = with_home_army(text, norm.words, actor_lexicon, armies_of_the_land(actor_lexicon, movements, home), home)
    return without_headline_repeats(text, movements, patterns.bulletins)


IF_COUNTERFACTUAL = frozenset({"لو", "ولو", "فلو"})  # 'if' of what is not so (not إذا، إن: a real condition)


def _counterfactual(context: Context, patterns: Patterns, trigger: Trigger) -> bool:
    """Whether the trigger's sentence is a counterfactual scenario: 'if' (لو) before the trigger and, after a comma, an
    answer that opens with لـ on its verb (لو انهار الوضع في غات، لاضطررنا إلى نقل ألوية من تمنراست إلى جانت): what
    would have to happen, told by an analyst, not a side's condition on its own move (لن ننسحب إلا إذا ...)."""
    s_first, s_last = bounds_of_sentence(context, trigger.first)
    words, normal, tokens = context.norm.words, context.norm.text, context.tokens
    k = next((k for k in range(s_first, trigger.first + 1) if words[k] in IF_COUNTERFACTUAL), None)
    if k is None:
        return False
    return any(normal[tokens[j - 1].end:tokens[j].start].strip() in ("،", ",") and words[j][:1] == "ل"
               and words[j][:2] != "لل" and len(words[j]) > 4  # not لكن، لأن، لذلك، للمرة
               and patterns.clause_openers.at(normal, tokens, j) is None  # nor a purpose: لتأمين، لحماية
               for j in range(k + 2, s_last + 1))


SINCE = "منذ"
PRESENT_STEMS = frozenset(person + stem for person in PRESENT_PREFIXES for stem in ("ت", "ن"))  # يتمركز، تنتشر: not
# the past تمركزت (تمركزت منذ الأحد في منفذ وازن: it moved there on Sunday)


SINCE_REACH = 8  # words from a stationing verb to 'since' past its place and subject (تتمركز في قاعدة الجفرة الجوية منذ)


def _stationed_since(context: Context, patterns: Patterns, trigger: Trigger) -> bool:
    """Whether a stationing verb in the present, not the future, stands before 'since' in its clause (تتمركز منذ
    أشهر في، تتمركز في قاعدة الجفرة الجوية منذ عام 2020، تتمركز عناصرها منذ سنوات): a state that has lasted, not a
    force taking up positions; not past a word of direction (تتمركز ... ثم تتقدم نحو)."""
    words = context.norm.words
    if SINCE not in words[trigger.last + 1:trigger.last + 1 + SINCE_REACH]:
        return False  # most triggers: one look
    if (trigger.future or trigger.first != trigger.last or words[trigger.first][trigger.prefix:][:2] not in PRESENT_STEMS
            or patterns.stationing.at(context.norm.text, context.tokens, trigger.first) is None):
        return False
    since = trigger.last + 1 + words[trigger.last + 1:trigger.last + 1 + SINCE_REACH].index(SINCE)
    return not context.marked(trigger.last, since) and not any(
        patterns.directions.at(context.norm.text, context.tokens, k) for k in range(trigger.last + 1, since))


def _in_the_background(context: Context, patterns: Patterns, trigger: Trigger) -> bool:
    """Whether 'since' stands right before the trigger, or before its 'that' (منذ انسحاب، منذ أن انسحبت)."""
    words = context.norm.words
    k = trigger.first - 1
    if k > 0 and words[k] in patterns.that_words:
        k -= 1
    return k >= 0 and words[k] in patterns.background_openers


def _chases_a_flight(context: Context, patterns: Patterns, trigger: Trigger, following: list[Trigger]) -> bool:
    """Whether a pursuit verb is followed in its sentence by a flight (طاردت دورية ... قافلة فرّت من ...)."""
    return (bool(following) and trigger_word(context, trigger) in patterns.pursuits
            and trigger_word(context, following[0]) in patterns.flights
            and context.sentence_of[trigger.first] == context.sentence_of[following[0].first])


def _chase(context: Context, patterns: Patterns, trigger: Trigger, previous: int, flight: Trigger,
           after_flight: int) -> Movement | None:
    """A pursuit with no place before the flight it chases: it goes where the chased fled (not from where they
    fled: that is theirs), from where it set out, if the text says."""
    chase = _movement(context, patterns, trigger, previous, after_flight)
    if chase is None or not chase.destinations:
        return None
    own = tuple(m for m in chase.origins if token_at(context.norm, m.start) < flight.first)
    return replace(chase, origins=own, via=())


def _past_gloss(norm: Normalised, tokens: list[Token], last: int) -> int:
    """The last token of a place's name in Latin letters in brackets right after it (الدبداب (Debdeb) قبالة مدينة
    غدامس, as translated wire copy writes it), else ``last``: what follows the gloss follows the place."""
    normal, k = norm.text, last + 1
    if k >= len(tokens) or normal[tokens[last].end:tokens[k].start].strip() != "(":
        return last
    while k < len(tokens) and tokens[k].text.isascii() and tokens[k].text.isalpha():
        if normal[tokens[k].end:tokens[k + 1].start if k + 1 < len(tokens) else len(normal)].strip().startswith(")"):
            return k
        k += 1
    return last


def _told_in_sentence(context: Context, movement: Movement | None, s_first: int) -> bool:
    """Whether ``movement`` was told in the sentence that starts at token ``s_first``."""
    return movement is not None and movement.evidence.start == context.norm.offsets[context.tokens[s_first].start]


def _each_once(mentions) -> tuple[Mention, ...]:
    """The mentions, a place named again as written in the same role left out (ومرت بمزدة ... في بلدية مزدة; not
    جبل العوينات and المثلث الحدودي, two names the gazetteer gives one point)."""
    seen: set[tuple[str, str]] = set()
    return tuple(m for m in mentions if not ((key := (place_key(m), m.text)) in seen or seen.add(key)))


def _sentence_of(token_starts: list[int], sentence_starts: list[int]) -> list[int]:
    """The sentence of each token: the last one starting at or before it (the first for tokens before it)."""
    sentence_of: list[int] = []
    for sentence in range(len(sentence_starts)):
        following = sentence_starts[sentence + 1] if sentence + 1 < len(sentence_starts) else None
        end = bisect_left(token_starts, following) if following is not None else len(token_starts)
        sentence_of.extend([sentence] * (end - len(sentence_of)))
    return sentence_of + [0] * (len(token_starts) - len(sentence_of))


def _from_it(context: Context, patterns: Patterns, trigger: Trigger, s_first: int, roles: list) -> list:
    """'تقدمت قوات من الزنتان إلى الأصابعة، بعد أن انسحبت منها كتيبة ... باتجاه غريان', 'هدد آمر المجموعة المسلحة في
    تاجوراء بالتقدم منها نحو سوق الجمعة': 'from it' right after a verb of withdrawing or advancing is the last place
    named before the verb in its sentence, where the movement sets out from."""
    if not _from_it_follows(context, patterns, trigger):
        return []
    own = {first for first, _, _ in roles}
    before = [k for k in context.places_between(s_first, trigger.first - 1)
              if k not in own and context.placed[k].place is not None]  # not a continent the map cannot place
    return [(before[-1], context.placed[before[-1]], "origin")] if before else []


def _from_it_follows(context: Context, patterns: Patterns, trigger: Trigger) -> bool:
    """Whether 'from it' (منها، منه) follows a verb of withdrawing or advancing (not سفينة إنزال راسية في ميناء زوارة
    وآليات تنزل منها: the ship)."""
    after = trigger.last + 1
    return (trigger.kind in ("withdraw", "advance") and after < len(context.tokens)
            and context.tokens[after].text in patterns.from_it)


def _entered_it(context: Context, patterns: Patterns, trigger: Trigger,
                roles: list[tuple[int, Mention, str]]) -> list[tuple[int, Mention, str]]:
    """'شهدت سرت معارك، قبل أن تدخلها قوات القيادة العامة': entering 'it', with no destination of its own, goes to
    the last town named before the trigger in its sentence or the one before."""
    if trigger.first != trigger.last or trigger.kind != "advance" or any(role == "destination" for *_, role in roles):
        return []
    if trigger_word(context, trigger) not in patterns.entered_it:
        return []
    sentence = context.sentence_of[trigger.first]
    first = context.sentence_first[sentence - 1] if sentence and sentence - 1 in context.sentence_first else 0
    towns = [k for k in context.places_between(first, trigger.first - 1)
             if context.placed[k].place is not None and context.placed[k].place.kind in TOWN_KINDS]
    return [(towns[-1], context.placed[towns[-1]], "destination")] if towns else []


def _statement_follows(context: Context, patterns: Patterns, k: int) -> bool:
    """Whether words at token k tell how something was said (في بيان، في تصريح لنا، خلال مؤتمر صحفي)."""
    tokens = context.tokens
    return k + 1 < len(tokens) and tokens[k].text in patterns.statement_links and tokens[k + 1].text in patterns.statements


JOURNEY_WORDS = 14  # words from 'after a journey' (بعد رحلة) to the last place of the journey it tells


def _journey_end(context: Context, patterns: Patterns, trigger: Trigger, end: int, s_last: int) -> int:
    """``end``, or further where 'after a journey' stands before it (وصلت إلى سبها ... قافلة من 80 شاحنة محملة ...،
    ترافقها كتيبة ...، بعد رحلة استغرقت يومين بدأت من بنغازي ومرت باجدابيا): the journey's places are the movement's,
    however long the words before them."""
    words = context.norm.words
    first = max(trigger.last + 1, end - JOURNEY_WORDS)
    if end >= s_last or patterns.journey_words.isdisjoint(words[first + 1:end + 1]):
        return end  # most windows hold no journey word: one look at C speed
    for k in range(first, end):
        if words[k + 1] in patterns.journey_words and words[k] in patterns.journey_openers:
            return min(s_last, max(end, k + JOURNEY_WORDS))
    return end


def _may_name_a_place(context: Context, patterns: Patterns, trigger: Trigger, s_first: int, end: int) -> bool:
    """Whether the trigger may have a place at all, ``end`` the last token its places may stand at (its clause is
    cut there or sooner): a place after it (``places_with_roles``, ``_measured_position``), one put first in its
    sentence (``_fronted_place``), a word after it that points back to one (المدينة، إليها: ``_the_same_place``,
    ``_to_there``), 'from it' after it (``_from_it_follows``) or 'entering it' (تدخلها: ``_entered_it``). Most
    triggers have one; those that have none make no movement, and are dropped before the costlier checks."""
    if context.places_between(trigger.last + 1, end) or context.places_between(s_first, _fronted_last(trigger, s_first)):
        return True
    if _from_it_follows(context, patterns, trigger) or (trigger.first == trigger.last and trigger.kind == "advance"
                                              and trigger_word(context, trigger) in patterns.entered_it):
        return True
    if _not_left_yet(context, trigger) and context.places_between(
            max(s_first, trigger.first - STATIONED_BEFORE), trigger.first - 1):
        return True  # الوحدات المنتشرة في تين الكوم لن تغادر مواقعها: where it is stationed (``_origin_before``)
    if (trigger.kind == "mobilise" and trigger_word(context, trigger) in patterns.declarations
            and context.places_between(max(s_first, trigger.first - WHERE_REACH), trigger.first - 1)):
        return True  # أعلن أعيان التبو في القطرون «النفير العام»: the town who declares it (``_declaring_town``)
    after = context.norm.words[trigger.last + 1:end + 1]
    return not (patterns.place_anaphors.keys().isdisjoint(after) and patterns.to_there.isdisjoint(after))


def _scene_or_the_same(context: Context, patterns: Patterns, trigger: Trigger, end: int, s_first: int) -> list:
    """Where a trigger with no place of its own after it goes: a place put first in its sentence
    (``_fronted_place``), unless a noun after it points back to a place of another kind (وفي ليبيا، ... على أن تنتشر
    سرية داخل المصفاة نفسها: the refinery); a place of the same kind is the scene itself (وفي مطار سبها، ... هبطت في
    المطار نفسه)."""
    fronted = _fronted_place(context, patterns, trigger, s_first)
    same = _the_same_place(context, patterns, trigger, end, [])
    if same and fronted and (fronted[0][1].place is None or same[0][1].place is None
                             or fronted[0][1].place.kind == same[0][1].place.kind):
        return fronted
    return same or fronted


def _purpose_of_the_last(context: Context, trigger: Trigger, previous: int) -> bool:
    """'رتل أُرسل من مصراته مروراً بالهيشة لتعزيز محور أبوقرين': a verbal noun of purpose right after the movement
    before (no comma between), which has set out but has gone nowhere yet: what it was sent to do, with its force."""
    last = context.last_movement
    if not purpose_noun(context, trigger) or last is None or last.destinations or context.marked(previous, trigger.first):
        return False
    end = max((token_at(context.norm, m.end - 1) for m in last.origins + last.via), default=previous)
    return 0 < trigger.first - max(end, previous) <= PURPOSE_AFTER  # not لتعزيز الحوار further on (بينما تسعى البعثة)


PURPOSE_AFTER = 2  # tokens from the last place (or the verb) of a move that set out to its verbal noun of purpose


WILL_NOT = frozenset({"لن", "ولن"})
NOT_YET = WILL_NOT | {"لم", "ولم"}  # لن تغادر، لم تغادر: not قد غادرت, which left


def _not_left_yet(context: Context, trigger: Trigger, particles: frozenset[str] = NOT_YET) -> bool:
    """Whether a withdrawal is to come or said not to happen (ستنسحب، لن تغادر، لم تغادر): a force that stays where it
    is stationed until then, which is where it would leave from. With ``WILL_NOT`` as ``particles``, only one to come
    or said never to come (لن تغادر), not one said not to have happened (لم تغادر)."""
    return trigger.kind == "withdraw" and (trigger.future or trigger.first > 0
                                           and context.tokens[trigger.first - 1].text in particles)


def _movement(context: Context, patterns: Patterns, trigger: Trigger, previous: int, following: int) -> Movement | None:
    s_first, s_last = bounds_of_sentence(context, trigger.first)
    if not _may_name_a_place(context, patterns, trigger, s_first, min(s_last, trigger.last + WINDOW, following - 1)):
        return None  # قال مسؤول في بلدية سبها إن القوات ستنسحب قريباً: no place it could go to or set out from
    if _asked(context, patterns, trigger, s_last):
        return None  # "هل تتحرك قوات القيادة العامة نحو غدامس أيضاً؟"
    if _stationed_since(context, patterns, trigger):
        return None  # وحدة أخرى تتمركز منذ أشهر في قاعدة معطن السارة: where it has long been, no movement
    if trigger.first and patterns.unless.ends_at(context.norm.text, context.tokens, trigger.first - 1):
        return None  # ستتقدم نحو درج «ما لم تنسحب القوة القادمة من الغرب منها»: what the threat asks for
    clause_end = _journey_end(context, patterns, trigger, min(s_last, trigger.last + WINDOW), s_last)
    for k in patterns.scope_breaks.between(trigger.last + 1, clause_end):
        if break_at(context, patterns, k):
            clause_end = k - 1
            break
    for k in patterns.plan_clauses.between(trigger.last + 1, clause_end):
        if context.mark_after(k - 1) and patterns.plan_clauses.at(context.norm.text, context.tokens, k):
            clause_end = k - 1  # نقلت كتيبة من ميناء طبرق إلى ميناء سرت، ومن المقرر أن تواصل طريقها إلى سبها: another
            break  # plan, with its own places
    if word_in(context, patterns.saying_breaks, trigger.last + 1, clause_end):
        clause_end = next(k for k in range(trigger.last + 1, clause_end + 1)
                          if context.norm.words[k] in patterns.saying_breaks) - 1  # وقال إن «عناصرنا في مقارهم بسوق
        # الجمعة»: what the speaker says next is not where the movement goes
    for k in patterns.status.between(trigger.last + 1, clause_end):
        cue = patterns.status.at(context.norm.text, context.tokens, k)
        if cue and cue[2][1] == "claim":  # وهو ما نفته القيادة العامة في بنغازي: the denier's place is no movement's
            clause_end = k - 1
            break
    for k in patterns.sources.between(trigger.last + 2, clause_end):
        source = patterns.sources.at(context.norm.text, context.tokens, k)
        if source and not source[2][1] and _statement_follows(context, patterns, k + source[0]):
            clause_end = k - 1  # وقالت في بيان صدر في أنقرة: where it was said is no movement's place
            break
    if _is_not_force(context, patterns, trigger, s_first, clause_end):
        return None  # past the next trigger too: هبطت بمطار بنينا طائرة شحن ... تحمل أدوية
    if trigger.needs_force == "bi" and _drove_to_act(context, patterns, trigger, clause_end):
        return None  # دفعت بلدية الزاوية إلى تعليق الدراسة: drove someone to do something, sent no force
    end = min(following - 1, clause_end)
    goes_on = previous >= s_first and (trigger.first and not trigger.prefix
                                       and context.tokens[trigger.first - 1].text in patterns.goes_on_words  # حتى بلغت:
                                       or _purpose_of_the_last(context, trigger, previous))  # the force told of
    if trigger.needs_force and not goes_on and not _has_force(context, patterns, trigger, s_first, s_last):
        return None
    roles = places_with_roles(context, patterns, trigger, end) or _scene_or_the_same(context, patterns, trigger, end,
                                                                                   s_first)
    if _origin_bound(context, patterns, trigger) and not (
            any(role == "origin" for _, _, role in roles) and word_in(
                context, frozenset({ORIGIN_LINK}), trigger.last + 1, reach_past(context, patterns, trigger.last, ORIGIN_NEAR))):
        return None  # تحولت العزيزية إلى ممر للأرتال: 'turned into'; تحوّل يوم السبت من قابس إلى رمادة: moved
    if trigger_word(context, trigger) in patterns.direction_bound and not any(
            role == "destination" and directed(context, patterns, k, trigger.last) for k, _, role in roles):
        return None  # بعد رصد تحركات مشبوهة قرب معبر تين الكوم: activity seen; not رصدت تحركات لقوات الجيش نحو سرت
    if roles and trigger.kind == "naval_landing" and _ship_named_after(context, trigger):
        close = context.norm.text.find("»", context.tokens[trigger.last + 1].start)
        roles = [r for r in roles if context.tokens[r[0]].start > close]  # «غازي عنتاب»: the ship, not Gaziantep
    roles += _to_there(context, patterns, trigger, s_first, end, roles)
    roles += _entered_it(context, patterns, trigger, roles)
    roles += _the_same_place(context, patterns, trigger, end, roles)
    roles += _measured_position(context, patterns, trigger, end, roles)
    roles = _crossed_on_the_way(context, patterns, trigger, roles)
    if not roles and (_not_left_yet(context, trigger) or _from_it_follows(context, patterns, trigger)):
        # الكتيبة المكلفة بتأمين منفذ إيسين «لن تنسحب منه»، الوحدات المنتشرة في تين الكوم لن تغادر مواقعها: where it is
        # stationed
        roles = _origin_before(context, patterns, trigger, s_first, max(s_first, previous + 1))
    if not roles and trigger.kind == "mobilise" and trigger_word(context, trigger) in patterns.declarations:
        roles = _declaring_town(context, patterns, trigger, s_first)  # أعلن أعيان التبو في القطرون «النفير العام»
    if not roles and trigger.kind != "withdraw":
        roles = _witnessed_scene(context, patterns, trigger, s_first, roles)  # شهدت مدينة يفرن انتشار وحدات
    if not roles or _seen_near(context, patterns, trigger, roles):
        return None
    if ((all(role != "origin" for _, _, role in roles)
         or all(role == "origin" and mention.place is not None and mention.place.kind in VAGUE_KINDS
                for _, mention, role in roles)) and _frames_the_last(context, patterns, trigger, s_first)):
        return None  # وصلت تعزيزات إلى طبرق، في إطار ما وصفه مصدر بـ«إعادة انتشار روتينية»: the same move, named;
        # so is a plan to spread units over a region (ضمن خطة لإعادة توزيع وحداتها في شرق ليبيا)
    if all(role != "origin" for _, _, role in roles):
        roles = (_origin_before(context, patterns, trigger, s_first, max(s_first, previous + 1))
                 or _from_it(context, patterns, trigger, s_first, roles)
                 or _speakers_post(context, patterns, trigger, s_first, end, roles)) + roles
    if trigger.kind != "withdraw" and all(role != "destination" for _, _, role in roles):
        roles = (_fronted_scene(context, patterns, trigger, s_first, roles) or _item_scene(context, trigger, s_first, roles)
                 or _witnessed_scene(context, patterns, trigger, s_first, roles)
                 or _where_before(context, patterns, trigger, s_first, following, s_last)) + roles
    if (trigger.kind == "withdraw" and not trigger.needs_force
            and all(m.place is not None and m.place.kind == "country" for _, m, _ in roles)
            and not _has_force(context, patterns, trigger._replace(needs_force="sentence"), s_first, s_last)):
        return None  # انسحاب مالي والنيجر من «إيكواس»: states leaving a bloc, no force in sight
    status = status_of(context, patterns, trigger, max(s_first, previous + 1), s_last, following)
    if (status in ("conditional", "planned") and trigger.first > max(s_first, previous + 1) and not trigger.future
            and past_verb(context, patterns, trigger)
            and patterns.relatives.at(context.norm.text, context.tokens, trigger.first - 1)):
        status = status_of(context, patterns, trigger, trigger.first, s_last, following)  # «إذا انهارت الهدنة»، لدعم
        # كتيبة سبل السلام التي أعادت أمس نشر سرية: what the unit a plan or a condition names did already is done
    if status == "reported" and _after_a_relative(context, patterns, previous, trigger, s_first):
        status = status_of(context, patterns, trigger, s_first, s_last, following)  # تستعد القوة المشتركة، التي حشدت
        # ... آلاف المقاتلين في الدبة، لتحريك متحركات: the plan's cue stands before the clause that describes the force
        if status == "denied":
            status = "reported"
    if (status == "reported" and trigger.first and not trigger.prefix
            and context.tokens[trigger.first - 1].text in patterns.bare_negations):
        status = "denied"  # مصدر: لا انسحاب للروس من قاعدة براك الجوية
    if status == "reported" and _spoken_not(context, patterns, trigger, s_first):
        status = "denied"  # حتى وحدة ما روّحت لمدنين
    if status == "reported" and not past_verb(context, patterns, trigger) and _in_a_decree(context, patterns, trigger):
        status = "planned"  # المادة الأولى: تُنقل الكتيبة 55 مشاة من طرابلس إلى زوارة: what the decree orders
    hypothetical = (trigger.first and not trigger.prefix and context.tokens[trigger.first - 1].text in patterns.every
                    or _hypothetical_before(context, patterns, max(s_first, trigger.first - 3), trigger.first - 1)
                    and not (status == "conditional" and word_in(context, patterns.contingents, trigger.last + 1, s_last))
                    or _hypothetical_past_an_aside(context, patterns, trigger, s_first)
                    or _hypothetical_target(context, patterns, trigger, roles, status)
                    or _forecast(context, patterns, trigger, max(s_first, previous + 1), s_first, s_last,
                                 status == "conditional"))
    if hypothetical and status != "denied":  # 'any advance towards Sirte' is a threat; 'denied sending any' is a denial
        return None
    if any_in(patterns.any_targets, context, trigger.last + 1, min(t for t, _, _ in roles) - 1):
        return None  # 'لا ينوي التحرك نحو أي أهداف داخلية في ليبيا': no place anyone moves to, denied or not
    kind = trigger.kind
    if kind == "deploy":
        kind = (any_in(patterns.modifiers, context, trigger.first, _before_a_clause(context, patterns, trigger, end))
                or any_in(patterns.modifiers, context, max(s_first, trigger.first - FORCE_BEFORE), trigger.first - 1)
                or kind)  # شاحنات محملة بالوقود والسلاح انطلقت: what the force before the verb carries
    role_tokens = {token for token, _, _ in roles}
    actor, from_context = mover_of(context, patterns, trigger._replace(kind=kind), s_first, end, role_tokens)
    if actor is None:
        actor = _whose_plan(context, patterns, trigger, s_last) or _escorts_actor(context, patterns, s_first, s_last)
        # في إطار خطة القيادة العامة: theirs; ورافقتها سرية من كتيبة سبل السلام: the escort's
    if actor is not None and not actor.name and _bare_army_at_home(context, patterns, actor, roles, s_first, s_last):
        actor = Actor(actor.text, context.actor_lexicon.home_army)  # الجيش حشد وحدات في بن جواد: Libya's own army
    landed = _landed_at(context, patterns, trigger, roles, s_first)
    if landed is not None:
        roles = [*roles, (landed, context.placed[landed], "destination")]  # أفادت مصادر في مطار سبها بأن طائرتين هبطتا
    sentence_start = context.norm.offsets[context.tokens[s_first].start]
    sentence_end = _original_sentence_end(context, s_last)
    trigger_start = context.norm.offsets[context.tokens[trigger.first].start + trigger.prefix]
    trigger_end = context.norm.offsets[context.tokens[trigger.last].end - 1] + 1
    confidence = 0.85 - (0.15 if from_context else 0) - (0.1 if trigger.needs_force else 0) - (0.2 if actor is None else 0)
    return Movement(
        kind=kind,
        status=status,
        actor=actor,
        origins=_each_once(m for _, m, role in roles if role == "origin"),
        destinations=_each_once(m for _, m, role in roles if role == "destination"),
        via=_each_once(m for _, m, role in roles if role == "via"),
        evidence=Span(sentence_start, sentence_end, context.text[sentence_start:sentence_end]),
        confidence=round(max(confidence, 0.3), 3),
        trigger=Span(trigger_start, trigger_end, context.text[trigger_start:trigger_end]),
        attributed_to=source_of(context, patterns, s_first, trigger.first),
        date=context.date_in(sentence_start, sentence_end),
    )


AIRFIELDS = ("airport", "base")  # where planes land


def _landed_at(context: Context, patterns: Patterns, trigger: Trigger, roles: list, s_first: int) -> int | None:
    """The token of the airport or air base named before a verb of landing that names none after it (وأفادت مصادر
    محلية في مطار سبها بأن طائرتي شحن هبطتا قادمتين من قاعدة الجفرة الجوية): where the planes landed, the last
    such place before the verb that is none of the movement's places and no origin (قادمة من); else None."""
    word = trigger_word(context, trigger)
    noun = word in patterns.landing_nouns
    if word not in patterns.landings and not noun or any(role == "destination" for _, _, role in roles):
        return None
    taken = {m.place.id for _, m, _ in roles if m.place is not None}
    before = context.places_between(s_first, trigger.first - 1)
    for k in reversed(before[-1:] if noun else before):  # هبوط: only the place right before it, no 'that' between
        if noun and word_in(context, patterns.that_words, context.mention_last[k] + 1, trigger.first - 1):
            return None
        place = context.placed[k].place
        if (place is not None and place.kind in AIRFIELDS and place.id not in taken
                and context.tokens[k - 1].text.removeprefix(CONJUNCTIONS[0]) == PLACE_LINK
                and (not context.marked(context.mention_last[k], trigger.first) or k - 1 == s_first
                     or patterns.relatives.at(context.norm.text, context.tokens, trigger.first - 1))):
            return k  # 'in' the airfield: no comma between, or opening the sentence (وفي مطار جانت، هبطت), or before
            # a relative clause (قاعدة تمنهنت الجوية، التي هبطت فيها طائرة) (not غادرت قاعدة الخادم ... بينما هبطت)
    return None


BARE_ARMY = ("", "generic")  # data/actors.csv's row for a bare الجيش، القوات المسلحة: no side named


def _bare_army_at_home(context: Context, patterns: Patterns, actor: Actor, roles: list, s_first: int,
                       s_last: int) -> bool:
    """Whether a bare 'the army' (الجيش), that no army named in the article before says whose it is, moves wholly
    inside Libya (the home country): Libya's own army, as Libyan news calls it, not an unnamed force. Not the army
    that denies or tells of the move (ونفى الجيش تحرك قوات أخرى نحو سرت): who speaks, not who moves."""
    lexicon = context.actor_lexicon
    if (lexicon.index.get(name_key(actor.text)) != BARE_ARMY or not roles
            or any(m.place is None or m.place.country != lexicon.home_country for _, m, _ in roles)):
        return False
    normal, tokens = context.norm.text, context.tokens
    return not any(span.actor == actor and span.first > s_first
                   and (patterns.status.ends_at(normal, tokens, span.first - 1)
                        or patterns.sources.ends_at(normal, tokens, span.first - 1))
                   for span in context.actors_between(s_first, s_last))


def _before_a_clause(context: Context, patterns: Patterns, trigger: Trigger, end: int) -> int:
    """The last token before the first clause of condition or time after the trigger (ستدخل الماية إذا لم تُسلَّم
    الذخيرة: what the condition names is not what moves), else ``end``."""
    for k in patterns.clause_openers.between(trigger.last + 1, end):
        match = patterns.clause_openers.at(context.norm.text, context.tokens, k)
        if match and match[2] == "clause":
            return k - 1
    return end


def _original_sentence_end(context: Context, s_last: int) -> int:
    """End of the sentence in the original text, closing punctuation included."""
    normal_end = context.tokens[s_last].end
    token_start = context.tokens[s_last].start
    span = bisect_right(context.sentence_starts, token_start) - 1  # spans are in order and do not overlap
    if span >= 0 and token_start < context.sentence_spans[span][1]:
        normal_end = context.sentence_spans[span][1]
    return context.norm.offsets[normal_end - 1] + 1


ASIDE_WORDS = 12  # words of a distance set off by commas (، على بعد نحو 950 كيلومتراً جنوب شرقي بنغازي،)


def _distance_asides(context: Context, patterns: Patterns) -> frozenset[int]:
    """The tokens of each distance set off by commas right after a place (وصلت إلى مدينة الكفرة، على بعد نحو 950
    كيلومتراً جنوب شرقي بنغازي، مساء الثلاثاء، قافلة): words about where the place is, which do not count when
    looking for the force after the verb."""
    tokens, words = context.tokens, context.norm.words
    found: set[int] = set()
    for k in compress(range(len(words)), map(DISTANCE.__eq__, words)):  # each بعد, found at C speed
        if not (k > 1 and tokens[k - 1].text in patterns.distance_words
                and context.mark_after(k - 2)):
            continue
        closing = context.aside_end(k, ASIDE_WORDS)
        if closing is not None:
            found.update(range(k - 1, closing + 1))
    return frozenset(found)


CAUSED_REACH = 6  # words from دفع to the 'to' of what it drove someone to do (دفع مصلحة الطيران المدني إلى تعليق)
TO = "الي"  # إلى, normalised


def _drove_to_act(context: Context, patterns: Patterns, trigger: Trigger, clause_end: int) -> bool:
    """Whether 'to' and an act (caused_acts) follow دفع within a few words, before any ب of what is sent: 'drove
    (someone) to do' (دفعت الاشتباكات بلدية الزاوية إلى تعليق الدراسة), not 'pushed (forces) to a place'."""
    words = context.norm.words
    for k in range(trigger.last + 1, min(clause_end, trigger.last + CAUSED_REACH)):
        if words[k] == TO:
            return words[k + 1] in patterns.caused_acts
        if _force_with_bi(context, patterns, k):
            return False  # دفعت بقوات إلى إغلاق الطريق: forces sent, to do something there
    return False


def _force_with_bi(context: Context, patterns: Patterns, k: int) -> bool:
    """Whether a force word carrying ب starts at token ``k`` (دفعت رئاسة الأركان، الأحد، بتعزيزات): what is sent."""
    if context.tokens[k].text[:1] != "ب":
        return False
    match = patterns.forces.at(context.norm.text, context.tokens, k)
    return bool(match) and context.tokens[k].text[:match[1]].endswith("ب")


ESCORT_REACH = 3  # words from 'under the guard of' to the force that guards (تحت حراسة عربات مسلحة)
ESCORT_NAME_REACH = 8  # words from 'escorted by' to the name of the force that escorts (ورافقتها طوال الطريق سرية من
# كتيبة سبل السلام)


def _escorts_actor(context: Context, patterns: Patterns, s_first: int, s_last: int) -> Actor | None:
    """The named force that escorts what moves, in its sentence (قافلة ... ورافقتها طوال الطريق سرية من كتيبة سبل
    السلام، تحت حراسة عربات مسلحة تابعة لكتيبة «سبل السلام»), else None."""
    for k in patterns.escorts.between(s_first, s_last):
        match = patterns.escorts.at(context.norm.text, context.tokens, k)
        if match:
            named = [span for span in context.actors_between(k + match[0], min(s_last, k + match[0] + ESCORT_NAME_REACH))
                     if span.actor.name]
            if named:
                return named[0].actor
    return None


def _has_force(context: Context, patterns: Patterns, trigger: Trigger, s_first: int, s_last: int) -> bool:
    """Whether a force word stands where this trigger needs one (see needs_force in the patterns file)."""
    after = min(s_last, reach_past(context, patterns, trigger.last, NEAR))  # عزز خلال الأيام الماضية نقاطه ... بسرية
    apposition = _apposition_after_a_place(context, patterns, trigger, after)
    if apposition is not None:  # وصلت إلى وور، آخر نقطة مأهولة قبل الشريط الحدودي، تعزيزات: past what the place is
        after = min(s_last, reach_past(context, patterns, apposition, NEAR))
    subject = context.actors_between(trigger.last + 1, after)
    if subject:  # نشرت رئاسة الأركان في حكومة الوحدة الوطنية ثلاث كتائب: the words of who sends them do not count
        after = min(s_last, max(after, reach_past(context, patterns, subject[0].last, NEAR)))
    near = max(s_first, trigger.first - FORCE_BEFORE)
    if and_then(context, trigger):  # تسللوا إلى الأراضي الليبية وتوغلوا نحو تازربو: the verb before's force moves on
        start = s_first if trigger.kind == "withdraw" else near  # انسحبت وحدات من «اللواء 444 قتال» ... وعادت إلى
        verbs = context.verb_tokens  # ترهونة: whoever withdrew goes back, the verb before in its future or plural form
        chained = max((k for k in verbs[bisect_left(verbs, start):bisect_left(verbs, trigger.first)]  # too (قواته
                       if trigger_match(patterns, context.norm.text, context.tokens, k)), default=None)  # «ستنسحب ... وتعود)
        near = near if chained is None else max(s_first, chained - FORCE_BEFORE)
    near = _past_the_station(context, patterns, _past_the_owner(context, near, trigger, s_first, patterns.verb_particles),
                             trigger, s_first)
    near = _past_a_quoted_name(context, near, trigger, s_first)
    aside = _aside_opening(context, patterns, trigger, s_first)  # ، بإشراف مراقبين دوليين، الانتشار: back past it, and
    if aside is not None:  # past the owner before it (وحدات من اللواء التابع للقيادة العامة، مساء الثلاثاء، الانتشار)
        near = _past_the_owner(context, max(s_first, min(near, aside - FORCE_BEFORE)), trigger._replace(first=aside),
                               s_first)
    begun = _begun_by(context, patterns, trigger, s_first, near)  # باشرت دوريات قسم الدعم والإسناد بمديرية أمن سبها،
    if begun is not None:  # مساء الأربعاء، الانتشار: the subject of 'began', however long
        near = begun
    station = _station_before(context, patterns, max(s_first, trigger.first - FORCE_BEFORE), trigger, s_first)
    subject = (max(s_first, trigger.first - SUBJECT_BEFORE) if station is None  # الوحدات المرابطة في برج الخضراء لن
               else max(s_first, station - FORCE_BEFORE))  # تُسحب: the passive's subject past where it is stationed
    before = {"after": subject, "near": near, "bi": near, "sentence": s_first}
    first = before.get(trigger.needs_force, s_first)
    if first > s_first and (_pronoun_subject(context, patterns, trigger)  # لكنها ستواصل تقدمها
                            or _and_that_it(context, patterns, trigger)  # ... وإنه «لن يتقدم
                            and _told_in_sentence(context, context.last_movement, s_first)
                            and context.last_movement.actor is not None
                            or patterns.earlier_legs.ends_at(context.norm.text, context.tokens, trigger.first - 1)
                            or _a_force_as_topic(context, patterns, s_first)):  # أما المسلحون السودانيون ...، فقال
        # وسيط إنهم «لن يغادروا»: the sentence's topic moves
        first = s_first  # ستواصل تقدمها; أفرغت سفينة ... بعد أن أبحرت من مرسين: the force named earlier in the sentence
    last = context.last_movement
    if _told_in_sentence(context, last, s_first) and (
            and_then(context, trigger) and trigger.kind != "withdraw" and last.origins and not last.destinations
            or is_next_leg(context, patterns, trigger)
            or last.actor is not None and trigger.first == trigger.last and not trigger.prefix
            and context.tokens[trigger.first - 1].text == ALTERNATIVE and _in_the_past(context, patterns, trigger)
            and not _condition_between(context, patterns, last, trigger)):
        # أن يكون مقاتلون سوريون قد نزلوا ... أو تقدموا نحو حقل الحمادة: the same movers, the other way (not إذا خرقت
        # قوات حفتر وقف إطلاق النار أو تقدمت: the condition's)
        return True  # دخلت مجموعات مسلحة ... من جبال تيبستي عبر الحدود مع تشاد وتقدمت إلى محيط القطرون: the movers
        # of a journey begun in the sentence and not yet ended go on; so do they after 'then' (ثم عادت منها إلى المنفذ)
    if trigger.kind == "naval_landing" and _ship_named_after(context, trigger):
        return True  # ومن المقرر أن تبحر «غازي عنتاب» من مصراتة: a ship's quoted name right after it sails
    if (any_in(patterns.forces, context, first, trigger.first - 1)
            or any_in(patterns.forces, context, trigger.first + 1, trigger.last - 1)  # chained: نشرت القيادة وحدات انطلقت
            or any_in(patterns.forces, context, trigger.last + 1, after)
            or any((span.kind == "unit" or context.tokens[span.first].text in patterns.unit_words
                    or _armed_group_of(context, span))  # غادرت مجموعات سودانية مسلحة: a nation's armed groups
                   and not trigger.first <= span.first <= trigger.last  # نفى المتحدث باسم غرفة عمليات سرت أي تحرك;
                   for span in context.actors_between(first, after))):  # ستنقل اللواء 444 قتال: a unit the lexicon knows
        return True
    for k in patterns.escorts.between(s_first, s_last):
        match = patterns.escorts.at(context.norm.text, context.tokens, k)
        if match and any_in(patterns.forces, context, k + match[0], min(s_last, k + match[0] + ESCORT_REACH)):
            return True  # قافلة صهاريج ... تحت حراسة عربات مسلحة تابعة لكتيبة «سبل السلام»: its escort moves with it
    if _owned_vehicle(context, patterns, first, after):
        return True  # شاحنات تابعة لـ«الفيلق الأفريقي» غادرت قاعدة الجفرة: a force's own trucks
    tokens = context.tokens
    if word_in(context, patterns.carrying, max(s_first, trigger.first - FORCE_BEFORE), s_last):  # most carry nothing
        clause_last = next((k - 1 for k in patterns.scope_breaks.between(trigger.last + 1, s_last)
                            if break_at(context, patterns, k)), s_last)  # not past فيما: another clause's vehicle
        for k in range(max(s_first, trigger.first - FORCE_BEFORE), clause_last + 1):
            if tokens[k].text in patterns.carrying and any_in(patterns.forces, context, k + 1, min(s_last, k + CARRIED)):
                return True  # وصلت إلى مدينة الكفرة ... قافلة تضم نحو 60 سيارة دفع رباعي تقلّ مقاتلين سودانيين: what it
                # carries
    if goes_on_from_there(context, patterns, trigger):
        return True  # حشدت الكتيبة آليات في العوينات. وستتقدم من هناك نحو أوباري: the movers before go on
    if last is not None and last.status != "denied" and goes_on_its_way(context, patterns, trigger, last):
        return True  # هبطت في قاعدة الخادم. وواصلت ست من هذه الطائرات رحلتها نحو مطار باماكو: the movers just told
    if trigger.needs_force != "bi":
        return False
    return any(_force_with_bi(context, patterns, k)  # دفعت رئاسة الأركان التابعة لحكومة الوحدة، الأحد، بتعزيزات
               for k in patterns.forces.between(trigger.last + 1, min(s_last, trigger.last + WINDOW)))


ASPECT_SUBJECT = 3  # words after a verb of beginning in which its subject, the force, starts (باشرت دوريات)
ASPECT_REACH = 14  # words from a verb of beginning to the verbal noun it governs (باشرت دوريات ... الانتشار)


APPOSITION_WORDS = 8  # words of an aside that says what a place is (، آخر نقطة مأهولة قبل الشريط الحدودي،)


def _apposition_after_a_place(context: Context, patterns: Patterns, trigger: Trigger, after: int) -> int | None:
    """The last word of an aside set off by commas right after the first place that follows the trigger, before
    ``after``, that tells what the place is and holds no trigger ('وصلت مساء الأربعاء إلى وور، آخر نقطة مأهولة قبل
    الشريط الحدودي، تعزيزات عسكرية'), with a force word right after it, else None: that force is the verb's subject
    all the same (not شوارع سبها، كبرى مدن الجنوب، بعدما انسحبت قوة: another clause's)."""
    places = context.places_between(trigger.last + 1, after)
    if not places:
        return None
    last = context.mention_last[places[0]]
    if not context.comma_after(last):
        return None
    end = context.aside_end(last + 1, APPOSITION_WORDS, commas_only=True)
    if (end is None or any_in(patterns.triggers, context, last + 1, end) or any_in(patterns.forces, context, last + 1, end)
            or end + 1 >= len(context.tokens) or (match := patterns.forces.at(context.norm.text, context.tokens, end + 1)) is None
            or match[1]):
        return None  # not وقوات الأمن تؤمن عملها: a force with 'and' opens a clause of its own
    return end


def _begun_by(context: Context, patterns: Patterns, trigger: Trigger, s_first: int, near: int) -> int | None:
    """The word after a verb of beginning or ending (باشرت، بدأت، استكملت) that stands before ``near`` and governs the
    trigger, its verbal noun, with no other movement's word and no new clause between them, or None: its subject, the
    force, stands between them however long its name ('باشرت دوريات قسم الدعم والإسناد بمديرية أمن سبها، مساء
    الأربعاء، الانتشار في حيي المنشية')."""
    words, normal, tokens = context.norm.words, context.norm.text, context.tokens
    for k in range(near - 1, max(s_first, trigger.first - ASPECT_REACH) - 1, -1):
        if words[k] in patterns.aspect_verbs:
            if (any_in(patterns.triggers, context, k + 1, trigger.first - 1)
                    or any(break_at(context, patterns, j) for j in patterns.scope_breaks.between(k + 1, trigger.first - 1))
                    or any(patterns.relatives.at(normal, tokens, j) for j in range(k + 1, trigger.first))):
                return None  # بدأت الحملة التي أطلقها أنصار الكتيبة ... الانتشار: a relative clause's force is not it
            subject = any_in(patterns.forces, context, k + 1, min(trigger.first - 1, k + ASPECT_SUBJECT))
            return k + 1 if subject is not None else None  # its subject, a force, right after it
    return None


OWNER_NAME_BEFORE = 4  # words from a word of belonging to the owner's name (تابعاً لرئاسة الأركان في حكومة الوحدة)


def _past_a_quoted_name(context: Context, near: int, trigger: Trigger, s_first: int) -> int:
    """Where a force word may stand before a 'near' trigger, moved back past a short quoted name between them
    (سفينة الإنزال الروسية «إيفان غرين» قد أبحرت: the ship's name is not counted)."""
    normal, tokens = context.norm.text, context.tokens
    close = max(normal.rfind(quote, tokens[near].start, tokens[trigger.first].start) for quote in CLOSING_QUOTES)
    opening = max(normal.rfind(quote, tokens[s_first].start, close) for quote in OPENING_QUOTES) if close >= 0 else -1
    if opening < 0:
        return near
    inside = sum(1 for k in range(s_first, trigger.first) if opening < tokens[k].start < close)
    return near if inside > SHIP_NAME_WORDS else max(s_first, near - inside)


def _past_the_owner(context: Context, near: int, trigger: Trigger, s_first: int,
                    particles: frozenset[str] = frozenset()) -> int:
    """Where a force word may stand before a 'near' trigger, moved back past whose the force is when its owner's name
    ends right before the trigger: 'رتلاً تابعاً لرئاسة الأركان في حكومة الوحدة الوطنية خرج من طرابلس', a particle of
    the verb's (``particles``) between them or not ('الوحدات التابعة لرئاسة الأركان العامة «لن تعود»')."""
    verb = trigger.first
    while verb - 1 > near and context.tokens[verb - 1].text in particles:
        verb -= 1
    spans = context.actors_between(near, verb - 1)
    if not spans or spans[-1].last != verb - 1:
        return near
    links, tokens = context.actor_lexicon.unit_owner_links, context.tokens
    link = next((k for k in range(spans[-1].first - 1, max(s_first, spans[-1].first - OWNER_NAME_BEFORE) - 1, -1)
                 if tokens[k].text in links), None)
    return near if link is None else max(s_first, min(near, link - FORCE_BEFORE))


PAST_ASIDE_BEFORE = 10  # words of an aside that tells where the force was before (، كانت تتمركز منذ أشهر في محيط أم الأرانب،)
ASIDE_BEFORE = 6  # words of an aside set off by commas right before a trigger (، بإشراف مراقبين دوليين،)


TOPIC_WORDS = 2  # words after 'as for' in which the force it makes the sentence's topic is named (أما المسلحون)


def _a_force_as_topic(context: Context, patterns: Patterns, s_first: int) -> bool:
    """Whether the sentence opens with 'as for' and a force (أما المسلحون السودانيون الذين يخيمون قرب ودان)."""
    return (context.norm.words[s_first] == AS_FOR
            and any_in(patterns.forces, context, s_first + 1, min(s_first + TOPIC_WORDS, len(context.tokens) - 1)))


def _aside_opening(context: Context, patterns: Patterns, trigger: Trigger, s_first: int) -> int | None:
    """The first word of an aside set off by commas that ends right before a 'near' trigger and names no place and
    no movement, or None: a force word may stand before it ('أن تبدأ دوريات مشتركة من الطرفين، بإشراف مراقبين
    دوليين، الانتشار بين البويرات والوشكة')."""
    k = _before_its_particle(context, patterns, trigger, s_first + 1)  # مقاتلي «فاغنر»، الذين ...، «لن يغادروا سرت
    if k <= s_first or not context.mark_after(k):
        return None
    opening = next((j for j in range(k - 1, max(s_first, k - PAST_ASIDE_BEFORE) - 1, -1)
                    if context.mark_after(j)), None)
    if opening is not None and context.norm.words[opening + 1] in patterns.past_being:
        return opening + 1  # مجموعة مسلحة، كانت تتمركز منذ أشهر في محيط أم الأرانب، غادرت المنطقة: where it was before
    if opening is not None and patterns.relatives.at(context.norm.text, context.tokens, opening + 1):
        return opening + 1  # كتيبة المغاوير، التي حشدت نحو 40 آلية في العوينات منذ الأحد، لن تتقدم: what the force is
    if opening is not None and opening < k - ASIDE_BEFORE:
        return None
    if (opening is None or any(not names_actor(context, place) for place in context.places_between(opening + 1, k))
            or any_in(patterns.triggers, context, opening + 1, k)):
        return None  # not a place of its own; one in a force's name is none (، والتابعة لرئاسة الأركان في طرابلس،)
    return opening + 1


def _before_its_particle(context: Context, patterns: Patterns, trigger: Trigger, floor: int) -> int:
    """The token before the trigger, or before the particle of negation, future or past right before it (لن تتقدم،
    لم يغادروا) when that stands at ``floor`` or after it: the particle belongs to the verb."""
    k = trigger.first - 1
    return k - 1 if k >= floor and context.tokens[k].text in patterns.verb_particles else k


def _past_the_station(context: Context, patterns: Patterns, near: int, trigger: Trigger, s_first: int) -> int:
    """Where a force word may stand before a 'near' trigger, moved back past where the force is stationed (or has
    arrived) when that ends right before the trigger or its particle: 'وحدات القيادة العامة المتمركزة في القطرون
    «ستتقدم نحو منفذ التوم»', 'الوحدات الواصلة إلى بن قردان لن تتقدم نحو الحدود'."""
    station = _station_before(context, patterns, near, trigger, s_first)
    if station is None:
        station = _relative_before(context, patterns, near, trigger, s_first)
    return near if station is None else max(s_first, min(near, station - FORCE_BEFORE))


RELATIVE_WORDS_BEFORE = 6  # words of a relative clause that describes the force, between it and its verb


def _relative_before(context: Context, patterns: Patterns, near: int, trigger: Trigger, s_first: int) -> int | None:
    """The token of a relative pronoun that opens a short clause describing the force right before its verb, no
    clause mark or place in it ('عناصر الحرس الذين كانوا يتولون البوابات غادروا المجمع'): the force word may stand
    before it; else None."""
    normal, tokens = context.norm.text, context.tokens
    last = _before_its_particle(context, patterns, trigger, s_first)
    for r in range(last - 1, max(s_first, trigger.first - RELATIVE_WORDS_BEFORE) - 1, -1):
        if patterns.relatives.at(normal, tokens, r):
            if (context.marked(r, trigger.first) or context.places_between(r, last)
                    or all(patterns.forces.ends_at(normal, tokens, j) is None for j in (r - 1, r - 2) if j >= s_first)):
                return None  # the force right before it, or a force word and its noun (عناصر الحرس الذين)
            return r
    return None


TIME_WORDS = 4  # words of a time phrase between a relative clause's verb and where it says the force went
OBJECT_PRONOUNS = ("ها", "هم")  # a relative clause's verb with the force as its object (التي حشدتها، الذين أرسلهم)


def _station_before(context: Context, patterns: Patterns, near: int, trigger: Trigger, s_first: int) -> int | None:
    """The token of the word for being stationed (المتمركزة، الواصلة) whose place ends right before the trigger or
    its particle, from ``near`` on; else None."""
    normal, tokens = context.norm.text, context.tokens
    k = last = _before_since(context, _before_its_particle(context, patterns, trigger, near), near)  # الوحدات
    while k >= near and (k in context.placed or k in context.inner_place_tokens):
        k -= 1
    if k == last and k > s_first and tokens[k].text in patterns.place_anaphors:
        k -= 1  # الوحدات المنتشرة في محيط المعبر لن تعود: the place named before
    if (k < last and k > s_first and tokens[k].text in patterns.place_parts
            and tokens[k].text not in patterns.stationed_links):  # not داخل, a link itself (المتمركزة داخل قاعدة)
        k, near = k - 1, near - 1  # الوحدات المنتشرة في محيط معبر رأس جدير لن تعود: a part of the place
    if k == last or k < near or tokens[k].text not in patterns.stationed_links:
        return None
    verb = k - 1
    while verb > s_first and (context.norm.words[verb],) in patterns.time_words.index and verb > k - 1 - TIME_WORDS:
        verb -= 1  # القوات التي حشدتها منذ الأسبوع الماضي في الشويرف لن تتقدم: when, between the verb and where
    if (verb - 1 >= s_first and patterns.relatives.at(normal, tokens, verb - 1)
            and (trigger_match(patterns, normal, tokens, verb) or tokens[verb].text.endswith(OBJECT_PRONOUNS))):
        return verb - 1  # التعزيزات التي وصلت إلى جانت «لن تعود ...»: where a relative clause says it went; القوات
        # التي حشدتها في الشويرف: where someone sent or massed them
    return next((j for j in range(k - 1, max(s_first, k - STATION_WORDS) - 1, -1)
                 if patterns.stationed.at(normal, tokens, j)), None)


def _before_since(context: Context, k: int, floor: int) -> int:
    """The token before a phrase of 'since' that ends at token ``k`` (المتمركزة في أوباري منذ أسبوعين ستتقدم: how
    long the force has been there, before its verb), or ``k`` where none does, from ``floor`` on."""
    since = next((j for j in range(k, max(floor, k - SINCE_WORDS) - 1, -1) if context.tokens[j].text == SINCE), None)
    return k if since is None else since - 1


def _stationed_in_the_same(context: Context, patterns: Patterns, trigger: Trigger, s_first: int) -> list:
    """'الوحدات المتمركزة في المنفذ «ستتقدم نحو مثلث السلفادور»': where the force is stationed, right before the verb,
    is a noun that points back (المنفذ، المدينة): the last place of its kind the article named is its origin."""
    normal, tokens = context.norm.text, context.tokens
    k = _before_since(context, _before_its_particle(context, patterns, trigger, s_first), s_first)
    if k > s_first and tokens[k].text in patterns.same_words:
        k -= 1  # المتمركزة في المدينة نفسها «لن تنسحب»
    if k - 2 < s_first or tokens[k].text not in patterns.place_anaphors:
        return []
    if tokens[k - 1].text not in patterns.stationed_links or not stationed_ends_at(patterns, normal, tokens, k - 2, s_first):
        return []
    kinds, _, called, _, _, names = patterns.place_anaphors[tokens[k].text]
    for first in reversed(context.places_between(0, k - 3)):
        if (mention := _pointed_back_to(context, first, kinds, called, names, tokens[k].text)) is not None:
            return [(first, mention, "origin")]
    return []


def _pointed_back_to(context: Context, first: int, kinds, called, names, noun: str) -> Mention | None:
    """The place named at ``first`` as a noun that points back (``noun``: المدينة، المنفذ) may mean it, of one of its
    ``kinds``, called by one of ``called`` and named one of ``names`` where the noun asks it, not a place only passed
    through (مروراً بجرمة): the mention (a municipality's town for 'the town'), else None."""
    mention = seat_of(context.placed[first], kinds)
    if (mention.place is None or mention.place.kind not in kinds or id(context.placed[first]) in context.passed
            or called and not _called(context, first, called, noun) or names and not _named_as(mention, names)):
        return None
    return mention


STATION_WORDS = 2  # words back from في، قرب to the word for being stationed (المتمركزة في، كانت تتمركز عند)
SINCE_WORDS = 4  # words back from the trigger that SINCE (منذ) may stand (منذ أكثر من شهر ستتقدم)
SHIP_NAME_WORDS = 5  # a ship's quoted name is short («غازي عنتاب», «الأدميرال غولوفكو», «تي سي جي غازي عنتاب»)


def _ship_named_after(context: Context, trigger: Trigger) -> bool:
    """Whether a short quoted name opens right after the trigger: the ship that sails or docks."""
    normal, tokens = context.norm.text, context.tokens
    after = trigger.last + 1
    if after >= len(tokens) or normal[tokens[trigger.last].end:tokens[after].start].strip() not in ("«", "“"):
        return False
    close = normal.find("»", tokens[after].start, tokens[after].start + 60)
    return close > 0 and len(normal[tokens[after].start:close].split()) <= SHIP_NAME_WORDS


def _in_the_past(context: Context, patterns: Patterns, trigger: Trigger) -> bool:
    """Whether the trigger is a verb in the past, a plural one (تقدموا) included: an alternative told of what
    happened (نزلوا ... أو تقدموا), not a choice to come (هل ستبقى أو تتقدم)."""
    return past_verb(context, patterns, trigger) or context.tokens[trigger.first].text.endswith(PLURAL_PAST)


PLURAL_PAST = "وا"  # تقدموا، انسحبوا


def _condition_between(context: Context, patterns: Patterns, last: Movement, trigger: Trigger) -> bool:
    """Whether a cue of condition (إذا، في حال) stands between the ``last`` movement's trigger and this one."""
    if last.trigger is None:
        return True
    return bool(conditions_between(context, patterns, token_at(context.norm, last.trigger.end - 1) + 1, trigger.first - 1))


def _pronoun_subject(context: Context, patterns: Patterns, trigger: Trigger) -> bool:
    """Whether 'but' with a pronoun stands right before the trigger (لكنها، لكنهم), its subject. Not 'that' with
    one (قال إنها أبحرت): too often a ship or a cargo the sentence names, not a force."""
    before = _word_before_verb(context, patterns, trigger)
    return before is not None and bool(patterns.pronoun_subjects.at(context.norm.text, context.tokens, before))


def _and_that_it(context: Context, patterns: Patterns, trigger: Trigger) -> bool:
    """Whether 'and that it' stands right before the trigger (وإنه «لن يتقدم», ``patterns.joined_thats``)."""
    before = _word_before_verb(context, patterns, trigger)
    return before is not None and context.tokens[before].text in patterns.joined_thats


def _word_before_verb(context: Context, patterns: Patterns, trigger: Trigger) -> int | None:
    """The token right before the trigger, past its particles (لكنها لن تدخل، وإنه «لن يتقدم), with only blanks or an
    opening quote after it; else None."""
    before = trigger.first - 1
    while before > 0 and context.tokens[before].text in patterns.verb_particles:
        before -= 1
    if before >= 0 and context.norm.text[context.tokens[before].end:context.tokens[before + 1].start].strip(" «\"") == "":
        return before
    return None


CARRY_REACH = 8  # words from the trigger to 'carrying' (تقل، على متنها) after the vehicle
CARRIED = 3  # words from 'carrying' to what is carried (تقل 160 مهاجراً)


LEFT_REACH = 9  # words after a trigger to what it leaves when that is no place (من المجموعة الاقتصادية), its subjects between


def _is_not_force(context, patterns, trigger, s_first, end) -> bool:
    """A visit, a trip of officials, a humanitarian flight or civilian cargo, not a movement of forces: words
    of the patterns' non_force entries within a few words of the trigger, or anywhere in its clause for the
    entries whose scope is 'clause'."""
    end = _before_another_clause(context, patterns, trigger, end)  # لتأمين خط الأنابيب وسكن العمال: what it guards
    first = max(s_first, trigger.first - 5)
    if trigger.first and context.comma_after(trigger.first - 1) and any(
            patterns.relatives.at(context.norm.text, context.tokens, j)
            for j in patterns.relatives.between(max(s_first, trigger.first - RELATIVE_BEFORE), trigger.first - 1)):
        first = trigger.first  # وبحسب الخطة التي اعتمدها الوزير، ستنتشر وحدات: who adopted the plan does not travel
    for k in range(trigger.first - 1, first - 1, -1):
        if context.tokens[k].text in patterns.that_words:
            first = k + 1  # not who speaks: قال مسؤول إن ...
            break
        if context.comma_after(k - 1) and (break_at(context, patterns, k) or _explains_at(context, patterns, k)):
            first = k  # مزرعة كان المختطفون محتجزين فيها، فيما أنزلت زوارق ... عناصر: who was held is no mover; تضييق
            break  # الخناق على شبكات التهريب، إذ وصلت تعزيزات: what the clause 'as' explains is no cargo
        if context.tokens[k].text in patterns.speaker_verbs and joined(context.norm.text, context.tokens, k, trigger.first):
            first = trigger.first  # نفى مسؤول محلي إرسال قوات: who denies it, not an official sent (but وقال أحد
            break  # العائدين: «خرجنا من إدري»: the speaker's own trip, told in his words)
    if context.tokens[trigger.first].text[trigger.prefix:] in patterns.escort_verbs:
        return any(patterns.non_force.at(context.norm.text, context.tokens, k)  # رافق رتل السائقين: what it escorts
                   for k in patterns.non_force.between(first, trigger.first - 1))  # is no mover; رافق الوزير الوفد
    if _escorted_by_a_force(context, patterns, trigger, s_first) is not None:
        return False  # سرية من رئاسة الأركان سترافق قافلة من 25 شاحنة إغاثة تنطلق من طرابلس: the escort goes with it
    for k in patterns.escorts.between(trigger.last + 1, end):
        match = patterns.escorts.at(context.norm.text, context.tokens, k)
        if (match and k + match[0] <= end and context.tokens[k + match[0]].text not in patterns.guard_adjectives  # not بحراسة
                and any_in(patterns.forces, context, k + match[0], min(end, k + match[0] + ESCORT_REACH))):  # عسكرية
            return False  # نُقل العمال في حافلة مدنية من أجدابيا إلى منفذ امساعد، ورافقتها دورية عسكرية: the escort goes
    for k in patterns.non_force.between(first, min(end, trigger.last + LEFT_REACH)):
        match = patterns.non_force.at(context.norm.text, context.tokens, k)
        if match and k > trigger.last + 5 and match[2][1] != "after":
            continue  # only what is left (انسحاب النيجر مع مالي وبوركينا فاسو من المجموعة الاقتصادية) lies this far on
        if match and (_said_of_a_force(context, patterns, k) or k and context.tokens[k - 1].text in patterns.pretexts
                      or match[2][2] and _military_vehicle(context, patterns, s_first, k, trigger)):
            continue  # الخبراء العسكريين العاملين في قاعدة الجفرة: the experts 'working' there; «تحت غطاء الإغاثة»: a cover;
            # قافلة عسكرية محمّلة بالأغذية ستنطلق: the forces' own convoy
        if match and k < trigger.first and (_in_an_aside_before(context, patterns, s_first, k, trigger.first)
                                            or patterns.en_route.at(context.norm.text, context.tokens, trigger.first)
                                            and context.aside_around(k, trigger.first, s_first) is not None):
            continue  # رئاسة الأركان، وفق ما أبلغه به ضابط في ديوان الرئيس، تعتزم نقل سرية: who told the source; رتل ...،
            # بينها ... عربات إسعاف، في طريقه إلى طبرق: on its way is the column told before, whatever an aside says
            # it holds
        if match and match[2][3] and k < trigger.first and _sent_right_after(context, patterns, trigger):
            continue  # أمر رئيس الأركان بنقل سرية: who orders the move sends the force named right after it
        scope = match[2][1] if match else None
        if match and (scope != "after" or k > trigger.last) and (scope != "object" or k == trigger.last + 1) \
                and (scope != "joined" or _joined_before(context, patterns, trigger, k)) \
                and not _and_a_force(context, patterns, k + match[0], k + match[0]) \
                and not _after_arms(context, patterns, k):
            return True  # an 'after' entry only as what the trigger leaves (انسحب من الاتفاق), not a phrase before
            # it (تنص المرحلة الثانية من الاتفاق على نقل سرية); an 'object' entry right after it (أعادت نشر المقطع);
            # not the wounded with fighters (تقل جرحى ومقاتلين)
    if _carried_before(context, patterns, trigger, s_first):
        return True
    carry_last = min(end, trigger.last + CARRY_REACH)
    if (not patterns.carrying.isdisjoint(context.norm.words[trigger.last + 1:carry_last + 1])
            or patterns.aboard.between(trigger.last + 1, carry_last)):  # most clauses carry nothing: no word looked at
        for k in range(trigger.last + 1, carry_last + 1):
            if (context.tokens[k].text in patterns.carrying or patterns.aboard.at(context.norm.text, context.tokens, k)) \
                    and any_in(patterns.non_force, context, k + 1, min(end, k + CARRIED)) \
                    and not _and_a_force(context, patterns, k + 1, min(end, k + CARRIED)) \
                    and not (_cargo_only(context, patterns, k + 1, min(end, k + CARRIED))
                             and _military_vehicle(context, patterns, s_first, k, trigger)):
                return True  # أقلعت من مطار بنينا طائرة تقل 160 مهاجراً: what the plane carries is no force (but
                # وصلت قافلة عسكرية محملة بالمساعدات: the forces' own convoy moves, whatever it carries)
    aid_first = max(s_first, trigger.first - AID_BEFORE)
    for k in range(trigger.first - 1, aid_first - 1, -1):
        if context.tokens[k].text in patterns.that_words:
            if context.actors_between(k + 1, trigger.first - 1) or any(  # a force word, not a craft: وأن «الوحدات
                    _force_not_craft(context, patterns, f)  # المنتشرة في غات ستعود
                    for f in patterns.forces.between(k + 1, trigger.first - 1)) or (
                    k == trigger.first - 1 and _force_not_craft(context, patterns, trigger.last + 1)):
                aid_first = k + 1  # a force named after 'that' moves, whatever the sentence told before (اعتداء
            break  # مسلحين على موظف ...، فيما قال مسؤول أمني إن وحدات من الجيش ... ستنتقل; بعد أن خرجت الدوريات,
            # its subject right after it; not أن السفينة «أبحرت)
    words = patterns.non_force.between(aid_first, end)
    if not words:
        return False
    normal, tokens = context.norm.text, context.tokens
    if end > trigger.last:  # the clause ends at a comma: '، ضمن خطة ... شاحنات البضائع' is not it
        mark = context.first_mark(trigger.last, end)
        if mark is not None:  # the clause's last word is the one before the mark
            end = mark
    if trigger.needs_force == "after" and any(
            tokens[k].text in patterns.unit_words for k in range(trigger.last + 1, min(end, trigger.last + UNIT_AFTER) + 1)):
        return False  # سحب كتيبة من حرس الحدود ... لسد النقص في أعداد العاملين بالإغاثة: a unit sent, whatever it goes to do
    for k in words:
        if k > end:
            break
        match = patterns.non_force.at(normal, tokens, k)
        if (match and match[2][1] == "clause" and not _said_of_a_force(context, patterns, k)
                and not (k and tokens[k - 1].text in patterns.pretexts)
                and not (match[2][2] and _military_vehicle(context, patterns, s_first, k, trigger))
                and not _and_arms(context, patterns, k + match[0], end) and not _after_arms(context, patterns, k)
                and not _force_aboard(context, patterns, trigger, k) and not _given_to(context, patterns, trigger, k, match[1])):
            return True
    return False


def _sent_right_after(context: Context, patterns: Patterns, trigger: Trigger) -> bool:
    """Whether the trigger sends (نقل، أرسل، دفع ب) and a force is named right after it, as its object ('نفى مسؤول
    إعلامه نقل أي وحدات'، 'أمر رئيس الأركان بنقل سرية'), not a military adjective nor a word of a place's name (يصل
    القاعدة العسكرية في الوطية)."""
    if trigger.needs_force not in ("after", "bi") and trigger_word(context, trigger) not in context.actor_lexicon.state_verbs:
        return False  # أبلغ المسؤولين بتدخل الجيش التركي: what they were told of, no sending
    last = min(len(context.tokens) - 1, trigger.last + ORDERED_FORCE_AFTER)
    return any(context.norm.words[j].removeprefix("ال")[:len(MILITARY_ADJECTIVE)] != MILITARY_ADJECTIVE
               and j not in context.placed and j not in context.inner_place_tokens
               and patterns.forces.at(context.norm.text, context.tokens, j)
               for j in patterns.forces.between(trigger.last + 1, last))


def _given_to(context: Context, patterns: Patterns, trigger: Trigger, k: int, prefix: int) -> bool:
    """Whether the non-force word at ``k``, after the trigger, bears 'to' (لموظفين، للعمال) after a word of handing
    over: to whom a post is handed, not who moves (انسحبت لزوارة وسلّمت البوابة لموظفين الجمارك); not 'for' (طائرات
    محملة بمواد للإغاثة), nor 'belonging to' (طائرة تابعة للخطوط الجوية)."""
    tokens = context.tokens
    return (k > trigger.last and prefix > 0 and tokens[k].text[:prefix].removeprefix(CONJUNCTIONS[0])[:1] == TO_PREFIX
            and word_in(context, patterns.handover_words, trigger.last + 1, k - 1))  # not مواد للإغاثة: for relief


def _spoken_not(context: Context, patterns: Patterns, trigger: Trigger, s_first: int) -> bool:
    """Whether 'not' (ما) stands right before the trigger, a verb (no article, no prefix), after the force that is its
    subject ('حتى وحدة ما روّحت لمدنين'، 'القوات ما انسحبت') or opening a speaker's turn or a quote (الضيف: ما
    دخلوش): a denial; not 'what' or 'that' (رصدت المصادر ما وصل، عادةً ما تنتشر، بعد ما وصلت، لسببٍ ما انسحبت)."""
    words, tokens, normal = context.norm.words, context.tokens, context.norm.text
    k = trigger.first - 1
    if (k < s_first or trigger.prefix or words[k] not in patterns.spoken_negations
            or words[trigger.first][:2] == ARTICLE or context.marked(k, trigger.first)):
        return False
    if k > s_first and words[k - 1] in patterns.spoken_negation_nots:
        return False
    before = normal[tokens[k - 1].end if k else 0:tokens[k].start]
    return (any(mark in before for mark in (":", "«")) or k > s_first and (
        patterns.forces.ends_at(normal, tokens, k - 1) is not None
        or patterns.unnamed_forces.ends_at(normal, tokens, k - 1) is not None
        or any(span.last == k - 1 for span in context.actors_between(max(s_first, k - ACTOR_WORDS), k - 1))))


SHELTER_FORCE_BEFORE = 8  # words back from a shelter noun to the force that goes there (عناصر ... «ستنتشر قرب مخيم)
ACTOR_WORDS = 6  # words back from 'not' to the first word of the actor's name that is its subject

TO_PREFIX = "ل"  # 'to', 'for' as a prefix (لموظفين)
ABOARD_BEFORE = 4  # words back from the verb to 'aboard' (على متن رحلة جوية حطت)


def _carried_before(context, patterns, trigger, s_first: int) -> bool:
    """'عودة 45 مهاجراً موريتانياً من ليبيا على متن رحلة جوية حطت في نواكشوط': who is aboard the craft that lands,
    named before 'aboard' (a few words before it, no force among them, nor one after the verb, no clause between),
    is no force."""
    for k in patterns.aboard.between(max(s_first, trigger.first - ABOARD_BEFORE), trigger.first - 1):
        if patterns.aboard.at(context.norm.text, context.tokens, k):
            if context.marked(k, trigger.first):
                return False  # على متن رحلة جوية، ووصلت قوات من الجيش إلى سبها: another clause
            first = max(s_first, k - CARRY_REACH)
            return (any_in(patterns.non_force, context, first, k - 1) is not None
                    and any_in(patterns.forces, context, first, k - 1) is None
                    and any_in(patterns.forces, context, trigger.first, trigger.last + CARRY_REACH) is None)
    return False


def _explains_at(context, patterns, k: int) -> bool:
    """Whether a clause of explanation ('as', إذ) opens at token k."""
    match = patterns.clause_openers.at(context.norm.text, context.tokens, k)
    return match is not None and match[2] == "explanation"


JOINED_BEFORE = 3  # tokens from a 'joined' non-force word to the trigger it stands right before
MILITARY_BEFORE = 8  # tokens before the trigger where a military vehicle may be named (... أربع طائرات نقل عسكرية أقلعت)


def _crossed_on_the_way(context: Context, patterns: Patterns, trigger: Trigger, roles: list) -> list:
    """'عبرت قناة السويس متجهة إلى ميناء طبرق': the place a verb of crossing takes as its object (no word of direction
    before it), where a word of direction names a destination after it, is passed on the way, not where the move ends."""
    if trigger_word(context, trigger) not in patterns.crossings or len(roles) < 2:
        return roles
    first = next((r for r in roles if r[2] == "destination"), None)
    normal, tokens = context.norm.text, context.tokens
    if first is None or first[0] <= trigger.last or patterns.roles.ends_at(normal, tokens, first[0] - 1) is not None:
        return roles  # only the verb's own object, with no word of direction before it
    if not any(r[2] == "destination" and r[0] > first[0]
               and patterns.roles.ends_at(normal, tokens, r[0] - 1) == "destination" for r in roles):
        return roles
    return [(k, mention, "via") if (k, mention, role) == first else (k, mention, role) for k, mention, role in roles]


OWNER_AFTER_LINK = 2  # tokens from 'belonging' to the owner it names (تابعة لـ«الفيلق الأفريقي»)


def _owned_vehicle(context: Context, patterns: Patterns, first: int, last: int) -> bool:
    """Whether a vehicle in tokens first..last belongs to a force the lexicon names, said right after it (شاحنات تابعة
    لـ«الفيلق الأفريقي»، آليات التابعة للواء 444): the force's own vehicles move as it does."""
    tokens, links = context.tokens, context.actor_lexicon.unit_owner_links
    return any(tokens[j].text in patterns.vehicles and tokens[j + 1].text in links
               and tokens[j + 2].text[:1] == "ل"
               and any(span.actor.name and CIVIL_OWNERS.isdisjoint(peeled_rests(tokens[span.first].text))
                       for span in context.actors_between(j + 2, min(last, j + 1 + OWNER_AFTER_LINK)))
               for j in range(first, min(last, len(tokens) - 2)))


CIVIL_OWNERS = frozenset({"حكومه", "الحكومه", "وزاره", "الوزاره", "مجلس", "المجلس"})  # a government's or a ministry's
# trucks carry ballot boxes as often as troops (شاحنات تابعة لحكومة الوحدة الوطنية لنقل صناديق الاقتراع): only a
# force's are its own


def _force_not_craft(context, patterns, k: int) -> bool:
    """Whether a force phrase starts at token k that is not a craft or a vehicle (الوحدات، الدوريات; not السفينة,
    طائرات, رتل, which carry aid as often as troops) nor a part of something named before (جزءا منها)."""
    word = context.tokens[k].text if k < len(context.tokens) else ""
    return (word != "" and word not in patterns.crafts and word not in patterns.vehicles
            and word.rstrip("ا") not in patterns.partitives  # جزءا منها: part of whatever came before
            and patterns.forces.at(context.norm.text, context.tokens, k) is not None)


def _cargo_only(context, patterns, first: int, last: int) -> bool:
    """Whether every non-force word in tokens first..last names cargo (aid, goods: not patients, migrants)."""
    return all(match[2][2] for k in patterns.non_force.between(first, last)
               if (match := patterns.non_force.at(context.norm.text, context.tokens, k)))


def _military_vehicle(context, patterns, s_first: int, last: int, trigger: Trigger) -> bool:
    """'قافلة عسكرية', 'طائرات نقل عسكرية' from MILITARY_BEFORE words before the trigger (not before its sentence) to
    token ``last`` (exclusive), in the trigger's clause (no mark between them: not حلقت طائرات حربية فوق المدينة،
    ووصلت قافلة مساعدات): a vehicle of the forces, a military mark right after a vehicle word (or one word after it:
    طائرات نقل عسكرية)."""
    tokens, first = context.tokens, max(s_first, trigger.first - MILITARY_BEFORE)
    return any(tokens[j].text in patterns.military_marks
               and (tokens[j - 1].text in patterns.vehicles or j - 2 >= first and tokens[j - 2].text in patterns.vehicles)
               and not (context.marked(j, trigger.first) if j < trigger.first else context.marked(trigger.last, j))
               for j in range(first + 1, last))


def _joined_before(context: Context, patterns: Patterns, trigger: Trigger, k: int) -> bool:
    """Whether the non-force word at ``k`` stands right before the trigger, within JOINED_BEFORE tokens and no mark
    between, with no force named right after the trigger (مئات المدنيين عبور الحدود، في الذكرى الثانية عشرة
    لانطلاق; not في الذكرى الأولى للحرب دخلت قوات الدعم السريع: the forces move)."""
    return (0 < trigger.first - k <= JOINED_BEFORE and not context.marked(k, trigger.first)
            and not any_in(patterns.forces, context, trigger.last + 1,
                           min(len(context.tokens) - 1, trigger.last + JOINED_BEFORE)))


def _force_aboard(context: Context, patterns: Patterns, trigger: Trigger, k: int) -> bool:
    """Whether the civilian vessel at ``k`` comes after 'aboard' and a force named after the trigger (أن تغادر دفعة
    من 40 مقاتلاً ... على متن سفينة تجارية): the fighters it carries move, whatever the ship."""
    return (k > trigger.last and patterns.aboard.ends_at(context.norm.text, context.tokens, k - 1) is not None
            and any_in(patterns.forces, context, trigger.last + 1, k - 1))


def _escorted_in_future(context: Context, patterns: Patterns, trigger: Trigger) -> bool:
    """Whether a force will escort what moves (سترافق قافلة ... تنطلق الأحد): the move is to come too."""
    s_first = bounds_of_sentence(context, trigger.first)[0]
    escort = _escorted_by_a_force(context, patterns, trigger, s_first)
    return escort is not None and is_future_word(context.norm.words[escort])


ESCORTED_REACH = 8  # words back from a verb of movement to the verb of escorting whose object moves (سترافق قافلة من 25
# شاحنة إغاثة تنطلق)


def _escorted_by_a_force(context: Context, patterns: Patterns, trigger: Trigger, s_first: int) -> int | None:
    """The token of the verb by which a force escorts what moves, in the trigger's clause a few words before it, a
    force word before that verb (سرية من رئاسة الأركان سترافق قافلة من 25 شاحنة إغاثة تنطلق الأحد من طرابلس نحو
    أوباري), else None."""
    words = context.norm.words
    for j in range(trigger.first - 1, max(s_first, trigger.first - ESCORTED_REACH) - 1, -1):
        if words[j] in patterns.escort_verbs:
            if not context.marked(j, trigger.first) and any_in(patterns.forces, context, s_first, j - 1):
                return j
            return None
    return None


def _in_an_aside_before(context: Context, patterns: Patterns, s_first: int, k: int, first: int) -> bool:
    """Whether token ``k`` stands in an aside that says who the news comes from, set off by commas that both come
    before token ``first`` and from ``s_first`` (رئاسة الأركان، وفق ما أبلغه به ضابط في ديوان الرئيس، تعتزم نقل
    سرية)."""
    opening = context.aside_around(k, first, s_first)
    if opening is None:
        return False
    opener = patterns.clause_openers.at(context.norm.text, context.tokens, opening + 1)
    return bool(opener) and opener[2] == "source"


ARMS_AFTER = 3  # words after civilian cargo in which arms carried with it are named (ناقلات وقود وشاحنات ذخيرة)


def _and_arms(context: Context, patterns: Patterns, first: int, end: int) -> bool:
    """Whether weapons or ammunition are carried too, named with و within a few words of token ``first`` (a convoy
    of fuel tankers and ammunition trucks, مؤناً وأدوية وذخائر): a military shipment, not civilian cargo alone."""
    tokens, normal = context.tokens, context.norm.text
    last = min(end, first + ARMS_AFTER - 1, len(tokens) - 1)
    return any(tokens[k].text.startswith("و") for k in range(first, last + 1)) and any(
        patterns.modifiers.at(normal, tokens, k) for k in range(first, last + 1))


def _after_arms(context: Context, patterns: Patterns, k: int) -> bool:
    """Whether the cargo at token ``k`` is joined by و to weapons or ammunition named a few words before it (محملة
    بالوقود والذخيرة والمؤن الغذائية): a military shipment, not civilian cargo alone (the mirror of _and_arms)."""
    tokens, normal = context.tokens, context.norm.text
    first = max(0, k - ARMS_AFTER)
    return any(tokens[j].text.startswith("و") for j in range(first + 1, k + 1)) and any(
        patterns.modifiers.at(normal, tokens, j) for j in range(first, k))


def _and_a_force(context: Context, patterns: Patterns, first: int, last: int) -> bool:
    """Whether a force is carried too, joined by 'and' (طائرات تقل جرحى ومقاتلين): not the wounded alone."""
    tokens = context.tokens
    return any(tokens[k].text.startswith("و") and patterns.forces.at(context.norm.text, tokens, k)
               for k in range(first, min(last, len(tokens) - 1) + 1))


def _armed_group_of(context: Context, span: ActorSpan) -> bool:
    """Whether the actor span is a word for armed groups with whose they are (مجموعات سودانية، مسلحين تشاديين)."""
    return span.actor.name is not None and any(
        rest in context.actor_lexicon.armed_group_words for _, rest in peel(context.tokens[span.first].text))


COMBAT_AFTER_FORCE = 3  # words from a force word to the word of fighting what follows (وحدة متخصصة في مكافحة)


def _said_of_a_force(context: Context, patterns: Patterns, k: int) -> bool:
    """Whether the non-force word at ``k`` says where the force word right before it is stationed (الخبراء العسكريين
    العاملين في قاعدة الجفرة: 'working' there), is carried with it (الذخيرة والأدوية) or is what it fights (مكافحة
    المخدرات) or whose gunmen it names (مسلحي شبكات التهريب), not who moves (not سفينة مساعدات: an aid ship)."""
    normal, tokens = context.norm.text, context.tokens
    if k and tokens[k - 1].text in patterns.armed_members:
        return True  # مسلحي شبكات التهريب انسحبوا: the networks' gunmen move
    if (k > 1 and tokens[k - 1].text in patterns.shelter_nouns and patterns.roles.ends_at(normal, tokens, k - 2)
            and patterns.forces.first_in(normal, tokens, max(0, k - SHELTER_FORCE_BEFORE), k - 2)):
        return True  # ستنتشر عناصر من الشرطة العسكرية قرب مخيم النازحين: where the force goes (not سيارات الشركة
        # غادرت سكن العمال: what the cars left)
    if (k > 1 and tokens[k - 1].text in patterns.linked_words
            and (patterns.forces.ends_at(normal, tokens, k - 2) is not None
                 or patterns.unnamed_forces.ends_at(normal, tokens, k - 2) is not None)):
        return True  # تحشيد مجموعات مرتبطة بشبكات تهريب الوقود: the groups tied to them move
    combat = k - 1 if k and tokens[k - 1].text in patterns.combat_words else (
        k - 2 if k > 1 and tokens[k - 2].text in patterns.combat_words else None)
    if combat is not None and any(patterns.forces.ends_at(normal, tokens, j) is not None
                                  for j in range(max(0, combat - COMBAT_AFTER_FORCE), combat)):
        return True  # «وحدة متخصصة في مكافحة المخدرات»: what the force fights (not ضبط 85 مهاجراً ... عبروا)
    if k == 0 or patterns.forces.ends_at(normal, tokens, k - 1) is None:
        return False
    return (patterns.stationed.at(normal, tokens, k) is not None
            or tokens[k].text.startswith(CONJUNCTIONS[0]))  # تنقل الذخيرة والأدوية: ammunition, and medicine with it


def _whose_plan(context: Context, patterns: Patterns, trigger: Trigger, s_last: int):
    """'هبطت طائرتا شحن عسكريتان ...، في إطار خطة القيادة العامة لتأمين الطريق': a movement whose force no one names,
    told as part of a named force's plan, is that force's (its actor, or None)."""
    tokens = context.tokens
    if not word_in(context, patterns.plans, trigger.last + 1, s_last - 1):
        return None  # most sentences name no plan: no word looked at
    for k in range(trigger.last + 1, s_last):
        if tokens[k].text in patterns.plans:
            span = next((s for s in context.actors_between(k + 1, k + 1) if s.actor.name), None)
            return span.actor if span is not None else None
    return None


def _before_another_clause(context: Context, patterns: Patterns, trigger: Trigger, end: int) -> int:
    """``end``, or the word before the first purpose (لتأمين، لحماية) or condition (في حال، إذا) after the trigger: the
    non-force words of what the force goes to guard (سكن العمال) or of what it waits for (في حال تعرض موظفو
    المفوضية لأي اعتداء) are not what it moves."""
    normal, tokens = context.norm.text, context.tokens
    for k in patterns.clause_openers.between(trigger.last + 1, end):
        opener = patterns.clause_openers.at(normal, tokens, k)
        if opener and opener[2] in ("purpose", "clause"):
            end = k - 1
            break
    if not patterns.escort_purposes.isdisjoint(context.norm.words[trigger.last + 1:end + 1]):
        return next(k for k in range(trigger.last + 1, end + 1) if context.norm.words[k] in patterns.escort_purposes) - 1
    return end  # نحو طرابلس لمرافقة قوافل المساعدات: the aid it escorts


UNIT_AFTER = 2  # words after a verb of sending (سحب، نقل) where the unit of an army (سرية، كتيبة) it sends is named


ORIGIN_NEAR = 4  # words after a trigger that moves only from somewhere (تحوّل) in which its من must stand (تُحوَّل كتيبة
# مشاة ميكانيكية من برج عمر إدريس: the unit between)


def _origin_bound(context: Context, patterns: Patterns, trigger: Trigger) -> bool:
    """Whether the trigger is one that is a movement only where it names where it sets out from (تحوّل، ستتحول،
    نتحول: any person, the future too)."""
    word = present_word(context, trigger)
    return word in patterns.origin_bound or word[:1] == "ن" and ("ت" + word[1:] in patterns.origin_bound
                                                                or "ي" + word[1:] in patterns.origin_bound)


ASIDE_BEFORE_TRIGGER = 8  # words of an aside set off by commas right before a trigger (، في اجتماعهم الأخير في الجزائر،)


def _hypothetical_past_an_aside(context: Context, patterns: Patterns, trigger: Trigger, s_first: int) -> bool:
    """'طالبوا، في اجتماعهم الأخير في الجزائر العاصمة، بخروج جميع القوات': the demand before an aside set off by
    commas that ends right before the trigger."""
    k = trigger.first - 1
    if k <= s_first or not context.comma_after(k):
        return False
    opening = context.aside_start(k, ASIDE_BEFORE_TRIGGER, commas_only=True)  # the words before the aside's comma
    return opening is not None and opening >= s_first and _hypothetical_before(
        context, patterns, max(s_first, opening - 2), opening)


def _hypothetical_before(context: Context, patterns: Patterns, first: int, last: int) -> bool:
    """'أي تقدم نحو سرت': 'any' before the trigger; not the letter of a model name («إيه 400 إم» reads as أية)."""
    return any(_any_word(context, patterns, k) for k in patterns.hypothetical.between(max(first, 0), last))


def _any_word(context: Context, patterns: Patterns, k: int) -> tuple | None:
    """The match of 'any' (أي، أية) at token ``k``; none where a number follows: a model's letter («إيه 400 إم»), nor
    where a party follows: who confirms or speaks (لم تؤكدها أي جهة), nor ولاية read as و + ل + أية."""
    tokens = context.tokens
    match = patterns.hypothetical.at(context.norm.text, tokens, k)
    if match and k + match[0] < len(tokens) and (tokens[k + match[0]].text[:1].isdigit()
                                                 or tokens[k + match[0]].text in patterns.any_parties):
        return None
    if (match and match[1] and tokens[k].text[match[1]:].startswith("اي")
            and context.text[context.norm.offsets[tokens[k].start + match[1]]] != "أ"):
        return None  # وفي ولاية جانت: 'province', not و + ل + أية 'and for any', which keeps its hamza after a clitic
    return match


FORECAST_REACH = 8  # words back from a trigger to an analyst's 'does not rule out' (يرجح الباحث علي الإدريسي أن تعيد)


RELATIVE_BEFORE = 8  # words back from a comma before a trigger to the relative pronoun of the clause it closes
DECREE_LABEL_WORDS = 3  # words of a decree clause's label before its colon (المادة الأولى:، البند 2:، الفصل الثالث:)


def _in_a_decree(context: Context, patterns: Patterns, trigger: Trigger) -> bool:
    """Whether the trigger stands in a line that opens as a clause of a decree or an order: its label (المادة، البند،
    الفصل), a number or an ordinal, and a colon."""
    normal, tokens = context.norm.text, context.tokens
    start = normal.rfind("\n", 0, tokens[trigger.first].start) + 1
    k = bisect_left(context.norm.starts, start)
    if k >= trigger.first or tokens[k].text not in patterns.decree_labels:
        return False
    colon = normal.find(":", start, tokens[trigger.first].start)
    if colon < 0 or tokens[min(k + DECREE_LABEL_WORDS, trigger.first)].start <= colon:
        return False
    words = context.norm.words
    return not any(words[j] in patterns.observer_verbs and not patterns.relatives.at(normal, tokens, j - 1)
                   for j in range(k + 1, trigger.first))  # البند الثالث: رصدت وحدات الاستطلاع ... وصول قافلة: a
    # briefing's item tells what was seen, no order (not تكليف الوحدات التي رصدت تحركات العدو بالتقدم: an order)


def _forecast(context: Context, patterns: Patterns, trigger: Trigger, first: int, s_first: int, s_last: int,
              conditional: bool) -> bool:
    """What analysts weigh is no movement: 'لا يستبعد مراقبون أن تدفع القيادة العامة بكتيبة', 'من المحتمل أن تدفع'
    a few words before the trigger (not past the movement before it), or a scenario in the sentence before it, or
    after it in the same statement ('والثاني أن تدفع مصراتة بكتائبها نحو سرت ...، وهو سيناريو'). With a condition,
    what is weighed is a movement that hangs on it (فإذا انهار وقف إطلاق النار، يرجح دبلوماسيون أن تنقل أنقرة جواً
    مقاتلين سوريين ... إلى طرابلس), save in a list of scenarios (وفي الثاني، يرجح الباحث ...)."""
    if conditional and not _scenario_listed(context, patterns, s_first):
        return False
    normal, tokens = context.norm.text, context.tokens
    if subject_then_past(context, patterns, trigger):
        return False  # ويرجّح الفريق أن الرتل خرج من قاعدة براك الجوية: what likely happened, a movement told
    for k in patterns.forecasts.between(s_first, s_last):
        match = patterns.forecasts.at(normal, tokens, k)
        if match and (max(first, trigger.first - FORECAST_REACH) <= k < trigger.first or match[2] == "sentence" and (
                k < trigger.first or not any(break_at(context, patterns, j) or patterns.sources.at(normal, tokens, j)
                                             for j in range(trigger.last + 1, k)))):
            return True  # not past a break or a verb of saying: 'محذراً من «تكرار سيناريو 2014»' is another statement
    return False


def _scenario_listed(context: Context, patterns: Patterns, s_first: int) -> bool:
    """Whether the sentence opens as one of a list of scenarios: في or وفي, an ordinal, a comma (وفي الثاني،)."""
    words = context.norm.words
    return (s_first + 2 < len(words) and words[s_first] in patterns.scenario_ins
            and words[s_first + 1] in patterns.scenario_ordinals and context.comma_after(s_first + 1))


def _hypothetical_target(context, patterns, trigger, roles, status: str) -> bool:
    """'towards any target in Libya': the place is not where anyone moves; but in a condition, 'any unit' after the
    verb (لن يتم تحريك أي وحدة نحو الشويرف إلا إذا) is the force, and the place is where it would go."""
    first_place = min(token for token, _, _ in roles)
    normal, tokens = context.norm.text, context.tokens
    for k in patterns.hypothetical.between(trigger.last + 1, first_place - 1):
        match = _any_word(context, patterns, k)
        if match and not (status == "conditional" and k + match[0] < first_place
                          and patterns.forces.at(normal, tokens, k + match[0])):
            return True
    return False


POSITION_WORDS = 5  # words from a word of direction to 'at a distance of' (إلى مواقع جديدة على بعد 40 كيلومتراً جنوب سرت)


def _measured_position(context: Context, patterns: Patterns, trigger: Trigger, end: int,
                       roles: list[tuple[int, Mention, str]]) -> list[tuple[int, Mention, str]]:
    """'دفعت برتل إلى مواقع جديدة على بعد 40 كيلومتراً جنوب سرت': where a move goes (or sets out from) told only as a
    distance from a place, with no place of its own in that role, is at that place, as near as the map can say."""
    normal, tokens = context.norm.text, context.tokens
    found = []
    for first in context.places_between(trigger.last + 1, end):
        if not distance_reference(context, patterns, first):
            continue
        far = next((k for k in range(first - 1, max(trigger.last, first - DISTANCE_REACH - 1), -1)
                    if tokens[k].text == DISTANCE and k and tokens[k - 1].text in patterns.distance_words), None)
        if far is None:
            continue
        for k in range(far - 2, max(trigger.last, far - 2 - POSITION_WORDS), -1):
            if context.mark_after(k):
                break
            role = patterns.roles.ends_at(normal, tokens, k)
            if role in ("destination", "origin"):
                if not any(r == role for _, _, r in roles + found):
                    found.append((first, context.placed[first], role))
                break
    return found


def _to_there(context: Context, patterns: Patterns, trigger: Trigger, s_first: int, end: int,
              roles: list[tuple[int, Mention, str]]) -> list[tuple[int, Mention, str]]:
    """'إن مقاتليه يتمركزون في رقدالين، بعد أن كانوا قد انسحبوا من العجيلات إليها': 'to it' (feminine, as towns
    are) after the verb, in a movement with no destination, is where the movement told before it in its sentence
    went."""
    last = context.last_movement
    if any(role == "destination" for _, _, role in roles):
        return []
    if last is None or not last.destinations or not _told_in_sentence(context, last, s_first):
        return _to_the_place_before(context, patterns, trigger, s_first, roles)
    if patterns.to_there.isdisjoint(context.norm.words[trigger.last + 1:end + 1]):
        return []
    there = last.destinations[-1]
    first = next((k for k in context.places_between(s_first, trigger.first - 1) if context.placed[k] is there), None)
    return [] if first is None else [(first, there, "destination")]


ORDERED_FORCE_AFTER = 2  # words after a verb of sending in which the force an official orders sent is named (بنقل سرية)
MILITARY_ADJECTIVE = normalise_word("عسكري")  # العسكرية، عسكرياً: an adjective, not a force (يصل القاعدة العسكرية)
TA_MARBUTA = "\u0629"  # ة, which normalising writes ه: آلية (a vehicle) is then spelt as إليه (to it)
FACILITY_KINDS = frozenset({"airport", "port", "oilfield", "crossing", "base"})  # named by a masculine noun (مطار، ميناء)


def _to_the_place_before(context: Context, patterns: Patterns, trigger: Trigger, s_first: int,
                         roles: list[tuple[int, Mention, str]]) -> list[tuple[int, Mention, str]]:
    """'تسلّمت كتيبة مهام تأمين ميناء البريقة، بعد أن وصلت إليه قادمة من أجدابيا': 'to it' right after the verb, in a
    sentence that tells no movement before it, is the nearest place before the verb in its sentence that the pronoun
    may stand for: one named by a masculine noun for إليه (ميناء، مطار، حقل), a town or one named by a feminine noun
    for إليها (قاعدة تمنهنت); not after a relative (الحل الذي وصلت إليه القوات: what the relative is about)."""
    k = trigger.last + 1
    if k >= len(context.tokens) or trigger.first and patterns.relatives.at(context.norm.text, context.tokens, trigger.first - 1):
        return []
    word, token, offsets = context.norm.words[k], context.tokens[k], context.norm.offsets
    masculine = word in patterns.to_there_masculine
    if not masculine and word not in patterns.to_there or TA_MARBUTA in context.text[offsets[token.start]:offsets[token.end]]:
        return []  # ولن تغادره آلية واحدة: 'a vehicle', which normalises as 'to it' does
    taken = {first for first, _, _ in roles}
    for first in reversed(context.places_between(s_first, trigger.first - 1)):
        mention = context.placed[first]
        if first in taken or mention.place is None or names_actor(context, first):
            continue
        return [(first, mention, "destination")] if _masculine_place(context, first) == masculine else []
    return []


def _masculine_place(context: Context, first: int) -> bool:
    """Whether the place at ``first`` is named by a masculine noun (ميناء البريقة، مطار غات، حقل الشرارة), as the
    facilities mostly are, and not by one in ة (قاعدة تمنهنت، مدينة سرت) nor bare, as towns are."""
    token, offsets = context.tokens[first], context.norm.offsets
    head = context.text[offsets[token.start]:offsets[token.end]]
    return context.placed[first].place.kind in FACILITY_KINDS and not head.endswith(TA_MARBUTA)


def _the_same_place(context: Context, patterns: Patterns, trigger: Trigger, end: int,
                    roles: list[tuple[int, Mention, str]]) -> list[tuple[int, Mention, str]]:
    """'نقلت شاحنات عسكرية ذخائر إلى القاعدة ذاتها من تازربو': 'the same base' (town, field ...) after a word of
    direction is the last place of that kind the article named, where the movement has no such place of its own.
    The noun alone does so in the roles of its pattern (``bare``: من المدينة), or in its ``beside`` roles where the
    movement names another place of its own (تهبط في المطار طائرة قادمة من قاعدة معيتيقة), pointing back then only
    to a place of Libya or its neighbours; not inside a condition, nor as what a distance is measured from. Each
    such noun of the movement in turn (سترسل قوة من العاصمة إلى المدينة: Tripoli, then the town named before it)."""
    anaphors = patterns.place_anaphors
    words = context.norm.words[trigger.last + 1:end + 1]
    if anaphors.keys().isdisjoint(words) and not any(w[:2] == OF_THE and ARTICLE + w[2:] in anaphors for w in words):
        return []  # most movements have none of these nouns after the trigger
    normal, tokens = context.norm.text, context.tokens
    found: list[tuple[int, Mention, str]] = []
    enters = trigger.future and trigger_word(context, trigger) + "ها" in patterns.entered_it  # ستدخل المدينة «إذا تجددت
    # الاشتباكات»: a town to be entered (one entered is mostly the move told before: فدخلت البلدة)
    will_not_leave = _not_left_yet(context, trigger, WILL_NOT)
    for k in range(trigger.last + 1, end + 1):
        word = tokens[k].text
        of_the = word[:2] == OF_THE and word not in anaphors and k - 3 > trigger.last
        kinds, bare, called, beside, went_to, names = anaphors.get(ARTICLE + word[2:] if of_the else word,
                                                                   (None,) + ((),) * 5)
        if kinds is None:
            continue
        role = patterns.roles.ends_at(normal, tokens, k - 1) if k - 1 > trigger.last else None  # فقد عبر المدينة:
        # the verb, not the preposition it is spelt like
        if of_the:  # عند البوابة الشمالية للمدينة: a part of the town, an adjective between or not
            part = k - 1 if tokens[k - 1].text in patterns.place_parts else k - 2
            role = (patterns.roles.ends_at(normal, tokens, part - 1)
                    if part - 1 > trigger.last and tokens[part].text in patterns.place_parts else None)
            if role is None:
                continue
        if (k - 3 > trigger.last and tokens[k - 1].text in patterns.place_parts and tokens[k - 2].text in patterns.skippable
                and patterns.roles.ends_at(normal, tokens, k - 3)):
            role = patterns.roles.ends_at(normal, tokens, k - 3)  # من معسكراتها داخل المدينة: from its camps in it
        if role is None and k - 2 > trigger.last and tokens[k - 1].text in patterns.place_parts:
            role = patterns.roles.ends_at(normal, tokens, k - 2)  # إلى مهبط الحقل، من بوابة المعسكر: a part of it
        if role is None and (roles or enters or will_not_leave) and (
                k - 1 == trigger.last or k - 1 > trigger.last and mover_end(context, trigger, k) == k - 1):  # دخلت
            # أرتال «الجيش» المدينة
            role = "origin" if trigger.kind == "withdraw" else "destination"  # غادرت المدينة متجهة إلى تراغن: what
            # a force leaves is where it sets out from; دخلت المدينة قادمة من طرابلس: what it enters, where it goes
            # (beside a place of the movement's own: not لم تغادر المدينة, a denial told again; but «لن تغادر المدينة
            # إلا إذا ...»: what it would leave)
        same = k + 1 < len(tokens) and tokens[k + 1].text in patterns.same_words
        nation = _nation_after(context, k)  # العاصمة الليبية: Libya's, not the dateline's Cairo
        if not same and tokens[k - 1].text == PLACE_LINK and _facility_ends_at(context, k - 2):
            continue  # من قاعدة أبوستة البحرية في العاصمة: where the base before it is, no place of the movement
        if (not same and k + 3 <= end and tokens[k + 1].text.startswith("ال") and tokens[k + 2].text == PLACE_LINK
                and k + 3 in context.placed):
            continue  # من الميناء الكبير في فاليتا: a port its adjective and the place after it tell, not the one named
            # before (not سرية من القاعدة في منفذ التوم, with no adjective: the base named before)
        near = not same and role not in bare and not (  # only beside a place of its own, and only a town of the
            trigger.kind == "mobilise" and role == "destination" and "town" in kinds and bare)  # region; where forces
        # mass is a place, not a direction (حشد مقاتلين في المدينة; not في المنطقة, a noun never alone)
        if near and (role not in beside or not (roles or found or enters or _goes_on_from(context, trigger))):
            continue
        if (role not in ("destination", "origin") or any(r == role for _, _, r in roles + found)
                or clause_opens(context, patterns, trigger.last + 1, k - 1) in ("clause", "time")
                or distance_reference(context, patterns, k)):
            return found  # «إذا اقترب الرتل من المدينة»: the condition's town; على بعد 20 كيلومتراً من المعبر: a distance's
        came_from = context.last_movement.origins if context.last_movement is not None and not same else ()
        earlier = reversed(context.places_between(0, trigger.first - 1))
        if not tokens[k].text.startswith("ال"):  # مدينتها: the town in the force's own name first (تعود الكتائب
            s_first = bounds_of_sentence(context, trigger.first)[0]  # القادمة من مصراتة ... إلى مدينتها)
            own = [p for p in context.places_between(s_first, k - 1)
                   if tokens[p - 1].text == ORIGIN_LINK and names_actor(context, p)]  # كتائب (قادمة) من مصراتة
            if own:
                earlier, came_from = [*reversed(own), *earlier], ()
        elif role == "origin" and "town" in kinds:  # دفعت الكتائب المسلحة في مصراتة بآليات من معسكراتها داخل المدينة
            own = [p for p in context.places_between(trigger.last + 1, k - 1) if names_actor(context, p)]
            if own:  # إلى الدافنية: the town the force is named after is where it sets out from
                earlier = [*reversed(own), *earlier]
        if same and role in went_to and context.last_movement is not None and context.last_movement.destinations:
            # وصلت إلى ربيانة شحنة من تازربو، وتستعد لإرسال سرية إلى البلدة نفسها: where the last force went first
            ends = context.last_movement.destinations
            earlier = sorted(earlier, key=lambda first: context.placed[first] not in ends)  # stable: latest first
        taken = {place_key(m) for _, m, _ in roles + found}  # من العاصمة إلى المدينة: not where the movement sets out
        if not roles and not found and came_from and _goes_on_from(context, trigger):
            taken |= {place_key(m) for m in came_from}  # انطلقت من سبها وتمركزت ... في محيط البلدة: not Sabha again
        for first in earlier:
            mention = _pointed_back_to(context, first, kinds, called, names, tokens[k].text)
            if (mention is not None and context.placed[first] not in came_from and place_key(mention) not in taken
                    and (not near or mention.place.country in NEIGHBOURHOOD)
                    and (nation is None or mention.place.country == nation)):
                found.append((first, mention, role))  # 'the town' alone is not where the last force came from
                break
        else:
            return found
    return found


OF_THE, ARTICLE = normalise_word("لل"), normalise_word("ال")  # للمدينة: 'of the town'
NISBA_ENDING = normalise_word("ية")  # الساحلية، الحدودية: an adjective of the place before


def _nation_after(context: Context, k: int) -> str | None:
    """The country whose nationality right after the noun at ``k`` says whose it is (العاصمة الليبية: LY; المدينة
    التونسية: TN), else None."""
    return nisba_countries().get(context.tokens[k + 1].text) if k + 1 < len(context.tokens) else None


def _goes_on_from(context: Context, trigger: Trigger) -> bool:
    """Whether the trigger, joined with و, goes on with a movement told in its sentence that set out from somewhere and
    has gone nowhere yet (تحرك فجراً من مرسى مطروح ... ووصل إلى المدينة الحدودية): that origin stands beside the place
    it points back to, as one of the movement's own would."""
    last = context.last_movement
    return (and_then(context, trigger) and _told_in_sentence(context, last, bounds_of_sentence(context, trigger.first)[0])
            and bool(last.origins) and not last.destinations)


FACILITIES = frozenset({"base", "airport", "oilfield", "crossing"})  # places that stand in a town
VAGUE_KINDS = frozenset({"region", "country"})  # places too wide to be where a named move sets out from


def _facility_ends_at(context: Context, last: int) -> bool:
    """Whether a base, an airport, a field or a crossing is named with its last word at ``last``."""
    first = context.place_ends.get(last)
    if first is None:
        return False
    place = context.placed[first].place
    return place is not None and place.kind in FACILITIES


def _named_as(mention: Mention, names: frozenset[str]) -> bool:
    """Whether the place is one of ``names`` (normalised) as written or as the gazetteer has it (أثينا، آتن)."""
    return (normalise_word(mention.text) in names
            or mention.place is not None and normalise_word(mention.place.name_ar) in names)


def _called(context: Context, first: int, called: frozenset[str], definite: str) -> bool:
    """Whether the article called the place at ``first`` by a noun of ``called``: within its name or right before it
    (واحة سيوة، بواحة الجغبوب), or set beside it (مرادة، الواحة الواقعة ...)."""
    tokens = context.tokens
    last = context.mention_last[first]
    before = tokens[first - 1].text if first else ""
    return (tokens[first].text in called
            or any(before.endswith(noun) and len(before) - len(noun) <= 2 for noun in called)  # و، ب، وب
            or (last + 1 < len(tokens) and tokens[last + 1].text == definite
                and not context.norm.text[tokens[last].end:tokens[last + 1].start].strip(" ،,")))


def _fronted_place(context: Context, patterns: Patterns, trigger: Trigger, s_first: int) -> list:
    """'وفي مرزوق، أفاد ... بأن قوة تمركزت عند المدخل': a place put first in the sentence is where it happens; not a
    capital or a place abroad before a verb of saying ('وفي القاهرة، قال مصدر مصري', 'أما في الكويت، فقال دبلوماسي
    ليبي', 'وفي أنقرة، نقلت وكالة الأناضول عن مصدر'): who speaks there."""
    for first in context.places_between(s_first, _fronted_last(trigger, s_first)):
        after = context.mention_last[first] + 1
        place = context.placed[first].place
        if ((_named_as(context.placed[first], patterns.capitals)
             or place is not None and place.country != context.actor_lexicon.home_country)
                and after < trigger.first and (patterns.sources.at(context.norm.text, context.tokens, after)
                                               or cites_a_source(context, patterns, after))):
            return []  # أما في الكويت، فقال دبلوماسي ليبي: where a foreign place's speaker is
        k = first - 1  # 'وفي ميناء بنغازي، أنزلت سفينة ...': a place noun may stand between
        while k > s_first and context.tokens[k].text in patterns.skippable:
            k -= 1
        if patterns.roles.ends_at(context.norm.text, context.tokens, k) == "destination" or (
                context.tokens[first].text[:2] in ("في", "وف")):
            return [(first, context.placed[first], "destination")]
    return []


FRONTED_WORDS = 3  # the first words of a sentence, where a place put first stands (وفي مرزوق، ...)


def _fronted_last(trigger: Trigger, s_first: int) -> int:
    """The last token where a place put first in the sentence may start: before the trigger, in its FRONTED_WORDS."""
    return min(trigger.first, s_first + FRONTED_WORDS) - 1


ITEM_LABEL_MARKS = ("–", "—", "-", "|")  # what stands between a bulletin item's date and its place (not a dateline's
# line start: براك الشاطئ: أقلعت ... باتجاه النيجر)


WHERE_REACH = 12  # words from 'where' to the verb of the move its clause tells of (، حيث يُنتظر أن تلتقي بوحدة ... ستصل)


def _where_before(context: Context, patterns: Patterns, trigger: Trigger, s_first: int, following: int,
                  s_last: int) -> list:
    """'نحو معبر تومو، حيث يُنتظر أن تلتقي بوحدة من الجيش الوطني الليبي ستصل من قاعدة الويغ', 'إلى مجمع مليتة غرب
    طرابلس، حيث يُنتظر أن تُنزل زوارق ... 40 عنصراً': a move told in the clause that 'where' opens after a place and
    a comma goes to that place (not to the town that locates it). Not when another verb of movement follows in the
    sentence, which may tell where it went (في الصحراء الغربية، حيث تحركت مجموعة ... من قاعدة محمد نجيب، ووصلت إلى
    سيدي براني), nor a massing, which the place is the scene of (حيث تحشد الميليشيا منذ أيام)."""
    if following <= s_last or trigger.kind == "mobilise":
        return []
    tokens = context.tokens
    where = next((h for h in range(trigger.first - 1, max(s_first, trigger.first - WHERE_REACH), -1)
                  if tokens[h].text == WHERE), None)
    if where is None or not context.comma_after(where - 1) or context.marked(where, trigger.first):
        return []
    k = context.place_ends.get(where - 1)
    if k is None or k < s_first:
        return []
    located = context.place_ends.get(k - 2) if tokens[k - 1].text in patterns.compass else None
    k = k if located is None or located < s_first else located  # مجمع مليتة غرب طرابلس: the compound, which Tripoli
    # locates
    return [(k, context.placed[k], "destination")]


def _declaring_town(context: Context, patterns: Patterns, trigger: Trigger, s_first: int) -> list:
    """'أعلن المجلس العسكري في مصراتة النفير العام', 'مصراتة تعلن «النفير العام»': the town named last before a declared
    mobilisation in its clause (no comma, no other clause between) is where it happens."""
    places = context.places_between(max(s_first, trigger.first - WHERE_REACH), trigger.first - 1)
    if not places:
        return []
    k = places[-1]
    mention = context.placed[k]
    if (mention.place is not None and mention.place.kind in SETTLEMENT_KINDS and not context.marked(k, trigger.first)
            and clause_opens(context, patterns, k, trigger.first - 1) is None
            and patterns.that_words.isdisjoint(context.norm.words[k + 1:trigger.first])):
        return [(k, mention, "destination")]  # not مصدر في طرابلس إن القوات أعلنت النفير: who speaks, where
    return []



def _item_scene(context: Context, trigger: Trigger, s_first: int, roles: list) -> list:
    """'السبت 4 أفريل – بن قردان: وصول تعزيزات للجيش قادمة من مدنين': a bulletin item's place, after its date's dash
    and right before the colon that opens the item, is where a movement told right after the colon, naming only where
    it came from, went."""
    normal, tokens = context.norm.text, context.tokens
    last = trigger.first - 1
    first = context.place_ends.get(last)
    if first is None or first < s_first or ":" not in normal[tokens[last].end:tokens[trigger.first].start]:
        return []
    before = normal[tokens[first - 1].end:tokens[first].start] if first else ""
    if not any(mark in before for mark in ITEM_LABEL_MARKS) or any(token == first for token, _, _ in roles):
        return []
    return [(first, context.placed[first], "destination")]


WITNESS_GAP = 8  # words from the place that witnesses a movement to its verbal noun (، صباح الخميس، وصول)


def _witnessed_scene(context: Context, patterns: Patterns, trigger: Trigger, s_first: int, roles: list) -> list:
    """'شهدت بلدة الدبداب منذ فجر الخميس وصول تعزيزات ... قادمة من عين أمناس': the place that 'witnessed' a movement
    told by its verbal noun is where it went."""
    if trigger.first - s_first < 2 or past_verb(context, patterns, trigger):
        return []
    words = context.norm.words
    for k in range(trigger.first - 2, max(s_first, trigger.first - 3 - WITNESS_GAP) - 1, -1):
        if words[k] not in patterns.witness_verbs:
            continue
        first = k + 1 if k + 1 in context.placed else k + 2 if words[k + 1] in patterns.skippable else -1
        if first not in context.placed or context.mention_last[first] >= trigger.first or any(
                token == first for token, _, _ in roles):
            return []
        if not _only_where_and_when(context, patterns, context.mention_last[first] + 1, trigger.first - 1):
            return []  # شهدت القاهرة أمس اجتماعات لبحث إرسال قوات: what was witnessed is the meetings
        return [(first, context.placed[first], "destination")]
    return []


def _only_where_and_when(context: Context, patterns: Patterns, first: int, last: int) -> bool:
    """Whether tokens first..last hold only words of a time phrase, places with 'in' or a compass word before them
    and a place's adjectives (في الجبل الغربي، صباح الخميس، الساحلية غرب ليبيا): what may stand between the place
    that witnessed a movement and the movement's noun."""
    k = first
    while k <= last:
        if k in context.placed:
            k = context.mention_last[k] + 1
        elif (context.tokens[k].text == PLACE_LINK or context.norm.words[k] in patterns.compass
              or context.norm.words[k] in patterns.place_adjectives
              or context.norm.words[k][:2] == ARTICLE and context.norm.words[k][-2:] == NISBA_ENDING
              or patterns.time_words.at(context.norm.text, context.tokens, k)):
            k += 1  # شهدت مدينة زوارة الساحلية غرب ليبيا، أمس الأربعاء، حشداً
        else:
            return False
    return True


def _fronted_scene(context: Context, patterns: Patterns, trigger: Trigger, s_first: int, roles: list) -> list:
    """'الإثنين: في الأبيار، وصلت تعزيزات ... قادمة من المرج': a place put first and set off by a comma right before
    the verb is where a movement that names only its origin goes (not 'وفي روما، أعلنت الوزارة': who speaks there)."""
    scene = _fronted_place(context, patterns, trigger, s_first)
    if not scene or any(token == scene[0][0] for token, _, _ in roles):
        return []
    after = context.mention_last[scene[0][0]] + 1
    if after != trigger.first or not context.mark_after(after - 1):
        return []
    return scene


FRONTED_FROM = (ORIGIN_LINK, CONJUNCTIONS[0] + ORIGIN_LINK)  # 'from', 'and from' opening a sentence (ومن العاصمة ...)
STATIONED_BEFORE = 8  # words back from a trigger to where the force that moves is said to be
FROM_BEFORE = 1  # words between 'forces from X' and the trigger after it, a weak particle and a time phrase not counted


def _origin_before(context: Context, patterns: Patterns, trigger: Trigger, s_first: int, first: int) -> list:
    """Where the force that moves is said to be, or to come from, just before the trigger: its origin.

    'كتيبة متمركزة في تقرت «ستُنقل إلى برج عمر إدريس»' (stationed in); 'أن تكون قوات من جادو ونالوت قد تحركت باتجاه
    يفرن', 'مجموعات مسلحة من مصراتة حشدت آليات قرب الهيشة' (a force word, من and the places, then the trigger)."""
    normal, tokens = context.norm.text, context.tokens
    if same := _stationed_in_the_same(context, patterns, trigger, first):
        return same
    places = context.places_between(max(first, trigger.first - STATIONED_BEFORE), trigger.first - 1)
    for index in range(len(places) - 1, -1, -1):
        place = places[index]
        k = place - 1
        if k - 2 >= first and tokens[k].text in patterns.place_parts and tokens[k - 1].text in patterns.stationed_links:
            k -= 1  # كانت تتمركز عند بوابة الوشكة: a part of the place between
        stationed = (k - 1 >= first and tokens[k].text in patterns.stationed_links
                     and stationed_ends_at(patterns, normal, tokens, k - 1, first - 1))  # متمركزة حالياً في تاجوراء
        coming = _coming_aside(context, patterns, k, place, trigger)  # رتل من القوة المشتركة، قادم من مصراتة، وصل
        if context.marked(context.mention_last[place], trigger.first) and not coming and not (
                stationed and (_aside(context, patterns, k, context.mention_last[place], trigger)
                               or _and_then_after_a_comma(context, patterns, k - 1, context.mention_last[place], trigger))):
            return []  # not past a comma: «... الموجودة في الأصابعة»، مشدداً
        if coming:
            return [(place, context.placed[place], "origin")]
        if stationed:
            listed = _with_coordinated(context, patterns, places, index)  # كانت تتمركز قرب منفذ التوم انسحبت: from
            return [(p, context.placed[p], "origin") for p in listed]  # there; المرابطة في تمسه وأم الأرانب: both
        if (k == s_first and tokens[k].text in FRONTED_FROM and first == s_first
                and context.mention_last[place] + 1 == trigger.first):
            return [(place, context.placed[place], "origin")]  # ومن العاصمة الليبية سارت حافلاتهم إلى الوطية: where
            # the sentence opens with 'from' and the place, the verb right after it sets out from there
        if k >= first and with_clitic(context, place, "ب") and patterns.stationed.at(normal, tokens, k):
            return [(place, context.placed[place], "origin")]  # لن تتحرك الوحدات المتمركزة بالأبيار نحو سلوق
        if (k - 1 >= first and tokens[k].text == ORIGIN_LINK and tokens[k - 1].text != ORIGIN_LINK
                and tokens[k - 1].text in patterns.subject_modifiers
                and _words_to_trigger(context, patterns, context.mention_last[place], trigger) <= FROM_BEFORE
                and (first == s_first or context.marked(first - 1, k))):
            return [(place, context.placed[place], "origin")]  # مجموعات مسلحة قادمة من الزاوية تحشدت في الكريمية
        if (k - 1 >= first and tokens[k].text == PLACE_LINK and patterns.forces.ends_at(normal, tokens, k - 1)
                and _words_to_trigger(context, patterns, context.mention_last[place], trigger) <= FROM_BEFORE
                and first == s_first and _said_of(context, patterns, s_first, k - 1)):
            return [(place, context.placed[place], "origin")]  # نفى أن يكون شباب الطوارق في اوباري قد تحركوا نحو
            # حقل الشرارة: the forces in a town, the verb's subject in what is said or denied, set out from it
        if (k - 2 >= first and tokens[k].text == PLACE_LINK and (first == s_first or context.marked(first - 1, k))
                and _words_to_trigger(context, patterns, context.mention_last[place], trigger) <= FROM_BEFORE
                and trigger.kind != "mobilise" and _body_of_a_force_before(context, patterns, k, first)):
            return [(place, context.placed[place], "origin")]  # سرية تابعة لمديرية الأمن في مسلاتة ستنتقل إلى ترهونة:
            # where the body the force belongs to sits (not where forces gather: تجمعت في العزيزية)
        if k - 1 >= first and tokens[k].text == ORIGIN_LINK and _force_ends_at(patterns, normal, tokens, k - 1, first) and (
                first == s_first or context.marked(first - 1, k)):
            # not the object of the trigger before it: 'سحب وحدات من إجدابيا ونقلها إلى ميناء البريقة
            listed = _with_coordinated(context, patterns, places, index)
            if listed[-1] != places[-1]:
                return []
            if _words_to_trigger(context, patterns, _past_its_owner(context, context.mention_last[listed[-1]], trigger),
                                 trigger) > FROM_BEFORE:
                return []
            return [(p, context.placed[p], "origin") for p in listed]
    return []


def _coming_aside(context: Context, patterns: Patterns, k: int, place: int, trigger: Trigger) -> bool:
    """'رتل من نحو 60 آلية مسلحة من القوة المشتركة، قادم من مصراتة، وصل إلى تاجوراء': 'coming from' and the place
    (its 'from' at ``k``) set off by commas between the force and its verb: where the force sets out from. Not before
    a verb with و (سفينة إنزال، قادمة من بنغازي، وأنزلت): that goes on from a verb before the force; nor before a
    withdrawal (القوة المشتركة، القادمة من مصراتة، انسحبت إلى الوشكة): who they are, not where they pull back from."""
    tokens = context.tokens
    return (k >= 2 and not trigger.prefix and trigger.kind != "withdraw" and tokens[k].text == ORIGIN_LINK
            and tokens[k - 1].text != ORIGIN_LINK
            and tokens[k - 1].text in patterns.subject_modifiers and context.comma_after(k - 2)
            and context.norm.text[tokens[context.mention_last[place]].end:tokens[trigger.first].start].strip() in ("،", ",")
            and bool(patterns.forces.ends_at(context.norm.text, tokens, k - 2) or any_in(
                patterns.forces, context, max(0, k - 2 - COMING_FORCE_WORDS), k - 2)))


COMING_FORCE_WORDS = 8  # words back from the comma before 'coming from' to the force it tells of (رتل من نحو 60 آلية مسلحة)


BODY_WORDS = 3  # words of the body a force belongs to, between 'of' or 'from' and 'in' (تابعة لمديرية الأمن في)


def _with_coordinated(context: Context, patterns: Patterns, places: list[int], index: int) -> list[int]:
    """``places[index]`` and the places after it that its list goes on with (تمسه وأم الأرانب), up to the first
    that is not coordinated with the one before."""
    listed = [places[index]]
    for later in places[index + 1:]:
        if not coordinated(context, patterns, context.mention_last[listed[-1]], later):
            break
        listed.append(later)
    return listed


def _body_of_a_force_before(context: Context, patterns: Patterns, k: int, first: int) -> bool:
    """Whether the words before 'in' at ``k`` are a force word, a word of belonging or 'from', and at most BODY_WORDS
    words of the body it belongs to, no place among them and no side's command (سرية تابعة لمديرية الأمن، سرية من
    مديرية الأمن; not وحدات تابعة لرئاسة الأركان في طرابلس, where the command sits, not where the unit comes from)."""
    tokens, links = context.tokens, context.actor_lexicon.unit_owner_links
    for j in range(k - 1, max(first, k - 1 - BODY_WORDS) - 1, -1):
        if tokens[j].text in links or tokens[j].text == ORIGIN_LINK:
            return (j - 1 >= first and j + 1 < k and not context.places_between(j + 1, k - 1)
                    and not context.actors_between(j + 1, k + 1)  # not a command's seat (رئاسة الأركان في طرابلس)
                    and _force_ends_at(patterns, context.norm.text, tokens, j - 1, first))
    return False


def _past_its_owner(context: Context, last: int, trigger: Trigger) -> int:
    """The token before the trigger when a word of belonging opens the words between the town of a force from a town
    and the trigger, OWNER_WORDS at most and no comma (كتيبة من نالوت تابعة لرئاسة الأركان «ستنتقل»): the owner's
    name stands between the force and its verb; else ``last``."""
    k = last + 1
    if (k < trigger.first and context.tokens[k].text in context.actor_lexicon.unit_owner_links
            and trigger.first - k <= OWNER_WORDS and not context.marked(last, trigger.first)):
        return trigger.first - 1
    return last


OWNER_WORDS = 4  # words of belonging and the owner's name (تابعة لرئاسة الأركان العامة)


POST_GAP = 4  # words from a commander's title to the place of his post (آمر القوة الحكومية في العزيزية)


def _speakers_post(context: Context, patterns: Patterns, trigger: Trigger, s_first: int, end: int, roles: list) -> list:
    """'قال آمر القوة الحكومية في العزيزية إن وحداته «ستتقدم نحو السواني»': forces a commander calls his own set out
    from his post, the place after في or after محور، قطاع، جبهة a few words after his title (آمر محور وادي الربيع في
    «اللواء 444 قتال» إن قواته «لن تتقدم نحو ترهونة»): the nearest place before his forces, if it is that."""
    own = speakers_own_forces(context, patterns, trigger, s_first, end)
    places = context.places_between(s_first, own - 1) if own is not None else []
    if not places:
        return []
    tokens, place = context.tokens, places[-1]
    k = place - 1
    if (k > s_first and (tokens[k].text == PLACE_LINK or tokens[k].text in patterns.post_nouns)
            and all(mention is not context.placed[place] for _, mention, _ in roles)
            and context.placed[place].place is not None and context.placed[place].place.kind not in ("country", "region")):
        for j in range(k - 1, max(s_first, k - POST_GAP) - 1, -1):  # a post is no country or region (قائد القيادة
            # الأمريكية في أفريقيا)
            if tokens[j].text[:1] == "ل" or patterns.time_words.at(context.norm.text, tokens, j):
                return []  # قال آمر الكتيبة للصحفيين / لقناة / أمس في الكفرة: where he spoke, not his post
            if tokens[j].text in patterns.commanders and context.text[context.norm.offsets[tokens[j].start]] != "أ":
                return [(place, context.placed[place], "origin")]  # آمر or امر, not أمر 'ordered' (أصدر أمراً في)
    return []


def _force_ends_at(patterns: Patterns, normal: str, tokens: list, last: int, first: int) -> bool:
    """Whether a force word ends at token ``last``, or right before a word for 'more' or 'new' there (قوة إضافية من
    سبها ستتقدم، تعزيزات جديدة من مصراتة وصلت)."""
    return bool(patterns.forces.ends_at(normal, tokens, last)) or (
        last - 1 >= first and tokens[last].text in patterns.another and bool(patterns.forces.ends_at(normal, tokens, last - 1)))


def _said_of(context: Context, patterns: Patterns, s_first: int, last: int) -> bool:
    """Whether 'that' (أن، إن) or a quote's opening mark (قال: «قواتنا في سرت ستتقدم) stands before token ``last``
    in its sentence: what follows is the content said."""
    before = context.norm.text[context.tokens[s_first].start:context.tokens[last].start]
    return word_in(context, patterns.that_words, s_first, last - 1) or any(q in before for q in OPENING_QUOTES)


ASIDE_TO_TRIGGER = 1  # words from the comma that closes an aside to the trigger (لن، لم، ستـ is the verb's own)


def _aside(context: Context, patterns: Patterns, link: int, last: int, trigger: Trigger) -> bool:
    """'القوة المشتركة، المتمركزة حالياً في درج، «لن تدخل غدامس»': where the force is stationed, set between commas
    right after it, then the verb: the comma that opens the aside stands right before the stationing word."""
    normal, tokens = context.norm.text, context.tokens
    word = next((j for j in range(link - 1, max(-1, link - 3), -1) if patterns.stationed.at(normal, tokens, j)), None)
    return (word is not None and word > 0 and context.mark_after(word - 1)
            and _words_to_trigger(context, patterns, last, trigger) <= ASIDE_TO_TRIGGER)


def _and_then_after_a_comma(context: Context, patterns: Patterns, station: int, last: int, trigger: Trigger) -> bool:
    """'ستبقى في إجدابيا احتياطاً، و«لن تتحرك إلى سرت»': a verb of being there (at token ``station``), one comma
    after the place (its last token ``last``), then the verb, or its particle, joined with و: the force that stays
    there is the one that moves (or does not). Not a definite participle, which may describe another force (لتعزيز
    الحامية المتمركزة في زوار، ووصل إليها), nor where a force was before (كانوا يتمركزون في الجفرة منذ سنوات، وعبروا)."""
    tokens = context.tokens
    if tokens[station].text.startswith("ال") or station and tokens[station - 1].text in patterns.past_being:
        return False
    mark = context.first_mark(last, trigger.first)
    if mark is None or context.marked(mark + 1, trigger.first):
        return False
    return (mark + 1 >= _before_its_particle(context, patterns, trigger, mark + 1)
            and tokens[mark + 1].text[:1] == CONJUNCTIONS[0])


def _words_to_trigger(context: Context, patterns: Patterns, last: int, trigger: Trigger) -> int:
    """Words from token ``last`` to the trigger, a weak particle (قد) and the words of a time phrase not counted."""
    weak = patterns.weak_particles.index
    return words_between(context, patterns, last, trigger.first) - 1 - sum(
        (t.text,) in weak for t in context.tokens[last + 1:trigger.first])


def _seen_near(context: Context, patterns: Patterns, trigger: Trigger, roles: list) -> bool:
    """'رصد تحركات مشبوهة لمجموعات مسلحة قرب معبر تين الكوم', '... في المثلث الحدودي': activity seen near or in a
    place (a sighting word as the trigger, every place after a nearby word or في) is no movement to it; 'تحركات ...
    نحو سرت' still is."""
    if not patterns.sightings.at(context.norm.text, context.tokens, trigger.first):
        return False
    normal, tokens, skippable = context.norm.text, context.tokens, patterns.skippable
    for first, _, _ in roles:
        k = first - 1
        while k > trigger.last and tokens[k].text in skippable:
            k -= 1
        if k <= trigger.last or not (patterns.nearby.ends_at(normal, tokens, k) or tokens[k].text == PLACE_LINK):
            return False
    return True


FRAME_REACH = 6  # words from a frame (في إطار) to the trigger it puts the movement before under


def _after_a_relative(context: Context, patterns: Patterns, previous: int, trigger: Trigger, s_first: int) -> bool:
    """Whether the last trigger that made a movement (``previous``, in this sentence) stands in a relative clause set
    off by commas (، التي حشدت ...،) that closes before this trigger: the cues before that clause are this one's too."""
    if previous < s_first:
        return False
    normal, tokens = context.norm.text, context.tokens
    if not context.marked(previous, trigger.first):
        return False
    for k in range(previous - 1, s_first, -1):
        if context.mark_after(k):
            return bool(patterns.relatives.at(normal, tokens, k + 1))
    return False


def _frames_the_last(context: Context, patterns: Patterns, trigger: Trigger, s_first: int) -> bool:
    """'وصلت إلى طبرق تعزيزات قادمة من المرج، في إطار ما وصفه مصدر عسكري بـ«إعادة انتشار روتينية»': a trigger a
    few words after a frame (في إطار، ضمن خطة، في أكبر عملية), no comma between, in a sentence that has told a
    movement already, names that movement again; it is no movement of its own when it names no origin (ضمن خطة تشمل
    نقل كتيبة من براك الشاطئ إلى قاعدة الجفرة is one)."""
    last = context.last_movement
    if not _told_in_sentence(context, last, s_first):
        return False
    normal, tokens = context.norm.text, context.tokens
    for k in range(trigger.first - 1, max(s_first, trigger.first - 1 - FRAME_REACH) - 1, -1):
        if context.mark_after(k):
            return False  # ضمن مناورات «درع طرابلس»، على أن تبحر سفينة الإنزال: a clause of its own
        if patterns.frames.ends_at(normal, tokens, k):
            return True
    return False


QUESTION_REACH = 6  # words from a question word (هل) to the verb it asks about (وهل صحيح ما يتردد عن تحرك)


def _asked(context: Context, patterns: Patterns, trigger: Trigger, s_last: int) -> bool:
    """'هل تتحرك قوات القيادة العامة نحو غدامس أيضاً؟': a question word right before the verb and a question mark
    after it in its sentence ask whether a move happens; they do not report one."""
    if patterns.question_words.isdisjoint(context.norm.words[max(0, trigger.first - QUESTION_REACH):trigger.first]):
        return False  # most triggers: no question word before them
    normal, tokens = context.norm.text, context.tokens
    asks = next((k for k in range(trigger.first - 1, max(-1, trigger.first - 1 - QUESTION_REACH), -1)
                 if tokens[k].text in patterns.question_words), None)
    if asks is None or not joined(normal, tokens, asks, trigger.first):
        return False
    after = normal[tokens[trigger.last].end:tokens[s_last + 1].start if s_last + 1 < len(tokens) else len(normal)]
    return "؟" in after or "?" in after
