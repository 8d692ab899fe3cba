#!/usr/bin/env node
'use strict';
// The compiled CLI lives in dist/ (built by `npm run build` at the repository root, `tsc -b`).
require('../dist/cli/main.js').main();
