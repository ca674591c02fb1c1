/**
 * Plugs the evaluations into the citizens' transparency figures (`transparency.predikat`, see
 * src/modules/public/README.md): per predikat in force, how many employees of the unit have a finalised evaluation
 * for the period, each employee once, in one statement. The public module withholds small counts.
 *
 * The unit itself, not its subtree: units below publish their own distributions, and a parent's subtree minus its
 * children's would be the parent's own few employees (often the head of the office alone), i.e. an individual's
 * predikat. Disjoint units cannot be subtracted from one another.
 */
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../db/index.js';
import { setPredikatSource, type PredikatSource } from '../public/queries.js';
import type { Predikat } from './rules.js';

export const finalisedPredikatSource: PredikatSource = async (db, unitId, period) => {
  // The period's label is the evaluations' period_key ("2025", "2025-Q1", "2025-03"); a semester matches none. Each
  // employee counts once, by their latest finalised evaluation for the key and in its unit: one who moved (a new plan)
  // is not counted in both units.
  const result = await db.execute(sql`
    select predikat, count(*)::int as n from (
      select distinct on (e.employee_id) e.unit_id, coalesce(e.final_predikat, e.predikat) as predikat from evaluations e
       where e.period_key = ${period.label} and e.status in ('FINALISED', 'ACKNOWLEDGED')
         and e.employee_id in (
           select employee_id from evaluations
            where unit_id = ${unitId} and period_key = ${period.label} and status in ('FINALISED', 'ACKNOWLEDGED'))
       order by e.employee_id, e.finalised_at desc, e.id desc) as latest
     where unit_id = ${unitId}
     group by predikat`);
  const rows = rowsOf<{ predikat: Predikat; n: number }>(result);
  return rows.length ? Object.fromEntries(rows.map((r) => [r.predikat, Number(r.n)])) : null;
};

setPredikatSource(finalisedPredikatSource);
