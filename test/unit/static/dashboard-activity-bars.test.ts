/** The dashboard's activity chart geometry: bars scale to the busiest day, each day labelled. */
import { activityBars, CHART, dayLabel } from '../../../static/src/dashboard/activity-bars';

test('two bars per day, the busiest at full height, an empty day flat', () => {
  const bars = activityBars([
    { day: '2030-01-05', ok: 10, error: 5 },
    { day: '2030-01-06', ok: 0, error: 0 },
  ]);
  const plot = CHART.height - CHART.bottom;
  expect(bars.map((bar) => [bar.day, bar.kind, bar.height])).toEqual([
    ['2030-01-05', 'ok', plot],
    ['2030-01-05', 'error', plot / 2],
    ['2030-01-06', 'ok', 0],
    ['2030-01-06', 'error', 0],
  ]);
  expect(bars.every((bar) => bar.y + bar.height === plot && bar.x >= 0 && bar.x + CHART.barWidth <= CHART.width)).toBe(true);
});

test('days read as weekday and date, in UTC', () => {
  expect(dayLabel('2030-01-05')).toBe('Sat 5');
  expect(dayLabel('not a day')).toBe('not a day');
});
