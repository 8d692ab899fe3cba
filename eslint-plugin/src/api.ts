/**
 * The plugin's programmatic API for Balanced's own workspace engine (language server and CLI):
 * the catalogs and the per-file analyses that the rules report from, so the engine reuses them
 * instead of keeping a second copy. Imported as `eslint-plugin-balanced/api`.
 */
export { callGuards } from './catalogs/call-guards';
export { httpClients } from './catalogs/http-clients';
