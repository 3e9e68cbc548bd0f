// Defines the three elements (the package's npm entry): read by the plugin to render them, and
// bundled into the page's script by main.js.
import 'jitco-elements';
