/** Where a library's behaviour was checked: a link to its docs or source, and the version read. */
export interface CatalogSource {
  readonly url: string;
  readonly version: string;
}
