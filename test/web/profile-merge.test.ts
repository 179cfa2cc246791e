// Two people on one profile: whatever either typed is kept; only a field both changed differently asks the user.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/web/innovations/api/innovations';
import { mergeProfile, readDeviceCopy, restoreDeviceCopy } from '../../src/web/innovations/components/profile-merge';

const empty = {
  name: 'Lapor Gizi',
  unitId: null,
  tahapan: null,
  inisiatorType: null,
  inisiatorName: null,
  jenis: null,
  bentuk: null,
  tematik: null,
  urusanUtama: null,
  urusanLain: [],
  waktuUjiCoba: null,
  waktuPenerapan: null,
  rancangBangun: null,
  tujuan: null,
  manfaat: null,
  hasil: null,
  lokasi: null,
  haki: null,
  penghargaan: null,
} as unknown as Profile;
const p = (over: Partial<Profile>) => ({ ...empty, ...over }) as Profile;

describe('mergeProfile', () => {
  it('takes a field only they changed, keeps one only I changed, and asks about one both changed', () => {
    const base = p({ tujuan: 'lama', manfaat: 'lama' });
    const mine = p({ tujuan: 'punya saya', manfaat: 'lama', hasil: 'hasil saya' });
    const theirs = p({ tujuan: 'punya mereka', manfaat: 'manfaat mereka' });
    const { take, conflicts } = mergeProfile(base, mine, theirs);
    expect(take).toEqual({ manfaat: 'manfaat mereka' });
    expect(conflicts).toEqual([{ field: 'tujuan', theirs: 'punya mereka', mine: 'punya saya' }]);
  });

  it('is no conflict when both wrote the same (a timed-out save that landed), and an emptied text equals null', () => {
    const base = p({ tujuan: 'a', lokasi: 'x' });
    const { take, conflicts } = mergeProfile(base, p({ tujuan: 'b', lokasi: '' }), p({ tujuan: 'b', lokasi: null }));
    expect(take).toEqual({});
    expect(conflicts).toEqual([]);
  });

  it('an open conflict stays open with the newest server value', () => {
    const earlier = [{ field: 'tujuan' as const, theirs: 'v1', mine: 'saya' }];
    const { conflicts } = mergeProfile(p({ tujuan: 'v1' }), p({ tujuan: 'saya' }), p({ tujuan: 'v2' }), earlier);
    expect(conflicts).toEqual([{ field: 'tujuan', theirs: 'v2', mine: 'saya' }]);
  });
});

describe('the copy kept on the device', () => {
  it('restores a field the server has not changed since, and offers one it has', () => {
    const copy = readDeviceCopy({ version: 3, base: { lokasi: 'awal', haki: null }, values: { lokasi: 'lokasi saya', haki: 'paten' }, conflicts: [] });
    const { restore, conflicts } = restoreDeviceCopy(p({ lokasi: 'lokasi mereka' }), 5, copy);
    expect(restore).toEqual({ haki: 'paten' });
    expect(conflicts).toEqual([{ field: 'lokasi', theirs: 'lokasi mereka', mine: 'lokasi saya' }]);
  });

  it('on the same version restores everything, except a field left undecided', () => {
    const copy = readDeviceCopy({ version: 5, base: {}, values: { lokasi: 'saya', haki: 'paten' }, conflicts: ['lokasi'] });
    const { restore, conflicts } = restoreDeviceCopy(p({ lokasi: 'mereka' }), 5, copy);
    expect(restore).toEqual({ haki: 'paten' });
    expect(conflicts.map((c) => c.field)).toEqual(['lokasi']);
  });

  it('an older copy (values only) is offered wherever it differs, never applied', () => {
    const { restore, conflicts } = restoreDeviceCopy(p({ tujuan: 'server' }), 2, readDeviceCopy({ tujuan: 'perangkat', name: 'Lapor Gizi' }));
    expect(restore).toEqual({});
    expect(conflicts).toEqual([{ field: 'tujuan', theirs: 'server', mine: 'perangkat' }]);
  });
});
