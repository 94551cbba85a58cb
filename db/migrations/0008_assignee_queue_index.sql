DROP INDEX `cases_assignee_submitted_idx`;--> statement-breakpoint
CREATE INDEX `cases_assignee_queue_idx` ON `cases` (`assignee_user_id`,`submitted_at`,`id`,`status`,`erased_at`);