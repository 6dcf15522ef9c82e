#!/bin/sh
# Score each language's probes on its own: sh probes/tools/bylang.sh > FILE (run from the worktree root with the env set)
for l in sv no fi; do
  d=$(mktemp -d); cp probes-gold/$l-*.json "$d"/
  echo "== $l"; python /work/shared/eval/score.py --gold "$d" --corpus probes 2>&1 | tail -14
  rm -r "$d"
done
