// The ESM entry re-exports the CommonJS plugin object, so `import` and `require` share one instance
// (two copies would make ESLint see two different `balanced` plugins in one config).
import plugin from './index.js';

export default plugin;
