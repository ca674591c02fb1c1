/**
 * Plugs the evaluations into the training module's `EvaluationSource` (see src/modules/training/README.md): per
 * participant, the predikat in force of the last annual evaluation finalised before the session's start and of the
 * first finalised after its end, in one statement for all participants (of one programme or of a page of them).
 */
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../db/index.js';
import { setEvaluationSource, type EvaluationSource } from '../training/queries.js';
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
    const result = await db.execute(sql`
      select p.programme_id, p.employee_id, b.predikat as before, a.predikat as after
        from (values ${values}) as p(position, programme_id, employee_id, starts_on, ends_on)
        cross join lateral (
          select coalesce(e.final_predikat, e.predikat) as predikat from evaluations e
           where e.employee_id = p.employee_id and e.kind = 'ANNUAL' and e.status <> 'DRAFT' and e.finalised_at < p.starts_on
           order by e.finalised_at desc limit 1) b
        cross join lateral (
          select coalesce(e.final_predikat, e.predikat) as predikat from evaluations e
           where e.employee_id = p.employee_id and e.kind = 'ANNUAL' and e.status <> 'DRAFT' and e.finalised_at > p.ends_on + 1
           order by e.finalised_at asc limit 1) a
       order by p.position`);
    return rowsOf<{ programme_id: number | null; employee_id: number; before: Predikat; after: Predikat }>(result).map((r) => ({
      ...(r.programme_id === null ? {} : { programmeId: Number(r.programme_id) }),
      employeeId: Number(r.employee_id),
      before: r.before,
      after: r.after,
    }));
  },
};

setEvaluationSource(evaluationOutcomeSource);
