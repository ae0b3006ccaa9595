// Bundled in place of the string-width package that cli-table3 (and ora) call for every cell and
// line: the same measure as odaref's own renderer, with its fast path for plain text. string-width
// builds a new escape-code pattern on each call, the largest single cost of drawing a table.
const { displayWidth } = require('./text.ts');

module.exports = displayWidth;
module.exports.default = displayWidth;
