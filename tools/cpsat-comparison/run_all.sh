#!/bin/bash
# The CP-SAT table of docs/roster-benchmark.md ("Session 7"): mvn -B -q package && ./run_all.sh
set -e
cd "$(dirname "$0")"
I=${INSTANCES:-../../../shared/benchmarks/shift-scheduling/instances}
CP="target/classes:target/lib/*"
mkdir -p logs
for i in $(seq 1 12); do
  java -cp "$CP" cpsat.Main $I/Instance$i.txt 60 1 2 sols > logs/Instance${i}_s1_60.log 2>&1
done
for s in 2 3; do for i in 7 8 9 12; do
  java -cp "$CP" cpsat.Main $I/Instance$i.txt 60 $s 2 sols > logs/Instance${i}_s${s}_60.log 2>&1
done; done
java -cp "$CP" cpsat.Main $I/Instance8.txt 120 1 2 sols120 > logs/Instance8_s1_120.log 2>&1
grep -h RESULT logs/*.log
