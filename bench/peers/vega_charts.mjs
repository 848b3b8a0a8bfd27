// Peer for the benchmark: draws the project's charts with Vega-Lite from the same clean CSVs, to SVG
// (Vega's own renderer) and PNG 1600 px wide (the SVG rasterised by resvg).
// Usage: node vega_charts.mjs PROJECT OUT
import fs from "node:fs";
import path from "node:path";
import * as vega from "vega";
import * as vl from "vega-lite";
import { Resvg } from "@resvg/resvg-js";

const [project, out] = process.argv.slice(2);
fs.mkdirSync(out, { recursive: true });
const raw = path.join(project, "data", "raw");

function parseCsv(text) {
  const rows = [];
  let field = "", row = [], quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\n") { row.push(field); rows.push(row); row = []; field = ""; }
    else field += c;
  }
  const [header, ...body] = rows;
  return body.map(r => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

function field(yaml, key) {
  const m = yaml.match(new RegExp("^\\s*" + key + ":\\s*(.+)$", "m"));
  return m ? m[1].replace(/^["']|["']$/g, "") : undefined;
}

for (const file of fs.readdirSync(raw).filter(f => f.endsWith(".meta.yml")).sort()) {
  const yaml = fs.readFileSync(path.join(raw, file), "utf8");
  const id = field(yaml, "id");
  const rows = parseCsv(fs.readFileSync(path.join(project, "data", "clean", id + ".csv"), "utf8"));
  const charts = yaml.split(/\n  - id: /).slice(1);
  for (const chart of charts) {
    const chartId = chart.split("\n")[0].trim();
    const measure = field(chart, "measure") || "value";
    const x = field(chart, "x") || "series";
    const type = field(chart, "type");
    const values = rows.filter(r => r[measure] !== "").map(r => ({ x: r[x], by: r.series, v: Number(r[measure]), t: Number(r.period_start) }));
    const line = type === "line" || type === "small_multiples";
    const spec = {
      width: 700, height: 380,
      title: { text: field(chart, "title"), subtitle: field(chart, "subtitle") || "", anchor: "start" },
      data: { values },
      mark: line ? { type: "line", point: true } : { type: "bar" },
      encoding: line
        ? { x: { field: "t", type: "quantitative" }, y: { field: "v", type: "quantitative" }, color: { field: "by" } }
        : type === "column"
          ? { x: { field: "x", type: "nominal", sort: null }, y: { field: "v", type: "quantitative" } }
          : { y: { field: "x", type: "nominal", sort: null }, x: { field: "v", type: "quantitative" } },
    };
    const view = new vega.View(vega.parse(vl.compile(spec).spec), { renderer: "none" });
    const svg = await view.toSVG();
    fs.writeFileSync(path.join(out, chartId + ".svg"), svg);
    const png = new Resvg(svg, { fitTo: { mode: "width", value: 1600 } }).render().asPng();
    fs.writeFileSync(path.join(out, chartId + ".png"), png);
  }
}
