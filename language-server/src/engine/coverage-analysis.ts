import type { FileFacts } from './file-facts';
import type { CoverageReport, CriticalPath } from './types';

/** The critical paths of every file, sorted by file and position, and the share of them that is instrumented. */
export function buildCoverageReport(factsByFile: ReadonlyMap<string, FileFacts>): CoverageReport {
  const criticalPaths: CriticalPath[] = [...factsByFile]
    .flatMap(([filePath, facts]) => facts.criticalPaths.map((criticalPath) => ({ path: filePath, ...criticalPath })))
    .sort((a, b) => a.path.localeCompare(b.path) || a.range.start.offset - b.range.start.offset);
  const instrumentedCount = criticalPaths.filter((criticalPath) => criticalPath.isInstrumented).length;
  return { criticalPaths, instrumentedCount, coverage: criticalPaths.length === 0 ? undefined : instrumentedCount / criticalPaths.length };
}
