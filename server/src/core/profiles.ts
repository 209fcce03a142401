/**
 * Profiles: named sets of severities. What a profile changes for a rule is written on the rule (`meta.profiles`);
 * this module only names the profiles, says which one each builds on, and resolves a rule's severity.
 */
import type { FileKind, RuleMeta, Severity, SeverityOrOff } from './types';

export const PROFILES = ['recommended', 'osps-l1', 'osps-l2', 'osps-l3', 'cisa', 'strict'] as const;
export type ProfileName = (typeof PROFILES)[number];

export interface ProfileDefinition {
  /** One line, for settings and docs. */
  description: string;
  /** The profile whose severities this one starts from. */
  extends?: ProfileName;
  /** Every rule at least this severity. */
  atLeast?: Severity;
}

export const PROFILE_DEFINITIONS: Record<ProfileName, ProfileDefinition> = {
  recommended: { description: 'Default severities from the rule catalog.' },
  'osps-l1': { description: 'OSPS Baseline maturity level 1.', extends: 'recommended' },
  'osps-l2': { description: 'OSPS Baseline maturity level 2.', extends: 'osps-l1' },
  'osps-l3': { description: 'OSPS Baseline maturity level 3.', extends: 'osps-l2' },
  cisa: {
    description:
      'CISA BOD 20-01 vulnerability disclosure policy: scope, safe harbor and issuance date expected; security.txt Policy required.',
  },
  strict: { description: 'Every rule at least a warning.', atLeast: 'warning' },
};

const RANK: Record<SeverityOrOff, number> = { off: -1, hint: 0, info: 1, warning: 2, error: 3 };

export function isProfile(value: unknown): value is ProfileName {
  return typeof value === 'string' && (PROFILES as readonly string[]).includes(value);
}

/** The profile and the ones it builds on, nearest first. */
export function profileChain(profile: ProfileName): ProfileName[] {
  const chain: ProfileName[] = [];
  for (let p: ProfileName | undefined = profile; p && !chain.includes(p); p = PROFILE_DEFINITIONS[p].extends)
    chain.push(p);
  return chain;
}

/** A rule's severity under a profile, before per-rule overrides; in files of `kind` when given (`severityByKind`). */
export function profileSeverity(meta: RuleMeta, profile: ProfileName, kind?: FileKind): SeverityOrOff {
  const fromProfile = profileChain(profile)
    .map((p) => meta.profiles?.[p])
    .find((s) => s !== undefined);
  const severity =
    fromProfile ?? (kind === undefined ? undefined : meta.severityByKind?.[kind]) ?? meta.defaultSeverity;
  const floor = PROFILE_DEFINITIONS[profile].atLeast;
  // A floor raises rules that run; a rule off by default stays off unless a profile turns it on.
  return floor && severity !== 'off' && RANK[severity] < RANK[floor] ? floor : severity;
}

/** The severity a rule has under a profile and per-rule overrides, or 'off'. */
export function effectiveSeverity(
  meta: RuleMeta,
  config: { profile: ProfileName; rules: Record<string, SeverityOrOff> },
  kind?: FileKind,
): SeverityOrOff {
  return config.rules[meta.id] ?? profileSeverity(meta, config.profile, kind);
}
