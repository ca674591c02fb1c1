-- One mailbox, one employee: emails are unique whatever their case. Fails (and changes nothing) while two employees
-- share an email in different case: correct one of them, then migrate again.
CREATE UNIQUE INDEX "employees_email_lower_key" ON "employees" (lower("email"));--> statement-breakpoint
ALTER TABLE "employees" DROP CONSTRAINT "employees_email_key";
