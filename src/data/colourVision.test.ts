// CVD simulation and CIEDE2000: the published reference pairs, and the simulations' known behaviour.
import { describe, expect, it } from 'vitest';
import { deltaE2000, deltaEAs, labAs, parseHex, simulateLinear, linearRgb } from './colourVision';

describe('deltaE2000', () => {
  // Sharma, Wu & Dalal (2005), table 1
  it.each([
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[50, -1.3802, -84.2814], [50, 0, -82.7485], 1.0],
    [[2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514], 0.9082],
  ] as const)('%j vs %j is %d', (a, b, expected) => {
    expect(deltaE2000(a, b)).toBeCloseTo(expected, 3);
  });

  it('is zero for equal colours and symmetric', () => {
    expect(deltaEAs('#123456', '#123456')).toBe(0);
    expect(deltaEAs('#E69F00', '#0072B2')).toBeCloseTo(deltaEAs('#0072B2', '#E69F00'), 10);
  });
});

describe('CVD simulation', () => {
  it('white and black stay white and black', () => {
    for (const v of ['protanopia', 'deuteranopia', 'tritanopia'] as const) {
      expect(labAs('#ffffff', v)[0]).toBeCloseTo(100, 0);
      expect(labAs('#000000', v)[0]).toBeCloseTo(0, 5);
    }
  });

  it('red and green collapse for protanopes and deuteranopes, not for tritanopes', () => {
    const red = '#D0342C';
    const green = '#5A8F29';
    expect(deltaEAs(red, green, 'normal')).toBeGreaterThan(40);
    expect(deltaEAs(red, green, 'deuteranopia')).toBeLessThan(15);
    expect(deltaEAs(red, green, 'protanopia')).toBeLessThan(20);
    expect(deltaEAs(red, green, 'tritanopia')).toBeGreaterThan(30);
  });

  it('parses short and long hex', () => {
    expect(parseHex('#fff')).toEqual([1, 1, 1]);
    expect(simulateLinear(linearRgb(parseHex('#808080')), 'normal')).toEqual(linearRgb(parseHex('#808080')));
  });
});
