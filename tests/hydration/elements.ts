// The elements alone (tests/hydration.test.ts's pages without Lit's hydrate support).
import '../../src/index.js';
