#!/bin/sh
# probes (overall), earlier rounds, every labelled set: sh probes/tools/check.sh (env set)
python /work/shared/eval/score.py --gold probes-gold --corpus probes 2>&1 | tail -1
sh probes/tools/regress.sh
python /work/shared/eval/report.py 2>&1 | tail -8
