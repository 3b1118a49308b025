import { createContext, useContext } from 'react';
import type { MyCompanyQuery } from '../api/gql/graphql';

export type MyCompany = MyCompanyQuery['myCompany'];

/** The company the signed-in user acts for (undefined for operators, or while it loads). */
export const CompanyContext = createContext<MyCompany | undefined>(undefined);

export function useMyCompany(): MyCompany | undefined {
  return useContext(CompanyContext);
}
