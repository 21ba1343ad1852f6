/**
 * Launches Debian's Chromium through playwright-core: never a downloaded browser, and with the
 * background services off so it makes no connection of its own.
 */
const fs = require("fs");
const { chromium } = require("playwright-core");

const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

async function launchChromium() {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install it with: apt-get install -y --no-install-recommends chromium ` +
        "(or set CHROMIUM_PATH).",
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

module.exports = { launchChromium, CHROMIUM_PATH };
