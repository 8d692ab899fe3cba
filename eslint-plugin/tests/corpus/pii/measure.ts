// Prints the precision and recall of balanced/no-pii-in-logs on the labelled corpus, with and without type information:
//   npx tsx tests/corpus/pii/measure.ts            (from eslint-plugin/)
import { formatMetrics, measureCorpus } from './corpus-metrics';

async function main(): Promise<void> {
  for (const typed of [true, false]) console.log(`${formatMetrics(await measureCorpus(typed))}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
