/**
 * The shapes of Balanced's library catalogs. Each catalog under `src/catalogs/` is one `readonly` array of
 * entries checked with `satisfies readonly <Entry>[]`: data only (no functions, no rule logic), each entry
 * citing the documentation or source it was checked against. The matchers in `src/util/` read them, and the
 * language server imports them from the plugin; there is no second copy.
 */

export type { CatalogSource } from './entry-types/catalog-source';
export type * from './entry-types/flag-sdks';
export type * from './entry-types/retry-libraries';
export type * from './entry-types/retry-triggers';
export type * from './entry-types/tracers';
export type * from './entry-types/web-frameworks';
export type * from './entry-types/critical-vocabulary';
export type * from './entry-types/http-clients';
export type * from './entry-types/loggers-and-pii';
