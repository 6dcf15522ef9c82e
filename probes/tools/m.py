"""Does a rule fire on a sentence with given contexts? m.py LANG RULE_ID CTX1,CTX2 "sentence" ..."""
import sys
from policylens.core.rules import load_pack
from policylens.core import analyze as A
p = load_pack(sys.argv[1])
for s in sys.argv[4:]:
    print(A.match_sentence(p, s, sys.argv[2], set(filter(None, sys.argv[3].split(",")))), "|", s)
