// Error messages the API returns, in Bahasa Indonesia and English. Keyed by error/field code.
export const LOCALES = ['id', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

type Catalog = Record<string, { id: string; en: string }>;

export const MESSAGES = {
  // Request-level errors
  validation_failed: { id: 'Periksa kembali isian yang ditandai.', en: 'Please check the highlighted fields.' },
  not_found: { id: 'Data tidak ditemukan.', en: 'Not found.' },
  no_period: {
    id: 'Belum ada periode penilaian di daerah ini. Admin Daerah membukanya di menu Periode Penilaian.',
    en: 'This region has no assessment period yet. The regional admin opens one under Assessment periods.',
  },
  route_not_found: { id: 'Alamat API tidak dikenal.', en: 'Unknown API address.' },
  unauthenticated: { id: 'Silakan masuk terlebih dahulu.', en: 'Please sign in first.' },
  session_expired: { id: 'Sesi Anda telah berakhir. Silakan masuk kembali.', en: 'Your session has expired. Please sign in again.' },
  forbidden: { id: 'Anda tidak memiliki akses untuk tindakan ini.', en: 'You do not have access to do this.' },
  password_change_required: {
    id: 'Ganti kata sandi sementara Anda terlebih dahulu.',
    en: 'Please change your temporary password first.',
  },
  csrf_rejected: {
    id: 'Permintaan ditolak karena tidak berasal dari aplikasi Inovda.',
    en: 'Request refused: it did not come from the Inovda application.',
  },
  conflict: { id: 'Data sudah ada.', en: 'This already exists.' },
  payload_too_large: { id: 'Data yang dikirim terlalu besar.', en: 'The request is too large.' },
  rate_limited: { id: 'Terlalu banyak permintaan. Coba lagi sebentar lagi.', en: 'Too many requests. Please try again shortly.' },
  internal: {
    id: 'Terjadi kesalahan pada server. Data Anda aman; silakan coba lagi.',
    en: 'Something went wrong on the server. Your data is safe; please try again.',
  },
  bad_json: { id: 'Format data tidak valid (JSON).', en: 'Malformed request body (JSON).' },
  // Sign-in
  invalid_credentials: { id: 'Nama pengguna atau kata sandi salah.', en: 'Wrong username or password.' },
  signin_throttled: {
    id: 'Terlalu banyak percobaan masuk yang gagal untuk akun ini dari jaringan Anda. Tunggu {minutes} menit, lalu coba lagi, atau atur ulang kata sandi lewat "Lupa kata sandi?".',
    en: 'Too many failed sign-in attempts for this account from your network. Wait {minutes} min and try again, or reset your password with "Forgot password?".',
  },
  ip_throttled: {
    id: 'Terlalu banyak percobaan masuk yang gagal dari jaringan Anda. Tunggu {minutes} menit, lalu coba lagi.',
    en: 'Too many failed sign-in attempts from your network. Wait {minutes} min and try again.',
  },
  account_inactive: {
    id: 'Akun Anda dinonaktifkan. Hubungi Admin Daerah.',
    en: 'Your account is deactivated. Contact your regional admin.',
  },
  region_inactive: {
    id: 'Daerah Anda sedang dinonaktifkan di Inovda. Hubungi pengelola platform.',
    en: 'Your region is deactivated in Inovda. Contact the platform operator.',
  },
  totp_required: { id: 'Masukkan kode 6 digit dari aplikasi autentikator.', en: 'Enter the 6-digit code from your authenticator app.' },
  totp_invalid: { id: 'Kode autentikator salah atau kedaluwarsa.', en: 'Wrong or expired authenticator code.' },
  totp_key_unavailable: {
    id: 'Kode autentikator tidak dapat diperiksa karena kunci rahasia server tidak cocok. Hubungi pengelola platform.',
    en: 'The authenticator code cannot be checked: the server’s secret key does not match. Contact the platform operator.',
  },
  totp_not_started: { id: 'Mulai pengaturan autentikasi dua langkah terlebih dahulu.', en: 'Start two-factor set-up first.' },
  wrong_password: { id: 'Kata sandi saat ini salah.', en: 'The current password is wrong.' },
  reset_token_invalid: {
    id: 'Tautan atur ulang kata sandi tidak valid atau sudah kedaluwarsa. Minta tautan baru.',
    en: 'This password reset link is invalid or has expired. Request a new one.',
  },
  // Field-level
  required: { id: 'Wajib diisi.', en: 'Required.' },
  invalid: { id: 'Isian tidak valid.', en: 'Invalid value.' },
  unstorable_characters: {
    id: 'Isian memuat karakter tak terlihat yang tidak dapat disimpan; ketik ulang atau salin dari sumber lain.',
    en: 'Contains invisible characters that cannot be stored; retype it or copy it from another source.',
  },
  invalid_email: { id: 'Alamat e-mail tidak valid.', en: 'Invalid e-mail address.' },
  invalid_option: { id: 'Pilihan tidak valid.', en: 'Invalid choice.' },
  too_short: { id: 'Minimal {min} karakter.', en: 'At least {min} characters.' },
  too_long: { id: 'Maksimal {max} karakter.', en: 'At most {max} characters.' },
  too_small_number: { id: 'Minimal {min}.', en: 'At least {min}.' },
  too_big_number: { id: 'Maksimal {max}.', en: 'At most {max}.' },
  invalid_kemendagri_code: {
    id: 'Kode Kemendagri tidak valid: provinsi 2 digit (mis. 35), kab/kota 2 digit titik 2 digit (mis. 35.76).',
    en: 'Invalid Kemendagri code: a province has 2 digits (e.g. 35), a regency/city 2 digits, a dot and 2 digits (e.g. 35.76).',
  },
  kemendagri_code_taken: { id: 'Kode Kemendagri ini sudah dipakai daerah lain.', en: 'Another region already uses this Kemendagri code.' },
  opd_name_taken: { id: 'Nama Perangkat Daerah ini sudah ada.', en: 'A Perangkat Daerah with this name already exists.' },
  opd_short_name_taken: { id: 'Singkatan ini sudah dipakai.', en: 'This short name is already used.' },
  unit_not_in_opd: { id: 'Pilih unit dari Perangkat Daerah inovasi ini.', en: 'Choose a unit of this innovation’s Perangkat Daerah.' },
  unit_name_taken: { id: 'Unit dengan nama ini sudah ada di Perangkat Daerah ini.', en: 'This agency already has a unit with this name.' },
  username_taken: { id: 'Nama pengguna ini sudah dipakai.', en: 'This username is taken.' },
  username_format: {
    id: 'Gunakan 3–40 huruf kecil, angka, titik, garis bawah atau tanda hubung.',
    en: 'Use 3–40 lowercase letters, digits, dots, underscores or hyphens.',
  },
  email_taken: { id: 'E-mail ini sudah dipakai.', en: 'This e-mail is already used.' },
  opd_required_for_role: { id: 'Peran ini wajib memilih Perangkat Daerah.', en: 'This role needs a Perangkat Daerah.' },
  region_required_for_role: { id: 'Peran ini wajib memilih daerah.', en: 'This role needs a region.' },
  opd_not_in_region: { id: 'Perangkat Daerah tidak ditemukan di daerah ini.', en: 'Perangkat Daerah not found in this region.' },
  role_not_assignable: { id: 'Anda tidak dapat memberikan peran ini.', en: 'You cannot grant this role.' },
  cannot_deactivate_self: { id: 'Anda tidak dapat menonaktifkan akun Anda sendiri.', en: 'You cannot deactivate your own account.' },
  cannot_change_own_role: { id: 'Anda tidak dapat mengubah peran Anda sendiri.', en: 'You cannot change your own role.' },
  password_too_short: { id: 'Kata sandi minimal {min} karakter.', en: 'Password must have at least {min} characters.' },
  password_too_long: { id: 'Kata sandi terlalu panjang.', en: 'Password is too long.' },
  password_personal: {
    id: 'Kata sandi memuat nama, e-mail, daerah, Perangkat Daerah Anda atau kata "inovda": mudah ditebak oleh orang yang mengenal Anda. Gunakan beberapa kata lain yang tidak berhubungan.',
    en: 'The password contains your name, e-mail, region, Perangkat Daerah or the word "inovda": easy to guess for someone who knows you. Use a few other, unrelated words.',
  },
  password_too_guessable: {
    id: 'Kata sandi terlalu mudah ditebak (kata sandi umum, kata atau nama biasa, pola keyboard, tanggal). Gunakan beberapa kata yang tidak berhubungan, misalnya "kopi jendela sepeda hujan".',
    en: 'The password is too easy to guess (a common password, an ordinary word or name, a keyboard pattern, a date). Use a few unrelated words, e.g. "coffee window bicycle rain".',
  },
  password_same_as_username: { id: 'Kata sandi tidak boleh memuat nama pengguna.', en: 'Password must not contain the username.' },
  password_reused: { id: 'Kata sandi baru harus berbeda dari yang lama.', en: 'The new password must differ from the old one.' },
  // IID frameworks and score input
  fw_code_pattern: {
    id: 'Kode indikator hanya boleh berisi huruf dan angka, dipisah satu titik, tanda hubung atau garis bawah (mis. 16 atau 1.2).',
    en: 'An indicator code may hold only letters and digits, separated by a single dot, dash or underscore (e.g. 16 or 1.2).',
  },
  fw_duplicate_code: { id: 'Kode indikator {code} dipakai lebih dari sekali.', en: 'Indicator code {code} is used more than once.' },
  fw_weight_positive: { id: 'Bobot harus lebih dari 0.', en: 'The weight must be greater than 0.' },
  fw_weight_precision: { id: 'Bobot paling banyak 4 angka di belakang koma.', en: 'The weight may have at most 4 decimals.' },
  fw_options_order: {
    id: 'Nilai pilihan harus bilangan bulat 1–3, naik berurutan, tanpa nilai ganda.',
    en: 'Option values must be whole numbers 1–3, increasing, without repeats.',
  },
  fw_options_empty: { id: 'Indikator perlu minimal satu pilihan.', en: 'An indicator needs at least one option.' },
  fw_bands_start: { id: 'Rentang predikat harus dimulai dari 0.', en: 'The predicate bands must start at 0.' },
  fw_bands_end: { id: 'Rentang predikat harus berakhir di 100.', en: 'The predicate bands must end at 100.' },
  fw_bands_gap: { id: 'Ada celah antara {from} dan {to}.', en: 'There is a gap between {from} and {to}.' },
  fw_bands_overlap: {
    id: 'Rentang yang dimulai {from} tumpang tindih dengan rentang sebelumnya.',
    en: 'The band starting at {from} overlaps the one before it.',
  },
  fw_band_order: { id: 'Batas bawah lebih besar dari batas atas.', en: 'The lower bound is above the upper bound.' },
  fw_max_score_low: {
    id: 'Nilai maksimum ({max}) lebih kecil dari total yang dapat dicapai ({reachable}); IID bisa melebihi 100.',
    en: 'The maximum score ({max}) is below the reachable total ({reachable}); the IID could exceed 100.',
  },
  fw_min_urusan: { id: 'Jumlah urusan minimal harus 0–{max}.', en: 'The minimum number of urusan must be 0–{max}.' },
  fw_evidence_unknown_field: {
    id: 'Aturan pemeriksaan bukti tidak mengenal isian {keys}.',
    en: 'The evidence check rule has unknown fields: {keys}.',
  },
  fw_evidence_kind: {
    id: 'Jenis dokumen tidak dikenal; gunakan salah satu dari: {kinds}.',
    en: 'Unknown document kind; use one of: {kinds}.',
  },
  fw_evidence_year_window: {
    id: 'Tahun paling awal aturan bukti harus sebelum atau sama dengan tahun paling akhir.',
    en: 'The evidence rule’s earliest year must not be after its latest year.',
  },
  fw_evidence_count_order: {
    id: 'Jumlah minimal aturan bukti harus naik menurut opsi (opsi yang lebih tinggi tidak boleh meminta lebih sedikit).',
    en: 'The evidence rule’s minimum counts must rise with the option (a higher option cannot ask for less).',
  },
  fw_evidence_option_unknown: {
    id: 'Aturan bukti indikator {code} menyebut opsi {option}, yang tidak ada pada indikator ini.',
    en: 'The evidence rule of indicator {code} names option {option}, which this indicator does not have.',
  },
  fw_builtin_readonly: {
    id: 'Versi bawaan tidak dapat diubah; gandakan dulu untuk mengoreksinya.',
    en: 'Built-in versions are read-only; clone one to correct it.',
  },
  score_unknown_indicator: { id: 'Indikator {code} tidak ada dalam kerangka ini.', en: 'Indicator {code} is not in this framework.' },
  score_wrong_aspect: { id: 'Indikator {code} bukan indikator {aspect}.', en: 'Indicator {code} is not an {aspect} indicator.' },
  score_value_range: { id: 'Nilai harus bilangan bulat 0–{max}.', en: 'The value must be a whole number 0–{max}.' },
  score_duplicate_innovation: { id: 'ID inovasi {id} dipakai lebih dari sekali.', en: 'Innovation id {id} is used more than once.' },
  stale_version: {
    id: 'Data ini baru saja diubah orang lain. Muat ulang untuk melihat perubahan itu; isian Anda masih ada di layar.',
    en: 'Someone else just changed this. Reload to see their change; what you typed is still on screen.',
  },
  period_open_exists: {
    id: 'Masih ada periode penilaian yang terbuka. Tutup periode itu dulu.',
    en: 'Another assessment period is still open. Close it first.',
  },
  period_year_taken: { id: 'Periode untuk tahun ini sudah ada.', en: 'A period for this year already exists.' },
  dates_out_of_order: { id: 'Tanggal ini harus sesudah tanggal pembukaan.', en: 'This date must come after the opening date.' },
  period_locked: {
    id: 'Periode penilaian sudah dikunci; data tidak dapat diubah lagi. Isian Anda belum tersimpan.',
    en: 'The assessment period is locked; nothing can change any more. Your input was not saved.',
  },
  period_closed: {
    id: 'Penjaringan periode ini sudah ditutup; inovasi tidak dapat ditambah atau diubah.',
    en: 'Penjaringan for this period is closed; innovations cannot be added or changed.',
  },
  period_status_change: { id: 'Status periode tidak dapat diubah dengan cara ini.', en: 'The period status cannot change this way.' },
  entry_not_draft: {
    id: 'Inovasi ini sudah diajukan. Minta Kepala OPD mengembalikannya ke draf untuk mengubah isiannya.',
    en: 'This innovation has been submitted. Ask the head of the agency to return it to draft to change it.',
  },
  submit_incomplete: { id: 'Lengkapi isian yang ditandai sebelum mengajukan.', en: 'Complete the highlighted fields before submitting.' },
  rancang_bangun_too_short: {
    id: 'Rancang bangun baru {count} kata; minimal {min} kata.',
    en: 'The design text has {count} words; at least {min} are needed.',
  },
  send_not_approved: {
    id: 'Hanya inovasi yang sudah disetujui Kepala OPD (tahap verifikasi) yang dapat dikirim; status inovasi ini: {status}.',
    en: 'Only innovations approved by the head of the agency (in verification) can be sent; this one is: {status}.',
  },
  send_profile_incomplete: {
    id: 'Profil inovasi belum lengkap ({fields}); lengkapi dulu sebelum dikirim.',
    en: 'The innovation profile is incomplete ({fields}); complete it before sending.',
  },
  send_below_threshold: {
    id: 'Kematangan inovasi ini ({maturity}) di bawah ambang periode ({threshold}). Mengirimnya mengubah IID diklaim dari {before} menjadi {after}. Konfirmasi untuk tetap mengirim.',
    en: 'This innovation’s maturity ({maturity}) is below the period threshold ({threshold}). Sending it changes the claimed IID from {before} to {after}. Confirm to send anyway.',
  },
  entry_status_draft: { id: 'draf', en: 'draft' },
  entry_status_diajukan: { id: 'menunggu persetujuan Kepala OPD', en: 'awaiting approval by the head of the agency' },
  transition_not_allowed: { id: 'Tindakan ini tidak dapat dilakukan pada status sekarang.', en: 'This action is not possible in the current status.' },
  unknown_framework: { id: 'Kerangka penilaian {id} tidak dikenal.', en: 'Unknown framework {id}.' },
  file_type_not_allowed: {
    id: 'Jenis berkas tidak diterima. Unggah PDF, JPG, PNG, atau MP4 (jenis dibaca dari isi berkas, bukan dari namanya).',
    en: 'File type not accepted. Upload a PDF, JPG, PNG or MP4 (the type is read from the content, not the name).',
  },
  file_too_large: { id: 'Berkas {kind} terlalu besar; maksimal {maxMb} MB.', en: 'The {kind} file is too large; at most {maxMb} MB.' },
  file_empty: { id: 'Berkas kosong.', en: 'The file is empty.' },
  file_required: { id: 'Pilih berkas yang akan diunggah.', en: 'Choose a file to upload.' },
  upload_interrupted: {
    id: 'Unggahan terputus sebelum selesai. Tidak ada yang tersimpan; silakan coba lagi.',
    en: 'The upload was interrupted before it finished. Nothing was stored; please try again.',
  },
  upload_malformed: {
    id: 'Unggahan tidak terbaca (formulir berkas rusak atau terpotong). Tidak ada yang tersimpan; silakan unggah lagi.',
    en: 'The upload could not be read (a damaged or cut-off file form). Nothing was stored; please upload again.',
  },
  invalid_link: { id: 'Tautan harus berupa alamat web (https://…).', en: 'The link must be a web address (https://…).' },
  evidence_not_editable: {
    id: 'Bukti dukung tidak dapat diubah saat inovasi menunggu persetujuan Kepala OPD.',
    en: 'Evidence cannot change while the innovation awaits approval by the head of the agency.',
  },
  evidence_missing: {
    id: 'Indikator yang dijawab wajib memiliki bukti dukung: {codes}.',
    en: 'Answered indicators need evidence: {codes}.',
  },
  evidence_duplicate: {
    id: 'Berkas yang sama sudah dilampirkan pada isian ini ({name}).',
    en: 'The same file is already attached here ({name}).',
  },
  evidence_still_used: { id: 'Berkas ini masih dipakai dan tidak dapat dihapus permanen.', en: 'This file is still in use and cannot be removed permanently.' },
  review_stale_version: {
    id: 'Butir ini diubah sejak Anda membukanya (jawaban sekarang: {value}). Periksa lagi, lalu putuskan ulang; keputusan Anda belum dicatat.',
    en: 'This item changed since you opened it (the answer is now {value}). Check it again and decide again; your decision was not recorded.',
  },
  answer_stale_version: {
    id: 'Jawaban indikator {code} baru saja diubah orang lain (sekarang: {value}). Pilihan Anda belum tersimpan dan masih ada di layar.',
    en: 'Someone else just changed the answer to indicator {code} (now: {value}). Your choice was not saved and is still on screen.',
  },
  review_not_ready: {
    id: 'Item ini belum dapat diverifikasi: inovasinya belum disetujui Kepala OPD atau belum dijawab.',
    en: 'This item cannot be verified yet: the innovation is not approved by the head of the agency, or it is unanswered.',
  },
  review_note_required: { id: 'Tuliskan catatan agar operator tahu apa yang harus diperbaiki.', en: 'Write a note so the operator knows what to fix.' },
  not_deleted: { id: 'Bukti dukung ini tidak dalam keadaan terhapus.', en: 'This evidence item is not deleted.' },
  export_not_ready: { id: 'Berkas ekspor belum selesai dibuat.', en: 'The export file is not ready yet.' },
  invalid_nip: { id: 'NIP terdiri dari 18 angka, tanpa spasi.', en: 'A NIP has 18 digits, without spaces.' },
  invalid_date: { id: 'Tanggal tidak valid.', en: 'Invalid date.' },
  invalid_logo: { id: 'Logo harus berupa gambar PNG atau JPG.', en: 'The logo must be a PNG or JPG image.' },
  logo_too_large: { id: 'Logo maksimal {max} KB.', en: 'The logo can be at most {max} KB.' },
  // IPKD
  ipkd_duplicate_id: { id: 'Kode ini sudah dipakai di kerangka yang sama.', en: 'This code is already used in the same framework.' },
  ipkd_weights_sum: {
    id: 'Jumlah bobot dimensi harus 100% (sekarang {sum}%).',
    en: 'The dimension weights must add up to 100% (now {sum}%).',
  },
  ipkd_weight_range: { id: 'Bobot dimensi antara 0 dan 100%.', en: 'A dimension weight is between 0 and 100%.' },
  ipkd_weight_positive: { id: 'Bobot harus lebih dari 0.', en: 'The weight must be greater than 0.' },
  ipkd_range_order: { id: 'Batas atas harus lebih besar dari batas bawah.', en: 'The upper bound must be above the lower bound.' },
  ipkd_scoring_unit: {
    id: 'Indikator pilihan dinilai dengan daftar pilihan; indikator angka dengan garis atau ambang.',
    en: 'A choice indicator is scored by its options; a number indicator by a line or a threshold.',
  },
  ipkd_linear_flat: { id: 'Nilai untuk skor 0 dan skor 100 tidak boleh sama.', en: 'The values scoring 0 and 100 must differ.' },
  ipkd_bands_order: {
    id: 'Batas predikat: 0 ≤ batas B < batas A ≤ 100.',
    en: 'Predicate bands: 0 ≤ lower bound of B < lower bound of A ≤ 100.',
  },
  ipkd_value_range: { id: 'Isi angka antara {min} dan {max}.', en: 'Enter a number between {min} and {max}.' },
  ipkd_value_min: { id: 'Isi angka paling kecil {min}.', en: 'Enter a number of at least {min}.' },
  ipkd_value_max: { id: 'Isi angka paling besar {max}.', en: 'Enter a number of at most {max}.' },
  ipkd_value_number: { id: 'Isi dengan angka.', en: 'Enter a number.' },
  ipkd_value_choice: { id: 'Pilih salah satu pilihan yang tersedia.', en: 'Choose one of the options offered.' },
  ipkd_date_budget_year: {
    id: 'Tanggal dokumen harus di tahun anggaran yang diukur ({year}).',
    en: 'The document date must be in the budget year measured ({year}).',
  },
  ipkd_value_required: { id: 'Isi nilainya terlebih dahulu.', en: 'Enter the value first.' },
  ipkd_document_required: {
    id: 'Unggah dokumen pendukung terlebih dahulu.',
    en: 'Upload a supporting document first.',
  },
  ipkd_not_draft: {
    id: 'Nilai ini sedang atau sudah diverifikasi; ubah nilainya untuk mengirim ulang.',
    en: 'This value is being or has been verified; change it to send it again.',
  },
  ipkd_not_waiting: { id: 'Nilai ini tidak sedang menunggu verifikasi.', en: 'This value is not waiting for verification.' },
  ipkd_year_exists: { id: 'Tahun ukur ini sudah dibuka.', en: 'This measurement year is already open.' },
  ipkd_framework_year: {
    id: 'Kerangka ini untuk tahun ukur lain.',
    en: 'This framework is for another measurement year.',
  },
  ipkd_unknown_indicator: { id: 'Indikator tidak ada di kerangka tahun ini.', en: 'This indicator is not in this year’s framework.' },
  // Competitions
  comp_duplicate_id: { id: 'Kode ini sudah dipakai di daftar yang sama.', en: 'This code is already used in the same list.' },
  comp_weight_positive: { id: 'Bobot harus lebih dari 0.', en: 'The weight must be greater than 0.' },
  comp_max_positive: { id: 'Nilai maksimal skala harus lebih dari 0.', en: 'The top of the scale must be greater than 0.' },
  comp_unknown_criterion: { id: 'Kriteria ini tidak ada di tahap tersebut.', en: 'This criterion is not part of that stage.' },
  comp_unknown_group: { id: 'Kelompok ini tidak ada di kompetisi.', en: 'This group is not part of the competition.' },
  comp_no_criteria: { id: 'Tahap penilaian memerlukan paling sedikit satu kriteria.', en: 'A scored stage needs at least one criterion.' },
  comp_unknown_template: { id: 'Templat kompetisi tidak dikenal.', en: 'Unknown competition template.' },
  comp_status_move: {
    id: 'Kompetisi berstatus "{from}" tidak dapat diubah menjadi "{to}".',
    en: 'A competition in status "{from}" cannot be moved to "{to}".',
  },
  comp_rules_locked: {
    id: 'Aturan kompetisi hanya dapat diubah sebelum penjurian dimulai.',
    en: 'The competition’s rules can only be changed before judging starts.',
  },
  reward_already_recorded: {
    id: 'Penghargaan untuk capaian ini sudah dicatat.',
    en: 'A reward for this award is already recorded.',
  },
  reward_given_in_future: { id: 'Tanggal pemberian tidak boleh setelah hari ini.', en: 'The date given cannot be after today.' },
  reward_given_outside_year: {
    id: 'Tanggal pemberian harus pada tahun capaian atau paling lambat dua tahun sesudahnya.',
    en: 'The date given must be in the award’s year or at most two years after it.',
  },
  catalogue_not_approved: {
    id: 'Inovasi ini belum disetujui Kepala OPD, jadi belum dapat diterbitkan di katalog publik.',
    en: 'This innovation is not approved by the head of its OPD yet, so it cannot be published in the public catalogue.',
  },
  catalogue_field_needed: {
    id: 'Isi bagian ini di profil inovasi sebelum diterbitkan: masyarakat dan daerah lain membacanya di katalog.',
    en: 'Fill this part of the innovation’s profile before publishing: the public and other regions read it in the catalogue.',
  },
  catalogue_evidence_not_shareable: {
    id: 'Hanya bukti dukung inovasi (berkas atau tautan) yang dapat ditampilkan di katalog publik.',
    en: 'Only an innovation’s evidence (a file or a link) can be shown in the public catalogue.',
  },
  comp_not_open: { id: 'Pendaftaran kompetisi ini sedang tidak dibuka.', en: 'This competition is not open for entries.' },
  comp_registration_closed: { id: 'Pendaftaran ditutup pada {date}.', en: 'Registration closed on {date}.' },
  comp_already_entered: { id: 'Inovasi ini sudah didaftarkan di kompetisi ini.', en: 'This innovation is already entered in this competition.' },
  comp_entry_not_editable: {
    id: 'Usulan ini tidak dapat diubah lagi (sudah diajukan atau diterima).',
    en: 'This entry can no longer be changed (it was proposed or accepted).',
  },
  comp_not_implemented: {
    id: 'Hanya inovasi pada tahap penerapan yang dapat diikutkan.',
    en: 'Only innovations at the implementation stage can be entered.',
  },
  comp_applied_too_recently: {
    id: 'Inovasi harus sudah diterapkan paling sedikit {years} tahun (diterapkan sejak {since}).',
    en: 'The innovation must have been applied for at least {years} year(s) (applied: {since}).',
  },
  comp_no_application_date: {
    id: 'Isi tanggal penerapan di profil inovasi: inovasi harus sudah diterapkan paling sedikit {years} tahun.',
    en: 'Fill in the application date in the innovation profile: it must have been applied for at least {years} year(s).',
  },
  comp_past_top_winner: {
    id: 'Inovasi ini sudah pernah menjadi pemenang program ini dan tidak dapat ikut di kelompok ini.',
    en: 'This innovation already won in this programme and cannot enter again here.',
  },
  comp_over_word_limit: { id: 'Maksimal {limit} kata (sekarang {words} kata).', en: 'At most {limit} words (now {words}).' },
  comp_section_empty: { id: 'Bagian proposal ini belum diisi.', en: 'This proposal section is empty.' },
  comp_undecided: {
    id: '{count} usulan belum diputuskan di tahap ini.',
    en: '{count} entries have not been decided in this stage yet.',
  },
  comp_not_judging: { id: 'Kompetisi ini sedang tidak dalam tahap penjurian.', en: 'This competition is not being judged.' },
  comp_not_current_stage: { id: 'Tahap ini bukan tahap yang sedang berjalan.', en: 'This is not the stage being judged.' },
  comp_last_stage: {
    id: 'Ini tahap terakhir: kunci hasil untuk menetapkan peringkat akhir.',
    en: 'This is the last stage: lock the results to fix the final ranking.',
  },
  comp_not_juri: { id: 'Juri harus berupa akun dengan peran Juri.', en: 'Judges must be accounts with the Juri role.' },
  comp_judge_conflict: {
    id: 'Juri ini memiliki konflik kepentingan dengan usulan tersebut.',
    en: 'This judge has a conflict of interest with that entry.',
  },
  comp_not_assigned: { id: 'Usulan ini tidak ditugaskan kepada Anda.', en: 'This entry is not assigned to you.' },
  comp_out_of_scale: { id: 'Nilai harus antara 0 dan {max}.', en: 'The score must be between 0 and {max}.' },
  comp_note_required: { id: 'Tuliskan catatan agar OPD tahu apa yang harus diperbaiki.', en: 'Write a note so the agency knows what to fix.' },
  // Open data API and API tokens
  open_data_unknown_region: {
    id: 'Kode wilayah Kemendagri tidak dikenal di Inovda (lihat /api/public/v1/regions).',
    en: 'Unknown Kemendagri region code in Inovda (see /api/public/v1/regions).',
  },
  api_token_missing: {
    id: 'Rute integrasi memerlukan token API pada header "Authorization: Bearer <token>"; sesi masuk tidak berlaku di sini.',
    en: 'Integration routes need an API token in the "Authorization: Bearer <token>" header; a signed-in session does not count here.',
  },
  api_token_invalid: {
    id: 'Token API tidak dikenal. Periksa token yang disalin atau minta token baru kepada Admin Daerah.',
    en: 'Unknown API token. Check the copied token or ask your regional admin for a new one.',
  },
  api_token_expired: {
    id: 'Token API ini sudah kedaluwarsa. Minta token baru kepada Admin Daerah.',
    en: 'This API token has expired. Ask your regional admin for a new one.',
  },
  api_token_revoked: {
    id: 'Token API ini sudah dicabut. Minta token baru kepada Admin Daerah.',
    en: 'This API token has been revoked. Ask your regional admin for a new one.',
  },
  api_token_scope: {
    id: 'Token API ini tidak memiliki izin "{scope}" untuk tindakan ini.',
    en: 'This API token does not have the "{scope}" permission this call needs.',
  },
  api_token_expiry_past: { id: 'Tanggal kedaluwarsa harus setelah hari ini.', en: 'The expiry date must be after today.' },
  api_token_expiry_too_far: { id: 'Tanggal kedaluwarsa paling lambat satu tahun dari hari ini.', en: 'The expiry date may be at most one year from today.' },
  api_token_scopes_required: { id: 'Pilih minimal satu izin.', en: 'Choose at least one permission.' },
  // Replication and cooperation agreements
  replication_contact_required: {
    id: 'Isi alamat e-mail atau nomor telepon agar kami dapat menghubungi Anda.',
    en: 'Give an e-mail address or a telephone number so we can reach you.',
  },
  invalid_phone: {
    id: 'Nomor telepon tidak valid (8–15 angka, boleh diawali + atau kode wilayah dalam kurung).',
    en: 'Invalid telephone number (8–15 digits, may start with + or an area code in brackets).',
  },
  replication_too_often: { id: 'Terlalu banyak permohonan dari Anda. Coba lagi nanti.', en: 'Too many requests from you. Please try again later.' },
  replication_own_region: {
    id: 'Ini daerah pemilik inovasi. Perangkat daerah di daerah yang sama mengajukan replikasi dari akun Inovda-nya (menu Replikasi).',
    en: 'This is the innovation’s own region. Agencies of the same region ask from their Inovda account (Replikasi menu).',
  },
  replication_own_innovation: { id: 'Inovasi ini milik perangkat daerah Anda sendiri.', en: 'This innovation belongs to your own agency.' },
  replication_not_published: { id: 'Inovasi ini belum dipublikasikan di katalog.', en: 'This innovation is not published in the catalogue.' },
  replication_opd_required: { id: 'Pilih perangkat daerah yang akan mereplikasi.', en: 'Choose the agency that will replicate it.' },
  replication_already_requested: {
    id: 'Permohonan replikasi inovasi ini masih menunggu jawaban.',
    en: 'A replication request for this innovation is still waiting for an answer.',
  },
  replication_bad_move: { id: 'Replikasi berstatus “{from}” tidak dapat diubah menjadi “{to}”.', en: 'A replication that is “{from}” cannot become “{to}”.' },
  replication_note_required: { id: 'Tuliskan alasan penolakan.', en: 'Write why the request is declined.' },
  replication_date_in_future: { id: 'Tanggal tidak boleh setelah hari ini.', en: 'The date cannot be after today.' },
  replication_implemented_before_agreed: {
    id: 'Tanggal penerapan tidak boleh sebelum tanggal kesepakatan.',
    en: 'The date carried out cannot be before the agreement’s date.',
  },
  cooperation_valid_before_signed: { id: 'Berlaku sampai harus setelah tanggal penandatanganan.', en: 'Valid until must be after the date signed.' },
  cooperation_partner_required: { id: 'Isi nama mitra atau pilih daerah mitra.', en: 'Give the partner’s name or choose the partner region.' },
  agreement_file_kind: { id: 'Unggah dokumen kesepakatan berupa PDF, JPG, atau PNG.', en: 'Upload the agreement as a PDF, JPG or PNG.' },
  cooperation_own_region: { id: 'Mitra kerja sama tidak boleh daerah sendiri.', en: 'The partner cannot be your own region.' },
  // Bulk import
  import_not_xlsx: {
    id: 'Berkas harus berupa spreadsheet Excel (.xlsx) yang dapat dibaca. Gunakan templat impor atau rekap inovasi Inovda.',
    en: 'The file must be a readable Excel spreadsheet (.xlsx). Use the import template or Inovda’s innovation recap.',
  },
  import_not_ready: {
    id: 'Impor ini tidak dapat dijalankan: hanya berkas yang sudah diperiksa tanpa masalah dan belum diimpor.',
    en: 'This import cannot run: only a file checked without problems and not imported yet.',
  },
  import_changed: {
    id: 'Sejak berkas diperiksa, periode berubah (inovasi bernama sama sudah terdaftar, atau periode ditutup). Tidak ada yang disimpan; unggah dan periksa berkas lagi.',
    en: 'The period changed since the file was checked (an innovation of the same name was registered, or the period was closed). Nothing was saved; upload and check the file again.',
  },
  import_failed: {
    id: 'Impor gagal karena kesalahan di server. Tidak ada yang disimpan; unggah dan periksa berkas lagi.',
    en: 'The import failed because of a server error. Nothing was saved; upload and check the file again.',
  },
  import_interrupted: {
    id: 'Impor terhenti karena server berhenti; tidak ada data yang tersimpan. Unggah berkas lagi.',
    en: 'The import stopped because the server stopped; nothing was saved. Upload the file again.',
  },
} satisfies Catalog;

export type MessageCode = keyof typeof MESSAGES;

export function translate(code: string, locale: Locale, params: Record<string, string | number> = {}): string {
  const entry = (MESSAGES as Catalog)[code];
  const text = entry ? entry[locale] : code;
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}

/** Picks 'id' or 'en' from an Accept-Language header; Bahasa Indonesia is the default. */
export function localeFromHeader(header: string | undefined): Locale {
  if (!header) return 'id';
  const langs = header
    .split(',')
    .map((part) => {
      const [tag, q] = part.trim().split(';q=');
      return { tag: tag.toLowerCase(), q: q ? Number(q) : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of langs) {
    if (tag.startsWith('id') || tag.startsWith('in')) return 'id';
    if (tag.startsWith('en')) return 'en';
  }
  return 'id';
}
