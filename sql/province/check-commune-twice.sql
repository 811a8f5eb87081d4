-- A commune's week found in two files or more: every file involved is left out (which one is right is for the commune to say).
WITH files AS (
  SELECT DISTINCT ten_xa, tuan, source_file FROM {{exports}}
),
twice AS (
  SELECT ten_xa, tuan FROM files GROUP BY ten_xa, tuan HAVING COUNT(*) > 1
)
SELECT f.ten_xa, f.tuan, f.source_file
FROM files AS f
JOIN twice AS t ON t.ten_xa = f.ten_xa AND t.tuan = f.tuan
ORDER BY f.ten_xa, f.tuan, f.source_file
