#!/usr/bin/env python3
"""Live preview latency: from a spec saved to its chart's new PNG and SVG on disk, and to the page's reload event.

Starts `target/figures serve` on a copy of the project, opens its gallery in headless Chromium
(reload_in_chromium.mjs, puppeteer-core) and listens on its event stream with a plain socket too, then
saves EDITS spec edits, one dataset after another (each chart's title gains or loses " (edited)"). For each
edit: milliseconds from the write to both the chart's 2x PNG and its SVG changed on disk, to the "reload"
event (as the socket reads it, and as Chromium's page receives it), and to the reloaded page's load event
(every chart of the gallery loaded again). Against the peers' rerun of the same one chart (matplotlib and
Vega-Lite on a project holding only that dataset), interleaved with the edits. Needs /usr/bin/chromium and
`npm ci` in bench/.
Usage: serve_latency.py [EDITS] [--launcher CMD]   (from the repository root, after mvn package)
"""
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import glob
import re

EDITS = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 20
REPO = os.getcwd()
FIGURES = os.path.join(REPO, "target", "figures")


def copy_project(to):
    for part in ("seeds", "data"):
        shutil.copytree(os.path.join(REPO, part), os.path.join(to, part))
    return to


def events(port, arrived):
    """Reads the event stream; records the arrival time of every reload."""
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(f"GET /.events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode())
    buf = b""
    while True:
        data = s.recv(4096)
        if not data:
            return
        buf += data
        while b"\n" in buf:
            line, buf = buf.split(b"\n", 1)
            if line.strip() == b"event: reload":
                arrived.append(time.perf_counter())


def chromium(port, reloads, loads):
    """Headless Chromium on the gallery; records the epoch milliseconds of each reload event and page load."""
    page = subprocess.Popen(["node", os.path.join(REPO, "bench", "reload_in_chromium.mjs"), f"http://127.0.0.1:{port}/"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    ready = threading.Event()

    def read():
        for line in page.stdout:
            kind, _, at = line.strip().partition(" ")
            if kind == "ready":
                ready.set()
            elif kind in ("reload", "load"):
                (reloads if kind == "reload" else loads).append(int(at))
    threading.Thread(target=read, daemon=True).start()
    if not ready.wait(60):
        raise SystemExit("headless Chromium did not open the gallery within 60 s")
    return page


def first_after(times, since, deadline):
    while time.perf_counter() < deadline:
        later = [t for t in list(times) if t >= since]
        if later:
            return min(later)
        time.sleep(0.001)
    return None


def changed(paths, before, deadline):
    while time.perf_counter() < deadline:
        if all(os.path.exists(p) and os.stat(p).st_mtime_ns != before[p] for p in paths):
            return time.perf_counter()
        time.sleep(0.0005)
    return None


def peer_times(spec, work):
    """One rerun of each peer on a project holding only this spec's dataset."""
    one = os.path.join(work, "one")
    shutil.rmtree(one, ignore_errors=True)
    os.makedirs(os.path.join(one, "data", "raw"))
    shutil.copytree(os.path.join(REPO, "data", "clean"), os.path.join(one, "data", "clean"))
    shutil.copy(spec, os.path.join(one, "data", "raw"))
    times = {}
    peers = {"matplotlib": ["/usr/bin/python3", os.path.join(REPO, "bench", "peers", "mpl_charts.py"), one, os.path.join(work, "mpl")],
             "vega-lite": ["node", os.path.join(REPO, "bench", "peers", "vega_charts.mjs"), one, os.path.join(work, "vl")]}
    for name, cmd in peers.items():
        start = time.perf_counter()
        if subprocess.run(cmd, cwd=os.path.join(REPO, "bench"), capture_output=True).returncode == 0:
            times[name] = (time.perf_counter() - start) * 1000
    return times


def main():
    work = tempfile.mkdtemp(prefix="figures-serve-")
    root = copy_project(os.path.join(work, "project"))
    server = subprocess.Popen([FIGURES, "serve", "--port", "0", "--root", root], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True)
    port = None
    for line in server.stdout:
        m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if m:
            port = int(m.group(1))
            break
    threading.Thread(target=lambda: [None for _ in server.stdout], daemon=True).start()
    arrived = []
    threading.Thread(target=events, args=(port, arrived), daemon=True).start()
    reloads, loads = [], []
    page = chromium(port, reloads, loads)
    time.sleep(1)
    specs = sorted(glob.glob(os.path.join(root, "data", "raw", "*.meta.yml")))
    specs = [s for s in specs if "\ncharts:" in open(s, encoding="utf-8").read()]
    disk, event, page_event, page_load, peers = [], [], [], [], {"matplotlib": [], "vega-lite": []}
    try:
        for i in range(EDITS):
            spec = specs[i % len(specs)]
            text = open(spec, encoding="utf-8").read()
            chart = re.search(r"\n  - id: ([a-z0-9_]+)", text).group(1)
            title = re.search(r"\n    title: (.*)", text).group(1)
            quote = '"' if title.startswith('"') else ""
            inner = title.strip('"')
            inner = inner[:-len(" (edited)")] if inner.endswith(" (edited)") else inner + " (edited)"
            edited = quote + inner + quote
            outputs = [os.path.join(root, "charts", chart + ".png"), os.path.join(root, "charts", chart + ".svg")]
            before = {p: os.stat(p).st_mtime_ns for p in outputs}
            seen = len(arrived)
            start = time.perf_counter()
            start_epoch = time.time() * 1000
            with open(spec, "w", encoding="utf-8") as f:
                f.write(text.replace("\n    title: " + title, "\n    title: " + edited, 1))
            done = changed(outputs, before, start + 30)
            while len(arrived) == seen and time.perf_counter() < start + 30:
                time.sleep(0.0005)
            if done is None or len(arrived) == seen:
                print(f"edit {i + 1} ({chart}): no new files or no reload within 30 s", file=sys.stderr)
                continue
            disk.append((done - start) * 1000)
            event.append((arrived[seen] - start) * 1000)
            reloaded = first_after(reloads, start_epoch, start + 30)
            loaded = first_after(loads, reloaded or start_epoch, start + 30)
            if reloaded is None or loaded is None:
                print(f"edit {i + 1} ({chart}): Chromium saw no reload within 30 s", file=sys.stderr)
            else:
                page_event.append(reloaded - start_epoch)
                page_load.append(loaded - start_epoch)
            for name, ms in peer_times(os.path.join(REPO, "data", "raw", os.path.basename(spec)), work).items():
                peers[name].append(ms)
            time.sleep(0.3)
    finally:
        page.stdin.close()
        page.wait(30)
        server.terminate()
        server.wait()
        shutil.rmtree(work, ignore_errors=True)
    print("write to disk, edit by edit (ms):", " ".join(f"{d:.0f}" for d in disk), file=sys.stderr)
    print(f"| measure ({len(disk)} edits of {len(specs)} datasets) | median | min-max |")
    print("|---|---|---|")
    rows = [("serve: write to new PNG and SVG on disk", disk), ("serve: write to the reload event (socket)", event),
            ("serve: write to the reload event in headless Chromium", page_event),
            ("serve: write to the reloaded page loaded, every chart (Chromium)", page_load)]
    rows += [(f"{name}: rerun of the one chart", times) for name, times in peers.items() if times]
    for name, values in rows:
        print(f"| {name} | {statistics.median(values):.0f} ms | {min(values):.0f}-{max(values):.0f} ms |")


if __name__ == "__main__":
    main()
