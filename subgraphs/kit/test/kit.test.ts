import { MAX_INPUT_STRING_LENGTH, badText, houseMessage, textProblems, validateInput } from '../src/validation.js';
import { accessMessage } from '../src/authorization.js';
import { ArrayMaxSize, IsEmail, Length, Max, Min } from 'class-validator';
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
    await verifyPrincipal(token, secret); // verified once: remembered for this secret only
    await expect(verifyPrincipal(token, `${secret}-other`)).rejects.toThrow();
    const [h, , s] = token.split('.');
    const forgedPayload = Buffer.from(JSON.stringify({ role: 'STAFF', iss: 'cooplab-gateway', aud: 'cooplab-subgraphs', exp: 9999999999 })).toString('base64url');
    await expect(verifyPrincipal(`${h}.${forgedPayload}.${s}`, secret)).rejects.toThrow();
  });
});

describe('signing and checking principals once', () => {
  const secret = 'a-secret-of-at-least-thirty-two-characters';
  it("reuses a caller's signed principal, and never gives it to another caller", async () => {
    const partner = { role: 'PARTNER' as const, organizationId: stableId('organization', 'odco'), subject: 'u1' };
    const token = await signPrincipal(partner, secret);
    expect(await signPrincipal({ ...partner }, secret)).toBe(token);
    for (const other of [{ ...partner, subject: 'u2' }, { ...partner, organizationId: stableId('organization', 'ilo') }, { ...partner, client: 'c1' }, { role: 'STAFF' as const, subject: 'u1' }]) {
      const theirs = await signPrincipal(other, secret);
      expect(theirs).not.toBe(token);
      expect(await verifyPrincipal(theirs, secret)).toEqual(other);
    }
    expect(await signPrincipal(partner, `${secret}-other`)).not.toBe(token);
  });
  it('answers a token verified before with the same frozen principal', async () => {
    const token = await signPrincipal({ role: 'BUYER', buyerId: stableId('buyer', 'demo'), subject: 'b' }, secret);
    const first = await verifyPrincipal(token, secret);
    expect(await verifyPrincipal(token, secret)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
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

describe('text inputs', () => {
  it('names every string PostgreSQL or a validator cannot take, by its path', () => {
    const input = { name: { fr: 'Miel\u0000', ar: 'ok' }, tags: ['fine', 'x\ud800'], note: 'n'.repeat(MAX_INPUT_STRING_LENGTH + 1), count: 3, pair: '\ud83d\ude00' };
    expect(textProblems(input, 'input')).toEqual([
      { field: 'input.name.fr', message: 'must not contain a NUL character' },
      { field: 'input.tags.1', message: 'must be well-formed Unicode (it has a lone surrogate)' },
      { field: 'input.note', message: `must be at most ${MAX_INPUT_STRING_LENGTH} characters` },
    ]);
    expect(badText('Coopérative تعاونية 😀')).toBeUndefined();
  });
});

class HouseStyleSample {
  fr!: string;
  count!: number;
  email!: string;
  tags!: string[];
  custom!: number;
}
for (const [key, rules] of Object.entries({
  fr: [Length(1, 5)],
  count: [Min(0), Max(10)],
  email: [IsEmail()],
  tags: [ArrayMaxSize(2), Length(2, 3, { each: true })],
  custom: [Min(1, { message: 'must be a positive count' })],
})) for (const rule of rules) rule(HouseStyleSample.prototype, key);

describe('messages in the house style', () => {
  it('turns class-validator defaults into short phrases beside the field, keeping messages written with a rule', async () => {
    const input = Object.assign(new HouseStyleSample(), { fr: '', count: 11, email: 'nope', tags: ['a', 'b', 'c'], custom: 0 });
    const error = await validateInput(input, HouseStyleSample, {}).catch((e: ValidationError) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const fields = (error as ValidationError).fields;
    expect(fields).toEqual(
      expect.arrayContaining([
        { field: 'fr', message: 'must not be empty' },
        { field: 'count', message: 'must be at most 10' },
        { field: 'email', message: 'must be an e-mail address' },
        { field: 'tags', message: 'must have at most 2 items' },
        { field: 'tags', message: 'every item must be 2 to 3 characters long' },
        { field: 'custom', message: 'must be a positive count' },
      ]),
    );
    expect(JSON.stringify(fields)).not.toMatch(/longer than or equal|greater than|no more than|elements/);
  });

  it('rewrites each default phrasing it knows', () => {
    expect(houseMessage('name', 'name must be shorter than or equal to 100 characters')).toBe('must be at most 100 characters');
    expect(houseMessage('price', 'price must not be less than 0')).toBe('must be at least 0');
    expect(houseMessage('code', 'code must match /^[A-Z]+$/ regular expression')).toBe('is not in the expected format');
    expect(houseMessage('regions', 'regions must be one of the following values: MA-01, MA-02')).toBe('must be one of MA-01, MA-02');
    expect(houseMessage('price', 'must not be negative')).toBe('must not be negative');
  });

  it('says which field a refusal is about and whom it is for, never type-graphql’s "Access denied!"', () => {
    expect(accessMessage('Cooperative.phone', ['PARTNER'], { role: 'ANONYMOUS' } as never)).toBe('Sign in: Cooperative.phone is for PARTNER or STAFF callers');
    expect(accessMessage('Query.orders', ['BUYER', 'COOPERATIVE', 'PARTNER'], { role: 'TRAINER' } as never)).toBe('Query.orders is for BUYER, COOPERATIVE, PARTNER or STAFF callers, not TRAINER');
    expect(accessMessage('Query.me', [], { role: 'ANONYMOUS' } as never)).toBe('Sign in: Query.me is for signed-in callers');
  });
});

describe('Money at country scale', () => {
  it('serialises sums past the 32-bit Int (about 21 million MAD), exact, with the same decimal amount', async () => {
    const { GraphQLInt } = await import('graphql');
    const { GraphQLSafeInt } = await import('graphql-scalars');
    const national = money(3_456_789_012_345); // 34,567,890,123.45 MAD
    expect(() => GraphQLInt.serialize(national.centimes)).toThrow();
    expect(GraphQLSafeInt.serialize(national.centimes)).toBe(3_456_789_012_345);
    expect(national.amount).toBe('34567890123.45');
    expect(() => money(Number.MAX_SAFE_INTEGER + 2)).toThrow(RangeError);
  });
});
