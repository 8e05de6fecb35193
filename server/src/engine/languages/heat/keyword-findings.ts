/** Findings for a key the declared HOT version does not know: a section, a resource keyword. */
import { oldestVersionWhere, type HotVersionInfo } from '../../knowledge/hot-versions';
import type { Finding } from '../../core/rule';
import type { Span } from '../../core/text';
import { didYouMean } from '../../core/util/did-you-mean';
import type { HeatDocument } from './template';
import { meant, renameFix } from './replace-fix';
import { upgradeVersionFix } from './version-upgrade';

/**
 * `kind` names what the key should be ("section", "resource keyword"). A key a newer version knows
 * gets a fix raising the version; any other key a did-you-mean fix when one name is close.
 */
export function unknownKeywordFinding(doc: HeatDocument, version: HotVersionInfo, name: string, span: Span,
  keywordsOf: (v: HotVersionInfo) => string[], kind: string): Finding {
  const later = oldestVersionWhere((v) => keywordsOf(v).includes(name));
  if (later) {
    const fix = upgradeVersionFix(doc, later.value, `it has the ${kind} ${name}`);
    return {
      message: `The ${kind} '${name}' needs heat_template_version ${later.value} or newer; with ${version.value} Heat rejects the template.`,
      at: span,
      fixes: fix ? [fix] : [],
    };
  }
  const known = keywordsOf(version);
  const suggestion = didYouMean(name, known);
  return {
    message: `'${name}' is not a HOT ${kind}${suggestion ? meant(suggestion) : ` (expected one of: ${known.join(', ')})`}. Heat rejects the template.`,
    at: span,
    fixes: suggestion ? [renameFix(span, suggestion)] : [],
  };
}
