#!/bin/bash
# focused tests for fr/it/es/pt packs: the rule-pack tests of the four languages (and the language-free ones)
# + overlap + determinism (+ any test files given). usage: probes/tests.sh [tests/test_x.py ...]
cd /work/wt/probe20c
export PATH=/work/main/.venv/bin:$PATH PYTHONPATH=$PWD/app POLICYLENS_SHARED=/work/shared
python -m pytest -p no:randomly tests/test_rule_packs.py --co -q 2>/dev/null | grep "::" \
  | grep -E '\[(fr|it|es|pt)(-|\])|::[a-z_0-9]+$' > /tmp/p20c_ids.txt
python -m pytest -q -p no:randomly @/tmp/p20c_ids.txt tests/test_pack_overlap.py tests/test_pack_determinism.py "$@" 2>&1 | tail -15
