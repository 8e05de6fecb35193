import { escapeSnippet, insertIntoGroup, type SnippetEdit } from '../edits';
import { isMainConfig, lastEntry, sectionsOf } from '../model';
import type { ConfDocument } from '../tokenizer';
import { CONF_PITFALLS } from '../../../knowledge/conf-options';
import type { FixSpec, OffsetEdit } from '../../../core/rule';
import type { ConfRule } from '../context';

const GROUP = 'cinder';
const KEY = 'default_docker_volume_type';
/** Volume types the same file already names: the container volume can most likely use one of them. */
const SIBLINGS = ['default_boot_volume_type', 'default_etcd_volume_type'];
const PLACEHOLDER = 'VOLUME_TYPE';

function knownType(doc: ConfDocument): string | undefined {
  return SIBLINGS.map((k) => lastEntry(doc, GROUP, k)?.value.trim()).find((v) => v);
}

/** The fixes: the sibling type when there is one (preferred), else a placeholder to type over. */
function fixes(doc: ConfDocument, edit: (text: string) => OffsetEdit): FixSpec[] {
  const out: FixSpec[] = [];
  const sibling = knownType(doc);
  if (sibling) out.push({ title: `Set ${KEY} = ${sibling} (the type this file uses for other volumes)`, edits: [edit(sibling)], preferred: true });
  const plain = edit(PLACEHOLDER);
  const withTabStop: SnippetEdit = { ...plain, snippet: escapeSnippet(plain.newText).replace(PLACEHOLDER, `\${1:${PLACEHOLDER}}`) };
  out.push({ title: `Set ${KEY} to a Cinder volume type`, edits: [withTabStop] });
  return out;
}

export const dockerVolumeTypeEmpty: ConfRule = {
  meta: {
    id: 'docker-volume-type-empty',
    severity: 'warning',
    summary: '[cinder] default_docker_volume_type is empty where drivers pass it straight to Cinder.',
    appliesTo: 'magnum-conf',
  },
  *check({ doc, release, driver }) {
    const drivers = CONF_PITFALLS.dockerVolumeTypePassThrough[release] ?? [];
    if (!drivers.length || (driver && !drivers.includes(driver))) return;
    const which = driver ? `the ${driver} driver hands` : `the drivers ${drivers.join(', ')} hand`;
    const why = `In ${release} ${which} an empty volume type to Cinder: a cluster with docker_volume_size then fails with "VolumeType () could not be found" unless its template sets the docker_volume_type label.`;
    const entry = lastEntry(doc, GROUP, KEY);
    if (entry) {
      if (entry.value.trim() !== '') return;
      yield {
        message: `${KEY} is empty. ${why}`,
        at: entry.keySpan,
        fixes: fixes(doc, (text) => ({ start: entry.separatorOffset + 1, end: entry.valueSpan.end, newText: ` ${text}` })),
      };
      return;
    }
    if (!isMainConfig(doc)) return;
    const anchor = sectionsOf(doc, GROUP)[0]?.headerSpan ?? doc.sections[0]?.headerSpan ?? { start: 0, end: 0 };
    yield {
      message: `[${GROUP}] ${KEY} is not set, so it is empty. ${why}`,
      at: anchor,
      fixes: fixes(doc, (text) => insertIntoGroup(doc, GROUP, [`${KEY} = ${text}`])),
    };
  },
};
