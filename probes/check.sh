#!/bin/bash
# usage: probes/check.sh OUTDIR  — earlier en/pl probe rounds (8a-53a) + report
cd /work/wt/probe54a
export PATH=/work/main/.venv/bin:$PATH PYTHONPATH=${APP:-$PWD/app}
out=$1; mkdir -p $out
for r in probe8a probe9a probe10a probe11a probe12a probe13a probe14a probe15a probe16a probe17a probe18a probe19a probe20a probe21a probe22a probe23a probe24a probe25a probe26a probe27a probe28a probe29a probe30a probe31a probe32a probe33a probe34a probe35a probe36a probe37a probe38a probe39a probe40a probe41a probe42a probe43a probe44a probe45a probe46a probe47a probe48a probe49a probe50a probe51a probe52a probe53a; do
  python /work/shared/eval/score.py --gold /work/wt/probes-all/$r/probes-gold --corpus /work/wt/probes-all/$r/probes --cmd "policylens analyze --json {files}" --show > $out/$r.txt 2>&1
  echo "$r $(python probes/per_language.py $out/$r.txt /work/wt/probes-all/$r/probes-gold | tr '\n' ' ') $(tail -1 $out/$r.txt)"
done
[ "$2" = "noreport" ] || { python /work/shared/eval/report.py > $out/report.txt 2>$out/report.err; tail -8 $out/report.txt; }
