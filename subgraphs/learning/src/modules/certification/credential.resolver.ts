import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { SignedIn, ValidationError, defineService, requireUuid, type SubgraphContext } from '@cooplab/kit';
import type { LearningRuntime } from '../../runtime.js';
import { CertificationVerification, VerificationService } from './verification.service.js';
import { CertificationCredential, CredentialService, CredentialVerification, publicJwks } from './credential.service.js';

/**
 * The root fields of certification that need the instance's runtime (signing key, rate limits): checking a
 * code, exporting and checking credentials. A class per subgraph instance, since type-graphql builds resolvers
 * itself: the runtime is closed over, never global.
 */
export function createCredentialResolver(runtime: LearningRuntime) {
  const verificationService = defineService((ctx) => new VerificationService(ctx.em, runtime));
  const credentialService = defineService((ctx) => new CredentialService(ctx.em, runtime.config));

  @Resolver()
  class CredentialResolver {
    @Query(() => CertificationVerification, {
      description:
        'Checks a verification code (case, spaces and dashes ignored). Public. An unknown code is a normal answer (valid: false, ' +
        'status: UNKNOWN_CODE). Codes carry about 59 random bits, so guessing is useless; callers who ask for too many unknown codes ' +
        'are refused for a minute with TOO_MANY_REQUESTS.',
    })
    verifyCertification(@Arg('code', () => String, { description: 'The code printed on the certificate, e.g. K7QX-M4PT-9WHR; case, spaces and dashes are ignored.' }) code: string, @Ctx() ctx: SubgraphContext) {
      if (code.length > 64) throw ValidationError.field('code', 'is too long to be a verification code');
      return verificationService(ctx).verify(code, ctx.principal);
    }

    @Query(() => CertificationCredential, { nullable: true, description: 'Exports a certification as an Open Badges 3.0 credential signed as a VC-JWT. Its trainer and staff only; null, with an error, for others.' })
    @SignedIn()
    certificationCredential(@Arg('id', () => ID, { description: 'The certification’s id (UUID).' }) id: string, @Ctx() ctx: SubgraphContext) {
      return credentialService(ctx).export(requireUuid(id, 'id'), ctx.principal);
    }

    @Query(() => CredentialVerification, {
      description:
        'Checks a VC-JWT credential: its signature with the issuer’s key, its validity dates, and the status of its certification today ' +
        '(a certification suspended or revoked after export fails). Public.',
    })
    verifyCredential(@Arg('jwt', () => String, { description: 'The credential as a compact JWS (VC-JWT), as `certificationCredential` exported it.' }) jwt: string, @Ctx() ctx: SubgraphContext) {
      if (jwt.length > 20_000) throw ValidationError.field('jwt', 'is too long');
      return credentialService(ctx).verify(jwt);
    }

    @Query(() => GraphQLJSONObject, { description: 'The public key set (JWKS) that verifies exported credentials; also served at /.well-known/jwks.json. Public.' })
    credentialIssuerKeys() {
      return publicJwks(runtime.config);
    }
  }
  return CredentialResolver;
}
