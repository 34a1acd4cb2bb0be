import { RESERVED_JWT_CLAIMS } from '../../model/facts';
import { listOf } from '../../suggest';
import { propertyValue } from '../../syntax/tree';
import { apiSource, type Rule } from '../rule';

export const jwtReservedClaim: Rule = {
  id: 'jwt-reserved-claim',
  severity: 'error',
  summary: 'A JWT validation action does not list exp, iss, nbf or iat as an additional claim.',
  constraint:
    'The load balancer always checks the exp, iss, nbf and iat claims of a token, so they cannot be added to AdditionalClaims.',
  sources: [
    apiSource('JwtValidationActionAdditionalClaim', 'Name'),
    apiSource('JwtValidationActionConfig', 'AdditionalClaims'),
  ],
  scope: 'resource',
  fixable: false,
  check(context) {
    for (const claim of context.binding.objectsOf('JwtValidationActionAdditionalClaim')) {
      const name = propertyValue(claim, 'Name');
      if (name?.type !== 'scalar' || typeof name.value !== 'string') continue;
      if (!RESERVED_JWT_CLAIMS.includes(name.value)) continue;
      context.report(
        name,
        `\`${name.value}\` is one of the claims every token is already checked for (${listOf(RESERVED_JWT_CLAIMS, 'and')}), so it cannot be an additional claim. Remove this claim.`,
      );
    }
  },
};
