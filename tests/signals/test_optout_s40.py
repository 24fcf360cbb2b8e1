"""Opt-outs of session 40 (issue 18), read by their form in fi/sv/en: a question addressed to a person of the thread
and not to anyone else; a company told it need not come here to sell, its name or noun anywhere before; the speaker
told not to be written to, called or messaged; companies addressed with a "to" before the refusal; the brand's PR or
marketing people told to stay out; a Finnish plural "don't" with where the answer comes from between; the brand told
it need not answer or to refrain from commenting; companies told to scroll past; no DMs or e-mails from a name. The
texts are written for these tests, not taken from any evaluation set."""

from __future__ import annotations

import pytest

from bot.signals import rules


@pytest.mark.parametrize(
    "text",
    [
        "To the blogger, not the shop: how long did your varnish take to cure?",
        "Question for OP, not the company: which wax did you end up with?",
        "For the other owners here, not the manufacturer: does the hull crack in frost?",
        "Great post. For the author and not the brand: did you rent or buy?",
        "Bloggaajalle, ei kaupalle: kauanko sulla meni hiontaan?",
        "Kirjoittajalle eikä firmalle: mitä suksia sä käytit?",
        "Muilta harrastajilta, ei valmistajalta: kestääkö pohja pakkasta?",
        "Till skribenten, inte till firman: vilken färg valde du?",
        "Fråga till er andra och inte butiken: håller den i regn?",
        "Kauppa ei tarvi tulla tänne myymään, kysyn muilta: kestääkö se?",
        "Retkikauppa X ei tarvitse tulla ketjuun mainostamaan, mitä te muut ootte käyttäny?",
        "The shop needn't come here to sell, I'm asking people: does it fit?",
        "No need for the brand to come in here and pitch, anyone tried the 16 ft model?",
        "Butiken behöver inte komma hit och sälja, jag frågar folk: håller den?",
        "Varvet behöver inte dyka upp här för att göra reklam, vad tycker ni andra?",
        "Please don't write to me privately, I'd rather read the answers here",
        "Don't email me about it, I just wanted to warn others",
        "Never text me again, I unsubscribed months ago",
        "Don't send me any offers, I only wanted the manual",
        "Skriv inte till mig privat, svara i tråden om någon vet",
        "Ring mig inte, jag läser bara här",
        "Mejla mig inte mer, tack",
        "Hör inte av er till mig, jag är nöjd",
        "Älä kirjoita mulle yksityisesti, kysyin muilta",
        "Älä laita mulle viestiä tästä, kiitos",
        "Älä soittele minulle enää",
        "Älä lähetä yksityisviestejä, luen vastaukset täältä",
        "Note to companies: stay away, this is for riders. Which saddle?",
        "Dear brands reading this: please don't reply, I asked the members",
        "Till alla företag: håll er borta. Vi andra, vilken färg?",
        "Yrityksille tiedoksi: pysykää poissa tästä ketjusta",
        "Hoping the marketing team stays out of this thread, how long did yours last?",
        "Toivottavasti markkinointitiimi pysyy poissa, mitä te ootte käyttäneet?",
        "Hoppas marknadsavdelningen håller sig borta, vad tycker ni?",
        "Älkää Kanootilta vastatko mulle, mutta tietääkö joku aukioloajat?",
        "Älkää te firmasta soittako, kysyin vain naapureilta",
        "Virta doesn't need to reply, I'm asking the other parents",
        "Butiken behöver inte svara, jag frågar ägarna",
        "Firman ei tarvitse vastata, kysyin muilta",
        "Snälla låt bli att kommentera här, ni som säljer",
        "Please refrain from replying, brand, this is for members",
        "Jättäkää kommentoimatta, tää on jäsenille",
        "företag: scrolla förbi. ni andra, hur gick det?",
        "Brands: scroll on. Anyone tried the red one?",
        "Säljare och botar, håll er borta. Nån som vet om färgen?",
        "Inga DM från Kanotvarvet. Hur länge torkar lacken?",
        "No DMs from Acme please, does it come in blue?",
        "Ei mitään sähköposteja kiitos, onko tää vedenkestävä?",
        "Pysykää pois mun kuvista",
        "En halua että Virta ottaa muhun yhteyttä tämän takia, hoidan sen itse",
    ],
)
def test_opt_out_rule_reads_addressed_refusals(text: str) -> None:
    assert rules.match("opt_out", text) is not None


@pytest.mark.parametrize(
    "text",
    [
        # addressed to the brand, another person set aside
        "To the shop, not the blog: is the stove in stock?",
        "Till butiken: har ni den i svart?",
        "Kaupalle: onko tätä varastossa?",
        # for whom a thing is, not who answers
        "For the kids, not for me: which size fits a 130 cm child?",
        "Lapsille, ei aikuisille: mikä koko?",
        "För barnen, inte för mig: vilken storlek?",
        # coming here for something other than selling, or a need that is no refusal
        "You don't need to come here to pick it up, we post it",
        "Ei tarvi tulla tänne hakemaan, postitamme sen",
        "Man behöver inte komma hit och hämta, vi skickar",
        "Doesn't need to come with a case, does it?",
        # a name called, the wrong thing sent, a contact wanted or sent elsewhere
        "Don't call me a liar, the box really was empty",
        "Don't send me the wrong size again please, can I swap it?",
        "Don't write off the old model, it still works fine",
        "Don't get back to me with excuses, just fix the hull",
        "Can you text me when it's ready?",
        "Skriv inte till kundtjänst, ring dem istället",
        "Ring mig när skidorna är klara",
        "Älä soita sinne, ne ei vastaa, kirjota sähköpostia",
        "Älä laita sitä kuivausrumpuun",
        # staying away from a thing, or a plural "don't" to the other people
        "Note to self: stay away from cheap wax",
        "Till alla som åker: håll er borta från isen vid udden",
        "To the shop: do you have it in red?",
        "Sales people were great, they kept out of the way until I asked",
        "Hoping the kids stay out of the workshop while we glue",
        "Älkää ihmiset menkö jäälle",
        "Älkää te muut unohtako ilmoittautua",
        "Myyjille: onko tätä varastossa?",
        # no need to answer something, because the writer found it, or a service that does not answer
        "You don't need to reply to the survey, it's optional",
        "I don't need to answer that, the receipt says it all",
        "Du behöver inte svara om du är upptagen",
        "Ei tarvitse vastata heti, mutta onko tätä?",
        "Support email doesn't answer, ordered two weeks ago",
        "You don't need to reply, I found it on the website",
        "Ni behöver inte svara, jag hittade svaret själv",
        "Ei tarvitse vastata, löysin jo tiedon",
        "Låt bli att tvätta den i maskin",
        "Barn, håll er borta från isen",
        "Please refrain from smoking near the kiln?",
    ],
)
def test_opt_out_rule_leaves_near_misses_of_addressed_refusals(text: str) -> None:
    assert rules.match("opt_out", text) is None
