/**
 * Plain data that crosses the engine's API boundary. Everything here is editor-neutral: absolute paths,
 * text, document versions, 0-based offsets and 1-based line/column pairs. The language server maps these
 * to LSP types in one place; the CLI prints them. No type in this file may come from an LSP package.
 */

/** A result together with what went wrong while computing it. Engine functions over broken input return this instead of throwing. */
export interface Analyzed<T> {
  readonly result: T;
  readonly problems: readonly Problem[];
}

/**
 * Something the engine could not do or had to skip: a broken ESLint config, a malformed flag registry,
 * a file it could not read.
 */
export interface Problem {
  /**
   * `configuration`: fix the set-up (the CLI exits 2). `file`: one file could not be read. `internal`: ESLint or
   * an analysis crashed on a file, so that file was not checked. `cancelled`: the caller aborted.
   */
  readonly kind: 'configuration' | 'file' | 'internal' | 'cancelled';
  /** One sentence naming the file or setting, what is wrong and how to fix it. */
  readonly message: string;
  /** The file the problem is about, when there is one. */
  readonly path?: string;
}

/** A 1-based line and column, as ESLint and every editor status bar show them, with the 0-based offset. */
export interface Position {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

export interface TextRange {
  readonly start: Position;
  readonly end: Position;
}

/** Replace the text between two offsets of one file. */
export interface TextEdit {
  readonly path: string;
  readonly startOffset: number;
  readonly endOffset: number;
  readonly newText: string;
}

export interface Suggestion {
  readonly description: string;
  readonly edits: readonly TextEdit[];
}

export type Severity = 'error' | 'warning';

/** One problem in one file: a rule report, a parse error, or a workspace finding such as an unused flag. */
export interface Finding {
  readonly path: string;
  /** `balanced/<rule>`; undefined for a parse error. */
  readonly ruleId: string | undefined;
  readonly severity: Severity;
  readonly message: string;
  readonly messageId?: string;
  readonly range: TextRange;
  /** True when the parser rejected the file: no rule ran on it. */
  readonly isParseError: boolean;
  /** The autofix ESLint would apply, if the rule offers one. */
  readonly fix?: TextEdit;
  readonly suggestions: readonly Suggestion[];
}

/** Every finding of one file, for the document version they were computed on. */
export interface FileFindings {
  readonly path: string;
  /** The document version linted: 0 for the text on disk, the editor's version after `updateFile`. */
  readonly version: number;
  readonly findings: readonly Finding[];
}

/** A rule's documentation as reports link to it (the SARIF rule table, `--format json`). */
export interface RuleDescription {
  readonly ruleId: string;
  readonly description: string;
  readonly url: string | undefined;
}

/** A critical function (checkout, payment, signup...) and whether it records a span or a metric. */
export interface CriticalPath {
  readonly path: string;
  /** The function's name as users know it (`checkout`, `POST /orders`). */
  readonly name: string;
  /** Why it is critical: its `@critical` tag, its route, or its name. */
  readonly reason: string;
  readonly isInstrumented: boolean;
  readonly range: TextRange;
}

/** Instrumentation coverage: how many critical paths record a span or a metric. */
export interface CoverageReport {
  /** Sorted by file, then position. */
  readonly criticalPaths: readonly CriticalPath[];
  readonly instrumentedCount: number;
  /** instrumented / all critical paths; undefined when the workspace has no critical path. */
  readonly coverage: number | undefined;
}

/**
 * Why a flag needs attention. `orphaned`: code evaluates a key the registry does not define (it silently
 * evaluates to its default). `unused`: the registry defines a flag nothing evaluates.
 */
export type FlagStatus = 'archived' | 'expired' | 'unused' | 'orphaned' | 'active';

/** A place in the code that evaluates a flag. */
export interface FlagUseSite {
  readonly path: string;
  readonly range: TextRange;
}

export interface FlagInventoryEntry {
  readonly key: string;
  /** Every status that applies, most urgent first; `active` only when nothing else does. */
  readonly statuses: readonly FlagStatus[];
  /** The registry file defining the flag, or the one the code is checked against for an orphaned key. */
  readonly registryPath: string | undefined;
  /** Where the key is written in the registry (absent for orphaned keys). */
  readonly definition: TextRange | undefined;
  readonly state: 'ENABLED' | 'DISABLED' | undefined;
  readonly owner: string | undefined;
  readonly expires: string | undefined;
  readonly uses: readonly FlagUseSite[];
}

/** Every flag in the registries and in the code, archived, expired, unused and orphaned first. */
export interface FlagInventory {
  readonly flags: readonly FlagInventoryEntry[];
  readonly registryPaths: readonly string[];
  /** Evaluations whose key is computed at run time: an `unused` flag may be used through one of them. */
  readonly dynamicUseCount: number;
}
