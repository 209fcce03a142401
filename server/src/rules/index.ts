/** Every rule, in the order their findings are usually read: reachability first, polish last. */
import type { Rule } from '../core/rule';
import noContact from './no-contact';
import noPrivateChannel from '../kinds/md/rules/no-private-channel';
import publicIssueReporting from '../kinds/md/rules/public-issue-reporting';
import templateUnedited from '../kinds/md/rules/template-unedited';
import placeholder from './placeholder';
import undeliverableContact from './undeliverable-contact';
import noResponseTimeframe from '../kinds/md/rules/no-response-timeframe';
import responseTimeframeLong from '../kinds/md/rules/response-timeframe-long';
import noDisclosureTimeline from '../kinds/md/rules/no-disclosure-timeline';
import noSupportedVersions from '../kinds/md/rules/no-supported-versions';
import supportedVersionsTable from '../kinds/md/rules/supported-versions-table';
import mojibake from './mojibake';
import notUtf8 from './not-utf8';
import mergeConflictMarker from './merge-conflict-marker';
import brokenLink from './broken-link';
import insecureLink from './insecure-link';
import staleDate from '../kinds/md/rules/stale-date';
import noTitle from '../kinds/md/rules/no-title';
import emptySection from '../kinds/md/rules/empty-section';
import notAPolicy from '../kinds/md/rules/not-a-policy';
import emailWithoutEncryption from '../kinds/md/rules/email-without-encryption';
import unverifiableKey from '../kinds/md/rules/unverifiable-key';
import noScope from '../kinds/md/rules/no-scope';
import noSafeHarbor from '../kinds/md/rules/no-safe-harbor';
import noIssuanceDate from '../kinds/md/rules/no-issuance-date';
import policyLocation from '../kinds/md/rules/policy-location';
import policyDuplicate from '../kinds/md/rules/policy-duplicate';
import scorecardShadowed from '../kinds/md/rules/scorecard-shadowed';
import bomTxt from '../kinds/txt/rules/bom';
import bugBountyTxt from '../kinds/txt/rules/bug-bounty';
import canonicalPathTxt from '../kinds/txt/rules/canonical-path';
import chainedValuesTxt from '../kinds/txt/rules/chained-values';
import contactMismatchTxt from './contact-mismatch';
import contactWithoutEncryptionTxt from '../kinds/txt/rules/contact-without-encryption';
import csafTxt from '../kinds/txt/rules/csaf';
import encryptionInlineKeyTxt from '../kinds/txt/rules/encryption-inline-key';
import expiredTxt from '../kinds/txt/rules/expired';
import expiresFormatTxt from '../kinds/txt/rules/expires-format';
import expiresMissingTxt from '../kinds/txt/rules/expires-missing';
import expiresMultipleTxt from '../kinds/txt/rules/expires-multiple';
import expiresSoonTxt from '../kinds/txt/rules/expires-soon';
import expiresTooFarTxt from '../kinds/txt/rules/expires-too-far';
import fieldObsoleteTxt from '../kinds/txt/rules/field-obsolete';
import fieldSyntaxTxt from '../kinds/txt/rules/field-syntax';
import fieldTypoTxt from '../kinds/txt/rules/field-typo';
import fieldUnknownTxt from '../kinds/txt/rules/field-unknown';
import fileLocationTxt from '../kinds/txt/rules/file-location';
import missingFinalNewlineTxt from '../kinds/txt/rules/missing-final-newline';
import notSignedTxt from '../kinds/txt/rules/not-signed';
import policyMissingTxt from '../kinds/txt/rules/policy-missing';
import preferredLanguagesTxt from '../kinds/txt/rules/preferred-languages';
import signatureEnvelopeTxt from '../kinds/txt/rules/signature-envelope';
import signedWithoutCanonicalTxt from '../kinds/txt/rules/signed-without-canonical';
import sizeLimitsTxt from '../kinds/txt/rules/size-limits';
import valueNotUriTxt from '../kinds/txt/rules/value-not-uri';
import insightsMissing from '../kinds/md/rules/insights-missing';
import insightsSyntax from '../kinds/si/rules/insights-syntax';
import insightsSchema from '../kinds/si/rules/insights-schema';
import insightsV1 from '../kinds/si/rules/insights-v1';
import insightsNoContact from '../kinds/si/rules/insights-no-contact';
import insightsRenamedKey from '../kinds/si/rules/insights-renamed-key';
import insightsStale from '../kinds/si/rules/insights-stale';
import insightsFutureDate from '../kinds/si/rules/insights-future-date';
import insightsBugBounty from '../kinds/si/rules/insights-bug-bounty';
import insightsRepositoryUrl from '../kinds/si/rules/insights-repository-url';

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
