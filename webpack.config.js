/**
 * Builds the task pane, the ribbon's function file, the browser preview and the browser checker
 * (check.html) into dist/.
 *
 * Environment:
 *   ADDIN_URL=https://host/path/   where the add-in will be hosted; dist/manifest.xml points there
 *                                  (default https://localhost:3000/, for sideloading).
 *   OFFICE_JS=local                serve Office.js from the @microsoft/office-js package next to the
 *                                  add-in (dist/office-js/) instead of Microsoft's CDN, for networks
 *                                  that cannot reach the CDN. Microsoft supports only the CDN copy.
 *   VANBAN_DEV_HTTPS=1             the dev server uses the Office dev certificates (Windows, macOS).
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
const DEV_ORIGIN = "https://localhost:3000";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const DEV_SERVER_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

/** The hosting address, checked: Office only loads add-ins over HTTPS. */
function addinUrlFromEnvironment() {
  const raw = process.env.ADDIN_URL;
  if (!raw) return DEV_URL;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_URL "${raw}" is not a URL. Example: ADDIN_URL=https://addins.example.gov.vn/vanban/`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`ADDIN_URL must start with https:// (Office loads add-ins only over HTTPS), got "${raw}".`);
  }
  url.search = "";
  url.hash = "";
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** Points every localhost address of the manifest at the hosting address. */
function rewriteManifest(xml, addinUrl) {
  const origin = new URL(addinUrl).origin;
  return xml.split(DEV_URL).join(addinUrl).split(DEV_ORIGIN).join(origin);
}

async function devServerHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

module.exports = async (_env, argv) => {
  const production = argv.mode === "production";
  const addinUrl = addinUrlFromEnvironment();
  const useHttps = process.env.VANBAN_DEV_HTTPS === "1";
  const hashed = production ? ".[contenthash:8]" : "";
  const officeJsLocal = process.env.OFFICE_JS === "local";
  // The page's Content-Security-Policy allows scripts only from where Office.js really comes from.
  const officeJs = officeJsLocal
    ? { officeJsUrl: "office-js/office.js", officeJsSource: "" }
    : { officeJsUrl: OFFICE_JS_CDN, officeJsSource: " https://appsforoffice.microsoft.com" };

  return {
    mode: production ? "production" : "development",
    // No eval-based source maps in development: the pages' Content-Security-Policy
    // (script-src 'self') forbids eval, and an eval bundle would render nothing.
    devtool: production ? "source-map" : "cheap-module-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      preview: "./src/preview/index.tsx",
      check: "./src/check/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: `[name]${hashed}.js`,
      chunkFilename: `[name]${hashed}.js`,
      publicPath: "auto",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: officeJs,
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        templateParameters: officeJs,
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
      }),
      // The checker for browsers without the add-in: no Office.js, the preview's policy.
      new HtmlWebpackPlugin({
        filename: "check.html",
        template: "./src/check/check.html",
        chunks: ["check"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/static/legacy-check.js", to: "legacy-check.js", info: { minimized: true } },
          { from: "src/static/help.html", to: "help.html" },
          // The five seed documents, for the preview's demo (preview.html?doc=demo/…&request=demo/…).
          { from: "test/fixtures/seeds/*.txt", to: "demo/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteManifest(content.toString("utf8"), addinUrl),
          },
          ...(officeJsLocal
            ? [
                {
                  from: "node_modules/@microsoft/office-js/dist",
                  to: "office-js",
                  globOptions: { ignore: ["**/*.debug.js", "**/*.d.ts", "**/office-vsdoc.js"] },
                  info: { minimized: true },
                },
              ]
            : []),
        ],
      }),
    ],
    devServer: {
      port: DEV_SERVER_PORT,
      host: "localhost",
      headers: { "Access-Control-Allow-Origin": "*" },
      server: useHttps ? { type: "https", options: await devServerHttpsOptions() } : { type: "http" },
      static: false,
      client: { overlay: { errors: true, warnings: false } },
      open: false,
    },
  };
};

module.exports.rewriteManifest = rewriteManifest;
module.exports.addinUrlFromEnvironment = addinUrlFromEnvironment;
