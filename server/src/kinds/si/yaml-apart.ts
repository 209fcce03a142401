/**
 * What only a security-insights.yml needs: the yaml package's functions and the validators compiled from the
 * schemas. For Node this module is a file of its own (dist/si-yaml.js, scripts/build.mjs), loaded through ./yaml.ts
 * the first time a YAML file is read: a run that meets none neither parses nor initialises it.
 */
export { isCollection, isMap, isScalar, isSeq, parseDocument, stringify, visit } from 'yaml';
export { default as validateV2 } from './validate.generated.js';
export { default as validateV1 } from './validate-v1.generated.js';
