// Puppeteer only drives the system's browsers (Firefox ESR in the tests): never download one.
module.exports = { skipDownload: true };
