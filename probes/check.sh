#!/bin/bash
# probes + earlier fr/it/es/pt probe rounds (+ report with R=1). usage: probes/check.sh OUTPREFIX
cd /work/wt/probe54c
export PATH=/work/main/.venv/bin:$PATH PYTHONPATH=${PLAPP:-$PWD/app}
out=$1
python /work/shared/eval/score.py --gold probes-gold --corpus probes | tail -1 > $out.probes
for r in probe8c probe9c probe10c probe11c probe12c probe13c probe14c probe15c probe16c probe17c probe18c probe19c probe20c probe21c probe22c probe23c probe24c probe25c probe26c probe27c probe28c probe29c probe30c probe31c probe32c probe33c probe34c probe35c probe36c probe37c probe38c probe39c probe40c probe41c probe42c probe43c probe44c probe45c probe46c probe47c probe48c probe49c probe50c probe51c probe52c probe53c; do echo "$r $(python /work/shared/eval/score.py --gold /work/wt/probes-all/$r/probes-gold --corpus /work/wt/probes-all/$r/probes | tail -1)"; done > $out.earlier
[ -n "$R" ] && python /work/shared/eval/report.py > $out.report 2>/dev/null
cat $out.probes $out.earlier; [ -n "$R" ] && tail -8 $out.report
