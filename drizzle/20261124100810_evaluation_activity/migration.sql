CREATE TABLE "activity_logs" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "activity_logs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"agency_id" integer NOT NULL,
	"employee_id" integer NOT NULL,
	"appraiser_id" integer,
	"plan_id" integer NOT NULL,
	"work_result_id" integer NOT NULL,
	"logged_on" date NOT NULL,
	"description" text NOT NULL,
	"output" text NOT NULL,
	"minutes" integer NOT NULL,
	"evidence_url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activity_logs_minutes" CHECK ("minutes" between 1 and 1440)
);
--> statement-breakpoint
CREATE INDEX "activity_logs_appraiser_day_idx" ON "activity_logs" ("appraiser_id","logged_on");--> statement-breakpoint
CREATE INDEX "activity_logs_employee_day_idx" ON "activity_logs" ("employee_id","logged_on");--> statement-breakpoint
ALTER TABLE "activity_logs" ADD CONSTRAINT "activity_logs_agency_id_agencies_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id");--> statement-breakpoint
ALTER TABLE "activity_logs" ADD CONSTRAINT "activity_logs_employee_id_employees_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employees"("id");--> statement-breakpoint
ALTER TABLE "activity_logs" ADD CONSTRAINT "activity_logs_appraiser_id_employees_id_fkey" FOREIGN KEY ("appraiser_id") REFERENCES "employees"("id");--> statement-breakpoint
ALTER TABLE "activity_logs" ADD CONSTRAINT "activity_logs_plan_id_performance_plans_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "performance_plans"("id");--> statement-breakpoint
ALTER TABLE "activity_logs" ADD CONSTRAINT "activity_logs_work_result_id_work_results_id_fkey" FOREIGN KEY ("work_result_id") REFERENCES "work_results"("id");