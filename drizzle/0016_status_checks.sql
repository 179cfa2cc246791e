-- Statuses, roles, kinds and profile codes are closed lists of the domain (src/domain); the database now refuses
-- any other value. Rows written before hold only listed values: the API has always validated them.
ALTER TABLE "entry_answers" ADD CONSTRAINT "entry_answers_review_status_check" CHECK ("entry_answers"."review_status" in ('menunggu', 'diterima', 'dikembalikan'));--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_kind_check" CHECK ("evidence"."kind" in ('file', 'link'));--> statement-breakpoint
ALTER TABLE "export_jobs" ADD CONSTRAINT "export_jobs_kind_check" CHECK ("export_jobs"."kind" in ('package'));--> statement-breakpoint
ALTER TABLE "export_jobs" ADD CONSTRAINT "export_jobs_status_check" CHECK ("export_jobs"."status" in ('queued', 'running', 'done', 'failed'));--> statement-breakpoint
ALTER TABLE "innovation_entries" ADD CONSTRAINT "innovation_entries_status_check" CHECK ("innovation_entries"."status" in ('draft', 'diajukan', 'disetujui'));--> statement-breakpoint
ALTER TABLE "innovation_entries" ADD CONSTRAINT "innovation_entries_tahapan_check" CHECK ("innovation_entries"."tahapan" in ('inisiatif', 'uji_coba', 'penerapan'));--> statement-breakpoint
ALTER TABLE "innovation_entries" ADD CONSTRAINT "innovation_entries_inisiator_type_check" CHECK ("innovation_entries"."inisiator_type" in ('kepala_daerah', 'anggota_dprd', 'opd', 'asn', 'masyarakat'));--> statement-breakpoint
ALTER TABLE "innovation_entries" ADD CONSTRAINT "innovation_entries_jenis_check" CHECK ("innovation_entries"."jenis" in ('digital', 'non_digital'));--> statement-breakpoint
ALTER TABLE "innovation_entries" ADD CONSTRAINT "innovation_entries_bentuk_check" CHECK ("innovation_entries"."bentuk" in ('tata_kelola', 'pelayanan_publik', 'lainnya_sesuai_urusan'));--> statement-breakpoint
ALTER TABLE "innovation_entries" ADD CONSTRAINT "innovation_entries_tematik_check" CHECK ("innovation_entries"."tematik" in ('digitalisasi_layanan', 'penanggulangan_kemiskinan', 'kemudahan_investasi', 'prioritas_presiden', 'non_tematik'));--> statement-breakpoint
ALTER TABLE "innovation_messages" ADD CONSTRAINT "innovation_messages_author_role_check" CHECK ("innovation_messages"."author_role" in ('super_admin', 'admin_daerah', 'verifikator', 'kepala_opd', 'operator_opd', 'pimpinan', 'juri'));--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_kind_check" CHECK ("notifications"."kind" in ('returned', 'missing_evidence', 'deadline', 'item_returned', 'entry_submitted', 'entry_returned'));--> statement-breakpoint
ALTER TABLE "opds" ADD CONSTRAINT "opds_kind_check" CHECK ("opds"."kind" in ('sekretariat', 'dinas', 'badan', 'inspektorat', 'kecamatan', 'bagian', 'kantor', 'rsud', 'lainnya'));--> statement-breakpoint
ALTER TABLE "assessment_periods" ADD CONSTRAINT "assessment_periods_status_check" CHECK ("assessment_periods"."status" in ('open', 'closed', 'locked'));--> statement-breakpoint
ALTER TABLE "region_answers" ADD CONSTRAINT "region_answers_review_status_check" CHECK ("region_answers"."review_status" in ('menunggu', 'diterima', 'dikembalikan'));--> statement-breakpoint
ALTER TABLE "regions" ADD CONSTRAINT "regions_type_check" CHECK ("regions"."type" in ('kota', 'kabupaten', 'provinsi'));--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_kind_check" CHECK ("units"."kind" in ('upt', 'puskesmas', 'sekolah', 'kelurahan', 'desa', 'lainnya'));--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_role_check" CHECK ("users"."role" in ('super_admin', 'admin_daerah', 'verifikator', 'kepala_opd', 'operator_opd', 'pimpinan', 'juri'));--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_locale_check" CHECK ("users"."locale" in ('id', 'en'));