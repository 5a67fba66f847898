import { describe, expect, it } from 'vitest';
import { createDataKey, seal, unseal } from '../../../src/db/sealed-box';

describe('sealed box', () => {
  it('round-trips a value and hides its text', async () => {
    const key = await createDataKey();
    const sealed = await seal(key, { text: 'Ik wil zelf kiezen wie mij helpt' });
    expect(new TextDecoder().decode(sealed.data)).not.toContain('zelf kiezen');
    expect(await unseal(key, sealed)).toEqual({ text: 'Ik wil zelf kiezen wie mij helpt' });
  });

  it('uses a fresh IV for every write', async () => {
    const key = await createDataKey();
    const a = await seal(key, 'zelfde');
    const b = await seal(key, 'zelfde');
    expect(a.iv).not.toEqual(b.iv);
  });

  it('refuses a wrong key and altered bytes instead of returning garbage', async () => {
    const key = await createDataKey();
    const sealed = await seal(key, 'geheim');
    await expect(unseal(await createDataKey(), sealed)).rejects.toThrow();
    const altered = new Uint8Array(sealed.data.slice(0));
    altered[0] = (altered[0] ?? 0) ^ 1;
    await expect(unseal(key, { iv: sealed.iv, data: altered.buffer })).rejects.toThrow();
  });
});
