import json
recs=[json.loads(l) for l in open('/work/fresh667/places.jsonl')]
allsurf=set(p['text'] for r in recs for p in r['places'])|{'ليبيا','الجزائر','غات','جانت','تمنراست','إليزي','النيجر','مالي','طرابلس','سبها','أوباري','إيسين','تين الكوم','الدبداب','غدامس','إدري','طبرق','لبنان','تونس','بنغازي','فزان','الخمس','الجميل','سرت'}
for r in recs:
    t=r['text']; cov=[]
    for p in r['places']:
        i=-1
        for _ in range(p['occurrence']): i=t.find(p['text'],i+1 if i<0 else i+len(p['text']))
        cov.append((i,i+len(p['text'])))
    for tr in r['not_places']:
        i=t.find(tr)
        while i>=0: cov.append((i,i+len(tr))); i=t.find(tr,i+len(tr))
    for s in sorted(allsurf):
        i=t.find(s)
        while i>=0:
            if not any(a<=i and i+len(s)<=b for a,b in cov):
                print(r['id'], s, i, repr(t[max(0,i-15):i+len(s)+15]))
            i=t.find(s,i+len(s))
