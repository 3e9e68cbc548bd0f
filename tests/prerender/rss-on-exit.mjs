// Preloaded into a measured command (`node --import`): prints its peak resident memory (maxRSS,
// KiB) as the last line of standard error, which the memory test reads.
import { writeSync } from 'node:fs';

process.on('exit', () => writeSync(2, `\nmaxRSS ${process.resourceUsage().maxRSS}\n`));
