#!/bin/sh
# Score earlier rounds' sv/no/fi probes (read-only, /work/wt/probes-all/probe{8..16}d) with this tree: sh probes/tools/regress.sh
for r in probe8d probe9d probe10d probe11d probe12d probe13d probe14d probe15d probe16d probe17d probe18d; do
  echo "== $r"; python /work/shared/eval/score.py --gold /work/wt/probes-all/$r/probes-gold --corpus /work/wt/probes-all/$r/probes 2>&1 | tail -1
done
