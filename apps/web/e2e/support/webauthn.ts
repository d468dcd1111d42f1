import type { Page } from '@playwright/test';

/** A credential as Chromium's virtual authenticator holds it (`WebAuthn.getCredentials`). */
export interface VirtualCredential {
  credentialId: string;
  isResidentCredential: boolean;
  rpId?: string;
  privateKey: string;
  userHandle?: string;
  signCount: number;
  userName?: string;
  userDisplayName?: string;
}

export interface VirtualAuthenticator {
  credentials(): Promise<VirtualCredential[]>;
  /** Puts a credential (e.g. one read from another page's authenticator) on this one. */
  addCredential(credential: VirtualCredential): Promise<void>;
}

/**
 * Gives the page a platform authenticator (Chromium's virtual one, through the DevTools protocol): it
 * holds discoverable credentials, verifies the user and answers without a dialog, as a fingerprint reader
 * that is always touched would. It belongs to this page only.
 */
export async function addVirtualAuthenticator(page: Page): Promise<VirtualAuthenticator> {
  const cdp = await page.context().newCDPSession(page);
  // No browser UI: requests go straight to the virtual authenticator.
  await cdp.send('WebAuthn.enable', { enableUI: false });
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return {
    credentials: async () =>
      (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials as VirtualCredential[],
    addCredential: async (credential) => {
      await cdp.send('WebAuthn.addCredential', {
        authenticatorId,
        credential: {
          credentialId: credential.credentialId,
          isResidentCredential: credential.isResidentCredential,
          rpId: credential.rpId,
          privateKey: credential.privateKey,
          userHandle: credential.userHandle,
          signCount: credential.signCount,
        },
      });
    },
  };
}

declare global {
  interface Window {
    /** The `mediation` of every `navigator.credentials.get` call ("optional" when none was given). */
    __credentialRequests?: string[];
  }
}

/** Records how the page asks for credentials (conditional autofill or a modal request); see `credentialRequests`. */
export async function recordCredentialRequests(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const requests: string[] = [];
    window.__credentialRequests = requests;
    const get = navigator.credentials.get.bind(navigator.credentials);
    navigator.credentials.get = (options?: CredentialRequestOptions) => {
      if (options?.publicKey) requests.push(options.mediation ?? 'optional');
      return get(options);
    };
  });
}

/** The WebAuthn requests this document made so far (see `recordCredentialRequests`). */
export function credentialRequests(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__credentialRequests ?? []);
}

/** From the next document on, the browser says it cannot offer passkeys in autofill (older browsers). */
export async function withoutConditionalMediation(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(PublicKeyCredential, 'isConditionalMediationAvailable', {
      configurable: true,
      value: () => Promise.resolve(false),
    });
  });
}
