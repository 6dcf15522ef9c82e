"""Debug: contexts and hits of the sentences holding SUBSTR. python probes/dbg.py FILE SUBSTR"""
import sys
from policylens.core.loaders import load_path
from policylens.core.analyze import segment_document, build, load_pack, REGISTRY
path, sub = sys.argv[1], sys.argv[2]
doc = load_path(path)
lang = sys.argv[3] if len(sys.argv) > 3 else path.split("/")[-2]
pack = load_pack(lang)
sents = segment_document(doc, [pack]*len(doc.blocks), pack)
seg = build(doc, sents, [pack]*len(sents))
for r in REGISTRY.for_language(lang):
    res = r.analyze(seg, pack, None)
    seg.add(res.hits, res.negated)
for i, s in enumerate(sents):
    t = doc.text[s.start:s.end]
    if sub.casefold() in t.casefold():
        hits = sorted({k for k, hs in seg.hits.items() for h in hs if h.sent == i})
        neg = sorted({k for k, hs in seg.negated.items() for h in hs if h.sent == i})
        print(i, s.kind, repr(t[:150]), "\n  own", sorted(seg.own[i]), "inh", sorted(seg.inherited[i]), "\n  hits", hits, "\n  neg", neg)
