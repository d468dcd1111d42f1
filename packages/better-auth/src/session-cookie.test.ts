import { describe, expect, it } from 'vitest';
import { carriesCookieMoreThanOnce, withoutCookie } from './session-cookie';

const NAME = 'kit.session_token';

describe('duplicate cookies', () => {
  it('sees a name sent twice, with or without spaces, and nothing else', () => {
    expect(carriesCookieMoreThanOnce(`${NAME}=a.x; ${NAME}=b.y`, NAME)).toBe(true);
    expect(carriesCookieMoreThanOnce(`${NAME}=a.x;theme=dark;${NAME}=b.y`, NAME)).toBe(true);
    expect(carriesCookieMoreThanOnce(`${NAME}=a.x; ${NAME}_x=b; x${NAME}=c`, NAME)).toBe(false);
    expect(carriesCookieMoreThanOnce(`${NAME}=a.x`, NAME)).toBe(false);
    expect(carriesCookieMoreThanOnce(null, NAME)).toBe(false);
  });

  it('removes every cookie of the name and keeps the others in order', () => {
    expect(withoutCookie(`theme=dark; ${NAME}=a.x;lang=de; ${NAME}=b.y`, NAME)).toBe('theme=dark; lang=de');
  });
});
