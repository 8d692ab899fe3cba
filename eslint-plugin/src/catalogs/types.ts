/**
 * The shapes of Balanced's library catalogs. Each catalog under `src/catalogs/` is one `readonly` array of
 * entries checked with `satisfies readonly <Entry>[]`: data only (no functions, no rule logic), each entry
 * citing the documentation or source it was checked against. The matchers in `src/util/` read them, and the
 * language server imports them from the plugin; there is no second copy.
 */

/** Where a library's behaviour was checked: a link to its docs or source, and the version read. */
export interface CatalogSource {
  readonly url: string;
  readonly version: string;
}
