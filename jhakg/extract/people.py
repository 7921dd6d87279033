"""The people a document names and the posts they hold: 'Andres Anvelt, Estonian Minister
of the Interior', 'Commissioner for Home Affairs Ylva Johansson', 'the Ukrainian Minister for
the Interior, Ihor Klymenko'. The role heads come from the reference roles (reference/); a
person needs a full name (a surname alone, 'Mr Kostin', is not enough) and is then also found
by surname elsewhere in the same document. Built once per document (`People`) and read by the
extractors of roles, meetings and priorities."""

from __future__ import annotations

import re
from functools import cached_property

from ..reference.gazetteer import Match
from ..regexes import compiled
from . import posts_by_layout as layout
from . import posts_by_relation as posts
from .context import Context
from .dates import MONTHS
from .person_names import (
    BEFORE_WINDOW,
    BODY_END,
    CONNECTOR,
    DESIGNATE,
    FULLNAME,
    NAME_AFTER,
    NAME_IS,
    NOT_NAME,
    ONE_OF,
    ORG_NOUNS,
    PARTICLE,
    QUALIFIERS,
    TITLE,
    TITLE_BEFORE,
    TITLES,
    UPPER_LETTER,
    WORD,
    PersonMention,
    RolePhrase,
    name_before,
)
from .posts_by_lists import respectively

_LOWER_POST = compiled(r"(?:the[ \t]+)?[a-z][\w-]*(?:[ \t]+(?:the[ \t]+|and[ \t]+)?[a-z][\w-]*){0,4}(?=[ \t]*,)")
_BEFORE_DATE = {"in", "since", "from", "until", "by", "on"}  # 'in May', not 'Theresa May'
_PORTFOLIO = compiled(rf"[ \t]+(?P<word>[A-Z][a-z]{{3,}})[ \t]*,[ \t]*{TITLE}?(?P<name>{FULLNAME})")
_COMMA = compiled(r"[ \t]*,[ \t]*")
# a body's name closing a line after a post's comma: ', Romanian Border Police', ', Europol'
_BODY_AFTER = compiled(r"[ \t]*,[ \t]*(?:[A-Z][\w'’&-]*|of|for|and|the)(?:[ \t]+(?:[A-Z][\w'’&-]*|of|for|and|the)){0,6}[ \t]*[;.]?[ \t]*")
_DEPUTY_BEFORE = compiled(r"\b(?:[Dd]eputy|[Vv]ice|[Aa]ssistant)[ \t-]+$")  # (also in lower case: a list's 'NAME, deputy head of unit')
_TITLE_END = compiled(r"[ \t]*(?:\([A-Za-z-]{2,12}\)[ \t]*)?(?:$|[;)\n.,])", re.M)  # (an acronym may follow the body)
_SECOND_COMPLEMENT = compiled(rf"(?P<words>[ \t]+(?:on|for|of)[ \t]+(?:the[ \t]+)?[a-z][\w-]*(?:[ \t]+[a-z][\w-]*){{0,3}})"
                                rf"[ \t]*,[ \t]*{TITLE}?")


# a person named where a chair or a host is: a full name or a surname, after a form of address ('chaired by Ms NAME'),
# compiled once (the module's pattern cache would drop patterns this size between documents)
_PERSON_AT = compiled(rf"[ \t]*(?:the[ \t]+)?{TITLE}?({FULLNAME}|{WORD})")
_NAMED_AT = compiled(rf"[ \t]*{TITLE}?({FULLNAME})(?![\w-])")


class People:
    """People found in a document, with their roles; built once per document."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.vocab = ctx.gaz.name_words
        self.defaults = ctx.gaz.default_organisations

    def is_name(self, name: str, start: int, city_first_ok: bool = False) -> bool:
        tokens = [t for t in re.split(r"[ \t]+", name) if not re.fullmatch(PARTICLE, t)]
        # a name in capitals ('ANNA DE VRIES') is also read as its words are written in a sentence
        capitals = all(t.isupper() for t in tokens)

        def among(t: str, words) -> bool:  # also in the plural: 'Institutional Reforms'
            return any(f in words or (f.endswith("s") and f[:-1] in words)
                       for f in ((t, t.capitalize()) if capitals else (t,)))

        # a surname alone, right after a form of address: 'Ms Malmström, the European Commissioner'
        titled = len(tokens) == 1 and bool(TITLE_BEFORE.search(self.ctx.text, max(0, start - 12), start))
        if (len(tokens) < 2 and not titled) or tokens[0] in NOT_NAME or tokens[0] in TITLES or (
                capitals and (tokens[0].capitalize() in NOT_NAME or tokens[0].capitalize() in TITLES)):
            return False
        if any(among(t, NOT_NAME) for t in tokens):
            return False
        found = self.ctx.matches_in(start, start + len(name), {"agency", "system", "organisation", "country", "city",
                                                               "role", "demonym"})
        # right after a post, a first name may be a city's ('the Director, Sofia X'), when the
        # other words are no place's (elsewhere 'Valletta Waterfront' is a place)
        first_end = start + len(tokens[0])
        city_first = city_first_ok and bool(found) and all(m.kind == "city" and m.end <= first_end for m in found)
        # in a name of three words or more, a city's name after the first word is a name's ('Jorge Bettencourt
        # Lima', 'Ana Sofia Reis')
        city_later = len(tokens) >= 3 and bool(found) and all(m.kind == "city" and m.start >= first_end for m in found)
        if found and not (city_first or city_later):
            return False
        words = tokens[1:] if city_first else tokens
        if not city_first and (tokens[0] in self.vocab or (capitals and tokens[0].capitalize() in self.vocab)):
            return False
        # words of the reference names, also in the plural ('Liaison Prosecutors'), make a body
        return sum(among(t, self.vocab) for t in words) * 2 < len(tokens)

    # -- role phrases

    def role_phrase(self, match: Match) -> RolePhrase:
        ctx, text = self.ctx, self.ctx.text
        start, end = match.start, match.end
        deputy = _DEPUTY_BEFORE.search(text, max(0, start - 12), start)
        if deputy:
            start = deputy.start()  # 'Deputy Secretary General', 'Vice-Chair': the deputy's post in the post's words
        org = None
        # left: a demonym or country ("Estonian", "Belgium's"), "European", "Deputy", "the"
        for m in reversed(ctx.matches_in(max(0, start - 60), start, {"demonym", "country", "agency", "organisation"})):
            gap = text[m.end:start]
            # an organisation only as a possessive ('the Commission's Director'); an agency also
            # as a name before the post ('FRA Director', 'Europol Executive Director')
            possessive_only = m.kind == "organisation"
            # words of the post's own name may stand between: 'German Federal Government Commissioner'
            if re.fullmatch(r"['’]s[ \t]+(?:(?:Deputy|Vice|Acting|Federal|First)[ \t-]+)?" if possessive_only else
                            # (a possessive's post may be new or former: 'Frontex’s new Executive Director')
                            r"(?:['’]s[ \t]+(?:(?:new|former|outgoing|incoming|interim|acting|current|first)[ \t]+)?|[ \t]+)"
                            r"(?:[A-Z][a-z]+[ \t-]+){0,2}", gap):
                org = m.entity
                if not re.match(r"['’]s[ \t]+[a-z]", gap):
                    start = m.start  # (the post as written, but for its body and a word on when it is held)
            elif m.kind != "organisation" and text[match.start].islower() and (
                    lower := re.fullmatch(r"['’]s[ \t]+((?:[a-z][a-z-]+[ \t]+){1,2})", gap)):
                org, start = m.entity, m.end + lower.start(1)  # a post in lower case: "Portugal's national drug coordinator"
            break
        # right: 'ad interim', 'delegate', and a complement 'for Migration, Home Affairs and Citizenship'
        tail = re.match(rf"[ \t]+(?:ad interim|a\.i\.|[Dd]elegate\b)|{DESIGNATE}", text[end:])  # ('Minister Delegate for')
        if tail:
            end += tail.end()
        wording, complement_org = None, None
        if not self._remit_after_body(start, end):
            end, complement_org = self._complement(end)
        if self._remit_after_body(start, end):
            # a remit after the body: 'Vice-President of the Commission responsible for Justice, ..., NAME' (the post
            # in the words before it)
            wording, end = text[start:end], self._complement(end)[0]
        # ('Head of the Freedoms and Justice Department ad interim')
        tail = re.match(r"[ \t]+(?:ad interim|a\.i\.)", text[end:]) if end > match.end and not tail else None
        end += tail.end() if tail else 0
        # a second complement in lower case, when a name follows: 'rapporteur of the European Parliament on
        # the regulation, A'
        second = _SECOND_COMPLEMENT.match(text, end) if end > match.end else None
        if second and self._name_starts(second.end()):
            end = second.end("words")
        # a portfolio word, when a name follows: 'Deputy Executive Director Operations, Dr A'
        portfolio = _PORTFOLIO.match(text, end)
        if portfolio and self.is_name(portfolio.group("name"), portfolio.start("name")) and not ctx.matches_in(
                portfolio.start(), portfolio.end("word"), None):
            end = portfolio.end("word")
        # the body after a comma, closing the title: 'NAME, Executive Director, CEPOL', 'Senior Analyst, Europol;'
        # (the post's words stay the post's)
        if not (org or complement_org) and (comma := _COMMA.match(text, end)):
            body = next(iter(ctx.matches_in(comma.end(), comma.end() + 80, {"agency", "organisation"})), None)
            if body and body.start == comma.end() and _TITLE_END.match(text, body.end):
                complement_org = body.entity
        default = self.defaults.get(match.entity)
        return RolePhrase(start, end, match.entity, org or complement_org or default, wording)

    def _remit_after_body(self, start: int, end: int) -> bool:
        return self.ctx.text.startswith(" responsible for ", end) and " of " in self.ctx.text[start:end]

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
        return RolePhrase(phrase.start, phrase.end, phrase.role, agencies.pop(), phrase.wording)

    def _complement(self, end: int) -> tuple[int, str | None]:
        ctx, text = self.ctx, self.ctx.text
        m = re.match(r"[ \t]+(?:for|of|on|at|from|in charge of|responsible for)[ \t]+|(?=,)", text[end:])
        org = None
        if not m:
            # a portfolio of two: 'Minister for Immigration and Integration', 'Minister of Justice
            # and Consumer Protection' (not a second post, not 'and Mr X', not a name)
            m = re.match(r"[ \t]+and[ \t]+(?=[A-Z])", text[end:])
            after = end + m.end() if m else end
            posts = ctx.matches_in(after, after + 60, {"role"}) if m else []
            if not m or (posts and posts[0].start == after) or re.match(TITLE, text[after:]) or self._name_starts(after):
                return end, None
        pos = end + m.end()
        window = text[pos:pos + 200].split("\n", 1)[0]
        # a post in lower case, closed by a comma and a name: 'its head of administration, Mr NAME',
        # 'rapporteur for the borders and visa file, NAME'
        lower = _LOWER_POST.match(window)
        if lower and ctx.matches_in(pos, pos + lower.end(), {"agency", "organisation", "country"}):
            lower = None  # a body whose name opens in lower case: 'Executive Director of eu-LISA, NAME'
        if lower and m.group().strip() and self._name_starts(pos + lower.end() + len(
                re.match(rf"[ \t]*,[ \t]*{TITLE}?", window[lower.end():]).group())):
            return pos + lower.end(), None
        # (or by a comma and the body, as a list of speakers gives it: 'NAME, head of training, Romanian Border Police')
        if lower and m.group().strip() in ("of", "for") and len(lower.group().split()) <= 3 and \
                _BODY_AFTER.fullmatch(window[lower.end():]):
            return pos + lower.end(), None
        tokens = list(re.finditer(r"[^\s,.;:()]+|[,.;:()]", window))
        list_until = -1
        last_good = None
        i = 0
        while i < len(tokens):
            tok = tokens[i].group(0)
            if tok in ".;:()":
                break
            if tok == ",":
                # a comma continues the complement only for a list closed by 'and X', and not
                # when a name follows it ('Commissioner for Home Affairs, Ylva Johansson and ...')
                rest = text[pos + tokens[i].end():]
                seg = re.match(r"[ \t]*([^,.;:\n]*)", rest).group(1)
                seg_start = pos + tokens[i].end() + len(rest) - len(rest.lstrip())
                after_and = re.search(r"[ \t]and[ \t]+(?:the[ \t]+)?", seg)
                if after_and and any(m.start == seg_start + after_and.end() for m in
                                     ctx.matches_in(seg_start, seg_start + len(seg.rstrip()), {"role"})):
                    break  # 'for Migration, NAME and President of ...': a person, then another post
                words = seg.split()
                if words[:1] == ["and"] and self._name_starts(seg_start + len(seg) - len(seg.lstrip()) + 4):
                    break  # 'for Migration, Home Affairs and Citizenship, and NAME, Commissioner for ...'
                if self._name_starts(seg_start):
                    break  # 'the two Vice-Presidents, NAME and NAME': names, not a portfolio
                if " and " in f" {seg} " and words and all(
                        w[:1].isupper() or w in CONNECTOR for w in words[:words.index("and")]):
                    list_until = tokens[i].end() + len(rest) - len(rest.lstrip()) + len(seg)
                    i += 1
                    continue
                closed = self._portfolio_list(pos + tokens[i].end())
                if closed is not None:
                    list_until = closed - pos  # 'for Home Affairs, Security, Reforms and Equality'
                    i += 1
                    continue
                break
            previous = tokens[i - 1].group(0) if i else ""
            in_list = tokens[i].start() < list_until  # 'for Migration, Home Affairs and Citizenship'
            # 'Commissioner for Home Affairs Ylva Johansson': the name ends the title; after 'the'
            # only once a known body is named ('President of the European Commission Ursula ...',
            # not 'Head of the Internal Audit Capability')
            definite = any(t.group(0) == "the" for t in tokens[:i])
            after_body = i > 0 and (previous.lower() in BODY_END or any(
                m.end == pos + tokens[i - 1].end() for m in ctx.matches_in(pos, pos + tokens[i].start(),
                                                                           {"agency", "organisation", "country"})))
            # (the first word is the post's own when a name starts after it: 'Head of Communications NAME'; so is a
            # word after 'of': 'for Promoting our European Way of Life NAME')
            if tok[:1].isupper() and not in_list and previous not in ("and", "&") and \
                    (not definite or after_body) and self._name_starts(pos + tokens[i].start()) and \
                    not ((i == 0 or previous in ("of", "for")) and len(tokens) > i + 1
                         and self._name_starts(pos + tokens[i + 1].start())):
                break
            if tok == "and" and i and any(m.end == pos + tokens[i - 1].end() for m in ctx.matches_in(
                    pos, pos + tokens[i - 1].end(), {"agency", "organisation", "country"})) and \
                    self._name_starts(pos + tokens[i].end() + 1):
                break  # a person after a body the reference data knows: 'Director of FRA and NAME, who heads EIGE'
            if tok == "and" and ctx.matches_in(pos + tokens[i].end() + 1, pos + tokens[i].end() + 40, {"role"}) and \
                    re.match(r"[ \t]+(?:the[ \t]+)?(?:[A-Z][\w-]*[ \t]+)?$", text[pos + tokens[i].end():ctx.matches_in(
                        pos + tokens[i].end() + 1, pos + tokens[i].end() + 40, {"role"})[0].start]):
                break  # a second post: 'Vice-President of Eurojust and National Member for Germany'
            if tok == "responsibility" and previous == "with":
                i += 1  # 'Minister of State with responsibility for Migration'
                continue
            if tok.rstrip(".") in TITLES:
                break  # 'and Mr X': a form of address starts the next person
            if tok[:1].isupper() and tok.lower() in MONTHS and (len(tok) > 3 or i and tokens[i - 1].group(0) in _BEFORE_DATE):
                break  # a date ends the post: 'President of Eurojust in May'

            named = tok[:1].isupper() or any(c.isupper() for c in tok)  # 'Europol', 'eu-LISA'
            if named or tok in ("&",) or tok in ORG_NOUNS or (tok in CONNECTOR and last_good is not None or tok == "the") \
                    or (tok in QUALIFIERS and last_good is not None):  # 'the Belgian incoming presidency team'
                if named or tok in ORG_NOUNS:
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

    def _portfolio_list(self, at: int) -> int | None:
        """After a comma in a post's complement, words of one to three capitalised words each,
        between commas, closed by 'X and Y' ('Minister of Labour, Family, Social Affairs and Equal
        Opportunities'): the end of the list; None when a name or anything else comes first."""
        text = self.ctx.text
        word = r"[A-Z][\w'’-]*"
        while True:
            seg = re.match(rf"[ \t]*({word}(?:[ \t]+{word}){{0,2}})[ \t]*(,|[ \t]and[ \t]+{word}(?:[ \t]+{word})?)",
                           text[at:at + 120])
            if not seg or self._name_starts(at + seg.start(1)):
                return None
            if seg.group(2) != ",":
                return at + seg.end()
            at += seg.end()

    def _name_starts(self, at: int) -> bool:
        m = re.match(FULLNAME, self.ctx.text[at:at + 80])
        return bool(m) and self.is_name(m.group(0), at) and not re.match(
            r"[ \t]+(?:of|for)\b", self.ctx.text[at + m.end():at + m.end() + 5])

    @cached_property
    def roles(self) -> list[tuple[PersonMention, RolePhrase]]:
        ctx = self.ctx
        out = []
        claimed: set[int] = set()  # names already read as the apposition of the post before them
        for match in ctx.matches:
            if match.kind != "role":
                continue
            phrase = self.role_phrase(match)
            if re.match(r"['’]s\b", ctx.text[phrase.end:]):
                continue  # 'NAME, the Minister's adviser': the post is someone else's
            if self._translation(match):
                continue
            if match.plural:
                out.extend(posts.listed_after(self, phrase) or posts.listed_below(self, phrase)
                           or posts.appointed_before(self, phrase))
                out.extend(posts.heads_of_listed(self, match))
                one = self._one_of(phrase)
                if one is not None:
                    out.append((one, phrase))
                continue
            # 'the Interim Director, Mr A, the Chair of the group, Mr B': A is the Director's
            phrase, person = self._name_before(phrase)
            if person is not None and person.start in claimed:
                person = None
            if person is None:
                # the complement may have swallowed the name: 'for Home Affairs Ylva Johansson'
                phrase, person = self._name_after(phrase)
                if person is not None:
                    claimed.add(person.start)
            if person is None:
                phrase, person = layout.name_cell_before(self, phrase)
            if person is None:
                person = layout.name_above(self, phrase)
                if person is not None and phrase.organisation is None:
                    phrase = layout.body_below(self, phrase)
            if person is None:
                person = layout.name_below(self, phrase)
            if person is None:
                phrase, person = layout.label_line(self, phrase)
            if person is not None:
                out.append((person, phrase))
            elif "|" in ctx.text[phrase.end:phrase.end + 200]:
                out.extend(layout.names_in_column(self, phrase))
        out += posts.board_chairs(self) + posts.who_heads(self) + posts.unit_heads(self) + respectively(self)
        out += posts.led_bodies(self, out)
        out += posts.representatives(self, out)
        out += posts.predecessors(self, out)
        out += posts.successors(self, out)
        out += layout.group_members(self, out)
        return [(posts.surname_in_full(self, person), phrase)
                for person, phrase in posts.full_names(out + posts.deputies(self, out))]

    def _translation(self, match: Match) -> bool:
        """A post in brackets right after another post is the same post in another language
        ('Minister of Justice (Minister Sprawiedliwości)'): the words after it are no name."""
        text = self.ctx.text
        paren = text.rfind("(", max(0, match.start - 3), match.start)
        if paren < 0 or text[paren + 1:match.start].strip():
            return False
        before = self.ctx.matches_in(max(0, paren - 120), paren, {"role"})
        return bool(before) and not text[self.role_phrase(before[-1]).end:paren].strip()

    def role_named(self, label: str) -> str | None:
        """The reference role a label names ('Chair of the Management Board', 'Head')."""
        found = [m for m in self.ctx.gaz.find(label, {"role"}) if m.start == 0]
        return max(found, key=lambda m: m.end).entity if found else None

    def _name_before(self, phrase: RolePhrase) -> tuple[RolePhrase, PersonMention | None]:
        text = self.ctx.text
        line_start = text.rfind("\n", 0, phrase.start) + 1
        if phrase.start - line_start > BEFORE_WINDOW:  # a name, its title and 'appointed ... as' fit in it
            line_start = text.find(" ", phrase.start - BEFORE_WINDOW) + 1
        found = name_before(text[line_start:phrase.start])
        if not found:
            return phrase, None
        phrasing, before = found
        s = line_start + before.start(1)
        e = s + len(before.group(1))
        # a nearer post between them takes the name: 'NAME (EPP, NL), MEP rapporteur'; right before its
        # post's comma, a name may open with a city's name ('Sofia Lindgren, Data Protection Officer')
        apposed = re.fullmatch(r"\s*,\s*", text[e:phrase.start]) is not None
        if re.search(r"\b(?:de|la|del|du|des|der|van|von|di|da)[ \t]+$", text[line_start:s]):
            return phrase, None  # a name's start after a particle is mid-phrase: 'Jefe de la Unidad de Formación ... (Head of
        if not self.is_name(before.group(1), s, city_first_ok=apposed) or (
                phrasing == 1 and self.ctx.matches_in(e, phrase.start, {"role"})):
            return phrase, None
        if phrasing in (2, 9) and phrase.organisation is None:
            phrase = self._appointing_body(phrase, line_start + before.start())
        if phrasing == 5 and phrase.organisation is None:  # 'NAME spoke for EASO as its ROLE'
            agencies = {m.entity for m in self.ctx.matches_in(e, phrase.start, {"agency"})}
            if len(agencies) == 1:
                phrase = RolePhrase(phrase.start, phrase.end, phrase.role, agencies.pop(), phrase.wording)
        return phrase, PersonMention(s, e, before.group(1))

    def _one_of(self, phrase: RolePhrase) -> PersonMention | None:
        """'NAME, one of the two Deputy Executive Directors of Frontex': one who holds the post."""
        text = self.ctx.text
        line_start = max(text.rfind("\n", 0, phrase.start) + 1, phrase.start - BEFORE_WINDOW)
        m = ONE_OF.search(text, line_start, phrase.start) if text.find("one", line_start, phrase.start) >= 0 else None
        if not m or not self.is_name(m.group(1), m.start(1)):
            return None
        return PersonMention(m.start(1), m.end(1), m.group(1))

    def _name_after(self, phrase: RolePhrase) -> tuple[RolePhrase, PersonMention | None]:
        text = self.ctx.text
        line_end = text.find("\n", phrase.end)
        line_end = len(text) if line_end < 0 else line_end
        m = NAME_AFTER.match(text[phrase.end:line_end])
        if not m and text[phrase.start].isupper():
            m = NAME_IS.match(text[phrase.end:line_end])
        if m and text.startswith(":", phrase.end) and self.ctx.matches_in(phrase.end + m.end(), line_end, {"role"}):
            m = None  # 'President: Mr X, Minister of the Interior': the post the name's own apposition gives
        if m:
            s = phrase.end + m.start(1)
            name = self._trim_name(m.group(1))
            if self.is_name(name, s, city_first_ok=True):
                return phrase, PersonMention(s, s + len(name), name)
        # a surname alone after a post that opens with a capital: the one full name the page gives that
        # ends with it ('Fabrice Leitner ...' then 'Executive Director Leitner said', 'Commissioner Brunner')
        alone = re.match(rf"[ \t]+({WORD})(?![\w'’-]|[ \t]+{UPPER_LETTER})", text[phrase.end:line_end]) \
            if text[phrase.start].isupper() and not m else None
        if alone:
            s = phrase.end + alone.start(1)
            full = posts.surname_in_full(self, PersonMention(s, s + len(alone.group(1)), alone.group(1)))
            if full.name != alone.group(1):
                return phrase, full
        # a name whose particle ended the complement: 'Commissioner for Justice, Consumers and Gender Equality
        # Anneke ter Horst'
        words = list(re.finditer(r"\S+", text[phrase.start:phrase.end]))
        if len(words) > 2 and re.match(rf"(?:[ \t]+{PARTICLE})+[ \t]+{UPPER_LETTER}", text[phrase.end:]):
            s = phrase.start + words[-1].start()
            m = re.match(FULLNAME, text[s:s + 80])
            if m and s + m.end() > phrase.end and self.is_name(m.group(), s):
                return RolePhrase(phrase.start, phrase.start + words[-2].end(), phrase.role, phrase.organisation), \
                    PersonMention(s, s + m.end(), m.group())
        # peel a trailing name off the complement; after 'the', only a name that follows a
        # body the reference data knows ('President of the European Commission Ursula von der
        # Leyen', not 'Head of the Internal Audit Capability')
        definite = re.search(r"\b(?:of|for|on|at)[ \t]+the\b", text[phrase.start:phrase.end])
        for k in (2, 3):
            if len(words) > k + 1:
                s = phrase.start + words[-k].start()
                name = text[s:phrase.end]
                after_body = words[-k - 1].group(0).lower() in BODY_END or any(
                    m.end == phrase.start + words[-k - 1].end()
                    for m in self.ctx.matches_in(phrase.start, s, {"agency", "organisation", "country"}))
                if definite and definite.start() < words[-k].start() and not after_body:
                    continue
                if re.fullmatch(FULLNAME, name) and self.is_name(name, s):
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
        m = _PERSON_AT.match(text)
        if not m:
            return None
        name = m.group(1)
        s = start + m.start(1)
        for person, _ in self.roles:
            if person.name == name or name.startswith(person.name):
                return PersonMention(s, s + len(person.name), person.name)
        # a surname, or surnames, alone: the one known full name that ends with them ('Mr Aagaard Sørensen'; with
        # two such names, neither)
        ending = {p.name for p, _ in self.roles if p.name.endswith(" " + name)} if " " in name else set()
        full = self.by_surname.get(name) or (ending.pop() if len(ending) == 1 else None)
        if full:
            return PersonMention(s, s + len(name), full)
        return None

    def named_at(self, start: int, end: int) -> PersonMention | None:
        """A full name at the start of text[start:end], as written, that the text need not give a post
        ('chaired by Anna Berg')."""
        m = _NAMED_AT.match(self.ctx.text[start:end])
        if m and " " in m.group(1) and self.is_name(m.group(1), start + m.start(1)):
            return PersonMention(start + m.start(1), start + m.end(1), m.group(1))
        return None
