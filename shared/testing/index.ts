// Test data for the rules, shared by the tests of every package (never shipped to the browser).
export * from './precheck-fixtures';
export * from './precheck-input-arbitrary';
