#!/usr/bin/env python3
"""Writes examples/asem/rules and examples/asem/facts from the reference files in examples/asem/reference.

The rule tables state COINr's ASEM method (see reference/README.md): denominators from the metadata, group
mean over group_eurasia, COINr's winsorisation (winmax 5, skewness 2, kurtosis 3.5, log fallback), min-max onto
[0, 100] over all 51 countries, arithmetic means with weight 1 at every level, ranks of scores rounded to 2
decimals with ties sharing the best rank. Run from the repository root: python3 examples/asem/make_tables.py
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
REF = os.path.join(HERE, "reference")
SOURCE = "COINr-ASEM"
BOM = "\ufeff"


def read(name):
    with open(os.path.join(REF, name), encoding="utf-8") as f:
        return list(csv.DictReader(f))


def write(path, header, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(BOM)
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


meta = read("asem_metadata.csv")
units = read("asem_units.csv")
raw = read("asem_raw_tidy.csv")
rules = os.path.join(HERE, "rules")
facts = os.path.join(HERE, "facts")

# dimensions: pillars (level 2) under the sub-indices (level 3); the sub-indices have no parent, so they are the
# children of the index (level 4, COINr's "Index")
dims = [m for m in meta if m["type"] == "aggregate" and m["level"] in ("2", "3")]
dims.sort(key=lambda m: -int(m["level"]))
write(os.path.join(rules, "catalogue", "dimensions.csv"), ["id", "zh", "en", "weight", "parent", "source"],
      [[m["code"], m["name"], m["name"], m["weight"], "" if m["parent"] == "Index" else m["parent"], SOURCE] for m in dims])

values = {}
for r in raw:
    values.setdefault(r["indicator"], []).append(float(r["value"]))
indicators = [m for m in meta if m["type"] == "indicator"]
rows = []
for m in indicators:
    low = min(values[m["code"]])
    rows.append([m["code"], m["name"], m["name"], m["parent"], "number", m["unit"], m["direction"],
                 "-1000000000" if low < 0 else "", m["denominator"].lower(), SOURCE])
write(os.path.join(rules, "catalogue", "indicators.csv"),
      ["id", "zh", "en", "dimension", "type", "unit", "direction", "min", "denominator", "source"], rows)

write(os.path.join(rules, "catalogue", "tiers.csv"), ["id", "zh", "en", "min", "note"],
      [["all", "全部", "All", "0", "ASEM has no tiers; one tier for every score"]])

method = [
    ("band.met", "1", "a score of 100 counts as met"),
    ("band.partly_met", "0.6", "a score of 60 or more counts as partly met"),
    ("coverage.min", "0", "COINr's ASEM example sets no data-availability threshold"),
    ("coverage.basis", "children", "COINr counts children with a score (dat_thresh)"),
    ("trend.steady", "1", "one point"),
    ("sensitivity.spread", "0.5", "weights from 0.5 to 1.5 times"),
    ("imputation", "group-mean", "COINr i_mean_grp"),
    ("imputation.group", "group_eurasia", "Asia / Europe"),
    ("treatment", "winsorise", "COINr's two-stage treatment"),
    ("treatment.winmax", "5", "COINr's current ASEM example"),
    ("treatment.skewness", "2", "COINr default"),
    ("treatment.kurtosis", "3.5", "COINr default"),
    ("treatment.log", "yes", "log fallback when winsorising is not enough"),
    ("normalisation", "min-max", "COINr n_minmax over the 51 countries"),
    ("normalisation.lower", "0", ""),
    ("normalisation.upper", "100", ""),
    ("aggregation", "arithmetic", "COINr a_amean at every level"),
    ("ranking.decimals", "2", "COINr's results table ranks scores rounded to 2 decimals"),
    ("ranking.ties", "min", "tied countries share the best rank"),
]
write(os.path.join(rules, "catalogue", "method.csv"), ["parameter", "value", "basis", "note"],
      [[p, v, "policy-choice", n] for p, v, n in method])

write(os.path.join(rules, "catalogue", "reasons.csv"), ["id", "zh", "en"],
      [["coinr-asem", "COINr 的 ASEM 示例：所有权重为 1", "COINr's ASEM example: every weight is 1"]])
write(os.path.join(rules, "criteria", "weights.csv"), ["id", "indicator", "target", "weight", "basis", "reason"],
      [["W-" + m["code"], m["code"], "", m["weight"], "policy-choice", "coinr-asem"] for m in indicators])

# facts: the countries with their groups and denominators, and the raw indicator values
dens = {}
for r in raw:
    if r["indicator"].startswith("Den_"):
        dens.setdefault(r["unit"], {})[r["indicator"].lower()] = r["value"]
lines = ["# The 51 ASEM countries (COINr's ASEM example), their groups and denominators (year 2018).",
         "# Written by examples/asem/make_tables.py from examples/asem/reference.", "places:"]
for u in units:
    attrs = {k: u[k] for k in ("group_eurasia", "group_gdp", "group_gdppc", "group_pop")}
    attrs.update(dens.get(u["unit"], {}))
    a = ", ".join(k + ": " + (v if k.startswith("den_") else '"' + v + '"') for k, v in attrs.items())
    lines.append(f"  - {{id: {u['unit']}, zh: \"{u['unit_name']}\", en: \"{u['unit_name']}\", kind: country, attributes: {{{a}}}}}")
os.makedirs(facts, exist_ok=True)
with open(os.path.join(facts, "places.yaml"), "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
unit_of = {m["code"]: m["unit"] for m in indicators}
write(os.path.join(facts, "asem.csv"), ["place", "year", "indicator", "value", "unit", "source", "quote"],
      [[r["unit"], r["year"], r["indicator"], r["value"], unit_of[r["indicator"]], SOURCE,
        "asem_raw_tidy.csv (COINr 1.1.14, data/ASEM_COIN.rda)"] for r in raw if not r["indicator"].startswith("Den_")])
