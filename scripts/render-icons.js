#!/usr/bin/env node
/** Renders assets/icon.svg into the PNG sizes the manifest names (16, 32, 64, 80). */
const fs = require("fs");
const path = require("path");
const { launchChromium } = require("./chromium");

const SIZES = [16, 32, 64, 80];

(async () => {
  const svg = fs.readFileSync(path.join(__dirname, "..", "assets", "icon.svg"), "utf8");
  const browser = await launchChromium();
  try {
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      const html = `<html><body style="margin:0;background:transparent">${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body></html>`;
      await page.setContent(html);
      const out = path.join(__dirname, "..", "assets", `icon-${size}.png`);
      await page.screenshot({ path: out, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      await page.close();
      console.log(`wrote ${path.relative(process.cwd(), out)}`);
    }
  } finally {
    await browser.close();
  }
})().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
