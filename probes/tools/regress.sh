#!/bin/sh
# Score earlier rounds' sv/no/fi probes (read-only, /work/wt/probes-all/probe{8..53}d) with this tree: sh probes/tools/regress.sh
for r in 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 52 53; do
  printf "%s " "${r}d:$(python /work/shared/eval/score.py --gold /work/wt/probes-all/probe${r}d/probes-gold --corpus /work/wt/probes-all/probe${r}d/probes 2>&1 | tail -1 | awk '{print $NF}')"
done; echo
