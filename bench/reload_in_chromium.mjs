// Opens a served gallery in headless Chromium and prints, one line each, when the page receives a "reload"
// event on its event stream ("reload <epoch ms>", from the DevTools protocol's own record) and when the
// reloaded page has loaded, charts included ("load <epoch ms>"). Used by serve_latency.py; never shipped.
// Usage: node reload_in_chromium.mjs URL
import puppeteer from "puppeteer-core";

const url = process.argv[2];
const browser = await puppeteer.launch({
  executablePath: "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
});
const page = await browser.newPage();
const cdp = await page.createCDPSession();
await cdp.send("Network.enable");
cdp.on("Network.eventSourceMessageReceived", (e) => {
  if (e.eventName === "reload") console.log(`reload ${Date.now()}`);
});
page.on("load", () => console.log(`load ${Date.now()}`));
await page.goto(url);
console.log("ready");
process.stdin.resume();
process.stdin.on("end", async () => {
  await browser.close();
  process.exit(0);
});
