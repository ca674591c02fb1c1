/**
 * Annual evaluations finalised at chosen instants, for the training outcomes' tests: the API finalises at the
 * present instant only (and a year from its December), while outcomes compare finalisation with session days.
 */
import { rowsOf } from '../../src/db/index.js';
import type { TestServer } from './server.js';

/**
 * An employee whose approved plans of 2024 and 2025 are in force and who has no annual evaluation yet, and a way to
 * give one of those plans a FINALISED annual evaluation with the given predikat and finalisation instant.
 */
export async function annualEvaluationFixture(t: TestServer) {
  const query = async <T>(text: string) => rowsOf<T>(await t.database.db.execute(text));
  const [plans] = await query<{ p2024: number; p2025: number; employee_id: number }>(`
    select a.id as p2024, b.id as p2025, a.employee_id from performance_plans a
      join performance_plans b on b.employee_id = a.employee_id and b.is_current and b.status = 'APPROVED'
      join performance_periods pa on pa.id = a.period_id and pa.year = 2024
      join performance_periods pb on pb.id = b.period_id and pb.year = 2025
     where a.is_current and a.status = 'APPROVED' and a.appraiser_id is not null
       and not exists (select 1 from evaluations e where e.employee_id = a.employee_id and e.kind = 'ANNUAL')
     order by a.id limit 1`);
  if (!plans) throw new Error('no employee with approved plans of 2024 and 2025 and no annual evaluation');
  return {
    employeeId: Number(plans.employee_id),
    plan2024: Number(plans.p2024),
    plan2025: Number(plans.p2025),
    finaliseAnnual: async (planId: number, year: '2024' | '2025', predikat: string, finalisedAt: string) => {
      await query(`insert into evaluations (agency_id, plan_id, period_id, period_key, kind, starts_on, ends_on, employee_id, appraiser_id,
            appraiser_superior_id, unit_id, status, work_results_rating, behaviour_rating, predikat, final_predikat, finalised_at)
          select agency_id, id, period_id, '${year}', 'ANNUAL', '${year}-01-01', '${year}-12-31', employee_id, appraiser_id,
            appraiser_superior_id, unit_id, 'FINALISED', 'AS_EXPECTED', 'BELOW', '${predikat}', '${predikat}', '${finalisedAt}'
            from performance_plans where id = ${planId}`);
    },
  };
}
