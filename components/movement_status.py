"""A movement's status: denied > conditional > planned > reported, from the cues in its scope
(نفى، في حال، تخطط، سـ ...) and from denials and conditions in the sentence after it.
"""
from __future__ import annotations

from bisect import bisect_left

from components.actors import ORIGIN_LINK, PLACE_LINK
from components.mentions import OPENING_QUOTES
from components.movement_context import (
    Context,
    Trigger,
    any_in,
    bounds_of_sentence,
    clause_opens,
    is_future_word,
    reach_past,
)
from components.movement_patterns import Patterns
from components.phrases import CONJUNCTIONS, joined
from components.text import normalise_word

EXPECTED_REACH = 2   # words after a trigger in which مرتقب ('expected') qualifies it
PREDICATE_REACH = 10  # words after a verbal noun, its force and places, to مرتقب or مقرر said of it
TIME_BEFORE, TIME_AFTER = 6, 8  # words around a trigger (before it: in its clause) where a time to come (غداً) plans it;
# after it, places' names and time words not counted (جسر جوي من قاعدة بنينا إلى قاعدة الجفرة الجوية يبدأ مطلع الأسبوع المقبل)




def before_time_phrase(context: Context, patterns: Patterns, first: int, joined_only: bool = False) -> int:
    """The token before ``first`` and the time phrase right before it (الأسبوع المقبل، فجر السبت); with
    ``joined_only``, a time phrase with no punctuation in it or after it."""
    normal, tokens, time_words = context.norm.text, context.tokens, patterns.time_words.index
    k = first - 1
    while k >= 0 and (tokens[k].text,) in time_words and (not joined_only or joined(normal, tokens, k, k + 1)):
        k -= 1
    return k


AS_FOR = normalise_word("أما")  # 'as for': the movement named after it is what the rest of the sentence speaks of


def _a_topic(context: Context, trigger: Trigger) -> bool:
    """Whether the trigger right after 'as for' is the sentence's topic (أما عودة الرتل إلى ترهونة، فقال آمره إنها «لن
    تكون عبر بني وليد إلا إذا ...»): what is said of it after a verb of saying is its status."""
    return trigger.first > 0 and not trigger.prefix and context.tokens[trigger.first - 1].text == AS_FOR


def break_at(context: Context, patterns: Patterns, k: int) -> bool:
    """Whether a scope break (لكن، بينما، وسط مخاوف) starts at token k; not one that points back (تقدّم، بالتزامن مع
    ذلك، من كيدال: 'at the same time', an aside)."""
    if _after_a_conjunction(context, k):  # وجانت وإن أمناس: a place whose name reads like a particle
        return False
    match = patterns.scope_breaks.at(context.norm.text, context.tokens, k)
    if match and _where_aside(context, patterns, k):
        return False  # إلى بني وليد after '، حيث كانوا يواجهون قوة حماية طرابلس،': the movement goes on past the aside
    return (bool(match) and _names_no_place(context, patterns, k) and not _a_time(context, patterns, k + match[0] - 1)
            and not patterns.hearsay_asides.at(context.norm.text, context.tokens, k)  # كما تردد: an aside
            and not (k + match[0] < len(context.tokens) and context.tokens[k + match[0] - 1].text == WITH
                     and context.tokens[k + match[0]].text in patterns.pointers_back))  # not واصفاً ذلك بأنه


WITH = "مع"  # 'with': بالتزامن مع ذلك, 'at the same time as that'
WHERE = "حيث"  # 'where': an aside about the place or the force, or the clause that says what happens there
WHERE_ASIDE = 10  # words an aside that 'where' opens may run before the comma that closes it


def _where_aside(context: Context, patterns: Patterns, k: int) -> bool:
    """'انسحب مقاتلو «فاغنر» من محاور جنوب طرابلس، حيث كانوا يواجهون قوة حماية طرابلس، إلى بني وليد': 'where' after a
    comma opens an aside that a comma closes, and a word of direction right after it goes on with the movement."""
    if context.tokens[k].text != WHERE or not k or not context.comma_after(k - 1):
        return False
    end = context.aside_end(k, WHERE_ASIDE, commas_only=True)
    return end is not None and bool(patterns.directions.at(context.norm.text, context.tokens, end + 1))


def _a_time(context: Context, patterns: Patterns, end: int) -> bool:
    """Whether the break word ending at token ``end`` is 'at a time' told by the word after it (في وقت سابق,
    'earlier'), not 'at a time when' (في وقت تشهد فيه المدينة)."""
    return end + 1 < len(context.tokens) and context.tokens[end + 1].text in patterns.relative_times


def _after_a_conjunction(context: Context, k: int) -> bool:
    """Whether token k is 'and' written on a place's name (وإن أمناس), not a word that opens with و (وسط ليبيا)."""
    mention = context.placed.get(k)
    return (mention is not None and context.tokens[k].text.startswith("و")
            and not normalise_word(mention.text).startswith("و"))


def _cites_for_a_claim(context: Context, patterns: Patterns, first: int, k: int) -> bool:
    """Whether the break ending at ``k`` says whom a claim told before it cites (نفت الوزارة ما روجت له حسابات، نقلاً عن
    منابر مقربة من المجلس العسكري، بشأن «توغل وحدات»): the claim goes on, and so does what is said of it."""
    return bool(patterns.sources.ends_at(context.norm.text, context.tokens, k)) and any_in(patterns.claims, context, first, k - 1)


def _names_no_place(context: Context, patterns: Patterns, k: int) -> bool:
    """False for a break word that is also a place noun and leads to a place: 'من وسط ترهونة' is the centre of
    Tarhuna, 'وسط مخاوف' ('amid fears') a break."""
    tokens, skippable = context.tokens, patterns.skippable
    if tokens[k].text not in skippable:
        return True
    if k and tokens[k - 1].text in patterns.place_prepositions:
        return False  # انسحبت من وسط المدينة باتجاه يفرن: the centre of the town, whatever it names
    k += 1
    while k < len(tokens) and tokens[k].text in skippable:
        k += 1
    return k not in context.placed


def _said_of_the_noun(context: Context, patterns: Patterns, k: int) -> bool:
    """A verb of saying at ``k``, with no و or comma before it and 'that' with a pronoun after it, describing the
    noun before it (اتهامات عن «قوافل سلاح» قال إنها تحركت من المالحة: convoys he said moved): part of what is
    told, not a statement of its own that ends what came before."""
    tokens = context.tokens
    if not k or k + 1 >= len(tokens) or tokens[k].text[:1] in CONJUNCTIONS:
        return False
    that = tokens[k + 1].text
    return (that in patterns.that_words and len(that) > 3  # إنها، أنهم: with its pronoun
            and not context.mark_after(k - 1))


def _in_a_relative_aside(context: Context, patterns: Patterns, scope_first: int, k: int, first: int) -> bool:
    """Whether token ``k`` stands in a relative clause set off by commas that both come before token ``first`` and
    from ``scope_first`` (مقاتلي «فاغنر» السابقين، الذين رفضوا الانضمام إلى الفيلق، «لن يغادروا سرت): it tells of
    the force, not the move."""
    opening = context.aside_around(k, first, scope_first)
    return opening is not None and bool(patterns.relatives.at(context.norm.text, context.tokens, opening + 1))


def _in_the_purposes_relative(context: Context, patterns: Patterns, after: int, k: int) -> bool:
    """Whether token ``k`` stands in a relative clause that describes what a purpose after token ``after`` names
    (ستنتقل سرية إلى منفذ إيسين، لتأمين المنفذ الذي يُنتظر أن يُعاد فتحه «متى استُكملت الترتيبات»): it tells of that
    thing, not of the move."""
    purpose = next((j for j in patterns.clause_openers.between(after + 1, k - 1)
                    if clause_opens(context, patterns, j, j) == "purpose"), None)
    return purpose is not None and any(patterns.relatives.at(context.norm.text, context.tokens, j)
                                       and not context.marked(j, k) for j in range(purpose + 1, k))  # not past the
    # comma that closes it (لتأمين الطريق الذي يربطه بغات، إذا طلبت البلدية ذلك: the move's own condition)


def _inside_longer_cues(context: Context, patterns: Patterns, first: int, last: int) -> set[int]:
    """The tokens inside a status cue of several words, before its last (شريطة عدم ذكر اسمه: not ذكر, 'mentioned')."""
    inside: set[int] = set()
    for k in patterns.status.between(first, last):
        match = patterns.status.at(context.norm.text, context.tokens, k)
        if match and match[0] > 2:
            inside.update(range(k + 1, k + match[0] - 1))
    return inside


WHAT = "ما"  # ما لم: 'unless', or 'what ... not' after 'which is' (وهو ما لم يتسنّ التحقق منه)
WHICH_IS = frozenset({"هو", "وهو", "هي", "وهي", "هذا", "وهذا", "ذلك", "وذلك"})
IF_WORDS = frozenset({"إذا", "اذا"})


def status_of(context: Context, patterns: Patterns, trigger: Trigger, scope_first: int, s_last: int,
            following: int) -> str:
    """denied > conditional > planned > reported.

    Cues before the trigger count back to a reporting verb, a scope break (لكن، بينما) or the previous
    trigger; conditions and denials that close a clause (عارية عن الصحة) count in the trigger's segment, but a
    condition past the next trigger (``following``) and its places is that one's when nothing planned this one
    (تقدمت من أبوقرين نحو سرت ... ملوحاً بدخول الجيش المصري إلى ليبيا إذا تجاوزته);
    a plain negation (لن تغادر ... إلا إذا) gives way to a condition; a denial in the previous sentence
    that names no place of its own covers the claim this sentence quotes.
    """
    normal, tokens = context.norm.text, context.tokens
    seen: set[str] = set()
    segment_first = scope_first
    for k in patterns.clause_openers.between(scope_first, trigger.first - 1):
        opener = patterns.clause_openers.at(normal, tokens, k)
        if (opener and tokens[k + opener[0] - 1].text in patterns.past_openers
                and not context.marked(k, trigger.first)):
            segment_first = scope_first = k  # دعت مصر إلى ضبط النفس، في أعقاب وصول رتل: the arrival happened (not
            # تعتزم اللجنة، وفق بيان نشرته عقب اجتماعها، نشر دوريات: an aside)
    for clauses in (patterns.next_clauses, patterns.plan_clauses):  # قد تدفع بتعزيزات «إذا اقتضت ذلك فرضيات
        k = next((k for k in reversed(clauses.between(scope_first + 1, trigger.first - 1))  # التمرين»، على أن تنسحب
                  if context.mark_after(k - 1) and clauses.at(normal, tokens, k)), None)  # الأرتال: a condition
        if k is not None:  # before 'with X to' and a comma is the clause before's
            segment_first = scope_first = k
    cue_ends = {*patterns.scope_breaks.ends_between(scope_first, trigger.first - 1),
                *patterns.status.ends_between(scope_first, trigger.first - 1)}  # elsewhere neither kind of cue ends
    inside = _inside_longer_cues(context, patterns, scope_first, trigger.first - 1)
    for k in sorted(cue_ends - inside, reverse=True):
        if (patterns.scope_breaks.ends_at(normal, tokens, k) and _names_no_place(context, patterns, k)
                and not _a_time(context, patterns, k) and not _cites_for_a_claim(context, patterns, scope_first, k)):
            segment_first = k + 1
            break
        cue = patterns.status.ends_at(normal, tokens, k)
        if cue and cue[1] != "time":  # a time counts only near the trigger (below)
            status, scope = cue
            if scope == "order" and not (trigger.prefix and context.tokens[trigger.first].text[trigger.prefix - 1] == "ب"):
                continue  # كلفت القوات الجوية بنقل كتيبة: an order to move; not السرية التي كُلفت بتأمين المنفذ انسحبت
            if scope == "aside":
                continue  # نفى مسؤول، تحدث شريطة عدم ذكر اسمه، ما تردد عن: who speaks, not what is told
            if status == "conditional" and tokens[k].text in IF_WORDS and k and tokens[k - 1].text in patterns.whether_words:
                segment_first = k + 1  # ولم يتضح بعد ما إذا كانت القوات ستنسحب: 'whether'; what comes before it is said
                break  # of the asking (لم يتضح: not clear), not of the move
            if _in_a_relative_aside(context, patterns, scope_first, k, trigger.first):
                continue  # مقاتلي «فاغنر»، الذين رفضوا الانضمام إلى الفيلق، «لن يغادروا: what they did before
            if scope == "unless_past" and (past_verb(context, patterns, trigger)
                                           or subject_then_past(context, patterns, trigger)):
                continue  # يرجح الخبراء أن سفينة أنزلت: likely to have happened, not planned
            if scope == "if_future" and not trigger.future:
                continue  # عندها ستتقدم وحداتنا: then, if so; حينها انسحبت القوات: at that time
            if (status == "negated" and k + 1 < trigger.first and ":" in normal[tokens[k + 1].end:tokens[trigger.first].start]
                    and not context.mark_after(k)):
                continue  # الأرتال لم تتوقف: فقد وصلت كتيبة: the verb it negates is told out by the colon
            if status == "reported" and not _said_of_the_noun(context, patterns, k):
                segment_first = k + 1
                break
            seen.add(status)
    segment_last = s_last
    for k in patterns.scope_breaks.between(trigger.last + 1, s_last):
        if break_at(context, patterns, k):
            segment_last = k - 1
            break
    for clauses in (patterns.next_clauses, patterns.plan_clauses):  # على أن، ومن المقرر أن: a clause of its own
        k = next((k for k in clauses.between(trigger.last + 1, segment_last) if clauses.at(normal, tokens, k)), None)
        if k is not None:
            segment_last = k - 1  # من المقرر أن تنتقل سرية إلى العوينات، على أن تُنقل أخرى إلى غات إذا ...
    statement_last = segment_last  # وأكد المصدر أن «قواتنا لن تتقدم ... إلا إذا»: a verb of saying (not a source's
    sources = () if _a_topic(context, trigger) else patterns.sources.between(trigger.last + 1, segment_last)
    for k in sources:  # name, بحسب مصدر, nor one that denies) starts
        source, cue = patterns.sources.at(normal, tokens, k), patterns.status.at(normal, tokens, k)  # another statement,
        if source and not source[2][1] and (cue is None or cue[2][0] == "reported"):  # with its own condition or plan
            statement_last = k - 1  # (what it denies is still this one's: وقال إن ما يُتداول «لا أساس له»)
            break
    denial_after = None  # نافياً ما تداولته صفحات عن انسحاب ...، ووصفه بأنه «عارٍ عن الصحة»: a denial of its own claim
    for k in patterns.status.between(segment_first, segment_last):
        cue = patterns.status.at(normal, tokens, k)
        if cue and cue[2] == ("denied", "before") and k > trigger.last and denial_after is None:
            if not points_back(context, patterns, k + cue[0], s_last):
                denial_after = k  # not 'نفى المتحدث ذلك': a denial that points back at this one, and denies it
            elif points_back(context, patterns, k + cue[0], s_last, whole=True):  # (حول ما راج عن عبور عسكريين
                seen.add("denied")  # أتراك عبر مطار جربة جرجيس نحو ليبيا، نفى الوزير ذلك)
        if cue and cue[2][1] in ("sentence", "anaphoric"):
            if k > statement_last and cue[2][0] in ("conditional", "planned"):
                continue
            if denial_after is not None and k > denial_after and cue[2][0] == "denied":
                continue  # the words that call it false are that denial's, not this movement's
            if (k > following and cue[2][0] == "conditional" and not trigger.future and "planned" not in seen
                    and context.places_between(following, k - 1)):
                continue
            if cue[2][0] == "conditional" and trigger.last < k < following and answered_by(context, patterns, k, following):
                continue  # سننقل سرية إلى مطار الكفرة، وإذا اقترب أي مسلح فستتقدم وحداتنا: the next verb's condition
            if cue[2][0] == "planned" and not (trigger.last < k <= trigger.last + EXPECTED_REACH or _predicate_of(
                    context, patterns, trigger, k)):
                continue  # 'إنزال مرتقب': 'expected' qualifies the noun right before it, not the whole sentence
            if cue[2][0] == "conditional" and k and tokens[k].text == WHAT and tokens[k - 1].text in WHICH_IS:
                continue  # وهو ما لم يتسنّ التحقق منه: 'which could not be checked', not 'unless'
            if cue[2][0] == "conditional" and k and tokens[k].text in IF_WORDS and tokens[k - 1].text in patterns.whether_words:
                continue  # دون تحديد ما إذا كان المقاتلون سيرافقونها: 'whether', not 'if'
            if cue[2][0] == "conditional" and k > trigger.last and _in_the_purposes_relative(context, patterns, trigger.last, k):
                continue  # لتأمين المنفذ الذي يُنتظر أن يُعاد فتحه «متى استُكملت الترتيبات»: the crossing's condition
            seen.add(cue[2][0])
        elif cue and cue[2][1] == "time":
            if ((trigger.last < k <= reach_past(context, patterns, trigger.last, TIME_AFTER) and k < following
                 and clause_opens(context, patterns, trigger.last + 1, k - 1) not in ("purpose", "clause")  # تمهيداً لدفعها خلال
                 or trigger.first - TIME_BEFORE <= k < trigger.first and not context.marked(k, trigger.first))
                    and not past_verb(context, patterns, trigger)):
                seen.add(cue[2][0])  # طائرتا نقل ستقلان غداً سرية ...; تصل إلى المرج الأسبوع المقبل شحنة
        elif cue and cue[2][1] == "claim" and k > trigger.last:
            s_first, _ = bounds_of_sentence(context, trigger.first)
            if any_in(patterns.claims, context, s_first, trigger.first - 1):
                seen.add(cue[2][0])  # اتهم نجامينا بالسماح بهبوط طائرات ... وهو ما نفته الحكومة
    denies_its_own = False  # في حين نفت الوزارة ما تداولته صفحات عن توغل دورية ...، واصفة إياه بـ«ادعاءات لا أساس
    for k in patterns.status.between(segment_last + 1, s_last):  # لها»: what follows calls that claim false, not this
        cue = patterns.status.at(normal, tokens, k)  # past a scope break: مضيفاً «لا صحة لذلك»
        if cue and cue[2][1] == "anaphoric" and not denies_its_own:
            seen.add(cue[2][0])
        elif denial_points_back(context, patterns, k, cue, s_last):
            seen.add("denied")  # فيما نفت وزارة الدفاع في طرابلس ذلك: the denier named between the verb and 'that'
        elif cue and cue[2] == ("denied", "before"):
            denies_its_own = True
    if trigger.future or _future_verb_before(context, patterns, trigger.first):
        seen.add("planned")
    if _denial_before(context, patterns, trigger) or _denied_in_next(context, patterns, trigger):
        seen.add("denied")
    if "planned" in seen and _conditioned_in_next(context, patterns, trigger):
        seen.add("conditional")
    if "as_soon_as" in seen and ("planned" in seen or not past_verb(context, patterns, trigger)):
        seen.add("conditional")  # ستنسحب بمجرد وصول قوة الفصل; انسحبت فور دخول المحتجين tells when it happened
    if "negated" in seen:
        seen.add("conditional" if "conditional" in seen or "exception" in seen else "denied")
    for status in ("denied", "conditional", "planned"):
        if status in seen:
            return status
    return "reported"


def past_verb(context: Context, patterns: Patterns, trigger: Trigger) -> bool:
    """Whether the trigger is a verb in the past: a feminine or plural ending (انسحبت، تحركوا, not تحركات or
    يتحركوا), or after قد (the patterns' weak particles: وقد انسحب). A masculine past is not told from a verbal
    noun (دفع، تقدم): not counted."""
    word = context.tokens[trigger.first].text
    if trigger.first and patterns.weak_particles.at(context.norm.text, context.tokens, trigger.first - 1):
        return True
    if word.endswith("ت"):
        return not word.endswith("ات")
    return word.endswith("وا") and word[:1] not in ("ي", "ت")


IMPERFECT_PREFIXES = ("ي", "ت", "ن")  # تدفع، يتحرك، ننقل: a verb to come after أن (أرسل، انسحب: the past)


def subject_then_past(context: Context, patterns: Patterns, trigger: Trigger) -> bool:
    """Whether the trigger is a verb in the past right after 'that' and its subject (أن الرتل خرج، أن الجيش انسحب،
    أن القوات انسحبت): a fact weighed, not a move to come (أن تدفع القيادة بكتيبة), nor a verbal noun another verb
    governs (أن الحكومة تدرس دفع قوات)."""
    tokens = context.tokens
    word = tokens[trigger.first].text[trigger.prefix:]
    if trigger.first < 2 or tokens[trigger.first - 1].text in patterns.that_words:
        return False
    if trigger.future or not (past_verb(context, patterns, trigger) or trigger.first == trigger.last
                              and not word.startswith(IMPERFECT_PREFIXES) and not word.startswith("ال")):
        return False
    if not any(tokens[k].text in patterns.that_words for k in range(max(0, trigger.first - 4), trigger.first - 1)):
        return False
    return tokens[trigger.first - 1].text.startswith("ال") or any(
        span.last == trigger.first - 1 for span in context.actors_between(trigger.first - SUBJECT_WORDS, trigger.first - 1))


def _future_verb_before(context: Context, patterns: Patterns, first: int) -> bool:
    """'ستواصل إرسال', 'سيتم نقل': a future verb right before a verbal noun makes it planned, a time phrase or its
    subject between apart ('ستنفذ الأسبوع المقبل إنزالاً', 'ستبدأ القوات الروسية نقل'); so does a plan (خطة لنشر،
    خطة تشمل نقل), not one before a verb (ضمن خطة أمنية، انتشرت: what the plan did)."""
    normal, tokens = context.norm.text, context.tokens
    k = before_time_phrase(context, patterns, first, joined_only=True)
    if k < 0 or not joined(normal, tokens, k, k + 1):
        return False
    word = tokens[k].text
    if word in patterns.plans or k and word in patterns.plan_links and tokens[k - 1].text in patterns.plans:
        return True
    if context.future_verb_at(k):
        return True  # not a place whose name reads like one (واحة سيوة غادرتها: Siwa, not 'will ...')
    subject = next((span for span in context.actors_between(k - SUBJECT_WORDS, k) if span.last == k), None)
    return (subject is not None and subject.first > 0 and joined(normal, tokens, subject.first - 1, k)  # ستبدأ القوات
            and is_future_word(tokens[subject.first - 1].text))  # نقل المعدات: its subject between


SUBJECT_WORDS = 4  # words of a subject between a future verb and the verbal noun it governs


COMMANDER = normalise_word("الآمر")  # 'the commander': once normalised, written as الأمر ('the matter', a pointer back)
POINTER_REACH = 6  # words from a verb of denial to the 'that' which points back to what it denies (نفت الوزارة ذلك)


def points_back(context: Context, patterns: Patterns, after: int, s_last: int, whole: bool = False) -> bool:
    """Whether 'that' (ذلك، هذا) stands within POINTER_REACH words from token ``after`` (right after a verb of
    denial), in its sentence: the denial points back (نفت وزارة الدفاع في طرابلس ذلك). A source's title, a force's
    name and an aside set off by commas count as one word each (نفى الناطق باسم وزارة الدفاع في حكومة الوحدة
    الوطنية، في اتصال مع «القدس العربي»، هذه الرواية). With ``whole``, the 'that' is what is denied itself: not
    'of this kind' (نافياً وجود أي قرار من هذا القبيل), nor 'the matter' of a phrase (فرض الأمر الواقع)."""
    normal, tokens, pointers = context.norm.text, context.tokens, patterns.pointers_back
    j, words, aside = after, 0, True  # aside: the first one set off by commas may still be stepped over
    while j <= s_last and words <= POINTER_REACH:
        if tokens[j].text in pointers and not _the_commander(context, j):
            if whole and (tokens[j - 1].text == ORIGIN_LINK or j < s_last and tokens[j].text.startswith("ال")
                          and tokens[j + 1].text.startswith("ال")):  # من هذا القبيل; فرض الأمر الواقع (not هذه
                return False  # الأنباء, what is denied)
            return j == s_last or tokens[j + 1].text not in patterns.pointer_details  # not الادعاءات التي روجتها
        span = next((span for span in context.actors_between(j, j)), None)
        source = None if span else patterns.sources.at(normal, tokens, j)
        if span is not None:
            j = span.last + 1
        elif source and source[2][1]:
            j += source[0]
        elif aside and context.comma_after(j - 1) and (closing := context.aside_end(j, APPOSITION_WORDS, True)) is not None:
            j, aside = closing + 1, False  # the aside between who speaks and what he denies, not the next one (، في
        else:  # بيان نشره على منصة «إكس»، أي وجود لعناصره على الأراضي الليبية، واصفاً هذه التقارير)
            j += 1
        words += 1
    return False


def denial_points_back(context: Context, patterns: Patterns, k: int, cue, s_last: int) -> bool:
    """Whether the status cue ``cue`` at token ``k`` is a verb of denial whose 'that' points back (نفت الوزارة ذلك)."""
    return bool(cue) and cue[2] == ("denied", "before") and points_back(context, patterns, k + cue[0], s_last)


def _the_commander(context: Context, k: int) -> bool:
    """Whether token ``k`` is 'the commander' as written (الآمر, with its madda), not 'the matter' (نفى الأمر)."""
    token, offsets = context.tokens[k], context.norm.offsets
    return token.text == COMMANDER and "آ" in context.text[offsets[token.start]:offsets[token.end]]


NEXT_DENIAL_REACH = 8  # words into the next sentence for a denial that points back (غير أن المتحدث باسم اللواء نفى ذلك)


def _denied_in_next(context: Context, patterns: Patterns, trigger: Trigger) -> bool:
    """'أفادت مصادر محلية بوصول رتل ... إلى البلدة. غير أن المتحدث باسم اللواء نفى ذلك': a denial that points back
    (نفى ذلك، لا صحة لذلك) early in a next sentence that opens with a scope break ('but', 'he added': غير أن، لكن،
    وأضاف), with no place before it there, denies this sentence's claim. So does one that answers it when it was put
    to someone as a question ('أعلنت قوات الدعم السريع أن الجيش انسحب من كرب التوم إلى الطينة. ما ردكم؟ جواب: ادعاء
    كاذب'): the question, naming no place, stands between them."""
    s_first, s_last = bounds_of_sentence(context, trigger.first)
    if s_last + 1 >= len(context.tokens):
        return False
    n_first, n_last = bounds_of_sentence(context, s_last + 1)
    asked = _a_question(context, n_first, n_last)
    if asked:
        if n_last + 1 >= len(context.tokens):
            return False
        n_first, n_last = bounds_of_sentence(context, n_last + 1)
    if not (asked or patterns.scope_breaks.at(context.norm.text, context.tokens, n_first)
            or not patterns.contrast_openers.isdisjoint(context.norm.words[n_first:n_first + 2])  # في المقابل، نفى
            or any_in(patterns.report_nouns, context, s_first, trigger.first - 1)
            or any_in(patterns.report_sources, context, s_first, trigger.first - 1)  # أفادت مصادر سودانية بأن ...
            or context.tokens[n_first].text in patterns.passive_denials):  # (نُفي ذلك لاحقاً): it was denied, no one else's
        return False  # not «وورفلة: اتهامات لا أساس لها» after a headline's threat: a denial of something else; but
        # 'سألناه عن تقارير عن نقل مرتزقة ... . قال: «لا صحة لذلك»': the reports it points back to
    reach = n_first + NEXT_DENIAL_REACH + _apposition_words(context, n_first, n_first + NEXT_DENIAL_REACH)
    speakers = context.actors_between(n_first, reach)  # غير أن وزارة الدفاع بحكومة الوحدة الوطنية في طرابلس نفت
    reach = min(n_last, max(reach, speakers[-1].last + SPEAKER_TO_DENIAL) if speakers else reach)  # الرواية: past its
    k = _first_cue(context, patterns, n_first, reach, ("denied", "anaphoric"))  # body's name, and the seat in it
    if k is None:
        k = _denial_pointing_back(context, patterns, n_first, reach, n_last)
    if k is None:
        k = _account_called_false(context, patterns, n_first, max(reach, n_first + ACCOUNT_REACH), n_last)
    return k is not None and not any(not _in_a_name(context, place) for place in context.places_between(n_first, k - 1))


SPEAKER_TO_DENIAL = 4  # words from the end of who denies to the verb of denial (في بنغازي إلى نفي: its seat, then 'hastened to')


def _in_a_name(context: Context, place: int) -> bool:
    """Whether the place at token ``place`` stands in a force's name or right after it as its seat (وزارة الدفاع
    بحكومة الوحدة الوطنية في طرابلس، بطرابلس): who speaks, not what is told."""
    for span in context.actors_between(max(0, place - SEAT_WORDS), place):
        if span.first <= place <= span.last or place == span.last + 1 or (
                place == span.last + 2 and context.tokens[span.last + 1].text == PLACE_LINK):
            return True
    return False


SEAT_WORDS = 8  # words back from a place to the start of the name of a force it may be the seat of


APPOSITION_WORDS = 6  # words of a name set off by commas after a speaker's title (، اللواء إدريس المهدوي،)


def _apposition_words(context: Context, first: int, last: int) -> int:
    """The words of the first name or title set off by commas that opens in first..last (وسارع الناطق باسم الجيش،
    اللواء إدريس المهدوي، إلى نفي الخبر), at most APPOSITION_WORDS; 0 if none."""
    gaps = context.comma_gaps
    i = bisect_left(gaps, first)
    if i == len(gaps) or gaps[i] >= min(last, len(context.tokens) - 1):
        return 0
    opening = gaps[i] + 1
    closing = context.aside_end(opening, APPOSITION_WORDS, commas_only=True)
    return 0 if closing is None else closing - opening + 1


ACCOUNT_REACH = 16  # words into the next sentence for 'this news' called false: who says so may have a long title


def _account_called_false(context: Context, patterns: Patterns, first: int, last: int, s_last: int) -> int | None:
    """'لكن رئيس لجنة الدفاع رد بأن هذه المعلومات «عارية عن الصحة»': 'this' (هذه، تلك) and an account (المعلومات،
    الأنباء) in first..last, with a denial of its sentence as its predicate right after it: the account told before is
    false. The token of 'this', or None."""
    normal, tokens = context.norm.text, context.tokens
    for j in range(first, min(last, s_last - 2) + 1):
        if (tokens[j].text not in patterns.pointers_back or not tokens[j + 1].text.startswith("ال")
                or not patterns.report_nouns.at(normal, tokens, j + 1)):
            continue  # هذه المعلومات, a noun with its article (not ذلك اتهمت: a verb)
        k = j + 2 + (tokens[j + 2].text in patterns.called_that and j + 3 <= s_last)  # هذه المعلومات بأنها «كاذبة»
        cue = patterns.status.at(normal, tokens, k)
        if cue and cue[2] == ("denied", "sentence"):
            return j  # what calls it false is its predicate, right after it (not هذه المعلومات تدحض شائعات ...)
    return None


def _denial_pointing_back(context: Context, patterns: Patterns, first: int, last: int, s_last: int) -> int | None:
    """The first verb of denial in first..last with 'that' a few words after it (ونفى المجلس العسكري ذلك في بيان،
    ونفت الوزارة صحة هذه الأنباء), in its sentence ending at ``s_last``; not 'the commander' (ونفى الآمر تقارير ...)."""
    for k in patterns.status.between(first, last):
        cue = patterns.status.at(context.norm.text, context.tokens, k)
        if denial_points_back(context, patterns, k, cue, s_last):
            return k
    return None


def conditions_between(context: Context, patterns: Patterns, first: int, last: int) -> list[int]:
    """The tokens in first..last where a cue of condition starts (إذا، في حال، إلا إذا), in order."""
    normal, tokens = context.norm.text, context.tokens
    return [k for k in patterns.status.between(first, last)
            if (cue := patterns.status.at(normal, tokens, k)) and cue[2][0] == "conditional"]


def answered_by(context: Context, patterns: Patterns, k: int, following: int) -> bool:
    """Whether the condition at token ``k`` is answered by the trigger at ``following``: that verb opens with the ف and
    the future's س (وإذا اقترب أي مسلح فستتقدم وحداتنا), or an answer's word stands between them (فسوف تتقدم): the
    condition is that verb's."""
    if following >= len(context.tokens):
        return False
    word = context.tokens[following].text
    return (any(word.startswith(prefix) for prefix in patterns.apodosis_prefixes)
            or not patterns.apodoses.isdisjoint(context.norm.words[k + 1:following]))


def _a_question(context: Context, first: int, last: int) -> bool:
    """Whether the sentence first..last asks something (ends with a question mark) and names no place: ما ردكم؟"""
    normal, tokens = context.norm.text, context.tokens
    after = normal[tokens[last].end:tokens[last + 1].start if last + 1 < len(tokens) else len(normal)]
    return ("؟" in after or "?" in after) and not context.places_between(first, last)


def _conditioned_in_next(context: Context, patterns: Patterns, trigger: Trigger) -> bool:
    """'... إن وحداتها ستنتشر على الحدود مع تشاد. وأضاف أن ذلك سيتم «إذا حاول المسلحون العودة»', 'لكنه أوضح أن
    ذلك «مرهون بفشل المفاوضات»': a next sentence that opens with 'he added' or 'but' and points back (ذلك، هذا)
    before a condition, with no place before it, makes this sentence's plan conditional."""
    _, s_last = bounds_of_sentence(context, trigger.first)
    if s_last + 1 >= len(context.tokens):
        return False
    n_first, n_last = bounds_of_sentence(context, s_last + 1)
    normal, tokens = context.norm.text, context.tokens
    if not (patterns.scope_breaks.at(normal, tokens, n_first) or patterns.speech_goes_on.at(normal, tokens, n_first)):
        return False
    pointer = next((k for k in range(n_first, min(n_last, n_first + NEXT_DENIAL_REACH) + 1)
                    if tokens[k].text in patterns.pointers_back), None)
    if pointer is None or context.places_between(n_first, pointer):
        return False
    k = _first_cue(context, patterns, pointer + 1, min(n_last, pointer + NEXT_DENIAL_REACH), ("conditional", "sentence"))
    return k is not None and not context.places_between(pointer, k - 1)


def _first_cue(context: Context, patterns: Patterns, first: int, last: int, wanted: tuple[str, str]) -> int | None:
    """The first token in first..last where a status cue of this (status, scope) starts."""
    for k in patterns.status.between(first, last):
        cue = patterns.status.at(context.norm.text, context.tokens, k)
        if cue and cue[2] == wanted:
            return k
    return None


def _denial_before(context: Context, patterns: Patterns, trigger: Trigger) -> bool:
    """'نفى المجلس ما أوردته وسائل إعلام. وكانت تلك الوسائل قد نقلت: «...»': the first trigger of a
    sentence that quotes a claim the previous sentence denied, without naming a place itself."""
    s_first, _ = bounds_of_sentence(context, trigger.first)
    if s_first == 0 or context.places_between(s_first, trigger.first - 1):
        return False
    if any(not _a_time(context, patterns, k) for k in patterns.scope_breaks.ends_between(s_first, trigger.first - 1)):
        return False  # 'غير أن المصدر ذاته قال إن القيادة تعتزم سحب سريتين': 'but' sets it against the denial
    if any(_first_cue(context, patterns, s_first, trigger.first - 1, ("planned", scope)) is not None
           for scope in ("before", "unless_past", "sentence")):
        return False  # 'وأعلنت الرئاسة ذاتها أنها تعتزم إرسال سرية': a plan of its own, not the claim denied
    p_first, p_last = bounds_of_sentence(context, s_first - 1)
    if context.places_between(p_first, p_last) or _first_cue(context, patterns, p_first, p_last,
                                                             ("denied", "before")) is None:
        return False
    return _cites_a_claim(context, patterns, s_first, trigger.first - 1)  # not 'رفض الطلب. وبالتزامن، حشدت الكتائب'


def _cites_a_claim(context: Context, patterns: Patterns, first: int, last: int) -> bool:
    """Whether words first..last cite a claim: a word of claiming or saying (نقلت، تحدثت), a report noun (تقارير) or an
    opening quote; a sentence that only tells (وبالتزامن، حشدت الكتائب) quotes no one a denial could answer."""
    return bool(any_in(patterns.claims, context, first, last) or any_in(patterns.report_nouns, context, first, last)
                or any(quote in context.norm.text[context.tokens[first].start:context.tokens[last + 1].start]
                       for quote in OPENING_QUOTES))


def _predicate_of(context: Context, patterns: Patterns, trigger: Trigger, k: int) -> bool:
    """Whether the word of expecting at ``k`` (مقرر، مرتقب) is said of the verbal noun of ``trigger`` with its force
    and places, nothing else between (أكد أن نقل السرية من براك إلى مرزق «مقرر منذ أسبوعين»): the move is planned.
    Not past another noun (قبل اجتماع مرتقب: the meeting is expected), a relative (الذي كان مقرراً منذ أشهر اكتمل
    أمس) or a movement's noun (جسر جوي إلى الكفرة وإنزال بحري مرتقب)."""
    if not trigger.last < k <= trigger.last + PREDICATE_REACH or past_verb(context, patterns, trigger):
        return False
    normal, tokens, placed, inner = context.norm.text, context.tokens, context.placed, context.inner_place_tokens
    j = trigger.last + 1
    while j < k:
        step = patterns.forces.at(normal, tokens, j) or patterns.roles.at(normal, tokens, j)
        if step:
            j += step[0]  # the force moved (السرية، قوات الدعم السريع), a role word (من، إلى، نحو)
        elif j in placed or j in inner:
            j += 1  # where from and where to (براك، مرزق)
        else:
            return False
    return not context.marked(trigger.last, k)
