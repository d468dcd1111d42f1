import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@kit/ui/card';
import type { DailySignups } from './overview.service';

/** Daily sign-ups as bars, with the same figures in a table for screen readers. */
export function SignupChart({ days }: { days: DailySignups[] }) {
  const max = Math.max(1, ...days.map((day) => day.count));
  const total = days.reduce((sum, day) => sum + day.count, 0);
  const barWidth = 100 / days.length;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Sign-ups, last {days.length} days</CardTitle>
        <CardDescription>{total.toLocaleString()} in all</CardDescription>
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
                <title>{`${day.day}: ${day.count}`}</title>
              </rect>
            );
          })}
        </svg>
        <div className="mt-1 flex justify-between text-xs text-muted-foreground" aria-hidden="true">
          <span>{days[0]?.day}</span>
          <span>{days.at(-1)?.day}</span>
        </div>
        <table className="sr-only">
          <caption>Sign-ups per day</caption>
          <tbody>
            {days.map((day) => (
              <tr key={day.day}>
                <th scope="row">{day.day}</th>
                <td>{day.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </CardContent>
    </Card>
  );
}
