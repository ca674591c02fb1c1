ALTER TABLE "audit_log" ADD COLUMN "agency_id" integer;--> statement-breakpoint
CREATE INDEX "audit_log_agency_idx" ON "audit_log" ("agency_id","id");--> statement-breakpoint
-- Entries written before the column existed: the acting employee's agency, or the agency of the feedback the public submitted.
UPDATE "audit_log" a SET "agency_id" = e."agency_id" FROM "employees" e WHERE a."agency_id" IS NULL AND e."id" = a."actor_employee_id";--> statement-breakpoint
UPDATE "audit_log" a SET "agency_id" = f."agency_id" FROM "public_feedback" f WHERE a."agency_id" IS NULL AND a."entity_type" = 'PublicFeedback' AND f."id" = a."entity_id";
