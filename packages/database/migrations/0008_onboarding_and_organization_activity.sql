ALTER TABLE "audit_log" ADD COLUMN "organization_id" text;--> statement-breakpoint
ALTER TABLE "user" ADD COLUMN "onboarded_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "audit_log_organization_created_at_idx" ON "audit_log" USING btree ("organization_id","created_at","id");--> statement-breakpoint
-- Users who existed before onboarding have used the product already: never show it to them.
UPDATE "user" SET "onboarded_at" = "created_at";
