/**
 * The geometry of the dashboard's activity chart, apart from its drawing so it can be tested:
 * one pair of bars per day (worked, failed), scaled to the busiest day, with the day's label.
 */
export interface DayActivity {
  day: string;
  ok: number;
  error: number;
}

export interface Bar {
  day: string;
  label: string;
  kind: 'ok' | 'error';
  count: number;
  x: number;
  y: number;
  height: number;
}

export const CHART = { width: 420, height: 120, barWidth: 18, gap: 4, bottom: 20 } as const;

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** "Mon 5": the weekday and the day of the month of a UTC day (`2030-01-05`). */
export function dayLabel(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()}`;
}

export function activityBars(days: DayActivity[]): Bar[] {
  const max = Math.max(1, ...days.flatMap((day) => [day.ok, day.error]));
  const plot = CHART.height - CHART.bottom;
  const slot = CHART.width / Math.max(days.length, 1);
  return days.flatMap((day, index) =>
    (['ok', 'error'] as const).map((kind, pair) => {
      const count = day[kind];
      const height = Math.round((count / max) * plot);
      return {
        day: day.day,
        label: dayLabel(day.day),
        kind,
        count,
        x: Math.round(index * slot + (slot - 2 * CHART.barWidth - CHART.gap) / 2 + pair * (CHART.barWidth + CHART.gap)),
        y: plot - height,
        height,
      };
    }),
  );
}
