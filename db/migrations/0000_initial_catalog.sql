CREATE TABLE `apps` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`vendor` text NOT NULL,
	`category` text NOT NULL,
	`website` text NOT NULL,
	`hosting` text NOT NULL,
	`sso_protocols` text,
	`sso_required_for_scim` integer,
	`scim_version` text,
	`scim_operations` text NOT NULL,
	`scim_attributes` text,
	`token_source` text,
	`docs_url` text,
	`limitations` text NOT NULL,
	`discrepancies` text NOT NULL,
	`verified_at` text NOT NULL,
	`confidence` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_by` text,
	`version` integer DEFAULT 1 NOT NULL,
	`deleted_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `apps_slug_unique` ON `apps` (`slug`);--> statement-breakpoint
CREATE INDEX `apps_name_idx` ON `apps` (`name`);--> statement-breakpoint
CREATE TABLE `identity_providers` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`provisioning_style` text DEFAULT '' NOT NULL,
	`sync_interval_minutes` integer,
	`notes` text DEFAULT '[]' NOT NULL,
	`sources` text DEFAULT '[]' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `idp_capabilities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`app_id` integer NOT NULL,
	`idp_id` text NOT NULL,
	`sso` integer,
	`provisioning` text,
	`create_users` integer,
	`update_users` integer,
	`deactivate_users` integer,
	`push_groups` integer,
	`integration` text,
	`sync_interval_minutes` integer,
	`notes` text,
	FOREIGN KEY (`app_id`) REFERENCES `apps`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`idp_id`) REFERENCES `identity_providers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `idp_capabilities_app_idp_unique` ON `idp_capabilities` (`app_id`,`idp_id`);--> statement-breakpoint
CREATE INDEX `idp_capabilities_idp_idx` ON `idp_capabilities` (`idp_id`);--> statement-breakpoint
CREATE TABLE `plans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`app_id` integer NOT NULL,
	`name` text NOT NULL,
	`rank` integer NOT NULL,
	`hosting` text NOT NULL,
	`sso` integer,
	`scim` integer,
	`price` text,
	`note` text,
	FOREIGN KEY (`app_id`) REFERENCES `apps`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `plans_app_rank_idx` ON `plans` (`app_id`,`rank`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`app_id` integer NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`url` text NOT NULL,
	`title` text NOT NULL,
	`as_of` text NOT NULL,
	`covers` text NOT NULL,
	FOREIGN KEY (`app_id`) REFERENCES `apps`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sources_app_idx` ON `sources` (`app_id`);