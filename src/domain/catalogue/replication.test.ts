import { describe, expect, it } from 'vitest';
import { BUILT_IN_FRAMEWORKS } from '../iid/builtin';
import { frameworkSchema } from '../iid/validate';
import {
  type CountedReplication,
  canMoveReplication,
  distinctReplicators,
  normalisedRegionName,
  type ReplicationRule,
  raisedOption,
  replicationOption,
} from './replication';

const rule: ReplicationRule = { minRegions: [1, 2, 3], countInsideRegion: false };
const rep = (over: Partial<CountedReplication>): CountedReplication => ({
  status: 'agreed',
  replicatingRegionId: null,
  replicatingOpdId: null,
  replicatingName: 'Kabupaten Jombang',
  ...over,
});

describe('replication as a transaction', () => {
  it('moves requested → agreed → implemented, or requested → declined, never back', () => {
    expect(canMoveReplication('requested', 'agreed')).toBe(true);
    expect(canMoveReplication('requested', 'declined')).toBe(true);
    expect(canMoveReplication('agreed', 'implemented')).toBe(true);
    expect(canMoveReplication('agreed', 'requested')).toBe(false);
    expect(canMoveReplication('declined', 'agreed')).toBe(false);
    expect(canMoveReplication('requested', 'implemented')).toBe(false);
  });
});

describe('Replikasi option from agreed replications', () => {
  it('counts distinct regions: one region twice is one', () => {
    expect(replicationOption(rule, [])).toBe(0);
    expect(replicationOption(rule, [rep({})])).toBe(1);
    expect(replicationOption(rule, [rep({}), rep({ replicatingName: 'kab.  jombang' })])).toBe(1);
    expect(replicationOption(rule, [rep({}), rep({ replicatingName: 'Kota Batu' })])).toBe(2);
    expect(replicationOption(rule, [rep({}), rep({ replicatingName: 'Kota Batu' }), rep({ replicatingRegionId: 'r-3', replicatingName: 'Kota Malang' })])).toBe(
      3,
    );
    const four = ['A', 'B', 'C', 'D'].map((n) => rep({ replicatingName: `Kota ${n}` }));
    expect(replicationOption(rule, four)).toBe(3);
  });

  it('a region on the installation is one region whatever its name was written as', () => {
    expect(
      distinctReplicators(rule, [rep({ replicatingRegionId: 'r-1', replicatingName: 'A' }), rep({ replicatingRegionId: 'r-1', replicatingName: 'B' })]),
    ).toEqual(['region:r-1']);
  });

  it('only agreed or implemented replications count; requested and declined do not', () => {
    expect(replicationOption(rule, [rep({ status: 'requested' }), rep({ status: 'declined', replicatingName: 'Kota Batu' })])).toBe(0);
    expect(replicationOption(rule, [rep({ status: 'implemented' })])).toBe(1);
  });

  it('replications between OPDs inside the region count only where the framework says so', () => {
    const inside = [rep({ replicatingOpdId: 'opd-1', replicatingName: 'Dinas A' }), rep({ replicatingOpdId: 'opd-2', replicatingName: 'Dinas B' })];
    expect(replicationOption(rule, inside)).toBe(0);
    expect(replicationOption({ ...rule, countInsideRegion: true }, inside)).toBe(2);
  });

  it('follows the framework’s thresholds (data, not code)', () => {
    const strict: ReplicationRule = { minRegions: [2, 4, 6], countInsideRegion: false };
    const three = ['A', 'B', 'C'].map((n) => rep({ replicatingName: `Kota ${n}` }));
    expect(replicationOption(strict, three)).toBe(1);
  });

  it('is never lowered automatically', () => {
    expect(raisedOption(3, 1)).toBe(3);
    expect(raisedOption(1, 2)).toBe(2);
  });

  it('normalises region names', () => {
    expect(normalisedRegionName(' Kab. Jombang ')).toBe('kabupaten jombang');
    expect(normalisedRegionName('Pemkot  Batu')).toBe('batu');
  });
});

describe('built-in frameworks', () => {
  it('every year marks its Replikasi indicator (31) with the replication rule, which survives export and import', () => {
    for (const f of BUILT_IN_FRAMEWORKS) {
      const marked = f.indicators.filter((i) => i.replication);
      expect(
        marked.map((i) => i.code),
        f.id,
      ).toEqual(['31']);
      expect(marked[0].replication).toEqual({ minRegions: [1, 2, 3], countInsideRegion: false });
      const parsed = frameworkSchema.parse(f);
      expect(parsed.indicators.find((i) => i.code === '31')?.replication).toEqual(marked[0].replication);
    }
  });
});
