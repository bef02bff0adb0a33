"""The movement engine's linguistic knowledge, loaded from ``data/movement_patterns.jsonl``.

Each kind of entry becomes a ``PhraseSet`` (normalised phrases and what each means) or a word set;
``ArticlePhrases`` answers a ``PhraseSet``'s questions for one article, each token's match found once.
"""
from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from copy import copy
from dataclasses import dataclass, fields
from functools import cached_property, lru_cache
from pathlib import Path

from components.gazetteer import DATA
from components.phrases import PhraseIndex, longest_match
from components.text import Normalised, Token, name_key, normalise_word


@dataclass(frozen=True)
class PhraseSet:
    """Phrases (normalised token tuples) and what each means."""

    index: PhraseIndex

    def at(self, normal: str, tokens: list[Token], i: int):
        """(n, prefix, value) of the longest phrase starting at token i, or None."""
        if not self.index:
            return None
        match = longest_match(self.index, normal, tokens, i)
        if match is None:
            return None
        n, prefix, key = match
        return n, prefix, self.index[key]

    def ends_at(self, normal: str, tokens: list[Token], last: int):
        """The value of the longest phrase ending at token ``last`` (قريبة من before من), or None."""
        for n in range(min(self.index.max_tokens, last + 1), 0, -1):
            first = last - n + 1
            match = self.at(normal, tokens, first)
            if match and match[0] == n:
                return match[2]
        return None

    @cached_property
    def absent(self) -> ArticlePhrases:
        """The ``ArticlePhrases`` of an article where none of the phrases may start (about a third of the sets in
        a typical article: no إلى جانب, no قال مصدر): it has nothing to remember, so all such articles share it."""
        return ArticlePhrases(self, [], Normalised("", (0,)))


_UNSEEN = object()


class ArticlePhrases:
    """A PhraseSet for one article: each token's match computed once, however often it is asked for,
    and only on the tokens where the prefilter says a phrase may start (``starts``, in order)."""

    def __init__(self, phrases: PhraseSet, starts: list[int], norm: Normalised) -> None:
        self.norm = norm
        self.index = phrases.index
        self.starts = starts
        self.found: dict[int, object] = dict.fromkeys(starts, _UNSEEN)  # a start → its match once looked for (or None)

    def between(self, first: int, last: int) -> list[int]:
        """Tokens in first..last (inclusive) where a phrase may start, in order."""
        return self.starts[bisect_left(self.starts, first):bisect_right(self.starts, last)]

    def at(self, normal: str, tokens: list[Token], i: int):
        """As ``PhraseSet.at``: (n, prefix, value) of the longest phrase starting at token i, or None."""
        found = self.found.get(i)  # None where no phrase may start, or none does
        if found is _UNSEEN:
            match = longest_match(self.index, normal, tokens, i)
            found = self.found[i] = None if match is None else (match[0], match[1], self.index[match[2]])
        return found

    def first_in(self, normal: str, tokens: list[Token], first: int, last: int):
        """The value of the first phrase starting in first..last, or None."""
        starts, found = self.starts, self.found
        for k in starts[bisect_left(starts, first):bisect_right(starts, last)]:
            match = found[k]
            if match is _UNSEEN:
                match = self.at(normal, tokens, k)
            if match:
                return match[2]
        return None

    @cached_property
    def end_list(self) -> list[int]:
        """Tokens where a phrase may end, in order: a possible start plus the length of a phrase its word may begin.
        Made only for the sets whose ends are listed (``ends_between``): ``start_of`` asks each start in turn."""
        words, reach, known = self.norm.words, self.index.reach, self.index.reach.known
        return sorted({first + extra for first in self.starts  # the memo read directly, as in longest_match
                       for extra in known.get(words[first]) or reach(words[first])})

    def ends_between(self, first: int, last: int) -> list[int]:
        """Tokens in first..last (inclusive) where a phrase may end, in order."""
        return self.end_list[bisect_left(self.end_list, first):bisect_right(self.end_list, last)]

    def ends_at(self, normal: str, tokens: list[Token], last: int):
        """As ``PhraseSet.ends_at``: the value of the longest phrase ending at token ``last``, or None."""
        first = self.start_of(normal, tokens, last)
        return None if first is None else self.found[first][2]

    def start_of(self, normal: str, tokens: list[Token], last: int) -> int | None:
        """The first token of the longest phrase ending at token ``last`` (بالقرب من: two back), or None. Only the
        starts whose word may begin a phrase that long are looked at (most are none: no match is looked for)."""
        starts, found, words = self.starts, self.found, self.norm.words
        reach, known = self.index.reach, self.index.reach.known  # the memo read directly, as in longest_match
        for first in starts[bisect_left(starts, last - self.index.max_tokens + 1):bisect_right(starts, last)]:
            if last - first not in (known.get(words[first]) or reach(words[first])):
                continue  # no phrase its word may begin ends at last
            match = found[first]
            if match is _UNSEEN:
                match = self.at(normal, tokens, first)
            if match and match[0] == last - first + 1:
                return first
        return None


@dataclass(frozen=True)
class Patterns:
    triggers: PhraseSet
    modifiers: PhraseSet
    forces: PhraseSet
    non_force: PhraseSet
    hypothetical: PhraseSet
    roles: PhraseSet
    status: PhraseSet
    scope_breaks: PhraseSet
    sources: PhraseSet
    own_forces: PhraseSet
    possessed_forces: PhraseSet
    speaker_anaphors: PhraseSet
    speech_goes_on: PhraseSet
    same_sources: PhraseSet
    pronoun_subjects: PhraseSet
    unnamed_forces: PhraseSet
    not_triggers: PhraseSet
    reporting_verbs: PhraseSet
    report_sources: PhraseSet
    claims: PhraseSet
    weak_particles: PhraseSet
    time_words: PhraseSet
    stationing: PhraseSet
    en_route: PhraseSet
    sightings: PhraseSet
    nearby: PhraseSet
    clause_openers: PhraseSet  # value: 'clause', 'time' (unless a time word follows: بعد ظهر الأحد), 'explanation'
    # (إذ: unless a verb of movement follows), 'purpose' or 'source'
    directions: PhraseSet
    relatives: PhraseSet
    earlier_legs: PhraseSet
    departures: PhraseSet
    home_bases: PhraseSet
    stationed: PhraseSet
    from_there: PhraseSet
    next_legs: PhraseSet
    unless: PhraseSet  # ما لم تنسحب القوة منها: the condition of a threat, no movement
    next_clauses: PhraseSet  # ، على أن تُنقل سرية ... إذا: a clause of its own, with its own condition
    frames: PhraseSet  # في إطار «إعادة انتشار»: the movement told before in the sentence, named again
    retold_forces: PhraseSet  # الرتل، جزءاً منه: the force of the movement before, taken up again
    circulated: PhraseSet  # تداول ناشطون، ادّعوا: a claim passed around, which a later denial may answer
    corrections: PhraseSet  # والصحيح أنها: what a correction says is right, after what it says was wrong
    forecasts: PhraseSet  # لا يستبعد مراقبون أن، سيناريو: what analysts weigh, no movement (value: its scope)
    any_targets: PhraseSet  # نحو أي أهداف داخلية في ليبيا: the place after is where targets would be, not a destination
    aboard: PhraseSet  # على متنها عناصر من اللواء: the force a vehicle carries
    supporters: PhraseSet  # متحركات من الجيش مدعومة بالقوة المشتركة: the force after supports the one that moves
    see_also: PhraseSet  # اقرأ أيضاً: a link to another story, told in a line of its own
    report_nouns: PhraseSet  # تقارير، أنباء: what a next sentence's 'لا صحة لذلك' may point back to
    escorts: PhraseSet  # تحت حراسة عربات مسلحة: a force guards the convoy that moves
    hearsay_asides: PhraseSet  # كما تردد: 'as was rumoured', an aside, not the scope break كما
    plan_clauses: PhraseSet  # ، ومن المقرر أن: another plan's clause, with its own places and time
    list_joiners: frozenset[str]  # 'or' and 'then', which join places of one list as و does (بسبها ثم جرمة)
    move_adjectives: frozenset[str]  # جوي، بحري: between the noun of a movement and the nationality of its force
    statement_links: frozenset[str]  # في، خلال، عبر: before the way something was said (في بيان)
    approximately: frozenset[str]  # نحو: 'about' before a number, 'towards' before a place
    kilometre_markers: frozenset[str]  # الكيلو، بوابة: before a number, a point on a road counted from a town
    road_words: frozenset[str]  # على الطريق الساحلي: between a road marker and the town it is counted from
    facing: frozenset[str]  # قبالة، ضد: before the force faced, which is not the mover
    to_there_masculine: frozenset[str]  # إليه: 'to it', a port, an airport, a field, a crossing or a base named before
    handover_words: frozenset[str]  # سلّمت: what follows with 'to' is to whom a post is handed
    shelter_nouns: frozenset[str]  # مخيم: a place named for a non-force word after it (قرب مخيم النازحين)
    linked_words: frozenset[str]  # مرتبطة: a force 'tied to' a non-force word (مجموعات مرتبطة بشبكات التهريب)
    armed_members: frozenset[str]  # مسلحي: 'the gunmen of' a non-force word (مسلحي شبكات التهريب), a force
    bare_negations: frozenset[str]  # لا: right before the noun of a movement, 'no withdrawal'
    spoken_negations: frozenset[str]  # ما: right before a verb of movement, 'not' (حتى وحدة ما روّحت لمدنين)
    spoken_negation_nots: frozenset[str]  # بعد، زي: before ما, which is then 'that' or 'what' (بعد ما وصلت)
    meetings: frozenset[str]  # اجتماع، محادثات: the place after one is where it is held
    number_words: frozenset[str]  # خمسين، مئة، عشرات: numbers written as words
    statements: frozenset[str]  # بيان، تصريح، مؤتمر: ways something is said, after a verb of saying
    media: frozenset[str]  # قنوات، صفحات، حسابات: channels, whose patron is not a mover
    patrons: frozenset[str]  # موالية، مقربة: between a channel and whom it serves
    speaker_stops: frozenset[str]  # words that end a source's name (قال مصدر عسكري إن)
    that_words: frozenset[str]  # 'that' after a verb of saying (قال مسؤول إن ...): what comes after is what was said
    skippable: frozenset[str]  # words between a role word and its place (إلى مدينة سبها)
    partitives: frozenset[str]  # 'a number of' before من (في عدد من مناطق وادي الشاطئ): not 'from'
    past_openers: frozenset[str]  # في أعقاب، إثر: what follows already happened
    contingents: frozenset[str]  # مرهون، مشروط: after 'any' move, the move hangs on a condition
    continuations: frozenset[str]  # واصلت (طريقها): the force just told goes on from where it went
    ways: frozenset[str]  # طريقها، رحلتها: 'its way' after a continuation verb, its subject between or not
    arrivals: frozenset[str]  # وصلت: arriving from somewhere, nowhere named, is arriving where the last movement went
    joining: frozenset[str]  # لحقت بها، التحقت بالمفارز: joining the force told before, where it went
    another: frozenset[str]  # ثانية، أخرى: next to a force, one besides the force just told
    past_being: frozenset[str]  # كانوا قد تمركزوا: 'was' before a stationing verb, the force's state before it moved
    relative_times: frozenset[str]  # في وقت سابق: 'earlier' after 'at a time', a time and not a break
    every: frozenset[str]  # كل: right before the noun of a movement, movements in general
    declarations: frozenset[str]  # النفير: a mobilisation declared, in the town of who declares it
    observer_verbs: frozenset[str]  # رصدت: the force right after it watches, it does not move
    regular_words: frozenset[str]  # حرس الحدود، سرية مشاة: a regular force's words, never rebels' or mercenaries'
    to_there: frozenset[str]  # 'to it' (إليها): where the movement before went
    from_it: frozenset[str]  # منها، منه: 'from it' after a verb of withdrawing, the place named before
    escort_purposes: frozenset[str]  # لمرافقة: what the force goes to escort is no force of its own
    crafts: frozenset[str]  # سفينة، طائرة: after من, what a force got off, not who moves
    saying_participles: frozenset[str]  # معلناً، مؤكداً: the sentence's speaker goes on ('that he' after it is him)
    relayed_it: frozenset[str]  # ونقله: 'and relayed it', news passed on
    claim_about: frozenset[str]  # عن، بشأن: 'about' before a claim's verbal noun (أنباء عن إنزال)
    compass: frozenset[str]  # جنوب شرقي البلاد: where in the country a place lies, between it and its locator
    capitals: frozenset[str]  # the capitals news about Libya names: 'the capital' alone, a speaker's seat
    stationed_links: frozenset[str]  # between a word for being stationed and where (المتمركزة قرب، كانت تتمركز عند)
    scenario_ordinals: frozenset[str]  # وفي الثاني،: one of the scenarios analysts list
    scenario_ins: frozenset[str]  # في، وفي: before such an ordinal at the head of a sentence
    combat_words: frozenset[str]  # مكافحة: before what a force fights (وحدة متخصصة في مكافحة المخدرات)
    verb_particles: frozenset[str]  # لن، لم، قد: right before a verb, between it and where its force is
    stationed_adverbs: frozenset[str]  # 'now', 'before' between a word for being stationed and its link (المتمركزة حالياً في)
    pointers_back: frozenset[str]  # 'that' (ذلك): a next sentence speaks of this one's movement
    distance_words: frozenset[str]  # على before بعد: 'at a distance of', not 'after'
    the_rest: frozenset[str]  # 'the rest' (بقية العناصر) after a stationing verb: other units, a movement of their own
    subject_modifiers: frozenset[str]  # مسلحين محسوبين على ورشفانة حشدوا: words that say whose unnamed movers are
    question_words: frozenset[str]  # هل تتحرك القوات نحو غدامس؟: a question, no movement
    same_words: frozenset[str]  # إلى القاعدة ذاتها: 'the same' after a place noun
    carrying: frozenset[str]  # طائرة تقل 160 مهاجراً: what a vehicle carries follows
    goes_on_words: frozenset[str]  # حتى بلغت، ثم دخلت: the force of the movement just told goes on
    new_statements: frozenset[str]  # وتؤكد between two movements: another statement, not the next leg
    size_asides: frozenset[str]  # ، قوامها 35 آلية،: an aside that gives a force's size
    member_asides: frozenset[str]  # ، بينهم شبان جرى تجنيدهم في طرابلس: an aside on who the force's members are
    any_parties: frozenset[str]  # لم تؤكدها أي جهة: the 'any' of who confirms, not of a movement
    background_openers: frozenset[str]  # منذ انسحاب: a movement the story is measured from, not part of it
    civilian_speakers: frozenset[str]  # قال أحد سكان قيرة: «نطلعوا لبراك»: the speaker's own trip
    apposition_heads: frozenset[str]  # إدري، كبرى بلدات ... من وادي الشاطئ: a description of the place before
    saying_breaks: frozenset[str]  # وقال إن «عناصرنا في مقارهم بسوق الجمعة»: what is said next, not the route
    caused_acts: frozenset[str]  # دفعت بلدية الزاوية إلى تعليق الدراسة: what دفع drove someone to do
    speaker_verbs: frozenset[str]  # نفى، تحدث: who they name before a verbal noun speaks (نفى مسؤول إرسال قوات)
    denier_adds: frozenset[str]  # مضيفة، مؤكداً: what a denier goes on to say, past the claim it denies
    pointer_details: frozenset[str]  # الادعاءات التي، الرواية حول: which account a denial names, not one before
    contrast_openers: frozenset[str]  # (في) المقابل: a sentence that opens as a reply to the one before
    again_words: frozenset[str]  # أعادت (القيادة) نشر: a deployment after one is a redeployment
    escort_verbs: frozenset[str]  # رافق: what follows is what is escorted, not who moves
    partner_words: frozenset[str]  # دوريات مشتركة مع حرس الحدود المصري: the movers' partner, not they
    decree_labels: frozenset[str]  # المادة الأولى: what opens a decree's clause, which orders what it tells
    legs_after: frozenset[str]  # نُقلوا بعدها جواً: right after a verb, the next leg of the move before
    apodoses: frozenset[str]  # فسوف: what opens the answer to a condition
    apodosis_prefixes: frozenset[str]  # فس: the answer's ف and future fused to its verb (فستتقدم)
    pretexts: frozenset[str]  # تحت غطاء الإغاثة: what a non-force word after one names is a cover, no cargo
    model_words: frozenset[str]  # من طراز «سي-295»: a craft's model after من, not where it comes from
    adverbs: frozenset[str]  # براً، سراً، تباعاً: how a force moves, not counted in the reach to its force
    landing_nouns: frozenset[str]  # هبوط: the noun of landing, which lands where named right before it
    commanders: frozenset[str]  # آمر، قائد: a speaker whose post the place after في or محور names
    post_nouns: frozenset[str]  # محور، قطاع، جبهة: before the place a commander's post is named by
    military_marks: frozenset[str]  # قافلة عسكرية، طائرات نقل عسكرية: a vehicle of the forces, whatever it carries
    vehicles: frozenset[str]  # the vehicles a military_mark may follow
    demands: frozenset[str]  # طالب النائب بإرسال قوة: a demand that forces be sent, not a movement
    until_words: frozenset[str]  # حتى بلغ درنة: where the movement just told ended
    unit_words: frozenset[str]  # سرية، كتيبة: a unit of an army, named without its owner
    bound_participles: frozenset[str]  # القوافل المتجهة إلى درنة: what is bound somewhere, described by where
    witness_verbs: frozenset[str]  # شهدت بلدة الدبداب وصول تعزيزات: the place that witnesses a movement is where it goes
    aspect_verbs: frozenset[str]  # باشرت دوريات ... الانتشار: its subject is the verbal noun's doer
    not_after: dict[str, frozenset[str]]  # a one-word trigger → the words after which it is none (سفينة شحن)
    not_before: dict[str, frozenset[str]]  # a one-word trigger → the words before which it is none (نشرت صوراً)
    not_object: dict[str, frozenset[str]]  # a one-word trigger → the object that makes it none, a few words on
    manners: frozenset[str]  # نقل سرية من بنينا جواً إلى الكفرة: how the movement before goes on
    heading_words: frozenset[str]  # رتل ... قادماً من سرت، متجهاً إلى: a force seen on its way, no verb in its sentence
    joined_thats: frozenset[str]  # وإنه، وأنها: 'and that it' before a trigger, after a clause of the same speaker's
    whether_words: frozenset[str]  # ما، عما: before إذا, 'whether', no condition
    guard_adjectives: frozenset[str]  # بحراسة عسكرية: a guard named by its adjective, no force
    called_that: frozenset[str]  # بأنها: between 'this news' and what calls it false
    place_parts: frozenset[str]  # إلى مهبط الحقل: a part of the place 'the field' points back to
    place_anaphors: dict[str, tuple[frozenset[str], ...]]  # القاعدة →
    # (the kinds of place 'the same base' points back to, the roles in which the noun alone does: من المدينة, the
    # nouns a place must have been called by to be pointed back to: الواحة is a place named واحة سيوة or مرادة،
    # الواحة ..., the roles in which the noun alone does beside a place of the movement's own: قادمة من الشويرف
    # إلى المدينة, the roles in which 'the same town' is first where the last movement went: إلى البلدة نفسها, and
    # the only places it may point back to: العاصمة, a capital)
    crossings: frozenset[str]  # عبرت، اجتاز: a border crossed on the way to another place is passed through
    airspace: frozenset[str]  # الأجواء right after a crossing verb: flown over on the way
    returns: frozenset[str]  # عادت، تعود: a place near which forces go back is where they go
    halts: frozenset[str]  # a stop on the way (وتوقفت ساعات في محيط مليتة): the place after it is passed through
    plans: frozenset[str]  # خطة لنشر، خطة تشمل نقل: a plan right before a verbal noun plans it
    plan_links: frozenset[str]  # تشمل، تتضمن: the words that may stand between a plan and what it plans
    owned_forms: frozenset[str]  # تموضعها، انتقالها: trigger forms written out with an object pronoun (نشر+)
    origin_bound: frozenset[str]  # تحوّل: a movement only where it names where it sets out from (not 'turned into')
    direction_bound: frozenset[str]  # تحركات: a movement only towards a place after a word of direction (نحو سرت)
    entered_it: frozenset[str]  # تدخلها: entering 'it', the town told of before
    flights: frozenset[str]  # فرّت: a force that fled is chased; it does not become the force the article goes on with
    pursuits: frozenset[str]  # طاردت: right before a flight, the chase goes where the chased fled
    place_adjectives: frozenset[str]  # الحدودي، البرية: after a place's name, before what locates it
    journey_words: frozenset[str]  # رحلة: after 'after' (بعد رحلة ... انطلاقاً من بنغازي), the journey's places follow
    journey_openers: frozenset[str]  # بعد، وبعد: before a journey word
    bulletins: tuple[str, ...]  # عاجل: a short line opening with one is told like a headline (as written, not normalised)
    live_tags: frozenset[str]  # عاجل، متابعة، تحديث: the tag of a live page's update, not of a news feed's section
    landings: frozenset[str]  # هبطت، حطت: planes that land, ending an airlift told as setting out
    correction_marks: frozenset[str]  # تصحيح، خطأً: a sentence that corrects one told before
    correction_nots: frozenset[str]  # وليس: in a correction, what was wrong follows
    passive_denials: frozenset[str]  # نُفي (ذلك): opening a next sentence, 'it was denied'
    place_prepositions: frozenset[str]  # من، في: before وسط, the centre of a place, not 'amid'
    attacks: frozenset[str]  # استهدفت، قصف: a position word a few words after is the target
    position_nouns: frozenset[str]  # تمركزاً: after an attack, a position targeted, not a force taking one up
    claim_labels: frozenset[str]  # الادعاء: a fact-check's line of the claim it checks
    verdict_labels: frozenset[str]  # الحكم: a fact-check's line of its verdict
    false_verdicts: frozenset[str]  # مضلل، زائف: a verdict that the claim is false
    partly_words: frozenset[str]  # مضلل جزئياً: a verdict that the claim is only partly false


PATTERN_FIELDS = tuple(f.name for f in fields(Patterns) if f.type == "PhraseSet")


def for_article(patterns: Patterns, phrases: dict[str, ArticlePhrases]) -> Patterns:
    """``dataclasses.replace(patterns, **phrases)``: the patterns with the article's ``ArticlePhrases`` in place of
    their PhraseSets, the word sets as they are. Made once per article, as a copy whose fields are then set: replace
    would pass all of the class's fields (over a hundred) through its frozen __init__, ten times slower."""
    article = copy(patterns)
    vars(article).update(phrases)
    return article


WORD_SETS = {  # the Patterns fields that are word sets → the type of the entries whose forms make each
    "heading_words": "heading_word", "joined_thats": "joined_that",
    "whether_words": "whether_word", "guard_adjectives": "guard_adjective", "called_that": "called_that",
    "list_joiners": "list_joiner", "move_adjectives": "move_adjective", "statement_links": "statement_link",
    "statements": "statement", "approximately": "approximately", "number_words": "number_word",
    "kilometre_markers": "kilometre_marker", "road_words": "road_word", "facing": "facing",
    "bare_negations": "bare_negation", "spoken_negations": "spoken_negation",
    "spoken_negation_nots": "spoken_negation_not", "meetings": "meeting", "media": "media", "patrons": "patron",
    "speaker_stops": "speaker_stop", "that_words": "that_word", "skippable": "skippable", "to_there": "to_there",
    "from_it": "from_it", "armed_members": "armed_member", "linked_words": "linked_word",
    "shelter_nouns": "shelter_noun", "handover_words": "handover_word",
    "to_there_masculine": "to_there_masculine", "escort_purposes": "escort_purpose",
    "crafts": "craft", "saying_participles": "saying_participle", "relayed_it": "relayed_it", "claim_about": "claim_about",
    "stationed_links": "stationed_link", "stationed_adverbs": "stationed_adverb", "compass": "compass",
    "verb_particles": "verb_particle", "scenario_ordinals": "scenario_ordinal", "scenario_ins": "scenario_in",
    "combat_words": "combat_word",
    "pointers_back": "pointer_back", "distance_words": "distance_word", "the_rest": "the_rest",
    "subject_modifiers": "subject_modifier",
    "question_words": "question_word", "same_words": "same_word", "place_parts": "place_part", "carrying": "carrying",
    "goes_on_words": "goes_on_word", "until_words": "until_word", "unit_words": "unit_word", "manners": "manner",
    "bound_participles": "bound_participle", "witness_verbs": "witness_verb", "aspect_verbs": "aspect_verb",
    "halts": "halt", "crossings": "crossing", "airspace": "airspace", "returns": "return", "plans": "plan",
    "plan_links": "plan_link",
    "place_adjectives": "place_adjective", "journey_words": "journey_word", "journey_openers": "journey_opener",
    "partitives": "partitive",
    "past_openers": "past_opener", "contingents": "contingent", "continuations": "continuation", "ways": "way_noun",
    "arrivals": "arrival",
    "another": "another", "past_being": "past_being", "relative_times": "relative_time",
    "regular_words": "regular_word", "every": "every", "declarations": "declaration",
    "observer_verbs": "observer_verb", "joining": "joining",
    "live_tags": "live_tag", "landings": "landing", "correction_marks": "correction_mark",
    "correction_nots": "correction_not", "passive_denials": "passive_denial", "place_prepositions": "place_preposition",
    "attacks": "attack", "position_nouns": "position_noun", "claim_labels": "claim_label",
    "verdict_labels": "verdict_label", "false_verdicts": "false_verdict", "partly_words": "partly",
    "new_statements": "new_statement",
    "size_asides": "size_aside", "member_asides": "member_aside", "any_parties": "any_party",
    "background_openers": "background_opener", "civilian_speakers": "civilian_speaker",
    "apposition_heads": "apposition_head", "saying_breaks": "saying_break", "caused_acts": "caused_act",
    "speaker_verbs": "speaker_verb", "denier_adds": "denier_add", "pointer_details": "pointer_detail",
    "contrast_openers": "contrast_opener", "again_words": "again_word",
    "escort_verbs": "escort_verb", "partner_words": "partner_word",
    "decree_labels": "decree_label", "legs_after": "leg_after",
    "apodoses": "apodosis", "apodosis_prefixes": "apodosis_prefix",
    "pretexts": "pretext", "model_words": "model_word", "adverbs": "adverb",
    "landing_nouns": "landing_noun",
    "commanders": "commander", "post_nouns": "post_noun",
    "military_marks": "military_mark", "vehicles": "vehicle", "demands": "demand",
}


def _phrase_set(entries: list[tuple[str, object]]) -> PhraseSet:
    index = {}
    for phrase, value in entries:
        key = name_key(phrase)
        if key:
            index[key] = value
    return PhraseSet(PhraseIndex(index))


GOING_ON = ("deploy", "sentence")  # the trigger 'went on its way' (واصلت طريقها): a force in its sentence moves


@lru_cache(maxsize=2)
def load_patterns(data_dir: Path = DATA) -> Patterns:
    groups: dict[str, list[tuple[str, object]]] = {}
    entries = [json.loads(line) for line in (data_dir / "movement_patterns.jsonl").read_text(encoding="utf-8").splitlines()
               if line.strip()]
    suffixes = [form for entry in entries if entry["type"] == "pronoun_suffix" for form in entry["forms"]]
    capitals = frozenset(normalise_word(form) for entry in entries if entry["type"] == "capital" for form in entry["forms"])
    for entry in entries:
        kind = entry["type"]
        if kind in ("_about", "pronoun_suffix", "capital"):
            continue
        value = {
            "trigger": lambda e: (e["kind"], e["needs_force"]),
            "kind_modifier": lambda e: e["kind"],
            "non_force": lambda e: (e["reason"], e.get("scope", "near"), e.get("cargo", False),  # cargo: what a
                                    e.get("orders", False)),
            # military vehicle may carry and still move as the forces' own (_military_vehicle); orders: who may order
            # a force sent (an official) rather than move
            "role": lambda e: e["role"],
            "status": lambda e: (e["status"], e["scope"]),
            "forecast": lambda e: e["scope"],
            "source": lambda e: (e["take"], e["keep_cue"]),
            "clause_opener": lambda e: e["opens"],
            "place_anaphor": lambda e: (frozenset(e["kinds"]), frozenset(e.get("bare", ())),
                                        frozenset(name_key(form)[0] for form in e.get("called", ())),
                                        frozenset(e.get("beside", ())), frozenset(e.get("went_to", ())),
                                        capitals if e.get("capitals") else frozenset()),
        }.get(kind, lambda e: True)(entry)
        groups.setdefault(kind, []).extend((form, value) for form in _with_pronouns(entry["forms"], suffixes))
    for kind in ("not_trigger", "stationed_in"):  # كانت تتمركز في: not a movement, and where the force is
        groups.setdefault(kind, []).extend(groups.get("was_stationed", []))
    groups.setdefault("trigger", []).extend(  # واصلت طريقها: 'went on its way', every verb with every way
        (f"{verb} {way}", GOING_ON) for verb, _ in groups.get("continuation", []) for way, _ in groups.get("way_noun", []))
    return Patterns(*(_phrase_set(groups.get(k, [])) for k in (
        "trigger", "kind_modifier", "force", "non_force", "hypothetical", "role", "status", "scope_break", "source",
        "own_forces", "possessed_forces", "speaker_anaphor", "speech_goes_on", "same_source", "pronoun_subject",
        "unnamed_forces", "not_trigger", "reporting_verb", "report_source", "claim", "weak_particle", "time_word",
        "stationing", "en_route", "sighting", "nearby", "clause_opener", "direction", "relative", "earlier_leg",
        "departure", "home_base", "stationed_in", "from_there", "next_leg", "unless", "next_clause", "frame",
        "retold_force", "circulated", "correction", "forecast", "any_target", "aboard", "support", "see_also", "report_noun",
        "escort", "hearsay_aside", "plan_clause")),
        not_after={normalise_word(form): frozenset(normalise_word(w) for w in entry["not_after"])
                   for entry in entries if entry["type"] == "trigger" and "not_after" in entry for form in entry["forms"]},
        not_before={normalise_word(form): frozenset(normalise_word(w) for w in entry["not_before"])
                    for entry in entries if entry["type"] == "trigger" and "not_before" in entry for form in entry["forms"]},
        not_object={normalise_word(form): frozenset(normalise_word(w) for w in entry["not_object"])
                    for entry in entries if entry["type"] == "trigger" and "not_object" in entry for form in entry["forms"]},
        capitals=capitals,
        place_anaphors={name_key(form)[0]: kinds for form, kinds in groups.get("place_anaphor", [])},
        owned_forms=frozenset(name_key(whole)[0] for entry in entries if entry["type"] == "trigger"
                              for form in entry["forms"] if form.endswith("+")
                              for whole in _with_pronouns([form], suffixes)),
        flights=_flagged(entries, "flight"), pursuits=_flagged(entries, "pursuit"),
        origin_bound=_flagged(entries, "needs_origin"), entered_it=_flagged(entries, "points_back"),
        direction_bound=_flagged(entries, "needs_direction"),
        **{field: _words(groups, kind) for field, kind in WORD_SETS.items()},
        bulletins=tuple(form for form, _ in groups.get("bulletin", [])))


def _flagged(entries: list[dict], flag: str) -> frozenset[str]:
    """The forms of the triggers that carry ``flag`` (the flight and the pursuit verbs)."""
    return frozenset(name_key(form)[0] for entry in entries if entry.get(flag) for form in entry["forms"])


def _with_pronouns(forms: list[str], suffixes: list[str]) -> list[str]:
    """``forms`` with each one that ends in + written out with every object pronoun instead (نشر+: نشره، نشرها ...)."""
    return [whole for form in forms
            for whole in ([form[:-1] + suffix for suffix in suffixes] if form.endswith("+") else [form])]


def _words(groups: dict[str, list[tuple[str, object]]], kind: str) -> frozenset[str]:
    return frozenset(name_key(form)[0] for form, _ in groups.get(kind, []))
