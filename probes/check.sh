#!/bin/bash
# usage: probes/check.sh OUTDIR — this round's probes, earlier de/nl/da probe rounds (8b-41b) and the report
cd /work/wt/probe42b
export PATH=/work/main/.venv/bin:$PATH PYTHONPATH=$PWD/app
out=$1; mkdir -p $out
python /work/shared/eval/score.py --gold probes-gold --corpus probes --show > $out/probe42b.txt 2>&1
echo "probe42b $(python probes/per_language.py $out/probe42b.txt probes-gold | tr '\n' ' ') $(tail -1 $out/probe42b.txt)"
for r in probe8b probe9b probe10b probe11b probe12b probe13b probe14b probe15b probe16b probe17b probe18b probe19b probe20b probe21b probe22b probe23b probe24b probe25b probe26b probe27b probe28b probe29b probe30b probe31b probe32b probe33b probe34b probe35b probe36b probe37b probe38b probe39b probe40b probe41b; do
  python /work/shared/eval/score.py --gold /work/wt/probes-all/$r/probes-gold --corpus /work/wt/probes-all/$r/probes --show > $out/$r.txt 2>&1
  echo "$r $(tail -1 $out/$r.txt)"
done
python /work/shared/eval/report.py > $out/report.txt 2>$out/report.err
tail -8 $out/report.txt | head -7 | awk '{print $1, $NF=="" ? "" : $0}' | cut -c1-60
