"""Meetings read more than once made one: the drafts of one day and place in a part merged,
a day inside a stated range folded into it, and a Council's second session the day after
joined to its first."""

from __future__ import annotations

import re

from ..regexes import compiled
from .meeting_words import MeetingDraft


def merge(drafts: list[MeetingDraft]) -> list[MeetingDraft]:
    """One meeting per day and place in a part; a placeless mention of a day that has a
    placed meeting is that meeting."""
    merged: list[MeetingDraft] = []
    for d in drafts:
        # a meeting held online is not the one a city holds on its day ('webinar (online)' beside a conference)
        twin = next((m for m in merged if m.part == d.part and (_within(d, m) or _within(m, d)) and
                     (m.place == d.place or (m.place is None and not m.remote) or (d.place is None and not d.remote))),
                    None)
        if twin is None:
            merged.append(d)
            continue
        if _within(twin, d) and not _within(d, twin):
            twin.start, twin.end = d.start, d.end  # a day of the meeting, then its whole range
        twin.ends_only = twin.ends_only and d.ends_only and twin.start == twin.end
        if twin.place is None and d.place is not None:
            twin.place, twin.place_span = d.place, d.place_span
        if d.end != d.start and twin.end == twin.start:
            twin.end = d.end
        for slot in ("chair", "host"):
            if getattr(twin, slot) is None and getattr(d, slot) is not None:
                setattr(twin, slot, getattr(d, slot))
                setattr(twin, slot + "_kind", getattr(d, slot + "_kind"))
        twin.participants |= d.participants
        twin.topics |= d.topics
        twin.evidence.extend(e for e in d.evidence if e not in twin.evidence)
        if (_council(d.kind) and not _council(twin.kind)) or twin.kind == "Meeting":
            twin.kind = d.kind  # (a meeting's own name, not what a verb of meeting gives: 'meets the heads')
        twin.council = twin.council or d.council
    return merged


def continuations(drafts: list[MeetingDraft]) -> list[MeetingDraft]:
    """A placeless Council session on the day after a placed Council meeting of the
    same text is that meeting's second day ('Justice' on 5 March after 'Home affairs'
    on 4 March), and so is a placeless day a sentence about the meeting says it goes on
    to ('The meeting continues tomorrow') or opened on, the day before ('The meeting opened on
    Tuesday'): the meeting is extended rather than split."""
    session = compiled(r"(?i)council|session")
    out: list[MeetingDraft] = []
    for d in sorted(drafts, key=lambda m: (m.part, m.start.iso() or "", m.place is None)):
        prev = next((m for m in out if m.part == d.part and m.place and d.place is None
                     and m.end.to_date() and d.start.to_date()
                     and (d.start.to_date() - m.end.to_date()).days == 1
                     and (session.search(d.kind) or d.continues or (_council(m.kind) and d.kind.startswith("Meeting")))), None)
        if prev is None:
            out.append(d)
            continue
        prev.end = d.end
        if _council(d.kind) and not _council(prev.kind):
            prev.kind = d.kind
        prev.council = prev.council or d.council
        prev.evidence.extend(e for e in d.evidence if e not in prev.evidence)
        prev.participants |= d.participants
        prev.topics |= d.topics
        prev.rule = "meeting.sentence+continuation"
    # 'The meeting opened on Tuesday' before the day a placed meeting of the text ended: its first day
    for d in [d for d in out if d.opened and d.place is None and not d.remote and d.start == d.end]:
        later = next((m for m in out if m is not d and m.part == d.part and m.place and next_day(d, m)), None)
        if later is not None:
            later.start = d.start
            later.evidence.extend(e for e in d.evidence if e not in later.evidence)
            out.remove(d)
    return out


def ended(drafts: list[MeetingDraft]) -> list[MeetingDraft]:
    """A meeting known by the day it ended and its place ('The informal meeting ended today in
    Innsbruck') and, the day before, a placeless day of a sentence about that meeting ('The
    meeting was chaired by X and, on Thursday, by Y'): one meeting from that day to the last."""
    for last in drafts:
        if not last.ends_only or last.place is None:
            continue
        day = next((d for d in drafts if d.part == last.part and d.refers_back and not d.ends_only and d.place is None
                    and not d.remote and d.start == d.end and next_day(d, last)), None)
        if day is not None:
            day.end, day.place, day.place_span = last.end, last.place, last.place_span
            day.evidence.extend(e for e in last.evidence if e not in day.evidence)
    return drafts


def _within(d: MeetingDraft, m: MeetingDraft) -> bool:
    """d's day is m's day, or lies inside m's date range (the second day of a Council)."""
    if d.start == m.start:
        return True
    ds, ms, me = d.start.to_date(), m.start.to_date(), m.end.to_date()
    return bool(ds and ms and me and ms <= ds <= me and d.end == d.start)


def next_day(a: MeetingDraft, b: MeetingDraft) -> bool:
    """b begins the day after a ends."""
    return bool(a.end.to_date() and b.start.to_date() and (b.start.to_date() - a.end.to_date()).days == 1)


def _council(kind: str) -> bool:
    return bool(re.search(r"(?i)\bcouncil\b", kind))
