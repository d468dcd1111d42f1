import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@kit/ui/card';
import { Link } from '@tanstack/react-router';
import { m } from '~/paraglide/messages';

/** Shown on organization pages while the personal account is active. */
export function NoActiveOrganization() {
  return (
    <Card>
      <CardHeader>
        <CardTitle>{m.no_org_title()}</CardTitle>
        <CardDescription>{m.no_org_description()}</CardDescription>
      </CardHeader>
      <CardContent>
        <Link to="/organizations/new" className="text-sm underline">
          {m.no_org_create()}
        </Link>
      </CardContent>
    </Card>
  );
}
