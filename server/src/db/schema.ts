import type { AssessmentTables } from '../modules/assessment/assessment.table.js';
import type { AuditTables } from '../modules/audit/audit.table.js';
import type { AuthTables } from '../modules/auth/auth.table.js';
import type { BulletinTables } from '../modules/bulletins/bulletins.table.js';
import type { IndicatorTables } from '../modules/indicators/indicators.table.js';
import type { EnterpriseTables } from '../modules/enterprises/enterprises.table.js';
import type { PlanTables } from '../modules/plan/plan.table.js';
import type { ProjectTables } from '../modules/projects/projects.table.js';
import type { StatisticsTables } from '../modules/statistics/statistics.table.js';

/** Every table of the platform, as Kysely sees it: each module contributes its own interface. */
export type Database = PlanTables &
  AuthTables &
  AuditTables &
  EnterpriseTables &
  StatisticsTables &
  IndicatorTables &
  AssessmentTables &
  ProjectTables &
  BulletinTables;
