"""Every sentence the insights features show people, in English, Finnish and Swedish."""

from __future__ import annotations

_PHRASES: dict[str, dict[str, str]] = {
    "no_comments": {
        "en": "No collected comment speaks to that yet.",
        "fi": "Kerätyissä kommenteissa ei vielä puhuta tästä.",
        "sv": "Inga insamlade kommentarer handlar om det ännu.",
    },
    "extractive_intro": {
        "en": "{count} comments speak to this. What people say, by theme:",
        "fi": "Tästä puhuu {count} kommenttia. Mitä ihmiset sanovat, teemoittain:",
        "sv": "{count} kommentarer handlar om detta. Vad folk säger, per tema:",
    },
    "ask_empty": {
        "en": 'Write a question, e.g. kuulo ask "what do people say about delivery times?"',
        "fi": 'Kirjoita kysymys, esim. kuulo ask "mitä ihmiset sanovat toimitusajoista?"',
        "sv": 'Skriv en fråga, t.ex. kuulo ask "vad säger folk om leveranstiderna?"',
    },
    "ask_other": {"en": "Other comments", "fi": "Muut kommentit", "sv": "Övriga kommentarer"},
    "comments_count": {"en": "{count} comments", "fi": "{count} kommenttia", "sv": "{count} kommentarer"},
    "sources": {"en": "Sources", "fi": "Lähteet", "sv": "Källor"},
    "ask_usage": {
        "en": "Ask about what people say: `/kuulo ask <question>`, e.g. `/kuulo ask what do people say about noise?`",
        "fi": "Kysy, mitä ihmiset sanovat: `/kuulo ask <kysymys>`, esim. `/kuulo ask mitä sanotaan melusta?`",
        "sv": "Fråga vad folk säger: `/kuulo ask <fråga>`, t.ex. `/kuulo ask vad säger folk om ljudet?`",
    },
    "ask_filters": {
        "en": "Narrow it with filters before or after the question: `lang:fi` `platform:reddit` `watch:12` "
        "`objective:trust` `emotion:frustration` `intent:complaint` `since:2026-11-01` `until:2026-12-01`.",
        "fi": "Rajaa suodattimilla ennen kysymystä tai sen jälkeen: `kieli:fi` `alusta:reddit` `seuranta:12` "
        "`tavoite:trust` `tunne:frustration` `aie:complaint` `alkaen:2026-11-01` `asti:2026-12-01`.",
        "sv": "Avgränsa med filter före eller efter frågan: `språk:sv` `plattform:reddit` `bevakning:12` "
        "`mål:trust` `känsla:frustration` `avsikt:complaint` `sedan:2026-11-01` `till:2026-12-01`.",
    },
    "filter_choice": {
        "en": "`{name}:{value}` is not a filter value that works; use one of: {choices}.",
        "fi": "`{name}:{value}` ei ole käypä suodatin; käytä jotakin näistä: {choices}.",
        "sv": "`{name}:{value}` är inget filtervärde som fungerar; använd ett av: {choices}.",
    },
    "filter_watch": {
        "en": "`{name}:{value}`: a watch is given by its number, e.g. `{name}:12` (`/kuulo watches` lists them).",
        "fi": "`{name}:{value}`: seuranta annetaan numerolla, esim. `{name}:12` (`/kuulo watches` listaa ne).",
        "sv": "`{name}:{value}`: en bevakning anges med sitt nummer, t.ex. `{name}:12` (`/kuulo watches` listar dem).",
    },
    "filter_day": {
        "en": "`{name}:{value}`: write the day as YYYY-MM-DD, e.g. `{name}:2026-11-01`.",
        "fi": "`{name}:{value}`: kirjoita päivä muodossa VVVV-KK-PP, esim. `{name}:2026-11-01`.",
        "sv": "`{name}:{value}`: skriv dagen som ÅÅÅÅ-MM-DD, t.ex. `{name}:2026-11-01`.",
    },
    "filter_language": {
        "en": "`{name}:{value}`: a language is its two-letter code, e.g. `{name}:fi`, `{name}:sv` or `{name}:en`.",
        "fi": "`{name}:{value}`: kieli annetaan kaksikirjaimisena koodina, esim. `{name}:fi` tai `{name}:sv`.",
        "sv": "`{name}:{value}`: ett språk anges med sin tvåbokstavskod, t.ex. `{name}:sv` eller `{name}:fi`.",
    },
    "filter_platform": {
        "en": "`{name}:{value}`: a platform is a name such as `reddit`, `hackernews`, `bluesky` or `youtube`.",
        "fi": "`{name}:{value}`: alusta annetaan nimellä, esim. `reddit`, `hackernews`, `bluesky` tai `youtube`.",
        "sv": "`{name}:{value}`: en plattform anges med namn, t.ex. `reddit`, `hackernews`, `bluesky` eller `youtube`.",
    },
    "filter_twice": {
        "en": "The filter `{name}` is given twice; keep one.",
        "fi": "Suodatin `{name}` on annettu kahdesti; jätä yksi.",
        "sv": "Filtret `{name}` anges två gånger; behåll ett.",
    },
    "filter_period": {
        "en": "The period is empty: `since` must be a day before `until`.",
        "fi": "Aikaväli on tyhjä: alkupäivän on oltava ennen loppupäivää.",
        "sv": "Perioden är tom: startdagen måste vara före slutdagen.",
    },
    "report_title": {
        "en": "Audience report, week {week}",
        "fi": "Yleisöraportti, viikko {week}",
        "sv": "Publikrapport, vecka {week}",
    },
    "campaign_title": {
        "en": "Listening campaign: {scope}",
        "fi": "Kuuntelukampanja: {scope}",
        "sv": "Lyssningskampanj: {scope}",
    },
    "top_themes": {"en": "Top themes", "fi": "Suurimmat teemat", "sv": "Största teman"},
    "emerging": {"en": "Emerging", "fi": "Nousevat", "sv": "På uppgång"},
    "no_emerging": {
        "en": "No theme grew beyond its usual range this week.",
        "fi": "Mikään teema ei kasvanut tavallista enempää tällä viikolla.",
        "sv": "Inget tema växte mer än vanligt den här veckan.",
    },
    "new_theme": {"en": "new", "fi": "uusi", "sv": "nytt"},
    "emotion_mix": {"en": "Emotion mix", "fi": "Tunnejakauma", "sv": "Känslofördelning"},
    "engagement": {
        "en": "Our engagement by objective",
        "fi": "Oma osallistumisemme tavoitteittain",
        "sv": "Vårt engagemang per mål",
    },
    "engagement_row": {
        "en": "{objective}: {drafts} drafts, {approved} approved, {posts} posted, {replies} replies to our posts",
        "fi": "{objective}: {drafts} luonnosta, {approved} hyväksytty, {posts} julkaistu, {replies} vastausta",
        "sv": "{objective}: {drafts} utkast, {approved} godkända, {posts} publicerade, {replies} svar på våra inlägg",
    },
    "alert_theme": {"en": "“{label}”", "fi": "”{label}”", "sv": "”{label}”"},
    "alert_watch": {
        "en": "watch #{watch} ({label})",
        "fi": "seuranta #{watch} ({label})",
        "sv": "bevakning #{watch} ({label})",
    },
    "alert_negative": {"en": "negative comments", "fi": "kielteiset kommentit", "sv": "negativa kommentarer"},
    "alert_risk": {
        "en": "comments with risk flags",
        "fi": "riskimerkityt kommentit",
        "sv": "kommentarer med riskflaggor",
    },
    "alert_open": {
        "en": "Burst: {what}",
        "fi": "Purkaus: {what}",
        "sv": "Utbrott: {what}",
    },
    "alert_closed": {
        "en": "Over: {what}",
        "fi": "Ohi: {what}",
        "sv": "Över: {what}",
    },
    "alert_size": {
        "en": "{count} comments from {people} people since {since}; usually about {expected} in {hours} h",
        "fi": "{count} kommenttia {people} henkilöltä {since} alkaen; tavallisesti noin {expected} / {hours} h",
        "sv": "{count} kommentarer från {people} personer sedan {since}; normalt cirka {expected} på {hours} h",
    },
    "alert_closed_note": {
        "en": "Quiet since {at}: closed.",
        "fi": "Hiljaista {at} jälkeen: suljettu.",
        "sv": "Lugnt sedan {at}: stängt.",
    },
    "alert_threads": {"en": "Threads", "fi": "Ketjut", "sv": "Trådar"},
    "alert_quotes": {"en": "What people say", "fi": "Mitä ihmiset sanovat", "sv": "Vad folk säger"},
    "alert_risk_flags": {"en": "Risk flags: {flags}", "fi": "Riskimerkinnät: {flags}", "sv": "Riskflaggor: {flags}"},
    "alert_no_risk": {"en": "No risk flags.", "fi": "Ei riskimerkintöjä.", "sv": "Inga riskflaggor."},
    "alert_also": {
        "en": "Also above baseline: {facets}",
        "fi": "Myös tavallista enemmän: {facets}",
        "sv": "Även över det normala: {facets}",
    },
    "alert_none": {
        "en": "No alerts in the last {days} days. Alerts open when a theme or watch bursts far above its baseline.",
        "fi": "Ei hälytyksiä viimeisen {days} päivän aikana. "
        "Hälytys syntyy, kun teema tai seuranta ylittää selvästi tavallisen tasonsa.",
        "sv": "Inga larm de senaste {days} dagarna. "
        "Ett larm öppnas när ett tema eller en bevakning ligger långt över sin normalnivå.",
    },
    "board_heading": {"en": "This week's themes", "fi": "Viikon teemat", "sv": "Veckans teman"},
    "board_summary": {
        "en": "{count} comments in week {week}, from {watches} watches.",
        "fi": "Viikolla {week} {count} kommenttia {watches} seurannasta.",
        "sv": "{count} kommentarer vecka {week}, från {watches} bevakningar.",
    },
    "board_week_count": {"en": "{count} this week", "fi": "{count} tällä viikolla", "sv": "{count} den här veckan"},
    "board_change": {
        "en": "{change} vs. the previous weeks' average of {baseline}",
        "fi": "{change} verrattuna edellisten viikkojen keskiarvoon {baseline}",
        "sv": "{change} jämfört med tidigare veckors snitt på {baseline}",
    },
    "board_no_baseline": {
        "en": "not seen in the previous weeks",
        "fi": "ei edellisillä viikoilla",
        "sv": "syntes inte tidigare veckor",
    },
    "board_total": {
        "en": "{count} over {weeks} weeks",
        "fi": "{count} kaikkiaan {weeks} viikossa",
        "sv": "{count} totalt på {weeks} veckor",
    },
    "board_questions": {"en": "Top questions", "fi": "Kysytyimmät", "sv": "Vanligaste frågorna"},
    "board_needs": {"en": "Needs", "fi": "Tarpeet", "sv": "Behov"},
    "board_barriers": {"en": "What holds people back", "fi": "Mikä jarruttaa", "sv": "Vad som håller emot"},
    "board_emotions": {"en": "Emotions", "fi": "Tunteet", "sv": "Känslor"},
    "board_languages": {"en": "Languages", "fi": "Kielet", "sv": "Språk"},
    "board_watches": {"en": "Watches and campaigns", "fi": "Seurannat ja kampanjat", "sv": "Bevakningar och kampanjer"},
    "board_quotes": {"en": "In their words", "fi": "Heidän sanoin", "sv": "Med deras ord"},
    "board_none": {"en": "none this week", "fi": "ei tällä viikolla", "sv": "inga den här veckan"},
    "board_open": {"en": "open", "fi": "avaa", "sv": "öppna"},
    "board_more": {
        "en": "{count} smaller themes are not shown.",
        "fi": "{count} pienempää teemaa ei näytetä.",
        "sv": "{count} mindre teman visas inte.",
    },
    "board_empty_week": {
        "en": "No comments were collected in week {week}. Check that the watches are active (kuulo watch list) "
        "and being polled (kuulo status), or pick another week with --week.",
        "fi": "Viikolla {week} ei kerätty kommentteja. Tarkista, että seurannat ovat käytössä (kuulo watch list) "
        "ja niitä haetaan (kuulo status), tai valitse toinen viikko: --week.",
        "sv": "Inga kommentarer samlades in vecka {week}. Kontrollera att bevakningarna är aktiva (kuulo watch list) "
        "och hämtas (kuulo status), eller välj en annan vecka med --week.",
    },
    "board_unthemed": {
        "en": "Too few similar comments this week to form themes; here is what people wrote.",
        "fi": "Tällä viikolla liian vähän samankaltaisia kommentteja teemoiksi; tässä mitä ihmiset kirjoittivat.",
        "sv": "För få liknande kommentarer den här veckan för teman; här är vad folk skrev.",
    },
    "home_page_queue": {"en": "Review queue", "fi": "Tarkistusjono", "sv": "Granskningskö"},
    "home_page_audience": {"en": "Audience", "fi": "Yleisö", "sv": "Publiken"},
    "home_audience_title": {
        "en": "Audience · week {week}",
        "fi": "Yleisö · viikko {week}",
        "sv": "Publiken · vecka {week}",
    },
    "home_alerts": {"en": "Recent alerts", "fi": "Viimeaikaiset hälytykset", "sv": "Senaste larmen"},
    "home_top_questions": {
        "en": "Top questions this week",
        "fi": "Viikon kysytyimmät",
        "sv": "Veckans vanligaste frågor",
    },
    "home_empty_week": {
        "en": "No comments were collected in week {week} yet. Check that the watches are active and being polled "
        "(kuulo watch list, kuulo status).",
        "fi": "Viikolla {week} ei ole vielä kerätty kommentteja. Tarkista, että seurannat ovat käytössä ja niitä "
        "haetaan (kuulo watch list, kuulo status).",
        "sv": "Inga kommentarer har samlats in vecka {week} ännu. Kontrollera att bevakningarna är aktiva och hämtas "
        "(kuulo watch list, kuulo status).",
    },
    "home_updated": {
        "en": "Updated {time}; refreshed after each poll that reads new comments.",
        "fi": "Päivitetty {time}; päivittyy jokaisen uusia kommentteja tuovan haun jälkeen.",
        "sv": "Uppdaterad {time}; uppdateras efter varje hämtning med nya kommentarer.",
    },
    "trends": {"en": "Trends", "fi": "Kehitys", "sv": "Trender"},
    "themes_over_weeks": {
        "en": "Comments per theme over the weeks",
        "fi": "Kommentit teemoittain viikoittain",
        "sv": "Kommentarer per tema och vecka",
    },
    "where": {
        "en": "Where conversations happen",
        "fi": "Missä keskustellaan",
        "sv": "Var samtalen förs",
    },
    "no_chart": {
        "en": "Nothing to chart yet: no comments in these weeks.",
        "fi": "Ei vielä kuvattavaa: näillä viikoilla ei ole kommentteja.",
        "sv": "Inget att visa ännu: inga kommentarer dessa veckor.",
    },
    "outcomes_none": {
        "en": "No replies drafted or published this week.",
        "fi": "Tällä viikolla ei luonnosteltu eikä julkaistu vastauksia.",
        "sv": "Inga svar utkastades eller publicerades den här veckan.",
    },
    "col_objective": {"en": "Objective", "fi": "Tavoite", "sv": "Mål"},
    "col_drafts": {"en": "Drafts", "fi": "Luonnokset", "sv": "Utkast"},
    "col_approved": {"en": "Approved", "fi": "Hyväksytyt", "sv": "Godkända"},
    "col_posts": {"en": "Published", "fi": "Julkaistut", "sv": "Publicerade"},
    "col_replies": {"en": "Replies to us", "fi": "Vastaukset meille", "sv": "Svar till oss"},
    "all_quotes": {"en": "Quotes", "fi": "Lainaukset", "sv": "Citat"},
    "generated": {
        "en": "Generated {at} by Kuulo from public comments.",
        "fi": "Kuulo loi raportin {at} julkisista kommenteista.",
        "sv": "Skapad {at} av Kuulo från offentliga kommentarer.",
    },
    "emotion_positive": {"en": "positive", "fi": "myönteinen", "sv": "positiv"},
    "emotion_neutral": {"en": "neutral", "fi": "neutraali", "sv": "neutral"},
    "emotion_negative": {"en": "negative", "fi": "kielteinen", "sv": "negativ"},
    "emotion_unknown": {"en": "not classified", "fi": "luokittelematon", "sv": "ej klassad"},
    "badge_emerging": {"en": "emerging", "fi": "nouseva", "sv": "på uppgång"},
    "no_themes": {
        "en": "Not enough comments to form themes yet.",
        "fi": "Kommentteja ei ole vielä tarpeeksi teemoihin.",
        "sv": "Inte tillräckligt många kommentarer för teman ännu.",
    },
}


def phrase(key: str, language: str | None, **values: object) -> str:
    table = _PHRASES[key]
    return table.get(language or "en", table["en"]).format(**values)
