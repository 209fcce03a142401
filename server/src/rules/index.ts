/** Every rule, in the order their findings are usually read: reachability first, polish last. */
import type { Rule } from '../engine/rule';
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
import bomTxt from './txt/bom';
import bugBountyTxt from './txt/bug-bounty';
import canonicalPathTxt from './txt/canonical-path';
import chainedValuesTxt from './txt/chained-values';
import contactMismatchTxt from './txt/contact-mismatch';
import contactWithoutEncryptionTxt from './txt/contact-without-encryption';
import csafTxt from './txt/csaf';
import encryptionInlineKeyTxt from './txt/encryption-inline-key';
import expiredTxt from './txt/expired';
import expiresFormatTxt from './txt/expires-format';
import expiresMissingTxt from './txt/expires-missing';
import expiresMultipleTxt from './txt/expires-multiple';
import expiresSoonTxt from './txt/expires-soon';
import expiresTooFarTxt from './txt/expires-too-far';
import fieldObsoleteTxt from './txt/field-obsolete';
import fieldSyntaxTxt from './txt/field-syntax';
import fieldTypoTxt from './txt/field-typo';
import fieldUnknownTxt from './txt/field-unknown';
import fileLocationTxt from './txt/file-location';
import missingFinalNewlineTxt from './txt/missing-final-newline';
import notSignedTxt from './txt/not-signed';
import policyMissingTxt from './txt/policy-missing';
import preferredLanguagesTxt from './txt/preferred-languages';
import signatureEnvelopeTxt from './txt/signature-envelope';
import signedWithoutCanonicalTxt from './txt/signed-without-canonical';
import sizeLimitsTxt from './txt/size-limits';
import valueNotUriTxt from './txt/value-not-uri';
import insightsMissing from './md/insights-missing';
import insightsSyntax from './si/insights-syntax';
import insightsSchema from './si/insights-schema';
import insightsV1 from './si/insights-v1';
import insightsNoContact from './si/insights-no-contact';
import insightsRenamedKey from './si/insights-renamed-key';
import insightsStale from './si/insights-stale';
import insightsFutureDate from './si/insights-future-date';
import insightsBugBounty from './si/insights-bug-bounty';
import insightsRepositoryUrl from './si/insights-repository-url';

/** Every rule; each checks the kinds of file it has a check for. */
export const allRules: readonly Rule[] = [
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
  bomTxt,
  bugBountyTxt,
  canonicalPathTxt,
  chainedValuesTxt,
  contactMismatchTxt,
  contactWithoutEncryptionTxt,
  csafTxt,
  encryptionInlineKeyTxt,
  expiredTxt,
  expiresFormatTxt,
  expiresMissingTxt,
  expiresMultipleTxt,
  expiresSoonTxt,
  expiresTooFarTxt,
  fieldObsoleteTxt,
  fieldSyntaxTxt,
  fieldTypoTxt,
  fieldUnknownTxt,
  fileLocationTxt,
  missingFinalNewlineTxt,
  notSignedTxt,
  policyMissingTxt,
  preferredLanguagesTxt,
  signatureEnvelopeTxt,
  signedWithoutCanonicalTxt,
  sizeLimitsTxt,
  valueNotUriTxt,
  insightsSyntax,
  insightsV1,
  insightsSchema,
  insightsNoContact,
  insightsRenamedKey,
  insightsBugBounty,
  insightsRepositoryUrl,
  insightsStale,
  insightsFutureDate,
  insightsMissing,
];

export const allRuleMetas = allRules.map((r) => r.meta);
export const knownRuleIds: ReadonlySet<string> = new Set(allRuleMetas.map((m) => m.id));
