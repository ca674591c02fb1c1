CREATE TYPE "indicator_aspect" AS ENUM('QUANTITY', 'QUALITY', 'TIME', 'COST');--> statement-breakpoint
CREATE TYPE "performance_period_status" AS ENUM('OPEN', 'CLOSED');--> statement-breakpoint
CREATE TYPE "plan_action" AS ENUM('CREATE', 'SUBMIT', 'APPROVE', 'RETURN', 'REVISE', 'SUPERSEDE', 'END');--> statement-breakpoint
CREATE TYPE "performance_cadence" AS ENUM('MONTHLY', 'QUARTERLY');--> statement-breakpoint
CREATE TYPE "performance_plan_status" AS ENUM('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'SUPERSEDED');--> statement-breakpoint
CREATE TYPE "indicator_target_kind" AS ENUM('NUMBER', 'RANGE', 'QUALITATIVE');--> statement-breakpoint
CREATE TYPE "work_result_kind" AS ENUM('MAIN', 'ADDITIONAL');--> statement-breakpoint
CREATE TYPE "forum_commitment_status" AS ENUM('OPEN', 'IN_PROGRESS', 'DONE');--> statement-breakpoint
CREATE TYPE "public_feedback_channel" AS ENUM('WEB', 'COUNTER', 'PHONE', 'FORUM');--> statement-breakpoint
CREATE TYPE "public_feedback_moderation" AS ENUM('PENDING', 'PUBLISHED', 'REJECTED');--> statement-breakpoint
CREATE TYPE "public_feedback_status" AS ENUM('RECEIVED', 'IN_PROGRESS', 'RESOLVED', 'REJECTED');--> statement-breakpoint
CREATE TYPE "ikm_age_band" AS ENUM('UNDER_20', 'FROM_20_TO_29', 'FROM_30_TO_39', 'FROM_40_TO_49', 'FROM_50_TO_59', 'FROM_60');--> statement-breakpoint
CREATE TYPE "ikm_education" AS ENUM('SD', 'SMP', 'SMA', 'DIPLOMA', 'S1', 'S2', 'S3');--> statement-breakpoint
CREATE TYPE "ikm_gender" AS ENUM('MALE', 'FEMALE');--> statement-breakpoint
CREATE TYPE "ikm_occupation" AS ENUM('PNS', 'TNI', 'POLRI', 'PRIVATE_EMPLOYEE', 'ENTREPRENEUR', 'STUDENT', 'OTHER');--> statement-breakpoint
CREATE TYPE "public_feedback_moderation_reason" AS ENUM('SPAM', 'ABUSE', 'PERSONAL_DATA', 'OTHER');--> statement-breakpoint
CREATE TABLE "behaviour_expectations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "behaviour_expectations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"plan_id" integer NOT NULL,
	"core_value_id" integer NOT NULL,
	"expectation" text NOT NULL,
	"set_by_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "core_values" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "core_values_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL CONSTRAINT "core_values_code_key" UNIQUE,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"behaviour_guides" text[] NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "indicators_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"work_result_id" integer NOT NULL,
	"aspect" "indicator_aspect" NOT NULL,
	"statement" text NOT NULL,
	"target_kind" "indicator_target_kind" NOT NULL,
	"target_value" numeric,
	"target_min" numeric,
	"target_max" numeric,
	"unit" text,
	"target_statement" text,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicators_target_shape" CHECK (case "target_kind"
        when 'NUMBER' then "target_value" is not null and "target_min" is null and "target_max" is null and "unit" is not null
        when 'RANGE' then "target_value" is null and "target_min" is not null and "target_max" is not null and "target_min" <= "target_max" and "unit" is not null
        else "target_value" is null and "target_min" is null and "target_max" is null and "target_statement" is not null
      end)
);
--> statement-breakpoint
CREATE TABLE "performance_periods" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "performance_periods_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"agency_id" integer NOT NULL,
	"year" integer NOT NULL,
	"cadence" "performance_cadence" DEFAULT 'QUARTERLY'::"performance_cadence" NOT NULL,
	"status" "performance_period_status" DEFAULT 'OPEN'::"performance_period_status" NOT NULL,
	"opened_by_id" integer,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "performance_periods_year_range" CHECK ("year" between 2000 and 2100),
	CONSTRAINT "performance_periods_closed_at" CHECK (("status" = 'CLOSED') = ("closed_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "performance_plans" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "performance_plans_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"agency_id" integer NOT NULL,
	"period_id" integer NOT NULL,
	"employee_id" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"status" "performance_plan_status" DEFAULT 'DRAFT'::"performance_plan_status" NOT NULL,
	"is_current" boolean DEFAULT true NOT NULL,
	"appraiser_id" integer,
	"appraiser_superior_id" integer,
	"position_id" integer NOT NULL,
	"position_kind" "position_kind" NOT NULL,
	"unit_id" integer NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"revision_of_id" integer,
	"revision_reason" text,
	"submitted_at" timestamp with time zone,
	"approved_at" timestamp with time zone,
	"approved_by_id" integer,
	"returned_at" timestamp with time zone,
	"returned_reason" text,
	"lock_version" integer DEFAULT 0 NOT NULL,
	"created_by_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "performance_plans_dates" CHECK ("ends_on" >= "starts_on"),
	CONSTRAINT "performance_plans_version_positive" CHECK ("version" >= 1),
	CONSTRAINT "performance_plans_superseded_not_current" CHECK (not ("status" = 'SUPERSEDED' and "is_current")),
	CONSTRAINT "performance_plans_revision" CHECK (("version" = 1) = ("revision_of_id" is null)),
	CONSTRAINT "performance_plans_approved_at" CHECK (("status" in ('APPROVED', 'SUPERSEDED')) = ("approved_at" is not null)),
	CONSTRAINT "performance_plans_returned_reason" CHECK ("status" <> 'RETURNED' or "returned_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "plan_transitions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "plan_transitions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"plan_id" integer NOT NULL,
	"action" "plan_action" NOT NULL,
	"from_status" "performance_plan_status",
	"to_status" "performance_plan_status" NOT NULL,
	"actor_id" integer,
	"reason" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "work_results" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "work_results_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"plan_id" integer NOT NULL,
	"kind" "work_result_kind" DEFAULT 'MAIN'::"work_result_kind" NOT NULL,
	"statement" text NOT NULL,
	"parent_work_result_id" integer,
	"strategic_goal" text,
	"position" integer NOT NULL,
	"derived_from_id" integer,
	"proposed_by_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "work_results_one_source" CHECK ("parent_work_result_id" is null or "strategic_goal" is null),
	CONSTRAINT "work_results_not_own_parent" CHECK ("parent_work_result_id" is distinct from "id")
);
--> statement-breakpoint
CREATE TABLE "public_feedback_status_history" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "public_feedback_status_history_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"feedback_id" integer NOT NULL,
	"status" "public_feedback_status" NOT NULL,
	"previous_status" "public_feedback_status",
	"note" text,
	"changed_by_id" integer,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "forum_commitments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "forum_commitments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"forum_id" integer NOT NULL,
	"description" text NOT NULL,
	"owner_name" text NOT NULL,
	"owner_employee_id" integer,
	"due_on" date,
	"status" "forum_commitment_status" DEFAULT 'OPEN'::"forum_commitment_status" NOT NULL,
	"note" text,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "forums" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "forums_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"agency_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"held_on" date NOT NULL,
	"topic" text NOT NULL,
	"location" text,
	"participants" integer NOT NULL,
	"summary" text NOT NULL,
	"created_by_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "forums_participants_range" CHECK ("participants" between 0 and 100000)
);
--> statement-breakpoint
CREATE TABLE "ikm_responses" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ikm_responses_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"agency_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"service_name" text,
	"u1_requirements" smallint NOT NULL,
	"u2_procedure" smallint NOT NULL,
	"u3_service_time" smallint NOT NULL,
	"u4_cost" smallint NOT NULL,
	"u5_product" smallint NOT NULL,
	"u6_competence" smallint NOT NULL,
	"u7_behaviour" smallint NOT NULL,
	"u8_complaint_handling" smallint NOT NULL,
	"u9_facilities" smallint NOT NULL,
	"comment" text,
	"age_band" "ikm_age_band",
	"gender" "ikm_gender",
	"education" "ikm_education",
	"occupation" "ikm_occupation",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ikm_responses_scores_range" CHECK ("u1_requirements" between 1 and 4 and "u2_procedure" between 1 and 4 and "u3_service_time" between 1 and 4
        and "u4_cost" between 1 and 4 and "u5_product" between 1 and 4 and "u6_competence" between 1 and 4
        and "u7_behaviour" between 1 and 4 and "u8_complaint_handling" between 1 and 4 and "u9_facilities" between 1 and 4)
);
--> statement-breakpoint
CREATE TABLE "public_feedback" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "public_feedback_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"agency_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"employee_id" integer,
	"employee_reference" text,
	"counter" text,
	"service_name" text,
	"rating" smallint NOT NULL,
	"comment" text,
	"channel" "public_feedback_channel" DEFAULT 'WEB'::"public_feedback_channel" NOT NULL,
	"contact_name" text,
	"contact_email" text,
	"contact_phone" text,
	"tracking_code" text NOT NULL,
	"status" "public_feedback_status" DEFAULT 'RECEIVED'::"public_feedback_status" NOT NULL,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"moderation" "public_feedback_moderation" DEFAULT 'PENDING'::"public_feedback_moderation" NOT NULL,
	"moderation_reason" "public_feedback_moderation_reason",
	"moderation_note" text,
	"moderated_by_id" integer,
	"moderated_at" timestamp with time zone,
	"public_answer" text,
	"answered_by_id" integer,
	"answered_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"idempotency_hash" text,
	"submission_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "public_feedback_rating_range" CHECK ("rating" between 1 and 5),
	CONSTRAINT "public_feedback_resolved_at" CHECK (("status" = 'RESOLVED') = ("resolved_at" is not null)),
	CONSTRAINT "public_feedback_moderation_reason" CHECK (("moderation" = 'REJECTED') = ("moderation_reason" is not null))
);
--> statement-breakpoint
CREATE TABLE "public_rate_limits" (
	"client_hash" text,
	"scope" text,
	"window_started_at" timestamp with time zone NOT NULL,
	"hits" integer NOT NULL,
	CONSTRAINT "public_rate_limits_pkey" PRIMARY KEY("client_hash","scope")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "behaviour_expectations_plan_value_key" ON "behaviour_expectations" ("plan_id","core_value_id");--> statement-breakpoint
CREATE INDEX "indicators_work_result_idx" ON "indicators" ("work_result_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "performance_periods_agency_year_key" ON "performance_periods" ("agency_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "performance_plans_current_key" ON "performance_plans" ("employee_id","period_id") WHERE "is_current";--> statement-breakpoint
CREATE UNIQUE INDEX "performance_plans_version_key" ON "performance_plans" ("employee_id","period_id","starts_on","version");--> statement-breakpoint
CREATE INDEX "performance_plans_appraiser_idx" ON "performance_plans" ("appraiser_id","status");--> statement-breakpoint
CREATE INDEX "performance_plans_period_unit_idx" ON "performance_plans" ("period_id","unit_id");--> statement-breakpoint
CREATE INDEX "performance_plans_revision_idx" ON "performance_plans" ("revision_of_id");--> statement-breakpoint
CREATE INDEX "plan_transitions_plan_idx" ON "plan_transitions" ("plan_id","at");--> statement-breakpoint
CREATE INDEX "work_results_plan_idx" ON "work_results" ("plan_id","position");--> statement-breakpoint
CREATE INDEX "work_results_parent_idx" ON "work_results" ("parent_work_result_id");--> statement-breakpoint
CREATE INDEX "work_results_derived_idx" ON "work_results" ("derived_from_id");--> statement-breakpoint
CREATE INDEX "public_feedback_status_history_feedback_idx" ON "public_feedback_status_history" ("feedback_id","changed_at");--> statement-breakpoint
CREATE INDEX "forum_commitments_forum_idx" ON "forum_commitments" ("forum_id");--> statement-breakpoint
CREATE INDEX "forums_unit_idx" ON "forums" ("unit_id","held_on");--> statement-breakpoint
CREATE INDEX "ikm_responses_unit_idx" ON "ikm_responses" ("unit_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "public_feedback_tracking_code_key" ON "public_feedback" ("tracking_code");--> statement-breakpoint
CREATE UNIQUE INDEX "public_feedback_idempotency_key" ON "public_feedback" ("idempotency_hash");--> statement-breakpoint
CREATE INDEX "public_feedback_unit_idx" ON "public_feedback" ("unit_id","created_at");--> statement-breakpoint
CREATE INDEX "public_feedback_employee_idx" ON "public_feedback" ("employee_id");--> statement-breakpoint
CREATE INDEX "public_rate_limits_window_idx" ON "public_rate_limits" ("window_started_at");--> statement-breakpoint
ALTER TABLE "behaviour_expectations" ADD CONSTRAINT "behaviour_expectations_plan_id_performance_plans_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "performance_plans"("id");--> statement-breakpoint
ALTER TABLE "behaviour_expectations" ADD CONSTRAINT "behaviour_expectations_core_value_id_core_values_id_fkey" FOREIGN KEY ("core_value_id") REFERENCES "core_values"("id");--> statement-breakpoint
ALTER TABLE "behaviour_expectations" ADD CONSTRAINT "behaviour_expectations_set_by_id_employees_id_fkey" FOREIGN KEY ("set_by_id") REFERENCES "employees"("id");--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_work_result_id_work_results_id_fkey" FOREIGN KEY ("work_result_id") REFERENCES "work_results"("id");--> statement-breakpoint
ALTER TABLE "performance_periods" ADD CONSTRAINT "performance_periods_agency_id_agencies_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id");--> statement-breakpoint
ALTER TABLE "performance_periods" ADD CONSTRAINT "performance_periods_opened_by_id_employees_id_fkey" FOREIGN KEY ("opened_by_id") REFERENCES "employees"("id");--> statement-breakpoint
ALTER TABLE "performance_plans" ADD CONSTRAINT "performance_plans_agency_id_agencies_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id");--> statement-breakpoint
ALTER TABLE "performance_plans" ADD CONSTRAINT "performance_plans_period_id_performance_periods_id_fkey" FOREIGN KEY ("period_id") REFERENCES "performance_periods"("id");--> statement-breakpoint
ALTER TABLE "performance_plans" ADD CONSTRAINT "performance_plans_employee_id_employees_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employees"("id");--> statement-breakpoint
ALTER TABLE "performance_plans" ADD CONSTRAINT "performance_plans_appraiser_id_employees_id_fkey" FOREIGN KEY ("appraiser_id") REFERENCES "employees"("id");--> statement-breakpoint
ALTER TABLE "performance_plans" ADD CONSTRAINT "performance_plans_appraiser_superior_id_employees_id_fkey" FOREIGN KEY ("appraiser_superior_id") REFERENCES "employees"("id");--> statement-breakpoint
ALTER TABLE "performance_plans" ADD CONSTRAINT "performance_plans_position_id_positions_id_fkey" FOREIGN KEY ("position_id") REFERENCES "positions"("id");--> statement-breakpoint
ALTER TABLE "performance_plans" ADD CONSTRAINT "performance_plans_unit_id_org_units_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "org_units"("id");--> statement-breakpoint
ALTER TABLE "performance_plans" ADD CONSTRAINT "performance_plans_revision_of_id_performance_plans_id_fkey" FOREIGN KEY ("revision_of_id") REFERENCES "performance_plans"("id");--> statement-breakpoint
ALTER TABLE "performance_plans" ADD CONSTRAINT "performance_plans_approved_by_id_employees_id_fkey" FOREIGN KEY ("approved_by_id") REFERENCES "employees"("id");--> statement-breakpoint
ALTER TABLE "performance_plans" ADD CONSTRAINT "performance_plans_created_by_id_employees_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "employees"("id");--> statement-breakpoint
ALTER TABLE "plan_transitions" ADD CONSTRAINT "plan_transitions_plan_id_performance_plans_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "performance_plans"("id");--> statement-breakpoint
ALTER TABLE "plan_transitions" ADD CONSTRAINT "plan_transitions_actor_id_employees_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "employees"("id");--> statement-breakpoint
ALTER TABLE "work_results" ADD CONSTRAINT "work_results_plan_id_performance_plans_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "performance_plans"("id");--> statement-breakpoint
ALTER TABLE "work_results" ADD CONSTRAINT "work_results_parent_work_result_id_work_results_id_fkey" FOREIGN KEY ("parent_work_result_id") REFERENCES "work_results"("id");--> statement-breakpoint
ALTER TABLE "work_results" ADD CONSTRAINT "work_results_derived_from_id_work_results_id_fkey" FOREIGN KEY ("derived_from_id") REFERENCES "work_results"("id");--> statement-breakpoint
ALTER TABLE "work_results" ADD CONSTRAINT "work_results_proposed_by_id_employees_id_fkey" FOREIGN KEY ("proposed_by_id") REFERENCES "employees"("id");--> statement-breakpoint
ALTER TABLE "public_feedback_status_history" ADD CONSTRAINT "public_feedback_status_history_E390IfH71qAT_fkey" FOREIGN KEY ("feedback_id") REFERENCES "public_feedback"("id");--> statement-breakpoint
ALTER TABLE "public_feedback_status_history" ADD CONSTRAINT "public_feedback_status_history_changed_by_id_employees_id_fkey" FOREIGN KEY ("changed_by_id") REFERENCES "employees"("id");--> statement-breakpoint
ALTER TABLE "forum_commitments" ADD CONSTRAINT "forum_commitments_forum_id_forums_id_fkey" FOREIGN KEY ("forum_id") REFERENCES "forums"("id");--> statement-breakpoint
ALTER TABLE "forum_commitments" ADD CONSTRAINT "forum_commitments_owner_employee_id_employees_id_fkey" FOREIGN KEY ("owner_employee_id") REFERENCES "employees"("id");--> statement-breakpoint
ALTER TABLE "forum_commitments" ADD CONSTRAINT "forum_commitments_updated_by_id_employees_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "employees"("id");--> statement-breakpoint
ALTER TABLE "forums" ADD CONSTRAINT "forums_agency_id_agencies_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id");--> statement-breakpoint
ALTER TABLE "forums" ADD CONSTRAINT "forums_unit_id_org_units_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "org_units"("id");--> statement-breakpoint
ALTER TABLE "forums" ADD CONSTRAINT "forums_created_by_id_employees_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "employees"("id");--> statement-breakpoint
ALTER TABLE "ikm_responses" ADD CONSTRAINT "ikm_responses_agency_id_agencies_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id");--> statement-breakpoint
ALTER TABLE "ikm_responses" ADD CONSTRAINT "ikm_responses_unit_id_org_units_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "org_units"("id");--> statement-breakpoint
ALTER TABLE "public_feedback" ADD CONSTRAINT "public_feedback_agency_id_agencies_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id");--> statement-breakpoint
ALTER TABLE "public_feedback" ADD CONSTRAINT "public_feedback_unit_id_org_units_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "org_units"("id");--> statement-breakpoint
ALTER TABLE "public_feedback" ADD CONSTRAINT "public_feedback_employee_id_employees_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employees"("id");--> statement-breakpoint
ALTER TABLE "public_feedback" ADD CONSTRAINT "public_feedback_moderated_by_id_employees_id_fkey" FOREIGN KEY ("moderated_by_id") REFERENCES "employees"("id");--> statement-breakpoint
ALTER TABLE "public_feedback" ADD CONSTRAINT "public_feedback_answered_by_id_employees_id_fkey" FOREIGN KEY ("answered_by_id") REFERENCES "employees"("id");