#!/usr/bin/env node
// The installed command: everything lives in the bundle built by `npm run build`.
'use strict';
require('./bundle-loader.js').loadBundle().main();
