ALTER TABLE "ikm_responses" ADD COLUMN "idempotency_hash" text;--> statement-breakpoint
ALTER TABLE "ikm_responses" ADD COLUMN "submission_hash" text;--> statement-breakpoint
CREATE UNIQUE INDEX "ikm_responses_idempotency_key" ON "ikm_responses" ("idempotency_hash");