import { IsOptional, IsUUID, validate, type ValidationError as ClassValidatorError } from 'class-validator';
import { Field } from 'type-graphql';
import { getNamedType, type GraphQLResolveInfo } from 'graphql';
import { ValidationError, type FieldProblem } from './errors.js';
import { UUID_MESSAGE } from './ids.js';

function flatten(errors: ClassValidatorError[], prefix: string): FieldProblem[] {
  return errors.flatMap((e) => {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field: path, message }));
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

/**
 * An optional `String` input field with its rules, in one decorator: `@OptionalString(MaxLength(100))` stands
 * for `@Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100)`.
 */
export const OptionalString =
  (...rules: PropertyDecorator[]): PropertyDecorator =>
  (target, key) => {
    for (const decorate of [Field(() => String, { nullable: true }), IsOptional(), ...rules]) decorate(target, key);
  };
