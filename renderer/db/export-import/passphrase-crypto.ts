/**
 * Passphrase encryption of an export body: AES-GCM 256 with a random 96-bit IV, the key
 * derived by PBKDF2-SHA256 (600 000 iterations at least) from the passphrase and a random
 * 128-bit salt. WebCrypto only (browsers and Node 20). Never call inside a Dexie transaction.
 */
import { PBKDF2_MIN_ITERATIONS, type EncryptionParams } from '../../../shared/backup/export-format';

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

/** Throws on anything that is not base64. */
export function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

async function deriveKey(
  passphrase: string,
  salt: Uint8Array,
  iterations: number,
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function encryptBody(
  plain: Uint8Array,
  passphrase: string,
  iterations = PBKDF2_MIN_ITERATIONS,
): Promise<{ params: EncryptionParams; ciphertext: Uint8Array }> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(passphrase, salt, iterations);
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: iv as BufferSource },
      key,
      plain as BufferSource,
    ),
  );
  return {
    params: {
      alg: 'AES-GCM',
      kdf: 'PBKDF2-SHA256',
      iterations,
      salt: bytesToBase64(salt),
      iv: bytesToBase64(iv),
    },
    ciphertext,
  };
}

/** Resolves to the plain bytes, or `null` when the passphrase (or the ciphertext) is wrong. */
export async function decryptBody(
  ciphertext: Uint8Array,
  passphrase: string,
  params: EncryptionParams,
): Promise<Uint8Array | null> {
  try {
    const key = await deriveKey(passphrase, base64ToBytes(params.salt), params.iterations);
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: base64ToBytes(params.iv) as BufferSource },
      key,
      ciphertext as BufferSource,
    );
    return new Uint8Array(plain);
  } catch {
    return null;
  }
}
