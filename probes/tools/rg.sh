#!/bin/sh
# one line per earlier round: sh probes/tools/rg.sh
for r in 8 9 10 11 12 13 14 15 16 17 18; do
  printf "%s " "${r}d:$(python /work/shared/eval/score.py --gold /work/wt/probes-all/probe${r}d/probes-gold --corpus /work/wt/probes-all/probe${r}d/probes 2>&1 | tail -1 | awk '{print $NF}')"
done; echo
