import type { Generated } from 'kysely';

export interface EnterpriseTable {
  id: Generated<number>;
  uscc: string;
  name: string;
  regionCode: string;
  industryCode: string | null;
  aboveScale: number;
  tagsJson: string;
  createdAt: string;
  updatedAt: string;
}

export interface EnterpriseSeiShareTable {
  id: Generated<number>;
  enterpriseId: number;
  industryCode: string;
  share: number;
  validFrom: string;
  validTo: string | null;
  /** `import`, `ruling` (a person decided) or `catalogue` (matched to a catalogue entry). */
  basis: string;
  catalogueEntryCode: string | null;
  note: string | null;
  decidedBy: string;
  createdAt: string;
}

export interface EnterpriseTables {
  enterprise: EnterpriseTable;
  enterpriseSeiShare: EnterpriseSeiShareTable;
}
