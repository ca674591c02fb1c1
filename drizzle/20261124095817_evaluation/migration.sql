CREATE TYPE "evaluation_kind" AS ENUM('PERIODIC', 'ANNUAL');--> statement-breakpoint
CREATE TYPE "evaluation_rating" AS ENUM('ABOVE', 'AS_EXPECTED', 'BELOW');--> statement-breakpoint
CREATE TYPE "evaluation_status" AS ENUM('DRAFT', 'FINALISED', 'ACKNOWLEDGED');--> statement-breakpoint
CREATE TYPE "improvement_plan_status" AS ENUM('OPEN', 'COMPLETED');--> statement-breakpoint
CREATE TYPE "objection_decision" AS ENUM('UPHELD', 'CHANGED');--> statement-breakpoint
CREATE TYPE "objection_status" AS ENUM('FILED', 'HEARD', 'DECIDED');--> statement-breakpoint
CREATE TYPE "organisation_predikat" AS ENUM('ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG');--> statement-breakpoint
CREATE TYPE "predikat" AS ENUM('SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG');--> statement-breakpoint
CREATE TABLE "evaluation_behaviour_ratings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "evaluation_behaviour_ratings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"evaluation_id" integer NOT NULL,
	"core_value_id" integer NOT NULL,
	"rating" "evaluation_rating" NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "distribution_curves" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "distribution_curves_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"agency_id" integer NOT NULL,
	"organisation_predikat" "organisation_predikat" NOT NULL,
	"bounds" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "evaluations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"agency_id" integer NOT NULL,
	"plan_id" integer NOT NULL,
	"period_id" integer NOT NULL,
	"period_key" text NOT NULL,
	"kind" "evaluation_kind" NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"employee_id" integer NOT NULL,
	"appraiser_id" integer NOT NULL,
	"appraiser_superior_id" integer,
	"unit_id" integer NOT NULL,
	"status" "evaluation_status" DEFAULT 'DRAFT'::"evaluation_status" NOT NULL,
	"work_results_rating" "evaluation_rating",
	"work_results_note" text,
	"behaviour_rating" "evaluation_rating",
	"behaviour_note" text,
	"predikat" "predikat",
	"final_predikat" "predikat",
	"finalised_at" timestamp with time zone,
	"acknowledged_at" timestamp with time zone,
	"curve_override_reason" text,
	"curve_broken_bounds" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluations_predikat_rated" CHECK (("predikat" is null) = ("work_results_rating" is null or "behaviour_rating" is null)),
	CONSTRAINT "evaluations_finalised" CHECK (("status" = 'DRAFT') = ("finalised_at" is null)),
	CONSTRAINT "evaluations_final_predikat" CHECK ("status" = 'DRAFT' or ("predikat" is not null and "final_predikat" is not null)),
	CONSTRAINT "evaluations_acknowledged" CHECK (("status" = 'ACKNOWLEDGED') = ("acknowledged_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "improvement_plans" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "improvement_plans_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"evaluation_id" integer NOT NULL,
	"employee_id" integer NOT NULL,
	"owner_id" integer NOT NULL,
	"actions" text[] NOT NULL,
	"due_on" date NOT NULL,
	"status" "improvement_plan_status" DEFAULT 'OPEN'::"improvement_plan_status" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "improvement_plans_actions" CHECK (cardinality("actions") >= 1)
);
--> statement-breakpoint
CREATE TABLE "objections" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "objections_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"evaluation_id" integer NOT NULL,
	"employee_id" integer NOT NULL,
	"decider_id" integer NOT NULL,
	"reasons" text NOT NULL,
	"status" "objection_status" DEFAULT 'FILED'::"objection_status" NOT NULL,
	"filed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"employee_statement" text,
	"appraiser_statement" text,
	"heard_at" timestamp with time zone,
	"decision" "objection_decision",
	"original_predikat" "predikat" NOT NULL,
	"decided_predikat" "predikat",
	"decision_reason" text,
	"decided_at" timestamp with time zone,
	CONSTRAINT "objections_decided" CHECK (("status" = 'DECIDED') = ("decided_at" is not null and "decision" is not null and "decided_predikat" is not null)),
	CONSTRAINT "objections_heard" CHECK ("status" = 'FILED' or "heard_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "organisation_predikats" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "organisation_predikats_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"agency_id" integer NOT NULL,
	"period_id" integer NOT NULL,
	"unit_id" integer,
	"predikat" "organisation_predikat" NOT NULL,
	"set_by_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reward_eligibilities" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reward_eligibilities_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"evaluation_id" integer NOT NULL,
	"agency_id" integer NOT NULL,
	"employee_id" integer NOT NULL,
	"period_id" integer NOT NULL,
	"period_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_work_result_ratings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "evaluation_work_result_ratings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"evaluation_id" integer NOT NULL,
	"work_result_id" integer NOT NULL,
	"rating" "evaluation_rating" NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_behaviour_ratings_key" ON "evaluation_behaviour_ratings" ("evaluation_id","core_value_id");--> statement-breakpoint
CREATE UNIQUE INDEX "distribution_curves_agency_predikat_key" ON "distribution_curves" ("agency_id","organisation_predikat");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluations_plan_period_key" ON "evaluations" ("plan_id","period_key");--> statement-breakpoint
CREATE INDEX "evaluations_employee_idx" ON "evaluations" ("employee_id","period_key");--> statement-breakpoint
CREATE INDEX "evaluations_appraiser_idx" ON "evaluations" ("appraiser_id","status");--> statement-breakpoint
CREATE INDEX "evaluations_unit_idx" ON "evaluations" ("unit_id","period_key");--> statement-breakpoint
CREATE UNIQUE INDEX "improvement_plans_evaluation_key" ON "improvement_plans" ("evaluation_id");--> statement-breakpoint
CREATE INDEX "improvement_plans_owner_idx" ON "improvement_plans" ("owner_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "objections_evaluation_key" ON "objections" ("evaluation_id");--> statement-breakpoint
CREATE INDEX "objections_decider_idx" ON "objections" ("decider_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "organisation_predikats_unit_key" ON "organisation_predikats" ("period_id","unit_id") WHERE "unit_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "organisation_predikats_agency_key" ON "organisation_predikats" ("period_id") WHERE "unit_id" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "reward_eligibilities_evaluation_key" ON "reward_eligibilities" ("evaluation_id");--> statement-breakpoint
CREATE INDEX "reward_eligibilities_period_idx" ON "reward_eligibilities" ("period_id","period_key");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_work_result_ratings_key" ON "evaluation_work_result_ratings" ("evaluation_id","work_result_id");--> statement-breakpoint
ALTER TABLE "evaluation_behaviour_ratings" ADD CONSTRAINT "evaluation_behaviour_ratings_evaluation_id_evaluations_id_fkey" FOREIGN KEY ("evaluation_id") REFERENCES "evaluations"("id");--> statement-breakpoint
ALTER TABLE "evaluation_behaviour_ratings" ADD CONSTRAINT "evaluation_behaviour_ratings_core_value_id_core_values_id_fkey" FOREIGN KEY ("core_value_id") REFERENCES "core_values"("id");--> statement-breakpoint
ALTER TABLE "distribution_curves" ADD CONSTRAINT "distribution_curves_agency_id_agencies_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id");--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_agency_id_agencies_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id");--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_plan_id_performance_plans_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "performance_plans"("id");--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_period_id_performance_periods_id_fkey" FOREIGN KEY ("period_id") REFERENCES "performance_periods"("id");--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_employee_id_employees_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employees"("id");--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_appraiser_id_employees_id_fkey" FOREIGN KEY ("appraiser_id") REFERENCES "employees"("id");--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_appraiser_superior_id_employees_id_fkey" FOREIGN KEY ("appraiser_superior_id") REFERENCES "employees"("id");--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_unit_id_org_units_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "org_units"("id");--> statement-breakpoint
ALTER TABLE "improvement_plans" ADD CONSTRAINT "improvement_plans_evaluation_id_evaluations_id_fkey" FOREIGN KEY ("evaluation_id") REFERENCES "evaluations"("id");--> statement-breakpoint
ALTER TABLE "improvement_plans" ADD CONSTRAINT "improvement_plans_employee_id_employees_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employees"("id");--> statement-breakpoint
ALTER TABLE "improvement_plans" ADD CONSTRAINT "improvement_plans_owner_id_employees_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "employees"("id");--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_evaluation_id_evaluations_id_fkey" FOREIGN KEY ("evaluation_id") REFERENCES "evaluations"("id");--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_employee_id_employees_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employees"("id");--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_decider_id_employees_id_fkey" FOREIGN KEY ("decider_id") REFERENCES "employees"("id");--> statement-breakpoint
ALTER TABLE "organisation_predikats" ADD CONSTRAINT "organisation_predikats_agency_id_agencies_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id");--> statement-breakpoint
ALTER TABLE "organisation_predikats" ADD CONSTRAINT "organisation_predikats_period_id_performance_periods_id_fkey" FOREIGN KEY ("period_id") REFERENCES "performance_periods"("id");--> statement-breakpoint
ALTER TABLE "organisation_predikats" ADD CONSTRAINT "organisation_predikats_unit_id_org_units_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "org_units"("id");--> statement-breakpoint
ALTER TABLE "organisation_predikats" ADD CONSTRAINT "organisation_predikats_set_by_id_employees_id_fkey" FOREIGN KEY ("set_by_id") REFERENCES "employees"("id");--> statement-breakpoint
ALTER TABLE "reward_eligibilities" ADD CONSTRAINT "reward_eligibilities_evaluation_id_evaluations_id_fkey" FOREIGN KEY ("evaluation_id") REFERENCES "evaluations"("id");--> statement-breakpoint
ALTER TABLE "reward_eligibilities" ADD CONSTRAINT "reward_eligibilities_agency_id_agencies_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id");--> statement-breakpoint
ALTER TABLE "reward_eligibilities" ADD CONSTRAINT "reward_eligibilities_employee_id_employees_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employees"("id");--> statement-breakpoint
ALTER TABLE "reward_eligibilities" ADD CONSTRAINT "reward_eligibilities_period_id_performance_periods_id_fkey" FOREIGN KEY ("period_id") REFERENCES "performance_periods"("id");--> statement-breakpoint
ALTER TABLE "evaluation_work_result_ratings" ADD CONSTRAINT "evaluation_work_result_ratings_2qXKUNgUrxSq_fkey" FOREIGN KEY ("evaluation_id") REFERENCES "evaluations"("id");--> statement-breakpoint
ALTER TABLE "evaluation_work_result_ratings" ADD CONSTRAINT "evaluation_work_result_ratings_Jh5Osz2QQ9ys_fkey" FOREIGN KEY ("work_result_id") REFERENCES "work_results"("id");