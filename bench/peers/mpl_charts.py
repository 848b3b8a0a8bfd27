#!/usr/bin/env python3
"""Peer for the benchmark: draws the project's charts with matplotlib from the same clean CSVs.

For each chart spec in data/raw/*.meta.yml: bars (or lines over periods) of its measure by its x column,
with title, subtitle and source, to PNG (1600 px wide: 800x500 at 200 dpi) and SVG.
Usage: mpl_charts.py PROJECT OUT
"""
import csv
import glob
import os
import sys

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import yaml  # noqa: E402

project, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
for spec_path in sorted(glob.glob(os.path.join(project, "data", "raw", "*.meta.yml"))):
    with open(spec_path, encoding="utf-8") as f:
        spec = yaml.safe_load(f)
    with open(os.path.join(project, "data", "clean", spec["id"] + ".csv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for chart in spec["charts"]:
        measure = chart.get("measure", "value")
        x = chart.get("x", "series")
        chosen = [r for r in rows if r[measure] and (not chart.get("select") or r["series"] in chart["select"])]
        fig, ax = plt.subplots(figsize=(8, 5), dpi=100)
        labels = [r[x] for r in chosen]
        values = [float(r[measure]) for r in chosen]
        if chart["type"] in ("line", "small_multiples"):
            for series in dict.fromkeys(r["series"] for r in chosen):
                pts = [(float(r["period_start"]), float(r[measure])) for r in chosen if r["series"] == series]
                ax.plot([p[0] for p in pts], [p[1] for p in pts], marker="o", label=series)
            ax.legend(frameon=False)
        elif chart["type"] == "column":
            ax.bar(labels, values, color="#0072B2")
        else:
            ax.barh(labels, values, color="#0072B2")
            ax.invert_yaxis()
            for i, v in enumerate(values):
                ax.text(v, i, f" {v:g}", va="center")
        fig.suptitle(chart["title"], x=0.02, ha="left", fontweight="bold")
        ax.set_title(chart.get("subtitle", ""), loc="left", fontsize=10, color="#5a5a5a")
        fig.text(0.02, 0.01, "Source: " + spec["seed"], fontsize=8, color="#5a5a5a")
        ax.spines[["top", "right"]].set_visible(False)
        fig.savefig(os.path.join(out, chart["id"] + ".png"), dpi=200)
        fig.savefig(os.path.join(out, chart["id"] + ".svg"))
        plt.close(fig)
