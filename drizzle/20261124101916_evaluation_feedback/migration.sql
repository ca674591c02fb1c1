CREATE TYPE "feedback_subject_type" AS ENUM('WORK_RESULT', 'INDICATOR', 'MONTHLY_REPORT', 'ACTIVITY_LOG');--> statement-breakpoint
CREATE TABLE "feedback_messages" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "feedback_messages_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"thread_id" integer NOT NULL,
	"author_id" integer NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback_threads" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "feedback_threads_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"agency_id" integer NOT NULL,
	"subject_type" "feedback_subject_type" NOT NULL,
	"subject_id" integer NOT NULL,
	"employee_id" integer NOT NULL,
	"appraiser_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "peer_feedback_invitations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "peer_feedback_invitations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"request_id" integer NOT NULL,
	"peer_id" integer NOT NULL,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "peer_feedback_ratings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "peer_feedback_ratings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"invitation_id" integer NOT NULL,
	"core_value_id" integer NOT NULL,
	"rating" "evaluation_rating" NOT NULL,
	"comment" text
);
--> statement-breakpoint
CREATE TABLE "peer_feedback_requests" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "peer_feedback_requests_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"agency_id" integer NOT NULL,
	"employee_id" integer NOT NULL,
	"requested_by_id" integer NOT NULL,
	"period_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "feedback_messages_thread_idx" ON "feedback_messages" ("thread_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_threads_subject_key" ON "feedback_threads" ("subject_type","subject_id");--> statement-breakpoint
CREATE INDEX "feedback_threads_employee_idx" ON "feedback_threads" ("employee_id");--> statement-breakpoint
CREATE INDEX "feedback_threads_appraiser_idx" ON "feedback_threads" ("appraiser_id");--> statement-breakpoint
CREATE UNIQUE INDEX "peer_feedback_invitations_key" ON "peer_feedback_invitations" ("request_id","peer_id");--> statement-breakpoint
CREATE INDEX "peer_feedback_invitations_peer_idx" ON "peer_feedback_invitations" ("peer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "peer_feedback_ratings_key" ON "peer_feedback_ratings" ("invitation_id","core_value_id");--> statement-breakpoint
CREATE INDEX "peer_feedback_requests_employee_idx" ON "peer_feedback_requests" ("employee_id");--> statement-breakpoint
ALTER TABLE "feedback_messages" ADD CONSTRAINT "feedback_messages_thread_id_feedback_threads_id_fkey" FOREIGN KEY ("thread_id") REFERENCES "feedback_threads"("id");--> statement-breakpoint
ALTER TABLE "feedback_messages" ADD CONSTRAINT "feedback_messages_author_id_employees_id_fkey" FOREIGN KEY ("author_id") REFERENCES "employees"("id");--> statement-breakpoint
ALTER TABLE "feedback_threads" ADD CONSTRAINT "feedback_threads_agency_id_agencies_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id");--> statement-breakpoint
ALTER TABLE "feedback_threads" ADD CONSTRAINT "feedback_threads_employee_id_employees_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employees"("id");--> statement-breakpoint
ALTER TABLE "feedback_threads" ADD CONSTRAINT "feedback_threads_appraiser_id_employees_id_fkey" FOREIGN KEY ("appraiser_id") REFERENCES "employees"("id");--> statement-breakpoint
ALTER TABLE "peer_feedback_invitations" ADD CONSTRAINT "peer_feedback_invitations_UTjAwna6a56r_fkey" FOREIGN KEY ("request_id") REFERENCES "peer_feedback_requests"("id");--> statement-breakpoint
ALTER TABLE "peer_feedback_invitations" ADD CONSTRAINT "peer_feedback_invitations_peer_id_employees_id_fkey" FOREIGN KEY ("peer_id") REFERENCES "employees"("id");--> statement-breakpoint
ALTER TABLE "peer_feedback_ratings" ADD CONSTRAINT "peer_feedback_ratings_fiHg7Lz1GgrZ_fkey" FOREIGN KEY ("invitation_id") REFERENCES "peer_feedback_invitations"("id");--> statement-breakpoint
ALTER TABLE "peer_feedback_ratings" ADD CONSTRAINT "peer_feedback_ratings_core_value_id_core_values_id_fkey" FOREIGN KEY ("core_value_id") REFERENCES "core_values"("id");--> statement-breakpoint
ALTER TABLE "peer_feedback_requests" ADD CONSTRAINT "peer_feedback_requests_agency_id_agencies_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id");--> statement-breakpoint
ALTER TABLE "peer_feedback_requests" ADD CONSTRAINT "peer_feedback_requests_employee_id_employees_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employees"("id");--> statement-breakpoint
ALTER TABLE "peer_feedback_requests" ADD CONSTRAINT "peer_feedback_requests_requested_by_id_employees_id_fkey" FOREIGN KEY ("requested_by_id") REFERENCES "employees"("id");