-- The directory's name search (employees_name_trgm_idx) needs pg_trgm: a trusted extension, shipped with PostgreSQL's
-- contrib and loaded into PGlite by src/db/index.ts.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
DROP INDEX "training_sessions_programme_idx";--> statement-breakpoint
CREATE INDEX "training_sessions_programme_idx" ON "training_sessions" ("programme_id","starts_on","id");--> statement-breakpoint
CREATE INDEX "audit_log_agency_action_idx" ON "audit_log" ("agency_id","action","id");--> statement-breakpoint
CREATE INDEX "evaluations_superior_idx" ON "evaluations" ("appraiser_superior_id");--> statement-breakpoint
CREATE INDEX "evaluations_ends_on_idx" ON "evaluations" ("ends_on" DESC,"id");--> statement-breakpoint
CREATE INDEX "evaluations_period_counts_idx" ON "evaluations" ("agency_id","period_id","period_key","unit_id","predikat","final_predikat","id");--> statement-breakpoint
CREATE INDEX "improvement_plans_due_idx" ON "improvement_plans" ("due_on");--> statement-breakpoint
CREATE INDEX "monthly_reports_employee_idx" ON "monthly_reports" ("employee_id","year","month");--> statement-breakpoint
CREATE INDEX "employees_name_idx" ON "employees" ("name","id");--> statement-breakpoint
CREATE INDEX "employees_name_trgm_idx" ON "employees" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "public_feedback_unit_status_idx" ON "public_feedback" ("unit_id","status","id");--> statement-breakpoint
CREATE INDEX "training_sessions_starts_idx" ON "training_sessions" ("starts_on","id");