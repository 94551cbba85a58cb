CREATE TABLE `case_document_requests` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`from_status` text NOT NULL,
	`requested_documents` text NOT NULL,
	`message` text NOT NULL,
	`due_at` text NOT NULL,
	`requested_by` text NOT NULL,
	`requested_at` text NOT NULL,
	`answered_by` text,
	`answered_at` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`requested_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`answered_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_document_requests_case_idx` ON `case_document_requests` (`case_id`,`requested_at`);--> statement-breakpoint
CREATE TABLE `case_messages` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`author_user_id` text NOT NULL,
	`author_organization_id` text NOT NULL,
	`internal` integer DEFAULT false NOT NULL,
	`body` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_messages_case_idx` ON `case_messages` (`case_id`,`created_at`,`id`);--> statement-breakpoint
CREATE TABLE `case_shares` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`partner_organization_id` text NOT NULL,
	`shared_by` text NOT NULL,
	`shared_at` text NOT NULL,
	`revoked_at` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`partner_organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`shared_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_shares_case_idx` ON `case_shares` (`case_id`);--> statement-breakpoint
CREATE INDEX `case_shares_partner_idx` ON `case_shares` (`partner_organization_id`,`revoked_at`);--> statement-breakpoint
CREATE TABLE `notifications` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`case_id` text,
	`kind` text NOT NULL,
	`params` text NOT NULL,
	`created_at` text NOT NULL,
	`read_at` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `notifications_user_idx` ON `notifications` (`user_id`,`read_at`,`created_at`);--> statement-breakpoint
ALTER TABLE `cases` ADD `assignee_user_id` text REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `cases` ADD `due_at` text;--> statement-breakpoint
ALTER TABLE `cases` ADD `resume_status` text;--> statement-breakpoint
ALTER TABLE `cases` ADD `ba_consent_requested_at` text;--> statement-breakpoint
ALTER TABLE `cases` ADD `hire_name` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `cases` ADD `employer_name` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `cases` ADD `nationality` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `cases` ADD `occupation_field` text;--> statement-breakpoint
ALTER TABLE `cases` ADD `closed_at` text;--> statement-breakpoint
CREATE INDEX `cases_status_due_idx` ON `cases` (`status`,`due_at`,`id`);--> statement-breakpoint
CREATE INDEX `cases_assignee_submitted_idx` ON `cases` (`assignee_user_id`,`submitted_at`,`id`);--> statement-breakpoint
CREATE INDEX `cases_due_idx` ON `cases` (`due_at`,`id`);--> statement-breakpoint
CREATE INDEX `cases_submitted_idx` ON `cases` (`submitted_at`,`id`);--> statement-breakpoint
CREATE INDEX `cases_nationality_submitted_idx` ON `cases` (`nationality`,`submitted_at`,`id`);--> statement-breakpoint
CREATE INDEX `cases_field_submitted_idx` ON `cases` (`occupation_field`,`submitted_at`,`id`);--> statement-breakpoint
ALTER TABLE `documents` ADD `document_request_id` text;