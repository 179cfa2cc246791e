CREATE TABLE "region_letterheads" (
	"region_id" uuid PRIMARY KEY NOT NULL,
	"agency_name" text,
	"address" text,
	"phone" text,
	"email" text,
	"logo_mime" text,
	"logo_data" text,
	"sign_place" text,
	"sign_date" date,
	"signer_title" text,
	"signer_name" text,
	"signer_nip" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "region_letterheads" ADD CONSTRAINT "region_letterheads_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;