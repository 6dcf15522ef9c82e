#!/bin/bash
# baseline/after check: report + earlier fr/it/es/pt probe rounds. usage: probes/check.sh OUTPREFIX
cd /work/wt/probe11c
export PATH=/work/main/.venv/bin:$PATH PYTHONPATH=$PWD/app
out=$1
python /work/shared/eval/score.py --gold probes-gold --corpus probes | tail -1 > $out.probes
for r in probe8c probe9c probe10c; do echo "$r $(python /work/shared/eval/score.py --gold /work/wt/probes-all/$r/probes-gold --corpus /work/wt/probes-all/$r/probes | tail -1)"; done > $out.earlier
python /work/shared/eval/report.py > $out.report 2>/dev/null
