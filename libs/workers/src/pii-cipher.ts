import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Protects personal data at rest: AES-256-GCM for values that must be read back (the ID number), and a
 * keyed HMAC-SHA256 for exact lookup and uniqueness without storing the value. Both keys are derived
 * from one secret (PII_SECRET) with HKDF, so a database dump alone reveals neither.
 */
export class PiiCipher {
  private constructor(
    private readonly encryptionKey: Buffer,
    private readonly lookupKey: Buffer,
  ) {}

  static fromSecret(secret: string): PiiCipher {
    if (Buffer.byteLength(secret) < 16) throw new Error('the PII secret must be at least 16 bytes');
    const derive = (info: string) => Buffer.from(hkdfSync('sha256', secret, 'gridhr', info, 32));
    return new PiiCipher(derive('gridhr-pii'), derive('gridhr-pii-lookup'));
  }

  /** `v1:` + base64url(iv | tag | ciphertext). */
  encrypt(plain: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
  }

  decrypt(sealed: string): string {
    const [version, payload] = sealed.split(':');
    if (version !== VERSION || !payload) throw new Error(`unknown PII cipher format ${version}`);
    const raw = Buffer.from(payload, 'base64url');
    // Node's base64 decoder ignores stray bits and characters; only the exact encoding is accepted.
    if (raw.toString('base64url') !== payload) throw new Error('the PII cipher text is not canonical base64url');
    const decipher = createDecipheriv('aes-256-gcm', this.encryptionKey, raw.subarray(0, IV_BYTES));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  }

  /** Deterministic keyed hash (64 hex characters) for equality lookups. */
  hash(plain: string): string {
    return createHmac('sha256', this.lookupKey).update(plain, 'utf8').digest('hex');
  }
}
