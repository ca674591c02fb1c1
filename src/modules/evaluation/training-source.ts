/**
 * Plugs the evaluations into the training module's `EvaluationSource` (see src/modules/training/README.md): per
 * participant, the predikat in force of the last annual evaluation finalised before the session's start and of the
 * first finalised after its end, in one statement for all participants (of one programme or of a page of them); and
 * per (employee, year), what the finalised evaluations rated below expectation and their open improvement plans,
 * in one statement for a page of employees. Reads only; peer feedback is left out (training README).
 */
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../db/index.js';
import { SERVICE_TIME_ZONE } from '../org/rules.js';
import { setEvaluationSource, type EvaluationSource } from '../training/queries.js';
import type { CoreValueCode } from '../training/tables.js';
import type { Predikat } from './rules.js';

export const evaluationOutcomeSource: EvaluationSource = {
  available: true,
  async outcomePairs(db, participants) {
    if (participants.length === 0) return [];
    // The position keeps the pairs in the participants' order; the programme tags them when several are asked at once.
    const values = sql.join(
      participants.map(
        (p, position) => sql`(${position}::int, ${p.programmeId ?? null}::int, ${p.employeeId}::int, ${p.startsOn}::date, ${p.endsOn}::date)`,
      ),
      sql`, `,
    );
    // Session days are WIB days: a date compared with a timestamptz would be midnight of the session's zone (UTC).
    const result = await db.execute(sql`
      select p.programme_id, p.employee_id, b.predikat as before, a.predikat as after
        from (values ${values}) as p(position, programme_id, employee_id, starts_on, ends_on)
        cross join lateral (
          select coalesce(e.final_predikat, e.predikat) as predikat from evaluations e
           where e.employee_id = p.employee_id and e.kind = 'ANNUAL' and e.status <> 'DRAFT' and e.finalised_at < (p.starts_on::timestamp at time zone ${SERVICE_TIME_ZONE})
           order by e.finalised_at desc limit 1) b
        cross join lateral (
          select coalesce(e.final_predikat, e.predikat) as predikat from evaluations e
           where e.employee_id = p.employee_id and e.kind = 'ANNUAL' and e.status <> 'DRAFT' and e.finalised_at >= ((p.ends_on + 1)::timestamp at time zone ${SERVICE_TIME_ZONE})
           order by e.finalised_at asc limit 1) a
       order by p.position`);
    return rowsOf<{ programme_id: number | null; employee_id: number; before: Predikat; after: Predikat }>(result).map((r) => ({
      ...(r.programme_id === null ? {} : { programmeId: Number(r.programme_id) }),
      employeeId: Number(r.employee_id),
      before: r.before,
      after: r.after,
    }));
  },
  async needGaps(db, pairs) {
    if (pairs.length === 0) return [];
    const values = sql.join(pairs.map((p) => sql`(${p.employeeId}::int, ${p.year}::int)`), sql`, `);
    // Drafts are the appraiser's work in progress, not yet a judgement: finalised and acknowledged ones only. An
    // earlier year's evaluation counts while its improvement plan is still open.
    const result = await db.execute(sql`
      with k(employee_id, year) as (values ${values})
      select k.employee_id, k.year, e.period_key, pp.year = k.year as in_year,
             e.work_results_rating = 'BELOW' as work_results_below, e.behaviour_rating = 'BELOW' as behaviour_below,
             array(select v.code from evaluation_behaviour_ratings b join core_values v on v.id = b.core_value_id
                    where b.evaluation_id = e.id and b.rating = 'BELOW' order by v.position) as values_below,
             array(select w.statement from evaluation_work_result_ratings r join work_results w on w.id = r.work_result_id
                    where r.evaluation_id = e.id and r.rating = 'BELOW' order by w.position, w.id) as statements_below,
             ip.actions as plan_actions, ip.due_on::text as plan_due_on
        from k
        join evaluations e on e.employee_id = k.employee_id and e.status <> 'DRAFT'
        join performance_periods pp on pp.id = e.period_id
        left join improvement_plans ip on ip.evaluation_id = e.id and ip.status = 'OPEN'
       where pp.year = k.year or (pp.year < k.year and ip.id is not null)
       order by k.employee_id, k.year, e.ends_on, e.id`);
    type Row = {
      employee_id: number;
      year: number;
      period_key: string;
      in_year: boolean;
      work_results_below: boolean | null;
      behaviour_below: boolean | null;
      values_below: string[];
      statements_below: string[];
      plan_actions: string[] | null;
      plan_due_on: string | null;
    };
    return rowsOf<Row>(result).map((r) => ({
      employeeId: Number(r.employee_id),
      year: Number(r.year),
      periodKey: r.period_key,
      inYear: Boolean(r.in_year),
      valuesBelow: r.values_below as CoreValueCode[],
      workResultsBelow: r.work_results_below === true,
      behaviourBelow: r.behaviour_below === true,
      workResultStatementsBelow: r.statements_below,
      openPlan: r.plan_actions === null ? null : { actions: r.plan_actions, dueOn: String(r.plan_due_on).slice(0, 10) },
    }));
  },
};

setEvaluationSource(evaluationOutcomeSource);
