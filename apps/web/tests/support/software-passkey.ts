// A passkey held in the test process: an ES256 key pair and the WebAuthn assertions an authenticator
// would sign with it, with or without the user-verification (UV) flag. For HTTP tests of what the server
// accepts; the browser ceremonies run with Chromium's virtual authenticator (e2e/support/webauthn.ts).
import { createHash, generateKeyPairSync, randomBytes, sign } from 'node:crypto';

const USER_PRESENT = 0x01;
const USER_VERIFIED = 0x04;

export interface SoftwarePasskey {
  /** The credential id, base64url (the passkey row's `credentialID`). */
  credentialId: string;
  /** The public key as a COSE_Key, base64 (the passkey row's `publicKey`). */
  publicKey: string;
  /** The JSON a browser posts to `/passkey/verify-authentication` (`response`). */
  assert(options: { challenge: string; origin: string; rpId: string; userVerified: boolean }): unknown;
}

export function createSoftwarePasskey(): SoftwarePasskey {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const { x = '', y = '' } = publicKey.export({ format: 'jwk' });
  // COSE_Key map {1: 2 (EC2), 3: -7 (ES256), -1: 1 (P-256), -2: x, -3: y}, CBOR-encoded.
  const cose = Buffer.concat([
    Buffer.from([0xa5, 0x01, 0x02, 0x03, 0x26, 0x20, 0x01, 0x21, 0x58, 0x20]),
    Buffer.from(x, 'base64url'),
    Buffer.from([0x22, 0x58, 0x20]),
    Buffer.from(y, 'base64url'),
  ]);
  const credentialId = randomBytes(16).toString('base64url');
  let signCount = 0;
  return {
    credentialId,
    publicKey: cose.toString('base64'),
    assert({ challenge, origin, rpId, userVerified }) {
      signCount += 1;
      const counter = Buffer.alloc(4);
      counter.writeUInt32BE(signCount);
      const authenticatorData = Buffer.concat([
        createHash('sha256').update(rpId).digest(),
        Buffer.from([USER_PRESENT | (userVerified ? USER_VERIFIED : 0)]),
        counter,
      ]);
      const clientDataJSON = Buffer.from(
        JSON.stringify({ type: 'webauthn.get', challenge, origin, crossOrigin: false }),
      );
      const signature = sign(
        'sha256',
        Buffer.concat([authenticatorData, createHash('sha256').update(clientDataJSON).digest()]),
        privateKey,
      );
      return {
        id: credentialId,
        rawId: credentialId,
        type: 'public-key',
        authenticatorAttachment: 'platform',
        response: {
          clientDataJSON: clientDataJSON.toString('base64url'),
          authenticatorData: authenticatorData.toString('base64url'),
          signature: signature.toString('base64url'),
        },
        clientExtensionResults: {},
      };
    },
  };
}
