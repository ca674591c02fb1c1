CREATE TYPE "employment_type" AS ENUM('PNS', 'PPPK', 'ELECTED_OFFICIAL');--> statement-breakpoint
CREATE TYPE "gender" AS ENUM('MALE', 'FEMALE');--> statement-breakpoint
CREATE TYPE "position_kind" AS ENUM('HEAD_OF_REGION', 'JPT', 'ADMINISTRATOR', 'PENGAWAS', 'FUNGSIONAL', 'PELAKSANA');--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_employee_id" integer,
	"actor_subject" text,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" integer NOT NULL,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "agencies" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "agencies_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL UNIQUE,
	"name" text NOT NULL,
	"region" text NOT NULL,
	"strategic_goal" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "employees" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "employees_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"agency_id" integer NOT NULL,
	"nip" text UNIQUE,
	"employment_type" "employment_type" NOT NULL,
	"name" text NOT NULL,
	"email" text UNIQUE,
	"rank" text,
	"unit_id" integer NOT NULL,
	"position_id" integer NOT NULL,
	"supervisor_id" integer,
	"birth_date" date,
	"gender" "gender",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employees_nip_required" CHECK (("employment_type" = 'ELECTED_OFFICIAL') = ("nip" is null)),
	CONSTRAINT "employees_not_own_supervisor" CHECK ("supervisor_id" is distinct from "id")
);
--> statement-breakpoint
CREATE TABLE "org_units" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "org_units_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"agency_id" integer NOT NULL,
	"parent_id" integer,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"path" text NOT NULL,
	"depth" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "positions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "positions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"agency_id" integer NOT NULL,
	"title" text NOT NULL,
	"kind" "position_kind" NOT NULL,
	"grade" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "positions_grade_range" CHECK ("grade" between 1 and 17)
);
--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "employees_unit_idx" ON "employees" ("unit_id");--> statement-breakpoint
CREATE INDEX "employees_supervisor_idx" ON "employees" ("supervisor_id");--> statement-breakpoint
CREATE INDEX "employees_position_idx" ON "employees" ("position_id");--> statement-breakpoint
CREATE INDEX "employees_nip_prefix_idx" ON "employees" ("nip" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "org_units_agency_code_key" ON "org_units" ("agency_id","code");--> statement-breakpoint
CREATE INDEX "org_units_parent_idx" ON "org_units" ("parent_id");--> statement-breakpoint
CREATE INDEX "org_units_path_idx" ON "org_units" ("path" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "positions_agency_title_key" ON "positions" ("agency_id","title");--> statement-breakpoint
ALTER TABLE "employees" ADD CONSTRAINT "employees_agency_id_agencies_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id");--> statement-breakpoint
ALTER TABLE "employees" ADD CONSTRAINT "employees_unit_id_org_units_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "org_units"("id");--> statement-breakpoint
ALTER TABLE "employees" ADD CONSTRAINT "employees_position_id_positions_id_fkey" FOREIGN KEY ("position_id") REFERENCES "positions"("id");--> statement-breakpoint
ALTER TABLE "employees" ADD CONSTRAINT "employees_supervisor_id_employees_id_fkey" FOREIGN KEY ("supervisor_id") REFERENCES "employees"("id");--> statement-breakpoint
ALTER TABLE "org_units" ADD CONSTRAINT "org_units_agency_id_agencies_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id");--> statement-breakpoint
ALTER TABLE "org_units" ADD CONSTRAINT "org_units_parent_id_org_units_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "org_units"("id");--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_agency_id_agencies_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id");