import { isScalar } from 'yaml';
import { replaceFix } from '../replace-fix';
import { mapPair, nodeSpan, scalarText } from '../yaml-nodes';
import {
  datedVersions, HOT_VERSION_VALUES, hotVersion, looksLikeRelease, newestVersionIn, versionKnownIn,
} from '../../../knowledge/hot-versions';
import type { FixSpec } from '../../../core/rule';
import type { HeatRule } from '../context';
import { didYouMean } from '../../../core/util/did-you-mean';

/** What the author probably meant by an unknown value. */
function suggestion(value: string): { value: string; why: string } | undefined {
  const date = /^\d{4}-(\d{2})-(\d{2})$/.exec(value);
  if (date && Number(date[1]) >= 1 && Number(date[1]) <= 12 && Number(date[2]) >= 1 && Number(date[2]) <= 31) {
    const before = datedVersions().filter((v) => v.value <= value).at(-1);
    if (before) return { value: before.value, why: 'the newest version before that date' };
  }
  const close = didYouMean(value, HOT_VERSION_VALUES);
  if (close) return { value: close, why: 'closest accepted value' };
  const lower = value.toLowerCase();
  if (looksLikeRelease(lower)) {
    const newest = newestVersionIn(lower);
    if (newest) return { value: newest.value, why: `the newest version Heat of ${lower} knows` };
  }
  return undefined;
}

export const invalidTemplateVersion: HeatRule = {
  meta: {
    id: 'invalid-template-version',
    severity: 'error',
    summary: 'heat_template_version is not a version Heat accepts (or not one Heat of the release knows).',
    appliesTo: 'heat-template',
  },
  *check({ doc, release }) {
    const pair = mapPair(doc.root, 'heat_template_version');
    if (!pair) return;
    const span = nodeSpan(pair.value) ?? nodeSpan(pair.key);
    const value = scalarText(pair.value);
    if (!span) return;
    if (value === undefined || value === '' || !isScalar(pair.value)) {
      yield { message: `heat_template_version has no value; Heat rejects the template. Accepted: ${HOT_VERSION_VALUES.join(', ')}.`, at: span };
      return;
    }
    const version = hotVersion(value);
    if (version && versionKnownIn(version, release)) return;
    const fixes: FixSpec[] = [];
    if (version) {
      const newest = newestVersionIn(release);
      if (newest) fixes.push(replaceFix(`Change to ${newest.value}`, span, newest.value));
      yield {
        message: `HOT ${value} came with OpenStack ${version.openstackRelease}; Heat of ${release} does not know it and rejects the template.`,
        at: span,
        fixes,
      };
      return;
    }
    const meant = suggestion(value);
    if (meant) fixes.push(replaceFix(`Change to ${meant.value} (${meant.why})`, span, meant.value));
    yield {
      message: `'${value}' is not a HOT version. Heat accepts: ${HOT_VERSION_VALUES.join(', ')}.`,
      at: span,
      fixes,
    };
  },
};
