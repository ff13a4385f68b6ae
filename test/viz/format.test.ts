// Numbers as the app shows them: shares in percent, times with their unit, amounts
// compact beyond a million, differences signed.
import { describe, expect, it } from 'vitest';
import { formatAmount, formatDiff, formatMetric } from '../../viz/data/format.js';

describe('formats', () => {
  it('show shares, times and amounts readably', () => {
    expect(formatMetric(0.5234, 'share', 'week')).toBe('52.3%');
    expect(formatMetric(1, 'time', 'week')).toBe('1 week');
    expect(formatMetric(18.5, 'time', 'week')).toBe('18.5 weeks');
    expect(formatMetric(null, 'amount', 'week')).toBe('n/a');
    expect(formatAmount(950.4)).toBe('950');
    expect(formatAmount(12500)).toBe('12,500');
    expect(formatAmount(1_223_760)).toBe('1.22m');
    expect(formatAmount(1_081_403_955)).toBe('1.08bn');
  });

  it('sign differences, in percentage points for shares', () => {
    expect(formatDiff(0.163, 'share', 'week')).toBe('+16.3 pts');
    expect(formatDiff(-8, 'time', 'week')).toBe('\u22128 weeks');
    expect(formatDiff(-164_200, 'amount', 'week')).toBe('\u2212164,200');
    expect(formatDiff(0, 'amount', 'week')).toBe('\u00b10');
  });
});
