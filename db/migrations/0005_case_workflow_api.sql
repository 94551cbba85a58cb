CREATE TABLE `event_registrations` (
	`accepted_seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`event_id` text NOT NULL,
	`organization_id` text NOT NULL,
	`registered_by` text NOT NULL,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`note` text,
	`search_text` text NOT NULL,
	`locale` text NOT NULL,
	`status` text NOT NULL,
	`created_at` text NOT NULL,
	`confirmed_at` text,
	`cancelled_at` text,
	`cancelled_by` text,
	`attended` integer,
	`attendance_recorded_at` text,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`registered_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`cancelled_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `event_registrations_id_unique` ON `event_registrations` (`id`);--> statement-breakpoint
CREATE INDEX `event_registrations_event_idx` ON `event_registrations` (`event_id`,`accepted_seq`);--> statement-breakpoint
CREATE INDEX `event_registrations_event_status_idx` ON `event_registrations` (`event_id`,`status`,`accepted_seq`);--> statement-breakpoint
CREATE INDEX `event_registrations_organization_idx` ON `event_registrations` (`organization_id`,`event_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `event_registrations_active_email_unique` ON `event_registrations` (`event_id`,`email`) WHERE status <> 'cancelled';--> statement-breakpoint
CREATE TABLE `events` (
	`id` text PRIMARY KEY NOT NULL,
	`organization_id` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`title` text NOT NULL,
	`title_en` text,
	`description` text NOT NULL,
	`description_en` text,
	`topics` text NOT NULL,
	`target_group` text NOT NULL,
	`format` text NOT NULL,
	`language` text NOT NULL,
	`starts_at` text NOT NULL,
	`ends_at` text NOT NULL,
	`registration_deadline` text NOT NULL,
	`location` text,
	`room` text,
	`online_url` text,
	`capacity` integer NOT NULL,
	`seat_limit_per_organization` integer,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`published_at` text,
	`cancelled_at` text,
	`cancellation_reason` text,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `events_status_starts_idx` ON `events` (`status`,`starts_at`,`id`);--> statement-breakpoint
CREATE INDEX `events_organization_starts_idx` ON `events` (`organization_id`,`starts_at`,`id`);--> statement-breakpoint
ALTER TABLE `case_events` ADD `kind` text DEFAULT 'status_changed' NOT NULL;--> statement-breakpoint
ALTER TABLE `outbox` ADD `attachments` text;--> statement-breakpoint
CREATE INDEX `audit_log_target_id_idx` ON `audit_log` (`target_id`,`id`);