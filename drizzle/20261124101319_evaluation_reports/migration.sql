CREATE TYPE "monthly_report_status" AS ENUM('SUBMITTED', 'REVIEWED');--> statement-breakpoint
CREATE TABLE "monthly_reports" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "monthly_reports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"agency_id" integer NOT NULL,
	"plan_id" integer NOT NULL,
	"employee_id" integer NOT NULL,
	"appraiser_id" integer,
	"year" integer NOT NULL,
	"month" integer NOT NULL,
	"status" "monthly_report_status" DEFAULT 'SUBMITTED'::"monthly_report_status" NOT NULL,
	"achievements" text NOT NULL,
	"obstacles" text,
	"improvement_steps" text,
	"evidence" jsonb DEFAULT '[]' NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"appraiser_response" text,
	"reviewed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monthly_reports_month" CHECK ("month" between 1 and 12),
	CONSTRAINT "monthly_reports_reviewed" CHECK (("status" = 'REVIEWED') = ("reviewed_at" is not null and "appraiser_response" is not null))
);
--> statement-breakpoint
CREATE TABLE "monthly_report_realisations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "monthly_report_realisations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"report_id" integer NOT NULL,
	"indicator_id" integer NOT NULL,
	"value" numeric,
	"statement" text,
	"note" text,
	CONSTRAINT "monthly_report_realisations_given" CHECK ("value" is not null or "statement" is not null)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "monthly_reports_plan_month_key" ON "monthly_reports" ("plan_id","year","month");--> statement-breakpoint
CREATE INDEX "monthly_reports_appraiser_idx" ON "monthly_reports" ("appraiser_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "monthly_report_realisations_key" ON "monthly_report_realisations" ("report_id","indicator_id");--> statement-breakpoint
ALTER TABLE "monthly_reports" ADD CONSTRAINT "monthly_reports_agency_id_agencies_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id");--> statement-breakpoint
ALTER TABLE "monthly_reports" ADD CONSTRAINT "monthly_reports_plan_id_performance_plans_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "performance_plans"("id");--> statement-breakpoint
ALTER TABLE "monthly_reports" ADD CONSTRAINT "monthly_reports_employee_id_employees_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employees"("id");--> statement-breakpoint
ALTER TABLE "monthly_reports" ADD CONSTRAINT "monthly_reports_appraiser_id_employees_id_fkey" FOREIGN KEY ("appraiser_id") REFERENCES "employees"("id");--> statement-breakpoint
ALTER TABLE "monthly_report_realisations" ADD CONSTRAINT "monthly_report_realisations_report_id_monthly_reports_id_fkey" FOREIGN KEY ("report_id") REFERENCES "monthly_reports"("id");--> statement-breakpoint
ALTER TABLE "monthly_report_realisations" ADD CONSTRAINT "monthly_report_realisations_indicator_id_indicators_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "indicators"("id");