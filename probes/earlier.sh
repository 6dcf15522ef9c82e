#!/bin/sh
# usage: probes/earlier.sh APPDIR  — scores probe rounds 8b-11b (de, nl, da) with the code under APPDIR
for r in probe8b probe9b probe10b probe11b; do
  d=/work/wt/probes-all/$r
  printf "%s " $r
  PATH=/work/main/.venv/bin:$PATH PYTHONPATH=$1 /work/main/.venv/bin/python /work/shared/eval/score.py --gold $d/probes-gold --corpus $d/probes --show > /tmp/earlier-$r.txt 2>&1
  tail -1 /tmp/earlier-$r.txt
  /work/main/.venv/bin/python probes/per_language.py /tmp/earlier-$r.txt $d/probes-gold | tr '\n' ' '; echo
done
