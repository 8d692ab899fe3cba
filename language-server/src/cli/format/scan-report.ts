import type { FileFindings, Finding, RuleDescription } from '../../engine';

/** What `balanced scan` found, as every output format reads it. */
export interface ScanReport {
  /** One entry per scanned file (with or without findings), plus the flag registry when it has findings. */
  readonly files: readonly FileFindings[];
  readonly rules: readonly RuleDescription[];
  /** Paths are printed relative to this folder. */
  readonly cwd: string;
}

export interface FindingCounts {
  readonly errors: number;
  readonly warnings: number;
}

export function countFindings(files: readonly FileFindings[]): FindingCounts {
  const all: Finding[] = files.flatMap((file) => file.findings);
  const errors = all.filter((finding) => finding.severity === 'error').length;
  return { errors, warnings: all.length - errors };
}
