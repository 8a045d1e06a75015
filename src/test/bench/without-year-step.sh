#!/usr/bin/env bash
# The benchmark's Drools and plain-Java paths without the year step they share (YearIndex computed once and
# replayed to both): an upper bound of `bench`'s ratio, whatever the year step costs (docs/performance.md).
# Usage: src/test/bench/without-year-step.sh [PLACES [ROUNDS [THREADS]]]   from a checkout (compiles it if needed)
set -eu
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
cd "$here"
[ -d target/classes/cn ] || mvn -B -q -o compile
out="$(mktemp -d)"
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" >/dev/null
cp="$(cat "$out/cp.txt"):target/classes"
javac -nowarn -d "$out" -cp "$cp" src/test/bench/WithoutYearStep.java
java -Xmx3g ${JAVA_OPTS:-} -cp "$out:$cp" cn.tongcheng.bench.WithoutYearStep "${1:-1000}" "${2:-6}" "${3:-2}"
