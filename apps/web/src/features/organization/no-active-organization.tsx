import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@kit/ui/card';
import { Link } from '@tanstack/react-router';

/** Shown on organization pages while the personal account is active. */
export function NoActiveOrganization() {
  return (
    <Card>
      <CardHeader>
        <CardTitle>No organization selected</CardTitle>
        <CardDescription>
          You are working in your personal account. Switch to an organization with the account switcher, or{' '}
          <Link to="/organizations/new" className="underline">
            create one
          </Link>
          .
        </CardDescription>
      </CardHeader>
      <CardContent />
    </Card>
  );
}
