# Generator: builds comments.jsonl, topics.json and questions.jsonl from data.txt (hand-written comments).
import json, random
random.seed(7)
EMO = {'n': 'negative', '0': 'neutral', 'p': 'positive'}
INT = {'q': 'question', 'c': 'complaint', 'p': 'praise', 'o': 'off_topic', 'f': 'feedback_or_idea', 'b': 'comparison_or_purchase'}
THREADS = [  # (thread, platform, languages)
    ('r-suomi-kasvio', 'reddit', 'fi'), ('r-kotipuutarha', 'reddit', 'fi'), ('r-sweden-odla', 'reddit', 'sv'),
    ('r-hydroponics-kasvio', 'reddit', 'en'), ('r-nordic-gadgets', 'reddit', 'fi sv en'),
    ('yt-tower-unboxing', 'youtube', 'fi sv en'), ('yt-mini-arvostelu', 'youtube', 'fi'), ('yt-odla-inomhus', 'youtube', 'sv'),
    ('yt-6-months-later', 'youtube', 'en'), ('m-viherpeukalot', 'mastodon', 'fi'), ('m-odlartuten', 'mastodon', 'sv'),
    ('m-indoor-garden', 'mastodon', 'en'), ('b-kasvio-launch', 'bluesky', 'fi sv en'), ('b-plantnerds', 'bluesky', 'en'),
    ('b-odlingsvinter', 'bluesky', 'sv'), ('blog-parvekeviljely', 'blog', 'fi'), ('blog-odlingsbloggen', 'blog', 'sv'),
    ('blog-smallflat-greens', 'blog', 'en'), ('blog-talvisalaatti', 'blog', 'fi sv'),
]
rows = []
for line in open('data.txt', encoding='utf-8'):
    line = line.rstrip('\n')
    if not line:
        continue
    tags, lang, emo, intent, text = line.split(';', 4)
    rows.append({'tags': tags.split(','), 'language': lang, 'emotion': EMO[emo], 'intent': INT[intent], 'text': text})
for r in rows:
    th = random.choice([t for t in THREADS if r['language'] in t[2].split()])
    r['thread'], r['platform'] = th[0], th[1]
    r['ts'] = random.randint(0, 30 * 86400 - 1)
rows.sort(key=lambda r: r['ts'])
comments, topics = [], {}
for i, r in enumerate(rows, 1):
    cid = 'c%03d' % i
    d, s = divmod(r['ts'], 86400)
    ts = '2026-11-%02dT%02d:%02d:%02dZ' % (d + 1, s // 3600, s % 3600 // 60, s % 60)
    comments.append({'id': cid, 'language': r['language'], 'platform': r['platform'], 'thread': r['thread'],
                     'created_at': ts, 'emotion': r['emotion'], 'intent': r['intent'], 'text': r['text']})
    topics[cid] = r['tags']
    r['id'] = cid

def sel(pred):
    return sorted(r['id'] for r in rows if pred(r))
def has(*t):
    return lambda r: any(x in r['tags'] for x in t)
SERV = has('deliv', 'cs', 'app')
Q = [
 # broad
 ('en', 'What ideas or suggestions do people have for us?', None, lambda r: r['intent'] == 'feedback_or_idea', 'broad'),
 ('fi', 'Mitä muita merkkejä tai vaihtoehtoja ihmiset mainitsee meidän rinnalla?', None, has('cmp'), 'broad'),
 ('sv', 'Vad klagar folk på när det gäller leveransen, kundtjänsten och appen?', 'negative', lambda r: SERV(r) and r['emotion'] == 'negative', 'broad,filtered'),
 ('en', 'What are people saying about costs of any kind?', None, has('price'), 'broad'),
 ('sv', 'Vilka problem har folk med själva apparaten?', None, lambda r: (has('rel', 'noise', 'safe')(r) and r['emotion'] == 'negative') or 'hwprob' in r['tags'], 'broad'),
 ('en', 'What do happy customers say about our service – delivery, support, the app?', 'positive', lambda r: SERV(r) and r['emotion'] == 'positive', 'broad,filtered'),
 # no answer
 ('fi', 'onko kukaan puhunut meidän tv-mainoksesta?', None, None, 'none'),
 ('sv', 'Frågar någon om batteritiden?', None, None, 'none'),
 ('en', 'What are people saying about our Black Friday sale?', None, None, 'none'),
 ('fi', 'kysyykö kukaan voiko kasviota käyttää ravintolassa tai kahvilassa ammattikäytössä', None, None, 'none'),
 ('sv', 'Är det någon som frågar om lediga jobb hos oss?', None, None, 'none'),
 ('en', 'Does anyone ask whether the seeds in our pods are organic?', None, None, 'none'),
 ('fi', 'Onko kukaan maininnut meidän podcastia?', None, None, 'none'),
 ('en', 'What do people think of our gift cards?', None, None, 'none'),
 # topical
 ('en', 'Do people think the seed pods are too expensive?', None, has('podcost'), 'cross'),
 ('fi', 'mitä ihmiset sanovat toimitusajoista?', None, has('dtime'), 'cross'),
 ('sv', 'Vad säger folk om kundtjänsten?', None, has('cs'), 'cross'),
 ('en', 'What do unhappy people say about the app?', 'negative', lambda r: has('app')(r) and r['emotion'] == 'negative', 'cross,filtered'),
 ('fi', 'Mitä ihmiset sanoo sovelluksen ilmoituksista?', None, has('notif'), 'cross'),
 ('sv', 'Har folk problem med att få uppkoppling mot wifi?', None, has('wifi'), 'cross'),
 ('en', 'How easy is it for people to get the device going the first time?', None, has('setup'), 'cross,absent'),
 ('fi', 'Mitä kilpailijasta GreenNest sanotaan?', None, has('gn'), 'cross'),
 ('sv', 'Jämför folk oss med IKEA?', None, has('ikea'), 'cross'),
 ('en', 'What do people say about the environmental impact?', None, has('eco', 'energy'), 'cross,absent'),
 ('fi', 'Puhuuko kukaan laitteen energiankulutuksesta?', None, has('energy'), 'cross,absent'),
 ('sv', 'Var kan man köpa produkterna enligt folk?', None, has('buy'), 'cross'),
 ('en', 'Are people worried about safety with pets or small children?', None, has('cat', 'kids'), 'cross'),
 ('sv', 'Läcker vattentanken för någon?', None, has('leak'), 'cross'),
 ('fi', 'Mitä sanotaan kapselitilauksesta eli Kasvio Plussasta?', None, has('sub'), 'cross'),
 ('fi', 'Onko ihmisillä ollut sitä, ettei kapseleista nouse mitään?', None, has('germ'), 'cross,absent'),
 ('sv', 'Klagar någon på ljudet från pumpen?', None, has('sound'), 'cross'),
 ('fi', 'Häikäiseekö valo ihmisiä?', None, has('bright'), 'cross,absent'),
 ('en', 'Do people report that the Kasvio pump stopped working?', None, has('pump'), 'cross'),
 ('fi', 'Mitä takuusta puhutaan?', None, has('warranty'), 'cross'),
 ('sv', 'Vad säger folk om returer och ångerrätt?', None, has('returns'), 'cross'),
 ('sv', 'Vad tycker folk om fraktkostnaderna?', None, has('ship'), 'cross,absent'),
 ('fi', 'mitä positiivista sanotaan käyttöönotosta?', 'positive', lambda r: has('setup')(r) and r['emotion'] == 'positive', 'cross,filtered'),
 ('sv', 'Vad säger nöjda kunder om leveransen?', 'positive', lambda r: has('deliv')(r) and r['emotion'] == 'positive', 'cross,filtered'),
 ('en', 'What do disappointed buyers say about reliability?', 'negative', lambda r: has('rel')(r) and r['emotion'] == 'negative', 'cross,filtered'),
 ('fi', 'Onko kukaan kysynyt, saako sovellusta tai palvelua suomeksi tai ruotsiksi?', None, has('lang'), 'cross'),
]
with open('questions.jsonl', 'w', encoding='utf-8') as f:
    for i, (lang, q, emo, pred, kind) in enumerate(Q, 1):
        o = {'id': 'q%02d' % i, 'language': lang, 'question': q}
        if emo:
            o['emotion'] = emo
        o['relevant'] = sel(pred) if pred else []
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
        print(o['id'], lang, kind, len(o['relevant']), sorted({r['language'] for r in rows if r['id'] in o['relevant']}))
with open('comments.jsonl', 'w', encoding='utf-8') as f:
    for c in comments:
        f.write(json.dumps(c, ensure_ascii=False) + '\n')
with open('topics.json', 'w', encoding='utf-8') as f:
    json.dump(topics, f, ensure_ascii=False, indent=0)
