import { catalogFor } from '../catalog';
import { deleteEntry } from '../edits';
import { lastEntry } from '../model';
import type { ConfDocument, ConfEntry } from '../tokenizer';
import { disabledDrivers, driverNamesOf, listItemSpans } from '../drivers-section';
import { CAPI_PACKAGES, capiPackage, versionOf, versionRange, type CapiSettings } from '../../../knowledge/capi-drivers';
import { heatDriverLife, statusIn } from '../../../knowledge/magnum-lifecycle';
import { didYouMean } from '../../../core/util/did-you-mean';
import type { Finding, FixSpec } from '../../../core/rule';
import type { Span } from '../../../core/text';
import type { ConfRule } from '../context';

/** What listing a driver in the option is for, and what a name Magnum does not have leaves undone. */
const PURPOSE: Record<string, string> = {
  disabled_drivers: 'the driver meant stays enabled',
  enabled_beta_drivers: 'the beta driver meant stays behind the beta gate',
};

type Item = { text: string; span: Span };

/** Why a name that is no driver of the release is still a name Magnum had, or another package's. */
function elsewhere(name: string, release: string, capi: CapiSettings | undefined): string | undefined {
  const life = heatDriverLife(name);
  if (life) {
    const status = statusIn(life, release);
    if (status === 'removed') return `${name} was removed from Magnum in ${life.removedIn}`;
    if (status === 'not-yet') return `${name} only comes with Magnum ${life.since}`;
  }
  const pkg = CAPI_PACKAGES.find((p) => Object.hasOwn(capiPackage(p).entryPoints, name));
  if (!pkg) return undefined;
  if (capi?.capiDriver && capi.capiDriver !== pkg) return `${name} is a driver of ${pkg}, and the settings say ${capi.capiDriver} is installed`;
  return `${name} is a driver of ${pkg} ${versionRange(pkg, capiPackage(pkg).entryPoints[name])} only, and ${pkg} ${versionOf(pkg, capi).version} answers`;
}

/** Removes one item of a list value (with its comma), or the whole entry when it is the only one. */
function removeItem(entry: ConfEntry, items: Item[], i: number, preferred: boolean): FixSpec {
  const edit = items.length === 1 ? deleteEntry(entry)
    : i > 0 ? { start: items[i - 1].span.end, end: items[i].span.end, newText: '' }
      : { start: items[0].span.start, end: items[1].span.start, newText: '' };
  return { title: `Remove '${items[i].text}'`, edits: [edit], preferred };
}

function* listFindings(doc: ConfDocument, key: string, release: string, capi: CapiSettings | undefined): Generator<Finding> {
  const entry = lastEntry(doc, 'drivers', key);
  const items = entry && listItemSpans(entry);
  if (!entry || !items) return;
  const known = driverNamesOf(release, capi);
  for (const [i, item] of items.entries()) {
    if (known.has(item.text)) continue;
    const gone = elsewhere(item.text, release, capi);
    if (gone) {
      yield { message: `${gone}, so this entry does nothing in Magnum ${release}.`, at: item.span, severity: 'information', tags: ['unnecessary'], fixes: [removeItem(entry, items, i, true)] };
      continue;
    }
    const near = didYouMean(item.text, known.keys());
    const list = [...known.keys()].join(', ') || 'none';
    yield {
      message: `'${item.text}' names no driver of Magnum ${release} (drivers: ${list}), so ${PURPOSE[key]}.${near ? ` Did you mean '${near}'?` : ''}`,
      at: item.span,
      fixes: near ? [{ title: `Change to '${near}'`, edits: [{ ...item.span, newText: near }], preferred: true }] : [removeItem(entry, items, i, false)],
    };
  }
}

/** master: the driver stored on templates that name none must be loadable, and not disabled. */
function* defaultDriverFinding(doc: ConfDocument, release: string, capi: CapiSettings | undefined): Generator<Finding> {
  const entry = lastEntry(doc, 'drivers', 'default_driver');
  const name = entry?.value.trim();
  if (!entry || !name) return;
  const known = driverNamesOf(release, capi);
  const fail = 'creating a cluster template that names no driver fails (ClusterDriverNotSupported)';
  if (disabledDrivers(doc).has(name)) {
    yield { message: `[drivers] default_driver ${name} is also in disabled_drivers: ${fail}.`, at: entry.valueSpan, severity: 'error' };
  } else if (!known.has(name)) {
    const near = didYouMean(name, known.keys());
    yield {
      message: `[drivers] default_driver '${name}' names no driver of Magnum ${release} (drivers: ${[...known.keys()].join(', ') || 'none'}): ${fail}.${near ? ` Did you mean '${near}'?` : ''}`,
      at: entry.valueSpan,
      severity: 'error',
      fixes: near ? [{ title: `Change to '${near}'`, edits: [{ ...entry.valueSpan, newText: near }], preferred: true }] : [],
    };
  }
}

export const unknownDriver: ConfRule = {
  meta: {
    id: 'unknown-driver',
    severity: 'warning',
    summary: '[drivers] disabled_drivers, enabled_beta_drivers or default_driver names a driver the release does not have.',
    appliesTo: 'magnum-conf',
  },
  *check({ doc, release, capi }) {
    const catalog = catalogFor(doc, release, capi);
    for (const key of Object.keys(PURPOSE)) {
      if (catalog.lookup('drivers', key).kind === 'option') yield* listFindings(doc, key, release, capi);
    }
    if (catalog.lookup('drivers', 'default_driver').kind === 'option') yield* defaultDriverFinding(doc, release, capi);
  },
};
