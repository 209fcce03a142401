/** The kinds of security file the engine checks, in the order their findings and docs list them: one line each. */
import type { AnyKindDescriptor } from '../core/kind';
import { MD_KIND } from './md/kind';
import { TXT_KIND } from './txt/kind';
import { SI_KIND } from './si/kind';

export const BUILT_IN_KINDS: readonly AnyKindDescriptor[] = [MD_KIND, TXT_KIND, SI_KIND];
