"""The words of system operation: the verbs of running a system ('operates', 'manages',
'is in charge of', 'looks after'), taking it over or having it handed to an agency, the
phrasings that put the system first and the agency after it or the other way round, and the
words that refer back to systems ('the system', 'these systems', 'all four components')."""

from __future__ import annotations

from ..regexes import compiled

OPERATE_VERB = (r"(?:operat(?:es|ed|ing|e)|manag(?:es|ed|ing|e)|runs|ran|running|run|host(?:s|ed|ing)?|look(?:s|ed|ing)?\s+after|"
                # 'ensures the operational management of'
                # ('ensures the continuous, uninterrupted operation of')
                r"ensur(?:es|ed|ing|e)\s+(?:the\s+)?(?:[\w-]+,?\s+){0,3}?(?:management|operation|running)\s+of|"
                r"(?:(?:is|are|was|were|been|be)\s+(?:also\s+|now\s+|still\s+)?)?in\s+charge\s+of"
                # ('in charge of developing and running')
                r"(?:\s+(?:developing|building)\s+and\s+(?:running|operating|managing))?)")
# building a system and running it: 'develops and operates', 'is building and will operate'
# ('is completing and will operate', 'is preparing and will run', 'is building, and will host and operate,')
BUILDS_AND = r"(?:(?:develop|build|design|complet|finish|prepar|host)\w*,?\s+and\s+(?:(?:will|also|then|later|is|be)\s+)*)*"
# 'operated by', 'run centrally by', 'built, and will be operated, by'
# ('has been run since December 2012 by', 'since May by')
BY = compiled(r"(?i)\b(?:(?:operationally\s+)?(?:operated|managed|run|hosted|overseen|kept\s+(?:up\s+and\s+)?running|taken\s+over)(?:\s+(?:centrally|jointly|directly|a?round\s+the\s+clock|day\s+and\s+night|"
                 r"at\s+(?:the\s+)?(?:central|EU|European|Union)\s+level|in\s+(?-i:[A-Z])[\w-]+|"
                 r"(?:since|from)\s+(?:(?:\d{1,2}\s+)?(?:(?-i:[A-Z])[a-z]+\s+)?(?:19|20)\d\d|(?:\d{1,2}\s+)?(?-i:[A-Z])[a-z]+)))?,?\s+by|"
                 r"entrusted\s+to)\s*(?:the\s+)?"
                 # the agency described, then named: 'overseen by the new agency, AGENCY', 'managed by the EU agency
                 # AGENCY', 'operated by our partner agency AGENCY'
                 # (or by its seat: 'operated by the Tallinn-based agency AGENCY', 'run by the Tallinn-based IT agency AGENCY')
                 # ('run centrally by the EU's IT agency, AGENCY')
                 r"(?:(?:our|its)\s+)?(?:(?:new|EU(?:['’]s)?|European|Union(?:['’]s)?|partner|sister|IT|(?-i:[A-Z])[\w-]*-based)\s+)*"
                 r"(?:(?:agency|body)\s*,?\s*)?"
                 # or by its long name, then its acronym: 'managed by the Agency for the operational management of ... (eu-LISA)'
                 r"(?:(?-i:[A-Z])[^()\n.;]{10,160}?\s*\()?$")
# the system itself under the agency's management: 'SYS will remain under the operational management of the EU
# agency', 'the SYS system – now under the responsibility of', 'Both systems are the responsibility of'
# ('The central SYS system, which compares fingerprints, is in the hands of')
# (or a participle's: 'the central system, hosted in Strasbourg with a back-up site in Austria, has been in the hands of')
_WHICH_ASIDE = (r"(?:\s*,\s*(?:which|(?:hosted|housed|located|based|installed)(?=\s+(?:in|at)\s))\s+[^;.:]{1,160}?,"
                r"(?=\s+(?:has|have|is|are|was|were|will|remains?)\s))?")
# ('the new SYS has been running under the responsibility of')
UNDER = compiled(rf"(?i)^(?:\s+(?:system|database|platform))?{_WHICH_ASIDE}\s*[,–—-]?\s*(?:(?:will|would|is|are|was|were|has|have|been|be|"
                    r"remains?|remained|stays?|stayed|comes?|came|now|still|also|already|then|running|operating|operated)\s+)*(?:under\s+the\s+"
                    r"(?:(?:day-to-day|operational|technical)\s+)?(?:management|responsibility)|in\s+the\s+(?:safe\s+)?hands)\s+of(?:\s+the)?(?:\s+EU)?"
                    r"(?:\s+agency)?\s*$"
                    # 'the SYS system, which carries ..., has been the responsibility of'
                    rf"|^(?:\s+(?:systems?|databases?|platforms?))?{_WHICH_ASIDE}\s*(?:will\s+|(?:has|have)\s+(?:(?:now|also|long|always)\s+)?(?=been))?"
                    r"(?:is|are|be|been|was|were|remains?|remained)\s+"
                    r"(?:(?:now|still|also|already)\s+)*the\s+(?:(?:sole|day-to-day|operational|technical)\s+)?"
                    r"responsibility\s+of(?:\s+the)?(?:\s+EU)?(?:\s+agency)?\s*$")
# the system falling to the agency: 'SYS falls under' AGENCY 'responsibility'
FALLS_UNDER = compiled(r"(?i)^(?:\s+(?:system|database|platform))?\s+(?:(?:will|would|now|also|all|both)\s+)*"
                         r"(?:falls?|fell|fallen|comes?|came)\s+under\s+(?:the\s+)?$")
AGENCYS_REMIT = compiled(r"(?i)['’]s?\s+(?:(?:sole|operational|technical|day-to-day)\s+)?(?:responsibility|remit)\b")
# the handing over of a system to the agency: 'the planned handover of the SYS system to' (completed below)
_HANDOVER_OF = compiled(r"(?i)\b(?:(?:hand-?over|handing\s+over|transfer)\s+of|"
                         # 'handed over the (operational) management of SYS to', 'transferred its running to'
                         r"(?:hand(?:s|ed|ing)?\s+over|transferr?(?:s|ed|ing)?)\s+(?:the\s+)?"
                         r"(?:(?:day-to-day|operational|technical)\s+)?(?:management|operation|running)\s+of)\s+(?:the\s+)?")
# the system the subject of two predicates, the second saying who runs it: 'SYS has been developed
# by eu-LISA together with the Commission, and is now operated by'
AND_IS = compiled(r"(?i)^\s+(?:has\s+been|have\s+been|was|were|is|are)\s+[\w-]+\s+by\s+[^.;:]{1,100}?,?\s+and\s+"
                     r"(?:is|are|was|were|has\s+been|have\s+been)\s+(?:(?:now|currently|also|still)\s+)?"
                     r"(?:(?:operationally\s+)?(?:operated|managed|run|hosted))\s+by\s*$")
# the running of a system, as a noun: 'the (day-to-day | operational | technical) management of'
# (or the systems themselves: 'hosts the central systems of SYS, SYS and SYS')
# (or a part of them: 'manages the operational side of SYS, SYS and SYS', 'runs the central part of')
RUNNING = (r"(?:the\s+)?(?:(?:development|design|preparation|building)\s*,?\s+and\s+)?(?:[\w-]+\s+){0,2}?"
            r"(?:running|operation|management|hosting|systems?|sides?|parts?)\s+of\s+")
# systems not yet running: 'the management of the future SYS, SYS and SYS'
FUTURE = r"(?:(?:the\s+)?(?:future|new|planned)\s+)?"
# 'responsible for the day-to-day running of', 'responsible for its operational management'
# systems already listed: 'SIS, VIS and', 'all four components, together with'
# 'SIS, VIS and, since June, e-CODEX'; 'the EES and ETIAS once they are launched, as well as'
_WHEN_LIVE = (r"(?:\s+(?:once|when|as\s+soon\s+as|after)\s+(?:it|they|these|this|each)\s+(?:is|are|goes|go|becomes?|has\s+been|"
              r"have\s+been)\s+(?:launched|live|operational|ready|built|in\s+(?:place|operation)))")
# (an item may have its aside: 'the Entry/Exit System (EES), in operation since October 2025, and')
# (or a relative clause on it: 'the Schengen Information System, which was renewed in March, the VIS and')
# (or the date it has run it since, before the next: 'has operated SYS (SYS) since 9 May 2013 and SYS since ...')
# (or when it will be: 'take over SIS II, once it is operational, and Eurodac')
_SINCE_ASIDE = (r"(?:\s*,\s*(?:in\s+(?:operation|service|use)|live|operational)\s+(?:since|from)\s+[^,;.:()]{1,30}?(?=\s*,)"
                r"|\s*,\s*(?:once|when|as\s+soon\s+as)\s+(?:it|they)\s+(?:is|are|becomes?|goes|go|has\s+been|have\s+been)\s+"
                r"(?:operational|live|ready|launched|in\s+operation)(?=\s*,)"
                r"|\s+since\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d(?=\s+and\s)"
                r"|\s*,\s*which\s+(?![^,;.:()]*\bSYS\b)[^,;.:()]{1,80}?(?=\s*,))?")  # (not one naming systems)
SYS_LIST = (r"(?:(?:the\s+)?(?:(?:second[\s-]generation|new|central|future|upgraded|renewed|recast)\s+)?SYS(?:\s*\([^)]*\))?"
            + _SINCE_ASIDE + r"\s*(?:,\s*|and(?:\s*,\s*(?:[\w-]+\s+){0,5}?[\w-]+\s*,)?\s+(?:of\s+|for\s+)?|"
            r",\s*and\s+|"
            rf",?\s*(?:together|along)\s+with\s+|{_WHEN_LIVE}?,?\s*as\s+well\s+as\s+(?:of\s+|for\s+)?))*")
# the systems singled out of a kind: 'the databases that eu-LISA runs, above all SIS and VIS'
SINGLED_OUT = r"(?:above\s+all|in\s+particular|notably|namely|including|such\s+as|especially|mainly|chiefly)\s+"
# a system, the subject, handed over to an agency: 'SIS II, which is in its final test phase, will be handed over to'
# ('The second generation Schengen Information System (SIS II) will be handed over to')
HANDED_OVER_TO = compiled(r"(?i)^(?:\s*\([^()]*\)|\))?\s+(?:will\s+be|was|is|has\s+been|are|were|have\s+been)\s+handed\s+over\s+to\s+(?:the\s+)?$")
# the system right before a semicolon, then 'it' running by an agency: 'the system; it is kept running by'
# (the system the subject of the clause before it: 'SYS is the most used database ...; it has been operated by
# the Tallinn-based agency AGENCY')
IT_AFTER_SEMICOLON = compiled(r"(?i)^(?:\s+(?:is|was|remains)\s+[^;.:]{1,120}?)?\s*;\s*it\s+(?:is|was|will\s+be|has\s+been)\s+"
                                r"(?:(?:also|now|still)\s+)?(?:kept\s+running|managed|operated|run|hosted)\s+by\s+(?:the\s+)?"
                                r"(?:(?:(?-i:[A-Z])[\w-]*-based|EU)\s+)*(?:agency\s+)?$")
# the agency's responsibility, then the systems after a colon: "fall under eu-LISA's responsibility: the SYS, ..."
REMIT_COLON = compiled(rf"(?i)^['’]s?\s+(?:(?:sole|operational|technical|day-to-day)\s+)?(?:responsibility|remit)\s*:\s*"
                         rf"{SYS_LIST}(?:the\s+)?(?:[\w-]+\s+)?$")
# the agency running 'it', the one system the sentence names before: '...; eu-LISA builds it and will run it',
# 'put in place by the Agency, which will also be in charge of it after launch'
# ('..., which will also host and manage it')
IT_RUNS = compiled(rf"(?i)(?:\s*,\s*which)?\s+(?:(?:also|will|is|be|then|later|now|currently)\s+)*(?:(?:builds?|develops?|designs?|"
                     rf"(?:is|are)\s+(?:building|developing))\s+it\s*,?\s+and\s+(?:(?:will|also|then|later)\s+)*)?{BUILDS_AND}{OPERATE_VERB}\s+"
                     rf"it(?=\s*(?:[.;,:]|$)|\s+(?:after|once|when|from|as|on|in|until)\b)")
# a system said to be one of those the agency runs: 'SYS is another system the Agency manages'
ANOTHER_SYSTEM = compiled(r"(?i)^(?:\s+(?:for|of)\s+[^,;.()]{1,100}?)?\s+(?:is|was|are|were|remains?)\s+(?:also\s+)?"
                            r"(?:another|one|the\s+(?:other|second|third|last))\s+(?:[\w-]+\s+){0,2}?(?:system|database|platform)s?"
                            r"\s+(?:(?:that|which)\s+)?(?:the\s+)?$")
# ... after the systems listed before it, and before those listed after it: 'handed over the operational management
# of the second-generation SIS, the VIS and EURODAC to' (read with each system written SYS)
HANDOVER_OF = compiled(_HANDOVER_OF.pattern + rf"{SYS_LIST}(?:the\s+)?$")
HANDOVER_TO = compiled(r"(?i)^(?:\s*\([^)]*\))?(?:(?:\s*,\s*|,?\s+and\s+)(?:the\s+)?SYS(?:\s*\([^)]*\))?)*"
                         r"(?:\s+(?:system|platform))?\s+to\s+(?:the\s+)?$")
# running a system and, by comparison, those it already runs: 'will run it once it is live, as it already does
# for SYS, SYS and'
AS_IT_DOES = compiled(rf"(?i)^[^.;:]{{0,140}}?\b(?:{OPERATE_VERB}|responsible\s+for|"
                        # ('would develop the new components and ensure their technical management, as it already does for')
                        rf"ensur(?:es|ed|ing|e)\s+(?:their|its)\s+(?:[\w-]+\s+){{0,2}}?(?:management|operation|running))\b"
                        rf"[^.;:]{{0,80}}?,?\s+as\s+it\s+"
                        rf"(?:(?:already|also|now|currently|still)\s+)*(?:(?:does|did|has\s+done|will(?:\s+do)?)(?:\s+(?:for|with))?|"
                        rf"{OPERATE_VERB})\s+{SYS_LIST}(?:the\s+)?$")  # ('..., just as it already operates SYS, SYS and',
# '..., as it will the SYS')
# the kind of systems before their list: 'large-scale IT systems, including', 'systems such as'
KIND_OF_SYSTEMS = r"(?:(?:the\s+)?(?:[\w-]+\s+){0,3}?systems\s*,?\s*(?:including|such\s+as|namely|like)\s+)?"
# ('responsible for the development and, once they are live, for the operational management of')
RESPONSIBLE = compiled(rf"(?i)\bresponsible\s+for\s+(?:(?:(?:the\s+)?(?:(?:development|design|preparation|building)\s*,?\s+and"
                          rf"(?:\s*,\s*[^,;.:]{{1,60}},\s*(?:for\s+)?|\s+)(?:the\s+)?)?(?:[\w-]+\s+){{0,3}}?(?:running|operation|management)"
                          rf"\s+of|(?:[\w-]+ing\s+and\s+)?(?:running|operating|managing))\s+"
                          rf"{KIND_OF_SYSTEMS}{SYS_LIST}(?:the\s+)?(?:[\w-]+\s+){{0,3}}?"
                          # the system itself: 'is responsible for SYS', 'for the four components:'
                          rf"|{SYS_LIST}(?:the\s+)?)$")
# words between the verb and the system ('manages the central part of SIS'), never a new verb
# ('manages SIS and is building ETIAS', 'runs SIS and Frontex operates ETIAS', 'runs SIS and uses ETIAS data') nor
# the systems it is set beside ('manages SIS, with the EES')
FILLER = (r"(?:(?!(?:is|are|was|were|will|would|must|should|shall|can|could|may|has|have|had|being|building|develop\w*|"
           r"prepar\w*|to|and|but|with|operat(?:es|ed|e)|manag(?:es|ed|e)|runs|ran|hosts|hosted|uses?|used|using)\b)"
           r"[\w/-]+\s+){0,8}?")
# more systems run with the first: 'has run SIS since 2013 alongside the VIS and'
# ('runs SIS for the Member States, together with VIS': the words before may end with a comma)
# ('will run SYS and SYS once they are in place, in addition to SYS and SYS')
ALONGSIDE = rf"(?:(?:[\w/-]+,\s+|\s*(?:once|when|as\s+soon\s+as)\s+(?:it|they|these|each)\s+[^,;.:]{{1,40}}?,\s+)?(?:alongside|together\s+with|along\s+with|as\s+well\s+as|in\s+addition\s+to)\s+{SYS_LIST}(?:the\s+)?)?"
# the agency first, then how it comes to run the system, at the end of the words between:
# 'taking over the operational management of', 'the agency charged with developing and
# operating', 'will assume responsibility for the running of'
TAKES_ON = compiled(
    rf"(?i)\b(?:(?:take[sn]?|took|taking)\s+(?:over|on|charge\s+of)(?:\s+from\s+(?:the\s+)?[^,.;:]{{1,50}}?(?=\s+the\s))?"
    # 'took over responsibility for the operational management of'
    rf"(?:\s+(?:the\s+)?responsibility\s+for)?|"
    rf"assum(?:e|es|ed|ing)(?:\s+(?:the\s+)?responsibility\s+for)?)\s+"
    rf"{RUNNING}{FUTURE}{SYS_LIST}(?:the\s+)?{FILLER}$"
    # ('entrusted with the operational management of SYS')
    rf"|\b(?:charged|entrusted|tasked)\s+with\s+(?:(?:[\w-]+ing\s+and\s+)?(?:operating|managing|running)\s+"
    rf"|(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:running|operation|management)\s+of\s+){SYS_LIST}(?:the\s+)?{FILLER}$"
    # the title EU law gives the body that runs a system: 'is the management authority for the central SYS'
    rf"|\bmanagement\s+authority\s+(?:for|of)\s+{FUTURE}{SYS_LIST}(?:the\s+)?{FILLER}$"
    # 'would give eu-LISA responsibility for the development and operational management of SYS'
    rf"|^\s+(?:the\s+)?responsibility\s+for\s+{RUNNING}{FUTURE}{SYS_LIST}(?:the\s+)?{FILLER}$"
    # 'will take over responsibility for the system' (its running, said as a whole)
    rf"|\b(?:take[sn]?|took|taking)\s+over\s+(?:the\s+)?(?:full\s+)?responsibility\s+for\s+{FUTURE}{SYS_LIST}(?:the\s+)?$"
    # '... is preparing ETIAS, while continuing to run SIS'
    rf"|\bcontinu(?:e|es|ed|ing)\s+to\s+{OPERATE_VERB}\s+{SYS_LIST}(?:the\s+)?{FILLER}$"
    # '... develop SYS in parallel with running SYS', '... while running SYS'
    rf"|\b(?:in\s+parallel\s+with|while|besides|on\s+top\s+of)\s+(?:also\s+)?(?:running|operating|managing)\s+"
    rf"{SYS_LIST}(?:the\s+)?{FILLER}$")
# an agency entrusted with a task in the active, as the object: 'The regulation entrusts eu-LISA, the agency for ..., with'
# (read as the passive: 'eu-LISA, the agency for ..., entrusted with')
ENTRUSTS = compiled(r"(?i)\b(?:entrusts?|entrusted|entrusting|tasks|tasked|charges|charged)\s+(?:the\s+)?$")
ENTRUSTED_WITH = compiled(r"^((?:\s*,\s*(?:the|an?)\s+[^;.:()]{1,120}?,)?\s+)(?=with\s)")
# the system itself taken over (not 'its' management): 'will become operational in December and take over SYS'
# ('eu-LISA takes charge of SIS II, VIS and EURODAC')
TAKES_OVER_SYSTEM = compiled(rf"(?i)\b(?:take[sn]?|took|taking)\s+(?:over|charge\s+of)\s+{SYS_LIST}(?:the\s+)?$")
# the system itself taken over, 'over' after it: 'took the SYS over from the Commission'
TAKES_SYSTEM = compiled(r"(?i)\b(?:take[sn]?|took|taking)\s+(?:the\s+)?$")
OVER_AFTER = compiled(r"(?i)(?:\s*\([^)]*\))?\s+over\b(?!\s+(?:the|an?)\s)")
# the system first, the agency last: 'responsibility for running SIS will shift to eu-LISA',
# 'the operational management of Eurodac was entrusted to the agency'
_MOVES_TO = (r"(?:shift(?:s|ed)?|pass(?:es|ed)?|mov(?:e|es|ed)|(?:be|been|was|were|is)\s+"
             r"(?:transferred|entrusted|handed(?:\s+over)?|given))(?:\s+from\s+(?:the\s+)?[^.;:,]{1,50}?)?"
             r"\s+(?:over\s+)?to")  # 'shifts to', 'was entrusted to', 'passes from the Commission to'
# (not a move the text only supposes: 'under the proposal, the responsibility for it would pass to')
SHIFTS_TO = compiled(rf"(?i)^(?![^.;:]*\b(?:would|could|might)\b)[^.;:]{{0,60}}?\b{_MOVES_TO}\s+(?:the\s+)?$")
# the body the running moves from: 'passes from the Commission to'
MOVES_FROM = compiled(r"(?i)\bfrom\s+(?:the\s+)?$")
# a task stated the sentence before, moved to an agency: 'This task will be handed over in December to'
# (after a phrase of when: 'In 2012, this task will be handed over to')
TASK_MOVES = compiled(r"(?i)\s*(?:(?:in|from|by|as\s+of)\s+[^,.;:]{1,25},?\s+|(?:next\s+year|later|then|soon)\s*,?\s+)?"
                        r"(?:this|that|the|its)\s+(?:task|responsibility|role|job)\s+(?:will\s+be|is\s+to\s+be|shall\s+be|"
                        r"was|has\s+been|is\s+being|is)\s+(?:handed\s+over|transferred|entrusted|passed\s+on|given)\s+"
                        r"(?:[^.;:,]{1,40}?\s+)?to\s+(?:the\s+)?(?:(?:new|future)\s+)?")
TASK_STATED = compiled(r"(?i)\bresponsible\s+for\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:running|operation|management)\s+of\s+"
                         r"(?:the\s+)?(?:[\w-]+\s+){0,2}?")
# 'its operational management will likewise rest with', 'its running passes to'
ITS_RUNNING_TO = compiled(rf"(?i)^\s+(?:(?:day-to-day|operational|technical)\s+)?(?:management|operation|running)\s+"
                            rf"(?:[^.;:,]{{0,40}}?\s)?(?:(?:rests?|rested|lies?|lay)\s+with|{_MOVES_TO})\s+(?:the\s+)?$")
# systems running at the agency's site: 'SIS and VIS, both of which already run in eu-LISA's data centre'
RUN_AT = compiled(r"(?i)^(?:\s*\([^)]*\))?(?:\s*(?:,|,?\s+and)\s+(?:the\s+)?SYS(?:\s*\([^)]*\))?)*\s*,\s*"
                     r"(?:(?:both|all|each)\s+of\s+)?which\s+(?:(?:already|now|still|also|will)\s+)*"
                     r"(?:run|runs|(?:is|are|be)\s+(?:run|hosted|operated))\s+(?:in|at|from|on)\s+(?:the\s+)?$")
AGENCY_SITE = compiled(r"(?i)['’]s\s+(?:[\w-]+\s+){0,2}?(?:data\s+cent(?:re|er)s?|sites?|premises|servers|infrastructure)\b")
# the running of the system done by the agency: 'the operational management of SYS is carried out by'
CARRIED_OUT_BY = compiled(r"(?i)^\s+(?:is|are|was|were|will\s+be|has\s+been|have\s+been)\s+(?:now\s+|also\s+)?"
                            r"(?:carried\s+out|performed|ensured|provided|done)\s+by\s+(?:the\s+)?$")
# (or for the system itself, as what moves: 'Responsibility for e-CODEX was handed over to')
RESPONSIBILITY_FOR = compiled(r"(?i)\b(?:responsibility\s+for\s+(?:the\s+)?(?:(?:running|operating|managing|operation|"
                                 r"management)(?:\s+of)?)?|(?:[\w-]+\s+){0,2}?(?:running|operation|management)\s+of)"
                                 rf"\s*(?:the\s+)?(?:[\w-]+\s+){{0,2}}{SYS_LIST}(?:the\s+)?$")
# the agency's task, then what it is: 'the agency's core business: the operational management of SYS',
# 'eu-LISA's core task is the operational management of SYS'
TASK_COLON = compiled(rf"(?i)(?:^['’]s|\bthe\s+agency['’]s|\bits)\s+(?:[\w-]+\s+){{0,2}}?(?:business|tasks?|mission|job|"
                         rf"role|remit|mandate)(?:\s*[:–—]|\s+(?:is|are|remains?|includes?|covers?|covered))\s*(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:running|operation|management|hosting)"
                         rf"\s+of\s+{SYS_LIST}(?:the\s+)?$")
# 'e-CODEX, which eu-LISA manages': the system first, the agency in a relative clause; 'the SYS system for
# cross-border judicial communication, which'
# ('ECRIS-TCN, the central index of convictions that eu-LISA is completing and will operate')
WHICH_AGENCY = compiled(r"(?i)^(?:\s+(?:system|platform|database)(?:\s+(?:for|of)\s+[^,;.:()]{1,80}?)?)?\s*,\s*"
                          # ('e-CODEX, the secure system for ... whose operational management eu-LISA took over')
                          r"(?:which|(?:the|an?)\s+[^,;.:()]{1,80}?\s+(?:which|that|whose\s+(?:(?:central|technical|operational|"
                          r"day-to-day)\s+)?(?:system|management|operation|running))"
                          # ('the Entry/Exit System, whose central system eu-LISA hosts', 'e-CODEX, whose operational
                          # management eu-LISA will take over')
                          r"|whose\s+(?:(?:central|technical|operational|day-to-day)\s+)?(?:system|management|operation|running))\s+$")
# the agency running one system (named before it) and others beside it: '..., whose central system eu-LISA hosts in
# Strasbourg, alongside the central SIS'
HOSTS_ALONGSIDE = compiled(rf"(?i)\s+(?:(?:also|now|already)\s+)*{OPERATE_VERB}(?:\s+in\s+[A-Z][\w-]+)?\s*,?\s+"
                             rf"(?:alongside|together\s+with|as\s+well\s+as|in\s+addition\s+to)\s+(?:the\s+)?(?:central\s+)?")
# systems, then the agency that runs them in a relative clause without 'which': 'the three systems eu-LISA
# operates today', 'the systems the Agency runs day to day', 'SIS, which eu-LISA runs'
OBJECT_RELATIVE = compiled(r"(?i)^(?:\s*,\s*which|\s+that|\s+which)?\s+(?:the\s+)?$")
# 'which eu-LISA manages', 'which eu-LISA will develop and run', 'which eu-LISA is developing and will operate',
# 'which eu-LISA will take over in 2023'
AGENCY_VERB = compiled(rf"(?i)^\s+(?:(?:also|currently|already|now|still|will|is|are|has|have|been|continues?\s+to|"
                          rf"goes\s+on\s+to)\s+)*"
                          rf"{BUILDS_AND}(?:{OPERATE_VERB}|take[sn]?\s+over|took\s+over|taking\s+over)\b")
# the agency after 'for which': '..., for which eu-LISA has been responsible since July 2023'
AGENCY_RESPONSIBLE = compiled(r"(?i)^\s+(?:(?:also|currently|already|now|still|will|is|are|has|have|been|be)\s+)+responsible\b")
# '... for its operational management', '... which will also ensure its technical management'
# '... took charge of its day-to-day running', '... takes over its operational management' (not 'would take over
# its management': a proposal)
# (also after building it, and an aside on when: 'responsible for developing the central system and, once it is up
# and running, for its operational management')
RESPONSIBLE_FOR_ITS = compiled(r"(?i)\b(?:responsible\s+for|ensur(?:e|es|ed|ing)|(?:entrusted|tasked|charged)\s+with|(?:takes|took|has\s+taken)\s+charge\s+of|"
                                 r"(?<!would\s)(?:takes?|took|taken|taking)\s+over|responsible\s+for\s+(?:developing|building|designing)\s+"
                                 r"SYS\s+and\s*(?:,\s*[^,;.:]{1,60},\s*)?for"
                                 # ('entrusted with developing the SYS information system and with its technical management')
                                 r"|(?:entrusted|tasked|charged)\s+with\s+(?:developing|building|designing)\s+(?:the\s+)?SYS"
                                 r"(?:\s+(?:information\s+)?(?:system|database|platform))?\s+and\s+with)\s+$")
# the system first, built by the agency, which runs it: 'The central system has been developed by eu-LISA,
# which will operate it' (and what it is made of, between dashes: 'SYS - the central system, the website and
# the app - is being built by eu-LISA, which will also run it')
BUILT_BY = compiled(r"(?i)^(?:\s+(?:central\s+)?(?:information\s+)?system)?(?:\s+itself)?(?:\s+[–—-]\s+[^–—;.:()]{1,120}?\s+[–—-])?\s+(?:has\s+been|have\s+been|was|were|is|are|will\s+be|"
                       r"is\s+being)\s+(?:[\w-]+\s+){1,3}?by\s+(?:the\s+)?$")
# the system built by the agency and run there, the second participle's agent the first's: 'SYS runs on a central
# system built by AGENCY and hosted at its technical site' (not 'built by AGENCY and run by the Member States')
BUILT_BY_AGENCY = compiled(r"(?i)\b(?:built|developed|designed|created|set\s+up)\s+by\s+(?:the\s+)?$")
AND_RUN_THERE = compiled(r"(?i)(?:\s*\([^()]{1,20}\))?,?\s+and\s+(?:(?:is|are|was|were|will\s+be|has\s+been|have\s+been|now|also|then|"
                         r"later)\s+)*(?:hosted|operated|managed|run)\b(?!\s+(?:jointly\s+|centrally\s+)?by\b)")
# the agency running a system with another: 'Frontex, which will run SYS together with AGENCY'
RUNS_TOGETHER = compiled(rf"(?i)\b{OPERATE_VERB}\s+{SYS_LIST}(?:the\s+)?$")
TOGETHER_WITH = compiled(r"(?i)^\s+(?:(?:together|jointly)\s+with|with)\s+(?:the\s+)?$")
WHICH_RUNS_IT = compiled(rf"(?i)^(?:\s*,\s*(?:the|an?)\s+[^,;.()]{{1,60}}?|\s+in\s+[A-Z][\w-]+)?\s*,\s*which\s+"
                            rf"(?:(?:will|also|now|then|later|is|be)\s+)*(?:{BUILDS_AND}{OPERATE_VERB}\s+(?:it|them)\b|"
                            rf"(?:ensur\w*|be\s+responsible\s+for|take\s+care\s+of)\s+(?:its|their)\s+(?:[\w-]+\s+)?"
                            rf"(?:management|operation|running)\b"
                            # ('which will also be responsible for running it')
                            rf"|be\s+responsible\s+for\s+(?:running|operating|managing)\s+(?:it|them)\b)")
# the agency building the systems and then running them: 'eu-LISA, which is developing both systems and
# will be responsible for running them'
BUILDS = compiled(rf"(?i)(?:\s*,\s*(?:the|an?)\s+[^;.:()]{{1,120}}?,"
                     # 'eu-LISA, the EU Agency which is developing the central system and will operate it'
                     rf"|\s*,\s*(?:the|an?)\s+(?:[\w'’-]+\s+){{0,3}}?(?:agency|body)(?=\s+(?:which|that)\b))?,?\s+(?:which\s+|that\s+)?"
                     rf"(?:(?:is|are|will|has|have|been|be|also|now|currently)\s+)*"
                     # 'will be in charge of developing SYS and of its technical management'
                     # ('will be entrusted with building SYS and managing it')
                     rf"(?:(?:in\s+charge\s+of|responsible\s+for|(?:entrusted|tasked|charged)\s+with)\s+)?(?:develop|build|design)\w*\s+"
                     rf"(?:both\s+)?{SYS_LIST}(?:the\s+)?")
# more systems after the first, each with its note in brackets: ', VIS (the visa system) and Eurodac'
MORE_SYSTEMS = r"^(?:\s*\([^)]*\))?(?:(?:\s*,\s*|,?\s+and\s+)(?:the\s+)?SYS(?:\s*\([^)]*\))?)*"
# running the system as the subject, the agency's job as the predicate: 'running SIS, VIS and Eurodac is eu-LISA's job'
RUNNING_IT = compiled(r"(?i)\b(?:running|operating|managing|hosting)\s+(?:the\s+)?(?:SYS(?:\s*\([^)]*\))?(?:\s*,|,?\s+and)\s+(?:the\s+)?)*$")
IS_ITS_JOB = compiled(rf"(?i){MORE_SYSTEMS}\s+(?:is|was|will\s+be|remains?)\s+(?:now\s+|still\s+|also\s+)?$")
AGENCYS_JOB = compiled(r"(?i)['’]s?\s+(?:(?:sole|own|main|operational|technical|day-to-day)\s+)?(?:job|task|business|"
                         r"responsibility|remit|role)\b")
THEN_RUNS_THEM = compiled(rf"(?i){MORE_SYSTEMS},?\s+and\s+"
                             rf"(?:(?:will|is|also|then|later)\s+)*(?:be\s+responsible\s+for\s+(?:running|operating|managing)|"
                             rf"{OPERATE_VERB})\s+(?:it|them)\b"
                             # '... and of its technical management', '... and ensure their operational management' ('its' is
                             # a reference, written SYS)
                             # ('... and will be responsible for their operational management')
                             rf"|{MORE_SYSTEMS},?\s+and\s+(?:(?:will|also|then|later)\s+)*(?:be\s+responsible\s+for\s+|of\s+|for\s+|ensur\w*\s+)"
                             rf"(?:its|their|SYS)\s+(?:[\w-]+\s+)?"
                             rf"(?:management|operation|running)\b")
# the agency built a system and runs its central part: 'eu-LISA developed the EES and operates its central system'
# (the reference after it written as is, the system built as SYS)
BUILT_THEN_RUNS_ITS = compiled(rf"(?i)(?:\s*,\s*(?:the|an?)\s+[^;.:]{{1,120}}?,)?\s+(?:(?:has|have|had|already|also)\s+)*"
                               rf"(?:developed|built|designed|delivered)\s+(?:the\s+)?SYS\s+and\s+(?:(?:now|also|still|will)\s+)*"
                               rf"{OPERATE_VERB}\s+$")
# the agency keeping a system running: 'the agency that keeps SIS, VIS and Eurodac running'
# (or the agency's people: 'the eu-LISA team that keeps SYS and SYS running')
KEEPS = compiled(r"(?i)^(?:\s*,\s*(?:the|an?)\s+(?:[\w'’-]+\s+){0,3}?agency|\s+(?:team|teams|staff|engineers|experts))?,?\s+(?:which\s+|that\s+|who\s+)?"
                   rf"(?:(?:also|already|now|still|will|has|have|had)\s+)*(?:keeps?|kept|keeping)\s+{SYS_LIST}(?:the\s+)?$")
KEPT_RUNNING = compiled(rf"(?i){MORE_SYSTEMS}\s+"
                          # '... running', '... available around the clock', '... online'
                          r"(?:(?:up\s+and\s+)?running|available|online|operational)\b")
# a second predicate on more systems, after a system the agency runs: '... runs the central EES and will run the
# central ETIAS system', '... will run both SYS and SYS and already operates SYS'
AND_ALSO_RUNS = compiled(rf"(?i)^(?:\s*\([^)]*\))?,?\s+and\s+(?:which\s+)?(?:(?:also|already|currently|still|now|will|has|have|is|are|be)\s+)*"
                           # ('..., and will be responsible for the development and operational management of SYS')
                           rf"(?:{BUILDS_AND}{OPERATE_VERB}|responsible\s+for)(?:\s*[:,–—]\s*|\s+)(?:{RUNNING})?(?:both\s+)?{SYS_LIST}(?:the\s+)?"
                           rf"{FILLER}{ALONGSIDE}$")
# a system referred back to: 'the system', 'the upgraded system', 'these systems', 'its'
SINGULAR = compiled(r"(?i)\b(?:the|this|that)\s+(?:(?:central|technical|upgraded|renewed|new|same|whole|second-generation|"
                       r"fingerprint|biometric)\s+)?(?:system|database)\b"
                       # 'its management', 'its day-to-day running'
                       r"|\bits(?=\s+(?:[\w-]+\s+)?(?:management|operation|running|development)\b)"
                       # ('The EES started operations on ... Its central system was built by')
                       r"|\bits\s+(?:central|technical)\s+(?:system|database)\b")
# (after a count, up to three words that are no determiner or count: 'three large-scale IT systems')
PLURAL = compiled(r"(?i)\b(?:(?:these|those|the|all|both)\s+(?:(?:\w+|\d+)\s+)?|(?:two|three|four|five|six|seven|[2-9])\s+"
                    r"(?:(?!(?:these|those|the|all|both|two|three|four|five|six|seven|[2-9])\b)[\w'’-]+\s+){0,3}?)"
                    r"(?:systems|components|databases)\b")
BOTH = compiled(r"\s*(?P<ref>Both)\s+(?=(?:will|are|were|have|had|can|could|would|should|must|shall|already|now|"
                   r"also|still)\b)")
# 'will run both.', 'the operational management of both': the two systems named last, as a whole
BOTH_AFTER = compiled(r"(?i)\b(?:of|for|run|runs|operate|operates|manage|manages|host|hosts)\s+(?P<ref>both)(?=\s*(?:[.;:,)–—]|$))")
# the words, lower-cased, one of which each match of a pattern holds: a stretch of text without
# any of them is spared the pattern (Context.holds_any)
PLURAL_WORDS = ("systems", "components", "databases")
COUNTED_WORDS = ("systems", "components", "all", "both")
NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
# a count of systems: 'all three of the large-scale IT systems entrusted to it: SYS, SYS and SYS' (the list
# after the colon), 'All four will be developed' (the last four systems listed before)
COUNTED = compiled(r"(?i)\b(?:all\s+)?(?P<n>two|three|four|five|six|seven|[2-9])\s+of\s+the\s+(?:[\w'’-]+\s+){0,3}?"
                      r"(?:systems|components)\b|\b(?:all|both)\s+(?P<bare>two|three|four|five|six|seven|[2-9])\b"
                      r"(?!\s+(?:of\b|[\w-]+\s+(?:[\w-]+\s+)?(?:systems|components)\b))")
# the first or last systems of those the sentence before names: 'The first three are run centrally by'
ORDINAL_COUNT = compiled(r"\b[Tt]he\s+(?P<which>first|last)\s+(?P<n>two|three|four|five|six|[2-6])\b"
                         r"(?:\s+(?:systems|databases|ones))?(?=\s+(?:are|were|is|will|have|has|remain)\b)")
# a gathering, which may be on a system (not the system itself)
EVENT_NOUNS = r"(?:workshop|conference|seminar|meeting|event|session|forum|webinar|round\s*table)s?"
# a system's name as the first word of another thing's: 'the ETIAS Central Unit', 'the VIS Regulation', 'SIS alerts'
PART_OF_NAME = compiled(r"(?i)\s+(?:(?:central|national)\s+)?(?:units?|regulations?|bureau[sx]?|division|office|watch-?lists?|"
                           r"team|(?:advisory\s+)?group|committee|proposals?|programme\s+board|alerts?|hits?|checks?|"
                           r"queries|searches|training|entries|statistics|"
                           # (an event on the system: 'hosts the SIS II workshop', 'will host the EES conference')
                           rf"{EVENT_NOUNS})\b"
                           # ('hosted an EES readiness meeting': a word or two of what it is about before the event)
                           r"|\s+(?:(?!(?:and|or|but|with|to|for|in|at|on|by)\b)[a-z][\w-]*\s+){1,2}?"
                           r"(?:workshops?|conferences?|seminars?|meetings?|events?|webinars?)\b")
# the systems an agency runs, as a whole before their list: '... the operation of the systems entrusted to it: SYS,
# SYS and SYS'
ENTRUSTED = (r"(?:\s+(?:the|all|its)\s+(?:[\w-]+\s+){0,3}?(?:systems|SYS)(?:\s+(?:entrusted|assigned)\s+to\s+(?:it|the\s+agency)"
             # 'the three central systems of the EU's justice and home affairs architecture: SYS, SYS and SYS'
             r"|\s+of\s+[^:;.()]{1,60}?(?=\s*:))?(?=\s*:|\s+SYS\b))?")
# the agency described, then named, the system in its description: 'the agency in charge of SYS, eu-LISA,',
# 'The EU agency responsible for the operational management of SYS and SYS, eu-LISA'
APPOSED = compiled(rf"(?i)\b(?:the\s+)?(?:EU\s+|European\s+)?agency\s+(?:(?:that|which)\s+(?:now\s+|already\s+)?"
                     rf"(?:runs|manages|operates)|in\s+charge\s+of|responsible\s+for)\s+"
                     rf"(?:(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:running|operation|management)\s+of\s+)?{SYS_LIST}(?:the\s+)?$")
APPOSED_GAP = compiled(rf"{MORE_SYSTEMS}\s*,\s*$")  # the rest of the list, then the comma before the agency
