import { describe, expect, it } from 'vitest';
import { EnvError, parseAuthEnv } from './env';

const base = { NODE_ENV: 'test' };

describe('which proxies the client IP is taken behind', () => {
  it('trusts none unless told: X-Forwarded-For is the client’s to forge', () => {
    expect(parseAuthEnv(base)).toMatchObject({ trustProxy: false });
  });

  it('trusts one proxy with TRUST_PROXY=true, and as many as TRUST_PROXY_HOPS says', () => {
    expect(parseAuthEnv({ ...base, TRUST_PROXY: 'true' })).toMatchObject({
      trustProxy: true,
      trustedProxyHops: 1,
    });
    expect(parseAuthEnv({ ...base, TRUST_PROXY: 'true', TRUST_PROXY_HOPS: '2' })).toMatchObject({
      trustProxy: true,
      trustedProxyHops: 2,
    });
  });

  it('trusts TRUST_PROXY_HOPS set alone, rather than ignoring it', () => {
    expect(parseAuthEnv({ ...base, TRUST_PROXY_HOPS: '2' })).toMatchObject({
      trustProxy: true,
      trustedProxyHops: 2,
    });
  });

  it('refuses to start on a contradiction or a count it cannot use', () => {
    expect(() => parseAuthEnv({ ...base, TRUST_PROXY: 'false', TRUST_PROXY_HOPS: '1' })).toThrow(
      /TRUST_PROXY=false contradicts TRUST_PROXY_HOPS/,
    );
    for (const hops of ['0', '11', '1.5', 'two']) {
      expect(() => parseAuthEnv({ ...base, TRUST_PROXY_HOPS: hops }), hops).toThrow(EnvError);
    }
  });
});
