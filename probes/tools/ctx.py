#!/usr/bin/env python3
"""Print each sentence of a policy with its own and inherited contexts: ctx.py FILE [substring]"""
import sys
from policylens.core import langid
from policylens.core.engine.contexts import build, segment_document
from policylens.core.rules import load_pack
from policylens.core.loaders import load_path as load
doc = load(sys.argv[1])
code = langid.detect_document(doc).code
pack = load_pack(code)
sents = segment_document(doc, [pack] * len(doc.blocks), pack)
seg = build(doc, sents, [pack] * len(sents))
want = sys.argv[2] if len(sys.argv) > 2 else ""
for i, s in enumerate(seg.sentences):
    t = doc.text[s.start:s.end]
    if want in t:
        print(i, sorted(seg.own[i]), sorted(seg.inherited[i]), "|", t[:140].replace("\n", " "))
