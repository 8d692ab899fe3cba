/**
 * THE API boundary of Balanced's workspace engine. The CLI (`src/cli/`) and the language server
 * (`src/server/`) import only from here.
 *
 * Architecture invariants:
 * - Plain data in, plain data out: absolute paths, text, document versions, offsets with 1-based
 *   lines/columns, messages and text edits. No LSP type appears here; the server converts.
 * - Broken input is data: functions return `{ result, problems }` instead of throwing over a broken
 *   config, registry or source file.
 * - One TypeScript program per workspace (ts-morph's bundled TypeScript), updated file by file.
 * - Detection lives in eslint-plugin-balanced: rules run through ESLint, and the workspace analyses call
 *   the plugin's `eslint-plugin-balanced/api`. The engine keeps no second copy of rule logic.
 */
export { Workspace, type LintFilesOptions, type OpenWorkspaceOptions, type ProgressListener, type ScanOptions } from './workspace';
export { LineMap } from './findings';
export { isSourceFile } from './file-discovery';
export type {
  Analyzed,
  CoverageReport,
  CriticalPath,
  FileFindings,
  Finding,
  FlagInventory,
  FlagInventoryEntry,
  FlagStatus,
  FlagUseSite,
  Position,
  Problem,
  RuleDescription,
  Severity,
  Suggestion,
  TextEdit,
  TextRange,
} from './types';
