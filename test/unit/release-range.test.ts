/** The one encoding of "in which releases": { since, until? } ranges, and the driver files built on it. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DRIVER_NAMES, driverLabels, heatDriverFacts } from '../../server/src/engine/knowledge/magnum-driver-facts';
import { describeRange, inRange, lifetimeOf, namesIn, orderOf, rangeFromLast, rangeHolding, spanOf } from '../../server/src/engine/knowledge/release-range';
import { DEVELOPMENT_SERIES, NEWEST_RELEASE, RELEASES } from '../../server/src/engine/knowledge/releases';

describe('release ranges', () => {
  test('since is in, until is out, no until is still present', () => {
    assert.equal(inRange({ since: 'train', until: '2024.1' }, 'train'), true);
    assert.equal(inRange({ since: 'train', until: '2024.1' }, '2023.2'), true);
    assert.equal(inRange({ since: 'train', until: '2024.1' }, '2024.1'), false);
    assert.equal(inRange({ since: 'train', until: '2024.1' }, 'stein'), false);
    assert.equal(inRange({ since: 'train' }, 'master'), true);
    assert.equal(inRange({ since: 'train' }, 'bogus'), false);
  });

  test('a range may end in the development series after master, which is itself no release to ask about', () => {
    const announced = { since: 'rocky', until: DEVELOPMENT_SERIES };
    assert.equal(inRange(announced, 'master'), true);
    assert.equal(inRange(announced, DEVELOPMENT_SERIES), false);
    assert.deepEqual(lifetimeOf(announced), { since: 'rocky', removedIn: DEVELOPMENT_SERIES });
    assert.deepEqual(lifetimeOf({ since: 'rocky', until: 'master' }), { since: 'rocky', last: NEWEST_RELEASE, removedIn: 'master' });
    assert.deepEqual(rangeFromLast('rocky', 'master'), announced);
  });

  test('messages name a range by its first and last release; an open one ends at the newest stable release', () => {
    assert.equal(describeRange({ since: 'rocky', until: '2023.1' }), 'rocky – zed');
    assert.equal(describeRange({ since: 'train' }), `train – ${NEWEST_RELEASE}`);
    assert.equal(describeRange({ since: 'master' }), 'master');
    assert.equal(describeRange({ since: 'zed', until: '2023.1' }), 'zed');
    const versions = orderOf(['1.0.0', '1.1.0', '1.2.0']);
    assert.equal(describeRange({ since: '1.1.0' }, versions), '1.1.0 – 1.2.0');
    assert.equal(inRange({ since: '1.0.0', until: '1.2.0' }, '1.2.0', versions), false);
  });

  test('lists of ranged entries: the entry holding a release, the releases, the span', () => {
    const entries = [{ since: 'rocky', until: 'train', v: 1 }, { since: 'ussuri', v: 2 }];
    assert.equal(rangeHolding(entries, 'stein')?.v, 1);
    assert.equal(rangeHolding(entries, 'train'), undefined);
    assert.equal(rangeHolding(entries, 'master')?.v, 2);
    assert.deepEqual(namesIn(entries).slice(0, 4), ['rocky', 'stein', 'ussuri', 'victoria']);
    assert.equal(namesIn(entries).length, RELEASES.length - 1);
    assert.deepEqual(spanOf([{ since: 'stein', until: 'zed' }, { since: 'rocky', until: 'train' }]), { since: 'rocky', until: 'zed' });
    assert.deepEqual(spanOf([{ since: 'stein', until: 'zed' }, { since: 'train' }]), { since: 'stein' });
  });
});

describe('one file per Magnum driver', () => {
  test('every driver of the facts has one, in-tree drivers first', () => {
    assert.deepEqual(DRIVER_NAMES.slice(0, 7), ['k8s_coreos_v1', 'k8s_fedora_atomic_v1', 'k8s_fedora_coreos_v1', 'k8s_fedora_ironic_v1', 'mesos_ubuntu_v1', 'swarm_fedora_atomic_v1', 'swarm_fedora_atomic_v2']);
    assert.ok(DRIVER_NAMES.includes('k8s_capi_helm_v1'));
  });

  test('k8s_fedora_coreos_v1: its lifecycle, template, parameters, labels and security groups as ranges', () => {
    const facts = heatDriverFacts('k8s_fedora_coreos_v1')!;
    assert.deepEqual([facts.since, facts.until, facts.deprecatedSince], ['train', 'master', '2025.1']);
    assert.deepEqual(facts.topLevel, [{ since: 'train', until: 'master', file: 'kubecluster.yaml' }]);
    assert.deepEqual(facts.parameters.auth_url, [{ since: 'train', until: 'master', always: true }]);
    assert.ok(driverLabels('k8s_fedora_coreos_v1', '2024.1').includes('kube_tag'));
    assert.deepEqual(driverLabels('k8s_fedora_coreos_v1', 'master'), []);
    assert.equal(facts.securityGroups[0].since, 'train');
    assert.ok(facts.securityGroups.every((s) => s.groups.length > 0));
  });
});
