#!/usr/bin/env python3
"""Writes a synthetic figures project of N datasets, one bar chart each, for the scale benchmark.

Every number is quoted from a generated seed text, so the project passes the same provenance checks as
the real one. Usage: make_synthetic.py DIR N
"""
import os
import random
import sys

root, count = sys.argv[1], int(sys.argv[2])
rng = random.Random(1917)
items = ["coal", "iron ore", "sugar", "manganese", "wheat", "salt"]
os.makedirs(os.path.join(root, "seeds"), exist_ok=True)
os.makedirs(os.path.join(root, "data", "raw"), exist_ok=True)
sentences = []
rows_by_dataset = []
for d in range(count):
    shares = [rng.randint(1, 100) for _ in items]
    sentence = f"Region {d} produced " + ", ".join(f"{s}% of {i}" for s, i in zip(shares, items)) + "."
    sentences.append(sentence)
    rows_by_dataset.append(list(zip(items, shares, [sentence] * len(items))))
with open(os.path.join(root, "seeds", "synthetic.txt"), "w", encoding="utf-8") as f:
    f.write("\n\n".join(sentences) + "\n")
with open(os.path.join(root, "data", "sources.yml"), "w", encoding="utf-8") as f:
    f.write("synthetic.txt:\n  title: Synthetic regions\n  publication: Benchmark\n  date: 1 January 2000\n")
for d, rows in enumerate(rows_by_dataset):
    name = f"region_{d:04d}"
    with open(os.path.join(root, "data", "raw", name + ".csv"), "w", encoding="utf-8") as f:
        f.write("series,value,quote\n")
        for item, share, sentence in rows:
            f.write(f'{item.capitalize()},{share}%,"{sentence}"\n')
    with open(os.path.join(root, "data", "raw", name + ".meta.yml"), "w", encoding="utf-8") as f:
        series = "\n".join(f"  - {{name: {i.capitalize()}, unit: \"%\"}}" for i in items)
        f.write(f"""id: {name}
title: Production of region {d}
seed: synthetic.txt
series:
{series}
charts:
  - id: {name}
    type: hbar
    title: What region {d} produced
    subtitle: Share of production (%)
    measure: share_percent
    axis: {{format: percent, min: 0, max: 100}}
""")
