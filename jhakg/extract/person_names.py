"""What a person's name looks like in a release, and the words around it: letters with
their accents, initials, particles, names in capitals, forms of address ('Dr h.c. Mag.'),
post-nominals; the phrasings that tie a name to a post ('NAME, ROLE', 'ROLE NAME',
'chaired by NAME', 'NAME, who heads ...'); the words that are never a name; and the records of a
name found (PersonMention) and of the post phrase beside it (RolePhrase)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..regexes import compiled


def _letters(test) -> str:
    """The letters of the Latin scripts the EU's languages use (up to U+024F) that pass ``test``,
    written as ranges for a character class (a class of 222 single letters is slow to compile)."""
    points = [code for code in range(0x41, 0x250) if test(chr(code)) and chr(code).isalpha()]
    runs: list[list[int]] = []
    for code in points:
        if runs and runs[-1][1] == code - 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return "".join(chr(a) if a == b else f"{chr(a)}{chr(b)}" if b == a + 1 else f"{chr(a)}-{chr(b)}" for a, b in runs)


# Latin letters with their accents (Božinović, Hojs, Jourová), as character classes
_UP = _letters(str.isupper)
_LO = _letters(str.islower)
WORD = rf"(?:Mc|Mac|Fitz)?[{_UP}](?:['’][{_UP}])?[{_LO}]+(?:[-’'](?!s(?![{_LO}]))[{_UP}]?[{_LO}]+)*"  # (not a possessive's 's)
UPPER_LETTER = rf"[{_UP}]"  # a capital letter of the Latin scripts the EU's languages use
_UPPER = rf"[{_UP}](?:['’][{_UP}])?[{_UP}]+(?:[-'’][{_UP}]{{2,}})?"  # ('ZIELIŃSKI-GROT', "DELL'ORTO", "O'BRIEN")
# between a name's words, one space: two or more, or a tab, part a table's columns ('Ján MRÁZIK        ECR - Slovakia')
_SP = r"[ ](?![ \t])"
_INITIALS = rf"(?:[{_UP}]\.[ \t]?)+"  # 'J.Alberto Ramirez', 'D. Avramopoulos'
# 'Terrón i Cusí', 'Carvalho e Silva', 'Ó Dálaigh', Dutch 'in 't' and 'ten'
PARTICLE = r"(?i:de|van|von|der|den|da|di|du|le|la|del|della|dos|das|ter|ten|af|zu|i|y|e|ó|ní|nic|['’]t|in(?=[ \t]+['’]t\b))"
# letters after a name that are not part of it: 'Alan Shatter TD', 'Jan Berg MEP'
_POSTNOMINAL = r"(?:TD|MP|MEP|MdB|QC|KC|OBE|CBE|MBE|PhD)"
# right after a form of address ('Mr', 'Ms.', 'Mrs', 'Dr'), where a surname alone is a name
SURNAME_TITLES = ("Mr", "Ms", "Mrs", "Dr")
_TITLED = "(?<=[rs.][ \t])(?:" + "|".join(rf"(?<=\b{t}{dot}[ \t])" for t in SURNAME_TITLES for dot in ("", r"\.")) + ")"
# the same form of address, at the end of the text before a name
TITLE_BEFORE = compiled(rf"\b(?:{'|'.join(SURNAME_TITLES)})\.?[ \t]$")
# ('By NAME, ROLE' under a headline: a byline's 'By' is no first name; nor is a day opening the sentence: 'Today NAME
# takes office as', 'On Monday NAME')
_NOT_FIRST = r"(?:By|Today|Tomorrow|Yesterday|Tonight|On|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
FULLNAME = (rf"(?!{_NOT_FIRST}[ \t])(?:(?:(?<![\w.]){_INITIALS})?{WORD}(?:{_SP}[{_UP}]\.)?"  # 'Robert K. Visser'
            rf"(?:{_SP}(?:{PARTICLE}{_SP})*(?:(?:d['’])?{WORD}|(?!{_POSTNOMINAL}\b){_UPPER})){{1,4}}"  # ("de La Tour d'Auvergne")
            rf"|(?<![\w.]){_INITIALS}{WORD}"  # initials and a surname: 'J. M. Moreira'
            rf"|(?<![\w-]){_UPPER}(?:{_SP}(?:{PARTICLE}{_SP})*{_UPPER}){{1,3}}(?![\w-])"  # in capitals: 'ANNA DE VRIES'
            rf"|{_TITLED}(?:{WORD}|{_UPPER})(?![\w-]|[ \t]+[{_UP}]))")  # a surname after a form of address: 'Ms Malmström'
# a form of address before a name: 'Mr', 'Ms.', 'Dr. h. c.', 'Mag.', 'Professor', and the ranks some
# services address their officers by ('Prefect', 'Comisario', 'Commissaire')
# ('Prefetto', 'Col.', 'Brigadier', 'Gen.'), some of two words ('Brigadier General', 'Chief Superintendent', 'Comisario Principal',
# 'Commissaire divisionnaire', 'Brig. Gen.'); forms may follow each other ('Dr h.c. Mag.', 'Prof. Dr', 'Prefetto Dr')
_RANK = (r"(?:Brigadier|Major|Lieutenant)[ \t]+(?:General|Colonel)|Brig\.[ \t]*Gen|Lt\.?[ \t]*Col|Maj\.?[ \t]*Gen|Brigadier|"
         r"Gen(?=\.)|"  # ('Brigadier Dr NAME', 'Gen. NAME': a general's rank abbreviated only with its stop)
         r"(?:Detective[ \t]+)?(?:Chief[ \t]+)?(?:Superintendent|Inspector)|Colonel|Questore|Vice[ \t]+Questore|"
         r"Comisario(?:[ \t]+(?:Principal|General))?|Commissario(?:[ \t]+Capo)?|Commissaire(?:[ \t]+divisionnaire)?|"
         r"(?:Hoofd)?[Cc]ommissaris|"  # (Dutch and Flemish police)
         r"(?:Ober|Leitende[rn]?[ \t]+Ober)?[Ss]taatsanw(?:alt|ältin)")  # (German prosecutors: 'Oberstaatsanwalt NAME')
# (a letter's or a speech's salutation before the form of address: 'Dear Ms NAME, Executive Director of Frontex,')
TITLE = (r"(?:(?:Dear[ \t]+)?(?:(?:Mr|Mrs|Ms|Miss|Mme|Mlle|Herr|Frau|Dr|Prof|Professor|Mag|Sir|Dame|Judge|Prefect|Prefetto|" + _RANK + "|"
         r"Col)\.?[ \t]+(?:h\.[ \t]?c\.[ \t]+)?"
         # (a service's letters after a rank: 'Lt. Col. SG NAME', 'Maj. Gen. SG NAME')
         r"(?:(?<=\.[ \t])[A-Z]{2,3}[ \t]+(?=[A-Z][a-z]))?){1,3})")
# what may stand between a name and its post: 'the newly appointed', 'the most senior', 'the two'
_MODIFIERS = (r"(?:(?:newly|recently|most|then|also|current|currently|former|outgoing|incoming|acting|interim|new|until[ \t]+now|"
              r"next|first|senior|designated|appointed|elected|re-elected|future|previous|two|three|four)[ \t]+){0,3}")
_CAPITALISED = r"(?:[A-Z][\w’'.&-]*[ \t]+){0,3}"  # 'German Federal Government', 'CEPOL'
# taking up a post: 'took office as', 'has taken up her duties as', 'had led the agency as', 'took
# over as', 'succeeded Mr X as'; holding one: 'who now holds the title of'
_TOOK_UP = (r"(?:(?:has[ \t]+|had[ \t]+)?(?:took|taken|takes|take)[ \t]+(?:over(?:[ \t]+from(?:[ \t]+[\w'’.-]+){1,6}?)?|(?:up[ \t]+)?(?:office|(?:his|her|their)[ \t]+"
            # (and when: 'took up her duties today as')
            r"(?:duties|post|functions))(?:[ \t]+(?:today|yesterday|on[ \t]+(?:[A-Z]\w+[ \t]+)?\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z]\w+(?:[ \t]+\d{4})?"
            r"|on[ \t]+[A-Z]\w+))?)|(?:has[ \t]+|had[ \t]+)?(?:led|leads|headed|heads|served|serves|acted|acts|succeeded|succeeds|replaced|replaces)"
            r"(?:[ \t]+[\w'’.-]+){0,6}?"
            # ('joined as', 'has joined the agency as', 'joined Europol as'; not 'joined Europol in 2005 as': a post held then)
            r"|(?:has[ \t]+|had[ \t]+)?(?:joined|joins)(?:[ \t]+(?:the[ \t]+)?(?:agency|[A-Z][\w-]+))?)[ \t]+as")
_HOLDS = r"(?:now[ \t]+|currently[ \t]+|also[ \t]+)?holds[ \t]+the[ \t]+(?:title|post|position|office|function)[ \t]+of"
_TOOK_POST = r"(?:took|taken|takes|take)[ \t]+up[ \t]+the[ \t]+(?:post|position|office|function)[ \t]+of"  # 'has taken up the post of'
_APPOINTED = (r"(?:(?:re-?)?(?:appointed|appoints|appoint|named|names|elected|elects|nominated|nominates)"
              r"|(?:chose|chosen|chooses|selected|selects)"  # 'the Board chose NAME as Vice-Chair'
              r"|(?:appointment|election|nomination)[ \t]+of)")  # 'took note of the appointment of NAME as'
# being there in a post: 'NAME spoke for EASO as its ROLE', 'NAME attended as ROLE'
# (or with the verb left out in a list after it: '..., NAME for the EMCDDA as its Director')
_FOR_BODY = r"(?:for|on[ \t]+behalf[ \t]+of)[ \t]+(?:the[ \t]+)?[\w'’-]+"
_PRESENT = rf"(?:(?:spoke|attended|participated|took[ \t]+part|was[ \t]+present)(?:[ \t]+{_FOR_BODY})?|{_FOR_BODY})"
# a name and the post after it:
#   'NAME, ROLE'  'NAME - ROLE'  'NAME (EPP, ES), ROLE'  'NAME, who is the ROLE'  'Ms NAME, the newly appointed German ROLE'
#   'NAME, the agency's ROLE'  'NAME, a ROLE of AGENCY'  'NAME, who took over as ROLE'  'NAME, who now holds the title of ROLE'  'NAME (ROLE)'
#   'appointed (also) NAME [, the member from X,] [(Country)] as the agency's new ROLE'
#   'NAME was appointed new Frontex ROLE'   'NAME as the most senior ROLE'
# a degree after a name and its comma: 'NAME, LL.M., ROLE'
_DEGREE = r"[ \t]*,[ \t]*(?:LL\.[ \t]?[MB]|Ph\.[ \t]?D|M\.[ \t]?Sc|M\.[ \t]?A|MBA)\.?(?=[ \t]*,)"
# an aside between a name and its verb: 'NAME, an Austrian lawyer, has headed ... as', 'NAME, who joined X in 2010,'
_ASIDE = r"(?:[ \t]*,[^,\n]{1,60},)?"
_COPULA = (r"(?:is|was|has[ \t]+been|had[ \t]+been|will[ \t]+be|becomes|became|remains|remained|will[ \t]+remain)"
           r"(?:[ \t]+(?:now|also|currently|still))?")
# Each begins with a capital (a form of address, a name) or with the verb of appointing: a lookahead
# says so first, which spares the engine the five alternatives at every other character.
_NAME_BEFORE_ALTERNATIVES = (
    rf"{TITLE}?({FULLNAME})(?:[ \t]*\([^()\n]{{1,40}}\)|{_DEGREE})?(?:[ \t]*,|[ \t]+[-–—]|[ \t]*\()[ \t]*(?:(?:the|an?|our)[ \t]+(?:[\w-]+['’]s[ \t]+)?|[A-Z][\w-]*['’]s[ \t]+(?=[a-z])|who[ \t]+(?:(?:is|was|has[ \t]+been|"
    rf"had[ \t]+been|will[ \t]+be|becomes|became)|{_TOOK_UP}|{_HOLDS})[ \t]+(?:the[ \t]+)?|whose[ \t]+(?:term|mandate|tenure)[ \t]+as[ \t]+"
    rf"(?:the[ \t]+)?)?{_MODIFIERS}{_CAPITALISED}$",
    rf"\b{_APPOINTED}(?:[ \t]+also)?[ \t]+{TITLE}?({FULLNAME})(?:[ \t]*,[^,\n]{{1,60}},|[ \t]*\([^()\n]{{1,40}}\))?[ \t]+as[ \t]+"
    rf"(?:(?:the|its|their)[ \t]+)?(?:(?:[\w-]+['’]s)[ \t]+)?{_MODIFIERS}{_CAPITALISED}$",
    rf"{TITLE}?({FULLNAME})(?:[ \t]*\([^()\n]{{1,40}}\))?[ \t]+(?:was|is|has[ \t]+been|had[ \t]+been|will[ \t]+be)[ \t]+{_APPOINTED}"
    rf"(?:[ \t]+as)?[ \t]+(?:(?:the|its|their)[ \t]+)?{_MODIFIERS}{_CAPITALISED}$",
    # ('NAME, as CEPOL's Executive Director, ...': a comma before 'as' only before the body's possessive)
    rf"{TITLE}?({FULLNAME})(?:[ \t]+as[ \t]+(?:the|its|their)|[ \t]*,?[ \t]+as[ \t]+[\w-]+['’]s)[ \t]+{_MODIFIERS}{_CAPITALISED}$",
    rf"{TITLE}?({FULLNAME})[ \t]+{_PRESENT}[ \t]+as[ \t]+(?:(?:the|its|their)[ \t]+)?{_MODIFIERS}{_CAPITALISED}$",
    rf"{TITLE}?({FULLNAME}){_ASIDE}[ \t]+(?:(?:has|have|had)[ \t]+|(?:today|now)[ \t]+)?{_TOOK_UP}[ \t]+(?:(?:the|its|their)[ \t]+)?"
    rf"(?:[\w-]+['’]s[ \t]+)?{_MODIFIERS}{_CAPITALISED}$",
    # the post after a copula: 'NAME is the ROLE', 'NAME, who joined X in 2010, has been ROLE', 'NAME became ROLE'
    # (or after taking up the post: 'NAME has taken up the post of ROLE')
    rf"{TITLE}?({FULLNAME}){_ASIDE}[ \t]+(?:{_COPULA}|(?:(?:has|had)[ \t]+)?{_TOOK_POST})[ \t]+"
    rf"(?:(?:the|an?|its|their)[ \t]+)?(?:[\w-]+['’]s[ \t]+)?{_MODIFIERS}{_CAPITALISED}$",
    # 'as ROLE' without an article, after a comma, a colon or 'with' (not 'took over from NAME as ROLE', whose post
    # NAME held): '..., NAME for the EMCDDA as its Director, NAME as Director of FRA and ...'
    # (or opening its sentence, a comma after the name: 'NAME, as Executive Director of CEPOL, will host')
    rf"(?:(?<=[,;:][ \t])|(?<=\bwith[ \t])|^|(?<=[.!?][ \t])){TITLE}?({FULLNAME})[ \t]*,?[ \t]+as[ \t]+{_MODIFIERS}{_CAPITALISED}$",
    # the second of two appointed, each to a post: 'elected Ms A (Poland) as its new Chair and Mr B (Spain) as Deputy Chair'
    rf"\b{_APPOINTED}[ \t]+{TITLE}?(?:{FULLNAME})(?:[ \t]*\([^()\n]{{1,40}}\))?[ \t]+as[ \t]+[^,;.()\n]{{1,60}}?[ \t]+and[ \t]+"
    rf"{TITLE}?({FULLNAME})(?:[ \t]*\([^()\n]{{1,40}}\))?[ \t]+as[ \t]+(?:(?:the|its|their)[ \t]+)?{_MODIFIERS}{_CAPITALISED}$",
)
_APPOINTING = r"\b(?:re-?)?(?:appoint|name|elect|nominat|cho(?:se|os)|select)"


@cache
def name_before_pattern() -> re.Pattern[str]:
    """The alternatives as one pattern, which ``name_before`` answers for (compiled only when asked
    for, by the tests that check that: it is the largest pattern of all, slow to compile)."""
    return compiled(rf"(?=[{_UP}]|{_APPOINTING})(?:" + "|".join(_NAME_BEFORE_ALTERNATIVES) + ")")


# the same alternatives one by one, each with the words its every match holds ('as' in ' as '): a
# stretch of text without them is spared the alternative (the one pattern tries them all at every capital)
_AS = ("as",)
_APPOINTING_WORDS = ("appoint", "name", "elect", "nominat", "chose", "choos")
_NAME_BEFORE_PARTS = tuple(
    (compiled((rf"(?={_APPOINTING})" if number in (2, 9) else rf"(?=[{_UP}])") + pattern), words)
    for number, (pattern, words) in enumerate(zip(_NAME_BEFORE_ALTERNATIVES, (
        (), (_APPOINTING_WORDS, _AS), (_APPOINTING_WORDS,), (_AS,),
        (("spoke", "attended", "participated", "took", "present", "for", "behalf"), _AS),
        (("took", "tak", "led", "lead", "head", "serv", "act", "succeed", "replace", "join"), _AS),
        (("is", "was", "been", "be", "became", "remain", "took", "tak"),), (_AS,), (_APPOINTING_WORDS, _AS, ("and",))), strict=True),
        start=1))


def name_before(text: str) -> tuple[int, re.Match[str]] | None:
    """``name_before_pattern().search(text)`` as (the number of the alternative that matched, its match,
    whose group 1 is the name): the leftmost match, the first alternative where several begin
    at one place, as the one pattern finds it, but each alternative tried only where the
    text holds its words."""
    best: tuple[int, int, re.Match[str]] | None = None
    for number, (pattern, words) in enumerate(_NAME_BEFORE_PARTS, start=1):
        if not all(any(w in text for w in group) for group in words):
            continue
        m = pattern.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), number, m)
    return (best[1], best[2]) if best else None


# the name after the post, maybe after the body's acronym ('Director of the European Union Agency
# for Fundamental Rights, FRA, NAME') or a bracket ('Representative of the Romanian Presidency (January-June
# 2019), NAME'), or after a colon ('Spokesperson: NAME')
BEFORE_WINDOW = 240
# ('… Office (EASO), NAME'; 'Ambassador of Ireland to the Netherlands, NAME'; 'Vice-President of the Commission
# responsible for justice, NAME')
NAME_AFTER = compiled(rf"^(?:,[ \t]*\(?[A-Z][A-Za-z-]{{1,10}}\)?(?=,)|[ \t]*\([^()\n]{{1,40}}\)(?=,)"
                        rf"|[ \t]+to[ \t]+(?:the[ \t]+)?[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){{0,2}}(?=,)"
                        rf"|[ \t]+(?:responsible|in[ \t]+charge)[ \t]+(?:for|of)[ \t]+[a-z][\w -]{{1,40}}?(?=,))?"
                        # (or the next cell: 'President: | NAME'; or after dot leaders or a spaced dash, as a directory
                        # prints it: 'Head of Legal Affairs (acting) ...... NAME', 'Head of Public Health Unit - Dr NAME')
                        # (a table's post cell may end with a note in brackets or a place after a comma: 'Head of the
                        # Security Unit (interim) | NAME', 'Head of the Operational Site, Strasbourg | NAME')
                        rf"(?:[,:]?[ \t]+|(?:[ \t]*\([^()\n]{{1,40}}\)|,[ \t]*[A-Z][^|\n,()]{{1,30}}?)?[,:]?[ \t]*\|[ \t]*"
                        rf"|[ \t]*(?:\([^()\n]{{1,40}}\)[ \t]*)?(?:\.{{3,}}|…+|(?<=[ \t])[-–—](?=[ \t]))[ \t]*)"
                        rf"{TITLE}?({FULLNAME})(?![\w-])")
# a post named as a title, 'is' and the name: 'Its Deputy Executive Director is Mr NAME' (not 'the chair was NAME':
# who chaired a meeting)
NAME_IS = compiled(rf"^[ \t]+(?:is|was)[ \t]+{TITLE}?({FULLNAME})(?![\w-])")
# a name before a post in the plural: 'NAME, one of the two Deputy Executive Directors', 'NAME (S&D, DE),
# one of Parliament's two rapporteurs'
ONE_OF = compiled(rf"{TITLE}?({FULLNAME})(?:[ \t]*\([^()\n]{{1,40}}\))?[ \t]*,[ \t]+one[ \t]+of[ \t]+"
                    rf"(?:the[ \t]+|[\w-]+['’]s[ \t]+)(?:(?:two|three|four|five|six|several)[ \t]+)?{_CAPITALISED}$")
# names listed after a post in the plural: 'the two Vice-Presidents, Ms A and Mr B',
# 'Members of the team attended, including A, B and C'
_ONE = rf"{TITLE}?{FULLNAME}"
# (each name may say whose post it is: 'both directors, Mr A of Europol and Mr B of CEPOL', or where
# its holder comes from: 'the two Vice-Presidents, A (Portugal) and B (Czechia)')
_OF_BODY = r"[ \t]+of[ \t]+(?:the[ \t]+)?(?P<of>[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,3})"
_ONE_OF_BODY = rf"{_ONE}(?:{_OF_BODY.replace('?P<of>', '?:')}|[ \t]*\([^()\n]{{1,40}}\))?"  # or '(Portugal)' after it
# (or after a colon, set apart by semicolons, each maybe after its group: 'Shadow rapporteurs: A (S&D, PT); B (ECR,
# PL)', '...: S&D - A (PT); Greens/EFA - B (DK)')
_GROUPED = rf"(?:[A-Z][\w&/-]*[ \t]+[–-][ \t]+)?{_ONE_OF_BODY}"
NAME_LIST = compiled(rf"^(?:[ \t]+[a-z]\w*)?[ \t]*,?[ \t]+(?:(?:including|namely)[ \t]+)?"
                        rf"(?P<list>{_ONE_OF_BODY}(?:[ \t]*,[ \t]*{_ONE_OF_BODY})*,?[ \t]+and[ \t]+{_ONE_OF_BODY})(?![\w-])"
                        rf"|^[ \t]*:[ \t]*(?P<semi>{_GROUPED}(?:[ \t]*;[ \t]*{_GROUPED})+)[ \t]*;?[ \t]*$")
# names listed before the post in the plural they are appointed to: 'elected A and B as Vice-Chairs', 'A, B and C
# were appointed as the new Deputy Executive Directors'
_LISTED = rf"{_ONE_OF_BODY}(?:[ \t]*,[ \t]*{_ONE_OF_BODY})*,?[ \t]+and[ \t]+{_ONE_OF_BODY}"
APPOINTED_LIST = compiled(rf"(?:\b{_APPOINTED}(?:[ \t]+also)?[ \t]+(?P<list>{_LISTED})[ \t]+as|(?P<passive>{_LISTED})[ \t]+"
                            rf"(?:were|have[ \t]+been|had[ \t]+been|will[ \t]+be)[ \t]+(?:re-?)?(?:appointed|named|elected|"
                            rf"nominated|chosen|selected)(?:[ \t]+as)?)[ \t]+(?:(?:the|its|their)[ \t]+)?(?:(?:new|two|three)[ \t]+)*$")
APPOINTED_LIST_WORDS = _APPOINTING_WORDS  # the words one of which each of its matches holds ("selected": "elect")
LISTED_ONE = compiled(rf"{TITLE}?({FULLNAME})(?:{_OF_BODY})?")
# a name on a line of its own over its post on the next ('Alfredo PÉREZ RUBALCABA' / 'Minister for the
# Interior'); a word may be glued before it ('PresidentMr Francisco ...')
NAME_LINE = compiled(rf"(?:^|(?<=[{_LO}])){TITLE}?({FULLNAME})[ \t]*$")
# a board said to be chaired by someone: 'The Management Board of eu-LISA, chaired by Dr A', 'The
# Board is chaired by B (Spain)', 'The Board meeting was chaired by C', 'the LIBE Committee, chaired by D'
CHAIRED_BOARD = compiled(
    # (or a panel: 'the selection panel, chaired by F')
    rf"(?=[MGEABCSsPp])\b(?P<board>(?:(?:Management|Governing|Executive|Administrative)[ \t]+)?Board|Committee|"
    rf"(?:[Ss]election[ \t]+)?[Pp]anel)"
    rf"(?:[ \t]+of[ \t]+(?:the[ \t]+)?[\w-]+)?(?:[ \t]+meeting)?"
    # (an aside may stand before the verb: 'The Management Board, made up of one member per State, is chaired by E')
    rf"(?:[ \t]*,[ \t]*|(?:[ \t]*,[^,;.\n]{{1,160}}?,)?[ \t]+(?:is|was|will[ \t]+be|has[ \t]+been|had[ \t]+been)[ \t]+)"
    rf"chaired[ \t]+by[ \t]+"
    rf"{TITLE}?(?P<name>{FULLNAME})(?![\w-])")
# a board's meeting and who chaired it, in one sentence: 'FRA's Management Board met on Monday in Vienna,
# under the chairmanship of Professor A', 'The Board met in Bucharest and was chaired by Mr B of Romania', 'The
# Governing Board met in Helsinki, with Ms C of Finland in the chair': the chair of that board
BOARD_MET_CHAIRED = compiled(
    rf"(?=[MGEABC])\b(?P<board>(?:(?:Management|Governing|Executive|Administrative)[ \t]+)?Board|Committee)"
    rf"(?P<of>[ \t]+of[ \t]+(?:the[ \t]+)?(?:[A-Z][\w-]*[ \t]+|(?:for|and|on)[ \t]+){{0,8}}?[A-Z][\w-]*)?"
    # (or its meeting to come: 'The Frontex Management Board will discuss X at its next meeting in Warsaw on ..., under')
    # ('held its first meeting of the year on ..., under the chairmanship of NAME')
    rf"(?:[ \t]*,[ \t]*which)?[ \t]+(?:met|meets|convened|gathered|will[ \t]+meet|held[ \t]+its[ \t]+(?:[\w-]+[ \t]+){{0,2}}?meeting|"
    rf"[^\n.;!?]{{0,80}}?[ \t]at[ \t]+its[ \t]+"
    rf"(?:next|last|first|latest|\w+[ \t]+ordinary|extraordinary)[ \t]+meeting)\b[^\n.;!?]{{0,200}}?[ \t,](?P<via>under[ \t]+the[ \t]+chair(?:manship)?[ \t]+of|"
    rf"(?:and[ \t]+)?(?:was[ \t]+)?chaired[ \t]+by|with)[ \t]+{TITLE}?(?P<name>{FULLNAME})(?![\w-])"
    rf"(?P<chair>(?:[ \t]+of[ \t]+[A-Z][\w-]*)?[ \t]+in[ \t]+the[ \t]+chair\b)?")
# 'NAME, who heads the European Asylum Support Office', '..., who leads the ETIAS Central Unit at Frontex',
# '..., who chairs FRA's Management Board'
# (this pattern and the one before open with a lookahead on their first character: tested first, it
# spares the engine the pattern at every other character of the text)
# ('..., who heads the agency's Markets, Crime and Supply unit': a unit's name may list words up to 'and')
_UNIT_WORDS = r"(?:[Uu]nit|[Dd]epartment|[Dd]ivision|[Ss]ector|[Cc]entre|[Oo]ffice|[Pp]rogramme|[Dd]irectorate)"
# (after a description of the person: 'NAME, the Austrian official who chairs')
# (or the verb right after the name: 'Ms NAME chairs the Management Board for six months')
# (or the body the person comes from after the name: 'NAME of the Grand Ducal Police, who chairs')
WHO_HEADS = compiled(rf"(?=[{_UP}]){TITLE}?(?P<name>{FULLNAME})(?:[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){{0,4}}"
                       rf"(?=[ \t]*,[ \t]+who\b))?(?:[ \t]*,[ \t]+(?:(?:the|an?)[ \t]+(?:[\w-]+[ \t]+){{0,3}}?"
                       rf"(?:official|lawyer|diplomat|judge|prosecutor|officer|expert|civil[ \t]+servant|police[ \t]+officer|"
                       rf"magistrate|economist|researcher|woman|man)[ \t]+)?who)?[ \t]+(?P<verb>heads|leads|directs|chairs)[ \t]+"
                        rf"(?P<what>[^,.;:()\n]{{3,90}}(?:(?:,[ \t]+[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)*)*,?[ \t]+and"
                        rf"(?:[ \t]+[A-Z][\w-]*)+[ \t]+{_UNIT_WORDS}\b)?)")
# a body led before or until now: 'NAME has led eu-LISA since 2018', 'NAME, who led this agency for six years',
# 'NAME, who had chaired the Board'
HAS_LED = compiled(rf"(?=[{_UP}]){TITLE}?(?P<name>{FULLNAME})(?:[ \t]*,[ \t]+who[ \t]+(?P<verb>(?:(?:has|had)[ \t]+)?"
                     rf"(?:led|headed|directed|chaired))|[ \t]+(?P<verb2>(?:has|had)[ \t]+(?:led|headed|directed|chaired)))"
                     rf"[ \t]+(?P<what>[^,.;:()\n]{{3,90}})")
# a unit said to be led by someone: 'eu-LISA's Operations Department, led by A', 'the Unit is headed by B'
LED_UNIT = compiled(
    rf"\b(?P<unit>Department|Unit|Centre|Office|Service|Sector|Division|Directorate|Secretariat|Programme)"
    rf"(?:[ \t]*,[ \t]*|[ \t]+(?:is|was|will[ \t]+be|has[ \t]+been)[ \t]+)(?:led|headed)[ \t]+by[ \t]+"
    rf"{TITLE}?(?P<name>{FULLNAME})(?![\w-])")
CHAIRED_BODY = compiled(r"\b(?:(?:Management|Governing|Executive|Administrative)[ \t]+)?Board\b|\bCommittee\b")
# a body named by what it is rather than by its name: 'this agency', 'the College'
BODY_BY_KIND = compiled(r"^(?:the|this|our|its)[ \t]+(?:[Aa]gency|College|Office|Institute|Centre|Authority)\b")
HEADED_UNIT = compiled(r"\b(?:Department|Unit|Centre|Center|Office|Service|Sector|Division|Directorate|Secretariat|Programme|"
                         r"unit|department|division)\b")
# lower-case words that end an organisation's name in a post ('member of the Spanish presidency team')
ORG_NOUNS = {"team", "unit", "department", "office", "service", "group", "board", "committee", "council",
              "ministry", "network", "centre", "center", "agency", "directorate", "division", "section",
              "police", "delegation", "secretariat", "presidency"}
# the nouns a body's name ends with: after one, a capitalised pair may be a person's name
# ('Commissioner for the Security Union Julian King'); after other words it is the body's
# name going on ('Head of the Internal Audit Capability')
BODY_END = ORG_NOUNS | {"union", "commission", "parliament", "court", "authority", "institute", "college",
                          "academy", "interior", "affairs", "justice", "security", "migration", "home",
                          # the last word of a ministry's portfolio ('of the Interior and Administration NAME', 'of the
                          # Interior, Building and Community NAME')
                          "administration", "community", "integration", "asylum", "citizenship", "equality"}
QUALIFIERS = {"incoming", "outgoing", "current", "former", "new", "national", "regional", "local", "federal",
               "interim", "acting",
               # a body's own kind of office: 'the EUAA operational office in Cyprus', 'the Europol liaison office'
               "operational", "liaison", "field", "support"}
CONNECTOR = {"the", "and", "of", "for", "&", "in", "on", "with", "at", "from", "our"}  # 'for Promoting our European Way of Life'
# a post not yet taken up: 'Director-designate', 'President-elect'
DESIGNATE = r"[ \t-](?:designate|elect)\b"
TITLES = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Professor", "Mag", "Sir", "Dame", "Lord", "Lady", "Judge",
           "Prefect", "Prefetto", "Comisario", "Commissario", "Commissaire", "Col", "Colonel", "Brigadier", "Gen",
           "Questore", "Superintendent", "Inspector"}
# words that start sentences or name things but never begin a person's name
NOT_NAME = {"The", "This", "That", "These", "Those", "On", "In", "At", "For", "From", "With",
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
             "Regulation", "Directive", "Pact", "Strategy", "Plan", "System", "Systems",
             "Institution", "Institutions", "Rights", "Organisation", "Organisations", "Organization",
             "Association", "Nations", "States", "Networks", "Centres", "Academy", "School",
             "Police", "Court", "Tribunal", "University",
             # what a city's name may go on with ('the Sofia Declaration', 'Vienna Airport')
             "Agreement", "Declaration", "Convention", "Process", "Summit", "Conference", "Airport", "Treaty",
             "Protocol", "Charter", "Statement", "Roadmap", "Initiative",
             # the words of ministers' portfolios ('Minister of Interior and Public Order NAME')
             "Order", "Public", "Security", "Safety", "Defence", "Integration", "Citizenship", "Administration",
             "Immigration", "Protection", "Equality", "Reform", "Consumer", "Consumers",
             # the words of units and departments ('Head of Communications and Stakeholder Relations')
             "Relation", "Communication", "Stakeholder", "Operation", "Resource", "Cooperation", "Governance",
             "Media", "Support", "Development", "Planning", "Policy", "Training", "Research", "Finance",
             "Procurement", "Compliance"}


@dataclass(frozen=True)
class RolePhrase:
    start: int
    end: int
    role: str  # role concept IRI
    organisation: str | None
    wording: str | None = None  # the post in words, where the text gives it only as a verb ('chaired by')


@dataclass(frozen=True)
class PersonMention:
    start: int
    end: int
    name: str
