"""The force that moves: named right after the trigger, else before it in its sentence, else the one
named earlier; with the sides of units, speakers' own forces, nationalities and whom a report quotes.
"""
from __future__ import annotations

import re

from components.actors import ORIGIN_LINK, PLACE_LINK, ActorLexicon, ActorSpan, own_forces
from components.mentions import QUOTE_CHARS
from components.movement_context import (
    TOWN_KINDS,
    Context,
    Trigger,
    any_in,
    bounds_of_sentence,
    clause_opens,
    countries_of,
    feed_item_start,
    present_word,
    reach_past,
    trigger_word,
    word_in,
)
from components.movement_patterns import Patterns
from components.movement_roles import patron_word_before
from components.movement_status import answered_by, conditions_between
from components.phrases import CONJUNCTIONS, joined, quote_before
from components.records import Actor
from components.text import Token, name_key, normalise_word

ACTOR_AFTER = 6      # tokens after a trigger where its subject or complement names the actor
OWNER_AFTER = 3      # and past them, a word of belonging (تابعة ل), and after it, where the force they belong to starts
OFFICE_AFTER = 5     # or past an office's words before its owner (تابعة لجهاز دعم المديريات بوزارة الداخلية في حكومة ...)


OPPOSED_REACH = 2  # words between 'facing' (قبالة، ضد) and the force faced (قبالة خطوط قوات ...)


def _opposed(context: Context, patterns: Patterns, span: ActorSpan) -> bool:
    """Whether the force at ``span`` is the one faced or fought (قبالة خطوط قوات حكومة الوحدة، ضد ميليشيات), not
    the one that moves."""
    tokens, normal = context.tokens, context.norm.text
    for j in range(max(0, span.first - 1 - OPPOSED_REACH), span.first):
        if tokens[j].text in patterns.facing and not (
                j + 1 < span.first and patterns.triggers.at(normal, tokens, j + 1)):
            return True  # not 'in exchange for the withdrawal of' (مقابل سحب القيادة العامة وحداتها): who withdraws
    return False


PATRON_REACH = 2  # words between a channel (قنوات، صفحات) and the word that says whom it serves (موالية ل)


def _outlets_patron(context: Context, patterns: Patterns, first: int) -> bool:
    """Whether the force named at token ``first`` is only whom the channels before it serve (ما بثته قنوات موالية
    للقيادة العامة عن حشد قوات, صفحات محسوبة على حكومة الوحدة: the army is not the force massing)."""
    k = patron_word_before(context, patterns, first)
    if k is None or not word_in(context, patterns.media, k - PATRON_REACH, k - 1):
        return False
    return not (context.tokens[k].text in context.actor_lexicon.unit_owner_links and k
                and context.tokens[k - 1].text in OWN_PAGE_WORDS
                and not context.actors_between(bounds_of_sentence(context, k)[0], k - 2))
    # كتبت صفحة تابعة لرئاسة الأركان: the body's own page, which speaks for it; not pages affiliated to a side
    # (صفحات تابعة لحكومة الوحدة), nor a page that a speaker named before it answers


OWN_PAGE_WORDS = frozenset(normalise_word(w) for w in ("صفحة", "الصفحة", "حساب", "الحساب", "الإعلام", "الإعلامي",
                                                       "الحربي"))  # one page or account, a media office (مكتب
# الإعلام الحربي التابع للقيادة العامة): a body's own


LOYAL_FORCE_WORDS = 8  # words back from 'loyal to' to the start of the force's name (فصائل «الجيش الوطني السوري»)


def _forces_patron(context: Context, patterns: Patterns, span: ActorSpan) -> bool:
    """Whether a state named at ``span`` is only whom the force named right before it is loyal to (فصائل «الجيش
    الوطني السوري» الموالية لتركيا: the factions move, not Turkey)."""
    k = patron_word_before(context, patterns, span.first) if span.kind == "state" else None
    return k is not None and any(other.last == k - 1 and other.kind != "state"
                                 for other in context.actors_between(max(0, k - LOYAL_FORCE_WORDS), k - 1))


CARRYING_KINDS = frozenset({"airlift", "naval_landing"})  # a craft's move: what it carries moves


def mover_of(context: Context, patterns: Patterns, trigger: Trigger, s_first: int, end: int,
           role_tokens: set[int]) -> tuple[Actor | None, bool]:
    """The moving force: right after the trigger, else before it in the sentence, else named earlier.

    A name that is one of the movement's places (عبر تركيا) or the speaker of the sentence (نفت أنقرة)
    is not the force that moves.
    """
    speaks_of_own = bool(any_in(patterns.own_forces, context, s_first, end))

    def eligible(span: ActorSpan) -> bool:
        if (span.first in role_tokens or _outlets_patron(context, patterns, span.first) or _opposed(context, patterns, span)
                or _forces_patron(context, patterns, span)):
            return False  # the place itself (عبر تركيا), not 'armed groups in <place>'; not whom a channel serves,
            # nor the force faced (قبالة خطوط قوات حكومة الوحدة الوطنية)
        if _where_a_place_lies(context, patterns, span) or _said_absent(context, span) or _who_claims(context, patterns, span):
            return False  # مطار غازي عنتاب جنوبي تركيا; عززنا معطن السارة ولا وجود لـ«الدعم السريع»; نفى ما يردده
            # الجيش السوداني عن خروج قوافل: who claims it, not who moves
        speaker = span.first > 0 and patterns.sources.ends_at(context.norm.text, context.tokens, span.first - 1)
        if span.first > 0 and _watches(context, patterns, span.first - 1):
            return False  # رصدت البحرية اليونانية فرقاطتين تركيتين أبحرتا: who watches, not who moves
        return not (speaker and span.kind == "state" and not speaks_of_own)

    after_end = min(end, reach_past(context, patterns, trigger.last, ACTOR_AFTER))  # وصلت ليلة السبت تعزيزات من الجيش
    links, links_office = context.actor_lexicon.unit_owner_links, context.actor_lexicon.owner_offices
    owned = next((k for k in range(trigger.last + 1, min(end, after_end + OWNER_AFTER) + 1)
                  if context.tokens[k].text in links), None)
    if owned is not None:  # وصلت إلى جالو، ظهر الخميس، تعزيزات عسكرية تابعة لـ«كتيبة شهداء تازربو»: whose they are
        office = OFFICE_AFTER if owned + 1 <= end and context.tokens[owned + 1].text in links_office else 0
        after_end = min(end, max(after_end, owned + OWNER_AFTER + office))  # التابعة لوزارة الداخلية في حكومة
    conditions = conditions_between(context, patterns, trigger.last + 1, after_end)
    if conditions:  # 'إلا إذا طلبت حكومة ...': the condition's subject
        after_end = conditions[0] - 1
    before = [a for a in context.actors_between(s_first, trigger.first - 1) if eligible(a)]
    cuts = ("clause", "purpose", "time") if before else ("clause", "purpose")  # a time clause's forces (بعد اشتباكات
    opened = next((k for k in patterns.clause_openers.between(trigger.last + 1, after_end)  # مع قوات تابعة للقيادة
                   if clause_opens(context, patterns, k, k) in cuts), None)  # العامة) once a force stood before the
    if opened is not None:  # verb (not دخلت إلى الكفرة عقب اشتباكات مع مسلحين قوات ...: the subject after it);
        # بطلب من حكومة الوحدة: who asked, not who moves; لتزويد قوات الدعم السريع: what it goes to do
        after_end = opened - 1
    after = [a for a in context.actors_between(trigger.first, after_end) if eligible(a)]
    if not after and owned is not None and owned < end and context.tokens[owned + 1].text in context.actor_lexicon.owner_pronouns:
        named = [a for a in context.actors_between(s_first, trigger.first - 1) if a.first not in role_tokens]
        owner = ([a for a in named if not _outlets_patron(context, patterns, a.first)] or named or [None])[-1]
        if owner is not None and owner.actor.name:
            return owner.actor, False  # نفت القيادة العامة ما نشرته صفحات موالية لحكومة الوحدة عن
            # تحرك وحدات تابعة لها: the speaker's; with no other force named, the pages' patron's (ينفي المكتب
            # الإعلامي ما روجته صفحات محسوبة على حكومة الوحدة الوطنية عن دخول رتل تابع لها)
    condition = _condition_answered(context, patterns, trigger, s_first) if before else None
    if condition is not None:  # وإذا اقتربت عناصر «الدعم السريع» من الكفرة فستتحرك قوة من الجغبوب: who the
        answer = _answer_opens(context, condition, trigger)  # condition is about does not move; the answer's own
        before = [a for a in before if not condition < a.first < answer]  # subject does (فإن الجيش المصري ... سيدفع)
    if len(before) + len(after) > 1:  # the rest only chooses between forces
        before = [a for i, a in enumerate(before)
                  if not (i and _told_of_in_relative(context, patterns, before[i - 1], a, trigger.first))]
        supporting = [a for a in before + after
                      if a.first and patterns.supporters.ends_at(context.norm.text, context.tokens, a.first - 1)]
        if supporting and len(supporting) < len(before) + len(after):  # رتل من الجيش تسانده عناصر «الفيلق الأفريقي»:
            before = [a for a in before if a not in supporting]  # the army's column moves; those who support it do not
            after = [a for a in after if a not in supporting]
    if before and trigger.kind == "shipment":
        # نقل أسلحة إلى «الدعم السريع»: who receives a shipment is not who sends it when a sender stands before the
        # verb (reinforcements that reach the armed groups in Misrata are Misrata's own: not a shipment)
        after = [a for a in after if not _received(context, patterns, a)]
    if before:  # غادر المرتزقة السوريون القاعدة على متن طائرة عسكرية تركية: the force before the verb, not the craft
        after = [a for a in after if not (a.first and patterns.aboard.ends_at(context.norm.text, context.tokens, a.first - 1))
                 and not _got_off(context, patterns, a)]  # نزلوا من سفينة تركية: what they got off
        if len(before) > 1 and not _got_off(context, patterns, before[0]):  # نزلوا من سفينة تركية ... أو تقدموا: still
            before = [a for a in before if not _got_off(context, patterns, a)]  # the fighters
    if (len(after) > 1 and after[0].first == trigger.first and after[0].last < trigger.last < after[1].first
            and trigger.kind in CARRYING_KINDS):
        after = after[1:]  # طائرات شحن روسية نقلت عشرات المقاتلين السوريين: the fighters flown, not the planes' nation
    if not after and len(before) > 1 and _the_speaker_goes_on(context, patterns, trigger, s_first, before[0]):
        return before[0].actor, False  # نفى الجيش الوطني الليبي ما أوردته منصات عن ... الدعم السريع، معلناً أنه سينقل
        # سرية: 'that he' after the speaker's participle is the speaker
    if after and before and _sent_by(context, trigger, before[-1], after[0]):
        return before[-1].actor, False  # إعلان رئاسة الأركان العامة بحكومة الوحدة الوطنية نشر قوة من مصراته: the
        # force a state's command sends is the state's, wherever it was raised
    if len(after) > 1 and _sends_irregulars(context, patterns, trigger, after[0], after[1]):
        return after[1].actor, False  # نقلت تركيا نحو 300 من المرتزقة السوريين: the mercenaries it sends move
    if after:
        commander = _commander(context, patterns, trigger, after[0], before)
        if commander is not None:
            return Actor(after[0].actor.text, commander), False
        return _side_of_unit(context, patterns, after[0], s_first, [*reversed(before), *after])
    unnamed = _unnamed_subject(context, patterns, trigger) or _nation_of_the_move(context, patterns, trigger, end)
    if unnamed:
        return unnamed, False
    if len(before) > 1 and speakers_own_forces(context, patterns, trigger, s_first, end) is not None:
        before = [a for a in before if not (a.first and context.tokens[a.first - 1].text in patterns.media)] or before
        # نفت الجبهة ما يروجه إعلام القيادة العامة عن عبور مقاتليها: the speaker's fighters, not the media's owner's
    if before:
        return _side_of_unit(context, patterns, before[-1], s_first, before[::-1])
    unnamed = _nation_before_the_move(context, patterns, trigger, s_first) or _capital_sends(context, patterns, trigger, s_first)
    if unnamed:
        return unnamed, False
    if any(not _where_a_place_lies(context, patterns, span) for span in context.actors_between(s_first, trigger.first - 1)):
        return None, False  # the sentence names only who speaks of the movement
    if _unnamed_subject_before(context, patterns, s_first, trigger.first):
        return None, False  # وكانت مجموعة مسلحة محلية قد سيطرت على المستودع، قبل أن ... تنسحب منه: a force the text
        # does not name moves, not the one named in a sentence before
    own = _speakers_forces(context, patterns, trigger, s_first, end)
    if own is not None:
        return own, False
    aboard = _aboard(context, patterns, trigger, end) or _carried(context, trigger, end, role_tokens)
    if aboard is not None:
        return aboard, False
    told = _earlier_force(context, patterns, s_first, regular=word_in(context, patterns.regular_words, s_first, end))
    if told is not None and _from_another_town(context, patterns, trigger, s_first, end, told):
        return None, False  # انسحبت كتائب الزنتان ... فمنذ مساء الجمعة تحشد كتائب من الزاوية مقاتليها: not Zintan's
    if told is not None and _foreign(context.actor_lexicon, told):
        if _libyan_force_named(context, patterns, s_first, end):
            return None, False  # انسحبت عناصر القوة الليبية التابعة للداخلية, after the Tunisian army's move: not it
        told = _libyan_unit(context, patterns, trigger, s_first) or told
    lexicon = context.actor_lexicon
    if (told is not None and told.name in lexicon.libyan_sides and name_key(told.text) not in lexicon.home_army_phrases
            and _inside_a_neighbour(context, role_tokens)):
        return None, False  # «تعزيزات قد يُدفع بها من ديركو إلى مادما»، نقلاً عن مصدر أمني نيجري: a move wholly inside a
        # neighbour is not the Libyan side told of before (the neighbour's army, once the article is read); a bare
        # 'the army' (الجيش الوطني) is left to be read as the neighbour's own where its press names it so
    return told, told is not None


def _sent_by(context: Context, trigger: Trigger, sender: ActorSpan, sent: ActorSpan) -> bool:
    """Whether ``sender``, a side the lexicon names, stands right before a verb of sending as its subject (إعلان
    رئاسة الأركان نشر قوة، رئاسة الأركان نشرت قوة) and ``sent`` is a town's forces (قوة من مصراته) right after it."""
    lexicon = context.actor_lexicon
    return (sender.last == trigger.first - 1 and sent.first == trigger.last + 1 and bool(sender.actor.name)
            and sender.actor.name not in lexicon.town_forces and sent.actor.name in lexicon.town_forces
            and trigger_word(context, trigger) in lexicon.state_verbs)  # نشر، أرسل، دفع: not وصلت، دخلت


PASSIVE_MARK = "\u064f"  # a damma on a past verb's first letter (رُصدت): the passive, its object after it


def _watches(context: Context, patterns: Patterns, k: int) -> bool:
    """Whether token ``k`` is a verb of seeing in the active (رصدت البحرية اليونانية ...), so the force after it is
    who watches; not the passive the writer marked (إذ رُصدت سفن شحن روسية تفرغ: the ships seen move)."""
    token, offsets = context.tokens[k], context.norm.offsets
    return token.text in patterns.observer_verbs and PASSIVE_MARK not in context.text[offsets[token.start]:offsets[token.end]]


SUBJECT_AFTER = 3  # words from a verb of sending to the state or army that is its subject (نقلت طائرات تركية)
SENT_AFTER = 10  # words from that subject to the force it sends, a time aside between (نقلت تركيا، خلال الأيام
# الماضية، نحو 300 من المرتزقة السوريين)


def _sends_irregulars(context: Context, patterns: Patterns, trigger: Trigger, subject: ActorSpan, sent: ActorSpan) -> bool:
    """Whether ``subject``, a state or an army right after a verb of sending (نقلت تركيا، أرسل الجيش الروسي), sends
    ``sent``, mercenaries or rebels of another name named right after it, no place, word of direction or clause opener
    between (a time aside and a number may be: نقلت تركيا، خلال الأيام الماضية، نحو 300 من المرتزقة السوريين; not
    نقلت روسيا أسلحة إلى الجفرة لصالح مرتزقة فاغنر): they are the force that moves."""
    lexicon, normal, tokens = context.actor_lexicon, context.norm.text, context.tokens
    if not (subject.kind in ("state", "army") and subject.first - trigger.last <= SUBJECT_AFTER
            and sent.actor.name in lexicon.irregulars and sent.actor.name != subject.actor.name
            and 0 < sent.first - subject.last <= SENT_AFTER and trigger_word(context, trigger) in lexicon.state_verbs):
        return False
    between = range(subject.last + 1, sent.first)
    return not (context.places_between(subject.last + 1, sent.first - 1)
                or any(patterns.directions.at(normal, tokens, k) and tokens[k].text not in patterns.approximately
                       or patterns.clause_openers.at(normal, tokens, k) or tokens[k].text in SENT_FOR for k in between))


SENT_FOR = frozenset({"لصالح", "لدعم", "لمسانده"})  # for whom it is sent (normalised: لمساندة), not what is sent


def _condition_answered(context: Context, patterns: Patterns, trigger: Trigger, s_first: int) -> int | None:
    """The token of a condition (إذا، في حال) before the trigger in its sentence that the trigger answers (فستتحرك،
    or a verb to come after a comma: وإذا اقتربت ...، ستتحرك قواتنا), else None."""
    cues = conditions_between(context, patterns, s_first, trigger.first - 1)
    if not cues:
        return None
    k = cues[-1]
    answered = answered_by(context, patterns, k, trigger.first) or trigger.future and context.marked(k, trigger.first)
    return k if answered else None


def _answer_opens(context: Context, condition: int, trigger: Trigger) -> int:
    """The first token of the answer to the condition at token ``condition``: after the first comma past it, or at
    the first word that opens with the answer's ف (فإن، فستتحرك), else the trigger."""
    for k in range(condition + 1, trigger.first + 1):
        if context.mark_after(k - 1) or context.tokens[k].text.startswith(ANSWER_OPENINGS):
            return k
    return trigger.first


ANSWER_OPENINGS = ("فان", "فس", "فقد", "فلن")  # فإن، فستتحرك، فسوف (normalised): the answer to a condition, not
# فاغنر or فصائل


SPEAKER_THAT = frozenset({"انه", "انها", "انهم"})  # أنه، إنها (normalised): 'that he/it/they'
SPEAKER_THAT_REACH = 3  # words from the speaker's participle (معلناً في البيان ذاته) to 'that he'


def _the_speaker_goes_on(context: Context, patterns: Patterns, trigger: Trigger, s_first: int, speaker: ActorSpan) -> bool:
    """Whether 'that he' (أنه) stands right before the trigger after a participle of saying that goes on with the
    sentence's speaker (معلناً، مؤكداً), and ``speaker`` is the sentence's subject, right after its first verb."""
    tokens, k = context.tokens, trigger.first - 1
    if k < 1 or tokens[k].text not in SPEAKER_THAT or speaker.first > s_first + 2:
        return False
    return not patterns.saying_participles.isdisjoint(context.norm.words[max(s_first, k - SPEAKER_THAT_REACH - 1):k])


def _got_off(context: Context, patterns: Patterns, span: ActorSpan) -> bool:
    """Whether ``span`` is a ship or a plane after 'from' (من سفينة تركية): what a force got off, not a force."""
    return (span.first > 0 and context.tokens[span.first - 1].text == ORIGIN_LINK
            and context.tokens[span.first].text in patterns.crafts)


def _unnamed_subject_before(context: Context, patterns: Patterns, s_first: int, first: int) -> bool:
    """Whether a force the text does not name (مجموعة مسلحة، مسلحون) stands before token ``first`` in its sentence as
    a subject: opening it, or after 'that' (أن، إن), 'was' (كانت) or a verb in the past (سيطرت، هاجم); not after a
    preposition or a noun (سحب المسلحين، بين مجموعتين مسلحتين، أحد أعيان المدينة)."""
    tokens = context.tokens
    for k in patterns.unnamed_forces.between(s_first, first - 1):
        if not patterns.unnamed_forces.at(context.norm.text, tokens, k):
            continue
        before = tokens[k - 1].text if k > s_first else ""
        if ((not before or before in patterns.that_words or before.removeprefix(CONJUNCTIONS[0]) in patterns.past_being
                or before.endswith("ت") and not before.endswith("ات"))
                and not _another_clause(context, patterns, k + 1, first - 1)):
            return True
    return False


def _another_clause(context: Context, patterns: Patterns, first: int, last: int) -> bool:
    """Whether another clause opens in first..last: 'while', 'adding' (فيما، مضيفاً) or 'if' (إذا): the force
    before it is that clause's, not the one after it (not 'before' it: سيطرت ...، قبل أن تسلّمه وتنسحب منه)."""
    normal, tokens = context.norm.text, context.tokens
    return (any(patterns.scope_breaks.at(normal, tokens, k) for k in patterns.scope_breaks.between(first, last))
            or bool(conditions_between(context, patterns, first, last)))


def _from_another_town(context: Context, patterns: Patterns, trigger: Trigger, s_first: int, end: int,
                       told: Actor) -> bool:
    """Whether the sentence's force is said to come from a town (تحشد كتائب من الزاوية مقاتليها) other than the one
    whose own forces the article told of before (Zintan forces): then it is not those. Not a withdrawal, whose 'from'
    is where it leaves."""
    lexicon, tokens = context.actor_lexicon, context.tokens
    if told.name not in lexicon.town_forces or trigger.kind == "withdraw":  # سحب القوة من تاورغاء: where it leaves
        return False
    for k in range(s_first, min(end, len(tokens) - 3) + 1):
        place = context.placed.get(k + 2)
        if (tokens[k + 1].text == ORIGIN_LINK and place is not None and place.place is not None
                and place.place.kind in TOWN_KINDS and any_in(patterns.forces, context, k, k)):
            return place.place.name not in told.name and not set(name_key(place.text)) <= set(name_key(told.text))
    return False


def _inside_a_neighbour(context: Context, role_tokens: set[int]) -> bool:
    """Whether every place of a movement lies in one country other than Libya (a border or crossing on the way,
    which both sides share, aside)."""
    countries = countries_of(context.placed[k] for k in role_tokens if k in context.placed)
    return len(countries) == 1 and context.actor_lexicon.home_country not in countries


def _where_a_place_lies(context: Context, patterns: Patterns, span: ActorSpan) -> bool:
    """'مطار غازي عنتاب جنوبي تركيا': a state named after a word of direction says where a place lies; it is not a
    force, nor a speaker."""
    return (span.kind == "state" and span.first in context.placed
            and context.tokens[span.first - 1].text in patterns.compass)


def _foreign(lexicon: ActorLexicon, actor: Actor) -> bool:
    """Whether a named force is a foreign one: neither Libyan side, nor a Libyan town's own forces."""
    return (bool(actor.name) and actor.name not in lexicon.libyan_sides and actor.name not in lexicon.town_forces
            and not actor.name.startswith("Armed groups in"))


UNIT_NEAR = 3  # words around the trigger in which a unit noun is the force that moves (ستصل سرية من سبها)


def _libyan_force_named(context: Context, patterns: Patterns, first: int, last: int) -> bool:
    """Whether a force word or phrase right before 'Libyan' (القوة الليبية، عناصر ليبيين، حرس الحدود الليبي: the home
    country's nisba, data/nisba.csv) stands in first..last."""
    tokens, libyan = context.tokens, context.actor_lexicon.home_nisbas
    return any(tokens[k].text in libyan and patterns.forces.ends_at(context.norm.text, tokens, k - 1) is not None
               for k in range(max(first, 1), min(last, len(tokens) - 1) + 1))  # حرس الحدود الليبي: a phrase ending there


def _libyan_unit(context: Context, patterns: Patterns, trigger: Trigger, s_first: int) -> Actor | None:
    """'وكانت سفن إنزال روسية قد أفرغت عناصر في ميناء طبرق ... . ستصل سرية من سبها إلى براك': a company or a
    battalion the sentence names without an owner, among Libyan places only, after a foreign force was told of, is
    the Libyan side the article named last, not that foreign force (which news names by its nationality each time)."""
    lexicon = context.actor_lexicon
    if not word_in(context, patterns.unit_words, max(s_first, trigger.first - UNIT_NEAR),
                    min(len(context.tokens) - 1, trigger.last + UNIT_NEAR)):
        return None
    _, s_last = bounds_of_sentence(context, trigger.first)
    places = [context.placed[k].place for k in context.places_between(s_first, s_last)]
    if not places or any(p is None or p.country != lexicon.home_country for p in places):
        return None
    return next((span.actor for span in reversed(context.actors_between(0, s_first - 1))
                 if span.actor.name in lexicon.libyan_sides), None)


ABOARD_REACH = 4  # words from 'on board' (على متنها) to the force carried


def _aboard(context: Context, patterns: Patterns, trigger: Trigger, end: int) -> Actor | None:
    """'هبطت في قاعدة تمنهنت ثلاث طائرات شحن ...، على متنها عناصر من اللواء طارق بن زياد': the named force a
    vehicle carries, told after 'on board' or 'carrying' (تقلان عناصر من كتيبة طارق بن زياد) in the movement's
    clause, is the one that moves."""
    tokens, carrying = context.tokens, patterns.carrying
    for cue in range(trigger.last + 1, end + 1):
        match = patterns.aboard.at(context.norm.text, tokens, cue)
        if match or tokens[cue].text in carrying:
            after = cue + (match[0] if match else 1)
            return next((a.actor for a in context.actors_between(after, min(end, after + ABOARD_REACH))
                         if a.actor.name and a.kind != "state"), None)
    return None


def _carried(context: Context, trigger: Trigger, end: int, role_tokens: set[int]) -> Actor | None:
    """'نقلت طائرتا شحن من طراز «سي-130» الأسبوع الماضي نحو 150 عنصراً من القوات الخاصة التشادية من أنجمينا إلى فادا':
    the named force a verb of sending carries, after 'from' (عنصراً من) and before the movement's first place, is the one
    that moves, however far the craft and the time put it from the verb."""
    if trigger_word(context, trigger) not in context.actor_lexicon.state_verbs:
        return None
    last = min([end] + [k - 1 for k in role_tokens])
    return next((span.actor for span in context.actors_between(trigger.last + 1, last)
                 if span.actor.name and span.kind != "state" and span.first > 0
                 and context.tokens[span.first - 1].text == ORIGIN_LINK), None)


RELATIVE_SUBJECT = 3  # words from a relative pronoun to the subject of its verb (الذين استقدمتهم تركيا)


def _told_of_in_relative(context: Context, patterns: Patterns, head: ActorSpan, span: ActorSpan, verb: int) -> bool:
    """'المرتزقة السوريين الذين استقدمتهم تركيا ... غادرت': a force named in a relative clause that describes the
    force before it (the relative pronoun right after that force) is not the one that moves."""
    k = head.last + 1
    if k < span.first <= k + RELATIVE_SUBJECT and patterns.relatives.at(context.norm.text, context.tokens, k):
        return True
    normal = context.norm.text
    return any(span.first - r <= RELATIVE_SUBJECT and patterns.relatives.at(normal, context.tokens, r)
               and not context.marked(r, span.first)
               and not (patterns.forces.ends_at(normal, context.tokens, r - 1) is not None
                        and verb - span.last <= RELATIVE_SUBJECT)
               for r in range(head.last + 2, span.first))
    # تسلّم الجيش التشادي القاعدةَ التي أخلاها الجنود الفرنسيون: the relative clause describes what the army took
    # (not الأرتال التي أرسلتها تركيا وصلت: the forces it describes, right before the verb, are the movers, and
    # Turkey's; but ردت حكومة الوحدة على التعزيزات التي دفع بها الجيش الوطني إلى سرت ... بنقل كتيبتين: not the army's)


POSSESSED_BEFORE = 4  # words back from the verb to forces 'of his' that move (من أن وحداته «ستتحرك»)


STATE_BEFORE_FORCES = 6  # words back from 'its forces' (بقواتها) to the state whose they are (مصر لن تتردد في الدفع)


def speakers_own_forces(context: Context, patterns: Patterns, trigger: Trigger, s_first: int, end: int) -> int | None:
    """The first token of forces the one who speaks calls his own (قواته، مقاتليه، عناصرنا) that move with the
    trigger, in a sentence that names who speaks; None if there are none."""
    normal, tokens, possessed = context.norm.text, context.tokens, patterns.possessed_forces
    first = next((k for k in possessed.between(max(s_first, trigger.first - POSSESSED_BEFORE), min(end, trigger.last + 2))
                  if possessed.at(normal, tokens, k)), None)
    if first is None or source_of(context, patterns, s_first, first) is None:
        return None
    return first


def _speakers_forces(context: Context, patterns: Patterns, trigger: Trigger, s_first: int, end: int) -> Actor | None:
    """'قال آمر إحدى المجموعات إن رجاله سيدخلون جنزور': forces that are the speaker's own (قواته، مقاتليه، عناصرنا),
    in a sentence that names who speaks, are the speaker's, not the force told of before. A town with forces of its
    own named before them in the sentence is whose they are (وفي الزنتان، حذّر قائد ميداني من أن وحداته ...);
    otherwise they have no name the lexicon knows. None when no such forces move here, no speaker is named, or the
    speaker is a force named before (آمر الكتيبة، نفت الجبهة): the force told of before is then the right one."""
    normal, tokens, possessed = context.norm.text, context.tokens, patterns.possessed_forces
    first = speakers_own_forces(context, patterns, trigger, s_first, end)
    if first is None:
        return None
    offsets = context.norm.offsets
    last = first + possessed.at(normal, tokens, first)[0] - 1
    said = context.text[offsets[tokens[first].start]:offsets[tokens[last].end - 1] + 1]
    lexicon = context.actor_lexicon
    for k in reversed(context.places_between(max(s_first, first - STATE_BEFORE_FORCES), first - 1)):
        place = context.placed[k].place
        if (place is not None and place.kind == "country" and place.country != lexicon.home_country
                and not context.marked(context.mention_last[k], first)):
            army = lexicon.by_country.get(place.country, ("", ""))[0]  # not منع التهريب نحو الجزائر»، موضحاً أن وحداتها
            if army:
                return Actor(said, army)  # «مصر لن تتردد في الدفع بقواتها إلى سرت»: the state's own army
    for k in reversed(context.places_between(s_first, first - 1)):
        place = context.placed[k].place
        town = own_forces(lexicon, place) if place is not None and place.kind in ("city", "town") else None
        if town:
            return Actor(said, town)
    for k in patterns.speaker_anaphors.between(s_first, first - 1):
        match = patterns.speaker_anaphors.at(normal, tokens, k)
        end_of_name = k + match[0] - 1 if match else -1
        if match and (not joined(normal, tokens, end_of_name, end_of_name + 1)
                      or tokens[end_of_name + 1].text in patterns.speaker_stops):
            return None  # 'آمر الكتيبة، العقيد ...': the battalion named before
    return Actor(said, None)


def _speaker_goes_on(context: Context, patterns: Patterns, s_first: int) -> Actor | None:
    """'نفى المتحدث باسم «اللواء 128 معزز» ... . وأضاف أن سرية «ستعيد تمركزها ...»': a sentence that goes on with
    the words of the one who spoke in the sentence before speaks of that speaker's force (the force his title names),
    not of the last force that moved."""
    normal, tokens = context.norm.text, context.tokens
    opener = patterns.speech_goes_on.at(normal, tokens, s_first)
    if not opener or s_first == 0:
        return None
    k = s_first + opener[0]
    same = (patterns.same_sources.at(normal, tokens, k) or patterns.speaker_anaphors.at(normal, tokens, k)
            if k < len(tokens) else None)
    k += same[0] if same else 0  # وأضاف المصدر ذاته أن، وأضافت الوزارة أن
    if k >= len(tokens) or not (tokens[k].text in patterns.that_words or _quoted_speech(normal, tokens, k)):
        return None
    before_first, before_last = bounds_of_sentence(context, s_first - 1)
    sources = patterns.sources
    for span in context.actors_between(before_first, before_last):
        at = span.first - 1 - (span.first > 1 and tokens[span.first - 1].text == PLACE_LINK)  # مصدر في «X»
        if span.actor.name and span.kind != "state" and at >= before_first and (
                sources.ends_at(normal, tokens, at)
                or at <= before_first + 1 and tokens[at].text in patterns.speaker_verbs):  # ونفت وزارة الدفاع التركية
            return span.actor  # the force of one who spoke for it: المتحدث باسم «اللواء 128»، مصدر في المجلس العسكري
    return None


def _quoted_speech(normal: str, tokens: list[Token], k: int) -> bool:
    """'وأضاف: «لا نية لدينا ...»': words quoted right after a verb of saying (a colon or an opening quote before
    token k)."""
    gap = normal[tokens[k - 1].end:tokens[k].start]
    return ":" in gap or any(c in gap for c in "«\"“")


def _received(context: Context, patterns: Patterns, span: ActorSpan) -> bool:
    """Whether the actor follows a word of direction (إلى، نحو), not في: what is sent goes to it."""
    return (span.first > 0 and context.tokens[span.first - 1].text != PLACE_LINK
            and patterns.roles.ends_at(context.norm.text, context.tokens, span.first - 1) == "destination")


def _commander(context: Context, patterns: Patterns, trigger: Trigger, unit: ActorSpan,
               before: list[ActorSpan]) -> str | None:
    """The side of the body that moves forces 'from' a unit, named right before the verb, where the lexicon gives
    the unit another (القيادة العامة تحشد وحدات من «اللواء 166 مشاة»); not planes or troops that carry others
    (طائرات روسية نقلت عناصر من فاغنر: Wagner's men)."""
    if not before or unit.first < 2:
        return None
    normal, tokens, commander = context.norm.text, context.tokens, before[-1]
    if (commander.last == trigger.first - 1 and commander.actor.name and commander.kind != "state"
            and unit.actor.name != commander.actor.name and not patterns.forces.at(normal, tokens, commander.first)
            and tokens[unit.first - 1].text == ORIGIN_LINK and patterns.forces.at(normal, tokens, unit.first - 2)):
        return commander.actor.name
    return None


_LIST_ITEM = re.compile(r"[0-9٠-٩]{1,2}\s*[-–.)]")  # a sentence that opens with a list number ('3- ')


def _told_before(context: Context, patterns: Patterns, s_first: int) -> Actor | None:
    """The force of the movement told before (جزء من الرتل سيتوجه: the column's), else the last force named
    before the sentence (a state named as such apart). Not across the items of a numbered list (a bulletin's
    '3- رست في ميناء الحريقة سفينة شحن ...' is a report of its own) or of a news feed (ليبيا | ...، تشاد | ...), nor
    into a link to another story (اقرأ أيضاً)."""
    if links_elsewhere(context, patterns, s_first):
        return None
    if _LIST_ITEM.match(context.norm.text, context.tokens[s_first].start):
        preamble = _list_preamble_end(context, s_first)  # البنود الآتية: the items of one statement are its issuer's
        return None if preamble is None else _issuer(context, context.sentence_of[preamble])
    item = feed_item_start(context, patterns.live_tags, s_first)  # تشاد | متمردون يحتشدون في كوري بوقودي: not the
    # force of the item before
    if context.last_mover is not None and item is None:
        return context.last_mover
    for span in reversed(context.actors_between(item or 0, s_first - 1)):
        if (span.last < s_first and span.actor.name and span.kind != "state" and not _denied_mover(context, patterns, span)
                and not _a_background_mover(context, patterns, span)
                and not (span.first and context.tokens[span.first - 1].text in patterns.partner_words)):  # قاتل إلى
            # جانب القوات الفرنسية في مالي: whom someone fought beside, not the force the story goes on with
            if span.actor.name in context.actor_lexicon.irregulars:  # أمهل الجيش الوطني الليبي المجموعات المسلحة
                # التشادية سبعة أيام لمغادرة المنطقة: the army its sentence names first, not the rebels it addresses
                army = _last_army(context, patterns, span.first)
                if army is not None and context.sentence_of[army.first] == context.sentence_of[span.first]:
                    return army.actor
            return span.actor
    return None


DENIED_MOVER_REACH = 3  # words from a verb of denial to the force it says did not move (وموسكو تنفي نقل عسكريين روس)


def _denied_mover(context: Context, patterns: Patterns, span: ActorSpan) -> bool:
    """Whether a force is named as what a denial says did not move (تنفي نقل عسكريين روس): not the force told of
    before, as a force said not to have moved is not the last mover either."""
    first = max(bounds_of_sentence(context, span.first)[0], span.first - DENIED_MOVER_REACH)
    for k in patterns.status.between(first, span.first - 1):
        cue = patterns.status.at(context.norm.text, context.tokens, k)
        if cue and cue[2][0] == "denied":
            return True
    return _said_absent(context, span)


def _said_absent(context: Context, span: ActorSpan) -> bool:
    """Whether a force is named as not being there (ولا وجود لـ«الدعم السريع» في المثلث الحدودي، «لا مقاتلين
    سودانيين» قرب جادو): not the force that moves, nor the one told of before."""
    words = context.norm.words
    if span.first and words[span.first - 1] in NO:
        return True  # 'no' right before a force word denies that there is any
    for k in range(max(span.first - DENIED_MOVER_REACH, 1), span.first):  # three words looked at, most often all
        if words[k] == PRESENCE and words[k - 1] in NO:  # unlike 'presence'; the sentence's start only then
            return k - 1 >= bounds_of_sentence(context, span.first)[0]
    return False


WHAT = "ما"


def _who_claims(context: Context, patterns: Patterns, span: ActorSpan) -> bool:
    """Whether the force is named right after 'what ... says' (ما يردده الجيش السوداني، ما ذكره الجيش): who claims the
    movement that follows, not its mover."""
    words = context.norm.words
    return span.first > 1 and words[span.first - 1] in patterns.speaker_verbs and words[span.first - 2] == WHAT


PRESENCE = "وجود"
NO = frozenset({"لا", "ولا"})


def _a_background_mover(context: Context, patterns: Patterns, span: ActorSpan) -> bool:
    """Whether a force is named as what moved 'since' (منذ انسحاب قوات القيادة العامة من ترهونة في 2020): the
    background the story is measured from, not the force it goes on with."""
    words = context.norm.words
    return not patterns.background_openers.isdisjoint(
        words[max(bounds_of_sentence(context, span.first)[0], span.first - DENIED_MOVER_REACH):span.first])


ISSUER_REACH = 3  # words from a sentence's start to the force that issues a statement (أصدرت رئاسة الأركان بياناً)


def _issuer(context: Context, sentence: int) -> Actor | None:
    """The force named as the subject of the line that opens a list or of the sentence before it (أصدرت رئاسة الأركان
    العامة التابعة لحكومة الوحدة الوطنية بياناً ... وجاء في البيان أن الوحدات باشرت تنفيذ البنود الآتية:), not a
    force the lines merely mention (اشتباكات بين مجموعات مسلحة في زوارة)."""
    for index in (sentence, sentence - 1):
        first = context.sentence_first.get(index)
        if first is None:
            continue
        for span in context.actors_between(first, first + ISSUER_REACH):
            if span.actor.name and span.kind != "state":
                return span.actor
    return None


def _list_preamble_end(context: Context, s_first: int) -> int | None:
    """The last token of the line that opens the numbered list the sentence at ``s_first`` is an item of, when that
    line ends with a colon (أن الوحدات العسكرية باشرت تنفيذ البنود الآتية:): the items are what it announces. None
    for a list with no such line (a bulletin's items are reports of their own)."""
    normal, tokens = context.norm.text, context.tokens
    sentence = context.sentence_of[s_first]
    while sentence > 0:
        sentence -= 1
        first = context.sentence_first.get(sentence)
        if first is None:
            continue
        if not _LIST_ITEM.match(normal, tokens[first].start):
            last = context.sentence_last[sentence]
            tail = normal[tokens[last].end:tokens[last + 1].start if last + 1 < len(tokens) else len(normal)]
            return last if ":" in tail else None
    return None


def links_elsewhere(context: Context, patterns: Patterns, s_first: int) -> bool:
    """Whether the sentence opening at token ``s_first`` is a link to another story («اقرأ أيضاً: جسر جوي روسي من
    قاعدة حميميم إلى الجفرة»): its force is not the one told of before it, nor the one told of after it."""
    return bool(patterns.see_also.at(context.norm.text, context.tokens, s_first))


def _earlier_force(context: Context, patterns: Patterns, s_first: int, regular: bool = False) -> Actor | None:
    """The force an unnamed mover is, from the sentences before: the one the last speaker spoke for when this sentence
    goes on with his words, else the force told of before. A ``regular`` mover (a unit, border guards: never rebels or
    mercenaries) told of after rebels takes the last army named before them, or nobody (مجموعات مسلحة تشادية انسحبت
    ... وأعلنت غرفة عمليات المنطقة الجنوبية أن جسراً جوياً سيُقام; «الدعم السريع» تنفي ... / وحدات من قوات حرس
    الحدود تحركت من مرسى مطروح)."""
    told = _speaker_goes_on(context, patterns, s_first) or _told_before(context, patterns, s_first)
    if regular and told is not None and told.name in context.actor_lexicon.irregulars:
        army = _last_army(context, patterns, s_first)
        return army.actor if army is not None else None
    return told


def _side_of_unit(context: Context, patterns: Patterns, span: ActorSpan, s_first: int,
                  nearest: list[ActorSpan]) -> tuple[Actor, bool]:
    """(actor, from context). A unit the lexicon does not know and no owner names (الكتيبة 116) keeps its own words
    and takes the name of the force its sentence names, nearest first (أعلنت القيادة العامة نشر وحدات من الكتيبة
    116), else of the force the article told of before, as a sentence without an actor would; not a town's own
    guard (قوة حماية مرزق), which is no side's."""
    actor = span.actor
    if actor.name or actor not in context.units or _town_guard(context, span):
        return actor, False
    town = _coming_from_a_town(context, span)
    if town is not None:
        return Actor(actor.text, town), False  # «القوة المشتركة» القادمة من مصراتة: that town's forces
    side = next((other.actor for other in nearest if other.actor.name and other.kind not in ("state", "unit")
                 and not _quoted_apart(context, other, span)), None)
    if side is not None:
        return Actor(actor.text, side.name), False
    full = _named_in_full_before(context, span)
    if full is not None:
        return Actor(actor.text, full.name), False
    told = _earlier_force(context, patterns, s_first, regular=True)
    if told is not None and _foreign(context.actor_lexicon, told):
        return actor, False  # «رتل روسي يغادر قاعدة براك.. والكتيبة 177 تنفي»: a unit the article does not tie to
        # anyone is not the foreign force told of before (news names a foreign force by its nation each time)
    return (Actor(actor.text, told.name), True) if told is not None else (actor, False)


def _quoted_apart(context: Context, other: ActorSpan, span: ActorSpan) -> bool:
    """Whether ``other`` stands inside a quotation that does not hold ``span`` (قال إن التعزيزات «تأتي ... بين الجيش
    السوداني وقوات الدعم السريع»، مضيفاً أن كتيبة المشاة المتمركزة في البريقة «ستنتقل»): what a speaker says of
    other armies does not name the unit's side."""
    tokens, normal = context.tokens, context.norm.text
    if other.last < span.first:
        between = normal[tokens[other.last].end:tokens[span.first].start]
        return between.count("»") > between.count("«")
    between = normal[tokens[span.last].end:tokens[other.first].start]
    return between.count("«") > between.count("»")


def _coming_from_a_town(context: Context, span: ActorSpan) -> str | None:
    """The forces of the town a unit is said to come from right after its name, when the town has forces of its own
    in data/actors.csv («القوة المشتركة» القادمة من مصراتة: Misrata forces), else None."""
    tokens, lexicon, k = context.tokens, context.actor_lexicon, span.last + 1
    if k + 2 >= len(tokens) or tokens[k].text not in lexicon.coming_words:
        return None
    link = next((j for j in (k + 1, k + 2) if j < len(tokens) and tokens[j].text == ORIGIN_LINK), None)
    if link is None:
        return None  # one word may stand between: القادمة بحراً من مصراتة
    mention = context.placed.get(link + 1)
    if mention is None or mention.place is None or mention.place.kind not in TOWN_KINDS:
        return None
    return own_forces(lexicon, mention.place)


def _named_in_full_before(context: Context, span: ActorSpan) -> Actor | None:
    """The actor an earlier span of the article names when its words open with all of this unit's words: the unit
    named again in short (القوة المشتركة للحركات المسلحة ... ثم القوة المشتركة)."""
    tokens, size = context.tokens, span.last - span.first + 1
    words = [tokens[k].text for k in range(span.first, span.last + 1)]
    for earlier in reversed(context.actors_between(0, span.first - 1)):
        if (earlier.actor.name and earlier.last - earlier.first + 1 > size
                and [tokens[k].text for k in range(earlier.first, earlier.first + size)] == words):
            return earlier.actor
    return None


def _last_army(context: Context, patterns: Patterns, before: int) -> ActorSpan | None:
    """The last army named before token ``before`` (not one said not to have moved)."""
    armies = context.actor_lexicon.armies
    for span in reversed(context.actors_between(0, before - 1)):
        if span.actor.name in armies and span.kind == "army" and not _denied_mover(context, patterns, span):
            return span
    return None


def _town_guard(context: Context, span: ActorSpan) -> bool:
    """'قوة حماية مرزق', 'كتيبة حماية غدامس': a unit named for guarding the town after the guard word."""
    lexicon, tokens = context.actor_lexicon, context.tokens
    return any(tokens[k].text in lexicon.local_guard_words and (
        tokens[k + 1].text in lexicon.towns
        or any(tuple(t.text for t in tokens[k + 1:k + 1 + n]) in lexicon.town_keys for n in (2, 3)))
        for k in range(span.first, span.last))  # قوة حماية أم الأرانب: a town of two words


def _unnamed_subject(context: Context, patterns: Patterns, trigger: Trigger) -> Actor | None:
    """'أن المسلحين انسحبوا', 'انسحب مسلحون': gunmen or militias the text does not name, right before or
    right after the verb, are the movers; not the body that reports their move (Actor without a name)."""
    normal, tokens = context.norm.text, context.tokens
    span = None
    chases = present_word(context, trigger) in patterns.pursuits  # قواتنا ستلاحق المهاجمين: whom it chases
    match = (patterns.unnamed_forces.at(normal, tokens, trigger.last + 1)
             if trigger.last + 1 < len(tokens) and not chases else None)
    if match:
        span = (trigger.last + 1, trigger.last + match[0])
    else:
        last = trigger.first - 1
        if last >= 0 and (tokens[last].text,) in patterns.weak_particles.index:
            last -= 1
        for first in patterns.unnamed_forces.between(max(0, last - 2), last):
            match = patterns.unnamed_forces.at(normal, tokens, first)
            if match and first + match[0] - 1 == last:
                span = (first, last)
                break
        else:
            span = _modified_subject(context, patterns, last)
    if span is None:
        return None
    offsets = context.norm.offsets
    start, end = offsets[tokens[span[0]].start], offsets[tokens[span[1]].end - 1] + 1
    return Actor(context.text[start:end], None)


def _nation_of_the_move(context: Context, patterns: Patterns, trigger: Trigger, end: int) -> Actor | None:
    """'جسر جوي روسي', 'إنزال بحري تركي': a nationality right after the noun of the movement, its adjectives
    between (data/movement_patterns.jsonl move_adjective), names the forces that move; not one without a single
    army (ليبي)."""
    tokens, nations = context.tokens, context.actor_lexicon.by_nisba
    for k in range(trigger.last + 1, min(end, len(tokens) - 1) + 1):
        armies = nations.get(tokens[k].text)
        if armies is not None:
            if not armies[0]:
                return None
            offsets = context.norm.offsets
            return Actor(context.text[offsets[tokens[k].start]:offsets[tokens[k].end - 1] + 1], armies[0])
        if tokens[k].text not in patterns.move_adjectives and not patterns.forces.at(context.norm.text, tokens, k):
            return None  # وصول تعزيزات جزائرية: the force word between too
    return None


NATION_FORCE_WORDS = 3  # words of a force's name before its nationality (حرس الحدود المصري)


def _nation_before_the_move(context: Context, patterns: Patterns, trigger: Trigger, s_first: int) -> Actor | None:
    """'إن المدرعات المصرية عبرت منفذ امساعد', 'عن الآليات التركية التي وصلت': a force word and a nationality right
    before the verb (a relative pronoun between; or a nationality guessed after another: «يُعتقد أنها روسية»), as
    _nation_of_the_move reads them after it; not one without a
    single army (ليبي), nor one the movers go with (مع)."""
    tokens, nations = context.tokens, context.actor_lexicon.by_nisba
    k = trigger.first - 1
    if k > s_first and patterns.relatives.at(context.norm.text, tokens, k):
        k -= 1
    armies = nations.get(tokens[k].text) if k > s_first else None
    if not armies or not armies[0]:
        return None
    lexicon, said = context.actor_lexicon, k  # said: the nationality that stands right after the force's words
    if (k - 3 > s_first and tokens[k - 1].text in lexicon.hedge_that and tokens[k - 2].text in lexicon.hedge_words
            and tokens[k - 3].text in nations):
        said = k - 3  # عناصر أجنبية «يُعتقد أنها روسية» انتقلت: the nationality guessed is theirs
    force, match = next(((first, match) for first in patterns.forces.between(max(s_first, said - NATION_FORCE_WORDS), said - 1)
                         if (match := patterns.forces.at(context.norm.text, tokens, first)) and first + match[0] == said),
                        (None, None))
    if force is None or force > s_first and tokens[force - 1].text in patterns.partner_words:
        return None  # دوريات مشتركة مع حرس الحدود المصري ستنطلق: who the movers go with
    offsets = context.norm.offsets
    start, end = offsets[tokens[force].start + match[1]], offsets[tokens[k].end - 1] + 1
    if said != k and context.text[end:end + 1] == "»" and "«" in context.text[start:end]:
        end += 1  # the guess's closing quote, with its opening one
    return Actor(context.text[start:end], armies[0])


DATELINE_MARKS = ("-", "–", "—", ":", "(", ")", "،", ",")  # between a capital and a verb: no subject of it
CAPITAL_PARTICLES = frozenset({"لن", "لا", "لم", "قد", "سوف"})  # between a capital and its verb (القاهرة لن ترسل)


def _capital_sends(context: Context, patterns: Patterns, trigger: Trigger, s_first: int) -> Actor | None:
    """'قال مصدر إن القاهرة «لن ترسل مدربين عسكريين إلى ليبيا»': a foreign capital as the subject of a verb of
    sending, right after 'that' (إن، أن) or opening the sentence: its state's army sends the force. None otherwise
    (a capital named anywhere else is where someone is, or what a government says: طرابلس ترفض)."""
    lexicon, tokens = context.actor_lexicon, context.tokens
    if trigger_word(context, trigger) not in lexicon.state_verbs:
        return None
    k = trigger.first - 1
    while k > s_first and tokens[k].text in CAPITAL_PARTICLES:
        k -= 1
    first = next((j for j in context.places_between(max(s_first, k - 2), k) if context.mention_last[j] == k), None)
    place = context.placed[first].place if first is not None else None
    if (place is None or place.kind != "city" or place.country == lexicon.home_country
            or normalise_word(place.name_ar) not in patterns.capitals
            or first > s_first and tokens[first - 1].text not in patterns.that_words
            or any(mark in context.norm.text[tokens[context.mention_last[first]].end:tokens[trigger.first].start]
                   for mark in DATELINE_MARKS)):
        return None  # القاهرة - أرسلت تعزيزات: a dateline, and the verb is passive
    army = lexicon.by_country.get(place.country, ("", ""))[0]
    return Actor(context.placed[first].text, army) if army else None


MODIFIED_SUBJECT = 4  # words that may say whose unnamed movers are, between them and their verb


def _modified_subject(context: Context, patterns: Patterns, last: int) -> tuple[int, int] | None:
    """'بأن مسلحين محسوبين على ورشفانة حشدوا', 'مجموعات مسلحة قادمة من الزاوية تحشدت': unnamed movers, then a few
    words that say whose or whence they are (data: subject_modifier), then the verb at last + 1; their tokens."""
    normal, tokens = context.norm.text, context.tokens
    for opener in range(last, max(0, last - MODIFIED_SUBJECT), -1):
        if tokens[opener].text not in patterns.subject_modifiers:
            continue
        if not joined(normal, tokens, opener - 1, last) or normal[tokens[last].end:tokens[last + 1].start].strip(" «\"“"):
            return None  # only spaces, or a quote that opens the verb's words («النفير العام»), before the verb
        for first in patterns.unnamed_forces.between(max(0, opener - 3), opener - 1):
            match = patterns.unnamed_forces.at(normal, tokens, first)
            if match and first + match[0] == opener:  # مسلحين من المعارضة التشادية: named after all
                return None if context.actors_between(first, last) else (first, opener - 1)
    return None


def source_of(context: Context, patterns: Patterns, s_first: int, trigger_first: int) -> str | None:
    """Who says so: 'المتحدث باسم ...' or 'مصدر عسكري' first, else the speaker after قال/نفى; a few words after
    the cue, and to the end of a force named in them."""
    normal, tokens = context.norm.text, context.tokens
    matches = []
    for k in patterns.sources.between(s_first, trigger_first - 1):
        match = patterns.sources.at(normal, tokens, k)
        if match:
            n, _, (take, keep_cue) = match
            matches.append((not keep_cue, k, n, take, keep_cue))
    for _, k, n, take, keep_cue in sorted(matches):
        last = k + n - 1
        while (last + 1 < trigger_first and last - (k + n - 1) < take and tokens[last + 1].text not in patterns.speaker_stops
               and joined(normal, tokens, last, last + 1)):
            last += 1
        # the cue and, in quotes, the force it speaks for (المتحدث باسم «الكتيبة 77 مشاة», آمر «قوة حماية مرزق»)
        named = context.actors_between(k + n, last)  # المتحدث باسم الجيش السوداني «القيادة العامة»: named already
        quoted = None if named else _quoted_force_after(context, last, trigger_first)
        last = quoted.last if quoted else last
        if last == k + n - 1:
            continue
        for span in context.actors_between(k + n, last):  # a force named in the speaker's words is named whole:
            if last < span.last < trigger_first:  # المتحدث باسم غرفة عمليات سرت الجفرة, not ... سرت
                last = span.last
        first = k if keep_cue else k + n
        start = context.norm.offsets[tokens[first].start]
        stop = context.norm.offsets[tokens[last].end - 1] + 1
        if quoted and quoted.first > first and context.text[stop:stop + 1] in QUOTE_CHARS:
            stop += 1  # the quote opened inside the words taken closes
        return context.text[start:stop]
    return None


def _quoted_force_after(context: Context, last: int, trigger_first: int) -> ActorSpan | None:
    """A force named in quotes right after token ``last`` (آمر «قوة حماية مرزق»), ending before the trigger."""
    if last + 1 >= trigger_first or not quote_before(context.norm.text, context.tokens, last + 1, QUOTE_CHARS):
        return None
    after = context.actors_between(last + 1, last + 1)
    return after[0] if after and after[0].last < trigger_first else None
