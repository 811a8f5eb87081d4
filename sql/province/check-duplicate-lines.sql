-- The same commune, week, village and indicator twice in one file: the file is left out whole.
SELECT source_file, ten_xa, tuan, thon, ma_chi_tieu, COUNT(*) AS so_lan
FROM {{exports}}
GROUP BY source_file, ten_xa, tuan, thon, ma_chi_tieu
HAVING COUNT(*) > 1
ORDER BY source_file, tuan, thon, ma_chi_tieu
