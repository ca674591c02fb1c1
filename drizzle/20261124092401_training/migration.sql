CREATE TYPE "training_competency_area" AS ENUM('TECHNICAL', 'MANAGERIAL', 'SOCIO_CULTURAL');--> statement-breakpoint
CREATE TYPE "enrolment_origin" AS ENUM('REQUEST', 'NOMINATION');--> statement-breakpoint
CREATE TYPE "enrolment_status" AS ENUM('REQUESTED', 'NOMINATED', 'APPROVED', 'WAITLISTED', 'DECLINED', 'CANCELLED', 'COMPLETED', 'NOT_COMPLETED');--> statement-breakpoint
CREATE TYPE "external_training_status" AS ENUM('SUBMITTED', 'VERIFIED', 'REJECTED');--> statement-breakpoint
CREATE TYPE "training_form" AS ENUM('CLASSICAL', 'NON_CLASSICAL');--> statement-breakpoint
CREATE TYPE "training_kind" AS ENUM('DIKLAT', 'COURSE', 'BIMTEK', 'WORKSHOP', 'SEMINAR', 'E_LEARNING', 'COACHING', 'MENTORING', 'JOB_ATTACHMENT', 'DETASERING', 'BENCHMARKING', 'SELF_STUDY');--> statement-breakpoint
CREATE TYPE "training_session_status" AS ENUM('PLANNED', 'OPEN', 'ONGOING', 'COMPLETED', 'CANCELLED');--> statement-breakpoint
CREATE TABLE "enrolments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "enrolments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"session_id" integer NOT NULL,
	"employee_id" integer NOT NULL,
	"status" "enrolment_status" NOT NULL,
	"origin" "enrolment_origin" NOT NULL,
	"request_note" text,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"nominated_by_id" integer,
	"queue_number" integer,
	"queued_at" timestamp with time zone,
	"decided_by_id" integer,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attendance_percent" integer,
	"result" text,
	"certificate_number" text,
	"completed_on" date,
	"jp_credited" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enrolments_attendance_range" CHECK ("attendance_percent" between 0 and 100),
	CONSTRAINT "enrolments_jp_when_completed" CHECK (("status" = 'COMPLETED') = ("jp_credited" is not null)),
	CONSTRAINT "enrolments_completed_on" CHECK (("status" in ('COMPLETED', 'NOT_COMPLETED')) = ("completed_on" is not null))
);
--> statement-breakpoint
CREATE TABLE "external_trainings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "external_trainings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"employee_id" integer NOT NULL,
	"title" text NOT NULL,
	"provider" text NOT NULL,
	"area" "training_competency_area" NOT NULL,
	"form" "training_form" NOT NULL,
	"kind" "training_kind" NOT NULL,
	"jp_hours" integer NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"evidence_url" text NOT NULL,
	"certificate_number" text,
	"status" "external_training_status" DEFAULT 'SUBMITTED'::"external_training_status" NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"verified_by_id" integer,
	"verified_at" timestamp with time zone,
	"rejection_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "external_trainings_dates" CHECK ("ends_on" >= "starts_on"),
	CONSTRAINT "external_trainings_jp_range" CHECK ("jp_hours" between 1 and 1000)
);
--> statement-breakpoint
CREATE TABLE "session_ratings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "session_ratings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"enrolment_id" integer NOT NULL CONSTRAINT "session_ratings_enrolment_key" UNIQUE,
	"content" integer NOT NULL,
	"trainer" integer NOT NULL,
	"usefulness" integer NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "session_ratings_range" CHECK ("content" between 1 and 5 and "trainer" between 1 and 5 and "usefulness" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "training_programmes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "training_programmes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"agency_id" integer NOT NULL,
	"title" text NOT NULL,
	"area" "training_competency_area" NOT NULL,
	"form" "training_form" NOT NULL,
	"kind" "training_kind" NOT NULL,
	"jp_hours" integer NOT NULL,
	"provider" text NOT NULL,
	"description" text,
	"core_values" text[] DEFAULT '{}'::text[] NOT NULL,
	"position_kinds" "position_kind"[] DEFAULT '{}'::"position_kind"[] NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_programmes_jp_range" CHECK ("jp_hours" between 1 and 1000),
	CONSTRAINT "training_programmes_core_values_known" CHECK ("core_values" <@ array['SERVICE','ACCOUNTABLE','COMPETENT','HARMONIOUS','LOYAL','ADAPTIVE','COLLABORATIVE']::text[])
);
--> statement-breakpoint
CREATE TABLE "training_sessions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "training_sessions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"programme_id" integer NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"location" text,
	"online_url" text,
	"capacity" integer NOT NULL,
	"status" "training_session_status" DEFAULT 'PLANNED'::"training_session_status" NOT NULL,
	"cancellation_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_sessions_dates" CHECK ("ends_on" >= "starts_on"),
	CONSTRAINT "training_sessions_capacity" CHECK ("capacity" between 1 and 10000),
	CONSTRAINT "training_sessions_place" CHECK ("location" is not null or "online_url" is not null)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "enrolments_session_employee_key" ON "enrolments" ("session_id","employee_id");--> statement-breakpoint
CREATE UNIQUE INDEX "enrolments_session_queue_key" ON "enrolments" ("session_id","queue_number");--> statement-breakpoint
CREATE INDEX "enrolments_employee_idx" ON "enrolments" ("employee_id","completed_on");--> statement-breakpoint
CREATE INDEX "enrolments_session_status_idx" ON "enrolments" ("session_id","status");--> statement-breakpoint
CREATE INDEX "external_trainings_employee_idx" ON "external_trainings" ("employee_id","ends_on");--> statement-breakpoint
CREATE INDEX "external_trainings_status_idx" ON "external_trainings" ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "training_programmes_agency_title_key" ON "training_programmes" ("agency_id","title");--> statement-breakpoint
CREATE INDEX "training_sessions_programme_idx" ON "training_sessions" ("programme_id","starts_on");--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_session_id_training_sessions_id_fkey" FOREIGN KEY ("session_id") REFERENCES "training_sessions"("id");--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_employee_id_employees_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employees"("id");--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_nominated_by_id_employees_id_fkey" FOREIGN KEY ("nominated_by_id") REFERENCES "employees"("id");--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_decided_by_id_employees_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "employees"("id");--> statement-breakpoint
ALTER TABLE "external_trainings" ADD CONSTRAINT "external_trainings_employee_id_employees_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employees"("id");--> statement-breakpoint
ALTER TABLE "external_trainings" ADD CONSTRAINT "external_trainings_verified_by_id_employees_id_fkey" FOREIGN KEY ("verified_by_id") REFERENCES "employees"("id");--> statement-breakpoint
ALTER TABLE "session_ratings" ADD CONSTRAINT "session_ratings_enrolment_id_enrolments_id_fkey" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id");--> statement-breakpoint
ALTER TABLE "training_programmes" ADD CONSTRAINT "training_programmes_agency_id_agencies_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id");--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_programme_id_training_programmes_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "training_programmes"("id");