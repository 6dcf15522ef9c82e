#!/bin/bash
# score the earlier-round (8c-43c) fr/it/es/pt documents whose text matches a regex, with the worktree app and the base app
# usage: probes/subset.sh 'grep -E regex' [langs]   (prints base / now micro F1 and per-document differences)
re=$1; langs=${2:-fr it es pt}
d=/tmp/sub47c; rm -rf $d; mkdir -p $d/gold
for r in $(seq 8 46); do for l in $langs; do for f in /work/wt/probes-all/probe${r}c/probes/$l/*.txt; do
  [ -e "$f" ] || continue; case $f in *.expected*) continue;; esac
  grep -qiE "$re" "$f" || continue
  n=$(basename $f .txt); mkdir -p $d/corpus/$l; cp $f $d/corpus/$l/; cp /work/wt/probes-all/probe${r}c/probes-gold/$n.json $d/gold/
done; done; done
echo "docs: $(ls $d/gold | wc -l)"
export PATH=/work/main/.venv/bin:$PATH
PYTHONPATH=/tmp/base47c/app python /work/shared/eval/score.py --gold $d/gold --corpus $d/corpus --show | grep -v "wall time" > $d/base.txt
PYTHONPATH=/work/wt/probe47c/app python /work/shared/eval/score.py --gold $d/gold --corpus $d/corpus --show | grep -v "wall time" > $d/now.txt
tail -1 $d/base.txt; tail -1 $d/now.txt; diff $d/base.txt $d/now.txt | grep -v "^[<>] [a-z_ ]* [0-9.]* [0-9.]*" | head -40
