"""What a meeting's sentences say of it: its place, who chaired it, who hosted it, who took
part and what it was about."""

from __future__ import annotations

import re

from ..kinds import Span
from ..regexes import compiled
from .context import Context, Sentence
from .meeting_places import capital, seat, stated_as_place
from .meeting_words import (
    ACTOR_VERB,
    CAPITAL,
    CHAIR,
    CHAIR_SUBJECT,
    HOST,
    HOST_SUBJECT,
    OPENED_BY,
    OWN_EVENT,
    UNDER_DEMONYM,
    VISITED,
    WHICH_BEFORE_ACTOR,
    MeetingDraft,
)
from .people import People

# a country named as what a meeting is about, or where something happens, not as a party to it
# (not 'from': 'delegations from Norway took part')
_TOPIC_BEFORE = compiled(r"(?i)\b(?:on|about|in|to|for|against|regarding|towards|into|concerning)[ \t]+(?:the[ \t]+)?$")


# an agency's own board: 'the Management Board of Frontex', 'the Management Board of the European Union Drugs
# Agency', 'CEPOL's Management Board'
_BOARD_OF = compiled(r"\b(?:Management|Executive|Governing|Administrative)\s+Board\s+of\s+(?:the\s+)?$")
# (as the subject of a verb of meeting: not 'the JHA Council heard the Chair of the Management Board of eu-LISA')
_BOARD_MET = compiled(r"(?:\s*\([^()\n]{1,15}\))?\s+(?:met|meets|convened|gathered|will\s+meet|held\s+its)\b")
_BOARD_AFTER = compiled(r"(?:['’]s)?\s+(?:Management|Executive|Governing|Administrative)\s+Board" + _BOARD_MET.pattern)


def fill(ctx: Context, people: People, draft: MeetingDraft, sentence: Sentence) -> bool:
    """Read place, chair, host, participants, topics from one sentence."""
    text = ctx.text
    changed = False
    chunk = text[sentence.start:sentence.end]
    if draft.place is None and not draft.remote:
        stated = [m for m in ctx.matches_in(sentence.start, sentence.end, {"city"}) if stated_as_place(ctx, m, sentence)]
        # the city right after the meeting's date before any other: 'The discussions in The Hague will feed into the
        # Council of 4 and 5 March 2024 in Brussels'
        after_date = [m for m in stated if sentence.start <= draft.date_span.start < sentence.end
                      and re.fullmatch(r"\s*,?\s*(?:in|at)\s+(?:the\s+)?", text[draft.date_span.end:m.start])]
        place = (after_date or stated or [None])[0]
        named = CAPITAL.search(ctx.text, sentence.start, sentence.end)
        if place is not None and named and named.start() < place.start and capital(ctx, draft, sentence):
            changed = True  # 'ended in the Latvian capital, three weeks after the attacks in Paris'
        elif place is not None:
            draft.place, draft.place_span = place.entity, Span(place.start, place.end)
            changed = True
        else:
            changed = capital(ctx, draft, sentence) or changed
    for pattern, slot in ((CHAIR, "chair"), (HOST, "host"), (OPENED_BY, "chair")):
        if pattern is OPENED_BY and draft.host is not None:
            continue  # who opened it only where neither chair nor host is known
        for m in pattern.finditer(chunk):
            if about_other(ctx, sentence.start, sentence.start + m.start()):
                continue
            who = actor_at(ctx, people, sentence.start + m.end(), sentence.end)
            if who and getattr(draft, slot) is None:
                setattr(draft, slot, who[0])
                setattr(draft, slot + "_kind", who[1])
                changed = True
    m = UNDER_DEMONYM.search(chunk)
    if m and draft.chair is None:
        found = ctx.matches_in(sentence.start + m.start("who"), sentence.start + m.end("who"), {"demonym", "country"})
        if found:
            draft.chair, draft.chair_kind = found[0].entity, "country"
            changed = True
    m = HOST_SUBJECT.search(chunk)
    if m and draft.host is None:
        # the subject, not a body its relative clause names ('Eurojust, which chaired the network in 2012, hosted')
        # (nor one an apposition names: 'CEPOL, this year's chair of the Network, hosted')
        aside = [(sentence.start + r.start(), sentence.start + r.end())
                 for r in re.finditer(r",\s*(?:which|who|(?:this|last|next)\s+year['’]s|the|its)\b[^,;]*(?=,)", chunk[:m.start()])]
        subject = [x for x in ctx.matches_in(sentence.start, sentence.start + m.start(), {"agency", "organisation", "country"})
                   if not any(a <= x.start < b for a, b in aside)]
        if subject:
            draft.host, draft.host_kind = subject[-1].entity, subject[-1].kind
            changed = True
        elif re.search(r"(?i)host", m.group(0)) and (who := subject_actor(ctx, people, sentence.start, sentence.start + m.start())):
            draft.host, draft.host_kind = who  # a person, or the one holder of a post: 'the Commander-in-Chief will host'
            changed = True
    for x in ctx.matches_in(sentence.start, sentence.end, {"agency", "country"}) if "which" in chunk else ():
        verb = ACTOR_VERB.match(text, x.end)
        if verb and WHICH_BEFORE_ACTOR.search(text, max(sentence.start, x.start - 20), x.start) \
                and not about_other(ctx, sentence.start, x.start):
            slot = "host" if "host" in verb.group("verb").lower() or verb.group("verb").lower().startswith("organi") else "chair"
            if getattr(draft, slot) is None:
                setattr(draft, slot, x.entity)
                setattr(draft, slot + "_kind", x.kind)
                changed = True
    for x in ctx.matches_in(sentence.start, sentence.end, {"agency"}) if draft.host is None else ():
        if OWN_EVENT.match(text, x.end):
            draft.host, draft.host_kind = x.entity, "agency"
            changed = True
            break
    m = VISITED.search(chunk)
    if m and draft.host is None:
        visited = ctx.matches_in(sentence.start + m.end(), sentence.start + m.end() + 60, {"agency"})
        if visited and visited[0].start == sentence.start + m.end():
            draft.host, draft.host_kind = visited[0].entity, "agency"
            changed = True
    m = CHAIR_SUBJECT.search(chunk)
    if m and draft.chair is None and not (m.group("opened") and draft.host is not None):
        who = subject_actor(ctx, people, sentence.start, sentence.start + m.start())
        if who:
            draft.chair, draft.chair_kind = who
            changed = True
    if draft.place is None and not draft.remote and seat(ctx, draft, sentence):
        changed = True
    if draft.host is None and draft.chair is None and (board := _own_board(ctx, sentence)):
        draft.host, draft.host_kind = board, "agency"  # 'The Management Board of eu-LISA met in Tallinn'
        changed = True
    place = draft.place_span
    for x in ctx.matches_in(sentence.start, sentence.end, {"agency", "organisation", "country"}):
        if place is not None and ((x.start, x.end) == (place.start, place.end)
                                  or (x.kind == "country" and re.fullmatch(r"[ \t]*,[ \t]*", text[place.end:x.start]))):
            continue  # 'met in Luxembourg', 'Tallinn, Estonia': where the meeting is, not a country taking part
        if x.kind == "country" and _TOPIC_BEFORE.search(text, max(sentence.start, x.start - 20), x.start):
            continue  # 'will focus on Ukraine', 'the situation in Afghanistan': what is discussed, not who takes part
        if x.entity not in (draft.chair, draft.host):
            draft.participants.add(x.entity)
    for person, _ in people.roles:
        if sentence.start <= person.start < sentence.end and person.name not in (draft.chair, draft.host):
            draft.participants.add("person:" + person.name)
    for x in ctx.matches_in(sentence.start, sentence.end, {"priority", "system"}):
        draft.topics.add(x.entity)
    return changed


def _own_board(ctx: Context, sentence: Sentence) -> str | None:
    """The one agency whose own board the sentence says met ('the Management Board of Frontex met',
    'CEPOL's Governing Board convened'): its board's meeting is the agency's to host."""
    text = ctx.text
    found = {x.entity for x in ctx.matches_in(sentence.start, sentence.end, {"agency"})
             if (_BOARD_OF.search(text, max(sentence.start, x.start - 40), x.start) and _BOARD_MET.match(text, x.end))
             or _BOARD_AFTER.match(text, x.end)}
    return found.pop() if len(found) == 1 else None


def about_other(ctx: Context, sentence_start: int, at: int) -> bool:
    """'... the Network (JHAAN), which is being chaired by X': the relative clause is
    about the organisation before 'which', not about the meeting."""
    before = ctx.text[sentence_start:at]
    m = re.search(r"(?:\([^)]*\))?,\s*(?:which|that|who)\b[^,]*$", before)
    if not m:
        return False
    antecedent_end = sentence_start + m.start()
    return any(x.end >= antecedent_end - 1 for x in ctx.matches_in(
        max(sentence_start, antecedent_end - 80), antecedent_end + 1, {"organisation", "agency", "country"}))


def subject_actor(ctx: Context, people: People, start: int, verb: int) -> tuple[str, str] | None:
    """Who does what the verb says: the person, or the one holder of the post, named last
    before it in its clause ('The Minister of the Interior chaired ...')."""
    clause = ctx.text[start:verb]
    cuts = [m.end() for m in re.finditer(r"[,;:]\s|\b(?:which|who)\s", clause)]
    # the verb right after a comma closes an apposition: its clause opens before it ('The Minister, NAME, chaired')
    if len(cuts) >= 2 and not clause[cuts[-1]:].strip() and clause[cuts[-1] - 2] == ",":
        cuts = cuts[:-2]
    cut = cuts[-1] if cuts else 0
    for person, _ in reversed(people.roles):
        if start + cut <= person.start < verb:
            return person.name, "person"
    # (else the country of a minister the text does not name: 'The Belgian Minister of the Interior chaired')
    for m in reversed(ctx.matches_in(start + cut, verb, {"role", "agency", "country", "demonym"})):
        if m.kind != "role":
            return m.entity, "country" if m.kind == "demonym" else m.kind
        # the one holder of that post, or of a post the subject's title begins with
        # ('Minister Tomasz X' is 'the Minister of the Interior and Administration')
        text = ctx.text
        title = text[m.start:verb].lower()
        holders = {p.name for p, phrase in people.roles if phrase.role == m.entity} or {
            p.name for p, phrase in people.roles
            if title.startswith(text[phrase.start:phrase.end].lower().split(" of ")[0])}
        if len(holders) == 1:
            return holders.pop(), "person"
    return None


def actor_at(ctx: Context, people: People, start: int, end: int) -> tuple[str, str] | None:
    window_end = min(end, start + 90)
    # a person the text gives a post, else a full name alone ('was chaired by Anna Berg of Europol')
    person = people.person_at(start, window_end) or people.named_at(start, window_end)
    if person:
        return person.name, "person"
    for m in ctx.matches_in(start, window_end, {"agency", "organisation", "country", "demonym", "role"}):
        gap = ctx.text[start:m.start]
        if not re.fullmatch(r"[\s,]*(?:the\s+)?(?:[\w'’-]+\s+){0,3}", gap):  # ('the committee's first Vice-Chair')
            break
        if m.kind == "role":
            # 'chaired by the Estonian Minister of the Interior, Andres Anvelt'
            for person, phrase in people.roles:
                if phrase.start <= m.start < phrase.end or abs(phrase.start - m.start) < 15:
                    return person.name, "person"
            # the name after the post and what it is of, set apart by a comma: 'chaired by the Secretary of State in the
            # Ministry of Internal Affairs, Ana-Maria POPESCU', 'opened by the state secretary to the Minister, NAME'
            after = re.match(r"[^.;:()\n,]{0,60}?,[ \t]*", ctx.text[m.end:window_end])
            person = (people.person_at(m.end + after.end(), window_end) or people.named_at(m.end + after.end(), window_end)
                      if after else None)
            if person:
                return person.name, "person"
            continue
        kind = "country" if m.kind == "demonym" else m.kind
        return m.entity, kind
    return None
