import type { Db } from '../../db/database.js';
import { systemContext } from '../auth/actor.js';
import { createMeeting, createProblem } from './coordination.service.js';
import { convertLead, createLead } from './leads.service.js';
import { createProject } from './projects.service.js';

/** For HTTP tests (the authorization matrix): a project, a converted lead, a problem and a meeting in `region`. */
export async function makeProjectFixture(db: Db, region: string) {
  const ctx = systemContext('test');
  const projectId = await createProject(db, ctx, {
    code: `FIX-${region}`,
    name: '矩阵测试项目',
    investorName: '矩阵测试企业',
    regionCode: region,
    industryCode: 'iot',
    totalInvestment: 100_000_000,
    listYear: 2013,
    plannedStartOn: '2013-06-30',
    investmentPlans: [{ year: 2013, plannedInvestment: 20_000_000 }],
  });
  const lead = await createLead(db, ctx, {
    targetCompany: '矩阵测试跨国公司',
    kind: 'multinational',
    industryCode: 'iot',
    regionCode: region,
    owner: '矩阵',
  });
  await convertLead(db, ctx, lead.id, {
    code: `FIX-L-${region}`,
    name: '矩阵线索项目',
    totalInvestment: 1,
    listYear: 2013,
  });
  const problem = await createProblem(db, ctx, { title: '矩阵测试问题', projectId, dueOn: '2013-09-30' });
  const meeting = await createMeeting(db, ctx, {
    heldOn: '2013-08-01',
    title: '矩阵测试协调会',
    attendees: '市经信委',
    problems: [{ problemId: problem.id, followUp: '跟进' }],
  });
  return { projectId, projectCode: `FIX-${region}`, leadId: lead.id, problemId: problem.id, meetingId: meeting.id };
}
