import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { renderConfigs } from './render-configs';

for (const [fileName, source] of Object.entries(renderConfigs())) {
  writeFileSync(path.join(__dirname, '..', 'src', 'configs', fileName), source);
  console.log(`wrote src/configs/${fileName}`);
}
