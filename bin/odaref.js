#!/usr/bin/env node
// The installed command: everything lives in the bundle built by `npm run build`.
import { runBundle } from './bundle-loader.js';

runBundle();
