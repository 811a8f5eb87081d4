-- Files with a blank where the schema requires a value (docs/export.md): left out whole.
SELECT source_file, COUNT(*) AS so_dong
FROM {{exports}}
WHERE ten_xa IS NULL OR tuan IS NULL OR thon IS NULL OR ma_chi_tieu IS NULL
  OR chi_tieu IS NULL OR luy_ke IS NULL OR tuan_nay IS NULL
  OR ke_hoach_den_nay IS NULL OR no_ton IS NULL
GROUP BY source_file
ORDER BY source_file
