import { mapPair } from '../yaml-nodes';
import { capiDriversServing, describeChange, heatDriverLife, statusIn } from '../../../knowledge/magnum-lifecycle';
import type { HeatRule } from '../context';

/** The successors to name: the Cluster API drivers serving the same COE. */
function successors(coe: string | undefined): string {
  const capi = coe ? capiDriversServing(coe) : [];
  return capi.length ? ` Kubernetes on Magnum now runs through the Cluster API drivers (${capi.join(', ')}).` : '';
}

export const driverLifecycle: HeatRule = {
  meta: {
    id: 'driver-lifecycle',
    severity: 'warning',
    summary: 'A template of a Magnum driver that the release deprecated (warning) or no longer has (error).',
    appliesTo: 'heat-template',
  },
  *check({ doc, release, driver }) {
    const life = driver ? heatDriverLife(driver) : undefined;
    if (!driver || !life) return;
    const status = statusIn(life, release);
    const version = mapPair(doc.root, 'heat_template_version');
    const at = version ? { path: ['heat_template_version'], part: 'key' as const } : { start: 0, end: 0 };
    const coe = life.provides?.coe;
    if (status === 'removed') {
      yield {
        message: `The Magnum driver ${driver} is gone: it was removed ${describeChange(life.removedIn!, life.removal)}, so Magnum ${release} never uses this template.${successors(coe)}`,
        at,
        severity: 'error',
      };
    } else if (status === 'deprecated') {
      const removal = life.removedIn ? ` and removed ${describeChange(life.removedIn, life.removal)}` : '';
      yield {
        message: `The Magnum driver ${driver} is deprecated ${describeChange(life.deprecatedIn!, life.deprecation)}${removal}.${successors(coe)}`,
        at,
      };
    } else if (status === 'not-yet') {
      yield { message: `The Magnum driver ${driver} only exists from ${life.since} on; Magnum ${release} has no such driver.`, at, severity: 'error' };
    }
  },
};
