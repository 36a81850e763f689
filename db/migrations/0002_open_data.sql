CREATE TABLE `open_data_imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`dataset` text NOT NULL,
	`release` text NOT NULL,
	`format` text NOT NULL,
	`origin` text NOT NULL,
	`actor_name` text NOT NULL,
	`rows` integer NOT NULL,
	`added` integer NOT NULL,
	`updated` integer NOT NULL,
	`attached` integer NOT NULL,
	`conflicts` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `open_data_rows` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`app_id` integer NOT NULL,
	`dataset` text NOT NULL,
	`release` text NOT NULL,
	`matched_by` text NOT NULL,
	`vendor` text NOT NULL,
	`imported_at` integer NOT NULL,
	FOREIGN KEY (`app_id`) REFERENCES `apps`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `open_data_rows_app_dataset_unique` ON `open_data_rows` (`app_id`,`dataset`);--> statement-breakpoint
ALTER TABLE `apps` ADD `origin` text DEFAULT 'curated' NOT NULL;--> statement-breakpoint
ALTER TABLE `apps` ADD `provenance` text;--> statement-breakpoint
ALTER TABLE `apps` ADD `imported_at` integer;