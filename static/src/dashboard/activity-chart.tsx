import { token } from '@atlaskit/tokens';
import { activityBars, CHART, dayLabel, type DayActivity } from './activity-bars';

const COLOURS = { ok: token('color.chart.success', '#22a06b'), error: token('color.chart.danger', '#e2483d') };

/**
 * The last days' sync activity as plain SVG bars (no chart library: one small picture isn't worth
 * a dependency). Every bar has a title with its number, and the figure a text summary, so it
 * reads without seeing it.
 */
export function ActivityChart({ days }: { days: DayActivity[] }) {
  const bars = activityBars(days);
  const totals = days.reduce((sum, day) => ({ ok: sum.ok + day.ok, error: sum.error + day.error }), { ok: 0, error: 0 });
  const slot = CHART.width / Math.max(days.length, 1);
  return (
    <figure style={{ margin: 0 }} data-testid="dashboard-activity">
      <svg width={CHART.width} height={CHART.height} role="img" aria-label={`Last ${days.length} days: ${totals.ok} synced, ${totals.error} failed`}>
        {bars.map((bar) => (
          <rect
            key={`${bar.day}-${bar.kind}`}
            x={bar.x}
            y={bar.y}
            width={CHART.barWidth}
            height={Math.max(bar.height, bar.count > 0 ? 1 : 0)}
            fill={COLOURS[bar.kind]}
            data-testid={`activity-bar-${bar.day}-${bar.kind}`}
            data-count={bar.count}
          >
            <title>{`${bar.label}: ${bar.count} ${bar.kind === 'ok' ? 'synced' : 'failed'}`}</title>
          </rect>
        ))}
        {days.map((day, index) => (
          <text key={day.day} x={index * slot + slot / 2} y={CHART.height - 4} fontSize="11" textAnchor="middle" fill={token('color.text.subtle', '#44546f')}>
            {dayLabel(day.day)}
          </text>
        ))}
      </svg>
      <figcaption style={{ fontSize: 12 }} data-testid="dashboard-activity-caption">
        Last {days.length} days: {totals.ok} synced, {totals.error} failed.
      </figcaption>
    </figure>
  );
}
