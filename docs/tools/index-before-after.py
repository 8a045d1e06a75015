#!/usr/bin/env python3
"""Prints the index, tier and rank of each place and year before and after a change of the content, as a
Markdown table, from two JSON reports of the same years (tongcheng assess --format json):

    python3 docs/tools/index-before-after.py before/assessment-1992-2016.json after/assessment-1992-2016.json

A place-year is listed when it has an index in either run; the others are counted below the table."""
import json
import sys


def places(path):
    with open(path, encoding="utf-8") as f:
        report = json.load(f)
    tiers = {t["id"]: t["nameZh"] for t in report["catalogue"]["tiers"]}
    for p in report["places"]:
        p["tierName"] = tiers.get(p.get("tier") or "", "—")
    return {(p["place"]["id"], p["year"]): p for p in report["places"]}, report["years"]


def shown(p):
    if p is None or p.get("index") is None:
        return "—", "—", "—"
    return f"{p['index']:.1f}", p["tierName"], str(p["rank"]) if p.get("rank") is not None else "—"


def main(before_path, after_path):
    before, years = places(before_path)
    after, _ = places(after_path)
    keys = sorted(set(before) | set(after), key=lambda k: (k[1], k[0]))
    print("| year | place | index before | tier before | rank before | index after | tier after | rank after |")
    print("|---|---|---:|---|---:|---:|---|---:|")
    listed = 0
    for place, year in keys:
        b, a = before.get((place, year)), after.get((place, year))
        if (b is None or b.get("index") is None) and (a is None or a.get("index") is None):
            continue
        name = (a or b)["place"]["nameZh"]
        print(f"| {year} | {name} | " + " | ".join(shown(b)) + " | " + " | ".join(shown(a)) + " |")
        listed += 1
    print()
    print(f"{len(keys) - listed} other place-years of {years[0]}–{years[-1]} have no index in either run.")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
