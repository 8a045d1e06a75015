#!/usr/bin/env bash
# Compares two builds of Tongcheng on the shipped rules, alternating them N times: CPU seconds (user + sys) of a
# cold `assess` and of compiling the rule base, and the benchmark's in-run Drools ÷ baseline ratio.
# Usage: compare-builds.sh OLD_CHECKOUT NEW_CHECKOUT   (each with target/tongcheng.jar and target/lib built)
set -u
old=$1 new=$2 N=${N:-5}
for i in $(seq "$N"); do
  for dir in "$old" "$new"; do
    cd "$dir" || exit 2
    J=target/tongcheng.jar
    /usr/bin/time -f "$dir assess cpu %U %S wall %e" java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar $J assess --out /tmp/compare-assess >/dev/null 2>/tmp/compare.t; tail -1 /tmp/compare.t
    /usr/bin/time -f "$dir compile cpu %U %S wall %e" java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar $J bench --compile-only >/dev/null 2>/tmp/compare.t; tail -1 /tmp/compare.t
    echo "$dir bench $(java -jar $J bench --places 1000 2>/dev/null | tail -1)"
  done
done
