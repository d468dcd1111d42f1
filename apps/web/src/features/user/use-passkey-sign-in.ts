import { authClient } from '@kit/better-auth/client';
import { useEffect, useRef, useState } from 'react';

/**
 * Passkey sign-in. Where the browser offers conditional mediation, the passkeys appear in the email
 * field's autofill (the field needs `autocomplete="… webauthn"`) and no button is needed; elsewhere
 * `buttonNeeded` is true and `signInWithButton` opens the browser's passkey dialog.
 */
export function usePasskeySignIn(enabled: boolean, onSignedIn: () => Promise<void>) {
  const [buttonNeeded, setButtonNeeded] = useState(false);
  const [failed, setFailed] = useState(false);
  const [pending, setPending] = useState(false);
  const signedIn = useRef(onSignedIn);
  signedIn.current = onSignedIn;

  useEffect(() => {
    if (!enabled) return;
    let active = true;
    void conditionalMediationAvailable().then(async (available) => {
      if (!active) return;
      if (!available) {
        setButtonNeeded(true);
        return;
      }
      // Waits until the person picks a passkey from the autofill (or the page goes away).
      const { error } = await authClient.signIn.passkey({ autoFill: true });
      if (!active) return;
      if (!error) await signedIn.current();
      // The server refused the passkey picked (removed since, say): say so, as the button does.
      else if (!browserCancelled('code' in error ? error.code : undefined)) setFailed(true);
    });
    return () => {
      active = false;
    };
  }, [enabled]);

  async function signInWithButton(): Promise<void> {
    setPending(true);
    setFailed(false);
    const { error } = await authClient.signIn.passkey();
    setPending(false);
    if (error) setFailed(true);
    else await signedIn.current();
  }

  return { buttonNeeded, failed, pending, signInWithButton };
}

async function conditionalMediationAvailable(): Promise<boolean> {
  if (typeof window === 'undefined' || !window.PublicKeyCredential) return false;
  const check = PublicKeyCredential.isConditionalMediationAvailable;
  return typeof check === 'function' ? check.call(PublicKeyCredential).catch(() => false) : false;
}

/**
 * True for the codes of better-auth's passkey client when the browser's request ended without an answer
 * (cancelled, aborted, timed out): "AUTH_CANCELLED" or a @simplewebauthn/browser code ("ERROR_…").
 */
function browserCancelled(code: string | undefined): boolean {
  return code === 'AUTH_CANCELLED' || Boolean(code?.startsWith('ERROR_'));
}
