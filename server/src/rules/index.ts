/** Every rule, in the order their findings are usually read: reachability first, polish last. */
import type { MarkdownRule } from '../engine/rule';
import noContact from './md/no-contact';
import noPrivateChannel from './md/no-private-channel';
import publicIssueReporting from './md/public-issue-reporting';
import templateUnedited from './md/template-unedited';
import placeholder from './md/placeholder';
import undeliverableContact from './md/undeliverable-contact';
import noResponseTimeframe from './md/no-response-timeframe';
import responseTimeframeLong from './md/response-timeframe-long';
import noDisclosureTimeline from './md/no-disclosure-timeline';
import noSupportedVersions from './md/no-supported-versions';
import supportedVersionsTable from './md/supported-versions-table';
import mojibake from './md/mojibake';
import notUtf8 from './md/not-utf8';
import mergeConflictMarker from './md/merge-conflict-marker';
import brokenLink from './md/broken-link';
import insecureLink from './md/insecure-link';
import staleDate from './md/stale-date';
import noTitle from './md/no-title';
import emptySection from './md/empty-section';
import notAPolicy from './md/not-a-policy';
import emailWithoutEncryption from './md/email-without-encryption';
import unverifiableKey from './md/unverifiable-key';
import noScope from './md/no-scope';
import noSafeHarbor from './md/no-safe-harbor';
import noIssuanceDate from './md/no-issuance-date';
import policyLocation from './md/policy-location';
import policyDuplicate from './md/policy-duplicate';
import scorecardShadowed from './md/scorecard-shadowed';

export const markdownRules: readonly MarkdownRule[] = [
  noContact,
  noPrivateChannel,
  publicIssueReporting,
  templateUnedited,
  placeholder,
  undeliverableContact,
  noResponseTimeframe,
  responseTimeframeLong,
  noDisclosureTimeline,
  noSupportedVersions,
  supportedVersionsTable,
  mojibake,
  notUtf8,
  mergeConflictMarker,
  brokenLink,
  insecureLink,
  staleDate,
  noTitle,
  emptySection,
  notAPolicy,
  emailWithoutEncryption,
  unverifiableKey,
  noScope,
  noSafeHarbor,
  noIssuanceDate,
  policyLocation,
  policyDuplicate,
  scorecardShadowed,
];

export const allRuleMetas = markdownRules.map((r) => r.meta);
export const knownRuleIds: ReadonlySet<string> = new Set(allRuleMetas.map((m) => m.id));
