CREATE TABLE `case_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` text NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`actor_user_id` text NOT NULL,
	`acting_organization_id` text NOT NULL,
	`note` text,
	`data` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_events_case_idx` ON `case_events` (`case_id`,`id`);--> statement-breakpoint
CREATE TABLE `case_reference_counters` (
	`year` integer PRIMARY KEY NOT NULL,
	`last` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `cases` (
	`id` text PRIMARY KEY NOT NULL,
	`reference` text NOT NULL,
	`precheck_id` text NOT NULL,
	`hire_id` text NOT NULL,
	`organization_id` text NOT NULL,
	`status` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`submission` text NOT NULL,
	`assessment` text NOT NULL,
	`submitted_by` text NOT NULL,
	`submitted_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`precheck_id`) REFERENCES `prechecks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`hire_id`) REFERENCES `hires`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`submitted_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cases_reference_unique` ON `cases` (`reference`);--> statement-breakpoint
CREATE UNIQUE INDEX `cases_precheck_id_unique` ON `cases` (`precheck_id`);--> statement-breakpoint
CREATE INDEX `cases_org_submitted_idx` ON `cases` (`organization_id`,`submitted_at`,`id`);--> statement-breakpoint
CREATE INDEX `cases_status_submitted_idx` ON `cases` (`status`,`submitted_at`,`id`);--> statement-breakpoint
CREATE TABLE `documents` (
	`id` text PRIMARY KEY NOT NULL,
	`precheck_id` text NOT NULL,
	`organization_id` text NOT NULL,
	`requirement_code` text NOT NULL,
	`file_name` text NOT NULL,
	`content_type` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`sha256` text NOT NULL,
	`storage_key` text NOT NULL,
	`uploaded_by` text NOT NULL,
	`uploaded_at` text NOT NULL,
	FOREIGN KEY (`precheck_id`) REFERENCES `prechecks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`uploaded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `documents_storage_key_unique` ON `documents` (`storage_key`);--> statement-breakpoint
CREATE INDEX `documents_precheck_idx` ON `documents` (`precheck_id`,`requirement_code`);--> statement-breakpoint
CREATE TABLE `hires` (
	`id` text PRIMARY KEY NOT NULL,
	`organization_id` text NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`given_names` text NOT NULL,
	`family_name` text NOT NULL,
	`search_name` text NOT NULL,
	`date_of_birth` text NOT NULL,
	`nationality` text NOT NULL,
	`passport_number` text NOT NULL,
	`passport_expiry` text NOT NULL,
	`residence_country` text NOT NULL,
	`email` text,
	`qualification` text NOT NULL,
	`german_level` text NOT NULL,
	`experience_years` real NOT NULL,
	`family_members` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `hires_org_status_idx` ON `hires` (`organization_id`,`status`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `hires_org_created_idx` ON `hires` (`organization_id`,`created_at`,`id`);--> statement-breakpoint
CREATE TABLE `mandates` (
	`id` text PRIMARY KEY NOT NULL,
	`employer_organization_id` text NOT NULL,
	`partner_organization_id` text NOT NULL,
	`granted_by` text NOT NULL,
	`granted_at` text NOT NULL,
	`revoked_by` text,
	`revoked_at` text,
	FOREIGN KEY (`employer_organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`partner_organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`granted_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`revoked_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mandates_active_unique` ON `mandates` (`employer_organization_id`,`partner_organization_id`) WHERE revoked_at IS NULL;--> statement-breakpoint
CREATE INDEX `mandates_partner_idx` ON `mandates` (`partner_organization_id`,`revoked_at`);--> statement-breakpoint
CREATE TABLE `prechecks` (
	`id` text PRIMARY KEY NOT NULL,
	`hire_id` text NOT NULL,
	`organization_id` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`step` text NOT NULL,
	`answers` text NOT NULL,
	`assessment` text,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`hire_id`) REFERENCES `hires`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `prechecks_hire_idx` ON `prechecks` (`hire_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `prechecks_org_idx` ON `prechecks` (`organization_id`,`status`,`updated_at`,`id`);