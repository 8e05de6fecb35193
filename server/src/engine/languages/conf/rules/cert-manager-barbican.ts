import { insertIntoGroup, replaceValue } from '../edits';
import { lastEntry, sectionsOf } from '../model';
import type { ConfDocument, ConfEntry } from '../tokenizer';
import { confOption } from '../../../knowledge/conf-options';
import type { FixSpec, OffsetEdit } from '../../../core/rule';
import type { ConfRule } from '../context';

const GROUP = 'certificates';
const KEY = 'cert_manager_type';
const STORAGE_PATH = confOption(GROUP, 'storage_path')?.default as string | undefined;
const LOCAL_NOTE = `the directory in [${GROUP}] storage_path (default ${STORAGE_PATH}) must exist and belong to the magnum user`;

function backendFixes(edit: (backend: string) => OffsetEdit): FixSpec[] {
  return [
    { title: 'Use x509keypair (certificates kept in the Magnum database)', edits: [edit('x509keypair')] },
    { title: `Use local (${LOCAL_NOTE})`, edits: [edit('local')] },
  ];
}

function explicitFinding(entry: ConfEntry) {
  return {
    message: `${KEY} = barbican keeps cluster certificates in Barbican: without a Key Manager service in the catalog, creating a cluster fails. Without Barbican, use x509keypair (or local, for a single controller).`,
    at: entry.valueSpan,
    fixes: backendFixes((backend) => replaceValue(entry, backend)),
  };
}

function defaultFinding(doc: ConfDocument) {
  const header = sectionsOf(doc, GROUP)[0].headerSpan;
  return {
    message: `[${GROUP}] does not set ${KEY}, so Magnum uses barbican, which needs a Key Manager service; without one, creating a cluster fails.`,
    at: header,
    fixes: backendFixes((backend) => insertIntoGroup(doc, GROUP, [`${KEY} = ${backend}`])),
  };
}

export const certManagerBarbican: ConfRule = {
  meta: {
    id: 'cert-manager-barbican',
    severity: 'hint',
    summary: 'The barbican certificate manager needs a Key Manager service; x509keypair and local do not.',
    appliesTo: 'magnum-conf',
  },
  *check({ doc }) {
    const entry = lastEntry(doc, GROUP, KEY);
    if (!entry) {
      if (sectionsOf(doc, GROUP).length) yield defaultFinding(doc);
      return;
    }
    const value = entry.value.trim();
    if (value === 'barbican') yield explicitFinding(entry);
    else if (value === 'local') {
      yield {
        message: `The local certificate manager writes certificates as files on this host: ${LOCAL_NOTE}, and every conductor needs the same files. It suits single-controller and test setups.`,
        at: entry.valueSpan,
      };
    }
  },
};
