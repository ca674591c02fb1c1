-- The seven BerAKHLAK core values of ASN and their behaviour guides (panduan perilaku, SE MenPANRB 20/2021):
-- reference data every environment needs, so it is inserted here rather than in the demo seed.
INSERT INTO "core_values" ("code", "name", "description", "behaviour_guides", "position") VALUES
('SERVICE', 'Berorientasi Pelayanan', 'Komitmen memberikan pelayanan prima demi kepuasan masyarakat.', ARRAY[
  'Memahami dan memenuhi kebutuhan masyarakat',
  'Ramah, cekatan, solutif, dan dapat diandalkan',
  'Melakukan perbaikan tiada henti'], 1),
('ACCOUNTABLE', 'Akuntabel', 'Bertanggung jawab atas kepercayaan yang diberikan.', ARRAY[
  'Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi',
  'Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien',
  'Tidak menyalahgunakan kewenangan jabatan'], 2),
('COMPETENT', 'Kompeten', 'Terus belajar dan mengembangkan kapabilitas.', ARRAY[
  'Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah',
  'Membantu orang lain belajar',
  'Melaksanakan tugas dengan kualitas terbaik'], 3),
('HARMONIOUS', 'Harmonis', 'Saling peduli dan menghargai perbedaan.', ARRAY[
  'Menghargai setiap orang apa pun latar belakangnya',
  'Suka menolong orang lain',
  'Membangun lingkungan kerja yang kondusif'], 4),
('LOYAL', 'Loyal', 'Berdedikasi dan mengutamakan kepentingan bangsa dan negara.', ARRAY[
  'Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, setia kepada Negara Kesatuan Republik Indonesia serta pemerintahan yang sah',
  'Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara',
  'Menjaga rahasia jabatan dan negara'], 5),
('ADAPTIVE', 'Adaptif', 'Terus berinovasi dan antusias dalam menggerakkan ataupun menghadapi perubahan.', ARRAY[
  'Cepat menyesuaikan diri menghadapi perubahan',
  'Terus berinovasi dan mengembangkan kreativitas',
  'Bertindak proaktif'], 6),
('COLLABORATIVE', 'Kolaboratif', 'Membangun kerja sama yang sinergis.', ARRAY[
  'Memberi kesempatan kepada berbagai pihak untuk berkontribusi',
  'Terbuka dalam bekerja sama untuk menghasilkan nilai tambah',
  'Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama'], 7)
ON CONFLICT ("code") DO NOTHING;
