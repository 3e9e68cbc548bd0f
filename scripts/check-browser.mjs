// Fails fast, one line per missing engine, when a browser the run needs is not installed.
import { FOUND, INSTALL_HINTS, selectedEngines } from './browsers.mjs';

let engines;
try {
  engines = selectedEngines();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const missing = engines.filter((engine) => !FOUND[engine]());
for (const engine of missing) {
  console.error(`No ${engine} found: ${INSTALL_HINTS[engine]}.`);
}
if (missing.length) {
  const present = engines.filter((engine) => !missing.includes(engine));
  if (present.length)
    console.error(`To test in the installed engines only: BROWSERS=${present.join(',')} npm test (CI runs all three).`);
  process.exit(1);
}
