/**
 * Demo evaluations as of 2025-06-30: Q1 2025 finalised for every planned employee (most acknowledged, follow-ups in
 * place, one objection decided and one waiting in the queue), Q2 2025 rated as drafts for about half, the
 * organisation's own predikat (Baik) for 2025. Q3, Q4 and the annual evaluation are left for the user.
 *
 * Uses the current approved plans of 2025 written by the planning seeder; where an employee with an appraiser has
 * none (the planning seeder not registered, or skipping them), writes a minimal approved plan with two RHK so that
 * the evaluation demo stands on its own. Deterministic: mulberry32 from the seed, no clock.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Database, Transaction } from '../../db/index.js';
import { supervisorChains } from '../org/queries.js';
import { resolveAppraisal } from '../org/rules.js';
import type { SeedOptions, SeedSummary } from '../org/seed.js';
import { employees, positions } from '../org/tables.js';
import { coreValues, indicators, performancePeriods, performancePlans, workResults } from '../planning/tables.js';
import { evaluationPeriods, followUpFor, predikatFor, type EvaluationPeriod, type Predikat, type Rating } from './rules.js';
import {
  activityLogs,
  feedbackMessages,
  feedbackThreads,
  peerFeedbackInvitations,
  peerFeedbackRatings,
  peerFeedbackRequests,
  monthlyReports,
  reportRealisations,
  behaviourRatings,
  evaluations,
  improvementPlans,
  objections,
  organisationPredikats,
  rewardEligibilities,
  workResultRatings,
} from './tables.js';
import { mulberry32 } from '../../seed-random.js';

const YEAR = 2025;
const BATCH = 1000;

async function insertAll<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

function rating(random: () => number, weights: [number, number, number]): Rating {
  const r = random();
  return r < weights[0] ? 'ABOVE' : r < weights[0] + weights[1] ? 'AS_EXPECTED' : 'BELOW';
}

async function ensurePlans(tx: Transaction, agencyId: number, adminId: number | null) {
  let period = await tx.query.performancePeriods.findFirst({ where: { agencyId, year: YEAR } });
  if (!period) {
    [period] = await tx.insert(performancePeriods).values({ agencyId, year: YEAR, cadence: 'QUARTERLY', openedById: adminId }).returning();
  }
  const staff = await tx
    .select({ id: employees.id, unitId: employees.unitId, positionId: employees.positionId, kind: positions.kind, title: positions.title })
    .from(employees)
    .innerJoin(positions, eq(positions.id, employees.positionId))
    .where(eq(employees.agencyId, agencyId))
    .orderBy(employees.id);
  const chains = await supervisorChains(tx, staff.map((s) => s.id));
  const existing = await tx
    .select({ employeeId: performancePlans.employeeId })
    .from(performancePlans)
    .where(and(eq(performancePlans.periodId, period!.id), eq(performancePlans.isCurrent, true)));
  const planned = new Set(existing.map((p) => p.employeeId));
  const missing = staff.filter((s) => !planned.has(s.id) && resolveAppraisal(chains.get(s.id) ?? []).appraiserId !== null);
  const at = `${YEAR}-01-20T02:00:00Z`;
  await insertAll(missing, async (chunk) => {
    const plans = await tx
      .insert(performancePlans)
      .values(
        chunk.map((s) => {
          const { appraiserId, appraiserSuperiorId } = resolveAppraisal(chains.get(s.id) ?? []);
          return {
            agencyId,
            periodId: period!.id,
            employeeId: s.id,
            status: 'APPROVED' as const,
            appraiserId,
            appraiserSuperiorId,
            positionId: s.positionId,
            positionKind: s.kind,
            unitId: s.unitId,
            startsOn: `${YEAR}-01-01`,
            endsOn: `${YEAR}-12-31`,
            submittedAt: at,
            approvedAt: at,
            approvedById: appraiserId,
            createdById: s.id,
          };
        }),
      )
      .returning({ id: performancePlans.id, employeeId: performancePlans.employeeId });
    await tx.insert(workResults).values(
      plans.flatMap((p) => [
        { planId: p.id, kind: 'MAIN' as const, statement: 'Terlaksananya tugas pokok jabatan sesuai standar pelayanan', position: 1 },
        { planId: p.id, kind: 'MAIN' as const, statement: 'Tersusunnya laporan kinerja unit tepat waktu', position: 2 },
      ]),
    );
  });
  const plans = await tx
    .select()
    .from(performancePlans)
    .where(and(eq(performancePlans.periodId, period!.id), eq(performancePlans.isCurrent, true), eq(performancePlans.status, 'APPROVED')))
    .orderBy(performancePlans.id);
  return { period: period!, plans: plans.filter((p) => p.appraiserId !== null) };
}

export async function seedEvaluation(db: Database, summary: SeedSummary, options: SeedOptions): Promise<void> {
  const random = mulberry32((options.seed ?? 1) * 7919 + 5);
  await db.transaction(async (tx) => {
    const admin = await tx.query.employees.findFirst({ where: { nip: summary.adminNip }, columns: { id: true } });
    const { period, plans } = await ensurePlans(tx, summary.agencyId, admin?.id ?? null);
    if (plans.length === 0) return;
    await tx.insert(organisationPredikats).values({ agencyId: summary.agencyId, periodId: period.id, unitId: null, predikat: 'BAIK', setById: admin?.id ?? null });

    const values = await tx.select({ id: coreValues.id }).from(coreValues).orderBy(coreValues.position);
    // The RHK of those plans, by the same conditions (a list of 100,000 plan ids would pass PostgreSQL's 65,535 parameters).
    const rhk = await tx
      .select({ id: workResults.id, planId: workResults.planId })
      .from(workResults)
      .innerJoin(performancePlans, eq(performancePlans.id, workResults.planId))
      .where(and(eq(performancePlans.periodId, period.id), eq(performancePlans.isCurrent, true), eq(performancePlans.status, 'APPROVED')))
      .orderBy(workResults.id);
    const rhkByPlan = new Map<number, number[]>();
    for (const r of rhk) rhkByPlan.set(r.planId, [...(rhkByPlan.get(r.planId) ?? []), r.id]);

    const periods = evaluationPeriods(YEAR, period.cadence);
    const [q1, q2] = periods;
    type Draft = { plan: (typeof plans)[number]; key: EvaluationPeriod; work: Rating; behaviour: Rating; finalised: boolean; acknowledged: boolean };
    const drafts: Draft[] = [];
    for (const plan of plans) {
      const work = rating(random, [0.2, 0.7, 0.1]);
      const behaviour = rating(random, [0.2, 0.72, 0.08]);
      const acknowledged = random() < 0.8;
      if (plan.startsOn <= q1!.endsOn) drafts.push({ plan, key: q1!, work, behaviour, finalised: true, acknowledged });
      // Q2's drafts spread wider than Q1 (about 60% BAIK): they count in the distribution, and a demo whose drafts
      // already broke the organisation's curve would need an override for every Q2 finalisation.
      if (random() < 0.5) drafts.push({ plan, key: q2!, work: rating(random, [0.3, 0.5, 0.2]), behaviour: rating(random, [0.3, 0.55, 0.15]), finalised: false, acknowledged: false });
    }
    const rows: { id: number; employeeId: number; appraiserId: number; predikat: Predikat | null; periodKey: string; finalised: boolean; planId: number }[] = [];
    await insertAll(drafts, async (chunk) => {
      const inserted = await tx
        .insert(evaluations)
        .values(
          chunk.map((d) => {
            const p = predikatFor(d.work, d.behaviour);
            return {
              agencyId: d.plan.agencyId,
              planId: d.plan.id,
              periodId: d.plan.periodId,
              periodKey: d.key.key,
              kind: d.key.kind,
              startsOn: d.key.startsOn,
              endsOn: d.key.endsOn,
              employeeId: d.plan.employeeId,
              appraiserId: d.plan.appraiserId!,
              appraiserSuperiorId: d.plan.appraiserSuperiorId,
              unitId: d.plan.unitId,
              status: d.finalised ? (d.acknowledged ? ('ACKNOWLEDGED' as const) : ('FINALISED' as const)) : ('DRAFT' as const),
              workResultsRating: d.work,
              workResultsNote: d.work === 'BELOW' ? 'Sebagian target triwulan belum tercapai.' : 'Target triwulan tercapai sesuai indikator.',
              behaviourRating: d.behaviour,
              behaviourNote: d.behaviour === 'ABOVE' ? 'Menjadi teladan dalam kolaborasi tim.' : null,
              predikat: p,
              finalPredikat: d.finalised ? p : null,
              finalisedAt: d.finalised ? `${YEAR}-04-10T03:00:00Z` : null,
              acknowledgedAt: d.acknowledged ? `${YEAR}-04-12T03:00:00Z` : null,
              createdAt: `${YEAR}-04-01T03:00:00Z`,
              updatedAt: `${YEAR}-04-10T03:00:00Z`,
            };
          }),
        )
        .returning({ id: evaluations.id, employeeId: evaluations.employeeId, appraiserId: evaluations.appraiserId, predikat: evaluations.predikat, periodKey: evaluations.periodKey, status: evaluations.status, planId: evaluations.planId });
      rows.push(...inserted.map((r) => ({ ...r, finalised: r.status !== 'DRAFT' })));
    });

    // Every RHK and every value rated: finalising requires it (a draft is rated ahead, as the appraiser would).
    await insertAll(rows, (chunk) =>
      tx.insert(workResultRatings).values(
        chunk.flatMap((e) => (rhkByPlan.get(e.planId) ?? []).map((workResultId) => ({ evaluationId: e.id, workResultId, rating: rating(random, [0.2, 0.7, 0.1]), note: null }))),
      ),
    );
    await insertAll(rows, (chunk) =>
      tx.insert(behaviourRatings).values(chunk.flatMap((e) => values.map((v) => ({ evaluationId: e.id, coreValueId: v.id, rating: rating(random, [0.15, 0.8, 0.05]), note: null })))),
    );
    const finalised = rows.filter((r) => r.finalised);
    const byPlan = new Map(plans.map((p) => [p.id, p]));
    const rewards = finalised.filter((r) => followUpFor(r.predikat!) === 'REWARD_ELIGIBLE');
    if (rewards.length) {
      await insertAll(rewards, (chunk) =>
        tx.insert(rewardEligibilities).values(
          chunk.map((r) => ({ evaluationId: r.id, agencyId: summary.agencyId, employeeId: r.employeeId, periodId: period.id, periodKey: r.periodKey, createdAt: `${YEAR}-04-10T03:00:00Z` })),
        ),
      );
    }
    const weak = finalised.filter((r) => followUpFor(r.predikat!) === 'IMPROVEMENT_PLAN');
    if (weak.length) {
      await insertAll(weak, (chunk) =>
        tx.insert(improvementPlans).values(
          chunk.map((r) => ({
            evaluationId: r.id,
            employeeId: r.employeeId,
            ownerId: r.appraiserId,
            actions: ['Coaching bulanan dengan atasan langsung', 'Mengikuti pelatihan sesuai kebutuhan kompetensi'],
            dueOn: `${YEAR}-07-31`,
            status: random() < 0.3 ? ('COMPLETED' as const) : ('OPEN' as const),
            createdAt: `${YEAR}-04-10T03:00:00Z`,
          })),
        ),
      );
    }
    // Daily activity logs of the last working week before the as-of date (the first 400 plans, 1 to 3 a day).
    const WEEK = ['2025-06-23', '2025-06-24', '2025-06-25', '2025-06-26', '2025-06-27'];
    const ACTIVITIES: [string, string][] = [
      ['Verifikasi berkas layanan masuk', 'Berkas terverifikasi'],
      ['Menyusun draf laporan kinerja bulanan', 'Draf laporan'],
      ['Rapat koordinasi tim', 'Notulen rapat'],
      ['Input data pada aplikasi layanan', 'Data terinput'],
      ['Pelayanan konsultasi masyarakat', 'Konsultasi terlayani'],
    ];
    const logs = plans.slice(0, 400).flatMap((plan) => {
      const rhkIds = rhkByPlan.get(plan.id) ?? [];
      if (rhkIds.length === 0) return [];
      return WEEK.flatMap((day) =>
        Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
          const [description, output] = ACTIVITIES[Math.floor(random() * ACTIVITIES.length)]!;
          return {
            agencyId: plan.agencyId,
            employeeId: plan.employeeId,
            appraiserId: plan.appraiserId,
            planId: plan.id,
            workResultId: rhkIds[Math.floor(random() * rhkIds.length)]!,
            loggedOn: day,
            description,
            output,
            minutes: 30 + 30 * Math.floor(random() * 6),
            evidenceUrl: random() < 0.3 ? `https://drive.tanjungpinangkota.go.id/bukti/${plan.employeeId}/${day}` : null,
            createdAt: `${day}T09:00:00Z`,
            updatedAt: `${day}T09:00:00Z`,
          };
        }),
      );
    });
    await insertAll(logs, (chunk) => tx.insert(activityLogs).values(chunk));

    // Monthly reports January to May (the first 400 plans), reviewed up to April; realisations of up to 3 indicators.
    const reportPlans = plans.slice(0, 400);
    const planIndicators = await tx
      .select({ id: indicators.id, planId: workResults.planId, targetValue: indicators.targetValue, targetMin: indicators.targetMin, targetKind: indicators.targetKind })
      .from(indicators)
      .innerJoin(workResults, eq(workResults.id, indicators.workResultId))
      .where(inArray(workResults.planId, reportPlans.map((p) => p.id)))
      .orderBy(indicators.id);
    const indicatorsByPlan = new Map<number, typeof planIndicators>();
    for (const i of planIndicators) indicatorsByPlan.set(i.planId, [...(indicatorsByPlan.get(i.planId) ?? []), i]);
    const reportRows = reportPlans.flatMap((plan) =>
      [1, 2, 3, 4, 5]
        .filter((month) => plan.startsOn <= `${YEAR}-${String(month).padStart(2, '0')}-28`)
        .map((month) => {
          const reviewed = month <= 4;
          const mm = String(month).padStart(2, '0');
          return {
            agencyId: plan.agencyId,
            planId: plan.id,
            employeeId: plan.employeeId,
            appraiserId: plan.appraiserId,
            year: YEAR,
            month,
            status: reviewed ? ('REVIEWED' as const) : ('SUBMITTED' as const),
            achievements: 'Target bulanan tercapai; seluruh layanan diselesaikan sesuai SOP.',
            obstacles: random() < 0.4 ? 'Keterbatasan jaringan aplikasi pada minggu kedua.' : null,
            improvementSteps: random() < 0.4 ? 'Koordinasi dengan Diskominfo untuk perbaikan jaringan.' : null,
            evidence: [{ url: `https://drive.tanjungpinangkota.go.id/lkb/${plan.employeeId}/${YEAR}-${mm}`, description: `Rekap kegiatan ${YEAR}-${mm}` }],
            submittedAt: `${YEAR}-${String(month + 1).padStart(2, '0')}-03T02:00:00Z`,
            appraiserResponse: reviewed ? 'Diterima. Pertahankan capaian dan lengkapi bukti dukung.' : null,
            reviewedAt: reviewed ? `${YEAR}-${String(month + 1).padStart(2, '0')}-06T02:00:00Z` : null,
            createdAt: `${YEAR}-${String(month + 1).padStart(2, '0')}-03T02:00:00Z`,
            updatedAt: `${YEAR}-${String(month + 1).padStart(2, '0')}-06T02:00:00Z`,
          };
        }),
    );
    const reports: { id: number; planId: number }[] = [];
    await insertAll(reportRows, async (chunk) => {
      reports.push(...(await tx.insert(monthlyReports).values(chunk).returning({ id: monthlyReports.id, planId: monthlyReports.planId })));
    });
    const realisationRows = reports.flatMap((r) =>
      (indicatorsByPlan.get(r.planId) ?? []).slice(0, 3).map((i) =>
        i.targetKind === 'QUALITATIVE'
          ? { reportId: r.id, indicatorId: i.id, value: null, statement: 'Sesuai standar yang ditetapkan', note: null }
          : { reportId: r.id, indicatorId: i.id, value: Math.round(((i.targetValue ?? i.targetMin ?? 10) / 12) * (0.8 + random() * 0.4) * 100) / 100, statement: null, note: null },
      ),
    );
    await insertAll(realisationRows, (chunk) => tx.insert(reportRealisations).values(chunk));

    // Continuous feedback: the appraiser comments on every fourth reviewed report; the employee replies to half.
    const threadRows = reports
      .filter((_, i) => i % 4 === 0)
      .map((r) => {
        const plan = byPlan.get(r.planId)!;
        return { agencyId: plan.agencyId, subjectType: 'MONTHLY_REPORT' as const, subjectId: r.id, employeeId: plan.employeeId, appraiserId: plan.appraiserId!, createdAt: `${YEAR}-06-10T02:00:00Z`, updatedAt: `${YEAR}-06-10T02:00:00Z` };
      });
    const threads: { id: number; employeeId: number; appraiserId: number }[] = [];
    await insertAll(threadRows, async (chunk) => {
      threads.push(...(await tx.insert(feedbackThreads).values(chunk).returning({ id: feedbackThreads.id, employeeId: feedbackThreads.employeeId, appraiserId: feedbackThreads.appraiserId })));
    });
    const messageRows = threads.flatMap((th, i) => [
      { threadId: th.id, authorId: th.appraiserId, body: 'Mohon lengkapi bukti dukung untuk capaian indikator kuantitas.', createdAt: `${YEAR}-06-10T02:00:00Z` },
      ...(i % 2 === 0 ? [{ threadId: th.id, authorId: th.employeeId, body: 'Baik, bukti dukung sudah saya unggah.', createdAt: `${YEAR}-06-11T02:00:00Z` }] : []),
    ]);
    await insertAll(messageRows, (chunk) => tx.insert(feedbackMessages).values(chunk));

    // Peer feedback: for up to 20 employees with at least 4 colleagues in their unit, 4 peers asked; every other
    // request has 3 answers (the aggregate shows), the rest 2 (withheld).
    const byUnit = new Map<number, number[]>();
    for (const plan of plans) byUnit.set(plan.unitId, [...(byUnit.get(plan.unitId) ?? []), plan.employeeId]);
    const subjects = plans.filter((p) => (byUnit.get(p.unitId)?.length ?? 0) >= 5).slice(0, 20);
    for (const [n, plan] of subjects.entries()) {
      const peers = byUnit.get(plan.unitId)!.filter((id) => id !== plan.employeeId).slice(0, 4);
      const [request] = await tx
        .insert(peerFeedbackRequests)
        .values({ agencyId: plan.agencyId, employeeId: plan.employeeId, requestedById: plan.appraiserId!, periodKey: `${YEAR}-Q2`, createdAt: `${YEAR}-06-02T02:00:00Z`, updatedAt: `${YEAR}-06-02T02:00:00Z` })
        .returning({ id: peerFeedbackRequests.id });
      const answered = n % 2 === 0 ? 3 : 2;
      const invitations = await tx
        .insert(peerFeedbackInvitations)
        .values(peers.map((peerId, i) => ({ requestId: request!.id, peerId, answeredAt: i < answered ? `${YEAR}-06-0${5 + i}T02:00:00Z` : null })))
        .returning({ id: peerFeedbackInvitations.id, answeredAt: peerFeedbackInvitations.answeredAt });
      await tx.insert(peerFeedbackRatings).values(
        invitations
          .filter((i) => i.answeredAt !== null)
          .flatMap((i) => values.map((v) => ({ invitationId: i.id, coreValueId: v.id, rating: rating(random, [0.25, 0.7, 0.05]), comment: random() < 0.2 ? 'Sangat membantu rekan kerja.' : null }))),
      );
    }

    // Objections: one decided (changed), one waiting for the hearing (the window has long closed for new ones).
    const objectable = finalised.filter((r) => byPlan.get(r.planId)?.appraiserSuperiorId && r.predikat === 'BAIK');
    const [decided, waiting] = objectable;
    if (decided) {
      const plan = byPlan.get(decided.planId)!;
      const better: Predikat = 'SANGAT_BAIK';
      await tx.insert(objections).values({
        evaluationId: decided.id,
        employeeId: decided.employeeId,
        deciderId: plan.appraiserSuperiorId!,
        reasons: 'Capaian indikator kuantitas melampaui target dan bukti dukung belum dipertimbangkan.',
        status: 'DECIDED',
        filedAt: `${YEAR}-04-15T03:00:00Z`,
        employeeStatement: 'Bukti dukung laporan bulanan Maret menunjukkan capaian 120%.',
        appraiserStatement: 'Bukti dukung baru diterima setelah penilaian.',
        heardAt: `${YEAR}-04-18T03:00:00Z`,
        decision: 'CHANGED',
        originalPredikat: decided.predikat!,
        decidedPredikat: better,
        decisionReason: 'Bukti dukung sah dan menunjukkan capaian di atas ekspektasi.',
        decidedAt: `${YEAR}-04-20T03:00:00Z`,
      });
      await tx.update(evaluations).set({ finalPredikat: better }).where(eq(evaluations.id, decided.id));
      await tx.insert(rewardEligibilities).values({ evaluationId: decided.id, agencyId: summary.agencyId, employeeId: decided.employeeId, periodId: period.id, periodKey: decided.periodKey, createdAt: `${YEAR}-04-20T03:00:00Z` });
    }
    if (waiting) {
      const plan = byPlan.get(waiting.planId)!;
      await tx.insert(objections).values({
        evaluationId: waiting.id,
        employeeId: waiting.employeeId,
        deciderId: plan.appraiserSuperiorId!,
        reasons: 'Rating perilaku tidak disertai catatan yang menjelaskan dasar penilaian.',
        filedAt: `${YEAR}-04-16T03:00:00Z`,
        originalPredikat: waiting.predikat!,
      });
    }
  });
}
