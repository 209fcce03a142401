/**
 * The messages between the VS Code client and the language server beyond LSP itself, typed once: both sides
 * import these, so a renamed method or a changed shape fails to compile instead of failing silently.
 */
import { NotificationType, RequestType, RequestType0, type Diagnostic } from 'vscode-languageserver-protocol';

/** The `source` of every diagnostic, and the prefix of the fix-all code action kind. */
export const DIAGNOSTIC_SOURCE = 'security-policy';
export const FIX_ALL_KIND = 'source.fixAll.securityPolicy';
export const SHOW_DOCS_COMMAND = 'securityPolicy.showDocumentation';

export interface CheckWorkspaceResult {
  files: number;
  problems: number;
}

/** Checks every security file of the workspace folders, publishing diagnostics for those not open. */
export const CheckWorkspaceRequest = new RequestType0<CheckWorkspaceResult, void>('securityPolicy/checkWorkspace');

export interface PolicyContactsParams {
  /** The text of a SECURITY.md. */
  text: string;
}

/** The contacts a SECURITY.md names, as security.txt Contact values (for the security.txt wizard). */
export const PolicyContactsRequest = new RequestType<PolicyContactsParams, string[], void>(
  'securityPolicy/policyContacts',
);

export interface GenerateInsightsParams {
  /** The engine's InsightsAnswers, with `today` as YYYY-MM-DD (dates do not survive JSON). */
  answers: {
    projectName: string;
    repositoryUrl: string;
    maintainer: string;
    contactEmail?: string;
    policyUrl?: string;
    licenseExpression: string;
    licenseUrl?: string;
    status: string;
    today: string;
  };
}

/** The text of a new security-insights.yml: the server writes the YAML, so the client does not bundle a YAML library. */
export const GenerateInsightsRequest = new RequestType<GenerateInsightsParams, string, void>(
  'securityPolicy/generateInsights',
);

export interface StatusParams {
  uri: string;
  profile: string;
  /** ISO 8601 time of the check. */
  checkedAt: string;
  durationMs: number;
  problems: number;
  /** A SECURITY.md's language (BCP 47, "und" when it cannot be told) and whether the checks read it. */
  language?: { code: string; read: boolean };
}

/** Sent after each check of an open document: the language status item shows it. */
export const StatusNotification = new NotificationType<StatusParams>('securityPolicy/status');

/*
 * Where the server cannot read files itself (in the browser: vscode.dev, github.dev), it asks the client, which
 * reads them through vscode.workspace.fs. URIs are as VS Code writes them, of any scheme.
 */

export interface ReadFileParams {
  uri: string;
}

/** A file's text (UTF-8, invalid bytes as U+FFFD, the BOM kept), or why there is none. */
export type ReadFileResult = { text: string } | { missing: true } | { unreadable: string };

export const ReadFileRequest = new RequestType<ReadFileParams, ReadFileResult, void>('securityPolicy/readFile');

export interface FilesExistParams {
  uris: string[];
}

/** Whether each URI names an existing file or folder, in the same order. */
export const FilesExistRequest = new RequestType<FilesExistParams, boolean[], void>('securityPolicy/filesExist');

export interface FindSecurityFilesParams {
  folderUri: string;
}

/** The URIs of every security file in a workspace folder (dependency and build folders left out). */
export const FindSecurityFilesRequest = new RequestType<FindSecurityFilesParams, string[], void>(
  'securityPolicy/findSecurityFiles',
);

export interface CheckDeployedParams {
  /** An open security.txt. */
  uri: string;
  /** Only say which URLs would be fetched (its Canonical URLs), fetching nothing. */
  dryRun?: boolean;
}

export interface DeployedCheckResult {
  /** The http(s) Canonical URLs of the file: what is (or would be) fetched. */
  urls: string[];
  /** What each URL served: its answer in words, and its text when it served a file. */
  copies: Array<{ url: string; answer: string; text?: string }>;
  /** The findings on the open file: how each URL served it (on the Canonical line naming it), and how they differ. */
  diagnostics: Diagnostic[];
}

/**
 * "Check the deployed security.txt": fetches the Canonical URLs of an open security.txt (desktop only: the server
 * fetches over Node's HTTPS client, which the browser's CORS would stop) and compares what they serve with it.
 */
export const CheckDeployedRequest = new RequestType<CheckDeployedParams, DeployedCheckResult, void>(
  'securityPolicy/checkDeployed',
);
