import { type HttpError, httpErrorFrom, readBody, registerSecret } from '@x/core';
import { describe, expect, it } from 'vitest';

const SECRET = 'cut-secret-Pq81Zr55';

describe('body excerpts never show part of a secret', () => {
  it.each([80, 300])('a registered secret across the %i-character cut is masked, not halved', async (n) => {
    registerSecret(SECRET);
    for (let offset = n - SECRET.length; offset <= n; offset++) {
      const body = `${'x'.repeat(offset)}${SECRET} tail`;
      const raw = await readBody(new Response(body, { status: 500 }), 1024 * 1024, 'op');
      const excerpt = raw.excerpt(n);
      expect(excerpt.length).toBeLessThanOrEqual(n);
      // No prefix of 4+ characters of the secret survives at the end of the excerpt.
      for (let k = 4; k <= SECRET.length; k++) expect(excerpt).not.toContain(SECRET.slice(0, k));
    }
  });

  it('HttpError.bodyExcerpt of a body with a secret at character 295', async () => {
    registerSecret(SECRET);
    const raw = await readBody(new Response(`${'x'.repeat(295)}${SECRET}`, { status: 502 }), 1 << 20, 'op');
    const error = httpErrorFrom(raw, 'op') as HttpError;
    expect(error.bodyExcerpt).not.toContain(SECRET.slice(0, 5));
    expect(JSON.stringify(error.toJSON())).not.toContain(SECRET.slice(0, 5));
  });
});
