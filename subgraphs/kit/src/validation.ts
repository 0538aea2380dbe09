import { IsOptional, IsUUID, validate, type ValidationError as ClassValidatorError } from 'class-validator';
import { Field } from 'type-graphql';
import { GraphQLObjectType, defaultFieldResolver, getNamedType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { ValidationError, type FieldProblem } from './errors.js';
import { UUID_MESSAGE } from './ids.js';

/** class-validator's default phrasings, after the property name, and the house's (the field is named beside it). */
const HOUSE_PHRASES: [RegExp, (...groups: string[]) => string][] = [
  [/^must be longer than or equal to 1 characters?$/, () => 'must not be empty'],
  [/^must be longer than or equal to (\d+) and shorter than or equal to (\d+) characters$/, (min, max) => `must be ${min} to ${max} characters long`],
  [/^must be longer than or equal to (\d+) characters$/, (n) => `must be at least ${n} characters`],
  [/^must be shorter than or equal to (\d+) characters$/, (n) => `must be at most ${n} characters`],
  [/^must not be less than (\S+)$/, (n) => `must be at least ${n}`],
  [/^must not be greater than (\S+)$/, (n) => `must be at most ${n}`],
  [/^must contain no more than (\d+) elements$/, (n) => `must have at most ${n} items`],
  [/^must contain at least (\d+) elements$/, (n) => `must have at least ${n} items`],
  [/^should not be empty$/, () => 'must not be empty'],
  [/^must be an email$/, () => 'must be an e-mail address'],
  [/^must be a URL address$/, () => 'must be a URL such as "https://example.org"'],
  [/^must be an integer number$/, () => 'must be a whole number'],
  [/^must be a UUID$/, () => UUID_MESSAGE],
  [/^must match .* regular expression$/, () => 'is not in the expected format'],
  [/^must be one of the following values: (.*)$/, (values) => `must be one of ${values}`],
];

/**
 * A class-validator message in the house style: its defaults ("fr must be longer than or equal to 1 characters")
 * become short phrases without the property name ("must not be empty"), since every problem names its field;
 * messages written with a rule (`{ message: 'must not be negative' }`) are kept as they are.
 */
export function houseMessage(property: string, message: string): string {
  const each = message.startsWith(`each value in ${property} `);
  const prefix = each ? `each value in ${property} ` : `${property} `;
  if (!message.startsWith(prefix)) return message;
  const rest = message.slice(prefix.length);
  const rule = HOUSE_PHRASES.find(([pattern]) => pattern.test(rest));
  const phrase = rule ? rule[1](...rest.match(rule[0])!.slice(1)) : rest;
  return each ? `every item ${phrase}` : phrase;
}

function flatten(errors: ClassValidatorError[], prefix: string): FieldProblem[] {
  return errors.flatMap((e) => {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field: path, message: houseMessage(e.property, message) }));
    return [...own, ...flatten(e.children ?? [], path)];
  });
}

/** The name of the argument whose input type is `argType`, so that problems read `input.price`, not `price`. */
function argumentName(argType: unknown, info: GraphQLResolveInfo | undefined): string {
  const typeName = typeof argType === 'function' ? argType.name : undefined;
  const field = info?.parentType.getFields()[info.fieldName];
  const arg = field?.args.find((a) => getNamedType(a.type).name === typeName);
  return arg?.name ?? '';
}

/**
 * type-graphql's `validateFn`: runs the class-validator rules of an input and throws our ValidationError,
 * which names every offending field by its full path.
 */
export async function validateInput(
  argValue: unknown,
  argType: unknown,
  resolverData: { info?: GraphQLResolveInfo },
): Promise<void> {
  if (argValue === null || typeof argValue !== 'object') return;
  const prefix = argumentName(argType, resolverData.info);
  const values = Array.isArray(argValue) ? argValue : [argValue];
  const problems: FieldProblem[] = [];
  for (const [i, value] of values.entries()) {
    if (value === null || typeof value !== 'object') continue;
    const errors = await validate(value as object, { skipMissingProperties: true, forbidUnknownValues: false });
    problems.push(...flatten(errors, Array.isArray(argValue) ? `${prefix}.${i}` : prefix));
  }
  if (problems.length) throw new ValidationError(problems);
}

/** An input field holding an id: any UUID, reported as "must be a UUID". */
export const IsId = (options: { each?: boolean } = {}): PropertyDecorator => IsUUID('all', { message: UUID_MESSAGE, ...options });

/** The longest text any input may carry; longer fields are refused before any rule or SQL sees them. */
export const MAX_INPUT_STRING_LENGTH = 10_000;

/** A high surrogate without its low half, or a low one without its high half: not encodable as UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What is wrong with a text PostgreSQL or a validator cannot take, or undefined when it is fine. */
export function badText(value: string): string | undefined {
  if (value.length > MAX_INPUT_STRING_LENGTH) return `must be at most ${MAX_INPUT_STRING_LENGTH} characters`;
  if (value.includes('\u0000')) return 'must not contain a NUL character';
  if (LONE_SURROGATE.test(value)) return 'must be well-formed Unicode (it has a lone surrogate)';
  return undefined;
}

/** Every string in `value` (an argument, an input object, a list), reported by its dotted path. */
export function textProblems(value: unknown, path: string, problems: FieldProblem[] = [], depth = 0): FieldProblem[] {
  if (typeof value === 'string') {
    const message = badText(value);
    if (message) problems.push({ field: path, message });
  } else if (value !== null && typeof value === 'object' && depth < 32) {
    for (const [key, child] of Object.entries(value)) textProblems(child, `${path}.${key}`, problems, depth + 1);
  }
  return problems;
}

/**
 * Every string of every argument of every field that takes arguments, checked once, before the field's own
 * validation and resolver: NUL (PostgreSQL refuses it in text), lone surrogates (not UTF-8) and over-long texts
 * are BAD_USER_INPUT naming the field (`input.name.fr`, `filter.search`). Wraps those fields' resolvers in place;
 * fields without arguments (most of them) keep their own, so they resolve without a hook.
 */
export function checkTextInputs(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.length) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        const problems: FieldProblem[] = [];
        for (const [name, value] of Object.entries(args)) textProblems(value, name, problems);
        if (problems.length) throw new ValidationError(problems);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}

/**
 * An optional `String` input field with its description and rules, in one decorator:
 * `@OptionalString('Commune of its seat.', MaxLength(100))` stands for
 * `@Field(() => String, { nullable: true, description: 'Commune of its seat.' }) @IsOptional() @MaxLength(100)`.
 */
export const OptionalString =
  (description: string, ...rules: PropertyDecorator[]): PropertyDecorator =>
  (target, key) => {
    for (const decorate of [Field(() => String, { nullable: true, description }), IsOptional(), ...rules]) decorate(target, key);
  };
