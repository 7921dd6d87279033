"""People and the posts they hold: 'Andres Anvelt, Estonian Minister of the Interior',
'Commissioner for Home Affairs Ylva Johansson', 'the Ukrainian Minister for the
Interior, Ihor Klymenko'. The role heads come from the reference roles (mappings/);
a person needs a full name (a surname alone, 'Mr Kostin', is not enough) and is then
also found by surname elsewhere in the same document."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cached_property

from ..gazetteer import Match
from ..namespaces import JHA
from .context import Context
from .model import Fact, Span

# Latin letters with their accents (Božinović, Hojs, Jourová), as character classes
_UP = "".join(ch for ch in map(chr, range(0x41, 0x250)) if ch.isupper() and ch.isalpha())
_LO = "".join(ch for ch in map(chr, range(0x61, 0x250)) if ch.islower() and ch.isalpha())
_WORD = rf"(?:Mc|Mac|Fitz)?[{_UP}](?:['’][{_UP}])?[{_LO}]+(?:[-’'][{_UP}]?[{_LO}]+)*"
_UPPER = rf"[{_UP}]{{2,}}(?:-[{_UP}]{{2,}})?"
_PARTICLE = r"(?:de|van|von|der|den|da|di|du|le|la|del|della|dos|das|ter|af|zu)"
FULLNAME = rf"{_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)*(?:{_WORD}|{_UPPER})){{1,3}}"
# 'NAME, ROLE', 'NAME (EPP, ES), ROLE', 'NAME, who is the ROLE', 'appointed NAME as the agency's new ROLE'
_NAME_BEFORE = re.compile(rf"({FULLNAME})(?:[ \t]*\([^()\n]{{1,40}}\))?[ \t]*,[ \t]*(?:the[ \t]+|who[ \t]+(?:is|was|has[ \t]+been|"
                          rf"had[ \t]+been|becomes|became)[ \t]+(?:the[ \t]+)?)?$"
                          rf"|\b(?:appointed|appoints|appoint|named|names|elected|elects|nominated|nominates)[ \t]+({FULLNAME})"
                          rf"[ \t]+as[ \t]+(?:(?:the|its|their)[ \t]+)?(?:(?:[\w-]+['’]s)[ \t]+)?(?:(?:new|next|first|future)[ \t]+)?$")
_NAME_AFTER = re.compile(rf"^,?[ \t]+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?[ \t]+)?({FULLNAME})(?![\w-])")
_CONNECTOR = {"the", "and", "of", "for", "&", "in", "on", "with"}
_TITLES = {"Mr", "Mrs", "Ms", "Dr", "Prof", "Sir", "Dame", "Lord", "Lady"}
# words that start sentences or name things but never begin a person's name
_NOT_NAME = {"The", "This", "That", "These", "Those", "On", "In", "At", "For", "From", "With",
             "Under", "During", "After", "Before", "Following", "Today", "Tomorrow", "Yesterday",
             "Press", "Date", "Time", "Language", "Photo", "Meeting", "Ministers", "Minister",
             "Commissioner", "President", "Director", "Executive", "Deputy", "Chair", "State",
             "Secretary", "High", "General", "Prosecutor", "Member", "Members", "Home", "Affairs",
             "Justice", "Council", "Commission", "Parliament", "Agency", "Agencies", "Network",
             "European", "Union", "EU", "Mr", "Mrs", "Ms", "Dr", "Prof", "Their", "Its", "His", "Her",
             "Both", "All", "Our", "We", "They", "It", "He", "She", "As", "And", "But", "Also",
             "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
             "Group", "Working", "Committee", "Board", "Unit", "Office", "Service", "Centre", "Center",
             "Forum", "Institute", "Authority", "Ministry", "Department", "Programme", "Management",
             "Regulation", "Directive", "Pact", "Strategy", "Plan", "System", "Systems"}


@dataclass(frozen=True)
class RolePhrase:
    start: int
    end: int
    role: str  # role concept IRI
    organisation: str | None


@dataclass(frozen=True)
class PersonMention:
    start: int
    end: int
    name: str


class People:
    """People found in a document, with their roles; built once per document."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        vocab: set[str] = set()
        for entity_labels in ctx.gaz._labels.values():
            for label in entity_labels:
                vocab.update(w for w in re.findall(r"[A-Za-zÀ-ÿ]+", label) if w[:1].isupper())
        self.vocab = vocab
        self.defaults = {str(role): str(org) for role, org in ctx.gaz.graph.subject_objects(JHA.defaultOrganisation)}

    def _is_name(self, name: str, start: int) -> bool:
        tokens = [t for t in re.split(r"[ \t]+", name) if not re.fullmatch(_PARTICLE, t)]
        if len(tokens) < 2 or tokens[0] in _NOT_NAME or tokens[0] in _TITLES or tokens[0] in self.vocab:
            return False
        if any(t in _NOT_NAME for t in tokens):
            return False
        if sum(t in self.vocab for t in tokens) * 2 >= len(tokens):
            return False
        return not self.ctx.matches_in(start, start + len(name), {"agency", "system", "organisation",
                                                                   "country", "city", "role", "demonym"})

    # -- role phrases

    def _role_phrase(self, match: Match) -> RolePhrase:
        ctx, text = self.ctx, self.ctx.text
        start, end = match.start, match.end
        org = None
        # left: a demonym or country ("Estonian", "Belgium's"), "European", "Deputy", "the"
        for m in reversed(ctx.matches_in(max(0, start - 60), start, {"demonym", "country", "agency", "organisation"})):
            gap = text[m.end:start]
            # an organisation only as a possessive ('the Commission's Director'); an agency also
            # as a name before the post ('FRA Director', 'Europol Executive Director')
            possessive_only = m.kind == "organisation"
            if re.fullmatch(r"['’]s[ \t]+(?:(?:Deputy|Vice|Acting|Federal|First)[ \t-]+)?" if possessive_only else
                            r"(?:['’]s)?[ \t]+(?:(?:Deputy|Vice|Acting|Federal|First)[ \t-]+)?", gap):
                org = m.entity
                start = m.start
            break
        # right: 'ad interim', and a complement 'for Migration, Home Affairs and Citizenship'
        tail = re.match(r"[ \t]+(?:ad interim|a\.i\.)", text[end:])
        if tail:
            end += tail.end()
        end, complement_org = self._complement(end)
        default = self.defaults.get(match.entity)
        return RolePhrase(start, end, match.entity, org or complement_org or default)

    def _appointing_body(self, phrase: RolePhrase, at: int) -> RolePhrase:
        """'The Management Board of Frontex ... appointed X as the agency's new Executive
        Director': the post is in the one agency the sentence names before the appointment."""
        sentence = self.ctx.sentence_at(at)
        if not re.search(r"(?i)\b(?:the|its)[ \t]+(?:agency|institute|office|centre|authority)['’]s\b",
                         self.ctx.text[at:phrase.start]):
            return phrase
        agencies = {m.entity for m in self.ctx.matches_in(sentence.start, at, {"agency"})}
        if len(agencies) != 1:
            return phrase
        return RolePhrase(phrase.start, phrase.end, phrase.role, agencies.pop())

    def _complement(self, end: int) -> tuple[int, str | None]:
        ctx, text = self.ctx, self.ctx.text
        m = re.match(r"[ \t]+(?:for|of|on|in charge of)[ \t]+|(?=,)", text[end:])
        org = None
        if not m:
            return end, None
        pos = end + m.end()
        window = text[pos:pos + 200].split("\n", 1)[0]
        tokens = list(re.finditer(r"[^\s,.;:()]+|[,.;:()]", window))
        list_until = -1
        last_good = None
        i = 0
        while i < len(tokens):
            tok = tokens[i].group(0)
            if tok in ".;:()":
                break
            if tok == ",":
                # a comma continues the complement only for a list closed by 'and X'
                rest = text[pos + tokens[i].end():]
                seg = re.match(r"[ \t]*([^,.;:\n]*)", rest).group(1)
                words = seg.split()
                if " and " in f" {seg} " and words and all(
                        w[:1].isupper() or w in _CONNECTOR for w in words[:words.index("and")]):
                    list_until = tokens[i].end() + len(rest) - len(rest.lstrip()) + len(seg)
                    i += 1
                    continue
                break
            previous = tokens[i - 1].group(0) if i else ""
            in_list = tokens[i].start() < list_until  # 'for Migration, Home Affairs and Citizenship'
            if tok[:1].isupper() and not in_list and previous not in ("and", "&") and \
                    self._name_starts(pos + tokens[i].start()):
                break  # 'Commissioner for Home Affairs Ylva Johansson': the name ends the title
            if tok[:1].isupper() or tok in ("&",) or (tok in _CONNECTOR and last_good is not None or tok == "the"):
                if tok[:1].isupper():
                    last_good = pos + tokens[i].end()
                i += 1
                continue
            break
        if last_good is None or last_good == end:
            return end, None
        for found in ctx.matches_in(end, last_good, {"country", "organisation", "agency"}):
            # the organisation the complement ends with, not a modifier of another body
            # ('chair of the Frontex Scrutiny Working Group' is not a post at Frontex)
            if not re.search(r"\b[A-Z]", text[found.end:last_good]):
                org = found.entity
            break
        return last_good, org

    def _name_starts(self, at: int) -> bool:
        m = re.match(FULLNAME, self.ctx.text[at:at + 80])
        return bool(m) and self._is_name(m.group(0), at) and not re.match(
            r"[ \t]+(?:of|for)\b", self.ctx.text[at + m.end():at + m.end() + 5])

    @cached_property
    def roles(self) -> list[tuple[PersonMention, RolePhrase]]:
        ctx, text = self.ctx, self.ctx.text
        out = []
        for match in ctx.matches:
            if match.kind != "role":
                continue
            phrase = self._role_phrase(match)
            line_start = text.rfind("\n", 0, phrase.start) + 1
            before = _NAME_BEFORE.search(text[line_start:phrase.start])
            person = None
            if before:
                group = 1 if before.group(1) else 2
                s = line_start + before.start(group)
                if self._is_name(before.group(group), s):
                    person = PersonMention(s, s + len(before.group(group)), before.group(group))
                    if group == 2 and phrase.organisation is None:
                        phrase = self._appointing_body(phrase, line_start + before.start())
            if person is None:
                # the complement may have swallowed the name: 'for Home Affairs Ylva Johansson'
                phrase, person = self._name_after(phrase)
            if person is not None:
                out.append((person, phrase))
        return out

    def _name_after(self, phrase: RolePhrase) -> tuple[RolePhrase, PersonMention | None]:
        text = self.ctx.text
        line_end = text.find("\n", phrase.end)
        line_end = len(text) if line_end < 0 else line_end
        m = _NAME_AFTER.match(text[phrase.end:line_end])
        if m:
            s = phrase.end + m.start(1)
            name = self._trim_name(m.group(1))
            if self._is_name(name, s):
                return phrase, PersonMention(s, s + len(name), name)
        # peel a trailing name off the complement
        words = list(re.finditer(r"\S+", text[phrase.start:phrase.end]))
        for k in (2, 3):
            if len(words) > k + 1:
                s = phrase.start + words[-k].start()
                name = text[s:phrase.end]
                if re.fullmatch(FULLNAME, name) and self._is_name(name, s):
                    end = phrase.start + words[-k - 1].end()
                    return RolePhrase(phrase.start, end, phrase.role, phrase.organisation), \
                        PersonMention(s, phrase.end, name)
        return phrase, None

    @staticmethod
    def _trim_name(name: str) -> str:
        return name.strip()

    @cached_property
    def by_surname(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for person, _ in self.roles:
            out.setdefault(person.name.split()[-1], person.name)
        return out

    def person_at(self, start: int, end: int) -> PersonMention | None:
        """A person named (full name or known surname) at the start of text[start:end]."""
        text = self.ctx.text[start:end]
        m = re.match(rf"[ \t]*(?:the[ \t]+)?(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?[ \t]+)?({FULLNAME}|{_WORD})", text)
        if not m:
            return None
        name = m.group(1)
        s = start + m.start(1)
        for person, _ in self.roles:
            if person.name == name or name.startswith(person.name):
                return PersonMention(s, s + len(person.name), person.name)
        full = self.by_surname.get(name)
        if full:
            return PersonMention(s, s + len(name), full)
        return None


def extract_roles(ctx: Context, people: People, part_dates: dict[int, dt.date] | None = None) -> list[Fact]:
    """A fact per person and role; the role is attested on the document's date (or, in a
    listing, on the date of the item that names it)."""
    facts = []
    for person, phrase in people.roles:
        span = Span(min(person.start, phrase.start), max(person.end, phrase.end))
        part = ctx.part_at(span.start)
        facts.append(Fact("person_role", {
            "person": person.name,
            "role": phrase.role,
            "role_text": ctx.text[phrase.start:phrase.end],
            "organisation": phrase.organisation,
            "attested": ctx.doc_date or (part_dates or {}).get(part),
        }, [span], "person_role.apposition", 0.9, part))
    return facts
