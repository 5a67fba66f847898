import { type PrfAuthenticator, toBase64Url } from '../../flows/authenticator-unlock';

/**
 * The browser's WebAuthn as a PrfAuthenticator. Loaded only when someone adds an authenticator or
 * unlocks with one, never on the first visit. The challenge is random and the assertion is not
 * verified: no server is convinced of anything here; what unlocks is the PRF secret, which the
 * authenticator releases only after verifying the user.
 */

const TIMEOUT_MS = 120_000;

const random = (length: number) => crypto.getRandomValues(new Uint8Array(length));

function bytesOf(source: BufferSource | undefined): Uint8Array | null {
  if (!source) return null;
  if (source instanceof ArrayBuffer) return new Uint8Array(source);
  return new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
}

/**
 * Whether to offer the option at all. Browsers that can tell (getClientCapabilities) are believed;
 * the others are offered it, and registering says so plainly when no PRF output comes back.
 */
export async function mayDoPrf(): Promise<boolean> {
  if (typeof PublicKeyCredential === 'undefined' || !navigator.credentials) return false;
  if (typeof PublicKeyCredential.getClientCapabilities !== 'function') return true;
  try {
    const capabilities = await PublicKeyCredential.getClientCapabilities();
    return capabilities['extension:prf'] !== false;
  } catch {
    return true;
  }
}

/** `label` names the credential in the authenticator's own list; unlocking needs none. */
export function browserAuthenticator(label = 'Buurtgesprek'): PrfAuthenticator {
  return {
    async register(salt) {
      const credential = (await navigator.credentials.create({
        publicKey: {
          rp: { name: 'Buurtgesprek', id: location.hostname },
          // A random user id: nothing about the interviewer is given to the authenticator.
          user: { id: random(16), name: label, displayName: label },
          challenge: random(32),
          pubKeyCredParams: [
            { type: 'public-key', alg: -7 },
            { type: 'public-key', alg: -257 },
          ],
          authenticatorSelection: { residentKey: 'preferred', userVerification: 'required' },
          extensions: { prf: { eval: { first: salt } } },
          timeout: TIMEOUT_MS,
        },
      })) as PublicKeyCredential | null;
      if (!credential) throw new DOMException('No credential was made.', 'NotAllowedError');
      const prf = credential.getClientExtensionResults().prf;
      return { credentialId: new Uint8Array(credential.rawId), prfOutput: bytesOf(prf?.results?.first) };
    },

    async evaluate(candidates) {
      const credential = (await navigator.credentials.get({
        publicKey: {
          challenge: random(32),
          rpId: location.hostname,
          allowCredentials: candidates.map((candidate) => ({
            type: 'public-key' as const,
            id: new Uint8Array(candidate.credentialId),
          })),
          userVerification: 'required',
          extensions: {
            prf: {
              evalByCredential: Object.fromEntries(
                candidates.map((candidate) => [
                  toBase64Url(candidate.credentialId),
                  { first: candidate.salt },
                ]),
              ),
            },
          },
          timeout: TIMEOUT_MS,
        },
      })) as PublicKeyCredential | null;
      if (!credential) throw new DOMException('No credential was chosen.', 'NotAllowedError');
      const output = bytesOf(credential.getClientExtensionResults().prf?.results?.first);
      return output && { credentialId: new Uint8Array(credential.rawId), prfOutput: output };
    },

    async forget(credentialId) {
      if (typeof PublicKeyCredential.signalUnknownCredential !== 'function') return;
      await PublicKeyCredential.signalUnknownCredential({ credentialId, rpId: location.hostname }).catch(
        (error: unknown) => console.warn('the authenticator was not told about a removed credential', error),
      );
    },
  };
}
