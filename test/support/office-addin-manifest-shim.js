// office-addin-mock imports office-addin-manifest only for manifest helpers it does not use in
// our tests; the real package pulls in ESM-only dependencies that Jest's CommonJS runtime rejects.
module.exports = {
  OfficeApp: {},
  readManifestFile: async () => ({}),
  getOfficeAppsForManifestHosts: () => [],
  parseOfficeHostFromString: () => undefined,
};
