// Defines the three elements (the npm package's main entry).
import 'jitco-elements';
