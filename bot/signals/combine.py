"""Combining: one comment's signals with the detector's verdict, its thread's flags and the watch's topics.

:func:`judge` adds the semantic detector's flags and grey band (:mod:`bot.signals.judgement`) to the
classifier's signals, and the flags of the comment's thread: a thread whose title or body is about a death,
an accident or injury, money trouble, politics, a minor, harassment or bans brands raises the same flag on
every comment under it (:func:`thread_flags`; a title in the grey band does too), and so does a risk a third
of the thread's own comments raise (:func:`sibling_flags`). Flags are only ever added here, with two
exceptions for the offline classifier's own rule hits (a model's labels are never dropped): a figurative
crisis, injury, money or politics word on a question the detector finds harmless (:data:`FIGURATIVE_BELOW`),
and a crisis resting on death words about a thing (:mod:`bot.signals.figurative`).

Off-topic asking: a question that names none of the brand's terms or competitors, is not put to the brand ("onko
teillä", "skickar ni"), is far from the watch's topics and guidance and that the intent model does not read as a
product question, or that asks the thread's other people
("anyone know...", not "has anyone tried ...": their experience is the topic's, nor in a risky comment or beside a
request to be left alone, which ask about the situation at hand) away from the watch's topics, or whose
writer opens a sentence saying it is off topic ("Unrelated but ..."), is ``off_topic``, not a brand question; a question
naming the brand, in any inflected form, is never off topic (:func:`refine_intent`).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from bot.signals import figurative, rules
from bot.signals.judgement import CLASSES, FIGURE_CLASSES, ORDINARY_CLASS, SET_ASIDE_CLASSES, Verdict, detector
from bot.signals.types import Signals

# The offline classifier's evidence for a question whose writer says it is not about the brand's own things
# (rules' ``not_about_us``, bot.signals.offline): off topic even when it names the brand (refine_intent).
NOT_ABOUT_US = "a question not about the brand's own things"

# Flags a thread's own title or body passes on to every comment under it: a thread about a death,
# an accident, money trouble, a political fight, a teenagers' forum or a ban on brands is no place
# for a brand reply, however harmless the comment (competitor threads: the rules, by name).
THREAD_FLAGS = tuple(flag for flag in CLASSES if flag != "opt_out")
ASKING = ("question", "recommendation_request", "comparison_or_purchase")
# Figurative rule hits: "the app died on me", "killed my budget", "kuoli pakkasessa" are the crisis, injury,
# money and politics rules' words without the situation. A rule hit of these classes on a question is dropped
# when the detector gives that class less than FIGURATIVE_BELOW and sees nothing else risky in the comment or
# its thread (no flag, no grey band): a third of the lowest probability among the training dev data's labelled
# risky questions whose rule hit was their only signal (0.155). Minors, harassment, community rules and
# competitors are never dropped.
FIGURATIVE_CLASSES = ("crisis_or_tragedy", "injury_or_health", "legal_or_financial_advice", "politics")
FIGURATIVE_BELOW = 0.05
# ... but a rule hit that names the situation itself (rules' ``firm`` patterns, rules.firm_flags: a memorial, a kin who
# passed, what may cross a border, what the law allows) is no figure, whatever the detector says: "Will the memorial
# concert be streamed?", "my late husband's shirts", "får man ta med svamp över gränsen". On the spent judgement-b..n
# the detector's low score dropped such a hit from three risky comments (one drafted: the mushrooms taken to Sweden) and
# one other comment, and from no hard negative or should-draft comment (session 25).
FIRM_RULES = True
# ... and an opt-out the detector reads is no risk: "Don't pitch me anything, I'm allergic to sales emails. Is the range
# open on weekends?" asks to be left alone (never drafted for that), it does not tell an allergy. The detector's opt-out
# flag or grey band no longer keeps a figurative rule hit (FIGURATIVE_BELOW) that its risk classes find harmless. On the
# spent judgement-p two hard negatives less escalated ("... is shooting 3D targets a total bloodbath for arrows?"), no
# other comment of dev and judgement-a..n changed (session 26).
NOT_RISK: tuple[str, ...] = ("opt_out",)
# An opt-out the detector gives this probability or more, yet under its grey band, is a doubt: the comment is
# never drafted, at most digested (Signals.opt_out_doubt). A reply to someone who asked to be left alone costs
# more than a draft not written. In the dev data every labelled opt-out scores 0.5 or more; among the comments
# drafted there, 13 of 676 score 0.4 or more (6 hard negatives, 4 that should be drafted). Not when the comment asks
# how to reach the brand (judgement.Verdict.asks_contact).
OPT_OUT_DOUBT = 0.4
# A question whose own risk (rules, detector flag, grey band, doubt) is only crisis, injury, money or harassment
# (judgement.FIGURE_CLASSES) and whose riskiest clause is this much nearer to a figure of speech than to a harm told
# as it happened (judgement.Verdict.figure) keeps none of these: "my wallet is in the ICU after this bill, can I
# push the due date?". Its thread's flags still count, and a model's labels are never dropped. Chosen on the dev
# sets (dev, dev-b..dev-g, hold-outs included): the highest labelled risky question scored +0.022 ("mä kaaduin
# mopolla ja ranne on vieläki kipee, pitäiskö renkaat vaihtaa"); at 0.025 five hard negatives and no risky comment
# are above it (the spent judgement-a..e: seven and none).
FIGURE_MARGIN = 0.025
# ... or this much nearer when the comment laughs or winks ("lol", "haha", "😂": rules' ``laughter``): neither signal
# alone tells a figure (people laugh beside a real harm too: "pappa har pacemaker ... lol"), the two together do.
# Chosen on the dev sets: the highest labelled risky laughing question scored -0.009; at 0.01 eight hard negatives
# and no risky comment are above it (spent judgement-a..e: four and none; the highest risky +0.007).
FIGURE_MARGIN_LAUGHING = 0.01
# A question whose own risk is only legal_or_financial_advice and whose riskiest clause is this much nearer to a plain
# question about the brand's own billing or terms than to money trouble (judgement.Verdict.ordinary: "can I pay by
# invoice", "kan man förnya lånet") keeps none of it. Its thread's flags still count, a model's labels are never
# dropped. Chosen on the dev sets (dev, dev-b..dev-g, hold-outs included): of the 234 comments whose own risk is only
# this class, the highest labelled risky one (of any class) scored +0.0245 ("can one dispute an invoice one does not
# recognise"); at 0.03 six comments are above it, five should-draft and one hard negative, none risky. Most plain
# Finnish and Swedish terms questions score +0.01..+0.025 and keep the flag: the margin is no wider than dev allows.
ORDINARY_MARGIN = 0.03
# Calibrated on eval/ dev data (`make eval` prints the values it measures with).
OFF_TOPIC_RELEVANCE = 0.855
OFF_TOPIC_ANSWER = 0.8225
# ... unless the offline intent model gives off_topic less than this: a question it reads as one about the
# product ("does the barista one foam") is not off topic for naming no brand term and sitting far from the
# guidance (chosen on dev: keeps its 10 brand questions the similarity test called off topic, loses 1 of 6).
OFF_TOPIC_MODEL_DOUBT = 0.2
# A question put to the thread's other people ("anyone know a good electrician", "onko kellään myydä luistimia",
# "någon som vet var man hittar ved": rules' ``crowd``) naming no brand term and under OFF_TOPIC_RELEVANCE is off
# topic whatever the guidance's nearest passage or the intent model say: the words are one signal, e5's distance from
# the watch's topics the other. A domain-near question to the crowd ("where do I buy firewood") sits close to a
# chimney sweep's guidance and passed the answer test. Not when it names a competitor ("anyone know what the other
# shop charges now?" names it): that is the brand's market, labelled a question in the dev data. On the spent
# judgement-g: 11 off-topic comments, 2 questions (neither should-draft), no should-draft comment.
CROWD_OFF_TOPIC = True
# ... but not when it asks for the others' own experience ("finns det någon som har erfarenhet av bergvärme i
# stället", "onko kenelläkään kokemusta ...", "anyone else had the tank leak?"): an alternative to the product or a
# fault people share is the watch's topic even when the brand should not answer it (the plan's ``peer_question``
# leaves it to the people asked), so it stays among the audience's questions unless the ordinary test (topics,
# guidance, the intent model) finds it off topic. On the spent sets: judgement-h one question more right (a leak "had"
# by others), judgement-g one off-topic question lost ("anyone tried LoRa"), dev one question more right, and the
# demo's digest keeps the Swedish ground-source heat question (session 18 had lost it).
CROWD_EXPERIENCE_ON_TOPIC = True
# ... nor when the comment is risky (a flag or a grey band of its own or its thread's: "Vet någon när begravningen är?"
# under a memorial, "does anyone know if selling rugs needs CE marking?" under a tax thread) or asks to be left alone
# (an opt-out, the rules' or the detector's: "No companies please. Has anyone with low vision done a weaving course?"):
# people asked about the situation the thread is about, or a question in the brand's field with the brands turned
# away from it, not something elsewhere. Such a comment is escalated or never drafted whatever its intent, so only its
# intent changes (digests, themes); the ordinary test (topics, guidance, the intent model) still judges it. Session 41:
# on the spent judgement-s, -u and -v the crowd's words made 19 risky comments off topic, 14 of them labelled question,
# and 17 safe ones, 14 labelled off topic.
CROWD_RISKY_ON_TOPIC = True
# A comment naming none of the brand's terms whose writer says, opening a sentence, that it is off the thread's topic
# ("Unrelated but ...", "Off topic men ...", "Tangent: ...", "Ei liity siivoukseen.": rules' ``aside``) is off topic
# whatever its words are near: e5 finds "how do I register to vote" near a cleaning firm's guidance. On the spent sets
# (judgement-a..h and dev) such an opening marks 24 off-topic comments and 4 questions, all 4 naming the brand (kept);
# on judgement-h 5 off-topic comments read as questions before.
ASIDE_OFF_TOPIC = True
NEVER_ASIDE = ("toxic", "spam_or_self_promotion", "off_topic")
# A one-word name ending in a vowel and "s" (Tuulos, Kuvaus): Finnish inflects it with "ks" ("Tuuloksen ikkunaan").
FINNISH_KS = re.compile(r"^[^\W\d_]+[aeiouyäö]s$")
# A question that names one of the brand's terms is about the brand, even when the intent model reads it as off topic
# ("Does <brand> have English-speaking sweeps?"): on the spent judgement-g both such comments were should-draft
# questions.
NAMED_QUESTION_ON_TOPIC = True
# ... and so does a question naming the brand by the word its product names share ("Greppa" of "Greppa Home" and
# "Greppa Frame", inflected: "Miten Greppan otteet kannattaa pestä?", "How do you get a quote from Greppa?"): the
# brand's own name, as plan.product_names reads it, written capitalised as a name after the text's first word (a
# shared common word, "Forge" of "Mini Forge" and "Forge Starter Kit", is written in lower case when it is no name).
# Not a lone first word of one term (session 28 measured that and did not keep it). Session 40: on the spent
# judgement-u four questions naming the brand so were read off topic.
SHARED_NAME_ON_TOPIC = True
# A question put to the brand in the plural or polite second person (rules' ``addresses_brand``: "Onko teillä
# lastenistuimia?", "Skickar ni presentkort med posten?", "Do you deliver to Oulu?") asks about the brand's own things:
# it is not off topic for sitting under the topic threshold, nor for the intent model's sure off-topic reading (no
# rule's). Asking the crowd and an aside still are. Session 28: on the spent judgement-r and -p six such questions, all
# labelled draft, were read off topic; Swedish "ni" and English "you" only with a shop's verb, since on judgement-n, -o
# and dev a plain "ni" asks the thread's people as often as the brand.
ADDRESSED_ON_TOPIC = True
# A complaint naming none of the brand's terms, its competitors or a word of the watch's topics (:func:`names_topic`),
# sitting far from the brand's domain by e5 (its topics under OFF_TOPIC_RELEVANCE and the guidance's nearest passage
# under OFF_TOPIC_COMPLAINT_ANSWER) and that the intent model itself doubts is about the brand (off topic at least
# OFF_TOPIC_MODEL_DOUBT) is off topic, not a complaint about the brand: "Jyväskylässä oli muuten eilen ihan hirveä
# ruuhka Vaajakoskella" under a heat-pump thread is a traffic jam. A complaint about the brand's kind of product
# ("heat pumps are a scam, our bill went up" under a heat-pump brand) names its topic and sits near its guidance.
# The guidance bar is lower than the question's (OFF_TOPIC_ANSWER): writers' complaints about a brand's service ("I
# waited two weeks for customer service") sit at 0.79 ... 0.82 from guidance that never speaks of waiting. Chosen
# leaving each spent writer out (judgement-b ... r, the b ... n model on o ... r whole and every hold-out third, the
# bar from 0.77 to 1.0 chosen on the other sixteen): sixteen folds chose 0.78, one 0.77; at 0.80 a labelled complaint
# (a guard who shouted at a child, 0.789) turned off topic. Session 31: two off-topic political remarks on judgement-l
# more right, no labelled complaint lost, no other comment changed; the demo's traffic remark reads 0.778.
COMPLAINT_OFF_TOPIC = True
TOPIC_STEM_LETTERS = 5
TOPIC_INNER_LETTERS = 6
OFF_TOPIC_COMPLAINT_ANSWER = 0.78
# A question naming a competitor ("Kulkeeko Fjällbussen sunnuntaisin?"), or a competitor by the first word of its name
# of several words, capitalised as a name after the text's first word ("Onko Pohjantähdellä iltaretkiä?" for
# "Pohjantähti Matkat"), asks about the brand's market: the writers label it question, as the crowd test's exception
# for a rival already says. A first word of at least SHORT_NAME_LETTERS letters: a shorter one is often a region or a
# common word ("Arctic Loop Co"). Not the brand's own terms by their first word (measured in session 28 and not kept:
# on judgement-n two such questions, labelled question but not draft, were drafted). Session 28: on judgement-r, -o
# and -p 9 labelled questions read off topic so, none the other way.
MARKET_NAMED_ON_TOPIC = True
# A question that points back at the place or the people its thread's title or post names, the brand or a competitor
# ("Onko siellä parkkipaikkaa?", "Har de öppet på söndagar?", "Do they rent out helmets?" under a title naming one):
# rules' ``refers_to_thread``, a pronoun or a place word, not any question under such a title (session 28: trusting
# every question under a title naming the brand drafted off-topic ones). Asking the crowd, an aside and
# ``not_about_us`` still make it off topic.
THREAD_NAMED_ON_TOPIC = True
SHORT_NAME_LETTERS = 8
SHARED_NAME_LETTERS = 4


# A title's risk that only the detector flags (no rule) needs support from its own thread: at least :func:`title_needed`
# of the thread's comments carry the class on their own (flag, grey band or doubt; :func:`title_support`). A title the
# detector misreads with confidence ("Min första festival som 60-åring" as minors at 0.78, "Vår mixer har överlevt tre
# småbarn" as a crisis at 0.88) has few comments that come near its class, while a thread about a death, an accident or
# a minor has several (on the spent judgement-a..f, every detector-flagged title whose thread is labelled with its class
# had three or more). Support, not the detector's certainty: session 16's "pass a title's risk only when the detector is
# sure" raised risky drafted on five sets. Not for SUPPORT_FREE (a group's ban on brands is about the group: no comment
# carries it), and not for the grey band: a grey title was the only signal of a thread about a man lost at sea
# (judgement-e, two supporting comments) and, misread as a crisis, of the harassment under "the librarian scolded me"
# (dev-g, none).
# A rule's hit on the title needs no support, but a crisis resting on death words about a thing ("Puhelin kuoli
# kesken puhelun": Verdict.thing_death, figurative.THING_MARGIN) is dropped, and the detector's own crisis reading of
# the title then passes on as any detector-only class does (TITLE_THING_SUPPORT).
#
# Three, or a fifth of the thread's comments counted when that is fewer (never under one: a young thread about a death
# with three comments still passes its title on with one). Measured on the spent judgement-a..g (session 18): of the
# 29 threads whose title only the detector flags (SUPPORT_FREE aside), the 14 labelled with the class on every comment
# had 3 to 12 supporting comments; the false ones (the class on at most one comment) had 0, 0, 1, 2, 3 and 3 (a
# chimney sweep at work on a roof read as minors: 2 of 18, costing 9 should-draft comments and 2 hard negatives).
SUPPORT_FREE: tuple[str, ...] = ("community_rule",)
TITLE_SUPPORT_MIN = 3
TITLE_SUPPORT_SHARE = 0.2
# A title's grey band (no rule, no detector flag of the class) passes its class on only when the thread's comments show
# it is about a risk: ``needed`` of them (:func:`title_needed`) carry that class on their own (flag, grey band or
# doubt), or ``needed`` of them carry one other risk class (a title's grey band often names the neighbour of the
# thread's real risk: a passenger lost overboard read as injury, a clerk who scolded someone as a crisis). A grey title
# alone is a guess: on the spent judgement-b..j and dev-g, 20 titles were grey in a class neither a rule nor the
# detector's flag gave them; one was a thread labelled risky throughout that nothing else on its title caught
# (judgement-e, the passenger: 4 comments carry a crisis), the others' risks were their own comments' or their titles'
# own rule or flag. On judgement-j 20 ordinary comments, 5 hard negatives
# and 2 opt-outs were escalated by nothing but "Kuvapaja lost my wedding album order – anyone else?" (read as a crisis:
# no comment carries one, at most 2 any class) and "Kattotarkastus ennen talokauppaa – kannattaako Takvikin TakKoll?"
# (money advice: 2). False turns it off (a grey title needs no support, as before).
GREY_TITLE_SUPPORT = True
# ... and for a grey title a comment's doubt (``risk_doubt``: near a class, under its grey band) does not count towards
# that support: a grey title and comments that only come near its class are two weak readings, not a thread about a
# risk. On the spent judgement-k a shower wall that cracked in the night ("Duschväggen sprack av sig själv mitt i
# natten?!", injury in the grey band) passed injury to 18 comments on two comments telling a harm and one hard
# negative's doubt (a bang "like a shooting"). A detector-flagged title still counts doubts (its support is measured
# so). False counts them for both, as before.
GREY_SUPPORT_FIRM = True
# ... and, with GREY_SUPPORT_FLAGGED, more than grey readings: besides those ``needed`` comments, ``needed`` of the
# thread's comments carry one class by a rule or the detector's flag (``flagged``; a comment judged in an earlier poll
# counts its stored own risk, which holds its grey band too), or twice ``needed`` come near one (flags, grey bands and
# doubts: a thread crowded with the class). A grey title over a few grey comments is weak readings only. On the spent
# judgement-p "Robin Hood -haaste: halkaisin nuolen nuolella" (harassment at 0.50, just in its grey band) passed
# harassment to 19 comments, one labelled so, on two flagged comments ("who else watches this at three at night"
# among them) and one laughing joke in the grey band ("poliisi tulee muuten hakemaan 😂"); on judgement-g a question
# about fireplaces and families read as money advice did likewise, and on judgement-j a roof's snow guards as
# harassment. A father's hoarding (judgement-l, injury: two flagged, one grey, three doubts) is crowded and passes on.
# Session 26: hard negatives p 19 -> 17, g 21 -> 19, j 13 -> 11, 22 ordinary comments fewer escalated; risky drafted
# and every class's recall unchanged on dev, dev-f, dev-g and the spent judgement-a..n and p.
GREY_SUPPORT_FLAGGED = True

# A title that tells a harm (not :func:`asking_title`) read just under its grey band of crisis or injury
# (NEAR_TITLE_CLASSES: no rule, no flag or grey band of the class, the detector's probability at NEAR_TITLE_SHARE of
# its grey band's start or more) passes that class on when ``needed`` of the thread's comments (:func:`title_needed`)
# carry the same class by a rule or the detector's flag (``flagged``, no grey band or doubt): two readings of one risk,
# the head's and its own comments'. The spent judgement-aa's "Fell off a ladder hanging a nest box – 6 weeks in a
# cast, AMA" read injury at 0.52 (0.79 of its band) with four comments flagging it, and its ordinary questions were
# drafted (session 41 then added the words as rules). Not minors or harassment: under "Family canoe ... two small
# kids?" (judgement-v, minors at 0.92 of its band) parents flag their own children and under "customer service
# basically called me a liar" (judgement-s, harassment at 0.78) a pile-on flags itself, the writers label those
# comments, not the thread (with those classes on: hard negatives v 10 -> 13, s 13 -> 15, no risky comment caught).
# Not an asking title: it names its topic, and people tell their own harms under it. Session 42, on the spent
# judgement-aa, -r, -s, -v and dev it fires on that one thread only (0.6 the same); see CHANGELOG for the
# hold-outs. None turns it off.
NEAR_TITLE_SHARE: float | None = 0.75
NEAR_TITLE_CLASSES: tuple[str, ...] = ("crisis_or_tragedy", "injury_or_health")


# A title whose health reading is a standing condition named as the thread's topic, with no harm told as having happened
# (rules' ``condition_title`` and no ``harm_event``: "nut allergy and your fudge?", "Laktoosi-intoleranssi ja
# jäätelöt", "Gravid – kan jag paddla?"), passes no injury to its comments: the writers flag the comments
# that tell a condition or a harm of their own there, not the thread (an allergic reaction, a fall, a break told in the
# title still passes). It reads far from injury for the siblings' count too (:func:`sibling_title_agrees`): a comment
# near injury on its own keeps it, the others get it as a doubt (never drafted, at most digested). Over dev, dev-b..g
# and the spent judgement-a..r such titles head 19 threads on twelve writers (allergies, a pregnancy, coeliac disease,
# accessibility and wheelchair users), 1 to 10 of 14 to 21 comments labelled injury, none throughout. Back trouble is
# left out: under "<backpack> size – back sore" (dev-f) a comment telling a back injury the detector misses was drafted.
# False passes them as any title (session 28).
CONDITION_TITLE = True
CONDITION_CLASSES = ("injury_or_health",)


# A title that asks (a question, or the thread's people for their experience: "Hyresvärden vill inte betala för
# målningen – vad gäller?") and tells no harm that happened (rules' ``harm_event``) names its thread's topic: a class of
# ASKED_TITLE_CLASSES the detector alone reads in it (its flag or grey band, no rule of the class on the title) does not
# pass to every comment as a flag, but as a doubt (``risk_doubt``: never drafted, at most digested) to those that do
# not carry it on their own (:func:`asked_title_flags`). A title telling a death, an accident, a ban on brands or a
# rule's hit keeps passing its class, as do the thread's siblings. Only money: chosen leaving each writer out over the
# spent judgement-b..r (session 32, each class on for a writer when it moved no risky comment on the other sixteen),
# money is on for every writer and moves no risky comment on any (hard negatives d 25 -> 22, e 18 -> 16); minors
# would be on for judgement-m and cost it ten minors comments (a child's own question in the title: the writers flag
# every comment); injury costs a money comment on f (a moved sofa's thread, injury in its title's grey band, was all
# that escalated it) and two injury comments on l; crisis, politics and harassment moved nothing on any writer.
# False passes every title's class to every comment, as before.
ASKED_TITLE = True
ASKED_TITLE_CLASSES: tuple[str, ...] = ("legal_or_financial_advice",)


# A title whose minors is the detector's alone (its flag or grey band, no minors rule on the head), that names no
# child's age (rules' ``child_age``: "13-åring", "12-åriga", "13-vuotias", "13yo") and that the detector reads under
# MINORS_TITLE_SURE names children as a group or a family's topic ("Buss Åbo–Vasa med barn – erfarenheter", "Lumo Kids
# Day – kokemuksia perheiltä", "Uimahallin turvallisuus lasten kanssa – kokemuksia"): the writers flag the comments that
# tell of a child of their own there, not the thread. Such a title passes minors to its comments as a doubt
# (``risk_doubt``: never drafted, at most digested), not a flag, and, as a head that does not carry minors
# (SIBLING_MINORS_OWN), lets its comments' own minors reach only those near it (:func:`sibling_title_agrees`). A title
# about one child ("Min 12-åriga dotter vill sälja ...", "13-åring här – får jag klättra ...") names an age, a rule hits
# it ("Im 13 can I ...", "Oon 14 ja ...") or the detector is sure of it, and passes minors on as before. Over the spent
# judgement-b..r (session 33) the detector-only minors titles of threads labelled minors throughout scored 0.82 (r,
# with an age) to 0.9955, those of threads labelled on a few comments 0.53 to 0.72, and 0.93 to 0.96 (kept); under the
# latter every comment labelled minors carries minors on its own. Chosen leaving each writer out (0.6 ... 0.95, and
# every such title: each writer's the highest that moves no risky comment on the other sixteen): 0.95 for every writer,
# no risky comment moved on any; 0.8 is kept for its margin (it moves the same titles on every writer but one,
# judgement-e's at 0.93). Without the age, left out, judgement-r's 0.82 title lost its thread's minors (7 comments).
# None turns it off.
MINORS_TITLE_SURE: float | None = 0.8
MINORS_CLASS = "minors"


# A head where a parent chooses or buys for a child of an age ("Junior-paketet till min 8-åring – vilken storlek?",
# "Skates for my 9-year-old – which size?", "Luistimet 8-vuotiaalle – mikä koko?": rules' ``child_buyer``) names the
# child as the reason for a purchase, and the writers' rules say parents mentioning their kids as buyers are not minors.
# When every minors rule's hit on such a head lies inside that buying phrase (the child's age) and the detector reads
# the head under its minors grey band, the head carries no minors: it passes none to its comments (:func:`thread_flags`)
# and lets its comments' own minors reach only those near it (:func:`sibling_title_agrees`, SIBLING_MINORS_OWN). A
# comment telling of a child's own situation keeps its own flag. A child's own post ("I'm 13 and want ... for my
# 8-year-old brother") keeps its rule outside the phrase, a named child's story ("Aino 9v soittaa ...") buys nothing.
# Session 38 (judgement-t, spent): such a title passed minors to 17 comments, 2 labelled minors and 10 should-draft,
# detector 0.24; no title of the spent judgement-a..n, r, s or w is so worded. False passes the rule's minors on.
CHILD_BUYER_HEAD = True


def child_buyer_head(head: str, verdict: Verdict | None, language: str | None = None) -> bool:
    """The head chooses or buys for a child of an age (rules' ``child_buyer``), no minors rule hits it outside that
    phrase and the detector reads it under the minors grey band (CHILD_BUYER_HEAD)."""
    if not CHILD_BUYER_HEAD or verdict is None or rules.match("child_buyer", head, language) is None:
        return False
    if rules.risk_match(MINORS_CLASS, rules.without("child_buyer", head, language), language) is not None:
        return False
    return MINORS_CLASS not in (*verdict.flags, *verdict.uncertain) and verdict.scores.get(
        MINORS_CLASS, 1.0
    ) < _grey_start(MINORS_CLASS)


def unsure_minors_title(head: str, verdict: Verdict | None, language: str | None = None) -> bool:
    """The head's minors is the detector's alone (flag or grey band, no minors rule), it names no child's age (rules'
    ``child_age``) and reads under MINORS_TITLE_SURE: a title naming children as a group, whose minors reaches its
    comments as a doubt (:func:`asked_title_flags`)."""
    if MINORS_TITLE_SURE is None or verdict is None or MINORS_CLASS not in (*verdict.flags, *verdict.uncertain):
        return False
    if MINORS_CLASS in rules.risk_flags(head, language) or rules.match("child_age", head, language) is not None:
        return False
    return verdict.scores.get(MINORS_CLASS, 1.0) < MINORS_TITLE_SURE


def asked_title_flags(
    head: str, verdict: Verdict | None, flags: Sequence[str], language: str | None = None, names: Sequence[str] = ()
) -> tuple[str, ...]:
    """Which of the ``flags`` a thread's head passes on (:func:`thread_flags`) it only names as its topic
    (ASKED_TITLE): the head asks (:func:`asking_title`) and the class is the detector's alone, one of
    ASKED_TITLE_CLASSES; and minors from a head that names children as a group (:func:`unsure_minors_title`)."""
    if verdict is None:
        return ()
    unsure = (MINORS_CLASS,) if unsure_minors_title(head, verdict, language) else ()
    if not ASKED_TITLE or not asking_title(head, language):
        return tuple(flag for flag in flags if flag in unsure)
    ruled = set(rules.risk_flags(head, language, names))
    return tuple(
        flag
        for flag in flags
        if flag in unsure
        or (flag not in ruled and flag not in SUPPORT_FREE and flag in ASKED_TITLE_CLASSES and flag in verdict.scores)
    )


def asking_title(head: str, language: str | None = None) -> bool:
    """The thread's head asks (a question, or the thread's people: rules' ``crowd``) and tells no harm that happened
    (rules' ``harm_event``)."""
    asks = rules.is_question(head, language) or rules.match("crowd", head, language) is not None
    return asks and rules.match("harm_event", head) is None


def condition_title(head: str) -> bool:
    """The thread's title names a standing condition as its topic and tells no harm that happened (CONDITION_TITLE)."""
    return (
        CONDITION_TITLE and rules.match("condition_title", head) is not None and rules.match("harm_event", head) is None
    )


def title_needed(counted: int) -> int:
    """How many of a thread's ``counted`` comments must carry a class the detector alone flags in its title for the
    title to pass it on: TITLE_SUPPORT_MIN, or TITLE_SUPPORT_SHARE of them when that is fewer, at least one."""
    return max(1, min(TITLE_SUPPORT_MIN, math.ceil(TITLE_SUPPORT_SHARE * counted - 1e-9)))


def thread_flags(
    head: str,
    verdict: Verdict | None,
    language: str | None = None,
    support: Mapping[str, int] | None = None,
    needed: int = TITLE_SUPPORT_MIN,
    firm: Mapping[str, int] | None = None,
    flagged: Mapping[str, int] | None = None,
    names: Sequence[str] = (),
) -> tuple[str, ...]:
    """Flags a thread's title and body pass on to its comments: by rule or by the detector, its grey
    band included (a title that may be about a death sends every comment under it to a person: on
    judgement-a this halved the risky comments drafted, 21 -> 12, for 10 more hard negatives escalated).

    ``support`` (:func:`title_support`, the thread's comments counted per class): when given, a class only the
    detector flags in the title (SUPPORT_FREE aside) passes on when ``needed`` comments carry it too
    (:func:`title_needed`), and a class only in the title's grey band when ``needed`` of them carry it or one other
    class (GREY_TITLE_SUPPORT), counted in ``firm`` when given (the comments' flags and grey bands, no doubts:
    GREY_SUPPORT_FIRM), and when ``flagged`` (their rules and flags alone) is given, as many carry one class by a flag
    or twice as many come near one in ``support`` (GREY_SUPPORT_FLAGGED); with ``flagged``, a telling head just under
    its crisis or injury grey band passes the class when ``needed`` comments flag it (NEAR_TITLE_SHARE).

    ``names`` (the brand's own terms and its competitors' names): a rule's hit inside one of them is no hit
    (:func:`bot.signals.rules.unnamed`: "Stygnverkets nya vårmönster" names a shop, not stitches in a wound)."""
    found = dict.fromkeys(flag for flag in rules.risk_flags(head, language, names) if flag in THREAD_FLAGS)
    if MINORS_CLASS in found and child_buyer_head(head, verdict, language):
        del found[MINORS_CLASS]
    if verdict is not None and "crisis_or_tragedy" in found and _title_thing_death(found, verdict):
        del found["crisis_or_tragedy"]
    if verdict is not None:
        for flag in verdict.flags:
            if flag not in THREAD_FLAGS or flag in found:
                continue
            if support is None or flag in SUPPORT_FREE or support.get(flag, 0) >= needed:
                found[flag] = None
        for flag in verdict.uncertain:
            if flag not in THREAD_FLAGS or flag in found:
                continue
            grey_support = firm if firm is not None and GREY_SUPPORT_FIRM else support
            if (
                grey_support is None
                or flag in SUPPORT_FREE
                or (_risky_thread(grey_support, needed) and _flagged_or_crowded(flagged, support, needed))
            ):
                found[flag] = None
        for flag in _near_title(head, verdict, language, flagged, needed):
            found.setdefault(flag, None)
    return tuple(flag for flag in found if flag not in _condition_blocked(head))


def _near_title(
    head: str, verdict: Verdict, language: str | None, flagged: Mapping[str, int] | None, needed: int
) -> tuple[str, ...]:
    """The classes a head that tells rather than asks (:func:`asking_title`) reads just under their grey band
    (NEAR_TITLE_SHARE of its start or more, no flag or grey band of it) that ``needed`` of its thread's comments carry
    by a rule or the detector's flag (``flagged``), of NEAR_TITLE_CLASSES."""
    if NEAR_TITLE_SHARE is None or flagged is None or asking_title(head, language):
        return ()
    return tuple(
        flag
        for flag in NEAR_TITLE_CLASSES
        if flag in verdict.scores
        and flag not in (*verdict.flags, *verdict.uncertain)
        and verdict.scores[flag] >= NEAR_TITLE_SHARE * _grey_start(flag)
        and flagged.get(flag, 0) >= needed
    )


def _condition_blocked(head: str) -> tuple[str, ...]:
    """The classes a condition title (:func:`condition_title`) does not pass on, and with SIBLING_MINORS_OWN minors
    unless the head itself carries it (:func:`sibling_title_agrees`)."""
    return CONDITION_CLASSES if condition_title(head) else ()


def _flagged_or_crowded(flagged: Mapping[str, int] | None, support: Mapping[str, int] | None, needed: int) -> bool:
    """A grey title's support holds beyond grey readings (GREY_SUPPORT_FLAGGED): ``needed`` comments carry one class by
    a rule or a flag, or twice ``needed`` come near one (flags, grey bands and doubts). Always, with it off or without
    the counts."""
    if not GREY_SUPPORT_FLAGGED or flagged is None or support is None:
        return True
    return _risky_thread(flagged, needed) or _risky_thread(support, 2 * needed)


def _risky_thread(support: Mapping[str, int], needed: int) -> bool:
    """The thread's comments carry one risk class in numbers (``needed`` of them, :func:`title_needed`): what a class
    only in its title's grey band needs to pass on (GREY_TITLE_SUPPORT; always, with it off)."""
    return not GREY_TITLE_SUPPORT or max((support.get(flag, 0) for flag in THREAD_FLAGS), default=0) >= needed


def title_support(carried: Sequence[Sequence[str]]) -> dict[str, int]:
    """Per risk class, how many of a thread's comments carry it on their own (:func:`thread_flags`' ``support``):
    ``carried`` holds, per comment judged without its thread's flags, its :func:`sibling_risk` and its doubts
    (:func:`own_classes`; a stored comment's own risk will do)."""
    counts: dict[str, int] = {}
    for classes in carried:
        for flag in dict.fromkeys(f for f in classes if f in THREAD_FLAGS):
            counts[flag] = counts.get(flag, 0) + 1
    return counts


def own_classes(sig: Signals) -> tuple[str, ...]:
    """The risk classes one comment, judged without its thread's flags, carries on its own: its flags, grey band
    (:func:`sibling_risk`) and doubts (``risk_doubt``)."""
    return tuple(dict.fromkeys((*sibling_risk(sig), *(f for f in sig.risk_doubt if f in THREAD_FLAGS))))


# A thread whose comments keep raising the same risk is about it, whatever its title says (a title about child
# benefit cuts that neither the rules nor the detector read as politics): when at least SIBLING_SHARE of a
# thread's assessed comments, and at least SIBLING_MIN of them, carry one risk flag of their own, every comment
# under it carries it too (:func:`sibling_flags`). In the dev data no thread without a thread-wide risk label
# came above a quarter of its comments (two threads at 4 of 16); the threads whose title carries a risk that
# was missed (judgement-a's political b8, 5 of 14) come above a third.
SIBLING_SHARE = 1 / 3
SIBLING_MIN = 4
# A comment's grey band counts towards its thread's risk as its flags do (:func:`sibling_risk`): a thread whose
# comments keep coming near one risk is about it though the detector is sure of few of them ("min dotter har
# hemrespirator", "happirikastin syö aika paljon" under a title about a father's home dialysis). Only adds flags.
SIBLING_GREY = True


# ... with one exception, a titled thread whose title reads far from that class and fewer than SIBLING_FAR_SHARE of
# whose comments carry it: there the comments that carry it mostly tell their own situations (six parents each of
# their own child under "rowers and children in one home?", a pile-on of insults under a farmer's price dispute), and a
# title that is about the risk passes it on by itself (:func:`thread_flags`: its rules, the detector's flag with
# support, its grey band). The writers label a risk on every comment of a thread only when its title or body carries
# it (judgement-g, judgement-h: BRIEF.md, "title risk"). Under such a title the class still reaches a comment that comes
# near it on its own (SIBLING_NEAR_SHARE of the class's grey band, or a doubt of it), and is a doubt on every other
# comment (``risk_doubt``: never drafted, at most digested, a person reads it). The title reads far from a class when
# no rule of the class hits it and its own probability is under SIBLING_TITLE_SHARE of the class's grey band; a thread
# without a title, or a class the detector does not judge (a competitor's thread: the rules), keeps the siblings' word.
# Measured on the spent judgement-b..h and dev-f, dev-g (session 19): the threads the siblings flagged under a far title
# whose class is labelled on a few comments (4 to 8 of 18 or 19) had 0.33 to 0.44 of their comments carrying it; the
# three whose title carries the risk the detector missed (judgement-b: a father's home dialysis, a package-travel
# claim, a guide shouting at children) 0.46 to 0.54, so the share is a thin line. Risky drafted and every class's
# recall unchanged on all nine sets; hard negatives flagged or escalated h 22 -> 17, f 27 -> 24, c 42 -> 36, d 28 -> 27,
# e 22 -> 21, dev-g 53 -> 51, dev-f 39 -> 38 (b and g unchanged).
SIBLING_TITLE_SHARE = 0.5
SIBLING_NEAR_SHARE = 0.5
SIBLING_FAR_SHARE = 0.45
# ... and of the thread's other comments, only those whose own probability of the class reaches SIBLING_DOUBT_SHARE of
# its grey band's start get it as that doubt: one the detector reads nowhere near the class ("do you deliver on
# Saturdays?") is judged on its own, as the writers label it ("otherwise each comment is labelled on its own"). Fitted
# across the seventeen spent writers judgement-b..r (session 29, `python -m eval.thread_fit`): on b, d, j, l, n, p, r
# no level of 0.1 to 0.4 cost a risky comment; on c, e, i, k, m, o, q 0.3 and 0.4 drafted one under "Curlaus Ruotsissa
# ja huonot polvet" ("Mulla on nivelrikko molemmissa polvissa"), 0.2 none; leave-one-writer-out (the highest-gaining
# level with no risky cost on the other sixteen) picks 0.2 for every writer but q. At 0.2, over judgement-b..r:
# should-draft true positives 2614 -> 2675, false positives 546 -> 567; risky drafted and caught, hard negatives,
# ordinary comments and opt-outs unchanged. 0.0 gives every comment the doubt, as before. Measured at 0.2 on the fresh
# judgement-t (a writer none of this was fitted on, aggregates only): one more risky comment drafted (3 -> 4 of 278;
# with the share at 0.0 and everything else the same, 3 again), for should-draft recall 0.491 -> 0.495. A risky
# comment drafted outweighs a few more drafts: 0.0 (off), the mechanism kept for a fit that costs no risky comment.
SIBLING_DOUBT_SHARE = 0.0


# Minors pass from a thread's comments to every comment only under a head that carries minors itself (its rule, the
# detector's flag or grey band): under a title about children as a group (a school trip, a family course, a children's
# suit) the parents and teachers each tell of their own children, and the writers flag those comments, not the thread
# (a child's own post or a named child's video is flagged by its title). Such a thread's other comments get minors as a
# doubt (never drafted, at most digested), whatever share of the thread carries it (session 28: judgement-o's family
# course, judgement-m's children's bee suits, judgement-r's school trip). False lets the title's nearness and the share
# pass it, as before.
SIBLING_MINORS_OWN = True
SIBLING_OWN_CLASSES = ("minors",)


def sibling_title_agrees(
    flag: str, head: str, verdict: Verdict | None, language: str | None = None, names: Sequence[str] = ()
) -> bool:
    """Whether a thread's head (title and body, with its detector verdict) lets its comments pass ``flag`` on to every
    comment under it (:func:`sibling_flags`): no head text or verdict, a class the detector does not judge, a rule of
    that class on the head, or the head's probability at SIBLING_TITLE_SHARE of the class's grey band or more."""
    if flag in _condition_blocked(head):
        return False
    if not head.strip() or verdict is None or flag not in verdict.scores:
        return True
    if flag == MINORS_CLASS and (
        unsure_minors_title(head, verdict, language) or child_buyer_head(head, verdict, language)
    ):
        return False
    if flag in verdict.flags or flag in verdict.uncertain or flag in rules.risk_flags(head, language, names):
        return True
    if SIBLING_MINORS_OWN and flag in SIBLING_OWN_CLASSES:
        return False
    return verdict.scores[flag] >= SIBLING_TITLE_SHARE * _grey_start(flag)


def _grey_start(flag: str) -> float:
    """Where the committed detector's grey band of ``flag`` starts."""
    model = detector()
    return float(model.grey_at[model.classes.index(flag)])


def sibling_risk(sig: Signals) -> tuple[str, ...]:
    """What one judged comment (:func:`judge`, without its thread's flags) adds to its thread's count for
    :func:`sibling_flags`: its risk flags and, with SIBLING_GREY, the risk classes of its grey band."""
    grey = tuple(flag for flag in sig.uncertain if flag in THREAD_FLAGS) if SIBLING_GREY else ()
    return tuple(dict.fromkeys((*sig.risk, *grey)))


def sibling_flags(flags_per_comment: Sequence[Sequence[str]]) -> tuple[str, ...]:
    """The risk flags a thread's own comments (each comment's flags, the thread's not added) pass on to
    every comment under it: those carried by SIBLING_SHARE of them and by SIBLING_MIN at least."""
    counts: dict[str, int] = {}
    for flags in flags_per_comment:
        for flag in dict.fromkeys(flags):
            counts[flag] = counts.get(flag, 0) + 1
    total = len(flags_per_comment)
    return tuple(f for f, k in counts.items() if k >= SIBLING_MIN and k >= SIBLING_SHARE * total)


def judge(
    sig: Signals, verdict: Verdict | None, thread: Sequence[str] = (), *, learned: bool = True, aside: bool = True
) -> Signals:
    """The classifier's signals with the detector's flags, grey band and doubts (``risk_doubt``: at most digested)
    and the thread's flags added. ``learned`` False leaves out the learnt figure (:func:`_learned_figure`) and
    ``aside`` False a topic set aside (SET_ASIDE): what a comment counts for in its thread (:func:`judge_threads`)
    stays what its words read on their own."""
    if sig.skip:
        return sig
    risk = dict.fromkeys(sig.risk)
    opt_out = sig.opt_out
    doubt = False
    near: tuple[str, ...] = ()
    uncertain: dict[str, None] = dict.fromkeys(sig.uncertain)
    evidence = dict(sig.evidence)
    if aside and verdict is not None and _set_aside(sig, verdict):
        evidence["set_aside"] = "a topic the writer sets aside before what they mean"
        if sig.method == "offline":
            risk = {flag: None for flag in risk if flag not in SET_ASIDE_CLASSES or flag in _firm(sig)}
        verdict = replace(
            verdict,
            flags=tuple(f for f in verdict.flags if f not in SET_ASIDE_CLASSES),
            uncertain=tuple(f for f in verdict.uncertain if f not in SET_ASIDE_CLASSES),
            doubts=tuple(f for f in verdict.doubts if f not in SET_ASIDE_CLASSES),
        )
    if verdict is not None and sig.method == "offline" and sig.is_question and not thread:
        risk, dropped = _literal(risk, verdict, _firm(sig))
        if dropped:
            evidence["figurative"] = dropped
    figure = verdict is not None and _figure(sig, verdict)
    if figure and verdict is not None:
        evidence["figurative"] = f"a figure of speech ({verdict.figure:+.3f})"
        if sig.method == "offline":
            kept = _kept_firm(sig) if sig.is_question else ()
            risk = {flag: None for flag in risk if flag not in FIGURE_CLASSES or flag in kept}
        verdict = replace(
            verdict,
            flags=tuple(f for f in verdict.flags if f not in FIGURE_CLASSES),
            uncertain=tuple(f for f in verdict.uncertain if f not in FIGURE_CLASSES),
            doubts=tuple(f for f in verdict.doubts if f not in FIGURE_CLASSES),
        )
    if verdict is not None and sig.method == "offline" and not risk and _grey_figure(verdict):
        evidence["figurative"] = f"a grey reading nearer a figure of speech ({verdict.figure:+.3f})"
        verdict = replace(
            verdict,
            uncertain=tuple(f for f in verdict.uncertain if f not in FIGURE_CLASSES),
            doubts=tuple(dict.fromkeys((*verdict.doubts, *(f for f in verdict.uncertain if f in FIGURE_CLASSES)))),
        )
    if verdict is not None and _ordinary(sig, verdict):
        evidence["ordinary"] = f"a question about the brand's own terms ({verdict.ordinary:+.3f})"
        if sig.method == "offline":
            risk = {flag: None for flag in risk if flag != ORDINARY_CLASS or flag in _kept_firm(sig)}
        verdict = replace(
            verdict,
            flags=tuple(f for f in verdict.flags if f != ORDINARY_CLASS),
            uncertain=tuple(f for f in verdict.uncertain if f != ORDINARY_CLASS),
            doubts=tuple(f for f in verdict.doubts if f != ORDINARY_CLASS),
        )
    if verdict is not None and sig.method == "offline" and _thing_death(risk, verdict):
        del risk["crisis_or_tragedy"]
        evidence["figurative"] = f"crisis_or_tragedy: a thing's death ({verdict.thing_death:+.3f})"
    weighed = learned and verdict is not None and not figure
    learnt = weighed and verdict is not None and _learned_figure(sig, verdict, thread, risk)
    agreed = weighed and verdict is not None and not learnt and _agreed_figure(sig, verdict, thread, risk)
    if (learnt or agreed) and verdict is not None:
        evidence["figurative"] = (
            f"a learnt figure of speech ({verdict.figure_learned:+.3f}): a doubt"
            if learnt
            else f"figure readings agree (clause {verdict.figure:+.3f}, learnt {verdict.figure_learned:+.3f}): a doubt"
        )
        moved = [f for f in (*risk, *verdict.flags, *verdict.uncertain) if f in FIGURE_CLASSES]
        risk = {flag: None for flag in risk if flag not in FIGURE_CLASSES}
        verdict = replace(
            verdict,
            flags=tuple(f for f in verdict.flags if f not in FIGURE_CLASSES),
            uncertain=tuple(f for f in verdict.uncertain if f not in FIGURE_CLASSES),
            doubts=tuple(dict.fromkeys((*verdict.doubts, *moved))),
        )
    if verdict is not None:
        for flag in verdict.flags:
            if flag == "opt_out":
                opt_out = True
            else:
                risk.setdefault(flag, None)
        for flag in verdict.uncertain:
            if flag in risk or (flag == "opt_out" and opt_out):
                continue
            uncertain.setdefault(flag, None)
        doubt = (
            not opt_out
            and "opt_out" not in uncertain
            and not verdict.asks_contact
            and not verdict.wishes_contact
            and verdict.scores.get("opt_out", 0.0) >= OPT_OUT_DOUBT
        )
        if doubt:
            evidence["opt_out_doubt"] = f"opt_out {verdict.scores['opt_out']:.2f}"
        near = tuple(flag for flag in verdict.doubts if flag not in risk and flag not in uncertain)
        if near:
            evidence["risk_doubt"] = ", ".join(near)
        semantic = list(verdict.flags)
        if semantic:
            evidence["semantic"] = ", ".join(f"{f} {verdict.scores[f]:.2f}" for f in semantic)
        if uncertain:
            evidence["uncertain"] = ", ".join(f"{f} {verdict.scores.get(f, 0):.2f}" for f in uncertain)
    for flag in thread:
        if flag not in risk:
            risk[flag] = None
            evidence["thread"] = ", ".join(thread)
    return replace(
        sig,
        risk=tuple(risk),
        opt_out=opt_out,
        uncertain=tuple(uncertain),
        evidence=evidence,
        opt_out_doubt=sig.opt_out_doubt or doubt,
        risk_doubt=tuple(dict.fromkeys((*sig.risk_doubt, *near))),
    )


Thread = TypeVar("Thread", bound=Hashable)


@dataclass(frozen=True)
class Judged:
    """One comment judged in its thread (:func:`judge_threads`)."""

    signals: Signals  # the classifier's signals with the detector's verdict and its thread's flags (:func:`judge`)
    own: tuple[str, ...]  # what it adds to its thread's count on its own (:func:`sibling_risk`), stored for later polls
    title_flags: tuple[str, ...]  # what its thread's title and body passed on (:func:`thread_flags`)
    sibling_flags: tuple[str, ...]  # what its thread's other comments passed on (:func:`sibling_flags`)


def judge_threads(
    signals: Sequence[Signals],
    verdicts: Sequence[Verdict | None],
    threads: Sequence[Thread],
    heads: Mapping[Thread, tuple[str, Verdict | None]],
    earlier: Mapping[Thread, Sequence[Sequence[str]]] | None = None,
    stored_own: Sequence[tuple[str, ...] | None] | None = None,
    names: Sequence[str] = (),
) -> list[Judged]:
    """Every comment judged in its thread, the one path production (:mod:`bot.opportunities.assess`) and the
    evaluation (:mod:`eval.run`) share: each comment judged alone (:func:`judge`), the thread's comments counted
    per class (:func:`title_support`, :func:`sibling_flags`), the thread's head (title and body, with its detector
    verdict, :func:`bot.signals.judgement.head_verdicts`) passing its flags (:func:`thread_flags`), and each comment
    judged again with its thread's flags.

    ``threads`` names each comment's thread; ``heads`` maps a thread to its head text and verdict (a thread without
    one passes no title flags); ``earlier`` holds per thread the own flags of its comments assessed before (not
    among these); ``stored_own`` per comment its stored own flags when its text is unchanged (they count instead of
    judging it alone again: its stored risk holds what it once inherited). ``names`` (the brand's own terms and its
    competitors' names) are no rule's hit on a head (:func:`thread_flags`). A skipped comment counts for nothing."""
    count: dict[Thread, list[Sequence[str]]] = {t: list(f) for t, f in (earlier or {}).items()}
    flagged: dict[Thread, list[Sequence[str]]] = {t: list(f) for t, f in (earlier or {}).items()}
    carried: dict[Thread, list[Sequence[str]]] = {t: list(f) for t, f in (earlier or {}).items()}
    own: list[tuple[str, ...]] = []
    for index, sig in enumerate(signals):
        if sig.skip:
            own.append(())
            continue
        stored = stored_own[index] if stored_own is not None else None
        if stored is not None:
            own.append(tuple(stored))
            classes: Sequence[str] = own[index]
            ruled: Sequence[str] = own[index]
        else:
            alone = judge(sig, verdicts[index], learned=False, aside=False)
            own.append(sibling_risk(alone))
            classes = own_classes(alone)
            ruled = alone.risk
        count.setdefault(threads[index], []).append(own[index])
        flagged.setdefault(threads[index], []).append(ruled)
        carried.setdefault(threads[index], []).append(classes)
    siblings = {thread: sibling_flags(flags) for thread, flags in count.items()}
    support = {thread: title_support(classes) for thread, classes in carried.items()}
    firm = {thread: title_support(classes) for thread, classes in count.items()}
    flagged_counts = {thread: title_support(classes) for thread, classes in flagged.items()}
    out: list[Judged] = []
    for index, sig in enumerate(signals):
        if sig.skip:
            out.append(Judged(sig, (), (), ()))
            continue
        thread = threads[index]
        head = heads.get(thread)
        from_title = (
            thread_flags(
                head[0],
                head[1],
                sig.language,
                support.get(thread, {}),
                title_needed(len(carried.get(thread, ()))),
                firm.get(thread, {}),
                flagged_counts.get(thread, {}),
                names,
            )
            if head and head[0]
            else ()
        )
        verdict = verdicts[index]
        # a class the comment sets aside (SET_ASIDE) or reads as a figure of speech (SIBLING_FIGURE_DOUBT) reaches it
        # from its siblings as a doubt, never as a flag
        agreed = [
            not (flag in SET_ASIDE_CLASSES and verdict is not None and _set_aside(sig, verdict))
            and not (
                SIBLING_FIGURE_DOUBT and flag in FIGURE_CLASSES and verdict is not None and _own_figure(sig, verdict)
            )
            and (
                head is None
                or sibling_title_agrees(flag, head[0], head[1], sig.language, names)
                or (
                    not (SIBLING_MINORS_OWN and flag in SIBLING_OWN_CLASSES)
                    and _carried_share(flag, count.get(thread, [])) >= SIBLING_FAR_SHARE
                )
            )
            for flag in siblings.get(thread, ())
        ]
        # a class the title reads far from still passes to a comment that comes near it on its own, unless what brings
        # it near is a figure of speech (SIBLING_FIGURE_FAR)
        near = [
            ok or (verdict is not None and _near_own(flag, sig, verdict))
            for flag, ok in zip(siblings.get(thread, ()), agreed, strict=True)
        ]
        from_siblings = tuple(flag for flag, ok in zip(siblings.get(thread, ()), near, strict=True) if ok)
        # a class an asking title only names (ASKED_TITLE) reaches this comment as a doubt, unless its siblings pass it
        asked = asked_title_flags(head[0], head[1], from_title, sig.language, names) if head and head[0] else ()
        faint = tuple(flag for flag in asked if flag not in from_siblings)
        from_title = tuple(flag for flag in from_title if flag not in faint)
        flags = tuple(dict.fromkeys((*from_title, *from_siblings)))
        judged = judge(sig, verdict, flags)
        doubted = [
            f
            for f, ok in zip(siblings.get(thread, ()), near, strict=True)
            if not ok and (verdict is None or _near_doubt(f, verdict))
        ]
        doubted = list(dict.fromkeys((*doubted, *faint)))
        out.append(Judged(_sibling_doubts(judged, doubted), own[index], from_title, from_siblings))
    return out


def _carried_share(flag: str, flags_per_comment: Sequence[Sequence[str]]) -> float:
    """The share of a thread's counted comments that carry ``flag`` on their own."""
    if not flags_per_comment:
        return 0.0
    return sum(flag in flags for flags in flags_per_comment) / len(flags_per_comment)


# A comment whose own reading of a class is a figure of speech (:func:`_figure`: "needle changes are my mortal enemy",
# "the binding would be the death of me") does not come near that class by it: under a title far from the class the
# thread's comments that tell real harms pass it on as a doubt, as to any other comment (never drafted, at most
# digested), not as a flag. On the spent judgement-k a sewing-safety thread's injury reached such a figure as a flag.
SIBLING_FIGURE_FAR = True


# ... and under any title: a class its thread's comments pass on (:func:`sibling_flags`) reaches a comment whose own
# reading of the figure classes is a figure of speech (:func:`_own_figure`: the hand-written margins, or the learnt
# model at LEARNED_FIGURE_AT) as a doubt, not a flag: never drafted, at most digested, a person still reads it. A thread
# of comments telling harms is about them; a comment that borrows their words for a feeling ("our family budget had a
# heart attack, how much is a day trip?", "my glue gun and I have a blood feud") tells none. A title's own flags still
# pass. False passes the siblings' class to it as to any comment (session 37).
SIBLING_FIGURE_DOUBT = True


def _own_figure(sig: Signals, verdict: Verdict) -> bool:
    """The comment's own reading of FIGURE_CLASSES is a figure of speech: by the hand-written margins (:func:`_figure`)
    or, for the offline classifier's comment with no firm rule, by the learnt model at LEARNED_FIGURE_AT or more."""
    if _figure(sig, verdict):
        return True
    return (
        LEARNED_FIGURE_AT is not None
        and verdict.figure_learned is not None
        and verdict.figure_learned >= LEARNED_FIGURE_AT
        and sig.method == "offline"
        and not _firm(sig)
    )


def _near_own(flag: str, sig: Signals, verdict: Verdict) -> bool:
    """The comment comes near ``flag`` on its own (a doubt of it or :func:`_near_class`), not by a figure of speech nor
    by a topic it sets aside (SET_ASIDE)."""
    if SIBLING_FIGURE_FAR and flag in FIGURE_CLASSES and _figure(sig, verdict):
        return False
    if SIBLING_FIGURE_DOUBT and flag in FIGURE_CLASSES and _own_figure(sig, verdict):
        return False
    if flag in SET_ASIDE_CLASSES and _set_aside(sig, verdict):
        return False
    return flag in verdict.doubts or _near_class(flag, verdict)


def _near_doubt(flag: str, verdict: Verdict) -> bool:
    """The comment's own probability of ``flag`` reaches SIBLING_DOUBT_SHARE of the class's grey band's start (a class
    the detector does not judge always does)."""
    return flag not in verdict.scores or verdict.scores[flag] >= SIBLING_DOUBT_SHARE * _grey_start(flag)


def _near_class(flag: str, verdict: Verdict) -> bool:
    """The comment's own probability of ``flag`` reaches SIBLING_NEAR_SHARE of the class's grey band's start."""
    return flag in verdict.scores and verdict.scores[flag] >= SIBLING_NEAR_SHARE * _grey_start(flag)


def _sibling_doubts(sig: Signals, doubted: Sequence[str]) -> Signals:
    """``sig`` with the classes its thread's comments raise under a title far from them (:func:`sibling_title_agrees`)
    as doubts (``risk_doubt``: never drafted, at most digested), where it does not carry them already."""
    near = tuple(f for f in doubted if f not in sig.risk and f not in sig.uncertain and f not in sig.risk_doubt)
    if not near:
        return sig
    evidence = {**sig.evidence, "sibling_doubt": ", ".join(near)}
    return replace(sig, risk_doubt=(*sig.risk_doubt, *near), evidence=evidence)


# Praise tells a figure too ("the sauna killed me in the best way", "so good I nearly died 😂"): the comment's own risk
# is weighed by the same margins when it is a question or praise.
FIGURE_PRAISE = True
# Any other comment (a statement, a complaint, a remark) keeps its own risk unless its riskiest clause is this much
# nearer a figure of speech: a statement tells a harm as it happened far more often than a question does, so the
# margin is wider than FIGURE_MARGIN and the rules' ``laughter`` does not narrow it ("Att tända första ljuset är som att
# väcka de döda" scores +0.053). Chosen on the spent judgement-c, -k, -m, -n, -p and dev (session 26): the highest
# labelled risky comment that is neither a question nor praise scored +0.031 (an insult under a thread about a death,
# "Mikko oot aina ollu idiootti"), condolences +0.024; above 0.045 lie one hard negative each on judgement-p ("väcka de
# döda") and judgement-c ("would sell a kidney for that window seat"), no risky comment. None turns it off.
FIGURE_MARGIN_STATEMENT: float | None = 0.045


# A comment that takes its risk back as a joke before saying what it means, the words it means carrying none of it
# ("<a joke about dying of something> 😂 but seriously, do you ship abroad?": judgement.Verdict.earnest), is a figure of
# speech whatever its margin: the writer says which words are meant, where e5 weighs the words the joke borrows. On the
# spent judgement-r the one such comment the detector flagged scored -0.010 (laughing, under FIGURE_MARGIN_LAUGHING).
# False turns it off.
EARNEST_FIGURE = True


# A question or praise that opens by setting a topic aside before what it means ("Politics aside, ...", "Ei mitään
# politiikkaa, lupaan: ...": judgement.Verdict.set_aside, the words after it carrying no risk) keeps none of its own
# politics, crisis, injury, money or harassment reading (judgement.SET_ASIDE_CLASSES): the writer says the topic is not
# the point. Only the offline classifier's rule hits are dropped (a model's labels never), never a firm rule's (a
# memorial, a kin who passed); minors, community rules and competitors stay. Its title's flags still count; a class
# its thread's other comments pass on (:func:`sibling_flags`) reaches it as a doubt (never drafted, at most digested),
# and what it counts for in its thread is what its words read (``judge(aside=False)``), so no sibling loses a flag by
# it. A statement, a complaint or a remark keeps its reading: it may tell what it sets aside. False turns it off.
SET_ASIDE = True


def _set_aside(sig: Signals, verdict: Verdict) -> bool:
    """The comment asks or praises and sets its risk aside before what it means (SET_ASIDE)."""
    return SET_ASIDE and verdict.set_aside and (sig.is_question or sig.intent == "praise")


def _figure(sig: Signals, verdict: Verdict) -> bool:
    """A question (or, with FIGURE_PRAISE, praise) whose own risk is a figure of speech (see FIGURE_MARGIN and
    FIGURE_MARGIN_LAUGHING), any other comment by the wider FIGURE_MARGIN_STATEMENT, or any comment taking its risk
    back as a joke (EARNEST_FIGURE)."""
    if verdict.figure is None:
        return False
    if EARNEST_FIGURE and verdict.earnest:
        return True
    asking = sig.is_question or (FIGURE_PRAISE and sig.intent == "praise")
    if not asking:
        return FIGURE_MARGIN_STATEMENT is not None and verdict.figure >= FIGURE_MARGIN_STATEMENT
    return verdict.figure >= (FIGURE_MARGIN_LAUGHING if verdict.laughing else FIGURE_MARGIN)


# A comment whose only own risk is the detector's grey band of crisis, injury, money or harassment (FIGURE_CLASSES: no
# rule, no flag) and whose riskiest clause is nearer a figure of speech than a harm told as it happened (its figure
# margin at GREY_FIGURE_AT or more, though under FIGURE_MARGIN) is a doubt, not an escalation: never drafted, at most
# digested, a person still reads it in the digest. Two weak readings (the detector unsure, the clause nearer a figure:
# "my wallet is in a coma after the last order", "my partner says they'll file for divorce if I join 😂") were sent
# to a person as a risk. Its thread's flags still count and a model's labels are never touched. Chosen over the spent
# judgement-l, -m, -n, -o, -p and dev (session 27): the highest risky grey-only comment scored +0.009 (a broken
# collarbone told in passing; at 0 four risky comments, on l, m, n and p, would have been digested instead of
# escalated); at 0.012 none is, and hard negatives escalated fall by one or two on o, p, n and l. The line is thin:
# it rests on the laughing margin's 0.01 (FIGURE_MARGIN_LAUGHING), not on a wide gap. None turns it off.
GREY_FIGURE_AT: float | None = 0.012


def _grey_figure(verdict: Verdict) -> bool:
    """The detector's grey band is the comment's only own risk, all of FIGURE_CLASSES, and its riskiest clause reads
    at least GREY_FIGURE_AT nearer a figure of speech (Verdict.figure)."""
    if GREY_FIGURE_AT is None or verdict.figure is None or verdict.figure < GREY_FIGURE_AT:
        return False
    grey = [f for f in verdict.uncertain if f not in NOT_RISK]
    risky_flags = [f for f in verdict.flags if f not in NOT_RISK]
    return bool(grey) and not risky_flags and all(f in FIGURE_CLASSES for f in grey)


# A comment whose own risk is only of FIGURE_CLASSES (rules, detector flag or grey band) and whose whole text the learnt
# figure model (:mod:`bot.signals.figure_model`: the spent writers' hard negatives against their risky comments) scores
# at LEARNED_FIGURE_AT or more is a doubt, not an escalation: never drafted, at most digested, a person reads it. Only
# the offline classifier's flags (a model's labels are never moved), never a firm rule's (a memorial, a kin who passed),
# never in a thread whose title or comments pass a flag on (a title's risk, a competitor's or a no-brands thread), never
# for a comment the hand-written margins already read as a figure; what the comment counts for in its thread is judged
# without it (judge_threads: ``learned=False``), so no sibling loses a flag by it. Chosen on the leave-one-writer-out
# means (session 29, ``python -m eval.figure_train --sweep``: each writer's comments through the pipeline with a model
# fitted on the other sixteen) over the spent judgement-f, -h, -k, -l, -m, -n, -o, -p, -q, -r: at 1.5 and below a risky
# comment is moved on p (crisis, injury), m (injury), l (harassment) or r (crisis); at 2.0 none is, and hard negatives
# flagged or escalated fall on o, p, q, l, f and h (see CHANGELOG). None turns it off.
LEARNED_FIGURE_AT: float | None = 2.0
# ... or, for a comment whose own risk is only the money class, this lower score. The detector flags a question about
# the brand's own terms (paying in parts, a deductible, a gift card, a permit) as money trouble when a figure of crime,
# violence or debt stands beside it ("my budget got murdered by the renovation, can I pay in parts?"): over the spent
# judgement-b..r its money flag was the signal behind the most hard negatives escalated (24 on 13 writers, session 31),
# and the ordinary-terms margin (ORDINARY_MARGIN) weighs the riskiest clause, which is the figure. Chosen leaving each
# writer out (session 31: the model fitted on the other sixteen, each left-out writer's threshold the lowest of 1.5,
# 1.0, 0.5 that moves no risky comment on the other sixteen): 1.0 for every writer; no risky comment moved on any, six
# hard negatives (b, e, f, j, p, q) no longer escalated; at 0.5 money comments labelled risky on e, f and o lose their
# escalation. The other three classes keep LEARNED_FIGURE_AT (crisis, injury and harassment lose risky comments at
# 1.5 or 1.0). A comment with another own class beside money keeps the higher threshold. None turns it off.
LEARNED_FIGURE_CLASS_AT: dict[str, float] | None = {"legal_or_financial_advice": 1.0}


def _learned_figure(sig: Signals, verdict: Verdict, thread: Sequence[str], risk: Mapping[str, None]) -> bool:
    """The offline classifier's comment, in a thread passing no flag, whose own risk (``risk``: the rule hits still
    kept after the other figure and thing-death checks) is only of FIGURE_CLASSES with no firm rule, scored a figure
    of speech by the learnt model by LEARNED_FIGURE_AT or more (by the highest of its own classes' thresholds in
    LEARNED_FIGURE_CLASS_AT: a comment whose own risk is only money, by 1.0)."""
    if LEARNED_FIGURE_AT is None or verdict.figure_learned is None:
        return False
    own = _figure_own(sig, verdict, thread, risk)
    if not own:
        return False
    by_class = LEARNED_FIGURE_CLASS_AT or {}
    return verdict.figure_learned >= max(by_class.get(flag, LEARNED_FIGURE_AT) for flag in own)


def _figure_own(sig: Signals, verdict: Verdict, thread: Sequence[str], risk: Mapping[str, None]) -> set[str]:
    """The offline classifier's comment's own risk classes (``risk`` and the detector's flags and grey band) when it
    is in a thread passing no flag, has no firm rule and they are all of FIGURE_CLASSES; else none."""
    if sig.method != "offline" or thread or _firm(sig):
        return set()
    own = {*risk, *(f for f in (*verdict.flags, *verdict.uncertain) if f not in NOT_RISK)}
    return own if own <= set(FIGURE_CLASSES) else set()


# Two readings agreeing that a harassment reading is a figure of speech, neither sure on its own: the riskiest clause
# nearer a figure than a harm told as it happened (Verdict.figure, the hand-written prototypes, at AGREED_FIGURE_AT[0]
# or more but under FIGURE_MARGIN) and the whole comment nearer the spent writers' hard negatives than their risky
# comments (Verdict.figure_learned, the learnt model, at AGREED_FIGURE_AT[1] or more but under LEARNED_FIGURE_AT). The
# detector reads harassment in the violence a family joke borrows ("Mun mies uhkas heittää kaikki purkit järveen jos
# ostan vielä yhden 😂 voiko avatun purkin palauttaa?", "Barnen har kidnappat hela garaget 😂", "my dad will disown me
# when he sees what I did to his old gift 😭 is a quote free?"); both readings place it on a thing or a feeling. As for
# the learnt figure alone (:func:`_learned_figure`): a doubt, not an escalation (never drafted, at most digested, a
# person still reads it), only the offline classifier's comment in a thread passing no flag, no firm rule, no
# harassment rule (an address, a threat told as made: no figure is weighed then, judgement._figure_candidates), and
# what the comment counts for in its thread is judged without it. Harassment only (AGREED_FIGURE_CLASSES): over the
# spent judgement-aa, -o, -q, -s, -u and -v (session 42) the same test on injury moved risky comments on five of the
# six (a fall, a burn told in passing), on crisis two, on money one ("I'm behind on my credit card because of this
# hobby", clause +0.011, learnt +0.54, above the money hard negatives it freed); on harassment no risky comment, five
# hard negatives (q 3, o 1, u 1) and five ordinary comments (sarcasm, a jab at a test winner) no longer escalated. Both
# readings at 0 or more: a wider or narrower line was not measured. None turns it off.
AGREED_FIGURE_AT: tuple[float, float] | None = (0.0, 0.0)
AGREED_FIGURE_CLASSES: tuple[str, ...] = ("harassment",)


def _agreed_figure(sig: Signals, verdict: Verdict, thread: Sequence[str], risk: Mapping[str, None]) -> bool:
    """A question whose own risk is only of AGREED_FIGURE_CLASSES, checked as for the learnt figure
    (:func:`_figure_own`), and both figure readings of ``verdict`` reach AGREED_FIGURE_AT."""
    if AGREED_FIGURE_AT is None or not sig.is_question or verdict.figure is None or verdict.figure_learned is None:
        return False
    own = _figure_own(sig, verdict, thread, risk)
    if not own or not own <= set(AGREED_FIGURE_CLASSES):
        return False
    margin, learned = AGREED_FIGURE_AT
    return verdict.figure >= margin and verdict.figure_learned >= learned


def _ordinary(sig: Signals, verdict: Verdict) -> bool:
    """A question whose own risk is a plain question about the brand's own billing or terms (see ORDINARY_MARGIN)."""
    return sig.is_question and verdict.ordinary is not None and verdict.ordinary >= ORDINARY_MARGIN


def _thing_death(risk: Mapping[str, None], verdict: Verdict) -> bool:
    """The offline crisis flag rests only on death words about a thing (figurative.THING_MARGIN or more) and
    the detector neither flags nor doubts a crisis."""
    return (
        "crisis_or_tragedy" in risk
        and verdict.thing_death is not None
        and verdict.thing_death >= figurative.THING_MARGIN
        and "crisis_or_tragedy" not in (*verdict.flags, *verdict.uncertain)
    )


# A title whose crisis rule rests on death words about a thing ("Used turntable from <shop> died after 2 months") passes
# the crisis on only as the detector's own reading does: its flag with the thread's support (:func:`title_needed`), its
# grey band as a grey title's. Before, the detector's flag or grey band on such a title kept the rule's hit, which needs
# no support: the detector reads "died" as a death with confidence (0.89 on that title), so a thing's death passed to
# every comment under it. A thread about a person's death has comments that carry the crisis on their own
# (condolences are a firm rule). False keeps the old test (the detector's crisis keeps the rule's hit).
TITLE_THING_SUPPORT = True


def _title_thing_death(risk: Mapping[str, None], verdict: Verdict) -> bool:
    """A title's crisis rule rests only on death words about a thing (figurative.THING_MARGIN or more): with
    TITLE_THING_SUPPORT whatever the detector reads (its own flag and grey band still pass on with support), else
    as on a comment (:func:`_thing_death`)."""
    if not TITLE_THING_SUPPORT:
        return _thing_death(risk, verdict)
    return (
        "crisis_or_tragedy" in risk
        and verdict.thing_death is not None
        and verdict.thing_death >= figurative.THING_MARGIN
    )


# A firm rule's hit (rules' ``firm``: the situation named, a harm done to a body told as it happened, the law's fine or
# leave asked) on a question is kept when its riskiest clause reads nearer a figure of speech (:func:`_figure`)
# or a plain question about the brand's own terms (:func:`_ordinary`), as the detector's low score never drops it
# (FIRM_RULES): the question beside it is what e5 reads, not the harm or the law it names (session 37, judgement-s:
# "Selkä meni jumiin kun rakensin rataa lattialla, onko … pöytämoduuleja?", "Saako … kantaa vyöllä kaupungilla vai saako
# siitä sakot?"). A statement's figure still drops it: "Sockorna är så varma att de borde vara förbjudna enligt lag" is
# praise (the spent judgement-r's hard negative, escalated when statements kept it too). False lets those margins drop
# it on a question too, as before.
FIRM_NOT_FIGURE = True


def _kept_firm(sig: Signals) -> tuple[str, ...]:
    """The firm rule flags a figure of speech or a question about the brand's own terms does not drop
    (FIRM_NOT_FIGURE)."""
    return _firm(sig) if FIRM_NOT_FIGURE else ()


def _firm(sig: Signals) -> tuple[str, ...]:
    """The risk flags the offline classifier raised by a firm rule (rules.firm_flags, its ``firm`` evidence)."""
    return tuple(f for f in sig.evidence.get("firm", "").split(", ") if f)


def _literal(risk: dict[str, None], verdict: Verdict, firm: tuple[str, ...] = ()) -> tuple[dict[str, None], str]:
    """The rule flags without figurative hits (see FIGURATIVE_BELOW), and which were dropped.

    Only the offline classifier's flags are weighed (its risk flags are the rules' hits); a model's
    labels are never dropped, nor a ``firm`` one (FIRM_RULES). Nothing is dropped when the detector flags or doubts
    any risk class (an opt-out is none: NOT_RISK)."""
    if any(flag not in NOT_RISK for flag in (*verdict.flags, *verdict.uncertain)):
        return risk, ""
    kept_firm = firm if FIRM_RULES else ()
    dropped = [
        f
        for f in risk
        if f in FIGURATIVE_CLASSES and f not in kept_firm and verdict.scores.get(f, 1.0) < FIGURATIVE_BELOW
    ]
    if not dropped:
        return risk, ""
    kept = {f: None for f in risk if f not in dropped}
    return kept, ", ".join(f"{f} {verdict.scores[f]:.2f}" for f in dropped)


def refine_intent(
    sig: Signals,
    text: str,
    *,
    relevance: float | None,
    answer_similarity: float | None,
    brand_terms: Sequence[str] = (),
    relevance_at: float = OFF_TOPIC_RELEVANCE,
    competitors: Sequence[str] = (),
    answer_at: float = OFF_TOPIC_ANSWER,
    thread_text: str = "",
    topics: Sequence[str] = (),
    complaint_answer_at: float = OFF_TOPIC_COMPLAINT_ANSWER,
) -> Signals:
    """An asking comment far from the brand's domain (topics and guidance) that names none of
    its terms is off topic, not a brand question; so is one put to the thread's other people under the topic
    threshold (CROWD_OFF_TOPIC) for something other than their own experience (CROWD_EXPERIENCE_ON_TOPIC) in a comment
    that is neither risky nor asks to be left alone (CROWD_RISKY_ON_TOPIC), and any comment naming none whose writer
    says it is off topic (ASIDE_OFF_TOPIC). A question naming the brand is not off
    topic (NAMED_QUESTION_ON_TOPIC, :func:`names_brand`), unless its writer says it is not about the brand's own
    things (NOT_ABOUT_US). ``thread_text`` is the thread's title and post: a question pointing back at the brand or a
    competitor it names is not off topic either (THREAD_NAMED_ON_TOPIC). A complaint far from the brand's domain that
    names nothing of it (``topics``: the watch's plain topics) and that the intent model doubts is off topic too
    (COMPLAINT_OFF_TOPIC, :func:`_complaint_elsewhere`)."""
    if sig.skip or relevance is None:
        return sig
    lowered = text.lower()
    named = names_brand(lowered, brand_terms)
    shared = SHARED_NAME_ON_TOPIC and not named and bool(names_shared_name(text, brand_terms))
    if COMPLAINT_OFF_TOPIC and _complaint_elsewhere(
        sig, lowered, relevance, answer_similarity, named, competitors, topics, relevance_at, complaint_answer_at
    ):
        evidence = {
            **sig.evidence,
            "off_topic": f"a complaint far from the brand, topic relevance {relevance:.3f}, "
            f"guidance {answer_similarity:.3f}",
        }
        return replace(sig, intent="off_topic", evidence=evidence)
    ruled_out = sig.evidence.get("rule") == NOT_ABOUT_US  # "doesn't have to be <brand>'s": named to be ruled out
    if sig.intent == "off_topic" and sig.is_question and named and NAMED_QUESTION_ON_TOPIC and not ruled_out:
        evidence = {**sig.evidence, "on_topic": "a question naming the brand"}
        return replace(sig, intent="question", evidence=evidence)
    if sig.intent == "off_topic" and sig.is_question and shared and not ruled_out and "rule" not in sig.evidence:
        evidence = {**sig.evidence, "on_topic": "a question naming the brand by its products' shared name"}
        return replace(sig, intent="question", evidence=evidence)
    mine = _asks_the_brand_or_market(sig, text, brand_terms, competitors, thread_text)
    if sig.intent == "off_topic" and sig.is_question and mine and "rule" not in sig.evidence:
        evidence = {**sig.evidence, "on_topic": mine}  # the model's sure reading alone, no rule's
        sig = replace(sig, intent="question", evidence=evidence)
    if not named and sig.intent not in NEVER_ASIDE and ASIDE_OFF_TOPIC and rules.match("aside", text, sig.language):
        evidence = {**sig.evidence, "off_topic": "says it is off the thread's topic"}
        return replace(sig, intent="off_topic", evidence=evidence)
    if sig.intent not in ASKING or named:
        return sig
    rival = any(rules.name_pattern(name).search(lowered) for name in competitors if name.strip())
    crowd = CROWD_OFF_TOPIC and not rival and not (CROWD_RISKY_ON_TOPIC and _risky_or_refused(sig))
    if relevance < relevance_at and crowd and _asks_crowd_elsewhere(text, sig.language):
        evidence = {**sig.evidence, "off_topic": f"asks the others, topic relevance {relevance:.3f}"}
        return replace(sig, intent="off_topic", evidence=evidence)
    if relevance >= relevance_at or (answer_similarity is not None and answer_similarity >= answer_at):
        return sig
    if mine:
        return sig
    if sig.off_topic_score is not None and sig.off_topic_score < OFF_TOPIC_MODEL_DOUBT:
        return sig
    evidence = {**sig.evidence, "off_topic": f"topic relevance {relevance:.3f}"}
    return replace(sig, intent="off_topic", evidence=evidence)


def _complaint_elsewhere(
    sig: Signals,
    lowered: str,
    relevance: float,
    answer_similarity: float | None,
    named: bool,
    competitors: Sequence[str],
    topics: Sequence[str],
    relevance_at: float,
    answer_at: float,
) -> bool:
    """Whether a comment read as a complaint is about something other than the brand's domain: it names none of the
    brand's terms, competitors or topic words, e5 puts it far from both the watch's topics (under ``relevance_at``)
    and the guidance (under ``answer_at``), and the intent model gives off topic at least OFF_TOPIC_MODEL_DOUBT (the
    distances alone take writers' complaints about a brand's service too)."""
    if sig.intent != "complaint" or named or answer_similarity is None:
        return False
    if relevance >= relevance_at or answer_similarity >= answer_at:
        return False
    if sig.off_topic_score is None or sig.off_topic_score < OFF_TOPIC_MODEL_DOUBT:
        return False
    if any(name.strip() and rules.name_pattern(name).search(lowered) for name in competitors):
        return False
    return not names_topic(lowered, topics)


def names_topic(lowered: str, topics: Sequence[str]) -> bool:
    """Whether a lower-cased text names a word of the watch's topics, inflected or in a compound: a topic word's
    stem (its letters but the last two, at least TOPIC_STEM_LETTERS) opens one of the text's words, or sits inside
    one when it is longer ("värmepumpar" and "ilma-vesilämpöpumppu" name "värmepump" and "lämpöpumput")."""
    words = re.findall(r"[^\W\d_]+", lowered)
    for topic in topics:
        for word in re.findall(r"[^\W\d_]+", topic.lower()):
            if len(word) < TOPIC_STEM_LETTERS:
                continue
            stem = word[: max(TOPIC_STEM_LETTERS, len(word) - 2)]
            if any(w.startswith(stem) or (len(stem) >= TOPIC_INNER_LETTERS and stem in w) for w in words):
                return True
    return False


def _asks_the_brand_or_market(
    sig: Signals, text: str, brand_terms: Sequence[str], competitors: Sequence[str], thread_text: str = ""
) -> str:
    """Why an asking comment is about the brand or its market though it names none of the brand's terms, or "": it
    puts the question to the brand (ADDRESSED_ON_TOPIC), names a competitor (MARKET_NAMED_ON_TOPIC,
    :func:`market_name`) or points back at the brand or a competitor its thread names (THREAD_NAMED_ON_TOPIC,
    :func:`thread_named`). Never a question whose writer says it is not about the brand's own things (NOT_ABOUT_US)."""
    if not sig.is_question or sig.evidence.get("rule") == NOT_ABOUT_US:
        return ""
    if ADDRESSED_ON_TOPIC and rules.match("addresses_brand", text, sig.language) is not None:
        return "a question put to the brand"
    if MARKET_NAMED_ON_TOPIC and (name := market_name(text, competitors)):
        return f"a question naming {name}"
    pointing = THREAD_NAMED_ON_TOPIC and bool(thread_text) and _points_back(text, sig.language)
    if pointing and (name := thread_named(thread_text, brand_terms, competitors)):
        return f"a question about {name}, named by its thread"
    return ""


def _points_back(text: str, language: str | None) -> bool:
    """Whether a question points back with a pronoun or a place word (rules' ``refers_to_thread``) in a sentence that
    asks ("Best sauna soap for dry skin? Mine are all too strong, I've tried them" does not), and asks no one in the
    thread (rules' ``people_asked``: "har nån varit där i vinter?", "anyone been there?" point at what the people talk
    about as often)."""
    asking = [part for part in re.split(r"(?<=[.?!])\s+", text) if "?" in part] or [text]
    if not any(rules.match("refers_to_thread", part, language) is not None for part in asking):
        return False
    return rules.match("people_asked", text, language) is None and rules.match("crowd", text, language) is None


def thread_named(thread_text: str, brand_terms: Sequence[str], competitors: Sequence[str]) -> str:
    """The brand term or competitor a thread's title or post names (inflected too; a competitor also by the first
    word of its name, :func:`market_name`), or ""."""
    lowered = thread_text.lower()
    for term in brand_terms:
        if term.strip() and names_brand(lowered, [term]):
            return term
    return market_name(f"- {thread_text}", competitors)


def market_name(text: str, competitors: Sequence[str]) -> str:
    """The competitor a text names (in an inflected form too), or the competitor it names by the first word of a name
    of several words, at least SHORT_NAME_LETTERS letters, capitalised as a name after the text's first word ("Onko
    Pohjantähdellä ..." for "Pohjantähti Matkat"), or ""."""
    lowered = text.lower()
    for name in competitors:
        if name.strip() and rules.name_pattern(name).search(lowered):
            return name
    words = text.split()
    later = " ".join(words[1:])
    for name in competitors:
        parts = name.split()
        first = parts[0] if len(parts) > 1 else ""
        if len(first) < SHORT_NAME_LETTERS or not first[:1].isupper() or not first.isalpha():
            continue
        for found in rules.name_pattern(first).finditer(later.lower()):
            if later[found.start() : found.start() + 1].isupper():
                return name
    return ""


def names_brand(lowered: str, brand_terms: Sequence[str]) -> bool:
    """Whether a lower-cased text names one of the brand's terms: as written, with an ending (rules.name_pattern:
    "Lumon", "Fjällvaxet"), or, for a name ending in a vowel and "s", in the Finnish forms that put "ks" before
    the ending ("Tuuloksen", "Tuulokselta" for Tuulos)."""
    for term in brand_terms:
        term = term.strip().lower()
        if not term:
            continue
        if term in lowered or rules.name_pattern(term).search(lowered):
            return True
        if FINNISH_KS.search(term) and re.search(
            rf"(?<!\w){re.escape(term[:-1])}ks[^\W\d_]{{1,5}}(?![^\W\d_])", lowered
        ):
            return True
    return False


def names_shared_name(text: str, brand_terms: Sequence[str]) -> str:
    """The word two or more of the brand's terms share (at least SHARED_NAME_LETTERS letters, capitalised in them), when
    the text writes it capitalised, inflected too, after its first word ("... Greppan otteet" for "Greppa Home" and
    "Greppa Frame"), or "" (SHARED_NAME_ON_TOPIC)."""
    seen: Counter[str] = Counter()
    for term in brand_terms:
        seen.update({w for w in re.findall(r"[^\W\d_]+", term) if len(w) >= SHARED_NAME_LETTERS and w[:1].isupper()})
    words = text.split()
    later = " ".join(words[1:])
    for name, count in seen.items():
        if count < 2:
            continue
        for found in rules.name_pattern(name).finditer(later.lower()):
            if later[found.start() : found.start() + 1].isupper():
                return name
    return ""


def _risky_or_refused(sig: Signals) -> bool:
    """Whether a comment carries a risk (its own or its thread's flag, a grey band) or asks to be left alone (an
    opt-out, flagged or in the grey band): its question to the crowd is about the situation at hand
    (CROWD_RISKY_ON_TOPIC)."""
    return bool(sig.risk) or bool(sig.uncertain) or sig.opt_out or sig.opt_out_doubt


def _asks_crowd_elsewhere(text: str, language: str | None) -> bool:
    """Asks the thread's other people (rules' ``crowd``) for something other than their own experience of a thing
    (rules' ``crowd_experience``): "anyone know a good electrician" is, "has anyone tried ground-source heat
    instead" is not, since what people have tried is the product's category or an alternative to it, which the
    ordinary topic test judges (CROWD_EXPERIENCE_ON_TOPIC)."""
    if rules.match("crowd", text, language) is None:
        return False
    return not (CROWD_EXPERIENCE_ON_TOPIC and rules.match("crowd_experience", text, language) is not None)
