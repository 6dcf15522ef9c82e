#!/bin/bash
# usage: probes/check.sh OUTDIR [noreport] — this round's probes, earlier de/nl/da probe rounds (8b-53b) and the report
cd /work/wt/probe54b
export PATH=/work/main/.venv/bin:$PATH PYTHONPATH=$PWD/app
out=$1; mkdir -p $out
python /work/shared/eval/score.py --gold probes-gold --corpus probes --show > $out/probe54b.txt 2>&1
echo "probe54b $(python probes/per_language.py $out/probe54b.txt probes-gold | tr '\n' ' ') $(tail -1 $out/probe54b.txt)"
for n in $(seq 8 53); do r=probe${n}b
  python /work/shared/eval/score.py --gold /work/wt/probes-all/$r/probes-gold --corpus /work/wt/probes-all/$r/probes --show > $out/$r.txt 2>&1
  echo "$r $(tail -1 $out/$r.txt | grep -o 'F1 [0-9.]*')"
done
[ "$2" = noreport ] && exit 0
python /work/shared/eval/report.py > $out/report.txt 2>$out/report.err
tail -8 $out/report.txt
