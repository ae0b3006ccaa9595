// The rule-based extractors: pure functions from cleaned chapter text to matches with offsets.
export * from './money.js';
export * from './places.js';
export * from './acronyms.js';
export * from './periods.js';
export * from './definitions.js';
export { NUMBER_PATTERN, SCALE_EXPONENTS, toPlainUnits, isApproximateQualifier } from './numbers.js';
