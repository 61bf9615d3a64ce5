import fs from 'node:fs';
import path from 'node:path';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { chunks } from '../../db/chunks.js';
import { nowIso } from '../../db/columns.js';
import type { Db } from '../../db/database.js';
import { recordAudit } from '../audit/audit.service.js';
import { systemContext } from '../auth/actor.js';
import type { PlanFile } from '../plan/plan-file.schema.js';
import { addMonths, monthEnd, type Stage } from './measures.js';
import { importProgress } from './progress-import.js';

/**
 * Synthetic, reproducible demo projects (clearly marked 演示): about 100 major projects on each list year 2011–2015
 * within the demo's years, across counties and industries, with their stage events, monthly progress (imported
 * through the progress import, as a county would), investment leads, coordination problems and quarterly meetings.
 */
export interface DemoProjectOptions {
  from: number;
  to: number;
  seed: number;
  /** Projects per list year; default 100. */
  perYear?: number;
}

const WAN = 10_000;
const OFFICERS = ['王建国', '李敏', '张伟', '陈静', '刘洋', '周杰', '吴芳', '徐磊', '孙丽', '朱强'];
const LIAISONS = ['市经信委 沈科长', '市发改委 钱处长', '市科技局 蒋主任', '市商务局 韩科长'];
const DEPARTMENTS = ['市国土资源局', '市环保局', '嘉兴电力局', '市住建局', '市发改委', '市规划局', '市商务局'];
const PROBLEMS = [
  '用地指标不足',
  '环评审批进度慢',
  '电力增容',
  '配套道路未建成',
  '融资困难',
  '设备进口通关',
  '规划调整',
];
const WORDS: Record<string, string[]> = {
  'new-energy': ['高效晶硅电池', '薄膜太阳能组件', '新能源汽车电机', '风电齿轮箱', '生物质发电'],
  'new-materials': ['高性能纤维', '聚碳酸酯', '有机硅新材料', '特种玻璃纤维', '节能墙体材料'],
  iot: ['传感器', '集成电路封装', '物联网终端', '智能电网设备', '软件与信息服务'],
  'energy-saving': ['高效节能电机', '余热余压利用装备', 'LED照明', '环保装备', '资源循环利用'],
  bio: ['生物医药', '医疗器械', '生物农业', '生物基材料', '现代中药'],
  nuclear: ['核电配套设备', '核级阀门', '核电关键部件', '核电服务', '核电仪控系统'],
};
const SUFFIXES = ['项目', '生产线项目', '产业化项目', '扩建项目', '研发及产业化基地'];
const INVESTORS = ['华东', '嘉禾', '长三角', '浙北', '禾城', '南湖', '运河', '海盐', '申嘉', '杭嘉湖'];
const LEAD_TARGETS: [string, string][] = [
  ['fortune500', '（演示）某世界500强化工集团'],
  ['fortune500', '（演示）某世界500强电气公司'],
  ['multinational', '（演示）某德资汽车零部件公司'],
  ['multinational', '（演示）某日资电子材料公司'],
  ['central_soe', '（演示）某央企新能源集团'],
  ['central_soe', '（演示）某央企核电工程公司'],
  ['industry_leader', '（演示）某光伏龙头企业'],
  ['industry_leader', '（演示）某物联网龙头企业'],
  ['research_institute', '（演示）某大学先进材料研究院'],
  ['research_institute', '（演示）某科学院传感技术研究所'],
];

const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (date: string, days: number) => iso(new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000));

export async function seedDemoProjects(
  db: Db,
  plan: PlanFile,
  options: DemoProjectOptions,
  outDir: string,
  log: (line: string) => void = () => undefined,
): Promise<{ projects: number; progressRows: number }> {
  const rng = xoroshiro128plus(options.seed + 7_2011);
  const uniform = () => uniformInt(rng, 0, 999_999) / 1_000_000;
  const int = (lo: number, hi: number) => uniformInt(rng, lo, hi);
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T;
  const ctx = systemContext('cli');
  const now = nowIso();
  const horizon = [monthEnd(options.to, 12), now.slice(0, 10)].sort()[0] as string;
  const counties = plan.city.counties.map((c) => c.code);
  const industries = plan.industries.map((i) => i.code);
  const perYear = options.perYear ?? 100;
  const years: number[] = [];
  for (let y = Math.max(2011, options.from); y <= Math.min(2015, options.to); y += 1) years.push(y);

  let projectCount = 0;
  let progressRows = 0;
  for (const year of years) {
    const progressLines: string[] = ['项目代码,项目名称,报告期,本月完成投资(万元),形象进度'];
    const stagedProblems: { projectId: number; region: string; raisedOn: string; resolved: boolean }[] = [];
    await db.transaction().execute(async (trx) => {
      for (let i = 1; i <= perYear; i += 1) {
        const region = pick(counties);
        const industry = pick(industries);
        const clusters = plan.clusters.filter((c) => c.region === region && c.industry === industry);
        const code = `${year}-${String(i).padStart(3, '0')}`;
        const word = pick(WORDS[industry] ?? ['新兴产业']);
        const name = `（演示）${word}${pick(SUFFIXES)}`;
        const total = Math.round(10 ** (8 + 1.6 * uniform()) / WAN) * WAN;
        const midYear = uniform() < 0.15;
        const listedOn = midYear ? `${year}-${String(int(4, 9)).padStart(2, '0')}-01` : `${year}-01-01`;
        const plannedSign = addDays(listedOn, int(-60, 40));
        const plannedStart = addDays(listedOn, int(30, 240));
        const plannedCompletion = addMonths(plannedStart, int(10, 30));
        const plannedProduction = addMonths(plannedCompletion, int(1, 3));
        const plannedYear = Math.round((total * (0.2 + 0.3 * uniform())) / WAN) * WAN;
        // How well the project goes: 0 stalls, 1 runs on time.
        const pace = uniform();
        const row = await trx
          .insertInto('project')
          .values({
            code,
            name,
            investorName: `（演示）${pick(INVESTORS)}${word}有限公司`,
            investorUscc: null,
            regionCode: region,
            industryCode: industry,
            clusterCode: clusters.length && uniform() < 0.6 ? pick(clusters).code : null,
            totalInvestment: total,
            listYear: year,
            listedOn,
            demonstration: uniform() < 0.15 ? 1 : 0,
            plannedSignOn: plannedSign,
            plannedStartOn: plannedStart,
            plannedCompletionOn: plannedCompletion,
            plannedProductionOn: plannedProduction,
            countyOfficer: pick(OFFICERS),
            cityLiaison: pick(LIAISONS),
            leadId: null,
            createdAt: now,
            updatedAt: now,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await trx
          .insertInto('projectInvestmentPlan')
          .values([
            { projectId: row.id, year, plannedInvestment: plannedYear },
            {
              projectId: row.id,
              year: year + 1,
              plannedInvestment: Math.round((total - plannedYear) / 2 / WAN) * WAN,
            },
          ])
          .execute();
        // Actual stages: the slower the pace, the later (or never, within the demo years).
        const events: { stage: Stage; occurredOn: string }[] = [];
        const signed = addDays(plannedSign, int(-20, 30));
        events.push({ stage: 'signed', occurredOn: signed });
        let started: string | null = null;
        if (pace > 0.12) {
          started = addDays(plannedStart, Math.round((1 - pace) * int(0, 260)) - int(0, 20));
          if (started < signed) started = addDays(signed, int(5, 40));
          events.push({ stage: 'started', occurredOn: started });
          if (pace > 0.35) {
            const completed = addDays(plannedCompletion, Math.round((1 - pace) * int(0, 300)));
            events.push({ stage: 'completed', occurredOn: completed });
            events.push({ stage: 'producing', occurredOn: addDays(completed, int(20, 120)) });
          }
        }
        const dated = events.filter((e) => e.occurredOn <= horizon);
        if (dated.length) {
          await trx
            .insertInto('projectStageEvent')
            .values(
              dated.map((e) => ({
                projectId: row.id,
                stage: e.stage,
                occurredOn: e.occurredOn,
                note: null,
                recordedBy: 'system:demo',
                recordedAt: now,
              })),
            )
            .execute();
        }
        // Monthly returns from the listing month: before the start only preparatory spending.
        const firstMonth = Number(listedOn.slice(5, 7));
        for (let m = firstMonth; m <= 12; m += 1) {
          if (monthEnd(year, m) > horizon) break;
          const inMonth = started !== null && started <= monthEnd(year, m);
          const base = plannedYear / (13 - firstMonth);
          const amount = inMonth ? base * (0.35 + 1.0 * pace) * (0.6 + 0.8 * uniform()) : base * 0.1 * uniform();
          const wan = Math.round(amount / WAN);
          const note = inMonth ? pick(['主体施工', '设备安装', '厂房建设', '基础施工', '调试']) : '前期准备';
          progressLines.push(`${code},${name},${year}-${String(m).padStart(2, '0')},${wan},${note}`);
        }
        if (pace < 0.3 || uniform() < 0.08) {
          stagedProblems.push({
            projectId: row.id,
            region,
            raisedOn: addDays(listedOn, int(30, 200)),
            resolved: uniform() < 0.65,
          });
        }
        projectCount += 1;
      }
      await recordAudit(trx, ctx, {
        action: 'demo',
        entityType: 'project',
        entityId: `list-${year}`,
        after: { year, projects: perYear },
      });
    });

    fs.mkdirSync(outDir, { recursive: true });
    const file = path.join(outDir, `project-progress-${year}.csv`);
    fs.writeFileSync(file, `\ufeff${progressLines.join('\n')}\n`, 'utf8');
    const outcome = await importProgress(db, ctx, { filePath: file, fileName: path.basename(file), dryRun: false });
    if (outcome.status !== 'committed') {
      throw new Error(`demo file ${path.basename(file)} was refused: ${JSON.stringify(outcome.problems[0])}`);
    }
    progressRows += outcome.inserted;
    log(`  ${path.basename(file)}: ${outcome.inserted} monthly project returns imported (batch ${outcome.batchId})`);

    // Problems raised by projects, and the office's quarterly meetings that discuss them.
    await db.transaction().execute(async (trx) => {
      const problemIds: { id: number; raisedOn: string }[] = [];
      for (const p of stagedProblems.filter((s) => s.raisedOn <= horizon)) {
        const dueOn = addDays(p.raisedOn, int(30, 90));
        const resolvedOn = p.resolved ? addDays(p.raisedOn, int(20, 120)) : null;
        const done = resolvedOn !== null && resolvedOn <= horizon;
        const row = await trx
          .insertInto('coordinationProblem')
          .values({
            title: pick(PROBLEMS),
            description: '（演示）项目推进中需市级协调的问题',
            projectId: p.projectId,
            regionCode: p.region,
            raisedOn: p.raisedOn,
            department: pick(DEPARTMENTS),
            dueOn,
            status: done ? 'resolved' : uniform() < 0.5 ? 'in_progress' : 'open',
            resolution: done ? '（演示）已协调解决' : null,
            resolvedOn: done ? resolvedOn : null,
            createdAt: now,
            updatedAt: now,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        problemIds.push({ id: row.id, raisedOn: p.raisedOn });
      }
      for (let q = 1; q <= 4; q += 1) {
        const heldOn = `${year}-${String(q * 3).padStart(2, '0')}-20`;
        if (heldOn > horizon) break;
        const from = `${year}-${String(q * 3 - 2).padStart(2, '0')}-01`;
        const items = problemIds.filter((p) => p.raisedOn >= addMonths(from, -3) && p.raisedOn <= heldOn).slice(0, 8);
        const meeting = await trx
          .insertInto('coordinationMeeting')
          .values({
            heldOn,
            title: `（演示）${year}年第${q}季度重大项目协调会`,
            attendees: '市领导小组办公室、市经信委、市发改委、市国土资源局、各县（市、区）经信局',
            decisions: '（演示）各责任部门按期办结，下次会议通报办理情况',
            createdAt: now,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        for (const part of chunks(items, 100)) {
          if (!part.length) continue;
          await trx
            .insertInto('meetingProblem')
            .values(
              part.map((p) => ({
                meetingId: meeting.id,
                problemId: p.id,
                discussion: '（演示）听取汇报',
                followUp: '（演示）责任部门下次会议前办结',
              })),
            )
            .execute();
        }
      }
    });
  }

  // Leads: some still being pursued, some converted into projects of the last list year.
  const lastYear = years.at(-1);
  if (lastYear !== undefined) {
    await db.transaction().execute(async (trx) => {
      const targets = await trx
        .selectFrom('project')
        .select(['id', 'regionCode', 'industryCode'])
        .where('listYear', '=', lastYear)
        .orderBy('code')
        .limit(12)
        .execute();
      for (let i = 0; i < 40; i += 1) {
        const [kind, company] = pick(LEAD_TARGETS);
        const converted = i < targets.length && i % 3 === 0 ? targets[i] : undefined;
        const stage = converted
          ? 'converted'
          : pick(['contact', 'contact', 'negotiating', 'negotiating', 'signed', 'dropped']);
        const lead = await trx
          .insertInto('projectLead')
          .values({
            targetCompany: `${company}${i + 1}`,
            kind,
            industryCode: converted?.industryCode ?? pick(industries),
            regionCode: converted?.regionCode ?? pick(counties),
            stage,
            owner: pick(OFFICERS),
            nextStep: converted
              ? null
              : pick(['赴总部洽谈', '提交项目建议书', '安排实地考察', '落实用地方案', '签订投资协议']),
            nextStepDue: converted ? null : addDays(`${lastYear}-06-30`, int(0, 200)),
            note: '（演示）',
            projectId: converted?.id ?? null,
            createdAt: now,
            updatedAt: now,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        if (converted) {
          await trx.updateTable('project').set({ leadId: lead.id }).where('id', '=', converted.id).execute();
        }
      }
    });
  }
  log(`  demo projects: ${projectCount} on the lists ${years.join(', ')}, ${progressRows} monthly returns`);
  return { projects: projectCount, progressRows };
}
