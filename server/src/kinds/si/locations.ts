/** Where a security-insights.yml lives, as the OSPS Baseline scanner, LFX and CLOMonitor look for it. */
import type { KindFiles } from '../../core/kind';

/** security-insights.yml (v2) and SECURITY-INSIGHTS.yml (v1), any case, `.yml` or `.yaml`. */
export const SECURITY_INSIGHTS = /^security-insights\.ya?ml$/i;

/** Where Security Insights readers look for security-insights.yml. */
export const INSIGHTS_DIRS = ['', '.github'] as const;

/** The name and place of a new Security Insights file (v2 spelling, in the root). */
export const INSIGHTS_TARGET = 'security-insights.yml';

export const SI_FILES: KindFiles<'si'> = {
  id: 'si',
  displayName: 'security-insights.yml',
  languageId: 'securityinsights',
  fenceLanguage: 'yaml',
  contributes: {
    aliases: ['Security Insights', 'securityinsights'],
    filenames: ['security-insights.yml', 'security-insights.yaml', 'SECURITY-INSIGHTS.yml', 'SECURITY-INSIGHTS.yaml'],
    scopeName: 'source.securityinsights',
  },
  fileName: SECURITY_INSIGHTS,
  globs: ['**/[sS][eE][cC][uU][rR][iI][tT][yY]-[iI][nN][sS][iI][gG][hH][tT][sS].{yml,yaml}'],
  searchedDirs: INSIGHTS_DIRS,
};
