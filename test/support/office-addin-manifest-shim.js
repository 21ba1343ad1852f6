// office-addin-mock imports office-addin-manifest only for its OfficeApp enum; the real package
// pulls in ESM-only dependencies that Jest's CommonJS runtime rejects. The enum needs its real
// values: the mock compares a mock's host with OfficeApp.Outlook, and with an empty enum every
// mock would count as Outlook, whose objects skip the load/sync checks.
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
  readManifestFile: async () => ({}),
  getOfficeAppsForManifestHosts: () => [],
  parseOfficeHostFromString: () => undefined,
};
