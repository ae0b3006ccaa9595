#!/usr/bin/env node
// The installed command: everything lives in the bundle built by `npm run build`.
import { createRequire } from 'node:module';

createRequire(import.meta.url)('../dist/odaref.cjs');
