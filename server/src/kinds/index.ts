/** The kinds of security file the engine checks, in the order their findings and docs list them: one line each. */
import type { AnyKindDescriptor } from '../core/kind';
import { POLICY_KIND } from './md/kind';
import { SECURITY_TXT_KIND } from './txt/kind';
import { INSIGHTS_KIND } from './si/kind';

export const BUILT_IN_KINDS: readonly AnyKindDescriptor[] = [POLICY_KIND, SECURITY_TXT_KIND, INSIGHTS_KIND];
