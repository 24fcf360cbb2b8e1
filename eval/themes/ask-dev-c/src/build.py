# Builds comments.jsonl, topics.json and questions.jsonl from the hand-written src_*.txt files.
import json, random, re, os
random.seed(2611)
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
EMO = {'n': 'negative', 'u': 'neutral', 'p': 'positive'}
INT = {'Q': 'question', 'C': 'complaint', 'P': 'praise', 'O': 'off_topic', 'F': 'feedback_or_idea', 'K': 'comparison_or_purchase'}
THREADS = {
    'reddit': ['r-Suomi-alylukot', 'r-sweden-smarthem', 'r-smarthome-vahti-pro', 'r-homeautomation-nordic'],
    'youtube': ['yt-vahti-pro-arvostelu', 'yt-montering-guide', 'yt-unboxing-doorbell', 'yt-vahti-vs-nordlas'],
    'mastodon': ['ma-techfi', 'ma-privacy-nordics', 'ma-koti-ja-remontti'],
    'bluesky': ['bs-vahti-launch', 'bs-winter-tech', 'bs-smarthome-chat'],
    'blog': ['blog-kotiblogi-lukot', 'blog-villa-vardag', 'blog-renter-hacks'],
}
PLATFORMS = ['reddit'] * 30 + ['youtube'] * 30 + ['mastodon'] * 13 + ['bluesky'] * 15 + ['blog'] * 12
rows = []
for lang in ['fi', 'sv', 'en']:
    for line in open(os.path.join(HERE, f'src_{lang}.txt'), encoding='utf-8'):
        line = line.rstrip('\n')
        if not line: continue
        topic, sub, emo, intent, text = line.split('|', 4)
        plat = random.choice(PLATFORMS)
        if plat == 'blog' and len(text) < 40: plat = 'youtube'
        if topic == 'OFF' and ('video' in text or 'channel' in text or 'kanava' in text or 'filmar' in text or 'mic' in text): plat = 'youtube'
        day = random.randint(1, 30); sec = random.randint(0, 86399)
        ts = f'2026-11-{day:02d}T{sec // 3600:02d}:{sec % 3600 // 60:02d}:{sec % 60:02d}Z'
        rows.append(dict(language=lang, platform=plat, thread=random.choice(THREADS[plat]), created_at=ts,
                         emotion=EMO[emo], intent=INT[intent], text=text, _topic=topic, _sub=sub))
rows.sort(key=lambda r: (r['created_at'], r['text']))
for i, r in enumerate(rows, 1): r['id'] = f'c{i:03d}'
KEYS = ['id', 'language', 'platform', 'thread', 'created_at', 'emotion', 'intent', 'text']
with open(os.path.join(OUT, 'comments.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows: f.write(json.dumps({k: r[k] for k in KEYS}, ensure_ascii=False) + '\n')
topics = {}
for r in rows:
    t = 'off_topic' if r['_topic'] == 'OFF' else r['_topic']
    topics.setdefault(t, []).append(r['id'])
    if r['_sub'] not in ('-', 'other'): topics.setdefault(f"{t}/{r['_sub']}", []).append(r['id'])
json.dump(topics, open(os.path.join(OUT, 'topics.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)

def T(t, sub=None): return lambda r: r['_topic'] == t and (sub is None or r['_sub'] == sub)
def text_has(*subs): return lambda r: any(s in r['text'].lower() for s in subs)
def ids_of(*snips):  # exact comments picked by a snippet of their text
    out = []
    for s in snips:
        m = [r['id'] for r in rows if s in r['text']]
        assert len(m) == 1, (s, m); out += m
    return set(out)
ON = lambda r: r['_topic'] != 'OFF'
Q = []
def q(lang, text, pred=None, emotion=None, add=(), remove=(), kind=''):
    rel = set(r['id'] for r in rows if pred and pred(r))
    rel |= ids_of(*add) if add else set(); rel -= ids_of(*remove) if remove else set()
    if emotion: rel = set(i for i in rel if next(r for r in rows if r['id'] == i)['emotion'] == emotion)
    d = dict(language=lang, question=text)
    if emotion: d['emotion'] = emotion
    d['relevant'] = sorted(rel); d['_kind'] = kind; Q.append(d)
PRICE_ADD = ('nordlås on halvempi', 'nordlås är billigare', 'nordlås is cheaper', 'mut hinta..', 'men priset...', 'but the price...',
             'verkkokaupasta halvemmalla', 'billigare hos en annan nätbutik', 'found it cheaper on another webshop', 'frakten kostade 79 kr')
SUPPORT_ADD = ('asiakaspalvelu ei tiiä missä paketti on', 'nordlåsin asiakaspalvelu vastaa', 'postnord tappade bort paketet')
APP_ADD = ('nordlåsissa on kai parempi sovellus', 'nordlås app är sämre', 'sovellus lähettää dataa', 'app phones home')
INSTALL_ADD = ('Jenni auttoi puhelimessa asennuksessa', 'hjälpte mig med installationen', 'walked me thru the whole setup',
               'installationen enklare', 'the install is simpler')
BROKE = ('lukko hajos 13 kk jälkeen', 'låset gick sönder efter 13 månader', 'lock died after 13 months')
RETURN_ADD = ('piti palauttaa', 'fick skicka tillbaka', 'had to send it back')
# topic questions
q('fi', 'mitä porukka sanoo meidän hinnoista?', T('price'), add=PRICE_ADD, kind='topic')
q('en', 'what are people saying about shipping and delivery?', T('delivery'), kind='topic')
q('sv', 'vad säger folk om hur pålitligt låset är i vardagen?', T('reliability'), add=BROKE, kind='topic')
q('fi', 'miten asiakaspalvelustamme puhutaan?', T('support'), add=SUPPORT_ADD, kind='topic')
q('en', 'what do people say about the app?', T('app'), add=APP_ADD, kind='topic')
q('sv', 'vad säger folk om monteringen?', T('install'), add=INSTALL_ADD, kind='topic')
q('fi', 'mihin meitä verrataan?', T('compare'), kind='topic, cross-language')
q('en', 'what do people think about our environmental footprint?', T('sustain'), kind='topic, absent wording')
q('sv', 'vilka återförsäljare efterfrågas, var vill folk handla produkten?', T('buy'), kind='topic, absent wording')
q('en', 'are people worried about security, like break-ins, hacking or getting locked out?', T('safety'), add=('jättefarligt',), kind='topic')
q('fi', 'mitä sanotaan takuusta ja palautuksista?', T('warranty'), add=RETURN_ADD, kind='topic, cross-language (reklamation)')
q('sv', 'vad säger folk om integritet och hantering av personuppgifter?', T('privacy'), kind='topic, absent wording')
# sub-topics
q('en', 'does freezing weather cause trouble for the lock?', T('reliability', 'cold'), kind='subtopic, absent wording')
q('fi', 'mitä nordlåsista sanotaan meihin verrattuna?', lambda r: T('compare', 'nordlas')(r) or 'nordlås' in r['text'].lower(), kind='subtopic, cross-language')
q('sv', 'vad tycker folk om den senaste uppdateringen av appen?', T('app', 'update'), kind='subtopic, cross-language')
q('en', 'are people hunting for a bargain or coupon?', T('price', 'discount'), kind='subtopic, absent wording')
q('fi', 'kysytäänkö sopiiko lukko kaikkiin oviin?', T('install', 'door'), kind='subtopic')
q('sv', 'är folk oroliga för dataintrång i själva låset?', T('safety', 'hack'), kind='subtopic, absent wording')
# emotion-filtered
q('en', 'what do unhappy people say about the app?', T('app'), add=APP_ADD, emotion='negative', kind='filtered')
q('fi', 'mitä tyytyväiset asiakkaat sanovat asiakaspalvelusta?', T('support'), add=SUPPORT_ADD, emotion='positive', kind='filtered')
q('sv', 'vad klagar missnöjda kunder på när det gäller leveransen?', T('delivery'), emotion='negative', kind='filtered')
q('fi', 'mitä tyytymättömät sanovat hintatasosta?', T('price'), add=PRICE_ADD, emotion='negative', kind='filtered, absent wording')
# broad
COMPLAINT_LIKE = lambda r: ON(r) and (r['intent'] == 'complaint' or r['emotion'] == 'negative')
PRAISE_SNIPS = ('switched from nordlås to vahti', 'vahti vinner lätt', 'bytte från nordlås till vahti', 'parempi ku mun vanha koodilukko',
                'vaihdoin nordlåsista vahtiin', 'so much better than my old keypad lock')
YT_Q = ('är det bättre än ett kodlås', 'kumpi kannattaa', 'onko sama tuote')
q('en', 'what are people on reddit complaining about?', lambda r: COMPLAINT_LIKE(r) and r['platform'] == 'reddit', kind='broad (complaint intent or negative on-topic)')
q('sv', 'vad klagar svensktalande kunder på?', lambda r: COMPLAINT_LIKE(r) and r['language'] == 'sv', kind='broad (complaint intent or negative on-topic)')
q('fi', 'mitä kehitysideoita ihmiset ehdottavat?', lambda r: r['intent'] == 'feedback_or_idea', kind='broad, cross-language')
q('en', 'what are people asking us on youtube?', lambda r: r['platform'] == 'youtube' and (r['intent'] == 'question' or any(s in r['text'] for s in YT_Q)), kind='broad (questions incl. purchase questions)')
q('fi', 'mitä hyvää meistä sanotaan mastodonissa ja blueskyssa?', lambda r: r['platform'] in ('mastodon', 'bluesky') and (r['intent'] == 'praise' or any(s in r['text'] for s in PRAISE_SNIPS)), kind='broad (praise intent or positive comparison)')
q('sv', 'vilka idéer och önskemål har folk?', lambda r: r['intent'] == 'feedback_or_idea', kind='broad, cross-language')
# no answer
q('fi', 'onko kukaan puhunut meidän tv-mainoksesta?', kind='none; traps: reklamation på tv:n, mainos/reklam on youtube, tv-sarja, mainosverkko')
q('fi', 'puhutaanko meidän jääkiekkosponsoroinnista?', kind='none; traps: Lukko hockey comments')
q('en', 'has anyone mentioned a product recall?', kind='none; traps: "if i recall", "recall that snowstorm"')
q('sv', 'frågar nån om lediga jobb hos oss?', kind='none; traps: "han jobbar som låssmed", lukkoseppä')
q('en', 'is anyone asking about smartwatch support?', kind='none; traps: watch battery, watched this video')
q('sv', 'pratar nån om vår julkalender-tävling?', kind='none; traps: julkalendern på svt, joulukalenteri')
q('fi', 'kysyykö kukaan lukon käytöstä lemmikkien kanssa, esim. kissaluukusta?', kind='none; traps: koira haukkuu, kissa ovimatolla, hunden skäller, cat on keyboard')
q('en', 'does anyone ask whether it can open a garage door?', kind='none; traps: garage sale, garageloppis')
# extra cross-language
q('fi', 'puhuuko kukaan siitä, millä kielillä sovellus ja asiakaspalvelu toimivat?',
  add=('saako vahti home -sovelluksen suomeksi', 'asiakaspalvelussa ei puhuttu suomea', 'nordlåsin asiakaspalvelu vastaa ees suomeksi',
       'finns det nån svensktalande kundtjänst', 'finns appen på svenska', 'app is english only'), kind='cross-language, hand-picked')
BATT = re.compile(r'patter|akku|batter|akun')
q('sv', 'vad säger folk om batteriet i låset?', lambda r: ON(r) and BATT.search(r['text'].lower()),
  remove=('akku loppuu puhelimesta', 'puhelimesta loppu akku', 'appen drar batteri', 'kills my phone battery'), kind='cross-language, product part')
q('sv', 'nämner nån dörrklockan?', lambda r: ON(r) and re.search(r'ovikell|dörrklock|doorbell|kamera|camera|videon|videot|footage|filmerna', r['text'].lower()), remove=('installationsvideon',), kind='cross-language, product')
q('en', 'what do people say about the packaging?', lambda r: ON(r) and re.search(r'pakkau|kartong|förpack|box|packed', r['text'].lower()),
  remove=('kuvat ei vastaa pakkauksen osia',), kind='cross-language; trap: pakkauksen osia (instructions)')
assert len(Q) == 40
with open(os.path.join(OUT, 'questions.jsonl'), 'w', encoding='utf-8') as f:
    for i, d in enumerate(Q, 1):
        d = {'id': f'q{i:02d}', **d}; kind = d.pop('_kind')
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
with open(os.path.join(HERE, 'question_kinds.json'), 'w', encoding='utf-8') as f:
    json.dump({f'q{i:02d}': d['_kind'] for i, d in enumerate(Q, 1)}, f, ensure_ascii=False, indent=1)
print('ok', len(rows), len(Q))
