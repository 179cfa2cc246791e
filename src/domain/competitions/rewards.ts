// Innovator rewards: what the region gave the people behind an award-winning innovation — a piagam
// (certificate), and a reward or incentive beside it. They are what SPD indicator 12 ("Penghargaan bagi inovator")
// asks the region to prove: option 1 a piagam, option 2 a piagam with a reward/incentive, option 3 also a control
// mechanism for the culture of innovation (a regulation — which no record here can show, so it is never suggested).
export const REWARD_SOURCES = ['competition', 'national', 'other'] as const;
export type RewardSource = (typeof REWARD_SOURCES)[number];

export interface RewardFacts {
  certificate: boolean;
  incentive: string | null;
  incentiveAmount: number | null;
  /** YYYY-MM-DD; a reward not given yet (only planned) counts for nothing. */
  givenOn: string | null;
}

export const hasIncentive = (r: RewardFacts) => Boolean(r.incentive?.trim()) || (r.incentiveAmount ?? 0) > 0;

export interface Spd12Support {
  /** The years whose rewards count, inclusive: the period's year and the one before (see note in spd12Support). */
  from: number;
  until: number;
  certificates: number;
  incentives: number;
  /** The SPD 12 option the records support (0: none). */
  option: 0 | 1 | 2;
}

/**
 * What the given rewards support for a period's SPD 12. The national guidance does not publish the year window for
 * this indicator's evidence; Inovda counts rewards given in the period's year and the year before (the cycle's
 * T-0 and T-1) and says so beside the figure, so the admin can judge a borderline case.
 */
export function spd12Support(rewards: readonly RewardFacts[], periodYear: number): Spd12Support {
  const from = periodYear - 1;
  const given = rewards.filter((r) => {
    if (!r.givenOn) return false;
    const y = Number(r.givenOn.slice(0, 4));
    return y >= from && y <= periodYear;
  });
  const certificates = given.filter((r) => r.certificate).length;
  const incentives = given.filter((r) => r.certificate && hasIncentive(r)).length;
  return { from, until: periodYear, certificates, incentives, option: incentives > 0 ? 2 : certificates > 0 ? 1 : 0 };
}
