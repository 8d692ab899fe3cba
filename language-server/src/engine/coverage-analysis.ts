import type { FileFacts } from './file-facts';
import { CRITICAL_PATH_UNAVAILABLE, getCriticalPathFinder } from './plugin-analyses';
import type { Analyzed, CoverageReport, CriticalPath } from './types';

/** The critical paths of every file, sorted by file and position, and the share of them that is instrumented. */
export function buildCoverageReport(factsByFile: ReadonlyMap<string, FileFacts>): Analyzed<CoverageReport> {
  if (!getCriticalPathFinder()) {
    return { result: { criticalPaths: [], instrumentedCount: 0, coverage: undefined }, problems: [{ kind: 'unavailable', message: CRITICAL_PATH_UNAVAILABLE }] };
  }
  const criticalPaths: CriticalPath[] = [...factsByFile]
    .flatMap(([filePath, facts]) => facts.criticalPaths.map((criticalPath) => ({ path: filePath, ...criticalPath })))
    .sort((a, b) => a.path.localeCompare(b.path) || a.range.start.offset - b.range.start.offset);
  const instrumentedCount = criticalPaths.filter((criticalPath) => criticalPath.isInstrumented).length;
  return { result: { criticalPaths, instrumentedCount, coverage: criticalPaths.length === 0 ? undefined : instrumentedCount / criticalPaths.length }, problems: [] };
}
