import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  ConflictError,
  NotFoundError,
  Problems,
  ValidationError,
  createErrorFormatter,
  createLogger,
  escapeLike,
  foldForSearch,
  hasRole,
  isUuid,
  money,
  pageSize,
  pickLanguage,
  requireUuid,
  signPrincipal,
  stableId,
  verifyPrincipal,
} from '../src/index.js';

describe('foldForSearch', () => {
  it('ignores case and Latin accents', () => {
    expect(foldForSearch('  Coopérative  TIGHANIMINE à Aït  ')).toBe('cooperative tighanimine a ait');
  });
  it('makes Arabic spelling variants one', () => {
    expect(foldForSearch('تعاونية الأمل')).toBe(foldForSearch('تعاونيه الامل'));
    expect(foldForSearch('مُوسَى')).toBe('موسي');
  });
  it('escapes LIKE wildcards', () => {
    expect(escapeLike('50%_off\\')).toBe('50\\%\\_off\\\\');
  });
});

describe('ids', () => {
  it('derives the same UUID from the same name, and valid v5 UUIDs', () => {
    const a = stableId('cooperative', 'RC-1');
    expect(a).toBe(stableId('cooperative', 'RC-1'));
    expect(a).not.toBe(stableId('cooperative', 'RC-2'));
    expect(a).not.toBe(stableId('product', 'RC-1'));
    expect(isUuid(a)).toBe(true);
    expect(a[14]).toBe('5');
  });
  it('refuses an id that is not a UUID with the field named', () => {
    expect(() => requireUuid('42', 'input.id')).toThrow(ValidationError);
    expect(requireUuid(a().toUpperCase(), 'id')).toBe(a());
    function a() {
      return stableId('x', 'y');
    }
  });
});

describe('money', () => {
  it('formats centimes as a decimal string, never a float', () => {
    expect(money(12345)).toEqual({ centimes: 12345, amount: '123.45', currency: 'MAD' });
    expect(money(5).amount).toBe('0.05');
    expect(money(-250).amount).toBe('-2.50');
  });
});

describe('localized text', () => {
  it('falls back fr → en → ar', () => {
    expect(pickLanguage({ fr: 'Miel', ar: 'عسل', en: null } as never, 'en' as never)).toBe('Miel');
    expect(pickLanguage({ fr: 'Miel', ar: 'عسل', en: 'Honey' } as never, 'ar' as never)).toBe('عسل');
  });
});

describe('page size', () => {
  it('defaults to 20 and caps at 100', () => {
    expect(pageSize({})).toBe(20);
    expect(pageSize({ first: 100 })).toBe(100);
    expect(() => pageSize({ first: 101 })).toThrow(ValidationError);
    expect(() => pageSize({ first: -1 })).toThrow(ValidationError);
  });
});

describe('roles', () => {
  it('lets staff do what any role may, and nobody else more than their role', () => {
    expect(hasRole({ role: 'STAFF' }, ['PARTNER'])).toBe(true);
    expect(hasRole({ role: 'PARTNER' }, ['PARTNER'])).toBe(true);
    expect(hasRole({ role: 'TRAINER' }, ['PARTNER'])).toBe(false);
    expect(hasRole({ role: 'ANONYMOUS' }, [])).toBe(false);
    expect(hasRole({ role: 'JURY' }, [])).toBe(true);
  });
});

describe('forwarded principal', () => {
  const secret = 'a-secret-of-at-least-thirty-two-characters';
  it('round-trips through a signed token', async () => {
    const token = await signPrincipal({ role: 'PARTNER', organizationId: stableId('organization', 'odco'), subject: 'u1' }, secret);
    expect(await verifyPrincipal(token, secret)).toEqual({ role: 'PARTNER', organizationId: stableId('organization', 'odco'), subject: 'u1' });
  });
  it('is refused when signed with another secret or tampered with', async () => {
    const token = await signPrincipal({ role: 'TRAINER' }, secret);
    await expect(verifyPrincipal(token, `${secret}-other`)).rejects.toThrow();
    const [h, , s] = token.split('.');
    const forgedPayload = Buffer.from(JSON.stringify({ role: 'STAFF', iss: 'cooplab-gateway', aud: 'cooplab-subgraphs', exp: 9999999999 })).toString('base64url');
    await expect(verifyPrincipal(`${h}.${forgedPayload}.${s}`, secret)).rejects.toThrow();
  });
});

describe('error formatting', () => {
  const format = createErrorFormatter(createLogger({}, 'silent'));
  const wrap = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['x'] });

  it('gives domain errors their code and offending fields', () => {
    const problems = new Problems().add('input.a', 'is wrong').add('input.b', 'too');
    let thrown: unknown;
    try {
      problems.throwIfAny();
    } catch (e) {
      thrown = e;
    }
    const formatted = format({ message: 'x' }, wrap(thrown as Error));
    expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.a', message: 'is wrong' }, { field: 'input.b', message: 'too' }] });
    expect(format({ message: 'x' }, wrap(new NotFoundError('Cooperative', 'c1', 'id'))).extensions?.code).toBe('NOT_FOUND');
    expect(format({ message: 'x' }, wrap(new ConflictError('dup', 'input.registryNumber'))).extensions).toMatchObject({ code: 'CONFLICT' });
  });

  it('names the field of a variable GraphQL could not coerce (a scalar refusing its value)', () => {
    const message = 'Variable "$input" got invalid value "not-an-email" at "input.email"; Value is not a valid email address: not-an-email';
    const formatted = format({ message, extensions: { code: 'BAD_USER_INPUT' } }, new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } }));
    expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.email', message: 'Value is not a valid email address: not-an-email' }] });
    const whole = 'Variable "$id" got invalid value 3; ID cannot represent value: 3';
    expect(format({ message: whole, extensions: { code: 'BAD_USER_INPUT' } }, new GraphQLError(whole)).extensions?.fields).toEqual([{ field: 'id', message: 'ID cannot represent value: 3' }]);
  });

  it('masks anything unexpected: no message, stack or SQL reaches the client', () => {
    const formatted = format(
      { message: 'select * from secret_table failed', path: ['x'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } },
      wrap(new Error('select * from secret_table failed')),
    );
    expect(formatted).toEqual({ message: 'Internal server error', path: ['x'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('turns type-graphql authorization errors into FORBIDDEN', () => {
    const formatted = format({ message: 'Access denied' }, new GraphQLError('Access denied', { extensions: { code: 'UNAUTHORIZED' } }));
    expect(formatted.extensions).toEqual({ code: 'FORBIDDEN' });
  });
});

describe('configuration', () => {
  it('lists every problem at once and treats empty variables as unset', async () => {
    const { loadConfig, subgraphEnvSchema, ConfigError } = await import('../src/index.js');
    let error: unknown;
    try {
      loadConfig(subgraphEnvSchema('CATALOG', 4001), { DATABASE_URL: '', INTERNAL_AUTH_SECRET: 'short', CATALOG_PORT: 'x' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as InstanceType<typeof ConfigError>).problems.join('\n');
    expect(problems).toMatch(/DATABASE_URL/);
    expect(problems).toMatch(/INTERNAL_AUTH_SECRET/);
    expect(problems).toMatch(/CATALOG_PORT/);
    const config = loadConfig(subgraphEnvSchema('CATALOG', 4001), {
      DATABASE_URL: 'postgres://u:p@db:5432/postgres',
      INTERNAL_AUTH_SECRET: 'x'.repeat(32),
      CATALOG_DATABASE_URL: '',
      SEED_DEMO_DATA: 'yes',
    });
    expect(config).toMatchObject({ port: 4001, sharedServer: true, seedDemoData: true, databaseUrl: 'postgres://u:p@db:5432/postgres' });
  });
});
