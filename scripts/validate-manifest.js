#!/usr/bin/env node
/**
 * Validates add-in manifests offline against Microsoft's XSDs (schemas/office-addin-manifest),
 * with libxml2 compiled to WebAssembly, so it needs neither a network service nor a system
 * package. Usage: node scripts/validate-manifest.js [manifest.xml …]
 * Without arguments: manifest.xml, and dist/manifest.xml when a build exists.
 */
const fs = require("fs");
const path = require("path");
const { validateXML } = require("xmllint-wasm");

const schemaDir = path.join(__dirname, "..", "schemas", "office-addin-manifest");
const mainSchema = "OfficeAppManifestV1_1.xsd";

function loadSchemas() {
  const files = fs.readdirSync(schemaDir).filter((f) => f.endsWith(".xsd"));
  const read = (f) => ({ fileName: f, contents: fs.readFileSync(path.join(schemaDir, f), "utf8") });
  return { schema: [read(mainSchema)], preload: files.filter((f) => f !== mainSchema).map(read) };
}

/** Resolves to { valid, errors: string[] } for one manifest's XML text. */
async function validateManifest(xml, fileName = "manifest.xml") {
  const { schema, preload } = loadSchemas();
  const result = await validateXML({ xml: [{ fileName, contents: xml }], schema, preload });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
}

async function main(argv) {
  const root = path.join(__dirname, "..");
  let files = argv.length ? argv : ["manifest.xml"];
  if (!argv.length && fs.existsSync(path.join(root, "dist", "manifest.xml"))) files.push("dist/manifest.xml");
  let failed = false;
  for (const file of files) {
    const full = path.resolve(root, file);
    if (!fs.existsSync(full)) {
      console.error(`✗ ${file}: không tìm thấy tệp (file not found)`);
      failed = true;
      continue;
    }
    const { valid, errors } = await validateManifest(fs.readFileSync(full, "utf8"), path.basename(file));
    if (valid) {
      console.log(`✓ ${file}: hợp lệ theo lược đồ manifest của Office (valid)`);
    } else {
      failed = true;
      console.error(`✗ ${file}: không hợp lệ (invalid)`);
      for (const e of errors) console.error(`  ${e}`);
    }
  }
  return failed ? 1 : 0;
}

module.exports = { validateManifest };

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      console.error(`✗ Không kiểm tra được manifest: ${err && err.message ? err.message : err}`);
      process.exit(1);
    },
  );
}
