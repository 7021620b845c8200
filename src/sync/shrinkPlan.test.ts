import { SHRINK_PLAN, shrinkAttempts } from './shrinkPlan';

describe('shrinkAttempts', () => {
  it('first tries the original size at good quality', () => {
    expect(shrinkAttempts(648, 648)[0]).toEqual({ width: 648, height: 648, quality: 0.9 });
  });

  it('then goes smaller and lower in quality each time, a bounded number of times', () => {
    const attempts = shrinkAttempts(4000, 3000);
    expect(attempts.length).toBeLessThanOrEqual(SHRINK_PLAN.attempts);
    for (let i = 1; i < attempts.length; i++) {
      expect(attempts[i].width).toBeLessThan(attempts[i - 1].width);
      expect(attempts[i].quality).toBeLessThanOrEqual(attempts[i - 1].quality);
    }
    expect(attempts[attempts.length - 1].quality).toBeGreaterThanOrEqual(SHRINK_PLAN.lowestQuality);
  });

  it('keeps the aspect ratio', () => {
    shrinkAttempts(1200, 800).forEach((attempt) => expect(attempt.width / attempt.height).toBeCloseTo(1.5, 1));
  });

  it('never makes the shorter side smaller than 96 px, and never enlarges a small photo', () => {
    shrinkAttempts(200, 150).forEach((attempt) => expect(attempt.height).toBeGreaterThanOrEqual(96));
    shrinkAttempts(64, 64).forEach((attempt) => expect([attempt.width, attempt.height]).toEqual([64, 64]));
  });

  it('does not draw a canvas larger than phones allow, even for a huge original', () => {
    expect(Math.max(shrinkAttempts(12000, 9000)[0].width, shrinkAttempts(12000, 9000)[0].height)).toBeLessThanOrEqual(SHRINK_PLAN.largestSide);
  });

  it('plans nothing for an image without pixels', () => {
    expect(shrinkAttempts(0, 0)).toEqual([]);
  });
});
