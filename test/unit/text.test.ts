import { describe, expect, it } from 'vitest';
import { inDateWindow } from '../../src/graphql/dates.js';
import { runMutation, unstorableText, type UserErrorShape } from '../../src/graphql/errors.js';
import type { Context } from '../../src/graphql/context.js';
import { checkText, checkUrl, isEmail, textProblem, urlProblem } from '../../src/graphql/text.js';

describe('the shared text rule', () => {
  const line = { max: 20 };
  const lines = { max: 20, multiline: true };

  it('refuses NUL and other control characters, bidi overrides and lone surrogates, on one line or several', () => {
    for (const bad of ['a\u0000b', 'a\u0007b', 'a\u001Bb', 'a\u007Fb', 'a\u0085b', 'a\u202Eb', 'a\u2066b', 'a\uD800b', 'a\uDC00b']) {
      expect(textProblem(bad, 'Name', line)?.code, JSON.stringify(bad)).toBe('INVALID');
      expect(textProblem(bad, 'Note', lines)?.code, JSON.stringify(bad)).toBe('INVALID');
    }
    expect(textProblem('Budi 😀 Ñ', 'Name', line)).toBeNull();
  });

  it('keeps line breaks and tabs to multiline text', () => {
    for (const broken of ['a\nb', 'a\r\nb', 'a\tb', 'a\u2028b']) expect(textProblem(broken, 'Name', line)?.message).toMatch(/single line/);
    expect(textProblem('a\nb\tc', 'Note', lines)).toBeNull();
  });

  it('counts characters, not UTF-16 units, and says the limit', () => {
    expect(textProblem('😀'.repeat(20), 'Name', line)).toBeNull();
    expect(textProblem('x'.repeat(21), 'Name', line)).toEqual({ code: 'TOO_LONG', message: 'Name must be at most 20 characters (got 21).' });
  });

  it('collects the problem at the field and answers the trimmed text, null when blank', () => {
    const errors: UserErrorShape[] = [];
    expect(checkText(errors, ['input', 'name'], '  Budi  ', 'Name', line)).toBe('Budi');
    expect(checkText(errors, ['input', 'rank'], '   ', 'Rank', line)).toBeNull();
    expect(errors).toEqual([]);
    expect(checkText(errors, ['input', 'name'], ' ', 'Name', { max: 20, required: true })).toBeNull();
    expect(checkText(errors, ['input', 'name'], null, 'Name', { max: 20, required: true })).toBeNull();
    checkText(errors, ['input', 'note'], 'a\u0000', 'The note', lines);
    expect(errors.map((e) => [e.field.join('.'), e.code])).toEqual([
      ['input.name', 'INVALID'],
      ['input.name', 'INVALID'],
      ['input.note', 'INVALID'],
    ]);
  });
});

describe('the shared link rule', () => {
  it('takes absolute http(s) links of at most 2000 characters', () => {
    expect(urlProblem('https://drive.example.go.id/lkb/6?x=1#a', 'Link')).toBeNull();
    expect(urlProblem('http://example.com', 'Link')).toBeNull();
    for (const bad of ['ftp://x.id/a', 'javascript:alert(1)', 'not a link', 'http://"><script>', 'https://x.id/a b', 'https://x.id/"onmouseover', 'http://', `https://x.id/${'a'.repeat(2000)}`, 'https://x.id/\u0000']) {
      expect(urlProblem(bad, 'Link'), bad.slice(0, 40)).not.toBeNull();
    }
    expect(urlProblem(`https://x.id/${'a'.repeat(2000)}`, 'Link')?.code).toBe('TOO_LONG');
  });

  it('is optional unless required', () => {
    const errors: UserErrorShape[] = [];
    expect(checkUrl(errors, ['input', 'evidenceUrl'], '  ', 'Link')).toBeNull();
    expect(checkUrl(errors, ['input', 'evidenceUrl'], undefined, 'Link')).toBeNull();
    expect(errors).toEqual([]);
    checkUrl(errors, ['input', 'evidenceUrl'], '', 'Link', true);
    expect(errors[0]).toMatchObject({ field: ['input', 'evidenceUrl'], code: 'INVALID' });
  });
});

describe('the shared email rule', () => {
  it('takes plain addresses and refuses control and format characters anywhere', () => {
    expect(isEmail('budi.santoso.1@tanjungpinangkota.go.id')).toBe(true);
    expect(isEmail('Budi@Example.CO.id')).toBe(true);
    for (const bad of ['budi', 'budi@x', 'a b@x.id', 'a@x.id\u0000', 'a\u0007@x.id', 'a\u202E@x.id', 'a\u200B@x.id', 'a@x\uFEFF.id', 'a\uD800@x.id', `${'a'.repeat(250)}@x.id`]) {
      expect(isEmail(bad), JSON.stringify(bad.slice(0, 20))).toBe(false);
    }
  });
});

describe('the date window', () => {
  it('is 2000 to 2100', () => {
    expect(inDateWindow('2000-01-01')).toBe(true);
    expect(inDateWindow('2100-12-31')).toBe(true);
    expect(inDateWindow('1999-12-31')).toBe(false);
    expect(inDateWindow('9999-12-31')).toBe(false);
  });
});

describe('runMutation’s net under text PostgreSQL cannot store', () => {
  const failingWith = (code: string) =>
    ({
      db: { transaction: async () => Promise.reject(new Error('Failed query', { cause: Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code }) })) },
      loaders: new Map(),
    }) as unknown as Context;

  it('answers NUL in text (22021) and in jsonb (22P05) with an INVALID userError, not a server error', async () => {
    for (const code of ['22021', '22P05']) {
      const payload = await runMutation(failingWith(code), async () => ({ ok: true }));
      expect(payload.userErrors).toEqual([{ field: [], code: 'INVALID', message: expect.stringMatching(/cannot be stored/) }]);
    }
    expect(unstorableText(Object.assign(new Error('x'), { code: '23514' }))).toBeNull();
  });

  it('maps a lost race on the case-insensitive email index to the email field', async () => {
    const ctx = {
      db: { transaction: async () => Promise.reject(Object.assign(new Error('duplicate key'), { code: '23505', constraint_name: 'employees_email_lower_key' })) },
      loaders: new Map(),
    } as unknown as Context;
    const payload = await runMutation(ctx, async () => ({ ok: true }));
    expect(payload.userErrors).toEqual([{ field: ['input', 'email'], code: 'DUPLICATE', message: 'An employee with this email already exists.' }]);
  });

  it('still throws other database errors', async () => {
    await expect(runMutation(failingWith('23514'), async () => ({ ok: true }))).rejects.toThrow('Failed query');
  });
});

describe('textProblem, as the public module uses it', () => {
  it('refuses control characters, bidi overrides, malformed text, too many links and too much text', () => {
    const opts = { max: 20, multiline: true, maxLinks: 1 };
    expect(textProblem('Baik\nsekali', 'Comment', opts)).toBeNull();
    expect(textProblem('a\u0000b', 'Comment', opts)!.code).toBe('INVALID');
    expect(textProblem('a\u202Eb', 'Comment', opts)!.code).toBe('INVALID');
    expect(textProblem('a\uD800b', 'Comment', opts)!.code).toBe('INVALID');
    expect(textProblem('line\nbreak', 'Name', { max: 20 })!.code).toBe('INVALID');
    expect(textProblem('x'.repeat(21), 'Comment', opts)).toMatchObject({ code: 'TOO_LONG', message: expect.stringContaining('20') });
    expect(textProblem('😀'.repeat(20), 'Comment', opts)).toBeNull();
    expect(textProblem('http://a.id www.b.id', 'Comment', { max: 100, maxLinks: 1 })!.message).toMatch(/links/);
    expect(textProblem('', 'Topic', { max: 10, required: true })!.code).toBe('INVALID');
  });
});
