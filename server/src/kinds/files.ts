/**
 * Who each built-in kind is and where its files are (pure data), in the order of kinds/index.ts: what the VS Code
 * client needs without bundling parsers or rules. A test checks that it matches the descriptors.
 */
import type { KindFiles } from '../core/kind';
import { POLICY_FILES } from './md/locations';
import { SECURITY_TXT_FILES } from './txt/locations';
import { INSIGHTS_FILES } from './si/locations';

export const BUILT_IN_FILES: readonly KindFiles[] = [POLICY_FILES, SECURITY_TXT_FILES, INSIGHTS_FILES];
