import { describe, expect, it } from 'vitest';
import { profileTimes, type Profile } from './cpu-profile.ts';

const frame = (functionName: string, lineNumber = 0) => ({ functionName, url: 'http://x/assets/game.js', lineNumber });

// root > outer > inner (and inner recursing into itself); samples every 10 µs from t = 100.
const profile: Profile = {
  nodes: [
    { id: 1, callFrame: frame('(root)'), children: [2, 5] },
    { id: 2, callFrame: frame('outer', 9), children: [3] },
    { id: 3, callFrame: frame('inner', 19), children: [4] },
    { id: 4, callFrame: frame('inner', 19) },
    { id: 5, callFrame: frame('(idle)') },
  ],
  startTime: 100,
  samples: [2, 3, 4, 5, 3],
  timeDeltas: [0, 10, 10, 10, 10],
};

describe('profileTimes', () => {
  it('counts self and total time by function inside the window, idle left out, a recursion once', () => {
    const { self, total, counted } = profileTimes(profile, (t) => t >= 100 && t <= 130);
    // Samples at 100 (outer), 110 (inner), 120 (inner inside inner), 130 (idle): 10 µs each.
    expect(counted).toBe(30);
    expect(Object.fromEntries(self)).toEqual({ 'outer game.js:10': 10, 'inner game.js:20': 20 });
    expect(total.get('outer game.js:10')).toBe(30);
    expect(total.get('inner game.js:20')).toBe(20);
    expect(total.get('(root) game.js:1')).toBe(30);
  });

  it('leaves out samples outside the window', () => {
    expect(profileTimes(profile, (t) => t > 130).counted).toBe(0);
  });
});
