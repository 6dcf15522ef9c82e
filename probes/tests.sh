#!/bin/bash
# focused tests for fr/it/es/pt packs: rule-pack tests of the four languages + overlap + determinism
cd /work/wt/probe19c
export PATH=/work/main/.venv/bin:$PATH PYTHONPATH=$PWD/app POLICYLENS_SHARED=/work/shared
python -m pytest -q -p no:randomly @/tmp/p19c_ids.txt tests/test_pack_overlap.py tests/test_pack_determinism.py "$@" 2>&1 | tail -15
