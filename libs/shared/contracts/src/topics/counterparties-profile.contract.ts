import { z } from 'zod';
import { defineCommand } from '../command-contract';
import { commercialTermsSchema, legalEntitySchema } from './counterparties.contract';

export const companyProfileSchema = z.object({
  companyId: z.uuid(),
  tradingName: z.string(),
  kind: z.enum(['BUYER', 'SELLER', 'BOTH']),
  status: z.string(),
  legalEntities: z.array(legalEntitySchema),
  commercialTerms: commercialTermsSchema.nullable(),
  accountManagerId: z.uuid().nullable(),
});

export type CompanyProfile = z.infer<typeof companyProfileSchema>;

/** What other services ask counterparties about a company: internal, so it names the company instead of carrying an actor. */
export const counterpartiesQueries = {
  companyProfile: defineCommand({
    context: 'counterparties',
    name: 'company-profile',
    messageType: 'CompanyProfile',
    description:
      "A company's legal entities, commercial terms (credit limit, payment term, approval threshold) and account manager, as they are now",
    keyDescription: 'company id',
    request: z.object({ companyId: z.uuid() }),
    result: companyProfileSchema.nullable(),
    errors: [],
  }),
  managedCompanies: defineCommand({
    context: 'counterparties',
    name: 'managed-companies',
    messageType: 'ManagedCompanies',
    description: 'The companies an operator is the account manager of',
    keyDescription: 'operator id',
    request: z.object({ operatorId: z.uuid() }),
    result: z.object({ companyIds: z.array(z.uuid()) }),
    errors: [],
  }),
};
