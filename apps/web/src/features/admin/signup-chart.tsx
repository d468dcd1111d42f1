import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@kit/ui/card';
import { formatDay, formatNumber } from '~/lib/i18n/format';
import { m } from '~/paraglide/messages';
import type { DailySignups } from './overview.service';

/** Daily sign-ups as bars, with the same figures in a table for screen readers. */
export function SignupChart({ days }: { days: DailySignups[] }) {
  const max = Math.max(1, ...days.map((day) => day.count));
  const total = days.reduce((sum, day) => sum + day.count, 0);
  const barWidth = 100 / days.length;
  const first = days[0];
  const last = days.at(-1);
  return (
    <Card>
      <CardHeader>
        <CardTitle>{m.chart_title({ days: formatNumber(days.length) })}</CardTitle>
        <CardDescription>{m.chart_total({ total: formatNumber(total) })}</CardDescription>
      </CardHeader>
      <CardContent>
        <svg viewBox="0 0 100 40" preserveAspectRatio="none" className="h-40 w-full" aria-hidden="true">
          {days.map((day, index) => {
            const height = (day.count / max) * 38;
            return (
              <rect
                key={day.day}
                x={index * barWidth + barWidth * 0.15}
                y={40 - height}
                width={barWidth * 0.7}
                height={height}
                className="fill-primary"
              >
                <title>{`${formatDay(day.day)}: ${formatNumber(day.count)}`}</title>
              </rect>
            );
          })}
        </svg>
        <div className="mt-1 flex justify-between text-xs text-muted-foreground" aria-hidden="true">
          <span>{first ? formatDay(first.day) : null}</span>
          <span>{last ? formatDay(last.day) : null}</span>
        </div>
        <table className="sr-only">
          <caption>{m.chart_caption()}</caption>
          <tbody>
            {days.map((day) => (
              <tr key={day.day}>
                <th scope="row">{formatDay(day.day)}</th>
                <td>{formatNumber(day.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </CardContent>
    </Card>
  );
}
