import { type ClientIdentity, SIGNED_OUT } from '@kit/better-auth/identity';
import { isNotFound, isRedirect } from '@tanstack/react-router';
import { describe, expect, it } from 'vitest';
import {
  redirectIfAuthenticated,
  requireAdminAuth,
  requireAuth,
  requireOnboarded,
  safeRedirectPath,
} from './guards';

const anonymous: ClientIdentity = SIGNED_OUT;
const signedIn = (isAdmin: boolean, onboarded = true): ClientIdentity => ({
  ...anonymous,
  user: {
    id: 'u1',
    name: 'U',
    email: 'u@example.test',
    image: null,
    isAdmin,
    twoFactorEnabled: false,
    onboarded,
  },
});
const at = { pathname: '/admin/users', searchStr: '?page=2' };
const thrownBy = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
};
const hrefOf = (error: unknown) => (error as { options: { href: string } }).options.href;

describe('route guards', () => {
  it('requireAuth sends the anonymous to sign-in with the way back, and lets a user through', () => {
    const thrown = thrownBy(() => requireAuth({ context: { identity: anonymous }, location: at }));
    expect(isRedirect(thrown)).toBe(true);
    expect(hrefOf(thrown)).toBe('/auth/sign-in?redirect=%2Fadmin%2Fusers%3Fpage%3D2');
    expect(requireAuth({ context: { identity: signedIn(false) }, location: at }).user.id).toBe('u1');
  });

  it('requireAdminAuth: sign-in for the anonymous, not found for a user, through for an admin', () => {
    expect(
      isRedirect(thrownBy(() => requireAdminAuth({ context: { identity: anonymous }, location: at }))),
    ).toBe(true);
    expect(
      isNotFound(thrownBy(() => requireAdminAuth({ context: { identity: signedIn(false) }, location: at }))),
    ).toBe(true);
    expect(requireAdminAuth({ context: { identity: signedIn(true) }, location: at }).user.isAdmin).toBe(true);
  });

  it('requireOnboarded sends a user who has not finished onboarding to it, except to invitations', () => {
    const newcomer = signedIn(false, false);
    const dashboard = { pathname: '/dashboard', searchStr: '' };
    const sent = thrownBy(() => requireOnboarded({ context: { identity: newcomer }, location: dashboard }));
    expect(isRedirect(sent)).toBe(true);
    expect(hrefOf(sent)).toBe('/onboarding');
    const invitation = { pathname: '/invitations/abc', searchStr: '' };
    expect(requireOnboarded({ context: { identity: newcomer }, location: invitation }).user.id).toBe('u1');
    // An admin impersonating the newcomer sees the app as it is: the onboarding is the user's to do.
    const impersonated = { ...newcomer, impersonatedBy: 'admin-1' };
    expect(requireOnboarded({ context: { identity: impersonated }, location: dashboard }).user.id).toBe('u1');
    expect(requireOnboarded({ context: { identity: signedIn(false) }, location: dashboard }).user.id).toBe(
      'u1',
    );
    expect(
      isRedirect(thrownBy(() => requireOnboarded({ context: { identity: anonymous }, location: at }))),
    ).toBe(true);
  });

  it('redirectIfAuthenticated follows only same-origin paths', () => {
    expect(
      thrownBy(() => redirectIfAuthenticated({ context: { identity: anonymous }, search: {} })),
    ).toBeUndefined();
    const inside = thrownBy(() =>
      redirectIfAuthenticated({ context: { identity: signedIn(false) }, search: { redirect: '/settings' } }),
    );
    expect(hrefOf(inside)).toBe('/settings');
    const outside = thrownBy(() =>
      redirectIfAuthenticated({
        context: { identity: signedIn(false) },
        search: { redirect: '//evil.example' },
      }),
    );
    expect(hrefOf(outside)).toBe('/dashboard');
  });

  it('safeRedirectPath refuses every way out of the origin', () => {
    for (const value of [
      '//evil.example',
      '/\\evil.example',
      'https://evil.example',
      'javascript:alert(1)',
      '/\t/evil.example',
      '/%2F%2Fevil.example',
      '/%5c%5cevil.example',
    ]) {
      expect(safeRedirectPath(value)).toBeUndefined();
    }
    expect(safeRedirectPath('/settings/members?x=1#top')).toBe('/settings/members?x=1#top');
  });
});
